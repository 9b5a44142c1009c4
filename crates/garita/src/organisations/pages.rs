//! Organisation pages: registration (`/organisations/register`), the organisation's own page
//! for its people (`/organisation`: members, roles, invitations), the invitation a link opens
//! (`/invitations/{token}`), and the administrators' pages (`/admin/organisations`,
//! `/admin/staff`).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use garita_domain::organisations::{Decision, OrganisationKind};
use garita_domain::roles::{role_message_key, Programme, Role};
use garita_domain::status::OrganisationStatus;
use garita_domain::validation::Problem;

use super::api::{invite_member, invite_staff, parse_new, staff_grant, NewOrganisationBody};
use super::invitations::{self, InvitationStatus, InvitationView, Opened};
use super::{GrantView, Organisation, OrganisationRegistration, Person, StaffMember};
use crate::http::context::{Caller, Ctx};
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::{Admin, OrganisationManager, SignedIn};
use crate::pages::{render, FormErrors};
use crate::state::AppState;
use crate::travelers::countries;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/organisations/register",
            get(register_form).post(register_submit),
        )
        .route("/organisation", get(own))
        .route("/organisation/invitations", post(invite))
        .route("/organisation/invitations/{id}/revoke", post(revoke))
        .route("/organisation/members/{account_id}/role", post(change_role))
        .route("/organisation/members/{account_id}/remove", post(remove))
        .route("/invitations/{token}", get(invitation).post(accept))
        .route("/admin/organisations", get(admin_list).post(admin_create))
        .route("/admin/organisations/{id}/decision", post(admin_decide))
        .route("/admin/staff", get(staff_page).post(staff_invite))
        .route(
            "/admin/staff/{account_id}/grants/remove",
            post(staff_remove),
        )
}

/// The words of a role, kind or status (the catalogs' keys).
fn role_name(ctx: &Ctx, role: Role) -> String {
    ctx.t(&role_message_key(role))
}

fn kind_name(ctx: &Ctx, kind: OrganisationKind) -> String {
    ctx.t(&format!(
        "organisation-kind-{}",
        kind.as_str().replace('_', "-")
    ))
}

fn status_name(ctx: &Ctx, status: OrganisationStatus) -> String {
    ctx.t(&format!("organisation-status-{}", status.as_str()))
}

fn kinds(ctx: &Ctx) -> Vec<(&'static str, String)> {
    OrganisationKind::ALL
        .iter()
        .map(|k| (k.as_str(), kind_name(ctx, *k)))
        .collect()
}

fn date(ctx: &Ctx, t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0)
        .map(|d| ctx.tr.date(d.date_naive()))
        .unwrap_or_default()
}

/// The fields of an organisation as typed (kept when the form comes back with errors).
#[derive(Default, serde::Deserialize)]
struct OrganisationForm {
    #[serde(default)]
    legal_name: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    identifier: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    manager_email: String,
}

#[derive(Template)]
#[template(path = "organisations/register.html")]
struct RegisterPage<'a> {
    ctx: &'a Ctx,
    form: OrganisationForm,
    kinds: Vec<(&'static str, String)>,
    countries: Vec<(&'static str, &'static str)>,
    errors: FormErrors,
}

impl RegisterPage<'_> {
    fn password_hint(&self) -> String {
        self.ctx.tr.t1(
            "field-password-hint",
            "min",
            garita_domain::accounts::PASSWORD_MIN_CHARS,
        )
    }
}

fn register_page(
    ctx: &Ctx,
    form: OrganisationForm,
    errors: FormErrors,
    status: StatusCode,
) -> Response {
    render(
        status,
        &RegisterPage {
            kinds: kinds(ctx),
            countries: countries::list(ctx.tr.code()),
            ctx,
            form,
            errors,
        },
    )
}

async fn register_form(ctx: Ctx) -> Response {
    register_page(
        &ctx,
        OrganisationForm::default(),
        FormErrors::default(),
        StatusCode::OK,
    )
}

