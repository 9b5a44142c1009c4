//! The outbox job: claims due rows, renders each once (sealed beside it, so a retry sends the
//! same words), sends it on its channel, and marks it sent. At least once: a crash before the
//! mark sends again after the claim's lease, with the same Message-ID. Also the reminder of
//! offers not yet confirmed (one per offer) and the purge of old bodies.

use std::net::IpAddr;
use std::ops::ControlFlow;

use chrono::{DateTime, Utc};
use garita_domain::status::AppointmentStatus;
use serde::{Deserialize, Serialize};

use super::mail::Mailer;
use super::sms::SmsClient;
use super::{Channel, Kind, Secrets, Status};
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::i18n::Tr;
use crate::state::AppState;

/// Seconds a claimed row is left to its sender before another run may take it again.
pub const LEASE_SECS: i64 = 300;
/// Attempts before a row is given up as failed.
pub const MAX_ATTEMPTS: i64 = 8;
/// Hours before the confirm-by deadline when an unconfirmed offer is reminded.
pub const REMIND_HOURS: i64 = 3;

/// Seconds to wait after the `attempt`-th failure: 1 min, 2, 4 … up to 6 h.
pub fn backoff(attempt: i64) -> i64 {
    let exp = attempt.clamp(1, 20) - 1;
    (60_i64 << exp).min(6 * 3600)
}

/// A message as sent: rendered once, sealed in `notification_bodies`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub body: String,
    /// The language it was written in (a locale code).
    pub language: String,
}

/// Why a send did not go through; `permanent` ones are not retried.
#[derive(Debug)]
pub struct SendError {
    pub permanent: bool,
    pub message: String,
}

/// The channels this service can send on (each `None` when not configured).
pub struct Senders {
    pub mail: Option<Mailer>,
    pub sms: Option<SmsClient>,
    /// The demo without SMTP: e-mails are printed to the terminal (`Notifications::print_mail`).
    pub print_mail: bool,
}

impl Senders {
    pub fn from_settings(app: &AppState) -> anyhow::Result<Senders> {
        let n = &app.settings.notifications;
        Ok(Senders {
            mail: Mailer::from_settings(n)?,
            sms: SmsClient::from_settings(n)?,
            print_mail: n.print_mail,
        })
    }
}

/// What one run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub sent: u64,
    pub retried: u64,
    pub failed: u64,
    pub unsendable: u64,
}

#[derive(sqlx::FromRow)]
struct DueRow {
    id: String,
    /// `None`: to an address without an account (in its secrets).
    account_id: Option<i64>,
    kind: String,
    channel: String,
    appointment_id: Option<String>,
    message_id: String,
    attempts: i64,
    next_attempt_at: i64,
    destination_fingerprint: Option<String>,
}

#[derive(sqlx::FromRow)]
struct SealedRow {
    sealed: Vec<u8>,
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    email_fingerprint: String,
    email_sealed: Vec<u8>,
    language: Option<String>,
}

#[derive(sqlx::FromRow)]
struct SlotRow {
    port_id: String,
    day: String,
    start_time: String,
    confirm_by: i64,
}

#[derive(sqlx::FromRow)]
struct CountRow {
    n: i64,
}

/// Sends every due row.
pub async fn deliver_due(
    app: &AppState,
    senders: &Senders,
    now: DateTime<Utc>,
) -> Result<Report, Error> {
    deliver_due_with(app, senders, now, &|_| ControlFlow::Continue(())).await
}

