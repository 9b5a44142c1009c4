//! The page `/partner/validate`: the same check as the API, for a partner agency's member in a
//! browser. The answer is the page itself (a large YES or NO), not a redirect, so the code and
//! the date of birth never land in a URL; the form comes back empty for the next person.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;

use super::api::ValidationRequest;
use super::PartnerAgent;
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/partner/validate", get(form).post(submit))
}

#[derive(Template)]
#[template(path = "partner/validate.html")]
struct ValidatePage<'a> {
    ctx: &'a Ctx,
    code: String,
    date_of_birth: String,
    errors: FormErrors,
    /// After a check: its answer.
    answer: Option<bool>,
}

async fn form(_agent: PartnerAgent, ctx: Ctx) -> Response {
    render(
        StatusCode::OK,
        &ValidatePage {
            ctx: &ctx,
            code: String::new(),
            date_of_birth: String::new(),
            errors: FormErrors::default(),
            answer: None,
        },
    )
}

async fn submit(
    State(app): State<AppState>,
    agent: PartnerAgent,
    ctx: Ctx,
    CsrfForm(body): CsrfForm<ValidationRequest>,
) -> Result<Response> {
    match super::check(&app, &agent, ctx.client_ip, &body.code, &body.date_of_birth).await {
        Ok(valid) => Ok(render(
            StatusCode::OK,
            &ValidatePage {
                ctx: &ctx,
                code: String::new(),
                date_of_birth: String::new(),
                errors: FormErrors::default(),
                answer: Some(valid),
            },
        )),
        Err(Error::Invalid(invalid)) => Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ValidatePage {
                ctx: &ctx,
                errors: FormErrors::from_invalid(&ctx, &invalid),
                code: body.code,
                date_of_birth: body.date_of_birth,
                answer: None,
            },
        )),
        Err(e) => Err(e),
    }
}
