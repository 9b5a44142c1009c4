//! The beneficiary's steps. An invitation link (single use, expiring, tied to its case) is
//! accepted by a signed-in traveler's account, which from then on holds the case; then the
//! biographic data (compared with the case — a difference goes to the adjudicator, never
//! refused), the passport (valid for the trip), the programme's attestations and a live photo
//! (checked and re-encoded as appointment photos are, sealed; nothing automatic refuses a
//! face). Each step is saved on its own; the last one done submits the case.

use std::net::IpAddr;

use axum::body::Bytes;
use chrono::NaiveDate;
use garita_domain::identifiers::Identifier;
use garita_domain::parole::{self, CaseStatus, PassportProblem, Programme, Step};
use garita_domain::validation::Problem;

use super::{
    biographic_aad, passport_aad, photo_aad, programmes, SealedBiographic, SealedPassport,
};
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::lookups;
use crate::state::AppState;
use crate::storage::vault::sha256_hex;
use crate::storage::Tx;

#[derive(sqlx::FromRow)]
struct InvitationRow {
    case_id: String,
    expires_at: i64,
    used_at: Option<i64>,
    programme_id: String,
    account_id: Option<i64>,
}

/// What an invitation link leads to, before it is accepted.
pub struct InvitationView {
    pub programme: &'static Programme,
}

async fn invitation(app: &AppState, token: &str) -> Result<InvitationRow, Error> {
    let row: Option<InvitationRow> = sqlx::query_as(
        "SELECT i.case_id, i.expires_at, i.used_at, c.programme_id, c.account_id
         FROM ata_invitations i JOIN ata_cases c ON c.id = i.case_id WHERE i.token_hash = $1",
    )
    .bind(sha256_hex(token))
    .fetch_optional(&app.db.read)
    .await?;
    row.ok_or(Error::Conflict("ata-invitation-invalid"))
}

fn programme_of(id: &str) -> Result<&'static Programme, Error> {
    programmes::get(id)
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("case of unknown programme {id}")))
}

/// Reads an invitation link without using it: refused when unknown, used or expired.
pub async fn look(app: &AppState, token: &str) -> Result<InvitationView, Error> {
    let row = invitation(app, token).await?;
    if row.used_at.is_some() {
        return Err(Error::Conflict("ata-invitation-used"));
    }
    if row.expires_at <= app.clock.timestamp() {
        return Err(Error::Conflict("ata-invitation-expired"));
    }
    Ok(InvitationView {
        programme: programme_of(&row.programme_id)?,
    })
}

