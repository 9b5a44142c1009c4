//! The API: a bus line's manifests (`/api/v1/bus-manifests…`, its people or its keys with
//! `manifests:write`) and the port's buses (`/api/v1/console/buses…`, officers of the trip's
//! port and administrators).

use axum::body::{Body, HttpBody};
use axum::extract::{FromRequest, Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::NaiveDate;
use garita_domain::manifests::{Counts, PassengerOutcome, TravelerInput, TripInput};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::csv_import::{Encoding, Options, Upload};
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
use utoipa::IntoParams;

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

/// A CSV manifest's trip (the file holds only the people) and options, in the query; ignored
/// for a JSON body.
#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct CsvQuery {
    /// text/csv only: the trip number.
    trip_number: Option<String>,
    /// text/csv only: where the bus comes from.
    origin_city: Option<String>,
    /// text/csv only: the arrival land port's id (`el-paso`).
    port: Option<String>,
    /// text/csv only: `2026-12-02T14:30:00-07:00`, or `2026-12-02T14:30` in the port's time.
    arrival_at: Option<String>,
    /// text/csv only: the bus's plate.
    plate: Option<String>,
    /// text/csv only: the plate's country (two letters).
    plate_country: Option<String>,
    /// text/csv only: store the good lines of a file with bad ones (the bad ones are listed
    /// in `skipped`).
    accept_valid: Option<bool>,
}

impl CsvQuery {
    fn trip(&self) -> TripInput {
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        TripInput {
            trip_number: s(&self.trip_number),
            origin_city: s(&self.origin_city),
            port: s(&self.port),
            arrival_at: s(&self.arrival_at),
            plate: s(&self.plate),
            plate_country: s(&self.plate_country),
        }
    }
}

/// `text/csv` (with `charset=windows-1252` for Windows-1252; UTF-8 otherwise): the encoding.
fn csv_encoding(req: &Request) -> Option<Encoding> {
    let value = req.headers().get(header::CONTENT_TYPE)?.to_str().ok()?;
    let mut parts = value.split(';');
    if !parts.next()?.trim().eq_ignore_ascii_case("text/csv") {
        return None;
    }
    let charset = parts
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("charset"))
        .map(|(_, v)| v.trim().trim_matches('"').to_string())
        .unwrap_or_default();
    Some(Encoding::parse(&charset))
}

/// The next chunk of a body, as it arrives.
async fn chunk(body: &mut Body) -> Option<std::result::Result<axum::body::Bytes, axum::Error>> {
    loop {
        let frame =
            std::future::poll_fn(|cx| std::pin::Pin::new(&mut *body).poll_frame(cx)).await?;
        match frame {
            Ok(frame) => {
                if let Ok(data) = frame.into_data() {
                    return Some(Ok(data));
                }
            }
            Err(e) => return Some(Err(e)),
        }
    }
}

/// A manifest from the body: JSON (`ManifestBody`), or a CSV file streamed from the socket
/// through the same two passes as the carrier's upload page (the trip in the query).
async fn manifest_from(
    app: &AppState,
    bus: &BusLine,
    ctx: &Ctx,
    target: Target,
    q: &CsvQuery,
    req: Request,
) -> Result<std::result::Result<Stored, Failed>> {
    let Some(encoding) = csv_encoding(&req) else {
        let ApiJson(body) = ApiJson::<ManifestBody>::from_request(req, app).await?;
        return Ok(super::submit(
            app,
            bus,
            ctx.client_ip,
            target,
            &body.trip,
            &body.travelers,
            Source::Api,
        )
        .await);
    };
    let options = Options {
        encoding,
        accept_valid: q.accept_valid.unwrap_or(false),
    };
    let mut upload = match Upload::start(app, &q.trip(), options, super::UPLOAD_LIMIT) {
        Ok(u) => u,
        Err(r) => return Ok(Err(Failed::Refused(r))),
    };
    let mut body = req.into_body();
    while let Some(data) = chunk(&mut body).await {
        let data = data.map_err(|_| Error::BadRequest("malformed-request"))?;
        if let Err(f) = upload.feed(&data) {
            return Ok(Err(f));
        }
    }
    Ok(upload.store(app, bus, ctx.client_ip, target).await)
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

/// Submit a trip's manifest, as JSON or as the CSV file of the upload page (`text/csv`, the
/// template's header; `charset=windows-1252` for Windows-1252; the trip's fields in the
/// query). Every field of every person is checked; a manifest with a problem is refused whole
/// (422, each problem with its row and column — the page's report) and nothing is stored,
/// unless a CSV's valid rows are accepted (`accept_valid=true`). Dates are ISO 8601
/// (`YYYY-MM-DD`); the arrival `2026-12-02T14:30:00-07:00`, or `2026-12-02T14:30` in the
/// port's time. A CSV is read as it arrives and refused (413) as soon as it passes 4 MB.
/// Document types: Garita's names or CBP's APIS codes (P, C, A, M, T, IN, IS, F). Audited.
#[utoipa::path(post, path = "/api/v1/bus-manifests", tag = "bus manifests", security(("bearer" = [])),
    params(CsvQuery),
    request_body(content((ManifestBody = "application/json"), (String = "text/csv"))),
    responses((status = 201, body = Stored),
              (status = 400, description = "Malformed body or query", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a bus line's person or a key with manifests:write", content_type = "application/problem+json"),
              (status = 409, description = "The bus line already has this trip number that day", content_type = "application/problem+json"),
              (status = 413, description = "Body too large (a CSV over 4 MB, refused as soon as it passes it)", content_type = "application/problem+json"),
              (status = 415, description = "Neither JSON nor text/csv", content_type = "application/problem+json"),
              (status = 422, description = "Problems, each with its row and column", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn create(
    State(app): State<AppState>,
    bus: BusLine,
    ctx: Ctx,
    ApiQuery(q): ApiQuery<CsvQuery>,
    req: Request,
) -> Result<Response> {
    let r = manifest_from(&app, &bus, &ctx, Target::New, &q, req).await?;
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

/// Correct a trip before it arrives: the whole manifest again (JSON, or CSV as for `POST`),
/// kept as a new version (every version is kept; the officer sees what changed). Refused once
/// the port has begun (409).
#[utoipa::path(put, path = "/api/v1/bus-manifests/{id}", tag = "bus manifests", security(("bearer" = [])),
    params(("id" = String, Path), CsvQuery),
    request_body(content((ManifestBody = "application/json"), (String = "text/csv"))),
    responses((status = 200, body = Stored),
              (status = 400, description = "Malformed body or query", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a bus line's person or a key with manifests:write", content_type = "application/problem+json"),
              (status = 404, description = "No such trip of this bus line", content_type = "application/problem+json"),
              (status = 409, description = "The trip has arrived or was processed", content_type = "application/problem+json"),
              (status = 413, description = "Body too large (a CSV over 4 MB, refused as soon as it passes it)", content_type = "application/problem+json"),
              (status = 415, description = "Neither JSON nor text/csv", content_type = "application/problem+json"),
              (status = 422, description = "Problems, each with its row and column", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn replace(
    State(app): State<AppState>,
    bus: BusLine,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiQuery(q): ApiQuery<CsvQuery>,
    req: Request,
) -> Result<Response> {
    let r = manifest_from(&app, &bus, &ctx, Target::Replace(id), &q, req).await?;
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
