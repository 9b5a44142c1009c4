//! Lookups by a sealed identifier (`garita::lookups`) through the officer's "find a person by
//! name and date of birth": exact match of keyed fingerprints, normalization as documented,
//! capped, throttled per account and per target under concurrency, audited without the
//! identifier, nothing unsealed, fingerprints gone with their subject, and who may ask.

use crate::common;

use common::{member, small_ports, spawn_with, TestApp};
use garita::state::{LOOKUPS_PER_ACCOUNT_HOUR, LOOKUPS_PER_TARGET_HOUR};
use garita_domain::roles::Role;
use serde_json::{json, Value};

const PORT: &str = "san-ysidro";

/// A group of one, named `name` (born 1990-05-21), drawn, confirmed and moved to `PORT`'s today.
/// Returns (traveler token, appointment id, pass code, traveler id).
async fn arriving_today(app: &TestApp, name: &str) -> (String, String, String, String) {
    let (token, traveler_id) = app.asking(name, PORT).await;
    app.draw_now().await;
    let (id, code) = app.confirm_selected(&token).await;
    app.move_to(&id, app.port_today(PORT)).await;
    (token, id, code, traveler_id)
}

async fn lookup(
    app: &TestApp,
    token: Option<&str>,
    port: &str,
    name: &str,
    dob: &str,
) -> (u16, Value) {
    let res = app
        .post_json(
            &format!("/api/v1/ports/{port}/lookups"),
            token,
            &json!({"full_name": name, "date_of_birth": dob}),
        )
        .await;
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

/// Sends every lookup at once, each from its own task; returns the statuses.
async fn all_at_once(
    app: &TestApp,
    asks: Vec<(String, &'static str, String, &'static str)>,
) -> Vec<u16> {
    let mut tasks = tokio::task::JoinSet::new();
    for (token, port, name, dob) in asks {
        let (client, url) = (
            app.api.clone(),
            app.url(&format!("/api/v1/ports/{port}/lookups")),
        );
        tasks.spawn(async move {
            client
                .post(url)
                .bearer_auth(token)
                .json(&json!({"full_name": name, "date_of_birth": dob}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        });
    }
    tasks.join_all().await
}

async fn fingerprints_of(app: &TestApp, traveler_id: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM identifier_fingerprints WHERE subject_kind = 'traveler' AND subject_id = $1",
    )
    .bind(traveler_id)
    .fetch_one(&app.state.db.read)
    .await
    .unwrap();
    n
}

#[derive(sqlx::FromRow)]
struct AuditText {
    action: String,
    subject: String,
    detail: String,
}

async fn lookup_audit(app: &TestApp) -> Vec<AuditText> {
    sqlx::query_as(
        "SELECT action, subject, detail FROM audit_log WHERE action LIKE 'identifier-lookup%' ORDER BY seq",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap()
}

#[tokio::test]
async fn an_officer_finds_todays_group_by_exact_name_and_date_of_birth_without_unsealing() {
    let app = spawn_with(small_ports(10)).await;
    let (_, appointment, code, traveler_id) = arriving_today(&app, "José  PÉREZ López").await;
    let officer = app.staff(Role::Officer, Some(PORT)).await;
    assert_eq!(fingerprints_of(&app, &traveler_id).await, 1);

    // The same name typed another way (case, accents, spaces, order, hyphen) is found.
    for typed in [
        "José PÉREZ López",
        "jose perez lopez",
        "López-Pérez, José",
        " JOSE  LOPEZ PEREZ ",
    ] {
        let opened = app.state.vault.opened();
        let (status, body) = lookup(&app, Some(&officer), PORT, typed, "1990-05-21").await;
        assert_eq!(status, 200, "{typed}: {body}");
        assert_eq!(app.state.vault.opened(), opened, "a lookup unseals nothing");
        let m = &body["matches"];
        assert_eq!(m.as_array().unwrap().len(), 1, "{typed}: {body}");
        assert_eq!(m[0]["appointment_id"], appointment.as_str());
        assert_eq!(m[0]["code"], code.as_str());
        assert_eq!(m[0]["traveler_id"], traveler_id.as_str());
        assert_eq!(m[0]["status"], "expected");
        assert_eq!(body["capped"], false);
    }
    // A near miss is a miss: one letter off, a name missing, a day off.
    for (name, dob) in [
        ("José Pérez Lópes", "1990-05-21"),
        ("José Pérez", "1990-05-21"),
        ("José Pérez López", "1990-05-22"),
    ] {
        let (status, body) = lookup(&app, Some(&officer), PORT, name, dob).await;
        assert_eq!(status, 200);
        assert_eq!(body["matches"], json!([]), "{name} {dob}");
    }
    // A name or date that is not valid is refused field by field.
    let (status, body) = lookup(&app, Some(&officer), PORT, "", "21/05/1990").await;
    assert_eq!(status, 422);
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["full_name", "date_of_birth"], "{body}");

    // Every query (4 hits, 3 misses) is in the trail with its criteria and count, and the
    // trail holds neither the name, nor the date, nor the fingerprint.
    let entries = lookup_audit(&app).await;
    assert_eq!(entries.len(), 7);
    for (i, e) in entries.iter().enumerate() {
        assert_eq!(e.action, "identifier-lookup");
        assert!(e.detail.contains("kind=name_dob"), "{}", e.detail);
        assert!(e.detail.contains("purpose=port-arrival"), "{}", e.detail);
        let results = if i < 4 { "results=1" } else { "results=0" };
        assert!(e.detail.contains(results), "{}", e.detail);
    }
    assert_eq!(
        entries[0].subject, entries[3].subject,
        "one target, one tag"
    );
    assert_ne!(entries[0].subject, entries[4].subject);
    let (fingerprint,): (String,) =
        sqlx::query_as("SELECT fingerprint FROM identifier_fingerprints WHERE subject_id = $1")
            .bind(&traveler_id)
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    let all: Vec<AuditText> = sqlx::query_as("SELECT action, subject, detail FROM audit_log")
        .fetch_all(&app.state.db.read)
        .await
        .unwrap();
    for e in &all {
        let text = format!("{} {} {}", e.action, e.subject, e.detail).to_lowercase();
        for secret in ["pérez", "perez", "lopez", "1990-05-21", &fingerprint[..16]] {
            assert!(!text.contains(secret), "{secret} in the trail: {text}");
        }
    }
}

#[tokio::test]
async fn a_lookup_returns_at_most_the_cap_and_says_so() {
    let app = spawn_with(small_ports(10)).await;
    // Six people with one name and date of birth (one of them at the port today).
    let (_, _, code, _) = arriving_today(&app, "Ana Lima").await;
    for _ in 0..5 {
        let (_, token) = app.traveler().await;
        let res = app
            .post_json("/api/v1/travelers", Some(&token), &member("ANA LIMA"))
            .await;
        assert_eq!(res.status(), 201);
    }
    let officer = app.staff(Role::Officer, Some(PORT)).await;
    let (status, body) = lookup(&app, Some(&officer), PORT, "ana lima", "1990-05-21").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["capped"], true);
    let entries = lookup_audit(&app).await;
    let detail = &entries.last().unwrap().detail;
    assert!(
        detail.contains(&format!("results={}", garita::lookups::DEFAULT_CAP))
            && detail.contains("capped=true"),
        "{detail}"
    );
    // With five, all are returned and it is not capped.
    let extra: Vec<String> = sqlx::query_as::<_, (String,)>(
        "SELECT subject_id FROM identifier_fingerprints WHERE subject_id NOT IN (SELECT traveler_id FROM passes) ORDER BY subject_id LIMIT 1",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap()
    .into_iter()
    .map(|r| r.0)
    .collect();
    sqlx::query("DELETE FROM travelers WHERE id = $1")
        .bind(&extra[0])
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let (_, body) = lookup(&app, Some(&officer), PORT, "Lima Ana", "1990-05-21").await;
    assert_eq!(body["capped"], false, "{body}");
    assert_eq!(body["matches"][0]["code"], code.as_str(), "{body}");
}

#[tokio::test]
async fn one_account_gets_exactly_its_allowance_of_lookups_under_concurrency() {
    let app = spawn_with(small_ports(10)).await;
    let officer = app.staff(Role::Officer, Some(PORT)).await;
    let tries = LOOKUPS_PER_ACCOUNT_HOUR as usize + 15;
    let answers = all_at_once(
        &app,
        (0..tries)
            .map(|i| (officer.clone(), PORT, format!("Persona {i}"), "1990-05-21"))
            .collect(),
    )
    .await;
    let passed = answers.iter().filter(|s| **s == 200).count();
    let refused = answers.iter().filter(|s| **s == 429).count();
    assert_eq!((passed, refused), (LOOKUPS_PER_ACCOUNT_HOUR as usize, 15));
    // Each refused query is audited too, naming which limit refused it.
    let entries = lookup_audit(&app).await;
    assert_eq!(entries.len(), tries);
    assert_eq!(
        entries
            .iter()
            .filter(|e| e.action == "identifier-lookup-refused"
                && e.detail.contains("throttled=per-account"))
            .count(),
        15
    );
}

#[tokio::test]
async fn one_person_looked_up_from_many_accounts_is_throttled_too() {
    let app = spawn_with(small_ports(10)).await;
    let officers = [
        app.staff(Role::Officer, Some(PORT)).await,
        app.staff(Role::Officer, Some(PORT)).await,
        app.staff(Role::Officer, Some("laredo")).await,
    ];
    let per_officer = 8;
    let answers = all_at_once(
        &app,
        (0..officers.len() * per_officer)
            .map(|i| match i % 3 {
                2 => (
                    officers[2].clone(),
                    "laredo",
                    "Rosa Díaz".to_string(),
                    "1985-01-30",
                ),
                n => (
                    officers[n].clone(),
                    PORT,
                    "Rosa Díaz".to_string(),
                    "1985-01-30",
                ),
            })
            .collect(),
    )
    .await;
    let passed = answers.iter().filter(|s| **s == 200).count();
    assert_eq!(passed, LOOKUPS_PER_TARGET_HOUR as usize, "{answers:?}");
    assert!(answers.iter().all(|s| *s == 200 || *s == 429));
    // Another person is still found by the same officers.
    let (status, _) = lookup(&app, Some(&officers[0]), PORT, "Rosa Diaz", "1985-01-31").await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn fingerprints_follow_the_member_and_go_with_it() {
    let app = spawn_with(small_ports(10)).await;
    let (token, _, _, traveler_id) = arriving_today(&app, "Luis Gómez").await;
    let officer = app.staff(Role::Officer, Some(PORT)).await;

    // A changed name replaces the fingerprint: the old name is no longer found.
    let res = app
        .api
        .patch(app.url(&format!("/api/v1/travelers/{traveler_id}")))
        .bearer_auth(&token)
        .json(&member("Luis Gómez Ruiz"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    assert_eq!(fingerprints_of(&app, &traveler_id).await, 1);
    let fps: i64 = app.count("identifier_fingerprints").await;
    assert_eq!(fps, 1);
    // (The change voided the appointment, so the lookup answers no appointment; the audit says
    // whether the fingerprint matched.)
    let _ = lookup(&app, Some(&officer), PORT, "Luis Gómez", "1990-05-21").await;
    let _ = lookup(&app, Some(&officer), PORT, "Luis Gómez Ruiz", "1990-05-21").await;
    let entries = lookup_audit(&app).await;
    assert!(
        entries[0].detail.contains("results=0"),
        "{}",
        entries[0].detail
    );
    assert!(
        entries[1].detail.contains("results=1"),
        "{}",
        entries[1].detail
    );

    // Removing the member removes its fingerprints.
    let m: Value = app
        .post_json("/api/v1/travelers", Some(&token), &member("Otra Persona"))
        .await
        .json()
        .await
        .unwrap();
    let other = m["id"].as_str().unwrap().to_string();
    assert_eq!(fingerprints_of(&app, &other).await, 1);
    let res = app
        .api
        .delete(app.url(&format!("/api/v1/travelers/{other}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    assert_eq!(fingerprints_of(&app, &other).await, 0);

    // Deleting the account (members go by cascade) removes the rest.
    sqlx::query("DELETE FROM accounts WHERE id = (SELECT account_id FROM travelers WHERE id = $1)")
        .bind(&traveler_id)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    assert_eq!(app.count("identifier_fingerprints").await, 0);
}

#[tokio::test]
async fn members_saved_before_fingerprints_are_indexed_by_the_backfill() {
    let app = spawn_with(small_ports(10)).await;
    let (_, _, code, traveler_id) = arriving_today(&app, "Marta Quispe").await;
    sqlx::query("DELETE FROM identifier_fingerprints")
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let read = garita::lookups::backfill(&app.state.db, &app.state.vault, app.now().timestamp())
        .await
        .unwrap();
    assert_eq!(read, 1);
    assert_eq!(fingerprints_of(&app, &traveler_id).await, 1);
    // Run again, it finds nothing to do.
    let again = garita::lookups::backfill(&app.state.db, &app.state.vault, app.now().timestamp())
        .await
        .unwrap();
    assert_eq!(again, 0);
    let officer = app.staff(Role::Officer, Some(PORT)).await;
    let (_, body) = lookup(&app, Some(&officer), PORT, "marta quispe", "1990-05-21").await;
    assert_eq!(body["matches"][0]["code"], code.as_str(), "{body}");
}

#[tokio::test]
async fn only_an_officer_of_that_port_may_look_up() {
    let app = spawn_with(small_ports(10)).await;
    let (traveler, _, _, _) = arriving_today(&app, "Carla Ruiz").await;
    let elsewhere = app.staff(Role::Officer, Some("laredo")).await;
    let admin = app.staff(Role::Admin, None).await;
    let here = app.staff(Role::Officer, Some(PORT)).await;
    let ask = |t: Option<String>| {
        let app = &app;
        async move {
            lookup(app, t.as_deref(), PORT, "Carla Ruiz", "1990-05-21")
                .await
                .0
        }
    };
    assert_eq!(ask(None).await, 401);
    assert_eq!(ask(Some(traveler)).await, 403);
    assert_eq!(ask(Some(admin)).await, 403);
    assert_eq!(ask(Some(elsewhere)).await, 404);
    assert_eq!(ask(Some(here)).await, 200);
    // Only the allowed query reached the lookup (and its trail).
    assert_eq!(lookup_audit(&app).await.len(), 1);
}

#[tokio::test]
async fn the_console_page_finds_a_person_and_keeps_the_criteria_out_of_the_url() {
    let app = spawn_with(small_ports(10)).await;
    let (_, _, code, _) = arriving_today(&app, "Fátima Haidari").await;
    let b = app
        .staff_browser(Role::Officer, Some(PORT), "/console/lookup")
        .await;
    let day = b
        .get(app.url("/console"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        day.contains("href=\"/console/lookup\""),
        "the day list links to it"
    );
    let csrf = app.form_token(&b, "/console/lookup").await;
    let res = b
        .post(app.url("/console/lookup"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("full_name", "haidari fatima"),
            ("date_of_birth", "1990-05-21"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.url().path(), "/console/lookup");
    assert!(res.url().query().is_none());
    let html = res.text().await.unwrap();
    assert!(html.contains(&code), "{html}");
    assert!(html.contains("name=\"csrf_token\""));
    // A form without the date says so beside the field.
    let res = b
        .post(app.url("/console/lookup"))
        .form(&[("csrf_token", csrf.as_str()), ("full_name", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("date_of_birth-error"));
}
