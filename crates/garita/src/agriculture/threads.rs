//! The message thread of a cargo request between its organisation and the facility's
//! specialists: plain text, and attachments — JPEG or PNG through the photo pipeline's checks
//! (decoded, bounded, re-encoded as JPEG without metadata), or a PDF checked by its magic
//! bytes and a parse of its structure — size-capped, sealed at rest, and served only as a
//! download under `Content-Security-Policy: sandbox` and `nosniff`. Each side's unread count is
//! the other side's messages beyond what it has read (a count, never a time).

use std::net::IpAddr;

use axum::body::Bytes;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use garita_domain::agriculture::Side;
use garita_domain::validation::bounded_text;
use serde::Serialize;
use utoipa::ToSchema;

use super::cargo::{load, tell_other_side};
use super::{rfc3339, CargoActor};
use crate::audit::{self, Entry};
use crate::http::errors::{Error, Result};
use crate::photos::processing::{normalize, PhotoLimits};
use crate::state::AppState;
use crate::storage::Tx;

/// Longest message, in characters.
pub const MAX_MESSAGE_CHARS: usize = 4000;
/// Largest attachment, in bytes.
pub const MAX_ATTACHMENT_BYTES: usize = 5 * 1024 * 1024;

/// What an attachment is, by what it was checked to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttachmentType {
    /// A JPEG or PNG, stored re-encoded as JPEG.
    Jpeg,
    Pdf,
}
garita_domain::text_enum!(AttachmentType {
    Jpeg = "image/jpeg",
    Pdf = "application/pdf",
});

impl AttachmentType {
    fn extension(self) -> &'static str {
        match self {
            AttachmentType::Jpeg => "jpg",
            AttachmentType::Pdf => "pdf",
        }
    }
}

/// Whether `bytes` are a PDF: the `%PDF-1.x`/`%PDF-2.0` header at the start, `%%EOF` near the
/// end, a `startxref` offset inside the file that points at an `xref` table or an object
/// (`n g obj`, a cross-reference stream), and at least one whole object. Not a renderer: it is
/// enough that a file claiming to be a PDF has a PDF's structure.
pub fn is_pdf(bytes: &[u8]) -> bool {
    let header_ok = bytes.len() > 16
        && bytes.starts_with(b"%PDF-")
        && matches!(
            &bytes[5..8],
            b"1.0" | b"1.1" | b"1.2" | b"1.3" | b"1.4" | b"1.5" | b"1.6" | b"1.7" | b"2.0"
        );
    if !header_ok {
        return false;
    }
    let tail_start = bytes.len().saturating_sub(1024);
    let tail = &bytes[tail_start..];
    let Some(eof) = find_last(tail, b"%%EOF") else {
        return false;
    };
    let Some(sx) = find_last(&tail[..eof], b"startxref") else {
        return false;
    };
    let digits: String = tail[sx + 9..eof]
        .iter()
        .map(|&b| b as char)
        .filter(|c| !c.is_whitespace())
        .collect();
    let Ok(offset) = digits.parse::<usize>() else {
        return false;
    };
    if offset >= bytes.len() {
        return false;
    }
    let at = &bytes[offset..];
    let points_at_xref = at.starts_with(b"xref")
        || {
            let head: Vec<u8> = at.iter().take(32).copied().collect();
            let text = String::from_utf8_lossy(&head);
            let mut words = text.split_whitespace();
            matches!(
                (words.next(), words.next(), words.next()),
                (Some(n), Some(g), Some(o)) if n.parse::<u64>().is_ok() && g.parse::<u64>().is_ok() && o.starts_with("obj")
            )
        };
    points_at_xref && find_last(bytes, b" obj").is_some() && find_last(bytes, b"endobj").is_some()
}

fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Checks an upload against what it claims (`Content-Type`): a JPEG or PNG goes through the
/// photo pipeline and comes back re-encoded; a PDF must be one; anything else is 415.
pub async fn check_attachment(claimed: &str, bytes: Bytes) -> Result<(AttachmentType, Vec<u8>)> {
    if bytes.len() > MAX_ATTACHMENT_BYTES {
        return Err(Error::PayloadTooLarge);
    }
    let claimed = claimed
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match claimed.as_str() {
        "image/jpeg" | "image/png" => {
            let limits = PhotoLimits {
                max_bytes: MAX_ATTACHMENT_BYTES,
                ..PhotoLimits::default()
            };
            let photo = tokio::task::spawn_blocking(move || normalize(&bytes, &limits))
                .await?
                .map_err(|e| Error::BadPhoto(e.code()))?;
            Ok((AttachmentType::Jpeg, photo.jpeg))
        }
        "application/pdf" if is_pdf(&bytes) => Ok((AttachmentType::Pdf, bytes.to_vec())),
        "application/pdf" => Err(Error::BadPhoto("attachment-not-pdf")),
        _ => Err(Error::UnsupportedMediaType),
    }
}

