//! The "My data" pages: the re-authentication form, the readable copy with its JSON download,
//! and the deletion's confirmation. Usable without JavaScript; every form carries the CSRF token.

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::DateTime;
use serde::Deserialize;

use super::{Export, Loss};
use crate::http::context::{cookie_name, set_cookie, Ctx};
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::Traveler;
use crate::pages::render;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/my-data", get(page))
        .route("/my-data/reauthenticate", post(reauthenticate))
        .route("/my-data/export.json", get(download))
        .route("/my-data/delete", get(confirm_page).post(delete))
        .route("/my-data/deleted", get(deleted))
}

#[derive(Template)]
#[template(path = "my_data/reauthenticate.html")]
struct ReauthPage<'a> {
    ctx: &'a Ctx,
    needs_code: bool,
    error: Option<String>,
}

/// A line of the "who viewed" table, ready to show.
struct ViewLine {
    time: String,
    role: String,
    port: String,
    action: String,
}

#[derive(Template)]
#[template(path = "my_data/page.html")]
struct DataPage<'a> {
    ctx: &'a Ctx,
    data: Export,
    views: Vec<ViewLine>,
    created: String,
    /// Each appointment's day and start time at its port, the zone named, and the port.
    appointments: Vec<String>,
}

#[derive(Template)]
#[template(path = "my_data/delete.html")]
struct DeletePage<'a> {
    ctx: &'a Ctx,
    loss: Loss,
}

#[derive(Template)]
#[template(path = "my_data/deleted.html")]
struct DeletedPage<'a> {
    ctx: &'a Ctx,
}

fn when(app: &AppState, ctx: &Ctx, t: i64) -> String {
    DateTime::from_timestamp(t, 0)
        .map(|t| crate::locale_format::date_time(ctx.tr.code(), t, app.settings.cycle.time_zone))
        .unwrap_or_default()
}

/// "14 de marzo de 2025, 3:09 p.m. hora del Pacífico — San Ysidro — confirmed".
fn appointment_line(app: &AppState, ctx: &Ctx, a: &super::AppointmentData) -> String {
    let port = app.ports.iter().find(|p| p.id == a.port_id);
    let day = chrono::NaiveDate::parse_from_str(&a.day, "%Y-%m-%d").ok();
    let start = chrono::NaiveTime::parse_from_str(&a.start_time, "%H:%M").ok();
    let slot = match (day, start) {
        (Some(d), Some(t)) => crate::locale_format::slot(
            ctx.tr.code(),
            d,
            t,
            port.map_or(app.settings.cycle.time_zone, |p| p.zone()),
        ),
        _ => format!("{} {}", a.day, a.start_time),
    };
    let name = port.map_or_else(|| a.port_id.clone(), |p| p.name.clone());
    format!("{slot} — {name} — {}", a.status)
}

async fn reauth_page(
    app: &AppState,
    ctx: &Ctx,
    id: i64,
    error: Option<String>,
) -> Result<Response> {
    let needs_code = crate::accounts::second_factor::status(app, id)
        .await?
        .enrolled;
    let status = if error.is_some() {
        StatusCode::UNAUTHORIZED
    } else {
        StatusCode::OK
    };
    Ok(render(
        status,
        &ReauthPage {
            ctx,
            needs_code,
            error,
        },
    ))
}

async fn page(
    State(app): State<AppState>,
    ctx: Ctx,
    Traveler(account): Traveler,
) -> Result<Response> {
    if !super::recently_reauthenticated(&app, &account).await? {
        return reauth_page(&app, &ctx, account.id, None).await;
    }
    let data = super::export(&app, &account, ctx.client_ip).await?;
    let views = data
        .views
        .iter()
        .map(|v| ViewLine {
            time: when(&app, &ctx, v.at),
            role: format!("my-data-role-{}", v.role),
            port: v.port.clone().unwrap_or_default(),
            action: ctx.t(action_key(&v.action)),
        })
        .collect();
    let created = when(&app, &ctx, data.account.created_at);
    let appointments = data
        .appointments
        .iter()
        .map(|a| appointment_line(&app, &ctx, a))
        .collect();
    Ok(render(
        StatusCode::OK,
        &DataPage {
            ctx: &ctx,
            data,
            views,
            created,
            appointments,
        },
    ))
}

