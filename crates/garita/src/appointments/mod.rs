//! Appointment requests and appointments: a group asks from the eligible region for a place at
//! one of its acceptable ports (`requests`); the daily draw (`crate::draw`) offers places; the
//! group confirms or declines, may cancel, and gets a pass per member (`offers`). Every change
//! of capacity is a conditional update inside the transaction that needs it, so no slot is ever
//! over capacity. The rules (the cycle, what a request must hold) are in `garita_domain`.

pub mod api;
pub mod cycle;
pub(crate) mod group_commit;
pub(crate) mod location_form;
pub mod offers;
pub mod pages;
pub mod requests;
pub mod status_cache;

pub use garita_domain::cycle::state_time_zone;
pub(crate) use offers::release;
pub use offers::{
    cancel, cancel_also, confirm, confirm_also, expire_offers, last_ended, live_appointment,
    loss_of, pass_code, void_live, AppointmentView, Loss, PassView,
};
pub use requests::{
    current, group_readiness, submit, submit_also, submit_by, Location, RequestView, Status,
    Submission, UsAddressInput,
};
