//! Demo data for advance travel authorization on the `demo` programme: the demo agency's
//! public key registered (so `garita ata import data/parole/sample-batch.csv
//! data/parole/sample-batch.csv.sig` works), an adjudicator, two beneficiaries (Haitian Creole
//! and Ukrainian), and one case at each step: in the pool, invited (a fresh link printed at each
//! start), submitted (waiting for the adjudicator), granted (the airline check says yes),
//! refused, and pending at USCIS. Idempotent: a second start changes no case.

use std::net::IpAddr;
use std::sync::Mutex;

use base64::Engine;
use chrono::{Duration, NaiveDate};
use ed25519_dalek::{Signer, SigningKey};
use garita_domain::identifiers::Identifier;
use garita_domain::organisations::OrganisationKind;
use garita_domain::parole::{CaseStatus, Step};
use garita_domain::roles::{AccountKind, Grant, Programme as Scoped, Role, Scope};
use garita_domain::status::OrganisationStatus;

use super::{passport_aad, photo_aad, programmes, SealedBiographic, SealedPassport};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;
use crate::storage::vault::{random_token, sha256_hex};

pub const ADJUDICATOR: &str = "adjudicator@garita.test";
pub const BENEFICIARY_HT: &str = "beneficiary.ht@garita.test";
pub const BENEFICIARY_UK: &str = "beneficiary.uk@garita.test";
/// The granted demo case's passport, for trying the airline check.
pub const GRANTED_PASSPORT: (&str, &str, &str) = ("DEMO2040001", "UA", "1986-05-20");

const PUBLIC_KEY: &str = include_str!("../../../../data/parole/demo-agency.pub");
/// DEMO ONLY (public in the repository): signs the demo's own cases at start.
const PRIVATE_KEY: &str = include_str!("../../../../data/parole/DEMO-ONLY-agency.key");

/// The demo's cases: (case number, family, given, date of birth, nationality, status, what
/// happens to it).
const CASES: &str = "case_number,family_name,given_names,date_of_birth,nationality,email,supporter_name,case_status,relationship
IOE0900000201,Louis,Widlene,1992-09-17,HT,widlene.louis@example.org,Marc Louis,confirmed,
IOE0900000202,Charles,Fabienne,1989-02-11,HT,fabienne.charles@example.org,Yves Charles,confirmed,
IOE0900000203,Bondarenko,Oksana,1990-10-08,UA,oksana.bondarenko@example.org,Petro Bondarenko,confirmed,
IOE0900000204,Melnyk,Dmytro,1986-05-20,UA,dmytro.melnyk@example.org,Halyna Melnyk,confirmed,
IOE0900000205,Ruiz,Camila,1994-12-03,VE,camila.ruiz@example.org,Pablo Ruiz,confirmed,
IOE0900000206,Morales,Ernesto,1983-06-25,CU,ernesto.morales@example.org,Lidia Morales,pending,
";

/// The accounts this function adds to the demo.
pub fn accounts(app: &AppState) -> Vec<(String, AccountKind, Vec<Grant>, Option<&'static str>)> {
    let uk = if app.catalogs.find("uk").is_some() {
        "uk"
    } else {
        "en"
    };
    vec![
        (
            ADJUDICATOR.to_string(),
            AccountKind::Staff,
            vec![Grant {
                role: Role::Adjudicator,
                scope: Scope::Programme(Scoped::ParoleTravel),
            }],
            Some("en"),
        ),
        (
            BENEFICIARY_HT.to_string(),
            AccountKind::Traveler,
            Vec::new(),
            Some("ht"),
        ),
        (
            BENEFICIARY_UK.to_string(),
            AccountKind::Traveler,
            Vec::new(),
            Some(uk),
        ),
    ]
}

/// The invitation link made at this start, for `printed`.
static LINK: Mutex<Option<String>> = Mutex::new(None);

fn local() -> IpAddr {
    IpAddr::from([127, 0, 0, 1])
}

#[derive(sqlx::FromRow)]
struct CaseIdRow {
    id: String,
    status: String,
}

async fn case(app: &AppState, number: &str) -> Result<CaseIdRow, Error> {
    Ok(
        sqlx::query_as("SELECT id, status FROM ata_cases WHERE case_number = $1")
            .bind(number)
            .fetch_one(&app.db.read)
            .await?,
    )
}

async fn account_id(app: &AppState, email: &str) -> Result<i64, Error> {
    Ok(
        sqlx::query_scalar("SELECT id FROM accounts WHERE email_fingerprint = $1")
            .bind(app.vault.fingerprint(email))
            .fetch_one(&app.db.read)
            .await?,
    )
}

