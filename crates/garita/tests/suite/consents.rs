//! Helping organisations acting for travelers with consent (`garita::consents`): the card of a
//! family without e-mail (single-use code, the traveler's own secret, reprint voids), the
//! consent's lifecycle (grant, use, revoke, expire) read from the database at every act, the
//! audit naming organisation and staff member, the traveler's list of what was done, the
//! caseload's isolation, the duplicate-person rule, and a staff member who leaves.

use crate::common;

use chrono::Duration;
use common::{member, png, small_ports, spawn_app, spawn_with, TestApp, PASSWORD};
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::Role;
use garita_domain::status::OrganisationStatus;
use serde_json::{json, Value};

const TIJUANA: &str = r#"{"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0}"#;

/// An approved aid organisation and one signed-in staff member of it (shown as `name`):
/// (organisation id, staff account id, staff token).
async fn shelter(app: &TestApp, legal_name: &str, name: &str) -> (i64, i64, String) {
    let s = app.aid_staff(legal_name, name).await;
    (s.organisation, s.id, s.token)
}

async fn problem(res: reqwest::Response) -> (u16, String) {
    let status = res.status().as_u16();
    let body: Value = res.json().await.unwrap_or(Value::Null);
    (status, body["code"].as_str().unwrap_or("").to_string())
}

async fn register(app: &TestApp, token: &str, name: &str, dob: &str) -> reqwest::Response {
    app.post_json(
        "/api/v1/helpers/families",
        Some(token),
        &json!({"full_name": name, "date_of_birth": dob, "citizenship": "HN", "language": "es"}),
    )
    .await
}

async fn first_sign_in(
    app: &TestApp,
    number: &str,
    code: &str,
    password: &str,
) -> reqwest::Response {
    app.post_json(
        "/api/v1/card/first-sign-in",
        None,
        &json!({"sign_in_number": number, "setup_code": code, "password": password}),
    )
    .await
}

