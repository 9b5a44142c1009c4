//! Card checkout with Stripe (Checkout Sessions API): a session is created with a
//! form-encoded `POST /v1/checkout/sessions` (amount in cents: the fee in force × the
//! applicants), the traveler is sent to its hosted page, and Stripe's webhook tells the
//! outcome. The webhook is verified as Stripe documents: `Stripe-Signature: t=…,v1=…`, each
//! `v1` the hex HMAC-SHA256 of `"{t}.{payload}"` under the endpoint's secret, compared in
//! constant time, `t` within 300 s of now. Handled events: `checkout.session.completed`
//! (paid if its `payment_status` is `paid`), `checkout.session.async_payment_succeeded`,
//! `checkout.session.async_payment_failed`, `checkout.session.expired`. Each event id is
//! applied once (`payment_events`, in the transaction of the change), and `super::settle`
//! keeps the order safe. `reconcile` asks Stripe for every session still open, for a
//! confirmation that was lost (a crash between Stripe's answer and our write).

use std::net::IpAddr;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use chrono::{DateTime, Utc};
use garita_domain::i94::{self, PaymentProvider, PaymentStatus, SubmissionStatus};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{settle, Settled, StripeSettings};
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;
use crate::storage::vault::random_id;

/// How far a signature's timestamp may be from now (Stripe's default tolerance).
pub const TOLERANCE_SECS: i64 = 300;
pub const WEBHOOK_PATH: &str = "/api/v1/payments/stripe/webhook";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(webhook))
}

/// Why a signature is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadSignature {
    Missing,
    Malformed,
    OutsideTolerance,
    NoMatch,
}

/// Stripe's signature of `payload` at `t` under `secret`: the hex HMAC-SHA256 of "t.payload".
pub fn sign(secret: &str, t: i64, payload: &[u8]) -> String {
    let mut mac = match Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()) {
        Ok(m) => m,
        Err(_) => return String::new(),
    };
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(payload);
    hex::encode(mac.finalize().into_bytes())
}

/// Verifies a `Stripe-Signature` header: any of its `v1` signatures must match (Stripe sends
/// two while a secret is being rolled), compared in constant time, and `t` must be within
/// `TOLERANCE_SECS` of `now`.
pub fn verify(header: &str, payload: &[u8], secret: &str, now: i64) -> Result<(), BadSignature> {
    if header.trim().is_empty() {
        return Err(BadSignature::Missing);
    }
    let mut t: Option<i64> = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", v)) => t = v.parse().ok(),
            Some(("v1", v)) => signatures.push(v),
            _ => {}
        }
    }
    let t = t.ok_or(BadSignature::Malformed)?;
    if signatures.is_empty() {
        return Err(BadSignature::Malformed);
    }
    if (now - t).abs() > TOLERANCE_SECS {
        return Err(BadSignature::OutsideTolerance);
    }
    for s in signatures {
        let Ok(given) = hex::decode(s) else { continue };
        let Ok(mut mac) = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()) else {
            return Err(BadSignature::NoMatch);
        };
        mac.update(t.to_string().as_bytes());
        mac.update(b".");
        mac.update(payload);
        // `verify_slice` compares in constant time.
        if mac.verify_slice(&given).is_ok() {
            return Ok(());
        }
    }
    Err(BadSignature::NoMatch)
}

#[derive(Deserialize)]
struct Session {
    id: String,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    payment_status: Option<String>,
}

#[derive(Deserialize)]
struct EventData {
    object: Session,
}

#[derive(Deserialize)]
struct Event {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    data: EventData,
}

/// What an event means for the payment, if anything.
fn outcome(kind: &str, session: &Session) -> Option<PaymentStatus> {
    match kind {
        "checkout.session.completed" => {
            (session.payment_status.as_deref() == Some("paid")).then_some(PaymentStatus::Paid)
        }
        "checkout.session.async_payment_succeeded" => Some(PaymentStatus::Paid),
        "checkout.session.async_payment_failed" => Some(PaymentStatus::Failed),
        "checkout.session.expired" => Some(PaymentStatus::Expired),
        _ => None,
    }
}

