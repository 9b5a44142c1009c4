//! The Trusted Traveler pages: the traveler's memberships with the link form
//! (`/trusted-traveler`), the interview booking page (`/trusted-traveler/{id}/interview`),
//! and the enrollment officer's day (`/enrollment/interviews`). Forms post and redirect; the
//! link form answers on the page itself so a PASSID never lands in a URL.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{Duration, NaiveDate};
use serde::Deserialize;

use super::interviews::{self, Booking};
use super::{EnrollmentOfficer, MembershipView};
use crate::appointments::pages::clock_in_zone;
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::Traveler;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/trusted-traveler", get(index))
        .route("/trusted-traveler/link", post(link))
        .route(
            "/trusted-traveler/{id}/interview",
            get(booking_page).post(book),
        )
        .route("/trusted-traveler/interviews/{id}/cancel", post(cancel))
        .route("/enrollment/interviews", get(desk))
        .route("/enrollment/interviews/{id}/outcome", post(outcome))
}

/// A membership ready for the page.
struct Shown {
    id: String,
    programme: String,
    status: String,
    expires: Option<String>,
    days_left: Option<String>,
    renewal: Option<String>,
    next: String,
    may_book: bool,
    interview: Option<ShownInterview>,
}

struct ShownInterview {
    id: String,
    text: String,
}

fn interview_text(ctx: &Ctx, i: &interviews::InterviewView) -> String {
    let zone: chrono_tz::Tz = i.time_zone.parse().unwrap_or(chrono_tz::UTC);
    ctx.tr.with(
        "ttp-interview-booked",
        &[
            ("center", i.center_name.clone()),
            ("date", ctx.tr.date(i.day)),
            ("time", clock_in_zone(&ctx.tr, i.day, &i.start_time, zone)),
        ],
    )
}

fn shown(ctx: &Ctx, m: &MembershipView) -> Shown {
    let tr = &ctx.tr;
    Shown {
        id: m.id.clone(),
        programme: tr.t(&format!("ttp-programme-{}", m.programme)),
        status: tr.t(&format!("ttp-status-{}", m.status)),
        expires: m.expires_on.map(|d| tr.date(d)),
        days_left: m
            .days_left
            .filter(|d| *d >= 0)
            .map(|d| tr.t1("ttp-days-left", "days", d)),
        renewal: m.renewal_opens.map(|d| {
            if m.in_renewal_window {
                tr.with("ttp-renewal-open-now", &[("date", tr.date(d))])
            } else {
                tr.with("ttp-renewal-opens", &[("date", tr.date(d))])
            }
        }),
        next: tr.t(&format!("ttp-next-{}", m.next_step)),
        may_book: m.next_step == "book-interview",
        interview: m.interview.as_ref().map(|i| ShownInterview {
            id: i.id.clone(),
            text: interview_text(ctx, i),
        }),
    }
}

#[derive(Template)]
#[template(path = "trusted_travelers/index.html")]
struct IndexPage<'a> {
    ctx: &'a Ctx,
    memberships: Vec<Shown>,
    programmes: Vec<(&'static str, String, bool)>,
    passid: String,
    date_of_birth: String,
    errors: FormErrors,
    linked: bool,
}

#[derive(Deserialize, Default)]
struct IndexQuery {
    linked: Option<String>,
}

#[derive(Deserialize, Default)]
struct LinkForm {
    #[serde(default)]
    programme: String,
    #[serde(default)]
    passid: String,
    #[serde(default)]
    date_of_birth: String,
}

fn programmes(ctx: &Ctx, chosen: &str) -> Vec<(&'static str, String, bool)> {
    garita_domain::trusted_travelers::Programme::ALL
        .iter()
        .map(|p| {
            (
                p.as_str(),
                ctx.t(&format!("ttp-programme-{}", p.as_str())),
                p.as_str() == chosen,
            )
        })
        .collect()
}

async fn index_page(
    app: &AppState,
    ctx: &Ctx,
    account_id: i64,
    status: StatusCode,
    form: LinkForm,
    errors: FormErrors,
    linked: bool,
) -> Result<Response> {
    let memberships = super::memberships_of(app, account_id)
        .await?
        .iter()
        .map(|m| shown(ctx, m))
        .collect();
    Ok(render(
        status,
        &IndexPage {
            ctx,
            memberships,
            programmes: programmes(ctx, &form.programme),
            passid: form.passid,
            date_of_birth: form.date_of_birth,
            errors,
            linked,
        },
    ))
}

async fn index(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    Query(q): Query<IndexQuery>,
) -> Result<Response> {
    index_page(
        &app,
        &ctx,
        account.id,
        StatusCode::OK,
        LinkForm::default(),
        FormErrors::default(),
        q.linked.is_some(),
    )
    .await
}

