//! `/api/v1/appointment-requests` and `/api/v1/appointments/{id}/…`.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;

use super::{AppointmentView, RequestView, Status, Submission};
use crate::http::errors::Result;
use crate::http::forms::{ApiJson, ApiPath};
use crate::http::roles::Traveler;
use crate::state::AppState;
use utoipa_axum::{router::OpenApiRouter, routes};

/// The routes and their OpenAPI entries, declared once (from each handler's `utoipa::path`).
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(submit))
        .routes(routes!(current))
        .routes(routes!(confirm))
        .routes(routes!(cancel))
}

/// Ask for an appointment for the whole group (or replace the open request). Every member
/// needs a photo first (`PUT /api/v1/travelers/{id}/photo`). The location must be in the
/// eligible region; only the outcome and the state are kept.
#[utoipa::path(post, path = "/api/v1/appointment-requests", tag = "appointments", security(("bearer" = [])),
    request_body = Submission,
    responses((status = 201, body = RequestView),
              (status = 409, description = "An appointment is already offered or confirmed"),
              (status = 422, description = "Invalid ports or answers, missing photos, position imprecise or outside the region", content_type = "application/problem+json"),
              (status = 429, description = "Too many submissions; see Retry-After")))]
pub async fn submit(
    State(app): State<AppState>,
    account: Traveler,
    ApiJson(body): ApiJson<Submission>,
) -> Result<(StatusCode, Json<RequestView>)> {
    let view = super::submit(&app, account.id, &body, app.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// The group's request and its live appointment, if any.
#[utoipa::path(get, path = "/api/v1/appointment-requests/current", tag = "appointments", security(("bearer" = [])),
    responses((status = 200, body = Status), (status = 401), (status = 403)))]
pub async fn current(State(app): State<AppState>, account: Traveler) -> Result<Json<Status>> {
    Ok(Json(
        super::current(&app, account.id, app.clock.now()).await?,
    ))
}

/// Confirm an offered appointment before its deadline; each member gets a pass.
#[utoipa::path(post, path = "/api/v1/appointments/{id}/confirm", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = AppointmentView), (status = 404), (status = 409, description = "Not offered, already confirmed, or past the deadline")))]
pub async fn confirm(
    State(app): State<AppState>,
    account: Traveler,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<AppointmentView>> {
    Ok(Json(
        super::confirm(&app, account.id, &id, app.clock.now()).await?,
    ))
}

/// Decline an offer (the request waits for the next draw) or cancel a confirmed appointment.
#[utoipa::path(post, path = "/api/v1/appointments/{id}/cancel", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = AppointmentView), (status = 404), (status = 409, description = "Not offered or confirmed")))]
pub async fn cancel(
    State(app): State<AppState>,
    account: Traveler,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<AppointmentView>> {
    Ok(Json(
        super::cancel(&app, account.id, &id, app.clock.now()).await?,
    ))
}
