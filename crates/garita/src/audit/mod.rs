//! The audit trail: who saw or changed which personal data, when, and from where. Entries are
//! append-only and hash-chained (each entry's hash covers the previous one), so editing or
//! deleting a row is detected by `garita audit verify`. Admins read and export it.

pub mod api;
pub mod pages;

use std::net::IpAddr;

use serde::Serialize;
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use crate::http::errors::Error;
use crate::http::session::Account;
use crate::state::AppState;
use crate::storage::{Db, Tx};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One thing to record. `subject` names the record touched (e.g. `traveler:ab12…`).
pub struct Entry<'a> {
    pub actor: Option<&'a Account>,
    pub action: &'a str,
    pub subject: String,
    pub detail: String,
    pub ip: IpAddr,
    /// When it happened (seconds since the epoch, from the service's clock).
    pub at: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct Row {
    pub seq: i64,
    pub at: i64,
    #[schema(required = true)]
    pub actor_id: Option<i64>,
    pub actor_role: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
    pub ip: String,
    pub prev_hash: String,
    pub hash: String,
}

/// One entry's place in the chain: what its hash covers.
pub struct Link<'a> {
    pub prev: &'a str,
    pub seq: i64,
    pub at: i64,
    pub actor_id: Option<i64>,
    pub role: &'a str,
    pub action: &'a str,
    pub subject: &'a str,
    pub detail: &'a str,
    pub ip: &'a str,
}

/// SHA-256 over the previous hash and every field, each length-prefixed so no two different
/// entries can serialize alike.
pub fn entry_hash(l: &Link<'_>) -> String {
    let mut h = Sha256::new();
    let actor = l.actor_id.map(|a| a.to_string()).unwrap_or_default();
    for part in [
        l.prev,
        &l.seq.to_string(),
        &l.at.to_string(),
        &actor,
        l.role,
        l.action,
        l.subject,
        l.detail,
        l.ip,
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// The end of the chain: the last entry's number and hash (one row, id 1).
#[derive(sqlx::FromRow)]
struct Head {
    seq: i64,
    hash: String,
}

/// What a caller adds to a function's own transaction, written just before it commits: a
/// helper's act (`crate::consents::Act`) is recorded with the change it made, so neither is
/// kept without the other. Owned, so a write that waits for its batch can carry it.
pub trait Also: Send + Sync + 'static {
    fn write<'a>(
        &'a self,
        app: &'a AppState,
        tx: &'a mut Tx,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), Error>> + Send + 'a>>;
}

/// Writes `also`, if any, in `tx` (see [`Also`]).
pub async fn also(app: &AppState, tx: &mut Tx, also: Option<&dyn Also>) -> Result<(), Error> {
    match also {
        Some(a) => a.write(app, tx).await,
        None => Ok(()),
    }
}

/// Appends an entry inside the caller's transaction, so the record and the action it
/// describes commit together. The head row serializes concurrent appends.
pub async fn record(tx: &mut Tx, e: Entry<'_>) -> Result<(), Error> {
    let Head { seq, hash: prev } =
        sqlx::query_as("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash")
            .fetch_one(&mut **tx)
            .await?;
    let at = e.at;
    let actor_id = e.actor.map(|a| a.id);
    let role = e.actor.map(|a| a.label()).unwrap_or("anonymous");
    let ip = network_of(e.ip);
    let hash = entry_hash(&Link {
        prev: &prev,
        seq,
        at,
        actor_id,
        role,
        action: e.action,
        subject: &e.subject,
        detail: &e.detail,
        ip: &ip,
    });
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor_id, actor_role, action, subject, detail, ip, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(seq)
    .bind(at)
    .bind(actor_id)
    .bind(role)
    .bind(e.action)
    .bind(&e.subject)
    .bind(&e.detail)
    .bind(&ip)
    .bind(&prev)
    .bind(&hash)
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE audit_head SET hash = $1 WHERE id = 1")
        .bind(&hash)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Where an entry came from, without the person: the address's network (IPv4 /24, IPv6 /48),
/// never the address itself. An entry cannot be changed once chained, so it must hold nothing
/// that erasing a person would have to remove: people appear only as opaque ids.
pub fn network_of(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            format!("{a}.{b}.{c}.0/24")
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return network_of(IpAddr::V4(v4));
            }
            let s = v6.segments();
            let net = std::net::Ipv6Addr::new(s[0], s[1], s[2], 0, 0, 0, 0, 0);
            format!("{net}/48")
        }
    }
}

