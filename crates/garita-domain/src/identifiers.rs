//! Identifiers that are sealed at rest but must still be found (a passport number, a PASSID, a
//! pass code with a date of birth, a name with a date of birth): their one canonical text, which
//! the service fingerprints with a keyed HMAC and never stores or logs in the clear.
//!
//! # Canonical forms (what "the same identifier" means)
//! - Every kind's text begins with the kind (`name_dob`, `passport`…) and its parts are joined
//!   by U+001F, a control character no part can hold (controls are refused or dropped), so two
//!   different kinds, or two different splits into parts, never give the same text.
//! - Document numbers (passport, PASSID, travel document): digits of any script as ASCII,
//!   Unicode NFKC (full-width letters as ASCII), upper case, spaces and dashes removed:
//!   "e 123-4567" and "Ｅ1234567" are both `E1234567`. Countries: ISO 3166-1 alpha-2.
//! - Names: NFKC, case folded (ß as "ss", final sigma as sigma), accents and other diacritics
//!   on Latin, Greek and Cyrillic letters removed and Arabic short vowels (tashkeel) removed —
//!   passports' machine-readable zone has no accents, so documents and forms disagree on them —
//!   but letters and the vowel signs of other scripts kept (they distinguish names there);
//!   punctuation (hyphen, apostrophe, comma, dot) is a space; zero-width joiners are dropped.
//!   The words are then **sorted**: the order of family and given names differs between
//!   documents and forms (family first in Chinese, Hungarian, Vietnamese passports, and on many
//!   Spanish forms), so "Pérez José" is "José Pérez". Every word must be there: "José Pérez
//!   López" is not "José Pérez". So "José  PÉREZ" and "jose perez" match; "Jose Peres" does not.
//! - Dates: ISO 8601 (`1990-05-21`).
//!
//! Matching is then exact on this text: no prefix, no edit distance.

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use crate::checkin::{normalize_code, MAX_CODE_LEN};
use crate::text_enum;
use crate::travelers::{is_country, parse_date_of_birth, DocumentType, Member, NAME_MAX_CHARS};
use crate::validation::{ascii_digits, Collector, Invalid, Problem};

/// What kind of identifier a fingerprint is of (stored in `identifier_fingerprints`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdentifierKind {
    /// Issuing country + passport number.
    Passport,
    /// A Trusted Traveler PASSID: 9 digits.
    Passid,
    /// An appointment pass code + date of birth.
    PassCodeDob,
    /// The names (family and given, in any order) + date of birth.
    NameDob,
    /// Another travel document: its type + issuing country + number.
    TravelDocument,
}
text_enum!(IdentifierKind {
    Passport = "passport",
    Passid = "passid",
    PassCodeDob = "pass_code_dob",
    NameDob = "name_dob",
    TravelDocument = "travel_document",
});

/// What a fingerprint points at: a row of a feature (no foreign key: see the service's
/// `lookups` module). Later features add theirs (`i94_applicant`, `travel_authorization`…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubjectKind {
    /// A member of a traveler's group (`travelers.id`).
    Traveler,
    /// An applicant of a provisional I-94 (`i94_applicants.id`).
    I94Applicant,
}
text_enum!(SubjectKind {
    Traveler = "traveler",
    I94Applicant = "i94_applicant",
});

/// Why someone looks a person up: named in every lookup's audit entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LookupPurpose {
    /// An officer at a port finds the group of a person who came without the pass.
    PortArrival,
    /// An officer at a land port finds a provisional I-94 to finish it.
    I94Inspection,
}
text_enum!(LookupPurpose {
    PortArrival = "port-arrival",
    I94Inspection = "i94-inspection",
});

/// A valid identifier in canonical form. Built only by the constructors below, which check
/// and normalise what was typed, so a fingerprint is never taken of a raw value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identifier {
    Passport {
        country: String,
        number: String,
    },
    Passid(String),
    PassCodeDob {
        code: String,
        date_of_birth: NaiveDate,
    },
    NameDob {
        /// The folded words, sorted, joined by one space.
        names: String,
        date_of_birth: NaiveDate,
    },
    TravelDocument {
        document_type: DocumentType,
        country: String,
        number: String,
    },
}

const SEP: char = '\u{1F}';
/// A document number's longest canonical form (as members' document numbers).
pub const NUMBER_MAX_CHARS: usize = 30;

