//! SMS through Twilio's Messages API (`POST /2010-04-01/Accounts/{AccountSid}/Messages.json`,
//! HTTP Basic auth, form fields) at a configurable base URL, and its status callback, verified
//! by `X-Twilio-Signature` (base64 HMAC-SHA1 with the auth token over the full URL followed by
//! each POST parameter, sorted by name, name then value). A number is verified by a one-time
//! code before anything else is sent to it. Off unless configured.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use base64::Engine;
use hmac::{Hmac, Mac};
use serde::Deserialize;

use std::net::IpAddr;

use super::outbox::SendError;
use super::{Channel, Kind, Secrets, Status};
use crate::audit::{self, Entry};
use crate::config::{Notifications, Sms};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;
use crate::storage::vault::sha256_hex;

/// Where the provider posts delivery reports.
pub const STATUS_CALLBACK_PATH: &str = "/webhooks/sms/status";
/// Minutes a verification code is good for, and wrong tries allowed.
pub const CODE_MINUTES: i64 = 10;
pub const CODE_TRIES: i64 = 5;

pub struct SmsClient {
    http: reqwest::Client,
    cfg: Sms,
}

#[derive(Deserialize)]
struct Created {
    sid: String,
    #[allow(dead_code)] // read for the log only
    status: Option<String>,
}

/// Twilio's error body.
#[derive(Deserialize)]
struct Refusal {
    code: Option<i64>,
    message: Option<String>,
    more_info: Option<String>,
}

impl SmsClient {
    pub fn from_settings(n: &Notifications) -> anyhow::Result<Option<SmsClient>> {
        let Some(cfg) = &n.sms else {
            return Ok(None);
        };
        anyhow::ensure!(
            cfg.from.is_some() || cfg.messaging_service_sid.is_some(),
            "SMS needs --sms-from or --sms-messaging-service-sid"
        );
        let http = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(20))
            .build()?;
        Ok(Some(SmsClient {
            http,
            cfg: cfg.clone(),
        }))
    }

    /// Sends `body` to `to`; returns the message's SID.
    pub async fn send(&self, to: &str, body: &str, public_url: &str) -> Result<String, SendError> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Messages.json",
            self.cfg.base_url.trim_end_matches('/'),
            self.cfg.account_sid
        );
        let callback = format!("{}{STATUS_CALLBACK_PATH}", public_url.trim_end_matches('/'));
        let mut form = vec![("To", to), ("Body", body), ("StatusCallback", &callback)];
        match (&self.cfg.messaging_service_sid, &self.cfg.from) {
            (Some(service), _) => form.push(("MessagingServiceSid", service)),
            (None, Some(from)) => form.push(("From", from)),
            (None, None) => {}
        }
        let res = self
            .http
            .post(url)
            .basic_auth(&self.cfg.account_sid, Some(&self.cfg.auth_token.0))
            .form(&form)
            .send()
            .await
            .map_err(|e| SendError {
                permanent: false,
                message: format!("SMS provider unreachable: {e}"),
            })?;
        let status = res.status();
        if status.is_success() {
            let created: Created = res.json().await.map_err(|e| SendError {
                permanent: false,
                message: format!("SMS provider's answer unreadable: {e}"),
            })?;
            return Ok(created.sid);
        }
        let refusal: Option<Refusal> = res.json().await.ok();
        let message = match refusal {
            Some(r) => format!(
                "SMS refused ({status}): {} {} {}",
                r.code.map(|c| c.to_string()).unwrap_or_default(),
                r.message.unwrap_or_default(),
                r.more_info.unwrap_or_default()
            ),
            None => format!("SMS refused ({status})"),
        };
        Err(SendError {
            // A client error will not change by itself; rate limits and server errors may.
            permanent: status.is_client_error() && status != StatusCode::TOO_MANY_REQUESTS,
            message,
        })
    }
}

