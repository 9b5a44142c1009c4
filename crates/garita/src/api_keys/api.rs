//! API keys over the API: a manager lists, creates and revokes the organisation's keys; and
//! `whoami`, the first endpoint a key may call (`organisation:read`), which proves the path
//! end to end. Later functions add theirs, each asking `OrganisationCaller::require`.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use garita_domain::api_keys::{KeyState, Permission};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::KeyRow;
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::{ApiJson, ApiPath};
use crate::http::roles::{OrganisationActor, OrganisationCaller, OrganisationManager};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(revoke))
        .routes(routes!(whoami))
}

/// A key as its managers see it: never the key itself, which is shown once at creation.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = ApiKey)]
pub struct KeyView {
    pub id: String,
    pub name: String,
    /// The key's public beginning (e.g. `gk_live_ab12cd34`), to tell keys apart.
    pub prefix: String,
    /// e.g. `organisation:read`.
    pub permissions: Vec<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub expires_at: chrono::DateTime<chrono::Utc>,
    #[schema(required = true)]
    pub last_used_at: Option<chrono::DateTime<chrono::Utc>>,
    #[schema(required = true)]
    pub revoked_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `active`, `expired` or `revoked`.
    pub state: String,
}

impl KeyView {
    pub fn of(row: &KeyRow, now: i64) -> Result<KeyView> {
        Ok(KeyView {
            id: row.id.clone(),
            name: row.name.clone(),
            prefix: row.prefix.clone(),
            permissions: row
                .permissions()?
                .iter()
                .map(|p| p.as_str().to_string())
                .collect(),
            created_at: super::time(row.created_at)?,
            expires_at: super::time(row.expires_at)?,
            last_used_at: row.last_used_at.map(super::time).transpose()?,
            revoked_at: row.revoked_at.map(super::time).transpose()?,
            state: state_text(row.state(now)).to_string(),
        })
    }
}

pub fn state_text(s: KeyState) -> &'static str {
    match s {
        KeyState::Active => "active",
        KeyState::Expired => "expired",
        KeyState::Revoked => "revoked",
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiKeys {
    pub api_keys: Vec<KeyView>,
}

/// The organisation's keys, newest first (managers).
#[utoipa::path(get, path = "/api/v1/organisation/api-keys", tag = "organisations",
    security(("bearer" = [])),
    responses((status = 200, body = ApiKeys),
              (status = 403, description = "Not a manager of an approved organisation (organisation-not-approved when it is not approved), or an API key (api-key-permission)")))]
pub async fn list(
    State(app): State<AppState>,
    manager: OrganisationManager,
) -> Result<Json<ApiKeys>> {
    let now = app.clock.timestamp();
    let rows = super::list(&app, manager.organisation_id).await?;
    Ok(Json(ApiKeys {
        api_keys: rows
            .iter()
            .map(|r| KeyView::of(r, now))
            .collect::<Result<_>>()?,
    }))
}

/// A key to create.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewApiKey {
    /// What the organisation calls it (1–80 characters).
    pub name: String,
    /// At least one; each must be allowed for the organisation's kind.
    pub permissions: Vec<String>,
    /// Days it works (1–365; 90 when absent).
    #[serde(
        default,
        deserialize_with = "crate::http::forms::optional_whole_number"
    )]
    #[schema(required = false, value_type = Option<i64>)]
    pub expires_in_days: Option<i64>,
}

/// A key just made: `key` is shown this once and never again (only its hash is kept).
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedApiKey {
    /// The whole key, for `Authorization: Bearer`. Store it now: it cannot be shown again.
    pub key: String,
    pub api_key: KeyView,
}

/// Creates a key for the organisation (managers). The key is in this answer only.
#[utoipa::path(post, path = "/api/v1/organisation/api-keys", tag = "organisations",
    security(("bearer" = [])), request_body = NewApiKey,
    responses((status = 201, body = CreatedApiKey),
              (status = 403, description = "Not a manager of an approved organisation, or an API key (api-key-permission)"),
              (status = 422, description = "name, permissions (unknown or not allowed for the organisation's kind) or expires_in_days out of range")))]
