//! The public record of each day's draw: `GET /api/v1/draws/{date}` (JSON anyone can verify
//! with `garita verify-draw`) and a page at `/draws/{date}`.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

use super::{record, Record};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::pages::render;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/draws/{date}", get(show))
        .route("/draws/{date}", get(page))
}

#[derive(Serialize, ToSchema)]
pub struct Commitment {
    #[schema(value_type = String, format = Date)]
    pub date: NaiveDate,
    /// "committed": the draw has not run; only the commitment is public.
    pub status: &'static str,
    /// SHA-256 (hex) of the secret seed, published before the request window closes.
    pub commitment: String,
}

fn parse_day(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Error::NotFound)
}

/// A day's draw. Before it runs: its commitment. After: the seed, the rules' parameters, every
/// participating request (pseudonymous), the places offered and the results.
#[utoipa::path(get, path = "/api/v1/draws/{date}", tag = "draws", params(("date" = String, Path, description = "YYYY-MM-DD")),
    responses((status = 200, description = "The commitment, or the whole published draw (fields: algorithm, date, commitment, seed, params, offers, requests, results)", body = Commitment),
              (status = 404, description = "No draw for that day")))]
pub async fn show(State(app): State<AppState>, Path(date): Path<String>) -> Result<Response> {
    let day = parse_day(&date)?;
    match record(&app, day).await?.ok_or(Error::NotFound)? {
        Record::Committed { commitment } => Ok(Json(Commitment {
            date: day,
            status: "committed",
            commitment,
        })
        .into_response()),
        Record::Done(published) => Ok(Json(published).into_response()),
    }
}

#[derive(Template)]
#[template(path = "draw/day.html")]
struct DrawPage<'a> {
    ctx: &'a Ctx,
    day: NaiveDate,
    commitment: String,
    seed: Option<String>,
    participants: usize,
    selected: usize,
}

async fn page(State(app): State<AppState>, ctx: Ctx, Path(date): Path<String>) -> Result<Response> {
    let day = parse_day(&date)?;
    let page = match record(&app, day).await?.ok_or(Error::NotFound)? {
        Record::Committed { commitment } => DrawPage {
            ctx: &ctx,
            day,
            commitment,
            seed: None,
            participants: 0,
            selected: 0,
        },
        Record::Done(p) => DrawPage {
            ctx: &ctx,
            day,
            commitment: p.commitment.clone(),
            seed: Some(p.seed.clone()),
            participants: p.requests.len(),
            selected: p.results.len(),
        },
    };
    Ok(render(StatusCode::OK, &page))
}