#[derive(Deserialize)]
struct ReauthForm {
    #[serde(default)]
    password: String,
    code: Option<String>,
}

/// Wrong password or code: the form again with the reason; anything else is the error page.
fn shown_on_form(ctx: &Ctx, e: &Error) -> Option<String> {
    matches!(
        e,
        Error::BadCredentials | Error::SecondFactor(_) | Error::TooManyRequests { .. }
    )
    .then(|| ctx.t(&format!("error-{}", e.code())))
}

async fn reauthenticate(
    State(app): State<AppState>,
    ctx: Ctx,
    Traveler(account): Traveler,
    CsrfForm(form): CsrfForm<ReauthForm>,
) -> Result<Response> {
    // A code typed on an Arabic, Persian or Hindi keyboard reads as the same digits.
    let code = form
        .code
        .as_deref()
        .map(garita_domain::validation::ascii_digits);
    match super::reauthenticate(
        &app,
        &account,
        &form.password,
        code.as_deref(),
        ctx.client_ip,
    )
    .await
    {
        Ok(()) => Ok(Redirect::to("/my-data").into_response()),
        Err(e) => match shown_on_form(&ctx, &e) {
            Some(message) => reauth_page(&app, &ctx, account.id, Some(message)).await,
            None => Err(e),
        },
    }
}

/// The JSON copy as a file to keep.
async fn download(
    State(app): State<AppState>,
    ctx: Ctx,
    Traveler(account): Traveler,
) -> Result<Response> {
    if !super::recently_reauthenticated(&app, &account).await? {
        return Ok(Redirect::to("/my-data").into_response());
    }
    let data = super::export(&app, &account, ctx.client_ip).await?;
    let body = serde_json::to_vec_pretty(&data).map_err(|e| Error::Internal(e.into()))?;
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"garita-my-data.json\""),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

async fn confirm_page(
    State(app): State<AppState>,
    ctx: Ctx,
    Traveler(account): Traveler,
) -> Result<Response> {
    if !super::recently_reauthenticated(&app, &account).await? {
        return Ok(Redirect::to("/my-data").into_response());
    }
    let loss = super::loss(&app, account.id).await?;
    Ok(render(StatusCode::OK, &DeletePage { ctx: &ctx, loss }))
}

#[derive(Deserialize)]
struct DeleteForm {
    confirm: Option<String>,
}

async fn delete(
    State(app): State<AppState>,
    ctx: Ctx,
    Traveler(account): Traveler,
    CsrfForm(form): CsrfForm<DeleteForm>,
) -> Result<Response> {
    if !super::recently_reauthenticated(&app, &account).await? {
        return Ok(Redirect::to("/my-data").into_response());
    }
    if form.confirm.as_deref() != Some("yes") {
        return Ok(Redirect::to("/my-data/delete").into_response());
    }
    super::delete(&app, &account, ctx.client_ip).await?;
    let mut res = Redirect::to("/my-data/deleted").into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(
            &cookie_name("session", ctx.secure_cookies),
            "",
            0,
            ctx.secure_cookies,
            "Lax",
        ),
    );
    // The offline passes and photos on this phone go too.
    res.headers_mut().insert(
        header::HeaderName::from_static("clear-site-data"),
        HeaderValue::from_static(crate::passes::CLEAR_SITE_DATA),
    );
    Ok(res)
}

async fn deleted(ctx: Ctx) -> Response {
    render(StatusCode::OK, &DeletedPage { ctx: &ctx })
}

/// What an audit action means to the person it concerns, in words of their language (the
/// trail itself keeps the exact action, and the JSON export gives it).
fn action_key(action: &str) -> &'static str {
    match action {
        "data-export" => "my-data-action-exported",
        "notification-sent" => "my-data-action-message",
        "check-in" | "identity-decision" | "no-show" | "undo-no-show" => "my-data-action-port",
        a if a.starts_with("view-") => "my-data-action-viewed",
        _ => "my-data-action-changed",
    }
}
