//! The machine-readable zone of a passport (ICAO Doc 9303 part 4, "TD3": two lines of 44
//! characters): what an officer types or pastes to fill a passport's fields without retyping
//! them. Every check digit is verified (the number's, the date of birth's, the expiry's, the
//! personal number's and the composite one), so a misread character is refused rather than
//! saved.
//!
//! Line 1: `P` + type + issuing state (3) + names (`FAMILY<<GIVEN<NAMES`, `<` as filler).
//! Line 2: number (9) + check, nationality (3), birth `YYMMDD` + check, sex, expiry `YYMMDD` +
//! check, personal number (14) + check, composite check over the number, birth and expiry
//! groups and the personal number.

use chrono::{Datelike, NaiveDate};

use crate::validation::Problem;

pub const LINE_LEN: usize = 44;

/// A passport's zone, read and checked. Countries are the zone's alpha-3 codes (`D` for
/// Germany); the names are as the zone writes them (A–Z, words split on `<`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Td3 {
    pub document_type: String,
    pub issuing_state: String,
    pub family_name: String,
    pub given_names: String,
    pub number: String,
    pub nationality: String,
    pub date_of_birth: NaiveDate,
    /// `M`, `F`, or `None` for `<` / `X` (unspecified).
    pub sex: Option<char>,
    pub expiry: NaiveDate,
    pub personal_number: String,
}

/// The value ICAO gives a character: digits as themselves, A–Z as 10–35, `<` as 0.
fn value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        b'<' => Some(0),
        _ => None,
    }
}

/// The check digit of a field: the weighted sum (7, 3, 1 repeating) of its values, mod 10.
/// `None` for a character a zone cannot hold.
pub fn check_digit(field: &str) -> Option<u8> {
    let mut sum = 0u32;
    for (i, c) in field.bytes().enumerate() {
        sum += value(c)? * [7, 3, 1][i % 3];
    }
    Some((sum % 10) as u8)
}

fn digit_of(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        // A check digit that is "<" stands for 0 (an empty optional field).
        b'<' => Some(0),
        _ => None,
    }
}

fn checks(field: &str, digit: u8) -> Result<(), Problem> {
    match (check_digit(field), digit_of(digit)) {
        (Some(a), Some(b)) if a == b => Ok(()),
        _ => Err(Problem::MrzCheckDigit),
    }
}

fn trim_filler(s: &str) -> String {
    s.trim_end_matches('<').replace('<', " ").trim().to_string()
}

/// `YYMMDD`: a date of birth in the century that puts it on or before `today`; an expiry in
/// the century that puts it within 50 years before or after `today`.
fn date(s: &str, today: NaiveDate, birth: bool) -> Result<NaiveDate, Problem> {
    if s.len() != 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::MrzInvalid);
    }
    let yy: i32 = s[0..2].parse().map_err(|_| Problem::MrzInvalid)?;
    let mm: u32 = s[2..4].parse().map_err(|_| Problem::MrzInvalid)?;
    let dd: u32 = s[4..6].parse().map_err(|_| Problem::MrzInvalid)?;
    let century = today.year() / 100 * 100;
    let at = |year: i32| NaiveDate::from_ymd_opt(year, mm, dd).ok_or(Problem::MrzInvalid);
    let d = at(century + yy)?;
    if birth && d > today {
        return at(century + yy - 100);
    }
    if !birth && d.year() < today.year() - 50 {
        return at(century + yy + 100);
    }
    Ok(d)
}

