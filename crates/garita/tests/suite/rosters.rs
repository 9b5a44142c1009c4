//! Programme rosters: the signed import (signature checked before reading, only the
//! organisation's own keys, idempotent by roster id, row-level report, sealed at rest), the
//! enrollment check (yes/no and status only, own roster only, throttled, audited) and claims.

use crate::common;

use common::{spawn_app, TestApp};
use ed25519_dalek::{Signer, SigningKey};
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::Role;
use garita_domain::status::OrganisationStatus;
use serde_json::{json, Value};

const HEADER: &str = "roster_id,full_name,date_of_birth,nationality,programme_status\n";

struct Org {
    id: i64,
    token: String,
    key: SigningKey,
}

/// An approved organisation of `kind`, a member's token, and a key an admin registered for it.
async fn organisation(app: &TestApp, name: &str, kind: OrganisationKind, seed: u8) -> Org {
    let id = app
        .organisation(name, kind, OrganisationStatus::Approved)
        .await;
    let token = app
        .staff(Role::OrganisationMember, Some(&id.to_string()))
        .await;
    let key = SigningKey::from_bytes(&[seed; 32]);
    let admin = app.staff(Role::Admin, None).await;
    let res = app
        .post_json(
            "/api/v1/rosters/keys",
            Some(&admin),
            &json!({"organisation_id": id, "label": "roster key",
                    "public_key": hex::encode(key.verifying_key().as_bytes())}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    Org { id, token, key }
}

async fn aid(app: &TestApp, name: &str, seed: u8) -> Org {
    organisation(app, name, OrganisationKind::AidOrganisation, seed).await
}

async fn send(app: &TestApp, token: &str, file: &[u8], signature: &str) -> reqwest::Response {
    app.api
        .post(app.url("/api/v1/rosters/imports"))
        .bearer_auth(token)
        .header("content-type", "text/csv")
        .header("garita-signature", signature)
        .body(file.to_vec())
        .send()
        .await
        .unwrap()
}

async fn import(app: &TestApp, org: &Org, file: &str) -> Value {
    let sig = hex::encode(org.key.sign(file.as_bytes()).to_bytes());
    let res = send(app, &org.token, file.as_bytes(), &sig).await;
    assert_eq!(res.status(), 201);
    res.json().await.unwrap()
}

fn roster(rows: &[&str]) -> String {
    let mut s = HEADER.to_string();
    for r in rows {
        s.push_str(r);
        s.push('\n');
    }
    s
}

async fn check(app: &TestApp, org: &Org, body: Value) -> reqwest::Response {
    app.post_json("/api/v1/rosters/checks", Some(&org.token), &body)
        .await
}

async fn audit_count(app: &TestApp, action: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = $1")
        .bind(action)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap()
}

#[tokio::test]
async fn import_is_idempotent_by_roster_id_with_a_row_report_and_sealed_names() {
    let app = spawn_app().await;
    let org = aid(&app, "ACNUR (test)", 1).await;
    let file = roster(&[
        "MPP-0001,Ana Lucía Pérez Gómez,1990-03-04,HN,enrolled",
        "MPP-0002,José Martínez,1985-11-30,GT,pending",
        "MPP-0002,José Martínez,1985-11-30,GT,pending",
        "MPP-0002,Josefa Martínez,1985-11-30,GT,pending",
        "MPP-0003,Luis Díaz,2999-01-01,SV,enrolled",
        "MPP-0004,Rosa Cruz,1970-01-01,ZZ,retired",
    ]);
    let report = import(&app, &org, &file).await;
    assert_eq!(report["rows"], 6);
    assert_eq!(report["accepted"], 2);
    assert_eq!(report["unchanged"], 1, "the same row twice is one person");
    assert_eq!(report["refused"], 3);
    let refused = report["refused_rows"].as_array().unwrap();
    let codes: Vec<(u64, &str, &str)> = refused
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap(),
                r["field"].as_str().unwrap(),
                r["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(
        codes.contains(&(4, "roster_id", "roster-id-conflict")),
        "{codes:?}"
    );
    assert!(codes.iter().any(|c| c.0 == 5 && c.1 == "date_of_birth"));
    assert!(codes.iter().any(|c| c.0 == 6 && c.1 == "nationality"));
    assert!(codes.contains(&(6, "programme_status", "unknown-choice")));
    // The report names no one.
    assert!(!report.to_string().contains("Martínez"));
    assert_eq!(app.count("roster_people").await, 2);

    // Nothing in the table reads as the names or the date of birth.
    let sealed: Vec<Vec<u8>> = sqlx::query_scalar("SELECT sealed FROM roster_people")
        .fetch_all(&app.state.db.read)
        .await
        .unwrap();
    for s in &sealed {
        let text = String::from_utf8_lossy(s);
        assert!(
            !text.contains("Ana") && !text.contains("1990-03-04") && !text.contains("Martínez")
        );
    }

    // The same file again changes nothing.
    let again = import(&app, &org, &file).await;
    assert_eq!(again["accepted"], 0);
    assert_eq!(again["unchanged"], 3);
    assert_eq!(app.count("roster_people").await, 2);

    // A known id with other data is refused; the first is kept.
    let other = import(
        &app,
        &org,
        &roster(&["MPP-0001,Ana Lucía Pérez Gómez,1990-03-04,HN,withdrawn"]),
    )
    .await;
    assert_eq!(other["refused_rows"][0]["code"], "roster-id-conflict");
    let res = check(
        &app,
        &org,
        json!({"roster_id": "mpp-0001", "date_of_birth": "1990-03-04"}),
    )
    .await;
    let answer: Value = res.json().await.unwrap();
    assert_eq!(answer["status"], "enrolled");
    assert_eq!(audit_count(&app, "roster-imported").await, 3);
}

#[tokio::test]
async fn the_signature_is_checked_before_reading_and_only_the_organisations_own_keys_count() {
    let app = spawn_app().await;
    let org = aid(&app, "OIM (test)", 2).await;
    let other = aid(&app, "Another aid group (test)", 3).await;
    let file = roster(&["MPP-0001,Ana Pérez,1990-03-04,HN,enrolled"]);

    // Signed by another organisation's registered key.
    let by_other = hex::encode(other.key.sign(file.as_bytes()).to_bytes());
    let res = send(&app, &org.token, file.as_bytes(), &by_other).await;
    assert_eq!(res.status(), 422);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["code"], "roster-signature-invalid");

    // One byte changed after signing; no signature at all.
    let sig = hex::encode(org.key.sign(file.as_bytes()).to_bytes());
    let changed = file.replace("enrolled", "Enrolled");
    assert_eq!(
        send(&app, &org.token, changed.as_bytes(), &sig)
            .await
            .status(),
        422
    );
    assert_eq!(
        send(&app, &org.token, file.as_bytes(), "").await.status(),
        422
    );

    // A file that is not UTF-8: unsigned it is refused for its signature (never read) …
    let garbage = [0xffu8, 0xfe, 0x00, 0x41];
    assert_eq!(send(&app, &org.token, &garbage, &sig).await.status(), 422);
    // … and only when signed is it read (and found unreadable).
    let signed = hex::encode(org.key.sign(&garbage).to_bytes());
    assert_eq!(
        send(&app, &org.token, &garbage, &signed).await.status(),
        400
    );
    assert_eq!(app.count("roster_imports").await, 0);
    assert_eq!(app.count("roster_people").await, 0);
}

#[tokio::test]
async fn only_approved_international_or_partner_organisations_keep_rosters() {
    let app = spawn_app().await;
    let bus = app
        .organisation(
            "Bus line (test)",
            OrganisationKind::BusLine,
            OrganisationStatus::Approved,
        )
        .await;
    let token = app
        .staff(Role::OrganisationMember, Some(&bus.to_string()))
        .await;
    let key = SigningKey::from_bytes(&[4; 32]);
    let admin = app.staff(Role::Admin, None).await;
    let res = app
        .post_json(
            "/api/v1/rosters/keys",
            Some(&admin),
            &json!({"organisation_id": bus, "label": "k",
                    "public_key": hex::encode(key.verifying_key().as_bytes())}),
        )
        .await;
    assert_eq!(res.status(), 403);
    let file = roster(&["MPP-0001,Ana Pérez,1990-03-04,HN,enrolled"]);
    let sig = hex::encode(key.sign(file.as_bytes()).to_bytes());
    let res = send(&app, &token, file.as_bytes(), &sig).await;
    assert_eq!(res.status(), 403);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["code"], "roster-organisation-kind");
    // A traveler cannot register keys or import.
    let (_, traveler) = app.traveler().await;
    assert_eq!(
        send(&app, &traveler, file.as_bytes(), &sig).await.status(),
        403
    );
    // A partner agency may.
    let partner = organisation(&app, "INM (test)", OrganisationKind::PartnerAgency, 5).await;
    let report = import(&app, &partner, &file).await;
    assert_eq!(report["accepted"], 1);
}