impl Identifier {
    pub fn kind(&self) -> IdentifierKind {
        match self {
            Identifier::Passport { .. } => IdentifierKind::Passport,
            Identifier::Passid(_) => IdentifierKind::Passid,
            Identifier::PassCodeDob { .. } => IdentifierKind::PassCodeDob,
            Identifier::NameDob { .. } => IdentifierKind::NameDob,
            Identifier::TravelDocument { .. } => IdentifierKind::TravelDocument,
        }
    }

    /// The text that is fingerprinted: the kind, then each part, separated by U+001F.
    pub fn canonical(&self) -> String {
        let parts: Vec<String> = match self {
            Identifier::Passport { country, number } => vec![country.clone(), number.clone()],
            Identifier::Passid(n) => vec![n.clone()],
            Identifier::PassCodeDob {
                code,
                date_of_birth,
            } => vec![code.clone(), date_of_birth.to_string()],
            Identifier::NameDob {
                names,
                date_of_birth,
            } => vec![names.clone(), date_of_birth.to_string()],
            Identifier::TravelDocument {
                document_type,
                country,
                number,
            } => vec![
                document_type.as_str().to_string(),
                country.clone(),
                number.clone(),
            ],
        };
        let mut out = self.kind().as_str().to_string();
        for p in parts {
            out.push(SEP);
            out.push_str(&p);
        }
        out
    }

    /// Issuing country (ISO alpha-2) + passport number.
    pub fn passport(country: &str, number: &str) -> Result<Identifier, Invalid> {
        let mut c = Collector::default();
        let country = c.check("country", parse_issuer(country));
        let number = c.check("number", document_number(number));
        c.finish()?;
        match (country, number) {
            (Some(country), Some(number)) => Ok(Identifier::Passport { country, number }),
            _ => Err(Invalid::one("number", Problem::Required)),
        }
    }

    /// A PASSID (Trusted Traveler): exactly 9 digits, in any script, spaces and dashes allowed.
    pub fn passid(raw: &str) -> Result<Identifier, Invalid> {
        let n = document_number(raw).map_err(|p| Invalid::one("passid", p))?;
        if n.len() != 9 || !n.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Invalid::one("passid", Problem::InvalidDocumentNumber));
        }
        Ok(Identifier::Passid(n))
    }

    /// An appointment pass code (read as the port console reads it: O as 0, I and L as 1) with
    /// the date of birth. `today` is the latest date on Earth.
    pub fn pass_code_dob(code: &str, dob: &str, today: NaiveDate) -> Result<Identifier, Invalid> {
        let mut c = Collector::default();
        let normalized = normalize_code(code);
        let code = c.check(
            "code",
            if normalized.is_empty() {
                Err(Problem::Required)
            } else if normalized.chars().count() > MAX_CODE_LEN {
                Err(Problem::TooLong { max: MAX_CODE_LEN })
            } else if !normalized.chars().all(|c| c.is_ascii_alphanumeric()) {
                Err(Problem::InvalidCharacters)
            } else {
                Ok(normalized)
            },
        );
        let date_of_birth = c.check("date_of_birth", date(dob, today));
        c.finish()?;
        match (code, date_of_birth) {
            (Some(code), Some(date_of_birth)) => Ok(Identifier::PassCodeDob {
                code,
                date_of_birth,
            }),
            _ => Err(Invalid::one("code", Problem::Required)),
        }
    }

    /// Family name + given names + date of birth (the same identifier as the full name made of
    /// those words, in any order).
    pub fn name_dob(
        family_name: &str,
        given_names: &str,
        dob: &str,
        today: NaiveDate,
    ) -> Result<Identifier, Invalid> {
        let mut c = Collector::default();
        let family = c.check("family_name", name_words(family_name));
        let given = c.check("given_names", name_words(given_names));
        let date_of_birth = c.check("date_of_birth", date(dob, today));
        c.finish()?;
        match (family, given, date_of_birth) {
            (Some(mut family), Some(given), Some(date_of_birth)) => {
                family.extend(given);
                Ok(name_identifier(family, date_of_birth))
            }
            _ => Err(Invalid::one("family_name", Problem::Required)),
        }
    }

    /// A full name as one field (as a member's record holds it) + date of birth.
    pub fn full_name_dob(
        full_name: &str,
        dob: &str,
        today: NaiveDate,
    ) -> Result<Identifier, Invalid> {
        let mut c = Collector::default();
        let words = c.check("full_name", name_words(full_name));
        let date_of_birth = c.check("date_of_birth", date(dob, today));
        c.finish()?;
        match (words, date_of_birth) {
            (Some(words), Some(date_of_birth)) => Ok(name_identifier(words, date_of_birth)),
            _ => Err(Invalid::one("full_name", Problem::Required)),
        }
    }

    /// Another travel document: type, issuing country, number.
    pub fn travel_document(
        document_type: &str,
        country: &str,
        number: &str,
    ) -> Result<Identifier, Invalid> {
        let mut c = Collector::default();
        let kind = c.check(
            "document_type",
            match document_type.trim() {
                "" => Err(Problem::Required),
                t => DocumentType::parse(t).ok_or(Problem::UnknownDocumentType),
            },
        );
        let country = c.check("country", parse_issuer(country));
        let number = c.check("number", document_number(number));
        c.finish()?;
        match (kind, country, number) {
            (Some(document_type), Some(country), Some(number)) => Ok(Identifier::TravelDocument {
                document_type,
                country,
                number,
            }),
            _ => Err(Invalid::one("number", Problem::Required)),
        }
    }
}

