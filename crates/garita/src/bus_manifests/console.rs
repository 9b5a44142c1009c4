//! The officer's "Buses today" (`/console/buses`): the port's trips by arrival time with counts
//! and status; a trip's manifest (`/console/buses/{id}`) with what changed from the version
//! before; each person processed (with the outcome) or not on board; a person added; the trip
//! closed; the manifest exported as CSV through the one escaping writer. Every view and change
//! is audited.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::NaiveDate;
use garita_domain::manifests::{PassengerOutcome, TravelerInput, COLUMNS};
use garita_domain::ports::Port;
use serde::Deserialize;

use super::{Decision, Manifest, PortTrip};
use crate::audit::{self, Entry};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::Staff;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/console/buses", get(day))
        .route("/console/buses/{id}", get(trip))
        .route("/console/buses/{id}/export.csv", get(export))
        .route("/console/buses/{id}/travelers", post(add))
        .route("/console/buses/{id}/travelers/{person}", post(decide))
        .route("/console/buses/{id}/close", post(close))
}

#[derive(Deserialize)]
struct DayQuery {
    port: Option<String>,
}

#[derive(Template)]
#[template(path = "bus_manifests/console_day.html")]
struct DayPage<'a> {
    ctx: &'a Ctx,
    port: &'a Port,
    date: NaiveDate,
    /// Each trip with its arrival time in words.
    trips: Vec<(PortTrip, String)>,
}

impl DayPage<'_> {
    fn status(&self, s: &str) -> String {
        self.ctx.t(&format!("bus-manifest-status-{s}"))
    }
}

