//! The provisional I-94's JSON API: the traveler's submissions (`/api/v1/i94-applications`,
//! one, its payment) and the officer's console (`/api/v1/console/i94/…`: find, record the
//! port's receipt, decide). Identifiers to search by travel in bodies, never in URLs.

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use garita_domain::i94::{ApplicantInput, PaymentProvider};
use garita_domain::validation::Problem;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::console::{self, InspectionOfficer};
use super::SubmissionView;
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::{ApiJson, ApiPath};
use crate::http::roles::Traveler;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(show))
        .routes(routes!(pay))
        .routes(routes!(find))
        .routes(routes!(record_payment))
        .routes(routes!(decide))
        .merge(super::visibility::api_router())
        .merge(crate::payments::stripe::router())
}

#[derive(Serialize, ToSchema)]
pub struct SubmissionList {
    pub submissions: Vec<SubmissionView>,
    /// The most applicants one submission may hold.
    pub max_applicants: usize,
}

/// Every provisional I-94 submission of the caller, newest first, with each applicant's state
/// (and, once admitted, the class, admit-until date and days left).
#[utoipa::path(get, path = "/api/v1/i94-applications", tag = "i94", security(("bearer" = [])),
    responses((status = 200, body = SubmissionList),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler's account", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn list(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
) -> Result<Json<SubmissionList>> {
    Ok(Json(SubmissionList {
        submissions: super::list(&app, account.id).await?,
        max_applicants: garita_domain::i94::MAX_APPLICANTS,
    }))
}

/// One applicant as sent (every field text; see `data/i94/visa_classes.tsv` for classes).
#[derive(Deserialize, ToSchema, Default)]
pub struct ApplicantBody {
    #[serde(default)]
    pub family_name: String,
    #[serde(default)]
    pub given_names: String,
    /// YYYY-MM-DD.
    #[serde(default)]
    pub date_of_birth: String,
    /// F, M or X.
    #[serde(default)]
    pub sex: String,
    /// ISO 3166-1 alpha-2.
    #[serde(default)]
    pub citizenship: String,
    #[serde(default)]
    pub passport_number: String,
    /// ISO 3166-1 alpha-2.
    #[serde(default)]
    pub passport_country: String,
    /// YYYY-MM-DD, after the arrival.
    #[serde(default)]
    pub passport_expiry: String,
    /// visa, bcc (Border Crossing Card) or visa_waiver.
    #[serde(default)]
    pub document_kind: String,
    #[serde(default)]
    pub visa_number: String,
    /// B1/B2, B1/B2-BCC, F1, H1B, WT…
    #[serde(default)]
    pub visa_class: String,
    /// YYYY-MM-DD, on or after the arrival (not for the visa waiver).
    #[serde(default)]
    pub visa_expiry: String,
    /// The U.S. address or destination.
    #[serde(default)]
    pub us_address: String,
    /// tourism, business, family, study, work, medical, transit or other.
    #[serde(default)]
    pub purpose: String,
    /// USCIS receipt number (3 letters + 10 digits) when the class needs a petition.
    #[serde(default)]
    pub petition_number: String,
    /// N + 10 digits when the class needs one (F, M, J).
    #[serde(default)]
    pub sevis_number: String,
}

impl From<ApplicantBody> for ApplicantInput {
    fn from(b: ApplicantBody) -> Self {
        ApplicantInput {
            family_name: b.family_name,
            given_names: b.given_names,
            date_of_birth: b.date_of_birth,
            sex: b.sex,
            citizenship: b.citizenship,
            passport_number: b.passport_number,
            passport_country: b.passport_country,
            passport_expiry: b.passport_expiry,
            document_kind: b.document_kind,
            visa_number: b.visa_number,
            visa_class: b.visa_class,
            visa_expiry: b.visa_expiry,
            us_address: b.us_address,
            purpose: b.purpose,
            petition_number: b.petition_number,
            sevis_number: b.sevis_number,
        }
    }
}

