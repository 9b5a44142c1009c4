//! `/api/v1/accounts` and `/api/v1/sessions`.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{log_in, register, Registration};
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
}

#[derive(Serialize, ToSchema)]
pub struct AccountCreated {
    pub id: i64,
    pub role: String,
}

#[derive(Deserialize, ToSchema)]
pub struct Credentials {
    #[serde(default)]
    #[schema(required = true)]
    pub email: String,
    #[serde(default)]
    #[schema(required = true)]
    pub password: String,
}

#[derive(Serialize, ToSchema)]
pub struct SessionCreated {
    /// Send as `Authorization: Bearer <token>`.
    pub token: String,
    pub token_type: &'static str,
    /// Seconds of inactivity after which the token stops working.
    pub idle_timeout_secs: u64,
}

/// Register a traveler account.
#[utoipa::path(post, path = "/api/v1/accounts", tag = "accounts", request_body = Registration,
    responses((status = 201, body = AccountCreated), (status = 409, description = "E-mail already registered"),
              (status = 422, description = "Invalid e-mail or password", content_type = "application/problem+json"),
              (status = 429, description = "Too many registrations from this address")))]
pub async fn create_account(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<Registration>,
) -> Result<(StatusCode, Json<AccountCreated>)> {
    let id = register(&app, &body, ctx.client_ip, ctx.tr.code()).await?;
    Ok((
        StatusCode::CREATED,
        Json(AccountCreated {
            id,
            role: "traveler".into(),
        }),
    ))
}

/// Log in: exchange e-mail and password for a bearer token.
#[utoipa::path(post, path = "/api/v1/sessions", tag = "accounts", request_body = Credentials,
    responses((status = 201, body = SessionCreated), (status = 401, description = "Wrong e-mail or password"),
              (status = 429, description = "Too many failed attempts; see Retry-After")))]
pub async fn create_session(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<Credentials>,
) -> Result<(StatusCode, Json<SessionCreated>)> {
    let token = log_in(&app, &body.email, &body.password, ctx.client_ip).await?;
    Ok((
        StatusCode::CREATED,
        Json(SessionCreated {
            token,
            token_type: "Bearer",
            idle_timeout_secs: app.settings.session_idle.as_secs(),
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
