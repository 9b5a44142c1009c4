//! At the port: the officer's day list, check-in by pass code, each member's identity decision
//! and outcome recorded by a person (nothing here compares faces), and no-shows. An officer
//! sees and acts on their own port only; another port's appointment is simply not found.
//! Every view of personal data and every change goes to the audit trail.

pub mod api;
pub mod capacity;
pub mod lookup;
pub mod pages;

use std::net::IpAddr;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use garita_domain::checkin::{
    check_in_verdict, group_status, normalize_code, parse_decision, Identity, Outcome, PassState,
    PortStatus, Refusal, MAX_CODE_LEN,
};
use garita_domain::ports::Port;
use garita_domain::roles::{Role, Scope};
use garita_domain::status::{AppointmentStatus, RequestNotice, RequestStatus};
use serde::Serialize;
use utoipa::ToSchema;

use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;

pub const IDENTITY: &[&str] = Identity::TEXTS;
pub const OUTCOMES: &[&str] = Outcome::TEXTS;
pub const STATUSES: &[&str] = PortStatus::TEXTS;

/// The port a staff member may act on: for an admin, the one asked for; for an officer, the
/// one asked for if they hold an officer grant there, else their own.
pub fn scope<'a>(
    app: &'a AppState,
    account: &Account,
    asked: Option<&str>,
) -> Result<&'a Port, Error> {
    let id = if account.is_admin() {
        asked
            .map(str::to_string)
            .unwrap_or_else(|| app.ports.first().map(|p| p.id.clone()).unwrap_or_default())
    } else if account.is_officer() {
        match asked {
            Some(a) if account.holds(Role::Officer, &Scope::Location(a.to_string())) => {
                a.to_string()
            }
            Some(_) => return Err(Error::NotFound),
            None => account.port_id.clone().ok_or(Error::Forbidden)?,
        }
    } else {
        return Err(Error::Forbidden);
    };
    app.ports.iter().find(|p| p.id == id).ok_or(Error::NotFound)
}

