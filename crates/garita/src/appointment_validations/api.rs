//! `POST /api/v1/appointment-validations` (a partner agency's member: yes or no) and
//! `POST /api/v1/appointment-validations/unlock` (an officer or administrator lifts a code's lock).
//! Codes travel in bodies, never in paths, so they stay out of URLs and access logs.

use axum::extract::State;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::PartnerAgent;
use crate::http::context::Ctx;
use crate::http::errors::Result;
use crate::http::forms::ApiJson;
use crate::http::roles::Staff;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(validate))
        .routes(routes!(unlock))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct ValidationRequest {
    /// The pass code as printed (spaces, dashes and case do not count; O reads as 0, I and L as 1).
    #[serde(default)]
    pub code: String,
    /// The person's date of birth, YYYY-MM-DD.
    #[serde(default)]
    pub date_of_birth: String,
}

/// The whole answer: nothing says why a "no" is a no.
#[derive(Serialize, ToSchema)]
pub struct ValidationAnswer {
    /// True only for a confirmed appointment, not yet used or missed, on its day or later, of
    /// the person born on that date.
    pub valid: bool,
}

/// Is this person's appointment valid? A partner agency's member (approved organisation, second
/// factor), or one of its API keys holding `appointments:validate`, sends a pass code and a date
/// of birth and gets yes or no. A wrong code, a wrong date,
/// a cancelled or past appointment all answer the same `{"valid": false}`. After 5 wrong dates
/// of birth in 24 hours a code answers no until unlocked or the 24 hours pass. Audited.
#[utoipa::path(post, path = "/api/v1/appointment-validations", tag = "partner agencies", security(("bearer" = [])),
    request_body = ValidationRequest,
    responses((status = 200, body = ValidationAnswer),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a member (or a key with appointments:validate) of an approved partner agency", content_type = "application/problem+json"),
              (status = 422, description = "A code or date of birth missing or not valid", content_type = "application/problem+json"),
              (status = 429, description = "Too many checks by this account; see Retry-After", content_type = "application/problem+json")))]
pub async fn validate(
    State(app): State<AppState>,
    agent: PartnerAgent,
    ctx: Ctx,
    ApiJson(body): ApiJson<ValidationRequest>,
) -> Result<Json<ValidationAnswer>> {
    let valid = super::check(&app, &agent, ctx.client_ip, &body.code, &body.date_of_birth).await?;
    Ok(Json(ValidationAnswer { valid }))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct UnlockRequest {
    /// The pass code whose lock to lift.
    #[serde(default)]
    pub code: String,
}

#[derive(Serialize, ToSchema)]
pub struct UnlockAnswer {
    /// Whether the code was locked (its wrong attempts are forgotten either way).
    pub was_locked: bool,
}

/// Lift the lock a pass code got from wrong dates of birth: an administrator, or an officer of
/// the pass's port (for an officer, another port's pass is not found). Audited.
#[utoipa::path(post, path = "/api/v1/appointment-validations/unlock", tag = "partner agencies", security(("bearer" = [])),
    request_body = UnlockRequest,
    responses((status = 200, body = UnlockAnswer),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an officer or administrator", content_type = "application/problem+json"),
              (status = 404, description = "No such pass at the officer's port", content_type = "application/problem+json"),
              (status = 422, description = "No code", content_type = "application/problem+json")))]
pub async fn unlock(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    ApiJson(body): ApiJson<UnlockRequest>,
) -> Result<Json<UnlockAnswer>> {
    let was_locked = super::unlock(&app, account, ctx.client_ip, &body.code).await?;
    Ok(Json(UnlockAnswer { was_locked }))
}
