//! `GET /api/v1/stats`: the published figures of a range of days as JSON, or as CSV with
//! `format=csv` (through the one CSV writer). Public; no personal data, so caches may keep it.

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use garita_domain::statistics::{Metric, MAX_RANGE_DAYS};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{Published, LICENCE, LICENCE_URL};
use crate::http::errors::{Error, Result};
use crate::http::forms::ApiQuery;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(stats))
}

#[derive(Deserialize, IntoParams, Default)]
#[into_params(parameter_in = Query)]
pub struct StatsQuery {
    /// First day, YYYY-MM-DD (default: 30 days before `to`).
    #[param(value_type = Option<String>, format = Date)]
    pub from: Option<String>,
    /// Last day, YYYY-MM-DD (default: the last published day). At most 92 days in all.
    #[param(value_type = Option<String>, format = Date)]
    pub to: Option<String>,
    /// `json` (the default, also when given empty) or `csv`; any other value is a 422.
    pub format: Option<String>,
}

/// One published figure.
#[derive(Serialize, ToSchema)]
pub struct Figure {
    /// `day`, or `week` (then `date` is its Monday).
    pub period: String,
    #[schema(value_type = String, format = Date)]
    pub date: String,
    /// A port or place id; `-` for events at no place (travel authorizations, by programme in
    /// `dimension`); empty for the day's total over places, and for the weekly figures by state
    /// and by nationality.
    pub place: String,
    /// requests, selected, confirmed, checked-in, no-shows, cancellations, capacity,
    /// capacity-changes, wait-median, requests-by-state, requests-by-nationality, and other
    /// functions' counts (i94-issued, travel-authorizations, inspections, bus-trips).
    pub metric: String,
    /// The state (requests-by-state), the holder's nationality as an ISO 3166-1 alpha-2 code
    /// (requests-by-nationality), the lane (wait-median) or the programme
    /// (travel-authorizations); empty otherwise.
    pub dimension: String,
    /// Groups (for capacity: slots; for wait-median: reports). Null when hidden.
    pub groups: Option<i64>,
    /// People (for capacity: places; for capacity-changes: places added; for wait-median:
    /// minutes). Null when hidden.
    pub people: Option<i64>,
    /// Hidden to protect people: fewer than `threshold` people, or needed so that another
    /// hidden figure cannot be worked out from the totals.
    pub hidden: bool,
}

#[derive(Serialize, ToSchema)]
pub struct Statistics {
    pub licence: String,
    pub licence_url: String,
    /// Figures about fewer people than this are hidden.
    pub threshold: u64,
    #[schema(value_type = String, format = Date)]
    pub from: String,
    #[schema(value_type = String, format = Date)]
    pub to: String,
    pub figures: Vec<Figure>,
}

impl Figure {
    pub fn from_row(r: Published) -> Result<Figure> {
        let metric: Metric = r.metric()?;
        Ok(Figure {
            period: metric.period().as_str().to_string(),
            date: r.day,
            place: r.place,
            metric: r.metric,
            dimension: r.dimension,
            groups: r.groups,
            people: r.people,
            hidden: r.hidden == 1,
        })
    }
}

/// The CSV of some figures, with a header row.
pub fn csv(figures: &[Figure]) -> String {
    let mut out = String::new();
    crate::csv::write_row(
        &mut out,
        &[
            "period",
            "date",
            "place",
            "metric",
            "dimension",
            "groups",
            "people",
            "hidden",
        ],
    );
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    for f in figures {
        crate::csv::write_row(
            &mut out,
            &[
                f.period.clone(),
                f.date.clone(),
                f.place.clone(),
                f.metric.clone(),
                f.dimension.clone(),
                opt(f.groups),
                opt(f.people),
                f.hidden.to_string(),
            ],
        );
    }
    out
}

fn public(mut res: Response) -> Response {
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    res
}

/// Open statistics (CC BY 4.0, no login needed): per day and port, the people and groups who
/// requested (by first-choice port), were selected, confirmed, checked in, did not come, or
/// cancelled; capacity and its changes; the median wait per lane; per week, requests by the
/// state they came from and by the nationality of the group's holder. Figures about fewer
/// than 10 people are hidden, with others as needed so no hidden figure can be worked out from
/// totals. Closed days only, refreshed by a job; a day once published never changes. At most 92 days per request (ask for the next page
/// with the next `from`).
#[utoipa::path(get, path = "/api/v1/stats", tag = "statistics",
    params(StatsQuery),
    responses((status = 200, description = "The figures: JSON (default, or `format=json` or empty), or CSV (`format=csv`)",
               content((Statistics = "application/json"), (String = "text/csv"))),
              (status = 422, description = "A date is not YYYY-MM-DD, `format` is neither `json` nor `csv`, `to` is before `from`, or the range is longer than 92 days", content_type = "application/problem+json")))]
pub async fn stats(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<StatsQuery>,
) -> Result<Response> {
    let csv_wanted = match q.format.as_deref().map(str::trim) {
        None | Some("") | Some("json") => false,
        Some("csv") => true,
        Some(_) => {
            return Err(Error::field(
                "format",
                garita_domain::validation::Problem::UnknownChoice,
            ))
        }
    };
    // Given, a date must read as one exactly (an empty `from=` is not a date here; the page
    // keeps reading it as "not given").
    for (field, raw) in [("from", &q.from), ("to", &q.to)] {
        if raw
            .as_deref()
            .is_some_and(|s| s.parse::<chrono::NaiveDate>().is_err())
        {
            return Err(Error::field(
                field,
                garita_domain::validation::Problem::InvalidDate,
            ));
        }
    }
    // A reversed or too-long range is a rule the schema cannot state: 422 here (the page
    // keeps its own answer).
    let range = super::range(&app, q.from.as_deref(), q.to.as_deref())
        .await
        .map_err(|e| match e {
            Error::BadRequest(code @ ("stats-range-reversed" | "stats-range-too-long")) => {
                Error::Missing(code)
            }
            e => e,
        })?;
    debug_assert!((range.to - range.from).num_days() < MAX_RANGE_DAYS);
    let figures = super::published(&app, range)
        .await?
        .into_iter()
        .map(Figure::from_row)
        .collect::<Result<Vec<_>>>()?;
    if csv_wanted {
        let name = format!(
            "attachment; filename=\"garita-stats-{}-{}.csv\"",
            range.from, range.to
        );
        let mut res = (
            [(header::CONTENT_TYPE, "text/csv; charset=utf-8")],
            csv(&figures),
        )
            .into_response();
        if let Ok(v) = HeaderValue::from_str(&name) {
            res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
        }
        return Ok(public(res));
    }
    Ok(public(
        Json(Statistics {
            licence: LICENCE.into(),
            licence_url: LICENCE_URL.into(),
            threshold: super::refresh::threshold(&app),
            from: range.from.to_string(),
            to: range.to.to_string(),
            figures,
        })
        .into_response(),
    ))
}
