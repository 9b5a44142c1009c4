//! Border wait times: for each port and lane type, the lanes open, the wait and the status, as
//! reported by the port's officers (or an administrator). Every report is kept; the latest per
//! lane is public (page and JSON feed) and marked stale once older than
//! `Settings::wait_times_stale_after`. An officer reporting for another port is refused with
//! 403: ports are public, so there is nothing to hide behind a 404. The rules (lanes, the usual
//! wait, the chart's numbers) are `garita_domain::wait_times`; here are the storage, the API and
//! the pages.

pub mod api;
pub mod pages;
mod schema;

use axum::Router;
use garita_domain::ports::Port;
use garita_domain::roles::{Role, Scope};
use garita_domain::wait_times::{self as rules, LaneKind, LaneUpdate, Status};

use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;

/// The pages (the API is `api::router`, with its OpenAPI entries).
pub fn router() -> Router<AppState> {
    pages::router()
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
        rules::is_stale(
            self.reported_at,
            now,
            app.settings.wait_times_stale_after.as_secs(),
        )
    }
}

/// A row of `wait_time_reports` as read.
#[derive(sqlx::FromRow)]
struct ReadingRow {
    id: i64,
    port_id: String,
    lane: String,
    status: String,
    lanes_open: i64,
    delay_minutes: Option<i64>,
    reported_at: i64,
}

impl TryFrom<ReadingRow> for Reading {
    type Error = Error;

    /// The table's CHECK constraints make a failure unreachable short of a hand edit; if one
    /// happens, the page fails and says which row rather than leaving a lane out unnoticed.
    fn try_from(row: ReadingRow) -> Result<Reading, Error> {
        let id = row.id;
        let unreadable = |what: &str, value: &str| {
            Error::Internal(anyhow::anyhow!(
                "wait time report {id}: unreadable {what} {value:?}"
            ))
        };
        let lane = LaneKind::parse(&row.lane).ok_or_else(|| unreadable("lane", &row.lane))?;
        let status = Status::parse(&row.status).ok_or_else(|| unreadable("status", &row.status))?;
        if chrono::DateTime::from_timestamp(row.reported_at, 0).is_none() {
            return Err(unreadable("reported_at", &row.reported_at.to_string()));
        }
        Ok(Reading {
            port_id: row.port_id,
            lane,
            status,
            lanes_open: row.lanes_open,
            delay_minutes: row.delay_minutes,
            reported_at: row.reported_at,
        })
    }
}

fn readings(rows: Vec<ReadingRow>) -> Result<Vec<Reading>, Error> {
    rows.into_iter().map(Reading::try_from).collect()
}

/// The port `account` may report wait times for: an officer's own port (another: 403), any port
/// for an administrator. The role itself is checked by the `Staff` extractor.
pub fn reporting_port<'a>(
    app: &'a AppState,
    account: &Account,
    port_id: &str,
) -> Result<&'a Port, Error> {
    let port = port(app, port_id)?;
    if account.is_admin() || account.holds(Role::Officer, &Scope::Location(port_id.to_string())) {
        Ok(port)
    } else {
        Err(Error::Forbidden)
    }
}

pub fn port<'a>(app: &'a AppState, port_id: &str) -> Result<&'a Port, Error> {
    app.ports
        .iter()
        .find(|p| p.id == port_id)
        .ok_or(Error::NotFound)
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
        .bind(u.lane.as_str())
        .bind(u.status.as_str())
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
        .bind(u.lane.as_str())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        crate::statistics::counters::wait_report(
            &mut tx,
            &app.ports,
            port_id,
            u.lane.as_str(),
            u.delay_minutes,
            app.clock.now(),
        )
        .await?;
    }
    tx.commit().await?;
    // The public feed's copy in memory (crate::hot).
    app.hot.feed.changed();
    Ok(t)
}

/// The latest report of every lane (of one port, or of all), from the primary (officers see
/// what they just reported).
pub async fn latest(app: &AppState, port_id: Option<&str>) -> Result<Vec<Reading>, Error> {
    latest_in(&app.db.read, port_id).await
}

/// The same for the public: from `--read-database` when there is one (may lag).
pub async fn latest_public(app: &AppState, port_id: Option<&str>) -> Result<Vec<Reading>, Error> {
    latest_in(&app.db.public, port_id).await
}

async fn latest_in(pool: &sqlx::AnyPool, port_id: Option<&str>) -> Result<Vec<Reading>, Error> {
    let rows: Vec<ReadingRow> = sqlx::query_as(
        "SELECT r.id, r.port_id, r.lane, r.status, r.lanes_open, r.delay_minutes, r.reported_at
         FROM wait_time_latest l JOIN wait_time_reports r ON r.id = l.report_id
         WHERE $1 = '' OR l.port_id = $1",
    )
    .bind(port_id.unwrap_or(""))
    .fetch_all(pool)
    .await?;
    readings(rows)
}

/// Every report of a port since `since`, oldest first (public: from `--read-database`).
pub async fn history(app: &AppState, port_id: &str, since: i64) -> Result<Vec<Reading>, Error> {
    let rows: Vec<ReadingRow> = sqlx::query_as(
        "SELECT id, port_id, lane, status, lanes_open, delay_minutes, reported_at
         FROM wait_time_reports WHERE port_id = $1 AND reported_at >= $2
         ORDER BY reported_at, id",
    )
    .bind(port_id)
    .bind(since)
    .fetch_all(&app.db.public)
    .await?;
    readings(rows)
}

/// RFC 3339 in UTC, to the second (of a time already checked to be within chrono's range).
pub fn rfc3339(at: i64) -> String {
    chrono::DateTime::from_timestamp(at, 0)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
