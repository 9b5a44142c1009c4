//! The officer's I-94 tab (`/console/i94`): find a provisional I-94 by application number,
//! by passport (typed, or read from the passport's machine-readable zone), or by name and date
//! of birth — through `crate::lookups`, never by decrypting rows; see the applicants; record
//! the fee paid at the port; record each applicant's decision and whether fingerprints were
//! taken. For officers holding their role at a land port; an application is valid at any land
//! port, so by default every land port's officers find every application — unless an
//! administrator set their port to see only its own (`super::visibility`): then another
//! port's application is not found. Every view and change is audited.

use std::net::IpAddr;

use askama::Template;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use garita_domain::i94::{Decision, Visibility};
use garita_domain::identifiers::{Identifier, LookupPurpose, SubjectKind};
use garita_domain::locations::Function;
use garita_domain::roles::Role;
use garita_domain::validation::Problem;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::SubmissionView;
use crate::audit::{self, Entry};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::Officer;
use crate::http::session::Account;
use crate::lookups::{self, Search};
use crate::pages::{render, FormErrors};
use crate::state::AppState;

/// An officer whose place is a land port taking provisional I-94s (another officer is
/// refused: 403 `i94-land-port-only`).
pub struct InspectionOfficer {
    pub account: Account,
    pub port_id: String,
    /// Which applications this port's officers see.
    pub visibility: Visibility,
}

impl InspectionOfficer {
    /// Whether this officer sees an application expected at `expected_port`.
    pub fn sees(&self, expected_port: &str) -> bool {
        self.visibility.sees(&self.port_id, expected_port)
    }

    /// Not found unless this officer sees the submission `submission_id`.
    pub async fn may_see(&self, app: &AppState, submission_id: &str) -> Result<()> {
        match super::visibility::expected_port(app, submission_id).await? {
            Some(port) if self.sees(&port) => Ok(()),
            _ => Err(Error::NotFound),
        }
    }

    /// The submission of applicant `applicant_id`, if this officer sees it (else not found).
    pub async fn applicant_submission(&self, app: &AppState, applicant_id: &str) -> Result<String> {
        let submission_id = super::submission_of(app, applicant_id)
            .await?
            .ok_or(Error::NotFound)?;
        self.may_see(app, &submission_id).await?;
        Ok(submission_id)
    }
}

impl FromRequestParts<AppState> for InspectionOfficer {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Error> {
        let Officer(account) = Officer::from_request_parts(parts, app).await?;
        let port = account
            .locations_for(Role::Officer)
            .find(|id| {
                app.locations
                    .get(id)
                    .is_some_and(|l| l.serves(Function::ProvisionalI94))
            })
            .map(str::to_string);
        match port {
            Some(port_id) => {
                let visibility = super::visibility::of(app, &port_id).await?;
                Ok(InspectionOfficer {
                    account,
                    port_id,
                    visibility,
                })
            }
            None => Err(Error::NotPermitted("i94-land-port-only")),
        }
    }
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/console/i94", get(form).post(submit))
        .route("/console/i94/{id}", get(show))
        .route("/console/i94/{id}/payment", post(payment))
        .route("/console/i94/applicants/{id}/decision", post(decision))
        .route("/console/i94/applicants/{id}/passport", post(passport))
        .merge(super::visibility::router())
}

