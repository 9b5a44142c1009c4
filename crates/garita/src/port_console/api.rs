//! The port console's API: `/api/v1/console/...` for officers (their port) and admins.

use axum::extract::State;
use axum::response::Response;
use axum::Json;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::capacity::{self, Report, SlotCapacity};
use super::{scope, DayEntry};
use crate::audit::{self, Entry};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::{ApiJson, ApiPath, ApiQuery};
use crate::http::roles::Staff;
use crate::state::AppState;
use utoipa_axum::{router::OpenApiRouter, routes};

/// The routes and their OpenAPI entries, declared once (from each handler's `utoipa::path`).
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(day))
        .routes(routes!(check_in))
        .routes(routes!(decide))
        .routes(routes!(photo))
        .routes(routes!(undo_no_show))
        .routes(routes!(get_capacity, put_capacity))
        .merge(super::lookup::api_router())
}

#[derive(Deserialize)]
pub struct DayQuery {
    /// Admins: which port (officers always get their own).
    port: Option<String>,
    /// Defaults to today at the port.
    date: Option<NaiveDate>,
}

#[derive(Serialize, ToSchema)]
pub struct DayList {
    pub port_id: String,
    #[schema(value_type = String, format = Date)]
    pub date: NaiveDate,
    pub appointments: Vec<DayEntry>,
}

/// The day's confirmed appointments at the caller's port, by slot.
#[utoipa::path(get, path = "/api/v1/console/appointments", tag = "port console", security(("bearer" = [])),
    params(("port" = Option<String>, Query), ("date" = Option<String>, Query, format = Date)),
    responses((status = 200, body = DayList), (status = 403), (status = 404)))]
pub async fn day(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    ApiQuery(q): ApiQuery<DayQuery>,
) -> Result<Json<DayList>> {
    let port = scope(&app, account, q.port.as_deref())?;
    let date = q
        .date
        .unwrap_or_else(|| super::port_today(port, app.clock.now()));
    let appointments = super::day_list(&app, &port.id, date).await?;
    audit::record_view(
        &app,
        Entry {
            actor: Some(account),
            action: "view-day-list",
            subject: format!("port:{}", port.id),
            detail: format!("{date}: {} appointments", appointments.len()),
            ip: ctx.client_ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(Json(DayList {
        port_id: port.id.clone(),
        date,
        appointments,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct CheckIn {
    /// The pass code, typed or scanned from the QR code.
    pub code: String,
    /// The port where the group is: required for admins (who have no port of their own);
    /// an officer may leave it out or name their own port.
    #[serde(default)]
    pub port: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CheckedIn {
    pub appointment: DayEntry,
}

/// Check a group in by one member's pass code.
#[utoipa::path(post, path = "/api/v1/console/check-ins", tag = "port console", security(("bearer" = [])), request_body = CheckIn,
    responses((status = 200, body = CheckedIn), (status = 404, description = "No such port"),
              (status = 409, description = "Refused, with the reason: pass-unknown, pass-other-port, pass-other-day, pass-not-confirmed, pass-cancelled, pass-already-checked-in, pass-no-show")))]
pub async fn check_in(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    ApiJson(body): ApiJson<CheckIn>,
) -> Result<Json<CheckedIn>> {
    let asked = match (&body.port, &account.port_id) {
        (Some(p), _) => Some(p.as_str()),
        (None, Some(own)) => Some(own.as_str()),
        // An admin must say where: checking a group in at a guessed port would be wrong.
        (None, None) => {
            return Err(Error::field(
                "port",
                garita_domain::validation::Problem::Required,
            ))
        }
    };
    let port = scope(&app, account, asked)?;
    let id = super::check_in(
        &app,
        account,
        ctx.client_ip,
        port,
        &body.code,
        app.clock.now(),
    )
    .await?;
    let (appointment, _, _) = super::appointment(&app, account, &id).await?;
    Ok(Json(CheckedIn { appointment }))
}

#[derive(Deserialize, ToSchema)]
pub struct Decision {
    /// confirmed, not-confirmed, referred
    pub identity: String,
    /// pending, paroled-nta, processed-other, referred-secondary, withdrew
    pub outcome: String,
}

#[derive(Serialize, ToSchema)]
pub struct Decided {
    /// The group's status after this decision.
    pub status: String,
}

/// Record, for one member, whether the officer confirmed their identity and the outcome.
#[utoipa::path(post, path = "/api/v1/console/appointments/{id}/members/{code}", tag = "port console", security(("bearer" = [])),
    params(("id" = String, Path), ("code" = String, Path)), request_body = Decision,
    responses((status = 200, body = Decided), (status = 404), (status = 409, description = "Not checked in")))]
pub async fn decide(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    ApiPath((id, code)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<Decision>,
) -> Result<Json<Decided>> {
    let status = super::decide(
        &app,
        account,
        ctx.client_ip,
        &super::MemberDecision {
            appointment_id: &id,
            code: &code,
            identity: &body.identity,
            outcome: &body.outcome,
        },
        app.clock.now(),
    )
    .await?;
    Ok(Json(Decided { status }))
}

/// The photo submitted with the request, for the officer to compare with the person.
#[utoipa::path(get, path = "/api/v1/console/passes/{code}/photo", tag = "port console", security(("bearer" = [])),
    params(("code" = String, Path)), responses((status = 200, content_type = "image/jpeg", description = "The photo"), (status = 404)))]
pub async fn photo(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    ApiPath(code): ApiPath<String>,
) -> Result<Response> {
    let jpeg = super::photo(&app, account, ctx.client_ip, &code).await?;
    Ok(crate::photos::jpeg_response(jpeg))
}

/// The slots of a port on a day, with capacity and places taken.
#[utoipa::path(get, path = "/api/v1/ports/{port_id}/capacity/{date}", tag = "port console", security(("bearer" = [])),
    params(("port_id" = String, Path), ("date" = String, Path, format = Date)), responses((status = 200, body = [SlotCapacity]), (status = 404)))]
