//! `garita key rotate`: re-seals every sealed column under the vault's current key, so the
//! older keys can then be dropped. Batches of rows, each written in one transaction by
//! conditional updates (`… WHERE sealed = <what was read>`), so the service may keep running:
//! a row changed meanwhile is left to its writer. Values already under the current key are
//! left alone (checked by opening them), so a run can be stopped and started again, and a run
//! after a finished one changes nothing.
//!
//! Only sealed data rotates. The lookup keys (e-mail fingerprints, CSRF tokens, pseudonyms)
//! stay derived from the keyring's lookup key: stored fingerprints are how accounts are found.

use anyhow::{bail, Context};

use super::vault::{KeyId, Vault};
use super::Db;

/// A column that holds sealed values, and how its rows' associated data is formed.
#[derive(Debug, Clone, Copy)]
pub struct SealedColumn {
    pub table: &'static str,
    pub column: &'static str,
    /// The primary key, the order rows are visited in.
    pub key: &'static str,
    pub key_is_integer: bool,
    /// The associated data is `aad_prefix` followed by the text of column `aad_column`.
    pub aad_prefix: &'static str,
    pub aad_column: &'static str,
}

/// Every sealed column (a test checks that every BLOB/BYTEA column of the schema is listed).
/// The associated data repeats what the feature that seals the column writes.
pub const SEALED_COLUMNS: &[SealedColumn] = &[
    // accounts::insert_account (and demo, bench)
    SealedColumn {
        table: "accounts",
        column: "email_sealed",
        key: "id",
        key_is_integer: true,
        aad_prefix: "account-email:",
        aad_column: "email_fingerprint",
    },
    // travelers::seal
    SealedColumn {
        table: "travelers",
        column: "sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "traveler:",
        aad_column: "id",
    },
    // i94::insert_applicant (names, birth, passport and visa numbers, address)
    SealedColumn {
        table: "i94_applicants",
        column: "sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "i94_applicant:",
        aad_column: "id",
    },
    // photos::normalize_and_save
    SealedColumn {
        table: "photos",
        column: "sealed",
        key: "traveler_id",
        key_is_integer: false,
        aad_prefix: "photo:",
        aad_column: "traveler_id",
    },
    // rosters::import (a roster person's names, date of birth, nationality)
    SealedColumn {
        table: "roster_people",
        column: "sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "roster_person:",
        aad_column: "id",
    },
    // travel_authorizations (the case as imported)
    SealedColumn {
        table: "ata_cases",
        column: "sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "ata-case:",
        aad_column: "id",
    },
    // travel_authorizations (what the beneficiary confirmed)
    SealedColumn {
        table: "ata_cases",
        column: "biographic_sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "ata-biographic:",
        aad_column: "id",
    },
    // travel_authorizations (the beneficiary's passport)
    SealedColumn {
        table: "ata_cases",
        column: "passport_sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "ata-passport:",
        aad_column: "id",
    },
    // travel_authorizations (the live photo)
    SealedColumn {
        table: "ata_cases",
        column: "photo_sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "ata-photo:",
        aad_column: "id",
    },
    // draw::ensure_commitment
    SealedColumn {
        table: "draws",
        column: "seed_sealed",
        key: "day",
        key_is_integer: false,
        aad_prefix: "draw-seed:",
        aad_column: "day",
    },
    // accounts::second_factor::begin_enrolment
    SealedColumn {
        table: "second_factors",
        column: "secret_sealed",
        key: "account_id",
        key_is_integer: true,
        aad_prefix: "second-factor:",
        aad_column: "account_id",
    },
    // notifications::outbox (the rendered message, purged after the configured days)
    SealedColumn {
        table: "notification_bodies",
        column: "sealed",
        key: "notification_id",
        key_is_integer: false,
        aad_prefix: "notification-body:",
        aad_column: "notification_id",
    },
    // notifications::enqueue_with_secrets (links, codes, an old address)
    SealedColumn {
        table: "notification_secrets",
        column: "sealed",
        key: "notification_id",
        key_is_integer: false,
        aad_prefix: "notification-secrets:",
        aad_column: "notification_id",
    },
    // accounts::recovery (the address a change-of-e-mail token confirms; NULL otherwise)
    SealedColumn {
        table: "account_tokens",
        column: "new_email_sealed",
        key: "token_hash",
        key_is_integer: false,
        aad_prefix: "account-token:",
        aad_column: "token_hash",
    },
    // organisations::invitations (the invited address, shown to the inviter)
    SealedColumn {
        table: "invitations",
        column: "email_sealed",
        key: "id",
        key_is_integer: true,
        aad_prefix: "invitation-email:",
        aad_column: "email_fingerprint",
    },
    // policies::store_destination (the group's U.S. address, when the policy asks for it)
    SealedColumn {
        table: "appointment_requests",
        column: "destination_sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "request-destination:",
        aad_column: "id",
    },
    // notifications::sms::start_verification
    SealedColumn {
        table: "sms_numbers",
        column: "sealed",
        key: "account_id",
        key_is_integer: true,
        aad_prefix: "sms-number:",
        aad_column: "account_id",
    },
    // bus_manifests::insert_traveler, csv_import::write_batch
    SealedColumn {
        table: "bus_manifest_travelers",
        column: "sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "bus-traveler:",
        aad_column: "id",
    },
    // trusted_travelers::imports::apply (the PASSID)
    SealedColumn {
        table: "ttp_memberships",
        column: "passid_sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "ttp-passid:",
        aad_column: "id",
    }, // agriculture::cargo::create (the contact)
    SealedColumn {
        table: "cargo_requests",
        column: "contact_sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "agriculture-contact:",
        aad_column: "id",
    },
    // agriculture::threads::insert (a message's text)
    SealedColumn {
        table: "cargo_messages",
        column: "body_sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "agriculture-message:",
        aad_column: "id",
    },
    // agriculture::threads::insert (an attachment)
    SealedColumn {
        table: "cargo_messages",
        column: "attachment_sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "agriculture-attachment:",
        aad_column: "id",
    },
    // agriculture::airport::create (an item's description)
    SealedColumn {
        table: "airport_items",
        column: "description_sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "airport-item:",
        aad_column: "id",
    },
    // agriculture::airport::answer (the specialist's note)
    SealedColumn {
        table: "airport_items",
        column: "answer_note_sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "airport-answer:",
        aad_column: "id",
    },
    // agriculture::item_photos::add (a photo of an airport-request item)
    SealedColumn {
        table: "airport_item_photos",
        column: "photo_sealed",
        key: "id",
        key_is_integer: false,
        aad_prefix: "airport-item-photo:",
        aad_column: "id",
    },
];

