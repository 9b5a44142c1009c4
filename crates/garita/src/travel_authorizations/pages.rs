//! The pages of advance travel authorization: the programmes and their selections (public),
//! the invitation link and the beneficiary's steps (a traveler), the adjudicator's queue and
//! case, and the airline's check. Forms post and redirect; failures come back as the error page
//! in the reader's language.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::NaiveDate;
use garita_domain::parole::{CaseStatus, RefusalReason, Step};
use serde::Deserialize;

use super::beneficiary::{self, MyCase};
use super::decisions::{self, CaseDetails, QueueItem};
use super::selection::SelectionView;
use super::{programmes, Adjudicator, AirlineAgent};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::Traveler;
use crate::pages::render;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    let photo = Router::new()
        .route("/ata/case/photo", post(photo))
        .layer(axum::extract::DefaultBodyLimit::max(10 * 1024 * 1024));
    Router::new()
        .route("/ata", get(overview))
        .route("/ata/invitations/{token}", get(invitation).post(accept))
        .route("/ata/case", get(case))
        .route("/ata/case/biographic", post(biographic))
        .route("/ata/case/passport", post(passport))
        .route("/ata/case/attestations", post(attestations))
        .route("/ata/adjudication", get(queue))
        .route("/ata/adjudication/{id}", get(review).post(decide))
        .route("/ata/check", get(check_form).post(check))
        .merge(photo)
}

/// A programme's line on the overview.
pub struct ProgrammeLine {
    pub name: String,
    pub nationalities: String,
    pub monthly_cap: String,
    pub opens: String,
    pub closes: Option<String>,
    pub open: bool,
}

#[derive(Template)]
#[template(path = "travel_authorizations/overview.html")]
struct OverviewPage<'a> {
    ctx: &'a Ctx,
    programmes: Vec<ProgrammeLine>,
    selections: Vec<SelectionView>,
}

async fn overview(State(app): State<AppState>, ctx: Ctx) -> Result<Response> {
    let today = app.clock.now().date_naive();
    let programmes = programmes::all()
        .iter()
        .map(|p| ProgrammeLine {
            name: p.name.clone(),
            nationalities: p
                .nationalities
                .iter()
                .map(|n| crate::travelers::countries::name(n, ctx.tr.code()).to_string())
                .collect::<Vec<_>>()
                .join(", "),
            monthly_cap: crate::locale_format::number(ctx.tr.code(), i64::from(p.monthly_cap)),
            opens: ctx.tr.date(p.opens),
            closes: p.closes.map(|c| ctx.tr.date(c)),
            open: p.is_open(today),
        })
        .collect();
    let selections = super::selection::list(&app, false).await?;
    Ok(render(
        StatusCode::OK,
        &OverviewPage {
            ctx: &ctx,
            programmes,
            selections,
        },
    ))
}

#[derive(Template)]
#[template(path = "travel_authorizations/invitation.html")]
struct InvitationPage<'a> {
    ctx: &'a Ctx,
    token: String,
    programme: String,
    open: bool,
    traveler: bool,
}

async fn invitation(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response> {
    let view = beneficiary::look(&app, &token).await?;
    let traveler = ctx.account().is_some_and(|a| a.is_traveler());
    Ok(render(
        StatusCode::OK,
        &InvitationPage {
            ctx: &ctx,
            token,
            programme: view.programme.name.clone(),
            open: view.programme.is_open(app.clock.now().date_naive()),
            traveler,
        },
    ))
}

async fn accept(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    beneficiary::accept(&app, account, ctx.client_ip, &token).await?;
    Ok(Redirect::to("/ata/case").into_response())
}

#[derive(Template)]
#[template(path = "travel_authorizations/case.html")]
struct CasePage<'a> {
    ctx: &'a Ctx,
    case: Option<MyCase>,
    status: String,
    left: Vec<String>,
    valid_until: String,
    reason: String,
    attestations: Vec<(String, String, bool)>,
    passport_hint: String,
}

