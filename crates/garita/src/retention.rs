//! How long each kind of data is kept and what deletes it: one table (`rules`), which the
//! privacy page renders and the purge job (`purge`) applies, so the notice cannot say one thing
//! while the jobs do another. Each rule that has a job is tested by moving the clock past it.

use chrono::{DateTime, Duration, Utc};
use garita_domain::status::RequestStatus;

use crate::http::errors::Error;
use crate::state::AppState;

/// How long a kind of data is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Until the person deletes it (or the account).
    WhileAccount,
    Minutes(i64),
    Hours(i64),
    Days(i64),
    /// Never deleted (holds no personal data in clear).
    Always,
}

/// What deletes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeletedBy {
    /// The person, on "My data" (or by removing a member).
    You,
    /// A job of `purge`.
    Job(Job),
    /// Nothing: kept whole so the audit chain stays verifiable.
    Nothing,
}

/// The purge jobs, one per rule that expires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    ClosedRequests,
    PastAppointments,
    CheckIns,
    EndedSessions,
    Reauthentications,
    IdempotencyKeys,
    WaitTimeReports,
    NotificationBodies,
    NotificationRecords,
    AccountLinks,
    PendingLogins,
    BusManifests,
    TtpInterviews,
    AgricultureInspections,
    AtaCases,
    AtaInvitations,
    RosterPeople,
    RosterPlaces,
}

/// One line of the retention table. `kind` names its message (`retention-kind-<kind>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub kind: &'static str,
    pub keep: Keep,
    pub deleted_by: DeletedBy,
}

/// Closed requests and past appointments are kept this long after they end (a person may ask
/// what happened; no-show blocks and "ask again" rules need them for a while).
pub const ENDED_DAYS: i64 = 90;
/// Officers' check-in records: long enough to settle a dispute about the day.
pub const CHECK_IN_DAYS: i64 = 30;
pub const IDEMPOTENCY_DAYS: i64 = 2;
pub const WAIT_TIME_DAYS: i64 = 365;
pub const NOTIFICATION_RECORD_DAYS: i64 = 365;
/// Links sent by e-mail (verify, reset, change of address) live an hour to a day; their rows
/// are gone a day after the longest of them has expired.
pub const ACCOUNT_LINK_DAYS: i64 = 2;
/// A re-authentication opens "My data" for this long.
pub const REAUTH_MINUTES: i64 = 10;

