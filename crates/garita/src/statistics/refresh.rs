//! The refresh job: rolls the counters of each closed day into published, suppressed figures,
//! and each closed week's requests by state. A day closes an hour after it ended at every port
//! (so an event committing at midnight is in); once published, a day is frozen — its rows are
//! written once and never updated, so deleting accounts later never rewrites history.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use garita_domain::statistics::{
    self as rules, median, suppress, week_of, Entry, Equation, Fixed, Metric, Period, Role,
};

use crate::http::errors::Error;
use crate::state::AppState;
use crate::storage::Tx;

/// The place of a day's total over places in the published figures.
pub const TOTAL: &str = "";

/// The most days one run publishes (a first run over a long backfill takes several runs).
const DAYS_PER_RUN: usize = 400;

/// The last day closed at every port: an hour after its end in the westernmost zone.
pub fn last_closed(app: &AppState, now: DateTime<Utc>) -> NaiveDate {
    let settled = now - Duration::hours(1);
    let today = app
        .ports
        .iter()
        .map(|p| settled.with_timezone(&p.zone()).date_naive())
        .min()
        .unwrap_or_else(|| settled.date_naive());
    today - Duration::days(1)
}

/// The suppression threshold in force (people; `--stats-threshold`, at least 2 so a single
/// person is always hidden).
pub fn threshold(app: &AppState) -> u64 {
    app.settings.stats_threshold.max(2)
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Refreshed {
    pub days: usize,
    pub weeks: usize,
}

#[derive(sqlx::FromRow)]
struct DayRow {
    day: String,
}

#[derive(sqlx::FromRow)]
struct PeriodRow {
    period: String,
}

fn parse_day(text: &str) -> Result<NaiveDate, Error> {
    text.parse()
        .map_err(|e| Error::Internal(anyhow::anyhow!("statistics: unreadable day {text:?}: {e}")))
}

/// Publishes every closed day and week not yet published. Idempotent: each period is claimed
/// in the transaction that writes it.
pub async fn refresh(app: &AppState, now: DateTime<Utc>) -> Result<Refreshed, Error> {
    let last = last_closed(app, now);
    let first: Option<DayRow> =
        sqlx::query_as("SELECT MIN(day) AS day FROM stats_counters HAVING MIN(day) IS NOT NULL")
            .fetch_optional(&app.db.read)
            .await?;
    let Some(first) = first else {
        return Ok(Refreshed::default());
    };
    let first = parse_day(&first.day)?;
    let done: Vec<PeriodRow> =
        sqlx::query_as("SELECT period FROM stats_periods WHERE kind = $1 AND period >= $2")
            .bind(Period::Day.as_str())
            .bind(first.to_string())
            .fetch_all(&app.db.read)
            .await?;
    let done: BTreeSet<String> = done.into_iter().map(|r| r.period).collect();
    let mut out = Refreshed::default();
    let mut day = first;
    while day <= last && out.days < DAYS_PER_RUN {
        if !done.contains(&day.to_string()) && publish_day(app, day, now).await? {
            out.days += 1;
        }
        day += Duration::days(1);
    }
    let weeks: Vec<PeriodRow> =
        sqlx::query_as("SELECT period FROM stats_periods WHERE kind = $1 AND period >= $2")
            .bind(Period::Week.as_str())
            .bind(week_of(first).to_string())
            .fetch_all(&app.db.read)
            .await?;
    let weeks: BTreeSet<String> = weeks.into_iter().map(|r| r.period).collect();
    let mut monday = week_of(first);
    while monday + Duration::days(6) <= last.min(day - Duration::days(1)) {
        if !weeks.contains(&monday.to_string()) && publish_week(app, monday, now).await? {
            out.weeks += 1;
        }
        monday += Duration::days(7);
    }
    Ok(out)
}

/// Claims a period; false if it was published already.
async fn claim(tx: &mut Tx, kind: Period, period: NaiveDate, now: i64) -> Result<bool, Error> {
    let n = sqlx::query(
        "INSERT INTO stats_periods (kind, period, published_at) VALUES ($1, $2, $3)
         ON CONFLICT (kind, period) DO NOTHING",
    )
    .bind(kind.as_str())
    .bind(period.to_string())
    .bind(now)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(n == 1)
}

#[derive(sqlx::FromRow)]
struct CounterRow {
    place: String,
    metric: String,
    dimension: String,
    groups: i64,
    people: i64,
}

/// One published figure (the total of a table has place "").
struct Figure<'a> {
    day: NaiveDate,
    place: &'a str,
    metric: Metric,
    dimension: &'a str,
    groups: Option<i64>,
    people: Option<i64>,
    hidden: bool,
}

