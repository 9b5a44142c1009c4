//! The officer finds a person who came without the pass by full name and date of birth: the
//! appointments at their own port today of the members whose fingerprints match
//! (`crate::lookups`: exact, capped, throttled, audited, nothing decrypted). The criteria are
//! POSTed, API and page alike, so they never land in a URL or an access log.

use std::net::IpAddr;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use chrono::NaiveDate;
use garita_domain::checkin::PortStatus;
use garita_domain::identifiers::{Identifier, LookupPurpose, SubjectKind};
use garita_domain::ports::Port;
use garita_domain::status::AppointmentStatus;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::{ApiJson, ApiPath, CsrfForm};
use crate::http::roles::Officer;
use crate::http::session::Account;
use crate::lookups::{self, Search};
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn api_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(find))
}

pub fn page_router() -> Router<AppState> {
    Router::new().route("/console/lookup", get(form).post(submit))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct LookupRequest {
    /// All the person's names, in any order (accents, capitals and punctuation do not count).
    #[serde(default)]
    pub full_name: String,
    /// YYYY-MM-DD.
    #[serde(default)]
    pub date_of_birth: String,
}

/// A member of a group with a confirmed appointment at this port today whose name and date
/// of birth match exactly.
#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct LookupMatch {
    pub appointment_id: String,
    pub start_time: String,
    /// expected, arrived, verified, processed, referred, no-show.
    pub status: String,
    /// The member's pass code (check the group in with it).
    pub code: String,
    pub traveler_id: String,
}

#[derive(Serialize, ToSchema)]
pub struct LookupAnswer {
    pub matches: Vec<LookupMatch>,
    /// More people have this name and date of birth than a lookup returns.
    pub capped: bool,
}

#[derive(sqlx::FromRow)]
struct MatchRow {
    appointment_id: String,
    start_time: String,
    port_status: Option<String>,
    code: String,
    traveler_id: String,
}

/// The officer's own port, if it is the one named (another port is not found).
fn own_port<'a>(app: &'a AppState, account: &Account, asked: &str) -> Result<&'a Port> {
    match &account.port_id {
        Some(own) if own == asked => app
            .ports
            .iter()
            .find(|p| &p.id == own)
            .ok_or(Error::NotFound),
        _ => Err(Error::NotFound),
    }
}

async fn lookup(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    port: &Port,
    body: &LookupRequest,
) -> Result<LookupAnswer> {
    let identifier = Identifier::full_name_dob(
        &body.full_name,
        &body.date_of_birth,
        crate::travelers::today(app),
    )?;
    let found = lookups::find(
        app,
        account,
        ip,
        Search::new(
            LookupPurpose::PortArrival,
            SubjectKind::Traveler,
            &identifier,
        ),
    )
    .await?;
    if found.subject_ids.is_empty() {
        return Ok(LookupAnswer {
            matches: Vec::new(),
            capped: found.capped,
        });
    }
    let ids: Vec<String> = (0..found.subject_ids.len())
        .map(|i| format!("${}", i + 4))
        .collect();
    let sql = format!(
        "SELECT a.id AS appointment_id, a.start_time, a.port_status, p.code, p.traveler_id
         FROM passes p JOIN appointments a ON a.id = p.appointment_id
         WHERE a.status = $1 AND a.port_id = $2 AND a.day = $3 AND p.traveler_id IN ({})
         ORDER BY a.start_time, a.id, p.code",
        ids.join(", ")
    );
    let mut q = sqlx::query_as::<_, MatchRow>(sqlx::AssertSqlSafe(sql))
        .bind(AppointmentStatus::Confirmed.as_str())
        .bind(&port.id)
        .bind(super::port_today(port, app.clock.now()).to_string());
    for id in &found.subject_ids {
        q = q.bind(id);
    }
    let rows = q.fetch_all(&app.db.read).await?;
    Ok(LookupAnswer {
        matches: rows
            .into_iter()
            .map(|r| LookupMatch {
                appointment_id: r.appointment_id,
                start_time: r.start_time,
                status: r
                    .port_status
                    .unwrap_or_else(|| PortStatus::Expected.as_str().into()),
                code: r.code,
                traveler_id: r.traveler_id,
            })
            .collect(),
        capped: found.capped,
    })
}

