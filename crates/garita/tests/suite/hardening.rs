//! Defects found by a red-team pass, each with the test that would have caught it: an open
//! redirect after login, personal JSON without `no-store`, the bearer scheme's case, a GET
//! that wrote to the account, and a CSRF secret that outlived the login.

use crate::common;

use common::{csrf_of, spawn_app, TestApp, PASSWORD};
use garita_domain::roles::Role;
use serde_json::json;

/// Logs in through the page with `next`, returns the response (not followed).
async fn login_with_next(
    app: &TestApp,
    b: &reqwest::Client,
    email: &str,
    next: &str,
) -> reqwest::Response {
    let csrf = app.form_token(b, "/login").await;
    b.post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email),
            ("password", PASSWORD),
            ("next", next),
        ])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn after_login_only_a_path_of_this_site_is_followed() {
    let app = spawn_app().await;
    let (email, _) = app.traveler().await;
    for (next, want) in [
        ("/ports", "/ports"),
        ("/appointment?lang=es", "/appointment?lang=es"),
        ("/\t/evil.example/", "/group"),
        ("//evil.example/", "/group"),
        ("/\\evil.example/", "/group"),
        ("https://evil.example/", "/group"),
        ("/ports\r\nSet-Cookie: x=1", "/group"),
        ("/ports\u{0}", "/group"),
        ("", "/group"),
    ] {
        let res = login_with_next(&app, &app.browser(), &email, next).await;
        assert_eq!(res.status(), 303, "next={next:?}");
        assert_eq!(res.headers()["location"], want, "next={next:?}");
    }
}

#[tokio::test]
async fn personal_json_is_never_cached_and_public_json_says_so() {
    let app = spawn_app().await;
    let (email, token) = app.traveler().await;
    let officer = app.staff(Role::Officer, Some("laredo")).await;
    let res = app
        .post_json(
            "/api/v1/sessions",
            None,
            &json!({"email": email, "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 201);
    assert_eq!(
        res.headers()["cache-control"],
        "no-store",
        "the token response"
    );
    for (path, who) in [
        ("/api/v1/travelers", &token),
        ("/api/v1/appointment-requests/current", &token),
        ("/api/v1/console/appointments", &officer),
    ] {
        let res = app.get_json(path, Some(who)).await;
        assert!(res.status().is_success(), "{path}: {}", res.status());
        assert_eq!(res.headers()["cache-control"], "no-store", "{path}");
    }
    let feed = app.get_json("/api/v1/wait-times", None).await;
    assert_eq!(feed.headers()["cache-control"], "public, max-age=60");
}

#[tokio::test]
async fn the_bearer_scheme_is_case_insensitive() {
    let app = spawn_app().await;
    let (_, token) = app.traveler().await;
    for scheme in ["Bearer", "bearer", "BEARER", "bEaReR"] {
        let res = app
            .api
            .get(app.url("/api/v1/travelers"))
            .header("authorization", format!("{scheme} {token}"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{scheme}");
    }
    let res = app
        .api
        .get(app.url("/api/v1/travelers"))
        .header("authorization", format!("Basic {token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
}

#[tokio::test]
async fn switching_language_by_a_link_changes_nothing_stored() {
    let app = spawn_app().await;
    let (b, _) = app.signed_up_browser("/register?lang=es").await;
    let stored = || async {
        let (lang,): (Option<String>,) = sqlx::query_as("SELECT language FROM accounts")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
        lang
    };
    let before = stored().await;
    let res = b.get(app.url("/?lang=fr")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("<html lang=\"fr\""),
        "the page follows the switch"
    );
    assert_eq!(stored().await, before, "a GET wrote to the account");
    // The choice is remembered on this device, by cookie.
    let html = b
        .get(app.url("/ports"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("<html lang=\"fr\""));
}

#[tokio::test]
async fn logging_in_renews_the_csrf_secret() {
    let app = spawn_app().await;
    let (email, _) = app.traveler().await;
    let b = app.browser();
    let first = b.get(app.url("/login")).send().await.unwrap();
    let before = first
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("garita-csrf="))
        .expect("a CSRF cookie at first visit");
    let res = login_with_next(&app, &b, &email, "/group").await;
    assert_eq!(res.status(), 303);
    let after = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("garita-csrf="))
        .expect("a new CSRF cookie at login");
    assert_ne!(before.split(';').next(), after.split(';').next());
    // The old form token no longer passes; the new page's does.
    let html = b
        .get(app.url("/group"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!csrf_of(&html).is_empty());
}

#[tokio::test]
async fn capacity_changes_only_from_today_to_the_horizon() {
    let app = spawn_app().await;
    let officer = app.staff(Role::Officer, Some("laredo")).await;
    let port = app.state.ports.iter().find(|p| p.id == "laredo").unwrap();
    let today = garita::port_console::port_today(port, app.now());
    let horizon = app.state.settings.cycle.days_ahead;
    for (day, want) in [
        (today - chrono::Duration::days(1), 422),
        (today, 200),
        (today + chrono::Duration::days(horizon), 200),
        (today + chrono::Duration::days(horizon + 1), 422),
    ] {
        let res = app
            .api
            .put(app.url(&format!("/api/v1/ports/laredo/capacity/{day}")))
            .bearer_auth(&officer)
            .json(&json!({"slots": [{"start": "07:00", "capacity": 5}]}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), want, "{day}");
    }
}