#[derive(Deserialize, ToSchema, Default)]
pub struct SubmissionBody {
    /// The land port expected (any land port of `/api/v1/locations?function=provisional_i94`;
    /// informative: the I-94 is valid at any land port).
    #[serde(default)]
    pub port_id: String,
    /// YYYY-MM-DD: today up to 7 days ahead (the port's date).
    #[serde(default)]
    pub arrival_date: String,
    /// 1 to 25 applicants; errors name them `applicants[i].field`.
    #[serde(default)]
    pub applicants: Vec<ApplicantBody>,
}

/// Apply for a provisional I-94 for 1 to 25 people at once (one payment). Every field is
/// checked and nothing is saved on an error. Send an `Idempotency-Key` so a retry makes no
/// second submission. The submission then waits for payment.
#[utoipa::path(post, path = "/api/v1/i94-applications", tag = "i94", security(("bearer" = [])),
    request_body = SubmissionBody,
    params(("Idempotency-Key" = Option<String>, Header, description = "8 to 100 printable characters naming this submission")),
    responses((status = 201, body = SubmissionView),
              (status = 400, description = "An Idempotency-Key that is not 8 to 100 printable characters", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler's account", content_type = "application/problem+json"),
              (status = 409, description = "The Idempotency-Key was used for another submission", content_type = "application/problem+json"),
              (status = 422, description = "A field is invalid", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn create(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    headers: HeaderMap,
    ApiJson(body): ApiJson<SubmissionBody>,
) -> Result<Response> {
    let key = headers.get("idempotency-key").and_then(|v| v.to_str().ok());
    let inputs: Vec<ApplicantInput> = body.applicants.into_iter().map(Into::into).collect();
    let id = super::create(
        &app,
        account,
        ctx.client_ip,
        &body.port_id,
        &body.arrival_date,
        &inputs,
        key,
    )
    .await?;
    let view = super::get(&app, account.id, &id).await?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, format!("/api/v1/i94-applications/{id}"))],
        Json(view),
    )
        .into_response())
}

