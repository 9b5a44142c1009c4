//! The agriculture inspections' API: organisations' cargo requests (`/api/v1/cargo-inspections`,
//! a session of the organisation's people or an API key with `cargo:write`), their threads and
//! attachments, the specialists' day, queue and reassignment, and travelers' airport requests.

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use chrono::NaiveDate;
use garita_domain::validation::Problem;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::airport::{self, AirportRequest, GuidanceLine, ItemAnswers, NewAirportRequest};
use super::cargo::{self, CargoAction, CargoRequest, NewCargoRequest};
use super::specialists::{self, Day};
use super::threads::{self, Message};
use super::{item_photos, CargoActor, Specialist};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::{ApiJson, ApiPath, ApiQuery};
use crate::http::roles::{SignedIn, Traveler};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create, list))
        .routes(routes!(get_one))
        .routes(routes!(act))
        .routes(routes!(messages, post_message))
        .routes(routes!(attachment))
        .routes(routes!(reassign))
        .routes(routes!(day))
        .routes(routes!(queue))
        .routes(routes!(airport_guidance))
        .routes(routes!(airport_create, airport_list))
        .routes(routes!(airport_get))
        .routes(routes!(airport_queue))
        .routes(routes!(airport_answer))
        .routes(routes!(airport_photo))
        .merge(
            OpenApiRouter::new()
                .routes(routes!(upload))
                .routes(routes!(airport_photo_upload))
                .layer(DefaultBodyLimit::max(threads::MAX_ATTACHMENT_BYTES + 1024)),
        )
}

