//! Advance bus manifests (CBP One's bus APIS): a bus line sends, before a trip reaches a land
//! port, everyone on board; the port's officers see the day's buses, each trip's manifest, and
//! record each person (processed with an outcome, not on board, or added); the carrier sees its
//! trips with counts only. The rules are `garita_domain::manifests`; this module stores them.
//!
//! Every person's line is sealed at rest (`bus_manifest_travelers.sealed`, the row id as
//! associated data); every version is kept (a correction before arrival is a new version, and
//! the officer sees what changed); everything is deleted by the retention job after
//! `settings.bus_manifest_keep_days`. Every view of a manifest and every change is audited.

pub mod api;
pub mod bench;
pub mod console;
pub mod csv_import;
pub mod demo;
pub mod pages;

use std::net::IpAddr;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use garita_domain::api_keys::Permission;
use garita_domain::manifests::{
    Arrival, CellProblem, Checks, Counts, ManifestProblem, PassengerOutcome, PassengerState,
    Traveler, TravelerInput, Trip, TripInput, TripStatus,
};
use garita_domain::organisations::OrganisationKind;
use garita_domain::ports::Port;
use garita_domain::validation::FieldError;
use serde::Serialize;
use utoipa::ToSchema;

use crate::audit::{self, Entry};
use crate::http::context::Ctx;
use crate::http::errors::Error;
use crate::http::roles::{OrganisationActor, OrganisationCaller};
use crate::http::session::Account;
use crate::state::AppState;
use crate::storage::vault::random_id;
use crate::storage::Tx;

/// The body limit of the upload routes (a 10,000-line file is about 1.5 MB).
pub const UPLOAD_LIMIT: usize = 4 * 1024 * 1024;
/// At most this many problems are listed in a report (the count says how many there were).
pub const REPORT_MAX: usize = 200;

/// How a manifest came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Form,
    Csv,
    Api,
}
garita_domain::text_enum!(Source {
    Form = "form",
    Csv = "csv",
    Api = "api"
});

/// Who sends manifests: a member or manager of an approved bus line (signed in), or one of its
/// API keys holding `manifests:write`. Any other organisation's people are refused
/// (403 `bus-line-only`).
pub struct BusLine {
    pub organisation_id: i64,
    pub actor: OrganisationActor,
}

impl BusLine {
    pub fn account(&self) -> Option<&Account> {
        match &self.actor {
            OrganisationActor::Staff(a) => Some(a),
            OrganisationActor::Key(_) => None,
        }
    }

    fn audit_actor(&self) -> String {
        match &self.actor {
            OrganisationActor::Staff(_) => String::new(),
            OrganisationActor::Key(k) => format!(" api-key={}", k.key_id),
        }
    }
}

impl FromRequestParts<AppState> for BusLine {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Error> {
        let caller = OrganisationCaller::from_request_parts(parts, app).await?;
        if caller.organisation_kind != OrganisationKind::BusLine {
            return Err(match caller.actor {
                OrganisationActor::Key(_) => Error::NotPermitted("api-key-permission"),
                OrganisationActor::Staff(_) => Error::NotPermitted("bus-line-only"),
            });
        }
        caller.require(Permission::ManifestsWrite)?;
        Ok(BusLine {
            organisation_id: caller.organisation_id,
            actor: caller.actor,
        })
    }
}

/// One problem of a submission, where it is: `row` is the spreadsheet row for a file (the
/// header is row 1) or the person's position (from 1) for JSON and the form; 0 for the trip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct RowProblem {
    pub row: usize,
    /// The column (CSV header name, JSON field).
    pub column: String,
    /// Stable code of the problem.
    pub code: String,
    /// The problem in the caller's language, naming row and column.
    pub detail: String,
}

/// A problem before it is put in words.
#[derive(Debug, Clone)]
pub struct Found {
    pub row: usize,
    pub problem: CellProblem,
}

/// One problem in the reader's words.
pub fn words(ctx: &Ctx, f: &Found) -> RowProblem {
    let message = match &f.problem.problem {
        ManifestProblem::Field(p) => crate::http::context::field_message(
            &ctx.tr,
            &FieldError {
                field: f.problem.column,
                problem: p.clone(),
            },
        ),
        ManifestProblem::Duplicate { first } => {
            ctx.tr
                .t1("bus-manifest-problem-duplicate-traveler", "first", first)
        }
        ManifestProblem::Width { expected, found } => ctx.tr.with(
            "bus-manifest-problem-row-width",
            &[
                ("expected", expected.to_string()),
                ("found", found.to_string()),
            ],
        ),
        other => ctx.t(&format!("bus-manifest-problem-{}", other.code())),
    };
    let detail = if f.row == 0 {
        ctx.tr.with(
            "bus-manifest-report-trip",
            &[
                ("column", f.problem.column.to_string()),
                ("message", message),
            ],
        )
    } else {
        ctx.tr.with(
            "bus-manifest-report-line",
            &[
                ("row", f.row.to_string()),
                ("column", f.problem.column.to_string()),
                ("message", message),
            ],
        )
    };
    RowProblem {
        row: f.row,
        column: f.problem.column.to_string(),
        code: f.problem.problem.code().to_string(),
        detail,
    }
}

