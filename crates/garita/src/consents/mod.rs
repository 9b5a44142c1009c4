//! Helping organisations (shelters, legal-aid groups, international organisations) acting for
//! travelers with their consent. A traveler's consent names an approved aid organisation, what
//! it may do (`garita_domain::consents::Permission`) and until when; the traveler sees and
//! revokes it. Staff act through the same service functions the traveler uses, and every act is
//! recorded as theirs: in the audit trail (both ids, the organisation) and in the traveler's
//! own list ("done by …, staff member …, on …").
//!
//! Every check of a helper's access reads the database — the staff member's grant, the
//! organisation's approval, the consent — never the 5-second session cache, so a revocation,
//! an expiry or a staff member leaving ends access at the next request.

pub mod acting;
pub mod api;
pub mod cards;
pub mod caseload;
pub mod demo;
pub mod pages;
pub mod traveler;

use std::net::IpAddr;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use garita_domain::consents::{self as rules, ConsentState, Permission, Permissions};
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::Role;
use garita_domain::status::OrganisationStatus;

use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::roles::OrganisationStaff;
use crate::http::session::Account;
use crate::state::AppState;
use crate::storage::Tx;

/// The longest name a staff member is shown by.
pub const STAFF_NAME_MAX: usize = 80;

/// A staff member of an approved aid organisation, as the session says (the database is read
/// again by [`Helper::check`] before anything is done for a traveler).
#[derive(Clone)]
pub struct Helper {
    pub account: Account,
    pub organisation_id: i64,
    pub organisation_name: String,
    /// The name travelers see (set on the caseload page; else "#<id>").
    pub staff_name: String,
}

#[derive(sqlx::FromRow)]
struct OrganisationRow {
    legal_name: String,
    kind: String,
}

impl FromRequestParts<AppState> for Helper {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Error> {
        let staff = OrganisationStaff::from_request_parts(parts, app).await?;
        let org: Option<OrganisationRow> =
            sqlx::query_as("SELECT legal_name, kind FROM organisations WHERE id = $1")
                .bind(staff.organisation_id)
                .fetch_optional(&app.db.read)
                .await?;
        let org = org.ok_or(Error::Forbidden)?;
        if OrganisationKind::parse(&org.kind) != Some(OrganisationKind::AidOrganisation) {
            return Err(Error::NotPermitted("aid-organisation-only"));
        }
        let staff_name = staff_name(app, staff.account.id).await?;
        Ok(Helper {
            organisation_id: staff.organisation_id,
            organisation_name: org.legal_name,
            staff_name,
            account: staff.account,
        })
    }
}

