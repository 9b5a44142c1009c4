//! Accounts for people without a phone or an e-mail address, made by an aid organisation's
//! staff: the traveler gets a printed card (in their language) with a sign-in number and a
//! single-use setup code. The code opens the account once, and only together with a secret the
//! traveler chooses there and then — the staff member never knows the traveler's secret.
//! Reprinting voids the card before. Only the SHA-256 of a code is kept.

use std::net::IpAddr;

use chrono::NaiveDate;
use garita_domain::accounts::Password;
use garita_domain::consents::{self as rules, Permission, Permissions};
use garita_domain::roles::AccountKind;
use garita_domain::travelers::MemberInput;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{Action, Helper};
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::state::AppState;
use crate::storage::vault::sha256_hex;
use crate::storage::{is_unique_violation, Tx};

/// What staff enter to register a family: the holder (as a member record), what the consent
/// allows and for how many days.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct NewFamily {
    /// The holder's full name.
    #[serde(default)]
    pub full_name: String,
    /// YYYY-MM-DD.
    #[serde(default)]
    pub date_of_birth: String,
    /// ISO 3166-1 alpha-2.
    #[serde(default)]
    pub citizenship: String,
    /// The holder's language (a supported locale code): the card is printed in it.
    #[serde(default)]
    pub language: String,
    /// What the organisation may do (`view`, `manage_group`, `request`, `confirm`); `view`
    /// is always included. Empty: all four.
    #[serde(default)]
    pub permissions: Vec<String>,
    /// How many days the consent lasts (1–365; 90 when absent). `30.0` reads as `30`
    /// (JSON Schema counts it an integer), so a body the document allows is never a 400.
    #[serde(
        default,
        deserialize_with = "crate::http::forms::optional_whole_number"
    )]
    #[schema(required = false, value_type = Option<i64>)]
    pub days: Option<i64>,
}

/// What is printed on the card (the code is shown this once and never again).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Card {
    pub account_id: i64,
    /// The number the traveler signs in with, as printed (`123 456 7890`).
    pub sign_in_number: String,
    /// Single-use: opens the account once, together with the secret the traveler chooses.
    pub setup_code: String,
    /// The traveler's language (the card and its consent text are in it).
    pub language: String,
    /// The organisation the consent is given to.
    pub organisation: String,
    /// The consent's last day.
    #[schema(value_type = String, format = Date)]
    pub until: NaiveDate,
    /// What the consent allows.
    pub permissions: Vec<String>,
}

fn code_hash(code: &str) -> String {
    sha256_hex(&format!("garita/card-code/v1:{code}"))
}

/// The fingerprint an account made from a card is found by (where an e-mail's would be; no
/// e-mail address contains no `@`, so the two never meet).
fn number_fingerprint(app: &AppState, number: &str) -> String {
    app.vault.fingerprint(&format!("card:{number}"))
}

pub(crate) fn parse_permissions(given: &[String]) -> Result<Permissions, Error> {
    if given.is_empty() {
        return Ok(Permissions::all());
    }
    Permissions::parse(&given.join(" ")).map_err(|p| Error::field("permissions", p))
}

impl NewFamily {
    pub fn holder(&self) -> MemberInput {
        MemberInput {
            full_name: self.full_name.clone(),
            date_of_birth: self.date_of_birth.clone(),
            citizenship: self.citizenship.clone(),
            language: self.language.clone(),
            ..MemberInput::default()
        }
    }
}

