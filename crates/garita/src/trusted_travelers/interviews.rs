//! Enrollment interviews: a conditionally approved member books a slot at an enrollment center
//! (`data/locations/enrollment_centers.tsv`: hours and interviews per hour). Slots come from the
//! center's current hours and capacity (`garita_domain::trusted_travelers::slot_grid`); a
//! slot's row is made at its first booking and its places taken as port slots' are, by
//! `UPDATE … SET taken = taken + 1 WHERE taken + 1 <= capacity` under a `CHECK`, so two people
//! never get the last place. A member holds one booked interview (a unique column); booking
//! another slot moves it (rebook), cancelling gives the place back. Times are the center's.
//! The center's enrollment officer sees the day's interviews and records the outcome, which
//! sets the membership (approved: active for five years; denied; no-show: book again).

use std::net::IpAddr;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use garita_domain::locations::{Function, Location};
use garita_domain::trusted_travelers::{
    is_slot, parse_start_time, slot_grid, InterviewStatus, MembershipStatus, Outcome, Slot,
};
use garita_domain::validation::Problem;
use serde::Serialize;
use utoipa::ToSchema;

use super::{membership_of, passid_aad, EnrollmentOfficer};
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;
use crate::storage::vault::random_id;
use crate::storage::Tx;

/// How many days ahead (from the center's today) interviews may be booked.
pub const BOOKING_DAYS: i64 = 28;

/// The enrollment centers, in file order.
pub fn centers(app: &AppState) -> Vec<&Location> {
    app.locations
        .serving(Function::TrustedTravelerEnrollment)
        .collect()
}

/// An enrollment center by id (`NotFound` for any other place).
pub fn center<'a>(app: &'a AppState, id: &str) -> Result<&'a Location, Error> {
    app.locations
        .get(id)
        .filter(|l| l.serves(Function::TrustedTravelerEnrollment))
        .ok_or(Error::NotFound)
}

/// The center's date now.
pub fn center_today(center: &Location, now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&center.zone()).date_naive()
}

/// When a slot begins, in UTC.
pub fn slot_begins(center: &Location, day: NaiveDate, start: u16) -> DateTime<Utc> {
    let local = day.and_hms_opt(u32::from(start / 60), u32::from(start % 60), 0);
    local
        .and_then(|l| center.zone().from_local_datetime(&l).earliest())
        .map_or_else(
            || day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc(),
            |l| l.with_timezone(&Utc),
        )
}

/// One slot as offered.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InterviewSlot {
    /// "08:30", the center's local time.
    pub start_time: String,
    pub capacity: i64,
    pub free: i64,
    /// Bookable: not begun and not full.
    pub bookable: bool,
}

/// A center's day: whether it is open, and its slots.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CenterDay {
    pub center_id: String,
    pub day: NaiveDate,
    /// IANA zone the times are in.
    pub time_zone: String,
    pub open: bool,
    pub slots: Vec<InterviewSlot>,
}

#[derive(sqlx::FromRow)]
struct TakenRow {
    start_time: String,
    capacity: i64,
    taken: i64,
}

/// The day's grid from the center's current hours and capacity (none while it is closed).
async fn grid(
    app: &AppState,
    center: &Location,
    day: NaiveDate,
) -> Result<(bool, Vec<Slot>), Error> {
    let current = crate::locations::current(app, &center.id).await?;
    let ops = current.operations;
    let open = ops.is_open;
    let slots = match (open, ops.hours, ops.capacity_per_hour) {
        (true, Some(h), Some(c)) => slot_grid(&h, chrono::Datelike::weekday(&day), c),
        _ => Vec::new(),
    };
    Ok((open, slots))
}

/// Whether `day` may be offered at this center now: from its today to `BOOKING_DAYS` ahead.
fn in_range(center: &Location, day: NaiveDate, now: DateTime<Utc>) -> bool {
    let today = center_today(center, now);
    day >= today && day <= today + Duration::days(BOOKING_DAYS)
}

