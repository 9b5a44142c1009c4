//! Demo Trusted Traveler data: two SENTRI memberships for a newcomer to link (one active and
//! expiring 60 days after the demo first started, one conditionally approved, to book an
//! interview at Otay Mesa), a traveler account to link them with (`sofia@garita.test`, in
//! Spanish), and the enrollment officer of the Otay Mesa center. The memberships are imported
//! once, as the demo government agency; a later start leaves them (and their links) alone.

use std::net::IpAddr;

use chrono::Duration;
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::{AccountKind, Grant, Role, Scope};
use garita_domain::status::OrganisationStatus;
use garita_domain::trusted_travelers::{MembershipStatus, Programme, Record};

use crate::http::errors::Error;
use crate::state::AppState;

/// The enrollment center of the demo.
pub const CENTER: &str = "enrollment-otay-mesa";
pub const OFFICER: &str = "enrollment.otay-mesa@garita.test";
pub const TRAVELER: &str = "sofia@garita.test";
/// The active SENTRI membership: PASSID, date of birth.
pub const ACTIVE: (&str, &str) = ("150000001", "1988-03-14");
/// The conditionally approved one.
pub const CONDITIONAL: (&str, &str) = ("150000002", "1993-08-09");

/// The demo's accounts: (e-mail, kind, grants, language).
pub fn accounts() -> Vec<(String, AccountKind, Vec<Grant>, Option<&'static str>)> {
    vec![
        (
            OFFICER.to_string(),
            AccountKind::Staff,
            vec![Grant {
                role: Role::EnrollmentOfficer,
                scope: Scope::Location(CENTER.to_string()),
            }],
            Some("en"),
        ),
        (
            TRAVELER.to_string(),
            AccountKind::Traveler,
            Vec::new(),
            Some("es"),
        ),
    ]
}

/// What `serve --demo` prints for a newcomer, after the accounts.
pub fn printed() -> Vec<String> {
    vec![
        "Trusted Traveler (link at /trusted-traveler; the officer's day at /enrollment/interviews):".to_string(),
        format!(
            "  SENTRI active, expires in 60 days: PASSID {} born {}",
            ACTIVE.0, ACTIVE.1
        ),
        format!(
            "  SENTRI conditionally approved (interview at Otay Mesa): PASSID {} born {}",
            CONDITIONAL.0, CONDITIONAL.1
        ),
    ]
}

/// Imports the demo memberships that are missing.
pub async fn seed(app: &AppState) -> Result<(), Error> {
    let agency: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM organisations WHERE kind = $1 AND status = $2 ORDER BY id LIMIT 1",
    )
    .bind(OrganisationKind::GovernmentAgency.as_str())
    .bind(OrganisationStatus::Approved.as_str())
    .fetch_optional(&app.db.read)
    .await?;
    let by = agency.map_or("demo".to_string(), |id| format!("organisation:{id}"));
    let today = super::today(app);
    let records = [
        (
            ACTIVE,
            MembershipStatus::Active,
            Some(today + Duration::days(60)),
        ),
        (CONDITIONAL, MembershipStatus::ConditionallyApproved, None),
    ];
    let mut tx = app.db.begin().await?;
    for ((passid, born), status, expires_on) in records {
        let exists: Option<String> =
            sqlx::query_scalar("SELECT id FROM ttp_memberships WHERE passid_fingerprint = $1")
                .bind(super::passid_fingerprint(app, passid))
                .fetch_optional(&mut *tx)
                .await?;
        if exists.is_some() {
            continue;
        }
        let record = Record {
            programme: Programme::Sentri,
            passid: passid.to_string(),
            date_of_birth: born
                .parse()
                .map_err(|e| Error::Internal(anyhow::anyhow!("demo date: {e}")))?,
            status,
            expires_on,
        };
        super::imports::apply(
            app,
            &mut tx,
            &record,
            &by,
            None,
            IpAddr::from([127, 0, 0, 1]),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
