//! Pages of helping organisations (`/helpers…`: the caseload, registering a family, a family's
//! group, the printed card), of the traveler's consents (`/consents`) and of the card's
//! sign-in (`/card`). Forms post and redirect, except the card, which is the answer page
//! itself: its setup code is shown once and never put in a URL.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::NaiveDate;
use garita_domain::travelers::MemberInput;
use serde::Deserialize;

use super::acting::{self, GroupView};
use super::cards::{self, Card, CardSignIn, FirstSignIn, NewFamily};
use super::caseload::{self, Case, Filter};
use super::traveler::{self, HelperOrganisation, Invitation, Overview};
use super::Helper;
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::Traveler;
use crate::i18n::Tr;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

/// Photos are larger than other forms.
const PHOTO_FORM_LIMIT: usize = 10 * 1024 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/helpers", get(caseload_page))
        .route("/helpers/name", post(name_submit))
        .route("/helpers/families/new", get(family_form))
        .route("/helpers/families", post(family_submit))
        .route("/helpers/travelers/{account_id}", get(group_page))
        .route("/helpers/travelers/{account_id}/card", post(card_submit))
        .route(
            "/helpers/travelers/{account_id}/members",
            post(member_submit),
        )
        .route(
            "/helpers/travelers/{account_id}/members/{member_id}/photo",
            post(photo_submit).layer(DefaultBodyLimit::max(PHOTO_FORM_LIMIT)),
        )
        .route(
            "/helpers/travelers/{account_id}/request",
            post(request_submit),
        )
        .route(
            "/helpers/travelers/{account_id}/appointments/{id}/confirm",
            post(confirm_submit),
        )
        .route("/consents", get(consents_page).post(invite_submit))
        .route("/consents/{id}/revoke", post(revoke_submit))
        .route("/card", get(card_sign_in_page))
        .route("/card/first", post(first_submit))
        .route("/card/sign-in", post(sign_in_submit))
}

/// A date from seconds since the epoch.
pub fn day_of(at: i64) -> NaiveDate {
    chrono::DateTime::from_timestamp(at, 0)
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

// ---- the caseload ----

#[derive(Template)]
#[template(path = "consents/caseload.html")]
struct CaseloadPage<'a> {
    ctx: &'a Ctx,
    helper: &'a Helper,
    cases: Vec<Case>,
    next_step: String,
}

impl CaseloadPage<'_> {
    fn date(&self, at: &i64) -> String {
        self.ctx.tr.date(day_of(*at))
    }
    fn day(&self, d: &Option<String>) -> String {
        d.as_deref()
            .and_then(|d| d.parse::<NaiveDate>().ok())
            .map(|d| self.ctx.tr.date(d))
            .unwrap_or_default()
    }
}

async fn caseload_page(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    Query(filter): Query<Filter>,
) -> Result<Response> {
    let cases = caseload::list(&app, &helper, &filter, ctx.client_ip).await?;
    Ok(render(
        StatusCode::OK,
        &CaseloadPage {
            ctx: &ctx,
            helper: &helper,
            cases,
            next_step: filter.next_step.clone().unwrap_or_default(),
        },
    ))
}

#[derive(Deserialize)]
struct NameForm {
    #[serde(default)]
    display_name: String,
}

async fn name_submit(
    State(app): State<AppState>,
    helper: Helper,
    CsrfForm(form): CsrfForm<NameForm>,
) -> Result<Response> {
    super::set_staff_name(&app, &helper, &form.display_name).await?;
    Ok(Redirect::to("/helpers").into_response())
}

// ---- registering a family, and the card ----

#[derive(Template)]
#[template(path = "consents/family.html")]
struct FamilyPage<'a> {
    ctx: &'a Ctx,
    helper: &'a Helper,
    form: FamilyForm,
    errors: FormErrors,
    languages: Vec<(&'static str, &'static str)>,
    countries: Vec<(&'static str, &'static str)>,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct FamilyForm {
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    date_of_birth: String,
    #[serde(default)]
    citizenship: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    days: String,
    #[serde(default)]
    manage_group: Option<String>,
    #[serde(default)]
    request: Option<String>,
    #[serde(default)]
    confirm: Option<String>,
}

