//! Perishable-cargo inspection requests: an organisation asks (`create`), both sides read
//! (`get`, `list_for_organisation`), and each moves the request as `garita_domain::agriculture::
//! transition` allows (`act`). A time that is accepted or set takes a place in its hour at the
//! facility in the same transaction (`take_place`): a conditional update of the hour's counter
//! row, whose CHECK refuses more than its capacity, as appointment slots do. Every change is
//! audited and tells the other side.

use std::net::IpAddr;

use chrono::{DateTime, Utc};
use garita_domain::agriculture::{
    check_time, check_window, hour_of, parse_container, parse_plate, transition, Action,
    CargoStatus, Outcome, Side,
};
use garita_domain::locations::Function;
use garita_domain::validation::{bounded_text, Collector, Invalid, Problem};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{covers, notify, rfc3339, CargoActor};
use crate::audit::{self, Entry};
use crate::http::errors::{Error, Result};
use crate::state::AppState;
use crate::storage::Tx;

/// What an organisation sends to ask for an inspection (form and API alike). Times are the
/// facility's local time (`2026-12-02T09:30`).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct NewCargoRequest {
    /// A cargo facility's id (`/api/v1/locations?function=cargo_inspection`).
    #[serde(default)]
    pub location_id: String,
    /// Start of the desired window, the facility's local time, `YYYY-MM-DDTHH:MM`.
    #[serde(default)]
    pub window_start: String,
    /// End of the desired window, the same day, the facility's local time.
    #[serde(default)]
    pub window_end: String,
    /// HS chapter, two digits (e.g. `08`, fruit), from Garita's list of perishable chapters.
    #[serde(default)]
    pub hs_chapter: String,
    /// HS subheading, six digits of the chapter (e.g. `080450`, mangoes); optional.
    #[serde(default)]
    pub hs_subheading: String,
    /// What the goods are, in words.
    #[serde(default)]
    pub commodity: String,
    /// Country of origin, ISO 3166 alpha-2.
    #[serde(default)]
    pub origin_country: String,
    #[serde(default)]
    pub quantity: String,
    /// Unit of the quantity (kg, boxes, pallets …).
    #[serde(default)]
    pub unit: String,
    /// An ISO 6346 container number (check digit verified) — or a truck plate below.
    #[serde(default)]
    pub container_number: String,
    /// Issuing country of the plate: US, MX or CA.
    #[serde(default)]
    pub plate_country: String,
    /// Issuing state or province (USPS, ISO 3166-2 without the country, or `FED`).
    #[serde(default)]
    pub plate_state: String,
    #[serde(default)]
    pub plate: String,
    /// Entry or manifest number.
    #[serde(default)]
    pub entry_number: String,
    /// Temperature requirements (e.g. "2–4 °C, reefer").
    #[serde(default)]
    pub temperature: String,
    /// Who to call about this shipment (a name and a phone or e-mail). Sealed at rest.
    #[serde(default)]
    pub contact: String,
}

/// The request after checks.
struct Checked {
    location_id: String,
    window: (DateTime<Utc>, DateTime<Utc>),
    chapter: String,
    subheading: Option<String>,
    commodity: String,
    origin_country: String,
    quantity: i64,
    unit: String,
    container: Option<String>,
    plate: Option<(String, String, String)>,
    entry_number: String,
    temperature: String,
    contact: String,
}

/// The facility's hours and zone now (an administrator's edit counts at once); a place that is
/// not a cargo facility, or closed, is `None`.
pub(super) async fn facility(
    app: &AppState,
    location_id: &str,
    function: Function,
) -> Result<Option<(garita_domain::locations::Operations, chrono_tz::Tz)>> {
    let Some(place) = app
        .locations
        .get(location_id)
        .filter(|l| l.serves(function))
    else {
        return Ok(None);
    };
    let current = crate::locations::current(app, location_id).await?;
    Ok(Some((current.operations, place.zone())))
}

