//! Load shedding: a bound on requests in flight, beyond which the server answers 503 with
//! `Retry-After` at once instead of queueing without bound.

use std::sync::Arc;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::Router;

use crate::i18n::Catalogs;

/// Bounds the requests in flight across every route (one shared semaphore); beyond it the
/// server sheds load at once with `overloaded` rather than queueing without bound, and
/// recovers as soon as requests finish.
pub fn shed_above<S: Clone + Send + Sync + 'static>(
    router: Router<S>,
    max: usize,
    catalogs: Arc<Catalogs>,
) -> Router<S> {
    router.layer(
        tower::ServiceBuilder::new()
            .layer(axum::error_handling::HandleErrorLayer::new(
                move |headers: axum::http::HeaderMap, _: tower::BoxError| {
                    std::future::ready(overloaded(
                        &catalogs,
                        headers
                            .get(header::ACCEPT_LANGUAGE)
                            .and_then(|v| v.to_str().ok()),
                    ))
                },
            ))
            .load_shed()
            .layer(tower::limit::GlobalConcurrencyLimitLayer::new(max)),
    )
}

/// What an overloaded server answers at once, instead of queueing without bound: 503 with
/// `Retry-After`, as problem+json in the caller's language.
pub fn overloaded(catalogs: &Catalogs, accept_language: Option<&str>) -> axum::response::Response {
    let locale = accept_language
        .and_then(|a| catalogs.negotiate(a))
        .unwrap_or(0);
    let body = serde_json::json!({
        "type": "urn:garita:problem:overloaded",
        "title": catalogs.message(locale, "error-overloaded-title", None),
        "status": 503,
        "code": "overloaded",
        "detail": catalogs.message(locale, "error-overloaded", None),
    });
    let mut res = (StatusCode::SERVICE_UNAVAILABLE, body.to_string()).into_response();
    res.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    res
}