/// `deliver_due`, calling `after_accept` with each Message-ID once its server has accepted it
/// and before it is marked sent; `Break` stops there, as a crash would (tests use it).
pub async fn deliver_due_with(
    app: &AppState,
    senders: &Senders,
    now: DateTime<Utc>,
    after_accept: &(dyn Fn(&str) -> ControlFlow<()> + Sync),
) -> Result<Report, Error> {
    let t = now.timestamp();
    let due: Vec<DueRow> = sqlx::query_as(
        "SELECT id, account_id, kind, channel, appointment_id, message_id, attempts, next_attempt_at, destination_fingerprint
         FROM notifications WHERE status = $1 AND next_attempt_at <= $2 ORDER BY next_attempt_at, id LIMIT 100",
    )
    .bind(Status::Pending.as_str())
    .bind(t)
    .fetch_all(&app.db.read)
    .await?;
    let mut report = Report::default();
    for row in due {
        // Claim: whoever moves next_attempt_at first sends; a crash leaves it to the lease.
        let claimed = sqlx::query(
            "UPDATE notifications SET attempts = attempts + 1, next_attempt_at = $1
             WHERE id = $2 AND status = $3 AND attempts = $4 AND next_attempt_at = $5",
        )
        .bind(t + LEASE_SECS)
        .bind(&row.id)
        .bind(Status::Pending.as_str())
        .bind(row.attempts)
        .bind(row.next_attempt_at)
        .execute(&app.db.write)
        .await?
        .rows_affected();
        if claimed != 1 {
            continue;
        }
        let channel = Channel::parse(&row.channel).ok_or_else(|| {
            Error::Internal(anyhow::anyhow!(
                "notification {}: unknown channel {:?}",
                row.id,
                row.channel
            ))
        })?;
        let configured = match channel {
            Channel::Email => senders.mail.is_some() || senders.print_mail,
            Channel::Sms => senders.sms.is_some(),
        };
        if !configured {
            tracing::warn!(
                notification = %row.id,
                channel = channel.as_str(),
                "notification kept in the outbox, not sent: {} is not configured ({})",
                channel.as_str(),
                match channel {
                    Channel::Email => "--smtp-url",
                    Channel::Sms => "--sms-account-sid and --sms-auth-token",
                }
            );
            finish(
                app,
                &row.id,
                Status::Unsendable,
                t,
                None,
                Some("channel not configured"),
            )
            .await?;
            report.unsendable += 1;
            continue;
        }
        let attempt = row.attempts + 1;
        match send_one(app, senders, &row, channel, t).await {
            Ok(provider_id) => {
                if after_accept(&row.message_id).is_break() {
                    return Ok(report);
                }
                mark_sent(app, &row, channel, t, provider_id.as_deref()).await?;
                report.sent += 1;
            }
            Err(e) if e.permanent && e.message == NO_ADDRESS => {
                finish(app, &row.id, Status::Unsendable, t, None, Some(NO_ADDRESS)).await?;
                report.unsendable += 1;
            }
            Err(e) if e.permanent || attempt >= MAX_ATTEMPTS => {
                tracing::error!(notification = %row.id, error = %e.message, "notification failed for good");
                finish(app, &row.id, Status::Failed, t, None, Some(&e.message)).await?;
                report.failed += 1;
            }
            Err(e) => {
                tracing::warn!(notification = %row.id, attempt, error = %e.message, "notification not sent; will retry");
                sqlx::query("UPDATE notifications SET next_attempt_at = $1, last_error = $2 WHERE id = $3 AND status = $4")
                    .bind(t + backoff(attempt))
                    .bind(&e.message)
                    .bind(&row.id)
                    .bind(Status::Pending.as_str())
                    .execute(&app.db.write)
                    .await?;
                report.retried += 1;
            }
        }
    }
    Ok(report)
}

/// Marks a row sent, with the audit entry for the address the vault opened to send it.
async fn mark_sent(
    app: &AppState,
    row: &DueRow,
    channel: Channel,
    t: i64,
    provider_id: Option<&str>,
) -> Result<(), Error> {
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "UPDATE notifications SET status = $1, sent_at = $2, provider_id = $3, last_error = NULL WHERE id = $4",
    )
    .bind(Status::Sent.as_str())
    .bind(t)
    .bind(provider_id)
    .bind(&row.id)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: None,
            action: "notification-sent",
            subject: row.account_id.map_or_else(
                || format!("notification:{}", row.id),
                |a| format!("account:{a}"),
            ),
            detail: format!("{} by {} ({})", row.kind, channel.as_str(), row.id),
            ip: IpAddr::from([127, 0, 0, 1]),
            at: t,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

