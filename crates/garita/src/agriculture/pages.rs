//! The agriculture pages: an organisation's cargo requests (`/cargo/inspections`, a new one,
//! one with its thread and what may be done next), the specialists' facility day and queue
//! (`/agriculture`, `/agriculture/facilities/{id}`), and travelers' airport requests
//! (`/agriculture/airport`). Forms post and redirect; times are the facility's, with its zone
//! named.

use askama::Template;
use axum::extract::{DefaultBodyLimit, Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;

use super::airport::{
    self, AirportRequest, GuidanceLine, ItemAnswerInput, ItemAnswers, NewAirportRequest, NewItem,
};
use super::cargo::{self, CargoAction, CargoRequest, NewCargoRequest};
use super::specialists::{self, Day};
use super::threads::{self, Message};
use super::{item_photos, CargoActor, Specialist};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::{same, ApiPath, ApiQuery, CsrfForm};
use crate::http::roles::Traveler;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/cargo/inspections", get(list))
        .route("/cargo/inspections/new", get(new_form).post(new_submit))
        .route("/cargo/inspections/{id}", get(detail))
        .route("/cargo/inspections/{id}/action", post(action))
        .route(
            "/cargo/inspections/{id}/messages",
            post(message).layer(DefaultBodyLimit::max(
                threads::MAX_ATTACHMENT_BYTES + 64 * 1024,
            )),
        )
        .route(
            "/cargo/inspections/{id}/messages/{message_id}/attachment",
            get(download),
        )
        .route("/cargo/inspections/{id}/assign", post(assign))
        .route("/agriculture", get(home))
        .route("/agriculture/facilities/{id}", get(facility))
        .route(
            "/agriculture/airport",
            get(airport_list).post(airport_submit),
        )
        .route("/agriculture/airport/{id}", get(airport_detail))
        .route("/agriculture/airports/{id}", get(airport_queue))
        .route("/agriculture/airport/{id}/answers", post(airport_answer))
        .route(
            "/agriculture/airport/{id}/items/{item_id}/photos",
            post(item_photo_upload).layer(DefaultBodyLimit::max(
                item_photos::MAX_PHOTO_BYTES + 64 * 1024,
            )),
        )
        .route(
            "/agriculture/airport/{id}/items/{item_id}/photos/{photo_id}",
            get(item_photo),
        )
}

/// The day asked for, or today in the place's zone.
pub fn day_or_today(app: &AppState, location_id: &str, raw: Option<&str>) -> Result<NaiveDate> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => super::api::parse_day(s),
        None => {
            let zone = app
                .locations
                .get(location_id)
                .map(|l| l.zone())
                .ok_or(Error::NotFound)?;
            Ok(app.clock.now().with_timezone(&zone).date_naive())
        }
    }
}

/// An RFC 3339 instant in the place's zone, in the reader's words, zone named.
fn local(ctx: &Ctx, app: &AppState, location_id: &str, rfc: &str) -> String {
    let zone = app.locations.get(location_id).map(|l| l.zone());
    match (DateTime::parse_from_rfc3339(rfc), zone) {
        (Ok(t), Some(z)) => {
            crate::locale_format::date_time(ctx.tr.code(), t.with_timezone(&Utc), z)
        }
        _ => rfc.to_string(),
    }
}

/// A request as a page shows it.
struct Shown {
    r: CargoRequest,
    window: String,
    proposed: Option<String>,
    scheduled: Option<String>,
    status_text: String,
}

fn shown(ctx: &Ctx, app: &AppState, r: CargoRequest) -> Shown {
    let window = format!(
        "{} – {}",
        local(ctx, app, &r.location_id, &r.window_start),
        local(ctx, app, &r.location_id, &r.window_end)
    );
    Shown {
        proposed: r
            .proposed_at
            .as_deref()
            .map(|t| local(ctx, app, &r.location_id, t)),
        scheduled: r
            .scheduled_at
            .as_deref()
            .map(|t| local(ctx, app, &r.location_id, t)),
        status_text: ctx.t(&format!(
            "agriculture-status-{}",
            r.status.replace('_', "-")
        )),
        window,
        r,
    }
}

#[derive(Template)]
#[template(path = "agriculture/list.html")]
struct ListPage<'a> {
    ctx: &'a Ctx,
    requests: Vec<Shown>,
}

