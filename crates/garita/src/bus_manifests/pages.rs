//! The bus line's pages: its trips with counts only (`/bus-manifests`), a trip
//! (`/bus-manifests/{id}`), the CSV upload with its report (`/bus-manifests/upload`, also for a
//! correction with `?trip=`), the template (`/bus-manifests/template.csv`) and a form for small
//! buses (`/bus-manifests/new`, a few lines typed in).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use garita_domain::manifests::{TravelerInput, TripInput, COLUMNS};
use serde::Deserialize;

use super::csv_import::{self, Encoding, Options};
use super::{words, BusLine, CarrierTrip, Failed, Refusal, RowProblem, Source, Target, VersionRow};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::pages::render;
use crate::state::AppState;

/// Lines of the form for small buses.
pub const FORM_LINES: usize = 6;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/bus-manifests", get(list))
        .route("/bus-manifests/template.csv", get(template))
        .route("/bus-manifests/new", get(new_form).post(new_submit))
        .route("/bus-manifests/{id}", get(trip))
        .route(
            "/bus-manifests/upload",
            get(upload_form)
                .post(upload)
                .layer(DefaultBodyLimit::max(super::UPLOAD_LIMIT)),
        )
}

/// A report of a refused submission, in the reader's words.
pub struct Report {
    pub message: String,
    pub rows: Vec<RowProblem>,
    /// Problems not listed (beyond `REPORT_MAX`).
    pub more: usize,
}

fn report(ctx: &Ctx, r: &Refusal) -> Report {
    let mut args = r.args.clone();
    args.push(("count", r.total.to_string()));
    Report {
        message: ctx.tr.with(r.code, &args),
        rows: r.problems.iter().map(|f| words(ctx, f)).collect(),
        more: r.total.saturating_sub(r.problems.len()),
    }
}

fn conflict_report(ctx: &Ctx, e: &Error) -> Option<Report> {
    match e {
        Error::Conflict(code) => Some(Report {
            message: ctx.t(&format!("error-{code}")),
            rows: Vec::new(),
            more: 0,
        }),
        _ => None,
    }
}

#[derive(Template)]
#[template(path = "bus_manifests/list.html")]
struct ListPage<'a> {
    ctx: &'a Ctx,
    /// Each trip with its arrival in words.
    trips: Vec<(CarrierTrip, String)>,
}

impl ListPage<'_> {
    fn status(&self, s: &str) -> String {
        self.ctx.t(&format!("bus-manifest-status-{s}"))
    }
}

/// An arrival in the port's time and zone, in the reader's language.
pub fn arrival_words(
    app: &AppState,
    ctx: &Ctx,
    port_id: &str,
    at: chrono::DateTime<chrono::Utc>,
) -> String {
    let zone = super::port(app, port_id)
        .map(|p| p.zone())
        .unwrap_or(chrono_tz::UTC);
    format!(
        "{} ({})",
        crate::locale_format::date_time(ctx.tr.code(), at, zone),
        crate::locale_format::zone_name(ctx.tr.code(), zone, at)
    )
}

async fn list(State(app): State<AppState>, bus: BusLine, ctx: Ctx) -> Result<Response> {
    let trips = super::carrier_trips(&app, bus.organisation_id)
        .await?
        .into_iter()
        .map(|t| {
            let when = arrival_words(&app, &ctx, &t.port, t.arrival_at);
            (t, when)
        })
        .collect();
    Ok(render(StatusCode::OK, &ListPage { ctx: &ctx, trips }))
}

#[derive(Template)]
#[template(path = "bus_manifests/trip.html")]
struct TripPage<'a> {
    ctx: &'a Ctx,
    trip: CarrierTrip,
    when: String,
    versions: Vec<VersionRow>,
    saved: bool,
}

impl TripPage<'_> {
    fn status(&self, s: &str) -> String {
        self.ctx.t(&format!("bus-manifest-status-{s}"))
    }
    fn source(&self, s: &str) -> String {
        self.ctx.t(&format!("bus-manifest-source-{s}"))
    }
    fn at(&self, secs: &i64) -> String {
        crate::locale_format::date_time(
            self.ctx.tr.code(),
            chrono::DateTime::from_timestamp(*secs, 0).unwrap_or_default(),
            chrono_tz::UTC,
        )
    }
}

#[derive(Deserialize)]
struct TripQuery {
    #[serde(default)]
    saved: String,
}

