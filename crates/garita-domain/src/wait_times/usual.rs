//! What the history says: the usual wait at this hour (the median of past reports at the same
//! local hour of the day), and each day's median and highest wait for the chart's table.
//! Pure functions over reports already read from the database.

use chrono::{DateTime, NaiveDate, TimeZone, Timelike};
use chrono_tz::Tz;

/// How far back "usually" looks.
pub const USUAL_WINDOW_DAYS: i64 = 28;
/// Fewer reports than this at an hour say nothing usual.
pub const USUAL_MIN_REPORTS: usize = 3;

/// A past report reduced to what the figures need: when, and the wait (None: closed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub at: i64,
    pub delay: Option<i64>,
}

/// The median of `values` (the mean of the two middle ones for an even count); None if empty.
pub fn median(values: &mut [i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        values[mid] as f64
    } else {
        (values[mid - 1] as f64 + values[mid] as f64) / 2.0
    })
}

/// Whole minutes, halves rounded up (what people read).
pub fn round_minutes(m: f64) -> i64 {
    (m + 0.5).floor() as i64
}

/// The usual wait: a median over `reports` count.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Usual {
    pub median: f64,
    pub reports: usize,
    /// The local hour of the day it describes (0–23).
    pub hour: u32,
}

pub fn local(at: i64, zone: Tz) -> Option<DateTime<Tz>> {
    zone.timestamp_opt(at, 0).single()
}

/// The median wait of the reports made at the same local hour of the day as `now` (in the
/// port's time zone `zone`), over the last `USUAL_WINDOW_DAYS` days, closed lanes left out; None
/// with fewer than `USUAL_MIN_REPORTS` reports.
pub fn usual_at_hour(points: &[Point], zone: Tz, now: i64) -> Option<Usual> {
    let hour = local(now, zone)?.hour();
    let since = now - USUAL_WINDOW_DAYS * 86_400;
    let mut delays: Vec<i64> = points
        .iter()
        .filter(|p| p.at > since && p.at <= now)
        .filter(|p| local(p.at, zone).is_some_and(|t| t.hour() == hour))
        .filter_map(|p| p.delay)
        .collect();
    if delays.len() < USUAL_MIN_REPORTS {
        return None;
    }
    Some(Usual {
        reports: delays.len(),
        median: median(&mut delays)?,
        hour,
    })
}

/// One local day of one lane.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Day {
    NoReports,
    /// Every report that day said closed.
    Closed,
    Waits {
        median: f64,
        max: i64,
    },
}

