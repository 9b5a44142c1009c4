//! Agriculture inspections: a broker's perishable-cargo request through its whole life with a
//! specialist of the facility (information asked, a message, a time proposed, accepted,
//! inspected), bad input refused with nothing written, an hour's capacity held under
//! concurrent scheduling, the thread's attachments and unread counts, another organisation
//! kept out, and a traveler's airport request with guidance and the specialist's answer.

use crate::common;

use chrono::{Datelike, Duration, TimeZone};
use common::{spawn_app, TestApp};
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::Role;
use garita_domain::status::OrganisationStatus;
use serde_json::{json, Value};

const LAREDO: &str = "cargo-laredo-world-trade-bridge";

/// Puts the clock at 09:00 Central on the next Tuesday, so the facility is open all day.
fn to_tuesday_morning(app: &TestApp) {
    let zone = chrono_tz::America::Chicago;
    let mut day = app.state.clock.now().with_timezone(&zone).date_naive() + Duration::days(1);
    while day.weekday() != chrono::Weekday::Tue {
        day += Duration::days(1);
    }
    let at = zone
        .from_local_datetime(&day.and_hms_opt(9, 0, 0).unwrap())
        .unwrap();
    app.state.clock.set(at.with_timezone(&chrono::Utc));
}

/// `HH:MM` today at the facility, as a local `datetime-local` value.
fn today_at(app: &TestApp, hhmm: &str) -> String {
    let day = app
        .state
        .clock
        .now()
        .with_timezone(&chrono_tz::America::Chicago)
        .date_naive();
    format!("{day}T{hhmm}")
}

/// A broker organisation with a member signed in; returns (organisation id, member's token).
async fn broker(app: &TestApp, name: &str) -> (i64, String) {
    let id = app
        .organisation(
            name,
            OrganisationKind::CustomsBroker,
            OrganisationStatus::Approved,
        )
        .await;
    let token = app
        .staff(Role::OrganisationMember, Some(&id.to_string()))
        .await;
    (id, token)
}

fn request(app: &TestApp) -> Value {
    json!({
        "location_id": LAREDO,
        "window_start": today_at(app, "10:00"),
        "window_end": today_at(app, "12:00"),
        "hs_chapter": "08",
        "hs_subheading": "0804.50",
        "commodity": "Fresh mangoes",
        "origin_country": "MX",
        "quantity": "20000",
        "unit": "kg",
        "container_number": "CSQU 305438 3",
        "entry_number": "B7R-0012345-6",
        "temperature": "10 to 13 °C",
        "contact": "Rosa Treviño, +52 867 555 0142"
    })
}

async fn act(app: &TestApp, token: &str, id: &str, body: Value) -> reqwest::Response {
    app.post_json(
        &format!("/api/v1/cargo-inspections/{id}/actions"),
        Some(token),
        &body,
    )
    .await
}

async fn status_of(app: &TestApp, token: &str, id: &str) -> String {
    let res = app
        .get_json(&format!("/api/v1/cargo-inspections/{id}"), Some(token))
        .await;
    assert_eq!(res.status(), 200);
    let v: Value = res.json().await.unwrap();
    v["status"].as_str().unwrap().to_string()
}

/// GET `path` as `token` and read the answer's JSON.
async fn json_of(app: &TestApp, path: &str, token: Option<&str>) -> Value {
    app.get_json(path, token).await.json().await.unwrap()
}

/// A cargo request of [`request`] by `token`'s organisation; returns its id.
async fn new_cargo_request(app: &TestApp, token: &str) -> String {
    let v = app
        .post_json("/api/v1/cargo-inspections", Some(token), &request(app))
        .await
        .json::<Value>()
        .await
        .unwrap();
    v["id"].as_str().unwrap().to_string()
}

