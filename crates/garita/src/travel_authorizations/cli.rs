//! `garita ata import FILE SIG` and `garita ata select`: the operator's commands (English, like
//! the rest of the command line).

use std::net::IpAddr;
use std::path::Path;

use garita_domain::parole::RowRefusal;

use super::{imports, programmes, selection};
use crate::state::AppState;

/// What each refusal means, for the operator.
fn explain(reason: &str) -> &'static str {
    match RowRefusal::parse(reason) {
        Some(RowRefusal::MissingField) => "a required field is empty",
        Some(RowRefusal::CaseNumberInvalid) => "not a USCIS receipt number (3 letters, 10 digits)",
        Some(RowRefusal::NameInvalid) => "a name with invisible or control characters, or too long",
        Some(RowRefusal::DateImpossible) => "a date of birth that does not exist, or in the future",
        Some(RowRefusal::NationalityUnknown) => "not an ISO 3166-1 alpha-2 country code",
        Some(RowRefusal::NationalityNotEligible) => {
            "this nationality is not eligible for the programme"
        }
        Some(RowRefusal::EmailInvalid) => "not an e-mail address",
        Some(RowRefusal::StatusUnknown) => "case_status must be confirmed or pending",
        Some(RowRefusal::RelationshipNotAllowed) => {
            "this relationship may not travel with a beneficiary here"
        }
        Some(RowRefusal::ChildTooOld) => "a child must be under 21",
        Some(RowRefusal::DuplicateDifferent) => {
            "the case number is known with other data (the first is kept)"
        }
        Some(RowRefusal::ProgrammeClosed) => "the programme is closed",
        Some(RowRefusal::OverImportCap) => "beyond the programme's rows per import",
        None => "unknown reason",
    }
}

fn local() -> IpAddr {
    IpAddr::from([127, 0, 0, 1])
}

pub async fn import(
    app: &AppState,
    programme: &str,
    file: &Path,
    sig: &Path,
    agency: Option<i64>,
) -> anyhow::Result<()> {
    let programme = programmes::get(programme)
        .ok_or_else(|| anyhow::anyhow!("no programme {programme:?} (chnv, u4u, demo)"))?;
    let size = std::fs::metadata(file)?.len();
    if size > imports::MAX_FILE_BYTES as u64 {
        anyhow::bail!(
            "{} is larger than {} bytes",
            file.display(),
            imports::MAX_FILE_BYTES
        );
    }
    let bytes = std::fs::read(file)?;
    let signature = std::fs::read(sig)?;
    let report = imports::import(app, programme, agency, &bytes, &signature, None, local())
        .await
        .map_err(|e| anyhow::anyhow!("import refused: {e}"))?;
    println!(
        "import {} into {}: {} rows, {} accepted, {} unchanged, {} refused",
        report.id, report.programme, report.rows, report.accepted, report.unchanged, report.refused
    );
    for r in &report.refused_rows {
        let reasons: Vec<String> = r
            .reasons
            .iter()
            .map(|x| format!("{x} ({})", explain(x)))
            .collect();
        let first = r
            .first_line
            .map(|l| format!("; line {l} kept"))
            .unwrap_or_default();
        println!(
            "  line {} {}: {}{first}",
            r.line,
            r.case_number,
            reasons.join(", ")
        );
    }
    Ok(())
}

pub async fn select(
    app: &AppState,
    programme: &str,
    month: Option<chrono::NaiveDate>,
) -> anyhow::Result<()> {
    let programme = programmes::get(programme)
        .ok_or_else(|| anyhow::anyhow!("no programme {programme:?} (chnv, u4u, demo)"))?;
    let now = app.clock.now();
    let month = month.unwrap_or(now.date_naive());
    match selection::run(app, programme, month, now)
        .await
        .map_err(|e| anyhow::anyhow!("selection failed: {e}"))?
    {
        selection::Outcome::AlreadyDone => {
            println!(
                "the selection of {} for {month} had already run; nothing changed",
                programme.id
            )
        }
        selection::Outcome::Ran { pool, invitations } => {
            println!(
                "selection of {} for {}: {pool} confirmed cases in the pool, {} invited (record: /api/v1/ata/selections/{}/{})",
                programme.id,
                garita_domain::parole::month_of(month),
                invitations.len(),
                programme.id,
                garita_domain::parole::month_of(month)
            );
            for i in invitations {
                println!("  case {}: /ata/invitations/{}", i.case_id, i.token);
            }
        }
    }
    Ok(())
}
