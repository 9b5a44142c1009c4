//! `/api/v1/organisations` (registration), `/api/v1/organisation` (an organisation's own
//! people: members, roles, invitations), `/api/v1/admin/organisations` (decisions) and
//! `/api/v1/admin/staff` (CBP staff invitations and grants).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use garita_domain::accounts::Email;
use garita_domain::organisations::{Decision, OrganisationInput};
use garita_domain::roles::{Grant, Role, Scope};
use garita_domain::status::OrganisationStatus;
use garita_domain::validation::Problem;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::invitations::{self, InvitationView};
use super::{GrantView, Organisation, OrganisationRegistration, Person, StaffMember};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::{ApiJson, ApiPath, ApiQuery};
use crate::http::roles::{Admin, OrganisationManager, OrganisationStaff};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(register))
        .routes(routes!(admin_list, admin_create))
        .routes(routes!(admin_decide))
        .routes(routes!(own))
        .routes(routes!(list_invitations, create_invitation))
        .routes(routes!(revoke_invitation))
        .routes(routes!(list_members))
        .routes(routes!(change_member, remove_member))
        .routes(routes!(staff_list))
        .routes(routes!(staff_invite))
        .routes(routes!(staff_take_grant))
}

/// The answer to a registration: the same whatever the address.
#[derive(Serialize, ToSchema)]
pub struct RegistrationReceived {
    /// Always `check-email`: the link that verifies the address was sent (or, if the address
    /// has an account, a message saying someone tried to register with it).
    pub next: &'static str,
}

/// Register an organisation and its first manager. The organisation waits for an
/// administrator's approval; the manager verifies their address by the link sent to it and
/// sets up a second factor at the first sign-in. The answer is the same whether or not the
/// address already has an account.
#[utoipa::path(post, path = "/api/v1/organisations", tag = "organisations",
    request_body = OrganisationRegistration,
    responses((status = 202, body = RegistrationReceived),
              (status = 422, description = "A field is invalid (`errors` names each one: legal_name, kind, country, identifier, email, password)", content_type = "application/problem+json"),
              (status = 429, description = "Too many registrations from this address", content_type = "application/problem+json")))]
pub async fn register(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<OrganisationRegistration>,
) -> Result<(StatusCode, Json<RegistrationReceived>)> {
    super::register(&app, &body, ctx.client_ip, ctx.tr.code()).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(RegistrationReceived {
            next: "check-email",
        }),
    ))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatusQuery {
    /// Only organisations of this status: pending, approved, suspended, rejected.
    #[serde(default)]
    pub status: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Organisations {
    pub organisations: Vec<Organisation>,
}

/// Organisations, oldest first (optionally of one status): the administrators' queue.
#[utoipa::path(get, path = "/api/v1/admin/organisations", tag = "organisations",
    security(("bearer" = [])), params(StatusQuery),
    responses((status = 200, body = Organisations),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not an administrator", content_type = "application/problem+json"),
              (status = 422, description = "Unknown status", content_type = "application/problem+json")))]
pub async fn admin_list(
    State(app): State<AppState>,
    _: Admin,
    ApiQuery(q): ApiQuery<StatusQuery>,
) -> Result<Json<Organisations>> {
    let status = match q.status.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(
            OrganisationStatus::parse(s)
                .ok_or_else(|| Error::field("status", Problem::UnknownStatus))?,
        ),
    };
    Ok(Json(Organisations {
        organisations: super::list(&app, status).await?,
    }))
}

/// An organisation an administrator creates, approved at once, with its first manager.
#[derive(Deserialize, ToSchema)]
pub struct NewOrganisationBody {
    #[serde(default)]
    #[schema(required = true)]
    pub legal_name: String,
    #[serde(default)]
    #[schema(required = true)]
    pub kind: String,
    #[serde(default)]
    #[schema(required = true)]
    pub country: String,
    #[serde(default)]
    pub identifier: String,
    /// Invited by e-mail as the organisation's first manager.
    #[serde(default)]
    #[schema(required = true, format = Email)]
    pub manager_email: String,
}

/// Parses an administrator's new organisation: its fields and the manager's address.
pub(crate) fn parse_new(
    body: &NewOrganisationBody,
) -> std::result::Result<
    (garita_domain::organisations::NewOrganisation, Email),
    garita_domain::validation::Invalid,
> {
    let parsed = garita_domain::organisations::parse(&OrganisationInput {
        legal_name: body.legal_name.clone(),
        kind: body.kind.clone(),
        country: body.country.clone(),
        identifier: body.identifier.clone(),
    });
    let email = Email::parse(&body.manager_email);
    match (parsed, email) {
        (Ok(o), Ok(e)) => Ok((o, e)),
        (parsed, email) => {
            let mut fields = parsed.err().map(|i| i.0).unwrap_or_default();
            if let Err(p) = email {
                fields.push(garita_domain::validation::FieldError {
                    field: "manager_email",
                    problem: p,
                });
            }
            Err(garita_domain::validation::Invalid(fields))
        }
    }
}