/// What a session's current state (as `GET /v1/checkout/sessions/{id}` answers) means.
fn state_of(session: &Session) -> Option<PaymentStatus> {
    match (session.status.as_deref(), session.payment_status.as_deref()) {
        (_, Some("paid")) | (_, Some("no_payment_required")) => Some(PaymentStatus::Paid),
        (Some("expired"), _) => Some(PaymentStatus::Expired),
        _ => None,
    }
}

fn config(app: &AppState) -> Result<&StripeSettings, Error> {
    app.settings
        .payments
        .stripe
        .as_ref()
        .ok_or(Error::Conflict("card-payments-off"))
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(20))
        .build()
        .unwrap_or_default()
}

/// Starts (or resumes) a card checkout for the account's submission waiting for payment and
/// returns the hosted page's address. The amount is the fee in force today × the applicants.
pub async fn start_checkout(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    submission_id: &str,
) -> Result<String, Error> {
    let cfg = config(app)?;
    let s = crate::i94::get(app, account.id, submission_id).await?;
    let now = app.clock.now();
    match s.status() {
        Some(SubmissionStatus::AwaitingPayment) => {}
        Some(SubmissionStatus::Paid) => return Err(Error::Conflict("i94-already-paid")),
        Some(SubmissionStatus::Expired) => return Err(Error::Conflict("i94-expired")),
        _ => return Err(Error::Conflict("i94-not-draft")),
    }
    if i94::has_expired(SubmissionStatus::AwaitingPayment, s.arrival_date, None, now) {
        return Err(Error::Conflict("i94-expired"));
    }
    // A checkout already open for it is offered again rather than a second one.
    if let Some(url) = s.payments.iter().find_map(|p| {
        (p.provider == PaymentProvider::Stripe.as_str() && p.status == PaymentStatus::Open.as_str())
            .then(|| p.checkout_url.clone())
            .flatten()
    }) {
        return Ok(url);
    }
    let fee = crate::i94::fee_today(app);
    let n = s.applicants.len();
    let base = &cfg.public_url;
    let form: Vec<(&str, String)> = vec![
        ("mode", "payment".into()),
        ("client_reference_id", submission_id.into()),
        ("metadata[submission_id]", submission_id.into()),
        (
            "success_url",
            format!("{base}/i94/{submission_id}?paid=card"),
        ),
        ("cancel_url", format!("{base}/i94/{submission_id}")),
        ("line_items[0][quantity]", n.to_string()),
        (
            "line_items[0][price_data][currency]",
            crate::i94::CURRENCY.into(),
        ),
        ("line_items[0][price_data][unit_amount]", fee.to_string()),
        (
            "line_items[0][price_data][product_data][name]",
            "Provisional I-94 (land)".into(),
        ),
    ];
    let res = client()
        .post(format!("{}/v1/checkout/sessions", cfg.api_base))
        .bearer_auth(&cfg.secret_key.0)
        .header("Idempotency-Key", format!("i94-{submission_id}-{fee}-{n}"))
        .form(&form)
        .send()
        .await
        .map_err(|e| Error::Internal(anyhow::anyhow!("stripe: {e}")))?;
    if !res.status().is_success() {
        return Err(Error::Internal(anyhow::anyhow!(
            "stripe: checkout session answered {}",
            res.status()
        )));
    }
    let session: Session = res
        .json()
        .await
        .map_err(|e| Error::Internal(anyhow::anyhow!("stripe: {e}")))?;
    let url = session
        .url
        .clone()
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("stripe: session without url")))?;
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "INSERT INTO i94_payments (id, submission_id, provider, provider_ref, status, fee_cents, applicants, amount_cents,
           currency, checkout_url, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
         ON CONFLICT (provider, provider_ref) DO NOTHING",
    )
    .bind(random_id())
    .bind(submission_id)
    .bind(PaymentProvider::Stripe.as_str())
    .bind(&session.id)
    .bind(PaymentStatus::Open.as_str())
    .bind(fee)
    .bind(n as i64)
    .bind(i94::amount_cents(fee, n))
    .bind(crate::i94::CURRENCY)
    .bind(&url)
    .bind(now.timestamp())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "i94-checkout",
            subject: format!("i94:{submission_id}"),
            detail: format!(
                "provider=stripe applicants={n} fee_cents={fee} amount_cents={}",
                i94::amount_cents(fee, n)
            ),
            ip,
            at: now.timestamp(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(url)
}

