//! Grants: a role on a scope, given to a staff account and taken away. The one place that
//! writes the `grants` table, so every grant is checked the same way: the role takes that kind
//! of scope, the scope exists (a known place, an existing organisation), the account is staff.
//! Taking a grant away ends the account's access at once: its cached sessions are evicted, so
//! the next request re-reads its grants.

use garita_domain::roles::{AccountKind, Grant, Scope};
use garita_domain::validation::Problem;

use crate::http::errors::Error;
use crate::state::AppState;
use crate::storage::Tx;

/// Whether the scope names something that exists.
pub async fn scope_exists(tx: &mut Tx, app: &AppState, scope: &Scope) -> Result<bool, Error> {
    Ok(match scope {
        Scope::Platform | Scope::Programme(_) => true,
        Scope::Location(id) => app.locations.contains(id),
        Scope::Organisation(id) => {
            let found: Option<i64> =
                sqlx::query_scalar("SELECT id FROM organisations WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut **tx)
                    .await?;
            found.is_some()
        }
    })
}

/// Gives `grant` to a staff account in the caller's transaction (a grant it already holds is
/// left as it is). Refused with a field error on `scope` when the scope does not exist or is
/// not the kind the role takes, on `account` when the account is a traveler's.
pub async fn give(
    tx: &mut Tx,
    app: &AppState,
    account_id: i64,
    grant: &Grant,
    granted_by: Option<i64>,
) -> Result<(), Error> {
    let grant =
        Grant::new(grant.role, grant.scope.clone()).map_err(|p| Error::field("scope", p))?;
    if !scope_exists(tx, app, &grant.scope).await? {
        return Err(Error::field("scope", Problem::UnknownScope));
    }
    let kind: Option<String> = sqlx::query_scalar("SELECT kind FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(&mut **tx)
        .await?;
    match kind.as_deref().and_then(AccountKind::parse) {
        Some(AccountKind::Staff) => {}
        Some(AccountKind::Traveler) => return Err(Error::field("account", Problem::UnknownChoice)),
        None => return Err(Error::NotFound),
    }
    let programme = grant.scope.programme().map(|p| p.as_str());
    // The unique index on (account, role, scope) makes a repeat a no-op on either engine.
    sqlx::query(
        "INSERT INTO grants (account_id, role, scope_kind, location_id, programme, organisation_id, granted_by, granted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT DO NOTHING",
    )
    .bind(account_id)
    .bind(grant.role.as_str())
    .bind(grant.scope.kind().as_str())
    .bind(grant.scope.location())
    .bind(programme)
    .bind(grant.scope.organisation())
    .bind(granted_by)
    .bind(app.clock.timestamp())
    .execute(&mut **tx)
    .await?;
    app.session_cache.evict_account(account_id);
    Ok(())
}

/// Takes `grant` away from the account; true if it held it. Its sessions are evicted from
/// the cache so the next request reads what is left (call again after commit if the
/// transaction is long: `forget_cached`).
pub async fn take(
    tx: &mut Tx,
    app: &AppState,
    account_id: i64,
    grant: &Grant,
) -> Result<bool, Error> {
    let programme = grant.scope.programme().map(|p| p.as_str());
    let removed = sqlx::query(
        "DELETE FROM grants WHERE account_id = $1 AND role = $2 AND scope_kind = $3
           AND COALESCE(location_id, '') = COALESCE($4, '')
           AND COALESCE(programme, '') = COALESCE($5, '')
           AND COALESCE(organisation_id, 0) = COALESCE($6, 0)",
    )
    .bind(account_id)
    .bind(grant.role.as_str())
    .bind(grant.scope.kind().as_str())
    .bind(grant.scope.location())
    .bind(programme)
    .bind(grant.scope.organisation())
    .execute(&mut **tx)
    .await?
    .rows_affected();
    app.session_cache.evict_account(account_id);
    Ok(removed > 0)
}

/// Evicts the account's cached sessions (after a commit that changed its grants), so its next
/// request on this process reads them again.
pub fn forget_cached(app: &AppState, account_id: i64) {
    app.session_cache.evict_account(account_id);
}