/// The slots of a center's day, with the places left.
pub async fn day(app: &AppState, center_id: &str, day: NaiveDate) -> Result<CenterDay, Error> {
    let center = center(app, center_id)?;
    let now = app.clock.now();
    let (open, grid) = grid(app, center, day).await?;
    let taken: Vec<TakenRow> = sqlx::query_as(
        "SELECT start_time, capacity, taken FROM ttp_interview_slots WHERE location_id = $1 AND day = $2",
    )
    .bind(&center.id)
    .bind(day.to_string())
    .fetch_all(&app.db.read)
    .await?;
    let offered = in_range(center, day, now);
    let slots = grid
        .iter()
        .map(|s| {
            let start_time = s.start_time();
            let (capacity, free) = match taken.iter().find(|t| t.start_time == start_time) {
                Some(t) => (t.capacity, (t.capacity - t.taken).max(0)),
                None => (i64::from(s.capacity), i64::from(s.capacity)),
            };
            let begun = slot_begins(center, day, s.start) <= now;
            InterviewSlot {
                start_time,
                capacity,
                free,
                bookable: offered && !begun && free > 0,
            }
        })
        .collect();
    Ok(CenterDay {
        center_id: center.id.clone(),
        day,
        time_zone: center.time_zone.clone(),
        open,
        slots,
    })
}

/// A booked (or decided) interview as its traveler sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InterviewView {
    pub id: String,
    pub center_id: String,
    pub center_name: String,
    pub day: NaiveDate,
    /// "08:30", the center's local time.
    pub start_time: String,
    pub time_zone: String,
    /// `booked`, `cancelled`, `approved`, `denied` or `no_show`.
    pub status: String,
}

#[derive(sqlx::FromRow)]
struct InterviewRow {
    id: String,
    location_id: String,
    day: String,
    start_time: String,
    status: String,
}

impl InterviewRow {
    fn day(&self) -> Result<NaiveDate, Error> {
        self.day.parse().map_err(|e| {
            Error::Internal(anyhow::anyhow!(
                "ttp_interviews {}: day unreadable: {e}",
                self.id
            ))
        })
    }

    fn status(&self) -> Result<InterviewStatus, Error> {
        InterviewStatus::parse(&self.status).ok_or_else(|| {
            Error::Internal(anyhow::anyhow!(
                "ttp_interviews {}: unknown status {:?}",
                self.id,
                self.status
            ))
        })
    }

    fn view(&self, app: &AppState) -> Result<InterviewView, Error> {
        let center = app.locations.get(&self.location_id);
        Ok(InterviewView {
            id: self.id.clone(),
            center_id: self.location_id.clone(),
            center_name: center.map_or(self.location_id.clone(), |c| c.name.clone()),
            day: self.day()?,
            start_time: self.start_time.clone(),
            time_zone: center.map_or("UTC".into(), |c| c.time_zone.clone()),
            status: self.status()?.as_str().to_string(),
        })
    }
}

/// The interview a membership has booked, if any.
pub async fn booked_of(
    app: &AppState,
    membership_id: &str,
) -> Result<Option<InterviewView>, Error> {
    let row: Option<InterviewRow> = sqlx::query_as(
        "SELECT id, location_id, day, start_time, status FROM ttp_interviews WHERE live_membership_id = $1",
    )
    .bind(membership_id)
    .fetch_optional(&app.db.read)
    .await?;
    row.map(|r| r.view(app)).transpose()
}

/// Cancels a membership's booked interview in the caller's transaction, giving its place
/// back. Returns how many were cancelled (0 or 1).
pub async fn release_booked(tx: &mut Tx, membership_id: &str) -> Result<u64, Error> {
    let row: Option<InterviewRow> = sqlx::query_as(
        "SELECT id, location_id, day, start_time, status FROM ttp_interviews WHERE live_membership_id = $1",
    )
    .bind(membership_id)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(row) = row else { return Ok(0) };
    let done = sqlx::query(
        "UPDATE ttp_interviews SET status = $1, live_membership_id = NULL WHERE id = $2 AND live_membership_id IS NOT NULL",
    )
    .bind(InterviewStatus::Cancelled.as_str())
    .bind(&row.id)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if done == 1 {
        sqlx::query(
            "UPDATE ttp_interview_slots SET taken = taken - 1 WHERE location_id = $1 AND day = $2 AND start_time = $3 AND taken > 0",
        )
        .bind(&row.location_id)
        .bind(&row.day)
        .bind(&row.start_time)
        .execute(&mut **tx)
        .await?;
    }
    Ok(done)
}