/// What one run did to one column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnReport {
    pub table: &'static str,
    pub column: &'static str,
    /// Sealed again under the current key (from an older key or the legacy format).
    pub resealed: u64,
    /// Already under the current key: left alone.
    pub current: u64,
    /// Changed by the service between the read and the write: left to its writer (which
    /// seals under its own current key; run again to be sure).
    pub changed_meanwhile: u64,
}

/// What one run did, column by column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RotateReport {
    pub key: KeyId,
    pub columns: Vec<ColumnReport>,
}

impl RotateReport {
    pub fn resealed(&self) -> u64 {
        self.columns.iter().map(|c| c.resealed).sum()
    }

    pub fn changed_meanwhile(&self) -> u64 {
        self.columns.iter().map(|c| c.changed_meanwhile).sum()
    }
}

impl std::fmt::Display for RotateReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "current key id {}", self.key)?;
        for c in &self.columns {
            writeln!(
                f,
                "{}.{}: {} re-sealed, {} already current, {} changed meanwhile",
                c.table, c.column, c.resealed, c.current, c.changed_meanwhile
            )?;
        }
        Ok(())
    }
}

#[derive(sqlx::FromRow)]
struct SealedRow {
    key: String,
    aad_basis: String,
    sealed: Vec<u8>,
}

/// Re-seals every sealed value under `vault`'s current key, `batch` rows per transaction.
/// Stops at the first value no key of the vault opens (batches before it stay done), naming
/// its table, row and key id.
pub async fn rotate(db: &Db, vault: &Vault, batch: u32) -> anyhow::Result<RotateReport> {
    let batch = i64::from(batch.max(1));
    check_lookup_key(db, vault).await?;
    let mut columns = Vec::new();
    for c in SEALED_COLUMNS {
        columns.push(
            rotate_column(db, vault, c, batch)
                .await
                .with_context(|| format!("re-sealing {}.{}", c.table, c.column))?,
        );
    }
    Ok(RotateReport {
        key: vault.current_key_id(),
        columns,
    })
}

