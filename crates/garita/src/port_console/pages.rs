//! The officer's pages: the day list with search and check-in, the check-in view with each
//! member's details and photo, and capacity.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::NaiveDate;
use garita_domain::ports::Port;
use serde::Deserialize;

use super::capacity::{self, Report, SlotCapacity};
use super::{scope, DayEntry, IDENTITY, OUTCOMES, STATUSES};
use crate::audit::{self, Entry};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::Staff;
use crate::http::session::Account;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/console", get(day))
        .route("/console/check-in", post(check_in))
        .route("/console/appointments/{id}", get(appointment))
        .route("/console/appointments/{id}/members/{code}", post(decide))
        .route("/console/passes/{code}/photo", get(photo))
        .route(
            "/console/appointments/{id}/undo-no-show",
            post(undo_no_show),
        )
        .route(
            "/console/capacity",
            get(capacity_form).post(capacity_submit),
        )
        .merge(super::lookup::page_router())
}

#[derive(Deserialize)]
struct DayQuery {
    port: Option<String>,
    #[serde(default)]
    q: String,
    /// The appointment whose decisions were just saved: its row says so.
    #[serde(default)]
    saved: String,
}

#[derive(Template)]
#[template(path = "console/day.html")]
struct DayPage<'a> {
    ctx: &'a Ctx,
    port: &'a Port,
    date: NaiveDate,
    entries: Vec<DayEntry>,
    counts: Vec<(&'static str, usize)>,
    q: String,
    code: String,
    errors: FormErrors,
    saved: String,
}

impl DayPage<'_> {
    fn status_label(&self, s: &str) -> String {
        self.ctx.t(&format!("console-status-{s}"))
    }
    /// The port's zone as people say it ("hora del Pacífico"), on that day.
    fn zone(&self) -> String {
        zone_words(self.ctx, self.port, self.date)
    }
    fn clock(&self, hhmm: &str) -> String {
        clock_words(self.ctx, hhmm)
    }
}

fn zone_words(ctx: &Ctx, port: &Port, day: NaiveDate) -> String {
    let noon = day.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc();
    crate::locale_format::zone_name(ctx.tr.code(), port.zone(), noon)
}

/// A slot's start ("08:30" as stored) as the reader's language writes a time.
fn clock_words(ctx: &Ctx, hhmm: &str) -> String {
    match chrono::NaiveTime::parse_from_str(hhmm, "%H:%M") {
        Ok(t) => crate::locale_format::clock(ctx.tr.code(), t),
        Err(_) => hhmm.to_string(),
    }
}

/// What the day page shows besides the list: a search, the code just typed, its errors.
struct DayView<'a> {
    asked: Option<&'a str>,
    q: String,
    code: String,
    errors: FormErrors,
    status: StatusCode,
    saved: String,
}

