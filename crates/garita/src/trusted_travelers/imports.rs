//! Memberships as an agency sends them: `garita ttp import FILE` (a CSV or TSV with the header
//! `programme,passid,date_of_birth,status,expires_on`) and `PUT /api/v1/trusted-travelers/memberships`
//! (one membership per request, by a government agency's member). Idempotent by PASSID: the
//! same row twice changes nothing; a row with a known PASSID updates that membership (a
//! revocation shows in its traveler's view at once, and cancels an interview they booked).
//! A file with any bad row changes nothing.

use std::net::IpAddr;
use std::path::Path;

use anyhow::Context;
use garita_domain::trusted_travelers::{parse_record, Record};
use garita_domain::validation::Invalid;

use super::{dob_fingerprint, passid_aad, passid_fingerprint};
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;
use crate::storage::vault::random_id;
use crate::storage::Tx;

/// What an import did to one membership.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    Created,
    Updated,
    Unchanged,
}

impl Applied {
    pub fn as_str(self) -> &'static str {
        match self {
            Applied::Created => "created",
            Applied::Updated => "updated",
            Applied::Unchanged => "unchanged",
        }
    }
}

/// Counts of an import.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// A bad row of a file: its line (1 = the header) and its problems.
#[derive(Debug)]
pub struct RowProblem {
    pub line: usize,
    pub invalid: Invalid,
}

#[derive(sqlx::FromRow)]
struct ExistingRow {
    id: String,
    programme: String,
    status: String,
    expires_on: Option<String>,
    dob_fingerprint: String,
}

/// Writes one record in the caller's transaction (with its audit entry). Returns what it did and
/// the membership's id.
pub async fn apply(
    app: &AppState,
    tx: &mut Tx,
    record: &Record,
    imported_by: &str,
    actor: Option<&Account>,
    ip: IpAddr,
) -> Result<(Applied, String), Error> {
    let now = app.clock.timestamp();
    let passid_fp = passid_fingerprint(app, &record.passid);
    let dob_fp = dob_fingerprint(app, &record.passid, record.date_of_birth);
    let expires = record.expires_on.map(|d| d.to_string());
    let id = random_id();
    let inserted = sqlx::query(
        "INSERT INTO ttp_memberships (id, programme, passid_fingerprint, dob_fingerprint, passid_sealed, status, expires_on, imported_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
         ON CONFLICT (passid_fingerprint) DO NOTHING",
    )
    .bind(&id)
    .bind(record.programme.as_str())
    .bind(&passid_fp)
    .bind(&dob_fp)
    .bind(app.vault.seal(&passid_aad(&id), record.passid.as_bytes()))
    .bind(record.status.as_str())
    .bind(&expires)
    .bind(imported_by)
    .bind(now)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    let (applied, id) = if inserted == 1 {
        (Applied::Created, id)
    } else {
        let old: ExistingRow = sqlx::query_as(
            "SELECT id, programme, status, expires_on, dob_fingerprint FROM ttp_memberships WHERE passid_fingerprint = $1",
        )
        .bind(&passid_fp)
        .fetch_one(&mut **tx)
        .await?;
        let same = old.programme == record.programme.as_str()
            && old.status == record.status.as_str()
            && old.expires_on == expires
            && old.dob_fingerprint == dob_fp;
        if same {
            (Applied::Unchanged, old.id)
        } else {
            sqlx::query(
                "UPDATE ttp_memberships SET programme = $1, status = $2, expires_on = $3, dob_fingerprint = $4, imported_by = $5, updated_at = $6 WHERE id = $7",
            )
            .bind(record.programme.as_str())
            .bind(record.status.as_str())
            .bind(&expires)
            .bind(&dob_fp)
            .bind(imported_by)
            .bind(now)
            .bind(&old.id)
            .execute(&mut **tx)
            .await?;
            (Applied::Updated, old.id)
        }
    };
    // A membership that may no longer book keeps no booked interview (its place goes back).
    let released = if record.status.may_book_interview() {
        0
    } else {
        super::interviews::release_booked(tx, &id).await?
    };
    audit::record(
        tx,
        Entry {
            actor,
            action: "ttp-membership-import",
            subject: format!("ttp-membership:{id}"),
            detail: format!(
                "result={} programme={} status={} by={imported_by}{}",
                applied.as_str(),
                record.programme.as_str(),
                record.status.as_str(),
                if released > 0 {
                    " interview=cancelled"
                } else {
                    ""
                }
            ),
            ip,
            at: now,
        },
    )
    .await?;
    Ok((applied, id))
}

