//! `garita bench ata-selection` and `garita bench ata-import`: figures for BENCHMARKS.md.

use std::time::Instant;

use base64::Engine;
use ed25519_dalek::{Signer, SigningKey};
use garita_domain::draw;
use garita_domain::parole::{self, PoolCase};

use crate::bench::peak_rss_mib;
use crate::config::{MasterKey, Settings};
use crate::state::AppState;

fn mib(m: Option<f64>) -> String {
    m.map_or("unknown".into(), |m| format!("{m:.0} MiB"))
}

/// The monthly selection over `cases` confirmed cases with a cap of `cap`: the time to select
/// and publish, to verify, and the peak memory.
pub fn selection(cases: usize, cap: u32, seed: u64) -> anyhow::Result<()> {
    let mut programme = super::programmes::get("chnv")
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("no chnv programme"))?;
    programme.monthly_cap = cap;
    let pool: Vec<PoolCase> = (0..cases as u32)
        .map(|i| PoolCase {
            id: format!(
                "{:016x}",
                u64::from(i).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ seed
            ),
            rank: i + 1,
            days_waited: i % 365,
        })
        .collect();
    let month =
        chrono::NaiveDate::from_ymd_opt(2024, 5, 1).ok_or_else(|| anyhow::anyhow!("date"))?;
    let before = peak_rss_mib();
    let start = Instant::now();
    let record = parole::select(&programme, month, format!("{seed:064x}"), pool)?;
    let selected = start.elapsed();
    let start = Instant::now();
    draw::verify(&record)?;
    let verified = start.elapsed();
    println!(
        "ata-selection: {cases} confirmed cases, cap {cap}, rule {}: selected {} in {:.3} s, verified in {:.3} s; peak memory {} (with the pool built, before selecting: {})",
        programme.allocation.id(),
        record.results.len(),
        selected.as_secs_f64(),
        verified.as_secs_f64(),
        mib(peak_rss_mib()),
        mib(before),
    );
    Ok(())
}

/// An import of a signed file of `rows` rows into a fresh SQLite database (or `database_url`).
pub async fn import(rows: usize, database_url: Option<String>) -> anyhow::Result<()> {
    let dir = std::env::temp_dir().join(format!("garita-bench-ata-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let url =
        database_url.unwrap_or_else(|| format!("sqlite://{}", dir.join("bench.sqlite").display()));
    let app = AppState::build(Settings::for_local(url.clone(), MasterKey::random())).await?;
    let key = SigningKey::from_bytes(&[42u8; 32]);
    // The agency the key is registered for (a fresh database: written directly).
    let agency: i64 = sqlx::query_scalar(
        "INSERT INTO organisations (legal_name, kind, country, status, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind("Bench agency")
    .bind(garita_domain::organisations::OrganisationKind::GovernmentAgency.as_str())
    .bind("US")
    .bind(garita_domain::status::OrganisationStatus::Approved.as_str())
    .bind(app.clock.timestamp())
    .fetch_one(&app.db.write)
    .await?;
    super::imports::register_key(
        &app,
        None,
        std::net::IpAddr::from([127, 0, 0, 1]),
        "bench",
        &hex::encode(key.verifying_key().as_bytes()),
        Some(agency),
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut programme = super::programmes::get("demo")
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("no demo programme"))?;
    programme.import_cap = rows as u32;
    let nationalities = ["HT", "CU", "NI", "VE", "UA"];
    let mut file = String::from(
        "case_number,family_name,given_names,date_of_birth,nationality,email,supporter_name,case_status,relationship\n",
    );
    for i in 0..rows {
        file.push_str(&format!(
            "IOE{:010},Family{i},Given {i},19{:02}-{:02}-{:02},{},person{i}@example.org,Supporter {i},confirmed,\n",
            i,
            50 + i % 50,
            1 + i % 12,
            1 + i % 28,
            nationalities[i % nationalities.len()],
        ));
    }
    let signature =
        base64::engine::general_purpose::STANDARD.encode(key.sign(file.as_bytes()).to_bytes());
    let before = peak_rss_mib();
    let start = Instant::now();
    let report = super::imports::import(
        &app,
        &programme,
        Some(agency),
        file.as_bytes(),
        signature.as_bytes(),
        None,
        std::net::IpAddr::from([127, 0, 0, 1]),
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let took = start.elapsed();
    println!(
        "ata-import: {rows} rows ({:.1} MB) into {}: {} accepted, {} refused in {:.2} s = {:.0} rows/s; peak memory {} (before the import: {})",
        file.len() as f64 / 1e6,
        if url.starts_with("sqlite") { "SQLite" } else { "PostgreSQL" },
        report.accepted,
        report.refused,
        took.as_secs_f64(),
        rows as f64 / took.as_secs_f64(),
        mib(peak_rss_mib()),
        mib(before),
    );
    app.db.close().await;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
