//! Benchmarks that print figures (`garita bench ...`); the figures go to BENCHMARKS.md.

use std::time::Instant;

use garita_domain::draw;

/// Peak resident memory of this process so far (Linux: VmHWM), in MiB.
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// `garita bench draw`: a synthetic draw of `requests` requests under `rule` (its default
/// parameters), then its verification; wall times and peak memory.
pub fn draw(requests: usize, seed: u64, rule: draw::RuleId) -> anyhow::Result<()> {
    let t = Instant::now();
    let mut input = draw::synthetic_input(requests, seed);
    input.rule = match rule {
        draw::RuleId::Weighted => draw::Rule::default(),
        draw::RuleId::OldestShareThenRandom => {
            draw::Rule::OldestShareThenRandom(draw::OldestShare::default())
        }
    };
    let places: u64 = input.offers.iter().map(|o| u64::from(o.capacity)).sum();
    let people: u64 = input.requests.iter().map(|r| u64::from(r.size)).sum();
    println!(
        "input: {} requests ({} people, mean group {:.2}), {} slots, {} places; built in {:.2} s",
        input.requests.len(),
        people,
        people as f64 / input.requests.len().max(1) as f64,
        input.offers.len(),
        places,
        t.elapsed().as_secs_f64()
    );
    let before = peak_rss_mib().unwrap_or(0.0);
    let t = Instant::now();
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default();
    let published = draw::publish(date, input)?;
    let ran = t.elapsed().as_secs_f64();
    let after_run = peak_rss_mib().unwrap_or(0.0);
    let t = Instant::now();
    draw::verify(&published)?;
    let verified = t.elapsed().as_secs_f64();
    println!(
        "draw:   {ran:.3} s wall (one thread), rule {rule}, {} groups placed",
        published.results.len()
    );
    println!("verify: {verified:.3} s wall");
    println!(
        "memory: peak RSS {after_run:.0} MiB (input alone {before:.0} MiB), after verify {:.0} MiB",
        peak_rss_mib().unwrap_or(0.0)
    );
    Ok(())
}

/// `garita bench manifest-csv`: see `bus_manifests::bench`.
pub async fn manifest_csv(
    people: usize,
    rounds: usize,
    database: Option<String>,
) -> anyhow::Result<()> {
    crate::bus_manifests::bench::run(people, rounds, database).await
}

