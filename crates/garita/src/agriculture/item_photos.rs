//! Photos of an item of a traveler's airport request (issue 17, item 4): at most
//! [`MAX_PHOTOS_PER_ITEM`] per item, each a JPEG or PNG through the photo pipeline (decoded,
//! bounded, re-encoded as JPEG without metadata), sealed at rest, shown only to the request's
//! traveler and the specialists of its airport (`no-store`, `nosniff`), every view audited.
//! They go with the request under the `agriculture-inspections` retention rule (cascade).

use std::net::IpAddr;

use axum::body::Bytes;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

use super::covers;
use crate::audit::{self, Entry};
use crate::http::errors::{Error, Result};
use crate::http::session::Account;
use crate::photos::processing::{normalize, PhotoLimits};
use crate::state::AppState;

/// Most photos one item may carry.
pub const MAX_PHOTOS_PER_ITEM: i64 = 3;
/// Largest upload, in bytes.
pub const MAX_PHOTO_BYTES: usize = 5 * 1024 * 1024;

#[derive(sqlx::FromRow)]
struct Owner {
    account_id: i64,
    location_id: String,
}

/// The request's owner and airport, if `item_id` is an item of request `request_id`.
async fn owner(app: &AppState, request_id: &str, item_id: &str) -> Result<Option<Owner>> {
    Ok(sqlx::query_as(
        "SELECT r.account_id, r.location_id FROM airport_requests r
         JOIN airport_items i ON i.request_id = r.id
         WHERE r.id = $1 AND i.id = $2",
    )
    .bind(request_id)
    .bind(item_id)
    .fetch_optional(&app.db.read)
    .await?)
}

/// Checks an upload claimed as `claimed` (a JPEG or PNG, else 415; a part without a type is
/// judged by its bytes) through the photo pipeline
/// (422 `photo-*` when it is not what it claims); returns the re-encoded JPEG.
pub async fn check(claimed: &str, bytes: Bytes) -> Result<Vec<u8>> {
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err(Error::PayloadTooLarge);
    }
    let claimed = claimed
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    // A part that names no type (or a generic one) is judged by its bytes alone.
    let untyped = claimed.is_empty() || claimed == "application/octet-stream";
    if !untyped && claimed != "image/jpeg" && claimed != "image/png" {
        return Err(Error::UnsupportedMediaType);
    }
    let limits = PhotoLimits {
        max_bytes: MAX_PHOTO_BYTES,
        ..PhotoLimits::default()
    };
    let photo = tokio::task::spawn_blocking(move || normalize(&bytes, &limits))
        .await?
        .map_err(|e| Error::BadPhoto(e.code()))?;
    Ok(photo.jpeg)
}

/// The traveler's own item, or 404 (another's is not found).
pub async fn ensure_own_item(
    app: &AppState,
    account: &Account,
    request_id: &str,
    item_id: &str,
) -> Result<()> {
    owner(app, request_id, item_id)
        .await?
        .filter(|o| o.account_id == account.id)
        .map(|_| ())
        .ok_or(Error::NotFound)
}

/// Adds a checked photo (`jpeg`) to the traveler's own item. The count is checked by the
/// insert itself, so two uploads at once cannot make a fourth. Audited. Returns its id.
pub async fn add(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    request_id: &str,
    item_id: &str,
    jpeg: &[u8],
) -> Result<String> {
    ensure_own_item(app, account, request_id, item_id).await?;
    let id = crate::storage::vault::random_id();
    let sealed = app.vault.seal(&format!("airport-item-photo:{id}"), jpeg);
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let added = sqlx::query(
        "INSERT INTO airport_item_photos (id, item_id, request_id, photo_sealed, size, created_at)
         SELECT $1, $2, $3, $4, $5, $6
         WHERE (SELECT COUNT(*) FROM airport_item_photos WHERE item_id = $7) < $8",
    )
    .bind(&id)
    .bind(item_id)
    .bind(request_id)
    .bind(sealed)
    .bind(jpeg.len() as i64)
    .bind(now)
    .bind(item_id)
    .bind(MAX_PHOTOS_PER_ITEM)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if added == 0 {
        return Err(Error::Conflict("agriculture-item-photos-full"));
    }
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "airport-inspection.photo-added",
            subject: format!("airport-inspection:{request_id}"),
            detail: format!("item={item_id} photo={id}"),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The photos' ids of each item of a request, oldest first, as `(item_id, photo_id)`.
pub(super) async fn ids_of(app: &AppState, request_id: &str) -> Result<Vec<(String, String)>> {
    #[derive(sqlx::FromRow)]
    struct IdRow {
        item_id: String,
        id: String,
    }
    let rows: Vec<IdRow> = sqlx::query_as(
        "SELECT item_id, id FROM airport_item_photos WHERE request_id = $1 ORDER BY created_at, id",
    )
    .bind(request_id)
    .fetch_all(&app.db.read)
    .await?;
    Ok(rows.into_iter().map(|r| (r.item_id, r.id)).collect())
}

/// Where a photo is served.
pub fn url(request_id: &str, item_id: &str, photo_id: &str) -> String {
    format!("/api/v1/airport-inspections/{request_id}/items/{item_id}/photos/{photo_id}")
}

#[derive(sqlx::FromRow)]
struct PhotoRow {
    photo_sealed: Vec<u8>,
}

/// One photo, for the request's traveler or a specialist of its airport (anyone else: 404),
/// as `image/jpeg` under `no-store` and `nosniff`. Audited.
pub async fn serve(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    request_id: &str,
    item_id: &str,
    photo_id: &str,
) -> Result<Response> {
    let who = owner(app, request_id, item_id)
        .await?
        .and_then(|o| {
            if o.account_id == account.id {
                Some("traveler")
            } else if covers(account, &o.location_id) {
                Some("specialist")
            } else {
                None
            }
        })
        .ok_or(Error::NotFound)?;
    let row: Option<PhotoRow> = sqlx::query_as(
        "SELECT photo_sealed FROM airport_item_photos WHERE id = $1 AND item_id = $2 AND request_id = $3",
    )
    .bind(photo_id)
    .bind(item_id)
    .bind(request_id)
    .fetch_optional(&app.db.read)
    .await?;
    let row = row.ok_or(Error::NotFound)?;
    let bytes = app
        .vault
        .open(&format!("airport-item-photo:{photo_id}"), &row.photo_sealed)?;
    audit::record_view(
        app,
        Entry {
            actor: Some(account),
            action: "airport-inspection.photo-viewed",
            subject: format!("airport-inspection:{request_id}"),
            detail: format!("by={who} item={item_id} photo={photo_id}"),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/jpeg"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(res)
}
