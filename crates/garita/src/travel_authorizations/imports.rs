//! Supporter cases in: a batch file from USCIS (CSV with a header row, or a JSON array), with
//! an Ed25519 detached signature over the file's exact bytes by a key an administrator
//! registered for the agency. The signature is checked before a single byte is parsed; then
//! every row is checked (`garita_domain::parole::parse_case`) and the whole batch is written in
//! one transaction, with its report (line, case number, reasons — no names, no dates).
//! Re-importing changes nothing: a case number already known with the same data is
//! "unchanged" (a pending case that is now confirmed joins the pool); with other data it is
//! refused, the first kept.

use std::collections::HashMap;
use std::net::IpAddr;

use garita_domain::organisations::OrganisationKind;
use garita_domain::parole::{self, CaseRow, CaseStatus, Programme, RowRefusal, CSV_COLUMNS};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{case_aad, dob_fingerprint, SealedCase};
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::signed_files;
use crate::state::AppState;
use crate::storage::vault::{random_id, sha256_hex};

/// The largest batch file accepted (the API's own body limit, and the CLI's).
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// A refused row of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RefusedRow {
    /// 1 for the first data row.
    pub line: u64,
    /// As written in the file (its canonical form when it is valid).
    pub case_number: String,
    /// Reason ids (`garita_domain::parole::RowRefusal`), e.g. `nationality-not-eligible`.
    pub reasons: Vec<String>,
    /// For a duplicate: the line that was kept (in this file; absent when an earlier import).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_line: Option<u64>,
}

/// What an import did.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ImportReport {
    pub id: String,
    pub programme: String,
    pub rows: u64,
    /// New cases, and pending cases now confirmed.
    pub accepted: u64,
    /// Known already with the same data.
    pub unchanged: u64,
    pub refused: u64,
    pub refused_rows: Vec<RefusedRow>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

#[derive(sqlx::FromRow)]
struct KeyRow {
    id: i64,
    public_key: String,
}

/// The id of the unrevoked key whose signature this is (`crate::signed_files`): among the keys
/// of `agency` when the import is claimed for one (an agency's member), else among every
/// agency's (the operator's command line). `None` for every other case (no key, a malformed
/// signature, a wrong one, another agency's key).
pub async fn signer(
    app: &AppState,
    agency: Option<i64>,
    file: &[u8],
    signature: &[u8],
) -> Result<Option<i64>, Error> {
    let keys: Vec<KeyRow> = match agency {
        Some(organisation) => sqlx::query_as(
            "SELECT id, public_key FROM ata_agency_keys WHERE organisation_id = $1 AND revoked_at IS NULL ORDER BY id",
        )
        .bind(organisation)
        .fetch_all(&app.db.read)
        .await?,
        None => sqlx::query_as(
            "SELECT id, public_key FROM ata_agency_keys WHERE revoked_at IS NULL ORDER BY id",
        )
        .fetch_all(&app.db.read)
        .await?,
    };
    let keys: Vec<(i64, String)> = keys.into_iter().map(|k| (k.id, k.public_key)).collect();
    Ok(signed_files::signer(&keys, file, signature))
}

