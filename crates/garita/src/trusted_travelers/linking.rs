//! A traveler links their membership: programme, PASSID and date of birth. All three must be
//! the membership's (and it must not be another account's): then it is linked to the account.
//! Any miss is the same "not found", saying nothing of which part was wrong. Attempts are
//! throttled per account and per PASSID (the lookup allowances of `crate::lookups`, taken
//! under one lock each, so they hold under concurrent requests) and every attempt is audited
//! with a keyed tag of the PASSID, never the PASSID.

use std::net::IpAddr;

use garita_domain::trusted_travelers::parse_link;

use super::{dob_fingerprint, passid_fingerprint, same};
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::http::session::Account;
use crate::lookups;
use crate::state::AppState;

/// The account's allowance key (its own, beside the officers' lookups).
pub fn account_key(account_id: i64) -> String {
    format!("ttp-link:{account_id}")
}

/// The PASSID's allowance key: the target key `lookups::find` uses for a PASSID, so every
/// lookup of one PASSID, whoever makes it, counts against the same allowance.
pub fn passid_key(passid_fp: &str) -> String {
    format!("passid:{passid_fp}")
}

#[derive(sqlx::FromRow)]
struct CandidateRow {
    id: String,
    programme: String,
    dob_fingerprint: String,
    account_id: Option<i64>,
}

/// Links the membership that matches, returning its id; `Error::NotFound` for any miss; 422
/// for what is not a PASSID or a date of birth (nothing counted); 429 beyond either allowance.
pub async fn link(
    app: &AppState,
    account: &Account,
    ip: IpAddr,
    programme: &str,
    passid: &str,
    date_of_birth: &str,
) -> Result<String, Error> {
    let (programme, passid, dob) = parse_link(
        programme,
        passid,
        date_of_birth,
        crate::travelers::today(app),
    )?;
    let passid_fp = passid_fingerprint(app, &passid);
    let tag = lookups::audit_tag(&passid_fp);
    let at = app.clock.timestamp();
    let throttled = app
        .lookup_account_throttle
        .try_take(&account_key(account.id))
        .map_err(|wait| (wait, "per-account"))
        .and_then(|()| {
            app.lookup_target_throttle
                .try_take(&passid_key(&passid_fp))
                .map_err(|wait| (wait, "per-passid"))
        });
    if let Err((retry_after_secs, which)) = throttled {
        audit::record_view(
            app,
            Entry {
                actor: Some(account),
                action: "ttp-link-refused",
                subject: format!("passid:{tag}"),
                detail: format!("throttled={which}"),
                ip,
                at,
            },
        )
        .await?;
        return Err(Error::TooManyRequests { retry_after_secs });
    }
    let asked_dob = dob_fingerprint(app, &passid, dob);
    let mut tx = app.db.begin().await?;
    let candidate: Option<CandidateRow> = sqlx::query_as(
        "SELECT id, programme, dob_fingerprint, account_id FROM ttp_memberships WHERE passid_fingerprint = $1",
    )
    .bind(&passid_fp)
    .fetch_optional(&mut *tx)
    .await?;
    let matched = candidate.filter(|c| {
        // Every part compared, whichever fails first.
        let dob_ok = same(&c.dob_fingerprint, &asked_dob);
        let programme_ok = c.programme == programme.as_str();
        let free = c.account_id.is_none_or(|a| a == account.id);
        dob_ok & programme_ok & free
    });
    let linked =
        match &matched {
            Some(c) => sqlx::query(
                "UPDATE ttp_memberships SET account_id = $1, linked_at = COALESCE(linked_at, $2)
                 WHERE id = $3 AND (account_id IS NULL OR account_id = $1)",
            )
            .bind(account.id)
            .bind(at)
            .bind(&c.id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1,
            None => false,
        };
    audit::record(
        &mut tx,
        Entry {
            actor: Some(account),
            action: "ttp-link",
            subject: format!("passid:{tag}"),
            detail: match (&matched, linked) {
                (Some(c), true) => format!("result=linked membership={}", c.id),
                _ => "result=not-found".to_string(),
            },
            ip,
            at,
        },
    )
    .await?;
    tx.commit().await?;
    match matched {
        Some(c) if linked => Ok(c.id),
        _ => Err(Error::NotFound),
    }
}
