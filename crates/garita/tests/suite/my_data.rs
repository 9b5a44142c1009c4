//! "My data" over HTTP: re-authentication and its window, the export (members decrypted,
//! photos, who viewed as role + port + time), deletion (places given back, sessions ended,
//! rows erased, sign-in refused, `garita audit verify` still passes), who may reach each
//! endpoint, and the public help, privacy and contact pages.

use crate::common;

use base64::Engine as _;
use chrono::Duration;
use common::{member, png, small_ports, spawn_with, TestApp, PASSWORD};
use garita_domain::roles::Role;
use serde_json::{json, Value};

struct Person {
    email: String,
    token: String,
    members: Vec<String>,
}

/// A traveler with `n` members named "<prefix> i", each with a photo.
async fn person(app: &TestApp, n: usize, prefix: &str) -> Person {
    let (email, token) = app.traveler().await;
    let mut members = Vec::new();
    for i in 0..n {
        let m: Value = app
            .post_json(
                "/api/v1/travelers",
                Some(&token),
                &member(&format!("{prefix} {i}")),
            )
            .await
            .json()
            .await
            .unwrap();
        let id = m["id"].as_str().unwrap().to_string();
        let res = app
            .api
            .put(app.url(&format!("/api/v1/travelers/{id}/photo")))
            .bearer_auth(&token)
            .body(png(200, 260))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 204);
        members.push(id);
    }
    Person {
        email,
        token,
        members,
    }
}

