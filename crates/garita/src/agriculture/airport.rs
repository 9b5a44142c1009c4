//! Travelers' airport agriculture inspection requests: before flying, a traveler names the
//! arrival airport, the flight and its date, and what they carry (each item a category, a
//! description, a quantity, an origin country); they read plain-language guidance per category
//! from `data/agriculture/guidance.tsv` (only lines a public CBP or APHIS page supports, always
//! ending with "declare everything; the officer at arrival decides"); a specialist at that
//! airport answers each item, which the traveler reads in their language.

use std::net::IpAddr;

use chrono::NaiveDate;
use garita_domain::agriculture::{
    guidance_for, parse_flight, AirportStatus, ItemAnswer, ItemCategory,
};
use garita_domain::locations::Function;
use garita_domain::validation::{bounded_text, Collector, FieldError, Invalid, Problem};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::covers;
use crate::audit::{self, Entry};
use crate::http::errors::{Error, Result};
use crate::http::session::Account;
use crate::i18n::Tr;
use crate::state::AppState;

/// Most items in one request.
pub const MAX_ITEMS: usize = 20;

/// One line of guidance in the reader's language, with its source.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GuidanceLine {
    pub category: String,
    pub text: String,
    /// The public page the line comes from; the closing line has none.
    pub source: Option<String>,
}

/// Reads `a,b,c` into categories (400 for one that does not exist).
pub fn parse_categories(raw: &str) -> Result<Vec<ItemCategory>> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| ItemCategory::parse(s).ok_or(Error::BadRequest("malformed-request")))
        .collect()
}

/// The guidance for these categories, then the closing line every answer ends with.
pub fn guidance_lines(tr: &Tr, categories: &[ItemCategory]) -> Result<Vec<GuidanceLine>> {
    let mut out: Vec<GuidanceLine> = guidance_for(super::guidance()?, categories)
        .into_iter()
        .map(|r| GuidanceLine {
            category: r.category.as_str().to_string(),
            text: tr.t(&format!("agriculture-guidance-{}", r.key)),
            source: r.source.clone(),
        })
        .collect();
    out.push(GuidanceLine {
        category: String::new(),
        text: tr.t("agriculture-declare-everything"),
        source: None,
    });
    Ok(out)
}

#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct NewItem {
    /// biological_materials, farm_visit, fruit_vegetables, meat_dairy, seeds_plants, pet,
    /// service_animal, bird, hunting_trophy.
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub quantity: String,
    /// ISO 3166 alpha-2.
    #[serde(default)]
    pub origin_country: String,
}

#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct NewAirportRequest {
    /// The arrival airport's IATA code (e.g. IAH).
    #[serde(default)]
    pub airport: String,
    /// The flight number (e.g. AM490).
    #[serde(default)]
    pub flight: String,
    /// The arrival date, YYYY-MM-DD (today or later at the airport).
    #[serde(default)]
    pub flight_date: String,
    /// 1 to 20 items; an item's errors name it `items[i].field` (from 0).
    #[serde(default)]
    pub items: Vec<NewItem>,
}

/// An item with its answer, if given.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Item {
    pub id: String,
    pub category: String,
    pub description: String,
    pub quantity: i64,
    pub origin_country: String,
    /// allowed, inspection_at_arrival, needs_permit, prohibited.
    pub answer: Option<String>,
    /// The answer in the reader's language.
    pub answer_text: Option<String>,
    pub answer_note: Option<String>,
    /// Where to see the item's photos (its traveler and the airport's specialists only).
    pub photos: Vec<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AirportRequest {
    pub id: String,
    pub location_id: String,
    pub airport: String,
    pub flight: String,
    pub flight_date: String,
    /// submitted or answered.
    pub status: String,
    pub items: Vec<Item>,
    /// Guidance for the items' categories, ending with "declare everything".
    pub guidance: Vec<GuidanceLine>,
}

struct CheckedItem {
    category: ItemCategory,
    description: String,
    quantity: i64,
    origin: String,
}

fn airport_id(raw: &str) -> String {
    format!("airport-{}", raw.trim().to_ascii_lowercase())
}