/// What to search by: one of the application number, the passport (or its machine-readable
/// zone), or the full name with the date of birth.
#[derive(Deserialize, ToSchema, Default)]
pub struct SearchBody {
    #[serde(default)]
    pub application_number: String,
    /// ISO 3166-1 alpha-2.
    #[serde(default)]
    pub passport_country: String,
    #[serde(default)]
    pub passport_number: String,
    /// The passport's two MRZ lines (ICAO 9303 TD3), typed or pasted: fills the passport
    /// fields (check digits verified).
    #[serde(default)]
    pub mrz: String,
    #[serde(default)]
    pub full_name: String,
    /// YYYY-MM-DD.
    #[serde(default)]
    pub date_of_birth: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchMatch {
    pub submission_id: String,
    pub applicant_id: String,
    pub application_number: String,
    pub family_name: String,
    pub given_names: String,
    /// pending, admitted, refused, withdrawn or expired.
    pub status: String,
    /// draft, awaiting_payment, paid or expired.
    pub submission_status: String,
    #[schema(required = true)]
    pub valid_until: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct SearchAnswer {
    pub matches: Vec<SearchMatch>,
    /// More people matched than a lookup returns.
    pub capped: bool,
}

/// What the search form's criteria become.
enum Criteria {
    Number(String),
    Identifier(Identifier),
}

fn criteria(app: &AppState, body: &SearchBody) -> Result<Criteria> {
    if !body.application_number.trim().is_empty() {
        let n = super::normalize_number(&body.application_number);
        if n.len() != 10 {
            return Err(Error::field(
                "application_number",
                Problem::InvalidDocumentNumber,
            ));
        }
        return Ok(Criteria::Number(n));
    }
    if !body.mrz.trim().is_empty() {
        let z = garita_domain::mrz::parse_td3(&body.mrz, crate::travelers::today(app))
            .map_err(|p| Error::field("mrz", p))?;
        let country = garita_domain::i94::alpha2_of(&z.issuing_state)
            .ok_or(Error::field("mrz", Problem::UnknownCountry))?;
        return Ok(Criteria::Identifier(Identifier::passport(
            country, &z.number,
        )?));
    }
    if !body.passport_number.trim().is_empty() || !body.passport_country.trim().is_empty() {
        return Identifier::passport(&body.passport_country, &body.passport_number)
            .map(Criteria::Identifier)
            .map_err(|e| {
                Error::Invalid(garita_domain::validation::Invalid(
                    e.0.into_iter()
                        .map(|f| garita_domain::validation::FieldError {
                            field: if f.field == "country" {
                                "passport_country"
                            } else {
                                "passport_number"
                            },
                            problem: f.problem,
                        })
                        .collect(),
                ))
            });
    }
    if !body.full_name.trim().is_empty() || !body.date_of_birth.trim().is_empty() {
        return Ok(Criteria::Identifier(Identifier::full_name_dob(
            &body.full_name,
            &body.date_of_birth,
            crate::travelers::today(app),
        )?));
    }
    Err(Error::field("application_number", Problem::Required))
}

/// Finds applications; the names shown are a view of personal data, audited with the ids.
pub async fn search(
    app: &AppState,
    officer: &InspectionOfficer,
    ip: IpAddr,
    body: &SearchBody,
) -> Result<SearchAnswer> {
    let (ids, capped) = match criteria(app, body)? {
        Criteria::Number(n) => match super::by_number(app, &n).await? {
            Some((id, _)) => (vec![id], false),
            None => (Vec::new(), false),
        },
        Criteria::Identifier(identifier) => {
            let found = lookups::find(
                app,
                &officer.account,
                ip,
                Search::new(
                    LookupPurpose::I94Inspection,
                    SubjectKind::I94Applicant,
                    &identifier,
                ),
            )
            .await?;
            (found.subject_ids, found.capped)
        }
    };
    let mut matches = Vec::new();
    for id in &ids {
        let Some(submission_id) = super::submission_of(app, id).await? else {
            continue;
        };
        let s = super::get_any(app, &submission_id).await?;
        if !officer.sees(&s.port_id) {
            continue;
        }
        if let Some(a) = s.applicants.iter().find(|a| &a.id == id) {
            matches.push(SearchMatch {
                submission_id: s.id.clone(),
                applicant_id: a.id.clone(),
                application_number: a.application_number.clone(),
                family_name: a.family_name.clone(),
                given_names: a.given_names.clone(),
                status: a.status.clone(),
                submission_status: s.status.clone(),
                valid_until: s.valid_until,
            });
        }
    }
    audit::record_view(
        app,
        Entry {
            actor: Some(&officer.account),
            action: "i94-search",
            subject: "i94:search".into(),
            detail: format!(
                "port={} sees={} results={} shown=[{}]",
                officer.port_id,
                officer.visibility,
                matches.len(),
                matches
                    .iter()
                    .map(|m| format!("i94_applicant:{}", m.applicant_id))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(SearchAnswer { matches, capped })
}

#[derive(Template)]
#[template(path = "i94/console_search.html")]
struct SearchPage<'a> {
    ctx: &'a Ctx,
    port_name: String,
    /// This port sees only the applications made for it.
    own_port: bool,
    body: SearchBody,
    errors: FormErrors,
    answer: Option<SearchAnswer>,
}

impl SearchPage<'_> {
    fn tk(&self, prefix: &str, value: &str) -> String {
        self.ctx.t(&format!("{prefix}{value}"))
    }
}

impl SubmissionPage<'_> {
    fn tk(&self, prefix: &str, value: &str) -> String {
        self.ctx.t(&format!("{prefix}{value}"))
    }

    fn amount_text(&self) -> String {
        self.ctx.tr.with(
            "i94-amount",
            &[
                ("count", self.s.applicants.len().to_string()),
                ("fee", super::pages::dollars(self.s.fee_cents)),
                ("amount", super::pages::dollars(self.s.amount_cents)),
            ],
        )
    }
}

async fn form(State(app): State<AppState>, officer: InspectionOfficer, ctx: Ctx) -> Response {
    render(
        StatusCode::OK,
        &SearchPage {
            ctx: &ctx,
            port_name: super::port_name(&app, &officer.port_id),
            own_port: officer.visibility == Visibility::OwnPort,
            body: SearchBody::default(),
            errors: FormErrors::default(),
            answer: None,
        },
    )
}

async fn submit(
    State(app): State<AppState>,
    officer: InspectionOfficer,
    ctx: Ctx,
    CsrfForm(body): CsrfForm<SearchBody>,
) -> Result<Response> {
    let port_name = super::port_name(&app, &officer.port_id);
    match search(&app, &officer, ctx.client_ip, &body).await {
        Ok(answer) => Ok(render(
            StatusCode::OK,
            &SearchPage {
                ctx: &ctx,
                port_name: port_name.clone(),
                own_port: officer.visibility == Visibility::OwnPort,
                body,
                errors: FormErrors::default(),
                answer: Some(answer),
            },
        )),
        Err(Error::Invalid(invalid)) => Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &SearchPage {
                ctx: &ctx,
                port_name: port_name.clone(),
                own_port: officer.visibility == Visibility::OwnPort,
                errors: FormErrors::from_invalid(&ctx, &invalid),
                body,
                answer: None,
            },
        )),
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "i94/console_submission.html")]
struct SubmissionPage<'a> {
    ctx: &'a Ctx,
    s: SubmissionView,
    valid_until: String,
    errors: FormErrors,
    decisions: &'static [&'static str],
    today: String,
    /// The applicant whose "read the passport's two lines" form the errors belong to.
    mrz_for: String,
}