/// Registers a family: a traveler account without e-mail, its holder (through the travelers'
/// own `add`), the consent, and a card. Refused when the holder is already in another group.
pub async fn register(
    app: &AppState,
    helper: &Helper,
    input: &NewFamily,
    ip: IpAddr,
) -> Result<Card, Error> {
    if !helper.still_staff(app).await? {
        return Err(Error::NotPermitted("organisation-access-ended"));
    }
    let holder = input.holder();
    let member = holder.parse(crate::travelers::today(app))?;
    let permissions = parse_permissions(&input.permissions)?;
    let days = input.days.unwrap_or(rules::DEFAULT_DAYS);
    rules::until(app.clock.now().date_naive(), days).map_err(|p| Error::field("days", p))?;
    super::refuse_duplicate_person(app, None, &member).await?;
    let language = app
        .catalogs
        .find(&member.language)
        .map(|i| app.catalogs.locales()[i].code)
        .unwrap_or("en");
    let (account_id, number) = create_account(app, helper, language).await?;
    crate::travelers::add(app, account_id, &holder, None, None).await?;
    let mut tx = app.db.begin().await?;
    let consent = super::grant(
        &mut tx,
        app,
        super::NewConsent {
            traveler: account_id,
            organisation_id: helper.organisation_id,
            permissions,
            days,
            granted_by: helper.account.id,
            how: "card",
        },
    )
    .await?;
    let code = new_code(&mut tx, app, helper, account_id).await?;
    helper
        .record_in(&mut tx, app, account_id, Action::RegisteredFamily, ip)
        .await?;
    tx.commit().await?;
    card(app, helper, account_id, &number, code, &consent).await
}

