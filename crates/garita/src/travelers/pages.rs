//! The "my group" pages: list, add, edit and remove members.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use garita_domain::travelers::{DocumentType, MemberInput, MAX_GROUP_SIZE};
use serde::Deserialize;

use super::{countries, Traveler};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles;
use crate::pages::{render, FormErrors};
use crate::state::AppState;
use crate::storage::vault::random_token;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/group", get(group))
        .route("/group/members", post(add))
        .route("/group/members/new", get(new_form))
        .route("/group/members/{id}", post(save))
        .route("/group/members/{id}/edit", get(edit_form))
        .route("/group/members/{id}/delete", post(delete))
}

#[derive(Template)]
#[template(path = "travelers/group.html")]
struct GroupPage<'a> {
    ctx: &'a Ctx,
    members: Vec<Traveler>,
    /// Ids of the members who have a photo.
    photos: Vec<String>,
    can_add: bool,
    max: usize,
}

impl GroupPage<'_> {
    fn country(&self, code: &str) -> &'static str {
        countries::name(code, self.ctx.tr.code())
    }
}

async fn group(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
    ctx: Ctx,
) -> Result<Response> {
    let members = super::list(&app, account.id).await?;
    let photos: Vec<(String,)> = sqlx::query_as(
        "SELECT p.traveler_id FROM photos p JOIN travelers t ON t.id = p.traveler_id WHERE t.account_id = $1",
    )
    .bind(account.id)
    .fetch_all(&app.db.read)
    .await?;
    Ok(render(
        StatusCode::OK,
        &GroupPage {
            ctx: &ctx,
            photos: photos.into_iter().map(|p| p.0).collect(),
            can_add: members.len() < MAX_GROUP_SIZE,
            members,
            max: MAX_GROUP_SIZE,
        },
    ))
}

#[derive(Template)]
#[template(path = "travelers/member_form.html")]
struct MemberForm<'a> {
    ctx: &'a Ctx,
    /// None when adding.
    id: Option<String>,
    /// The group has no holder yet: this form records the account holder themself.
    is_holder: bool,
    form: MemberInput,
    errors: FormErrors,
    idempotency_key: String,
    countries: Vec<(&'static str, &'static str)>,
}

impl MemberForm<'_> {
    fn document_types(&self) -> Vec<(&'static str, String)> {
        DocumentType::ALL
            .iter()
            .map(|d| {
                (
                    d.as_str(),
                    self.ctx.t(&format!("document-type-{}", d.as_str())),
                )
            })
            .collect()
    }

    fn languages(&self) -> &'static [(&'static str, &'static str)] {
        countries::SPOKEN_LANGUAGES
    }

    fn action(&self) -> String {
        match &self.id {
            Some(id) => format!("/group/members/{id}"),
            None => "/group/members".to_string(),
        }
    }
}

fn member_form(
    ctx: &Ctx,
    id: Option<String>,
    is_holder: bool,
    form: MemberInput,
    errors: FormErrors,
    key: String,
) -> MemberForm<'_> {
    MemberForm {
        countries: countries::list(ctx.tr.code()),
        ctx,
        id,
        is_holder,
        form,
        errors,
        idempotency_key: key,
    }
}

async fn new_form(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
    ctx: Ctx,
) -> Result<Response> {
    let members = super::list(&app, account.id).await?;
    let is_holder = !members.iter().any(|m| m.is_holder);
    let form = MemberInput {
        language: ctx.tr.code().split('-').next().unwrap_or("es").to_string(),
        ..Default::default()
    };
    Ok(render(
        StatusCode::OK,
        &member_form(
            &ctx,
            None,
            is_holder,
            form,
            FormErrors::default(),
            random_token(),
        ),
    ))
}

#[derive(Deserialize)]
struct MemberFields {
    #[serde(flatten)]
    member: MemberInput,
    #[serde(default)]
    idempotency_key: String,
    #[serde(default)]
    is_holder: String,
}

async fn add(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
    ctx: Ctx,
    CsrfForm(f): CsrfForm<MemberFields>,
) -> Result<Response> {
    let key = Some(f.idempotency_key.as_str()).filter(|k| !k.is_empty());
    match super::add(&app, account.id, &f.member, key).await {
        Ok(_) => Ok(Redirect::to("/group").into_response()),
        Err(Error::Invalid(invalid)) => Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &member_form(
                &ctx,
                None,
                f.is_holder == "1",
                f.member,
                FormErrors::from_invalid(&ctx, &invalid),
                f.idempotency_key,
            ),
        )),
        Err(e) => Err(e),
    }
}

async fn edit_form(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response> {
    let t = super::get(&app, account.id, &id).await?;
    Ok(render(
        StatusCode::OK,
        &member_form(
            &ctx,
            Some(t.id.clone()),
            t.is_holder,
            t.to_input(),
            FormErrors::default(),
            String::new(),
        ),
    ))
}

async fn save(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<MemberFields>,
) -> Result<Response> {
    match super::update(&app, account.id, &id, &f.member).await {
        Ok(_) => Ok(Redirect::to("/group").into_response()),
        Err(Error::Invalid(invalid)) => Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &member_form(
                &ctx,
                Some(id),
                f.is_holder == "1",
                f.member,
                FormErrors::from_invalid(&ctx, &invalid),
                String::new(),
            ),
        )),
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
struct Empty {}

async fn delete(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    super::remove(&app, account.id, &id).await?;
    Ok(Redirect::to("/group").into_response())
}
