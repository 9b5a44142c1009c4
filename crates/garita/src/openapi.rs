//! The OpenAPI 3 document, generated from the handlers' annotations, at `/api/v1/openapi.json`.

use axum::routing::get;
use axum::{Json, Router};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use std::sync::Arc;

use utoipa_axum::router::OpenApiRouter;

use crate::i18n::Catalogs;
use crate::state::AppState;
use crate::{
    accounts, appointments, audit, draw, photos, port_console, ports, travelers, wait_times,
};

#[derive(OpenApi)]
#[openapi(
    info(title = "Garita API", description = "Port-of-entry appointments: accounts, travelers' groups, ports. Errors are application/problem+json (RFC 9457) with a stable `code` and a localized `detail` (send Accept-Language)."),
    tags((name = "wait-times", description = "Border wait times per port and lane, reported by officers")),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// Every API route with its OpenAPI entry, each declared once beside its handler
/// (`utoipa_axum::routes!` reads the handler's `utoipa::path`): a route cannot exist without
/// its documentation, nor the reverse. `startup` splits it into the router and the document.
pub fn api(max_uploads: usize, catalogs: Arc<Catalogs>) -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(accounts::api::router())
        .merge(travelers::api::router())
        .merge(photos::router(max_uploads, catalogs))
        .merge(ports::api_router())
        .merge(appointments::api::router())
        .merge(draw::api::router())
        .merge(port_console::api::router())
        .merge(wait_times::api::router())
        .merge(audit::api::router())
}

/// Serves the document at `/api/v1/openapi.json`.
pub fn router(document: utoipa::openapi::OpenApi) -> Router<AppState> {
    let document = Arc::new(document);
    Router::new().route(
        "/api/v1/openapi.json",
        get(move || {
            let document = document.clone();
            async move { Json(document.as_ref().clone()) }
        }),
    )
}
