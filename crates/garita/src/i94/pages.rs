//! The traveler's pages: "My I-94s" (`/i94`: every submission and its state, how long each
//! admitted person may stay, the travel history, and a new application), one submission
//! (`/i94/{id}`: while a draft, add people from the group or for this trip only, then submit;
//! afterwards the printable receipt with application numbers, names, port, valid-until and
//! how to pay — no refund, said before paying).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use garita_domain::i94::{
    self, visa_classes, ApplicantInput, ApplicantStatus, DocumentKind, Purpose, Sex,
    SubmissionStatus,
};
use serde::Deserialize;

use super::SubmissionView;
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::Traveler;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/i94", get(mine).post(start))
        .route("/i94/{id}", get(show))
        .route("/i94/{id}/applicants", post(add))
        .route("/i94/{id}/passport-zone", post(read_zone))
        .route("/i94/{id}/applicants/{applicant}/remove", post(remove))
        .route("/i94/{id}/submit", post(submit))
        .route("/i94/{id}/pay", post(pay))
}

/// "valid until …" in the reader's language, in the expected port's zone.
pub fn valid_until_text(app: &AppState, ctx: &Ctx, s: &SubmissionView) -> String {
    let zone = app
        .locations
        .get(&s.port_id)
        .map(|l| l.zone())
        .unwrap_or(chrono_tz::UTC);
    s.valid_until
        .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
        .map(|at| crate::locale_format::date_time(ctx.tr.code(), at, zone))
        .unwrap_or_default()
}

/// Cents as dollars for the page ("30.00"): integer arithmetic, never floats.
pub fn dollars(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// A submission as a page shows it: its texts already in the reader's language.
pub struct Row {
    pub s: SubmissionView,
    pub valid_until: String,
    pub arrival: String,
    /// The submission's state, with its valid-until or lapse time when it has one.
    pub status_text: String,
    /// Per applicant: the state; admitted, with the class, the admit-until date, the days left
    /// and the I-94 number.
    pub applicant_texts: Vec<String>,
}

pub fn row(app: &AppState, ctx: &Ctx, s: SubmissionView) -> Row {
    let valid_until = valid_until_text(app, ctx, &s);
    let mut status_text = ctx.t(&format!("i94-status-{}", s.status));
    match s.status() {
        Some(SubmissionStatus::Paid) => {
            status_text = format!(
                "{status_text} — {}",
                ctx.tr.t1("i94-valid-until", "when", &valid_until)
            )
        }
        Some(SubmissionStatus::AwaitingPayment | SubmissionStatus::Draft) => {
            status_text = format!(
                "{status_text} — {}",
                ctx.tr.t1("i94-lapses-on", "when", &valid_until)
            )
        }
        _ => {}
    }
    let applicant_texts = s
        .applicants
        .iter()
        .map(|a| {
            let state = ctx.t(&format!("i94-applicant-{}", a.status));
            match (&a.class_of_admission, a.admit_until, a.days_left) {
                (Some(class), Some(until), Some(days)) => format!(
                    "{state} — {} {}{}",
                    ctx.tr.with(
                        "i94-admitted-detail",
                        &[("class", class.clone()), ("date", ctx.tr.date(until))]
                    ),
                    ctx.tr.t1("i94-days-left", "days", days.max(0)),
                    a.i94_number
                        .as_deref()
                        .map(|n| format!(" · {}", ctx.tr.t1("i94-number", "number", n)))
                        .unwrap_or_default()
                ),
                _ => state,
            }
        })
        .collect();
    Row {
        valid_until,
        arrival: ctx.tr.date(s.arrival_date),
        status_text,
        applicant_texts,
        s,
    }
}

#[derive(Template)]
#[template(path = "i94/mine.html")]
struct MinePage<'a> {
    ctx: &'a Ctx,
    rows: Vec<Row>,
    ports: Vec<(String, String)>,
    port_id: String,
    arrival_date: String,
    errors: FormErrors,
    fee: String,
    /// Admissions recorded in Garita, newest first: (name, class, port, date).
    history: Vec<(String, String, String, String)>,
}

