//! Organisations acting on the platform (partner agencies, brokers, carriers, bus lines,
//! airlines, shelters, government agencies): registration (pending until an administrator
//! approves), administrators' decisions, and the organisation's own people — its managers
//! invite members (`invitations`), change their role and remove them (their access ends at
//! once). Also the administrators' CBP staff: invited with a role on a place or programme,
//! listed with their grants, a grant taken away. Pages in `pages`, the JSON API in `api`.

pub mod api;
pub mod demo;
pub mod invitations;
pub mod pages;

use garita_domain::accounts::{Email, Password};
use garita_domain::organisations::{
    Decision, NewOrganisation, OrganisationInput, OrganisationKind,
};
use garita_domain::roles::{AccountKind, Grant, Role, Scope};
use garita_domain::status::OrganisationStatus;
use garita_domain::validation::{Collector, FieldError, Invalid};
use serde::Serialize;
use utoipa::ToSchema;

use crate::accounts::passwords;
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::notifications::{self, AccountEvent, Channel, Kind, Secrets};
use crate::state::AppState;
use crate::storage::Tx;

/// An administrator's decision that does not apply to the organisation as it stands.
pub const DECISION_NOT_APPLICABLE: &str = "organisation-decision-not-applicable";
/// Approval of an organisation none of whose managers has verified their address.
pub const MANAGER_NOT_VERIFIED: &str = "organisation-manager-not-verified";
/// Removing or demoting the last manager of an organisation.
pub const LAST_MANAGER: &str = "organisation-last-manager";
/// Taking away the last administrator grant of the platform.
pub const LAST_ADMIN: &str = "last-admin";

/// An organisation as pages and the API show it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Organisation {
    pub id: i64,
    pub legal_name: String,
    /// partner_agency, customs_broker, carrier, bus_line, airline, aid_organisation,
    /// government_agency.
    #[schema(value_type = String)]
    pub kind: OrganisationKind,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Filer code, IATA designator, SCAC or `USDOT n`, or free text for other kinds.
    #[schema(required = true)]
    pub identifier: Option<String>,
    /// pending, approved, suspended, rejected.
    #[schema(value_type = String)]
    #[serde(serialize_with = "as_text")]
    pub status: OrganisationStatus,
    /// Seconds since the epoch.
    pub created_at: i64,
    #[schema(required = true)]
    pub decided_at: Option<i64>,
}

fn as_text<S: serde::Serializer>(s: &OrganisationStatus, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_str(s.as_str())
}

#[derive(sqlx::FromRow)]
struct OrganisationRow {
    id: i64,
    legal_name: String,
    kind: String,
    country: String,
    identifier: Option<String>,
    status: String,
    created_at: i64,
    decided_at: Option<i64>,
}

impl TryFrom<OrganisationRow> for Organisation {
    type Error = Error;
    fn try_from(r: OrganisationRow) -> Result<Organisation, Error> {
        let bad = |what: &str| {
            Error::Internal(anyhow::anyhow!("organisation {}: unreadable {what}", r.id))
        };
        Ok(Organisation {
            kind: OrganisationKind::parse(&r.kind).ok_or_else(|| bad("kind"))?,
            status: OrganisationStatus::parse(&r.status).ok_or_else(|| bad("status"))?,
            id: r.id,
            legal_name: r.legal_name,
            country: r.country,
            identifier: r.identifier,
            created_at: r.created_at,
            decided_at: r.decided_at,
        })
    }
}

const COLUMNS: &str = "id, legal_name, kind, country, identifier, status, created_at, decided_at";

/// The organisation `id`, if it exists.
pub async fn find(app: &AppState, id: i64) -> Result<Option<Organisation>, Error> {
    let row: Option<OrganisationRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM organisations WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(&app.db.read)
    .await?;
    row.map(Organisation::try_from).transpose()
}