async fn day(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Query(q): Query<DayQuery>,
) -> Result<Response> {
    let port = crate::port_console::scope(&app, account, q.port.as_deref())?;
    let date = crate::port_console::port_today(port, app.clock.now());
    let trips = super::port_trips(&app, &port.id, date).await?;
    audit::record_view(
        &app,
        Entry {
            actor: Some(account),
            action: "bus-manifest-day",
            subject: format!("port:{}", port.id),
            detail: format!("date={date} trips={}", trips.len()),
            ip: ctx.client_ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    let zone = port.zone();
    let trips = trips
        .into_iter()
        .map(|t| {
            let when = crate::locale_format::time(ctx.tr.code(), t.arrival_at, zone);
            (t, when)
        })
        .collect();
    Ok(render(
        StatusCode::OK,
        &DayPage {
            ctx: &ctx,
            port,
            date,
            trips,
        },
    ))
}

#[derive(Template)]
#[template(path = "bus_manifests/console_trip.html")]
struct TripPage<'a> {
    ctx: &'a Ctx,
    m: Manifest,
    when: String,
    closed: bool,
    errors: FormErrors,
    add: TravelerInput,
}

impl TripPage<'_> {
    fn status(&self, s: &str) -> String {
        self.ctx.t(&format!("bus-manifest-status-{s}"))
    }
    fn person_state(&self, s: &str) -> String {
        self.ctx.t(&format!("bus-manifest-person-{s}"))
    }
    fn role(&self, s: &str) -> String {
        self.ctx.t(&format!("bus-manifest-role-{s}"))
    }
    fn outcome(&self, s: &str) -> String {
        self.ctx.t(&format!("bus-manifest-outcome-{s}"))
    }
    fn document(&self, d: &garita_domain::manifests::ManifestDocument) -> String {
        self.ctx.t(&format!("bus-manifest-document-{}", d.as_str()))
    }
    fn label(&self, column: &str) -> String {
        self.ctx
            .t(&format!("bus-manifest-column-{}", column.replace('_', "-")))
    }
    fn columns(&self) -> &'static [&'static str] {
        &COLUMNS
    }
    fn outcomes(&self) -> &'static [&'static str] {
        PassengerOutcome::TEXTS
    }
    fn changed_columns(&self, cols: &[&'static str]) -> String {
        cols.iter()
            .map(|c| self.label(c))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

async fn trip_page(
    app: &AppState,
    ctx: &Ctx,
    account: &crate::http::session::Account,
    id: &str,
    errors: FormErrors,
    add: TravelerInput,
    status: StatusCode,
) -> Result<Response> {
    let m = super::manifest(app, account, ctx.client_ip, id).await?;
    let zone = super::port(app, &m.trip.port_id)
        .map(|p| p.zone())
        .unwrap_or(chrono_tz::UTC);
    let when = crate::locale_format::date_time(ctx.tr.code(), m.trip.arrival_at, zone);
    let closed = m.trip.status == garita_domain::manifests::TripStatus::Processed.as_str();
    Ok(render(
        status,
        &TripPage {
            ctx,
            m,
            when,
            closed,
            errors,
            add,
        },
    ))
}

async fn trip(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response> {
    trip_page(
        &app,
        &ctx,
        account,
        &id,
        FormErrors::default(),
        TravelerInput::default(),
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
struct DecisionForm {
    #[serde(default)]
    state: String,
    #[serde(default)]
    outcome: String,
}

async fn decide(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Path((id, person)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<DecisionForm>,
) -> Result<Response> {
    super::at_port(&app, account, &id).await?;
    let decision = Decision::parse(&form.state, &form.outcome)?;
    super::decide(&app, account, ctx.client_ip, &id, &person, decision).await?;
    Ok(Redirect::to(&format!("/console/buses/{id}#person-{person}")).into_response())
}

async fn add(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<std::collections::HashMap<String, String>>,
) -> Result<Response> {
    let cells: Vec<String> = COLUMNS
        .iter()
        .map(|c| form.get(*c).cloned().unwrap_or_default())
        .collect();
    let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
    let input = garita_domain::manifests::Header::parse(&COLUMNS)
        .map(|h| h.input(&refs))
        .unwrap_or_default();
    super::at_port(&app, account, &id).await?;
    let outcome = form.get("outcome").map(String::as_str).unwrap_or_default();
    let result = match PassengerOutcome::parse(outcome) {
        Some(o) => super::add_person(&app, account, ctx.client_ip, &id, &input, o).await,
        None => Err(Error::field(
            "outcome",
            garita_domain::validation::Problem::UnknownChoice,
        )),
    };
    match result {
        Ok(_) => Ok(Redirect::to(&format!("/console/buses/{id}")).into_response()),
        Err(Error::Invalid(invalid)) => {
            trip_page(
                &app,
                &ctx,
                account,
                &id,
                FormErrors::from_invalid(&ctx, &invalid),
                input,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

async fn close(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<std::collections::HashMap<String, String>>,
) -> Result<Response> {
    super::close(&app, account, ctx.client_ip, &id).await?;
    Ok(Redirect::to(&format!("/console/buses/{id}")).into_response())
}

/// The manifest as CSV (the template's columns, then the port's state and outcome), through
/// the writer that keeps formulas as text. Audited.
async fn export(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response> {
    let m = super::manifest(&app, account, ctx.client_ip, &id).await?;
    let mut out = String::new();
    let mut head: Vec<&str> = COLUMNS.to_vec();
    head.extend(["added", "state", "outcome"]);
    crate::csv::write_row(&mut out, &head);
    for p in &m.people {
        let input = p.traveler.to_input();
        let mut cells: Vec<String> = input.cells().iter().map(|c| c.to_string()).collect();
        cells.push(if p.added { "yes" } else { "no" }.to_string());
        cells.push(p.state.clone());
        cells.push(p.outcome.clone().unwrap_or_default());
        crate::csv::write_row(&mut out, &cells);
    }
    audit::record_view(
        &app,
        Entry {
            actor: Some(account),
            action: "bus-manifest-export",
            subject: format!("bus-trip:{id}"),
            detail: format!("travelers={}", m.people.len()),
            ip: ctx.client_ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"bus-trip-{}.csv\"",
                    m.trip.trip_number
                ),
            ),
        ],
        out,
    )
        .into_response())
}
