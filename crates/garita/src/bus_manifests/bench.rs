//! `garita bench manifest-csv`: a 10,000-person CSV checked (first pass) and stored (second
//! pass, one transaction, sealed) in a fresh SQLite database; bytes, rows, rows per second and
//! peak memory. The file is never whole in memory: it is made and fed in 64 KiB chunks, as the
//! socket delivers an upload, so peak memory is what the import holds (the checked people), not
//! the file. Peak memory is measured before and after, so what the import adds shows apart from
//! the service's own start.

use std::time::Instant;

use garita_domain::manifests::{TravelerInput, TripInput};
use garita_domain::roles::{AccountKind, Role, Scope};

use super::csv_import::{FirstPass, Options, Upload};
use super::{BusLine, Target};
use crate::bench::peak_rss_mib;
use crate::http::roles::OrganisationActor;
use crate::state::AppState;

/// The file, made as it is read: the template's header and `n` people (as in the demo,
/// numbered), in chunks of about 64 KiB.
pub fn chunks(n: usize) -> impl Iterator<Item = String> {
    const CHUNK: usize = 64 * 1024;
    let mut next = 0;
    let mut header = true;
    std::iter::from_fn(move || {
        let mut out = String::with_capacity(CHUNK + 512);
        if std::mem::take(&mut header) {
            crate::csv::write_row(&mut out, &garita_domain::manifests::COLUMNS);
        }
        while next < n && out.len() < CHUNK {
            let p = super::demo::person(next);
            let p = TravelerInput {
                document_number: format!("B{next:09}"),
                family_name: format!("{}, {}", p.family_name, next % 97),
                ..p
            };
            crate::csv::write_row(&mut out, &p.cells());
            next += 1;
        }
        (!out.is_empty()).then_some(out)
    })
}

/// The whole file (tests).
pub fn file(n: usize) -> String {
    chunks(n).collect()
}

/// Runs the benchmark in a fresh SQLite database (or `database_url`): `n` people, `rounds`
/// times (a new trip each).
pub async fn run(n: usize, rounds: usize, database_url: Option<String>) -> anyhow::Result<()> {
    let dir = std::env::temp_dir().join(format!("garita-bench-manifest-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let url =
        database_url.unwrap_or_else(|| format!("sqlite://{}", dir.join("bench.sqlite").display()));
    let app = AppState::build(crate::config::Settings::for_local(
        url,
        crate::config::MasterKey::random(),
    ))
    .await?;
    let result = rounds_of(&app, n, rounds).await;
    app.db.close().await;
    let _ = std::fs::remove_dir_all(&dir);
    result
}

async fn rounds_of(state: &AppState, n: usize, rounds: usize) -> anyhow::Result<()> {
    let bytes: usize = chunks(n).map(|c| c.len()).sum();
    println!(
        "file: {n} people, {bytes} bytes ({:.2} MB), fed in 64 KiB chunks; peak RSS before: {:.1} MiB",
        bytes as f64 / 1e6,
        peak_rss_mib().unwrap_or(0.0)
    );
    // The bench's own bus line (written as `organisations::insert` does; the bench runs on
    // a fresh database).
    let organisation: i64 = sqlx::query_scalar(
        "INSERT INTO organisations (legal_name, kind, country, identifier, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind("Bench bus line")
    .bind(garita_domain::organisations::OrganisationKind::BusLine.as_str())
    .bind("MX")
    .bind("BNCH")
    .bind(garita_domain::status::OrganisationStatus::Approved.as_str())
    .bind(state.clock.timestamp())
    .fetch_one(&state.db.write)
    .await?;
    let email = garita_domain::accounts::Email::parse("bench.bus@garita.test")
        .map_err(|p| anyhow::anyhow!("{p}"))?;
    let password =
        garita_domain::accounts::Password::parse("bench password of some length", |_| false)
            .map_err(|p| anyhow::anyhow!("{p}"))?;
    let grants = vec![garita_domain::roles::Grant {
        role: Role::OrganisationMember,
        scope: Scope::Organisation(organisation),
    }];
    let id = crate::accounts::create_account(
        state,
        &email,
        &password,
        AccountKind::Staff,
        &grants,
        Some("en"),
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let account = crate::http::session::account(state, id, "staff", None, String::new()).await?;
    let bus = BusLine {
        organisation_id: organisation,
        actor: OrganisationActor::Staff(account),
    };
    for round in 0..rounds {
        let arrival = state.clock.now() + chrono::Duration::days(1 + round as i64);
        let trip = TripInput {
            trip_number: format!("BENCH-{round}"),
            origin_city: "Chihuahua".into(),
            port: "el-paso".into(),
            arrival_at: arrival.to_rfc3339(),
            plate: "BENCH".into(),
            plate_country: "MX".into(),
        };
        let checks = super::resolve(state, &trip)
            .map_err(|r| anyhow::anyhow!("{}", r.code))?
            .checks(state);
        let t = Instant::now();
        let mut first = FirstPass::new(checks, Options::default(), super::UPLOAD_LIMIT);
        for chunk in chunks(n) {
            first
                .feed(chunk.as_bytes())
                .map_err(|_| anyhow::anyhow!("refused"))?;
        }
        let first = first.finish().map_err(|r| anyhow::anyhow!("{}", r.code))?;
        let checked = t.elapsed().as_secs_f64();
        anyhow::ensure!(first.total == 0, "the bench file has problems");
        drop(first);
        let t = Instant::now();
        let mut upload = Upload::start(state, &trip, Options::default(), super::UPLOAD_LIMIT)
            .map_err(|r| anyhow::anyhow!("{}", r.code))?;
        for chunk in chunks(n) {
            upload
                .feed(chunk.as_bytes())
                .map_err(|_| anyhow::anyhow!("refused"))?;
        }
        let stored = upload
            .store(state, &bus, [127, 0, 0, 1].into(), Target::New)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let whole = t.elapsed().as_secs_f64();
        println!(
            "round {round}: first pass alone {checked:.3} s ({:.0} rows/s, {:.1} MB/s); whole import (both passes, sealed, one transaction) {whole:.3} s ({:.0} rows/s), {} stored; peak RSS {:.1} MiB",
            n as f64 / checked,
            bytes as f64 / 1e6 / checked,
            n as f64 / whole,
            stored.travelers,
            peak_rss_mib().unwrap_or(0.0)
        );
    }
    Ok(())
}
