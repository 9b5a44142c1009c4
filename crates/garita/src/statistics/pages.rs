//! `/stats`: the published figures of a range of days as bar charts drawn on the server (inline
//! SVG, no script), each with the same figures in a table beside it, the week's requests by
//! state, the licence, and links to the CSV and JSON. Public.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use chrono::{Datelike, NaiveDate};
use garita_domain::statistics::{self as rules, BarChart, Metric};
use garita_domain::wait_times::LaneKind;
use serde::Deserialize;

use super::{Published, LICENCE, LICENCE_URL};
use crate::http::context::Ctx;
use crate::http::errors::Result;
use crate::http::forms::ApiQuery;
use crate::pages::render;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/stats", get(page))
}

#[derive(Deserialize, Default)]
struct PageQuery {
    from: Option<String>,
    to: Option<String>,
    /// The port whose median waits are drawn (default: the first with reports in the range).
    port: Option<String>,
}

/// One row of a chart's table.
struct Row {
    date: String,
    people: String,
    groups: String,
    hidden: bool,
}

struct ChartView {
    id: String,
    title: String,
    /// What the table's two columns show, and the chart's caption.
    heads: (String, String),
    caption: String,
    desc: String,
    chart: BarChart,
    /// (x, label) under the bars.
    labels: Vec<(String, String)>,
    rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "statistics/page.html")]
struct StatsPage<'a> {
    ctx: &'a Ctx,
    from: String,
    to: String,
    period: String,
    charts: Vec<ChartView>,
    csv_url: String,
    json_url: String,
    licence: &'static str,
    licence_url: &'static str,
    threshold: u64,
    width: i64,
    height: i64,
    week: Option<String>,
    states: Vec<Row>,
    nationalities: Vec<Row>,
    published: bool,
    /// (id, name, chosen) of every port, for the wait charts' port.
    ports: Vec<(String, String, bool)>,
    waits: Vec<ChartView>,
}

/// The metrics charted, with their ids and message keys.
const CHARTS: [(Metric, &str); 6] = [
    (Metric::Requests, "requests"),
    (Metric::Selected, "selected"),
    (Metric::Confirmed, "confirmed"),
    (Metric::CheckedIn, "checked-in"),
    (Metric::NoShows, "no-shows"),
    (Metric::Cancellations, "cancellations"),
];

fn number(ctx: &Ctx, n: i64) -> String {
    crate::locale_format::number(ctx.tr.code(), n)
}

fn chart(
    ctx: &Ctx,
    metric: Metric,
    id: &'static str,
    days: &[NaiveDate],
    figures: &[Published],
) -> ChartView {
    let totals: Vec<Option<&Published>> = days
        .iter()
        .map(|d| {
            let d = d.to_string();
            figures
                .iter()
                .find(|f| f.day == d && f.metric == metric.as_str() && f.place.is_empty())
        })
        .collect();
    let values: Vec<Option<u64>> = totals
        .iter()
        .map(|f| match f {
            Some(f) if f.hidden == 0 => Some(f.people.unwrap_or(0).max(0) as u64),
            Some(_) => None,
            None => Some(0),
        })
        .collect();
    let chart = rules::bars(&values);
    let labels = day_labels(&chart, days);
    let hidden_word = ctx.t("stats-hidden");
    let rows = days
        .iter()
        .zip(&totals)
        .map(|(d, f)| {
            let hidden = f.is_some_and(|f| f.hidden == 1);
            let show = |v: Option<i64>| match (hidden, v) {
                (true, _) => hidden_word.clone(),
                (false, v) => number(ctx, v.unwrap_or(0)),
            };
            Row {
                date: ctx.tr.date(*d),
                people: show(f.and_then(|f| f.people)),
                groups: show(f.and_then(|f| f.groups)),
                hidden,
            }
        })
        .collect();
    let shown: u64 = values.iter().flatten().sum();
    let hidden_days = values.iter().filter(|v| v.is_none()).count();
    ChartView {
        id: id.to_string(),
        title: ctx.t(&format!("stats-chart-{id}")),
        heads: (ctx.t("stats-people"), ctx.t("stats-groups")),
        caption: ctx.t("stats-chart-caption"),
        desc: ctx.tr.with(
            "stats-chart-desc",
            &[
                ("days", days.len().to_string()),
                ("people", shown.to_string()),
                ("hidden", hidden_days.to_string()),
            ],
        ),
        chart,
        labels,
        rows,
    }
}

