//! Policies end to end over HTTP: each preset's own timing, a switch of policy on a date (the
//! draw before under the old rules, the one after under the new; both verify), a Mexican and a
//! Haitian family in the same southern city under `cbp-2024-08`, invalid input refused naming
//! the field with the old policy kept, and no policy for a day already drawn.

use crate::common;

use chrono::{DateTime, NaiveDate, Utc};
use common::{spawn_with, TestApp};
use garita_domain::roles::Role;
use serde_json::{json, Value};

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().to_utc()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn preset(name: &str) -> String {
    garita_domain::policy::preset(name).unwrap().to_string()
}

async fn with_policy(name: &str, at: &str) -> TestApp {
    let text = preset(name);
    let app = spawn_with(move |s| s.policy = Some(text)).await;
    app.clock.set(utc(at));
    app
}

const TIJUANA: (f64, f64) = (32.5149, -117.0382);
/// Oaxaca de Juárez: south of the 19th parallel, in a state no preset includes whole.
const OAXACA: (f64, f64) = (17.0732, -96.7266);

/// A traveler whose members have these citizenships (the holder first), each with a photo;
/// returns (e-mail, token).
async fn family(app: &TestApp, citizenships: &[&str]) -> (String, String) {
    let (email, token) = app.traveler().await;
    for (i, citizenship) in citizenships.iter().enumerate() {
        let m: Value = app
            .post_json(
                "/api/v1/travelers",
                Some(&token),
                &json!({"full_name": format!("Member {i}"), "date_of_birth": "1990-05-21",
                        "citizenship": citizenship, "language": "es"}),
            )
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
            .body(common::png(200, 260))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 204);
    }
    (email, token)
}

/// Signs in again (the clock moved past the session's idle time).
async fn again(app: &TestApp, email: &str) -> String {
    app.login(email, common::PASSWORD).await
}

async fn ask(app: &TestApp, token: &str, at: (f64, f64), address: bool) -> reqwest::Response {
    let mut body = json!({"ports": ["san-ysidro"],
        "location": {"latitude": at.0, "longitude": at.1, "accuracy_m": 50.0}});
    if address {
        body["us_address"] = json!({"state": "CA", "zip": "92101", "street": "100 Harbor Dr"});
    }
    app.post_json("/api/v1/appointment-requests", Some(token), &body)
        .await
}

async fn code(res: reqwest::Response) -> (u16, String) {
    let status = res.status().as_u16();
    let body: Value = res.json().await.unwrap_or_default();
    (status, body["code"].as_str().unwrap_or("").to_string())
}

async fn current(app: &TestApp, token: &str) -> Value {
    app.get_json("/api/v1/appointment-requests/current", Some(token))
        .await
        .json()
        .await
        .unwrap()
}

/// The published record of `d`, checked as `garita verify-draw` checks it; returns it.
async fn verified_record(app: &TestApp, d: NaiveDate) -> Value {
    let record: Value = app
        .get_json(&format!("/api/v1/draws/{d}"), None)
        .await
        .json()
        .await
        .unwrap();
    let published: garita_domain::draw::PublishedDraw =
        serde_json::from_value(record.clone()).unwrap();
    garita_domain::draw::verify(&published).unwrap();
    garita::policies::check_stamp(&record, &published.rule)
        .unwrap()
        .expect("the record names its policy");
    record
}

async fn run_draw(app: &TestApp, d: NaiveDate, at: &str) {
    app.clock.set(utc(at));
    garita::draw::run(&app.state, d, app.now(), false)
        .await
        .unwrap();
}

