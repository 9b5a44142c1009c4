//! `/api/v1/wait-times` (public feed) and `/api/v1/ports/{port_id}/wait-times` (one port's
//! latest, the officers' updates, and the history).

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use garita_domain::ports::Port;
use garita_domain::validation::Problem;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use garita_domain::wait_times::usual::USUAL_WINDOW_DAYS;
use garita_domain::wait_times::{parse_reports, Group, LaneKind, LaneReport, Status};

use super::schema::{GroupSchema, LaneKindSchema, StatusSchema};
use super::{
    history as read_history, latest, latest_public, port, reporting_port, rfc3339, Reading,
};
use crate::http::errors::{Error, Result};
use crate::http::forms::{ApiJson, ApiPath, ApiQuery};
use crate::http::roles::Staff;
use crate::state::AppState;
use utoipa_axum::{router::OpenApiRouter, routes};

/// The routes and their OpenAPI entries, declared once (from each handler's `utoipa::path`).
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(feed))
        .routes(routes!(port_latest, report))
        .routes(routes!(history))
}

/// The latest report of one lane.
#[derive(Serialize, ToSchema)]
pub struct LaneWaitTime {
    #[schema(value_type = LaneKindSchema)]
    pub lane: LaneKind,
    #[schema(value_type = GroupSchema)]
    pub group: Group,
    #[schema(value_type = StatusSchema)]
    pub status: Status,
    pub lanes_open: i64,
    /// Minutes; null when the lane is closed.
    #[schema(required = true)]
    pub delay_minutes: Option<i64>,
    /// When the port reported it (RFC 3339, UTC).
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: String,
    /// Older than the service's limit (`stale_after_seconds`): do not show it as current.
    pub stale: bool,
}

/// A port's lanes with a report; lanes never reported are left out.
#[derive(Serialize, ToSchema)]
pub struct PortWaitTimes {
    pub port_id: String,
    pub port_name: String,
    /// IANA time zone of the port.
    pub time_zone: String,
    pub lanes: Vec<LaneWaitTime>,
}

#[derive(Serialize, ToSchema)]
pub struct WaitTimesFeed {
    #[schema(value_type = String, format = DateTime)]
    pub generated_at: String,
    /// A report older than this many seconds is `stale`.
    pub stale_after_seconds: u64,
    pub ports: Vec<PortWaitTimes>,
}

fn lane_view(app: &AppState, r: &Reading, t: i64) -> LaneWaitTime {
    LaneWaitTime {
        lane: r.lane,
        group: r.lane.group(),
        status: r.status,
        lanes_open: r.lanes_open,
        delay_minutes: r.delay_minutes,
        updated_at: rfc3339(r.reported_at),
        stale: r.is_stale(app, t),
    }
}

fn port_view(app: &AppState, port: &Port, readings: &[Reading], t: i64) -> PortWaitTimes {
    let lanes = LaneKind::ALL
        .iter()
        .filter_map(|lane| {
            readings
                .iter()
                .find(|r| r.port_id == port.id && r.lane == *lane)
        })
        .map(|r| lane_view(app, r, t))
        .collect();
    PortWaitTimes {
        port_id: port.id.clone(),
        port_name: port.name.clone(),
        time_zone: port.time_zone.clone(),
        lanes,
    }
}

/// Figures anyone may keep for a minute.
fn public(body: impl IntoResponse) -> Response {
    let mut res = body.into_response();
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60"),
    );
    res
}

/// Latest wait time of every port and lane (no login needed).
#[utoipa::path(get, path = "/api/v1/wait-times", tag = "wait-times",
    responses((status = 200, body = WaitTimesFeed)))]
pub async fn feed(State(app): State<AppState>) -> Result<Response> {
    // The same for everyone within a second of the clock: built once, then served from
    // memory until a report is recorded (crate::hot::FeedCache).
    let t = app.clock.timestamp();
    let body = match app.hot.feed.get(t) {
        Some(body) => body,
        None => {
            let ticket = app.hot.feed.ticket();
            let readings = latest_public(&app, None).await?;
            let body = axum::body::Bytes::from(serde_json::to_vec(&WaitTimesFeed {
                generated_at: rfc3339(t),
                stale_after_seconds: app.settings.wait_times_stale_after.as_secs(),
                ports: app
                    .ports
                    .iter()
                    .map(|p| port_view(&app, p, &readings, t))
                    .collect(),
            })?);
            app.hot.feed.put(ticket, t, body.clone());
            body
        }
    };
    Ok(public((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )))
}

/// Latest wait time of each lane of one port (no login needed).
#[utoipa::path(get, path = "/api/v1/ports/{port_id}/wait-times", tag = "wait-times",
    params(("port_id" = String, Path, example = "san-ysidro")),
    responses((status = 200, body = PortWaitTimes), (status = 404)))]
pub async fn port_latest(
    State(app): State<AppState>,
    ApiPath(port_id): ApiPath<String>,
) -> Result<Response> {
    let port = port(&app, &port_id)?;
    let readings = latest_public(&app, Some(&port.id)).await?;
    Ok(public(Json(port_view(
        &app,
        port,
        &readings,
        app.clock.timestamp(),
    ))))
}

