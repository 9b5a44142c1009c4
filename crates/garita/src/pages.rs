//! What every page shares: the error summary of a form, the home page, the stylesheet and the
//! static files. Rendering a template (and the error page) is `http::render`.

use askama::Template;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use garita_domain::validation::{FieldError, Invalid};

use crate::http::context::{field_message, Ctx};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/static/garita.css", get(stylesheet))
        .route("/static/locate.js", get(locate_script))
        .route(
            "/static/pass.js",
            get(|| async { static_file(PASS_JS, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/static/icon.svg",
            get(|| async { static_file(ICON_SVG, "image/svg+xml") }),
        )
        .route("/sw.js", get(service_worker))
        .route("/manifest.webmanifest", get(manifest))
}

pub use crate::http::render::render;

/// Problems of a submitted form, each tied to its field, ready for a template.
#[derive(Default)]
pub struct FormErrors {
    /// (field id, message), shown next to each field.
    pub fields: Vec<(String, String)>,
    /// (field id, "Field name: message"), for the summary at the top, which is read out of
    /// context and so must say which field it means.
    pub summary: Vec<(String, String)>,
    /// A problem with the form as a whole (e.g. wrong password).
    pub general: Option<String>,
}

impl FormErrors {
    pub fn from_invalid(ctx: &Ctx, invalid: &Invalid) -> FormErrors {
        Self::from_fields(ctx, &invalid.0)
    }

    pub fn from_fields(ctx: &Ctx, fields: &[FieldError]) -> FormErrors {
        let fields: Vec<(String, String)> = fields
            .iter()
            .map(|e| (e.field.to_string(), field_message(&ctx.tr, e)))
            .collect();
        let summary = fields
            .iter()
            .map(|(f, m)| match field_label(ctx, f) {
                Some(label) => (f.clone(), format!("{label}: {m}")),
                None => (f.clone(), m.clone()),
            })
            .collect();
        FormErrors {
            fields,
            summary,
            general: None,
        }
    }

    pub fn general(message: String) -> FormErrors {
        FormErrors {
            fields: Vec::new(),
            summary: Vec::new(),
            general: Some(message),
        }
    }

    /// A message about one field: shown next to it, and in the summary under its label.
    pub fn at(ctx: &Ctx, field: &str, message: String) -> FormErrors {
        let summary = match field_label(ctx, field) {
            Some(label) => format!("{label}: {message}"),
            None => message.clone(),
        };
        FormErrors {
            fields: vec![(field.to_string(), message)],
            summary: vec![(field.to_string(), summary)],
            general: None,
        }
    }

    pub fn any(&self) -> bool {
        !self.fields.is_empty() || self.general.is_some()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

/// The visible name of a form field: its `field-<id>` message, or the legend of its group.
fn field_label(ctx: &Ctx, field: &str) -> Option<String> {
    let key = match field {
        "ports" => "request-ports-legend".to_string(),
        "answers" => "request-questions-legend".to_string(),
        "location" => "request-location-legend".to_string(),
        other => format!("field-{}", other.replace('_', "-")),
    };
    ctx.tr.catalogs().has_message(0, &key).then(|| ctx.t(&key))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    ctx: &'a Ctx,
}

async fn home(ctx: Ctx) -> Response {
    render(StatusCode::OK, &HomePage { ctx: &ctx })
}

const CSS: &str = include_str!("../static/garita.css");

async fn stylesheet() -> Response {
    let mut res = CSS.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    // The URL carries a version (?v=), so browsers may keep it for a long time.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    res
}

const LOCATE_JS: &str = include_str!("../static/locate.js");

/// The one script: fills the location fields from the device, for those who have JavaScript.
async fn locate_script() -> Response {
    let mut res = LOCATE_JS.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/javascript; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    res
}

const PASS_JS: &str = include_str!("../static/pass.js");
const ICON_SVG: &str = include_str!("../static/icon.svg");
const SERVICE_WORKER: &str = include_str!("../static/sw.js");

fn static_file(body: &'static str, content_type: &'static str) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    res
}

/// Served from the root so it may look after `/appointment/pass`; revalidated every time so
/// a new version takes over.
async fn service_worker() -> Response {
    let mut res = SERVICE_WORKER.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/javascript; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    res
}

/// The web app manifest, in the visitor's language.
async fn manifest(ctx: Ctx) -> Response {
    let body = serde_json::json!({
        "name": ctx.t("app-name"),
        "short_name": ctx.t("app-name"),
        "description": ctx.t("app-tagline"),
        "lang": ctx.tr.code(),
        "dir": ctx.tr.dir(),
        "start_url": "/appointment",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b4f8a",
        "icons": [{"src": "/static/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"}],
    });
    let mut res = body.to_string().into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/manifest+json"),
    );
    res
}
