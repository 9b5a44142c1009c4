//! Policy pages: the public record of which rules applied to each day (`/policies`), and the
//! administrators' page that schedules a new policy from a day (`/admin/policies`).

use std::collections::HashMap;
use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;

use super::Stored;
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::Admin;
use crate::pages::render;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/policies", get(public))
        .route("/admin/policies", get(admin).post(admin_schedule))
}

/// One row of a history table.
struct Line {
    p: Arc<Stored>,
    /// The policy's region as rules and a map.
    region: super::region::RegionView,
    in_force: bool,
    /// The policy's rules in a few words: rule, carry-over, region.
    summary: String,
}

fn lines(ctx: &Ctx, history: &[Arc<Stored>], current: &Stored) -> Vec<Line> {
    history
        .iter()
        .map(|p| {
            let r = &p.policy;
            let region = match r.region.north_of_latitude {
                Some(l) => ctx
                    .tr
                    .with("policies-region-latitude", &[("latitude", l.to_string())]),
                None => ctx.tr.with(
                    "policies-region-states",
                    &[("count", r.region.states.len().to_string())],
                ),
            };
            let summary = [
                ctx.t(&format!("policies-rule-{}", r.allocation.id().as_str())),
                ctx.t(if r.requests.carry_over {
                    "policies-carry-over"
                } else {
                    "policies-no-carry-over"
                }),
                region,
            ]
            .join(" · ");
            Line {
                region: super::region::RegionView::described_by(
                    ctx,
                    r,
                    &format!("region-rules-{}", p.id),
                ),
                in_force: p.id == current.id,
                p: p.clone(),
                summary,
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "policies/public.html")]
struct PublicPage<'a> {
    ctx: &'a Ctx,
    lines: Vec<Line>,
}

async fn public(State(app): State<AppState>, ctx: Ctx) -> Result<Response> {
    let history = super::history(&app).await?;
    let current = super::current(&app, app.clock.now()).await?;
    Ok(render(
        StatusCode::OK,
        &PublicPage {
            lines: lines(&ctx, &history, &current),
            ctx: &ctx,
        },
    ))
}

#[derive(Template)]
#[template(path = "policies/admin.html")]
struct AdminPage<'a> {
    ctx: &'a Ctx,
    lines: Vec<Line>,
    text: String,
    date: String,
    /// Why the last attempt was refused (nothing was saved).
    error: Option<String>,
}

async fn admin_page(
    app: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    text: String,
    date: String,
    error: Option<String>,
) -> Result<Response> {
    let history = super::history(app).await?;
    let current = super::current(app, app.clock.now()).await?;
    Ok(render(
        status,
        &AdminPage {
            lines: lines(ctx, &history, &current),
            ctx,
            text,
            date,
            error,
        },
    ))
}

async fn admin(State(app): State<AppState>, _: Admin, ctx: Ctx) -> Result<Response> {
    admin_page(
        &app,
        &ctx,
        StatusCode::OK,
        String::new(),
        String::new(),
        None,
    )
    .await
}

async fn admin_schedule(
    State(app): State<AppState>,
    admin: Admin,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    let text = form.get("text").cloned().unwrap_or_default();
    let date = form.get("effective_from").cloned().unwrap_or_default();
    let Ok(from) = date.trim().parse() else {
        let message = ctx.t("policies-date-required");
        return admin_page(
            &app,
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            text,
            date,
            Some(message),
        )
        .await;
    };
    match super::api::schedule_from(&app, &admin, &ctx, &text, from).await {
        Ok(_) => Ok(Redirect::to("/admin/policies").into_response()),
        Err(Error::Refused(code, args)) => {
            let message = ctx.tr.with(&format!("error-{code}"), &args);
            admin_page(&app, &ctx, StatusCode::CONFLICT, text, date, Some(message)).await
        }
        Err(e) => Err(e),
    }
}