/// Find today's appointments at the officer's port of a person by full name and date of
/// birth (exact match of keyed fingerprints; at most 5 people; audited). For a person who
/// came without the pass.
#[utoipa::path(post, path = "/api/v1/ports/{port_id}/lookups", tag = "port console", security(("bearer" = [])),
    params(("port_id" = String, Path)), request_body = LookupRequest,
    responses((status = 200, body = LookupAnswer),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not an officer", content_type = "application/problem+json"),
              (status = 404, description = "Another port than the officer's", content_type = "application/problem+json"),
              (status = 422, description = "A name or date of birth missing or not valid", content_type = "application/problem+json"),
              (status = 429, description = "Too many lookups by this account, or of this person", content_type = "application/problem+json")))]
pub async fn find(
    State(app): State<AppState>,
    Officer(ref account): Officer,
    ctx: Ctx,
    ApiPath(port_id): ApiPath<String>,
    ApiJson(body): ApiJson<LookupRequest>,
) -> Result<Json<LookupAnswer>> {
    let port = own_port(&app, account, &port_id)?;
    Ok(Json(
        lookup(&app, account, ctx.client_ip, port, &body).await?,
    ))
}

#[derive(Template)]
#[template(path = "console/lookup.html")]
struct LookupPage<'a> {
    ctx: &'a Ctx,
    port: &'a Port,
    date: NaiveDate,
    full_name: String,
    date_of_birth: String,
    errors: FormErrors,
    /// After a search: what it found.
    answer: Option<LookupAnswer>,
}

impl LookupPage<'_> {
    fn status_label(&self, s: &str) -> String {
        self.ctx.t(&format!("console-status-{s}"))
    }
    fn clock(&self, hhmm: &str) -> String {
        match chrono::NaiveTime::parse_from_str(hhmm, "%H:%M") {
            Ok(t) => crate::locale_format::clock(self.ctx.tr.code(), t),
            Err(_) => hhmm.to_string(),
        }
    }
}

fn page(
    app: &AppState,
    ctx: &Ctx,
    port: &Port,
    body: LookupRequest,
    errors: FormErrors,
    answer: Option<LookupAnswer>,
    status: StatusCode,
) -> Response {
    render(
        status,
        &LookupPage {
            ctx,
            port,
            date: super::port_today(port, app.clock.now()),
            full_name: body.full_name,
            date_of_birth: body.date_of_birth,
            errors,
            answer,
        },
    )
}

fn officer_port<'a>(app: &'a AppState, account: &Account) -> Result<&'a Port> {
    let own = account.port_id.as_deref().ok_or(Error::Forbidden)?;
    own_port(app, account, own)
}

async fn form(
    State(app): State<AppState>,
    Officer(ref account): Officer,
    ctx: Ctx,
) -> Result<Response> {
    let port = officer_port(&app, account)?;
    Ok(page(
        &app,
        &ctx,
        port,
        LookupRequest::default(),
        FormErrors::default(),
        None,
        StatusCode::OK,
    ))
}

/// The answer is the page itself, not a redirect: a redirect would carry the criteria in a URL.
async fn submit(
    State(app): State<AppState>,
    Officer(ref account): Officer,
    ctx: Ctx,
    CsrfForm(body): CsrfForm<LookupRequest>,
) -> Result<Response> {
    let port = officer_port(&app, account)?;
    match lookup(&app, account, ctx.client_ip, port, &body).await {
        Ok(answer) => Ok(page(
            &app,
            &ctx,
            port,
            body,
            FormErrors::default(),
            Some(answer),
            StatusCode::OK,
        )),
        Err(Error::Invalid(invalid)) => Ok(page(
            &app,
            &ctx,
            port,
            body,
            FormErrors::from_invalid(&ctx, &invalid),
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )),
        Err(e) => Err(e),
    }
}
