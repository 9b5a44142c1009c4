//! Border wait times, the rules: the lanes of a port and what an officer may report about each
//! one (`lanes`), what the history says — the usual wait at this hour, each day's figures
//! (`usual`) — and the 7-day chart as plain numbers (`chart`). No I/O: the service reads and
//! stores the reports and draws the pages.

pub mod chart;
pub mod lanes;
pub mod usual;

pub use lanes::{parse_reports, Field, Group, LaneKind, LaneReport, LaneUpdate, Status};

/// A report older than `stale_after_secs` at `now` is shown as out of date, never as current.
pub fn is_stale(reported_at: i64, now: i64, stale_after_secs: u64) -> bool {
    let limit = i64::try_from(stale_after_secs).unwrap_or(i64::MAX);
    now.saturating_sub(reported_at) > limit
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_report_turns_stale_just_past_the_limit() {
        assert!(!is_stale(1_000, 1_000 + 7_200, 7_200));
        assert!(is_stale(1_000, 1_000 + 7_201, 7_200));
        assert!(
            !is_stale(1_000, 500, 7_200),
            "a report from the future is not stale"
        );
        assert!(!is_stale(i64::MIN, i64::MAX, u64::MAX), "no overflow");
    }

    proptest! {
        #[test]
        fn staleness_only_grows_with_time(at in any::<i64>(), now in any::<i64>(),
                                          later in 0_i64..1_000_000, limit in any::<u64>()) {
            if is_stale(at, now, limit) {
                prop_assert!(is_stale(at, now.saturating_add(later), limit));
            }
        }
    }
}
