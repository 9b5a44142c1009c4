//! SMS against a local server speaking Twilio's documented Messages API (it checks HTTP Basic
//! auth and the form fields, answers with `sid` and `status`, or with Twilio's error body), and
//! its status callback signed as Twilio signs (`X-Twilio-Signature`): the number is verified by
//! a code first, SMS is then sent beside e-mail, delivery reports are recorded, a report with a
//! bad signature is refused, and the daily caps stop SMS pumping.

use crate::common;

use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};
use base64::Engine;
use chrono::Duration;
use common::{spawn_with, TestApp};
use garita::appointments::cycle;
use garita::notifications::outbox::{self, Senders};
use garita::notifications::sms::{signature, STATUS_CALLBACK_PATH};
use serde_json::{json, Value};

const SID: &str = "AC0123456789abcdef0123456789abcdef";
const TOKEN: &str = "twilio-auth-token-for-tests";
const FROM: &str = "+15005550006";
const PUBLIC: &str = "https://garita.example";
const NUMBER: &str = "+525512345678";

/// One request's form fields, in order.
type Form = Vec<(String, String)>;

/// What the fake provider received: each message's form fields.
#[derive(Clone, Default)]
struct Provider {
    received: Arc<Mutex<Vec<Form>>>,
}

fn twilio_error(status: StatusCode, code: i64, message: &str) -> (StatusCode, Json<Value>) {
    (
        status,
        Json(json!({"code": code, "message": message,
            "more_info": format!("https://www.twilio.com/docs/errors/{code}"), "status": status.as_u16()})),
    )
}

/// POST /2010-04-01/Accounts/{AccountSid}/Messages.json, as Twilio documents it.
async fn create_message(
    State(p): State<Provider>,
    Path((account, file)): Path<(String, String)>,
    headers: HeaderMap,
    body: String,
) -> (StatusCode, Json<Value>) {
    let expected = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{SID}:{TOKEN}"))
    );
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(expected.as_str()) {
        return twilio_error(StatusCode::UNAUTHORIZED, 20003, "Authenticate");
    }
    if account != SID || file != "Messages.json" {
        return twilio_error(
            StatusCode::NOT_FOUND,
            20404,
            "The requested resource was not found",
        );
    }
    if headers.get("content-type").and_then(|v| v.to_str().ok())
        != Some("application/x-www-form-urlencoded")
    {
        return twilio_error(StatusCode::BAD_REQUEST, 21600, "Form body expected");
    }
    let form: Vec<(String, String)> = serde_urlencoded::from_str(&body).unwrap();
    let field = |k: &str| form.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    if field("To").is_none() || field("Body").is_none() {
        return twilio_error(
            StatusCode::BAD_REQUEST,
            21604,
            "A 'To' phone number is required.",
        );
    }
    if field("From").is_none() && field("MessagingServiceSid").is_none() {
        return twilio_error(
            StatusCode::BAD_REQUEST,
            21603,
            "A 'From' phone number is required.",
        );
    }
    let mut received = p.received.lock().unwrap();
    received.push(form);
    let sid = format!("SM{:032x}", received.len());
    (
        StatusCode::CREATED,
        Json(json!({"sid": sid, "status": "queued", "account_sid": SID})),
    )
}

async fn start_provider() -> (String, Provider) {
    let p = Provider::default();
    let app = Router::new()
        .route(
            "/2010-04-01/Accounts/{account}/{file}",
            post(create_message),
        )
        .with_state(p.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), p)
}

async fn with_sms(base: &str, per_day: i64) -> TestApp {
    let base = base.to_string();
    spawn_with(move |s| {
        s.session_idle = std::time::Duration::from_secs(60 * 86_400);
        s.session_absolute = std::time::Duration::from_secs(60 * 86_400);
        s.notifications.public_url = PUBLIC.into();
        s.notifications.sms_per_account_day = per_day;
        s.notifications.sms_per_number_day = per_day;
        s.notifications.sms = Some(garita::config::Sms {
            base_url: base,
            account_sid: SID.into(),
            auth_token: garita::config::Secret(TOKEN.into()),
            from: Some(FROM.into()),
            messaging_service_sid: None,
        });
    })
    .await
}

