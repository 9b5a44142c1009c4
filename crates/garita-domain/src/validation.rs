//! The vocabulary of validation failures. Each failure names the field it belongs to and a
//! problem with a stable code; the server turns the code into a localized sentence (Fluent key
//! `error-<code>`), so the domain never carries user-facing text.

use std::fmt;

/// What is wrong with one field. `code()` is stable: it appears in API responses and selects
/// the Fluent message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooShort {
        min: usize,
    },
    TooLong {
        max: usize,
    },
    InvalidEmail,
    CommonPassword,
    InvalidDate,
    DateInFuture,
    DateTooOld,
    UnknownCountry,
    UnknownLanguage,
    UnknownDocumentType,
    InvalidDocumentNumber,
    InvalidPhone,
    InvalidCharacters,
    UnknownPort,
    DuplicatePort,
    UnknownQuestion,
    /// A value that is not one of the options offered (e.g., an officer's decision).
    UnknownChoice,
    LocationMissing,
    LocationInvalid,
    LocationImprecise,
    PhotoMissing,
    /// A lane type a port does not have (wait times).
    UnknownLane,
    /// The same lane twice in one submission.
    DuplicateLane,
    /// A lane status not in the list (wait times).
    UnknownStatus,
    /// Not a whole number.
    NotANumber,
    NumberTooSmall {
        min: usize,
    },
    NumberTooLarge {
        max: usize,
    },
    /// Opening hours that do not read as `Mon-Fri 08:00-16:00; Sat closed` (locations).
    InvalidHours,
    /// A day's hours that close before (or when) they open.
    ClosingBeforeOpening,
    /// A grant whose scope is not the kind its role takes (an officer on a programme).
    GrantScopeMismatch,
    /// A grant on a place, programme or organisation that does not exist.
    UnknownScope,
    /// Not a CBP filer code (three letters or digits).
    InvalidFilerCode,
    /// Not an IATA airline designator (two letters or digits, not both digits).
    InvalidAirlineCode,
    /// Neither a SCAC (2 to 4 letters) nor a U.S. DOT number (1 to 8 digits).
    InvalidCarrierCode,
    /// A passport's machine-readable zone that is not two lines of 44 valid characters (I-94).
    MrzInvalid,
    /// A check digit of the machine-readable zone does not match (a character misread).
    MrzCheckDigit,
    /// The passport expires on or before the expected arrival (I-94).
    PassportExpiresBeforeArrival,
    /// A visa or card that expires before the expected arrival (I-94).
    DocumentExpired,
    /// An expected arrival before today (I-94).
    ArrivalInPast,
    /// An expected arrival more than 7 days ahead (I-94).
    ArrivalTooFar,
    /// A visa class not in `data/i94/visa_classes.tsv`, or not one of the document's.
    UnknownVisaClass,
    /// Not a SEVIS number (N + 10 digits).
    InvalidSevis,
    /// Not a USCIS receipt number (3 letters + 10 digits).
    InvalidReceiptNumber,
    /// A date that must be after today (an admit-until date).
    DateNotAfterToday,
    /// A date too far ahead (an admit-until date more than ten years on).
    DateTooFar,
    /// A container number that is not ISO 6346 (owner code, category, serial, check digit).
    InvalidContainerNumber,
    /// A licence plate not in the format of its issuing country or state.
    InvalidPlate,
    /// An HS chapter that does not exist (or is not a perishable one Garita knows).
    UnknownHsChapter,
    /// An HS subheading that is not six digits of its chapter.
    InvalidHsSubheading,
    /// A time already past.
    TimeInPast,
    /// A time outside the place's opening hours.
    OutsideHours,
}