/// Accepts an invitation for `account`: once (a conditional update), before it expires, for a
/// case no account holds yet, while the programme is open.
pub async fn accept(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    token: &str,
) -> Result<(), Error> {
    let row = invitation(app, token).await?;
    let programme = programme_of(&row.programme_id)?;
    let at = app.clock.timestamp();
    if row.used_at.is_some() || row.account_id.is_some() {
        return Err(Error::Conflict("ata-invitation-used"));
    }
    if row.expires_at <= at {
        return Err(Error::Conflict("ata-invitation-expired"));
    }
    if !programme.is_open(app.clock.now().date_naive()) {
        return Err(Error::Conflict("ata-programme-closed"));
    }
    let mut tx = app.db.begin().await?;
    let used = sqlx::query(
        "UPDATE ata_invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1",
    )
    .bind(at)
    .bind(sha256_hex(token))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    let held = sqlx::query(
        "UPDATE ata_cases SET account_id = $1, updated_at = $2 WHERE id = $3 AND account_id IS NULL",
    )
    .bind(account.id)
    .bind(at)
    .bind(&row.case_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if used != 1 || held != 1 {
        return Err(Error::Conflict("ata-invitation-used"));
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "ata-invitation-accepted",
            subject: format!("ata-case:{}", row.case_id),
            detail: String::new(),
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct CaseRow {
    id: String,
    programme_id: String,
    case_number: String,
    status: String,
    attestations: String,
    decision_reason: Option<String>,
    valid_until: Option<String>,
}

/// The beneficiary's case as their page shows it.
pub struct MyCase {
    pub id: String,
    pub programme: &'static Programme,
    pub case_number: String,
    pub status: CaseStatus,
    pub done: Vec<Step>,
    pub attested: Vec<String>,
    pub refusal_reason: Option<String>,
    pub valid_until: Option<NaiveDate>,
    pub open: bool,
}

impl MyCase {
    pub fn left(&self) -> Vec<Step> {
        Step::ALL
            .iter()
            .copied()
            .filter(|s| !self.done.contains(s))
            .collect()
    }
    pub fn is_done(&self, step: &str) -> bool {
        self.done.iter().any(|s| s.as_str() == step)
    }
    /// Steps may be saved: invited, and the programme open.
    pub fn editable(&self) -> bool {
        self.status == CaseStatus::Invited && self.open
    }
}

#[derive(sqlx::FromRow)]
struct StepRow {
    step: String,
}

/// The account's case (the most recent, if it holds more than one).
pub async fn my_case(app: &AppState, account: &Account) -> Result<Option<MyCase>, Error> {
    let row: Option<CaseRow> = sqlx::query_as(
        "SELECT id, programme_id, case_number, status, attestations, decision_reason, valid_until
         FROM ata_cases WHERE account_id = $1 ORDER BY updated_at DESC, id LIMIT 1",
    )
    .bind(account.id)
    .fetch_optional(&app.db.read)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let steps: Vec<StepRow> = sqlx::query_as("SELECT step FROM ata_steps WHERE case_id = $1")
        .bind(&row.id)
        .fetch_all(&app.db.read)
        .await?;
    let programme = programme_of(&row.programme_id)?;
    let status = CaseStatus::parse(&row.status)
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("case {} status {}", row.id, row.status)))?;
    Ok(Some(MyCase {
        open: programme.is_open(app.clock.now().date_naive()),
        id: row.id,
        programme,
        case_number: row.case_number,
        status,
        done: steps.iter().filter_map(|s| Step::parse(&s.step)).collect(),
        attested: row
            .attestations
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        refusal_reason: row.decision_reason,
        valid_until: row.valid_until.and_then(|d| d.parse().ok()),
    }))
}

/// The case a step is saved on: the account's, invited, programme open.
async fn editable(app: &AppState, account: &Account) -> Result<MyCase, Error> {
    let case = my_case(app, account).await?.ok_or(Error::NotFound)?;
    if !case.open {
        return Err(Error::Conflict("ata-programme-closed"));
    }
    if case.status != CaseStatus::Invited {
        return Err(Error::Conflict("ata-case-not-open"));
    }
    Ok(case)
}

/// Marks a step done in the caller's transaction, and submits the case when it was the last.
async fn step_done(
    tx: &mut Tx,
    account: &Account,
    ip: IpAddr,
    case: &MyCase,
    step: Step,
    at: i64,
) -> Result<(), Error> {
    sqlx::query(
        "INSERT INTO ata_steps (case_id, step, done_at) VALUES ($1, $2, $3)
         ON CONFLICT (case_id, step) DO UPDATE SET done_at = excluded.done_at",
    )
    .bind(&case.id)
    .bind(step.as_str())
    .bind(at)
    .execute(&mut **tx)
    .await?;
    let done: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ata_steps WHERE case_id = $1")
        .bind(&case.id)
        .fetch_one(&mut **tx)
        .await?;
    if done as usize == Step::ALL.len() {
        sqlx::query(
            "UPDATE ata_cases SET status = $1, submitted_at = $2, updated_at = $2 WHERE id = $3 AND status = $4",
        )
        .bind(CaseStatus::Submitted.as_str())
        .bind(at)
        .bind(&case.id)
        .bind(CaseStatus::Invited.as_str())
        .execute(&mut **tx)
        .await?;
    }
    audit::record(
        tx,
        Entry {
            actor: Some(account),
            action: "ata-step",
            subject: format!("ata-case:{}", case.id),
            detail: format!("step={}", step.as_str()),
            ip,
            at,
        },
    )
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct SealedRow {
    sealed: Vec<u8>,
}

/// The biographic step: names and date of birth as the beneficiary confirms them. Compared
/// with the case; differences are recorded by field for the adjudicator.
pub async fn save_biographic(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    family_name: &str,
    given_names: &str,
    date_of_birth: &str,
) -> Result<Vec<&'static str>, Error> {
    let case = editable(app, account).await?;
    let mut c = garita_domain::validation::Collector::default();
    let family = c.check(
        "family_name",
        garita_domain::travelers::parse_name(family_name),
    );
    let given = c.check(
        "given_names",
        garita_domain::travelers::parse_name(given_names),
    );
    let dob = c.check(
        "date_of_birth",
        garita_domain::travelers::parse_date_of_birth(date_of_birth, crate::travelers::today(app)),
    );
    c.finish()?;
    let (Some(family), Some(given), Some(dob)) = (family, given, dob) else {
        return Err(Error::field("family_name", Problem::Required));
    };
    let sealed: SealedRow = sqlx::query_as("SELECT sealed FROM ata_cases WHERE id = $1")
        .bind(&case.id)
        .fetch_one(&app.db.read)
        .await?;
    let imported: super::SealedCase =
        serde_json::from_slice(&app.vault.open(&super::case_aad(&case.id), &sealed.sealed)?)?;
    let mismatches = parole::biographic_mismatches(
        (
            &imported.family_name,
            &imported.given_names,
            imported.date_of_birth,
        ),
        (&family, &given, dob),
    );
    let typed = SealedBiographic {
        family_name: family,
        given_names: given,
        date_of_birth: dob,
    };
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "UPDATE ata_cases SET biographic_sealed = $1, mismatches = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(
        app.vault
            .seal(&biographic_aad(&case.id), &serde_json::to_vec(&typed)?),
    )
    .bind(mismatches.join(","))
    .bind(at)
    .bind(&case.id)
    .execute(&mut *tx)
    .await?;
    step_done(&mut tx, account, ip, &case, Step::Biographic, at).await?;
    tx.commit().await?;
    Ok(mismatches)
}

