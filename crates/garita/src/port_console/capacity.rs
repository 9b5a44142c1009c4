//! Capacity per port, day and slot, set by admins and the port's own officers (closures,
//! surges, holidays). A cut never silently drops an appointment: each group that no longer
//! fits is moved to the nearest free slot at an acceptable port or, failing that, told and
//! given priority in the next draw — all in the one transaction that changes the capacity.

use std::net::IpAddr;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use garita_domain::ports::{slot_distance, Port};
use garita_domain::status::{AppointmentStatus, RequestNotice, RequestStatus};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::appointments::release;
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;
use crate::storage::Tx;

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, sqlx::FromRow)]
pub struct SlotCapacity {
    /// Local time at the port, HH:MM.
    #[schema(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$", example = "09:00")]
    pub start: String,
    /// Places in the slot, 0 to 100,000.
    #[serde(deserialize_with = "crate::http::forms::whole_number")]
    #[schema(minimum = 0, maximum = 100_000)]
    pub capacity: i64,
    /// Places already given (read only: ignored in a change).
    #[serde(default, skip_deserializing)]
    #[schema(read_only)]
    pub taken: i64,
}

#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Report {
    /// Groups moved to another slot.
    pub moved: usize,
    /// Groups that could not be moved: told, and first in the next draw.
    pub notified: usize,
    pub slots: Vec<SlotCapacity>,
}