/// The name a staff member is shown to travelers by.
pub async fn staff_name(app: &AppState, account_id: i64) -> Result<String, Error> {
    let name: Option<String> =
        sqlx::query_scalar("SELECT display_name FROM staff_display_names WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(&app.db.read)
            .await?;
    Ok(name.unwrap_or_else(|| format!("#{account_id}")))
}

/// Sets the name a staff member is shown to travelers by (1 to `STAFF_NAME_MAX` characters).
pub async fn set_staff_name(app: &AppState, helper: &Helper, name: &str) -> Result<(), Error> {
    let name = garita_domain::travelers::parse_name(name)
        .and_then(|n| garita_domain::validation::bounded_text(&n, 1, STAFF_NAME_MAX))
        .map_err(|p| Error::field("display_name", p))?;
    sqlx::query(
        "INSERT INTO staff_display_names (account_id, display_name, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (account_id) DO UPDATE SET display_name = $2, updated_at = $3",
    )
    .bind(helper.account.id)
    .bind(name)
    .bind(app.clock.timestamp())
    .execute(&app.db.write)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct ConsentRow {
    id: String,
    permissions: String,
    until_at: i64,
    revoked_at: Option<i64>,
}

/// What a helper may do for one traveler, read from the database just now.
pub struct Access {
    pub consent_id: String,
    pub permissions: Permissions,
    pub until_at: i64,
}

impl Helper {
    /// Whether this staff member may still act for their organisation: the grant is still
    /// held and the organisation still approved (read now; a removed member is refused at
    /// once, whatever their session cached).
    pub async fn still_staff(&self, app: &AppState) -> Result<bool, Error> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT g.account_id FROM grants g JOIN organisations o ON o.id = g.organisation_id
             WHERE g.account_id = $1 AND g.organisation_id = $2 AND g.role IN ($3, $4) AND o.status = $5",
        )
        .bind(self.account.id)
        .bind(self.organisation_id)
        .bind(Role::OrganisationManager.as_str())
        .bind(Role::OrganisationMember.as_str())
        .bind(OrganisationStatus::Approved.as_str())
        .fetch_optional(&app.db.write)
        .await?;
        Ok(found.is_some())
    }

    /// The consent this organisation holds from `traveler` allowing `permission`, read from
    /// the database. A traveler who never consented to this organisation is not found (404:
    /// another organisation's travelers are not revealed); a consent revoked or expired is 403
    /// `consent-ended`; one that does not allow this act 403 `consent-does-not-allow`; a staff
    /// member who left 403 `organisation-access-ended`.
    pub async fn check(
        &self,
        app: &AppState,
        traveler: i64,
        permission: Permission,
    ) -> Result<Access, Error> {
        if !self.still_staff(app).await? {
            return Err(Error::NotPermitted("organisation-access-ended"));
        }
        // The newest consent of this traveler to this organisation (the one in force, if any).
        let row: Option<ConsentRow> = sqlx::query_as(
            "SELECT id, permissions, until_at, revoked_at FROM consents
             WHERE account_id = $1 AND organisation_id = $2
             ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, granted_at DESC LIMIT 1",
        )
        .bind(traveler)
        .bind(self.organisation_id)
        .fetch_optional(&app.db.write)
        .await?;
        let row = row.ok_or(Error::NotFound)?;
        if rules::state(row.revoked_at, row.until_at, app.clock.timestamp()) != ConsentState::Active
        {
            return Err(Error::NotPermitted("consent-ended"));
        }
        let permissions = Permissions::parse(&row.permissions).map_err(|_| {
            Error::Internal(anyhow::anyhow!(
                "consent {}: unreadable permissions",
                row.id
            ))
        })?;
        if !permissions.allows(permission) {
            return Err(Error::NotPermitted("consent-does-not-allow"));
        }
        Ok(Access {
            consent_id: row.id,
            permissions,
            until_at: row.until_at,
        })
    }

    /// Records an act done for `traveler`: in the traveler's list and in the audit trail,
    /// naming the organisation and the staff member.
    pub async fn record(
        &self,
        app: &AppState,
        traveler: i64,
        action: Action,
        ip: IpAddr,
    ) -> Result<(), Error> {
        let mut tx = app.db.begin().await?;
        self.record_in(&mut tx, app, traveler, action, ip).await?;
        tx.commit().await?;
        Ok(())
    }

    /// [`Helper::record`] in the caller's transaction.
    pub async fn record_in(
        &self,
        tx: &mut Tx,
        app: &AppState,
        traveler: i64,
        action: Action,
        ip: IpAddr,
    ) -> Result<(), Error> {
        let at = app.clock.timestamp();
        sqlx::query(
            "INSERT INTO consent_actions (account_id, organisation_id, organisation_name, staff_account_id, staff_name, action, at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(traveler)
        .bind(self.organisation_id)
        .bind(&self.organisation_name)
        .bind(self.account.id)
        .bind(&self.staff_name)
        .bind(action.as_str())
        .bind(at)
        .execute(&mut **tx)
        .await?;
        audit::record(
            tx,
            Entry {
                actor: Some(&self.account),
                action: &format!("helper.{}", action.as_str()),
                subject: format!("account:{traveler}"),
                detail: format!(
                    "organisation={} organisation_name={:?} staff={} staff_name={:?}",
                    self.organisation_id, self.organisation_name, self.account.id, self.staff_name
                ),
                ip,
                at,
            },
        )
        .await
    }
}

/// A helper's act on a traveler's group, to be recorded in the transaction of the change it
/// makes (`crate::audit::Also`): the traveler's function writes it just before it commits.
pub struct Act {
    pub helper: Helper,
    pub traveler: i64,
    pub action: Action,
    pub ip: IpAddr,
}

impl Helper {
    /// This staff member's `action` for `traveler`, to hand to the traveler's function.
    pub fn act(&self, traveler: i64, action: Action, ip: IpAddr) -> Act {
        Act {
            helper: self.clone(),
            traveler,
            action,
            ip,
        }
    }
}

impl audit::Also for Act {
    fn write<'a>(
        &'a self,
        app: &'a AppState,
        tx: &'a mut Tx,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), Error>> + Send + 'a>> {
        Box::pin(
            self.helper
                .record_in(tx, app, self.traveler, self.action, self.ip),
        )
    }
}

/// What a helper did for a traveler (the traveler's list names it in their words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    RegisteredFamily,
    PrintedCard,
    ViewedGroup,
    AddedMember,
    UpdatedMember,
    RemovedMember,
    AddedPhoto,
    Requested,
    Confirmed,
    Declined,
    ClaimedRoster,
}
garita_domain::text_enum!(Action {
    RegisteredFamily = "registered-family",
    PrintedCard = "printed-card",
    ViewedGroup = "viewed-group",
    AddedMember = "added-member",
    UpdatedMember = "updated-member",
    RemovedMember = "removed-member",
    AddedPhoto = "added-photo",
    Requested = "requested",
    Confirmed = "confirmed",
    Declined = "declined",
    ClaimedRoster = "claimed-roster",
});

