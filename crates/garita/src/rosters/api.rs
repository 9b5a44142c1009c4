//! The API of programme rosters: keys (an administrator), signed imports and the enrollment
//! check (staff of an approved international or partner organisation), and claims (a
//! traveler).

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{CheckAnswer, CheckInput, ClaimInput, Claimed, ImportReport};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::ApiJson;
use crate::http::roles::{Admin, OrganisationStaff, Traveler};
use crate::state::AppState;

/// The header a roster file's detached signature travels in (64 bytes as base64 or hex).
pub const SIGNATURE_HEADER: &str = "garita-signature";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(register_key))
        .routes(routes!(import))
        .routes(routes!(check))
        .routes(routes!(claim))
        .routes(routes!(set_quota))
        .routes(routes!(list_quotas))
        .routes(routes!(roster_draw))
}

/// A port's roster quota as set.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct QuotaInput {
    /// The share of each slot's capacity reserved for roster people, 0–100 (0 ends it).
    #[serde(deserialize_with = "crate::http::forms::whole_number")]
    pub percent: i64,
    /// How many days before a slot's day its unused reserved places go to the daily draw,
    /// 0–60 (`7.0` reads as `7`, as JSON Schema counts it).
    #[serde(deserialize_with = "crate::http::forms::whole_number")]
    pub release_days_before: i64,
}

/// Set a port's roster quota (an administrator): the share of each slot reserved for roster
/// people by the next draws, and when unused reserved places are released to the daily draw.
#[utoipa::path(put, path = "/api/v1/rosters/quotas/{port}", tag = "rosters", security(("bearer" = [])),
    params(("port" = String, Path, description = "The port's id")),
    request_body = QuotaInput,
    responses((status = 200, body = super::draw::Quota),
              (status = 400, description = "Malformed body", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an administrator", content_type = "application/problem+json"),
              (status = 404, description = "No such port", content_type = "application/problem+json"),
              (status = 422, description = "A number out of range", content_type = "application/problem+json")))]
pub async fn set_quota(
    State(app): State<AppState>,
    Admin(ref admin): Admin,
    ctx: Ctx,
    Path(port): Path<String>,
    ApiJson(body): ApiJson<QuotaInput>,
) -> Result<Json<super::draw::Quota>> {
    Ok(Json(
        super::draw::set_quota(
            &app,
            admin,
            ctx.client_ip,
            &port,
            body.percent,
            body.release_days_before,
        )
        .await?,
    ))
}

/// Every port's roster quota (an administrator); a port not listed reserves nothing.
#[utoipa::path(get, path = "/api/v1/rosters/quotas", tag = "rosters", security(("bearer" = [])),
    responses((status = 200, body = [super::draw::Quota]),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an administrator", content_type = "application/problem+json")))]
pub async fn list_quotas(
    State(app): State<AppState>,
    _admin: Admin,
) -> Result<Json<Vec<super::draw::Quota>>> {
    Ok(Json(super::draw::quotas(&app).await?))
}

/// A day's roster draw, once it ran (public, like the daily draw's record): the seed — derived
/// from that day's daily draw seed (`garita_domain::rosters::roster_seed`) —, the places held
/// for roster people, every pseudonymous entrant and the results. Verify it with
/// `garita verify-draw`.
#[utoipa::path(get, path = "/api/v1/rosters/draws/{date}", tag = "rosters",
    params(("date" = String, Path, format = Date, description = "YYYY-MM-DD")),
    responses((status = 200, description = "The published roster draw (the daily draw's record fields: algorithm, date, commitment, seed, rule, params, offers, requests, results)"),
              (status = 404, description = "No roster draw ran that day", content_type = "application/problem+json")))]
pub async fn roster_draw(
    State(app): State<AppState>,
    Path(date): Path<String>,
) -> Result<Json<serde_json::Value>> {
    let day = chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|_| Error::NotFound)?;
    let published = super::draw::record(&app, day)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Json(serde_json::to_value(published)?))
}

/// A public key to register for an organisation's roster files.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewKey {
    pub organisation_id: i64,
    pub label: String,
    /// Ed25519 public key: 32 bytes as hex or base64.
    pub public_key: String,
}

/// A registered key.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct KeyRegistered {
    pub id: i64,
}