async fn check(app: &AppState, r: &NewCargoRequest) -> Result<Checked> {
    let now = app.clock.now();
    let mut c = Collector::default();
    let place = facility(app, r.location_id.trim(), Function::CargoInspection).await?;
    let window = match &place {
        None => {
            c.check::<()>("location_id", Err(Problem::UnknownChoice));
            None
        }
        Some((ops, zone)) => {
            let hours = ops.hours.unwrap_or_default();
            match check_window(&hours, *zone, now, &r.window_start, &r.window_end) {
                Ok(w) if ops.is_open => Some(w),
                Ok(_) => {
                    c.check::<()>("window_start", Err(Problem::OutsideHours));
                    None
                }
                Err((field, p)) => {
                    c.check::<()>(field, Err(p));
                    None
                }
            }
        }
    };
    let commodity_code = c.check(
        "hs_chapter",
        super::chapters()?.check(&r.hs_chapter, &r.hs_subheading),
    );
    let commodity = c.check("commodity", bounded_text(&r.commodity, 1, 200));
    let origin = r.origin_country.trim().to_ascii_uppercase();
    let origin_ok = origin.len() == 2 && garita_domain::travelers::is_country(&origin);
    c.check(
        "origin_country",
        if origin_ok {
            Ok(())
        } else {
            Err(Problem::UnknownCountry)
        },
    );
    let quantity = c.check(
        "quantity",
        match r.quantity.trim().parse::<i64>() {
            Err(_) => Err(Problem::NotANumber),
            Ok(n) if n < 1 => Err(Problem::NumberTooSmall { min: 1 }),
            Ok(n) if n > 10_000_000 => Err(Problem::NumberTooLarge { max: 10_000_000 }),
            Ok(n) => Ok(n),
        },
    );
    let unit = c.check("unit", bounded_text(&r.unit, 1, 30));
    let (container, plate) = if !r.container_number.trim().is_empty() || r.plate.trim().is_empty() {
        (
            c.check("container_number", parse_container(&r.container_number)),
            None,
        )
    } else {
        (
            None,
            c.check(
                "plate",
                parse_plate(&r.plate_country, &r.plate_state, &r.plate),
            ),
        )
    };
    let entry_number = c.check("entry_number", bounded_text(&r.entry_number, 1, 40));
    let temperature = c.check("temperature", bounded_text(&r.temperature, 1, 100));
    let contact = c.check("contact", bounded_text(&r.contact, 3, 200));
    c.finish()?;
    match (
        window,
        commodity_code,
        commodity,
        quantity,
        unit,
        entry_number,
        temperature,
        contact,
    ) {
        (
            Some(window),
            Some((chapter, subheading)),
            Some(commodity),
            Some(quantity),
            Some(unit),
            Some(entry_number),
            Some(temperature),
            Some(contact),
        ) if container.is_some() || plate.is_some() => Ok(Checked {
            location_id: r.location_id.trim().to_string(),
            window,
            chapter,
            subheading,
            commodity,
            origin_country: origin,
            quantity,
            unit,
            container,
            plate,
            entry_number,
            temperature,
            contact,
        }),
        _ => Err(Error::Invalid(Invalid::one(
            "location_id",
            Problem::Required,
        ))),
    }
}

/// A request as both sides see it (the contact only on the request's own page).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CargoRequest {
    pub id: String,
    pub organisation_id: i64,
    pub organisation: String,
    pub location_id: String,
    pub location_name: String,
    /// The facility's IANA zone: every time below is shown to both sides in it.
    pub time_zone: String,
    /// requested, time_proposed, information_requested, scheduled, inspected, cancelled.
    pub status: String,
    pub window_start: String,
    pub window_end: String,
    pub hs_chapter: String,
    pub hs_subheading: Option<String>,
    pub commodity: String,
    pub origin_country: String,
    pub quantity: i64,
    pub unit: String,
    pub container_number: Option<String>,
    pub plate_country: Option<String>,
    pub plate_state: Option<String>,
    pub plate: Option<String>,
    pub entry_number: String,
    pub temperature: String,
    /// The specialist who holds the request, if one took it.
    pub specialist_id: Option<i64>,
    pub proposed_at: Option<String>,
    pub scheduled_at: Option<String>,
    /// released, held, refused_entry (once inspected).
    pub outcome: Option<String>,
    /// The inspection's notes, or the reason of a cancellation.
    pub closing_note: Option<String>,
    /// Messages from the other side not read yet by the caller's side.
    pub unread: i64,
    /// Only on a single request's read.
    pub contact: Option<String>,
}

