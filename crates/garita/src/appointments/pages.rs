//! The traveler's appointment pages: status, the request form, confirm / decline / cancel.
//! Declining and cancelling go through a confirmation page that says what will be lost; only
//! a second POST with `confirm=yes` acts. `confirmation` is that page, for the group's pages too.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, Utc};
use garita_domain::ports::Port;

use super::location_form::LocationForm;
use super::{cycle, state_time_zone, AppointmentView, Loss, Status, Submission, UsAddressInput};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::Traveler;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/appointment", get(status))
        .route(
            "/appointment/request",
            get(request_form).post(request_submit),
        )
        .route("/appointment/{id}/confirm", post(confirm))
        .route("/appointment/{id}/cancel", get(cancel_page).post(cancel))
}

#[derive(Template)]
#[template(path = "appointments/status.html")]
struct StatusPage<'a> {
    ctx: &'a Ctx,
    status: &'a Status,
    members: usize,
    missing_photos: usize,
    port: Option<&'a Port>,
    /// Confirm-by deadline in the traveler's own time, and that zone's name.
    confirm_by_local: String,
    draw_time_local: String,
    /// The appointment's day and start time at the port, with the port's zone named.
    appointment_when: String,
    /// The appointment the request's notice is about (declined, cancelled, voided), if any.
    ended: Option<&'a AppointmentView>,
    ports: &'a [Port],
    /// "This port is far from …": when the offered port is far from the request's state.
    far_away: Option<String>,
}

impl StatusPage<'_> {
    /// What happened, naming the appointment it happened to when there is one.
    fn notice(&self, key: &str) -> String {
        let (date, port) = match &self.ended {
            Some(a) => (when(&self.ctx.tr, a), port_name(self.ports, &a.port_id)),
            None => Default::default(),
        };
        self.ctx
            .tr
            .with(&format!("notice-{key}"), &[("date", date), ("port", port)])
    }
}

fn port_name(ports: &[Port], id: &str) -> String {
    ports
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| id.to_string())
}

async fn status(State(app): State<AppState>, ctx: Ctx, account: Traveler) -> Result<Response> {
    let now = app.clock.now();
    // From memory when warm, else one read (super::status_cache); what depends on the clock
    // is computed here from `now`, warm or cold.
    let entry = super::status_cache::read(&app, account.id, now).await?;
    let super::requests::Page {
        status,
        members,
        missing_photos,
        ..
    } = &entry.page;
    let port = status
        .appointment
        .as_ref()
        .and_then(|a| app.ports.iter().find(|p| p.id == a.port_id));
    let confirm_by_local = match (&status.appointment, &status.request) {
        (Some(a), Some(r)) => local(&ctx.tr, a.confirm_by, state_time_zone(&r.region_state)),
        _ => String::new(),
    };
    // The draw's time as the policy in force for its day sets it.
    let draw_time_local = match status.request.as_ref() {
        Some(r) => {
            let next_draw = cycle::upcoming_after(&app, now, &entry.done_at(now))
                .await?
                .0;
            local(
                &ctx.tr,
                crate::policies::for_day(&app, next_draw)
                    .await?
                    .policy
                    .cycle
                    .draw_time(next_draw),
                state_time_zone(&r.region_state),
            )
        }
        None => String::new(),
    };
    let appointment_when = status
        .appointment
        .as_ref()
        .map(|a| when(&ctx.tr, a))
        .unwrap_or_default();
    let far_away = match (port, &status.request) {
        (Some(p), Some(r)) => far_away(&ctx, p, &r.region_state),
        _ => None,
    };
    Ok(render(
        StatusCode::OK,
        &StatusPage {
            ctx: &ctx,
            far_away,
            ended: entry.ended.as_ref(),
            ports: &app.ports,
            status,
            members: usize::try_from(*members).unwrap_or(0),
            missing_photos: usize::try_from(*missing_photos).unwrap_or(0),
            port,
            confirm_by_local,
            draw_time_local,
            appointment_when,
        },
    ))
}

