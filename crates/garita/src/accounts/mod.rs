//! Accounts: registration, logging in and out, sessions, roles, and the throttles that slow down
//! password guessing. Pages and the JSON API share the functions here.

pub mod api;
pub mod pages;
pub mod passwords;

use garita_domain::accounts::{Email, Password, Role};
use garita_domain::validation::{Collector, Invalid};

use crate::http::errors::Error;
use crate::http::session as sessions;
use crate::state::AppState;
use crate::storage::is_unique_violation;

/// What a person typed to register.
#[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct Registration {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    /// Preferred language of the pages (a supported locale code); defaults to the page's.
    #[serde(default)]
    pub language: Option<String>,
}

/// Validates and creates a traveler account. Returns its id.
pub async fn register(
    app: &AppState,
    form: &Registration,
    ip: std::net::IpAddr,
    language: &str,
) -> Result<i64, Error> {
    app.registration_throttle
        .check(&format!("ip:{ip}"))
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
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
    app.registration_throttle.hit(&format!("ip:{ip}"));
    let id = create_account(app, &email, &password, Role::Traveler, None, Some(language)).await?;
    Ok(id)
}

pub async fn create_account(
    app: &AppState,
    email: &Email,
    password: &Password,
    role: Role,
    port_id: Option<&str>,
    language: Option<&str>,
) -> Result<i64, Error> {
    let hash = passwords::hash(password).await?;
    let fingerprint = app.vault.fingerprint(email.as_str());
    let sealed = app.vault.seal(
        &format!("account-email:{fingerprint}"),
        email.as_str().as_bytes(),
    );
    let inserted: Result<(i64,), sqlx::Error> = sqlx::query_as(
        "INSERT INTO accounts (email_fingerprint, email_sealed, password_hash, role, port_id, language, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(&fingerprint)
    .bind(sealed)
    .bind(hash)
    .bind(role.as_str())
    .bind(port_id)
    .bind(language)
    .bind(app.clock.timestamp())
    .fetch_one(&app.db.write)
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
pub async fn log_in(
    app: &AppState,
    email: &str,
    password: &str,
    ip: std::net::IpAddr,
) -> Result<String, Error> {
    let email = Email::parse(email).map_err(|_| Error::BadCredentials)?;
    let fingerprint = app.vault.fingerprint(email.as_str());
    let account_key = format!("account:{fingerprint}");
    let ip_key = format!("ip:{ip}");
    app.login_account_throttle
        .check(&account_key)
        .and_then(|_| app.login_ip_throttle.check(&ip_key))
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
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
    let ok = passwords::verify(password, &hash).await?;
    match (id, ok) {
        (Some(id), true) => {
            app.login_account_throttle.clear(&account_key);
            Ok(sessions::create(app, id).await?)
        }
        _ => {
            app.login_account_throttle.hit(&account_key);
            app.login_ip_throttle.hit(&ip_key);
            Err(Error::BadCredentials)
        }
    }
}