async fn list(State(app): State<AppState>, actor: CargoActor, ctx: Ctx) -> Result<Response> {
    let CargoActor::Organisation(c) = &actor else {
        return Ok(Redirect::to("/agriculture").into_response());
    };
    let requests = cargo::list_for_organisation(&app, c.organisation_id)
        .await?
        .into_iter()
        .map(|r| shown(&ctx, &app, r))
        .collect();
    Ok(render(
        StatusCode::OK,
        &ListPage {
            ctx: &ctx,
            requests,
        },
    ))
}

#[derive(Template)]
#[template(path = "agriculture/new.html")]
struct NewPage<'a> {
    ctx: &'a Ctx,
    form: NewCargoRequest,
    facilities: Vec<(String, String, String)>,
    chapters: Vec<(String, String)>,
    errors: FormErrors,
}

fn new_page<'a>(
    ctx: &'a Ctx,
    app: &AppState,
    form: NewCargoRequest,
    errors: FormErrors,
) -> Result<NewPage<'a>> {
    let facilities = app
        .locations
        .serving(garita_domain::locations::Function::CargoInspection)
        .map(|l| {
            (
                l.id.clone(),
                l.name.clone(),
                crate::locale_format::zone_name(ctx.tr.code(), l.zone(), app.clock.now()),
            )
        })
        .collect();
    let chapters = super::chapters()?
        .0
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Ok(NewPage {
        ctx,
        form,
        facilities,
        chapters,
        errors,
    })
}

async fn new_form(State(app): State<AppState>, actor: CargoActor, ctx: Ctx) -> Result<Response> {
    if !matches!(actor, CargoActor::Organisation(_)) {
        return Err(Error::Forbidden);
    }
    let form = NewCargoRequest {
        location_id: "cargo-laredo-world-trade-bridge".into(),
        unit: "kg".into(),
        plate_country: "MX".into(),
        plate_state: "FED".into(),
        ..NewCargoRequest::default()
    };
    let page = new_page(&ctx, &app, form, FormErrors::default())?;
    Ok(render(StatusCode::OK, &page))
}

async fn new_submit(
    State(app): State<AppState>,
    actor: CargoActor,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<NewCargoRequest>,
) -> Result<Response> {
    match cargo::create(&app, &actor, ctx.client_ip, &form).await {
        Ok(id) => Ok(Redirect::to(&format!("/cargo/inspections/{id}")).into_response()),
        Err(Error::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            let page = new_page(&ctx, &app, form, errors)?;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e),
    }
}

/// A message as the page shows it.
struct ShownMessage {
    m: Message,
    mine: bool,
    when: String,
    download: Option<String>,
}

#[derive(Template)]
#[template(path = "agriculture/detail.html")]
struct DetailPage<'a> {
    ctx: &'a Ctx,
    s: Shown,
    specialist: bool,
    messages: Vec<ShownMessage>,
    /// Actions the reader's side may take now.
    can: Vec<&'static str>,
    /// (account id, holds the request now)
    colleagues: Vec<(i64, bool)>,
    zone: String,
}

