//! The database layer itself: what holds when two processes share one SQLite file (the server
//! and `garita draw`, `garita rotate-key`… started beside it).

use crate::common;
use garita::storage::Db;

/// A transaction reads, another process commits a write, the transaction then writes: with a
/// deferred `BEGIN` SQLite answers SQLITE_BUSY_SNAPSHOT (517) at once, whatever the busy
/// timeout — the draw run from the command line beside a busy server failed so. `Db::begin`
/// takes the write lock first, so the other process waits for it and both writes are kept.
#[tokio::test]
async fn a_write_transaction_beside_another_process_waits_its_turn_instead_of_failing() {
    let (url, file) = common::sqlite_file("storage");
    let server = Db::connect(&url).await.unwrap();
    let cli = Db::connect(&url).await.unwrap();
    sqlx::query("CREATE TABLE counter (n INTEGER NOT NULL)")
        .execute(&server.write)
        .await
        .unwrap();
    sqlx::query("INSERT INTO counter (n) VALUES (0)")
        .execute(&server.write)
        .await
        .unwrap();

    let mut tx = cli.begin().await.unwrap();
    let (before,): (i64,) = sqlx::query_as("SELECT n FROM counter")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    // The other process writes while the transaction is open (it must wait, not fail).
    let other = {
        let server = server.clone();
        tokio::spawn(async move {
            sqlx::query("UPDATE counter SET n = n + 10")
                .execute(&server.write)
                .await
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    sqlx::query("UPDATE counter SET n = $1")
        .bind(before + 1)
        .execute(&mut *tx)
        .await
        .expect("the transaction's write is not refused because another process wrote");
    tx.commit().await.unwrap();
    other
        .await
        .unwrap()
        .expect("the other process's write waited and was kept");

    let (after,): (i64,) = sqlx::query_as("SELECT n FROM counter")
        .fetch_one(&server.read)
        .await
        .unwrap();
    assert_eq!(after, 11, "both writes kept, one after the other");
    server.close().await;
    cli.close().await;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
}