/// Registers a government agency's public key (an administrator): batches it signs are
/// accepted from that agency's members only. Returns its id.
pub async fn register_key(
    app: &AppState,
    admin: Option<&Account>,
    ip: IpAddr,
    label: &str,
    public_key: &str,
    organisation_id: Option<i64>,
) -> Result<i64, Error> {
    use garita_domain::validation::Problem;
    let label = garita_domain::validation::bounded_text(label, 1, 100)
        .map_err(|p| Error::field("label", p))?;
    let key = signed_files::parse_public_key(public_key)
        .ok_or(Error::field("public_key", Problem::UnknownChoice))?;
    let organisation_id =
        organisation_id.ok_or(Error::field("organisation_id", Problem::Required))?;
    let kind: Option<String> = sqlx::query_scalar("SELECT kind FROM organisations WHERE id = $1")
        .bind(organisation_id)
        .fetch_optional(&app.db.read)
        .await?;
    if kind.as_deref() != Some(OrganisationKind::GovernmentAgency.as_str()) {
        return Err(Error::field("organisation_id", Problem::UnknownChoice));
    }
    let hex_key = hex::encode(key.as_bytes());
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO ata_agency_keys (organisation_id, label, public_key, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (public_key) DO NOTHING RETURNING id",
    )
    .bind(organisation_id)
    .bind(&label)
    .bind(&hex_key)
    .bind(at)
    .fetch_optional(&mut *tx)
    .await?;
    let id = id.ok_or(Error::Conflict("ata-key-exists"))?;
    audit::record(
        &mut tx,
        Entry {
            actor: admin,
            action: "ata-agency-key-registered",
            subject: format!("ata-agency-key:{id}"),
            detail: format!("organisation={organisation_id} label={label}"),
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Rows of a CSV file with a header row (RFC 4180: quoted fields, `""` inside quotes, CRLF or
/// LF). Columns are found by name; unknown columns are ignored; a missing one reads as empty.
pub fn csv_rows(text: &str) -> Vec<(u64, CaseRow)> {
    let records = csv_records(text);
    let mut it = records.into_iter();
    let Some(header) = it.next() else {
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
    it.enumerate()
        .filter(|(_, r)| !(r.len() == 1 && r[0].trim().is_empty()))
        .map(|(i, r)| {
            let col = |k: usize| index[k].and_then(|j| r.get(j)).cloned().unwrap_or_default();
            (
                i as u64 + 1,
                CaseRow {
                    case_number: col(0),
                    family_name: col(1),
                    given_names: col(2),
                    date_of_birth: col(3),
                    nationality: col(4),
                    email: col(5),
                    supporter_name: col(6),
                    case_status: col(7),
                    relationship: col(8),
                },
            )
        })
        .collect()
}

fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => record.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                any = false;
            }
            c => field.push(c),
        }
    }
    if any {
        record.push(field);
        records.push(record);
    }
    records
}

/// The rows of a batch: a JSON array of objects, or CSV.
pub fn rows(file: &[u8]) -> Result<Vec<(u64, CaseRow)>, Error> {
    let text = std::str::from_utf8(file).map_err(|_| Error::BadRequest("ata-file-unreadable"))?;
    if text.trim_start().starts_with('[') {
        let rows: Vec<CaseRow> =
            serde_json::from_str(text).map_err(|_| Error::BadRequest("ata-file-unreadable"))?;
        Ok(rows
            .into_iter()
            .enumerate()
            .map(|(i, r)| (i as u64 + 1, r))
            .collect())
    } else {
        Ok(csv_rows(text))
    }
}

#[derive(sqlx::FromRow)]
struct KnownRow {
    id: String,
    digest: String,
    status: String,
}

/// Rows written by one INSERT: a statement per row costs a round trip each. (With `$N`
/// parameters SQLite's name lookup made 500-row statements slower — 40% of the import's time
/// under `perf` — hence anonymous parameters on SQLite in `write_batch`.)
const BATCH_ROWS: usize = 50;

/// A valid new row waiting for its batch's INSERT.
struct NewCase {
    line: u64,
    id: String,
    case_number: String,
    digest: String,
    sealed: Vec<u8>,
    nationality: String,
    status: CaseStatus,
    dob_fingerprint: String,
}

#[derive(sqlx::FromRow)]
struct InsertedRow {
    case_number: String,
}

/// Writes `batch` in one statement; a case number known from an earlier import is not
/// written and is checked on its own: the same data is unchanged (a pending case now
/// confirmed joins the pool), other data is refused, the first kept.
async fn write_batch(
    engine: crate::storage::Engine,
    tx: &mut crate::storage::Tx,
    batch: &mut Vec<NewCase>,
    programme: &Programme,
    import_id: &str,
    at: i64,
    report: &mut ImportReport,
) -> Result<(), Error> {
    if batch.is_empty() {
        return Ok(());
    }
    let mut sql = String::from(
        "INSERT INTO ata_cases (id, programme_id, case_number, digest, sealed, nationality, status, import_id, confirmed_at, dob_fingerprint, created_at, updated_at) VALUES ",
    );
    // SQLite finds a numbered parameter (`$4`) by walking the statement's list of parameter
    // names, which makes binding quadratic in a statement's parameters; anonymous `?`s are
    // bound by position with no lookup. So on SQLite each row repeats its shared values as
    // `?`s, and on PostgreSQL (which knows only `$N`) the shared values are `$1`–`$3`.
    let anonymous = engine == crate::storage::Engine::Sqlite;
    for i in 0..batch.len() {
        if i > 0 {
            sql.push(',');
        }
        if anonymous {
            sql.push_str("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            continue;
        }
        let p = 4 + i * 8;
        sql.push_str(&format!(
            "(${}, $1, ${}, ${}, ${}, ${}, ${}, $2, ${}, ${}, $3, $3)",
            p,
            p + 1,
            p + 2,
            p + 3,
            p + 4,
            p + 5,
            p + 6,
            p + 7
        ));
    }
    sql.push_str(" ON CONFLICT (case_number) DO NOTHING RETURNING case_number");
    // Only placeholders are put together here: every value is bound.
    let mut query = sqlx::query_as::<_, InsertedRow>(sqlx::AssertSqlSafe(sql));
    if !anonymous {
        query = query.bind(&programme.id).bind(import_id).bind(at);
    }
    for c in batch.iter() {
        let confirmed_at = (c.status == CaseStatus::Confirmed).then_some(at);
        if anonymous {
            query = query
                .bind(&c.id)
                .bind(&programme.id)
                .bind(&c.case_number)
                .bind(&c.digest)
                .bind(&c.sealed)
                .bind(&c.nationality)
                .bind(c.status.as_str())
                .bind(import_id)
                .bind(confirmed_at)
                .bind(&c.dob_fingerprint)
                .bind(at)
                .bind(at);
        } else {
            query = query
                .bind(&c.id)
                .bind(&c.case_number)
                .bind(&c.digest)
                .bind(&c.sealed)
                .bind(&c.nationality)
                .bind(c.status.as_str())
                .bind(confirmed_at)
                .bind(&c.dob_fingerprint);
        }
    }
    let inserted: std::collections::HashSet<String> = query
        .fetch_all(&mut **tx)
        .await?
        .into_iter()
        .map(|r| r.case_number)
        .collect();
    for c in batch.drain(..) {
        if inserted.contains(&c.case_number) {
            report.accepted += 1;
            continue;
        }
        let known: KnownRow =
            sqlx::query_as("SELECT id, digest, status FROM ata_cases WHERE case_number = $1")
                .bind(&c.case_number)
                .fetch_one(&mut **tx)
                .await?;
        if known.digest != c.digest {
            report.refused += 1;
            report.refused_rows.push(RefusedRow {
                line: c.line,
                case_number: c.case_number,
                reasons: vec![RowRefusal::DuplicateDifferent.as_str().to_string()],
                first_line: None,
            });
            continue;
        }
        // The same case: USCIS confirming a pending one puts it in the pool.
        let confirmed = c.status == CaseStatus::Confirmed
            && CaseStatus::parse(&known.status) == Some(CaseStatus::Pending);
        if confirmed {
            sqlx::query(
                "UPDATE ata_cases SET status = $1, confirmed_at = $2, updated_at = $2 WHERE id = $3 AND status = $4",
            )
            .bind(CaseStatus::Confirmed.as_str())
            .bind(at)
            .bind(&known.id)
            .bind(CaseStatus::Pending.as_str())
            .execute(&mut **tx)
            .await?;
            report.accepted += 1;
        } else {
            report.unchanged += 1;
        }
    }
    Ok(())
}

/// Imports a signed batch into `programme`, for `agency` (its member's import; `None` from
/// the command line). Refused whole (nothing written, nothing parsed) when no key registered
/// for that agency signed it; otherwise every row is accepted, unchanged or refused with its
/// reasons, in one transaction with its audit entry.
pub async fn import(
    app: &AppState,
    programme: &Programme,
    agency: Option<i64>,
    file: &[u8],
    signature: &[u8],
    actor: Option<&Account>,
    ip: IpAddr,
) -> Result<ImportReport, Error> {
    if file.len() > MAX_FILE_BYTES {
        return Err(Error::PayloadTooLarge);
    }
    let Some(key_id) = signer(app, agency, file, signature).await? else {
        audit::record_view(
            app,
            Entry {
                actor,
                action: "ata-import-refused",
                subject: format!("ata-programme:{}", programme.id),
                detail: format!(
                    "signature=invalid agency={} sha256={}",
                    agency.map_or("any".to_string(), |a| a.to_string()),
                    sha256_bytes(file)
                ),
                ip,
                at: app.clock.timestamp(),
            },
        )
        .await?;
        return Err(Error::Missing("ata-signature-invalid"));
    };
    let today = crate::travelers::today(app);
    let rows = rows(file)?;
    let now = app.clock.now();
    let at = now.timestamp();
    let import_id = random_id();
    let mut report = ImportReport {
        id: import_id.clone(),
        programme: programme.id.clone(),
        rows: rows.len() as u64,
        accepted: 0,
        unchanged: 0,
        refused: 0,
        refused_rows: Vec::new(),
        created_at: now,
    };
    let mut tx = app.db.begin().await?;
    // The import row first: cases name it.
    sqlx::query(
        "INSERT INTO ata_imports (id, programme_id, key_id, file_sha256, rows_total, accepted, unchanged, refused, report, imported_by, created_at)
         VALUES ($1, $2, $3, $4, $5, 0, 0, 0, '[]', $6, $7)",
    )
    .bind(&import_id)
    .bind(&programme.id)
    .bind(key_id)
    .bind(sha256_bytes(file))
    .bind(rows.len() as i64)
    .bind(actor.map(|a| a.id))
    .bind(at)
    .execute(&mut *tx)
    .await?;
    // Case numbers seen in this file: line and digest, to report a duplicate with the first.
    let mut seen: HashMap<String, (u64, String)> = HashMap::new();
    let mut batch: Vec<NewCase> = Vec::with_capacity(BATCH_ROWS);
    for (index, (line, row)) in rows.into_iter().enumerate() {
        let refuse =
            |reasons: Vec<RowRefusal>, first_line: Option<u64>, report: &mut ImportReport| {
                report.refused += 1;
                report.refused_rows.push(RefusedRow {
                    line,
                    case_number: parole::parse_case_number(&row.case_number)
                        .unwrap_or_else(|_| row.case_number.chars().take(40).collect()),
                    reasons: reasons.iter().map(|r| r.as_str().to_string()).collect(),
                    first_line,
                });
            };
        if index as u64 >= u64::from(programme.import_cap) {
            refuse(vec![RowRefusal::OverImportCap], None, &mut report);
            continue;
        }
        let case = match parole::parse_case(programme, &row, today) {
            Ok(c) => c,
            Err(reasons) => {
                refuse(reasons, None, &mut report);
                continue;
            }
        };
        let digest = app
            .vault
            .fingerprint(&format!("ata-case\u{1F}{}", case.digest_text()));
        if let Some((first, first_digest)) = seen.get(&case.case_number) {
            if *first_digest == digest {
                report.unchanged += 1;
            } else {
                refuse(
                    vec![RowRefusal::DuplicateDifferent],
                    Some(*first),
                    &mut report,
                );
            }
            continue;
        }
        seen.insert(case.case_number.clone(), (line, digest.clone()));
        let id = random_id();
        let sealed = SealedCase {
            family_name: case.family_name.clone(),
            given_names: case.given_names.clone(),
            date_of_birth: case.date_of_birth,
            email: case.email.clone(),
            supporter_name: case.supporter_name.clone(),
            relationship: case.relationship.as_str().to_string(),
        };
        let sealed = app
            .vault
            .seal(&case_aad(&id), &serde_json::to_vec(&sealed)?);
        batch.push(NewCase {
            line,
            dob_fingerprint: dob_fingerprint(app, &id, case.date_of_birth),
            id,
            case_number: case.case_number,
            digest,
            sealed,
            nationality: case.nationality,
            status: case.status,
        });
        if batch.len() == BATCH_ROWS {
            write_batch(
                app.db.engine,
                &mut tx,
                &mut batch,
                programme,
                &import_id,
                at,
                &mut report,
            )
            .await?;
        }
    }
    write_batch(
        app.db.engine,
        &mut tx,
        &mut batch,
        programme,
        &import_id,
        at,
        &mut report,
    )
    .await?;
    // Rows refused against earlier imports are known only when their batch is written.
    report.refused_rows.sort_by_key(|r| r.line);
    sqlx::query(
        "UPDATE ata_imports SET accepted = $1, unchanged = $2, refused = $3, report = $4 WHERE id = $5",
    )
    .bind(report.accepted as i64)
    .bind(report.unchanged as i64)
    .bind(report.refused as i64)
    .bind(serde_json::to_string(&report.refused_rows)?)
    .bind(&import_id)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor,
            action: "ata-import",
            subject: format!("ata-import:{import_id}"),
            detail: format!(
                "programme={} key={key_id} rows={} accepted={} unchanged={} refused={}",
                programme.id, report.rows, report.accepted, report.unchanged, report.refused
            ),
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(report)
}

fn sha256_bytes(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

#[derive(sqlx::FromRow)]
struct ImportRow {
    id: String,
    programme_id: String,
    rows_total: i64,
    accepted: i64,
    unchanged: i64,
    refused: i64,
    report: String,
    imported_by: Option<i64>,
    created_at: i64,
}

/// An import's report, read later: by an administrator, or by the account that imported it.
pub async fn report(app: &AppState, reader: &Account, id: &str) -> Result<ImportReport, Error> {
    let row: Option<ImportRow> = sqlx::query_as(
        "SELECT id, programme_id, rows_total, accepted, unchanged, refused, report, imported_by, created_at FROM ata_imports WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&app.db.read)
    .await?;
    let row = row.ok_or(Error::NotFound)?;
    if !reader.is_admin() && row.imported_by != Some(reader.id) {
        return Err(Error::NotFound);
    }
    Ok(ImportReport {
        id: row.id,
        programme: row.programme_id,
        rows: row.rows_total as u64,
        accepted: row.accepted as u64,
        unchanged: row.unchanged as u64,
        refused: row.refused as u64,
        refused_rows: serde_json::from_str(&row.report)?,
        created_at: chrono::DateTime::from_timestamp(row.created_at, 0).unwrap_or_default(),
    })
}

/// `sha256_hex` of a text, re-exported for the invitation tokens.
pub fn token_hash(token: &str) -> String {
    sha256_hex(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_reads_quotes_crlf_and_columns_by_name() {
        let text = "nationality,case_number,family_name,given_names,date_of_birth,email,supporter_name,case_status\r\n\
                    HT,IOE0912345678,\"Joseph, \"\"Ti\"\"\",Marie,1990-04-02,m@example.org,Jean,confirmed\r\n\n";
        let rows = csv_rows(text);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].0, 1);
        assert_eq!(rows[0].1.family_name, "Joseph, \"Ti\"");
        assert_eq!(rows[0].1.nationality, "HT");
        assert_eq!(rows[0].1.relationship, "");
    }
}
