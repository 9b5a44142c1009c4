//! The places of programme rosters in the daily cycle (issue 20, item 2): an administrator
//! reserves a share of a port's daily capacity for roster people (`roster_quotas`); each day,
//! just before the daily draw and inside the same run (`crate::draw::run` calls [`run`]), the
//! slots the draw offers get their reservation (`garita_domain::rosters::reserved`), and the
//! roster's own draw — the shared engine on the held places only — offers them to the open
//! requests of accounts that claimed an enrolled roster person. Unused reserved places stay
//! held from the daily draw until the draw of `release_days_before` days before the slot's day
//! (`garita_domain::rosters::held`); from then on they are the daily draw's.
//!
//! The roster draw's seed is derived from the daily draw's (`roster_seed`), so the daily
//! commitment — published before the request window closed — binds it; the record is public
//! at `GET /api/v1/rosters/draws/{date}` and verifies with `garita verify-draw` like the daily
//! one. Running it again for a day does nothing (`roster_draws.day` is the key, and the rows
//! it changes are changed under conditions).

use std::collections::HashMap;
use std::net::IpAddr;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use garita_domain::draw::{self, PublishedDraw};
use garita_domain::rosters::{draw_input, held, release_on, reserved, roster_seed, Entrant};
use garita_domain::status::RequestStatus;
use garita_domain::validation::Problem;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::ProgrammeStatus;
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;

/// The longest a reservation may be held: the policies' longest offer window.
pub const MAX_RELEASE_DAYS: u32 = 60;

/// A port's roster quota.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Quota {
    pub port_id: String,
    /// The share of each slot's capacity reserved for roster people, 0–100 (rounded down).
    pub percent: u8,
    /// How many days before a slot's day its unused reserved places go to the daily draw
    /// (from that day's draw on), 0–60.
    pub release_days_before: u32,
}

#[derive(sqlx::FromRow)]
struct QuotaRow {
    port_id: String,
    percent: i64,
    release_days_before: i64,
}

/// Sets (or with 0 % ends) a port's roster quota. Audited. Places already reserved stay as
/// they are; the next draw reserves with the new share.
pub async fn set_quota(
    app: &AppState,
    admin: &Account,
    ip: IpAddr,
    port_id: &str,
    percent: i64,
    release_days_before: i64,
) -> Result<Quota, Error> {
    if !app.ports.iter().any(|p| p.id == port_id) {
        return Err(Error::NotFound);
    }
    if percent < 0 {
        return Err(Error::field("percent", Problem::NumberTooSmall { min: 0 }));
    }
    let percent = u8::try_from(percent)
        .ok()
        .filter(|p| *p <= 100)
        .ok_or(Error::field(
            "percent",
            Problem::NumberTooLarge { max: 100 },
        ))?;
    if release_days_before < 0 {
        return Err(Error::field(
            "release_days_before",
            Problem::NumberTooSmall { min: 0 },
        ));
    }
    let release = u32::try_from(release_days_before)
        .ok()
        .filter(|d| *d <= MAX_RELEASE_DAYS)
        .ok_or(Error::field(
            "release_days_before",
            Problem::NumberTooLarge {
                max: MAX_RELEASE_DAYS as usize,
            },
        ))?;
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "INSERT INTO roster_quotas (port_id, percent, release_days_before, set_by, set_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (port_id) DO UPDATE SET percent = $2, release_days_before = $3, set_by = $4, set_at = $5",
    )
    .bind(port_id)
    .bind(i64::from(percent))
    .bind(i64::from(release))
    .bind(admin.id)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(admin),
            action: "roster-quota-set",
            subject: format!("port:{port_id}"),
            detail: format!("percent={percent} release_days_before={release}"),
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Quota {
        port_id: port_id.to_string(),
        percent,
        release_days_before: release,
    })
}

/// Every port's quota (ports without one reserve nothing).
pub async fn quotas(app: &AppState) -> Result<Vec<Quota>, Error> {
    let rows: Vec<QuotaRow> = sqlx::query_as(
        "SELECT port_id, percent, release_days_before FROM roster_quotas WHERE percent > 0 ORDER BY port_id",
    )
    .fetch_all(&app.db.read)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(Quota {
                percent: u8::try_from(r.percent)
                    .map_err(|e| Error::Internal(anyhow::anyhow!("quota of {}: {e}", r.port_id)))?,
                release_days_before: u32::try_from(r.release_days_before)
                    .map_err(|e| Error::Internal(anyhow::anyhow!("quota of {}: {e}", r.port_id)))?,
                port_id: r.port_id,
            })
        })
        .collect()
}

#[derive(sqlx::FromRow)]
struct SlotRow {
    port_id: String,
    day: String,
    start_time: String,
    capacity: i64,
    taken: i64,
}