/// Every organisation, or those of one status; oldest first (the queue to decide).
pub async fn list(
    app: &AppState,
    status: Option<OrganisationStatus>,
) -> Result<Vec<Organisation>, Error> {
    let rows: Vec<OrganisationRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM organisations WHERE ($1 IS NULL OR status = $1) ORDER BY created_at, id"
    )))
    .bind(status.map(|s| s.as_str()))
    .fetch_all(&app.db.read)
    .await?;
    rows.into_iter().map(Organisation::try_from).collect()
}

async fn insert(
    tx: &mut Tx,
    app: &AppState,
    o: &NewOrganisation,
    status: OrganisationStatus,
    created_by: Option<i64>,
) -> Result<i64, Error> {
    let now = app.clock.timestamp();
    let decided = (status != OrganisationStatus::Pending).then_some(now);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO organisations (legal_name, kind, country, identifier, status, created_by, created_at, decided_by, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(&o.legal_name)
    .bind(o.kind.as_str())
    .bind(&o.country)
    .bind(&o.identifier)
    .bind(status.as_str())
    .bind(created_by)
    .bind(now)
    .bind(decided.and(created_by))
    .bind(decided)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// A staff account made in this very transaction, as the audit trail records who acted.
pub(crate) fn newcomer(id: i64) -> Account {
    Account {
        id,
        kind: AccountKind::Staff,
        grants: Vec::new().into(),
        waiting: Vec::new().into(),
        port_id: None,
        language: None,
        session_hash: String::new(),
    }
}

/// Appends an audit entry in `tx`, at the clock's time.
pub(crate) async fn record(
    tx: &mut Tx,
    app: &AppState,
    actor: Option<&Account>,
    action: &str,
    subject: String,
    detail: String,
    ip: std::net::IpAddr,
) -> Result<(), Error> {
    audit::record(
        tx,
        Entry {
            actor,
            action,
            subject,
            detail,
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await
}

/// What a newcomer typed to register an organisation and its first manager.
#[derive(Debug, Default, serde::Deserialize, ToSchema)]
pub struct OrganisationRegistration {
    #[serde(default)]
    #[schema(required = true, max_length = 200)]
    pub legal_name: String,
    /// partner_agency, customs_broker, carrier, bus_line, airline, aid_organisation,
    /// government_agency.
    #[serde(default)]
    #[schema(required = true)]
    pub kind: String,
    /// ISO 3166-1 alpha-2.
    #[serde(default)]
    #[schema(required = true)]
    pub country: String,
    /// Required for customs brokers (CBP filer code), airlines (IATA designator), carriers
    /// and bus lines (SCAC or U.S. DOT number); optional otherwise.
    #[serde(default)]
    pub identifier: String,
    /// The registrant's address: their staff account, manager of the organisation.
    #[serde(default)]
    #[schema(required = true, format = Email, max_length = 254)]
    pub email: String,
    #[serde(default)]
    #[schema(required = true, min_length = 15, max_length = 128)]
    pub password: String,
    /// Language of the pages and e-mails (a supported locale code); defaults to the page's.
    #[serde(default)]
    pub language: Option<String>,
}

/// Registers an organisation (pending) and its registrant as its manager, a new staff account
/// that verifies its address by the link it is sent. The answer and the work are the same
/// whether or not the address already has an account: one hash and one e-mail either way (an
/// existing account is told someone tried to register with its address; nothing is created).
pub async fn register(
    app: &AppState,
    form: &OrganisationRegistration,
    ip: std::net::IpAddr,
    language: &str,
) -> Result<(), Error> {
    let mut fields: Vec<FieldError> = Vec::new();
    let organisation = match garita_domain::organisations::parse(&OrganisationInput {
        legal_name: form.legal_name.clone(),
        kind: form.kind.clone(),
        country: form.country.clone(),
        identifier: form.identifier.clone(),
    }) {
        Ok(o) => Some(o),
        Err(Invalid(f)) => {
            fields.extend(f);
            None
        }
    };
    let mut c = Collector::default();
    let email = c.check("email", Email::parse(&form.email));
    let password = c.check(
        "password",
        Password::parse(&form.password, |p| app.common_passwords.contains(p)),
    );
    if let Err(Invalid(f)) = c.finish() {
        fields.extend(f);
    }
    let (Some(organisation), Some(email), Some(password)) = (organisation, email, password) else {
        return Err(Error::Invalid(Invalid(fields)));
    };
    let language = form
        .language
        .as_deref()
        .and_then(|l| app.catalogs.find(l))
        .map(|i| app.catalogs.locales()[i].code)
        .unwrap_or(language);
    // As a traveler's registration: the allowance first, then a place at the gate.
    let ip_key = format!("ip:{ip}");
    app.registration_throttle
        .try_take(&ip_key)
        .map_err(|retry_after_secs| Error::TooManyRequests { retry_after_secs })?;
    let permit = match app
        .hash_gate
        .admit(&[(&ip_key, app.settings.hashing.per_address)])
        .await
    {
        Ok(permit) => permit,
        Err(busy) => {
            app.registration_throttle.give_back(&ip_key);
            return Err(busy);
        }
    };
    let hash = passwords::hash_admitted(permit, &password).await?;
    let now = app.clock.timestamp();
    let attempted = |id: i64| async move {
        let mut tx = app.db.begin().await?;
        let event = AccountEvent::RegistrationAttempted;
        notifications::enqueue_account_event(&mut tx, &app.vault, id, event, now).await?;
        tx.commit().await?;
        Ok::<(), Error>(())
    };
    if let Some(id) = invitations::account_with(app, &email).await? {
        return attempted(id).await;
    }
    let mut tx = app.db.begin().await?;
    let kind = AccountKind::Staff;
    let account_id = match crate::accounts::insert_account(
        &mut tx,
        app,
        &email,
        hash,
        kind,
        Some(language),
        None,
    )
    .await
    {
        Ok(id) => id,
        // Registered meanwhile by a request that arrived together with this one.
        Err(Error::Conflict(_)) => {
            drop(tx);
            return match invitations::account_with(app, &email).await? {
                Some(id) => attempted(id).await,
                None => Err(Error::Internal(anyhow::anyhow!("account vanished"))),
            };
        }
        Err(e) => return Err(e),
    };
    let id = insert(
        &mut tx,
        app,
        &organisation,
        OrganisationStatus::Pending,
        Some(account_id),
    )
    .await?;
    let grant = Grant {
        role: Role::OrganisationManager,
        scope: Scope::Organisation(id),
    };
    crate::grants::give(&mut tx, app, account_id, &grant, None).await?;
    let detail = format!("{} {}", organisation.kind.as_str(), organisation.country);
    record(
        &mut tx,
        app,
        Some(&newcomer(account_id)),
        "organisation.registered",
        format!("organisation:{id}"),
        detail,
        ip,
    )
    .await?;
    tx.commit().await?;
    // The link that verifies the address, as a traveler's registration sends it.
    crate::accounts::recovery::resend_verification(app, account_id).await
}

/// An organisation an administrator creates: approved at once, its first manager invited.
/// Returns its id.
pub async fn create(
    app: &AppState,
    admin: &Account,
    organisation: &NewOrganisation,
    manager: &Email,
    ip: std::net::IpAddr,
) -> Result<i64, Error> {
    let mut tx = app.db.begin().await?;
    let id = insert(
        &mut tx,
        app,
        organisation,
        OrganisationStatus::Approved,
        Some(admin.id),
    )
    .await?;
    let grant = Grant {
        role: Role::OrganisationManager,
        scope: Scope::Organisation(id),
    };
    invitations::invite(&mut tx, app, admin, &grant, manager, ip).await?;
    let detail = format!("{} {}", organisation.kind.as_str(), organisation.country);
    let subject = format!("organisation:{id}");
    record(
        &mut tx,
        app,
        Some(admin),
        "organisation.created",
        subject,
        detail,
        ip,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct HolderRow {
    account_id: i64,
    role: String,
    email_verified_at: Option<i64>,
}

/// Everyone holding a grant on the organisation, managers first, in `tx`.
async fn holders(tx: &mut Tx, organisation_id: i64) -> Result<Vec<HolderRow>, Error> {
    Ok(sqlx::query_as(
        "SELECT g.account_id, g.role, a.email_verified_at FROM grants g JOIN accounts a ON a.id = g.account_id
         WHERE g.organisation_id = $1 ORDER BY g.role, g.id",
    )
    .bind(organisation_id)
    .fetch_all(&mut **tx)
    .await?)
}

/// Serializes changes to one organisation's people: a conditional write on its row, which
/// PostgreSQL locks until the transaction ends (SQLite has one writer anyway). Returns its
/// status, or `NotFound`.
async fn lock(tx: &mut Tx, organisation_id: i64) -> Result<OrganisationStatus, Error> {
    let status: Option<String> =
        sqlx::query_scalar("UPDATE organisations SET id = id WHERE id = $1 RETURNING status")
            .bind(organisation_id)
            .fetch_optional(&mut **tx)
            .await?;
    let status = status.ok_or(Error::NotFound)?;
    OrganisationStatus::parse(&status).ok_or_else(|| {
        Error::Internal(anyhow::anyhow!(
            "organisation {organisation_id}: unreadable status"
        ))
    })
}

/// An administrator approves, rejects or suspends an organisation. Its managers are told by
/// e-mail (in their language); its people's cached sessions are evicted, so the decision
/// holds from their next request.
pub async fn decide(
    app: &AppState,
    admin: &Account,
    organisation_id: i64,
    decision: Decision,
    ip: std::net::IpAddr,
) -> Result<Organisation, Error> {
    let mut tx = app.db.begin().await?;
    let current = lock(&mut tx, organisation_id).await?;
    let next = decision
        .apply(current)
        .ok_or(Error::Conflict(DECISION_NOT_APPLICABLE))?;
    let people = holders(&mut tx, organisation_id).await?;
    let managers: Vec<&HolderRow> = people
        .iter()
        .filter(|h| h.role == Role::OrganisationManager.as_str())
        .collect();
    if next == OrganisationStatus::Approved
        && !managers.iter().any(|m| m.email_verified_at.is_some())
    {
        // A manager invited by an administrator verifies by accepting: none yet is fine.
        let invited: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM invitations WHERE organisation_id = $1 AND revoked_at IS NULL",
        )
        .bind(organisation_id)
        .fetch_one(&mut *tx)
        .await?;
        if !managers.is_empty() || invited == 0 {
            return Err(Error::Conflict(MANAGER_NOT_VERIFIED));
        }
    }
    let now = app.clock.timestamp();
    sqlx::query(
        "UPDATE organisations SET status = $1, decided_by = $2, decided_at = $3 WHERE id = $4",
    )
    .bind(next.as_str())
    .bind(admin.id)
    .bind(now)
    .bind(organisation_id)
    .execute(&mut *tx)
    .await?;
    let name: String = sqlx::query_scalar("SELECT legal_name FROM organisations WHERE id = $1")
        .bind(organisation_id)
        .fetch_one(&mut *tx)
        .await?;
    let kind = match next {
        OrganisationStatus::Approved => Kind::OrganisationApproved,
        OrganisationStatus::Rejected => Kind::OrganisationRejected,
        _ => Kind::OrganisationSuspended,
    };
    for m in &managers {
        let secrets = Secrets {
            organisation: Some(name.clone()),
            ..Secrets::default()
        };
        notifications::enqueue_with_secrets(
            &mut tx,
            &app.vault,
            m.account_id,
            kind,
            Channel::Email,
            Some(secrets),
            now,
        )
        .await?;
    }
    record(
        &mut tx,
        app,
        Some(admin),
        "organisation.decided",
        format!("organisation:{organisation_id}"),
        format!("{} -> {}", current.as_str(), next.as_str()),
        ip,
    )
    .await?;
    tx.commit().await?;
    for h in &people {
        crate::grants::forget_cached(app, h.account_id);
    }
    find(app, organisation_id).await?.ok_or(Error::NotFound)
}

/// One of the organisation's people.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Person {
    pub account_id: i64,
    pub email: String,
    /// organisation_manager or organisation_member.
    #[schema(value_type = String)]
    pub role: Role,
    /// Seconds since the epoch.
    pub granted_at: i64,
}

#[derive(sqlx::FromRow)]
struct MemberRow {
    account_id: i64,
    role: String,
    granted_at: i64,
    email_fingerprint: String,
    email_sealed: Vec<u8>,
}

/// The address of an account, opened from the vault.
pub(crate) fn open_email(
    app: &AppState,
    fingerprint: &str,
    sealed: &[u8],
) -> Result<String, Error> {
    let plain = app
        .vault
        .open(&format!("account-email:{fingerprint}"), sealed)?;
    Ok(String::from_utf8(plain)?)
}

/// The organisation's people, managers first. Their addresses are opened, so the reading is
/// audited (who looked, which organisation, how many).
pub async fn members(
    app: &AppState,
    reader: &Account,
    organisation_id: i64,
    ip: std::net::IpAddr,
) -> Result<Vec<Person>, Error> {
    let rows: Vec<MemberRow> = sqlx::query_as(
        "SELECT g.account_id, g.role, g.granted_at, a.email_fingerprint, a.email_sealed
         FROM grants g JOIN accounts a ON a.id = g.account_id
         WHERE g.organisation_id = $1 ORDER BY g.role, g.id",
    )
    .bind(organisation_id)
    .fetch_all(&app.db.read)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        out.push(Person {
            email: open_email(app, &r.email_fingerprint, &r.email_sealed)?,
            role: Role::parse(&r.role).ok_or_else(|| {
                Error::Internal(anyhow::anyhow!("grant of {}: unknown role", r.account_id))
            })?,
            account_id: r.account_id,
            granted_at: r.granted_at,
        });
    }
    let mut tx = app.db.begin().await?;
    record(
        &mut tx,
        app,
        Some(reader),
        "organisation.members-viewed",
        format!("organisation:{organisation_id}"),
        format!("{} people", out.len()),
        ip,
    )
    .await?;
    tx.commit().await?;
    Ok(out)
}

fn within(role: Role, organisation_id: i64) -> Grant {
    Grant {
        role,
        scope: Scope::Organisation(organisation_id),
    }
}

/// Ends every session (and pending login) of an account in `tx`.
pub(crate) async fn end_sessions(tx: &mut Tx, account_id: i64) -> Result<(), Error> {
    sqlx::query("DELETE FROM sessions WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM pending_logins WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// How many grants the account has left, in `tx`.
async fn grants_left(tx: &mut Tx, account_id: i64) -> Result<i64, Error> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM grants WHERE account_id = $1")
            .bind(account_id)
            .fetch_one(&mut **tx)
            .await?,
    )
}

/// Gives a member of the organisation another role within it (manager or member). The last
/// manager cannot step down.
pub async fn change_role(
    app: &AppState,
    manager: &Account,
    organisation_id: i64,
    account_id: i64,
    role: Role,
    ip: std::net::IpAddr,
) -> Result<(), Error> {
    if !role.within_organisation() {
        return Err(Error::field(
            "role",
            garita_domain::validation::Problem::UnknownChoice,
        ));
    }
    let mut tx = app.db.begin().await?;
    lock(&mut tx, organisation_id).await?;
    let people = holders(&mut tx, organisation_id).await?;
    let current: Vec<&HolderRow> = people
        .iter()
        .filter(|h| h.account_id == account_id)
        .collect();
    if current.is_empty() {
        return Err(Error::NotFound);
    }
    if current.iter().any(|h| h.role == role.as_str()) && current.len() == 1 {
        return Ok(());
    }
    let managers_after = people
        .iter()
        .filter(|h| h.role == Role::OrganisationManager.as_str() && h.account_id != account_id)
        .count()
        + usize::from(role == Role::OrganisationManager);
    if managers_after == 0 {
        return Err(Error::Conflict(LAST_MANAGER));
    }
    crate::grants::give(
        &mut tx,
        app,
        account_id,
        &within(role, organisation_id),
        Some(manager.id),
    )
    .await?;
    for h in current.iter().filter(|h| h.role != role.as_str()) {
        let old = Role::parse(&h.role).ok_or_else(|| anyhow::anyhow!("unknown role"))?;
        crate::grants::take(&mut tx, app, account_id, &within(old, organisation_id)).await?;
    }
    record(
        &mut tx,
        app,
        Some(manager),
        "organisation.role-changed",
        format!("account:{account_id}"),
        format!("organisation:{organisation_id} {}", role.as_str()),
        ip,
    )
    .await?;
    tx.commit().await?;
    crate::grants::forget_cached(app, account_id);
    Ok(())
}

/// Removes a person from the organisation: their grants on it go at once, and an account
/// left with no grant at all has its sessions ended. The last manager cannot be removed.
pub async fn remove_member(
    app: &AppState,
    manager: &Account,
    organisation_id: i64,
    account_id: i64,
    ip: std::net::IpAddr,
) -> Result<(), Error> {
    let mut tx = app.db.begin().await?;
    lock(&mut tx, organisation_id).await?;
    let people = holders(&mut tx, organisation_id).await?;
    if !people.iter().any(|h| h.account_id == account_id) {
        return Err(Error::NotFound);
    }
    let other_managers = people
        .iter()
        .filter(|h| h.role == Role::OrganisationManager.as_str() && h.account_id != account_id)
        .count();
    if other_managers == 0 {
        return Err(Error::Conflict(LAST_MANAGER));
    }
    for role in [Role::OrganisationManager, Role::OrganisationMember] {
        crate::grants::take(&mut tx, app, account_id, &within(role, organisation_id)).await?;
    }
    if grants_left(&mut tx, account_id).await? == 0 {
        end_sessions(&mut tx, account_id).await?;
    }
    record(
        &mut tx,
        app,
        Some(manager),
        "organisation.member-removed",
        format!("account:{account_id}"),
        format!("organisation:{organisation_id}"),
        ip,
    )
    .await?;
    tx.commit().await?;
    crate::grants::forget_cached(app, account_id);
    Ok(())
}

/// A grant as pages and the API show it.
#[derive(Debug, Clone, Serialize, serde::Deserialize, ToSchema, PartialEq, Eq)]
pub struct GrantView {
    /// officer, agriculture_specialist, adjudicator, enrollment_officer, admin (or an
    /// organisation's roles).
    pub role: String,
    /// A place's id, for roles on a place.
    #[serde(default)]
    pub location: Option<String>,
    /// A programme, for adjudicators: appointments, parole_travel, provisional_i94,
    /// trusted_traveler.
    #[serde(default)]
    pub programme: Option<String>,
    /// An organisation's id, for its roles (`12.0` reads as `12`, as JSON Schema counts it).
    #[serde(
        default,
        deserialize_with = "crate::http::forms::optional_whole_number"
    )]
    pub organisation: Option<i64>,
}

impl GrantView {
    pub fn of(g: &Grant) -> GrantView {
        GrantView {
            role: g.role.as_str().to_string(),
            location: g.scope.location().map(str::to_string),
            programme: g.scope.programme().map(|p| p.as_str().to_string()),
            organisation: g.scope.organisation(),
        }
    }

    /// The grant this names (field errors on `role` and `scope`).
    pub fn grant(&self) -> Result<Grant, Error> {
        use garita_domain::roles::Programme;
        use garita_domain::validation::Problem;
        let role = Role::parse(self.role.trim())
            .ok_or_else(|| Error::field("role", Problem::UnknownChoice))?;
        let scope = match role.scope_kind() {
            garita_domain::roles::ScopeKind::Platform => Scope::Platform,
            garita_domain::roles::ScopeKind::Location => Scope::Location(
                self.location
                    .as_deref()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .ok_or_else(|| Error::field("scope", Problem::Required))?
                    .to_string(),
            ),
            garita_domain::roles::ScopeKind::Programme => Scope::Programme(
                self.programme
                    .as_deref()
                    .and_then(|p| Programme::parse(p.trim()))
                    .ok_or_else(|| Error::field("scope", Problem::UnknownScope))?,
            ),
            garita_domain::roles::ScopeKind::Organisation => Scope::Organisation(
                self.organisation
                    .ok_or_else(|| Error::field("scope", Problem::UnknownScope))?,
            ),
        };
        Grant::new(role, scope).map_err(|p| Error::field("scope", p))
    }
}

/// A CBP staff account and its grants (not an organisation's people).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StaffMember {
    pub account_id: i64,
    pub email: String,
    pub grants: Vec<GrantView>,
}