async fn write(tx: &mut Tx, f: Figure<'_>) -> Result<(), Error> {
    sqlx::query(
        "INSERT INTO stats_published (day, place, metric, dimension, groups, people, hidden)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (day, place, metric, dimension) DO NOTHING",
    )
    .bind(f.day.to_string())
    .bind(f.place)
    .bind(f.metric.as_str())
    .bind(f.dimension)
    .bind(if f.hidden { None } else { f.groups })
    .bind(if f.hidden { None } else { f.people })
    .bind(i64::from(f.hidden))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct CapacityRow {
    port_id: String,
    capacity: i64,
    slots: i64,
}

/// Publishes one closed day; false if another run did.
async fn publish_day(app: &AppState, day: NaiveDate, now: DateTime<Utc>) -> Result<bool, Error> {
    let k = threshold(app);
    let mut tx = app.db.begin().await?;
    if !claim(&mut tx, Period::Day, day, now.timestamp()).await? {
        return Ok(false);
    }
    let rows: Vec<CounterRow> = sqlx::query_as(
        "SELECT place, metric, dimension, groups, people FROM stats_counters WHERE day = $1",
    )
    .bind(day.to_string())
    .fetch_all(&mut *tx)
    .await?;
    let ports: Vec<&str> = app.ports.iter().map(|p| p.id.as_str()).collect();
    for metric in Metric::PEOPLE_DAILY {
        // Appointment figures name every port (a zero says something); other functions only
        // the places (and, at no place, the dimensions: a programme) that counted something.
        // The key ("", "") is the day's total, which no counter has (see `counters::count`).
        let mut places: BTreeMap<(&str, &str), (i64, i64)> = BTreeMap::new();
        if Metric::PEOPLE_DAILY[..6].contains(&metric) {
            for p in &ports {
                places.insert((*p, ""), (0, 0));
            }
        }
        for r in rows.iter().filter(|r| r.metric == metric.as_str()) {
            let e = places
                .entry((r.place.as_str(), r.dimension.as_str()))
                .or_default();
            e.0 += r.groups;
            e.1 += r.people;
        }
        if places.is_empty() {
            continue;
        }
        let people: Vec<u64> = places.values().map(|v| v.1.max(0) as u64).collect();
        let (entries, equations) = rules::line(&people);
        let hidden =
            suppress(&entries, &equations, k).unwrap_or_else(|_| vec![true; entries.len()]);
        for (i, ((place, dimension), (groups, people))) in places.iter().enumerate() {
            write(
                &mut tx,
                Figure {
                    day,
                    place,
                    metric,
                    dimension,
                    groups: Some(*groups),
                    people: Some(*people),
                    hidden: hidden[i],
                },
            )
            .await?;
        }
        let (groups, people) = places.values().fold((0, 0), |(g, p), v| (g + v.0, p + v.1));
        write(
            &mut tx,
            Figure {
                day,
                place: TOTAL,
                metric,
                dimension: "",
                groups: Some(groups),
                people: Some(people),
                hidden: hidden[places.len()],
            },
        )
        .await?;
    }
    // Capacity: what the slots offered (not about people, never hidden).
    let capacity: Vec<CapacityRow> = sqlx::query_as(
        "SELECT port_id, CAST(SUM(capacity) AS BIGINT) AS capacity, COUNT(*) AS slots
         FROM slots WHERE day = $1 GROUP BY port_id",
    )
    .bind(day.to_string())
    .fetch_all(&mut *tx)
    .await?;
    for c in &capacity {
        write(
            &mut tx,
            Figure {
                day,
                place: &c.port_id,
                metric: Metric::Capacity,
                dimension: "",
                groups: Some(c.slots),
                people: Some(c.capacity),
                hidden: false,
            },
        )
        .await?;
    }
    for r in rows
        .iter()
        .filter(|r| r.metric == Metric::CapacityChanges.as_str())
    {
        write(
            &mut tx,
            Figure {
                day,
                place: &r.place,
                metric: Metric::CapacityChanges,
                dimension: "",
                groups: Some(r.groups),
                people: Some(r.people),
                hidden: false,
            },
        )
        .await?;
    }
    // Wait-time medians per port and lane, from the day's histogram of reported minutes.
    let mut waits: BTreeMap<(&str, &str), Vec<(i64, u64)>> = BTreeMap::new();
    for r in rows
        .iter()
        .filter(|r| r.metric == Metric::WaitMinutes.as_str())
    {
        let Some((lane, minutes)) = r.dimension.rsplit_once(':') else {
            continue;
        };
        let Ok(minutes) = minutes.parse::<i64>() else {
            continue;
        };
        waits
            .entry((r.place.as_str(), lane))
            .or_default()
            .push((minutes, r.groups.max(0) as u64));
    }
    for ((place, lane), histogram) in &waits {
        let reports: u64 = histogram.iter().map(|(_, n)| n).sum();
        write(
            &mut tx,
            Figure {
                day,
                place,
                metric: Metric::WaitMedian,
                dimension: lane,
                groups: Some(reports as i64),
                people: median(histogram),
                hidden: false,
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

#[derive(sqlx::FromRow)]
struct StateRow {
    dimension: String,
    groups: i64,
    people: i64,
}

#[derive(sqlx::FromRow)]
struct TotalRow {
    day: String,
    people: Option<i64>,
    hidden: i64,
}

/// The weekly tables: requests by state and by the holder's nationality.
const WEEKLY: [Metric; 2] = [Metric::RequestsByState, Metric::RequestsByNationality];

/// Publishes one closed week's requests by state and by nationality. Each table adds up to the
/// week's daily request totals, which are already published (frozen): both tables are
/// suppressed together, with the days, so that no day hidden then, and no cell of either
/// table, can be worked out now — from one table, or from the two set against each other.
async fn publish_week(
    app: &AppState,
    monday: NaiveDate,
    now: DateTime<Utc>,
) -> Result<bool, Error> {
    let k = threshold(app);
    let sunday = monday + Duration::days(6);
    let mut tx = app.db.begin().await?;
    if !claim(&mut tx, Period::Week, monday, now.timestamp()).await? {
        return Ok(false);
    }
    let totals: Vec<TotalRow> = sqlx::query_as(
        "SELECT day, people, hidden FROM stats_published
         WHERE metric = $1 AND place = $2 AND dimension = '' AND day >= $3 AND day <= $4",
    )
    .bind(Metric::Requests.as_str())
    .bind(TOTAL)
    .bind(monday.to_string())
    .bind(sunday.to_string())
    .fetch_all(&mut *tx)
    .await?;
    // The days first (frozen: published with their value, or hidden), then each table.
    let mut entries: Vec<Entry> = Vec::new();
    for d in 0..7 {
        let date = (monday + Duration::days(d)).to_string();
        let t = totals.iter().find(|t| t.day == date);
        entries.push(Entry {
            people: t.and_then(|t| t.people).unwrap_or(0).max(0) as u64,
            role: Role::Total,
            fixed: match t {
                Some(t) if t.hidden == 1 => Fixed::Hidden,
                _ => Fixed::Published,
            },
        });
    }
    let mut tables: Vec<(Metric, Vec<StateRow>, usize)> = Vec::new();
    let mut equations: Vec<Equation> = Vec::new();
    for metric in WEEKLY {
        let rows: Vec<StateRow> = sqlx::query_as(
            "SELECT dimension, CAST(SUM(groups) AS BIGINT) AS groups, CAST(SUM(people) AS BIGINT) AS people
             FROM stats_counters WHERE metric = $1 AND day >= $2 AND day <= $3
             GROUP BY dimension ORDER BY dimension",
        )
        .bind(metric.as_str())
        .bind(monday.to_string())
        .bind(sunday.to_string())
        .fetch_all(&mut *tx)
        .await?;
        let first = entries.len();
        entries.extend(rows.iter().map(|s| Entry::cell(s.people.max(0) as u64)));
        // A table with no rows (weeks counted before it existed) says nothing about the days.
        if !rows.is_empty() {
            let mut equation: Equation = (0..7).map(|i| (i, -1)).collect();
            equation.extend((first..entries.len()).map(|i| (i, 1)));
            equations.push(equation);
        }
        tables.push((metric, rows, first));
    }
    let hidden = suppress(&entries, &equations, k)
        .unwrap_or_else(|_| (0..entries.len()).map(|i| i >= 7).collect());
    for (metric, rows, first) in &tables {
        for (i, s) in rows.iter().enumerate() {
            write(
                &mut tx,
                Figure {
                    day: monday,
                    place: TOTAL,
                    metric: *metric,
                    dimension: &s.dimension,
                    groups: Some(s.groups),
                    people: Some(s.people),
                    hidden: hidden[first + i],
                },
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(true)
}

/// The job inside `serve`: at start, then every ten minutes.
pub fn spawn_job(app: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(10 * 60));
        loop {
            every.tick().await;
            match refresh(&app, app.clock.now()).await {
                Ok(r) => tracing::debug!(days = r.days, weeks = r.weeks, "statistics refreshed"),
                Err(e) => tracing::error!(error = ?e, "statistics refresh failed; will retry"),
            }
        }
    })
}
