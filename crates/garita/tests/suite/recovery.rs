//! Getting back in: e-mail verification, equal answers and equal work for registration and
//! password resets, reset links (single use, one hour, every session ended), changing the
//! password (re-authentication, other sessions ended) and the address (confirmed at the new
//! one, told at the old one), and the 15-character minimum for passwords made before it.

use crate::common;

use common::{csrf_of, member, png, spawn_app, spawn_with, TestApp, PASSWORD};
use garita_domain::roles::Role;
use serde_json::{json, Value};

const TIJUANA: (f64, f64) = (32.5149, -117.0382);

/// What the API answered, without the request id.
async fn answer(res: reqwest::Response) -> (u16, String, String) {
    let status = res.status().as_u16();
    let kind = res.headers()["content-type"].to_str().unwrap().to_string();
    (status, kind, res.text().await.unwrap())
}

async fn register_api(app: &TestApp, email: &str, password: &str) -> (u16, String, String) {
    answer(
        app.post_json(
            "/api/v1/accounts",
            None,
            &json!({"email": email, "password": password}),
        )
        .await,
    )
    .await
}

/// Hashes evaluated and outbox rows written by `f`.
async fn work<F: std::future::Future<Output = T>, T>(app: &TestApp, f: F) -> (T, u64, i64) {
    let (hashes, rows) = (
        app.state.hash_gate.evaluated(),
        app.count("notifications").await,
    );
    let out = f.await;
    (
        out,
        app.state.hash_gate.evaluated() - hashes,
        app.count("notifications").await - rows,
    )
}

async fn kinds(app: &TestApp) -> Vec<String> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT kind FROM notifications ORDER BY created_at, id")
            .fetch_all(&app.state.db.read)
            .await
            .unwrap();
    rows.into_iter().map(|(k,)| k).collect()
}

async fn code_of(res: reqwest::Response) -> (u16, String) {
    let status = res.status().as_u16();
    let p: Value = res.json().await.unwrap();
    (status, p["code"].as_str().unwrap_or_default().to_string())
}

/// Waits for the reset work that runs after the answer.
async fn until_count(app: &TestApp, table: &str, n: i64) {
    for _ in 0..200 {
        if app.count(table).await >= n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("{table} never reached {n} rows");
}

fn token_of(link: &str) -> String {
    link.rsplit('/').next().unwrap().to_string()
}

#[tokio::test]
async fn registration_answers_and_works_the_same_whether_or_not_the_address_has_an_account() {
    let app = spawn_app().await;
    let (new, hashes_new, rows_new) =
        work(&app, register_api(&app, "ana@example.org", PASSWORD)).await;
    let (again, hashes_again, rows_again) = work(
        &app,
        register_api(&app, "Ana@Example.org", "another long passphrase here"),
    )
    .await;
    assert_eq!(new.0, 202);
    assert_eq!(new, again, "same status, type and body");
    assert_eq!((hashes_new, rows_new), (1, 1));
    assert_eq!((hashes_again, rows_again), (hashes_new, rows_new));
    assert_eq!(app.count("accounts").await, 1);
    let mut sent = kinds(&app).await;
    sent.sort();
    assert_eq!(sent, ["registration-existing", "verify-email"]);
    // The first password is kept; the one typed the second time was thrown away.
    app.verify_email("ana@example.org").await;
    app.login("ana@example.org", PASSWORD).await;

    // The page too: the same redirect to "check your e-mail", no session on either path.
    let mut answers = Vec::new();
    for email in ["rosa@example.org", "rosa@example.org"] {
        let b = app.browser();
        let csrf = app.form_token(&b, "/register").await;
        let (res, hashes, rows) = work(
            &app,
            b.post(app.url("/register"))
                .form(&[
                    ("csrf_token", csrf.as_str()),
                    ("email", email),
                    ("password", PASSWORD),
                ])
                .send(),
        )
        .await;
        let res = res.unwrap();
        assert_eq!((hashes, rows), (1, 1));
        let mut headers: Vec<(String, String)> = res
            .headers()
            .iter()
            .filter(|(k, _)| *k != "x-request-id" && *k != "date")
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap().to_string()))
            .collect();
        headers.sort();
        answers.push((res.status().as_u16(), headers, res.text().await.unwrap()));
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(answers[0].0, 303);
    assert!(answers[0]
        .1
        .contains(&("location".into(), "/register/sent".into())));
    assert!(!answers[0].1.iter().any(|(k, _)| k == "set-cookie"));
    assert_eq!(app.count("sessions").await, 1, "only the API login above");
}