/// Why a submission was refused as a whole: a code (`bus-manifest-<…>`) with its arguments,
/// and the problems of its lines.
#[derive(Debug)]
pub struct Refusal {
    pub code: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub problems: Vec<Found>,
    /// How many problems there were in all (only `REPORT_MAX` are listed).
    pub total: usize,
}

impl Refusal {
    pub fn of(code: &'static str) -> Refusal {
        Refusal {
            code,
            args: Vec::new(),
            problems: Vec::new(),
            total: 0,
        }
    }
}

/// Either a refusal to report (422) or another error.
#[derive(Debug)]
pub enum Failed {
    Refused(Refusal),
    Error(Error),
}

impl From<Error> for Failed {
    fn from(e: Error) -> Self {
        Failed::Error(e)
    }
}

impl From<sqlx::Error> for Failed {
    fn from(e: sqlx::Error) -> Self {
        Failed::Error(e.into())
    }
}

/// The trip with its port found and its arrival an instant.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub trip: Trip,
    pub port_id: String,
    pub arrival_at: DateTime<Utc>,
    pub arrival_day: NaiveDate,
}

impl Resolved {
    pub fn checks(&self, app: &AppState) -> Checks {
        Checks {
            today: crate::travelers::today(app),
            arrival_day: self.arrival_day,
        }
    }
}

pub fn port<'a>(app: &'a AppState, id: &str) -> Option<&'a Port> {
    app.ports.iter().find(|p| p.id == id)
}

fn trip_problem(column: &'static str, problem: ManifestProblem) -> Found {
    Found {
        row: 0,
        problem: CellProblem { column, problem },
    }
}

/// Checks the trip: its fields, a land port Garita knows, an arrival still ahead.
pub fn resolve(app: &AppState, input: &TripInput) -> Result<Resolved, Refusal> {
    let trip = input.parse().map_err(|ps| Refusal {
        code: "bus-manifest-invalid",
        args: Vec::new(),
        total: ps.len(),
        problems: ps
            .into_iter()
            .map(|p| Found { row: 0, problem: p })
            .collect(),
    })?;
    let invalid = |f: Found| Refusal {
        code: "bus-manifest-invalid",
        args: Vec::new(),
        total: 1,
        problems: vec![f],
    };
    let Some(port) = port(app, &trip.port) else {
        return Err(invalid(trip_problem(
            "port",
            garita_domain::validation::Problem::UnknownPort.into(),
        )));
    };
    let zone = port.zone();
    let arrival_at = match trip.arrival {
        Arrival::At(t) => t,
        Arrival::PortTime(local) => match zone.from_local_datetime(&local).earliest() {
            Some(t) => t.with_timezone(&Utc),
            None => {
                return Err(invalid(trip_problem(
                    "arrival_at",
                    garita_domain::validation::Problem::InvalidDate.into(),
                )))
            }
        },
    };
    if arrival_at <= app.clock.now() {
        return Err(invalid(trip_problem(
            "arrival_at",
            ManifestProblem::Field(garita_domain::validation::Problem::DateTooOld),
        )));
    }
    Ok(Resolved {
        port_id: port.id.clone(),
        arrival_day: arrival_at.with_timezone(&zone).date_naive(),
        arrival_at,
        trip,
    })
}

/// Checks a whole list of people (JSON, the form): every problem with its position, and
/// repeated documents.
pub fn check_people(people: &[TravelerInput], checks: Checks) -> Result<Vec<Traveler>, Vec<Found>> {
    let mut found = Vec::new();
    let mut out = Vec::with_capacity(people.len());
    let mut seen = garita_domain::manifests::Duplicates::default();
    for (i, p) in people.iter().enumerate() {
        match p.parse(checks) {
            Ok(t) => {
                if let Some(first) = seen.see(i + 1, &t) {
                    found.push(Found {
                        row: i + 1,
                        problem: CellProblem {
                            column: "document_number",
                            problem: ManifestProblem::Duplicate { first },
                        },
                    });
                } else {
                    out.push(t);
                }
            }
            Err(ps) => found.extend(ps.into_iter().map(|problem| Found {
                row: i + 1,
                problem,
            })),
        }
    }
    if found.is_empty() {
        Ok(out)
    } else {
        Err(found)
    }
}

