//! Border wait times: for each port and lane type, the lanes open, the wait and the status, as
//! reported by the port's officers (or an administrator). Every report is kept; the latest per
//! lane is public (page and JSON feed) and marked stale once older than
//! `Settings::wait_times_stale_after`. An officer reporting for another port is refused with
//! 403: ports are public, so there is nothing to hide behind a 404.

pub mod api;
pub mod chart;
pub mod lanes;
pub mod pages;
pub mod usual;

use axum::Router;
use garita_domain::accounts::Role;
use garita_domain::ports::Port;
use utoipa::OpenApi;

use crate::http::context::{Caller, Ctx};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;
use lanes::{LaneKind, LaneUpdate, Status};

pub fn router() -> Router<AppState> {
    Router::new().merge(api::router()).merge(pages::router())
}

#[derive(OpenApi)]
#[openapi(
    paths(api::feed, api::port_latest, api::report, api::history),
    tags((name = "wait-times", description = "Border wait times per port and lane, reported by officers"))
)]
struct WaitTimesApi;

/// This feature's part of the OpenAPI document.
pub fn api_doc() -> utoipa::openapi::OpenApi {
    WaitTimesApi::openapi()
}

/// A stored report of one lane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub port_id: String,
    pub lane: LaneKind,
    pub status: Status,
    pub lanes_open: i64,
    pub delay_minutes: Option<i64>,
    pub reported_at: i64,
}

impl Reading {
    /// Older than the stale limit: shown as out of date, never as current.
    pub fn is_stale(&self, app: &AppState, now: i64) -> bool {
        let limit =
            i64::try_from(app.settings.wait_times_stale_after.as_secs()).unwrap_or(i64::MAX);
        now.saturating_sub(self.reported_at) > limit
    }
}

type Row = (String, String, String, i64, Option<i64>, i64);

fn reading(
    (port_id, lane, status, lanes_open, delay_minutes, reported_at): Row,
) -> Option<Reading> {
    let parsed = LaneKind::parse(&lane).zip(Status::parse(&status));
    if parsed.is_none() {
        // The table's CHECK constraints make this unreachable short of a hand edit.
        tracing::warn!(
            port_id,
            lane,
            status,
            "wait time report with unknown lane or status"
        );
    }
    let (lane, status) = parsed?;
    Some(Reading {
        port_id,
        lane,
        status,
        lanes_open,
        delay_minutes,
        reported_at,
    })
}

/// The logged-in account, whatever its role.
pub fn account(ctx: &Ctx) -> Result<&Account, Error> {
    match &ctx.caller {
        Caller::Anonymous => Err(Error::LoginRequired),
        Caller::Expired => Err(Error::SessionExpired),
        Caller::Account(a) => Ok(a),
    }
}

/// The port, if the caller may report its wait times: its officers and any administrator.
pub fn reporter<'a>(
    ctx: &'a Ctx,
    app: &'a AppState,
    port_id: &str,
) -> Result<(&'a Account, &'a Port), Error> {
    let account = account(ctx)?;
    if !matches!(account.role, Role::Officer | Role::Admin) {
        return Err(Error::Forbidden);
    }
    let port = port(app, port_id)?;
    match account.role {
        Role::Admin => Ok((account, port)),
        _ if account.port_id.as_deref() == Some(port_id) => Ok((account, port)),
        _ => Err(Error::Forbidden),
    }
}

pub fn port<'a>(app: &'a AppState, port_id: &str) -> Result<&'a Port, Error> {
    app.ports
        .iter()
        .find(|p| p.id == port_id)
        .ok_or(Error::NotFound)
}

pub fn time_zone(port: &Port) -> chrono_tz::Tz {
    // Checked when the ports file is loaded.
    port.time_zone.parse().unwrap_or(chrono_tz::UTC)
}

/// Stores the updates of several lanes of a port as one transaction: all or nothing. Returns
/// the time recorded.
pub async fn record(
    app: &AppState,
    port_id: &str,
    reported_by: i64,
    updates: &[LaneUpdate],
) -> Result<i64, Error> {
    let t = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    for u in updates {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO wait_time_reports (port_id, lane, status, lanes_open, delay_minutes, reported_by, reported_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(port_id)
        .bind(u.lane.id())
        .bind(u.status.id())
        .bind(u.lanes_open)
        .bind(u.delay_minutes)
        .bind(reported_by)
        .bind(t)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO wait_time_latest (port_id, lane, report_id) VALUES ($1, $2, $3)
             ON CONFLICT (port_id, lane) DO UPDATE SET report_id = excluded.report_id",
        )
        .bind(port_id)
        .bind(u.lane.id())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(t)
}

/// The latest report of every lane (of one port, or of all).
pub async fn latest(app: &AppState, port_id: Option<&str>) -> Result<Vec<Reading>, Error> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT r.port_id, r.lane, r.status, r.lanes_open, r.delay_minutes, r.reported_at
         FROM wait_time_latest l JOIN wait_time_reports r ON r.id = l.report_id
         WHERE $1 = '' OR l.port_id = $1",
    )
    .bind(port_id.unwrap_or(""))
    .fetch_all(&app.db.read)
    .await?;
    Ok(rows.into_iter().filter_map(reading).collect())
}

/// Every report of a port since `since`, oldest first.
pub async fn history(app: &AppState, port_id: &str, since: i64) -> Result<Vec<Reading>, Error> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT port_id, lane, status, lanes_open, delay_minutes, reported_at
         FROM wait_time_reports WHERE port_id = $1 AND reported_at >= $2
         ORDER BY reported_at, id",
    )
    .bind(port_id)
    .bind(since)
    .fetch_all(&app.db.read)
    .await?;
    Ok(rows.into_iter().filter_map(reading).collect())
}

/// RFC 3339 in UTC, to the second.
pub fn rfc3339(at: i64) -> String {
    chrono::DateTime::from_timestamp(at, 0)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
