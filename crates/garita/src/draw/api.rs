//! The public record of each day's draw as JSON: `GET /api/v1/draws/{date}`, which anyone can
//! verify with `garita verify-draw`. The same record as a page is `pages.rs`.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::NaiveDate;
use garita_domain::status::DrawStatus;
use serde::Serialize;
use utoipa::ToSchema;

use super::{record, Record};
use crate::http::errors::{Error, Result};
use crate::state::AppState;
use utoipa_axum::{router::OpenApiRouter, routes};

/// The draw's JSON routes (the page is in `draw::pages`).
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(show))
}

#[derive(Serialize, ToSchema)]
pub struct Commitment {
    #[schema(value_type = String, format = Date)]
    pub date: NaiveDate,
    /// "committed": the draw has not run; only the commitment is public.
    pub status: &'static str,
    /// SHA-256 (hex) of the record version, the day and the secret seed (`garita-draw-v3`; see
    /// docs/draw.md), published before the request window closes. Save it: a published draw
    /// is checked against it with `garita_domain::draw::verify_against`.
    pub commitment: String,
}

/// A day in a draw's address (`YYYY-MM-DD`); anything else is no draw at all.
pub(super) fn parse_day(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Error::NotFound)
}

/// A day's draw. Before it runs: its commitment. After: the seed, the rules' parameters, every
/// participating request (pseudonymous), the places offered and the results.
#[utoipa::path(get, path = "/api/v1/draws/{date}", tag = "draws", params(("date" = String, Path, format = Date, description = "YYYY-MM-DD")),
    responses((status = 200, description = "The commitment, or the whole published draw (fields: algorithm — garita-draw-v3, or garita-draw-v2 / garita-draw-v1 for draws committed under those —, date, commitment, seed, rule — weighted or oldest-share-then-random; absent before v3: weighted —, params, offers, requests — with registration_rank under oldest-share-then-random —, results)", body = Commitment),
              (status = 304, description = "A published draw the client holds (If-None-Match matches its ETag); published draws never change"),
              (status = 404, description = "No draw for that day")))]
pub async fn show(
    State(app): State<AppState>,
    Path(date): Path<String>,
    headers: HeaderMap,
) -> Result<Response> {
    let day = parse_day(&date)?;
    match record(&app, day).await?.ok_or(Error::NotFound)? {
        Record::Committed { commitment } => Ok(Json(Commitment {
            date: day,
            status: DrawStatus::Committed.as_str(),
            commitment,
        })
        .into_response()),
        // Built once (`draw::served`), with the policy it ran under when it ran under one; it
        // never changes, so caches may keep it and revalidate with its ETag.
        Record::Done(served) => {
            let mut res = match served.body_for(&headers) {
                None => StatusCode::NOT_MODIFIED.into_response(),
                Some((encoding, body)) => {
                    let mut res = body.into_response();
                    let h = res.headers_mut();
                    h.insert(
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("application/json"),
                    );
                    if let Some(encoding) = encoding {
                        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
                    }
                    res
                }
            };
            let h = res.headers_mut();
            h.insert(header::ETAG, served.etag());
            h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            );
            Ok(res)
        }
    }
}