async fn day_page(
    app: &AppState,
    ctx: &Ctx,
    account: &Account,
    view: DayView<'_>,
) -> Result<Response> {
    let DayView {
        asked,
        q,
        code,
        errors,
        status,
        saved,
    } = view;
    let port = scope(app, account, asked)?;
    let date = super::port_today(port, app.clock.now());
    let all = super::day_list(app, &port.id, date).await?;
    let counts = STATUSES
        .iter()
        .map(|s| (*s, all.iter().filter(|e| e.status == *s).count()))
        .collect();
    let needle = q.trim().to_lowercase();
    let code_needle = garita_domain::checkin::normalize_code(&q);
    let entries = if needle.is_empty() {
        all
    } else {
        all.into_iter()
            .filter(|e| {
                e.members
                    .iter()
                    .any(|m| m.full_name.to_lowercase().contains(&needle) || m.code == code_needle)
            })
            .collect()
    };
    audit::record_view(
        app,
        Entry {
            actor: Some(account),
            action: "view-day-list",
            subject: format!("port:{}", port.id),
            detail: format!(
                "{date}{}",
                if needle.is_empty() {
                    String::new()
                } else {
                    " (search)".into()
                }
            ),
            ip: ctx.client_ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(render(
        status,
        &DayPage {
            ctx,
            port,
            date,
            entries,
            counts,
            q,
            code,
            errors,
            saved,
        },
    ))
}

async fn day(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Query(q): Query<DayQuery>,
) -> Result<Response> {
    day_page(
        &app,
        &ctx,
        account,
        DayView {
            asked: q.port.as_deref(),
            q: q.q,
            code: String::new(),
            errors: FormErrors::default(),
            status: StatusCode::OK,
            saved: q.saved,
        },
    )
    .await
}

#[derive(Deserialize)]
struct CheckInForm {
    #[serde(default)]
    code: String,
    port: Option<String>,
}

async fn check_in(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    CsrfForm(f): CsrfForm<CheckInForm>,
) -> Result<Response> {
    let port = scope(&app, account, f.port.as_deref())?;
    match super::check_in(&app, account, ctx.client_ip, port, &f.code, app.clock.now()).await {
        // The group's page, saying the arrival was saved: the officer decides for each person.
        Ok(id) => {
            Ok(Redirect::to(&format!("/console/appointments/{id}?saved=arrived")).into_response())
        }
        Err(Error::Refused(code, args)) => {
            let message = ctx.tr.with(&format!("error-{code}"), &args);
            day_page(
                &app,
                &ctx,
                account,
                DayView {
                    asked: Some(&port.id.clone()),
                    q: String::new(),
                    code: f.code,
                    errors: FormErrors::general(message),
                    status: StatusCode::CONFLICT,
                    saved: String::new(),
                },
            )
            .await
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "console/appointment.html")]
struct AppointmentPage<'a> {
    ctx: &'a Ctx,
    entry: DayEntry,
    port: &'a Port,
    date: NaiveDate,
    /// `arrived` after a check-in, or the traveler id of the member whose decision was saved.
    saved: String,
}

impl AppointmentPage<'_> {
    fn clock(&self, hhmm: &str) -> String {
        clock_words(self.ctx, hhmm)
    }
    fn zone(&self) -> String {
        zone_words(self.ctx, self.port, self.date)
    }
    fn identities(&self) -> &'static [&'static str] {
        IDENTITY
    }
    fn outcomes(&self) -> &'static [&'static str] {
        OUTCOMES
    }
    fn label(&self, prefix: &str, value: &str) -> String {
        self.ctx.t(&format!("{prefix}-{value}"))
    }
    fn country(&self, code: &str) -> &'static str {
        crate::travelers::countries::name(code, self.ctx.tr.code())
    }
}