/// Checks one item: a known category, a description of 1–300 characters, a quantity of
/// 1–1000, a known origin country. Every problem of the item at once.
fn check_item(it: &NewItem) -> std::result::Result<CheckedItem, Vec<FieldError>> {
    let mut ic = Collector::default();
    let category = ic.check(
        "category",
        ItemCategory::parse(it.category.trim()).ok_or(Problem::UnknownChoice),
    );
    let description = ic.check("description", bounded_text(&it.description, 1, 300));
    let quantity = ic.check(
        "quantity",
        match it.quantity.trim().parse::<i64>() {
            Err(_) => Err(Problem::NotANumber),
            Ok(n) if n < 1 => Err(Problem::NumberTooSmall { min: 1 }),
            Ok(n) if n > 1000 => Err(Problem::NumberTooLarge { max: 1000 }),
            Ok(n) => Ok(n),
        },
    );
    let origin = it.origin_country.trim().to_ascii_uppercase();
    ic.check(
        "origin_country",
        if garita_domain::travelers::is_country(&origin) {
            Ok(())
        } else {
            Err(Problem::UnknownCountry)
        },
    );
    match (ic.finish(), category, description, quantity) {
        (Ok(()), Some(category), Some(description), Some(quantity)) => Ok(CheckedItem {
            category,
            description,
            quantity,
            origin,
        }),
        (Err(Invalid(e)), ..) => Err(e),
        _ => Err(Vec::new()),
    }
}

/// The problems of one item (none when it would be accepted), for a form that shows them
/// next to that item's fields (`category`, `description`, `quantity`, `origin_country`).
pub fn item_errors(it: &NewItem) -> Vec<FieldError> {
    check_item(it).err().unwrap_or_default()
}

