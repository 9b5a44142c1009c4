//! Trusted Traveler memberships and enrollment interviews (`garita::trusted_travelers`): an
//! agency's import (idempotent by PASSID, a revocation seen at once, bad rows refused whole),
//! linking (all three parts or the same "not found", throttled per PASSID and per account under
//! concurrency, audited), the renewal window and its reminder as the clock moves, first-come
//! interview booking that never exceeds a slot's capacity under concurrency, cancel and
//! rebook, and the enrollment officer's day and outcome.

use crate::common;

use chrono::{Duration, NaiveDate};
use common::{spawn_app, spawn_with, TestApp};
use garita::state::{LOOKUPS_PER_ACCOUNT_HOUR, LOOKUPS_PER_TARGET_HOUR};
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::Role;
use garita_domain::status::OrganisationStatus;
use serde_json::{json, Value};

const CENTER: &str = "enrollment-otay-mesa";
const MEMBERSHIPS: &str = "/api/v1/trusted-travelers/memberships";
const LINKS: &str = "/api/v1/trusted-travelers/links";
const INTERVIEWS: &str = "/api/v1/trusted-travelers/interviews";
const DOB: &str = "1988-03-14";

/// A signed-in member of a new approved government agency: their token.
async fn agency_member(app: &TestApp) -> String {
    let org = app
        .organisation(
            &format!("Agency {}", app.count("organisations").await),
            OrganisationKind::GovernmentAgency,
            OrganisationStatus::Approved,
        )
        .await;
    app.staff(Role::OrganisationMember, Some(&org.to_string()))
        .await
}

