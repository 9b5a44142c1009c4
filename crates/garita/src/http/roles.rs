//! Who may call a handler, said once in its signature: `Traveler(account)`, `Officer`,
//! `Staff` (an officer or an admin), `Admin`, or `SignedIn` (any role). Each extractor reads the
//! request's context and refuses with the error that explains why: not signed in (401, or the
//! login page), session expired, or the wrong role (403). Put it before the body extractor.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use garita_domain::accounts::Role;

use crate::http::context::{Caller, Ctx};
use crate::http::errors::Error;
use crate::http::session::Account;

fn caller(parts: &Parts) -> Result<&Caller, Error> {
    parts
        .extensions
        .get::<Ctx>()
        .map(|c| &c.caller)
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("context middleware not installed")))
}

/// The signed-in account if `allowed` accepts its role; otherwise why not.
fn account_with(parts: &Parts, allowed: impl Fn(Role) -> bool) -> Result<Account, Error> {
    match caller(parts)? {
        Caller::Anonymous => Err(Error::LoginRequired),
        Caller::Expired => Err(Error::SessionExpired),
        Caller::Account(a) if allowed(a.role) => Ok(a.clone()),
        Caller::Account(_) => Err(Error::Forbidden),
    }
}

macro_rules! role_extractor {
    ($(#[$doc:meta])* $name:ident, $allowed:expr) => {
        $(#[$doc])*
        pub struct $name(pub Account);

        impl<S: Send + Sync> FromRequestParts<S> for $name {
            type Rejection = Error;

            async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Error> {
                account_with(parts, $allowed).map($name)
            }
        }

        impl std::ops::Deref for $name {
            type Target = Account;
            fn deref(&self) -> &Account {
                &self.0
            }
        }
    };
}

role_extractor!(
    /// A traveler (the holder of a group).
    Traveler,
    |r| r == Role::Traveler
);
role_extractor!(
    /// An officer at a port.
    Officer,
    |r| r == Role::Officer
);
role_extractor!(
    /// Port staff: an officer (scoped to their port) or an admin (any port, named per request).
    Staff,
    |r| matches!(r, Role::Officer | Role::Admin)
);
role_extractor!(
    /// An administrator.
    Admin,
    |r| r == Role::Admin
);
role_extractor!(
    /// Anyone signed in, whatever the role.
    SignedIn,
    |_| true
);