/// A drawn stand-in for a live photo (head and shoulders on a plain background).
fn placeholder_photo() -> Vec<u8> {
    let img = image::RgbImage::from_fn(240, 320, |x, y| {
        let (fx, fy) = (x as f64 - 120.0, y as f64 - 130.0);
        if (fx / 60.0).powi(2) + (fy / 75.0).powi(2) <= 1.0 {
            image::Rgb([198, 134, 66])
        } else if y > 230 && (fx / 110.0).powi(2) + ((y as f64 - 330.0) / 100.0).powi(2) <= 1.0 {
            image::Rgb([60, 60, 90])
        } else {
            image::Rgb([214, 228, 240])
        }
    });
    let mut out = std::io::Cursor::new(Vec::new());
    let _ = image::DynamicImage::ImageRgb8(img).write_to(&mut out, image::ImageFormat::Jpeg);
    out.into_inner()
}

/// Marks every step of a case done, as the beneficiary `email` would have (passport given).
async fn all_steps(
    app: &AppState,
    case_id: &str,
    email: &str,
    (family, given, dob): (&str, &str, NaiveDate),
    (number, country): (&str, &str),
) -> Result<(), Error> {
    let account = account_id(app, email).await?;
    let at = app.clock.timestamp();
    let passport = SealedPassport {
        number: number.to_string(),
        country: country.to_string(),
        expires: app.clock.now().date_naive() + Duration::days(3 * 365),
    };
    let typed = SealedBiographic {
        family_name: family.to_string(),
        given_names: given.to_string(),
        date_of_birth: dob,
    };
    let photo = crate::photos::processing::normalize(
        &placeholder_photo(),
        &crate::photos::processing::PhotoLimits::default(),
    )
    .map_err(|e| Error::Internal(anyhow::anyhow!("demo photo: {}", e.code())))?;
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "UPDATE ata_cases SET account_id = $1, status = $2, invited_at = $3, submitted_at = $3, updated_at = $3,
           biographic_sealed = $4, passport_sealed = $5, passport_fingerprint = $6, attestations = $7, photo_sealed = $8
         WHERE id = $9",
    )
    .bind(account)
    .bind(CaseStatus::Submitted.as_str())
    .bind(at)
    .bind(
        app.vault
            .seal(&super::biographic_aad(case_id), &serde_json::to_vec(&typed)?),
    )
    .bind(
        app.vault
            .seal(&passport_aad(case_id), &serde_json::to_vec(&passport)?),
    )
    .bind(crate::lookups::fingerprint(
        &app.vault,
        &Identifier::passport(country, number)?,
    ))
    .bind("vaccinations,truthful")
    .bind(app.vault.seal(&photo_aad(case_id), &photo.jpeg))
    .bind(case_id)
    .execute(&mut *tx)
    .await?;
    for step in Step::ALL {
        sqlx::query(
            "INSERT INTO ata_steps (case_id, step, done_at) VALUES ($1, $2, $3) ON CONFLICT (case_id, step) DO NOTHING",
        )
        .bind(case_id)
        .bind(step.as_str())
        .bind(at)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The account the demo acts as (audit entries name it; id 0: the demo itself).
fn demo_account(id: i64, role: Role, scope: Scope) -> Account {
    Account {
        id,
        kind: AccountKind::Staff,
        grants: vec![Grant { role, scope }].into(),
        waiting: Vec::new().into(),
        port_id: None,
        language: None,
        session_hash: String::new(),
    }
}

/// Seeds the demo (after the accounts exist).
pub async fn seed(app: &AppState) -> Result<(), Error> {
    // The demo agency's key, registered for the demo's government agency (a key registered
    // before keys were bound to an agency is bound to it now).
    let agency: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM organisations WHERE kind = $1 AND status = $2 ORDER BY id LIMIT 1",
    )
    .bind(OrganisationKind::GovernmentAgency.as_str())
    .bind(OrganisationStatus::Approved.as_str())
    .fetch_optional(&app.db.read)
    .await?;
    let Some(agency) = agency else {
        return Ok(());
    };
    match super::imports::register_key(
        app,
        None,
        local(),
        "USCIS (demo)",
        PUBLIC_KEY.trim(),
        Some(agency),
    )
    .await
    {
        Ok(_) => {}
        Err(Error::Conflict("ata-key-exists")) => {
            sqlx::query(
                "UPDATE ata_agency_keys SET organisation_id = $1 WHERE public_key = $2 AND organisation_id IS NULL",
            )
            .bind(agency)
            .bind(PUBLIC_KEY.trim().to_ascii_lowercase())
            .execute(&app.db.write)
            .await?;
        }
        Err(e) => return Err(e),
    }
    let Some(programme) = programmes::get("demo") else {
        return Ok(());
    };
    let seed = hex::decode(PRIVATE_KEY.trim())
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("demo agency key")))?;
    let key = SigningKey::from_bytes(&seed);
    let signature =
        base64::engine::general_purpose::STANDARD.encode(key.sign(CASES.as_bytes()).to_bytes());
    super::imports::import(
        app,
        programme,
        Some(agency),
        CASES.as_bytes(),
        signature.as_bytes(),
        None,
        local(),
    )
    .await?;
    let adjudicator = account_id(app, ADJUDICATOR).await?;
    let adjudicator = demo_account(
        adjudicator,
        Role::Adjudicator,
        Scope::Programme(Scoped::ParoleTravel),
    );
    // Submitted: waiting in the adjudicator's queue.
    let submitted = case(app, "IOE0900000203").await?;
    if CaseStatus::parse(&submitted.status) == Some(CaseStatus::Confirmed) {
        all_steps(
            app,
            &submitted.id,
            BENEFICIARY_UK,
            (
                "Bondarenko",
                "Oksana",
                NaiveDate::from_ymd_opt(1990, 10, 8).unwrap_or_default(),
            ),
            ("DEMO2030001", "UA"),
        )
        .await?;
    }
    // Granted: the airline check says yes.
    let granted = case(app, "IOE0900000204").await?;
    if CaseStatus::parse(&granted.status) == Some(CaseStatus::Confirmed) {
        let (number, country, dob) = GRANTED_PASSPORT;
        let dob = dob.parse().unwrap_or_default();
        all_steps(
            app,
            &granted.id,
            BENEFICIARY_UK,
            ("Melnyk", "Dmytro", dob),
            (number, country),
        )
        .await?;
        super::decisions::decide(app, &adjudicator, local(), &granted.id, "grant", "").await?;
    }
    // Refused, with its reason.
    let refused = case(app, "IOE0900000205").await?;
    if CaseStatus::parse(&refused.status) == Some(CaseStatus::Confirmed) {
        all_steps(
            app,
            &refused.id,
            BENEFICIARY_UK,
            (
                "Ruiz",
                "Camila",
                NaiveDate::from_ymd_opt(1994, 12, 3).unwrap_or_default(),
            ),
            ("DEMO2050001", "VE"),
        )
        .await?;
        super::decisions::decide(
            app,
            &adjudicator,
            local(),
            &refused.id,
            "refuse",
            "identity-not-confirmed",
        )
        .await?;
    }
    // Invited: a fresh link at each start while nobody has accepted one.
    let invited = case(app, "IOE0900000202").await?;
    let status = CaseStatus::parse(&invited.status);
    let held: Option<i64> = sqlx::query_scalar("SELECT account_id FROM ata_cases WHERE id = $1")
        .bind(&invited.id)
        .fetch_one(&app.db.read)
        .await?;
    if matches!(status, Some(CaseStatus::Confirmed | CaseStatus::Invited)) && held.is_none() {
        let at = app.clock.timestamp();
        let token = random_token();
        let mut tx = app.db.begin().await?;
        sqlx::query(
            "UPDATE ata_cases SET status = $1, invited_at = $2, updated_at = $2 WHERE id = $3",
        )
        .bind(CaseStatus::Invited.as_str())
        .bind(at)
        .bind(&invited.id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO ata_invitations (token_hash, case_id, expires_at, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(sha256_hex(&token))
        .bind(&invited.id)
        .bind(at + super::selection::INVITATION_DAYS * 86_400)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        if let Ok(mut link) = LINK.lock() {
            *link = Some(format!("/ata/invitations/{token}"));
        }
    }
    Ok(())
}

/// What `serve --demo` prints for a newcomer.
pub fn printed() -> Vec<String> {
    let link = LINK.lock().ok().and_then(|l| l.clone());
    let (number, country, dob) = GRANTED_PASSPORT;
    let mut out = vec![
        "Advance travel authorization (demo programme; pages at /ata):".to_string(),
        "  import the sample batch: garita ata import data/parole/sample-batch.csv data/parole/sample-batch.csv.sig --programme demo   (same --database)".to_string(),
        "  run the month's selection: garita ata select --programme demo   (same --database)".to_string(),
    ];
    if let Some(link) = link {
        out.push(format!(
            "  invitation for Fabienne Charles (born 1989-02-11; sign in as {BENEFICIARY_HT}): {link}"
        ));
    }
    out.push(format!(
        "  airline check (member.airline@garita.test at /ata/check): passport {number} {country}, born {dob} → authorized"
    ));
    out
}