#[tokio::test]
async fn cbp_2024_08_runs_its_day_and_takes_a_mexican_family_but_not_a_haitian_one_from_oaxaca() {
    // 11:30 Eastern (EDT) on 10 March 2026: the window of the 11th's draw opens at 12:00.
    let app = with_policy("cbp-2024-08", "2026-03-10T15:30:00Z").await;
    let (mexican_email, mexican) = family(&app, &["MX", "MX"]).await;
    let (haitian_email, haitian) = family(&app, &["HT", "HT"]).await;
    assert_eq!(
        code(ask(&app, &mexican, TIJUANA, true).await).await,
        (409, "request-window-closed".into())
    );
    // 13:00 Eastern: the window is open.
    app.clock.set(utc("2026-03-10T17:00:00Z"));
    // The group's one U.S. address is required, and checked.
    assert_eq!(code(ask(&app, &mexican, OAXACA, false).await).await.0, 422);
    let res = ask(&app, &mexican, OAXACA, true).await;
    assert!(res.status().is_success(), "{}", res.text().await.unwrap());
    // Same city, Haitian: refused by the latitude rule, which the message names.
    let res = ask(&app, &haitian, OAXACA, true).await;
    assert_eq!(res.status(), 409);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["code"], "region-south-of-latitude");
    assert!(
        body["detail"].as_str().unwrap_or("").contains("19"),
        "{body}"
    );
    // From Tijuana the Haitian family may ask.
    assert!(ask(&app, &haitian, TIJUANA, true)
        .await
        .status()
        .is_success());
    let status = current(&app, &mexican).await;
    assert_eq!(status["request"]["next_draw"], "2026-03-11");
    // The address is sealed, never stored in clear.
    let sealed: Vec<(Option<Vec<u8>>,)> =
        sqlx::query_as("SELECT destination_sealed FROM appointment_requests")
            .fetch_all(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(sealed.len(), 2);
    assert!(sealed.iter().all(|(s,)| s
        .as_ref()
        .is_some_and(|b| !String::from_utf8_lossy(b).contains("Harbor"))));

    // The draw at 12:00 Eastern on the 11th; no carry-over: whoever is not selected asks again.
    run_draw(&app, day("2026-03-11"), "2026-03-11T16:30:00Z").await;
    let record = verified_record(&app, day("2026-03-11")).await;
    assert_eq!(record["policy"]["name"], "cbp-2024-08");
    assert_eq!(record["rule"], "oldest-share-then-random");
    assert_eq!(record["requests"].as_array().unwrap().len(), 2);
    for email in [&mexican_email, &haitian_email] {
        let token = again(&app, email).await;
        let s = current(&app, &token).await;
        let selected = s["appointment"].is_object();
        assert_eq!(
            s["request"]["status"],
            if selected { "selected" } else { "closed" },
            "{s}"
        );
    }
}

#[tokio::test]
async fn cbp_2024_08_can_require_every_members_citizenship() {
    let text =
        preset("cbp-2024-08").replace("applies_to = \"holder\"", "applies_to = \"all-members\"");
    let app = spawn_with(move |s| s.policy = Some(text)).await;
    app.clock.set(utc("2026-03-10T17:00:00Z"));
    let (_, mixed) = family(&app, &["MX", "HT"]).await;
    assert_eq!(
        code(ask(&app, &mixed, OAXACA, true).await).await,
        (409, "region-south-of-latitude".into())
    );
    let (_, all_mexican) = family(&app, &["MX", "MX"]).await;
    assert!(ask(&app, &all_mexican, OAXACA, true)
        .await
        .status()
        .is_success());
}

#[tokio::test]
async fn cbp_2023_05_takes_requests_in_its_23_hour_window_and_needs_no_address() {
    // 11:30 Eastern on the 11th: the window of the 11th's draw closed at 11:00, the 12th's
    // opens at 12:00.
    let app = with_policy("cbp-2023-05", "2026-03-11T15:30:00Z").await;
    let (email, token) = family(&app, &["VE"]).await;
    assert_eq!(
        code(ask(&app, &token, TIJUANA, false).await).await,
        (409, "request-window-closed".into())
    );
    app.clock.set(utc("2026-03-11T16:05:00Z"));
    let res = ask(&app, &token, TIJUANA, false).await;
    assert!(res.status().is_success(), "{}", res.text().await.unwrap());
    assert_eq!(
        current(&app, &token).await["request"]["next_draw"],
        "2026-03-12"
    );
    // Mérida (20.97° N) is north of the 19th parallel taken literally.
    let (_, merida) = family(&app, &["CU"]).await;
    assert!(ask(&app, &merida, (20.9674, -89.5926), false)
        .await
        .status()
        .is_success());
    run_draw(&app, day("2026-03-12"), "2026-03-12T16:30:00Z").await;
    let record = verified_record(&app, day("2026-03-12")).await;
    assert_eq!(record["policy"]["name"], "cbp-2023-05");
    let token = again(&app, &email).await;
    assert!(current(&app, &token).await["appointment"].is_object());
}

