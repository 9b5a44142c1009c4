//! Running the daily draw for real: the commitment published before the window closes, the
//! inputs gathered from open requests and free places, the pure draw from `garita-domain`, and
//! the results written in one transaction — so running it twice, or again after a crash, never
//! allocates twice. The published record lets anyone re-run the draw (`garita verify-draw`).

pub mod api;
pub mod pages;
pub mod served;

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use garita_domain::draw::{self, DrawInput, DrawRequest, PublishedDraw, SlotOffer};
use garita_domain::status::{AppointmentStatus, DrawStatus, RequestStatus};
use rand::RngCore;

use crate::http::errors::Error;
use crate::state::AppState;
use crate::storage::vault::random_id;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Ran {
        participants: usize,
        selected: usize,
    },
    AlreadyDone,
}

/// The draw's public record as it stands: the commitment only until it has run; then the
/// published record, kept in memory as served (`served`).
pub enum Record {
    Committed { commitment: String },
    Done(std::sync::Arc<served::Served>),
}

#[derive(sqlx::FromRow)]
struct CommitmentRow {
    commitment: String,
}

/// Creates the draw's secret seed and publishes its commitment, once. The commitment is the
/// current record version's (`garita-draw-v3`), which binds the day as well as the seed.
pub async fn ensure_commitment(app: &AppState, day: NaiveDate) -> Result<String, Error> {
    let mut seed = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut seed);
    let seed_hex = hex::encode(seed);
    let commitment = draw::commitment(day, &seed_hex)?;
    let sealed = app
        .vault
        .seal(&format!("draw-seed:{day}"), seed_hex.as_bytes());
    sqlx::query(
        "INSERT INTO draws (day, commitment, seed_sealed, status, created_at) VALUES ($1, $2, $3, $5, $4)
         ON CONFLICT (day) DO NOTHING",
    )
    .bind(day.to_string())
    .bind(&commitment)
    .bind(sealed)
    .bind(app.clock.timestamp())
    .bind(DrawStatus::Committed.as_str())
    .execute(&app.db.write)
    .await?;
    let stored: CommitmentRow = sqlx::query_as("SELECT commitment FROM draws WHERE day = $1")
        .bind(day.to_string())
        .fetch_one(&app.db.read)
        .await?;
    Ok(stored.commitment)
}

#[derive(sqlx::FromRow)]
struct StatusRow {
    status: String,
}

async fn stored_status(tx: &mut crate::storage::Tx, day: NaiveDate) -> Result<String, Error> {
    let row: StatusRow = sqlx::query_as("SELECT status FROM draws WHERE day = $1")
        .bind(day.to_string())
        .fetch_one(&mut **tx)
        .await?;
    Ok(row.status)
}

#[derive(sqlx::FromRow)]
struct RecordRow {
    status: String,
    commitment: String,
    published: Option<String>,
}

/// A draw's stored status, or an error naming its day.
fn draw_status(day: NaiveDate, text: &str) -> Result<DrawStatus, Error> {
    DrawStatus::parse(text)
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("draw {day}: unknown status {text:?}")))
}

/// A draw's public record (read from `--read-database` when there is one: it may lag). A
/// published one is read, parsed and made ready to serve once per process (`served`): it
/// never changes.
pub async fn record(app: &AppState, day: NaiveDate) -> Result<Option<Record>, Error> {
    if let Some(done) = app.hot.draws.get(day) {
        return Ok(Some(Record::Done(done)));
    }
    let row: Option<RecordRow> = sqlx::query_as(
        "SELECT d.status, d.commitment, p.published FROM draws d
             LEFT JOIN draw_publications p ON p.day = d.day WHERE d.day = $1",
    )
    .bind(day.to_string())
    .fetch_optional(&app.db.public)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    Ok(Some(
        match (draw_status(day, &row.status)?, row.published) {
            (DrawStatus::Done, Some(published)) => Record::Done(serve(app, day, published).await?),
            _ => Record::Committed {
                commitment: row.commitment,
            },
        },
    ))
}

