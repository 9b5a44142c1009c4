//! Adjudicators' decisions: the queue of submitted cases (oldest first, by nationality if
//! asked), a case opened with its details, photo and mismatches, and a grant (an ATA valid
//! until a date, never past the passport's expiry) or a refusal with a reason from the list.
//! Every view and every decision is audited. ATAs past their date expire by a job.

use std::net::IpAddr;

use base64::Engine;
use chrono::NaiveDate;
use garita_domain::parole::{self, CaseStatus, Decision, RefusalReason};
use garita_domain::validation::Problem;
use serde::Serialize;
use utoipa::ToSchema;

use super::{
    case_aad, passport_aad, photo_aad, programmes, SealedBiographic, SealedCase, SealedPassport,
};
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;

/// One case waiting for a decision (no personal data: the adjudicator opens the case to see it).
#[derive(Debug, Serialize, ToSchema)]
pub struct QueueItem {
    pub id: String,
    pub programme: String,
    pub case_number: String,
    pub nationality: String,
    pub submitted_at: chrono::DateTime<chrono::Utc>,
    /// Fields where what the beneficiary confirmed differs from the case.
    pub mismatches: Vec<String>,
}

#[derive(sqlx::FromRow)]
struct QueueRow {
    id: String,
    programme_id: String,
    case_number: String,
    nationality: String,
    submitted_at: Option<i64>,
    mismatches: String,
}

fn split(s: &str) -> Vec<String> {
    s.split(',')
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// The submitted cases, oldest first, optionally of one nationality (ISO alpha-2). Audited.
pub async fn queue(
    app: &AppState,
    adjudicator: &Account,
    ip: IpAddr,
    nationality: Option<&str>,
) -> Result<Vec<QueueItem>, Error> {
    let nationality = match nationality.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => Some(
            garita_domain::travelers::parse_country(n)
                .map_err(|p| Error::field("nationality", p))?,
        ),
        None => None,
    };
    let rows: Vec<QueueRow> = sqlx::query_as(
        "SELECT id, programme_id, case_number, nationality, submitted_at, mismatches FROM ata_cases
         WHERE status = $1 AND ($2 IS NULL OR nationality = $2) ORDER BY submitted_at, id LIMIT 500",
    )
    .bind(CaseStatus::Submitted.as_str())
    .bind(nationality.as_deref())
    .fetch_all(&app.db.read)
    .await?;
    audit::record_view(
        app,
        Entry {
            actor: Some(adjudicator),
            action: "ata-queue-viewed",
            subject: "ata-queue".into(),
            detail: format!(
                "nationality={} results={}",
                nationality.as_deref().unwrap_or("all"),
                rows.len()
            ),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| QueueItem {
            submitted_at: chrono::DateTime::from_timestamp(r.submitted_at.unwrap_or(0), 0)
                .unwrap_or_default(),
            mismatches: split(&r.mismatches),
            id: r.id,
            programme: r.programme_id,
            case_number: r.case_number,
            nationality: r.nationality,
        })
        .collect())
}

/// A case opened by an adjudicator.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseDetails {
    pub id: String,
    pub programme: String,
    pub case_number: String,
    pub status: String,
    pub nationality: String,
    pub family_name: String,
    pub given_names: String,
    pub date_of_birth: NaiveDate,
    pub supporter_name: String,
    pub relationship: String,
    /// What the beneficiary confirmed, when it differs or not.
    pub confirmed_family_name: Option<String>,
    pub confirmed_given_names: Option<String>,
    pub confirmed_date_of_birth: Option<NaiveDate>,
    pub mismatches: Vec<String>,
    pub passport_number: Option<String>,
    pub passport_country: Option<String>,
    pub passport_expires: Option<NaiveDate>,
    pub attestations: Vec<String>,
    /// The live photo, JPEG as base64 (for a person to compare; nothing automatic decides).
    pub photo_jpeg_base64: Option<String>,
    pub decision_reason: Option<String>,
    pub valid_until: Option<NaiveDate>,
}

#[derive(sqlx::FromRow)]
struct DetailRow {
    id: String,
    programme_id: String,
    case_number: String,
    status: String,
    nationality: String,
    sealed: Vec<u8>,
    biographic_sealed: Option<Vec<u8>>,
    mismatches: String,
    passport_sealed: Option<Vec<u8>>,
    attestations: String,
    photo_sealed: Option<Vec<u8>>,
    decision_reason: Option<String>,
    valid_until: Option<String>,
}

