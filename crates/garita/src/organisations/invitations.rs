//! Invitations by e-mail link: single use, expiring after `LIFETIME_SECS`, bound to the
//! invited address. Only the SHA-256 of the link's token is stored. The link opens for the
//! account of exactly that address (signed in, or created there by setting a password) and
//! gives the grant it names in the transaction that marks it accepted — a conditional update,
//! so of two accepts at once only one wins. A traveler's account cannot take a staff grant.

use garita_domain::accounts::{Email, Password};
use garita_domain::roles::{AccountKind, Grant, Role, Scope};
use garita_domain::validation::Problem;
use serde::Serialize;
use utoipa::ToSchema;

use super::record;
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::notifications::{self, Channel, Kind, Secrets};
use crate::state::AppState;
use crate::storage::vault::{random_token, sha256_hex};
use crate::storage::Tx;

/// How long an invitation's link stays valid.
pub const LIFETIME_SECS: i64 = 7 * 24 * 3600;

/// The link is unknown (or its invitation withdrawn).
pub const INVALID: &str = "invitation-invalid";
/// The link's time is over.
pub const EXPIRED: &str = "invitation-expired";
/// The invitation was accepted already.
pub const USED: &str = "invitation-used";
/// Opened by an account of another address (which is not named).
pub const OTHER_ADDRESS: &str = "invitation-other-address";
/// The invited address belongs to a traveler's account, which cannot act as staff.
pub const TRAVELER_ACCOUNT: &str = "invitation-traveler-account";
/// The invited address has an account: sign in with it to accept.
pub const SIGN_IN_FIRST: &str = "invitation-sign-in-first";

fn email_aad(fingerprint: &str) -> String {
    format!("invitation-email:{fingerprint}")
}

#[derive(sqlx::FromRow)]
struct IdRow {
    id: i64,
}

/// The account that holds `email`, if any.
pub(crate) async fn account_with(app: &AppState, email: &Email) -> Result<Option<i64>, Error> {
    let row: Option<IdRow> = sqlx::query_as("SELECT id FROM accounts WHERE email_fingerprint = $1")
        .bind(app.vault.fingerprint(email.as_str()))
        .fetch_optional(&app.db.write)
        .await?;
    Ok(row.map(|r| r.id))
}