async fn deliver(app: &TestApp) -> outbox::Report {
    let senders = Senders::from_settings(&app.state).unwrap();
    outbox::deliver_due(&app.state, &senders, app.now())
        .await
        .unwrap()
}

fn field(form: &[(String, String)], k: &str) -> String {
    form.iter()
        .find(|(n, _)| n == k)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// Verifies NUMBER for the traveler through the API, reading the code the provider received.
async fn verify_number(app: &TestApp, token: &str, p: &Provider) {
    let res = app
        .post_json(
            "/api/v1/notifications/sms-number",
            Some(token),
            &json!({"number": "+52 55 1234 5678"}),
        )
        .await;
    assert_eq!(res.status(), 202, "{}", res.text().await.unwrap());
    assert_eq!(deliver(app).await.sent, 1);
    let form = p.received.lock().unwrap().last().unwrap().clone();
    assert_eq!(field(&form, "To"), NUMBER);
    assert_eq!(field(&form, "From"), FROM);
    assert_eq!(
        field(&form, "StatusCallback"),
        format!("{PUBLIC}{STATUS_CALLBACK_PATH}")
    );
    let body = field(&form, "Body");
    let code: String = body
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .expect("a six-digit code")
        .to_string();
    let wrong = app
        .post_json(
            "/api/v1/notifications/sms-number/verify",
            Some(token),
            &json!({"code": "000000"}),
        )
        .await;
    if code != "000000" {
        assert_eq!(wrong.status(), 409);
    }
    let res = app
        .post_json(
            "/api/v1/notifications/sms-number/verify",
            Some(token),
            &json!({"code": code}),
        )
        .await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let channels: Value = res.json().await.unwrap();
    assert_eq!(channels["sms"], true);
    assert_eq!(channels["sms_number_verified"], true);
    let audited: Vec<(String,)> =
        sqlx::query_as("SELECT action FROM audit_log WHERE action IN ($1, $2) ORDER BY seq")
            .bind("sms-number-set")
            .bind("sms-number-verified")
            .fetch_all(&app.state.db.read)
            .await
            .unwrap();
    assert!(audited.len() >= 2 && audited.last().unwrap().0 == "sms-number-verified");
}

async fn selected(app: &TestApp, token: &str) {
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(token),
            &json!({"ports": ["hidalgo"], "answers": [], "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 10.0}}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let c = &app.state.settings.cycle;
    let day = cycle::next_draw_day(c, app.now());
    app.clock
        .set(cycle::window_close(c, day) + Duration::hours(1));
    garita::draw::run(&app.state, day, app.now(), false)
        .await
        .unwrap();
}

async fn post_callback(app: &TestApp, params: &[(&str, &str)], sig: &str) -> reqwest::Response {
    app.api
        .post(app.url(STATUS_CALLBACK_PATH))
        .header("x-twilio-signature", sig)
        .form(params)
        .send()
        .await
        .unwrap()
}

async fn statuses(app: &TestApp, token: &str) -> Vec<(String, String, String)> {
    let list: Value = app
        .get_json("/api/v1/notifications", Some(token))
        .await
        .json()
        .await
        .unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["kind"].as_str().unwrap().to_string(),
                n["channel"].as_str().unwrap().to_string(),
                n["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_verified_number_gets_the_selection_by_sms_and_signed_reports_are_recorded() {
    let (base, p) = start_provider().await;
    let app = with_sms(&base, 5).await;
    let token = app.group(1, "Member").await;
    verify_number(&app, &token, &p).await;
    selected(&app, &token).await;
    let r = deliver(&app).await;
    assert_eq!(r.sent, 1, "the SMS (e-mail is not configured here)");
    assert_eq!(r.unsendable, 1, "the e-mail row is kept, unsendable");
    let form = p.received.lock().unwrap().last().unwrap().clone();
    assert_eq!(field(&form, "To"), NUMBER);
    assert!(field(&form, "Body").contains(PUBLIC), "sign in to see");
    assert!(!field(&form, "Body").contains("Member"), "no names");
    let (sid,): (String,) =
        sqlx::query_as("SELECT provider_id FROM notifications WHERE kind = $1 AND channel = $2")
            .bind("selected")
            .bind("sms")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert!(sid.starts_with("SM"));
    // A report with a bad signature is refused and changes nothing.
    let params = [
        ("AccountSid", SID),
        ("MessageSid", sid.as_str()),
        ("MessageStatus", "delivered"),
        ("To", NUMBER),
    ];
    let owned: Vec<(String, String)> = params
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let forged = signature(
        "not-the-token",
        &format!("{PUBLIC}{STATUS_CALLBACK_PATH}"),
        &owned,
    );
    assert_eq!(post_callback(&app, &params, &forged).await.status(), 403);
    assert_eq!(post_callback(&app, &params, "").await.status(), 403);
    assert!(statuses(&app, &token).await.contains(&(
        "selected".into(),
        "sms".into(),
        "sent".into()
    )));
    // Signed as Twilio signs: recorded.
    let good = signature(TOKEN, &field(&form, "StatusCallback"), &owned);
    assert_eq!(post_callback(&app, &params, &good).await.status(), 204);
    assert!(statuses(&app, &token).await.contains(&(
        "selected".into(),
        "sms".into(),
        "delivered".into()
    )));
}

#[tokio::test]
async fn daily_caps_stop_sms_pumping() {
    let (base, p) = start_provider().await;
    let app = with_sms(&base, 1).await;
    let token = app.group(1, "Member").await;
    verify_number(&app, &token, &p).await;
    selected(&app, &token).await;
    let r = deliver(&app).await;
    assert_eq!(r.sent, 0);
    assert_eq!(
        p.received.lock().unwrap().len(),
        1,
        "only the code went out"
    );
    assert!(statuses(&app, &token).await.contains(&(
        "selected".into(),
        "sms".into(),
        "failed".into()
    )));
    // Asking for more codes the same day is refused before anything is written.
    let res = app
        .post_json(
            "/api/v1/notifications/sms-number",
            Some(&token),
            &json!({"number": NUMBER}),
        )
        .await;
    assert_eq!(res.status(), 429);
    // A day later the cap is free again for new messages.
    app.clock.advance(Duration::days(1) + Duration::minutes(1));
    let res = app
        .post_json(
            "/api/v1/notifications/sms-number",
            Some(&token),
            &json!({"number": NUMBER}),
        )
        .await;
    assert_eq!(res.status(), 202);
    assert_eq!(deliver(&app).await.sent, 1);
}

#[tokio::test]
async fn wrong_credentials_are_a_permanent_failure_and_sms_is_off_unless_configured() {
    let (base, _p) = start_provider().await;
    let app = spawn_with(|s| {
        s.notifications.sms = Some(garita::config::Sms {
            base_url: base,
            account_sid: SID.into(),
            auth_token: garita::config::Secret("wrong".into()),
            from: Some(FROM.into()),
            messaging_service_sid: None,
        });
    })
    .await;
    let (_, token) = app.traveler().await;
    let res = app
        .post_json(
            "/api/v1/notifications/sms-number",
            Some(&token),
            &json!({"number": NUMBER}),
        )
        .await;
    assert_eq!(res.status(), 202);
    let r = deliver(&app).await;
    assert_eq!(r.failed, 1, "401 from the provider is not retried");
    let (err,): (String,) =
        sqlx::query_as("SELECT last_error FROM notifications WHERE channel = $1")
            .bind("sms")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert!(err.contains("20003"), "{err}");

    let off = spawn_with(|_| {}).await;
    let (_, token) = off.traveler().await;
    let res = off
        .post_json(
            "/api/v1/notifications/sms-number",
            Some(&token),
            &json!({"number": NUMBER}),
        )
        .await;
    assert_eq!(res.status(), 409);
    let bad = app
        .post_json(
            "/api/v1/notifications/sms-number",
            Some(&app.traveler().await.1),
            &json!({"number": "55 1234"}),
        )
        .await;
    assert_eq!(bad.status(), 422);
}
