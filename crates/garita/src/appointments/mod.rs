//! Appointment requests and appointments: a group asks from the eligible region for a place at
//! one of its acceptable ports; the daily draw (`crate::draw`) offers places; the group
//! confirms or declines, may cancel, and gets a pass per member. Every change of capacity is a
//! conditional update inside the transaction that needs it, so no slot is ever over capacity.

pub mod api;
pub mod cycle;
pub mod pages;

use chrono::{DateTime, NaiveDate, Utc};
use garita_domain::geofence::CheckError;
use garita_domain::validation::{FieldError, Invalid, Problem};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::http::errors::Error;
use crate::state::AppState;
use crate::storage::vault::random_id;
use crate::storage::Tx;

/// Where the device says it is. Only the outcome and the state are stored, never these.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
pub struct Location {
    pub latitude: f64,
    pub longitude: f64,
    /// Radius of the device's accuracy circle, meters.
    pub accuracy_m: f64,
}

/// What a traveler submits to ask for an appointment for their whole group.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct Submission {
    /// Acceptable port ids, most preferred first.
    #[serde(default)]
    pub ports: Vec<String>,
    /// Ids of the vulnerability questions answered "yes" (optional).
    #[serde(default)]
    pub answers: Vec<String>,
    pub location: Option<Location>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RequestView {
    pub id: String,
    /// open (waiting for a draw), selected (an appointment was offered), closed.
    pub status: String,
    pub ports: Vec<String>,
    pub answers: Vec<String>,
    /// HASC code of the state the request was made from.
    pub region_state: String,
    #[schema(value_type = String, format = Date)]
    pub first_requested_on: NaiveDate,
    /// The next draw this request takes part in (when open).
    #[schema(value_type = String, format = Date)]
    pub next_draw: NaiveDate,
    /// The most recent draw it took part in without being selected, if any.
    #[schema(value_type = Option<String>, format = Date)]
    pub not_selected_in: Option<NaiveDate>,
    /// What happened to the last appointment: moved (capacity change), capacity-cut (no place
    /// could be found: priority in the next draw), no-show.
    pub notice: Option<String>,
    /// After a no-show, the day from which the group may ask again.
    #[schema(value_type = Option<String>, format = Date)]
    pub blocked_until: Option<NaiveDate>,
}

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

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Status {
    pub request: Option<RequestView>,
    /// The live (offered or confirmed) appointment, if any.
    pub appointment: Option<AppointmentView>,
}

fn location_problem(e: &CheckError) -> Option<Problem> {
    match e {
        CheckError::InvalidPosition(_) => Some(Problem::LocationInvalid),
        CheckError::TooImprecise { .. } => Some(Problem::LocationImprecise),
        CheckError::Outside { .. } => None,
    }
}

