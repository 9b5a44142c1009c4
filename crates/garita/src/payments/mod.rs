//! Paying for a provisional I-94: one payment covers every applicant of a submission, at the
//! fee in force that day (integer cents, recorded on the payment); no refund once paid. Two
//! providers: `at_port` (the traveler pays at the port; the officer records the receipt) and
//! `stripe` (card checkout through Stripe Checkout Sessions, confirmed by a signed webhook, or
//! by `garita payments reconcile` when a confirmation was lost).
//!
//! Every provider ends in [`settle`]: one conditional update of the payment (a paid payment
//! never changes again, see `garita_domain::i94::PaymentStatus::may_become`) and, when it
//! became paid, of the submission — so a replayed, late or out-of-order confirmation can
//! neither pay twice nor un-pay.

pub mod at_port;
pub mod stripe;

use chrono::{DateTime, Utc};
use garita_domain::i94::{PaymentProvider, PaymentStatus};

use crate::config::Secret;
use crate::http::errors::Error;
use crate::storage::Tx;

/// The payment providers' settings (`serve` flags; none in tests unless set).
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Card checkout; `None`: only "pay at the port" is offered.
    pub stripe: Option<StripeSettings>,
}

#[derive(Debug, Clone)]
pub struct StripeSettings {
    /// `https://api.stripe.com` (or a server speaking its protocol, in tests).
    pub api_base: String,
    /// The secret API key (`sk_live_…` / `sk_test_…`).
    pub secret_key: Secret,
    /// The webhook endpoint's signing secret (`whsec_…`).
    pub webhook_secret: Secret,
    /// The site's public address, for the checkout's return links.
    pub public_url: String,
}

/// `serve`'s and `payments reconcile`'s flags for card checkout.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct StripeArgs {
    /// Stripe's secret API key; with --stripe-webhook-secret, turns on card checkout.
    #[arg(long, env = "GARITA_STRIPE_SECRET_KEY", hide_env_values = true)]
    pub stripe_secret_key: Option<String>,
    /// The signing secret of the webhook endpoint /api/v1/payments/stripe/webhook.
    #[arg(long, env = "GARITA_STRIPE_WEBHOOK_SECRET", hide_env_values = true)]
    pub stripe_webhook_secret: Option<String>,
    #[arg(
        long,
        env = "GARITA_STRIPE_API_BASE",
        default_value = "https://api.stripe.com"
    )]
    pub stripe_api_base: String,
}

impl StripeArgs {
    pub fn settings(&self, public_url: &str) -> Settings {
        Settings {
            stripe: match (&self.stripe_secret_key, &self.stripe_webhook_secret) {
                (Some(key), Some(hook)) => Some(StripeSettings {
                    api_base: self.stripe_api_base.trim_end_matches('/').to_string(),
                    secret_key: Secret(key.clone()),
                    webhook_secret: Secret(hook.clone()),
                    public_url: public_url.trim_end_matches('/').to_string(),
                }),
                _ => None,
            },
        }
    }
}

#[derive(sqlx::FromRow)]
struct PaymentState {
    id: String,
    submission_id: String,
    status: String,
}

/// What settling changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settled {
    /// No payment with that reference (logged by the caller; nothing changed).
    Unknown,
    /// Already in that state, or a change the rules refuse (paid stays paid).
    Unchanged,
    /// The payment moved to the new state (and, if paid, its submission too).
    Changed,
}

/// Moves the payment `(provider, reference)` to `next` inside the caller's transaction, if the
/// rules allow it; a payment that becomes paid pays its submission (if it still waits for
/// payment). Idempotent and safe in any order.
pub async fn settle(
    tx: &mut Tx,
    provider: PaymentProvider,
    reference: &str,
    next: PaymentStatus,
    at: DateTime<Utc>,
) -> Result<Settled, Error> {
    let row: Option<PaymentState> = sqlx::query_as(
        "SELECT id, submission_id, status FROM i94_payments WHERE provider = $1 AND provider_ref = $2",
    )
    .bind(provider.as_str())
    .bind(reference)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(row) = row else {
        return Ok(Settled::Unknown);
    };
    let Some(now) = PaymentStatus::parse(&row.status) else {
        return Err(Error::Internal(anyhow::anyhow!(
            "payment {}: unreadable status {:?}",
            row.id,
            row.status
        )));
    };
    if !now.may_become(next) {
        return Ok(Settled::Unchanged);
    }
    let paid_at = (next == PaymentStatus::Paid).then_some(at.timestamp());
    let changed = sqlx::query(
        "UPDATE i94_payments SET status = $1, updated_at = $2, paid_at = COALESCE(paid_at, $3)
         WHERE id = $4 AND status = $5",
    )
    .bind(next.as_str())
    .bind(at.timestamp())
    .bind(paid_at)
    .bind(&row.id)
    .bind(now.as_str())
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Ok(Settled::Unchanged);
    }
    if next == PaymentStatus::Paid {
        crate::i94::mark_paid(tx, &row.submission_id, at).await?;
    }
    Ok(Settled::Changed)
}
