//! Paying at the port: the traveler pays the officer, who records the receipt number. The
//! payment is written already paid, with the fee in force that day, and the submission paid
//! in the same transaction (and audited there).

use std::net::IpAddr;

use garita_domain::i94::{self, PaymentProvider, PaymentStatus, SubmissionStatus};
use garita_domain::validation::{bounded_text, Problem};

use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;
use crate::storage::vault::random_id;

/// A receipt number as the port's cash register prints it: 3 to 40 letters, digits and
/// dashes (stored without spaces, upper case).
pub fn parse_receipt(raw: &str) -> Result<String, Problem> {
    let r = bounded_text(raw, 3, 40)?;
    let r: String = r
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        Ok(r)
    } else {
        Err(Problem::InvalidCharacters)
    }
}

/// Records the port's receipt for a submission waiting for payment. An expired submission,
/// one already paid, a draft, or a receipt number already used are each refused (409, own
/// code) and nothing is written.
pub async fn record(
    app: &AppState,
    officer: &Account,
    port_id: &str,
    ip: IpAddr,
    submission_id: &str,
    receipt_raw: &str,
) -> Result<(), Error> {
    let receipt = parse_receipt(receipt_raw).map_err(|p| Error::field("receipt_number", p))?;
    let s = crate::i94::get_any(app, submission_id).await?;
    let now = app.clock.now();
    let paid_at = s
        .paid_at
        .and_then(|t| chrono::DateTime::from_timestamp(t, 0));
    match s.status() {
        Some(SubmissionStatus::Expired) => return Err(Error::Conflict("i94-expired")),
        Some(SubmissionStatus::Paid) => return Err(Error::Conflict("i94-already-paid")),
        Some(SubmissionStatus::Draft) | None => return Err(Error::Conflict("i94-not-draft")),
        Some(SubmissionStatus::AwaitingPayment) => {}
    }
    if i94::has_expired(
        SubmissionStatus::AwaitingPayment,
        s.arrival_date,
        paid_at,
        now,
    ) {
        return Err(Error::Conflict("i94-expired"));
    }
    let fee = crate::i94::fee_today(app);
    let n = s.applicants.len();
    let mut tx = app.db.begin().await?;
    if !insert_paid(
        &mut tx,
        submission_id,
        &receipt,
        fee,
        n,
        Some(officer.id),
        now,
    )
    .await?
    {
        return Err(Error::Conflict("i94-receipt-used"));
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(officer),
            action: "i94-payment",
            subject: format!("i94:{submission_id}"),
            detail: format!(
                "provider=at_port port={port_id} applicants={n} fee_cents={fee} amount_cents={}",
                i94::amount_cents(fee, n)
            ),
            ip,
            at: now.timestamp(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Writes the port's payment and settles it (paying the submission) in the caller's
/// transaction. `false` if the receipt number was already used (nothing written).
pub async fn insert_paid(
    tx: &mut crate::storage::Tx,
    submission_id: &str,
    receipt: &str,
    fee: i64,
    applicants: usize,
    recorded_by: Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, Error> {
    let inserted = sqlx::query(
        "INSERT INTO i94_payments (id, submission_id, provider, provider_ref, status, fee_cents, applicants, amount_cents,
           currency, recorded_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
         ON CONFLICT (provider, provider_ref) DO NOTHING",
    )
    .bind(random_id())
    .bind(submission_id)
    .bind(PaymentProvider::AtPort.as_str())
    .bind(receipt)
    .bind(PaymentStatus::Open.as_str())
    .bind(fee)
    .bind(applicants as i64)
    .bind(i94::amount_cents(fee, applicants))
    .bind(crate::i94::CURRENCY)
    .bind(recorded_by)
    .bind(now.timestamp())
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if inserted == 0 {
        return Ok(false);
    }
    super::settle(
        tx,
        PaymentProvider::AtPort,
        receipt,
        PaymentStatus::Paid,
        now,
    )
    .await?;
    Ok(true)
}