/// Fills a database with realistic load-test data: `travelers` people in groups (1 to 6, mean
/// about 2.5), each group with an open appointment request, then a finished draw; and
/// `sessions` logged-in groups (address verified, photos taken, so they may submit) whose
/// bearer tokens are written one per line to `tokens_file`. Passwords share one Argon2id hash (hashing 40,000
/// distinct passwords would take longer than the benchmark).
pub async fn seed(
    state: &crate::state::AppState,
    travelers: usize,
    sessions: usize,
    tokens_file: &std::path::Path,
) -> anyhow::Result<()> {
    use crate::storage::vault::{random_id, random_token, sha256_hex};
    use rand::{Rng, SeedableRng};
    let started = Instant::now();
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let password =
        garita_domain::accounts::Password::parse("bench password of some length", |_| false)
            .map_err(|p| anyhow::anyhow!("{p}"))?;
    let hash = crate::accounts::passwords::hash(&password)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let photo = seed_photo()?;
    let now = state.clock.now();
    let today = crate::appointments::cycle::local_day(&state.settings.cycle, now);
    let port_ids: Vec<String> = state.ports.iter().map(|p| p.id.clone()).collect();
    let mut tokens = Vec::new();
    let mut made = 0usize;
    let mut account_no = 0usize;
    while made < travelers {
        let mut tx = state.db.begin().await?;
        for _ in 0..500 {
            if made >= travelers {
                break;
            }
            let size = [1, 1, 2, 2, 3, 3, 4, 5, 6, 2][rng.gen_range(0..10)].min(travelers - made);
            let email = format!("bench{account_no}@garita.test");
            let with_session = account_no < sessions;
            let photo = with_session.then_some(photo.as_slice());
            let account_id = seed_group(
                state,
                &mut tx,
                &mut rng,
                &account_no.to_string(),
                &email,
                &hash,
                size,
                photo,
            )
            .await?;
            let mut ports = port_ids.clone();
            let keep = rng.gen_range(1..=3);
            for i in 0..keep {
                let j = rng.gen_range(i..ports.len());
                ports.swap(i, j);
            }
            ports.truncate(keep);
            // Sessions' groups submit during the benchmark; the others wait for the draw.
            if !with_session {
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
                .bind(now.timestamp() - 86_400)
                .execute(&mut *tx)
                .await?;
            }
            if with_session {
                let token = random_token();
                sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)")
                    .bind(sha256_hex(&token))
                    .bind(account_id)
                    .bind(now.timestamp())
                    .execute(&mut *tx)
                    .await?;
                tokens.push(token);
            }
            made += size;
            account_no += 1;
        }
        tx.commit().await?;
    }
    let day = crate::appointments::cycle::next_draw_day(&state.settings.cycle, now);
    let outcome = crate::draw::run(state, day, now, true)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    std::fs::write(tokens_file, tokens.join("\n") + "\n")?;
    // The members' identifier fingerprints, as saving a member writes them — otherwise the
    // server's first start would make them (30 s for 100,000 members on PostgreSQL).
    crate::lookups::backfill(&state.db, &state.vault, now.timestamp()).await?;
    println!(
        "seeded {made} travelers in {account_no} groups, {} sessions, draw {day}: {outcome:?} in {:.1} s",
        tokens.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The benchmark table's row.
#[derive(sqlx::FromRow)]
struct KeyValue {
    id: i64,
    v: String,
}

/// The small JPEG every seeded member's photo is (64×80).
pub(crate) fn seed_photo() -> anyhow::Result<Vec<u8>> {
    let img = image::RgbImage::from_fn(64, 80, |x, y| {
        image::Rgb([(x * 3) as u8, (y * 3) as u8, 120])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg)?;
    Ok(out.into_inner())
}

/// One seeded group: a verified traveler account for `email` (password `hash`, Spanish) with
/// `size` members named `Persona {label}-{m}`, each with `photo` when given; its account id.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn seed_group(
    state: &crate::state::AppState,
    tx: &mut crate::storage::Tx,
    rng: &mut rand::rngs::StdRng,
    label: &str,
    email: &str,
    hash: &str,
    size: usize,
    photo: Option<&[u8]>,
) -> anyhow::Result<i64> {
    use crate::storage::vault::random_id;
    use rand::Rng;
    let now = state.clock.now();
    let fingerprint = state.vault.fingerprint(email);
    let sealed = state
        .vault
        .seal(&format!("account-email:{fingerprint}"), email.as_bytes());
    let account_id: i64 = sqlx::query_scalar(
        "INSERT INTO accounts (email_fingerprint, email_sealed, password_hash, kind, language, member_count, created_at, email_verified_at)
         VALUES ($1, $2, $3, $4, 'es', $5, $6, $6) RETURNING id",
    )
    .bind(&fingerprint)
    .bind(sealed)
    .bind(hash)
    .bind(garita_domain::roles::AccountKind::Traveler.as_str())
    .bind(size as i64)
    .bind(now.timestamp())
    .fetch_one(&mut **tx)
    .await?;
    for m in 0..size {
        let id = random_id();
        let member = garita_domain::travelers::Member {
            full_name: format!("Persona {label}-{m}"),
            date_of_birth: chrono::NaiveDate::from_ymd_opt(
                1960 + rng.gen_range(0..60),
                1 + rng.gen_range(0..12),
                1 + rng.gen_range(0..28),
            )
            .unwrap_or_default(),
            citizenship: ["HN", "GT", "SV", "VE", "HT", "CU", "NI", "CO", "EC", "MX"]
                [rng.gen_range(0..10)]
            .to_string(),
            language: "es".into(),
            document: None,
            contact: None,
        };
        let sealed = state
            .vault
            .seal(&format!("traveler:{id}"), &serde_json::to_vec(&member)?);
        sqlx::query("INSERT INTO travelers (id, account_id, is_holder, sealed, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)")
            .bind(&id)
            .bind(account_id)
            .bind(i64::from(m == 0))
            .bind(sealed)
            .bind(now.timestamp())
            .execute(&mut **tx)
            .await?;
        if let Some(photo) = photo {
            sqlx::query("INSERT INTO photos (traveler_id, sealed, width, height, created_at) VALUES ($1, $2, 64, 80, $3)")
                .bind(&id)
                .bind(state.vault.seal(&format!("photo:{id}"), photo))
                .bind(now.timestamp())
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(account_id)
}

/// What one query costs through sqlx's `Any` driver against the engine's own driver: the same
/// point read (by primary key, one connection, one after another) and the same one-row write,
/// on a throwaway table. Prints microseconds per query for each.
pub async fn storage(database_url: &str, queries: usize) -> anyhow::Result<()> {
    use sqlx::{Connection, Executor};
    sqlx::any::install_default_drivers();
    let owned;
    let database_url = if database_url.starts_with("sqlite:") && !database_url.contains('?') {
        owned = format!("{database_url}?mode=rwc");
        owned.as_str()
    } else {
        database_url
    };
    let table = format!("bench_driver_{}", &crate::storage::vault::random_id()[..8]);
    // The same settings as the service on both drivers (journal mode and sync decide a
    // write's cost far more than the driver).
    let sqlite = database_url.starts_with("sqlite:");
    let pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
    let mut any = sqlx::AnyConnection::connect(database_url).await?;
    if sqlite {
        any.execute(pragmas).await?;
    }
    any.execute(sqlx::AssertSqlSafe(format!(
        "CREATE TABLE {table} (id BIGINT PRIMARY KEY, v TEXT NOT NULL)"
    )))
    .await?;
    let rows = 10_000i64;
    let mut tx = any.begin().await?;
    for id in 0..rows {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO {table} (id, v) VALUES ($1, $2)"
        )))
        .bind(id)
        .bind(format!("value {id}"))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    let read = format!("SELECT id, v FROM {table} WHERE id = $1");
    let write = format!("UPDATE {table} SET v = $1 WHERE id = $2");
    // Rounds alternate the two drivers and the figure is the median round, so a busy machine
    // (other work on the same cores) weighs on both alike.
    let rounds = 11usize;
    let per_round = (queries / rounds).max(1);
    macro_rules! round {
        ($conn:expr, $sql:expr, read) => {{
            let t = Instant::now();
            for i in 0..per_round {
                let r: KeyValue = sqlx::query_as(sqlx::AssertSqlSafe($sql.clone()))
                    .bind(i as i64 % rows)
                    .fetch_one(&mut $conn)
                    .await?;
                std::hint::black_box((r.id, r.v));
            }
            t.elapsed().as_secs_f64() * 1e6 / per_round as f64
        }};
        ($conn:expr, $sql:expr, write) => {{
            let t = Instant::now();
            for i in 0..per_round {
                sqlx::query(sqlx::AssertSqlSafe($sql.clone()))
                    .bind("changed")
                    .bind(i as i64 % rows)
                    .execute(&mut $conn)
                    .await?;
            }
            t.elapsed().as_secs_f64() * 1e6 / per_round as f64
        }};
    }
    macro_rules! compare {
        ($native:ty) => {{
            let mut native = <$native>::connect(database_url).await?;
            if sqlite {
                native.execute(pragmas).await?;
            }
            let (mut ar, mut nr, mut aw, mut nw) = (vec![], vec![], vec![], vec![]);
            for _ in 0..rounds {
                ar.push(round!(any, read, read));
                nr.push(round!(native, read, read));
                aw.push(round!(any, write, write));
                nw.push(round!(native, write, write));
            }
            (median(ar), median(nr), median(aw), median(nw))
        }};
    }
    let (engine, (any_read, native_read, any_write, native_write)) = if sqlite {
        ("SQLite", compare!(sqlx::SqliteConnection))
    } else {
        ("PostgreSQL", compare!(sqlx::PgConnection))
    };
    any.execute(sqlx::AssertSqlSafe(format!("DROP TABLE {table}")))
        .await?;
    println!(
        "{engine}, {rounds} alternating rounds of {per_round} queries, one connection each, median µs per query:"
    );
    println!(
        "  point read:  Any {any_read:7.1}   native {native_read:7.1}   Any costs {:+.1} µs ({:+.0}%)",
        any_read - native_read,
        (any_read / native_read - 1.0) * 100.0
    );
    println!(
        "  one-row write: Any {any_write:7.1}   native {native_write:7.1}   Any costs {:+.1} µs ({:+.0}%)",
        any_write - native_write,
        (any_write / native_write - 1.0) * 100.0
    );
    Ok(())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}