async fn invite(app: &TestApp, traveler: &str, org: i64, days: Option<i64>) -> String {
    let res = app
        .post_json(
            "/api/v1/consents",
            Some(traveler),
            &json!({"organisation_id": org, "permissions": [], "days": days}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    res.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn a_card_opens_the_account_once_with_the_travelers_own_secret_and_a_reprint_voids_it() {
    let app = spawn_app().await;
    let (_, _, staff) = shelter(&app, "Casa del Migrante", "Ana").await;
    let res = register(&app, &staff, "Rosa Hernández", "1988-03-10").await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let card: Value = res.json().await.unwrap();
    let number = card["sign_in_number"].as_str().unwrap().to_string();
    let code = card["setup_code"].as_str().unwrap().to_string();
    assert_eq!(card["language"], "es");
    // Nothing is kept of the code but its hash.
    let hashes: Vec<String> = sqlx::query_scalar("SELECT code_hash FROM consent_cards")
        .fetch_all(&app.state.db.read)
        .await
        .unwrap();
    assert!(hashes.iter().all(|h| !h.contains(&code)));

    // Before the first sign-in no password opens the account.
    let res = app
        .post_json(
            "/api/v1/card/sign-in",
            None,
            &json!({"sign_in_number": number, "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 401);

    // The code as typed by hand (lower case, spaces) with the traveler's own password.
    let typed = code.to_lowercase().replace('-', " ");
    let res = first_sign_in(&app, &number, &typed, "rosa's own long passphrase").await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let token = res.json::<Value>().await.unwrap()["token"]
        .as_str()
        .unwrap()
        .to_string();
    let res = app.get_json("/api/v1/travelers", Some(&token)).await;
    let group: Value = res.json().await.unwrap();
    assert_eq!(group["travelers"][0]["full_name"], "Rosa Hernández");

    // Used once: a second use is refused, whoever tries it.
    let res = first_sign_in(&app, &number, &code, "someone else's passphrase!").await;
    assert_eq!(problem(res).await, (401, "card-code-wrong".into()));
    // Her own secret opens the account from now on; the staff member's does not.
    let res = app
        .post_json(
            "/api/v1/card/sign-in",
            None,
            &json!({"sign_in_number": number, "password": "rosa's own long passphrase"}),
        )
        .await;
    assert_eq!(res.status(), 200);

    // A reprint voids the card before it, even unused.
    let account = card["account_id"].as_i64().unwrap();
    let path = format!("/api/v1/helpers/travelers/{account}/card");
    let first: Value = app
        .post_json(&path, Some(&staff), &json!({}))
        .await
        .json()
        .await
        .unwrap();
    let second: Value = app
        .post_json(&path, Some(&staff), &json!({}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(first["sign_in_number"], second["sign_in_number"]);
    let res = first_sign_in(
        &app,
        &number,
        first["setup_code"].as_str().unwrap(),
        "another long passphrase",
    )
    .await;
    assert_eq!(problem(res).await, (401, "card-code-wrong".into()));
    let res = first_sign_in(
        &app,
        &number,
        second["setup_code"].as_str().unwrap(),
        "another long passphrase",
    )
    .await;
    assert_eq!(res.status(), 200);

    // Nothing is ever mailed to a card's account.
    let channels: i64 =
        sqlx::query_scalar("SELECT email FROM notification_channels WHERE account_id = $1")
            .bind(account)
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(channels, 0);
}

#[tokio::test]
async fn consent_is_granted_used_revoked_and_expires_and_every_act_names_organisation_and_staff() {
    let app = spawn_with(small_ports(10)).await;
    let common::AidStaff {
        organisation: org,
        id: staff_id,
        token: staff,
        email,
        secret,
    } = app.aid_staff("Casa del Migrante", "Ana").await;
    let (traveler_email, traveler) = app.traveler().await;
    app.member_with_photo(&traveler, "Lucía").await;
    let account = app.account_id(&traveler).await;
    let group = format!("/api/v1/helpers/travelers/{account}");

    // Before consent the traveler is not found.
    assert_eq!(app.get_json(&group, Some(&staff)).await.status(), 404);
    let consent = invite(&app, &traveler, org, None).await;

    // Use: view, add a member with a photo, request, confirm — the traveler's own functions.
    assert_eq!(app.get_json(&group, Some(&staff)).await.status(), 200);
    let res = app
        .post_json(
            &format!("{group}/members"),
            Some(&staff),
            &member("Pedro Ruiz"),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let pedro: Value = res.json().await.unwrap();
    let res = app
        .api
        .put(app.url(&format!(
            "{group}/members/{}/photo",
            pedro["id"].as_str().unwrap()
        )))
        .bearer_auth(&staff)
        .body(png(200, 260))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    let location: Value = serde_json::from_str(TIJUANA).unwrap();
    let res = app
        .post_json(
            &format!("{group}/appointment-requests"),
            Some(&staff),
            &json!({"ports": ["san-ysidro"], "location": location}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    // The request is the traveler's own: the same row, in the same draw.
    let current: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(&traveler))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(current["request"]["status"], "open");
    app.draw_now().await;
    let current: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(&traveler))
        .await
        .json()
        .await
        .unwrap();
    let appointment = current["appointment"]["id"]
        .as_str()
        .expect("selected")
        .to_string();
    let res = app
        .post_json(
            &format!("{group}/appointments/{appointment}/confirm"),
            Some(&staff),
            &json!({"location": location}),
        )
        .await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());

    // The traveler sees who did what.
    let overview: Value = app
        .get_json("/api/v1/consents", Some(&traveler))
        .await
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = overview["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["action"].as_str().unwrap())
        .collect();
    for wanted in [
        "viewed-group",
        "added-member",
        "added-photo",
        "requested",
        "confirmed",
    ] {
        assert!(actions.contains(&wanted), "{wanted} in {actions:?}");
    }
    assert!(overview["actions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["organisation_name"] == "Casa del Migrante" && a["staff_name"] == "Ana"));
    // The audit trail names both, with the staff member as the actor.
    #[derive(sqlx::FromRow)]
    struct AuditRow {
        actor_id: Option<i64>,
        detail: String,
    }
    let details: Vec<AuditRow> =
        sqlx::query_as("SELECT actor_id, detail FROM audit_log WHERE action = $1")
            .bind("helper.requested")
            .fetch_all(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(details.len(), 1);
    assert_eq!(details[0].actor_id, Some(staff_id));
    let detail = &details[0].detail;
    assert!(detail.contains(&format!("organisation={org}")), "{detail}");
    assert!(detail.contains("staff_name=\"Ana\""), "{detail}");

    // Revoke: access ends at the next request.
    let res = app
        .post_json(
            &format!("/api/v1/consents/{consent}/revoke"),
            Some(&traveler),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 204);
    assert_eq!(
        problem(app.get_json(&group, Some(&staff)).await).await,
        (403, "consent-ended".into())
    );
    let res = app
        .post_json(
            &format!("{group}/members"),
            Some(&staff),
            &member("Otra Persona"),
        )
        .await;
    assert_eq!(problem(res).await, (403, "consent-ended".into()));
    let res = app
        .post_json(
            &format!("/api/v1/consents/{consent}/revoke"),
            Some(&traveler),
            &json!({}),
        )
        .await;
    assert_eq!(problem(res).await, (409, "consent-already-revoked".into()));

    // Given again for one day, it expires by the clock.
    invite(&app, &traveler, org, Some(1)).await;
    assert_eq!(app.get_json(&group, Some(&staff)).await.status(), 200);
    app.clock.advance(Duration::days(3));
    let staff = app.login_with_code(&email, PASSWORD, &secret).await;
    let traveler = app.login(&traveler_email, PASSWORD).await;
    assert_eq!(
        problem(app.get_json(&group, Some(&staff)).await).await,
        (403, "consent-ended".into())
    );
    let overview: Value = app
        .get_json("/api/v1/consents", Some(&traveler))
        .await
        .json()
        .await
        .unwrap();
    let states: Vec<&str> = overview["consents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["expired", "revoked"]);
}

#[tokio::test]
async fn a_consent_allows_only_what_it_names() {
    let app = spawn_app().await;
    let (org, _, staff) = shelter(&app, "Albergue", "Luis").await;
    let traveler = app.group(1, "Marta").await;
    let account = app.account_id(&traveler).await;
    let res = app
        .post_json(
            "/api/v1/consents",
            Some(&traveler),
            &json!({"organisation_id": org, "permissions": ["view"]}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let group = format!("/api/v1/helpers/travelers/{account}");
    assert_eq!(app.get_json(&group, Some(&staff)).await.status(), 200);
    let res = app
        .post_json(
            &format!("{group}/members"),
            Some(&staff),
            &member("Nadie Más"),
        )
        .await;
    assert_eq!(problem(res).await, (403, "consent-does-not-allow".into()));
}

#[tokio::test]
async fn the_caseload_holds_only_travelers_who_consent_to_that_organisation() {
    let app = spawn_app().await;
    let (org_a, _, staff_a) = shelter(&app, "Casa A", "Ana").await;
    let (_, _, staff_b) = shelter(&app, "Casa B", "Beto").await;
    let consenting = app.group(1, "Consiente").await;
    let other = app.group(1, "Ajeno").await;
    let consent = invite(&app, &consenting, org_a, None).await;
    let a = app.account_id(&consenting).await;
    let other_id = app.account_id(&other).await;

    let cases: Value = app
        .get_json("/api/v1/helpers/caseload", Some(&staff_a))
        .await
        .json()
        .await
        .unwrap();
    let ids: Vec<i64> = cases
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["account_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [a]);
    assert_eq!(cases[0]["holder"], "Consiente 0");
    assert_eq!(cases[0]["next_step"], "request");
    // Filters.
    let waiting: Value = app
        .get_json("/api/v1/helpers/caseload?next_step=wait", Some(&staff_a))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(waiting.as_array().unwrap().len(), 0);
    assert_eq!(
        app.get_json(
            "/api/v1/helpers/caseload?next_step=nonsense",
            Some(&staff_a)
        )
        .await
        .status(),
        422
    );
    // Another organisation sees nobody, and finds neither traveler.
    let cases: Value = app
        .get_json("/api/v1/helpers/caseload", Some(&staff_b))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(cases.as_array().unwrap().len(), 0);
    for id in [a, other_id] {
        let res = app
            .get_json(&format!("/api/v1/helpers/travelers/{id}"), Some(&staff_b))
            .await;
        assert_eq!(res.status(), 404);
    }
    let res = app
        .get_json(
            &format!("/api/v1/helpers/travelers/{other_id}"),
            Some(&staff_a),
        )
        .await;
    assert_eq!(res.status(), 404);
    // A traveler is no helper.
    assert_eq!(
        app.get_json("/api/v1/helpers/caseload", Some(&other))
            .await
            .status(),
        403
    );
    // Another traveler cannot revoke it (not found).
    let res = app
        .post_json(
            &format!("/api/v1/consents/{consent}/revoke"),
            Some(&other),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 404);
    // Revoked: gone from the caseload at once.
    app.post_json(
        &format!("/api/v1/consents/{consent}/revoke"),
        Some(&consenting),
        &json!({}),
    )
    .await;
    let cases: Value = app
        .get_json("/api/v1/helpers/caseload", Some(&staff_a))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(cases.as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn one_person_cannot_be_entered_in_a_second_group_by_a_helper() {
    let app = spawn_app().await;
    let (org, _, staff) = shelter(&app, "Casa", "Ana").await;
    // "José Pérez" is in a traveler's own group.
    let token = app.group(0, "x").await;
    let res = app
        .post_json("/api/v1/travelers", Some(&token), &member("José Pérez"))
        .await;
    assert_eq!(res.status(), 201);
    // Entered again by the shelter, however the name is typed: refused, saying only that.
    let res = register(&app, &staff, "PEREZ  jose", "1990-05-21").await;
    let (status, code) = problem(res).await;
    assert_eq!((status, code.as_str()), (409, "person-in-another-group"));
    assert_eq!(app.count("card_accounts").await, 0);
    // Added to another consenting group: refused too.
    let other = app.group(1, "Otra").await;
    invite(&app, &other, org, None).await;
    let other_id = app.account_id(&other).await;
    let res = app
        .post_json(
            &format!("/api/v1/helpers/travelers/{other_id}/members"),
            Some(&staff),
            &member("José Pérez"),
        )
        .await;
    assert_eq!(problem(res).await, (409, "person-in-another-group".into()));
    // Another date of birth is another person.
    let res = register(&app, &staff, "José Pérez", "1991-05-21").await;
    assert_eq!(res.status(), 201);
}

#[tokio::test]
async fn a_staff_member_who_leaves_loses_access_before_the_session_cache_notices() {
    let app = spawn_app().await;
    let (org, staff_id, staff) = shelter(&app, "Casa", "Ana").await;
    let traveler = app.group(1, "Rita").await;
    invite(&app, &traveler, org, None).await;
    let account = app.account_id(&traveler).await;
    let group = format!("/api/v1/helpers/travelers/{account}");
    assert_eq!(app.get_json(&group, Some(&staff)).await.status(), 200);
    // The grant goes (the session cache is left as it was, as on another process).
    sqlx::query("DELETE FROM grants WHERE account_id = $1")
        .bind(staff_id)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    // Refused at once: by the session (when it reads the grants again) or, while a cached
    // session still holds the grant, by the consent check, which reads the database.
    let (status, _) = problem(app.get_json(&group, Some(&staff)).await).await;
    assert_eq!(status, 403);
    let stale = garita::consents::Helper {
        account: garita::accounts::second_factor::audit_actor(&app.state, staff_id)
            .await
            .unwrap(),
        organisation_id: org,
        organisation_name: "Casa".into(),
        staff_name: "Ana".into(),
    };
    let refused = stale
        .check(
            &app.state,
            account,
            garita_domain::consents::Permission::View,
        )
        .await
        .err()
        .map(|e| e.code());
    assert_eq!(refused, Some("organisation-access-ended"));
}

#[tokio::test]
async fn pages_register_a_family_print_its_card_and_the_traveler_revokes() {
    let app = spawn_app().await;
    let org = app
        .organisation(
            "Casa del Migrante",
            OrganisationKind::AidOrganisation,
            OrganisationStatus::Approved,
        )
        .await;
    let staff = app
        .staff_browser(Role::OrganisationMember, Some(&org.to_string()), "/helpers")
        .await;
    let csrf = app.form_token(&staff, "/helpers/families/new").await;
    let res = staff
        .post(app.url("/helpers/families"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("full_name", "Rosa Hernández"),
            ("date_of_birth", "1988-03-10"),
            ("citizenship", "HN"),
            ("language", "es"),
            ("days", "90"),
            ("manage_group", "on"),
            ("request", "on"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    // The card is in the traveler's language.
    assert!(html.contains("Tu tarjeta de Garita"), "{html}");
    let code = html
        .split("id=\"setup-code\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_string();
    let number = html
        .split("class=\"code\" dir=\"ltr\"><strong>")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_string();
    // The caseload lists the family.
    let caseload = staff
        .get(app.url("/helpers"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(caseload.contains("Rosa Hernández"));

    // The traveler signs in with the card and chooses a secret.
    let traveler = app.browser();
    let csrf = app.form_token(&traveler, "/card").await;
    let res = traveler
        .post(app.url("/card/first"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("sign_in_number", number.as_str()),
            ("setup_code", code.as_str()),
            ("password", "rosa's own long passphrase"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let page = traveler
        .get(app.url("/consents?lang=es"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Casa del Migrante"), "{page}");
    assert!(page.contains("Registró tu cuenta"), "{page}");
    let csrf = common::csrf_of(&page);
    let id: String = sqlx::query_scalar("SELECT id FROM consents")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    let res = traveler
        .post(app.url(&format!("/consents/{id}/revoke")))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let caseload = staff
        .get(app.url("/helpers"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!caseload.contains("Rosa Hernández"));
}

/// A body the schema allows is never a 400: `days` written `30.0` is the integer 30, and
/// unknown keys with the fields left out are answered 422 (the fields are checked).
#[tokio::test]
async fn a_family_body_the_schema_allows_is_never_400() {
    let app = spawn_app().await;
    let (_, _, token) = shelter(&app, "Casa Schema", "Ana").await;
    let res = app
        .post_json(
            "/api/v1/helpers/families",
            Some(&token),
            &json!({"unknown": [1, null], "days": 319.0, "permissions": ["x"], "full_name": "Ü"}),
        )
        .await;
    assert_eq!(res.status(), 422);
}

/// A helper's act and the change it made are written in one transaction: when the act cannot
/// be recorded (here a trigger refuses the traveler's list), the member, the photo and the
/// request are not kept either; once it can, both are.
#[tokio::test]
async fn a_helpers_act_is_kept_with_its_change_or_neither_is() {
    let app = spawn_app().await;
    let (org, _, staff) = shelter(&app, "Casa", "Ana").await;
    let traveler = app.group(1, "Marta").await;
    invite(&app, &traveler, org, None).await;
    let account = app.account_id(&traveler).await;
    let group = format!("/api/v1/helpers/travelers/{account}");
    let members = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM travelers WHERE account_id = $1")
            .bind(account)
            .fetch_one(&app.state.db.read)
            .await
            .unwrap()
    };
    // (Viewing the group is an act too: read before the list refuses acts.)
    let marta: Value = app
        .get_json(&group, Some(&staff))
        .await
        .json()
        .await
        .unwrap();
    let marta_id = marta["members"][0]["id"].as_str().unwrap().to_string();
    let refuse: &[&str] = if common::engine() == "postgres" {
        &[
            "CREATE FUNCTION garita_test_refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER garita_test_refuse BEFORE INSERT ON consent_actions FOR EACH ROW EXECUTE FUNCTION garita_test_refuse()",
        ]
    } else {
        &["CREATE TRIGGER garita_test_refuse BEFORE INSERT ON consent_actions BEGIN SELECT RAISE(ABORT, 'refused'); END"]
    };
    for sql in refuse {
        sqlx::query(sqlx::AssertSqlSafe(*sql))
            .execute(&app.state.db.write)
            .await
            .unwrap();
    }
    let res = app
        .post_json(
            &format!("{group}/members"),
            Some(&staff),
            &member("Pedro Ruiz"),
        )
        .await;
    assert_eq!(res.status(), 500);
    assert_eq!(members().await, 1, "the member is not kept without the act");
    let photos_before = app.count("photos").await;
    let res = app
        .api
        .put(app.url(&format!("{group}/members/{marta_id}/photo")))
        .bearer_auth(&staff)
        .body(png(200, 260))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 500);
    assert_eq!(app.count("photos").await, photos_before, "nor the photo");
    // A request, written in a batch of the group commit: its item rolls back alone.
    let location: Value = serde_json::from_str(TIJUANA).unwrap();
    let res = app
        .post_json(
            &format!("{group}/appointment-requests"),
            Some(&staff),
            &json!({"ports": ["san-ysidro"], "location": location}),
        )
        .await;
    assert_eq!(res.status(), 500);
    let requests: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM appointment_requests WHERE account_id = $1")
            .bind(account)
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(requests, 0, "nor the request");

    sqlx::query("DROP TRIGGER garita_test_refuse ON consent_actions")
        .execute(&app.state.db.write)
        .await
        .ok();
    sqlx::query("DROP TRIGGER IF EXISTS garita_test_refuse")
        .execute(&app.state.db.write)
        .await
        .ok();
    let res = app
        .post_json(
            &format!("{group}/members"),
            Some(&staff),
            &member("Pedro Ruiz"),
        )
        .await;
    assert_eq!(res.status(), 201);
    assert_eq!(members().await, 2);
    let recorded: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM consent_actions WHERE account_id = $1 AND action = $2",
    )
    .bind(account)
    .bind("added-member")
    .fetch_one(&app.state.db.read)
    .await
    .unwrap();
    assert_eq!(recorded, 1);
}