/// The table, with the limits the running service actually uses.
pub fn rules(app: &AppState) -> Vec<Rule> {
    use DeletedBy::{Nothing, You};
    use Keep::*;
    let session_hours = (app.settings.session_absolute.as_secs() / 3600) as i64;
    vec![
        Rule {
            kind: "account",
            keep: WhileAccount,
            deleted_by: You,
        },
        Rule {
            kind: "members",
            keep: WhileAccount,
            deleted_by: You,
        },
        Rule {
            // Consents to helping organisations, their cards and what was done for you
            // (`consents`): deleted with the account.
            kind: "helper-consents",
            keep: WhileAccount,
            deleted_by: You,
        },
        Rule {
            // A programme roster's people (`rosters`): a year after the last import that
            // listed them, with the import reports no one refers to any more.
            kind: "roster-people",
            keep: Days(crate::rosters::KEEP_DAYS),
            deleted_by: DeletedBy::Job(Job::RosterPeople),
        },
        Rule {
            // Places reserved for roster people (`rosters::draw`): after the slot's day.
            kind: "roster-places",
            keep: Days(ENDED_DAYS),
            deleted_by: DeletedBy::Job(Job::RosterPlaces),
        },
        Rule {
            kind: "requests",
            keep: Days(ENDED_DAYS),
            deleted_by: DeletedBy::Job(Job::ClosedRequests),
        },
        Rule {
            kind: "appointments",
            keep: Days(ENDED_DAYS),
            deleted_by: DeletedBy::Job(Job::PastAppointments),
        },
        Rule {
            kind: "check-ins",
            keep: Days(CHECK_IN_DAYS),
            deleted_by: DeletedBy::Job(Job::CheckIns),
        },
        Rule {
            kind: "sessions",
            keep: Hours(session_hours),
            deleted_by: DeletedBy::Job(Job::EndedSessions),
        },
        Rule {
            kind: "reauthentications",
            keep: Minutes(REAUTH_MINUTES),
            deleted_by: DeletedBy::Job(Job::Reauthentications),
        },
        Rule {
            kind: "sign-in-steps",
            keep: Minutes(crate::accounts::second_factor::PENDING_SECS / 60),
            deleted_by: DeletedBy::Job(Job::PendingLogins),
        },
        Rule {
            kind: "account-links",
            keep: Days(ACCOUNT_LINK_DAYS),
            deleted_by: DeletedBy::Job(Job::AccountLinks),
        },
        Rule {
            kind: "idempotency",
            keep: Days(IDEMPOTENCY_DAYS),
            deleted_by: DeletedBy::Job(Job::IdempotencyKeys),
        },
        Rule {
            kind: "notification-bodies",
            keep: Days(app.settings.notifications.keep_bodies_days),
            deleted_by: DeletedBy::Job(Job::NotificationBodies),
        },
        Rule {
            kind: "notifications",
            keep: Days(NOTIFICATION_RECORD_DAYS),
            deleted_by: DeletedBy::Job(Job::NotificationRecords),
        },
        Rule {
            kind: "wait-times",
            keep: Days(WAIT_TIME_DAYS),
            deleted_by: DeletedBy::Job(Job::WaitTimeReports),
        },
        Rule {
            kind: "bus-manifests",
            keep: Days(app.settings.bus_manifest_keep_days),
            deleted_by: DeletedBy::Job(Job::BusManifests),
        },
        Rule {
            kind: "ttp-interviews",
            keep: Days(ENDED_DAYS),
            deleted_by: DeletedBy::Job(Job::TtpInterviews),
        },
        Rule {
            // Cargo inspections once inspected or cancelled, their threads and attachments;
            // travelers' airport requests after the flight's day.
            kind: "agriculture-inspections",
            keep: Days(ENDED_DAYS),
            deleted_by: DeletedBy::Job(Job::AgricultureInspections),
        },
        Rule {
            // Parole travel authorizations: refused cases after the decision, expired ATAs
            // after their expiry (with their steps, photo, passport and fingerprints); cases
            // not (yet) selected stay in the pool while the programme is open.
            kind: "ata-cases",
            keep: Days(ENDED_DAYS),
            deleted_by: DeletedBy::Job(Job::AtaCases),
        },
        Rule {
            // Invitation links (hashes only), once used or expired.
            kind: "ata-invitations",
            keep: Days(ACCOUNT_LINK_DAYS),
            deleted_by: DeletedBy::Job(Job::AtaInvitations),
        },
        Rule {
            // Provisional I-94s and their payments: the traveler's travel history.
            kind: "i94",
            keep: WhileAccount,
            deleted_by: You,
        },
        Rule {
            kind: "audit",
            keep: Always,
            deleted_by: Nothing,
        },
    ]
}

/// How many rows each job deleted.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Purged(pub Vec<(Job, u64)>);

impl Purged {
    pub fn of(&self, job: Job) -> u64 {
        self.0
            .iter()
            .filter(|(j, _)| *j == job)
            .map(|(_, n)| n)
            .sum()
    }
}

/// Applies every rule with a job, each idempotent, each from `now`.
pub async fn purge(app: &AppState, now: DateTime<Utc>) -> Result<Purged, Error> {
    let mut done = Vec::new();
    for rule in rules(app) {
        if let DeletedBy::Job(job) = rule.deleted_by {
            done.push((job, run(app, job, rule.keep, now).await?));
        }
    }
    // Requests and appointments purged: status pages read afresh.
    app.hot.status.changed_all();
    Ok(Purged(done))
}

fn limit(keep: Keep) -> Duration {
    match keep {
        Keep::Minutes(m) => Duration::minutes(m),
        Keep::Hours(h) => Duration::hours(h),
        Keep::Days(d) => Duration::days(d),
        Keep::WhileAccount | Keep::Always => Duration::MAX,
    }
}

