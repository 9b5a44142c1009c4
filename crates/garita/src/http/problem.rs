//! The one writer of `application/problem+json` (RFC 9457): a stable `code`, a `title` and a
//! `detail` in the caller's language, each invalid field with its own code and message, and
//! the headers that go with the status (Retry-After, WWW-Authenticate).

use axum::http::header::{self, HeaderValue};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::http::context::field_message;
use crate::http::errors::Failure;
use crate::i18n::Tr;

pub fn response(tr: &Tr, f: &Failure, instance: Option<&str>) -> Response {
    let mut detail = tr.with(&format!("error-{}", f.code), &f.args);
    if let Some(r) = &f.reference {
        detail = format!("{detail} {}", tr.t1("error-reference", "reference", r));
    }
    let errors: Vec<serde_json::Value> = f
        .fields
        .iter()
        .map(|e| {
            serde_json::json!({
                "field": e.field,
                "code": e.problem.code(),
                "detail": field_message(tr, e),
            })
        })
        .collect();
    let mut body = serde_json::json!({
        "type": format!("urn:garita:problem:{}", f.code),
        "title": tr.t(&format!("error-{}-title", f.code)),
        "status": f.status.as_u16(),
        "code": f.code,
        "detail": detail,
    });
    if let Some(instance) = instance {
        body["instance"] = serde_json::Value::from(instance);
    }
    if !errors.is_empty() {
        body["errors"] = serde_json::Value::Array(errors);
    }
    let mut res = (f.status, body.to_string()).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    res.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(tr.code()),
    );
    if let Some(secs) = f.retry_after_secs {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    if f.status == StatusCode::UNAUTHORIZED {
        res.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"garita\""),
        );
    }
    res
}
