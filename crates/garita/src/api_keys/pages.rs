//! The managers' page of API keys (`/organisation/api-keys`): the keys by prefix with their
//! permissions, dates and last use; a form to create one, whose answer shows the key once
//! (never stored, never cached); and revocation after a confirmation page.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use garita_domain::api_keys::{self as rules, KeyState, Permission};
use garita_domain::validation::{FieldError, Problem};

use super::KeyRow;
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::OrganisationManager;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/organisation/api-keys", get(list).post(create))
        .route(
            "/organisation/api-keys/{id}/revoke",
            get(confirm_revoke).post(revoke),
        )
}

/// One key as the table shows it.
struct Line {
    row: KeyRow,
    permissions: Vec<String>,
    created: String,
    expires: String,
    last_used: Option<String>,
    revoked: Option<String>,
    /// The catalog key of its state.
    state: &'static str,
    active: bool,
}

fn day(ctx: &Ctx, ts: i64) -> Result<String> {
    Ok(ctx.tr.date(super::time(ts)?.date_naive()))
}

fn line(ctx: &Ctx, row: KeyRow, now: i64) -> Result<Line> {
    let state = row.state(now);
    Ok(Line {
        permissions: row
            .permissions()?
            .iter()
            .map(|p| p.as_str().to_string())
            .collect(),
        created: day(ctx, row.created_at)?,
        expires: day(ctx, row.expires_at)?,
        last_used: row.last_used_at.map(|t| day(ctx, t)).transpose()?,
        revoked: row.revoked_at.map(|t| day(ctx, t)).transpose()?,
        state: match state {
            KeyState::Active => "api-keys-state-active",
            KeyState::Expired => "api-keys-state-expired",
            KeyState::Revoked => "api-keys-state-revoked",
        },
        active: state == KeyState::Active,
        row,
    })
}

/// A permission the form offers: its text, its description, whether it is ticked.
struct Choice {
    value: &'static str,
    label: String,
    checked: bool,
}

#[derive(Template)]
#[template(path = "api_keys/list.html")]
struct ListPage<'a> {
    ctx: &'a Ctx,
    lines: Vec<Line>,
    choices: Vec<Choice>,
    days: Vec<(i64, bool)>,
    name: String,
    errors: FormErrors,
}

/// What the form held, to show it again with its errors.
struct Asked {
    name: String,
    permissions: Vec<String>,
    days: i64,
}

async fn list_page(
    app: &AppState,
    ctx: &Ctx,
    manager: &OrganisationManager,
    status: StatusCode,
    asked: Asked,
    errors: FormErrors,
) -> Result<Response> {
    let kind = super::organisation_kind(app, manager.organisation_id).await?;
    let now = app.clock.timestamp();
    let lines = super::list(app, manager.organisation_id)
        .await?
        .into_iter()
        .map(|r| line(ctx, r, now))
        .collect::<Result<Vec<_>>>()?;
    let choices = rules::allowed_for(kind)
        .iter()
        .map(|p: &Permission| Choice {
            value: p.as_str(),
            label: ctx.t(&p.message_key()),
            checked: asked.permissions.iter().any(|a| a == p.as_str()),
        })
        .collect();
    Ok(render(
        status,
        &ListPage {
            ctx,
            lines,
            choices,
            days: rules::DAY_CHOICES
                .iter()
                .map(|d| (*d, *d == asked.days))
                .collect(),
            name: asked.name,
            errors,
        },
    ))
}

async fn list(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
) -> Result<Response> {
    let asked = Asked {
        name: String::new(),
        permissions: vec![Permission::OrganisationRead.as_str().to_string()],
        days: rules::DEFAULT_DAYS,
    };
    list_page(
        &app,
        &ctx,
        &manager,
        StatusCode::OK,
        asked,
        FormErrors::default(),
    )
    .await
}

#[derive(Template)]
#[template(path = "api_keys/created.html")]
struct CreatedPage<'a> {
    ctx: &'a Ctx,
    key: String,
    line: Line,
}

async fn create(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response> {
    let value = |k: &str| {
        form.iter()
            .find(|(f, _)| f == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let name = value("name");
    let permissions: Vec<String> = form
        .iter()
        .filter(|(f, _)| f == "permissions")
        .map(|(_, v)| v.clone())
        .collect();
    let days_text = value("expires_in_days");
    let days: Option<i64> = match days_text.trim() {
        "" => None,
        t => match t.parse() {
            Ok(d) => Some(d),
            Err(_) => {
                let errors = FormErrors::from_fields(
                    &ctx,
                    &[FieldError {
                        field: "expires_in_days",
                        problem: Problem::NotANumber,
                    }],
                );
                let asked = Asked {
                    name,
                    permissions,
                    days: rules::DEFAULT_DAYS,
                };
                return list_page(
                    &app,
                    &ctx,
                    &manager,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    asked,
                    errors,
                )
                .await;
            }
        },
    };
    let made = super::create(
        &app,
        &manager,
        ctx.client_ip,
        super::NewKey {
            name: &name,
            permissions: permissions.iter().map(String::as_str).collect(),
            expires_in_days: days,
        },
    )
    .await;
    match made {
        Ok((issued, row)) => {
            let line = line(&ctx, row, app.clock.timestamp())?;
            let mut res = render(
                StatusCode::OK,
                &CreatedPage {
                    ctx: &ctx,
                    key: issued.key,
                    line,
                },
            );
            // Said again here, whatever the defaults: the key must never sit in a cache.
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            Ok(res)
        }
        Err(Error::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            let asked = Asked {
                name,
                permissions,
                days: days.unwrap_or(rules::DEFAULT_DAYS),
            };
            list_page(
                &app,
                &ctx,
                &manager,
                StatusCode::UNPROCESSABLE_ENTITY,
                asked,
                errors,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "api_keys/revoke.html")]
struct RevokePage<'a> {
    ctx: &'a Ctx,
    line: Line,
}

async fn confirm_revoke(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response> {
    let row = super::find(&app, manager.organisation_id, &id).await?;
    let line = line(&ctx, row, app.clock.timestamp())?;
    Ok(render(StatusCode::OK, &RevokePage { ctx: &ctx, line }))
}

async fn revoke(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response> {
    // Found first: another organisation's key is not found, and the id put in a redirect is
    // one we issued.
    let row = super::find(&app, manager.organisation_id, &id).await?;
    let confirmed = form.iter().any(|(k, v)| k == "confirm" && v == "yes");
    if !confirmed {
        return Ok(
            Redirect::to(&format!("/organisation/api-keys/{}/revoke", row.id)).into_response(),
        );
    }
    super::revoke(&app, &manager, ctx.client_ip, &row.id).await?;
    Ok(Redirect::to("/organisation/api-keys").into_response())
}