/// Create an organisation (approved at once) and invite its first manager by e-mail.
#[utoipa::path(post, path = "/api/v1/admin/organisations", tag = "organisations",
    security(("bearer" = [])), request_body = NewOrganisationBody,
    responses((status = 201, body = Organisation),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not an administrator", content_type = "application/problem+json"),
              (status = 422, description = "A field is invalid (`errors` names each one); nothing was created", content_type = "application/problem+json")))]
pub async fn admin_create(
    State(app): State<AppState>,
    Admin(ref admin): Admin,
    ctx: Ctx,
    ApiJson(body): ApiJson<NewOrganisationBody>,
) -> Result<(StatusCode, Json<Organisation>)> {
    let (organisation, email) = parse_new(&body)?;
    let id = super::create(&app, admin, &organisation, &email, ctx.client_ip).await?;
    let created = super::find(&app, id).await?.ok_or(Error::NotFound)?;
    Ok((StatusCode::CREATED, Json(created)))
}

#[derive(Deserialize, ToSchema)]
pub struct DecisionBody {
    /// approve, reject or suspend.
    #[serde(default)]
    #[schema(required = true)]
    pub decision: String,
}

/// Approve, reject or suspend an organisation. Its managers are told by e-mail.
#[utoipa::path(post, path = "/api/v1/admin/organisations/{id}/decision", tag = "organisations",
    security(("bearer" = [])), request_body = DecisionBody,
    params(("id" = i64, Path)),
    responses((status = 200, body = Organisation),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not an administrator", content_type = "application/problem+json"),
              (status = 404, description = "No such organisation", content_type = "application/problem+json"),
              (status = 409, description = "The decision does not apply to the organisation as it stands (`organisation-decision-not-applicable`), or no manager has verified their address (`organisation-manager-not-verified`)", content_type = "application/problem+json"),
              (status = 422, description = "Unknown decision", content_type = "application/problem+json")))]
pub async fn admin_decide(
    State(app): State<AppState>,
    Admin(ref admin): Admin,
    ctx: Ctx,
    ApiPath(id): ApiPath<i64>,
    ApiJson(body): ApiJson<DecisionBody>,
) -> Result<Json<Organisation>> {
    let decision = Decision::parse(body.decision.trim())
        .ok_or_else(|| Error::field("decision", Problem::UnknownChoice))?;
    Ok(Json(
        super::decide(&app, admin, id, decision, ctx.client_ip).await?,
    ))
}

/// The caller's organisation.
#[derive(Serialize, ToSchema)]
pub struct OwnOrganisation {
    pub organisation: Organisation,
    /// Whether the caller manages it.
    pub manager: bool,
}

