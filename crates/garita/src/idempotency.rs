//! Idempotent submissions: a client (or a form, through a hidden field) names each submission
//! with a key; the first one to claim the key does the work and records its answer in the same
//! transaction, and a retry with the same key gets that answer back instead of a second write.

use crate::http::errors::Error;
use crate::storage::Tx;

pub enum Claim {
    /// First time: go ahead, then `record` the answer before committing.
    Fresh,
    /// Seen before: the recorded (status, body).
    Replay(u16, String),
}

pub fn valid_key(key: &str) -> bool {
    (8..=100).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic())
}

/// A response kept for a key, to answer a retry with.
#[derive(sqlx::FromRow)]
struct StoredResponse {
    request_hash: String,
    response_status: i64,
    response_body: String,
}

pub async fn claim(
    tx: &mut Tx,
    account_id: i64,
    key: &str,
    request_hash: &str,
    now: i64,
) -> Result<Claim, Error> {
    if !valid_key(key) {
        return Err(Error::BadRequest("idempotency-key-invalid"));
    }
    let inserted = sqlx::query(
        "INSERT INTO idempotency_keys (account_id, key, request_hash, response_status, response_body, created_at)
         VALUES ($1, $2, $3, 0, '', $4) ON CONFLICT (account_id, key) DO NOTHING",
    )
    .bind(account_id)
    .bind(key)
    .bind(request_hash)
    .bind(now)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if inserted == 1 {
        return Ok(Claim::Fresh);
    }
    let stored: StoredResponse = sqlx::query_as(
        "SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE account_id = $1 AND key = $2",
    )
    .bind(account_id)
    .bind(key)
    .fetch_one(&mut **tx)
    .await?;
    if stored.request_hash != request_hash {
        return Err(Error::Conflict("idempotency-key-reused"));
    }
    let status = u16::try_from(stored.response_status).map_err(|_| {
        Error::Internal(anyhow::anyhow!(
            "idempotency key {key}: stored status {} is not an HTTP status",
            stored.response_status
        ))
    })?;
    Ok(Claim::Replay(status, stored.response_body))
}

pub async fn record(
    tx: &mut Tx,
    account_id: i64,
    key: &str,
    status: u16,
    body: &str,
) -> Result<(), Error> {
    sqlx::query("UPDATE idempotency_keys SET response_status = $1, response_body = $2 WHERE account_id = $3 AND key = $4")
        .bind(i64::from(status))
        .bind(body)
        .bind(account_id)
        .bind(key)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