pub async fn get_capacity(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ApiPath((port_id, date)): ApiPath<(String, NaiveDate)>,
) -> Result<Json<Vec<SlotCapacity>>> {
    let port = scope(&app, account, Some(&port_id))?;
    Ok(Json(capacity::slots(&app, port, date).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct CapacityChange {
    pub slots: Vec<SlotCapacity>,
}

/// Set the capacity of slots. Groups that no longer fit are moved to the nearest free slot at
/// a port they accept, or told and given priority in the next draw.
#[utoipa::path(put, path = "/api/v1/ports/{port_id}/capacity/{date}", tag = "port console", security(("bearer" = [])),
    params(("port_id" = String, Path), ("date" = String, Path, format = Date)), request_body = CapacityChange,
    responses((status = 200, body = Report), (status = 404), (status = 422)))]
pub async fn put_capacity(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    ApiPath((port_id, date)): ApiPath<(String, NaiveDate)>,
    ApiJson(body): ApiJson<CapacityChange>,
) -> Result<Json<Report>> {
    let port = scope(&app, account, Some(&port_id))?;
    if body.slots.is_empty() {
        return Err(Error::field(
            "slots",
            garita_domain::validation::Problem::Required,
        ));
    }
    Ok(Json(
        capacity::set(&app, account, ctx.client_ip, port, date, &body.slots).await?,
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct UndoNoShow {
    /// Why the no-show is undone (e.g. "arrived 40 minutes late, bus delayed"); kept in the
    /// audit trail with the officer. At most 200 characters.
    pub reason: String,
}

/// Undo a no-show for a group that arrived late: the group is checked in (`arrived`) and its
/// request is as before the no-show (no waiting period). The appointment's own day only, at
/// the officer's own port; audited with the officer and the reason.
#[utoipa::path(post, path = "/api/v1/console/appointments/{id}/undo-no-show", tag = "port console", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = UndoNoShow,
    responses((status = 200, body = Decided, description = "The group's status now: arrived"),
              (status = 401), (status = 403, description = "Not staff, or another port's officer"),
              (status = 404),
              (status = 409, description = "not-a-no-show, or no-show-undo-too-late (not the appointment's day any more)", content_type = "application/problem+json"),
              (status = 422, description = "No reason, or a reason over 200 characters", content_type = "application/problem+json")))]
pub async fn undo_no_show(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<UndoNoShow>,
) -> Result<Json<Decided>> {
    super::undo_no_show(
        &app,
        account,
        ctx.client_ip,
        &id,
        &body.reason,
        app.clock.now(),
    )
    .await?;
    Ok(Json(Decided {
        status: garita_domain::checkin::PortStatus::Arrived
            .as_str()
            .to_string(),
    }))
}
