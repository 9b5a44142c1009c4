//! One port's page (`/wait-times/{port_id}`): its latest reports with the usual wait at this
//! hour, and for each group of lanes the last 7 days as a chart and as a table.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{NaiveDate, Timelike};
use chrono_tz::Tz;
use garita_domain::ports::Port;
use garita_domain::wait_times::chart::{self, Chart, LocalDay};
use garita_domain::wait_times::usual::{
    by_day, local, round_minutes, usual_at_hour, Day, Point, Usual, USUAL_MIN_REPORTS,
    USUAL_WINDOW_DAYS,
};
use garita_domain::wait_times::{Group, LaneKind};

use super::list::{port_rows, PortBlock};
use super::words::{clock, group_label, lane_short, wait_text, weekday_label};
use crate::http::context::Ctx;
use crate::http::errors::Result;
use crate::i18n::Tr;
use crate::pages::render;
use crate::state::AppState;
use crate::wait_times::{history, latest_public, port, Reading};

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
    /// The port's zone as people say it ("hora del Pacífico"), never its IANA id.
    zone_name: String,
    groups: Vec<GroupWeek>,
    width: i64,
    height: i64,
    left: String,
    right: String,
    top: String,
    bottom: String,
}

/// A stored report as the figures need it: when, and the wait (None: closed).
fn point(r: &Reading) -> Point {
    Point {
        at: r.reported_at,
        delay: r.delay_minutes,
    }
}

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
    days: &[LocalDay],
) -> GroupWeek {
    let start = days.first().map(|d| d.start).unwrap_or(0);
    let end = days.last().map(|d| d.end).unwrap_or(0);
    let series: Vec<(LaneKind, Vec<Point>)> = group
        .lanes()
        .map(|lane| {
            let points = history
                .iter()
                .filter(|r| r.lane == lane && r.reported_at >= start && r.reported_at < end)
                .map(point)
                .collect();
            (lane, points)
        })
        .collect();
    let group_name = group_label(tr, group);
    let labels: Vec<(i64, i64, String)> = days
        .iter()
        .map(|d| (d.start, d.end, weekday_label(tr, d.date)))
        .collect();
    let dates: Vec<NaiveDate> = days.iter().map(|d| d.date).collect();
    let any = series.iter().any(|(_, p)| !p.is_empty());
    let max = match chart::peak(&series) {
        Some(peak) => tr.with(
            "wait-times-chart-max",
            &[
                ("wait", wait_text(tr, peak.minutes)),
                ("lane", lane_short(tr, peak.lane)),
                (
                    "day",
                    local(peak.at, zone)
                        .map(|t| weekday_label(tr, t.date_naive()))
                        .unwrap_or_default(),
                ),
                ("time", clock(tr, peak.at, zone)),
            ],
        ),
        None => tr.t("wait-times-chart-max-none"),
    };
    let first = labels.first().map(|l| l.2.clone()).unwrap_or_default();
    let last = labels.last().map(|l| l.2.clone()).unwrap_or_default();
    let per_lane: Vec<Vec<Day>> = series
        .iter()
        .map(|(_, points)| by_day(points, zone, &dates))
        .collect();
    GroupWeek {
        id: group.as_str(),
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
        rows: dates
            .iter()
            .enumerate()
            .map(|(i, d)| {
                (
                    weekday_label(tr, *d),
                    per_lane.iter().map(|days| day_cell(tr, days[i])).collect(),
                )
            })
            .collect(),
    }
}

pub(super) async fn port_page(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(port_id): Path<String>,
) -> Result<Response> {
    let port = port(&app, &port_id)?;
    let zone = port.zone();
    let t = app.clock.timestamp();
    let readings = latest_public(&app, Some(&port.id)).await?;
    let history = history(&app, &port.id, t - USUAL_WINDOW_DAYS * 86_400).await?;
    let (rows, missing) = port_rows(&ctx, &app, port, &readings, t);
    let rows = rows
        .into_iter()
        .map(|(lane, mut row)| {
            let points: Vec<Point> = history
                .iter()
                .filter(|r| r.lane == lane)
                .map(point)
                .collect();
            row.usual = usual_text(&ctx.tr, usual_at_hour(&points, zone, t));
            row
        })
        .collect();
    let days = chart::last_days(t, zone, chart::CHART_DAYS);
    let hour = local(t, zone).map(|l| l.hour()).unwrap_or(0);
    let usual_note = ctx.tr.with(
        "wait-times-usual-note",
        &[
            ("from", format!("{hour:02}:00")),
            ("to", format!("{:02}:00", (hour + 1) % 24)),
            ("days", USUAL_WINDOW_DAYS.to_string()),
            ("count", USUAL_MIN_REPORTS.to_string()),
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
            zone_name: crate::locale_format::zone_name(ctx.tr.code(), zone, app.clock.now()),
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
