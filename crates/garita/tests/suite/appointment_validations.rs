//! Appointment validation for partner agencies (`garita::appointment_validations`): a partner
//! agency's member sends a pass code and a date of birth and hears yes or no — the same "no"
//! for every reason — with a per-code lock after five wrong dates of birth (exact under
//! concurrency, lifted after a day or by an officer), a per-account throttle, an audit entry per
//! check without the code, at most one record opened per check, and nobody else let in.

use crate::common;

use chrono::Duration;
use common::{small_ports, spawn_with, TestApp, PASSWORD};
use garita::appointment_validations::{code_fingerprint, WINDOW_SECS, WRONG_DATES_BEFORE_LOCK};
use garita::state::LOOKUPS_PER_ACCOUNT_HOUR;
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::Role;
use garita_domain::status::OrganisationStatus;
use serde_json::{json, Value};

const PORT: &str = "san-ysidro";
const DOB: &str = "1990-05-21";
const WRONG_DOB: &str = "1990-05-22";
const PATH: &str = "/api/v1/appointment-validations";

/// Groups of one (born `DOB`), one per name, drawn together, confirmed, and their appointments
/// moved to `PORT` three days from today. Returns (traveler token, appointment id, pass code).
async fn confirmed_groups(app: &TestApp, names: &[&str]) -> Vec<(String, String, String)> {
    let mut tokens = Vec::new();
    for name in names {
        tokens.push(app.asking(name, PORT).await.0);
    }
    app.draw_now().await;
    let day = app.port_today(PORT) + Duration::days(3);
    let mut out = Vec::new();
    for token in tokens {
        let (id, code) = app.confirm_selected(&token).await;
        app.move_to(&id, day).await;
        out.push((token, id, code));
    }
    out
}

/// One group of one, as `confirmed_groups`.
async fn confirmed(app: &TestApp, name: &str) -> (String, String, String) {
    confirmed_groups(app, &[name]).await.remove(0)
}

/// An organisation of `kind` ("partner_agency", "customs_broker"…) in `status`; its id.
async fn organisation(app: &TestApp, kind: &str, status: &str) -> i64 {
    app.organisation(
        &format!("{kind} {status}"),
        OrganisationKind::parse(kind).unwrap(),
        OrganisationStatus::parse(status).unwrap(),
    )
    .await
}

/// A member of the organisation, with a second factor. Returns (account id, e-mail, secret).
async fn member_of(app: &TestApp, organisation_id: i64) -> (i64, String, Vec<u8>) {
    app.staff_account(&common::grants(
        Role::OrganisationMember,
        Some(&organisation_id.to_string()),
    ))
    .await
}

/// A signed-in member of a new approved partner agency: (token, account id, organisation id).
async fn partner(app: &TestApp) -> (String, i64, i64) {
    let org = organisation(app, "partner_agency", "approved").await;
    let (id, email, secret) = member_of(app, org).await;
    (
        app.login_with_code(&email, PASSWORD, &secret).await,
        id,
        org,
    )
}

