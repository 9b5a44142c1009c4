//! Garita's integration tests, one module per subject, built as one binary (one link
//! instead of one per file). Run one subject with `cargo test -p garita --test suite <module>::`.

mod common;

mod api;
mod api_keys;
mod appointment_safety;
mod appointment_validations;
mod appointments;
mod authorization_matrix;
mod bidi;
mod catalogs;
mod copy;
mod crash;
mod finding_the_place;
mod fuzz;
mod grants;
mod hardening;
mod key_rotation;
mod layout;
mod licences;
mod locale_format;
mod locations;
mod lookups;
mod my_data;
mod notifications;
mod offline_pass;
mod openapi;
mod organisations;
mod pages;
mod policies;
mod port_console;
mod recovery;
mod retention;
mod second_factor;
mod smaller_things;
mod sms;
mod throttles;
mod wait_times;
mod wording;
mod zone_names;
