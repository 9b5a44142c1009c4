//! Open statistics without singling anyone out: what is counted (`Metric`), which published
//! figures hide a small count (primary suppression below a threshold of people) and which others
//! must be hidden with them so no hidden figure can be worked out again from totals, other cells
//! or another period's figures (complementary suppression, checked by exact linear algebra);
//! the bounded range a reader may ask for; and the bar chart's numbers. No I/O.
//!
//! The model: every published figure is an *entry*; the figures that must add up are
//! *equations* (a day's total is the sum of its ports; a week's requests by state add up to the
//! week's daily totals). A hidden entry can be recovered exactly when the unit vector of that
//! entry lies in the row space of the equations restricted to the hidden entries — computed here
//! with exact integer elimination. Suppression adds hidden entries until none can be recovered.

use chrono::{Datelike, Duration, NaiveDate};

use crate::text_enum;

/// Fewer people than this in a figure hide it (the default).
pub const DEFAULT_THRESHOLD: u64 = 10;
/// The most days one request may ask for (a quarter); longer ranges are refused.
pub const MAX_RANGE_DAYS: i64 = 92;
/// Days shown when no range is given.
pub const DEFAULT_RANGE_DAYS: i64 = 31;
/// The place of an event that happens at no place (a travel authorization is decided for a
/// programme, not at a port): counted under this key, with what it is about (the programme) as
/// the dimension. Not a place id (ids are lowercase words), and not `""`, which is the key of a
/// day's total over places in the published figures.
pub const NO_PLACE: &str = "-";

/// What a counter counts. Events are counted on the local day (in the port's zone) they happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Metric {
    /// Requests submitted, by their first-choice port (groups and people).
    Requests,
    /// Requests submitted, by the state they came from (the port is left empty; published weekly).
    RequestsByState,
    /// Requests submitted, by the nationality of the group's holder (ISO 3166-1 alpha-2 code as
    /// the dimension; the port is left empty; published weekly like the states, and suppressed
    /// with them against the same daily totals).
    RequestsByNationality,
    /// Groups and people a draw selected.
    Selected,
    /// Offers confirmed.
    Confirmed,
    /// Groups checked in at the port.
    CheckedIn,
    /// Confirmed appointments nobody came to.
    NoShows,
    /// Offers declined and confirmed appointments cancelled.
    Cancellations,
    /// Capacity changes made at the port: groups = how many changes, people = places added
    /// (negative when cut).
    CapacityChanges,
    /// A wait-time report: the dimension is `lane:minutes`, groups = how many reports.
    WaitMinutes,
    /// Published only: the places a port offered that day (from its slots).
    Capacity,
    /// Published only: the median of a lane's reported waits that day (dimension = lane).
    WaitMedian,
    /// Other functions (counted by their modules through `statistics::count`).
    I94Issued,
    TravelAuthorizations,
    Inspections,
    BusTrips,
}
text_enum!(Metric {
    Requests = "requests",
    RequestsByState = "requests-by-state",
    RequestsByNationality = "requests-by-nationality",
    Selected = "selected",
    Confirmed = "confirmed",
    CheckedIn = "checked-in",
    NoShows = "no-shows",
    Cancellations = "cancellations",
    CapacityChanges = "capacity-changes",
    WaitMinutes = "wait-minutes",
    Capacity = "capacity",
    WaitMedian = "wait-median",
    I94Issued = "i94-issued",
    TravelAuthorizations = "travel-authorizations",
    Inspections = "inspections",
    BusTrips = "bus-trips",
});

impl Metric {
    /// The metrics about people, published per day and port with suppression.
    pub const PEOPLE_DAILY: [Metric; 10] = [
        Metric::Requests,
        Metric::Selected,
        Metric::Confirmed,
        Metric::CheckedIn,
        Metric::NoShows,
        Metric::Cancellations,
        Metric::I94Issued,
        Metric::TravelAuthorizations,
        Metric::Inspections,
        Metric::BusTrips,
    ];
}

/// What a published figure covers: one day, or the week starting on its Monday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Day,
    Week,
}
text_enum!(Period { Day = "day", Week = "week" });

impl Metric {
    /// How often the metric is published: requests by state weekly (a day's states would be
    /// too thin to show), everything else daily.
    pub fn period(self) -> Period {
        match self {
            Metric::RequestsByState | Metric::RequestsByNationality => Period::Week,
            _ => Period::Day,
        }
    }
}