/// The day of each point (`days` are local dates, in order) summed up.
pub fn by_day(points: &[Point], zone: Tz, days: &[NaiveDate]) -> Vec<Day> {
    days.iter()
        .map(|day| {
            let mut delays = Vec::new();
            let mut closed = false;
            for p in points {
                if local(p.at, zone).is_some_and(|t| t.date_naive() == *day) {
                    match p.delay {
                        Some(d) => delays.push(d),
                        None => closed = true,
                    }
                }
            }
            let max = delays.iter().copied().max();
            match (median(&mut delays), max) {
                (Some(median), Some(max)) => Day::Waits { median, max },
                _ if closed => Day::Closed,
                _ => Day::NoReports,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [7]), Some(7.0));
        assert_eq!(median(&mut [30, 10, 20]), Some(20.0));
        assert_eq!(median(&mut [40, 10, 30, 20]), Some(25.0));
        assert_eq!(median(&mut [5, 6]), Some(5.5));
        assert_eq!(round_minutes(5.5), 6);
        assert_eq!(round_minutes(5.49), 5);
    }

    #[test]
    fn usual_takes_the_same_local_hour_of_the_last_28_days() {
        // Phoenix has no daylight saving time: always UTC-7.
        let zone: Tz = "America/Phoenix".parse().unwrap();
        let now = 1_715_695_200 + 15 * 60; // 2024-05-14 14:15 UTC = 07:15 in Phoenix
        let day = 86_400;
        let points = [
            Point {
                at: now - day,
                delay: Some(30),
            },
            Point {
                at: now - 2 * day - 10 * 60,
                delay: Some(10),
            }, // 07:05
            Point {
                at: now - 3 * day + 40 * 60,
                delay: Some(50),
            }, // 07:55
            Point {
                at: now - 4 * day,
                delay: None,
            }, // closed: left out
            Point {
                at: now - 5 * day + 3600,
                delay: Some(999),
            }, // 08:15: another hour
            Point {
                at: now - 29 * day,
                delay: Some(999),
            }, // too old
            Point {
                at: now - 6 * day,
                delay: Some(20),
            },
            Point {
                at: now + 60,
                delay: Some(999),
            }, // the future
        ];
        let usual = usual_at_hour(&points, zone, now).unwrap();
        assert_eq!(usual.hour, 7);
        assert_eq!(usual.reports, 4);
        assert_eq!(usual.median, 25.0);
        assert_eq!(
            usual_at_hour(&points[..3], zone, now).map(|u| u.median),
            Some(30.0)
        );
        assert_eq!(usual_at_hour(&points[..2], zone, now), None);
    }

    #[test]
    fn days_sum_up_waits_closures_and_silence() {
        let zone: Tz = "America/Phoenix".parse().unwrap();
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let noon = 1_715_713_200; // 2024-05-14 12:00 in Phoenix
        let points = [
            Point {
                at: noon,
                delay: Some(10),
            },
            Point {
                at: noon + 3600,
                delay: Some(40),
            },
            Point {
                at: noon + 86_400,
                delay: None,
            },
        ];
        assert_eq!(
            by_day(
                &points,
                zone,
                &[d("2024-05-13"), d("2024-05-14"), d("2024-05-15")]
            ),
            [
                Day::NoReports,
                Day::Waits {
                    median: 25.0,
                    max: 40
                },
                Day::Closed
            ]
        );
    }

    fn zone() -> impl Strategy<Value = Tz> {
        proptest::sample::select(vec![
            chrono_tz::America::Tijuana,
            chrono_tz::America::Phoenix,
            chrono_tz::America::Chicago,
            chrono_tz::America::Matamoros,
            chrono_tz::UTC,
        ])
    }

    fn points(now: i64) -> impl Strategy<Value = Vec<Point>> {
        proptest::collection::vec(
            (
                now - 35 * 86_400..now + 86_400,
                proptest::option::weighted(0.9, 0_i64..=1440),
            )
                .prop_map(|(at, delay)| Point { at, delay }),
            0..80,
        )
    }

    // 2020-01-01 to 2030-01-01: any instant the service may see.
    const NOW: std::ops::Range<i64> = 1_577_836_800..1_893_456_000;

    proptest! {
        #[test]
        fn the_median_lies_between_the_extremes_whatever_the_order(
            mut values in proptest::collection::vec(-10_000_i64..10_000, 1..50),
        ) {
            let lo = *values.iter().min().unwrap() as f64;
            let hi = *values.iter().max().unwrap() as f64;
            let m = median(&mut values.clone()).unwrap();
            prop_assert!(lo <= m && m <= hi);
            values.reverse();
            prop_assert_eq!(median(&mut values), Some(m));
        }

        #[test]
        fn the_usual_wait_is_a_median_of_enough_reports_at_this_hour(
            now in NOW,
            zone in zone(),
            points in NOW.prop_flat_map(points),
        ) {
            let Some(usual) = usual_at_hour(&points, zone, now) else {
                return Ok(());
            };
            prop_assert!(usual.reports >= USUAL_MIN_REPORTS);
            prop_assert_eq!(usual.hour, local(now, zone).unwrap().hour());
            let delays: Vec<i64> = points.iter().filter_map(|p| p.delay).collect();
            let lo = *delays.iter().min().unwrap() as f64;
            let hi = *delays.iter().max().unwrap() as f64;
            prop_assert!(lo <= usual.median && usual.median <= hi);
        }

        #[test]
        fn the_usual_wait_ignores_reports_outside_its_window(
            now in NOW,
            zone in zone(),
            points in NOW.prop_flat_map(points),
        ) {
            let inside: Vec<Point> = points
                .iter()
                .copied()
                .filter(|p| p.at > now - USUAL_WINDOW_DAYS * 86_400 && p.at <= now)
                .collect();
            prop_assert_eq!(usual_at_hour(&points, zone, now), usual_at_hour(&inside, zone, now));
        }

        #[test]
        fn each_day_is_summed_up_once(
            now in NOW,
            zone in zone(),
            points in NOW.prop_flat_map(points),
        ) {
            let today = local(now, zone).unwrap().date_naive();
            let days: Vec<NaiveDate> = (0..7)
                .rev()
                .filter_map(|b| today.checked_sub_days(chrono::Days::new(b)))
                .collect();
            let summed = by_day(&points, zone, &days);
            prop_assert_eq!(summed.len(), days.len());
            for s in summed {
                if let Day::Waits { median, max } = s {
                    prop_assert!(median <= max as f64);
                }
            }
        }
    }
}
