//! Open statistics: counters kept at write time by every feature (`counters`), rolled by a
//! job into published, suppressed, frozen figures (`refresh`), served as JSON and CSV
//! (`api`) and as a page with charts (`pages`) under CC BY 4.0. The suppression rules are
//! `garita_domain::statistics`.

pub mod api;
pub mod counters;
pub mod demo;
pub mod pages;
pub mod refresh;

use chrono::NaiveDate;
use garita_domain::statistics::{Metric, Range, RangeError};

pub use counters::count;

use crate::http::errors::Error;
use crate::state::AppState;

/// The licence the figures are published under.
pub const LICENCE: &str = "CC BY 4.0";
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

/// One published figure as read back.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Published {
    pub day: String,
    pub place: String,
    pub metric: String,
    pub dimension: String,
    pub groups: Option<i64>,
    pub people: Option<i64>,
    pub hidden: i64,
}

impl Published {
    pub fn metric(&self) -> Result<Metric, Error> {
        Metric::parse(&self.metric).ok_or_else(|| {
            Error::Internal(anyhow::anyhow!(
                "statistics {}: unknown metric {:?}",
                self.day,
                self.metric
            ))
        })
    }
}

/// The last published day, if any.
pub async fn last_published(app: &AppState) -> Result<Option<NaiveDate>, Error> {
    let last: Option<String> =
        sqlx::query_scalar("SELECT MAX(period) FROM stats_periods WHERE kind = $1")
            .bind(garita_domain::statistics::Period::Day.as_str())
            .fetch_one(&app.db.public)
            .await?;
    last.map(|d| {
        d.parse()
            .map_err(|e| Error::Internal(anyhow::anyhow!("statistics: unreadable day {d:?}: {e}")))
    })
    .transpose()
}

fn date_param(field: &'static str, raw: Option<&str>) -> Result<Option<NaiveDate>, Error> {
    match raw.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => s
            .parse()
            .map(Some)
            .map_err(|_| Error::field(field, garita_domain::validation::Problem::InvalidDate)),
    }
}

/// The range asked for (`from`, `to` as YYYY-MM-DD; either may be left out), bounded.
pub async fn range(app: &AppState, from: Option<&str>, to: Option<&str>) -> Result<Range, Error> {
    let from = date_param("from", from)?;
    let to = date_param("to", to)?;
    let last = match last_published(app).await? {
        Some(d) => d,
        None => refresh::last_closed(app, app.clock.now()),
    };
    Range::parse(from, to, last).map_err(|e| match e {
        RangeError::Reversed => Error::BadRequest("stats-range-reversed"),
        RangeError::TooLong => Error::BadRequest("stats-range-too-long"),
    })
}

/// Every published figure of the range (weeks by their Monday), in a stable order.
pub async fn published(app: &AppState, range: Range) -> Result<Vec<Published>, Error> {
    Ok(sqlx::query_as(
        "SELECT day, place, metric, dimension, groups, people, hidden FROM stats_published
         WHERE day >= $1 AND day <= $2 ORDER BY day, metric, place, dimension",
    )
    .bind(range.from.to_string())
    .bind(range.to.to_string())
    .fetch_all(&app.db.public)
    .await?)
}
