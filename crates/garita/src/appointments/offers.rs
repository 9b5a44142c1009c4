//! Appointments offered by the draw: reading the live one, confirming (one pass per member),
//! declining or cancelling, voiding when the group changes, and lapsing when not confirmed in
//! time. Every change gives places back to its slot inside the same transaction.

use chrono::{DateTime, NaiveDate, Utc};
use garita_domain::status::{AppointmentStatus, RequestNotice, RequestStatus};
use serde::Serialize;
use utoipa::ToSchema;

use crate::http::errors::Error;
use crate::state::AppState;
use crate::storage::Tx;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PassView {
    /// The code shown as text and in the QR code; opaque and random.
    pub code: String,
    pub traveler_id: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AppointmentView {
    pub id: String,
    /// offered, confirmed, declined, lapsed, cancelled, voided.
    pub status: String,
    pub port_id: String,
    #[schema(value_type = String, format = Date)]
    pub day: NaiveDate,
    /// Local time at the port, HH:MM.
    pub start_time: String,
    pub time_zone: String,
    pub size: i64,
    /// Confirm before this instant (RFC 3339, UTC).
    pub confirm_by: DateTime<Utc>,
    pub passes: Vec<PassView>,
}

#[derive(sqlx::FromRow)]
pub(crate) struct AppointmentRow {
    pub(crate) id: String,
    pub(crate) status: String,
    pub(crate) port_id: String,
    pub(crate) day: String,
    pub(crate) start_time: String,
    pub(crate) size: i64,
    pub(crate) confirm_by: i64,
}

impl AppointmentRow {
    fn status(&self) -> Result<AppointmentStatus, Error> {
        AppointmentStatus::parse(&self.status).ok_or_else(|| {
            Error::Internal(anyhow::anyhow!(
                "appointment {}: unknown status {:?}",
                self.id,
                self.status
            ))
        })
    }
}

#[derive(sqlx::FromRow)]
struct PassRow {
    code: String,
    traveler_id: String,
}

/// Where an appointment's places are: the slot to give them back to.
#[derive(sqlx::FromRow)]
struct PlacesRow {
    id: String,
    port_id: String,
    day: String,
    start_time: String,
    size: i64,
}

async fn view(app: &AppState, row: AppointmentRow) -> Result<AppointmentView, Error> {
    let passes: Vec<PassRow> = sqlx::query_as(
        "SELECT code, traveler_id FROM passes WHERE appointment_id = $1 ORDER BY code",
    )
    .bind(&row.id)
    .fetch_all(&app.db.read)
    .await?;
    view_with(app, row, passes)
}

/// An appointment's view from its row and the passes already read (none for a page that
/// does not show them).
fn view_with(
    app: &AppState,
    row: AppointmentRow,
    passes: Vec<PassRow>,
) -> Result<AppointmentView, Error> {
    let status = row.status()?;
    // A port taken out of the ports file keeps its appointments readable, without a zone.
    let time_zone = app
        .ports
        .iter()
        .find(|p| p.id == row.port_id)
        .map(|p| p.time_zone.clone())
        .unwrap_or_default();
    let id = row.id;
    Ok(AppointmentView {
        status: status.as_str().to_string(),
        day: row.day.parse().map_err(|e| {
            Error::Internal(anyhow::anyhow!(
                "appointment {id}: unreadable day {:?}: {e}",
                row.day
            ))
        })?,
        confirm_by: DateTime::from_timestamp(row.confirm_by, 0).ok_or_else(|| {
            Error::Internal(anyhow::anyhow!(
                "appointment {id}: confirm_by out of range: {}",
                row.confirm_by
            ))
        })?,
        id,
        port_id: row.port_id,
        start_time: row.start_time,
        time_zone,
        size: row.size,
        passes: passes
            .into_iter()
            .map(|p| PassView {
                code: p.code,
                traveler_id: p.traveler_id,
            })
            .collect(),
    })
}

/// The group's offered or confirmed appointment, if any.
pub async fn live_appointment(
    app: &AppState,
    account_id: i64,
) -> Result<Option<AppointmentView>, Error> {
    let [offered, confirmed] = AppointmentStatus::LIVE;
    let row: Option<AppointmentRow> = sqlx::query_as(
        "SELECT id, status, port_id, day, start_time, size, confirm_by FROM appointments
         WHERE account_id = $1 AND status IN ($2, $3)",
    )
    .bind(account_id)
    .bind(offered.as_str())
    .bind(confirmed.as_str())
    .fetch_optional(&app.db.read)
    .await?;
    match row {
        Some(r) => Ok(Some(view(app, r).await?)),
        None => Ok(None),
    }
}

/// The live appointment's view from a row read with others (the status page's one read),
/// without its passes.
pub(crate) fn live_without_passes(
    app: &AppState,
    row: AppointmentRow,
) -> Result<AppointmentView, Error> {
    view_with(app, row, Vec::new())
}

async fn appointment_of(tx: &mut Tx, account_id: i64, id: &str) -> Result<AppointmentRow, Error> {
    let row: Option<AppointmentRow> = sqlx::query_as(
        "SELECT id, status, port_id, day, start_time, size, confirm_by FROM appointments WHERE id = $1 AND account_id = $2",
    )
    .bind(id)
    .bind(account_id)
    .fetch_optional(&mut **tx)
    .await?;
    row.ok_or(Error::NotFound)
}

/// One appointment as its owner sees it, read after a change.
async fn appointment_view(app: &AppState, id: &str) -> Result<AppointmentView, Error> {
    let row: AppointmentRow = sqlx::query_as(
        "SELECT id, status, port_id, day, start_time, size, confirm_by FROM appointments WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&app.db.read)
    .await?;
    view(app, row).await
}

/// Gives an appointment's places back to its slot.
pub(crate) async fn release(
    tx: &mut Tx,
    port_id: &str,
    day: &str,
    start: &str,
    size: i64,
) -> Result<(), Error> {
    sqlx::query("UPDATE slots SET taken = taken - $1 WHERE port_id = $2 AND day = $3 AND start_time = $4 AND taken >= $1")
        .bind(size)
        .bind(port_id)
        .bind(day)
        .bind(start)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Pass codes: 12 characters of Crockford base32 (60 random bits), easy to read aloud.
pub fn pass_code() -> String {
    use rand::RngCore;
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes
        .iter()
        .map(|b| ALPHABET[(*b & 31) as usize] as char)
        .collect()
}

#[derive(sqlx::FromRow)]
struct MemberRow {
    id: String,
}

/// Confirms an offered appointment before its deadline and issues one pass per member.
/// Written in a batch with the confirmations and submissions waiting beside it, and answered
/// once that batch has committed (`group_commit`).
pub async fn confirm(
    app: &AppState,
    account_id: i64,
    id: &str,
    now: DateTime<Utc>,
) -> Result<AppointmentView, Error> {
    confirm_also(app, account_id, id, now, None).await
}

/// [`confirm`] with `also` written in the confirmation's transaction (a helper's act).
pub async fn confirm_also(
    app: &AppState,
    account_id: i64,
    id: &str,
    now: DateTime<Utc>,
    also: Option<Box<dyn crate::audit::Also>>,
) -> Result<AppointmentView, Error> {
    let done = super::group_commit::confirm(app, account_id, id, now, also).await;
    // After its batch committed (or failed): the status page reads afresh.
    app.hot.status.evict(account_id);
    done?;
    appointment_view(app, id).await
}

/// Confirms inside `tx` (one item of a batch, under its own savepoint).
pub(crate) async fn confirm_in(
    app: &AppState,
    tx: &mut Tx,
    account_id: i64,
    id: &str,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let row = appointment_of(tx, account_id, id).await?;
    let t = now.timestamp();
    let changed = sqlx::query(
        "UPDATE appointments SET status = $4, updated_at = $1
         WHERE id = $2 AND account_id = $3 AND status = $5 AND confirm_by >= $1",
    )
    .bind(t)
    .bind(id)
    .bind(account_id)
    .bind(AppointmentStatus::Confirmed.as_str())
    .bind(AppointmentStatus::Offered.as_str())
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(match row.status()? {
            AppointmentStatus::Confirmed => Error::Conflict("appointment-already-confirmed"),
            AppointmentStatus::Offered => Error::Conflict("confirm-deadline-passed"),
            _ => Error::Conflict("appointment-not-offered"),
        });
    }
    let members: Vec<MemberRow> = sqlx::query_as("SELECT id FROM travelers WHERE account_id = $1")
        .bind(account_id)
        .fetch_all(&mut **tx)
        .await?;
    for member in members {
        sqlx::query("INSERT INTO passes (code, appointment_id, traveler_id, created_at) VALUES ($1, $2, $3, $4)")
            .bind(pass_code())
            .bind(id)
            .bind(member.id)
            .bind(t)
            .execute(&mut **tx)
            .await?;
    }
    crate::statistics::counters::appointment(
        tx,
        &app.ports,
        garita_domain::statistics::Metric::Confirmed,
        id,
        now,
    )
    .await?;
    Ok(())
}

/// What ending a live appointment gives up, said before it happens (the confirmation page,
/// the API's refusal without `confirm`) and after (the status page).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loss {
    /// Declining an offer: the places go back; the request stays in the next draw and keeps
    /// the day it was first made (its waiting time, which weighs in the draw).
    Decline,
    /// Cancelling a confirmed appointment: the places and every pass go; the request closes,
    /// and asking again starts the waiting time over.
    Cancel,
    /// Changing the group after selection: the appointment (and its passes) is voided, the
    /// places go back; the request stays in the next draw and keeps its waiting time.
    Void,
}

impl Loss {
    /// Whether the group keeps its waiting time (the day its request was first made).
    pub fn keeps_waiting_time(self) -> bool {
        !matches!(self, Loss::Cancel)
    }
}

/// Declines an offer (the request goes back to waiting for the next draw, keeping its waiting
/// time) or cancels a confirmed appointment (the request closes; asking again starts over).
/// Either way the places return to the slot, and the request says what happened.
pub async fn cancel(
    app: &AppState,
    account_id: i64,
    id: &str,
    now: DateTime<Utc>,
) -> Result<AppointmentView, Error> {
    cancel_also(app, account_id, id, now, None).await
}

/// [`cancel`] with `also` written in its transaction (a helper's act).
pub async fn cancel_also(
    app: &AppState,
    account_id: i64,
    id: &str,
    now: DateTime<Utc>,
    also: Option<&dyn crate::audit::Also>,
) -> Result<AppointmentView, Error> {
    let mut tx = app.db.begin().await?;
    let row = appointment_of(&mut tx, account_id, id).await?;
    let status = row.status()?;
    let (new_status, request_status, notice) = match status {
        AppointmentStatus::Offered => (
            AppointmentStatus::Declined,
            RequestStatus::Open,
            RequestNotice::Declined,
        ),
        AppointmentStatus::Confirmed => (
            AppointmentStatus::Cancelled,
            RequestStatus::Closed,
            RequestNotice::Cancelled,
        ),
        _ => return Err(Error::Conflict("appointment-not-live")),
    };
    let changed = sqlx::query(
        "UPDATE appointments SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4",
    )
    .bind(new_status.as_str())
    .bind(now.timestamp())
    .bind(id)
    .bind(status.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(Error::Conflict("appointment-not-live"));
    }
    release(&mut tx, &row.port_id, &row.day, &row.start_time, row.size).await?;
    crate::notifications::enqueue(
        &mut tx,
        account_id,
        crate::notifications::Kind::Cancelled,
        Some(id),
        None,
        now.timestamp(),
    )
    .await?;
    sqlx::query(
        "UPDATE appointment_requests SET status = $1, notice = $4, updated_at = $2 WHERE account_id = $3",
    )
    .bind(request_status.as_str())
    .bind(now.timestamp())
    .bind(account_id)
    .bind(notice.as_str())
    .execute(&mut *tx)
    .await?;
    crate::statistics::counters::appointment(
        &mut tx,
        &app.ports,
        garita_domain::statistics::Metric::Cancellations,
        id,
        now,
    )
    .await?;
    crate::audit::also(app, &mut tx, also).await?;
    tx.commit().await?;
    app.hot.status.evict(account_id);
    appointment_view(app, id).await
}

/// A pass is bound to its members: when the group changes after selection, the live
/// appointment is voided, its places go back, and the request waits for the next draw.
pub async fn void_live(tx: &mut Tx, account_id: i64, now: i64) -> Result<bool, Error> {
    let [offered, confirmed] = AppointmentStatus::LIVE;
    let live: Option<PlacesRow> = sqlx::query_as(
        "SELECT id, port_id, day, start_time, size FROM appointments WHERE account_id = $1 AND status IN ($2, $3)",
    )
    .bind(account_id)
    .bind(offered.as_str())
    .bind(confirmed.as_str())
    .fetch_optional(&mut **tx)
    .await?;
    let Some(live) = live else {
        return Ok(false);
    };
    sqlx::query("UPDATE appointments SET status = $3, updated_at = $1 WHERE id = $2")
        .bind(now)
        .bind(&live.id)
        .bind(AppointmentStatus::Voided.as_str())
        .execute(&mut **tx)
        .await?;
    release(tx, &live.port_id, &live.day, &live.start_time, live.size).await?;
    crate::notifications::enqueue(
        tx,
        account_id,
        crate::notifications::Kind::Voided,
        Some(&live.id),
        None,
        now,
    )
    .await?;
    sqlx::query("UPDATE appointment_requests SET status = $3, notice = $5, updated_at = $1 WHERE account_id = $2 AND status = $4")
        .bind(now)
        .bind(account_id)
        .bind(RequestStatus::Open.as_str())
        .bind(RequestStatus::Selected.as_str())
        .bind(RequestNotice::Voided.as_str())
        .execute(&mut **tx)
        .await?;
    Ok(true)
}

/// The group's most recent appointment that it declined, cancelled or lost to a change of
/// the group: what the status page names when it says what happened.
pub async fn last_ended(app: &AppState, account_id: i64) -> Result<Option<AppointmentView>, Error> {
    let row: Option<AppointmentRow> = sqlx::query_as(
        "SELECT id, status, port_id, day, start_time, size, confirm_by FROM appointments
         WHERE account_id = $1 AND status IN ($2, $3, $4) ORDER BY updated_at DESC, id LIMIT 1",
    )
    .bind(account_id)
    .bind(AppointmentStatus::Declined.as_str())
    .bind(AppointmentStatus::Cancelled.as_str())
    .bind(AppointmentStatus::Voided.as_str())
    .fetch_optional(&app.db.read)
    .await?;
    match row {
        Some(r) => Ok(Some(view(app, r).await?)),
        None => Ok(None),
    }
}

/// The loss ending the group's live appointment `id` would cause, read without changing
/// anything (the first step of every destructive action).
pub async fn loss_of(
    app: &AppState,
    account_id: i64,
    id: &str,
) -> Result<(AppointmentView, Loss), Error> {
    let row: Option<AppointmentRow> = sqlx::query_as(
        "SELECT id, status, port_id, day, start_time, size, confirm_by FROM appointments WHERE id = $1 AND account_id = $2",
    )
    .bind(id)
    .bind(account_id)
    .fetch_optional(&app.db.read)
    .await?;
    let row = row.ok_or(Error::NotFound)?;
    let loss = match row.status()? {
        AppointmentStatus::Offered => Loss::Decline,
        AppointmentStatus::Confirmed => Loss::Cancel,
        _ => return Err(Error::Conflict("appointment-not-live")),
    };
    Ok((view(app, row).await?, loss))
}

#[derive(sqlx::FromRow)]
struct DueRow {
    id: String,
}

#[derive(sqlx::FromRow)]
struct LapsedRow {
    port_id: String,
    day: String,
    start_time: String,
    size: i64,
    account_id: i64,
}

/// Offers not confirmed in time lapse; their places return for the next draw and the request
/// closes (the traveler may ask again). Safe to run any number of times.
pub async fn expire_offers(app: &AppState, now: DateTime<Utc>) -> Result<u64, Error> {
    let offered = AppointmentStatus::Offered.as_str();
    let due: Vec<DueRow> =
        sqlx::query_as("SELECT id FROM appointments WHERE status = $2 AND confirm_by < $1")
            .bind(now.timestamp())
            .bind(offered)
            .fetch_all(&app.db.read)
            .await?;
    let mut lapsed = 0;
    for DueRow { id } in due {
        let mut group = None;
        let mut tx = app.db.begin().await?;
        let row: Option<LapsedRow> = sqlx::query_as(
            "UPDATE appointments SET status = $3, updated_at = $1 WHERE id = $2 AND status = $4 AND confirm_by < $1
             RETURNING port_id, day, start_time, size, account_id",
        )
        .bind(now.timestamp())
        .bind(&id)
        .bind(AppointmentStatus::Lapsed.as_str())
        .bind(offered)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(row) = row {
            release(&mut tx, &row.port_id, &row.day, &row.start_time, row.size).await?;
            sqlx::query("UPDATE appointment_requests SET status = $3, updated_at = $1 WHERE account_id = $2")
                .bind(now.timestamp())
                .bind(row.account_id)
                .bind(RequestStatus::Closed.as_str())
                .execute(&mut *tx)
                .await?;
            group = Some(row.account_id);
            lapsed += 1;
        }
        tx.commit().await?;
        if let Some(account_id) = group {
            app.hot.status.evict(account_id);
        }
    }
    Ok(lapsed)
}