fn land_ports(app: &AppState) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = app
        .locations
        .serving(garita_domain::locations::Function::ProvisionalI94)
        .map(|l| (l.id.clone(), format!("{} ({})", l.name, l.state)))
        .collect();
    v.sort_by(|a, b| a.1.cmp(&b.1));
    v
}

async fn mine_page(
    app: &AppState,
    ctx: &Ctx,
    account_id: i64,
    status: StatusCode,
    port_id: String,
    arrival_date: String,
    errors: FormErrors,
) -> Result<Response> {
    let list = super::list(app, account_id).await?;
    let mut history = Vec::new();
    for s in &list {
        for a in &s.applicants {
            if ApplicantStatus::parse(&a.status) == Some(ApplicantStatus::Admitted) {
                history.push((
                    a.applicant.full_name(),
                    a.class_of_admission.clone().unwrap_or_default(),
                    a.decided_port
                        .as_deref()
                        .map(|p| super::port_name(app, p))
                        .unwrap_or_default(),
                    a.decided_at
                        .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
                        .map(|t| ctx.tr.date(t.date_naive()))
                        .unwrap_or_default(),
                ));
            }
        }
    }
    let rows = list.into_iter().map(|s| row(app, ctx, s)).collect();
    Ok(render(
        status,
        &MinePage {
            ctx,
            rows,
            ports: land_ports(app),
            port_id,
            arrival_date,
            errors,
            fee: dollars(super::fee_today(app)),
            history,
        },
    ))
}

async fn mine(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
) -> Result<Response> {
    let port = account.port_id.clone().unwrap_or_default();
    mine_page(
        &app,
        &ctx,
        account.id,
        StatusCode::OK,
        port,
        String::new(),
        FormErrors::default(),
    )
    .await
}

#[derive(Deserialize, Default)]
struct StartForm {
    #[serde(default)]
    port_id: String,
    #[serde(default)]
    arrival_date: String,
}

async fn start(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<StartForm>,
) -> Result<Response> {
    match super::create_draft(
        &app,
        &account,
        ctx.client_ip,
        &form.port_id,
        &form.arrival_date,
    )
    .await
    {
        Ok(id) => Ok(Redirect::to(&format!("/i94/{id}")).into_response()),
        Err(Error::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            mine_page(
                &app,
                &ctx,
                account.id,
                StatusCode::UNPROCESSABLE_ENTITY,
                form.port_id,
                form.arrival_date,
                errors,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "i94/submission.html")]
struct SubmissionPage<'a> {
    ctx: &'a Ctx,
    r: Row,
    form: ApplicantInput,
    errors: FormErrors,
    group: Vec<crate::travelers::Traveler>,
    countries: Vec<(&'static str, &'static str)>,
    classes: Vec<&'static str>,
    sexes: &'static [&'static str],
    kinds: &'static [&'static str],
    purposes: &'static [&'static str],
    fee: String,
    amount: String,
    card: bool,
    paid_by_card: bool,
    max: usize,
    /// After "pay by card": the checkout page to go on to (a link, since the page's CSP
    /// keeps form posts on this site).
    checkout: Option<String>,
    /// Whether this device keeps the receipt for use offline (see [`kept_until`]).
    kept: bool,
    /// The passport's two lines as typed (kept in their box after an error).
    zone: String,
    /// The form was just filled in from the passport's two lines.
    zone_read: bool,
}

impl SubmissionPage<'_> {
    /// A message named by a prefix and a value (`i94-sex-F`).
    fn tk(&self, prefix: &str, value: &str) -> String {
        self.ctx.t(&format!("{prefix}{value}"))
    }

    fn amount_text(&self) -> String {
        self.ctx.tr.with(
            "i94-amount",
            &[
                ("count", self.r.s.applicants.len().to_string()),
                ("fee", self.fee.clone()),
                ("amount", self.amount.clone()),
            ],
        )
    }

    fn paid_text(&self, amount_cents: &i64, reference: &str) -> String {
        self.ctx.tr.with(
            "i94-paid-detail",
            &[
                ("amount", dollars(*amount_cents)),
                ("reference", reference.to_string()),
            ],
        )
    }
}