/// Invites `email` to hold `grant`, in the caller's transaction: the scope must exist (a
/// field error on `scope` otherwise, nothing written). The link goes out by e-mail through
/// the outbox: to the address's account if it has one (in its language), else from the
/// inviter's (in the inviter's language). Returns the invitation's id.
pub async fn invite(
    tx: &mut Tx,
    app: &AppState,
    inviter: &Account,
    grant: &Grant,
    email: &Email,
    ip: std::net::IpAddr,
) -> Result<i64, Error> {
    let grant =
        Grant::new(grant.role, grant.scope.clone()).map_err(|p| Error::field("scope", p))?;
    if !crate::grants::scope_exists(tx, app, &grant.scope).await? {
        return Err(Error::field("scope", Problem::UnknownScope));
    }
    let token = random_token();
    let hash = sha256_hex(&token);
    let now = app.clock.timestamp();
    let fingerprint = app.vault.fingerprint(email.as_str());
    let sealed = app
        .vault
        .seal(&email_aad(&fingerprint), email.as_str().as_bytes());
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO invitations (organisation_id, role, scope_kind, location_id, programme, email_fingerprint, email_sealed, token_hash, invited_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(grant.scope.organisation())
    .bind(grant.role.as_str())
    .bind(grant.scope.kind().as_str())
    .bind(grant.scope.location())
    .bind(grant.scope.programme().map(|p| p.as_str()))
    .bind(&fingerprint)
    .bind(sealed)
    .bind(&hash)
    .bind(inviter.id)
    .bind(now)
    .bind(now + LIFETIME_SECS)
    .fetch_one(&mut **tx)
    .await?;
    let organisation: Option<String> = match grant.scope.organisation() {
        Some(o) => Some(
            sqlx::query_scalar("SELECT legal_name FROM organisations WHERE id = $1")
                .bind(o)
                .fetch_one(&mut **tx)
                .await?,
        ),
        None => None,
    };
    let holder: Option<IdRow> =
        sqlx::query_as("SELECT id FROM accounts WHERE email_fingerprint = $1")
            .bind(&fingerprint)
            .fetch_optional(&mut **tx)
            .await?;
    let base = app.settings.notifications.public_url.trim_end_matches('/');
    let kind = if organisation.is_some() {
        Kind::Invitation
    } else {
        Kind::StaffInvitation
    };
    let secrets = Secrets {
        link: Some(format!("{base}/invitations/{token}")),
        organisation,
        ..Secrets::default()
    };
    match holder {
        // An account holds the address: the message is theirs, in their language.
        Some(h) => {
            notifications::enqueue_with_secrets(
                tx,
                &app.vault,
                h.id,
                kind,
                Channel::Email,
                Some(secrets),
                now,
            )
            .await?;
        }
        // No account yet: a message to the address alone (no one's list shows it), in the
        // inviter's language — the one the inviter wrote to them in.
        None => {
            let secrets = Secrets {
                to: Some(email.as_str().to_string()),
                languages: inviter.language.iter().cloned().collect(),
                ..secrets
            };
            notifications::enqueue_to_address(
                tx,
                &app.vault,
                kind,
                secrets,
                &format!("invitation:{id}"),
                now,
            )
            .await?;
        }
    }
    let scope = super::GrantView::of(&grant);
    let detail = format!(
        "{} {}",
        grant.role.as_str(),
        scope
            .location
            .or(scope.programme)
            .or(scope.organisation.map(|o| format!("organisation:{o}")))
            .unwrap_or_else(|| "platform".into())
    );
    let subject = format!("invitation:{id}");
    record(
        tx,
        app,
        Some(inviter),
        "invitation.sent",
        subject,
        detail,
        ip,
    )
    .await?;
    Ok(id)
}

/// Where an invitation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    Pending,
    Accepted,
    Expired,
    Revoked,
}

impl InvitationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            InvitationStatus::Pending => "pending",
            InvitationStatus::Accepted => "accepted",
            InvitationStatus::Expired => "expired",
            InvitationStatus::Revoked => "revoked",
        }
    }
}

/// An invitation as the inviter sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InvitationView {
    pub id: i64,
    pub email: String,
    #[schema(value_type = String)]
    pub role: Role,
    /// Seconds since the epoch.
    pub expires_at: i64,
    pub status: InvitationStatus,
}

#[derive(sqlx::FromRow)]
struct InvitationRow {
    id: i64,
    role: String,
    email_fingerprint: String,
    email_sealed: Vec<u8>,
    expires_at: i64,
    accepted_at: Option<i64>,
    revoked_at: Option<i64>,
}

/// The organisation's invitations, newest first (addresses opened: the caller audits the
/// reading with the members').
pub async fn of_organisation(
    app: &AppState,
    organisation_id: i64,
) -> Result<Vec<InvitationView>, Error> {
    let rows: Vec<InvitationRow> = sqlx::query_as(
        "SELECT id, role, email_fingerprint, email_sealed, expires_at, accepted_at, revoked_at
         FROM invitations WHERE organisation_id = $1 ORDER BY created_at DESC, id DESC LIMIT 200",
    )
    .bind(organisation_id)
    .fetch_all(&app.db.read)
    .await?;
    let now = app.clock.timestamp();
    rows.into_iter()
        .map(|r| {
            let email = String::from_utf8(
                app.vault
                    .open(&email_aad(&r.email_fingerprint), &r.email_sealed)?,
            )?;
            let status = if r.accepted_at.is_some() {
                InvitationStatus::Accepted
            } else if r.revoked_at.is_some() {
                InvitationStatus::Revoked
            } else if r.expires_at <= now {
                InvitationStatus::Expired
            } else {
                InvitationStatus::Pending
            };
            Ok(InvitationView {
                id: r.id,
                email,
                role: Role::parse(&r.role).ok_or_else(|| {
                    Error::Internal(anyhow::anyhow!("invitation {}: unknown role", r.id))
                })?,
                expires_at: r.expires_at,
                status,
            })
        })
        .collect()
}

