//! Smaller things seen when Garita was tried as a new user would (issue 12, item 5): where a
//! login lands, the officer's saved check-in, tables that read as cards on a phone, the
//! installed app's start page, the document number, one's own id in the draw, the demo at
//! any hour, the photo step and the API reference. (The browser's side:
//! `e2e/smaller_things.test.mjs`.)

use crate::common;

use chrono::{DateTime, NaiveDate, Utc};
use common::{csrf_of, member, png, spawn_app, spawn_with, TestApp, PASSWORD};
use garita_domain::accounts::{Email, Password};
use garita_domain::roles::Role;
use reqwest::Client;
use serde_json::{json, Value};

fn location(res: &reqwest::Response) -> String {
    res.headers()["location"].to_str().unwrap().to_string()
}

async fn html(b: &Client, url: String) -> (u16, String) {
    let res = b.get(url).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

/// Signs in through the login page with `next` as the form carries it ("" when the login
/// page was opened without one).
async fn log_in(app: &TestApp, b: &Client, email: &str, next: &str) -> reqwest::Response {
    log_in_with(app, b, email, PASSWORD, next).await
}

async fn log_in_with(
    app: &TestApp,
    b: &Client,
    email: &str,
    password: &str,
    next: &str,
) -> reqwest::Response {
    let csrf = app.form_token(b, "/login").await;
    let res = b
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email),
            ("password", password),
            ("next", next),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "signed in");
    res
}

/// A staff account of `role`, signed in through the login page (with its code) without a
/// `next`: where it lands.
async fn staff_lands(app: &TestApp, role: Role, port: Option<&str>) -> String {
    let email = format!("land-{}@example.org", role.as_str());
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
    let secret = garita::accounts::second_factor::enrol_now(&app.state, id)
        .await
        .unwrap();
    let b = app.browser();
    let res = log_in(app, &b, &email, "").await;
    assert_eq!(location(&res), "/login/code");
    let csrf = app.form_token(&b, "/login/code").await;
    let res = b
        .post(app.url("/login/code"))
        .form(&[("csrf_token", csrf.as_str()), ("code", &app.totp(&secret))])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    location(&res)
}