fn name_identifier(mut words: Vec<String>, date_of_birth: NaiveDate) -> Identifier {
    words.sort();
    Identifier::NameDob {
        names: words.join(" "),
        date_of_birth,
    }
}

/// The identifiers a member's record is found by: the name with the date of birth. (The
/// record's document has no issuing country, so it is not a passport identifier.) A name
/// that folds to nothing (only punctuation) gives none.
pub fn member_identifiers(m: &Member) -> Vec<Identifier> {
    match name_words(&m.full_name) {
        Ok(words) => vec![name_identifier(words, m.date_of_birth)],
        Err(_) => Vec::new(),
    }
}

fn date(raw: &str, today: NaiveDate) -> Result<NaiveDate, Problem> {
    parse_date_of_birth(&ascii_digits(raw), today)
}

fn parse_issuer(raw: &str) -> Result<String, Problem> {
    let code: String = raw.nfkc().collect::<String>().trim().to_ascii_uppercase();
    if code.is_empty() {
        return Err(Problem::Required);
    }
    if is_country(&code) {
        Ok(code)
    } else {
        Err(Problem::UnknownCountry)
    }
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// A document number in canonical form: ASCII digits, NFKC, upper case, no spaces or dashes
/// (NFKC again last: removing a space can leave a mark beside a letter it composes with).
pub fn normalize_number(raw: &str) -> String {
    ascii_digits(raw)
        .nfkc()
        .filter(|c| !c.is_whitespace() && !is_dash(*c))
        .flat_map(char::to_uppercase)
        .nfkc()
        .collect()
}

fn document_number(raw: &str) -> Result<String, Problem> {
    let n = normalize_number(raw);
    if n.is_empty() {
        return Err(Problem::Required);
    }
    if n.chars().count() > NUMBER_MAX_CHARS {
        return Err(Problem::TooLong {
            max: NUMBER_MAX_CHARS,
        });
    }
    if !n.chars().all(char::is_alphanumeric) {
        return Err(Problem::InvalidDocumentNumber);
    }
    Ok(n)
}

/// Diacritics that documents drop or keep at will: the combining marks of Latin, Greek and
/// Cyrillic (after decomposition) and the Arabic short vowels. Other scripts' marks (Devanagari
/// and Gurmukhi vowel signs, viramas…) are letters of the name and are kept.
fn droppable_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}')
}