#[derive(sqlx::FromRow)]
pub struct Row {
    pub id: String,
    pub organisation_id: i64,
    pub legal_name: String,
    pub created_by: Option<i64>,
    pub location_id: String,
    pub status: String,
    pub window_start: i64,
    pub window_end: i64,
    pub hs_chapter: String,
    pub hs_subheading: Option<String>,
    pub commodity: String,
    pub origin_country: String,
    pub quantity: i64,
    pub unit: String,
    pub container_number: Option<String>,
    pub plate_country: Option<String>,
    pub plate_state: Option<String>,
    pub plate: Option<String>,
    pub entry_number: String,
    pub temperature: String,
    pub contact_sealed: Vec<u8>,
    pub specialist_id: Option<i64>,
    pub proposed_at: Option<i64>,
    pub scheduled_at: Option<i64>,
    pub held_hour: Option<i64>,
    pub outcome: Option<String>,
    pub closing_note: Option<String>,
}

pub(super) const SELECT: &str = "SELECT r.id, r.organisation_id, o.legal_name, r.created_by, r.location_id, r.status,
    r.window_start, r.window_end, r.hs_chapter, r.hs_subheading, r.commodity, r.origin_country, r.quantity,
    r.unit, r.container_number, r.plate_country, r.plate_state, r.plate, r.entry_number, r.temperature,
    r.contact_sealed, r.specialist_id, r.proposed_at, r.scheduled_at, r.held_hour, r.outcome, r.closing_note
    FROM cargo_requests r JOIN organisations o ON o.id = r.organisation_id";

impl Row {
    pub fn status(&self) -> Result<CargoStatus> {
        CargoStatus::parse(&self.status).ok_or_else(|| {
            Error::Internal(anyhow::anyhow!(
                "cargo request {}: unknown status {:?}",
                self.id,
                self.status
            ))
        })
    }

    pub fn view(&self, app: &AppState, unread: i64, contact: Option<String>) -> CargoRequest {
        let place = app.locations.get(&self.location_id);
        CargoRequest {
            id: self.id.clone(),
            organisation_id: self.organisation_id,
            organisation: self.legal_name.clone(),
            location_id: self.location_id.clone(),
            location_name: place.map_or(self.location_id.clone(), |p| p.name.clone()),
            time_zone: place.map_or(String::new(), |p| p.time_zone.clone()),
            status: self.status.clone(),
            window_start: rfc3339(self.window_start),
            window_end: rfc3339(self.window_end),
            hs_chapter: self.hs_chapter.clone(),
            hs_subheading: self.hs_subheading.clone(),
            commodity: self.commodity.clone(),
            origin_country: self.origin_country.clone(),
            quantity: self.quantity,
            unit: self.unit.clone(),
            container_number: self.container_number.clone(),
            plate_country: self.plate_country.clone(),
            plate_state: self.plate_state.clone(),
            plate: self.plate.clone(),
            entry_number: self.entry_number.clone(),
            temperature: self.temperature.clone(),
            specialist_id: self.specialist_id,
            proposed_at: self.proposed_at.map(rfc3339),
            scheduled_at: self.scheduled_at.map(rfc3339),
            outcome: self.outcome.clone(),
            closing_note: self.closing_note.clone(),
            unread,
            contact,
        }
    }
}

fn actor_detail(actor: &CargoActor) -> String {
    match actor.key_id() {
        Some(k) => format!(" api-key={k}"),
        None => String::new(),
    }
}