#[derive(sqlx::FromRow)]
struct StaffRow {
    id: i64,
    email_fingerprint: String,
    email_sealed: Vec<u8>,
}

/// Staff accounts holding a grant that is not on an organisation, with those grants. Their
/// addresses are opened, so the reading is audited.
pub async fn staff(
    app: &AppState,
    admin: &Account,
    ip: std::net::IpAddr,
) -> Result<Vec<StaffMember>, Error> {
    let rows: Vec<StaffRow> = sqlx::query_as(
        "SELECT a.id, a.email_fingerprint, a.email_sealed FROM accounts a
         WHERE a.kind = $1 AND EXISTS (SELECT 1 FROM grants g WHERE g.account_id = a.id AND g.organisation_id IS NULL)
         ORDER BY a.id",
    )
    .bind(AccountKind::Staff.as_str())
    .fetch_all(&app.db.read)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let (grants, waiting) = crate::http::session::grants_of(app, r.id).await?;
        out.push(StaffMember {
            account_id: r.id,
            email: open_email(app, &r.email_fingerprint, &r.email_sealed)?,
            grants: grants
                .iter()
                .chain(waiting.iter())
                .filter(|g| g.scope.organisation().is_none())
                .map(GrantView::of)
                .collect(),
        });
    }
    let mut tx = app.db.begin().await?;
    let detail = format!("{} people", out.len());
    record(
        &mut tx,
        app,
        Some(admin),
        "staff.viewed",
        "staff".into(),
        detail,
        ip,
    )
    .await?;
    tx.commit().await?;
    Ok(out)
}

