//! The traveler's appointment pages: status, the request form, confirm / decline / cancel.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, Utc};
use garita_domain::ports::Port;

use super::{cycle, state_time_zone, Location, Status, Submission};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::Traveler;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/appointment", get(status))
        .route(
            "/appointment/request",
            get(request_form).post(request_submit),
        )
        .route("/appointment/{id}/confirm", post(confirm))
        .route("/appointment/{id}/cancel", post(cancel))
}

#[derive(Template)]
#[template(path = "appointments/status.html")]
struct StatusPage<'a> {
    ctx: &'a Ctx,
    status: Status,
    members: usize,
    missing_photos: usize,
    port: Option<&'a Port>,
    /// Confirm-by deadline in the traveler's own time, and that zone's name.
    confirm_by_local: String,
    draw_time_local: String,
}

impl StatusPage<'_> {
    fn notice(&self, key: &str) -> String {
        self.ctx.t(&format!("notice-{key}"))
    }
}

async fn status(State(app): State<AppState>, ctx: Ctx, account: Traveler) -> Result<Response> {
    let now = app.clock.now();
    let status = super::current(&app, account.id, now).await?;
    let (members, missing_photos) = super::group_readiness(&app, account.id).await?;
    let port = status
        .appointment
        .as_ref()
        .and_then(|a| app.ports.iter().find(|p| p.id == a.port_id));
    let confirm_by_local = match (&status.appointment, &status.request) {
        (Some(a), Some(r)) => local(&ctx.tr, a.confirm_by, state_time_zone(&r.region_state)),
        _ => String::new(),
    };
    let c = &app.settings.cycle;
    let draw_time_local = status
        .request
        .as_ref()
        .map(|r| {
            local(
                &ctx.tr,
                cycle::draw_time(c, r.next_draw),
                state_time_zone(&r.region_state),
            )
        })
        .unwrap_or_default();
    Ok(render(
        StatusCode::OK,
        &StatusPage {
            ctx: &ctx,
            status,
            members: usize::try_from(members).unwrap_or(0),
            missing_photos: usize::try_from(missing_photos).unwrap_or(0),
            port,
            confirm_by_local,
            draw_time_local,
        },
    ))
}

/// "26 de noviembre de 2026, 10:30 (America/Tijuana)": the date in the reader's language,
/// the 24-hour time, and the zone named.
pub fn local(tr: &crate::i18n::Tr, t: DateTime<Utc>, zone: chrono_tz::Tz) -> String {
    let l = t.with_timezone(&zone);
    format!(
        "{}, {} ({})",
        tr.date(l.date_naive()),
        l.format("%H:%M"),
        zone.name()
    )
}

#[derive(Template)]
#[template(path = "appointments/request.html")]
struct RequestPage<'a> {
    ctx: &'a Ctx,
    ports: &'a [Port],
    questions: &'a [String],
    chosen: Vec<String>,
    answers: Vec<String>,
    latitude: String,
    longitude: String,
    accuracy: String,
    errors: FormErrors,
}

impl RequestPage<'_> {
    fn question(&self, id: &str) -> String {
        self.ctx.t(&format!("vulnerability-{id}"))
    }

    fn chosen_at(&self, i: usize) -> &str {
        self.chosen.get(i).map(String::as_str).unwrap_or("")
    }
}

async fn request_form(
    State(app): State<AppState>,
    ctx: Ctx,
    account: Traveler,
) -> Result<Response> {
    let current = super::current(&app, account.id, app.clock.now()).await?;
    let (chosen, answers) = current
        .request
        .map(|r| (r.ports, r.answers))
        .unwrap_or_default();
    Ok(render(
        StatusCode::OK,
        &RequestPage {
            ctx: &ctx,
            ports: &app.ports,
            questions: &app.settings.vulnerability_questions,
            chosen,
            answers,
            latitude: String::new(),
            longitude: String::new(),
            accuracy: String::new(),
            errors: FormErrors::default(),
        },
    ))
}

async fn request_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    account: Traveler,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    let field = |k: &str| {
        form.get(k)
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let chosen: Vec<String> = (1..=3)
        .map(|i| field(&format!("port_{i}")))
        .filter(|p| !p.is_empty())
        .collect();
    let answers: Vec<String> = app
        .settings
        .vulnerability_questions
        .iter()
        .filter(|q| form.contains_key(&format!("answer_{q}")))
        .cloned()
        .collect();
    let (lat, lon, acc) = (field("latitude"), field("longitude"), field("accuracy"));
    // Typed by hand without an accuracy: assume a city block's worth of doubt.
    let accuracy = if acc.is_empty() {
        Some(1000.0)
    } else {
        acc.parse::<f64>().ok()
    };
    let location = if lat.is_empty() && lon.is_empty() {
        None
    } else {
        match (lat.parse::<f64>(), lon.parse::<f64>(), accuracy) {
            (Ok(latitude), Ok(longitude), Some(accuracy_m)) => Some(Location {
                latitude,
                longitude,
                accuracy_m,
            }),
            _ => Some(Location {
                latitude: f64::NAN,
                longitude: f64::NAN,
                accuracy_m: 0.0,
            }),
        }
    };
    let submission = Submission {
        ports: chosen.clone(),
        answers: answers.clone(),
        location,
    };
    let again = |errors: FormErrors, status: StatusCode| {
        render(
            status,
            &RequestPage {
                ctx: &ctx,
                ports: &app.ports,
                questions: &app.settings.vulnerability_questions,
                chosen: chosen.clone(),
                answers: answers.clone(),
                latitude: lat.clone(),
                longitude: lon.clone(),
                accuracy: acc.clone(),
                errors,
            },
        )
    };
    match super::submit(&app, account.id, &submission, app.clock.now()).await {
        Ok(_) => Ok(Redirect::to("/appointment").into_response()),
        Err(Error::Invalid(invalid)) => Ok(again(
            FormErrors::from_invalid(&ctx, &invalid),
            StatusCode::UNPROCESSABLE_ENTITY,
        )),
        Err(e @ Error::OutsideRegion { .. }) => {
            let message = match &e {
                Error::OutsideRegion {
                    excluded_state: Some(state),
                } => ctx
                    .tr
                    .t1("error-outside-region-excluded-state", "state", state),
                _ => ctx.t("error-outside-region"),
            };
            Ok(again(
                FormErrors::general(message),
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
        Err(Error::OutsideMexico) => Ok(again(
            FormErrors::general(ctx.t("error-outside-mexico")),
            StatusCode::UNPROCESSABLE_ENTITY,
        )),
        Err(e) => Err(e),
    }
}

#[derive(serde::Deserialize)]
struct Empty {}

async fn confirm(
    State(app): State<AppState>,
    account: Traveler,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    super::confirm(&app, account.id, &id, app.clock.now()).await?;
    Ok(Redirect::to("/appointment/pass").into_response())
}

async fn cancel(
    State(app): State<AppState>,
    account: Traveler,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    super::cancel(&app, account.id, &id, app.clock.now()).await?;
    Ok(Redirect::to("/appointment").into_response())
}