/// Where a submission goes: a new trip, or a new version of one of the bus line's trips.
#[derive(Debug, Clone)]
pub enum Target {
    New,
    Replace(String),
}

/// What was stored.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Stored {
    pub id: String,
    pub version: i64,
    /// People stored in this version.
    pub travelers: usize,
    /// Lines left out ("accept the valid rows").
    pub skipped: usize,
}

#[derive(sqlx::FromRow)]
struct TripState {
    organisation_id: i64,
    status: String,
    version: i64,
}

/// Opens the transaction of a submission: the trip row (new, or the next version of an
/// expected one of the same bus line), and the version row. The caller adds the people with
/// `insert_traveler`, then `finish`es.
pub async fn begin(
    app: &AppState,
    bus: &BusLine,
    target: &Target,
    r: &Resolved,
    source: Source,
    count: usize,
) -> Result<(Tx, String, i64), Error> {
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let (id, version) = match target {
        Target::New => {
            let id = random_id();
            let inserted = sqlx::query(
                "INSERT INTO bus_trips (id, organisation_id, trip_number, origin_city, port_id,
                   arrival_at, arrival_day, plate, plate_country, status, version, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $11)",
            )
            .bind(&id)
            .bind(bus.organisation_id)
            .bind(&r.trip.trip_number)
            .bind(&r.trip.origin_city)
            .bind(&r.port_id)
            .bind(r.arrival_at.timestamp())
            .bind(r.arrival_day.to_string())
            .bind(&r.trip.plate)
            .bind(&r.trip.plate_country)
            .bind(TripStatus::Expected.as_str())
            .bind(now)
            .execute(&mut *tx)
            .await;
            match inserted {
                Ok(_) => (id, 1),
                Err(e) if crate::storage::is_unique_violation(&e) => {
                    return Err(Error::Conflict("bus-trip-exists"))
                }
                Err(e) => return Err(e.into()),
            }
        }
        Target::Replace(id) => {
            let row: Option<TripState> = sqlx::query_as(
                "SELECT organisation_id, status, version FROM bus_trips WHERE id = $1",
            )
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
            let row = row
                .filter(|t| t.organisation_id == bus.organisation_id)
                .ok_or(Error::NotFound)?;
            if TripStatus::parse(&row.status) != Some(TripStatus::Expected) {
                return Err(Error::Conflict("bus-trip-closed"));
            }
            let version = row.version + 1;
            // Conditional on the version read, so two corrections at once make two versions,
            // never one version twice.
            let updated = sqlx::query(
                "UPDATE bus_trips SET trip_number = $1, origin_city = $2, port_id = $3,
                   arrival_at = $4, arrival_day = $5, plate = $6, plate_country = $7,
                   version = $8, updated_at = $9
                 WHERE id = $10 AND version = $11 AND status = $12",
            )
            .bind(&r.trip.trip_number)
            .bind(&r.trip.origin_city)
            .bind(&r.port_id)
            .bind(r.arrival_at.timestamp())
            .bind(r.arrival_day.to_string())
            .bind(&r.trip.plate)
            .bind(&r.trip.plate_country)
            .bind(version)
            .bind(now)
            .bind(id)
            .bind(row.version)
            .bind(TripStatus::Expected.as_str())
            .execute(&mut *tx)
            .await;
            match updated {
                Ok(u) if u.rows_affected() == 1 => {}
                Ok(_) => return Err(Error::Conflict("bus-trip-closed")),
                Err(e) if crate::storage::is_unique_violation(&e) => {
                    return Err(Error::Conflict("bus-trip-exists"))
                }
                Err(e) => return Err(e.into()),
            }
            (id.clone(), version)
        }
    };
    sqlx::query(
        "INSERT INTO bus_manifest_versions (trip_id, version, source, travelers, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(version)
    .bind(source.as_str())
    .bind(count as i64)
    .bind(now)
    .bind(bus.account().map(|a| a.id))
    .execute(&mut *tx)
    .await?;
    Ok((tx, id, version))
}

