//! Advance travel authorization for parole processes (`garita::travel_authorizations`): a
//! signed batch of supporter cases in (refused unsigned or wrongly signed, idempotent, each bad
//! row reported), the monthly selection (cap, verifiable record), the beneficiary's steps by an
//! invitation link, the adjudicator's decision, and the airline check's one "no".

use crate::common;

use std::sync::atomic::{AtomicU32, Ordering};

use base64::Engine;
use chrono::Duration;
use common::{spawn_app, TestApp, PASSWORD};
use ed25519_dalek::{Signer, SigningKey};
use garita::travel_authorizations::{programmes, selection};
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::Role;
use garita_domain::status::OrganisationStatus;
use serde_json::{json, Value};

static NEXT: AtomicU32 = AtomicU32::new(1);

const HEADER: &str = "case_number,family_name,given_names,date_of_birth,nationality,email,supporter_name,case_status,relationship\n";

fn agency_key() -> SigningKey {
    SigningKey::from_bytes(&[7u8; 32])
}

fn sign(key: &SigningKey, file: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(key.sign(file.as_bytes()).to_bytes())
}

/// A row of a batch.
fn row(number: u32, family: &str, dob: &str, nationality: &str, status: &str) -> String {
    format!(
        "IOE{number:010},{family},Ana,{dob},{nationality},{}@example.org,Sponsor {number},{status},\n",
        family.to_lowercase().replace(' ', "")
    )
}

/// A signed-in member of an approved government agency whose key (`agency_key`) an
/// administrator registered for it: the member's token.
async fn agency(app: &TestApp) -> String {
    let (organisation, token) = member_of(app, OrganisationKind::GovernmentAgency).await;
    let res = register_key(app, &agency_key(), Some(organisation)).await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    token
}

/// An administrator registers `key` for `organisation`.
async fn register_key(
    app: &TestApp,
    key: &SigningKey,
    organisation: Option<i64>,
) -> reqwest::Response {
    let admin = app.staff(Role::Admin, None).await;
    app.post_json(
        "/api/v1/ata/agency-keys",
        Some(&admin),
        &json!({"label": "USCIS", "public_key": hex::encode(key.verifying_key().as_bytes()), "organisation_id": organisation}),
    )
    .await
}

/// A signed-in member of a new approved organisation of `kind`: the token.
async fn member(app: &TestApp, kind: OrganisationKind) -> String {
    member_of(app, kind).await.1
}

/// A new approved organisation of `kind` and a signed-in member's token.
async fn member_of(app: &TestApp, kind: OrganisationKind) -> (i64, String) {
    let org = app
        .organisation(
            &format!("{} {}", kind.as_str(), NEXT.fetch_add(1, Ordering::Relaxed)),
            kind,
            OrganisationStatus::Approved,
        )
        .await;
    let (_, email, secret) = app
        .staff_account(&common::grants(
            Role::OrganisationMember,
            Some(&org.to_string()),
        ))
        .await;
    (org, app.login_with_code(&email, PASSWORD, &secret).await)
}

/// A batch of `n` confirmed Venezuelan cases (numbers 1..=n, families Family1…).
fn pool_file(n: u32) -> String {
    let mut file = HEADER.to_string();
    for i in 1..=n {
        file.push_str(&row(
            i,
            &format!("Family{i}"),
            "1990-01-01",
            "VE",
            "confirmed",
        ));
    }
    file
}

/// Imports `file` signed by the agency's key: 201 expected.
async fn import_signed(app: &TestApp, token: &str, file: &str) {
    let res = import(app, token, file, &sign(&agency_key(), file)).await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
}

/// The demo programme's selection of this month, run now: the invitations.
async fn select_now(app: &TestApp) -> Vec<selection::Invitation> {
    let demo = programmes::get("demo").unwrap();
    let now = app.now();
    match selection::run(&app.state, demo, now.date_naive(), now)
        .await
        .unwrap()
    {
        selection::Outcome::Ran { invitations, .. } => invitations,
        selection::Outcome::AlreadyDone => panic!("the selection had run"),
    }
}

async fn import(app: &TestApp, token: &str, file: &str, signature: &str) -> reqwest::Response {
    app.browser()
        .post(app.url("/api/v1/ata/case-imports?programme=demo"))
        .bearer_auth(token)
        .header("content-type", "text/csv")
        .header("garita-signature", signature)
        .body(file.to_string())
        .send()
        .await
        .unwrap()
}