/// Submits (or replaces) the group's request. Idempotent by nature: one request per group,
/// and submitting the same again leaves the same request.
pub async fn submit(
    app: &AppState,
    account_id: i64,
    sub: &Submission,
    now: DateTime<Utc>,
) -> Result<RequestView, Error> {
    let key = format!("account:{account_id}");
    app.submission_throttle
        .check(&key)
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;

    let mut problems = Vec::new();
    if sub.ports.is_empty() {
        problems.push(FieldError {
            field: "ports",
            problem: Problem::Required,
        });
    }
    for (i, p) in sub.ports.iter().enumerate() {
        if !app.ports.iter().any(|port| &port.id == p) {
            problems.push(FieldError {
                field: "ports",
                problem: Problem::UnknownPort,
            });
        } else if sub.ports[..i].contains(p) {
            problems.push(FieldError {
                field: "ports",
                problem: Problem::DuplicatePort,
            });
        }
    }
    if sub
        .answers
        .iter()
        .any(|a| !app.settings.vulnerability_questions.contains(a))
    {
        problems.push(FieldError {
            field: "answers",
            problem: Problem::UnknownQuestion,
        });
    }
    let located = match &sub.location {
        None => {
            problems.push(FieldError {
                field: "location",
                problem: Problem::LocationMissing,
            });
            None
        }
        Some(l) => match app.geofence.check(l.latitude, l.longitude, l.accuracy_m) {
            Ok(located) => Some(located),
            Err(e) => match location_problem(&e) {
                Some(problem) => {
                    problems.push(FieldError {
                        field: "location",
                        problem,
                    });
                    None
                }
                None if problems.is_empty() => {
                    let excluded_state = match e {
                        CheckError::Outside {
                            in_excluded_state, ..
                        } => in_excluded_state.map(|s| s.name),
                        _ => None,
                    };
                    return Err(Error::OutsideRegion { excluded_state });
                }
                None => None,
            },
        },
    };
    let (members, missing) = group_readiness(app, account_id).await?;
    if missing > 0 {
        problems.push(FieldError {
            field: "photos",
            problem: Problem::PhotoMissing,
        });
    }
    if members == 0 {
        problems.push(FieldError {
            field: "group",
            problem: Problem::Required,
        });
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(Invalid(problems)));
    }
    let Some(located) = located else {
        return Err(Error::Invalid(Invalid::one(
            "location",
            Problem::LocationMissing,
        )));
    };
    app.submission_throttle.hit(&key);

    let ports_json = serde_json::to_string(&sub.ports).map_err(|e| Error::Internal(e.into()))?;
    let mut answers = sub.answers.clone();
    answers.sort();
    answers.dedup();
    let answers_json = serde_json::to_string(&answers).map_err(|e| Error::Internal(e.into()))?;
    let today = cycle::local_day(&app.settings.cycle, now).to_string();
    let t = now.timestamp();
    let mut tx = app.db.begin().await?;
    // Lock the group first (a no-op update takes the row lock on PostgreSQL; SQLite has one
    // writer anyway), so two simultaneous submissions of one group cannot both insert.
    sqlx::query("UPDATE accounts SET member_count = member_count WHERE id = $1")
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    let existing: Option<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT id, status, blocked_until FROM appointment_requests WHERE account_id = $1",
    )
    .bind(account_id)
    .fetch_optional(&mut *tx)
    .await?;
    let (id, first_requested_on, notice): (String, String, Option<String>) = match existing {
        Some((_, status, _)) if status == "selected" => {
            return Err(Error::Conflict("request-selected"))
        }
        Some((_, _, Some(until))) if until > today => {
            return Err(Error::Refused("no-show-wait", vec![("date", until)]));
        }
        Some((id, _, _)) => {
            // An open request keeps its place in the queue; a closed one starts again.
            let (first, notice): (String, Option<String>) = sqlx::query_as(
                "UPDATE appointment_requests SET status = 'open', ports = $1, answers = $2, vulnerable = $3,
                   region_state = $4, submitted_at = $5, updated_at = $5, blocked_until = NULL,
                   notice = CASE WHEN status = 'open' THEN notice ELSE NULL END,
                   first_requested_on = CASE WHEN status = 'open' THEN first_requested_on ELSE $6 END
                 WHERE id = $7 RETURNING first_requested_on, notice",
            )
            .bind(&ports_json)
            .bind(&answers_json)
            .bind(i64::from(!answers.is_empty()))
            .bind(&located.state.code)
            .bind(t)
            .bind(&today)
            .bind(&id)
            .fetch_one(&mut *tx)
            .await?;
            (id, first, notice)
        }
        None => {
            let id = random_id();
            sqlx::query(
                "INSERT INTO appointment_requests
                   (id, account_id, status, ports, answers, vulnerable, region_state, first_requested_on, submitted_at, updated_at)
                 VALUES ($1, $2, 'open', $3, $4, $5, $6, $7, $8, $8)",
            )
            .bind(&id)
            .bind(account_id)
            .bind(&ports_json)
            .bind(&answers_json)
            .bind(i64::from(!answers.is_empty()))
            .bind(&located.state.code)
            .bind(&today)
            .bind(t)
            .execute(&mut *tx)
            .await?;
            (id, today.clone(), None)
        }
    };
    tx.commit().await?;
    // Answer from what was just written rather than reading it all back.
    Ok(RequestView {
        id,
        status: "open".into(),
        ports: sub.ports.clone(),
        answers,
        region_state: located.state.code,
        first_requested_on: first_requested_on
            .parse()
            .map_err(|e| Error::Internal(anyhow::anyhow!("bad date: {e}")))?,
        next_draw: cycle::next_draw_day(&app.settings.cycle, now),
        not_selected_in: None,
        notice,
        blocked_until: None,
    })
}

/// A group's size and how many of its members have no photo yet, in one read.
pub async fn group_readiness(app: &AppState, account_id: i64) -> Result<(i64, i64), Error> {
    let row: (i64, i64) = sqlx::query_as(
        "SELECT a.member_count, (SELECT COUNT(*) FROM travelers t LEFT JOIN photos p ON p.traveler_id = t.id
                                 WHERE t.account_id = a.id AND p.traveler_id IS NULL)
         FROM accounts a WHERE a.id = $1",
    )
    .bind(account_id)
    .fetch_one(&app.db.read)
    .await?;
    Ok(row)
}

