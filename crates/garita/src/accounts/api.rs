//! `/api/v1/accounts` and `/api/v1/sessions`.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{register, Registration};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::ApiJson;
use crate::http::session as sessions;
use crate::state::AppState;
use utoipa_axum::{router::OpenApiRouter, routes};

/// The routes and their OpenAPI entries, declared once (from each handler's `utoipa::path`).
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_account))
        .routes(routes!(create_session))
        .routes(routes!(end_session))
        .merge(super::second_factor_api::router())
        .merge(super::recovery_api::router())
}

#[derive(Deserialize, ToSchema)]
pub struct Credentials {
    #[serde(default)]
    #[schema(required = true)]
    pub email: String,
    #[serde(default)]
    #[schema(required = true)]
    pub password: String,
    /// The code from the authenticator app (or a recovery code): required when the account
    /// has a second factor, and every account but a traveler's must have one.
    #[serde(default)]
    pub code: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SessionCreated {
    /// Send as `Authorization: Bearer <token>`.
    pub token: String,
    pub token_type: &'static str,
    /// Seconds of inactivity after which the token stops working.
    pub idle_timeout_secs: u64,
    /// The password is shorter than today's minimum (accounts made before it): change it
    /// with `PUT /api/v1/account/password`.
    pub password_change_required: bool,
}

/// Register a traveler account. The answer is the same whether or not the address already has
/// an account: a new address receives a link to verify it (needed before asking for an
/// appointment), an address with an account is told someone tried to register with it.
#[utoipa::path(post, path = "/api/v1/accounts", tag = "accounts", request_body = Registration,
    responses((status = 202, body = super::recovery_api::CheckEmail),
              (status = 422, description = "Invalid e-mail or password", content_type = "application/problem+json"),
              (status = 429, description = "Too many registrations from this address")))]
pub async fn create_account(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<Registration>,
) -> Result<(StatusCode, Json<super::recovery_api::CheckEmail>)> {
    register(&app, &body, ctx.client_ip, ctx.tr.code()).await?;
    Ok(super::recovery_api::check_email())
}

/// Log in: exchange e-mail and password for a bearer token.
#[utoipa::path(post, path = "/api/v1/sessions", tag = "accounts", request_body = Credentials,
    responses((status = 201, body = SessionCreated),
              (status = 401, description = "Wrong e-mail or password (`bad-credentials`); a code is needed (`second-factor-required`: \
                 the account has a second factor, or is staff without one yet, who set it up by signing in on the web); \
                 or the code is wrong or already used (`second-factor-code-wrong`)", content_type = "application/problem+json"),
              (status = 422, description = "Malformed body", content_type = "application/problem+json"),
              (status = 429, description = "Too many failed attempts; see Retry-After")))]
pub async fn create_session(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<Credentials>,
) -> Result<(StatusCode, Json<SessionCreated>)> {
    let token = super::second_factor::log_in_with_code(
        &app,
        &body.email,
        &body.password,
        body.code.as_deref(),
        ctx.client_ip,
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(SessionCreated {
            token,
            token_type: "Bearer",
            idle_timeout_secs: app.settings.session_idle.as_secs(),
            password_change_required: super::recovery::too_short(&body.password),
        }),
    ))
}

/// Log out: the bearer token stops working.
#[utoipa::path(delete, path = "/api/v1/sessions/current", tag = "accounts",
    responses((status = 204), (status = 401)), security(("bearer" = [])))]
pub async fn end_session(State(app): State<AppState>, ctx: Ctx) -> Result<StatusCode> {
    let account = ctx.account().ok_or(match ctx.caller {
        crate::http::context::Caller::Expired => Error::SessionExpired,
        _ => Error::LoginRequired,
    })?;
    sessions::end(&app, &account.session_hash).await?;
    Ok(StatusCode::NO_CONTENT)
}
