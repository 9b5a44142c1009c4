//! Country names in each language, for the citizenship list. Codes are validated by the domain;
//! names are only for showing. Names and their order come from CLDR through ICU4X where CLDR
//! has the language's own names; Haitian Creole, whose CLDR names are the French ones, reads
//! `data/countries-ht.tsv` (reviewed, with its source). `data/countries.tsv` (Debian
//! iso-codes) holds the list of codes and fills any name CLDR lacks.

use std::sync::OnceLock;

use icu_collator::{options::CollatorOptions, Collator, CollatorBorrowed};
use icu_experimental::displaynames::{multi::RegionDisplayNames, DisplayNamesOptions};
use icu_locale_core::{subtags::Region, Locale};

use crate::i18n::LOCALES;
use crate::locale_format::icu_tag;

const TSV: &str = include_str!("../../../../data/countries.tsv");
const CREOLE: &str = include_str!("../../../../data/countries-ht.tsv");

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

/// (code, Creole name) from `data/countries-ht.tsv`.
fn creole() -> impl Iterator<Item = (&'static str, &'static str)> {
    CREOLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("code\t"))
        .filter_map(|l| l.split_once('\t'))
}

/// The name iso-codes gives in `language`, English where it has none.
fn iso_name(row: &[&'static str], language: &str) -> Option<&'static str> {
    let t = table();
    let col = t.languages.iter().position(|l| *l == language).unwrap_or(0) + 1;
    row.get(col).or(row.get(1)).copied()
}

/// One locale's names, in that language's alphabetical order.
struct Names {
    sorted: Vec<(&'static str, &'static str)>,
}

fn build(language: &'static str) -> Names {
    let rows = &table().rows;
    let mut sorted: Vec<(&'static str, &'static str)> = if language == "ht" {
        let creole: Vec<_> = creole().collect();
        rows.iter()
            .filter_map(|r| {
                let code = *r.first()?;
                let name = creole
                    .iter()
                    .find(|(c, _)| *c == code)
                    .map(|(_, n)| *n)
                    .or_else(|| iso_name(r, "ht"))?;
                Some((code, name))
            })
            .collect()
    } else {
        let cldr = cldr_names(language);
        rows.iter()
            .filter_map(|r| {
                let code = *r.first()?;
                let from_cldr = cldr.and_then(|names| names.of(code.parse::<Region>().ok()?));
                Some((code, from_cldr.or_else(|| iso_name(r, language))?))
            })
            .collect()
    };
    match collator(language) {
        Some(c) => sorted.sort_by(|a, b| c.compare(a.1, b.1)),
        None => sorted.sort_by_key(|a| a.1.to_lowercase()),
    }
    Names { sorted }
}

fn locale(language: &str) -> Option<Locale> {
    icu_tag(language).parse().ok()
}

/// CLDR's region names in `language`, kept for the life of the process.
fn cldr_names(language: &str) -> Option<&'static RegionDisplayNames> {
    let names =
        RegionDisplayNames::try_new((&locale(language)?).into(), DisplayNamesOptions::default())
            .map_err(|e| tracing::warn!(language, error = ?e, "no CLDR country names"))
            .ok()?;
    Some(Box::leak(Box::new(names)))
}

/// The language's collation (accents, "ch", Turkish dotless i…); root order for Creole.
fn collator(language: &str) -> Option<CollatorBorrowed<'static>> {
    let tag = if language == "ht" {
        "fr"
    } else {
        icu_tag(language)
    };
    let locale: Locale = tag.parse().ok()?;
    Collator::try_new((&locale).into(), CollatorOptions::default())
        .map_err(|e| tracing::warn!(language, error = ?e, "no collation"))
        .ok()
}

fn names(language: &str) -> &'static Names {
    const COUNT: usize = LOCALES.len();
    static CACHE: [OnceLock<Names>; COUNT] = [const { OnceLock::new() }; COUNT];
    let i = LOCALES.iter().position(|l| l.0 == language).unwrap_or(0);
    CACHE[i].get_or_init(|| build(LOCALES[i].0))
}

/// (code, name) sorted by name in `language` (English for a language Garita does not speak).
pub fn list(language: &str) -> Vec<(&'static str, &'static str)> {
    names(language).sorted.clone()
}

