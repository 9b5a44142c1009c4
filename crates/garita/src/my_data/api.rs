//! `/api/v1/me…`: re-authenticate, download everything held on the account, delete it.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::Export;
use crate::http::context::Ctx;
use crate::http::errors::Result;
use crate::http::forms::ApiJson;
use crate::http::roles::Traveler;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(reauthenticate))
        .routes(routes!(data))
        .routes(routes!(delete_account))
}

/// The password again, and the second factor's code if one is enrolled.
#[derive(Debug, Deserialize, ToSchema)]
pub struct Reauthentication {
    pub password: String,
    /// The authenticator's code (or a recovery code); needed only with a second factor.
    pub code: Option<String>,
}

/// Give the password (and code) again: opens the data export and deletion for this session
/// for ten minutes.
#[utoipa::path(post, path = "/api/v1/me/reauthentication", tag = "my-data", security(("bearer" = [])),
    request_body = Reauthentication,
    responses((status = 204, description = "Open for ten minutes"), (status = 401, description = "Wrong password or code", content_type = "application/problem+json"),
              (status = 403), (status = 422, description = "Malformed body", content_type = "application/problem+json"),
              (status = 429, description = "Too many failed attempts; see Retry-After")))]
pub async fn reauthenticate(
    State(app): State<AppState>,
    ctx: Ctx,
    Traveler(account): Traveler,
    ApiJson(body): ApiJson<Reauthentication>,
) -> Result<StatusCode> {
    super::reauthenticate(
        &app,
        &account,
        &body.password,
        body.code.as_deref(),
        ctx.client_ip,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Everything Garita holds on the account (members decrypted, photos as base64 JPEG), and who
/// viewed it (role, port, time). Needs a re-authentication in the last ten minutes.
#[utoipa::path(get, path = "/api/v1/me/data", tag = "my-data", security(("bearer" = [])),
    responses((status = 200, body = Export), (status = 401), (status = 403),
              (status = 409, description = "Re-authenticate first (`reauthentication-required`)", content_type = "application/problem+json")))]
pub async fn data(
    State(app): State<AppState>,
    ctx: Ctx,
    Traveler(account): Traveler,
) -> Result<Json<Export>> {
    super::require_reauthentication(&app, &account).await?;
    Ok(Json(super::export(&app, &account, ctx.client_ip).await?))
}

/// Delete the account: the password (and code) in the body; the live appointment is voided,
/// every session ends and the account's personal data is erased.
#[utoipa::path(delete, path = "/api/v1/me", tag = "my-data", security(("bearer" = [])),
    request_body = Reauthentication,
    responses((status = 204, description = "Deleted"), (status = 401, description = "Wrong password or code", content_type = "application/problem+json"),
              (status = 403), (status = 422, description = "Malformed body", content_type = "application/problem+json"),
              (status = 429, description = "Too many failed attempts; see Retry-After")))]
pub async fn delete_account(
    State(app): State<AppState>,
    ctx: Ctx,
    Traveler(account): Traveler,
    ApiJson(body): ApiJson<Reauthentication>,
) -> Result<StatusCode> {
    super::reauthenticate(
        &app,
        &account,
        &body.password,
        body.code.as_deref(),
        ctx.client_ip,
    )
    .await?;
    super::delete(&app, &account, ctx.client_ip).await?;
    Ok(StatusCode::NO_CONTENT)
}
