//! The "my group" pages: list, add, edit and remove members. Removing someone, and any change
//! to the group after selection (which voids the appointment: passes are made for its
//! members), first shows a page saying what will be lost; only `confirm=yes` acts.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use garita_domain::travelers::{DocumentType, MemberInput, MAX_GROUP_SIZE};
use serde::Deserialize;

use super::{countries, Traveler};
use crate::appointments::pages::{confirmation, keeps, losses, next_draw_local, Confirmation};
use crate::appointments::Loss;
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
        .route("/group/members/{id}/delete", get(delete_page).post(delete))
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
    /// False until the account verified its address (a banner says so; see accounts::recovery).
    email_verified: bool,
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
            email_verified: crate::accounts::recovery::is_verified(&app, account.id).await?,
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

/// The typed details with the date of birth and document number in ASCII digits: a date or a
/// number typed with Persian, Arabic-Indic, Devanagari, Gurmukhi or full-width digits is the
/// same date or number.
pub(super) fn typed_digits(m: MemberInput) -> MemberInput {
    use garita_domain::validation::ascii_digits;
    MemberInput {
        date_of_birth: ascii_digits(&m.date_of_birth),
        document_number: ascii_digits(&m.document_number),
        ..m
    }
}

#[derive(Deserialize)]
struct MemberFields {
    #[serde(flatten)]
    member: MemberInput,
    #[serde(default)]
    idempotency_key: String,
    #[serde(default)]
    is_holder: String,
    #[serde(default)]
    confirm: String,
}

/// When the group has a live appointment, the page asking to confirm a change that voids it
/// (`action` repeats the change with its fields); `None` when there is nothing to lose.
async fn void_confirmation(
    app: &AppState,
    ctx: &Ctx,
    account_id: i64,
    f: &MemberFields,
    action: String,
) -> Result<Option<Response>> {
    let Some(appointment) = crate::appointments::live_appointment(app, account_id).await? else {
        return Ok(None);
    };
    let mut hidden: Vec<(String, String)> = match serde_json::to_value(&f.member)? {
        serde_json::Value::Object(fields) => fields
            .into_iter()
            .map(|(k, v)| match v {
                serde_json::Value::String(v) => (k, v),
                other => (k, other.to_string()),
            })
            .collect(),
        _ => Vec::new(),
    };
    hidden.push(("idempotency_key".into(), f.idempotency_key.clone()));
    hidden.push(("is_holder".into(), f.is_holder.clone()));
    let next_draw = next_draw_local(app, ctx, account_id).await?;
    Ok(Some(confirmation(
        ctx,
        Confirmation {
            title: ctx.t("member-change-confirm-title"),
            losses: losses(ctx, &app.ports, &appointment, Loss::Void),
            keeps: keeps(ctx, Loss::Void, &next_draw),
            action,
            hidden,
            yes: ctx.t("member-change-confirm-yes"),
            no: ctx.t("confirm-keep-appointment"),
            back: "/group".into(),
        },
    )))
}

async fn add(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
    ctx: Ctx,
    CsrfForm(mut f): CsrfForm<MemberFields>,
) -> Result<Response> {
    f.member = typed_digits(f.member);
    // A valid addition after selection asks first (an invalid one shows its errors below).
    if f.confirm != "yes" && f.member.parse(super::today(&app)).is_ok() {
        if let Some(page) =
            void_confirmation(&app, &ctx, account.id, &f, "/group/members".into()).await?
        {
            return Ok(page);
        }
    }
    let key = Some(f.idempotency_key.as_str()).filter(|k| !k.is_empty());
    match super::add(&app, account.id, &f.member, key, None).await {
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
    CsrfForm(mut f): CsrfForm<MemberFields>,
) -> Result<Response> {
    f.member = typed_digits(f.member);
    // A real change after selection asks first; saving the same details changes nothing.
    if f.confirm != "yes" {
        let today = super::today(&app);
        let current = super::get(&app, account.id, &id).await?;
        if let Ok(changed) = f.member.parse(today) {
            if current.to_input().parse(today).ok().as_ref() != Some(&changed) {
                if let Some(page) =
                    void_confirmation(&app, &ctx, account.id, &f, format!("/group/members/{id}"))
                        .await?
                {
                    return Ok(page);
                }
            }
        }
    }
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
struct Confirmed {
    #[serde(default)]
    confirm: String,
}

/// Removing a member: without `confirm=yes` nothing changes and the page says what would be
/// lost (their details and photo; after selection, the appointment too).
async fn delete(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<Confirmed>,
) -> Result<Response> {
    if form.confirm != "yes" {
        return delete_confirmation(&app, &ctx, account.id, &id).await;
    }
    super::remove(&app, account.id, &id, None).await?;
    Ok(Redirect::to("/group").into_response())
}

async fn delete_page(
    State(app): State<AppState>,
    roles::Traveler(ref account): roles::Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response> {
    delete_confirmation(&app, &ctx, account.id, &id).await
}

async fn delete_confirmation(
    app: &AppState,
    ctx: &Ctx,
    account_id: i64,
    id: &str,
) -> Result<Response> {
    let member = super::get(app, account_id, id).await?;
    let mut lines = vec![ctx.tr.t1("member-remove-loses", "name", &member.full_name)];
    let mut keep = String::new();
    let mut no = ctx.t("member-remove-no");
    if let Some(appointment) = crate::appointments::live_appointment(app, account_id).await? {
        lines.extend(losses(ctx, &app.ports, &appointment, Loss::Void));
        keep = keeps(
            ctx,
            Loss::Void,
            &next_draw_local(app, ctx, account_id).await?,
        );
        no = ctx.t("confirm-keep-appointment");
    }
    Ok(confirmation(
        ctx,
        Confirmation {
            title: ctx.tr.t1("member-remove-title", "name", &member.full_name),
            losses: lines,
            keeps: keep,
            action: format!("/group/members/{id}/delete"),
            hidden: Vec::new(),
            yes: ctx.t("member-remove-yes"),
            no,
            back: "/group".into(),
        },
    ))
}
