//! `garita roster import FILE SIG --organisation ID`: the operator's import of a signed roster
//! file (English, like the rest of the command line). Prints the report.

use std::net::IpAddr;
use std::path::Path;

use crate::state::AppState;

pub async fn import(
    app: &AppState,
    organisation: i64,
    file: &Path,
    sig: &Path,
) -> anyhow::Result<()> {
    let size = std::fs::metadata(file)?.len();
    if size > super::MAX_FILE_BYTES as u64 {
        anyhow::bail!("the file is larger than {} bytes", super::MAX_FILE_BYTES);
    }
    let bytes = std::fs::read(file)?;
    let signature = std::fs::read(sig)?;
    let report = super::import(
        app,
        organisation,
        &bytes,
        &signature,
        None,
        IpAddr::from([127, 0, 0, 1]),
    )
    .await
    .map_err(|e| anyhow::anyhow!("import refused: {e}"))?;
    println!(
        "roster import {}: {} rows, {} accepted, {} unchanged, {} refused",
        report.id, report.rows, report.accepted, report.unchanged, report.refused
    );
    for r in &report.refused_rows {
        println!(
            "  line {}: {} {} ({})",
            r.line, r.roster_id, r.field, r.code
        );
    }
    Ok(())
}