/// A report for one lane. For `open` and `lanes-reduced`, `lanes_open` (1–100) and
/// `delay_minutes` (0–1440) are required; a `closed` lane is recorded with 0 lanes and no wait.
#[derive(Deserialize, Serialize, ToSchema)]
pub struct LaneUpdateInput {
    #[serde(default)]
    #[schema(value_type = LaneKindSchema)]
    #[schema(required = true)]
    pub lane: String,
    #[serde(default)]
    #[schema(value_type = StatusSchema)]
    #[schema(required = true)]
    pub status: String,
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 100)]
    pub lanes_open: Value,
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 1440)]
    pub delay_minutes: Value,
}

#[derive(Deserialize, Serialize, ToSchema)]
pub struct WaitTimesUpdate {
    /// One entry per lane reported now, each lane at most once.
    #[serde(default)]
    #[schema(required = true, min_items = 1)]
    pub lanes: Vec<LaneUpdateInput>,
}

/// A JSON number as the text it was written as, so that the form and the API share one parser
/// (and `"lanes_open": "many"` is a field problem, not a malformed body).
fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Report the wait times of some lanes of a port, all in one go: if any lane is invalid nothing
/// is recorded. Officers may report for their own port only (another port: 403); administrators
/// for any port. Answers with the port's latest wait times.
#[utoipa::path(post, path = "/api/v1/ports/{port_id}/wait-times", tag = "wait-times",
    security(("bearer" = [])), request_body = WaitTimesUpdate,
    params(("port_id" = String, Path, example = "san-ysidro")),
    responses((status = 200, body = PortWaitTimes),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not an officer of this port, nor an administrator", content_type = "application/problem+json"),
              (status = 404, description = "No such port", content_type = "application/problem+json"),
              (status = 422, description = "A lane or a figure is invalid (`errors` names each one, e.g. `passenger-standard.delay_minutes`); nothing was recorded", content_type = "application/problem+json")))]
pub async fn report(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ApiPath(port_id): ApiPath<String>,
    ApiJson(body): ApiJson<WaitTimesUpdate>,
) -> Result<Response> {
    let port = reporting_port(&app, account, &port_id)?;
    let reports: Vec<LaneReport> = body
        .lanes
        .iter()
        .map(|l| LaneReport {
            lane: l.lane.clone(),
            status: l.status.clone(),
            lanes_open: as_text(&l.lanes_open),
            delay_minutes: as_text(&l.delay_minutes),
        })
        .collect();
    let updates = parse_reports(&reports)?;
    super::record(&app, &port.id, account.id, &updates).await?;
    let readings = latest(&app, Some(&port.id)).await?;
    Ok(Json(port_view(&app, port, &readings, app.clock.timestamp())).into_response())
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HistoryQuery {
    /// Days back, 1 to 28 (default 7).
    #[param(value_type = Option<i64>, minimum = 1, maximum = 28)]
    pub days: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct HistoryEntry {
    #[schema(value_type = LaneKindSchema)]
    pub lane: LaneKind,
    #[schema(value_type = StatusSchema)]
    pub status: Status,
    pub lanes_open: i64,
    #[schema(required = true)]
    pub delay_minutes: Option<i64>,
    #[schema(value_type = String, format = DateTime)]
    pub reported_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct WaitTimesHistory {
    pub port_id: String,
    pub days: i64,
    /// Every report of those days, oldest first.
    pub reports: Vec<HistoryEntry>,
}

pub const MAX_HISTORY_DAYS: i64 = USUAL_WINDOW_DAYS;

/// Every report of a port's lanes over the last days (no login needed).
#[utoipa::path(get, path = "/api/v1/ports/{port_id}/wait-times/history", tag = "wait-times",
    params(("port_id" = String, Path, example = "san-ysidro"), HistoryQuery),
    responses((status = 200, body = WaitTimesHistory), (status = 404),
              (status = 422, description = "`days` is not 1 to 28", content_type = "application/problem+json")))]
pub async fn history(
    State(app): State<AppState>,
    ApiPath(port_id): ApiPath<String>,
    ApiQuery(q): ApiQuery<HistoryQuery>,
) -> Result<Response> {
    let port = port(&app, &port_id)?;
    // An empty `days=` is not a number: the API names its parameters' types,
    // and only an absent parameter takes the default.
    let days = match q.days.as_deref().map(str::trim) {
        None => 7,
        Some(raw) => match raw.parse::<i64>() {
            Ok(d) if d < 1 => return Err(Error::field("days", Problem::NumberTooSmall { min: 1 })),
            Ok(d) if d > MAX_HISTORY_DAYS => {
                return Err(Error::field(
                    "days",
                    Problem::NumberTooLarge {
                        max: MAX_HISTORY_DAYS as usize,
                    },
                ))
            }
            Ok(d) => d,
            Err(_) => return Err(Error::field("days", Problem::NotANumber)),
        },
    };
    let reports = read_history(&app, &port.id, app.clock.timestamp() - days * 86_400).await?;
    Ok(public(Json(WaitTimesHistory {
        port_id: port.id.clone(),
        days,
        reports: reports
            .into_iter()
            .map(|r| HistoryEntry {
                lane: r.lane,
                status: r.status,
                lanes_open: r.lanes_open,
                delay_minutes: r.delay_minutes,
                reported_at: rfc3339(r.reported_at),
            })
            .collect(),
    })))
}