/// Seals and stores one person of a version.
#[allow(clippy::too_many_arguments)]
pub async fn insert_traveler(
    app: &AppState,
    tx: &mut Tx,
    trip_id: &str,
    version: i64,
    position: usize,
    t: &Traveler,
    added: bool,
    state: PassengerState,
) -> Result<String, Error> {
    let id = random_id();
    let sealed = app
        .vault
        .seal(&format!("bus-traveler:{id}"), &serde_json::to_vec(t)?);
    sqlx::query(
        "INSERT INTO bus_manifest_travelers (id, trip_id, version, position, sealed, added, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(trip_id)
    .bind(version)
    .bind(position as i64)
    .bind(sealed)
    .bind(i64::from(added))
    .bind(state.as_str())
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// Audits and commits a submission.
pub async fn finish(
    app: &AppState,
    mut tx: Tx,
    bus: &BusLine,
    ip: IpAddr,
    stored: &Stored,
    source: Source,
) -> Result<(), Error> {
    audit::record(
        &mut tx,
        Entry {
            actor: bus.account(),
            action: "bus-manifest-submit",
            subject: format!("bus-trip:{}", stored.id),
            detail: format!(
                "organisation={}{} version={} travelers={} skipped={} source={}",
                bus.organisation_id,
                bus.audit_actor(),
                stored.version,
                stored.travelers,
                stored.skipped,
                source.as_str()
            ),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A submission already checked whole (JSON, the form): stored in one transaction.
pub async fn submit(
    app: &AppState,
    bus: &BusLine,
    ip: IpAddr,
    target: Target,
    trip: &TripInput,
    people: &[TravelerInput],
    source: Source,
) -> Result<Stored, Failed> {
    let resolved = resolve(app, trip).map_err(Failed::Refused)?;
    if people.is_empty() {
        return Err(Failed::Refused(Refusal::of("bus-manifest-empty")));
    }
    if people.len() > garita_domain::manifests::MAX_TRAVELERS {
        return Err(Failed::Refused(Refusal::of("bus-manifest-too-many")));
    }
    let travelers = check_people(people, resolved.checks(app)).map_err(|found| {
        Failed::Refused(Refusal {
            code: "bus-manifest-invalid",
            args: Vec::new(),
            total: found.len(),
            problems: found.into_iter().take(REPORT_MAX).collect(),
        })
    })?;
    let (mut tx, id, version) =
        begin(app, bus, &target, &resolved, source, travelers.len()).await?;
    for (i, t) in travelers.iter().enumerate() {
        insert_traveler(
            app,
            &mut tx,
            &id,
            version,
            i + 1,
            t,
            false,
            PassengerState::Expected,
        )
        .await?;
    }
    let stored = Stored {
        id,
        version,
        travelers: travelers.len(),
        skipped: 0,
    };
    finish(app, tx, bus, ip, &stored, source).await?;
    Ok(stored)
}

/// A trip as its carrier sees it: what it sent and counts — never a person's outcome.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CarrierTrip {
    pub id: String,
    pub trip_number: String,
    pub origin_city: String,
    pub port: String,
    #[schema(value_type = String, format = DateTime)]
    pub arrival_at: DateTime<Utc>,
    pub plate: String,
    pub plate_country: String,
    /// `expected`, `arrived` or `processed`.
    pub status: String,
    pub version: i64,
    #[schema(value_type = TripCounts)]
    pub counts: Counts,
}

/// A trip's counts.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct TripCounts {
    /// People on the current manifest.
    manifested: usize,
    /// Of them, seen at the port.
    arrived: usize,
    /// Of them, not on board.
    missing: usize,
    /// People added at the port who were not on the manifest.
    added: usize,
}

#[derive(sqlx::FromRow)]
pub(crate) struct TripRow {
    pub id: String,
    pub organisation_id: i64,
    pub trip_number: String,
    pub origin_city: String,
    pub port_id: String,
    pub arrival_at: i64,
    pub plate: String,
    pub plate_country: String,
    pub status: String,
    pub version: i64,
}

const TRIP_COLUMNS: &str = "id, organisation_id, trip_number, origin_city, port_id, arrival_at, plate, plate_country, status, version";

#[derive(sqlx::FromRow)]
struct CountRow {
    trip_id: String,
    version: i64,
    state: String,
    added: i64,
    n: i64,
}

/// Counts of many trips at once, from the states (nothing unsealed).
async fn counts_of(
    app: &AppState,
    trips: &[TripRow],
) -> Result<std::collections::HashMap<String, Counts>, Error> {
    let mut out = std::collections::HashMap::new();
    for chunk in trips.chunks(100) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT trip_id, version, state, added, COUNT(*) AS n FROM bus_manifest_travelers
             WHERE trip_id IN ({}) GROUP BY trip_id, version, state, added",
            placeholders.join(", ")
        );
        let mut q = sqlx::query_as::<_, CountRow>(sqlx::AssertSqlSafe(sql));
        for t in chunk {
            q = q.bind(&t.id);
        }
        let rows = q.fetch_all(&app.db.read).await?;
        for t in chunk {
            let people = rows
                .iter()
                .filter(|r| r.trip_id == t.id && r.version == t.version)
                .flat_map(|r| {
                    let state = PassengerState::parse(&r.state).unwrap_or(PassengerState::Expected);
                    std::iter::repeat_n((state, r.added == 1), r.n.max(0) as usize)
                });
            out.insert(t.id.clone(), Counts::of(people));
        }
    }
    Ok(out)
}

fn carrier_trip(t: TripRow, counts: Counts) -> CarrierTrip {
    CarrierTrip {
        arrival_at: DateTime::from_timestamp(t.arrival_at, 0).unwrap_or_default(),
        id: t.id,
        trip_number: t.trip_number,
        origin_city: t.origin_city,
        port: t.port_id,
        plate: t.plate,
        plate_country: t.plate_country,
        status: t.status,
        version: t.version,
        counts,
    }
}

/// The bus line's trips, latest arrival first.
pub async fn carrier_trips(
    app: &AppState,
    organisation_id: i64,
) -> Result<Vec<CarrierTrip>, Error> {
    let rows: Vec<TripRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {TRIP_COLUMNS} FROM bus_trips WHERE organisation_id = $1 ORDER BY arrival_at DESC LIMIT 200"
    )))
    .bind(organisation_id)
    .fetch_all(&app.db.read)
    .await?;
    let mut counts = counts_of(app, &rows).await?;
    Ok(rows
        .into_iter()
        .map(|t| {
            let c = counts.remove(&t.id).unwrap_or_default();
            carrier_trip(t, c)
        })
        .collect())
}

