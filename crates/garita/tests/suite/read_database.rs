//! `serve --read-database`: public reads (wait times, draws) come from the read database (a
//! standby in production), everything else from the primary. Here the read database is a
//! separate copy that differs from the primary, so each answer shows where it was read.

use crate::common;

use garita_domain::roles::Role;
use garita_domain::status::DrawStatus;
use serde_json::{json, Value};

async fn insert_draw(db: &sqlx::AnyPool, day: &str, commitment: &str) {
    sqlx::query(
        "INSERT INTO draws (day, commitment, seed_sealed, status, created_at) VALUES ($1, $2, $3, $4, 0)",
    )
    .bind(day)
    .bind(commitment)
    .bind(vec![0_u8; 16])
    .bind(DrawStatus::Committed.as_str())
    .execute(db)
    .await
    .unwrap();
}

#[tokio::test]
async fn public_reads_come_from_the_read_database_and_the_rest_from_the_primary() {
    let (url, _file) = common::fresh_database().await;
    let copy = garita::storage::Db::connect(&url).await.unwrap();
    copy.migrate().await.unwrap();
    // A draw only the copy has, and one only the primary has.
    insert_draw(&copy.write, "2026-06-20", "aa11").await;
    let read_url = url.clone();
    let app = common::spawn_with(move |s| s.read_database_url = Some(read_url)).await;
    insert_draw(&app.state.db.write, "2026-06-21", "bb22").await;

    let res = app.get_json("/api/v1/draws/2026-06-20", None).await;
    assert_eq!(res.status(), 200, "the copy's draw is public");
    assert_eq!(res.json::<Value>().await.unwrap()["commitment"], "aa11");
    let res = app.get_json("/api/v1/draws/2026-06-21", None).await;
    assert_eq!(
        res.status(),
        404,
        "the primary's draw is not read for the public"
    );

    // An officer's report is written to the primary and shown back from it; the public feed
    // reads the copy, which has none.
    let token = app.staff(Role::Officer, Some("san-ysidro")).await;
    let lane = json!({"lane": "passenger-standard", "status": "open", "lanes_open": 10, "delay_minutes": 40});
    let res = app
        .post_json(
            "/api/v1/ports/san-ysidro/wait-times",
            Some(&token),
            &json!({ "lanes": [lane] }),
        )
        .await;
    assert_eq!(res.status(), 200);
    let shown: Value = res.json().await.unwrap();
    assert!(
        shown.to_string().contains("\"delay_minutes\":40"),
        "the officer sees the report just made: {shown}"
    );
    let feed: Value = app
        .get_json("/api/v1/wait-times", None)
        .await
        .json()
        .await
        .unwrap();
    let port = feed["ports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["port_id"] == "san-ysidro")
        .unwrap();
    assert_eq!(port["lanes"], json!([]), "the public feed reads the copy");
    copy.close().await;
}

#[tokio::test]
async fn without_a_read_database_public_reads_see_the_primary() {
    let app = common::spawn_app().await;
    insert_draw(&app.state.db.write, "2026-06-21", "bb22").await;
    let res = app.get_json("/api/v1/draws/2026-06-21", None).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["commitment"], "bb22");
}

#[tokio::test]
async fn a_read_database_of_another_engine_is_refused() {
    let (url, _file) = common::fresh_database().await;
    let db = garita::storage::Db::connect(&url).await.unwrap();
    let other = if url.starts_with("sqlite:") {
        "postgres://nobody@127.0.0.1:1/none"
    } else {
        "sqlite::memory:"
    };
    let err = db.with_public_reads(other).await.err().expect("refused");
    assert!(err.to_string().contains("same engine"), "{err}");
}
