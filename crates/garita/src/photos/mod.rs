//! Members' photos: uploaded from the phone, checked, re-encoded without metadata
//! (`processing`), sealed at rest, and shown only to the group's owner and, later, to the
//! officer at the port. No automated face matching: the photo is for a person to look at.

pub mod processing;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::roles::Traveler;
use crate::state::AppState;
use processing::{normalize, NormalizedPhoto, PhotoLimits};
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
        .route("/group/members/{id}/photo/confirm", post(page_confirm))
        .layer(DefaultBodyLimit::max(UPLOAD_LIMIT))
        .split_for_parts();
    let routes = crate::http::shed::shed_above(routes, max_uploads, catalogs)
        .route("/static/photo.js", get(photo_script));
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
/// `also`: written in the photo's transaction (a helper's act, `crate::audit::Also`).
pub async fn store(
    app: &AppState,
    account_id: i64,
    traveler_id: &str,
    bytes: Bytes,
    also: Option<&dyn crate::audit::Also>,
) -> Result<()> {
    crate::travelers::get(app, account_id, traveler_id).await?;
    let key = format!("photo:{account_id}");
    app.submission_throttle
        .try_take(&key)
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
    let stored = normalize_and_save(app, account_id, traveler_id, bytes, also).await;
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
    also: Option<&dyn crate::audit::Also>,
) -> Result<()> {
    let photo = checked(bytes).await?;
    save(app, account_id, traveler_id, &photo, also).await
}

/// The upload checked and re-encoded (off the async threads).
async fn checked(bytes: Bytes) -> Result<NormalizedPhoto> {
    tokio::task::spawn_blocking(move || normalize(&bytes, &PhotoLimits::default()))
        .await?
        .map_err(|e| Error::BadPhoto(e.code()))
}

/// Stores a checked photo, voiding a live appointment (in one transaction).
async fn save(
    app: &AppState,
    account_id: i64,
    traveler_id: &str,
    photo: &NormalizedPhoto,
    also: Option<&dyn crate::audit::Also>,
) -> Result<()> {
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
    crate::audit::also(app, &mut tx, also).await?;
    tx.commit().await?;
    app.hot.status.evict(account_id);
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
    store(&app, account.id, &id, body, None).await?;
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
    let stored = match photo.filter(|p| !p.is_empty()) {
        None => Err(Error::BadPhoto("photo-empty")),
        Some(photo) => replace_or_ask(&app, &ctx, account.id, &id, photo).await,
    };
    match stored {
        Ok(res) => Ok(res),
        Err(e) => problem_page(&ctx, &id, e),
    }
}

/// How long a checked photo waits for the traveler to confirm that it voids the appointment.
const STAGED_SECS: i64 = 30 * 60;

/// Stores the photo, unless the group has a live appointment that it would void: then the
/// photo is checked and re-encoded now, sealed into the confirmation page (it cannot carry the
/// file itself) and stored only if the traveler confirms, as every change that voids does.
async fn replace_or_ask(
    app: &AppState,
    ctx: &Ctx,
    account_id: i64,
    traveler_id: &str,
    bytes: Bytes,
) -> Result<Response> {
    let Some(appointment) = crate::appointments::live_appointment(app, account_id).await? else {
        store(app, account_id, traveler_id, bytes, None).await?;
        return Ok(Redirect::to("/group").into_response());
    };
    crate::travelers::get(app, account_id, traveler_id).await?;
    let key = format!("photo:{account_id}");
    app.submission_throttle
        .try_take(&key)
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
    let photo = match checked(bytes).await {
        Ok(photo) => photo,
        Err(e) => {
            app.submission_throttle.give_back(&key);
            return Err(e);
        }
    };
    let staged = stage(app, account_id, traveler_id, &photo);
    use crate::appointments::pages::{confirmation, keeps, losses, next_draw_local, Confirmation};
    let next_draw = next_draw_local(app, ctx, account_id).await?;
    let loss = crate::appointments::Loss::Void;
    Ok(confirmation(
        ctx,
        Confirmation {
            title: ctx.t("misc-photo-confirm-title"),
            losses: losses(ctx, &app.ports, &appointment, loss),
            keeps: keeps(ctx, loss, &next_draw),
            action: format!("/group/members/{traveler_id}/photo/confirm"),
            hidden: vec![("staged".into(), staged)],
            yes: ctx.t("misc-photo-confirm-yes"),
            no: ctx.t("confirm-keep-appointment"),
            back: "/group".into(),
        },
    ))
}

