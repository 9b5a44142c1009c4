//! Demo agriculture inspections: a specialist at Laredo's World Trade Bridge cargo facility and
//! one at Houston (IAH); the demo broker's request for mangoes scheduled tomorrow at 10:00 at
//! Laredo with an open thread; María's airport request (a dog and mangoes, arriving at IAH
//! tomorrow) answered, with a photo of the dog. Made once; a second start finds them and adds nothing.

use chrono::{Duration, TimeZone};
use garita_domain::agriculture::{
    hour_of, AirportStatus, CargoStatus, ItemAnswer, ItemCategory, Side,
};
use garita_domain::roles::{AccountKind, Grant, Role, Scope};

use crate::http::errors::{Error, Result};
use crate::state::AppState;

pub const LAREDO: &str = "cargo-laredo-world-trade-bridge";
pub const IAH: &str = "airport-iah";
/// The photo of María's declared dog.
const DOG_PHOTO: &[u8] = include_bytes!("../../../../data/agriculture/demo-item-dog.png");

/// The demo specialists: (e-mail, kind, grants, language).
pub fn accounts() -> Vec<(String, AccountKind, Vec<Grant>, Option<&'static str>)> {
    [
        ("specialist.laredo@garita.test", LAREDO),
        ("specialist.iah@garita.test", IAH),
    ]
    .into_iter()
    .map(|(email, place)| {
        (
            email.to_string(),
            AccountKind::Staff,
            vec![Grant {
                role: Role::AgricultureSpecialist,
                scope: Scope::Location(place.into()),
            }],
            Some("en"),
        )
    })
    .collect()
}

async fn account_id(app: &AppState, email: &str) -> Result<Option<i64>> {
    Ok(
        sqlx::query_scalar("SELECT id FROM accounts WHERE email_fingerprint = $1")
            .bind(app.vault.fingerprint(email))
            .fetch_optional(&app.db.read)
            .await?,
    )
}