#[tokio::test]
async fn the_enrollment_check_says_yes_or_no_and_the_status_only_for_its_own_roster() {
    let app = spawn_app().await;
    let org = aid(&app, "ACNUR (test)", 6).await;
    let other = aid(&app, "Other (test)", 7).await;
    import(
        &app,
        &org,
        &roster(&["MPP-0007,Ana Lucía Pérez Gómez,1990-03-04,HN,pending"]),
    )
    .await;

    let before = audit_count(&app, "roster-check").await;
    let res = check(
        &app,
        &org,
        json!({"roster_id": "MPP-0007", "date_of_birth": "1990-03-04"}),
    )
    .await;
    assert_eq!(res.status(), 200);
    let answer: Value = res.json().await.unwrap();
    assert_eq!(answer, json!({"enrolled": true, "status": "pending"}));

    // By names + date of birth, words in another order and case.
    let res = check(
        &app,
        &org,
        json!({"full_name": "pérez gómez ana lucía", "date_of_birth": "1990-03-04"}),
    )
    .await;
    assert_eq!(res.json::<Value>().await.unwrap()["enrolled"], true);

    // A wrong date of birth, and another organisation asking about the same person: no.
    let res = check(
        &app,
        &org,
        json!({"roster_id": "MPP-0007", "date_of_birth": "1990-03-05"}),
    )
    .await;
    assert_eq!(
        res.json::<Value>().await.unwrap(),
        json!({"enrolled": false})
    );
    let res = check(
        &app,
        &other,
        json!({"roster_id": "MPP-0007", "date_of_birth": "1990-03-04"}),
    )
    .await;
    assert_eq!(
        res.json::<Value>().await.unwrap(),
        json!({"enrolled": false})
    );
    assert_eq!(audit_count(&app, "roster-check").await, before + 4);
    // The audit names neither the id nor the date.
    let details: Vec<String> = sqlx::query_scalar(
        "SELECT subject || ' ' || detail FROM audit_log WHERE action = 'roster-check'",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap();
    assert!(details
        .iter()
        .all(|d| !d.contains("MPP-0007") && !d.contains("1990")));

    // Neither field: 422. A traveler: 403.
    let res = check(&app, &org, json!({"date_of_birth": "1990-03-04"})).await;
    assert_eq!(res.status(), 422);
    let (_, traveler) = app.traveler().await;
    let res = app
        .post_json(
            "/api/v1/rosters/checks",
            Some(&traveler),
            &json!({"roster_id": "MPP-0007", "date_of_birth": "1990-03-04"}),
        )
        .await;
    assert_eq!(res.status(), 403);

    // Throttled per account.
    let mut throttled = false;
    for _ in 0..100 {
        let res = check(
            &app,
            &org,
            json!({"roster_id": "MPP-0007", "date_of_birth": "1990-03-04"}),
        )
        .await;
        if res.status() == 429 {
            throttled = true;
            break;
        }
    }
    assert!(throttled);
    assert!(audit_count(&app, "roster-check-refused").await >= 1);
}

#[tokio::test]
async fn a_roster_person_claims_with_roster_id_and_date_of_birth_and_a_miss_says_only_not_found() {
    let app = spawn_app().await;
    let org = aid(&app, "ACNUR (test)", 8).await;
    import(
        &app,
        &org,
        &roster(&["MPP-0101,Ana Pérez,1990-03-04,HN,enrolled"]),
    )
    .await;
    let (_, ana) = app.traveler().await;
    let (_, someone) = app.traveler().await;

    let wrong = claiming(&app, &ana, "MPP-0101", "1990-03-05").await;
    assert_eq!(wrong.status(), 404);
    let unknown = claiming(&app, &ana, "MPP-9999", "1990-03-04").await;
    assert_eq!(unknown.status(), 404);
    let (a, b): (Value, Value) = (wrong.json().await.unwrap(), unknown.json().await.unwrap());
    assert_eq!(a, b, "a wrong date and an unknown id read the same");

    let res = claiming(&app, &ana, "mpp-0101", "1990-03-04").await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.json::<Value>().await.unwrap(),
        json!({"roster_id": "MPP-0101", "status": "enrolled"})
    );
    // Claiming again from the same account is fine; another account cannot take it.
    let res = claiming(&app, &ana, "MPP-0101", "1990-03-04").await;
    assert_eq!(res.status(), 200);
    let res = claiming(&app, &someone, "MPP-0101", "1990-03-04").await;
    assert_eq!(res.status(), 404);
    assert_eq!(audit_count(&app, "roster-claimed").await, 2);

    // Staff cannot claim; guesses are throttled per account.
    let res = app
        .post_json(
            "/api/v1/rosters/claims",
            Some(&org.token),
            &json!({"roster_id": "MPP-0101", "date_of_birth": "1990-03-04"}),
        )
        .await;
    assert_eq!(res.status(), 403);
    let mut throttled = false;
    for day in 1..100 {
        let res = app
            .post_json("/api/v1/rosters/claims", Some(&someone), &json!({"roster_id": "MPP-0101", "date_of_birth": format!("1980-01-{:02}", day % 28 + 1)}))
            .await;
        if res.status() == 429 {
            throttled = true;
            break;
        }
        assert_eq!(res.status(), 404);
    }
    assert!(throttled);
}