pub(crate) async fn trip_row(app: &AppState, id: &str) -> Result<TripRow, Error> {
    let row: Option<TripRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {TRIP_COLUMNS} FROM bus_trips WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(&app.db.read)
    .await?;
    row.ok_or(Error::NotFound)
}

/// One of the bus line's trips (another bus line's is not found).
pub async fn carrier_trip_of(
    app: &AppState,
    organisation_id: i64,
    id: &str,
) -> Result<CarrierTrip, Error> {
    let t = trip_row(app, id).await?;
    if t.organisation_id != organisation_id {
        return Err(Error::NotFound);
    }
    let mut counts = counts_of(app, std::slice::from_ref(&t)).await?;
    let c = counts.remove(&t.id).unwrap_or_default();
    Ok(carrier_trip(t, c))
}

/// A version of a manifest, as listed.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct VersionRow {
    pub version: i64,
    /// `form`, `csv` or `api`.
    pub source: String,
    /// People in this version.
    pub travelers: i64,
    /// Seconds since the epoch.
    pub created_at: i64,
}

pub async fn versions(app: &AppState, trip_id: &str) -> Result<Vec<VersionRow>, Error> {
    Ok(sqlx::query_as(
        "SELECT version, source, travelers, created_at FROM bus_manifest_versions
         WHERE trip_id = $1 ORDER BY version DESC",
    )
    .bind(trip_id)
    .fetch_all(&app.db.read)
    .await?)
}

/// A person of a manifest as the officer sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PersonEntry {
    pub id: String,
    pub position: i64,
    #[schema(value_type = Object)]
    pub traveler: Traveler,
    /// Added at the port (not on the manifest).
    pub added: bool,
    /// `expected`, `processed` or `not-on-board`.
    pub state: String,
    /// For a processed person: `admitted`, `secondary` or `refused`.
    #[schema(required = true)]
    pub outcome: Option<String>,
}

#[derive(sqlx::FromRow)]
struct PersonRow {
    id: String,
    position: i64,
    sealed: Vec<u8>,
    added: i64,
    state: String,
    outcome: Option<String>,
}

/// Opens the people of one version of a trip.
pub(crate) async fn people(
    app: &AppState,
    trip_id: &str,
    version: i64,
) -> Result<Vec<PersonEntry>, Error> {
    let rows: Vec<PersonRow> = sqlx::query_as(
        "SELECT id, position, sealed, added, state, outcome FROM bus_manifest_travelers
         WHERE trip_id = $1 AND version = $2 ORDER BY added, position",
    )
    .bind(trip_id)
    .bind(version)
    .fetch_all(&app.db.read)
    .await?;
    rows.into_iter()
        .map(|r| {
            let plain = app
                .vault
                .open(&format!("bus-traveler:{}", r.id), &r.sealed)?;
            Ok(PersonEntry {
                traveler: serde_json::from_slice(&plain)?,
                id: r.id,
                position: r.position,
                added: r.added == 1,
                state: r.state,
                outcome: r.outcome,
            })
        })
        .collect()
}

