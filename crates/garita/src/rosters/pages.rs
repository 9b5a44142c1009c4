//! Pages: `/rosters/check` (an approved international or partner organisation's staff: the
//! enrollment check, answered on the page itself so the date of birth never lands in a URL)
//! and `/rosters/claim` (a traveler claims their place with roster id and date of birth),
//! and `/admin/rosters/quotas` (an administrator sets a port's roster quota through
//! [`super::draw::set_quota`], the function the API calls: same checks, same audit), and
//! `/rosters/draws/{date}` (public: a day's roster draw record, like `/draws/{date}`).

use askama::Template;
use axum::extract::Query;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use garita_domain::validation::{FieldError, Problem};
use serde::Deserialize;

use super::{CheckInput, ClaimInput};
use crate::consents::Helper;
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::{Admin, OrganisationStaff, Traveler};
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/rosters/check", get(check_form).post(check_submit))
        .route("/rosters/claim", get(claim_form).post(claim_submit))
        .route(
            "/helpers/travelers/{account_id}/roster",
            get(helper_claim_form).post(helper_claim_submit),
        )
        .route(
            "/admin/rosters/quotas",
            get(quotas_page).post(quotas_submit),
        )
        .route("/rosters/draws/{date}", get(draw_page))
}

/// The programme status as the reader's language says it.
pub(crate) fn status_text(ctx: &Ctx, status: &str) -> String {
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
    /// Where the form posts: `/rosters/claim`, or a helper's page for a traveler.
    action: String,
    /// A helper's way back to the traveler's group.
    back: Option<String>,
}

/// Whose place a claim page claims: the signed-in traveler's own, or a consenting traveler's
/// (staff of a helping organisation, `crate::consents::acting::claim_roster`).
enum Whose<'a> {
    Own(&'a crate::http::session::Account),
    Helped(&'a Helper, i64),
}

impl Whose<'_> {
    fn action(&self) -> String {
        match self {
            Whose::Own(_) => "/rosters/claim".to_string(),
            Whose::Helped(_, id) => format!("/helpers/travelers/{id}/roster"),
        }
    }

    fn back(&self) -> Option<String> {
        match self {
            Whose::Own(_) => None,
            Whose::Helped(_, id) => Some(format!("/helpers/travelers/{id}")),
        }
    }
}

fn empty_claim_page<'a>(ctx: &'a Ctx, whose: &Whose<'_>) -> ClaimPage<'a> {
    ClaimPage {
        ctx,
        roster_id: String::new(),
        date_of_birth: String::new(),
        errors: FormErrors::default(),
        claimed: None,
        not_found: false,
        action: whose.action(),
        back: whose.back(),
    }
}

async fn claim_form(Traveler(ref account): Traveler, ctx: Ctx) -> Response {
    render(
        StatusCode::OK,
        &empty_claim_page(&ctx, &Whose::Own(account)),
    )
}

/// The claim form for a consenting traveler's group: shown only when the consent allows
/// managing the group (else the same refusal as the act itself).
async fn helper_claim_form(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    Path(account_id): Path<i64>,
) -> Result<Response> {
    helper
        .check(
            &app,
            account_id,
            garita_domain::consents::Permission::ManageGroup,
        )
        .await?;
    Ok(render(
        StatusCode::OK,
        &empty_claim_page(&ctx, &Whose::Helped(&helper, account_id)),
    ))
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
    claim_answer(&app, &ctx, body, Whose::Own(account)).await
}

async fn helper_claim_submit(
    State(app): State<AppState>,
    helper: Helper,
    ctx: Ctx,
    Path(account_id): Path<i64>,
    CsrfForm(body): CsrfForm<ClaimForm>,
) -> Result<Response> {
    claim_answer(&app, &ctx, body, Whose::Helped(&helper, account_id)).await
}

