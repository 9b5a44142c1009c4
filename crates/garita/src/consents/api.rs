//! The API of helping organisations (`/api/v1/helpers/…`: an approved aid organisation's
//! staff), of travelers' consents (`/api/v1/consents…`) and of the card's sign-in
//! (`/api/v1/card/…`).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use garita_domain::travelers::MemberInput;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::acting::{self, GroupView};
use super::cards::{self, Card, CardSignIn, FirstSignIn, NewFamily};
use super::caseload::{self, Case, Filter};
use super::traveler::{self, HelperOrganisation, Invitation, Overview};
use super::Helper;
use crate::appointments::{AppointmentView, RequestView, Submission};
use crate::http::context::Ctx;
use crate::http::errors::Result;
use crate::http::forms::{ApiJson, ApiPath, ApiQuery};
use crate::http::roles::Traveler;
use crate::state::AppState;
use crate::travelers::api::TravelerInput;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(register_family))
        .routes(routes!(reprint_card))
        .routes(routes!(list_caseload))
        .routes(routes!(view_group))
        .routes(routes!(add_member))
        .routes(routes!(put_photo))
        .routes(routes!(request))
        .routes(routes!(confirm))
        .routes(routes!(decline))
        .routes(routes!(claim_roster))
        .routes(routes!(display_name))
        .routes(routes!(first_sign_in))
        .routes(routes!(sign_in))
        .routes(routes!(overview, invite))
        .routes(routes!(organisations))
        .routes(routes!(revoke))
}

/// Register a family without e-mail or phone: a traveler account, its holder, the consent to
/// the caller's organisation, and a card with a single-use setup code (shown this once).
/// Refused (409 `person-in-another-group`) when the holder is already in another group.
#[utoipa::path(post, path = "/api/v1/helpers/families", tag = "helpers", security(("bearer" = [])),
    request_body = NewFamily,
    responses((status = 201, body = Card),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not staff of an approved aid organisation", content_type = "application/problem+json"),
              (status = 409, description = "The person is already in another group", content_type = "application/problem+json"),
              (status = 422, description = "A field is invalid", content_type = "application/problem+json")))]
pub async fn register_family(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    ApiJson(body): ApiJson<NewFamily>,
) -> Result<(StatusCode, Json<Card>)> {
    let card = cards::register(&app, &helper, &body, ctx.client_ip).await?;
    Ok((StatusCode::CREATED, Json(card)))
}

/// Print a new card for a family registered with one: the card before stops working at once.
/// Needs a consent in force that allows `manage_group`.
#[utoipa::path(post, path = "/api/v1/helpers/travelers/{account_id}/card", tag = "helpers", security(("bearer" = [])),
    params(("account_id" = i64, Path)),
    responses((status = 201, body = Card),
              (status = 400, description = "Malformed path", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not staff of an approved aid organisation; consent ended or not allowing this", content_type = "application/problem+json"),
              (status = 404, description = "No consent from this traveler, or not a card's account", content_type = "application/problem+json")))]
pub async fn reprint_card(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    ApiPath(account_id): ApiPath<i64>,
) -> Result<(StatusCode, Json<Card>)> {
    let card = cards::reprint(&app, &helper, account_id, ctx.client_ip).await?;
    Ok((StatusCode::CREATED, Json(card)))
}

/// The organisation's consenting travelers: each group's next step and deadline, offers to
/// confirm first (soonest deadline first). Never a traveler whose consent is not in force.
#[utoipa::path(get, path = "/api/v1/helpers/caseload", tag = "helpers", security(("bearer" = [])),
    params(Filter),
    responses((status = 200, body = Vec<Case>),
              (status = 400, description = "Malformed query", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not staff of an approved aid organisation", content_type = "application/problem+json"),
              (status = 422, description = "Unknown next step", content_type = "application/problem+json")))]
pub async fn list_caseload(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    ApiQuery(filter): ApiQuery<Filter>,
) -> Result<Json<Vec<Case>>> {
    Ok(Json(
        caseload::list(&app, &helper, &filter, ctx.client_ip).await?,
    ))
}

/// A consenting traveler's group, request and appointment (consent: `view`). Recorded.
#[utoipa::path(get, path = "/api/v1/helpers/travelers/{account_id}", tag = "helpers", security(("bearer" = [])),
    params(("account_id" = i64, Path)),
    responses((status = 200, body = GroupView),
              (status = 400, description = "Malformed path", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not staff of an approved aid organisation; consent ended", content_type = "application/problem+json"),
              (status = 404, description = "No consent from this traveler", content_type = "application/problem+json")))]
