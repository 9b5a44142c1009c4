//! Finding a person by an identifier that is sealed at rest (a name with a date of birth, a
//! passport number, a PASSID…) without decrypting anything: each subject's identifiers are kept
//! as keyed fingerprints (HMAC-SHA-256 of the identifier's canonical text, see
//! `garita_domain::identifiers`), and a lookup fingerprints what was asked and matches it
//! exactly. Every lookup is capped, throttled per account and per target, and audited.
//!
//! Fingerprints are taken with the vault's lookup key, which never rotates (like the e-mail
//! fingerprints): `garita key rotate` re-seals data but leaves these as they are, and a lookup
//! key that changed would find nobody. Anyone holding that key could test guesses against a
//! stored fingerprint, which is why the key stays out of the database and the table holds no
//! part of the identifier itself.
//!
//! Subjects are rows of other features (`traveler` today; I-94 applicants, travel
//! authorizations… later), so there is no foreign key: deleting a subject must delete its
//! fingerprints, with [`forget`] in the same transaction, or (when the row can also vanish by a
//! cascade) with a trigger as migration 0013 has for `travelers`.

use std::net::IpAddr;

use garita_domain::identifiers::{member_identifiers, Identifier, LookupPurpose, SubjectKind};
use garita_domain::travelers::Member;

use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;
use crate::storage::vault::Vault;
use crate::storage::{Db, Tx};

/// How many subjects a lookup returns unless its caller asks for fewer or more.
pub const DEFAULT_CAP: usize = 5;

/// A row an identifier belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    pub kind: SubjectKind,
    pub id: String,
}

impl Subject {
    pub fn traveler(id: &str) -> Subject {
        Subject {
            kind: SubjectKind::Traveler,
            id: id.to_string(),
        }
    }
}

/// The keyed fingerprint of an identifier (its kind is part of the fingerprinted text).
pub fn fingerprint(vault: &Vault, identifier: &Identifier) -> String {
    vault.fingerprint(&identifier.canonical())
}

/// A short tag of a fingerprint for the audit trail: the same target gives the same tag, so
/// an auditor can see one person looked up again and again, but the tag is neither the
/// identifier nor the stored fingerprint (a hash of it, cut to 48 bits).
pub fn audit_tag(fingerprint: &str) -> String {
    crate::storage::vault::sha256_hex(&format!("garita/lookup-tag/v1:{fingerprint}"))[..12]
        .to_string()
}

