//! The replay of a real day (`scripts/bench-day.sh`): the data it starts from
//! (`garita bench seed-day`), the sign-ins each phase needs (`garita bench day-list`), and the
//! one door that moves a running server's clock between phases (`serve --bench-clock`:
//! `POST /bench/clock`, answered only to this machine, never mounted otherwise).

use std::io::Write;
use std::net::SocketAddr;
use std::path::Path;

use axum::extract::{ConnectInfo, Query, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use chrono::DateTime;

use crate::state::AppState;
use crate::storage::vault::{random_id, random_token, sha256_hex};

/// `?at=RFC3339`: where to move the clock.
#[derive(serde::Deserialize)]
pub struct MoveTo {
    at: DateTime<chrono::FixedOffset>,
}

/// `GET /bench/clock` (the server's now) and `POST /bench/clock?at=…` (moves it), both
/// refused to any address that is not this machine. Mounted only by `serve --bench-clock`.
pub fn clock_routes(state: AppState) -> Router {
    Router::new()
        .route("/bench/clock", get(read_clock).post(move_clock))
        .with_state(state)
}

async fn read_clock(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
) -> (StatusCode, String) {
    if !peer.ip().is_loopback() {
        return (StatusCode::FORBIDDEN, String::new());
    }
    (StatusCode::OK, app.clock.now().to_rfc3339())
}

async fn move_clock(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Query(to): Query<MoveTo>,
) -> (StatusCode, String) {
    if !peer.ip().is_loopback() {
        return (StatusCode::FORBIDDEN, String::new());
    }
    app.clock.set(to.at.to_utc());
    tracing::warn!(now = %app.clock.now(), "bench: clock moved");
    (StatusCode::OK, app.clock.now().to_rfc3339())
}

/// `garita bench seed-day`: `accounts` account holders in groups of 1 to 6 (mean 2.9: 100,000
/// holders are about 290,000 people), all with one password hash. The first `submitters`
/// have photos and no request yet (they submit in the replayed hour); every other group has
/// an open request for the day's draw, made earlier in the window. Nobody is signed in:
/// `day-list` issues sessions at the time of each phase.
pub async fn seed(state: &AppState, accounts: usize, submitters: usize) -> anyhow::Result<()> {
    use rand::{Rng, SeedableRng};
    let started = std::time::Instant::now();
    let mut rng = rand::rngs::StdRng::seed_from_u64(22);
    let password =
        garita_domain::accounts::Password::parse("bench password of some length", |_| false)
            .map_err(|p| anyhow::anyhow!("{p}"))?;
    let hash = crate::accounts::passwords::hash(&password)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let photo = crate::bench::seed_photo()?;
    let now = state.clock.now();
    let today = crate::appointments::cycle::local_day(&state.settings.cycle, now);
    let port_ids: Vec<String> = state.ports.iter().map(|p| p.id.clone()).collect();
    let mut people = 0usize;
    let mut n = 0usize;
    while n < accounts {
        let mut tx = state.db.begin().await?;
        for _ in 0..500 {
            if n >= accounts {
                break;
            }
            let size: usize = [1, 1, 2, 2, 3, 3, 4, 5, 6, 2][rng.gen_range(0..10)];
            let email = format!("day{n}@garita.test");
            let submits = n < submitters;
            let photo = submits.then_some(photo.as_slice());
            let account_id = crate::bench::seed_group(
                state,
                &mut tx,
                &mut rng,
                &n.to_string(),
                &email,
                &hash,
                size,
                photo,
            )
            .await?;
            if !submits {
                let mut ports = port_ids.clone();
                let keep = rng.gen_range(1..=3).min(ports.len());
                for i in 0..keep {
                    let j = rng.gen_range(i..ports.len());
                    ports.swap(i, j);
                }
                ports.truncate(keep);
                sqlx::query(
                    "INSERT INTO appointment_requests (id, account_id, status, ports, answers, vulnerable, region_state, first_requested_on, submitted_at, updated_at)
                     VALUES ($1, $2, $3, $4, '[]', $5, 'MX.BN', $6, $7, $7)",
                )
                .bind(random_id())
                .bind(account_id)
                .bind(garita_domain::status::RequestStatus::Open.as_str())
                .bind(serde_json::to_string(&ports)?)
                .bind(i64::from(rng.gen_range(0..10) == 0))
                .bind((today - chrono::Duration::days(rng.gen_range(0..60))).to_string())
                .bind(now.timestamp() - rng.gen_range(60..36_000))
                .execute(&mut *tx)
                .await?;
            }
            people += size;
            n += 1;
        }
        tx.commit().await?;
    }
    // Fingerprints as saving a member writes them (else the server's first start makes them).
    crate::lookups::backfill(&state.db, &state.vault, now.timestamp()).await?;
    println!(
        "seeded {n} account holders ({people} people), {} to submit in the replayed hour, in {:.1} s",
        submitters.min(n),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

#[derive(sqlx::FromRow)]
struct OfferRow {
    account_id: i64,
    id: String,
}

#[derive(sqlx::FromRow)]
struct PassRow {
    port_id: String,
    day: String,
    code: String,
}

/// A new session for `account_id` begun at `at`: its bearer token.
async fn sign_in(state: &AppState, account_id: i64, at: i64) -> anyhow::Result<String> {
    let token = random_token();
    sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)")
        .bind(sha256_hex(&token))
        .bind(account_id)
        .bind(at)
        .execute(&state.db.write)
        .await?;
    Ok(token)
}

/// `garita bench day-list WHAT --out FILE`: signs in the accounts a phase needs (sessions at
/// the clock's now, which the script sets to the server's) and writes one line per request
/// the phase makes:
/// * `submitters`: a token per group without a request (they submit);
/// * `holders`: a token per traveler account (each opens its status page);
/// * `offers`: `token<TAB>appointment id` per offered appointment (they confirm);
/// * `check-ins`: `token<TAB>port<TAB>pass code`, one pass per confirmed group of the
///   earliest day with confirmed groups, the token an officer's of that port (one officer
///   account per port, made on first use), signed in at 02:30 that day in the cycle's zone
///   (before any port's first slot, every port already on that day): prints that instant,
///   where the script moves the server's clock.
pub async fn list(state: &AppState, what: &str, out: &Path) -> anyhow::Result<()> {
    let mut file = std::io::BufWriter::new(std::fs::File::create(out)?);
    let traveler = garita_domain::roles::AccountKind::Traveler.as_str();
    let mut lines = 0usize;
    match what {
        "submitters" | "holders" => {
            let sql = if what == "holders" {
                "SELECT id FROM accounts WHERE kind = $1 ORDER BY id"
            } else {
                "SELECT id FROM accounts a WHERE kind = $1 AND NOT EXISTS
                   (SELECT 1 FROM appointment_requests r WHERE r.account_id = a.id) ORDER BY id"
            };
            let ids: Vec<i64> = sqlx::query_scalar(sql)
                .bind(traveler)
                .fetch_all(&state.db.read)
                .await?;
            for chunk in ids.chunks(1000) {
                let mut tx = state.db.begin().await?;
                for id in chunk {
                    let token = random_token();
                    sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)")
                        .bind(sha256_hex(&token))
                        .bind(id)
                        .bind(state.clock.timestamp())
                        .execute(&mut *tx)
                        .await?;
                    writeln!(file, "{token}")?;
                    lines += 1;
                }
                tx.commit().await?;
            }
        }
        "offers" => {
            let rows: Vec<OfferRow> =
                sqlx::query_as("SELECT account_id, id FROM appointments WHERE status = $1")
                    .bind(garita_domain::status::AppointmentStatus::Offered.as_str())
                    .fetch_all(&state.db.read)
                    .await?;
            for r in rows {
                let token = sign_in(state, r.account_id, state.clock.timestamp()).await?;
                writeln!(file, "{token}\t{}", r.id)?;
                lines += 1;
            }
        }
        "check-ins" => {
            let rows: Vec<PassRow> = sqlx::query_as(
                "SELECT a.port_id, a.day, MIN(p.code) AS code
                 FROM appointments a JOIN passes p ON p.appointment_id = a.id
                 WHERE a.status = $1 GROUP BY a.id, a.port_id, a.day, a.start_time
                 ORDER BY a.day, a.start_time",
            )
            .bind(garita_domain::status::AppointmentStatus::Confirmed.as_str())
            .fetch_all(&state.db.read)
            .await?;
            let Some(first) = rows.first() else {
                anyhow::bail!("no confirmed appointment to check in");
            };
            let day = first.day.clone();
            let shift = chrono::NaiveDate::parse_from_str(&day, "%Y-%m-%d")?
                .and_hms_opt(2, 30, 0)
                .and_then(|t| {
                    t.and_local_timezone(state.settings.cycle.time_zone)
                        .earliest()
                })
                .ok_or_else(|| anyhow::anyhow!("no 02:30 on {day}"))?;
            println!("{}", shift.to_rfc3339());
            let mut officers = std::collections::HashMap::new();
            for r in rows.iter().filter(|r| r.day == day) {
                if !officers.contains_key(&r.port_id) {
                    let id = officer(state, &r.port_id).await?;
                    let token = sign_in(state, id, shift.timestamp()).await?;
                    officers.insert(r.port_id.clone(), token);
                }
                writeln!(file, "{}\t{}\t{}", officers[&r.port_id], r.port_id, r.code)?;
                lines += 1;
            }
        }
        other => anyhow::bail!(
            "day-list: unknown list {other:?} (submitters, holders, offers, check-ins)"
        ),
    }
    file.flush()?;
    eprintln!("{what}: {lines} lines in {}", out.display());
    Ok(())
}

/// The bench's officer at `port`: made once, with the officer's grant on that port.
async fn officer(state: &AppState, port: &str) -> anyhow::Result<i64> {
    let email = format!("officer.{port}@garita.test");
    let fingerprint = state.vault.fingerprint(&email);
    let known: Option<i64> =
        sqlx::query_scalar("SELECT id FROM accounts WHERE email_fingerprint = $1")
            .bind(&fingerprint)
            .fetch_optional(&state.db.read)
            .await?;
    if let Some(id) = known {
        return Ok(id);
    }
    let grant = garita_domain::roles::Grant {
        role: garita_domain::roles::Role::Officer,
        scope: garita_domain::roles::Scope::Location(port.to_string()),
    };
    crate::accounts::create_account(
        state,
        &garita_domain::accounts::Email::parse(&email).map_err(|p| anyhow::anyhow!("{p:?}"))?,
        &garita_domain::accounts::Password::parse("bench password of some length", |_| false)
            .map_err(|p| anyhow::anyhow!("{p}"))?,
        garita_domain::roles::AccountKind::Staff,
        &[grant],
        Some("en"),
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))
}
