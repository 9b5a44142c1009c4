//! The appointments' writes that go through group commit (`crate::group_commit`): request
//! submissions and confirmations. Each caller checks and reads on its own, then hands over what
//! it will write and is answered once the batch holding it has committed.

use std::future::Future;
use std::pin::Pin;

use chrono::{DateTime, Utc};

use super::offers;
use super::requests::{self, Prepared, RequestView};
use crate::group_commit::{Done, Item};
use crate::http::errors::Error;
use crate::state::AppState;
use crate::storage::Tx;

/// One of the appointments' writes, waiting for its batch.
pub(crate) enum Work {
    Submit(Box<Prepared>),
    Confirm {
        account_id: i64,
        id: String,
        now: DateTime<Utc>,
        /// Written with the confirmation (a helper's act).
        also: Option<Box<dyn crate::audit::Also>>,
    },
}

impl Item for Work {
    fn write<'a>(
        self: Box<Self>,
        app: &'a AppState,
        tx: &'a mut Tx,
    ) -> Pin<Box<dyn Future<Output = Result<Done, Error>> + Send + 'a>> {
        Box::pin(async move {
            match *self {
                Work::Submit(p) => requests::write(app, tx, &p)
                    .await
                    .map(|v| Box::new(v) as Done),
                Work::Confirm {
                    account_id,
                    id,
                    now,
                    also,
                } => {
                    offers::confirm_in(app, tx, account_id, &id, now).await?;
                    crate::audit::also(app, tx, also.as_deref()).await?;
                    Ok(Box::new(()) as Done)
                }
            }
        })
    }
}

/// Writes a checked submission in the next batch; its request as written.
pub(crate) async fn submit(app: &AppState, p: Prepared) -> Result<RequestView, Error> {
    let done = crate::group_commit::write(app, Box::new(Work::Submit(Box::new(p)))).await?;
    done.downcast::<RequestView>().map(|v| *v).map_err(|_| {
        Error::Internal(anyhow::anyhow!(
            "group commit: a submission answered otherwise"
        ))
    })
}

/// Confirms in the next batch.
pub(crate) async fn confirm(
    app: &AppState,
    account_id: i64,
    id: &str,
    now: DateTime<Utc>,
    also: Option<Box<dyn crate::audit::Also>>,
) -> Result<(), Error> {
    let work = Work::Confirm {
        account_id,
        id: id.to_string(),
        now,
        also,
    };
    crate::group_commit::write(app, Box::new(work))
        .await
        .map(drop)
}