/// What a booking names.
pub struct Booking<'a> {
    pub membership_id: &'a str,
    pub center_id: &'a str,
    pub day: &'a str,
    pub start_time: &'a str,
}

/// Books (or moves to) a slot for the account's conditionally approved membership. First come:
/// the place is taken by a conditional update, so a full slot is a 409 `ttp-slot-full` and
/// nothing changes; a closed center 409 `ttp-center-closed`; a slot not on the center's grid,
/// begun, or beyond `BOOKING_DAYS` 409 `ttp-slot-unavailable`. A booked interview elsewhere is
/// given up in the same transaction (rebook). Returns the interview's id.
pub async fn book(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    b: Booking<'_>,
) -> Result<String, Error> {
    let membership = membership_of(app, account.id, b.membership_id).await?;
    if !membership.status()?.may_book_interview() {
        return Err(Error::Conflict("ttp-interview-not-needed"));
    }
    let center = center(app, b.center_id)?;
    let day: NaiveDate = b
        .day
        .trim()
        .parse()
        .map_err(|_| Error::field("day", Problem::InvalidDate))?;
    let start = parse_start_time(b.start_time)
        .ok_or_else(|| Error::field("start_time", Problem::UnknownChoice))?;
    let current = crate::locations::current(app, &center.id).await?.operations;
    if !current.is_open {
        return Err(Error::Conflict("ttp-center-closed"));
    }
    let now = app.clock.now();
    let capacity_per_hour = current.capacity_per_hour.unwrap_or(0);
    let on_grid = current
        .hours
        .is_some_and(|h| is_slot(&h, capacity_per_hour, day, start));
    if !on_grid || !in_range(center, day, now) || slot_begins(center, day, start) <= now {
        return Err(Error::Conflict("ttp-slot-unavailable"));
    }
    let capacity = current
        .hours
        .map(|h| slot_grid(&h, chrono::Datelike::weekday(&day), capacity_per_hour))
        .and_then(|g| g.into_iter().find(|s| s.start == start))
        .map_or(0, |s| i64::from(s.capacity));
    let start_time = format!("{:02}:{:02}", start / 60, start % 60);
    let day_text = day.to_string();
    let at = now.timestamp();
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "INSERT INTO ttp_interview_slots (location_id, day, start_time, capacity, taken) VALUES ($1, $2, $3, $4, 0)
         ON CONFLICT (location_id, day, start_time) DO NOTHING",
    )
    .bind(&center.id)
    .bind(&day_text)
    .bind(&start_time)
    .bind(capacity)
    .execute(&mut *tx)
    .await?;
    // A rebook gives the old place back first (the same slot again is then free for it).
    let moved = release_booked(&mut tx, &membership.id).await?;
    let took = sqlx::query(
        "UPDATE ttp_interview_slots SET taken = taken + 1 WHERE location_id = $1 AND day = $2 AND start_time = $3 AND taken + 1 <= capacity",
    )
    .bind(&center.id)
    .bind(&day_text)
    .bind(&start_time)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if took != 1 {
        tx.rollback().await?;
        return Err(Error::Conflict("ttp-slot-full"));
    }
    let id = random_id();
    let inserted = sqlx::query(
        "INSERT INTO ttp_interviews (id, membership_id, live_membership_id, location_id, day, start_time, status, booked_by, booked_at)
         VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&id)
    .bind(&membership.id)
    .bind(&center.id)
    .bind(&day_text)
    .bind(&start_time)
    .bind(InterviewStatus::Booked.as_str())
    .bind(account.id)
    .bind(at)
    .execute(&mut *tx)
    .await;
    if let Err(e) = inserted {
        // The same membership booked at the same moment by another request: one wins.
        tx.rollback().await?;
        return Err(if is_unique_violation(&e) {
            Error::Conflict("ttp-interview-already-booked")
        } else {
            e.into()
        });
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "ttp-interview-book",
            subject: format!("ttp-membership:{}", membership.id),
            detail: format!(
                "interview={id} center={} day={day_text} start={start_time} rebook={}",
                center.id,
                moved > 0
            ),
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(d) => {
            d.is_unique_violation() || d.message().to_ascii_lowercase().contains("unique")
        }
        _ => false,
    }
}