async fn trip(
    State(app): State<AppState>,
    bus: BusLine,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<TripQuery>,
) -> Result<Response> {
    let trip = super::carrier_trip_of(&app, bus.organisation_id, &id).await?;
    let versions = super::versions(&app, &id).await?;
    let when = arrival_words(&app, &ctx, &trip.port, trip.arrival_at);
    Ok(render(
        StatusCode::OK,
        &TripPage {
            ctx: &ctx,
            when,
            trip,
            versions,
            saved: !q.saved.is_empty(),
        },
    ))
}

async fn template(_bus: BusLine) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"bus-manifest-template.csv\"",
            ),
        ],
        csv_import::template(),
    )
        .into_response()
}

#[derive(Template)]
#[template(path = "bus_manifests/upload.html")]
struct UploadPage<'a> {
    ctx: &'a Ctx,
    trip: TripInput,
    /// The trip this corrects (empty for a new one).
    target: String,
    encoding: String,
    accept_valid: bool,
    report: Option<Report>,
    ports: Vec<(String, String)>,
}

fn land_ports(app: &AppState) -> Vec<(String, String)> {
    app.ports
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect()
}

#[derive(Deserialize)]
struct UploadQuery {
    #[serde(default)]
    trip: String,
}

/// The trip's current fields, for a correction's form.
async fn trip_input(app: &AppState, bus: &BusLine, id: &str) -> Result<TripInput> {
    let t = super::carrier_trip_of(app, bus.organisation_id, id).await?;
    let zone = super::port(app, &t.port)
        .map(|p| p.zone())
        .unwrap_or(chrono_tz::UTC);
    Ok(TripInput {
        trip_number: t.trip_number,
        origin_city: t.origin_city,
        port: t.port,
        arrival_at: t
            .arrival_at
            .with_timezone(&zone)
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
        plate: t.plate,
        plate_country: t.plate_country,
    })
}

async fn upload_form(
    State(app): State<AppState>,
    bus: BusLine,
    ctx: Ctx,
    Query(q): Query<UploadQuery>,
) -> Result<Response> {
    let trip = if q.trip.is_empty() {
        TripInput::default()
    } else {
        trip_input(&app, &bus, &q.trip).await?
    };
    Ok(render(
        StatusCode::OK,
        &UploadPage {
            ctx: &ctx,
            trip,
            target: q.trip,
            encoding: "utf-8".into(),
            accept_valid: false,
            report: None,
            ports: land_ports(&app),
        },
    ))
}

fn trip_of(fields: &HashMap<String, String>) -> TripInput {
    let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
    TripInput {
        trip_number: get("trip_number"),
        origin_city: get("origin_city"),
        port: get("port"),
        arrival_at: get("arrival_at"),
        plate: get("plate"),
        plate_country: get("plate_country"),
    }
}

fn options_of(fields: &HashMap<String, String>) -> Options {
    Options {
        encoding: Encoding::parse(fields.get("encoding").map(|s| s.as_str()).unwrap_or("")),
        accept_valid: fields.get("accept_valid").map(|s| s.as_str()) == Some("yes"),
    }
}

fn target_of(fields: &HashMap<String, String>) -> Target {
    match fields.get("target").map(|s| s.trim()).unwrap_or("") {
        "" => Target::New,
        id => Target::Replace(id.to_string()),
    }
}

