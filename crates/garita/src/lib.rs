//! Garita, the service: configuration, storage, HTTP (pages and JSON API) and the features in
//! their own modules. The rules themselves live in `garita-domain`.

pub mod accounts;
pub mod api_docs;
pub mod appointments;
pub mod audit;
pub mod bench;
pub mod clock;
pub mod config;
pub mod csv;
pub mod demo;
pub mod draw;
pub mod fuzz_targets;
pub mod grants;
pub mod help;
pub mod http;
pub mod i18n;
pub mod idempotency;
pub mod locale_format;
pub mod my_data;
pub mod notifications;
pub mod openapi;
pub mod pages;
pub mod passes;
pub mod photos;
pub mod port_console;
pub mod ports;
pub mod retention;
pub mod startup;
pub mod state;
pub mod storage;
pub mod travelers;
pub mod wait_times;