/// The pages, in Spanish: the organisation's check answers on the page (yes + the status in
/// words, or no), and a traveler's claim says only "not found" for a wrong pair.
#[tokio::test]
async fn the_check_and_claim_pages_answer_in_the_readers_language() {
    let app = spawn_app().await;
    let org = aid(&app, "ACNUR (test)", 9).await;
    import(
        &app,
        &org,
        &roster(&["MPP-0201,Ana Pérez,1990-03-04,HN,pending"]),
    )
    .await;
    let id = org_id(&app, "ACNUR (test)").await.to_string();
    let b = app
        .staff_browser(Role::OrganisationMember, Some(&id), "/rosters/check")
        .await;
    let html = b
        .get(app.url("/rosters/check?lang=es"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("¿Esta persona está inscrita?"), "{html}");
    let csrf = common::csrf_of(&html);
    let ask = |dob: &'static str| {
        b.post(app.url("/rosters/check"))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("roster_id", "MPP-0201"),
                ("full_name", ""),
                ("date_of_birth", dob),
            ])
            .send()
    };
    let yes = ask("1990-03-04").await.unwrap().text().await.unwrap();
    assert!(
        yes.contains("Inscrita") && yes.contains("pendiente"),
        "{yes}"
    );
    let no = ask("1990-03-05").await.unwrap().text().await.unwrap();
    assert!(no.contains("No figura en su lista") && !no.contains("pendiente"));

    let (t, _) = app.signed_up_browser("/register?lang=es").await;
    let html = t
        .get(app.url("/rosters/claim"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = common::csrf_of(&html);
    let claim = |dob: &'static str| {
        t.post(app.url("/rosters/claim"))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("roster_id", "MPP-0201"),
                ("date_of_birth", dob),
            ])
            .send()
    };
    let miss = claim("1990-03-05").await.unwrap();
    assert_eq!(miss.status(), 404);
    assert!(miss.text().await.unwrap().contains("No se encontró"));
    let hit = claim("1990-03-04").await.unwrap();
    assert_eq!(hit.status(), 200);
    let html = hit.text().await.unwrap();
    assert!(
        html.contains("MPP-0201") && html.contains("pendiente"),
        "{html}"
    );
}

async fn org_id(app: &TestApp, name: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM organisations WHERE legal_name = $1")
        .bind(name)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap()
}

/// The demo's roster: five people, and a second start imports nothing new.
#[tokio::test]
async fn the_demo_roster_is_five_people_and_idempotent() {
    let app = spawn_app().await;
    garita::rosters::demo::seed(&app.state).await.unwrap();
    garita::rosters::demo::seed(&app.state).await.unwrap();
    assert_eq!(app.count("roster_people").await, 5);
    assert_eq!(app.count("roster_keys").await, 1);
    let printed = garita::rosters::demo::printed().join("\n");
    assert!(printed.contains("0 new, 5 unchanged"), "{printed}");
    assert!(printed.contains("MPP-DEMO-0001") && printed.contains("1991-07-22"));
}

