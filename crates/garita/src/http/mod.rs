//! The HTTP boundary shared by every feature: request context (caller, language, CSRF), the
//! error type and its rendering, and body extractors.

pub mod context;
pub mod errors;
pub mod forms;
pub mod shed;