/// How far the port is from the request's state, when far: only the state is kept, so the
/// estimate starts at the state's town nearest the port (never more than the real trip).
fn far_away(ctx: &Ctx, port: &Port, region_state: &str) -> Option<String> {
    use garita_domain::places::Places;
    use garita_domain::ports::RoadEstimate;
    let to = port
        .mexican_side
        .as_ref()
        .map_or((port.latitude, port.longitude), |s| {
            (s.meeting_point.latitude, s.meeting_point.longitude)
        });
    let (from, _) = Places::shipped().nearest_in_state(region_state, to)?;
    let estimate = RoadEstimate::between((from.latitude, from.longitude), to);
    estimate.is_far().then(|| {
        ctx.tr.with(
            "places-far-away",
            &[
                ("state", from.state.to_string()),
                (
                    "km",
                    crate::locale_format::number(ctx.tr.code(), i64::from(estimate.km)),
                ),
                ("hours", estimate.hours.to_string()),
            ],
        )
    })
}

/// "26 de noviembre de 2026, 10:30 a.m. hora del Pacífico": the date and time as the reader's
/// language writes them, and the zone named as people say it (never an IANA id).
pub fn local(tr: &crate::i18n::Tr, t: DateTime<Utc>, zone: chrono_tz::Tz) -> String {
    crate::locale_format::date_time(tr.code(), t, zone)
}

/// When an appointment is: its day and start time at the port, with the port's zone named.
pub(crate) fn when(tr: &crate::i18n::Tr, a: &AppointmentView) -> String {
    let zone = a.time_zone.parse().unwrap_or(chrono_tz::UTC);
    match chrono::NaiveTime::parse_from_str(&a.start_time, "%H:%M") {
        Ok(start) => crate::locale_format::slot(tr.code(), a.day, start, zone),
        Err(_) => format!("{} {}", tr.date(a.day), a.start_time),
    }
}

/// An appointment's start time at the port with the zone named, for sentences that already
/// give the day ("… el { $date } a las { $time }"): "3:09 p.m. hora del Pacífico".
pub(crate) fn start_time(tr: &crate::i18n::Tr, a: &AppointmentView) -> String {
    let zone: chrono_tz::Tz = a.time_zone.parse().unwrap_or(chrono_tz::UTC);
    clock_in_zone(tr, a.day, &a.start_time, zone)
}

/// A slot's start ("HH:MM" at the port) as the reader's language writes it, and the zone's
/// name on that day.
pub(crate) fn clock_in_zone(
    tr: &crate::i18n::Tr,
    day: chrono::NaiveDate,
    start: &str,
    zone: chrono_tz::Tz,
) -> String {
    use chrono::TimeZone as _;
    let Ok(t) = chrono::NaiveTime::parse_from_str(start, "%H:%M") else {
        return start.to_string();
    };
    let at = zone
        .from_local_datetime(&day.and_time(t))
        .earliest()
        .map_or_else(|| day.and_time(t).and_utc(), |l| l.with_timezone(&Utc));
    format!(
        "{} {}",
        crate::locale_format::clock(tr.code(), t),
        crate::locale_format::zone_name(tr.code(), zone, at)
    )
}

#[derive(Template)]
#[template(path = "appointments/request.html")]
struct RequestPage<'a> {
    ctx: &'a Ctx,
    ports: &'a [Port],
    questions: &'a [String],
    chosen: Vec<String>,
    answers: Vec<String>,
    errors: FormErrors,
    loc: LocationForm,
    /// The group's U.S. destination address as typed, when the policy asks for one.
    address: Option<UsAddressInput>,
    /// The region of the policy in force, as rules and a map.
    region: crate::policies::region::RegionView,
}