impl Problem {
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Required => "required",
            Problem::TooShort { .. } => "too-short",
            Problem::TooLong { .. } => "too-long",
            Problem::InvalidEmail => "invalid-email",
            Problem::CommonPassword => "common-password",
            Problem::InvalidDate => "invalid-date",
            Problem::DateInFuture => "date-in-future",
            Problem::DateTooOld => "date-too-old",
            Problem::UnknownCountry => "unknown-country",
            Problem::UnknownLanguage => "unknown-language",
            Problem::UnknownDocumentType => "unknown-document-type",
            Problem::InvalidDocumentNumber => "invalid-document-number",
            Problem::InvalidPhone => "invalid-phone",
            Problem::InvalidCharacters => "invalid-characters",
            Problem::UnknownPort => "unknown-port",
            Problem::DuplicatePort => "duplicate-port",
            Problem::UnknownQuestion => "unknown-question",
            Problem::UnknownChoice => "unknown-choice",
            Problem::LocationMissing => "location-missing",
            Problem::LocationInvalid => "location-invalid",
            Problem::LocationImprecise => "location-imprecise",
            Problem::PhotoMissing => "photo-missing",
            Problem::UnknownLane => "unknown-lane",
            Problem::DuplicateLane => "duplicate-lane",
            Problem::UnknownStatus => "unknown-status",
            Problem::NotANumber => "not-a-number",
            Problem::NumberTooSmall { .. } => "number-too-small",
            Problem::NumberTooLarge { .. } => "number-too-large",
            Problem::InvalidHours => "invalid-hours",
            Problem::ClosingBeforeOpening => "closing-before-opening",
            Problem::GrantScopeMismatch => "grant-scope-mismatch",
            Problem::UnknownScope => "unknown-scope",
            Problem::InvalidFilerCode => "invalid-filer-code",
            Problem::InvalidAirlineCode => "invalid-airline-code",
            Problem::InvalidCarrierCode => "invalid-carrier-code",
            Problem::MrzInvalid => "mrz-invalid",
            Problem::MrzCheckDigit => "mrz-check-digit",
            Problem::PassportExpiresBeforeArrival => "passport-expires-before-arrival",
            Problem::DocumentExpired => "document-expired",
            Problem::ArrivalInPast => "arrival-in-past",
            Problem::ArrivalTooFar => "arrival-too-far",
            Problem::UnknownVisaClass => "unknown-visa-class",
            Problem::InvalidSevis => "invalid-sevis",
            Problem::InvalidReceiptNumber => "invalid-receipt-number",
            Problem::DateNotAfterToday => "date-not-after-today",
            Problem::DateTooFar => "date-too-far",
            Problem::InvalidContainerNumber => "invalid-container-number",
            Problem::InvalidPlate => "invalid-plate",
            Problem::UnknownHsChapter => "unknown-hs-chapter",
            Problem::InvalidHsSubheading => "invalid-hs-subheading",
            Problem::TimeInPast => "time-in-past",
            Problem::OutsideHours => "outside-hours",
        }
    }

    /// The numeric argument a message may mention (`{ $limit }` in Fluent).
    pub fn limit(&self) -> Option<usize> {
        match self {
            Problem::TooShort { min } => Some(*min),
            Problem::TooLong { max } => Some(*max),
            Problem::NumberTooSmall { min } => Some(*min),
            Problem::NumberTooLarge { max } => Some(*max),
            _ => None,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A problem tied to the form field or JSON property it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub problem: Problem,
}

/// All problems found in one submission, so a form can show every one at once.
#[derive(Debug, Clone, PartialEq, Eq, Default, thiserror::Error)]
#[error("invalid input: {}", .0.iter().map(|e| format!("{}: {}", e.field, e.problem)).collect::<Vec<_>>().join(", "))]
pub struct Invalid(pub Vec<FieldError>);

impl Invalid {
    pub fn one(field: &'static str, problem: Problem) -> Self {
        Invalid(vec![FieldError { field, problem }])
    }
}

/// The name of `field` of the `index`-th (from 0) element of the list `list`, as an API error
/// names it: `items[2].description`. Field names are `&'static str` (most are literals); these
/// are made once per (list, index, field) and kept, so callers bound `index` by their list's
/// own limit (a request's 20 items, a submission's 25 applicants) and the set stays small.
pub fn indexed_field(list: &'static str, index: usize, field: &'static str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    type Names = HashMap<(&'static str, usize, &'static str), &'static str>;
    static NAMES: OnceLock<Mutex<Names>> = OnceLock::new();
    let mut names = NAMES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    names
        .entry((list, index, field))
        .or_insert_with(|| Box::leak(format!("{list}[{index}].{field}").into_boxed_str()))
}

/// Every problem of one element of a list, each named by the element's place in it.
pub fn in_list(
    list: &'static str,
    index: usize,
    invalid: Invalid,
) -> impl Iterator<Item = FieldError> {
    invalid.0.into_iter().map(move |e| FieldError {
        field: indexed_field(list, index, e.field),
        problem: e.problem,
    })
}

/// Collects field results while parsing a whole record.
#[derive(Default)]
pub struct Collector(Vec<FieldError>);

impl Collector {
    pub fn check<T>(&mut self, field: &'static str, r: Result<T, Problem>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(problem) => {
                self.0.push(FieldError { field, problem });
                None
            }
        }
    }

    pub fn finish(self) -> Result<(), Invalid> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Invalid(self.0))
        }
    }
}

