//! Getting back into an account: the e-mail a new account must verify, the password reset by
//! e-mail, and changing one's password or address. Every answer a stranger can see is the same
//! whether or not an address has an account, and so is the work behind it (registration: one
//! hash and one outbox row on both paths). Tokens sent by e-mail are single-use and stored as
//! their SHA-256 only; using a reset token or changing the password ends the sessions.

use garita_domain::accounts::{Email, Password, PASSWORD_MIN_CHARS};
use garita_domain::roles::AccountKind;
use garita_domain::status::TokenPurpose;

use super::passwords;
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::notifications::{enqueue_account_event, AccountEvent};
use crate::state::AppState;
use crate::storage::vault::{random_token, sha256_hex};
use crate::storage::{is_unique_violation, Tx};

/// How long a link to verify an address (new account or change of e-mail) stays valid.
pub const VERIFY_SECS: i64 = 24 * 3600;
/// How long a password-reset link stays valid.
pub const RESET_SECS: i64 = 3600;

/// The refusal of a request by an account that has not verified its address yet.
pub const NOT_VERIFIED: &str = "email-not-verified";
/// A link that is unknown, expired or already used.
pub const LINK_INVALID: &str = "recovery-link-invalid";

impl TokenPurposeExt for TokenPurpose {
    fn lifetime(self) -> i64 {
        match self {
            TokenPurpose::ResetPassword => RESET_SECS,
            TokenPurpose::VerifyEmail | TokenPurpose::ChangeEmail => VERIFY_SECS,
        }
    }
    fn path(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "/account/verify/",
            TokenPurpose::ResetPassword => "/account/reset/",
            TokenPurpose::ChangeEmail => "/account/email/confirm/",
        }
    }
}

trait TokenPurposeExt {
    fn lifetime(self) -> i64;
    fn path(self) -> &'static str;
}

/// Whether a password that was just typed right is shorter than today's policy (accounts made
/// before the 15-character minimum still sign in and are asked to change it).
pub fn too_short(password: &str) -> bool {
    password.chars().count() < PASSWORD_MIN_CHARS
}

fn token_aad(token_hash: &str) -> String {
    format!("account-token:{token_hash}")
}