async fn case(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
) -> Result<Response> {
    let case = beneficiary::my_case(&app, account).await?;
    let (status, left, valid_until, reason, attestations, passport_hint) = match &case {
        None => Default::default(),
        Some(c) => (
            ctx.t(&format!("ata-status-{}", c.status.as_str())),
            c.left()
                .iter()
                .map(|s| ctx.t(&format!("ata-step-{}", s.as_str())))
                .collect(),
            c.valid_until.map(|d| ctx.tr.date(d)).unwrap_or_default(),
            c.refusal_reason
                .as_deref()
                .and_then(RefusalReason::parse)
                .map(|r| ctx.t(&format!("ata-reason-{}", r.as_str())))
                .unwrap_or_default(),
            c.programme
                .attestations
                .iter()
                .map(|a| {
                    (
                        a.clone(),
                        ctx.t(&format!("ata-attestation-{a}")),
                        c.attested.contains(a),
                    )
                })
                .collect(),
            ctx.tr.t1(
                "ata-passport-expires-hint",
                "days",
                c.programme.ata_validity_days,
            ),
        ),
    };
    Ok(render(
        StatusCode::OK,
        &CasePage {
            ctx: &ctx,
            case,
            status,
            left,
            valid_until,
            reason,
            attestations,
            passport_hint,
        },
    ))
}

#[derive(Deserialize)]
struct BiographicForm {
    #[serde(default)]
    family_name: String,
    #[serde(default)]
    given_names: String,
    #[serde(default)]
    date_of_birth: String,
}

async fn biographic(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    CsrfForm(f): CsrfForm<BiographicForm>,
) -> Result<Response> {
    beneficiary::save_biographic(
        &app,
        account,
        ctx.client_ip,
        &f.family_name,
        &f.given_names,
        &f.date_of_birth,
    )
    .await?;
    Ok(Redirect::to("/ata/case").into_response())
}

#[derive(Deserialize)]
struct PassportForm {
    #[serde(default)]
    passport_number: String,
    #[serde(default)]
    passport_country: String,
    #[serde(default)]
    passport_expires: String,
}

async fn passport(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    CsrfForm(f): CsrfForm<PassportForm>,
) -> Result<Response> {
    beneficiary::save_passport(
        &app,
        account,
        ctx.client_ip,
        &f.passport_number,
        &f.passport_country,
        &f.passport_expires,
    )
    .await?;
    Ok(Redirect::to("/ata/case").into_response())
}

async fn attestations(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    CsrfForm(f): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    let confirmed: Vec<String> = f
        .iter()
        .filter(|(k, v)| k.starts_with("attest_") && v.as_str() == "yes")
        .map(|(k, _)| k.trim_start_matches("attest_").to_string())
        .collect();
    beneficiary::save_attestations(&app, account, ctx.client_ip, &confirmed).await?;
    Ok(Redirect::to("/ata/case").into_response())
}

async fn photo(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    mut multipart: Multipart,
) -> Result<Response> {
    let mut csrf = String::new();
    let mut bytes = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| Error::BadRequest("malformed-form"))?
    {
        match field.name() {
            Some("csrf_token") => {
                csrf = field
                    .text()
                    .await
                    .map_err(|_| Error::BadRequest("malformed-form"))?
            }
            Some("photo") => {
                bytes = Some(field.bytes().await.map_err(|e| {
                    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                        Error::PayloadTooLarge
                    } else {
                        Error::BadRequest("malformed-form")
                    }
                })?)
            }
            _ => {}
        }
    }
    if csrf.is_empty() || !crate::http::forms::same(&csrf, &ctx.csrf_token) {
        return Err(Error::Csrf);
    }
    beneficiary::save_photo(&app, account, ctx.client_ip, bytes.unwrap_or_default()).await?;
    Ok(Redirect::to("/ata/case").into_response())
}

#[derive(Template)]
#[template(path = "travel_authorizations/queue.html")]
struct QueuePage<'a> {
    ctx: &'a Ctx,
    items: Vec<QueueItem>,
    nationality: String,
    submitted: Vec<String>,
}

