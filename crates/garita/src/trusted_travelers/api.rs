//! The Trusted Traveler API: an agency's import (`PUT …/memberships`, one membership a
//! request, idempotent by PASSID), the traveler's memberships, linking, slots, booking and
//! cancelling, and the enrollment officer's day and outcomes. PASSIDs and dates of birth
//! travel in bodies, never in paths or queries.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::NaiveDate;
use garita_domain::trusted_travelers::parse_record;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::interviews::{self, Booking, CenterDay, DeskDay};
use super::{EnrollmentOfficer, Importer, MembershipView};
use crate::http::context::Ctx;
use crate::http::errors::Result;
use crate::http::forms::{ApiJson, ApiPath, ApiQuery};
use crate::http::roles::Traveler;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(import, list))
        .routes(routes!(link))
        .routes(routes!(slots))
        .routes(routes!(book))
        .routes(routes!(cancel))
        .routes(routes!(desk))
        .routes(routes!(outcome))
}

/// One membership as the agency sends it.
#[derive(Deserialize, ToSchema, Default)]
pub struct MembershipImport {
    /// `sentri`, `nexus`, `global_entry` or `fast`.
    #[serde(default)]
    pub programme: String,
    /// 9 digits.
    #[serde(default)]
    pub passid: String,
    /// YYYY-MM-DD, not in the future.
    #[serde(default)]
    pub date_of_birth: String,
    /// `pending_review`, `conditionally_approved`, `active`, `expired`, `revoked` or `denied`.
    #[serde(default)]
    pub status: String,
    /// YYYY-MM-DD; required for `active` and `expired`.
    #[serde(default)]
    pub expires_on: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ImportAnswer {
    /// `created`, `updated` or `unchanged`.
    pub result: String,
    pub membership_id: String,
}

/// Import one membership (a member of an approved government agency): created, or updated by
/// its PASSID, or unchanged when it is the same. A revocation shows in the linked traveler's
/// view at once and cancels an interview they booked. Audited.
#[utoipa::path(put, path = "/api/v1/trusted-travelers/memberships", tag = "trusted travelers", security(("bearer" = [])),
    request_body = MembershipImport,
    responses((status = 200, body = ImportAnswer),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a member of an approved government agency (ttp-agency-only), or an API key", content_type = "application/problem+json"),
              (status = 422, description = "A field missing or not valid (each named); nothing changed", content_type = "application/problem+json")))]
pub async fn import(
    State(app): State<AppState>,
    importer: Importer,
    ctx: Ctx,
    ApiJson(body): ApiJson<MembershipImport>,
) -> Result<Json<ImportAnswer>> {
    let record = parse_record(
        &body.programme,
        &body.passid,
        &body.date_of_birth,
        &body.status,
        body.expires_on.as_deref().unwrap_or(""),
        crate::travelers::today(&app),
    )?;
    let mut tx = app.db.begin().await?;
    let (applied, id) = super::imports::apply(
        &app,
        &mut tx,
        &record,
        &format!("organisation:{}", importer.organisation_id),
        Some(&importer.account),
        ctx.client_ip,
    )
    .await?;
    tx.commit().await?;
    Ok(Json(ImportAnswer {
        result: applied.as_str().to_string(),
        membership_id: id,
    }))
}

/// The traveler's linked memberships: status, expiry, days left, the renewal window, what to do
/// next, and a booked interview.
#[utoipa::path(get, path = "/api/v1/trusted-travelers/memberships", tag = "trusted travelers", security(("bearer" = [])),
    responses((status = 200, body = [MembershipView]),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json")))]
pub async fn list(
    State(app): State<AppState>,
    Traveler(account): Traveler,
) -> Result<Json<Vec<MembershipView>>> {
    Ok(Json(super::memberships_of(&app, account.id).await?))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct LinkRequest {
    /// `sentri`, `nexus`, `global_entry` or `fast`.
    #[serde(default)]
    pub programme: String,
    /// 9 digits.
    #[serde(default)]
    pub passid: String,
    /// YYYY-MM-DD.
    #[serde(default)]
    pub date_of_birth: String,
}

#[derive(Serialize, ToSchema)]
pub struct Linked {
    pub membership_id: String,
}

/// Link a membership to the traveler's account: programme, PASSID and date of birth must all
/// be the membership's. Any miss is the same 404, whichever part was wrong. Throttled per
/// account and per PASSID; audited.
#[utoipa::path(post, path = "/api/v1/trusted-travelers/links", tag = "trusted travelers", security(("bearer" = [])),
    request_body = LinkRequest,
    responses((status = 200, body = Linked),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json"),
              (status = 404, description = "No membership with that programme, PASSID and date of birth", content_type = "application/problem+json"),
              (status = 422, description = "Not a PASSID (9 digits), a date of birth in the future, an unknown programme", content_type = "application/problem+json"),
              (status = 429, description = "Too many attempts by this account or on this PASSID; see Retry-After", content_type = "application/problem+json")))]
pub async fn link(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    ApiJson(body): ApiJson<LinkRequest>,
) -> Result<Json<Linked>> {
    let membership_id = super::linking::link(
        &app,
        &account,
        ctx.client_ip,
        &body.programme,
        &body.passid,
        &body.date_of_birth,
    )
    .await?;
    Ok(Json(Linked { membership_id }))
}

#[derive(Deserialize)]
pub struct DayQuery {
    /// YYYY-MM-DD; defaults to today at the center.
    date: Option<NaiveDate>,
}