impl RequestPage<'_> {
    fn question(&self, id: &str) -> String {
        self.ctx.t(&format!("vulnerability-{id}"))
    }

    fn is_chosen(&self, id: &usize) -> bool {
        self.loc.chosen_place == Some(*id)
    }

    fn chosen_at(&self, i: usize) -> &str {
        self.chosen.get(i).map(String::as_str).unwrap_or("")
    }

    fn us_states(&self) -> &'static [(&'static str, &'static str)] {
        &crate::policies::region::US_STATE_NAMES
    }
}

async fn request_form(
    State(app): State<AppState>,
    ctx: Ctx,
    account: Traveler,
) -> Result<Response> {
    let current = super::current(&app, account.id, app.clock.now()).await?;
    let policy = crate::policies::current(&app, app.clock.now()).await?;
    let questions = policy.policy.requests.vulnerability_questions.clone();
    let (chosen, answers) = current
        .request
        .map(|r| (r.ports, r.answers))
        .unwrap_or_default();
    let address = policy
        .policy
        .requests
        .shared_us_address
        .then(UsAddressInput::default);
    Ok(render(
        StatusCode::OK,
        &RequestPage {
            ctx: &ctx,
            ports: &app.ports,
            questions: &questions,
            chosen,
            answers,
            errors: FormErrors::default(),
            loc: LocationForm::default(),
            address,
            region: crate::policies::region::RegionView::of(&ctx, &policy.policy),
        },
    ))
}

/// The domain names the address's fields `us_address.state`…; the page's inputs are `us_state`….
fn address_fields(mut errors: FormErrors) -> FormErrors {
    let rename = |f: &mut String| {
        if let Some(rest) = f.strip_prefix("us_address.") {
            *f = format!("us_{rest}");
        }
    };
    errors.fields.iter_mut().for_each(|(f, _)| rename(f));
    errors.summary.iter_mut().for_each(|(f, _)| rename(f));
    errors
}

async fn request_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    account: Traveler,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    let field = |k: &str| {
        form.get(k)
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let chosen: Vec<String> = (1..=3)
        .map(|i| field(&format!("port_{i}")))
        .filter(|p| !p.is_empty())
        .collect();
    let policy = crate::policies::current(&app, app.clock.now()).await?;
    let questions = policy.policy.requests.vulnerability_questions.clone();
    let answers: Vec<String> = questions
        .iter()
        .filter(|q| form.contains_key(&format!("answer_{q}")))
        .cloned()
        .collect();
    let loc = super::location_form::read(&form);
    // The group's U.S. address, when the policy in force asks for it.
    let us_address = ["us_state", "us_zip", "us_street"]
        .iter()
        .any(|k| form.contains_key(*k))
        .then(|| UsAddressInput {
            state: field("us_state"),
            zip: field("us_zip"),
            street: field("us_street"),
        });
    let submission = Submission {
        ports: chosen.clone(),
        answers: answers.clone(),
        location: loc.location,
        us_address: us_address.clone(),
    };
    let address = policy
        .policy
        .requests
        .shared_us_address
        .then(|| us_address.clone().unwrap_or_default());
    let again = |errors: FormErrors, status: StatusCode| {
        render(
            status,
            &RequestPage {
                ctx: &ctx,
                ports: &app.ports,
                questions: &questions,
                chosen: chosen.clone(),
                answers: answers.clone(),
                errors: address_fields(errors),
                loc: loc.clone(),
                address: address.clone(),
                region: crate::policies::region::RegionView::of(&ctx, &policy.policy),
            },
        )
    };
    if loc.searched {
        return Ok(again(FormErrors::default(), StatusCode::OK));
    }
    let by = crate::policies::Writer {
        account: &account,
        ip: ctx.client_ip,
    };
    match super::submit_by(&app, by, &submission, app.clock.now()).await {
        Ok(_) => Ok(Redirect::to("/appointment").into_response()),
        Err(Error::Refused(crate::accounts::recovery::NOT_VERIFIED, _)) => {
            Ok(Redirect::to("/account/verify?needed=1").into_response())
        }
        Err(e) => match location_refusal(&ctx, e) {
            Ok(errors) => Ok(again(errors, StatusCode::UNPROCESSABLE_ENTITY)),
            Err(e) => Err(e),
        },
    }
}