/// Register an organisation's public key for its roster files (an administrator).
#[utoipa::path(post, path = "/api/v1/rosters/keys", tag = "rosters", security(("bearer" = [])),
    request_body = NewKey,
    responses((status = 201, body = KeyRegistered),
              (status = 400, description = "Malformed body", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an administrator; an organisation that may not keep a roster", content_type = "application/problem+json"),
              (status = 404, description = "No such organisation", content_type = "application/problem+json"),
              (status = 409, description = "The key is registered already", content_type = "application/problem+json"),
              (status = 422, description = "A field is invalid", content_type = "application/problem+json")))]
pub async fn register_key(
    State(app): State<AppState>,
    Admin(ref admin): Admin,
    ctx: Ctx,
    ApiJson(body): ApiJson<NewKey>,
) -> Result<(StatusCode, Json<KeyRegistered>)> {
    let id = super::register_key(
        &app,
        Some(admin),
        ctx.client_ip,
        body.organisation_id,
        &body.label,
        &body.public_key,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(KeyRegistered { id })))
}

/// Import the caller's organisation's roster: the body is the CSV file (header `roster_id,
/// full_name,date_of_birth,nationality,programme_status`), the `Garita-Signature` header its
/// Ed25519 detached signature by a key registered for the organisation — checked before the
/// file is read. Each row is accepted, unchanged (the same data again) or refused with its
/// field and code (an id already known with other data: `roster-id-conflict`, the first kept).
#[utoipa::path(post, path = "/api/v1/rosters/imports", tag = "rosters", security(("bearer" = [])),
    params(("garita-signature" = String, Header, description = "Ed25519 signature of the body, base64 or hex")),
    request_body(content = String, content_type = "text/csv", description = "The roster file"),
    responses((status = 201, body = ImportReport),
              (status = 400, description = "A file that is not UTF-8", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not staff of an approved organisation that may keep a roster", content_type = "application/problem+json"),
              (status = 413, description = "File too large", content_type = "application/problem+json"),
              (status = 422, description = "Signature missing or not by a key registered for the organisation", content_type = "application/problem+json")))]
pub async fn import(
    State(app): State<AppState>,
    staff: OrganisationStaff,
    ctx: Ctx,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<ImportReport>)> {
    let signature = headers
        .get(SIGNATURE_HEADER)
        .map(|v| v.as_bytes().to_vec())
        .unwrap_or_default();
    let file = axum::body::to_bytes(body, super::MAX_FILE_BYTES)
        .await
        .map_err(|_| Error::PayloadTooLarge)?;
    let report = super::import(
        &app,
        staff.organisation_id,
        &file,
        &signature,
        Some(&staff.account),
        ctx.client_ip,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(report)))
}

/// Is this person enrolled in the caller's organisation's roster, and with which status? By
/// roster id + date of birth, or names + date of birth. Yes/no and the status only; throttled
/// and audited.
#[utoipa::path(post, path = "/api/v1/rosters/checks", tag = "rosters", security(("bearer" = [])),
    request_body = CheckInput,
    responses((status = 200, body = CheckAnswer),
              (status = 400, description = "Malformed body", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not staff of an approved organisation that may keep a roster", content_type = "application/problem+json"),
              (status = 422, description = "A field is invalid", content_type = "application/problem+json"),
              (status = 429, description = "Too many checks", content_type = "application/problem+json")))]
pub async fn check(
    State(app): State<AppState>,
    staff: OrganisationStaff,
    ctx: Ctx,
    ApiJson(body): ApiJson<CheckInput>,
) -> Result<Json<CheckAnswer>> {
    super::roster_organisation(&app, staff.organisation_id).await?;
    Ok(Json(
        super::check(
            &app,
            &staff.account,
            staff.organisation_id,
            &body,
            ctx.client_ip,
        )
        .await?,
    ))
}

/// Claim one's place on a roster with its roster id and date of birth (a traveler). A wrong
/// pair says only "not found".
#[utoipa::path(post, path = "/api/v1/rosters/claims", tag = "rosters", security(("bearer" = [])),
    request_body = ClaimInput,
    responses((status = 200, body = Claimed),
              (status = 400, description = "Malformed body", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json"),
              (status = 404, description = "Not found", content_type = "application/problem+json"),
              (status = 422, description = "A field is invalid", content_type = "application/problem+json"),
              (status = 429, description = "Too many claims", content_type = "application/problem+json")))]
pub async fn claim(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    ApiJson(body): ApiJson<ClaimInput>,
) -> Result<Json<Claimed>> {
    Ok(Json(
        super::claim(&app, account, &body, ctx.client_ip).await?,
    ))
}
