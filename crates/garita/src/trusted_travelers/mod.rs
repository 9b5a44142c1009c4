//! Trusted Traveler memberships (SENTRI, NEXUS, Global Entry, FAST) and their enrollment
//! interviews. An agency imports the memberships (`imports`: the CLI `garita ttp import FILE`
//! and an API for a government agency's member), a traveler links theirs by programme, PASSID
//! and date of birth (`linking`), sees its status, expiry and renewal window, is reminded when
//! the window opens (`reminders`), and, conditionally approved, books the interview at an
//! enrollment center (`interviews`), where an enrollment officer records its outcome.
//!
//! The PASSID is stored as a keyed fingerprint (`lookups::fingerprint`, unique: imports are
//! idempotent by PASSID) and sealed; the date of birth only as a keyed fingerprint of the
//! PASSID with the date. Nothing else about the person is kept.

pub mod api;
pub mod demo;
pub mod imports;
pub mod interviews;
pub mod linking;
pub mod pages;
pub mod reminders;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use chrono::NaiveDate;
use garita_domain::identifiers::Identifier;
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::Role;
use garita_domain::trusted_travelers::{
    next_step, renewal, shown_status, MembershipStatus, NextStep, Programme,
};
use serde::Serialize;
use utoipa::ToSchema;

use crate::http::errors::Error;
use crate::http::roles::{OrganisationActor, OrganisationCaller, SignedIn};
use crate::http::session::Account;
use crate::lookups;
use crate::state::AppState;

/// The PASSID's keyed fingerprint (kind `passid`, as `lookups` fingerprints it).
pub fn passid_fingerprint(app: &AppState, passid: &str) -> String {
    lookups::fingerprint(&app.vault, &Identifier::Passid(passid.to_string()))
}

/// The date of birth's keyed fingerprint, bound to its PASSID (so equal dates of different
/// people never give equal fingerprints).
pub fn dob_fingerprint(app: &AppState, passid: &str, date_of_birth: NaiveDate) -> String {
    app.vault
        .fingerprint(&format!("ttp-dob\u{1F}{passid}\u{1F}{date_of_birth}"))
}

/// What the PASSID is sealed under: the membership's id.
pub fn passid_aad(membership_id: &str) -> String {
    format!("ttp-passid:{membership_id}")
}

/// Equal without stopping at the first difference.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The date the service counts days by (its cycle's zone).
pub fn today(app: &AppState) -> NaiveDate {
    app.clock
        .now()
        .with_timezone(&app.settings.cycle.time_zone)
        .date_naive()
}

/// Who imports memberships through the API: a signed-in member (or manager) of an approved
/// government agency. API keys are refused (no key permission covers memberships), as are
/// other kinds of organisation (403 `ttp-agency-only`).
pub struct Importer {
    pub organisation_id: i64,
    pub account: Account,
}

impl FromRequestParts<AppState> for Importer {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Error> {
        let caller = OrganisationCaller::from_request_parts(parts, app).await?;
        match caller.actor {
            OrganisationActor::Key(_) => Err(Error::NotPermitted("api-key-permission")),
            OrganisationActor::Staff(_)
                if caller.organisation_kind != OrganisationKind::GovernmentAgency =>
            {
                Err(Error::NotPermitted("ttp-agency-only"))
            }
            OrganisationActor::Staff(account) => Ok(Importer {
                organisation_id: caller.organisation_id,
                account,
            }),
        }
    }
}

/// An enrollment officer, with the enrollment center their grant is on.
pub struct EnrollmentOfficer {
    pub account: Account,
    pub center_id: String,
}

impl FromRequestParts<AppState> for EnrollmentOfficer {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Error> {
        let SignedIn(account) = SignedIn::from_request_parts(parts, app).await?;
        let center_id = account
            .location_for(Role::EnrollmentOfficer)
            .map(str::to_string)
            .ok_or(Error::Forbidden)?;
        Ok(EnrollmentOfficer { account, center_id })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct MembershipRow {
    pub id: String,
    pub programme: String,
    pub status: String,
    pub expires_on: Option<String>,
}

impl MembershipRow {
    pub fn programme(&self) -> Result<Programme, Error> {
        Programme::parse(&self.programme).ok_or_else(|| {
            Error::Internal(anyhow::anyhow!(
                "ttp_memberships {}: unknown programme {:?}",
                self.id,
                self.programme
            ))
        })
    }

