//! The HTTP boundary shared by every feature: the session a request carries, request context
//! (caller, language, CSRF), role extractors, the error type and its rendering, body
//! extractors, throttles and load shedding. Nothing here imports a feature module.

pub mod api_key;
pub mod context;
pub mod errors;
pub mod forms;
pub mod problem;
pub mod render;
pub mod roles;
pub mod session;
pub mod shed;
pub mod throttle;
