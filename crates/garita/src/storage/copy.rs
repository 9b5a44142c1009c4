//! `garita copy --from URL --to URL`: moves every table from one database to another (SQLite
//! to PostgreSQL or back). The tables and their order come from the migrations themselves
//! (a table is created after the tables it refers to), so a new table can never be forgotten.
//! The destination is migrated first and must hold no data of its own; each table is copied in
//! one transaction and verified by counting its rows on both sides.

use anyhow::{bail, Context};
use sqlx::any::AnyTypeInfoKind;
use sqlx::{Column, Row, TypeInfo};

use super::{Db, Engine};

/// The tables, in the order the migrations create them.
pub fn tables() -> Vec<String> {
    let mut out = Vec::new();
    for m in sqlx::migrate!("./migrations/sqlite").iter() {
        for line in m.sql.as_str().lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            if words.len() >= 3
                && words[0].eq_ignore_ascii_case("CREATE")
                && words[1].eq_ignore_ascii_case("TABLE")
            {
                let name = if words[2].eq_ignore_ascii_case("IF") {
                    words.get(5)
                } else {
                    words.get(2)
                };
                if let Some(name) = name {
                    let name = name.trim_end_matches('(').to_string();
                    if !out.contains(&name) {
                        out.push(name);
                    }
                }
            }
        }
    }
    out
}

/// What was copied: each table with its row count.
#[derive(Debug)]
pub struct Copied {
    pub tables: Vec<(String, i64)>,
}

/// Tables a fresh migration fills by itself (their rows are replaced by the source's).
const SEEDED: &[&str] = &["audit_head"];

pub async fn copy(from: &Db, to: &Db) -> anyhow::Result<Copied> {
    to.migrate().await.context("migrating the destination")?;
    let tables = tables();
    for t in &tables {
        if SEEDED.contains(&t.as_str()) {
            continue;
        }
        let n = count(to, t).await?;
        if n > 0 {
            bail!("the destination already holds data ({n} rows in {t}): copy only into an empty database");
        }
    }
    let mut copied = Vec::new();
    for t in &tables {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM {t}")))
            .fetch_all(&from.read)
            .await
            .with_context(|| format!("reading {t}"))?;
        let mut tx = to.write.begin().await?;
        sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {t}")))
            .execute(&mut *tx)
            .await?;
        for row in &rows {
            let columns = row.columns();
            let names: Vec<&str> = columns.iter().map(|c| c.name()).collect();
            // A NULL float is written as a literal NULL: through `Any` (sqlx 0.9) a bound NULL
            // f64 reaches PostgreSQL as float4, and the statement, prepared once, then refuses
            // a later row's f64 ("incorrect binary data format").
            let mut floats: Vec<Option<f64>> = Vec::new();
            let mut params = Vec::new();
            let mut bound = 0;
            for (i, c) in columns.iter().enumerate() {
                let is_float = matches!(
                    c.type_info().kind(),
                    AnyTypeInfoKind::Real | AnyTypeInfoKind::Double
                );
                let float = match is_float {
                    true => row.try_get::<Option<f64>, _>(i)?,
                    false => None,
                };
                floats.push(float);
                if is_float && float.is_none() {
                    params.push("NULL".to_string());
                } else {
                    bound += 1;
                    params.push(format!("${bound}"));
                }
            }
            let sql = format!(
                "INSERT INTO {t} ({}) VALUES ({})",
                names.join(", "),
                params.join(", ")
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for (i, c) in columns.iter().enumerate() {
                q = match c.type_info().kind() {
                    AnyTypeInfoKind::SmallInt
                    | AnyTypeInfoKind::Integer
                    | AnyTypeInfoKind::BigInt
                    | AnyTypeInfoKind::Bool => q.bind(row.try_get::<Option<i64>, _>(i)?),
                    // A NULL float is in the SQL itself (above).
                    AnyTypeInfoKind::Real | AnyTypeInfoKind::Double => match floats[i] {
                        Some(v) => q.bind(v),
                        None => q,
                    },
                    AnyTypeInfoKind::Text => q.bind(row.try_get::<Option<String>, _>(i)?),
                    AnyTypeInfoKind::Blob => q.bind(row.try_get::<Option<Vec<u8>>, _>(i)?),
                    AnyTypeInfoKind::Null => bail!(
                        "{t}.{}: column of unknown type ({})",
                        c.name(),
                        c.type_info().name()
                    ),
                };
            }
            q.execute(&mut *tx)
                .await
                .with_context(|| format!("writing {t}"))?;
        }
        tx.commit().await?;
        let (a, b) = (count(from, t).await?, count(to, t).await?);
        if a != b {
            bail!("{t}: {a} rows in the source, {b} in the destination");
        }
        copied.push((t.clone(), b));
    }
    if to.engine == Engine::Postgres {
        // Ids were copied as they were: move each id sequence past the largest one.
        for t in &tables {
            let has_serial: Option<(String,)> = sqlx::query_as(
                "SELECT pg_get_serial_sequence($1, 'id') WHERE EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = $1 AND column_name = 'id' AND column_default LIKE 'nextval%')",
            )
            .bind(t)
            .fetch_optional(&to.write)
            .await?;
            if let Some((seq,)) = has_serial {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "SELECT setval('{seq}', COALESCE((SELECT MAX(id) FROM {t}), 0) + 1, false)"
                )))
                .execute(&to.write)
                .await?;
            }
        }
    }
    Ok(Copied { tables: copied })
}

async fn count(db: &Db, table: &str) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(&db.read)
        .await
        .with_context(|| format!("counting {table}"))?;
    Ok(n)
}
