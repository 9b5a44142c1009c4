//! The retention jobs: each rule with a job deletes its rows once the clock passes the limit,
//! and not a moment before; rows that must stay (a live block, the latest wait-time report,
//! an open request) stay. Run on SQLite and again on PostgreSQL like every integration test.

use crate::common;

use chrono::Duration;
use common::{member, spawn_app, TestApp, PASSWORD};
use garita::retention::{self, Job, ENDED_DAYS, NOTIFICATION_RECORD_DAYS, WAIT_TIME_DAYS};
use garita_domain::status::{AppointmentStatus, RequestStatus};
use serde_json::{json, Value};

/// What `seed` wrote, by id.
struct Seeded {
    account: i64,
}

/// A closed request with a past appointment today, its pass, the officer's check, a sent
/// notification with its body, an idempotency key, and two wait-time reports (the newer one
/// is the port's latest), all written "now".
async fn seed(app: &TestApp, token: &str) -> Seeded {
    let m: Value = app
        .post_json("/api/v1/travelers", Some(token), &member("Gina 0"))
        .await
        .json()
        .await
        .unwrap();
    let traveler = m["id"].as_str().unwrap().to_string();
    let account: i64 = sqlx::query_scalar("SELECT account_id FROM travelers WHERE id = $1")
        .bind(&traveler)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    let now = app.now().timestamp();
    let day = app.now().date_naive().to_string();
    let port = "el-paso";
    let w = &app.state.db.write;
    sqlx::query(
        "INSERT INTO slots (port_id, day, start_time, capacity, taken) VALUES ($1, $2, $3, 10, 1)",
    )
    .bind(port)
    .bind(&day)
    .bind("09:00")
    .execute(w)
    .await
    .unwrap();
    let request = "req-retention".to_string();
    sqlx::query(
        "INSERT INTO appointment_requests (id, account_id, status, ports, answers, vulnerable, region_state, first_requested_on, submitted_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 0, $6, $7, $8, $8)",
    )
    .bind(&request)
    .bind(account)
    .bind(RequestStatus::Closed.as_str())
    .bind("[\"el-paso\"]")
    .bind("{}")
    .bind("CHH")
    .bind(&day)
    .bind(now)
    .execute(w)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO appointments (id, request_id, account_id, draw_day, port_id, day, start_time, size, status, confirm_by, created_at, updated_at, port_status, port_status_at)
         VALUES ($1, $2, $3, $4, $5, $4, $6, 1, $7, $8, $8, $8, $9, $8)",
    )
    .bind("apt-retention")
    .bind(&request)
    .bind(account)
    .bind(&day)
    .bind(port)
    .bind("09:00")
    .bind(AppointmentStatus::Confirmed.as_str())
    .bind(now)
    .bind("arrived")
    .execute(w)
    .await
    .unwrap();
    sqlx::query("INSERT INTO passes (code, appointment_id, traveler_id, created_at) VALUES ($1, $2, $3, $4)")
        .bind("PASSCODE1")
        .bind("apt-retention")
        .bind(&traveler)
        .bind(now)
        .execute(w)
        .await
        .unwrap();
    sqlx::query("INSERT INTO member_checks (code, identity, outcome, officer_id, decided_at) VALUES ($1, $2, $3, $4, $5)")
        .bind("PASSCODE1")
        .bind("confirmed")
        .bind("pending")
        .bind(account)
        .bind(now)
        .execute(w)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO notifications (id, account_id, kind, channel, message_id, status, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
    )
    .bind("n-retention")
    .bind(account)
    .bind("selected")
    .bind("email")
    .bind("<n-retention@garita.invalid>")
    .bind("sent")
    .bind(now)
    .execute(w)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO notification_bodies (notification_id, sealed, created_at) VALUES ($1, $2, $3)",
    )
    .bind("n-retention")
    .bind(vec![1u8, 2, 3])
    .bind(now)
    .execute(w)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO idempotency_keys (account_id, key, request_hash, response_status, response_body, created_at)
         VALUES ($1, $2, $3, 201, $4, $5)",
    )
    .bind(account)
    .bind("key-1")
    .bind("hash")
    .bind("{}")
    .bind(now)
    .execute(w)
    .await
    .unwrap();
    let mut reports = Vec::new();
    for at in [now - 60, now] {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO wait_time_reports (port_id, lane, status, lanes_open, delay_minutes, reported_at)
             VALUES ($1, $2, $3, 2, 15, $4) RETURNING id",
        )
        .bind(port)
        .bind("pedestrian-standard")
        .bind("open")
        .bind(at)
        .fetch_one(w)
        .await
        .unwrap();
        reports.push(id);
    }
    sqlx::query(
        "INSERT INTO wait_time_latest (port_id, lane, report_id) VALUES ($1, $2, $3)
         ON CONFLICT (port_id, lane) DO UPDATE SET report_id = excluded.report_id",
    )
    .bind(port)
    .bind("pedestrian-standard")
    .bind(reports[1])
    .execute(w)
    .await
    .unwrap();
    Seeded { account }
}

