//! Demo: an international organisation, "Organización Internacional para las Migraciones
//! (demo)", with a staff member `staff.roster@garita.test`, a roster key registered for it, and
//! its signed roster of five people imported (again at each start: the second import finds all
//! five unchanged). The start prints one person's roster id and date of birth for the newcomer
//! to claim from a traveler account, and another's for the shelter's staff to claim for a
//! family it helps.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Mutex;

use ed25519_dalek::{Signer, SigningKey};
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::{AccountKind, Grant, Role, Scope};
use garita_domain::status::OrganisationStatus;

use crate::http::errors::Error;
use crate::state::AppState;

pub const STAFF: &str = "staff.roster@garita.test";
pub const ORGANISATION: &str = "Organización Internacional para las Migraciones (demo)";
/// The demo's signing key (a demo's only: it is printed nowhere and protects nothing real).
const KEY_SEED: [u8; 32] = [42; 32];

/// Five people: roster id, full name, date of birth, nationality, status.
const PEOPLE: [(&str, &str, &str, &str, &str); 5] = [
    (
        "MPP-DEMO-0001",
        "Lucía Fernanda Ramos Castillo",
        "1991-07-22",
        "HN",
        "enrolled",
    ),
    (
        "MPP-DEMO-0002",
        "Mateo Ramos Castillo",
        "2015-02-11",
        "HN",
        "enrolled",
    ),
    (
        "MPP-DEMO-0003",
        "Carlos Alberto Méndez Ruiz",
        "1984-12-03",
        "GT",
        "pending",
    ),
    (
        "MPP-DEMO-0004",
        "Yesenia Portillo Aguilar",
        "1996-05-30",
        "SV",
        "enrolled",
    ),
    (
        "MPP-DEMO-0005",
        "Wilmer Josué Oliva Reyes",
        "1979-09-14",
        "HN",
        "completed",
    ),
];

/// The person the demo leaves for a shelter's staff to claim for a family it helps (enrolled).
const HELPED: usize = 3;

/// The demo's roster quota.
const QUOTA_PORT: &str = "san-ysidro";
const QUOTA_PERCENT: u8 = 10;
const QUOTA_RELEASE_DAYS: u32 = 2;

static PRINTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// What the demo's start prints about the roster.
pub fn printed() -> Vec<String> {
    PRINTED.lock().map(|p| p.clone()).unwrap_or_default()
}

/// The demo organisation (made approved on the first start).
async fn organisation(app: &AppState) -> Result<i64, Error> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT id FROM organisations WHERE legal_name = $1 AND kind = $2")
            .bind(ORGANISATION)
            .bind(OrganisationKind::AidOrganisation.as_str())
            .fetch_optional(&app.db.read)
            .await?;
    if let Some(id) = found {
        return Ok(id);
    }
    Ok(sqlx::query_scalar(
        "INSERT INTO organisations (legal_name, kind, country, status, created_at)
         VALUES ($1, $2, 'CH', $3, $4) RETURNING id",
    )
    .bind(ORGANISATION)
    .bind(OrganisationKind::AidOrganisation.as_str())
    .bind(OrganisationStatus::Approved.as_str())
    .bind(app.clock.timestamp())
    .fetch_one(&app.db.write)
    .await?)
}

/// The demo's accounts: the organisation's staff member.
pub async fn accounts(
    app: &AppState,
) -> Result<Vec<(String, AccountKind, Vec<Grant>, Option<&'static str>)>, Error> {
    let id = organisation(app).await?;
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

/// The file the demo imports (CSV with its header), and its signature (hex).
pub fn signed_file() -> (String, String) {
    let mut file = super::CSV_COLUMNS.join(",");
    file.push('\n');
    for (id, name, dob, nationality, status) in PEOPLE {
        file.push_str(&format!("{id},{name},{dob},{nationality},{status}\n"));
    }
    let signature = SigningKey::from_bytes(&KEY_SEED).sign(file.as_bytes());
    (file, hex::encode(signature.to_bytes()))
}

/// The key and the roster (see the module's comment).
pub async fn seed(app: &AppState) -> Result<(), Error> {
    let organisation_id = organisation(app).await?;
    let ip = IpAddr::V4(Ipv4Addr::LOCALHOST);
    let public = hex::encode(SigningKey::from_bytes(&KEY_SEED).verifying_key().as_bytes());
    let known: Option<i64> = sqlx::query_scalar("SELECT id FROM roster_keys WHERE public_key = $1")
        .bind(&public)
        .fetch_optional(&app.db.read)
        .await?;
    if known.is_none() {
        super::register_key(app, None, ip, organisation_id, "demo roster key", &public).await?;
    }
    let (file, signature) = signed_file();
    let report = super::import(
        app,
        organisation_id,
        file.as_bytes(),
        signature.as_bytes(),
        None,
        ip,
    )
    .await?;
    // Places for roster people at San Ysidro: a tenth of each slot, released to the daily draw
    // two days before the slot's day (set once; an administrator may change it).
    sqlx::query(
        "INSERT INTO roster_quotas (port_id, percent, release_days_before, set_by, set_at)
         SELECT id, $1, $2, NULL, $3 FROM ports WHERE id = $4
         ON CONFLICT (port_id) DO NOTHING",
    )
    .bind(i64::from(QUOTA_PERCENT))
    .bind(i64::from(QUOTA_RELEASE_DAYS))
    .bind(app.clock.timestamp())
    .bind(QUOTA_PORT)
    .execute(&app.db.write)
    .await?;
    let (id, _, dob, _, _) = PEOPLE[0];
    let (helped_id, _, helped_dob, _, _) = PEOPLE[HELPED];
    if let Ok(mut p) = PRINTED.lock() {
        *p = vec![format!(
            "Roster ({ORGANISATION}, {} people; this start: {} new, {} unchanged): staff {STAFF} checks enrollment (POST /api/v1/rosters/checks); a traveler claims with roster id {id} and date of birth {dob} (POST /api/v1/rosters/claims); the shelter's staff claims for a family it helps with helper roster id {helped_id} and date of birth {helped_dob} (the family's page under /helpers); {QUOTA_PERCENT}% of {QUOTA_PORT}'s places are held for roster people until {QUOTA_RELEASE_DAYS} days before, drawn each day before the daily draw (GET /api/v1/rosters/draws/{{date}})",
            PEOPLE.len(),
            report.accepted,
            report.unchanged
        )];
    }
    Ok(())
}
