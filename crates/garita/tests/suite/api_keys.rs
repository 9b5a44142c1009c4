//! API keys of organisations: made by a manager and shown once, stored as a hash, listed by
//! prefix; used as a bearer token on the organisation's endpoints only; refused once revoked
//! (on the very next request), expired, without the permission, or when the organisation is
//! suspended; throttled per key.

use crate::common;

use chrono::Duration;
use common::{spawn_app, TestApp};
use garita::storage::vault::sha256_hex;
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::Role;
use garita_domain::status::OrganisationStatus;
use serde_json::{json, Value};

/// An organisation of `kind` in `status`, made directly (as an administrator's approval
/// would leave it), with a manager signed in through the API. Returns (id, manager's token).
async fn organisation(app: &TestApp, kind: &str, status: OrganisationStatus) -> (i64, String) {
    let id = app
        .organisation(
            &format!("Transportes {kind} S.A."),
            OrganisationKind::parse(kind).unwrap(),
            OrganisationStatus::Approved,
        )
        .await;
    let manager = app
        .staff(Role::OrganisationManager, Some(&id.to_string()))
        .await;
    set_status(app, id, status).await;
    (id, manager)
}

async fn set_status(app: &TestApp, id: i64, status: OrganisationStatus) {
    sqlx::query("UPDATE organisations SET status = $1 WHERE id = $2")
        .bind(status.as_str())
        .bind(id)
        .execute(&app.state.db.write)
        .await
        .unwrap();
}

