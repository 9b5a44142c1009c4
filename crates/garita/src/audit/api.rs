//! The audit trail over the API (admins only): `GET /api/v1/audit?after=SEQ&limit=N` and a
//! JSON Lines export for archiving and independent checking.

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::Row;
use crate::http::errors::Result;
use crate::http::forms::ApiQuery;
use crate::http::roles::Admin;
use crate::state::AppState;

/// The routes and their OpenAPI entries, declared once (from each handler's `utoipa::path`).
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(export))
}

#[derive(Deserialize)]
pub struct Window {
    #[serde(default)]
    after: i64,
    #[serde(default = "default_limit")]
    limit: i64,
}

fn default_limit() -> i64 {
    200
}

/// Entries after `after` (by sequence number), oldest first. Admins only.
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", security(("bearer" = [])),
    params(("after" = Option<i64>, Query), ("limit" = Option<i64>, Query, description = "1 to 1000")),
    responses((status = 200, body = [Row]), (status = 403)))]
pub async fn list(
    State(app): State<AppState>,
    _: Admin,
    ApiQuery(w): ApiQuery<Window>,
) -> Result<Json<Vec<Row>>> {
    Ok(Json(super::page(&app.db, w.after, w.limit).await?))
}

/// The whole trail as JSON Lines, for archiving and independent checking.
#[utoipa::path(get, path = "/api/v1/audit/export", tag = "audit", security(("bearer" = [])),
    responses((status = 200, content_type = "application/x-ndjson", description = "One entry per line"), (status = 403)))]
pub async fn export(State(app): State<AppState>, _: Admin) -> Result<Response> {
    let mut out = String::new();
    let mut after = 0;
    loop {
        let rows = super::page(&app.db, after, 1000).await?;
        let Some(last) = rows.last() else { break };
        after = last.seq;
        for r in &rows {
            out.push_str(&serde_json::to_string(r)?);
            out.push('\n');
        }
    }
    let mut res = out.into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-ndjson"),
    );
    res.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"garita-audit.jsonl\""),
    );
    Ok(res)
}
