//! A traveler's group: the account holder and up to ten accompanying members. Each record is
//! sealed at rest; every query is scoped to the owning account, so another account's member
//! is simply not found.

pub mod api;
pub mod countries;
pub mod pages;

use garita_domain::travelers::{Member, MemberInput, MAX_GROUP_SIZE};
use serde::Serialize;
use sha2::Digest;
use utoipa::ToSchema;

use crate::http::errors::Error;
use crate::idempotency::{self, Claim};
use crate::state::AppState;
use crate::storage::vault::random_id;

/// A member as shown to its owner.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Traveler {
    pub id: String,
    /// The account holder themself.
    pub is_holder: bool,
    pub full_name: String,
    #[schema(value_type = String, format = Date)]
    pub date_of_birth: chrono::NaiveDate,
    /// ISO 3166-1 alpha-2.
    pub citizenship: String,
    /// BCP 47 language tag.
    pub language: String,
    #[schema(required = true)]
    pub document_type: Option<String>,
    #[schema(required = true)]
    pub document_number: Option<String>,
    #[schema(required = true)]
    pub contact: Option<String>,
    pub updated_at: i64,
}

impl Traveler {
    fn from_member(id: String, is_holder: bool, m: Member, updated_at: i64) -> Traveler {
        Traveler {
            id,
            is_holder,
            full_name: m.full_name,
            date_of_birth: m.date_of_birth,
            citizenship: m.citizenship,
            language: m.language,
            document_type: m.document.as_ref().map(|d| d.0.as_str().to_string()),
            document_number: m.document.map(|d| d.1),
            contact: m.contact.map(|c| c.display().to_string()),
            updated_at,
        }
    }

    pub fn to_input(&self) -> MemberInput {
        MemberInput {
            full_name: self.full_name.clone(),
            date_of_birth: self.date_of_birth.to_string(),
            citizenship: self.citizenship.clone(),
            language: self.language.clone(),
            document_type: self.document_type.clone().unwrap_or_default(),
            document_number: self.document_number.clone().unwrap_or_default(),
            contact: self.contact.clone().unwrap_or_default(),
        }
    }
}

/// The latest date anywhere on Earth (UTC+14): a birth date after it is in the future
/// everywhere; one equal to it is today somewhere.
pub fn today(app: &AppState) -> chrono::NaiveDate {
    garita_domain::travelers::latest_date_on_earth(app.clock.now())
}

/// A member as stored: sealed, with what is not personal beside it.
#[derive(sqlx::FromRow)]
struct TravelerRow {
    id: String,
    is_holder: i64,
    sealed: Vec<u8>,
    updated_at: i64,
}

fn open(app: &AppState, row: TravelerRow) -> Result<Traveler, Error> {
    let TravelerRow {
        id,
        is_holder,
        sealed,
        updated_at,
    } = row;
    let plain = app
        .vault
        .open(&format!("traveler:{id}"), &sealed)
        .map_err(|e| Error::Internal(anyhow::anyhow!("traveler {id}: {e}")))?;
    let member: Member = serde_json::from_slice(&plain)
        .map_err(|e| Error::Internal(anyhow::anyhow!("traveler {id}: unreadable record: {e}")))?;
    Ok(Traveler::from_member(
        id,
        is_holder == 1,
        member,
        updated_at,
    ))
}

fn seal(app: &AppState, id: &str, member: &Member) -> Result<Vec<u8>, Error> {
    let json = serde_json::to_vec(member)?;
    Ok(app.vault.seal(&format!("traveler:{id}"), &json))
}

pub async fn list(app: &AppState, account_id: i64) -> Result<Vec<Traveler>, Error> {
    let rows: Vec<TravelerRow> = sqlx::query_as(
        "SELECT id, is_holder, sealed, updated_at FROM travelers WHERE account_id = $1 ORDER BY is_holder DESC, created_at, id",
    )
    .bind(account_id)
    .fetch_all(&app.db.read)
    .await?;
    rows.into_iter().map(|r| open(app, r)).collect()
}

pub async fn get(app: &AppState, account_id: i64, id: &str) -> Result<Traveler, Error> {
    let row: Option<TravelerRow> = sqlx::query_as(
        "SELECT id, is_holder, sealed, updated_at FROM travelers WHERE id = $1 AND account_id = $2",
    )
    .bind(id)
    .bind(account_id)
    .fetch_optional(&app.db.read)
    .await?;
    open(app, row.ok_or(Error::NotFound)?)
}

