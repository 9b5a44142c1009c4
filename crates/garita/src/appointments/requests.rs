//! A group's request: submitting (or replacing) it, and reading it back with its next draw.
//! The checks themselves are `garita_domain::requests`; here they meet the database.

use chrono::{DateTime, NaiveDate, Utc};
use garita_domain::requests::{self as rules, Draft, Position, Readiness, Refusal, Resubmission};
use garita_domain::status::{DrawStatus, RequestNotice, RequestStatus};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::cycle;
use super::offers::{live_appointment, AppointmentView};
use crate::http::errors::Error;
use crate::state::AppState;
use crate::storage::vault::random_id;

/// Where the device says it is. Only the outcome and the state are stored, never these.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
pub struct Location {
    pub latitude: f64,
    pub longitude: f64,
    /// Radius of the device's accuracy circle, meters.
    pub accuracy_m: f64,
}

impl From<Location> for Position {
    fn from(l: Location) -> Position {
        Position {
            latitude: l.latitude,
            longitude: l.longitude,
            accuracy_m: l.accuracy_m,
        }
    }
}

/// What a traveler submits to ask for an appointment for their whole group.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct Submission {
    /// Acceptable port ids, most preferred first.
    #[serde(default)]
    #[schema(required = true, min_items = 1)]
    pub ports: Vec<String>,
    /// Ids of the vulnerability questions answered "yes" (optional).
    #[serde(default)]
    pub answers: Vec<String>,
    #[schema(required = true)]
    pub location: Option<Location>,
    /// The group's one U.S. destination address, when the policy in force asks for it
    /// (`GET /api/v1/policies/current`: `shared_us_address`). Sealed at rest.
    #[serde(default)]
    pub us_address: Option<UsAddressInput>,
}

/// A U.S. address as typed: a state's two-letter code, a 5-digit ZIP code, the street.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
pub struct UsAddressInput {
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub zip: String,
    #[serde(default)]
    pub street: String,
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
    #[schema(required = true)]
    pub not_selected_in: Option<NaiveDate>,
    /// What happened to the last appointment: moved (capacity change), capacity-cut (no place
    /// could be found: priority in the next draw), no-show.
    #[schema(required = true)]
    pub notice: Option<String>,
    /// After a no-show, the day from which the group may ask again.
    #[schema(value_type = Option<String>, format = Date)]
    #[schema(required = true)]
    pub blocked_until: Option<NaiveDate>,
}

/// Named `CurrentRequest` in the API document: `Status` is also a lane's state there.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = CurrentRequest)]
pub struct Status {
    #[schema(required = true)]
    pub request: Option<RequestView>,
    /// The live (offered or confirmed) appointment, if any.
    #[schema(required = true)]
    pub appointment: Option<AppointmentView>,
}

/// A stored date (`YYYY-MM-DD`) of request `id`, or an error naming it.
pub(crate) fn stored_date(id: &str, what: &str, text: &str) -> Result<NaiveDate, Error> {
    text.parse().map_err(|e| {
        Error::Internal(anyhow::anyhow!(
            "request {id}: unreadable {what} {text:?}: {e}"
        ))
    })
}

/// A stored JSON list of strings of request `id`, or an error naming it.
pub(crate) fn stored_list(id: &str, what: &str, json: &str) -> Result<Vec<String>, Error> {
    serde_json::from_str(json)
        .map_err(|e| Error::Internal(anyhow::anyhow!("request {id}: unreadable {what}: {e}")))
}

fn stored_status(id: &str, text: &str) -> Result<RequestStatus, Error> {
    RequestStatus::parse(text)
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("request {id}: unknown status {text:?}")))
}

fn stored_notice(id: &str, text: Option<String>) -> Result<Option<String>, Error> {
    match text {
        Some(n) if RequestNotice::parse(&n).is_none() => Err(Error::Internal(anyhow::anyhow!(
            "request {id}: unknown notice {n:?}"
        ))),
        other => Ok(other),
    }
}

