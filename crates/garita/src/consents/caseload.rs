//! A helping organisation's caseload: the travelers who consent to it now (never one who did
//! not, or whose consent was revoked or ended), each group's next step and deadline — offers
//! waiting for confirmation first, soonest deadline first — with filters by next step.

use std::net::IpAddr;

use garita_domain::status::{AppointmentStatus, RequestStatus};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::Helper;
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::state::AppState;

/// What a group needs next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NextStep {
    /// An offer waits for confirmation before its deadline.
    Confirm,
    /// No request yet (or the last one closed): ask for an appointment.
    Request,
    /// A request waits for the next draw.
    Wait,
    /// A confirmed appointment: travel on its day.
    Travel,
}
garita_domain::text_enum!(NextStep {
    Confirm = "confirm",
    Request = "request",
    Wait = "wait",
    Travel = "travel",
});

/// One consenting traveler.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Case {
    pub account_id: i64,
    /// The group holder's name.
    pub holder: String,
    pub members: i64,
    /// `confirm`, `request`, `wait` or `travel`.
    pub next_step: String,
    /// For `confirm`: the deadline (seconds since the epoch).
    #[schema(required = true)]
    pub confirm_by: Option<i64>,
    /// For `confirm` and `travel`: the appointment's day, port and id.
    #[schema(required = true)]
    pub appointment_day: Option<String>,
    #[schema(required = true)]
    pub port_id: Option<String>,
    #[schema(required = true)]
    pub appointment_id: Option<String>,
    /// When the consent ends (seconds since the epoch).
    pub consent_until: i64,
}

/// Filters of the caseload (all when absent).
#[derive(Debug, Clone, Default, Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct Filter {
    /// Only groups whose next step is this: `confirm`, `request`, `wait`, `travel`.
    #[serde(default)]
    pub next_step: Option<String>,
}

#[derive(sqlx::FromRow)]
struct CaseRow {
    account_id: i64,
    until_at: i64,
    member_count: i64,
    request_status: Option<String>,
    appointment_id: Option<String>,
    appointment_status: Option<String>,
    confirm_by: Option<i64>,
    day: Option<String>,
    port_id: Option<String>,
}

#[derive(sqlx::FromRow)]
struct HolderRow {
    id: String,
    sealed: Vec<u8>,
}

fn next_step(r: &CaseRow) -> NextStep {
    match r
        .appointment_status
        .as_deref()
        .and_then(AppointmentStatus::parse)
    {
        Some(AppointmentStatus::Offered) => NextStep::Confirm,
        Some(AppointmentStatus::Confirmed) => NextStep::Travel,
        _ => match r.request_status.as_deref().and_then(RequestStatus::parse) {
            Some(RequestStatus::Open) | Some(RequestStatus::Selected) => NextStep::Wait,
            _ => NextStep::Request,
        },
    }
}

/// The organisation's consenting travelers. Opening the holders' names is audited (one entry
/// for the list, naming the organisation and the staff member).
pub async fn list(
    app: &AppState,
    helper: &Helper,
    filter: &Filter,
    ip: IpAddr,
) -> Result<Vec<Case>, Error> {
    let wanted = match filter.next_step.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => Some(NextStep::parse(s).ok_or(Error::field(
            "next_step",
            garita_domain::validation::Problem::UnknownChoice,
        ))?),
        None => None,
    };
    if !helper.still_staff(app).await? {
        return Err(Error::NotPermitted("organisation-access-ended"));
    }
    let now = app.clock.timestamp();
    let [offered, confirmed] = AppointmentStatus::LIVE;
    let rows: Vec<CaseRow> = sqlx::query_as(
        "SELECT c.account_id, c.until_at, ac.member_count, r.status AS request_status,
                a.id AS appointment_id, a.status AS appointment_status, a.confirm_by, a.day, a.port_id
         FROM consents c
         JOIN accounts ac ON ac.id = c.account_id
         LEFT JOIN appointment_requests r ON r.account_id = c.account_id
         LEFT JOIN appointments a ON a.account_id = c.account_id AND a.status IN ($3, $4)
         WHERE c.organisation_id = $1 AND c.revoked_at IS NULL AND c.until_at >= $2
         ORDER BY c.account_id",
    )
    .bind(helper.organisation_id)
    .bind(now)
    .bind(offered.as_str())
    .bind(confirmed.as_str())
    .fetch_all(&app.db.write)
    .await?;
    let mut cases = Vec::new();
    for r in rows {
        let step = next_step(&r);
        if wanted.is_some_and(|w| w != step) {
            continue;
        }
        let holder: Option<HolderRow> = sqlx::query_as(
            "SELECT id, sealed FROM travelers WHERE account_id = $1 AND is_holder = 1",
        )
        .bind(r.account_id)
        .fetch_optional(&app.db.read)
        .await?;
        let holder = match holder {
            Some(h) => {
                let plain = app.vault.open(&format!("traveler:{}", h.id), &h.sealed)?;
                let m: garita_domain::travelers::Member = serde_json::from_slice(&plain)?;
                m.full_name
            }
            None => String::new(),
        };
        cases.push((
            step,
            Case {
                account_id: r.account_id,
                holder,
                members: r.member_count,
                next_step: step.as_str().to_string(),
                confirm_by: r.confirm_by.filter(|_| step == NextStep::Confirm),
                appointment_day: r.day,
                port_id: r.port_id,
                appointment_id: r.appointment_id,
                consent_until: r.until_at,
            },
        ));
    }
    // Offers waiting for confirmation first, the soonest deadline first.
    cases.sort_by_key(|(step, c)| (*step, c.confirm_by.unwrap_or(i64::MAX), c.account_id));
    let mut tx = app.db.begin().await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(&helper.account),
            action: "helper.caseload",
            subject: format!("organisation:{}", helper.organisation_id),
            detail: format!(
                "organisation={} organisation_name={:?} staff={} staff_name={:?} count={}",
                helper.organisation_id,
                helper.organisation_name,
                helper.account.id,
                helper.staff_name,
                cases.len()
            ),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(cases.into_iter().map(|(_, c)| c).collect())
}