pub fn port_today(port: &Port, now: DateTime<Utc>) -> NaiveDate {
    let tz: chrono_tz::Tz = port.time_zone.parse().unwrap_or(chrono_tz::UTC);
    now.with_timezone(&tz).date_naive()
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MemberEntry {
    pub code: String,
    pub traveler_id: String,
    pub full_name: String,
    #[schema(value_type = String, format = Date)]
    pub date_of_birth: NaiveDate,
    pub citizenship: String,
    #[schema(required = true)]
    pub document_type: Option<String>,
    #[schema(required = true)]
    pub document_number: Option<String>,
    #[schema(required = true)]
    pub identity: Option<String>,
    #[schema(required = true)]
    pub outcome: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DayEntry {
    pub id: String,
    pub start_time: String,
    pub size: i64,
    /// expected, arrived, verified, processed, referred, no-show.
    pub status: String,
    /// Vulnerability answers the group attested to.
    pub answers: Vec<String>,
    pub members: Vec<MemberEntry>,
}

/// A member of a group at the port: their pass, their sealed record, the officer's decision.
#[derive(sqlx::FromRow)]
struct MemberRow {
    appointment_id: String,
    code: String,
    traveler_id: String,
    sealed: Vec<u8>,
    identity: Option<String>,
    outcome: Option<String>,
}

fn member_entry(app: &AppState, row: MemberRow) -> Result<(String, MemberEntry), Error> {
    let MemberRow {
        appointment_id,
        code,
        traveler_id,
        sealed,
        identity,
        outcome,
    } = row;
    let plain = app
        .vault
        .open(&format!("traveler:{traveler_id}"), &sealed)?;
    let m: garita_domain::travelers::Member = serde_json::from_slice(&plain)?;
    Ok((
        appointment_id,
        MemberEntry {
            code,
            traveler_id,
            full_name: m.full_name,
            date_of_birth: m.date_of_birth,
            citizenship: m.citizenship,
            document_type: m.document.as_ref().map(|d| d.0.as_str().to_string()),
            document_number: m.document.map(|d| d.1),
            identity,
            outcome,
        },
    ))
}

/// Which confirmed appointments to read with their members.
enum Which<'a> {
    /// A port's whole day (the officer's list).
    Day { port_id: &'a str, day: NaiveDate },
    /// One appointment: only its own members are unsealed.
    One(&'a str),
}

#[derive(sqlx::FromRow)]
struct EntryRow {
    id: String,
    start_time: String,
    size: i64,
    port_status: Option<String>,
    answers: String,
}

/// The confirmed appointments of a port on a day, by slot, with their members (unsealed).
pub async fn day_list(
    app: &AppState,
    port_id: &str,
    day: NaiveDate,
) -> Result<Vec<DayEntry>, Error> {
    entries(app, Which::Day { port_id, day }).await
}

async fn entries(app: &AppState, which: Which<'_>) -> Result<Vec<DayEntry>, Error> {
    const APPOINTMENTS: &str =
        "SELECT a.id, a.start_time, a.size, a.port_status, r.answers FROM appointments a
         JOIN appointment_requests r ON r.id = a.request_id WHERE a.status = $1";
    const MEMBERS: &str = "SELECT p.appointment_id, p.code, t.id AS traveler_id, t.sealed, mc.identity, mc.outcome
         FROM passes p JOIN appointments a ON a.id = p.appointment_id JOIN travelers t ON t.id = p.traveler_id
         LEFT JOIN member_checks mc ON mc.code = p.code WHERE a.status = $1";
    const ORDER_MEMBERS: &str = " ORDER BY t.is_holder DESC, t.created_at, p.code";
    let confirmed = AppointmentStatus::Confirmed.as_str();
    let (rows, members): (Vec<EntryRow>, Vec<MemberRow>) = match which {
        Which::Day { port_id, day } => {
            let day = day.to_string();
            let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{APPOINTMENTS} AND a.port_id = $2 AND a.day = $3 ORDER BY a.start_time, a.id"
            )))
            .bind(confirmed)
            .bind(port_id)
            .bind(&day)
            .fetch_all(&app.db.read)
            .await?;
            let members = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{MEMBERS} AND a.port_id = $2 AND a.day = $3{ORDER_MEMBERS}"
            )))
            .bind(confirmed)
            .bind(port_id)
            .bind(&day)
            .fetch_all(&app.db.read)
            .await?;
            (rows, members)
        }
        Which::One(id) => {
            let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!("{APPOINTMENTS} AND a.id = $2")))
                .bind(confirmed)
                .bind(id)
                .fetch_all(&app.db.read)
                .await?;
            let members = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{MEMBERS} AND a.id = $2{ORDER_MEMBERS}"
            )))
            .bind(confirmed)
            .bind(id)
            .fetch_all(&app.db.read)
            .await?;
            (rows, members)
        }
    };
    let mut entries: Vec<DayEntry> = rows
        .into_iter()
        .map(|r| {
            Ok(DayEntry {
                answers: serde_json::from_str(&r.answers).map_err(|e| {
                    Error::Internal(anyhow::anyhow!(
                        "appointment {}: unreadable answers: {e}",
                        r.id
                    ))
                })?,
                id: r.id,
                start_time: r.start_time,
                size: r.size,
                status: r
                    .port_status
                    .unwrap_or_else(|| PortStatus::Expected.as_str().into()),
                members: Vec::new(),
            })
        })
        .collect::<Result<_, Error>>()?;
    for row in members {
        let (appointment_id, m) = member_entry(app, row)?;
        if let Some(e) = entries.iter_mut().find(|e| e.id == appointment_id) {
            e.members.push(m);
        }
    }
    Ok(entries)
}

/// One appointment at the staff member's port (another port's is not found).
pub async fn appointment(
    app: &AppState,
    account: &Account,
    id: &str,
) -> Result<(DayEntry, String, NaiveDate), Error> {
    let row: Option<WhereRow> =
        sqlx::query_as("SELECT port_id, day FROM appointments WHERE id = $1 AND status = $2")
            .bind(id)
            .bind(AppointmentStatus::Confirmed.as_str())
            .fetch_optional(&app.db.read)
            .await?;
    let WhereRow { port_id, day } = row.ok_or(Error::NotFound)?;
    scope(app, account, Some(&port_id))?;
    let day = decode_day(&day, "appointment", id)?;
    let entry = entries(app, Which::One(id))
        .await?
        .into_iter()
        .next()
        .ok_or(Error::NotFound)?;
    Ok((entry, port_id, day))
}

#[derive(sqlx::FromRow)]
struct WhereRow {
    port_id: String,
    day: String,
}

/// A stored day that cannot be read is a defect to report, never a default.
fn decode_day(raw: &str, what: &str, id: &str) -> Result<NaiveDate, Error> {
    raw.parse()
        .map_err(|e| Error::Internal(anyhow::anyhow!("{what} {id}: unreadable day {raw:?}: {e}")))
}

#[derive(sqlx::FromRow)]
struct PassRow {
    id: String,
    port_id: String,
    day: String,
    status: String,
    port_status: Option<String>,
}

