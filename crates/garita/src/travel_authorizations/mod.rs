//! Advance travel authorization (ATA) for the parole processes (CHNV, Uniting for Ukraine):
//! supporter cases arrive from USCIS in batches signed by the agency (`imports`), a monthly
//! selection on the draw's engine invites some of them (`selection`), the beneficiary confirms
//! data, passport, attestations and a live photo by an invitation link (`beneficiary`), an
//! adjudicator grants or refuses (`decisions`), and an airline checks before boarding
//! (`airline_check`). The rules are `garita_domain::parole`; the programmes are data
//! (`programmes/*.toml`).

pub mod airline_check;
pub mod api;
pub mod bench;
pub mod beneficiary;
pub mod cli;
pub mod decisions;
pub mod demo;
pub mod imports;
pub mod pages;
pub mod programmes;
pub mod selection;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use garita_domain::api_keys::Permission;
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::{Programme as Scoped, Role, Scope};
use serde::{Deserialize, Serialize};

use crate::http::errors::Error;
use crate::http::roles::{OrganisationActor, OrganisationCaller, SignedIn};
use crate::http::session::Account;
use crate::state::AppState;

/// An adjudicator of the parole travel programme (`Role::Adjudicator` on
/// `Scope::Programme(Programme::ParoleTravel)`).
pub struct Adjudicator(pub Account);

impl FromRequestParts<AppState> for Adjudicator {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Error> {
        let SignedIn(account) = SignedIn::from_request_parts(parts, app).await?;
        if account.holds(Role::Adjudicator, &Scope::Programme(Scoped::ParoleTravel)) {
            Ok(Adjudicator(account))
        } else {
            Err(Error::Forbidden)
        }
    }
}

/// A member of an approved government agency (USCIS sends the batches), signed in. An API key
/// cannot import: a leaked key must not be able to add cases.
pub struct AgencyMember {
    pub organisation_id: i64,
    pub account: Account,
}

impl FromRequestParts<AppState> for AgencyMember {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Error> {
        let caller = OrganisationCaller::from_request_parts(parts, app).await?;
        let account = match caller.actor {
            OrganisationActor::Key(_) => return Err(Error::NotPermitted("api-key-permission")),
            OrganisationActor::Staff(a) => a,
        };
        if caller.organisation_kind != OrganisationKind::GovernmentAgency {
            return Err(Error::NotPermitted("ata-agency-only"));
        }
        Ok(AgencyMember {
            organisation_id: caller.organisation_id,
            account,
        })
    }
}

/// An airline's member (signed in) or one of its API keys holding `authorizations:read`.
pub struct AirlineAgent {
    pub organisation_id: i64,
    pub actor: OrganisationActor,
}

impl AirlineAgent {
    pub fn account(&self) -> Option<&Account> {
        match &self.actor {
            OrganisationActor::Staff(a) => Some(a),
            OrganisationActor::Key(_) => None,
        }
    }

    /// Whose allowance of checks this is.
    fn throttle_key(&self) -> String {
        match &self.actor {
            OrganisationActor::Staff(a) => format!("ata-check:{}", a.id),
            OrganisationActor::Key(k) => format!("ata-check:api-key:{}", k.key_id),
        }
    }

    fn audit_actor(&self) -> String {
        match &self.actor {
            OrganisationActor::Staff(_) => String::new(),
            OrganisationActor::Key(k) => format!(" api-key={}", k.key_id),
        }
    }
}

impl FromRequestParts<AppState> for AirlineAgent {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Error> {
        let caller = OrganisationCaller::from_request_parts(parts, app).await?;
        if caller.organisation_kind != OrganisationKind::Airline {
            return Err(match caller.actor {
                OrganisationActor::Key(_) => Error::NotPermitted("api-key-permission"),
                OrganisationActor::Staff(_) => Error::NotPermitted("ata-airline-only"),
            });
        }
        caller.require(Permission::AuthorizationsRead)?;
        Ok(AirlineAgent {
            organisation_id: caller.organisation_id,
            actor: caller.actor,
        })
    }
}

