//! Telling travelers in time: an outbox row is written in the same transaction as the event
//! (`enqueue`), and a job (`outbox`) renders, seals and sends it by e-mail (`mail`) or SMS
//! (`sms`), at least once and always with the Message-ID fixed at enqueue. Messages never carry
//! pass codes, names or photos: they say what happened and "sign in to see".

pub mod api;
pub mod mail;
pub mod outbox;
pub mod pages;
pub mod sms;

use serde::{Deserialize, Serialize};

use crate::http::errors::Error;
use crate::storage::vault::{random_id, Vault};
use crate::storage::Tx;

/// What a notification tells of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Selected,
    ConfirmSoon,
    Cancelled,
    Voided,
    Moved,
    NoShow,
    RegistrationExisting,
    VerifyEmail,
    PasswordReset,
    PasswordChanged,
    EmailChanged,
    SecondFactorReset,
    SmsCode,
    /// An invitation to act for an organisation, or as CBP staff (`organisations`).
    Invitation,
    StaffInvitation,
    /// An administrator's decision on an organisation, told to its managers.
    OrganisationApproved,
    OrganisationRejected,
    OrganisationSuspended,
    /// An agriculture inspection request changed or has a new message (`agriculture`).
    AgricultureUpdate,
    /// A Trusted Traveler membership's renewal window has opened (`trusted_travelers`).
    TtpRenewal,
    /// A parole beneficiary chosen by the monthly selection is invited to do their steps
    /// (`travel_authorizations`); sent to the case's address, which has no account yet.
    AtaInvitation,
}
garita_domain::text_enum!(Kind {
    Selected = "selected",
    ConfirmSoon = "confirm-soon",
    Cancelled = "cancelled",
    Voided = "voided",
    Moved = "moved",
    NoShow = "no-show",
    RegistrationExisting = "registration-existing",
    VerifyEmail = "verify-email",
    PasswordReset = "password-reset",
    PasswordChanged = "password-changed",
    EmailChanged = "email-changed",
    SecondFactorReset = "second-factor-reset",
    SmsCode = "sms-code",
    Invitation = "invitation",
    StaffInvitation = "staff-invitation",
    OrganisationApproved = "organisation-approved",
    OrganisationRejected = "organisation-rejected",
    OrganisationSuspended = "organisation-suspended",
    AgricultureUpdate = "agriculture-update",
    TtpRenewal = "ttp-renewal",
    AtaInvitation = "ata-invitation",
});

impl Kind {
    /// Whether the message is about an appointment (and renders its slot and deadline).
    pub fn about_appointment(self) -> bool {
        matches!(
            self,
            Kind::Selected
                | Kind::ConfirmSoon
                | Kind::Cancelled
                | Kind::Voided
                | Kind::Moved
                | Kind::NoShow
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    Email,
    Sms,
}
garita_domain::text_enum!(Channel {
    Email = "email",
    Sms = "sms"
});

/// Where an outbox row is. `Unsendable`: its channel is not configured (kept, with a log line).
/// `Delivered` / `Undelivered`: what the SMS provider later reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Pending,
    Sent,
    Failed,
    Unsendable,
    Delivered,
    Undelivered,
}
garita_domain::text_enum!(Status {
    Pending = "pending",
    Sent = "sent",
    Failed = "failed",
    Unsendable = "unsendable",
    Delivered = "delivered",
    Undelivered = "undelivered",
});

/// An account event of the sign-in flows. Links and codes are sealed until rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountEvent {
    /// Someone tried to register with this address (it already has an account).
    RegistrationAttempted,
    VerifyEmail {
        link: String,
    },
    PasswordReset {
        link: String,
    },
    /// The link that confirms a new address, sent to that address (the account still holds
    /// the old one until the link is used).
    ConfirmNewEmail {
        link: String,
        new_address: String,
    },
    PasswordChanged,
    /// Told at the old address, which is given here (the account already holds the new one).
    EmailChanged {
        old_address: String,
    },
    SecondFactorReset,
}

/// What an account event carries that must not be stored in the clear.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Secrets {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Send here rather than to the account's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// The organisation the message is about (its legal name), as `{ $organisation }`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The last day a link works, as `{ $until }` (a date in the reader's language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<chrono::NaiveDate>,
    /// For a message to an address without an account: the languages to write it in, the
    /// first first (locale codes; none known: English).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
}

