//! The traveler's notifications page: the channels chosen, the SMS number's verification, and
//! what was sent (kind, channel, time, status; never the body). Also the SMS provider's
//! status callback, which carries its own signature instead of a session.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::DateTime;
use serde::Deserialize;

use super::Channels;
use crate::http::context::Ctx;
use crate::http::errors::Result;
use crate::http::forms::CsrfForm;
use crate::http::roles::Traveler;
use crate::pages::render;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/notifications", get(page))
        .route("/notifications/channels", post(channels))
        .route("/notifications/sms-number", post(sms_number))
        .route("/notifications/sms-number/verify", post(sms_verify))
        .route(
            super::sms::STATUS_CALLBACK_PATH,
            post(super::sms::status_callback),
        )
}

/// One line of the list, with its message keys ready.
struct Line {
    kind: String,
    channel: String,
    status: String,
    time: String,
}

#[derive(Template)]
#[template(path = "notifications/page.html")]
struct Page<'a> {
    ctx: &'a Ctx,
    channels: Channels,
    sent: Vec<Line>,
}

async fn page(State(app): State<AppState>, ctx: Ctx, account: Traveler) -> Result<Response> {
    let channels = super::channels(&app, account.id).await?;
    let zone = app.settings.cycle.time_zone;
    let sent = super::sent_to(&app, account.id, 100)
        .await?
        .into_iter()
        .map(|s| Line {
            kind: format!("notification-kind-{}", s.kind),
            channel: format!("notification-channel-{}", s.channel),
            status: format!("notification-status-{}", s.status),
            time: DateTime::from_timestamp(s.sent_at.unwrap_or(s.created_at), 0)
                .map(|t| crate::locale_format::date_time(ctx.tr.code(), t, zone))
                .unwrap_or_default(),
        })
        .collect();
    Ok(render(
        StatusCode::OK,
        &Page {
            ctx: &ctx,
            channels,
            sent,
        },
    ))
}

#[derive(Deserialize)]
struct ChannelsForm {
    email: Option<String>,
    sms: Option<String>,
}

async fn channels(
    State(app): State<AppState>,
    account: Traveler,
    CsrfForm(form): CsrfForm<ChannelsForm>,
) -> Result<Response> {
    let mut tx = app.db.begin().await?;
    super::set_channels(
        &mut tx,
        account.id,
        Some(form.email.is_some()),
        Some(form.sms.is_some()),
        app.clock.timestamp(),
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to("/notifications").into_response())
}

#[derive(Deserialize)]
struct NumberForm {
    number: String,
}

async fn sms_number(
    State(app): State<AppState>,
    ctx: Ctx,
    account: Traveler,
    CsrfForm(form): CsrfForm<NumberForm>,
) -> Result<Response> {
    // A number typed with Persian, Arabic-Indic, Devanagari… digits reads as the same number.
    let number = garita_domain::validation::ascii_digits(&form.number);
    super::sms::start_verification(&app, &account, ctx.client_ip, &number).await?;
    Ok(Redirect::to("/notifications").into_response())
}

#[derive(Deserialize)]
struct CodeForm {
    code: String,
}

async fn sms_verify(
    State(app): State<AppState>,
    ctx: Ctx,
    account: Traveler,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response> {
    let code = garita_domain::validation::ascii_digits(&form.code);
    super::sms::confirm_verification(&app, &account, ctx.client_ip, &code).await?;
    Ok(Redirect::to("/notifications").into_response())
}
