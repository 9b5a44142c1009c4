//! Advance bus manifests: a bus line's JSON and CSV manifests (each bad input reported by row
//! and column, nothing half-stored), versions, the port's "Buses today" and processing, the
//! carrier's counts-only view, isolation between bus lines, sealing and retention.

use crate::common;

use common::{spawn_app, TestApp};
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::Role;
use garita_domain::status::OrganisationStatus;
use reqwest::multipart::{Form, Part};
use serde_json::{json, Value};

const PORT: &str = "el-paso";

/// A bus line (approved) and the bearer token of one of its members.
async fn bus_line(app: &TestApp, name: &str) -> (i64, String) {
    let id = app
        .organisation(
            name,
            OrganisationKind::BusLine,
            OrganisationStatus::Approved,
        )
        .await;
    let token = app
        .staff(Role::OrganisationMember, Some(&id.to_string()))
        .await;
    (id, token)
}

fn person(family: &str, number: &str) -> Value {
    json!({
        "role": "passenger", "family_name": family, "given_names": "Ana María",
        "date_of_birth": "1990-05-21", "sex": "F", "citizenship": "MX",
        "residence_country": "MX", "document_type": "passport", "document_number": number,
        "document_country": "MX", "document_expiry": "2030-01-01",
        "us_address": "100 N Stanton St, El Paso, TX 79901"
    })
}

/// Today at El Paso, 14:00 the port's time (the test clock starts at 08:00 there).
fn trip(number: &str) -> Value {
    json!({
        "trip_number": number, "origin_city": "Chihuahua", "port": PORT,
        "arrival_at": "2026-06-15T14:00", "plate": "ABC-1234", "plate_country": "MX"
    })
}

async fn submit(app: &TestApp, token: &str, number: &str, people: Vec<Value>) -> reqwest::Response {
    app.post_json(
        "/api/v1/bus-manifests",
        Some(token),
        &json!({"trip": trip(number), "travelers": people}),
    )
    .await
}

async fn created(app: &TestApp, token: &str, number: &str, people: Vec<Value>) -> String {
    let res = submit(app, token, number, people).await;
    assert_eq!(res.status(), 201);
    let body: Value = res.json().await.unwrap();
    body["id"].as_str().unwrap().to_string()
}

const HEADER: &str = "role,family_name,given_names,date_of_birth,sex,citizenship,residence_country,document_type,document_number,document_country,document_expiry,us_address";

fn line(family: &str, number: &str) -> String {
    format!("passenger,{family},Ana,1990-05-21,F,MX,MX,passport,{number},MX,2030-01-01,\"100 N Stanton St, El Paso, TX\"")
}

