//! The wait-time pages: the public list of every port (`/wait-times`), one port with its last 7
//! days and the usual wait at this hour (`/wait-times/{port_id}`), and the officers' form
//! (`/console/wait-times`).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use chrono::{Datelike, NaiveDate, TimeZone};
use chrono_tz::Tz;
use garita_domain::accounts::Role;
use garita_domain::ports::Port;
use serde::Deserialize;

use super::chart::{self, Chart};
use super::lanes::{parse_reports, Field, Group, LaneKind, LaneReport, Status};
use super::usual::{self, by_day, local, round_minutes, usual_at_hour, Day, Point, Usual};
use super::{account, latest, port, reporter, rfc3339, time_zone, Reading};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::i18n::Tr;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/wait-times", get(list))
        .route("/wait-times/{port_id}", get(port_page))
        .route("/console/wait-times", get(console))
        .route(
            "/console/wait-times/{port_id}",
            get(console_port).post(console_save),
        )
}

// ---- Words and figures, in the reader's language ----

fn lane_label(tr: &Tr, lane: LaneKind) -> String {
    tr.with(
        "wait-times-lane-full",
        &[
            ("group", group_label(tr, lane.group())),
            ("lane", lane_short(tr, lane)),
        ],
    )
}

fn lane_short(tr: &Tr, lane: LaneKind) -> String {
    tr.t(&format!("wait-times-lane-{}", lane.id()))
}

fn group_label(tr: &Tr, group: Group) -> String {
    tr.t(&format!("wait-times-group-{}", group.id()))
}

fn status_label(tr: &Tr, status: Status) -> String {
    tr.t(&format!("wait-times-status-{}", status.id()))
}

/// "45 min", "2 h", "2 h 5 min".
pub fn wait_text(tr: &Tr, minutes: i64) -> String {
    if minutes < 60 {
        tr.t1("wait-times-minutes", "minutes", minutes)
    } else if minutes % 60 == 0 {
        tr.t1("wait-times-hours", "hours", minutes / 60)
    } else {
        tr.with(
            "wait-times-hours-minutes",
            &[
                ("hours", (minutes / 60).to_string()),
                ("minutes", (minutes % 60).to_string()),
            ],
        )
    }
}

/// "12 min ago", "5 h ago", "3 days ago".
pub fn ago_text(tr: &Tr, seconds: i64) -> String {
    let s = seconds.max(0);
    if s < 60 {
        tr.t("wait-times-ago-now")
    } else if s < 3600 {
        tr.t1("wait-times-ago-minutes", "count", s / 60)
    } else if s < 48 * 3600 {
        tr.t1("wait-times-ago-hours", "count", s / 3600)
    } else {
        tr.t1("wait-times-ago-days", "count", s / 86_400)
    }
}

fn clock(at: i64, zone: Tz) -> String {
    local(at, zone)
        .map(|t| t.format("%H:%M").to_string())
        .unwrap_or_default()
}

fn weekday_label(tr: &Tr, day: NaiveDate) -> String {
    tr.with(
        "wait-times-weekday",
        &[
            ("weekday", day.weekday().number_from_monday().to_string()),
            ("day", day.day().to_string()),
        ],
    )
}

/// Start of a local day (midnight, or the first instant after a daylight-saving gap).
fn day_start(zone: Tz, day: NaiveDate) -> i64 {
    (0..3)
        .find_map(|h| {
            day.and_hms_opt(h, 0, 0)
                .and_then(|t| zone.from_local_datetime(&t).earliest())
        })
        .map(|t| t.timestamp())
        .unwrap_or_else(|| {
            day.and_hms_opt(0, 0, 0)
                .unwrap_or_default()
                .and_utc()
                .timestamp()
        })
}

// ---- The public pages ----

/// One lane's latest report as a table row.
struct LaneRow {
    label: String,
    status: String,
    lanes_open: String,
    wait: String,
    updated: String,
    datetime: String,
    stale: bool,
    usual: String,
}