/// One message as both sides see it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Message {
    pub id: String,
    /// organisation or specialist.
    pub side: String,
    pub body: String,
    /// image/jpeg or application/pdf, if the message carries an attachment.
    pub attachment_type: Option<String>,
    pub attachment_size: Option<i64>,
    /// Where to download the attachment.
    pub attachment_url: Option<String>,
    pub created_at: String,
}

#[derive(sqlx::FromRow)]
struct MessageRow {
    id: String,
    side: String,
    body_sealed: Vec<u8>,
    attachment_type: Option<String>,
    attachment_size: Option<i64>,
    created_at: i64,
}

/// Writes a text message in the caller's transaction.
pub(super) async fn insert_text(
    tx: &mut Tx,
    app: &AppState,
    request_id: &str,
    actor: &CargoActor,
    body: &str,
    at: i64,
) -> Result<String> {
    insert(tx, app, request_id, actor, body, None, at).await
}

async fn insert(
    tx: &mut Tx,
    app: &AppState,
    request_id: &str,
    actor: &CargoActor,
    body: &str,
    attachment: Option<(AttachmentType, &[u8])>,
    at: i64,
) -> Result<String> {
    let id = crate::storage::vault::random_id();
    let sealed = app
        .vault
        .seal(&format!("agriculture-message:{id}"), body.as_bytes());
    let (kind, size, file) = match attachment {
        Some((t, bytes)) => (
            Some(t.as_str()),
            Some(bytes.len() as i64),
            Some(
                app.vault
                    .seal(&format!("agriculture-attachment:{id}"), bytes),
            ),
        ),
        None => (None, None, None),
    };
    sqlx::query(
        "INSERT INTO cargo_messages (id, request_id, side, author_id, body_sealed, attachment_type,
           attachment_size, attachment_sealed, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&id)
    .bind(request_id)
    .bind(actor.side().as_str())
    .bind(actor.account().map(|a| a.id))
    .bind(sealed)
    .bind(kind)
    .bind(size)
    .bind(file)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// Posts a message (text, and perhaps an attachment already checked) on a request the actor
/// may see, on a request still open. Audited; the other side is told.
pub async fn post(
    app: &AppState,
    actor: &CargoActor,
    ip: IpAddr,
    request_id: &str,
    body: &str,
    attachment: Option<(AttachmentType, Vec<u8>)>,
) -> Result<String> {
    let row = load(app, actor, request_id).await?;
    if !row.status()?.is_open() {
        return Err(Error::Conflict("agriculture-not-allowed"));
    }
    let text = if attachment.is_some() && body.trim().is_empty() {
        String::new()
    } else {
        bounded_text(body, 1, MAX_MESSAGE_CHARS).map_err(|p| Error::field("body", p))?
    };
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    let id = insert(
        &mut tx,
        app,
        request_id,
        actor,
        &text,
        attachment.as_ref().map(|(t, b)| (*t, b.as_slice())),
        at,
    )
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: actor.account(),
            action: "cargo-inspection.message",
            subject: format!("cargo-inspection:{request_id}"),
            detail: format!(
                "message={id} side={} attachment={}",
                actor.side().as_str(),
                attachment.as_ref().map_or("none", |(t, _)| t.as_str())
            ),
            ip,
            at,
        },
    )
    .await?;
    tell_other_side(&mut tx, app, &row, actor, row.specialist_id, at).await?;
    tx.commit().await?;
    Ok(id)
}