async fn purge(app: &TestApp) -> retention::Purged {
    retention::purge(&app.state, app.now()).await.unwrap()
}

async fn port_status(app: &TestApp) -> Option<String> {
    sqlx::query_scalar("SELECT port_status FROM appointments WHERE id = 'apt-retention'")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap()
}

#[tokio::test]
async fn each_rule_deletes_its_rows_once_the_clock_passes_its_limit_and_not_before() {
    let app = spawn_app().await;
    let (_, token) = app.traveler().await;
    let s = seed(&app, &token).await;
    let before = (
        app.count("appointment_requests").await,
        app.count("appointments").await,
        app.count("member_checks").await,
        app.count("notifications WHERE id = 'n-retention'").await,
        app.count("notification_bodies WHERE notification_id = 'n-retention'")
            .await,
        app.count("idempotency_keys WHERE key = 'key-1'").await,
        app.count("wait_time_reports").await,
    );
    assert_eq!(before, (1, 1, 1, 1, 1, 1, 2));
    let p = purge(&app).await;
    assert!(p.0.iter().all(|(_, n)| *n == 0), "{p:?}");
    assert_eq!(app.count("member_checks").await, 1);

    // Three days on: idempotency keys (2 days) go, and the session has long ended.
    app.clock.advance(Duration::days(3));
    let p = purge(&app).await;
    assert!(p.of(Job::IdempotencyKeys) >= 1);
    assert_eq!(app.count("idempotency_keys WHERE key = 'key-1'").await, 0);
    assert_eq!(app.count("sessions").await, 0);
    assert_eq!(
        app.count("member_checks").await,
        1,
        "check-ins are kept 30 days"
    );
    assert_eq!(port_status(&app).await.as_deref(), Some("arrived"));

    // A month on: the check records and the message text go; the appointment stays.
    app.clock.advance(Duration::days(29));
    let p = purge(&app).await;
    assert_eq!(p.of(Job::CheckIns), 2, "{p:?}");
    assert_eq!(app.count("member_checks").await, 0);
    assert_eq!(port_status(&app).await, None);
    assert_eq!(
        app.count("notification_bodies WHERE notification_id = 'n-retention'")
            .await,
        0
    );
    assert_eq!(app.count("appointments").await, 1);
    assert_eq!(app.count("passes").await, 1);
    assert_eq!(app.count("appointment_requests").await, 1);

    // Past the ended limit: the request, the appointment and its pass go.
    app.clock.advance(Duration::days(ENDED_DAYS - 32 + 2));
    let p = purge(&app).await;
    assert_eq!(p.of(Job::ClosedRequests), 1, "{p:?}");
    assert_eq!(app.count("appointment_requests").await, 0);
    assert_eq!(app.count("appointments").await, 0);
    assert_eq!(app.count("passes").await, 0);
    assert_eq!(app.count("notifications WHERE id = 'n-retention'").await, 1);
    assert_eq!(app.count("wait_time_reports").await, 2);

    // Past a year: the list of messages and the old wait report go; the latest report stays.
    app.clock.advance(Duration::days(
        WAIT_TIME_DAYS.max(NOTIFICATION_RECORD_DAYS) - ENDED_DAYS,
    ));
    let p = purge(&app).await;
    assert!(p.of(Job::NotificationRecords) >= 1);
    assert_eq!(p.of(Job::WaitTimeReports), 1);
    assert_eq!(app.count("notifications WHERE id = 'n-retention'").await, 0);
    assert_eq!(app.count("wait_time_reports").await, 1);
    assert_eq!(app.count("wait_time_latest").await, 1);
    // The account itself stays until its holder deletes it.
    assert_eq!(
        app.count(&format!("accounts WHERE id = {}", s.account))
            .await,
        1
    );
    // Idempotent: a second run finds nothing.
    let p = purge(&app).await;
    assert!(p.0.iter().all(|(_, n)| *n == 0), "{p:?}");
}

#[tokio::test]
async fn appointments_go_after_their_day_even_when_their_request_stays_open() {
    let app = spawn_app().await;
    let (_, token) = app.traveler().await;
    seed(&app, &token).await;
    sqlx::query("UPDATE appointment_requests SET status = $1")
        .bind(RequestStatus::Open.as_str())
        .execute(&app.state.db.write)
        .await
        .unwrap();
    app.clock.advance(Duration::days(ENDED_DAYS - 1));
    let p = purge(&app).await;
    assert_eq!(p.of(Job::PastAppointments), 0);
    assert_eq!(app.count("appointments").await, 1);
    app.clock.advance(Duration::days(3));
    let p = purge(&app).await;
    assert_eq!(p.of(Job::PastAppointments), 1);
    assert_eq!(app.count("appointments").await, 0);
    assert_eq!(
        app.count("appointment_requests").await,
        1,
        "an open request stays"
    );
}

