//! Country names in each language, from `data/countries.tsv` (Debian iso-codes), for the
//! citizenship list. Codes are validated by the domain; names are only for showing.

use std::sync::OnceLock;

const TSV: &str = include_str!("../../../../data/countries.tsv");

struct Table {
    languages: Vec<&'static str>,
    rows: Vec<Vec<&'static str>>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut lines = TSV.lines().filter(|l| !l.starts_with('#'));
        let languages = lines
            .next()
            .unwrap_or_default()
            .split('\t')
            .skip(1)
            .collect();
        let rows = lines.map(|l| l.split('\t').collect()).collect();
        Table { languages, rows }
    })
}

/// (code, name) sorted by name in `language` (English names where a translation is missing).
pub fn list(language: &str) -> Vec<(&'static str, &'static str)> {
    let t = table();
    let col = t.languages.iter().position(|l| *l == language).unwrap_or(0) + 1;
    let mut out: Vec<_> = t
        .rows
        .iter()
        .filter_map(|r| Some((*r.first()?, *r.get(col).or(r.get(1))?)))
        .collect();
    out.sort_by_key(|a| a.1.to_lowercase());
    out
}

pub fn name(code: &str, language: &str) -> &'static str {
    let t = table();
    let col = t.languages.iter().position(|l| *l == language).unwrap_or(0) + 1;
    t.rows
        .iter()
        .find(|r| r.first() == Some(&code))
        .and_then(|r| r.get(col).or(r.get(1)).copied())
        .unwrap_or("")
}

/// Languages travelers commonly speak, by their own names (endonyms need no translation).
pub const SPOKEN_LANGUAGES: &[(&str, &str)] = &[
    ("es", "Español"),
    ("en", "English"),
    ("ht", "Kreyòl ayisyen"),
    ("pt", "Português"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("uz", "Oʻzbekcha"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("ps", "پښتو"),
    ("tr", "Türkçe"),
    ("hi", "हिन्दी"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("zh", "中文"),
    ("am", "አማርኛ"),
    ("ti", "ትግርኛ"),
    ("so", "Soomaali"),
    ("wo", "Wolof"),
    ("mam", "Mam"),
    ("quc", "K'iche'"),
    ("kek", "Q'eqchi'"),
    ("qu", "Runasimi"),
];
