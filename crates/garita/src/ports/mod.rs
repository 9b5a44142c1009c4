//! The ports of entry: loaded from the agency's ports file at start, mirrored into the
//! database (other tables refer to them), listed on a public page and at `/api/v1/ports`.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use garita_domain::ports::Port;
use serde::Serialize;
use utoipa::ToSchema;

use crate::http::context::Ctx;
use crate::pages::render;
use crate::state::AppState;
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> Router<AppState> {
    Router::new().route("/ports", get(page))
}

/// The API route and its OpenAPI entry, declared once.
pub fn api_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list))
}

pub use crate::storage::ports::{load, sync};

#[derive(Serialize, ToSchema)]
pub struct PortView {
    pub id: String,
    pub name: String,
    /// IANA time zone of the port; appointment times are in it.
    pub time_zone: String,
    pub latitude: f64,
    pub longitude: f64,
    pub address: String,
    pub mexican_city: String,
    pub cbp_port_code: String,
    pub daily_capacity: u32,
}

impl From<&Port> for PortView {
    fn from(p: &Port) -> Self {
        PortView {
            id: p.id.clone(),
            name: p.name.clone(),
            time_zone: p.time_zone.clone(),
            latitude: p.latitude,
            longitude: p.longitude,
            address: p.address.clone(),
            mexican_city: p.mexican_city.clone(),
            cbp_port_code: p.cbp_port_code.clone(),
            daily_capacity: p.daily_capacity,
        }
    }
}

/// The ports of entry that take appointments.
#[utoipa::path(get, path = "/api/v1/ports", tag = "ports", responses((status = 200, body = [PortView])))]
pub async fn list(State(app): State<AppState>) -> Json<Vec<PortView>> {
    Json(app.ports.iter().map(PortView::from).collect())
}

#[derive(Template)]
#[template(path = "ports/list.html")]
struct PortsPage<'a> {
    ctx: &'a Ctx,
    ports: &'a [Port],
    /// Each port's zone as people say it ("hora del Pacífico"), in the order of `ports`.
    zone_names: Vec<String>,
}

async fn page(State(app): State<AppState>, ctx: Ctx) -> Response {
    render(
        StatusCode::OK,
        &PortsPage {
            ctx: &ctx,
            ports: &app.ports,
            zone_names: app
                .ports
                .iter()
                .map(|p| crate::locale_format::zone_name(ctx.tr.code(), p.zone(), app.clock.now()))
                .collect(),
        },
    )
}