    pub fn status(&self) -> Result<MembershipStatus, Error> {
        MembershipStatus::parse(&self.status).ok_or_else(|| {
            Error::Internal(anyhow::anyhow!(
                "ttp_memberships {}: unknown status {:?}",
                self.id,
                self.status
            ))
        })
    }

    pub fn expires(&self) -> Result<Option<NaiveDate>, Error> {
        self.expires_on
            .as_deref()
            .map(|d| {
                d.parse::<NaiveDate>().map_err(|e| {
                    Error::Internal(anyhow::anyhow!(
                        "ttp_memberships {}: expires_on unreadable: {e}",
                        self.id
                    ))
                })
            })
            .transpose()
    }
}

/// A membership as its traveler sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MembershipView {
    pub id: String,
    /// `sentri`, `nexus`, `global_entry` or `fast`.
    pub programme: String,
    /// `pending_review`, `conditionally_approved`, `active`, `expired`, `revoked` or `denied`
    /// (an active membership past its expiry shows as expired).
    pub status: String,
    /// YYYY-MM-DD.
    pub expires_on: Option<NaiveDate>,
    /// Days until expiry (negative once past).
    pub days_left: Option<i64>,
    /// The first day renewal may be asked for.
    pub renewal_opens: Option<NaiveDate>,
    pub in_renewal_window: bool,
    /// `wait`, `book-interview`, `nothing`, `renew`, `apply-again` or `contact-cbp`.
    pub next_step: String,
    /// The interview booked, if any.
    pub interview: Option<interviews::InterviewView>,
}

/// The view of one membership row on `today`.
pub(crate) fn view_of(
    app: &AppState,
    row: &MembershipRow,
    today: NaiveDate,
    interview: Option<interviews::InterviewView>,
) -> Result<MembershipView, Error> {
    let status = row.status()?;
    let expires = row.expires()?;
    let r = expires.map(|e| renewal(e, today, app.settings.ttp_renewal_window_days));
    let step: NextStep = next_step(status, r);
    Ok(MembershipView {
        id: row.id.clone(),
        programme: row.programme()?.as_str().to_string(),
        status: shown_status(status, r).as_str().to_string(),
        expires_on: expires,
        days_left: r.map(|r| r.days_left),
        renewal_opens: r.map(|r| r.window_opens),
        in_renewal_window: r.is_some_and(|r| r.in_window),
        next_step: step.as_str().to_string(),
        interview,
    })
}

/// The memberships linked to an account, with their booked interviews. Read from the database
/// on every request, so an import that revokes one shows at once.
pub async fn memberships_of(app: &AppState, account_id: i64) -> Result<Vec<MembershipView>, Error> {
    let rows: Vec<MembershipRow> = sqlx::query_as(
        "SELECT id, programme, status, expires_on FROM ttp_memberships WHERE account_id = $1 ORDER BY linked_at, id",
    )
    .bind(account_id)
    .fetch_all(&app.db.read)
    .await?;
    let today = today(app);
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let interview = interviews::booked_of(app, &row.id).await?;
        out.push(view_of(app, row, today, interview)?);
    }
    Ok(out)
}

/// One membership of an account (`NotFound` for another's, or none).
pub(crate) async fn membership_of(
    app: &AppState,
    account_id: i64,
    membership_id: &str,
) -> Result<MembershipRow, Error> {
    let row: Option<MembershipRow> = sqlx::query_as(
        "SELECT id, programme, status, expires_on FROM ttp_memberships WHERE id = $1 AND account_id = $2",
    )
    .bind(membership_id)
    .bind(account_id)
    .fetch_optional(&app.db.read)
    .await?;
    row.ok_or(Error::NotFound)
}