/// A new account with a fresh sign-in number (drawn again on the rare collision).
async fn create_account(
    app: &AppState,
    helper: &Helper,
    language: &str,
) -> Result<(i64, String), Error> {
    for _ in 0..5 {
        let mut random = [0u8; rules::NUMBER_LEN - 1];
        rand::rngs::OsRng.fill_bytes(&mut random);
        let number = rules::sign_in_number(&random);
        let fingerprint = number_fingerprint(app, &number);
        let sealed = app.vault.seal(
            &format!("account-email:{fingerprint}"),
            format!("card:{number}").as_bytes(),
        );
        let now = app.clock.timestamp();
        let mut tx = app.db.begin().await?;
        let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
            "INSERT INTO accounts (email_fingerprint, email_sealed, password_hash, kind, language, created_at, email_verified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind(&fingerprint)
        .bind(sealed)
        // A hash of a random secret nobody holds: the account opens only through the card.
        .bind(crate::accounts::passwords::dummy_hash())
        .bind(AccountKind::Traveler.as_str())
        .bind(language)
        .bind(now)
        .fetch_one(&mut *tx)
        .await;
        let account_id = match inserted {
            Ok(id) => id,
            Err(e) if is_unique_violation(&e) => continue,
            Err(e) => return Err(e.into()),
        };
        let card_row = sqlx::query(
            "INSERT INTO card_accounts (account_id, sign_in_number, organisation_id, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(account_id)
        .bind(&number)
        .bind(helper.organisation_id)
        .bind(now)
        .execute(&mut *tx)
        .await;
        match card_row {
            Ok(_) => {}
            Err(e) if is_unique_violation(&e) => continue,
            Err(e) => return Err(e.into()),
        }
        // No address to write to: nothing is mailed to a card's account.
        sqlx::query(
            "INSERT INTO notification_channels (account_id, email, sms, updated_at) VALUES ($1, 0, 0, $2)",
        )
        .bind(account_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        return Ok((account_id, number));
    }
    Err(Error::Internal(anyhow::anyhow!(
        "no free sign-in number after 5 draws"
    )))
}

/// A new setup code for the account, voiding every card before it. Returns the code.
async fn new_code(
    tx: &mut Tx,
    app: &AppState,
    helper: &Helper,
    account_id: i64,
) -> Result<String, Error> {
    let now = app.clock.timestamp();
    sqlx::query(
        "UPDATE consent_cards SET voided_at = $1 WHERE account_id = $2 AND used_at IS NULL AND voided_at IS NULL",
    )
    .bind(now)
    .bind(account_id)
    .execute(&mut **tx)
    .await?;
    let mut random = [0u8; rules::CODE_LEN];
    rand::rngs::OsRng.fill_bytes(&mut random);
    let code = rules::setup_code(&random);
    sqlx::query(
        "INSERT INTO consent_cards (id, account_id, code_hash, created_by, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(crate::storage::vault::random_id())
    .bind(account_id)
    .bind(code_hash(&code))
    .bind(helper.account.id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(code)
}

#[derive(sqlx::FromRow)]
struct CardAccountRow {
    sign_in_number: String,
}

#[derive(sqlx::FromRow)]
struct ConsentTermsRow {
    permissions: String,
    until_at: i64,
}

async fn card(
    app: &AppState,
    helper: &Helper,
    account_id: i64,
    number: &str,
    setup_code: String,
    consent_id: &str,
) -> Result<Card, Error> {
    let language: Option<String> =
        sqlx::query_scalar("SELECT language FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_one(&app.db.write)
            .await?;
    let terms: ConsentTermsRow =
        sqlx::query_as("SELECT permissions, until_at FROM consents WHERE id = $1")
            .bind(consent_id)
            .fetch_one(&app.db.write)
            .await?;
    let permissions = Permissions::parse(&terms.permissions)
        .map_err(|_| Error::Internal(anyhow::anyhow!("consent {consent_id}: permissions")))?;
    Ok(Card {
        account_id,
        sign_in_number: rules::print_sign_in_number(number),
        setup_code,
        language: language.unwrap_or_else(|| "en".into()),
        organisation: helper.organisation_name.clone(),
        until: chrono::DateTime::from_timestamp(terms.until_at, 0)
            .map(|t| t.date_naive())
            .unwrap_or_default(),
        permissions: permissions
            .list()
            .iter()
            .map(|p| p.as_str().to_string())
            .collect(),
    })
}

/// Prints a new card for a traveler whose account was made from a card: the card before is
/// void at once. Needs a consent in force that lets the organisation manage the group.
pub async fn reprint(
    app: &AppState,
    helper: &Helper,
    traveler: i64,
    ip: IpAddr,
) -> Result<Card, Error> {
    let access = helper.check(app, traveler, Permission::ManageGroup).await?;
    let row: Option<CardAccountRow> =
        sqlx::query_as("SELECT sign_in_number FROM card_accounts WHERE account_id = $1")
            .bind(traveler)
            .fetch_optional(&app.db.write)
            .await?;
    let row = row.ok_or(Error::NotFound)?;
    let mut tx = app.db.begin().await?;
    let code = new_code(&mut tx, app, helper, traveler).await?;
    helper
        .record_in(&mut tx, app, traveler, Action::PrintedCard, ip)
        .await?;
    tx.commit().await?;
    card(
        app,
        helper,
        traveler,
        &row.sign_in_number,
        code,
        &access.consent_id,
    )
    .await
}

/// What a traveler types at the first sign-in: the card's number and code, and their own
/// new secret.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct FirstSignIn {
    #[serde(default)]
    pub sign_in_number: String,
    #[serde(default)]
    pub setup_code: String,
    /// The traveler's own password from now on (15 characters or more).
    #[serde(default)]
    pub password: String,
}

/// What a traveler types later: the card's number and their secret.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct CardSignIn {
    #[serde(default)]
    pub sign_in_number: String,
    #[serde(default)]
    pub password: String,
}

/// Takes one attempt from the number's and the address's allowances (the login ones).
fn take_attempt(app: &AppState, number_key: &str, ip_key: &str) -> Result<(), Error> {
    let too_many = |retry_after_secs| Error::TooManyRequests { retry_after_secs };
    app.login_account_throttle
        .try_take(number_key)
        .map_err(too_many)?;
    if let Err(wait) = app.login_ip_throttle.try_take(ip_key) {
        app.login_account_throttle.give_back(number_key);
        return Err(too_many(wait));
    }
    Ok(())
}

/// Uses a card's setup code: the code is spent (a second use, a voided card, a wrong code or
/// number all answer the same 401 `card-code-wrong`), the traveler's own secret set, every
/// other session ended, and a session opened. Returns (account id, session token).
pub async fn first_sign_in(
    app: &AppState,
    form: &FirstSignIn,
    ip: IpAddr,
) -> Result<(i64, String), Error> {
    let password = Password::parse(&form.password, |p| app.common_passwords.contains(p))
        .map_err(|p| Error::field("password", p))?;
    let wrong = Error::SecondFactor("card-code-wrong");
    let (Some(number), Some(code)) = (
        rules::normalize_sign_in_number(&form.sign_in_number),
        rules::normalize_setup_code(&form.setup_code),
    ) else {
        return Err(wrong);
    };
    let number_key = format!("card:{}", number_fingerprint(app, &number));
    let ip_key = format!("ip:{ip}");
    take_attempt(app, &number_key, &ip_key)?;
    let hash = crate::accounts::passwords::hash(&password).await?;
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let used: Option<i64> = sqlx::query_scalar(
        "UPDATE consent_cards SET used_at = $1
         WHERE code_hash = $2 AND used_at IS NULL AND voided_at IS NULL
           AND account_id = (SELECT account_id FROM card_accounts WHERE sign_in_number = $3)
         RETURNING account_id",
    )
    .bind(now)
    .bind(code_hash(&code))
    .bind(&number)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(account_id) = used else {
        return Err(wrong);
    };
    sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE card_accounts SET secret_set_at = $1 WHERE account_id = $2")
        .bind(now)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    let actor = crate::accounts::second_factor::audit_actor(app, account_id).await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(&actor),
            action: "card.secret-set",
            subject: format!("account:{account_id}"),
            detail: String::new(),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    app.session_cache.evict_account(account_id);
    app.login_account_throttle.clear(&number_key);
    app.login_ip_throttle.give_back(&ip_key);
    let token = crate::http::session::create(app, account_id).await?;
    Ok((account_id, token))
}

#[derive(sqlx::FromRow)]
struct CredentialRow {
    account_id: i64,
    password_hash: String,
}

/// Signs in with the card's number and the traveler's own secret (after the first sign-in).
/// A wrong number or secret answers 401 `bad-credentials`, as the e-mail login does.
pub async fn sign_in(app: &AppState, form: &CardSignIn, ip: IpAddr) -> Result<String, Error> {
    // Not a number at all (a typo the check digit catches): refused before any allowance is
    // taken or any hash made, as a malformed e-mail is at the login.
    let Some(number) = rules::normalize_sign_in_number(&form.sign_in_number) else {
        return Err(Error::BadCredentials);
    };
    let number_key = format!("card:{}", number_fingerprint(app, &number));
    let ip_key = format!("ip:{ip}");
    take_attempt(app, &number_key, &ip_key)?;
    let hashing = app.settings.hashing;
    let permit = match app
        .hash_gate
        .admit(&[
            (&number_key, hashing.per_account),
            (&ip_key, hashing.per_address),
        ])
        .await
    {
        Ok(p) => p,
        Err(e) => {
            app.login_account_throttle.give_back(&number_key);
            app.login_ip_throttle.give_back(&ip_key);
            return Err(e);
        }
    };
    let row: Option<CredentialRow> = sqlx::query_as(
        "SELECT c.account_id, a.password_hash FROM card_accounts c JOIN accounts a ON a.id = c.account_id
         WHERE c.sign_in_number = $1 AND c.secret_set_at IS NOT NULL",
    )
    .bind(&number)
    .fetch_optional(&app.db.read)
    .await?;
    let (id, hash) = match row {
        Some(r) => (Some(r.account_id), r.password_hash),
        None => (None, crate::accounts::passwords::dummy_hash().to_string()),
    };
    let ok = crate::accounts::passwords::verify(permit, &form.password, &hash).await?;
    match id.filter(|_| ok) {
        Some(id) => {
            app.login_account_throttle.clear(&number_key);
            app.login_ip_throttle.give_back(&ip_key);
            Ok(crate::http::session::create(app, id).await?)
        }
        None => Err(Error::BadCredentials),
    }
}