impl FamilyForm {
    fn permissions(&self) -> Vec<String> {
        let mut p = vec!["view".to_string()];
        for (on, name) in [
            (&self.manage_group, "manage_group"),
            (&self.request, "request"),
            (&self.confirm, "confirm"),
        ] {
            if on.is_some() {
                p.push(name.to_string());
            }
        }
        p
    }
}

fn languages(app: &AppState) -> Vec<(&'static str, &'static str)> {
    app.catalogs
        .locales()
        .iter()
        .map(|l| (l.code, l.name))
        .collect()
}

fn family_page<'a>(
    app: &AppState,
    ctx: &'a Ctx,
    helper: &'a Helper,
    form: FamilyForm,
    errors: FormErrors,
) -> FamilyPage<'a> {
    FamilyPage {
        ctx,
        helper,
        form,
        errors,
        languages: languages(app),
        countries: crate::travelers::countries::list(ctx.tr.code()),
    }
}

async fn family_form(State(app): State<AppState>, helper: Helper, ctx: Ctx) -> Result<Response> {
    let form = FamilyForm {
        language: ctx.tr.code().to_string(),
        days: garita_domain::consents::DEFAULT_DAYS.to_string(),
        manage_group: Some("on".into()),
        request: Some("on".into()),
        confirm: Some("on".into()),
        ..FamilyForm::default()
    };
    Ok(render(
        StatusCode::OK,
        &family_page(&app, &ctx, &helper, form, FormErrors::default()),
    ))
}

/// The printed card and consent text, in the traveler's language (the page around it in the
/// staff member's).
#[derive(Template)]
#[template(path = "consents/card.html")]
struct CardPage<'a> {
    ctx: &'a Ctx,
    card: Card,
    /// The traveler's language.
    card_tr: Tr,
    holder: String,
    until: String,
    permissions: Vec<String>,
}

fn card_page(app: &AppState, ctx: &Ctx, card: Card, holder: String) -> Response {
    let index = app.catalogs.find(&card.language).unwrap_or(0);
    let card_tr = Tr::new(app.catalogs.clone(), index);
    let until = card_tr.date(card.until);
    let permissions = card
        .permissions
        .iter()
        .map(|p| card_tr.t(&format!("consents-permission-{p}")))
        .collect();
    render(
        StatusCode::OK,
        &CardPage {
            ctx,
            card,
            card_tr,
            holder,
            until,
            permissions,
        },
    )
}

async fn family_submit(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<FamilyForm>,
) -> Result<Response> {
    let days = if form.days.trim().is_empty() {
        None
    } else {
        match form.days.trim().parse::<i64>() {
            Ok(d) => Some(d),
            Err(_) => {
                let errors = FormErrors::at(&ctx, "days", ctx.t("error-not-a-number"));
                return Ok(render(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    &family_page(&app, &ctx, &helper, form, errors),
                ));
            }
        }
    };
    let input = NewFamily {
        full_name: form.full_name.clone(),
        date_of_birth: form.date_of_birth.clone(),
        citizenship: form.citizenship.clone(),
        language: form.language.clone(),
        permissions: form.permissions(),
        days,
    };
    match cards::register(&app, &helper, &input, ctx.client_ip).await {
        Ok(card) => Ok(card_page(&app, &ctx, card, form.full_name)),
        Err(Error::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            Ok(render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &family_page(&app, &ctx, &helper, form, errors),
            ))
        }
        Err(e @ Error::Conflict(_)) => {
            let errors = FormErrors::general(ctx.t(&format!("error-{}", e.code())));
            Ok(render(
                StatusCode::CONFLICT,
                &family_page(&app, &ctx, &helper, form, errors),
            ))
        }
        Err(e) => Err(e),
    }
}

async fn card_submit(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    Path(account_id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    let card = cards::reprint(&app, &helper, account_id, ctx.client_ip).await?;
    let holder = crate::travelers::list(&app, account_id)
        .await?
        .into_iter()
        .find(|t| t.is_holder)
        .map(|t| t.full_name)
        .unwrap_or_default();
    Ok(card_page(&app, &ctx, card, holder))
}

#[derive(Deserialize)]
struct Empty {}

// ---- a family's group, as its helper sees it ----

#[derive(Template)]
#[template(path = "consents/group.html")]
struct GroupPage<'a> {
    ctx: &'a Ctx,
    helper: &'a Helper,
    group: GroupView,
    ports: &'a [garita_domain::ports::Port],
    countries: Vec<(&'static str, &'static str)>,
    languages: Vec<(&'static str, &'static str)>,
    has_card: bool,
}

