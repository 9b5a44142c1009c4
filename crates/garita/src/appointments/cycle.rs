//! The daily cycle of the configured settings. The rules live in
//! `garita_domain::cycle::DailyCycle`; these take the service's `config::Cycle` so callers keep
//! one argument.

use chrono::{DateTime, NaiveDate, Utc};
use garita_domain::cycle::DailyCycle;

use crate::config::Cycle;
use crate::http::errors::Error;
use crate::state::AppState;

/// The times of the settings' cycle, as the domain's rules take them.
pub fn daily(cycle: &Cycle) -> DailyCycle {
    DailyCycle {
        time_zone: cycle.time_zone,
        window_closes: cycle.window_closes,
        draw_at: cycle.draw_at,
    }
}

pub fn local_day(cycle: &Cycle, now: DateTime<Utc>) -> NaiveDate {
    daily(cycle).local_day(now)
}

/// The draw a request submitted at `now` takes part in: today's while today's window is open,
/// else tomorrow's.
pub fn next_draw_day(cycle: &Cycle, now: DateTime<Utc>) -> NaiveDate {
    daily(cycle).next_draw_day(now)
}

/// The draw a request made at `now` really joins: as `next_draw_day`, unless that day's draw
/// already ran (an early, forced run), in which case the first one after that has not.
pub fn next_open_draw_day(cycle: &Cycle, now: DateTime<Utc>, done: &[NaiveDate]) -> NaiveDate {
    daily(cycle).next_open_draw_day(now, done)
}

#[derive(sqlx::FromRow)]
struct DoneRow {
    day: String,
}

/// The draw a request made at `now` really joins, reading which draws from two days back on
/// have run: the first whose window is open, each day's window that of the policy in force for
/// that day (`crate::policies`). Refused when no window is open (a policy with an opening
/// time), saying when the next one opens.
pub async fn next_draw_for_request(app: &AppState, now: DateTime<Utc>) -> Result<NaiveDate, Error> {
    match upcoming_draw(app, now).await? {
        (day, None) => Ok(day),
        (day, Some(opens)) => {
            let zone = crate::policies::for_day(app, day)
                .await?
                .policy
                .cycle
                .time_zone;
            let opens = opens.with_timezone(&zone);
            Err(Error::Refused(
                "request-window-closed",
                vec![
                    ("time", opens.format("%Y-%m-%d %H:%M").to_string()),
                    ("offset", format!("UTC{}", opens.format("%:z"))),
                ],
            ))
        }
    }
}

/// The draw a request made now joins, or (with when its window opens) the next whose window
/// has not opened yet.
pub async fn upcoming_draw(
    app: &AppState,
    now: DateTime<Utc>,
) -> Result<(NaiveDate, Option<DateTime<Utc>>), Error> {
    let rows: Vec<DoneRow> =
        sqlx::query_as("SELECT day FROM draws WHERE status = $1 AND day >= $2")
            .bind(garita_domain::status::DrawStatus::Done.as_str())
            .bind(done_from(now))
            .fetch_all(&app.db.read)
            .await?;
    let done = rows
        .iter()
        .map(|r| done_day(&r.day))
        .collect::<Result<Vec<NaiveDate>, Error>>()?;
    upcoming_after(app, now, &done).await
}

/// The first day whose draws `upcoming_draw` needs to know about (two days back).
pub(crate) fn done_from(now: DateTime<Utc>) -> String {
    (now.date_naive() - chrono::Duration::days(2)).to_string()
}

/// A stored draw day, or an error naming it.
pub(crate) fn done_day(day: &str) -> Result<NaiveDate, Error> {
    day.parse()
        .map_err(|e| Error::Internal(anyhow::anyhow!("draw {day:?}: unreadable day: {e}")))
}

/// As [`upcoming_draw`], from the days (from [`done_from`] on) whose draws have run, read by
/// the caller (the status page reads them with everything else in one query).
pub(crate) async fn upcoming_after(
    app: &AppState,
    now: DateTime<Utc>,
    done: &[NaiveDate],
) -> Result<(NaiveDate, Option<DateTime<Utc>>), Error> {
    let history = crate::policies::history(app).await?;
    match garita_domain::policy::next_draw(now, done, |day| {
        &crate::policies::in_force(&history, day).policy.cycle
    }) {
        Ok(day) => Ok((day, None)),
        Err(Some((day, opens))) => Ok((day, Some(opens))),
        Err(None) => Err(Error::Internal(anyhow::anyhow!(
            "no request window opens within a week of {now}"
        ))),
    }
}

pub fn window_close(cycle: &Cycle, day: NaiveDate) -> DateTime<Utc> {
    daily(cycle).window_close(day)
}

pub fn draw_time(cycle: &Cycle, day: NaiveDate) -> DateTime<Utc> {
    daily(cycle).draw_time(day)
}
