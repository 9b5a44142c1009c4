//! The daily cycle in local time: which draw a request made now takes part in, when that
//! draw's request window closes, and when the draw runs. Also the zone a traveler in a Mexican
//! state lives by, to show them deadlines in their own time. Pure functions of the settings and
//! `now`.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// The times of the daily cycle, in one zone: requests are taken until `window_closes`, and the
/// draw runs at `draw_at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DailyCycle {
    pub time_zone: Tz,
    pub window_closes: NaiveTime,
    pub draw_at: NaiveTime,
}

impl DailyCycle {
    /// The instant `time` on `day` in the cycle's zone (the earlier one when clocks go back;
    /// the first valid minute an hour later when they skip forward).
    fn at(&self, day: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
        let naive = day.and_time(time);
        match self.time_zone.from_local_datetime(&naive) {
            chrono::LocalResult::Single(t) | chrono::LocalResult::Ambiguous(t, _) => {
                t.with_timezone(&Utc)
            }
            chrono::LocalResult::None => self
                .time_zone
                .from_local_datetime(&(naive + Duration::hours(1)))
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_else(|| naive.and_utc()),
        }
    }

    /// The calendar day it is at `now` in the cycle's zone.
    pub fn local_day(&self, now: DateTime<Utc>) -> NaiveDate {
        now.with_timezone(&self.time_zone).date_naive()
    }

    /// The draw a request submitted at `now` takes part in: today's while today's window is
    /// open, else tomorrow's.
    pub fn next_draw_day(&self, now: DateTime<Utc>) -> NaiveDate {
        let today = self.local_day(now);
        if now < self.window_close(today) {
            today
        } else {
            today + Duration::days(1)
        }
    }

    /// The draw a request submitted at `now` really takes part in, given the draws already
    /// run (`done`): a draw run early (an administrator's forced run) takes no more requests,
    /// so once today's has run the next one is tomorrow's even though today's window is open.
    pub fn next_open_draw_day(&self, now: DateTime<Utc>, done: &[NaiveDate]) -> NaiveDate {
        let mut day = self.next_draw_day(now);
        while done.contains(&day) {
            day += Duration::days(1);
        }
        day
    }

    /// When the request window of `day`'s draw closes.
    pub fn window_close(&self, day: NaiveDate) -> DateTime<Utc> {
        self.at(day, self.window_closes)
    }

    /// When `day`'s draw runs.
    pub fn draw_time(&self, day: NaiveDate) -> DateTime<Utc> {
        self.at(day, self.draw_at)
    }
}