/// The id of a cargo request in `status`.
async fn first_with_status(app: &TestApp, status: &str) -> String {
    sqlx::query_scalar("SELECT id FROM cargo_requests WHERE status = $1 LIMIT 1")
        .bind(status)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_cargo_request_goes_from_requested_to_inspected_with_a_specialist() {
    let app = spawn_app().await;
    to_tuesday_morning(&app);
    let (_, member) = broker(&app, "Agencia Uno").await;
    let specialist = app.staff(Role::AgricultureSpecialist, Some(LAREDO)).await;

    let res = app
        .post_json("/api/v1/cargo-inspections", Some(&member), &request(&app))
        .await;
    assert_eq!(res.status(), 201);
    let created: Value = res.json().await.unwrap();
    let id = created["id"].as_str().unwrap().to_string();
    assert_eq!(created["status"], "requested");
    assert_eq!(created["time_zone"], "America/Chicago");
    assert_eq!(created["container_number"], "CSQU3054383");

    // The specialist sees it in the facility's queue.
    let queue = json_of(
        &app,
        &format!("/api/v1/agriculture/facilities/{LAREDO}/queue"),
        Some(&specialist),
    )
    .await;
    assert!(queue
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == id.as_str()));

    // A requester cannot schedule; a specialist asks for information.
    let res = act(
        &app,
        &member,
        &id,
        json!({"action": "schedule", "time": today_at(&app, "11:00")}),
    )
    .await;
    assert_eq!(res.status(), 409);
    let res = act(&app, &specialist, &id, json!({"action": "request_information", "note": "Send the phytosanitary certificate number."})).await;
    assert_eq!(res.status(), 200);
    assert_eq!(status_of(&app, &member, &id).await, "information_requested");

    // The broker has one unread message (the question), reads it, answers.
    let mine = json_of(&app, "/api/v1/cargo-inspections", Some(&member)).await;
    assert_eq!(mine[0]["unread"], 1);
    let thread = json_of(
        &app,
        &format!("/api/v1/cargo-inspections/{id}/messages"),
        Some(&member),
    )
    .await;
    assert_eq!(thread[0]["side"], "specialist");
    let mine = json_of(&app, "/api/v1/cargo-inspections", Some(&member)).await;
    assert_eq!(mine[0]["unread"], 0);
    let res = app
        .post_json(
            &format!("/api/v1/cargo-inspections/{id}/messages"),
            Some(&member),
            &json!({"body": "Certificate MX-FITO-2026-118."}),
        )
        .await;
    assert_eq!(res.status(), 201);

    // A time is proposed, accepted by the broker: scheduled, holding a place in its hour.
    let res = act(
        &app,
        &specialist,
        &id,
        json!({"action": "propose_time", "time": today_at(&app, "11:30")}),
    )
    .await;
    assert_eq!(res.status(), 200);
    let res = act(&app, &member, &id, json!({"action": "accept"})).await;
    assert_eq!(res.status(), 200);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["status"], "scheduled");
    let day = json_of(
        &app,
        &format!("/api/v1/agriculture/facilities/{LAREDO}/day"),
        Some(&specialist),
    )
    .await;
    let eleven = day["hours"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["local"] == "11:00")
        .unwrap();
    assert_eq!(eleven["taken"], 1);
    assert_eq!(eleven["inspections"][0]["id"], id.as_str());

    // Inspected, released, with notes; nothing more may be done.
    let res = act(
        &app,
        &specialist,
        &id,
        json!({"action": "inspect", "outcome": "released", "note": "No pests found."}),
    )
    .await;
    assert_eq!(res.status(), 200);
    assert_eq!(status_of(&app, &member, &id).await, "inspected");
    let res = act(
        &app,
        &member,
        &id,
        json!({"action": "cancel", "note": "late"}),
    )
    .await;
    assert_eq!(res.status(), 409);
    // One inspection counted for the open statistics, at the facility, on its local day.
    let metric = garita_domain::statistics::Metric::Inspections.as_str();
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM stats_counters WHERE metric = $1")
        .bind(metric)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    let people: i64 =
        sqlx::query_scalar("SELECT people FROM stats_counters WHERE metric = $1 AND place = $2")
            .bind(metric)
            .bind(LAREDO)
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!((rows, people), (1, 1));

    // Every change is in the audit log, from what to what.
    let details: Vec<String> = sqlx::query_scalar(
        "SELECT detail FROM audit_log WHERE subject = $1 AND action = $2 ORDER BY seq",
    )
    .bind(format!("cargo-inspection:{id}"))
    .bind("cargo-inspection.changed")
    .fetch_all(&app.state.db.read)
    .await
    .unwrap();
    let steps: Vec<&str> = details
        .iter()
        .map(|d| d.split(" by=").next().unwrap())
        .collect();
    assert_eq!(
        steps,
        [
            "requested -> information_requested",
            "information_requested -> time_proposed",
            "time_proposed -> scheduled",
            "scheduled -> inspected"
        ],
        "{details:?}"
    );

    // The broker was told of the specialist's changes.
    let told: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE kind = $1")
        .bind("agriculture-update")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap_or(0);
    assert!(told >= 3, "notified {told} times");
}