async fn appointment(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<SavedQuery>,
) -> Result<Response> {
    let (entry, port_id, date) = super::appointment(&app, account, &id).await?;
    let port = app
        .ports
        .iter()
        .find(|p| p.id == port_id)
        .ok_or(Error::NotFound)?;
    audit::record_view(
        &app,
        Entry {
            actor: Some(account),
            action: "view-appointment",
            subject: format!("appointment:{id}"),
            detail: format!("{} members", entry.members.len()),
            ip: ctx.client_ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(render(
        StatusCode::OK,
        &AppointmentPage {
            ctx: &ctx,
            entry,
            port,
            date,
            saved: q.saved,
        },
    ))
}

#[derive(Deserialize)]
struct SavedQuery {
    #[serde(default)]
    saved: String,
}

#[derive(Deserialize)]
struct DecisionForm {
    #[serde(default)]
    identity: String,
    #[serde(default)]
    outcome: String,
}

async fn decide(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Path((id, code)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<DecisionForm>,
) -> Result<Response> {
    super::decide(
        &app,
        account,
        ctx.client_ip,
        &super::MemberDecision {
            appointment_id: &id,
            code: &code,
            identity: &f.identity,
            outcome: &f.outcome,
        },
        app.clock.now(),
    )
    .await?;
    // Saved, said where the officer was: the next person of the group while one is left
    // undecided, else the group's row in the day list.
    let left: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM passes p LEFT JOIN member_checks mc ON mc.code = p.code
         WHERE p.appointment_id = $1 AND mc.code IS NULL",
    )
    .bind(&id)
    .fetch_one(&app.db.read)
    .await?;
    let to = if left > 0 {
        // Named by the traveler's opaque id: a pass code is a bearer secret, kept out of URLs
        // that end up in histories (the fragment is never sent).
        let traveler: String = sqlx::query_scalar("SELECT traveler_id FROM passes WHERE code = $1")
            .bind(&code)
            .fetch_one(&app.db.read)
            .await?;
        format!("/console/appointments/{id}?saved={traveler}#m-{code}")
    } else {
        let port_id: String = sqlx::query_scalar("SELECT port_id FROM appointments WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.db.read)
            .await?;
        format!("/console?port={port_id}&saved={id}#appointment-{id}")
    };
    Ok(Redirect::to(&to).into_response())
}

async fn photo(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response> {
    let jpeg = super::photo(&app, account, ctx.client_ip, &code).await?;
    Ok(crate::photos::jpeg_response(jpeg))
}

#[derive(Deserialize)]
struct CapacityQuery {
    port: Option<String>,
    date: Option<NaiveDate>,
}

#[derive(Template)]
#[template(path = "console/capacity.html")]
struct CapacityPage<'a> {
    ctx: &'a Ctx,
    port: &'a Port,
    ports: Vec<&'a Port>,
    date: NaiveDate,
    slots: Vec<SlotCapacity>,
    report: Option<Report>,
    errors: FormErrors,
}

impl CapacityPage<'_> {
    fn report_text(&self, r: &Report) -> String {
        self.ctx.tr.with(
            "capacity-report",
            &[
                ("moved", r.moved.to_string()),
                ("notified", r.notified.to_string()),
            ],
        )
    }
}

async fn capacity_form(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Query(q): Query<CapacityQuery>,
) -> Result<Response> {
    let port = scope(&app, account, q.port.as_deref())?;
    let date = q
        .date
        .unwrap_or_else(|| super::port_today(port, app.clock.now()) + chrono::Duration::days(1));
    let slots = capacity::slots(&app, port, date).await?;
    let ports = if account.is_admin() {
        app.ports.iter().collect()
    } else {
        vec![port]
    };
    Ok(render(
        StatusCode::OK,
        &CapacityPage {
            ctx: &ctx,
            port,
            ports,
            date,
            slots,
            report: None,
            errors: FormErrors::default(),
        },
    ))
}

async fn capacity_submit(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    CsrfForm(f): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    let port = scope(&app, account, f.get("port").map(String::as_str))?;
    let date: NaiveDate = f
        .get("date")
        .and_then(|d| d.parse().ok())
        .ok_or(Error::field(
            "date",
            garita_domain::validation::Problem::InvalidDate,
        ))?;
    let mut wanted = Vec::new();
    let mut bad = false;
    for (k, v) in &f {
        if let Some(start) = k.strip_prefix("cap_") {
            match garita_domain::validation::ascii_digits(v.trim()).parse::<i64>() {
                Ok(capacity) if capacity >= 0 => wanted.push(SlotCapacity {
                    start: start.to_string(),
                    capacity,
                    taken: 0,
                }),
                _ => bad = true,
            }
        }
    }
    let ports = if account.is_admin() {
        app.ports.iter().collect()
    } else {
        vec![port]
    };
    if bad || wanted.is_empty() {
        let slots = capacity::slots(&app, port, date).await?;
        let errors = FormErrors::general(ctx.t("error-capacity-invalid"));
        return Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &CapacityPage {
                ctx: &ctx,
                port,
                ports,
                date,
                slots,
                report: None,
                errors,
            },
        ));
    }
    wanted.sort_by(|a, b| a.start.cmp(&b.start));
    let report = capacity::set(&app, account, ctx.client_ip, port, date, &wanted).await?;
    let slots = report.slots.clone();
    Ok(render(
        StatusCode::OK,
        &CapacityPage {
            ctx: &ctx,
            port,
            ports,
            date,
            slots,
            report: Some(report),
            errors: FormErrors::default(),
        },
    ))
}

#[derive(Deserialize)]
struct UndoForm {
    #[serde(default)]
    reason: String,
    port: Option<String>,
}

/// "Arrived late": undoes a no-show (audited with the reason), then shows the group.
async fn undo_no_show(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<UndoForm>,
) -> Result<Response> {
    match super::undo_no_show(
        &app,
        account,
        ctx.client_ip,
        &id,
        &f.reason,
        app.clock.now(),
    )
    .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/console/appointments/{id}")).into_response()),
        Err(Error::Invalid(invalid)) => {
            day_page(
                &app,
                &ctx,
                account,
                DayView {
                    asked: f.port.as_deref(),
                    q: String::new(),
                    code: String::new(),
                    errors: FormErrors::from_invalid(&ctx, &invalid),
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                    saved: String::new(),
                },
            )
            .await
        }
        Err(e) => Err(e),
    }
}