async fn page(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiQuery(q): ApiQuery<PageQuery>,
) -> Result<Response> {
    let range = super::range(&app, q.from.as_deref(), q.to.as_deref()).await?;
    let figures = super::published(&app, range).await?;
    let days: Vec<NaiveDate> = range.days().collect();
    let charts = CHARTS
        .iter()
        .map(|(m, id)| chart(&ctx, *m, id, &days, &figures))
        .collect();
    // The latest week of the range with requests by state (and by nationality).
    let week = figures
        .iter()
        .filter(|f| {
            f.metric == Metric::RequestsByState.as_str()
                || f.metric == Metric::RequestsByNationality.as_str()
        })
        .map(|f| f.day.clone())
        .max();
    let states = weekly(
        &ctx,
        &figures,
        Metric::RequestsByState,
        week.as_deref(),
        |d| d.to_string(),
    );
    let language = ctx.tr.code();
    let unknown = ctx.t("stats-nationality-unknown");
    let mut nationalities = weekly(
        &ctx,
        &figures,
        Metric::RequestsByNationality,
        week.as_deref(),
        |code| match crate::travelers::countries::name(code, language) {
            "" => unknown.clone(),
            name => name.to_string(),
        },
    );
    nationalities.sort_by(|a, b| a.date.cmp(&b.date));
    let week = week
        .and_then(|w| w.parse::<NaiveDate>().ok())
        .map(|w| ctx.tr.date(w));
    let (port, waits) = wait_charts(&ctx, &app, q.port.as_deref(), &days, &figures);
    let ports = app
        .ports
        .iter()
        .map(|p| (p.id.clone(), p.name.clone(), p.id == port))
        .collect();
    let query = format!("from={}&to={}", range.from, range.to);
    let page = StatsPage {
        from: range.from.to_string(),
        to: range.to.to_string(),
        period: ctx.tr.with(
            "stats-period",
            &[
                ("from", ctx.tr.date(range.from)),
                ("to", ctx.tr.date(range.to)),
            ],
        ),
        charts,
        csv_url: format!("/api/v1/stats?{query}&format=csv"),
        json_url: format!("/api/v1/stats?{query}"),
        licence: LICENCE,
        licence_url: LICENCE_URL,
        threshold: super::refresh::threshold(&app),
        width: rules::CHART_WIDTH,
        height: rules::CHART_HEIGHT,
        week,
        states,
        nationalities,
        published: !figures.is_empty(),
        ports,
        waits,
        ctx: &ctx,
    };
    // The page keeps render's no-store: it carries the reader's CSRF token and sign-in state
    // (the figures themselves are public and cacheable through the API).
    Ok(render(StatusCode::OK, &page))
}

/// One week's table of a weekly metric, each dimension named by `name`.
fn weekly(
    ctx: &Ctx,
    figures: &[Published],
    metric: Metric,
    week: Option<&str>,
    name: impl Fn(&str) -> String,
) -> Vec<Row> {
    let hidden_word = ctx.t("stats-hidden");
    figures
        .iter()
        .filter(|f| f.metric == metric.as_str() && Some(f.day.as_str()) == week)
        .map(|f| {
            let hidden = f.hidden == 1;
            let show = |v: Option<i64>| {
                if hidden {
                    hidden_word.clone()
                } else {
                    number(ctx, v.unwrap_or(0))
                }
            };
            Row {
                date: name(&f.dimension),
                people: show(f.people),
                groups: show(f.groups),
                hidden,
            }
        })
        .collect()
}

