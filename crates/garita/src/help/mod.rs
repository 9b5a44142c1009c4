//! Help, the privacy notice and contact: public pages in plain words. The privacy notice's
//! retention table is rendered from `retention::rules`, the same table the purge job applies.

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::Router;

use crate::http::context::Ctx;
use crate::pages::render;
use crate::retention::{DeletedBy, Keep, Rule};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/help", get(help))
        .route("/privacy", get(privacy))
        .route("/contact", get(contact))
}

/// Public and the same for everyone in a language: a browser may keep it for an hour. Not a
/// shared cache ("private"): the response may set the CSRF or language cookie. A signed-in
/// page keeps `no-store` (its header carries the logout form's token).
fn cacheable(ctx: &Ctx, mut res: Response) -> Response {
    if !ctx.is_logged_in() {
        let h = res.headers_mut();
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, max-age=3600"),
        );
        h.insert(
            header::VARY,
            HeaderValue::from_static("Cookie, Accept-Language"),
        );
    }
    res
}

#[derive(Template)]
#[template(path = "help/help.html")]
struct HelpPage<'a> {
    ctx: &'a Ctx,
}

async fn help(ctx: Ctx) -> Response {
    cacheable(&ctx, render(StatusCode::OK, &HelpPage { ctx: &ctx }))
}

/// One row of the retention table, in the reader's language.
pub struct Row {
    pub kind: String,
    pub keep: String,
    pub deleted_by: String,
}

pub fn row(ctx: &Ctx, r: &Rule) -> Row {
    let keep = match r.keep {
        Keep::WhileAccount => ctx.t("retention-keep-while-account"),
        Keep::Minutes(n) => ctx.tr.t1("retention-keep-minutes", "n", n),
        Keep::Hours(n) => ctx.tr.t1("retention-keep-hours", "n", n),
        Keep::Days(n) => ctx.tr.t1("retention-keep-days", "n", n),
        Keep::Always => ctx.t("retention-keep-always"),
    };
    let deleted_by = match r.deleted_by {
        DeletedBy::You => ctx.t("retention-by-you"),
        DeletedBy::Job(_) => ctx.t("retention-by-job"),
        DeletedBy::Nothing => ctx.t("retention-by-nothing"),
    };
    Row {
        kind: ctx.t(&format!("retention-kind-{}", r.kind)),
        keep,
        deleted_by,
    }
}

#[derive(Template)]
#[template(path = "help/privacy.html")]
struct PrivacyPage<'a> {
    ctx: &'a Ctx,
    rows: Vec<Row>,
}

async fn privacy(State(app): State<AppState>, ctx: Ctx) -> Response {
    let rows = crate::retention::rules(&app)
        .iter()
        .map(|r| row(&ctx, r))
        .collect();
    cacheable(
        &ctx,
        render(StatusCode::OK, &PrivacyPage { ctx: &ctx, rows }),
    )
}

#[derive(Template)]
#[template(path = "help/contact.html")]
struct ContactPage<'a> {
    ctx: &'a Ctx,
    /// The operator's address (`--contact-email`), if they published one.
    email: Option<&'a str>,
}

async fn contact(State(app): State<AppState>, ctx: Ctx) -> Response {
    let email = app.settings.notifications.contact_email.as_deref();
    cacheable(
        &ctx,
        render(StatusCode::OK, &ContactPage { ctx: &ctx, email }),
    )
}