pub fn name(code: &str, language: &str) -> &'static str {
    names(language)
        .sorted
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| *n)
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
    ("uk", "Українська"),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Codes whose Creole name is written exactly as the French one (checked below, so the list
    /// stays true); every other Creole name must differ from CLDR's French name.
    const SAME_AS_FRENCH: &[&str] = &[
        "AO", "BS", "BW", "CL", "FJ", "GA", "IQ", "IR", "JP", "KE", "KI", "LA", "LB", "ML", "MW",
        "PA", "PK", "RW", "SD", "SZ", "TD", "TG", "TJ", "TO", "UG", "WS", "ZW",
    ];

    #[test]
    fn every_country_has_a_reviewed_creole_name_that_is_not_the_french_one() {
        let creole: Vec<_> = creole().collect();
        let french = cldr_names("fr").unwrap();
        for row in &table().rows {
            let code = row[0];
            let matching: Vec<_> = creole.iter().filter(|(c, _)| *c == code).collect();
            assert_eq!(
                matching.len(),
                1,
                "{code}: one Creole name in data/countries-ht.tsv"
            );
            let ht = matching[0].1;
            assert!(!ht.trim().is_empty() && ht.trim() == ht, "{code}: {ht:?}");
            let fr = french.of(code.parse().unwrap()).unwrap();
            if SAME_AS_FRENCH.contains(&code) {
                assert_eq!(ht, fr, "{code} is listed as written like French");
            } else {
                assert_ne!(ht, fr, "{code}: the Creole name is the French one");
            }
            assert_eq!(name(code, "ht"), ht);
        }
        assert_eq!(
            creole.len(),
            table().rows.len(),
            "no code the list does not have"
        );
        assert_eq!(name("HT", "ht"), "Ayiti");
        assert_eq!(name("US", "ht"), "Etazini");
        assert_eq!(name("MX", "ht"), "Meksik");
    }

    #[test]
    fn names_come_from_cldr_in_each_language() {
        assert_eq!(name("HT", "es"), "Haití");
        assert_eq!(name("HT", "fr"), "Haïti");
        assert_eq!(name("HT", "zh-CN"), "海地");
        assert_eq!(name("HT", "ps"), "هایټي");
        assert_eq!(name("HT", "uz"), "Gaiti");
        assert_eq!(name("HT", "am"), "ሀይቲ");
        assert_eq!(name("UA", "uk"), "Україна");
        assert_eq!(name("HT", "uk"), "Гаїті");
        // iso-codes' long forms are gone: CLDR's short names are what people say.
        assert_eq!(name("RU", "en"), "Russia");
        for l in LOCALES {
            let all = list(l.0);
            assert_eq!(all.len(), table().rows.len(), "{}", l.0);
            assert!(all.iter().all(|(_, n)| !n.is_empty()), "{}", l.0);
        }
    }

    #[test]
    fn lists_are_sorted_in_the_languages_own_order() {
        let position = |lang: &str, code: &str| list(lang).iter().position(|(c, _)| *c == code);
        // Accented letters sort with their letter, not after "Z".
        assert!(
            position("es", "EG") < position("es", "ES"),
            "Egipto before España"
        );
        assert!(
            position("fr", "EG") < position("fr", "FR"),
            "Égypte before France"
        );
        assert!(
            position("fr", "EC") < position("fr", "ES"),
            "Équateur before Espagne (a byte order puts it after Zimbabwe)"
        );
        // Turkish: "Çin" (China) sorts after "Cezayir" (Algeria) and before "D…".
        assert!(position("tr", "DZ") < position("tr", "CN"));
        assert!(position("tr", "CN") < position("tr", "DK"));
        // Creole: "Ayiti" among the A's.
        assert!(position("ht", "HT") < position("ht", "BR"));
        // Ukrainian: Є and І are letters of the alphabet (… е є ж з и і ї й …), not the code
        // points before А: «Ємен» after «Естонія», «Ізраїль» after «Зімбабве», both before «Йорданія».
        assert!(position("uk", "EE") < position("uk", "YE"));
        assert!(position("uk", "ZW") < position("uk", "IL"));
        assert!(position("uk", "IL") < position("uk", "JO"));
    }
}