/// Makes a traveler's request. Returns its id.
pub async fn create(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    body: &NewAirportRequest,
) -> Result<String> {
    let mut c = Collector::default();
    let location_id = airport_id(&body.airport);
    let place = app
        .locations
        .get(&location_id)
        .filter(|l| l.serves(Function::AirPassengerInspection));
    c.check(
        "airport",
        if place.is_some() {
            Ok(())
        } else {
            Err(Problem::UnknownChoice)
        },
    );
    let flight = c.check("flight", parse_flight(&body.flight));
    let today = place.map(|p| app.clock.now().with_timezone(&p.zone()).date_naive());
    let date = c.check(
        "flight_date",
        match (body.flight_date.trim().parse::<NaiveDate>(), today) {
            (Err(_), _) => Err(Problem::InvalidDate),
            (Ok(d), Some(t)) if d < t => Err(Problem::TimeInPast),
            (Ok(d), _) => Ok(d),
        },
    );
    c.check(
        "items",
        match body.items.len() {
            0 => Err(Problem::Required),
            n if n > MAX_ITEMS => Err(Problem::NumberTooLarge { max: MAX_ITEMS }),
            _ => Ok(()),
        },
    );
    c.finish()?;
    let mut errors: Vec<FieldError> = Vec::new();
    let mut items = Vec::new();
    for (i, it) in body.items.iter().enumerate() {
        match check_item(it) {
            Ok(item) => items.push(item),
            // Each problem named by its item's place: `items[2].quantity`.
            Err(e) => errors.extend(garita_domain::validation::in_list("items", i, Invalid(e))),
        }
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(Invalid(errors)));
    }
    let (Some(flight), Some(date)) = (flight, date) else {
        return Err(Error::field("flight", Problem::Required));
    };
    let id = crate::storage::vault::random_id();
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "INSERT INTO airport_requests (id, account_id, location_id, flight, flight_date, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(account.id)
    .bind(&location_id)
    .bind(&flight)
    .bind(date.to_string())
    .bind(AirportStatus::Submitted.as_str())
    .bind(at)
    .execute(&mut *tx)
    .await?;
    for (i, it) in items.iter().enumerate() {
        let item_id = crate::storage::vault::random_id();
        let sealed = app.vault.seal(
            &format!("airport-item:{item_id}"),
            it.description.as_bytes(),
        );
        sqlx::query(
            "INSERT INTO airport_items (id, request_id, position, category, description_sealed, quantity, origin_country)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&item_id)
        .bind(&id)
        .bind(i as i64)
        .bind(it.category.as_str())
        .bind(sealed)
        .bind(it.quantity)
        .bind(&it.origin)
        .execute(&mut *tx)
        .await?;
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "airport-inspection.requested",
            subject: format!("airport-inspection:{id}"),
            detail: format!("location={location_id} items={}", items.len()),
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct RequestRow {
    id: String,
    account_id: i64,
    location_id: String,
    flight: String,
    flight_date: String,
    status: String,
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    id: String,
    category: String,
    description_sealed: Vec<u8>,
    quantity: i64,
    origin_country: String,
    answer: Option<String>,
    answer_note_sealed: Option<Vec<u8>>,
}

const SELECT: &str =
    "SELECT id, account_id, location_id, flight, flight_date, status FROM airport_requests";

async fn view(app: &AppState, tr: &Tr, r: &RequestRow, open: bool) -> Result<AirportRequest> {
    let rows: Vec<ItemRow> = sqlx::query_as(
        "SELECT id, category, description_sealed, quantity, origin_country, answer, answer_note_sealed
         FROM airport_items WHERE request_id = $1 ORDER BY position",
    )
    .bind(&r.id)
    .fetch_all(&app.db.read)
    .await?;
    let photos = if open {
        super::item_photos::ids_of(app, &r.id).await?
    } else {
        Vec::new()
    };
    let mut items = Vec::with_capacity(rows.len());
    let mut categories = Vec::new();
    for i in &rows {
        if let Some(c) = ItemCategory::parse(&i.category) {
            categories.push(c);
        }
        let description = if open {
            String::from_utf8(
                app.vault
                    .open(&format!("airport-item:{}", i.id), &i.description_sealed)?,
            )?
        } else {
            String::new()
        };
        let answer_note = match (&i.answer_note_sealed, open) {
            (Some(s), true) => Some(String::from_utf8(
                app.vault.open(&format!("airport-answer:{}", i.id), s)?,
            )?),
            _ => None,
        };
        items.push(Item {
            id: i.id.clone(),
            category: i.category.clone(),
            description,
            quantity: i.quantity,
            origin_country: i.origin_country.clone(),
            answer_text: i
                .answer
                .as_ref()
                .map(|a| tr.t(&format!("agriculture-answer-{}", a.replace('_', "-")))),
            answer: i.answer.clone(),
            answer_note,
            photos: photos
                .iter()
                .filter(|(item, _)| *item == i.id)
                .map(|(_, p)| super::item_photos::url(&r.id, &i.id, p))
                .collect(),
        });
    }
    Ok(AirportRequest {
        id: r.id.clone(),
        location_id: r.location_id.clone(),
        airport: app
            .locations
            .get(&r.location_id)
            .map_or(r.location_id.clone(), |l| l.name.clone()),
        flight: r.flight.clone(),
        flight_date: r.flight_date.clone(),
        status: r.status.clone(),
        items,
        guidance: guidance_lines(tr, &categories)?,
    })
}

/// The traveler's own request, opened (audited). Another's is not found.
pub async fn get_for_traveler(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    tr: &Tr,
    id: &str,
) -> Result<AirportRequest> {
    let row: Option<RequestRow> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&app.db.read)
            .await?;
    let row = row
        .filter(|r| r.account_id == account.id)
        .ok_or(Error::NotFound)?;
    audit::record_view(
        app,
        Entry {
            actor: Some(account),
            action: "airport-inspection.viewed",
            subject: format!("airport-inspection:{id}"),
            detail: "by=traveler".into(),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    view(app, tr, &row, true).await
}

/// The traveler's requests, newest first (descriptions not opened).
pub async fn list_for_traveler(app: &AppState, account: &Account) -> Result<Vec<AirportRequest>> {
    let rows: Vec<RequestRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE account_id = $1 ORDER BY created_at DESC, id LIMIT 100"
    )))
    .bind(account.id)
    .fetch_all(&app.db.read)
    .await?;
    let tr = Tr::new(app.catalogs.clone(), 0);
    let mut out = Vec::new();
    for r in &rows {
        out.push(view(app, &tr, r, false).await?);
    }
    Ok(out)
}

