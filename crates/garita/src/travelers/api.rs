//! `/api/v1/travelers`: the caller's own group.

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use garita_domain::travelers::MemberInput;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::Traveler;
use crate::http::errors::Result;
use crate::http::forms::{ApiJson, ApiPath};
use crate::http::roles;
use crate::state::AppState;
use utoipa_axum::{router::OpenApiRouter, routes};

/// The routes and their OpenAPI entries, declared once (from each handler's `utoipa::path`).
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(show, edit, remove))
}

#[derive(Serialize, ToSchema)]
pub struct TravelerList {
    pub travelers: Vec<Traveler>,
    pub max_group_size: usize,
}

/// A member as submitted. Dates are `YYYY-MM-DD`; `document_type` is one of passport,
/// national-id, birth-certificate, other; `contact` is a phone number or an e-mail address.
#[derive(Deserialize, Serialize, ToSchema, Default)]
pub struct TravelerInput {
    pub full_name: Option<String>,
    pub date_of_birth: Option<String>,
    pub citizenship: Option<String>,
    pub language: Option<String>,
    pub document_type: Option<String>,
    pub document_number: Option<String>,
    pub contact: Option<String>,
}

impl TravelerInput {
    /// Fields present here replace those of `base`.
    fn over(self, base: MemberInput) -> MemberInput {
        super::pages::typed_digits(MemberInput {
            full_name: self.full_name.unwrap_or(base.full_name),
            date_of_birth: self.date_of_birth.unwrap_or(base.date_of_birth),
            citizenship: self.citizenship.unwrap_or(base.citizenship),
            language: self.language.unwrap_or(base.language),
            document_type: self.document_type.unwrap_or(base.document_type),
            document_number: self.document_number.unwrap_or(base.document_number),
            contact: self.contact.unwrap_or(base.contact),
        })
    }
}

/// The members of the caller's group, holder first.
#[utoipa::path(get, path = "/api/v1/travelers", tag = "travelers", security(("bearer" = [])),
    responses((status = 200, body = TravelerList), (status = 401), (status = 403)))]
pub async fn list(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
) -> Result<Json<TravelerList>> {
    Ok(Json(TravelerList {
        travelers: super::list(&app, account.id).await?,
        max_group_size: garita_domain::travelers::MAX_GROUP_SIZE,
    }))
}

/// Add a member (the first one added is the account holder). Send an `Idempotency-Key` header
/// so that a retry after a lost answer does not add the member twice.
///
/// **After selection this voids the group's appointment** (offered or confirmed): passes are
/// made for the group's members, so the appointment ends, every pass stops being valid and the
/// places go back to the slot. The request returns to the next draw and keeps its waiting
/// time (the day it was first made); `GET /api/v1/appointment-requests/current` then carries
/// the notice `voided`. Check `appointment` there first; the web pages ask for confirmation.
#[utoipa::path(post, path = "/api/v1/travelers", tag = "travelers", security(("bearer" = [])), request_body = TravelerInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "8 to 100 printable characters naming this submission")),
    responses((status = 201, body = Traveler), (status = 409, description = "The group already has 11 people"),
              (status = 422, description = "A field is invalid", content_type = "application/problem+json")))]
pub async fn create(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
    headers: HeaderMap,
    ApiJson(body): ApiJson<TravelerInput>,
) -> Result<Response> {
    let key = headers.get("idempotency-key").and_then(|v| v.to_str().ok());
    let input = body.over(MemberInput::default());
    let traveler = super::add(&app, account.id, &input, key, None).await?;
    let location = format!("/api/v1/travelers/{}", traveler.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(traveler),
    )
        .into_response())
}

/// One member of the caller's group; another account's member is 404.
#[utoipa::path(get, path = "/api/v1/travelers/{id}", tag = "travelers", security(("bearer" = [])),
    params(("id" = String, Path)), responses((status = 200, body = Traveler), (status = 404)))]
pub async fn show(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Traveler>> {
    Ok(Json(super::get(&app, account.id, &id).await?))
}

/// Change some fields of a member; the others stay.
/// Sending the same values is not a change.
///
/// **After selection this voids the group's appointment** (offered or confirmed): passes are
/// made for the group's members, so the appointment ends, every pass stops being valid and the
/// places go back to the slot. The request returns to the next draw and keeps its waiting
/// time (the day it was first made); `GET /api/v1/appointment-requests/current` then carries
/// the notice `voided`. Check `appointment` there first; the web pages ask for confirmation.
#[utoipa::path(patch, path = "/api/v1/travelers/{id}", tag = "travelers", security(("bearer" = [])), request_body = TravelerInput,
    params(("id" = String, Path)), responses((status = 200, body = Traveler), (status = 404), (status = 422)))]
pub async fn edit(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<TravelerInput>,
) -> Result<Json<Traveler>> {
    let current = super::get(&app, account.id, &id).await?;
    let input = body.over(current.to_input());
    Ok(Json(super::update(&app, account.id, &id, &input).await?))
}

/// Remove a member from the group.
///
/// **After selection this voids the group's appointment** (offered or confirmed): passes are
/// made for the group's members, so the appointment ends, every pass stops being valid and the
/// places go back to the slot. The request returns to the next draw and keeps its waiting
/// time (the day it was first made); `GET /api/v1/appointment-requests/current` then carries
/// the notice `voided`. Check `appointment` there first; the web pages ask for confirmation.
#[utoipa::path(delete, path = "/api/v1/travelers/{id}", tag = "travelers", security(("bearer" = [])),
    params(("id" = String, Path)), responses((status = 204), (status = 404)))]
pub async fn remove(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode> {
    super::remove(&app, account.id, &id, None).await?;
    Ok(StatusCode::NO_CONTENT)
}
