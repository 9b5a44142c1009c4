//! E-mail over SMTP (lettre, rustls with ring). STARTTLS is required unless the server is on
//! this machine (loopback) or `--smtp-plain` says otherwise; `smtps://` is TLS from the start.

use chrono::{DateTime, Utc};
use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::outbox::{Rendered, SendError};
use crate::config::Notifications;

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// The host of an smtp:// or smtps:// URL (without user, port or brackets).
fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?']).next()?;
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if let Some(v6) = host_port.strip_prefix('[') {
        return v6.split(']').next();
    }
    Some(host_port.split(':').next().unwrap_or(host_port))
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The URL lettre is given: plain SMTP only to loopback or when allowed, STARTTLS required
/// otherwise.
pub fn transport_url(url: &str, plain_allowed: bool) -> anyhow::Result<String> {
    let host = host_of(url).filter(|h| !h.is_empty()).ok_or_else(|| {
        anyhow::anyhow!("--smtp-url must look like smtp://[user:password@]host[:port]")
    })?;
    if url.starts_with("smtps://") {
        return Ok(url.to_string());
    }
    anyhow::ensure!(
        url.starts_with("smtp://"),
        "--smtp-url must start with smtp:// or smtps://"
    );
    if plain_allowed || is_loopback(host) {
        return Ok(url.to_string());
    }
    if url.contains("tls=") {
        anyhow::ensure!(
            url.contains("tls=required"),
            "SMTP to {host} must use STARTTLS (tls=required) unless --smtp-plain is set"
        );
        return Ok(url.to_string());
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    Ok(format!("{url}{sep}tls=required"))
}

impl Mailer {
    pub fn from_settings(n: &Notifications) -> anyhow::Result<Option<Mailer>> {
        let Some(url) = &n.smtp_url else {
            return Ok(None);
        };
        let url = transport_url(&url.0, n.smtp_plain)?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&url)
            .map_err(|e| anyhow::anyhow!("--smtp-url: {e}"))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        let from: Mailbox = n
            .mail_from
            .parse()
            .map_err(|e| anyhow::anyhow!("--mail-from {:?}: {e}", n.mail_from))?;
        Ok(Some(Mailer { transport, from }))
    }

    /// Sends one message; `message_id` is the stored part, written as <id@sender's domain>.
    pub async fn send(
        &self,
        to: &str,
        message_id: &str,
        m: &Rendered,
        now: DateTime<Utc>,
    ) -> Result<(), SendError> {
        let to: Mailbox = to.parse().map_err(|e| SendError {
            permanent: true,
            message: format!("recipient address: {e}"),
        })?;
        let email = Message::builder()
            .message_id(Some(super::message_id(
                message_id,
                self.from.email.as_ref(),
            )))
            .date(now.into())
            .from(self.from.clone())
            .to(to)
            .subject(&m.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(m.body.clone())
            .map_err(|e| SendError {
                permanent: true,
                message: format!("building the message: {e}"),
            })?;
        self.transport
            .send(email)
            .await
            .map(|_| ())
            .map_err(|e| SendError {
                permanent: e.is_permanent(),
                message: format!("SMTP: {e}"),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_smtp_only_to_loopback_or_when_allowed() {
        assert_eq!(
            transport_url("smtp://127.0.0.1:2525", false).unwrap(),
            "smtp://127.0.0.1:2525"
        );
        assert_eq!(
            transport_url("smtp://localhost", false).unwrap(),
            "smtp://localhost"
        );
        assert_eq!(
            transport_url("smtp://u:p@mail.example.org:587", false).unwrap(),
            "smtp://u:p@mail.example.org:587?tls=required"
        );
        assert_eq!(
            transport_url("smtp://mail.example.org", true).unwrap(),
            "smtp://mail.example.org"
        );
        assert!(transport_url("smtp://mail.example.org?tls=opportunistic", false).is_err());
        assert!(transport_url("smtps://mail.example.org", false).is_ok());
        assert!(transport_url("http://mail.example.org", false).is_err());
        assert_eq!(host_of("smtp://u:p@[::1]:25"), Some("::1"));
        assert!(is_loopback("::1"));
    }
}