pub async fn view_group(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    ApiPath(account_id): ApiPath<i64>,
) -> Result<Json<GroupView>> {
    Ok(Json(
        acting::view(&app, &helper, account_id, ctx.client_ip).await?,
    ))
}

fn member_input(body: TravelerInput) -> MemberInput {
    MemberInput {
        full_name: body.full_name.unwrap_or_default(),
        date_of_birth: body.date_of_birth.unwrap_or_default(),
        citizenship: body.citizenship.unwrap_or_default(),
        language: body.language.unwrap_or_default(),
        document_type: body.document_type.unwrap_or_default(),
        document_number: body.document_number.unwrap_or_default(),
        contact: body.contact.unwrap_or_default(),
    }
}

/// Add a member to a consenting traveler's group (consent: `manage_group`). Refused (409
/// `person-in-another-group`) when the person is already in another group.
#[utoipa::path(post, path = "/api/v1/helpers/travelers/{account_id}/members", tag = "helpers", security(("bearer" = [])),
    params(("account_id" = i64, Path)), request_body = TravelerInput,
    responses((status = 201, body = crate::travelers::Traveler),
              (status = 400, description = "Malformed path or body", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not staff of an approved aid organisation; consent ended or not allowing this", content_type = "application/problem+json"),
              (status = 404, description = "No consent from this traveler", content_type = "application/problem+json"),
              (status = 409, description = "The group is full, or the person is in another group", content_type = "application/problem+json"),
              (status = 422, description = "A field is invalid", content_type = "application/problem+json")))]
pub async fn add_member(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    ApiPath(account_id): ApiPath<i64>,
    ApiJson(body): ApiJson<TravelerInput>,
) -> Result<(StatusCode, Json<crate::travelers::Traveler>)> {
    let input = member_input(body);
    let added = acting::add_member(&app, &helper, account_id, &input, ctx.client_ip).await?;
    Ok((StatusCode::CREATED, Json(added)))
}

/// Claim a programme-roster place for a consenting traveler's group with the person's roster
/// id and date of birth (consent: `manage_group`): the traveler's own claim, done by staff and
/// listed to the traveler. A wrong pair, or a place another account holds, says only "not found".
#[utoipa::path(post, path = "/api/v1/helpers/travelers/{account_id}/roster-claim", tag = "helpers", security(("bearer" = [])),
    params(("account_id" = i64, Path)), request_body = crate::rosters::ClaimInput,
    responses((status = 200, body = crate::rosters::Claimed),
              (status = 400, description = "Malformed path or body", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not staff of an approved aid organisation; consent ended or not allowing this", content_type = "application/problem+json"),
              (status = 404, description = "No consent from this traveler, or no such roster place", content_type = "application/problem+json"),
              (status = 422, description = "A field is invalid", content_type = "application/problem+json"),
              (status = 429, description = "Too many claims; see Retry-After", content_type = "application/problem+json")))]
pub async fn claim_roster(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    ApiPath(account_id): ApiPath<i64>,
    ApiJson(body): ApiJson<crate::rosters::ClaimInput>,
) -> Result<Json<crate::rosters::Claimed>> {
    Ok(Json(
        acting::claim_roster(&app, &helper, account_id, &body, ctx.client_ip).await?,
    ))
}

/// Upload a member's live photo (consent: `manage_group`): a JPEG or PNG, re-encoded without
/// metadata and sealed, as the traveler's own upload.
#[utoipa::path(put, path = "/api/v1/helpers/travelers/{account_id}/members/{member_id}/photo", tag = "helpers", security(("bearer" = [])),
    params(("account_id" = i64, Path), ("member_id" = String, Path)),
    request_body(content((crate::photos::PhotoFile = "image/jpeg"), (crate::photos::PhotoFile = "image/png"))),
    responses((status = 204),
              (status = 400, description = "Malformed path", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not staff of an approved aid organisation; consent ended or not allowing this", content_type = "application/problem+json"),
              (status = 404, description = "No consent from this traveler, or no such member", content_type = "application/problem+json"),
              (status = 413, description = "Too large", content_type = "application/problem+json"),
              (status = 422, description = "Not a JPEG/PNG, corrupt, too small or too many pixels", content_type = "application/problem+json"),
              (status = 429, description = "Too many uploads; see Retry-After", content_type = "application/problem+json")))]
