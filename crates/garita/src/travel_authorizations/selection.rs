//! The monthly selection: on the 1st at the programme's time, up to the monthly cap of the
//! confirmed cases are invited, by the programme's rule, on the draw's engine
//! (`garita_domain::parole::select` → `draw::publish`). The commitment to the seed is made and
//! published before (`commit`, for the month ahead); the record, with the seed, after; anyone
//! can check it with `garita verify-draw`. Cases not selected stay in the pool. Each selected
//! case gets a single-use invitation link (only its SHA-256 kept), mailed through the outbox
//! to the case's address in the same transaction (`notifications::enqueue_to_address`).

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use garita_domain::draw::{self, PublishedDraw};
use garita_domain::parole::{self, CaseStatus, PoolCase, Programme};
use serde::Serialize;
use utoipa::ToSchema;

use super::{case_aad, SealedCase};
use crate::http::errors::Error;
use crate::notifications::{self, Kind, Secrets};
use crate::state::AppState;
use crate::storage::vault::{random_token, sha256_hex};

/// How long an invitation link works.
pub const INVITATION_DAYS: i64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelectionStatus {
    Committed,
    Done,
}
garita_domain::text_enum!(SelectionStatus {
    Committed = "committed",
    Done = "done",
});

/// A selected case's invitation: the link's token is known only here, once.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub case_id: String,
    pub token: String,
}

#[derive(Debug)]
pub enum Outcome {
    Ran {
        pool: usize,
        invitations: Vec<Invitation>,
    },
    AlreadyDone,
}

fn seed() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Commits to the seed of `programme`'s selection of `month` (once; a second call keeps the
/// first). Returns the commitment.
pub async fn commit(
    app: &AppState,
    programme: &Programme,
    month: NaiveDate,
) -> Result<String, Error> {
    let month = parole::month_of(month);
    let seed = seed();
    let commitment = draw::commitment(month, &seed)?;
    sqlx::query(
        "INSERT INTO ata_selections (programme_id, month, status, commitment, seed, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (programme_id, month) DO NOTHING",
    )
    .bind(&programme.id)
    .bind(month.to_string())
    .bind(SelectionStatus::Committed.as_str())
    .bind(&commitment)
    .bind(&seed)
    .bind(app.clock.timestamp())
    .execute(&app.db.write)
    .await?;
    let stored: String = sqlx::query_scalar(
        "SELECT commitment FROM ata_selections WHERE programme_id = $1 AND month = $2",
    )
    .bind(&programme.id)
    .bind(month.to_string())
    .fetch_one(&app.db.read)
    .await?;
    Ok(stored)
}

#[derive(sqlx::FromRow)]
struct ClaimRow {
    seed: String,
}

/// Ties in confirmation time (a batch confirms many at once) go by case number, which USCIS
/// gives in the order it receives the forms.
#[derive(sqlx::FromRow)]
struct PoolRow {
    id: String,
    confirmed_at: i64,
}