/// The claim's page after a submission: what was linked, "not found", or the fields' errors
/// with what was typed kept. A helper whose consent ended or does not allow it gets the act's
/// own refusal.
async fn claim_answer(
    app: &AppState,
    ctx: &Ctx,
    body: ClaimForm,
    whose: Whose<'_>,
) -> Result<Response> {
    if let Whose::Helped(helper, account_id) = whose {
        // No consent from this traveler is the plain 404 page, not the form's "not found".
        helper
            .check(
                app,
                account_id,
                garita_domain::consents::Permission::ManageGroup,
            )
            .await?;
    }
    let input = ClaimInput {
        roster_id: body.roster_id.clone(),
        date_of_birth: body.date_of_birth.clone(),
    };
    let page = |status, errors, claimed, not_found, keep: bool| {
        ClaimPage {
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
            ..empty_claim_page(ctx, &whose)
        }
        .with_status(status)
    };
    let result = match whose {
        Whose::Own(account) => super::claim(app, account, &input, ctx.client_ip).await,
        Whose::Helped(helper, account_id) => {
            crate::consents::acting::claim_roster(app, helper, account_id, &input, ctx.client_ip)
                .await
        }
    };
    match result {
        Ok(c) => {
            let key = match whose {
                Whose::Own(_) => "rosters-claimed",
                Whose::Helped(..) => "rosters-helper-claimed",
            };
            let text = ctx.tr.with(
                key,
                &[
                    ("roster_id", c.roster_id.clone()),
                    ("status", status_text(ctx, &c.status)),
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
            FormErrors::from_invalid(ctx, &invalid),
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

/// A port's line on the quotas page.
struct QuotaLine {
    port_id: String,
    name: String,
    /// `(percent, release_days_before)`; `None`: no quota.
    quota: Option<(u8, u32)>,
}

#[derive(Template)]
#[template(path = "rosters/quotas.html")]
struct QuotasPage<'a> {
    ctx: &'a Ctx,
    ports: Vec<QuotaLine>,
    port_id: String,
    percent: String,
    release_days_before: String,
    errors: FormErrors,
    saved: Option<String>,
}

/// Every port, by name, with its quota.
async fn quota_lines(app: &AppState) -> Result<Vec<QuotaLine>> {
    let quotas = super::draw::quotas(app).await?;
    let mut lines: Vec<QuotaLine> = app
        .ports
        .iter()
        .map(|p| QuotaLine {
            port_id: p.id.clone(),
            name: format!("{} ({})", p.name, p.state),
            quota: quotas
                .iter()
                .find(|q| q.port_id == p.id)
                .map(|q| (q.percent, q.release_days_before)),
        })
        .collect();
    lines.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(lines)
}

#[derive(Deserialize, Default)]
struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

async fn quotas_page(
    State(app): State<AppState>,
    Admin(_): Admin,
    ctx: Ctx,
    Query(q): Query<SavedQuery>,
) -> Result<Response> {
    let ports = quota_lines(&app).await?;
    let saved = q.saved.and_then(|id| {
        ports
            .iter()
            .find(|p| p.port_id == id)
            .map(|p| p.name.clone())
    });
    Ok(render(
        StatusCode::OK,
        &QuotasPage {
            ctx: &ctx,
            ports,
            port_id: String::new(),
            percent: String::new(),
            release_days_before: String::new(),
            errors: FormErrors::default(),
            saved,
        },
    ))
}

#[derive(Debug, Default, Deserialize)]
pub struct QuotaForm {
    #[serde(default)]
    port_id: String,
    #[serde(default)]
    percent: String,
    #[serde(default)]
    release_days_before: String,
}

/// A whole number as typed, or the field's error.
fn whole(field: &'static str, raw: &str) -> std::result::Result<i64, FieldError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(FieldError {
            field,
            problem: Problem::Required,
        });
    }
    raw.parse::<i64>().map_err(|_| FieldError {
        field,
        problem: Problem::NotANumber,
    })
}

async fn quotas_submit(
    State(app): State<AppState>,
    Admin(ref admin): Admin,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<QuotaForm>,
) -> Result<Response> {
    let mut problems = Vec::new();
    if !app.ports.iter().any(|p| p.id == form.port_id) {
        problems.push(FieldError {
            field: "port_id",
            problem: Problem::UnknownPort,
        });
    }
    let percent = whole("percent", &form.percent).map_err(|e| problems.push(e));
    let release =
        whole("release_days_before", &form.release_days_before).map_err(|e| problems.push(e));
    let outcome = match (problems.is_empty(), percent, release) {
        (true, Ok(percent), Ok(release)) => {
            match super::draw::set_quota(
                &app,
                admin,
                ctx.client_ip,
                &form.port_id,
                percent,
                release,
            )
            .await
            {
                Ok(q) => {
                    return Ok(
                        Redirect::to(&format!("/admin/rosters/quotas?saved={}", q.port_id))
                            .into_response(),
                    )
                }
                Err(Error::Invalid(invalid)) => FormErrors::from_invalid(&ctx, &invalid),
                Err(Error::NotFound) => FormErrors::from_fields(
                    &ctx,
                    &[FieldError {
                        field: "port_id",
                        problem: Problem::UnknownPort,
                    }],
                ),
                Err(e) => return Err(e),
            }
        }
        _ => FormErrors::from_fields(&ctx, &problems),
    };
    Ok(render(
        StatusCode::UNPROCESSABLE_ENTITY,
        &QuotasPage {
            ctx: &ctx,
            ports: quota_lines(&app).await?,
            port_id: form.port_id,
            percent: form.percent,
            release_days_before: form.release_days_before,
            errors: outcome,
            saved: None,
        },
    ))
}

#[derive(Template)]
#[template(path = "rosters/draw.html")]
struct DrawPage<'a> {
    ctx: &'a Ctx,
    day: chrono::NaiveDate,
    commitment: String,
    seed: String,
    participants: usize,
    places: u32,
    selected: usize,
}

/// A day's roster draw, once it ran (public): what `GET /api/v1/rosters/draws/{date}` gives,
/// in words; 404 when no roster draw ran that day.
async fn draw_page(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(date): Path<String>,
) -> Result<Response> {
    let day = chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|_| Error::NotFound)?;
    let p = super::draw::record(&app, day)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(render(
        StatusCode::OK,
        &DrawPage {
            ctx: &ctx,
            day,
            places: p.offers.iter().map(|o| o.capacity).sum(),
            participants: p.requests.len(),
            selected: p.results.len(),
            commitment: p.commitment,
            seed: p.seed,
        },
    ))
}
