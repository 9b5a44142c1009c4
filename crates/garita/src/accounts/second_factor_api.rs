//! `/api/v1/account/second-factor` (the holder's own factor) and
//! `/api/v1/accounts/{id}/second-factor` (an administrator resets a lost one).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::second_factor::{self as factor, Status};
use crate::http::context::Ctx;
use crate::http::errors::Result;
use crate::http::forms::{ApiJson, ApiPath};
use crate::http::roles::{Admin, SignedIn, Traveler};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_status, begin))
        .routes(routes!(confirm))
        .routes(routes!(disable))
        .routes(routes!(reset))
}

/// A factor being set up: add it to an authenticator app, then confirm with a code.
#[derive(Serialize, ToSchema)]
#[schema(as = SecondFactorSetup)]
pub struct Setup {
    /// The secret in base32 (RFC 4648), for typing into an app by hand.
    pub secret: String,
    /// The key URI apps scan (`otpauth://totp/Garita:…`).
    pub otpauth_uri: String,
}

#[derive(Deserialize, ToSchema)]
#[schema(as = SecondFactorCode)]
pub struct CodeBody {
    /// Six digits from the app (spaces ignored).
    #[serde(default)]
    #[schema(required = true)]
    pub code: String,
}

#[derive(Serialize, ToSchema)]
#[schema(as = SecondFactorRecoveryCodes)]
pub struct RecoveryCodes {
    /// Each works once instead of a code. Shown only now: keep them somewhere safe.
    pub recovery_codes: Vec<String>,
}

#[derive(Deserialize, ToSchema)]
#[schema(as = SecondFactorDisable)]
pub struct DisableBody {
    #[serde(default)]
    #[schema(required = true)]
    pub password: String,
    /// A code from the app, or a recovery code.
    #[serde(default)]
    #[schema(required = true)]
    pub code: String,
}

/// Whether the caller has a second factor, must have one, and how many recovery codes are left.
#[utoipa::path(get, path = "/api/v1/account/second-factor", tag = "accounts",
    responses((status = 200, body = Status), (status = 401, description = "Not signed in")),
    security(("bearer" = [])))]
pub async fn get_status(
    State(app): State<AppState>,
    SignedIn(a): SignedIn,
) -> Result<Json<Status>> {
    Ok(Json(factor::status(&app, a.id).await?))
}

/// Begin setting up a second factor (the same secret until it is confirmed).
#[utoipa::path(post, path = "/api/v1/account/second-factor", tag = "accounts",
    responses((status = 201, body = Setup), (status = 401, description = "Not signed in"),
              (status = 409, description = "A second factor is already set up (`second-factor-enrolled`)",
               content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub async fn begin(
    State(app): State<AppState>,
    SignedIn(a): SignedIn,
) -> Result<(StatusCode, Json<Setup>)> {
    let secret = factor::begin_enrolment(&app, a.id).await?;
    Ok((
        StatusCode::CREATED,
        Json(Setup {
            secret: garita_domain::second_factor::base32_encode(&secret),
            otpauth_uri: factor::otpauth_uri(&app, a.id, &secret).await?,
        }),
    ))
}

/// Confirm the factor being set up with a code from the app; returns the recovery codes once.
#[utoipa::path(post, path = "/api/v1/account/second-factor/confirm", tag = "accounts",
    request_body = CodeBody,
    responses((status = 200, body = RecoveryCodes),
              (status = 401, description = "Not signed in, or the code is wrong (`second-factor-code-wrong`)",
               content_type = "application/problem+json"),
              (status = 409, description = "Nothing being set up, or already confirmed",
               content_type = "application/problem+json"),
              (status = 422, description = "Malformed body", content_type = "application/problem+json"),
              (status = 429, description = "Too many codes tried; see Retry-After")),
    security(("bearer" = [])))]
pub async fn confirm(
    State(app): State<AppState>,
    SignedIn(a): SignedIn,
    ctx: Ctx,
    ApiJson(body): ApiJson<CodeBody>,
) -> Result<Json<RecoveryCodes>> {
    let recovery_codes = factor::confirm_enrolment(&app, &a, &body.code, ctx.client_ip).await?;
    Ok(Json(RecoveryCodes { recovery_codes }))
}

/// A traveler turns their second factor off (password and a code again). Staff must keep theirs.
#[utoipa::path(post, path = "/api/v1/account/second-factor/disable", tag = "accounts",
    request_body = DisableBody,
    responses((status = 204),
              (status = 401, description = "Not signed in, wrong password (`bad-credentials`) or wrong code (`second-factor-code-wrong`)",
               content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler: staff must keep a second factor"),
              (status = 404, description = "No second factor to turn off"),
              (status = 422, description = "Malformed body", content_type = "application/problem+json"),
              (status = 429, description = "Too many attempts; see Retry-After")),
    security(("bearer" = [])))]
pub async fn disable(
    State(app): State<AppState>,
    Traveler(a): Traveler,
    ctx: Ctx,
    ApiJson(body): ApiJson<DisableBody>,
) -> Result<StatusCode> {
    factor::disable(&app, &a, &body.password, &body.code, ctx.client_ip).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct AccountPath {
    /// The account whose factor is reset.
    pub id: i64,
}

/// An administrator resets a person's lost second factor: removed with its recovery codes,
/// the person's sessions ended, audited, and the person told by e-mail.
#[utoipa::path(delete, path = "/api/v1/accounts/{id}/second-factor", tag = "accounts",
    params(AccountPath),
    responses((status = 204),
              (status = 400, description = "Malformed account id", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in"),
              (status = 403, description = "Not an administrator"),
              (status = 404, description = "No such account, or it has no second factor")),
    security(("bearer" = [])))]
pub async fn reset(
    State(app): State<AppState>,
    Admin(admin): Admin,
    ctx: Ctx,
    ApiPath(path): ApiPath<AccountPath>,
) -> Result<StatusCode> {
    factor::reset(&app, &admin, path.id, ctx.client_ip).await?;
    Ok(StatusCode::NO_CONTENT)
}
