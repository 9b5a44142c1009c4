//! Throttles under bursts: requests that arrive together must not all pass a check made
//! before any of them is recorded, and password hashes (19 MiB each) stay within their bounds
//! per account, per address and overall.

use crate::common;

use common::{member, png, spawn_with, TestApp, PASSWORD};
use garita::config::HashSettings;
use serde_json::{json, Value};

/// Fires `n` logins at once from `client`, the `i`-th with `body(i)`; returns the statuses.
async fn burst_of_logins(
    app: &TestApp,
    client: &reqwest::Client,
    n: usize,
    body: impl Fn(usize) -> Value,
) -> Vec<u16> {
    let mut set = tokio::task::JoinSet::new();
    for i in 0..n {
        let req = client.post(app.url("/api/v1/sessions")).json(&body(i));
        set.spawn(async move { req.send().await.map(|r| r.status().as_u16()) });
    }
    let mut statuses = Vec::new();
    while let Some(done) = set.join_next().await {
        statuses.push(done.unwrap().expect("the server answers every request"));
    }
    statuses
}

fn count(statuses: &[u16], status: u16) -> usize {
    statuses.iter().filter(|s| **s == status).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_wrong_passwords_on_one_account_are_evaluated_at_most_the_limit() {
    let app = spawn_with(|s| {
        s.login_throttle.per_account = 5;
        s.login_throttle.per_ip = 10_000;
    })
    .await;
    let (email, _) = app.traveler().await;
    let before = app.state.hash_gate.evaluated();
    let statuses = burst_of_logins(
        &app,
        &app.api,
        200,
        |_| json!({"email": email, "password": "wrong password!"}),
    )
    .await;
    let evaluated = app.state.hash_gate.evaluated() - before;
    assert!(evaluated <= 5, "{evaluated} wrong passwords evaluated");
    assert_eq!(count(&statuses, 401) as u64, evaluated, "{statuses:?}");
    assert_eq!(count(&statuses, 401) + count(&statuses, 429), 200);
    let share = app.state.settings.hashing.per_account;
    assert!(
        app.state.hash_gate.peak() <= share,
        "one account has {share} hashes in flight at most, not {}",
        app.state.hash_gate.peak()
    );
    // The account is now locked for its window, even with the right password.
    let res = app
        .post_json(
            "/api/v1/sessions",
            None,
            &json!({"email": email, "password": PASSWORD}),
        )
        .await;
    assert!(
        res.status() == 429 || evaluated < 5,
        "{} after {evaluated} failures",
        res.status()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_wrong_logins_from_one_address_are_evaluated_at_most_its_limit_within_the_bound() {
    let app = spawn_with(|s| {
        s.login_throttle.per_ip = 30;
        // Let the address have every place, so what holds the burst is the global bound.
        s.hashing = HashSettings {
            in_flight: 2,
            queue: 4,
            per_account: 1,
            per_address: 1_000,
        };
    })
    .await;
    let statuses = burst_of_logins(
        &app,
        &app.api,
        200,
        |i| json!({"email": format!("nobody{i}@example.org"), "password": "wrong password!"}),
    )
    .await;
    let evaluated = app.state.hash_gate.evaluated();
    assert!(evaluated <= 30, "{evaluated} logins evaluated");
    assert_eq!(count(&statuses, 401) as u64, evaluated, "{statuses:?}");
    // Refused: the address's allowance (429) or, with the queue full, everyone's overload (503).
    assert_eq!(
        count(&statuses, 401) + count(&statuses, 429) + count(&statuses, 503),
        200,
        "{statuses:?}"
    );
    let peak = app.state.hash_gate.peak();
    assert!(peak <= 2, "{peak} hashes at once, above the bound of 2");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_from_one_address_holds_only_its_share_and_others_still_log_in() {
    let app = spawn_with(|s| {
        s.login_throttle.per_ip = 10_000;
        s.hashing = HashSettings {
            in_flight: 4,
            queue: 8,
            per_account: 1,
            per_address: 2,
        };
    })
    .await;
    let (email, _) = app.traveler().await;
    let burst = burst_of_logins(
        &app,
        &app.api,
        200,
        |i| json!({"email": format!("nobody{i}@example.org"), "password": "wrong password!"}),
    );
    // Someone else, from another address (all of 127.0.0.0/8 is this machine).
    let elsewhere = reqwest::Client::builder()
        .local_address(std::net::IpAddr::from([127, 0, 0, 2]))
        .build()
        .unwrap();
    let other = async {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        elsewhere
            .post(app.url("/api/v1/sessions"))
            .json(&json!({"email": email, "password": PASSWORD}))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    };
    let (statuses, other) = tokio::join!(burst, other);
    assert_eq!(other, 201, "another address logs in during the burst");
    assert!(count(&statuses, 429) > 0, "the burst was held back");
    let peak = app.state.hash_gate.peak();
    assert!(
        peak <= 3,
        "{peak} hashes at once: the burst's 2 and the other address's 1 at most"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_registrations_from_one_address_stay_within_the_limit_and_the_share() {
    let app = spawn_with(|s| {
        s.registrations_per_ip_hour = 10;
        s.hashing.per_address = 2;
    })
    .await;
    let mut set = tokio::task::JoinSet::new();
    for i in 0..100 {
        let req = app
            .api
            .post(app.url("/api/v1/accounts"))
            .json(&json!({"email": format!("r{i}@example.org"), "password": PASSWORD}));
        set.spawn(async move { req.send().await.unwrap().status().as_u16() });
    }
    let mut statuses = Vec::new();
    while let Some(done) = set.join_next().await {
        statuses.push(done.unwrap());
    }
    assert!(app.count("accounts").await <= 10);
    assert_eq!(count(&statuses, 202) + count(&statuses, 429), 100);
    assert!(app.state.hash_gate.peak() <= 2);
}

async fn traveler_with_member(app: &TestApp) -> (String, String) {
    let (_, token) = app.traveler().await;
    let m: Value = app
        .post_json("/api/v1/travelers", Some(&token), &member("Ana"))
        .await
        .json()
        .await
        .unwrap();
    (token, m["id"].as_str().unwrap().to_string())
}

async fn put_photo(app: &TestApp, token: &str, id: &str, bytes: Vec<u8>) -> u16 {
    app.api
        .put(app.url(&format!("/api/v1/travelers/{id}/photo")))
        .bearer_auth(token)
        .body(bytes)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_photo_uploads_store_at_most_the_hourly_limit() {
    let app = spawn_with(|s| {
        s.submissions_per_hour = 20;
        s.max_uploads_in_flight = 64;
    })
    .await;
    let (token, id) = traveler_with_member(&app).await;
    let photo = png(200, 260);
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..40 {
        let req = app
            .api
            .put(app.url(&format!("/api/v1/travelers/{id}/photo")))
            .bearer_auth(&token)
            .body(photo.clone());
        set.spawn(async move { req.send().await.unwrap().status().as_u16() });
    }
    let mut statuses = Vec::new();
    while let Some(done) = set.join_next().await {
        statuses.push(done.unwrap());
    }
    assert!(count(&statuses, 204) <= 20, "{statuses:?}");
    assert_eq!(count(&statuses, 204) + count(&statuses, 429), 40);
}

#[tokio::test]
async fn a_refused_photo_does_not_use_the_hourly_allowance() {
    let app = spawn_with(|s| s.submissions_per_hour = 2).await;
    let (token, id) = traveler_with_member(&app).await;
    for _ in 0..3 {
        assert_eq!(
            put_photo(&app, &token, &id, b"not a photo".to_vec()).await,
            422
        );
    }
    assert_eq!(put_photo(&app, &token, &id, png(200, 260)).await, 204);
    assert_eq!(put_photo(&app, &token, &id, png(200, 260)).await, 204);
    assert_eq!(put_photo(&app, &token, &id, png(200, 260)).await, 429);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_appointment_requests_are_accepted_at_most_the_hourly_limit() {
    let app = spawn_with(|s| s.submissions_per_hour = 20).await;
    let token = app.group(1, "Prisa").await;
    let body = serde_json::json!({"ports": ["laredo"], "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0}});
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..40 {
        let req = app
            .api
            .post(app.url("/api/v1/appointment-requests"))
            .bearer_auth(&token)
            .json(&body);
        set.spawn(async move { req.send().await.unwrap().status().as_u16() });
    }
    let mut statuses = Vec::new();
    while let Some(done) = set.join_next().await {
        statuses.push(done.unwrap());
    }
    let accepted = statuses.iter().filter(|s| **s < 300).count();
    assert!(accepted <= 20, "{statuses:?}");
    assert!(accepted >= 1, "{statuses:?}");
    assert_eq!(accepted + count(&statuses, 429), 40, "{statuses:?}");
}
