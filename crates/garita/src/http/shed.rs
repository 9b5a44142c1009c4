//! Load shedding: a bound on requests in flight, beyond which the server answers 503 with
//! `Retry-After` at once instead of queueing without bound.

use std::sync::Arc;

use axum::http::{header, StatusCode};
use axum::response::Response;
use axum::Router;

use crate::http::errors::Failure;
use crate::i18n::{Catalogs, Tr};

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
pub fn overloaded(catalogs: &Arc<Catalogs>, accept_language: Option<&str>) -> Response {
    let locale = accept_language
        .and_then(|a| catalogs.negotiate(a))
        .unwrap_or(0);
    let failure = Failure {
        status: StatusCode::SERVICE_UNAVAILABLE,
        code: "overloaded",
        fields: Vec::new(),
        retry_after_secs: Some(1),
        args: Vec::new(),
        reference: None,
    };
    crate::http::problem::response(&Tr::new(catalogs.clone(), locale), &failure, None)
}