async fn finish(
    app: &AppState,
    id: &str,
    status: Status,
    t: i64,
    provider_id: Option<&str>,
    error: Option<&str>,
) -> Result<(), Error> {
    sqlx::query(
        "UPDATE notifications SET status = $1, sent_at = $2, provider_id = $3, last_error = $4 WHERE id = $5",
    )
    .bind(status.as_str())
    .bind((status == Status::Sent).then_some(t))
    .bind(provider_id)
    .bind(error)
    .bind(id)
    .execute(&app.db.write)
    .await?;
    Ok(())
}

fn transient(message: impl std::fmt::Display) -> SendError {
    SendError {
        permanent: false,
        message: message.to_string(),
    }
}

/// Why an e-mail to an account without an address (a card's) is skipped, not sent.
pub const NO_ADDRESS: &str = "the account has no e-mail address";

fn permanent(message: impl std::fmt::Display) -> SendError {
    SendError {
        permanent: true,
        message: message.to_string(),
    }
}

/// Renders (or reopens) the message, finds its destination and sends it. Returns the
/// provider's id (an SMS's SID).
async fn send_one(
    app: &AppState,
    senders: &Senders,
    row: &DueRow,
    channel: Channel,
    t: i64,
) -> Result<Option<String>, SendError> {
    let secrets = secrets_of(app, &row.id).await.map_err(transient)?;
    let rendered = body_of(app, row, &secrets, t).await.map_err(transient)?;
    match channel {
        Channel::Email => {
            let to = match (&secrets.to, row.account_id) {
                (Some(to), _) => to.clone(),
                (None, Some(account_id)) => {
                    account_email(app, account_id).await.map_err(transient)?
                }
                (None, None) => return Err(permanent(NO_ADDRESS)),
            };
            // An account with no e-mail address (a card's, `card:<number>`): nothing to send.
            if !to.contains('@') {
                return Err(permanent(NO_ADDRESS));
            }
            if senders.mail.is_none() && senders.print_mail {
                println!(
                    "\n--- e-mail (the demo prints mail; --smtp-url sends it) ---\nTo: {to}\nMessage-ID: {}\nSubject: {}\n\n{}\n---",
                    row.message_id, rendered.subject, rendered.body
                );
                return Ok(None);
            }
            let mailer = senders
                .mail
                .as_ref()
                .ok_or_else(|| permanent("e-mail is not configured"))?;
            mailer
                .send(&to, &row.message_id, &rendered, app.clock.now())
                .await?;
            Ok(None)
        }
        Channel::Sms => {
            let client = senders
                .sms
                .as_ref()
                .ok_or_else(|| permanent("SMS is not configured"))?;
            within_sms_caps(app, row, t).await?;
            let to = match (&secrets.to, row.account_id) {
                (Some(to), _) => to.clone(),
                (None, Some(account_id)) => super::sms::verified_number(app, account_id)
                    .await
                    .map_err(transient)?
                    .ok_or_else(|| permanent("no verified number"))?,
                (None, None) => return Err(permanent("no verified number")),
            };
            let text = format!("{}\n{}", rendered.subject, rendered.body);
            client
                .send(&to, &text, &app.settings.notifications.public_url)
                .await
                .map(Some)
        }
    }
}