async fn page(
    app: &AppState,
    officer: &InspectionOfficer,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    errors: FormErrors,
) -> Result<Response> {
    page_for(app, officer, ctx, id, status, errors, String::new()).await
}

async fn page_for(
    app: &AppState,
    officer: &InspectionOfficer,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    errors: FormErrors,
    mrz_for: String,
) -> Result<Response> {
    officer.may_see(app, id).await?;
    let s = super::get_any(app, id).await?;
    audit::record_view(
        app,
        Entry {
            actor: Some(&officer.account),
            action: "i94-view",
            subject: format!("i94:{}", s.id),
            detail: format!("port={} applicants={}", officer.port_id, s.applicants.len()),
            ip: ctx.client_ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    let valid_until = super::pages::valid_until_text(app, ctx, &s);
    Ok(render(
        status,
        &SubmissionPage {
            ctx,
            valid_until,
            errors,
            decisions: Decision::TEXTS,
            today: super::port_today(app, &officer.port_id).to_string(),
            s,
            mrz_for,
        },
    ))
}

async fn show(
    State(app): State<AppState>,
    officer: InspectionOfficer,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response> {
    page(
        &app,
        &officer,
        &ctx,
        &id,
        StatusCode::OK,
        FormErrors::default(),
    )
    .await
}

#[derive(Deserialize, Default)]
struct ReceiptForm {
    #[serde(default)]
    receipt_number: String,
}

async fn payment(
    State(app): State<AppState>,
    officer: InspectionOfficer,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReceiptForm>,
) -> Result<Response> {
    officer.may_see(&app, &id).await?;
    match crate::payments::at_port::record(
        &app,
        &officer.account,
        &officer.port_id,
        ctx.client_ip,
        &id,
        &form.receipt_number,
    )
    .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/console/i94/{id}")).into_response()),
        Err(Error::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            page(
                &app,
                &officer,
                &ctx,
                &id,
                StatusCode::UNPROCESSABLE_ENTITY,
                errors,
            )
            .await
        }
        Err(Error::Conflict(code)) => {
            let errors = FormErrors::general(ctx.t(&format!("error-{code}")));
            page(&app, &officer, &ctx, &id, StatusCode::CONFLICT, errors).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize, Default)]
struct DecisionForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    class_of_admission: String,
    #[serde(default)]
    admit_until: String,
    #[serde(default)]
    fingerprints_taken: Option<String>,
}

async fn decision(
    State(app): State<AppState>,
    officer: InspectionOfficer,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<DecisionForm>,
) -> Result<Response> {
    let submission_id = officer.applicant_submission(&app, &id).await?;
    let r = super::decide(
        &app,
        &officer.account,
        &officer.port_id,
        ctx.client_ip,
        &id,
        &super::DecisionInput {
            decision: &form.decision,
            class_of_admission: &form.class_of_admission,
            admit_until: &form.admit_until,
            fingerprints_taken: form.fingerprints_taken.is_some(),
        },
    )
    .await;
    match r {
        Ok(()) => Ok(Redirect::to(&format!("/console/i94/{submission_id}")).into_response()),
        Err(Error::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            page(
                &app,
                &officer,
                &ctx,
                &submission_id,
                StatusCode::UNPROCESSABLE_ENTITY,
                errors,
            )
            .await
        }
        Err(Error::Conflict(code)) => {
            let errors = FormErrors::general(ctx.t(&format!("error-{code}")));
            page(
                &app,
                &officer,
                &ctx,
                &submission_id,
                StatusCode::CONFLICT,
                errors,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize, Default)]
struct PassportForm {
    #[serde(default)]
    mrz: String,
}

/// "Read the passport's two lines": fills the applicant's passport number, issuing country and
/// expiry from the machine-readable zone (check digits verified); on an error, nothing changes
/// and the field says why.
async fn passport(
    State(app): State<AppState>,
    officer: InspectionOfficer,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<PassportForm>,
) -> Result<Response> {
    let submission_id = officer.applicant_submission(&app, &id).await?;
    let r = super::passport_from_mrz(
        &app,
        &officer.account,
        &officer.port_id,
        ctx.client_ip,
        &id,
        &form.mrz,
    )
    .await;
    let (status, errors) = match r {
        Ok(_) => {
            return Ok(
                Redirect::to(&format!("/console/i94/{submission_id}#app-{id}")).into_response(),
            )
        }
        Err(Error::Invalid(invalid)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            FormErrors::from_invalid(&ctx, &invalid),
        ),
        Err(Error::Conflict(code)) => (
            StatusCode::CONFLICT,
            FormErrors::general(ctx.t(&format!("error-{code}"))),
        ),
        Err(e) => return Err(e),
    };
    page_for(&app, &officer, &ctx, &submission_id, status, errors, id).await
}
