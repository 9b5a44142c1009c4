//! Crash safety: the real binary is killed with SIGKILL in the middle of a stream of
//! submissions, restarted on the same database, and every submission it had acknowledged is
//! there, with nothing half-written visible. Runs on SQLite, and on PostgreSQL when
//! `GARITA_TEST_POSTGRES` is set.

use crate::common;

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};
use sqlx::Connection;

const KEY: &str = "4f1c2a9b8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170605f4e3";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn start(db: &str, port: u16) -> Child {
    let child = Command::new(env!("CARGO_BIN_EXE_garita"))
        .args([
            "serve",
            "--database",
            db,
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--secret-key",
            KEY,
        ])
        .env("GARITA_REGISTRATIONS_PER_IP_HOUR", "100000")
        .env("GARITA_LOG", "warn")
        .env("GARITA_CLOCK_START", common::TEST_START)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("garita starts");
    common::healthy(child, port, Duration::from_secs(30)).await
}

async fn database() -> (String, Option<std::path::PathBuf>) {
    match std::env::var("GARITA_TEST_POSTGRES") {
        Ok(server) => {
            sqlx::any::install_default_drivers();
            let name = format!(
                "garita_crash_{}",
                &garita::storage::vault::random_id()[..12]
            );
            let mut admin = sqlx::AnyConnection::connect(&format!("{server}/postgres"))
                .await
                .unwrap();
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&mut admin)
                .await
                .unwrap();
            (format!("{server}/{name}"), None)
        }
        Err(_) => {
            let f = std::env::temp_dir().join(format!(
                "garita-crash-{}.db",
                &garita::storage::vault::random_id()[..12]
            ));
            (format!("sqlite://{}", f.display()), Some(f))
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_submissions_survive_sigkill() {
    let (db, file) = database().await;
    let port = free_port();
    let mut server = start(&db, port).await;
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();

    // Four writers: each registers accounts and fills their groups, recording every 201.
    let mut writers = Vec::new();
    for w in 0..4 {
        let client = client.clone();
        let base = base.clone();
        writers.push(tokio::spawn(async move {
            let mut acknowledged: Vec<(String, String, Vec<String>)> = Vec::new();
            for a in 0.. {
                let email = format!("w{w}a{a}@example.org");
                let body = json!({"email": email, "password": "a long harmless passphrase"});
                let Ok(res) = client.post(format!("{base}/api/v1/accounts")).json(&body).send().await else { break };
                if res.status() != 202 {
                    break;
                }
                let Ok(res) = client.post(format!("{base}/api/v1/sessions")).json(&body).send().await else { break };
                let Ok(session) = res.json::<Value>().await else { break };
                let token = session["token"].as_str().unwrap_or_default().to_string();
                acknowledged.push((email, token.clone(), Vec::new()));
                for m in 0..11 {
                    let member = json!({"full_name": format!("Member {w}-{a}-{m}"), "date_of_birth": "1990-01-01", "citizenship": "HN", "language": "es"});
                    let sent = client
                        .post(format!("{base}/api/v1/travelers"))
                        .bearer_auth(&token)
                        .header("idempotency-key", format!("key-{w}-{a}-{m}"))
                        .json(&member)
                        .send()
                        .await;
                    match sent {
                        Ok(r) if r.status() == 201 => {
                            if let Ok(v) = r.json::<Value>().await {
                                acknowledged.last_mut().unwrap().2.push(v["id"].as_str().unwrap_or_default().to_string());
                            }
                        }
                        _ => return acknowledged,
                    }
                }
            }
            acknowledged
        }));
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill().unwrap(); // SIGKILL
    server.wait().unwrap();
    let mut acknowledged = Vec::new();
    for w in writers {
        acknowledged.extend(w.await.unwrap());
    }
    let members: usize = acknowledged.iter().map(|a| a.2.len()).sum();
    assert!(members > 0, "the stream was under way when the server died");

    let mut server = start(&db, port).await;
    for (email, token, ids) in &acknowledged {
        let list: Value = client
            .get(format!("{base}/api/v1/travelers"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let have: Vec<&str> = list["travelers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_str().unwrap())
            .collect();
        for id in ids {
            assert!(
                have.contains(&id.as_str()),
                "{email}: acknowledged member {id} lost"
            );
        }
    }
    // Nothing half-written: every group's count matches its rows, no idempotency key is left
    // claimed without its answer, and every traveler still unseals.
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(&db).await.unwrap();
    let (mismatched,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM accounts a WHERE a.member_count <> (SELECT COUNT(*) FROM travelers t WHERE t.account_id = a.id)",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!(mismatched, 0);
    let (dangling,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM idempotency_keys WHERE response_status = 0")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert_eq!(dangling, 0);
    println!(
        "acknowledged before SIGKILL: {} accounts, {members} members; all present after restart",
        acknowledged.len()
    );
    server.kill().unwrap();
    server.wait().unwrap();
    if let Some(f) = file {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", f.display()));
        }
    }
}