/// Withdraws a pending invitation of the organisation (`NotFound` if it has no such one).
pub async fn revoke(
    app: &AppState,
    manager: &Account,
    organisation_id: i64,
    id: i64,
    ip: std::net::IpAddr,
) -> Result<(), Error> {
    let mut tx = app.db.begin().await?;
    let now = app.clock.timestamp();
    let done = sqlx::query(
        "UPDATE invitations SET revoked_at = $1
         WHERE id = $2 AND organisation_id = $3 AND accepted_at IS NULL AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .bind(organisation_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done != 1 {
        return Err(Error::NotFound);
    }
    let subject = format!("invitation:{id}");
    record(
        &mut tx,
        app,
        Some(manager),
        "invitation.revoked",
        subject,
        String::new(),
        ip,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// An invitation opened by its link.
#[derive(Debug, Clone)]
pub struct Opened {
    pub id: i64,
    pub grant: Grant,
    pub organisation: Option<String>,
    email_fingerprint: String,
    email_sealed: Vec<u8>,
    /// Whether the invited address already has an account (and whose kind).
    pub holder: Option<AccountKind>,
}

#[derive(sqlx::FromRow)]
struct OpenRow {
    id: i64,
    organisation_id: Option<i64>,
    role: String,
    scope_kind: String,
    location_id: Option<String>,
    programme: Option<String>,
    email_fingerprint: String,
    email_sealed: Vec<u8>,
    expires_at: i64,
    accepted_at: Option<i64>,
    revoked_at: Option<i64>,
    legal_name: Option<String>,
}

#[derive(sqlx::FromRow)]
struct KindRow {
    kind: String,
}

/// The invitation a link opens, if it may still be accepted; otherwise why not (unknown or
/// withdrawn, used, expired). Changes nothing (mail scanners prefetch links).
pub async fn open(app: &AppState, token: &str) -> Result<Opened, Error> {
    if token.len() > 100 {
        return Err(Error::Conflict(INVALID));
    }
    let row: Option<OpenRow> = sqlx::query_as(
        "SELECT i.id, i.organisation_id, i.role, i.scope_kind, i.location_id, i.programme,
                i.email_fingerprint, i.email_sealed, i.expires_at, i.accepted_at, i.revoked_at,
                o.legal_name
         FROM invitations i LEFT JOIN organisations o ON o.id = i.organisation_id
         WHERE i.token_hash = $1",
    )
    .bind(sha256_hex(token))
    .fetch_optional(&app.db.write)
    .await?;
    let r = row.ok_or(Error::Conflict(INVALID))?;
    if r.accepted_at.is_some() {
        return Err(Error::Conflict(USED));
    }
    if r.revoked_at.is_some() {
        return Err(Error::Conflict(INVALID));
    }
    if r.expires_at <= app.clock.timestamp() {
        return Err(Error::Conflict(EXPIRED));
    }
    let role = Role::parse(&r.role)
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("invitation {}: unknown role", r.id)))?;
    let scope = Scope::from_parts(
        &r.scope_kind,
        r.location_id.as_deref(),
        r.programme.as_deref(),
        r.organisation_id,
    )
    .ok_or_else(|| Error::Internal(anyhow::anyhow!("invitation {}: malformed scope", r.id)))?;
    let holder: Option<KindRow> =
        sqlx::query_as("SELECT kind FROM accounts WHERE email_fingerprint = $1")
            .bind(&r.email_fingerprint)
            .fetch_optional(&app.db.write)
            .await?;
    Ok(Opened {
        id: r.id,
        grant: Grant { role, scope },
        organisation: r.legal_name,
        email_fingerprint: r.email_fingerprint,
        email_sealed: r.email_sealed,
        holder: holder.and_then(|h| AccountKind::parse(&h.kind)),
    })
}

/// Marks the invitation accepted by `account_id` and gives its grant, in `tx`: the
/// conditional update lets one accept win.
async fn take(tx: &mut Tx, app: &AppState, opened: &Opened, account_id: i64) -> Result<(), Error> {
    let now = app.clock.timestamp();
    let won = sqlx::query(
        "UPDATE invitations SET accepted_at = $1, accepted_by = $2
         WHERE id = $3 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(account_id)
    .bind(opened.id)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if won != 1 {
        return Err(Error::Conflict(USED));
    }
    crate::grants::give(tx, app, account_id, &opened.grant, None).await
}

/// Whether the signed-in `account` may accept: it holds the invited address (which is not
/// named otherwise) and is staff's.
pub async fn fits(app: &AppState, opened: &Opened, account: &Account) -> Result<(), Error> {
    let fingerprint: String =
        sqlx::query_scalar("SELECT email_fingerprint FROM accounts WHERE id = $1")
            .bind(account.id)
            .fetch_one(&app.db.read)
            .await?;
    if !crate::http::forms::same(&fingerprint, &opened.email_fingerprint) {
        return Err(Error::Refused(OTHER_ADDRESS, Vec::new()));
    }
    if account.is_traveler() {
        return Err(Error::Refused(TRAVELER_ACCOUNT, Vec::new()));
    }
    Ok(())
}

/// A signed-in account accepts the invitation of `token`: it must hold the invited address
/// and be staff's.
pub async fn accept(
    app: &AppState,
    account: &Account,
    token: &str,
    ip: std::net::IpAddr,
) -> Result<Opened, Error> {
    let opened = open(app, token).await?;
    fits(app, &opened, account).await?;
    let mut tx = app.db.begin().await?;
    take(&mut tx, app, &opened, account.id).await?;
    let subject = format!("invitation:{}", opened.id);
    record(
        &mut tx,
        app,
        Some(account),
        "invitation.accepted",
        subject,
        String::new(),
        ip,
    )
    .await?;
    tx.commit().await?;
    crate::grants::forget_cached(app, account.id);
    Ok(opened)
}

/// Someone without an account accepts by choosing a password: a staff account of the
/// invited address (verified by this very link) with the invitation's grant, in one
/// transaction. They sign in next, and set up their second factor.
pub async fn accept_with_new_account(
    app: &AppState,
    token: &str,
    password: &str,
    language: &str,
    ip: std::net::IpAddr,
) -> Result<Opened, Error> {
    let opened = open(app, token).await?;
    match opened.holder {
        Some(AccountKind::Traveler) => return Err(Error::Refused(TRAVELER_ACCOUNT, Vec::new())),
        Some(AccountKind::Staff) => return Err(Error::Refused(SIGN_IN_FIRST, Vec::new())),
        None => {}
    }
    let password = Password::parse(password, |p| app.common_passwords.contains(p))
        .map_err(|p| Error::field("password", p))?;
    let ip_key = format!("ip:{ip}");
    let permit = app
        .hash_gate
        .admit(&[(&ip_key, app.settings.hashing.per_address)])
        .await?;
    let hash = crate::accounts::passwords::hash_admitted(permit, &password).await?;
    let address = String::from_utf8(
        app.vault
            .open(&email_aad(&opened.email_fingerprint), &opened.email_sealed)?,
    )?;
    let email = Email::parse(&address).map_err(|_| {
        Error::Internal(anyhow::anyhow!("invitation {}: stored address", opened.id))
    })?;
    let mut tx = app.db.begin().await?;
    let now = app.clock.timestamp();
    let id = match crate::accounts::insert_account(
        &mut tx,
        app,
        &email,
        hash,
        AccountKind::Staff,
        Some(language),
        Some(now),
    )
    .await
    {
        Ok(id) => id,
        // Created meanwhile (a second accept at the same time): that one won.
        Err(Error::Conflict(_)) => return Err(Error::Conflict(USED)),
        Err(e) => return Err(e),
    };
    take(&mut tx, app, &opened, id).await?;
    let actor = super::newcomer(id);
    let subject = format!("invitation:{}", opened.id);
    let action = "invitation.accepted";
    record(
        &mut tx,
        app,
        Some(&actor),
        action,
        subject,
        "new account".into(),
        ip,
    )
    .await?;
    tx.commit().await?;
    Ok(opened)
}
