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
}

async fn page(State(app): State<AppState>, _: Admin, ctx: Ctx) -> Result<Response> {
    let rows = super::latest(&app.db, 200).await?;
    Ok(render(StatusCode::OK, &AuditPage { ctx: &ctx, rows }))
}