fn lane_row(ctx: &Ctx, app: &AppState, r: &Reading, zone: Tz, t: i64) -> LaneRow {
    let tr = &ctx.tr;
    let stale = r.is_stale(app, t);
    let args = [
        ("ago", ago_text(tr, t - r.reported_at)),
        ("time", clock(r.reported_at, zone)),
    ];
    LaneRow {
        label: lane_label(tr, r.lane),
        status: status_label(tr, r.status),
        lanes_open: r.lanes_open.to_string(),
        wait: r
            .delay_minutes
            .map(|m| wait_text(tr, m))
            .unwrap_or_else(|| "—".to_string()),
        updated: if stale {
            tr.with("wait-times-stale", &args)
        } else {
            tr.with("wait-times-updated", &args)
        },
        datetime: rfc3339(r.reported_at),
        stale,
        usual: String::new(),
    }
}

/// The latest rows of a port, and the names of the lanes never reported.
fn port_rows(
    ctx: &Ctx,
    app: &AppState,
    port: &Port,
    readings: &[Reading],
    t: i64,
) -> (Vec<(LaneKind, LaneRow)>, String) {
    let zone = time_zone(port);
    let mut rows = Vec::new();
    let mut missing = Vec::new();
    for lane in LaneKind::ALL {
        match readings
            .iter()
            .find(|r| r.port_id == port.id && r.lane == lane)
        {
            Some(r) => rows.push((lane, lane_row(ctx, app, r, zone, t))),
            None => missing.push(lane_label(&ctx.tr, lane)),
        }
    }
    (rows, missing.join(", "))
}

struct PortBlock {
    id: String,
    name: String,
    rows: Vec<LaneRow>,
    missing: String,
}

#[derive(Template)]
#[template(path = "wait_times/list.html")]
struct ListPage<'a> {
    ctx: &'a Ctx,
    ports: Vec<PortBlock>,
}

async fn list(State(app): State<AppState>, ctx: Ctx) -> Result<Response> {
    let readings = latest(&app, None).await?;
    let t = app.clock.timestamp();
    let ports = app
        .ports
        .iter()
        .map(|p| {
            let (rows, missing) = port_rows(&ctx, &app, p, &readings, t);
            PortBlock {
                id: p.id.clone(),
                name: p.name.clone(),
                rows: rows.into_iter().map(|(_, r)| r).collect(),
                missing,
            }
        })
        .collect();
    Ok(render(StatusCode::OK, &ListPage { ctx: &ctx, ports }))
}

/// A lane shown in a chart's legend.
struct Legend {
    label: String,
    stroke: &'static str,
    dash: &'static str,
}

/// One group of lanes over the last 7 days: a chart and the same figures as a table.
struct GroupWeek {
    id: &'static str,
    title: String,
    desc: String,
    chart: Option<Chart>,
    legend: Vec<Legend>,
    caption: String,
    /// Lane names (column headers).
    columns: Vec<String>,
    /// (day, a cell per lane)
    rows: Vec<(String, Vec<String>)>,
}

#[derive(Template)]
#[template(path = "wait_times/port.html")]
struct PortPage<'a> {
    ctx: &'a Ctx,
    port: &'a Port,
    /// The latest reports, as on the list page, with the usual wait.
    p: PortBlock,
    usual_note: String,
    groups: Vec<GroupWeek>,
    width: i64,
    height: i64,
    left: String,
    right: String,
    top: String,
    bottom: String,
}

pub const CHART_DAYS: i64 = 7;

fn usual_text(tr: &Tr, u: Option<Usual>) -> String {
    match u {
        Some(u) => tr.with(
            "wait-times-usual-value",
            &[
                ("wait", wait_text(tr, round_minutes(u.median))),
                ("count", u.reports.to_string()),
            ],
        ),
        None => tr.t("wait-times-usual-none"),
    }
}

fn day_cell(tr: &Tr, day: Day) -> String {
    match day {
        Day::NoReports => tr.t("wait-times-table-none"),
        Day::Closed => tr.t("wait-times-status-closed"),
        Day::Waits { median, max } => tr.with(
            "wait-times-table-cell",
            &[
                ("median", round_minutes(median).to_string()),
                ("max", max.to_string()),
            ],
        ),
    }
}

