//! `/api/v1/locations`: every location with its kind, codes, zone, functions and the agency's
//! current hours, capacity and status (public), and the administrators' edit.

use axum::extract::State;
use axum::Json;
use garita_domain::locations::{Function, Location, LocationKind};
use garita_domain::validation::Problem;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{all_current, current, edit, Change, Current};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::{ApiJson, ApiPath, ApiQuery};
use crate::http::roles::Admin;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(one, update))
}

/// An OpenAPI schema built from a domain enum's own text forms (`TEXTS`), so the document
/// cannot list a value the service would not accept or send (as `wait_times::schema` does).
macro_rules! text_schema {
    ($(#[doc = $doc:literal])* $marker:ident = $name:literal, $texts:expr) => {
        $(#[doc = $doc])*
        pub struct $marker;

        impl utoipa::PartialSchema for $marker {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .description(Some(concat!($($doc),*).trim()))
                    .enum_values(Some($texts.iter().copied()))
                    .into()
            }
        }

        impl utoipa::ToSchema for $marker {
            fn name() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed($name)
            }
        }
    };
}

text_schema!(
    /// What kind of place a location is.
    LocationKindSchema = "LocationKind",
    LocationKind::TEXTS
);
text_schema!(
    /// A function a location serves.
    FunctionSchema = "LocationFunction",
    Function::TEXTS
);

#[derive(Serialize, ToSchema)]
pub struct LocationView {
    /// Stable id: a slug for land ports (the appointment ports keep their ids from the ports
    /// file), `airport-<iata>`, `cargo-<slug>`, `enrollment-<slug>`.
    pub id: String,
    #[schema(value_type = LocationKindSchema)]
    pub kind: &'static str,
    pub name: String,
    /// CBP's 4-digit port code.
    #[schema(required = true)]
    pub port_code: Option<String>,
    /// IATA airport code.
    #[schema(required = true)]
    pub iata_code: Option<String>,
    /// U.S. state or territory (postal abbreviation).
    pub state: String,
    pub country: &'static str,
    /// `mexico` or `canada` for places on a land border.
    #[schema(required = true)]
    pub border: Option<&'static str>,
    /// IANA time zone; hours are in it.
    pub time_zone: String,
    #[schema(required = true)]
    pub latitude: Option<f64>,
    #[schema(required = true)]
    pub longitude: Option<f64>,
    #[schema(value_type = Vec<FunctionSchema>)]
    pub functions: Vec<&'static str>,
    /// Weekly opening hours in local time, e.g. `Mon-Fri 08:00-16:00; Sat 09:00-13:00` (days
    /// not named are closed); null when not stated.
    #[schema(required = true)]
    pub hours: Option<String>,
    /// Inspections (or interviews) an hour; null when not stated.
    #[schema(required = true)]
    pub capacity_per_hour: Option<u32>,
    pub is_open: bool,
    /// When an administrator last changed hours, capacity or status (RFC 3339); null while the
    /// data file's values stand.
    #[schema(required = true, value_type = Option<String>, format = DateTime)]
    pub updated_at: Option<String>,
    /// The data file it comes from (its header names the source and licence).
    pub source: &'static str,
}

fn view(l: &Location, c: Option<&Current>) -> LocationView {
    let ops = c.map(|c| &c.operations).unwrap_or(&l.defaults);
    LocationView {
        id: l.id.clone(),
        kind: l.kind.as_str(),
        name: l.name.clone(),
        port_code: l.port_code.clone(),
        iata_code: l.iata_code.clone(),
        state: l.state.clone(),
        country: l.country,
        border: l.border.map(|b| b.as_str()),
        time_zone: l.time_zone.clone(),
        latitude: l.latitude,
        longitude: l.longitude,
        functions: l.functions.iter().map(|f| f.as_str()).collect(),
        hours: ops.hours.map(|h| h.to_string()),
        capacity_per_hour: ops.capacity_per_hour,
        is_open: ops.is_open,
        updated_at: c
            .and_then(|c| c.updated_at)
            .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        source: l.source,
    }
}

/// The filters of the list, each optional.
#[derive(Deserialize, IntoParams, Default)]
#[into_params(parameter_in = Query)]
pub struct Filter {
    /// Only this kind.
    #[param(value_type = Option<LocationKindSchema>)]
    pub kind: Option<String>,
    /// Only locations serving this function.
    #[param(value_type = Option<FunctionSchema>)]
    pub function: Option<String>,
    /// Only this U.S. state (postal abbreviation, e.g. `TX`).
    pub state: Option<String>,
}

/// A filter's values, checked: an unknown kind or function is a field problem.
pub struct Chosen {
    pub kind: Option<LocationKind>,
    pub function: Option<Function>,
    pub state: Option<String>,
}

impl Filter {
    /// The page's filters: an empty choice ("all") is no filter.
    pub fn check(&self) -> Result<Chosen> {
        self.checked(true)
    }

