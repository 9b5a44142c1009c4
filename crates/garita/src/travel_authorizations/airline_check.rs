//! The airline check before boarding: passport number + date of birth + nationality (the
//! passport's issuing country) → "authorized until DATE" or "not authorized". Every kind of no
//! (no such passport, another date of birth, refused, not decided, expired, a closed
//! programme) is the same answer by the same path. The passport is found by its keyed
//! fingerprint (`lookups::fingerprint`), the date of birth compared as a fingerprint: nothing
//! is decrypted. Throttled per account or key (the lookups allowance); every check audited
//! with a keyed tag, never the passport number.

use std::net::IpAddr;

use chrono::NaiveDate;
use garita_domain::identifiers::Identifier;
use garita_domain::parole::CaseStatus;
use garita_domain::validation::{FieldError, Invalid};

use super::{dob_fingerprint, programmes, AirlineAgent};
use crate::audit::{self, Entry};
use crate::http::errors::Error;
use crate::lookups;
use crate::state::AppState;

#[derive(sqlx::FromRow)]
struct Candidate {
    id: String,
    programme_id: String,
    status: String,
    valid_until: Option<String>,
    dob_fingerprint: String,
}

/// Equal without stopping at the first difference.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// One check: `Some(last day)` when authorized, `None` for every kind of no. Malformed input is
/// a 422 (nothing looked up); beyond the allowance a 429 (audited).
pub async fn check(
    app: &AppState,
    agent: &AirlineAgent,
    ip: IpAddr,
    passport_number: &str,
    date_of_birth: &str,
    nationality: &str,
) -> Result<Option<NaiveDate>, Error> {
    let dob =
        garita_domain::travelers::parse_date_of_birth(date_of_birth, crate::travelers::today(app));
    let passport = Identifier::passport(nationality, passport_number);
    let mut fields = Vec::new();
    if let Err(problem) = &dob {
        fields.push(FieldError {
            field: "date_of_birth",
            problem: problem.clone(),
        });
    }
    if let Err(Invalid(errors)) = &passport {
        fields.extend(errors.iter().map(|e| FieldError {
            field: if e.field == "country" {
                "nationality"
            } else {
                "passport_number"
            },
            problem: e.problem.clone(),
        }));
    }
    let (Ok(dob), Ok(passport)) = (dob, passport) else {
        return Err(Error::Invalid(Invalid(fields)));
    };
    let fp = lookups::fingerprint(&app.vault, &passport);
    let tag = lookups::audit_tag(&fp);
    let now = app.clock.now();
    let at = now.timestamp();
    if let Err(retry_after_secs) = app.lookup_account_throttle.try_take(&agent.throttle_key()) {
        audit::record_view(
            app,
            Entry {
                actor: agent.account(),
                action: "ata-check-refused",
                subject: format!("lookup:{tag}"),
                detail: format!(
                    "organisation={}{} throttled=per-account",
                    agent.organisation_id,
                    agent.audit_actor()
                ),
                ip,
                at,
            },
        )
        .await?;
        return Err(Error::TooManyRequests { retry_after_secs });
    }
    let candidates: Vec<Candidate> = sqlx::query_as(
        "SELECT id, programme_id, status, valid_until, dob_fingerprint FROM ata_cases
         WHERE passport_fingerprint = $1 ORDER BY id LIMIT 5",
    )
    .bind(&fp)
    .fetch_all(&app.db.read)
    .await?;
    let today = now.date_naive();
    let authorized = candidates
        .iter()
        .filter(|c| same(&c.dob_fingerprint, &dob_fingerprint(app, &c.id, dob)))
        .filter(|c| CaseStatus::parse(&c.status) == Some(CaseStatus::Granted))
        .filter(|c| programmes::get(&c.programme_id).is_some_and(|p| p.is_open(today)))
        .filter_map(|c| {
            c.valid_until
                .as_deref()
                .and_then(|d| d.parse::<NaiveDate>().ok())
        })
        .filter(|until| *until >= today)
        .max();
    audit::record_view(
        app,
        Entry {
            actor: agent.account(),
            action: "ata-check",
            subject: format!("lookup:{tag}"),
            detail: format!(
                "organisation={}{} result={}",
                agent.organisation_id,
                agent.audit_actor(),
                if authorized.is_some() {
                    "authorized"
                } else {
                    "not-authorized"
                }
            ),
            ip,
            at,
        },
    )
    .await?;
    Ok(authorized)
}