#[tokio::test]
async fn cbp_2024_03_refuses_the_south_and_takes_requests_from_noon_eastern() {
    let app = with_policy("cbp-2024-03", "2026-03-10T16:30:00Z").await;
    let (_, token) = family(&app, &["MX"]).await;
    // 12:30 Eastern: open; but Mexican nationals get no exception before August 2024.
    assert_eq!(
        code(ask(&app, &token, OAXACA, true).await).await,
        (409, "region-south-of-latitude".into())
    );
    assert!(ask(&app, &token, TIJUANA, true).await.status().is_success());
    run_draw(&app, day("2026-03-11"), "2026-03-11T16:30:00Z").await;
    let record = verified_record(&app, day("2026-03-11")).await;
    assert_eq!(record["policy"]["name"], "cbp-2024-03");
}

#[tokio::test]
async fn the_garita_preset_keeps_its_window_and_carries_over() {
    // 09:00 Central (CDT): today's window closes at 11:00.
    let app = with_policy("garita", "2026-03-10T14:00:00Z").await;
    let (email, token) = family(&app, &["HN"]).await;
    assert!(ask(&app, &token, TIJUANA, false)
        .await
        .status()
        .is_success());
    assert_eq!(
        current(&app, &token).await["request"]["next_draw"],
        "2026-03-10"
    );
    run_draw(&app, day("2026-03-10"), "2026-03-10T17:30:00Z").await;
    let record = verified_record(&app, day("2026-03-10")).await;
    assert_eq!(record["policy"]["name"], "garita");
    let token = again(&app, &email).await;
    assert!(current(&app, &token).await["appointment"].is_object());
}

