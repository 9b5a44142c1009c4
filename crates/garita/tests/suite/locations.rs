//! Places as data: the locations files load and are mirrored, the list filters, an
//! administrator's edit is kept (also across a new mirror at start), a wrong value changes
//! nothing, and only an administrator may edit.

use crate::common;

use std::collections::BTreeSet;

use common::{spawn_app, TestApp};
use garita_domain::locations::{parse_iata, parse_port_code, Function, LocationKind};
use garita_domain::roles::Role;
use serde_json::{json, Value};

async fn get(app: &TestApp, path: &str) -> (u16, Value) {
    let res = app.get_json(path, None).await;
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn patch(app: &TestApp, id: &str, token: Option<&str>, body: &Value) -> (u16, Value) {
    let mut req = app
        .api
        .patch(app.url(&format!("/api/v1/locations/{id}")))
        .json(body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

fn ids(list: &Value) -> BTreeSet<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn every_kind_loads_with_its_codes_and_zones_and_is_mirrored() {
    let app = spawn_app().await;
    let all = &app.state.locations;
    let count = |k| all.of_kind(k).count();
    assert!(
        count(LocationKind::LandPort) >= 130,
        "land ports on both borders"
    );
    assert!(
        count(LocationKind::Airport) >= 150,
        "international airports"
    );
    assert!(count(LocationKind::CargoFacility) >= 10);
    assert!(count(LocationKind::EnrollmentCenter) >= 10);
    let on = |border| {
        all.of_kind(LocationKind::LandPort)
            .filter(|l| l.border == Some(border))
            .count()
    };
    assert!(on(garita_domain::locations::Border::Mexico) >= 40);
    assert!(on(garita_domain::locations::Border::Canada) >= 85);

    // The appointment ports are land ports with the ports file's ids and codes.
    assert_eq!(app.state.ports.len(), 8);
    for p in &app.state.ports {
        let l = all
            .get(&p.id)
            .unwrap_or_else(|| panic!("{} is a location", p.id));
        assert_eq!(l.kind, LocationKind::LandPort);
        assert!(l.serves(Function::Appointments), "{}", p.id);
        assert_eq!(l.port_code.as_deref(), Some(p.cbp_port_code.as_str()));
        assert_eq!(l.time_zone, p.time_zone);
    }
    let appointments: BTreeSet<&str> = all
        .serving(Function::Appointments)
        .map(|l| l.id.as_str())
        .collect();
    let ports: BTreeSet<&str> = app.state.ports.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(appointments, ports);

    for l in all.iter() {
        assert!(l.time_zone.parse::<chrono_tz::Tz>().is_ok(), "{}", l.id);
        assert!(!l.functions.is_empty(), "{}", l.id);
        match l.kind {
            LocationKind::LandPort => {
                let code = l.port_code.as_deref().unwrap_or_default();
                assert!(parse_port_code(code).is_ok(), "{} has code {code:?}", l.id);
            }
            LocationKind::Airport => {
                let iata = l.iata_code.as_deref().unwrap_or_default();
                assert!(parse_iata(iata).is_ok(), "{}", l.id);
                assert_eq!(l.id, format!("airport-{}", iata.to_lowercase()));
            }
            LocationKind::CargoFacility => {
                assert!(l.id.starts_with("cargo-"), "{}", l.id);
                assert!(l.defaults.hours.is_some() && l.defaults.capacity_per_hour.is_some());
            }
            LocationKind::EnrollmentCenter => assert!(l.id.starts_with("enrollment-")),
        }
    }
    assert!(all.contains("airport-elp") && all.contains("san-ysidro"));
    assert!(!all.contains("nowhere"));
    assert_eq!(app.count("locations").await, all.len() as i64);
}

#[tokio::test]
async fn the_list_filters_by_kind_function_and_state() {
    let app = spawn_app().await;
    let (status, texas_airports) = get(&app, "/api/v1/locations?kind=airport&state=tx").await;
    assert_eq!(status, 200);
    let found = ids(&texas_airports);
    assert!(found.contains("airport-elp") && found.contains("airport-iah"));
    for l in texas_airports.as_array().unwrap() {
        assert_eq!(
            (l["kind"].as_str(), l["state"].as_str()),
            (Some("airport"), Some("TX"))
        );
    }
    let (_, with_appointments) = get(&app, "/api/v1/locations?function=appointments").await;
    let expected: BTreeSet<String> = app.state.ports.iter().map(|p| p.id.clone()).collect();
    assert_eq!(ids(&with_appointments), expected);

    let (_, everything) = get(&app, "/api/v1/locations").await;
    assert_eq!(
        everything.as_array().unwrap().len(),
        app.state.locations.len()
    );

    let (status, body) = get(&app, "/api/v1/locations?kind=harbour").await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["field"], "kind");
    // A parameter given empty is a choice not in the list on the API (leave it out for all);
    // the page's empty "all" option is no filter.
    let (status, body) = get(&app, "/api/v1/locations?kind=&function=").await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["field"], "kind");
    let page = app
        .api
        .get(app.url("/locations?kind=&function=&state="))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);

    let (status, one) = get(&app, "/api/v1/locations/cargo-otay-mesa").await;
    assert_eq!(status, 200);
    assert_eq!(one["port_code"], "2506");
    assert_eq!(one["time_zone"], "America/Los_Angeles");
    assert!(one["updated_at"].is_null(), "the file's values stand");
    assert_eq!(get(&app, "/api/v1/locations/nowhere").await.0, 404);

    // The page shows the same filter, in the reader's language and the place's zone.
    let html = app
        .api
        .get(app.url("/locations?kind=cargo_facility&state=TX&lang=es"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Pharr International Bridge Commercial"));
    assert!(!html.contains("Otay Mesa Commercial"), "another state");
    assert!(html.contains("de lunes a viernes"), "hours read in Spanish");
    let page = app
        .api
        .get(app.url("/locations/cargo-otay-mesa?lang=es"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Pacífico"), "the place's zone, named");
    assert!(html.contains("sábado"));
}

#[tokio::test]
async fn an_admin_edit_is_kept_and_survives_a_new_mirror_at_start() {
    let app = spawn_app().await;
    let admin = app.staff(Role::Admin, None).await;
    let trail = app.count("audit_log").await;
    let (status, body) = patch(
        &app,
        "cargo-otay-mesa",
        Some(&admin),
        &json!({"hours": "Mon-Sat 07:00-19:00", "capacity_per_hour": 420, "is_open": false}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["hours"], "Mon-Sat 07:00-19:00");
    assert_eq!(body["capacity_per_hour"], 420);
    assert_eq!(body["is_open"], false);
    assert!(body["updated_at"].is_string());
    assert_eq!(
        app.count("audit_log").await,
        trail + 1,
        "audited as a change"
    );

    // What a restart does: mirror the files again. The edit stands; others keep the file's.
    garita::storage::locations::sync(&app.state.db, &app.state.locations)
        .await
        .unwrap();
    let (_, after) = get(&app, "/api/v1/locations/cargo-otay-mesa").await;
    assert_eq!(after["hours"], "Mon-Sat 07:00-19:00");
    assert_eq!(after["capacity_per_hour"], 420);
    assert_eq!(after["is_open"], false);
    let (_, other) = get(&app, "/api/v1/locations/cargo-calexico-east").await;
    let file = app.state.locations.get("cargo-calexico-east").unwrap();
    assert_eq!(
        other["hours"].as_str(),
        file.defaults.hours.map(|h| h.to_string()).as_deref()
    );

    // A property left out stays; null clears.
    let (status, body) = patch(
        &app,
        "cargo-otay-mesa",
        Some(&admin),
        &json!({"capacity_per_hour": null}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["hours"], "Mon-Sat 07:00-19:00");
    assert!(body["capacity_per_hour"].is_null());

    // The page form does the same, and the public page shows it at once.
    let b = app.staff_browser(Role::Admin, None, "/").await;
    let csrf = app
        .form_token(&b, "/admin/locations/enrollment-laredo")
        .await;
    let res = b
        .post(app.url("/admin/locations/enrollment-laredo"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("hours", "Tue-Thu 09:00-15:00"),
            ("capacity_per_hour", "12"),
            ("is_open", "open"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let html = app
        .api
        .get(app.url("/locations/enrollment-laredo"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("12 inspections an hour"), "{html}");
    assert!(html.contains("Changed by the agency"));
}

#[tokio::test]
async fn wrong_hours_are_refused_at_their_field_and_nothing_changes() {
    let app = spawn_app().await;
    let admin = app.staff(Role::Admin, None).await;
    let (_, before) = get(&app, "/api/v1/locations/cargo-pharr").await;
    let trail = app.count("audit_log").await;
    let (status, body) = patch(
        &app,
        "cargo-pharr",
        Some(&admin),
        &json!({"hours": "Mon-Fri 17:00-08:00", "capacity_per_hour": 50}),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["field"], "hours");
    assert_eq!(body["errors"][0]["code"], "closing-before-opening");
    let (status, body) = patch(
        &app,
        "cargo-pharr",
        Some(&admin),
        &json!({"capacity_per_hour": 10001}),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["field"], "capacity_per_hour");
    assert_eq!(get(&app, "/api/v1/locations/cargo-pharr").await.1, before);
    assert_eq!(app.count("audit_log").await, trail);

    // The form shows the message at the field, keeps what was typed, saves nothing.
    let b = app.staff_browser(Role::Admin, None, "/").await;
    let csrf = app
        .form_token(&b, "/admin/locations/cargo-pharr?lang=es")
        .await;
    let res = b
        .post(app.url("/admin/locations/cargo-pharr"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("hours", "Lunes 08:00-16:00"),
            ("capacity_per_hour", "300"),
            ("is_open", "open"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("id=\"hours-error\""));
    assert!(
        html.contains("Escriba el horario como días y horas"),
        "in Spanish"
    );
    assert!(html.contains("value=\"Lunes 08:00-16:00\""), "as typed");
    assert_eq!(get(&app, "/api/v1/locations/cargo-pharr").await.1, before);
}

#[tokio::test]
async fn only_an_administrator_may_edit_a_location() {
    let app = spawn_app().await;
    let change = json!({"is_open": false});
    assert_eq!(patch(&app, "el-paso", None, &change).await.0, 401);
    let (_, traveler) = app.traveler().await;
    assert_eq!(
        patch(&app, "el-paso", Some(&traveler), &change).await.0,
        403
    );
    let officer = app.staff(Role::Officer, Some("el-paso")).await;
    assert_eq!(patch(&app, "el-paso", Some(&officer), &change).await.0, 403);
    let admin = app.staff(Role::Admin, None).await;
    assert_eq!(patch(&app, "nowhere", Some(&admin), &change).await.0, 404);
    assert_eq!(
        get(&app, "/api/v1/locations/el-paso").await.1["is_open"],
        true
    );

    let b = app.staff_browser(Role::Officer, Some("el-paso"), "/").await;
    let res = b
        .get(app.url("/admin/locations/el-paso"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn the_demo_shows_an_agency_edit_once_whatever_the_restarts() {
    let app = spawn_app().await;
    let file = app
        .state
        .locations
        .get("cargo-pharr")
        .unwrap()
        .defaults
        .clone();
    let trail = app.count("audit_log").await;
    for _ in 0..2 {
        garita::locations::demo_edit(&app.state).await.unwrap();
    }
    let (_, pharr) = get(&app, "/api/v1/locations/cargo-pharr").await;
    assert_ne!(
        pharr["hours"].as_str(),
        file.hours.map(|h| h.to_string()).as_deref()
    );
    assert_ne!(
        pharr["capacity_per_hour"].as_u64(),
        file.capacity_per_hour.map(u64::from)
    );
    assert!(pharr["updated_at"].is_string());
    assert_eq!(app.count("audit_log").await, trail + 1, "edited once");
}
