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
        .merge(crate::locations::api::router())
        .merge(appointments::api::router())
        .merge(draw::api::router())
        .merge(port_console::api::router())
        .merge(wait_times::api::router())
        .merge(audit::api::router())
        .merge(crate::policies::api::router())
        .merge(crate::organisations::api::router())
        .merge(crate::api_keys::api::router())
        .merge(crate::notifications::api::router())
        .merge(crate::my_data::api::router())
}

/// Serves the document at `/api/v1/openapi.json`, completed with the error answers every
/// operation can give (see `complete`).
pub fn router(mut document: utoipa::openapi::OpenApi) -> Router<AppState> {
    complete(&mut document);
    // The readable reference at `/api/docs`, from the same document.
    let docs = crate::api_docs::router(&document);
    let document = Arc::new(document);
    Router::new().merge(docs).route(
        "/api/v1/openapi.json",
        get(move || {
            let document = document.clone();
            async move { Json(document.as_ref().clone()) }
        }),
    )
}

/// Operations behind a throttle (per address or per account): they may answer 429.
const THROTTLED: [(&str, &str); 4] = [
    ("post", "/api/v1/sessions"),
    ("post", "/api/v1/accounts"),
    ("post", "/api/v1/appointment-requests"),
    ("put", "/api/v1/travelers/{id}/photo"),
];

/// The error answers that follow from an operation's shape rather than from its handler, added
/// here once so that no annotation can forget them (every one is `application/problem+json`):
/// 401 and 403 wherever a token is required (every authenticated route asks for a role); 400
/// where a parameter or a body can be malformed; 413, 415 and 422 where there is a body; 422
/// where a query is checked; 429 where a throttle applies; 503 on the photo routes, which shed
/// load. A status an annotation already documents keeps its own description.
pub fn complete(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    use utoipa::openapi::{path::ParameterIn, ContentBuilder, Ref, ResponseBuilder};

    let field = ObjectBuilder::new()
        .property("field", ObjectBuilder::new().schema_type(Type::String))
        .property("code", ObjectBuilder::new().schema_type(Type::String))
        .property("detail", ObjectBuilder::new().schema_type(Type::String))
        .required("field")
        .required("code")
        .required("detail");
    let problem = ObjectBuilder::new()
        .description(Some(
            "RFC 9457 problem details with a stable machine `code`.",
        ))
        .property("type", ObjectBuilder::new().schema_type(Type::String))
        .property("title", ObjectBuilder::new().schema_type(Type::String))
        .property("status", ObjectBuilder::new().schema_type(Type::Integer))
        .property("code", ObjectBuilder::new().schema_type(Type::String))
        .property("detail", ObjectBuilder::new().schema_type(Type::String))
        .property("instance", ObjectBuilder::new().schema_type(Type::String))
        .property(
            "errors",
            utoipa::openapi::schema::ArrayBuilder::new().items(field),
        )
        .required("type")
        .required("title")
        .required("status")
        .required("code")
        .required("detail");
    doc.components
        .get_or_insert_with(Default::default)
        .schemas
        .insert("Problem".to_string(), problem.into());
    let problem_content = || {
        ContentBuilder::new()
            .schema(Some(Ref::from_schema_name("Problem")))
            .build()
    };

    for (path, item) in doc.paths.paths.iter_mut() {
        let operations = [
            ("get", &mut item.get),
            ("put", &mut item.put),
            ("post", &mut item.post),
            ("delete", &mut item.delete),
            ("patch", &mut item.patch),
        ];
        for (method, operation) in operations {
            let Some(op) = operation.as_mut() else {
                continue;
            };
            let params = op.parameters.as_deref().unwrap_or_default();
            let has_path = params
                .iter()
                .any(|p| matches!(p.parameter_in, ParameterIn::Path));
            let has_query = params
                .iter()
                .any(|p| matches!(p.parameter_in, ParameterIn::Query));
            let has_body = op.request_body.is_some();
            let json_body = op
                .request_body
                .as_ref()
                .is_some_and(|b| b.content.keys().any(|k| k.contains("json")));
            let secured = op.security.as_ref().is_some_and(|s| !s.is_empty());
            let mut add: Vec<(&str, &str)> = Vec::new();
            if has_path || has_query || has_body {
                add.push(("400", "A parameter or the body is malformed"));
            }
            if secured {
                add.push(("401", "No valid bearer token, or the session expired"));
                add.push(("403", "The account's role may not do this"));
            }
            if has_path {
                add.push(("404", "Not found"));
            }
            if has_body {
                add.push(("413", "The body is larger than allowed"));
                add.push(("422", "A field is invalid (`errors` names each one)"));
            }
            if json_body {
                add.push(("415", "The body is not application/json"));
            }
            if has_query {
                add.push(("422", "A query parameter is out of range"));
            }
            if THROTTLED.contains(&(method, path.as_str())) {
                add.push(("429", "Too many attempts; see Retry-After"));
            }
            if path.ends_with("/photo") {
                add.push(("503", "Too many photos in flight; see Retry-After"));
            }
            for (status, description) in add {
                op.responses
                    .responses
                    .entry(status.to_string())
                    .or_insert_with(|| {
                        ResponseBuilder::new()
                            .description(description)
                            .content("application/problem+json", problem_content())
                            .build()
                            .into()
                    });
            }
            // Errors documented without a body are problem+json too.
            for (status, response) in op.responses.responses.iter_mut() {
                if let (true, utoipa::openapi::RefOr::T(r)) =
                    (status.starts_with('4') || status.starts_with('5'), response)
                {
                    if r.content.is_empty() {
                        r.content
                            .insert("application/problem+json".to_string(), problem_content());
                    }
                }
            }
        }
    }
}
