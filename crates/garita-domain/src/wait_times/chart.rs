//! The 7-day chart as plain numbers for an inline SVG: the local days it spans, hourly means of
//! the reported waits, one line per lane, scaled into a fixed view box. No drawing library and no
//! script: the service's template writes the elements from these numbers.

use chrono::{NaiveDate, TimeZone};
use chrono_tz::Tz;

use super::lanes::LaneKind;
use super::usual::{local, Point};

/// How many local days the chart shows, today included.
pub const CHART_DAYS: u64 = 7;

pub const WIDTH: i64 = 360;
pub const HEIGHT: i64 = 210;
pub const LEFT: f64 = 36.0;
pub const RIGHT: f64 = 352.0;
pub const TOP: f64 = 22.0;
pub const BOTTOM: f64 = 172.0;
/// Reports are averaged by the hour so a week stays a few hundred points whatever the
/// reporting pace.
pub const BUCKET_SECS: i64 = 3600;
/// Hours apart beyond which two points are not joined (a night without reports).
pub const MAX_GAP_SECS: i64 = 6 * 3600;

/// Colour and dash pattern of the n-th lane of a group: lines differ by more than colour.
/// Each colour has at least 3:1 contrast on white.
pub const STYLES: [(&str, &str); 3] = [("#0b4f8a", ""), ("#b26a00", "6 3"), ("#2e7d32", "2 3")];

/// Time span and wait scale of a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub start: i64,
    pub end: i64,
    pub y_max: i64,
}

impl Frame {
    pub fn x(&self, at: i64) -> f64 {
        let span = (self.end - self.start).max(1) as f64;
        LEFT + (RIGHT - LEFT) * ((at - self.start) as f64 / span).clamp(0.0, 1.0)
    }

    pub fn y(&self, minutes: f64) -> f64 {
        let top = self.y_max.max(1) as f64;
        BOTTOM - (BOTTOM - TOP) * (minutes / top).clamp(0.0, 1.0)
    }
}

/// The top of the wait axis: the smallest round figure at or above the highest wait, so the
/// ticks (thirds) are whole minutes.
pub fn nice_max(highest: i64) -> i64 {
    const STEPS: [i64; 10] = [30, 60, 90, 120, 180, 240, 360, 480, 720, 1440];
    STEPS
        .into_iter()
        .find(|s| *s >= highest)
        .unwrap_or(STEPS[STEPS.len() - 1])
}

/// Hourly buckets since `frame.start`: (bucket index, mean wait, or None if only closed).
/// `points` must be in time order; points outside the frame are left out.
pub fn hourly(points: &[Point], frame: &Frame) -> Vec<(i64, Option<f64>)> {
    let mut out: Vec<(i64, Vec<i64>)> = Vec::new();
    for p in points
        .iter()
        .filter(|p| p.at >= frame.start && p.at < frame.end)
    {
        let bucket = (p.at - frame.start).div_euclid(BUCKET_SECS);
        match out.last_mut() {
            Some((b, delays)) if *b == bucket => delays.extend(p.delay),
            _ => out.push((bucket, p.delay.into_iter().collect())),
        }
    }
    out.into_iter()
        .map(|(b, delays)| {
            let mean = (!delays.is_empty())
                .then(|| delays.iter().sum::<i64>() as f64 / delays.len() as f64);
            (b, mean)
        })
        .collect()
}

/// One lane's line: a path through joined points, and dots for points standing alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub lane: LaneKind,
    pub d: String,
    /// (x, y) of points with no neighbour to join.
    pub dots: Vec<(String, String)>,
    pub stroke: &'static str,
    pub dash: &'static str,
    /// How many hourly points the line shows.
    pub points: usize,
}