/// The import keeps the SHA-256 of the file's exact bytes (to match it to the file sent).
#[tokio::test]
async fn an_import_keeps_the_files_sha256() {
    use sha2::Digest;
    let app = spawn_app().await;
    let org = aid(&app, "ACNUR (test)", 10).await;
    let file = roster(&["MPP-0301,Ana Pérez,1990-03-04,HN,enrolled"]);
    import(&app, &org, &file).await;
    let kept: String = sqlx::query_scalar("SELECT file_sha256 FROM roster_imports")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(kept, hex::encode(sha2::Sha256::digest(file.as_bytes())));
}

/// Places offered at `port` on `date` by a published draw (daily or roster).
fn offered(record: &Value, port: &str, date: chrono::NaiveDate) -> u64 {
    record["offers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["port"] == port && o["date"] == date.to_string())
        .map(|o| o["capacity"].as_u64().unwrap())
        .sum()
}

async fn json_at(app: &TestApp, path: &str) -> Value {
    let res = app.get_json(path, None).await;
    assert_eq!(res.status(), 200, "{path}");
    res.json().await.unwrap()
}

/// `token`'s claim of `roster_id` with `dob`, as answered.
async fn claiming(app: &TestApp, token: &str, roster_id: &str, dob: &str) -> reqwest::Response {
    app.post_json(
        "/api/v1/rosters/claims",
        Some(token),
        &json!({"roster_id": roster_id, "date_of_birth": dob}),
    )
    .await
}

async fn claim(app: &TestApp, token: &str, roster_id: &str, dob: &str) {
    assert_eq!(claiming(app, token, roster_id, dob).await.status(), 200);
}

async fn put_quota(app: &TestApp, token: &str, port: &str, body: Value) -> reqwest::Response {
    app.api
        .put(app.url(&format!("/api/v1/rosters/quotas/{port}")))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_roster_quota_holds_places_from_the_daily_draw_until_its_release_and_the_roster_draw_verifies(
) {
    use garita_domain::draw::{verify, PublishedDraw};
    use garita_domain::rosters::{reserved, roster_seed};
    let capacity = 4;
    let app = common::spawn_with(common::small_ports(capacity)).await;
    let port = "san-ysidro";
    let admin = app.staff(Role::Admin, None).await;
    // Only an administrator sets a quota; numbers out of range and unknown ports are refused.
    let (_, traveler) = app.traveler().await;
    let body = json!({"percent": 50, "release_days_before": 1});
    assert_eq!(
        put_quota(&app, &traveler, port, body.clone())
            .await
            .status(),
        403
    );
    let too_much = json!({"percent": 101, "release_days_before": 1});
    assert_eq!(put_quota(&app, &admin, port, too_much).await.status(), 422);
    // Whole numbers written as floats are the same integers to JSON Schema: range-checked
    // like the others, never a 400 for malformed JSON; a fraction is malformed.
    let float_too_far = json!({"percent": 50.0, "release_days_before": -10564006.0});
    assert_eq!(
        put_quota(&app, &admin, port, float_too_far).await.status(),
        422
    );
    let fraction = json!({"percent": 50.5, "release_days_before": 1});
    assert_eq!(put_quota(&app, &admin, port, fraction).await.status(), 400);
    assert_eq!(
        put_quota(&app, &admin, "nowhere", body.clone())
            .await
            .status(),
        404
    );
    let set = put_quota(&app, &admin, port, body).await;
    assert_eq!(set.status(), 200);
    let held = u64::from(reserved(capacity, 50));
    assert!(held > 0 && held < u64::from(capacity));

    // Three enrolled people claim their places and ask; one pending person and one traveler
    // with no roster ask too.
    let org = aid(&app, "ACNUR (test)", 31).await;
    import(
        &app,
        &org,
        &roster(&[
            "MPP-0301,Ana Pérez,1990-03-04,HN,enrolled",
            "MPP-0302,Beto Pérez,1991-03-04,HN,enrolled",
            "MPP-0303,Caro Pérez,1992-03-04,HN,enrolled",
            "MPP-0304,Pedro Pérez,1993-03-04,HN,pending",
        ]),
    )
    .await;
    let mut enrolled = Vec::new();
    for (id, name, dob) in [
        ("MPP-0301", "Ana Pérez", "1990-03-04"),
        ("MPP-0302", "Beto Pérez", "1991-03-04"),
        ("MPP-0303", "Caro Pérez", "1992-03-04"),
    ] {
        let (token, _) = app.asking(name, port).await;
        claim(&app, &token, id, dob).await;
        enrolled.push(token);
    }
    let (pending, _) = app.asking("Pedro Pérez", port).await;
    claim(&app, &pending, "MPP-0304", "1993-03-04").await;
    app.asking("Rosa Díaz", port).await;

    let day = garita::appointments::cycle::next_draw_day(&app.state.settings.cycle, app.now());
    let d = |n: i64| day + chrono::Duration::days(n);
    app.draw_now().await;

    // The roster draw: the enrolled claimers only, on the reserved places only (the slot two
    // days ahead: the next day's are released already), verifiable like the daily draw, with
    // its seed derived from the daily draw's.
    let record = json_at(&app, &format!("/api/v1/rosters/draws/{day}")).await;
    let daily = json_at(&app, &format!("/api/v1/draws/{day}")).await;
    let published: PublishedDraw = serde_json::from_value(record.clone()).unwrap();
    assert!(verify(&published).is_ok());
    assert_eq!(
        published.seed,
        roster_seed(day, daily["seed"].as_str().unwrap())
    );
    assert_eq!(published.requests.len(), enrolled.len());
    assert_eq!(offered(&record, port, d(1)), 0);
    assert_eq!(offered(&record, port, d(2)), held);
    assert_eq!(
        published.results.len() as u64,
        held.min(enrolled.len() as u64)
    );
    assert!(published.results.iter().all(|r| r.date == d(2)));
    let mut forged = published.clone();
    forged.results.pop();
    assert!(verify(&forged).is_err(), "a changed result does not verify");
    // The same record as a public page, in the reader's language; none for a day without.
    let page = app
        .browser()
        .get(app.url(&format!("/rosters/draws/{day}?lang=es")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Sorteo de listas del"), "{html}");
    assert!(html.contains(&published.seed), "{html}");
    assert!(html.contains(&published.commitment), "{html}");
    for n in [held, enrolled.len() as u64, published.results.len() as u64] {
        assert!(html.contains(&format!("<dd>{n}</dd>")), "{n}: {html}");
    }
    assert!(
        html.contains(&format!("href=\"/api/v1/rosters/draws/{day}\"")),
        "{html}"
    );
    let none = app
        .browser()
        .get(app.url(&format!("/rosters/draws/{}", d(2))))
        .send()
        .await
        .unwrap();
    assert_eq!(none.status(), 404);
    // The daily draw's page of that day links it.
    let daily_page = app
        .browser()
        .get(app.url(&format!("/draws/{day}?lang=es")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        daily_page.contains(&format!("href=\"/rosters/draws/{day}\"")),
        "{daily_page}"
    );
    // Those it chose hold an offer there.
    let mut roster_days = Vec::new();
    for token in &enrolled {
        let s: Value = app
            .get_json("/api/v1/appointment-requests/current", Some(token))
            .await
            .json()
            .await
            .unwrap();
        if let Some(day) = s["appointment"]["day"].as_str() {
            roster_days.push(day.to_string());
        }
    }
    assert!(
        roster_days
            .iter()
            .filter(|x| **x == d(2).to_string())
            .count() as u64
            >= held
    );

    // The daily draw: the reserved places are not its own.
    assert_eq!(offered(&daily, port, d(1)), u64::from(capacity));
    assert_eq!(offered(&daily, port, d(2)) + held, u64::from(capacity));

    // Again: nothing changes.
    let count = |t: &'static str| app.count(t);
    let before = (count("appointments").await, count("roster_draws").await);
    let again = garita::draw::run(&app.state, day, app.now(), true)
        .await
        .unwrap();
    assert_eq!(again, garita::draw::Outcome::AlreadyDone);
    let again = garita::rosters::draw::run(&app.state, day, app.now(), d(1), d(2))
        .await
        .unwrap();
    assert_eq!(again, garita::rosters::draw::Outcome::AlreadyDone);
    assert_eq!(
        (count("appointments").await, count("roster_draws").await),
        before
    );
    assert_eq!(
        json_at(&app, &format!("/api/v1/rosters/draws/{day}")).await,
        record
    );

    // Next day: the slot three days ahead is reserved and, with no roster request left open,
    // its places stay held from the daily draw…
    app.clock.advance(chrono::Duration::days(1));
    app.draw_now().await;
    let daily = json_at(&app, &format!("/api/v1/draws/{}", d(1))).await;
    let record = json_at(&app, &format!("/api/v1/rosters/draws/{}", d(1))).await;
    assert_eq!(offered(&record, port, d(3)), held);
    assert!(record["results"].as_array().unwrap().is_empty());
    assert_eq!(offered(&daily, port, d(3)) + held, u64::from(capacity));
    // … until the draw of the day before it, which has them all.
    app.clock.advance(chrono::Duration::days(1));
    app.draw_now().await;
    let daily = json_at(&app, &format!("/api/v1/draws/{}", d(2))).await;
    let taken: i64 = sqlx::query_scalar("SELECT taken FROM slots WHERE port_id = $1 AND day = $2")
        .bind(port)
        .bind(d(3).to_string())
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(
        offered(&daily, port, d(3)),
        u64::from(capacity) - taken as u64
    );
    assert_eq!(offered(&daily, port, d(3)), u64::from(capacity));
}

#[tokio::test]
async fn roster_people_go_a_year_after_the_last_import_that_listed_them_and_reserved_places_after_their_day(
) {
    use garita::retention::{purge, Job};
    let app = common::spawn_with(common::small_ports(4)).await;
    let admin = app.staff(Role::Admin, None).await;
    let set = put_quota(
        &app,
        &admin,
        "san-ysidro",
        json!({"percent": 50, "release_days_before": 1}),
    )
    .await;
    assert_eq!(set.status(), 200);
    app.draw_now().await;
    assert!(app.count("roster_reservations").await > 0);

    let id = app
        .organisation(
            "ACNUR (retention)",
            OrganisationKind::AidOrganisation,
            OrganisationStatus::Approved,
        )
        .await;
    let key = SigningKey::from_bytes(&[41; 32]);
    let res = app
        .post_json(
            "/api/v1/rosters/keys",
            Some(&admin),
            &json!({"organisation_id": id, "label": "k",
                    "public_key": hex::encode(key.verifying_key().as_bytes())}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let ip: std::net::IpAddr = [127, 0, 0, 1].into();
    let send = |file: String| {
        let sig = hex::encode(key.sign(file.as_bytes()).to_bytes());
        let state = app.state.clone();
        async move {
            garita::rosters::import(&state, id, file.as_bytes(), sig.as_bytes(), None, ip)
                .await
                .unwrap()
        }
    };
    let kept = "MPP-0401,Ana Pérez,1990-03-04,HN,enrolled";
    let dropped = "MPP-0402,Beto Pérez,1991-03-04,HN,enrolled";
    send(roster(&[kept, dropped])).await;
    // Seven months on, the organisation's file lists only one of them.
    app.clock.advance(chrono::Duration::days(210));
    let report = send(roster(&[kept])).await;
    assert_eq!(report.unchanged, 1);
    let purged = purge(&app.state, app.now()).await.unwrap();
    assert_eq!(purged.of(Job::RosterPeople), 0);
    // The reserved places' days are long past.
    assert!(purged.of(Job::RosterPlaces) > 0);
    assert_eq!(app.count("roster_reservations").await, 0);
    // Seven more: a year after the first import, not after the second.
    app.clock.advance(chrono::Duration::days(210));
    let purged = purge(&app.state, app.now()).await.unwrap();
    assert_eq!(purged.of(Job::RosterPeople), 1);
    let left: Vec<String> = sqlx::query_scalar("SELECT roster_id FROM roster_people")
        .fetch_all(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(left, ["MPP-0401"]);
}

async fn quota_page(b: &reqwest::Client, app: &TestApp, path: &str) -> String {
    let res = b.get(app.url(path)).send().await.unwrap();
    assert_eq!(res.status(), 200, "{path}");
    res.text().await.unwrap()
}

#[tokio::test]
async fn an_administrator_sets_a_roster_quota_on_the_page_and_the_api_reads_it_back() {
    let app = spawn_app().await;
    let b = app
        .staff_browser(Role::Admin, None, "/admin/rosters/quotas")
        .await;
    let html = quota_page(&b, &app, "/admin/rosters/quotas").await;
    // Every port is listed, none with a quota yet; the footer links the page.
    for p in &app.state.ports {
        assert!(html.contains(&format!("value=\"{}\"", p.id)), "{html}");
    }
    assert!(html.contains("No quota"), "{html}");
    assert!(html.contains("href=\"/admin/rosters/quotas\""), "{html}");
    let csrf = common::csrf_of(&html);
    let res = b
        .post(app.url("/admin/rosters/quotas"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("port_id", "san-ysidro"),
            ("percent", "15"),
            ("release_days_before", "3"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        res.headers()["location"],
        "/admin/rosters/quotas?saved=san-ysidro"
    );
    let admin = app.staff(Role::Admin, None).await;
    let res = app.get_json("/api/v1/rosters/quotas", Some(&admin)).await;
    assert_eq!(res.status(), 200);
    let quotas: Value = res.json().await.unwrap();
    assert_eq!(
        quotas,
        json!([{"port_id": "san-ysidro", "percent": 15, "release_days_before": 3}])
    );
    assert_eq!(audit_count(&app, "roster-quota-set").await, 1);
    // The page shows it, in the reader's language.
    let html = quota_page(&b, &app, "/admin/rosters/quotas?saved=san-ysidro&lang=es").await;
    assert!(html.contains("Se guardó el cupo de"), "{html}");
    assert!(
        html.contains("15 %") && html.contains("3 días antes"),
        "{html}"
    );
    // 0 % ends it: the API no longer lists the port.
    let res = b
        .post(app.url("/admin/rosters/quotas"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("port_id", "san-ysidro"),
            ("percent", "0"),
            ("release_days_before", "0"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let quotas: Value = app
        .get_json("/api/v1/rosters/quotas", Some(&admin))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(quotas, json!([]));
}

#[tokio::test]
async fn only_an_administrator_opens_the_roster_quota_page_or_reads_quotas() {
    let app = spawn_app().await;
    let anonymous = app.browser();
    let res = anonymous
        .get(app.url("/admin/rosters/quotas"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert!(res.headers()["location"]
        .to_str()
        .unwrap()
        .starts_with("/login"));
    assert_eq!(
        app.get_json("/api/v1/rosters/quotas", None).await.status(),
        401
    );
    let officer = app
        .staff_browser(Role::Officer, Some("san-ysidro"), "/console")
        .await;
    let res = officer
        .get(app.url("/admin/rosters/quotas"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let csrf = app.form_token(&officer, "/account/password").await;
    let res = officer
        .post(app.url("/admin/rosters/quotas"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("port_id", "san-ysidro"),
            ("percent", "15"),
            ("release_days_before", "3"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let (_, traveler) = app.traveler().await;
    let officer_token = app.staff(Role::Officer, Some("san-ysidro")).await;
    for token in [&traveler, &officer_token] {
        assert_eq!(
            app.get_json("/api/v1/rosters/quotas", Some(token))
                .await
                .status(),
            403
        );
    }
    assert_eq!(app.count("roster_quotas").await, 0);
    assert_eq!(audit_count(&app, "roster-quota-set").await, 0);
}

#[tokio::test]
async fn bad_input_on_the_roster_quota_page_shows_the_fields_error_in_the_readers_language_and_saves_nothing(
) {
    let app = spawn_app().await;
    let b = app
        .staff_browser(Role::Admin, None, "/admin/rosters/quotas")
        .await;
    let html = quota_page(&b, &app, "/admin/rosters/quotas?lang=es").await;
    let csrf = common::csrf_of(&html);
    let post = |port: &'static str, percent: &'static str, days: &'static str| {
        b.post(app.url("/admin/rosters/quotas"))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("port_id", port),
                ("percent", percent),
                ("release_days_before", days),
            ])
            .send()
    };
    let catalogs = std::sync::Arc::new(garita::i18n::Catalogs::load().unwrap());
    let spanish = garita::i18n::Tr::new(catalogs.clone(), catalogs.find("es").unwrap());
    let es = |key: &str, args: &[(&str, String)]| spanish.with(key, args);
    for (port, percent, days, field, key, limit) in [
        (
            "san-ysidro",
            "101",
            "3",
            "percent",
            "error-number-too-large",
            Some("100"),
        ),
        (
            "san-ysidro",
            "-1",
            "3",
            "percent",
            "error-number-too-small",
            Some("0"),
        ),
        (
            "san-ysidro",
            "10",
            "61",
            "release_days_before",
            "error-number-too-large",
            Some("60"),
        ),
        (
            "san-ysidro",
            "diez",
            "3",
            "percent",
            "error-not-a-number",
            None,
        ),
        (
            "san-ysidro",
            "10",
            "",
            "release_days_before",
            "error-required",
            None,
        ),
        ("nowhere", "10", "3", "port_id", "error-unknown-port", None),
    ] {
        let res = post(port, percent, days).await.unwrap();
        assert_eq!(res.status(), 422, "{port} {percent} {days}");
        let html = res.text().await.unwrap();
        let args: Vec<(&str, String)> = limit
            .map(|l| vec![("limit", l.to_string())])
            .unwrap_or_default();
        let message = es(key, &args);
        assert!(
            html.contains(&format!(
                "<p class=\"field-error\" id=\"{field}-error\">{}</p>",
                askama_escape(&message)
            )),
            "{field}: {message}\n{html}"
        );
        assert!(html.contains("aria-invalid=\"true\""), "{html}");
        // What was typed stays in the form.
        assert!(html.contains(&format!("value=\"{percent}\"")), "{html}");
    }
    assert_eq!(app.count("roster_quotas").await, 0);
    assert_eq!(audit_count(&app, "roster-quota-set").await, 0);
}

/// The text as the templates escape it.
fn askama_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

async fn helper_claiming(
    app: &TestApp,
    staff: &str,
    account: i64,
    roster_id: &str,
    dob: &str,
) -> reqwest::Response {
    app.post_json(
        &format!("/api/v1/helpers/travelers/{account}/roster-claim"),
        Some(staff),
        &json!({"roster_id": roster_id, "date_of_birth": dob}),
    )
    .await
}

#[derive(Debug, sqlx::FromRow)]
struct Audited {
    actor_id: Option<i64>,
    detail: String,
}

/// The audit entries of `action`, oldest first.
async fn audited(app: &TestApp, action: &str) -> Vec<Audited> {
    sqlx::query_as("SELECT actor_id, detail FROM audit_log WHERE action = $1 ORDER BY seq")
        .bind(action)
        .fetch_all(&app.state.db.read)
        .await
        .unwrap()
}

async fn code_of(res: reqwest::Response) -> (u16, String) {
    let status = res.status().as_u16();
    let body: Value = res.json().await.unwrap_or(Value::Null);
    (status, body["code"].as_str().unwrap_or("").to_string())
}

/// Issue 20, item 2, "or is helped as in 1": staff of an organisation the traveler consented
/// to claims the roster place for them — the traveler's own claim (the same "not found" for a
/// wrong pair or a place another account holds), refused without a consent, with one that
/// does not allow managing the group, and after it is revoked; the act is the staff member's
/// in the audit trail and in the traveler's list, and the group's view shows the place.
#[tokio::test]
async fn a_helper_with_consent_claims_a_roster_place_for_the_traveler_and_the_act_is_theirs() {
    let app = spawn_app().await;
    let keeper = aid(&app, "ACNUR (test)", 21).await;
    import(
        &app,
        &keeper,
        &roster(&[
            "MPP-0301,Rosa Díaz,1988-03-10,HN,enrolled",
            "MPP-0302,Otra Persona,1990-01-01,GT,enrolled",
        ]),
    )
    .await;
    // The shelter is another organisation; the roster's keeper holds no consent.
    let common::AidStaff {
        organisation: shelter,
        id: staff_id,
        token: staff,
        ..
    } = app.aid_staff("Casa (test)", "Ana").await;
    let (_, traveler) = app.traveler().await;
    let account = app.account_id(&traveler).await;
    let (_, other) = app.traveler().await;
    claim(&app, &other, "MPP-0302", "1990-01-01").await;

    // No consent: the traveler is not found, for the shelter as for the keeper.
    for token in [&staff, &keeper.token] {
        let res = helper_claiming(&app, token, account, "MPP-0301", "1988-03-10").await;
        assert_eq!(res.status(), 404);
    }
    // A consent to view only does not allow it; a revoked one ends it.
    let res = app
        .post_json(
            "/api/v1/consents",
            Some(&traveler),
            &json!({"organisation_id": shelter, "permissions": ["view"]}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let view_only = res.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let res = helper_claiming(&app, &staff, account, "MPP-0301", "1988-03-10").await;
    assert_eq!(code_of(res).await, (403, "consent-does-not-allow".into()));
    let res = app
        .post_json(
            &format!("/api/v1/consents/{view_only}/revoke"),
            Some(&traveler),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 204);
    let res = helper_claiming(&app, &staff, account, "MPP-0301", "1988-03-10").await;
    assert_eq!(code_of(res).await, (403, "consent-ended".into()));
    assert_eq!(audit_count(&app, "roster-claim-missed").await, 0);

    let res = app
        .post_json(
            "/api/v1/consents",
            Some(&traveler),
            &json!({"organisation_id": shelter, "permissions": ["view", "manage_group"]}),
        )
        .await;
    assert_eq!(res.status(), 201);
    // A wrong date, and a place another account holds, read as the traveler's own miss.
    let wrong = helper_claiming(&app, &staff, account, "MPP-0301", "1988-03-11").await;
    let taken = helper_claiming(&app, &staff, account, "MPP-0302", "1990-01-01").await;
    let own_miss = claiming(&app, &traveler, "MPP-0301", "1988-03-11").await;
    let mut answers = Vec::new();
    for res in [wrong, taken, own_miss] {
        let mut body: Value = res.json().await.unwrap();
        body["instance"] = Value::Null; // the path asked
        answers.push(body);
    }
    let [a, b, c] = <[Value; 3]>::try_from(answers).unwrap();
    assert_eq!(a, c);
    assert_eq!(b, c);
    assert_eq!(c["status"], 404);
    // The misses are audited, the helper's as theirs, naming for whom.
    let missed = audited(&app, "roster-claim-missed").await;
    assert_eq!(missed.len(), 3);
    assert_eq!(missed[0].actor_id, Some(staff_id));
    assert!(
        missed[0].detail.contains(&format!("for=account:{account}"))
            && missed[0]
                .detail
                .contains(&format!("organisation={shelter}")),
        "{:?}",
        missed[0]
    );

    let res = helper_claiming(&app, &staff, account, "mpp-0301", "1988-03-10").await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.json::<Value>().await.unwrap(),
        json!({"roster_id": "MPP-0301", "status": "enrolled"})
    );
    // The place is the traveler's: their own claim now finds it theirs; nobody else's.
    assert_eq!(
        claiming(&app, &traveler, "MPP-0301", "1988-03-10")
            .await
            .status(),
        200
    );
    assert_eq!(
        claiming(&app, &other, "MPP-0301", "1988-03-10")
            .await
            .status(),
        404
    );
    let linked: Option<i64> =
        sqlx::query_scalar("SELECT account_id FROM roster_people WHERE roster_id = $1")
            .bind("MPP-0301")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(linked, Some(account));
    // The group's view shows it.
    let group: Value = app
        .get_json(
            &format!("/api/v1/helpers/travelers/{account}"),
            Some(&staff),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        group["roster"],
        json!({"roster_id": "MPP-0301", "status": "enrolled"})
    );
    // The act is the staff member's: in the audit trail and in the traveler's list.
    let claimed = audited(&app, "roster-claimed").await;
    assert_eq!(
        claimed.len(),
        3,
        "other's, the helper's, the traveler's again"
    );
    assert_eq!(claimed[1].actor_id, Some(staff_id));
    assert!(claimed[1]
        .detail
        .contains(&format!("organisation={shelter}")));
    assert_eq!(audit_count(&app, "helper.claimed-roster").await, 1);
    let overview: Value = app
        .get_json("/api/v1/consents", Some(&traveler))
        .await
        .json()
        .await
        .unwrap();
    let acts: Vec<&Value> = overview["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action"] == "claimed-roster")
        .collect();
    assert_eq!(acts.len(), 1);
    assert_eq!(acts[0]["organisation_name"], "Casa (test)");
}

/// The helper's claim page, in Spanish: offered from the group's page, a wrong pair says
/// "not found" with what was typed kept, the right one links the place; another
/// organisation's staff gets the plain 404.
#[tokio::test]
async fn a_helper_claims_a_roster_place_on_the_groups_page_in_the_readers_language() {
    let app = spawn_app().await;
    let keeper = aid(&app, "ACNUR (test)", 22).await;
    import(
        &app,
        &keeper,
        &roster(&["MPP-0401,Rosa Díaz,1988-03-10,HN,enrolled"]),
    )
    .await;
    let shelter = app
        .organisation(
            "Casa (test)",
            OrganisationKind::AidOrganisation,
            OrganisationStatus::Approved,
        )
        .await;
    let (_, traveler) = app.traveler().await;
    let account = app.account_id(&traveler).await;
    let res = app
        .post_json(
            "/api/v1/consents",
            Some(&traveler),
            &json!({"organisation_id": shelter, "permissions": ["view", "manage_group"]}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let staff = app
        .staff_browser(
            Role::OrganisationMember,
            Some(&shelter.to_string()),
            "/helpers",
        )
        .await;
    let group = format!("/helpers/travelers/{account}");
    let page = staff
        .get(app.url(&format!("{group}?lang=es")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Lista del programa"), "{page}");
    assert!(page.contains(&format!("href=\"{group}/roster\"")), "{page}");
    let csrf = app
        .form_token(&staff, &format!("{group}/roster?lang=es"))
        .await;
    let res = staff
        .post(app.url(&format!("{group}/roster?lang=es")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("roster_id", "MPP-0401"),
            ("date_of_birth", "1988-03-11"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let html = res.text().await.unwrap();
    assert!(html.contains("No se encontró"), "{html}");
    assert!(
        html.contains("value=\"MPP-0401\""),
        "what was typed is kept"
    );
    let res = staff
        .post(app.url(&format!("{group}/roster?lang=es")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("roster_id", "MPP-0401"),
            ("date_of_birth", "1988-03-10"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Vinculado al grupo: número de lista MPP-0401"),
        "{html}"
    );
    let page = staff
        .get(app.url(&format!("{group}?lang=es")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<bdi>MPP-0401</bdi>"), "{page}");
    assert!(!page.contains(&format!("href=\"{group}/roster\"")));

    // Another organisation's staff: the plain 404, no form.
    let stranger = app
        .staff_browser(
            Role::OrganisationMember,
            Some(&keeper.id.to_string()),
            "/helpers",
        )
        .await;
    let res = stranger
        .get(app.url(&format!("{group}/roster")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    assert!(!res.text().await.unwrap().contains("name=\"roster_id\""));
}