/// The port whose waits are drawn, and one chart per lane with reports: each day's median of
/// the reported waits (minutes), no bar on a day without a report.
fn wait_charts(
    ctx: &Ctx,
    app: &AppState,
    asked: Option<&str>,
    days: &[NaiveDate],
    figures: &[Published],
) -> (String, Vec<ChartView>) {
    let medians: Vec<&Published> = figures
        .iter()
        .filter(|f| f.metric == Metric::WaitMedian.as_str())
        .collect();
    let port = asked
        .filter(|p| app.ports.iter().any(|q| q.id == *p))
        .map(str::to_string)
        .or_else(|| {
            app.ports
                .iter()
                .find(|p| medians.iter().any(|f| f.place == p.id))
                .map(|p| p.id.clone())
        })
        .or_else(|| app.ports.first().map(|p| p.id.clone()))
        .unwrap_or_default();
    let port_name = app
        .ports
        .iter()
        .find(|p| p.id == port)
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let none = ctx.t("stats-wait-none");
    let charts = LaneKind::ALL
        .iter()
        .filter(|lane| {
            medians
                .iter()
                .any(|f| f.place == port && f.dimension == lane.as_str())
        })
        .map(|lane| {
            let of_day: Vec<Option<&&Published>> = days
                .iter()
                .map(|d| {
                    let d = d.to_string();
                    medians
                        .iter()
                        .find(|f| f.day == d && f.place == port && f.dimension == lane.as_str())
                })
                .collect();
            let values: Vec<Option<u64>> = of_day
                .iter()
                .map(|f| Some(f.and_then(|f| f.people).unwrap_or(0).max(0) as u64))
                .collect();
            let chart = rules::bars(&values);
            let labels = day_labels(&chart, days);
            let rows = days
                .iter()
                .zip(&of_day)
                .map(|(d, f)| Row {
                    date: ctx.tr.date(*d),
                    people: match f.and_then(|f| f.people) {
                        Some(m) => ctx.tr.t1("wait-times-minutes", "minutes", m),
                        None => none.clone(),
                    },
                    groups: number(ctx, f.and_then(|f| f.groups).unwrap_or(0)),
                    hidden: false,
                })
                .collect();
            let lane_name = ctx.tr.with(
                "wait-times-lane-full",
                &[
                    (
                        "group",
                        ctx.t(&format!("wait-times-group-{}", lane.group().as_str())),
                    ),
                    ("lane", ctx.t(&format!("wait-times-lane-{}", lane.as_str()))),
                ],
            );
            let empty = of_day.iter().filter(|f| f.is_none()).count();
            ChartView {
                id: format!("wait-{}", lane.as_str()),
                title: ctx.tr.with(
                    "stats-wait-title",
                    &[("port", port_name.clone()), ("lane", lane_name)],
                ),
                heads: (ctx.t("stats-wait-median"), ctx.t("stats-wait-reports")),
                caption: ctx.t("stats-wait-caption"),
                desc: ctx.tr.with(
                    "stats-wait-desc",
                    &[
                        ("days", days.len().to_string()),
                        ("empty", empty.to_string()),
                    ],
                ),
                chart,
                labels,
                rows,
            }
        })
        .collect();
    (port, charts)
}

/// (x, day of the month) under every n-th bar, at most ten labels.
fn day_labels(chart: &BarChart, days: &[NaiveDate]) -> Vec<(String, String)> {
    let every = days.len().div_ceil(10).max(1);
    chart
        .bars
        .iter()
        .zip(days)
        .enumerate()
        .filter(|(i, _)| i % every == 0)
        .map(|(_, (b, d))| {
            let x: f64 = b.x.parse().unwrap_or(0.0) + b.width.parse::<f64>().unwrap_or(0.0) / 2.0;
            (format!("{x:.1}"), d.day().to_string())
        })
        .collect()
}