async fn register_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<OrganisationForm>,
) -> Result<Response> {
    let registration = OrganisationRegistration {
        legal_name: form.legal_name.clone(),
        kind: form.kind.clone(),
        country: form.country.clone(),
        identifier: form.identifier.clone(),
        email: form.email.clone(),
        password: form.password.clone(),
        language: None,
    };
    match super::register(&app, &registration, ctx.client_ip, ctx.tr.code()).await {
        Ok(()) => Ok(Redirect::to("/register/sent").into_response()),
        Err(Error::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            let form = OrganisationForm {
                password: String::new(),
                ..form
            };
            Ok(register_page(
                &ctx,
                form,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
        Err(e) => Err(e),
    }
}

/// A person of the organisation as its page lists them.
struct PersonLine {
    p: Person,
    role: String,
    since: String,
    manager: bool,
}

struct InvitationLine {
    i: InvitationView,
    role: String,
    status: String,
    expires: String,
    pending: bool,
}

#[derive(Template)]
#[template(path = "organisations/page.html")]
struct OwnPage<'a> {
    ctx: &'a Ctx,
    o: Organisation,
    kind: String,
    country: &'static str,
    manager: bool,
    people: Vec<PersonLine>,
    invitations: Vec<InvitationLine>,
    invite_email: String,
    invite_role: String,
    errors: FormErrors,
}

#[derive(Template)]
#[template(path = "organisations/waiting.html")]
struct WaitingPage<'a> {
    ctx: &'a Ctx,
    o: Organisation,
    status: String,
    pending: bool,
}

async fn own_page(
    app: &AppState,
    ctx: &Ctx,
    account: &crate::http::session::Account,
    invite_email: String,
    invite_role: String,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response> {
    let approved = account
        .grants
        .iter()
        .find(|g| g.role.within_organisation())
        .and_then(|g| g.scope.organisation());
    let Some(id) = approved else {
        // Waiting for approval (or stopped): say so rather than refuse.
        let waiting = account
            .waiting
            .iter()
            .find(|g| g.role.within_organisation())
            .and_then(|g| g.scope.organisation())
            .ok_or(Error::Forbidden)?;
        let o = super::find(app, waiting).await?.ok_or(Error::Forbidden)?;
        return Ok(render(
            StatusCode::OK,
            &WaitingPage {
                ctx,
                status: status_name(ctx, o.status),
                pending: o.status == OrganisationStatus::Pending,
                o,
            },
        ));
    };
    let o = super::find(app, id).await?.ok_or(Error::NotFound)?;
    let manager = account.holds(
        Role::OrganisationManager,
        &garita_domain::roles::Scope::Organisation(id),
    );
    let people = super::members(app, account, id, ctx.client_ip)
        .await?
        .into_iter()
        .map(|p| PersonLine {
            role: role_name(ctx, p.role),
            since: date(ctx, p.granted_at),
            manager: p.role == Role::OrganisationManager,
            p,
        })
        .collect();
    let invitations = if manager {
        let listed = invitations::of_organisation(app, id).await?;
        let mut tx = app.db.begin().await?;
        super::record(
            &mut tx,
            app,
            Some(account),
            "organisation.invitations-viewed",
            format!("organisation:{id}"),
            format!("{} invitations", listed.len()),
            ctx.client_ip,
        )
        .await?;
        tx.commit().await?;
        listed
            .into_iter()
            .map(|i| InvitationLine {
                role: role_name(ctx, i.role),
                status: ctx.t(&format!("invitation-status-{}", i.status.as_str())),
                expires: date(ctx, i.expires_at),
                pending: i.status == InvitationStatus::Pending,
                i,
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(render(
        status,
        &OwnPage {
            kind: kind_name(ctx, o.kind),
            country: countries::name(&o.country, ctx.tr.code()),
            ctx,
            o,
            manager,
            people,
            invitations,
            invite_email,
            invite_role,
            errors,
        },
    ))
}

async fn own(
    State(app): State<AppState>,
    SignedIn(account): SignedIn,
    ctx: Ctx,
) -> Result<Response> {
    own_page(
        &app,
        &ctx,
        &account,
        String::new(),
        String::new(),
        FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

#[derive(serde::Deserialize)]
struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

async fn invite(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response> {
    match invite_member(&app, &manager, &form.email, &form.role, ctx.client_ip).await {
        Ok(_) => Ok(Redirect::to("/organisation").into_response()),
        Err(Error::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            let account = manager.0.account.clone();
            own_page(
                &app,
                &ctx,
                &account,
                form.email,
                form.role,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

async fn revoke(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    invitations::revoke(
        &app,
        &manager.account,
        manager.organisation_id,
        id,
        ctx.client_ip,
    )
    .await?;
    Ok(Redirect::to("/organisation").into_response())
}

async fn change_role(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
    Path(account_id): Path<i64>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    let role = super::api::organisation_role(form.get("role").map_or("", String::as_str))?;
    super::change_role(
        &app,
        &manager.account,
        manager.organisation_id,
        account_id,
        role,
        ctx.client_ip,
    )
    .await?;
    Ok(Redirect::to("/organisation").into_response())
}

async fn remove(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
    Path(account_id): Path<i64>,
    CsrfForm(_): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    super::remove_member(
        &app,
        &manager.account,
        manager.organisation_id,
        account_id,
        ctx.client_ip,
    )
    .await?;
    Ok(Redirect::to("/organisation").into_response())
}

#[derive(Template)]
#[template(path = "organisations/invitation.html")]
struct InvitationPage<'a> {
    ctx: &'a Ctx,
    token: String,
    role: String,
    /// The organisation's legal name, or none for CBP staff.
    organisation: Option<String>,
    signed_in: bool,
    /// The address has an account, not the one signed in: sign in with it first.
    sign_in: bool,
    errors: FormErrors,
}

fn invitation_page(
    ctx: &Ctx,
    token: &str,
    opened: &Opened,
    errors: FormErrors,
    status: StatusCode,
) -> Response {
    let signed_in = matches!(ctx.caller, Caller::Account(_));
    render(
        status,
        &InvitationPage {
            ctx,
            token: token.to_string(),
            role: role_name(ctx, opened.grant.role),
            organisation: opened.organisation.clone(),
            signed_in,
            sign_in: !signed_in && opened.holder.is_some(),
            errors,
        },
    )
}

async fn invitation(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response> {
    let opened = invitations::open(&app, &token).await?;
    if let Some(account) = ctx.account() {
        invitations::fits(&app, &opened, account).await?;
    }
    Ok(invitation_page(
        &ctx,
        &token,
        &opened,
        FormErrors::default(),
        StatusCode::OK,
    ))
}

async fn accept(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    if let Some(account) = ctx.account() {
        invitations::accept(&app, account, &token, ctx.client_ip).await?;
        return Ok(Redirect::to(crate::accounts::pages::landing(account)).into_response());
    }
    let password = form.get("password").map_or("", String::as_str);
    match invitations::accept_with_new_account(&app, &token, password, ctx.tr.code(), ctx.client_ip)
        .await
    {
        Ok(_) => Ok(Redirect::to("/login?next=/organisation").into_response()),
        Err(Error::Invalid(invalid)) => {
            let opened = invitations::open(&app, &token).await?;
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            Ok(invitation_page(
                &ctx,
                &token,
                &opened,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
        Err(e) => Err(e),
    }
}

struct OrganisationLine {
    o: Organisation,
    kind: String,
    status: String,
    country: &'static str,
    created: String,
    decisions: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "organisations/admin.html")]
struct AdminPage<'a> {
    ctx: &'a Ctx,
    /// (status id, its name, whether it is the one shown).
    filters: Vec<(&'static str, String, bool)>,
    lines: Vec<OrganisationLine>,
    form: OrganisationForm,
    kinds: Vec<(&'static str, String)>,
    countries: Vec<(&'static str, &'static str)>,
    errors: FormErrors,
}

async fn admin_page(
    app: &AppState,
    ctx: &Ctx,
    shown: Option<OrganisationStatus>,
    form: OrganisationForm,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response> {
    let lines = super::list(app, shown)
        .await?
        .into_iter()
        .map(|o| OrganisationLine {
            kind: kind_name(ctx, o.kind),
            status: status_name(ctx, o.status),
            country: countries::name(&o.country, ctx.tr.code()),
            created: date(ctx, o.created_at),
            decisions: Decision::ALL
                .iter()
                .filter(|d| d.apply(o.status).is_some())
                .map(|d| {
                    (
                        d.as_str(),
                        ctx.t(&format!("organisation-decision-{}", d.as_str())),
                    )
                })
                .collect(),
            o,
        })
        .collect();
    let mut filters = vec![("", ctx.t("organisations-all"), shown.is_none())];
    filters.extend(
        OrganisationStatus::ALL
            .iter()
            .map(|s| (s.as_str(), status_name(ctx, *s), shown == Some(*s))),
    );
    Ok(render(
        status,
        &AdminPage {
            ctx,
            filters,
            lines,
            form,
            kinds: kinds(ctx),
            countries: countries::list(ctx.tr.code()),
            errors,
        },
    ))
}

async fn admin_list(
    State(app): State<AppState>,
    _: Admin,
    ctx: Ctx,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response> {
    let shown = q.get("status").and_then(|s| OrganisationStatus::parse(s));
    admin_page(
        &app,
        &ctx,
        shown,
        OrganisationForm::default(),
        FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

async fn admin_create(
    State(app): State<AppState>,
    Admin(admin): Admin,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<OrganisationForm>,
) -> Result<Response> {
    let body = NewOrganisationBody {
        legal_name: form.legal_name.clone(),
        kind: form.kind.clone(),
        country: form.country.clone(),
        identifier: form.identifier.clone(),
        manager_email: form.manager_email.clone(),
    };
    let created = match parse_new(&body) {
        Ok((o, email)) => super::create(&app, &admin, &o, &email, ctx.client_ip).await,
        Err(invalid) => Err(Error::Invalid(invalid)),
    };
    match created {
        Ok(_) => Ok(Redirect::to("/admin/organisations").into_response()),
        Err(Error::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            admin_page(
                &app,
                &ctx,
                None,
                form,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

async fn admin_decide(
    State(app): State<AppState>,
    Admin(admin): Admin,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    let decision = form
        .get("decision")
        .and_then(|d| Decision::parse(d))
        .ok_or_else(|| Error::field("decision", Problem::UnknownChoice))?;
    super::decide(&app, &admin, id, decision, ctx.client_ip).await?;
    Ok(Redirect::to("/admin/organisations").into_response())
}

struct StaffLine {
    s: StaffMember,
    /// (grant as sent back to remove it, its words).
    grants: Vec<(GrantView, String)>,
}

#[derive(Template)]
#[template(path = "organisations/staff.html")]
struct StaffPage<'a> {
    ctx: &'a Ctx,
    lines: Vec<StaffLine>,
    roles: Vec<(&'static str, String)>,
    places: Vec<(String, String)>,
    programmes: Vec<(&'static str, String)>,
    form: StaffForm,
    errors: FormErrors,
}

#[derive(Default, serde::Deserialize)]
struct StaffForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    location: String,
    #[serde(default)]
    programme: String,
}

impl StaffForm {
    fn grant(&self) -> GrantView {
        let some = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        let role = Role::parse(self.role.trim());
        let kind = role.map(|r| r.scope_kind());
        use garita_domain::roles::ScopeKind;
        GrantView {
            role: self.role.clone(),
            location: some(&self.location).filter(|_| kind == Some(ScopeKind::Location)),
            programme: some(&self.programme).filter(|_| kind == Some(ScopeKind::Programme)),
            organisation: None,
        }
    }
}

fn grant_words(ctx: &Ctx, app: &AppState, g: &GrantView) -> String {
    let role = Role::parse(&g.role).map_or(g.role.clone(), |r| role_name(ctx, r));
    let scope = match (&g.location, &g.programme) {
        (Some(l), _) => app
            .ports
            .iter()
            .find(|p| &p.id == l)
            .map_or(l.clone(), |p| p.name.clone()),
        (None, Some(p)) => ctx.t(&format!("programme-{}", p.replace('_', "-"))),
        (None, None) => ctx.t("staff-scope-platform"),
    };
    format!("{role} · {scope}")
}

async fn staff_view(
    app: &AppState,
    ctx: &Ctx,
    admin: &crate::http::session::Account,
    form: StaffForm,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response> {
    let lines = super::staff(app, admin, ctx.client_ip)
        .await?
        .into_iter()
        .map(|s| StaffLine {
            grants: s
                .grants
                .iter()
                .map(|g| (g.clone(), grant_words(ctx, app, g)))
                .collect(),
            s,
        })
        .collect();
    Ok(render(
        status,
        &StaffPage {
            ctx,
            lines,
            roles: Role::ALL
                .iter()
                .filter(|r| !r.within_organisation())
                .map(|r| (r.as_str(), role_name(ctx, *r)))
                .collect(),
            places: app
                .ports
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect(),
            programmes: Programme::ALL
                .iter()
                .map(|p| {
                    (
                        p.as_str(),
                        ctx.t(&format!("programme-{}", p.as_str().replace('_', "-"))),
                    )
                })
                .collect(),
            form,
            errors,
        },
    ))
}

async fn staff_page(
    State(app): State<AppState>,
    Admin(admin): Admin,
    ctx: Ctx,
) -> Result<Response> {
    staff_view(
        &app,
        &ctx,
        &admin,
        StaffForm::default(),
        FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

async fn staff_invite(
    State(app): State<AppState>,
    Admin(admin): Admin,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<StaffForm>,
) -> Result<Response> {
    match invite_staff(&app, &admin, &form.email, &form.grant(), ctx.client_ip).await {
        Ok(_) => Ok(Redirect::to("/admin/staff").into_response()),
        Err(Error::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            staff_view(
                &app,
                &ctx,
                &admin,
                form,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

async fn staff_remove(
    State(app): State<AppState>,
    Admin(admin): Admin,
    ctx: Ctx,
    Path(account_id): Path<i64>,
    CsrfForm(form): CsrfForm<StaffForm>,
) -> Result<Response> {
    let grant = staff_grant(&form.grant())?;
    super::take_staff_grant(&app, &admin, account_id, &grant, ctx.client_ip).await?;
    Ok(Redirect::to("/admin/staff").into_response())
}
