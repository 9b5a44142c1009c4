//! Never losing an appointment silently: every page action that cancels, declines or voids
//! asks first and says what will be lost (the first POST changes nothing), the second POST
//! destroys exactly that, and the status page then says what happened and when the next draw
//! really is (also after a forced draw). The API's cancel needs `confirm: true`. Officers
//! undo a no-show for a late arrival, audited. The offline pass's validity endpoint.

use crate::common;

use chrono::{Duration, NaiveDate, Utc};
use common::{member, png, spawn_app, TestApp, PASSWORD};
use garita_domain::roles::Role;
use serde_json::{json, Value};

fn location() -> Value {
    json!({"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0})
}

/// A traveler's group of `n` with photos: (e-mail, token, member ids).
async fn group(app: &TestApp, n: usize) -> (String, String, Vec<String>) {
    let (email, token) = app.traveler().await;
    let mut ids = Vec::new();
    for i in 0..n {
        let m: Value = app
            .post_json(
                "/api/v1/travelers",
                Some(&token),
                &member(&format!("Viajera {i}")),
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
        ids.push(id);
    }
    (email, token, ids)
}

async fn request(app: &TestApp, token: &str, port: &str) -> Value {
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(token),
            &json!({"ports": [port], "location": location()}),
        )
        .await;
    assert_eq!(res.status(), 201);
    res.json().await.unwrap()
}

async fn current(app: &TestApp, token: &str) -> Value {
    app.get_json("/api/v1/appointment-requests/current", Some(token))
        .await
        .json()
        .await
        .unwrap()
}

/// Runs the next draw not yet run (forced, at the test's now).
async fn draw(app: &TestApp) -> NaiveDate {
    let day = garita::appointments::cycle::next_draw_for_request(&app.state, app.now())
        .await
        .unwrap();
    garita::draw::run(&app.state, day, app.now(), true)
        .await
        .unwrap();
    day
}

struct Selected {
    email: String,
    token: String,
    members: Vec<String>,
    appointment: String,
    first_requested_on: String,
}

/// A group of `n` that asked for San Ysidro and was drawn; confirmed if `confirm`.
async fn selected(app: &TestApp, n: usize, confirm: bool) -> Selected {
    let (email, token, members) = group(app, n).await;
    let r = request(app, &token, "san-ysidro").await;
    draw(app).await;
    let s = current(app, &token).await;
    let appointment = s["appointment"]["id"]
        .as_str()
        .expect("selected")
        .to_string();
    if confirm {
        let res = app
            .post_json(
                &format!("/api/v1/appointments/{appointment}/confirm"),
                Some(&token),
                &json!({}),
            )
            .await;
        assert_eq!(res.status(), 200);
    }
    Selected {
        email,
        token,
        members,
        appointment,
        first_requested_on: r["first_requested_on"].as_str().unwrap().to_string(),
    }
}

/// A browser signed in as `email`, with a form token.
async fn browser(app: &TestApp, email: &str) -> (reqwest::Client, String) {
    let b = app.browser();
    let token = app.form_token(&b, "/login").await;
    let res = b
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", email),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let csrf = app.form_token(&b, "/group").await;
    (b, csrf)
}

async fn post_form(b: &reqwest::Client, url: String, form: &[(&str, &str)]) -> (u16, String) {
    let res = b
        .post(url)
        .header("accept-language", "en")
        .form(form)
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn get_page(b: &reqwest::Client, url: String) -> String {
    b.get(url)
        .header("accept-language", "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[derive(sqlx::FromRow, Debug, PartialEq)]
struct Snapshot {
    appointment: String,
    request: String,
    first_requested_on: String,
    taken: i64,
    members: i64,
    passes: i64,
}

/// What the group holds now: its appointment's and request's states, the places taken in the
/// slot, its members and passes.
async fn snapshot(app: &TestApp, appointment: &str) -> Snapshot {
    sqlx::query_as(
        "SELECT a.status AS appointment, r.status AS request, r.first_requested_on,
                s.taken, (SELECT COUNT(*) FROM travelers t WHERE t.account_id = a.account_id) AS members,
                (SELECT COUNT(*) FROM passes p WHERE p.appointment_id = a.id) AS passes
         FROM appointments a JOIN appointment_requests r ON r.id = a.request_id
         JOIN slots s ON s.port_id = a.port_id AND s.day = a.day AND s.start_time = a.start_time
         WHERE a.id = $1",
    )
    .bind(appointment)
    .fetch_one(&app.state.db.read)
    .await
    .unwrap()
}

fn port_name(app: &TestApp, id: &str) -> String {
    app.state
        .ports
        .iter()
        .find(|p| p.id == id)
        .unwrap()
        .name
        .clone()
}

fn en(app: &TestApp) -> garita::i18n::Tr {
    garita::i18n::Tr::new(
        app.state.catalogs.clone(),
        app.state.catalogs.find("en").unwrap(),
    )
}

/// What the pages print for the appointment: its date (in English) and port.
async fn appointment_words(app: &TestApp, token: &str) -> (String, String) {
    let s = current(app, token).await;
    let a = &s["appointment"];
    let day: NaiveDate = a["day"].as_str().unwrap().parse().unwrap();
    (
        en(app).date(day),
        port_name(app, a["port_id"].as_str().unwrap()),
    )
}

#[tokio::test]
async fn removing_a_member_after_selection_asks_first_then_voids_exactly_what_the_page_said() {
    let app = spawn_app().await;
    let g = selected(&app, 2, true).await;
    let (date, port) = appointment_words(&app, &g.token).await;
    let (b, csrf) = browser(&app, &g.email).await;
    let before = snapshot(&app, &g.appointment).await;
    assert_eq!((before.members, before.passes), (2, 2));

    // The first POST only asks, saying what would be lost.
    let url = app.url(&format!("/group/members/{}/delete", g.members[1]));
    let (status, page) = post_form(&b, url.clone(), &[("csrf_token", &csrf)]).await;
    assert_eq!(status, 200);
    for said in [
        date.as_str(),
        port.as_str(),
        "Its 2 places go to other people",
        "The passes of this appointment stop working",
        "keeps its waiting time",
        "name=\"confirm\" value=\"yes\"",
        "No, keep my appointment",
    ] {
        assert!(page.contains(said), "{said}");
    }
    assert_eq!(
        snapshot(&app, &g.appointment).await,
        before,
        "nothing changed"
    );
    // The same page by a link.
    assert!(get_page(&b, url.clone()).await.contains(&port));
    assert_eq!(snapshot(&app, &g.appointment).await, before);

    // The second POST removes the member and voids the appointment, nothing more.
    let (status, _) = post_form(&b, url, &[("csrf_token", &csrf), ("confirm", "yes")]).await;
    assert_eq!(status, 303);
    let after = snapshot(&app, &g.appointment).await;
    assert_eq!(after.appointment, "voided");
    assert_eq!(after.request, "open");
    assert_eq!(
        after.first_requested_on, g.first_requested_on,
        "waiting time kept"
    );
    assert_eq!(after.taken, before.taken - 2, "the places went back");
    assert_eq!(after.members, 1);

    // The status page says what happened and when the next draw is, not "not selected".
    let s = current(&app, &g.token).await;
    assert_eq!(s["request"]["notice"], "voided");
    assert!(s["request"]["not_selected_in"].is_null());
    let next: NaiveDate = s["request"]["next_draw"].as_str().unwrap().parse().unwrap();
    assert!(next > garita::appointments::cycle::local_day(&app.state.settings.cycle, app.now()));
    let page = get_page(&b, app.url("/appointment")).await;
    assert!(
        page.contains("Your group changed after you were selected"),
        "{page}"
    );
    assert!(page.contains(&date) && page.contains(&port));
    assert!(!page.contains("You were not selected"));
    assert!(page.contains(&en(&app).date(next)), "the real next draw");
}

#[tokio::test]
async fn removing_a_member_without_an_appointment_still_asks_and_names_them() {
    let app = spawn_app().await;
    let (email, _, members) = group(&app, 2).await;
    let (b, csrf) = browser(&app, &email).await;
    let url = app.url(&format!("/group/members/{}/delete", members[1]));
    let (status, page) = post_form(&b, url.clone(), &[("csrf_token", &csrf)]).await;
    assert_eq!(status, 200);
    assert!(page.contains("Viajera 1") && page.contains("cannot be undone"));
    assert!(!page.contains("places"), "no appointment to lose");
    assert_eq!(app.count("travelers").await, 2);
    let (status, _) = post_form(&b, url, &[("csrf_token", &csrf), ("confirm", "yes")]).await;
    assert_eq!(status, 303);
    assert_eq!(app.count("travelers").await, 1);
}

#[tokio::test]
async fn changing_or_adding_a_member_after_selection_asks_first_and_the_same_details_ask_nothing() {
    let app = spawn_app().await;
    let g = selected(&app, 1, true).await;
    let (b, csrf) = browser(&app, &g.email).await;
    let before = snapshot(&app, &g.appointment).await;
    let id = &g.members[0];
    let same = [
        ("csrf_token", csrf.as_str()),
        ("full_name", "Viajera 0"),
        ("date_of_birth", "1990-05-21"),
        ("citizenship", "HN"),
        ("language", "es"),
    ];
    // Saving the same details changes nothing and asks nothing.
    let (status, _) = post_form(&b, app.url(&format!("/group/members/{id}")), &same).await;
    assert_eq!(status, 303);
    assert_eq!(snapshot(&app, &g.appointment).await, before);

    // A real change asks first, carrying the new details.
    let mut changed = same.to_vec();
    changed[1] = ("full_name", "Viajera Cambiada");
    let (status, page) = post_form(&b, app.url(&format!("/group/members/{id}")), &changed).await;
    assert_eq!(status, 200);
    assert!(page.contains("Changing your group ends your appointment"));
    assert!(page.contains("value=\"Viajera Cambiada\""));
    assert_eq!(snapshot(&app, &g.appointment).await, before);
    let t: Value = app
        .get_json(&format!("/api/v1/travelers/{id}"), Some(&g.token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(t["full_name"], "Viajera 0", "not saved yet");

    // Adding someone asks too.
    let mut added = same.to_vec();
    added[1] = ("full_name", "Nueva Persona");
    let (status, page) = post_form(&b, app.url("/group/members"), &added).await;
    assert_eq!(status, 200);
    assert!(page.contains("value=\"Nueva Persona\""));
    assert_eq!(snapshot(&app, &g.appointment).await, before);

    // Confirmed: saved, and the appointment voided.
    changed.push(("confirm", "yes"));
    let (status, _) = post_form(&b, app.url(&format!("/group/members/{id}")), &changed).await;
    assert_eq!(status, 303);
    let after = snapshot(&app, &g.appointment).await;
    assert_eq!(
        (after.appointment.as_str(), after.request.as_str()),
        ("voided", "open")
    );
    assert_eq!(after.taken, before.taken - 1);
}

#[tokio::test]
async fn cancelling_a_confirmed_appointment_asks_first_and_says_the_waiting_time_starts_over() {
    let app = spawn_app().await;
    let g = selected(&app, 2, true).await;
    let (date, port) = appointment_words(&app, &g.token).await;
    let (b, csrf) = browser(&app, &g.email).await;
    let before = snapshot(&app, &g.appointment).await;
    let url = app.url(&format!("/appointment/{}/cancel", g.appointment));
    let (status, page) = post_form(&b, url.clone(), &[("csrf_token", &csrf)]).await;
    assert_eq!(status, 200);
    assert!(page.contains("Cancel your appointment?"));
    assert!(page.contains(&date) && page.contains(&port));
    assert!(page.contains("your waiting time starts over"));
    assert!(!page.contains("keeps its waiting time"));
    assert_eq!(snapshot(&app, &g.appointment).await, before);

    let (status, _) = post_form(&b, url, &[("csrf_token", &csrf), ("confirm", "yes")]).await;
    assert_eq!(status, 303);
    let after = snapshot(&app, &g.appointment).await;
    assert_eq!(
        (after.appointment.as_str(), after.request.as_str()),
        ("cancelled", "closed")
    );
    assert_eq!(after.taken, before.taken - 2);
    let page = get_page(&b, app.url("/appointment")).await;
    assert!(page.contains("You cancelled your appointment of"), "{page}");
    assert!(page.contains(&port));
    assert!(page.contains("Ask again"));
}

#[tokio::test]
async fn declining_an_offer_is_safe_until_confirmed_and_keeps_the_waiting_time() {
    let app = spawn_app().await;
    let g = selected(&app, 1, false).await;
    let (b, csrf) = browser(&app, &g.email).await;
    let before = snapshot(&app, &g.appointment).await;
    assert_eq!(before.appointment, "offered");
    let url = app.url(&format!("/appointment/{}/cancel", g.appointment));
    let (status, page) = post_form(&b, url.clone(), &[("csrf_token", &csrf)]).await;
    assert_eq!(status, 200);
    assert!(page.contains("Decline this appointment?"));
    assert!(page.contains("keeps its waiting time"));
    assert!(!page.contains("passes of this appointment"), "no pass yet");
    assert_eq!(snapshot(&app, &g.appointment).await, before);

    let (status, _) = post_form(&b, url, &[("csrf_token", &csrf), ("confirm", "yes")]).await;
    assert_eq!(status, 303);
    let after = snapshot(&app, &g.appointment).await;
    assert_eq!(
        (after.appointment.as_str(), after.request.as_str()),
        ("declined", "open")
    );
    assert_eq!(after.first_requested_on, g.first_requested_on);
    let page = get_page(&b, app.url("/appointment")).await;
    assert!(page.contains("You declined your appointment of"));
    assert!(!page.contains("You were not selected"));
}

#[tokio::test]
async fn the_api_cancels_a_confirmed_appointment_only_with_confirm_true_and_says_what_would_be_lost(
) {
    let app = spawn_app().await;
    let g = selected(&app, 2, true).await;
    let before = snapshot(&app, &g.appointment).await;
    let url = format!("/api/v1/appointments/{}/cancel", g.appointment);
    for body in [json!({}), json!({"confirm": false})] {
        let res = app.post_json(&url, Some(&g.token), &body).await;
        assert_eq!(res.status(), 409);
        let p: Value = res.json().await.unwrap();
        assert_eq!(p["code"], "cancel-confirmation-required");
        assert!(p["detail"]
            .as_str()
            .unwrap()
            .contains(&port_name(&app, "san-ysidro")));
    }
    // No body at all is the same refusal; a malformed one is a 400.
    let res = app
        .api
        .post(app.url(&url))
        .bearer_auth(&g.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    let res = app
        .api
        .post(app.url(&url))
        .bearer_auth(&g.token)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(snapshot(&app, &g.appointment).await, before);

    let res = app
        .post_json(&url, Some(&g.token), &json!({"confirm": true}))
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        snapshot(&app, &g.appointment).await.appointment,
        "cancelled"
    );
    assert_eq!(
        current(&app, &g.token).await["request"]["notice"],
        "cancelled"
    );

    // Declining an offer keeps the waiting time: one call, no confirmation needed.
    let o = selected(&app, 1, false).await;
    let res = app
        .post_json(
            &format!("/api/v1/appointments/{}/cancel", o.appointment),
            Some(&o.token),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(snapshot(&app, &o.appointment).await.appointment, "declined");
}

#[tokio::test]
async fn after_a_forced_draw_new_requests_are_told_the_next_draw_not_todays() {
    let app = spawn_app().await;
    let c = &app.state.settings.cycle;
    let today = garita::appointments::cycle::local_day(c, app.now());
    // The test starts before the window closes: requests join today's draw.
    assert_eq!(
        garita::appointments::cycle::next_draw_day(c, app.now()),
        today
    );
    let (_, first, _) = group(&app, 1).await;
    assert_eq!(
        request(&app, &first, "san-ysidro").await["next_draw"],
        today.to_string()
    );

    // An administrator runs today's draw early.
    garita::draw::run(&app.state, today, app.now(), true)
        .await
        .unwrap();
    app.clock.advance(Duration::minutes(5));
    let (email, late, _) = group(&app, 1).await;
    let tomorrow = (today + Duration::days(1)).to_string();
    assert_eq!(
        request(&app, &late, "san-ysidro").await["next_draw"],
        tomorrow
    );
    assert_eq!(current(&app, &late).await["request"]["next_draw"], tomorrow);

    // The page says tomorrow's draw time, not today's (which has passed in effect).
    let (b, _) = browser(&app, &email).await;
    let page = get_page(&b, app.url("/appointment")).await;
    let tr = en(&app);
    let zone = garita_domain::cycle::state_time_zone(
        current(&app, &late).await["request"]["region_state"]
            .as_str()
            .unwrap(),
    );
    let draw_at = |d: NaiveDate| {
        garita::appointments::pages::local(&tr, garita::appointments::cycle::draw_time(c, d), zone)
    };
    assert!(page.contains(&draw_at(today + Duration::days(1))), "{page}");
    assert!(!page.contains(&draw_at(today)));

    // And a run ahead for the day after tomorrow leaves tomorrow's to come.
    garita::draw::run(&app.state, today + Duration::days(2), app.now(), true)
        .await
        .unwrap();
    assert_eq!(current(&app, &late).await["request"]["next_draw"], tomorrow);
}

/// A confirmed group at `port` whose appointment is today at 09:00 and was marked a no-show
/// at 11:00 there (the clock is moved there first, so sessions made afterwards stay fresh).
async fn no_show(app: &TestApp, port: &str) -> Selected {
    let p = app.state.ports.iter().find(|p| p.id == port).unwrap();
    let today = garita::port_console::port_today(p, app.now());
    use chrono::TimeZone;
    let late = p
        .zone()
        .from_local_datetime(&today.and_hms_opt(11, 0, 0).unwrap())
        .earliest()
        .unwrap()
        .with_timezone(&Utc);
    if late > app.now() {
        app.clock.set(late);
    }
    let (email, token, members) = group(app, 1).await;
    let r = request(app, &token, port).await;
    draw(app).await;
    let appointment = current(app, &token).await["appointment"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.post_json(
        &format!("/api/v1/appointments/{appointment}/confirm"),
        Some(&token),
        &json!({}),
    )
    .await;
    garita::draw::ensure_slots(&app.state, today, today)
        .await
        .unwrap();
    sqlx::query("UPDATE appointments SET day = $1, start_time = '09:00' WHERE id = $2")
        .bind(today.to_string())
        .bind(&appointment)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    assert!(
        garita::port_console::mark_no_shows(&app.state, app.now())
            .await
            .unwrap()
            >= 1
    );
    let s = current(app, &token).await;
    assert_eq!(s["request"]["notice"], "no-show", "{s}");
    Selected {
        email,
        token,
        members,
        appointment,
        first_requested_on: r["first_requested_on"].as_str().unwrap().to_string(),
    }
}

#[tokio::test]
async fn an_officer_undoes_a_no_show_for_a_late_arrival_the_same_day_audited() {
    let app = spawn_app().await;
    let g = no_show(&app, "nogales").await;
    let url = format!(
        "/api/v1/console/appointments/{}/undo-no-show",
        g.appointment
    );
    let reason = json!({"reason": "Arrived 50 minutes late: the bus broke down"});
    // Meanwhile the pass says it no longer admits anyone (online, and to the phone's worker).
    let (b, _) = browser(&app, &g.email).await;
    let pass_valid = || async {
        let page = get_page(&b, app.url("/appointment/pass")).await;
        let v: Value = b
            .get(app.url("/appointment/pass/validity"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        (
            page.contains("data-pass-valid=\"yes\""),
            v["valid"].as_bool().unwrap(),
        )
    };
    assert_eq!(pass_valid().await, (false, false));

    // Nobody else may: the traveler, another port's officer.
    let other = app.staff(Role::Officer, Some("hidalgo")).await;
    for token in [&g.token, &other] {
        let res = app.post_json(&url, Some(token), &reason).await;
        assert_eq!(res.status(), 403);
    }
    let officer = app.staff(Role::Officer, Some("nogales")).await;
    let res = app
        .post_json(&url, Some(&officer), &json!({"reason": "  "}))
        .await;
    assert_eq!(res.status(), 422, "a reason is required");
    assert_eq!(
        current(&app, &g.token).await["request"]["notice"],
        "no-show"
    );

    let res = app.post_json(&url, Some(&officer), &reason).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["status"], "arrived");
    let s = current(&app, &g.token).await;
    assert_eq!(s["request"]["status"], "selected");
    assert!(s["request"]["notice"].is_null());
    assert!(s["request"]["blocked_until"].is_null());
    assert_eq!(s["appointment"]["status"], "confirmed");
    assert_eq!(pass_valid().await, (true, true), "valid again");
    let (actor, detail): (Option<i64>, String) = sqlx::query_as(
        "SELECT actor_id, detail FROM audit_log WHERE action = 'undo-no-show' AND subject = $1",
    )
    .bind(format!("appointment:{}", g.appointment))
    .fetch_one(&app.state.db.read)
    .await
    .unwrap();
    assert!(actor.is_some());
    assert!(detail.contains("bus broke down"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_garita"))
        .args(["audit", "verify", "--database", &app.db_url])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The no-show job does not mark it again; a second undo has nothing to undo.
    garita::port_console::mark_no_shows(&app.state, app.now())
        .await
        .unwrap();
    assert!(current(&app, &g.token).await["request"]["notice"].is_null());
    let res = app.post_json(&url, Some(&officer), &reason).await;
    assert_eq!(res.status(), 409);
    assert_eq!(res.json::<Value>().await.unwrap()["code"], "not-a-no-show");

    // The next day it is too late.
    let late = no_show(&app, "nogales").await;
    app.clock.advance(Duration::days(1));
    let officer = app.staff(Role::Officer, Some("nogales")).await;
    let res = app
        .post_json(
            &format!(
                "/api/v1/console/appointments/{}/undo-no-show",
                late.appointment
            ),
            Some(&officer),
            &reason,
        )
        .await;
    assert_eq!(res.status(), 409);
    assert_eq!(
        res.json::<Value>().await.unwrap()["code"],
        "no-show-undo-too-late"
    );
}

#[tokio::test]
async fn the_pass_validity_turns_false_when_the_appointment_ends() {
    let app = spawn_app().await;
    let g = selected(&app, 1, true).await;
    let (b, csrf) = browser(&app, &g.email).await;
    let validity = || async {
        let v: Value = b
            .get(app.url("/appointment/pass/validity"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        v
    };
    let v = validity().await;
    assert_eq!(v["valid"], true);
    let res = b.get(app.url("/appointment/pass")).send().await.unwrap();
    assert_eq!(
        res.headers()["garita-pass-account"].to_str().unwrap(),
        v["account"].as_str().unwrap(),
        "the worker matches the kept pass by this tag"
    );
    let page = res.text().await.unwrap();
    assert!(page.contains("data-pass-valid=\"yes\""));
    assert!(page.contains(&format!(
        "data-checked=\"{}\"",
        app.now().timestamp_millis()
    )));
    assert!(page.contains("Checked on"));

    let (status, _) = post_form(
        &b,
        app.url(&format!("/appointment/{}/cancel", g.appointment)),
        &[("csrf_token", &csrf), ("confirm", "yes")],
    )
    .await;
    assert_eq!(status, 303);
    let v = validity().await;
    assert_eq!(v["valid"], false);
}
