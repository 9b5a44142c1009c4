//! `/api/v1/appointment-requests` and `/api/v1/appointments/{id}/…`.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;

use super::{AppointmentView, RequestView, Status, Submission};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
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
              (status = 409, description = "An appointment is already offered or confirmed, or the account's e-mail address is not verified yet (`email-not-verified`)", content_type = "application/problem+json"),
              (status = 422, description = "Invalid ports or answers, missing photos, position imprecise or outside the region", content_type = "application/problem+json"),
              (status = 429, description = "Too many submissions; see Retry-After")))]
pub async fn submit(
    State(app): State<AppState>,
    account: Traveler,
    ctx: Ctx,
    ApiJson(body): ApiJson<Submission>,
) -> Result<(StatusCode, Json<RequestView>)> {
    let by = crate::policies::Writer {
        account: &account,
        ip: ctx.client_ip,
    };
    let view = super::submit_by(&app, by, &body, app.clock.now()).await?;
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

/// Where the traveler is when confirming (the same shape as a request's `location`).
#[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct ConfirmBody {
    /// Required when the policy the appointment was drawn under re-checks the location at
    /// confirmation (`recheck_location_at_confirmation`); ignored otherwise. Not stored.
    #[serde(default)]
    pub location: Option<super::Location>,
}

/// Confirm an offered appointment before its deadline; each member gets a pass. Under a
/// policy that re-checks the location at confirmation (CBP's presets), the body must carry
/// the position, which must be in the region as a request's must.
#[utoipa::path(post, path = "/api/v1/appointments/{id}/confirm", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body(content = Option<ConfirmBody>, description = "`{\"location\": {…}}` when the policy re-checks the location"),
    responses((status = 200, body = AppointmentView),
              (status = 400, description = "Malformed body", content_type = "application/problem+json"),
              (status = 401), (status = 403), (status = 404),
              (status = 409, description = "Not offered, already confirmed, past the deadline, or the position is outside the region under a rule of the policy (`region-south-of-latitude`…)", content_type = "application/problem+json"),
              (status = 422, description = "The policy re-checks the location and none was given (`location-missing`), or it is invalid, imprecise, in the United States or outside the region", content_type = "application/problem+json")))]
pub async fn confirm(
    State(app): State<AppState>,
    account: Traveler,
    ApiPath(id): ApiPath<String>,
    body: axum::body::Bytes,
) -> Result<Json<AppointmentView>> {
    // The body is optional (only a policy that re-checks the location needs one).
    let body: ConfirmBody = if body.iter().all(u8::is_ascii_whitespace) {
        ConfirmBody::default()
    } else {
        serde_json::from_slice::<Option<ConfirmBody>>(&body)
            .map_err(|_| Error::BadRequest("malformed-json"))?
            .unwrap_or_default()
    };
    if let Some(policy) = crate::policies::recheck_policy(&app, account.id, &id).await? {
        crate::policies::recheck_location(
            &app,
            account.id,
            &policy.policy,
            body.location.map(Into::into),
        )
        .await?;
    }
    Ok(Json(
        super::confirm(&app, account.id, &id, app.clock.now()).await?,
    ))
}

/// Whether the caller means to give the appointment up.
#[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct CancelBody {
    /// Must be `true` to cancel a **confirmed** appointment; without it nothing changes and
    /// the answer is 409 `cancel-confirmation-required`, naming what would be lost.
    #[serde(default)]
    pub confirm: bool,
}

/// Decline an offer or cancel a confirmed appointment. What each destroys:
///
/// * **Declining an offer** (status `offered`): the offered places go back to the slot for
///   others; no pass existed yet. The request stays open for the next draw and keeps the day
///   it was first made, so its waiting time (which weighs in the draw) is kept. `confirm` is
///   not needed.
/// * **Cancelling a confirmed appointment** (status `confirmed`): the places go back to the
///   slot and every member's pass stops being valid at once; the request closes, and asking
///   again starts the waiting time over. This requires `{"confirm": true}`: without it nothing
///   changes and the answer is 409 with the problem code `cancel-confirmation-required`, whose
///   detail names the appointment, the places and the waiting time that would be lost.
///
/// Afterwards `GET /api/v1/appointment-requests/current` carries the `notice` (`declined`,
/// `cancelled`) and the request's real `next_draw`.
#[utoipa::path(post, path = "/api/v1/appointments/{id}/cancel", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body(content = Option<CancelBody>, description = "`{\"confirm\": true}` to cancel a confirmed appointment"),
    responses((status = 200, body = AppointmentView),
              (status = 400, description = "Malformed body", content_type = "application/problem+json"),
              (status = 401), (status = 403), (status = 404),
              (status = 409, description = "Not offered or confirmed (appointment-not-live), or a confirmed appointment without `confirm: true` (cancel-confirmation-required: nothing changed; the detail says what would be lost)", content_type = "application/problem+json")))]
pub async fn cancel(
    State(app): State<AppState>,
    account: Traveler,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    body: axum::body::Bytes,
) -> Result<Json<AppointmentView>> {
    // The body is optional (declining needs none); when present it must be the JSON above.
    let confirmed = if body.iter().all(u8::is_ascii_whitespace) {
        false
    } else {
        // `null` is the document's "no body" (the body is `Option<CancelBody>`).
        serde_json::from_slice::<Option<CancelBody>>(&body)
            .map_err(|_| Error::BadRequest("malformed-json"))?
            .unwrap_or_default()
            .confirm
    };
    if !confirmed {
        let (appointment, loss) = super::loss_of(&app, account.id, &id).await?;
        if loss == super::Loss::Cancel {
            let port = app
                .ports
                .iter()
                .find(|p| p.id == appointment.port_id)
                .map(|p| p.name.clone())
                .unwrap_or_else(|| appointment.port_id.clone());
            return Err(Error::Refused(
                "cancel-confirmation-required",
                vec![
                    ("date", ctx.tr.date(appointment.day)),
                    ("time", appointment.start_time.clone()),
                    ("port", port),
                    ("count", appointment.size.to_string()),
                ],
            ));
        }
    }
    Ok(Json(
        super::cancel(&app, account.id, &id, app.clock.now()).await?,
    ))
}