/// Applies one verified event: once per event id, in one transaction.
async fn apply(app: &AppState, event: &Event, at: DateTime<Utc>) -> Result<Settled, Error> {
    let ours: Option<String> =
        sqlx::query_scalar("SELECT id FROM i94_payments WHERE provider = $1 AND provider_ref = $2")
            .bind(PaymentProvider::Stripe.as_str())
            .bind(&event.data.object.id)
            .fetch_optional(&app.db.read)
            .await?;
    if ours.is_none() {
        // Nothing of ours: keep nothing either (not even the event id).
        return Ok(Settled::Unknown);
    }
    let mut tx = app.db.begin().await?;
    let fresh = sqlx::query(
        "INSERT INTO payment_events (provider, event_id, event_type, received_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (provider, event_id) DO NOTHING",
    )
    .bind(PaymentProvider::Stripe.as_str())
    .bind(&event.id)
    .bind(&event.kind)
    .bind(at.timestamp())
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !fresh {
        return Ok(Settled::Unchanged);
    }
    let settled = match outcome(&event.kind, &event.data.object) {
        Some(next) => {
            settle(
                &mut tx,
                PaymentProvider::Stripe,
                &event.data.object.id,
                next,
                at,
            )
            .await?
        }
        None => Settled::Unchanged,
    };
    tx.commit().await?;
    Ok(settled)
}

/// Stripe's webhook. A signature that does not verify is a 400 and changes nothing; an event
/// for a session Garita does not know is logged and answered 200; a replay or a late event
/// changes nothing.
#[utoipa::path(post, path = "/api/v1/payments/stripe/webhook", tag = "i94",
    request_body(content = String, description = "A Stripe event (JSON), signed in the Stripe-Signature header", content_type = "application/json"),
    params(("Stripe-Signature" = String, Header, pattern = "^t=[0-9]+,v1=[0-9a-f]+", description = "t=<unix time>,v1=<hex HMAC-SHA256 of \"t.payload\">")),
    responses((status = 200, description = "Received (applied, already applied, or not ours)"),
              (status = 400, description = "Signature missing, malformed, outside 300 s or wrong; or not an event", content_type = "application/problem+json"),
              (status = 401, description = "Never: the signature is the authentication", content_type = "application/problem+json"),
              (status = 403, description = "Never", content_type = "application/problem+json"),
              (status = 404, description = "Card payments are not configured (a signature present)", content_type = "application/problem+json"),
              (status = 422, description = "Never", content_type = "application/problem+json"),
              (status = 429, description = "Too many requests", content_type = "application/problem+json")))]
