//! The service's one clock. Nothing else reads the wall clock (clippy's `disallowed-methods`
//! in `clippy.toml` enforces it): production runs on the system clock; tests freeze it and
//! move it; `serve --clock-start` starts it at a chosen instant and lets it run (browser
//! journeys use that to run the demo at any hour).

use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Duration, Utc};

#[derive(Clone, Debug)]
pub struct Clock(Arc<Mode>);

#[derive(Debug)]
enum Mode {
    System,
    /// Stands still at the instant it holds until set or advanced.
    Frozen(Mutex<DateTime<Utc>>),
    /// The system clock shifted by an offset: runs at real speed from a chosen instant.
    Shifted(Mutex<Duration>),
}

#[allow(clippy::disallowed_methods)] // the one place the wall clock is read
fn system_now() -> DateTime<Utc> {
    Utc::now()
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

impl Clock {
    pub fn system() -> Clock {
        Clock(Arc::new(Mode::System))
    }

    /// A clock that stands at `at` until moved.
    pub fn frozen(at: DateTime<Utc>) -> Clock {
        Clock(Arc::new(Mode::Frozen(Mutex::new(at))))
    }

    /// A clock that reads `at` now and runs at real speed from there.
    pub fn starting_at(at: DateTime<Utc>) -> Clock {
        Clock(Arc::new(Mode::Shifted(Mutex::new(at - system_now()))))
    }

    pub fn now(&self) -> DateTime<Utc> {
        match &*self.0 {
            Mode::System => system_now(),
            Mode::Frozen(at) => *at.lock().unwrap_or_else(PoisonError::into_inner),
            Mode::Shifted(offset) => {
                system_now() + *offset.lock().unwrap_or_else(PoisonError::into_inner)
            }
        }
    }

    /// Seconds since the Unix epoch: how every instant is stored (UTC, engine-neutral).
    pub fn timestamp(&self) -> i64 {
        self.now().timestamp()
    }

    /// Moves a frozen or shifted clock to `at`. The system clock cannot be moved: asking is a
    /// programming error, reported as such.
    pub fn set(&self, at: DateTime<Utc>) {
        match &*self.0 {
            Mode::System => panic!("the system clock cannot be set"),
            Mode::Frozen(now) => *now.lock().unwrap_or_else(PoisonError::into_inner) = at,
            Mode::Shifted(offset) => {
                *offset.lock().unwrap_or_else(PoisonError::into_inner) = at - system_now()
            }
        }
    }

    pub fn advance(&self, by: Duration) {
        self.set(self.now() + by);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    #[test]
    fn a_frozen_clock_stands_still_until_moved() {
        let c = Clock::frozen(at("2026-06-15T14:00:00Z"));
        assert_eq!(c.now(), at("2026-06-15T14:00:00Z"));
        c.advance(Duration::minutes(90));
        assert_eq!(c.timestamp(), at("2026-06-15T15:30:00Z").timestamp());
        let shared = c.clone();
        shared.set(at("2027-01-01T00:00:00Z"));
        assert_eq!(c.now(), at("2027-01-01T00:00:00Z"), "clones share one time");
    }

    #[test]
    fn a_shifted_clock_starts_where_asked_and_runs() {
        let c = Clock::starting_at(at("2001-02-03T04:05:06Z"));
        let first = c.now();
        assert!((first - at("2001-02-03T04:05:06Z")).num_seconds().abs() < 5);
        assert!(c.now() >= first);
        c.advance(Duration::days(1));
        assert!((c.now() - at("2001-02-04T04:05:06Z")).num_seconds().abs() < 5);
    }

    #[test]
    #[should_panic(expected = "cannot be set")]
    fn the_system_clock_cannot_be_moved() {
        Clock::system().set(at("2026-06-15T14:00:00Z"));
    }
}
