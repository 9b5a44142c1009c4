//! A traveler record: the account holder and each accompanying member of their group. Parsing
//! a `MemberInput` is the only way to obtain a `Member`, so a stored record is always valid.

use crate::accounts::Email;
use crate::validation::{bounded_text, Collector, Invalid, Problem};
use chrono::{Datelike, NaiveDate};
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

pub fn parse_name(raw: &str) -> Result<String, Problem> {
    bounded_text(raw, 1, NAME_MAX_CHARS)
}

/// `today` is passed in so the rule stays pure and testable at any date.
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
            if !number.chars().all(|c| c.is_alphanumeric() || c == '-') {
                return Err(("document_number", Problem::InvalidDocumentNumber));
            }
            Ok(Some((kind, number)))
        }
    }
}

impl MemberInput {
    /// Checks every field and reports every problem at once.
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

    proptest! {
        #[test]
        fn parsing_never_panics(name in "\\PC*", dob in "\\PC*", country in "\\PC*", lang in "\\PC*", dt in "\\PC*", dn in "\\PC*", contact in "\\PC*") {
            let _ = MemberInput { full_name: name, date_of_birth: dob, citizenship: country, language: lang, document_type: dt, document_number: dn, contact }.parse(today());
        }

        #[test]
        fn a_parsed_member_round_trips(name in "[\\p{L} '.-]{1,60}", days in 0i64..40000, idx in 0usize..249) {
            prop_assume!(!name.trim().is_empty());
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