/// A refusal the person can act on in the form, said where they can act on it (the position
/// outside the region is said at the location, naming the rule); any other error as it is.
fn location_refusal(ctx: &Ctx, e: Error) -> std::result::Result<FormErrors, Error> {
    let at_location = |message: String| FormErrors::at(ctx, "location", message);
    match e {
        Error::Invalid(invalid) => Ok(FormErrors::from_invalid(ctx, &invalid)),
        Error::OutsideRegion {
            excluded_state: Some(state),
        } => Ok(at_location(ctx.tr.t1(
            "error-outside-region-excluded-state",
            "state",
            state,
        ))),
        Error::OutsideRegion { .. } => Ok(at_location(ctx.t("error-outside-region"))),
        Error::OutsideMexico => Ok(at_location(ctx.t("error-outside-mexico"))),
        Error::Missing(code) => Ok(at_location(ctx.t(&format!("error-{code}")))),
        Error::Refused(code, args) if code.starts_with("region-") => {
            Ok(at_location(ctx.tr.with(&format!("error-{code}"), &args)))
        }
        e => Err(e),
    }
}

#[derive(Template)]
#[template(path = "appointments/confirm_location.html")]
struct ConfirmLocationPage<'a> {
    ctx: &'a Ctx,
    id: String,
    errors: FormErrors,
    loc: LocationForm,
    region: crate::policies::region::RegionView,
}

impl ConfirmLocationPage<'_> {
    fn is_chosen(&self, id: &usize) -> bool {
        self.loc.chosen_place == Some(*id)
    }
}

/// Confirming. Under a policy that re-checks the location at confirmation, the first press
/// shows the location question (share once, or type the town, as on the request page) and
/// confirms only once a position in the region is given.
async fn confirm(
    State(app): State<AppState>,
    ctx: Ctx,
    account: Traveler,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    if let Some(policy) = crate::policies::recheck_policy(&app, account.id, &id).await? {
        let loc = super::location_form::read(&form);
        let page = |errors: FormErrors, status: StatusCode, loc: LocationForm| {
            render(
                status,
                &ConfirmLocationPage {
                    ctx: &ctx,
                    id: id.clone(),
                    errors,
                    loc,
                    region: crate::policies::region::RegionView::of(&ctx, &policy.policy),
                },
            )
        };
        if loc.searched || (loc.location.is_none() && !form.contains_key("located")) {
            return Ok(page(FormErrors::default(), StatusCode::OK, loc));
        }
        let checked = crate::policies::recheck_location(
            &app,
            account.id,
            &policy.policy,
            loc.location.map(Into::into),
        )
        .await;
        if let Err(e) = checked {
            return match location_refusal(&ctx, e) {
                Ok(errors) => Ok(page(errors, StatusCode::UNPROCESSABLE_ENTITY, loc)),
                Err(e) => Err(e),
            };
        }
    }
    super::confirm(&app, account.id, &id, app.clock.now()).await?;
    Ok(Redirect::to("/appointment/pass").into_response())
}

#[derive(serde::Deserialize)]
struct Confirmed {
    #[serde(default)]
    confirm: String,
}

/// Declining or cancelling: without `confirm=yes` nothing changes and the page says what
/// would be lost; with it, the appointment ends and the status page says what happened.
async fn cancel(
    State(app): State<AppState>,
    ctx: Ctx,
    account: Traveler,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<Confirmed>,
) -> Result<Response> {
    if form.confirm != "yes" {
        return cancel_confirmation(&app, &ctx, account.id, &id).await;
    }
    super::cancel(&app, account.id, &id, app.clock.now()).await?;
    Ok(Redirect::to("/appointment").into_response())
}

