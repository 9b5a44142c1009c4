//! The public list of locations (`/locations`, filtered by kind, function and state), one
//! location's page (`/locations/{id}`) with its hours in its own zone, and the administrators'
//! form (`/admin/locations/{id}`) for what an agency sets.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use chrono::NaiveTime;
use garita_domain::locations::{Function, Location, LocationKind, Operations, WeeklyHours};
use serde::Deserialize;

use super::api::Filter;
use super::{all_current, current, edit, Change, Current};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::Admin;
use crate::i18n::Tr;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/locations", get(list))
        .route("/locations/{id}", get(detail))
        .route("/admin/locations/{id}", get(edit_form).post(edit_submit))
}

const DAY_KEYS: [&str; 7] = [
    "locations-day-mon",
    "locations-day-tue",
    "locations-day-wed",
    "locations-day-thu",
    "locations-day-fri",
    "locations-day-sat",
    "locations-day-sun",
];

pub fn kind_label(tr: &Tr, k: LocationKind) -> String {
    tr.t(&format!("locations-kind-{}", k.as_str().replace('_', "-")))
}

pub fn function_label(tr: &Tr, f: Function) -> String {
    tr.t(&format!(
        "locations-function-{}",
        f.as_str().replace('_', "-")
    ))
}

/// A time of day in the reader's language; 24:00 (closing at midnight) reads as midnight.
fn clock(tr: &Tr, minutes: u16) -> String {
    let t = NaiveTime::from_hms_opt(u32::from(minutes / 60) % 24, u32::from(minutes % 60), 0)
        .unwrap_or(NaiveTime::MIN);
    crate::locale_format::clock(tr.code(), t)
}

fn range(tr: &Tr, (open, close): (u16, u16)) -> String {
    if (open, close) == (0, 1440) {
        return tr.t("locations-open-all-day");
    }
    tr.with(
        "locations-time-range",
        &[("opens", clock(tr, open)), ("closes", clock(tr, close))],
    )
}

/// One line per run of days with the same hours, e.g. "Monday – Friday: 8:00 a.m. – 4:00 p.m.";
/// closed days are said once at the end.
pub fn hours_lines(tr: &Tr, h: &WeeklyHours) -> Vec<String> {
    if h.is_always_closed() {
        return vec![tr.t("locations-closed-all-week")];
    }
    let mut lines = Vec::new();
    let mut i = 0;
    while i < 7 {
        let mut j = i;
        while j + 1 < 7 && h.day(j + 1) == h.day(i) {
            j += 1;
        }
        let days = if i == j {
            tr.t(DAY_KEYS[i])
        } else {
            tr.with(
                "locations-day-span",
                &[("first", tr.t(DAY_KEYS[i])), ("last", tr.t(DAY_KEYS[j]))],
            )
        };
        let hours = match h.day(i) {
            Some(r) => range(tr, r),
            None => tr.t("locations-closed"),
        };
        lines.push(tr.with("locations-hours-line", &[("span", days), ("time", hours)]));
        i = j + 1;
    }
    lines
}

/// What a list row or a page shows of a location.
pub struct Shown<'a> {
    pub l: &'a Location,
    pub kind: String,
    pub functions: Vec<String>,
    pub code: String,
    pub zone: String,
    pub hours: Vec<String>,
    pub capacity: Option<String>,
    pub is_open: bool,
}

fn shown<'a>(app: &AppState, ctx: &Ctx, l: &'a Location, ops: &Operations) -> Shown<'a> {
    let tr = &ctx.tr;
    let code = match (&l.port_code, &l.iata_code) {
        // The code as written (a leading zero kept), after its label.
        (Some(p), _) => format!("{} {p}", tr.t("locations-port-code")),
        (None, Some(i)) => format!("{} {i}", tr.t("locations-iata-code")),
        _ => String::new(),
    };
    Shown {
        l,
        kind: kind_label(tr, l.kind),
        functions: l.functions.iter().map(|f| function_label(tr, *f)).collect(),
        code,
        zone: crate::locale_format::zone_name(tr.code(), l.zone(), app.clock.now()),
        hours: ops.hours.map(|h| hours_lines(tr, &h)).unwrap_or_default(),
        capacity: ops
            .capacity_per_hour
            .map(|c| tr.t1("locations-capacity", "count", c)),
        is_open: ops.is_open,
    }
}

struct KindSection<'a> {
    title: String,
    rows: Vec<Shown<'a>>,
}

