//! The public record of each day's draw as a page, `/draws/{date}`: the commitment before it
//! runs; the seed and how many took part and were selected after. A signed-in traveler also
//! sees their own group's pseudonymous id in it; `/draws` lists the draws that have run.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use chrono::NaiveDate;

use garita_domain::status::DrawStatus;

use super::api::parse_day;
use super::served::Served;
use super::{record, Record};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::pages::render;
use crate::state::AppState;

/// How many earlier draws the page of one draw links to (the list has more).
const RECENT: i64 = 14;
/// How many draws the list shows.
const LISTED: i64 = 120;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/draws", get(list))
        .route("/draws/{date}", get(page))
}

/// The signed-in traveler's group in a draw that has run: the id it took part under (keyed
/// per draw, so it cannot be followed from one day to the next) and whether it was selected.
pub struct Mine {
    pub id: String,
    pub selected: bool,
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
    /// `None`: not a signed-in traveler, or the draw has not run. `Some(None)`: the
    /// traveler's group did not take part.
    mine: Option<Option<Mine>>,
    past: Vec<NaiveDate>,
    /// The roster draw of the same day ran (held places given out first): linked.
    roster: bool,
}

#[derive(Template)]
#[template(path = "draw/list.html")]
struct ListPage<'a> {
    ctx: &'a Ctx,
    days: Vec<NaiveDate>,
}

/// The days of the draws that have run, newest first, before `before` if given.
async fn done_days(
    app: &AppState,
    before: Option<NaiveDate>,
    limit: i64,
) -> Result<Vec<NaiveDate>> {
    let days: Vec<String> = sqlx::query_scalar(
        "SELECT day FROM draws WHERE status = $1 AND day < $2 ORDER BY day DESC LIMIT $3",
    )
    .bind(DrawStatus::Done.as_str())
    // ISO dates sort as text; "9999-12-31" stands for "no bound".
    .bind(before.map_or_else(|| "9999-12-31".to_string(), |d| d.to_string()))
    .bind(limit)
    .fetch_all(&app.db.public)
    .await?;
    days.iter()
        .map(|d| {
            d.parse::<NaiveDate>().map_err(|e| {
                Error::Internal(anyhow::anyhow!("draws: stored day {d:?} unreadable: {e}"))
            })
        })
        .collect()
}

/// Finds the traveler's group among the draw's participants: each of the account's requests
/// under the draw's pseudonym key. Only ids are read, nothing sealed.
async fn mine(app: &AppState, account_id: i64, p: &Served) -> Result<Option<Mine>> {
    let requests: Vec<String> =
        sqlx::query_scalar("SELECT id FROM appointment_requests WHERE account_id = $1")
            .bind(account_id)
            .fetch_all(&app.db.read)
            .await?;
    let key = format!("draw:{}", p.date);
    Ok(requests
        .iter()
        .map(|r| app.vault.pseudonym(&key, r))
        .find(|id| p.took_part(id))
        .map(|id| Mine {
            selected: p.was_selected(&id),
            id,
        }))
}

async fn page(State(app): State<AppState>, ctx: Ctx, Path(date): Path<String>) -> Result<Response> {
    let day = parse_day(&date)?;
    let traveler = ctx.account().filter(|a| a.is_traveler()).map(|a| a.id);
    let past = done_days(&app, Some(day), RECENT).await?;
    let page = match record(&app, day).await?.ok_or(Error::NotFound)? {
        Record::Committed { commitment } => DrawPage {
            ctx: &ctx,
            day,
            commitment,
            seed: None,
            participants: 0,
            selected: 0,
            mine: None,
            past,
            roster: false,
        },
        Record::Done(p) => {
            let mine = match traveler {
                Some(id) => Some(mine(&app, id, &p).await?),
                None => None,
            };
            DrawPage {
                ctx: &ctx,
                day,
                commitment: p.commitment.clone(),
                seed: Some(p.seed.clone()),
                participants: p.participants(),
                selected: p.selected(),
                mine,
                past,
                roster: crate::rosters::draw::ran(&app, day).await?,
            }
        }
    };
    Ok(render(StatusCode::OK, &page))
}

async fn list(State(app): State<AppState>, ctx: Ctx) -> Result<Response> {
    let days = done_days(&app, None, LISTED).await?;
    Ok(render(StatusCode::OK, &ListPage { ctx: &ctx, days }))
}