/// An enrollment center's interview slots on a day (its local times), with the places left.
#[utoipa::path(get, path = "/api/v1/trusted-travelers/enrollment-centers/{id}/slots", tag = "trusted travelers", security(("bearer" = [])),
    params(("id" = String, Path, description = "The enrollment center's id"), ("date" = Option<String>, Query, format = Date)),
    responses((status = 200, body = CenterDay),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json"),
              (status = 404, description = "No such enrollment center", content_type = "application/problem+json")))]
pub async fn slots(
    State(app): State<AppState>,
    _traveler: Traveler,
    ApiPath(id): ApiPath<String>,
    ApiQuery(q): ApiQuery<DayQuery>,
) -> Result<Json<CenterDay>> {
    let center = interviews::center(&app, &id)?;
    let day = q
        .date
        .unwrap_or_else(|| interviews::center_today(center, app.clock.now()));
    Ok(Json(interviews::day(&app, &id, day).await?))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct BookingRequest {
    #[serde(default)]
    pub membership_id: String,
    /// The enrollment center's id.
    #[serde(default)]
    pub center_id: String,
    /// YYYY-MM-DD.
    #[serde(default)]
    pub date: String,
    /// "08:30", the center's local time.
    #[serde(default)]
    pub start_time: String,
}

#[derive(Serialize, ToSchema)]
pub struct Booked {
    pub interview_id: String,
}

/// Book the enrollment interview of a conditionally approved membership (first come; a booked
/// one is moved). Audited.
#[utoipa::path(post, path = "/api/v1/trusted-travelers/interviews", tag = "trusted travelers", security(("bearer" = [])),
    request_body = BookingRequest,
    responses((status = 201, body = Booked),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json"),
              (status = 404, description = "No such membership of this account, or no such center", content_type = "application/problem+json"),
              (status = 409, description = "The slot is full (ttp-slot-full), the center closed (ttp-center-closed), the slot not offered (ttp-slot-unavailable), no interview needed (ttp-interview-not-needed)", content_type = "application/problem+json"),
              (status = 422, description = "A date or time that does not read", content_type = "application/problem+json")))]
pub async fn book(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    ApiJson(body): ApiJson<BookingRequest>,
) -> Result<(StatusCode, Json<Booked>)> {
    let interview_id = interviews::book(
        &app,
        &account,
        ctx.client_ip,
        Booking {
            membership_id: &body.membership_id,
            center_id: &body.center_id,
            day: &body.date,
            start_time: &body.start_time,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(Booked { interview_id })))
}

/// Cancel a booked interview (not once it has begun): its place goes back. Audited.
#[utoipa::path(delete, path = "/api/v1/trusted-travelers/interviews/{id}", tag = "trusted travelers", security(("bearer" = [])),
    params(("id" = String, Path, description = "The interview's id")),
    responses((status = 204),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json"),
              (status = 404, description = "No such booked interview of this account", content_type = "application/problem+json"),
              (status = 409, description = "The interview has begun (ttp-interview-begun)", content_type = "application/problem+json")))]
pub async fn cancel(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode> {
    interviews::cancel(&app, &account, ctx.client_ip, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The day's interviews at the enrollment officer's center (today in its zone unless `date`),
/// with each member's programme and PASSID. Audited.
#[utoipa::path(get, path = "/api/v1/trusted-travelers/desk", tag = "trusted travelers", security(("bearer" = [])),
    params(("date" = Option<String>, Query, format = Date)),
    responses((status = 200, body = DeskDay),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an enrollment officer", content_type = "application/problem+json")))]
pub async fn desk(
    State(app): State<AppState>,
    officer: EnrollmentOfficer,
    ctx: Ctx,
    ApiQuery(q): ApiQuery<DayQuery>,
) -> Result<Json<DeskDay>> {
    Ok(Json(
        interviews::desk(&app, &officer, ctx.client_ip, q.date).await?,
    ))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct OutcomeRequest {
    /// `approved`, `denied` or `no_show`.
    #[serde(default)]
    pub outcome: String,
}

#[derive(Serialize, ToSchema)]
pub struct OutcomeAnswer {
    /// The membership's status now.
    pub membership_status: String,
}

/// Record an interview's outcome (the enrollment officer of its center, on or after its day):
/// approved makes the membership active for five years, denied denies it, a no-show leaves it
/// to book again. Audited.
#[utoipa::path(post, path = "/api/v1/trusted-travelers/interviews/{id}/outcome", tag = "trusted travelers", security(("bearer" = [])),
    params(("id" = String, Path, description = "The interview's id")),
    request_body = OutcomeRequest,
    responses((status = 200, body = OutcomeAnswer),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an enrollment officer", content_type = "application/problem+json"),
              (status = 404, description = "No such interview at the officer's center", content_type = "application/problem+json"),
              (status = 409, description = "Already decided (ttp-interview-decided) or its day has not come (ttp-interview-not-yet)", content_type = "application/problem+json"),
              (status = 422, description = "Not an outcome", content_type = "application/problem+json")))]
pub async fn outcome(
    State(app): State<AppState>,
    officer: EnrollmentOfficer,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<OutcomeRequest>,
) -> Result<Json<OutcomeAnswer>> {
    let status = interviews::decide(&app, &officer, ctx.client_ip, &id, &body.outcome).await?;
    Ok(Json(OutcomeAnswer {
        membership_status: status.as_str().to_string(),
    }))
}
