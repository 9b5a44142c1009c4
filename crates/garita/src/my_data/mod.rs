//! "My data": after giving the password again (and the second factor's code, if enrolled) a
//! traveler may, for a few minutes, download everything Garita holds on the account — with who
//! viewed it, as role, port and time — and delete the account. Deleting voids the live
//! appointment (the same path as a change of the group), ends every session and removes every
//! row that holds the person's data; the audit trail keeps only opaque ids, so it still verifies.

pub mod api;
pub mod pages;

use std::net::IpAddr;

use base64::Engine as _;
use serde::Serialize;
use utoipa::ToSchema;

use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::notifications::SentView;
use crate::retention::REAUTH_MINUTES;
use crate::state::AppState;
use crate::storage::Engine;
use crate::travelers::Traveler;

#[derive(sqlx::FromRow)]
struct EmailRow {
    email_fingerprint: String,
    email_sealed: Vec<u8>,
    language: Option<String>,
    created_at: i64,
}

async fn email_row(app: &AppState, account_id: i64) -> Result<EmailRow, Error> {
    Ok(sqlx::query_as(
        "SELECT email_fingerprint, email_sealed, language, created_at FROM accounts WHERE id = $1",
    )
    .bind(account_id)
    .fetch_one(&app.db.read)
    .await?)
}

fn open_email(app: &AppState, account_id: i64, row: &EmailRow) -> Result<String, Error> {
    let plain = app
        .vault
        .open(
            &format!("account-email:{}", row.email_fingerprint),
            &row.email_sealed,
        )
        .map_err(|e| Error::Internal(anyhow::anyhow!("account {account_id}: e-mail: {e}")))?;
    String::from_utf8(plain)
        .map_err(|e| Error::Internal(anyhow::anyhow!("account {account_id}: e-mail: {e}")))
}

/// Checks the password (under the login throttles) and, when a second factor is enrolled, its
/// code; then opens "My data" for this session for `REAUTH_MINUTES`.
pub async fn reauthenticate(
    app: &AppState,
    account: &Account,
    password: &str,
    code: Option<&str>,
    ip: IpAddr,
) -> Result<(), Error> {
    let row = email_row(app, account.id).await?;
    let email = open_email(app, account.id, &row)?;
    let id = crate::accounts::check_password(app, &email, password, ip).await?;
    if id != account.id {
        return Err(Error::BadCredentials);
    }
    if crate::accounts::second_factor::status(app, account.id)
        .await?
        .enrolled
    {
        let code = code.map(str::trim).filter(|c| !c.is_empty());
        let Some(code) = code else {
            return Err(Error::SecondFactor("second-factor-code-wrong"));
        };
        crate::accounts::second_factor::check_code(app, account.id, code, ip).await?;
    }
    sqlx::query(
        "INSERT INTO reauthentications (session_hash, account_id, at) VALUES ($1, $2, $3)
         ON CONFLICT (session_hash) DO UPDATE SET at = excluded.at",
    )
    .bind(&account.session_hash)
    .bind(account.id)
    .bind(app.clock.timestamp())
    .execute(&app.db.write)
    .await?;
    Ok(())
}

/// Whether this session re-authenticated within the window.
pub async fn recently_reauthenticated(app: &AppState, account: &Account) -> Result<bool, Error> {
    let at: Option<i64> = sqlx::query_scalar(
        "SELECT at FROM reauthentications WHERE session_hash = $1 AND account_id = $2",
    )
    .bind(&account.session_hash)
    .bind(account.id)
    .fetch_optional(&app.db.read)
    .await?;
    Ok(at.is_some_and(|at| app.clock.timestamp() - at <= REAUTH_MINUTES * 60))
}

/// Refuses unless the session re-authenticated within the window.
pub async fn require_reauthentication(app: &AppState, account: &Account) -> Result<(), Error> {
    if recently_reauthenticated(app, account).await? {
        Ok(())
    } else {
        Err(Error::Conflict("reauthentication-required"))
    }
}