/// A refusal as the officer reads it (another port is named so the family can be sent there).
fn refused(app: &AppState, r: Refusal) -> Error {
    let args = match &r {
        Refusal::OtherPort { port_id } => vec![(
            "port",
            app.ports
                .iter()
                .find(|p| &p.id == port_id)
                .map(|p| p.name.clone())
                .unwrap_or_else(|| port_id.clone()),
        )],
        Refusal::OtherDay { day } => vec![("date", day.clone())],
        _ => vec![],
    };
    Error::Refused(r.key(), args)
}

/// Checks a group in by one member's pass code. Refuses, with the reason, a pass that is
/// unknown, for another port or day, not confirmed, cancelled, already used, or a no-show.
pub async fn check_in(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    port: &Port,
    raw_code: &str,
    now: DateTime<Utc>,
) -> Result<String, Error> {
    let code = normalize_code(raw_code);
    if code.is_empty() || code.len() > MAX_CODE_LEN {
        return Err(refused(app, Refusal::Unknown));
    }
    let row: Option<PassRow> = sqlx::query_as(
        "SELECT a.id, a.port_id, a.day, a.status, a.port_status FROM passes p JOIN appointments a ON a.id = p.appointment_id WHERE p.code = $1",
    )
    .bind(&code)
    .fetch_optional(&app.db.read)
    .await?;
    let Some(pass) = row else {
        return Err(refused(app, Refusal::Unknown));
    };
    let id = pass.id.clone();
    check_in_verdict(
        &PassState {
            port_id: &pass.port_id,
            day: &pass.day,
            appointment_status: &pass.status,
            port_status: pass.port_status.as_deref(),
        },
        &port.id,
        port_today(port, now),
    )
    .map_err(|r| refused(app, r))?;
    let mut tx = app.db.begin().await?;
    let changed = sqlx::query(
        "UPDATE appointments SET port_status = $1, port_status_at = $2 WHERE id = $3 AND status = $4 AND port_status IS NULL",
    )
    .bind(PortStatus::Arrived.as_str())
    .bind(now.timestamp())
    .bind(&id)
    .bind(AppointmentStatus::Confirmed.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(refused(app, Refusal::AlreadyCheckedIn));
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "check-in",
            subject: format!("appointment:{id}"),
            detail: format!("at {}", port.id),
            ip,
            at: now.timestamp(),
        },
    )
    .await?;
    crate::statistics::counters::appointment(
        &mut tx,
        &app.ports,
        garita_domain::statistics::Metric::CheckedIn,
        &id,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct CheckRow {
    identity: String,
    outcome: String,
}

/// One member's decision as the officer sent it (read strictly by `decide`).
pub struct MemberDecision<'a> {
    pub appointment_id: &'a str,
    pub code: &'a str,
    pub identity: &'a str,
    pub outcome: &'a str,
}