async fn detail(
    State(app): State<AppState>,
    actor: CargoActor,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Response> {
    use garita_domain::agriculture::{transition, Action, CargoStatus};
    let r = cargo::get(&app, &actor, ctx.client_ip, &id).await?;
    let messages = threads::list(&app, &actor, ctx.client_ip, &id).await?;
    let side = actor.side();
    let status = CargoStatus::parse(&r.status).unwrap_or(CargoStatus::Cancelled);
    let can = Action::ALL
        .iter()
        .filter(|a| transition(status, **a, side).is_some())
        .map(|a| a.as_str())
        .collect();
    let colleagues = match &actor {
        CargoActor::Specialist(_) => specialists::colleagues(&app, &r.location_id)
            .await?
            .into_iter()
            .map(|c| (c.account_id, Some(c.account_id) == r.specialist_id))
            .collect(),
        CargoActor::Organisation(_) => Vec::new(),
    };
    let zone = app
        .locations
        .get(&r.location_id)
        .map(|l| crate::locale_format::zone_name(ctx.tr.code(), l.zone(), app.clock.now()))
        .unwrap_or_default();
    let messages = messages
        .into_iter()
        .map(|m| ShownMessage {
            mine: m.side == side.as_str(),
            when: local(&ctx, &app, &r.location_id, &m.created_at),
            download: m
                .attachment_type
                .as_ref()
                .map(|_| format!("/cargo/inspections/{id}/messages/{}/attachment", m.id)),
            m,
        })
        .collect();
    Ok(render(
        StatusCode::OK,
        &DetailPage {
            ctx: &ctx,
            specialist: matches!(actor, CargoActor::Specialist(_)),
            s: shown(&ctx, &app, r),
            messages,
            can,
            colleagues,
            zone,
        },
    ))
}

async fn action(
    State(app): State<AppState>,
    actor: CargoActor,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    CsrfForm(form): CsrfForm<CargoAction>,
) -> Result<Response> {
    cargo::act(&app, &actor, ctx.client_ip, &id, &form).await?;
    Ok(Redirect::to(&format!("/cargo/inspections/{id}")).into_response())
}

/// A message from the page: text, and perhaps a file (multipart, so the CSRF token is read
/// from its own part and checked before anything else).
async fn message(
    State(app): State<AppState>,
    actor: CargoActor,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    mut multipart: Multipart,
) -> Result<Response> {
    let mut csrf = String::new();
    let mut body = String::new();
    let mut file: Option<(String, axum::body::Bytes)> = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| Error::BadRequest("malformed-form"))?
    {
        let too_large = |e: axum::extract::multipart::MultipartError| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                Error::PayloadTooLarge
            } else {
                Error::BadRequest("malformed-form")
            }
        };
        match field.name() {
            Some("csrf_token") => csrf = field.text().await.map_err(too_large)?,
            Some("body") => body = field.text().await.map_err(too_large)?,
            Some("file") => {
                let kind = field.content_type().unwrap_or("").to_string();
                let bytes = field.bytes().await.map_err(too_large)?;
                if !bytes.is_empty() {
                    file = Some((kind, bytes));
                }
            }
            _ => {}
        }
    }
    if !same(&csrf, &ctx.csrf_token) {
        return Err(Error::Csrf);
    }
    let attachment = match file {
        Some((kind, bytes)) => {
            cargo::load(&app, &actor, &id).await?;
            Some(threads::check_attachment(&kind, bytes).await?)
        }
        None => None,
    };
    threads::post(&app, &actor, ctx.client_ip, &id, &body, attachment).await?;
    Ok(Redirect::to(&format!("/cargo/inspections/{id}#thread")).into_response())
}

async fn download(
    State(app): State<AppState>,
    actor: CargoActor,
    ctx: Ctx,
    ApiPath((id, message_id)): ApiPath<(String, String)>,
) -> Result<Response> {
    threads::download(&app, &actor, ctx.client_ip, &id, &message_id).await
}

#[derive(Deserialize, Default)]
struct AssignForm {
    #[serde(default)]
    specialist_id: String,
}

async fn assign(
    State(app): State<AppState>,
    Specialist(account): Specialist,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    CsrfForm(form): CsrfForm<AssignForm>,
) -> Result<Response> {
    let to = form.specialist_id.trim().parse::<i64>().map_err(|_| {
        Error::field(
            "specialist_id",
            garita_domain::validation::Problem::UnknownChoice,
        )
    })?;
    specialists::reassign(&app, &account, ctx.client_ip, &id, to).await?;
    Ok(Redirect::to(&format!("/cargo/inspections/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "agriculture/home.html")]
struct HomePage<'a> {
    ctx: &'a Ctx,
    /// (id, name, is an airport)
    places: Vec<(String, String, bool)>,
}

async fn home(State(app): State<AppState>, Specialist(account): Specialist, ctx: Ctx) -> Response {
    let places = super::places_of(&account)
        .into_iter()
        .map(|id| {
            let place = app.locations.get(&id);
            let airport = place.is_some_and(|l| {
                l.serves(garita_domain::locations::Function::AirPassengerInspection)
                    && !l.serves(garita_domain::locations::Function::CargoInspection)
            });
            (id.clone(), place.map_or(id, |l| l.name.clone()), airport)
        })
        .collect();
    render(StatusCode::OK, &HomePage { ctx: &ctx, places })
}

#[derive(Deserialize, Default)]
struct DayQuery {
    #[serde(default)]
    date: Option<String>,
}

#[derive(Template)]
#[template(path = "agriculture/facility.html")]
struct FacilityPage<'a> {
    ctx: &'a Ctx,
    name: String,
    zone: String,
    day: Day,
    date_text: String,
    previous: String,
    next: String,
    queue: Vec<Shown>,
}

async fn facility(
    State(app): State<AppState>,
    Specialist(account): Specialist,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiQuery(q): ApiQuery<DayQuery>,
) -> Result<Response> {
    let date = day_or_today(&app, &id, q.date.as_deref())?;
    let day = specialists::day(&app, &account, &id, date).await?;
    let queue = specialists::queue(&app, &account, &id)
        .await?
        .into_iter()
        .map(|r| shown(&ctx, &app, r))
        .collect();
    let place = app.locations.get(&id).ok_or(Error::NotFound)?;
    Ok(render(
        StatusCode::OK,
        &FacilityPage {
            ctx: &ctx,
            name: place.name.clone(),
            zone: crate::locale_format::zone_name(ctx.tr.code(), place.zone(), app.clock.now()),
            date_text: crate::locale_format::date(ctx.tr.code(), date),
            previous: date.pred_opt().unwrap_or(date).to_string(),
            next: date.succ_opt().unwrap_or(date).to_string(),
            day,
            queue,
        },
    ))
}

#[derive(Template)]
#[template(path = "agriculture/airport.html")]
struct AirportPage<'a> {
    ctx: &'a Ctx,
    requests: Vec<AirportRequest>,
    form: AirportForm,
    rows: Vec<ItemRow>,
    /// Whether another row may be added (fewer than the API's limit shown).
    more: bool,
    guidance: Vec<GuidanceLine>,
    categories: &'static [&'static str],
    errors: FormErrors,
}

