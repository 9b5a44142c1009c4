//! Policies in the database: the history (each policy's text, digest and the day it takes
//! effect), which one is in force for a day's cycle, scheduling a new one without a restart,
//! and the geofence each region needs. The rules themselves are `garita_domain::policy`.
//!
//! Which policy applies: the draw of day D runs under the latest policy whose `effective_from`
//! is D or earlier (the highest id among those of one day). A request always belongs to one
//! draw (the first whose window is open when it is made), and it is checked and drawn under
//! that draw's policy: a request made on the 9th for the draw of the 10th is checked under the
//! policy of the 10th, even when another applied on the 9th. A request carried over to a later
//! draw is drawn under that later draw's policy. A day whose draw has run cannot get a new
//! policy, and a policy a draw has used is never changed (the service only inserts).

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use garita_domain::geofence::Geofence;
use garita_domain::policy::{Policy, PolicyError, PolicyProblem};
use garita_domain::status::DrawStatus;

use crate::http::errors::Error;
use crate::http::session::Account;
use crate::i18n::Catalogs;
use crate::state::AppState;
use crate::storage::Db;

pub mod api;
pub mod pages;
pub mod region;

/// The day the first policy of a database takes effect from: before any draw Garita can run.
pub const BEGINNING: &str = "2000-01-01";

/// A stored policy.
#[derive(Debug, Clone)]
pub struct Stored {
    pub id: i64,
    pub name: String,
    pub text: String,
    pub digest: String,
    pub effective_from: NaiveDate,
    pub created_at: i64,
    pub created_by: Option<i64>,
    pub first_used_by_draw: Option<NaiveDate>,
    pub policy: Policy,
}

#[derive(sqlx::FromRow)]
struct PolicyRow {
    id: i64,
    name: String,
    text: String,
    digest: String,
    effective_from: String,
    created_at: i64,
    created_by: Option<i64>,
    first_used_by_draw: Option<String>,
}

impl PolicyRow {
    fn into_stored(self) -> Result<Stored, Error> {
        let id = self.id;
        let day = |what: &str, s: &str| -> Result<NaiveDate, Error> {
            s.parse().map_err(|e| {
                Error::Internal(anyhow::anyhow!("policy {id}: unreadable {what} {s:?}: {e}"))
            })
        };
        let policy = Policy::parse(&self.text)
            .map_err(|e| Error::Internal(anyhow::anyhow!("policy {id}: stored text: {e}")))?;
        Ok(Stored {
            effective_from: day("effective_from", &self.effective_from)?,
            first_used_by_draw: self
                .first_used_by_draw
                .as_deref()
                .map(|d| day("first_used_by_draw", d))
                .transpose()?,
            id,
            name: self.name,
            text: self.text,
            digest: self.digest,
            created_at: self.created_at,
            created_by: self.created_by,
            policy,
        })
    }
}

/// Every policy, oldest first (by effective day, then id).
pub type History = Arc<Vec<Arc<Stored>>>;

/// The history as last read, for a few seconds (other servers may add one), and emptied at
/// once when this server adds one.
pub struct Cache {
    held: Mutex<Option<(Instant, History)>>,
    fresh: Duration,
}

impl Default for Cache {
    fn default() -> Self {
        Cache {
            held: Mutex::new(None),
            fresh: Duration::from_secs(5),
        }
    }
}

