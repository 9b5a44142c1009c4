//! Which applications a land port's officers see in the I-94 tab. A provisional I-94 is valid
//! at any land port and its expected port is only informative, so by default every land port's
//! officers find every application (`Visibility::AnyLandPort`); an administrator may set a port
//! to see only the applications whose expected port is that port (`Visibility::OwnPort`). The
//! setting is stored per port (`i94_port_visibility`), set on `/admin/i94/ports` or through
//! `PUT /api/v1/admin/i94/ports/{port_id}`, and every change is audited
//! (`i94-port-visibility`). An application another port's setting hides is answered as not
//! found, in searches and on every console page and operation.

use std::net::IpAddr;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use garita_domain::i94::Visibility;
use garita_domain::locations::Function;
use garita_domain::validation::Problem;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::audit::{self, Entry};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::{ApiJson, ApiPath, CsrfForm};
use crate::http::roles::Admin;
use crate::http::session::Account;
use crate::pages::render;
use crate::state::AppState;

#[derive(sqlx::FromRow)]
struct SettingRow {
    port_id: String,
    visibility: String,
}

/// The setting of a land port (the default when none is stored).
pub async fn of(app: &AppState, port_id: &str) -> Result<Visibility> {
    let row: Option<SettingRow> =
        sqlx::query_as("SELECT port_id, visibility FROM i94_port_visibility WHERE port_id = $1")
            .bind(port_id)
            .fetch_optional(&app.db.read)
            .await?;
    Ok(row
        .and_then(|r| Visibility::parse(&r.visibility))
        .unwrap_or_default())
}

#[derive(sqlx::FromRow)]
struct ExpectedPort {
    port_id: String,
}

/// The expected port of the submission `submission_id`, if there is one.
pub async fn expected_port(app: &AppState, submission_id: &str) -> Result<Option<String>> {
    let row: Option<ExpectedPort> =
        sqlx::query_as("SELECT port_id FROM i94_submissions WHERE id = $1")
            .bind(submission_id)
            .fetch_optional(&app.db.read)
            .await?;
    Ok(row.map(|r| r.port_id))
}

/// One land port taking provisional I-94s and what its officers see.
#[derive(Debug, Serialize, ToSchema)]
pub struct PortVisibility {
    #[schema(example = "san-ysidro")]
    pub port_id: String,
    pub name: String,
    /// `any_land_port` (the default): every application; `own_port`: only those whose
    /// expected port is this one.
    #[schema(value_type = String, example = "any_land_port")]
    pub visibility: String,
}

/// Every land port taking provisional I-94s, by name, with its setting.
pub async fn all(app: &AppState) -> Result<Vec<PortVisibility>> {
    let rows: Vec<SettingRow> =
        sqlx::query_as("SELECT port_id, visibility FROM i94_port_visibility")
            .fetch_all(&app.db.read)
            .await?;
    let mut out: Vec<PortVisibility> = app
        .locations
        .serving(Function::ProvisionalI94)
        .map(|l| PortVisibility {
            port_id: l.id.clone(),
            name: format!("{} ({})", l.name, l.state),
            visibility: rows
                .iter()
                .find(|r| r.port_id == l.id)
                .and_then(|r| Visibility::parse(&r.visibility))
                .unwrap_or_default()
                .as_str()
                .to_string(),
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// Sets a land port's setting (an administrator), audited with the old and new values.
pub async fn set(
    app: &AppState,
    admin: &Account,
    ip: IpAddr,
    port_id: &str,
    raw: &str,
) -> Result<PortVisibility> {
    let port = app
        .locations
        .get(port_id)
        .filter(|l| l.serves(Function::ProvisionalI94))
        .ok_or(Error::NotFound)?;
    let next =
        Visibility::parse(raw.trim()).ok_or(Error::field("visibility", Problem::UnknownChoice))?;
    let before = of(app, port_id).await?;
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "INSERT INTO i94_port_visibility (port_id, visibility, updated_by, updated_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (port_id) DO UPDATE SET visibility = $2, updated_by = $3, updated_at = $4",
    )
    .bind(port_id)
    .bind(next.as_str())
    .bind(admin.id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(admin),
            action: "i94-port-visibility",
            subject: format!("location:{port_id}"),
            detail: format!("from={before} to={next}"),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(PortVisibility {
        port_id: port.id.clone(),
        name: format!("{} ({})", port.name, port.state),
        visibility: next.as_str().to_string(),
    })
}

pub fn api_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_api))
        .routes(routes!(put_api))
}

