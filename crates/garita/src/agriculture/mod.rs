//! Agriculture inspections: perishable-cargo inspection requests of brokers and carriers with
//! the facilities' agriculture specialists (`cargo`, `specialists`, their message `threads`),
//! and travelers' requests for an inspection of what they carry at an arrival `airport`. The
//! rules (formats, windows, states and who moves them) are `garita_domain::agriculture`.

pub mod airport;
pub mod api;
pub mod cargo;
pub mod demo;
pub mod item_photos;
pub mod pages;
pub mod specialists;
pub mod threads;

use std::sync::LazyLock;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use garita_domain::agriculture::{GuidanceRule, HsChapters, Side};
use garita_domain::api_keys::Permission;
use garita_domain::roles::{Role, Scope};

use crate::http::context::{Caller, Ctx};
use crate::http::errors::Error;
use crate::http::roles::{OrganisationActor, OrganisationCaller};
use crate::http::session::Account;
use crate::notifications::{self, Channel, Kind, Secrets};
use crate::state::AppState;
use crate::storage::Tx;

static CHAPTERS: LazyLock<Result<HsChapters, String>> = LazyLock::new(|| {
    HsChapters::parse(include_str!("../../../../data/agriculture/hs_chapters.tsv"))
});

static GUIDANCE: LazyLock<Result<Vec<GuidanceRule>, String>> = LazyLock::new(|| {
    garita_domain::agriculture::parse_guidance(include_str!(
        "../../../../data/agriculture/guidance.tsv"
    ))
});

/// The HS chapters of `data/agriculture/hs_chapters.tsv` (compiled in; a test reads them).
pub fn chapters() -> Result<&'static HsChapters, Error> {
    CHAPTERS
        .as_ref()
        .map_err(|e| Error::Internal(anyhow::anyhow!("hs_chapters.tsv: {e}")))
}

/// The guidance rules of `data/agriculture/guidance.tsv`.
pub fn guidance() -> Result<&'static [GuidanceRule], Error> {
    GUIDANCE
        .as_ref()
        .map(Vec::as_slice)
        .map_err(|e| Error::Internal(anyhow::anyhow!("guidance.tsv: {e}")))
}

/// Who acts on a cargo request: an organisation (its people or its key with `cargo:write`),
/// or an agriculture specialist (whose facility is checked against the request's).
pub enum CargoActor {
    Organisation(OrganisationCaller),
    Specialist(Account),
}

impl CargoActor {
    pub fn side(&self) -> Side {
        match self {
            CargoActor::Organisation(_) => Side::Requester,
            CargoActor::Specialist(_) => Side::Specialist,
        }
    }

    /// The signed-in person, if it is one (a key has no account).
    pub fn account(&self) -> Option<&Account> {
        match self {
            CargoActor::Organisation(c) => match &c.actor {
                OrganisationActor::Staff(a) => Some(a),
                OrganisationActor::Key(_) => None,
            },
            CargoActor::Specialist(a) => Some(a),
        }
    }

    /// The key that acted, if it was one.
    pub fn key_id(&self) -> Option<&str> {
        match self {
            CargoActor::Organisation(OrganisationCaller {
                actor: OrganisationActor::Key(k),
                ..
            }) => Some(&k.key_id),
            _ => None,
        }
    }
}

impl FromRequestParts<AppState> for CargoActor {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Error> {
        if let Some(Caller::Account(a)) = parts.extensions.get::<Ctx>().map(|c| &c.caller) {
            if a.has_role(Role::AgricultureSpecialist) {
                return Ok(CargoActor::Specialist(a.clone()));
            }
        }
        let caller = OrganisationCaller::from_request_parts(parts, app).await?;
        caller.require(Permission::CargoWrite)?;
        Ok(CargoActor::Organisation(caller))
    }
}

/// An agriculture specialist (on a cargo facility or an airport). Which place a request is
/// at is the handler's second check (`covers`).
pub struct Specialist(pub Account);

impl<S: Send + Sync> FromRequestParts<S> for Specialist {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Error> {
        match parts.extensions.get::<Ctx>().map(|c| &c.caller) {
            Some(Caller::Account(a)) if a.has_role(Role::AgricultureSpecialist) => {
                Ok(Specialist(a.clone()))
            }
            Some(Caller::Account(_)) => Err(Error::Forbidden),
            Some(Caller::Key(_)) => Err(Error::NotPermitted("api-key-permission")),
            Some(Caller::Expired) => Err(Error::SessionExpired),
            _ => Err(Error::LoginRequired),
        }
    }
}

/// Whether the specialist works at `location_id`.
pub fn covers(account: &Account, location_id: &str) -> bool {
    account.holds(
        Role::AgricultureSpecialist,
        &Scope::Location(location_id.to_string()),
    )
}

/// The places a specialist works at, in grant order.
pub fn places_of(account: &Account) -> Vec<String> {
    account
        .grants
        .iter()
        .filter(|g| g.role == Role::AgricultureSpecialist)
        .filter_map(|g| g.scope.location().map(str::to_string))
        .collect()
}

/// Tells an account that a request it follows changed, by e-mail, with a link to its page
/// (never what changed in detail: "sign in to see").
pub async fn notify(
    tx: &mut Tx,
    app: &AppState,
    account_id: i64,
    path: &str,
    now: i64,
) -> Result<(), Error> {
    let base = app.settings.notifications.public_url.trim_end_matches('/');
    let secrets = Secrets {
        link: Some(format!("{base}{path}")),
        ..Secrets::default()
    };
    notifications::enqueue_with_secrets(
        tx,
        &app.vault,
        account_id,
        Kind::AgricultureUpdate,
        Channel::Email,
        Some(secrets),
        now,
    )
    .await?;
    Ok(())
}

/// The instant as RFC 3339 (UTC), as the API gives times.
pub fn rfc3339(t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0)
        .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// The retention purge (`retention::Job::AgricultureInspections`): cargo requests inspected
/// or cancelled before `before` (seconds), with their threads and attachments (cascade); the
/// hours' counters of hours before it; travelers' airport requests whose flight day ended a day
/// before it (as text, a day's margin for the zones). Returns the requests deleted.
pub async fn purge(app: &AppState, before: i64) -> Result<u64, Error> {
    use garita_domain::agriculture::CargoStatus;
    let w = &app.db.write;
    let cargo =
        sqlx::query("DELETE FROM cargo_requests WHERE status IN ($1, $2) AND updated_at < $3")
            .bind(CargoStatus::Inspected.as_str())
            .bind(CargoStatus::Cancelled.as_str())
            .bind(before)
            .execute(w)
            .await?
            .rows_affected();
    sqlx::query("DELETE FROM agriculture_hours WHERE hour_start < $1")
        .bind(before)
        .execute(w)
        .await?;
    let day = chrono::DateTime::from_timestamp(before - 86_400, 0)
        .map(|t| t.date_naive().to_string())
        .unwrap_or_default();
    let airport = sqlx::query("DELETE FROM airport_requests WHERE flight_date < $1")
        .bind(day)
        .execute(w)
        .await?
        .rows_affected();
    Ok(cargo + airport)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_data_files_read() {
        let chapters = super::chapters().unwrap();
        assert!(chapters.contains("08") && !chapters.contains("99"));
        let rules = super::guidance().unwrap();
        assert!(rules.iter().any(|r| r.source.is_none()));
        assert!(rules.iter().any(|r| r.source.is_some()));
    }
}
