//! Notifications end to end: events write outbox rows in their own transaction; the job sends
//! them to a real SMTP server (aiosmtpd, read back from its maildir) in the traveler's language,
//! at least once and with a stable Message-ID across crashes; bodies are sealed and purged.

use crate::common;

use std::ops::ControlFlow;

use chrono::{Duration, NaiveDate};
use common::smtp::{Mail, SmtpServer};
use common::{spawn_with, TestApp};
use garita::appointments::cycle;
use garita::notifications::outbox::{self, Senders, LEASE_SECS};
use serde_json::{json, Value};

const TIJUANA: (f64, f64) = (32.5149, -117.0382);
const MEMBER: &str = "Rosa Martínez Quiroga";

/// Sessions outlive the clock's jumps (draw, deadlines, weeks later).
fn long_sessions(s: &mut garita::config::Settings) {
    s.session_idle = std::time::Duration::from_secs(60 * 86_400);
    s.session_absolute = std::time::Duration::from_secs(60 * 86_400);
}

async fn without_mail() -> TestApp {
    spawn_with(long_sessions).await
}

async fn with_mail(smtp: &SmtpServer) -> TestApp {
    let url = smtp.url();
    spawn_with(move |s| {
        long_sessions(s);
        s.notifications.smtp_url = Some(garita::config::Secret(url));
        s.notifications.mail_from = "Garita <avisos@garita.example>".into();
        s.notifications.public_url = "https://garita.example".into();
    })
    .await
}

/// Empties the outbox: registration writes its own e-mail (the address's verification), which
/// the tests of appointment events leave aside.
async fn clear_outbox(app: &TestApp) {
    sqlx::query("DELETE FROM notifications")
        .execute(&app.state.db.write)
        .await
        .unwrap();
}

/// A one-member group whose account reads Spanish, with a request in (and an empty outbox);
/// returns its token.
async fn spanish_group_with_request(app: &TestApp) -> String {
    let token = app.group(1, MEMBER).await;
    sqlx::query("UPDATE accounts SET language = $1 WHERE kind = $2")
        .bind("es")
        .bind("traveler")
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(&token),
            &json!({"ports": ["hidalgo"], "answers": [], "location": {"latitude": TIJUANA.0, "longitude": TIJUANA.1, "accuracy_m": 10.0}}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    clear_outbox(app).await;
    token
}

fn next_draw(app: &TestApp) -> NaiveDate {
    cycle::next_draw_day(&app.state.settings.cycle, app.now())
}

/// Runs the day's draw after its window closed, and moves the clock there.
async fn draw(app: &TestApp) {
    let day = next_draw(app);
    let at = cycle::window_close(&app.state.settings.cycle, day) + Duration::hours(1);
    app.clock.set(at.max(app.now()));
    garita::draw::run(&app.state, day, app.now(), false)
        .await
        .unwrap();
}

fn senders(app: &TestApp) -> Senders {
    Senders::from_settings(&app.state).unwrap()
}

async fn deliver(app: &TestApp) -> outbox::Report {
    outbox::deliver_due(&app.state, &senders(app), app.now())
        .await
        .unwrap()
}

async fn appointment(app: &TestApp, token: &str) -> Value {
    let s: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(token))
        .await
        .json()
        .await
        .unwrap();
    assert!(s["appointment"].is_object(), "{s}");
    s["appointment"].clone()
}

async fn kinds(app: &TestApp) -> Vec<String> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT kind FROM notifications ORDER BY created_at, kind")
            .fetch_all(&app.state.db.read)
            .await
            .unwrap();
    rows.into_iter().map(|r| r.0).collect()
}

fn assert_no_codes_or_names(m: &Mail, codes: &[String]) {
    for part in [&m.subject, &m.body] {
        assert!(
            !part.contains("Rosa") && !part.contains("Martínez"),
            "a member's name in {part}"
        );
        for c in codes {
            assert!(!part.contains(c.as_str()), "pass code {c} in {part}");
        }
    }
}

