//! The demo bus line's trip: Autobuses del Pacífico (demo), `member.bus@garita.test`, arriving
//! at El Paso tomorrow at 10:00 the port's time with 40 people (a driver and 39 passengers).
//! Idempotent: a trip already there for that day is left as it is.

use chrono::{Duration, TimeZone};
use garita_domain::manifests::{TravelerInput, TripInput};

use super::{BusLine, Failed, Source, Target};
use crate::http::errors::Error;
use crate::http::roles::OrganisationActor;
use crate::state::AppState;

pub const DEMO_PORT: &str = "el-paso";
pub const DEMO_TRIP: &str = "AP-1042";
const DEMO_MEMBER: &str = "member.bus@garita.test";
const BUS_LINE: &str = "Autobuses del Pacífico (demo)";

const FAMILY: [&str; 10] = [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Cruz",
];
const GIVEN: [&str; 8] = [
    "María",
    "José",
    "Guadalupe",
    "Juan",
    "Ana",
    "Luis",
    "Rosa",
    "Carlos",
];

/// The demo's people: a driver and 39 passengers, all with documents valid for years.
pub fn people(n: usize) -> Vec<TravelerInput> {
    (0..n).map(person).collect()
}

/// The demo's `i`-th person (0: the driver).
pub fn person(i: usize) -> TravelerInput {
    TravelerInput {
        role: if i == 0 { "driver" } else { "passenger" }.into(),
        family_name: FAMILY[i % FAMILY.len()].into(),
        given_names: GIVEN[(i / FAMILY.len() + i) % GIVEN.len()].into(),
        date_of_birth: format!(
            "{}-{:02}-{:02}",
            1960 + (i * 7) % 45,
            1 + i % 12,
            1 + (i * 3) % 28
        ),
        sex: if i.is_multiple_of(2) { "F" } else { "M" }.into(),
        citizenship: "MX".into(),
        residence_country: "MX".into(),
        document_type: if i.is_multiple_of(3) {
            "border-crossing-card"
        } else {
            "passport"
        }
        .into(),
        document_number: format!("G{:08}", 10_000_000 + i * 7919),
        document_country: "MX".into(),
        document_expiry: "2031-06-30".into(),
        us_address: if i == 0 {
            String::new()
        } else {
            format!("{} N Mesa St, El Paso, TX 79901", 100 + i)
        },
    }
}

/// Tomorrow's trip to El Paso, if the bus line and its member exist and it is not there yet.
pub async fn seed(app: &AppState) -> Result<(), Error> {
    let Some(port) = super::port(app, DEMO_PORT) else {
        return Ok(());
    };
    let organisation_id: Option<i64> =
        sqlx::query_scalar("SELECT id FROM organisations WHERE legal_name = $1")
            .bind(BUS_LINE)
            .fetch_optional(&app.db.read)
            .await?;
    let Some(organisation_id) = organisation_id else {
        return Ok(());
    };
    let member: Option<i64> =
        sqlx::query_scalar("SELECT id FROM accounts WHERE email_fingerprint = $1")
            .bind(app.vault.fingerprint(DEMO_MEMBER))
            .fetch_optional(&app.db.read)
            .await?;
    let Some(member) = member else {
        return Ok(());
    };
    let zone = port.zone();
    let tomorrow = crate::port_console::port_today(port, app.clock.now()) + Duration::days(1);
    let arrival = tomorrow.and_hms_opt(10, 0, 0).unwrap_or_default();
    let there: Option<String> = sqlx::query_scalar(
        "SELECT id FROM bus_trips WHERE organisation_id = $1 AND trip_number = $2 AND arrival_day = $3",
    )
    .bind(organisation_id)
    .bind(DEMO_TRIP)
    .bind(tomorrow.to_string())
    .fetch_optional(&app.db.read)
    .await?;
    if there.is_some() || zone.from_local_datetime(&arrival).earliest().is_none() {
        return Ok(());
    }
    let account = crate::http::session::account(app, member, "staff", None, String::new())
        .await
        .map_err(Error::Internal)?;
    let bus = BusLine {
        organisation_id,
        actor: OrganisationActor::Staff(account),
    };
    let trip = TripInput {
        trip_number: DEMO_TRIP.into(),
        origin_city: "Chihuahua".into(),
        port: DEMO_PORT.into(),
        arrival_at: arrival.format("%Y-%m-%dT%H:%M").to_string(),
        plate: "ABC-1234".into(),
        plate_country: "MX".into(),
    };
    match super::submit(
        app,
        &bus,
        [127, 0, 0, 1].into(),
        Target::New,
        &trip,
        &people(40),
        Source::Form,
    )
    .await
    {
        Ok(_) => Ok(()),
        Err(Failed::Error(e)) => Err(e),
        Err(Failed::Refused(r)) => Err(Error::Internal(anyhow::anyhow!(
            "the demo manifest was refused: {} {:?}",
            r.code,
            r.problems
        ))),
    }
}