fn group_week(
    tr: &Tr,
    group: Group,
    history: &[Reading],
    zone: Tz,
    days: &[(NaiveDate, i64, i64)],
) -> GroupWeek {
    let start = days.first().map(|d| d.1).unwrap_or(0);
    let end = days.last().map(|d| d.2).unwrap_or(0);
    let series: Vec<(LaneKind, Vec<Point>)> = group
        .lanes()
        .map(|lane| {
            let points = history
                .iter()
                .filter(|r| r.lane == lane && r.reported_at >= start && r.reported_at < end)
                .map(|r| Point {
                    at: r.reported_at,
                    delay: r.delay_minutes,
                })
                .collect();
            (lane, points)
        })
        .collect();
    let group_name = group_label(tr, group);
    let labels: Vec<(i64, i64, String)> = days
        .iter()
        .map(|(d, s, e)| (*s, *e, weekday_label(tr, *d)))
        .collect();
    let dates: Vec<NaiveDate> = days.iter().map(|d| d.0).collect();
    let any = series.iter().any(|(_, p)| !p.is_empty());
    let highest = series
        .iter()
        .flat_map(|(lane, points)| points.iter().map(move |p| (lane, p)))
        .filter_map(|(lane, p)| p.delay.map(|d| (d, *lane, p.at)))
        .max_by_key(|(d, _, at)| (*d, -*at));
    let max = match highest {
        Some((d, lane, at)) => tr.with(
            "wait-times-chart-max",
            &[
                ("wait", wait_text(tr, d)),
                ("lane", lane_short(tr, lane)),
                (
                    "day",
                    local(at, zone)
                        .map(|t| weekday_label(tr, t.date_naive()))
                        .unwrap_or_default(),
                ),
                ("time", clock(at, zone)),
            ],
        ),
        None => tr.t("wait-times-chart-max-none"),
    };
    let first = labels.first().map(|l| l.2.clone()).unwrap_or_default();
    let last = labels.last().map(|l| l.2.clone()).unwrap_or_default();
    GroupWeek {
        id: group.id(),
        title: tr.t1("wait-times-chart-title", "group", &group_name),
        desc: tr.with(
            "wait-times-chart-desc",
            &[
                ("group", group_name.clone()),
                ("from", first),
                ("to", last),
                ("max", max),
            ],
        ),
        chart: any.then(|| chart::build(&series, &labels)),
        legend: series
            .iter()
            .enumerate()
            .map(|(i, (lane, _))| {
                let (stroke, dash) = chart::STYLES[i % chart::STYLES.len()];
                Legend {
                    label: lane_short(tr, *lane),
                    stroke,
                    dash,
                }
            })
            .collect(),
        caption: tr.t1("wait-times-table-caption", "group", &group_name),
        columns: series.iter().map(|(l, _)| lane_short(tr, *l)).collect(),
        rows: {
            let per_lane: Vec<Vec<Day>> = series
                .iter()
                .map(|(_, points)| by_day(points, zone, &dates))
                .collect();
            dates
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    (
                        weekday_label(tr, *d),
                        per_lane.iter().map(|days| day_cell(tr, days[i])).collect(),
                    )
                })
                .collect()
        },
    }
}

async fn port_page(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(port_id): Path<String>,
) -> Result<Response> {
    let port = port(&app, &port_id)?;
    let zone = time_zone(port);
    let t = app.clock.timestamp();
    let readings = latest(&app, Some(&port.id)).await?;
    let history = super::history(&app, &port.id, t - usual::USUAL_WINDOW_DAYS * 86_400).await?;
    let (rows, missing) = port_rows(&ctx, &app, port, &readings, t);
    let rows = rows
        .into_iter()
        .map(|(lane, mut row)| {
            let points: Vec<Point> = history
                .iter()
                .filter(|r| r.lane == lane)
                .map(|r| Point {
                    at: r.reported_at,
                    delay: r.delay_minutes,
                })
                .collect();
            row.usual = usual_text(&ctx.tr, usual_at_hour(&points, zone, t));
            row
        })
        .collect();
    let today = local(t, zone).map(|l| l.date_naive()).unwrap_or_default();
    let days: Vec<(NaiveDate, i64, i64)> = (0..CHART_DAYS)
        .rev()
        .filter_map(|back| today.checked_sub_days(chrono::Days::new(back as u64)))
        .map(|d| {
            let next = d.succ_opt().unwrap_or(d);
            (d, day_start(zone, d), day_start(zone, next))
        })
        .collect();
    let hour = local(t, zone)
        .map(|l| chrono::Timelike::hour(&l))
        .unwrap_or(0);
    let usual_note = ctx.tr.with(
        "wait-times-usual-note",
        &[
            ("from", format!("{hour:02}:00")),
            ("to", format!("{:02}:00", (hour + 1) % 24)),
            ("days", usual::USUAL_WINDOW_DAYS.to_string()),
            ("count", usual::USUAL_MIN_REPORTS.to_string()),
        ],
    );
    let groups = Group::ALL
        .iter()
        .map(|g| group_week(&ctx.tr, *g, &history, zone, &days))
        .collect();
    Ok(render(
        StatusCode::OK,
        &PortPage {
            ctx: &ctx,
            port,
            p: PortBlock {
                id: port.id.clone(),
                name: port.name.clone(),
                rows,
                missing,
            },
            usual_note,
            groups,
            width: chart::WIDTH,
            height: chart::HEIGHT,
            left: chart::num(chart::LEFT),
            right: chart::num(chart::RIGHT),
            top: chart::num(chart::TOP),
            bottom: chart::num(chart::BOTTOM),
        },
    ))
}

