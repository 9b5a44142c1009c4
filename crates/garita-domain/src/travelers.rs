//! A traveler record: the account holder and each accompanying member of their group. Parsing
//! a `MemberInput` is the only way to obtain a `Member`, so a stored record is always valid.

use crate::accounts::Email;
use crate::validation::{bounded_text, Collector, Invalid, Problem};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The holder plus up to ten accompanying members.
pub const MAX_GROUP_SIZE: usize = 11;
pub const NAME_MAX_CHARS: usize = 200;
pub const OLDEST_AGE_YEARS: i32 = 130;

const COUNTRIES_TSV: &str = include_str!("../../../data/countries.tsv");

/// Every ISO 3166-1 alpha-2 code, from `data/countries.tsv`.
pub fn country_codes() -> impl Iterator<Item = &'static str> {
    COUNTRIES_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("code\t"))
        .filter_map(|l| l.split('\t').next())
}

pub fn is_country(code: &str) -> bool {
    code.len() == 2 && country_codes().any(|c| c == code)
}

/// Kinds of travel document a member may hold. Having none is allowed: many people fleeing
/// have no documents, and Garita must not shut them out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentType {
    Passport,
    NationalId,
    BirthCertificate,
    Other,
}

impl DocumentType {
    pub const ALL: [DocumentType; 4] = [
        DocumentType::Passport,
        DocumentType::NationalId,
        DocumentType::BirthCertificate,
        DocumentType::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DocumentType::Passport => "passport",
            DocumentType::NationalId => "national-id",
            DocumentType::BirthCertificate => "birth-certificate",
            DocumentType::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<DocumentType> {
        DocumentType::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// How to reach the member: a phone number in international form or an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Contact {
    Phone(String),
    Email(String),
}

impl Contact {
    pub fn parse(raw: &str) -> Result<Contact, Problem> {
        let value = raw.trim();
        if value.contains('@') {
            // Email::parse refuses controls; an override or zero-width space in the address
            // would reorder or hide part of it where officers read it.
            if value.chars().any(hidden) {
                return Err(Problem::InvalidCharacters);
            }
            return Email::parse(value).map(|e| Contact::Email(e.as_str().to_string()));
        }
        let plus = value.starts_with('+');
        let digits: String = value.chars().filter(|c| c.is_ascii_digit()).collect();
        let only_phone_chars = value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.'));
        if !only_phone_chars
            || value[1..].contains('+') && plus
            || !(7..=15).contains(&digits.len())
        {
            return Err(Problem::InvalidPhone);
        }
        Ok(Contact::Phone(if plus {
            format!("+{digits}")
        } else {
            digits
        }))
    }

    pub fn display(&self) -> &str {
        match self {
            Contact::Phone(v) | Contact::Email(v) => v,
        }
    }
}

/// A member's data as typed into a form or sent as JSON: every field raw and optional.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct MemberInput {
    #[serde(default)]
    pub full_name: String,
    #[serde(default)]
    pub date_of_birth: String,
    #[serde(default)]
    pub citizenship: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub document_type: String,
    #[serde(default)]
    pub document_number: String,
    #[serde(default)]
    pub contact: String,
}

/// A valid member record. This is what is stored (encrypted) and shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub full_name: String,
    pub date_of_birth: NaiveDate,
    pub citizenship: String,
    pub language: String,
    pub document: Option<(DocumentType, String)>,
    pub contact: Option<Contact>,
}

impl Member {
    pub fn to_input(&self) -> MemberInput {
        MemberInput {
            full_name: self.full_name.clone(),
            date_of_birth: self.date_of_birth.to_string(),
            citizenship: self.citizenship.clone(),
            language: self.language.clone(),
            document_type: self
                .document
                .as_ref()
                .map(|d| d.0.as_str().to_string())
                .unwrap_or_default(),
            document_number: self
                .document
                .as_ref()
                .map(|d| d.1.clone())
                .unwrap_or_default(),
            contact: self
                .contact
                .as_ref()
                .map(|c| c.display().to_string())
                .unwrap_or_default(),
        }
    }
}