#[derive(Deserialize, Default)]
struct ShowQuery {
    /// A group member to fill the form from.
    #[serde(default)]
    member: Option<String>,
    #[serde(default)]
    paid: Option<String>,
}

#[allow(clippy::too_many_arguments)]
async fn submission_page(
    app: &AppState,
    ctx: &Ctx,
    account_id: i64,
    id: &str,
    status: StatusCode,
    form: ApplicantInput,
    errors: FormErrors,
    paid_by_card: bool,
    checkout: Option<String>,
) -> Result<Response> {
    zone_page(
        app,
        account_id,
        ctx,
        id,
        status,
        form,
        errors,
        (paid_by_card, checkout),
        (String::new(), false),
    )
    .await
}

/// [`submission_page`] with the passport-zone box's text and whether it was just read.
#[allow(clippy::too_many_arguments)]
async fn zone_page(
    app: &AppState,
    account_id: i64,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    form: ApplicantInput,
    errors: FormErrors,
    (paid_by_card, checkout): (bool, Option<String>),
    (zone, zone_read): (String, bool),
) -> Result<Response> {
    let s = super::get(app, account_id, id).await?;
    let group = if s.is_draft() {
        crate::travelers::list(app, account_id).await?
    } else {
        Vec::new()
    };
    let fee = dollars(s.fee_cents);
    let amount = dollars(s.amount_cents);
    let until = kept_until(&s, app.clock.now());
    let mut res = render(
        status,
        &SubmissionPage {
            ctx,
            r: row(app, ctx, s),
            form,
            errors,
            group,
            countries: crate::travelers::countries::list(ctx.tr.code()),
            classes: visa_classes().iter().map(|c| c.code.as_str()).collect(),
            sexes: Sex::TEXTS,
            kinds: DocumentKind::TEXTS,
            purposes: Purpose::TEXTS,
            fee,
            amount,
            card: app.settings.payments.stripe.is_some(),
            paid_by_card,
            max: i94::MAX_APPLICANTS,
            checkout,
            kept: until.is_some(),
            zone,
            zone_read,
        },
    );
    if let Some(until) = until {
        // The same rules as the pass: whose receipt it is (a keyed tag, nothing personal) and
        // until when the service worker may open it offline.
        let headers = res.headers_mut();
        if let (Ok(tag), Ok(until)) = (
            HeaderValue::from_str(&crate::passes::account_tag(app, account_id)),
            HeaderValue::from_str(&until.to_string()),
        ) {
            headers.insert(crate::passes::ACCOUNT_HEADER, tag);
            headers.insert(crate::passes::UNTIL_HEADER, until);
        }
    }
    Ok(res)
}

/// Until when (milliseconds since the epoch, UTC) a device may keep the receipt and open it
/// offline: a submitted one that is awaiting payment or paid, until its valid-until. A draft,
/// an expired one or one past its valid-until is not kept (the service worker forgets it).
pub fn kept_until(s: &SubmissionView, now: chrono::DateTime<chrono::Utc>) -> Option<i64> {
    let live = s.status == SubmissionStatus::AwaitingPayment.as_str()
        || s.status == SubmissionStatus::Paid.as_str();
    let until = s.valid_until?.checked_mul(1000)?;
    (live && until > now.timestamp_millis()).then_some(until)
}

