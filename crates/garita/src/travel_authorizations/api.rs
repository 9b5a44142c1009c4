//! The API of advance travel authorization: programmes and selections (public), agencies' keys
//! (administrators), case imports (an agency's member), the beneficiary's case, adjudicators'
//! queue, cases and decisions, and the airline check.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::decisions::{CaseDetails, QueueItem};
use super::imports::{self, ImportReport};
use super::selection::SelectionView;
use super::{programmes, Adjudicator, AgencyMember, AirlineAgent};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::{ApiJson, ApiPath, ApiQuery};
use crate::http::roles::{Admin, SignedIn, Traveler};
use crate::state::AppState;

/// The header a batch's detached signature travels in (64 bytes as base64 or hex).
pub const SIGNATURE_HEADER: &str = "garita-signature";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_programmes))
        .routes(routes!(list_selections))
        .routes(routes!(get_selection))
        .routes(routes!(register_key))
        .routes(routes!(import_cases))
        .routes(routes!(get_import))
        .routes(routes!(my_case))
        .routes(routes!(queue))
        .routes(routes!(get_case))
        .routes(routes!(decide))
        .routes(routes!(check))
}

/// A programme as published.
#[derive(Serialize, ToSchema)]
pub struct ProgrammeView {
    pub id: String,
    pub name: String,
    pub nationalities: Vec<String>,
    /// Who may travel with a principal beneficiary.
    pub companions: Vec<String>,
    pub monthly_cap: u32,
    /// The selection's rule id (the draw's: `oldest-share-then-random` or `weighted`).
    pub rule: String,
    pub ata_validity_days: u32,
    pub parole_months: u32,
    pub opens: NaiveDate,
    pub closes: Option<NaiveDate>,
    /// Whether it accepts anything new today.
    pub open: bool,
}

/// Every programme, with whether it is open today.
#[utoipa::path(get, path = "/api/v1/ata/programmes", tag = "travel authorization",
    responses((status = 200, body = Vec<ProgrammeView>)))]
pub async fn list_programmes(State(app): State<AppState>) -> Json<Vec<ProgrammeView>> {
    let today = app.clock.now().date_naive();
    Json(
        programmes::all()
            .iter()
            .map(|p| ProgrammeView {
                id: p.id.clone(),
                name: p.name.clone(),
                nationalities: p.nationalities.clone(),
                companions: p
                    .companions
                    .iter()
                    .map(|c| c.as_str().to_string())
                    .collect(),
                monthly_cap: p.monthly_cap,
                rule: p.allocation.id().as_str().to_string(),
                ata_validity_days: p.ata_validity_days,
                parole_months: p.parole_months,
                opens: p.opens,
                closes: p.closes,
                open: p.is_open(today),
            })
            .collect(),
    )
}

/// Every monthly selection: its commitment (published before it runs) and, after, how many
/// were in the pool and selected.
#[utoipa::path(get, path = "/api/v1/ata/selections", tag = "travel authorization",
    responses((status = 200, body = Vec<SelectionView>)))]
pub async fn list_selections(State(app): State<AppState>) -> Result<Json<Vec<SelectionView>>> {
    Ok(Json(super::selection::list(&app, false).await?))
}

/// A month's selection record, for `garita verify-draw` (404 before it ran).
#[utoipa::path(get, path = "/api/v1/ata/selections/{programme}/{month}", tag = "travel authorization",
    params(("programme" = String, Path, description = "Programme id"),
           ("month" = String, Path, description = "The month, YYYY-MM (or any day of it, YYYY-MM-DD)")),
    responses((status = 200, description = "The published record (as GET /api/v1/draws/{date})", body = Object),
              (status = 404, description = "No such programme or month, or not run yet", content_type = "application/problem+json")))]
pub async fn get_selection(
    State(app): State<AppState>,
    ApiPath((programme, month)): ApiPath<(String, String)>,
) -> Result<Json<serde_json::Value>> {
    // An unknown programme or a month that does not read names no record: 404, like one
    // not run yet.
    programmes::get(&programme).ok_or(Error::NotFound)?;
    let month: NaiveDate = month
        .parse()
        .or_else(|_| format!("{month}-01").parse())
        .map_err(|_| Error::NotFound)?;
    let record = super::selection::record(&app, &programme, month)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Json(serde_json::to_value(record)?))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct KeyRequest {
    #[serde(default)]
    pub label: String,
    /// The agency's Ed25519 public key: 32 bytes as hex or base64.
    #[serde(default)]
    pub public_key: String,
    /// The agency's organisation (a government agency): only its members' imports may be
    /// signed with this key.
    #[serde(default)]
    pub organisation_id: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct KeyCreated {
    pub id: i64,
}

/// Register a government agency's public key (an administrator): batches signed by it are
/// accepted from that agency's members (and the operator's command line), never another's.
#[utoipa::path(post, path = "/api/v1/ata/agency-keys", tag = "travel authorization", security(("bearer" = [])),
    request_body = KeyRequest,
    responses((status = 201, body = KeyCreated),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an administrator", content_type = "application/problem+json"),
              (status = 409, description = "Key already registered", content_type = "application/problem+json"),
              (status = 422, description = "Label or key not valid, or no such government agency", content_type = "application/problem+json")))]
