//! Policies over the API: the public history and the policy in force, and scheduling a new
//! one (admins).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{AddError, Stored};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::ApiJson;
use crate::http::roles::Admin;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, schedule))
        .routes(routes!(current))
}

/// A policy as published: what it is called, from which draw day it applies, its digest and
/// its full text (TOML, docs/policies.md).
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = PolicyRecord)]
pub struct PolicyView {
    pub id: i64,
    pub name: String,
    #[schema(value_type = String, format = Date)]
    pub effective_from: NaiveDate,
    /// Hex SHA-256 of the canonical text.
    pub digest: String,
    /// The first draw that used it (it can no longer change), if any.
    #[schema(value_type = Option<String>, format = Date)]
    #[schema(required = true)]
    pub first_used_by_draw: Option<NaiveDate>,
    pub text: String,
    /// The same policy as JSON (its canonical form).
    #[schema(value_type = Object)]
    pub policy: serde_json::Value,
}

impl PolicyView {
    pub fn of(p: &Stored) -> PolicyView {
        PolicyView {
            id: p.id,
            name: p.name.clone(),
            effective_from: p.effective_from,
            digest: p.digest.clone(),
            first_used_by_draw: p.first_used_by_draw,
            text: p.text.clone(),
            policy: serde_json::from_str(&p.policy.canonical()).unwrap_or_default(),
        }
    }
}

/// Every policy, oldest first: the rules that applied to each day's draw.
#[utoipa::path(get, path = "/api/v1/policies", tag = "policies",
    responses((status = 200, body = [PolicyView])))]
pub async fn list(State(app): State<AppState>) -> Result<Json<Vec<PolicyView>>> {
    let h = super::history(&app).await?;
    Ok(Json(h.iter().map(|p| PolicyView::of(p)).collect()))
}

/// The policy in force: that of the draw a request made now would join.
#[utoipa::path(get, path = "/api/v1/policies/current", tag = "policies",
    responses((status = 200, body = PolicyView)))]
pub async fn current(State(app): State<AppState>) -> Result<Json<PolicyView>> {
    let p = super::current(&app, app.clock.now()).await?;
    Ok(Json(PolicyView::of(&p)))
}

/// A policy to schedule.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewPolicy {
    /// The policy (TOML).
    pub text: String,
    /// The first draw day it applies to (no draw on or after it may have run).
    #[schema(value_type = String, format = Date)]
    pub effective_from: NaiveDate,
}

/// Schedules a policy from a day on (admins). Invalid text (`policy-invalid`, naming the field)
/// or a day whose draw has run (`policy-day-drawn`): 409, nothing saved, the policy in force
/// stays.
#[utoipa::path(post, path = "/api/v1/policies", tag = "policies", security(("bearer" = [])),
    request_body = NewPolicy,
    responses((status = 201, body = PolicyView),
              (status = 409, description = "policy-invalid (the message names the field) or policy-day-drawn (a draw on or after that day has run)")))]
pub async fn schedule(
    State(app): State<AppState>,
    admin: Admin,
    ctx: Ctx,
    ApiJson(body): ApiJson<NewPolicy>,
) -> Result<(StatusCode, Json<PolicyView>)> {
    let stored = schedule_from(&app, &admin, &ctx, &body.text, body.effective_from).await?;
    Ok((StatusCode::CREATED, Json(PolicyView::of(&stored))))
}

/// Adds a policy for an admin (API and page alike), emptying the cache.
pub(super) async fn schedule_from(
    app: &AppState,
    admin: &Admin,
    ctx: &Ctx,
    text: &str,
    from: NaiveDate,
) -> Result<Stored> {
    let added = super::add(
        &app.db,
        &app.catalogs,
        text,
        from,
        Some(&admin.0),
        Some(ctx.client_ip),
        app.clock.now(),
    )
    .await;
    app.policies.invalidate();
    added.map_err(|e| match e {
        AddError::Invalid(e) => super::invalid(&ctx.tr, &e),
        AddError::AlreadyDrawn(day) => {
            Error::Refused("policy-day-drawn", vec![("date", day.to_string())])
        }
        AddError::Storage(e) => e,
    })
}