/// A case as imported, sealed in `ata_cases.sealed` (the row id is the associated data).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SealedCase {
    pub family_name: String,
    pub given_names: String,
    pub date_of_birth: chrono::NaiveDate,
    pub email: String,
    pub supporter_name: String,
    pub relationship: String,
}

/// What the beneficiary typed at the biographic step, sealed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SealedBiographic {
    pub family_name: String,
    pub given_names: String,
    pub date_of_birth: chrono::NaiveDate,
}

/// The passport, sealed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SealedPassport {
    pub number: String,
    pub country: String,
    pub expires: chrono::NaiveDate,
}

pub fn case_aad(id: &str) -> String {
    format!("ata-case:{id}")
}
pub fn biographic_aad(id: &str) -> String {
    format!("ata-biographic:{id}")
}
pub fn passport_aad(id: &str) -> String {
    format!("ata-passport:{id}")
}
pub fn photo_aad(id: &str) -> String {
    format!("ata-photo:{id}")
}

/// The keyed fingerprint of a case's date of birth, salted by the case (so two cases' are not
/// comparable): what the airline check compares, never opening the case.
pub fn dob_fingerprint(app: &AppState, case_id: &str, dob: chrono::NaiveDate) -> String {
    app.vault
        .fingerprint(&format!("ata-dob\u{1F}{case_id}\u{1F}{dob}"))
}

/// Starts the jobs of this function inside `serve`: the month's selection at its time, the
/// next month's commitment ahead of it, and expiring ATAs past their date.
pub fn spawn_jobs(app: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            tick.tick().await;
            if let Err(e) = selection::scheduled(&app).await {
                tracing::error!(error = ?e, "ata selection job");
            }
            if let Err(e) = decisions::expire(&app).await {
                tracing::error!(error = ?e, "ata expiry job");
            }
        }
    });
}

/// Retention (`retention::Job::AtaCases`): refused cases `ENDED_DAYS` after the decision, ATAs
/// the same time after their last valid day (granted or marked expired), with their steps and
/// invitations; the fingerprints live in the case row and go with it. Cases not selected stay.
/// `before` is the cut-off (now minus the period).
pub async fn purge_cases(app: &AppState, before: i64) -> Result<u64, Error> {
    use garita_domain::parole::CaseStatus;
    // The ATA's last day as calendar text: a day of margin, kept longer, never shorter.
    let before_day = chrono::DateTime::from_timestamp(before - 86_400, 0)
        .map(|t| t.date_naive().to_string())
        .unwrap_or_default();
    const STEPS: &str = "DELETE FROM ata_steps WHERE case_id IN (SELECT id FROM ata_cases
        WHERE (status = $1 AND decided_at < $2) OR (status IN ($3, $4) AND valid_until < $5))";
    const INVITATIONS: &str =
        "DELETE FROM ata_invitations WHERE case_id IN (SELECT id FROM ata_cases
        WHERE (status = $1 AND decided_at < $2) OR (status IN ($3, $4) AND valid_until < $5))";
    const CASES: &str = "DELETE FROM ata_cases
        WHERE (status = $1 AND decided_at < $2) OR (status IN ($3, $4) AND valid_until < $5)";
    let mut tx = app.db.begin().await?;
    let mut n = 0;
    for sql in [STEPS, INVITATIONS, CASES] {
        n = sqlx::query(sql)
            .bind(CaseStatus::Refused.as_str())
            .bind(before)
            .bind(CaseStatus::Granted.as_str())
            .bind(CaseStatus::Expired.as_str())
            .bind(&before_day)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    }
    tx.commit().await?;
    Ok(n)
}

/// Retention (`retention::Job::AtaInvitations`): invitation links used or expired before the
/// cut-off.
pub async fn purge_invitations(app: &AppState, before: i64) -> Result<u64, Error> {
    Ok(
        sqlx::query("DELETE FROM ata_invitations WHERE used_at < $1 OR expires_at < $1")
            .bind(before)
            .execute(&app.db.write)
            .await?
            .rows_affected(),
    )
}