/// Characters that show nothing or reorder what follows, and so have no use in a name or a
/// number typed by a person: a name holding one can look like another name, hide that it is
/// empty, or (bidi overrides) reverse the row an officer reads. Controls (`Cc`), every format
/// character (`Cf`: bidi marks, embeddings, overrides and isolates, zero-width space, BOM,
/// soft hyphen, tags…) and the other default-ignorable code points (Hangul fillers, variation
/// selectors), plus line and paragraph separators and the blank braille pattern. ZWNJ and ZWJ
/// are judged apart, by [`refuse_invisible`], because Persian and the Indic scripts need them;
/// so are the Mongolian variation selectors, which Mongolian script needs.
const INVISIBLE: &[(char, char)] = &[
    ('\u{0000}', '\u{001F}'),   // C0 controls
    ('\u{007F}', '\u{009F}'),   // DEL and C1 controls
    ('\u{00AD}', '\u{00AD}'),   // soft hyphen
    ('\u{034F}', '\u{034F}'),   // combining grapheme joiner
    ('\u{0600}', '\u{0605}'),   // Arabic number signs
    ('\u{061C}', '\u{061C}'),   // Arabic letter mark
    ('\u{06DD}', '\u{06DD}'),   // Arabic end of ayah
    ('\u{070F}', '\u{070F}'),   // Syriac abbreviation mark
    ('\u{0890}', '\u{0891}'),   // Arabic pound and piastre marks above
    ('\u{08E2}', '\u{08E2}'),   // Arabic disputed end of ayah
    ('\u{115F}', '\u{1160}'),   // Hangul choseong and jungseong fillers
    ('\u{17B4}', '\u{17B5}'),   // Khmer inherent vowels
    ('\u{200B}', '\u{200B}'),   // zero-width space
    ('\u{200E}', '\u{200F}'),   // left-to-right and right-to-left marks
    ('\u{2028}', '\u{2029}'),   // line and paragraph separators
    ('\u{202A}', '\u{202E}'),   // bidi embeddings and overrides
    ('\u{2060}', '\u{206F}'),   // word joiner, invisible operators, bidi isolates, deprecated
    ('\u{2800}', '\u{2800}'),   // braille pattern blank
    ('\u{3164}', '\u{3164}'),   // Hangul filler
    ('\u{FE00}', '\u{FE0F}'),   // variation selectors
    ('\u{FEFF}', '\u{FEFF}'),   // zero-width no-break space (BOM)
    ('\u{FFA0}', '\u{FFA0}'),   // halfwidth Hangul filler
    ('\u{FFF0}', '\u{FFFB}'),   // unassigned specials, interlinear annotation
    ('\u{110BD}', '\u{110BD}'), // Kaithi number sign
    ('\u{110CD}', '\u{110CD}'), // Kaithi number sign above
    ('\u{13430}', '\u{1345F}'), // Egyptian hieroglyph format controls
    ('\u{1BCA0}', '\u{1BCA3}'), // shorthand format controls
    ('\u{1D173}', '\u{1D17A}'), // musical symbol format controls
    ('\u{E0000}', '\u{E0FFF}'), // tags and variation selectors supplement
];

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';

/// Whether `c` is one of the [`INVISIBLE`] characters (never allowed where this is checked).
pub fn is_invisible(c: char) -> bool {
    INVISIBLE
        .binary_search_by(|&(first, last)| {
            if last < c {
                std::cmp::Ordering::Less
            } else if first > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Refuses [`INVISIBLE`] characters, and the joiners and Mongolian selectors where no script
/// needs them. ZWNJ (U+200C) and ZWJ (U+200D) shape the letters on each side (Persian
/// "علی‌رضا", Hindi and Punjabi half forms), so each must stand between two visible
/// characters: never first, last, beside a space or beside another invisible character. The
/// Mongolian free variation selectors and vowel separator (U+180B–U+180F) must follow a
/// Mongolian letter. So a value made only of invisible characters is always refused.
pub fn refuse_invisible(value: &str) -> Result<(), Problem> {
    let chars: Vec<char> = value.chars().collect();
    let visible = |at: Option<&char>| at.is_some_and(|&c| !c.is_whitespace() && !hidden(c));
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|b| chars.get(b));
        let ok = match c {
            ZWNJ | ZWJ => visible(before) && visible(chars.get(i + 1)),
            '\u{180B}'..='\u{180F}' => {
                before.is_some_and(|b| ('\u{1820}'..='\u{18AF}').contains(b))
            }
            _ => !is_invisible(c),
        };
        if !ok {
            return Err(Problem::InvalidCharacters);
        }
    }
    Ok(())
}

/// Invisible in any position: the always-refused ones, the joiners and Mongolian selectors.
fn hidden(c: char) -> bool {
    is_invisible(c) || matches!(c, ZWNJ | ZWJ | '\u{180B}'..='\u{180F}')
}

pub fn parse_name(raw: &str) -> Result<String, Problem> {
    let name = bounded_text(raw, 1, NAME_MAX_CHARS)?;
    refuse_invisible(&name)?;
    Ok(name)
}

/// The latest calendar date anywhere on Earth at `now`: the date at UTC+14 (Kiribati's Line
/// Islands). A date of birth is refused only after this date, so nobody born "today" where
/// they are is turned away because the server counts days in UTC.
pub fn latest_date_on_earth(now: DateTime<Utc>) -> NaiveDate {
    (now + Duration::hours(14)).date_naive()
}

/// `today` is passed in so the rule stays pure and testable at any date. It must be the
/// latest date on Earth ([`latest_date_on_earth`], the date at UTC+14), not the date in UTC:
/// a child born today in Tijuana or Kabul may already be born "tomorrow" in UTC.
pub fn parse_date_of_birth(raw: &str, today: NaiveDate) -> Result<NaiveDate, Problem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Problem::Required);
    }
    let date = NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| Problem::InvalidDate)?;
    if date > today {
        return Err(Problem::DateInFuture);
    }
    if today.year() - date.year() > OLDEST_AGE_YEARS {
        return Err(Problem::DateTooOld);
    }
    Ok(date)
}

