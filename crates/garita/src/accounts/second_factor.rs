//! Second factors (TOTP with recovery codes): optional for travelers, required for every other
//! role. The secret is sealed with the vault; the last step used is stored so a code is
//! accepted once; recovery codes are stored as keyed HMACs (random 59-bit codes need no slow
//! hash, and the key is not in the database). Between the password and the code a browser
//! holds a pending login: short-lived, single-use, and not a session (it opens nothing).
//! The rules (codes, steps, formats) are `garita_domain::second_factor`'s.

use garita_domain::roles::AccountKind;
use garita_domain::second_factor as totp;
use rand::RngCore;

use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::{self as sessions, Account};
use crate::state::AppState;
use crate::storage::vault::{random_token, sha256_hex};

/// How long a pending login waits for its code.
pub const PENDING_SECS: i64 = 5 * 60;

/// Whether an account must have a second factor: every account but a traveler's, whatever
/// roles it is granted (including any role added later).
pub fn required(kind: AccountKind) -> bool {
    kind != AccountKind::Traveler
}

fn aad(account_id: i64) -> String {
    format!("second-factor:{account_id}")
}

fn throttle_key(account_id: i64) -> String {
    format!("second-factor:{account_id}")
}

/// The keyed hash a recovery code is stored as (bound to its account).
fn recovery_hash(app: &AppState, account_id: i64, normalized: &str) -> String {
    app.vault
        .fingerprint(&format!("recovery-code:{account_id}:{normalized}"))
}

#[derive(sqlx::FromRow)]
struct FactorRow {
    secret_sealed: Vec<u8>,
    last_used_step: Option<i64>,
    enrolled_at: Option<i64>,
}

async fn factor(app: &AppState, account_id: i64) -> Result<Option<FactorRow>, Error> {
    Ok(sqlx::query_as(
        "SELECT secret_sealed, last_used_step, enrolled_at FROM second_factors WHERE account_id = $1",
    )
    .bind(account_id)
    .fetch_optional(&app.db.write)
    .await?)
}

/// What an account's second factor looks like to its holder.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
#[schema(as = SecondFactorStatus)]
pub struct Status {
    pub enrolled: bool,
    /// Whether the account's role must have one (every role but traveler).
    pub required: bool,
    pub recovery_codes_left: i64,
}

#[derive(sqlx::FromRow)]
struct StatusRow {
    kind: String,
    enrolled_at: Option<i64>,
    codes_left: i64,
}

pub async fn status(app: &AppState, account_id: i64) -> Result<Status, Error> {
    let row: StatusRow = sqlx::query_as(
        "SELECT a.kind, f.enrolled_at,
                (SELECT COUNT(*) FROM second_factor_recovery_codes r
                 WHERE r.account_id = a.id AND r.used_at IS NULL) AS codes_left
         FROM accounts a LEFT JOIN second_factors f ON f.account_id = a.id WHERE a.id = $1",
    )
    .bind(account_id)
    .fetch_one(&app.db.read)
    .await?;
    let kind = AccountKind::parse(&row.kind)
        .ok_or_else(|| anyhow::anyhow!("unknown kind {} of account {account_id}", row.kind))?;
    Ok(Status {
        enrolled: row.enrolled_at.is_some(),
        required: required(kind),
        recovery_codes_left: row.codes_left,
    })
}

/// What must follow a right password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Nothing: open a session.
    Session,
    /// A code (or a recovery code).
    Code,
    /// A factor must be set up first (staff without one).
    Enrolment,
}

pub async fn after_password(app: &AppState, account_id: i64) -> Result<Next, Error> {
    let s = status(app, account_id).await?;
    Ok(if s.enrolled {
        Next::Code
    } else if s.required {
        Next::Enrolment
    } else {
        Next::Session
    })
}

/// The API's log-in: the password, then the code when the account has a factor. Staff without
/// one are refused (`second-factor-required`): they set it up in the browser.
pub async fn log_in_with_code(
    app: &AppState,
    email: &str,
    password: &str,
    code: Option<&str>,
    ip: std::net::IpAddr,
) -> Result<String, Error> {
    let id = super::check_password(app, email, password, ip).await?;
    match after_password(app, id).await? {
        Next::Session => {}
        Next::Enrolment => return Err(Error::SecondFactor("second-factor-required")),
        Next::Code => {
            let code = code
                .filter(|c| !c.trim().is_empty())
                .ok_or(Error::SecondFactor("second-factor-required"))?;
            check_code(app, id, code, ip).await?;
        }
    }
    Ok(sessions::create(app, id).await?)
}