pub async fn register_key(
    State(app): State<AppState>,
    Admin(ref admin): Admin,
    ctx: Ctx,
    ApiJson(body): ApiJson<KeyRequest>,
) -> Result<(StatusCode, Json<KeyCreated>)> {
    let id = imports::register_key(
        &app,
        Some(admin),
        ctx.client_ip,
        &body.label,
        &body.public_key,
        body.organisation_id,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(KeyCreated { id })))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// The programme the cases are for.
    pub programme: String,
}

/// Import a batch of supporter cases (a government agency's member): the body is the file
/// (CSV with a header row, or a JSON array), the `Garita-Signature` header its Ed25519
/// detached signature. A file no key registered for the caller's agency signed is refused
/// before it is read. Each row
/// is accepted, unchanged (imported before with the same data) or refused with its reasons.
#[utoipa::path(post, path = "/api/v1/ata/case-imports", tag = "travel authorization", security(("bearer" = [])),
    params(ImportQuery, ("garita-signature" = String, Header, description = "Ed25519 signature of the body, base64 or hex")),
    request_body(content = String, content_type = "text/csv", description = "The batch file"),
    responses((status = 201, body = ImportReport),
              (status = 400, description = "A file that is not UTF-8 CSV or a JSON array", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a member of an approved government agency", content_type = "application/problem+json"),
              (status = 404, description = "No such programme", content_type = "application/problem+json"),
              (status = 409, description = "The programme is closed", content_type = "application/problem+json"),
              (status = 413, description = "File too large", content_type = "application/problem+json"),
              (status = 422, description = "Signature missing or not by a key registered for this agency", content_type = "application/problem+json")))]
pub async fn import_cases(
    State(app): State<AppState>,
    agency: AgencyMember,
    ctx: Ctx,
    ApiQuery(query): ApiQuery<ImportQuery>,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<ImportReport>)> {
    // A missing signature is refused before anything else is looked at (422, documented).
    if headers
        .get(SIGNATURE_HEADER)
        .is_none_or(|v| v.as_bytes().trim_ascii().is_empty())
    {
        return Err(Error::Missing("ata-signature-invalid"));
    }
    let programme = programmes::get(&query.programme).ok_or(Error::NotFound)?;
    if !programme.is_open(app.clock.now().date_naive()) {
        return Err(Error::Conflict("ata-programme-closed"));
    }
    let signature = headers
        .get(SIGNATURE_HEADER)
        .map(|v| v.as_bytes().to_vec())
        .unwrap_or_default();
    // Read in chunks up to the import's own limit: beyond it, 413 without holding more.
    let file = axum::body::to_bytes(body, imports::MAX_FILE_BYTES)
        .await
        .map_err(|_| Error::PayloadTooLarge)?;
    let report = imports::import(
        &app,
        programme,
        Some(agency.organisation_id),
        &file,
        &signature,
        Some(&agency.account),
        ctx.client_ip,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(report)))
}

/// An import's report (the account that imported it, or an administrator).
#[utoipa::path(get, path = "/api/v1/ata/case-imports/{id}", tag = "travel authorization", security(("bearer" = [])),
    params(("id" = String, Path, description = "The import's id")),
    responses((status = 200, body = ImportReport),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "An API key", content_type = "application/problem+json"),
              (status = 404, description = "No such import of yours", content_type = "application/problem+json")))]
pub async fn get_import(
    State(app): State<AppState>,
    SignedIn(ref account): SignedIn,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<ImportReport>> {
    Ok(Json(imports::report(&app, account, &id).await?))
}

/// The beneficiary's case as they see it.
#[derive(Serialize, ToSchema)]
pub struct MyCaseView {
    pub programme: String,
    pub case_number: String,
    /// pending, confirmed, invited, submitted, granted, refused, expired.
    pub status: String,
    pub steps_done: Vec<String>,
    pub steps_left: Vec<String>,
    /// A refusal's reason id.
    pub refusal_reason: Option<String>,
    /// The last day the ATA may be used, when granted.
    pub valid_until: Option<NaiveDate>,
    /// Whether the programme accepts steps today.
    pub programme_open: bool,
}

/// The signed-in beneficiary's case: its status, the steps done and left, the decision.
#[utoipa::path(get, path = "/api/v1/ata/case", tag = "travel authorization", security(("bearer" = [])),
    responses((status = 200, body = MyCaseView),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json"),
              (status = 404, description = "No case: open the invitation link first", content_type = "application/problem+json")))]
pub async fn my_case(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
) -> Result<Json<MyCaseView>> {
    let case = super::beneficiary::my_case(&app, account)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Json(MyCaseView {
        programme: case.programme.id.clone(),
        case_number: case.case_number.clone(),
        status: case.status.as_str().to_string(),
        steps_done: case.done.iter().map(|s| s.as_str().to_string()).collect(),
        steps_left: case.left().iter().map(|s| s.as_str().to_string()).collect(),
        refusal_reason: case.refusal_reason.clone(),
        valid_until: case.valid_until,
        programme_open: case.open,
    }))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QueueQuery {
    /// Only this nationality (ISO 3166-1 alpha-2).
    #[serde(default)]
    pub nationality: Option<String>,
}