#[tokio::test]
async fn an_unverified_traveler_fills_the_group_but_asks_only_after_the_link_is_used() {
    let app = spawn_app().await;
    register_api(&app, "ana@example.org", PASSWORD).await;
    let token = app.login("ana@example.org", PASSWORD).await;
    let m: Value = app
        .post_json("/api/v1/travelers", Some(&token), &member("Ana"))
        .await
        .json()
        .await
        .unwrap();
    let res = app
        .api
        .put(app.url(&format!(
            "/api/v1/travelers/{}/photo",
            m["id"].as_str().unwrap()
        )))
        .bearer_auth(&token)
        .body(png(200, 260))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204, "the group may be filled meanwhile");
    let (a, t) = (&app, &token);
    let ask = || async move {
        a.post_json(
            "/api/v1/appointment-requests",
            Some(t),
            &json!({"ports": ["san-ysidro"], "answers": [], "location": {"latitude": TIJUANA.0, "longitude": TIJUANA.1, "accuracy_m": 10.0}}),
        )
        .await
    };
    assert_eq!(
        code_of(ask().await).await,
        (409, "email-not-verified".into())
    );
    assert_eq!(app.count("appointment_requests").await, 0);

    // The link opens a page; opening it (a mail scanner does) changes nothing.
    let link = app.link_sent("ana@example.org", "verify-email").await;
    let path = format!("/account/verify/{}", token_of(&link));
    let b = app.browser();
    let res = b.get(app.url(&path)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let csrf = csrf_of(&res.text().await.unwrap());
    assert_eq!(code_of(ask().await).await.1, "email-not-verified");
    // Without the form token, nothing either.
    let res = b
        .post(app.url(&path))
        .form(&[("csrf_token", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let res = b
        .post(app.url(&path))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(ask().await.status(), 201);
    // Used once: the link now says it no longer works.
    let res = b.get(app.url(&path)).send().await.unwrap();
    assert_eq!(res.status(), 410);
    let (status, code) = code_of(
        app.post_json(
            "/api/v1/email-verifications",
            None,
            &json!({"token": token_of(&link)}),
        )
        .await,
    )
    .await;
    assert_eq!((status, code.as_str()), (409, "recovery-link-invalid"));
}

#[tokio::test]
async fn the_request_page_sends_an_unverified_traveler_to_confirm_and_resend_is_throttled() {
    let app = spawn_with(|s| s.registrations_per_ip_hour = 2).await;
    let b = app.browser();
    let csrf = app.form_token(&b, "/register").await;
    b.post(app.url("/register"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "rosa@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    let csrf = app.form_token(&b, "/login").await;
    b.post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "rosa@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    let group = b.get(app.url("/group")).send().await.unwrap();
    let html = group.text().await.unwrap();
    assert!(
        html.contains("id=\"verify-banner\""),
        "the group page says to verify"
    );
    let csrf = app.form_token(&b, "/appointment/request").await;
    let res = b
        .post(app.url("/appointment/request"))
        .form(&[("csrf_token", csrf.as_str()), ("port_1", "san-ysidro")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/account/verify?needed=1");
    let html = b
        .get(app.url("/account/verify?needed=1"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("action=\"/account/verify/resend\""));
    let before = app.count("notifications").await;
    let resend = || {
        b.post(app.url("/account/verify/resend"))
            .form(&[("csrf_token", csrf.as_str())])
            .send()
    };
    assert_eq!(resend().await.unwrap().status(), 303);
    assert_eq!(resend().await.unwrap().status(), 303);
    assert_eq!(resend().await.unwrap().status(), 429);
    assert_eq!(app.count("notifications").await, before + 2);
}

#[tokio::test]
async fn a_reset_answers_the_same_for_any_address_and_its_link_works_once_within_the_hour() {
    let app = spawn_app().await;
    let (email, old_token) = app.traveler().await;
    let other_session = app.login(&email, PASSWORD).await;
    let (tokens, rows) = (
        app.count("account_tokens").await,
        app.count("notifications").await,
    );
    let known = answer(
        app.post_json("/api/v1/password-resets", None, &json!({"email": email}))
            .await,
    )
    .await;
    let unknown = answer(
        app.post_json(
            "/api/v1/password-resets",
            None,
            &json!({"email": "nobody@example.org"}),
        )
        .await,
    )
    .await;
    assert_eq!(known.0, 202);
    assert_eq!(known, unknown);
    until_count(&app, "notifications", rows + 1).await;
    assert_eq!(
        app.count("account_tokens").await,
        tokens + 1,
        "one token, for the account only"
    );
    // Only the hash of the token is stored.
    let link = app.link_sent(&email, "password-reset").await;
    let token = token_of(&link);
    let stored: (String,) =
        sqlx::query_as("SELECT token_hash FROM account_tokens WHERE purpose = 'reset-password'")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(stored.0, garita::storage::vault::sha256_hex(&token));
    assert_ne!(stored.0, token);

    // The policy holds for the new password.
    let (a, t) = (&app, &token);
    let complete = |password: &'static str| async move {
        a.post_json(
            "/api/v1/password-resets/complete",
            None,
            &json!({"token": t, "password": password}),
        )
        .await
    };
    assert_eq!(complete("short").await.status(), 422);
    let new_password = "a brand new passphrase for ana";
    assert_eq!(complete(new_password).await.status(), 204);
    // Every session ended.
    for t in [&old_token, &other_session] {
        let res = app.get_json("/api/v1/travelers", Some(t)).await;
        assert_eq!(res.status(), 401);
    }
    let res = app
        .post_json(
            "/api/v1/sessions",
            None,
            &json!({"email": email, "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 401, "the old password no longer works");
    app.login(&email, new_password).await;
    assert_eq!(
        code_of(complete("yet another long passphrase").await).await,
        (409, "recovery-link-invalid".into()),
        "single use"
    );
    assert_eq!(
        kinds(&app)
            .await
            .iter()
            .filter(|k| *k == "password-changed")
            .count(),
        1
    );

    // A second link expires after an hour.
    app.post_json("/api/v1/password-resets", None, &json!({"email": email}))
        .await;
    until_count(&app, "account_tokens", tokens + 2).await;
    let late = token_of(&app.link_sent(&email, "password-reset").await);
    app.clock.advance(chrono::Duration::minutes(61));
    let res = app
        .post_json(
            "/api/v1/password-resets/complete",
            None,
            &json!({"token": late, "password": "too late a passphrase anyway"}),
        )
        .await;
    assert_eq!(code_of(res).await.1, "recovery-link-invalid");
    let page = app
        .browser()
        .get(app.url(&format!("/account/reset/{late}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 410);
}

#[tokio::test]
async fn reset_requests_are_throttled_per_address_and_per_client() {
    let app = spawn_with(|s| s.registrations_per_ip_hour = 2).await;
    let a = &app;
    let ask = |email: &'static str| async move {
        a.post_json("/api/v1/password-resets", None, &json!({"email": email}))
            .await
    };
    assert_eq!(ask("a@example.org").await.status(), 202);
    assert_eq!(ask("a@example.org").await.status(), 202);
    let res = ask("a@example.org").await;
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
    // The refused address gave its client's place back; the client's own limit then holds.
    assert_eq!(ask("b@example.org").await.status(), 429);
}

#[tokio::test]
async fn a_reset_keeps_the_second_factor_at_the_next_sign_in() {
    let app = spawn_app().await;
    let (email, token) = app.traveler().await;
    let (id,): (i64,) = sqlx::query_as("SELECT account_id FROM sessions LIMIT 1")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    garita::accounts::second_factor::enrol_now(&app.state, id)
        .await
        .unwrap();
    drop(token);
    let tokens = app.count("account_tokens").await;
    app.post_json("/api/v1/password-resets", None, &json!({"email": email}))
        .await;
    until_count(&app, "account_tokens", tokens + 1).await;
    let reset = token_of(&app.link_sent(&email, "password-reset").await);
    let new_password = "a brand new passphrase for ana";
    let res = app
        .post_json(
            "/api/v1/password-resets/complete",
            None,
            &json!({"token": reset, "password": new_password}),
        )
        .await;
    assert_eq!(res.status(), 204);
    let res = app
        .post_json(
            "/api/v1/sessions",
            None,
            &json!({"email": email, "password": new_password}),
        )
        .await;
    assert_eq!(code_of(res).await, (401, "second-factor-required".into()));
}

#[tokio::test]
async fn changing_the_password_asks_for_the_current_one_and_ends_the_other_sessions() {
    let app = spawn_app().await;
    let (email, here) = app.traveler().await;
    let elsewhere = app.login(&email, PASSWORD).await;
    let change = |current: &str, new: &str| {
        app.api
            .put(app.url("/api/v1/account/password"))
            .bearer_auth(&here)
            .json(&json!({"current_password": current, "new_password": new}))
            .send()
    };
    let new_password = "a brand new passphrase for ana";
    assert_eq!(
        code_of(
            change("not my password at all", new_password)
                .await
                .unwrap()
        )
        .await,
        (401, "bad-credentials".into())
    );
    assert_eq!(change(PASSWORD, "short").await.unwrap().status(), 422);
    assert_eq!(
        app.get_json("/api/v1/travelers", Some(&elsewhere))
            .await
            .status(),
        200
    );
    let rows = app.count("notifications").await;
    assert_eq!(change(PASSWORD, new_password).await.unwrap().status(), 204);
    assert_eq!(
        app.get_json("/api/v1/travelers", Some(&here))
            .await
            .status(),
        200
    );
    assert_eq!(
        app.get_json("/api/v1/travelers", Some(&elsewhere))
            .await
            .status(),
        401
    );
    assert_eq!(app.count("notifications").await, rows + 1);
    app.login(&email, new_password).await;
    // Without a session: 401, never a change.
    let res = app
        .api
        .put(app.url("/api/v1/account/password"))
        .json(&json!({"current_password": new_password, "new_password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
}

#[tokio::test]
async fn the_password_page_changes_it_and_says_so() {
    let app = spawn_app().await;
    let (b, csrf) = app.signed_up_browser("/register").await;
    let res = b
        .post(app.url("/account/password"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("current_password", "not my password at all"),
            ("new_password", "a brand new passphrase for rosa"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("This is not your current password."));
    let res = b
        .post(app.url("/account/password"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("current_password", PASSWORD),
            ("new_password", "a brand new passphrase for rosa"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/account/password?done=1");
    app.login("rosa@example.org", "a brand new passphrase for rosa")
        .await;
    // A verified traveler sees no banner.
    let html = b
        .get(app.url("/group"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains("verify-banner"));
    // Signed out, the page sends to the login.
    let res = app
        .browser()
        .get(app.url("/account/password"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn a_new_address_is_confirmed_there_and_the_old_one_is_told() {
    let app = spawn_app().await;
    let (email, token) = app.traveler().await;
    let (taken, _) = app.traveler().await;
    let (a, t) = (&app, &token);
    let ask = |new: String| async move {
        a.post_json(
            "/api/v1/email-changes",
            Some(t),
            &json!({"password": PASSWORD, "new_email": new}),
        )
        .await
    };
    let wrong = app
        .post_json(
            "/api/v1/email-changes",
            Some(&token),
            &json!({"password": "not my password at all", "new_email": "new@example.org"}),
        )
        .await;
    assert_eq!(code_of(wrong).await, (401, "bad-credentials".into()));
    // A taken address: the same answer and work; its holder is told instead.
    let (free, hashes_free, rows_free) = work(&app, async {
        answer(ask("new@example.org".into()).await).await
    })
    .await;
    let (used, hashes_used, rows_used) =
        work(&app, async { answer(ask(taken.clone()).await).await }).await;
    assert_eq!(free.0, 202);
    assert_eq!(free, used);
    assert_eq!((hashes_free, rows_free), (1, 1));
    assert_eq!((hashes_used, rows_used), (1, 1));
    assert_eq!(
        kinds(&app)
            .await
            .iter()
            .filter(|k| *k == "registration-existing")
            .count(),
        1
    );

    // Nothing changes until the link sent to the new address is used.
    let link = app.link_sent(&email, "verify-email").await;
    app.login(&email, PASSWORD).await;
    let res = app
        .post_json(
            "/api/v1/email-changes/complete",
            None,
            &json!({"token": token_of(&link)}),
        )
        .await;
    assert_eq!(res.status(), 204);
    app.login("new@example.org", PASSWORD).await;
    let res = app
        .post_json(
            "/api/v1/sessions",
            None,
            &json!({"email": email, "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 401);
    assert_eq!(
        kinds(&app)
            .await
            .iter()
            .filter(|k| *k == "email-changed")
            .count(),
        1
    );
    // The message to the old address carries it; the link's message carried the new one.
    #[derive(sqlx::FromRow)]
    struct Sent {
        id: String,
        sealed: Vec<u8>,
        kind: String,
    }
    let sent: Vec<Sent> = sqlx::query_as(
        "SELECT n.id, s.sealed, n.kind FROM notifications n JOIN notification_secrets s ON s.notification_id = n.id",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap();
    let to = |kind: &str| -> Vec<Option<String>> {
        sent.iter()
            .filter(|s| s.kind == kind)
            .map(|s| {
                let plain = app
                    .state
                    .vault
                    .open(&format!("notification-secrets:{}", s.id), &s.sealed)
                    .unwrap();
                serde_json::from_slice::<garita::notifications::Secrets>(&plain)
                    .unwrap()
                    .to
            })
            .collect()
    };
    assert_eq!(to("email-changed"), [Some(email.clone())]);
    assert!(to("verify-email").contains(&Some("new@example.org".into())));
    // Each change is in the audit trail, by opaque id only.
    let actions: Vec<(String, String)> =
        sqlx::query_as("SELECT action, detail FROM audit_log WHERE action LIKE 'account.email%'")
            .fetch_all(&app.state.db.read)
            .await
            .unwrap();
    assert!(actions.iter().any(|(a, _)| a == "account.email-changed"));
    assert!(actions.iter().all(|(_, d)| !d.contains('@')));
}

#[tokio::test]
async fn a_password_shorter_than_the_minimum_still_signs_in_and_is_asked_to_change() {
    use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
    let app = spawn_app().await;
    let (email, _) = app.traveler().await;
    let short = "twelve chars";
    let hash = argon2::Argon2::default()
        .hash_password(short.as_bytes(), &SaltString::generate(&mut OsRng))
        .unwrap()
        .to_string();
    sqlx::query("UPDATE accounts SET password_hash = $1")
        .bind(hash)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let res = app
        .post_json(
            "/api/v1/sessions",
            None,
            &json!({"email": email, "password": short}),
        )
        .await;
    assert_eq!(res.status(), 201);
    assert_eq!(
        res.json::<Value>().await.unwrap()["password_change_required"],
        true
    );
    let res = app
        .post_json(
            "/api/v1/sessions",
            None,
            &json!({"email": "someone@example.org", "password": short}),
        )
        .await;
    assert_eq!(res.status(), 401);
    let b = app.browser();
    let csrf = app.form_token(&b, "/login").await;
    let res = b
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email.as_str()),
            ("password", short),
            ("next", "/group"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/account/password?required=1");
    let html = b
        .get(app.url("/account/password?required=1"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("shorter than 15 characters"));
    // A long password signs in without the notice.
    let (other, _) = app.traveler().await;
    let res = app
        .post_json(
            "/api/v1/sessions",
            None,
            &json!({"email": other, "password": PASSWORD}),
        )
        .await;
    assert_eq!(
        res.json::<Value>().await.unwrap()["password_change_required"],
        false
    );
}

#[tokio::test]
async fn staff_accounts_are_verified_and_only_travelers_resend() {
    let app = spawn_app().await;
    let officer = app.staff(Role::Officer, Some("el-paso")).await;
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM accounts WHERE email_verified_at IS NULL")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(n, 0);
    let res = app
        .post_json(
            "/api/v1/email-verifications/resend",
            Some(&officer),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 403);
    let res = app
        .post_json("/api/v1/email-verifications/resend", None, &json!({}))
        .await;
    assert_eq!(res.status(), 401);
}
