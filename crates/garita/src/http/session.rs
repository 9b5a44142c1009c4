//! Sessions: a random token held by the browser (cookie) or API client (bearer); only its
//! SHA-256 is stored. Sessions end after an idle period and at an absolute age.

use garita_domain::accounts::Role;

use crate::state::AppState;
use crate::storage::vault::{random_token, sha256_hex};

/// The signed-in account as a request sees it.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: i64,
    pub role: Role,
    pub port_id: Option<String>,
    pub language: Option<String>,
    pub session_hash: String,
}

pub enum Resolved {
    Active(Account),
    Expired,
    Unknown,
}

/// Last-seen times are refreshed at most this often, so reads stay reads.
const TOUCH_EVERY_SECS: i64 = 60;

/// Resolved sessions kept in memory for a few seconds, so a burst of requests from one
/// traveler costs one database read. Logging out and changing the language evict at once; a
/// second Garita process would see another's logout at most `fresh` later.
pub struct SessionCache {
    entries: std::sync::Mutex<
        std::collections::HashMap<String, (Account, i64, i64, std::time::Instant)>,
    >,
    fresh: std::time::Duration,
}

impl SessionCache {
    pub fn new(fresh: std::time::Duration) -> SessionCache {
        SessionCache {
            entries: Default::default(),
            fresh,
        }
    }

    fn get(&self, hash: &str) -> Option<(Account, i64, i64)> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries
            .get(hash)
            .filter(|e| e.3.elapsed() < self.fresh)
            .map(|e| (e.0.clone(), e.1, e.2))
    }

    fn put(&self, hash: String, account: Account, created: i64, last_seen: i64) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if self.fresh.is_zero() {
            return;
        }
        if entries.len() > 50_000 {
            let fresh = self.fresh;
            entries.retain(|_, e| e.3.elapsed() < fresh);
        }
        entries.insert(
            hash,
            (account, created, last_seen, std::time::Instant::now()),
        );
    }

    pub fn evict(&self, hash: &str) {
        self.entries
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(hash);
    }

    pub fn evict_account(&self, account_id: i64) {
        self.entries
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .retain(|_, e| e.0.id != account_id);
    }
}

/// A session with what its account may do.
#[derive(sqlx::FromRow)]
struct SessionRow {
    account_id: i64,
    created_at: i64,
    last_seen_at: i64,
    role: String,
    port_id: Option<String>,
    language: Option<String>,
}

pub async fn resolve(app: &AppState, token: &str) -> anyhow::Result<Resolved> {
    if token.len() > 100 {
        return Ok(Resolved::Unknown);
    }
    let hash = sha256_hex(token);
    let t = app.clock.timestamp();
    let idle = app.settings.session_idle.as_secs() as i64;
    let absolute = app.settings.session_absolute.as_secs() as i64;
    if let Some((account, created, last_seen)) = app.session_cache.get(&hash) {
        if t - last_seen <= idle && t - created <= absolute && t - last_seen <= TOUCH_EVERY_SECS {
            return Ok(Resolved::Active(account));
        }
    }
    let row: Option<SessionRow> = sqlx::query_as(
        "SELECT s.account_id, s.created_at, s.last_seen_at, a.role, a.port_id, a.language
         FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(&app.db.read)
    .await?;
    let Some(SessionRow {
        account_id: id,
        created_at: created,
        last_seen_at: last_seen,
        role,
        port_id,
        language,
    }) = row
    else {
        return Ok(Resolved::Unknown);
    };
    if t - last_seen > idle || t - created > absolute {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(&hash)
            .execute(&app.db.write)
            .await?;
        return Ok(Resolved::Expired);
    }
    let mut last_seen = last_seen;
    if t - last_seen > TOUCH_EVERY_SECS {
        last_seen = t;
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(t)
            .bind(&hash)
            .execute(&app.db.write)
            .await?;
    }
    let role =
        Role::parse(&role).ok_or_else(|| anyhow::anyhow!("unknown role {role} in database"))?;
    let account = Account {
        id,
        role,
        port_id,
        language,
        session_hash: hash.clone(),
    };
    app.session_cache
        .put(hash, account.clone(), created, last_seen);
    Ok(Resolved::Active(account))
}

/// Opens a new session with a fresh token (never reusing one from before login).
pub async fn create(app: &AppState, account_id: i64) -> Result<String, sqlx::Error> {
    let token = random_token();
    let t = app.clock.timestamp();
    sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)")
        .bind(sha256_hex(&token))
        .bind(account_id)
        .bind(t)
        .execute(&app.db.write)
        .await?;
    Ok(token)
}

pub async fn end(app: &AppState, session_hash: &str) -> Result<(), sqlx::Error> {
    app.session_cache.evict(session_hash);
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(session_hash)
        .execute(&app.db.write)
        .await?;
    Ok(())
}
