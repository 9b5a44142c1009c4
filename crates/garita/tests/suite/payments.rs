//! Card payments of provisional I-94s against a local server speaking Stripe's Checkout
//! Sessions protocol (`common::stripe_double`): the checkout is created with the fee in force
//! × the applicants, a signed webhook pays the submission, bad signatures change nothing,
//! replays and reordered events neither pay twice nor un-pay, an event for an unknown session
//! is answered 200 and ignored, and a lost confirmation is found by `garita payments
//! reconcile`. The double's signatures are checked with Stripe's official library.

use crate::common;

use common::stripe_double::{signature_header, StripeDouble, SECRET_KEY, WEBHOOK_SECRET};
use common::{i94_applicant, i94_submission, spawn_with, TestApp};
use garita::config::Secret;
use garita::payments::StripeSettings;
use garita_domain::i94;
use serde_json::{json, Value};

async fn with_stripe() -> (TestApp, StripeDouble) {
    let double = StripeDouble::start().await;
    let base = double.base.clone();
    let app = spawn_with(move |s| {
        s.payments.stripe = Some(StripeSettings {
            api_base: base,
            secret_key: Secret(SECRET_KEY.into()),
            webhook_secret: Secret(WEBHOOK_SECRET.into()),
            public_url: "https://garita.example".into(),
        })
    })
    .await;
    (app, double)
}

/// A traveler's submission for `n` people and its card checkout: (token, submission id,
/// session id).
async fn checkout(app: &TestApp, double: &StripeDouble, n: usize) -> (String, String, String) {
    let (_, token) = app.traveler().await;
    let people = (0..n)
        .map(|i| i94_applicant("Card", "Pay", &format!("G6000000{i}")))
        .collect();
    let res = app
        .post_json(
            "/api/v1/i94-applications",
            Some(&token),
            &i94_submission(app, people),
        )
        .await;
    assert_eq!(res.status(), 201);
    let s: Value = res.json().await.unwrap();
    let id = s["id"].as_str().unwrap().to_string();
    let res = app
        .post_json(
            &format!("/api/v1/i94-applications/{id}/payment"),
            Some(&token),
            &json!({"provider": "stripe"}),
        )
        .await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let answer: Value = res.json().await.unwrap();
    let url = answer["checkout_url"].as_str().unwrap();
    let session = url.rsplit('/').next().unwrap().to_string();
    assert_eq!(double.session(&session)["url"], url);
    assert_eq!(answer["refundable"], false);
    (token, id, session)
}

async fn webhook(app: &TestApp, payload: &str, header: &str) -> reqwest::Response {
    app.api
        .post(app.url("/api/v1/payments/stripe/webhook"))
        .header("content-type", "application/json")
        .header("stripe-signature", header)
        .body(payload.to_string())
        .send()
        .await
        .unwrap()
}

async fn send_event(app: &TestApp, double: &StripeDouble, kind: &str, session: &str) -> u16 {
    let (_, payload) = double.event(kind, session);
    let header = signature_header(WEBHOOK_SECRET, app.now().timestamp(), &payload);
    webhook(app, &payload, &header).await.status().as_u16()
}

