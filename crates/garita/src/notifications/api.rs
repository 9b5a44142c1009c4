//! `/api/v1/notifications…`: what was sent to the traveler, the channels chosen, and the SMS
//! number's verification.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{Channels, SentView};
use crate::http::context::Ctx;
use crate::http::errors::Result;
use crate::http::forms::ApiJson;
use crate::http::roles::Traveler;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(sent))
        .routes(routes!(get_channels, put_channels))
        .routes(routes!(sms_number))
        .routes(routes!(sms_verify))
}

/// What was sent to the traveler (kind, channel, time, status; never the body), newest first.
#[utoipa::path(get, path = "/api/v1/notifications", tag = "notifications", security(("bearer" = [])),
    responses((status = 200, body = Vec<SentView>), (status = 401), (status = 403)))]
pub async fn sent(State(app): State<AppState>, account: Traveler) -> Result<Json<Vec<SentView>>> {
    Ok(Json(super::sent_to(&app, account.id, 100).await?))
}

/// The channels the traveler is told on.
#[utoipa::path(get, path = "/api/v1/notifications/channels", tag = "notifications", security(("bearer" = [])),
    responses((status = 200, body = Channels), (status = 401), (status = 403)))]
pub async fn get_channels(
    State(app): State<AppState>,
    account: Traveler,
) -> Result<Json<Channels>> {
    Ok(Json(super::channels(&app, account.id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ChannelsChange {
    pub email: Option<bool>,
    /// Turning SMS on needs a verified number (otherwise it stays off).
    pub sms: Option<bool>,
}

/// Choose the channels. SMS stays off until a number is verified.
#[utoipa::path(put, path = "/api/v1/notifications/channels", tag = "notifications", security(("bearer" = [])),
    request_body = ChannelsChange,
    responses((status = 200, body = Channels), (status = 401), (status = 403),
              (status = 422, description = "Malformed body", content_type = "application/problem+json")))]
pub async fn put_channels(
    State(app): State<AppState>,
    account: Traveler,
    ApiJson(body): ApiJson<ChannelsChange>,
) -> Result<Json<Channels>> {
    let mut tx = app.db.begin().await?;
    super::set_channels(
        &mut tx,
        account.id,
        body.email,
        body.sms,
        app.clock.timestamp(),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(super::channels(&app, account.id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SmsNumber {
    /// E.164, e.g. +525512345678.
    pub number: String,
}

/// Store a phone number for SMS and send it a one-time code (SMS must be offered here).
#[utoipa::path(post, path = "/api/v1/notifications/sms-number", tag = "notifications", security(("bearer" = [])),
    request_body = SmsNumber,
    responses((status = 202, description = "Code sent"), (status = 401), (status = 403),
              (status = 409, description = "SMS is not offered by this service"),
              (status = 422, description = "Not a number in E.164 form", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests")))]
pub async fn sms_number(
    State(app): State<AppState>,
    ctx: Ctx,
    account: Traveler,
    ApiJson(body): ApiJson<SmsNumber>,
) -> Result<StatusCode> {
    super::sms::start_verification(&app, &account, ctx.client_ip, &body.number).await?;
    Ok(StatusCode::ACCEPTED)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SmsCode {
    pub code: String,
}

/// Verify the number with the code it received; SMS is then turned on.
#[utoipa::path(post, path = "/api/v1/notifications/sms-number/verify", tag = "notifications", security(("bearer" = [])),
    request_body = SmsCode,
    responses((status = 200, body = Channels), (status = 401), (status = 403),
              (status = 409, description = "Wrong or expired code, or too many tries"),
              (status = 422, description = "Malformed body", content_type = "application/problem+json")))]
pub async fn sms_verify(
    State(app): State<AppState>,
    ctx: Ctx,
    account: Traveler,
    ApiJson(body): ApiJson<SmsCode>,
) -> Result<Json<Channels>> {
    super::sms::confirm_verification(&app, &account, ctx.client_ip, &body.code).await?;
    Ok(Json(super::channels(&app, account.id).await?))
}