pub fn parse_country(raw: &str) -> Result<String, Problem> {
    let code = raw.trim().to_ascii_uppercase();
    if code.is_empty() {
        return Err(Problem::Required);
    }
    if is_country(&code) {
        Ok(code)
    } else {
        Err(Problem::UnknownCountry)
    }
}

/// A BCP 47 language tag in its common shape (`es`, `ht`, `pt-BR`, `zh-Hans`, `mam`): members
/// may speak languages Garita's pages are not yet in, and officers need to know.
pub fn parse_language(raw: &str) -> Result<String, Problem> {
    let tag = raw.trim();
    if tag.is_empty() {
        return Err(Problem::Required);
    }
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    let rest_ok =
        parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if primary_ok && rest_ok && tag.len() <= 35 {
        Ok(tag.to_string())
    } else {
        Err(Problem::UnknownLanguage)
    }
}

pub fn parse_document(
    kind: &str,
    number: &str,
) -> Result<Option<(DocumentType, String)>, (&'static str, Problem)> {
    let kind = kind.trim();
    let number: String = number
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    match (kind.is_empty(), number.is_empty()) {
        (true, true) => Ok(None),
        (true, false) => Err(("document_type", Problem::Required)),
        (false, _) => {
            let kind =
                DocumentType::parse(kind).ok_or(("document_type", Problem::UnknownDocumentType))?;
            if number.is_empty() {
                return Err(("document_number", Problem::Required));
            }
            if number.chars().count() > 30 {
                return Err(("document_number", Problem::TooLong { max: 30 }));
            }
            // Hangul fillers are letters (`Lo`) yet show nothing.
            if number.chars().any(hidden) {
                return Err(("document_number", Problem::InvalidCharacters));
            }
            if !number.chars().all(|c| c.is_alphanumeric() || c == '-') {
                return Err(("document_number", Problem::InvalidDocumentNumber));
            }
            Ok(Some((kind, number)))
        }
    }
}