/// Trims and bounds a free-text value measured in Unicode scalar values; refuses control
/// characters, which have no place in names or numbers and can corrupt logs and exports.
pub fn bounded_text(raw: &str, min: usize, max: usize) -> Result<String, Problem> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(Problem::Required);
    }
    let len = value.chars().count();
    if len < min {
        return Err(Problem::TooShort { min });
    }
    if len > max {
        return Err(Problem::TooLong { max });
    }
    if value.chars().any(char::is_control) {
        return Err(Problem::InvalidCharacters);
    }
    Ok(value.to_string())
}

/// Writes the digits a phone keyboard may type — Arabic-Indic (U+0660–0669), Persian/Pashto
/// (U+06F0–06F9), Devanagari (U+0966–096F), Gurmukhi (U+0A66–0A6F),
/// full-width (U+FF10–FF19) — as ASCII digits, and leaves everything else as typed. Applied at
/// the edge to every field where a person types a number, a date or a code, before parsing.
pub fn ascii_digits(raw: &str) -> String {
    raw.chars()
        .map(|c| {
            let zero = match c {
                '\u{0660}'..='\u{0669}' => 0x0660,
                '\u{06F0}'..='\u{06F9}' => 0x06F0,
                '\u{0966}'..='\u{096F}' => 0x0966,
                '\u{0A66}'..='\u{0A6F}' => 0x0A66,
                '\u{FF10}'..='\u{FF19}' => 0xFF10,
                _ => return c,
            };
            char::from_digit(c as u32 - zero, 10).unwrap_or(c)
        })
        .collect()
}

#[cfg(test)]
mod digit_tests {
    use super::ascii_digits;
    use proptest::prelude::*;

    const ZEROS: [u32; 6] = [0x30, 0x0660, 0x06F0, 0x0966, 0x0A66, 0xFF10];

    #[test]
    fn each_script_reads_as_ascii() {
        assert_eq!(ascii_digits("۱۴۰۳/۱۲/۲۴"), "1403/12/24");
        assert_eq!(ascii_digits("٢٠٢٥-٠٣-١٤"), "2025-03-14");
        assert_eq!(ascii_digits("१२३"), "123");
        assert_eq!(ascii_digits("੧੨੩"), "123");
        assert_eq!(ascii_digits("ＡＢ１２"), "ＡＢ12");
        assert_eq!(ascii_digits("GAR-7Q2"), "GAR-7Q2");
        assert_eq!(ascii_digits("محمد"), "محمد");
    }

    proptest! {
        /// Any number written in any of these scripts (mixed even) reads as the same number.
        #[test]
        fn a_number_in_any_script_reads_as_itself(n in any::<u64>(), scripts in prop::collection::vec(0usize..6, 20)) {
            let typed: String = n
                .to_string()
                .chars()
                .zip(scripts.iter().cycle())
                .map(|(d, s)| char::from_u32(ZEROS[*s] + d.to_digit(10).unwrap()).unwrap())
                .collect();
            prop_assert_eq!(ascii_digits(&typed).parse::<u64>().unwrap(), n);
        }

        /// Nothing but those digits changes: text keeps its length and its other characters.
        #[test]
        fn other_characters_are_left_alone(s in "\\PC*") {
            let out = ascii_digits(&s);
            prop_assert_eq!(out.chars().count(), s.chars().count());
            for (a, b) in s.chars().zip(out.chars()) {
                if a != b {
                    prop_assert!(b.is_ascii_digit());
                    prop_assert!(ZEROS.iter().any(|z| (*z..*z + 10).contains(&(a as u32))));
                }
            }
        }
    }
}

#[cfg(test)]
mod list_tests {
    use super::{in_list, indexed_field, Invalid, Problem};
    use proptest::prelude::*;

    proptest! {
        /// A list element's field is named by its place, and the same name is made once.
        #[test]
        fn indexed_names_point_at_the_element(index in 0usize..30) {
            let name = indexed_field("items", index, "quantity");
            prop_assert_eq!(name, format!("items[{index}].quantity"));
            prop_assert!(std::ptr::eq(name, indexed_field("items", index, "quantity")));
        }
    }

    #[test]
    fn every_problem_of_an_element_keeps_its_problem() {
        let invalid = Invalid(vec![
            super::FieldError {
                field: "quantity",
                problem: Problem::NotANumber,
            },
            super::FieldError {
                field: "origin_country",
                problem: Problem::UnknownCountry,
            },
        ]);
        let named: Vec<_> = in_list("items", 3, invalid)
            .map(|e| (e.field, e.problem))
            .collect();
        assert_eq!(
            named,
            [
                ("items[3].quantity", Problem::NotANumber),
                ("items[3].origin_country", Problem::UnknownCountry)
            ]
        );
    }
}