async fn rotate_column(
    db: &Db,
    vault: &Vault,
    c: &SealedColumn,
    batch: i64,
) -> anyhow::Result<ColumnReport> {
    let mut report = ColumnReport {
        table: c.table,
        column: c.column,
        resealed: 0,
        current: 0,
        changed_meanwhile: 0,
    };
    let select = |after: bool| {
        format!(
            "SELECT CAST({key} AS TEXT) AS key, CAST({aad} AS TEXT) AS aad_basis, {col} AS sealed
             FROM {table} {filter} ORDER BY {key} LIMIT $1",
            key = c.key,
            aad = c.aad_column,
            col = c.column,
            table = c.table,
            // A nullable sealed column (account_tokens.new_email_sealed) skips its NULLs.
            filter = if after {
                format!("WHERE {} IS NOT NULL AND {} > $2", c.column, c.key)
            } else {
                format!("WHERE {} IS NOT NULL", c.column)
            },
        )
    };
    let update = format!(
        "UPDATE {table} SET {col} = $1 WHERE {key} = $2 AND {col} = $3",
        table = c.table,
        col = c.column,
        key = c.key
    );
    let mut last: Option<String> = None;
    loop {
        let query =
            sqlx::query_as::<_, SealedRow>(sqlx::AssertSqlSafe(select(last.is_some()))).bind(batch);
        let rows = match &last {
            None => query.fetch_all(&db.read).await?,
            Some(k) if c.key_is_integer => {
                query.bind(integer_key(c, k)?).fetch_all(&db.read).await?
            }
            Some(k) => query.bind(k.clone()).fetch_all(&db.read).await?,
        };
        let Some(end) = rows.last().map(|r| r.key.clone()) else {
            break;
        };
        // Open and seal outside the transaction: the writer is held only for the updates.
        let mut changes = Vec::new();
        for row in &rows {
            let aad = format!("{}{}", c.aad_prefix, row.aad_basis);
            match vault
                .reseal(&aad, &row.sealed)
                .with_context(|| format!("row {} of {}", row.key, c.table))?
            {
                None => report.current += 1,
                Some(fresh) => changes.push((row, fresh)),
            }
        }
        if !changes.is_empty() {
            let mut tx = db.begin().await?;
            for (row, fresh) in changes {
                let q = sqlx::query(sqlx::AssertSqlSafe(update.clone())).bind(fresh);
                let q = if c.key_is_integer {
                    q.bind(integer_key(c, &row.key)?)
                } else {
                    q.bind(row.key.clone())
                };
                let done = q.bind(row.sealed.clone()).execute(&mut *tx).await?;
                if done.rows_affected() == 1 {
                    report.resealed += 1;
                } else {
                    report.changed_meanwhile += 1;
                }
            }
            tx.commit().await?;
        }
        if (rows.len() as i64) < batch {
            break;
        }
        last = Some(end);
    }
    Ok(report)
}

fn integer_key(c: &SealedColumn, key: &str) -> anyhow::Result<i64> {
    key.parse()
        .with_context(|| format!("{}.{} {key:?} is not an integer", c.table, c.key))
}

#[derive(sqlx::FromRow)]
struct FirstAccount {
    email_fingerprint: String,
    email_sealed: Vec<u8>,
}

/// Refuses a vault whose lookup key did not make the stored e-mail fingerprints (the oldest
/// account's): with it the service would find no account, and would let an e-mail register
/// twice. The usual cause is a changed `--secret-key-file` without keeping the key the
/// deployment began with as the lookup key. Worth calling at start as well as before a rotation.
pub async fn check_lookup_key(db: &Db, vault: &Vault) -> anyhow::Result<()> {
    let first: Option<FirstAccount> =
        sqlx::query_as("SELECT email_fingerprint, email_sealed FROM accounts ORDER BY id LIMIT 1")
            .fetch_optional(&db.read)
            .await?;
    let Some(first) = first else {
        return Ok(());
    };
    let email = vault
        .open(
            &format!("account-email:{}", first.email_fingerprint),
            &first.email_sealed,
        )
        .context("opening the oldest account's e-mail")?;
    let email = String::from_utf8(email).context("the oldest account's e-mail")?;
    if vault.fingerprint(&email) != first.email_fingerprint {
        bail!(
            "the stored e-mail fingerprints were not made with this lookup key: keep the secret key \
             the deployment began with as the lookup key (fingerprints do not rotate)"
        );
    }
    Ok(())
}