/// Writes a fresh token in `tx` and returns the link that carries it.
async fn issue(
    tx: &mut Tx,
    app: &AppState,
    account_id: i64,
    purpose: TokenPurpose,
    new_email: Option<&Email>,
) -> Result<String, Error> {
    let token = random_token();
    let hash = sha256_hex(&token);
    let now = app.clock.timestamp();
    let sealed = new_email.map(|e| app.vault.seal(&token_aad(&hash), e.as_str().as_bytes()));
    sqlx::query(
        "INSERT INTO account_tokens (token_hash, account_id, purpose, new_email_sealed, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&hash)
    .bind(account_id)
    .bind(purpose.as_str())
    .bind(sealed)
    .bind(now)
    .bind(now + purpose.lifetime())
    .execute(&mut **tx)
    .await?;
    let base = app.settings.notifications.public_url.trim_end_matches('/');
    Ok(format!("{base}{}{token}", purpose.path()))
}

#[derive(sqlx::FromRow)]
struct TokenRow {
    account_id: i64,
    new_email_sealed: Option<Vec<u8>>,
}

/// The account a token of `purpose` opens, if it is known, unused and not expired. Changes
/// nothing (a GET may call it: mail scanners prefetch links).
pub async fn peek(
    app: &AppState,
    token: &str,
    purpose: TokenPurpose,
) -> Result<Option<i64>, Error> {
    let row: Option<TokenRow> = sqlx::query_as(
        "SELECT account_id, new_email_sealed FROM account_tokens
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(sha256_hex(token))
    .bind(purpose.as_str())
    .bind(app.clock.timestamp())
    .fetch_optional(&app.db.read)
    .await?;
    Ok(row.map(|r| r.account_id))
}

/// Marks a token used in `tx`, once: of two requests with the same token, one wins.
async fn take(
    tx: &mut Tx,
    app: &AppState,
    token: &str,
    purpose: TokenPurpose,
) -> Result<TokenRow, Error> {
    let row: Option<TokenRow> = sqlx::query_as(
        "UPDATE account_tokens SET used_at = $1
         WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
         RETURNING account_id, new_email_sealed",
    )
    .bind(app.clock.timestamp())
    .bind(sha256_hex(token))
    .bind(purpose.as_str())
    .fetch_optional(&mut **tx)
    .await?;
    row.ok_or(Error::Conflict(LINK_INVALID))
}

#[derive(sqlx::FromRow)]
struct IdRow {
    id: i64,
}

async fn account_with(app: &AppState, fingerprint: &str) -> Result<Option<i64>, Error> {
    let row: Option<IdRow> = sqlx::query_as("SELECT id FROM accounts WHERE email_fingerprint = $1")
        .bind(fingerprint)
        .fetch_optional(&app.db.write)
        .await?;
    Ok(row.map(|r| r.id))
}

/// The account as the audit trail records it, for a step taken through a link (no session).
async fn actor(app: &AppState, account_id: i64) -> Result<Account, Error> {
    super::second_factor::audit_actor(app, account_id).await
}

async fn record(
    tx: &mut Tx,
    app: &AppState,
    account: &Account,
    action: &str,
    ip: std::net::IpAddr,
) -> Result<(), Error> {
    audit::record(
        tx,
        Entry {
            actor: Some(account),
            action,
            subject: format!("account:{}", account.id),
            detail: String::new(),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await
}

/// The end of every change to an account's credentials: the person is told (by e-mail, in the
/// same transaction), the change is audited, and the sessions it ended leave the cache.
async fn tell_and_commit(
    mut tx: Tx,
    app: &AppState,
    account: &Account,
    event: AccountEvent,
    action: &str,
    ip: std::net::IpAddr,
) -> Result<(), Error> {
    let now = app.clock.timestamp();
    enqueue_account_event(&mut tx, &app.vault, account.id, event, now).await?;
    record(&mut tx, app, account, action, ip).await?;
    tx.commit().await?;
    app.session_cache.evict_account(account.id);
    Ok(())
}

/// After registration's hash: a new address gets its account and a link to verify it; an
/// address that has an account gets "someone tried to register with this address" (the hash
/// is thrown away). One outbox row either way, and the caller answers the same.
pub async fn registered(
    app: &AppState,
    email: &Email,
    hash: String,
    language: &str,
) -> Result<(), Error> {
    let now = app.clock.timestamp();
    if let Some(id) = account_with(app, &app.vault.fingerprint(email.as_str())).await? {
        return attempted(app, id, now).await;
    }
    let mut tx = app.db.begin().await?;
    match super::insert_account(
        &mut tx,
        app,
        email,
        hash,
        AccountKind::Traveler,
        Some(language),
        None,
    )
    .await
    {
        Ok(id) => {
            let link = issue(&mut tx, app, id, TokenPurpose::VerifyEmail, None).await?;
            enqueue_account_event(
                &mut tx,
                &app.vault,
                id,
                AccountEvent::VerifyEmail { link },
                now,
            )
            .await?;
            tx.commit().await?;
            Ok(())
        }
        // Registered meanwhile by a request that arrived together with this one.
        Err(Error::Conflict(_)) => {
            drop(tx);
            match account_with(app, &app.vault.fingerprint(email.as_str())).await? {
                Some(id) => attempted(app, id, now).await,
                None => Err(Error::Internal(anyhow::anyhow!("account vanished"))),
            }
        }
        Err(e) => Err(e),
    }
}

async fn attempted(app: &AppState, account_id: i64, now: i64) -> Result<(), Error> {
    let mut tx = app.db.begin().await?;
    enqueue_account_event(
        &mut tx,
        &app.vault,
        account_id,
        AccountEvent::RegistrationAttempted,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct VerifiedRow {
    email_verified_at: Option<i64>,
}

/// Whether the account has verified its address.
pub async fn is_verified(app: &AppState, account_id: i64) -> Result<bool, Error> {
    let row: Option<VerifiedRow> =
        sqlx::query_as("SELECT email_verified_at FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_optional(&app.db.read)
            .await?;
    Ok(row.is_some_and(|r| r.email_verified_at.is_some()))
}

/// Refuses (`email-not-verified`) an account that has not verified its address: it may fill
/// its group, but not ask for an appointment.
pub async fn require_verified(app: &AppState, account_id: i64) -> Result<(), Error> {
    if is_verified(app, account_id).await? {
        Ok(())
    } else {
        Err(Error::Refused(NOT_VERIFIED, Vec::new()))
    }
}

/// Uses a verification link: the account's address is verified.
pub async fn verify_email(app: &AppState, token: &str, ip: std::net::IpAddr) -> Result<i64, Error> {
    let mut tx = app.db.begin().await?;
    let t = take(&mut tx, app, token, TokenPurpose::VerifyEmail).await?;
    sqlx::query(
        "UPDATE accounts SET email_verified_at = $1 WHERE id = $2 AND email_verified_at IS NULL",
    )
    .bind(app.clock.timestamp())
    .bind(t.account_id)
    .execute(&mut *tx)
    .await?;
    record(
        &mut tx,
        app,
        &actor(app, t.account_id).await?,
        "account.email-verified",
        ip,
    )
    .await?;
    tx.commit().await?;
    Ok(t.account_id)
}

/// Sends a new verification link, under the throttle (nothing when already verified).
pub async fn resend_verification(app: &AppState, account_id: i64) -> Result<(), Error> {
    if is_verified(app, account_id).await? {
        return Ok(());
    }
    app.registration_throttle
        .try_take(&format!("verify-resend:{account_id}"))
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
    let mut tx = app.db.begin().await?;
    let link = issue(&mut tx, app, account_id, TokenPurpose::VerifyEmail, None).await?;
    let now = app.clock.timestamp();
    enqueue_account_event(
        &mut tx,
        &app.vault,
        account_id,
        AccountEvent::VerifyEmail { link },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Asks for a reset link. The answer never depends on the address: after the syntax and the
/// throttles (per client address and per e-mail address, each taken in one step), the lookup
/// and the writes run after the answer, so neither the status, the body nor the time tells
/// whether the address has an account. Only an address with an account is written to (one
/// token, one outbox row): mailing addresses that have none would let anyone make Garita
/// send mail to strangers. Returns the work left to run (awaited by the caller's tests only).
pub async fn request_reset(
    app: &AppState,
    email: &str,
    ip: std::net::IpAddr,
) -> Result<tokio::task::JoinHandle<()>, Error> {
    let email = Email::parse(email).map_err(|p| Error::field("email", p))?;
    let fingerprint = app.vault.fingerprint(email.as_str());
    let too_many = |retry_after_secs| Error::TooManyRequests { retry_after_secs };
    let ip_key = format!("reset-ip:{ip}");
    app.registration_throttle
        .try_take(&ip_key)
        .map_err(too_many)?;
    if let Err(wait) = app
        .registration_throttle
        .try_take(&format!("reset:{fingerprint}"))
    {
        app.registration_throttle.give_back(&ip_key);
        return Err(too_many(wait));
    }
    let app = app.clone();
    Ok(tokio::spawn(async move {
        if let Err(e) = send_reset(&app, &fingerprint).await {
            tracing::error!(error = ?e, "password reset not sent");
        }
    }))
}

async fn send_reset(app: &AppState, fingerprint: &str) -> Result<(), Error> {
    let Some(id) = account_with(app, fingerprint).await? else {
        return Ok(());
    };
    let mut tx = app.db.begin().await?;
    let link = issue(&mut tx, app, id, TokenPurpose::ResetPassword, None).await?;
    let now = app.clock.timestamp();
    enqueue_account_event(
        &mut tx,
        &app.vault,
        id,
        AccountEvent::PasswordReset { link },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Checks a new password against the policy (field `field`).
fn new_password(app: &AppState, field: &'static str, raw: &str) -> Result<Password, Error> {
    Password::parse(raw, |p| app.common_passwords.contains(p)).map_err(|p| Error::field(field, p))
}

/// Hashes a new password under the gate (the client address's share).
async fn hash_new(
    app: &AppState,
    password: &Password,
    ip: std::net::IpAddr,
) -> Result<String, Error> {
    let ip_key = format!("ip:{ip}");
    let permit = app
        .hash_gate
        .admit(&[(&ip_key, app.settings.hashing.per_address)])
        .await?;
    passwords::hash_admitted(permit, password).await
}

/// Ends the account's sessions (but `keep`) and its pending logins, in `tx`.
async fn end_sessions(tx: &mut Tx, account_id: i64, keep: Option<&str>) -> Result<(), Error> {
    sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
        .bind(account_id)
        .bind(keep.unwrap_or(""))
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM pending_logins WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Uses a reset link: sets the new password, ends every session, tells the account. Reading
/// the link also proves the address. The second factor is still asked at the next sign-in.
pub async fn reset_password(
    app: &AppState,
    token: &str,
    password: &str,
    ip: std::net::IpAddr,
) -> Result<i64, Error> {
    if peek(app, token, TokenPurpose::ResetPassword)
        .await?
        .is_none()
    {
        return Err(Error::Conflict(LINK_INVALID));
    }
    let password = new_password(app, "password", password)?;
    let hash = hash_new(app, &password, ip).await?;
    let mut tx = app.db.begin().await?;
    let t = take(&mut tx, app, token, TokenPurpose::ResetPassword).await?;
    let now = app.clock.timestamp();
    sqlx::query(
        "UPDATE accounts SET password_hash = $1, email_verified_at = COALESCE(email_verified_at, $2) WHERE id = $3",
    )
    .bind(hash)
    .bind(now)
    .bind(t.account_id)
    .execute(&mut *tx)
    .await?;
    end_sessions(&mut tx, t.account_id, None).await?;
    let account = actor(app, t.account_id).await?;
    let event = AccountEvent::PasswordChanged;
    tell_and_commit(tx, app, &account, event, "account.password-reset", ip).await?;
    Ok(t.account_id)
}

#[derive(sqlx::FromRow)]
struct CredentialRow {
    email_fingerprint: String,
    email_sealed: Vec<u8>,
    password_hash: String,
}

/// Re-authentication of a signed-in account: its current password, under the login throttles
/// and the gate. Returns its current address.
async fn reauthenticate(
    app: &AppState,
    account_id: i64,
    password: &str,
    ip: std::net::IpAddr,
) -> Result<String, Error> {
    let row: CredentialRow = sqlx::query_as(
        "SELECT email_fingerprint, email_sealed, password_hash FROM accounts WHERE id = $1",
    )
    .bind(account_id)
    .fetch_one(&app.db.write)
    .await?;
    let account_key = format!("account:{}", row.email_fingerprint);
    let ip_key = format!("ip:{ip}");
    let too_many = |retry_after_secs| Error::TooManyRequests { retry_after_secs };
    app.login_account_throttle
        .try_take(&account_key)
        .map_err(too_many)?;
    let hashing = app.settings.hashing;
    let verified = async {
        let permit = app
            .hash_gate
            .admit(&[
                (&account_key, hashing.per_account),
                (&ip_key, hashing.per_address),
            ])
            .await?;
        passwords::verify(permit, password, &row.password_hash).await
    }
    .await;
    match verified {
        Ok(true) => {
            app.login_account_throttle.clear(&account_key);
            let email = app.vault.open(
                &format!("account-email:{}", row.email_fingerprint),
                &row.email_sealed,
            )?;
            Ok(String::from_utf8(email)?)
        }
        Ok(false) => Err(Error::BadCredentials),
        Err(e) => {
            app.login_account_throttle.give_back(&account_key);
            Err(e)
        }
    }
}

/// Changes the password of a signed-in account: the current one first; every other session
/// ends (this one stays), and the account is told by e-mail.
pub async fn change_password(
    app: &AppState,
    account: &Account,
    current: &str,
    new: &str,
    ip: std::net::IpAddr,
) -> Result<(), Error> {
    let password = new_password(app, "new_password", new)?;
    reauthenticate(app, account.id, current, ip).await?;
    let hash = hash_new(app, &password, ip).await?;
    let mut tx = app.db.begin().await?;
    sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(account.id)
        .execute(&mut *tx)
        .await?;
    end_sessions(&mut tx, account.id, Some(&account.session_hash)).await?;
    let event = AccountEvent::PasswordChanged;
    tell_and_commit(tx, app, account, event, "account.password-changed", ip).await
}

/// Asks to change the address: the password first, then a link to the NEW address. When the
/// new address already has an account, that account is told instead ("someone tried to use
/// this address") and the answer is the same: one hash and one outbox row either way.
pub async fn request_email_change(
    app: &AppState,
    account: &Account,
    password: &str,
    new_email: &str,
    ip: std::net::IpAddr,
) -> Result<(), Error> {
    let email = Email::parse(new_email).map_err(|p| Error::field("new_email", p))?;
    reauthenticate(app, account.id, password, ip).await?;
    let now = app.clock.timestamp();
    let holder = account_with(app, &app.vault.fingerprint(email.as_str())).await?;
    let mut tx = app.db.begin().await?;
    match holder {
        Some(holder) => {
            enqueue_account_event(
                &mut tx,
                &app.vault,
                holder,
                AccountEvent::RegistrationAttempted,
                now,
            )
            .await?;
        }
        None => {
            let link = issue(
                &mut tx,
                app,
                account.id,
                TokenPurpose::ChangeEmail,
                Some(&email),
            )
            .await?;
            let event = AccountEvent::ConfirmNewEmail {
                link,
                new_address: email.as_str().to_string(),
            };
            enqueue_account_event(&mut tx, &app.vault, account.id, event, now).await?;
        }
    }
    record(&mut tx, app, account, "account.email-change-requested", ip).await?;
    tx.commit().await?;
    Ok(())
}

/// Uses a change-of-e-mail link: the account now holds the new address (verified by this
/// very link), and the old address is told.
pub async fn confirm_email_change(
    app: &AppState,
    token: &str,
    ip: std::net::IpAddr,
) -> Result<i64, Error> {
    let mut tx = app.db.begin().await?;
    let t = take(&mut tx, app, token, TokenPurpose::ChangeEmail).await?;
    let sealed = t
        .new_email_sealed
        .ok_or_else(|| anyhow::anyhow!("change-email token without an address"))?;
    let new = String::from_utf8(app.vault.open(&token_aad(&sha256_hex(token)), &sealed)?)?;
    let old: CredentialRow = sqlx::query_as(
        "SELECT email_fingerprint, email_sealed, password_hash FROM accounts WHERE id = $1",
    )
    .bind(t.account_id)
    .fetch_one(&mut *tx)
    .await?;
    let old_address = String::from_utf8(app.vault.open(
        &format!("account-email:{}", old.email_fingerprint),
        &old.email_sealed,
    )?)?;
    let fingerprint = app.vault.fingerprint(&new);
    let sealed = app
        .vault
        .seal(&format!("account-email:{fingerprint}"), new.as_bytes());
    let now = app.clock.timestamp();
    let updated = sqlx::query(
        "UPDATE accounts SET email_fingerprint = $1, email_sealed = $2, email_verified_at = $3 WHERE id = $4",
    )
    .bind(&fingerprint)
    .bind(sealed)
    .bind(now)
    .bind(t.account_id)
    .execute(&mut *tx)
    .await;
    match updated {
        Ok(_) => {}
        // Taken since the link was sent: the link is spent, nothing changes.
        Err(e) if is_unique_violation(&e) => return Err(Error::Conflict(LINK_INVALID)),
        Err(e) => return Err(e.into()),
    }
    let account = actor(app, t.account_id).await?;
    let event = AccountEvent::EmailChanged { old_address };
    tell_and_commit(tx, app, &account, event, "account.email-changed", ip).await?;
    Ok(t.account_id)
}