/// An airport's requests not yet answered, by flight date, opened for its specialist (audited).
pub async fn queue(
    app: &AppState,
    specialist: &Account,
    ip: IpAddr,
    tr: &Tr,
    location_id: &str,
) -> Result<Vec<AirportRequest>> {
    if !covers(specialist, location_id) {
        return Err(Error::NotFound);
    }
    let rows: Vec<RequestRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE location_id = $1 AND status = $2 ORDER BY flight_date, created_at, id LIMIT 200"
    )))
    .bind(location_id)
    .bind(AirportStatus::Submitted.as_str())
    .fetch_all(&app.db.read)
    .await?;
    let mut out = Vec::new();
    for r in &rows {
        out.push(view(app, tr, r, true).await?);
    }
    audit::record_view(
        app,
        Entry {
            actor: Some(specialist),
            action: "airport-inspection.queue-viewed",
            subject: format!("location:{location_id}"),
            detail: format!("requests={}", out.len()),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(out)
}

/// One request opened for its airport's specialist (audited).
pub async fn get_for_specialist(
    app: &AppState,
    specialist: &Account,
    ip: IpAddr,
    tr: &Tr,
    id: &str,
) -> Result<AirportRequest> {
    let row: Option<RequestRow> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&app.db.read)
            .await?;
    let row = row
        .filter(|r| covers(specialist, &r.location_id))
        .ok_or(Error::NotFound)?;
    audit::record_view(
        app,
        Entry {
            actor: Some(specialist),
            action: "airport-inspection.viewed",
            subject: format!("airport-inspection:{id}"),
            detail: "by=specialist".into(),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    view(app, tr, &row, true).await
}

#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct ItemAnswerInput {
    pub item_id: String,
    /// allowed, inspection_at_arrival, needs_permit, prohibited.
    #[serde(default)]
    pub answer: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct ItemAnswers {
    #[serde(default)]
    pub answers: Vec<ItemAnswerInput>,
}

/// The specialist's answers: every item of the request answered (allowed, inspection at
/// arrival, needs a permit, prohibited) with an optional note. The traveler is told.
pub async fn answer(
    app: &AppState,
    specialist: &Account,
    ip: IpAddr,
    id: &str,
    body: &ItemAnswers,
) -> Result<()> {
    let row: Option<RequestRow> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&app.db.read)
            .await?;
    let row = row
        .filter(|r| covers(specialist, &r.location_id))
        .ok_or(Error::NotFound)?;
    let item_ids: Vec<String> =
        sqlx::query_scalar("SELECT id FROM airport_items WHERE request_id = $1 ORDER BY position")
            .bind(id)
            .fetch_all(&app.db.read)
            .await?;
    let mut answers = Vec::new();
    for item in &item_ids {
        let given = body.answers.iter().find(|a| &a.item_id == item);
        let answer = given
            .and_then(|a| ItemAnswer::parse(a.answer.trim()))
            .ok_or_else(|| Error::field("answers", Problem::UnknownChoice))?;
        let note = given.map_or("", |a| a.note.trim());
        if note.chars().count() > 1000 {
            return Err(Error::field("answers", Problem::TooLong { max: 1000 }));
        }
        answers.push((item.clone(), answer, note.to_string()));
    }
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    for (item, answer, note) in &answers {
        let sealed = (!note.is_empty()).then(|| {
            app.vault
                .seal(&format!("airport-answer:{item}"), note.as_bytes())
        });
        sqlx::query("UPDATE airport_items SET answer = $1, answer_note_sealed = $2 WHERE id = $3")
            .bind(answer.as_str())
            .bind(sealed)
            .bind(item)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query(
        "UPDATE airport_requests SET status = $1, answered_by = $2, answered_at = $3 WHERE id = $4",
    )
    .bind(AirportStatus::Answered.as_str())
    .bind(specialist.id)
    .bind(at)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(specialist),
            action: "airport-inspection.answered",
            subject: format!("airport-inspection:{id}"),
            detail: format!("items={}", answers.len()),
            ip,
            at,
        },
    )
    .await?;
    super::notify(
        &mut tx,
        app,
        row.account_id,
        &format!("/agriculture/airport/{id}"),
        at,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
