//! The port console over HTTP: scoping to the officer's port, check-in refusals, decisions by
//! a person, the audit trail and its verification, no-shows, and capacity cuts.

use crate::common;

use chrono::{Duration, Utc};
use common::{member, png, small_ports, spawn_with, TestApp};
use garita_domain::roles::Role;
use serde_json::{json, Value};

struct Group {
    token: String,
    appointment: String,
    codes: Vec<String>,
}

/// A group of `n` that asked for `port`, was drawn and confirmed; its appointment is then put
/// on the port's today (`day_offset` 0) or another day.
async fn confirmed_group(app: &TestApp, n: usize, port: &str) -> Group {
    let token = app.group(n, "Viajera").await;
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(&token),
            &json!({"ports": [port], "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0}}),
        )
        .await;
    assert_eq!(res.status(), 201);
    // Each group gets a draw of its own: the next day that has not been drawn yet.
    let (done,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM draws WHERE status = 'done'")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    let day = garita::appointments::cycle::next_draw_day(&app.state.settings.cycle, app.now())
        + Duration::days(done);
    let _ = garita::draw::run(&app.state, day, app.now(), true)
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
    let c: Value = app
        .post_json(
            &format!("/api/v1/appointments/{id}/confirm"),
            Some(&token),
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
    Group {
        token,
        appointment: id,
        codes,
    }
}

/// Moves an appointment to `day` (creating that day's slots).
async fn check_in(app: &TestApp, token: &str, code: &str) -> (u16, Value) {
    let res = app
        .post_json(
            "/api/v1/console/check-ins",
            Some(token),
            &json!({"code": code}),
        )
        .await;
    (res.status().as_u16(), res.json().await.unwrap())
}

async fn audit_count(app: &TestApp, action: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = $1")
        .bind(action)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    n
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

#[tokio::test]
async fn officers_see_and_act_on_their_own_port_only_and_every_view_is_audited() {
    let app = spawn_with(small_ports(10)).await;
    let g = confirmed_group(&app, 2, "el-paso").await;
    app.move_to(&g.appointment, app.port_today("el-paso")).await;
    let el_paso = app.staff(Role::Officer, Some("el-paso")).await;
    let san_ysidro = app.staff(Role::Officer, Some("san-ysidro")).await;

    let mine: Value = app
        .get_json("/api/v1/console/appointments", Some(&el_paso))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["appointments"].as_array().unwrap().len(), 1);
    assert_eq!(
        mine["appointments"][0]["members"][0]["full_name"],
        "Viajera 0"
    );
    assert_eq!(audit_count(&app, "view-day-list").await, 1);

    let theirs: Value = app
        .get_json("/api/v1/console/appointments", Some(&san_ysidro))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(theirs["appointments"].as_array().unwrap().len(), 0);
    assert_eq!(
        app.get_json(
            "/api/v1/console/appointments?port=el-paso",
            Some(&san_ysidro)
        )
        .await
        .status(),
        404
    );
    let (status, p) = check_in(&app, &san_ysidro, &g.codes[0]).await;
    assert_eq!(status, 409);
    assert_eq!(p["code"], "pass-other-port");
    assert!(p["detail"].as_str().unwrap().contains("El Paso"));
    let decide = app
        .post_json(
            &format!(
                "/api/v1/console/appointments/{}/members/{}",
                g.appointment, g.codes[0]
            ),
            Some(&san_ysidro),
            &json!({"identity": "confirmed", "outcome": "pending"}),
        )
        .await;
    assert_eq!(decide.status(), 404);
    assert_eq!(
        app.get_json(
            &format!("/api/v1/console/passes/{}/photo", g.codes[0]),
            Some(&san_ysidro)
        )
        .await
        .status(),
        404
    );
    assert_eq!(audit_count(&app, "view-photo").await, 0);

    // Travelers and anonymous callers have no console.
    assert_eq!(
        app.get_json("/api/v1/console/appointments", Some(&g.token))
            .await
            .status(),
        403
    );
    assert_eq!(
        app.get_json("/api/v1/console/appointments", None)
            .await
            .status(),
        401
    );
    assert_eq!(check_in(&app, &g.token, &g.codes[0]).await.0, 403);

    // The right officer checks in, looks at each photo, and records a person's decision.
    let (status, checked) = check_in(&app, &el_paso, &g.codes[1].to_lowercase()).await;
    assert_eq!(status, 200, "{checked}");
    assert_eq!(checked["appointment"]["status"], "arrived");
    for code in &g.codes {
        let photo = app
            .get_json(
                &format!("/api/v1/console/passes/{code}/photo"),
                Some(&el_paso),
            )
            .await;
        assert_eq!(photo.status(), 200);
        assert_eq!(photo.headers()["content-type"], "image/jpeg");
    }
    assert_eq!(audit_count(&app, "view-photo").await, 2);
    let mut last = String::new();
    for code in &g.codes {
        let res: Value = app
            .post_json(
                &format!(
                    "/api/v1/console/appointments/{}/members/{code}",
                    g.appointment
                ),
                Some(&el_paso),
                &json!({"identity": "confirmed", "outcome": "paroled-nta"}),
            )
            .await
            .json()
            .await
            .unwrap();
        last = res["status"].as_str().unwrap().to_string();
    }
    assert_eq!(last, "processed");
    assert_eq!(audit_count(&app, "identity-decision").await, 2);
    let admin = app.staff(Role::Admin, None).await;
    let trail: Value = app
        .get_json("/api/v1/audit", Some(&admin))
        .await
        .json()
        .await
        .unwrap();
    assert!(trail
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["action"] == "check-in"));
    // A pass code opens a check-in: the trail names members and appointments by opaque ids,
    // never by their codes.
    let written = trail.to_string().to_uppercase();
    for code in &g.codes {
        assert!(
            !written.contains(&code.to_uppercase()),
            "{code} in the audit trail"
        );
    }
    assert_eq!(
        app.get_json("/api/v1/audit", Some(&el_paso)).await.status(),
        403
    );

    // The chain verifies; editing any row breaks it, and the command says so.
    let (ok, out) = audit_verify(&app);
    assert!(ok, "{out}");
    sqlx::query("UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 2")
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let (ok, out) = audit_verify(&app);
    assert!(!ok);
    assert!(out.contains("entry 2"), "{out}");
}

#[tokio::test]
async fn check_in_refuses_each_wrong_pass_with_its_reason() {
    let app = spawn_with(small_ports(10)).await;
    let officer = app.staff(Role::Officer, Some("nogales")).await;
    let today = app.port_today("nogales");

    let good = confirmed_group(&app, 1, "nogales").await;
    app.move_to(&good.appointment, today).await;
    assert_eq!(check_in(&app, &officer, &good.codes[0]).await.0, 200);
    let (status, p) = check_in(&app, &officer, &good.codes[0]).await;
    assert_eq!(
        (status, p["code"].as_str().unwrap()),
        (409, "pass-already-checked-in")
    );

    let later = confirmed_group(&app, 1, "nogales").await;
    let (status, p) = check_in(&app, &officer, &later.codes[0]).await;
    assert_eq!(
        (status, p["code"].as_str().unwrap()),
        (409, "pass-other-day")
    );
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains(&(today + Duration::days(1)).to_string())
            || p["detail"].as_str().unwrap().contains("20")
    );

    let cancelled = confirmed_group(&app, 1, "nogales").await;
    app.move_to(&cancelled.appointment, today).await;
    app.post_json(
        &format!("/api/v1/appointments/{}/cancel", cancelled.appointment),
        Some(&cancelled.token),
        &json!({"confirm": true}),
    )
    .await;
    let (status, p) = check_in(&app, &officer, &cancelled.codes[0]).await;
    assert_eq!(
        (status, p["code"].as_str().unwrap()),
        (409, "pass-cancelled")
    );

    let elsewhere = confirmed_group(&app, 1, "laredo").await;
    app.move_to(&elsewhere.appointment, app.port_today("laredo"))
        .await;
    let (_, p) = check_in(&app, &officer, &elsewhere.codes[0]).await;
    assert_eq!(p["code"], "pass-other-port");

    let (_, p) = check_in(&app, &officer, "ZZZZ-ZZZZ-ZZZZ").await;
    assert_eq!(p["code"], "pass-unknown");
    assert_eq!(audit_count(&app, "check-in").await, 1);
}

#[tokio::test]
async fn the_no_show_job_marks_exactly_the_late_once() {
    let app = spawn_with(small_ports(10)).await;
    let today = app.port_today("hidalgo");
    let late = confirmed_group(&app, 1, "hidalgo").await;
    let on_time = confirmed_group(&app, 1, "hidalgo").await;
    let arrived = confirmed_group(&app, 1, "hidalgo").await;
    for g in [&late, &on_time, &arrived] {
        app.move_to(&g.appointment, today).await;
    }
    // `on_time` has the 16:00 slot today; the others 09:00.
    garita::draw::ensure_slots(&app.state, today, today)
        .await
        .unwrap();
    sqlx::query("INSERT INTO slots (port_id, day, start_time, capacity, taken) VALUES ('hidalgo', $1, '16:00', 5, 0)")
        .bind(today.to_string())
        .execute(&app.state.db.write)
        .await
        .unwrap();
    sqlx::query("UPDATE appointments SET start_time = '16:00' WHERE id = $1")
        .bind(&on_time.appointment)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let officer = app.staff(Role::Officer, Some("hidalgo")).await;
    assert_eq!(check_in(&app, &officer, &arrived.codes[0]).await.0, 200);

    // 09:00 + 30 min slot + 30 min grace = 10:00 local; run at 10:01 local time.
    let tz: chrono_tz::Tz = "America/Chicago".parse().unwrap();
    let at = |h: u32, m: u32| {
        use chrono::TimeZone;
        tz.from_local_datetime(&today.and_hms_opt(h, m, 0).unwrap())
            .earliest()
            .unwrap()
            .with_timezone(&Utc)
    };
    assert_eq!(
        garita::port_console::mark_no_shows(&app.state, at(9, 59))
            .await
            .unwrap(),
        0,
        "still within grace"
    );
    assert_eq!(
        garita::port_console::mark_no_shows(&app.state, at(10, 1))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        garita::port_console::mark_no_shows(&app.state, at(10, 2))
            .await
            .unwrap(),
        0,
        "once"
    );
    let status = |id: String| {
        let db = app.state.db.read.clone();
        async move {
            let (s,): (Option<String>,) =
                sqlx::query_as("SELECT port_status FROM appointments WHERE id = $1")
                    .bind(id)
                    .fetch_one(&db)
                    .await
                    .unwrap();
            s
        }
    };
    assert_eq!(
        status(late.appointment.clone()).await.as_deref(),
        Some("no-show")
    );
    assert_eq!(status(on_time.appointment.clone()).await, None);
    assert_eq!(
        status(arrived.appointment.clone()).await.as_deref(),
        Some("arrived")
    );

    // The traveler is told, in their language, and may ask again only after the wait.
    let s: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(&late.token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(s["request"]["notice"], "no-show");
    let until = s["request"]["blocked_until"].as_str().unwrap().to_string();
    let res = app
        .api
        .post(app.url("/api/v1/appointment-requests"))
        .bearer_auth(&late.token)
        .header("accept-language", "es")
        .json(&json!({"ports": ["hidalgo"], "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0}}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    let p: Value = res.json().await.unwrap();
    assert_eq!(p["code"], "no-show-wait");
    assert!(p["detail"].as_str().unwrap().contains(&until), "{p}");
}

#[tokio::test]
async fn a_capacity_cut_moves_or_notifies_every_affected_group() {
    let app = spawn_with(small_ports(4)).await;
    // Four groups of one at Brownsville; two more places exist at Hidalgo, which two of them accept.
    let mut groups = Vec::new();
    for i in 0..4 {
        let (_, token) = app.traveler().await;
        let m: Value = app
            .post_json("/api/v1/travelers", Some(&token), &member("Persona"))
            .await
            .json()
            .await
            .unwrap();
        app.api
            .put(app.url(&format!(
                "/api/v1/travelers/{}/photo",
                m["id"].as_str().unwrap()
            )))
            .bearer_auth(&token)
            .body(png(200, 260))
            .send()
            .await
            .unwrap();
        let ports = if i % 2 == 0 {
            json!(["brownsville", "hidalgo"])
        } else {
            json!(["brownsville"])
        };
        app.post_json("/api/v1/appointment-requests", Some(&token), &json!({"ports": ports, "location": {"latitude": 25.87, "longitude": -97.5, "accuracy_m": 100.0}})).await;
        groups.push(token);
    }
    let day = garita::appointments::cycle::next_draw_day(&app.state.settings.cycle, app.now());
    // Close everything but Brownsville's first day, then draw: all four get that slot.
    garita::draw::ensure_slots(&app.state, day + Duration::days(1), day + Duration::days(2))
        .await
        .unwrap();
    sqlx::query("UPDATE slots SET capacity = 0 WHERE NOT (port_id = 'brownsville' AND day = $1)")
        .bind((day + Duration::days(1)).to_string())
        .execute(&app.state.db.write)
        .await
        .unwrap();
    garita::draw::run(&app.state, day, app.now(), true)
        .await
        .unwrap();
    for t in &groups {
        let s: Value = app
            .get_json("/api/v1/appointment-requests/current", Some(t))
            .await
            .json()
            .await
            .unwrap();
        let id = s["appointment"]["id"].as_str().unwrap();
        app.post_json(
            &format!("/api/v1/appointments/{id}/confirm"),
            Some(t),
            &json!({}),
        )
        .await;
    }
    // Hidalgo opens two places that day; then Brownsville's slot is cut to one.
    sqlx::query("UPDATE slots SET capacity = 2 WHERE port_id = 'hidalgo' AND day = $1")
        .bind((day + Duration::days(1)).to_string())
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let officer = app.staff(Role::Officer, Some("brownsville")).await;
    let other = app.staff(Role::Officer, Some("laredo")).await;
    let url = format!(
        "/api/v1/ports/brownsville/capacity/{}",
        day + Duration::days(1)
    );
    let denied = app
        .api
        .put(app.url(&url))
        .bearer_auth(&other)
        .json(&json!({"slots": [{"start": "09:00", "capacity": 1}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(denied.status(), 404);
    let bad = app
        .api
        .put(app.url(&url))
        .bearer_auth(&officer)
        .json(&json!({"slots": [{"start": "09:00", "capacity": -1}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    let res = app
        .api
        .put(app.url(&url))
        .bearer_auth(&officer)
        .json(&json!({"slots": [{"start": "09:00", "capacity": 1}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let report: Value = res.json().await.unwrap();
    assert_eq!(
        report["moved"].as_u64().unwrap() + report["notified"].as_u64().unwrap(),
        3
    );
    assert_eq!(report["moved"], 2, "the two who accept Hidalgo go there");

    // None is lost: each group is either still booked or told and first in the next draw.
    let mut live = 0;
    let mut told = 0;
    for t in &groups {
        let s: Value = app
            .get_json("/api/v1/appointment-requests/current", Some(t))
            .await
            .json()
            .await
            .unwrap();
        if s["appointment"].is_null() {
            assert_eq!(s["request"]["notice"], "capacity-cut");
            assert_eq!(s["request"]["status"], "open");
            told += 1;
        } else {
            live += 1;
        }
    }
    assert_eq!((live, told), (3, 1));
    let (over,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM slots WHERE taken > capacity")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(over, 0);
    let (priority,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM appointment_requests WHERE priority = 1")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(priority, 1);
    assert_eq!(audit_count(&app, "capacity-set").await, 1);
}

#[tokio::test]
async fn an_admin_names_the_port_and_one_group_unseals_only_its_own_members() {
    let app = spawn_with(small_ports(20)).await;
    let today = app.port_today("laredo");
    let groups = [
        confirmed_group(&app, 3, "laredo").await,
        confirmed_group(&app, 2, "laredo").await,
        confirmed_group(&app, 4, "laredo").await,
    ];
    for g in &groups {
        app.move_to(&g.appointment, today).await;
    }
    let admin = app.staff(Role::Admin, None).await;

    // An admin has no port: checking in without naming one is refused, not guessed.
    let res = app
        .post_json(
            "/api/v1/console/check-ins",
            Some(&admin),
            &json!({"code": groups[1].codes[0]}),
        )
        .await;
    assert_eq!(res.status(), 422);
    let p: Value = res.json().await.unwrap();
    assert_eq!(p["errors"][0]["field"], "port", "{p}");
    // Naming another port gets that port's answer; naming the right one checks in.
    let res = app
        .post_json(
            "/api/v1/console/check-ins",
            Some(&admin),
            &json!({"code": groups[1].codes[0], "port": "san-ysidro"}),
        )
        .await;
    assert_eq!(res.status(), 409);
    let opened = app.state.vault.opened();
    let res = app
        .post_json(
            "/api/v1/console/check-ins",
            Some(&admin),
            &json!({"code": groups[1].codes[0], "port": "laredo"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["appointment"]["members"].as_array().unwrap().len(), 2);
    // Only the checked-in group's two members were unsealed, not the nine at the port today.
    assert_eq!(app.state.vault.opened() - opened, 2);

    // A decision outside the options is "unknown-choice"; an empty one is "required".
    let decide = |identity: &'static str, outcome: &'static str| {
        let path = format!(
            "/api/v1/console/appointments/{}/members/{}",
            groups[1].appointment, groups[1].codes[0]
        );
        let admin = admin.clone();
        let app = &app;
        async move {
            let res = app
                .post_json(
                    &path,
                    Some(&admin),
                    &json!({"identity": identity, "outcome": outcome}),
                )
                .await;
            (res.status().as_u16(), res.json::<Value>().await.unwrap())
        }
    };
    let (status, p) = decide("maybe", "pending").await;
    assert_eq!(status, 422);
    assert_eq!(p["errors"][0]["field"], "identity");
    assert_eq!(p["errors"][0]["code"], "unknown-choice", "{p}");
    let (_, p) = decide("confirmed", "deported").await;
    assert_eq!(p["errors"][0]["field"], "outcome");
    assert_eq!(p["errors"][0]["code"], "unknown-choice");
    let (_, p) = decide("", "pending").await;
    assert_eq!(p["errors"][0]["code"], "required");
    let opened = app.state.vault.opened();
    let (status, p) = decide("confirmed", "pending").await;
    assert_eq!(status, 200, "{p}");
    assert_eq!(
        app.state.vault.opened() - opened,
        2,
        "a decision unseals one group"
    );
}

#[tokio::test]
async fn an_evening_cut_never_moves_a_group_into_a_slot_that_has_begun() {
    let app = spawn_with(|s| {
        small_ports(10)(s);
        s.cycle.days_ahead = 3;
        s.session_idle = std::time::Duration::from_secs(7 * 86_400);
        s.session_absolute = s.session_idle;
    })
    .await;
    let g = confirmed_group(&app, 2, "brownsville").await;
    let today = app.port_today("brownsville");
    let tomorrow = today + Duration::days(1);
    app.move_to(&g.appointment, tomorrow).await;
    garita::draw::ensure_slots(&app.state, today, today + Duration::days(2))
        .await
        .unwrap();
    // 19:53 at Brownsville (America/Chicago): today's 09:00 slot has room but began long ago.
    let zone: chrono_tz::Tz = "America/Chicago".parse().unwrap();
    use chrono::TimeZone;
    let evening = zone
        .from_local_datetime(&today.and_hms_opt(19, 53, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc);
    app.clock.set(evening);
    let officer = app.staff(Role::Officer, Some("brownsville")).await;
    let res = app
        .api
        .put(app.url(&format!("/api/v1/ports/brownsville/capacity/{tomorrow}")))
        .bearer_auth(&officer)
        .json(&json!({"slots": [{"start": "09:00", "capacity": 0}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let report: Value = res.json().await.unwrap();
    assert_eq!(report["moved"], 1, "{report}");
    let (day,): (String,) = sqlx::query_as("SELECT day FROM appointments WHERE id = $1")
        .bind(&g.appointment)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(
        day,
        (today + Duration::days(2)).to_string(),
        "moved forward to the next slot not yet begun, not back into today"
    );
    // And the no-show job, run at once, finds nobody who did not come.
    assert_eq!(
        garita::port_console::mark_no_shows(&app.state, app.now())
            .await
            .unwrap(),
        0
    );
    let s: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(&g.token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(s["appointment"]["status"], "confirmed", "{s}");
}

#[tokio::test]
async fn reading_capacity_writes_nothing() {
    let app = spawn_with(small_ports(10)).await;
    let officer = app.staff(Role::Officer, Some("laredo")).await;
    let day = app.port_today("laredo") + Duration::days(1);
    let before = app.count("slots").await;
    let res = app
        .get_json(
            &format!("/api/v1/ports/laredo/capacity/{day}"),
            Some(&officer),
        )
        .await;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body[0]["start"], "09:00", "{body}");
    assert_eq!(body[0]["capacity"], 10);
    assert_eq!(body[0]["taken"], 0);
    assert_eq!(app.count("slots").await, before, "a GET inserted slot rows");
}