/// The organisation the caller acts for (refused with `organisation-not-approved` while it
/// waits for approval, or when suspended or rejected).
#[utoipa::path(get, path = "/api/v1/organisation", tag = "organisations",
    security(("bearer" = [])),
    responses((status = 200, body = OwnOrganisation),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not an organisation's staff, or the organisation is not approved (`organisation-not-approved`)", content_type = "application/problem+json")))]
pub async fn own(
    State(app): State<AppState>,
    staff: OrganisationStaff,
) -> Result<Json<OwnOrganisation>> {
    let organisation = super::find(&app, staff.organisation_id)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Json(OwnOrganisation {
        organisation,
        manager: staff.manager,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct Invitations {
    pub invitations: Vec<InvitationView>,
}

/// The organisation's invitations, newest first (managers).
#[utoipa::path(get, path = "/api/v1/organisation/invitations", tag = "organisations",
    security(("bearer" = [])),
    responses((status = 200, body = Invitations),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not a manager of an approved organisation", content_type = "application/problem+json")))]
pub async fn list_invitations(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
) -> Result<Json<Invitations>> {
    let invitations = invitations::of_organisation(&app, manager.organisation_id).await?;
    let mut tx = app.db.begin().await?;
    super::record(
        &mut tx,
        &app,
        Some(&manager.account),
        "organisation.invitations-viewed",
        format!("organisation:{}", manager.organisation_id),
        format!("{} invitations", invitations.len()),
        ctx.client_ip,
    )
    .await?;
    tx.commit().await?;
    Ok(Json(Invitations { invitations }))
}

#[derive(Deserialize, ToSchema)]
pub struct InvitationBody {
    #[serde(default)]
    #[schema(required = true, format = Email)]
    pub email: String,
    /// organisation_manager or organisation_member.
    #[serde(default)]
    #[schema(required = true)]
    pub role: String,
}

#[derive(Serialize, ToSchema)]
pub struct InvitationSent {
    pub id: i64,
    /// Seconds since the epoch.
    pub expires_at: i64,
}

/// Parses an organisation role (`organisation_manager`, `organisation_member`, or the short
/// `manager`, `member` the pages send).
pub(crate) fn organisation_role(raw: &str) -> Result<Role> {
    match raw.trim() {
        "manager" => Ok(Role::OrganisationManager),
        "member" => Ok(Role::OrganisationMember),
        r => Role::parse(r)
            .filter(|r| r.within_organisation())
            .ok_or_else(|| Error::field("role", Problem::UnknownChoice)),
    }
}

/// Invites someone by e-mail to the organisation, as manager or member. The link is single
/// use, expires in 7 days, and opens only for the account of that address.
#[utoipa::path(post, path = "/api/v1/organisation/invitations", tag = "organisations",
    security(("bearer" = [])), request_body = InvitationBody,
    responses((status = 201, body = InvitationSent),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not a manager of an approved organisation", content_type = "application/problem+json"),
              (status = 422, description = "Address or role invalid", content_type = "application/problem+json")))]
pub async fn create_invitation(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
    ApiJson(body): ApiJson<InvitationBody>,
) -> Result<(StatusCode, Json<InvitationSent>)> {
    let id = invite_member(&app, &manager, &body.email, &body.role, ctx.client_ip).await?;
    Ok((
        StatusCode::CREATED,
        Json(InvitationSent {
            id,
            expires_at: app.clock.timestamp() + invitations::LIFETIME_SECS,
        }),
    ))
}

/// A manager's invitation to their organisation (pages and API).
pub(crate) async fn invite_member(
    app: &AppState,
    manager: &OrganisationManager,
    email: &str,
    role: &str,
    ip: std::net::IpAddr,
) -> Result<i64> {
    let email = Email::parse(email).map_err(|p| Error::field("email", p));
    let role = organisation_role(role);
    let (email, role) = match (email, role) {
        (Ok(e), Ok(r)) => (e, r),
        (Err(Error::Invalid(mut a)), Err(Error::Invalid(b))) => {
            a.0.extend(b.0);
            return Err(Error::Invalid(a));
        }
        (Err(e), _) | (_, Err(e)) => return Err(e),
    };
    let grant = Grant {
        role,
        scope: Scope::Organisation(manager.organisation_id),
    };
    let mut tx = app.db.begin().await?;
    let id = invitations::invite(&mut tx, app, &manager.account, &grant, &email, ip).await?;
    tx.commit().await?;
    Ok(id)
}

/// Withdraw a pending invitation of the organisation.
#[utoipa::path(delete, path = "/api/v1/organisation/invitations/{id}", tag = "organisations",
    security(("bearer" = [])), params(("id" = i64, Path)),
    responses((status = 204),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not a manager of an approved organisation", content_type = "application/problem+json"),
              (status = 404, description = "No pending invitation of this organisation with that id", content_type = "application/problem+json")))]
pub async fn revoke_invitation(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode> {
    invitations::revoke(
        &app,
        &manager.account,
        manager.organisation_id,
        id,
        ctx.client_ip,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct People {
    pub members: Vec<Person>,
}

/// The organisation's people and their roles (any of its staff).
#[utoipa::path(get, path = "/api/v1/organisation/members", tag = "organisations",
    security(("bearer" = [])),
    responses((status = 200, body = People),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not an approved organisation's staff", content_type = "application/problem+json")))]
pub async fn list_members(
    State(app): State<AppState>,
    staff: OrganisationStaff,
    ctx: Ctx,
) -> Result<Json<People>> {
    Ok(Json(People {
        members: super::members(&app, &staff.account, staff.organisation_id, ctx.client_ip).await?,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct RoleBody {
    /// organisation_manager or organisation_member.
    #[serde(default)]
    #[schema(required = true)]
    pub role: String,
}

/// Give a member of the organisation another role within it.
#[utoipa::path(patch, path = "/api/v1/organisation/members/{account_id}", tag = "organisations",
    security(("bearer" = [])), request_body = RoleBody, params(("account_id" = i64, Path)),
    responses((status = 204),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not a manager of an approved organisation", content_type = "application/problem+json"),
              (status = 404, description = "Not one of the organisation's people", content_type = "application/problem+json"),
              (status = 409, description = "The organisation's last manager cannot step down (`organisation-last-manager`)", content_type = "application/problem+json"),
              (status = 422, description = "Unknown role", content_type = "application/problem+json")))]
pub async fn change_member(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
    ApiPath(account_id): ApiPath<i64>,
    ApiJson(body): ApiJson<RoleBody>,
) -> Result<StatusCode> {
    let role = organisation_role(&body.role)?;
    super::change_role(
        &app,
        &manager.account,
        manager.organisation_id,
        account_id,
        role,
        ctx.client_ip,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Remove someone from the organisation: their access ends with their next request.
#[utoipa::path(delete, path = "/api/v1/organisation/members/{account_id}", tag = "organisations",
    security(("bearer" = [])), params(("account_id" = i64, Path)),
    responses((status = 204),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not a manager of an approved organisation", content_type = "application/problem+json"),
              (status = 404, description = "Not one of the organisation's people", content_type = "application/problem+json"),
              (status = 409, description = "The organisation's last manager cannot be removed (`organisation-last-manager`)", content_type = "application/problem+json")))]
pub async fn remove_member(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
    ApiPath(account_id): ApiPath<i64>,
) -> Result<StatusCode> {
    super::remove_member(
        &app,
        &manager.account,
        manager.organisation_id,
        account_id,
        ctx.client_ip,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct Staff {
    pub staff: Vec<StaffMember>,
}

/// CBP staff (accounts holding a grant not on an organisation) and their grants.
#[utoipa::path(get, path = "/api/v1/admin/staff", tag = "organisations",
    security(("bearer" = [])),
    responses((status = 200, body = Staff),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not an administrator", content_type = "application/problem+json")))]
pub async fn staff_list(
    State(app): State<AppState>,
    Admin(ref admin): Admin,
    ctx: Ctx,
) -> Result<Json<Staff>> {
    Ok(Json(Staff {
        staff: super::staff(&app, admin, ctx.client_ip).await?,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct StaffInvitationBody {
    #[serde(default)]
    #[schema(required = true, format = Email)]
    pub email: String,
    /// The grant: officer, agriculture_specialist or enrollment_officer with `location`;
    /// adjudicator with `programme`; admin alone.
    #[serde(flatten)]
    pub grant: GrantView,
}

/// Parses a staff invitation's grant: not an organisation's role.
pub(crate) fn staff_grant(view: &GrantView) -> Result<Grant> {
    let grant = view.grant()?;
    if grant.role.within_organisation() {
        return Err(Error::field("role", Problem::UnknownChoice));
    }
    Ok(grant)
}

/// Invite a person as CBP staff with a role on a scope (a place, a programme, the platform).
/// A scope that does not exist is refused (422 on `scope`) and nothing is written.
#[utoipa::path(post, path = "/api/v1/admin/staff/invitations", tag = "organisations",
    security(("bearer" = [])), request_body = StaffInvitationBody,
    responses((status = 201, body = InvitationSent),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not an administrator", content_type = "application/problem+json"),
              (status = 422, description = "Address, role or scope invalid (`unknown-scope`: no such place or programme); nothing was written", content_type = "application/problem+json")))]
pub async fn staff_invite(
    State(app): State<AppState>,
    Admin(ref admin): Admin,
    ctx: Ctx,
    ApiJson(body): ApiJson<StaffInvitationBody>,
) -> Result<(StatusCode, Json<InvitationSent>)> {
    let id = invite_staff(&app, admin, &body.email, &body.grant, ctx.client_ip).await?;
    Ok((
        StatusCode::CREATED,
        Json(InvitationSent {
            id,
            expires_at: app.clock.timestamp() + invitations::LIFETIME_SECS,
        }),
    ))
}

/// An administrator's staff invitation (pages and API).
pub(crate) async fn invite_staff(
    app: &AppState,
    admin: &crate::http::session::Account,
    email: &str,
    grant: &GrantView,
    ip: std::net::IpAddr,
) -> Result<i64> {
    let email = Email::parse(email).map_err(|p| Error::field("email", p))?;
    let grant = staff_grant(grant)?;
    let mut tx = app.db.begin().await?;
    let id = invitations::invite(&mut tx, app, admin, &grant, &email, ip).await?;
    tx.commit().await?;
    Ok(id)
}

/// Take a CBP staff grant away; an account left with none is signed out everywhere.
#[utoipa::path(delete, path = "/api/v1/admin/staff/{account_id}/grants", tag = "organisations",
    security(("bearer" = [])), request_body = GrantView, params(("account_id" = i64, Path)),
    responses((status = 204),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not an administrator", content_type = "application/problem+json"),
              (status = 404, description = "The account does not hold that grant", content_type = "application/problem+json"),
              (status = 409, description = "The platform's last administrator grant (`last-admin`)", content_type = "application/problem+json"),
              (status = 422, description = "Role or scope invalid", content_type = "application/problem+json")))]
pub async fn staff_take_grant(
    State(app): State<AppState>,
    Admin(ref admin): Admin,
    ctx: Ctx,
    ApiPath(account_id): ApiPath<i64>,
    ApiJson(body): ApiJson<GrantView>,
) -> Result<StatusCode> {
    let grant = staff_grant(&body)?;
    super::take_staff_grant(&app, admin, account_id, &grant, ctx.client_ip).await?;
    Ok(StatusCode::NO_CONTENT)
}