async fn link(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<LinkForm>,
) -> Result<Response> {
    match super::linking::link(
        &app,
        &account,
        ctx.client_ip,
        &form.programme,
        &form.passid,
        &form.date_of_birth,
    )
    .await
    {
        Ok(_) => Ok(Redirect::to("/trusted-traveler?linked=1").into_response()),
        Err(Error::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            index_page(
                &app,
                &ctx,
                account.id,
                StatusCode::UNPROCESSABLE_ENTITY,
                form,
                errors,
                false,
            )
            .await
        }
        Err(Error::NotFound) => {
            let errors = FormErrors::general(ctx.t("ttp-link-not-found"));
            index_page(
                &app,
                &ctx,
                account.id,
                StatusCode::NOT_FOUND,
                LinkForm {
                    programme: form.programme,
                    ..LinkForm::default()
                },
                errors,
                false,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize, Default)]
struct BookingQuery {
    center: Option<String>,
    date: Option<NaiveDate>,
}

struct ShownSlot {
    start_time: String,
    label: String,
    free: String,
    bookable: bool,
}

#[derive(Template)]
#[template(path = "trusted_travelers/book.html")]
struct BookPage<'a> {
    ctx: &'a Ctx,
    membership: Shown,
    centers: Vec<(String, String, bool)>,
    days: Vec<(String, String, bool)>,
    center_id: String,
    date: String,
    open: bool,
    zone: String,
    slots: Vec<ShownSlot>,
}

async fn booking_page(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<BookingQuery>,
) -> Result<Response> {
    let membership = super::memberships_of(&app, account.id)
        .await?
        .into_iter()
        .find(|m| m.id == id)
        .ok_or(Error::NotFound)?;
    let centers = interviews::centers(&app);
    let center = match q.center.as_deref() {
        Some(c) => interviews::center(&app, c)?,
        None => *centers.first().ok_or(Error::NotFound)?,
    };
    let now = app.clock.now();
    let today = interviews::center_today(center, now);
    let date = q.date.unwrap_or(today);
    let day = interviews::day(&app, &center.id, date).await?;
    let zone = center.zone();
    let days = (0..=interviews::BOOKING_DAYS)
        .map(|n| today + Duration::days(n))
        .map(|d| (d.to_string(), ctx.tr.date(d), d == date))
        .collect();
    let slots = day
        .slots
        .iter()
        .map(|s| ShownSlot {
            start_time: s.start_time.clone(),
            label: clock_in_zone(&ctx.tr, date, &s.start_time, zone),
            free: ctx.tr.t1("ttp-slot-free", "count", s.free),
            bookable: s.bookable,
        })
        .collect();
    Ok(render(
        StatusCode::OK,
        &BookPage {
            ctx: &ctx,
            membership: shown(&ctx, &membership),
            centers: centers
                .iter()
                .map(|c| (c.id.clone(), c.name.clone(), c.id == center.id))
                .collect(),
            days,
            center_id: center.id.clone(),
            date: date.to_string(),
            open: day.open,
            zone: crate::locale_format::zone_name(ctx.tr.code(), zone, now),
            slots,
        },
    ))
}

#[derive(Deserialize, Default)]
struct BookForm {
    #[serde(default)]
    center: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    start_time: String,
}

async fn book(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<BookForm>,
) -> Result<Response> {
    interviews::book(
        &app,
        &account,
        ctx.client_ip,
        Booking {
            membership_id: &id,
            center_id: &form.center,
            day: &form.date,
            start_time: &form.start_time,
        },
    )
    .await?;
    Ok(Redirect::to("/trusted-traveler").into_response())
}

#[derive(Deserialize, Default)]
struct Empty {}

async fn cancel(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    interviews::cancel(&app, &account, ctx.client_ip, &id).await?;
    Ok(Redirect::to("/trusted-traveler").into_response())
}

struct DeskRow {
    id: String,
    time: String,
    programme: String,
    passid: String,
    status: String,
    open: bool,
}

#[derive(Template)]
#[template(path = "trusted_travelers/desk.html")]
struct DeskPage<'a> {
    ctx: &'a Ctx,
    center_name: String,
    date: String,
    date_label: String,
    rows: Vec<DeskRow>,
}

#[derive(Deserialize, Default)]
struct DeskQuery {
    date: Option<NaiveDate>,
}

async fn desk(
    State(app): State<AppState>,
    officer: EnrollmentOfficer,
    ctx: Ctx,
    Query(q): Query<DeskQuery>,
) -> Result<Response> {
    let day = interviews::desk(&app, &officer, ctx.client_ip, q.date).await?;
    let zone: chrono_tz::Tz = day.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let rows = day
        .interviews
        .iter()
        .map(|i| DeskRow {
            id: i.id.clone(),
            time: clock_in_zone(&ctx.tr, day.day, &i.start_time, zone),
            programme: ctx.t(&format!("ttp-programme-{}", i.programme)),
            passid: i.passid.clone(),
            status: ctx.t(&format!("ttp-interview-status-{}", i.status)),
            open: i.status == garita_domain::trusted_travelers::InterviewStatus::Booked.as_str(),
        })
        .collect();
    Ok(render(
        StatusCode::OK,
        &DeskPage {
            ctx: &ctx,
            center_name: day.center_name.clone(),
            date: day.day.to_string(),
            date_label: ctx.tr.date(day.day),
            rows,
        },
    ))
}

#[derive(Deserialize, Default)]
struct OutcomeForm {
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    date: String,
}

async fn outcome(
    State(app): State<AppState>,
    officer: EnrollmentOfficer,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<OutcomeForm>,
) -> Result<Response> {
    interviews::decide(&app, &officer, ctx.client_ip, &id, &form.outcome).await?;
    let back = match form.date.parse::<NaiveDate>() {
        Ok(d) => format!("/enrollment/interviews?date={d}"),
        Err(_) => "/enrollment/interviews".to_string(),
    };
    Ok(Redirect::to(&back).into_response())
}