#[derive(sqlx::FromRow)]
struct OwnedRow {
    membership_id: String,
    location_id: String,
    day: String,
    start_time: String,
}

/// Cancels the account's booked interview (not once it has begun). Gives the place back.
pub async fn cancel(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    interview_id: &str,
) -> Result<(), Error> {
    let row: Option<OwnedRow> = sqlx::query_as(
        "SELECT i.membership_id, i.location_id, i.day, i.start_time FROM ttp_interviews i
         JOIN ttp_memberships m ON m.id = i.membership_id
         WHERE i.id = $1 AND m.account_id = $2 AND i.live_membership_id IS NOT NULL",
    )
    .bind(interview_id)
    .bind(account.id)
    .fetch_optional(&app.db.read)
    .await?;
    let row = row.ok_or(Error::NotFound)?;
    let center = center(app, &row.location_id)?;
    let day: NaiveDate = row
        .day
        .parse()
        .map_err(|e| Error::Internal(anyhow::anyhow!("ttp_interviews day: {e}")))?;
    let start = parse_start_time(&row.start_time)
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("ttp_interviews start unreadable")))?;
    let now = app.clock.now();
    if slot_begins(center, day, start) <= now {
        return Err(Error::Conflict("ttp-interview-begun"));
    }
    let mut tx = app.db.begin().await?;
    let released = release_booked(&mut tx, &row.membership_id).await?;
    if released == 0 {
        tx.rollback().await?;
        return Err(Error::NotFound);
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "ttp-interview-cancel",
            subject: format!("ttp-membership:{}", row.membership_id),
            detail: format!("interview={interview_id} center={}", row.location_id),
            ip,
            at: now.timestamp(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// One interview on an enrollment officer's day list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DeskEntry {
    pub id: String,
    /// "08:30", the center's local time.
    pub start_time: String,
    /// `sentri`, `nexus`, `global_entry` or `fast`.
    pub programme: String,
    /// The member's PASSID, to find their file.
    pub passid: String,
    /// `booked`, `approved`, `denied`, `no_show` (cancelled ones are left out).
    pub status: String,
}

/// The officer's center's day.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DeskDay {
    pub center_id: String,
    pub center_name: String,
    pub day: NaiveDate,
    pub time_zone: String,
    pub interviews: Vec<DeskEntry>,
}

#[derive(sqlx::FromRow)]
struct DeskRow {
    id: String,
    membership_id: String,
    start_time: String,
    status: String,
    programme: String,
    passid_sealed: Vec<u8>,
}

/// The interviews of a day at the officer's center (today in its zone unless `day`), each
/// PASSID opened: audited as one view with the count.
pub async fn desk(
    app: &AppState,
    officer: &EnrollmentOfficer,
    ip: IpAddr,
    day: Option<NaiveDate>,
) -> Result<DeskDay, Error> {
    let center = center(app, &officer.center_id)?;
    let now = app.clock.now();
    let day = day.unwrap_or_else(|| center_today(center, now));
    let rows: Vec<DeskRow> = sqlx::query_as(
        "SELECT i.id, i.membership_id, i.start_time, i.status, m.programme, m.passid_sealed
         FROM ttp_interviews i JOIN ttp_memberships m ON m.id = i.membership_id
         WHERE i.location_id = $1 AND i.day = $2 AND i.status <> $3
         ORDER BY i.start_time, i.booked_at, i.id",
    )
    .bind(&center.id)
    .bind(day.to_string())
    .bind(InterviewStatus::Cancelled.as_str())
    .fetch_all(&app.db.read)
    .await?;
    let mut interviews = Vec::with_capacity(rows.len());
    for r in rows {
        let passid = String::from_utf8(
            app.vault
                .open(&passid_aad(&r.membership_id), &r.passid_sealed)?,
        )?;
        interviews.push(DeskEntry {
            id: r.id,
            start_time: r.start_time,
            programme: r.programme,
            passid,
            status: r.status,
        });
    }
    audit::record_view(
        app,
        Entry {
            actor: Some(&officer.account),
            action: "ttp-interviews-view",
            subject: format!("location:{}", center.id),
            detail: format!("day={day} interviews={}", interviews.len()),
            ip,
            at: now.timestamp(),
        },
    )
    .await?;
    Ok(DeskDay {
        center_id: center.id.clone(),
        center_name: center.name.clone(),
        day,
        time_zone: center.time_zone.clone(),
        interviews,
    })
}

