//! Argon2id password hashes (the crate's defaults: m = 19 MiB, t = 2, p = 1, OWASP's minimum),
//! computed off the async runtime so a burst of logins cannot stall other requests. Hashes a
//! request can trigger run under a `HashPermit` from the state's `HashGate`, which bounds how
//! many run at once (each holds 19 MiB).

use std::sync::OnceLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use garita_domain::accounts::Password;

use crate::http::errors::Error;
use crate::http::throttle::HashPermit;

/// Hashes a new password. Outside the gate: for accounts made by staff, the demo and the
/// benchmark, which no stranger can trigger; registration uses `hash_admitted`.
pub async fn hash(password: &Password) -> Result<String, Error> {
    let pw = password.expose().to_string();
    Ok(tokio::task::spawn_blocking(move || hash_now(&pw)).await??)
}

/// Hashes a new password under a permit of the gate, held until the hash is done (even if
/// the request that asked for it is abandoned meanwhile).
pub async fn hash_admitted(permit: HashPermit, password: &Password) -> Result<String, Error> {
    let pw = password.expose().to_string();
    Ok(tokio::task::spawn_blocking(move || permit.run(|| hash_now(&pw))).await??)
}

fn hash_now(pw: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(pw.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing password: {e}"))
}

/// Checks a password against its hash under a permit of the gate, held until the check is
/// done.
pub async fn verify(permit: HashPermit, password: &str, hash: &str) -> Result<bool, Error> {
    let pw = password.to_string();
    let hash = hash.to_string();
    Ok(tokio::task::spawn_blocking(move || {
        permit.run(|| {
            PasswordHash::new(&hash)
                .map(|parsed| {
                    Argon2::default()
                        .verify_password(pw.as_bytes(), &parsed)
                        .is_ok()
                })
                .unwrap_or(false)
        })
    })
    .await?)
}

/// A valid hash of a random password, used when the account does not exist.
pub fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(crate::storage::vault::random_token().as_bytes(), &salt)
            .map(|h| h.to_string())
            .unwrap_or_default()
    })
}
