//! The offline pass on a shared phone: logging out, another account signing in and "don't keep
//! on this phone" tell the browser to drop what it kept (`Clear-Site-Data`); a session that
//! merely expires does not. The pass page tells the service worker whose pass it is and until
//! when it may open. (The browser's side is `e2e/shared_phone.test.mjs`.)

use crate::common;

use common::{spawn_app, TestApp};
use reqwest::Client;

/// María of the demo: a confirmed appointment, logged in through the form in a browser.
async fn maria(app: &TestApp) -> (Client, reqwest::Response, garita::demo::DemoAccount) {
    let accounts = garita::demo::load(&app.state).await.unwrap();
    let maria = accounts
        .into_iter()
        .find(|a| a.email == "maria@garita.test")
        .unwrap();
    let b = app.browser();
    let res = log_in(app, &b, &maria.email, &maria.password).await;
    (b, res, maria)
}

async fn log_in(app: &TestApp, b: &Client, email: &str, password: &str) -> reqwest::Response {
    let csrf = app.form_token(b, "/login").await;
    let res = b
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email),
            ("password", password),
            ("next", "/appointment/pass"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "signed in");
    res
}

/// The CSRF token of the forms of the pass page (the login renews the secret).
async fn csrf(app: &TestApp, b: &Client) -> String {
    app.form_token(b, "/appointment/pass").await
}

fn clears_cache(res: &reqwest::Response) -> bool {
    res.headers()
        .get_all("clear-site-data")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|d| d.trim() == "\"cache\"")
}

fn clears_anything(res: &reqwest::Response) -> bool {
    res.headers().contains_key("clear-site-data")
}

#[tokio::test]
async fn logging_in_and_logging_out_tell_the_browser_to_drop_the_kept_pass() {
    let app = spawn_app().await;
    let (b, login, _) = maria(&app).await;
    assert!(
        clears_cache(&login),
        "another account may have used this device before: {:?}",
        login.headers()
    );
    let csrf = csrf(&app, &b).await;
    let res = b
        .post(app.url("/logout"))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert!(clears_cache(&res), "logout: {:?}", res.headers());
}

#[tokio::test]
async fn the_pass_page_names_its_account_by_a_keyed_tag_and_keeps_until_the_end_of_its_day() {
    let app = spawn_app().await;
    let (b, _, maria) = maria(&app).await;
    let seated = maria.seated.unwrap();
    let res = b.get(app.url("/appointment/pass")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let tag = res.headers()["garita-pass-account"]
        .to_str()
        .unwrap()
        .to_string();
    let until: i64 = res.headers()["garita-pass-until"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(!clears_anything(&res));
    // The end of the appointment's day in the port's zone (San Ysidro: Pacific time).
    let port = app
        .state
        .ports
        .iter()
        .find(|p| p.id == seated.port || p.name == seated.port)
        .unwrap();
    let end = garita::passes::kept_until(port, seated.day).unwrap();
    assert_eq!(until, end.timestamp_millis());
    let local = end.with_timezone(&port.zone());
    assert_eq!(local.date_naive(), seated.day.succ_opt().unwrap());
    assert_eq!(local.time(), chrono::NaiveTime::MIN);
    // The tag says nothing personal, and differs from one account to the next.
    assert_eq!(tag.len(), 32);
    assert!(tag.chars().all(|c| c.is_ascii_hexdigit()));
    let other = app.traveler().await;
    assert!(!tag.contains(&other.0));
    let tags: std::collections::BTreeSet<String> = (1..=20)
        .map(|id| garita::passes::account_tag(&app.state, id))
        .collect();
    assert_eq!(tags.len(), 20);
    let html = res.text().await.unwrap();
    assert!(html.contains("/static/pass.js"), "the page keeps itself");
    assert!(html.contains("action=\"/appointment/pass/forget\""));
}

#[tokio::test]
async fn dont_keep_on_this_phone_drops_the_copy_and_the_page_stops_keeping_itself() {
    let app = spawn_app().await;
    let (b, _, _) = maria(&app).await;
    let csrf = csrf(&app, &b).await;
    let res = b
        .post(app.url("/appointment/pass/forget"))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/appointment/pass");
    assert!(clears_cache(&res), "don't keep: {:?}", res.headers());

    let res = b.get(app.url("/appointment/pass")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(!res.headers().contains_key("garita-pass-account"));
    let html = res.text().await.unwrap();
    assert!(
        !html.contains("/static/pass.js"),
        "the page no longer keeps itself"
    );
    assert!(html.contains("action=\"/appointment/pass/keep\""));

    // Without the CSRF token nothing happens.
    let res = b
        .post(app.url("/appointment/pass/keep"))
        .form(&[("csrf_token", "wrong")])
        .send()
        .await
        .unwrap();
    assert_ne!(res.status(), 303);
    let res = b
        .post(app.url("/appointment/pass/keep"))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let res = b.get(app.url("/appointment/pass")).send().await.unwrap();
    assert!(res.headers().contains_key("garita-pass-account"));
}

#[tokio::test]
async fn a_session_that_merely_expires_clears_nothing() {
    let app = spawn_app().await;
    let (b, _, _) = maria(&app).await;
    let idle = app.state.settings.session_idle;
    app.clock
        .advance(chrono::Duration::from_std(idle).unwrap() + chrono::Duration::minutes(1));
    for path in ["/appointment/pass", "/appointment", "/group", "/"] {
        let res = b.get(app.url(path)).send().await.unwrap();
        assert!(
            !clears_anything(&res),
            "{path} after the session expired: {:?}",
            res.headers()
        );
    }
    let res = b.get(app.url("/appointment/pass")).send().await.unwrap();
    assert_eq!(res.status(), 303, "the pass now asks to log in");
    assert!(res.headers()["location"]
        .to_str()
        .unwrap()
        .starts_with("/login"));
}