#[tokio::test]
async fn a_policy_switch_on_a_date_draws_before_under_the_old_rules_and_after_under_the_new() {
    // The settings' policy (Garita's), 09:00 Central on the 10th.
    let app = spawn_with(|_| {}).await;
    app.clock.set(utc("2026-03-10T14:00:00Z"));
    let admin = app.staff(Role::Admin, None).await;
    let (_, first) = family(&app, &["HN"]).await;
    assert!(ask(&app, &first, TIJUANA, false)
        .await
        .status()
        .is_success());
    // From the draw of the 11th on: CBP's rules of August 2024.
    let res = app
        .post_json(
            "/api/v1/policies",
            Some(&admin),
            &json!({"text": preset("cbp-2024-08"), "effective_from": "2026-03-11"}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    // No restart: the request of the 10th is still under Garita's rules...
    assert_eq!(
        current(&app, &first).await["request"]["next_draw"],
        "2026-03-10"
    );
    run_draw(&app, day("2026-03-10"), "2026-03-10T17:30:00Z").await;
    let before = verified_record(&app, day("2026-03-10")).await;
    assert_eq!(before["policy"]["name"], "garita");
    assert_ne!(before["rule"], "oldest-share-then-random");
    // ...and a request at 13:45 Eastern joins the 11th's draw under the new ones (an address
    // is now required; a Mexican holder may ask from Oaxaca).
    app.clock.set(utc("2026-03-10T17:45:00Z"));
    let (_, second) = family(&app, &["MX"]).await;
    assert_eq!(code(ask(&app, &second, OAXACA, false).await).await.0, 422);
    assert!(ask(&app, &second, OAXACA, true).await.status().is_success());
    run_draw(&app, day("2026-03-11"), "2026-03-11T16:30:00Z").await;
    let after = verified_record(&app, day("2026-03-11")).await;
    assert_eq!(after["policy"]["name"], "cbp-2024-08");
    assert_eq!(after["rule"], "oldest-share-then-random");
    // The history says which rules applied to each day; both are now fixed.
    let history: Vec<Value> = app
        .get_json("/api/v1/policies", None)
        .await
        .json()
        .await
        .unwrap();
    let used: Vec<(&str, &str)> = history
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap(),
                p["first_used_by_draw"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    assert_eq!(
        used,
        [("garita", "2026-03-10"), ("cbp-2024-08", "2026-03-11")]
    );
    let page = app
        .api
        .get(app.url("/policies"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let digest = after["policy"]["digest"].as_str().unwrap();
    assert!(page.contains("cbp-2024-08") && page.contains(digest));
}

#[tokio::test]
async fn invalid_policies_and_days_already_drawn_are_refused_and_the_old_policy_stays() {
    let app = spawn_with(|_| {}).await;
    app.clock.set(utc("2026-03-10T14:00:00Z"));
    let admin = app.staff(Role::Admin, None).await;
    let before: Value = app
        .get_json("/api/v1/policies/current", None)
        .await
        .json()
        .await
        .unwrap();
    let cbp = preset("cbp-2024-08");
    for (text, field) in [
        (
            cbp.replace("[cycle]", "[cycle]\nlunch = \"12:00\""),
            "cycle.lunch",
        ),
        (
            cbp.replace("window_opens = \"12:00\"", "window_opens = \"23:59\""),
            "cycle.window_closes",
        ),
        (
            cbp.replace("share = 0.5", "share = 1.5"),
            "allocation.params.share",
        ),
        (
            cbp.replace("[\"MX.CP\", \"MX.TB\"]", "[\"MX.CP\", \"MX.XX\"]"),
            "region.states",
        ),
    ] {
        let res = app
            .post_json(
                "/api/v1/policies",
                Some(&admin),
                &json!({"text": text, "effective_from": "2026-03-12"}),
            )
            .await;
        assert_eq!(res.status(), 409);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["code"], "policy-invalid");
        assert!(
            body["detail"].as_str().unwrap().contains(field),
            "{field}: {body}"
        );
    }
    assert_eq!(app.count("policies").await, 1);
    // A day whose draw has run keeps its rules.
    let (email, token) = family(&app, &["HN"]).await;
    assert!(ask(&app, &token, TIJUANA, false)
        .await
        .status()
        .is_success());
    run_draw(&app, day("2026-03-10"), "2026-03-10T17:30:00Z").await;
    // The clock moved past the sessions' idle time: sign in again.
    let admin = app.staff(Role::Admin, None).await;
    let token = again(&app, &email).await;
    let res = app
        .post_json(
            "/api/v1/policies",
            Some(&admin),
            &json!({"text": cbp, "effective_from": "2026-03-09"}),
        )
        .await;
    assert_eq!(code(res).await, (409, "policy-day-drawn".into()));
    // Travelers and the public cannot schedule.
    let res = app
        .post_json(
            "/api/v1/policies",
            Some(&token),
            &json!({"text": preset("garita"), "effective_from": "2026-03-20"}),
        )
        .await;
    assert_eq!(res.status(), 403);
    let after: Value = app
        .get_json("/api/v1/policies/current", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(after["digest"], before["digest"]);
    assert_eq!(app.count("policies").await, 1);
}

#[tokio::test]
async fn the_admin_page_schedules_a_policy_and_names_the_field_of_a_bad_one() {
    let app = spawn_with(|_| {}).await;
    app.clock.set(utc("2026-03-10T14:00:00Z"));
    let b = app
        .staff_browser(Role::Admin, None, "/admin/policies")
        .await;
    let token = app.form_token(&b, "/admin/policies").await;
    let bad = preset("cbp-2024-08").replace("confirmation_hours = 23", "confirmation_hours = 0");
    let res = b
        .post(app.url("/admin/policies"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("text", bad.as_str()),
            ("effective_from", "2026-03-12"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("cycle.confirmation_hours"));
    assert_eq!(app.count("policies").await, 1);
    let good = preset("cbp-2024-08");
    let res = b
        .post(app.url("/admin/policies"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("text", good.as_str()),
            ("effective_from", "2026-03-12"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(app.count("policies").await, 2);
    // Audited, in the transaction of the change.
    let audited: (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = 'policy-add'")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(audited.0, 2);
    // Without the form token: refused.
    let res = b
        .post(app.url("/admin/policies"))
        .form(&[("text", good.as_str()), ("effective_from", "2026-03-13")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(app.count("policies").await, 2);
}

/// A browser signed in as `email`, with the CSRF token of its forms.
async fn browser_of(app: &TestApp, email: &str) -> (reqwest::Client, String) {
    let b = app.browser();
    let csrf = app.form_token(&b, "/login").await;
    let res = b
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email),
            ("password", common::PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let csrf = app.form_token(&b, "/appointment/request").await;
    (b, csrf)
}

async fn page(b: &reqwest::Client, app: &TestApp, path: &str) -> String {
    b.get(app.url(path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_request_page_asks_for_the_us_address_only_when_the_policy_does_and_keeps_it_on_error()
{
    let app = with_policy("cbp-2024-08", "2026-03-10T17:00:00Z").await;
    let (email, _) = family(&app, &["MX"]).await;
    let (b, csrf) = browser_of(&app, &email).await;
    let html = page(&b, &app, "/appointment/request").await;
    for needle in [
        "name=\"us_state\"",
        "name=\"us_street\"",
        "<option value=\"PR\"",
        "inputmode=\"numeric\"",
    ] {
        assert!(html.contains(needle), "{needle}");
    }
    // The region as rules and as a map, from the policy in force.
    assert!(html.contains("role=\"img\"") && html.contains("aria-describedby=\"region-rules\""));
    assert!(html.contains("Chiapas") && html.contains("19"));
    let (lat, lon) = (TIJUANA.0.to_string(), TIJUANA.1.to_string());
    let form = |zip: &'static str| {
        vec![
            ("csrf_token", csrf.clone()),
            ("port_1", "san-ysidro".to_string()),
            ("latitude", lat.clone()),
            ("longitude", lon.clone()),
            ("accuracy", "50".to_string()),
            ("us_state", "CA".to_string()),
            ("us_zip", zip.to_string()),
            ("us_street", "100 Harbor Dr".to_string()),
        ]
    };
    let res = b
        .post(app.url("/appointment/request"))
        .form(&form("92A01"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("id=\"us_zip-error\""),
        "the error is at the ZIP"
    );
    assert!(
        html.contains("href=\"#us_zip\""),
        "the summary links to the ZIP"
    );
    assert!(
        html.contains("value=\"100 Harbor Dr\""),
        "the street is kept"
    );
    assert!(
        html.contains("value=\"CA\" dir=\"ltr\" selected"),
        "the state is kept"
    );
    assert_eq!(app.count("appointment_requests").await, 0);
    let res = b
        .post(app.url("/appointment/request"))
        .form(&form("92101"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    // The write is audited (never the address itself) and the address is in "My data".
    let audited: Vec<(String,)> =
        sqlx::query_as("SELECT detail FROM audit_log WHERE action = 'us-address-change'")
            .fetch_all(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(audited.len(), 1);
    assert!(!audited[0].0.contains("Harbor"));
    let token = again(&app, &email).await;
    let res = app
        .post_json(
            "/api/v1/me/reauthentication",
            Some(&token),
            &json!({"password": common::PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 204);
    let export: Value = app
        .get_json("/api/v1/me/data", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        export["request"]["us_address"],
        json!({"state": "CA", "zip": "92101", "street": "100 Harbor Dr"})
    );
}

#[tokio::test]
async fn the_garita_policy_asks_no_us_address_on_the_request_page() {
    let app = with_policy("garita", "2026-03-10T14:00:00Z").await;
    let (email, _) = family(&app, &["HN"]).await;
    let (b, _) = browser_of(&app, &email).await;
    let html = page(&b, &app, "/appointment/request").await;
    assert!(!html.contains("name=\"us_state\""));
    assert!(html.contains("role=\"img\""), "the region is still shown");
}

/// An offered appointment for each family, drawn under cbp-2024-08 on 11 March 2026.
async fn offered(app: &TestApp, families: &[(&str, (f64, f64))]) -> Vec<String> {
    let mut emails = Vec::new();
    for (citizenship, at) in families {
        let (email, token) = family(app, &[citizenship]).await;
        assert!(ask(app, &token, *at, true).await.status().is_success());
        emails.push(email);
    }
    run_draw(app, day("2026-03-11"), "2026-03-11T16:30:00Z").await;
    emails
}

async fn appointment_id(app: &TestApp, token: &str) -> String {
    current(app, token).await["appointment"]["id"]
        .as_str()
        .expect("an offer")
        .to_string()
}

#[tokio::test]
async fn confirming_under_cbp_2024_08_rechecks_the_location_and_names_the_rule() {
    let app = with_policy("cbp-2024-08", "2026-03-10T17:00:00Z").await;
    let emails = offered(&app, &[("HT", TIJUANA), ("MX", TIJUANA)]).await;
    let haitian = again(&app, &emails[0]).await;
    let mexican = again(&app, &emails[1]).await;
    let confirm = |token: String, body: Option<Value>| {
        let app = &app;
        async move {
            let id = appointment_id(app, &token).await;
            let path = format!("/api/v1/appointments/{id}/confirm");
            match body {
                Some(b) => app.post_json(&path, Some(&token), &b).await,
                None => app
                    .api
                    .post(app.url(&path))
                    .bearer_auth(&token)
                    .send()
                    .await
                    .unwrap(),
            }
        }
    };
    let at = |p: (f64, f64)| json!({"location": {"latitude": p.0, "longitude": p.1, "accuracy_m": 50.0}});
    // Without a position: refused, nothing confirmed.
    assert_eq!(
        code(confirm(haitian.clone(), None).await).await,
        (422, "location-missing".into())
    );
    assert_eq!(
        code(confirm(haitian.clone(), Some(json!({}))).await).await,
        (422, "location-missing".into())
    );
    // From Oaxaca: the latitude rule refuses a Haitian family, and says so.
    let res = confirm(haitian.clone(), Some(at(OAXACA))).await;
    assert_eq!(res.status(), 409);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["code"], "region-south-of-latitude");
    assert!(body["detail"].as_str().unwrap().contains("19"), "{body}");
    assert_eq!(app.count("passes").await, 0);
    // From Tijuana: confirmed.
    let res = confirm(haitian.clone(), Some(at(TIJUANA))).await;
    assert!(res.status().is_success(), "{}", res.text().await.unwrap());
    // A Mexican family may confirm from anywhere in Mexico.
    let res = confirm(mexican.clone(), Some(at(OAXACA))).await;
    assert!(res.status().is_success(), "{}", res.text().await.unwrap());
    assert_eq!(app.count("passes").await, 2);
}

#[tokio::test]
async fn the_confirm_button_asks_for_the_location_when_the_policy_rechecks_it() {
    let app = with_policy("cbp-2024-08", "2026-03-10T17:00:00Z").await;
    let emails = offered(&app, &[("HT", TIJUANA)]).await;
    let token = again(&app, &emails[0]).await;
    let id = appointment_id(&app, &token).await;
    let (b, _) = browser_of(&app, &emails[0]).await;
    let csrf = app.form_token(&b, "/appointment").await;
    let action = format!("/appointment/{id}/confirm");
    // The first press shows the location question (the region with it), and confirms nothing.
    let res = b
        .post(app.url(&action))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("name=\"located\"") && html.contains("id=\"city\""));
    assert!(html.contains("role=\"img\""));
    assert_eq!(app.count("passes").await, 0);
    // Sent without a position: said at the location.
    let res = b
        .post(app.url(&action))
        .form(&[("csrf_token", csrf.as_str()), ("located", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("id=\"location-error\""));
    // From Oaxaca: south of the line, refused naming the rule.
    let res = b
        .post(app.url(&action))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("located", "yes"),
            ("latitude", "17.0732"),
            ("longitude", "-96.7266"),
            ("accuracy", "50"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("id=\"location-error\"") && html.contains("19"));
    assert_eq!(app.count("passes").await, 0);
    let res = b
        .post(app.url(&action))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("located", "yes"),
            ("latitude", "32.5149"),
            ("longitude", "-117.0382"),
            ("accuracy", "50"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(app.count("passes").await, 1);
}

#[tokio::test]
async fn a_policy_problem_is_said_in_the_readers_language() {
    let app = spawn_with(|_| {}).await;
    app.clock.set(utc("2026-03-10T14:00:00Z"));
    let admin = app.staff(Role::Admin, None).await;
    let text = preset("cbp-2024-08").replace("share = 0.5", "share = 1.5");
    let mut problems = Vec::new();
    for lang in ["en", "es"] {
        let res = app
            .api
            .post(app.url("/api/v1/policies"))
            .bearer_auth(&admin)
            .header("accept-language", lang)
            .json(&json!({"text": text, "effective_from": "2026-03-12"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 409);
        let body: Value = res.json().await.unwrap();
        let detail = body["detail"].as_str().unwrap().to_string();
        assert!(detail.contains("allocation.params.share"), "{detail}");
        problems.push(detail);
    }
    assert!(problems[1].contains("debe estar entre"), "{}", problems[1]);
    assert!(!problems[1].contains("must be between"), "{}", problems[1]);
}

#[test]
fn every_policy_problem_has_a_message_in_every_locale() {
    use garita_domain::policy::PolicyProblem as P;
    let all = [
        P::Syntax("x".into()),
        P::WindowClosesBeforeOpening,
        P::WindowTooLong,
        P::AllocationBeforeClose,
        P::OutOfRange {
            min: "0".into(),
            max: "1".into(),
        },
        P::UnknownState("MX.XX".into()),
        P::UnknownCountry("XX".into()),
        P::EmptyRegion,
        P::InvalidId("X".into()),
        P::Repeated("x".into()),
    ];
    let catalogs = garita::i18n::Catalogs::load().unwrap();
    for p in all {
        let key = format!("policies-problem-{}", p.code());
        // English here; tests/suite/catalogs.rs checks that every locale has what English has.
        assert!(catalogs.has_message(0, &key), "{key}");
    }
}
