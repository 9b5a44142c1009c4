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