/// SMS-pumping fraud: at most so many SMS a day to one account and to one number.
async fn within_sms_caps(app: &AppState, row: &DueRow, t: i64) -> Result<(), SendError> {
    let n = &app.settings.notifications;
    let since = t - 86_400;
    let sent = [Status::Sent, Status::Delivered, Status::Undelivered];
    let by_account: CountRow = sqlx::query_as(
        "SELECT COUNT(*) AS n FROM notifications WHERE account_id = $1 AND channel = $2 AND sent_at >= $3 AND status IN ($4, $5, $6)",
    )
    .bind(row.account_id)
    .bind(Channel::Sms.as_str())
    .bind(since)
    .bind(sent[0].as_str())
    .bind(sent[1].as_str())
    .bind(sent[2].as_str())
    .fetch_one(&app.db.read)
    .await
    .map_err(transient)?;
    if by_account.n >= n.sms_per_account_day {
        return Err(permanent("daily SMS cap for this account reached"));
    }
    if let Some(fp) = &row.destination_fingerprint {
        let by_number: CountRow = sqlx::query_as(
            "SELECT COUNT(*) AS n FROM notifications WHERE destination_fingerprint = $1 AND channel = $2 AND sent_at >= $3 AND status IN ($4, $5, $6)",
        )
        .bind(fp)
        .bind(Channel::Sms.as_str())
        .bind(since)
        .bind(sent[0].as_str())
        .bind(sent[1].as_str())
        .bind(sent[2].as_str())
        .fetch_one(&app.db.read)
        .await
        .map_err(transient)?;
        if by_number.n >= n.sms_per_number_day {
            return Err(permanent("daily SMS cap for this number reached"));
        }
    }
    Ok(())
}

async fn secrets_of(app: &AppState, id: &str) -> Result<Secrets, Error> {
    let row: Option<SealedRow> =
        sqlx::query_as("SELECT sealed FROM notification_secrets WHERE notification_id = $1")
            .bind(id)
            .fetch_optional(&app.db.read)
            .await?;
    let Some(row) = row else {
        return Ok(Secrets::default());
    };
    let plain = app
        .vault
        .open(&format!("notification-secrets:{id}"), &row.sealed)
        .map_err(|e| Error::Internal(anyhow::anyhow!("notification {id}: secrets: {e}")))?;
    serde_json::from_slice(&plain)
        .map_err(|e| Error::Internal(anyhow::anyhow!("notification {id}: secrets: {e}")))
}

/// The account's address, opened from the vault.
async fn account_email(app: &AppState, account_id: i64) -> Result<String, Error> {
    let a = account(app, account_id).await?;
    let plain = app
        .vault
        .open(
            &format!("account-email:{}", a.email_fingerprint),
            &a.email_sealed,
        )
        .map_err(|e| Error::Internal(anyhow::anyhow!("account {account_id}: e-mail: {e}")))?;
    String::from_utf8(plain)
        .map_err(|e| Error::Internal(anyhow::anyhow!("account {account_id}: e-mail: {e}")))
}

async fn account(app: &AppState, account_id: i64) -> Result<AccountRow, Error> {
    Ok(sqlx::query_as(
        "SELECT email_fingerprint, email_sealed, language FROM accounts WHERE id = $1",
    )
    .bind(account_id)
    .fetch_one(&app.db.read)
    .await?)
}

/// The row's message: the sealed one if it was rendered before, else rendered now and sealed.
async fn body_of(
    app: &AppState,
    row: &DueRow,
    secrets: &Secrets,
    t: i64,
) -> Result<Rendered, Error> {
    let aad = format!("notification-body:{}", row.id);
    let stored: Option<SealedRow> =
        sqlx::query_as("SELECT sealed FROM notification_bodies WHERE notification_id = $1")
            .bind(&row.id)
            .fetch_optional(&app.db.read)
            .await?;
    if let Some(s) = stored {
        let plain = app
            .vault
            .open(&aad, &s.sealed)
            .map_err(|e| Error::Internal(anyhow::anyhow!("notification {}: body: {e}", row.id)))?;
        return serde_json::from_slice(&plain)
            .map_err(|e| Error::Internal(anyhow::anyhow!("notification {}: body: {e}", row.id)));
    }
    let rendered = render(app, row, secrets).await?;
    let json = serde_json::to_vec(&rendered).map_err(anyhow::Error::from)?;
    sqlx::query(
        "INSERT INTO notification_bodies (notification_id, sealed, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (notification_id) DO NOTHING",
    )
    .bind(&row.id)
    .bind(app.vault.seal(&aad, &json))
    .bind(t)
    .execute(&app.db.write)
    .await?;
    Ok(rendered)
}