// ---- The officers' console ----

struct ConsoleLane {
    legend: String,
    current: String,
    stale: bool,
    status_field: &'static str,
    lanes_field: &'static str,
    delay_field: &'static str,
    status: String,
    lanes_open: String,
    delay: String,
}

struct ConsoleGroup {
    title: String,
    lanes: Vec<ConsoleLane>,
}

#[derive(Template)]
#[template(path = "wait_times/console.html")]
struct ConsolePage<'a> {
    ctx: &'a Ctx,
    port: &'a Port,
    groups: Vec<ConsoleGroup>,
    statuses: Vec<(&'static str, String)>,
    errors: FormErrors,
    /// The error summary: (field, message naming the lane and the field), since the same
    /// message can concern several lanes.
    summary: Vec<(String, String)>,
    saved: bool,
}

#[derive(Template)]
#[template(path = "wait_times/console_ports.html")]
struct ConsolePorts<'a> {
    ctx: &'a Ctx,
    ports: &'a [Port],
}

#[derive(Deserialize)]
struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

/// "Pedestrians: Ready Lane, wait in minutes: This number cannot be less than 0."
fn summary_line(tr: &Tr, field: &str, message: &str) -> String {
    let Some((lane, property)) = field
        .split_once('.')
        .and_then(|(l, p)| Some((LaneKind::parse(l)?, p)))
    else {
        return message.to_string();
    };
    let property = match property {
        "status" => "wait-times-field-status",
        "lanes_open" => "wait-times-field-lanes-open",
        _ => "wait-times-field-delay",
    };
    tr.with(
        "wait-times-error-in",
        &[
            ("lane", lane_label(tr, lane)),
            ("field", tr.t(property)),
            ("message", message.to_string()),
        ],
    )
}

async fn console_page(
    app: &AppState,
    ctx: &Ctx,
    port: &Port,
    form: &HashMap<String, String>,
    errors: FormErrors,
    saved: bool,
) -> Result<Response> {
    let tr = &ctx.tr;
    let summary = errors
        .general
        .iter()
        .map(|m| (String::new(), m.clone()))
        .chain(
            errors
                .fields
                .iter()
                .map(|(f, m)| (f.clone(), summary_line(tr, f, m))),
        )
        .collect();
    let zone = time_zone(port);
    let t = app.clock.timestamp();
    let readings = latest(app, Some(&port.id)).await?;
    let value = |field: &str| form.get(field).cloned().unwrap_or_default();
    let groups = Group::ALL
        .iter()
        .map(|g| ConsoleGroup {
            title: group_label(tr, *g),
            lanes: g
                .lanes()
                .map(|lane| {
                    let current = readings.iter().find(|r| r.lane == lane);
                    ConsoleLane {
                        legend: lane_short(tr, lane),
                        current: match current {
                            Some(r) if r.status == Status::Closed => tr.t1(
                                "wait-times-current-closed",
                                "updated",
                                lane_row(ctx, app, r, zone, t).updated,
                            ),
                            Some(r) => {
                                let row = lane_row(ctx, app, r, zone, t);
                                tr.with(
                                    "wait-times-current",
                                    &[
                                        ("status", row.status),
                                        ("lanes", row.lanes_open),
                                        ("wait", row.wait),
                                        ("updated", row.updated),
                                    ],
                                )
                            }
                            None => tr.t("wait-times-current-none"),
                        },
                        stale: current.is_some_and(|r| r.is_stale(app, t)),
                        status_field: lane.field(Field::Status),
                        lanes_field: lane.field(Field::LanesOpen),
                        delay_field: lane.field(Field::Delay),
                        status: value(lane.field(Field::Status)),
                        lanes_open: value(lane.field(Field::LanesOpen)),
                        delay: value(lane.field(Field::Delay)),
                    }
                })
                .collect(),
        })
        .collect();
    let status = if errors.any() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(render(
        status,
        &ConsolePage {
            ctx,
            port,
            groups,
            statuses: Status::ALL
                .iter()
                .map(|s| (s.id(), status_label(tr, *s)))
                .collect(),
            errors,
            summary,
            saved,
        },
    ))
}

