//! Appointment validation for partner agencies (as CBP gave Mexico's migration officers in
//! October 2024): a member of an approved partner agency types a person's pass code and date of
//! birth and learns **yes or no** — whether that pass's appointment is still good — and nothing
//! else. Every check is throttled per account, audited (with a keyed tag of the code, never the
//! code), and counted against the code: after five wrong dates of birth in 24 hours the code
//! answers no to everyone until an officer or an administrator unlocks it or the 24 hours pass.
//!
//! Its own module rather than part of `passes`: the pass is the traveler's page, this is another
//! audience (an outside organisation), its own tables, throttle and lockout; it only reads
//! passes and appointments.
//!
//! "Yes" means all of: a pass with that code exists; its appointment is confirmed (not offered,
//! cancelled, voided, declined or lapsed); nothing has been recorded for it at the port yet (not
//! checked in, not a no-show: a used or missed appointment is no longer one to travel to); its
//! day is today or later in the port's own time zone; and the date of birth is its member's.
//! Every other case is the same "no", in the same body, by the same path (one read, one
//! transaction with the audit entry), so a "no" never says which condition failed.

pub mod api;
pub mod pages;

use std::net::IpAddr;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use chrono::{DateTime, NaiveDate, Utc};
use garita_domain::api_keys::Permission;
use garita_domain::checkin::PortStatus;
use garita_domain::identifiers::Identifier;
use garita_domain::organisations::OrganisationKind;
use garita_domain::status::AppointmentStatus;
use garita_domain::travelers::Member;

use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::roles::{OrganisationActor, OrganisationCaller};
use crate::http::session::Account;
use crate::lookups;
use crate::state::AppState;
use crate::storage::Tx;

/// Wrong dates of birth for one code, within `WINDOW_SECS`, after which it is locked.
pub const WRONG_DATES_BEFORE_LOCK: i64 = 5;
/// How long wrong attempts are remembered, and how long a lock lasts.
pub const WINDOW_SECS: i64 = 24 * 60 * 60;
const _: () = assert!(WRONG_DATES_BEFORE_LOCK > 1);

/// Who checks: a member (or manager) of an approved organisation whose kind is a partner
/// agency, signed in (with the second factor staff must use), or one of its API keys holding
/// `appointments:validate` (a key is given that permission only in a partner agency). Another
/// kind of organisation's people are refused with their own reason (403 `partner-agency-only`).
pub struct PartnerAgent {
    pub organisation_id: i64,
    pub actor: OrganisationActor,
}

impl PartnerAgent {
    /// The signed-in person, if it is one (a key has no account).
    pub fn account(&self) -> Option<&Account> {
        match &self.actor {
            OrganisationActor::Staff(a) => Some(a),
            OrganisationActor::Key(_) => None,
        }
    }

    /// Whose allowance of checks this is: the account's, or the key's.
    fn throttle_key(&self) -> String {
        match &self.actor {
            OrganisationActor::Staff(a) => a.id.to_string(),
            OrganisationActor::Key(k) => format!("api-key:{}", k.key_id),
        }
    }

    /// What the audit entry adds to its actor: a key by its id (an account is the actor).
    fn audit_actor(&self) -> String {
        match &self.actor {
            OrganisationActor::Staff(_) => String::new(),
            OrganisationActor::Key(k) => format!(" api-key={}", k.key_id),
        }
    }
}

impl FromRequestParts<AppState> for PartnerAgent {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Error> {
        let caller = OrganisationCaller::from_request_parts(parts, app).await?;
        if caller.organisation_kind != OrganisationKind::PartnerAgency {
            return Err(match caller.actor {
                OrganisationActor::Key(_) => Error::NotPermitted("api-key-permission"),
                OrganisationActor::Staff(_) => Error::NotPermitted("partner-agency-only"),
            });
        }
        caller.require(Permission::AppointmentsValidate)?;
        Ok(PartnerAgent {
            organisation_id: caller.organisation_id,
            actor: caller.actor,
        })
    }
}

/// The keyed fingerprint a code's attempts are counted under (HMAC under the lookup key, which
/// never rotates, so a key rotation does not reset the count).
pub fn code_fingerprint(app: &AppState, code: &str) -> String {
    app.vault
        .fingerprint(&format!("appointment-validation-code\u{1F}{code}"))
}

/// What the audit trail names a code by: the same code gives the same tag, the tag gives
/// nothing back.
pub fn code_tag(app: &AppState, code: &str) -> String {
    lookups::audit_tag(&code_fingerprint(app, code))
}

