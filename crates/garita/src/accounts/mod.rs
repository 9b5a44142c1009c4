//! Accounts: registration, logging in and out, sessions, roles, and the throttles that slow down
//! password guessing. Pages and the JSON API share the functions here.

pub mod api;
pub mod pages;
pub mod passwords;
pub mod recovery;
pub mod recovery_api;
pub mod recovery_pages;
pub mod second_factor;
pub mod second_factor_api;
pub mod second_factor_pages;

use garita_domain::accounts::{Email, Password};
use garita_domain::roles::{AccountKind, Grant};
use garita_domain::validation::{Collector, Invalid};

use crate::http::errors::Error;
use crate::http::session as sessions;
use crate::state::AppState;
use crate::storage::is_unique_violation;

/// What a person typed to register.
#[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct Registration {
    #[serde(default)]
    #[schema(required = true, format = Email, max_length = 254)]
    pub email: String,
    #[serde(default)]
    #[schema(required = true, min_length = 15, max_length = 128)]
    pub password: String,
    /// Preferred language of the pages (a supported locale code); defaults to the page's.
    #[serde(default)]
    pub language: Option<String>,
}

/// Validates a registration and answers it the same way whether or not the address already has
/// an account (`recovery::registered`): one hash and one outbox row on both paths.
pub async fn register(
    app: &AppState,
    form: &Registration,
    ip: std::net::IpAddr,
    language: &str,
) -> Result<(), Error> {
    let mut c = Collector::default();
    let email = c.check("email", Email::parse(&form.email));
    let password = c.check(
        "password",
        Password::parse(&form.password, |p| app.common_passwords.contains(p)),
    );
    c.finish()?;
    let (Some(email), Some(password)) = (email, password) else {
        return Err(Error::Invalid(Invalid::default()));
    };
    let language = form
        .language
        .as_deref()
        .and_then(|l| app.catalogs.find(l))
        .map(|i| app.catalogs.locales()[i].code)
        .unwrap_or(language);
    // A form that is refused costs nothing; one that is hashed takes its place in the
    // address's allowance first, in one step, so registrations that arrive together cannot
    // all pass (an e-mail already taken still counts, as it always did).
    let ip_key = format!("ip:{ip}");
    app.registration_throttle
        .try_take(&ip_key)
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
    let permit = match app
        .hash_gate
        .admit(&[(&ip_key, app.settings.hashing.per_address)])
        .await
    {
        Ok(permit) => permit,
        Err(busy) => {
            app.registration_throttle.give_back(&ip_key);
            return Err(busy);
        }
    };
    let hash = passwords::hash_admitted(permit, &password).await?;
    recovery::registered(app, &email, hash, language).await
}

/// An account made by staff, the demo or a test, with its grants: hashed outside the gate (no
/// stranger can ask for it).
pub async fn create_account(
    app: &AppState,
    email: &Email,
    password: &Password,
    kind: AccountKind,
    grants: &[Grant],
    language: Option<&str>,
) -> Result<i64, Error> {
    let hash = passwords::hash(password).await?;
    let mut tx = app.db.begin().await?;
    // Made by staff or the demo: the address is taken as verified.
    let verified_at = Some(app.clock.timestamp());
    let id = insert_account(&mut tx, app, email, hash, kind, language, verified_at).await?;
    for g in grants {
        crate::grants::give(&mut tx, app, id, g, None).await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Inserts an account in the caller's transaction; `verified_at` is when its address was
/// verified (`None` for a traveler who registered: the link sent to the address sets it).
pub(crate) async fn insert_account(
    tx: &mut crate::storage::Tx,
    app: &AppState,
    email: &Email,
    hash: String,
    kind: AccountKind,
    language: Option<&str>,
    verified_at: Option<i64>,
) -> Result<i64, Error> {
    let fingerprint = app.vault.fingerprint(email.as_str());
    let sealed = app.vault.seal(
        &format!("account-email:{fingerprint}"),
        email.as_str().as_bytes(),
    );
    let inserted: Result<(i64,), sqlx::Error> = sqlx::query_as(
        "INSERT INTO accounts (email_fingerprint, email_sealed, password_hash, kind, language, created_at, email_verified_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(&fingerprint)
    .bind(sealed)
    .bind(hash)
    .bind(kind.as_str())
    .bind(language)
    .bind(app.clock.timestamp())
    .bind(verified_at)
    .fetch_one(&mut **tx)
    .await;
    match inserted {
        Ok((id,)) => Ok(id),
        Err(e) if is_unique_violation(&e) => Err(Error::Conflict("email-taken")),
        Err(e) => Err(e.into()),
    }
}

/// What logging in reads of an account.
#[derive(sqlx::FromRow)]
struct CredentialRow {
    id: i64,
    password_hash: String,
}

/// Checks credentials under the throttles and opens a session. Returns the session token.
/// Only for an account that needs no second factor (one just registered); a login form or the
/// API goes through `check_password` and then `second_factor::after_password`.
pub async fn log_in(
    app: &AppState,
    email: &str,
    password: &str,
    ip: std::net::IpAddr,
) -> Result<String, Error> {
    let id = check_password(app, email, password, ip).await?;
    Ok(sessions::create(app, id).await?)
}

/// Checks credentials under the throttles. Returns the account's id.
///
/// The attempt is taken from the account's and the address's allowances before the password
/// is checked, each in one step, so attempts that arrive together cannot all pass; it is given
/// back when it did not count (the right password, or refused before any hash). The hash then
/// needs a place from the gate: a share per account and per address, and one among the few
/// running overall.
pub async fn check_password(
    app: &AppState,
    email: &str,
    password: &str,
    ip: std::net::IpAddr,
) -> Result<i64, Error> {
    let email = Email::parse(email).map_err(|_| Error::BadCredentials)?;
    let fingerprint = app.vault.fingerprint(email.as_str());
    let account_key = format!("account:{fingerprint}");
    let ip_key = format!("ip:{ip}");
    let too_many = |retry_after_secs| Error::TooManyRequests { retry_after_secs };
    app.login_account_throttle
        .try_take(&account_key)
        .map_err(too_many)?;
    if let Err(wait) = app.login_ip_throttle.try_take(&ip_key) {
        app.login_account_throttle.give_back(&account_key);
        return Err(too_many(wait));
    }
    let hashing = app.settings.hashing;
    let verified = async {
        let permit = app
            .hash_gate
            .admit(&[
                (&account_key, hashing.per_account),
                (&ip_key, hashing.per_address),
            ])
            .await?;
        let row: Option<CredentialRow> =
            sqlx::query_as("SELECT id, password_hash FROM accounts WHERE email_fingerprint = $1")
                .bind(&fingerprint)
                .fetch_optional(&app.db.read)
                .await?;
        // Verify against a dummy hash when the account does not exist, so timing reveals nothing.
        let (id, hash) = match row {
            Some(r) => (Some(r.id), r.password_hash),
            None => (None, passwords::dummy_hash().to_string()),
        };
        let ok = passwords::verify(permit, password, &hash).await?;
        Ok::<_, Error>(id.filter(|_| ok))
    }
    .await;
    match verified {
        Ok(Some(id)) => {
            app.login_account_throttle.clear(&account_key);
            app.login_ip_throttle.give_back(&ip_key);
            Ok(id)
        }
        Ok(None) => Err(Error::BadCredentials),
        // Busy, or a failure of ours: the password was not judged, so the attempt does not count.
        Err(e) => {
            app.login_account_throttle.give_back(&account_key);
            app.login_ip_throttle.give_back(&ip_key);
            Err(e)
        }
    }
}
