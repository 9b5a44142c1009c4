//! Places as data: land ports, airports, cargo facilities and enrollment centers, loaded from
//! `data/locations/` (see `storage::locations`), listed on `/locations` and at
//! `/api/v1/locations`, and edited by administrators where an agency would (hours, capacity,
//! open or closed).
//!
//! What a place *is* (kind, name, codes, zone, functions) comes from the files and never changes
//! while the service runs: `app.locations` answers it. What an agency *sets* is read from the
//! database on each request (`operations`), not kept in memory: an edit is seen at once by every
//! instance of the service sharing the database, with no cache to invalidate.

pub mod api;
pub mod pages;

use std::collections::HashMap;
use std::net::IpAddr;

use garita_domain::locations::{parse_capacity, Location, Operations, WeeklyHours};
use garita_domain::validation::{Collector, Invalid, Problem};

use crate::audit::{self, Entry};
use crate::http::errors::{Error, Result};
use crate::http::session::Account;
use crate::state::AppState;

/// The agency's fields of one location as stored.
#[derive(sqlx::FromRow)]
struct OperationsRow {
    id: String,
    hours: Option<String>,
    capacity_per_hour: Option<i64>,
    is_open: i64,
    updated_at: Option<i64>,
}

/// The agency's current values for a location, and when an administrator last set them.
#[derive(Debug, Clone)]
pub struct Current {
    pub operations: Operations,
    /// Seconds since the epoch; `None` while the data file's values stand.
    pub updated_at: Option<i64>,
}

fn decode(row: OperationsRow) -> Result<(String, Current)> {
    let hours = row
        .hours
        .as_deref()
        .map(WeeklyHours::parse)
        .transpose()
        .map_err(|e| anyhow::anyhow!("locations row {}: stored hours unreadable: {e}", row.id))?;
    let capacity_per_hour = row
        .capacity_per_hour
        .map(u32::try_from)
        .transpose()
        .map_err(|e| anyhow::anyhow!("locations row {}: capacity: {e}", row.id))?;
    Ok((
        row.id,
        Current {
            operations: Operations {
                hours,
                capacity_per_hour,
                is_open: row.is_open != 0,
            },
            updated_at: row.updated_at,
        },
    ))
}

/// The current operations of one location (`NotFound` if it is not one of ours).
pub async fn current(app: &AppState, id: &str) -> Result<Current> {
    if !app.locations.contains(id) {
        return Err(Error::NotFound);
    }
    let row: Option<OperationsRow> = sqlx::query_as(
        "SELECT id, hours, capacity_per_hour, is_open, updated_at FROM locations WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&app.db.read)
    .await?;
    let row = row.ok_or_else(|| anyhow::anyhow!("location {id} loaded but not mirrored"))?;
    Ok(decode(row)?.1)
}

/// The current operations of every location, by id.
pub async fn all_current(app: &AppState) -> Result<HashMap<String, Current>> {
    let rows: Vec<OperationsRow> =
        sqlx::query_as("SELECT id, hours, capacity_per_hour, is_open, updated_at FROM locations")
            .fetch_all(&app.db.read)
            .await?;
    rows.into_iter().map(decode).collect()
}

/// An administrator's change as typed (form or API): `None` leaves a field as it is; an empty
/// text clears hours or capacity ("not stated").
#[derive(Debug, Default, Clone)]
pub struct Change {
    pub hours: Option<String>,
    pub capacity_per_hour: Option<String>,
    /// "open" or "closed".
    pub status: Option<String>,
}

/// The operations after `change`, or every field problem at once.
pub fn apply(before: &Operations, change: &Change) -> Result<Operations, Invalid> {
    let mut c = Collector::default();
    let hours = match change.hours.as_deref().map(str::trim) {
        None => Some(before.hours),
        Some("") => Some(None),
        Some(text) => c.check(
            "hours",
            WeeklyHours::parse(text).map(Some).map_err(|e| e.problem()),
        ),
    };
    let capacity_per_hour = match change.capacity_per_hour.as_deref().map(str::trim) {
        None => Some(before.capacity_per_hour),
        Some("") => Some(None),
        Some(text) => c.check("capacity_per_hour", parse_capacity(text).map(Some)),
    };
    let is_open = match change.status.as_deref().map(str::trim) {
        None => Some(before.is_open),
        Some("open") => Some(true),
        Some("closed") => Some(false),
        Some(_) => c.check::<bool>("is_open", Err(Problem::UnknownChoice)),
    };
    c.finish()?;
    match (hours, capacity_per_hour, is_open) {
        (Some(hours), Some(capacity_per_hour), Some(is_open)) => Ok(Operations {
            hours,
            capacity_per_hour,
            is_open,
        }),
        // The collector holds a problem for every field that did not parse.
        _ => Err(Invalid::one("hours", Problem::InvalidHours)),
    }
}

fn describe(o: &Operations) -> String {
    format!(
        "hours: {}; capacity_per_hour: {}; open: {}",
        o.hours.map(|h| h.to_string()).unwrap_or_else(|| "-".into()),
        o.capacity_per_hour
            .map(|c| c.to_string())
            .unwrap_or_else(|| "-".into()),
        o.is_open
    )
}

/// Applies an administrator's change to a location: nothing is written if any field is wrong;
/// otherwise the row and its audit entry (before → after) commit together.
pub async fn edit(
    app: &AppState,
    by: Option<&Account>,
    ip: IpAddr,
    location: &Location,
    change: &Change,
) -> Result<Current> {
    let before = current(app, &location.id).await?;
    let after = apply(&before.operations, change)?;
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "UPDATE locations SET hours = $1, capacity_per_hour = $2, is_open = $3,
           updated_at = $4, updated_by = $5 WHERE id = $6",
    )
    .bind(after.hours.map(|h| h.to_string()))
    .bind(after.capacity_per_hour.map(i64::from))
    .bind(i64::from(after.is_open))
    .bind(at)
    .bind(by.map(|a| a.id))
    .bind(&location.id)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: by,
            action: "location-edit",
            subject: format!("location:{}", location.id),
            detail: format!("{} -> {}", describe(&before.operations), describe(&after)),
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Current {
        operations: after,
        updated_at: Some(at),
    })
}