/// The secret of the factor being set up, made now if there is none. Refused when the account
/// already has a factor (reset or turn it off first).
pub async fn begin_enrolment(app: &AppState, account_id: i64) -> Result<Vec<u8>, Error> {
    if factor(app, account_id).await?.is_none() {
        let mut secret = [0u8; totp::SECRET_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut secret);
        sqlx::query(
            "INSERT INTO second_factors (account_id, secret_sealed, created_at) VALUES ($1, $2, $3)
             ON CONFLICT (account_id) DO NOTHING",
        )
        .bind(account_id)
        .bind(app.vault.seal(&aad(account_id), &secret))
        .bind(app.clock.timestamp())
        .execute(&app.db.write)
        .await?;
    }
    // Whoever inserted first (two tabs at once) set the secret both see.
    let row = factor(app, account_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("second factor of {account_id} vanished"))?;
    if row.enrolled_at.is_some() {
        return Err(Error::Conflict("second-factor-enrolled"));
    }
    Ok(app.vault.open(&aad(account_id), &row.secret_sealed)?)
}

/// The `otpauth://` URI of a secret, labelled with the account's e-mail.
pub async fn otpauth_uri(app: &AppState, account_id: i64, secret: &[u8]) -> Result<String, Error> {
    #[derive(sqlx::FromRow)]
    struct EmailRow {
        email_fingerprint: String,
        email_sealed: Vec<u8>,
    }
    let row: EmailRow =
        sqlx::query_as("SELECT email_fingerprint, email_sealed FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_one(&app.db.read)
            .await?;
    let email = String::from_utf8(app.vault.open(
        &format!("account-email:{}", row.email_fingerprint),
        &row.email_sealed,
    )?)?;
    Ok(totp::otpauth_uri(&email, secret))
}

/// The account as the audit trail records it (for steps taken before a session exists).
pub async fn audit_actor(app: &AppState, account_id: i64) -> Result<Account, Error> {
    #[derive(sqlx::FromRow)]
    struct KindRow {
        kind: String,
        language: Option<String>,
    }
    let r: KindRow = sqlx::query_as("SELECT kind, language FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_one(&app.db.read)
        .await?;
    Ok(crate::http::session::account(app, account_id, &r.kind, r.language, String::new()).await?)
}

/// Fresh recovery codes, shown once: the account's older ones stop working.
async fn replace_recovery_codes(
    app: &AppState,
    tx: &mut crate::storage::Tx,
    account_id: i64,
) -> Result<Vec<String>, Error> {
    sqlx::query("DELETE FROM second_factor_recovery_codes WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    let mut codes = Vec::with_capacity(totp::RECOVERY_CODES);
    while codes.len() < totp::RECOVERY_CODES {
        let mut random = [0u8; totp::RECOVERY_CODE_CHARS];
        rand::rngs::OsRng.fill_bytes(&mut random);
        let code = totp::recovery_code(&random);
        let normalized = totp::normalize_recovery_code(&code)
            .ok_or_else(|| anyhow::anyhow!("a recovery code that does not read back"))?;
        if codes.contains(&code) {
            continue;
        }
        sqlx::query(
            "INSERT INTO second_factor_recovery_codes (account_id, code_hash) VALUES ($1, $2)",
        )
        .bind(account_id)
        .bind(recovery_hash(app, account_id, &normalized))
        .execute(&mut **tx)
        .await?;
        codes.push(code);
    }
    Ok(codes)
}

/// Confirms the factor being set up with a code from the app. Returns the recovery codes (to
/// show once). The code's step counts as used.
pub async fn confirm_enrolment(
    app: &AppState,
    actor: &Account,
    typed: &str,
    ip: std::net::IpAddr,
) -> Result<Vec<String>, Error> {
    let account_id = actor.id;
    let key = throttle_key(account_id);
    app.login_account_throttle
        .try_take(&key)
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
    let Some(row) = factor(app, account_id).await? else {
        app.login_account_throttle.give_back(&key);
        return Err(Error::Conflict("second-factor-not-begun"));
    };
    if row.enrolled_at.is_some() {
        app.login_account_throttle.give_back(&key);
        return Err(Error::Conflict("second-factor-enrolled"));
    }
    let secret = app.vault.open(&aad(account_id), &row.secret_sealed)?;
    let now = app.clock.timestamp();
    let step = totp::matching_step(&secret, typed, now, None)
        .ok_or(Error::SecondFactor("second-factor-code-wrong"))?;
    let mut tx = app.db.begin().await?;
    let done = sqlx::query(
        "UPDATE second_factors SET enrolled_at = $1, last_used_step = $2
         WHERE account_id = $3 AND enrolled_at IS NULL",
    )
    .bind(now)
    .bind(step)
    .bind(account_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done != 1 {
        return Err(Error::Conflict("second-factor-enrolled"));
    }
    let codes = replace_recovery_codes(app, &mut tx, account_id).await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(actor),
            action: "second-factor-enrol",
            subject: format!("account:{account_id}"),
            detail: String::new(),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    app.login_account_throttle.clear(&key);
    Ok(codes)
}

/// Which kind of code was accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepted {
    Code,
    RecoveryCode,
}

/// Checks a code (or a recovery code) of an enrolled account and uses it up, under the
/// account's allowance of attempts. Each code is accepted once: its step must come after the
/// last one used (a conditional update, so two requests with one code cannot both pass), and a
/// recovery code is marked used in the same way.
pub async fn check_code(
    app: &AppState,
    account_id: i64,
    typed: &str,
    ip: std::net::IpAddr,
) -> Result<Accepted, Error> {
    let key = throttle_key(account_id);
    app.login_account_throttle
        .try_take(&key)
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
    match use_code(app, account_id, typed, ip).await {
        Ok(Some(accepted)) => {
            app.login_account_throttle.clear(&key);
            Ok(accepted)
        }
        Ok(None) => Err(Error::SecondFactor("second-factor-code-wrong")),
        Err(e) => {
            app.login_account_throttle.give_back(&key);
            Err(e)
        }
    }
}

async fn use_code(
    app: &AppState,
    account_id: i64,
    typed: &str,
    ip: std::net::IpAddr,
) -> Result<Option<Accepted>, Error> {
    let Some(row) = factor(app, account_id).await? else {
        return Ok(None);
    };
    if row.enrolled_at.is_none() {
        return Ok(None);
    }
    let now = app.clock.timestamp();
    if totp::normalize_code(typed).is_some() {
        let secret = app.vault.open(&aad(account_id), &row.secret_sealed)?;
        let Some(step) = totp::matching_step(&secret, typed, now, row.last_used_step) else {
            return Ok(None);
        };
        let used = sqlx::query(
            "UPDATE second_factors SET last_used_step = $1
             WHERE account_id = $2 AND enrolled_at IS NOT NULL
               AND (last_used_step IS NULL OR last_used_step < $1)",
        )
        .bind(step)
        .bind(account_id)
        .execute(&app.db.write)
        .await?
        .rows_affected();
        return Ok((used == 1).then_some(Accepted::Code));
    }
    let Some(normalized) = totp::normalize_recovery_code(typed) else {
        return Ok(None);
    };
    let mut tx = app.db.begin().await?;
    let used = sqlx::query(
        "UPDATE second_factor_recovery_codes SET used_at = $1
         WHERE account_id = $2 AND code_hash = $3 AND used_at IS NULL",
    )
    .bind(now)
    .bind(account_id)
    .bind(recovery_hash(app, account_id, &normalized))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if used != 1 {
        return Ok(None);
    }
    let actor = audit_actor(app, account_id).await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(&actor),
            action: "second-factor-recovery-code-used",
            subject: format!("account:{account_id}"),
            detail: String::new(),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Some(Accepted::RecoveryCode))
}

/// Removes an account's factor and its recovery codes in `tx`. Returns whether it had one.
async fn remove(tx: &mut crate::storage::Tx, account_id: i64) -> Result<bool, Error> {
    sqlx::query("DELETE FROM second_factor_recovery_codes WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    let removed = sqlx::query("DELETE FROM second_factors WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    Ok(removed == 1)
}

/// A traveler turns their factor off: the password again and a code (or a recovery code).
pub async fn disable(
    app: &AppState,
    account: &Account,
    password: &str,
    typed: &str,
    ip: std::net::IpAddr,
) -> Result<(), Error> {
    if required(account.kind) {
        return Err(Error::Forbidden);
    }
    if !status(app, account.id).await?.enrolled {
        return Err(Error::NotFound);
    }
    reauthenticate(app, account.id, password).await?;
    check_code(app, account.id, typed, ip).await?;
    let mut tx = app.db.begin().await?;
    remove(&mut tx, account.id).await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "second-factor-disable",
            subject: format!("account:{}", account.id),
            detail: String::new(),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The signed-in person's password again, under the same throttle and hash gate as a login.
async fn reauthenticate(app: &AppState, account_id: i64, password: &str) -> Result<(), Error> {
    let key = format!("reauth:{account_id}");
    app.login_account_throttle
        .try_take(&key)
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
    let checked = async {
        let permit = app
            .hash_gate
            .admit(&[(&key, app.settings.hashing.per_account)])
            .await?;
        let (hash,): (String,) = sqlx::query_as("SELECT password_hash FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_one(&app.db.read)
            .await?;
        super::passwords::verify(permit, password, &hash).await
    }
    .await;
    match checked {
        Ok(true) => {
            app.login_account_throttle.clear(&key);
            Ok(())
        }
        Ok(false) => Err(Error::BadCredentials),
        Err(e) => {
            app.login_account_throttle.give_back(&key);
            Err(e)
        }
    }
}

/// An administrator resets a person's lost factor: removed with its recovery codes, the
/// person's sessions ended (staff must set a new one up at their next sign-in), audited, and
/// the person told by e-mail. `Error::NotFound` when the account has no factor.
pub async fn reset(
    app: &AppState,
    admin: &Account,
    account_id: i64,
    ip: std::net::IpAddr,
) -> Result<(), Error> {
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    if !remove(&mut tx, account_id).await? {
        return Err(Error::NotFound);
    }
    sqlx::query("DELETE FROM sessions WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM pending_logins WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(admin),
            action: "second-factor-reset",
            subject: format!("account:{account_id}"),
            detail: String::new(),
            ip,
            at: now,
        },
    )
    .await?;
    crate::notifications::enqueue_account_event(
        &mut tx,
        &app.vault,
        account_id,
        crate::notifications::AccountEvent::SecondFactorReset,
        now,
    )
    .await?;
    tx.commit().await?;
    app.session_cache.evict_account(account_id);
    Ok(())
}

/// The account an administrator names by e-mail, if there is one.
pub async fn account_by_email(app: &AppState, email: &str) -> Result<Option<i64>, Error> {
    let Ok(email) = garita_domain::accounts::Email::parse(email) else {
        return Ok(None);
    };
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM accounts WHERE email_fingerprint = $1")
            .bind(app.vault.fingerprint(email.as_str()))
            .fetch_optional(&app.db.read)
            .await?;
    Ok(row.map(|r| r.0))
}

/// Sets up a factor at once with a fresh secret, for accounts made by the demo or by tests
/// (no one scans a code there). Any factor the account had is replaced. Returns the secret.
pub async fn enrol_now(app: &AppState, account_id: i64) -> Result<Vec<u8>, Error> {
    let mut secret = [0u8; totp::SECRET_BYTES];
    rand::rngs::OsRng.fill_bytes(&mut secret);
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    remove(&mut tx, account_id).await?;
    sqlx::query(
        "INSERT INTO second_factors (account_id, secret_sealed, created_at, enrolled_at)
         VALUES ($1, $2, $3, $3)",
    )
    .bind(account_id)
    .bind(app.vault.seal(&aad(account_id), &secret))
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(secret.to_vec())
}

/// A browser between its password and its code.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Pending {
    pub account_id: i64,
    pub next_path: String,
}

/// Opens a pending login for the browser. Returns the token for its cookie.
pub async fn pending_create(app: &AppState, account_id: i64, next: &str) -> Result<String, Error> {
    let token = random_token();
    let now = app.clock.timestamp();
    // Expired ones go as new ones come: the table stays small.
    sqlx::query("DELETE FROM pending_logins WHERE created_at < $1")
        .bind(now - PENDING_SECS)
        .execute(&app.db.write)
        .await?;
    sqlx::query(
        "INSERT INTO pending_logins (token_hash, account_id, next_path, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(sha256_hex(&token))
    .bind(account_id)
    .bind(next)
    .bind(now)
    .execute(&app.db.write)
    .await?;
    Ok(token)
}

/// The pending login a browser's token names, if it has not expired.
pub async fn pending_peek(app: &AppState, token: &str) -> Result<Option<Pending>, Error> {
    if token.len() > 100 {
        return Ok(None);
    }
    Ok(sqlx::query_as(
        "SELECT account_id, next_path FROM pending_logins WHERE token_hash = $1 AND created_at >= $2",
    )
    .bind(sha256_hex(token))
    .bind(app.clock.timestamp() - PENDING_SECS)
    .fetch_optional(&app.db.write)
    .await?)
}

/// Uses the pending login up (once: a second call finds nothing).
pub async fn pending_take(app: &AppState, token: &str) -> Result<Option<Pending>, Error> {
    Ok(sqlx::query_as(
        "DELETE FROM pending_logins WHERE token_hash = $1 AND created_at >= $2
         RETURNING account_id, next_path",
    )
    .bind(sha256_hex(token))
    .bind(app.clock.timestamp() - PENDING_SECS)
    .fetch_optional(&app.db.write)
    .await?)
}