/// Writes the message in the account's language, or for an address without an account in
/// each of the languages its secrets name (one after the other, the first first). Only what
/// happened, where and when, and "sign in to see": never pass codes, names or photos.
async fn render(app: &AppState, row: &DueRow, secrets: &Secrets) -> Result<Rendered, Error> {
    let kind = Kind::parse(&row.kind).ok_or_else(|| {
        Error::Internal(anyhow::anyhow!(
            "notification {}: unknown kind {:?}",
            row.id,
            row.kind
        ))
    })?;
    let mut locales: Vec<usize> = Vec::new();
    match row.account_id {
        Some(account_id) => {
            let language = account(app, account_id).await?.language;
            locales.push(
                language
                    .as_deref()
                    .and_then(|l| app.catalogs.find(l))
                    .unwrap_or(0),
            );
        }
        None => {
            for l in &secrets.languages {
                if let Some(i) = app.catalogs.find(l) {
                    if !locales.contains(&i) {
                        locales.push(i);
                    }
                }
            }
        }
    }
    if locales.is_empty() {
        locales.push(0);
    }
    let mut parts = Vec::with_capacity(locales.len());
    for locale in locales {
        parts.push(render_in(app, row, secrets, kind, locale).await?);
    }
    if parts.len() == 1 {
        return Ok(parts.remove(0));
    }
    Ok(Rendered {
        subject: parts
            .iter()
            .map(|p| p.subject.as_str())
            .collect::<Vec<_>>()
            .join(" / "),
        body: parts
            .iter()
            .map(|p| p.body.as_str())
            .collect::<Vec<_>>()
            .join("\n\n* * *\n\n"),
        language: parts[0].language.clone(),
    })
}

/// The message in one locale.
async fn render_in(
    app: &AppState,
    row: &DueRow,
    secrets: &Secrets,
    kind: Kind,
    locale: usize,
) -> Result<Rendered, Error> {
    let tr = Tr::new(app.catalogs.clone(), locale);
    let url = app
        .settings
        .notifications
        .public_url
        .trim_end_matches('/')
        .to_string();
    let mut args: Vec<(&str, String)> = vec![("url", url.clone())];
    if let Some(link) = &secrets.link {
        args.push(("link", link.clone()));
    }
    if let Some(code) = &secrets.code {
        args.push(("code", code.clone()));
    }
    if let Some(organisation) = &secrets.organisation {
        args.push(("organisation", organisation.clone()));
    }
    if let Some(until) = secrets.until {
        args.push(("until", tr.date(until)));
    }
    if kind.about_appointment() {
        if let Some(id) = &row.appointment_id {
            let slot: SlotRow = sqlx::query_as(
                "SELECT port_id, day, start_time, confirm_by FROM appointments WHERE id = $1",
            )
            .bind(id)
            .fetch_one(&app.db.read)
            .await?;
            let port = app.ports.iter().find(|p| p.id == slot.port_id);
            let zone: chrono_tz::Tz = port
                .and_then(|p| p.time_zone.parse().ok())
                .unwrap_or(app.settings.cycle.time_zone);
            let day: chrono::NaiveDate = slot.day.parse().map_err(|e| {
                Error::Internal(anyhow::anyhow!("appointment {id}: unreadable day: {e}"))
            })?;
            let deadline = DateTime::from_timestamp(slot.confirm_by, 0).ok_or_else(|| {
                Error::Internal(anyhow::anyhow!("appointment {id}: confirm_by out of range"))
            })?;
            args.push((
                "port",
                port.map_or(slot.port_id.clone(), |p| p.name.clone()),
            ));
            args.push(("date", tr.date(day)));
            // The port's time and its zone in words ("3:09 p.m. hora del Pacífico").
            args.push((
                "time",
                crate::appointments::pages::clock_in_zone(&tr, day, &slot.start_time, zone),
            ));
            args.push((
                "deadline",
                crate::locale_format::date_time(tr.code(), deadline, zone),
            ));
        }
    }
    let key = kind.as_str();
    let subject = tr.with(&format!("notification-{key}-subject"), &args);
    let mut body = tr.with(&format!("notification-{key}-body"), &args);
    if kind != Kind::SmsCode {
        body.push_str("\n\n");
        body.push_str(&tr.with("notification-footer", &args));
    }
    // Right-to-left catalogs wrap each value in bidi isolation marks (U+2068 … U+2069). Around
    // a link in a plain-text e-mail they would be taken into the link by the mail client that
    // makes it clickable, and the link would not open: links go out bare, on their own.
    for (name, value) in &args {
        if matches!(*name, "url" | "link") {
            body = body.replace(&format!("\u{2068}{value}\u{2069}"), value);
        }
    }
    Ok(Rendered {
        subject,
        body,
        language: tr.code().to_string(),
    })
}