/// Every land port taking provisional I-94s and which applications its officers see
/// (administrators).
#[utoipa::path(get, path = "/api/v1/admin/i94/ports", tag = "i94", security(("bearer" = [])),
    responses((status = 200, body = [PortVisibility]),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an administrator", content_type = "application/problem+json")))]
pub async fn list_api(
    State(app): State<AppState>,
    _admin: Admin,
) -> Result<Json<Vec<PortVisibility>>> {
    Ok(Json(all(&app).await?))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct VisibilityBody {
    /// `any_land_port` or `own_port`.
    #[serde(default)]
    #[schema(example = "own_port")]
    pub visibility: String,
}

/// Set which applications a land port's officers see (administrators): `any_land_port` (the
/// default) or `own_port`. Audited.
#[utoipa::path(put, path = "/api/v1/admin/i94/ports/{port_id}", tag = "i94", security(("bearer" = [])),
    params(("port_id" = String, Path, example = "san-ysidro")),
    request_body = VisibilityBody,
    responses((status = 200, body = PortVisibility),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an administrator", content_type = "application/problem+json"),
              (status = 404, description = "No land port taking provisional I-94s by that id", content_type = "application/problem+json"),
              (status = 422, description = "`visibility` is not one of the listed values", content_type = "application/problem+json")))]
pub async fn put_api(
    State(app): State<AppState>,
    Admin(ref admin): Admin,
    ctx: Ctx,
    ApiPath(port_id): ApiPath<String>,
    ApiJson(body): ApiJson<VisibilityBody>,
) -> Result<Json<PortVisibility>> {
    Ok(Json(
        set(&app, admin, ctx.client_ip, &port_id, &body.visibility).await?,
    ))
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/i94/ports", get(page))
        .route("/admin/i94/ports/{port_id}", post(submit))
}

#[derive(Template)]
#[template(path = "i94/admin_ports.html")]
struct PortsPage<'a> {
    ctx: &'a Ctx,
    ports: Vec<PortVisibility>,
    choices: &'static [&'static str],
    saved: Option<String>,
}

impl PortsPage<'_> {
    /// A setting's label (`i94-ports-own_port`).
    fn tk(&self, value: &str) -> String {
        self.ctx.t(&format!("i94-ports-{value}"))
    }
}

#[derive(Deserialize, Default)]
struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

async fn page(
    State(app): State<AppState>,
    Admin(_): Admin,
    ctx: Ctx,
    axum::extract::Query(q): axum::extract::Query<SavedQuery>,
) -> Result<Response> {
    let ports = all(&app).await?;
    let saved = q.saved.and_then(|id| {
        ports
            .iter()
            .find(|p| p.port_id == id)
            .map(|p| p.name.clone())
    });
    Ok(render(
        StatusCode::OK,
        &PortsPage {
            ctx: &ctx,
            ports,
            choices: Visibility::TEXTS,
            saved,
        },
    ))
}

#[derive(Deserialize, Default)]
struct VisibilityForm {
    #[serde(default)]
    visibility: String,
}

async fn submit(
    State(app): State<AppState>,
    Admin(ref admin): Admin,
    ctx: Ctx,
    Path(port_id): Path<String>,
    CsrfForm(form): CsrfForm<VisibilityForm>,
) -> Result<Response> {
    set(&app, admin, ctx.client_ip, &port_id, &form.visibility).await?;
    Ok(Redirect::to(&format!("/admin/i94/ports?saved={port_id}")).into_response())
}