/// The person asks for `port`, is drawn and confirms; returns the appointment and pass codes.
async fn confirmed(app: &TestApp, p: &Person, port: &str) -> (String, Vec<String>) {
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(&p.token),
            &json!({"ports": [port], "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0}}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let day = garita::appointments::cycle::next_draw_day(&app.state.settings.cycle, app.now());
    garita::draw::run(&app.state, day, app.now(), true)
        .await
        .unwrap();
    let s: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(&p.token))
        .await
        .json()
        .await
        .unwrap();
    let id = s["appointment"]["id"]
        .as_str()
        .expect("selected")
        .to_string();
    let c: Value = app
        .post_json(
            &format!("/api/v1/appointments/{id}/confirm"),
            Some(&p.token),
            &json!({}),
        )
        .await
        .json()
        .await
        .unwrap();
    let codes = c["passes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap().to_string())
        .collect();
    (id, codes)
}

async fn reauth(app: &TestApp, token: &str, password: &str) -> reqwest::Response {
    app.post_json(
        "/api/v1/me/reauthentication",
        Some(token),
        &json!({"password": password}),
    )
    .await
}

async fn delete_me(app: &TestApp, token: Option<&str>, password: &str) -> reqwest::Response {
    let mut req = app
        .api
        .delete(app.url("/api/v1/me"))
        .json(&json!({"password": password}));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    req.send().await.unwrap()
}

/// Text as the templates write it (askama's HTML escaping).
fn esc(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

fn audit_verify(app: &TestApp) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_garita"))
        .args(["audit", "verify", "--database", &app.db_url])
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// Every text column of the audit trail, joined: what a reader of the trail could see.
async fn audit_text(app: &TestApp) -> String {
    #[derive(sqlx::FromRow)]
    struct Line {
        actor_role: String,
        action: String,
        subject: String,
        detail: String,
        ip: String,
    }
    let rows: Vec<Line> = sqlx::query_as(
        "SELECT actor_role, action, subject, detail, ip FROM audit_log ORDER BY seq",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap();
    rows.iter()
        .map(|r| {
            format!(
                "{} {} {} {} {}",
                r.actor_role, r.action, r.subject, r.detail, r.ip
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

async fn taken(app: &TestApp, port: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(taken), 0) AS BIGINT) FROM slots WHERE port_id = $1",
    )
    .bind(port)
    .fetch_one(&app.state.db.read)
    .await
    .unwrap()
}

async fn rows_of(app: &TestApp, table: &str, account_id: i64) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM {table} WHERE account_id = $1"
    )))
    .bind(account_id)
    .fetch_one(&app.state.db.read)
    .await
    .unwrap()
}

async fn account_id(app: &TestApp, member_id: &str) -> i64 {
    sqlx::query_scalar("SELECT account_id FROM travelers WHERE id = $1")
        .bind(member_id)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_export_needs_a_fresh_reauthentication_and_holds_everything_on_the_account() {
    let app = spawn_with(small_ports(10)).await;
    let p = person(&app, 2, "Ana").await;

    let res = app.get_json("/api/v1/me/data", Some(&p.token)).await;
    assert_eq!(res.status(), 409);
    assert_eq!(
        res.json::<Value>().await.unwrap()["code"],
        "reauthentication-required"
    );
    assert_eq!(
        reauth(&app, &p.token, "not the password").await.status(),
        401
    );
    assert_eq!(
        app.get_json("/api/v1/me/data", Some(&p.token))
            .await
            .status(),
        409
    );
    assert_eq!(reauth(&app, &p.token, PASSWORD).await.status(), 204);

    let res = app.get_json("/api/v1/me/data", Some(&p.token)).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let data: Value = res.json().await.unwrap();
    assert_eq!(data["account"]["email"], p.email.as_str());
    let members = data["members"].as_array().unwrap();
    let mut names: Vec<&str> = members
        .iter()
        .map(|m| m["full_name"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["Ana 0", "Ana 1"]);
    for m in members {
        let jpeg = base64::engine::general_purpose::STANDARD
            .decode(m["photo_jpeg_base64"].as_str().unwrap())
            .unwrap();
        assert_eq!(&jpeg[..2], &[0xFF, 0xD8], "a JPEG");
    }
    assert_eq!(
        app.count("audit_log WHERE action = 'data-export'").await,
        1,
        "the export itself is audited"
    );

    // The window is ten minutes, by the service's clock.
    app.clock.advance(Duration::minutes(11));
    assert_eq!(
        app.get_json("/api/v1/me/data", Some(&p.token))
            .await
            .status(),
        409
    );
}

#[tokio::test]
async fn the_export_shows_who_viewed_as_role_port_and_time_never_the_officer() {
    let app = spawn_with(small_ports(10)).await;
    let p = person(&app, 1, "Bea").await;
    let (_, codes) = confirmed(&app, &p, "el-paso").await;
    let officer_email = "officer.person@example.org";
    let e = garita_domain::accounts::Email::parse(officer_email).unwrap();
    let pw = garita_domain::accounts::Password::parse(PASSWORD, |_| false).unwrap();
    let officer_id = garita::accounts::create_account(
        &app.state,
        &e,
        &pw,
        garita_domain::roles::AccountKind::Staff,
        &common::grants(Role::Officer, Some("el-paso")),
        Some("en"),
    )
    .await
    .unwrap();
    let secret = garita::accounts::second_factor::enrol_now(&app.state, officer_id)
        .await
        .unwrap();
    let officer = app.login_with_code(officer_email, PASSWORD, &secret).await;
    let res = app
        .get_json(
            &format!("/api/v1/console/passes/{}/photo", codes[0]),
            Some(&officer),
        )
        .await;
    assert_eq!(res.status(), 200);

    assert_eq!(reauth(&app, &p.token, PASSWORD).await.status(), 204);
    let data: Value = app
        .get_json("/api/v1/me/data", Some(&p.token))
        .await
        .json()
        .await
        .unwrap();
    let views = data["views"].as_array().unwrap();
    let photo = views
        .iter()
        .find(|v| v["action"] == "view-photo")
        .expect("the officer's view is listed");
    assert_eq!(photo["role"], "officer");
    assert_eq!(photo["port"], "el-paso");
    assert!(photo["at"].as_i64().unwrap() > 0);
    let text = data.to_string();
    assert!(!text.contains(officer_email));
    assert!(photo.get("actor_id").is_none(), "never which officer");
    assert!(data["appointments"][0]["passes"][0]["code"].is_string());
}

#[tokio::test]
async fn deleting_gives_the_places_back_erases_the_account_and_the_audit_trail_still_verifies() {
    let app = spawn_with(small_ports(10)).await;
    let p = person(&app, 2, "Carmen Secreta").await;
    let other = person(&app, 1, "Dora").await;
    let id = account_id(&app, &p.members[0]).await;
    let (appointment, _) = confirmed(&app, &p, "el-paso").await;
    assert_eq!(taken(&app, "el-paso").await, 2);
    // A second session of the same person, on another phone.
    let second = app.login(&p.email, PASSWORD).await;

    assert_eq!(
        delete_me(&app, Some(&p.token), "wrong password")
            .await
            .status(),
        401
    );
    assert_eq!(app.count("accounts").await, 2);
    assert_eq!(
        delete_me(&app, Some(&p.token), PASSWORD).await.status(),
        204
    );

    assert_eq!(taken(&app, "el-paso").await, 0, "the places went back");
    for table in [
        "sessions",
        "travelers",
        "appointment_requests",
        "appointments",
        "notifications",
        "idempotency_keys",
    ] {
        assert_eq!(rows_of(&app, table, id).await, 0, "{table}");
    }
    assert_eq!(
        app.count("accounts").await,
        1,
        "only the other account is left"
    );
    assert_eq!(
        app.count(&format!("passes WHERE appointment_id = '{appointment}'"))
            .await,
        0
    );
    assert_eq!(
        app.count(&format!(
            "photos WHERE traveler_id IN ('{}', '{}')",
            p.members[0], p.members[1]
        ))
        .await,
        0
    );
    for token in [&p.token, &second] {
        assert_eq!(
            app.get_json("/api/v1/travelers", Some(token))
                .await
                .status(),
            401
        );
    }
    let res = app
        .post_json(
            "/api/v1/sessions",
            None,
            &json!({"email": p.email, "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 401, "sign-in refused");
    // The other traveler is untouched.
    let other_id = account_id(&app, &other.members[0]).await;
    assert_eq!(rows_of(&app, "travelers", other_id).await, 1);
    assert_eq!(rows_of(&app, "sessions", other_id).await, 1);

    // The trail names the account only by number and still verifies.
    assert_eq!(
        app.count(&format!(
            "audit_log WHERE action = 'account-delete' AND subject = 'account:{id}'"
        ))
        .await,
        1
    );
    let text = audit_text(&app).await;
    assert!(!text.contains("Carmen"), "no name in the trail");
    assert!(!text.contains(&p.email), "no e-mail in the trail");
    assert!(!text.contains("127.0.0.1"), "no address in the trail");
    let (ok, out) = audit_verify(&app);
    assert!(ok, "{out}");
}

#[tokio::test]
async fn every_endpoint_refuses_the_anonymous_and_staff_and_a_traveler_reaches_only_their_own() {
    let app = spawn_with(small_ports(10)).await;
    let a = person(&app, 1, "Elena").await;
    let b = person(&app, 1, "Flor").await;
    let officer = app.staff(Role::Officer, Some("el-paso")).await;
    let admin = app.staff(Role::Admin, None).await;

    assert_eq!(app.get_json("/api/v1/me/data", None).await.status(), 401);
    assert_eq!(reauth(&app, "", PASSWORD).await.status(), 401);
    assert_eq!(
        app.post_json(
            "/api/v1/me/reauthentication",
            None,
            &json!({"password": PASSWORD})
        )
        .await
        .status(),
        401
    );
    assert_eq!(delete_me(&app, None, PASSWORD).await.status(), 401);
    for staff in [&officer, &admin] {
        assert_eq!(
            app.get_json("/api/v1/me/data", Some(staff)).await.status(),
            403
        );
        assert_eq!(reauth(&app, staff, PASSWORD).await.status(), 403);
        assert_eq!(delete_me(&app, Some(staff), PASSWORD).await.status(), 403);
    }
    assert_eq!(app.count("accounts").await, 4);

    // B's password does not open A's window; each export holds only its own members.
    assert_eq!(reauth(&app, &b.token, PASSWORD).await.status(), 204);
    assert_eq!(
        app.get_json("/api/v1/me/data", Some(&a.token))
            .await
            .status(),
        409
    );
    let mine: Value = app
        .get_json("/api/v1/me/data", Some(&b.token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["members"].as_array().unwrap().len(), 1);
    assert_eq!(mine["members"][0]["full_name"], "Flor 0");
    assert!(!mine.to_string().contains("Elena"));

    // Pages: the anonymous are sent to sign in; staff are refused.
    let anon = app.browser();
    for path in ["/my-data", "/my-data/export.json", "/my-data/delete"] {
        let res = anon.get(app.url(path)).send().await.unwrap();
        assert_ne!(res.status(), 200, "{path}");
        assert!(!res.text().await.unwrap().contains("Flor"));
    }
}

#[tokio::test]
async fn in_the_browser_reauthenticate_read_download_then_delete() {
    let app = spawn_with(small_ports(10)).await;
    let (b, csrf) = app.signed_up_browser("/register?lang=es").await;

    let html = b
        .get(app.url("/my-data"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("action=\"/my-data/reauthenticate\""));
    assert!(!html.contains("rosa@example.org"));
    let res = b.get(app.url("/my-data/export.json")).send().await.unwrap();
    assert_eq!(res.status(), 303, "no download before the password");

    let res = b
        .post(app.url("/my-data/reauthenticate"))
        .form(&[("csrf_token", csrf.as_str()), ("password", "wrong one")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let res = b
        .post(app.url("/my-data/reauthenticate"))
        .form(&[("csrf_token", "forged"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403, "CSRF");
    let res = b
        .post(app.url("/my-data/reauthenticate"))
        .form(&[("csrf_token", csrf.as_str()), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);

    let html = b
        .get(app.url("/my-data"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("rosa@example.org"));
    let res = b.get(app.url("/my-data/export.json")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    assert_eq!(res.headers()["cache-control"], "no-store");
    let data: Value = res.json().await.unwrap();
    assert_eq!(data["account"]["email"], "rosa@example.org");
    // The page says who did what in the reader's words, never the trail's action names.
    let html = b
        .get(app.url("/my-data"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Descargó sus datos"), "{html}");
    assert!(!html.contains(">data-export<"));

    let html = b
        .get(app.url("/my-data/delete"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let tr = garita::i18n::Tr::new(
        app.state.catalogs.clone(),
        app.state.catalogs.find("es").unwrap(),
    );
    assert!(html.contains(&esc(&tr.t("my-data-delete-sessions"))));
    // Without the box ticked nothing happens.
    let res = b
        .post(app.url("/my-data/delete"))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(app.count("accounts").await, 1);
    let res = b
        .post(app.url("/my-data/delete"))
        .form(&[("csrf_token", csrf.as_str()), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/my-data/deleted");
    assert_eq!(app.count("accounts").await, 0);
    let res = app
        .post_json(
            "/api/v1/sessions",
            None,
            &json!({"email": "rosa@example.org", "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 401);
    let (ok, out) = audit_verify(&app);
    assert!(ok, "{out}");
}

#[tokio::test]
async fn help_privacy_and_contact_are_public_cacheable_and_the_privacy_table_is_the_jobs_table() {
    let app = spawn_with(|_| {}).await;
    let rules = garita::retention::rules(&app.state);
    for code in app
        .state
        .catalogs
        .locales()
        .iter()
        .map(|l| l.code)
        .collect::<Vec<_>>()
    {
        let tr = garita::i18n::Tr::new(
            app.state.catalogs.clone(),
            app.state.catalogs.find(code).unwrap(),
        );
        let b = app.browser();
        let help = b
            .get(app.url(&format!("/help?lang={code}")))
            .send()
            .await
            .unwrap();
        assert_eq!(help.status(), 200);
        assert!(help.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age"));
        let html = help.text().await.unwrap();
        assert!(html.contains(&esc(&tr.t("help-not-permission"))), "{code}");
        let html = b
            .get(app.url("/privacy"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(
            html.matches("<th scope=\"row\">").count(),
            rules.len(),
            "{code}"
        );
        for r in &rules {
            assert!(
                html.contains(&esc(&tr.t(&format!("retention-kind-{}", r.kind)))),
                "{code}: {}",
                r.kind
            );
        }
        let contact = b.get(app.url("/contact")).send().await.unwrap();
        assert_eq!(contact.status(), 200);
        assert!(contact
            .text()
            .await
            .unwrap()
            .contains(&esc(&tr.t("contact-never-pay"))));
    }
    // The limits shown are the jobs' limits.
    let html = app
        .browser()
        .get(app.url("/privacy?lang=en"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(&format!("{} days", garita::retention::ENDED_DAYS)));
    assert!(html.contains(&format!(
        "{} days",
        app.state.settings.notifications.keep_bodies_days
    )));
    // Signed in, the page is not kept by any cache (its header carries a token).
    let (b, _) = app.signed_up_browser("/register").await;
    let res = b.get(app.url("/help")).send().await.unwrap();
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert!(res.text().await.unwrap().contains("href=\"/my-data\""));
}

#[tokio::test]
async fn the_contact_page_gives_the_operators_address_when_one_is_set() {
    let app = spawn_with(|s| {
        s.notifications.contact_email = Some("ayuda@example.org".into());
    })
    .await;
    let page = app
        .api
        .get(app.url("/contact?lang=es"))
        .send()
        .await
        .unwrap();
    let html = page.text().await.unwrap();
    assert!(html.contains("mailto:ayuda@example.org"), "{html}");
    assert!(html.contains("Para comunicarse con quienes administran este servicio"));
    let app = spawn_with(|_| {}).await;
    let html = app
        .api
        .get(app.url("/contact?lang=es"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains("mailto:"));
    assert!(html.contains("todavía no han publicado una dirección de contacto"));
}