#[derive(sqlx::FromRow)]
struct ExistingRow {
    id: String,
    status: String,
    blocked_until: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ReopenedRow {
    first_requested_on: String,
    notice: Option<String>,
}

/// Submits (or replaces) the group's request. Idempotent by nature: one request per group,
/// and submitting the same again leaves the same request.
pub async fn submit(
    app: &AppState,
    account_id: i64,
    sub: &Submission,
    now: DateTime<Utc>,
) -> Result<RequestView, Error> {
    let done = submit_with(app, account_id, None, sub, now, None).await;
    // After its batch committed (or failed): the status page reads afresh.
    app.hot.status.evict(account_id);
    done
}

/// [`submit`] with `also` written in the request's own transaction (a helper's act,
/// `crate::audit::Also`): the request is kept with its record or not at all.
pub async fn submit_also(
    app: &AppState,
    account_id: i64,
    sub: &Submission,
    now: DateTime<Utc>,
    also: Box<dyn crate::audit::Also>,
) -> Result<RequestView, Error> {
    let done = submit_with(app, account_id, None, sub, now, Some(also)).await;
    app.hot.status.evict(account_id);
    done
}

/// [`submit`] by the traveler themself: the write of a U.S. address is audited as theirs.
pub async fn submit_by(
    app: &AppState,
    by: crate::policies::Writer<'_>,
    sub: &Submission,
    now: DateTime<Utc>,
) -> Result<RequestView, Error> {
    let account_id = by.account.id;
    let done = submit_with(app, account_id, Some(by), sub, now, None).await;
    app.hot.status.evict(account_id);
    done
}

async fn submit_with(
    app: &AppState,
    account_id: i64,
    by: Option<crate::policies::Writer<'_>>,
    sub: &Submission,
    now: DateTime<Utc>,
    also: Option<Box<dyn crate::audit::Also>>,
) -> Result<RequestView, Error> {
    // The allowance is taken before anything else, in one step (parallel submissions cannot
    // all pass a check made before any of them is recorded), and given back when the
    // submission is refused or fails: only accepted requests count.
    // An account must have verified its address first (it may fill its group meanwhile).
    crate::accounts::recovery::require_verified(app, account_id).await?;
    let key = format!("account:{account_id}");
    app.submission_throttle
        .try_take(&key)
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
    let submitted = submit_taken(app, account_id, by, sub, now, also).await;
    if submitted.is_err() {
        app.submission_throttle.give_back(&key);
    }
    submitted
}

async fn submit_taken(
    app: &AppState,
    account_id: i64,
    by: Option<crate::policies::Writer<'_>>,
    sub: &Submission,
    now: DateTime<Utc>,
    also: Option<Box<dyn crate::audit::Also>>,
) -> Result<RequestView, Error> {
    let (members, missing_photos) = group_readiness(app, account_id).await?;
    // The request joins the first draw whose window is open, and is checked under that draw's
    // policy (crate::policies).
    let next_draw = cycle::next_draw_for_request(app, now).await?;
    let policy = crate::policies::for_day(app, next_draw).await?;
    let rules_in_force = &policy.policy;
    if members > i64::from(rules_in_force.requests.max_group_size) {
        return Err(Error::Refused(
            "group-too-large",
            vec![("max", rules_in_force.requests.max_group_size.to_string())],
        ));
    }
    let draft = Draft {
        ports: &sub.ports,
        answers: &sub.answers,
        position: sub.location.map(Position::from),
    };
    let readiness = Readiness {
        members,
        missing_photos,
    };
    let questions = &rules_in_force.requests.vulnerability_questions;
    let fence = crate::policies::fence_for(rules_in_force).await?;
    let in_region = match rules::check(&draft, &app.ports, questions, &fence, readiness) {
        Ok(accepted) => {
            let p = draft.position.unwrap_or(Position {
                latitude: 0.0,
                longitude: 0.0,
                accuracy_m: 0.0,
            });
            match rules_in_force
                .region
                .admits(&accepted.state.code, p.latitude, p.accuracy_m)
            {
                Ok(()) => Ok(accepted),
                Err(rule) => Err(crate::policies::region_refusal(&rule, &fence)),
            }
        }
        Err(Refusal::Invalid(invalid)) => return Err(Error::Invalid(invalid)),
        Err(Refusal::OutsideRegion { excluded_state }) => {
            Err(Error::OutsideRegion { excluded_state })
        }
        Err(Refusal::InUnitedStates) => return Err(Error::OutsideMexico),
    };
    let accepted = match in_region {
        Ok(accepted) => accepted,
        // Outside the region: a group of a listed nationality may still ask from anywhere in
        // Mexico (only then are the members' citizenships opened).
        Err(refusal) if !rules_in_force.region.nationality_exceptions.is_empty() => {
            let anywhere = crate::policies::whole_mexico().await?;
            match rules::check(&draft, &app.ports, questions, &anywhere, readiness) {
                Ok(accepted)
                    if crate::policies::nationality_exception(app, account_id, rules_in_force)
                        .await? =>
                {
                    accepted
                }
                _ => return Err(refusal),
            }
        }
        Err(refusal) => return Err(refusal),
    };
    // One U.S. destination address for the whole group, when the policy asks for it.
    let destination = if rules_in_force.requests.shared_us_address {
        let input = sub.us_address.clone().unwrap_or_default();
        let address =
            garita_domain::policy::UsAddress::parse(&input.state, &input.zip, &input.street)
                .map_err(Error::Invalid)?;
        Some(address)
    } else {
        None
    };

    let prepared = Prepared {
        account_id,
        by: by.map(|w| (w.account.clone(), w.ip)),
        ports: sub.ports.clone(),
        vulnerable: accepted.vulnerable(),
        answers: accepted.answers,
        state_code: accepted.state.code,
        today: rules_in_force.cycle.local_day(now),
        destination,
        members,
        next_draw,
        now,
        also,
    };
    // Written in a batch with the submissions and confirmations waiting beside it, and
    // answered once that batch has committed (group_commit).
    super::group_commit::submit(app, prepared).await
}

/// A submission that passed its checks, ready to be written (in a batch: `group_commit`).
pub(crate) struct Prepared {
    account_id: i64,
    /// Who writes a U.S. address (audited as theirs), when the traveler themself submits.
    by: Option<(crate::http::session::Account, std::net::IpAddr)>,
    ports: Vec<String>,
    answers: Vec<String>,
    vulnerable: bool,
    state_code: String,
    /// The cycle's local day of `now` under the policy in force.
    today: NaiveDate,
    destination: Option<garita_domain::policy::UsAddress>,
    members: i64,
    next_draw: NaiveDate,
    now: DateTime<Utc>,
    /// Written with the request (a helper's act).
    also: Option<Box<dyn crate::audit::Also>>,
}

/// Writes a checked submission inside `tx` (one item of a batch, under its own savepoint):
/// refuses it if the group's request was selected meanwhile or the group is waiting out a
/// no-show, else replaces or inserts the group's one request.
pub(crate) async fn write(
    app: &AppState,
    tx: &mut crate::storage::Tx,
    p: &Prepared,
) -> Result<RequestView, Error> {
    let account_id = p.account_id;
    let ports_json = serde_json::to_string(&p.ports)?;
    let answers_json = serde_json::to_string(&p.answers)?;
    let vulnerable = i64::from(p.vulnerable);
    let today_day = p.today;
    let today = today_day.to_string();
    let now = p.now;
    let t = now.timestamp();
    let open = RequestStatus::Open.as_str();
    // Lock the group first (a no-op update takes the row lock on PostgreSQL), so two
    // simultaneous submissions of one group cannot both insert. SQLite has one writer, and the
    // batch holds it.
    if app.db.engine == crate::storage::Engine::Postgres {
        sqlx::query("UPDATE accounts SET member_count = member_count WHERE id = $1")
            .bind(account_id)
            .execute(&mut **tx)
            .await?;
    }
    let existing: Option<ExistingRow> = sqlx::query_as(
        "SELECT id, status, blocked_until FROM appointment_requests WHERE account_id = $1",
    )
    .bind(account_id)
    .fetch_optional(&mut **tx)
    .await?;
    let (id, first_requested_on, notice): (String, String, Option<String>) = match existing {
        Some(row) => {
            let status = stored_status(&row.id, &row.status)?;
            let blocked_until = row
                .blocked_until
                .as_deref()
                .map(|d| stored_date(&row.id, "blocked_until", d))
                .transpose()?;
            rules::may_resubmit(status, blocked_until, today_day).map_err(|r| match r {
                Resubmission::Selected => Error::Conflict("request-selected"),
                Resubmission::NoShowWait { until } => {
                    Error::Refused("no-show-wait", vec![("date", until.to_string())])
                }
            })?;
            // An open request keeps its place in the queue; a closed one starts again.
            let reopened: ReopenedRow = sqlx::query_as(
                "UPDATE appointment_requests SET status = $8, ports = $1, answers = $2, vulnerable = $3,
                   region_state = $4, submitted_at = $5, updated_at = $5, blocked_until = NULL,
                   notice = CASE WHEN status = $8 THEN notice ELSE NULL END,
                   first_requested_on = CASE WHEN status = $8 THEN first_requested_on ELSE $6 END
                 WHERE id = $7 RETURNING first_requested_on, notice",
            )
            .bind(&ports_json)
            .bind(&answers_json)
            .bind(vulnerable)
            .bind(&p.state_code)
            .bind(t)
            .bind(&today)
            .bind(&row.id)
            .bind(open)
            .fetch_one(&mut **tx)
            .await?;
            (row.id, reopened.first_requested_on, reopened.notice)
        }
        None => {
            let id = random_id();
            sqlx::query(
                "INSERT INTO appointment_requests
                   (id, account_id, status, ports, answers, vulnerable, region_state, first_requested_on, submitted_at, updated_at)
                 VALUES ($1, $2, $9, $3, $4, $5, $6, $7, $8, $8)",
            )
            .bind(&id)
            .bind(account_id)
            .bind(&ports_json)
            .bind(&answers_json)
            .bind(vulnerable)
            .bind(&p.state_code)
            .bind(&today)
            .bind(t)
            .bind(open)
            .execute(&mut **tx)
            .await?;
            (id, today.clone(), None)
        }
    };
    let by =
        p.by.as_ref()
            .map(|(account, ip)| crate::policies::Writer { account, ip: *ip });
    crate::policies::store_destination(app, tx, &id, p.destination.as_ref(), by, now).await?;
    let first_port = p.ports.first().map(String::as_str).unwrap_or_default();
    crate::statistics::counters::request(
        tx,
        app,
        account_id,
        first_port,
        &p.state_code,
        p.members,
        now,
    )
    .await?;
    crate::audit::also(app, tx, p.also.as_deref()).await?;
    // Answer from what was just written rather than reading it all back.
    Ok(RequestView {
        first_requested_on: stored_date(&id, "first_requested_on", &first_requested_on)?,
        id,
        status: open.into(),
        ports: p.ports.clone(),
        answers: p.answers.clone(),
        region_state: p.state_code.clone(),
        next_draw: p.next_draw,
        not_selected_in: None,
        notice,
        blocked_until: None,
    })
}

#[derive(sqlx::FromRow)]
struct ReadinessRow {
    member_count: i64,
    missing_photos: i64,
}

/// A group's size and how many of its members have no photo yet, in one read.
pub async fn group_readiness(app: &AppState, account_id: i64) -> Result<(i64, i64), Error> {
    let row: ReadinessRow = sqlx::query_as(
        "SELECT a.member_count, (SELECT COUNT(*) FROM travelers t LEFT JOIN photos p ON p.traveler_id = t.id
                                 WHERE t.account_id = a.id AND p.traveler_id IS NULL) AS missing_photos
         FROM accounts a WHERE a.id = $1",
    )
    .bind(account_id)
    .fetch_one(&app.db.read)
    .await?;
    Ok((row.member_count, row.missing_photos))
}

