//! The OpenAPI 3 document, generated from the handlers' annotations, at `/api/v1/openapi.json`.

use axum::routing::get;
use axum::{Json, Router};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::state::AppState;
use crate::{accounts, appointments, audit, draw, photos, port_console, ports, travelers};

#[derive(OpenApi)]
#[openapi(
    info(title = "Garita API", description = "Port-of-entry appointments: accounts, travelers' groups, ports. Errors are application/problem+json (RFC 9457) with a stable `code` and a localized `detail` (send Accept-Language)."),
    paths(
        accounts::api::create_account,
        accounts::api::create_session,
        accounts::api::end_session,
        travelers::api::list,
        travelers::api::create,
        travelers::api::show,
        travelers::api::edit,
        travelers::api::remove,
        ports::list,
        photos::api_get,
        photos::api_put,
        appointments::api::submit,
        appointments::api::current,
        appointments::api::confirm,
        appointments::api::cancel,
        draw::api::show,
        port_console::api::day,
        port_console::api::check_in,
        port_console::api::decide,
        port_console::api::photo,
        port_console::api::get_capacity,
        port_console::api::put_capacity,
        audit::pages::list,
        audit::pages::export,
    ),
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

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/openapi.json", get(|| async { Json(document()) }))
}

/// The whole document: the handlers annotated here plus each feature's own part.
pub fn document() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.merge(crate::wait_times::api_doc());
    doc
}