/// One item row of the form as shown: its number, what was typed, each field's problem.
struct ItemRow {
    n: usize,
    item: NewItem,
    category_error: Option<String>,
    description_error: Option<String>,
    quantity_error: Option<String>,
    origin_error: Option<String>,
}

/// The page's form. Items are rows `category_N`, `description_N`, `quantity_N`, `origin_N`
/// for N = 1 to `rows` (a hidden field), up to the API's limit ([`airport::MAX_ITEMS`]).
/// Without JavaScript, the "add another item" and "remove" buttons post the form, which
/// comes back with one row more or less and everything typed kept.
#[derive(Default, Clone)]
struct AirportForm {
    airport: String,
    flight: String,
    flight_date: String,
    /// The rows shown, blank ones included (at least one).
    rows: Vec<NewItem>,
    /// "guidance" to read the guidance first, "submit" to send, "add" for one more row,
    /// "remove-N" to take row N away.
    step: String,
}

/// The field names of a row's parts, in the order of [`ItemRow`]'s errors.
const ROW_FIELDS: [(&str, &str); 4] = [
    ("category", "category"),
    ("description", "description"),
    ("quantity", "quantity"),
    ("origin_country", "origin"),
];

fn is_blank(item: &NewItem) -> bool {
    item.category.trim().is_empty()
        && item.description.trim().is_empty()
        && item.quantity.trim().is_empty()
        && item.origin_country.trim().is_empty()
}

impl AirportForm {
    fn blank() -> AirportForm {
        AirportForm {
            airport: "IAH".into(),
            rows: vec![NewItem::default()],
            ..AirportForm::default()
        }
    }

    fn from_fields(fields: &[(String, String)]) -> AirportForm {
        let get = |name: &str| {
            fields
                .iter()
                .find(|(k, _)| k == name)
                .map_or(String::new(), |(_, v)| v.clone())
        };
        let shown = get("rows")
            .trim()
            .parse::<usize>()
            .unwrap_or(1)
            .clamp(1, airport::MAX_ITEMS);
        let rows = (1..=shown)
            .map(|n| NewItem {
                category: get(&format!("category_{n}")),
                description: get(&format!("description_{n}")),
                quantity: get(&format!("quantity_{n}")),
                origin_country: get(&format!("origin_{n}")),
            })
            .collect();
        AirportForm {
            airport: get("airport"),
            flight: get("flight"),
            flight_date: get("flight_date"),
            rows,
            step: get("step"),
        }
    }

    /// One more blank row (up to the limit), or row `n` taken away (the last one is only
    /// emptied). Returns whether the step was one of these.
    fn rearrange(&mut self) -> bool {
        if self.step == "add" {
            if self.rows.len() < airport::MAX_ITEMS {
                self.rows.push(NewItem::default());
            }
            return true;
        }
        let Some(n) = self.step.strip_prefix("remove-") else {
            return false;
        };
        if let Ok(n) = n.parse::<usize>() {
            if (1..=self.rows.len()).contains(&n) {
                self.rows.remove(n - 1);
            }
        }
        if self.rows.is_empty() {
            self.rows.push(NewItem::default());
        }
        true
    }