/// One check: the status and the body exactly as sent.
async fn ask(app: &TestApp, token: &str, code: &str, dob: &str) -> (u16, String) {
    let res = app
        .post_json(
            PATH,
            Some(token),
            &json!({"code": code, "date_of_birth": dob}),
        )
        .await;
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn valid(app: &TestApp, token: &str, code: &str, dob: &str) -> bool {
    let (status, body) = ask(app, token, code, dob).await;
    assert_eq!(status, 200, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    v["valid"].as_bool().expect("a yes or a no")
}

/// Sends every check at once, each from its own task; returns the statuses.
async fn all_at_once(app: &TestApp, asks: Vec<(String, String, &'static str)>) -> Vec<u16> {
    let mut tasks = tokio::task::JoinSet::new();
    for (token, code, dob) in asks {
        let (client, url) = (app.api.clone(), app.url(PATH));
        tasks.spawn(async move {
            client
                .post(url)
                .bearer_auth(token)
                .json(&json!({"code": code, "date_of_birth": dob}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        });
    }
    tasks.join_all().await
}

#[derive(sqlx::FromRow)]
struct AuditRow {
    actor_id: Option<i64>,
    action: String,
    subject: String,
    detail: String,
}

async fn audit(app: &TestApp) -> Vec<AuditRow> {
    sqlx::query_as(
        "SELECT actor_id, action, subject, detail FROM audit_log WHERE action LIKE 'appointment-validation%' ORDER BY seq",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap()
}

#[derive(sqlx::FromRow)]
struct Attempts {
    failures: i64,
    locked_until: Option<i64>,
}

async fn attempts(app: &TestApp, code: &str) -> Option<Attempts> {
    sqlx::query_as(
        "SELECT failures, locked_until FROM appointment_validation_attempts WHERE code_fingerprint = $1",
    )
    .bind(code_fingerprint(&app.state, code))
    .fetch_optional(&app.state.db.read)
    .await
    .unwrap()
}

#[tokio::test]
async fn the_right_code_and_date_of_birth_answer_yes_and_nothing_else() {
    let app = spawn_with(small_ports(10)).await;
    let (_, _, code) = confirmed(&app, "Ana Lima").await;
    let (token, _, _) = partner(&app).await;
    let (status, body) = ask(&app, &token, &code, DOB).await;
    assert_eq!((status, body.as_str()), (200, r#"{"valid":true}"#));
    // Typed as people type it: lower case, spaced, with dashes, O for 0 and l for 1.
    let typed = format!("{}-{} ", &code[..4], &code[4..])
        .to_lowercase()
        .replace('0', "o")
        .replace('1', "l");
    assert!(valid(&app, &token, &typed, DOB).await);
    // A malformed date is a field error, not an answer.
    let (status, body) = ask(&app, &token, &code, "21/05/1990").await;
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("date_of_birth"), "{body}");
}

#[tokio::test]
async fn every_no_is_the_same_body_whatever_the_reason() {
    let app = spawn_with(small_ports(10)).await;
    let mut groups = confirmed_groups(&app, &["Ana Lima", "Bea Lima"]).await;
    let (b_token, b_id, b_code) = groups.remove(1);
    let (_, _, code) = groups.remove(0);
    let (token, _, _) = partner(&app).await;
    assert!(valid(&app, &token, &code, DOB).await);
    assert!(valid(&app, &token, &b_code, DOB).await);

    let mut noes = Vec::new();
    // A wrong date of birth.
    noes.push(ask(&app, &token, &code, WRONG_DOB).await);
    // A code that is no pass.
    noes.push(ask(&app, &token, "ZZZZ0000ZZZZ", DOB).await);
    // A cancelled appointment, with the right date.
    let res = app
        .post_json(
            &format!("/api/v1/appointments/{b_id}/cancel"),
            Some(&b_token),
            &json!({"confirm": true}),
        )
        .await;
    assert_eq!(res.status(), 200);
    noes.push(ask(&app, &token, &b_code, DOB).await);
    // A day that is over in the port's zone, with the right date.
    app.clock.advance(Duration::days(4));
    let (token, _, _) = partner(&app).await;
    noes.push(ask(&app, &token, &code, DOB).await);
    for (status, body) in &noes {
        assert_eq!((*status, body.as_str()), (200, r#"{"valid":false}"#));
    }
}

#[tokio::test]
async fn a_code_locks_at_exactly_the_fifth_wrong_date_under_concurrency_until_a_day_passes() {
    let app = spawn_with(small_ports(10)).await;
    let mut groups = confirmed_groups(&app, &["Ana Lima", "Bea Lima"]).await;
    let (_, _, other) = groups.remove(1);
    let (_, _, code) = groups.remove(0);
    let mut partners = Vec::new();
    for _ in 0..3 {
        partners.push(partner(&app).await.0);
    }
    // One short of the lock, all at once from three accounts: every one counted, no lock.
    let n = WRONG_DATES_BEFORE_LOCK as usize;
    let asks = (0..n - 1)
        .map(|i| (partners[i % 3].clone(), code.clone(), WRONG_DOB))
        .collect();
    assert!(all_at_once(&app, asks).await.iter().all(|s| *s == 200));
    let a = attempts(&app, &code).await.expect("counted");
    assert_eq!((a.failures, a.locked_until), (n as i64 - 1, None));
    assert!(
        valid(&app, &partners[0], &code, DOB).await,
        "not locked yet"
    );
    // The fifth wrong date locks it: now even the right date answers no, to everyone.
    assert!(!valid(&app, &partners[1], &code, WRONG_DOB).await);
    let a = attempts(&app, &code).await.unwrap();
    assert_eq!(a.failures, n as i64);
    assert!(a.locked_until.is_some());
    for p in &partners {
        assert!(!valid(&app, p, &code, DOB).await, "locked");
    }

    // Another code, many wrong dates at once: locked, each attempt counted once.
    let asks = (0..3 * n)
        .map(|i| (partners[i % 3].clone(), other.clone(), WRONG_DOB))
        .collect();
    assert!(all_at_once(&app, asks).await.iter().all(|s| *s == 200));
    let a = attempts(&app, &other).await.unwrap();
    assert!(a.failures >= n as i64 && a.failures <= 3 * n as i64);
    assert!(a.locked_until.is_some());
    assert!(!valid(&app, &partners[0], &other, DOB).await);

    // A day later the lock is over (the appointment is still ahead).
    app.clock.advance(Duration::seconds(WINDOW_SECS + 1));
    let (token, _, _) = partner(&app).await;
    assert!(
        valid(&app, &token, &code, DOB).await,
        "the lock lasted a day"
    );
    // And the count starts again from one.
    assert!(!valid(&app, &token, &code, WRONG_DOB).await);
    assert_eq!(attempts(&app, &code).await.unwrap().failures, 1);
}

#[tokio::test]
async fn an_officer_of_the_pass_port_or_an_admin_unlocks_a_code() {
    let app = spawn_with(small_ports(10)).await;
    let (_, _, code) = confirmed(&app, "Ana Lima").await;
    let (token, _, _) = partner(&app).await;
    for _ in 0..WRONG_DATES_BEFORE_LOCK {
        assert!(!valid(&app, &token, &code, WRONG_DOB).await);
    }
    assert!(!valid(&app, &token, &code, DOB).await, "locked");
    let unlock = |t: String| {
        let app = &app;
        let code = code.clone();
        async move {
            app.post_json(
                "/api/v1/appointment-validations/unlock",
                Some(&t),
                &json!({ "code": code }),
            )
            .await
        }
    };
    // Not the partner, not another port's officer.
    assert_eq!(unlock(token.clone()).await.status(), 403);
    let elsewhere = app.staff(Role::Officer, Some("el-paso")).await;
    assert_eq!(unlock(elsewhere).await.status(), 404);
    assert!(!valid(&app, &token, &code, DOB).await, "still locked");
    let here = app.staff(Role::Officer, Some(PORT)).await;
    let res = unlock(here).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["was_locked"], true);
    assert!(valid(&app, &token, &code, DOB).await, "unlocked");
    let admin = app.staff(Role::Admin, None).await;
    let res = unlock(admin).await;
    assert_eq!(res.json::<Value>().await.unwrap()["was_locked"], false);
    assert!(audit(&app)
        .await
        .iter()
        .any(|r| r.action == "appointment-validation-unlock"));
}

#[tokio::test]
async fn one_account_gets_its_allowance_of_checks_then_429_with_retry_after() {
    let app = spawn_with(small_ports(10)).await;
    let (token, _, _) = partner(&app).await;
    let (other, _, _) = partner(&app).await;
    // Different unknown codes, so no lock is involved: only the account's allowance.
    let asks = (0..LOOKUPS_PER_ACCOUNT_HOUR + 5)
        .map(|i| (token.clone(), format!("ZZZZ{i:08}"), DOB))
        .collect();
    let statuses = all_at_once(&app, asks).await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        LOOKUPS_PER_ACCOUNT_HOUR as usize
    );
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 5);
    let res = app
        .post_json(
            PATH,
            Some(&token),
            &json!({"code": "ZZZZ", "date_of_birth": DOB}),
        )
        .await;
    assert_eq!(res.status(), 429);
    let wait: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=3600).contains(&wait));
    // Another account is not held back.
    assert_eq!(ask(&app, &other, "ZZZZ", DOB).await.0, 200);
    assert!(audit(&app)
        .await
        .iter()
        .any(|r| r.action == "appointment-validation-refused" && r.detail.contains("throttled")));
}

#[tokio::test]
async fn only_a_partner_agency_s_people_may_check() {
    let app = spawn_with(small_ports(10)).await;
    let (_, _, code) = confirmed(&app, "Ana Lima").await;
    let body = json!({"code": code, "date_of_birth": DOB});
    let problem = |res: reqwest::Response| async move {
        let status = res.status().as_u16();
        let v: Value = res.json().await.unwrap();
        (status, v["code"].as_str().unwrap_or_default().to_string())
    };
    // Anonymous.
    assert_eq!(app.post_json(PATH, None, &body).await.status(), 401);
    // Another kind of organisation, approved: refused with its own reason.
    let broker = organisation(&app, "customs_broker", "approved").await;
    let (_, email, secret) = member_of(&app, broker).await;
    let t = app.login_with_code(&email, PASSWORD, &secret).await;
    assert_eq!(
        problem(app.post_json(PATH, Some(&t), &body).await).await,
        (403, "partner-agency-only".to_string())
    );
    // A partner agency not approved yet.
    let pending = organisation(&app, "partner_agency", "pending").await;
    let (_, email, secret) = member_of(&app, pending).await;
    let t = app.login_with_code(&email, PASSWORD, &secret).await;
    assert_eq!(
        problem(app.post_json(PATH, Some(&t), &body).await).await,
        (403, "organisation-not-approved".to_string())
    );
    // Travelers, officers, admins.
    let (_, traveler) = app.traveler().await;
    let officer = app.staff(Role::Officer, Some(PORT)).await;
    let admin = app.staff(Role::Admin, None).await;
    for t in [traveler, officer, admin] {
        assert_eq!(app.post_json(PATH, Some(&t), &body).await.status(), 403);
    }
    // The page too, for another kind of organisation (a localized reason, not a blank).
    assert_eq!(
        audit(&app)
            .await
            .iter()
            .filter(|r| r.action == "appointment-validation")
            .count(),
        0,
        "refused callers checked nothing"
    );
}

#[tokio::test]
async fn every_check_is_audited_with_its_answer_and_without_the_code_or_the_date() {
    let app = spawn_with(small_ports(10)).await;
    let (_, _, code) = confirmed(&app, "Ana Lima").await;
    let (token, account, org) = partner(&app).await;
    assert!(valid(&app, &token, &code, DOB).await);
    assert!(!valid(&app, &token, &code, WRONG_DOB).await);
    assert!(!valid(&app, &token, "ZZZZ0000ZZZZ", DOB).await);
    let rows: Vec<AuditRow> = audit(&app)
        .await
        .into_iter()
        .filter(|r| r.action == "appointment-validation")
        .collect();
    assert_eq!(rows.len(), 3);
    let results: Vec<bool> = rows
        .iter()
        .map(|r| r.detail.contains("result=yes"))
        .collect();
    assert_eq!(results, [true, false, false]);
    for r in &rows {
        assert_eq!(r.actor_id, Some(account));
        assert!(
            r.detail.contains(&format!("organisation={org}")),
            "{}",
            r.detail
        );
        for secret in [code.as_str(), "ZZZZ0000ZZZZ", DOB, WRONG_DOB, "1990"] {
            assert!(!r.subject.contains(secret) && !r.detail.contains(secret));
        }
    }
    // One code, one tag, whatever the date; another code, another tag.
    assert_eq!(rows[0].subject, rows[1].subject);
    assert_ne!(rows[0].subject, rows[2].subject);
    assert_eq!(
        garita::audit::verify(&app.state.db).await.unwrap(),
        garita::audit::Verdict::Intact {
            entries: app.count("audit_log").await
        }
    );
}

#[tokio::test]
async fn a_check_opens_at_most_one_record_and_the_next_ones_none() {
    let app = spawn_with(small_ports(10)).await;
    let mut groups = confirmed_groups(&app, &["Ana Lima", "Bea Lima"]).await;
    let (_, _, other) = groups.remove(1);
    let (_, _, code) = groups.remove(0);
    let (token, _, _) = partner(&app).await;
    let opened = |app: &TestApp| app.state.vault.opened();
    for (c, dob, first) in [
        (&code, WRONG_DOB, true),
        (&code, DOB, false),
        (&code, WRONG_DOB, false),
        (&other, DOB, true),
        (&other, DOB, false),
    ] {
        let before = opened(&app);
        valid(&app, &token, c, dob).await;
        let n = opened(&app) - before;
        assert!(n <= 1, "a check opened {n} records");
        if !first {
            assert_eq!(n, 0, "a pass checked before is compared by fingerprint");
        }
    }
    let before = opened(&app);
    valid(&app, &token, "ZZZZ0000ZZZZ", DOB).await;
    assert_eq!(opened(&app), before, "no pass, nothing opened");
}

#[tokio::test]
async fn the_page_answers_a_large_yes_or_no_and_keeps_nothing_of_the_question() {
    let app = spawn_with(small_ports(10)).await;
    let (_, _, code) = confirmed(&app, "Ana Lima").await;
    let org = organisation(&app, "partner_agency", "approved").await;
    let b = app
        .staff_browser(
            Role::OrganisationMember,
            Some(&org.to_string()),
            "/partner/validate",
        )
        .await;
    let csrf = app.form_token(&b, "/partner/validate").await;
    let send = |code: String, dob: &'static str| {
        let (b, csrf, url) = (b.clone(), csrf.clone(), app.url("/partner/validate"));
        async move {
            let res = b
                .post(url)
                .form(&[
                    ("csrf_token", csrf.as_str()),
                    ("code", code.as_str()),
                    ("date_of_birth", dob),
                ])
                .send()
                .await
                .unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    };
    let (status, yes) = send(code.clone(), DOB).await;
    assert_eq!(status, 200);
    assert!(
        yes.contains(r#"id="partner-answer" class="partner-answer-word">YES<"#),
        "{yes}"
    );
    // (The date's hint shows an example date, so look for it as a field's value.)
    assert!(
        !yes.contains(&code) && !yes.contains(&format!(r#"value="{DOB}""#)),
        "the page keeps nothing"
    );
    let (status, no) = send(code.clone(), WRONG_DOB).await;
    assert_eq!(status, 200);
    assert!(no.contains(r#"class="partner-answer-word">NO<"#));
    assert!(!no.contains(&code) && !no.contains("Ana"));
    // Without the form token: refused.
    let res = b
        .post(app.url("/partner/validate"))
        .form(&[("code", code.as_str()), ("date_of_birth", DOB)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    // A missing date is shown at its field, with what was typed.
    let (status, html) = send(code.clone(), "").await;
    assert_eq!(status, 422);
    assert!(html.contains(r#"id="date_of_birth-error""#));
}

#[tokio::test]
async fn a_partner_agency_s_api_key_checks_only_with_appointments_validate() {
    let app = spawn_with(small_ports(10)).await;
    let (_, _, code) = confirmed(&app, "Ana Lima").await;
    let org = organisation(&app, "partner_agency", "approved").await;
    let manager = app
        .staff(Role::OrganisationManager, Some(&org.to_string()))
        .await;
    let key = |permissions: Value| {
        let (app, manager) = (&app, manager.clone());
        async move {
            let made: Value = app
                .post_json(
                    "/api/v1/organisation/api-keys",
                    Some(&manager),
                    &json!({"name": "checkpoint", "permissions": permissions}),
                )
                .await
                .json()
                .await
                .unwrap();
            made["key"].as_str().expect("a key").to_string()
        }
    };
    let validating = key(json!(["appointments:validate"])).await;
    assert!(valid(&app, &validating, &code, DOB).await);
    assert!(!valid(&app, &validating, &code, WRONG_DOB).await);
    let reading = key(json!(["organisation:read"])).await;
    let res = app
        .post_json(
            PATH,
            Some(&reading),
            &json!({"code": code, "date_of_birth": DOB}),
        )
        .await;
    assert_eq!(res.status(), 403);
    // The key's checks are audited with the key's id.
    let rows = audit(&app).await;
    let checks: Vec<&AuditRow> = rows
        .iter()
        .filter(|r| r.action == "appointment-validation")
        .collect();
    assert_eq!(checks.len(), 2);
    assert!(checks
        .iter()
        .all(|r| r.actor_id.is_none() && r.detail.contains("api-key=")));
}