/// One submission of the caller (another account's is 404).
#[utoipa::path(get, path = "/api/v1/i94-applications/{id}", tag = "i94", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = SubmissionView),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler's account", content_type = "application/problem+json"),
              (status = 404, description = "No such submission of yours", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn show(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<SubmissionView>> {
    Ok(Json(super::get(&app, account.id, &id).await?))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct PaymentBody {
    /// `stripe` (card checkout: answered with the page to pay on) or `at_port` (pay the
    /// officer at any land port).
    #[serde(default)]
    pub provider: String,
}

#[derive(Serialize, ToSchema)]
pub struct PaymentAnswer {
    pub provider: String,
    /// Card checkout: the page to pay on.
    #[schema(required = true)]
    pub checkout_url: Option<String>,
    /// What paying costs: the fee per applicant in force today × the applicants, in cents.
    pub amount_cents: i64,
    pub currency: String,
    /// Never: the fee is not refunded once paid, even if the I-94 expires unused.
    pub refundable: bool,
}

/// Pay for a submission waiting for payment: by card (a Stripe checkout; the answer names the
/// page) or at the port (nothing to do now: the officer records the receipt). No refund once
/// paid.
#[utoipa::path(post, path = "/api/v1/i94-applications/{id}/payment", tag = "i94", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = PaymentBody,
    responses((status = 200, body = PaymentAnswer),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler's account", content_type = "application/problem+json"),
              (status = 404, description = "No such submission of yours", content_type = "application/problem+json"),
              (status = 409, description = "Already paid, expired, not submitted, or card payments not configured", content_type = "application/problem+json"),
              (status = 422, description = "Not a provider", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn pay(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<PaymentBody>,
) -> Result<Json<PaymentAnswer>> {
    let provider = match body.provider.trim() {
        "" => return Err(Error::field("provider", Problem::Required)),
        p => PaymentProvider::parse(p).ok_or(Error::field("provider", Problem::UnknownChoice))?,
    };
    let s = super::get(&app, account.id, &id).await?;
    let checkout_url = match provider {
        PaymentProvider::Stripe => {
            Some(crate::payments::stripe::start_checkout(&app, account, ctx.client_ip, &id).await?)
        }
        PaymentProvider::AtPort => {
            if !s.awaiting_payment() {
                return Err(Error::Conflict(if s.status == "paid" {
                    "i94-already-paid"
                } else {
                    "i94-not-draft"
                }));
            }
            None
        }
    };
    Ok(Json(PaymentAnswer {
        provider: provider.as_str().to_string(),
        checkout_url,
        amount_cents: s.amount_cents,
        currency: s.currency,
        refundable: false,
    }))
}

/// Find provisional I-94s (officer at a land port): by application number, by passport
/// (issuing country + number), or by full name + date of birth — exact matches of keyed
/// fingerprints, nothing decrypted to search; capped, throttled and audited.
#[utoipa::path(post, path = "/api/v1/console/i94/search", tag = "i94", security(("bearer" = [])),
    request_body = console::SearchBody,
    responses((status = 200, body = console::SearchAnswer),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an officer at a land port", content_type = "application/problem+json"),
              (status = 422, description = "No criteria, or criteria not valid", content_type = "application/problem+json"),
              (status = 429, description = "Too many lookups; see Retry-After", content_type = "application/problem+json")))]
pub async fn find(
    State(app): State<AppState>,
    officer: InspectionOfficer,
    ctx: Ctx,
    ApiJson(body): ApiJson<console::SearchBody>,
) -> Result<Json<console::SearchAnswer>> {
    Ok(Json(
        console::search(&app, &officer, ctx.client_ip, &body).await?,
    ))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct ReceiptBody {
    /// The port's receipt number for the fee.
    #[serde(default)]
    pub receipt_number: String,
}

/// Record the fee paid at the port (officer at a land port): the submission becomes paid,
/// valid 7 days, at the fee in force today for all its applicants. Audited.
#[utoipa::path(post, path = "/api/v1/console/i94/{id}/payment", tag = "i94", security(("bearer" = [])),
    params(("id" = String, Path, description = "The submission")), request_body = ReceiptBody,
    responses((status = 204, description = "Recorded"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an officer at a land port", content_type = "application/problem+json"),
              (status = 404, description = "No such submission", content_type = "application/problem+json"),
              (status = 409, description = "Already paid, expired, not submitted, or the receipt number was used", content_type = "application/problem+json"),
              (status = 422, description = "No receipt number, or not valid", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn record_payment(
    State(app): State<AppState>,
    officer: InspectionOfficer,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<ReceiptBody>,
) -> Result<StatusCode> {
    officer.may_see(&app, &id).await?;
    crate::payments::at_port::record(
        &app,
        &officer.account,
        &officer.port_id,
        ctx.client_ip,
        &id,
        &body.receipt_number,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
pub struct DecisionBody {
    /// admitted, refused or withdrawn.
    #[serde(default)]
    pub decision: String,
    /// When admitted: the class of admission (B2, TN…).
    #[serde(default)]
    pub class_of_admission: String,
    /// When admitted: YYYY-MM-DD, after today.
    #[serde(default)]
    pub admit_until: String,
    #[serde(default)]
    pub fingerprints_taken: bool,
}

/// Record the decision on one applicant (officer at a land port): admitted (with the class
/// and admit-until date: the final I-94 and its number), refused or withdrawn. Only on a
/// paid, unexpired submission and once. Audited.
#[utoipa::path(post, path = "/api/v1/console/i94/applicants/{id}/decision", tag = "i94", security(("bearer" = [])),
    params(("id" = String, Path, description = "The applicant")), request_body = DecisionBody,
    responses((status = 204, description = "Recorded"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an officer at a land port", content_type = "application/problem+json"),
              (status = 404, description = "No such applicant", content_type = "application/problem+json"),
              (status = 409, description = "Unpaid, expired, or already decided", content_type = "application/problem+json"),
              (status = 422, description = "A field is invalid", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn decide(
    State(app): State<AppState>,
    officer: InspectionOfficer,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<DecisionBody>,
) -> Result<StatusCode> {
    officer.applicant_submission(&app, &id).await?;
    super::decide(
        &app,
        &officer.account,
        &officer.port_id,
        ctx.client_ip,
        &id,
        &super::DecisionInput {
            decision: &body.decision,
            class_of_admission: &body.class_of_admission,
            admit_until: &body.admit_until,
            fingerprints_taken: body.fingerprints_taken,
        },
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