/// The adjudicator's queue: submitted cases, oldest first. Audited.
#[utoipa::path(get, path = "/api/v1/ata/queue", tag = "travel authorization", security(("bearer" = [])),
    params(QueueQuery),
    responses((status = 200, body = Vec<QueueItem>),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an adjudicator of the parole programme", content_type = "application/problem+json"),
              (status = 422, description = "Unknown nationality", content_type = "application/problem+json")))]
pub async fn queue(
    State(app): State<AppState>,
    Adjudicator(ref account): Adjudicator,
    ctx: Ctx,
    ApiQuery(query): ApiQuery<QueueQuery>,
) -> Result<Json<Vec<QueueItem>>> {
    Ok(Json(
        super::decisions::queue(&app, account, ctx.client_ip, query.nationality.as_deref()).await?,
    ))
}

/// A case, opened by an adjudicator (details, passport, photo, mismatches). Audited.
#[utoipa::path(get, path = "/api/v1/ata/cases/{id}", tag = "travel authorization", security(("bearer" = [])),
    params(("id" = String, Path, description = "The case's id")),
    responses((status = 200, body = CaseDetails),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an adjudicator of the parole programme", content_type = "application/problem+json"),
              (status = 404, description = "No such case", content_type = "application/problem+json")))]
pub async fn get_case(
    State(app): State<AppState>,
    Adjudicator(ref account): Adjudicator,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<CaseDetails>> {
    Ok(Json(
        super::decisions::open(&app, account, ctx.client_ip, &id).await?,
    ))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct DecisionRequest {
    /// `grant` or `refuse`.
    #[serde(default)]
    pub decision: String,
    /// For a refusal: identity-not-confirmed, passport-not-valid, security-vetting,
    /// supporter-not-confirmed, not-eligible.
    #[serde(default)]
    pub reason: String,
}

#[derive(Serialize, ToSchema)]
pub struct DecisionAnswer {
    pub status: String,
    /// The ATA's last day, when granted.
    pub valid_until: Option<NaiveDate>,
}

/// Grant or refuse a submitted case. Audited.
#[utoipa::path(post, path = "/api/v1/ata/cases/{id}/decision", tag = "travel authorization", security(("bearer" = [])),
    params(("id" = String, Path, description = "The case's id")),
    request_body = DecisionRequest,
    responses((status = 200, body = DecisionAnswer),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an adjudicator of the parole programme", content_type = "application/problem+json"),
              (status = 404, description = "No such case", content_type = "application/problem+json"),
              (status = 409, description = "The case is not waiting for a decision", content_type = "application/problem+json"),
              (status = 422, description = "Unknown decision, or a refusal without a reason from the list", content_type = "application/problem+json")))]
pub async fn decide(
    State(app): State<AppState>,
    Adjudicator(ref account): Adjudicator,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<DecisionRequest>,
) -> Result<Json<DecisionAnswer>> {
    let valid_until = super::decisions::decide(
        &app,
        account,
        ctx.client_ip,
        &id,
        &body.decision,
        &body.reason,
    )
    .await?;
    Ok(Json(DecisionAnswer {
        status: if valid_until.is_some() {
            "granted"
        } else {
            "refused"
        }
        .into(),
        valid_until,
    }))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct CheckRequest {
    #[serde(default)]
    pub passport_number: String,
    /// YYYY-MM-DD.
    #[serde(default)]
    pub date_of_birth: String,
    /// The passport's issuing country, ISO 3166-1 alpha-2.
    #[serde(default)]
    pub nationality: String,
}

/// The whole answer: a "no" never says why.
#[derive(Serialize, ToSchema)]
pub struct CheckAnswer {
    pub authorized: bool,
    /// The last day the ATA may be used, when authorized.
    pub valid_until: Option<NaiveDate>,
}

/// May this person board? An airline's member, or one of its API keys holding
/// `authorizations:read`. Every kind of no is the same `{"authorized": false}`. Throttled per
/// account or key; audited.
#[utoipa::path(post, path = "/api/v1/ata/checks", tag = "travel authorization", security(("bearer" = [])),
    request_body = CheckRequest,
    responses((status = 200, body = CheckAnswer),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an airline's member or key with authorizations:read", content_type = "application/problem+json"),
              (status = 422, description = "A field missing or not valid", content_type = "application/problem+json"),
              (status = 429, description = "Too many checks; see Retry-After", content_type = "application/problem+json")))]
pub async fn check(
    State(app): State<AppState>,
    agent: AirlineAgent,
    ctx: Ctx,
    ApiJson(body): ApiJson<CheckRequest>,
) -> Result<Json<CheckAnswer>> {
    let until = super::airline_check::check(
        &app,
        &agent,
        ctx.client_ip,
        &body.passport_number,
        &body.date_of_birth,
        &body.nationality,
    )
    .await?;
    Ok(Json(CheckAnswer {
        authorized: until.is_some(),
        valid_until: until,
    }))
}
