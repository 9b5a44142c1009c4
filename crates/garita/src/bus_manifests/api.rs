//! The API: a bus line's manifests (`/api/v1/bus-manifests…`, its people or its keys with
//! `manifests:write`) and the port's buses (`/api/v1/console/buses…`, officers of the trip's
//! port and administrators).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::NaiveDate;
use garita_domain::manifests::{Counts, PassengerOutcome, TravelerInput, TripInput};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{
    refusal_response, BusLine, CarrierTrip, Decision, Failed, Manifest, PortTrip, Source, Stored,
    Target, VersionRow,
};
use crate::audit::{self, Entry};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::{ApiJson, ApiPath, ApiQuery};
use crate::http::roles::Staff;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(get_one, replace))
        .routes(routes!(list_versions))
        .routes(routes!(port_day))
        .routes(routes!(port_manifest))
        .routes(routes!(decide))
        .routes(routes!(add))
        .routes(routes!(close))
}

/// A manifest: the trip and everyone on board (passengers, driver(s), crew).
#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ManifestBody {
    #[schema(value_type = Object)]
    pub trip: TripInput,
    #[schema(value_type = Vec<Object>)]
    pub travelers: Vec<TravelerInput>,
}

fn answer(
    ctx: &Ctx,
    r: std::result::Result<Stored, Failed>,
    status: StatusCode,
) -> Result<Response> {
    match r {
        Ok(s) => Ok((status, Json(s)).into_response()),
        Err(Failed::Refused(refusal)) => Ok(refusal_response(ctx, &refusal)),
        Err(Failed::Error(e)) => Err(e),
    }
}

/// The bus line's trips, latest first, each with its status and counts (manifested, arrived,
/// missing, added) — never a person's outcome.
#[utoipa::path(get, path = "/api/v1/bus-manifests", tag = "bus manifests", security(("bearer" = [])),
    responses((status = 200, body = Vec<CarrierTrip>),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a bus line's person or a key with manifests:write", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn list(State(app): State<AppState>, bus: BusLine) -> Result<Json<Vec<CarrierTrip>>> {
    Ok(Json(super::carrier_trips(&app, bus.organisation_id).await?))
}

