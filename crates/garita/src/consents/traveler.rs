//! The traveler's side: which organisations may act for them, what each may do and until when,
//! everything done for them ("done by …, staff member …, on …"), inviting an organisation, and
//! revoking a consent — which ends the organisation's access from its next request.

use std::net::IpAddr;

use garita_domain::consents::{self as rules, Permissions};
use garita_domain::organisations::OrganisationKind;
use garita_domain::status::OrganisationStatus;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;

/// A consent as its traveler sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConsentView {
    pub id: String,
    pub organisation_id: i64,
    pub organisation: String,
    /// `view`, `manage_group`, `request`, `confirm`.
    pub permissions: Vec<String>,
    pub granted_at: i64,
    /// The end of its last day (seconds since the epoch).
    pub until_at: i64,
    /// `active`, `revoked` or `expired`.
    pub state: String,
    #[schema(required = true)]
    pub revoked_at: Option<i64>,
}

/// One act done for the traveler by a helper.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct ActionView {
    pub organisation_name: String,
    pub staff_name: String,
    /// What was done (`registered-family`, `viewed-group`, `added-member`, `requested`…).
    pub action: String,
    pub at: i64,
}

/// What the traveler's page shows.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Overview {
    pub consents: Vec<ConsentView>,
    pub actions: Vec<ActionView>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    organisation_id: i64,
    legal_name: String,
    permissions: String,
    granted_at: i64,
    until_at: i64,
    revoked_at: Option<i64>,
}

/// The traveler's consents (newest first) and the acts done for them (newest first).
pub async fn overview(app: &AppState, account_id: i64) -> Result<Overview, Error> {
    let now = app.clock.timestamp();
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT c.id, c.organisation_id, o.legal_name, c.permissions, c.granted_at, c.until_at, c.revoked_at
         FROM consents c JOIN organisations o ON o.id = c.organisation_id
         WHERE c.account_id = $1
         ORDER BY c.granted_at DESC, CASE WHEN c.revoked_at IS NULL THEN 0 ELSE 1 END, c.id",
    )
    .bind(account_id)
    .fetch_all(&app.db.write)
    .await?;
    let consents = rows
        .into_iter()
        .map(|r| {
            let permissions = Permissions::parse(&r.permissions).unwrap_or_default();
            ConsentView {
                state: rules::state(r.revoked_at, r.until_at, now)
                    .as_str()
                    .to_string(),
                id: r.id,
                organisation_id: r.organisation_id,
                organisation: r.legal_name,
                permissions: permissions
                    .list()
                    .iter()
                    .map(|p| p.as_str().to_string())
                    .collect(),
                granted_at: r.granted_at,
                until_at: r.until_at,
                revoked_at: r.revoked_at,
            }
        })
        .collect();
    let actions: Vec<ActionView> = sqlx::query_as(
        "SELECT organisation_name, staff_name, action, at FROM consent_actions
         WHERE account_id = $1 ORDER BY at DESC, id DESC LIMIT 200",
    )
    .bind(account_id)
    .fetch_all(&app.db.write)
    .await?;
    Ok(Overview { consents, actions })
}

/// A traveler's invitation to an organisation.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct Invitation {
    /// An approved aid organisation (`GET /api/v1/consents/organisations`).
    #[serde(default)]
    pub organisation_id: i64,
    /// What it may do (`view` always included). Empty: all four.
    #[serde(default)]
    pub permissions: Vec<String>,
    /// Days (1–365; 90 when absent).
    #[serde(default)]
    pub days: Option<i64>,
}

/// An organisation a traveler may invite.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct HelperOrganisation {
    pub id: i64,
    pub legal_name: String,
    pub country: String,
}

/// The approved aid organisations, by name.
pub async fn organisations(app: &AppState) -> Result<Vec<HelperOrganisation>, Error> {
    Ok(sqlx::query_as(
        "SELECT id, legal_name, country FROM organisations WHERE kind = $1 AND status = $2 ORDER BY legal_name, id",
    )
    .bind(OrganisationKind::AidOrganisation.as_str())
    .bind(OrganisationStatus::Approved.as_str())
    .fetch_all(&app.db.read)
    .await?)
}

/// The traveler gives an approved aid organisation their consent (replacing one in force to
/// it). Audited.
pub async fn invite(
    app: &AppState,
    account: &Account,
    invitation: &Invitation,
    ip: IpAddr,
) -> Result<String, Error> {
    let known = organisations(app)
        .await?
        .iter()
        .any(|o| o.id == invitation.organisation_id);
    if !known {
        return Err(Error::field(
            "organisation_id",
            garita_domain::validation::Problem::UnknownChoice,
        ));
    }
    let permissions = super::cards::parse_permissions(&invitation.permissions)?;
    let days = invitation.days.unwrap_or(rules::DEFAULT_DAYS);
    let mut tx = app.db.begin().await?;
    let id = super::grant(
        &mut tx,
        app,
        super::NewConsent {
            traveler: account.id,
            organisation_id: invitation.organisation_id,
            permissions,
            days,
            granted_by: account.id,
            how: "invitation",
        },
    )
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "consent.granted",
            subject: format!("account:{}", account.id),
            detail: format!(
                "organisation={} permissions={:?} days={days}",
                invitation.organisation_id,
                permissions.as_text()
            ),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Revokes one of the traveler's consents, at once (another traveler's consent is not found;
/// one already revoked answers 409 `consent-already-revoked`). Audited.
pub async fn revoke(
    app: &AppState,
    account: &Account,
    consent_id: &str,
    ip: IpAddr,
) -> Result<(), Error> {
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let organisation: Option<i64> = sqlx::query_scalar(
        "SELECT organisation_id FROM consents WHERE id = $1 AND account_id = $2",
    )
    .bind(consent_id)
    .bind(account.id)
    .fetch_optional(&mut *tx)
    .await?;
    let organisation = organisation.ok_or(Error::NotFound)?;
    let changed = sqlx::query(
        "UPDATE consents SET revoked_at = $1, revoked_by = $2 WHERE id = $3 AND account_id = $2 AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(account.id)
    .bind(consent_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(Error::Conflict("consent-already-revoked"));
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "consent.revoked",
            subject: format!("account:{}", account.id),
            detail: format!("organisation={organisation} consent={consent_id}"),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