/// Twilio's request signature: base64(HMAC-SHA1(auth token, url + each param's name and value,
/// sorted by name)).
pub fn signature(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut data = url.to_string();
    for (k, v) in sorted {
        data.push_str(k);
        data.push_str(v);
    }
    let mut mac = match Hmac::<sha1::Sha1>::new_from_slice(auth_token.as_bytes()) {
        Ok(m) => m,
        Err(_) => return String::new(),
    };
    mac.update(data.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// `POST /webhooks/sms/status`: a delivery report. Refused (403) unless signed with the
/// auth token over our own callback URL and the parameters.
pub async fn status_callback(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, Error> {
    let Some(cfg) = &app.settings.notifications.sms else {
        return Err(Error::NotFound);
    };
    let params: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&body).map_err(|_| Error::BadRequest("form"))?;
    let url = format!(
        "{}{STATUS_CALLBACK_PATH}",
        app.settings.notifications.public_url.trim_end_matches('/')
    );
    let given = headers
        .get("x-twilio-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let expected = signature(&cfg.auth_token.0, &url, &params);
    if given.is_empty() || !crate::http::forms::same(given, &expected) {
        tracing::warn!("SMS status callback with a wrong signature refused");
        return Err(Error::Forbidden);
    }
    let field = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let (Some(sid), Some(state)) = (field("MessageSid"), field("MessageStatus")) else {
        return Err(Error::BadRequest("form"));
    };
    let status = match state {
        "delivered" => Status::Delivered,
        "undelivered" => Status::Undelivered,
        "failed" => Status::Failed,
        // queued, sending, sent, accepted…: nothing to record beyond "sent".
        _ => return Ok(StatusCode::NO_CONTENT),
    };
    sqlx::query("UPDATE notifications SET status = $1 WHERE provider_id = $2 AND channel = $3")
        .bind(status.as_str())
        .bind(sid)
        .bind(Channel::Sms.as_str())
        .execute(&app.db.write)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// E.164: "+" then 8 to 15 digits (spaces, dashes and dots typed are dropped).
pub fn parse_number(typed: &str) -> Option<String> {
    let kept: String = garita_domain::validation::ascii_digits(typed)
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')'))
        .collect();
    let digits = kept.strip_prefix('+')?;
    (digits.len() >= 8 && digits.len() <= 15 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("+{digits}"))
}

#[derive(sqlx::FromRow)]
struct CountRow {
    n: i64,
}

#[derive(sqlx::FromRow)]
struct NumberRow {
    sealed: Vec<u8>,
}

#[derive(sqlx::FromRow)]
struct CodeRow {
    code_hash: Option<String>,
    code_expires_at: Option<i64>,
    code_attempts: i64,
}

fn number_aad(account_id: i64) -> String {
    format!("sms-number:{account_id}")
}

/// The account's verified number, opened from the vault.
pub async fn verified_number(app: &AppState, account_id: i64) -> Result<Option<String>, Error> {
    let row: Option<NumberRow> = sqlx::query_as(
        "SELECT sealed FROM sms_numbers WHERE account_id = $1 AND verified_at IS NOT NULL",
    )
    .bind(account_id)
    .fetch_optional(&app.db.read)
    .await?;
    row.map(|r| {
        let plain = app
            .vault
            .open(&number_aad(account_id), &r.sealed)
            .map_err(|e| Error::Internal(anyhow::anyhow!("sms number of {account_id}: {e}")))?;
        String::from_utf8(plain)
            .map_err(|e| Error::Internal(anyhow::anyhow!("sms number of {account_id}: {e}")))
    })
    .transpose()
}

/// Stores `typed` (unverified) and sends it a one-time code through the outbox.
pub async fn start_verification(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    typed: &str,
) -> Result<(), Error> {
    let account_id = account.id;
    if app.settings.notifications.sms.is_none() {
        return Err(Error::Conflict("sms-off"));
    }
    let number = parse_number(typed).ok_or(Error::field(
        "phone",
        garita_domain::validation::Problem::InvalidPhone,
    ))?;
    let code = {
        use rand::Rng;
        format!("{:06}", rand::rngs::OsRng.gen_range(0..1_000_000))
    };
    let now = app.clock.timestamp();
    // Codes are SMS too: no more a day than the account's cap, whatever the numbers typed.
    let asked: CountRow = sqlx::query_as(
        "SELECT COUNT(*) AS n FROM notifications WHERE account_id = $1 AND kind = $2 AND created_at > $3",
    )
    .bind(account_id)
    .bind(Kind::SmsCode.as_str())
    .bind(now - 86_400)
    .fetch_one(&app.db.read)
    .await?;
    if asked.n >= app.settings.notifications.sms_per_account_day {
        return Err(Error::TooManyRequests {
            retry_after_secs: 3600,
        });
    }
    let fingerprint = app.vault.fingerprint(&format!("sms:{number}"));
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "INSERT INTO sms_numbers (account_id, sealed, fingerprint, code_hash, code_expires_at, code_attempts, verified_at, created_at)
         VALUES ($1, $2, $3, $4, $5, 0, NULL, $6)
         ON CONFLICT (account_id) DO UPDATE SET sealed = $2, fingerprint = $3, code_hash = $4, code_expires_at = $5, code_attempts = 0, verified_at = NULL",
    )
    .bind(account_id)
    .bind(app.vault.seal(&number_aad(account_id), number.as_bytes()))
    .bind(&fingerprint)
    .bind(sha256_hex(&code))
    .bind(now + CODE_MINUTES * 60)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let id = super::enqueue_with_secrets(
        &mut tx,
        &app.vault,
        account_id,
        Kind::SmsCode,
        Channel::Sms,
        Some(Secrets {
            code: Some(code),
            to: Some(number),
            ..Secrets::default()
        }),
        now,
    )
    .await?;
    sqlx::query("UPDATE notifications SET destination_fingerprint = $1 WHERE id = $2")
        .bind(&fingerprint)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "sms-number-set",
            subject: format!("account:{account_id}"),
            detail: "phone number for SMS stored (sealed), code sent".to_string(),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Checks the code sent to the number; on success the number is verified and SMS turned on.
pub async fn confirm_verification(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    code: &str,
) -> Result<(), Error> {
    let account_id = account.id;
    let now = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let row: Option<CodeRow> = sqlx::query_as(
        "SELECT code_hash, code_expires_at, code_attempts FROM sms_numbers WHERE account_id = $1",
    )
    .bind(account_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(CodeRow {
        code_hash: Some(hash),
        code_expires_at: Some(expires),
        code_attempts,
    }) = row
    else {
        return Err(Error::Conflict("sms-code-wrong"));
    };
    if code_attempts >= CODE_TRIES || now > expires {
        return Err(Error::Conflict("sms-code-wrong"));
    }
    let code = garita_domain::validation::ascii_digits(code.trim());
    if !crate::http::forms::same(&sha256_hex(&code), &hash) {
        sqlx::query(
            "UPDATE sms_numbers SET code_attempts = code_attempts + 1 WHERE account_id = $1",
        )
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        return Err(Error::Conflict("sms-code-wrong"));
    }
    sqlx::query(
        "UPDATE sms_numbers SET verified_at = $1, code_hash = NULL, code_expires_at = NULL WHERE account_id = $2",
    )
    .bind(now)
    .bind(account_id)
    .execute(&mut *tx)
    .await?;
    super::set_channels(&mut tx, account_id, None, Some(true), now).await?;
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "sms-number-verified",
            subject: format!("account:{account_id}"),
            detail: "phone number verified; SMS on".to_string(),
            ip,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_matches_twilios_documented_example() {
        // The example of Twilio's "Secure webhooks" documentation.
        let params: Vec<(String, String)> = [
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+12349013030"),
            ("Digits", "1234"),
            ("From", "+12349013030"),
            ("To", "+18005551212"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(
            signature(
                "12345",
                "https://mycompany.com/myapp.php?foo=1&bar=2",
                &params
            ),
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        );
    }

    #[test]
    fn numbers_must_be_e164() {
        assert_eq!(
            parse_number("+52 55 1234 5678").as_deref(),
            Some("+525512345678")
        );
        assert_eq!(parse_number("55 1234 5678"), None);
        assert_eq!(parse_number("+12"), None);
        assert_eq!(parse_number("+1234567890123456"), None);
        assert_eq!(parse_number("+1 800 CALL NOW"), None);
    }
}
