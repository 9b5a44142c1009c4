//! A local server speaking Stripe's documented Checkout Sessions protocol, for the payment
//! tests: `POST /v1/checkout/sessions` (form-encoded, `Authorization: Bearer sk_…`; answers
//! with a Checkout Session object or Stripe's `{"error": {...}}` body), `GET
//! /v1/checkout/sessions/{id}`, and webhook events signed as Stripe signs them
//! (`Stripe-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.payload">` under the endpoint's
//! `whsec_` secret). Its signatures are checked with Stripe's own library by
//! `payments::the_doubles_signatures_verify_with_stripes_official_library`, so it cannot drift
//! from the real scheme.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use hmac::{Hmac, Mac};
use serde_json::{json, Value};

pub const SECRET_KEY: &str = "sk_test_garita_double_0123456789";
pub const WEBHOOK_SECRET: &str = "whsec_garita_double_0123456789abcdef";

/// One request's form fields, in order.
pub type Form = Vec<(String, String)>;

/// What the double holds: each session by id, and the form of each create request.
#[derive(Clone, Default)]
pub struct StripeDouble {
    pub base: String,
    sessions: Arc<Mutex<HashMap<String, Value>>>,
    pub created: Arc<Mutex<Vec<Form>>>,
    /// Idempotency-Key headers seen on creates.
    pub idempotency_keys: Arc<Mutex<Vec<String>>>,
}

fn stripe_error(status: StatusCode, message: &str) -> (StatusCode, Json<Value>) {
    (
        status,
        Json(json!({"error": {"type": "invalid_request_error", "message": message}})),
    )
}

fn authorized(headers: &HeaderMap) -> bool {
    headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == format!("Bearer {SECRET_KEY}"))
}

async fn create(
    State(d): State<StripeDouble>,
    headers: HeaderMap,
    body: String,
) -> (StatusCode, Json<Value>) {
    if !authorized(&headers) {
        return stripe_error(StatusCode::UNAUTHORIZED, "Invalid API Key provided");
    }
    let form: Vec<(String, String)> = match serde_urlencoded::from_str(&body) {
        Ok(f) => f,
        Err(_) => return stripe_error(StatusCode::BAD_REQUEST, "Invalid form body"),
    };
    let field = |k: &str| {
        form.iter()
            .find(|(name, _)| name == k)
            .map(|(_, v)| v.clone())
    };
    for required in [
        "mode",
        "success_url",
        "line_items[0][quantity]",
        "line_items[0][price_data][currency]",
        "line_items[0][price_data][unit_amount]",
        "line_items[0][price_data][product_data][name]",
    ] {
        if field(required).is_none() {
            return stripe_error(
                StatusCode::BAD_REQUEST,
                &format!("Missing required param: {required}."),
            );
        }
    }
    let unit: i64 = field("line_items[0][price_data][unit_amount]")
        .and_then(|v| v.parse().ok())
        .unwrap_or(-1);
    let quantity: i64 = field("line_items[0][quantity]")
        .and_then(|v| v.parse().ok())
        .unwrap_or(-1);
    if unit < 0 || quantity < 1 {
        return stripe_error(StatusCode::BAD_REQUEST, "Invalid integer");
    }
    if let Some(key) = headers.get("idempotency-key").and_then(|v| v.to_str().ok()) {
        d.idempotency_keys.lock().unwrap().push(key.to_string());
    }
    let n = d.created.lock().unwrap().len();
    let id = format!(
        "cs_test_{n:04}{}",
        &garita::storage::vault::random_id()[..20]
    );
    let session = json!({
        "id": id,
        "object": "checkout.session",
        "mode": field("mode"),
        "status": "open",
        "payment_status": "unpaid",
        "amount_total": unit * quantity,
        "currency": field("line_items[0][price_data][currency]"),
        "client_reference_id": field("client_reference_id"),
        "metadata": {"submission_id": field("metadata[submission_id]")},
        "success_url": field("success_url"),
        "cancel_url": field("cancel_url"),
        "url": format!("https://checkout.stripe.com/c/pay/{id}"),
    });
    d.created.lock().unwrap().push(form);
    d.sessions
        .lock()
        .unwrap()
        .insert(id.clone(), session.clone());
    (StatusCode::OK, Json(session))
}

async fn retrieve(
    State(d): State<StripeDouble>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> (StatusCode, Json<Value>) {
    if !authorized(&headers) {
        return stripe_error(StatusCode::UNAUTHORIZED, "Invalid API Key provided");
    }
    match d.sessions.lock().unwrap().get(&id) {
        Some(s) => (StatusCode::OK, Json(s.clone())),
        None => stripe_error(
            StatusCode::NOT_FOUND,
            &format!("No such checkout.session: '{id}'"),
        ),
    }
}

impl StripeDouble {
    /// Starts the double on a free local port.
    pub async fn start() -> StripeDouble {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let d = StripeDouble {
            base: format!("http://{}", listener.local_addr().unwrap()),
            ..Default::default()
        };
        let app = Router::new()
            .route("/v1/checkout/sessions", post(create))
            .route("/v1/checkout/sessions/{id}", get(retrieve))
            .with_state(d.clone());
        tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        d
    }

    /// The session as Stripe holds it now.
    pub fn session(&self, id: &str) -> Value {
        self.sessions.lock().unwrap()[id].clone()
    }

    /// The customer paid on the hosted page (the session completes, paid).
    pub fn pay(&self, id: &str) {
        let mut s = self.sessions.lock().unwrap();
        let session = s.get_mut(id).unwrap();
        session["status"] = json!("complete");
        session["payment_status"] = json!("paid");
    }

    /// The session completed with a delayed method (a bank debit): paid later or not.
    pub fn complete_unpaid(&self, id: &str) {
        let mut s = self.sessions.lock().unwrap();
        s.get_mut(id).unwrap()["status"] = json!("complete");
    }

    /// The session expired unpaid.
    pub fn expire(&self, id: &str) {
        let mut s = self.sessions.lock().unwrap();
        s.get_mut(id).unwrap()["status"] = json!("expired");
    }

    /// An event of `kind` about the session as it is now: (event id, JSON payload).
    pub fn event(&self, kind: &str, session_id: &str) -> (String, String) {
        let session = self
            .sessions
            .lock()
            .unwrap()
            .get(session_id)
            .cloned()
            .unwrap_or_else(|| json!({"id": session_id, "object": "checkout.session"}));
        let id = format!("evt_{}", &garita::storage::vault::random_id()[..24]);
        let payload = json!({
            "id": id,
            "object": "event",
            "api_version": "2025-03-31.basil",
            "created": 1_781_000_000,
            "type": kind,
            "livemode": false,
            "data": {"object": session},
        });
        (id, payload.to_string())
    }
}

/// The `Stripe-Signature` header Stripe sends for `payload` at time `t` under `secret`.
pub fn signature_header(secret: &str, t: i64, payload: &str) -> String {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{t}.{payload}").as_bytes());
    format!("t={t},v1={}", hex::encode(mac.finalize().into_bytes()))
}
