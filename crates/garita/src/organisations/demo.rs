//! Demo organisations: one approved organisation of each kind, each with a manager and a
//! member (`manager.<slug>@garita.test`, `member.<slug>@garita.test`), and one pending
//! registration for the administrator to decide.

use garita_domain::organisations::{NewOrganisation, OrganisationKind};
use garita_domain::roles::{Grant, Role, Scope};
use garita_domain::status::OrganisationStatus;

use crate::http::errors::Error;
use crate::state::AppState;

/// A demo organisation: slug (of its people's addresses), legal name, kind, country,
/// identifier, status.
type Demo = (
    &'static str,
    &'static str,
    OrganisationKind,
    &'static str,
    Option<&'static str>,
    OrganisationStatus,
);

const DEMO: &[Demo] = &[
    (
        "inm",
        "Instituto Nacional de Migración (demo)",
        OrganisationKind::PartnerAgency,
        "MX",
        None,
        OrganisationStatus::Approved,
    ),
    (
        "broker",
        "Agencia Aduanal del Bravo (demo)",
        OrganisationKind::CustomsBroker,
        "US",
        Some("B7R"),
        OrganisationStatus::Approved,
    ),
    (
        "carrier",
        "Transportes Frontera Norte (demo)",
        OrganisationKind::Carrier,
        "MX",
        Some("TFNR"),
        OrganisationStatus::Approved,
    ),
    (
        "bus",
        "Autobuses del Pacífico (demo)",
        OrganisationKind::BusLine,
        "MX",
        Some("USDOT 3012345"),
        OrganisationStatus::Approved,
    ),
    (
        "airline",
        "Aerolíneas Ejemplo (demo)",
        OrganisationKind::Airline,
        "MX",
        Some("Y4"),
        OrganisationStatus::Approved,
    ),
    (
        "shelter",
        "Casa del Migrante Tijuana (demo)",
        OrganisationKind::AidOrganisation,
        "MX",
        None,
        OrganisationStatus::Approved,
    ),
    (
        "agency",
        "U.S. Department of Agriculture APHIS (demo)",
        OrganisationKind::GovernmentAgency,
        "US",
        None,
        OrganisationStatus::Approved,
    ),
    (
        "pending",
        "Servicios Aduanales Nogales (demo, pending)",
        OrganisationKind::CustomsBroker,
        "MX",
        Some("N0G"),
        OrganisationStatus::Pending,
    ),
];

/// Makes the demo organisations that are missing (found again by legal name) and returns the
/// accounts to make for them: (e-mail, its grant). The pending one has a manager only.
pub async fn organisations(app: &AppState) -> Result<Vec<(String, Grant)>, Error> {
    let mut out = Vec::new();
    for (slug, name, kind, country, identifier, status) in DEMO {
        let existing: Option<i64> =
            sqlx::query_scalar("SELECT id FROM organisations WHERE legal_name = $1")
                .bind(name)
                .fetch_optional(&app.db.read)
                .await?;
        let id = match existing {
            Some(id) => id,
            None => {
                let mut tx = app.db.begin().await?;
                let o = NewOrganisation {
                    legal_name: name.to_string(),
                    kind: *kind,
                    country: country.to_string(),
                    identifier: identifier.map(str::to_string),
                };
                let id = super::insert(&mut tx, app, &o, *status, None).await?;
                tx.commit().await?;
                id
            }
        };
        let scope = Scope::Organisation(id);
        out.push((
            format!("manager.{slug}@garita.test"),
            Grant {
                role: Role::OrganisationManager,
                scope: scope.clone(),
            },
        ));
        if *status == OrganisationStatus::Approved {
            out.push((
                format!("member.{slug}@garita.test"),
                Grant {
                    role: Role::OrganisationMember,
                    scope,
                },
            ));
        }
    }
    Ok(out)
}