#[tokio::test]
async fn selected_traveler_receives_the_email_in_spanish_with_the_deadline_and_no_codes_or_names() {
    let smtp = SmtpServer::start().await;
    let app = with_mail(&smtp).await;
    let token = spanish_group_with_request(&app).await;
    draw(&app).await;
    assert_eq!(kinds(&app).await, vec!["selected"], "written with the draw");
    assert!(
        smtp.messages().is_empty(),
        "nothing sent before the job runs"
    );
    assert_eq!(deliver(&app).await.sent, 1);
    let (audited,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = $1")
        .bind("notification-sent")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(audited, 1, "opening the address to send is recorded");
    let mails = smtp.messages();
    assert_eq!(mails.len(), 1);
    let m = &mails[0];
    assert!(
        m.to.starts_with('t') && m.to.ends_with("@example.org"),
        "{}",
        m.to
    );
    assert!(
        m.message_id.ends_with("@garita.example>"),
        "{}",
        m.message_id
    );
    // Spanish, from the catalog the traveler's account reads.
    let a = appointment(&app, &token).await;
    let tr = garita::i18n::Tr::new(
        app.state.catalogs.clone(),
        app.state.catalogs.find("es").unwrap(),
    );
    assert_eq!(m.subject, tr.t("notification-selected-subject"));
    assert_ne!(
        m.subject,
        garita::i18n::Tr::new(app.state.catalogs.clone(), 0).t("notification-selected-subject")
    );
    // The deadline, in the port's time, written in Spanish with the zone named in words.
    let zone: chrono_tz::Tz = a["time_zone"].as_str().unwrap().parse().unwrap();
    let confirm_by = chrono::DateTime::parse_from_rfc3339(a["confirm_by"].as_str().unwrap())
        .unwrap()
        .to_utc();
    let deadline = garita::locale_format::date_time("es", confirm_by, zone);
    assert!(
        m.body.contains(&deadline),
        "deadline {deadline} not in {}",
        m.body
    );
    let start =
        chrono::NaiveTime::parse_from_str(a["start_time"].as_str().unwrap(), "%H:%M").unwrap();
    let start = garita::locale_format::clock("es", start);
    assert!(m.body.contains(&start), "start {start} not in {}", m.body);
    assert!(!m.body.contains("America/"), "{}", m.body);
    assert!(m.body.contains("https://garita.example"), "sign in to see");
    // Confirming makes pass codes: none of them (nor the names) ever go out by e-mail.
    let confirmed: Value = app
        .post_json(
            &format!("/api/v1/appointments/{}/confirm", a["id"].as_str().unwrap()),
            Some(&token),
            &json!({}),
        )
        .await
        .json()
        .await
        .unwrap();
    let codes: Vec<String> = confirmed["passes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap().to_string())
        .collect();
    assert!(!codes.is_empty());
    assert_no_codes_or_names(m, &codes);
    // Cancelling tells too, and says no more.
    let res = app
        .post_json(
            &format!("/api/v1/appointments/{}/cancel", a["id"].as_str().unwrap()),
            Some(&token),
            &json!({"confirm": true}),
        )
        .await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    assert_eq!(deliver(&app).await.sent, 1);
    let mails = smtp.messages();
    let cancelled = mails
        .iter()
        .find(|x| x.subject == tr.t("notification-cancelled-subject"))
        .expect("the cancellation arrived");
    assert_no_codes_or_names(cancelled, &codes);
    // The list says what was sent, never the body.
    let list: Value = app
        .get_json("/api/v1/notifications", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert!(list
        .iter()
        .all(|n| n["status"] == "sent" && n["channel"] == "email"));
    assert!(list
        .iter()
        .all(|n| n.get("body").is_none() && n.get("subject").is_none()));
}

#[tokio::test]
async fn a_crash_between_commit_and_send_delivers_once_after_restart() {
    let smtp = SmtpServer::start().await;
    let app = with_mail(&smtp).await;
    spanish_group_with_request(&app).await;
    // The draw commits its outbox row; the service stops before its job ever runs.
    draw(&app).await;
    assert_eq!(app.count("notifications").await, 1);
    assert!(smtp.messages().is_empty());
    // Another process over the same database (a restart) sends it, once.
    let restarted = garita::state::AppState::build(app.state.settings.clone())
        .await
        .unwrap();
    let senders = Senders::from_settings(&restarted).unwrap();
    let first = outbox::deliver_due(&restarted, &senders, app.now())
        .await
        .unwrap();
    assert_eq!(first.sent, 1);
    app.clock.advance(Duration::hours(1));
    let again = outbox::deliver_due(&restarted, &senders, app.now())
        .await
        .unwrap();
    assert_eq!(again.sent, 0);
    assert_eq!(smtp.messages().len(), 1, "delivered exactly once");
}

#[tokio::test]
async fn a_crash_after_the_server_accepted_sends_at_most_one_duplicate_with_the_same_message_id() {
    let smtp = SmtpServer::start().await;
    let app = with_mail(&smtp).await;
    spanish_group_with_request(&app).await;
    draw(&app).await;
    let s = senders(&app);
    // The server takes the message; the process dies before it marks the row sent.
    let crashed = outbox::deliver_due_with(&app.state, &s, app.now(), &|_| ControlFlow::Break(()))
        .await
        .unwrap();
    assert_eq!(crashed.sent, 0);
    assert_eq!(smtp.messages().len(), 1);
    // Within the claim's lease nobody sends it again…
    assert_eq!(deliver(&app).await.sent, 0);
    // …after it, it goes once more, with the same Message-ID, and then never again.
    app.clock.advance(Duration::seconds(LEASE_SECS));
    assert_eq!(deliver(&app).await.sent, 1);
    app.clock.advance(Duration::hours(2));
    assert_eq!(deliver(&app).await.sent, 0);
    let mails = smtp.messages();
    assert_eq!(mails.len(), 2, "one duplicate at most");
    assert_eq!(mails[0].message_id, mails[1].message_id);
    assert_eq!(
        mails[0].body, mails[1].body,
        "the sealed body is sent again, not re-rendered"
    );
}

#[tokio::test]
async fn a_server_that_is_down_is_retried_with_backoff() {
    let mut smtp = SmtpServer::start().await;
    let port = smtp.port;
    let app = with_mail(&smtp).await;
    spanish_group_with_request(&app).await;
    draw(&app).await;
    smtp.stop();
    assert_eq!(deliver(&app).await.retried, 1);
    let (attempts, next): (i64, i64) =
        sqlx::query_as("SELECT attempts, next_attempt_at FROM notifications")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(attempts, 1);
    assert_eq!(next, app.now().timestamp() + outbox::backoff(1));
    assert_eq!(deliver(&app).await.retried, 0, "not before its time");
    app.clock.advance(Duration::seconds(outbox::backoff(1)));
    assert_eq!(deliver(&app).await.retried, 1);
    let (_, next): (i64, i64) =
        sqlx::query_as("SELECT attempts, next_attempt_at FROM notifications")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(
        next,
        app.now().timestamp() + outbox::backoff(2),
        "the wait doubles"
    );
    let back = SmtpServer::start_on(port).await;
    app.clock.advance(Duration::seconds(outbox::backoff(2)));
    assert_eq!(deliver(&app).await.sent, 1);
    assert_eq!(back.messages().len(), 1);
}

#[tokio::test]
async fn one_reminder_per_offer_three_hours_before_the_deadline() {
    let smtp = SmtpServer::start().await;
    let app = with_mail(&smtp).await;
    let token = spanish_group_with_request(&app).await;
    draw(&app).await;
    assert_eq!(
        outbox::remind_unconfirmed(&app.state, app.now())
            .await
            .unwrap(),
        0,
        "too early"
    );
    let a = appointment(&app, &token).await;
    let confirm_by = chrono::DateTime::parse_from_rfc3339(a["confirm_by"].as_str().unwrap())
        .unwrap()
        .to_utc();
    app.clock
        .set(confirm_by - Duration::hours(3) + Duration::minutes(1));
    assert_eq!(
        outbox::remind_unconfirmed(&app.state, app.now())
            .await
            .unwrap(),
        1
    );
    app.clock.advance(Duration::minutes(30));
    assert_eq!(
        outbox::remind_unconfirmed(&app.state, app.now())
            .await
            .unwrap(),
        0,
        "one per offer"
    );
    deliver(&app).await;
    let tr = garita::i18n::Tr::new(
        app.state.catalogs.clone(),
        app.state.catalogs.find("es").unwrap(),
    );
    assert!(smtp
        .messages()
        .iter()
        .any(|m| m.subject == tr.t("notification-confirm-soon-subject")));
    // A confirmed offer is not reminded.
    app.post_json(
        &format!("/api/v1/appointments/{}/confirm", a["id"].as_str().unwrap()),
        Some(&token),
        &json!({}),
    )
    .await;
    sqlx::query("DELETE FROM notifications WHERE kind = $1")
        .bind("confirm-soon")
        .execute(&app.state.db.write)
        .await
        .unwrap();
    assert_eq!(
        outbox::remind_unconfirmed(&app.state, app.now())
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn bodies_are_sealed_and_purged_after_the_configured_days() {
    let smtp = SmtpServer::start().await;
    let app = with_mail(&smtp).await;
    spanish_group_with_request(&app).await;
    draw(&app).await;
    deliver(&app).await;
    let (sealed,): (Vec<u8>,) = sqlx::query_as("SELECT sealed FROM notification_bodies")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    let subject = &smtp.messages()[0].subject;
    assert!(
        !String::from_utf8_lossy(&sealed).contains(subject.as_str()),
        "stored sealed, not in the clear"
    );
    let days = app.state.settings.notifications.keep_bodies_days;
    app.clock.advance(Duration::days(days) - Duration::hours(1));
    assert_eq!(
        outbox::purge(&app.state, app.now()).await.unwrap(),
        0,
        "kept until then"
    );
    app.clock.advance(Duration::hours(2));
    assert_eq!(outbox::purge(&app.state, app.now()).await.unwrap(), 1);
    assert_eq!(app.count("notification_bodies").await, 0);
    assert_eq!(
        app.count("notifications").await,
        1,
        "the list keeps its line"
    );
}

#[tokio::test]
async fn without_smtp_rows_are_written_and_marked_unsendable() {
    let app = without_mail().await;
    spanish_group_with_request(&app).await;
    draw(&app).await;
    let r = deliver(&app).await;
    assert_eq!((r.sent, r.unsendable), (0, 1));
    let (status,): (String,) = sqlx::query_as("SELECT status FROM notifications")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(status, "unsendable");
}

/// `serve --demo` without SMTP prints each e-mail to the terminal (so a newcomer can open the
/// verification link); the row is then sent, not kept as unsendable.
#[tokio::test]
async fn the_demo_without_smtp_prints_mail_and_marks_it_sent() {
    let app = spawn_with(|s| {
        long_sessions(s);
        s.notifications.print_mail = true;
    })
    .await;
    spanish_group_with_request(&app).await;
    draw(&app).await;
    let r = deliver(&app).await;
    assert_eq!((r.sent, r.unsendable), (1, 0));
    let (status,): (String,) = sqlx::query_as("SELECT status FROM notifications")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(status, "sent");
}

#[tokio::test]
async fn a_change_of_the_group_is_told_and_email_can_be_turned_off() {
    let app = without_mail().await;
    let token = spanish_group_with_request(&app).await;
    // Turning e-mail off: the draw then writes nothing for this traveler.
    let res = app
        .api
        .put(app.url("/api/v1/notifications/channels"))
        .bearer_auth(&token)
        .json(&json!({"email": false}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let channels: Value = res.json().await.unwrap();
    assert_eq!(channels["email"], false);
    assert_eq!(channels["sms"], false, "no SMS without a verified number");
    draw(&app).await;
    assert!(kinds(&app).await.is_empty());
    app.api
        .put(app.url("/api/v1/notifications/channels"))
        .bearer_auth(&token)
        .json(&json!({"email": true}))
        .send()
        .await
        .unwrap();
    // Voided by a change of the group.
    let mut tx = app.state.db.begin().await.unwrap();
    let (account_id,): (i64,) = sqlx::query_as("SELECT account_id FROM appointments")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    assert!(
        garita::appointments::void_live(&mut tx, account_id, app.now().timestamp())
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    assert_eq!(kinds(&app).await, vec!["voided"]);
}

#[tokio::test]
async fn a_no_show_is_told() {
    let app = without_mail().await;
    let token = spanish_group_with_request(&app).await;
    draw(&app).await;
    let a = appointment(&app, &token).await;
    let res = app
        .post_json(
            &format!("/api/v1/appointments/{}/confirm", a["id"].as_str().unwrap()),
            Some(&token),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    app.clock.advance(Duration::days(20));
    assert_eq!(
        garita::port_console::mark_no_shows(&app.state, app.now())
            .await
            .unwrap(),
        1
    );
    assert_eq!(kinds(&app).await, vec!["selected", "no-show"]);
}

async fn the_traveler(app: &TestApp) -> i64 {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM accounts WHERE kind = $1")
        .bind("traveler")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    id
}

#[tokio::test]
async fn account_events_go_by_email_with_their_link_sealed_and_a_changed_address_is_told_at_the_old_one(
) {
    use garita::notifications::{enqueue_account_event, AccountEvent};
    let smtp = SmtpServer::start().await;
    let app = with_mail(&smtp).await;
    let (email, token) = app.traveler().await;
    let account = the_traveler(&app).await;
    clear_outbox(&app).await;
    // Turning e-mail off does not silence what concerns the account's safety.
    app.api
        .put(app.url("/api/v1/notifications/channels"))
        .bearer_auth(&token)
        .json(&json!({"email": false}))
        .send()
        .await
        .unwrap();
    let link = "https://garita.example/reset/k3y-only-in-the-mail";
    let mut tx = app.state.db.begin().await.unwrap();
    let now = app.now().timestamp();
    enqueue_account_event(
        &mut tx,
        &app.state.vault,
        account,
        AccountEvent::PasswordReset { link: link.into() },
        now,
    )
    .await
    .unwrap();
    enqueue_account_event(
        &mut tx,
        &app.state.vault,
        account,
        AccountEvent::EmailChanged {
            old_address: "old@example.org".into(),
        },
        now,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let sealed: Vec<(Vec<u8>,)> = sqlx::query_as("SELECT sealed FROM notification_secrets")
        .fetch_all(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(sealed.len(), 2);
    assert!(sealed
        .iter()
        .all(|(s,)| !String::from_utf8_lossy(s).contains("k3y-only")));
    assert_eq!(deliver(&app).await.sent, 2);
    let mails = smtp.messages();
    let reset = mails
        .iter()
        .find(|m| m.body.contains(link))
        .expect("the reset link");
    assert_eq!(reset.to, email);
    assert!(mails.iter().any(|m| m.to == "old@example.org"));
}

#[tokio::test]
async fn the_page_lists_what_was_sent_and_turns_email_off_without_javascript() {
    let app = without_mail().await;
    let (b, csrf) = app.signed_up_browser("/register?lang=es").await;
    let account = the_traveler(&app).await;
    let mut tx = app.state.db.begin().await.unwrap();
    garita::notifications::enqueue_account_event(
        &mut tx,
        &app.state.vault,
        account,
        garita::notifications::AccountEvent::PasswordChanged,
        app.now().timestamp(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    deliver(&app).await;
    let tr = garita::i18n::Tr::new(
        app.state.catalogs.clone(),
        app.state.catalogs.find("es").unwrap(),
    );
    let html = b
        .get(app.url("/notifications"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains(&tr.t("notification-kind-password-changed")),
        "{html}"
    );
    assert!(html.contains(&tr.t("notification-status-unsendable")));
    assert!(
        html.contains(r#"name="email" value="on" checked"#),
        "e-mail on by default"
    );
    assert!(
        !html.contains("sms-number"),
        "no SMS form when SMS is not offered"
    );
    // A form without its token changes nothing.
    let refused = b
        .post(app.url("/notifications/channels"))
        .form(&[("email", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
    let res = b
        .post(app.url("/notifications/channels"))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let (email,): (i64,) =
        sqlx::query_as("SELECT email FROM notification_channels WHERE account_id = $1")
            .bind(account)
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(email, 0);
}

/// An account with no e-mail address (a card's, made by a helping organisation: its address
/// reads `card:<number>`) gets no e-mail: the row is skipped as unsendable, never sent to
/// `card:…` (nor printed by the demo).
#[tokio::test]
async fn an_account_whose_address_has_no_at_sign_is_skipped() {
    let app = spawn_with(|s| {
        long_sessions(s);
        s.notifications.print_mail = true;
    })
    .await;
    spanish_group_with_request(&app).await;
    let fingerprint: String =
        sqlx::query_scalar("SELECT email_fingerprint FROM accounts WHERE kind = $1")
            .bind("traveler")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    let sealed = app
        .state
        .vault
        .seal(&format!("account-email:{fingerprint}"), b"card:1234567897");
    sqlx::query("UPDATE accounts SET email_sealed = $1 WHERE email_fingerprint = $2")
        .bind(sealed)
        .bind(&fingerprint)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    draw(&app).await;
    let r = deliver(&app).await;
    assert_eq!((r.sent, r.unsendable, r.failed), (0, 1, 0));
    let (status,): (String,) = sqlx::query_as("SELECT status FROM notifications")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(status, "unsendable");
}

/// A message to someone without an account (a parole beneficiary's invitation): its address,
/// link and languages are sealed beside the row; it goes once (its `once` key), written in
/// each language it names, the first first, with the link bare; its secrets go with the
/// purge; a row without an address is never written.
#[tokio::test]
async fn a_message_to_an_address_without_an_account_goes_once_in_its_languages_and_is_purged() {
    use garita::notifications::{enqueue_to_address, Kind, Secrets};
    let smtp = SmtpServer::start().await;
    let app = with_mail(&smtp).await;
    clear_outbox(&app).await;
    let link = "https://garita.example/ata/invitations/tok3n";
    let secrets = Secrets {
        to: Some("nadia@example.org".into()),
        link: Some(link.into()),
        until: Some(app.now().date_naive() + Duration::days(30)),
        languages: vec!["uk".into(), "en".into()],
        ..Secrets::default()
    };
    let t = app.now().timestamp();
    let mut tx = app.state.db.begin().await.unwrap();
    let first = enqueue_to_address(
        &mut tx,
        &app.state.vault,
        Kind::AtaInvitation,
        secrets.clone(),
        "test:nadia",
        t,
    )
    .await
    .unwrap();
    let second = enqueue_to_address(
        &mut tx,
        &app.state.vault,
        Kind::AtaInvitation,
        secrets.clone(),
        "test:nadia",
        t,
    )
    .await
    .unwrap();
    let nowhere = enqueue_to_address(
        &mut tx,
        &app.state.vault,
        Kind::AtaInvitation,
        Secrets {
            to: None,
            ..secrets.clone()
        },
        "test:nobody",
        t,
    )
    .await;
    tx.commit().await.unwrap();
    let id = first.expect("written once");
    assert!(second.is_none(), "the same once key writes nothing");
    assert!(nowhere.is_err(), "no address, no row");
    assert_eq!(kinds(&app).await, ["ata-invitation"]);

    assert_eq!(deliver(&app).await.sent, 1);
    assert_eq!(deliver(&app).await.sent, 0, "sent once");
    let mails = smtp.messages();
    assert_eq!(mails.len(), 1);
    let m = &mails[0];
    assert!(m.to.contains("nadia@example.org"), "{}", m.to);
    assert!(
        m.subject.starts_with("Вас запрошують") && m.subject.contains(" / You are invited"),
        "Ukrainian first, then English: {}",
        m.subject
    );
    let uk = m.body.find("Посилання лише для вас").unwrap();
    let en = m.body.find("The link is for you only").unwrap();
    assert!(uk < en, "{}", m.body);
    assert_eq!(m.body.matches(link).count(), 2, "the link in each language");
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'notification-sent' AND subject = $1",
    )
    .bind(format!("notification:{id}"))
    .fetch_one(&app.state.db.read)
    .await
    .unwrap();
    assert_eq!(audited, 1);

    // Past the configured days: the sealed address, link and body go.
    let days = app.state.settings.notifications.keep_bodies_days;
    app.clock.advance(Duration::days(days) + Duration::hours(1));
    outbox::purge(&app.state, app.now()).await.unwrap();
    assert_eq!(app.count("notification_secrets").await, 0);
    assert_eq!(app.count("notification_bodies").await, 0);
}