/// Imports every record in one transaction.
pub async fn import(
    app: &AppState,
    records: &[Record],
    imported_by: &str,
    actor: Option<&Account>,
    ip: IpAddr,
) -> Result<Report, Error> {
    let mut report = Report::default();
    let mut tx = app.db.begin().await?;
    for r in records {
        match apply(app, &mut tx, r, imported_by, actor, ip).await?.0 {
            Applied::Created => report.created += 1,
            Applied::Updated => report.updated += 1,
            Applied::Unchanged => report.unchanged += 1,
        }
    }
    tx.commit().await?;
    Ok(report)
}

/// The records of a file's text, or every bad row. Columns by the header's names (comma or tab
/// separated); blank lines and lines starting with `#` are skipped.
pub fn parse_file(
    text: &str,
    today: chrono::NaiveDate,
) -> Result<Result<Vec<Record>, Vec<RowProblem>>, String> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    let Some((_, header)) = lines.next() else {
        return Err("the file is empty".into());
    };
    let sep = if header.contains('\t') { '\t' } else { ',' };
    let names: Vec<String> = header
        .split(sep)
        .map(|h| h.trim().trim_start_matches('\u{FEFF}').to_ascii_lowercase())
        .collect();
    let col = |name: &str| names.iter().position(|n| n == name);
    let (Some(p), Some(n), Some(d), Some(s)) = (
        col("programme"),
        col("passid"),
        col("date_of_birth"),
        col("status"),
    ) else {
        return Err(
            "the header must name programme, passid, date_of_birth, status (and expires_on)".into(),
        );
    };
    let e = col("expires_on");
    let mut records = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in lines {
        let cells: Vec<&str> = line.split(sep).map(str::trim).collect();
        let cell = |c: usize| cells.get(c).copied().unwrap_or("");
        match parse_record(
            cell(p),
            cell(n),
            cell(d),
            cell(s),
            e.map(cell).unwrap_or(""),
            today,
        ) {
            Ok(r) => records.push(r),
            Err(invalid) => problems.push(RowProblem {
                line: i + 1,
                invalid,
            }),
        }
    }
    Ok(if problems.is_empty() {
        Ok(records)
    } else {
        Err(problems)
    })
}

/// `garita ttp import FILE`: every row checked first; any bad row and nothing is written (each
/// printed with its line and fields). Returns what it did.
pub async fn import_file(app: &AppState, path: &Path) -> anyhow::Result<Report> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let records = match parse_file(&text, crate::travelers::today(app)) {
        Err(e) => anyhow::bail!("{}: {e}", path.display()),
        Ok(Err(problems)) => {
            let lines: Vec<String> = problems
                .iter()
                .map(|p| {
                    let fields: Vec<String> = p
                        .invalid
                        .0
                        .iter()
                        .map(|f| format!("{} {}", f.field, f.problem.code()))
                        .collect();
                    format!("  line {}: {}", p.line, fields.join(", "))
                })
                .collect();
            anyhow::bail!(
                "{}: {} bad rows, nothing imported:\n{}",
                path.display(),
                problems.len(),
                lines.join("\n")
            );
        }
        Ok(Ok(records)) => records,
    };
    import(app, &records, "cli", None, IpAddr::from([127, 0, 0, 1]))
        .await
        .map_err(|e| anyhow::anyhow!("import failed: {e:?}"))
}