    fn request(&self) -> NewAirportRequest {
        NewAirportRequest {
            airport: self.airport.clone(),
            flight: self.flight.clone(),
            flight_date: self.flight_date.clone(),
            items: self.rows.iter().filter(|i| !is_blank(i)).cloned().collect(),
        }
    }

    /// The form's problems: those of the request (airport, flight, date, no item) and each
    /// filled row's own, next to its fields and in the summary under "Item N".
    fn errors(&self, ctx: &Ctx, invalid: &garita_domain::validation::Invalid) -> FormErrors {
        // A row's problems come from the API named `items[i].field`; the page checks each
        // filled row again below to place them next to its own fields.
        let row_field =
            |f: &str| f.starts_with("items[") || ROW_FIELDS.iter().any(|(name, _)| *name == f);
        let whole: Vec<_> = invalid
            .0
            .iter()
            .filter(|e| !row_field(e.field))
            .cloned()
            .collect();
        let mut errors = FormErrors::from_fields(ctx, &whole);
        // "No item" is shown at the first row.
        for (field, _) in errors.fields.iter_mut().chain(errors.summary.iter_mut()) {
            if field == "items" {
                *field = "category_1".into();
            }
        }
        for (i, item) in self.rows.iter().enumerate() {
            if is_blank(item) {
                continue;
            }
            let n = i + 1;
            let row = FormErrors::from_fields(ctx, &airport::item_errors(item));
            for (field, message) in row.fields {
                let Some((_, id)) = ROW_FIELDS.iter().find(|(name, _)| *name == field) else {
                    continue;
                };
                let label = ctx.t(&format!("agriculture-{id}"));
                let id = format!("{id}_{n}");
                errors.summary.push((
                    id.clone(),
                    format!(
                        "{}, {label}: {message}",
                        ctx.tr.t1("agriculture-item", "number", n)
                    ),
                ));
                errors.fields.push((id, message));
            }
        }
        errors
    }

    fn shown_rows(&self, errors: &FormErrors) -> Vec<ItemRow> {
        let error = |id: &str, n: usize| errors.get(&format!("{id}_{n}")).map(str::to_string);
        self.rows
            .iter()
            .enumerate()
            .map(|(i, item)| ItemRow {
                n: i + 1,
                item: item.clone(),
                category_error: error("category", i + 1),
                description_error: error("description", i + 1),
                quantity_error: error("quantity", i + 1),
                origin_error: error("origin", i + 1),
            })
            .collect()
    }
}

impl AirportPage<'_> {
    fn same(&self, a: &str, b: &str) -> bool {
        a == b
    }
}