#[derive(sqlx::FromRow)]
struct DecideRow {
    membership_id: String,
    day: String,
    expires_on: Option<String>,
}

/// The officer records an interview's outcome (its day has come; not decided yet), which sets
/// the membership: approved → active for `MEMBERSHIP_YEARS` from the interview's day; denied →
/// denied; no-show → still conditionally approved, to book again. Another center's interview is
/// not found.
pub async fn decide(
    app: &AppState,
    officer: &EnrollmentOfficer,
    ip: IpAddr,
    interview_id: &str,
    outcome: &str,
) -> Result<MembershipStatus, Error> {
    let outcome = Outcome::parse(outcome.trim())
        .ok_or_else(|| Error::field("outcome", Problem::UnknownChoice))?;
    let center = center(app, &officer.center_id)?;
    let now = app.clock.now();
    let row: Option<DecideRow> = sqlx::query_as(
        "SELECT i.membership_id, i.day, m.expires_on FROM ttp_interviews i
         JOIN ttp_memberships m ON m.id = i.membership_id
         WHERE i.id = $1 AND i.location_id = $2 AND i.status <> $3",
    )
    .bind(interview_id)
    .bind(&center.id)
    .bind(InterviewStatus::Cancelled.as_str())
    .fetch_optional(&app.db.read)
    .await?;
    let row = row.ok_or(Error::NotFound)?;
    let day: NaiveDate = row
        .day
        .parse()
        .map_err(|e| Error::Internal(anyhow::anyhow!("ttp_interviews day: {e}")))?;
    if day > center_today(center, now) {
        return Err(Error::Conflict("ttp-interview-not-yet"));
    }
    let expires = row.expires_on.as_deref().and_then(|d| d.parse().ok());
    let (status, expires) = outcome.membership_after(day, expires);
    let at = now.timestamp();
    let mut tx = app.db.begin().await?;
    let decided = sqlx::query(
        "UPDATE ttp_interviews SET status = $1, live_membership_id = NULL, decided_by = $2, decided_at = $3
         WHERE id = $4 AND status = $5",
    )
    .bind(outcome.interview_status().as_str())
    .bind(officer.account.id)
    .bind(at)
    .bind(interview_id)
    .bind(InterviewStatus::Booked.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if decided != 1 {
        tx.rollback().await?;
        return Err(Error::Conflict("ttp-interview-decided"));
    }
    sqlx::query(
        "UPDATE ttp_memberships SET status = $1, expires_on = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(status.as_str())
    .bind(expires.map(|d| d.to_string()))
    .bind(at)
    .bind(&row.membership_id)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(&officer.account),
            action: "ttp-interview-outcome",
            subject: format!("ttp-membership:{}", row.membership_id),
            detail: format!(
                "interview={interview_id} outcome={} membership={}",
                outcome.as_str(),
                status.as_str()
            ),
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(status)
}

/// Retention (`crate::retention`): interviews, and the slots, of days before `before_day`
/// (YYYY-MM-DD), whatever became of them. Returns how many interviews went.
pub async fn purge(app: &AppState, before_day: &str) -> Result<u64, Error> {
    let mut tx = app.db.begin().await?;
    let n = sqlx::query("DELETE FROM ttp_interviews WHERE day < $1")
        .bind(before_day)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    sqlx::query("DELETE FROM ttp_interview_slots WHERE day < $1")
        .bind(before_day)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(n)
}