/// Adds a member in one transaction: the group's size is taken by a conditional update so two
/// simultaneous additions cannot pass the limit. The first member of a group is its holder.
/// With an idempotency key, a retried submission returns the member it already created.
pub async fn add(
    app: &AppState,
    account_id: i64,
    input: &MemberInput,
    idempotency_key: Option<&str>,
    also: Option<&dyn crate::audit::Also>,
) -> Result<Traveler, Error> {
    let member = input.parse(today(app))?;
    let mut tx = app.db.begin().await?;
    if let Some(key) = idempotency_key {
        let request_hash = hex::encode(sha2::Sha256::digest(serde_json::to_vec(input)?));
        if let Claim::Replay(_, id) = idempotency::claim(
            &mut tx,
            account_id,
            key,
            &request_hash,
            app.clock.timestamp(),
        )
        .await?
        {
            drop(tx);
            return get(app, account_id, &id).await;
        }
    }
    let taken = sqlx::query(
        "UPDATE accounts SET member_count = member_count + 1 WHERE id = $1 AND member_count < $2",
    )
    .bind(account_id)
    .bind(MAX_GROUP_SIZE as i64)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if taken != 1 {
        return Err(Error::Conflict("group-full"));
    }
    let id = random_id();
    let t = app.clock.timestamp();
    let (is_holder,): (i64,) = sqlx::query_as(
        "INSERT INTO travelers (id, account_id, is_holder, sealed, created_at, updated_at)
         VALUES ($1, $2, CASE WHEN EXISTS (SELECT 1 FROM travelers WHERE account_id = $2 AND is_holder = 1) THEN 0 ELSE 1 END, $3, $4, $4)
         RETURNING is_holder",
    )
    .bind(&id)
    .bind(account_id)
    .bind(seal(app, &id, &member)?)
    .bind(t)
    .fetch_one(&mut *tx)
    .await?;
    if let Some(key) = idempotency_key {
        idempotency::record(&mut tx, account_id, key, 201, &id).await?;
    }
    crate::lookups::index_member(&mut tx, &app.vault, &id, &member, t).await?;
    crate::appointments::void_live(&mut tx, account_id, t).await?;
    crate::audit::also(app, &mut tx, also).await?;
    tx.commit().await?;
    app.hot.status.evict(account_id);
    Ok(Traveler::from_member(id, is_holder == 1, member, t))
}

pub async fn update(
    app: &AppState,
    account_id: i64,
    id: &str,
    input: &MemberInput,
) -> Result<Traveler, Error> {
    let member = input.parse(today(app))?;
    // Saving the same details is not a change (and must not void an appointment).
    let current = get(app, account_id, id).await?;
    if current.to_input().parse(today(app)).ok().as_ref() == Some(&member) {
        return Ok(current);
    }
    let t = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let row: Option<(i64,)> = sqlx::query_as(
        "UPDATE travelers SET sealed = $1, updated_at = $2 WHERE id = $3 AND account_id = $4 RETURNING is_holder",
    )
    .bind(seal(app, id, &member)?)
    .bind(t)
    .bind(id)
    .bind(account_id)
    .fetch_optional(&mut *tx)
    .await?;
    let (is_holder,) = row.ok_or(Error::NotFound)?;
    crate::lookups::index_member(&mut tx, &app.vault, id, &member, t).await?;
    crate::appointments::void_live(&mut tx, account_id, t).await?;
    tx.commit().await?;
    app.hot.status.evict(account_id);
    Ok(Traveler::from_member(
        id.to_string(),
        is_holder == 1,
        member,
        t,
    ))
}

pub async fn remove(
    app: &AppState,
    account_id: i64,
    id: &str,
    also: Option<&dyn crate::audit::Also>,
) -> Result<(), Error> {
    let mut tx = app.db.begin().await?;
    let deleted = sqlx::query("DELETE FROM travelers WHERE id = $1 AND account_id = $2")
        .bind(id)
        .bind(account_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if deleted != 1 {
        return Err(Error::NotFound);
    }
    sqlx::query("UPDATE accounts SET member_count = member_count - 1 WHERE id = $1")
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    crate::appointments::void_live(&mut tx, account_id, app.clock.timestamp()).await?;
    crate::audit::also(app, &mut tx, also).await?;
    tx.commit().await?;
    app.hot.status.evict(account_id);
    Ok(())
}