async fn put_membership(app: &TestApp, token: &str, body: &Value) -> reqwest::Response {
    app.api
        .put(app.url(MEMBERSHIPS))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

fn membership(passid: &str, status: &str, expires_on: Option<NaiveDate>) -> Value {
    json!({"programme": "sentri", "passid": passid, "date_of_birth": DOB, "status": status,
           "expires_on": expires_on.map(|d| d.to_string())})
}

/// Imports a membership through the API: (result, membership id).
async fn import(app: &TestApp, agency: &str, body: &Value) -> (String, String) {
    let res = put_membership(app, agency, body).await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let v: Value = res.json().await.unwrap();
    (
        v["result"].as_str().unwrap().to_string(),
        v["membership_id"].as_str().unwrap().to_string(),
    )
}

async fn link(
    app: &TestApp,
    token: &str,
    programme: &str,
    passid: &str,
    dob: &str,
) -> reqwest::Response {
    app.post_json(
        LINKS,
        Some(token),
        &json!({"programme": programme, "passid": passid, "date_of_birth": dob}),
    )
    .await
}

async fn mine(app: &TestApp, token: &str) -> Vec<Value> {
    let res = app.get_json(MEMBERSHIPS, Some(token)).await;
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

async fn code_of(res: reqwest::Response) -> (u16, String) {
    let status = res.status().as_u16();
    let v: Value = res.json().await.unwrap_or(Value::Null);
    (status, v["code"].as_str().unwrap_or("").to_string())
}

/// A traveler holding a linked, conditionally approved membership: (token, membership id).
async fn conditional(app: &TestApp, agency: &str, passid: &str) -> (String, String) {
    let (_, token) = app.traveler().await;
    let (_, id) = import(
        app,
        agency,
        &membership(passid, "conditionally_approved", None),
    )
    .await;
    assert_eq!(link(app, &token, "sentri", passid, DOB).await.status(), 200);
    (token, id)
}

fn today(app: &TestApp) -> NaiveDate {
    app.now()
        .with_timezone(&chrono_tz::America::Los_Angeles)
        .date_naive()
}

async fn book(
    app: &TestApp,
    token: &str,
    membership: &str,
    day: NaiveDate,
    start: &str,
) -> reqwest::Response {
    app.post_json(
        INTERVIEWS,
        Some(token),
        &json!({"membership_id": membership, "center_id": CENTER, "date": day.to_string(), "start_time": start}),
    )
    .await
}

async fn taken(app: &TestApp, day: NaiveDate, start: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT taken FROM ttp_interview_slots WHERE location_id = $1 AND day = $2 AND start_time = $3",
    )
    .bind(CENTER)
    .bind(day.to_string())
    .bind(start)
    .fetch_optional(&app.state.db.read)
    .await
    .unwrap()
    .unwrap_or(0)
}

#[tokio::test]
async fn an_import_is_idempotent_by_passid_and_a_revocation_shows_at_once() {
    let app = spawn_app().await;
    let agency = agency_member(&app).await;
    let expires = today(&app) + Duration::days(400);
    let active = membership("123456789", "active", Some(expires));
    let (first, id) = import(&app, &agency, &active).await;
    assert_eq!(first, "created");
    // The same row again (typed differently) changes nothing.
    let again = json!({"programme": "SENTRI", "passid": "123-456-789", "date_of_birth": DOB,
                       "status": "active", "expires_on": expires.to_string()});
    assert_eq!(
        import(&app, &agency, &again).await,
        ("unchanged".to_string(), id.clone())
    );
    assert_eq!(app.count("ttp_memberships").await, 1);
    // Neither the PASSID nor the date of birth is stored as typed.
    let stored: String = sqlx::query_scalar(
        "SELECT passid_fingerprint || dob_fingerprint || programme || status FROM ttp_memberships",
    )
    .fetch_one(&app.state.db.read)
    .await
    .unwrap();
    assert!(!stored.contains("123456789") && !stored.contains(DOB));

    let (_, traveler) = app.traveler().await;
    assert_eq!(
        link(&app, &traveler, "sentri", "123456789", DOB)
            .await
            .status(),
        200
    );
    let seen = mine(&app, &traveler).await;
    assert_eq!(seen[0]["status"], "active");
    assert_eq!(seen[0]["days_left"], 400);

    // The agency revokes it: the traveler's very next read says so.
    let revoked = membership("123456789", "revoked", Some(expires));
    assert_eq!(
        import(&app, &agency, &revoked).await,
        ("updated".to_string(), id)
    );
    let seen = mine(&app, &traveler).await;
    assert_eq!(seen[0]["status"], "revoked");
    assert_eq!(seen[0]["next_step"], "contact-cbp");
    assert_eq!(app.count("ttp_memberships").await, 1);
}

#[tokio::test]
async fn bad_import_rows_are_refused_with_their_field_and_change_nothing() {
    let app = spawn_app().await;
    let agency = agency_member(&app).await;
    let future = (today(&app) + Duration::days(2)).to_string();
    for (body, field) in [
        (
            json!({"programme": "sentri", "passid": "12345678", "date_of_birth": DOB, "status": "pending_review"}),
            "passid",
        ),
        (
            json!({"programme": "sentri", "passid": "12345678X", "date_of_birth": DOB, "status": "pending_review"}),
            "passid",
        ),
        (
            json!({"programme": "sentri", "passid": "123456789", "date_of_birth": future, "status": "pending_review"}),
            "date_of_birth",
        ),
        (
            json!({"programme": "tsa_precheck", "passid": "123456789", "date_of_birth": DOB, "status": "pending_review"}),
            "programme",
        ),
        (
            json!({"programme": "sentri", "passid": "123456789", "date_of_birth": DOB, "status": "gold"}),
            "status",
        ),
        (
            json!({"programme": "sentri", "passid": "123456789", "date_of_birth": DOB, "status": "active"}),
            "expires_on",
        ),
    ] {
        let res = put_membership(&app, &agency, &body).await;
        assert_eq!(res.status(), 422, "{body}");
        let v: Value = res.json().await.unwrap();
        assert!(v.to_string().contains(field), "{field} named in {v}");
    }
    assert_eq!(app.count("ttp_memberships").await, 0);

    // Only a government agency imports: a partner agency's member and a traveler are refused.
    let partner = app
        .organisation(
            "Partner",
            OrganisationKind::PartnerAgency,
            OrganisationStatus::Approved,
        )
        .await;
    let partner = app
        .staff(Role::OrganisationMember, Some(&partner.to_string()))
        .await;
    let body = membership("123456789", "pending_review", None);
    assert_eq!(
        code_of(put_membership(&app, &partner, &body).await).await,
        (403, "ttp-agency-only".to_string())
    );
    let (_, traveler) = app.traveler().await;
    assert_eq!(put_membership(&app, &traveler, &body).await.status(), 403);
    assert_eq!(app.count("ttp_memberships").await, 0);
}

#[tokio::test]
async fn the_cli_import_reads_a_file_once_and_refuses_a_file_with_any_bad_row() {
    let app = spawn_app().await;
    let dir = std::env::temp_dir().join(format!("garita-ttp-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join(format!("good-{}.csv", app.now().timestamp_subsec_nanos()));
    std::fs::write(
        &good,
        "programme,passid,date_of_birth,status,expires_on\n\
         sentri,111111111,1980-01-01,active,2030-01-01\n\
         # a comment\n\
         global_entry,222222222,1981-02-02,pending_review,\n",
    )
    .unwrap();
    let r = garita::trusted_travelers::imports::import_file(&app.state, &good)
        .await
        .unwrap();
    assert_eq!((r.created, r.updated, r.unchanged), (2, 0, 0));
    let r = garita::trusted_travelers::imports::import_file(&app.state, &good)
        .await
        .unwrap();
    assert_eq!((r.created, r.updated, r.unchanged), (0, 0, 2));

    let bad = dir.join(format!("bad-{}.tsv", app.now().timestamp_subsec_nanos()));
    std::fs::write(
        &bad,
        "programme\tpassid\tdate_of_birth\tstatus\texpires_on\n\
         sentri\t111111111\t1980-01-01\trevoked\t2030-01-01\n\
         nexus\t33333\t1980-01-01\tactive\t2030-01-01\n",
    )
    .unwrap();
    let err = garita::trusted_travelers::imports::import_file(&app.state, &bad)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 3") && err.contains("passid"), "{err}");
    // The good row of the bad file was not applied either.
    let statuses: Vec<String> =
        sqlx::query_scalar("SELECT status FROM ttp_memberships ORDER BY status")
            .fetch_all(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(statuses, vec!["active", "pending_review"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn linking_needs_all_three_parts_and_every_miss_is_the_same_not_found() {
    let app = spawn_app().await;
    let agency = agency_member(&app).await;
    import(
        &app,
        &agency,
        &membership("555000111", "pending_review", None),
    )
    .await;
    let (_, traveler) = app.traveler().await;
    let mut misses = Vec::new();
    for (programme, passid, dob) in [
        ("sentri", "555000111", "1988-03-15"),
        ("nexus", "555000111", DOB),
        ("sentri", "555000112", DOB),
    ] {
        let res = link(&app, &traveler, programme, passid, dob).await;
        misses.push((res.status().as_u16(), res.text().await.unwrap()));
    }
    assert!(misses.iter().all(|m| m.0 == 404), "{misses:?}");
    assert!(
        misses.windows(2).all(|w| w[0].1 == w[1].1),
        "the same answer: {misses:?}"
    );
    assert!(mine(&app, &traveler).await.is_empty());
    // Not a PASSID, a date in the future: 422, nothing looked up.
    assert_eq!(
        link(&app, &traveler, "sentri", "5550001", DOB)
            .await
            .status(),
        422
    );
    assert_eq!(
        link(&app, &traveler, "sentri", "555000111", "2999-01-01")
            .await
            .status(),
        422
    );

    let res = link(&app, &traveler, "SENTRI", "555 000 111", DOB).await;
    assert_eq!(res.status(), 200);
    assert_eq!(mine(&app, &traveler).await.len(), 1);
    assert_eq!(mine(&app, &traveler).await[0]["next_step"], "wait");
    // Someone else with the same details gets the same "not found".
    let (_, other) = app.traveler().await;
    assert_eq!(
        link(&app, &other, "sentri", "555000111", DOB)
            .await
            .status(),
        404
    );
    // Every attempt is audited, without the PASSID.
    let entries: Vec<String> = sqlx::query_scalar(
        "SELECT subject || ' ' || detail FROM audit_log WHERE action = 'ttp-link'",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap();
    assert_eq!(entries.len(), 5, "{entries:?}");
    assert!(entries.iter().all(|e| !e.contains("555000111")));
    assert_eq!(
        entries
            .iter()
            .filter(|e| e.contains("result=linked"))
            .count(),
        1
    );
}

/// Sends every link attempt at once, each from its own task; returns the statuses.
async fn links_at_once(app: &TestApp, token: &str, passids: Vec<String>) -> Vec<u16> {
    let mut tasks = tokio::task::JoinSet::new();
    for passid in passids {
        let (client, url, token) = (app.api.clone(), app.url(LINKS), token.to_string());
        tasks.spawn(async move {
            client
                .post(url)
                .bearer_auth(token)
                .json(&json!({"programme": "sentri", "passid": passid, "date_of_birth": "1970-01-01"}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        });
    }
    tasks.join_all().await
}

#[tokio::test]
async fn linking_is_throttled_per_passid_and_per_account_even_all_at_once() {
    let app = spawn_app().await;
    // One PASSID guessed from two accounts at once: its allowance is shared.
    let (_, a) = app.traveler().await;
    let (_, b) = app.traveler().await;
    let per_target = LOOKUPS_PER_TARGET_HOUR as usize;
    let mut statuses = links_at_once(&app, &a, vec!["777000111".to_string(); per_target]).await;
    statuses.extend(links_at_once(&app, &b, vec!["777000111".to_string(); 5]).await);
    assert_eq!(
        statuses.iter().filter(|s| **s == 404).count(),
        per_target,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        5,
        "{statuses:?}"
    );

    // One account guessing many PASSIDs at once.
    let (_, c) = app.traveler().await;
    let per_account = LOOKUPS_PER_ACCOUNT_HOUR as usize;
    let many: Vec<String> = (0..per_account + 7).map(|i| format!("8{i:08}")).collect();
    let statuses = links_at_once(&app, &c, many).await;
    assert_eq!(statuses.iter().filter(|s| **s == 404).count(), per_account);
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 7);
    let refused: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'ttp-link-refused'")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(refused, 12);
}

#[tokio::test]
async fn the_renewal_window_opens_the_configured_days_before_expiry_and_reminds_once() {
    let app = spawn_with(|s| s.ttp_renewal_window_days = 30).await;
    let agency = agency_member(&app).await;
    let expires = today(&app) + Duration::days(60);
    import(
        &app,
        &agency,
        &membership("600000001", "active", Some(expires)),
    )
    .await;
    let (email, traveler) = app.traveler().await;
    assert_eq!(
        link(&app, &traveler, "sentri", "600000001", DOB)
            .await
            .status(),
        200
    );
    let m = &mine(&app, &traveler).await[0];
    assert_eq!(
        m["renewal_opens"],
        (expires - Duration::days(30)).to_string()
    );
    assert_eq!(m["in_renewal_window"], false);
    assert_eq!(m["next_step"], "nothing");
    let remind = || garita::trusted_travelers::reminders::remind(&app.state, app.now());
    assert_eq!(remind().await.unwrap(), 0, "the window is not open yet");

    app.clock.advance(Duration::days(31));
    // Sessions do not last a month: sign in again.
    let traveler = app.login(&email, common::PASSWORD).await;
    let m = &mine(&app, &traveler).await[0];
    assert_eq!(m["in_renewal_window"], true);
    assert_eq!(m["next_step"], "renew");
    assert_eq!(m["days_left"], 29);
    assert_eq!(remind().await.unwrap(), 1, "one reminder, by e-mail");
    assert_eq!(remind().await.unwrap(), 0, "and only one");
    let kinds: Vec<String> =
        sqlx::query_scalar("SELECT kind FROM notifications WHERE kind = 'ttp-renewal'")
            .fetch_all(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(kinds.len(), 1);

    // Past its expiry it reads as expired, and no more reminders come.
    app.clock.advance(Duration::days(30));
    let traveler = app.login(&email, common::PASSWORD).await;
    let m = &mine(&app, &traveler).await[0];
    assert_eq!(m["status"], "expired");
    assert_eq!(m["next_step"], "apply-again");
    assert_eq!(remind().await.unwrap(), 0);
}

#[tokio::test]
async fn booking_never_exceeds_a_slots_capacity_even_all_at_once() {
    let app = spawn_app().await;
    let agency = agency_member(&app).await;
    let (_, token) = app.traveler().await;
    // One traveler holding eight conditionally approved memberships (as a family might).
    let mut ids = Vec::new();
    for i in 0..8 {
        let passid = format!("90000000{i}");
        let (_, id) = import(
            &app,
            &agency,
            &membership(&passid, "conditionally_approved", None),
        )
        .await;
        assert_eq!(
            link(&app, &token, "sentri", &passid, DOB).await.status(),
            200
        );
        ids.push(id);
    }
    let day = today(&app);
    let slots: Value = app
        .get_json(
            &format!("/api/v1/trusted-travelers/enrollment-centers/{CENTER}/slots?date={day}"),
            Some(&token),
        )
        .await
        .json()
        .await
        .unwrap();
    let capacity = slots["slots"][1]["capacity"].as_i64().unwrap();
    assert_eq!(slots["slots"][1]["start_time"], "08:30");
    assert!(capacity < ids.len() as i64);
    let mut tasks = tokio::task::JoinSet::new();
    for id in ids.clone() {
        let (client, url, token) = (app.api.clone(), app.url(INTERVIEWS), token.clone());
        tasks.spawn(async move {
            let res = client
                .post(url)
                .bearer_auth(token)
                .json(&json!({"membership_id": id, "center_id": CENTER, "date": day.to_string(), "start_time": "08:30"}))
                .send()
                .await
                .unwrap();
            code_of(res).await
        });
    }
    let answers = tasks.join_all().await;
    let booked = answers.iter().filter(|a| a.0 == 201).count() as i64;
    assert_eq!(booked, capacity, "{answers:?}");
    assert!(answers
        .iter()
        .filter(|a| a.0 != 201)
        .all(|a| *a == (409, "ttp-slot-full".to_string())));
    assert_eq!(taken(&app, day, "08:30").await, capacity);

    // One membership booking two slots at once ends with one interview.
    let free = ids.last().unwrap().clone();
    let mut tasks = tokio::task::JoinSet::new();
    for start in ["10:00", "10:30", "11:00"] {
        let (client, url, token, id) = (
            app.api.clone(),
            app.url(INTERVIEWS),
            token.clone(),
            free.clone(),
        );
        tasks.spawn(async move {
            client
                .post(url)
                .bearer_auth(token)
                .json(&json!({"membership_id": id, "center_id": CENTER, "date": day.to_string(), "start_time": start}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        });
    }
    tasks.join_all().await;
    let live: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM ttp_interviews WHERE live_membership_id = $1")
            .bind(&free)
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(live, 1);
    let total: i64 = taken(&app, day, "10:00").await
        + taken(&app, day, "10:30").await
        + taken(&app, day, "11:00").await;
    assert_eq!(total, 1, "a moved booking gives its place back");
}

#[tokio::test]
async fn cancel_and_rebook_give_places_back_and_bad_bookings_change_nothing() {
    let app = spawn_app().await;
    let agency = agency_member(&app).await;
    let (token, id) = conditional(&app, &agency, "910000001").await;
    let day = today(&app) + Duration::days(1); // Tuesday
    let res = book(&app, &token, &id, day, "09:00").await;
    assert_eq!(res.status(), 201);
    let first: Value = res.json().await.unwrap();
    assert_eq!(taken(&app, day, "09:00").await, 1);
    let m = &mine(&app, &token).await[0];
    assert_eq!(m["interview"]["start_time"], "09:00");
    assert_eq!(m["interview"]["time_zone"], "America/Los_Angeles");

    // Rebook: the old place goes back.
    let res = book(&app, &token, &id, day, "13:30").await;
    assert_eq!(res.status(), 201);
    let second: Value = res.json().await.unwrap();
    assert_eq!(
        (
            taken(&app, day, "09:00").await,
            taken(&app, day, "13:30").await
        ),
        (0, 1)
    );
    // The first booking is no longer there to cancel.
    let gone = app
        .api
        .delete(app.url(&format!(
            "{INTERVIEWS}/{}",
            first["interview_id"].as_str().unwrap()
        )))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), 404);
    // Another traveler cannot cancel it.
    let (_, other) = app.traveler().await;
    let path = format!("{INTERVIEWS}/{}", second["interview_id"].as_str().unwrap());
    let res = app
        .api
        .delete(app.url(&path))
        .bearer_auth(&other)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let res = app
        .api
        .delete(app.url(&path))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    assert_eq!(taken(&app, day, "13:30").await, 0);
    assert!(mine(&app, &token).await[0]["interview"].is_null());

    // A Saturday, a time off the grid, a slot begun, a day too far: not offered.
    let saturday = today(&app) + Duration::days(5);
    for (d, t) in [
        (saturday, "09:00"),
        (day, "09:10"),
        (day, "16:00"),
        (today(&app), "07:00"),
        (today(&app) + Duration::days(60), "09:00"),
    ] {
        assert_eq!(
            code_of(book(&app, &token, &id, d, t).await).await,
            (409, "ttp-slot-unavailable".to_string()),
            "{d} {t}"
        );
    }
    // A closed center.
    sqlx::query("UPDATE locations SET is_open = 0 WHERE id = $1")
        .bind(CENTER)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    assert_eq!(
        code_of(book(&app, &token, &id, day, "09:00").await).await,
        (409, "ttp-center-closed".to_string())
    );
    sqlx::query("UPDATE locations SET is_open = 1 WHERE id = $1")
        .bind(CENTER)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    // An active membership has no interview to book; another's membership is not found.
    let expires = today(&app) + Duration::days(90);
    import(
        &app,
        &agency,
        &membership("910000002", "active", Some(expires)),
    )
    .await;
    assert_eq!(
        link(&app, &token, "sentri", "910000002", DOB)
            .await
            .status(),
        200
    );
    let active = mine(&app, &token)
        .await
        .into_iter()
        .find(|m| m["status"] == "active")
        .unwrap();
    assert_eq!(
        code_of(book(&app, &token, active["id"].as_str().unwrap(), day, "09:00").await).await,
        (409, "ttp-interview-not-needed".to_string())
    );
    assert_eq!(book(&app, &other, &id, day, "09:00").await.status(), 404);
    assert_eq!(app.count("ttp_interviews").await, 2);
    let live: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM ttp_interviews WHERE live_membership_id IS NOT NULL",
    )
    .fetch_one(&app.state.db.read)
    .await
    .unwrap();
    assert_eq!(live, 0);

    // A revoking import cancels a booked interview and gives its place back.
    assert_eq!(book(&app, &token, &id, day, "09:00").await.status(), 201);
    import(&app, &agency, &membership("910000001", "revoked", None)).await;
    assert_eq!(taken(&app, day, "09:00").await, 0);
}

#[tokio::test]
async fn the_enrollment_officer_sees_the_day_and_records_the_outcome() {
    let app = spawn_app().await;
    let agency = agency_member(&app).await;
    let (token, id) = conditional(&app, &agency, "920000001").await;
    let (later_email, later_token) = app.traveler().await;
    let (_, later_id) = import(
        &app,
        &agency,
        &membership("920000002", "conditionally_approved", None),
    )
    .await;
    assert_eq!(
        link(&app, &later_token, "sentri", "920000002", DOB)
            .await
            .status(),
        200
    );
    let day = today(&app);
    let res = book(&app, &token, &id, day, "08:30").await;
    let interview: Value = res.json().await.unwrap();
    let interview = interview["interview_id"].as_str().unwrap().to_string();
    let res = book(
        &app,
        &later_token,
        &later_id,
        day + Duration::days(1),
        "08:30",
    )
    .await;
    let later: Value = res.json().await.unwrap();
    let later = later["interview_id"].as_str().unwrap().to_string();

    let (_, officer_email, secret) = app
        .staff_account(&common::grants(Role::EnrollmentOfficer, Some(CENTER)))
        .await;
    let officer = app
        .login_with_code(&officer_email, common::PASSWORD, &secret)
        .await;
    let elsewhere = app
        .staff(Role::EnrollmentOfficer, Some("enrollment-calexico"))
        .await;
    let desk: Value = app
        .get_json("/api/v1/trusted-travelers/desk", Some(&officer))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(desk["day"], day.to_string());
    assert_eq!(desk["interviews"].as_array().unwrap().len(), 1);
    assert_eq!(desk["interviews"][0]["passid"], "920000001");
    assert_eq!(desk["interviews"][0]["start_time"], "08:30");
    // Travelers and port officers do not see it.
    assert_eq!(
        app.get_json("/api/v1/trusted-travelers/desk", Some(&token))
            .await
            .status(),
        403
    );
    let port_officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    assert_eq!(
        app.get_json("/api/v1/trusted-travelers/desk", Some(&port_officer))
            .await
            .status(),
        403
    );

    let outcome = |who: String, interview: String, outcome: &'static str| {
        let app = &app;
        async move {
            app.post_json(
                &format!("{INTERVIEWS}/{interview}/outcome"),
                Some(&who),
                &json!({"outcome": outcome}),
            )
            .await
        }
    };
    assert_eq!(
        outcome(elsewhere.clone(), interview.clone(), "approved")
            .await
            .status(),
        404
    );
    assert_eq!(
        outcome(officer.clone(), interview.clone(), "maybe")
            .await
            .status(),
        422
    );
    assert_eq!(
        code_of(outcome(officer.clone(), later.clone(), "approved").await).await,
        (409, "ttp-interview-not-yet".to_string())
    );
    let res = outcome(officer.clone(), interview.clone(), "approved").await;
    assert_eq!(res.status(), 200);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["membership_status"], "active");
    let m = &mine(&app, &token).await[0];
    assert_eq!(m["status"], "active");
    assert_eq!(m["expires_on"], (day + chrono::Months::new(60)).to_string());
    assert!(m["interview"].is_null());
    assert_eq!(
        code_of(outcome(officer.clone(), interview.clone(), "denied").await).await,
        (409, "ttp-interview-decided".to_string())
    );

    // The next day: the other member did not come, and may book again.
    app.clock.advance(Duration::days(1));
    // Sessions do not last a day: sign in again.
    let officer = app
        .login_with_code(&officer_email, common::PASSWORD, &secret)
        .await;
    let later_token = app.login(&later_email, common::PASSWORD).await;
    let res = outcome(officer.clone(), later.clone(), "no_show").await;
    assert_eq!(res.status(), 200);
    let m = &mine(&app, &later_token).await[0];
    assert_eq!(m["status"], "conditionally_approved");
    assert_eq!(m["next_step"], "book-interview");
    let outcomes: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'ttp-interview-outcome'")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(outcomes, 2);
}

#[tokio::test]
async fn the_pages_link_book_and_record_without_javascript() {
    let app = spawn_app().await;
    let agency = agency_member(&app).await;
    import(
        &app,
        &agency,
        &membership("930000001", "conditionally_approved", None),
    )
    .await;
    let (b, csrf) = app.signed_up_browser("/register?lang=es").await;
    let page = b.get(app.url("/trusted-traveler")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Vincular una membresía"), "Spanish page");
    // A miss: the page again, with the one message, and the PASSID not kept in the form.
    let res = b
        .post(app.url("/trusted-traveler/link"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("programme", "sentri"),
            ("passid", "930000001"),
            ("date_of_birth", "1990-01-01"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let html = res.text().await.unwrap();
    assert!(html.contains("No se encontró ninguna membresía"));
    assert!(!html.contains("930000001"));
    let res = b
        .post(app.url("/trusted-traveler/link"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("programme", "sentri"),
            ("passid", "930000001"),
            ("date_of_birth", DOB),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let html = b
        .get(app.url("/trusted-traveler?linked=1"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Aprobada con condiciones"), "{html}");
    let href = html
        .split("href=\"")
        .find(|s| s.contains("/interview\""))
        .map(|s| s.split('"').next().unwrap().to_string())
        .expect("a link to book");
    let html = b
        .get(app.url(&href))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Otay Mesa"), "the centers are offered");
    assert!(
        html.contains("value=\"08:30\""),
        "today's times are offered"
    );
    let res = b
        .post(app.url(&href))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("center", CENTER),
            ("date", &today(&app).to_string()),
            ("start_time", "08:30"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let html = b
        .get(app.url("/trusted-traveler"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Entrevista:") && html.contains("Otay Mesa"),
        "{html}"
    );

    // The center's officer records it approved on the page.
    let officer = app
        .staff_browser(
            Role::EnrollmentOfficer,
            Some(CENTER),
            "/enrollment/interviews",
        )
        .await;
    let html = officer
        .get(app.url("/enrollment/interviews"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("930000001"));
    let action = html
        .split("action=\"")
        .find(|s| s.starts_with("/enrollment/interviews/") && s.contains("/outcome"))
        .map(|s| s.split('"').next().unwrap().to_string())
        .expect("an outcome form");
    let csrf = common::csrf_of(&html);
    let res = officer
        .post(app.url(&action))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("outcome", "approved"),
            ("date", &today(&app).to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let html = b
        .get(app.url("/trusted-traveler"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Activa"), "{html}");
}

#[tokio::test]
async fn interviews_and_their_slots_go_once_the_retention_limit_has_passed() {
    use garita::retention::{self, Job, ENDED_DAYS};
    let app = spawn_app().await;
    let agency = agency_member(&app).await;
    let (token, id) = conditional(&app, &agency, "940000001").await;
    assert_eq!(
        book(&app, &token, &id, today(&app), "08:30").await.status(),
        201
    );
    app.clock.advance(Duration::days(ENDED_DAYS));
    let p = retention::purge(&app.state, app.now()).await.unwrap();
    assert_eq!(p.of(Job::TtpInterviews), 0, "not before the limit");
    assert_eq!(app.count("ttp_interviews").await, 1);
    app.clock.advance(Duration::days(2));
    let p = retention::purge(&app.state, app.now()).await.unwrap();
    assert_eq!(p.of(Job::TtpInterviews), 1);
    assert_eq!(app.count("ttp_interviews").await, 0);
    assert_eq!(app.count("ttp_interview_slots").await, 0);
    // The membership stays (the agency's record): only its interview went.
    assert_eq!(app.count("ttp_memberships").await, 1);
}