/// Everything Garita holds on an account.
#[derive(Debug, Serialize, ToSchema)]
pub struct Export {
    /// When this copy was made (seconds since the epoch).
    pub generated_at: i64,
    pub account: AccountData,
    pub members: Vec<MemberData>,
    #[schema(required = true)]
    pub request: Option<RequestData>,
    pub appointments: Vec<AppointmentData>,
    pub notifications: Vec<SentView>,
    /// Who viewed or changed this account's data: role, port and time, never a person.
    pub views: Vec<ViewData>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AccountData {
    pub id: i64,
    pub email: String,
    pub role: String,
    #[schema(required = true)]
    pub language: Option<String>,
    pub created_at: i64,
    pub second_factor_enrolled: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MemberData {
    #[serde(flatten)]
    pub member: Traveler,
    /// The live photo as a JPEG, base64 (in the file itself, so the copy is whole without a
    /// session; links would stop working when the session ends).
    #[schema(required = true)]
    pub photo_jpeg_base64: Option<String>,
}

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct RequestData {
    pub id: String,
    pub status: String,
    /// The ports asked for, in order of preference (as stored).
    pub ports: String,
    pub region_state: String,
    pub first_requested_on: String,
    pub submitted_at: i64,
    pub updated_at: i64,
    #[schema(required = true)]
    pub notice: Option<String>,
    /// The group's U.S. destination address, when the policy asked for one (sealed at rest).
    #[sqlx(skip)]
    #[schema(required = true)]
    pub us_address: Option<crate::appointments::UsAddressInput>,
}

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct AppointmentData {
    pub id: String,
    pub status: String,
    pub port_id: String,
    pub day: String,
    pub start_time: String,
    pub size: i64,
    #[schema(required = true)]
    pub port_status: Option<String>,
    pub created_at: i64,
    #[sqlx(skip)]
    pub passes: Vec<PassData>,
}

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct PassData {
    pub code: String,
    pub traveler_id: String,
    /// The officer's record of the check, if any (never the officer).
    #[schema(required = true)]
    pub identity: Option<String>,
    #[schema(required = true)]
    pub outcome: Option<String>,
    #[schema(required = true)]
    pub decided_at: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct ViewData {
    pub at: i64,
    /// traveler (you), officer, admin.
    pub role: String,
    /// The officer's port, if the viewer was an officer.
    #[schema(required = true)]
    pub port: Option<String>,
    pub action: String,
}

/// Gathers the export (unsealing what it must) and records that it was made.
pub async fn export(app: &AppState, account: &Account, ip: IpAddr) -> Result<Export, Error> {
    let row = email_row(app, account.id).await?;
    let email = open_email(app, account.id, &row)?;
    let mut members = Vec::new();
    for m in crate::travelers::list(app, account.id).await? {
        let photo = crate::photos::load(app, &m.id)
            .await?
            .map(|jpeg| base64::engine::general_purpose::STANDARD.encode(jpeg));
        members.push(MemberData {
            member: m,
            photo_jpeg_base64: photo,
        });
    }
    let mut request: Option<RequestData> = sqlx::query_as(
        "SELECT id, status, ports, region_state, first_requested_on, submitted_at, updated_at, notice
         FROM appointment_requests WHERE account_id = $1",
    )
    .bind(account.id)
    .fetch_optional(&app.db.read)
    .await?;
    if let Some(r) = request.as_mut() {
        r.us_address = crate::policies::destination_of(app, &r.id).await?.map(|a| {
            crate::appointments::UsAddressInput {
                state: a.state,
                zip: a.zip,
                street: a.street,
            }
        });
    }
    let mut appointments: Vec<AppointmentData> = sqlx::query_as(
        "SELECT id, status, port_id, day, start_time, size, port_status, created_at
         FROM appointments WHERE account_id = $1 ORDER BY created_at",
    )
    .bind(account.id)
    .fetch_all(&app.db.read)
    .await?;
    for a in &mut appointments {
        a.passes = sqlx::query_as(
            "SELECT p.code, p.traveler_id, c.identity, c.outcome, c.decided_at
             FROM passes p LEFT JOIN member_checks c ON c.code = p.code
             WHERE p.appointment_id = $1 ORDER BY p.created_at, p.code",
        )
        .bind(&a.id)
        .fetch_all(&app.db.read)
        .await?;
    }
    let mut subjects = vec![format!("account:{}", account.id)];
    subjects.extend(members.iter().map(|m| format!("traveler:{}", m.member.id)));
    for a in &appointments {
        subjects.push(format!("appointment:{}", a.id));
    }
    let views = views_of(app, &subjects).await?;
    let export = Export {
        generated_at: app.clock.timestamp(),
        account: AccountData {
            id: account.id,
            email,
            role: account.label().to_string(),
            language: row.language,
            created_at: row.created_at,
            second_factor_enrolled: crate::accounts::second_factor::status(app, account.id)
                .await?
                .enrolled,
        },
        members,
        request,
        appointments,
        notifications: crate::notifications::sent_to(app, account.id, 10_000).await?,
        views,
    };
    audit::record_view(
        app,
        Entry {
            actor: Some(account),
            action: "data-export",
            subject: format!("account:{}", account.id),
            detail: String::new(),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(export)
}

/// The audit entries about these subjects: role, the viewer's port (officers) and time.
async fn views_of(app: &AppState, subjects: &[String]) -> Result<Vec<ViewData>, Error> {
    let mut views = Vec::new();
    // A few subjects at a time keeps each query's parameter list short on both engines.
    for chunk in subjects.chunks(20) {
        let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        // An officer's port: where they hold an officer grant (the first, by place id).
        let sql = format!(
            "SELECT l.at, l.actor_role AS role, l.action,
                    (SELECT MIN(g.location_id) FROM grants g
                     WHERE g.account_id = l.actor_id AND g.role = ${}) AS port
             FROM audit_log l
             WHERE l.subject IN ({}) ORDER BY l.seq",
            chunk.len() + 1,
            marks.join(", ")
        );
        let mut q = sqlx::query_as::<_, ViewData>(sqlx::AssertSqlSafe(sql));
        for s in chunk {
            q = q.bind(s);
        }
        q = q.bind(garita_domain::roles::Role::Officer.as_str());
        views.extend(q.fetch_all(&app.db.read).await?);
    }
    views.sort_by_key(|v| v.at);
    Ok(views)
}

/// What deleting would remove, for the confirmation page.
#[derive(Debug, Serialize, ToSchema)]
pub struct Loss {
    pub members: i64,
    pub live_appointment: bool,
    pub open_request: bool,
}

pub async fn loss(app: &AppState, account_id: i64) -> Result<Loss, Error> {
    let members: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM travelers WHERE account_id = $1")
        .bind(account_id)
        .fetch_one(&app.db.read)
        .await?;
    let [offered, confirmed] = garita_domain::status::AppointmentStatus::LIVE;
    let live: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM appointments WHERE account_id = $1 AND status IN ($2, $3)",
    )
    .bind(account_id)
    .bind(offered.as_str())
    .bind(confirmed.as_str())
    .fetch_one(&app.db.read)
    .await?;
    let open: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM appointment_requests WHERE account_id = $1 AND status <> $2",
    )
    .bind(account_id)
    .bind(garita_domain::status::RequestStatus::Closed.as_str())
    .fetch_one(&app.db.read)
    .await?;
    Ok(Loss {
        members,
        live_appointment: live > 0,
        open_request: open > 0,
    })
}

/// Deletes the account in one transaction: the live appointment is voided (its places go
/// back), then the account row goes and with it, by the schema's cascades, its sessions,
/// members, photos, request, appointments, passes, check records, notifications, channels,
/// SMS number and second factor. The audit entry names only the account's number.
pub async fn delete(app: &AppState, account: &Account, ip: IpAddr) -> Result<(), Error> {
    let now = app.clock.timestamp();
    let before = loss(app, account.id).await?;
    let mut tx = app.db.begin().await?;
    if app.db.engine == Engine::Sqlite {
        // Deleted cells are overwritten with zeros, not left in free pages of the file.
        sqlx::query("PRAGMA secure_delete = ON")
            .execute(&mut *tx)
            .await?;
    }
    let voided = crate::appointments::offers::void_live(&mut tx, account.id, now).await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "account-delete",
            subject: format!("account:{}", account.id),
            detail: format!(
                "members={} appointment-voided={voided} request-ended={}",
                before.members, before.open_request
            ),
            ip,
            at: now,
        },
    )
    .await?;
    let gone = sqlx::query("DELETE FROM accounts WHERE id = $1")
        .bind(account.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if gone != 1 {
        return Err(Error::NotFound);
    }
    tx.commit().await?;
    app.session_cache.evict_account(account.id);
    Ok(())
}