#[derive(sqlx::FromRow)]
struct RequestRow {
    id: String,
    status: String,
    ports: String,
    answers: String,
    region_state: String,
    first_requested_on: String,
    last_draw: Option<String>,
    notice: Option<String>,
    blocked_until: Option<String>,
}

/// The group's request, if any, and its live appointment.
pub async fn current(app: &AppState, account_id: i64, now: DateTime<Utc>) -> Result<Status, Error> {
    let row: Option<RequestRow> = sqlx::query_as(
        "SELECT r.id, r.status, r.ports, r.answers, r.region_state, r.first_requested_on,
                (SELECT MAX(d.day) FROM draws d WHERE d.status = $2 AND d.ran_at >= r.submitted_at
                   AND NOT EXISTS (SELECT 1 FROM appointments ap WHERE ap.request_id = r.id AND ap.draw_day = d.day)) AS last_draw,
                r.notice, r.blocked_until
         FROM appointment_requests r WHERE r.account_id = $1",
    )
    .bind(account_id)
    .bind(DrawStatus::Done.as_str())
    .fetch_optional(&app.db.read)
    .await?;
    let Some(row) = row else {
        return Ok(Status {
            request: None,
            appointment: None,
        });
    };
    let id = row.id;
    let status = stored_status(&id, &row.status)?;
    let request = RequestView {
        not_selected_in: match (status, row.last_draw) {
            (RequestStatus::Open, Some(d)) => Some(stored_date(&id, "last draw day", &d)?),
            _ => None,
        },
        status: status.as_str().to_string(),
        ports: stored_list(&id, "ports", &row.ports)?,
        answers: stored_list(&id, "answers", &row.answers)?,
        region_state: row.region_state,
        first_requested_on: stored_date(&id, "first_requested_on", &row.first_requested_on)?,
        next_draw: cycle::upcoming_draw(app, now).await?.0,
        notice: stored_notice(&id, row.notice)?,
        blocked_until: row
            .blocked_until
            .as_deref()
            .map(|d| stored_date(&id, "blocked_until", d))
            .transpose()?,
        id,
    };
    let appointment = live_appointment(app, account_id).await?;
    Ok(Status {
        request: Some(request),
        appointment,
    })
}

