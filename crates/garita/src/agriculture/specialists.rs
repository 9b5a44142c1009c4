//! The specialists' side of cargo requests: a facility's day by hour against its inspection
//! capacity, the queue of requests waiting by desired time, and handing a request to another
//! specialist of the same facility.

use std::net::IpAddr;

use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use garita_domain::agriculture::CargoStatus;
use garita_domain::locations::Function;
use garita_domain::roles::Role;
use serde::Serialize;
use utoipa::ToSchema;

use super::cargo::{facility, load, CargoRequest, Row, SELECT};
use super::{covers, CargoActor};
use crate::audit::{self, Entry};
use crate::http::errors::{Error, Result};
use crate::http::session::Account;
use crate::state::AppState;

/// One hour of a facility's day.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Hour {
    /// The hour's start, RFC 3339 (UTC); `local` is the same in the facility's zone.
    pub start: String,
    /// `HH:MM`, the facility's local time.
    pub local: String,
    pub capacity: i64,
    /// Inspections scheduled in this hour.
    pub taken: i64,
    pub inspections: Vec<CargoRequest>,
}

/// A facility's day.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Day {
    pub location_id: String,
    pub time_zone: String,
    pub date: String,
    /// The open hours of the day (none when closed).
    pub hours: Vec<Hour>,
}

#[derive(sqlx::FromRow)]
struct HourRow {
    hour_start: i64,
    taken: i64,
}

/// The day of a facility the specialist works at, hour by hour.
pub async fn day(
    app: &AppState,
    specialist: &Account,
    location_id: &str,
    date: NaiveDate,
) -> Result<Day> {
    if !covers(specialist, location_id) {
        return Err(Error::NotFound);
    }
    let (ops, zone) = facility(app, location_id, Function::CargoInspection)
        .await?
        .ok_or(Error::NotFound)?;
    let capacity = i64::from(ops.capacity_per_hour.unwrap_or(0));
    let open = ops
        .hours
        .and_then(|h| h.day(date.weekday().num_days_from_monday() as usize));
    let mut hours = Vec::new();
    if let (Some((from, to)), true) = (open, ops.is_open) {
        let midnight = date.and_hms_opt(0, 0, 0).unwrap_or_default();
        let starts: Vec<i64> = (from / 60..to.div_ceil(60))
            .filter_map(|h| {
                zone.from_local_datetime(&(midnight + chrono::Duration::hours(i64::from(h))))
                    .earliest()
                    .map(|t| t.timestamp())
            })
            .collect();
        let (first, last) = (
            starts.first().copied().unwrap_or(0),
            starts.last().copied().unwrap_or(0),
        );
        let counters: Vec<HourRow> = sqlx::query_as(
            "SELECT hour_start, taken FROM agriculture_hours
             WHERE location_id = $1 AND hour_start >= $2 AND hour_start <= $3",
        )
        .bind(location_id)
        .bind(first)
        .bind(last)
        .fetch_all(&app.db.read)
        .await?;
        let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{SELECT} WHERE r.location_id = $1 AND r.status = $2 AND r.held_hour >= $3 AND r.held_hour <= $4
             ORDER BY r.scheduled_at, r.id"
        )))
        .bind(location_id)
        .bind(CargoStatus::Scheduled.as_str())
        .bind(first)
        .bind(last)
        .fetch_all(&app.db.read)
        .await?;
        for start in starts {
            let counter = counters.iter().find(|c| c.hour_start == start);
            let local = chrono::DateTime::<Utc>::from_timestamp(start, 0)
                .map(|t| t.with_timezone(&zone).format("%H:%M").to_string())
                .unwrap_or_default();
            hours.push(Hour {
                start: super::rfc3339(start),
                local,
                capacity: counter.map_or(capacity, |c| capacity.max(c.taken)),
                taken: counter.map_or(0, |c| c.taken),
                inspections: rows
                    .iter()
                    .filter(|r| r.held_hour == Some(start))
                    .map(|r| r.view(app, 0, None))
                    .collect(),
            });
        }
    }
    Ok(Day {
        location_id: location_id.to_string(),
        time_zone: zone.name().to_string(),
        date: date.to_string(),
        hours,
    })
}

/// The facility's requests waiting for a specialist (requested, information requested, time
/// proposed), by desired time, earliest first.
pub async fn queue(
    app: &AppState,
    specialist: &Account,
    location_id: &str,
) -> Result<Vec<CargoRequest>> {
    if !covers(specialist, location_id) {
        return Err(Error::NotFound);
    }
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE r.location_id = $1 AND r.status IN ($2, $3, $4)
         ORDER BY r.window_start, r.created_at, r.id LIMIT 500"
    )))
    .bind(location_id)
    .bind(CargoStatus::Requested.as_str())
    .bind(CargoStatus::InformationRequested.as_str())
    .bind(CargoStatus::TimeProposed.as_str())
    .fetch_all(&app.db.read)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let unread =
            super::threads::unread(app, &r.id, garita_domain::agriculture::Side::Specialist)
                .await?;
        out.push(r.view(app, unread, None));
    }
    Ok(out)
}

/// Hands an open request to another specialist of its facility (or takes it, naming oneself).
/// Audited; the new holder is told.
pub async fn reassign(
    app: &AppState,
    specialist: &Account,
    ip: IpAddr,
    request_id: &str,
    to: i64,
) -> Result<()> {
    let actor = CargoActor::Specialist(specialist.clone());
    let row = load(app, &actor, request_id).await?;
    if !row.status()?.is_open() {
        return Err(Error::Conflict("agriculture-not-allowed"));
    }
    let holds: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM grants WHERE account_id = $1 AND role = $2 AND location_id = $3",
    )
    .bind(to)
    .bind(Role::AgricultureSpecialist.as_str())
    .bind(&row.location_id)
    .fetch_one(&app.db.read)
    .await?;
    if holds == 0 {
        return Err(Error::field(
            "specialist_id",
            garita_domain::validation::Problem::UnknownChoice,
        ));
    }
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    sqlx::query("UPDATE cargo_requests SET specialist_id = $1, updated_at = $2 WHERE id = $3")
        .bind(to)
        .bind(at)
        .bind(request_id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(specialist),
            action: "cargo-inspection.reassigned",
            subject: format!("cargo-inspection:{request_id}"),
            detail: format!("from={:?} to={to}", row.specialist_id),
            ip,
            at,
        },
    )
    .await?;
    if to != specialist.id {
        super::notify(
            &mut tx,
            app,
            to,
            &format!("/cargo/inspections/{request_id}"),
            at,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct Colleague {
    pub account_id: i64,
}

/// The specialists of a facility (to hand a request to).
pub async fn colleagues(app: &AppState, location_id: &str) -> Result<Vec<Colleague>> {
    Ok(sqlx::query_as(
        "SELECT account_id FROM grants WHERE role = $1 AND location_id = $2 ORDER BY account_id",
    )
    .bind(Role::AgricultureSpecialist.as_str())
    .bind(location_id)
    .fetch_all(&app.db.read)
    .await?)
}