#[tokio::test]
async fn bad_cargo_requests_are_refused_each_with_its_reason_and_nothing_written() {
    let app = spawn_app().await;
    to_tuesday_morning(&app);
    let (_, member) = broker(&app, "Agencia Dos").await;
    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "container_number",
            json!("CSQU3054384"),
            "invalid-container-number",
        ),
        ("hs_chapter", json!("99"), "unknown-hs-chapter"),
        ("hs_subheading", json!("070450"), "invalid-hs-subheading"),
        (
            "window_start",
            json!(today_at(&app, "08:30")),
            "time-in-past",
        ),
        ("location_id", json!("airport-iah"), "unknown-choice"),
    ];
    for (field, value, code) in cases {
        let mut body = request(&app);
        body[field] = value;
        let res = app
            .post_json("/api/v1/cargo-inspections", Some(&member), &body)
            .await;
        assert_eq!(res.status(), 422, "{field}");
        let v: Value = res.json().await.unwrap();
        let codes: Vec<&str> = v["errors"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["code"].as_str())
            .collect();
        assert!(codes.contains(&code), "{field}: {v}");
    }
    // A plate instead of a container: its state must be its country's.
    let mut body = request(&app);
    body["container_number"] = json!("");
    body["plate"] = json!("12AB3C4");
    body["plate_country"] = json!("MX");
    body["plate_state"] = json!("TX");
    let res = app
        .post_json("/api/v1/cargo-inspections", Some(&member), &body)
        .await;
    assert_eq!(res.status(), 422);
    // Outside the hours: Saturday closes at 16:00.
    let mut body = request(&app);
    let saturday = app
        .state
        .clock
        .now()
        .with_timezone(&chrono_tz::America::Chicago)
        .date_naive()
        + Duration::days(4);
    body["window_start"] = json!(format!("{saturday}T15:00"));
    body["window_end"] = json!(format!("{saturday}T17:00"));
    let res = app
        .post_json("/api/v1/cargo-inspections", Some(&member), &body)
        .await;
    assert_eq!(res.status(), 422);
    assert_eq!(app.count("cargo_requests").await, 0);
    // A traveler is no organisation.
    let (_, traveler) = app.traveler().await;
    let res = app
        .post_json("/api/v1/cargo-inspections", Some(&traveler), &request(&app))
        .await;
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn two_specialists_scheduling_into_the_last_place_of_an_hour_one_is_told_it_is_full() {
    let app = spawn_app().await;
    to_tuesday_morning(&app);
    // An hour of two places.
    sqlx::query("UPDATE locations SET capacity_per_hour = 2 WHERE id = $1")
        .bind(LAREDO)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let (_, member) = broker(&app, "Agencia Tres").await;
    let a = app.staff(Role::AgricultureSpecialist, Some(LAREDO)).await;
    let b = app.staff(Role::AgricultureSpecialist, Some(LAREDO)).await;
    let mut ids = Vec::new();
    for _ in 0..6 {
        ids.push(new_cargo_request(&app, &member).await);
    }
    let time = today_at(&app, "14:15");
    let mut tasks = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let token = if i.is_multiple_of(2) {
            a.clone()
        } else {
            b.clone()
        };
        let base = app.base.clone();
        let id = id.clone();
        let time = time.clone();
        tasks.push(tokio::spawn(async move {
            reqwest::Client::new()
                .post(format!("{base}/api/v1/cargo-inspections/{id}/actions"))
                .bearer_auth(token)
                .json(&json!({"action": "schedule", "time": time}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        2,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        4,
        "{statuses:?}"
    );
    let scheduled: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM cargo_requests WHERE status = $1")
            .bind("scheduled")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(scheduled, 2);
    let taken: i64 = sqlx::query_scalar(
        "SELECT CAST(SUM(taken) AS BIGINT) FROM agriculture_hours WHERE location_id = $1",
    )
    .bind(LAREDO)
    .fetch_one(&app.state.db.read)
    .await
    .unwrap();
    assert_eq!(taken, 2);
    // Cancelling one gives its place back: a third fits.
    let scheduled_id = first_with_status(&app, "scheduled").await;
    let res = act(
        &app,
        &a,
        &scheduled_id,
        json!({"action": "cancel", "note": "Truck broke down."}),
    )
    .await;
    assert_eq!(res.status(), 200);
    let waiting = first_with_status(&app, "requested").await;
    let res = act(
        &app,
        &b,
        &waiting,
        json!({"action": "schedule", "time": time}),
    )
    .await;
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn attachments_are_checked_sealed_and_served_only_as_sandboxed_downloads() {
    let app = spawn_app().await;
    to_tuesday_morning(&app);
    let (_, member) = broker(&app, "Agencia Cuatro").await;
    let id = &new_cargo_request(&app, &member).await;
    let upload = |kind: &'static str, bytes: Vec<u8>| {
        let url = format!("{}/api/v1/cargo-inspections/{id}/attachments", app.base);
        let token = member.clone();
        async move {
            reqwest::Client::new()
                .post(url)
                .bearer_auth(token)
                .header("content-type", kind)
                .body(bytes)
                .send()
                .await
                .unwrap()
        }
    };
    // Not what it claims: HTML sent as a PDF, text as a PNG.
    let res = upload(
        "application/pdf",
        b"<html><script>alert(1)</script></html>".to_vec(),
    )
    .await;
    assert_eq!(res.status(), 422);
    let res = upload("image/png", b"not a png at all".to_vec()).await;
    assert_eq!(res.status(), 422);
    let res = upload("text/html", b"<b>x</b>".to_vec()).await;
    assert_eq!(res.status(), 415);
    let res = upload("application/pdf", vec![b'%'; 6 * 1024 * 1024]).await;
    assert_eq!(res.status(), 413);
    assert_eq!(app.count("cargo_messages").await, 0);
    // A real PDF goes in, sealed, and comes out as a sandboxed download.
    let pdf = tiny_pdf();
    let res = upload("application/pdf", pdf.clone()).await;
    assert_eq!(res.status(), 201);
    let stored: Vec<u8> = sqlx::query_scalar("SELECT attachment_sealed FROM cargo_messages")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert!(!stored.windows(8).any(|w| w == b"%PDF-1.4"));
    let thread = json_of(
        &app,
        &format!("/api/v1/cargo-inspections/{id}/messages"),
        Some(&member),
    )
    .await;
    let url = thread[0]["attachment_url"].as_str().unwrap();
    let res = app.get_json(url, Some(&member)).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-security-policy"], "sandbox");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    assert_eq!(res.bytes().await.unwrap().to_vec(), pdf);
    // A message over the limit is refused.
    let res = app
        .post_json(
            &format!("/api/v1/cargo-inspections/{id}/messages"),
            Some(&member),
            &json!({"body": "x".repeat(4001)}),
        )
        .await;
    assert_eq!(res.status(), 422);
    assert_eq!(app.count("cargo_messages").await, 1, "nothing written");
}

fn tiny_pdf() -> Vec<u8> {
    let body = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
    let xref = body.len();
    let mut out = body.to_vec();
    out.extend_from_slice(
        format!("xref\n0 3\n0000000000 65535 f \ntrailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    out
}

#[tokio::test]
async fn another_organisation_and_another_facility_see_nothing_of_a_request() {
    let app = spawn_app().await;
    to_tuesday_morning(&app);
    let (_, member) = broker(&app, "Agencia Cinco").await;
    let (_, other) = broker(&app, "Agencia Seis").await;
    let elsewhere = app
        .staff(
            Role::AgricultureSpecialist,
            Some("cargo-laredo-colombia-solidarity"),
        )
        .await;
    let id = &new_cargo_request(&app, &member).await;
    for token in [&other, &elsewhere] {
        let res = app
            .get_json(&format!("/api/v1/cargo-inspections/{id}"), Some(token))
            .await;
        assert_eq!(res.status(), 404);
        let res = app
            .get_json(
                &format!("/api/v1/cargo-inspections/{id}/messages"),
                Some(token),
            )
            .await;
        assert_eq!(res.status(), 404);
    }
    let theirs = json_of(&app, "/api/v1/cargo-inspections", Some(&other)).await;
    assert_eq!(theirs.as_array().unwrap().len(), 0);
    let res = app
        .get_json(
            &format!("/api/v1/agriculture/facilities/{LAREDO}/day"),
            Some(&elsewhere),
        )
        .await;
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn a_traveler_declares_a_dog_and_mangoes_reads_guidance_and_the_specialists_answer() {
    let app = spawn_app().await;
    to_tuesday_morning(&app);
    let (_, traveler) = app.traveler().await;
    let specialist = app
        .staff(Role::AgricultureSpecialist, Some("airport-iah"))
        .await;
    let guidance = json_of(
        &app,
        "/api/v1/airport-inspections/guidance?categories=pet,fruit_vegetables,service_animal",
        None,
    )
    .await;
    let lines = guidance.as_array().unwrap();
    assert!(lines.iter().take(lines.len() - 1).all(|l| l["source"]
        .as_str()
        .is_some_and(|s| s.starts_with("https://www.cbp.gov/")
            || s.starts_with("https://www.aphis.usda.gov/"))));
    assert_eq!(
        lines.last().unwrap()["text"],
        "Declare everything; the officer at arrival decides."
    );
    // The unsourced service-animal line is not advice.
    assert!(!lines.iter().any(|l| l["category"] == "service_animal"));

    let tomorrow = app.state.clock.now().date_naive() + Duration::days(1);
    // Each item's problem names the item: `items[1].quantity`, and nothing is made.
    let res = app
        .post_json(
            "/api/v1/airport-inspections",
            Some(&traveler),
            &json!({"airport": "IAH", "flight": "AM 490", "flight_date": tomorrow.to_string(), "items": [
                {"category": "pet", "description": "Dog, 4 years", "quantity": "1", "origin_country": "MX"},
                {"category": "fruit_vegetables", "description": "Mangoes", "quantity": "0", "origin_country": "XX"}
            ]}),
        )
        .await;
    assert_eq!(res.status(), 422);
    let problem: Value = res.json().await.unwrap();
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["items[1].quantity", "items[1].origin_country"]);
    assert_eq!(app.count("airport_requests").await, 0);
    let res = app
        .post_json(
            "/api/v1/airport-inspections",
            Some(&traveler),
            &json!({"airport": "IAH", "flight": "AM 490", "flight_date": tomorrow.to_string(), "items": [
                {"category": "pet", "description": "Dog, 4 years", "quantity": "1", "origin_country": "MX"},
                {"category": "fruit_vegetables", "description": "Mangoes", "quantity": "6", "origin_country": "MX"}
            ]}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let created: Value = res.json().await.unwrap();
    let id = created["id"].as_str().unwrap();
    let queue = json_of(
        &app,
        "/api/v1/agriculture/airports/airport-iah/requests",
        Some(&specialist),
    )
    .await;
    let items = queue[0]["items"].as_array().unwrap();
    assert_eq!(items[0]["description"], "Dog, 4 years");
    let answers: Vec<Value> = items
        .iter()
        .zip(["inspection_at_arrival", "prohibited"])
        .map(|(i, a)| json!({"item_id": i["id"], "answer": a, "note": "See the officer."}))
        .collect();
    let res = app
        .post_json(
            &format!("/api/v1/airport-inspections/{id}/answers"),
            Some(&specialist),
            &json!({"answers": answers}),
        )
        .await;
    assert_eq!(res.status(), 204);
    let seen = json_of(
        &app,
        &format!("/api/v1/airport-inspections/{id}"),
        Some(&traveler),
    )
    .await;
    assert_eq!(seen["status"], "answered");
    assert_eq!(seen["items"][1]["answer"], "prohibited");
    assert_eq!(seen["items"][0]["answer_note"], "See the officer.");
    // Another airport's specialist cannot answer.
    let other = app
        .staff(Role::AgricultureSpecialist, Some("airport-lrd"))
        .await;
    let res = app
        .post_json(
            &format!("/api/v1/airport-inspections/{id}/answers"),
            Some(&other),
            &json!({"answers": []}),
        )
        .await;
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn a_broker_and_a_specialist_do_it_all_on_the_pages_in_spanish() {
    let app = spawn_app().await;
    to_tuesday_morning(&app);
    let organisation = app
        .organisation(
            "Agencia Siete",
            OrganisationKind::CustomsBroker,
            OrganisationStatus::Approved,
        )
        .await;
    let broker = app
        .staff_browser(
            Role::OrganisationMember,
            Some(&organisation.to_string()),
            "/",
        )
        .await;
    let specialist = app
        .staff_browser(Role::AgricultureSpecialist, Some(LAREDO), "/")
        .await;
    // `?lang=es` once: the choice is kept (cookie) for the pages that follow.
    for b in [&broker, &specialist] {
        b.get(app.url("/?lang=es")).send().await.unwrap();
    }
    let es = |b: &reqwest::Client, path: &str| b.get(app.url(path)).send();
    let page = es(&broker, "/cargo/inspections/new").await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Nueva solicitud de inspección"), "{html}");
    let csrf = app.form_token(&broker, "/cargo/inspections/new").await;
    let fields = [
        ("csrf_token", csrf.clone()),
        ("location_id", LAREDO.to_string()),
        ("window_start", today_at(&app, "13:00")),
        ("window_end", today_at(&app, "15:00")),
        ("hs_chapter", "08".into()),
        ("hs_subheading", "".into()),
        ("commodity", "Aguacate Hass".into()),
        ("origin_country", "MX".into()),
        ("quantity", "1200".into()),
        ("unit", "cajas".into()),
        ("container_number", "".into()),
        ("plate", "12AB3C4".into()),
        ("plate_country", "MX".into()),
        ("plate_state", "FED".into()),
        ("entry_number", "B7R-1".into()),
        ("temperature", "5 °C".into()),
        ("contact", "Rosa, +52 867 555 0142".into()),
    ];
    // A wrong container number is shown on the form, in Spanish, and nothing is made.
    let mut wrong = fields.to_vec();
    wrong[10] = ("container_number", "CSQU3054384".into());
    let res = broker
        .post(app.url("/cargo/inspections/new"))
        .form(&wrong)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("dígito de control"));
    assert_eq!(app.count("cargo_requests").await, 0);
    let res = broker
        .post(app.url("/cargo/inspections/new"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let detail = res.headers()["location"].to_str().unwrap().to_string();
    let id = detail.rsplit('/').next().unwrap().to_string();

    // The specialist finds it in the queue and asks for more on the page.
    let day = es(&specialist, &format!("/agriculture/facilities/{LAREDO}"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(day.contains("Aguacate Hass") && day.contains("Solicitudes en espera"));
    let token = app.form_token(&specialist, &detail).await;
    let res = specialist
        .post(app.url(&format!("{detail}/action")))
        .form(&[
            ("csrf_token", token.as_str()),
            ("action", "request_information"),
            ("note", "¿Número de certificado fitosanitario?"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);

    // The broker reads it and answers in the thread (multipart, with a PDF).
    let html = es(&broker, &detail).await.unwrap().text().await.unwrap();
    assert!(html.contains("Información solicitada"));
    assert!(html.contains("¿Número de certificado fitosanitario?"));
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf.clone())
        .text("body", "Certificado MX-118, adjunto.")
        .part(
            "file",
            reqwest::multipart::Part::bytes(tiny_pdf())
                .file_name("cert.pdf")
                .mime_str("application/pdf")
                .unwrap(),
        );
    let res = broker
        .post(app.url(&format!("{detail}/messages")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    // Without the form token nothing is written.
    let form = reqwest::multipart::Form::new().text("body", "sin token");
    let res = broker
        .post(app.url(&format!("{detail}/messages")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);

    // The specialist schedules; both pages say so, with the facility's zone named.
    let token = app.form_token(&specialist, &detail).await;
    let res = specialist
        .post(app.url(&format!("{detail}/action")))
        .form(&[
            ("csrf_token", token.as_str()),
            ("action", "schedule"),
            ("time", &today_at(&app, "13:30")),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let html = es(&broker, &detail).await.unwrap().text().await.unwrap();
    assert!(html.contains("Programada"), "{html}");
    assert!(html.contains("Descargar el archivo adjunto"));
    assert!(html.contains("hora central"), "{html}");
    let stored: String = sqlx::query_scalar("SELECT status FROM cargo_requests WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(stored, "scheduled");
}

#[tokio::test]
async fn closed_requests_go_after_ninety_days_and_open_ones_stay() {
    let app = spawn_app().await;
    to_tuesday_morning(&app);
    let (_, member) = broker(&app, "Agencia Ocho").await;
    let mut ids = Vec::new();
    for _ in 0..2 {
        ids.push(new_cargo_request(&app, &member).await);
    }
    let res = act(
        &app,
        &member,
        &ids[0],
        json!({"action": "cancel", "note": "Not needed."}),
    )
    .await;
    assert_eq!(res.status(), 200);
    app.post_json(
        &format!("/api/v1/cargo-inspections/{}/messages", ids[1]),
        Some(&member),
        &json!({"body": "Still coming."}),
    )
    .await;
    app.state.clock.advance(Duration::days(89));
    garita::retention::purge(&app.state, app.state.clock.now())
        .await
        .unwrap();
    assert_eq!(app.count("cargo_requests").await, 2);
    app.state.clock.advance(Duration::days(2));
    let purged = garita::retention::purge(&app.state, app.state.clock.now())
        .await
        .unwrap();
    assert_eq!(purged.of(garita::retention::Job::AgricultureInspections), 1);
    let left: String = sqlx::query_scalar("SELECT id FROM cargo_requests")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(left, ids[1], "the open request stays");
    assert_eq!(app.count("cargo_messages").await, 1);
}

/// Categories no list names are a rule the schema cannot state: 422 on `categories`; a
/// facility no specialist has, with a date that reads, is 404.
#[tokio::test]
async fn unknown_guidance_categories_are_422_and_an_unknown_facility_day_is_404() {
    let app = spawn_app().await;
    let res = app
        .get_json(
            "/api/v1/airport-inspections/guidance?categories=pet,not-a-category",
            None,
        )
        .await;
    assert_eq!(res.status(), 422);
    let specialist = app.staff(Role::AgricultureSpecialist, Some(LAREDO)).await;
    let res = app
        .get_json(
            "/api/v1/agriculture/facilities/no-such-place/day?date=2026-12-01",
            Some(&specialist),
        )
        .await;
    assert_eq!(res.status(), 404);
}

/// A traveler's airport request at IAH for tomorrow with one item; returns (request, item).
async fn airport_request_with_an_item(app: &TestApp, traveler: &str) -> (String, String) {
    let tomorrow = app.state.clock.now().date_naive() + Duration::days(1);
    let created: Value = app
        .post_json(
            "/api/v1/airport-inspections",
            Some(traveler),
            &json!({"airport": "IAH", "flight": "AM 490", "flight_date": tomorrow.to_string(), "items": [
                {"category": "fruit_vegetables", "description": "Mangoes", "quantity": "6", "origin_country": "MX"}
            ]}),
        )
        .await
        .json()
        .await
        .unwrap();
    (
        created["id"].as_str().unwrap().to_string(),
        created["items"][0]["id"].as_str().unwrap().to_string(),
    )
}

async fn upload_item_photo(
    app: &TestApp,
    token: &str,
    id: &str,
    item: &str,
    kind: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name("photo")
        .mime_str(kind)
        .unwrap();
    reqwest::Client::new()
        .post(format!(
            "{}/api/v1/airport-inspections/{id}/items/{item}/photos",
            app.base
        ))
        .bearer_auth(token)
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap()
}

/// Uploads a photo of an item as `kind` and checks the answer's status.
async fn upload_expecting(
    app: &TestApp,
    token: &str,
    id: &str,
    item: &str,
    kind: &str,
    bytes: Vec<u8>,
    status: u16,
) -> reqwest::Response {
    let res = upload_item_photo(app, token, id, item, kind, bytes).await;
    assert_eq!(res.status(), status, "{kind}");
    res
}

#[tokio::test]
async fn an_item_photo_is_checked_sealed_and_shown_only_to_its_traveler_and_the_airports_specialists(
) {
    let app = spawn_app().await;
    to_tuesday_morning(&app);
    let (_, traveler) = app.traveler().await;
    let (_, other_traveler) = app.traveler().await;
    let specialist = app
        .staff(Role::AgricultureSpecialist, Some("airport-iah"))
        .await;
    let elsewhere = app
        .staff(Role::AgricultureSpecialist, Some("airport-mia"))
        .await;
    let (id, item) = airport_request_with_an_item(&app, &traveler).await;

    // Not an image though it claims to be one: 422, nothing stored.
    upload_expecting(
        &app,
        &traveler,
        &id,
        &item,
        "image/jpeg",
        b"%PDF-1.4 no".to_vec(),
        422,
    )
    .await;
    upload_expecting(
        &app,
        &traveler,
        &id,
        &item,
        "text/html",
        b"<b>x</b>".to_vec(),
        415,
    )
    .await;
    // A part without a type of its own is judged by its bytes: not an image, 422.
    upload_expecting(
        &app,
        &traveler,
        &id,
        &item,
        "application/octet-stream",
        b"<b>x</b>".to_vec(),
        422,
    )
    .await;
    assert_eq!(app.count("airport_item_photos").await, 0);
    // Another traveler cannot attach to it.
    upload_expecting(
        &app,
        &other_traveler,
        &id,
        &item,
        "image/png",
        common::png(240, 320),
        404,
    )
    .await;
    assert_eq!(app.count("airport_item_photos").await, 0);

    upload_expecting(
        &app,
        &traveler,
        &id,
        &item,
        "image/png",
        common::png(240, 320),
        201,
    )
    .await;
    let stored: Vec<u8> = sqlx::query_scalar("SELECT photo_sealed FROM airport_item_photos")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert!(!stored.starts_with(&[0xff, 0xd8]), "sealed at rest");

    // The specialist of that airport sees it on the request and opens it.
    let seen = json_of(
        &app,
        &format!("/api/v1/airport-inspections/{id}"),
        Some(&traveler),
    )
    .await;
    let url = seen["items"][0]["photos"][0].as_str().unwrap().to_string();
    let queue = json_of(
        &app,
        "/api/v1/agriculture/airports/airport-iah/requests",
        Some(&specialist),
    )
    .await;
    assert_eq!(queue[0]["items"][0]["photos"][0], url.as_str());
    let audited_before = app.count("audit_log").await;
    let res = app.get_json(&url, Some(&specialist)).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/jpeg");
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    let bytes = res.bytes().await.unwrap();
    assert!(bytes.starts_with(&[0xff, 0xd8]), "re-encoded as JPEG");
    assert!(
        app.count("audit_log").await > audited_before,
        "the view is audited"
    );
    assert_eq!(app.get_json(&url, Some(&traveler)).await.status(), 200);
    // Another traveler and a specialist of another airport find nothing.
    assert_eq!(
        app.get_json(&url, Some(&other_traveler)).await.status(),
        404
    );
    assert_eq!(app.get_json(&url, Some(&elsewhere)).await.status(), 404);
}

#[tokio::test]
async fn a_fourth_photo_of_an_item_is_refused_and_photos_go_with_the_request() {
    let app = spawn_app().await;
    to_tuesday_morning(&app);
    let (_, traveler) = app.traveler().await;
    let (id, item) = airport_request_with_an_item(&app, &traveler).await;
    for _ in 0..3 {
        upload_expecting(
            &app,
            &traveler,
            &id,
            &item,
            "image/jpeg",
            common::jpeg(240, 320),
            201,
        )
        .await;
    }
    let res = upload_expecting(
        &app,
        &traveler,
        &id,
        &item,
        "image/jpeg",
        common::jpeg(240, 320),
        409,
    )
    .await;
    let problem: Value = res.json().await.unwrap();
    assert_eq!(problem["code"], "agriculture-item-photos-full");
    assert_eq!(app.count("airport_item_photos").await, 3);
    // The retention purge takes the request after its flight day, and its photos with it.
    app.state.clock.advance(Duration::days(89));
    garita::retention::purge(&app.state, app.state.clock.now())
        .await
        .unwrap();
    assert_eq!(app.count("airport_item_photos").await, 3);
    app.state.clock.advance(Duration::days(4));
    garita::retention::purge(&app.state, app.state.clock.now())
        .await
        .unwrap();
    assert_eq!(app.count("airport_requests").await, 0);
    assert_eq!(app.count("airport_item_photos").await, 0);
}

#[tokio::test]
async fn a_traveler_attaches_a_photo_on_the_request_page_without_javascript() {
    let app = spawn_app().await;
    to_tuesday_morning(&app);
    let (b, _) = app.signed_up_browser("/register?lang=es").await;
    let token = app.login("rosa@example.org", common::PASSWORD).await;
    let (id, item) = airport_request_with_an_item(&app, &token).await;
    let path = format!("/agriculture/airport/{id}");
    let html = b
        .get(app.url(&path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("enctype=\"multipart/form-data\""), "{html}");
    assert!(html.contains("type=\"file\""), "{html}");
    assert!(html.contains("Agregar una foto"), "{html}");
    let csrf = app.form_token(&b, &path).await;
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf)
        .part(
            "file",
            reqwest::multipart::Part::bytes(common::png(240, 320))
                .file_name("mango.png")
                .mime_str("image/png")
                .unwrap(),
        );
    let res = b
        .post(app.url(&format!("{path}/items/{item}/photos")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(app.count("airport_item_photos").await, 1);
    let html = b
        .get(app.url(&path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let src = html
        .split("<img src=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the photo is shown")
        .to_string();
    let res = b.get(app.url(&src)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
}

/// The page's form as a traveler's browser posts it: `fields` plus the form token.
async fn post_airport_form(
    app: &TestApp,
    b: &reqwest::Client,
    fields: &[(String, String)],
) -> reqwest::Response {
    let mut all = vec![(
        "csrf_token".to_string(),
        app.form_token(b, "/agriculture/airport").await,
    )];
    all.extend_from_slice(fields);
    b.post(app.url("/agriculture/airport"))
        .form(&all)
        .send()
        .await
        .unwrap()
}

/// The form's fields for an arrival at IAH tomorrow with `items` rows of
/// (category, description, quantity, origin), and `step`.
fn airport_fields(
    app: &TestApp,
    items: &[(&str, &str, &str, &str)],
    step: &str,
) -> Vec<(String, String)> {
    let tomorrow = app.state.clock.now().date_naive() + Duration::days(1);
    let mut f: Vec<(String, String)> = vec![
        ("airport".into(), "IAH".into()),
        ("flight".into(), "AM 490".into()),
        ("flight_date".into(), tomorrow.to_string()),
        ("rows".into(), items.len().to_string()),
        ("step".into(), step.into()),
    ];
    for (i, (c, d, q, o)) in items.iter().enumerate() {
        let n = i + 1;
        f.push((format!("category_{n}"), c.to_string()));
        f.push((format!("description_{n}"), d.to_string()));
        f.push((format!("quantity_{n}"), q.to_string()));
        f.push((format!("origin_{n}"), o.to_string()));
    }
    f
}

/// How many item rows a page of the form shows.
fn rows_shown(html: &str) -> usize {
    (1..=30)
        .take_while(|n| html.contains(&format!("name=\"category_{n}\"")))
        .count()
}

#[tokio::test]
async fn the_page_form_takes_as_many_items_as_the_api_rows_added_and_removed_without_javascript() {
    let app = spawn_app().await;
    to_tuesday_morning(&app);
    let (b, _) = app.signed_up_browser("/register").await;
    let html = b
        .get(app.url("/agriculture/airport"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(rows_shown(&html), 1, "{html}");
    assert!(html.contains("value=\"add\"") && html.contains("Add another item"));

    // "Add another item" comes back with one row more and everything typed kept.
    let dog = ("pet", "Dog, 4 years", "1", "MX");
    let res = post_airport_form(&app, &b, &airport_fields(&app, &[dog], "add")).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert_eq!(rows_shown(&html), 2);
    assert!(html.contains("value=\"Dog, 4 years\"") && html.contains("value=\"AM 490\""));
    assert!(html.contains("value=\"remove-2\""));
    assert_eq!(app.count("airport_requests").await, 0);

    // "Remove" takes that row away; the rows after it move up.
    let mangoes = ("fruit_vegetables", "Mangoes", "6", "MX");
    let cheese = ("meat_dairy", "Cheese", "2", "FR");
    let res = post_airport_form(
        &app,
        &b,
        &airport_fields(&app, &[dog, mangoes, cheese], "remove-2"),
    )
    .await;
    let html = res.text().await.unwrap();
    assert_eq!(rows_shown(&html), 2);
    assert!(!html.contains("value=\"Mangoes\""));
    assert!(html.contains("id=\"description_2\" name=\"description_2\" value=\"Cheese\""));

    // As many rows as the API takes, and no more.
    let many = vec![mangoes; garita::agriculture::airport::MAX_ITEMS];
    let html = post_airport_form(&app, &b, &airport_fields(&app, &many, "add"))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(rows_shown(&html), garita::agriculture::airport::MAX_ITEMS);
    assert!(!html.contains("value=\"add\""), "no row beyond the limit");

    // A bad row: the problem is shown at that row's field, nothing is made.
    let bad = ("meat_dairy", "Cheese", "0", "FR");
    let res = post_airport_form(&app, &b, &airport_fields(&app, &[dog, bad], "submit")).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("id=\"quantity_2-error\""), "{html}");
    assert!(
        html.contains("href=\"#quantity_2\""),
        "the summary links to it"
    );
    assert!(!html.contains("id=\"quantity_1-error\""));
    assert_eq!(app.count("airport_requests").await, 0);

    // All twenty sent from the page.
    let res = post_airport_form(&app, &b, &airport_fields(&app, &many, "submit")).await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.count("airport_items").await, many.len() as i64);
}

#[tokio::test]
async fn the_demo_travelers_dog_has_a_photo_made_once() {
    let app = spawn_app().await;
    garita::demo::load(&app.state).await.unwrap();
    garita::agriculture::demo::seed(&app.state).await.unwrap();
    #[derive(sqlx::FromRow)]
    struct Photo {
        category: String,
        photo_sealed: Vec<u8>,
        id: String,
    }
    let photos: Vec<Photo> = sqlx::query_as(
        "SELECT i.category, p.photo_sealed, p.id FROM airport_item_photos p
         JOIN airport_items i ON i.id = p.item_id",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap();
    assert_eq!(photos.len(), 1, "one photo, however often the demo starts");
    assert_eq!(photos[0].category, "pet");
    let jpeg = app
        .state
        .vault
        .open(
            &format!("airport-item-photo:{}", photos[0].id),
            &photos[0].photo_sealed,
        )
        .unwrap();
    assert!(jpeg.starts_with(&[0xff, 0xd8]), "sealed, and a JPEG inside");
}

#[tokio::test]
async fn a_request_is_handed_to_another_specialist_of_its_facility_and_no_one_else() {
    let app = spawn_app().await;
    to_tuesday_morning(&app);
    let (_, member) = broker(&app, "Agencia Nueve").await;
    let specialist = |place: &'static str| {
        let app = &app;
        async move {
            let (id, email, secret) = app
                .staff_account(&common::grants(Role::AgricultureSpecialist, Some(place)))
                .await;
            (
                id,
                app.login_with_code(&email, common::PASSWORD, &secret).await,
            )
        }
    };
    let (_, first) = specialist(LAREDO).await;
    let (second_id, second) = specialist(LAREDO).await;
    let (elsewhere_id, _) = specialist("cargo-laredo-colombia-solidarity").await;
    let id = new_cargo_request(&app, &member).await;
    let assign = |token: String, to: i64| {
        let path = format!("/api/v1/cargo-inspections/{id}/assignment");
        let app = &app;
        async move {
            app.post_json(&path, Some(&token), &json!({"specialist_id": to}))
                .await
                .status()
        }
    };
    // Not to a specialist of another facility; not by the requester.
    assert_eq!(assign(first.clone(), elsewhere_id).await, 422);
    assert_eq!(assign(member.clone(), second_id).await, 403);
    assert_eq!(assign(first.clone(), second_id).await, 204);
    let v = json_of(
        &app,
        &format!("/api/v1/cargo-inspections/{id}"),
        Some(&second),
    )
    .await;
    assert_eq!(v["specialist_id"], second_id);
    let told: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE account_id = $1")
        .bind(second_id)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(told, 1, "the new holder is told");
    // A closed request stays with whoever had it.
    let res = act(
        &app,
        &member,
        &id,
        json!({"action": "cancel", "note": "Not needed."}),
    )
    .await;
    assert_eq!(res.status(), 200);
    assert_eq!(assign(second.clone(), second_id).await, 409);
}