/// Submit a trip's manifest. Every field of every person is checked; a manifest with a
/// problem is refused whole (422, each problem with its row and column) and nothing is
/// stored. Dates are ISO 8601 (`YYYY-MM-DD`); the arrival `2026-12-02T14:30:00-07:00`, or
/// `2026-12-02T14:30` in the port's time. Audited.
#[utoipa::path(post, path = "/api/v1/bus-manifests", tag = "bus manifests", security(("bearer" = [])),
    request_body = ManifestBody,
    responses((status = 201, body = Stored),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a bus line's person or a key with manifests:write", content_type = "application/problem+json"),
              (status = 409, description = "The bus line already has this trip number that day", content_type = "application/problem+json"),
              (status = 422, description = "Problems, each with its row and column", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn create(
    State(app): State<AppState>,
    bus: BusLine,
    ctx: Ctx,
    ApiJson(body): ApiJson<ManifestBody>,
) -> Result<Response> {
    let r = super::submit(
        &app,
        &bus,
        ctx.client_ip,
        Target::New,
        &body.trip,
        &body.travelers,
        Source::Api,
    )
    .await;
    answer(&ctx, r, StatusCode::CREATED)
}

/// One of the bus line's trips, with its counts (another bus line's is not found).
#[utoipa::path(get, path = "/api/v1/bus-manifests/{id}", tag = "bus manifests", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = CarrierTrip),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a bus line's person or a key with manifests:write", content_type = "application/problem+json"),
              (status = 404, description = "No such trip of this bus line", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn get_one(
    State(app): State<AppState>,
    bus: BusLine,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<CarrierTrip>> {
    Ok(Json(
        super::carrier_trip_of(&app, bus.organisation_id, &id).await?,
    ))
}

/// Correct a trip before it arrives: the whole manifest again, kept as a new version (every
/// version is kept; the officer sees what changed). Refused once the port has begun (409).
#[utoipa::path(put, path = "/api/v1/bus-manifests/{id}", tag = "bus manifests", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = ManifestBody,
    responses((status = 200, body = Stored),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a bus line's person or a key with manifests:write", content_type = "application/problem+json"),
              (status = 404, description = "No such trip of this bus line", content_type = "application/problem+json"),
              (status = 409, description = "The trip has arrived or was processed", content_type = "application/problem+json"),
              (status = 422, description = "Problems, each with its row and column", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn replace(
    State(app): State<AppState>,
    bus: BusLine,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<ManifestBody>,
) -> Result<Response> {
    let r = super::submit(
        &app,
        &bus,
        ctx.client_ip,
        Target::Replace(id),
        &body.trip,
        &body.travelers,
        Source::Api,
    )
    .await;
    answer(&ctx, r, StatusCode::OK)
}

/// The versions of one of the bus line's trips, latest first.
#[utoipa::path(get, path = "/api/v1/bus-manifests/{id}/versions", tag = "bus manifests", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<VersionRow>),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a bus line's person or a key with manifests:write", content_type = "application/problem+json"),
              (status = 404, description = "No such trip of this bus line", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn list_versions(
    State(app): State<AppState>,
    bus: BusLine,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Vec<VersionRow>>> {
    super::carrier_trip_of(&app, bus.organisation_id, &id).await?;
    Ok(Json(super::versions(&app, &id).await?))
}

#[derive(Deserialize)]
pub struct DayQuery {
    /// Admins: which port (officers get their own).
    port: Option<String>,
    /// Defaults to today at the port.
    date: Option<NaiveDate>,
}

#[derive(Serialize, ToSchema)]
pub struct BusDay {
    pub port_id: String,
    #[schema(value_type = String, format = Date)]
    pub date: NaiveDate,
    pub trips: Vec<PortTrip>,
}

/// Buses today: the day's trips at the caller's port by arrival time, with counts and status.
/// Audited.
#[utoipa::path(get, path = "/api/v1/console/buses", tag = "port console", security(("bearer" = [])),
    params(("port" = Option<String>, Query), ("date" = Option<String>, Query, format = Date)),
    responses((status = 200, body = BusDay),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an officer or administrator", content_type = "application/problem+json"),
              (status = 404, description = "Not the officer's port", content_type = "application/problem+json")))]
pub async fn port_day(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    ApiQuery(q): ApiQuery<DayQuery>,
) -> Result<Json<BusDay>> {
    let port = crate::port_console::scope(&app, account, q.port.as_deref())?;
    let date = q
        .date
        .unwrap_or_else(|| crate::port_console::port_today(port, app.clock.now()));
    let trips = super::port_trips(&app, &port.id, date).await?;
    audit::record_view(
        &app,
        Entry {
            actor: Some(account),
            action: "bus-manifest-day",
            subject: format!("port:{}", port.id),
            detail: format!("date={date} trips={}", trips.len()),
            ip: ctx.client_ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(Json(BusDay {
        port_id: port.id.clone(),
        date,
        trips,
    }))
}

/// A trip's manifest for the officer of its port: everyone on board with what was recorded,
/// the versions, and what changed from the version before. Audited.
#[utoipa::path(get, path = "/api/v1/console/buses/{id}", tag = "port console", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = Manifest),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an officer or administrator", content_type = "application/problem+json"),
              (status = 404, description = "No such trip at the officer's port", content_type = "application/problem+json")))]
pub async fn port_manifest(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Manifest>> {
    Ok(Json(
        super::manifest(&app, account, ctx.client_ip, &id).await?,
    ))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct DecisionBody {
    /// `processed` or `not-on-board`.
    pub state: String,
    /// For `processed`: `admitted`, `secondary` or `refused`.
    pub outcome: String,
}

/// Record one person of a trip: processed (with the outcome) or not on board. Audited.
#[utoipa::path(post, path = "/api/v1/console/buses/{id}/travelers/{person}", tag = "port console", security(("bearer" = [])),
    params(("id" = String, Path), ("person" = String, Path)),
    request_body = DecisionBody,
    responses((status = 204, description = "Recorded"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an officer or administrator", content_type = "application/problem+json"),
              (status = 404, description = "No such trip or person at the officer's port", content_type = "application/problem+json"),
              (status = 409, description = "The trip is closed", content_type = "application/problem+json"),
              (status = 422, description = "No such state or outcome", content_type = "application/problem+json")))]
pub async fn decide(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    ApiPath((id, person)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<DecisionBody>,
) -> Result<StatusCode> {
    super::at_port(&app, account, &id).await?;
    let decision = Decision::parse(&body.state, &body.outcome)?;
    super::decide(&app, account, ctx.client_ip, &id, &person, decision).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct AddBody {
    #[schema(value_type = Object)]
    pub traveler: TravelerInput,
    /// `admitted`, `secondary` or `refused`.
    pub outcome: String,
}

#[derive(Serialize, ToSchema)]
pub struct Added {
    pub id: String,
}

/// Add a person found on the bus who was not on the manifest, processed with an outcome.
/// Audited.
#[utoipa::path(post, path = "/api/v1/console/buses/{id}/travelers", tag = "port console", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = AddBody,
    responses((status = 201, body = Added),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an officer or administrator", content_type = "application/problem+json"),
              (status = 404, description = "No such trip at the officer's port", content_type = "application/problem+json"),
              (status = 409, description = "The trip is closed", content_type = "application/problem+json"),
              (status = 422, description = "A field of the person, or the outcome", content_type = "application/problem+json")))]
pub async fn add(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<AddBody>,
) -> Result<(StatusCode, Json<Added>)> {
    super::at_port(&app, account, &id).await?;
    let outcome = PassengerOutcome::parse(body.outcome.trim()).ok_or(Error::field(
        "outcome",
        garita_domain::validation::Problem::UnknownChoice,
    ))?;
    let id = super::add_person(&app, account, ctx.client_ip, &id, &body.traveler, outcome).await?;
    Ok((StatusCode::CREATED, Json(Added { id })))
}

/// Close the trip: everyone not recorded was not on board; the counts are kept. Audited.
#[utoipa::path(post, path = "/api/v1/console/buses/{id}/close", tag = "port console", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = super::TripCounts),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an officer or administrator", content_type = "application/problem+json"),
              (status = 404, description = "No such trip at the officer's port", content_type = "application/problem+json"),
              (status = 409, description = "The trip is already closed", content_type = "application/problem+json")))]
pub async fn close(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Counts>> {
    Ok(Json(super::close(&app, account, ctx.client_ip, &id).await?))
}
