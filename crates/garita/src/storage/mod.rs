//! The database: one connection pool for reads and one for writes, on SQLite (default, one
//! file) or PostgreSQL. Queries live beside the feature that needs them and are written in the
//! SQL both engines share (`$1` parameters, `RETURNING`, `ON CONFLICT`, conditional updates
//! instead of locks), so a handler never knows which engine it talks to.

use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, ConnectOptions, Executor};

pub mod copy;
pub mod locations;
pub mod ports;
pub mod rotate;
pub mod vault;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub struct Db {
    /// Readers. On PostgreSQL this is also the writer pool.
    pub read: AnyPool,
    /// Writers. SQLite allows one writer at a time, so its write pool has one connection and
    /// writers queue in the pool instead of failing with SQLITE_BUSY.
    pub write: AnyPool,
    /// Public reads that may lag behind (wait times, draws, statistics): `read` unless
    /// `--read-database` names a standby (`with_public_reads`).
    pub public: AnyPool,
    pub engine: Engine,
}

pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

impl Db {
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        sqlx::any::install_default_drivers();
        let engine = if url.starts_with("sqlite:") {
            Engine::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Engine::Postgres
        } else {
            anyhow::bail!("unsupported database URL {url:?}: use sqlite://FILE or postgres://...");
        };
        match engine {
            Engine::Sqlite => {
                let url = if url.contains('?') || url.contains(":memory:") {
                    url.to_string()
                } else {
                    format!("{url}?mode=rwc")
                };
                let options = AnyConnectOptions::from_str(&url)?.disable_statement_logging();
                let pool = |max: u32| {
                    AnyPoolOptions::new()
                        .max_connections(max)
                        .acquire_timeout(Duration::from_secs(30))
                        .after_connect(|conn, _| {
                            Box::pin(async move {
                                conn.execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;")
                                    .await?;
                                Ok(())
                            })
                        })
                };
                let write = pool(1)
                    .connect_with(options.clone())
                    .await
                    .with_context(|| format!("opening {url}"))?;
                sqlx::query("PRAGMA journal_mode = WAL")
                    .execute(&write)
                    .await?;
                let read = pool(32).connect_with(options).await?;
                Ok(Db {
                    public: read.clone(),
                    read,
                    write,
                    engine,
                })
            }
            Engine::Postgres => {
                let options = AnyConnectOptions::from_str(url)?.disable_statement_logging();
                let pool = AnyPoolOptions::new()
                    .max_connections(32)
                    .acquire_timeout(Duration::from_secs(30))
                    .connect_with(options)
                    .await
                    .context("connecting to PostgreSQL")?;
                Ok(Db {
                    read: pool.clone(),
                    public: pool.clone(),
                    write: pool,
                    engine,
                })
            }
        }
    }

    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self.engine {
            Engine::Sqlite => {
                sqlx::migrate!("./migrations/sqlite")
                    .run(&self.write)
                    .await?
            }
            Engine::Postgres => {
                sqlx::migrate!("./migrations/postgres")
                    .run(&self.write)
                    .await?
            }
        }
        Ok(())
    }

    /// Applies the migrations up to `version` only (for tests of a migration's data changes:
    /// fill the schema as it was, then `migrate` the rest).
    pub async fn migrate_to(&self, version: i64) -> anyhow::Result<()> {
        match self.engine {
            Engine::Sqlite => {
                sqlx::migrate!("./migrations/sqlite")
                    .run_to(version, &self.write)
                    .await?
            }
            Engine::Postgres => {
                sqlx::migrate!("./migrations/postgres")
                    .run_to(version, &self.write)
                    .await?
            }
        }
        Ok(())
    }

    /// Serves public reads from another database of the same engine: a streaming standby
    /// (read-only, may lag). Pool: 16 connections, 5 s to acquire one (a dead standby fails
    /// the public page fast instead of holding requests); nothing is migrated or written there.
    pub async fn with_public_reads(mut self, url: &str) -> anyhow::Result<Db> {
        let same = match self.engine {
            Engine::Sqlite => url.starts_with("sqlite:"),
            Engine::Postgres => url.starts_with("postgres:") || url.starts_with("postgresql:"),
        };
        anyhow::ensure!(
            same,
            "--read-database must use the same engine as --database"
        );
        let options = AnyConnectOptions::from_str(url)?.disable_statement_logging();
        self.public = AnyPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await
            .with_context(|| format!("connecting to the read database {url:?}"))?;
        Ok(self)
    }

    /// A write transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`):
    /// a deferred transaction that reads and then writes fails with SQLITE_BUSY_SNAPSHOT
    /// (517, no busy wait) when another process — `garita draw` beside the server — wrote
    /// in between; taking the lock first makes it wait its turn (busy_timeout) instead.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        match self.engine {
            Engine::Sqlite => self.write.begin_with("BEGIN IMMEDIATE").await,
            Engine::Postgres => self.write.begin().await,
        }
    }

    pub async fn close(&self) {
        self.read.close().await;
        self.write.close().await;
        self.public.close().await;
    }
}

/// True when a database error is a unique-constraint violation (on either engine).
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}