/// Runs `programme`'s selection of `month` now (committing first if nobody had): claims the
/// committed row, ranks the pool by confirmation (oldest first), selects, invites, and
/// publishes the record — all in one transaction. A second run does nothing.
pub async fn run(
    app: &AppState,
    programme: &Programme,
    month: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Outcome, Error> {
    let month = parole::month_of(month);
    commit(app, programme, month).await?;
    let at = now.timestamp();
    let mut tx = app.db.begin().await?;
    let claimed: Option<ClaimRow> = sqlx::query_as(
        "UPDATE ata_selections SET status = $1, ran_at = $2
         WHERE programme_id = $3 AND month = $4 AND status = $5 RETURNING seed",
    )
    .bind(SelectionStatus::Done.as_str())
    .bind(at)
    .bind(&programme.id)
    .bind(month.to_string())
    .bind(SelectionStatus::Committed.as_str())
    .fetch_optional(&mut *tx)
    .await?;
    let Some(claimed) = claimed else {
        return Ok(Outcome::AlreadyDone);
    };
    let rows: Vec<PoolRow> = sqlx::query_as(
        "SELECT id, confirmed_at FROM ata_cases WHERE programme_id = $1 AND status = $2 AND confirmed_at IS NOT NULL
         ORDER BY confirmed_at, case_number",
    )
    .bind(&programme.id)
    .bind(CaseStatus::Confirmed.as_str())
    .fetch_all(&mut *tx)
    .await?;
    let pool: Vec<PoolCase> = rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| PoolCase {
            id: r.id,
            rank: i as u32 + 1,
            days_waited: ((at - r.confirmed_at).max(0) / 86_400) as u32,
        })
        .collect();
    let pool_size = pool.len();
    let record = parole::select(programme, month, claimed.seed, pool)?;
    let mut invitations = Vec::with_capacity(record.results.len());
    for r in &record.results {
        let token = random_token();
        sqlx::query(
            "UPDATE ata_cases SET status = $1, invited_at = $2, selection_month = $3, updated_at = $2 WHERE id = $4 AND status = $5",
        )
        .bind(CaseStatus::Invited.as_str())
        .bind(at)
        .bind(month.to_string())
        .bind(&r.request)
        .bind(CaseStatus::Confirmed.as_str())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO ata_invitations (token_hash, case_id, expires_at, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(sha256_hex(&token))
        .bind(&r.request)
        .bind(at + INVITATION_DAYS * 86_400)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        mail_invitation(app, &mut tx, &r.request, &token, month, at).await?;
        invitations.push(Invitation {
            case_id: r.request.clone(),
            token,
        });
    }
    sqlx::query(
        "UPDATE ata_selections SET record = $1, pool = $2, selected = $3 WHERE programme_id = $4 AND month = $5",
    )
    .bind(serde_json::to_string(&record)?)
    .bind(pool_size as i64)
    .bind(invitations.len() as i64)
    .bind(&programme.id)
    .bind(month.to_string())
    .execute(&mut *tx)
    .await?;
    crate::audit::record(
        &mut tx,
        crate::audit::Entry {
            actor: None,
            action: "ata-selection",
            subject: format!("ata-selection:{}:{month}", programme.id),
            detail: format!(
                "pool={pool_size} selected={} mailed to each selected case's address",
                invitations.len()
            ),
            ip: std::net::IpAddr::from([127, 0, 0, 1]),
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Outcome::Ran {
        pool: pool_size,
        invitations,
    })
}

#[derive(sqlx::FromRow)]
struct MailRow {
    sealed: Vec<u8>,
    nationality: String,
}

/// The languages people of a nationality most likely read, for a beneficiary whose own is not
/// known (this function's main users: Haitian Creole, Spanish, Ukrainian).
pub fn usual_languages(nationality: &str) -> &'static [&'static str] {
    match nationality {
        "HT" => &["ht"],
        "CU" | "NI" | "VE" => &["es"],
        "UA" => &["uk"],
        _ => &[],
    }
}

/// The invitation e-mail of a selected case, written in the selection's transaction: to the
/// address USCIS sent, with the link. In the language of the account that already holds the
/// address if there is one; else in the usual language of the nationality and in English.
/// Once per case and month (a second call writes nothing).
async fn mail_invitation(
    app: &AppState,
    tx: &mut crate::storage::Tx,
    case_id: &str,
    token: &str,
    month: NaiveDate,
    at: i64,
) -> Result<(), Error> {
    let row: MailRow = sqlx::query_as("SELECT sealed, nationality FROM ata_cases WHERE id = $1")
        .bind(case_id)
        .fetch_one(&mut **tx)
        .await?;
    let case: SealedCase = serde_json::from_slice(
        &app.vault
            .open(&case_aad(case_id), &row.sealed)
            .map_err(|e| Error::Internal(anyhow::anyhow!("ata case {case_id}: {e}")))?,
    )?;
    let known: Option<Option<String>> =
        sqlx::query_scalar("SELECT language FROM accounts WHERE email_fingerprint = $1")
            .bind(app.vault.fingerprint(&case.email))
            .fetch_optional(&mut **tx)
            .await?;
    let languages: Vec<String> = match known.flatten() {
        Some(language) => vec![language],
        None => usual_languages(&row.nationality)
            .iter()
            .chain(&["en"])
            .map(|l| l.to_string())
            .collect(),
    };
    let base = app.settings.notifications.public_url.trim_end_matches('/');
    let secrets = Secrets {
        link: Some(format!("{base}/ata/invitations/{token}")),
        to: Some(case.email),
        until: chrono::DateTime::from_timestamp(at + INVITATION_DAYS * 86_400, 0)
            .map(|t| t.date_naive()),
        languages,
        ..Secrets::default()
    };
    notifications::enqueue_to_address(
        tx,
        &app.vault,
        Kind::AtaInvitation,
        secrets,
        &format!("ata-invitation:{case_id}:{month}"),
        at,
    )
    .await?;
    Ok(())
}

/// The job: for each open programme, the next month's commitment; and on the 1st, from the
/// programme's time until the end of that day, the month's selection if it has not run. (A
/// service started later in the month leaves it to `garita ata select`.)
pub async fn scheduled(app: &AppState) -> Result<(), Error> {
    let now = app.clock.now();
    let today = now.date_naive();
    for programme in super::programmes::all() {
        if !programme.is_open(today) {
            continue;
        }
        let next = parole::month_of(today + chrono::Duration::days(32));
        commit(app, programme, next).await?;
        if programme.automatic_selection && today.day() == 1 && now.time() >= programme.selection_at
        {
            if let Outcome::Ran { invitations, .. } = run(app, programme, today, now).await? {
                tracing::info!(programme = %programme.id, invited = invitations.len(), "ata selection ran");
            }
        }
    }
    Ok(())
}

/// A selection as published: the commitment always, the record once it ran.
#[derive(Debug, Serialize, ToSchema)]
pub struct SelectionView {
    pub programme: String,
    /// The first day of the month, YYYY-MM-DD.
    pub month: String,
    pub commitment: String,
    pub pool: Option<i64>,
    pub selected: Option<i64>,
    /// The record (`garita verify-draw` checks it), once the selection ran.
    #[schema(value_type = Option<Object>)]
    pub record: Option<serde_json::Value>,
}

#[derive(sqlx::FromRow)]
struct SelectionRow {
    programme_id: String,
    month: String,
    commitment: String,
    pool: Option<i64>,
    selected: Option<i64>,
    record: Option<String>,
}

/// Every selection, newest first (with records when `with_records`).
pub async fn list(app: &AppState, with_records: bool) -> Result<Vec<SelectionView>, Error> {
    let rows: Vec<SelectionRow> = sqlx::query_as(
        "SELECT programme_id, month, commitment, pool, selected, record FROM ata_selections ORDER BY month DESC, programme_id",
    )
    .fetch_all(&app.db.read)
    .await?;
    rows.into_iter()
        .map(|r| {
            let record = match (&r.record, with_records) {
                (Some(text), true) => Some(serde_json::from_str(text)?),
                _ => None,
            };
            Ok(SelectionView {
                programme: r.programme_id,
                month: r.month,
                commitment: r.commitment,
                pool: r.pool,
                selected: r.selected,
                record,
            })
        })
        .collect()
}

/// A published record, as `verify-draw` reads it.
pub async fn record(
    app: &AppState,
    programme: &str,
    month: NaiveDate,
) -> Result<Option<PublishedDraw>, Error> {
    let text: Option<Option<String>> = sqlx::query_scalar(
        "SELECT record FROM ata_selections WHERE programme_id = $1 AND month = $2",
    )
    .bind(programme)
    .bind(parole::month_of(month).to_string())
    .fetch_optional(&app.db.read)
    .await?;
    match text.flatten() {
        Some(t) => Ok(Some(serde_json::from_str(&t)?)),
        None => Ok(None),
    }
}