/// Seeds the demo's requests if missing (the accounts exist by now).
pub async fn seed(app: &AppState) -> Result<()> {
    let (Some(broker), Some(specialist), Some(iah), Some(maria)) = (
        account_id(app, "member.broker@garita.test").await?,
        account_id(app, "specialist.laredo@garita.test").await?,
        account_id(app, "specialist.iah@garita.test").await?,
        account_id(app, "maria@garita.test").await?,
    ) else {
        return Ok(());
    };
    let organisation: Option<i64> = sqlx::query_scalar(
        "SELECT organisation_id FROM grants WHERE account_id = $1 AND organisation_id IS NOT NULL",
    )
    .bind(broker)
    .fetch_optional(&app.db.read)
    .await?;
    let Some(organisation) = organisation else {
        return Ok(());
    };
    let zone = app
        .locations
        .get(LAREDO)
        .map(|l| l.zone())
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("no {LAREDO} in the locations")))?;
    let now = app.clock.now();
    let tomorrow = now.with_timezone(&zone).date_naive() + Duration::days(1);
    let at = |h: u32| {
        zone.from_local_datetime(&tomorrow.and_hms_opt(h, 0, 0).unwrap_or_default())
            .earliest()
            .map(|t| t.timestamp())
            .unwrap_or(0)
    };
    let t = now.timestamp();
    let existing: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM cargo_requests WHERE organisation_id = $1")
            .bind(organisation)
            .fetch_one(&app.db.read)
            .await?;
    if existing == 0 {
        let id = crate::storage::vault::random_id();
        let scheduled = at(10);
        let hour = hour_of(chrono::DateTime::from_timestamp(scheduled, 0).unwrap_or(now));
        let capacity = crate::locations::current(app, LAREDO)
            .await?
            .operations
            .capacity_per_hour
            .unwrap_or(1);
        let mut tx = app.db.begin().await?;
        sqlx::query(
            "INSERT INTO agriculture_hours (location_id, hour_start, capacity, taken) VALUES ($1, $2, $3, 1)
             ON CONFLICT (location_id, hour_start) DO UPDATE SET taken = agriculture_hours.taken + 1",
        )
        .bind(LAREDO)
        .bind(hour)
        .bind(i64::from(capacity))
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO cargo_requests (id, organisation_id, created_by, location_id, status, window_start, window_end,
               hs_chapter, hs_subheading, commodity, origin_country, quantity, unit, plate_country, plate_state, plate,
               entry_number, temperature, contact_sealed, specialist_id, proposed_at, scheduled_at, held_hour,
               created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, '08', '080450', $8, 'MX', 20000, 'kg', 'MX', 'FED', '12AB3C4',
               'B7R-0012345-6', $9, $10, $11, $12, $12, $13, $14, $14)",
        )
        .bind(&id)
        .bind(organisation)
        .bind(broker)
        .bind(LAREDO)
        .bind(CargoStatus::Scheduled.as_str())
        .bind(at(9))
        .bind(at(12))
        .bind("Mango Ataulfo fresco (demo)")
        .bind("10–13 °C, caja refrigerada")
        .bind(app.vault.seal(
            &format!("agriculture-contact:{id}"),
            "Rosa Treviño, +52 867 555 0142".as_bytes(),
        ))
        .bind(specialist)
        .bind(scheduled)
        .bind(hour)
        .bind(t)
        .execute(&mut *tx)
        .await?;
        let messages = [
            (
                Side::Specialist,
                "Please upload the phytosanitary certificate before arrival.",
            ),
            (
                Side::Requester,
                "Adjuntamos el certificado fitosanitario en cuanto lo recibamos del exportador.",
            ),
        ];
        for (i, (side, text)) in messages.iter().enumerate() {
            let mid = crate::storage::vault::random_id();
            sqlx::query(
                "INSERT INTO cargo_messages (id, request_id, side, author_id, body_sealed, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&mid)
            .bind(&id)
            .bind(side.as_str())
            .bind(if *side == Side::Specialist { specialist } else { broker })
            .bind(app.vault.seal(&format!("agriculture-message:{mid}"), text.as_bytes()))
            .bind(t + i as i64)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
    }
    let answered: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM airport_requests WHERE account_id = $1")
            .bind(maria)
            .fetch_one(&app.db.read)
            .await?;
    if answered == 0 {
        // The dog's photo (data/agriculture/demo-item-dog.png, drawn by make-demo-photo.py),
        // through the same checks as an upload.
        let dog_photo =
            super::item_photos::check("image/png", axum::body::Bytes::from_static(DOG_PHOTO))
                .await?;
        let id = crate::storage::vault::random_id();
        let mut tx = app.db.begin().await?;
        sqlx::query(
            "INSERT INTO airport_requests (id, account_id, location_id, flight, flight_date, status, answered_by, created_at, answered_at)
             VALUES ($1, $2, $3, 'AM490', $4, $5, $6, $7, $7)",
        )
        .bind(&id)
        .bind(maria)
        .bind(IAH)
        .bind(tomorrow.to_string())
        .bind(AirportStatus::Answered.as_str())
        .bind(iah)
        .bind(t)
        .execute(&mut *tx)
        .await?;
        let items = [
            (
                ItemCategory::Pet,
                "Perro (Toby), 4 años, vacuna antirrábica",
                1,
                ItemAnswer::InspectionAtArrival,
                "Bring the rabies certificate; the dog is seen at arrival.",
            ),
            (
                ItemCategory::FruitVegetables,
                "Mangos frescos",
                6,
                ItemAnswer::Prohibited,
                "Fresh mangoes from Honduras are not admitted in baggage.",
            ),
        ];
        for (i, (category, description, quantity, answer, note)) in items.iter().enumerate() {
            let item = crate::storage::vault::random_id();
            sqlx::query(
                "INSERT INTO airport_items (id, request_id, position, category, description_sealed, quantity,
                   origin_country, answer, answer_note_sealed)
                 VALUES ($1, $2, $3, $4, $5, $6, 'HN', $7, $8)",
            )
            .bind(&item)
            .bind(&id)
            .bind(i as i64)
            .bind(category.as_str())
            .bind(app.vault.seal(&format!("airport-item:{item}"), description.as_bytes()))
            .bind(*quantity as i64)
            .bind(answer.as_str())
            .bind(app.vault.seal(&format!("airport-answer:{item}"), note.as_bytes()))
            .execute(&mut *tx)
            .await?;
            if *category == ItemCategory::Pet {
                let photo = crate::storage::vault::random_id();
                sqlx::query(
                    "INSERT INTO airport_item_photos (id, item_id, request_id, photo_sealed, size, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&photo)
                .bind(&item)
                .bind(&id)
                .bind(
                    app.vault
                        .seal(&format!("airport-item-photo:{photo}"), &dog_photo),
                )
                .bind(dog_photo.len() as i64)
                .bind(t)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
    }
    Ok(())
}
