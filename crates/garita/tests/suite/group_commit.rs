//! Group commit of submissions and confirmations (issue 22, `appointments::group_commit`):
//! writes that wait together go in one transaction, a savepoint per item, each answered after
//! the commit; and the real binary killed mid-batch loses no acknowledged submission and leaves
//! none half-written.

use crate::common::{self, spawn_with, TestApp};

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use garita::appointments::{Location, Submission, UsAddressInput};
use serde_json::{json, Value};
use sqlx::Connection;

fn asking_for(port: &str, address: bool) -> Submission {
    Submission {
        ports: vec![port.to_string()],
        answers: Vec::new(),
        location: Some(Location {
            latitude: 32.5149,
            longitude: -117.0382,
            accuracy_m: 50.0,
        }),
        us_address: address.then(|| UsAddressInput {
            state: "TX".into(),
            zip: "79901".into(),
            street: "100 N Stanton St".into(),
        }),
    }
}

/// Waits until `n` writes are queued behind the held gate.
async fn queued(app: &TestApp, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while app.state.group_commit.waiting() < n {
        assert!(Instant::now() < deadline, "the writes never queued");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// The garita policy, asking for the group's U.S. address (whose write is audited).
async fn with_address_policy() -> TestApp {
    let text = garita_domain::policy::preset("garita")
        .unwrap()
        .replace("shared_us_address = false", "shared_us_address = true");
    spawn_with(move |s| s.policy = Some(text)).await
}

#[tokio::test]
async fn one_batch_answers_each_item_and_a_failing_item_fails_alone() {
    let app = with_address_policy().await;
    // A group that was selected: submitting again is refused inside the batch (its own check).
    let selected = app.group(2, "Selected").await;
    let sub = json!({"ports": ["san-ysidro"], "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0},
        "us_address": {"state": "TX", "zip": "79901", "street": "100 N Stanton St"}});
    let res = app
        .post_json("/api/v1/appointment-requests", Some(&selected), &sub)
        .await;
    assert_eq!(res.status(), 201);
    app.draw_now().await;
    let current: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(&selected))
        .await
        .json()
        .await
        .unwrap();
    let offer = current["appointment"]["id"]
        .as_str()
        .expect("selected")
        .to_string();
    let selected_id = app.account_id(&selected).await;
    let a = app.group(1, "Alpha").await;
    let b = app.group(3, "Bravo").await;
    let (batches, items) = app.state.group_commit.committed();
    let audited = app.count("audit_log").await;

    let held = app.state.group_commit.hold().await;
    // Each call goes through the API (so the address write is audited as the traveler's),
    // and queues behind the held gate.
    let send = |path: String, token: String, body: Value| {
        let api = reqwest::Client::new();
        let url = app.url(&path);
        tokio::spawn(async move {
            let r = api
                .post(url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            (status, r.json::<Value>().await.unwrap())
        })
    };
    let confirm_path = format!("/api/v1/appointments/{offer}/confirm");
    let requests = "/api/v1/appointment-requests".to_string();
    let first = send(requests.clone(), a.clone(), sub.clone());
    queued(&app, 1).await;
    let refused = send(requests.clone(), selected.clone(), sub.clone());
    queued(&app, 2).await;
    let confirmed = send(confirm_path.clone(), selected.clone(), json!({}));
    queued(&app, 3).await;
    let again = send(confirm_path.clone(), selected.clone(), json!({}));
    queued(&app, 4).await;
    let mut other = sub.clone();
    other["ports"] = json!(["calexico-west"]);
    let last = send(requests.clone(), b.clone(), other);
    queued(&app, 5).await;
    drop(held);

    let (status, first) = first.await.unwrap();
    assert_eq!(status, 201, "{first}");
    let (status, problem) = refused.await.unwrap();
    assert_eq!(
        (status, problem["code"].as_str()),
        (409, Some("request-selected"))
    );
    let (status, confirmed) = confirmed.await.unwrap();
    assert_eq!(
        (status, confirmed["status"].as_str()),
        (200, Some("confirmed")),
        "{confirmed}"
    );
    // The same confirmation twice in one batch: the second sees the first's write.
    let (status, problem) = again.await.unwrap();
    assert_eq!(
        (status, problem["code"].as_str()),
        (409, Some("appointment-already-confirmed"))
    );
    let (status, last) = last.await.unwrap();
    assert_eq!(status, 201, "{last}");
    assert_eq!(
        app.state.group_commit.committed(),
        (batches + 1, items + 5),
        "the five writes went in one batch"
    );
    // Everything the successful items wrote is there, and nothing of the refused one.
    let ports: Vec<String> = sqlx::query_scalar(
        "SELECT ports FROM appointment_requests WHERE id IN ($1, $2) ORDER BY account_id",
    )
    .bind(first["id"].as_str().unwrap())
    .bind(last["id"].as_str().unwrap())
    .fetch_all(&app.state.db.read)
    .await
    .unwrap();
    assert_eq!(ports, vec![r#"["san-ysidro"]"#, r#"["calexico-west"]"#]);
    let selected_ports: String =
        sqlx::query_scalar("SELECT ports FROM appointment_requests WHERE account_id = $1")
            .bind(selected_id)
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(selected_ports, r#"["san-ysidro"]"#);
    assert_eq!(app.count("passes").await, 2, "one pass per member, once");
    // Two audited address writes in the batch, none for the refused item; the chain is whole.
    assert_eq!(app.count("audit_log").await, audited + 2);
    assert_eq!(
        garita::audit::verify(&app.state.db).await.unwrap(),
        garita::audit::Verdict::Intact {
            entries: app.count("audit_log").await
        }
    );
}

#[tokio::test]
async fn a_group_submitting_twice_in_one_batch_keeps_one_request_the_last() {
    let app = spawn_with(|s| s.submissions_per_hour = 100).await;
    let token = app.group(2, "Twice").await;
    let id = app.account_id(&token).await;
    let held = app.state.group_commit.hold().await;
    let now = app.now();
    let mut waiting = Vec::new();
    for (i, port) in ["san-ysidro", "calexico-west", "nogales"]
        .into_iter()
        .enumerate()
    {
        let state = app.state.clone();
        waiting.push(tokio::spawn(async move {
            garita::appointments::submit(&state, id, &asking_for(port, false), now).await
        }));
        queued(&app, i + 1).await;
    }
    drop(held);
    let mut ids = Vec::new();
    for w in waiting {
        ids.push(w.await.unwrap().expect("written").id);
    }
    // The first inserted; the others replaced it (they saw its write inside the batch).
    assert!(ids.iter().all(|i| *i == ids[0]), "{ids:?}");
    assert_eq!(app.count("appointment_requests").await, 1);
    let current: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(current["request"]["ports"], json!(["nogales"]));
}

const KEY: &str = "5e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f001";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn garita() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_garita"));
    c.env("GARITA_LOG", "warn")
        .env("GARITA_CLOCK_START", common::TEST_START)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

async fn serve(db: &str, port: u16) -> Child {
    let child = garita()
        .args([
            "serve",
            "--database",
            db,
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--secret-key",
            KEY,
            "--submissions-per-hour",
            "100000",
        ])
        .spawn()
        .expect("garita starts");
    common::healthy(child, port, Duration::from_secs(60)).await
}

/// The real binary on a SQLite file, SIGKILLed while batches of submissions are being
/// written: each group submits round after round, round r naming port r, so the port found
/// after the restart says how many of its rounds committed. Every acknowledged round is there
/// (the group's port is its last acknowledged round's or the one after, whose answer the kill
/// cut off), and nothing is half-written: the requests counted in the statistics (written in
/// the same transaction as each request) are exactly the rounds that committed.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_submissions_survive_sigkill_mid_batch() {
    let file = std::env::temp_dir().join(format!(
        "garita-group-commit-{}.db",
        &garita::storage::vault::random_id()[..12]
    ));
    let db = format!("sqlite://{}", file.display());
    let tokens = file.with_extension("tokens");
    let seeded = garita()
        .args(["bench", "seed", "--database", &db, "--secret-key", KEY])
        .args(["--travelers", "120", "--sessions", "40", "--tokens-file"])
        .arg(&tokens)
        .status()
        .unwrap();
    assert!(seeded.success());
    let tokens: Vec<String> = std::fs::read_to_string(&tokens)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    let ids: Vec<String> = serde_json::from_str::<Vec<Value>>(garita::config::BUILTIN_PORTS)
        .unwrap()
        .iter()
        .filter_map(|p| p["id"].as_str().map(str::to_string))
        .collect();
    // Round r asks for the r-th of these port lists: each port alone, then each ordered pair.
    let mut ports: Vec<Vec<String>> = ids.iter().map(|p| vec![p.clone()]).collect();
    for a in &ids {
        for b in ids.iter().filter(|b| *b != a) {
            ports.push(vec![a.clone(), b.clone()]);
        }
    }
    let port = free_port();
    let mut server = serve(&db, port).await;
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();

    let answered = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut groups = Vec::new();
    for token in tokens.clone() {
        let (client, base, ports) = (client.clone(), base.clone(), ports.clone());
        let answered = answered.clone();
        groups.push(tokio::spawn(async move {
            // The last round acknowledged, if any.
            let mut acknowledged: Option<usize> = None;
            for (round, port) in ports.iter().enumerate() {
                let body = json!({"ports": port, "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0}});
                let sent = client
                    .post(format!("{base}/api/v1/appointment-requests"))
                    .bearer_auth(&token)
                    .json(&body)
                    .send()
                    .await;
                match sent {
                    Ok(r) if r.status() == 201 => {
                        acknowledged = Some(round);
                        answered.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                    _ => break,
                }
            }
            (token, acknowledged)
        }));
    }
    // Killed once the stream is well under way (a few rounds answered), whatever the
    // machine's speed.
    let deadline = Instant::now() + Duration::from_secs(60);
    while answered.load(std::sync::atomic::Ordering::SeqCst) < 3 * tokens.len() {
        assert!(Instant::now() < deadline, "no submission was answered");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    server.kill().unwrap(); // SIGKILL
    server.wait().unwrap();
    let mut results = Vec::new();
    for g in groups {
        results.push(g.await.unwrap());
    }
    let answered: usize = results.iter().filter_map(|r| r.1).map(|r| r + 1).sum();
    assert!(
        answered > 0,
        "the submissions were under way when the server died"
    );

    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(&db).await.unwrap();
    let mut committed = 0usize;
    for (token, acknowledged) in &results {
        let stored: Option<String> = sqlx::query_scalar(
            "SELECT r.ports FROM appointment_requests r JOIN sessions s ON s.account_id = r.account_id
             WHERE s.token_hash = $1",
        )
        .bind(garita::storage::vault::sha256_hex(token))
        .fetch_optional(&mut conn)
        .await
        .unwrap();
        let round = stored.map(|p| {
            let p: Vec<String> = serde_json::from_str(&p).unwrap();
            ports.iter().position(|x| *x == p).unwrap()
        });
        match (acknowledged, round) {
            (None, None) => {}
            (None, Some(r)) => assert_eq!(r, 0, "only the unanswered first round may be there"),
            (Some(a), Some(r)) => assert!(
                r == *a || r == a + 1,
                "acknowledged round {a} lost: found {r}"
            ),
            (Some(a), None) => panic!("acknowledged round {a} lost: no request"),
        }
        committed += round.map_or(0, |r| r + 1);
    }
    let counted: i64 =
        sqlx::query_scalar("SELECT COALESCE(SUM(groups), 0) FROM stats_counters WHERE metric = $1")
            .bind(garita_domain::statistics::Metric::Requests.as_str())
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert_eq!(
        counted as usize, committed,
        "every committed request counted once, and no count without its request"
    );
    conn.close().await.unwrap();
    // The service starts again on what the kill left, and answers.
    let mut server = serve(&db, port).await;
    let res = client
        .get(format!("{base}/api/v1/appointment-requests/current"))
        .bearer_auth(&tokens[0])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    println!("acknowledged before SIGKILL: {answered} submissions; {committed} committed");
    server.kill().unwrap();
    server.wait().unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
    let _ = std::fs::remove_file(file.with_extension("tokens"));
}