/// The thread, oldest first, opened (audited as a read), and marked read for the caller's side.
pub async fn list(
    app: &AppState,
    actor: &CargoActor,
    ip: IpAddr,
    request_id: &str,
) -> Result<Vec<Message>> {
    load(app, actor, request_id).await?;
    let rows: Vec<MessageRow> = sqlx::query_as(
        "SELECT id, side, body_sealed, attachment_type, attachment_size, created_at
         FROM cargo_messages WHERE request_id = $1 ORDER BY created_at, id",
    )
    .bind(request_id)
    .fetch_all(&app.db.read)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let body = String::from_utf8(
            app.vault
                .open(&format!("agriculture-message:{}", r.id), &r.body_sealed)?,
        )?;
        out.push(Message {
            id: r.id.clone(),
            side: r.side.clone(),
            body,
            attachment_type: r.attachment_type.clone(),
            attachment_size: r.attachment_size,
            attachment_url: r.attachment_type.as_ref().map(|_| {
                format!(
                    "/api/v1/cargo-inspections/{request_id}/messages/{}/attachment",
                    r.id
                )
            }),
            created_at: rfc3339(r.created_at),
        });
    }
    let mine = actor.side();
    let theirs = rows.iter().filter(|r| r.side != mine.as_str()).count() as i64;
    let at = app.clock.timestamp();
    let mut tx = app.db.begin().await?;
    sqlx::query(
        "INSERT INTO cargo_reads (request_id, side, read_count) VALUES ($1, $2, $3)
         ON CONFLICT (request_id, side) DO UPDATE SET read_count = CASE
           WHEN cargo_reads.read_count > excluded.read_count THEN cargo_reads.read_count
           ELSE excluded.read_count END",
    )
    .bind(request_id)
    .bind(mine.as_str())
    .bind(theirs)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Entry {
            actor: actor.account(),
            action: "cargo-inspection.thread-viewed",
            subject: format!("cargo-inspection:{request_id}"),
            detail: format!("side={} messages={}", mine.as_str(), rows.len()),
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(out)
}

#[derive(sqlx::FromRow)]
struct CountRow {
    theirs: i64,
    read: Option<i64>,
}

/// The other side's messages on a request not yet read by `side`.
pub async fn unread(app: &AppState, request_id: &str, side: Side) -> Result<i64> {
    let row: CountRow = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM cargo_messages WHERE request_id = $1 AND side <> $2) AS theirs,
                (SELECT read_count FROM cargo_reads WHERE request_id = $1 AND side = $2) AS read",
    )
    .bind(request_id)
    .bind(side.as_str())
    .fetch_one(&app.db.read)
    .await?;
    Ok((row.theirs - row.read.unwrap_or(0)).max(0))
}

#[derive(sqlx::FromRow)]
struct AttachmentRow {
    attachment_type: Option<String>,
    attachment_sealed: Option<Vec<u8>>,
}

/// An attachment, opened (audited), as a download that no browser renders in the page:
/// `Content-Disposition: attachment`, `Content-Security-Policy: sandbox`, `nosniff`.
pub async fn download(
    app: &AppState,
    actor: &CargoActor,
    ip: IpAddr,
    request_id: &str,
    message_id: &str,
) -> Result<Response> {
    load(app, actor, request_id).await?;
    let row: Option<AttachmentRow> = sqlx::query_as(
        "SELECT attachment_type, attachment_sealed FROM cargo_messages WHERE id = $1 AND request_id = $2",
    )
    .bind(message_id)
    .bind(request_id)
    .fetch_optional(&app.db.read)
    .await?;
    let (kind, sealed) = match row {
        Some(AttachmentRow {
            attachment_type: Some(k),
            attachment_sealed: Some(s),
        }) => (k, s),
        _ => return Err(Error::NotFound),
    };
    let kind = AttachmentType::parse(&kind).ok_or_else(|| {
        Error::Internal(anyhow::anyhow!(
            "message {message_id}: attachment type {kind:?}"
        ))
    })?;
    let bytes = app
        .vault
        .open(&format!("agriculture-attachment:{message_id}"), &sealed)?;
    audit::record_view(
        app,
        Entry {
            actor: actor.account(),
            action: "cargo-inspection.attachment-downloaded",
            subject: format!("cargo-inspection:{request_id}"),
            detail: format!("message={message_id}"),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(kind.as_str()),
    );
    if let Ok(v) = HeaderValue::from_str(&format!(
        "attachment; filename=\"attachment-{message_id}.{}\"",
        kind.extension()
    )) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::is_pdf;

    /// A minimal PDF with a correct cross-reference offset.
    pub fn tiny_pdf() -> Vec<u8> {
        let body = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
        let xref = body.len();
        let mut out = body.to_vec();
        out.extend_from_slice(
            format!("xref\n0 3\n0000000000 65535 f \ntrailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
        );
        out
    }

    #[test]
    fn pdfs_by_their_structure() {
        assert!(is_pdf(&tiny_pdf()));
        let mut wrong_offset = tiny_pdf();
        let n = wrong_offset.len();
        wrong_offset.truncate(n - 7);
        wrong_offset.extend_from_slice(b"9\n%%EOF\n");
        assert!(!is_pdf(&wrong_offset));
        assert!(!is_pdf(
            b"%PDF-1.4 but then nothing of a pdf at all, no trailer"
        ));
        assert!(!is_pdf(b"GIF89a......................"));
        let mut html = b"<html><script>alert(1)</script>".to_vec();
        html.extend_from_slice(&tiny_pdf());
        assert!(!is_pdf(&html));
    }
}
