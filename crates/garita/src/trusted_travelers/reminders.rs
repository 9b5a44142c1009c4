//! Renewal reminders: when an active, linked membership's renewal window opens (the configured
//! `ttp_renewal_window_days` before its expiry), its traveler is told once through the outbox
//! (`crate::notifications`, on the channels they chose). Idempotent: the outbox's `once` key is
//! the membership with its expiry date, so running the job again writes nothing, and a renewed
//! membership (a later expiry) is reminded again when its own window opens.

use chrono::{DateTime, Duration, Utc};
use garita_domain::trusted_travelers::MembershipStatus;

use crate::http::errors::Error;
use crate::notifications::{self, Kind};
use crate::state::AppState;

#[derive(sqlx::FromRow)]
struct DueRow {
    id: String,
    account_id: i64,
    expires_on: String,
}

/// The `once` key of a membership's reminder for one expiry date.
pub fn once_key(membership_id: &str, expires_on: &str) -> String {
    format!("ttp-renewal:{membership_id}:{expires_on}")
}

/// Writes the reminders due at `now`. Returns how many outbox rows were written.
pub async fn remind(app: &AppState, now: DateTime<Utc>) -> Result<usize, Error> {
    let today = now
        .with_timezone(&app.settings.cycle.time_zone)
        .date_naive();
    let window_end = today + Duration::days(i64::from(app.settings.ttp_renewal_window_days));
    // ISO dates compare as text: expiring after today and within the window.
    let due: Vec<DueRow> = sqlx::query_as(
        "SELECT id, account_id, expires_on FROM ttp_memberships
         WHERE status = $1 AND account_id IS NOT NULL AND expires_on IS NOT NULL
           AND expires_on > $2 AND expires_on <= $3
         ORDER BY id",
    )
    .bind(MembershipStatus::Active.as_str())
    .bind(today.to_string())
    .bind(window_end.to_string())
    .fetch_all(&app.db.read)
    .await?;
    let mut written = 0;
    for d in due {
        let mut tx = app.db.begin().await?;
        written += notifications::enqueue(
            &mut tx,
            d.account_id,
            Kind::TtpRenewal,
            None,
            Some(&once_key(&d.id, &d.expires_on)),
            now.timestamp(),
        )
        .await?;
        tx.commit().await?;
    }
    Ok(written)
}

/// Runs `remind` every 15 minutes inside `serve`.
pub fn spawn_job(app: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(15 * 60));
        loop {
            tick.tick().await;
            if let Err(e) = remind(&app, app.clock.now()).await {
                tracing::warn!(error = ?e, "trusted traveler reminders failed");
            }
        }
    });
}