/// Records a view (a read has no transaction of its own).
pub async fn record_view(app: &AppState, e: Entry<'_>) -> Result<(), Error> {
    let mut tx = app.db.begin().await?;
    record(&mut tx, e).await?;
    tx.commit().await?;
    Ok(())
}

#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Intact { entries: i64 },
    Broken { seq: i64, reason: String },
}

/// Walks the whole chain and the head.
pub async fn verify(db: &Db) -> anyhow::Result<Verdict> {
    let mut prev = GENESIS.to_string();
    let mut expected_seq = 1;
    let mut after = 0i64;
    loop {
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT seq, at, actor_id, actor_role, action, subject, detail, ip, prev_hash, hash
             FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 1000",
        )
        .bind(after)
        .fetch_all(&db.read)
        .await?;
        if rows.is_empty() {
            break;
        }
        for r in rows {
            if r.seq != expected_seq {
                return Ok(Verdict::Broken {
                    seq: expected_seq,
                    reason: format!("entry {expected_seq} is missing"),
                });
            }
            if r.prev_hash != prev {
                return Ok(Verdict::Broken {
                    seq: r.seq,
                    reason: "does not link to the entry before it".into(),
                });
            }
            let hash = entry_hash(&Link {
                prev: &r.prev_hash,
                seq: r.seq,
                at: r.at,
                actor_id: r.actor_id,
                role: &r.actor_role,
                action: &r.action,
                subject: &r.subject,
                detail: &r.detail,
                ip: &r.ip,
            });
            if hash != r.hash {
                return Ok(Verdict::Broken {
                    seq: r.seq,
                    reason: "its content was changed after it was written".into(),
                });
            }
            prev = r.hash;
            after = r.seq;
            expected_seq += 1;
        }
    }
    let Head {
        seq: head_seq,
        hash: head_hash,
    } = sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1")
        .fetch_one(&db.read)
        .await?;
    if head_seq != expected_seq - 1 || head_hash != prev {
        return Ok(Verdict::Broken {
            seq: expected_seq,
            reason: format!("the chain ends at entry {} but {head_seq} were written (entries removed from the end?)", expected_seq - 1),
        });
    }
    Ok(Verdict::Intact {
        entries: expected_seq - 1,
    })
}

pub async fn page(db: &Db, after: i64, limit: i64) -> Result<Vec<Row>, Error> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT seq, at, actor_id, actor_role, action, subject, detail, ip, prev_hash, hash
         FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2",
    )
    .bind(after)
    .bind(limit.clamp(1, 1000))
    .fetch_all(&db.read)
    .await?;
    Ok(rows)
}

pub async fn latest(db: &Db, limit: i64) -> Result<Vec<Row>, Error> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT seq, at, actor_id, actor_role, action, subject, detail, ip, prev_hash, hash
         FROM audit_log ORDER BY seq DESC LIMIT $1",
    )
    .bind(limit.clamp(1, 1000))
    .fetch_all(&db.read)
    .await?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::network_of;

    #[test]
    fn entries_keep_the_network_never_the_address() {
        assert_eq!(
            network_of("203.0.113.77".parse().unwrap()),
            "203.0.113.0/24"
        );
        assert_eq!(
            network_of("2001:db8:abcd:12:1:2:3:4".parse().unwrap()),
            "2001:db8:abcd::/48"
        );
        assert_eq!(
            network_of("::ffff:198.51.100.9".parse().unwrap()),
            "198.51.100.0/24"
        );
        assert!(!network_of("203.0.113.77".parse().unwrap()).contains("77"));
    }
}