/// Whether an entry is a figure of the table itself or a total of others: complements are taken
/// from cells before totals, so totals stay published where they can.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Cell,
    Total,
}

/// What is already decided about an entry: a figure published earlier is frozen either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fixed {
    /// Not yet published: suppression decides.
    Open,
    /// Published earlier with its value: known to everyone.
    Published,
    /// Published earlier as hidden: stays hidden.
    Hidden,
}

/// One figure to publish (people) and what is already decided about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub people: u64,
    pub role: Role,
    pub fixed: Fixed,
}

impl Entry {
    pub fn cell(people: u64) -> Entry {
        Entry {
            people,
            role: Role::Cell,
            fixed: Fixed::Open,
        }
    }
    pub fn total(people: u64) -> Entry {
        Entry {
            people,
            role: Role::Total,
            fixed: Fixed::Open,
        }
    }
}

/// A linear identity between entries: Σ coefficient × entry = 0 (e.g. `[(total, -1), (a, 1),
/// (b, 1)]`).
pub type Equation = Vec<(usize, i64)>;

/// Suppression could not protect a hidden figure (only frozen entries were left to hide).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("entry {0} would be recoverable and nothing open is left to hide")]
pub struct Unprotectable(pub usize);

/// Whether a count of people is too small to publish: 1 to threshold − 1 (a zero says nobody).
pub fn is_small(people: u64, threshold: u64) -> bool {
    people > 0 && people < threshold
}

/// Which entries to hide (true = hidden): every open entry with a small count (primary), then
/// complements until no hidden entry can be recovered exactly from the published ones and the
/// equations. Frozen entries keep their state.
pub fn suppress(
    entries: &[Entry],
    equations: &[Equation],
    threshold: u64,
) -> Result<Vec<bool>, Unprotectable> {
    let mut hidden: Vec<bool> = entries
        .iter()
        .map(|e| match e.fixed {
            Fixed::Hidden => true,
            Fixed::Published => false,
            Fixed::Open => is_small(e.people, threshold),
        })
        .collect();
    loop {
        let exposed = recoverable(&hidden, equations);
        let Some(&u) = exposed.first() else {
            return Ok(hidden);
        };
        let candidate = complement_for(u, entries, equations, &hidden);
        match candidate {
            Some(c) => hidden[c] = true,
            None => return Err(Unprotectable(u)),
        }
    }
}

/// The open, published entry to hide next to protect hidden entry `u`: first among those sharing
/// an equation with `u`, else among those of any equation reachable from `u` through hidden
/// entries, else any open one; cells before totals, non-zero before zero, smallest first.
fn complement_for(
    u: usize,
    entries: &[Entry],
    equations: &[Equation],
    hidden: &[bool],
) -> Option<usize> {
    let pick = |pool: &mut dyn Iterator<Item = usize>| {
        pool.filter(|&i| !hidden[i] && entries[i].fixed == Fixed::Open)
            .min_by_key(|&i| {
                let e = entries[i];
                (e.role == Role::Total, e.people == 0, e.people, i)
            })
    };
    let near = pick(
        &mut equations
            .iter()
            .filter(|eq| eq.iter().any(|(i, _)| *i == u))
            .flat_map(|eq| eq.iter().map(|(i, _)| *i)),
    );
    if near.is_some() {
        return near;
    }
    // Widen through hidden entries: equations linked to u by a chain of hidden entries.
    let mut reached = vec![false; entries.len()];
    let mut used = vec![false; equations.len()];
    let mut queue = vec![u];
    reached[u] = true;
    let mut pool = Vec::new();
    while let Some(x) = queue.pop() {
        for (k, eq) in equations.iter().enumerate() {
            if used[k] || !eq.iter().any(|(i, _)| *i == x) {
                continue;
            }
            used[k] = true;
            for &(i, _) in eq {
                pool.push(i);
                if hidden[i] && !reached[i] {
                    reached[i] = true;
                    queue.push(i);
                }
            }
        }
    }
    let linked = pick(&mut pool.into_iter());
    if linked.is_some() {
        return linked;
    }
    pick(&mut (0..entries.len()))
}

fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// The hidden entries that can be worked out exactly from the published ones: `e_u` lies in the
/// row space of the equations restricted to hidden entries. Exact (integer) elimination.
pub fn recoverable(hidden: &[bool], equations: &[Equation]) -> Vec<usize> {
    let unknowns: Vec<usize> = (0..hidden.len()).filter(|&i| hidden[i]).collect();
    if unknowns.is_empty() {
        return vec![];
    }
    let col = |entry: usize| unknowns.binary_search(&entry).ok();
    let mut rows: Vec<Vec<i128>> = equations
        .iter()
        .map(|eq| {
            let mut r = vec![0i128; unknowns.len()];
            for &(i, c) in eq {
                if let Some(j) = col(i) {
                    r[j] += i128::from(c);
                }
            }
            r
        })
        .filter(|r| r.iter().any(|v| *v != 0))
        .collect();
    // Reduced row echelon form over the integers (each row kept divided by its gcd).
    let mut pivots: Vec<(usize, usize)> = Vec::new(); // (row, column)
    let mut next = 0;
    for c in 0..unknowns.len() {
        let Some(p) = (next..rows.len()).find(|&r| rows[r][c] != 0) else {
            continue;
        };
        rows.swap(next, p);
        for r in 0..rows.len() {
            if r == next || rows[r][c] == 0 {
                continue;
            }
            let (a, b) = (rows[next][c], rows[r][c]);
            let (pivot_row, row) = (rows[next].clone(), &mut rows[r]);
            for (x, y) in row.iter_mut().zip(pivot_row.iter()) {
                *x = *x * a - *y * b;
            }
            let g = row.iter().fold(0, |g, v| gcd(g, *v));
            if g > 1 {
                row.iter_mut().for_each(|v| *v /= g);
            }
        }
        pivots.push((next, c));
        next += 1;
        if next == rows.len() {
            break;
        }
    }
    pivots
        .into_iter()
        .filter(|&(r, c)| rows[r].iter().enumerate().all(|(j, v)| j == c || *v == 0))
        .map(|(_, c)| unknowns[c])
        .collect()
}

/// A one-dimensional table (one day's ports, or one week's states) with its total as the last
/// entry; `cells` then `total`, and the equation total = Σ cells.
pub fn line(cells: &[u64]) -> (Vec<Entry>, Vec<Equation>) {
    let mut entries: Vec<Entry> = cells.iter().map(|c| Entry::cell(*c)).collect();
    let total = entries.len();
    entries.push(Entry::total(cells.iter().sum()));
    let mut eq: Equation = (0..total).map(|i| (i, 1)).collect();
    eq.push((total, -1));
    (entries, vec![eq])
}

/// The range of days a reader may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Why a range is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RangeError {
    #[error("the range ends before it starts")]
    Reversed,
    #[error("the range is longer than {MAX_RANGE_DAYS} days")]
    TooLong,
}

impl Range {
    /// The range asked for, or the last `DEFAULT_RANGE_DAYS` published days (ending at
    /// `last_closed`). A range longer than `MAX_RANGE_DAYS` is refused, not cut, so a reader
    /// never mistakes a part for the whole; pages of it can be asked for one by one.
    pub fn parse(
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        last_closed: NaiveDate,
    ) -> Result<Range, RangeError> {
        let to = to.unwrap_or(last_closed);
        let from = from.unwrap_or(to - Duration::days(DEFAULT_RANGE_DAYS - 1));
        if to < from {
            return Err(RangeError::Reversed);
        }
        if (to - from).num_days() + 1 > MAX_RANGE_DAYS {
            return Err(RangeError::TooLong);
        }
        Ok(Range { from, to })
    }

    pub fn days(&self) -> impl Iterator<Item = NaiveDate> {
        let to = self.to;
        self.from.iter_days().take_while(move |d| *d <= to)
    }
}

/// The Monday of the week holding `day` (weeks are ISO weeks).
pub fn week_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The median of a histogram of (value, count), the lower middle on an even count; None if empty.
pub fn median(histogram: &[(i64, u64)]) -> Option<i64> {
    let mut sorted = histogram.to_vec();
    sorted.sort();
    let n: u64 = sorted.iter().map(|(_, c)| c).sum();
    if n == 0 {
        return None;
    }
    let middle = n.div_ceil(2);
    let mut seen = 0;
    sorted.into_iter().find_map(|(v, c)| {
        seen += c;
        (seen >= middle).then_some(v)
    })
}