/// The IANA zone a traveler in a Mexican state (HASC code) lives by. States not listed keep
/// central time (Mexico City).
pub fn state_time_zone(hasc: &str) -> Tz {
    use chrono_tz::America;
    match hasc {
        "MX.BN" => America::Tijuana,
        "MX.SO" => America::Hermosillo,
        "MX.CH" => America::Ciudad_Juarez,
        "MX.BS" | "MX.SI" | "MX.NA" => America::Mazatlan,
        "MX.TM" => America::Matamoros,
        "MX.CA" | "MX.NL" => America::Monterrey,
        "MX.QR" => America::Cancun,
        _ => America::Mexico_City,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Offset;
    use proptest::prelude::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    /// The shipped settings: Central time, window closes at 11:00, draw at 12:00.
    fn chicago() -> DailyCycle {
        DailyCycle {
            time_zone: chrono_tz::America::Chicago,
            window_closes: hm(11, 0),
            draw_at: hm(12, 0),
        }
    }

    #[test]
    fn requests_before_the_window_closes_join_todays_draw() {
        let c = chicago();
        // 10:59 in Chicago (CST, UTC-6) on 2026-11-25.
        assert_eq!(
            c.next_draw_day(utc("2026-11-25T16:59:00Z")),
            date(2026, 11, 25)
        );
        // 11:00 closes it: tomorrow's draw.
        assert_eq!(
            c.next_draw_day(utc("2026-11-25T17:00:00Z")),
            date(2026, 11, 26)
        );
        assert_eq!(c.draw_time(date(2026, 11, 25)), utc("2026-11-25T18:00:00Z"));
        // In summer (CDT, UTC-5).
        assert_eq!(
            c.window_close(date(2026, 7, 1)),
            utc("2026-07-01T16:00:00Z")
        );
    }

    #[test]
    fn after_todays_draw_ran_early_new_requests_join_tomorrows() {
        let c = chicago();
        // 09:00 Central: today's window is open, but an administrator already ran today's draw.
        let now = utc("2026-11-25T15:00:00Z");
        assert_eq!(c.next_draw_day(now), date(2026, 11, 25));
        assert_eq!(
            c.next_open_draw_day(now, &[date(2026, 11, 25)]),
            date(2026, 11, 26)
        );
        // Yesterday's draw says nothing about today's; one run ahead for the day after
        // tomorrow leaves tomorrow's to come.
        assert_eq!(
            c.next_open_draw_day(now, &[date(2026, 11, 24)]),
            date(2026, 11, 25)
        );
        assert_eq!(
            c.next_open_draw_day(now, &[date(2026, 11, 25), date(2026, 11, 27)]),
            date(2026, 11, 26)
        );
        assert_eq!(c.next_open_draw_day(now, &[]), date(2026, 11, 25));
    }

    #[test]
    fn the_local_day_changes_at_local_midnight() {
        let c = chicago();
        // 23:30 Central on the 25th is already the 26th in UTC.
        assert_eq!(c.local_day(utc("2026-11-26T05:30:00Z")), date(2026, 11, 25));
        assert_eq!(c.local_day(utc("2026-11-26T06:00:00Z")), date(2026, 11, 26));
    }

    #[test]
    fn times_skipped_or_repeated_by_daylight_saving_are_resolved() {
        // 2026-03-08: 02:00 CST jumps to 03:00 CDT; 02:30 does not exist and becomes 03:30 CDT.
        let spring = DailyCycle {
            window_closes: hm(2, 30),
            ..chicago()
        };
        assert_eq!(
            spring.window_close(date(2026, 3, 8)),
            utc("2026-03-08T08:30:00Z")
        );
        // 2026-11-01: 01:30 happens twice; the earlier (CDT) one counts.
        let autumn = DailyCycle {
            window_closes: hm(1, 30),
            ..chicago()
        };
        assert_eq!(
            autumn.window_close(date(2026, 11, 1)),
            utc("2026-11-01T06:30:00Z")
        );
    }

    #[test]
    fn each_state_lives_by_its_own_zone() {
        assert_eq!(state_time_zone("MX.BN"), chrono_tz::America::Tijuana);
        assert_eq!(state_time_zone("MX.SO"), chrono_tz::America::Hermosillo);
        assert_eq!(state_time_zone("MX.NL"), chrono_tz::America::Monterrey);
        assert_eq!(state_time_zone("MX.JA"), chrono_tz::America::Mexico_City);
        assert_eq!(
            state_time_zone("not-a-state"),
            chrono_tz::America::Mexico_City
        );
        // Every state of the region is somewhere between UTC-8 and UTC-5.
        let instant = utc("2026-07-01T12:00:00Z");
        for code in crate::geofence::DEFAULT_INCLUDED
            .iter()
            .chain(crate::geofence::DEFAULT_EXCLUDED.iter())
        {
            let offset = instant
                .with_timezone(&state_time_zone(code))
                .offset()
                .fix()
                .local_minus_utc();
            assert!(
                (-8 * 3600..=-5 * 3600).contains(&offset),
                "{code}: {offset}"
            );
        }
    }

    /// Instants from 2025 to 2028: four springs forward and four falls back in Chicago.
    fn instant() -> impl Strategy<Value = DateTime<Utc>> {
        (1_735_689_600i64..1_861_920_000).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap())
    }

    fn time_of_day() -> impl Strategy<Value = NaiveTime> {
        (0u32..24, 0u32..60).prop_map(|(h, m)| hm(h, m))
    }

    proptest! {
        #[test]
        fn the_next_draw_is_today_or_tomorrow_and_its_window_is_still_open(now in instant()) {
            let c = chicago();
            let today = c.local_day(now);
            let day = c.next_draw_day(now);
            prop_assert!(day >= today);
            prop_assert!(day <= today + Duration::days(1));
            prop_assert!(now < c.window_close(day));
            // And the window closed for today's draw if it is not the one.
            if day > today {
                prop_assert!(now >= c.window_close(today));
            }
        }

        #[test]
        fn the_next_open_draw_has_not_run_and_is_the_earliest_that_has_not(
            now in instant(),
            offsets in proptest::collection::vec(-3i64..5, 0..6),
        ) {
            let c = chicago();
            let done: Vec<NaiveDate> = offsets
                .iter()
                .map(|o| c.next_draw_day(now) + Duration::days(*o))
                .collect();
            let day = c.next_open_draw_day(now, &done);
            // Never one that already ran, never one whose window has closed...
            prop_assert!(!done.contains(&day));
            prop_assert!(day >= c.next_draw_day(now));
            prop_assert!(now < c.window_close(day));
            // ...and the earliest such: every day between ran already.
            let mut d = c.next_draw_day(now);
            while d < day {
                prop_assert!(done.contains(&d));
                d += Duration::days(1);
            }
        }

        #[test]
        fn the_window_closes_before_the_draw_across_daylight_saving(now in instant()) {
            let c = chicago();
            let day = c.next_draw_day(now);
            prop_assert!(c.window_close(day) < c.draw_time(day));
            prop_assert_eq!(c.draw_time(day) - c.window_close(day), Duration::hours(1));
            // Both fall on the draw's own local day.
            prop_assert_eq!(c.local_day(c.window_close(day)), day);
            prop_assert_eq!(c.local_day(c.draw_time(day)), day);
        }

        #[test]
        fn any_window_still_open_for_the_next_draw(
            now in instant(),
            window_closes in time_of_day(),
        ) {
            let c = DailyCycle { window_closes, ..chicago() };
            let day = c.next_draw_day(now);
            prop_assert!(day >= c.local_day(now));
            prop_assert!(now < c.window_close(day));
        }

        #[test]
        fn a_window_an_hour_before_the_draw_closes_first_even_in_a_skipped_hour(
            now in instant(),
            window_closes in time_of_day(),
            gap_minutes in 61i64..600,
        ) {
            // The skipped hour moves a time in it an hour later, so an hour and a minute apart
            // is what keeps the order on every day of the year.
            let draw_at = window_closes + Duration::minutes(gap_minutes);
            prop_assume!(draw_at > window_closes);
            let c = DailyCycle { window_closes, draw_at, ..chicago() };
            let day = c.next_draw_day(now);
            prop_assert!(c.window_close(day) < c.draw_time(day));
        }
    }
}
