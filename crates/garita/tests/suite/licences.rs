//! Every dependency's licence is one Garita (AGPL-3.0-or-later) may use: read from
//! `cargo metadata`, so a dependency with an incompatible licence fails the build. No tool to
//! install; SPDX expressions are read here (`A OR B`: one allowed is enough; `A AND B`: each).

use std::process::Command;

const ALLOWED: &[&str] = &[
    "MIT",
    "Apache-2.0",
    "Apache-2.0 WITH LLVM-exception",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "ISC",
    "Zlib",
    "0BSD",
    "BSL-1.0",
    "Unlicense",
    "CC0-1.0",
    "Unicode-3.0",
    "Unicode-DFS-2016",
    "MPL-2.0",
    "AGPL-3.0-or-later",
    // Data licences: webpki-roots ships Mozilla's root certificates under CDLA-Permissive-2.0
    // (use and share, keep the licence text; no copyleft).
    "CDLA-Permissive-2.0",
];

/// Whether an SPDX expression (as crates write it, `/` meaning OR) is satisfied.
fn allowed(expr: &str) -> bool {
    let expr = expr.replace('/', " OR ");
    let clean = |s: &str| {
        s.trim()
            .trim_matches(|c| c == '(' || c == ')')
            .trim()
            .to_string()
    };
    // Top level: alternatives; parenthesised groups are short and flat in practice, so
    // distribute: (A OR B) AND C is read as the AND of its parts, each part an OR.
    if expr.contains(" AND ") {
        return expr.split(" AND ").all(|part| {
            part.split(" OR ")
                .any(|alt| ALLOWED.contains(&clean(alt).as_str()))
        });
    }
    expr.split(" OR ")
        .any(|alt| ALLOWED.contains(&clean(alt).as_str()))
}

#[test]
fn the_reader_of_expressions_reads_them() {
    assert!(allowed("MIT OR Apache-2.0"));
    assert!(allowed("MIT/Apache-2.0"));
    assert!(allowed("(MIT OR Apache-2.0) AND Unicode-3.0"));
    assert!(allowed("Apache-2.0 OR GPL-2.0-only"));
    assert!(!allowed("GPL-2.0-only"));
    assert!(!allowed("MIT AND GPL-2.0-only"));
    assert!(!allowed("SSPL-1.0 OR BUSL-1.1"));
}

#[test]
fn every_dependency_has_an_allowed_licence() {
    let out = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--filter-platform",
            "x86_64-unknown-linux-gnu",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        // CI runs this suite under libfaketime (scripts/test.sh), which rustc — asked by cargo
        // for its target info — deadlocks under (a futex wait forever; jemalloc's start-up and
        // faketime's). The dependency tree reads no clock: cargo runs without it.
        .env_remove("LD_PRELOAD")
        .env_remove("FAKETIME")
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let packages = meta["packages"].as_array().unwrap();
    assert!(packages.len() > 100, "read the dependency tree");
    let refused: Vec<String> = packages
        .iter()
        .filter_map(|p| {
            let name = p["name"].as_str().unwrap_or("?");
            match p["license"].as_str() {
                Some(l) if allowed(l) => None,
                Some(l) => Some(format!("{name}: {l}")),
                None => Some(format!("{name}: no licence field")),
            }
        })
        .collect();
    assert_eq!(refused, Vec::<String>::new());
}