#[tokio::test]
async fn a_login_without_next_lands_each_role_on_its_own_page_and_a_safe_next_still_wins() {
    let app = spawn_app().await;
    assert_eq!(
        staff_lands(&app, Role::Officer, Some("san-ysidro")).await,
        "/console"
    );
    assert_eq!(staff_lands(&app, Role::Admin, None).await, "/admin/audit");
    let (email, _) = app.traveler().await;
    let b = app.browser();
    // The login page opened without `next` carries none, so the role decides.
    let (_, page) = html(&b, app.url("/login")).await;
    assert!(page.contains(r#"name="next" value="""#), "{page}");
    assert_eq!(location(&log_in(&app, &b, &email, "").await), "/group");
    let b = app.browser();
    assert_eq!(
        location(&log_in(&app, &b, &email, "/appointment").await),
        "/appointment"
    );
    let b = app.browser();
    assert_eq!(
        location(&log_in(&app, &b, &email, "//evil.example/").await),
        "/group",
        "an unsafe next still falls back"
    );
}

/// The demo's María (a confirmed appointment at San Ysidro today) and her pass codes.
async fn demo_maria(app: &TestApp) -> garita::demo::DemoAccount {
    garita::demo::load(&app.state)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.email == "maria@garita.test")
        .unwrap()
}

#[tokio::test]
async fn the_officers_check_in_saves_with_a_confirmation_and_keeps_their_place_in_the_list() {
    let app = spawn_app().await;
    let maria = demo_maria(&app).await;
    let seated = maria.seated.unwrap();
    let b = app
        .staff_browser(Role::Officer, Some("san-ysidro"), "/console")
        .await;
    let csrf = app.form_token(&b, "/console").await;
    let res = b
        .post(app.url("/console/check-in"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("code", seated.passes[0].as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let to = location(&res);
    assert!(to.ends_with("?saved=arrived"), "{to}");
    let id = to
        .trim_start_matches("/console/appointments/")
        .trim_end_matches("?saved=arrived")
        .to_string();
    let (_, page) = html(&b, app.url(&to)).await;
    assert!(
        page.contains(r#"<p class="flash" role="status">Checked in."#),
        "{page}"
    );
    assert!(page.contains(&format!("/console?port=san-ysidro#appointment-{id}")));
    // Each decision but the last: back to that person, said saved; the pass code stays out
    // of the URL (a bearer secret), only in the fragment.
    for (i, code) in seated.passes.iter().enumerate() {
        let res = b
            .post(app.url(&format!("/console/appointments/{id}/members/{code}")))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("identity", "confirmed"),
                ("outcome", "paroled-nta"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303);
        let to = location(&res);
        if i + 1 < seated.passes.len() {
            let (query, fragment) = to.split_once('#').unwrap();
            assert!(
                query.contains("?saved=") && !query.contains(code.as_str()),
                "{to}"
            );
            assert_eq!(fragment, format!("m-{code}"));
            let (_, page) = html(&b, app.url(query)).await;
            let card = &page[page.find(&format!(r#"id="m-{code}""#)).unwrap()..];
            let card = &card[..card.find("</section>").unwrap()];
            assert!(
                card.contains(r#"class="flash" role="status">Saved."#),
                "{card}"
            );
            assert_eq!(page.matches(r#"class="flash""#).count(), 1);
        } else {
            assert_eq!(
                to,
                format!("/console?port=san-ysidro&saved={id}#appointment-{id}")
            );
            let (_, page) = html(&b, app.url(to.split('#').next().unwrap())).await;
            let row = &page[page.find(&format!(r#"<tr id="appointment-{id}""#)).unwrap()..];
            let row = &row[..row.find("</tr>").unwrap()];
            assert!(row.contains(r#"class="saved""#), "{row}");
            assert!(row.contains("Saved: a decision is recorded"), "{row}");
        }
    }
    // Opened again later, nothing says saved.
    let (_, page) = html(&b, app.url("/console")).await;
    assert!(!page.contains(r#"class="flash""#));
}

#[tokio::test]
async fn console_and_wait_time_tables_label_every_cell_so_they_read_as_cards_on_a_phone() {
    let app = spawn_app().await;
    demo_maria(&app).await;
    let b = app
        .staff_browser(Role::Officer, Some("san-ysidro"), "/console")
        .await;
    let (_, console) = html(&b, app.url("/console")).await;
    let (_, port) = html(&app.browser(), app.url("/wait-times/san-ysidro")).await;
    let (_, list) = html(&app.browser(), app.url("/wait-times")).await;
    for page in [&console, &port, &list] {
        let body = &page[page.find("<tbody>").expect("a table")..];
        let cells = body.matches("<td").count();
        assert!(cells > 0);
        assert_eq!(body.matches("<td data-label=\"").count(), cells, "{body}");
        assert!(page.contains("cards-narrow"));
    }
    let css = reqwest::get(app.url("/static/garita.css"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(css.contains("@media (max-width:30rem)"));
    assert!(css.contains(".cards-narrow td[data-label]::before{content:attr(data-label)"));
}

#[tokio::test]
async fn the_installed_app_starts_on_the_page_the_worker_serves_offline_as_the_kept_pass() {
    let app = spawn_app().await;
    let manifest: Value = reqwest::get(app.url("/manifest.webmanifest"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let start = manifest["start_url"].as_str().unwrap();
    let sw = reqwest::get(app.url("/sw.js"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(sw.contains(&format!("const START = '{start}';")), "{sw}");
    assert!(sw.contains("offline(event.request, true)"));
}

/// A browser signed up and signed in as a traveler, with its CSRF token.
async fn traveler_browser(app: &TestApp) -> (Client, String) {
    app.signed_up_browser("/register").await
}

#[tokio::test]
async fn the_document_number_says_it_is_required_with_a_document_and_only_then() {
    let app = spawn_app().await;
    let (b, csrf) = traveler_browser(&app).await;
    let (_, form) = html(&b, app.url("/group/members/new")).await;
    assert!(form.contains("Document number (required if you chose a document above)"));
    assert!(form.contains("If you have no document, leave both empty."));
    let post = |doc_type: &'static str, number: &'static str| {
        let b = b.clone();
        let csrf = csrf.clone();
        let url = app.url("/group/members");
        async move {
            b.post(url)
                .form(&[
                    ("csrf_token", csrf.as_str()),
                    ("full_name", "Ana Ruiz"),
                    ("date_of_birth", "1990-05-21"),
                    ("citizenship", "HN"),
                    ("language", "es"),
                    ("document_type", doc_type),
                    ("document_number", number),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    let res = post("passport", "").await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains(r#"id="document_number-error""#), "{page}");
    assert_eq!(
        post("", "").await.status(),
        303,
        "no document at all is fine"
    );
}

/// A traveler's group of one with a photo, as (e-mail, token).
async fn group_of_one(app: &TestApp) -> (String, String) {
    let (email, token) = app.traveler().await;
    let m: Value = app
        .post_json("/api/v1/travelers", Some(&token), &member("Ana Ruiz"))
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
    assert_eq!(res.status(), 204);
    (email, token)
}

async fn ask(app: &TestApp, token: &str) {
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(token),
            &json!({"ports": ["san-ysidro"],
                    "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0}}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
}

async fn draw(app: &TestApp) -> NaiveDate {
    let day = garita::appointments::cycle::next_draw_for_request(&app.state, app.now())
        .await
        .unwrap();
    garita::draw::run(&app.state, day, app.now(), true)
        .await
        .unwrap();
    day
}

#[tokio::test]
async fn a_traveler_finds_their_own_id_in_the_published_draw_and_the_past_draws_are_linked() {
    let app = spawn_app().await;
    let (email, token) = group_of_one(&app).await;
    let (_, other) = group_of_one(&app).await;
    ask(&app, &token).await;
    ask(&app, &other).await;
    let first = draw(&app).await;
    let published: Value = app
        .get_json(&format!("/api/v1/draws/{first}"), None)
        .await
        .json()
        .await
        .unwrap();
    let ids: Vec<String> = published["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 2);

    let b = app.browser();
    log_in(&app, &b, &email, "").await;
    let (_, page) = html(&b, app.url(&format!("/draws/{first}"))).await;
    let start = page
        .find(r#"<mark class="code break" dir="ltr" id="draw-my-id">"#)
        .expect("own id shown");
    let shown = &page[start..];
    let shown = &shown[shown.find('>').unwrap() + 1..shown.find("</mark>").unwrap()];
    assert!(
        ids.contains(&shown.to_string()),
        "{shown} is one of the draw's ids"
    );
    // Not the other group's: it is the one under which this account's request took part.
    let (_, other_view) = html(&app.browser(), app.url(&format!("/draws/{first}"))).await;
    assert!(!other_view.contains("draw-my-id"), "signed out: no id");
    let selected = published["results"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["request"] == shown);
    assert!(page.contains(if selected {
        "Your group was selected."
    } else {
        "Your group was not selected this time."
    }));

    // A second day's draw: its page links the first; the list links both.
    app.clock.advance(chrono::Duration::days(1));
    let (_, third) = group_of_one(&app).await;
    ask(&app, &third).await;
    let second = draw(&app).await;
    assert!(second > first);
    let b = app.browser();
    log_in(&app, &b, &email, "").await;
    let (_, page) = html(&b, app.url(&format!("/draws/{second}"))).await;
    assert!(page.contains(&format!(r#"href="/draws/{first}""#)));
    // Selected the first day: not in the second draw; else in it, under another id.
    if selected {
        assert!(page.contains("Your group did not take part in this draw."));
    } else {
        assert!(page.contains("draw-my-id") && !page.contains(shown));
    }
    let (status, list) = html(&b, app.url("/draws")).await;
    assert_eq!(status, 200);
    let (a, c) = (
        list.find(&format!(r#"href="/draws/{second}""#)).unwrap(),
        list.find(&format!(r#"href="/draws/{first}""#)).unwrap(),
    );
    assert!(a < c, "newest first");
}

fn central(at: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(at).unwrap().to_utc()
}

/// When San Ysidro's seated slot begins.
fn begins(app: &TestApp, seated: &garita::demo::Seated) -> DateTime<Utc> {
    let port = app
        .state
        .ports
        .iter()
        .find(|p| p.id == "san-ysidro")
        .unwrap();
    port.slot_begins(
        seated.day,
        chrono::NaiveTime::parse_from_str(&seated.start_time, "%H:%M").unwrap(),
    )
    .unwrap()
}

#[tokio::test]
async fn the_demo_seats_maria_in_a_slot_still_ahead_whatever_the_hour_and_ships_a_week_of_wait_times(
) {
    for at in [
        "2026-06-15T23:30:00-05:00",
        "2026-06-15T11:59:00-05:00",
        "2026-12-01T23:30:00-06:00",
        "2026-12-01T11:59:00-06:00",
    ] {
        let now = central(at);
        let app = spawn_with(|s| s.clock = garita::clock::Clock::frozen(now)).await;
        let seated = demo_maria(&app).await.seated.unwrap();
        assert!(begins(&app, &seated) > now, "{at}: seated ahead");
        // A week of reports at every port, on both lanes, up to now.
        let per_port = app.count("wait_time_reports").await / app.state.ports.len() as i64;
        assert!(per_port >= 2 * 7 * 12, "{at}: {per_port} reports a port");
        let (_, page) = html(&app.browser(), app.url("/wait-times/san-ysidro")).await;
        assert!(page.contains("<svg"), "{at}: the chart shows");

        // Started again hours later: seated ahead again, and no report twice.
        let earlier = app.now().timestamp();
        app.clock.advance(chrono::Duration::hours(7));
        let before = app.count("wait_time_reports").await;
        // Reports lie on a two-hour grid: those in (earlier, now] are new.
        let grid = |t: i64| t.div_euclid(2 * 3600);
        let hours_since = grid(app.now().timestamp()) - grid(earlier);
        let seated = demo_maria(&app).await.seated.unwrap();
        assert!(
            begins(&app, &seated) > app.now(),
            "{at} + 7 h: seated ahead"
        );
        let added = app.count("wait_time_reports").await - before;
        assert_eq!(
            added,
            app.state.ports.len() as i64 * 2 * hours_since,
            "{at}: only the hours since"
        );
    }
}

/// María's browser, signed in, and one member's id from her group page.
async fn maria_browser(app: &TestApp) -> (Client, String, String) {
    let maria = demo_maria(app).await;
    let b = app.browser();
    log_in_with(app, &b, &maria.email, &maria.password, "/group").await;
    let (_, page) = html(&b, app.url("/group?lang=en")).await;
    let start = page.find(r#"id="member-"#).unwrap() + r#"id="member-"#.len();
    let id = page[start..start + page[start..].find('"').unwrap()].to_string();
    (b, csrf_of(&page), id)
}

fn photo_form(csrf: &str, bytes: Vec<u8>) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new()
        .text("csrf_token", csrf.to_string())
        .part(
            "photo",
            reqwest::multipart::Part::bytes(bytes)
                .file_name("foto.png")
                .mime_str("image/png")
                .unwrap(),
        )
}

/// Whether María's (the demo's first family) appointment is still live.
async fn live(app: &TestApp) -> bool {
    let id: i64 = sqlx::query_scalar("SELECT id FROM accounts WHERE email_fingerprint = $1")
        .bind(app.state.vault.fingerprint("maria@garita.test"))
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    garita::appointments::live_appointment(&app.state, id)
        .await
        .unwrap()
        .is_some()
}

#[tokio::test]
async fn the_photo_step_offers_cameras_and_gallery_and_its_errors_lead_back_to_the_group() {
    let app = spawn_app().await;
    let (b, csrf, id) = maria_browser(&app).await;
    let (_, page) = html(&b, app.url("/group")).await;
    let input = &page[page.find(&format!(r#"id="photo-{id}""#)).unwrap()..];
    let input = &input[..input.find('>').unwrap()];
    assert!(input.contains(r#"accept="image/*""#), "{input}");
    assert!(
        !input.contains("capture"),
        "no capture: cameras and gallery"
    );
    assert!(page.contains(r#"<script src="/static/photo.js?v=1" defer></script>"#));
    let js = b.get(app.url("/static/photo.js")).send().await.unwrap();
    assert_eq!(js.status(), 200);
    let js = js.text().await.unwrap();
    assert!(js.contains("var MAX = 1600;") && js.contains("toBlob"));

    // Too small a photo: the message, and the way back to that person on the group page.
    let res = b
        .post(app.url(&format!("/group/members/{id}/photo")))
        .multipart(photo_form(&csrf, png(20, 20)))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(
        page.contains(&format!(r#"href="/group#member-{id}""#)),
        "{page}"
    );
    assert!(page.contains("Back to my group"));
    assert!(live(&app).await, "a refused photo changes nothing");
}

#[tokio::test]
async fn replacing_a_photo_after_selection_asks_first_and_voids_only_when_confirmed() {
    let app = spawn_app().await;
    let (b, csrf, id) = maria_browser(&app).await;
    let res = b
        .post(app.url(&format!("/group/members/{id}/photo")))
        .multipart(photo_form(&csrf, png(240, 320)))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "a confirmation page");
    let page = res.text().await.unwrap();
    assert!(page.contains("Replace this photo?"), "{page}");
    assert!(page.contains(&format!(r#"action="/group/members/{id}/photo/confirm""#)));
    assert!(live(&app).await, "asking changes nothing");
    let start = page.find(r#"name="staged" value=""#).unwrap() + r#"name="staged" value=""#.len();
    let staged = page[start..start + page[start..].find('"').unwrap()].to_string();

    // Sealed for this member: another member's confirmation does not take it.
    let res = b
        .post(app.url("/group/members/someone-else/photo/confirm"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("staged", &staged),
            ("confirm", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_ne!(res.status(), 303);
    assert!(live(&app).await);
    // Not confirmed: back to the group, nothing changed.
    let res = b
        .post(app.url(&format!("/group/members/{id}/photo/confirm")))
        .form(&[("csrf_token", csrf.as_str()), ("staged", &staged)])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/group");
    assert!(live(&app).await);
    // Too late: the photo waited more than 30 minutes.
    app.clock.advance(chrono::Duration::minutes(31));
    let res = b
        .post(app.url(&format!("/group/members/{id}/photo/confirm")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("staged", &staged),
            ("confirm", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains(&format!("/group#member-{id}")));
    assert!(live(&app).await);
    app.clock.advance(chrono::Duration::minutes(-31));
    // Confirmed: stored, and the appointment is voided.
    let res = b
        .post(app.url(&format!("/group/members/{id}/photo/confirm")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("staged", &staged),
            ("confirm", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/group");
    assert!(!live(&app).await, "voided");
    // With nothing to lose, a new photo is stored at once.
    let res = b
        .post(app.url(&format!("/group/members/{id}/photo")))
        .multipart(photo_form(&csrf, png(240, 320)))
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/group");
}

#[tokio::test]
async fn the_api_reference_is_a_server_rendered_page_of_every_operation_without_scripts() {
    let app = spawn_app().await;
    let doc: Value = app
        .get_json("/api/v1/openapi.json", None)
        .await
        .json()
        .await
        .unwrap();
    let res = app.api.get(app.url("/api/docs")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let page = res.text().await.unwrap();
    assert!(!page.contains("<script"), "no JavaScript");
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if method == "parameters" {
                continue;
            }
            operations += 1;
            let heading = format!(
                r#"dir="ltr">{} <code class="break">{}</code></h3>"#,
                method.to_uppercase(),
                path
            );
            assert!(page.contains(&heading), "{heading}");
            for status in op["responses"].as_object().unwrap().keys() {
                assert!(page.contains(&format!(r#"<code dir="ltr">{status}</code>"#)));
            }
        }
    }
    assert!(operations > 30, "{operations} operations");
    // A request body's fields: the session's e-mail and password.
    assert!(page.contains(r#"<code dir="ltr">password</code>"#));
    println!("api docs: {} operations, {} bytes", operations, page.len());
}