/// The demo's agency at work: Pharr's cargo facility has longer hours and more capacity than
/// its data file says (once; a later start keeps what is there). Recorded with no actor.
pub async fn demo_edit(app: &AppState) -> Result<()> {
    const ID: &str = "cargo-pharr";
    let Some(location) = app.locations.get(ID) else {
        return Ok(());
    };
    if current(app, ID).await?.updated_at.is_some() {
        return Ok(());
    }
    let change = Change {
        hours: Some("Mon-Fri 06:00-24:00; Sat 08:00-18:00; Sun 10:00-14:00".into()),
        capacity_per_hour: Some("320".into()),
        status: None,
    };
    edit(app, None, local_machine(), location, &change).await?;
    Ok(())
}

/// The demo's edits come from the machine itself.
fn local_machine() -> IpAddr {
    IpAddr::V4(std::net::Ipv4Addr::LOCALHOST)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops() -> Operations {
        Operations {
            hours: WeeklyHours::parse("Mon-Fri 08:00-16:00").ok(),
            capacity_per_hour: Some(100),
            is_open: true,
        }
    }

    #[test]
    fn a_change_touches_only_the_fields_it_names() {
        let after = apply(
            &ops(),
            &Change {
                status: Some("closed".into()),
                ..Change::default()
            },
        )
        .unwrap();
        assert_eq!(after.hours, ops().hours);
        assert_eq!(after.capacity_per_hour, Some(100));
        assert!(!after.is_open);
        let cleared = apply(
            &ops(),
            &Change {
                hours: Some(" ".into()),
                capacity_per_hour: Some(String::new()),
                ..Change::default()
            },
        )
        .unwrap();
        assert_eq!((cleared.hours, cleared.capacity_per_hour), (None, None));
    }

    #[test]
    fn every_wrong_field_is_named_at_once() {
        let err = apply(
            &ops(),
            &Change {
                hours: Some("Mon 17:00-08:00".into()),
                capacity_per_hour: Some("0".into()),
                status: Some("maybe".into()),
            },
        )
        .unwrap_err();
        let fields: Vec<(&str, &str)> = err.0.iter().map(|e| (e.field, e.problem.code())).collect();
        assert_eq!(
            fields,
            vec![
                ("hours", "closing-before-opening"),
                ("capacity_per_hour", "number-too-small"),
                ("is_open", "unknown-choice"),
            ]
        );
    }
}