impl GroupPage<'_> {
    fn allows(&self, p: &str) -> bool {
        self.group.permissions.iter().any(|q| q == p)
    }
    fn date(&self, at: &i64) -> String {
        self.ctx.tr.date(day_of(*at))
    }
    fn roster_status(&self, status: &str) -> String {
        crate::rosters::pages::status_text(self.ctx, status)
    }
}

async fn group_page(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    Path(account_id): Path<i64>,
) -> Result<Response> {
    let group = acting::view(&app, &helper, account_id, ctx.client_ip).await?;
    let has_card: Option<i64> =
        sqlx::query_scalar("SELECT account_id FROM card_accounts WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(&app.db.read)
            .await?;
    Ok(render(
        StatusCode::OK,
        &GroupPage {
            ctx: &ctx,
            helper: &helper,
            group,
            ports: &app.ports,
            countries: crate::travelers::countries::list(ctx.tr.code()),
            languages: languages(&app),
            has_card: has_card.is_some(),
        },
    ))
}

fn back(account_id: i64) -> Response {
    Redirect::to(&format!("/helpers/travelers/{account_id}")).into_response()
}

#[derive(Debug, Default, Deserialize)]
struct MemberForm {
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    date_of_birth: String,
    #[serde(default)]
    citizenship: String,
    #[serde(default)]
    language: String,
}

async fn member_submit(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    Path(account_id): Path<i64>,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<Response> {
    let input = MemberInput {
        full_name: form.full_name,
        date_of_birth: form.date_of_birth,
        citizenship: form.citizenship,
        language: form.language,
        ..MemberInput::default()
    };
    acting::add_member(&app, &helper, account_id, &input, ctx.client_ip).await?;
    Ok(back(account_id))
}

async fn photo_submit(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    Path((account_id, member_id)): Path<(i64, String)>,
    mut multipart: Multipart,
) -> Result<Response> {
    let mut csrf = String::new();
    let mut photo = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| Error::BadRequest("malformed-form"))?
    {
        match field.name() {
            Some("csrf_token") => {
                csrf = field
                    .text()
                    .await
                    .map_err(|_| Error::BadRequest("malformed-form"))?
            }
            Some("photo") => {
                photo = Some(
                    field
                        .bytes()
                        .await
                        .map_err(|_| Error::BadRequest("malformed-form"))?,
                )
            }
            _ => {}
        }
    }
    if !crate::http::forms::same(&csrf, &ctx.csrf_token) {
        return Err(Error::Csrf);
    }
    let photo = photo.ok_or(Error::field(
        "photo",
        garita_domain::validation::Problem::PhotoMissing,
    ))?;
    acting::add_photo(&app, &helper, account_id, &member_id, photo, ctx.client_ip).await?;
    Ok(back(account_id))
}

async fn request_submit(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    Path(account_id): Path<i64>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response> {
    let ports: Vec<String> = form
        .iter()
        .filter(|(k, _)| k == "ports")
        .map(|(_, v)| v.clone())
        .collect();
    let fields: HashMap<String, String> = form.into_iter().collect();
    let location = crate::appointments::location_form::read(&fields).location;
    let submission = crate::appointments::Submission {
        ports,
        answers: Vec::new(),
        location,
        us_address: None,
    };
    acting::request(&app, &helper, account_id, &submission, ctx.client_ip).await?;
    Ok(back(account_id))
}

async fn confirm_submit(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    Path((account_id, id)): Path<(i64, String)>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    let location = crate::appointments::location_form::read(&form).location;
    if form.get("decision").map(String::as_str) == Some("decline") {
        acting::decline(&app, &helper, account_id, &id, ctx.client_ip).await?;
    } else {
        acting::confirm(&app, &helper, account_id, &id, location, ctx.client_ip).await?;
    }
    Ok(back(account_id))
}

// ---- the traveler's consents ----

#[derive(Template)]
#[template(path = "consents/consents.html")]
struct ConsentsPage<'a> {
    ctx: &'a Ctx,
    overview: Overview,
    organisations: Vec<HelperOrganisation>,
}

impl ConsentsPage<'_> {
    fn date(&self, at: &i64) -> String {
        self.ctx.tr.date(day_of(*at))
    }
    fn permission(&self, p: &str) -> String {
        self.ctx.t(&format!("consents-permission-{p}"))
    }
    fn action(&self, a: &str) -> String {
        self.ctx.t(&format!("consents-action-{a}"))
    }
    fn done_by(&self, org: &str, staff: &str, at: &i64) -> String {
        self.ctx.tr.with(
            "consents-done-by",
            &[
                ("organisation", org.to_string()),
                ("staff", staff.to_string()),
                ("date", self.date(at)),
            ],
        )
    }
}