#[derive(sqlx::FromRow)]
struct PassRow {
    traveler_id: String,
    status: String,
    port_id: String,
    day: String,
    port_status: Option<String>,
    dob_fingerprint: Option<String>,
}

#[derive(sqlx::FromRow)]
struct AttemptRow {
    locked_until: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct SealedRow {
    sealed: Vec<u8>,
}

/// Equal without stopping at the first difference.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Whether the appointment is one to travel to: confirmed, nothing recorded at the port, its
/// day not over in the port's zone.
fn live(app: &AppState, pass: &PassRow, now: DateTime<Utc>) -> bool {
    let confirmed = AppointmentStatus::parse(&pass.status) == Some(AppointmentStatus::Confirmed);
    let untouched = pass
        .port_status
        .as_deref()
        .is_none_or(|s| PortStatus::parse(s) == Some(PortStatus::Expected));
    let not_over = match (
        app.ports.iter().find(|p| p.id == pass.port_id),
        pass.day.parse::<NaiveDate>(),
    ) {
        (Some(port), Ok(day)) => day >= crate::port_console::port_today(port, now),
        _ => false,
    };
    confirmed && untouched && not_over
}

/// Whether `asked` is the pass's fingerprint. A pass checked for the first time has none yet:
/// its member's record is opened (that one record only), the fingerprint of the code with the
/// true date of birth kept, and compared; from then on nothing is opened.
async fn date_matches(
    app: &AppState,
    tx: &mut Tx,
    code: &str,
    pass: &PassRow,
    asked: &str,
    now: i64,
) -> Result<bool, Error> {
    if let Some(known) = &pass.dob_fingerprint {
        return Ok(same(known, asked));
    }
    let row: Option<SealedRow> = sqlx::query_as("SELECT sealed FROM travelers WHERE id = $1")
        .bind(&pass.traveler_id)
        .fetch_optional(&mut **tx)
        .await?;
    let Some(row) = row else { return Ok(false) };
    let plain = app
        .vault
        .open(&format!("traveler:{}", pass.traveler_id), &row.sealed)?;
    let member: Member = serde_json::from_slice(&plain)?;
    let truth = lookups::fingerprint(
        &app.vault,
        &Identifier::PassCodeDob {
            code: code.to_string(),
            date_of_birth: member.date_of_birth,
        },
    );
    sqlx::query(
        "INSERT INTO pass_validation_keys (code, fingerprint, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (code) DO NOTHING",
    )
    .bind(code)
    .bind(&truth)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(same(&truth, asked))
}

/// Counts one wrong date of birth for a code, in one statement (so concurrent attempts are
/// each counted once), locking the code at the `WRONG_DATES_BEFORE_LOCK`th within the window.
/// A window that is over starts again at 1.
async fn count_wrong_date(tx: &mut Tx, code_fp: &str, now: i64) -> Result<(), Error> {
    sqlx::query(
        "INSERT INTO appointment_validation_attempts (code_fingerprint, failures, window_start, locked_until)
         VALUES ($1, 1, $2, NULL)
         ON CONFLICT (code_fingerprint) DO UPDATE SET
           failures = CASE WHEN appointment_validation_attempts.window_start <= $3 THEN 1
                           ELSE appointment_validation_attempts.failures + 1 END,
           locked_until = CASE WHEN appointment_validation_attempts.window_start <= $3 THEN NULL
                               WHEN appointment_validation_attempts.locked_until IS NOT NULL THEN appointment_validation_attempts.locked_until
                               WHEN appointment_validation_attempts.failures + 1 >= $4 THEN $5
                               ELSE NULL END,
           window_start = CASE WHEN appointment_validation_attempts.window_start <= $3 THEN $2
                               ELSE appointment_validation_attempts.window_start END",
    )
    .bind(code_fp)
    .bind(now)
    .bind(now - WINDOW_SECS)
    .bind(WRONG_DATES_BEFORE_LOCK)
    .bind(now + WINDOW_SECS)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// One check: `Ok(true)` only for a live appointment whose member has this date of birth, on a
/// code that is not locked. Malformed input is a 422 (nothing checked, nothing counted);
/// beyond the account's allowance a 429 (audited).
pub async fn check(
    app: &AppState,
    agent: &PartnerAgent,
    ip: IpAddr,
    raw_code: &str,
    raw_date_of_birth: &str,
) -> Result<bool, Error> {
    let identifier =
        Identifier::pass_code_dob(raw_code, raw_date_of_birth, crate::travelers::today(app))?;
    let Identifier::PassCodeDob { code, .. } = &identifier else {
        return Err(Error::Internal(anyhow::anyhow!(
            "not a pass code identifier"
        )));
    };
    let now = app.clock.now();
    let at = now.timestamp();
    let code_fp = code_fingerprint(app, code);
    let tag = lookups::audit_tag(&code_fp);
    let actor = agent.account();
    // The account's (or key's) allowance of lookups by a sealed identifier (shared with
    // `lookups`).
    if let Err(retry_after_secs) = app.lookup_account_throttle.try_take(&agent.throttle_key()) {
        audit::record_view(
            app,
            Entry {
                actor,
                action: "appointment-validation-refused",
                subject: format!("pass-code:{tag}"),
                detail: format!(
                    "organisation={}{} throttled=per-account",
                    agent.organisation_id,
                    agent.audit_actor()
                ),
                ip,
                at,
            },
        )
        .await?;
        return Err(Error::TooManyRequests { retry_after_secs });
    }
    let asked = lookups::fingerprint(&app.vault, &identifier);
    let mut tx = app.db.begin().await?;
    let lock: Option<AttemptRow> = sqlx::query_as(
        "SELECT locked_until FROM appointment_validation_attempts WHERE code_fingerprint = $1",
    )
    .bind(&code_fp)
    .fetch_optional(&mut *tx)
    .await?;
    let locked = lock.and_then(|l| l.locked_until).is_some_and(|t| t > at);
    let pass: Option<PassRow> = sqlx::query_as(
        "SELECT p.traveler_id, a.status, a.port_id, a.day, a.port_status, k.fingerprint AS dob_fingerprint
         FROM passes p JOIN appointments a ON a.id = p.appointment_id
         LEFT JOIN pass_validation_keys k ON k.code = p.code WHERE p.code = $1",
    )
    .bind(code)
    .fetch_optional(&mut *tx)
    .await?;
    let date_right = match &pass {
        Some(p) => date_matches(app, &mut tx, code, p, &asked, at).await?,
        None => false,
    };
    let valid = !locked && date_right && pass.as_ref().is_some_and(|p| live(app, p, now));
    // A code that does not exist is counted like one that does: the table tells nothing.
    if !locked && !date_right {
        count_wrong_date(&mut tx, &code_fp, at).await?;
    }
    audit::record(
        &mut tx,
        Entry {
            actor,
            action: "appointment-validation",
            subject: format!("pass-code:{tag}"),
            detail: format!(
                "organisation={}{} result={}{}",
                agent.organisation_id,
                agent.audit_actor(),
                if valid { "yes" } else { "no" },
                if locked { " locked=true" } else { "" }
            ),
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(valid)
}

#[derive(sqlx::FromRow)]
struct PortRow {
    port_id: String,
}

/// Lifts a code's lock (and forgets its wrong attempts): an administrator, or an officer of the
/// pass's port (another port's pass, or a code that is no pass, is not found for an officer).
/// Returns whether the code was locked.
pub async fn unlock(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    raw_code: &str,
) -> Result<bool, Error> {
    let code = garita_domain::checkin::normalize_code(raw_code);
    if code.is_empty() {
        return Err(Error::field(
            "code",
            garita_domain::validation::Problem::Required,
        ));
    }
    if !account.is_admin() {
        let row: Option<PortRow> = sqlx::query_as(
            "SELECT a.port_id FROM passes p JOIN appointments a ON a.id = p.appointment_id WHERE p.code = $1",
        )
        .bind(&code)
        .fetch_optional(&app.db.read)
        .await?;
        let row = row.ok_or(Error::NotFound)?;
        crate::port_console::scope(app, account, Some(&row.port_id))?;
    }
    let at = app.clock.timestamp();
    let code_fp = code_fingerprint(app, &code);
    let mut tx = app.db.begin().await?;
    let was_locked = sqlx::query(
        "DELETE FROM appointment_validation_attempts WHERE code_fingerprint = $1 AND locked_until > $2",
    )
    .bind(&code_fp)
    .bind(at)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        > 0;
    sqlx::query("DELETE FROM appointment_validation_attempts WHERE code_fingerprint = $1")
        .bind(&code_fp)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "appointment-validation-unlock",
            subject: format!("pass-code:{}", lookups::audit_tag(&code_fp)),
            detail: format!("was_locked={was_locked}"),
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(was_locked)
}
