//! The audit trail's page (admins only): the latest entries.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;

use super::Row;
use crate::http::context::Ctx;
use crate::http::errors::Result;
use crate::http::roles::Admin;
use crate::pages::render;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/admin/audit", get(page))
}

#[derive(Template)]
#[template(path = "audit/list.html")]
struct AuditPage<'a> {
    ctx: &'a Ctx,
    rows: Vec<Row>,
    /// Each entry's time in the daily cycle's zone, as the reader's language writes it.
    times: Vec<String>,
}

async fn page(State(app): State<AppState>, _: Admin, ctx: Ctx) -> Result<Response> {
    let rows = super::latest(&app.db, 200).await?;
    let zone = app.settings.cycle.time_zone;
    let times = rows
        .iter()
        .map(|r| {
            chrono::DateTime::from_timestamp(r.at, 0)
                .map(|t| crate::locale_format::date_time(ctx.tr.code(), t, zone))
                .unwrap_or_else(|| r.at.to_string())
        })
        .collect();
    Ok(render(
        StatusCode::OK,
        &AuditPage {
            ctx: &ctx,
            rows,
            times,
        },
    ))
}