/// An officer's own port; an administrator chooses a port.
async fn console(
    State(app): State<AppState>,
    ctx: Ctx,
    Query(q): Query<SavedQuery>,
) -> Result<Response> {
    let account = account(&ctx)?;
    match (account.role, account.port_id.clone()) {
        (Role::Officer, Some(port_id)) => {
            let port = port(&app, &port_id)?;
            console_page(
                &app,
                &ctx,
                port,
                &HashMap::new(),
                FormErrors::default(),
                q.saved.is_some(),
            )
            .await
        }
        (Role::Admin, _) => Ok(render(
            StatusCode::OK,
            &ConsolePorts {
                ctx: &ctx,
                ports: &app.ports,
            },
        )),
        _ => Err(Error::Forbidden),
    }
}

async fn console_port(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(port_id): Path<String>,
    Query(q): Query<SavedQuery>,
) -> Result<Response> {
    let (_, port) = reporter(&ctx, &app, &port_id)?;
    console_page(
        &app,
        &ctx,
        port,
        &HashMap::new(),
        FormErrors::default(),
        q.saved.is_some(),
    )
    .await
}

/// The lanes the officer filled in. A lane left entirely empty is not reported; one with
/// figures but no status is (and the missing status is pointed out).
fn form_reports(form: &HashMap<String, String>) -> Vec<LaneReport> {
    let get = |field: &str| {
        form.get(field)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    LaneKind::ALL
        .iter()
        .filter_map(|lane| {
            let status = get(lane.field(Field::Status));
            let lanes_open = get(lane.field(Field::LanesOpen));
            let delay_minutes = get(lane.field(Field::Delay));
            if status.is_none() && lanes_open.is_none() && delay_minutes.is_none() {
                return None;
            }
            Some(LaneReport {
                lane: lane.id().to_string(),
                status: status.unwrap_or_default(),
                lanes_open,
                delay_minutes,
            })
        })
        .collect()
}

async fn console_save(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(port_id): Path<String>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    let (account, port) = reporter(&ctx, &app, &port_id)?;
    let reports = form_reports(&form);
    if reports.is_empty() {
        let errors = FormErrors::general(ctx.t("wait-times-console-nothing"));
        return console_page(&app, &ctx, port, &form, errors, false).await;
    }
    match parse_reports(&reports) {
        Ok(updates) => {
            super::record(&app, &port.id, account.id, &updates).await?;
            Ok(Redirect::to(&format!("/console/wait-times/{}?saved=1", port.id)).into_response())
        }
        Err(invalid) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            console_page(&app, &ctx, port, &form, errors, false).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lane_left_empty_is_not_reported() {
        let form: HashMap<String, String> = [
            ("csrf_token", "x"),
            ("passenger-standard.status", "open"),
            ("passenger-standard.lanes_open", "4"),
            ("passenger-standard.delay_minutes", "30"),
            ("passenger-ready.status", ""),
            ("passenger-ready.lanes_open", " "),
            ("pedestrian-standard.delay_minutes", "12"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let reports = form_reports(&form);
        assert_eq!(reports.len(), 2);
        assert_eq!(reports[0].lane, "passenger-standard");
        assert_eq!(reports[1].lane, "pedestrian-standard");
        assert_eq!(
            reports[1].status, "",
            "figures without a status are refused later"
        );
    }

    #[test]
    fn days_start_at_local_midnight() {
        let zone: Tz = "America/Phoenix".parse().unwrap();
        let d = NaiveDate::from_ymd_opt(2024, 5, 14).unwrap();
        assert_eq!(day_start(zone, d), 1_715_670_000); // 2024-05-14T07:00:00Z
    }
}
