//! Counters kept at write time: each event adds to its day's and place's counter in the
//! transaction that records the event, so the figures are exactly the events the service
//! recorded, and nothing is ever opened (unsealed) to count it. Days are the local day of the
//! port (or place) where the event happened; a place Garita does not know counts in UTC.
//!
//! Other functions count their events with [`count`] (see docs/architecture.md):
//! `crate::statistics::count(&mut tx, day, place_id, Metric::I94Issued, "", 1, people)`.

use chrono::{DateTime, NaiveDate, Utc};
use garita_domain::ports::Port;
use garita_domain::statistics::{Metric, NO_PLACE};

use crate::http::errors::Error;
use crate::state::AppState;
use crate::storage::Tx;

/// The local day at `place` (a port id) of instant `now`; UTC for a place not in `ports`.
pub fn local_day(ports: &[Port], place: &str, now: DateTime<Utc>) -> NaiveDate {
    match ports.iter().find(|p| p.id == place) {
        Some(p) => now.with_timezone(&p.zone()).date_naive(),
        None => now.date_naive(),
    }
}

/// Adds `groups` and `people` to one counter, in the caller's transaction. An event at no
/// place is counted under [`NO_PLACE`] (with what it is about as `dimension`): a daily figure's
/// empty place is the published day's total, so an empty place given here is counted as
/// `NO_PLACE` too, never as a total.
pub async fn count(
    tx: &mut Tx,
    day: NaiveDate,
    place: &str,
    metric: Metric,
    dimension: &str,
    groups: i64,
    people: i64,
) -> Result<(), Error> {
    let place = if place.is_empty() && Metric::PEOPLE_DAILY.contains(&metric) {
        NO_PLACE
    } else {
        place
    };
    sqlx::query(
        "INSERT INTO stats_counters (day, place, metric, dimension, groups, people)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (day, place, metric, dimension)
         DO UPDATE SET groups = stats_counters.groups + excluded.groups,
                       people = stats_counters.people + excluded.people",
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

#[derive(sqlx::FromRow)]
struct Appointment {
    port_id: String,
    size: i64,
}

/// Counts an event of appointment `id` (selected, confirmed, checked in, no-show, cancelled):
/// one group of its size, at its port, on the port's local day of `now`.
pub async fn appointment(
    tx: &mut Tx,
    ports: &[Port],
    metric: Metric,
    id: &str,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    appointment_by(tx, ports, metric, id, now, 1).await
}

/// Takes back an event counted today by [`appointment`] (a no-show undone for a late arrival
/// on the same day).
pub async fn uncount_appointment(
    tx: &mut Tx,
    ports: &[Port],
    metric: Metric,
    id: &str,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    appointment_by(tx, ports, metric, id, now, -1).await
}

async fn appointment_by(
    tx: &mut Tx,
    ports: &[Port],
    metric: Metric,
    id: &str,
    now: DateTime<Utc>,
    sign: i64,
) -> Result<(), Error> {
    let row: Option<Appointment> =
        sqlx::query_as("SELECT port_id, size FROM appointments WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
    let Some(a) = row else {
        return Err(Error::Internal(anyhow::anyhow!(
            "statistics: appointment {id} not found while counting {metric}"
        )));
    };
    let day = local_day(ports, &a.port_id, now);
    count(tx, day, &a.port_id, metric, "", sign, sign * a.size).await
}

#[derive(sqlx::FromRow)]
struct HolderRow {
    id: String,
    sealed: Vec<u8>,
}

/// Only the nationality is read out of the holder's opened record.
#[derive(serde::Deserialize)]
struct Nationality {
    citizenship: String,
}

/// The nationality (ISO 3166-1 alpha-2) of the holder of `account_id`'s group, read in the
/// submission's transaction: the one place statistics open anything. The holder's record is
/// opened once per accepted submission; only its citizenship is kept, and only as the key of a
/// counter (`""` when the group has no holder). See the issue-21 note for why the nationality
/// is not kept anywhere else.
pub async fn holder_nationality(
    tx: &mut Tx,
    app: &AppState,
    account_id: i64,
) -> Result<String, Error> {
    let row: Option<HolderRow> =
        sqlx::query_as("SELECT id, sealed FROM travelers WHERE account_id = $1 AND is_holder = 1")
            .bind(account_id)
            .fetch_optional(&mut **tx)
            .await?;
    let Some(row) = row else {
        return Ok(String::new());
    };
    let plain = app
        .vault
        .open(&format!("traveler:{}", row.id), &row.sealed)
        .map_err(|e| Error::Internal(anyhow::anyhow!("traveler {}: {e}", row.id)))?;
    let n: Nationality = serde_json::from_slice(&plain).map_err(|e| {
        Error::Internal(anyhow::anyhow!(
            "traveler {}: unreadable record: {e}",
            row.id
        ))
    })?;
    Ok(n.citizenship)
}

/// Counts an accepted request of `account_id`'s group: by its first-choice port, by the state
/// it came from and by the holder's nationality (all on the same day, so a week's states, and
/// its nationalities, add up to its days).
pub async fn request(
    tx: &mut Tx,
    app: &AppState,
    account_id: i64,
    first_port: &str,
    state: &str,
    people: i64,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let day = local_day(&app.ports, first_port, now);
    let nationality = holder_nationality(tx, app, account_id).await?;
    count(tx, day, first_port, Metric::Requests, "", 1, people).await?;
    count(tx, day, "", Metric::RequestsByState, state, 1, people).await?;
    count(
        tx,
        day,
        "",
        Metric::RequestsByNationality,
        &nationality,
        1,
        people,
    )
    .await
}

/// Counts a wait-time report of an open lane (its minutes go into the day's histogram, from
/// which the refresh takes the median).
pub async fn wait_report(
    tx: &mut Tx,
    ports: &[Port],
    port_id: &str,
    lane: &str,
    minutes: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let Some(minutes) = minutes else {
        return Ok(());
    };
    let day = local_day(ports, port_id, now);
    let dimension = format!("{lane}:{minutes}");
    count(tx, day, port_id, Metric::WaitMinutes, &dimension, 1, 0).await
}

/// Counts a change of a port's capacity: one change, `places` added (negative when cut).
pub async fn capacity_change(
    tx: &mut Tx,
    ports: &[Port],
    port_id: &str,
    places: i64,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let day = local_day(ports, port_id, now);
    count(tx, day, port_id, Metric::CapacityChanges, "", 1, places).await
}