/// Creates a key through the API; returns (key, the created key's record).
async fn create_key(app: &TestApp, manager: &str, permissions: &[&str]) -> (String, Value) {
    let res = app
        .post_json(
            "/api/v1/organisation/api-keys",
            Some(manager),
            &json!({"name": "Dispatch system", "permissions": permissions}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let body: Value = res.json().await.unwrap();
    (
        body["key"].as_str().unwrap().to_string(),
        body["api_key"].clone(),
    )
}

async fn whoami(app: &TestApp, token: &str) -> (u16, Value) {
    let res = app
        .get_json("/api/v1/organisation/whoami", Some(token))
        .await;
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_key_is_shown_once_stored_as_a_hash_and_listed_by_prefix() {
    let app = spawn_app().await;
    let (_, manager) = organisation(&app, "bus_line", OrganisationStatus::Approved).await;
    let (key, made) = create_key(&app, &manager, &["organisation:read", "manifests:write"]).await;
    let prefix = made["prefix"].as_str().unwrap();
    assert!(
        key.starts_with(&format!("{prefix}_")),
        "{key} begins with {prefix}"
    );
    assert_eq!(
        garita_domain::api_keys::parse(&key),
        Some(prefix),
        "a well-formed key"
    );
    assert_eq!(made["state"], "active");
    assert_eq!(
        made["permissions"],
        json!(["organisation:read", "manifests:write"])
    );
    // 90 days by default.
    let expires: chrono::DateTime<chrono::Utc> =
        made["expires_at"].as_str().unwrap().parse().unwrap();
    assert_eq!(expires, app.now() + Duration::days(90));

    // Stored: its SHA-256, never the key.
    let stored: String = sqlx::query_scalar("SELECT secret_hash FROM api_keys")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(stored, sha256_hex(&key));
    let row: Value = {
        #[derive(sqlx::FromRow)]
        struct Stored {
            name: String,
            prefix: String,
            permissions: String,
        }
        let r: Stored = sqlx::query_as("SELECT name, prefix, permissions FROM api_keys")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
        json!([r.name, r.prefix, r.permissions])
    };
    assert!(!row.to_string().contains(&key[prefix.len()..]));

    // Listed by prefix; the key itself appears nowhere again.
    let res = app
        .get_json("/api/v1/organisation/api-keys", Some(&manager))
        .await;
    assert_eq!(res.status(), 200);
    let text = res.text().await.unwrap();
    assert!(!text.contains(&key), "the list never holds the key");
    let list: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(list["api_keys"].as_array().unwrap().len(), 1);
    assert_eq!(list["api_keys"][0]["prefix"], prefix);
    assert_eq!(list["api_keys"][0]["last_used_at"], Value::Null);

    // Audited.
    let audited: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'api-key-created'")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn a_key_calls_whoami_and_its_last_use_is_recorded_at_most_once_a_minute() {
    let app = spawn_app().await;
    let (id, manager) = organisation(&app, "carrier", OrganisationStatus::Approved).await;
    let (key, made) = create_key(&app, &manager, &["organisation:read"]).await;
    let (status, me) = whoami(&app, &key).await;
    assert_eq!(status, 200, "{me}");
    assert_eq!(me["organisation"]["id"], id);
    assert_eq!(me["organisation"]["name"], "Transportes carrier S.A.");
    assert_eq!(me["organisation"]["kind"], "carrier");
    assert_eq!(me["caller"]["kind"], "api_key");
    assert_eq!(me["caller"]["key_prefix"], made["prefix"]);
    assert_eq!(me["caller"]["permissions"], json!(["organisation:read"]));

    let last_used = || async {
        sqlx::query_scalar::<_, Option<i64>>("SELECT last_used_at FROM api_keys")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap()
    };
    let first = app.now().timestamp();
    assert_eq!(last_used().await, Some(first));
    app.clock.advance(Duration::seconds(30));
    assert_eq!(whoami(&app, &key).await.0, 200);
    assert_eq!(
        last_used().await,
        Some(first),
        "not rewritten within a minute"
    );
    app.clock.advance(Duration::seconds(31));
    assert_eq!(whoami(&app, &key).await.0, 200);
    assert_eq!(last_used().await, Some(app.now().timestamp()));

    // The manager's own session reaches whoami too, as an account, with every permission
    // a carrier may hold.
    let (status, me) = whoami(&app, &manager).await;
    assert_eq!(status, 200, "{me}");
    assert_eq!(me["caller"]["kind"], "account");
    assert_eq!(
        me["caller"]["permissions"],
        json!(["organisation:read", "cargo:write"])
    );
}

#[tokio::test]
async fn a_key_without_the_permission_is_refused_in_the_callers_language() {
    let app = spawn_app().await;
    let (_, manager) = organisation(&app, "customs_broker", OrganisationStatus::Approved).await;
    let (key, _) = create_key(&app, &manager, &["cargo:write"]).await;
    let mut details = Vec::new();
    for lang in ["en", "es"] {
        let res = app
            .api
            .get(app.url("/api/v1/organisation/whoami"))
            .bearer_auth(&key)
            .header("accept-language", lang)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["code"], "api-key-permission");
        details.push(body["detail"].as_str().unwrap().to_string());
    }
    assert_ne!(details[0], details[1], "localized: {details:?}");
    assert!(details[1].contains("permiso"), "{}", details[1]);
}

#[tokio::test]
async fn a_revoked_key_fails_on_the_very_next_request() {
    let app = spawn_app().await;
    let (_, manager) = organisation(&app, "airline", OrganisationStatus::Approved).await;
    let (key, made) = create_key(&app, &manager, &["organisation:read"]).await;
    assert_eq!(whoami(&app, &key).await.0, 200);
    let res = app
        .api
        .delete(app.url(&format!(
            "/api/v1/organisation/api-keys/{}",
            made["id"].as_str().unwrap()
        )))
        .bearer_auth(&manager)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    let (status, body) = whoami(&app, &key).await;
    assert_eq!(status, 401);
    assert_eq!(body["code"], "api-key-revoked");
    // Refused before any handler: a public route answers the same.
    let res = app.get_json("/api/v1/ports", Some(&key)).await;
    assert_eq!(res.status(), 401);
    // Revoking again changes nothing; the listing says so.
    let res = app
        .api
        .delete(app.url(&format!(
            "/api/v1/organisation/api-keys/{}",
            made["id"].as_str().unwrap()
        )))
        .bearer_auth(&manager)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    let list: Value = app
        .get_json("/api/v1/organisation/api-keys", Some(&manager))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["api_keys"][0]["state"], "revoked");
    let audited: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'api-key-revoked'")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(audited, 1, "one revocation, audited once");
}

#[tokio::test]
async fn an_expired_key_is_refused_once_the_clock_passes_its_expiry() {
    let app = spawn_app().await;
    let (_, manager) = organisation(&app, "partner_agency", OrganisationStatus::Approved).await;
    let res = app
        .post_json(
            "/api/v1/organisation/api-keys",
            Some(&manager),
            &json!({"name": "Short-lived", "permissions": ["organisation:read"], "expires_in_days": 1}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let key = res.json::<Value>().await.unwrap()["key"]
        .as_str()
        .unwrap()
        .to_string();
    app.clock.advance(Duration::days(1) - Duration::seconds(1));
    assert_eq!(whoami(&app, &key).await.0, 200, "still within its day");
    app.clock.advance(Duration::seconds(1));
    let (status, body) = whoami(&app, &key).await;
    assert_eq!(status, 401);
    assert_eq!(body["code"], "api-key-expired");
}

#[tokio::test]
async fn a_suspended_organisations_keys_are_refused_and_work_again_once_approved() {
    let app = spawn_app().await;
    let (id, manager) = organisation(&app, "bus_line", OrganisationStatus::Approved).await;
    let (key, _) = create_key(&app, &manager, &["organisation:read"]).await;
    set_status(&app, id, OrganisationStatus::Suspended).await;
    let (status, body) = whoami(&app, &key).await;
    assert_eq!(status, 403);
    assert_eq!(body["code"], "organisation-not-approved");
    set_status(&app, id, OrganisationStatus::Approved).await;
    assert_eq!(whoami(&app, &key).await.0, 200);
}

#[tokio::test]
async fn bad_input_is_refused_field_by_field_and_nothing_is_stored() {
    let app = spawn_app().await;
    let (_, manager) = organisation(&app, "customs_broker", OrganisationStatus::Approved).await;
    for (body, field) in [
        (
            json!({"name": "x", "permissions": ["authorizations:read"]}),
            "permissions",
        ),
        (json!({"name": "x", "permissions": []}), "permissions"),
        (
            json!({"name": "x", "permissions": ["organisation:read"], "expires_in_days": 366}),
            "expires_in_days",
        ),
        (
            json!({"name": "x", "permissions": ["organisation:read"], "expires_in_days": 0}),
            "expires_in_days",
        ),
        (
            json!({"name": "  ", "permissions": ["organisation:read"]}),
            "name",
        ),
    ] {
        let res = app
            .post_json("/api/v1/organisation/api-keys", Some(&manager), &body)
            .await;
        assert_eq!(res.status(), 422, "{body}");
        let problem: Value = res.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    assert_eq!(app.count("api_keys").await, 0);
}

#[tokio::test]
async fn another_organisations_manager_cannot_see_or_revoke_the_key() {
    let app = spawn_app().await;
    let (_, manager_a) = organisation(&app, "carrier", OrganisationStatus::Approved).await;
    let (b_id, manager_b) = organisation(&app, "carrier", OrganisationStatus::Approved).await;
    let (key, made) = create_key(&app, &manager_a, &["organisation:read"]).await;
    let id = made["id"].as_str().unwrap();
    let list: Value = app
        .get_json("/api/v1/organisation/api-keys", Some(&manager_b))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["api_keys"], json!([]));
    let res = app
        .api
        .delete(app.url(&format!("/api/v1/organisation/api-keys/{id}")))
        .bearer_auth(&manager_b)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let b = app
        .staff_browser(Role::OrganisationManager, Some(&b_id.to_string()), "/")
        .await;
    let res = b
        .get(app.url(&format!("/organisation/api-keys/{id}/revoke")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let page = b
        .get(app.url("/organisation/api-keys"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains(made["prefix"].as_str().unwrap()));
    let csrf = common::csrf_of(&page);
    let res = b
        .post(app.url(&format!("/organisation/api-keys/{id}/revoke")))
        .form(&[("csrf_token", csrf.as_str()), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let officer = app.staff(Role::Officer, Some("el-paso")).await;
    let res = app
        .get_json("/api/v1/organisation/api-keys", Some(&officer))
        .await;
    assert_eq!(res.status(), 403, "an officer is no manager");
    assert_eq!(whoami(&app, &key).await.0, 200, "still works");
    // A key cannot manage keys, not even its own organisation's.
    let res = app
        .get_json("/api/v1/organisation/api-keys", Some(&key))
        .await;
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn a_key_is_refused_on_traveler_officer_and_admin_endpoints() {
    let app = spawn_app().await;
    let (_, manager) = organisation(&app, "partner_agency", OrganisationStatus::Approved).await;
    let (key, _) = create_key(
        &app,
        &manager,
        &["organisation:read", "appointments:validate"],
    )
    .await;
    for (method, path, body) in [
        ("GET", "/api/v1/travelers", ""),
        ("POST", "/api/v1/travelers", r#"{"full_name": "A"}"#),
        ("GET", "/api/v1/appointment-requests/current", ""),
        ("GET", "/api/v1/me/data", ""),
        ("GET", "/api/v1/console/appointments?port=el-paso", ""),
        ("POST", "/api/v1/console/check-ins", r#"{"code": "ABCD"}"#),
        ("GET", "/api/v1/audit", ""),
        ("GET", "/api/v1/account/second-factor", ""),
        ("PUT", "/api/v1/account/password", "{}"),
        ("DELETE", "/api/v1/sessions/current", ""),
        ("GET", "/api/v1/organisation/api-keys", ""),
        (
            "POST",
            "/api/v1/organisation/api-keys",
            r#"{"name": "x", "permissions": ["organisation:read"]}"#,
        ),
    ] {
        let mut req = app
            .api
            .request(method.parse().unwrap(), app.url(path))
            .bearer_auth(&key);
        if !body.is_empty() {
            req = req.header("content-type", "application/json").body(body);
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        assert!(
            matches!(status, 401 | 403),
            "{method} {path} answered {status} to a key"
        );
    }
    // Pages never read a bearer token: the key is an anonymous visitor there.
    let res = app
        .api
        .get(app.url("/organisation/api-keys"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert!(res.headers()["location"]
        .to_str()
        .unwrap()
        .starts_with("/login"));
    assert_eq!(app.count("api_keys").await, 1, "nothing changed");
}

#[tokio::test]
async fn a_key_is_throttled_per_key_and_exactly_the_allowance_passes_at_once() {
    let app = spawn_app().await;
    let (_, manager) = organisation(&app, "carrier", OrganisationStatus::Approved).await;
    let (key, _) = create_key(&app, &manager, &["organisation:read"]).await;
    let (other, _) = create_key(&app, &manager, &["organisation:read"]).await;
    let allowed = garita::http::api_key::REQUESTS_PER_MINUTE as usize;
    let extra = 40;
    let tasks: Vec<_> = (0..allowed + extra)
        .map(|_| {
            let client = app.api.clone();
            let url = app.url("/api/v1/organisation/whoami");
            let key = key.clone();
            tokio::spawn(async move {
                let res = client.get(url).bearer_auth(key).send().await.unwrap();
                let retry = res.headers().get("retry-after").is_some();
                (res.status().as_u16(), retry)
            })
        })
        .collect();
    let mut ok = 0;
    let mut throttled = 0;
    for t in tasks {
        match t.await.unwrap() {
            (200, _) => ok += 1,
            (429, true) => throttled += 1,
            other => panic!("unexpected answer {other:?}"),
        }
    }
    assert_eq!((ok, throttled), (allowed, extra));
    assert_eq!(
        whoami(&app, &other).await.0,
        200,
        "the allowance is per key"
    );
}

#[tokio::test]
async fn malformed_bearer_tokens_are_refused_and_never_panic() {
    let app = spawn_app().await;
    let (_, manager) = organisation(&app, "carrier", OrganisationStatus::Approved).await;
    let (key, _) = create_key(&app, &manager, &["organisation:read"]).await;
    let long = "gk_live_".to_string() + &"a".repeat(5000);
    let flipped = {
        let mut k = key.clone().into_bytes();
        let last = k.len() - 1;
        k[last] = if k[last] == b'A' { b'B' } else { b'A' };
        String::from_utf8(k).unwrap()
    };
    for token in [
        "gk_live_",
        "gk_live_zzzzzzzz_",
        &key[..key.len() - 1],
        &format!("{key}x"),
        &flipped,
        &long,
        "gk_live_00000000_%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%",
    ] {
        let (status, body) = whoami(&app, token).await;
        assert_eq!(status, 401, "{token}: {body}");
        assert_eq!(body["code"], "login-required");
    }
    assert_eq!(whoami(&app, &key).await.0, 200, "the real key still works");
}

#[tokio::test]
async fn a_manager_creates_a_key_on_the_page_sees_it_once_and_revokes_it() {
    let app = spawn_app().await;
    let (id, _) = organisation(&app, "bus_line", OrganisationStatus::Approved).await;
    let b = app
        .staff_browser(
            Role::OrganisationManager,
            Some(&id.to_string()),
            "/organisation/api-keys",
        )
        .await;
    let page = b
        .get(app.url("/organisation/api-keys"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // The checkboxes offer what a bus line may hold, and nothing else.
    assert!(page.contains("value=\"manifests:write\""));
    assert!(!page.contains("value=\"authorizations:read\""));
    let csrf = common::csrf_of(&page);
    let res = b
        .post(app.url("/organisation/api-keys"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("name", "Ticketing"),
            ("permissions", "organisation:read"),
            ("permissions", "manifests:write"),
            ("expires_in_days", "30"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let shown = res.text().await.unwrap();
    let start = shown.find("gk_live_").expect("the key is shown");
    let key: String = shown[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    assert!(garita_domain::api_keys::parse(&key).is_some(), "{key}");
    assert_eq!(whoami(&app, &key).await.0, 200);

    let list = b
        .get(app.url("/organisation/api-keys"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!list.contains(&key), "shown once");
    assert!(list.contains(&key[..16]), "listed by its prefix");

    // A broker's checkbox forged into the form is refused, nothing stored.
    let res = b
        .post(app.url("/organisation/api-keys"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("name", "Forged"),
            ("permissions", "authorizations:read"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert_eq!(app.count("api_keys").await, 1);

    // Revoke: a confirmation page first, then the form.
    let key_id: String = sqlx::query_scalar("SELECT id FROM api_keys")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    let confirm = b
        .get(app.url(&format!("/organisation/api-keys/{key_id}/revoke")))
        .send()
        .await
        .unwrap();
    assert_eq!(confirm.status(), 200);
    assert!(confirm.text().await.unwrap().contains("name=\"confirm\""));
    // Without the CSRF token, nothing happens.
    let res = b
        .post(app.url(&format!("/organisation/api-keys/{key_id}/revoke")))
        .form(&[("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(whoami(&app, &key).await.0, 200);
    let res = b
        .post(app.url(&format!("/organisation/api-keys/{key_id}/revoke")))
        .form(&[("csrf_token", csrf.as_str()), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let (status, body) = whoami(&app, &key).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (401, Some("api-key-revoked"))
    );
}

/// What resolving a key costs: one indexed read by hash (joined with the organisation) per
/// request, against a session's read. Printed, not asserted (`-- --nocapture`).
#[tokio::test]
async fn resolving_a_key_costs_one_indexed_read() {
    let app = spawn_app().await;
    let (_, manager) = organisation(&app, "carrier", OrganisationStatus::Approved).await;
    let (key, _) = create_key(&app, &manager, &["organisation:read"]).await;
    let rounds = 400;
    let mut key_times = Vec::new();
    let mut session_times = Vec::new();
    for _ in 0..rounds {
        let t = std::time::Instant::now();
        let r = garita::http::api_key::resolve(&app.state, &key)
            .await
            .unwrap();
        key_times.push(t.elapsed());
        assert!(matches!(r, garita::http::api_key::Resolved::Active(_)));
        let t = std::time::Instant::now();
        let _ = garita::http::session::resolve(&app.state, &manager)
            .await
            .unwrap();
        session_times.push(t.elapsed());
    }
    key_times.sort();
    session_times.sort();
    eprintln!(
        "{}: key resolution median {:?} (p95 {:?}); session resolution (uncached) median {:?}",
        common::engine(),
        key_times[rounds / 2],
        key_times[rounds * 95 / 100],
        session_times[rounds / 2],
    );
}
