//! API keys of organisations for their own systems: a manager creates one (shown once), lists
//! them by prefix with their last use, and revokes them; a system sends one as `Authorization:
//! Bearer` on `/api/`. Only the key's SHA-256 is stored. A key is resolved on every request
//! by the HTTP boundary (`crate::http::api_key`, beside sessions): never cached, so a
//! revocation holds on the very next request on every process. The rules (format,
//! permissions per kind, expiry) are `garita_domain::api_keys`.

pub mod api;
pub mod pages;

use std::net::IpAddr;

use chrono::{DateTime, Utc};
use garita_domain::api_keys::{self as rules, IssuedKey, KeyState, Permission};
use garita_domain::organisations::OrganisationKind;
use garita_domain::validation::{Collector, Invalid};
use rand::RngCore;

use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::roles::OrganisationStaff;
use crate::state::AppState;
use crate::storage::vault::{random_id, sha256_hex};

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