async fn case_id(app: &TestApp, number: u32) -> String {
    sqlx::query_scalar("SELECT id FROM ata_cases WHERE case_number = $1")
        .bind(format!("IOE{number:010}"))
        .fetch_one(&app.state.db.read)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_import_needs_a_registered_signature_and_reports_each_refused_row() {
    let app = spawn_app().await;
    let token = agency(&app).await;
    let file = [
        HEADER.to_string(),
        row(1, "Joseph", "1990-04-02", "HT", "confirmed"),
        row(2, "Perez", "1985-11-30", "CU", "confirmed"),
        row(3, "Hernandez", "1980-05-05", "MX", "confirmed"),
        row(4, "Baptiste", "1995-02-30", "HT", "confirmed"),
        row(5, "Petit", "1975-07-07", "ZZ", "confirmed"),
        row(2, "Perez Diaz", "1985-11-30", "CU", "confirmed"),
        row(6, "Kovalenko", "1991-12-01", "UA", "pending"),
    ]
    .concat();

    // Unsigned, signed by another key, or a file changed after signing: refused before it is
    // read, nothing written.
    for signature in [
        String::new(),
        sign(&SigningKey::from_bytes(&[8u8; 32]), &file),
        sign(&agency_key(), &file.replace("Joseph", "Josef")),
    ] {
        let res = import(&app, &token, &file, &signature).await;
        assert_eq!(res.status(), 422);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["code"], "ata-signature-invalid");
    }
    assert_eq!(app.count("ata_cases").await, 0);
    assert_eq!(app.count("ata_imports").await, 0);

    let res = import(&app, &token, &file, &sign(&agency_key(), &file)).await;
    assert_eq!(res.status(), 201);
    let report: Value = res.json().await.unwrap();
    assert_eq!(report["rows"], 7);
    assert_eq!(report["accepted"], 3);
    assert_eq!(report["refused"], 4);
    let reasons = |line: u64| -> Vec<String> {
        report["refused_rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["line"] == line)
            .map(|r| serde_json::from_value(r["reasons"].clone()).unwrap())
            .unwrap_or_default()
    };
    assert_eq!(reasons(3), ["nationality-not-eligible"]);
    assert_eq!(reasons(4), ["date-impossible"]);
    assert_eq!(reasons(5), ["nationality-unknown"]);
    assert_eq!(reasons(6), ["duplicate-different"]);
    let duplicate = report["refused_rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["line"] == 6)
        .unwrap();
    assert_eq!(duplicate["first_line"], 2, "both lines are named");
    assert_eq!(app.count("ata_cases").await, 3);

    // The report can be read later.
    let id = report["id"].as_str().unwrap();
    let later: Value = app
        .get_json(&format!("/api/v1/ata/case-imports/{id}"), Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(later["refused_rows"], report["refused_rows"]);

    // Again: nothing changes.
    let res = import(&app, &token, &file, &sign(&agency_key(), &file)).await;
    assert_eq!(res.status(), 201);
    let again: Value = res.json().await.unwrap();
    assert_eq!(again["accepted"], 0);
    assert_eq!(again["unchanged"], 3);
    assert_eq!(app.count("ata_cases").await, 3);

    // USCIS confirming the pending case puts it in the pool; other data under a known number
    // is refused, the first kept.
    let update = [
        HEADER.to_string(),
        row(6, "Kovalenko", "1991-12-01", "UA", "confirmed"),
        row(1, "Joseph", "1990-04-03", "HT", "confirmed"),
    ]
    .concat();
    let res = import(&app, &token, &update, &sign(&agency_key(), &update)).await;
    let third: Value = res.json().await.unwrap();
    assert_eq!(third["accepted"], 1);
    assert_eq!(
        third["refused_rows"][0]["reasons"][0],
        "duplicate-different"
    );
    let status: String = sqlx::query_scalar("SELECT status FROM ata_cases WHERE case_number = $1")
        .bind("IOE0000000006")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(status, "confirmed");
}

#[tokio::test]
async fn only_an_agency_member_imports_and_only_an_airline_checks() {
    let app = spawn_app().await;
    let _ = agency(&app).await;
    let file = [
        HEADER.to_string(),
        row(1, "Joseph", "1990-04-02", "HT", "confirmed"),
    ]
    .concat();
    let signature = sign(&agency_key(), &file);
    let (_, traveler) = app.traveler().await;
    let airline = member(&app, OrganisationKind::Airline).await;
    assert_eq!(
        import(&app, &traveler, &file, &signature).await.status(),
        403
    );
    let res = import(&app, &airline, &file, &signature).await;
    assert_eq!(res.status(), 403);
    assert_eq!(
        res.json::<Value>().await.unwrap()["code"],
        "ata-agency-only"
    );
    assert_eq!(import(&app, "", &file, &signature).await.status(), 401);
    assert_eq!(app.count("ata_cases").await, 0);

    let body =
        json!({"passport_number": "AB123456", "date_of_birth": "1990-04-02", "nationality": "HT"});
    let agency = member(&app, OrganisationKind::GovernmentAgency).await;
    let res = app
        .post_json("/api/v1/ata/checks", Some(&agency), &body)
        .await;
    assert_eq!(res.status(), 403);
    assert_eq!(
        res.json::<Value>().await.unwrap()["code"],
        "ata-airline-only"
    );
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    assert_eq!(
        app.get_json("/api/v1/ata/queue", Some(&officer))
            .await
            .status(),
        403
    );
    let res = app
        .post_json("/api/v1/ata/checks", Some(&airline), &body)
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.json::<Value>().await.unwrap(),
        json!({"authorized": false, "valid_until": null})
    );
}

#[tokio::test]
async fn the_monthly_selection_invites_up_to_the_cap_and_publishes_a_verifiable_record() {
    let app = spawn_app().await;
    let token = agency(&app).await;
    let mut file = pool_file(9);
    file.push_str(&row(10, "Pending", "1990-01-01", "VE", "pending"));
    import_signed(&app, &token, &file).await;
    let demo = programmes::get("demo").unwrap();
    let cap = demo.monthly_cap as usize;
    assert!(cap < 9, "the demo's cap leaves people in the pool");
    let now = app.now();
    let outcome = selection::run(&app.state, demo, now.date_naive(), now)
        .await
        .unwrap();
    let selection::Outcome::Ran { pool, invitations } = outcome else {
        panic!("ran")
    };
    assert_eq!(pool, 9, "the pending case is not in the pool");
    assert_eq!(invitations.len(), cap);
    let invited: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM ata_cases WHERE status = 'invited'")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(invited as usize, cap);
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ata_cases WHERE status = 'confirmed'")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(left as usize, 9 - cap, "the rest stay in the pool");
    // A second run changes nothing.
    assert!(matches!(
        selection::run(&app.state, demo, now.date_naive(), now)
            .await
            .unwrap(),
        selection::Outcome::AlreadyDone
    ));
    // The published record checks out, and against the commitment published before.
    let month = garita_domain::parole::month_of(now.date_naive());
    let list: Value = app
        .get_json("/api/v1/ata/selections", None)
        .await
        .json()
        .await
        .unwrap();
    let entry = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["month"] == month.to_string())
        .unwrap();
    let record: garita_domain::draw::PublishedDraw = app
        .get_json(&format!("/api/v1/ata/selections/demo/{month}"), None)
        .await
        .json()
        .await
        .unwrap();
    garita_domain::draw::verify_against(&record, entry["commitment"].as_str().unwrap()).unwrap();
    assert_eq!(record.results.len(), cap);
    // The oldest half: the first confirmed cases are among those chosen.
    let oldest = garita_domain::draw::share_places(0.5, cap as u64) as u32;
    for i in 1..=oldest {
        let id = case_id(&app, i).await;
        assert!(record.results.iter().any(|r| r.request == id), "case {i}");
    }
}

/// A browser signed in as a new traveler (pages), in `lang`.
async fn beneficiary_browser(app: &TestApp) -> reqwest::Client {
    let (b, _) = app.signed_up_browser("/register?lang=ht").await;
    b
}

async fn post_form(
    app: &TestApp,
    b: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let csrf = app.form_token(b, "/ata/case").await;
    let mut form = vec![("csrf_token", csrf.as_str())];
    form.extend_from_slice(fields);
    b.post(app.url(path)).form(&form).send().await.unwrap()
}

async fn check(
    app: &TestApp,
    airline: &str,
    passport: &str,
    dob: &str,
    nationality: &str,
) -> Value {
    let res = app
        .post_json(
            "/api/v1/ata/checks",
            Some(airline),
            &json!({"passport_number": passport, "date_of_birth": dob, "nationality": nationality}),
        )
        .await;
    let status = res.status();
    let body: Value = res.json().await.unwrap();
    assert_eq!(status, 200, "{body}");
    body
}

#[tokio::test]
async fn a_beneficiary_goes_from_invitation_to_a_granted_ata_and_the_airline_check_says_so() {
    let app = spawn_app().await;
    let token = agency(&app).await;
    let file = [
        HEADER.to_string(),
        row(1, "Joseph", "1990-04-02", "HT", "confirmed"),
    ]
    .concat();
    import_signed(&app, &token, &file).await;
    let demo = programmes::get("demo").unwrap();
    let now = app.now();
    let invitations = select_now(&app).await;
    let link = format!("/ata/invitations/{}", invitations[0].token);

    // The link, signed in as a traveler: accepted once.
    let b = beneficiary_browser(&app).await;
    let page = b.get(app.url(&link)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let csrf = common::csrf_of(&page.text().await.unwrap());
    let res = b
        .post(app.url(&link))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/ata/case");
    let other = app.browser();
    let res = other.get(app.url(&link)).send().await.unwrap();
    assert_eq!(res.status(), 409, "a link used once works no more");
    let res = other
        .get(app.url("/ata/invitations/not-a-token"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);

    // The steps, each saved on its own; the page says what is left, in Creole.
    let html = b
        .get(app.url("/ata/case"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Etap ki rete"), "{html}");
    let res = post_form(
        &app,
        &b,
        "/ata/case/biographic",
        &[
            ("family_name", "Josef"),
            ("given_names", "Ana"),
            ("date_of_birth", "1990-04-02"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let res = post_form(
        &app,
        &b,
        "/ata/case/passport",
        &[
            ("passport_number", "RD 123-456"),
            ("passport_country", "HT"),
            ("passport_expires", "2026-07-01"),
        ],
    )
    .await;
    assert_eq!(
        res.status(),
        409,
        "a passport that expires before the ATA would"
    );
    let res = post_form(
        &app,
        &b,
        "/ata/case/passport",
        &[
            ("passport_number", "RD 123-456"),
            ("passport_country", "HT"),
            ("passport_expires", "2030-01-01"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let res = post_form(
        &app,
        &b,
        "/ata/case/attestations",
        &[("attest_vaccinations", "yes")],
    )
    .await;
    assert_eq!(res.status(), 422, "every attestation");
    let res = post_form(
        &app,
        &b,
        "/ata/case/attestations",
        &[("attest_vaccinations", "yes"), ("attest_truthful", "yes")],
    )
    .await;
    assert_eq!(res.status(), 303);
    let upload = |bytes: Vec<u8>| {
        let app = &app;
        let b = &b;
        async move {
            let csrf = app.form_token(b, "/ata/case").await;
            let form = reqwest::multipart::Form::new()
                .text("csrf_token", csrf)
                .part(
                    "photo",
                    reqwest::multipart::Part::bytes(bytes).file_name("p.jpg"),
                );
            b.post(app.url("/ata/case/photo"))
                .multipart(form)
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(upload(b"not an image".to_vec()).await.status(), 422);
    let still: String = sqlx::query_scalar("SELECT status FROM ata_cases")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(still, "invited", "a refused photo submits nothing");
    assert_eq!(upload(common::jpeg(480, 640)).await.status(), 303);
    let html = b
        .get(app.url("/ata/case"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Yon ofisye CBP ap deside"),
        "submitted, in Creole"
    );

    // The adjudicator: the queue, the case with its mismatch, a grant.
    let adjudicator = app.staff(Role::Adjudicator, None).await;
    let queue: Value = app
        .get_json("/api/v1/ata/queue?nationality=HT", Some(&adjudicator))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(queue.as_array().unwrap().len(), 1);
    assert_eq!(queue[0]["mismatches"], json!(["family_name"]));
    let none: Value = app
        .get_json("/api/v1/ata/queue?nationality=UA", Some(&adjudicator))
        .await
        .json()
        .await
        .unwrap();
    assert!(none.as_array().unwrap().is_empty());
    let id = queue[0]["id"].as_str().unwrap();
    let case: Value = app
        .get_json(&format!("/api/v1/ata/cases/{id}"), Some(&adjudicator))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(case["confirmed_family_name"], "Josef");
    assert_eq!(case["passport_number"], "RD123456");
    assert!(case["photo_jpeg_base64"]
        .as_str()
        .is_some_and(|p| p.len() > 100));
    let res = app
        .post_json(
            &format!("/api/v1/ata/cases/{id}/decision"),
            Some(&adjudicator),
            &json!({"decision": "refuse"}),
        )
        .await;
    assert_eq!(res.status(), 422, "a refusal needs a reason");
    let res = app
        .post_json(
            &format!("/api/v1/ata/cases/{id}/decision"),
            Some(&adjudicator),
            &json!({"decision": "grant"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let granted: Value = res.json().await.unwrap();
    let until = now.date_naive() + Duration::days(i64::from(demo.ata_validity_days));
    assert_eq!(granted["valid_until"], until.to_string());
    let res = app
        .post_json(
            &format!("/api/v1/ata/cases/{id}/decision"),
            Some(&adjudicator),
            &json!({"decision": "refuse", "reason": "not-eligible"}),
        )
        .await;
    assert_eq!(res.status(), 409, "decided once");
    // The grant is counted once for the open statistics, at no place, by its programme (the
    // refused second decision counts nothing).
    let metric = garita_domain::statistics::Metric::TravelAuthorizations.as_str();
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM stats_counters WHERE metric = $1")
        .bind(metric)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    let people: i64 = sqlx::query_scalar(
        "SELECT people FROM stats_counters WHERE metric = $1 AND place = $2 AND dimension = $3",
    )
    .bind(metric)
    .bind(garita_domain::statistics::NO_PLACE)
    .bind(&demo.id)
    .fetch_one(&app.state.db.read)
    .await
    .unwrap();
    assert_eq!((rows, people), (1, 1));
    let viewed: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action IN ('ata-case-viewed', 'ata-decision')",
    )
    .fetch_one(&app.state.db.read)
    .await
    .unwrap();
    assert_eq!(viewed, 2, "every view and decision audited");

    // The beneficiary sees it in Creole with what to do next.
    let html = b
        .get(app.url("/ata/case"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Ou ka pran avyon pou Etazini jiska"),
        "{html}"
    );

    // The airline: authorized until the date; the same "no" for a wrong date of birth.
    let airline = member(&app, OrganisationKind::Airline).await;
    let yes = check(&app, &airline, "rd123456", "1990-04-02", "ht").await;
    assert_eq!(
        yes,
        json!({"authorized": true, "valid_until": until.to_string()})
    );
    let no = json!({"authorized": false, "valid_until": null});
    assert_eq!(
        check(&app, &airline, "RD123456", "1990-04-03", "HT").await,
        no
    );
    assert_eq!(
        check(&app, &airline, "RD123457", "1990-04-02", "HT").await,
        no
    );
    assert_eq!(
        check(&app, &airline, "RD123456", "1990-04-02", "CU").await,
        no
    );
    let checks: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'ata-check' AND detail NOT LIKE '%RD123456%'")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(
        checks, 4,
        "every check audited, never with the passport number"
    );

    // A closed programme's case: no.
    sqlx::query("UPDATE ata_cases SET programme_id = 'chnv'")
        .execute(&app.state.db.write)
        .await
        .unwrap();
    assert_eq!(
        check(&app, &airline, "RD123456", "1990-04-02", "HT").await,
        no
    );
    sqlx::query("UPDATE ata_cases SET programme_id = 'demo'")
        .execute(&app.state.db.write)
        .await
        .unwrap();

    // Past its last day: no, and the job marks it expired.
    app.state
        .clock
        .advance(Duration::days(i64::from(demo.ata_validity_days) + 1));
    let airline = member(&app, OrganisationKind::Airline).await;
    assert_eq!(
        check(&app, &airline, "RD123456", "1990-04-02", "HT").await,
        no
    );
    assert_eq!(
        garita::travel_authorizations::decisions::expire(&app.state)
            .await
            .unwrap(),
        1
    );
    let status: String = sqlx::query_scalar("SELECT status FROM ata_cases")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(status, "expired");
}

#[tokio::test]
async fn an_invitation_expires_and_a_closed_programme_says_so() {
    let app = spawn_app().await;
    let token = agency(&app).await;
    let file = [
        HEADER.to_string(),
        row(1, "Joseph", "1990-04-02", "HT", "confirmed"),
    ]
    .concat();
    import_signed(&app, &token, &file).await;
    let invitations = select_now(&app).await;
    app.state
        .clock
        .advance(Duration::days(selection::INVITATION_DAYS + 1));
    let res = app
        .browser()
        .get(app.url(&format!("/ata/invitations/{}", invitations[0].token)))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    // The public page names each programme open or closed (CHNV closed on 25 March 2025).
    let html = app
        .browser()
        .get(app.url("/ata?lang=es"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Cerrado: no recibe nada nuevo."));
    assert!(html.contains("Abierto: recibe casos."));
}

async fn scalar(app: &TestApp, sql: &'static str, bind: &str) -> i64 {
    sqlx::query_scalar(sql)
        .bind(bind.to_string())
        .fetch_one(&app.state.db.read)
        .await
        .unwrap()
}

#[tokio::test]
async fn refused_and_expired_cases_and_spent_invitations_are_purged_while_live_cases_stay() {
    use garita::retention::{self, Job};
    use garita_domain::parole::{CaseStatus, Step};
    let app = spawn_app().await;
    // The privacy page's table names both rules.
    let kinds: Vec<_> = retention::rules(&app.state)
        .iter()
        .map(|r| r.kind)
        .collect();
    assert!(kinds.contains(&"ata-cases") && kinds.contains(&"ata-invitations"));
    let token = agency(&app).await;
    import_signed(&app, &token, &pool_file(9)).await;
    let now = app.now();
    let invitations = select_now(&app).await;
    assert!(
        invitations.len() >= 3,
        "the demo's cap invites three or more"
    );
    let [refused, granted, live] = [0, 1, 2].map(|i| invitations[i].case_id.clone());
    let pooled: String = sqlx::query_scalar("SELECT id FROM ata_cases WHERE status = $1 LIMIT 1")
        .bind(CaseStatus::Confirmed.as_str())
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    // Decided today: one refused, one granted until tomorrow; each with a step, a fingerprint
    // and its invitation used. The third case is invited and has not started.
    let ts = now.timestamp();
    let tomorrow = (now + Duration::days(1)).date_naive().to_string();
    for (id, status, until) in [
        (&refused, CaseStatus::Refused, None),
        (&granted, CaseStatus::Granted, Some(tomorrow)),
    ] {
        sqlx::query(
            "UPDATE ata_cases SET status = $1, decided_at = $2, valid_until = $3,
             passport_fingerprint = $4 WHERE id = $5",
        )
        .bind(status.as_str())
        .bind(ts)
        .bind(until)
        .bind(format!("fp-{id}"))
        .bind(id)
        .execute(&app.state.db.write)
        .await
        .unwrap();
        sqlx::query("INSERT INTO ata_steps (case_id, step, done_at) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(Step::Biographic.as_str())
            .bind(ts)
            .execute(&app.state.db.write)
            .await
            .unwrap();
        sqlx::query("UPDATE ata_invitations SET used_at = $1 WHERE case_id = $2")
            .bind(ts)
            .bind(id)
            .execute(&app.state.db.write)
            .await
            .unwrap();
    }
    let cases = "SELECT COUNT(*) FROM ata_cases WHERE id = $1";
    let steps = "SELECT COUNT(*) FROM ata_steps WHERE case_id = $1";
    let links = "SELECT COUNT(*) FROM ata_invitations WHERE case_id = $1";
    let prints = "SELECT COUNT(*) FROM ata_cases WHERE passport_fingerprint = $1";
    // Nothing is due today.
    let p = retention::purge(&app.state, app.now()).await.unwrap();
    assert_eq!(p.of(Job::AtaCases) + p.of(Job::AtaInvitations), 0);
    // Past the link period: the used links go, the live case's unused one stays (30 days).
    app.state
        .clock
        .advance(Duration::days(retention::ACCOUNT_LINK_DAYS + 1));
    let p = retention::purge(&app.state, app.now()).await.unwrap();
    assert_eq!(p.of(Job::AtaInvitations), 2);
    assert_eq!(scalar(&app, links, &live).await, 1);
    // The ATA expires (its job marks it); still kept until the period after its last day.
    garita::travel_authorizations::decisions::expire(&app.state)
        .await
        .unwrap();
    assert_eq!(scalar(&app, cases, &granted).await, 1);
    app.state.clock.advance(Duration::days(
        retention::ENDED_DAYS - retention::ACCOUNT_LINK_DAYS - 3,
    ));
    let p = retention::purge(&app.state, app.now()).await.unwrap();
    assert_eq!(
        p.of(Job::AtaCases),
        0,
        "not yet {} days",
        retention::ENDED_DAYS
    );
    // Past the period after the refusal and after the ATA's last day (tomorrow, a day of margin).
    app.state.clock.advance(Duration::days(6));
    let p = retention::purge(&app.state, app.now()).await.unwrap();
    assert_eq!(p.of(Job::AtaCases), 2);
    for id in [&refused, &granted] {
        assert_eq!(scalar(&app, cases, id).await, 0, "case {id}");
        assert_eq!(scalar(&app, steps, id).await, 0, "steps of {id}");
        assert_eq!(scalar(&app, prints, &format!("fp-{id}")).await, 0);
    }
    // The invited case (its link now expired and gone) and the pool stay.
    assert_eq!(scalar(&app, cases, &live).await, 1);
    assert_eq!(scalar(&app, links, &live).await, 0);
    assert_eq!(scalar(&app, cases, &pooled).await, 1);
    // Idempotent.
    let p = retention::purge(&app.state, app.now()).await.unwrap();
    assert_eq!(p.of(Job::AtaCases) + p.of(Job::AtaInvitations), 0);
}

/// A missing signature header is refused (422) before the programme is looked at, even an
/// empty or unknown one; a selection of an unknown programme or a month that does not read
/// is 404, never 400.
#[tokio::test]
async fn a_missing_signature_is_422_first_and_an_unknown_selection_is_404() {
    let app = spawn_app().await;
    let token = agency(&app).await;
    let res = app
        .browser()
        .post(app.url("/api/v1/ata/case-imports?programme="))
        .bearer_auth(&token)
        .header("content-type", "text/csv")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["code"], "ata-signature-invalid");
    for path in ["0/0", "demo/not-a-month", "no-such-programme/2026-12"] {
        let res = app
            .get_json(&format!("/api/v1/ata/selections/{path}"), None)
            .await;
        assert_eq!(res.status(), 404, "{path}");
    }
}

/// A key is registered for one government agency: it signs that agency's imports only, and
/// a key for no agency, or for an organisation that is not one, is refused.
#[tokio::test]
async fn a_key_registered_for_one_agency_does_not_sign_another_agencys_import() {
    let app = spawn_app().await;
    let token_a = agency(&app).await;
    let (b, token_b) = member_of(&app, OrganisationKind::GovernmentAgency).await;
    let file = [
        HEADER.to_string(),
        row(1, "Joseph", "1990-04-02", "HT", "confirmed"),
    ]
    .concat();
    // Agency A's key over B's import: refused before it is read, nothing written.
    let res = import(&app, &token_b, &file, &sign(&agency_key(), &file)).await;
    assert_eq!(res.status(), 422);
    assert_eq!(
        res.json::<Value>().await.unwrap()["code"],
        "ata-signature-invalid"
    );
    assert_eq!(app.count("ata_imports").await, 0);
    // B's own key works for B, and not for A.
    let key_b = SigningKey::from_bytes(&[9u8; 32]);
    assert_eq!(register_key(&app, &key_b, Some(b)).await.status(), 201);
    let res = import(&app, &token_a, &file, &sign(&key_b, &file)).await;
    assert_eq!(res.status(), 422);
    let res = import(&app, &token_b, &file, &sign(&key_b, &file)).await;
    assert_eq!(res.status(), 201);
    assert_eq!(app.count("ata_cases").await, 1);
    // A key for no organisation, or for an airline, is not registered.
    let other = SigningKey::from_bytes(&[10u8; 32]);
    let res = register_key(&app, &other, None).await;
    assert_eq!(res.status(), 422);
    let (airline, _) = member_of(&app, OrganisationKind::Airline).await;
    let res = register_key(&app, &other, Some(airline)).await;
    assert_eq!(res.status(), 422);
}

/// The selection mails each invited case its link through the outbox, to the address USCIS
/// sent: in the language of the account that holds that address, else in the nationality's
/// usual language and English; a second run mails nothing more.
#[tokio::test]
async fn the_selection_mails_each_invited_case_its_link_in_its_language_once() {
    use garita::notifications::outbox::{self, Senders};
    let smtp = common::smtp::SmtpServer::start().await;
    let url = smtp.url();
    let app = common::spawn_with(move |s| {
        s.notifications.smtp_url = Some(garita::config::Secret(url));
        s.notifications.public_url = "https://garita.example".into();
    })
    .await;
    let token = agency(&app).await;
    // Marie (Haiti) has no account; Luis (Venezuela) already has one, read in French.
    let file = [
        HEADER.to_string(),
        row(1, "Marie", "1990-04-02", "HT", "confirmed"),
        row(2, "Luis", "1985-01-01", "VE", "confirmed"),
    ]
    .concat();
    import_signed(&app, &token, &file).await;
    garita::accounts::create_account(
        &app.state,
        &garita_domain::accounts::Email::parse("luis@example.org").unwrap(),
        &garita_domain::accounts::Password::parse(PASSWORD, |_| false).unwrap(),
        garita_domain::roles::AccountKind::Traveler,
        &[],
        Some("fr"),
    )
    .await
    .unwrap();
    sqlx::query("DELETE FROM notifications")
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let invitations = select_now(&app).await;
    assert_eq!(invitations.len(), 2, "the demo's cap takes both");
    let mut links = Vec::new();
    for number in [1, 2] {
        let id = case_id(&app, number).await;
        let token = &invitations.iter().find(|i| i.case_id == id).unwrap().token;
        links.push(format!("https://garita.example/ata/invitations/{token}"));
    }
    let (marie_link, luis_link) = (links[0].clone(), links[1].clone());
    let senders = Senders::from_settings(&app.state).unwrap();
    let sent = outbox::deliver_due(&app.state, &senders, app.now())
        .await
        .unwrap();
    assert_eq!(sent.sent, 2);
    let mails = smtp.messages();
    let to = |who: &str| {
        mails
            .iter()
            .find(|m| m.to.contains(who))
            .unwrap_or_else(|| panic!("no mail to {who}: {mails:?}"))
            .clone()
    };
    let marie = to("marie@example.org");
    assert!(marie.body.contains(&marie_link), "{}", marie.body);
    assert!(!marie.body.contains(&luis_link));
    assert!(
        marie.subject.starts_with("Yo envite w"),
        "{}",
        marie.subject
    );
    assert!(marie.subject.contains("You are invited"), "and in English");
    let luis = to("luis@example.org");
    assert!(luis.body.contains(&luis_link), "{}", luis.body);
    assert!(
        luis.subject.starts_with("Invitation à demander"),
        "{}",
        luis.subject
    );
    assert!(!luis.subject.contains("You are invited"), "French only");
    // The link in the mail opens the invitation.
    let path = marie_link.trim_start_matches("https://garita.example");
    let page = app.browser().get(app.url(path)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    // Nothing in the outbox row names the address or the account.
    let without: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM notifications WHERE account_id IS NULL AND kind = $1",
    )
    .bind("ata-invitation")
    .fetch_one(&app.state.db.read)
    .await
    .unwrap();
    assert_eq!(without, 2);
    // Again: the selection does not run twice, and nothing more is sent.
    let demo = programmes::get("demo").unwrap();
    assert!(matches!(
        selection::run(&app.state, demo, app.now().date_naive(), app.now())
            .await
            .unwrap(),
        selection::Outcome::AlreadyDone
    ));
    let again = outbox::deliver_due(&app.state, &senders, app.now())
        .await
        .unwrap();
    assert_eq!(again.sent, 0);
    assert_eq!(smtp.messages().len(), 2);
}

/// Rows are written in batches: across batches, a re-import of the same file changes
/// nothing and a number known with other data is refused on its own line, the rest kept.
#[tokio::test]
async fn a_batch_larger_than_one_insert_is_idempotent_and_names_its_refused_line() {
    let app = spawn_app().await;
    let token = agency(&app).await;
    let file = pool_file(120);
    import_signed(&app, &token, &file).await;
    assert_eq!(app.count("ata_cases").await, 120);
    let changed = file.replace("Family75,", "Family75b,");
    let res = import(&app, &token, &changed, &sign(&agency_key(), &changed)).await;
    let report: Value = res.json().await.unwrap();
    assert_eq!(report["accepted"], 0);
    assert_eq!(report["unchanged"], 119);
    assert_eq!(report["refused"], 1);
    assert_eq!(report["refused_rows"][0]["line"], 75);
    assert_eq!(
        report["refused_rows"][0]["reasons"],
        json!(["duplicate-different"])
    );
    assert_eq!(app.count("ata_cases").await, 120);
}
