//! The appointment pass: one per member of a confirmed group, with a QR code that carries only
//! the pass's random code, the member's name and photo, and where and when to go. Printable.
//! The service worker (`static/sw.js`) keeps it on the device until the appointment's day is
//! over, for the account named by a keyed tag; "don't keep on this phone" forgets it.

pub mod qr;

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::TimeZone;
use garita_domain::ports::Port;
use garita_domain::status::AppointmentStatus;
use serde::Deserialize;

use crate::http::context::{cookie, cookie_name, set_cookie, Ctx};
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles;
use crate::pages::render;
use crate::state::AppState;
use crate::travelers::Traveler;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/appointment/pass", get(page))
        .route("/appointment/pass/forget", post(forget))
        .route("/appointment/pass/keep", post(keep))
        .route("/appointment/pass/validity", get(validity))
}

/// Which account the kept pass belongs to: a keyed hash of the account id, so the device holds
/// nothing personal and the service worker can tell one traveler's pass from another's.
pub const ACCOUNT_HEADER: &str = "garita-pass-account";
/// Until when (milliseconds since the epoch, UTC) the kept pass may open: the end of the
/// appointment's day in the port's zone.
pub const UNTIL_HEADER: &str = "garita-pass-until";
/// Asks the browser to drop what it keeps for this site (HTTP cache and Cache Storage). Chromium
/// clears Cache Storage (where the service worker keeps the pass) only with "storage", which
/// also unregisters the worker; the pass page registers it again. Cookies are left alone.
pub const CLEAR_SITE_DATA: &str = "\"cache\", \"storage\"";

/// The tag a device's kept pass carries for `account_id`.
pub fn account_tag(app: &AppState, account_id: i64) -> String {
    app.vault.pseudonym("offline-pass", &account_id.to_string())
}

/// The instant the appointment's day ends in the port's zone (the start of the next day there).
pub fn kept_until(port: &Port, day: chrono::NaiveDate) -> Option<chrono::DateTime<chrono::Utc>> {
    let next = day.succ_opt()?.and_hms_opt(0, 0, 0)?;
    port.zone()
        .from_local_datetime(&next)
        .earliest()
        .map(|t| t.with_timezone(&chrono::Utc))
}

pub struct MemberPass {
    pub code: String,
    pub qr_svg: String,
    pub member: Traveler,
}

#[derive(Template)]
#[template(path = "passes/pass.html")]
struct PassPage<'a> {
    ctx: &'a Ctx,
    port: &'a Port,
    day: chrono::NaiveDate,
    /// The slot's day, start and zone name in the port's time ("… 9:30 a.m. hora central").
    when: String,
    passes: Vec<MemberPass>,
    /// Whether this device keeps the pass (the traveler did not choose "don't keep").
    kept: bool,
    /// When validity was checked (now): milliseconds for the page's staleness check, and as
    /// people read it in the port's time.
    checked_ms: i64,
    checked_local: String,
    /// False for a no-show: the page says so instead of showing codes.
    valid: bool,
}

/// A slot as people read it, in the port's zone; the stored start as typed if it will not parse.
fn slot_text(ctx: &Ctx, port: &Port, day: chrono::NaiveDate, start: &str) -> String {
    match chrono::NaiveTime::parse_from_str(start, "%H:%M") {
        Ok(t) => crate::locale_format::slot(ctx.tr.code(), day, t, port.zone()),
        Err(_) => format!("{} {start}", ctx.tr.date(day)),
    }
}

/// The cookie that says "don't keep the pass on this phone"; its value is the account's tag, so
/// one traveler's choice says nothing about the next one's on a shared phone.
fn not_kept_cookie(ctx: &Ctx) -> String {
    cookie_name("pass-not-kept", ctx.secure_cookies)
}

