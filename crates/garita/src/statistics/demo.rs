//! A month of figures for the demo: counters for the 31 days up to the last closed day (dates
//! relative to the demo's start), at every port, then one refresh so `/stats` shows a month at
//! once. A small port's thin days show suppression. Idempotent: a counter that exists is left
//! alone, and a published day never changes.

use chrono::Duration;
use garita_domain::statistics::Metric;

use crate::http::errors::Error;
use crate::state::AppState;

/// The states requests come from in the demo (HASC codes of Mexican states).
const STATES: [&str; 5] = ["MX.BN", "MX.CH", "MX.TM", "MX.SO", "MX.DF"];
/// The holders' nationalities in the demo (ISO 3166-1 alpha-2).
const NATIONALITIES: [&str; 5] = ["VE", "HN", "HT", "MX", "CU"];

/// A steady but varied figure for a day and port (no randomness: the same every run).
fn figure(day: i64, port: usize, base: i64, spread: i64) -> i64 {
    let h = (day * 7919 + port as i64 * 104_729).rem_euclid(1000);
    base + h % spread.max(1)
}

pub async fn seed(app: &AppState) -> Result<(), Error> {
    let now = app.clock.now();
    let last = super::refresh::last_closed(app, now);
    let mut tx = app.db.begin().await?;
    for back in 0..garita_domain::statistics::DEFAULT_RANGE_DAYS {
        let day = last - Duration::days(back);
        let n = day
            .and_hms_opt(0, 0, 0)
            .map(|t| t.and_utc().timestamp() / 86_400)
            .unwrap_or(0);
        let mut requests_people = 0;
        let mut requests_groups = 0;
        for (i, port) in app.ports.iter().enumerate() {
            // The last port is small: some of its days are too thin to publish.
            let scale = if i + 1 == app.ports.len() { 1 } else { 10 };
            let requested = figure(n, i, 30 * scale, 20 * scale);
            let selected = figure(n + 1, i, 8 * scale, 6 * scale);
            let confirmed = selected * 9 / 10;
            let checked_in = confirmed * 8 / 10;
            let rows = [
                (Metric::Requests, requested),
                (Metric::Selected, selected),
                (Metric::Confirmed, confirmed),
                (Metric::CheckedIn, checked_in),
                (Metric::NoShows, confirmed - checked_in),
                (Metric::Cancellations, selected - confirmed),
            ];
            for (metric, people) in rows {
                let groups = (people + 2) / 3;
                insert(&mut tx, day, &port.id, metric, "", groups, people).await?;
            }
            requests_people += requested;
            requests_groups += (requested + 2) / 3;
            for (lane, base) in [("pedestrian-standard", 40), ("passenger-standard", 70)] {
                for k in 0..3 {
                    let minutes = figure(n + k, i, base, 40);
                    insert(
                        &mut tx,
                        day,
                        &port.id,
                        Metric::WaitMinutes,
                        &format!("{lane}:{minutes}"),
                        1,
                        0,
                    )
                    .await?;
                }
            }
        }
        // The same requests by state and by the holder's nationality (so the week's states,
        // and its nationalities, add up to its days).
        for (metric, keys) in [
            (Metric::RequestsByState, &STATES),
            (Metric::RequestsByNationality, &NATIONALITIES),
        ] {
            let mut left = (requests_groups, requests_people);
            for (k, key) in keys.iter().enumerate() {
                let share = if k + 1 == keys.len() {
                    left
                } else {
                    let p = requests_people * (5 - k as i64) / 16;
                    let g = requests_groups * (5 - k as i64) / 16;
                    (g.min(left.0), p.min(left.1))
                };
                left = (left.0 - share.0, left.1 - share.1);
                insert(&mut tx, day, "", metric, key, share.0, share.1).await?;
            }
        }
    }
    tx.commit().await?;
    super::refresh::refresh(app, now).await?;
    Ok(())
}

async fn insert(
    tx: &mut crate::storage::Tx,
    day: chrono::NaiveDate,
    place: &str,
    metric: Metric,
    dimension: &str,
    groups: i64,
    people: i64,
) -> Result<(), Error> {
    sqlx::query(
        "INSERT INTO stats_counters (day, place, metric, dimension, groups, people)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (day, place, metric, dimension) DO NOTHING",
    )
    .bind(day.to_string())
    .bind(place)
    .bind(metric.as_str())
    .bind(dimension)
    .bind(groups)
    .bind(people)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