/// A day's slots at a port as they stand: stored rows, and for a day nobody has booked or
/// changed yet, the port's defaults (a read writes nothing).
pub async fn slots(
    app: &AppState,
    port: &Port,
    day: NaiveDate,
) -> Result<Vec<SlotCapacity>, Error> {
    let rows: Vec<SlotCapacity> = sqlx::query_as(
        "SELECT start_time AS start, capacity, taken FROM slots WHERE port_id = $1 AND day = $2 ORDER BY start_time",
    )
    .bind(&port.id)
    .bind(day.to_string())
    .fetch_all(&app.db.read)
    .await?;
    if !rows.is_empty() {
        return Ok(rows);
    }
    Ok(port
        .slot_capacities(port.daily_capacity)
        .into_iter()
        .map(|(start, capacity)| SlotCapacity {
            start: start.format("%H:%M").to_string(),
            capacity: i64::from(capacity),
            taken: 0,
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct FreeSlot {
    day: String,
    start_time: String,
}

#[derive(sqlx::FromRow)]
struct AffectedRow {
    id: String,
    request_id: String,
    size: i64,
    ports: String,
}

/// A group to move out of a slot being cut.
struct Move<'a> {
    /// The ports the group accepts, the cut one first.
    ports: &'a [&'a Port],
    day: NaiveDate,
    start: NaiveTime,
    size: i64,
    /// When the cut is made: only slots that begin long enough after it are candidates.
    now: DateTime<Utc>,
    /// Slots being reduced now: never a destination.
    cut: &'a [(String, String, String)],
}

/// Finds and takes the nearest slot with room for the group at the ports it accepts (this port
/// first) that begins at least `RELOCATION_NOTICE_MINUTES` from now, so that no move can put a
/// group into a slot that has begun or turn into a no-show.
async fn relocate(tx: &mut Tx, m: &Move<'_>) -> Result<Option<(String, String, String)>, Error> {
    for port in m.ports {
        let today = super::port_today(port, m.now);
        let free: Vec<FreeSlot> = sqlx::query_as(
            "SELECT day, start_time FROM slots WHERE port_id = $1 AND day >= $2 AND capacity - taken >= $3",
        )
        .bind(&port.id)
        .bind(today.to_string())
        .bind(m.size)
        .fetch_all(&mut **tx)
        .await?;
        let mut candidates: Vec<(i64, String, String)> = free
            .into_iter()
            .filter(|f| {
                !m.cut
                    .iter()
                    .any(|c| c.0 == port.id && c.1 == f.day && c.2 == f.start_time)
            })
            .filter_map(|f| {
                // A slot row that cannot be read is never a destination.
                let day: NaiveDate = f.day.parse().ok()?;
                let start = NaiveTime::parse_from_str(&f.start_time, "%H:%M").ok()?;
                if !port.may_relocate_into(day, start, m.now) {
                    return None;
                }
                Some((
                    slot_distance((m.day, m.start), (day, start)),
                    f.day,
                    f.start_time,
                ))
            })
            .collect();
        candidates.sort();
        for (_, d, s) in candidates {
            let taken = sqlx::query(
                "UPDATE slots SET taken = taken + $1 WHERE port_id = $2 AND day = $3 AND start_time = $4 AND taken + $1 <= capacity",
            )
            .bind(m.size)
            .bind(&port.id)
            .bind(&d)
            .bind(&s)
            .execute(&mut **tx)
            .await?
            .rows_affected();
            if taken == 1 {
                return Ok(Some((port.id.clone(), d, s)));
            }
        }
    }
    Ok(None)
}

/// Sets the capacity of some of a day's slots at a port.
pub async fn set(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    port: &Port,
    day: NaiveDate,
    wanted: &[SlotCapacity],
) -> Result<Report, Error> {
    // Only days that can still be booked: from the port's today to the booking horizon.
    let today = super::port_today(port, app.clock.now());
    if day < today || day > today + chrono::Duration::days(app.settings.cycle.days_ahead) {
        return Err(Error::field(
            "date",
            garita_domain::validation::Problem::InvalidDate,
        ));
    }
    if wanted
        .iter()
        .any(|s| s.capacity < 0 || s.capacity > 100_000)
    {
        return Err(Error::field(
            "capacity",
            garita_domain::validation::Problem::TooLong { max: 100_000 },
        ));
    }
    let current = slots(app, port, day).await?;
    for w in wanted {
        if !current.iter().any(|c| c.start == w.start) {
            return Err(Error::field(
                "start",
                garita_domain::validation::Problem::InvalidDate,
            ));
        }
    }
    let now = app.clock.now();
    let cut: Vec<(String, String, String)> = wanted
        .iter()
        .filter(|w| {
            current
                .iter()
                .any(|c| c.start == w.start && w.capacity < c.capacity)
        })
        .map(|w| (port.id.clone(), day.to_string(), w.start.clone()))
        .collect();
    // The day's rows exist from here on (a day nobody booked has none until now).
    crate::draw::ensure_slots(app, day, day).await?;
    let mut report = Report::default();
    let t = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    for w in wanted {
        let (taken,): (i64,) = sqlx::query_as(
            "SELECT taken FROM slots WHERE port_id = $1 AND day = $2 AND start_time = $3",
        )
        .bind(&port.id)
        .bind(day.to_string())
        .bind(&w.start)
        .fetch_one(&mut *tx)
        .await?;
        let mut over = taken - w.capacity;
        if over > 0 {
            // Latest bookings move first: the earliest keep the place they were given.
            let affected: Vec<AffectedRow> = sqlx::query_as(
                "SELECT a.id, a.request_id, a.size, r.ports FROM appointments a JOIN appointment_requests r ON r.id = a.request_id
                 WHERE a.port_id = $1 AND a.day = $2 AND a.start_time = $3 AND a.status IN ($4, $5)
                 ORDER BY a.created_at DESC, a.id",
            )
            .bind(&port.id)
            .bind(day.to_string())
            .bind(&w.start)
            .bind(AppointmentStatus::Offered.as_str())
            .bind(AppointmentStatus::Confirmed.as_str())
            .fetch_all(&mut *tx)
            .await?;
            // First move whoever can be moved; only if that is not enough, cut (latest first).
            let mut stuck = Vec::new();
            for AffectedRow {
                id,
                request_id,
                size,
                ports: ports_json,
            } in affected
            {
                if over <= 0 {
                    break;
                }
                let accepted: Vec<String> = serde_json::from_str(&ports_json).map_err(|e| {
                    Error::Internal(anyhow::anyhow!(
                        "request {request_id}: unreadable ports: {e}"
                    ))
                })?;
                let mut ports: Vec<&Port> = vec![port];
                for p in accepted {
                    if let Some(p) = app.ports.iter().find(|x| x.id == p) {
                        if !ports.iter().any(|x| x.id == p.id) {
                            ports.push(p);
                        }
                    }
                }
                let start = NaiveTime::parse_from_str(&w.start, "%H:%M")
                    .map_err(|e| Error::Internal(anyhow::anyhow!("slot {}: {e}", w.start)))?;
                let Some((to_port, to_day, to_start)) = relocate(
                    &mut tx,
                    &Move {
                        ports: &ports,
                        day,
                        start,
                        size,
                        now,
                        cut: &cut,
                    },
                )
                .await?
                else {
                    stuck.push((id, request_id, size));
                    continue;
                };
                release(&mut tx, &port.id, &day.to_string(), &w.start, size).await?;
                sqlx::query("UPDATE appointments SET port_id = $1, day = $2, start_time = $3, updated_at = $4 WHERE id = $5")
                    .bind(&to_port)
                    .bind(&to_day)
                    .bind(&to_start)
                    .bind(t)
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "UPDATE appointment_requests SET notice = $1, updated_at = $2 WHERE id = $3",
                )
                .bind(RequestNotice::Moved.as_str())
                .bind(t)
                .bind(&request_id)
                .execute(&mut *tx)
                .await?;
                audit::record(
                    &mut tx,
                    Entry {
                        actor: Some(account),
                        action: "appointment-moved",
                        subject: format!("appointment:{id}"),
                        detail: format!(
                            "{} {day} {} -> {to_port} {to_day} {to_start} (capacity cut)",
                            port.id, w.start
                        ),
                        ip,
                        at: t,
                    },
                )
                .await?;
                crate::notifications::enqueue_for_appointment(
                    &mut tx,
                    &id,
                    crate::notifications::Kind::Moved,
                    t,
                )
                .await?;
                report.moved += 1;
                over -= size;
            }
            for (id, request_id, size) in stuck {
                if over <= 0 {
                    break;
                }
                release(&mut tx, &port.id, &day.to_string(), &w.start, size).await?;
                sqlx::query("UPDATE appointments SET status = $1, updated_at = $2 WHERE id = $3")
                    .bind(AppointmentStatus::Voided.as_str())
                    .bind(t)
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "UPDATE appointment_requests SET status = $1, priority = 1, notice = $2, updated_at = $3 WHERE id = $4",
                )
                .bind(RequestStatus::Open.as_str())
                .bind(RequestNotice::CapacityCut.as_str())
                .bind(t)
                .bind(&request_id)
                .execute(&mut *tx)
                .await?;
                audit::record(
                    &mut tx,
                    Entry {
                        actor: Some(account),
                        action: "appointment-cut",
                        subject: format!("appointment:{id}"),
                        detail: format!(
                            "{} {day} {}: no free place; priority in the next draw",
                            port.id, w.start
                        ),
                        ip,
                        at: t,
                    },
                )
                .await?;
                crate::notifications::enqueue_for_appointment(
                    &mut tx,
                    &id,
                    crate::notifications::Kind::Voided,
                    t,
                )
                .await?;
                report.notified += 1;
                over -= size;
            }
        }
        sqlx::query(
            "UPDATE slots SET capacity = $1 WHERE port_id = $2 AND day = $3 AND start_time = $4",
        )
        .bind(w.capacity)
        .bind(&port.id)
        .bind(day.to_string())
        .bind(&w.start)
        .execute(&mut *tx)
        .await?;
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "capacity-set",
            subject: format!("port:{}", port.id),
            detail: format!(
                "{day}: {}",
                wanted
                    .iter()
                    .map(|w| format!("{}={}", w.start, w.capacity))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            ip,
            at: t,
        },
    )
    .await?;
    let places: i64 = wanted
        .iter()
        .filter_map(|w| {
            current
                .iter()
                .find(|c| c.start == w.start)
                .map(|c| w.capacity - c.capacity)
        })
        .sum();
    crate::statistics::counters::capacity_change(&mut tx, &app.ports, &port.id, places, now)
        .await?;
    tx.commit().await?;
    // Groups moved or told: their status pages changed.
    app.hot.status.changed_all();
    report.slots = slots(app, port, day).await?;
    Ok(report)
}
