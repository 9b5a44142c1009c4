//! The daily cycle of the configured settings. The rules live in
//! `garita_domain::cycle::DailyCycle`; these take the service's `config::Cycle` so callers keep
//! one argument.

use chrono::{DateTime, NaiveDate, Utc};
use garita_domain::cycle::DailyCycle;

use crate::config::Cycle;

/// The times of the settings' cycle, as the domain's rules take them.
pub fn daily(cycle: &Cycle) -> DailyCycle {
    DailyCycle {
        time_zone: cycle.time_zone,
        window_closes: cycle.window_closes,
        draw_at: cycle.draw_at,
    }
}

pub fn local_day(cycle: &Cycle, now: DateTime<Utc>) -> NaiveDate {
    daily(cycle).local_day(now)
}

/// The draw a request submitted at `now` takes part in: today's while today's window is open,
/// else tomorrow's.
pub fn next_draw_day(cycle: &Cycle, now: DateTime<Utc>) -> NaiveDate {
    daily(cycle).next_draw_day(now)
}

pub fn window_close(cycle: &Cycle, day: NaiveDate) -> DateTime<Utc> {
    daily(cycle).window_close(day)
}

pub fn draw_time(cycle: &Cycle, day: NaiveDate) -> DateTime<Utc> {
    daily(cycle).draw_time(day)
}
