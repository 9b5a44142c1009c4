//! The daily cycle in local time: which draw a request made now takes part in, when that
//! draw's request window closes, and when the draw runs.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};

use crate::config::Cycle;

/// The instant `time` on `day` in the cycle's zone (the earlier one when clocks go back; the
/// first valid minute after when they skip forward).
fn at(cycle: &Cycle, day: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let naive = day.and_time(time);
    match cycle.time_zone.from_local_datetime(&naive) {
        chrono::LocalResult::Single(t) | chrono::LocalResult::Ambiguous(t, _) => {
            t.with_timezone(&Utc)
        }
        chrono::LocalResult::None => cycle
            .time_zone
            .from_local_datetime(&(naive + Duration::hours(1)))
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| naive.and_utc()),
    }
}

pub fn local_day(cycle: &Cycle, now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&cycle.time_zone).date_naive()
}

/// The draw a request submitted at `now` takes part in: today's while today's window is open,
/// else tomorrow's.
pub fn next_draw_day(cycle: &Cycle, now: DateTime<Utc>) -> NaiveDate {
    let today = local_day(cycle, now);
    if now < window_close(cycle, today) {
        today
    } else {
        today + Duration::days(1)
    }
}

pub fn window_close(cycle: &Cycle, day: NaiveDate) -> DateTime<Utc> {
    at(cycle, day, cycle.window_closes)
}

pub fn draw_time(cycle: &Cycle, day: NaiveDate) -> DateTime<Utc> {
    at(cycle, day, cycle.draw_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn requests_before_the_window_closes_join_todays_draw() {
        let c = Cycle::default();
        // 10:59 in Chicago (CST, UTC-6) on 2026-11-25.
        assert_eq!(
            next_draw_day(&c, utc("2026-11-25T16:59:00Z")),
            NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
        );
        // 11:00 closes it: tomorrow's draw.
        assert_eq!(
            next_draw_day(&c, utc("2026-11-25T17:00:00Z")),
            NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
        );
        assert_eq!(
            draw_time(&c, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()),
            utc("2026-11-25T18:00:00Z")
        );
        // In summer (CDT, UTC-5).
        assert_eq!(
            window_close(&c, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()),
            utc("2026-07-01T16:00:00Z")
        );
    }
}