fn staged_context(account_id: i64, traveler_id: &str) -> String {
    format!("photo-staged:{account_id}:{traveler_id}")
}

/// The checked photo sealed for this account and member, with the time it lapses.
fn stage(app: &AppState, account_id: i64, traveler_id: &str, photo: &NormalizedPhoto) -> String {
    use base64::Engine;
    let mut plain = Vec::with_capacity(16 + photo.jpeg.len());
    plain.extend_from_slice(&(app.clock.timestamp() + STAGED_SECS).to_be_bytes());
    plain.extend_from_slice(&photo.width.to_be_bytes());
    plain.extend_from_slice(&photo.height.to_be_bytes());
    plain.extend_from_slice(&photo.jpeg);
    let sealed = app
        .vault
        .seal(&staged_context(account_id, traveler_id), &plain);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sealed)
}

/// The photo sealed by [`stage`] for this account and member, if it is theirs and fresh.
fn unstage(
    app: &AppState,
    account_id: i64,
    traveler_id: &str,
    staged: &str,
) -> Option<NormalizedPhoto> {
    use base64::Engine;
    let sealed = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(staged.trim())
        .ok()?;
    let plain = app
        .vault
        .open(&staged_context(account_id, traveler_id), &sealed)
        .ok()?;
    let until = i64::from_be_bytes(plain.get(..8)?.try_into().ok()?);
    let width = u32::from_be_bytes(plain.get(8..12)?.try_into().ok()?);
    let height = u32::from_be_bytes(plain.get(12..16)?.try_into().ok()?);
    (app.clock.timestamp() < until).then(|| NormalizedPhoto {
        jpeg: plain[16..].to_vec(),
        width,
        height,
    })
}

#[derive(serde::Deserialize)]
struct ConfirmForm {
    #[serde(default)]
    staged: String,
    #[serde(default)]
    confirm: String,
}

/// "Replace the photo and cancel the appointment": stores the staged photo.
async fn page_confirm(
    State(app): State<AppState>,
    Traveler(ref account): Traveler,
    ctx: Ctx,
    Path(id): Path<String>,
    crate::http::forms::CsrfForm(f): crate::http::forms::CsrfForm<ConfirmForm>,
) -> Result<Response> {
    if f.confirm != "yes" {
        return Ok(Redirect::to("/group").into_response());
    }
    let saved = async {
        crate::travelers::get(&app, account.id, &id).await?;
        let photo = unstage(&app, account.id, &id, &f.staged)
            .ok_or(Error::BadPhoto("photo-staged-expired"))?;
        save(&app, account.id, &id, &photo, None).await
    }
    .await;
    match saved {
        Ok(()) => Ok(Redirect::to("/group").into_response()),
        Err(e) => problem_page(&ctx, &id, e),
    }
}

#[derive(askama::Template)]
#[template(path = "photos/problem.html")]
struct ProblemPage<'a> {
    ctx: &'a Ctx,
    title: String,
    detail: String,
    back: String,
}

/// A photo that could not be stored: what went wrong and the way back to the member's card
/// on the group page (not the error page's "home"), where a new photo can be chosen.
fn problem_page(ctx: &Ctx, traveler_id: &str, e: Error) -> Result<Response> {
    let retry_after = match e {
        Error::BadPhoto(_) | Error::PayloadTooLarge => None,
        Error::TooManyRequests { retry_after_secs } => Some(retry_after_secs),
        other => return Err(other),
    };
    let code = e.code();
    let mut res = crate::pages::render(
        e.status(),
        &ProblemPage {
            ctx,
            title: ctx.t(&format!("error-{code}-title")),
            detail: ctx.t(&format!("error-{code}")),
            back: format!("/group#member-{traveler_id}"),
        },
    );
    if let Some(secs) = retry_after {
        res.headers_mut().insert(header::RETRY_AFTER, secs.into());
    }
    Ok(res)
}

const PHOTO_JS: &str = include_str!("../../static/photo.js");

/// The photo step's script (preview, scaling down before upload), for those who have
/// JavaScript; the URL carries a version.
async fn photo_script() -> Response {
    let mut res = PHOTO_JS.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/javascript; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    res
}