#[tokio::test]
async fn a_closed_request_that_still_blocks_a_new_one_is_kept_until_the_block_ends() {
    let app = spawn_app().await;
    let (_, token) = app.traveler().await;
    seed(&app, &token).await;
    let until = (app.now() + Duration::days(ENDED_DAYS + 10)).date_naive();
    sqlx::query("UPDATE appointment_requests SET blocked_until = $1")
        .bind(until.to_string())
        .execute(&app.state.db.write)
        .await
        .unwrap();
    app.clock.advance(Duration::days(ENDED_DAYS + 1));
    purge(&app).await;
    assert_eq!(app.count("appointment_requests").await, 1);
    app.clock.advance(Duration::days(11));
    purge(&app).await;
    assert_eq!(app.count("appointment_requests").await, 0);
}

#[tokio::test]
async fn sessions_and_reauthentications_end_on_time() {
    let app = spawn_app().await;
    let (_, token) = app.traveler().await;
    let res = app
        .post_json(
            "/api/v1/me/reauthentication",
            Some(&token),
            &json!({"password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 204);
    assert_eq!(app.count("reauthentications").await, 1);
    app.clock.advance(Duration::minutes(9));
    purge(&app).await;
    assert_eq!(app.count("reauthentications").await, 1);
    assert_eq!(app.count("sessions").await, 1);
    app.clock.advance(Duration::minutes(2));
    let p = purge(&app).await;
    assert_eq!(p.of(Job::Reauthentications), 1);
    assert_eq!(app.count("reauthentications").await, 0);
    assert_eq!(
        app.count("sessions").await,
        1,
        "the session is still in use"
    );
    // Idle past the limit: the session row goes.
    let idle = app.state.settings.session_idle;
    app.clock
        .advance(Duration::from_std(idle).unwrap() + Duration::minutes(1));
    let p = purge(&app).await;
    assert_eq!(p.of(Job::EndedSessions), 1);
    assert_eq!(app.count("sessions").await, 0);
}

#[tokio::test]
async fn every_kind_of_data_has_one_rule_and_every_job_one_rule() {
    // The privacy page renders `rules`; a job without a rule would delete what the page does
    // not mention, a kind listed twice would say two things.
    let kinds = [
        "account",
        "members",
        "requests",
        "appointments",
        "check-ins",
        "sessions",
        "audit",
        "wait-times",
        "notifications",
        "notification-bodies",
        "sign-in-steps",
        "account-links",
    ];
    let app = spawn_app().await;
    let rules = retention::rules(&app.state);
    for k in kinds {
        assert_eq!(rules.iter().filter(|r| r.kind == k).count(), 1, "{k}");
    }
    let mut jobs: Vec<_> = rules
        .iter()
        .filter_map(|r| match r.deleted_by {
            retention::DeletedBy::Job(j) => Some(format!("{j:?}")),
            _ => None,
        })
        .collect();
    let n = jobs.len();
    jobs.sort();
    jobs.dedup();
    assert_eq!(jobs.len(), n);
}

#[tokio::test]
async fn links_sent_by_email_and_sign_in_steps_expire() {
    let app = spawn_app().await;
    let (_, _token) = app.traveler().await;
    let account: (i64,) = sqlx::query_as("SELECT MAX(id) FROM accounts")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    let now = app.now().timestamp();
    sqlx::query("INSERT INTO account_tokens (token_hash, account_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
        .bind("retention-test-link")
        .bind(account.0)
        .bind("reset-password")
        .bind(now)
        .bind(now + 3600)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    sqlx::query("INSERT INTO pending_logins (token_hash, account_id, next_path, created_at) VALUES ($1, $2, $3, $4)")
        .bind("retention-test-step")
        .bind(account.0)
        .bind("/")
        .bind(now)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let links = app.count("account_tokens").await;
    assert!(links >= 1);
    app.clock.advance(Duration::minutes(4));
    purge(&app).await;
    assert_eq!(
        app.count("pending_logins").await,
        1,
        "a sign-in step lives 5 minutes"
    );
    app.clock.advance(Duration::minutes(2));
    let p = purge(&app).await;
    assert_eq!(p.of(Job::PendingLogins), 1);
    assert_eq!(app.count("pending_logins").await, 0);
    assert_eq!(
        app.count("account_tokens").await,
        links,
        "links stay two days"
    );
    app.clock
        .advance(Duration::days(retention::ACCOUNT_LINK_DAYS));
    let p = purge(&app).await;
    assert_eq!(p.of(Job::AccountLinks) as i64, links);
    assert_eq!(app.count("account_tokens").await, 0);
}