async fn consents_page(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
) -> Result<Response> {
    let overview = traveler::overview(&app, account.id).await?;
    let organisations = traveler::organisations(&app).await?;
    Ok(render(
        StatusCode::OK,
        &ConsentsPage {
            ctx: &ctx,
            overview,
            organisations,
        },
    ))
}

#[derive(Debug, Default, Deserialize)]
struct InviteForm {
    #[serde(default)]
    organisation_id: String,
    #[serde(default)]
    days: String,
    #[serde(default)]
    manage_group: Option<String>,
    #[serde(default)]
    request: Option<String>,
    #[serde(default)]
    confirm: Option<String>,
}

async fn invite_submit(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response> {
    let mut permissions = vec!["view".to_string()];
    for (on, name) in [
        (&form.manage_group, "manage_group"),
        (&form.request, "request"),
        (&form.confirm, "confirm"),
    ] {
        if on.is_some() {
            permissions.push(name.to_string());
        }
    }
    let invitation = Invitation {
        organisation_id: form.organisation_id.trim().parse().unwrap_or(0),
        permissions,
        days: form.days.trim().parse().ok(),
    };
    traveler::invite(&app, account, &invitation, ctx.client_ip).await?;
    Ok(Redirect::to("/consents").into_response())
}

async fn revoke_submit(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    traveler::revoke(&app, account, &id, ctx.client_ip).await?;
    Ok(Redirect::to("/consents").into_response())
}

// ---- signing in with a card ----

#[derive(Template)]
#[template(path = "consents/card_sign_in.html")]
struct CardSignInPage<'a> {
    ctx: &'a Ctx,
    number: String,
    errors: FormErrors,
}

async fn card_sign_in_page(ctx: Ctx) -> Response {
    render(
        StatusCode::OK,
        &CardSignInPage {
            ctx: &ctx,
            number: String::new(),
            errors: FormErrors::default(),
        },
    )
}

/// The traveler's page with the cookies of a new session, as after a login.
fn signed_in(app: &AppState, ctx: &Ctx, token: &str) -> Response {
    crate::accounts::pages::with_session(app, ctx, token, Redirect::to("/consents").into_response())
}

fn sign_in_refused(ctx: &Ctx, number: String, e: Error) -> Result<Response> {
    match e {
        Error::Invalid(invalid) => Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &CardSignInPage {
                ctx,
                number,
                errors: FormErrors::from_invalid(ctx, &invalid),
            },
        )),
        e @ (Error::BadCredentials | Error::SecondFactor(_) | Error::TooManyRequests { .. }) => {
            Ok(render(
                e.status(),
                &CardSignInPage {
                    ctx,
                    number,
                    errors: FormErrors::general(ctx.t(&format!("error-{}", e.code()))),
                },
            ))
        }
        e => Err(e),
    }
}

async fn first_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<FirstSignIn>,
) -> Result<Response> {
    match cards::first_sign_in(&app, &form, ctx.client_ip).await {
        Ok((_, token)) => {
            if let Some(old) = ctx.account() {
                crate::http::session::end(&app, &old.session_hash).await?;
            }
            Ok(signed_in(&app, &ctx, &token))
        }
        Err(e) => sign_in_refused(&ctx, form.sign_in_number, e),
    }
}

async fn sign_in_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<CardSignIn>,
) -> Result<Response> {
    match cards::sign_in(&app, &form, ctx.client_ip).await {
        Ok(token) => {
            if let Some(old) = ctx.account() {
                crate::http::session::end(&app, &old.session_hash).await?;
            }
            Ok(signed_in(&app, &ctx, &token))
        }
        Err(e) => sign_in_refused(&ctx, form.sign_in_number, e),
    }
}