/// The port's trips of a day, by arrival time, with counts (nothing unsealed).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PortTrip {
    pub id: String,
    pub port_id: String,
    pub carrier: String,
    pub trip_number: String,
    pub origin_city: String,
    #[schema(value_type = String, format = DateTime)]
    pub arrival_at: DateTime<Utc>,
    pub plate: String,
    pub plate_country: String,
    pub status: String,
    pub version: i64,
    #[schema(value_type = TripCounts)]
    pub counts: Counts,
}

#[derive(sqlx::FromRow)]
struct NameRow {
    id: i64,
    legal_name: String,
}

pub async fn port_trips(
    app: &AppState,
    port_id: &str,
    day: NaiveDate,
) -> Result<Vec<PortTrip>, Error> {
    let rows: Vec<TripRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {TRIP_COLUMNS} FROM bus_trips WHERE port_id = $1 AND arrival_day = $2 ORDER BY arrival_at, id"
    )))
    .bind(port_id)
    .bind(day.to_string())
    .fetch_all(&app.db.read)
    .await?;
    let mut counts = counts_of(app, &rows).await?;
    let names: Vec<NameRow> = sqlx::query_as("SELECT id, legal_name FROM organisations")
        .fetch_all(&app.db.read)
        .await?;
    Ok(rows
        .into_iter()
        .map(|t| PortTrip {
            carrier: names
                .iter()
                .find(|n| n.id == t.organisation_id)
                .map(|n| n.legal_name.clone())
                .unwrap_or_default(),
            counts: counts.remove(&t.id).unwrap_or_default(),
            arrival_at: DateTime::from_timestamp(t.arrival_at, 0).unwrap_or_default(),
            id: t.id,
            port_id: t.port_id,
            trip_number: t.trip_number,
            origin_city: t.origin_city,
            plate: t.plate,
            plate_country: t.plate_country,
            status: t.status,
            version: t.version,
        })
        .collect())
}

/// What the officer does to one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Processed(PassengerOutcome),
    NotOnBoard,
}

impl Decision {
    pub fn parse(state: &str, outcome: &str) -> Result<Decision, Error> {
        match PassengerState::parse(state.trim()) {
            Some(PassengerState::Processed) => PassengerOutcome::parse(outcome.trim())
                .map(Decision::Processed)
                .ok_or(Error::field(
                    "outcome",
                    garita_domain::validation::Problem::UnknownChoice,
                )),
            Some(PassengerState::NotOnBoard) => Ok(Decision::NotOnBoard),
            _ => Err(Error::field(
                "state",
                garita_domain::validation::Problem::UnknownChoice,
            )),
        }
    }
}

/// The trip at the officer's port, for a change: open (not processed yet).
async fn open_trip_at(app: &AppState, account: &Account, trip_id: &str) -> Result<TripRow, Error> {
    let t = trip_row(app, trip_id).await?;
    crate::port_console::scope(app, account, Some(&t.port_id))?;
    if TripStatus::parse(&t.status) == Some(TripStatus::Processed) {
        return Err(Error::Conflict("bus-trip-closed"));
    }
    Ok(t)
}

/// Whether the trip is at the officer's port (or the caller is an admin): another port's trip
/// is not found. Handlers ask before reading a body, so a body never tells what exists.
pub async fn at_port(app: &AppState, account: &Account, trip_id: &str) -> Result<(), Error> {
    let t = trip_row(app, trip_id).await?;
    crate::port_console::scope(app, account, Some(&t.port_id))?;
    Ok(())
}