async fn show(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> Result<Response> {
    let mut form = ApplicantInput::default();
    if let Some(member) = q.member.as_deref() {
        let t = crate::travelers::get(&app, account.id, member).await?;
        // A member's record holds one full name: the last word as the family name is a
        // guess the traveler corrects.
        let words: Vec<&str> = t.full_name.split_whitespace().collect();
        if let Some((last, first)) = words.split_last() {
            form.family_name = last.to_string();
            form.given_names = first.join(" ");
        }
        form.date_of_birth = t.date_of_birth.to_string();
        form.citizenship = t.citizenship.clone();
        form.passport_country = t.citizenship.clone();
    }
    submission_page(
        &app,
        &ctx,
        account.id,
        &id,
        StatusCode::OK,
        form,
        FormErrors::default(),
        q.paid.as_deref() == Some("card"),
        None,
    )
    .await
}

async fn add(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ApplicantInput>,
) -> Result<Response> {
    match super::add_applicant(&app, &account, ctx.client_ip, &id, &form).await {
        Ok(_) => Ok(Redirect::to(&format!("/i94/{id}")).into_response()),
        Err(Error::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            submission_page(
                &app,
                &ctx,
                account.id,
                &id,
                StatusCode::UNPROCESSABLE_ENTITY,
                form,
                errors,
                false,
                None,
            )
            .await
        }
        Err(Error::Conflict(code)) => {
            let errors = FormErrors::general(ctx.t(&format!("error-{code}")));
            submission_page(
                &app,
                &ctx,
                account.id,
                &id,
                StatusCode::CONFLICT,
                form,
                errors,
                false,
                None,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

/// The applicant form with the passport's two lines: what was typed so far (if any) and the
/// zone.
#[derive(Deserialize, Default)]
struct ZoneForm {
    #[serde(default)]
    mrz: String,
    #[serde(flatten)]
    form: ApplicantInput,
}

/// "Fill in from the passport's two lines": reads the machine-readable zone (every check digit
/// verified) and answers the form filled in — passport number, issuing country and expiry,
/// names, date of birth, sex and citizenship — for the traveler to check and complete; nothing
/// is saved. A zone that does not read is shown on its box, the form unchanged.
async fn read_zone(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(ZoneForm { mrz, mut form }): CsrfForm<ZoneForm>,
) -> Result<Response> {
    let s = super::get(&app, account.id, &id).await?;
    if !s.is_draft() {
        return Err(Error::Conflict("i94-not-draft"));
    }
    let today = super::port_today(&app, &s.port_id);
    let (status, errors, read) = match i94::fill_from_mrz(&mut form, &mrz, today) {
        Ok(()) => (StatusCode::OK, FormErrors::default(), true),
        Err(problem) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            FormErrors::from_invalid(
                &ctx,
                &garita_domain::validation::Invalid(vec![garita_domain::validation::FieldError {
                    field: "mrz",
                    problem,
                }]),
            ),
            false,
        ),
    };
    let zone = if read { String::new() } else { mrz };
    zone_page(
        &app,
        account.id,
        &ctx,
        &id,
        status,
        form,
        errors,
        (false, None),
        (zone, read),
    )
    .await
}

#[derive(Deserialize, Default)]
struct Empty {}

async fn remove(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    Path((id, applicant)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    super::remove_applicant(&app, &account, ctx.client_ip, &id, &applicant).await?;
    Ok(Redirect::to(&format!("/i94/{id}")).into_response())
}

async fn submit(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    match super::submit(&app, &account, ctx.client_ip, &id).await {
        Ok(()) => Ok(Redirect::to(&format!("/i94/{id}")).into_response()),
        Err(Error::Invalid(_)) => {
            let errors = FormErrors::general(ctx.t("i94-need-applicant"));
            submission_page(
                &app,
                &ctx,
                account.id,
                &id,
                StatusCode::UNPROCESSABLE_ENTITY,
                ApplicantInput::default(),
                errors,
                false,
                None,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

async fn pay(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    match crate::payments::stripe::start_checkout(&app, &account, ctx.client_ip, &id).await {
        Ok(url) => {
            submission_page(
                &app,
                &ctx,
                account.id,
                &id,
                StatusCode::OK,
                ApplicantInput::default(),
                FormErrors::default(),
                false,
                Some(url),
            )
            .await
        }
        Err(Error::Conflict(code)) => {
            let errors = FormErrors::general(ctx.t(&format!("error-{code}")));
            submission_page(
                &app,
                &ctx,
                account.id,
                &id,
                StatusCode::CONFLICT,
                ApplicantInput::default(),
                errors,
                false,
                None,
            )
            .await
        }
        Err(e) => Err(e),
    }
}