type RequestRow = (
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

pub async fn current(app: &AppState, account_id: i64, now: DateTime<Utc>) -> Result<Status, Error> {
    let row: Option<RequestRow> = sqlx::query_as(
        "SELECT r.id, r.status, r.ports, r.answers, r.region_state, r.first_requested_on,
                (SELECT MAX(d.day) FROM draws d WHERE d.status = 'done' AND d.ran_at >= r.submitted_at),
                r.notice, r.blocked_until
         FROM appointment_requests r WHERE r.account_id = $1",
    )
    .bind(account_id)
    .fetch_optional(&app.db.read)
    .await?;
    let Some((id, status, ports, answers, region_state, first, last_draw, notice, blocked_until)) =
        row
    else {
        return Ok(Status {
            request: None,
            appointment: None,
        });
    };
    let request = RequestView {
        id,
        not_selected_in: if status == "open" {
            last_draw.and_then(|d| d.parse().ok())
        } else {
            None
        },
        status,
        ports: serde_json::from_str(&ports).unwrap_or_default(),
        answers: serde_json::from_str(&answers).unwrap_or_default(),
        region_state,
        first_requested_on: first
            .parse()
            .map_err(|e| Error::Internal(anyhow::anyhow!("bad date {first}: {e}")))?,
        next_draw: cycle::next_draw_day(&app.settings.cycle, now),
        notice,
        blocked_until: blocked_until.and_then(|d| d.parse().ok()),
    };
    let appointment = live_appointment(app, account_id).await?;
    Ok(Status {
        request: Some(request),
        appointment,
    })
}

type AppointmentRow = (String, String, String, String, String, i64, i64);

async fn view(app: &AppState, row: AppointmentRow) -> Result<AppointmentView, Error> {
    let (id, status, port_id, day, start_time, size, confirm_by) = row;
    let passes: Vec<(String, String)> = sqlx::query_as(
        "SELECT code, traveler_id FROM passes WHERE appointment_id = $1 ORDER BY code",
    )
    .bind(&id)
    .fetch_all(&app.db.read)
    .await?;
    let time_zone = app
        .ports
        .iter()
        .find(|p| p.id == port_id)
        .map(|p| p.time_zone.clone())
        .unwrap_or_default();
    Ok(AppointmentView {
        id,
        status,
        port_id,
        day: day
            .parse()
            .map_err(|e| Error::Internal(anyhow::anyhow!("bad date {day}: {e}")))?,
        start_time,
        time_zone,
        size,
        confirm_by: DateTime::from_timestamp(confirm_by, 0).unwrap_or_default(),
        passes: passes
            .into_iter()
            .map(|(code, traveler_id)| PassView { code, traveler_id })
            .collect(),
    })
}

pub async fn live_appointment(
    app: &AppState,
    account_id: i64,
) -> Result<Option<AppointmentView>, Error> {
    let row: Option<AppointmentRow> = sqlx::query_as(
        "SELECT id, status, port_id, day, start_time, size, confirm_by FROM appointments
         WHERE account_id = $1 AND status IN ('offered', 'confirmed')",
    )
    .bind(account_id)
    .fetch_optional(&app.db.read)
    .await?;
    match row {
        Some(r) => Ok(Some(view(app, r).await?)),
        None => Ok(None),
    }
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

/// Confirms an offered appointment before its deadline and issues one pass per member.
pub async fn confirm(
    app: &AppState,
    account_id: i64,
    id: &str,
    now: DateTime<Utc>,
) -> Result<AppointmentView, Error> {
    let mut tx = app.db.begin().await?;
    let row = appointment_of(&mut tx, account_id, id).await?;
    let t = now.timestamp();
    let changed = sqlx::query(
        "UPDATE appointments SET status = 'confirmed', updated_at = $1
         WHERE id = $2 AND account_id = $3 AND status = 'offered' AND confirm_by >= $1",
    )
    .bind(t)
    .bind(id)
    .bind(account_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(match row.1.as_str() {
            "confirmed" => Error::Conflict("appointment-already-confirmed"),
            "offered" => Error::Conflict("confirm-deadline-passed"),
            _ => Error::Conflict("appointment-not-offered"),
        });
    }
    let members: Vec<(String,)> = sqlx::query_as("SELECT id FROM travelers WHERE account_id = $1")
        .bind(account_id)
        .fetch_all(&mut *tx)
        .await?;
    for (traveler_id,) in members {
        sqlx::query("INSERT INTO passes (code, appointment_id, traveler_id, created_at) VALUES ($1, $2, $3, $4)")
            .bind(pass_code())
            .bind(id)
            .bind(traveler_id)
            .bind(t)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    appointment_view(app, id).await
}

/// Declines an offer (the request goes back to waiting for the next draw) or cancels a
/// confirmed appointment (the request closes). Either way the places return to the slot.
pub async fn cancel(
    app: &AppState,
    account_id: i64,
    id: &str,
    now: DateTime<Utc>,
) -> Result<AppointmentView, Error> {
    let mut tx = app.db.begin().await?;
    let (_, status, port_id, day, start, size, _) = appointment_of(&mut tx, account_id, id).await?;
    let (new_status, request_status) = match status.as_str() {
        "offered" => ("declined", "open"),
        "confirmed" => ("cancelled", "closed"),
        _ => return Err(Error::Conflict("appointment-not-live")),
    };
    let changed = sqlx::query(
        "UPDATE appointments SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4",
    )
    .bind(new_status)
    .bind(now.timestamp())
    .bind(id)
    .bind(&status)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(Error::Conflict("appointment-not-live"));
    }
    release(&mut tx, &port_id, &day, &start, size).await?;
    sqlx::query(
        "UPDATE appointment_requests SET status = $1, updated_at = $2 WHERE account_id = $3",
    )
    .bind(request_status)
    .bind(now.timestamp())
    .bind(account_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    appointment_view(app, id).await
}

/// A pass is bound to its members: when the group changes after selection, the live
/// appointment is voided, its places go back, and the request waits for the next draw.
pub async fn void_live(tx: &mut Tx, account_id: i64, now: i64) -> Result<bool, Error> {
    let live: Option<(String, String, String, String, i64)> = sqlx::query_as(
        "SELECT id, port_id, day, start_time, size FROM appointments WHERE account_id = $1 AND status IN ('offered', 'confirmed')",
    )
    .bind(account_id)
    .fetch_optional(&mut **tx)
    .await?;
    let Some((id, port_id, day, start, size)) = live else {
        return Ok(false);
    };
    sqlx::query("UPDATE appointments SET status = 'voided', updated_at = $1 WHERE id = $2")
        .bind(now)
        .bind(&id)
        .execute(&mut **tx)
        .await?;
    release(tx, &port_id, &day, &start, size).await?;
    sqlx::query("UPDATE appointment_requests SET status = 'open', updated_at = $1 WHERE account_id = $2 AND status = 'selected'")
        .bind(now)
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    Ok(true)
}

/// Offers not confirmed in time lapse; their places return for the next draw and the request
/// closes (the traveler may ask again). Safe to run any number of times.
pub async fn expire_offers(app: &AppState, now: DateTime<Utc>) -> Result<u64, Error> {
    let due: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM appointments WHERE status = 'offered' AND confirm_by < $1")
            .bind(now.timestamp())
            .fetch_all(&app.db.read)
            .await?;
    let mut lapsed = 0;
    for (id,) in due {
        let mut tx = app.db.begin().await?;
        let row: Option<(String, String, String, i64, i64)> = sqlx::query_as(
            "UPDATE appointments SET status = 'lapsed', updated_at = $1 WHERE id = $2 AND status = 'offered' AND confirm_by < $1
             RETURNING port_id, day, start_time, size, account_id",
        )
        .bind(now.timestamp())
        .bind(&id)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((port_id, day, start, size, account_id)) = row {
            release(&mut tx, &port_id, &day, &start, size).await?;
            sqlx::query("UPDATE appointment_requests SET status = 'closed', updated_at = $1 WHERE account_id = $2")
                .bind(now.timestamp())
                .bind(account_id)
                .execute(&mut *tx)
                .await?;
            lapsed += 1;
        }
        tx.commit().await?;
    }
    Ok(lapsed)
}

/// The IANA zone a traveler in a Mexican state lives by, to show deadlines in their own time.
pub fn state_time_zone(hasc: &str) -> chrono_tz::Tz {
    use chrono_tz::America;
    match hasc {
        "MX.BN" => America::Tijuana,
        "MX.SO" => America::Hermosillo,
        "MX.CH" => America::Ciudad_Juarez,
        "MX.BS" | "MX.SI" | "MX.NA" => America::Mazatlan,
        "MX.TM" => America::Matamoros,
        "MX.CA" | "MX.NL" => America::Monterrey,
        "MX.QR" => America::Cancun,
        _ => America::Mexico_City,
    }
}
