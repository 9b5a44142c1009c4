//! Demo: the shelter in Tijuana (the demo's aid organisation, "Casa del Migrante Tijuana
//! (demo)") with a staff member, `staff.shelter@garita.test` (shown to travelers as "Ana"), and
//! three consenting families: María's and Jean's (who invited the shelter) and Rosa's, which
//! has no e-mail and was registered by the shelter. At each start Rosa's card is printed again
//! (the code before stops working) and its number and code are printed for the newcomer.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Mutex;

use garita_domain::consents::Permissions;
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::{AccountKind, Grant, Role, Scope};

use super::cards::{self, NewFamily};
use super::Helper;
use crate::http::errors::Error;
use crate::state::AppState;

pub const STAFF: &str = "staff.shelter@garita.test";
pub const SHELTER: &str = "Casa del Migrante Tijuana (demo)";
const STAFF_NAME: &str = "Ana";
const ROSA: (&str, &str) = ("Rosa Elena Hernández Cruz", "1988-03-10");

static PRINTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// What the demo's start prints about the shelter (Rosa's card).
pub fn printed() -> Vec<String> {
    PRINTED.lock().map(|p| p.clone()).unwrap_or_default()
}

async fn shelter(app: &AppState) -> Result<Option<i64>, Error> {
    Ok(
        sqlx::query_scalar("SELECT id FROM organisations WHERE legal_name = $1 AND kind = $2")
            .bind(SHELTER)
            .bind(OrganisationKind::AidOrganisation.as_str())
            .fetch_optional(&app.db.read)
            .await?,
    )
}

/// The demo's accounts (after the demo organisations exist): the shelter's staff member.
pub async fn accounts(
    app: &AppState,
) -> Result<Vec<(String, AccountKind, Vec<Grant>, Option<&'static str>)>, Error> {
    let Some(id) = shelter(app).await? else {
        return Ok(Vec::new());
    };
    Ok(vec![(
        STAFF.to_string(),
        AccountKind::Staff,
        vec![Grant {
            role: Role::OrganisationMember,
            scope: Scope::Organisation(id),
        }],
        Some("es"),
    )])
}

async fn account_of(app: &AppState, email: &str) -> Result<Option<i64>, Error> {
    Ok(
        sqlx::query_scalar("SELECT id FROM accounts WHERE email_fingerprint = $1")
            .bind(app.vault.fingerprint(email))
            .fetch_optional(&app.db.read)
            .await?,
    )
}

/// The consents, Rosa's family and her card (see the module's comment).
pub async fn seed(app: &AppState) -> Result<(), Error> {
    let (Some(organisation_id), Some(staff_id)) =
        (shelter(app).await?, account_of(app, STAFF).await?)
    else {
        return Ok(());
    };
    let ip = IpAddr::V4(Ipv4Addr::LOCALHOST);
    let account = crate::accounts::second_factor::audit_actor(app, staff_id).await?;
    let helper = Helper {
        account,
        organisation_id,
        organisation_name: SHELTER.to_string(),
        staff_name: STAFF_NAME.to_string(),
    };
    super::set_staff_name(app, &helper, STAFF_NAME).await?;
    // María and Jean invited the shelter.
    for email in ["maria@garita.test", "jean@garita.test"] {
        let Some(traveler) = account_of(app, email).await? else {
            continue;
        };
        let in_force: Option<String> = sqlx::query_scalar(
            "SELECT id FROM consents WHERE account_id = $1 AND organisation_id = $2 AND revoked_at IS NULL AND until_at >= $3",
        )
        .bind(traveler)
        .bind(organisation_id)
        .bind(app.clock.timestamp())
        .fetch_optional(&app.db.read)
        .await?;
        if in_force.is_none() {
            let mut tx = app.db.begin().await?;
            let consent = super::NewConsent {
                traveler,
                organisation_id,
                permissions: Permissions::all(),
                days: 90,
                granted_by: traveler,
                how: "invitation",
            };
            super::grant(&mut tx, app, consent).await?;
            tx.commit().await?;
        }
    }
    // Rosa's family, registered once by the shelter; her card printed again at each start.
    let existing: Option<i64> = sqlx::query_scalar(
        "SELECT c.account_id FROM card_accounts c JOIN consents s ON s.account_id = c.account_id
         WHERE c.organisation_id = $1 AND s.organisation_id = $1 ORDER BY c.account_id LIMIT 1",
    )
    .bind(organisation_id)
    .fetch_optional(&app.db.read)
    .await?;
    let card = match existing {
        Some(account_id) => {
            // A consent that ended (a newcomer revoked it) is given again, so the demo starts
            // from the same place.
            let mut tx = app.db.begin().await?;
            let live: Option<String> = sqlx::query_scalar(
                "SELECT id FROM consents WHERE account_id = $1 AND organisation_id = $2 AND revoked_at IS NULL AND until_at >= $3",
            )
            .bind(account_id)
            .bind(organisation_id)
            .bind(app.clock.timestamp())
            .fetch_optional(&mut *tx)
            .await?;
            if live.is_none() {
                let consent = super::NewConsent {
                    traveler: account_id,
                    organisation_id,
                    permissions: Permissions::all(),
                    days: 90,
                    granted_by: staff_id,
                    how: "card",
                };
                super::grant(&mut tx, app, consent).await?;
            }
            tx.commit().await?;
            cards::reprint(app, &helper, account_id, ip).await?
        }
        None => {
            let family = NewFamily {
                full_name: ROSA.0.into(),
                date_of_birth: ROSA.1.into(),
                citizenship: "HN".into(),
                language: "es".into(),
                permissions: Vec::new(),
                days: None,
            };
            let card = cards::register(app, &helper, &family, ip).await?;
            let child = garita_domain::travelers::MemberInput {
                full_name: "Mateo Hernández Cruz".into(),
                date_of_birth: "2017-06-21".into(),
                citizenship: "HN".into(),
                language: "es".into(),
                ..Default::default()
            };
            super::acting::add_member(app, &helper, card.account_id, &child, ip).await?;
            for (i, member) in crate::travelers::list(app, card.account_id)
                .await?
                .iter()
                .enumerate()
            {
                crate::photos::store(
                    app,
                    card.account_id,
                    &member.id,
                    crate::demo::placeholder_photo(i).into(),
                    None,
                )
                .await?;
            }
            card
        }
    };
    if let Ok(mut p) = PRINTED.lock() {
        *p = vec![format!(
            "Shelter (Casa del Migrante Tijuana): {STAFF} acts for three families. Rosa's family has no e-mail: sign in at /card with number {} and setup code {} (single use; printed again at each start).",
            card.sign_in_number, card.setup_code
        )];
    }
    Ok(())
}
