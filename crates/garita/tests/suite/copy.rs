//! `garita copy`: every table, in an order the foreign keys accept, to the other engine and
//! back, verified by counts, with sealed data still readable under the same key.

use crate::common;

use common::{spawn_app, TestApp};
use garita::storage::Db;
use serde_json::Value;

async fn with_data() -> TestApp {
    let app = spawn_app().await;
    let token = app.group(2, "Copia").await;
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(&token),
            &serde_json::json!({"ports": ["laredo"], "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0}}),
        )
        .await;
    assert_eq!(res.status(), 201);
    app
}

async fn counts(db: &Db) -> Vec<(String, i64)> {
    let mut out = Vec::new();
    for t in garita::storage::copy::tables() {
        let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {t}")))
            .fetch_one(&db.read)
            .await
            .unwrap();
        out.push((t, n));
    }
    out
}

#[tokio::test]
async fn the_migrations_name_every_table_the_database_has() {
    let app = spawn_app().await;
    let mut listed = garita::storage::copy::tables();
    listed.sort();
    let query = if common::engine() == "postgres" {
        "SELECT CAST(table_name AS TEXT) FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations' ORDER BY 1"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name"
    };
    let present: Vec<(String,)> = sqlx::query_as(query)
        .fetch_all(&app.state.db.read)
        .await
        .unwrap();
    let present: Vec<String> = present.into_iter().map(|r| r.0).collect();
    assert_eq!(listed, present);
}

#[tokio::test]
async fn copy_to_the_other_engine_and_back_keeps_every_row() {
    let app = with_data().await;
    let source = &app.state.db;
    let before = counts(source).await;
    assert!(before.iter().any(|(t, n)| t == "travelers" && *n == 2));
    assert!(before
        .iter()
        .any(|(t, n)| t == "appointment_requests" && *n == 1));

    // Out to SQLite (from PostgreSQL when the suite runs there), then into a fresh database of
    // the source's engine: both directions when the suite runs on PostgreSQL.
    let (lite_url, lite_file) = common::sqlite_file("copy");
    let lite = Db::connect(&lite_url).await.unwrap();
    let copied = garita::storage::copy::copy(source, &lite).await.unwrap();
    assert_eq!(copied.tables, before);
    assert_eq!(counts(&lite).await, before);

    let (back_url, back_file) = common::fresh_database().await;
    let back = Db::connect(&back_url).await.unwrap();
    garita::storage::copy::copy(&lite, &back).await.unwrap();
    assert_eq!(counts(&back).await, before);

    // Sealed members open under the same key in the copy; new ids follow the copied ones.
    let rows: Vec<(String, Vec<u8>)> = sqlx::query_as("SELECT id, sealed FROM travelers")
        .fetch_all(&back.read)
        .await
        .unwrap();
    for (id, sealed) in rows {
        let plain = app
            .state
            .vault
            .open(&format!("traveler:{id}"), &sealed)
            .unwrap();
        let m: Value = serde_json::from_slice(&plain).unwrap();
        assert!(m["full_name"].as_str().unwrap().starts_with("Copia"));
    }
    let (max,): (i64,) = sqlx::query_as("SELECT MAX(id) FROM accounts")
        .fetch_one(&back.read)
        .await
        .unwrap();
    let (new,): (i64,) = sqlx::query_as(
        "INSERT INTO accounts (email_fingerprint, email_sealed, password_hash, kind, created_at) VALUES ('fp-new', $1, 'x', 'traveler', 0) RETURNING id",
    )
    .bind(vec![0u8; 4])
    .fetch_one(&back.write)
    .await
    .unwrap();
    assert!(new > max, "the id sequence continues after the copied ids");

    // A database that already holds data is refused, and nothing is written to it.
    let err = garita::storage::copy::copy(source, &lite)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("already holds data"), "{err}");
    assert_eq!(counts(&lite).await, before);

    lite.close().await;
    back.close().await;
    let _ = std::fs::remove_file(lite_file);
    if let Some(f) = back_file {
        let _ = std::fs::remove_file(f);
    }
}
