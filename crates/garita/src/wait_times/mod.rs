//! Border wait times (being written): per port and lane, officers' updates, public page and feed.

use axum::Router;

use crate::startup::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
}

/// This feature's part of the OpenAPI document.
pub fn api_doc() -> utoipa::openapi::OpenApi {
    utoipa::openapi::OpenApiBuilder::new().build()
}