/// Makes a request for the caller's organisation. Returns its id.
pub async fn create(
    app: &AppState,
    actor: &CargoActor,
    ip: IpAddr,
    body: &NewCargoRequest,
) -> Result<String> {
    let CargoActor::Organisation(caller) = actor else {
        return Err(Error::Forbidden);
    };
    let c = check(app, body).await?;
    let id = crate::storage::vault::random_id();
    let now = app.clock.timestamp();
    let sealed = app
        .vault
        .seal(&format!("agriculture-contact:{id}"), c.contact.as_bytes());
    let (pc, ps, p) = match c.plate {
        Some((a, b, c)) => (Some(a), Some(b), Some(c)),
        None => (None, None, None),
    };
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "INSERT INTO cargo_requests (id, organisation_id, created_by, created_by_key, location_id, status,
           window_start, window_end, hs_chapter, hs_subheading, commodity, origin_country, quantity, unit,
           container_number, plate_country, plate_state, plate, entry_number, temperature, contact_sealed,
           created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $22)",
    )
    .bind(&id)
    .bind(caller.organisation_id)
    .bind(actor.account().map(|a| a.id))
    .bind(actor.key_id())
    .bind(&c.location_id)
    .bind(CargoStatus::Requested.as_str())
    .bind(c.window.0.timestamp())
    .bind(c.window.1.timestamp())
    .bind(&c.chapter)
    .bind(&c.subheading)
    .bind(&c.commodity)
    .bind(&c.origin_country)
    .bind(c.quantity)
    .bind(&c.unit)
    .bind(&c.container)
    .bind(&pc)
    .bind(&ps)
    .bind(&p)
    .bind(&c.entry_number)
    .bind(&c.temperature)
    .bind(sealed)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: actor.account(),
            action: "cargo-inspection.requested",
            subject: format!("cargo-inspection:{id}"),
            detail: format!(
                "organisation={} location={}{}",
                caller.organisation_id,
                c.location_id,
                actor_detail(actor)
            ),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Reads one request, if the actor may see it: its own organisation's, or at a specialist's
/// facility. Anyone else is told it does not exist (404), so ids say nothing.
pub async fn load(app: &AppState, actor: &CargoActor, id: &str) -> Result<Row> {
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE r.id = $1")))
        .bind(id)
        .fetch_optional(&app.db.read)
        .await?;
    let row = row.ok_or(Error::NotFound)?;
    let allowed = match actor {
        CargoActor::Organisation(c) => c.organisation_id == row.organisation_id,
        CargoActor::Specialist(a) => covers(a, &row.location_id),
    };
    if allowed {
        Ok(row)
    } else {
        Err(Error::NotFound)
    }
}

/// One request with its contact opened (a personal-data read, audited).
pub async fn get(app: &AppState, actor: &CargoActor, ip: IpAddr, id: &str) -> Result<CargoRequest> {
    let row = load(app, actor, id).await?;
    let contact = String::from_utf8(app.vault.open(
        &format!("agriculture-contact:{}", row.id),
        &row.contact_sealed,
    )?)?;
    let unread = super::threads::unread(app, &row.id, actor.side()).await?;
    audit::record_view(
        app,
        Entry {
            actor: actor.account(),
            action: "cargo-inspection.viewed",
            subject: format!("cargo-inspection:{id}"),
            detail: format!("side={}{}", side_text(actor.side()), actor_detail(actor)),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(row.view(app, unread, Some(contact)))
}

pub fn side_text(side: Side) -> &'static str {
    side.as_str()
}

/// The organisation's requests, newest first.
pub async fn list_for_organisation(
    app: &AppState,
    organisation_id: i64,
) -> Result<Vec<CargoRequest>> {
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE r.organisation_id = $1 ORDER BY r.created_at DESC, r.id LIMIT 200"
    )))
    .bind(organisation_id)
    .fetch_all(&app.db.read)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let unread = super::threads::unread(app, &r.id, Side::Requester).await?;
        out.push(r.view(app, unread, None));
    }
    Ok(out)
}

