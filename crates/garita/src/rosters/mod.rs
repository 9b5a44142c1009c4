//! Programme rosters (issue 20, item 2; the Migrant Protection Protocols pattern): an approved
//! international or partner organisation imports the people enrolled in its programme as a
//! signed CSV file; it can then ask whether a person is enrolled and with which status (yes/no
//! and the status, nothing else); and each person claims their place from a traveler account
//! with their roster id and date of birth.
//!
//! The file's Ed25519 detached signature is checked (`crate::signed_files`) against the keys an
//! administrator registered for that organisation before a byte is parsed. Rows are checked by
//! `garita_domain::rosters::RowInput::parse`; an import is idempotent by roster id (the same
//! data again is "unchanged"; other data under a known id is refused, the first kept). Names,
//! date of birth and nationality are sealed; people are found only by keyed fingerprints
//! (roster id + date of birth; names + date of birth as `crate::lookups` takes them), so no
//! search opens a sealed row.

pub mod api;
pub mod cli;
pub mod demo;
pub mod draw;
pub mod pages;

use std::collections::HashMap;
use std::net::IpAddr;

use chrono::NaiveDate;
use garita_domain::identifiers::Identifier;
use garita_domain::organisations::OrganisationKind;
use garita_domain::rosters::{parse_roster_id, RowInput};
use garita_domain::text_enum;
use garita_domain::validation::Problem;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;
use crate::storage::vault::random_id;

/// How long a roster person is kept after the last import that listed them (`crate::retention`).
pub const KEEP_DAYS: i64 = 365;

/// The largest roster file accepted.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// The header of a roster file (columns found by name, in any order).
pub const CSV_COLUMNS: [&str; 5] = [
    "roster_id",
    "full_name",
    "date_of_birth",
    "nationality",
    "programme_status",
];

/// Where a person stands in the programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProgrammeStatus {
    /// Enrolled and waiting to be brought in.
    Enrolled,
    /// Enrollment not yet confirmed by the organisation.
    Pending,
    /// Brought in for their case: nothing more to do.
    Completed,
    /// No longer in the programme.
    Withdrawn,
}
text_enum!(ProgrammeStatus {
    Enrolled = "enrolled",
    Pending = "pending",
    Completed = "completed",
    Withdrawn = "withdrawn",
});

/// The organisation kinds that may keep a roster.
pub fn may_keep_roster(kind: OrganisationKind) -> bool {
    matches!(
        kind,
        OrganisationKind::AidOrganisation | OrganisationKind::PartnerAgency
    )
}

/// A refused row of the report: no names, no dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RefusedRow {
    /// 1 for the first row after the header.
    pub line: u64,
    /// As written in the file.
    pub roster_id: String,
    pub field: String,
    /// The problem's code (its message is `error-<code>`), e.g. `roster-id-conflict`.
    pub code: String,
}

/// What an import did.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ImportReport {
    pub id: String,
    pub organisation_id: i64,
    pub rows: u64,
    /// New people.
    pub accepted: u64,
    /// Known already with the same data (or the same row twice in the file).
    pub unchanged: u64,
    pub refused: u64,
    pub refused_rows: Vec<RefusedRow>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// Rows of a CSV file with a header row (RFC 4180: quoted fields, `""` inside quotes, CRLF or
/// LF), each as its line and its cells in the order of [`CSV_COLUMNS`].
pub fn csv_rows(text: &str) -> Vec<(u64, [String; 5])> {
    let mut records = csv_records(text).into_iter();
    let Some(header) = records.next() else {
        return Vec::new();
    };
    let index: Vec<Option<usize>> = CSV_COLUMNS
        .iter()
        .map(|c| {
            header
                .iter()
                .position(|h| h.trim().trim_start_matches('\u{feff}') == *c)
        })
        .collect();
    records
        .enumerate()
        .filter(|(_, r)| !(r.len() == 1 && r[0].trim().is_empty()))
        .map(|(i, r)| {
            let col = |k: usize| index[k].and_then(|j| r.get(j)).cloned().unwrap_or_default();
            (i as u64 + 1, [col(0), col(1), col(2), col(3), col(4)])
        })
        .collect()
}

fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// The keyed fingerprint of roster id + date of birth (the check and the claim).
pub fn id_dob_fingerprint(app: &AppState, roster_id: &str, dob: NaiveDate) -> String {
    app.vault.fingerprint(&format!(
        "garita/roster-id-dob/v1\u{1f}{roster_id}\u{1f}{dob}"
    ))
}

fn data_fingerprint(app: &AppState, organisation_id: i64, row: &Checked) -> String {
    app.vault.fingerprint(&format!(
        "garita/roster-row/v1\u{1f}{organisation_id}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        row.roster_id,
        row.full_name,
        row.date_of_birth,
        row.nationality,
        row.status.as_str()
    ))
}

/// The names + date of birth fingerprint, as `crate::lookups` takes it for members.
fn name_dob_fingerprint(app: &AppState, full_name: &str, dob: NaiveDate) -> Option<String> {
    let today = app.clock.now().date_naive();
    Identifier::full_name_dob(full_name, &dob.to_string(), today)
        .ok()
        .map(|id| crate::lookups::fingerprint(&app.vault, &id))
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Checked {
    roster_id: String,
    full_name: String,
    date_of_birth: NaiveDate,
    nationality: String,
    status: ProgrammeStatus,
}

#[derive(Serialize, Deserialize)]
struct SealedPerson {
    full_name: String,
    date_of_birth: NaiveDate,
    nationality: String,
}

fn check_row(cells: &[String; 5], line: u64, today: NaiveDate) -> Result<Checked, Vec<RefusedRow>> {
    let input = RowInput {
        roster_id: cells[0].clone(),
        full_name: cells[1].clone(),
        date_of_birth: cells[2].clone(),
        citizenship: cells[3].clone(),
    };
    let refused = |field: &str, code: &str| RefusedRow {
        line,
        roster_id: cells[0].trim().to_string(),
        field: field.to_string(),
        code: code.to_string(),
    };
    let status = ProgrammeStatus::parse(cells[4].trim().to_ascii_lowercase().as_str());
    match (input.parse(line as usize, today), status) {
        (Ok(p), Some(status)) => Ok(Checked {
            roster_id: p.roster_id,
            full_name: p.full_name,
            date_of_birth: p.date_of_birth,
            nationality: p.citizenship,
            status,
        }),
        (parsed, status) => {
            let mut errors: Vec<RefusedRow> = parsed
                .err()
                .unwrap_or_default()
                .into_iter()
                .map(|e| {
                    // The file's column is `nationality` (a member's field is `citizenship`).
                    let field = if e.field == "citizenship" {
                        "nationality"
                    } else {
                        e.field
                    };
                    refused(field, e.code)
                })
                .collect();
            if status.is_none() {
                errors.push(refused("programme_status", Problem::UnknownChoice.code()));
            }
            Err(errors)
        }
    }
}

#[derive(sqlx::FromRow)]
struct KeyRow {
    id: i64,
    public_key: String,
}

#[derive(sqlx::FromRow)]
struct KnownRow {
    roster_id: String,
    data_fingerprint: String,
}

/// The kind of an approved organisation that may keep a roster; 403 otherwise.
pub(crate) async fn roster_organisation(app: &AppState, organisation_id: i64) -> Result<(), Error> {
    let kind: Option<String> = sqlx::query_scalar("SELECT kind FROM organisations WHERE id = $1")
        .bind(organisation_id)
        .fetch_optional(&app.db.read)
        .await?;
    match kind.as_deref().and_then(OrganisationKind::parse) {
        Some(k) if may_keep_roster(k) => Ok(()),
        Some(_) => Err(Error::NotPermitted("roster-organisation-kind")),
        None => Err(Error::NotFound),
    }
}

/// Imports a signed roster file for an organisation (`by`: its staff member; `None` from the
/// command line). The signature is checked first, against the organisation's own unrevoked
/// keys only; then every row; then the whole file is written in one transaction.
pub async fn import(
    app: &AppState,
    organisation_id: i64,
    file: &[u8],
    signature: &[u8],
    by: Option<&Account>,
    ip: IpAddr,
) -> Result<ImportReport, Error> {
    if file.len() > MAX_FILE_BYTES {
        return Err(Error::PayloadTooLarge);
    }
    roster_organisation(app, organisation_id).await?;
    let keys: Vec<KeyRow> = sqlx::query_as(
        "SELECT id, public_key FROM roster_keys WHERE organisation_id = $1 AND revoked_at IS NULL ORDER BY id",
    )
    .bind(organisation_id)
    .fetch_all(&app.db.read)
    .await?;
    let keys: Vec<(i64, String)> = keys.into_iter().map(|k| (k.id, k.public_key)).collect();
    let Some(key_id) = crate::signed_files::signer(&keys, file, signature) else {
        return Err(Error::Missing("roster-signature-invalid"));
    };
    let text =
        std::str::from_utf8(file).map_err(|_| Error::BadRequest("roster-file-unreadable"))?;
    let rows = csv_rows(text);
    let now = app.clock.now();
    let at = app.clock.timestamp();
    let today = now.date_naive();

    let known: Vec<KnownRow> = sqlx::query_as(
        "SELECT roster_id, data_fingerprint FROM roster_people WHERE organisation_id = $1",
    )
    .bind(organisation_id)
    .fetch_all(&app.db.read)
    .await?;
    let mut seen: HashMap<String, String> = known
        .into_iter()
        .map(|k| (k.roster_id, k.data_fingerprint))
        .collect();

    let id = random_id();
    let mut refused_rows = Vec::new();
    let mut fresh = Vec::new();
    let mut unchanged = 0u64;
    // Known people this file lists again (their `listed_at` moves: crate::retention).
    let mut listed = Vec::new();
    for (line, cells) in &rows {
        match check_row(cells, *line, today) {
            Err(mut e) => refused_rows.append(&mut e),
            Ok(row) => {
                let fp = data_fingerprint(app, organisation_id, &row);
                match seen.get(&row.roster_id) {
                    Some(known) if *known == fp => {
                        unchanged += 1;
                        listed.push(row.roster_id.clone());
                    }
                    Some(_) => refused_rows.push(RefusedRow {
                        line: *line,
                        roster_id: row.roster_id.clone(),
                        field: "roster_id".into(),
                        code: "roster-id-conflict".into(),
                    }),
                    None => {
                        seen.insert(row.roster_id.clone(), fp.clone());
                        fresh.push((row, fp));
                    }
                }
            }
        }
    }
    let refused = refused_rows
        .iter()
        .map(|r| r.line)
        .collect::<std::collections::BTreeSet<_>>()
        .len() as u64;
    let report = ImportReport {
        id: id.clone(),
        organisation_id,
        rows: rows.len() as u64,
        accepted: fresh.len() as u64,
        unchanged,
        refused,
        refused_rows,
        created_at: now,
    };

    let mut tx = app.db.begin().await?;
    sqlx::query(
        "INSERT INTO roster_imports (id, organisation_id, key_id, file_sha256, rows_total, accepted, unchanged, refused, report, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(&id)
    .bind(organisation_id)
    .bind(key_id)
    .bind(hex::encode(<sha2::Sha256 as sha2::Digest>::digest(file)))
    .bind(report.rows as i64)
    .bind(report.accepted as i64)
    .bind(report.unchanged as i64)
    .bind(report.refused as i64)
    .bind(serde_json::to_string(&report.refused_rows).map_err(anyhow::Error::from)?)
    .bind(by.map(|a| a.id))
    .bind(at)
    .execute(&mut *tx)
    .await?;
    for (row, fp) in &fresh {
        let person_id = random_id();
        let sealed = serde_json::to_vec(&SealedPerson {
            full_name: row.full_name.clone(),
            date_of_birth: row.date_of_birth,
            nationality: row.nationality.clone(),
        })
        .map_err(anyhow::Error::from)?;
        let name_fp =
            name_dob_fingerprint(app, &row.full_name, row.date_of_birth).unwrap_or_default();
        // `ON CONFLICT DO NOTHING`: an import running at the same moment that wrote the id
        // first keeps it (first kept), this one leaves it.
        sqlx::query(
            "INSERT INTO roster_people (id, organisation_id, roster_id, sealed, programme_status, data_fingerprint,
                id_dob_fingerprint, name_dob_fingerprint, import_id, created_at, listed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) ON CONFLICT (organisation_id, roster_id) DO NOTHING",
        )
        .bind(&person_id)
        .bind(organisation_id)
        .bind(&row.roster_id)
        .bind(app.vault.seal(&format!("roster_person:{person_id}"), &sealed))
        .bind(row.status.as_str())
        .bind(fp)
        .bind(id_dob_fingerprint(app, &row.roster_id, row.date_of_birth))
        .bind(name_fp)
        .bind(&id)
        .bind(at)
        .execute(&mut *tx)
        .await?;
    }
    for roster_id in &listed {
        sqlx::query(
            "UPDATE roster_people SET listed_at = $1 WHERE organisation_id = $2 AND roster_id = $3",
        )
        .bind(at)
        .bind(organisation_id)
        .bind(roster_id)
        .execute(&mut *tx)
        .await?;
    }
    audit::record(
        &mut tx,
        Entry {
            actor: by,
            action: "roster-imported",
            subject: format!("roster-import:{id}"),
            detail: format!(
                "organisation={organisation_id} key={key_id} rows={} accepted={} unchanged={} refused={}",
                report.rows, report.accepted, report.unchanged, report.refused
            ),
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(report)
}

/// Registers an organisation's public key for roster files (an administrator). Returns its id.
pub async fn register_key(
    app: &AppState,
    admin: Option<&Account>,
    ip: IpAddr,
    organisation_id: i64,
    label: &str,
    public_key: &str,
) -> Result<i64, Error> {
    let label = garita_domain::validation::bounded_text(label, 1, 100)
        .map_err(|p| Error::field("label", p))?;
    let key = crate::signed_files::parse_public_key(public_key)
        .ok_or(Error::field("public_key", Problem::UnknownChoice))?;
    roster_organisation(app, organisation_id).await?;
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO roster_keys (organisation_id, label, public_key, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (public_key) DO NOTHING RETURNING id",
    )
    .bind(organisation_id)
    .bind(&label)
    .bind(hex::encode(key.as_bytes()))
    .bind(admin.map(|a| a.id))
    .bind(at)
    .fetch_optional(&mut *tx)
    .await?;
    let id = id.ok_or(Error::Conflict("roster-key-exists"))?;
    audit::record(
        &mut tx,
        Entry {
            actor: admin,
            action: "roster-key-registered",
            subject: format!("roster-key:{id}"),
            detail: format!("organisation={organisation_id} label={label}"),
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The enrollment check: by roster id + date of birth, or by names + date of birth.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct CheckInput {
    #[serde(default)]
    pub roster_id: Option<String>,
    #[serde(default)]
    pub full_name: Option<String>,
    #[serde(default)]
    pub date_of_birth: String,
}

/// Its answer: enrolled or not, and the programme status. Nothing else.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CheckAnswer {
    pub enrolled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

fn date_of_birth(raw: &str, today: NaiveDate) -> Result<NaiveDate, Error> {
    garita_domain::travelers::parse_date_of_birth(
        &garita_domain::validation::ascii_digits(raw),
        today,
    )
    .map_err(|p| Error::field("date_of_birth", p))
}

/// Answers the check for the caller's organisation's own roster only: throttled per account
/// (429), audited with a tag of the fingerprint asked (never the identifier), found or not.
pub async fn check(
    app: &AppState,
    caller: &Account,
    organisation_id: i64,
    input: &CheckInput,
    ip: IpAddr,
) -> Result<CheckAnswer, Error> {
    let today = app.clock.now().date_naive();
    let dob = date_of_birth(&input.date_of_birth, today)?;
    let (by, column, fp) = match (input.roster_id.as_deref(), input.full_name.as_deref()) {
        (Some(id), _) if !id.trim().is_empty() => {
            let id = parse_roster_id(id).map_err(|p| Error::field("roster_id", p))?;
            (
                "roster_id",
                "id_dob_fingerprint",
                id_dob_fingerprint(app, &id, dob),
            )
        }
        (_, Some(name)) if !name.trim().is_empty() => {
            let id = Identifier::full_name_dob(name, &dob.to_string(), today)
                .map_err(|_| Error::field("full_name", Problem::InvalidCharacters))?;
            (
                "names",
                "name_dob_fingerprint",
                crate::lookups::fingerprint(&app.vault, &id),
            )
        }
        _ => return Err(Error::field("roster_id", Problem::Required)),
    };
    let tag = crate::lookups::audit_tag(&fp);
    if let Err(retry_after_secs) = app
        .lookup_account_throttle
        .try_take(&format!("roster-check:{}", caller.id))
    {
        audit::record_view(
            app,
            Entry {
                actor: Some(caller),
                action: "roster-check-refused",
                subject: format!("lookup:{tag}"),
                detail: format!("organisation={organisation_id} by={by} throttled=per-account"),
                ip,
                at: app.clock.timestamp(),
            },
        )
        .await?;
        return Err(Error::TooManyRequests { retry_after_secs });
    }
    let sql = if column == "id_dob_fingerprint" {
        "SELECT programme_status FROM roster_people WHERE organisation_id = $1 AND id_dob_fingerprint = $2 ORDER BY roster_id LIMIT 1"
    } else {
        "SELECT programme_status FROM roster_people WHERE organisation_id = $1 AND name_dob_fingerprint = $2 ORDER BY roster_id LIMIT 1"
    };
    let status: Option<String> = sqlx::query_scalar(sql)
        .bind(organisation_id)
        .bind(&fp)
        .fetch_optional(&app.db.read)
        .await?;
    audit::record_view(
        app,
        Entry {
            actor: Some(caller),
            action: "roster-check",
            subject: format!("lookup:{tag}"),
            detail: format!(
                "organisation={organisation_id} by={by} enrolled={}",
                status.is_some()
            ),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(CheckAnswer {
        enrolled: status.is_some(),
        status,
    })
}

/// A roster person's claim from a traveler account.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct ClaimInput {
    #[serde(default)]
    pub roster_id: String,
    #[serde(default)]
    pub date_of_birth: String,
}

/// What a claim linked.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Claimed {
    pub roster_id: String,
    pub status: String,
}

#[derive(sqlx::FromRow)]
struct ClaimRow {
    id: String,
    roster_id: String,
    programme_status: String,
}

/// Who claims a roster place for an account: its traveler, or staff of a helping organisation
/// the traveler consented to (`crate::consents::acting::claim_roster`, which checked the
/// consent first).
#[derive(Clone, Copy)]
pub enum Claimant<'a> {
    Traveler(&'a Account),
    Helper(&'a crate::consents::Helper),
}

impl Claimant<'_> {
    fn actor(&self) -> &Account {
        match self {
            Claimant::Traveler(a) => a,
            Claimant::Helper(h) => &h.account,
        }
    }
}

/// Links the traveler's account to the roster person with this roster id and date of birth.
/// A wrong pair, or a person another account claimed, is the same 404: nothing is said of
/// whether the id exists. Throttled per account (429); audited found or not.
pub async fn claim(
    app: &AppState,
    traveler: &Account,
    input: &ClaimInput,
    ip: IpAddr,
) -> Result<Claimed, Error> {
    claim_for(app, traveler.id, Claimant::Traveler(traveler), input, ip).await
}

/// [`claim`] for the account `account_id`, by its traveler or by a helper: the same checks,
/// throttle and answers. A helper's claim is also throttled per staff member (so one cannot
/// guess through many consenting accounts), audited as theirs, and entered in the traveler's
/// list of what helpers did — in the claim's own transaction.
pub async fn claim_for(
    app: &AppState,
    account_id: i64,
    by: Claimant<'_>,
    input: &ClaimInput,
    ip: IpAddr,
) -> Result<Claimed, Error> {
    let today = app.clock.now().date_naive();
    let roster_id = parse_roster_id(&input.roster_id).map_err(|p| Error::field("roster_id", p))?;
    let dob = date_of_birth(&input.date_of_birth, today)?;
    app.lookup_account_throttle
        .try_take(&format!("roster-claim:{account_id}"))
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
    if let Claimant::Helper(h) = by {
        app.lookup_account_throttle
            .try_take(&format!("roster-claim-staff:{}", h.account.id))
            .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
    }
    let fp = id_dob_fingerprint(app, &roster_id, dob);
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let row: Option<ClaimRow> = sqlx::query_as(
        "SELECT id, roster_id, programme_status FROM roster_people
         WHERE id_dob_fingerprint = $1 AND roster_id = $2 AND (account_id IS NULL OR account_id = $3)
         ORDER BY id LIMIT 1",
    )
    .bind(&fp)
    .bind(&roster_id)
    .bind(account_id)
    .fetch_optional(&mut *tx)
    .await?;
    let tag = crate::lookups::audit_tag(&fp);
    let for_whom = match by {
        Claimant::Traveler(_) => String::new(),
        Claimant::Helper(h) => format!(
            " for=account:{account_id} organisation={} staff={}",
            h.organisation_id, h.account.id
        ),
    };
    let Some(row) = row else {
        drop(tx);
        audit::record_view(
            app,
            Entry {
                actor: Some(by.actor()),
                action: "roster-claim-missed",
                subject: format!("lookup:{tag}"),
                detail: for_whom.trim_start().to_string(),
                ip,
                at,
            },
        )
        .await?;
        return Err(Error::NotFound);
    };
    // Conditional: two accounts claiming at once, one wins; the other reads "not found".
    let done = sqlx::query(
        "UPDATE roster_people SET account_id = $1, claimed_at = $2
         WHERE id = $3 AND (account_id IS NULL OR account_id = $1)",
    )
    .bind(account_id)
    .bind(at)
    .bind(&row.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Err(Error::NotFound);
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(by.actor()),
            action: "roster-claimed",
            subject: format!("roster-person:{}", row.id),
            detail: format!("lookup={tag}{for_whom}"),
            ip,
            at,
        },
    )
    .await?;
    if let Claimant::Helper(h) = by {
        h.record_in(
            &mut tx,
            app,
            account_id,
            crate::consents::Action::ClaimedRoster,
            ip,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Claimed {
        roster_id: row.roster_id,
        status: row.programme_status,
    })
}

/// The roster place an account claimed, if any (its roster id and programme status).
pub async fn claimed_by(app: &AppState, account_id: i64) -> Result<Option<Claimed>, Error> {
    let row: Option<ClaimRow> = sqlx::query_as(
        "SELECT id, roster_id, programme_status FROM roster_people
         WHERE account_id = $1 ORDER BY claimed_at, id LIMIT 1",
    )
    .bind(account_id)
    .fetch_optional(&app.db.read)
    .await?;
    Ok(row.map(|r| Claimed {
        roster_id: r.roster_id,
        status: r.programme_status,
    }))
}

/// Retention (`crate::retention`, rule `roster-people`): people no import listed since
/// `before` (a timestamp), then the import reports older than that no person refers to.
pub async fn purge_people(app: &AppState, before: i64) -> Result<u64, Error> {
    let mut tx = app.db.begin().await?;
    let people =
        sqlx::query("DELETE FROM roster_people WHERE COALESCE(listed_at, created_at) < $1")
            .bind(before)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    let imports = sqlx::query(
        "DELETE FROM roster_imports WHERE created_at < $1
         AND NOT EXISTS (SELECT 1 FROM roster_people p WHERE p.import_id = roster_imports.id)",
    )
    .bind(before)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(people + imports)
}