async fn airport_page(
    app: &AppState,
    account: &crate::http::session::Account,
    ctx: &Ctx,
    form: AirportForm,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response> {
    let categories: Vec<_> = form
        .request()
        .items
        .iter()
        .filter_map(|i| garita_domain::agriculture::ItemCategory::parse(&i.category))
        .collect();
    let guidance = if categories.is_empty() {
        Vec::new()
    } else {
        airport::guidance_lines(&ctx.tr, &categories)?
    };
    let requests = airport::list_for_traveler(app, account).await?;
    Ok(render(
        status,
        &AirportPage {
            ctx,
            requests,
            rows: form.shown_rows(&errors),
            more: form.rows.len() < airport::MAX_ITEMS,
            form,
            guidance,
            categories: garita_domain::agriculture::ItemCategory::TEXTS,
            errors,
        },
    ))
}

async fn airport_list(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
) -> Result<Response> {
    airport_page(
        &app,
        &account,
        &ctx,
        AirportForm::blank(),
        FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

async fn airport_submit(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response> {
    let mut form = AirportForm::from_fields(&fields);
    if form.rearrange() || form.step != "submit" {
        return airport_page(
            &app,
            &account,
            &ctx,
            form,
            FormErrors::default(),
            StatusCode::OK,
        )
        .await;
    }
    match airport::create(&app, &account, ctx.client_ip, &form.request()).await {
        Ok(id) => Ok(Redirect::to(&format!("/agriculture/airport/{id}")).into_response()),
        Err(Error::Invalid(invalid)) => {
            let errors = form.errors(&ctx, &invalid);
            airport_page(
                &app,
                &account,
                &ctx,
                form,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "agriculture/airport_detail.html")]
struct AirportDetailPage<'a> {
    ctx: &'a Ctx,
    req: AirportRequest,
    /// The specialist's view: answer forms.
    specialist: bool,
    answers: &'static [&'static str],
}

impl AirportDetailPage<'_> {
    fn selected(&self, given: Option<&str>, option: &str) -> bool {
        given == Some(option)
    }
}

async fn airport_detail(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Response> {
    let account = ctx.account().cloned().ok_or(Error::LoginRequired)?;
    let (req, specialist) = if account.is_traveler() {
        (
            airport::get_for_traveler(&app, &account, ctx.client_ip, &ctx.tr, &id).await?,
            false,
        )
    } else if account.has_role(garita_domain::roles::Role::AgricultureSpecialist) {
        (
            airport::get_for_specialist(&app, &account, ctx.client_ip, &ctx.tr, &id).await?,
            true,
        )
    } else {
        return Err(Error::Forbidden);
    };
    Ok(render(
        StatusCode::OK,
        &AirportDetailPage {
            ctx: &ctx,
            req,
            specialist,
            answers: garita_domain::agriculture::ItemAnswer::TEXTS,
        },
    ))
}

#[derive(Template)]
#[template(path = "agriculture/airport_queue.html")]
struct AirportQueuePage<'a> {
    ctx: &'a Ctx,
    name: String,
    requests: Vec<AirportRequest>,
}

async fn airport_queue(
    State(app): State<AppState>,
    Specialist(account): Specialist,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Response> {
    let requests = airport::queue(&app, &account, ctx.client_ip, &ctx.tr, &id).await?;
    let name = app
        .locations
        .get(&id)
        .map_or(id.clone(), |l| l.name.clone());
    Ok(render(
        StatusCode::OK,
        &AirportQueuePage {
            ctx: &ctx,
            name,
            requests,
        },
    ))
}

async fn airport_answer(
    State(app): State<AppState>,
    Specialist(account): Specialist,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response> {
    // Fields `answer-<item id>` and `note-<item id>`.
    let mut answers: Vec<ItemAnswerInput> = Vec::new();
    for (k, v) in &form {
        if let Some(item) = k.strip_prefix("answer-") {
            let note = form
                .iter()
                .find(|(n, _)| n.strip_prefix("note-") == Some(item))
                .map_or(String::new(), |(_, v)| v.clone());
            answers.push(ItemAnswerInput {
                item_id: item.to_string(),
                answer: v.clone(),
                note,
            });
        }
    }
    airport::answer(&app, &account, ctx.client_ip, &id, &ItemAnswers { answers }).await?;
    Ok(Redirect::to(&format!("/agriculture/airport/{id}")).into_response())
}

/// A photo for an item of the traveler's own request (a form per item, multipart, without
/// JavaScript): the CSRF token and a `file` part; back to the request.
async fn item_photo_upload(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    ctx: Ctx,
    ApiPath((id, item_id)): ApiPath<(String, String)>,
    mut multipart: Multipart,
) -> Result<Response> {
    let malformed = |_| Error::BadRequest("malformed-form");
    let mut csrf = String::new();
    let mut file = None;
    while let Some(field) = multipart.next_field().await.map_err(malformed)? {
        match field.name() {
            Some("csrf_token") => csrf = field.text().await.map_err(malformed)?,
            Some("file") => {
                let claimed = field.content_type().unwrap_or("").to_string();
                let bytes = field.bytes().await.map_err(|e| {
                    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                        Error::PayloadTooLarge
                    } else {
                        Error::BadRequest("malformed-form")
                    }
                })?;
                file = Some((claimed, bytes));
            }
            _ => {}
        }
    }
    if !same(&csrf, &ctx.csrf_token) {
        return Err(Error::Csrf);
    }
    item_photos::ensure_own_item(&app, &account, &id, &item_id).await?;
    let (claimed, bytes) = file.ok_or(Error::BadRequest("malformed-form"))?;
    let jpeg = item_photos::check(&claimed, bytes).await?;
    item_photos::add(&app, &account, ctx.client_ip, &id, &item_id, &jpeg).await?;
    Ok(Redirect::to(&format!("/agriculture/airport/{id}")).into_response())
}

/// One photo of an item, for the request's traveler or its airport's specialists. Audited.
async fn item_photo(
    State(app): State<AppState>,
    ctx: Ctx,
    ApiPath((id, item_id, photo_id)): ApiPath<(String, String, String)>,
) -> Result<Response> {
    let account = ctx.account().cloned().ok_or(Error::LoginRequired)?;
    item_photos::serve(&app, &account, ctx.client_ip, &id, &item_id, &photo_id).await
}