/// Takes a CBP staff grant away (not an organisation's: its managers do that). The last
/// administrator grant stays; an account left with no grant has its sessions ended.
pub async fn take_staff_grant(
    app: &AppState,
    admin: &Account,
    account_id: i64,
    grant: &Grant,
    ip: std::net::IpAddr,
) -> Result<(), Error> {
    if grant.scope.organisation().is_some() {
        return Err(Error::field(
            "role",
            garita_domain::validation::Problem::UnknownChoice,
        ));
    }
    let mut tx = app.db.begin().await?;
    if grant.role == Role::Admin {
        let admins: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM grants WHERE role = $1 AND account_id <> $2")
                .bind(Role::Admin.as_str())
                .bind(account_id)
                .fetch_one(&mut *tx)
                .await?;
        if admins == 0 {
            return Err(Error::Conflict(LAST_ADMIN));
        }
    }
    if !crate::grants::take(&mut tx, app, account_id, grant).await? {
        return Err(Error::NotFound);
    }
    if grants_left(&mut tx, account_id).await? == 0 {
        end_sessions(&mut tx, account_id).await?;
    }
    let scope = GrantView::of(grant);
    let detail = format!(
        "{} {}",
        grant.role.as_str(),
        scope
            .location
            .or(scope.programme)
            .unwrap_or_else(|| "platform".into())
    );
    let subject = format!("account:{account_id}");
    record(
        &mut tx,
        app,
        Some(admin),
        "staff.grant-taken",
        subject,
        detail,
        ip,
    )
    .await?;
    tx.commit().await?;
    crate::grants::forget_cached(app, account_id);
    Ok(())
}