pub async fn create(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
    ApiJson(body): ApiJson<NewApiKey>,
) -> Result<(StatusCode, Json<CreatedApiKey>)> {
    let (issued, row) = super::create(
        &app,
        &manager,
        ctx.client_ip,
        super::NewKey {
            name: &body.name,
            permissions: body.permissions.iter().map(String::as_str).collect(),
            expires_in_days: body.expires_in_days,
        },
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedApiKey {
            key: issued.key,
            api_key: KeyView::of(&row, app.clock.timestamp())?,
        }),
    ))
}

/// Revokes a key of the organisation (managers): it fails from its next request on. Another
/// organisation's key is not found.
#[utoipa::path(delete, path = "/api/v1/organisation/api-keys/{id}", tag = "organisations",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The key's id")),
    responses((status = 204),
              (status = 403, description = "Not a manager of an approved organisation, or an API key (api-key-permission)"),
              (status = 404, description = "No such key in this organisation")))]
pub async fn revoke(
    State(app): State<AppState>,
    manager: OrganisationManager,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode> {
    super::revoke(&app, &manager, ctx.client_ip, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationView {
    pub id: i64,
    pub name: String,
    /// e.g. `customs_broker`.
    pub kind: String,
}

/// Who is calling: an API key (its prefix and permissions) or one of the staff (the account).
#[derive(Debug, Serialize, ToSchema)]
pub struct CallerView {
    /// `api_key` or `account`.
    pub kind: String,
    #[schema(required = true)]
    pub key_prefix: Option<String>,
    #[schema(required = true)]
    pub account_id: Option<i64>,
    /// What the caller may do.
    pub permissions: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WhoAmI {
    pub organisation: OrganisationView,
    pub caller: CallerView,
}

#[derive(sqlx::FromRow)]
struct OrganisationRow {
    id: i64,
    legal_name: String,
    kind: String,
}

/// The organisation and the caller (an API key with `organisation:read`, or its staff).
#[utoipa::path(get, path = "/api/v1/organisation/whoami", tag = "organisations",
    security(("bearer" = [])),
    responses((status = 200, body = WhoAmI),
              (status = 401, description = "No valid token; api-key-revoked or api-key-expired for a key that no longer works"),
              (status = 403, description = "api-key-permission (the key lacks organisation:read) or organisation-not-approved"),
              (status = 429, description = "The key's allowance for this minute is spent; see Retry-After")))]
pub async fn whoami(
    State(app): State<AppState>,
    caller: OrganisationCaller,
) -> Result<Json<WhoAmI>> {
    caller.require(Permission::OrganisationRead)?;
    let org: OrganisationRow =
        sqlx::query_as("SELECT id, legal_name, kind FROM organisations WHERE id = $1")
            .bind(caller.organisation_id)
            .fetch_optional(&app.db.read)
            .await?
            .ok_or(Error::NotFound)?;
    let held: Vec<String> = Permission::ALL
        .iter()
        .filter(|p| caller.require(**p).is_ok())
        .map(|p| p.as_str().to_string())
        .collect();
    let who = match &caller.actor {
        OrganisationActor::Key(k) => CallerView {
            kind: "api_key".into(),
            key_prefix: Some(k.prefix.clone()),
            account_id: None,
            permissions: held,
        },
        OrganisationActor::Staff(a) => CallerView {
            kind: "account".into(),
            key_prefix: None,
            account_id: Some(a.id),
            permissions: held,
        },
    };
    Ok(Json(WhoAmI {
        organisation: OrganisationView {
            id: org.id,
            name: org.legal_name,
            kind: org.kind,
        },
        caller: who,
    }))
}