pub async fn webhook(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, Error> {
    // A missing or malformed signature (not of the documented pattern) is refused first,
    // whether card payments are configured or not.
    let raw = headers
        .get("stripe-signature")
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !well_formed(raw) {
        return Err(Error::BadRequest("webhook-signature"));
    }
    let header = std::str::from_utf8(raw).unwrap_or("");
    let Some(cfg) = &app.settings.payments.stripe else {
        return Err(Error::NotFound);
    };
    let now = app.clock.now();
    if let Err(why) = verify(header, &body, &cfg.webhook_secret.0, now.timestamp()) {
        tracing::warn!(?why, "Stripe webhook with a bad signature refused");
        return Err(Error::BadRequest("webhook-signature"));
    }
    let event: Event =
        serde_json::from_slice(&body).map_err(|_| Error::BadRequest("malformed-json"))?;
    match apply(&app, &event, now).await? {
        Settled::Unknown => {
            tracing::warn!(
                event = %event.id,
                session = %event.data.object.id,
                "Stripe event for a checkout session Garita does not know: ignored"
            );
        }
        Settled::Changed => {
            tracing::info!(event = %event.id, kind = %event.kind, "Stripe event applied")
        }
        Settled::Unchanged => {}
    }
    Ok(StatusCode::OK)
}

/// Whether a `Stripe-Signature` starts as the documented pattern says,
/// `^t=[0-9]+,v1=[0-9a-f]+` (what follows is free).
fn well_formed(header: &[u8]) -> bool {
    let Some(rest) = header.strip_prefix(b"t=") else {
        return false;
    };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let Some(rest) = rest[digits..].strip_prefix(b",v1=") else {
        return false;
    };
    digits > 0
        && rest
            .first()
            .is_some_and(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[derive(sqlx::FromRow)]
struct OpenSession {
    provider_ref: String,
}

/// What `reconcile` did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Reconciled {
    pub asked: usize,
    pub paid: usize,
    pub expired: usize,
}

/// Asks Stripe for the state of every checkout still open and settles those that were paid
/// or expired meanwhile (`garita payments reconcile`; safe to run any time, and again).
pub async fn reconcile(app: &AppState) -> Result<Reconciled, Error> {
    let cfg = config(app)?;
    let open: Vec<OpenSession> = sqlx::query_as(
        "SELECT provider_ref FROM i94_payments WHERE provider = $1 AND status = $2 ORDER BY created_at",
    )
    .bind(PaymentProvider::Stripe.as_str())
    .bind(PaymentStatus::Open.as_str())
    .fetch_all(&app.db.read)
    .await?;
    let mut done = Reconciled::default();
    let http = client();
    for row in open {
        done.asked += 1;
        let res = http
            .get(format!(
                "{}/v1/checkout/sessions/{}",
                cfg.api_base, row.provider_ref
            ))
            .bearer_auth(&cfg.secret_key.0)
            .send()
            .await
            .map_err(|e| Error::Internal(anyhow::anyhow!("stripe: {e}")))?;
        if !res.status().is_success() {
            tracing::warn!(session = %row.provider_ref, status = %res.status(), "stripe: session not readable");
            continue;
        }
        let session: Session = res
            .json()
            .await
            .map_err(|e| Error::Internal(anyhow::anyhow!("stripe: {e}")))?;
        let Some(next) = state_of(&session) else {
            continue;
        };
        let mut tx = app.db.begin().await?;
        let r = settle(
            &mut tx,
            PaymentProvider::Stripe,
            &row.provider_ref,
            next,
            app.clock.now(),
        )
        .await?;
        tx.commit().await?;
        if r == Settled::Changed {
            match next {
                PaymentStatus::Paid => done.paid += 1,
                PaymentStatus::Expired => done.expired += 1,
                _ => {}
            }
        }
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_and_any_change_is_refused() {
        let payload = br#"{"id":"evt_1"}"#;
        let t = 1_800_000_000;
        let header = format!("t={t},v1={}", sign("whsec_x", t, payload));
        assert_eq!(verify(&header, payload, "whsec_x", t + 10), Ok(()));
        assert_eq!(
            verify(&header, br#"{"id":"evt_2"}"#, "whsec_x", t),
            Err(BadSignature::NoMatch)
        );
        assert_eq!(
            verify(&header, payload, "whsec_y", t),
            Err(BadSignature::NoMatch)
        );
        assert_eq!(
            verify(&header, payload, "whsec_x", t + TOLERANCE_SECS + 1),
            Err(BadSignature::OutsideTolerance)
        );
        assert_eq!(
            verify("", payload, "whsec_x", t),
            Err(BadSignature::Missing)
        );
        assert_eq!(
            verify("v1=abc", payload, "whsec_x", t),
            Err(BadSignature::Malformed)
        );
        // Two signatures while a secret is rolled: either may match.
        let two = format!("t={t},v1=00ff,v1={}", sign("whsec_x", t, payload));
        assert_eq!(verify(&two, payload, "whsec_x", t), Ok(()));
    }

    #[test]
    fn only_a_paid_completion_pays() {
        let s = |ps: &str| Session {
            id: "cs_1".into(),
            url: None,
            status: Some("complete".into()),
            payment_status: Some(ps.into()),
        };
        assert_eq!(
            outcome("checkout.session.completed", &s("paid")),
            Some(PaymentStatus::Paid)
        );
        assert_eq!(outcome("checkout.session.completed", &s("unpaid")), None);
        assert_eq!(
            outcome("checkout.session.async_payment_failed", &s("unpaid")),
            Some(PaymentStatus::Failed)
        );
        assert_eq!(outcome("invoice.paid", &s("paid")), None);
    }
}
