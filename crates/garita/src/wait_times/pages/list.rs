//! The public list of every port's latest wait times (`/wait-times`), and the table rows it
//! shares with the port page and the officers' form.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono_tz::Tz;
use garita_domain::ports::Port;
use garita_domain::wait_times::LaneKind;

use super::words::{ago_text, clock, lane_label, status_label, wait_text};
use crate::http::context::Ctx;
use crate::http::errors::Result;
use crate::pages::render;
use crate::state::AppState;
use crate::wait_times::{latest_public, rfc3339, Reading};

/// One lane's latest report as a table row.
pub(super) struct LaneRow {
    pub(super) label: String,
    pub(super) status: String,
    pub(super) lanes_open: String,
    pub(super) wait: String,
    pub(super) updated: String,
    pub(super) datetime: String,
    pub(super) stale: bool,
    /// The usual wait at this hour (the port page only).
    pub(super) usual: String,
}

pub(super) fn lane_row(ctx: &Ctx, app: &AppState, r: &Reading, zone: Tz, t: i64) -> LaneRow {
    let tr = &ctx.tr;
    let stale = r.is_stale(app, t);
    let args = [
        ("ago", ago_text(tr, t - r.reported_at)),
        ("time", clock(tr, r.reported_at, zone)),
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
pub(super) fn port_rows(
    ctx: &Ctx,
    app: &AppState,
    port: &Port,
    readings: &[Reading],
    t: i64,
) -> (Vec<(LaneKind, LaneRow)>, String) {
    let zone = port.zone();
    let mut rows = Vec::new();
    let mut missing = Vec::new();
    for lane in LaneKind::ALL.iter().copied() {
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

/// A port's latest reports, as a section of the list or the top of the port page.
pub(super) struct PortBlock {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) rows: Vec<LaneRow>,
    pub(super) missing: String,
}

#[derive(Template)]
#[template(path = "wait_times/list.html")]
struct ListPage<'a> {
    ctx: &'a Ctx,
    ports: Vec<PortBlock>,
}

pub(super) async fn list(State(app): State<AppState>, ctx: Ctx) -> Result<Response> {
    let readings = latest_public(&app, None).await?;
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
