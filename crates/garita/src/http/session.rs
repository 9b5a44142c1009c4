//! Sessions: a random token held by the browser (cookie) or API client (bearer); only its
//! SHA-256 is stored. Sessions end after an idle period and at an absolute age.

use std::sync::Arc;

use garita_domain::roles::{AccountKind, Grant, Role, Scope};
use garita_domain::status::OrganisationStatus;

use crate::state::AppState;
use crate::storage::vault::{random_token, sha256_hex};

/// The signed-in account as a request sees it: its kind and the grants it holds.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: i64,
    pub kind: AccountKind,
    /// The grants it may act on (a grant on an organisation counts once it is approved).
    pub grants: Arc<[Grant]>,
    /// Grants on organisations that cannot act yet or any more (pending, suspended,
    /// rejected), so a refusal can say why.
    pub waiting: Arc<[Grant]>,
    /// The appointment port an officer works at (their first officer grant on one).
    pub port_id: Option<String>,
    pub language: Option<String>,
    pub session_hash: String,
}

impl Account {
    pub fn is_traveler(&self) -> bool {
        self.kind == AccountKind::Traveler
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.grants.iter().any(|g| g.role == role)
    }

    pub fn is_admin(&self) -> bool {
        self.has_role(Role::Admin)
    }

    pub fn is_officer(&self) -> bool {
        self.has_role(Role::Officer)
    }

    /// Whether it holds `role` on exactly `scope`.
    pub fn holds(&self, role: Role, scope: &Scope) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == role && &g.scope == scope)
    }

    /// The first place it holds `role` at.
    pub fn location_for(&self, role: Role) -> Option<&str> {
        self.grants
            .iter()
            .filter(|g| g.role == role)
            .find_map(|g| g.scope.location())
    }

    /// Every place it holds `role` at.
    pub fn locations_for(&self, role: Role) -> impl Iterator<Item = &str> {
        self.grants
            .iter()
            .filter(move |g| g.role == role)
            .filter_map(|g| g.scope.location())
    }

    /// The word the audit trail records for who acted: `traveler`, else its first role in
    /// the order of `Role::ALL` (admin last), else `staff` (no grant left).
    pub fn label(&self) -> &'static str {
        if self.is_traveler() {
            return AccountKind::Traveler.as_str();
        }
        Role::ALL
            .iter()
            .find(|r| self.has_role(**r))
            .map(|r| r.as_str())
            .unwrap_or(AccountKind::Staff.as_str())
    }
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
    kind: String,
    language: Option<String>,
}

/// One grant as stored, with the status of its organisation when it is on one.
#[derive(sqlx::FromRow)]
struct GrantRow {
    role: String,
    scope_kind: String,
    location_id: Option<String>,
    programme: Option<String>,
    organisation_id: Option<i64>,
    organisation_status: Option<String>,
}

/// The grants of an account, split into those it may act on and those waiting on their
/// organisation.
pub async fn grants_of(
    app: &AppState,
    account_id: i64,
) -> anyhow::Result<(Vec<Grant>, Vec<Grant>)> {
    let rows: Vec<GrantRow> = sqlx::query_as(
        "SELECT g.role, g.scope_kind, g.location_id, g.programme, g.organisation_id,
                o.status AS organisation_status
         FROM grants g LEFT JOIN organisations o ON o.id = g.organisation_id
         WHERE g.account_id = $1 ORDER BY g.id",
    )
    .bind(account_id)
    .fetch_all(&app.db.read)
    .await?;
    let (mut active, mut waiting) = (Vec::new(), Vec::new());
    for r in rows {
        let role = Role::parse(&r.role).ok_or_else(|| {
            anyhow::anyhow!("unknown role {} on a grant of account {account_id}", r.role)
        })?;
        let scope = Scope::from_parts(
            &r.scope_kind,
            r.location_id.as_deref(),
            r.programme.as_deref(),
            r.organisation_id,
        )
        .ok_or_else(|| anyhow::anyhow!("grant of account {account_id} has a malformed scope"))?;
        let grant = Grant { role, scope };
        match r
            .organisation_status
            .as_deref()
            .map(OrganisationStatus::parse)
        {
            None => active.push(grant),
            Some(Some(OrganisationStatus::Approved)) => active.push(grant),
            Some(Some(_)) => waiting.push(grant),
            Some(None) => anyhow::bail!(
                "organisation of a grant of account {account_id} has an unknown status"
            ),
        }
    }
    Ok((active, waiting))
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
        "SELECT s.account_id, s.created_at, s.last_seen_at, a.kind, a.language
         FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(&app.db.read)
    .await?;
    let Some(SessionRow {
        account_id: id,
        created_at: created,
        last_seen_at: last_seen,
        kind,
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
    let account = account(app, id, &kind, language, hash.clone()).await?;
    app.session_cache
        .put(hash, account.clone(), created, last_seen);
    Ok(Resolved::Active(account))
}

/// The account `id` as a request sees it, its grants read.
pub async fn account(
    app: &AppState,
    id: i64,
    kind: &str,
    language: Option<String>,
    session_hash: String,
) -> anyhow::Result<Account> {
    let kind = AccountKind::parse(kind)
        .ok_or_else(|| anyhow::anyhow!("unknown account kind {kind} of account {id}"))?;
    let (grants, waiting) = match kind {
        AccountKind::Traveler => (Vec::new(), Vec::new()),
        AccountKind::Staff => grants_of(app, id).await?,
    };
    let port_id = grants
        .iter()
        .filter(|g| g.role == Role::Officer)
        .filter_map(|g| g.scope.location())
        .find(|l| app.ports.iter().any(|p| p.id == *l))
        .map(str::to_string);
    Ok(Account {
        id,
        kind,
        grants: grants.into(),
        waiting: waiting.into(),
        port_id,
        language,
        session_hash,
    })
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
