//! The JSON API over real HTTP, each test against a fresh database.

use crate::common;

use common::{member, spawn_app, PASSWORD};
use garita_domain::roles::Role;
use serde_json::{json, Value};

#[tokio::test]
async fn register_login_and_manage_a_group() {
    let app = spawn_app().await;
    let (_, token) = app.traveler().await;

    let a = app
        .post_json("/api/v1/travelers", Some(&token), &member("Ana Pérez"))
        .await;
    assert_eq!(a.status(), 201);
    let location = a.headers()["location"].to_str().unwrap().to_string();
    let a: Value = a.json().await.unwrap();
    assert_eq!(
        location,
        format!("/api/v1/travelers/{}", a["id"].as_str().unwrap())
    );
    assert_eq!(a["is_holder"], true, "the first member is the holder");
    let b: Value = app
        .post_json("/api/v1/travelers", Some(&token), &member("Beto Pérez"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(b["is_holder"], false);

    let list: Value = app
        .get_json("/api/v1/travelers", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    let names: Vec<&str> = list["travelers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["full_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ana Pérez", "Beto Pérez"]);

    let b_url = app.url(&format!("/api/v1/travelers/{}", b["id"].as_str().unwrap()));
    let edited = app
        .api
        .patch(&b_url)
        .bearer_auth(&token)
        .json(&json!({"full_name": "Alberto Pérez", "contact": "+52 664 123 4567"}))
        .send()
        .await
        .unwrap();
    assert_eq!(edited.status(), 200);
    let edited: Value = edited.json().await.unwrap();
    assert_eq!(edited["full_name"], "Alberto Pérez");
    assert_eq!(
        edited["citizenship"], "HN",
        "fields not sent stay as they were"
    );
    assert_eq!(edited["contact"], "+526641234567");

    let fetched: Value = app
        .api
        .get(&b_url)
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(fetched["full_name"], "Alberto Pérez");

    assert_eq!(
        app.api
            .delete(&b_url)
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    assert_eq!(
        app.api
            .get(&b_url)
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let list: Value = app
        .get_json("/api/v1/travelers", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["travelers"].as_array().unwrap().len(), 1);
}

async fn problem(res: reqwest::Response) -> (u16, Value) {
    let status = res.status().as_u16();
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    (status, res.json().await.unwrap())
}

#[tokio::test]
async fn bad_member_input_is_refused_field_by_field_in_the_callers_language_and_writes_nothing() {
    let app = spawn_app().await;
    let (_, token) = app.traveler().await;
    let cases = [
        (
            json!({}),
            vec![
                ("full_name", "required"),
                ("date_of_birth", "required"),
                ("citizenship", "required"),
                ("language", "required"),
            ],
        ),
        (
            json!({"full_name": "x".repeat(201), "date_of_birth": "1990-01-01", "citizenship": "MX", "language": "es"}),
            vec![("full_name", "too-long")],
        ),
        (
            json!({"full_name": "Ana", "date_of_birth": "2999-01-01", "citizenship": "MX", "language": "es"}),
            vec![("date_of_birth", "date-in-future")],
        ),
        (
            json!({"full_name": "Ana", "date_of_birth": "1990-01-01", "citizenship": "XX", "language": "es"}),
            vec![("citizenship", "unknown-country")],
        ),
        (
            json!({"full_name": "Ana", "date_of_birth": "1990-01-01", "citizenship": "MX", "language": "es", "document_type": "visa", "document_number": "1"}),
            vec![("document_type", "unknown-document-type")],
        ),
    ];
    for (body, expected) in cases {
        let res = app
            .api
            .post(app.url("/api/v1/travelers"))
            .bearer_auth(&token)
            .header("accept-language", "es-MX,es;q=0.9")
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.headers()["content-language"], "es");
        let (status, p) = problem(res).await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(p["code"], "validation");
        let got: Vec<(String, String)> = p["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["field"].as_str().unwrap().to_string(),
                    e["code"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(f, c)| (f.to_string(), c.to_string()))
            .collect();
        assert_eq!(got, want, "{body}");
        // The sentence is Spanish, not a key and not English.
        let detail = p["errors"][0]["detail"].as_str().unwrap();
        assert!(
            !detail.starts_with("error-") && detail != p["errors"][0]["code"],
            "{detail}"
        );
    }
    let (_, p) = problem(
        app.api
            .post(app.url("/api/v1/travelers"))
            .bearer_auth(&token)
            .header("accept-language", "es")
            .json(&json!({"full_name": "", "date_of_birth": "1990-01-01", "citizenship": "MX", "language": "es"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(p["errors"][0]["detail"], "Este dato es obligatorio.");
    assert_eq!(app.count("travelers").await, 0, "nothing was written");
}

#[tokio::test]
async fn malformed_json_and_wrong_content_type_are_clear_4xx() {
    let app = spawn_app().await;
    let (_, token) = app.traveler().await;
    let res = app
        .api
        .post(app.url("/api/v1/travelers"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{\"full_name\": ")
        .send()
        .await
        .unwrap();
    let (status, p) = problem(res).await;
    assert_eq!(
        (status, p["code"].as_str().unwrap()),
        (400, "malformed-json")
    );
    let res = app
        .api
        .post(app.url("/api/v1/travelers"))
        .bearer_auth(&token)
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(problem(res).await.0, 415);
    let huge = json!({"full_name": "x".repeat(200_000)});
    let res = app
        .post_json("/api/v1/travelers", Some(&token), &huge)
        .await;
    assert_eq!(problem(res).await.0, 413);
    assert_eq!(app.count("travelers").await, 0);
}

#[tokio::test]
async fn weak_and_common_passwords_and_bad_emails_are_refused() {
    let app = spawn_app().await;
    for (body, field, code) in [
        (
            json!({"email": "ana@example.org", "password": "short"}),
            "password",
            "too-short",
        ),
        (
            json!({"email": "ana@example.org", "password": "qwertyuiopasdfghjkl"}),
            "password",
            "common-password",
        ),
        (
            json!({"email": "ana@example.org", "password": "PasswordPassword"}),
            "password",
            "common-password",
        ),
        (
            json!({"email": "not-an-email", "password": PASSWORD}),
            "email",
            "invalid-email",
        ),
        (json!({"password": PASSWORD}), "email", "required"),
    ] {
        let (status, p) = problem(app.post_json("/api/v1/accounts", None, &body).await).await;
        assert_eq!(status, 422);
        assert_eq!(p["errors"][0]["field"], field);
        assert_eq!(p["errors"][0]["code"], code);
    }
    assert_eq!(app.count("accounts").await, 0);
    // Any Unicode is fine, and the same address cannot register twice (in any case): the
    // second answer is the same as the first (tests/suite/recovery.rs checks the work behind it).
    let body = json!({"email": "Ana@Example.org", "password": "contraseña muy larga ñandú"});
    assert_eq!(
        app.post_json("/api/v1/accounts", None, &body)
            .await
            .status(),
        202
    );
    let again = json!({"email": "ana@example.ORG", "password": PASSWORD});
    let res = app.post_json("/api/v1/accounts", None, &again).await;
    assert_eq!(res.status(), 202);
    assert_eq!(app.count("accounts").await, 1);
    app.login("ana@example.org", "contraseña muy larga ñandú")
        .await;
}

#[tokio::test]
async fn another_accounts_member_is_not_found_and_other_roles_are_kept_out() {
    let app = spawn_app().await;
    let (_, owner) = app.traveler().await;
    let (_, stranger) = app.traveler().await;
    let m: Value = app
        .post_json("/api/v1/travelers", Some(&owner), &member("Ana"))
        .await
        .json()
        .await
        .unwrap();
    let url = app.url(&format!("/api/v1/travelers/{}", m["id"].as_str().unwrap()));

    let res = app
        .api
        .get(&url)
        .bearer_auth(&stranger)
        .send()
        .await
        .unwrap();
    let (status, p) = problem(res).await;
    assert_eq!(status, 404);
    assert!(!p.to_string().contains("Ana"));
    let patch = app
        .api
        .patch(&url)
        .bearer_auth(&stranger)
        .json(&json!({"full_name": "Mallory"}))
        .send()
        .await
        .unwrap();
    assert_eq!(patch.status(), 404);
    assert_eq!(
        app.api
            .delete(&url)
            .bearer_auth(&stranger)
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let theirs: Value = app
        .get_json("/api/v1/travelers", Some(&stranger))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(theirs["travelers"].as_array().unwrap().len(), 0);
    let mine: Value = app
        .api
        .get(&url)
        .bearer_auth(&owner)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(mine["full_name"], "Ana", "untouched by the stranger");

    // Anonymous: 401. Officer and admin: 403.
    assert_eq!(app.get_json("/api/v1/travelers", None).await.status(), 401);
    assert_eq!(app.api.get(&url).send().await.unwrap().status(), 401);
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let admin = app.staff(Role::Admin, None).await;
    for token in [&officer, &admin] {
        assert_eq!(
            app.get_json("/api/v1/travelers", Some(token))
                .await
                .status(),
            403
        );
        assert_eq!(
            app.post_json("/api/v1/travelers", Some(token), &member("X"))
                .await
                .status(),
            403
        );
        assert_eq!(
            app.api
                .get(&url)
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
                .status(),
            403
        );
    }
    // A garbage token is anonymous.
    assert_eq!(
        app.get_json("/api/v1/travelers", Some("garbage"))
            .await
            .status(),
        401
    );
}

#[tokio::test]
async fn expired_and_ended_sessions_are_refused() {
    let app = spawn_app().await;
    let (_, token) = app.traveler().await;
    assert_eq!(
        app.get_json("/api/v1/travelers", Some(&token))
            .await
            .status(),
        200
    );
    // Idle for longer than allowed.
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - $1")
        .bind(3 * 3600_i64)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let res = app
        .api
        .get(app.url("/api/v1/travelers"))
        .bearer_auth(&token)
        .header("accept-language", "es")
        .send()
        .await
        .unwrap();
    let (status, p) = problem(res).await;
    assert_eq!(
        (status, p["code"].as_str().unwrap()),
        (401, "session-expired")
    );
    assert!(p["detail"].as_str().unwrap().contains("sesión"));
    assert_eq!(
        app.get_json("/api/v1/travelers", Some(&token))
            .await
            .status(),
        401
    );

    // Logging out ends the token.
    let (_, token) = app.traveler().await;
    assert_eq!(
        app.api
            .delete(app.url("/api/v1/sessions/current"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    assert_eq!(
        app.get_json("/api/v1/travelers", Some(&token))
            .await
            .status(),
        401
    );
}

#[tokio::test]
async fn failed_logins_are_throttled_per_account() {
    let app = spawn_app().await;
    let (email, _) = app.traveler().await;
    for _ in 0..5 {
        let res = app
            .post_json(
                "/api/v1/sessions",
                None,
                &json!({"email": email, "password": "wrong password!"}),
            )
            .await;
        assert_eq!(res.status(), 401);
    }
    let res = app
        .post_json(
            "/api/v1/sessions",
            None,
            &json!({"email": email, "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 429, "even the right password waits");
    let retry: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry > 0 && retry <= 15 * 60);
    // Another account from the same address is not locked out by this.
    let (other, _) = app.traveler().await;
    app.login(&other, PASSWORD).await;
}

#[tokio::test]
async fn failed_logins_are_throttled_per_address() {
    let app = common::spawn_with(|s| s.login_throttle.per_ip = 3).await;
    for i in 0..3 {
        let res = app
            .post_json(
                "/api/v1/sessions",
                None,
                &json!({"email": format!("nobody{i}@example.org"), "password": "wrong password!"}),
            )
            .await;
        assert_eq!(res.status(), 401);
    }
    let (status, p) = problem(
        app.post_json(
            "/api/v1/sessions",
            None,
            &json!({"email": "x@example.org", "password": PASSWORD}),
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, p["code"].as_str().unwrap()),
        (429, "too-many-requests")
    );
}

#[tokio::test]
async fn a_retried_submission_with_the_same_key_adds_one_member() {
    let app = spawn_app().await;
    let (_, token) = app.traveler().await;
    let send = |body: Value| {
        app.api
            .post(app.url("/api/v1/travelers"))
            .bearer_auth(&token)
            .header("idempotency-key", "retry-key-0001")
            .json(&body)
            .send()
    };
    let first: Value = send(member("Ana")).await.unwrap().json().await.unwrap();
    let second = send(member("Ana")).await.unwrap();
    assert_eq!(second.status(), 201);
    let second: Value = second.json().await.unwrap();
    assert_eq!(first["id"], second["id"]);
    assert_eq!(app.count("travelers").await, 1);
    // The same key with different content is a client bug, not a second member.
    let (status, p) = problem(send(member("Beto")).await.unwrap()).await;
    assert_eq!(
        (status, p["code"].as_str().unwrap()),
        (409, "idempotency-key-reused")
    );
    assert_eq!(app.count("travelers").await, 1);
}

#[tokio::test]
async fn a_group_holds_at_most_eleven_people() {
    let app = spawn_app().await;
    let (_, token) = app.traveler().await;
    let mut handles = Vec::new();
    for i in 0..14 {
        let api = app.api.clone();
        let url = app.url("/api/v1/travelers");
        let token = token.clone();
        handles.push(tokio::spawn(async move {
            api.post(url)
                .bearer_auth(token)
                .json(&member(&format!("Person {i}")))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for h in handles {
        statuses.push(h.await.unwrap());
    }
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 11);
    assert_eq!(statuses.iter().filter(|s| **s == 409).count(), 3);
    let list: Value = app
        .get_json("/api/v1/travelers", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    let travelers = list["travelers"].as_array().unwrap();
    assert_eq!(travelers.len(), 11);
    assert_eq!(
        travelers.iter().filter(|t| t["is_holder"] == true).count(),
        1
    );
}

#[tokio::test]
async fn personal_data_is_sealed_at_rest() {
    let app = spawn_app().await;
    let (email, token) = app.traveler().await;
    let res = app.post_json("/api/v1/travelers", Some(&token), &json!({"full_name": "Zacarías Quintanilla", "date_of_birth": "1990-05-21", "citizenship": "HN", "language": "es", "document_type": "passport", "document_number": "HX998877"}))
        .await;
    // The check below means something only if the member was really stored.
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let rows: Vec<(Vec<u8>,)> = sqlx::query_as("SELECT sealed FROM travelers")
        .fetch_all(&app.state.db.read)
        .await
        .unwrap();
    let accounts: Vec<(Vec<u8>, String)> =
        sqlx::query_as("SELECT email_sealed, email_fingerprint FROM accounts")
            .fetch_all(&app.state.db.read)
            .await
            .unwrap();
    let haystack: Vec<u8> = rows
        .iter()
        .flat_map(|r| r.0.clone())
        .chain(
            accounts
                .iter()
                .flat_map(|a| [a.0.clone(), a.1.clone().into_bytes()].concat()),
        )
        .collect();
    assert_eq!(rows.len(), 1, "one member stored");
    assert!(!accounts.is_empty());
    for needle in ["Zacarías", "Quintanilla", "HX998877", &email] {
        assert!(
            !haystack
                .windows(needle.len())
                .any(|w| w == needle.as_bytes()),
            "{needle} stored in clear"
        );
    }
}

#[tokio::test]
async fn ports_health_and_openapi() {
    let app = spawn_app().await;
    let ports: Value = app
        .get_json("/api/v1/ports", None)
        .await
        .json()
        .await
        .unwrap();
    let ports = ports.as_array().unwrap();
    assert_eq!(ports.len(), 8);
    let sy = ports.iter().find(|p| p["id"] == "san-ysidro").unwrap();
    assert_eq!(sy["time_zone"], "America/Los_Angeles");
    assert!((sy["latitude"].as_f64().unwrap() - 32.54).abs() < 0.05);
    let stored: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM ports")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(stored.0, 8);

    let health = app.api.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    assert!(health.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("default-src 'self'"));
    assert_eq!(health.headers()["x-content-type-options"], "nosniff");
    assert!(health.headers().contains_key("x-request-id"));

    let doc: Value = app
        .get_json("/api/v1/openapi.json", None)
        .await
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/v1/accounts",
        "/api/v1/sessions",
        "/api/v1/travelers",
        "/api/v1/travelers/{id}",
        "/api/v1/ports",
        "/api/v1/appointment-requests",
        "/api/v1/appointments/{id}/confirm",
        "/api/v1/draws/{date}",
        "/api/v1/console/check-ins",
        "/api/v1/ports/{port_id}/capacity/{date}",
        "/api/v1/audit",
        "/api/v1/wait-times",
    ] {
        assert!(
            doc["paths"].get(path).is_some(),
            "{path} missing from OpenAPI"
        );
    }
    assert!(doc["components"]["schemas"].get("Traveler").is_some());

    let (status, p) = problem(app.get_json("/api/v1/nothing-here", None).await).await;
    assert_eq!((status, p["code"].as_str().unwrap()), (404, "not-found"));
}

#[tokio::test]
async fn overload_is_shed_with_retry_after_and_recovers() {
    let app = common::spawn_with(|s| s.max_in_flight = 2).await;
    let (email, _) = app.traveler().await;
    // Logins hash with Argon2id (tens of milliseconds each): 24 at once exceed 2 in flight.
    let mut tasks = Vec::new();
    for _ in 0..24 {
        let api = app.api.clone();
        let url = app.url("/api/v1/sessions");
        let body = json!({"email": email, "password": PASSWORD});
        tasks.push(tokio::spawn(async move {
            let res = api
                .post(url)
                .header("accept-language", "es")
                .json(&body)
                .send()
                .await
                .unwrap();
            let status = res.status().as_u16();
            let retry = res
                .headers()
                .get("retry-after")
                .map(|v| v.to_str().unwrap().to_string());
            let body: Value = res.json().await.unwrap();
            (status, retry, body)
        }));
    }
    let mut shed = 0;
    let mut ok = 0;
    for t in tasks {
        let (status, retry, body) = t.await.unwrap();
        match status {
            201 => ok += 1,
            503 => {
                shed += 1;
                assert_eq!(retry.as_deref(), Some("1"));
                assert_eq!(body["code"], "overloaded");
                assert!(body["detail"].as_str().unwrap().contains("ocupada"));
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert!(ok >= 2 && shed >= 1, "ok {ok}, shed {shed}");
    // Load gone: served again at once.
    assert_eq!(app.get_json("/api/v1/ports", None).await.status(), 200);
    app.login(&email, PASSWORD).await;
}

#[tokio::test]
async fn the_session_cache_forgets_a_logout_at_once() {
    let app =
        common::spawn_with(|s| s.session_cache_for = std::time::Duration::from_secs(60)).await;
    let (_, token) = app.traveler().await;
    assert_eq!(
        app.get_json("/api/v1/travelers", Some(&token))
            .await
            .status(),
        200
    );
    assert_eq!(
        app.get_json("/api/v1/travelers", Some(&token))
            .await
            .status(),
        200
    );
    let out = app
        .api
        .delete(app.url("/api/v1/sessions/current"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 204);
    assert_eq!(
        app.get_json("/api/v1/travelers", Some(&token))
            .await
            .status(),
        401
    );
}

#[tokio::test]
async fn registrations_are_limited_per_address() {
    let app = common::spawn_with(|s| s.registrations_per_ip_hour = 3).await;
    for i in 0..3 {
        let res = app
            .post_json(
                "/api/v1/accounts",
                None,
                &json!({"email": format!("r{i}@example.org"), "password": PASSWORD}),
            )
            .await;
        assert_eq!(res.status(), 202);
    }
    let res = app
        .post_json(
            "/api/v1/accounts",
            None,
            &json!({"email": "r9@example.org", "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
    assert_eq!(app.count("accounts").await, 3);
}