/// Uploads a file through the carrier's page (`encoding`, `accept_valid` as the form sends
/// them): the status and the page.
async fn upload(
    app: &TestApp,
    b: &reqwest::Client,
    number: &str,
    file: Vec<u8>,
    options: &[(&str, &str)],
) -> (u16, String) {
    let csrf = app.form_token(b, "/bus-manifests/upload").await;
    let mut form = Form::new()
        .text("csrf_token", csrf)
        .text("trip_number", number.to_string())
        .text("origin_city", "Chihuahua")
        .text("port", PORT)
        .text("arrival_at", "2026-06-15T14:00")
        .text("plate", "ABC-1234")
        .text("plate_country", "MX");
    for (k, v) in options {
        form = form.text(k.to_string(), v.to_string());
    }
    form = form.part("file", Part::bytes(file).file_name("manifest.csv"));
    let res = b
        .post(app.url("/bus-manifests/upload"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.text().await.unwrap())
}

async fn carrier_browser(app: &TestApp, organisation: i64) -> reqwest::Client {
    app.staff_browser(
        Role::OrganisationMember,
        Some(&organisation.to_string()),
        "/bus-manifests",
    )
    .await
}

/// (row, column) of each problem the page's report lists.
fn reported(html: &str) -> Vec<(String, String)> {
    html.split("data-row=\"")
        .skip(1)
        .map(|s| {
            let row = s.split('"').next().unwrap().to_string();
            let column = s
                .split("data-column=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .to_string();
            (row, column)
        })
        .collect()
}

#[tokio::test]
async fn a_json_manifest_is_stored_sealed_and_its_carrier_sees_counts_only() {
    let app = spawn_app().await;
    let (_, token) = bus_line(&app, "Autobuses Uno").await;
    let id = created(
        &app,
        &token,
        "AU-1",
        vec![person("Zapata", "G1"), person("Villa", "G2")],
    )
    .await;
    let list: Value = app
        .get_json("/api/v1/bus-manifests", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["status"], "expected");
    assert_eq!(
        list[0]["counts"],
        json!({"manifested": 2, "arrived": 0, "missing": 0, "added": 0})
    );
    // Sealed at rest: the name is nowhere in the stored bytes.
    let sealed: Vec<Vec<u8>> = sqlx::query_scalar("SELECT sealed FROM bus_manifest_travelers")
        .fetch_all(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(sealed.len(), 2);
    assert!(sealed.iter().all(|s| !s.windows(6).any(|w| w == b"Zapata")));
    let one: Value = app
        .get_json(&format!("/api/v1/bus-manifests/{id}"), Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert!(
        !one.to_string().contains("Zapata"),
        "the carrier's view names no one"
    );
    assert!(!one.to_string().contains("outcome"));
}

#[tokio::test]
async fn each_bad_field_is_reported_with_its_row_and_column_and_nothing_is_stored() {
    let app = spawn_app().await;
    let (_, token) = bus_line(&app, "Autobuses Dos").await;
    let mut slash = person("Zapata", "G1");
    slash["date_of_birth"] = json!("03/04/1990");
    let mut expired = person("Villa", "G2");
    expired["document_expiry"] = json!("2026-06-14");
    let duplicate = person("Madero", "G1");
    let mut kind = person("Carranza", "G4");
    kind["document_type"] = json!("library-card");
    let res = submit(&app, &token, "AD-1", vec![slash, expired, duplicate, kind]).await;
    assert_eq!(res.status(), 422);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["code"], "bus-manifest-invalid");
    let rows: Vec<(u64, String, String)> = body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["row"].as_u64().unwrap(),
                r["column"].as_str().unwrap().to_string(),
                r["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (1, "date_of_birth".into(), "date-not-iso".into()),
            (2, "document_expiry".into(), "document-expired".into()),
            (4, "document_type".into(), "unknown-document-type".into()),
        ]
    );
    // The first line is refused, so its document is not yet "seen": the duplicate needs two good lines.
    let dup = submit(
        &app,
        &token,
        "AD-1",
        vec![person("Zapata", "G1"), person("Madero", "G1")],
    )
    .await;
    let body: Value = dup.json().await.unwrap();
    assert_eq!(body["rows"][0]["code"], "duplicate-traveler");
    assert_eq!(body["rows"][0]["row"], 2);
    assert!(body["rows"][0]["detail"]
        .as_str()
        .unwrap()
        .contains("Row 2"));
    assert_eq!(app.count("bus_trips").await, 0);
    assert_eq!(app.count("bus_manifest_travelers").await, 0);
    // A trip arriving in the past, or at a port Garita does not know, is the trip's problem.
    let mut past = trip("AD-2");
    past["arrival_at"] = json!("2026-06-15T07:00");
    past["port"] = json!("atlantis");
    let res = app
        .post_json(
            "/api/v1/bus-manifests",
            Some(&token),
            &json!({"trip": past, "travelers": [person("A", "X1")]}),
        )
        .await;
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["rows"][0]["column"], "port");
    assert_eq!(body["rows"][0]["row"], 0);
}

#[tokio::test]
async fn csv_header_encoding_bom_quotes_and_dates_are_each_reported_precisely() {
    let app = spawn_app().await;
    let (organisation, _) = bus_line(&app, "Autobuses Tres").await;
    let b = carrier_browser(&app, organisation).await;
    // A wrong header names the column.
    let (status, html) = upload(
        &app,
        &b,
        "AT-1",
        format!("{}\n{}\n", HEADER.replace("sex", "gender"), line("A", "X1")).into_bytes(),
        &[],
    )
    .await;
    assert_eq!(status, 422);
    assert!(html.contains("gender"), "names the unknown column");
    // Invalid UTF-8 names the first bad line.
    let mut bytes = format!("{HEADER}\n{}\n", line("A", "X1")).into_bytes();
    bytes.extend(b"passenger,Pe\xF1a,Ana,1990-05-21,F,MX,MX,passport,X2,MX,2030-01-01,x\n");
    let (status, html) = upload(&app, &b, "AT-1", bytes.clone(), &[]).await;
    assert_eq!(status, 422);
    assert!(html.contains("(line 3)"), "{html}");
    // The same bytes, chosen as Windows-1252, are read as such.
    let (status, _) = upload(&app, &b, "AT-1", bytes, &[("encoding", "windows-1252")]).await;
    assert_eq!(status, 303);
    // A BOM, quoted commas and a newline inside quotes.
    let file = format!(
        "\u{FEFF}{HEADER}\r\n{}\r\npassenger,\"O'Neil, Jr.\",Sam,1980-01-02,M,IE,IE,passport,P9,IE,2031-01-01,\"12 Oregon St\nApt 4, El Paso\"\r\n",
        line("B", "Y1")
    );
    let (status, html) = upload(&app, &b, "AT-2", file.into_bytes(), &[]).await;
    assert_eq!(
        status,
        303,
        "{}",
        html.split("id=\"report\"").nth(1).unwrap_or_default()
    );
    let officer = app.staff(Role::Officer, Some(PORT)).await;
    let day: Value = app
        .get_json("/api/v1/console/buses", Some(&officer))
        .await
        .json()
        .await
        .unwrap();
    let id = day["trips"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["trip_number"] == "AT-2")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let m: Value = app
        .get_json(&format!("/api/v1/console/buses/{id}"), Some(&officer))
        .await
        .json()
        .await
        .unwrap();
    let oneil = m["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["traveler"]["document_number"] == "P9")
        .unwrap();
    assert_eq!(oneil["traveler"]["family_name"], "O'Neil, Jr.");
    assert_eq!(
        oneil["traveler"]["us_address"],
        "12 Oregon St, Apt 4, El Paso"
    );
    let peña = day["trips"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["trip_number"] == "AT-1")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let m: Value = app
        .get_json(&format!("/api/v1/console/buses/{peña}"), Some(&officer))
        .await
        .json()
        .await
        .unwrap();
    assert!(m["people"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["traveler"]["family_name"] == "Peña"));
    // Another date format is refused with the hint, naming row and column; nothing stored.
    let before = app.count("bus_manifest_travelers").await;
    let file = format!(
        "{HEADER}\n{}\n{}\n",
        line("C", "Z1"),
        line("D", "Z2").replace("1990-05-21", "03/04/1990")
    );
    let (status, html) = upload(&app, &b, "AT-3", file.into_bytes(), &[]).await;
    assert_eq!(status, 422);
    assert_eq!(
        reported(&html),
        vec![("3".to_string(), "date_of_birth".to_string())]
    );
    assert!(html.contains("YYYY-MM-DD"));
    assert_eq!(app.count("bus_manifest_travelers").await, before);
}

#[tokio::test]
async fn duplicates_and_expired_documents_refuse_the_file_unless_the_valid_rows_are_accepted() {
    let app = spawn_app().await;
    let (organisation, token) = bus_line(&app, "Autobuses Cuatro").await;
    let b = carrier_browser(&app, organisation).await;
    let file = format!(
        "{HEADER}\n{}\n{}\n{}\n{}\n",
        line("A", "D1"),
        line("B", "D1"),
        line("C", "D3").replace("2030-01-01", "2026-06-01"),
        line("D", "D4")
    );
    let (status, html) = upload(&app, &b, "AC-1", file.clone().into_bytes(), &[]).await;
    assert_eq!(status, 422);
    assert_eq!(
        reported(&html),
        vec![
            ("3".into(), "document_number".into()),
            ("4".into(), "document_expiry".into())
        ]
    );
    assert!(html.contains("row 2"), "the duplicate names the first row");
    assert_eq!(app.count("bus_trips").await, 0);
    let (status, _) = upload(
        &app,
        &b,
        "AC-1",
        file.into_bytes(),
        &[("accept_valid", "yes")],
    )
    .await;
    assert_eq!(status, 303);
    let list: Value = app
        .get_json("/api/v1/bus-manifests", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list[0]["counts"]["manifested"], 2);
}

#[tokio::test]
async fn ten_thousand_rows_are_stored_in_one_go_and_one_bad_row_stores_none() {
    let app = spawn_app().await;
    let (organisation, token) = bus_line(&app, "Autobuses Cinco").await;
    let b = carrier_browser(&app, organisation).await;
    let mut file = String::from(HEADER);
    file.push('\n');
    for i in 0..10_000 {
        file.push_str(&line("Fam", &format!("N{i}")));
        file.push('\n');
    }
    let mut bad = file.clone();
    bad.push_str(&line("Last", "N5").replace("passenger", "pilot"));
    bad.push('\n');
    let (status, html) = upload(&app, &b, "AF-1", bad.into_bytes(), &[]).await;
    assert_eq!(status, 422);
    assert!(
        html.contains("10,000") || html.contains("10000"),
        "too many people"
    );
    let (status, _) = upload(&app, &b, "AF-1", file.into_bytes(), &[]).await;
    assert_eq!(status, 303);
    let list: Value = app
        .get_json("/api/v1/bus-manifests", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list[0]["counts"]["manifested"], 10_000);
}

#[tokio::test]
async fn a_correction_is_a_new_version_and_the_officer_sees_what_changed() {
    let app = spawn_app().await;
    let (_, token) = bus_line(&app, "Autobuses Seis").await;
    let id = created(
        &app,
        &token,
        "AS-1",
        vec![person("Zapata", "G1"), person("Villa", "G2")],
    )
    .await;
    let mut moved = person("Zapata", "G1");
    moved["us_address"] = json!("1 Main St, El Paso, TX");
    let res = app
        .api
        .put(app.url(&format!("/api/v1/bus-manifests/{id}")))
        .bearer_auth(&token)
        .json(&json!({"trip": trip("AS-1"), "travelers": [moved, person("Madero", "G3")]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let versions: Value = app
        .get_json(
            &format!("/api/v1/bus-manifests/{id}/versions"),
            Some(&token),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        versions
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["version"].as_i64().unwrap())
            .collect::<Vec<_>>(),
        vec![2, 1]
    );
    let officer = app.staff(Role::Officer, Some(PORT)).await;
    let m: Value = app
        .get_json(&format!("/api/v1/console/buses/{id}"), Some(&officer))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(m["changes"]["from_version"], 1);
    assert_eq!(m["changes"]["added"], json!(["Ana María Madero"]));
    assert_eq!(m["changes"]["removed"], json!(["Ana María Villa"]));
    assert_eq!(
        m["changes"]["changed"],
        json!([["Ana María Zapata", ["us_address"]]])
    );
    // Once the port has begun, the manifest no longer changes.
    let person_id = m["people"][0]["id"].as_str().unwrap();
    let res = app
        .post_json(
            &format!("/api/v1/console/buses/{id}/travelers/{person_id}"),
            Some(&officer),
            &json!({"state": "not-on-board"}),
        )
        .await;
    assert_eq!(res.status(), 204);
    let res = app
        .api
        .put(app.url(&format!("/api/v1/bus-manifests/{id}")))
        .bearer_auth(&token)
        .json(&json!({"trip": trip("AS-1"), "travelers": [person("Zapata", "G1")]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
}

/// The officer records one person of a trip: the status.
async fn record(app: &TestApp, officer: &str, trip: &str, person: &str, body: Value) -> u16 {
    app.post_json(
        &format!("/api/v1/console/buses/{trip}/travelers/{person}"),
        Some(officer),
        &body,
    )
    .await
    .status()
    .as_u16()
}

#[tokio::test]
async fn the_officer_processes_a_bus_and_the_carrier_sees_only_the_counts() {
    let app = spawn_app().await;
    let (_, token) = bus_line(&app, "Autobuses Siete").await;
    let id = created(
        &app,
        &token,
        "AV-1",
        vec![
            person("Zapata", "G1"),
            person("Villa", "G2"),
            person("Madero", "G3"),
        ],
    )
    .await;
    let officer = app.staff(Role::Officer, Some(PORT)).await;
    let day: Value = app
        .get_json("/api/v1/console/buses", Some(&officer))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(day["trips"][0]["id"], id.as_str());
    assert_eq!(day["trips"][0]["carrier"], "Autobuses Siete");
    let m: Value = app
        .get_json(&format!("/api/v1/console/buses/{id}"), Some(&officer))
        .await
        .json()
        .await
        .unwrap();
    let ids: Vec<String> = m["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    for (person, state, outcome, status) in [
        (0, "processed", "admitted", 204),
        (1, "processed", "secondary", 204),
        (1, "processed", "maybe", 422),
    ] {
        let body = json!({"state": state, "outcome": outcome});
        assert_eq!(
            record(&app, &officer, &id, &ids[person], body).await,
            status,
            "{person} {outcome}"
        );
    }
    let added = app
        .post_json(
            &format!("/api/v1/console/buses/{id}/travelers"),
            Some(&officer),
            &json!({"traveler": person("Obregón", "G9"), "outcome": "refused"}),
        )
        .await;
    assert_eq!(added.status(), 201);
    let carrier: Value = app
        .get_json(&format!("/api/v1/bus-manifests/{id}"), Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(carrier["status"], "arrived");
    assert_eq!(
        carrier["counts"],
        json!({"manifested": 3, "arrived": 2, "missing": 0, "added": 1})
    );
    let closed = app
        .post_json(
            &format!("/api/v1/console/buses/{id}/close"),
            Some(&officer),
            &json!({}),
        )
        .await;
    assert_eq!(closed.status(), 200);
    let counts: Value = closed.json().await.unwrap();
    assert_eq!(
        counts,
        json!({"manifested": 3, "arrived": 2, "missing": 1, "added": 1})
    );
    let carrier: Value = app
        .get_json(&format!("/api/v1/bus-manifests/{id}"), Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(carrier["status"], "processed");
    assert_eq!(carrier["counts"]["missing"], 1);
    for word in ["admitted", "secondary", "refused", "Zapata", "Obregón"] {
        assert!(
            !carrier.to_string().contains(word),
            "the carrier never sees {word}"
        );
    }
    // Closed: no more changes.
    let body = json!({"state": "not-on-board"});
    assert_eq!(record(&app, &officer, &id, &ids[2], body).await, 409);
    let again = app
        .post_json(
            &format!("/api/v1/console/buses/{id}/close"),
            Some(&officer),
            &json!({}),
        )
        .await;
    assert_eq!(again.status(), 409);
    // Every view and change is in the audit trail; the summary is kept on the trip.
    let actions: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_log WHERE action LIKE 'bus-manifest-%'")
            .fetch_all(&app.state.db.read)
            .await
            .unwrap();
    for a in [
        "bus-manifest-submit",
        "bus-manifest-day",
        "bus-manifest-view",
        "bus-manifest-decide",
        "bus-manifest-add",
        "bus-manifest-close",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} audited");
    }
    let summary: Option<String> = sqlx::query_scalar("SELECT summary FROM bus_trips WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert!(summary.unwrap().contains("\"missing\":1"));
}

#[tokio::test]
async fn bus_lines_are_kept_apart_and_other_callers_are_refused() {
    let app = spawn_app().await;
    let (_, token) = bus_line(&app, "Autobuses Ocho").await;
    let (_, other) = bus_line(&app, "Autobuses Nueve").await;
    let id = created(&app, &token, "AO-1", vec![person("Zapata", "G1")]).await;
    assert_eq!(
        app.get_json(&format!("/api/v1/bus-manifests/{id}"), Some(&other))
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get_json(
            &format!("/api/v1/bus-manifests/{id}/versions"),
            Some(&other)
        )
        .await
        .status(),
        404
    );
    let list: Value = app
        .get_json("/api/v1/bus-manifests", Some(&other))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list, json!([]));
    // A partner agency's member is no bus line.
    let agency = app
        .organisation(
            "Instituto",
            OrganisationKind::PartnerAgency,
            OrganisationStatus::Approved,
        )
        .await;
    let agent = app
        .staff(Role::OrganisationMember, Some(&agency.to_string()))
        .await;
    let res = app.get_json("/api/v1/bus-manifests", Some(&agent)).await;
    assert_eq!(res.status(), 403);
    assert_eq!(res.json::<Value>().await.unwrap()["code"], "bus-line-only");
    // Another port's officer does not find the trip; the carrier does not reach the console.
    let elsewhere = app.staff(Role::Officer, Some("san-ysidro")).await;
    assert_eq!(
        app.get_json(&format!("/api/v1/console/buses/{id}"), Some(&elsewhere))
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get_json(&format!("/api/v1/console/buses/{id}"), Some(&token))
            .await
            .status(),
        403
    );
}

#[tokio::test]
async fn an_api_key_needs_manifests_write() {
    let app = spawn_app().await;
    let id = app
        .organisation(
            "Autobuses Diez",
            OrganisationKind::BusLine,
            OrganisationStatus::Approved,
        )
        .await;
    let manager = app
        .staff(Role::OrganisationManager, Some(&id.to_string()))
        .await;
    let key = |perms: Value| {
        let app = &app;
        let manager = manager.clone();
        async move {
            let made: Value = app
                .post_json(
                    "/api/v1/organisation/api-keys",
                    Some(&manager),
                    &json!({"name": "system", "permissions": perms}),
                )
                .await
                .json()
                .await
                .unwrap();
            made["key"].as_str().unwrap().to_string()
        }
    };
    let writer = key(json!(["manifests:write"])).await;
    let reader = key(json!(["organisation:read"])).await;
    assert_eq!(
        submit(&app, &writer, "AK-1", vec![person("Zapata", "G1")])
            .await
            .status(),
        201
    );
    let res = submit(&app, &reader, "AK-2", vec![person("Zapata", "G1")]).await;
    assert_eq!(res.status(), 403);
    assert_eq!(
        res.json::<Value>().await.unwrap()["code"],
        "api-key-permission"
    );
    assert_eq!(
        submit(&app, &writer, "AK-1", vec![person("Zapata", "G1")])
            .await
            .status(),
        409,
        "the same trip twice"
    );
}

#[tokio::test]
async fn manifests_are_deleted_after_the_configured_period() {
    let app = common::spawn_with(|s| s.bus_manifest_keep_days = 10).await;
    let (_, token) = bus_line(&app, "Autobuses Once").await;
    created(&app, &token, "AR-1", vec![person("Zapata", "G1")]).await;
    app.clock.advance(chrono::Duration::days(10));
    garita::retention::purge(&app.state, app.now())
        .await
        .unwrap();
    assert_eq!(app.count("bus_trips").await, 1, "kept for the period");
    app.clock.advance(chrono::Duration::days(1));
    let purged = garita::retention::purge(&app.state, app.now())
        .await
        .unwrap();
    assert_eq!(purged.of(garita::retention::Job::BusManifests), 1);
    assert_eq!(app.count("bus_trips").await, 0);
    assert_eq!(app.count("bus_manifest_travelers").await, 0);
    assert_eq!(app.count("bus_manifest_versions").await, 0);
}

#[tokio::test]
async fn the_pages_show_the_carrier_its_trips_and_the_officer_buses_today_and_process_them() {
    let app = spawn_app().await;
    let (organisation, token) = bus_line(&app, "Autobuses Doce").await;
    let id = created(
        &app,
        &token,
        "AP-7",
        vec![person("Zapata", "G1"), person("Villa", "G2")],
    )
    .await;
    let carrier = carrier_browser(&app, organisation).await;
    let html = carrier
        .get(app.url("/bus-manifests"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("AP-7") && !html.contains("Zapata"));
    let csv = carrier
        .get(app.url("/bus-manifests/template.csv"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(csv.starts_with(HEADER));
    let b = app
        .staff_browser(Role::Officer, Some(PORT), "/console/buses")
        .await;
    let html = b
        .get(app.url("/console/buses"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(&format!("/console/buses/{id}")));
    let page = b
        .get(app.url(&format!("/console/buses/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Zapata"));
    let csrf = common::csrf_of(&page);
    let person_id = page
        .split("id=\"person-")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let res = b
        .post(app.url(&format!("/console/buses/{id}/travelers/{person_id}")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("state", "processed"),
            ("outcome", "admitted"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let res = b
        .post(app.url(&format!("/console/buses/{id}/close")))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let export = b
        .get(app.url(&format!("/console/buses/{id}/export.csv")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(export
        .lines()
        .any(|l| l.contains("Zapata") && l.ends_with("processed,admitted")));
    assert!(export
        .lines()
        .any(|l| l.contains("Villa") && l.contains("not-on-board")));
    let html = carrier
        .get(app.url(&format!("/bus-manifests/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains("Zapata") && !html.contains("admitted"));
}

#[tokio::test]
async fn the_report_is_in_the_carriers_language() {
    let app = spawn_app().await;
    let (_, token) = bus_line(&app, "Autobuses Trece").await;
    let mut slash = person("Zapata", "G1");
    slash["date_of_birth"] = json!("03/04/1990");
    let body = json!({"trip": trip("AL-1"), "travelers": [slash]});
    let english: Value = app
        .post_json("/api/v1/bus-manifests", Some(&token), &body)
        .await
        .json()
        .await
        .unwrap();
    let spanish: Value = app
        .api
        .post(app.url("/api/v1/bus-manifests"))
        .bearer_auth(&token)
        .header("Accept-Language", "es")
        .json(&body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(english["rows"][0]["code"], spanish["rows"][0]["code"]);
    assert_ne!(english["rows"][0]["detail"], spanish["rows"][0]["detail"]);
    assert!(spanish["rows"][0]["detail"]
        .as_str()
        .unwrap()
        .contains("AAAA-MM-DD"));
}

#[tokio::test]
async fn a_small_bus_is_typed_in_the_form_and_its_problems_come_back_on_the_page() {
    let app = spawn_app().await;
    let (organisation, token) = bus_line(&app, "Autobuses Catorce").await;
    let b = carrier_browser(&app, organisation).await;
    let csrf = app.form_token(&b, "/bus-manifests/new").await;
    let mut form: Vec<(String, String)> = vec![
        ("csrf_token".into(), csrf),
        ("trip_number".into(), "AN-1".into()),
        ("origin_city".into(), "Chihuahua".into()),
        ("port".into(), PORT.into()),
        ("arrival_at".into(), "2026-06-15T14:00".into()),
        ("plate".into(), "ABC-1".into()),
        ("plate_country".into(), "MX".into()),
    ];
    for (i, number) in ["F1", "F2"].iter().enumerate() {
        let p = person("Zapata", number);
        for (k, v) in p.as_object().unwrap() {
            form.push((format!("p{i}_{k}"), v.as_str().unwrap().to_string()));
        }
    }
    // The second line's date written another way: refused, the typed values kept.
    let bad: Vec<(String, String)> = form
        .iter()
        .map(|(k, v)| match k.as_str() {
            "p1_date_of_birth" => (k.clone(), "21/05/1990".to_string()),
            _ => (k.clone(), v.clone()),
        })
        .collect();
    let res = b
        .post(app.url("/bus-manifests/new"))
        .form(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert_eq!(
        reported(&html),
        vec![("2".to_string(), "date_of_birth".to_string())]
    );
    assert!(
        html.contains("value=\"21/05/1990\""),
        "the typed value comes back"
    );
    assert_eq!(app.count("bus_trips").await, 0);
    let res = b
        .post(app.url("/bus-manifests/new"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let list: Value = app
        .get_json("/api/v1/bus-manifests", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list[0]["counts"]["manifested"], 2);
    let versions: Value = app
        .get_json(
            &format!(
                "/api/v1/bus-manifests/{}/versions",
                list[0]["id"].as_str().unwrap()
            ),
            Some(&token),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(versions[0]["source"], "form");
}

#[tokio::test]
async fn an_upload_over_the_routes_limit_is_refused_whole() {
    let app = spawn_app().await;
    let (organisation, _) = bus_line(&app, "Autobuses Quince").await;
    let b = carrier_browser(&app, organisation).await;
    // Blank lines are no one, so only the byte limit (not the count of people) stops it.
    let mut file = format!("{HEADER}\n{}\n", line("Fam", "L1"));
    while file.len() <= garita::bus_manifests::UPLOAD_LIMIT {
        file.push_str(",,,,,,,,,,,\n");
    }
    let (status, _) = upload(&app, &b, "AQ-1", file.into_bytes(), &[]).await;
    assert_eq!(status, 413);
    assert_eq!(app.count("bus_trips").await, 0);
    // A file well within it passes the route (the limit is the route's, not the service's 64 KB).
    let mut file = format!("{HEADER}\n");
    for i in 0..1_000 {
        file.push_str(&line("Fam", &format!("L{i}")));
        file.push('\n');
    }
    assert!(file.len() > 64 * 1024);
    let (status, _) = upload(&app, &b, "AQ-1", file.into_bytes(), &[]).await;
    assert_eq!(status, 303);
}

/// A CSV manifest through the API: `text/csv` (with `charset`), the trip in the query.
async fn post_csv(
    app: &TestApp,
    token: &str,
    put: Option<&str>,
    number: &str,
    extra: &[(&str, &str)],
    content_type: &str,
    body: Vec<u8>,
) -> reqwest::Response {
    let mut query: Vec<(&str, &str)> = vec![
        ("trip_number", number),
        ("origin_city", "Chihuahua"),
        ("port", PORT),
        ("arrival_at", "2026-06-15T14:00"),
        ("plate", "ABC-1234"),
        ("plate_country", "MX"),
    ];
    for (k, v) in extra {
        query.retain(|(q, _)| q != k);
        query.push((k, v));
    }
    let client = reqwest::Client::new();
    let req = match put {
        Some(id) => client.put(app.url(&format!("/api/v1/bus-manifests/{id}"))),
        None => client.post(app.url("/api/v1/bus-manifests")),
    };
    req.query(&query)
        .bearer_auth(token)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap()
}

/// (row, column, code) of each problem of a problem+json report.
async fn report_rows(res: reqwest::Response) -> Vec<(u64, String, String)> {
    let body: Value = res.json().await.unwrap();
    body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["row"].as_u64().unwrap(),
                r["column"].as_str().unwrap().to_string(),
                r["code"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A line with its document type (Garita's name or CBP's APIS code).
fn line_with(family: &str, kind: &str, number: &str) -> String {
    line(family, number).replacen(",passport,", &format!(",{kind},"), 1)
}

#[tokio::test]
async fn a_csv_through_the_api_is_checked_and_stored_like_the_pages_upload() {
    let app = spawn_app().await;
    let (_, token) = bus_line(&app, "Autobuses Dieciséis").await;
    // One bad line (a visa given as the travel document): the page's report, nothing stored.
    let file = format!(
        "{HEADER}\n{}\n{}\n{}\n",
        line_with("Peña", "P", "C1"),
        line_with("Ruiz", "V", "C2"),
        line_with("Soto", "IN", "C3"),
    );
    let res = post_csv(
        &app,
        &token,
        None,
        "AC-1",
        &[],
        "text/csv",
        file.clone().into(),
    )
    .await;
    assert_eq!(res.status(), 422);
    assert_eq!(
        report_rows(res).await,
        vec![(3, "document_type".into(), "secondary-document".into())]
    );
    assert_eq!(app.count("bus_trips").await, 0);
    // The valid rows accepted: two stored, one skipped.
    let extra = [("accept_valid", "true")];
    let res = post_csv(&app, &token, None, "AC-1", &extra, "text/csv", file.into()).await;
    assert_eq!(res.status(), 201);
    let stored: Value = res.json().await.unwrap();
    assert_eq!(
        (stored["travelers"].as_u64(), stored["skipped"].as_u64()),
        (Some(2), Some(1))
    );
    let id = stored["id"].as_str().unwrap().to_string();
    // APIS codes are stored as Garita's kinds.
    let officer = app.staff(Role::Officer, Some(PORT)).await;
    let m: Value = app
        .get_json(&format!("/api/v1/console/buses/{id}"), Some(&officer))
        .await
        .json()
        .await
        .unwrap();
    let kinds: Vec<&str> = m["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["traveler"]["document_type"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, vec!["passport", "trusted-traveler-card"]);
    // A correction in Windows-1252 (ñ is one byte) is version 2.
    let text = format!("{HEADER}\n{}\n", line_with("Núñez", "C", "C4"));
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    let ct = "text/csv; charset=windows-1252";
    let res = post_csv(&app, &token, Some(&id), "AC-1", &[], ct, bytes.to_vec()).await;
    assert_eq!(res.status(), 200);
    let stored: Value = res.json().await.unwrap();
    assert_eq!(stored["version"], 2);
    let m: Value = app
        .get_json(&format!("/api/v1/console/buses/{id}"), Some(&officer))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(m["people"][0]["traveler"]["family_name"], "Núñez");
    assert_eq!(
        m["people"][0]["traveler"]["document_type"],
        "permanent-resident-card"
    );
    // The same bytes read as UTF-8 are refused naming the line.
    let res = post_csv(
        &app,
        &token,
        Some(&id),
        "AC-1",
        &[],
        "text/csv",
        bytes.to_vec(),
    )
    .await;
    assert_eq!(res.status(), 422);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["code"], "bus-manifest-not-utf8");
    // Neither JSON nor CSV.
    let res = post_csv(&app, &token, None, "AC-2", &[], "text/plain", b"x".to_vec()).await;
    assert_eq!(res.status(), 415);
    // The trip's own problems come first, before the file is read.
    let bad_port = [("port", "atlantis")];
    let res = post_csv(
        &app,
        &token,
        None,
        "AC-3",
        &bad_port,
        "text/csv",
        b"".to_vec(),
    )
    .await;
    assert_eq!(report_rows(res).await[0].1, "port");
}

#[tokio::test]
async fn an_upload_over_the_limit_is_refused_before_the_rest_is_sent() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app().await;
    let (_, token) = bus_line(&app, "Autobuses Diecisiete").await;
    // A request announcing 64 MB, of which a little over the 4 MB limit is sent; the rest
    // never comes. An answer proves the refusal came while the body was still arriving.
    let address = app.url("").trim_start_matches("http://").to_string();
    let stream = tokio::net::TcpStream::connect(&address).await.unwrap();
    let (mut read, mut write) = stream.into_split();
    let head = format!(
        "POST /api/v1/bus-manifests?trip_number=AL-1&origin_city=Chihuahua&port={PORT}&arrival_at=2026-06-15T14:00&plate=ABC-1234&plate_country=MX HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\nContent-Type: text/csv\r\nContent-Length: {}\r\n\r\n",
        64 * 1024 * 1024
    );
    let sent = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = sent.clone();
    let writer = tokio::spawn(async move {
        write.write_all(head.as_bytes()).await.unwrap();
        // The header, then blank lines (no one): only the byte limit can stop it.
        write
            .write_all(format!("{HEADER}\n").as_bytes())
            .await
            .unwrap();
        let chunk = ",,,,,,,,,,,\n".repeat(64 * 1024 / 12);
        let limit = garita::bus_manifests::UPLOAD_LIMIT;
        while counter.load(std::sync::atomic::Ordering::SeqCst) <= limit + 256 * 1024 {
            if write.write_all(chunk.as_bytes()).await.is_err() {
                return;
            }
            counter.fetch_add(chunk.len(), std::sync::atomic::Ordering::SeqCst);
        }
        // Hold the connection open, the body unfinished.
        tokio::time::sleep(std::time::Duration::from_secs(60)).await;
        drop(write);
    });
    let mut answer = vec![0u8; 4096];
    let n = tokio::time::timeout(std::time::Duration::from_secs(30), read.read(&mut answer))
        .await
        .expect("the refusal arrives before the body has ended")
        .unwrap();
    let answer = String::from_utf8_lossy(&answer[..n]).to_string();
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(sent.load(std::sync::atomic::Ordering::SeqCst) < 16 * 1024 * 1024);
    writer.abort();
    assert_eq!(app.count("bus_trips").await, 0);
}