/// Marks the trip arrived (the first thing recorded about it).
async fn mark_arrived(tx: &mut Tx, trip_id: &str, now: i64) -> Result<(), Error> {
    sqlx::query("UPDATE bus_trips SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4")
        .bind(TripStatus::Arrived.as_str())
        .bind(now)
        .bind(trip_id)
        .bind(TripStatus::Expected.as_str())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Records one person: processed (with the outcome) or not on board. Audited.
pub async fn decide(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    trip_id: &str,
    person_id: &str,
    decision: Decision,
) -> Result<(), Error> {
    let t = open_trip_at(app, account, trip_id).await?;
    let now = app.clock.timestamp();
    let (state, outcome) = match decision {
        Decision::Processed(o) => (PassengerState::Processed, Some(o.as_str())),
        Decision::NotOnBoard => (PassengerState::NotOnBoard, None),
    };
    let mut tx = app.db.begin().await?;
    let n = sqlx::query(
        "UPDATE bus_manifest_travelers SET state = $1, outcome = $2, decided_at = $3, decided_by = $4
         WHERE id = $5 AND trip_id = $6 AND version = $7",
    )
    .bind(state.as_str())
    .bind(outcome)
    .bind(now)
    .bind(account.id)
    .bind(person_id)
    .bind(trip_id)
    .bind(t.version)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if n == 0 {
        return Err(Error::NotFound);
    }
    mark_arrived(&mut tx, trip_id, now).await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "bus-manifest-decide",
            subject: format!("bus-traveler:{person_id}"),
            detail: format!(
                "trip={trip_id} state={}{}",
                state.as_str(),
                outcome.map(|o| format!(" outcome={o}")).unwrap_or_default()
            ),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a person found on the bus who was not on the manifest, processed with `outcome`.
pub async fn add_person(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    trip_id: &str,
    input: &TravelerInput,
    outcome: PassengerOutcome,
) -> Result<String, Error> {
    let t = open_trip_at(app, account, trip_id).await?;
    let arrival_day = port(app, &t.port_id)
        .map(|p| crate::port_console::port_today(p, app.clock.now()))
        .unwrap_or_else(|| app.clock.now().date_naive());
    let checks = Checks {
        today: crate::travelers::today(app),
        arrival_day,
    };
    let traveler = input.parse(checks).map_err(|ps| {
        Error::Invalid(garita_domain::validation::Invalid(
            ps.into_iter()
                .map(|p| FieldError {
                    field: p.column,
                    problem: match p.problem {
                        ManifestProblem::Field(f) => f,
                        ManifestProblem::DateNotIso => {
                            garita_domain::validation::Problem::InvalidDate
                        }
                        ManifestProblem::DocumentExpired => {
                            garita_domain::validation::Problem::DateTooOld
                        }
                        ManifestProblem::SecondaryDocument => {
                            garita_domain::validation::Problem::UnknownDocumentType
                        }
                        ManifestProblem::Duplicate { .. } | ManifestProblem::Width { .. } => {
                            garita_domain::validation::Problem::UnknownChoice
                        }
                    },
                })
                .collect(),
        ))
    })?;
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let position: Option<i64> = sqlx::query_scalar(
        "SELECT MAX(position) FROM bus_manifest_travelers WHERE trip_id = $1 AND version = $2",
    )
    .bind(trip_id)
    .bind(t.version)
    .fetch_one(&mut *tx)
    .await?;
    let id = insert_traveler(
        app,
        &mut tx,
        trip_id,
        t.version,
        position.unwrap_or(0) as usize + 1,
        &traveler,
        true,
        PassengerState::Processed,
    )
    .await?;
    sqlx::query(
        "UPDATE bus_manifest_travelers SET outcome = $1, decided_at = $2, decided_by = $3 WHERE id = $4",
    )
    .bind(outcome.as_str())
    .bind(now)
    .bind(account.id)
    .bind(&id)
    .execute(&mut *tx)
    .await?;
    mark_arrived(&mut tx, trip_id, now).await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "bus-manifest-add",
            subject: format!("bus-traveler:{id}"),
            detail: format!("trip={trip_id} outcome={}", outcome.as_str()),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Closes the trip: everyone still expected was not on board; the counts are kept as its
/// summary. Audited.
pub async fn close(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    trip_id: &str,
) -> Result<Counts, Error> {
    let t = open_trip_at(app, account, trip_id).await?;
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "UPDATE bus_manifest_travelers SET state = $1, decided_at = $2, decided_by = $3
         WHERE trip_id = $4 AND version = $5 AND state = $6",
    )
    .bind(PassengerState::NotOnBoard.as_str())
    .bind(now)
    .bind(account.id)
    .bind(trip_id)
    .bind(t.version)
    .bind(PassengerState::Expected.as_str())
    .execute(&mut *tx)
    .await?;
    let rows: Vec<CountRow> = sqlx::query_as(
        "SELECT trip_id, version, state, added, COUNT(*) AS n FROM bus_manifest_travelers
         WHERE trip_id = $1 AND version = $2 GROUP BY trip_id, version, state, added",
    )
    .bind(trip_id)
    .bind(t.version)
    .fetch_all(&mut *tx)
    .await?;
    let counts = Counts::of(rows.iter().flat_map(|r| {
        let state = PassengerState::parse(&r.state).unwrap_or(PassengerState::Expected);
        std::iter::repeat_n((state, r.added == 1), r.n.max(0) as usize)
    }));
    let closed = sqlx::query(
        "UPDATE bus_trips SET status = $1, processed_at = $2, processed_by = $3, summary = $4, updated_at = $2
         WHERE id = $5 AND status <> $1",
    )
    .bind(TripStatus::Processed.as_str())
    .bind(now)
    .bind(account.id)
    .bind(serde_json::to_string(&counts)?)
    .bind(trip_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if closed == 0 {
        return Err(Error::Conflict("bus-trip-closed"));
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "bus-manifest-close",
            subject: format!("bus-trip:{trip_id}"),
            detail: format!(
                "manifested={} arrived={} missing={} added={}",
                counts.manifested, counts.arrived, counts.missing, counts.added
            ),
            ip,
            at: now,
        },
    )
    .await?;
    // One trip processed, with the people who came through (arrived and added).
    let day = crate::statistics::counters::local_day(&app.ports, &t.port_id, app.clock.now());
    crate::statistics::count(
        &mut tx,
        day,
        &t.port_id,
        garita_domain::statistics::Metric::BusTrips,
        "",
        1,
        (counts.arrived + counts.added) as i64,
    )
    .await?;
    tx.commit().await?;
    Ok(counts)
}

/// A trip's manifest as the officer sees it: the trip, its people, and what changed from the
/// version before.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Manifest {
    pub trip: PortTrip,
    pub people: Vec<PersonEntry>,
    pub versions: Vec<VersionRow>,
    #[schema(value_type = Object)]
    pub changes: Changes,
}

/// What changed from the version before: names and columns.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Changes {
    pub from_version: Option<i64>,
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<(String, Vec<&'static str>)>,
}

/// Opens a trip's manifest for an officer of its port (or an admin). Audited as a view.
pub async fn manifest(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    trip_id: &str,
) -> Result<Manifest, Error> {
    let t = trip_row(app, trip_id).await?;
    crate::port_console::scope(app, account, Some(&t.port_id))?;
    let day = DateTime::from_timestamp(t.arrival_at, 0)
        .unwrap_or_default()
        .with_timezone(
            &port(app, &t.port_id)
                .map(|p| p.zone())
                .unwrap_or(chrono_tz::UTC),
        )
        .date_naive();
    let trip = port_trips(app, &t.port_id, day)
        .await?
        .into_iter()
        .find(|p| p.id == t.id)
        .ok_or(Error::NotFound)?;
    let people = people(app, &t.id, t.version).await?;
    let mut changes = Changes::default();
    if t.version > 1 {
        let before: Vec<Traveler> = self::people(app, &t.id, t.version - 1)
            .await?
            .into_iter()
            .filter(|p| !p.added)
            .map(|p| p.traveler)
            .collect();
        let now: Vec<Traveler> = people
            .iter()
            .filter(|p| !p.added)
            .map(|p| p.traveler.clone())
            .collect();
        let d = garita_domain::manifests::diff(&before, &now);
        changes.from_version = Some(t.version - 1);
        changes.added = d.added.iter().map(|&j| now[j].full_name()).collect();
        changes.removed = d.removed.iter().map(|&i| before[i].full_name()).collect();
        changes.changed = d
            .changed
            .into_iter()
            .map(|(_, j, cols)| (now[j].full_name(), cols))
            .collect();
    }
    let versions = versions(app, &t.id).await?;
    audit::record_view(
        app,
        Entry {
            actor: Some(account),
            action: "bus-manifest-view",
            subject: format!("bus-trip:{}", t.id),
            detail: format!("version={} travelers={}", t.version, people.len()),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(Manifest {
        trip,
        people,
        versions,
        changes,
    })
}

/// Retention: trips whose arrival is older than `before` go, with their versions and people.
pub async fn purge(app: &AppState, before: i64) -> Result<u64, Error> {
    Ok(sqlx::query("DELETE FROM bus_trips WHERE arrival_at < $1")
        .bind(before)
        .execute(&app.db.write)
        .await?
        .rows_affected())
}

/// A refused submission as problem+json (422): the code, a title and detail in the caller's
/// language, how many problems there were, and each listed one with its row and column.
pub fn refusal_response(ctx: &Ctx, r: &Refusal) -> axum::response::Response {
    use axum::http::header::{self, HeaderValue};
    use axum::response::IntoResponse;
    let mut args = r.args.clone();
    args.push(("count", r.total.to_string()));
    let errors: Vec<RowProblem> = r.problems.iter().map(|f| words(ctx, f)).collect();
    let body = serde_json::json!({
        "type": format!("urn:garita:problem:{}", r.code),
        "title": ctx.t(&format!("{}-title", r.code)),
        "status": 422,
        "code": r.code,
        "detail": ctx.tr.with(r.code, &args),
        "instance": ctx.path,
        "problems": r.total,
        "rows": errors,
    });
    let mut res = (
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        body.to_string(),
    )
        .into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    res.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(ctx.tr.code()),
    );
    res
}