/// A name as its canonical text (words in the order typed): see the module's notes.
pub fn fold_name(raw: &str) -> String {
    let lower: String = raw
        .nfkc()
        .flat_map(char::to_lowercase)
        .flat_map(|c| match c {
            'ß' => vec!['s', 's'],
            'ς' => vec!['σ'],
            c => vec![c],
        })
        .collect();
    let kept: String = lower
        .nfd()
        .filter(|c| !droppable_mark(*c))
        .filter(|c| {
            !matches!(
                c,
                '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
            )
        })
        .map(|c| {
            if c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) {
                c
            } else {
                ' '
            }
        })
        .collect();
    let composed: String = kept.nfc().collect();
    composed.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn name_words(raw: &str) -> Result<Vec<String>, Problem> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(Problem::Required);
    }
    if trimmed.chars().count() > NAME_MAX_CHARS {
        return Err(Problem::TooLong {
            max: NAME_MAX_CHARS,
        });
    }
    if trimmed.chars().any(char::is_control) {
        return Err(Problem::InvalidCharacters);
    }
    let folded = fold_name(trimmed);
    if folded.is_empty() {
        return Err(Problem::InvalidCharacters);
    }
    Ok(folded.split(' ').map(str::to_string).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()
    }

    fn name(full: &str) -> Identifier {
        Identifier::full_name_dob(full, "1990-05-21", today()).unwrap()
    }

    fn field_of(e: Invalid) -> Vec<(&'static str, &'static str)> {
        e.0.iter().map(|f| (f.field, f.problem.code())).collect()
    }

    #[test]
    fn names_match_across_case_spacing_accents_and_order() {
        assert_eq!(name("José  PÉREZ"), name("jose perez"));
        assert_eq!(name("Pérez, José"), name("José Pérez"));
        assert_eq!(name("Ana-María O'Neil"), name("ana maria o neil"));
        assert_eq!(name("STRAẞE Müller"), name("strasse muller"));
        assert_eq!(name("ＪＯＳＥ Perez"), name("Jose Perez"));
        assert_eq!(
            Identifier::name_dob("Pérez", "José", "1990-05-21", today()).unwrap(),
            name("José Pérez")
        );
        // Arabic short vowels are optional; the letters are not.
        assert_eq!(name("مُحَمَّد"), name("محمد"));
        // Every word counts, and one letter off is another name.
        assert_ne!(name("José Pérez López"), name("José Pérez"));
        assert_ne!(name("Jose Peres"), name("Jose Perez"));
        // Vowel signs of Devanagari are letters of the name: राम and रम differ.
        assert_ne!(name("राम"), name("रम"));
        // The date counts.
        assert_ne!(
            name("Jose Perez"),
            Identifier::full_name_dob("Jose Perez", "1990-05-22", today()).unwrap()
        );
    }

    #[test]
    fn document_numbers_fold_spaces_dashes_case_and_width() {
        let p = |c: &str, n: &str| Identifier::passport(c, n).unwrap();
        assert_eq!(p("hn", "e 123-4567"), p("HN", "E1234567"));
        assert_eq!(p("HN", "Ｅ１２３４５６７"), p("HN", "E1234567"));
        assert_eq!(p("HN", "E١٢٣٤٥٦٧"), p("HN", "E1234567"));
        assert_ne!(p("GT", "E1234567"), p("HN", "E1234567"));
        assert_ne!(p("HN", "E1234568"), p("HN", "E1234567"));
        assert_eq!(
            Identifier::passid("123 456 789").unwrap(),
            Identifier::passid("123-456-789").unwrap()
        );
    }

    #[test]
    fn each_field_is_refused_with_its_problem() {
        assert_eq!(
            field_of(Identifier::passport("", "E12/34").unwrap_err()),
            [
                ("country", "required"),
                ("number", "invalid-document-number")
            ]
        );
        assert_eq!(
            field_of(Identifier::passport("XX", &"1".repeat(31)).unwrap_err()),
            [("country", "unknown-country"), ("number", "too-long")]
        );
        for bad in ["12345678", "1234567890", "12345678A", ""] {
            assert_eq!(
                field_of(Identifier::passid(bad).unwrap_err())[0].0,
                "passid"
            );
        }
        assert_eq!(
            field_of(Identifier::pass_code_dob("", "2030-01-01", today()).unwrap_err()),
            [("code", "required"), ("date_of_birth", "date-in-future")]
        );
        assert_eq!(
            field_of(Identifier::pass_code_dob("AB*1", "1990-13-01", today()).unwrap_err()),
            [
                ("code", "invalid-characters"),
                ("date_of_birth", "invalid-date")
            ]
        );
        assert_eq!(
            field_of(Identifier::name_dob("", "- '", "", today()).unwrap_err()),
            [
                ("family_name", "required"),
                ("given_names", "invalid-characters"),
                ("date_of_birth", "required")
            ]
        );
        assert_eq!(
            field_of(Identifier::full_name_dob("a\u{7}b", "1990-01-01", today()).unwrap_err()),
            [("full_name", "invalid-characters")]
        );
        assert_eq!(
            field_of(Identifier::travel_document("visa", "HN", "1").unwrap_err()),
            [("document_type", "unknown-document-type")]
        );
        // A date typed in another script's digits is the same date.
        assert_eq!(
            Identifier::pass_code_dob("gar-7q2", "١٩٩٠-٠٥-٢١", today()).unwrap(),
            Identifier::pass_code_dob("GAR7Q2", "1990-05-21", today()).unwrap()
        );
    }

    #[test]
    fn the_canonical_text_names_its_kind_and_iso_dates() {
        assert_eq!(
            name("José Pérez").canonical(),
            "name_dob\u{1f}jose perez\u{1f}1990-05-21"
        );
        assert_eq!(
            Identifier::passport("HN", "E 123").unwrap().canonical(),
            "passport\u{1f}HN\u{1f}E123"
        );
        for k in IdentifierKind::ALL {
            assert_eq!(IdentifierKind::parse(k.as_str()), Some(*k));
        }
    }

    #[test]
    fn a_member_is_found_by_name_and_date_of_birth() {
        let m = crate::travelers::MemberInput {
            full_name: "María José Pérez".into(),
            date_of_birth: "1990-02-28".into(),
            citizenship: "HN".into(),
            language: "es".into(),
            ..Default::default()
        }
        .parse(today())
        .unwrap();
        assert_eq!(
            member_identifiers(&m),
            vec![Identifier::full_name_dob("perez maria jose", "1990-02-28", today()).unwrap()]
        );
    }

    /// Every identifier that a few random inputs can make, of every kind.
    fn all_kinds(a: &str, b: &str, dob: &str) -> Vec<Identifier> {
        [
            Identifier::passport(a, b).ok(),
            Identifier::passport("HN", b).ok(),
            Identifier::passid(b).ok(),
            Identifier::passid("123456789").ok(),
            Identifier::pass_code_dob(b, dob, today()).ok(),
            Identifier::name_dob(a, b, dob, today()).ok(),
            Identifier::full_name_dob(b, dob, today()).ok(),
            Identifier::travel_document("national-id", "HN", b).ok(),
            Identifier::travel_document("passport", "HN", b).ok(),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    proptest! {
        #[test]
        fn folding_is_idempotent(s in "\\PC{0,40}") {
            let once = fold_name(&s);
            prop_assert_eq!(fold_name(&once), once.clone());
            let n = normalize_number(&s);
            prop_assert_eq!(normalize_number(&n), n);
        }

        /// The same name typed another way (case, spaces, accents, order) is the same identifier.
        #[test]
        fn equal_names_give_equal_identifiers(
            words in prop::collection::vec("[a-zñ]{1,8}", 1..4),
            upper in any::<bool>(),
            accent in any::<bool>(),
        ) {
            let plain = words.join(" ");
            let mut typed: Vec<String> = words.iter().rev().cloned().collect();
            if accent {
                typed = typed.iter().map(|w| w.replace('a', "á").replace('e', "é")).collect();
            }
            let mut typed = typed.join("   ");
            if upper {
                typed = typed.to_uppercase();
            }
            let a = Identifier::full_name_dob(&plain, "1980-01-02", today()).unwrap();
            let b = Identifier::full_name_dob(&format!("  {typed} "), "1980-01-02", today()).unwrap();
            prop_assert_eq!(a.canonical(), b.canonical());
        }

        /// Identifiers of different kinds never share a canonical text (the kind leads it), and
        /// a canonical text holds no separator inside a part.
        #[test]
        fn different_kinds_never_collide(
            a in "[A-Za-z0-9 \\-é]{1,12}",
            b in "[A-Za-z0-9 \\-é\u{1f}]{1,12}",
            dob in "19[0-9]{2}-0[1-9]-1[0-9]",
        ) {
            let ids = all_kinds(&a, &b, &dob);
            for x in &ids {
                let parts = x.canonical().split(SEP).count();
                let want = match x.kind() {
                    IdentifierKind::Passid => 2,
                    IdentifierKind::TravelDocument => 4,
                    _ => 3,
                };
                prop_assert_eq!(parts, want, "{:?}", x);
                for y in &ids {
                    if x.kind() != y.kind() {
                        prop_assert_ne!(x.canonical(), y.canonical());
                    }
                }
            }
        }
    }
}
