//! The layout holds by construction, not by review: these tests read the source.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    assert!(files.len() > 20, "found the sources");
    files
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(&root).unwrap().display().to_string();
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

#[test]
fn only_main_names_startup() {
    // Features depend on `state` (below them), never on `startup` (which imports them all).
    let offenders: Vec<String> = src_files()
        .into_iter()
        .filter(|(rel, _)| rel != "main.rs" && rel != "startup.rs" && rel != "lib.rs")
        .filter(|(_, text)| text.contains("startup::") || text.contains("startup::{"))
        .map(|(rel, _)| rel)
        .collect();
    assert_eq!(offenders, Vec::<String>::new());
}

#[test]
fn only_the_clock_reads_the_wall_clock() {
    let offenders: Vec<String> = src_files()
        .into_iter()
        .filter(|(rel, _)| rel != "clock.rs")
        .filter(|(_, text)| {
            ["Utc::now(", "Local::now(", "SystemTime::now("]
                .iter()
                .any(|n| text.contains(n))
        })
        .map(|(rel, _)| rel)
        .collect();
    assert_eq!(offenders, Vec::<String>::new());
}

/// (table, column, kind, not null) from one migration tree, read from its SQL.
fn schema(tree: &str) -> std::collections::BTreeSet<(String, String, &'static str, bool)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(tree);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let kind = |ty: &str| -> &'static str {
        match ty.to_ascii_uppercase().as_str() {
            "INTEGER" | "BIGINT" | "BIGSERIAL" => "integer",
            "REAL" | "DOUBLE" => "float",
            "TEXT" => "text",
            "BLOB" | "BYTEA" => "bytes",
            other => panic!("{tree}: unexpected column type {other}"),
        }
    };
    let mut out = std::collections::BTreeSet::new();
    let mut renames: Vec<(String, String, String)> = Vec::new();
    let mut nullable: Vec<(String, String)> = Vec::new();
    let mut column = |table: &str, def: &str| {
        let words: Vec<&str> = def.split_whitespace().collect();
        if words.len() < 2
            || !words[0].starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            || ["CHECK", "PRIMARY", "UNIQUE", "FOREIGN", "CONSTRAINT"]
                .contains(&words[0].to_ascii_uppercase().as_str())
        {
            return;
        }
        let upper = def.to_ascii_uppercase();
        let not_null = upper.contains("NOT NULL") || upper.contains("PRIMARY KEY");
        out.insert((
            table.to_string(),
            words[0].to_string(),
            kind(words[1].trim_end_matches(',')),
            not_null,
        ));
    };
    for f in files {
        let sql = std::fs::read_to_string(&f).unwrap();
        let mut table: Option<String> = None;
        let mut depth = 0i32;
        for line in sql.lines() {
            let line = line.split("--").next().unwrap().trim();
            let upper = line.to_ascii_uppercase();
            if table.is_none() && upper.starts_with("CREATE TABLE") {
                table = Some(
                    line.split_whitespace()
                        .nth(2)
                        .unwrap()
                        .trim_end_matches('(')
                        .to_string(),
                );
                depth = 1;
                continue;
            }
            if let Some(t) = &table {
                if depth == 1 {
                    column(t, line);
                }
                depth += line.matches('(').count() as i32 - line.matches(')').count() as i32;
                if depth <= 0 {
                    table = None;
                }
                continue;
            }
            if upper.starts_with("ALTER TABLE") && upper.contains(" RENAME COLUMN ") {
                // ALTER TABLE t RENAME COLUMN a TO b: b is a as it was.
                let words: Vec<&str> = line.trim_end_matches(';').split_whitespace().collect();
                renames.push((
                    words[2].to_string(),
                    words[5].to_string(),
                    words[7].to_string(),
                ));
            }
            if upper.starts_with("ALTER TABLE")
                && upper.contains(" ALTER COLUMN ")
                && upper.contains(" DROP NOT NULL")
            {
                // ALTER TABLE t ALTER COLUMN c DROP NOT NULL: c as it was, now nullable.
                let words: Vec<&str> = line.split_whitespace().collect();
                nullable.push((words[2].to_string(), words[5].to_string()));
            }
            if upper.starts_with("ALTER TABLE") && upper.contains(" ADD COLUMN ") {
                let words: Vec<&str> = line.split_whitespace().collect();
                let def = line[line.to_ascii_uppercase().find(" ADD COLUMN ").unwrap() + 12..]
                    .trim_end_matches(';');
                column(words[2], def);
            }
        }
    }
    for (table, from, to) in renames {
        let was = out
            .iter()
            .find(|(t, c, _, _)| *t == table && *c == from)
            .cloned()
            .unwrap_or_else(|| panic!("{tree}: rename of unknown column {table}.{from}"));
        out.insert((table, to, was.2, was.3));
    }
    for (table, name) in nullable {
        let was = out
            .iter()
            .find(|(t, c, _, _)| *t == table && *c == name)
            .cloned()
            .unwrap_or_else(|| panic!("{tree}: DROP NOT NULL of unknown column {table}.{name}"));
        out.insert((table, name, was.2, false));
    }
    out
}