pub fn line(lane: LaneKind, index: usize, buckets: &[(i64, Option<f64>)], frame: &Frame) -> Line {
    let (stroke, dash) = STYLES[index % STYLES.len()];
    let mut d = String::new();
    let mut dots = Vec::new();
    // Current run of joined points.
    let mut run: Vec<(f64, f64)> = Vec::new();
    let mut last: Option<i64> = None;
    let mut flush = |run: &mut Vec<(f64, f64)>, d: &mut String| {
        match run.as_slice() {
            [] => {}
            [(x, y)] => dots.push((num(*x), num(*y))),
            [first, rest @ ..] => {
                push_segment(d, 'M', *first);
                for p in rest {
                    push_segment(d, 'L', *p);
                }
            }
        }
        run.clear();
    };
    let mut points = 0;
    for (bucket, mean) in buckets {
        match mean {
            Some(m) => {
                if last.is_some_and(|l| (bucket - l) * BUCKET_SECS > MAX_GAP_SECS) {
                    flush(&mut run, &mut d);
                }
                let at = frame.start + bucket * BUCKET_SECS + BUCKET_SECS / 2;
                run.push((frame.x(at), frame.y(*m)));
                last = Some(*bucket);
                points += 1;
            }
            // A closed lane breaks the line.
            None => {
                flush(&mut run, &mut d);
                last = None;
            }
        }
    }
    flush(&mut run, &mut d);
    Line {
        lane,
        d,
        dots,
        stroke,
        dash,
        points,
    }
}

fn push_segment(d: &mut String, command: char, (x, y): (f64, f64)) {
    if !d.is_empty() {
        d.push(' ');
    }
    d.push(command);
    d.push_str(&num(x));
    d.push(',');
    d.push_str(&num(y));
}

/// A coordinate with one decimal, without a useless ".0".
pub fn num(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// A labelled position on an axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub pos: String,
    pub label: String,
}

/// Everything the template needs to draw one chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub lines: Vec<Line>,
    pub y_ticks: Vec<Tick>,
    /// x of each day's start.
    pub x_grid: Vec<String>,
    pub x_labels: Vec<Tick>,
    pub frame: Frame,
}

/// A chart of `series` (one per lane, each in time order) over `days` — (start, end, label)
/// of consecutive local days.
pub fn build(series: &[(LaneKind, Vec<Point>)], days: &[(i64, i64, String)]) -> Chart {
    let start = days.first().map(|d| d.0).unwrap_or(0);
    let end = days.last().map(|d| d.1).unwrap_or(start + 1);
    let mut frame = Frame {
        start,
        end,
        y_max: 30,
    };
    let buckets: Vec<_> = series
        .iter()
        .map(|(lane, points)| (*lane, hourly(points, &frame)))
        .collect();
    let highest = buckets
        .iter()
        .flat_map(|(_, b)| b.iter().filter_map(|(_, m)| *m))
        .fold(0.0_f64, f64::max);
    frame.y_max = nice_max(highest.ceil() as i64);
    let lines = buckets
        .iter()
        .enumerate()
        .map(|(i, (lane, b))| line(*lane, i, b, &frame))
        .collect();
    let y_ticks = (0..=3)
        .map(|i| {
            let value = frame.y_max * i / 3;
            Tick {
                pos: num(frame.y(value as f64)),
                label: value.to_string(),
            }
        })
        .collect();
    Chart {
        lines,
        y_ticks,
        x_grid: days.iter().map(|d| num(frame.x(d.0))).collect(),
        x_labels: days
            .iter()
            .map(|(s, e, label)| Tick {
                pos: num(frame.x(s + (e - s) / 2)),
                label: label.clone(),
            })
            .collect(),
        frame,
    }
}

/// One local day at a port: its date, and the instants it starts and ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalDay {
    pub date: NaiveDate,
    pub start: i64,
    pub end: i64,
}

/// Start of a local day (midnight, or the first instant after a daylight-saving gap).
pub fn day_start(zone: Tz, day: NaiveDate) -> i64 {
    (0..3)
        .find_map(|h| {
            day.and_hms_opt(h, 0, 0)
                .and_then(|t| zone.from_local_datetime(&t).earliest())
        })
        .map(|t| t.timestamp())
        .unwrap_or_else(|| {
            day.and_hms_opt(0, 0, 0)
                .unwrap_or_default()
                .and_utc()
                .timestamp()
        })
}

