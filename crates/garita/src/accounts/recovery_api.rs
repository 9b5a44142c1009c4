//! The API of getting back in: verifying the address, password resets, changing the password
//! or the address. Answers a stranger can see never depend on whether an address has an
//! account.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::recovery;
use crate::http::context::Ctx;
use crate::http::errors::Result;
use crate::http::forms::ApiJson;
use crate::http::roles::{SignedIn, Traveler};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(verify_email))
        .routes(routes!(resend_verification))
        .routes(routes!(request_reset))
        .routes(routes!(complete_reset))
        .routes(routes!(change_password))
        .routes(routes!(request_email_change))
        .routes(routes!(complete_email_change))
}

/// The answer to a request whose outcome is told by e-mail only: the same whatever the
/// address (whether it has an account is never told here).
#[derive(Serialize, ToSchema)]
pub struct CheckEmail {
    /// Always `check-email`: what happens next arrives at the address.
    pub status: &'static str,
}

pub fn check_email() -> (StatusCode, Json<CheckEmail>) {
    (
        StatusCode::ACCEPTED,
        Json(CheckEmail {
            status: "check-email",
        }),
    )
}

/// A token from a link sent by e-mail (the last part of the link's path).
#[derive(Deserialize, ToSchema)]
pub struct LinkToken {
    #[serde(default)]
    #[schema(required = true)]
    pub token: String,
}

/// Verify the account's e-mail address with the token of the link sent to it.
#[utoipa::path(post, path = "/api/v1/email-verifications", tag = "accounts", request_body = LinkToken,
    responses((status = 204, description = "The address is verified"),
              (status = 409, description = "The link is unknown, expired or already used (`recovery-link-invalid`)", content_type = "application/problem+json"),
              (status = 422, description = "Malformed body", content_type = "application/problem+json")))]
pub async fn verify_email(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<LinkToken>,
) -> Result<StatusCode> {
    recovery::verify_email(&app, &body.token, ctx.client_ip).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Send the verification link again (nothing is sent when the address is already verified).
#[utoipa::path(post, path = "/api/v1/email-verifications/resend", tag = "accounts", security(("bearer" = [])),
    responses((status = 202, body = CheckEmail), (status = 401), (status = 403, description = "Not a traveler"),
              (status = 429, description = "Sent too often; see Retry-After")))]
pub async fn resend_verification(
    State(app): State<AppState>,
    Traveler(account): Traveler,
) -> Result<(StatusCode, Json<CheckEmail>)> {
    recovery::resend_verification(&app, account.id).await?;
    Ok(check_email())
}

#[derive(Deserialize, ToSchema)]
pub struct ResetRequest {
    #[serde(default)]
    #[schema(required = true, format = Email)]
    pub email: String,
}

/// Ask for a password-reset link. The answer is the same whether or not the address has an
/// account; only an address with one receives a link (valid 1 hour, once).
#[utoipa::path(post, path = "/api/v1/password-resets", tag = "accounts", request_body = ResetRequest,
    responses((status = 202, body = CheckEmail),
              (status = 422, description = "Not an e-mail address", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests from this client or for this address; see Retry-After")))]
pub async fn request_reset(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<ResetRequest>,
) -> Result<(StatusCode, Json<CheckEmail>)> {
    recovery::request_reset(&app, &body.email, ctx.client_ip).await?;
    Ok(check_email())
}

#[derive(Deserialize, ToSchema)]
pub struct ResetCompletion {
    #[serde(default)]
    #[schema(required = true)]
    pub token: String,
    #[serde(default)]
    #[schema(required = true, min_length = 15, max_length = 128)]
    pub password: String,
}

/// Choose a new password with a reset link's token. Every session of the account ends; the
/// second factor, if any, is still asked at the next sign-in.
#[utoipa::path(post, path = "/api/v1/password-resets/complete", tag = "accounts", request_body = ResetCompletion,
    responses((status = 204, description = "The password is changed"),
              (status = 409, description = "The link is unknown, expired or already used (`recovery-link-invalid`)", content_type = "application/problem+json"),
              (status = 422, description = "The password does not meet the policy", content_type = "application/problem+json"),
              (status = 429, description = "Busy; see Retry-After")))]
pub async fn complete_reset(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<ResetCompletion>,
) -> Result<StatusCode> {
    recovery::reset_password(&app, &body.token, &body.password, ctx.client_ip).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct PasswordChange {
    #[serde(default)]
    #[schema(required = true)]
    pub current_password: String,
    #[serde(default)]
    #[schema(required = true, min_length = 15, max_length = 128)]
    pub new_password: String,
}

/// Change the password: the current one first. Every other session ends (this one stays).
#[utoipa::path(put, path = "/api/v1/account/password", tag = "accounts", security(("bearer" = [])),
    request_body = PasswordChange,
    responses((status = 204, description = "The password is changed"),
              (status = 401, description = "Not signed in, or the current password is wrong (`bad-credentials`)", content_type = "application/problem+json"),
              (status = 422, description = "The new password does not meet the policy", content_type = "application/problem+json"),
              (status = 429, description = "Too many attempts; see Retry-After")))]
pub async fn change_password(
    State(app): State<AppState>,
    ctx: Ctx,
    SignedIn(account): SignedIn,
    ApiJson(body): ApiJson<PasswordChange>,
) -> Result<StatusCode> {
    recovery::change_password(
        &app,
        &account,
        &body.current_password,
        &body.new_password,
        ctx.client_ip,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct EmailChange {
    #[serde(default)]
    #[schema(required = true)]
    pub password: String,
    #[serde(default)]
    #[schema(required = true, format = Email)]
    pub new_email: String,
}

/// Change the e-mail address: the password first, then a link goes to the new address (valid
/// 24 hours). The answer is the same when the new address already has an account (that
/// account is told instead).
#[utoipa::path(post, path = "/api/v1/email-changes", tag = "accounts", security(("bearer" = [])),
    request_body = EmailChange,
    responses((status = 202, body = CheckEmail),
              (status = 401, description = "Not signed in, or the password is wrong (`bad-credentials`)", content_type = "application/problem+json"),
              (status = 422, description = "Not an e-mail address", content_type = "application/problem+json"),
              (status = 429, description = "Too many attempts; see Retry-After")))]
pub async fn request_email_change(
    State(app): State<AppState>,
    ctx: Ctx,
    SignedIn(account): SignedIn,
    ApiJson(body): ApiJson<EmailChange>,
) -> Result<(StatusCode, Json<CheckEmail>)> {
    recovery::request_email_change(
        &app,
        &account,
        &body.password,
        &body.new_email,
        ctx.client_ip,
    )
    .await?;
    Ok(check_email())
}

/// Confirm a new address with the token of the link sent to it; the old address is told.
#[utoipa::path(post, path = "/api/v1/email-changes/complete", tag = "accounts", request_body = LinkToken,
    responses((status = 204, description = "The account now uses the new address"),
              (status = 409, description = "The link is unknown, expired or already used, or the address was taken meanwhile (`recovery-link-invalid`)", content_type = "application/problem+json"),
              (status = 422, description = "Malformed body", content_type = "application/problem+json")))]
pub async fn complete_email_change(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<LinkToken>,
) -> Result<StatusCode> {
    recovery::confirm_email_change(&app, &body.token, ctx.client_ip).await?;
    Ok(StatusCode::NO_CONTENT)
}