#[derive(Deserialize)]
struct QueueQuery {
    #[serde(default)]
    nationality: String,
}

async fn queue(
    State(app): State<AppState>,
    Adjudicator(ref account): Adjudicator,
    ctx: Ctx,
    Query(q): Query<QueueQuery>,
) -> Result<Response> {
    let items = decisions::queue(&app, account, ctx.client_ip, Some(&q.nationality)).await?;
    let submitted = items
        .iter()
        .map(|i| ctx.tr.date(i.submitted_at.date_naive()))
        .collect();
    Ok(render(
        StatusCode::OK,
        &QueuePage {
            ctx: &ctx,
            items,
            nationality: q.nationality,
            submitted,
        },
    ))
}

#[derive(Template)]
#[template(path = "travel_authorizations/review.html")]
struct ReviewPage<'a> {
    ctx: &'a Ctx,
    case: CaseDetails,
    reasons: Vec<(&'static str, String)>,
    mismatches: Vec<String>,
    waiting: bool,
    status_text: String,
    date_of_birth: String,
    confirmed_date_of_birth: String,
    passport_expires: String,
}

async fn review(
    State(app): State<AppState>,
    Adjudicator(ref account): Adjudicator,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response> {
    let case = decisions::open(&app, account, ctx.client_ip, &id).await?;
    let date = |d: Option<NaiveDate>| d.map(|d| ctx.tr.date(d)).unwrap_or_default();
    Ok(render(
        StatusCode::OK,
        &ReviewPage {
            reasons: RefusalReason::ALL
                .iter()
                .map(|r| (r.as_str(), ctx.t(&format!("ata-reason-{}", r.as_str()))))
                .collect(),
            mismatches: case
                .mismatches
                .iter()
                .map(|m| ctx.t(&format!("ata-field-{}", m.replace('_', "-"))))
                .collect(),
            waiting: CaseStatus::parse(&case.status) == Some(CaseStatus::Submitted),
            status_text: ctx.t(&format!("ata-status-{}", case.status)),
            date_of_birth: date(Some(case.date_of_birth)),
            confirmed_date_of_birth: date(case.confirmed_date_of_birth),
            passport_expires: date(case.passport_expires),
            case,
            ctx: &ctx,
        },
    ))
}

#[derive(Deserialize)]
struct DecisionForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

async fn decide(
    State(app): State<AppState>,
    Adjudicator(ref account): Adjudicator,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<DecisionForm>,
) -> Result<Response> {
    decisions::decide(&app, account, ctx.client_ip, &id, &f.decision, &f.reason).await?;
    Ok(Redirect::to("/ata/adjudication").into_response())
}

#[derive(Template)]
#[template(path = "travel_authorizations/check.html")]
struct CheckPage<'a> {
    ctx: &'a Ctx,
    /// After a check: `Some(Some(date))` authorized until, `Some(None)` not authorized.
    answer: Option<Option<String>>,
}

async fn check_form(_agent: AirlineAgent, ctx: Ctx) -> Response {
    render(
        StatusCode::OK,
        &CheckPage {
            ctx: &ctx,
            answer: None,
        },
    )
}

#[derive(Deserialize)]
struct CheckForm {
    #[serde(default)]
    passport_number: String,
    #[serde(default)]
    date_of_birth: String,
    #[serde(default)]
    nationality: String,
}

async fn check(
    State(app): State<AppState>,
    agent: AirlineAgent,
    ctx: Ctx,
    CsrfForm(f): CsrfForm<CheckForm>,
) -> Result<Response> {
    let until = super::airline_check::check(
        &app,
        &agent,
        ctx.client_ip,
        &f.passport_number,
        &f.date_of_birth,
        &f.nationality,
    )
    .await?;
    Ok(render(
        StatusCode::OK,
        &CheckPage {
            answer: Some(until.map(|d| ctx.tr.date(d))),
            ctx: &ctx,
        },
    ))
}

/// The step ids, for the template.
pub fn steps() -> &'static [Step] {
    Step::ALL
}
