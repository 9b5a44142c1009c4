//! Pages: `/rosters/check` (an approved international or partner organisation's staff: the
//! enrollment check, answered on the page itself so the date of birth never lands in a URL)
//! and `/rosters/claim` (a traveler claims their place with roster id and date of birth).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

use super::{CheckInput, ClaimInput};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::{OrganisationStaff, Traveler};
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/rosters/check", get(check_form).post(check_submit))
        .route("/rosters/claim", get(claim_form).post(claim_submit))
}

/// The programme status as the reader's language says it.
fn status_text(ctx: &Ctx, status: &str) -> String {
    match super::ProgrammeStatus::parse(status) {
        Some(super::ProgrammeStatus::Enrolled) => ctx.t("rosters-status-enrolled"),
        Some(super::ProgrammeStatus::Pending) => ctx.t("rosters-status-pending"),
        Some(super::ProgrammeStatus::Completed) => ctx.t("rosters-status-completed"),
        Some(super::ProgrammeStatus::Withdrawn) => ctx.t("rosters-status-withdrawn"),
        None => status.to_string(),
    }
}

#[derive(Template)]
#[template(path = "rosters/check.html")]
struct CheckPage<'a> {
    ctx: &'a Ctx,
    roster_id: String,
    full_name: String,
    date_of_birth: String,
    errors: FormErrors,
    /// After a check: enrolled or not, and the status's words.
    answer: Option<(bool, String)>,
}

#[derive(Debug, Default, Deserialize)]
pub struct CheckForm {
    #[serde(default)]
    roster_id: String,
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    date_of_birth: String,
}

async fn check_form(
    State(app): State<AppState>,
    staff: OrganisationStaff,
    ctx: Ctx,
) -> Result<Response> {
    super::roster_organisation(&app, staff.organisation_id).await?;
    Ok(render(
        StatusCode::OK,
        &CheckPage {
            ctx: &ctx,
            roster_id: String::new(),
            full_name: String::new(),
            date_of_birth: String::new(),
            errors: FormErrors::default(),
            answer: None,
        },
    ))
}

async fn check_submit(
    State(app): State<AppState>,
    staff: OrganisationStaff,
    ctx: Ctx,
    CsrfForm(body): CsrfForm<CheckForm>,
) -> Result<Response> {
    super::roster_organisation(&app, staff.organisation_id).await?;
    let input = CheckInput {
        roster_id: Some(body.roster_id.clone()),
        full_name: Some(body.full_name.clone()),
        date_of_birth: body.date_of_birth.clone(),
    };
    match super::check(
        &app,
        &staff.account,
        staff.organisation_id,
        &input,
        ctx.client_ip,
    )
    .await
    {
        Ok(answer) => Ok(render(
            StatusCode::OK,
            &CheckPage {
                ctx: &ctx,
                roster_id: String::new(),
                full_name: String::new(),
                date_of_birth: String::new(),
                errors: FormErrors::default(),
                answer: Some((
                    answer.enrolled,
                    answer
                        .status
                        .map(|s| status_text(&ctx, &s))
                        .unwrap_or_default(),
                )),
            },
        )),
        Err(Error::Invalid(invalid)) => Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &CheckPage {
                ctx: &ctx,
                errors: FormErrors::from_invalid(&ctx, &invalid),
                roster_id: body.roster_id,
                full_name: body.full_name,
                date_of_birth: body.date_of_birth,
                answer: None,
            },
        )),
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "rosters/claim.html")]
struct ClaimPage<'a> {
    ctx: &'a Ctx,
    roster_id: String,
    date_of_birth: String,
    errors: FormErrors,
    /// After a claim: what was linked, in words.
    claimed: Option<String>,
    not_found: bool,
}

async fn claim_form(_traveler: Traveler, ctx: Ctx) -> Response {
    render(
        StatusCode::OK,
        &ClaimPage {
            ctx: &ctx,
            roster_id: String::new(),
            date_of_birth: String::new(),
            errors: FormErrors::default(),
            claimed: None,
            not_found: false,
        },
    )
}

#[derive(Debug, Default, Deserialize)]
pub struct ClaimForm {
    #[serde(default)]
    roster_id: String,
    #[serde(default)]
    date_of_birth: String,
}

async fn claim_submit(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    CsrfForm(body): CsrfForm<ClaimForm>,
) -> Result<Response> {
    let input = ClaimInput {
        roster_id: body.roster_id.clone(),
        date_of_birth: body.date_of_birth.clone(),
    };
    let page = |status, errors, claimed, not_found, keep: bool| {
        ClaimPage {
            ctx: &ctx,
            roster_id: if keep {
                body.roster_id.clone()
            } else {
                String::new()
            },
            date_of_birth: if keep {
                body.date_of_birth.clone()
            } else {
                String::new()
            },
            errors,
            claimed,
            not_found,
        }
        .with_status(status)
    };
    match super::claim(&app, account, &input, ctx.client_ip).await {
        Ok(c) => {
            let text = ctx.tr.with(
                "rosters-claimed",
                &[
                    ("roster_id", c.roster_id.clone()),
                    ("status", status_text(&ctx, &c.status)),
                ],
            );
            Ok(page(
                StatusCode::OK,
                FormErrors::default(),
                Some(text),
                false,
                false,
            ))
        }
        Err(Error::NotFound) => Ok(page(
            StatusCode::NOT_FOUND,
            FormErrors::default(),
            None,
            true,
            true,
        )),
        Err(Error::Invalid(invalid)) => Ok(page(
            StatusCode::UNPROCESSABLE_ENTITY,
            FormErrors::from_invalid(&ctx, &invalid),
            None,
            false,
            true,
        )),
        Err(e) => Err(e),
    }
}

/// A page with the status it is answered with.
trait WithStatus: Template + Sized {
    fn with_status(self, status: StatusCode) -> Response {
        render(status, &self)
    }
}
impl WithStatus for ClaimPage<'_> {}