/// A consent to write: who gives it, to which organisation, what it allows, for how many
/// days, who recorded it and how (`card`: staff registered the family; `invitation`: the
/// traveler invited the organisation).
pub struct NewConsent<'a> {
    pub traveler: i64,
    pub organisation_id: i64,
    pub permissions: Permissions,
    pub days: i64,
    pub granted_by: i64,
    pub how: &'a str,
}

/// A new consent, in the caller's transaction (a consent already in force to this
/// organisation is replaced: revoked now, the new one in force).
pub async fn grant(tx: &mut Tx, app: &AppState, c: NewConsent<'_>) -> Result<String, Error> {
    let NewConsent {
        traveler,
        organisation_id,
        permissions,
        days,
        granted_by,
        how,
    } = c;
    let now = app.clock.now();
    let last_day = rules::until(now.date_naive(), days).map_err(|p| Error::field("days", p))?;
    let until_at = last_day
        .and_hms_opt(23, 59, 59)
        .map(|t| t.and_utc().timestamp())
        .unwrap_or(now.timestamp());
    sqlx::query(
        "UPDATE consents SET revoked_at = $1, revoked_by = $2 WHERE account_id = $3 AND organisation_id = $4 AND revoked_at IS NULL",
    )
    .bind(now.timestamp())
    .bind(granted_by)
    .bind(traveler)
    .bind(organisation_id)
    .execute(&mut **tx)
    .await?;
    let id = crate::storage::vault::random_id();
    sqlx::query(
        "INSERT INTO consents (id, account_id, organisation_id, permissions, granted_at, until_at, granted_by, how)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&id)
    .bind(traveler)
    .bind(organisation_id)
    .bind(permissions.as_text())
    .bind(now.timestamp())
    .bind(until_at)
    .bind(granted_by)
    .bind(how)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// The duplicate-person rule: a person a helper enters (by name and date of birth, folded as
/// `garita_domain::identifiers` does) may not already be in another account's group, so one
/// person cannot be entered by several helpers to multiply their chances. The answer says
/// only that (409 `person-in-another-group`), never whose group.
pub async fn refuse_duplicate_person(
    app: &AppState,
    account_id: Option<i64>,
    member: &garita_domain::travelers::Member,
) -> Result<(), Error> {
    let Some(identifier) = rules::person_identifier(member) else {
        return Ok(());
    };
    let fingerprint = crate::lookups::fingerprint(&app.vault, &identifier);
    let elsewhere: Option<String> = sqlx::query_scalar(
        "SELECT f.subject_id FROM identifier_fingerprints f JOIN travelers t ON t.id = f.subject_id
         WHERE f.subject_kind = $1 AND f.identifier_kind = $2 AND f.fingerprint = $3
           AND ($4 IS NULL OR t.account_id <> $4) LIMIT 1",
    )
    .bind(garita_domain::identifiers::SubjectKind::Traveler.as_str())
    .bind(identifier.kind().as_str())
    .bind(fingerprint)
    .bind(account_id)
    .fetch_optional(&app.db.write)
    .await?;
    match elsewhere {
        Some(_) => Err(Error::Conflict("person-in-another-group")),
        None => Ok(()),
    }
}
