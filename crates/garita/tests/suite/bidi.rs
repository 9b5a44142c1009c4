//! A name is shown isolated (`<bdi>`) wherever a page prints it, so a right-to-left name
//! cannot pull the text around it (the pass code, the next name, the row's punctuation) into
//! its own direction: the officer's day list and check-in page, the traveler's group page.

use crate::common;

use chrono::Duration;
use common::{small_ports, spawn_with, TestApp};
use garita_domain::roles::Role;
use serde_json::{json, Value};

/// Arabic then Latin: in a left-to-right row, without isolation, "Ali" and what follows
/// would be laid out as part of the Arabic run.
const NAME: &str = "محمد عبد الله Ali";

async fn page(client: &reqwest::Client, url: String) -> String {
    let res = client.get(url).send().await.unwrap();
    assert_eq!(res.status(), 200, "{}", res.url());
    res.text().await.unwrap()
}

/// Every time `name` is printed as text in `html` it is inside `<bdi>…</bdi>`, and it is
/// printed at least `at_least` times. (Attributes such as a photo's `alt` cannot hold
/// elements; those are left out by counting only the `>name<` occurrences.)
fn isolated_everywhere(html: &str, name: &str, at_least: usize) {
    let as_text = html.matches(&format!(">{name}<")).count();
    let isolated = html.matches(&format!("<bdi>{name}</bdi>")).count();
    assert!(isolated >= at_least, "{isolated} isolated in:\n{html}");
    assert_eq!(as_text, isolated, "a name printed without <bdi>:\n{html}");
}

#[tokio::test]
async fn the_group_page_isolates_each_name() {
    let app = spawn_with(|_| {}).await;
    let (b, csrf) = app.signed_up_browser("/register?lang=es").await;
    let res = b
        .post(app.url("/group/members"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("idempotency_key", "form-key-bidi-0001"),
            ("full_name", NAME),
            ("date_of_birth", "1988-03-09"),
            ("citizenship", "SY"),
            ("language", "ar"),
            ("document_type", ""),
            ("document_number", ""),
            ("contact", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let html = page(&b, app.url("/group")).await;
    // The card's heading and the hidden labels of its two buttons.
    isolated_everywhere(&html, NAME, 3);
}

/// A group of two named `NAME 0` and `NAME 1`, drawn and confirmed at `port`, its
/// appointment moved to the port's today. Returns the appointment's id.
async fn confirmed_today(app: &TestApp, port: &str) -> String {
    let token = app.group(2, NAME).await;
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(&token),
            &json!({"ports": [port], "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0}}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let day = garita::appointments::cycle::next_draw_day(&app.state.settings.cycle, app.now());
    garita::draw::run(&app.state, day, app.now(), true)
        .await
        .unwrap();
    let s: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    let id = s["appointment"]["id"]
        .as_str()
        .expect("selected")
        .to_string();
    let res = app
        .post_json(
            &format!("/api/v1/appointments/{id}/confirm"),
            Some(&token),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let p = app.state.ports.iter().find(|p| p.id == port).unwrap();
    let today = garita::port_console::port_today(p, app.now());
    garita::draw::ensure_slots(&app.state, today, today + Duration::days(1))
        .await
        .unwrap();
    sqlx::query("UPDATE appointments SET day = $1 WHERE id = $2")
        .bind(today.to_string())
        .bind(&id)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    id
}

/// A browser logged in as a new officer of `port`.
async fn officer_browser(app: &TestApp, port: &str) -> reqwest::Client {
    app.staff_browser(Role::Officer, Some(port), "/console")
        .await
}

#[tokio::test]
async fn the_officers_day_list_and_check_in_page_isolate_each_name() {
    let app = spawn_with(small_ports(10)).await;
    let id = confirmed_today(&app, "san-ysidro").await;
    let b = officer_browser(&app, "san-ysidro").await;

    let html = page(&b, app.url("/console")).await;
    for i in 0..2 {
        isolated_everywhere(&html, &format!("{NAME} {i}"), 1);
    }
    // Each name is followed by its own pass code, outside the name's isolation.
    assert!(html.contains(&format!(
        "<bdi>{NAME} 0</bdi> <span class=\"code\" dir=\"ltr\">"
    )));

    let html = page(&b, app.url(&format!("/console/appointments/{id}"))).await;
    for i in 0..2 {
        isolated_everywhere(&html, &format!("{NAME} {i}"), 1);
    }
}