impl MemberInput {
    /// Checks every field and reports every problem at once. `today` is the latest date on
    /// Earth ([`latest_date_on_earth`]), which a date of birth may not be after.
    pub fn parse(&self, today: NaiveDate) -> Result<Member, Invalid> {
        let mut c = Collector::default();
        let full_name = c.check("full_name", parse_name(&self.full_name));
        let date_of_birth = c.check(
            "date_of_birth",
            parse_date_of_birth(&self.date_of_birth, today),
        );
        let citizenship = c.check("citizenship", parse_country(&self.citizenship));
        let language = c.check("language", parse_language(&self.language));
        let document = match parse_document(&self.document_type, &self.document_number) {
            Ok(d) => Some(d),
            Err((field, problem)) => c.check::<()>(field, Err(problem)).map(|_| None),
        };
        let contact = if self.contact.trim().is_empty() {
            Some(None)
        } else {
            c.check("contact", Contact::parse(&self.contact)).map(Some)
        };
        c.finish()?;
        match (
            full_name,
            date_of_birth,
            citizenship,
            language,
            document,
            contact,
        ) {
            (
                Some(full_name),
                Some(date_of_birth),
                Some(citizenship),
                Some(language),
                Some(document),
                Some(contact),
            ) => Ok(Member {
                full_name,
                date_of_birth,
                citizenship,
                language,
                document,
                contact,
            }),
            // Unreachable: every None above recorded an error and `finish` returned it.
            _ => Err(Invalid::one("full_name", Problem::Required)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn valid() -> MemberInput {
        MemberInput {
            full_name: "María José Pérez".into(),
            date_of_birth: "1990-02-28".into(),
            citizenship: "hn".into(),
            language: "es".into(),
            document_type: "passport".into(),
            document_number: "e 1234567".into(),
            contact: "+52 664 123 4567".into(),
        }
    }

    #[test]
    fn valid_member_is_normalised() {
        let m = valid().parse(today()).unwrap();
        assert_eq!(m.citizenship, "HN");
        assert_eq!(
            m.document,
            Some((DocumentType::Passport, "E1234567".into()))
        );
        assert_eq!(m.contact, Some(Contact::Phone("+526641234567".into())));
    }

    #[test]
    fn every_problem_is_reported_with_its_field() {
        let input = MemberInput {
            full_name: " ".into(),
            date_of_birth: "2030-01-01".into(),
            citizenship: "XX".into(),
            language: "español!".into(),
            document_type: "".into(),
            document_number: "123".into(),
            contact: "call me".into(),
        };
        let Invalid(errors) = input.parse(today()).unwrap_err();
        let got: Vec<(&str, &str)> = errors.iter().map(|e| (e.field, e.problem.code())).collect();
        assert_eq!(
            got,
            vec![
                ("full_name", "required"),
                ("date_of_birth", "date-in-future"),
                ("citizenship", "unknown-country"),
                ("language", "unknown-language"),
                ("document_type", "required"),
                ("contact", "invalid-phone"),
            ]
        );
    }

    #[test]
    fn country_list_is_complete() {
        assert_eq!(country_codes().count(), 249);
        for code in ["MX", "US", "HT", "VE", "AF", "CN", "RU", "UZ", "ER"] {
            assert!(is_country(code), "{code}");
        }
        assert!(!is_country("XX"));
        assert!(!is_country("code"));
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date_of_birth("2026-11-25", today()), Ok(today()));
        assert_eq!(
            parse_date_of_birth("2026-11-26", today()),
            Err(Problem::DateInFuture)
        );
        assert_eq!(
            parse_date_of_birth("1890-01-01", today()),
            Err(Problem::DateTooOld)
        );
        assert_eq!(
            parse_date_of_birth("2023-02-29", today()),
            Err(Problem::InvalidDate)
        );
        assert_eq!(
            parse_date_of_birth("25/11/2000", today()),
            Err(Problem::InvalidDate)
        );
    }

    #[test]
    fn contacts() {
        assert_eq!(
            Contact::parse("ana@example.org"),
            Ok(Contact::Email("ana@example.org".into()))
        );
        assert_eq!(
            Contact::parse("(664) 123-4567"),
            Ok(Contact::Phone("6641234567".into()))
        );
        assert!(Contact::parse("+1+2345678").is_err());
        assert!(Contact::parse("123").is_err());
    }

    /// Names as people write them, in the scripts of the people Garita serves.
    const NAMES: &[&str] = &[
        "María José Pérez",
        "محمد عبد الله",             // Arabic
        "علی\u{200C}رضا محمدی",      // Persian, with ZWNJ
        "نرگس\u{200C}السادات حسینی", // Persian, with ZWNJ
        "ګل\u{200C}احمد",            // Pashto, with ZWNJ
        "अनुष्का शर्मा",                // Hindi
        "क्\u{200D}षमा राव",          // Hindi, half form with ZWJ
        "र्\u{200D}या देवी",           // Marathi/Hindi eyelash ra, with ZWJ
        "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",                // Punjabi
        "ਪ੍\u{200D}ਰੀਤ ਕੌਰ",           // Punjabi, with ZWJ
        "አበበ ቢቂላ",                   // Amharic
        "王小明",                    // Chinese
        "欧阳 娜娜",                 // Chinese, with a space
        "Jean-Baptiste Désir",       // Haitian Creole
        "Wòch Lespwa Sèvil",         // Haitian Creole
        "Nguyễn Thị Hương",          // Vietnamese
        "Олександр Шевченко",        // Ukrainian
        "Oʻgʻiloy Toʻxtayeva",       // Uzbek
        "Şükrü Öztürk",              // Turkish
        "ᠪᠠᠲᠤ\u{180B}",              // Mongolian, with a variation selector
        "O'Brien-Smith Jr.",
    ];

    /// One of each kind of refused character.
    const REFUSED: &[char] = &[
        '\u{0000}',
        '\u{0009}',
        '\u{001B}',
        '\u{007F}',
        '\u{0085}',
        '\u{00AD}',
        '\u{034F}',
        '\u{061C}',
        '\u{0600}',
        '\u{115F}',
        '\u{1160}',
        '\u{17B4}',
        '\u{200B}',
        '\u{200E}',
        '\u{200F}',
        '\u{2028}',
        '\u{2029}',
        '\u{202A}',
        '\u{202B}',
        '\u{202C}',
        '\u{202D}',
        '\u{202E}',
        '\u{2060}',
        '\u{2062}',
        '\u{2066}',
        '\u{2067}',
        '\u{2068}',
        '\u{2069}',
        '\u{206F}',
        '\u{2800}',
        '\u{3164}',
        '\u{FE0F}',
        '\u{FEFF}',
        '\u{FFA0}',
        '\u{FFF9}',
        '\u{1D173}',
        '\u{E0001}',
        '\u{E0041}',
        '\u{E0100}',
    ];

    #[test]
    fn names_in_every_script_are_accepted() {
        for name in NAMES {
            assert_eq!(parse_name(name).as_deref(), Ok(*name), "{name:?}");
        }
    }

    #[test]
    fn invisible_and_reordering_characters_are_refused() {
        for &c in REFUSED {
            // Whitespace among them (tab, NEL, line separator) is trimmed off the ends.
            let ends = if c.is_whitespace() {
                vec![]
            } else {
                vec![format!("{c}Ana"), format!("Ana{c}")]
            };
            for name in ends.into_iter().chain([format!("Ana{c}Rosa")]) {
                assert_eq!(
                    parse_name(&name),
                    Err(Problem::InvalidCharacters),
                    "U+{:04X}",
                    u32::from(c)
                );
            }
        }
        // The right-to-left override that turns "Ana gpj.exe" around on screen.
        assert_eq!(
            parse_name("Ana \u{202E}exe.gpj"),
            Err(Problem::InvalidCharacters)
        );
        assert_eq!(
            Contact::parse("ana\u{202E}@example.org"),
            Err(Problem::InvalidCharacters)
        );
        assert_eq!(
            parse_document("passport", "E12\u{3164}345"),
            Err(("document_number", Problem::InvalidCharacters))
        );
    }

    #[test]
    fn joiners_are_accepted_only_between_visible_characters() {
        for name in [
            "\u{200C}",
            "\u{200D}",
            "\u{200C}\u{200D}\u{200C}",
            "\u{3164}",
            "\u{200B}\u{200B}",
            "\u{200D}علی",
            "علی\u{200C}",
            "علی \u{200C}رضا",
            "علی\u{200C} رضا",
            "علی\u{200C}\u{200C}رضا",
            "Ana\u{200D}\u{3164}",
            "\u{180B}",
            "Ana\u{180B}",
        ] {
            assert_eq!(
                parse_name(name),
                Err(Problem::InvalidCharacters),
                "{:?}",
                name.chars().map(u32::from).collect::<Vec<_>>()
            );
        }
        assert_eq!(
            parse_name("علی\u{200C}رضا").as_deref(),
            Ok("علی\u{200C}رضا")
        );
    }

    #[test]
    fn the_invisible_table_is_sorted_and_holds_every_format_character_named() {
        assert!(INVISIBLE.iter().all(|&(first, last)| first <= last));
        assert!(INVISIBLE.windows(2).all(|w| w[0].1 < w[1].0));
        for c in [
            '\u{200B}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{061C}', '\u{FEFF}',
        ] {
            assert!(is_invisible(c), "U+{:04X}", u32::from(c));
        }
        for c in [
            'a', ' ', 'é', 'ع', '\u{200C}', '\u{200D}', '王', 'አ', '\u{0941}',
        ] {
            assert!(!is_invisible(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn a_birth_date_of_today_at_utc_plus_fourteen_is_accepted() {
        // 10:00 UTC on 25 November: already 26 November at UTC+14 (Kiribati), and in
        // UTC+13/+14 places a child born that day has 26 November on its papers.
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let latest = latest_date_on_earth(now);
        assert_eq!(latest, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
        let input = MemberInput {
            date_of_birth: "2026-11-26".into(),
            ..valid()
        };
        assert_eq!(input.parse(latest).unwrap().date_of_birth, latest);
        // The day after is still in the future everywhere.
        let input = MemberInput {
            date_of_birth: "2026-11-27".into(),
            ..valid()
        };
        let Invalid(errors) = input.parse(latest).unwrap_err();
        assert_eq!(errors[0].problem, Problem::DateInFuture);
        // Just before midnight UTC+14 it is still the 26th; at midnight, the 27th.
        let edge = chrono::DateTime::parse_from_rfc3339("2026-11-26T09:59:59Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(latest_date_on_earth(edge), latest);
        assert_eq!(
            latest_date_on_earth(edge + Duration::seconds(1)),
            NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
        );
    }

    /// A refused character, as a strategy.
    fn refused() -> impl Strategy<Value = char> {
        prop_oneof![
            prop::sample::select(REFUSED.to_vec()),
            prop::sample::select(INVISIBLE.to_vec())
                .prop_flat_map(|(first, last)| u32::from(first)..=u32::from(last))
                .prop_filter_map("not a char", char::from_u32),
        ]
    }

    proptest! {
        /// Any accepted name, with one refused character put anywhere in it, is refused.
        #[test]
        fn one_invisible_character_anywhere_is_refused(
            name in prop::sample::select(NAMES.to_vec()),
            c in refused(),
            at in any::<prop::sample::Index>(),
        ) {
            let mut chars: Vec<char> = name.chars().collect();
            let at = at.index(chars.len() + 1);
            let at_an_end = at == 0 || at == chars.len();
            chars.insert(at, c);
            let name: String = chars.into_iter().collect();
            if c.is_whitespace() && at_an_end {
                // Trimmed off like any other space at either end.
                prop_assert_eq!(parse_name(&name), Ok(name.trim().to_string()));
            } else {
                prop_assert_eq!(parse_name(&name), Err(Problem::InvalidCharacters));
            }
        }

        /// A name of invisible characters, joiners and spaces alone is refused.
        #[test]
        fn a_name_of_nothing_visible_is_refused(
            chars in prop::collection::vec(
                prop_oneof![refused(), prop::sample::select(vec!['\u{200C}', '\u{200D}', ' ', '\u{180E}'])],
                1..12,
            ),
        ) {
            let name: String = chars.into_iter().collect();
            prop_assert!(parse_name(&name).is_err());
        }

        #[test]
        fn parsing_never_panics(name in "\\PC*", dob in "\\PC*", country in "\\PC*", lang in "\\PC*", dt in "\\PC*", dn in "\\PC*", contact in "\\PC*") {
            let _ = MemberInput { full_name: name, date_of_birth: dob, citizenship: country, language: lang, document_type: dt, document_number: dn, contact }.parse(today());
        }

        #[test]
        fn a_parsed_member_round_trips(name in "[\\p{L} '.-]{1,60}", days in 0i64..40000, idx in 0usize..249) {
            prop_assume!(!name.trim().is_empty());
            // The Hangul fillers are letters (`Lo`) that show nothing, and are refused.
            prop_assume!(!name.chars().any(is_invisible));
            let dob = today() - chrono::Duration::days(days);
            let code = country_codes().nth(idx).unwrap();
            let input = MemberInput { full_name: name.clone(), date_of_birth: dob.to_string(), citizenship: code.to_lowercase(), language: "ht".into(), ..Default::default() };
            let m = input.parse(today()).unwrap();
            prop_assert_eq!(&m.full_name, name.trim());
            prop_assert_eq!(m.date_of_birth, dob);
            prop_assert_eq!(m.to_input().parse(today()).unwrap(), m);
        }

        #[test]
        fn names_over_the_limit_are_refused(extra in 1usize..50) {
            let long = "a".repeat(NAME_MAX_CHARS + extra);
            prop_assert_eq!(parse_name(&long), Err(Problem::TooLong { max: NAME_MAX_CHARS }));
        }
    }
}