impl Cache {
    pub fn invalidate(&self) {
        *self.held.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    fn get(&self) -> Option<History> {
        let held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        held.as_ref()
            .filter(|(at, _)| at.elapsed() < self.fresh)
            .map(|(_, h)| h.clone())
    }

    fn put(&self, h: History) {
        *self.held.lock().unwrap_or_else(|p| p.into_inner()) = Some((Instant::now(), h));
    }
}

/// Reads every policy from the database.
pub async fn read_history(db: &Db) -> Result<History, Error> {
    let rows: Vec<PolicyRow> = sqlx::query_as(
        "SELECT id, name, text, digest, effective_from, created_at, created_by, first_used_by_draw
         FROM policies ORDER BY effective_from, id",
    )
    .fetch_all(&db.read)
    .await?;
    let stored = rows
        .into_iter()
        .map(|r| r.into_stored().map(Arc::new))
        .collect::<Result<Vec<_>, Error>>()?;
    if stored.is_empty() {
        return Err(Error::Internal(anyhow::anyhow!(
            "no policy in the database (one is written at start)"
        )));
    }
    Ok(Arc::new(stored))
}

/// The history, from the cache when fresh.
pub async fn history(app: &AppState) -> Result<History, Error> {
    if let Some(h) = app.policies.get() {
        return Ok(h);
    }
    let h = read_history(&app.db).await?;
    app.policies.put(h.clone());
    Ok(h)
}

/// The policy in force for the cycle of `day` in a (non-empty) history: the last with
/// `effective_from <= day`, else the first.
pub fn in_force(history: &[Arc<Stored>], day: NaiveDate) -> &Arc<Stored> {
    history
        .iter()
        .rev()
        .find(|p| p.effective_from <= day)
        .unwrap_or(&history[0])
}

/// The policy of `day`'s draw.
pub async fn for_day(app: &AppState, day: NaiveDate) -> Result<Arc<Stored>, Error> {
    let h = history(app).await?;
    Ok(in_force(&h, day).clone())
}

/// The policy in force now: that of the draw a request made now would join (or, when no
/// window is open, of the day it is in the last policy's zone).
pub async fn current(app: &AppState, now: DateTime<Utc>) -> Result<Arc<Stored>, Error> {
    let day = match crate::appointments::cycle::next_draw_for_request(app, now).await {
        Ok(day) => day,
        Err(_) => {
            let h = history(app).await?;
            let last = h.last().map_or_else(|| h[0].clone(), Clone::clone);
            last.policy.cycle.local_day(now)
        }
    };
    for_day(app, day).await
}

/// Checks a policy's text as the service will use it: the domain's checks, and a message for
/// each vulnerability question.
pub fn check(text: &str, catalogs: &Catalogs) -> Result<Policy, PolicyError> {
    let policy = Policy::parse(text)?;
    for q in &policy.requests.vulnerability_questions {
        if !catalogs.has_message(0, &format!("vulnerability-{q}")) {
            return Err(PolicyError {
                field: "requests.vulnerability_questions".into(),
                problem: PolicyProblem::Syntax(format!(
                    "question {q:?} has no message vulnerability-{q}"
                )),
            });
        }
    }
    Ok(policy)
}

/// Why a policy was not scheduled.
#[derive(Debug, thiserror::Error)]
pub enum AddError {
    #[error(transparent)]
    Invalid(#[from] PolicyError),
    /// The draw of this day (on or after the requested start) has run already.
    #[error("the draw of {0} has already run: a policy can only start after the last draw")]
    AlreadyDrawn(NaiveDate),
    #[error(transparent)]
    Storage(#[from] Error),
}

impl From<sqlx::Error> for AddError {
    fn from(e: sqlx::Error) -> Self {
        AddError::Storage(e.into())
    }
}

#[derive(sqlx::FromRow)]
struct DayRow {
    day: String,
}

#[derive(sqlx::FromRow)]
struct IdRow {
    id: i64,
}

/// Schedules `text` from `from` on, in one transaction with its audit entry. Refused, with
/// nothing written, when the text is invalid or a draw on or after `from` has run.
pub async fn add(
    db: &Db,
    catalogs: &Catalogs,
    text: &str,
    from: NaiveDate,
    by: Option<&Account>,
    ip: Option<IpAddr>,
    now: DateTime<Utc>,
) -> Result<Stored, AddError> {
    let policy = check(text, catalogs)?;
    let digest = policy.digest();
    let mut tx = db.begin().await?;
    let drawn: Option<DayRow> = sqlx::query_as(
        "SELECT MAX(day) AS day FROM draws WHERE status = $1 AND day >= $2 HAVING MAX(day) IS NOT NULL",
    )
    .bind(DrawStatus::Done.as_str())
    .bind(from.to_string())
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(row) = drawn {
        let day = row.day.parse().unwrap_or(from);
        return Err(AddError::AlreadyDrawn(day));
    }
    let t = now.timestamp();
    let row: IdRow = sqlx::query_as(
        "INSERT INTO policies (name, text, digest, effective_from, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(&policy.name)
    .bind(text)
    .bind(&digest)
    .bind(from.to_string())
    .bind(t)
    .bind(by.map(|a| a.id))
    .fetch_one(&mut *tx)
    .await?;
    crate::audit::record(
        &mut tx,
        crate::audit::Entry {
            actor: by,
            action: "policy-add",
            subject: format!("policy:{}", row.id),
            detail: format!("{} {} from {from}", policy.name, digest),
            ip: ip.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
            at: t,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Stored {
        id: row.id,
        name: policy.name.clone(),
        text: text.to_string(),
        digest,
        effective_from: from,
        created_at: t,
        created_by: by.map(|a| a.id),
        first_used_by_draw: None,
        policy,
    })
}

/// At start: an empty database gets `text` (a preset, or the policy the settings describe)
/// from [`BEGINNING`]. A database with policies keeps them; `Ok(false)` then.
pub async fn seed(
    db: &Db,
    catalogs: &Catalogs,
    text: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let any: Option<IdRow> = sqlx::query_as("SELECT id FROM policies ORDER BY id LIMIT 1")
        .fetch_optional(&db.read)
        .await?;
    if any.is_some() {
        return Ok(false);
    }
    let from: NaiveDate = BEGINNING.parse()?;
    add(db, catalogs, text, from, None, None, now)
        .await
        .map_err(|e| anyhow::anyhow!("policy at start: {e}"))?;
    Ok(true)
}

/// The policy text the settings describe (Garita's default with the settings' times, region,
/// questions and weighting), as TOML.
pub fn from_settings(settings: &crate::config::Settings) -> String {
    let c = &settings.cycle;
    let p = Policy::from_settings(&garita_domain::policy::Settings {
        time_zone: c.time_zone,
        window_closes: c.window_closes,
        draw_at: c.draw_at,
        confirm_hours: u32::try_from(c.confirm_hours).unwrap_or(23),
        days_of_slots: u32::try_from(c.days_ahead).unwrap_or(14),
        no_show_wait_days: u32::try_from(settings.no_show_wait_days).unwrap_or(30),
        questions: settings.vulnerability_questions.clone(),
        draw_params: c.draw_params,
        region_states: settings.region_states.clone(),
    });
    let preset = garita_domain::policy::preset("garita").unwrap_or_default();
    // The shipped text when the settings are the defaults, so its notes stay with it.
    match Policy::parse(preset) {
        Ok(shipped) if shipped.digest() == p.digest() => preset.to_string(),
        _ => format!(
            "# Generated at start from the command line's settings.\n{}",
            p.to_toml()
        ),
    }
}

/// The geofence a region needs (the states it may admit), built once per set of states: the
/// first request under a new region waits for it (a fraction of a second).
pub async fn fence_for(policy: &Policy) -> Result<Arc<Geofence>, Error> {
    fence_of(policy.region.fence_states()).await
}

/// The geofence with every state included: "is it in Mexico, and in which state".
pub async fn whole_mexico() -> Result<Arc<Geofence>, Error> {
    fence_of(
        garita_domain::policy::all_state_codes()
            .map(str::to_string)
            .collect(),
    )
    .await
}

async fn fence_of(mut codes: Vec<String>) -> Result<Arc<Geofence>, Error> {
    static FENCES: OnceLock<Mutex<HashMap<Vec<String>, Arc<Geofence>>>> = OnceLock::new();
    codes.sort();
    let fences = FENCES.get_or_init(Default::default);
    if let Some(f) = fences.lock().unwrap_or_else(|p| p.into_inner()).get(&codes) {
        return Ok(f.clone());
    }
    let key = codes.clone();
    let fence = tokio::task::spawn_blocking(move || Geofence::mexico(&codes))
        .await?
        .map_err(|e| Error::Internal(anyhow::anyhow!("geofence of a policy: {e}")))?;
    let fence = Arc::new(fence);
    fences
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(key, fence.clone());
    Ok(fence)
}

/// The largest group a draw under `policy` takes: its limit when larger open groups are held
/// back, else any group Garita allows.
pub fn largest_drawn_group(policy: &Policy) -> i64 {
    match policy.requests.larger_open_groups {
        garita_domain::policy::LargerGroups::Hold => i64::from(policy.requests.max_group_size),
        garita_domain::policy::LargerGroups::Keep => {
            i64::from(garita_domain::policy::LARGEST_GROUP)
        }
    }
}

/// Records, in the draw's transaction, that a draw has used the policy (it is then never
/// changed; the first day stays).
pub async fn mark_used(tx: &mut crate::storage::Tx, id: i64, day: NaiveDate) -> Result<(), Error> {
    sqlx::query(
        "UPDATE policies SET first_used_by_draw = $1 WHERE id = $2 AND first_used_by_draw IS NULL",
    )
    .bind(day.to_string())
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The policy a published draw names: its name, the day it took effect, its digest and its
/// full text, so anyone can check the rule the draw ran under (`garita verify-draw`).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct PolicyStamp {
    pub name: String,
    #[schema(value_type = String, format = Date)]
    pub effective_from: NaiveDate,
    /// Hex SHA-256 of the policy's canonical text (docs/policies.md).
    pub digest: String,
    /// The policy as scheduled (TOML).
    pub text: String,
}

impl PolicyStamp {
    pub fn of(p: &Stored) -> PolicyStamp {
        PolicyStamp {
            name: p.name.clone(),
            effective_from: p.effective_from,
            digest: p.digest.clone(),
            text: p.text.clone(),
        }
    }
}

/// The publication record as stored: the draw's own record with a `policy` field added (the
/// draw's verifier ignores fields it does not know).
pub fn publication_with_policy(
    published: &garita_domain::draw::PublishedDraw,
    policy: &Stored,
) -> Result<String, Error> {
    let mut value = serde_json::to_value(published)?;
    if let Some(map) = value.as_object_mut() {
        map.insert(
            "policy".into(),
            serde_json::to_value(PolicyStamp::of(policy))?,
        );
    }
    Ok(serde_json::to_string(&value)?)
}

/// Checks that a published record's `policy` (if any) is what it says: its text parses, has
/// the digest given, and names the rule the record was drawn under.
pub fn check_stamp(
    record: &serde_json::Value,
    rule: &garita_domain::draw::Rule,
) -> Result<Option<PolicyStamp>, String> {
    let Some(stamp) = record.get("policy") else {
        return Ok(None);
    };
    let stamp: PolicyStamp =
        serde_json::from_value(stamp.clone()).map_err(|e| format!("the policy field: {e}"))?;
    let policy = Policy::parse(&stamp.text).map_err(|e| format!("the policy's text: {e}"))?;
    if policy.digest() != stamp.digest {
        return Err(format!(
            "the policy's text has digest {}, not the published {}",
            policy.digest(),
            stamp.digest
        ));
    }
    if policy.allocation != *rule {
        return Err(format!(
            "the policy {} allocates by {}, but the draw was published under {}",
            stamp.name,
            policy.allocation.id(),
            rule.id()
        ));
    }
    Ok(Some(stamp))
}

/// The refusal for a position the policy's region does not admit: the rule that refused, in
/// the traveler's words (`error-<code>`), with what they can do. State names from `fence`.
pub fn region_refusal(rule: &garita_domain::policy::RegionRule, fence: &Geofence) -> Error {
    use garita_domain::policy::RegionRule;
    match rule {
        RegionRule::SouthOfLatitude(line) => {
            Error::Refused(rule.code(), vec![("latitude", format!("{line}"))])
        }
        RegionRule::ExcludedState(code) | RegionRule::StateNotIncluded(code) => {
            Error::OutsideRegion {
                excluded_state: Some(
                    fence
                        .states()
                        .find(|s| s.code.eq_ignore_ascii_case(code))
                        .map_or_else(|| code.clone(), |s| s.name.to_string()),
                ),
            }
        }
    }
}

/// Whether the group's recorded citizenships meet one of the policy's nationality exceptions
/// (the holder's, or every member's). Opens the members' records only when asked.
pub async fn nationality_exception(
    app: &AppState,
    account_id: i64,
    policy: &Policy,
) -> Result<bool, Error> {
    let members = crate::travelers::list(app, account_id).await?;
    let holder = members
        .iter()
        .find(|m| m.is_holder)
        .map(|m| m.citizenship.as_str())
        .unwrap_or("");
    let all: Vec<&str> = members.iter().map(|m| m.citizenship.as_str()).collect();
    Ok(policy.region.exception_applies(holder, &all))
}

/// Who wrote a destination address, for its audit entry.
pub struct Writer<'a> {
    pub account: &'a Account,
    pub ip: IpAddr,
}

/// Seals the group's U.S. destination address into its request (or clears it), inside the
/// submission's transaction, with an audit entry about the account when one is written (never
/// the address itself).
pub async fn store_destination(
    app: &AppState,
    tx: &mut crate::storage::Tx,
    request_id: &str,
    address: Option<&garita_domain::policy::UsAddress>,
    by: Option<Writer<'_>>,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let sealed = match address {
        Some(a) => Some(app.vault.seal(
            &destination_aad(request_id),
            serde_json::to_string(a)?.as_bytes(),
        )),
        None => None,
    };
    sqlx::query("UPDATE appointment_requests SET destination_sealed = $1 WHERE id = $2")
        .bind(sealed)
        .bind(request_id)
        .execute(&mut **tx)
        .await?;
    if let (Some(_), Some(by)) = (address, by) {
        crate::audit::record(
            tx,
            crate::audit::Entry {
                actor: Some(by.account),
                action: "us-address-change",
                subject: format!("account:{}", by.account.id),
                detail: format!("request:{request_id}"),
                ip: by.ip,
                at: now.timestamp(),
            },
        )
        .await?;
    }
    Ok(())
}

fn destination_aad(request_id: &str) -> String {
    format!("request-destination:{request_id}")
}

#[derive(sqlx::FromRow)]
struct DestinationRow {
    destination_sealed: Option<Vec<u8>>,
}

/// The group's U.S. destination address as stored with its request (opened), if any.
pub async fn destination_of(
    app: &AppState,
    request_id: &str,
) -> Result<Option<garita_domain::policy::UsAddress>, Error> {
    let row: Option<DestinationRow> =
        sqlx::query_as("SELECT destination_sealed FROM appointment_requests WHERE id = $1")
            .bind(request_id)
            .fetch_optional(&app.db.read)
            .await?;
    match row.and_then(|r| r.destination_sealed) {
        Some(sealed) => {
            let plain = app.vault.open(&destination_aad(request_id), &sealed)?;
            Ok(Some(serde_json::from_slice(&plain)?))
        }
        None => Ok(None),
    }
}

#[derive(sqlx::FromRow)]
struct OfferRow {
    draw_day: String,
    status: String,
}

/// The policy an offered appointment was drawn under, when it asks for the location again at
/// confirmation (`requests.recheck_location_at_confirmation`); `None` when it does not, or
/// when the appointment is not an offer of this account (confirming then says why).
pub async fn recheck_policy(
    app: &AppState,
    account_id: i64,
    appointment_id: &str,
) -> Result<Option<Arc<Stored>>, Error> {
    let row: Option<OfferRow> = sqlx::query_as(
        "SELECT draw_day, status FROM appointments WHERE id = $1 AND account_id = $2",
    )
    .bind(appointment_id)
    .bind(account_id)
    .fetch_optional(&app.db.read)
    .await?;
    let Some(row) = row else { return Ok(None) };
    if row.status != garita_domain::status::AppointmentStatus::Offered.as_str() {
        return Ok(None);
    }
    let day: NaiveDate = row.draw_day.parse().map_err(|e| {
        Error::Internal(anyhow::anyhow!(
            "appointment {appointment_id}: unreadable draw_day {:?}: {e}",
            row.draw_day
        ))
    })?;
    let policy = for_day(app, day).await?;
    Ok(policy
        .policy
        .requests
        .recheck_location_at_confirmation
        .then_some(policy))
}

/// Checks the position given at confirmation against the region of `policy`, as a request's
/// position is checked: missing (422 `location-missing`), invalid or imprecise (the field),
/// in the United States, or outside the region (the refusal names the rule), unless the
/// group meets a nationality exception and is anywhere in Mexico.
pub async fn recheck_location(
    app: &AppState,
    account_id: i64,
    policy: &Policy,
    position: Option<garita_domain::requests::Position>,
) -> Result<(), Error> {
    use garita_domain::geofence::CheckError;
    use garita_domain::validation::Problem;
    let Some(p) = position else {
        return Err(Error::Missing("location-missing"));
    };
    let fence = fence_for(policy).await?;
    let refusal = match fence.check(p.latitude, p.longitude, p.accuracy_m) {
        Ok(located) => match policy
            .region
            .admits(&located.state.code, p.latitude, p.accuracy_m)
        {
            Ok(()) => return Ok(()),
            Err(rule) => region_refusal(&rule, &fence),
        },
        Err(CheckError::InvalidPosition(_)) => {
            return Err(Error::field("location", Problem::LocationInvalid))
        }
        Err(CheckError::TooImprecise { .. }) => {
            return Err(Error::field("location", Problem::LocationImprecise))
        }
        Err(CheckError::InUnitedStates { .. }) => return Err(Error::OutsideMexico),
        Err(CheckError::Outside {
            in_excluded_state, ..
        }) => Error::OutsideRegion {
            excluded_state: in_excluded_state.map(|s| s.name),
        },
    };
    if !policy.region.nationality_exceptions.is_empty()
        && whole_mexico()
            .await?
            .check(p.latitude, p.longitude, p.accuracy_m)
            .is_ok()
        && nationality_exception(app, account_id, policy).await?
    {
        return Ok(());
    }
    Err(refusal)
}

/// An invalid policy as the one error type says it: the field, and what is wrong with it in
/// the reader's words (`policies-problem-<code>`; a syntax problem quotes the TOML reader,
/// whose text names what it found).
pub fn invalid(tr: &crate::i18n::Tr, e: &PolicyError) -> Error {
    Error::Refused(
        "policy-invalid",
        vec![
            ("field", e.field.clone()),
            ("problem", problem_text(tr, &e.problem)),
        ],
    )
}

/// A policy problem in the reader's language.
pub fn problem_text(tr: &crate::i18n::Tr, p: &PolicyProblem) -> String {
    let key = format!("policies-problem-{}", p.code());
    match p {
        PolicyProblem::Syntax(detail) => tr.t1(&key, "detail", detail),
        PolicyProblem::OutOfRange { min, max } => {
            tr.with(&key, &[("lowest", min.clone()), ("highest", max.clone())])
        }
        PolicyProblem::UnknownState(v)
        | PolicyProblem::UnknownCountry(v)
        | PolicyProblem::InvalidId(v)
        | PolicyProblem::Repeated(v) => tr.t1(&key, "value", v),
        PolicyProblem::WindowClosesBeforeOpening
        | PolicyProblem::WindowTooLong
        | PolicyProblem::AllocationBeforeClose
        | PolicyProblem::EmptyRegion => tr.t(&key),
    }
}

#[derive(sqlx::FromRow)]
struct DrawPolicyRow {
    policy_id: Option<i64>,
}

/// The policy a day's draw ran under, if it ran under one.
pub async fn stamp_of_draw(app: &AppState, day: NaiveDate) -> Result<Option<PolicyStamp>, Error> {
    let row: Option<DrawPolicyRow> = sqlx::query_as("SELECT policy_id FROM draws WHERE day = $1")
        .bind(day.to_string())
        .fetch_optional(&app.db.read)
        .await?;
    let Some(id) = row.and_then(|r| r.policy_id) else {
        return Ok(None);
    };
    let history = history(app).await?;
    let found = match history.iter().find(|p| p.id == id) {
        Some(p) => Some(p.clone()),
        None => read_history(&app.db)
            .await?
            .iter()
            .find(|p| p.id == id)
            .cloned(),
    };
    Ok(found.map(|p| PolicyStamp::of(&p)))
}
