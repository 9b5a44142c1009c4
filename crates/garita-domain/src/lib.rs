//! Garita's rules, with no I/O: who may register, what a traveler record must hold, the ports'
//! definitions. Everything here is a pure function of its inputs so it can be property-tested and
//! reused by the server, the CLI and the verifier alike.

pub mod accounts;
pub mod agriculture;
pub mod api_keys;
pub mod checkin;
pub mod consents;
pub mod cycle;
pub mod draw;
pub mod geofence;
pub mod i94;
pub mod identifiers;
pub mod locations;
pub mod manifests;
pub mod mrz;
pub mod organisations;
pub mod parole;
pub mod places;
pub mod policy;
pub mod ports;
pub mod requests;
pub mod roles;
pub mod rosters;
pub mod second_factor;
pub mod statistics;
pub mod status;
pub mod travelers;
pub mod trusted_travelers;
pub mod validation;
pub mod wait_times;