/// Builds what a published draw is served as, once: concurrent first readers (the noon rush)
/// wait for one build instead of each parsing and compressing megabytes.
async fn serve(
    app: &AppState,
    day: NaiveDate,
    published: String,
) -> Result<std::sync::Arc<served::Served>, Error> {
    let _one_build = app.hot.draws.building().await;
    if let Some(done) = app.hot.draws.get(day) {
        return Ok(done);
    }
    // With the policy it ran under (name, digest, full text), when it ran under one.
    let stamp = crate::policies::stamp_of_draw(app, day).await?;
    let built = tokio::task::spawn_blocking(move || -> Result<served::Served, Error> {
        let draw: PublishedDraw = serde_json::from_str(&published).map_err(|e| {
            Error::Internal(anyhow::anyhow!("draw {day}: unreadable publication: {e}"))
        })?;
        let mut value = serde_json::to_value(&draw)?;
        if let (Some(map), Some(stamp)) = (value.as_object_mut(), stamp) {
            map.insert("policy".into(), serde_json::to_value(stamp)?);
        }
        let json = serde_json::to_vec(&value)?;
        served::Served::build(draw, json)
    })
    .await
    .map_err(|e| Error::Internal(anyhow::anyhow!("draw {day}: building its record: {e}")))??;
    Ok(app.hot.draws.put(day, std::sync::Arc::new(built)))
}

/// Makes sure every port has its slots, with default capacity, for the days a draw offers.
pub async fn ensure_slots(app: &AppState, first: NaiveDate, last: NaiveDate) -> Result<(), Error> {
    let mut tx = app.db.begin().await?;
    let mut day = first;
    while day <= last {
        for port in app.ports.iter() {
            for (start, capacity) in port.slot_capacities(port.daily_capacity) {
                sqlx::query(
                    "INSERT INTO slots (port_id, day, start_time, capacity, taken) VALUES ($1, $2, $3, $4, 0)
                     ON CONFLICT (port_id, day, start_time) DO NOTHING",
                )
                .bind(&port.id)
                .bind(day.to_string())
                .bind(start.format("%H:%M").to_string())
                .bind(i64::from(capacity))
                .execute(&mut *tx)
                .await?;
            }
        }
        day += Duration::days(1);
    }
    tx.commit().await?;
    Ok(())
}

struct Participant {
    request_id: String,
    account_id: i64,
    size: u32,
}

#[derive(sqlx::FromRow)]
struct SeedRow {
    status: String,
    commitment: String,
    seed_sealed: Vec<u8>,
}

/// An open request as the draw reads it, with the group's size now.
#[derive(sqlx::FromRow)]
struct EntrantRow {
    id: String,
    account_id: i64,
    ports: String,
    vulnerable: i64,
    first_requested_on: String,
    member_count: i64,
    priority: i64,
    /// When the account registered (the order `oldest-share-then-random` ranks by).
    registered_at: i64,
}

impl EntrantRow {
    /// The request as the pure draw takes it, under `pseudonym`. Stored data that cannot be
    /// read stops the draw, naming the request: entering it with no preferences or with no
    /// days waited would quietly change everyone's odds.
    fn to_draw_request(&self, day: NaiveDate, pseudonym: String) -> Result<DrawRequest, Error> {
        let id = &self.id;
        let preferences: Vec<String> =
            crate::appointments::requests::stored_list(id, "ports", &self.ports)?;
        let first_on = crate::appointments::requests::stored_date(
            id,
            "first_requested_on",
            &self.first_requested_on,
        )?;
        let size = u32::try_from(self.member_count).map_err(|e| {
            Error::Internal(anyhow::anyhow!(
                "request {id}: group size {}: {e}",
                self.member_count
            ))
        })?;
        let days_waited = u32::try_from((day - first_on).num_days().max(0)).map_err(|e| {
            Error::Internal(anyhow::anyhow!(
                "request {id}: first requested {first_on}: {e}"
            ))
        })?;
        Ok(DrawRequest {
            id: pseudonym,
            size,
            days_waited,
            vulnerable: self.vulnerable == 1,
            preferences,
            priority: self.priority == 1,
            registration_rank: None,
        })
    }
}

#[derive(sqlx::FromRow)]
struct FreeSlotRow {
    port_id: String,
    day: String,
    start_time: String,
    free: i64,
}