pub async fn put_photo(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    ApiPath((account_id, member_id)): ApiPath<(i64, String)>,
    body: Bytes,
) -> Result<StatusCode> {
    acting::add_photo(&app, &helper, account_id, &member_id, body, ctx.client_ip).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Ask for an appointment for a consenting traveler's group (consent: `request`): the same
/// request, in the same draw, with the same odds as the traveler's own.
#[utoipa::path(post, path = "/api/v1/helpers/travelers/{account_id}/appointment-requests", tag = "helpers", security(("bearer" = [])),
    params(("account_id" = i64, Path)), request_body = Submission,
    responses((status = 201, body = RequestView),
              (status = 400, description = "Malformed path or body", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not staff of an approved aid organisation; consent ended or not allowing this", content_type = "application/problem+json"),
              (status = 404, description = "No consent from this traveler", content_type = "application/problem+json"),
              (status = 409, description = "An appointment is already offered or confirmed", content_type = "application/problem+json"),
              (status = 422, description = "Invalid ports or answers, missing photos, position outside the region", content_type = "application/problem+json"),
              (status = 429, description = "Too many submissions; see Retry-After", content_type = "application/problem+json")))]
pub async fn request(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    ApiPath(account_id): ApiPath<i64>,
    ApiJson(body): ApiJson<Submission>,
) -> Result<(StatusCode, Json<RequestView>)> {
    let view = acting::request(&app, &helper, account_id, &body, ctx.client_ip).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Where the family is when confirming (only under a policy that re-checks it).
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct HelperConfirm {
    #[serde(default)]
    pub location: Option<crate::appointments::Location>,
}

/// Confirm an offered appointment for a consenting traveler (consent: `confirm`).
#[utoipa::path(post, path = "/api/v1/helpers/travelers/{account_id}/appointments/{id}/confirm", tag = "helpers", security(("bearer" = [])),
    params(("account_id" = i64, Path), ("id" = String, Path)), request_body = HelperConfirm,
    responses((status = 200, body = AppointmentView),
              (status = 400, description = "Malformed path or body", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not staff of an approved aid organisation; consent ended or not allowing this", content_type = "application/problem+json"),
              (status = 404, description = "No consent from this traveler, or no such appointment", content_type = "application/problem+json"),
              (status = 409, description = "Not offered, already confirmed, or past the deadline", content_type = "application/problem+json"),
              (status = 422, description = "The policy re-checks the position and none (or a wrong one) was given", content_type = "application/problem+json")))]
pub async fn confirm(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    ApiPath((account_id, id)): ApiPath<(i64, String)>,
    ApiJson(body): ApiJson<HelperConfirm>,
) -> Result<Json<AppointmentView>> {
    Ok(Json(
        acting::confirm(&app, &helper, account_id, &id, body.location, ctx.client_ip).await?,
    ))
}

/// Decline an offered appointment for a consenting traveler (consent: `confirm`); a confirmed
/// appointment only its traveler may cancel (409 `helper-cannot-cancel`).
#[utoipa::path(post, path = "/api/v1/helpers/travelers/{account_id}/appointments/{id}/decline", tag = "helpers", security(("bearer" = [])),
    params(("account_id" = i64, Path), ("id" = String, Path)),
    responses((status = 200, body = AppointmentView),
              (status = 400, description = "Malformed path", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not staff of an approved aid organisation; consent ended or not allowing this", content_type = "application/problem+json"),
              (status = 404, description = "No consent from this traveler, or no such appointment", content_type = "application/problem+json"),
              (status = 409, description = "Not offered (a confirmed appointment is the traveler's to cancel)", content_type = "application/problem+json")))]
pub async fn decline(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    ApiPath((account_id, id)): ApiPath<(i64, String)>,
) -> Result<Json<AppointmentView>> {
    Ok(Json(
        acting::decline(&app, &helper, account_id, &id, ctx.client_ip).await?,
    ))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct DisplayName {
    /// The name travelers see next to what this staff member did for them.
    #[serde(default)]
    pub display_name: String,
}

/// Set the name travelers see this staff member by ("staff member Ana").
#[utoipa::path(put, path = "/api/v1/helpers/me/display-name", tag = "helpers", security(("bearer" = [])),
    request_body = DisplayName,
    responses((status = 204),
              (status = 400, description = "Malformed body", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not staff of an approved aid organisation", content_type = "application/problem+json"),
              (status = 422, description = "Empty or too long", content_type = "application/problem+json")))]