/// Bar chart geometry for an inline SVG: the view box, and one bar per day.
pub const CHART_WIDTH: i64 = 640;
pub const CHART_HEIGHT: i64 = 220;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 632.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 180.0;

/// One day's bar: None when the figure is hidden (drawn as a small marked gap).
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub x: String,
    pub width: String,
    pub y: String,
    pub height: String,
    pub hidden: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub bars: Vec<Bar>,
    /// (y, label) of the value axis's ticks.
    pub ticks: Vec<(String, String)>,
    pub y_max: u64,
    pub baseline: String,
}

fn num(v: f64) -> String {
    format!("{:.1}", v)
}

/// The smallest round top at or above `highest`: 1, 2 or 5 times a power of ten.
pub fn nice_top(highest: u64) -> u64 {
    let mut step = 1u64;
    loop {
        for m in [1, 2, 5] {
            if step.saturating_mul(m) >= highest.max(1) {
                return step.saturating_mul(m);
            }
        }
        step = step.saturating_mul(10);
    }
}

/// Bars for `values` (one per day, None when hidden), scaled to the highest shown value.
pub fn bars(values: &[Option<u64>]) -> BarChart {
    let highest = values.iter().flatten().copied().max().unwrap_or(0);
    let y_max = nice_top(highest);
    let slot = (RIGHT - LEFT) / values.len().max(1) as f64;
    let width = (slot * 0.7).max(1.0);
    let y = |v: u64| BOTTOM - (BOTTOM - TOP) * (v as f64 / y_max as f64).min(1.0);
    let bars = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let x = LEFT + slot * i as f64 + (slot - width) / 2.0;
            let (top, hidden) = match v {
                Some(v) => (y(*v), false),
                None => (BOTTOM - 3.0, true),
            };
            Bar {
                x: num(x),
                width: num(width),
                y: num(top),
                height: num(BOTTOM - top),
                hidden,
            }
        })
        .collect();
    let ticks = (0..=2)
        .map(|i| (num(y(y_max * i / 2)), (y_max * i / 2).to_string()))
        .collect();
    BarChart {
        bars,
        ticks,
        y_max,
        baseline: num(BOTTOM),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// An attacker written independently of `recoverable`: floating-point elimination of the
    /// published equations, solving for every hidden entry it can pin down, plus the obvious
    /// one-unknown-per-equation propagation.
    fn attack(entries: &[Entry], hidden: &[bool], equations: &[Equation]) -> Vec<usize> {
        let unknowns: Vec<usize> = (0..entries.len()).filter(|&i| hidden[i]).collect();
        let n = unknowns.len();
        let mut m: Vec<Vec<f64>> = equations
            .iter()
            .map(|eq| {
                let mut r = vec![0.0; n + 1];
                for &(i, c) in eq {
                    match unknowns.iter().position(|&u| u == i) {
                        Some(j) => r[j] += c as f64,
                        None => r[n] -= c as f64 * entries[i].people as f64,
                    }
                }
                r
            })
            .collect();
        let mut found = Vec::new();
        let mut row = 0;
        let mut pivot_cols = Vec::new();
        for c in 0..n {
            let Some(p) = (row..m.len()).max_by(|&a, &b| m[a][c].abs().total_cmp(&m[b][c].abs()))
            else {
                break;
            };
            if m[p][c].abs() < 1e-9 {
                continue;
            }
            m.swap(row, p);
            let pv = m[row][c];
            m[row].iter_mut().for_each(|v| *v /= pv);
            for r in 0..m.len() {
                if r != row {
                    let f = m[r][c];
                    if f != 0.0 {
                        let pr = m[row].clone();
                        m[r].iter_mut().zip(pr).for_each(|(x, y)| *x -= f * y);
                    }
                }
            }
            pivot_cols.push((row, c));
            row += 1;
        }
        for (r, c) in pivot_cols {
            if (0..n).all(|j| j == c || m[r][j].abs() < 1e-9) {
                let value = m[r][n];
                assert!(
                    (value - entries[unknowns[c]].people as f64).abs() < 1e-6,
                    "the attack recovered a wrong value"
                );
                found.push(unknowns[c]);
            }
        }
        found
    }

    #[test]
    fn a_lone_small_port_is_protected_by_a_complement_not_given_away_by_the_total() {
        // Built to leak: with primary suppression only, total − the others gives the small cell.
        let (entries, eqs) = line(&[120, 4, 80, 55]);
        let primary: Vec<bool> = entries.iter().map(|e| is_small(e.people, 10)).collect();
        assert_eq!(attack(&entries, &primary, &eqs), vec![1]);
        let hidden = suppress(&entries, &eqs, 10).unwrap();
        assert!(hidden[1]);
        assert_eq!(hidden.iter().filter(|h| **h).count(), 2);
        assert!(hidden[3], "the smallest other cell is the complement");
        assert!(!hidden[4], "the total stays published");
        assert!(attack(&entries, &hidden, &eqs).is_empty());
    }

    #[test]
    fn a_small_total_is_hidden_with_enough_cells_that_none_can_be_worked_out() {
        let (entries, eqs) = line(&[0, 3, 0, 2]);
        let hidden = suppress(&entries, &eqs, 10).unwrap();
        assert!(hidden[1] && hidden[3] && hidden[4]);
        assert!(attack(&entries, &hidden, &eqs).is_empty());
    }

    #[test]
    fn zero_and_large_cells_alone_are_published() {
        let (entries, eqs) = line(&[0, 30, 12]);
        assert_eq!(suppress(&entries, &eqs, 10).unwrap(), vec![false; 4]);
    }

    /// A week of daily totals (frozen, one hidden) and the week's requests by state, which add
    /// up to the same people: the week must not give the hidden day back.
    #[test]
    fn another_periods_figures_do_not_give_back_a_hidden_day() {
        let days = [40u64, 35, 6, 50, 44, 38, 41];
        let states = [100u64, 80, 74];
        let mut entries: Vec<Entry> = days
            .iter()
            .enumerate()
            .map(|(i, d)| Entry {
                people: *d,
                role: Role::Total,
                // Day 2 was hidden when it closed (with a complement inside its own day).
                fixed: if i == 2 {
                    Fixed::Hidden
                } else {
                    Fixed::Published
                },
            })
            .collect();
        entries.extend(states.iter().map(|s| Entry::cell(*s)));
        let mut eq: Equation = (0..7).map(|i| (i, -1)).collect();
        eq.extend((7..10).map(|i| (i, 1)));
        let eqs = vec![eq];
        let naive: Vec<bool> = entries.iter().map(|e| e.fixed == Fixed::Hidden).collect();
        assert_eq!(attack(&entries, &naive, &eqs), vec![2], "built to leak");
        let hidden = suppress(&entries, &eqs, 10).unwrap();
        assert!(attack(&entries, &hidden, &eqs).is_empty());
        assert!(hidden[7..].iter().any(|h| *h));
    }

    #[test]
    fn two_lines_tied_by_a_grand_total_each_keep_their_small_cell_hidden() {
        // Two days, each with its total, and a grand total over both.
        let (mut entries, mut eqs) = line(&[3, 50]);
        let (e2, q2) = line(&[60, 2]);
        let off = entries.len();
        entries.extend(e2);
        eqs.extend(q2.into_iter().map(|eq| {
            eq.into_iter()
                .map(|(i, c)| (i + off, c))
                .collect::<Equation>()
        }));
        // A grand total over both lines.
        entries.push(Entry::total(115));
        let g = entries.len() - 1;
        eqs.push(vec![(2, 1), (off + 2, 1), (g, -1)]);
        let hidden = suppress(&entries, &eqs, 10).unwrap();
        assert!(hidden[0] && hidden[off + 1]);
        assert!(attack(&entries, &hidden, &eqs).is_empty());
        assert!(recoverable(&hidden, &eqs).is_empty());
    }

    #[test]
    fn frozen_figures_that_leave_nothing_to_hide_are_reported() {
        let mut entries = vec![Entry::cell(5), Entry::cell(50), Entry::total(55)];
        entries[1].fixed = Fixed::Published;
        entries[2].fixed = Fixed::Published;
        let eqs = vec![vec![(0, 1), (1, 1), (2, -1)]];
        assert_eq!(suppress(&entries, &eqs, 10), Err(Unprotectable(0)));
    }

    #[test]
    fn ranges_are_bounded_and_default_to_the_last_month() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let last = d("2026-03-31");
        let r = Range::parse(None, None, last).unwrap();
        assert_eq!((r.from, r.to), (d("2026-03-01"), last));
        assert_eq!(r.days().count(), 31);
        assert_eq!(
            Range::parse(Some(d("2016-01-01")), Some(d("2026-01-01")), last),
            Err(RangeError::TooLong)
        );
        assert_eq!(
            Range::parse(Some(d("2026-03-05")), Some(d("2026-03-04")), last),
            Err(RangeError::Reversed)
        );
        let longest = Range::parse(
            Some(d("2026-01-01")),
            Some(d("2026-01-01") + Duration::days(MAX_RANGE_DAYS - 1)),
            last,
        )
        .unwrap();
        assert_eq!(longest.days().count() as i64, MAX_RANGE_DAYS);
    }

    #[test]
    fn medians_weeks_and_chart_tops() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[(30, 1), (10, 1), (20, 1)]), Some(20));
        assert_eq!(median(&[(10, 2), (50, 2)]), Some(10));
        assert_eq!(median(&[(5, 1), (60, 3)]), Some(60));
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(week_of(d("2026-12-06")), d("2026-11-30"));
        assert_eq!(week_of(d("2026-11-30")), d("2026-11-30"));
        assert_eq!(nice_top(0), 1);
        assert_eq!(nice_top(7), 10);
        assert_eq!(nice_top(120), 200);
        assert_eq!(nice_top(4_000), 5_000);
    }

    #[test]
    fn bars_stay_in_the_box_and_hidden_days_are_marked() {
        let c = bars(&[Some(10), None, Some(0), Some(37)]);
        assert_eq!(c.y_max, 50);
        assert!(c.bars[1].hidden);
        assert_eq!(c.bars.len(), 4);
        for b in &c.bars {
            let y: f64 = b.y.parse().unwrap();
            let h: f64 = b.height.parse().unwrap();
            assert!(y >= TOP - 0.05 && y + h <= BOTTOM + 0.05);
        }
    }

    /// Tables of ports by days with their day totals, and the ports' totals over the days
    /// (another period's figures), seeded with small counts where a naive table leaks.
    fn grid(cells: &[Vec<u64>]) -> (Vec<Entry>, Vec<Equation>) {
        let rows = cells.len();
        let cols = cells[0].len();
        let mut entries = Vec::new();
        for r in cells {
            entries.extend(r.iter().map(|v| Entry::cell(*v)));
        }
        let at = |r: usize, c: usize| r * cols + c;
        let mut eqs = Vec::new();
        for (r, row) in cells.iter().enumerate() {
            entries.push(Entry::total(row.iter().sum()));
            let t = entries.len() - 1;
            let mut eq: Equation = (0..cols).map(|c| (at(r, c), 1)).collect();
            eq.push((t, -1));
            eqs.push(eq);
        }
        for c in 0..cols {
            entries.push(Entry::total(cells.iter().map(|r| r[c]).sum()));
            let t = entries.len() - 1;
            let mut eq: Equation = (0..rows).map(|r| (at(r, c), 1)).collect();
            eq.push((t, -1));
            eqs.push(eq);
        }
        (entries, eqs)
    }

    fn cell() -> impl Strategy<Value = u64> {
        prop_oneof![Just(0u64), 1u64..10, 10u64..200]
    }

    proptest! {
        #[test]
        fn no_hidden_figure_of_a_table_with_margins_can_be_worked_out(
            rows in 1usize..6,
            cols in 1usize..6,
            values in proptest::collection::vec(cell(), 36),
        ) {
            let cells: Vec<Vec<u64>> = (0..rows)
                .map(|r| (0..cols).map(|c| values[r * 6 + c]).collect())
                .collect();
            let (entries, eqs) = grid(&cells);
            let hidden = suppress(&entries, &eqs, 10).unwrap();
            for (i, e) in entries.iter().enumerate() {
                if is_small(e.people, 10) {
                    prop_assert!(hidden[i], "small figure {i} published");
                }
            }
            prop_assert!(attack(&entries, &hidden, &eqs).is_empty());
        }

        #[test]
        fn a_day_line_protects_every_small_port(
            cells in proptest::collection::vec(cell(), 1..9),
        ) {
            let (entries, eqs) = line(&cells);
            let hidden = suppress(&entries, &eqs, 10).unwrap();
            for (i, e) in entries.iter().enumerate() {
                if is_small(e.people, 10) {
                    prop_assert!(hidden[i]);
                }
            }
            prop_assert!(attack(&entries, &hidden, &eqs).is_empty());
            prop_assert!(recoverable(&hidden, &eqs).is_empty());
        }
    }
}
