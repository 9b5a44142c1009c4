//! The provisional I-94 for arrivals by land: a traveler applies for up to 25 people in one
//! submission, pays once (at the port, or by card through `crate::payments`), and finishes at
//! any land port, where an officer finds the application (by its number, or by name and date
//! of birth, or by passport, through `crate::lookups`: nothing is decrypted to search) and
//! records the decision. Applicants' data (names, birth, passport and visa numbers…) is sealed
//! with the vault, one record per applicant. The rules are `garita_domain::i94`.

pub mod api;
pub mod console;
pub mod demo;
pub mod pages;
pub mod visibility;

use std::net::IpAddr;
use std::time::Duration as StdDuration;

use chrono::{DateTime, NaiveDate, Utc};
use garita_domain::i94::{
    self, Applicant, ApplicantInput, ApplicantStatus, Decision, SubmissionStatus,
};
use garita_domain::identifiers::{Identifier, SubjectKind};
use garita_domain::locations::Function;
use garita_domain::validation::Problem;
use rand::Rng;
use serde::Serialize;
use utoipa::ToSchema;

use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::idempotency::{self, Claim};
use crate::lookups::{self, Subject};
use crate::state::AppState;
use crate::storage::vault::random_id;
use crate::storage::Tx;

/// The currency of the fee (ISO 4217, lower case as card processors write it).
pub const CURRENCY: &str = "usd";

fn subject(id: &str) -> Subject {
    Subject {
        kind: SubjectKind::I94Applicant,
        id: id.to_string(),
    }
}

fn seal_key(id: &str) -> String {
    format!("i94_applicant:{id}")
}

/// The land port's own date (where the traveler will arrive).
pub fn port_today(app: &AppState, port_id: &str) -> NaiveDate {
    let now = app.clock.now();
    match app.locations.get(port_id) {
        Some(l) => now.with_timezone(&l.zone()).date_naive(),
        None => now.date_naive(),
    }
}

/// A land port that takes provisional I-94s.
pub fn land_port(app: &AppState, raw: &str) -> Result<String, Problem> {
    let id = raw.trim();
    if id.is_empty() {
        return Err(Problem::Required);
    }
    match app.locations.get(id) {
        Some(l) if l.serves(Function::ProvisionalI94) => Ok(l.id.clone()),
        _ => Err(Problem::UnknownPort),
    }
}