/// The upload, read as it arrives: the trip's fields, the options and the CSRF token come
/// first (the form puts the file last), then the file is fed to the first pass chunk by chunk
/// — over the route's limit it is refused at once, before the rest is read.
async fn upload(
    State(app): State<AppState>,
    bus: BusLine,
    ctx: Ctx,
    mut multipart: Multipart,
) -> Result<Response> {
    let mut fields: HashMap<String, String> = HashMap::new();
    let mut result = None;
    let too_large = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Error::PayloadTooLarge
        } else {
            Error::BadRequest("malformed-form")
        }
    };
    while let Some(mut field) = multipart.next_field().await.map_err(&too_large)? {
        let name = field.name().unwrap_or_default().to_string();
        if name != "file" {
            let value = field.text().await.map_err(&too_large)?;
            fields.insert(name, value);
            continue;
        }
        let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
        if !crate::http::forms::same(&get("csrf_token"), &ctx.csrf_token) {
            return Err(Error::Csrf);
        }
        let mut upload = match csv_import::Upload::start(
            &app,
            &trip_of(&fields),
            options_of(&fields),
            super::UPLOAD_LIMIT,
        ) {
            Ok(u) => u,
            Err(r) => {
                result = Some(Err(Failed::Refused(r)));
                break;
            }
        };
        let mut received = false;
        let mut refused = None;
        while let Some(chunk) = field.chunk().await.map_err(&too_large)? {
            received |= !chunk.is_empty();
            if let Err(f) = upload.feed(&chunk) {
                refused = Some(f);
                break;
            }
        }
        result = Some(match refused {
            Some(Failed::Error(e)) => return Err(e),
            Some(f) => Err(f),
            None if !received => Err(Failed::Refused(Refusal::of("bus-manifest-no-file"))),
            None => {
                upload
                    .store(&app, &bus, ctx.client_ip, target_of(&fields))
                    .await
            }
        });
        // The file is the form's last field.
        break;
    }
    let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
    if !crate::http::forms::same(&get("csrf_token"), &ctx.csrf_token) {
        return Err(Error::Csrf);
    }
    let trip = trip_of(&fields);
    let target_id = get("target");
    let options = options_of(&fields);
    let result = result.unwrap_or(Err(Failed::Refused(Refusal::of("bus-manifest-no-file"))));
    let rep = match result {
        Ok(stored) => {
            return Ok(
                Redirect::to(&format!("/bus-manifests/{}?saved=1", stored.id)).into_response(),
            )
        }
        Err(Failed::Refused(r)) => report(&ctx, &r),
        Err(Failed::Error(e)) => match conflict_report(&ctx, &e) {
            Some(r) => r,
            None => return Err(e),
        },
    };
    Ok(render(
        StatusCode::UNPROCESSABLE_ENTITY,
        &UploadPage {
            ctx: &ctx,
            trip,
            target: target_id,
            encoding: get("encoding"),
            accept_valid: options.accept_valid,
            report: Some(rep),
            ports: land_ports(&app),
        },
    ))
}

#[derive(Template)]
#[template(path = "bus_manifests/new.html")]
struct NewPage<'a> {
    ctx: &'a Ctx,
    trip: TripInput,
    lines: Vec<TravelerInput>,
    report: Option<Report>,
    ports: Vec<(String, String)>,
}

impl NewPage<'_> {
    fn columns(&self) -> &'static [&'static str] {
        &COLUMNS
    }
    fn label(&self, column: &str) -> String {
        self.ctx
            .t(&format!("bus-manifest-column-{}", column.replace('_', "-")))
    }
}

async fn new_form(State(app): State<AppState>, _bus: BusLine, ctx: Ctx) -> Response {
    render(
        StatusCode::OK,
        &NewPage {
            ctx: &ctx,
            trip: TripInput::default(),
            lines: vec![TravelerInput::default(); FORM_LINES],
            report: None,
            ports: land_ports(&app),
        },
    )
}

async fn new_submit(
    State(app): State<AppState>,
    bus: BusLine,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    let get = |k: &str| form.get(k).cloned().unwrap_or_default();
    let trip = TripInput {
        trip_number: get("trip_number"),
        origin_city: get("origin_city"),
        port: get("port"),
        arrival_at: get("arrival_at"),
        plate: get("plate"),
        plate_country: get("plate_country"),
    };
    let lines: Vec<TravelerInput> = (0..FORM_LINES)
        .map(|i| {
            let cells: Vec<String> = COLUMNS.iter().map(|c| get(&format!("p{i}_{c}"))).collect();
            let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
            garita_domain::manifests::Header::parse(&COLUMNS)
                .map(|h| h.input(&refs))
                .unwrap_or_default()
        })
        .collect();
    let people: Vec<TravelerInput> = lines
        .iter()
        .filter(|l| l.cells().iter().any(|c| !c.trim().is_empty()))
        .cloned()
        .collect();
    let result = super::submit(
        &app,
        &bus,
        ctx.client_ip,
        Target::New,
        &trip,
        &people,
        Source::Form,
    )
    .await;
    let rep = match result {
        Ok(stored) => {
            return Ok(
                Redirect::to(&format!("/bus-manifests/{}?saved=1", stored.id)).into_response(),
            )
        }
        Err(Failed::Refused(r)) => report(&ctx, &r),
        Err(Failed::Error(e)) => match conflict_report(&ctx, &e) {
            Some(r) => r,
            None => return Err(e),
        },
    };
    Ok(render(
        StatusCode::UNPROCESSABLE_ENTITY,
        &NewPage {
            ctx: &ctx,
            trip,
            lines,
            report: Some(rep),
            ports: land_ports(&app),
        },
    ))
}