impl FreeSlotRow {
    fn to_offer(&self) -> Result<SlotOffer, Error> {
        let slot = || format!("slot {} {} {}", self.port_id, self.day, self.start_time);
        Ok(SlotOffer {
            port: self.port_id.clone(),
            date: self
                .day
                .parse()
                .map_err(|e| Error::Internal(anyhow::anyhow!("{}: unreadable day: {e}", slot())))?,
            start: NaiveTime::parse_from_str(&self.start_time, "%H:%M").map_err(|e| {
                Error::Internal(anyhow::anyhow!("{}: unreadable start: {e}", slot()))
            })?,
            capacity: u32::try_from(self.free).map_err(|e| {
                Error::Internal(anyhow::anyhow!(
                    "{}: free places {}: {e}",
                    slot(),
                    self.free
                ))
            })?,
        })
    }
}

/// The allocation rule of `day`'s draw: the one the policy in force for that day names.
pub async fn rule_for(app: &AppState, day: NaiveDate) -> Result<draw::Rule, Error> {
    Ok(crate::policies::for_day(app, day).await?.policy.allocation)
}

/// Runs the draw of `day`. `now` is when it runs: it must be after the day's request window
/// closed, unless `force` (the command line's `--force`, for tests and recovery).
pub async fn run(
    app: &AppState,
    day: NaiveDate,
    now: DateTime<Utc>,
    force: bool,
) -> Result<Outcome, Error> {
    // The policy in force for this day's cycle decides the window, the slots, the confirmation
    // time, carry-over and who takes part (crate::policies).
    let policy = crate::policies::for_day(app, day).await?;
    let rules = &policy.policy;
    let close = rules.cycle.window_close(day);
    if now < close && !force {
        return Err(Error::Conflict("draw-window-open"));
    }
    crate::appointments::expire_offers(app, now).await?;
    ensure_commitment(app, day).await?;
    let stored: SeedRow =
        sqlx::query_as("SELECT status, commitment, seed_sealed FROM draws WHERE day = $1")
            .bind(day.to_string())
            .fetch_one(&app.db.read)
            .await?;
    if draw_status(day, &stored.status)? == DrawStatus::Done {
        return Ok(Outcome::AlreadyDone);
    }
    let seed = String::from_utf8(
        app.vault
            .open(&format!("draw-seed:{day}"), &stored.seed_sealed)?,
    )?;
    // Publish under the version the commitment was made in: a commitment published as v1
    // before the upgrade to v2 is kept, and verifies under v1's rule.
    let version = draw::committed_version(day, &seed, &stored.commitment).ok_or_else(|| {
        Error::Internal(anyhow::anyhow!(
            "draw {day}: the stored commitment matches the seed under no record version"
        ))
    })?;

    let first = day + Duration::days(1);
    let last = day + Duration::days(i64::from(rules.cycle.days_of_slots));
    ensure_slots(app, first, last).await?;
    // Programme rosters: their reserved places and their own draw, before this one reads its
    // free places (crate::rosters::draw; nothing at all while no port reserves any).
    crate::rosters::draw::run(app, day, now, first, last).await?;

    // Requests: every open one submitted before the window closed, with the group's size now.
    let rows: Vec<EntrantRow> = sqlx::query_as(
        "SELECT r.id, r.account_id, r.ports, r.vulnerable, r.first_requested_on, a.member_count, r.priority,
                a.created_at AS registered_at
         FROM appointment_requests r JOIN accounts a ON a.id = r.account_id
         WHERE r.status = $2 AND r.submitted_at < $1 AND a.member_count > 0 AND a.member_count <= $3",
    )
    .bind(close.timestamp())
    .bind(RequestStatus::Open.as_str())
    .bind(crate::policies::largest_drawn_group(rules))
    .fetch_all(&app.db.read)
    .await?;
    let mut participants: HashMap<String, Participant> = HashMap::with_capacity(rows.len());
    let mut requests = Vec::with_capacity(rows.len());
    // Registration order (oldest first; ties by account id), published only as ranks 1..n.
    let mut by_registration: Vec<(i64, i64, usize)> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.registered_at, r.account_id, i))
        .collect();
    by_registration.sort_unstable();
    let mut rank_of = vec![0u32; rows.len()];
    for (rank, &(_, _, i)) in by_registration.iter().enumerate() {
        rank_of[i] = u32::try_from(rank + 1).unwrap_or(u32::MAX);
    }
    let ranked = rules.allocation.needs_registration_rank();
    for (i, row) in rows.into_iter().enumerate() {
        // Pseudonyms are keyed per draw, so groups cannot be followed from one day to the next.
        let pseudonym = app.vault.pseudonym(&format!("draw:{day}"), &row.id);
        let mut request = row.to_draw_request(day, pseudonym.clone())?;
        request.registration_rank = ranked.then(|| rank_of[i]);
        participants.insert(
            pseudonym,
            Participant {
                request_id: row.id,
                account_id: row.account_id,
                size: request.size,
            },
        );
        requests.push(request);
    }
    // Free places: those of each slot less what a roster reservation still holds from this day's
    // draw (crate::rosters::draw).
    let slot_rows: Vec<FreeSlotRow> = sqlx::query_as(
        "SELECT s.port_id, s.day, s.start_time, s.capacity - s.taken - COALESCE(q.places - q.taken, 0) AS free
         FROM slots s LEFT JOIN roster_reservations q
           ON q.port_id = s.port_id AND q.day = s.day AND q.start_time = s.start_time AND q.release_on > $3
         WHERE s.day >= $1 AND s.day <= $2 AND s.capacity - s.taken - COALESCE(q.places - q.taken, 0) > 0
         ORDER BY s.port_id, s.day, s.start_time",
    )
    .bind(first.to_string())
    .bind(last.to_string())
    .bind(day.to_string())
    .fetch_all(&app.db.read)
    .await?;
    let offers = slot_rows
        .iter()
        .map(FreeSlotRow::to_offer)
        .collect::<Result<Vec<SlotOffer>, Error>>()?;
    let input = DrawInput {
        seed,
        rule: rules.allocation,
        requests,
        offers,
    };
    let published = draw::publish_as(version, day, input)?;
    let published_json = crate::policies::publication_with_policy(&published, &policy)?;

    let t = now.timestamp();
    let confirm_by = t + i64::from(rules.cycle.confirmation_hours) * 3600;
    let mut tx = app.db.begin().await?;
    let claimed = sqlx::query(
        "UPDATE draws SET status = $5, ran_at = $1, participants = $2, selected = $3, policy_id = $7
         WHERE day = $4 AND status = $6
           AND NOT EXISTS (SELECT 1 FROM policies p WHERE p.effective_from <= $4 AND p.id > $7)",
    )
    .bind(t)
    .bind(published.requests.len() as i64)
    .bind(published.results.len() as i64)
    .bind(day.to_string())
    .bind(DrawStatus::Done.as_str())
    .bind(DrawStatus::Committed.as_str())
    .bind(policy.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if claimed != 1 {
        // Done meanwhile, or a policy for this day was added while the draw ran: the next
        // run (same seed) draws under it.
        return match draw_status(day, &stored_status(&mut tx, day).await?)? {
            DrawStatus::Done => Ok(Outcome::AlreadyDone),
            _ => Err(Error::Internal(anyhow::anyhow!(
                "draw {day}: a new policy for this day was added while it ran; retry"
            ))),
        };
    }
    crate::policies::mark_used(&mut tx, policy.id, day).await?;
    sqlx::query("INSERT INTO draw_publications (day, published) VALUES ($1, $2)")
        .bind(day.to_string())
        .bind(&published_json)
        .execute(&mut *tx)
        .await?;
    for placement in &published.results {
        let p = participants
            .get(&placement.request)
            .ok_or_else(|| Error::Internal(anyhow::anyhow!("draw placed an unknown request")))?;
        let selected = Selected {
            request_id: &p.request_id,
            account_id: p.account_id,
            size: p.size,
        };
        if !offer(&mut tx, app, day, placement, &selected, confirm_by, now).await? {
            // Capacity or a request changed while the draw ran: undo everything; the next run
            // recomputes from the new state with the same seed.
            return Err(Error::Internal(anyhow::anyhow!(
                "draw {day}: state changed during the draw; retry"
            )));
        }
    }
    if !rules.requests.carry_over {
        // No carry-over: every request of this draw not selected is closed; the group asks again.
        sqlx::query(
            "UPDATE appointment_requests SET status = $1, updated_at = $2
             WHERE status = $3 AND submitted_at < $4",
        )
        .bind(RequestStatus::Closed.as_str())
        .bind(t)
        .bind(RequestStatus::Open.as_str())
        .bind(close.timestamp())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    // The policy may have just become used (fixed): read the history afresh.
    app.policies.invalidate();
    // Every entrant's status page changed (crate::appointments::status_cache).
    app.hot.status.changed_all();
    tracing::info!(%day, participants = published.requests.len(), selected = published.results.len(), "draw done");
    Ok(Outcome::Ran {
        participants: published.requests.len(),
        selected: published.results.len(),
    })
}

/// The scheduled work of `serve`: lapse unconfirmed offers, publish the next commitment, and
/// run today's draw once its time has come. Each step is idempotent.
pub async fn tick(app: &AppState, now: DateTime<Utc>) -> Result<(), Error> {
    crate::appointments::expire_offers(app, now).await?;
    crate::port_console::mark_no_shows(app, now).await?;
    // Each day's times are those of the policy in force for it.
    let history = crate::policies::history(app).await?;
    let cycle_of = |day| &crate::policies::in_force(&history, day).policy.cycle;
    let next = (-1..=2)
        .map(|d| now.date_naive() + Duration::days(d))
        .find(|&day| now < cycle_of(day).draw_time(day));
    if let Some(day) = next {
        ensure_commitment(app, day).await?;
    }
    let today = cycle_of(now.date_naive()).local_day(now);
    if now >= cycle_of(today).draw_time(today) {
        run(app, today, now, false).await?;
    }
    Ok(())
}

pub fn spawn_scheduler(app: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(30));
        loop {
            every.tick().await;
            if let Err(e) = tick(&app, app.clock.now()).await {
                tracing::error!(error = ?e, "scheduled draw work failed; will retry");
            }
        }
    })
}