pub fn port_name(app: &AppState, id: &str) -> String {
    app.locations
        .get(id)
        .map(|l| l.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// An application number: 10 characters none of which can be misread (no O/0, I/1, L).
fn application_number() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    (0..10)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// A final I-94 number as CBP writes them: 9 digits, a letter, a digit.
fn i94_number() -> String {
    let mut rng = rand::thread_rng();
    let digits: String = (0..9).map(|_| rng.gen_range(0..10).to_string()).collect();
    format!(
        "{digits}{}{}",
        (b'A' + rng.gen_range(0..26u8)) as char,
        rng.gen_range(0..10)
    )
}

/// An application number as typed: case, spaces and dashes do not count.
pub fn normalize_number(raw: &str) -> String {
    raw.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[derive(sqlx::FromRow)]
struct SubmissionRow {
    id: String,
    account_id: i64,
    port_id: String,
    arrival_date: String,
    status: String,
    created_at: i64,
    paid_at: Option<i64>,
    valid_until: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct ApplicantRow {
    id: String,
    application_number: String,
    sealed: Vec<u8>,
    status: String,
    fingerprints_taken: i64,
    class_of_admission: Option<String>,
    admit_until: Option<String>,
    i94_number: Option<String>,
    decided_at: Option<i64>,
    decided_port: Option<String>,
}

#[derive(sqlx::FromRow)]
struct PaymentRow {
    id: String,
    provider: String,
    provider_ref: String,
    status: String,
    fee_cents: i64,
    amount_cents: i64,
    currency: String,
    checkout_url: Option<String>,
    created_at: i64,
    paid_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct Count {
    n: i64,
}

/// One applicant as its traveler (and the officer) sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ApplicantView {
    pub id: String,
    pub application_number: String,
    pub family_name: String,
    pub given_names: String,
    #[schema(value_type = String, format = Date)]
    pub date_of_birth: NaiveDate,
    pub citizenship: String,
    pub passport_country: String,
    /// The passport number (the traveler's own data).
    pub passport_number: String,
    pub document_kind: String,
    pub visa_class: String,
    /// pending, admitted, refused, withdrawn or expired.
    pub status: String,
    pub fingerprints_taken: bool,
    /// When admitted: the class of admission.
    #[schema(required = true)]
    pub class_of_admission: Option<String>,
    /// When admitted: the last day of the stay allowed.
    #[schema(required = true, value_type = Option<String>, format = Date)]
    pub admit_until: Option<NaiveDate>,
    /// When admitted: days left to stay from today (0 on the last day, negative after).
    #[schema(required = true)]
    pub days_left: Option<i64>,
    /// When admitted: the final I-94's number.
    #[schema(required = true)]
    pub i94_number: Option<String>,
    /// When decided: the land port where it was.
    #[schema(required = true)]
    pub decided_port: Option<String>,
    #[schema(required = true)]
    pub decided_at: Option<i64>,
    #[serde(skip)]
    pub applicant: Applicant,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PaymentView {
    pub id: String,
    /// at_port or stripe.
    pub provider: String,
    /// The port's receipt number or the checkout session's id.
    pub reference: String,
    /// open, paid, failed or expired.
    pub status: String,
    /// The fee per applicant in force that day, in cents.
    pub fee_cents: i64,
    pub amount_cents: i64,
    pub currency: String,
    #[schema(required = true)]
    pub checkout_url: Option<String>,
    pub created_at: i64,
    #[schema(required = true)]
    pub paid_at: Option<i64>,
}

/// A submission with its applicants and payments.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SubmissionView {
    pub id: String,
    /// The land port expected (the I-94 is valid at any land port).
    pub port_id: String,
    pub port_name: String,
    #[schema(value_type = String, format = Date)]
    pub arrival_date: NaiveDate,
    /// draft, awaiting_payment, paid or expired.
    pub status: String,
    pub created_at: i64,
    #[schema(required = true)]
    pub paid_at: Option<i64>,
    /// Unix seconds: paid, 7 days from payment; unpaid, 7 days after the arrival date.
    #[schema(required = true)]
    pub valid_until: Option<i64>,
    /// The fee per applicant in force today, in cents.
    pub fee_cents: i64,
    /// What paying now costs (fee × applicants), in cents.
    pub amount_cents: i64,
    pub currency: String,
    pub applicants: Vec<ApplicantView>,
    pub payments: Vec<PaymentView>,
    #[serde(skip)]
    pub account_id: i64,
}

impl SubmissionView {
    pub fn status(&self) -> Option<SubmissionStatus> {
        SubmissionStatus::parse(&self.status)
    }

    pub fn is_draft(&self) -> bool {
        self.status() == Some(SubmissionStatus::Draft)
    }

    pub fn awaiting_payment(&self) -> bool {
        self.status() == Some(SubmissionStatus::AwaitingPayment)
    }
}

fn date(s: &str, row: &str) -> Result<NaiveDate, Error> {
    s.parse()
        .map_err(|_| Error::Internal(anyhow::anyhow!("i94 {row}: unreadable date {s:?}")))
}

/// Opens an applicant's record. Days left count from today where the person was admitted
/// (the port's date), else at the expected port.
fn open_applicant(app: &AppState, port_id: &str, r: ApplicantRow) -> Result<ApplicantView, Error> {
    let plain = app.vault.open(&seal_key(&r.id), &r.sealed)?;
    let a: Applicant = serde_json::from_slice(&plain)?;
    let admit_until = r
        .admit_until
        .as_deref()
        .map(|d| date(d, &r.id))
        .transpose()?;
    let today = port_today(app, r.decided_port.as_deref().unwrap_or(port_id));
    Ok(ApplicantView {
        application_number: r.application_number,
        family_name: a.family_name.clone(),
        given_names: a.given_names.clone(),
        date_of_birth: a.date_of_birth,
        citizenship: a.citizenship.clone(),
        passport_country: a.passport_country.clone(),
        passport_number: a.passport_number.clone(),
        document_kind: a.document_kind.as_str().to_string(),
        visa_class: a.visa_class.clone(),
        status: r.status,
        fingerprints_taken: r.fingerprints_taken != 0,
        class_of_admission: r.class_of_admission,
        days_left: admit_until.map(|u| i94::days_left(u, today)),
        admit_until,
        i94_number: r.i94_number,
        decided_port: r.decided_port,
        decided_at: r.decided_at,
        id: r.id,
        applicant: a,
    })
}

/// The columns `ApplicantRow` and `SubmissionRow` read (a macro, so queries stay literals).
macro_rules! applicant_columns {
    () => {
        "id, application_number, sealed, status, fingerprints_taken, class_of_admission, admit_until, i94_number, decided_at, decided_port"
    };
}
macro_rules! submission_columns {
    () => {
        "id, account_id, port_id, arrival_date, status, created_at, paid_at, valid_until"
    };
}

async fn view(app: &AppState, s: SubmissionRow) -> Result<SubmissionView, Error> {
    let applicants: Vec<ApplicantRow> = sqlx::query_as(concat!(
        "SELECT ",
        applicant_columns!(),
        " FROM i94_applicants WHERE submission_id = $1 ORDER BY position"
    ))
    .bind(&s.id)
    .fetch_all(&app.db.read)
    .await?;
    let payments: Vec<PaymentRow> = sqlx::query_as(
        "SELECT id, provider, provider_ref, status, fee_cents, amount_cents, currency, checkout_url, created_at, paid_at
         FROM i94_payments WHERE submission_id = $1 ORDER BY created_at, id",
    )
    .bind(&s.id)
    .fetch_all(&app.db.read)
    .await?;
    let applicants = applicants
        .into_iter()
        .map(|r| open_applicant(app, &s.port_id, r))
        .collect::<Result<Vec<_>, _>>()?;
    let fee_cents = fee_today(app);
    Ok(SubmissionView {
        port_name: port_name(app, &s.port_id),
        arrival_date: date(&s.arrival_date, &s.id)?,
        fee_cents,
        amount_cents: i94::amount_cents(fee_cents, applicants.len()),
        currency: CURRENCY.to_string(),
        applicants,
        payments: payments
            .into_iter()
            .map(|p| PaymentView {
                id: p.id,
                provider: p.provider,
                reference: p.provider_ref,
                status: p.status,
                fee_cents: p.fee_cents,
                amount_cents: p.amount_cents,
                currency: p.currency,
                checkout_url: p.checkout_url,
                created_at: p.created_at,
                paid_at: p.paid_at,
            })
            .collect(),
        id: s.id,
        account_id: s.account_id,
        port_id: s.port_id,
        status: s.status,
        created_at: s.created_at,
        paid_at: s.paid_at,
        valid_until: s.valid_until,
    })
}

/// The fee per applicant in force today (UTC), in cents.
pub fn fee_today(app: &AppState) -> i64 {
    i94::fee_on(i94::fee_schedule(), app.clock.now().date_naive()).unwrap_or(0)
}

/// Every submission of an account, newest first (its own data: opened, not audited as a
/// view by someone else).
pub async fn list(app: &AppState, account_id: i64) -> Result<Vec<SubmissionView>, Error> {
    let rows: Vec<SubmissionRow> = sqlx::query_as(concat!(
        "SELECT ",
        submission_columns!(),
        " FROM i94_submissions WHERE account_id = $1 ORDER BY created_at DESC, id"
    ))
    .bind(account_id)
    .fetch_all(&app.db.read)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        out.push(view(app, r).await?);
    }
    Ok(out)
}

async fn submission_row(app: &AppState, id: &str) -> Result<Option<SubmissionRow>, Error> {
    Ok(sqlx::query_as(concat!(
        "SELECT ",
        submission_columns!(),
        " FROM i94_submissions WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&app.db.read)
    .await?)
}

/// One submission of the account; another account's is not found.
pub async fn get(app: &AppState, account_id: i64, id: &str) -> Result<SubmissionView, Error> {
    match submission_row(app, id).await? {
        Some(r) if r.account_id == account_id => view(app, r).await,
        _ => Err(Error::NotFound),
    }
}

/// Any submission (for officers and the payment providers).
pub async fn get_any(app: &AppState, id: &str) -> Result<SubmissionView, Error> {
    view(app, submission_row(app, id).await?.ok_or(Error::NotFound)?).await
}

async fn insert_applicant(
    app: &AppState,
    tx: &mut Tx,
    submission_id: &str,
    position: i64,
    applicant: &Applicant,
    now: i64,
) -> Result<String, Error> {
    let id = random_id();
    let sealed = app
        .vault
        .seal(&seal_key(&id), &serde_json::to_vec(applicant)?);
    sqlx::query(
        "INSERT INTO i94_applicants (id, submission_id, application_number, position, sealed, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(submission_id)
    .bind(application_number())
    .bind(position)
    .bind(sealed)
    .bind(ApplicantStatus::Pending.as_str())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    lookups::index(tx, &app.vault, &subject(&id), &identifiers(applicant), now).await?;
    Ok(id)
}

/// What an applicant is found by: the passport (issuing country + number) and the names with
/// the date of birth.
pub fn identifiers(a: &Applicant) -> Vec<Identifier> {
    let mut out = Vec::new();
    if let Ok(p) = Identifier::passport(&a.passport_country, &a.passport_number) {
        out.push(p);
    }
    let full = format!("{} {}", a.family_name, a.given_names);
    if let Ok(n) = Identifier::full_name_dob(&full, &a.date_of_birth.to_string(), a.date_of_birth) {
        out.push(n);
    }
    out
}

fn arrival(app: &AppState, port_id: &str, raw: &str) -> Result<NaiveDate, Problem> {
    i94::parse_arrival(raw, port_today(app, port_id))
}

/// Starts a submission on the pages (a draft the traveler adds applicants to).
pub async fn create_draft(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    port_raw: &str,
    arrival_raw: &str,
) -> Result<String, Error> {
    let mut c = garita_domain::validation::Collector::default();
    let port = c.check("port_id", land_port(app, port_raw));
    let day = c.check(
        "arrival_date",
        arrival(app, port.as_deref().unwrap_or(""), arrival_raw),
    );
    c.finish()?;
    let (Some(port), Some(day)) = (port, day) else {
        return Err(Error::field("port_id", Problem::Required));
    };
    let now = app.clock.timestamp();
    let id = random_id();
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "INSERT INTO i94_submissions (id, account_id, port_id, arrival_date, status, created_at, valid_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(account.id)
    .bind(&port)
    .bind(day.to_string())
    .bind(SubmissionStatus::Draft.as_str())
    .bind(now)
    .bind(i94::valid_until(day, None).timestamp())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "i94-draft",
            subject: format!("i94:{id}"),
            detail: format!("port={port}"),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Adds one applicant to the account's draft. Nothing is saved on a field error.
pub async fn add_applicant(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    submission_id: &str,
    input: &ApplicantInput,
) -> Result<String, Error> {
    let s = get(app, account.id, submission_id).await?;
    if !s.is_draft() {
        return Err(Error::Conflict("i94-not-draft"));
    }
    let applicant = i94::parse_applicant(input, s.arrival_date, crate::travelers::today(app))?;
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let count: Count =
        sqlx::query_as("SELECT COUNT(*) AS n FROM i94_applicants WHERE submission_id = $1")
            .bind(submission_id)
            .fetch_one(&mut *tx)
            .await?;
    if count.n as usize >= i94::MAX_APPLICANTS {
        return Err(Error::Conflict("i94-too-many-applicants"));
    }
    let id = insert_applicant(app, &mut tx, submission_id, count.n, &applicant, now).await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "i94-applicant-add",
            subject: format!("i94_applicant:{id}"),
            detail: format!("submission={submission_id}"),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Removes an applicant from the account's draft.
pub async fn remove_applicant(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    submission_id: &str,
    applicant_id: &str,
) -> Result<(), Error> {
    let s = get(app, account.id, submission_id).await?;
    if !s.is_draft() {
        return Err(Error::Conflict("i94-not-draft"));
    }
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let gone = sqlx::query("DELETE FROM i94_applicants WHERE id = $1 AND submission_id = $2")
        .bind(applicant_id)
        .bind(submission_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if gone == 0 {
        return Err(Error::NotFound);
    }
    lookups::forget(&mut tx, &subject(applicant_id)).await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "i94-applicant-remove",
            subject: format!("i94_applicant:{applicant_id}"),
            detail: format!("submission={submission_id}"),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Submits the account's draft: from now on it waits for payment.
pub async fn submit(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    submission_id: &str,
) -> Result<(), Error> {
    let s = get(app, account.id, submission_id).await?;
    if !s.is_draft() {
        return Err(Error::Conflict("i94-not-draft"));
    }
    if s.applicants.is_empty() {
        return Err(Error::field("applicants", Problem::Required));
    }
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let done = sqlx::query(
        "UPDATE i94_submissions SET status = $1, submitted_at = $2 WHERE id = $3 AND status = $4",
    )
    .bind(SubmissionStatus::AwaitingPayment.as_str())
    .bind(now)
    .bind(submission_id)
    .bind(SubmissionStatus::Draft.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Err(Error::Conflict("i94-not-draft"));
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "i94-submit",
            subject: format!("i94:{submission_id}"),
            detail: format!("applicants={}", s.applicants.len()),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The API's whole submission at once (every applicant checked, nothing saved on an error),
/// straight to awaiting payment. The same idempotency key answers with the same submission.
pub async fn create(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    port_raw: &str,
    arrival_raw: &str,
    inputs: &[ApplicantInput],
    idempotency_key: Option<&str>,
) -> Result<String, Error> {
    create_as(
        app,
        account.id,
        Some(account),
        ip,
        port_raw,
        arrival_raw,
        inputs,
        idempotency_key,
    )
    .await
}

/// `create` for an account id (the demo has no session: no actor in the audit entry).
#[allow(clippy::too_many_arguments)]
pub async fn create_as(
    app: &AppState,
    account_id: i64,
    actor: Option<&Account>,
    ip: IpAddr,
    port_raw: &str,
    arrival_raw: &str,
    inputs: &[ApplicantInput],
    idempotency_key: Option<&str>,
) -> Result<String, Error> {
    let port = land_port(app, port_raw);
    let day = arrival(app, port.as_deref().unwrap_or(""), arrival_raw);
    // With no valid arrival, documents are judged against today's date.
    let judged_on = day
        .clone()
        .unwrap_or_else(|_| port_today(app, port.as_deref().unwrap_or("")));
    let applicants = i94::parse_applicants(inputs, judged_on, crate::travelers::today(app));
    let mut problems = Vec::new();
    for (field, r) in [
        ("port_id", port.as_ref().err()),
        ("arrival_date", day.as_ref().err()),
    ] {
        if let Some(p) = r {
            problems.push(garita_domain::validation::FieldError {
                field,
                problem: p.clone(),
            });
        }
    }
    if let Err(e) = &applicants {
        problems.extend(e.0.iter().cloned());
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(garita_domain::validation::Invalid(problems)));
    }
    let (Ok(port), Ok(day), Ok(applicants)) = (port, day, applicants) else {
        return Err(Error::field("applicants", Problem::Required));
    };
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    if let Some(key) = idempotency_key {
        let hash = crate::storage::vault::sha256_hex(&format!(
            "i94\u{1F}{port}\u{1F}{day}\u{1F}{}",
            serde_json::to_string(&applicants)?
        ));
        if let Claim::Replay(_, id) =
            idempotency::claim(&mut tx, account_id, key, &hash, now).await?
        {
            return Ok(id);
        }
    }
    let id = random_id();
    sqlx::query(
        "INSERT INTO i94_submissions (id, account_id, port_id, arrival_date, status, created_at, submitted_at, valid_until)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7)",
    )
    .bind(&id)
    .bind(account_id)
    .bind(&port)
    .bind(day.to_string())
    .bind(SubmissionStatus::AwaitingPayment.as_str())
    .bind(now)
    .bind(i94::valid_until(day, None).timestamp())
    .execute(&mut *tx)
    .await?;
    for (i, a) in applicants.iter().enumerate() {
        insert_applicant(app, &mut tx, &id, i as i64, a, now).await?;
    }
    if let Some(key) = idempotency_key {
        idempotency::record(&mut tx, account_id, key, 201, &id).await?;
    }
    audit::record(
        &mut tx,
        Entry {
            actor,
            action: "i94-submit",
            subject: format!("i94:{id}"),
            detail: format!("port={port} applicants={}", applicants.len()),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct PaymentTarget {
    status: String,
    paid_at: Option<i64>,
}

/// Marks a submission paid inside the caller's transaction: valid from then for 7 days. One
/// still awaiting payment becomes paid; one that expired unpaid while the card payment was
/// being confirmed is revived — the fee is not refunded, so the paid application is not lost:
/// it becomes paid (valid 7 days from the confirmation) and its applicants the expiry had
/// closed wait for the officer again (`garita_domain::i94::payment_pays`). Returns whether it
/// changed (a second confirmation, or one for a submission paid before, changes nothing).
pub async fn mark_paid(
    tx: &mut Tx,
    submission_id: &str,
    paid_at: DateTime<Utc>,
) -> Result<bool, Error> {
    let row: Option<PaymentTarget> =
        sqlx::query_as("SELECT status, paid_at FROM i94_submissions WHERE id = $1")
            .bind(submission_id)
            .fetch_optional(&mut **tx)
            .await?;
    let Some(row) = row else {
        return Ok(false);
    };
    let Some(status) = SubmissionStatus::parse(&row.status) else {
        return Ok(false);
    };
    if !i94::payment_pays(status, row.paid_at.is_some()) {
        return Ok(false);
    }
    let valid_until = paid_at + chrono::Duration::days(i94::VALID_DAYS_AFTER_PAYMENT);
    let changed = sqlx::query(
        "UPDATE i94_submissions SET status = $1, paid_at = $2, valid_until = $3, expired_at = NULL
         WHERE id = $4 AND status = $5 AND paid_at IS NULL",
    )
    .bind(SubmissionStatus::Paid.as_str())
    .bind(paid_at.timestamp())
    .bind(valid_until.timestamp())
    .bind(submission_id)
    .bind(status.as_str())
    .execute(&mut **tx)
    .await?
    .rows_affected()
        == 1;
    if changed && status == SubmissionStatus::Expired {
        // Only the expiry closes a pending applicant (an officer cannot decide on an unpaid
        // application), so every expired applicant of it was pending.
        sqlx::query(
            "UPDATE i94_applicants SET status = $1 WHERE submission_id = $2 AND status = $3",
        )
        .bind(ApplicantStatus::Pending.as_str())
        .bind(submission_id)
        .bind(ApplicantStatus::Expired.as_str())
        .execute(&mut **tx)
        .await?;
        tracing::info!(
            submission = submission_id,
            "i94: expired unpaid, revived by a late card payment"
        );
    }
    Ok(changed)
}

/// Expires every submission whose time is over (paid: 7 days after payment; unpaid: 7 days
/// after the arrival date), and its applicants still waiting. Idempotent; no refund. Returns
/// how many submissions it expired.
pub async fn expire(app: &AppState) -> Result<u64, Error> {
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let live = [
        SubmissionStatus::Draft,
        SubmissionStatus::AwaitingPayment,
        SubmissionStatus::Paid,
    ];
    sqlx::query(
        "UPDATE i94_applicants SET status = $1 WHERE status = $2 AND submission_id IN
           (SELECT id FROM i94_submissions WHERE status IN ($3, $4, $5) AND valid_until <= $6)",
    )
    .bind(ApplicantStatus::Expired.as_str())
    .bind(ApplicantStatus::Pending.as_str())
    .bind(live[0].as_str())
    .bind(live[1].as_str())
    .bind(live[2].as_str())
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let n = sqlx::query(
        "UPDATE i94_submissions SET status = $1, expired_at = $2
         WHERE status IN ($3, $4, $5) AND valid_until <= $2",
    )
    .bind(SubmissionStatus::Expired.as_str())
    .bind(now)
    .bind(live[0].as_str())
    .bind(live[1].as_str())
    .bind(live[2].as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(n)
}

/// Runs `expire` every 30 seconds inside `serve`.
pub fn spawn_expiry_job(app: AppState) {
    tokio::spawn(async move {
        loop {
            if let Err(e) = expire(&app).await {
                tracing::error!(error = ?e, "i94 expiry");
            }
            tokio::time::sleep(StdDuration::from_secs(30)).await;
        }
    });
}

#[derive(sqlx::FromRow)]
struct ApplicantSubmission {
    id: String,
    submission_id: String,
}

/// The applicant with this application number, if any.
pub async fn by_number(app: &AppState, raw: &str) -> Result<Option<(String, String)>, Error> {
    let row: Option<ApplicantSubmission> = sqlx::query_as(
        "SELECT id, submission_id FROM i94_applicants WHERE application_number = $1",
    )
    .bind(normalize_number(raw))
    .fetch_optional(&app.db.read)
    .await?;
    Ok(row.map(|r| (r.id, r.submission_id)))
}

/// The submissions of applicant ids (as found by a lookup).
pub async fn submission_of(app: &AppState, applicant_id: &str) -> Result<Option<String>, Error> {
    let row: Option<ApplicantSubmission> =
        sqlx::query_as("SELECT id, submission_id FROM i94_applicants WHERE id = $1")
            .bind(applicant_id)
            .fetch_optional(&app.db.read)
            .await?;
    Ok(row.map(|r| r.submission_id))
}

/// The officer's decision on one applicant.
pub struct DecisionInput<'a> {
    pub decision: &'a str,
    pub class_of_admission: &'a str,
    pub admit_until: &'a str,
    pub fingerprints_taken: bool,
}

/// An officer reads an applicant's passport from its machine-readable zone (the two lines,
/// every ICAO 9303 check digit verified): the sealed passport number, issuing country and
/// expiry are replaced, and the applicant's lookup fingerprints with them, in one transaction
/// with the audit entry (`i94-passport-mrz`, no personal data in it). On any error nothing
/// changes. Only for a pending applicant of a submission that has not expired. Returns the
/// submission's id.
pub async fn passport_from_mrz(
    app: &AppState,
    officer: &Account,
    port_id: &str,
    ip: IpAddr,
    applicant_id: &str,
    mrz: &str,
) -> Result<String, Error> {
    let submission_id = submission_of(app, applicant_id)
        .await?
        .ok_or(Error::NotFound)?;
    let s = get_any(app, &submission_id).await?;
    let a = s
        .applicants
        .iter()
        .find(|a| a.id == applicant_id)
        .ok_or(Error::NotFound)?;
    if s.status == SubmissionStatus::Expired.as_str() {
        return Err(Error::Conflict(i94::DecisionRefusal::Expired.code()));
    }
    if a.status != ApplicantStatus::Pending.as_str() {
        return Err(Error::Conflict(i94::DecisionRefusal::AlreadyDecided.code()));
    }
    if mrz.trim().is_empty() {
        return Err(Error::field("mrz", Problem::Required));
    }
    let z = garita_domain::mrz::parse_td3(mrz, port_today(app, port_id))
        .map_err(|p| Error::field("mrz", p))?;
    let country =
        i94::alpha2_of(&z.issuing_state).ok_or(Error::field("mrz", Problem::UnknownCountry))?;
    if z.expiry <= s.arrival_date {
        return Err(Error::field("mrz", Problem::PassportExpiresBeforeArrival));
    }
    Identifier::passport(country, &z.number)
        .map_err(|_| Error::field("mrz", Problem::InvalidDocumentNumber))?;
    let mut applicant = a.applicant.clone();
    applicant.passport_number = z.number.clone();
    applicant.passport_country = country.to_string();
    applicant.passport_expiry = z.expiry;
    let now = app.clock.now().timestamp();
    let sealed = app
        .vault
        .seal(&seal_key(applicant_id), &serde_json::to_vec(&applicant)?);
    let mut tx = app.db.begin().await?;
    let done = sqlx::query("UPDATE i94_applicants SET sealed = $1 WHERE id = $2 AND status = $3")
        .bind(sealed)
        .bind(applicant_id)
        .bind(ApplicantStatus::Pending.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if done == 0 {
        return Err(Error::Conflict(i94::DecisionRefusal::AlreadyDecided.code()));
    }
    lookups::index(
        &mut tx,
        &app.vault,
        &subject(applicant_id),
        &identifiers(&applicant),
        now,
    )
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(officer),
            action: "i94-passport-mrz",
            subject: format!("i94_applicant:{applicant_id}"),
            detail: format!(
                "port={port_id} fields=passport_number,passport_country,passport_expiry"
            ),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(submission_id)
}

/// Records an officer's decision: only on a paid, unexpired submission and a pending
/// applicant (else a clear refusal); admitted needs a class and an admit-until date, and
/// makes the final I-94 with its number. Audited in the same transaction.
pub async fn decide(
    app: &AppState,
    officer: &Account,
    port_id: &str,
    ip: IpAddr,
    applicant_id: &str,
    input: &DecisionInput<'_>,
) -> Result<(), Error> {
    let submission_id = submission_of(app, applicant_id)
        .await?
        .ok_or(Error::NotFound)?;
    let s = get_any(app, &submission_id).await?;
    let a = s
        .applicants
        .iter()
        .find(|a| a.id == applicant_id)
        .ok_or(Error::NotFound)?;
    let decision = match input.decision.trim() {
        "" => return Err(Error::field("decision", Problem::Required)),
        d => Decision::parse(d).ok_or(Error::field("decision", Problem::UnknownChoice))?,
    };
    let now = app.clock.now();
    let paid_at = s.paid_at.and_then(|t| DateTime::from_timestamp(t, 0));
    let (submission_status, applicant_status) = (
        s.status().ok_or(Error::NotFound)?,
        ApplicantStatus::parse(&a.status).ok_or(Error::NotFound)?,
    );
    if let Err(r) = i94::may_decide(
        submission_status,
        applicant_status,
        s.arrival_date,
        paid_at,
        now,
    ) {
        return Err(Error::Conflict(r.code()));
    }
    let admission = if decision == Decision::Admitted {
        Some(i94::parse_admission(
            input.class_of_admission,
            input.admit_until,
            port_today(app, port_id),
        )?)
    } else {
        None
    };
    let number = admission.as_ref().map(|_| i94_number());
    let mut tx = app.db.begin().await?;
    let done = sqlx::query(
        "UPDATE i94_applicants SET status = $1, class_of_admission = $2, admit_until = $3, i94_number = $4,
           fingerprints_taken = $5, decided_by = $6, decided_port = $7, decided_at = $8
         WHERE id = $9 AND status = $10",
    )
    .bind(decision.status().as_str())
    .bind(admission.as_ref().map(|(c, _)| c.clone()))
    .bind(admission.as_ref().map(|(_, d)| d.to_string()))
    .bind(&number)
    .bind(i64::from(input.fingerprints_taken))
    .bind(officer.id)
    .bind(port_id)
    .bind(now.timestamp())
    .bind(applicant_id)
    .bind(ApplicantStatus::Pending.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Err(Error::Conflict(i94::DecisionRefusal::AlreadyDecided.code()));
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(officer),
            action: "i94-decision",
            subject: format!("i94_applicant:{applicant_id}"),
            detail: format!(
                "port={port_id} decision={} fingerprints={}{}",
                decision.as_str(),
                input.fingerprints_taken,
                admission
                    .as_ref()
                    .map(|(c, d)| format!(" class={c} until={d}"))
                    .unwrap_or_default()
            ),
            ip,
            at: now.timestamp(),
        },
    )
    .await?;
    if admission.is_some() {
        // An admission issues one I-94: counted on the port's local day.
        let day = crate::statistics::counters::local_day(&app.ports, port_id, now);
        crate::statistics::count(
            &mut tx,
            day,
            port_id,
            garita_domain::statistics::Metric::I94Issued,
            "",
            1,
            1,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