/// Ask for a perishable-cargo inspection at a cargo facility. The window is the facility's
/// local time, ahead and within its hours; the HS chapter must be one of Garita's perishable
/// chapters, a subheading six digits; the conveyance a container number (ISO 6346 check digit)
/// or a truck plate in its country's and state's format. Audited.
#[utoipa::path(post, path = "/api/v1/cargo-inspections", tag = "agriculture", security(("bearer" = [])),
    request_body = NewCargoRequest,
    responses((status = 201, body = CargoRequest),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an approved organisation's person or key with cargo:write", content_type = "application/problem+json"),
              (status = 422, description = "A field is not valid (each named)", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn create(
    State(app): State<AppState>,
    actor: CargoActor,
    ctx: Ctx,
    ApiJson(body): ApiJson<NewCargoRequest>,
) -> Result<(StatusCode, Json<CargoRequest>)> {
    let id = cargo::create(&app, &actor, ctx.client_ip, &body).await?;
    let view = cargo::get(&app, &actor, ctx.client_ip, &id).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// The organisation's cargo requests, newest first, with each one's unread messages.
#[utoipa::path(get, path = "/api/v1/cargo-inspections", tag = "agriculture", security(("bearer" = [])),
    responses((status = 200, body = Vec<CargoRequest>),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an organisation's person or key with cargo:write (specialists use the queue)", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn list(
    State(app): State<AppState>,
    actor: CargoActor,
) -> Result<Json<Vec<CargoRequest>>> {
    match &actor {
        CargoActor::Organisation(c) => Ok(Json(
            cargo::list_for_organisation(&app, c.organisation_id).await?,
        )),
        CargoActor::Specialist(_) => Err(Error::Forbidden),
    }
}

/// One cargo request (its organisation's, or at the specialist's facility), with its contact
/// (audited read). Another organisation's request is not found.
#[utoipa::path(get, path = "/api/v1/cargo-inspections/{id}", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = CargoRequest),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Neither an organisation's person or key with cargo:write nor a specialist", content_type = "application/problem+json"),
              (status = 404, description = "No such request for this caller", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn get_one(
    State(app): State<AppState>,
    actor: CargoActor,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<CargoRequest>> {
    Ok(Json(cargo::get(&app, &actor, ctx.client_ip, &id).await?))
}

/// Move a request: a specialist proposes a time, asks for information, schedules or records
/// the inspection (released, held, refused entry, with notes); the organisation accepts or
/// declines a proposed time; the organisation cancels before scheduling, either side after
/// (with a reason). Accepting or scheduling takes a place in the hour: 409
/// `agriculture-hour-full` when the hour has none left. Audited; the other side is told.
#[utoipa::path(post, path = "/api/v1/cargo-inspections/{id}/actions", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = CargoAction,
    responses((status = 200, body = CargoRequest),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Neither the organisation nor a specialist", content_type = "application/problem+json"),
              (status = 404, description = "No such request for this caller", content_type = "application/problem+json"),
              (status = 409, description = "Not allowed in this state, changed meanwhile, or the hour is full", content_type = "application/problem+json"),
              (status = 422, description = "A time past or outside the hours, an unknown action or outcome, a reason missing", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn act(
    State(app): State<AppState>,
    actor: CargoActor,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<CargoAction>,
) -> Result<Json<CargoRequest>> {
    cargo::act(&app, &actor, ctx.client_ip, &id, &body).await?;
    Ok(Json(cargo::get(&app, &actor, ctx.client_ip, &id).await?))
}

/// The request's thread, oldest first; reading it marks it read for the caller's side.
#[utoipa::path(get, path = "/api/v1/cargo-inspections/{id}/messages", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<Message>),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Neither the organisation nor a specialist", content_type = "application/problem+json"),
              (status = 404, description = "No such request for this caller", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn messages(
    State(app): State<AppState>,
    actor: CargoActor,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Vec<Message>>> {
    Ok(Json(threads::list(&app, &actor, ctx.client_ip, &id).await?))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct NewMessage {
    /// Plain text, up to 4,000 characters.
    #[serde(default)]
    pub body: String,
}

#[derive(Serialize, ToSchema)]
pub struct Posted {
    pub id: String,
}

/// Write in the request's thread (plain text). The other side is told.
#[utoipa::path(post, path = "/api/v1/cargo-inspections/{id}/messages", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NewMessage,
    responses((status = 201, body = Posted),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Neither the organisation nor a specialist", content_type = "application/problem+json"),
              (status = 404, description = "No such request for this caller", content_type = "application/problem+json"),
              (status = 409, description = "The request is closed", content_type = "application/problem+json"),
              (status = 422, description = "Empty or over 4,000 characters", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn post_message(
    State(app): State<AppState>,
    actor: CargoActor,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<NewMessage>,
) -> Result<(StatusCode, Json<Posted>)> {
    let id = threads::post(&app, &actor, ctx.client_ip, &id, &body.body, None).await?;
    Ok((StatusCode::CREATED, Json(Posted { id })))
}

/// An attachment in the API document: the file's bytes.
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct AttachmentFile(pub Vec<u8>);

/// Attach a file to the thread: the body is the file — a JPEG or PNG (checked like a photo and
/// stored re-encoded as JPEG, without metadata) or a PDF (checked by its magic bytes and its
/// structure), up to 5 MiB. Sealed at rest.
#[utoipa::path(post, path = "/api/v1/cargo-inspections/{id}/attachments", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body(content((AttachmentFile = "image/jpeg"), (AttachmentFile = "image/png"), (AttachmentFile = "application/pdf"))),
    responses((status = 201, body = Posted),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Neither the organisation nor a specialist", content_type = "application/problem+json"),
              (status = 404, description = "No such request for this caller", content_type = "application/problem+json"),
              (status = 409, description = "The request is closed", content_type = "application/problem+json"),
              (status = 413, description = "Over 5 MiB", content_type = "application/problem+json"),
              (status = 415, description = "Not a JPEG, PNG or PDF", content_type = "application/problem+json"),
              (status = 422, description = "Not what it claims to be", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn upload(
    State(app): State<AppState>,
    actor: CargoActor,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<Posted>)> {
    let claimed = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    // Who may write here is known before the file is worked on.
    cargo::load(&app, &actor, &id).await?;
    let file = threads::check_attachment(claimed, body).await?;
    let id = threads::post(&app, &actor, ctx.client_ip, &id, "", Some(file)).await?;
    Ok((StatusCode::CREATED, Json(Posted { id })))
}

/// Download an attachment: served as a download only (`Content-Disposition: attachment`),
/// under `Content-Security-Policy: sandbox` and `X-Content-Type-Options: nosniff`. Audited.
#[utoipa::path(get, path = "/api/v1/cargo-inspections/{id}/messages/{message_id}/attachment", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path), ("message_id" = String, Path)),
    responses((status = 200, description = "The file", content_type = "application/octet-stream"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Neither the organisation nor a specialist", content_type = "application/problem+json"),
              (status = 404, description = "No such attachment for this caller", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn attachment(
    State(app): State<AppState>,
    actor: CargoActor,
    ctx: Ctx,
    ApiPath((id, message_id)): ApiPath<(String, String)>,
) -> Result<Response> {
    threads::download(&app, &actor, ctx.client_ip, &id, &message_id).await
}

#[derive(Deserialize, ToSchema, Default)]
pub struct Reassignment {
    /// The account of another specialist of the request's facility (or one's own, to take it).
    #[serde(deserialize_with = "crate::http::forms::whole_number")]
    pub specialist_id: i64,
}

/// Hand an open request to another specialist of its facility. Audited; they are told.
#[utoipa::path(post, path = "/api/v1/cargo-inspections/{id}/assignment", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = Reassignment,
    responses((status = 204),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an agriculture specialist", content_type = "application/problem+json"),
              (status = 404, description = "No such request at the specialist's facility", content_type = "application/problem+json"),
              (status = 409, description = "The request is closed", content_type = "application/problem+json"),
              (status = 422, description = "Not a specialist of that facility", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn reassign(
    State(app): State<AppState>,
    Specialist(account): Specialist,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<Reassignment>,
) -> Result<StatusCode> {
    specialists::reassign(&app, &account, ctx.client_ip, &id, body.specialist_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, IntoParams, Default)]
#[into_params(parameter_in = Query)]
pub struct DayQuery {
    /// The day, YYYY-MM-DD, in the facility's zone (today there if absent).
    #[serde(default)]
    #[param(value_type = Option<String>, format = Date)]
    pub date: Option<String>,
}

/// A facility's day by hour: capacity, scheduled inspections. For its specialists.
#[utoipa::path(get, path = "/api/v1/agriculture/facilities/{id}/day", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path), DayQuery),
    responses((status = 200, body = Day),
              (status = 400, description = "A date that does not read", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an agriculture specialist", content_type = "application/problem+json"),
              (status = 404, description = "Not a facility of this specialist", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn day(
    State(app): State<AppState>,
    Specialist(account): Specialist,
    ApiPath(id): ApiPath<String>,
    ApiQuery(q): ApiQuery<DayQuery>,
) -> Result<Json<Day>> {
    let date = super::pages::day_or_today(&app, &id, q.date.as_deref())?;
    Ok(Json(specialists::day(&app, &account, &id, date).await?))
}

/// A facility's waiting requests by desired time, earliest first. For its specialists.
#[utoipa::path(get, path = "/api/v1/agriculture/facilities/{id}/queue", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<CargoRequest>),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an agriculture specialist", content_type = "application/problem+json"),
              (status = 404, description = "Not a facility of this specialist", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn queue(
    State(app): State<AppState>,
    Specialist(account): Specialist,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Vec<CargoRequest>>> {
    Ok(Json(specialists::queue(&app, &account, &id).await?))
}

#[derive(Deserialize, IntoParams, Default)]
#[into_params(parameter_in = Query)]
pub struct GuidanceQuery {
    /// Categories, comma-separated (biological_materials, farm_visit, fruit_vegetables,
    /// meat_dairy, seeds_plants, pet, service_animal, bird, hunting_trophy).
    #[serde(default)]
    pub categories: String,
}

/// Plain-language guidance for these categories of items, in the caller's language, each
/// line with the public CBP or USDA APHIS page it comes from, always ending with "declare
/// everything; the officer at arrival decides". Lines no page supports are never given.
#[utoipa::path(get, path = "/api/v1/airport-inspections/guidance", tag = "agriculture",
    params(GuidanceQuery),
    responses((status = 200, body = Vec<GuidanceLine>),
              (status = 422, description = "A category that does not exist (`validation` on `categories`)", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn airport_guidance(
    ctx: Ctx,
    ApiQuery(q): ApiQuery<GuidanceQuery>,
) -> Result<Json<Vec<GuidanceLine>>> {
    // A schema-valid string naming no category is a rule the schema cannot state: 422.
    let categories = airport::parse_categories(&q.categories)
        .map_err(|_| Error::field("categories", Problem::UnknownChoice))?;
    Ok(Json(airport::guidance_lines(&ctx.tr, &categories)?))
}

/// Ask in advance for the agriculture inspection of what one carries on arrival at a U.S.
/// airport: the flight, its date, and the items. Audited.
#[utoipa::path(post, path = "/api/v1/airport-inspections", tag = "agriculture", security(("bearer" = [])),
    request_body = NewAirportRequest,
    responses((status = 201, body = AirportRequest),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json"),
              (status = 422, description = "A field is not valid (each named)", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn airport_create(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    ApiJson(body): ApiJson<NewAirportRequest>,
) -> Result<(StatusCode, Json<AirportRequest>)> {
    let id = airport::create(&app, &account, ctx.client_ip, &body).await?;
    let view = airport::get_for_traveler(&app, &account, ctx.client_ip, &ctx.tr, &id).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// The traveler's airport requests, newest first (items' descriptions not opened).
#[utoipa::path(get, path = "/api/v1/airport-inspections", tag = "agriculture", security(("bearer" = [])),
    responses((status = 200, body = Vec<AirportRequest>),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn airport_list(
    State(app): State<AppState>,
    Traveler(account): Traveler,
) -> Result<Json<Vec<AirportRequest>>> {
    Ok(Json(airport::list_for_traveler(&app, &account).await?))
}

/// One of the traveler's airport requests with its items and the specialist's answers.
#[utoipa::path(get, path = "/api/v1/airport-inspections/{id}", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = AirportRequest),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json"),
              (status = 404, description = "No such request of this traveler", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn airport_get(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<AirportRequest>> {
    Ok(Json(
        airport::get_for_traveler(&app, &account, ctx.client_ip, &ctx.tr, &id).await?,
    ))
}

/// An airport's requests waiting for an answer, by flight date. For its specialists (the
/// items opened: audited).
#[utoipa::path(get, path = "/api/v1/agriculture/airports/{id}/requests", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<AirportRequest>),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an agriculture specialist", content_type = "application/problem+json"),
              (status = 404, description = "Not an airport of this specialist", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn airport_queue(
    State(app): State<AppState>,
    Specialist(account): Specialist,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Vec<AirportRequest>>> {
    Ok(Json(
        airport::queue(&app, &account, ctx.client_ip, &ctx.tr, &id).await?,
    ))
}

/// Answer each item of a request at the specialist's airport (allowed, inspection at arrival,
/// needs a permit, prohibited) with a note. The traveler is told. Audited.
#[utoipa::path(post, path = "/api/v1/airport-inspections/{id}/answers", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = ItemAnswers,
    responses((status = 204),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an agriculture specialist", content_type = "application/problem+json"),
              (status = 404, description = "No such request at the specialist's airport", content_type = "application/problem+json"),
              (status = 422, description = "An item without an answer, or an unknown answer", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn airport_answer(
    State(app): State<AppState>,
    Specialist(account): Specialist,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<ItemAnswers>,
) -> Result<StatusCode> {
    airport::answer(&app, &account, ctx.client_ip, &id, &body).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A date that reads, for the day views.
pub fn parse_day(raw: &str) -> Result<NaiveDate> {
    raw.parse()
        .map_err(|_| Error::BadRequest("malformed-request"))
}

/// The multipart form of a photo upload.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct PhotoUpload {
    /// A JPEG or PNG (the part's own Content-Type says which), at most 5 MiB.
    #[schema(value_type = String, format = Binary)]
    pub file: Vec<u8>,
}

/// Attach a photo to an item of one's own airport request (at most three per item): a JPEG or
/// PNG, checked by the photo pipeline and stored re-encoded and sealed. Audited.
#[utoipa::path(post, path = "/api/v1/airport-inspections/{id}/items/{item_id}/photos", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path), ("item_id" = String, Path)),
    request_body(content = PhotoUpload, content_type = "multipart/form-data"),
    responses((status = 201, body = Posted),
              (status = 400, description = "Not a multipart form with a `file` part", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json"),
              (status = 404, description = "No such item in the caller's requests", content_type = "application/problem+json"),
              (status = 409, description = "The item has three photos already (`agriculture-item-photos-full`)", content_type = "application/problem+json"),
              (status = 413, description = "Larger than 5 MiB", content_type = "application/problem+json"),
              (status = 415, description = "Not claimed as a JPEG or PNG", content_type = "application/problem+json"),
              (status = 422, description = "Not a photo the pipeline accepts (`photo-*`)", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn airport_photo_upload(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    ApiPath((id, item_id)): ApiPath<(String, String)>,
    multipart: axum::extract::Multipart,
) -> Result<(StatusCode, Json<Posted>)> {
    // Whose item it is is known before the file is worked on.
    item_photos::ensure_own_item(&app, &account, &id, &item_id).await?;
    let (claimed, bytes) = photo_part(multipart).await?;
    let jpeg = item_photos::check(&claimed, bytes).await?;
    let photo = item_photos::add(&app, &account, ctx.client_ip, &id, &item_id, &jpeg).await?;
    Ok((StatusCode::CREATED, Json(Posted { id: photo })))
}

/// The `file` part of a multipart form: its claimed Content-Type and its bytes.
pub(super) async fn photo_part(mut multipart: axum::extract::Multipart) -> Result<(String, Bytes)> {
    let malformed = |_| Error::BadRequest("malformed-form");
    while let Some(field) = multipart.next_field().await.map_err(malformed)? {
        if field.name() == Some("file") {
            let claimed = field.content_type().unwrap_or("").to_string();
            let bytes = field.bytes().await.map_err(|e| {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    Error::PayloadTooLarge
                } else {
                    Error::BadRequest("malformed-form")
                }
            })?;
            return Ok((claimed, bytes));
        }
    }
    Err(Error::BadRequest("malformed-form"))
}

/// One photo of an item, for the request's traveler or a specialist of its airport (anyone
/// else: 404), as `image/jpeg` under `Cache-Control: no-store` and `nosniff`. Audited.
#[utoipa::path(get, path = "/api/v1/airport-inspections/{id}/items/{item_id}/photos/{photo_id}", tag = "agriculture", security(("bearer" = [])),
    params(("id" = String, Path), ("item_id" = String, Path), ("photo_id" = String, Path)),
    responses((status = 200, description = "The photo", content_type = "image/jpeg"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not permitted", content_type = "application/problem+json"),
              (status = 404, description = "No such photo for this caller", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn airport_photo(
    State(app): State<AppState>,
    SignedIn(account): SignedIn,
    ctx: Ctx,
    ApiPath((id, item_id, photo_id)): ApiPath<(String, String, String)>,
) -> Result<Response> {
    item_photos::serve(&app, &account, ctx.client_ip, &id, &item_id, &photo_id).await
}