/// Opens a case (any status) for an adjudicator: every sealed part unsealed. Audited.
pub async fn open(
    app: &AppState,
    adjudicator: &Account,
    ip: IpAddr,
    id: &str,
) -> Result<CaseDetails, Error> {
    let row: Option<DetailRow> = sqlx::query_as(
        "SELECT id, programme_id, case_number, status, nationality, sealed, biographic_sealed, mismatches,
                passport_sealed, attestations, photo_sealed, decision_reason, valid_until
         FROM ata_cases WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&app.db.read)
    .await?;
    let row = row.ok_or(Error::NotFound)?;
    let case: SealedCase =
        serde_json::from_slice(&app.vault.open(&case_aad(&row.id), &row.sealed)?)?;
    let typed: Option<SealedBiographic> = match &row.biographic_sealed {
        Some(s) => Some(serde_json::from_slice(
            &app.vault.open(&super::biographic_aad(&row.id), s)?,
        )?),
        None => None,
    };
    let passport: Option<SealedPassport> = match &row.passport_sealed {
        Some(s) => Some(serde_json::from_slice(
            &app.vault.open(&passport_aad(&row.id), s)?,
        )?),
        None => None,
    };
    let photo = match &row.photo_sealed {
        Some(s) => Some(
            base64::engine::general_purpose::STANDARD
                .encode(app.vault.open(&photo_aad(&row.id), s)?),
        ),
        None => None,
    };
    audit::record_view(
        app,
        Entry {
            actor: Some(adjudicator),
            action: "ata-case-viewed",
            subject: format!("ata-case:{}", row.id),
            detail: String::new(),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(CaseDetails {
        id: row.id,
        programme: row.programme_id,
        case_number: row.case_number,
        status: row.status,
        nationality: row.nationality,
        family_name: case.family_name,
        given_names: case.given_names,
        date_of_birth: case.date_of_birth,
        supporter_name: case.supporter_name,
        relationship: case.relationship,
        confirmed_family_name: typed.as_ref().map(|t| t.family_name.clone()),
        confirmed_given_names: typed.as_ref().map(|t| t.given_names.clone()),
        confirmed_date_of_birth: typed.as_ref().map(|t| t.date_of_birth),
        mismatches: split(&row.mismatches),
        passport_number: passport.as_ref().map(|p| p.number.clone()),
        passport_country: passport.as_ref().map(|p| p.country.clone()),
        passport_expires: passport.as_ref().map(|p| p.expires),
        attestations: split(&row.attestations),
        photo_jpeg_base64: photo,
        decision_reason: row.decision_reason,
        valid_until: row.valid_until.and_then(|d| d.parse().ok()),
    })
}

#[derive(sqlx::FromRow)]
struct DecideRow {
    programme_id: String,
    status: String,
    passport_sealed: Option<Vec<u8>>,
}

/// Grants or refuses a submitted case. A refusal needs a reason from the list; a grant gives
/// an ATA valid `ata_validity_days`, never past the passport's expiry. Returns the date an ATA
/// is valid until. Conditional on the case still being submitted (two adjudicators at once:
/// the second gets 409). Audited in the same transaction.
pub async fn decide(
    app: &AppState,
    adjudicator: &Account,
    ip: IpAddr,
    id: &str,
    decision: &str,
    reason: &str,
) -> Result<Option<NaiveDate>, Error> {
    let decision =
        Decision::parse(decision.trim()).ok_or(Error::field("decision", Problem::UnknownChoice))?;
    let reason = match (decision, reason.trim()) {
        (Decision::Grant, _) => None,
        (Decision::Refuse, "") => return Err(Error::field("reason", Problem::Required)),
        (Decision::Refuse, r) => {
            Some(RefusalReason::parse(r).ok_or(Error::field("reason", Problem::UnknownChoice))?)
        }
    };
    let row: Option<DecideRow> =
        sqlx::query_as("SELECT programme_id, status, passport_sealed FROM ata_cases WHERE id = $1")
            .bind(id)
            .fetch_optional(&app.db.read)
            .await?;
    let row = row.ok_or(Error::NotFound)?;
    let programme = programmes::get(&row.programme_id).ok_or_else(|| {
        Error::Internal(anyhow::anyhow!("unknown programme {}", row.programme_id))
    })?;
    let today = app.clock.now().date_naive();
    let status = CaseStatus::parse(&row.status)
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("case {id} status {}", row.status)))?;
    let next = parole::decide(status, decision).ok_or(Error::Conflict("ata-case-not-submitted"))?;
    let valid_until = match decision {
        Decision::Grant => {
            let expires = match &row.passport_sealed {
                Some(s) => Some(
                    serde_json::from_slice::<SealedPassport>(
                        &app.vault.open(&passport_aad(id), s)?,
                    )?
                    .expires,
                ),
                None => None,
            };
            Some(parole::ata_valid_until(programme, today, expires))
        }
        Decision::Refuse => None,
    };
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let changed = sqlx::query(
        "UPDATE ata_cases SET status = $1, decision_reason = $2, decided_by = $3, decided_at = $4, valid_until = $5, updated_at = $4
         WHERE id = $6 AND status = $7",
    )
    .bind(next.as_str())
    .bind(reason.map(|r| r.as_str()))
    .bind(adjudicator.id)
    .bind(at)
    .bind(valid_until.map(|d| d.to_string()))
    .bind(id)
    .bind(CaseStatus::Submitted.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(Error::Conflict("ata-case-not-submitted"));
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(adjudicator),
            action: "ata-decision",
            subject: format!("ata-case:{id}"),
            detail: format!(
                "decision={} reason={} valid_until={}",
                decision.as_str(),
                reason.map_or("", |r| r.as_str()),
                valid_until.map(|d| d.to_string()).unwrap_or_default()
            ),
            ip,
            at,
        },
    )
    .await?;
    if decision == Decision::Grant {
        // An ATA has no port: counted at no place, by its programme, on the UTC day.
        crate::statistics::count(
            &mut tx,
            today,
            garita_domain::statistics::NO_PLACE,
            garita_domain::statistics::Metric::TravelAuthorizations,
            &row.programme_id,
            1,
            1,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(valid_until)
}

/// The job: granted ATAs whose last day has passed become expired.
pub async fn expire(app: &AppState) -> Result<u64, Error> {
    let today = app.clock.now().date_naive();
    Ok(sqlx::query(
        "UPDATE ata_cases SET status = $1, updated_at = $2 WHERE status = $3 AND valid_until < $4",
    )
    .bind(CaseStatus::Expired.as_str())
    .bind(app.clock.timestamp())
    .bind(CaseStatus::Granted.as_str())
    .bind(today.to_string())
    .execute(&app.db.write)
    .await?
    .rows_affected())
}
