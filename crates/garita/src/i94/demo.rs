//! Demo provisional I-94: a traveler (`carmen@garita.test`, in Spanish) with a submission for
//! two people arriving today at San Ysidro, already paid at the port, ready for the San Ysidro
//! officer to admit at `/console/i94`. Made when she has none still valid: a later start leaves
//! it (and any decision) alone; one after it expired makes another. The family of three that applies in the browser journey is María's.

use std::net::{IpAddr, Ipv4Addr};

use garita_domain::i94::ApplicantInput;
use garita_domain::roles::{AccountKind, Grant};

use crate::http::errors::Error;
use crate::state::AppState;

pub const TRAVELER: &str = "carmen@garita.test";
pub const PORT: &str = "san-ysidro";
/// The demo's receipt number at the port.
pub const RECEIPT: &str = "DEMO-I94-0001";

/// The demo's accounts: (e-mail, kind, grants, language).
pub fn accounts() -> Vec<(String, AccountKind, Vec<Grant>, Option<&'static str>)> {
    vec![(
        TRAVELER.to_string(),
        AccountKind::Traveler,
        Vec::new(),
        Some("es"),
    )]
}

fn applicant(family: &str, given: &str, dob: &str, sex: &str, passport: &str) -> ApplicantInput {
    ApplicantInput {
        family_name: family.into(),
        given_names: given.into(),
        date_of_birth: dob.into(),
        sex: sex.into(),
        citizenship: "MX".into(),
        passport_number: passport.into(),
        passport_country: "MX".into(),
        passport_expiry: "2032-05-31".into(),
        document_kind: "bcc".into(),
        visa_number: format!("BCC{passport}"),
        visa_class: "B1/B2-BCC".into(),
        visa_expiry: "2033-05-31".into(),
        us_address: "2250 Camino de la Plaza, San Ysidro, CA 92173".into(),
        purpose: "family".into(),
        petition_number: String::new(),
        sevis_number: String::new(),
    }
}

/// Makes Carmen's paid submission if she has none.
pub async fn seed(app: &AppState) -> Result<(), Error> {
    let fp = app.vault.fingerprint(TRAVELER);
    let account: Option<i64> =
        sqlx::query_scalar("SELECT id FROM accounts WHERE email_fingerprint = $1")
            .bind(&fp)
            .fetch_optional(&app.db.read)
            .await?;
    let Some(account_id) = account else {
        return Ok(());
    };
    // One still valid is enough; a demo database started again after it expired gets a new one.
    let existing: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM i94_submissions WHERE account_id = $1 AND status = $2 AND valid_until > $3",
    )
    .bind(account_id)
    .bind(garita_domain::i94::SubmissionStatus::Paid.as_str())
    .bind(app.clock.timestamp())
    .fetch_one(&app.db.read)
    .await?;
    if existing > 0 {
        return Ok(());
    }
    let today = super::port_today(app, PORT);
    let people = [
        applicant("Ramírez Soto", "Carmen", "1984-06-02", "F", "G10293847"),
        applicant("Ramírez Soto", "Andrés", "2012-10-19", "M", "G56473829"),
    ];
    let ip = IpAddr::V4(Ipv4Addr::LOCALHOST);
    let id = super::create_as(
        app,
        account_id,
        None,
        ip,
        PORT,
        &today.to_string(),
        &people,
        None,
    )
    .await?;
    let mut tx = app.db.begin().await?;
    crate::payments::at_port::insert_paid(
        &mut tx,
        &id,
        RECEIPT,
        super::fee_today(app),
        people.len(),
        None,
        app.clock.now(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// What `serve --demo` prints for a newcomer.
pub fn printed() -> Vec<String> {
    vec![
        "Provisional I-94 (apply at /i94; officers at /console/i94):".to_string(),
        format!(
            "  {TRAVELER}: two people paid at the port (receipt {RECEIPT}), ready for the {PORT} officer to admit"
        ),
    ]
}
