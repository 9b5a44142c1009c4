//! API keys as a request presents them: `Authorization: Bearer gk_live_…` on `/api/`, resolved
//! on every request beside sessions (`session`), never cached, so a revocation holds on the
//! very next request on every process. Managing keys (create, list, revoke) is the
//! `api_keys` feature's; the rules (format, permissions per kind, expiry) are
//! `garita_domain::api_keys`.

use axum::http::StatusCode;
use garita_domain::api_keys::{self as rules, KeyState};
use garita_domain::organisations::OrganisationKind;
use garita_domain::status::OrganisationStatus;

use crate::http::context::KeyCaller;
use crate::http::errors::Failure;
use crate::state::AppState;
use crate::storage::vault::sha256_hex;

/// Requests one key may make in a minute (per process), then 429 with `Retry-After`.
pub const REQUESTS_PER_MINUTE: u32 = 600;

/// `last_used_at` is written at most this often, so a busy key's requests stay reads.
const TOUCH_EVERY_SECS: i64 = 60;

/// What a bearer token that claims to be a key turned out to be.
pub enum Resolved {
    Active(KeyCaller),
    /// Malformed or not a key we issued: the request goes on as anonymous.
    Unknown,
    /// Revoked (401 `api-key-revoked`), expired (401 `api-key-expired`), its organisation
    /// not approved (403 `organisation-not-approved`) or over its allowance (429).
    Refused(Failure),
}

fn refusal(status: StatusCode, code: &'static str, retry_after_secs: Option<u64>) -> Resolved {
    Resolved::Refused(Failure {
        status,
        code,
        fields: Vec::new(),
        retry_after_secs,
        args: Vec::new(),
        reference: None,
    })
}

/// A key as read to authenticate a request, with its organisation's standing.
#[derive(sqlx::FromRow)]
struct Presented {
    id: String,
    organisation_id: i64,
    prefix: String,
    permissions: String,
    expires_at: i64,
    revoked_at: Option<i64>,
    last_used_at: Option<i64>,
    organisation_status: String,
    organisation_kind: String,
}

/// Resolves a bearer token that claims to be a key: one indexed read by hash (joined with the
/// organisation), then the per-key throttle, then at most one write a minute for
/// `last_used_at`.
pub async fn resolve(app: &AppState, token: &str) -> anyhow::Result<Resolved> {
    if rules::parse(token).is_none() {
        return Ok(Resolved::Unknown);
    }
    let hash = sha256_hex(token);
    let row: Option<Presented> = sqlx::query_as(
        "SELECT k.id, k.organisation_id, k.prefix, k.permissions, k.expires_at, k.revoked_at,
                k.last_used_at, o.status AS organisation_status, o.kind AS organisation_kind
         FROM api_keys k JOIN organisations o ON o.id = k.organisation_id
         WHERE k.secret_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(&app.db.read)
    .await?;
    let Some(row) = row else {
        return Ok(Resolved::Unknown);
    };
    let now = app.clock.timestamp();
    match rules::state(now, row.expires_at, row.revoked_at) {
        KeyState::Revoked => return Ok(refusal(StatusCode::UNAUTHORIZED, "api-key-revoked", None)),
        KeyState::Expired => return Ok(refusal(StatusCode::UNAUTHORIZED, "api-key-expired", None)),
        KeyState::Active => {}
    }
    let status = OrganisationStatus::parse(&row.organisation_status).ok_or_else(|| {
        anyhow::anyhow!("organisation of api key {} has an unknown status", row.id)
    })?;
    if status != OrganisationStatus::Approved {
        return Ok(refusal(
            StatusCode::FORBIDDEN,
            "organisation-not-approved",
            None,
        ));
    }
    if let Err(wait) = app.api_key_throttle.try_take(&row.id) {
        return Ok(refusal(
            StatusCode::TOO_MANY_REQUESTS,
            "too-many-requests",
            Some(wait),
        ));
    }
    let permissions = rules::from_text(&row.permissions)
        .ok_or_else(|| anyhow::anyhow!("api key {} has an unknown permission", row.id))?;
    let organisation_kind = OrganisationKind::parse(&row.organisation_kind)
        .ok_or_else(|| anyhow::anyhow!("organisation of api key {} has an unknown kind", row.id))?;
    if row.last_used_at.is_none_or(|t| now - t >= TOUCH_EVERY_SECS) {
        // Conditional, so requests that arrive together write once.
        sqlx::query(
            "UPDATE api_keys SET last_used_at = $1
             WHERE id = $2 AND (last_used_at IS NULL OR last_used_at <= $3)",
        )
        .bind(now)
        .bind(&row.id)
        .bind(now - TOUCH_EVERY_SECS)
        .execute(&app.db.write)
        .await?;
    }
    Ok(Resolved::Active(KeyCaller {
        key_id: row.id,
        prefix: row.prefix,
        organisation_id: row.organisation_id,
        organisation_kind,
        permissions: permissions.into(),
    }))
}
