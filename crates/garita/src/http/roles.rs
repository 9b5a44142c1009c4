//! Who may call a handler, said once in its signature: `Traveler(account)`, `Officer`,
//! `Staff` (an officer or an admin), `Admin`, `OrganisationStaff` / `OrganisationManager` (of
//! an approved organisation), `OrganisationCaller` (its staff or one of its API keys, with
//! `require(permission)`), or `SignedIn` (anyone; never an API key). Each reads the grants
//! the session resolved and refuses with the error that explains why: not signed in (401, or the login
//! page), session expired, the organisation not approved, or no grant for this (403). Whether
//! a grant covers the object asked for (this port, this organisation) is the handler's second
//! check, with the scope the extractor hands it. Put it before the body extractor.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use garita_domain::api_keys::{self, Permission};
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::{Role, Scope};

use crate::http::context::{Caller, Ctx, KeyCaller};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;

fn caller(parts: &Parts) -> Result<&Caller, Error> {
    parts
        .extensions
        .get::<Ctx>()
        .map(|c| &c.caller)
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("context middleware not installed")))
}

/// The signed-in account if `allowed` accepts it; otherwise why not.
fn account_with(parts: &Parts, allowed: impl Fn(&Account) -> bool) -> Result<Account, Error> {
    match caller(parts)? {
        Caller::Anonymous => Err(Error::LoginRequired),
        Caller::Expired => Err(Error::SessionExpired),
        Caller::Account(a) if allowed(a) => Ok(a.clone()),
        Caller::Account(_) => Err(Error::Forbidden),
        // A key reaches only what `OrganisationCaller` guards: never a traveler's, an
        // officer's or an administrator's endpoint. 403, not 401: the key was recognised and
        // is valid, so authenticating again would not help.
        Caller::Key(_) => Err(Error::NotPermitted("api-key-permission")),
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
    |a: &Account| a.is_traveler()
);
role_extractor!(
    /// An officer at a port.
    Officer,
    |a: &Account| a.is_officer()
);
role_extractor!(
    /// Port staff: an officer (scoped to their port) or an admin (any port, named per request).
    Staff,
    |a: &Account| a.is_officer() || a.is_admin()
);
role_extractor!(
    /// An administrator.
    Admin,
    |a: &Account| a.is_admin()
);
role_extractor!(
    /// Anyone signed in, whatever the role.
    SignedIn,
    |_| true
);

/// Someone acting for an approved organisation: its manager or a member. An account in more
/// than one organisation acts for the first it was given (the pages name it).
pub struct OrganisationStaff {
    pub account: Account,
    pub organisation_id: i64,
    /// Manages the organisation (members, roles, keys).
    pub manager: bool,
}

fn organisation_staff(parts: &Parts, manager_only: bool) -> Result<OrganisationStaff, Error> {
    let account = account_with(parts, |_| true)?;
    let wanted = |r: Role| {
        r == Role::OrganisationManager || (!manager_only && r == Role::OrganisationMember)
    };
    let found = account
        .grants
        .iter()
        .find(|g| wanted(g.role))
        .and_then(|g| g.scope.organisation());
    match found {
        Some(organisation_id) => Ok(OrganisationStaff {
            manager: account.holds(
                Role::OrganisationManager,
                &Scope::Organisation(organisation_id),
            ),
            organisation_id,
            account,
        }),
        None if account.waiting.iter().any(|g| wanted(g.role)) => {
            Err(Error::NotPermitted("organisation-not-approved"))
        }
        None => Err(Error::Forbidden),
    }
}

impl<S: Send + Sync> FromRequestParts<S> for OrganisationStaff {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Error> {
        organisation_staff(parts, false)
    }
}

/// The manager of an approved organisation.
pub struct OrganisationManager(pub OrganisationStaff);

impl<S: Send + Sync> FromRequestParts<S> for OrganisationManager {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Error> {
        organisation_staff(parts, true).map(OrganisationManager)
    }
}

impl std::ops::Deref for OrganisationManager {
    type Target = OrganisationStaff;
    fn deref(&self) -> &OrganisationStaff {
        &self.0
    }
}

/// Who acts for an organisation through the API: one of its staff (a session) or one of its
/// API keys.
pub enum OrganisationActor {
    Staff(Account),
    Key(KeyCaller),
}

/// Someone acting for an approved organisation on the API: its staff's session or one of its
/// API keys. What it may do is said per handler with `require(permission)`: a key holds the
/// permissions it was given; a staff session every permission its organisation's kind allows.
pub struct OrganisationCaller {
    pub organisation_id: i64,
    pub organisation_kind: OrganisationKind,
    pub actor: OrganisationActor,
}

impl OrganisationCaller {
    /// Ok if the caller holds `permission`; otherwise 403 (`api-key-permission` for a key).
    pub fn require(&self, permission: Permission) -> Result<(), Error> {
        match &self.actor {
            OrganisationActor::Key(k) if k.permissions.contains(&permission) => Ok(()),
            OrganisationActor::Key(_) => Err(Error::NotPermitted("api-key-permission")),
            OrganisationActor::Staff(_)
                if api_keys::allowed_for(self.organisation_kind).contains(&permission) =>
            {
                Ok(())
            }
            OrganisationActor::Staff(_) => Err(Error::Forbidden),
        }
    }
}

impl FromRequestParts<AppState> for OrganisationCaller {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Error> {
        if let Caller::Key(k) = caller(parts)? {
            return Ok(OrganisationCaller {
                organisation_id: k.organisation_id,
                organisation_kind: k.organisation_kind,
                actor: OrganisationActor::Key(k.clone()),
            });
        }
        let staff = organisation_staff(parts, false)?;
        let kind: Option<String> =
            sqlx::query_scalar("SELECT kind FROM organisations WHERE id = $1")
                .bind(staff.organisation_id)
                .fetch_optional(&app.db.read)
                .await?;
        let organisation_kind = kind
            .as_deref()
            .and_then(OrganisationKind::parse)
            .ok_or_else(|| {
                Error::Internal(anyhow::anyhow!(
                    "organisation {} has no known kind",
                    staff.organisation_id
                ))
            })?;
        Ok(OrganisationCaller {
            organisation_id: staff.organisation_id,
            organisation_kind,
            actor: OrganisationActor::Staff(staff.account),
        })
    }
}