/// Records what the officer decided for one member, and moves the group's status on.
pub async fn decide(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    d: &MemberDecision<'_>,
    now: DateTime<Utc>,
) -> Result<String, Error> {
    let (identity, outcome) =
        parse_decision(d.identity, d.outcome).map_err(|(field, p)| Error::field(field, p))?;
    let (appointment_id, code) = (d.appointment_id, d.code);
    let (entry, _, _) = appointment(app, account, appointment_id).await?;
    // The audit names the member by their opaque id: a pass code is a bearer secret.
    let traveler_id = match entry.members.iter().find(|m| m.code == code) {
        Some(m) => m.traveler_id.clone(),
        None => return Err(Error::NotFound),
    };
    if matches!(
        PortStatus::parse(&entry.status),
        Some(PortStatus::Expected | PortStatus::NoShow)
    ) {
        return Err(Error::Conflict("not-checked-in"));
    }
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "INSERT INTO member_checks (code, identity, outcome, officer_id, decided_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (code) DO UPDATE SET identity = excluded.identity, outcome = excluded.outcome,
           officer_id = excluded.officer_id, decided_at = excluded.decided_at",
    )
    .bind(code)
    .bind(identity.as_str())
    .bind(outcome.as_str())
    .bind(account.id)
    .bind(now.timestamp())
    .execute(&mut *tx)
    .await?;
    let checks: Vec<CheckRow> = sqlx::query_as(
        "SELECT mc.identity, mc.outcome FROM member_checks mc JOIN passes p ON p.code = mc.code WHERE p.appointment_id = $1",
    )
    .bind(appointment_id)
    .fetch_all(&mut *tx)
    .await?;
    let decisions: Vec<(Identity, Outcome)> = checks
        .iter()
        .map(
            |c| match (Identity::parse(&c.identity), Outcome::parse(&c.outcome)) {
                (Some(i), Some(o)) => Ok((i, o)),
                _ => Err(Error::Internal(anyhow::anyhow!(
                    "member_checks of appointment {appointment_id} holds an unknown decision {}/{}",
                    c.identity,
                    c.outcome
                ))),
            },
        )
        .collect::<Result<_, _>>()?;
    let status = group_status(&decisions, entry.members.len()).as_str();
    sqlx::query("UPDATE appointments SET port_status = $1, port_status_at = $2 WHERE id = $3")
        .bind(status)
        .bind(now.timestamp())
        .bind(appointment_id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "identity-decision",
            subject: format!("traveler:{traveler_id}"),
            detail: format!(
                "appointment={appointment_id} identity={} outcome={} group={status}",
                identity.as_str(),
                outcome.as_str()
            ),
            ip,
            at: now.timestamp(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(status.to_string())
}

/// The photo behind a pass, for staff of the pass's port; the view is audited.
pub async fn photo(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    code: &str,
) -> Result<Vec<u8>, Error> {
    let row: Option<PhotoRow> = sqlx::query_as(
        "SELECT p.traveler_id, a.port_id FROM passes p JOIN appointments a ON a.id = p.appointment_id WHERE p.code = $1",
    )
    .bind(code)
    .fetch_optional(&app.db.read)
    .await?;
    let PhotoRow {
        traveler_id,
        port_id,
    } = row.ok_or(Error::NotFound)?;
    scope(app, account, Some(&port_id))?;
    let jpeg = crate::photos::load(app, &traveler_id)
        .await?
        .ok_or(Error::NotFound)?;
    audit::record_view(
        app,
        Entry {
            actor: Some(account),
            action: "view-photo",
            subject: format!("traveler:{traveler_id}"),
            detail: format!("at {port_id}"),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(jpeg)
}

#[derive(sqlx::FromRow)]
struct PhotoRow {
    traveler_id: String,
    port_id: String,
}

#[derive(sqlx::FromRow)]
struct DueRow {
    id: String,
    day: String,
    start_time: String,
    request_id: String,
}

/// Confirmed appointments nobody checked in by the end of their slot plus the grace period
/// become no-shows; the group may ask again after the configured wait. Safe to run twice.
pub async fn mark_no_shows(app: &AppState, now: DateTime<Utc>) -> Result<u64, Error> {
    let grace =
        Duration::from_std(app.settings.no_show_grace).unwrap_or_else(|_| Duration::minutes(30));
    let mut marked = 0;
    for port in app.ports.iter() {
        let today = port_today(port, now);
        let due: Vec<DueRow> = sqlx::query_as(
            "SELECT id, day, start_time, request_id FROM appointments
             WHERE port_id = $1 AND status = $2 AND port_status IS NULL AND day <= $3",
        )
        .bind(&port.id)
        .bind(AppointmentStatus::Confirmed.as_str())
        .bind(today.to_string())
        .fetch_all(&app.db.read)
        .await?;
        for DueRow {
            id,
            day,
            start_time: start,
            request_id,
        } in due
        {
            let d = decode_day(&day, "appointment", &id)?;
            let t = NaiveTime::parse_from_str(&start, "%H:%M").map_err(|e| {
                Error::Internal(anyhow::anyhow!(
                    "appointment {id}: unreadable start {start:?}: {e}"
                ))
            })?;
            if !port.is_no_show(d, t, now, grace) {
                continue;
            }
            let mut tx = app.db.begin().await?;
            let changed = sqlx::query(
                "UPDATE appointments SET port_status = $1, port_status_at = $2 WHERE id = $3 AND status = $4 AND port_status IS NULL",
            )
            .bind(PortStatus::NoShow.as_str())
            .bind(now.timestamp())
            .bind(&id)
            .bind(AppointmentStatus::Confirmed.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if changed == 1 {
                // The wait of the policy in force today (0: none, as CBP did).
                let wait = crate::policies::for_day(app, today)
                    .await?
                    .policy
                    .requests
                    .no_show_wait_days;
                let until = today + Duration::days(i64::from(wait));
                sqlx::query(
                    "UPDATE appointment_requests SET status = $1, notice = $2, blocked_until = $3, updated_at = $4 WHERE id = $5",
                )
                .bind(RequestStatus::Closed.as_str())
                .bind(RequestNotice::NoShow.as_str())
                .bind(until.to_string())
                .bind(now.timestamp())
                .bind(&request_id)
                .execute(&mut *tx)
                .await?;
                audit::record(
                    &mut tx,
                    Entry {
                        actor: None,
                        action: "no-show",
                        subject: format!("appointment:{id}"),
                        detail: format!("slot {day} {start} at {}", port.id),
                        ip: IpAddr::from([127, 0, 0, 1]),
                        at: now.timestamp(),
                    },
                )
                .await?;
                crate::notifications::enqueue_for_appointment(
                    &mut tx,
                    &id,
                    crate::notifications::Kind::NoShow,
                    now.timestamp(),
                )
                .await?;
                crate::statistics::counters::appointment(
                    &mut tx,
                    &app.ports,
                    garita_domain::statistics::Metric::NoShows,
                    &id,
                    now,
                )
                .await?;
                marked += 1;
            }
            tx.commit().await?;
            // The group's status page now names the no-show (crate::appointments::status_cache).
            app.hot.status.changed_all();
        }
    }
    Ok(marked)
}

#[derive(sqlx::FromRow)]
struct NoShowRow {
    port_id: String,
    day: String,
    port_status: Option<String>,
    request_id: String,
}

/// The longest reason an officer may give for undoing a no-show.
pub const MAX_REASON_LEN: usize = 200;

/// Undoes a no-show for a group that arrived late, on the appointment's own day only: the
/// group is checked in (arrived) and its request is what it was before the no-show
/// (selected, no notice, no waiting period). Officers of the appointment's port (and admins)
/// only; audited with the officer and the reason they give.
pub async fn undo_no_show(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    id: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Error::field(
            "reason",
            garita_domain::validation::Problem::Required,
        ));
    }
    if reason.chars().count() > MAX_REASON_LEN {
        return Err(Error::field(
            "reason",
            garita_domain::validation::Problem::TooLong {
                max: MAX_REASON_LEN,
            },
        ));
    }
    let row: Option<NoShowRow> = sqlx::query_as(
        "SELECT port_id, day, port_status, request_id FROM appointments WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(AppointmentStatus::Confirmed.as_str())
    .fetch_optional(&app.db.read)
    .await?;
    let row = row.ok_or(Error::NotFound)?;
    // Another port's officer may not touch it (and is told so: the id came from somewhere).
    if !account.is_admin() && !account.holds(Role::Officer, &Scope::Location(row.port_id.clone())) {
        return Err(Error::Forbidden);
    }
    let port = scope(app, account, Some(&row.port_id))?;
    if row.port_status.as_deref() != Some(PortStatus::NoShow.as_str()) {
        return Err(Error::Conflict("not-a-no-show"));
    }
    if decode_day(&row.day, "appointment", id)? != port_today(port, now) {
        return Err(Error::Conflict("no-show-undo-too-late"));
    }
    let mut tx = app.db.begin().await?;
    let changed = sqlx::query(
        "UPDATE appointments SET port_status = $1, port_status_at = $2 WHERE id = $3 AND status = $4 AND port_status = $5",
    )
    .bind(PortStatus::Arrived.as_str())
    .bind(now.timestamp())
    .bind(id)
    .bind(AppointmentStatus::Confirmed.as_str())
    .bind(PortStatus::NoShow.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(Error::Conflict("not-a-no-show"));
    }
    sqlx::query(
        "UPDATE appointment_requests SET status = $1, notice = NULL, blocked_until = NULL, updated_at = $2
         WHERE id = $3 AND notice = $4",
    )
    .bind(RequestStatus::Selected.as_str())
    .bind(now.timestamp())
    .bind(&row.request_id)
    .bind(RequestNotice::NoShow.as_str())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "undo-no-show",
            subject: format!("appointment:{id}"),
            detail: format!("late arrival at {}: {reason}", port.id),
            ip,
            at: now.timestamp(),
        },
    )
    .await?;
    crate::statistics::counters::uncount_appointment(
        &mut tx,
        &app.ports,
        garita_domain::statistics::Metric::NoShows,
        id,
        now,
    )
    .await?;
    crate::statistics::counters::appointment(
        &mut tx,
        &app.ports,
        garita_domain::statistics::Metric::CheckedIn,
        id,
        now,
    )
    .await?;
    tx.commit().await?;
    // The group's request is selected again: its status page changed.
    app.hot.status.changed_all();
    Ok(())
}

#[derive(sqlx::FromRow)]
struct PortStatusRow {
    port_status: Option<String>,
}

/// Whether a confirmed appointment was marked a no-show (its passes no longer admit anyone).
pub async fn is_no_show(app: &AppState, id: &str) -> Result<bool, Error> {
    let row: Option<PortStatusRow> =
        sqlx::query_as("SELECT port_status FROM appointments WHERE id = $1")
            .bind(id)
            .fetch_optional(&app.db.read)
            .await?;
    Ok(row.and_then(|r| r.port_status).as_deref() == Some(PortStatus::NoShow.as_str()))
}