/// The Message-ID of a row: its stored random part (fixed at enqueue) at the domain of the
/// sender's address (or garita.invalid), e.g. "<3f…@example.org>".
pub fn message_id(local: &str, mail_from: &str) -> String {
    let domain = mail_from
        .rsplit('@')
        .next()
        .map(|d| d.trim_end_matches('>').trim())
        .filter(|d| !d.is_empty() && d.len() < mail_from.len())
        .unwrap_or("garita.invalid");
    format!("<{local}@{domain}>")
}

#[derive(sqlx::FromRow)]
struct ChannelsRow {
    email: i64,
    sms: i64,
}

#[derive(sqlx::FromRow)]
struct VerifiedNumberRow {
    fingerprint: String,
}

#[derive(sqlx::FromRow)]
struct AccountOfRow {
    account_id: i64,
}

/// One row to write (`account_id` `None`: to an address given in its secrets).
struct NewRow<'a> {
    account_id: Option<i64>,
    kind: Kind,
    channel: Channel,
    appointment_id: Option<&'a str>,
    once_key: Option<String>,
    destination: Option<&'a str>,
    now: i64,
}

/// Writes one outbox row; `None` when its `once_key` was already written.
async fn insert(tx: &mut Tx, r: NewRow<'_>) -> Result<Option<String>, Error> {
    let id = random_id();
    let written = sqlx::query(
        "INSERT INTO notifications (id, account_id, kind, channel, appointment_id, once_key, message_id, status, attempts, next_attempt_at, destination_fingerprint, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9, $10, $9)
         ON CONFLICT (once_key) DO NOTHING",
    )
    .bind(&id)
    .bind(r.account_id)
    .bind(r.kind.as_str())
    .bind(r.channel.as_str())
    .bind(r.appointment_id)
    .bind(r.once_key)
    .bind(random_id())
    .bind(Status::Pending.as_str())
    .bind(r.now)
    .bind(r.destination)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok((written == 1).then_some(id))
}

/// The channels an account gets appointment news on: e-mail unless turned off, SMS when
/// chosen with a verified number (its fingerprint is returned for the caps).
async fn channels_of(
    tx: &mut Tx,
    account_id: i64,
) -> Result<Vec<(Channel, Option<String>)>, Error> {
    let chosen: Option<ChannelsRow> =
        sqlx::query_as("SELECT email, sms FROM notification_channels WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(&mut **tx)
            .await?;
    let (email, sms) = chosen.map_or((true, false), |c| (c.email == 1, c.sms == 1));
    let mut out = Vec::new();
    if email {
        out.push((Channel::Email, None));
    }
    if sms {
        let number: Option<VerifiedNumberRow> = sqlx::query_as(
            "SELECT fingerprint FROM sms_numbers WHERE account_id = $1 AND verified_at IS NOT NULL",
        )
        .bind(account_id)
        .fetch_optional(&mut **tx)
        .await?;
        if let Some(n) = number {
            out.push((Channel::Sms, Some(n.fingerprint)));
        }
    }
    Ok(out)
}

/// Tells an account of an event about its appointment, on each channel it chose, in the
/// caller's transaction (so the message exists exactly when the event does). `once`: a key
/// that makes a second call a no-op (e.g. one reminder per offer).
pub async fn enqueue(
    tx: &mut Tx,
    account_id: i64,
    kind: Kind,
    appointment_id: Option<&str>,
    once: Option<&str>,
    now: i64,
) -> Result<usize, Error> {
    let mut written = 0;
    for (channel, destination) in channels_of(tx, account_id).await? {
        let row = NewRow {
            account_id: Some(account_id),
            kind,
            channel,
            appointment_id,
            once_key: once.map(|k| format!("{k}:{}", channel.as_str())),
            destination: destination.as_deref(),
            now,
        };
        if insert(tx, row).await?.is_some() {
            written += 1;
        }
    }
    Ok(written)
}

/// `enqueue` for the account that holds `appointment_id` (capacity changes know only the
/// appointment).
pub async fn enqueue_for_appointment(
    tx: &mut Tx,
    appointment_id: &str,
    kind: Kind,
    now: i64,
) -> Result<usize, Error> {
    let row: Option<AccountOfRow> =
        sqlx::query_as("SELECT account_id FROM appointments WHERE id = $1")
            .bind(appointment_id)
            .fetch_optional(&mut **tx)
            .await?;
    match row {
        Some(r) => enqueue(tx, r.account_id, kind, Some(appointment_id), None, now).await,
        None => Ok(0),
    }
}

/// Tells an account of an event of the sign-in flows, by e-mail whatever its choices (these
/// are about the account's safety). Links and addresses are sealed in the outbox.
pub async fn enqueue_account_event(
    tx: &mut Tx,
    vault: &Vault,
    account_id: i64,
    event: AccountEvent,
    now: i64,
) -> Result<String, Error> {
    let (kind, secrets) = match event {
        AccountEvent::RegistrationAttempted => (Kind::RegistrationExisting, None),
        AccountEvent::VerifyEmail { link } => (
            Kind::VerifyEmail,
            Some(Secrets {
                link: Some(link),
                ..Secrets::default()
            }),
        ),
        AccountEvent::PasswordReset { link } => (
            Kind::PasswordReset,
            Some(Secrets {
                link: Some(link),
                ..Secrets::default()
            }),
        ),
        AccountEvent::ConfirmNewEmail { link, new_address } => (
            Kind::VerifyEmail,
            Some(Secrets {
                link: Some(link),
                to: Some(new_address),
                ..Secrets::default()
            }),
        ),
        AccountEvent::PasswordChanged => (Kind::PasswordChanged, None),
        AccountEvent::EmailChanged { old_address } => (
            Kind::EmailChanged,
            Some(Secrets {
                to: Some(old_address),
                ..Secrets::default()
            }),
        ),
        AccountEvent::SecondFactorReset => (Kind::SecondFactorReset, None),
    };
    enqueue_with_secrets(tx, vault, account_id, kind, Channel::Email, secrets, now).await
}

/// One row on one channel, with its secrets sealed beside it. Returns the row's id.
pub(crate) async fn enqueue_with_secrets(
    tx: &mut Tx,
    vault: &Vault,
    account_id: i64,
    kind: Kind,
    channel: Channel,
    secrets: Option<Secrets>,
    now: i64,
) -> Result<String, Error> {
    let row = NewRow {
        account_id: Some(account_id),
        kind,
        channel,
        appointment_id: None,
        once_key: None,
        destination: None,
        now,
    };
    let id = insert(tx, row)
        .await?
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("outbox row not written")))?;
    if let Some(s) = secrets {
        seal_secrets(tx, vault, &id, &s).await?;
    }
    Ok(id)
}