/// The same confirmation reached by a link.
async fn cancel_page(
    State(app): State<AppState>,
    ctx: Ctx,
    account: Traveler,
    Path(id): Path<String>,
) -> Result<Response> {
    cancel_confirmation(&app, &ctx, account.id, &id).await
}

async fn cancel_confirmation(
    app: &AppState,
    ctx: &Ctx,
    account_id: i64,
    id: &str,
) -> Result<Response> {
    let (appointment, loss) = super::loss_of(app, account_id, id).await?;
    let next_draw = next_draw_local(app, ctx, account_id).await?;
    let (title, yes) = match loss {
        Loss::Decline => ("confirm-decline-title", "confirm-decline-yes"),
        _ => ("confirm-cancel-title", "confirm-cancel-yes"),
    };
    Ok(confirmation(
        ctx,
        Confirmation {
            title: ctx.t(title),
            losses: losses(ctx, &app.ports, &appointment, loss),
            keeps: keeps(ctx, loss, &next_draw),
            action: format!("/appointment/{id}/cancel"),
            hidden: Vec::new(),
            yes: ctx.t(yes),
            no: ctx.t("confirm-keep-appointment"),
            back: "/appointment".into(),
        },
    ))
}

/// When the group's next draw runs, in the traveler's own time (empty without a request).
pub(crate) async fn next_draw_local(app: &AppState, ctx: &Ctx, account_id: i64) -> Result<String> {
    let now = app.clock.now();
    let status = super::current(app, account_id, now).await?;
    Ok(status
        .request
        .map(|r| {
            local(
                &ctx.tr,
                cycle::draw_time(&app.settings.cycle, r.next_draw),
                state_time_zone(&r.region_state),
            )
        })
        .unwrap_or_default())
}

/// What ending `a` gives up, one plain sentence each.
pub(crate) fn losses(ctx: &Ctx, ports: &[Port], a: &AppointmentView, loss: Loss) -> Vec<String> {
    let mut lines = vec![ctx.tr.with(
        "loss-appointment",
        &[
            ("date", ctx.tr.date(a.day)),
            ("time", start_time(&ctx.tr, a)),
            ("port", port_name(ports, &a.port_id)),
        ],
    )];
    lines.push(ctx.tr.t1("loss-places", "count", a.size));
    if !a.passes.is_empty() {
        lines.push(ctx.t("loss-passes"));
    }
    if loss == Loss::Void {
        lines.push(ctx.t("loss-void-why"));
    }
    lines
}

/// What happens to the request afterwards: its waiting time kept (and when it is drawn next),
/// or the request closed and the waiting time started over.
pub(crate) fn keeps(ctx: &Ctx, loss: Loss, next_draw: &str) -> String {
    if loss.keeps_waiting_time() {
        ctx.tr.t1("loss-keeps-waiting", "time", next_draw)
    } else {
        ctx.t("loss-waiting-restarts")
    }
}

/// A confirmation step: what will be lost, and a form that repeats the request with
/// `confirm=yes` (plus whatever `hidden` carries, e.g. a member's edited details).
pub(crate) struct Confirmation {
    pub title: String,
    pub losses: Vec<String>,
    pub keeps: String,
    pub action: String,
    pub hidden: Vec<(String, String)>,
    pub yes: String,
    pub no: String,
    pub back: String,
}

#[derive(Template)]
#[template(path = "appointments/confirm.html")]
struct ConfirmPage<'a> {
    ctx: &'a Ctx,
    title: String,
    losses: Vec<String>,
    keeps: String,
    action: String,
    hidden: Vec<(String, String)>,
    yes: String,
    no: String,
    back: String,
}

pub(crate) fn confirmation(ctx: &Ctx, c: Confirmation) -> Response {
    render(
        StatusCode::OK,
        &ConfirmPage {
            ctx,
            title: c.title,
            losses: c.losses,
            keeps: c.keeps,
            action: c.action,
            hidden: c.hidden,
            yes: c.yes,
            no: c.no,
            back: c.back,
        },
    )
}