async fn status_of(app: &TestApp, token: &str, id: &str) -> Value {
    app.get_json(&format!("/api/v1/i94-applications/{id}"), Some(token))
        .await
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_card_checkout_charges_the_fee_in_force_for_everyone_and_a_signed_webhook_pays_it() {
    let (app, double) = with_stripe().await;
    let (token, id, session) = checkout(&app, &double, 3).await;
    let fee = i94::fee_on(i94::fee_schedule(), app.now().date_naive()).unwrap();
    let form = double.created.lock().unwrap()[0].clone();
    let field = |k: &str| form.iter().find(|(n, _)| n == k).unwrap().1.clone();
    assert_eq!(field("mode"), "payment");
    assert_eq!(
        field("line_items[0][price_data][unit_amount]"),
        fee.to_string()
    );
    assert_eq!(field("line_items[0][quantity]"), "3");
    assert_eq!(field("line_items[0][price_data][currency]"), "usd");
    assert_eq!(field("client_reference_id"), id);
    assert_eq!(double.session(&session)["amount_total"], fee * 3);
    assert_eq!(double.idempotency_keys.lock().unwrap().len(), 1);
    // Asking again offers the same checkout, not a second one.
    let again: Value = app
        .post_json(
            &format!("/api/v1/i94-applications/{id}/payment"),
            Some(&token),
            &json!({"provider": "stripe"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(again["checkout_url"].as_str().unwrap().ends_with(&session));
    assert_eq!(double.created.lock().unwrap().len(), 1);
    assert_eq!(
        status_of(&app, &token, &id).await["status"],
        "awaiting_payment"
    );

    double.pay(&session);
    assert_eq!(
        send_event(&app, &double, "checkout.session.completed", &session).await,
        200
    );
    let s = status_of(&app, &token, &id).await;
    assert_eq!(s["status"], "paid");
    assert_eq!(s["valid_until"], app.now().timestamp() + 7 * 86_400);
    assert_eq!(s["payments"][0]["provider"], "stripe");
    assert_eq!(s["payments"][0]["status"], "paid");
    assert_eq!(s["payments"][0]["fee_cents"], fee);
    assert_eq!(s["payments"][0]["amount_cents"], fee * 3);
}

#[tokio::test]
async fn a_bad_signature_is_400_and_changes_nothing() {
    let (app, double) = with_stripe().await;
    let (token, id, session) = checkout(&app, &double, 1).await;
    double.pay(&session);
    let (_, payload) = double.event("checkout.session.completed", &session);
    let now = app.now().timestamp();
    let tampered = payload.replace("\"paid\"", "\"paid\" ");
    for (body, header) in [
        (payload.clone(), String::new()),
        (payload.clone(), "t=1,v1=deadbeef".to_string()),
        (
            payload.clone(),
            signature_header("whsec_other", now, &payload),
        ),
        (
            tampered.clone(),
            signature_header(WEBHOOK_SECRET, now, &payload),
        ),
        // Signed, but six minutes old (a replay outside Stripe's tolerance).
        (
            payload.clone(),
            signature_header(WEBHOOK_SECRET, now - 360, &payload),
        ),
    ] {
        let res = webhook(&app, &body, &header).await;
        assert_eq!(res.status(), 400, "{header}");
        assert_eq!(res.headers()["content-type"], "application/problem+json");
    }
    assert_eq!(
        status_of(&app, &token, &id).await["status"],
        "awaiting_payment"
    );
    assert_eq!(app.count("payment_events").await, 0);
}

#[tokio::test]
async fn an_event_for_an_unknown_session_is_answered_200_and_ignored() {
    let (app, double) = with_stripe().await;
    let (token, id, _) = checkout(&app, &double, 1).await;
    assert_eq!(
        send_event(
            &app,
            &double,
            "checkout.session.completed",
            "cs_test_not_ours"
        )
        .await,
        200
    );
    assert_eq!(
        status_of(&app, &token, &id).await["status"],
        "awaiting_payment"
    );
    assert_eq!(app.count("payment_events").await, 0);
}

#[tokio::test]
async fn replayed_and_reordered_events_never_pay_twice_or_unpay() {
    let (app, double) = with_stripe().await;
    let (token, id, session) = checkout(&app, &double, 2).await;
    // A delayed method: completed but unpaid changes nothing yet.
    double.complete_unpaid(&session);
    assert_eq!(
        send_event(&app, &double, "checkout.session.completed", &session).await,
        200
    );
    assert_eq!(
        status_of(&app, &token, &id).await["status"],
        "awaiting_payment"
    );
    double.pay(&session);
    let (_, payload) = double.event("checkout.session.async_payment_succeeded", &session);
    let header = signature_header(WEBHOOK_SECRET, app.now().timestamp(), &payload);
    assert_eq!(webhook(&app, &payload, &header).await.status(), 200);
    let paid = status_of(&app, &token, &id).await;
    assert_eq!(paid["status"], "paid");
    let paid_at = paid["paid_at"].clone();
    // The same event again (a replay), later: nothing changes, the payment time stays.
    app.clock.advance(chrono::Duration::minutes(3));
    let header = signature_header(WEBHOOK_SECRET, app.now().timestamp(), &payload);
    assert_eq!(webhook(&app, &payload, &header).await.status(), 200);
    // Late or out-of-order events after payment: expired, failed.
    for kind in [
        "checkout.session.expired",
        "checkout.session.async_payment_failed",
        "checkout.session.completed",
    ] {
        assert_eq!(send_event(&app, &double, kind, &session).await, 200);
    }
    let s = status_of(&app, &token, &id).await;
    assert_eq!(s["status"], "paid");
    assert_eq!(s["paid_at"], paid_at);
    assert_eq!(s["payments"].as_array().unwrap().len(), 1);
    assert_eq!(s["payments"][0]["status"], "paid");
    let changes: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'i94-checkout'")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(changes, 1);
    // An expiry that comes first leaves it awaiting payment (and a late success pays it).
    let (token2, id2, session2) = checkout(&app, &double, 1).await;
    double.expire(&session2);
    assert_eq!(
        send_event(&app, &double, "checkout.session.expired", &session2).await,
        200
    );
    let s = status_of(&app, &token2, &id2).await;
    assert_eq!(s["status"], "awaiting_payment");
    assert_eq!(s["payments"][0]["status"], "expired");
}

#[tokio::test]
async fn a_lost_confirmation_is_found_by_payments_reconcile() {
    let (app, double) = with_stripe().await;
    let (token, id, session) = checkout(&app, &double, 2).await;
    let (_, _, open) = checkout(&app, &double, 1).await;
    let (token3, id3, gone) = checkout(&app, &double, 1).await;
    // Stripe took the money, but the webhook never arrived (a crash before our write).
    double.pay(&session);
    double.expire(&gone);
    let done = garita::payments::stripe::reconcile(&app.state)
        .await
        .unwrap();
    assert_eq!((done.asked, done.paid, done.expired), (3, 1, 1));
    assert_eq!(status_of(&app, &token, &id).await["status"], "paid");
    assert_eq!(
        status_of(&app, &token3, &id3).await["payments"][0]["status"],
        "expired"
    );
    assert_eq!(double.session(&open)["status"], "open");
    // Again: only the one still open is asked about, and nothing changes.
    let again = garita::payments::stripe::reconcile(&app.state)
        .await
        .unwrap();
    assert_eq!((again.asked, again.paid, again.expired), (1, 0, 0));
    // The webhook arriving late changes nothing either.
    assert_eq!(
        send_event(&app, &double, "checkout.session.completed", &session).await,
        200
    );
    assert_eq!(status_of(&app, &token, &id).await["status"], "paid");
}

// Multi-threaded: the double and the service keep answering while the command runs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reconcile_command_settles_a_paid_checkout() {
    let (app, double) = with_stripe().await;
    let (token, id, session) = checkout(&app, &double, 1).await;
    double.pay(&session);
    let key = hex::encode(app.state.settings.master_key.0);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_garita"))
        .args([
            "payments",
            "reconcile",
            "--database",
            &app.db_url,
            "--secret-key",
            &key,
            "--stripe-secret-key",
            SECRET_KEY,
            "--stripe-webhook-secret",
            WEBHOOK_SECRET,
            "--stripe-api-base",
            &double.base,
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("1 paid"), "{stdout}");
    assert_eq!(status_of(&app, &token, &id).await["status"], "paid");
}

/// The double signs as Stripe does: Stripe's official library (npm `stripe`, installed by
/// `npm ci` in e2e/) accepts its signature and refuses a tampered payload. Needs Node and
/// e2e/node_modules (the browser-journey stage has both); elsewhere it says it did not run.
#[tokio::test]
async fn the_doubles_signatures_verify_with_stripes_official_library() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let script = root.join("e2e/lib/verify_stripe_signature.mjs");
    let library = root.join("e2e/node_modules/stripe/package.json");
    let node = std::process::Command::new("node").arg("--version").output();
    if !library.exists() || node.is_err() {
        assert!(
            std::env::var("GARITA_REQUIRE_STRIPE_LIBRARY").is_err(),
            "Stripe's library is required here: run `npm ci` in e2e/"
        );
        eprintln!("not run: Node or e2e/node_modules/stripe missing (npm ci in e2e/)");
        return;
    }
    let double = StripeDouble::start().await;
    let (_, payload) = double.event("checkout.session.completed", "cs_test_library_check");
    let t = common::test_start().timestamp();
    let header = signature_header(WEBHOOK_SECRET, t, &payload);
    let dir = std::env::temp_dir().join(format!(
        "garita-stripe-{}",
        &garita::storage::vault::random_id()[..12]
    ));
    std::fs::create_dir_all(&dir).unwrap();
    // The tests' clock is frozen; give the library a tolerance reaching it.
    let tolerance = "4000000000";
    let run = |body: &str| {
        let file = dir.join("payload.json");
        std::fs::write(&file, body).unwrap();
        std::process::Command::new("node")
            .arg(&script)
            .arg(&file)
            .arg(&header)
            .arg(WEBHOOK_SECRET)
            .arg(tolerance)
            .output()
            .unwrap()
    };
    let ok = run(&payload);
    assert!(
        ok.status.success(),
        "Stripe's library refused the double's signature: {}{}",
        String::from_utf8_lossy(&ok.stdout),
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).starts_with("ok evt_"));
    let tampered = run(&payload.replace("checkout.session.completed", "checkout.session.expired"));
    assert!(
        !tampered.status.success(),
        "a tampered payload must be refused"
    );
    // And Garita's own verification agrees with the library on both.
    assert!(
        garita::payments::stripe::verify(&header, payload.as_bytes(), WEBHOOK_SECRET, t).is_ok()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Without a `Stripe-Signature` the webhook is a 400, whether card payments are configured
/// or not (the signature is checked first; unconfigured with one present is 404).
#[tokio::test]
async fn a_webhook_without_a_signature_is_400_even_unconfigured() {
    let app = common::spawn_app().await;
    let unsigned = app
        .api
        .post(app.url("/api/v1/payments/stripe/webhook"))
        .header("content-type", "application/json")
        .body("\"\"")
        .send()
        .await
        .unwrap();
    assert_eq!(unsigned.status(), 400);
    assert_eq!(webhook(&app, "\"\"", "v1=00,t=1").await.status(), 400);
    assert_eq!(webhook(&app, "\"\"", "t=1,v1=00").await.status(), 404);
    let (configured, _double) = with_stripe().await;
    let unsigned = configured
        .api
        .post(configured.url("/api/v1/payments/stripe/webhook"))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(unsigned.status(), 400);
}

#[derive(sqlx::FromRow)]
struct Stored {
    status: String,
    valid_until: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct StoredApplicant {
    id: String,
    status: String,
}

/// The submission's state and valid-until, and its applicants' states and ids, as stored
/// (sessions lapse when the tests move the clock by weeks).
async fn stored(app: &TestApp, id: &str) -> (Stored, Vec<StoredApplicant>) {
    let s: Stored = sqlx::query_as("SELECT status, valid_until FROM i94_submissions WHERE id = $1")
        .bind(id)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    let applicants: Vec<StoredApplicant> = sqlx::query_as(
        "SELECT id, status FROM i94_applicants WHERE submission_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&app.state.db.read)
    .await
    .unwrap();
    (s, applicants)
}

#[tokio::test]
async fn a_card_payment_confirmed_after_the_application_lapsed_revives_it() {
    let (app, double) = with_stripe().await;
    let (_, id, session) = checkout(&app, &double, 2).await;
    // The traveler pays on the hosted page, but the confirmation arrives only after the
    // unpaid application lapsed (7 days after the arrival date) and the job expired it.
    let lapse = stored(&app, &id).await.0.valid_until.unwrap();
    app.clock
        .set(chrono::DateTime::from_timestamp(lapse + 60, 0).unwrap());
    assert_eq!(garita::i94::expire(&app.state).await.unwrap(), 1);
    let (s, applicants) = stored(&app, &id).await;
    assert_eq!(s.status, "expired");
    assert!(applicants.iter().all(|a| a.status == "expired"));

    double.pay(&session);
    assert_eq!(
        send_event(&app, &double, "checkout.session.completed", &session).await,
        200
    );
    // The fee is not refunded, so the paid application is not lost: it is paid, valid 7 days
    // from the confirmation, and its people wait for the officer again.
    let (s, applicants) = stored(&app, &id).await;
    assert_eq!(s.status, "paid");
    let valid = app.now().timestamp() + 7 * 86_400;
    assert_eq!(s.valid_until, Some(valid));
    assert!(applicants.iter().all(|a| a.status == "pending"));
    let paid: String =
        sqlx::query_scalar("SELECT status FROM i94_payments WHERE submission_id = $1")
            .bind(&id)
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(paid, "paid");
    // The job leaves it alone until then; a replayed confirmation changes nothing.
    assert_eq!(garita::i94::expire(&app.state).await.unwrap(), 0);
    assert_eq!(
        send_event(
            &app,
            &double,
            "checkout.session.async_payment_succeeded",
            &session
        )
        .await,
        200
    );
    assert_eq!(stored(&app, &id).await.0.valid_until, Some(valid));
    // An officer may now admit them.
    let officer = app
        .staff(garita_domain::roles::Role::Officer, Some("san-ysidro"))
        .await;
    let until = (app.port_today("san-ysidro") + chrono::Duration::days(30)).to_string();
    let res = app
        .post_json(
            &format!(
                "/api/v1/console/i94/applicants/{}/decision",
                applicants[0].id
            ),
            Some(&officer),
            &json!({"decision": "admitted", "class_of_admission": "B2", "admit_until": until,
                    "fingerprints_taken": true}),
        )
        .await;
    assert_eq!(res.status(), 204, "{}", res.text().await.unwrap());
    // Seven days after the confirmation it expires like any paid application; a late replay
    // does not pay it a second time.
    app.clock
        .set(chrono::DateTime::from_timestamp(valid, 0).unwrap());
    assert_eq!(garita::i94::expire(&app.state).await.unwrap(), 1);
    assert_eq!(
        send_event(&app, &double, "checkout.session.completed", &session).await,
        200
    );
    let (s, applicants) = stored(&app, &id).await;
    assert_eq!(s.status, "expired");
    assert_eq!(s.valid_until, Some(valid));
    assert_eq!(applicants[0].status, "admitted");
    assert_eq!(applicants[1].status, "expired");
}