async fn page(
    State(app): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    account: roles::Traveler,
) -> Result<Response> {
    let appointment = crate::appointments::live_appointment(&app, account.id)
        .await?
        .filter(|a| a.status == AppointmentStatus::Confirmed.as_str())
        .ok_or(Error::NotFound)?;
    let port = app
        .ports
        .iter()
        .find(|p| p.id == appointment.port_id)
        .ok_or(Error::NotFound)?;
    let members = crate::travelers::list(&app, account.id).await?;
    let mut passes = Vec::new();
    for pass in &appointment.passes {
        if let Some(member) = members.iter().find(|m| m.id == pass.traveler_id) {
            passes.push(MemberPass {
                qr_svg: qr::qr_svg(
                    &pass.code,
                    &ctx.tr.t1("pass-qr-label", "name", &member.full_name),
                ),
                code: pass.code.clone(),
                member: member.clone(),
            });
        }
    }
    let tag = account_tag(&app, account.id);
    let kept = cookie(&headers, &not_kept_cookie(&ctx)) != Some(tag.as_str());
    let now = app.clock.now();
    let mut res = render(
        StatusCode::OK,
        &PassPage {
            ctx: &ctx,
            port,
            day: appointment.day,
            when: slot_text(&ctx, port, appointment.day, &appointment.start_time),
            passes,
            kept,
            valid: still_valid(&app, &appointment, now).await?,
            checked_ms: now.timestamp_millis(),
            checked_local: crate::locale_format::date_time(ctx.tr.code(), now, port.zone()),
        },
    );
    // Without these the service worker does not keep the page (and forgets a kept copy).
    if let (true, Some(until)) = (kept, kept_until(port, appointment.day)) {
        let h = res.headers_mut();
        for (name, value) in [
            (ACCOUNT_HEADER, tag),
            (UNTIL_HEADER, until.timestamp_millis().to_string()),
        ] {
            if let Ok(value) = HeaderValue::from_str(&value) {
                h.insert(HeaderName::from_static(name), value);
            }
        }
    }
    Ok(res)
}

#[derive(Deserialize)]
struct Empty {}

/// "Don't keep on this phone": the browser drops its copy now (`Clear-Site-Data`, and the
/// service worker on its own), and the pass page stops storing itself for this account.
async fn forget(
    State(app): State<AppState>,
    ctx: Ctx,
    account: roles::Traveler,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    let mut res = Redirect::to("/appointment/pass").into_response();
    let h = res.headers_mut();
    h.insert(
        HeaderName::from_static("clear-site-data"),
        HeaderValue::from_static(CLEAR_SITE_DATA),
    );
    let tag = account_tag(&app, account.id);
    let a_year = 60 * 60 * 24 * 365;
    h.append(
        header::SET_COOKIE,
        set_cookie(
            &not_kept_cookie(&ctx),
            &tag,
            a_year,
            ctx.secure_cookies,
            "Lax",
        ),
    );
    Ok(res)
}

/// Undoes "don't keep": the next visit of the pass page stores it again.
async fn keep(
    ctx: Ctx,
    _account: roles::Traveler,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    let mut res = Redirect::to("/appointment/pass").into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&not_kept_cookie(&ctx), "", 0, ctx.secure_cookies, "Lax"),
    );
    Ok(res)
}

/// Whether the account's kept pass is still valid: what the service worker asks whenever the
/// device is online, to mark a kept copy invalid (cancelled, voided, no-show, over) before it
/// is opened offline.
#[derive(serde::Serialize)]
struct Validity {
    /// The keyed tag of the account (as the pass page's header carries it).
    account: String,
    valid: bool,
    /// When this was checked (milliseconds since the epoch, UTC).
    checked_at: i64,
}

/// A confirmed appointment's passes admit their members until its day is over in the port's
/// zone, unless the group was marked a no-show.
async fn still_valid(
    app: &AppState,
    a: &crate::appointments::AppointmentView,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool> {
    let no_show = crate::port_console::is_no_show(app, &a.id).await?;
    let over = app
        .ports
        .iter()
        .find(|p| p.id == a.port_id)
        .and_then(|p| kept_until(p, a.day))
        .is_none_or(|until| now >= until);
    Ok(!no_show && !over)
}

async fn validity(State(app): State<AppState>, account: roles::Traveler) -> Result<Response> {
    let now = app.clock.now();
    let appointment = crate::appointments::live_appointment(&app, account.id)
        .await?
        .filter(|a| a.status == AppointmentStatus::Confirmed.as_str());
    let valid = match appointment {
        Some(a) => still_valid(&app, &a, now).await?,
        None => false,
    };
    Ok(axum::Json(Validity {
        account: account_tag(&app, account.id),
        valid,
        checked_at: now.timestamp_millis(),
    })
    .into_response())
}