#[derive(Template)]
#[template(path = "locations/list.html")]
struct ListPage<'a> {
    ctx: &'a Ctx,
    sections: Vec<KindSection<'a>>,
    total: usize,
    /// (value, label, selected) of each filter's options.
    kinds: Vec<(&'static str, String, bool)>,
    functions: Vec<(&'static str, String, bool)>,
    states: Vec<(String, bool)>,
}

async fn list(
    State(app): State<AppState>,
    ctx: Ctx,
    Query(filter): Query<Filter>,
) -> Result<Response> {
    let chosen = filter.check()?;
    let current = all_current(&app).await?;
    let tr = &ctx.tr;
    let mut sections = Vec::new();
    let mut total = 0;
    for kind in LocationKind::ALL {
        let rows: Vec<Shown> = app
            .locations
            .of_kind(*kind)
            .filter(|l| chosen.admits(l))
            .map(|l| {
                let ops = current
                    .get(&l.id)
                    .map(|c| &c.operations)
                    .unwrap_or(&l.defaults);
                shown(&app, &ctx, l, ops)
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        total += rows.len();
        sections.push(KindSection {
            title: tr.with(
                "locations-section",
                &[
                    ("kind", kind_label(tr, *kind)),
                    ("total", rows.len().to_string()),
                ],
            ),
            rows,
        });
    }
    let mut states: Vec<String> = app.locations.iter().map(|l| l.state.clone()).collect();
    states.sort();
    states.dedup();
    Ok(render(
        StatusCode::OK,
        &ListPage {
            ctx: &ctx,
            sections,
            total,
            kinds: LocationKind::ALL
                .iter()
                .map(|k| (k.as_str(), kind_label(tr, *k), chosen.kind == Some(*k)))
                .collect(),
            functions: Function::ALL
                .iter()
                .map(|f| {
                    (
                        f.as_str(),
                        function_label(tr, *f),
                        chosen.function == Some(*f),
                    )
                })
                .collect(),
            states: states
                .into_iter()
                .map(|s| {
                    let on = chosen.state.as_deref() == Some(s.as_str());
                    (s, on)
                })
                .collect(),
        },
    ))
}

#[derive(Template)]
#[template(path = "locations/detail.html")]
struct DetailPage<'a> {
    ctx: &'a Ctx,
    s: Shown<'a>,
    /// Each day of the week with its hours, Monday first.
    week: Vec<(String, String)>,
    updated: Option<String>,
    saved: bool,
}

#[derive(Deserialize)]
struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

fn week(tr: &Tr, h: &WeeklyHours) -> Vec<(String, String)> {
    (0..7)
        .map(|d| {
            (
                tr.t(DAY_KEYS[d]),
                h.day(d)
                    .map(|r| range(tr, r))
                    .unwrap_or_else(|| tr.t("locations-closed")),
            )
        })
        .collect()
}

fn find<'a>(app: &'a AppState, id: &str) -> Result<&'a Location> {
    app.locations.get(id).ok_or(Error::NotFound)
}

async fn detail(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<SavedQuery>,
) -> Result<Response> {
    let l = find(&app, &id)?;
    let c = current(&app, &l.id).await?;
    let tr = &ctx.tr;
    let updated = c
        .updated_at
        .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
        .map(|t| {
            tr.t1(
                "locations-updated",
                "when",
                crate::locale_format::date_time(tr.code(), t, l.zone()),
            )
        });
    Ok(render(
        StatusCode::OK,
        &DetailPage {
            ctx: &ctx,
            week: c.operations.hours.map(|h| week(tr, &h)).unwrap_or_default(),
            s: shown(&app, &ctx, l, &c.operations),
            updated,
            saved: q.saved.is_some(),
        },
    ))
}

#[derive(Template)]
#[template(path = "locations/edit.html")]
struct EditPage<'a> {
    ctx: &'a Ctx,
    l: &'a Location,
    hours: String,
    capacity: String,
    is_open: bool,
    errors: FormErrors,
}

fn edit_page(ctx: &Ctx, l: &Location, c: &Current) -> Response {
    render(
        StatusCode::OK,
        &EditPage {
            ctx,
            l,
            hours: c
                .operations
                .hours
                .map(|h| h.to_string())
                .unwrap_or_default(),
            capacity: c
                .operations
                .capacity_per_hour
                .map(|c| c.to_string())
                .unwrap_or_default(),
            is_open: c.operations.is_open,
            errors: FormErrors::default(),
        },
    )
}

async fn edit_form(
    State(app): State<AppState>,
    Admin(_): Admin,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response> {
    let l = find(&app, &id)?;
    let c = current(&app, &l.id).await?;
    Ok(edit_page(&ctx, l, &c))
}

async fn edit_submit(
    State(app): State<AppState>,
    Admin(ref account): Admin,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    let l = find(&app, &id)?;
    let field = |name: &str| Some(form.get(name).cloned().unwrap_or_default());
    let change = Change {
        hours: field("hours"),
        capacity_per_hour: field("capacity_per_hour"),
        status: field("is_open"),
    };
    match edit(&app, Some(account), ctx.client_ip, l, &change).await {
        Ok(_) => Ok(Redirect::to(&format!("/locations/{}?saved=1", l.id)).into_response()),
        Err(Error::Invalid(invalid)) => {
            // Nothing was saved: the form again, as typed, each problem at its field.
            Ok(render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &EditPage {
                    ctx: &ctx,
                    l,
                    hours: change.hours.unwrap_or_default(),
                    capacity: change.capacity_per_hour.unwrap_or_default(),
                    is_open: change.status.as_deref() != Some("closed"),
                    errors: FormErrors::from_invalid(&ctx, &invalid),
                },
            ))
        }
        Err(e) => Err(e),
    }
}