/// Reads a TD3 zone as typed or pasted: the two lines separated by a line break or spaces,
/// or run together; case and surrounding space do not count. `today` places two-digit years.
pub fn parse_td3(raw: &str, today: NaiveDate) -> Result<Td3, Problem> {
    let text: String = raw
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if text.is_empty() {
        return Err(Problem::Required);
    }
    if text.len() != 2 * LINE_LEN || !text.bytes().all(|b| value(b).is_some()) {
        return Err(Problem::MrzInvalid);
    }
    let (l1, l2) = text.split_at(LINE_LEN);
    let b2 = l2.as_bytes();
    if !l1.starts_with('P') {
        return Err(Problem::MrzInvalid);
    }
    let document_type = trim_filler(&l1[0..2]);
    let issuing_state = trim_filler(&l1[2..5]);
    let names = &l1[5..];
    let (family, given) = names.split_once("<<").unwrap_or((names, ""));
    let family_name = trim_filler(family);
    let given_names = trim_filler(given);
    if family_name.is_empty() {
        return Err(Problem::MrzInvalid);
    }
    checks(&l2[0..9], b2[9])?;
    checks(&l2[13..19], b2[19])?;
    checks(&l2[21..27], b2[27])?;
    checks(&l2[28..42], b2[42])?;
    let composite = format!("{}{}{}", &l2[0..10], &l2[13..20], &l2[21..43]);
    checks(&composite, b2[43])?;
    let number = trim_filler(&l2[0..9]);
    if number.is_empty() {
        return Err(Problem::MrzInvalid);
    }
    let sex = match b2[20] {
        b'M' => Some('M'),
        b'F' => Some('F'),
        b'<' | b'X' => None,
        _ => return Err(Problem::MrzInvalid),
    };
    Ok(Td3 {
        document_type,
        issuing_state,
        family_name,
        given_names,
        number,
        nationality: trim_filler(&l2[10..13]),
        date_of_birth: date(&l2[13..19], today, true)?,
        sex,
        expiry: date(&l2[21..27], today, false)?,
        personal_number: trim_filler(&l2[28..42]),
    })
}

fn field(s: &str, len: usize) -> String {
    let mut out: String = s.replace(' ', "<").chars().take(len).collect();
    while out.len() < len {
        out.push('<');
    }
    out
}