async fn run(app: &AppState, job: Job, keep: Keep, now: DateTime<Utc>) -> Result<u64, Error> {
    let Some(cutoff) = now.checked_sub_signed(limit(keep)) else {
        return Ok(0);
    };
    let before = cutoff.timestamp();
    // Days are compared as the port's calendar text ("YYYY-MM-DD"); a day ahead of UTC's is
    // kept a little longer, never shorter.
    let before_day = (cutoff - Duration::days(1)).date_naive().to_string();
    let w = &app.db.write;
    let n = match job {
        Job::ClosedRequests => {
            // A request still blocking a new one (a no-show's wait) is kept until it ends.
            sqlx::query(
                "DELETE FROM appointment_requests WHERE status = $1 AND updated_at < $2
                 AND (blocked_until IS NULL OR blocked_until < $3)",
            )
            .bind(RequestStatus::Closed.as_str())
            .bind(before)
            .bind(now.date_naive().to_string())
            .execute(w)
            .await?
            .rows_affected()
        }
        Job::PastAppointments => sqlx::query("DELETE FROM appointments WHERE day < $1")
            .bind(&before_day)
            .execute(w)
            .await?
            .rows_affected(),
        Job::CheckIns => {
            let mut tx = app.db.begin().await?;
            let n = sqlx::query(
                "DELETE FROM member_checks WHERE code IN
                 (SELECT p.code FROM passes p JOIN appointments a ON a.id = p.appointment_id WHERE a.day < $1)",
            )
            .bind(&before_day)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            let m = sqlx::query(
                "UPDATE appointments SET port_status = NULL, port_status_at = NULL
                 WHERE day < $1 AND port_status IS NOT NULL",
            )
            .bind(&before_day)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            tx.commit().await?;
            n + m
        }
        Job::EndedSessions => {
            let idle = app.settings.session_idle.as_secs() as i64;
            sqlx::query("DELETE FROM sessions WHERE created_at < $1 OR last_seen_at < $2")
                .bind(before)
                .bind(now.timestamp() - idle)
                .execute(w)
                .await?
                .rows_affected()
        }
        Job::Reauthentications => sqlx::query("DELETE FROM reauthentications WHERE at < $1")
            .bind(before)
            .execute(w)
            .await?
            .rows_affected(),
        Job::PendingLogins => sqlx::query("DELETE FROM pending_logins WHERE created_at < $1")
            .bind(before)
            .execute(w)
            .await?
            .rows_affected(),
        Job::AccountLinks => sqlx::query("DELETE FROM account_tokens WHERE created_at < $1")
            .bind(before)
            .execute(w)
            .await?
            .rows_affected(),
        Job::IdempotencyKeys => sqlx::query("DELETE FROM idempotency_keys WHERE created_at < $1")
            .bind(before)
            .execute(w)
            .await?
            .rows_affected(),
        Job::WaitTimeReports => sqlx::query(
            "DELETE FROM wait_time_reports WHERE reported_at < $1
             AND id NOT IN (SELECT report_id FROM wait_time_latest)",
        )
        .bind(before)
        .execute(w)
        .await?
        .rows_affected(),
        // The outbox's own purge (it also runs from the outbox's job; both are idempotent).
        Job::NotificationBodies => crate::notifications::outbox::purge(app, now).await?,
        Job::BusManifests => crate::bus_manifests::purge(app, before).await?,
        Job::AgricultureInspections => crate::agriculture::purge(app, before).await?,
        Job::AtaCases => crate::travel_authorizations::purge_cases(app, before).await?,
        Job::AtaInvitations => crate::travel_authorizations::purge_invitations(app, before).await?,
        Job::RosterPeople => crate::rosters::purge_people(app, before).await?,
        Job::RosterPlaces => crate::rosters::draw::purge_reservations(app, &before_day).await?,
        Job::TtpInterviews => crate::trusted_travelers::interviews::purge(app, &before_day).await?,
        Job::NotificationRecords => sqlx::query("DELETE FROM notifications WHERE created_at < $1")
            .bind(before)
            .execute(w)
            .await?
            .rows_affected(),
    };
    Ok(n)
}

/// The job inside `serve`: every quarter hour.
pub fn spawn_job(app: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(15 * 60));
        loop {
            every.tick().await;
            match purge(&app, app.clock.now()).await {
                Ok(p) => tracing::debug!(purged = ?p, "retention purge"),
                Err(e) => tracing::error!(error = ?e, "retention purge failed; will retry"),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_grow_with_their_unit() {
        assert_eq!(limit(Keep::Minutes(10)), Duration::minutes(10));
        assert_eq!(limit(Keep::Days(2)), Duration::hours(48));
        assert!(limit(Keep::Always) > Duration::days(365 * 1000));
    }
}