#[derive(sqlx::FromRow)]
struct OfferRow {
    id: String,
    account_id: i64,
}

/// Offers within `REMIND_HOURS` of their deadline and not confirmed get one reminder each
/// (the `once` key makes a second run a no-op). Returns how many rows were written.
pub async fn remind_unconfirmed(app: &AppState, now: DateTime<Utc>) -> Result<usize, Error> {
    let t = now.timestamp();
    let offers: Vec<OfferRow> = sqlx::query_as(
        "SELECT id, account_id FROM appointments WHERE status = $1 AND confirm_by > $2 AND confirm_by <= $3",
    )
    .bind(AppointmentStatus::Offered.as_str())
    .bind(t)
    .bind(t + REMIND_HOURS * 3600)
    .fetch_all(&app.db.read)
    .await?;
    let mut written = 0;
    for o in offers {
        let mut tx = app.db.begin().await?;
        written += super::enqueue(
            &mut tx,
            o.account_id,
            Kind::ConfirmSoon,
            Some(&o.id),
            Some(&format!("confirm-soon:{}", o.id)),
            t,
        )
        .await?;
        tx.commit().await?;
    }
    Ok(written)
}

/// Deletes sealed bodies and secrets older than the configured days (the row itself stays:
/// kind, channel, time and status are what the traveler's list shows).
pub async fn purge(app: &AppState, now: DateTime<Utc>) -> Result<u64, Error> {
    let before = now.timestamp() - app.settings.notifications.keep_bodies_days * 86_400;
    let mut tx = app.db.begin().await?;
    let bodies = sqlx::query("DELETE FROM notification_bodies WHERE created_at < $1")
        .bind(before)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    sqlx::query(
        "DELETE FROM notification_secrets WHERE notification_id IN (SELECT id FROM notifications WHERE created_at < $1)",
    )
    .bind(before)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(bodies)
}

/// The job inside `serve`: reminders, sending, purging, every `every`, each idempotent.
pub fn spawn_jobs(app: AppState) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    let senders = Senders::from_settings(&app)?;
    if senders.mail.is_none() && !senders.print_mail {
        tracing::warn!("e-mail is off (no --smtp-url): notifications are kept in the outbox and marked unsendable");
    }
    Ok(tokio::spawn(async move {
        let mut every = tokio::time::interval(app.settings.notifications.every);
        loop {
            every.tick().await;
            let now = app.clock.now();
            if let Err(e) = remind_unconfirmed(&app, now).await {
                tracing::error!(error = ?e, "notification reminders failed; will retry");
            }
            if let Err(e) = deliver_due(&app, &senders, now).await {
                tracing::error!(error = ?e, "sending notifications failed; will retry");
            }
            if let Err(e) = purge(&app, now).await {
                tracing::error!(error = ?e, "purging notification bodies failed; will retry");
            }
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_a_minute_up_to_six_hours() {
        assert_eq!(backoff(1), 60);
        assert_eq!(backoff(2), 120);
        assert_eq!(backoff(3), 240);
        for a in 1..40 {
            assert!(backoff(a + 1) >= backoff(a));
            assert!(backoff(a) <= 6 * 3600);
        }
        assert_eq!(backoff(30), 6 * 3600);
    }
}
