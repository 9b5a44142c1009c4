//! The second factor: staff cannot sign in without one, codes are accepted once, recovery
//! codes work once, travelers turn it on and off, administrators reset it (audited, the person
//! told), and every endpoint refuses the wrong caller.

use crate::common;

use common::*;
use garita_domain::accounts::{Email, Password};
use garita_domain::roles::Role;
use garita_domain::second_factor::{base32_decode, code_at};
use serde_json::{json, Value};

async fn audits(app: &TestApp, action: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = $1")
        .bind(action)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    n
}

/// A staff account with no factor yet: (id, e-mail).
async fn bare_staff(app: &TestApp, role: Role, port: Option<&str>) -> (i64, String) {
    let email = format!(
        "s{}@example.org",
        &garita::storage::vault::random_id()[..12]
    );
    let id = garita::accounts::create_account(
        &app.state,
        &Email::parse(&email).unwrap(),
        &Password::parse(PASSWORD, |_| false).unwrap(),
        garita_domain::roles::AccountKind::Staff,
        &common::grants(role, port),
        Some("en"),
    )
    .await
    .unwrap();
    (id, email)
}

/// A traveler turns a factor on through the API: returns (token, e-mail, secret, recovery codes).
async fn traveler_with_factor(app: &TestApp) -> (String, String, Vec<u8>, Vec<String>) {
    let (email, token) = app.traveler().await;
    let res = app
        .post_json("/api/v1/account/second-factor", Some(&token), &json!({}))
        .await;
    assert_eq!(res.status(), 201);
    let setup: Value = res.json().await.unwrap();
    let uri = setup["otpauth_uri"].as_str().unwrap();
    assert!(uri.starts_with("otpauth://totp/Garita:"), "{uri}");
    assert!(uri.contains(&format!("secret={}", setup["secret"].as_str().unwrap())));
    let secret = base32_decode(setup["secret"].as_str().unwrap()).unwrap();
    let res = app
        .post_json(
            "/api/v1/account/second-factor/confirm",
            Some(&token),
            &json!({"code": app.totp(&secret)}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let codes: Vec<String> = res.json::<Value>().await.unwrap()["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    (token, email, secret, codes)
}

async fn sign_in(app: &TestApp, email: &str, code: Option<&str>) -> reqwest::Response {
    let mut body = json!({"email": email, "password": PASSWORD});
    if let Some(c) = code {
        body["code"] = json!(c);
    }
    app.post_json("/api/v1/sessions", None, &body).await
}

async fn problem_code(res: reqwest::Response) -> String {
    res.json::<Value>().await.unwrap()["code"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn staff_without_a_factor_are_refused_a_session_by_the_api() {
    let app = spawn_app().await;
    for (role, port) in [(Role::Officer, Some("san-ysidro")), (Role::Admin, None)] {
        let (_, email) = bare_staff(&app, role, port).await;
        let res = sign_in(&app, &email, None).await;
        assert_eq!(res.status(), 401);
        assert_eq!(problem_code(res).await, "second-factor-required");
    }
    assert_eq!(app.count("sessions").await, 0);
}

#[tokio::test]
async fn a_code_is_accepted_once_and_a_wrong_one_never() {
    let app = spawn_app().await;
    let (id, email) = bare_staff(&app, Role::Officer, Some("san-ysidro")).await;
    let secret = garita::accounts::second_factor::enrol_now(&app.state, id)
        .await
        .unwrap();
    let res = sign_in(&app, &email, None).await;
    assert_eq!(problem_code(res).await, "second-factor-required");
    let right = app.totp(&secret);
    let wrong = format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000);
    let res = sign_in(&app, &email, Some(&wrong)).await;
    assert_eq!(res.status(), 401);
    assert_eq!(problem_code(res).await, "second-factor-code-wrong");
    assert_eq!(sign_in(&app, &email, Some(&right)).await.status(), 201);
    // The same code again, still within its 30 seconds: refused.
    app.clock.advance(chrono::Duration::seconds(5));
    let res = sign_in(&app, &email, Some(&right)).await;
    assert_eq!(problem_code(res).await, "second-factor-code-wrong");
    // The next step's code works.
    app.clock.advance(chrono::Duration::seconds(30));
    assert_eq!(
        sign_in(&app, &email, Some(&app.totp(&secret)))
            .await
            .status(),
        201
    );
    assert_eq!(app.count("sessions").await, 2);
}

#[tokio::test]
async fn code_attempts_are_throttled_per_account() {
    let app = spawn_app().await;
    let (_, email, secret, _) = traveler_with_factor(&app).await;
    let right = app.totp(&secret);
    let wrong = format!("{:06}", (right.parse::<u32>().unwrap() + 7) % 1_000_000);
    let mut statuses = Vec::new();
    for _ in 0..8 {
        statuses.push(sign_in(&app, &email, Some(&wrong)).await.status().as_u16());
    }
    assert!(statuses.contains(&429), "{statuses:?}");
    // Even the right code waits once the allowance is spent.
    app.clock.advance(chrono::Duration::seconds(30));
    assert_eq!(
        sign_in(&app, &email, Some(&app.totp(&secret)))
            .await
            .status(),
        429
    );
}

#[tokio::test]
async fn a_recovery_code_works_once_typed_any_way() {
    let app = spawn_app().await;
    let (_, email, _, codes) = traveler_with_factor(&app).await;
    assert_eq!(codes.len(), 10);
    let typed = codes[3].to_uppercase().replace('-', " ");
    assert_eq!(sign_in(&app, &email, Some(&typed)).await.status(), 201);
    let res = sign_in(&app, &email, Some(&codes[3])).await;
    assert_eq!(problem_code(res).await, "second-factor-code-wrong");
    assert_eq!(audits(&app, "second-factor-recovery-code-used").await, 1);
}

#[tokio::test]
async fn the_secret_is_sealed_and_recovery_codes_are_not_stored_in_the_clear() {
    let app = spawn_app().await;
    let (_, _, secret, codes) = traveler_with_factor(&app).await;
    let (sealed,): (Vec<u8>,) = sqlx::query_as("SELECT secret_sealed FROM second_factors")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert!(!sealed.windows(secret.len()).any(|w| w == secret.as_slice()));
    let hashes: Vec<(String,)> =
        sqlx::query_as("SELECT code_hash FROM second_factor_recovery_codes")
            .fetch_all(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(hashes.len(), codes.len());
    for (h,) in hashes {
        assert!(codes
            .iter()
            .all(|c| !h.contains(c) && !h.contains(&c.replace('-', ""))));
    }
    assert_eq!(audits(&app, "second-factor-enrol").await, 1);
}

#[tokio::test]
async fn a_traveler_turns_it_off_with_password_and_code_only() {
    let app = spawn_app().await;
    let (token, email, secret, _) = traveler_with_factor(&app).await;
    let path = "/api/v1/account/second-factor/disable";
    app.clock.advance(chrono::Duration::seconds(30));
    let code = app.totp(&secret);
    let res = app
        .post_json(
            path,
            Some(&token),
            &json!({"password": "not the password at all", "code": code}),
        )
        .await;
    assert_eq!(res.status(), 401);
    let res = app
        .post_json(
            path,
            Some(&token),
            &json!({"password": PASSWORD, "code": code}),
        )
        .await;
    assert_eq!(res.status(), 204);
    assert_eq!(audits(&app, "second-factor-disable").await, 1);
    // Signing in needs no code now.
    assert_eq!(sign_in(&app, &email, None).await.status(), 201);
    // And staff cannot turn theirs off.
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let res = app
        .post_json(
            path,
            Some(&officer),
            &json!({"password": PASSWORD, "code": "000000"}),
        )
        .await;
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn an_admin_resets_a_lost_factor_audited_and_the_person_told() {
    let app = spawn_app().await;
    let (id, email) = bare_staff(&app, Role::Officer, Some("san-ysidro")).await;
    let secret = garita::accounts::second_factor::enrol_now(&app.state, id)
        .await
        .unwrap();
    let officer = app.login_with_code(&email, PASSWORD, &secret).await;
    let admin = app.staff(Role::Admin, None).await;
    let path = format!("/api/v1/accounts/{id}/second-factor");
    let outbox_before = app.count("notifications").await;
    let res = app
        .api
        .delete(app.url(&path))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    assert_eq!(audits(&app, "second-factor-reset").await, 1);
    assert_eq!(app.count("notifications").await, outbox_before + 1);
    // The officer's session ended, and signing in asks for a new factor.
    assert_eq!(
        app.get_json("/api/v1/account/second-factor", Some(&officer))
            .await
            .status(),
        401
    );
    let res = sign_in(&app, &email, Some(&app.totp(&secret))).await;
    assert_eq!(problem_code(res).await, "second-factor-required");
    // Nothing left to reset.
    let res = app
        .api
        .delete(app.url(&path))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn every_endpoint_refuses_the_wrong_caller() {
    let app = spawn_app().await;
    let (traveler, _, _, _) = traveler_with_factor(&app).await;
    let (_, other) = app.traveler().await;
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let mine = "/api/v1/account/second-factor";
    // Anonymous: 401 everywhere.
    assert_eq!(app.get_json(mine, None).await.status(), 401);
    for path in [
        mine,
        "/api/v1/account/second-factor/confirm",
        "/api/v1/account/second-factor/disable",
    ] {
        assert_eq!(
            app.post_json(path, None, &json!({"code": "123456"}))
                .await
                .status(),
            401,
            "{path}"
        );
    }
    let reset = "/api/v1/accounts/1/second-factor";
    let anonymous = app.api.delete(app.url(reset)).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    // Wrong role: only an administrator resets; a traveler's or officer's token is refused.
    for token in [&traveler, &officer] {
        let res = app
            .api
            .delete(app.url(reset))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403);
    }
    // Another person's factor is out of reach: each caller sees only their own.
    let theirs: Value = app.get_json(mine, Some(&other)).await.json().await.unwrap();
    assert_eq!(theirs["enrolled"], false);
    let res = app
        .post_json(
            "/api/v1/account/second-factor/disable",
            Some(&other),
            &json!({"password": PASSWORD, "code": "123456"}),
        )
        .await;
    assert_eq!(res.status(), 404);
    let mine_now: Value = app
        .get_json(mine, Some(&traveler))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine_now["enrolled"], true);
    // Pages: anonymous to the login page, a traveler refused the admin page.
    let b = app.browser();
    let res = b
        .get(app.url("/account/second-factor"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let res = b.get(app.url("/admin/second-factor")).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let (signed_in, _) = app.signed_up_browser("/register").await;
    let res = signed_in
        .get(app.url("/admin/second-factor"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403, "a traveler is not an administrator");
}

/// Signs in through the login page; returns the response to the password.
async fn page_login(app: &TestApp, b: &reqwest::Client, email: &str) -> reqwest::Response {
    let csrf = app.form_token(b, "/login").await;
    b.post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email),
            ("password", PASSWORD),
            ("next", "/console"),
        ])
        .send()
        .await
        .unwrap()
}

fn location(res: &reqwest::Response) -> String {
    res.headers()[reqwest::header::LOCATION]
        .to_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn staff_without_a_factor_set_one_up_before_anything_else() {
    let app = spawn_app().await;
    let (_, email) = bare_staff(&app, Role::Officer, Some("san-ysidro")).await;
    let b = app.browser();
    let res = page_login(&app, &b, &email).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/login/second-factor");
    // No session yet: the console sends them to the login page.
    let console = b.get(app.url("/console")).send().await.unwrap();
    assert_eq!(console.status(), 303);
    assert!(location(&console).starts_with("/login"));
    assert_eq!(app.count("sessions").await, 0);
    let html = b
        .get(app.url("/login/second-factor"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("<svg"), "a QR code");
    let uri_start = html.find("otpauth://totp/Garita:").unwrap();
    let uri = &html[uri_start..html[uri_start..].find('"').unwrap() + uri_start];
    let secret_b32 = uri
        .split("secret=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    let secret = base32_decode(secret_b32).unwrap();
    let csrf = csrf_of(&html);
    let res = b
        .post(app.url("/login/second-factor"))
        .form(&[("csrf_token", csrf.as_str()), ("code", &app.totp(&secret))])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert_eq!(html.matches("<li><strong class=\"code\"").count(), 10);
    assert_eq!(
        b.get(app.url("/console")).send().await.unwrap().status(),
        200
    );
    // The pending login was used up: its page now sends back to the login.
    let again = b.get(app.url("/login/code")).send().await.unwrap();
    assert!(location(&again).starts_with("/login?"));
}

#[tokio::test]
async fn the_code_page_follows_the_password_and_a_pending_login_is_single_use() {
    let app = spawn_app().await;
    let (id, email) = bare_staff(&app, Role::Admin, None).await;
    let secret = garita::accounts::second_factor::enrol_now(&app.state, id)
        .await
        .unwrap();
    let b = app.browser();
    let res = page_login(&app, &b, &email).await;
    assert_eq!(location(&res), "/login/code");
    let csrf = app.form_token(&b, "/login/code").await;
    let res = b
        .post(app.url("/login/code"))
        .form(&[("csrf_token", csrf.as_str()), ("code", "000000")])
        .send()
        .await
        .unwrap();
    let wrong_is_right = app.totp(&secret) == "000000";
    if !wrong_is_right {
        assert_eq!(res.status(), 401);
    }
    let res = b
        .post(app.url("/login/code"))
        .form(&[("csrf_token", csrf.as_str()), ("code", &app.totp(&secret))])
        .send()
        .await
        .unwrap();
    if !wrong_is_right {
        assert_eq!(res.status(), 303);
        assert_eq!(location(&res), "/console");
    }
    assert_eq!(app.count("pending_logins").await, 0);
    // A pending login expires.
    let b2 = app.browser();
    page_login(&app, &b2, &email).await;
    app.clock.advance(chrono::Duration::minutes(6));
    let res = b2.get(app.url("/login/code")).send().await.unwrap();
    let back = location(&res);
    assert!(back.starts_with("/login?"));
    // The sign-in page then says why the person is back there.
    let html = b2
        .get(app.url(&back))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("took too long between your password and your code"),
        "{html}"
    );
    let _ = code_at(&secret, 0);
}

#[tokio::test]
async fn key_rotation_reseals_the_secret_and_codes_still_work() {
    let app = spawn_app().await;
    let (_, email, secret, _) = traveler_with_factor(&app).await;
    let newer = garita::config::MasterKey::random();
    let vault = garita::storage::vault::Vault::with_keyring(garita::storage::vault::Keyring {
        current: &newer,
        older: std::slice::from_ref(&app.state.settings.master_key),
        lookup: app
            .state
            .settings
            .lookup_key
            .as_ref()
            .unwrap_or(&app.state.settings.master_key),
    })
    .unwrap();
    let report = garita::storage::rotate::rotate(&app.state.db, &vault, 10)
        .await
        .unwrap();
    let column = report
        .columns
        .iter()
        .find(|c| c.table == "second_factors")
        .unwrap();
    assert_eq!(column.resealed, 1);
    let (sealed,): (Vec<u8>,) = sqlx::query_as("SELECT secret_sealed FROM second_factors")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    let id: i64 = sqlx::query_as::<_, (i64,)>("SELECT account_id FROM second_factors")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap()
        .0;
    assert_eq!(
        vault.open(&format!("second-factor:{id}"), &sealed).unwrap(),
        secret
    );
    let _ = email;
}
