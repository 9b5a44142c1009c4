//! Members' photos: uploaded from the phone, checked, re-encoded without metadata
//! (`processing`), sealed at rest, and shown only to the group's owner and, later, to the
//! officer at the port. No automated face matching: the photo is for a person to look at.

pub mod processing;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::roles::Traveler;
use crate::state::AppState;
use processing::{normalize, PhotoLimits};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Uploads get a larger body limit than the rest, and only on these routes.
const UPLOAD_LIMIT: usize = 10 * 1024 * 1024;

/// The photo routes of the API (with their OpenAPI entries, declared once) and of the pages,
/// under their own body limit and their own, tighter bound on uploads in flight, so a burst
/// of them cannot starve the rest.
pub fn router(
    max_uploads: usize,
    catalogs: std::sync::Arc<crate::i18n::Catalogs>,
) -> OpenApiRouter<AppState> {
    let (routes, doc) = OpenApiRouter::new()
        .routes(routes!(api_get, api_put))
        .route("/group/members/{id}/photo", get(api_get).post(page_post))
        .layer(DefaultBodyLimit::max(UPLOAD_LIMIT))
        .split_for_parts();
    let routes = crate::http::shed::shed_above(routes, max_uploads, catalogs);
    OpenApiRouter::with_openapi(doc).merge(OpenApiRouter::from(routes))
}

/// Checks, re-encodes and stores a member's photo, replacing any earlier one. A new photo
/// changes the group, so a live appointment is voided (passes are bound to their members).
///
/// The upload takes its place in the account's hourly allowance before any work, in one
/// step, so uploads that arrive together cannot all pass. The place is given back when the
/// photo is refused (or not stored): a blurry or too-small attempt does not cost the traveler
/// one of their uploads, and the bound on uploads in flight already limits how fast refused
/// ones can come.
pub async fn store(app: &AppState, account_id: i64, traveler_id: &str, bytes: Bytes) -> Result<()> {
    crate::travelers::get(app, account_id, traveler_id).await?;
    let key = format!("photo:{account_id}");
    app.submission_throttle
        .try_take(&key)
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
    let stored = normalize_and_save(app, account_id, traveler_id, bytes).await;
    if stored.is_err() {
        app.submission_throttle.give_back(&key);
    }
    stored
}

async fn normalize_and_save(
    app: &AppState,
    account_id: i64,
    traveler_id: &str,
    bytes: Bytes,
) -> Result<()> {
    let photo = tokio::task::spawn_blocking(move || normalize(&bytes, &PhotoLimits::default()))
        .await?
        .map_err(|e| Error::BadPhoto(e.code()))?;
    let sealed = app.vault.seal(&format!("photo:{traveler_id}"), &photo.jpeg);
    let t = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "INSERT INTO photos (traveler_id, sealed, width, height, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (traveler_id) DO UPDATE SET sealed = excluded.sealed, width = excluded.width,
           height = excluded.height, created_at = excluded.created_at",
    )
    .bind(traveler_id)
    .bind(sealed)
    .bind(i64::from(photo.width))
    .bind(i64::from(photo.height))
    .bind(t)
    .execute(&mut *tx)
    .await?;
    crate::appointments::void_live(&mut tx, account_id, t).await?;
    tx.commit().await?;
    Ok(())
}

/// The photo (JPEG) of a member, unsealed. Callers check who may see it.
pub async fn load(app: &AppState, traveler_id: &str) -> Result<Option<Vec<u8>>> {
    let row: Option<(Vec<u8>,)> =
        sqlx::query_as("SELECT sealed FROM photos WHERE traveler_id = $1")
            .bind(traveler_id)
            .fetch_optional(&app.db.read)
            .await?;
    match row {
        None => Ok(None),
        Some((sealed,)) => Ok(Some(
            app.vault
                .open(&format!("photo:{traveler_id}"), &sealed)
                .map_err(|e| {
                    Error::Internal(anyhow::anyhow!("photo of traveler {traveler_id}: {e}"))
                })?,
        )),
    }
}

pub fn jpeg_response(jpeg: Vec<u8>) -> Response {
    let mut res = jpeg.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/jpeg"));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    res
}

/// A member's photo (JPEG), for the group's owner. The same handler serves the page's
/// `/group/members/{id}/photo`.
#[utoipa::path(get, path = "/api/v1/travelers/{id}/photo", tag = "travelers", security(("bearer" = [])),
    params(("id" = String, Path)), responses((status = 200, content_type = "image/jpeg", description = "The photo"), (status = 404)))]
pub async fn api_get(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    Path(id): Path<String>,
) -> Result<Response> {
    crate::travelers::get(&app, account.id, &id).await?;
    let jpeg = load(&app, &id).await?.ok_or(Error::NotFound)?;
    Ok(jpeg_response(jpeg))
}

/// The uploaded file in the API document: raw bytes, not a JSON array of numbers.
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct PhotoFile(pub Vec<u8>);

/// Upload a live photo of a member: the body is the JPEG or PNG file (up to 8 MiB and 40
/// megapixels). It is re-encoded without its metadata (EXIF, location) and sealed at rest.
#[utoipa::path(put, path = "/api/v1/travelers/{id}/photo", tag = "travelers", security(("bearer" = [])),
    params(("id" = String, Path)), request_body(content((PhotoFile = "image/jpeg"), (PhotoFile = "image/png"))),
    responses((status = 204), (status = 404), (status = 413), (status = 422, description = "Not a JPEG/PNG, corrupt, too small or too many pixels")))]
pub async fn api_put(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<StatusCode> {
    store(&app, account.id, &id, body).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn page_post(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
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
                photo = Some(field.bytes().await.map_err(|e| {
                    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                        Error::PayloadTooLarge
                    } else {
                        Error::BadRequest("malformed-form")
                    }
                })?)
            }
            _ => {}
        }
    }
    if csrf.is_empty() || !crate::http::forms::same(&csrf, &ctx.csrf_token) {
        return Err(Error::Csrf);
    }
    let photo = photo
        .filter(|p| !p.is_empty())
        .ok_or(Error::BadPhoto("photo-empty"))?;
    store(&app, account.id, &id, photo).await?;
    Ok(Redirect::to("/group").into_response())
}