#[test]
fn both_migration_trees_define_the_same_tables_and_columns() {
    let sqlite = schema("sqlite");
    let postgres = schema("postgres");
    assert!(sqlite.len() > 80, "read the columns ({})", sqlite.len());
    let only_sqlite: Vec<_> = sqlite.difference(&postgres).collect();
    let only_postgres: Vec<_> = postgres.difference(&sqlite).collect();
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "only in sqlite: {only_sqlite:?}\nonly in postgres: {only_postgres:?}"
    );
}

const FEATURES: &[&str] = &[
    "accounts",
    "agriculture",
    "api_keys",
    "appointments",
    "audit",
    "bus_manifests",
    "consents",
    "demo",
    "draw",
    "grants",
    "i94",
    "locations",
    "lookups",
    "pages",
    "passes",
    "payments",
    "photos",
    "port_console",
    "ports",
    "rosters",
    "statistics",
    "travelers",
    "trusted_travelers",
    "wait_times",
];

#[test]
fn the_http_boundary_names_no_feature() {
    let offenders: Vec<String> = src_files()
        .into_iter()
        .filter(|(rel, _)| rel.starts_with("http/") || rel == "state.rs")
        .flat_map(|(rel, text)| {
            FEATURES
                .iter()
                .filter(|f| {
                    text.contains(&format!("crate::{f}::"))
                        || text.contains(&format!("crate::{f};"))
                })
                .map(|f| format!("{rel} names {f}"))
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(offenders, Vec::<String>::new());
}

/// The statement around each `query_as` call, back to the previous `;` or `{`.
fn query_statements(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find("query_as") {
        let at = from + i;
        let start = text[..at].rfind([';', '{']).map_or(0, |p| p + 1);
        out.push(text[start..at].to_string());
        from = at + 8;
    }
    out
}

#[test]
fn reads_land_in_named_rows_not_tuples() {
    // A tuple of two or more values is a read that names nothing: `(String, i64)`. A single
    // scalar `(i64,)` (a count, an id) is allowed.
    let mut offenders = Vec::new();
    for (rel, text) in src_files() {
        for stmt in query_statements(&text) {
            let Some(colon) = stmt.rfind(": ") else {
                continue;
            };
            let ty = &stmt[colon + 2..];
            let ty = ty.split('=').next().unwrap_or("");
            if let Some(open) = ty.find('(') {
                let inner = &ty[open + 1..ty.rfind(')').unwrap_or(ty.len())];
                if inner.trim_end_matches(',').contains(',') {
                    offenders.push(format!("{rel}: {}", ty.trim()));
                }
            }
        }
    }
    assert_eq!(offenders, Vec::<String>::new());
}

#[test]
fn no_state_is_spelled_in_sql() {
    use garita_domain::checkin::{Identity, Outcome, PortStatus};
    use garita_domain::status::{AppointmentStatus, DrawStatus, RequestNotice, RequestStatus};
    let states: Vec<&str> = [
        RequestStatus::TEXTS,
        AppointmentStatus::TEXTS,
        DrawStatus::TEXTS,
        RequestNotice::TEXTS,
        PortStatus::TEXTS,
        Identity::TEXTS,
        Outcome::TEXTS,
    ]
    .concat();
    let mut offenders = Vec::new();
    for (rel, text) in src_files() {
        for (n, line) in text.lines().enumerate() {
            for s in &states {
                if line.contains(&format!("'{s}'")) {
                    offenders.push(format!("{rel}:{}: '{s}'", n + 1));
                }
            }
        }
    }
    assert_eq!(offenders, Vec::<String>::new());
}

#[test]
fn api_routes_are_declared_only_with_their_documentation() {
    // API routes come from `utoipa_axum::routes!`, which reads each handler's `utoipa::path`:
    // a plain `.route("/api/…")` would be a route the OpenAPI document does not know.
    let offenders: Vec<String> = src_files()
        .into_iter()
        .filter(|(_, text)| {
            text.contains(".route(\"/api/") || text.contains(".route(\n            \"/api/")
        })
        .map(|(rel, _)| rel)
        .collect();
    assert_eq!(offenders, Vec::<String>::new());
}
