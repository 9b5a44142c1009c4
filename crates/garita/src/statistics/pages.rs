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
}

/// One row of a chart's table.
struct Row {
    date: String,
    people: String,
    groups: String,
    hidden: bool,
}

struct ChartView {
    id: &'static str,
    title: String,
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
    published: bool,
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
    let every = days.len().div_ceil(10).max(1);
    let labels = chart
        .bars
        .iter()
        .zip(days)
        .enumerate()
        .filter(|(i, _)| i % every == 0)
        .map(|(_, (b, d))| {
            let x: f64 = b.x.parse().unwrap_or(0.0) + b.width.parse::<f64>().unwrap_or(0.0) / 2.0;
            (format!("{x:.1}"), d.day().to_string())
        })
        .collect();
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
        id,
        title: ctx.t(&format!("stats-chart-{id}")),
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
    // The latest week of the range with requests by state.
    let weekly: Vec<&Published> = figures
        .iter()
        .filter(|f| f.metric == Metric::RequestsByState.as_str())
        .collect();
    let week = weekly.iter().map(|f| f.day.clone()).max();
    let hidden_word = ctx.t("stats-hidden");
    let states = weekly
        .iter()
        .filter(|f| Some(&f.day) == week.as_ref())
        .map(|f| {
            let hidden = f.hidden == 1;
            let show = |v: Option<i64>| {
                if hidden {
                    hidden_word.clone()
                } else {
                    number(&ctx, v.unwrap_or(0))
                }
            };
            Row {
                date: f.dimension.clone(),
                people: show(f.people),
                groups: show(f.groups),
                hidden,
            }
        })
        .collect();
    let week = week
        .and_then(|w| w.parse::<NaiveDate>().ok())
        .map(|w| ctx.tr.date(w));
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
        published: !figures.is_empty(),
        ctx: &ctx,
    };
    // The page keeps render's no-store: it carries the reader's CSRF token and sign-in state
    // (the figures themselves are public and cacheable through the API).
    Ok(render(StatusCode::OK, &page))
}