async fn seal_secrets(tx: &mut Tx, vault: &Vault, id: &str, s: &Secrets) -> Result<(), Error> {
    let json = serde_json::to_vec(s).map_err(anyhow::Error::from)?;
    sqlx::query("INSERT INTO notification_secrets (notification_id, sealed) VALUES ($1, $2)")
        .bind(id)
        .bind(vault.seal(&format!("notification-secrets:{id}"), &json))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// An e-mail to someone without an account (`secrets.to`, sealed with the rest), written in
/// `secrets.languages`, in the caller's transaction. `once`: a key that makes a second call a
/// no-op (`None` returned). Returns the row's id.
pub async fn enqueue_to_address(
    tx: &mut Tx,
    vault: &Vault,
    kind: Kind,
    secrets: Secrets,
    once: &str,
    now: i64,
) -> Result<Option<String>, Error> {
    if secrets.to.is_none() {
        return Err(Error::Internal(anyhow::anyhow!(
            "a message without an account needs an address"
        )));
    }
    let row = NewRow {
        account_id: None,
        kind,
        channel: Channel::Email,
        appointment_id: None,
        once_key: Some(format!("{once}:{}", Channel::Email.as_str())),
        destination: None,
        now,
    };
    let Some(id) = insert(tx, row).await? else {
        return Ok(None);
    };
    seal_secrets(tx, vault, &id, &secrets).await?;
    Ok(Some(id))
}

/// The channels an account chose, as shown and changed on its page.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema, PartialEq, Eq)]
pub struct Channels {
    /// E-mail (on unless turned off).
    pub email: bool,
    /// SMS (only with a verified number).
    pub sms: bool,
    /// Whether the account has a verified number.
    pub sms_number_verified: bool,
    /// Whether this service sends SMS at all.
    pub sms_available: bool,
}

#[derive(sqlx::FromRow)]
struct VerifiedRow {
    verified_at: Option<i64>,
}

pub async fn channels(app: &crate::state::AppState, account_id: i64) -> Result<Channels, Error> {
    let chosen: Option<ChannelsRow> =
        sqlx::query_as("SELECT email, sms FROM notification_channels WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(&app.db.read)
            .await?;
    let number: Option<VerifiedRow> =
        sqlx::query_as("SELECT verified_at FROM sms_numbers WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(&app.db.read)
            .await?;
    let verified = number.is_some_and(|n| n.verified_at.is_some());
    Ok(Channels {
        email: chosen.as_ref().is_none_or(|c| c.email == 1),
        sms: verified && chosen.is_some_and(|c| c.sms == 1),
        sms_number_verified: verified,
        sms_available: app.settings.notifications.sms.is_some(),
    })
}

/// Changes the chosen channels (`None` keeps one as it is). SMS stays off without a
/// verified number.
pub async fn set_channels(
    tx: &mut Tx,
    account_id: i64,
    email: Option<bool>,
    sms: Option<bool>,
    now: i64,
) -> Result<(), Error> {
    let current: Option<ChannelsRow> =
        sqlx::query_as("SELECT email, sms FROM notification_channels WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(&mut **tx)
            .await?;
    let verified: Option<VerifiedRow> = sqlx::query_as(
        "SELECT verified_at FROM sms_numbers WHERE account_id = $1 AND verified_at IS NOT NULL",
    )
    .bind(account_id)
    .fetch_optional(&mut **tx)
    .await?;
    let (cur_email, cur_sms) = current.map_or((true, false), |c| (c.email == 1, c.sms == 1));
    let email = email.unwrap_or(cur_email);
    let sms = sms.unwrap_or(cur_sms) && verified.is_some();
    sqlx::query(
        "INSERT INTO notification_channels (account_id, email, sms, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id) DO UPDATE SET email = $2, sms = $3, updated_at = $4",
    )
    .bind(account_id)
    .bind(i64::from(email))
    .bind(i64::from(sms))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// One message sent (or to be sent) to the account: what, how, when, where it is. Never the
/// body.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema, sqlx::FromRow)]
pub struct SentView {
    pub id: String,
    /// selected, confirm-soon, cancelled, voided, moved, no-show, or an account event.
    pub kind: String,
    /// email or sms.
    pub channel: String,
    /// pending, sent, failed, unsendable, delivered, undelivered.
    pub status: String,
    /// When it was written (seconds since the epoch).
    pub created_at: i64,
    #[schema(required = true)]
    pub sent_at: Option<i64>,
}

/// The account's notifications, newest first.
pub async fn sent_to(
    app: &crate::state::AppState,
    account_id: i64,
    limit: i64,
) -> Result<Vec<SentView>, Error> {
    Ok(sqlx::query_as(
        "SELECT id, kind, channel, status, created_at, sent_at FROM notifications
         WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2",
    )
    .bind(account_id)
    .bind(limit)
    .fetch_all(&app.db.read)
    .await?)
}

#[derive(sqlx::FromRow)]
struct CountRow {
    n: i64,
}

/// Demo data: what the demo traveler was already sent (selected, then the reminder, both by
/// e-mail an hour apart), unless the account has notifications already.
pub async fn demo_history(
    app: &crate::state::AppState,
    account_id: i64,
    appointment_id: Option<&str>,
    now: i64,
) -> Result<(), Error> {
    let mut tx = app.db.begin().await?;
    let existing: CountRow =
        sqlx::query_as("SELECT COUNT(*) AS n FROM notifications WHERE account_id = $1")
            .bind(account_id)
            .fetch_one(&mut *tx)
            .await?;
    if existing.n > 0 {
        return Ok(());
    }
    for (kind, ago) in [(Kind::Selected, 4 * 3600), (Kind::ConfirmSoon, 3 * 3600)] {
        let row = NewRow {
            account_id: Some(account_id),
            kind,
            channel: Channel::Email,
            appointment_id,
            once_key: None,
            destination: None,
            now: now - ago,
        };
        if let Some(id) = insert(&mut tx, row).await? {
            sqlx::query(
                "UPDATE notifications SET status = $1, attempts = 1, sent_at = $2 WHERE id = $3",
            )
            .bind(Status::Sent.as_str())
            .bind(now - ago + 30)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_take_the_senders_domain() {
        assert_eq!(
            message_id("abc", "Garita <no-reply@example.org>"),
            "<abc@example.org>"
        );
        assert_eq!(
            message_id("abc", "no-reply@example.org"),
            "<abc@example.org>"
        );
        assert_eq!(message_id("abc", "nobody"), "<abc@garita.invalid>");
    }

    #[test]
    fn every_kind_reads_back_from_its_text() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(*k));
        }
    }
}
