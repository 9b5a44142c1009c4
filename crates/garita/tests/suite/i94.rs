//! Provisional I-94 (land): applying for a family, paying at the port, the officer's
//! decisions, "My I-94s", expiry, and who may see what — through HTTP on both engines.

use crate::common;

use chrono::Duration;
use common::{i94_applicant, i94_submission, spawn_app, TestApp};
use garita_domain::i94::{self, VALID_DAYS_AFTER_PAYMENT};
use garita_domain::mrz::{compose_td3, Td3};
use garita_domain::roles::Role;
use serde_json::{json, Value};

fn family() -> Vec<Value> {
    vec![
        i94_applicant("Pérez López", "Ana", "G10000001"),
        i94_applicant("Pérez López", "Luis", "G10000002"),
        i94_applicant("Pérez López", "Sofía", "G10000003"),
    ]
}

async fn apply(app: &TestApp, token: &str, people: Vec<Value>) -> Value {
    let res = app
        .post_json(
            "/api/v1/i94-applications",
            Some(token),
            &i94_submission(app, people),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    res.json().await.unwrap()
}

async fn search(app: &TestApp, officer: &str, body: Value) -> reqwest::Response {
    app.post_json("/api/v1/console/i94/search", Some(officer), &body)
        .await
}

async fn pay_at_port(app: &TestApp, officer: &str, id: &str, receipt: &str) -> reqwest::Response {
    app.post_json(
        &format!("/api/v1/console/i94/{id}/payment"),
        Some(officer),
        &json!({"receipt_number": receipt}),
    )
    .await
}

async fn decide(app: &TestApp, officer: &str, applicant: &str, body: Value) -> reqwest::Response {
    app.post_json(
        &format!("/api/v1/console/i94/applicants/{applicant}/decision"),
        Some(officer),
        &body,
    )
    .await
}

async fn problem_code(res: reqwest::Response) -> String {
    let v: Value = res.json().await.unwrap();
    v["code"].as_str().unwrap_or_default().to_string()
}

#[tokio::test]
async fn a_family_of_three_pays_once_at_the_port_two_are_admitted_and_one_refused() {
    let app = spawn_app().await;
    let (_, traveler) = app.traveler().await;
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let s = apply(&app, &traveler, family()).await;
    let id = s["id"].as_str().unwrap().to_string();
    assert_eq!(s["status"], "awaiting_payment");
    let fee = i94::fee_on(i94::fee_schedule(), app.now().date_naive()).unwrap();
    assert_eq!(s["fee_cents"], fee);
    assert_eq!(s["amount_cents"], fee * 3, "one payment for all three");
    let applicants: Vec<String> = s["applicants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(applicants.len(), 3);

    // Unpaid: the officer's decision is refused with its reason.
    let res = decide(
        &app,
        &officer,
        &applicants[0],
        json!({"decision": "refused"}),
    )
    .await;
    assert_eq!(res.status(), 409);
    assert_eq!(problem_code(res).await, "i94-unpaid");

    // The officer finds it by passport (through fingerprints) and records the receipt.
    let found: Value = search(
        &app,
        &officer,
        json!({"passport_country": "mx", "passport_number": "g1000-0002"}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(found["matches"][0]["applicant_id"], applicants[1].as_str());
    assert_eq!(
        pay_at_port(&app, &officer, &id, "R-2026-0001")
            .await
            .status(),
        204
    );
    let paid: Value = app
        .get_json(&format!("/api/v1/i94-applications/{id}"), Some(&traveler))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(paid["status"], "paid");
    let paid_at = app.now().timestamp();
    assert_eq!(
        paid["valid_until"],
        paid_at + VALID_DAYS_AFTER_PAYMENT * 86_400
    );
    assert_eq!(paid["payments"][0]["provider"], "at_port");
    assert_eq!(
        paid["payments"][0]["fee_cents"], fee,
        "the fee in force is recorded"
    );
    assert_eq!(paid["payments"][0]["amount_cents"], fee * 3);
    // A second payment is refused: no paying twice.
    let res = pay_at_port(&app, &officer, &id, "R-2026-0002").await;
    assert_eq!(problem_code(res).await, "i94-already-paid");

    let until = (app.port_today("san-ysidro") + Duration::days(180)).to_string();
    for a in &applicants[..2] {
        let res = decide(
            &app,
            &officer,
            a,
            json!({"decision": "admitted", "class_of_admission": "B2", "admit_until": until, "fingerprints_taken": true}),
        )
        .await;
        assert_eq!(res.status(), 204, "{}", res.text().await.unwrap());
    }
    let res = decide(
        &app,
        &officer,
        &applicants[2],
        json!({"decision": "refused"}),
    )
    .await;
    assert_eq!(res.status(), 204);
    // Decided once.
    let res = decide(
        &app,
        &officer,
        &applicants[2],
        json!({"decision": "withdrawn"}),
    )
    .await;
    assert_eq!(problem_code(res).await, "i94-already-decided");

    // My I-94s: admitted with class, admit-until, days left and the I-94 number.
    let mine: Value = app
        .get_json("/api/v1/i94-applications", Some(&traveler))
        .await
        .json()
        .await
        .unwrap();
    let got = &mine["submissions"][0]["applicants"];
    for a in &got.as_array().unwrap()[..2] {
        assert_eq!(a["status"], "admitted");
        assert_eq!(a["class_of_admission"], "B2");
        assert_eq!(a["admit_until"], until.as_str());
        let days = a["days_left"].as_i64().unwrap();
        assert!((179..=181).contains(&days), "{days}");
        assert!(i94::is_i94_number(a["i94_number"].as_str().unwrap()));
        assert_eq!(a["fingerprints_taken"], true);
    }
    assert_eq!(got[2]["status"], "refused");
    assert!(got[2]["i94_number"].is_null());
    // Every decision is in the audit trail.
    let decisions: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'i94-decision'")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(decisions, 3);
}

#[tokio::test]
async fn each_bad_field_is_named_with_its_applicant_and_nothing_is_saved() {
    let app = spawn_app().await;
    let (_, traveler) = app.traveler().await;
    let mut people = family();
    people[1]["passport_expiry"] = json!(app.port_today("san-ysidro").to_string());
    people[2]["sevis_number"] = json!("N12");
    let mut body = i94_submission(&app, people);
    body["arrival_date"] = json!((app.port_today("san-ysidro") + Duration::days(8)).to_string());
    let res = app
        .post_json("/api/v1/i94-applications", Some(&traveler), &body)
        .await;
    assert_eq!(res.status(), 422);
    let v: Value = res.json().await.unwrap();
    let fields: Vec<(String, String)> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap().to_string(),
                e["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        fields.contains(&("arrival_date".into(), "arrival-too-far".into())),
        "{fields:?}"
    );
    assert!(fields.contains(&(
        "applicants[1].passport_expiry".into(),
        "passport-expires-before-arrival".into()
    )));
    assert!(fields.contains(&("applicants[2].sevis_number".into(), "invalid-sevis".into())));
    assert_eq!(app.count("i94_submissions").await, 0);
    assert_eq!(app.count("i94_applicants").await, 0);
    assert_eq!(app.count("identifier_fingerprints").await, 0);
    // 26 people: more than one submission holds.
    let res = app
        .post_json(
            "/api/v1/i94-applications",
            Some(&traveler),
            &i94_submission(&app, vec![i94_applicant("A", "B", "G20000000"); 26]),
        )
        .await;
    assert_eq!(res.status(), 422);
    // A port that is not a land port.
    let mut body = i94_submission(&app, family());
    body["port_id"] = json!("airport-elp");
    let res = app
        .post_json("/api/v1/i94-applications", Some(&traveler), &body)
        .await;
    assert_eq!(res.status(), 422);
    assert_eq!(app.count("i94_submissions").await, 0);
}

#[tokio::test]
async fn the_same_idempotency_key_makes_one_submission() {
    let app = spawn_app().await;
    let (_, traveler) = app.traveler().await;
    let body = i94_submission(&app, family());
    let mut ids = Vec::new();
    for _ in 0..2 {
        let res = app
            .api
            .post(app.url("/api/v1/i94-applications"))
            .bearer_auth(&traveler)
            .header("Idempotency-Key", "family-trip-0001")
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
        let v: Value = res.json().await.unwrap();
        ids.push(v["id"].as_str().unwrap().to_string());
    }
    assert_eq!(ids[0], ids[1]);
    assert_eq!(app.count("i94_submissions").await, 1);
    assert_eq!(app.count("i94_applicants").await, 3);
}

#[tokio::test]
async fn another_accounts_application_is_not_found_for_reads_and_writes() {
    let app = spawn_app().await;
    let (_, owner) = app.traveler().await;
    let (_, other) = app.traveler().await;
    let s = apply(&app, &owner, family()).await;
    let id = s["id"].as_str().unwrap();
    let res = app
        .get_json(&format!("/api/v1/i94-applications/{id}"), Some(&other))
        .await;
    assert_eq!(res.status(), 404);
    let res = app
        .post_json(
            &format!("/api/v1/i94-applications/{id}/payment"),
            Some(&other),
            &json!({"provider": "at_port"}),
        )
        .await;
    assert_eq!(res.status(), 404);
    let mine: Value = app
        .get_json("/api/v1/i94-applications", Some(&other))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["submissions"], json!([]));
    // The pages too.
    let b = app.browser();
    let (email, _) = app.traveler().await;
    let csrf = app.form_token(&b, "/login").await;
    b.post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email.as_str()),
            ("password", common::PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    let res = b.get(app.url(&format!("/i94/{id}"))).send().await.unwrap();
    assert_eq!(res.status(), 404);
    let csrf = app.form_token(&b, "/i94").await;
    let res = b
        .post(app.url(&format!("/i94/{id}/submit")))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    // A traveler is not an officer.
    let res = search(&app, &owner, json!({"application_number": "ABCDEFGHJK"})).await;
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn unpaid_lapses_seven_days_after_arrival_paid_seven_days_after_payment_by_the_job() {
    let app = spawn_app().await;
    let (email, traveler) = app.traveler().await;
    let officer = app.staff(Role::Officer, Some("laredo")).await;
    let (unpaid, paid) = two_submissions(&app, &traveler, ["G30000001", "G30000002"]).await;
    let (unpaid_id, paid_id) = (unpaid["id"].as_str().unwrap(), paid["id"].as_str().unwrap());
    // Valid at any land port: Laredo's officer records San Ysidro's application.
    assert_eq!(
        pay_at_port(&app, &officer, paid_id, "LRD-1").await.status(),
        204
    );
    let lapse = unpaid["valid_until"].as_i64().unwrap();
    let valid = app
        .get_json(
            &format!("/api/v1/i94-applications/{paid_id}"),
            Some(&traveler),
        )
        .await
        .json::<Value>()
        .await
        .unwrap()["valid_until"]
        .as_i64()
        .unwrap();
    assert_eq!(valid, app.now().timestamp() + 7 * 86_400);
    assert!(
        lapse > valid,
        "arrival today: lapses at the end of the 7th day after it"
    );

    // A second before: nothing expires (and running the job twice changes nothing).
    app.clock
        .set(chrono::DateTime::from_timestamp(valid - 1, 0).unwrap());
    assert_eq!(garita::i94::expire(&app.state).await.unwrap(), 0);
    app.clock
        .set(chrono::DateTime::from_timestamp(valid, 0).unwrap());
    assert_eq!(garita::i94::expire(&app.state).await.unwrap(), 1);
    assert_eq!(garita::i94::expire(&app.state).await.unwrap(), 0);
    // A week on, both sign in again.
    let traveler = app.login(&email, common::PASSWORD).await;
    let officer = app.staff(Role::Officer, Some("laredo")).await;
    let got: Value = app
        .get_json(
            &format!("/api/v1/i94-applications/{paid_id}"),
            Some(&traveler),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(got["status"], "expired");
    assert_eq!(got["applicants"][0]["status"], "expired");
    assert_eq!(got["payments"][0]["status"], "paid", "no refund");
    let res = decide(
        &app,
        &officer,
        got["applicants"][0]["id"].as_str().unwrap(),
        json!({"decision": "admitted", "class_of_admission": "B2", "admit_until": "2030-01-01"}),
    )
    .await;
    assert_eq!(problem_code(res).await, "i94-expired");

    app.clock
        .set(chrono::DateTime::from_timestamp(lapse, 0).unwrap());
    let traveler = app.login(&email, common::PASSWORD).await;
    let officer = app.staff(Role::Officer, Some("laredo")).await;
    // Paying at the port after the lapse, even before the job ran, is refused.
    let res = pay_at_port(&app, &officer, unpaid_id, "LRD-2").await;
    assert_eq!(problem_code(res).await, "i94-expired");
    assert_eq!(garita::i94::expire(&app.state).await.unwrap(), 1);
    let got: Value = app
        .get_json(
            &format!("/api/v1/i94-applications/{unpaid_id}"),
            Some(&traveler),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(got["status"], "expired");
}

#[tokio::test]
async fn officers_find_by_number_name_and_passport_zone_and_only_at_land_ports() {
    let app = spawn_app().await;
    let (_, traveler) = app.traveler().await;
    let officer = app.staff(Role::Officer, Some("hidalgo")).await;
    let s = apply(&app, &traveler, family()).await;
    let number = s["applicants"][2]["application_number"].as_str().unwrap();
    let ids = |v: &Value| -> Vec<String> {
        v["matches"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["application_number"].as_str().unwrap().to_string())
            .collect()
    };
    let typed = format!("{}-{}", &number[..5], &number[5..]).to_lowercase();
    let v: Value = search(&app, &officer, json!({"application_number": typed}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ids(&v), vec![number.to_string()]);
    let v: Value = search(
        &app,
        &officer,
        json!({"full_name": "sofia perez lopez", "date_of_birth": "1988-02-29"}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(
        ids(&v),
        vec![number.to_string()],
        "accents and order do not count"
    );
    // The passport's machine-readable zone, check digits and all.
    let zone = compose_td3(&Td3 {
        document_type: "P".into(),
        issuing_state: "MEX".into(),
        family_name: "PEREZ LOPEZ".into(),
        given_names: "SOFIA".into(),
        number: "G10000003".into(),
        nationality: "MEX".into(),
        date_of_birth: chrono::NaiveDate::from_ymd_opt(1988, 2, 29).unwrap(),
        sex: Some('F'),
        expiry: chrono::NaiveDate::from_ymd_opt(2035, 1, 31).unwrap(),
        personal_number: String::new(),
    });
    let v: Value = search(&app, &officer, json!({"mrz": zone}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ids(&v), vec![number.to_string()]);
    let misread = zone.replacen("G10000003", "G10000008", 1);
    let res = search(&app, &officer, json!({"mrz": misread})).await;
    assert_eq!(res.status(), 422);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["errors"][0]["field"], "mrz");
    assert_eq!(v["errors"][0]["code"], "mrz-check-digit");
    // Nothing to search by.
    assert_eq!(search(&app, &officer, json!({})).await.status(), 422);
    // Each lookup by an identifier is audited, without the identifier.
    let lookups: Vec<String> = sqlx::query_scalar(
        "SELECT detail FROM audit_log WHERE action = 'identifier-lookup' ORDER BY seq",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap();
    assert_eq!(lookups.len(), 2);
    assert!(lookups.iter().all(|d| d.contains("purpose=i94-inspection")
        && !d.contains("G10000003")
        && !d.to_lowercase().contains("sofia")));
    // An officer at an airport has no I-94 tab.
    let airport = app.staff(Role::Officer, Some("airport-elp")).await;
    let res = search(&app, &airport, json!({"application_number": number})).await;
    assert_eq!(res.status(), 403);
    assert_eq!(problem_code(res).await, "i94-land-port-only");
}

#[tokio::test]
async fn a_receipt_number_pays_one_submission_only() {
    let app = spawn_app().await;
    let (_, traveler) = app.traveler().await;
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let (a, b) = two_submissions(&app, &traveler, ["G40000001", "G40000002"]).await;
    let (a, b) = (a["id"].as_str().unwrap(), b["id"].as_str().unwrap());
    assert_eq!(pay_at_port(&app, &officer, a, "SY-77").await.status(), 204);
    let res = pay_at_port(&app, &officer, b, "sy-77").await;
    assert_eq!(problem_code(res).await, "i94-receipt-used");
    let res = pay_at_port(&app, &officer, b, "  ").await;
    assert_eq!(res.status(), 422);
    let status: String = sqlx::query_scalar("SELECT status FROM i94_submissions WHERE id = $1")
        .bind(b)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(status, "awaiting_payment");
}

/// The pages, in Spanish: a family of three applies (a wrong field first: shown beside it,
/// nothing saved), the officer records the payment and admits them in the console, and
/// "Mis I-94" shows the admit-until date in Spanish.
#[tokio::test]
async fn a_family_applies_through_the_pages_and_sees_admit_until_in_spanish() {
    let app = spawn_app().await;
    let (email, _) = app.traveler().await;
    let b = app.browser();
    let csrf = app.form_token(&b, "/login").await;
    let res = b
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email.as_str()),
            ("password", common::PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let page = b
        .get(app.url("/i94?lang=es"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Mis I-94"), "{page}");
    let csrf = common::csrf_of(&page);
    let today = app.port_today("san-ysidro").to_string();
    let res = b
        .post(app.url("/i94"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("port_id", "san-ysidro"),
            ("arrival_date", today.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let at = res.headers()["location"].to_str().unwrap().to_string();
    let id = at.trim_start_matches("/i94/").to_string();
    let person = |given: &str, passport: &str, expiry: &str| {
        vec![
            ("csrf_token".to_string(), csrf.clone()),
            ("family_name".into(), "Pérez López".into()),
            ("given_names".into(), given.into()),
            ("date_of_birth".into(), "1990-01-15".into()),
            ("sex".into(), "M".into()),
            ("citizenship".into(), "MX".into()),
            ("passport_number".into(), passport.into()),
            ("passport_country".into(), "MX".into()),
            ("passport_expiry".into(), expiry.into()),
            ("document_kind".into(), "bcc".into()),
            ("visa_number".into(), format!("BCC{passport}")),
            ("visa_class".into(), "B1/B2-BCC".into()),
            ("visa_expiry".into(), "2034-01-01".into()),
            ("us_address".into(), "San Diego, CA".into()),
            ("purpose".into(), "family".into()),
        ]
    };
    let res = b
        .post(app.url(&format!("/i94/{id}/applicants")))
        .form(&person("Ana", "G50000001", &today))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("id=\"passport_expiry-error\""), "{html}");
    assert_eq!(app.count("i94_applicants").await, 0);
    for (given, passport) in [
        ("Ana", "G50000001"),
        ("Luis", "G50000002"),
        ("Sofía", "G50000003"),
    ] {
        let res = b
            .post(app.url(&format!("/i94/{id}/applicants")))
            .form(&person(given, passport, "2033-01-01"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303);
    }
    let res = b
        .post(app.url(&format!("/i94/{id}/submit")))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let receipt = b
        .get(app.url(&format!("/i94/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(receipt.contains("Pendiente de pago"), "{receipt}");
    assert!(
        receipt.contains("no se reembolsa"),
        "the page says no refund before paying"
    );
    let number: String = sqlx::query_scalar(
        "SELECT application_number FROM i94_applicants WHERE submission_id = $1 ORDER BY position LIMIT 1",
    )
    .bind(&id)
    .fetch_one(&app.state.db.read)
    .await
    .unwrap();
    assert!(receipt.contains(&number));

    // The officer, in the console.
    let o = app
        .staff_browser(Role::Officer, Some("san-ysidro"), "/console/i94")
        .await;
    let csrf_o = app.form_token(&o, "/console/i94").await;
    let found = o
        .post(app.url("/console/i94"))
        .form(&[
            ("csrf_token", csrf_o.as_str()),
            ("application_number", number.as_str()),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(found.contains(&format!("/console/i94/{id}")), "{found}");
    let res = o
        .post(app.url(&format!("/console/i94/{id}/payment")))
        .form(&[("csrf_token", csrf_o.as_str()), ("receipt_number", "SY-1")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let until = app.port_today("san-ysidro") + Duration::days(30);
    let applicants: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM i94_applicants WHERE submission_id = $1 ORDER BY position",
    )
    .bind(&id)
    .fetch_all(&app.state.db.read)
    .await
    .unwrap();
    for a in &applicants {
        let res = o
            .post(app.url(&format!("/console/i94/applicants/{a}/decision")))
            .form(&[
                ("csrf_token", csrf_o.as_str()),
                ("decision", "admitted"),
                ("class_of_admission", "B2"),
                ("admit_until", until.to_string().as_str()),
                ("fingerprints_taken", "yes"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303);
    }
    let mine = b
        .get(app.url("/i94?lang=es"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let spanish = garita::locale_format::date("es", until);
    assert!(
        mine.contains(&spanish),
        "admit-until in Spanish: {spanish}\n{mine}"
    );
    assert!(mine.contains("30 días"), "{mine}");
}

/// A browser signed in as `email` (the pages' session).
async fn signed_in(app: &TestApp, email: &str) -> reqwest::Client {
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
    b
}

/// What the receipt page declares to the service worker: (account tag, kept until in ms).
async fn receipt_keeping(
    app: &TestApp,
    b: &reqwest::Client,
    id: &str,
) -> (Option<String>, Option<i64>, String) {
    let res = b.get(app.url(&format!("/i94/{id}"))).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let header = |name: &str| {
        res.headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
    };
    let tag = header(garita::passes::ACCOUNT_HEADER);
    let until = header(garita::passes::UNTIL_HEADER).map(|v| v.parse().unwrap());
    (tag, until, res.text().await.unwrap())
}

#[tokio::test]
async fn the_receipt_is_kept_offline_like_the_pass_for_its_account_until_valid_until() {
    let app = spawn_app().await;
    let (email, traveler) = app.traveler().await;
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let s = apply(&app, &traveler, family()).await;
    let id = s["id"].as_str().unwrap();
    let b = signed_in(&app, &email).await;
    // The same keyed tag as the pass's (what the worker compares), nothing personal in it.
    let validity: Value = b
        .get(app.url("/appointment/pass/validity"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let (tag, until, html) = receipt_keeping(&app, &b, id).await;
    assert_eq!(tag.as_deref(), validity["account"].as_str());
    assert!(!tag.as_deref().unwrap().contains(&email));
    // Unpaid: kept until it lapses, 7 days after the arrival.
    assert_eq!(until, Some(s["valid_until"].as_i64().unwrap() * 1000));
    assert!(html.contains("/static/pass.js"), "the page keeps itself");

    // Paid: kept until 7 days from payment.
    assert_eq!(pay_at_port(&app, &officer, id, "SY-77").await.status(), 204);
    let (_, until, _) = receipt_keeping(&app, &b, id).await;
    let paid_until = (app.now() + Duration::days(VALID_DAYS_AFTER_PAYMENT)).timestamp();
    assert_eq!(until, Some(paid_until * 1000));

    // Another account's receipt carries another tag: the worker forgets the first one's.
    let (other_email, other) = app.traveler().await;
    let theirs = apply(
        &app,
        &other,
        vec![i94_applicant("Otra", "Ana", "G40000009")],
    )
    .await;
    let ob = signed_in(&app, &other_email).await;
    let (other_tag, _, _) = receipt_keeping(&app, &ob, theirs["id"].as_str().unwrap()).await;
    assert!(other_tag.is_some());
    assert_ne!(other_tag, tag);

    // Expired: nothing to keep, so the worker forgets the copy (no headers, no script).
    app.clock
        .set(chrono::DateTime::from_timestamp(paid_until, 0).unwrap());
    assert!(garita::i94::expire(&app.state).await.unwrap() >= 1);
    let b = signed_in(&app, &email).await;
    let (tag, until, html) = receipt_keeping(&app, &b, id).await;
    assert_eq!((tag, until), (None, None));
    assert!(!html.contains("/static/pass.js"));

    // The worker keeps receipt pages (and only under /i94/{id}).
    let sw = b.get(app.url("/sw.js")).send().await.unwrap();
    let sw = sw.text().await.unwrap();
    assert!(sw.contains("const RECEIPT = /^\\/i94\\/[A-Za-z0-9_-]+$/;"));
}

fn zone(number: &str, state: &str, expiry: (i32, u32, u32)) -> String {
    compose_td3(&Td3 {
        document_type: "P".into(),
        issuing_state: state.into(),
        family_name: "PEREZ LOPEZ".into(),
        given_names: "ANA".into(),
        number: number.into(),
        nationality: state.into(),
        date_of_birth: chrono::NaiveDate::from_ymd_opt(1988, 2, 29).unwrap(),
        sex: Some('F'),
        expiry: chrono::NaiveDate::from_ymd_opt(expiry.0, expiry.1, expiry.2).unwrap(),
        personal_number: String::new(),
    })
}

async fn mrz_audits(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'i94-passport-mrz'")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap()
}

/// Who the officer's search by passport finds (application numbers).
async fn found_by_passport(
    app: &TestApp,
    officer: &str,
    country: &str,
    number: &str,
) -> Vec<String> {
    let v: Value = search(
        app,
        officer,
        json!({"passport_country": country, "passport_number": number}),
    )
    .await
    .json()
    .await
    .unwrap();
    v["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["application_number"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn an_officer_fills_the_passport_from_its_two_lines_and_a_wrong_check_digit_changes_nothing()
{
    let app = spawn_app().await;
    let (_, traveler) = app.traveler().await;
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let s = apply(&app, &traveler, family()).await;
    let id = s["id"].as_str().unwrap();
    let ana = &s["applicants"][0];
    let (ana_id, ana_number) = (
        ana["id"].as_str().unwrap(),
        ana["application_number"].as_str().unwrap().to_string(),
    );
    let old_country = ana["passport_country"].as_str().unwrap().to_string();
    let o = app
        .staff_browser(
            Role::Officer,
            Some("san-ysidro"),
            &format!("/console/i94/{id}"),
        )
        .await;
    let csrf = app.form_token(&o, &format!("/console/i94/{id}")).await;
    let post = |mrz: String| {
        let o = o.clone();
        let csrf = csrf.clone();
        let url = app.url(&format!("/console/i94/applicants/{ana_id}/passport"));
        async move {
            o.post(url)
                .form(&[("csrf_token", csrf.as_str()), ("mrz", mrz.as_str())])
                .send()
                .await
                .unwrap()
        }
    };

    // One wrong check digit (the passport number's): refused on the field, nothing changes.
    let good = zone("K12345678", "GTM", (2036, 6, 30));
    let mut lines: Vec<String> = good.lines().map(str::to_string).collect();
    let d = lines[1].as_bytes()[9];
    let wrong = if d == b'9' { '0' } else { char::from(d + 1) };
    lines[1].replace_range(9..10, &wrong.to_string());
    let res = post(lines.join("\n")).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains(&format!("id=\"mrz-{ana_id}-error\"")),
        "the field says why"
    );
    assert!(!html.contains("2036-06-30"));
    assert_eq!(
        found_by_passport(&app, &officer, &old_country, "G10000001").await,
        vec![ana_number.clone()]
    );
    assert!(found_by_passport(&app, &officer, "GT", "K12345678")
        .await
        .is_empty());
    assert_eq!(mrz_audits(&app).await, 0);

    // The right lines: number, issuing country and expiry replaced, sealed and found by them.
    let res = post(good).await;
    assert_eq!(res.status(), 303);
    let got: Value = app
        .get_json(&format!("/api/v1/i94-applications/{id}"), Some(&traveler))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(got["applicants"][0]["passport_number"], "K12345678");
    assert_eq!(got["applicants"][0]["passport_country"], "GT");
    // The others are untouched.
    assert_eq!(got["applicants"][1]["passport_number"], "G10000002");
    let page = o
        .get(app.url(&format!("/console/i94/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("2036-06-30"), "the new expiry");
    assert_eq!(
        found_by_passport(&app, &officer, "GT", "K12345678").await,
        vec![ana_number]
    );
    assert!(found_by_passport(&app, &officer, &old_country, "G10000001")
        .await
        .is_empty());
    assert_eq!(mrz_audits(&app).await, 1, "audited as a change");
    let sealed: Vec<u8> = sqlx::query_scalar("SELECT sealed FROM i94_applicants WHERE id = $1")
        .bind(ana_id)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&sealed).contains("K12345678"),
        "sealed at rest"
    );
}

/// A signed-in traveler's browser with a draft submission: (browser, submission id, CSRF).
async fn draft_in_browser(app: &TestApp) -> (reqwest::Client, String, String) {
    let (email, _) = app.traveler().await;
    let b = signed_in(app, &email).await;
    let csrf = app.form_token(&b, "/i94").await;
    let today = app.port_today("san-ysidro").to_string();
    let res = b
        .post(app.url("/i94"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("port_id", "san-ysidro"),
            ("arrival_date", today.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let id = res.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/i94/")
        .to_string();
    (b, id, csrf)
}

/// The value of the form field `name` (an input's value, or the selected option).
fn field_value(html: &str, name: &str) -> Option<String> {
    let form = &html[html.find("id=\"add-form\"")?..];
    let at = form.find(&format!("name=\"{name}\""))?;
    let rest = &form[at..];
    if rest.starts_with(&format!("name=\"{name}\" type=\"radio\""))
        || form[..at].ends_with("type=\"radio\" ")
    {
        return None;
    }
    if let Some(select) = rest.strip_prefix(&format!("name=\"{name}\"")) {
        if form[..at].ends_with(&format!("<select id=\"{name}\" ")) {
            let end = select.find("</select>")?;
            let chosen = select[..end].find(" selected>")?;
            let before = &select[..chosen];
            let v = before.rfind("value=\"")? + 7;
            return Some(before[v..before.len() - 1].to_string());
        }
    }
    let v = rest.find("value=\"")? + 7;
    Some(rest[v..v + rest[v..].find('"')?].to_string())
}

#[tokio::test]
async fn a_traveler_fills_the_passport_from_its_two_lines_without_javascript() {
    let app = spawn_app().await;
    let (b, id, csrf) = draft_in_browser(&app).await;
    let good = zone("G70000001", "MEX", (2034, 5, 31));
    // What was typed before (here the address) is carried by the zone form and kept.
    let res = b
        .post(app.url(&format!("/i94/{id}/passport-zone?lang=es")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("mrz", good.as_str()),
            ("us_address", "San Diego, CA"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("id=\"zone-read\""), "{html}");
    assert_eq!(
        field_value(&html, "passport_number").as_deref(),
        Some("G70000001")
    );
    assert_eq!(
        field_value(&html, "passport_expiry").as_deref(),
        Some("2034-05-31")
    );
    assert_eq!(
        field_value(&html, "passport_country").as_deref(),
        Some("MX")
    );
    assert_eq!(field_value(&html, "citizenship").as_deref(), Some("MX"));
    assert_eq!(
        field_value(&html, "family_name").as_deref(),
        Some("PEREZ LOPEZ")
    );
    assert_eq!(field_value(&html, "given_names").as_deref(), Some("ANA"));
    assert_eq!(
        field_value(&html, "date_of_birth").as_deref(),
        Some("1988-02-29")
    );
    assert!(html.contains("name=\"sex\" value=\"F\" checked"), "{html}");
    assert_eq!(
        field_value(&html, "us_address").as_deref(),
        Some("San Diego, CA")
    );
    // Nothing is saved until the person is added.
    assert_eq!(app.count("i94_applicants").await, 0);

    // The form as answered, completed and sent, adds the person with the zone's passport.
    let mut form: Vec<(String, String)> = [
        "family_name",
        "given_names",
        "date_of_birth",
        "citizenship",
        "passport_number",
        "passport_country",
        "passport_expiry",
        "us_address",
    ]
    .iter()
    .map(|n| (n.to_string(), field_value(&html, n).unwrap()))
    .collect();
    for (k, v) in [
        ("csrf_token", csrf.as_str()),
        ("sex", "F"),
        ("document_kind", "bcc"),
        ("visa_number", "BCC70000001"),
        ("visa_class", "B1/B2-BCC"),
        ("visa_expiry", "2034-01-01"),
        ("purpose", "family"),
    ] {
        form.push((k.into(), v.into()));
    }
    let res = b
        .post(app.url(&format!("/i94/{id}/applicants")))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let found: Value = search(
        &app,
        &officer,
        json!({"passport_country": "MX", "passport_number": "G70000001"}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(
        found["matches"].as_array().unwrap().len(),
        1,
        "stored with the zone's passport"
    );
    assert_eq!(found["matches"][0]["family_name"], "PEREZ LOPEZ");
    assert_eq!(app.count("i94_applicants").await, 1);
}

#[tokio::test]
async fn a_misread_zone_is_named_on_its_box_in_the_readers_language_and_changes_nothing() {
    let app = spawn_app().await;
    let (b, id, csrf) = draft_in_browser(&app).await;
    let good = zone("G70000002", "MEX", (2034, 5, 31));
    let misread = good.replacen("G70000002", "G70000007", 1);
    let res = b
        .post(app.url(&format!("/i94/{id}/passport-zone?lang=es")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("mrz", misread.as_str()),
            ("passport_number", "TYPED1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    let error = &html[html.find("id=\"mrz-error\">").expect("the box's error") + 15..];
    let error = &error[..error.find("</p>").unwrap()];
    let tr = garita::i18n::Tr::new(
        app.state.catalogs.clone(),
        app.state.catalogs.find("es").unwrap(),
    );
    assert_eq!(error, tr.t("error-mrz-check-digit"));
    assert!(!html.contains("id=\"zone-read\""));
    // The form is as it was, and the lines stay in their box to correct.
    assert_eq!(
        field_value(&html, "passport_number").as_deref(),
        Some("TYPED1")
    );
    assert!(html.contains("G70000007"), "the zone is kept in its box");
    assert!(html.contains("aria-invalid=\"true\" aria-describedby=\"mrz-hint mrz-error\""));
    // Not a zone at all, and a zone of another traveler's submission.
    let res = b
        .post(app.url(&format!("/i94/{id}/passport-zone")))
        .form(&[("csrf_token", csrf.as_str()), ("mrz", "P<MEX")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let (other, other_id, other_csrf) = draft_in_browser(&app).await;
    drop(other);
    let res = b
        .post(app.url(&format!("/i94/{other_id}/passport-zone")))
        .form(&[("csrf_token", csrf.as_str()), ("mrz", good.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let _ = other_csrf;
    assert_eq!(app.count("i94_applicants").await, 0);
}

async fn put_visibility(app: &TestApp, token: &str, port: &str, v: &str) -> reqwest::Response {
    app.api
        .put(app.url(&format!("/api/v1/admin/i94/ports/{port}")))
        .bearer_auth(token)
        .json(&json!({ "visibility": v }))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_port_set_to_its_own_applications_finds_only_those_and_others_are_not_found() {
    let app = spawn_app().await;
    let (_, traveler) = app.traveler().await;
    // Expected at San Ysidro.
    let s = apply(
        &app,
        &traveler,
        vec![i94_applicant("Ruiz", "Eva", "G80000001")],
    )
    .await;
    let id = s["id"].as_str().unwrap().to_string();
    let applicant = s["applicants"][0]["id"].as_str().unwrap().to_string();
    let number = s["applicants"][0]["application_number"]
        .as_str()
        .unwrap()
        .to_string();
    let otay = app.staff(Role::Officer, Some("otay-mesa")).await;
    let by_number = json!({ "application_number": number });
    let by_passport = json!({"passport_country": "MX", "passport_number": "G80000001"});
    let count = |v: Value| v["matches"].as_array().unwrap().len();

    // The default: any land port's officers find it (valid at any land port).
    let admin = app.staff(Role::Admin, None).await;
    let list: Value = app
        .get_json("/api/v1/admin/i94/ports", Some(&admin))
        .await
        .json()
        .await
        .unwrap();
    let otay_row = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["port_id"] == "otay-mesa")
        .unwrap();
    assert_eq!(otay_row["visibility"], "any_land_port");
    for body in [&by_number, &by_passport] {
        let v: Value = search(&app, &otay, body.clone())
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(count(v), 1);
    }

    // Otay Mesa sees only its own: San Ysidro's application is not found, by any means.
    let res = put_visibility(&app, &admin, "otay-mesa", "own_port").await;
    assert_eq!(res.status(), 200);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["visibility"], "own_port");
    for body in [&by_number, &by_passport] {
        let v: Value = search(&app, &otay, body.clone())
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(count(v), 0);
    }
    let res = pay_at_port(&app, &otay, &id, "OM-1").await;
    assert_eq!(res.status(), 404);
    let res = decide(
        &app,
        &otay,
        &applicant,
        json!({"decision": "refused", "fingerprints_taken": false}),
    )
    .await;
    assert_eq!(res.status(), 404);
    let otay_page = app
        .staff_browser(Role::Officer, Some("otay-mesa"), "/console/i94")
        .await;
    let res = otay_page
        .get(app.url(&format!("/console/i94/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    // The tab says so.
    let tab = otay_page
        .get(app.url("/console/i94"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let en = garita::i18n::Tr::new(
        app.state.catalogs.clone(),
        app.state.catalogs.find("en").unwrap(),
    );
    assert!(tab.contains(&en.t("i94-console-own-port")), "{tab}");
    // Nothing was changed or viewed.
    let status: String = sqlx::query_scalar("SELECT status FROM i94_submissions WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(status, "awaiting_payment");
    let views: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'i94-view'")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(views, 0);
    // San Ysidro (still the default) and an application expected at Otay Mesa are seen.
    let sy = app.staff(Role::Officer, Some("san-ysidro")).await;
    let v: Value = search(&app, &sy, by_number.clone())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(count(v), 1);
    let mut own = i94_submission(&app, vec![i94_applicant("Ruiz", "Leo", "G80000002")]);
    own["port_id"] = json!("otay-mesa");
    let res = app
        .post_json("/api/v1/i94-applications", Some(&traveler), &own)
        .await;
    assert_eq!(res.status(), 201);
    let own_id = res.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let v: Value = search(
        &app,
        &otay,
        json!({"passport_country": "MX", "passport_number": "G80000002"}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(count(v), 1);
    assert_eq!(
        pay_at_port(&app, &otay, &own_id, "OM-2").await.status(),
        204
    );

    // Back to every application: found again.
    assert_eq!(
        put_visibility(&app, &admin, "otay-mesa", "any_land_port")
            .await
            .status(),
        200
    );
    let v: Value = search(&app, &otay, by_number).await.json().await.unwrap();
    assert_eq!(count(v), 1);
    // Each change is audited with the old and new values.
    let changes: Vec<String> = sqlx::query_scalar(
        "SELECT detail FROM audit_log WHERE action = 'i94-port-visibility' ORDER BY seq",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap();
    assert_eq!(
        changes,
        vec![
            "from=any_land_port to=own_port".to_string(),
            "from=own_port to=any_land_port".to_string()
        ]
    );
}

#[tokio::test]
async fn only_an_administrator_sets_a_ports_visibility_and_only_for_a_land_port() {
    let app = spawn_app().await;
    let officer = app.staff(Role::Officer, Some("otay-mesa")).await;
    let (_, traveler) = app.traveler().await;
    for token in [&officer, &traveler] {
        assert_eq!(
            put_visibility(&app, token, "otay-mesa", "own_port")
                .await
                .status(),
            403
        );
        assert_eq!(
            app.get_json("/api/v1/admin/i94/ports", Some(token))
                .await
                .status(),
            403
        );
    }
    let res = app
        .api
        .put(app.url("/api/v1/admin/i94/ports/otay-mesa"))
        .json(&json!({"visibility": "own_port"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let admin = app.staff(Role::Admin, None).await;
    assert_eq!(
        put_visibility(&app, &admin, "otay-mesa", "nearby")
            .await
            .status(),
        422
    );
    assert_eq!(
        put_visibility(&app, &admin, "airport-elp", "own_port")
            .await
            .status(),
        404
    );
    assert_eq!(app.count("i94_port_visibility").await, 0);
    // The page: every land port with its setting; the form changes it.
    let b = app
        .staff_browser(Role::Admin, None, "/admin/i94/ports")
        .await;
    let html = b
        .get(app.url("/admin/i94/ports"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("action=\"/admin/i94/ports/otay-mesa\""),
        "{html}"
    );
    let csrf = common::csrf_of(&html);
    let res = b
        .post(app.url("/admin/i94/ports/otay-mesa"))
        .form(&[("csrf_token", csrf.as_str()), ("visibility", "own_port")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        garita::i94::visibility::of(&app.state, "otay-mesa")
            .await
            .unwrap(),
        i94::Visibility::OwnPort
    );
    let officer_page = app
        .staff_browser(Role::Officer, Some("otay-mesa"), "/console/i94")
        .await;
    let res = officer_page
        .get(app.url("/admin/i94/ports"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
}

/// Two submissions of one applicant each (Uno A and Dos B, with these passports) by
/// `traveler`, as answered.
async fn two_submissions(app: &TestApp, traveler: &str, passports: [&str; 2]) -> (Value, Value) {
    let uno = apply(app, traveler, vec![i94_applicant("Uno", "A", passports[0])]).await;
    let dos = apply(app, traveler, vec![i94_applicant("Dos", "B", passports[1])]).await;
    (uno, dos)
}