/// What a side does to a request (form and API alike).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct CargoAction {
    /// propose_time, request_information, accept, decline, schedule, inspect, cancel.
    #[serde(default)]
    pub action: String,
    /// For propose_time and schedule: the facility's local time, `YYYY-MM-DDTHH:MM`.
    #[serde(default)]
    pub time: String,
    /// For inspect: released, held, refused_entry.
    #[serde(default)]
    pub outcome: String,
    /// The inspection's notes, the reason of a cancellation, or what information is needed.
    #[serde(default)]
    pub note: String,
}

/// Takes one place in the hour of `at` at the facility, or says the hour is full. The hour's
/// row is made (or its capacity brought up to date, never below what it holds) first; the
/// place is then taken by one conditional update, which concurrent transactions serialize on.
async fn take_place(tx: &mut Tx, location_id: &str, hour: i64, capacity: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO agriculture_hours (location_id, hour_start, capacity, taken) VALUES ($1, $2, $3, 0)
         ON CONFLICT (location_id, hour_start) DO UPDATE SET capacity = CASE
           WHEN agriculture_hours.taken > excluded.capacity THEN agriculture_hours.taken
           ELSE excluded.capacity END",
    )
    .bind(location_id)
    .bind(hour)
    .bind(capacity)
    .execute(&mut **tx)
    .await?;
    let taken = sqlx::query(
        "UPDATE agriculture_hours SET taken = taken + 1
         WHERE location_id = $1 AND hour_start = $2 AND taken + 1 <= capacity",
    )
    .bind(location_id)
    .bind(hour)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if taken == 1 {
        Ok(())
    } else {
        Err(Error::Conflict("agriculture-hour-full"))
    }
}

