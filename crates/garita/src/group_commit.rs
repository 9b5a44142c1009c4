//! Group commit (issue 22): writes that arrive together are written in one transaction
//! (today the appointments' submissions and confirmations: `appointments::group_commit`).
//! Each caller makes its checks and reads on its own, then queues what it will write and
//! waits. Whoever finds no batch running starts a leader task that takes whatever is waiting
//! (up to [`MAX_BATCH`] items), writes it in one transaction with a savepoint per item — an
//! item that fails its own check (a request already selected, an appointment already
//! confirmed, any database error of its own) is rolled back to its savepoint and answered with
//! its error, the others go on — commits, and only then answers each caller. While one batch
//! commits the next one gathers, so batches grow with the load and a lone write waits for
//! nobody (no timer).
//!
//! Durability is that of one transaction: nobody is answered before the commit that holds their
//! write, and a batch that fails to commit answers every caller in it with the error.
//! Audit entries written by items (`crate::audit::record`) all take the one-row audit head
//! inside the batch's transaction, so the head is locked once per batch; an item rolled back to
//! its savepoint takes its entry and its step of the head with it, so the chain stays whole.

use std::any::Any;
use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;

use tokio::sync::oneshot;

use crate::http::errors::Error;
use crate::state::AppState;
use crate::storage::Tx;

/// The most items one transaction holds.
pub const MAX_BATCH: usize = 256;

/// What a committed item answers (the caller knows its type).
pub type Done = Box<dyn Any + Send>;

/// One write waiting for its batch: it runs inside the batch's transaction, under its own
/// savepoint.
pub trait Item: Send + 'static {
    fn write<'a>(
        self: Box<Self>,
        app: &'a AppState,
        tx: &'a mut Tx,
    ) -> Pin<Box<dyn Future<Output = Result<Done, Error>> + Send + 'a>>;
}

struct Job {
    work: Box<dyn Item>,
    reply: oneshot::Sender<Result<Done, Error>>,
}

#[derive(Default)]
struct Waiting {
    jobs: Vec<Job>,
    /// Whether a leader task is writing batches now.
    leading: bool,
    /// Batches committed since start (for tests and the bench).
    batches: u64,
    /// Items in them.
    items: u64,
}

/// The queue of writes waiting for a batch (one per service, in `AppState`).
#[derive(Default)]
pub struct Queue {
    waiting: Mutex<Waiting>,
    /// Each batch passes this gate before it is taken from the queue; [`Queue::hold`] shuts it
    /// (tests: gather writes into one batch, whatever the engine).
    gate: tokio::sync::RwLock<()>,
}

impl Queue {
    fn lock(&self) -> std::sync::MutexGuard<'_, Waiting> {
        self.waiting.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Batches committed so far and the items they held.
    pub fn committed(&self) -> (u64, u64) {
        let w = self.lock();
        (w.batches, w.items)
    }

    /// Writes waiting for a batch now.
    pub fn waiting(&self) -> usize {
        self.lock().jobs.len()
    }

    /// Holds every batch back (writes keep queueing) until the guard is dropped; then what
    /// waits goes in one batch (up to `MAX_BATCH`).
    pub async fn hold(&self) -> tokio::sync::RwLockWriteGuard<'_, ()> {
        self.gate.write().await
    }
}

/// Queues `work` and waits until the batch holding it has committed (or failed).
pub async fn write(app: &AppState, work: Box<dyn Item>) -> Result<Done, Error> {
    let (reply, answer) = oneshot::channel();
    let first = {
        let mut w = app.group_commit.lock();
        w.jobs.push(Job { work, reply });
        !std::mem::replace(&mut w.leading, true)
    };
    if first {
        let app = app.clone();
        tokio::spawn(async move { lead(app).await });
    }
    answer.await.map_err(|_| {
        Error::Internal(anyhow::anyhow!(
            "group commit: the batch stopped before answering"
        ))
    })?
}

/// Gives up leading when the leader ends, however it ends: on a panic, the writes still
/// waiting are answered with an error (their senders dropped) rather than left hanging.
struct Leading {
    app: AppState,
    /// Still leading (false once it stepped down with nothing waiting).
    active: bool,
}

impl Drop for Leading {
    fn drop(&mut self) {
        if self.active {
            let mut w = self.app.group_commit.lock();
            w.leading = false;
            w.jobs.clear();
        }
    }
}

async fn lead(app: AppState) {
    let mut guard = Leading { app, active: true };
    loop {
        let app = &guard.app;
        drop(app.group_commit.gate.read().await);
        let batch: Vec<Job> = {
            let mut w = app.group_commit.lock();
            if w.jobs.is_empty() {
                w.leading = false;
                drop(w);
                guard.active = false;
                return;
            }
            let n = w.jobs.len().min(MAX_BATCH);
            w.jobs.drain(..n).collect()
        };
        let items = batch.len() as u64;
        let committed = commit(app, batch).await;
        if committed {
            let mut w = app.group_commit.lock();
            w.batches += 1;
            w.items += items;
        }
    }
}

/// Writes one batch: one transaction, a savepoint per item. Answers every caller; true when
/// the batch committed.
async fn commit(app: &AppState, batch: Vec<Job>) -> bool {
    let mut tx = match app.db.begin().await {
        Ok(tx) => tx,
        Err(e) => {
            let e = anyhow::Error::from(e);
            for job in batch {
                let _ = job
                    .reply
                    .send(Err(Error::Internal(anyhow::anyhow!("{e:#}"))));
            }
            return false;
        }
    };
    let mut answers = Vec::with_capacity(batch.len());
    for job in batch {
        match item(app, &mut tx, job.work).await {
            Ok(result) => answers.push((job.reply, result)),
            // The savepoint could not be rolled back: the transaction is unusable.
            Err(e) => {
                let e = anyhow::Error::from(e);
                tracing::error!("group commit: batch abandoned: {e:#}");
                let _ = job
                    .reply
                    .send(Err(Error::Internal(anyhow::anyhow!("{e:#}"))));
                for (reply, _) in answers {
                    let _ = reply.send(Err(Error::Internal(anyhow::anyhow!(
                        "group commit: batch abandoned"
                    ))));
                }
                return false;
            }
        }
    }
    match tx.commit().await {
        Ok(()) => {
            for (reply, result) in answers {
                let _ = reply.send(result);
            }
            true
        }
        Err(e) => {
            let e = anyhow::Error::from(e);
            tracing::error!("group commit: batch failed to commit: {e:#}");
            for (reply, _) in answers {
                let _ = reply.send(Err(Error::Internal(anyhow::anyhow!("group commit: {e:#}"))));
            }
            false
        }
    }
}

/// One item under its own savepoint. The outer error means the transaction itself failed
/// (the savepoint could not be set, released or rolled back); the inner one is the item's.
async fn item(
    app: &AppState,
    tx: &mut Tx,
    work: Box<dyn Item>,
) -> Result<Result<Done, Error>, sqlx::Error> {
    sqlx::query("SAVEPOINT garita_item")
        .execute(&mut **tx)
        .await?;
    let result = work.write(app, tx).await;
    if result.is_err() {
        sqlx::query("ROLLBACK TO SAVEPOINT garita_item")
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("RELEASE SAVEPOINT garita_item")
        .execute(&mut **tx)
        .await?;
    Ok(result)
}