pub async fn display_name(
    State(app): State<AppState>,
    helper: Helper,
    ApiJson(body): ApiJson<DisplayName>,
) -> Result<StatusCode> {
    super::set_staff_name(&app, &helper, &body.display_name).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CardSession {
    /// A session token (bearer) for the traveler.
    pub token: String,
}

/// First sign-in with a card: its number, its single-use setup code and the traveler's own
/// new password. A used, voided or wrong code answers 401 `card-code-wrong`.
#[utoipa::path(post, path = "/api/v1/card/first-sign-in", tag = "accounts",
    request_body = FirstSignIn,
    responses((status = 200, body = CardSession),
              (status = 400, description = "Malformed body", content_type = "application/problem+json"),
              (status = 401, description = "Wrong, used or voided code", content_type = "application/problem+json"),
              (status = 422, description = "The password does not meet the policy", content_type = "application/problem+json"),
              (status = 429, description = "Too many attempts; see Retry-After", content_type = "application/problem+json")))]
pub async fn first_sign_in(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<FirstSignIn>,
) -> Result<Json<CardSession>> {
    let (_, token) = cards::first_sign_in(&app, &body, ctx.client_ip).await?;
    Ok(Json(CardSession { token }))
}

/// Sign in with a card's number and the traveler's own password.
#[utoipa::path(post, path = "/api/v1/card/sign-in", tag = "accounts",
    request_body = CardSignIn,
    responses((status = 200, body = CardSession),
              (status = 400, description = "Malformed body", content_type = "application/problem+json"),
              (status = 401, description = "Wrong number or password", content_type = "application/problem+json"),
              (status = 429, description = "Too many attempts; see Retry-After", content_type = "application/problem+json")))]
pub async fn sign_in(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<CardSignIn>,
) -> Result<Json<CardSession>> {
    let token = cards::sign_in(&app, &body, ctx.client_ip).await?;
    Ok(Json(CardSession { token }))
}

/// The traveler's consents and everything organisations did for them.
#[utoipa::path(get, path = "/api/v1/consents", tag = "consents", security(("bearer" = [])),
    responses((status = 200, body = Overview),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json")))]
pub async fn overview(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
) -> Result<Json<Overview>> {
    Ok(Json(traveler::overview(&app, account.id).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Granted {
    pub id: String,
}

/// Give an approved aid organisation consent to act for the caller (replacing one in force to
/// it).
#[utoipa::path(post, path = "/api/v1/consents", tag = "consents", security(("bearer" = [])),
    request_body = Invitation,
    responses((status = 201, body = Granted),
              (status = 400, description = "Malformed body", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json"),
              (status = 422, description = "Unknown organisation, permission or number of days", content_type = "application/problem+json")))]
pub async fn invite(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    ApiJson(body): ApiJson<Invitation>,
) -> Result<(StatusCode, Json<Granted>)> {
    let id = traveler::invite(&app, account, &body, ctx.client_ip).await?;
    Ok((StatusCode::CREATED, Json(Granted { id })))
}

/// The organisations a traveler may give consent to (approved aid organisations).
#[utoipa::path(get, path = "/api/v1/consents/organisations", tag = "consents", security(("bearer" = [])),
    responses((status = 200, body = Vec<HelperOrganisation>),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json")))]
pub async fn organisations(
    State(app): State<AppState>,
    _traveler: Traveler,
) -> Result<Json<Vec<HelperOrganisation>>> {
    Ok(Json(traveler::organisations(&app).await?))
}

/// Revoke a consent: the organisation's access ends at its next request.
#[utoipa::path(post, path = "/api/v1/consents/{id}/revoke", tag = "consents", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204),
              (status = 400, description = "Malformed path", content_type = "application/problem+json"),
              (status = 401, description = "Not signed in", content_type = "application/problem+json"),
              (status = 403, description = "Not a traveler", content_type = "application/problem+json"),
              (status = 404, description = "Not one of the caller's consents", content_type = "application/problem+json"),
              (status = 409, description = "Already revoked", content_type = "application/problem+json")))]
pub async fn revoke(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode> {
    traveler::revoke(&app, account, &id, ctx.client_ip).await?;
    Ok(StatusCode::NO_CONTENT)
}