async fn give_back_place(tx: &mut Tx, location_id: &str, hour: i64) -> Result<()> {
    sqlx::query(
        "UPDATE agriculture_hours SET taken = taken - 1
         WHERE location_id = $1 AND hour_start = $2 AND taken >= 1",
    )
    .bind(location_id)
    .bind(hour)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Moves a request: the action must be allowed from its state for the actor's side; a time is
/// checked against the facility's hours; accepting or scheduling takes a place in the hour
/// (409 `agriculture-hour-full` when none is left, and nothing changes); cancelling a
/// scheduled request gives its place back. The change is made only if the request is still in
/// the state it was read in (409 `agriculture-changed` otherwise). Audited; the other side is
/// told.
pub async fn act(
    app: &AppState,
    actor: &CargoActor,
    ip: IpAddr,
    id: &str,
    body: &CargoAction,
) -> Result<CargoStatus> {
    let row = load(app, actor, id).await?;
    let from = row.status()?;
    let action = Action::parse(body.action.trim())
        .ok_or_else(|| Error::field("action", Problem::UnknownChoice))?;
    let next =
        transition(from, action, actor.side()).ok_or(Error::Conflict("agriculture-not-allowed"))?;
    let now = app.clock.now();
    let at = now.timestamp();
    let (ops, zone) = facility(app, &row.location_id, Function::CargoInspection)
        .await?
        .ok_or(Error::NotFound)?;
    let hours = ops.hours.unwrap_or_default();
    let note = body.note.trim();
    if note.chars().count() > 2000 {
        return Err(Error::field("note", Problem::TooLong { max: 2000 }));
    }
    let mut proposed_at = row.proposed_at;
    let mut scheduled_at = row.scheduled_at;
    let mut outcome = row.outcome.clone();
    let mut closing_note = row.closing_note.clone();
    match action {
        Action::ProposeTime | Action::Schedule => {
            let t =
                check_time(&hours, zone, now, &body.time).map_err(|p| Error::field("time", p))?;
            if action == Action::ProposeTime {
                proposed_at = Some(t.timestamp());
            } else {
                scheduled_at = Some(t.timestamp());
            }
        }
        Action::Accept => {
            let t = row
                .proposed_at
                .ok_or(Error::Conflict("agriculture-not-allowed"))?;
            if t <= at {
                return Err(Error::field("time", Problem::TimeInPast));
            }
            scheduled_at = Some(t);
        }
        Action::Inspect => {
            let o = Outcome::parse(body.outcome.trim())
                .ok_or_else(|| Error::field("outcome", Problem::UnknownChoice))?;
            outcome = Some(o.as_str().to_string());
            closing_note = Some(note.to_string());
        }
        Action::Cancel => {
            if note.is_empty() {
                return Err(Error::field("note", Problem::Required));
            }
            closing_note = Some(note.to_string());
        }
        Action::RequestInformation if note.is_empty() => {
            return Err(Error::field("note", Problem::Required));
        }
        Action::Decline => proposed_at = None,
        Action::RequestInformation => {}
    }
    let mut tx = app.db.begin().await?;
    let mut held_hour = row.held_hour;
    if action.takes_capacity() {
        let t = scheduled_at.ok_or(Error::Conflict("agriculture-not-allowed"))?;
        let hour = hour_of(DateTime::from_timestamp(t, 0).unwrap_or(now));
        let capacity = i64::from(ops.capacity_per_hour.unwrap_or(0));
        take_place(&mut tx, &row.location_id, hour, capacity).await?;
        held_hour = Some(hour);
    }
    if next == CargoStatus::Cancelled {
        if let Some(hour) = row.held_hour {
            give_back_place(&mut tx, &row.location_id, hour).await?;
        }
        held_hour = None;
    }
    let specialist_id = match actor {
        CargoActor::Specialist(a) if row.specialist_id.is_none() => Some(a.id),
        _ => row.specialist_id,
    };
    let changed = sqlx::query(
        "UPDATE cargo_requests SET status = $1, proposed_at = $2, scheduled_at = $3, held_hour = $4,
           outcome = $5, closing_note = $6, specialist_id = $7, updated_at = $8
         WHERE id = $9 AND status = $10",
    )
    .bind(next.as_str())
    .bind(proposed_at)
    .bind(scheduled_at)
    .bind(held_hour)
    .bind(&outcome)
    .bind(&closing_note)
    .bind(specialist_id)
    .bind(at)
    .bind(id)
    .bind(from.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(Error::Conflict("agriculture-changed"));
    }
    // What was asked for, or said, goes into the thread too, so both sides read it there.
    if action == Action::RequestInformation {
        super::threads::insert_text(&mut tx, app, id, actor, note, at).await?;
    }
    audit::record(
        &mut tx,
        Entry {
            actor: actor.account(),
            action: "cargo-inspection.changed",
            subject: format!("cargo-inspection:{id}"),
            detail: format!(
                "{} -> {} by={}{}",
                from.as_str(),
                next.as_str(),
                side_text(actor.side()),
                actor_detail(actor)
            ),
            ip,
            at,
        },
    )
    .await?;
    tell_other_side(&mut tx, app, &row, actor, specialist_id, at).await?;
    if next == CargoStatus::Inspected {
        // One inspection done, on the facility's local day.
        let day = now.with_timezone(&zone).date_naive();
        crate::statistics::count(
            &mut tx,
            day,
            &row.location_id,
            garita_domain::statistics::Metric::Inspections,
            "",
            1,
            1,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(next)
}

/// Tells the side that did not act: the person who made the request (by a key: the
/// organisation's managers), or the specialist who holds it.
pub(super) async fn tell_other_side(
    tx: &mut Tx,
    app: &AppState,
    row: &Row,
    actor: &CargoActor,
    specialist_id: Option<i64>,
    at: i64,
) -> Result<()> {
    let path = format!("/cargo/inspections/{}", row.id);
    let to: Vec<i64> = match actor.side() {
        Side::Specialist => match row.created_by {
            Some(a) => vec![a],
            None => {
                sqlx::query_scalar(
                    "SELECT account_id FROM grants WHERE organisation_id = $1 AND role = $2",
                )
                .bind(row.organisation_id)
                .bind(garita_domain::roles::Role::OrganisationManager.as_str())
                .fetch_all(&mut **tx)
                .await?
            }
        },
        Side::Requester => specialist_id.into_iter().collect(),
    };
    for account in to {
        notify(tx, app, account, &path, at).await?;
    }
    Ok(())
}