/// A request a draw selected: what [`offer`] needs of it.
pub(crate) struct Selected<'a> {
    pub request_id: &'a str,
    pub account_id: i64,
    pub size: u32,
}

/// What a draw gives one selected request, in the draw's transaction: its places taken from
/// the slot (never past capacity), the request selected, an offered appointment to confirm by
/// `confirm_by`, the traveler told, the day counted. `Ok(false)`: the slot is full or the
/// request is no longer open — the state changed while the draw ran, and the caller undoes
/// everything. The daily draw and the roster draw (`crate::rosters::draw`) both offer so.
pub(crate) async fn offer(
    tx: &mut crate::storage::Tx,
    app: &AppState,
    day: NaiveDate,
    placement: &draw::Placement,
    selected: &Selected<'_>,
    confirm_by: i64,
    now: DateTime<Utc>,
) -> Result<bool, Error> {
    let t = now.timestamp();
    let start = placement.start.format("%H:%M").to_string();
    let size = i64::from(selected.size);
    let taken = sqlx::query(
        "UPDATE slots SET taken = taken + $1 WHERE port_id = $2 AND day = $3 AND start_time = $4 AND taken + $1 <= capacity",
    )
    .bind(size)
    .bind(&placement.port)
    .bind(placement.date.to_string())
    .bind(&start)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    let chosen = sqlx::query(
        "UPDATE appointment_requests SET status = $3, priority = 0, notice = NULL, updated_at = $1 WHERE id = $2 AND status = $4",
    )
    .bind(t)
    .bind(selected.request_id)
    .bind(RequestStatus::Selected.as_str())
    .bind(RequestStatus::Open.as_str())
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if taken != 1 || chosen != 1 {
        return Ok(false);
    }
    let appointment_id = random_id();
    sqlx::query(
        "INSERT INTO appointments (id, request_id, account_id, draw_day, port_id, day, start_time, size, status, confirm_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $11, $9, $10, $10)",
    )
    .bind(&appointment_id)
    .bind(selected.request_id)
    .bind(selected.account_id)
    .bind(day.to_string())
    .bind(&placement.port)
    .bind(placement.date.to_string())
    .bind(&start)
    .bind(size)
    .bind(confirm_by)
    .bind(t)
    .bind(AppointmentStatus::Offered.as_str())
    .execute(&mut **tx)
    .await?;
    crate::notifications::enqueue(
        tx,
        selected.account_id,
        crate::notifications::Kind::Selected,
        Some(&appointment_id),
        None,
        t,
    )
    .await?;
    crate::statistics::counters::appointment(
        tx,
        &app.ports,
        garita_domain::statistics::Metric::Selected,
        &appointment_id,
        now,
    )
    .await?;
    Ok(true)
}
