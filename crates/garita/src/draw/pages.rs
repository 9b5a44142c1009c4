//! The public record of each day's draw as a page, `/draws/{date}`: the commitment before it
//! runs; the seed and how many took part and were selected after.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use chrono::NaiveDate;

use super::api::parse_day;
use super::{record, Record};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::pages::render;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/draws/{date}", get(page))
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
