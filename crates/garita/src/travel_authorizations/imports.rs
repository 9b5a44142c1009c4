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

use base64::Engine;
use ed25519_dalek::{Signature, VerifyingKey};
use garita_domain::parole::{self, CaseRow, CaseStatus, Programme, RowRefusal, CSV_COLUMNS};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{case_aad, dob_fingerprint, SealedCase};
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
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

/// A signature or key as given: 64 (or 32) raw bytes, or their hex or base64 text.
fn decode_bytes<const N: usize>(raw: &[u8]) -> Option<[u8; N]> {
    if raw.len() == N {
        return raw.try_into().ok();
    }
    let text = std::str::from_utf8(raw).ok()?.trim();
    let bytes = hex::decode(text)
        .ok()
        .or_else(|| base64::engine::general_purpose::STANDARD.decode(text).ok())
        .or_else(|| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(text)
                .ok()
        })?;
    bytes.try_into().ok()
}

/// A public key as registered: 32 bytes as hex or base64.
pub fn parse_public_key(text: &str) -> Option<VerifyingKey> {
    decode_bytes::<32>(text.as_bytes()).and_then(|b| VerifyingKey::from_bytes(&b).ok())
}

#[derive(sqlx::FromRow)]
struct KeyRow {
    id: i64,
    public_key: String,
}

/// The id of the registered, unrevoked key whose signature this is; `None` for every other
/// case (no key, a malformed signature, a wrong one).
pub async fn signer(app: &AppState, file: &[u8], signature: &[u8]) -> Result<Option<i64>, Error> {
    let Some(sig) = decode_bytes::<64>(signature).map(|b| Signature::from_bytes(&b)) else {
        return Ok(None);
    };
    let keys: Vec<KeyRow> = sqlx::query_as(
        "SELECT id, public_key FROM ata_agency_keys WHERE revoked_at IS NULL ORDER BY id",
    )
    .fetch_all(&app.db.read)
    .await?;
    Ok(keys.into_iter().find_map(|k| {
        parse_public_key(&k.public_key)
            .filter(|key| key.verify_strict(file, &sig).is_ok())
            .map(|_| k.id)
    }))
}

/// Registers an agency's public key (an administrator). Returns its id.
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
    let key =
        parse_public_key(public_key).ok_or(Error::field("public_key", Problem::UnknownChoice))?;
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
            detail: format!("label={label}"),
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

/// Imports a signed batch into `programme`. Refused whole (nothing written, nothing parsed)
/// when no registered key signed it; otherwise every row is accepted, unchanged or refused
/// with its reasons, in one transaction with its audit entry.
pub async fn import(
    app: &AppState,
    programme: &Programme,
    file: &[u8],
    signature: &[u8],
    actor: Option<&Account>,
    ip: IpAddr,
) -> Result<ImportReport, Error> {
    if file.len() > MAX_FILE_BYTES {
        return Err(Error::PayloadTooLarge);
    }
    let Some(key_id) = signer(app, file, signature).await? else {
        audit::record_view(
            app,
            Entry {
                actor,
                action: "ata-import-refused",
                subject: format!("ata-programme:{}", programme.id),
                detail: format!("signature=invalid sha256={}", sha256_bytes(file)),
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
        // A new case is one statement (the usual import); a known number is read after.
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
        let inserted = sqlx::query(
            "INSERT INTO ata_cases (id, programme_id, case_number, digest, sealed, nationality, status, import_id, confirmed_at, dob_fingerprint, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
             ON CONFLICT (case_number) DO NOTHING",
        )
        .bind(&id)
        .bind(&programme.id)
        .bind(&case.case_number)
        .bind(&digest)
        .bind(sealed)
        .bind(&case.nationality)
        .bind(case.status.as_str())
        .bind(&import_id)
        .bind((case.status == CaseStatus::Confirmed).then_some(at))
        .bind(dob_fingerprint(app, &id, case.date_of_birth))
        .bind(at)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted == 1 {
            report.accepted += 1;
            continue;
        }
        let known: KnownRow =
            sqlx::query_as("SELECT id, digest, status FROM ata_cases WHERE case_number = $1")
                .bind(&case.case_number)
                .fetch_one(&mut *tx)
                .await?;
        if known.digest != digest {
            refuse(vec![RowRefusal::DuplicateDifferent], None, &mut report);
            continue;
        }
        // The same case: USCIS confirming a pending one puts it in the pool.
        let confirmed = case.status == CaseStatus::Confirmed
            && CaseStatus::parse(&known.status) == Some(CaseStatus::Pending);
        if confirmed {
            sqlx::query(
                "UPDATE ata_cases SET status = $1, confirmed_at = $2, updated_at = $2 WHERE id = $3 AND status = $4",
            )
            .bind(CaseStatus::Confirmed.as_str())
            .bind(at)
            .bind(&known.id)
            .bind(CaseStatus::Pending.as_str())
            .execute(&mut *tx)
            .await?;
            report.accepted += 1;
        } else {
            report.unchanged += 1;
        }
    }
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

    #[test]
    fn keys_and_signatures_read_as_hex_or_base64() {
        let hex32 = "11".repeat(32);
        assert_eq!(decode_bytes::<32>(hex32.as_bytes()), Some([0x11; 32]));
        let b64 = base64::engine::general_purpose::STANDARD.encode([7u8; 64]);
        assert_eq!(decode_bytes::<64>(b64.as_bytes()), Some([7u8; 64]));
        assert_eq!(decode_bytes::<64>(b"nope"), None);
    }
}