/// Writes a zone with its check digits (for tests and the demo). Fields must already be in
/// the zone's alphabet (A–Z, 0–9, spaces for fillers).
pub fn compose_td3(z: &Td3) -> String {
    let l1 = field(
        &format!(
            "{}{}{}<<{}",
            field(&z.document_type, 2),
            field(&z.issuing_state, 3),
            z.family_name,
            z.given_names
        ),
        LINE_LEN,
    );
    let number = field(&z.number, 9);
    let birth = z.date_of_birth.format("%y%m%d").to_string();
    let expiry = z.expiry.format("%y%m%d").to_string();
    let personal = field(&z.personal_number, 14);
    let cd = |s: &str| check_digit(s).unwrap_or(0).to_string();
    let part1 = format!("{number}{}", cd(&number));
    let part2 = format!("{birth}{}", cd(&birth));
    let part3 = format!("{expiry}{}{personal}{}", cd(&expiry), cd(&personal));
    let l2 = format!(
        "{part1}{}{part2}{}{part3}{}",
        field(&z.nationality, 3),
        z.sex.unwrap_or('<'),
        cd(&format!("{part1}{part2}{part3}"))
    );
    format!("{l1}\n{l2}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    /// ICAO 9303 part 4, appendix A: the specimen passport of Utopia.
    const SPECIMEN: &str = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

    #[test]
    fn icao_specimen_reads_with_every_check_digit() {
        let z = parse_td3(SPECIMEN, today()).unwrap();
        assert_eq!(z.issuing_state, "UTO");
        assert_eq!(z.family_name, "ERIKSSON");
        assert_eq!(z.given_names, "ANNA MARIA");
        assert_eq!(z.number, "L898902C3");
        assert_eq!(
            z.date_of_birth,
            NaiveDate::from_ymd_opt(1974, 8, 12).unwrap()
        );
        assert_eq!(z.expiry, NaiveDate::from_ymd_opt(2012, 4, 15).unwrap());
        assert_eq!(z.sex, Some('F'));
        assert_eq!(z.personal_number, "ZE184226B");
    }

    #[test]
    fn check_digit_of_specimen_fields() {
        assert_eq!(check_digit("L898902C3"), Some(6));
        assert_eq!(check_digit("740812"), Some(2));
        assert_eq!(check_digit("120415"), Some(9));
        assert_eq!(check_digit("a"), None);
    }

    #[test]
    fn pasted_on_one_line_lower_case_reads_the_same() {
        let one_line = SPECIMEN.replace('\n', " ").to_lowercase();
        assert_eq!(parse_td3(&one_line, today()), parse_td3(SPECIMEN, today()));
    }

    #[test]
    fn wrong_length_or_characters_or_kind_are_refused() {
        assert_eq!(parse_td3("", today()), Err(Problem::Required));
        assert_eq!(
            parse_td3(&SPECIMEN[..80], today()),
            Err(Problem::MrzInvalid)
        );
        assert_eq!(
            parse_td3(&SPECIMEN.replacen('<', "#", 1), today()),
            Err(Problem::MrzInvalid)
        );
        assert_eq!(
            parse_td3(&SPECIMEN.replacen('P', "V", 1), today()),
            Err(Problem::MrzInvalid)
        );
    }

    #[test]
    fn each_wrong_check_digit_is_refused() {
        // Positions on line 2 of: number, birth, expiry, personal number, composite.
        for at in [9, 19, 27, 42, 43] {
            let mut b = SPECIMEN.as_bytes().to_vec();
            let i = LINE_LEN + 1 + at;
            b[i] = if b[i] == b'1' { b'2' } else { b'1' };
            let s = String::from_utf8(b).unwrap();
            assert_eq!(parse_td3(&s, today()), Err(Problem::MrzCheckDigit), "{at}");
        }
    }

    fn arb_zone() -> impl Strategy<Value = Td3> {
        (
            "[A-Z]{3}",
            "[A-Z]{1,12}",
            "[A-Z]{1,10}( [A-Z]{1,8})?",
            "[A-Z0-9]{9}",
            "[A-Z]{3}",
            0i64..36_000,
            prop::option::of(prop::sample::select(vec!['M', 'F'])),
            0i64..3_650,
            "[A-Z0-9]{0,14}",
        )
            .prop_map(|(st, fam, giv, num, nat, b, sex, e, pn)| Td3 {
                document_type: "P".into(),
                issuing_state: st,
                family_name: fam,
                given_names: giv,
                number: num,
                nationality: nat,
                date_of_birth: today() - chrono::Duration::days(b),
                sex,
                expiry: today() + chrono::Duration::days(e),
                personal_number: pn,
            })
    }

    proptest! {
        /// Whatever zone is written with its check digits reads back as the same passport.
        #[test]
        fn a_composed_zone_reads_back(z in arb_zone()) {
            let read = parse_td3(&compose_td3(&z), today()).unwrap();
            prop_assert_eq!(read, z);
        }

        /// Any one digit of the number, birth or expiry mistyped as another digit is caught
        /// (weights 7, 3 and 1 are prime to 10, so no single digit change keeps the sum).
        #[test]
        fn one_mistyped_digit_is_caught(z in arb_zone(), pos in 0usize..19, d in 0u8..10) {
            let text = compose_td3(&z);
            let positions: Vec<usize> = (0..9).chain(13..19).chain(21..27).collect();
            let at = LINE_LEN + 1 + positions[pos % positions.len()];
            let mut b = text.into_bytes();
            prop_assume!(b[at].is_ascii_digit() && b[at] != b'0' + d);
            b[at] = b'0' + d;
            let s = String::from_utf8(b).unwrap();
            prop_assert!(parse_td3(&s, today()).is_err());
        }

        /// Nothing typed makes the reader panic.
        #[test]
        fn never_panics(s in "\\PC{0,100}") {
            let _ = parse_td3(&s, today());
        }
    }
}
