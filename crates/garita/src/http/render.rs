//! Rendering a page: a template as an HTML response no shared cache may keep, and the error
//! page the context middleware shows for a handler's failure.

use askama::Template;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};

use crate::http::context::{field_message, Ctx};
use crate::http::errors::Failure;

/// Renders a template as an HTML response that no shared cache may keep (pages can show
/// personal data, and they carry a CSRF token).
pub fn render(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => {
            let mut res = (status, Html(html)).into_response();
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Err(e) => {
            crate::http::errors::Error::Internal(anyhow::anyhow!("template: {e}")).into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    ctx: &'a Ctx,
    title: String,
    detail: String,
    reference: Option<String>,
    fields: Vec<String>,
    offer_login: bool,
}

pub fn error_page(ctx: &Ctx, f: &Failure) -> Response {
    let page = ErrorPage {
        ctx,
        title: ctx.t(&format!("error-{}-title", f.code)),
        detail: ctx.tr.with(&format!("error-{}", f.code), &f.args),
        reference: f.reference.clone(),
        fields: f.fields.iter().map(|e| field_message(&ctx.tr, e)).collect(),
        offer_login: matches!(f.code, "login-required" | "session-expired"),
    };
    render(f.status, &page)
}