/// The last `count` local days in `zone`, oldest first, the last one holding `now`.
pub fn last_days(now: i64, zone: Tz, count: u64) -> Vec<LocalDay> {
    let today = local(now, zone).map(|l| l.date_naive()).unwrap_or_default();
    (0..count)
        .rev()
        .filter_map(|back| today.checked_sub_days(chrono::Days::new(back)))
        .map(|date| {
            let next = date.succ_opt().unwrap_or(date);
            LocalDay {
                date,
                start: day_start(zone, date),
                end: day_start(zone, next),
            }
        })
        .collect()
}

/// The highest wait reported in some series, for the chart's description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Peak {
    pub minutes: i64,
    pub lane: LaneKind,
    pub at: i64,
}

/// The highest wait of `series`; the earliest on a tie. None if every lane was closed or silent.
pub fn peak(series: &[(LaneKind, Vec<Point>)]) -> Option<Peak> {
    series
        .iter()
        .flat_map(|(lane, points)| points.iter().map(move |p| (*lane, p)))
        .filter_map(|(lane, p)| {
            p.delay.map(|minutes| Peak {
                minutes,
                lane,
                at: p.at,
            })
        })
        .max_by_key(|p| (p.minutes, -p.at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const DAY: i64 = 86_400;

    fn frame() -> Frame {
        Frame {
            start: 0,
            end: 7 * DAY,
            y_max: 60,
        }
    }

    #[test]
    fn scale_maps_the_frame_onto_the_plot() {
        let f = frame();
        assert_eq!(f.x(0), LEFT);
        assert_eq!(f.x(7 * DAY), RIGHT);
        assert_eq!(f.x(7 * DAY / 2), (LEFT + RIGHT) / 2.0);
        assert_eq!(f.x(-5), LEFT, "clamped");
        assert_eq!(f.y(0.0), BOTTOM);
        assert_eq!(f.y(60.0), TOP);
        assert_eq!(f.y(30.0), (TOP + BOTTOM) / 2.0);
        assert_eq!(f.y(600.0), TOP, "clamped");
    }

    #[test]
    fn the_wait_axis_ends_on_a_round_figure() {
        assert_eq!(nice_max(0), 30);
        assert_eq!(nice_max(30), 30);
        assert_eq!(nice_max(31), 60);
        assert_eq!(nice_max(95), 120);
        assert_eq!(nice_max(1440), 1440);
        assert_eq!(nice_max(5000), 1440);
        for top in [30, 60, 90, 120, 180, 240, 360, 480, 720, 1440] {
            assert_eq!(top % 3, 0, "thirds are whole minutes");
        }
    }

    #[test]
    fn reports_are_averaged_by_hour_and_closed_hours_kept_apart() {
        let f = frame();
        let p = |at, delay| Point { at, delay };
        let points = [
            p(-10, Some(99)), // before the frame
            p(60, Some(10)),
            p(120, Some(20)),
            p(3 * 3600, None),
            p(5 * 3600 + 1, Some(40)),
            p(7 * DAY, Some(99)), // at the end: outside
        ];
        assert_eq!(
            hourly(&points, &f),
            vec![(0, Some(15.0)), (3, None), (5, Some(40.0))]
        );
    }

    #[test]
    fn lines_join_near_points_break_on_gaps_and_closures() {
        let f = frame();
        let buckets = [
            (0, Some(60.0)),
            (1, Some(30.0)),
            (2, None),
            (3, Some(0.0)),
            (20, Some(30.0)),
            (21, Some(30.0)),
        ];
        let l = line(LaneKind::PassengerReady, 1, &buckets, &f);
        let x = |b: i64| num(f.x(b * 3600 + 1800));
        assert_eq!(
            l.d,
            format!("M{},22 L{},97 M{},97 L{},97", x(0), x(1), x(20), x(21))
        );
        assert_eq!(l.dots, vec![(x(3), "172".to_string())]);
        assert_eq!(l.points, 5);
        assert_eq!((l.stroke, l.dash), STYLES[1]);
    }

    #[test]
    fn a_chart_scales_to_its_highest_hour_and_labels_each_day() {
        let days: Vec<(i64, i64, String)> = (0..7)
            .map(|i| (i * DAY, (i + 1) * DAY, format!("d{i}")))
            .collect();
        let series = vec![(
            LaneKind::PedestrianStandard,
            vec![
                Point {
                    at: 3600,
                    delay: Some(95),
                },
                Point {
                    at: 7200,
                    delay: Some(5),
                },
            ],
        )];
        let c = build(&series, &days);
        assert_eq!(c.frame.y_max, 120);
        let labels: Vec<_> = c.y_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["0", "40", "80", "120"]);
        assert_eq!(c.y_ticks[3].pos, num(TOP));
        assert_eq!(c.x_labels.len(), 7);
        assert_eq!(c.x_labels[0].label, "d0");
        assert_eq!(c.x_grid[0], num(LEFT));
        assert_eq!(c.lines[0].points, 2);
        assert!(c.lines[0].d.starts_with('M'));
        assert_eq!(num(95.0 / 120.0), "0.8");
    }

    #[test]
    fn days_start_at_local_midnight() {
        let zone: Tz = "America/Phoenix".parse().unwrap();
        let d = NaiveDate::from_ymd_opt(2024, 5, 14).unwrap();
        assert_eq!(day_start(zone, d), 1_715_670_000); // 2024-05-14T07:00:00Z
    }

    #[test]
    fn a_day_without_midnight_starts_after_the_gap() {
        // Havana moved its clocks from 00:00 to 01:00 on 2024-03-10.
        let zone: Tz = "America/Havana".parse().unwrap();
        let d = NaiveDate::from_ymd_opt(2024, 3, 10).unwrap();
        assert_eq!(day_start(zone, d), 1_710_046_800); // 01:00 CDT = 05:00Z
    }

    #[test]
    fn the_last_days_end_with_today_and_follow_each_other() {
        let zone: Tz = "America/Phoenix".parse().unwrap();
        let now = 1_715_695_200; // 2024-05-14 07:00 in Phoenix
        let days = last_days(now, zone, CHART_DAYS);
        assert_eq!(days.len(), 7);
        assert_eq!(days[6].date, NaiveDate::from_ymd_opt(2024, 5, 14).unwrap());
        assert_eq!(days[6].start, 1_715_670_000);
        assert_eq!(days[0].date, NaiveDate::from_ymd_opt(2024, 5, 8).unwrap());
        assert!(days.windows(2).all(|w| w[0].end == w[1].start));
    }

    #[test]
    fn the_peak_is_the_highest_wait_and_the_earliest_on_a_tie() {
        let p = |at, delay| Point { at, delay };
        let series = vec![
            (
                LaneKind::PassengerStandard,
                vec![p(10, Some(40)), p(20, None)],
            ),
            (
                LaneKind::PassengerReady,
                vec![p(5, Some(40)), p(30, Some(15))],
            ),
        ];
        assert_eq!(
            peak(&series),
            Some(Peak {
                minutes: 40,
                lane: LaneKind::PassengerReady,
                at: 5
            })
        );
        assert_eq!(peak(&[(LaneKind::CommercialFast, vec![p(1, None)])]), None);
    }

    fn coordinates(d: &str) -> Vec<(f64, f64)> {
        d.split(' ')
            .map(|s| {
                let (x, y) = s[1..].split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect()
    }

    // 2020-01-01 to 2030-01-01: any instant the service may see.
    const NOW: std::ops::Range<i64> = 1_577_836_800..1_893_456_000;

    fn zone() -> impl Strategy<Value = Tz> {
        proptest::sample::select(vec![
            chrono_tz::America::Tijuana,
            chrono_tz::America::Phoenix,
            chrono_tz::America::Chicago,
            chrono_tz::America::Havana,
            chrono_tz::UTC,
        ])
    }

    fn series(start: i64, end: i64) -> impl Strategy<Value = Vec<Point>> {
        proptest::collection::vec(
            (
                start - 86_400..end + 86_400,
                proptest::option::weighted(0.9, 0_i64..=1440),
            )
                .prop_map(|(at, delay)| Point { at, delay }),
            0..120,
        )
        .prop_map(|mut points| {
            points.sort_by_key(|p| p.at);
            points
        })
    }

    proptest! {
        #[test]
        fn every_position_lands_inside_the_plot(
            start in -1_000_000_i64..1_000_000,
            span in 0_i64..10_000_000,
            y_max in -10_i64..5_000,
            at in any::<i32>(),
            minutes in -1e6_f64..1e6,
        ) {
            let f = Frame { start, end: start + span, y_max };
            let x = f.x(i64::from(at));
            let y = f.y(minutes);
            prop_assert!((LEFT..=RIGHT).contains(&x));
            prop_assert!((TOP..=BOTTOM).contains(&y));
        }

        #[test]
        fn the_wait_axis_holds_the_highest_wait_in_whole_thirds(highest in -100_i64..5_000) {
            let top = nice_max(highest);
            prop_assert!(top >= highest.min(1440));
            prop_assert_eq!(top % 3, 0);
        }

        #[test]
        fn a_coordinate_is_written_to_a_tenth(v in -1e5_f64..1e5) {
            let written: f64 = num(v).parse().unwrap();
            prop_assert!((written - v).abs() <= 0.05 + 1e-9);
            prop_assert!(!num(v).ends_with(".0"));
        }

        #[test]
        fn the_last_days_follow_each_other_and_hold_now(
            now in NOW, zone in zone(), count in 1_u64..30,
        ) {
            let days = last_days(now, zone, count);
            prop_assert_eq!(days.len() as u64, count);
            for d in &days {
                // 23 to 25 hours: a day with a daylight-saving change is shorter or longer.
                prop_assert!((23 * 3600..=25 * 3600).contains(&(d.end - d.start)), "{:?}", d);
            }
            prop_assert!(days.windows(2).all(|w| w[0].end == w[1].start && w[0].date < w[1].date));
            let today = days.last().unwrap();
            prop_assert!(today.start <= now && now < today.end);
        }

        #[test]
        fn a_chart_draws_each_hour_once_inside_its_box(
            (days, lanes) in (NOW, zone()).prop_flat_map(|(now, zone)| {
                let days = last_days(now, zone, CHART_DAYS);
                let (start, end) = (days[0].start, days[days.len() - 1].end);
                (Just(days), proptest::collection::vec(series(start, end), 1..=3))
            })
        ) {
            let labels: Vec<(i64, i64, String)> =
                days.iter().map(|d| (d.start, d.end, d.date.to_string())).collect();
            let series: Vec<(LaneKind, Vec<Point>)> =
                LaneKind::ALL.iter().copied().zip(lanes).collect();
            let c = build(&series, &labels);
            prop_assert_eq!(c.lines.len(), series.len());
            prop_assert_eq!(c.x_labels.len(), days.len());
            prop_assert_eq!(c.y_ticks.len(), 4);
            for ((_, points), line) in series.iter().zip(&c.lines) {
                let buckets = hourly(points, &c.frame);
                prop_assert!(buckets.windows(2).all(|w| w[0].0 < w[1].0), "one bucket an hour");
                let shown = buckets.iter().filter(|(_, m)| m.is_some()).count();
                prop_assert_eq!(line.points, shown);
                let joined = if line.d.is_empty() { Vec::new() } else { coordinates(&line.d) };
                prop_assert_eq!(joined.len() + line.dots.len(), shown);
                let dots = line.dots.iter().map(|(x, y)| (x.parse().unwrap(), y.parse().unwrap()));
                for (x, y) in joined.into_iter().chain(dots) {
                    prop_assert!((LEFT..=RIGHT).contains(&x) && (TOP..=BOTTOM).contains(&y));
                }
            }
        }
    }
}