/// Reserves, for every port with a quota, the places of the slots `first..=last` whose
/// reservation is still held from `day`'s draw (a slot once reserved keeps its reservation).
async fn reserve(
    app: &AppState,
    day: NaiveDate,
    first: NaiveDate,
    last: NaiveDate,
    quotas: &[Quota],
) -> Result<(), Error> {
    let mut tx = app.db.begin().await?;
    for q in quotas {
        let slots: Vec<SlotRow> = sqlx::query_as(
            "SELECT port_id, day, start_time, capacity, taken FROM slots
             WHERE port_id = $1 AND day >= $2 AND day <= $3",
        )
        .bind(&q.port_id)
        .bind(first.to_string())
        .bind(last.to_string())
        .fetch_all(&mut *tx)
        .await?;
        for s in slots {
            let slot_day: NaiveDate = s
                .day
                .parse()
                .map_err(|e| Error::Internal(anyhow::anyhow!("slot day {}: {e}", s.day)))?;
            if !held(slot_day, q.release_days_before, day) {
                continue;
            }
            let capacity = u32::try_from(s.capacity).unwrap_or(0);
            let free = s.capacity.saturating_sub(s.taken).max(0);
            let places = i64::from(reserved(capacity, q.percent)).min(free);
            sqlx::query(
                "INSERT INTO roster_reservations (port_id, day, start_time, places, taken, release_on, created_at)
                 VALUES ($1, $2, $3, $4, 0, $5, $6) ON CONFLICT (port_id, day, start_time) DO NOTHING",
            )
            .bind(&s.port_id)
            .bind(&s.day)
            .bind(&s.start_time)
            .bind(places)
            .bind(release_on(slot_day, q.release_days_before).to_string())
            .bind(app.clock.timestamp())
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// What one run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// No port reserves anything: nothing was written.
    NoQuota,
    Ran {
        participants: usize,
        selected: usize,
    },
    AlreadyDone,
}

#[derive(sqlx::FromRow)]
struct EntrantRow {
    id: String,
    account_id: i64,
    ports: String,
    first_requested_on: String,
    member_count: i64,
}

#[derive(sqlx::FromRow)]
struct HeldRow {
    port_id: String,
    day: String,
    start_time: String,
    free: i64,
}

struct Participant {
    request_id: String,
    account_id: i64,
    size: u32,
}

/// Reserves `day`'s places and runs its roster draw, once (see the module's comment). Called
/// by `crate::draw::run` after the daily draw's seed is committed and its slots exist, before
/// the daily draw reads its free places.
pub async fn run(
    app: &AppState,
    day: NaiveDate,
    now: DateTime<Utc>,
    first: NaiveDate,
    last: NaiveDate,
) -> Result<Outcome, Error> {
    let quotas = quotas(app).await?;
    if quotas.is_empty() {
        return Ok(Outcome::NoQuota);
    }
    let done: Option<String> = sqlx::query_scalar("SELECT day FROM roster_draws WHERE day = $1")
        .bind(day.to_string())
        .fetch_optional(&app.db.read)
        .await?;
    if done.is_some() {
        return Ok(Outcome::AlreadyDone);
    }
    reserve(app, day, first, last, &quotas).await?;

    let policy = crate::policies::for_day(app, day).await?;
    let rules = &policy.policy;
    let close = rules.cycle.window_close(day);
    let sealed: Vec<u8> = sqlx::query_scalar("SELECT seed_sealed FROM draws WHERE day = $1")
        .bind(day.to_string())
        .fetch_one(&app.db.read)
        .await?;
    let daily_seed = String::from_utf8(app.vault.open(&format!("draw-seed:{day}"), &sealed)?)?;
    let seed = roster_seed(day, &daily_seed);

    // Entrants: open requests, submitted before the window closed, of accounts that claimed an
    // enrolled roster person.
    let rows: Vec<EntrantRow> = sqlx::query_as(
        "SELECT r.id, r.account_id, r.ports, r.first_requested_on, a.member_count
         FROM appointment_requests r JOIN accounts a ON a.id = r.account_id
         WHERE r.status = $2 AND r.submitted_at < $1 AND a.member_count > 0 AND a.member_count <= $3
           AND EXISTS (SELECT 1 FROM roster_people p WHERE p.account_id = r.account_id AND p.programme_status = $4)
         ORDER BY r.id",
    )
    .bind(close.timestamp())
    .bind(RequestStatus::Open.as_str())
    .bind(crate::policies::largest_drawn_group(rules))
    .bind(ProgrammeStatus::Enrolled.as_str())
    .fetch_all(&app.db.read)
    .await?;
    let mut participants: HashMap<String, Participant> = HashMap::with_capacity(rows.len());
    let mut entrants = Vec::with_capacity(rows.len());
    for row in rows {
        let pseudonym = app.vault.pseudonym(&format!("roster-draw:{day}"), &row.id);
        let ports = crate::appointments::requests::stored_list(&row.id, "ports", &row.ports)?;
        let first_on = crate::appointments::requests::stored_date(
            &row.id,
            "first_requested_on",
            &row.first_requested_on,
        )?;
        let size = u32::try_from(row.member_count)
            .map_err(|e| Error::Internal(anyhow::anyhow!("request {}: size: {e}", row.id)))?;
        entrants.push(Entrant {
            id: pseudonym.clone(),
            size,
            days_waited: u32::try_from((day - first_on).num_days().max(0)).unwrap_or(0),
            ports,
        });
        participants.insert(
            pseudonym,
            Participant {
                request_id: row.id,
                account_id: row.account_id,
                size,
            },
        );
    }
    // Offers: what is left of each reservation still held from this day's draw.
    let held_rows: Vec<HeldRow> = sqlx::query_as(
        "SELECT q.port_id, q.day, q.start_time, q.places - q.taken AS free FROM roster_reservations q
         WHERE q.day >= $1 AND q.day <= $2 AND q.release_on > $3 AND q.places > q.taken
         ORDER BY q.port_id, q.day, q.start_time",
    )
    .bind(first.to_string())
    .bind(last.to_string())
    .bind(day.to_string())
    .fetch_all(&app.db.read)
    .await?;
    let mut slots = Vec::with_capacity(held_rows.len());
    for h in &held_rows {
        let d: NaiveDate = h
            .day
            .parse()
            .map_err(|e| Error::Internal(anyhow::anyhow!("reservation day {}: {e}", h.day)))?;
        let t = NaiveTime::parse_from_str(&h.start_time, "%H:%M").map_err(|e| {
            Error::Internal(anyhow::anyhow!("reservation start {}: {e}", h.start_time))
        })?;
        slots.push((h.port_id.clone(), d, t, u32::try_from(h.free).unwrap_or(0)));
    }
    let published = draw::publish(day, draw_input(&seed, &entrants, &slots))?;
    let json = serde_json::to_string(&published)?;

    let t = now.timestamp();
    let confirm_by = t + i64::from(rules.cycle.confirmation_hours) * 3600;
    let mut tx = app.db.begin().await?;
    let claimed = sqlx::query(
        "INSERT INTO roster_draws (day, commitment, participants, selected, published, ran_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (day) DO NOTHING",
    )
    .bind(day.to_string())
    .bind(&published.commitment)
    .bind(published.requests.len() as i64)
    .bind(published.results.len() as i64)
    .bind(&json)
    .bind(t)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if claimed != 1 {
        return Ok(Outcome::AlreadyDone);
    }
    for placement in &published.results {
        let p = participants.get(&placement.request).ok_or_else(|| {
            Error::Internal(anyhow::anyhow!("roster draw placed an unknown request"))
        })?;
        // The roster's reservation first (never past what it holds), then as the daily draw.
        let held = sqlx::query(
            "UPDATE roster_reservations SET taken = taken + $1
             WHERE port_id = $2 AND day = $3 AND start_time = $4 AND taken + $1 <= places",
        )
        .bind(i64::from(p.size))
        .bind(&placement.port)
        .bind(placement.date.to_string())
        .bind(placement.start.format("%H:%M").to_string())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let selected = crate::draw::Selected {
            request_id: &p.request_id,
            account_id: p.account_id,
            size: p.size,
        };
        if held != 1
            || !crate::draw::offer(&mut tx, app, day, placement, &selected, confirm_by, now).await?
        {
            // Places or a request changed while the draw ran: nothing is kept; the next run
            // draws again from the new state with the same seed.
            return Err(Error::Internal(anyhow::anyhow!(
                "roster draw {day}: state changed during the draw; retry"
            )));
        }
    }
    tx.commit().await?;
    // The groups drawn here: their status pages changed.
    app.hot.status.changed_all();
    tracing::info!(%day, participants = published.requests.len(), selected = published.results.len(), "roster draw done");
    Ok(Outcome::Ran {
        participants: published.requests.len(),
        selected: published.results.len(),
    })
}

/// `day`'s published roster draw, if it ran.
pub async fn record(app: &AppState, day: NaiveDate) -> Result<Option<PublishedDraw>, Error> {
    let json: Option<String> =
        sqlx::query_scalar("SELECT published FROM roster_draws WHERE day = $1")
            .bind(day.to_string())
            .fetch_optional(&app.db.read)
            .await?;
    json.map(|j| {
        serde_json::from_str(&j).map_err(|e| {
            Error::Internal(anyhow::anyhow!("roster draw {day}: unreadable record: {e}"))
        })
    })
    .transpose()
}

/// Whether `day`'s roster draw ran (the daily draw's page links it then).
pub async fn ran(app: &AppState, day: NaiveDate) -> Result<bool, Error> {
    let found: Option<String> = sqlx::query_scalar("SELECT day FROM roster_draws WHERE day = $1")
        .bind(day.to_string())
        .fetch_optional(&app.db.public)
        .await?;
    Ok(found.is_some())
}

/// Retention (`crate::retention`, rule `roster-places`): reservations of slots before
/// `before_day` (`YYYY-MM-DD`).
pub async fn purge_reservations(app: &AppState, before_day: &str) -> Result<u64, Error> {
    Ok(
        sqlx::query("DELETE FROM roster_reservations WHERE day < $1")
            .bind(before_day)
            .execute(&app.db.write)
            .await?
            .rows_affected(),
    )
}