/// Everything the status page shows, as one read: the group's readiness, its request (with
/// the last draw it was not selected in), its live appointment (without passes: the page
/// links to them) and which recent draws have run (for the next draw's day).
#[derive(sqlx::FromRow)]
struct PageRow {
    member_count: i64,
    missing_photos: i64,
    done_days: Option<String>,
    request_id: Option<String>,
    request_status: Option<String>,
    ports: Option<String>,
    answers: Option<String>,
    region_state: Option<String>,
    first_requested_on: Option<String>,
    last_draw: Option<String>,
    notice: Option<String>,
    blocked_until: Option<String>,
    appointment_id: Option<String>,
    appointment_status: Option<String>,
    port_id: Option<String>,
    day: Option<String>,
    start_time: Option<String>,
    size: Option<i64>,
    confirm_by: Option<i64>,
}

/// What the status page shows: the group's [`Status`] (its appointment without passes), its
/// size and how many members still lack a photo.
pub struct Page {
    pub status: Status,
    pub members: i64,
    pub missing_photos: i64,
    /// The finished draws from two days before the read on (`cycle::done_from`): what
    /// `next_draw` was computed from, kept so a later clock can compute it again
    /// (`status_cache`).
    pub done: Vec<NaiveDate>,
}

/// The status page's data in one query (issue 22: each query through sqlx's SQLite driver is
/// a round trip to its worker thread, and those round trips were most of the page's cost).
/// Reads the same as [`current`] and [`group_readiness`] together.
pub async fn page(app: &AppState, account_id: i64, now: DateTime<Utc>) -> Result<Page, Error> {
    let [offered, confirmed] = garita_domain::status::AppointmentStatus::LIVE;
    let done = DrawStatus::Done.as_str();
    let row: Option<PageRow> = sqlx::query_as(
        "SELECT a.member_count,
                (SELECT COUNT(*) FROM travelers t LEFT JOIN photos p ON p.traveler_id = t.id
                  WHERE t.account_id = a.id AND p.traveler_id IS NULL) AS missing_photos,
                (SELECT string_agg(d.day, ',') FROM draws d WHERE d.status = $2 AND d.day >= $5) AS done_days,
                r.id AS request_id, r.status AS request_status, r.ports, r.answers, r.region_state,
                r.first_requested_on,
                (SELECT MAX(d.day) FROM draws d WHERE d.status = $2 AND d.ran_at >= r.submitted_at
                   AND NOT EXISTS (SELECT 1 FROM appointments x WHERE x.request_id = r.id AND x.draw_day = d.day)) AS last_draw,
                r.notice, r.blocked_until,
                ap.id AS appointment_id, ap.status AS appointment_status, ap.port_id, ap.day,
                ap.start_time, ap.size, ap.confirm_by
         FROM accounts a
         LEFT JOIN appointment_requests r ON r.account_id = a.id
         LEFT JOIN appointments ap ON ap.account_id = a.id AND ap.status IN ($3, $4)
         WHERE a.id = $1
         LIMIT 1",
    )
    .bind(account_id)
    .bind(done)
    .bind(offered.as_str())
    .bind(confirmed.as_str())
    .bind(cycle::done_from(now))
    .fetch_optional(&app.db.read)
    .await?;
    let Some(row) = row else {
        return Err(Error::NotFound);
    };
    let appointment = match (
        row.appointment_id,
        row.appointment_status,
        row.port_id,
        row.day,
        row.start_time,
        row.size,
        row.confirm_by,
    ) {
        (
            Some(id),
            Some(status),
            Some(port_id),
            Some(day),
            Some(start_time),
            Some(size),
            Some(confirm_by),
        ) => Some(super::offers::live_without_passes(
            app,
            super::offers::AppointmentRow {
                id,
                status,
                port_id,
                day,
                start_time,
                size,
                confirm_by,
            },
        )?),
        _ => None,
    };
    let done = row
        .done_days
        .as_deref()
        .unwrap_or_default()
        .split(',')
        .filter(|d| !d.is_empty())
        .map(cycle::done_day)
        .collect::<Result<Vec<NaiveDate>, Error>>()?;
    let request = match (
        row.request_id,
        row.request_status,
        row.ports,
        row.answers,
        row.region_state,
        row.first_requested_on,
    ) {
        (Some(id), Some(status), Some(ports), Some(answers), Some(region_state), Some(first)) => {
            let status = stored_status(&id, &status)?;
            Some(RequestView {
                not_selected_in: match (status, row.last_draw) {
                    (RequestStatus::Open, Some(d)) => Some(stored_date(&id, "last draw day", &d)?),
                    _ => None,
                },
                status: status.as_str().to_string(),
                ports: stored_list(&id, "ports", &ports)?,
                answers: stored_list(&id, "answers", &answers)?,
                region_state,
                first_requested_on: stored_date(&id, "first_requested_on", &first)?,
                next_draw: cycle::upcoming_after(app, now, &done).await?.0,
                notice: stored_notice(&id, row.notice)?,
                blocked_until: row
                    .blocked_until
                    .as_deref()
                    .map(|d| stored_date(&id, "blocked_until", d))
                    .transpose()?,
                id,
            })
        }
        _ => None,
    };
    Ok(Page {
        status: Status {
            request,
            appointment,
        },
        members: row.member_count,
        missing_photos: row.missing_photos,
        done,
    })
}