/// The passport step: number, issuing country, expiry (valid beyond an ATA granted today).
/// Sealed, and fingerprinted for the airline check.
pub async fn save_passport(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    number: &str,
    country: &str,
    expires: &str,
) -> Result<(), Error> {
    let case = editable(app, account).await?;
    let today = app.clock.now().date_naive();
    let passport = parole::parse_passport(case.programme, number, country, expires, today)
        .map_err(|p| match p {
            PassportProblem::Field(field, problem) => Error::field(field, problem),
            PassportProblem::ExpiresTooSoon => Error::Refused(
                "ata-passport-expires-too-soon",
                vec![("days", case.programme.ata_validity_days.to_string())],
            ),
        })?;
    let identifier = Identifier::passport(&passport.country, &passport.number)?;
    let sealed = SealedPassport {
        number: passport.number,
        country: passport.country,
        expires: passport.expires,
    };
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "UPDATE ata_cases SET passport_sealed = $1, passport_fingerprint = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(
        app.vault
            .seal(&passport_aad(&case.id), &serde_json::to_vec(&sealed)?),
    )
    .bind(lookups::fingerprint(&app.vault, &identifier))
    .bind(at)
    .bind(&case.id)
    .execute(&mut *tx)
    .await?;
    step_done(&mut tx, account, ip, &case, Step::Passport, at).await?;
    tx.commit().await?;
    Ok(())
}

/// The attestations step: every attestation of the programme confirmed.
pub async fn save_attestations(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    confirmed: &[String],
) -> Result<(), Error> {
    let case = editable(app, account).await?;
    let missing = case
        .programme
        .attestations
        .iter()
        .any(|a| !confirmed.contains(a));
    if missing {
        return Err(Error::Missing("ata-attestations-missing"));
    }
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    sqlx::query("UPDATE ata_cases SET attestations = $1, updated_at = $2 WHERE id = $3")
        .bind(case.programme.attestations.join(","))
        .bind(at)
        .bind(&case.id)
        .execute(&mut *tx)
        .await?;
    step_done(&mut tx, account, ip, &case, Step::Attestations, at).await?;
    tx.commit().await?;
    Ok(())
}

/// The photo step: checked and re-encoded as appointment photos are (a file that is not an
/// image is refused with the photo's own reason), sealed. Throttled with the account's uploads.
pub async fn save_photo(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    bytes: Bytes,
) -> Result<(), Error> {
    use crate::photos::processing::{normalize, PhotoLimits};
    let case = editable(app, account).await?;
    if bytes.is_empty() {
        return Err(Error::BadPhoto("photo-empty"));
    }
    let key = format!("photo:{}", account.id);
    app.submission_throttle
        .try_take(&key)
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
    let photo =
        match tokio::task::spawn_blocking(move || normalize(&bytes, &PhotoLimits::default()))
            .await?
        {
            Ok(p) => p,
            Err(e) => {
                app.submission_throttle.give_back(&key);
                return Err(Error::BadPhoto(e.code()));
            }
        };
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    sqlx::query("UPDATE ata_cases SET photo_sealed = $1, updated_at = $2 WHERE id = $3")
        .bind(app.vault.seal(&photo_aad(&case.id), &photo.jpeg))
        .bind(at)
        .bind(&case.id)
        .execute(&mut *tx)
        .await?;
    step_done(&mut tx, account, ip, &case, Step::Photo, at).await?;
    tx.commit().await?;
    Ok(())
}
