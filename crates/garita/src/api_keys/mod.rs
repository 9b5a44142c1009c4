//! API keys of organisations for their own systems: a manager creates one (shown once), lists
//! them by prefix with their last use, and revokes them; a system sends one as `Authorization:
//! Bearer` on `/api/`. Only the key's SHA-256 is stored. A key is resolved on every request
//! (`resolve`, called by the `context` middleware): never cached, so a revocation holds on
//! the very next request on every process. The rules (format, permissions per kind, expiry)
//! are `garita_domain::api_keys`.

pub mod api;
pub mod pages;

use std::net::IpAddr;

use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use garita_domain::api_keys::{self as rules, IssuedKey, KeyState, Permission};
use garita_domain::organisations::OrganisationKind;
use garita_domain::status::OrganisationStatus;
use garita_domain::validation::{Collector, Invalid};
use rand::RngCore;

use crate::audit::{self, Entry};
use crate::http::context::KeyCaller;
use crate::http::errors::{Error, Failure};
use crate::http::roles::OrganisationStaff;
use crate::state::AppState;
use crate::storage::vault::{random_id, sha256_hex};

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

/// A key as its organisation's managers see it (never its secret, which is not kept).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct KeyRow {
    pub id: String,
    pub name: String,
    pub prefix: String,
    pub permissions: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub last_used_at: Option<i64>,
}

impl KeyRow {
    pub fn permissions(&self) -> Result<Vec<Permission>, Error> {
        rules::from_text(&self.permissions).ok_or_else(|| {
            Error::Internal(anyhow::anyhow!(
                "api key {} has an unknown permission",
                self.id
            ))
        })
    }

    pub fn state(&self, now: i64) -> KeyState {
        rules::state(now, self.expires_at, self.revoked_at)
    }
}

/// Seconds since the epoch as a time (a stored value out of range is a defect).
pub fn time(ts: i64) -> Result<DateTime<Utc>, Error> {
    DateTime::from_timestamp(ts, 0)
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("timestamp {ts} out of range")))
}

/// The kind of an organisation.
pub async fn organisation_kind(app: &AppState, id: i64) -> Result<OrganisationKind, Error> {
    let kind: Option<String> = sqlx::query_scalar("SELECT kind FROM organisations WHERE id = $1")
        .bind(id)
        .fetch_optional(&app.db.read)
        .await?;
    kind.as_deref()
        .and_then(OrganisationKind::parse)
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("organisation {id} has no known kind")))
}

/// Every key of an organisation, newest first.
pub async fn list(app: &AppState, organisation_id: i64) -> Result<Vec<KeyRow>, Error> {
    Ok(sqlx::query_as(
        "SELECT id, name, prefix, permissions, created_at, expires_at, revoked_at, last_used_at
         FROM api_keys WHERE organisation_id = $1 ORDER BY created_at DESC, id",
    )
    .bind(organisation_id)
    .fetch_all(&app.db.read)
    .await?)
}

/// What a manager asks for: a name, permissions (their texts), and a lifetime in days
/// (default 90, at most 365).
pub struct NewKey<'a> {
    pub name: &'a str,
    pub permissions: Vec<&'a str>,
    pub expires_in_days: Option<i64>,
}

/// Creates a key for the manager's organisation; returns the key (to show once) and its row.
/// Each field is checked (`name`, `permissions` against the organisation's kind,
/// `expires_in_days`); nothing is stored unless all pass. Audited in the same transaction.
pub async fn create(
    app: &AppState,
    manager: &OrganisationStaff,
    ip: IpAddr,
    asked: NewKey<'_>,
) -> Result<(IssuedKey, KeyRow), Error> {
    let kind = organisation_kind(app, manager.organisation_id).await?;
    let now = app.clock.now();
    let mut c = Collector::default();
    let name = c.check("name", rules::name(asked.name));
    let permissions = c.check("permissions", rules::choose(kind, &asked.permissions));
    let expires = c.check(
        "expires_in_days",
        rules::expires_at(now, asked.expires_in_days),
    );
    c.finish()?;
    let (Some(name), Some(permissions), Some(expires)) = (name, permissions, expires) else {
        return Err(Error::Invalid(Invalid::default()));
    };
    let (mut public, mut secret) = ([0u8; 4], [0u8; 32]);
    rand::rngs::OsRng.fill_bytes(&mut public);
    rand::rngs::OsRng.fill_bytes(&mut secret);
    let issued = rules::compose(public, secret);
    let row = KeyRow {
        id: random_id(),
        name,
        prefix: issued.prefix.clone(),
        permissions: rules::to_text(&permissions),
        created_at: now.timestamp(),
        expires_at: expires.timestamp(),
        revoked_at: None,
        last_used_at: None,
    };
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "INSERT INTO api_keys (id, organisation_id, name, prefix, secret_hash, permissions,
                               created_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&row.id)
    .bind(manager.organisation_id)
    .bind(&row.name)
    .bind(&row.prefix)
    .bind(sha256_hex(&issued.key))
    .bind(&row.permissions)
    .bind(manager.account.id)
    .bind(row.created_at)
    .bind(row.expires_at)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(&manager.account),
            action: "api-key-created",
            subject: format!("api-key:{}", row.id),
            detail: format!(
                "organisation {}; {}; {}; expires {}",
                manager.organisation_id, row.prefix, row.permissions, row.expires_at
            ),
            ip,
            at: row.created_at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok((issued, row))
}

/// The key `id` of the manager's organisation (another organisation's is not found).
pub async fn find(app: &AppState, organisation_id: i64, id: &str) -> Result<KeyRow, Error> {
    let row: Option<KeyRow> = sqlx::query_as(
        "SELECT id, name, prefix, permissions, created_at, expires_at, revoked_at, last_used_at
         FROM api_keys WHERE id = $1 AND organisation_id = $2",
    )
    .bind(id)
    .bind(organisation_id)
    .fetch_optional(&app.db.read)
    .await?;
    row.ok_or(Error::NotFound)
}

/// Revokes the key `id` of the manager's organisation: it fails from the next request on.
/// Revoking a revoked key changes nothing; another organisation's key is not found.
pub async fn revoke(
    app: &AppState,
    manager: &OrganisationStaff,
    ip: IpAddr,
    id: &str,
) -> Result<(), Error> {
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let revoked: Option<String> = sqlx::query_scalar(
        "UPDATE api_keys SET revoked_at = $1, revoked_by = $2
         WHERE id = $3 AND organisation_id = $4 AND revoked_at IS NULL
         RETURNING prefix",
    )
    .bind(now)
    .bind(manager.account.id)
    .bind(id)
    .bind(manager.organisation_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(prefix) = revoked else {
        drop(tx);
        // Already revoked (nothing to do), or not this organisation's.
        find(app, manager.organisation_id, id).await?;
        return Ok(());
    };
    audit::record(
        &mut tx,
        Entry {
            actor: Some(&manager.account),
            action: "api-key-revoked",
            subject: format!("api-key:{id}"),
            detail: format!("organisation {}; {prefix}", manager.organisation_id),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