/// Sets a subject's identifiers inside the caller's transaction, replacing the ones it had.
/// (Takes the vault rather than the whole state so the start-up backfill can use it.)
pub async fn index(
    tx: &mut Tx,
    vault: &Vault,
    subject: &Subject,
    identifiers: &[Identifier],
    now: i64,
) -> Result<(), Error> {
    forget(tx, subject).await?;
    for identifier in identifiers {
        sqlx::query(
            "INSERT INTO identifier_fingerprints (subject_kind, subject_id, identifier_kind, fingerprint, created_at)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        )
        .bind(subject.kind.as_str())
        .bind(&subject.id)
        .bind(identifier.kind().as_str())
        .bind(fingerprint(vault, identifier))
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Deletes a subject's fingerprints (call it in the transaction that deletes the subject).
pub async fn forget(tx: &mut Tx, subject: &Subject) -> Result<u64, Error> {
    Ok(sqlx::query(
        "DELETE FROM identifier_fingerprints WHERE subject_kind = $1 AND subject_id = $2",
    )
    .bind(subject.kind.as_str())
    .bind(&subject.id)
    .execute(&mut **tx)
    .await?
    .rows_affected())
}

/// Sets a member's fingerprints (name + date of birth) when the member is saved.
pub async fn index_member(
    tx: &mut Tx,
    vault: &Vault,
    traveler_id: &str,
    member: &Member,
    now: i64,
) -> Result<(), Error> {
    index(
        tx,
        vault,
        &Subject::traveler(traveler_id),
        &member_identifiers(member),
        now,
    )
    .await
}

/// One lookup: why, for which kind of subject, by what, and at most how many answers.
pub struct Search<'a> {
    pub purpose: LookupPurpose,
    pub subject_kind: SubjectKind,
    pub identifier: &'a Identifier,
    pub cap: usize,
}

impl<'a> Search<'a> {
    pub fn new(
        purpose: LookupPurpose,
        subject_kind: SubjectKind,
        identifier: &'a Identifier,
    ) -> Self {
        Search {
            purpose,
            subject_kind,
            identifier,
            cap: DEFAULT_CAP,
        }
    }
}

/// What a lookup found: the ids of the matching subjects (at most the cap, in a stable
/// order), whether there were more, and the tag its audit entry names.
#[derive(Debug)]
pub struct Found {
    pub subject_ids: Vec<String>,
    pub capped: bool,
    pub tag: String,
}

#[derive(sqlx::FromRow)]
struct MatchRow {
    subject_id: String,
}

/// Finds the subjects an identifier belongs to: exact match of its keyed fingerprint, never
/// the raw value in SQL, no row decrypted. Throttled per account and per target (the target's
/// fingerprint, so a person looked up from many accounts is protected too): 429 beyond either.
/// Every query is audited, found, missed or throttled, with its kind, purpose and count.
pub async fn find(
    app: &AppState,
    caller: &Account,
    ip: IpAddr,
    search: Search<'_>,
) -> Result<Found, Error> {
    let kind = search.identifier.kind();
    let fp = fingerprint(&app.vault, search.identifier);
    let tag = audit_tag(&fp);
    let criteria = format!(
        "kind={} purpose={} of={}",
        kind.as_str(),
        search.purpose.as_str(),
        search.subject_kind.as_str()
    );
    let throttled = app
        .lookup_account_throttle
        .try_take(&caller.id.to_string())
        .map_err(|wait| (wait, "per-account"))
        .and_then(|()| {
            app.lookup_target_throttle
                .try_take(&format!("{}:{fp}", kind.as_str()))
                .map_err(|wait| (wait, "per-target"))
        });
    if let Err((retry_after_secs, which)) = throttled {
        audit::record_view(
            app,
            Entry {
                actor: Some(caller),
                action: "identifier-lookup-refused",
                subject: format!("lookup:{tag}"),
                detail: format!("{criteria} throttled={which}"),
                ip,
                at: app.clock.timestamp(),
            },
        )
        .await?;
        return Err(Error::TooManyRequests { retry_after_secs });
    }
    let cap = search.cap.max(1);
    let mut rows: Vec<MatchRow> = sqlx::query_as(
        "SELECT subject_id FROM identifier_fingerprints
         WHERE identifier_kind = $1 AND fingerprint = $2 AND subject_kind = $3
         ORDER BY subject_id LIMIT $4",
    )
    .bind(kind.as_str())
    .bind(&fp)
    .bind(search.subject_kind.as_str())
    .bind(cap as i64 + 1)
    .fetch_all(&app.db.read)
    .await?;
    let capped = rows.len() > cap;
    rows.truncate(cap);
    let subject_ids: Vec<String> = rows.into_iter().map(|r| r.subject_id).collect();
    // The subjects found, by opaque id: who was revealed to whom stays answerable.
    let found = subject_ids
        .iter()
        .map(|id| format!("{}:{id}", search.subject_kind.as_str()))
        .collect::<Vec<_>>()
        .join(",");
    audit::record_view(
        app,
        Entry {
            actor: Some(caller),
            action: "identifier-lookup",
            subject: format!("lookup:{tag}"),
            detail: format!(
                "{criteria} results={} capped={capped} found=[{found}]",
                subject_ids.len()
            ),
            ip,
            at: app.clock.timestamp(),
        },
    )
    .await?;
    Ok(Found {
        subject_ids,
        capped,
        tag,
    })
}

#[derive(sqlx::FromRow)]
struct UnindexedRow {
    id: String,
    sealed: Vec<u8>,
}

/// Fingerprints for members saved before fingerprints existed (migration 0013), run at every
/// start before the service answers: members with no fingerprint row at all, in batches of
/// 500 by id (so a name that gives no fingerprint, e.g. only punctuation, is passed once), each
/// batch in one transaction. Idempotent, and after the first start it is one query that finds
/// nothing (a member whose name gives no fingerprint is opened again at each start). A start-up step rather than a command, so no deployment can forget it and serve
/// lookups that miss older members. Returns how many members it read.
pub async fn backfill(db: &Db, vault: &Vault, now: i64) -> anyhow::Result<u64> {
    let mut done = 0u64;
    let mut after = String::new();
    loop {
        let rows: Vec<UnindexedRow> = sqlx::query_as(
            "SELECT t.id, t.sealed FROM travelers t WHERE t.id > $2 AND NOT EXISTS
               (SELECT 1 FROM identifier_fingerprints f WHERE f.subject_kind = $1 AND f.subject_id = t.id)
             ORDER BY t.id LIMIT 500",
        )
        .bind(SubjectKind::Traveler.as_str())
        .bind(&after)
        .fetch_all(&db.read)
        .await?;
        let Some(last) = rows.last() else {
            return Ok(done);
        };
        after = last.id.clone();
        let mut tx = db.begin().await?;
        for row in &rows {
            let plain = vault
                .open(&format!("traveler:{}", row.id), &row.sealed)
                .map_err(|e| anyhow::anyhow!("traveler {}: {e}", row.id))?;
            let member: Member = serde_json::from_slice(&plain)
                .map_err(|e| anyhow::anyhow!("traveler {}: unreadable record: {e}", row.id))?;
            index_member(&mut tx, vault, &row.id, &member, now)
                .await
                .map_err(|e| anyhow::anyhow!("traveler {}: {e}", row.id))?;
        }
        tx.commit().await?;
        done += rows.len() as u64;
    }
}