    /// The API's filters: a parameter given is a choice, so an empty one is refused like any
    /// value not in the list (leave it out for "all").
    pub fn check_given(&self) -> Result<Chosen> {
        self.checked(false)
    }

    fn checked(&self, empty_is_all: bool) -> Result<Chosen> {
        let pick = |v: &Option<String>| -> Option<String> {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !(empty_is_all && v.is_empty()))
                .map(str::to_string)
        };
        let kind = match pick(&self.kind).as_deref() {
            None => None,
            Some(k) => {
                Some(LocationKind::parse(k).ok_or(Error::field("kind", Problem::UnknownChoice))?)
            }
        };
        let function = match pick(&self.function).as_deref() {
            None => None,
            Some(f) => {
                Some(Function::parse(f).ok_or(Error::field("function", Problem::UnknownChoice))?)
            }
        };
        Ok(Chosen {
            kind,
            function,
            state: pick(&self.state)
                .filter(|s| !s.is_empty())
                .map(|s| s.to_ascii_uppercase()),
        })
    }
}

impl Chosen {
    pub fn admits(&self, l: &Location) -> bool {
        self.kind.is_none_or(|k| l.kind == k)
            && self.function.is_none_or(|f| l.serves(f))
            && self.state.as_deref().is_none_or(|s| l.state == s)
    }
}

/// Every location, filtered by kind, function and state (no login needed).
#[utoipa::path(get, path = "/api/v1/locations", tag = "locations", params(Filter),
    responses((status = 200, body = [LocationView]),
              (status = 422, description = "`kind` or `function` is not one of the listed values", content_type = "application/problem+json")))]
pub async fn list(
    State(app): State<AppState>,
    ApiQuery(filter): ApiQuery<Filter>,
) -> Result<Json<Vec<LocationView>>> {
    let chosen = filter.check_given()?;
    let current = all_current(&app).await?;
    Ok(Json(
        app.locations
            .iter()
            .filter(|l| chosen.admits(l))
            .map(|l| view(l, current.get(&l.id)))
            .collect(),
    ))
}

fn find<'a>(app: &'a AppState, id: &str) -> Result<&'a Location> {
    app.locations.get(id).ok_or(Error::NotFound)
}

/// One location (no login needed).
#[utoipa::path(get, path = "/api/v1/locations/{id}", tag = "locations",
    params(("id" = String, Path, example = "el-paso")),
    responses((status = 200, body = LocationView),
              (status = 404, description = "No such location", content_type = "application/problem+json")))]
pub async fn one(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<LocationView>> {
    let l = find(&app, &id)?;
    let c = current(&app, &l.id).await?;
    Ok(Json(view(l, Some(&c))))
}

/// What an administrator changes; a property left out stays as it is.
#[derive(Deserialize, ToSchema)]
pub struct LocationChange {
    /// Weekly hours in local time, e.g. `Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed`,
    /// `daily 00:00-24:00` or `closed`; an empty text or null: not stated.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, example = "Mon-Fri 08:00-16:00; Sat 09:00-13:00")]
    pub hours: Option<Value>,
    /// Inspections an hour, 1 to 10,000; null: not stated.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>, minimum = 1, maximum = 10000)]
    pub capacity_per_hour: Option<Value>,
    /// Open (true) or closed (false).
    #[serde(default)]
    pub is_open: Option<bool>,
}

/// Tells a property sent as null (`Some(Value::Null)`) from one left out (`None`).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

/// A JSON value as the text a form would carry: null clears, a number is its digits.
fn as_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Change a location's hours, capacity or status (administrators only). Nothing is saved if
/// any property is invalid. Recorded in the audit trail.
#[utoipa::path(patch, path = "/api/v1/locations/{id}", tag = "locations",
    security(("bearer" = [])), request_body = LocationChange,
    params(("id" = String, Path, example = "cargo-pharr")),
    responses((status = 200, body = LocationView),
              (status = 401, description = "Not logged in", content_type = "application/problem+json"),
              (status = 403, description = "Not an administrator", content_type = "application/problem+json"),
              (status = 404, description = "No such location", content_type = "application/problem+json"),
              (status = 422, description = "Hours, capacity or status invalid (`errors` names each one); nothing was saved", content_type = "application/problem+json")))]
pub async fn update(
    State(app): State<AppState>,
    Admin(ref account): Admin,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<LocationChange>,
) -> Result<Json<LocationView>> {
    let l = find(&app, &id)?;
    let change = Change {
        hours: body.hours.as_ref().map(as_text),
        capacity_per_hour: body.capacity_per_hour.as_ref().map(as_text),
        status: body
            .is_open
            .map(|o| if o { "open" } else { "closed" }.to_string()),
    };
    let c = edit(&app, Some(account), ctx.client_ip, l, &change).await?;
    Ok(Json(view(l, Some(&c))))
}
