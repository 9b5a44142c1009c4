//! A traveler's consent to a helping organisation (a shelter, a legal-aid group, an
//! international organisation): what it allows, until when, and the state it is in; the printed
//! card's sign-in number and single-use setup code; the duplicate-person rule's fingerprint text.
//! Pure rules: the service stores, checks against the database and audits.

use chrono::NaiveDate;

use crate::identifiers::{member_identifiers, Identifier};
use crate::text_enum;
use crate::travelers::Member;
use crate::validation::Problem;

/// What an organisation may do for a traveler. `View` is part of every consent (one cannot
/// manage, request or confirm without seeing the group).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Permission {
    /// See the group, its request and appointment.
    View,
    /// Add, change or remove members of the group.
    ManageGroup,
    /// Ask for an appointment for the group.
    Request,
    /// Confirm (or decline) an offered appointment.
    Confirm,
}
text_enum!(Permission {
    View = "view",
    ManageGroup = "manage_group",
    Request = "request",
    Confirm = "confirm",
});

/// A set of permissions in one canonical text (`view request`…, in `Permission::ALL` order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Permissions(u8);

impl Permissions {
    fn bit(p: Permission) -> u8 {
        1 << Permission::ALL.iter().position(|q| *q == p).unwrap_or(0)
    }

    /// The set of `given`, always with `View`.
    pub fn of(given: &[Permission]) -> Permissions {
        let mut bits = Self::bit(Permission::View);
        for p in given {
            bits |= Self::bit(*p);
        }
        Permissions(bits)
    }

    /// Every permission.
    pub fn all() -> Permissions {
        Permissions::of(Permission::ALL)
    }

    pub fn allows(self, p: Permission) -> bool {
        self.0 & Self::bit(p) != 0
    }

    pub fn list(self) -> Vec<Permission> {
        Permission::ALL
            .iter()
            .copied()
            .filter(|p| self.allows(*p))
            .collect()
    }

    /// The stored text: the permissions' texts in `ALL` order, one space between.
    pub fn as_text(self) -> String {
        self.list()
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Reads the stored (or typed) text; an unknown word is refused.
    pub fn parse(text: &str) -> Result<Permissions, Problem> {
        let mut given = Vec::new();
        for word in text.split([' ', ',']).filter(|w| !w.is_empty()) {
            given.push(Permission::parse(word).ok_or(Problem::UnknownChoice)?);
        }
        Ok(Permissions::of(&given))
    }
}

/// Where a consent stands. Stored: `active` or `revoked`; `expired` is read from the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConsentState {
    Active,
    Revoked,
    Expired,
}
text_enum!(ConsentState {
    Active = "active",
    Revoked = "revoked",
    Expired = "expired",
});

/// The state at `now`: revoked wins over expired (the traveler's act is what they remember).
/// A consent is in force up to and including its last day's end (`until`, seconds).
pub fn state(revoked_at: Option<i64>, until: i64, now: i64) -> ConsentState {
    if revoked_at.is_some_and(|r| r <= now) {
        ConsentState::Revoked
    } else if now > until {
        ConsentState::Expired
    } else {
        ConsentState::Active
    }
}

/// Days a consent lasts when the traveler does not choose.
pub const DEFAULT_DAYS: i64 = 90;
/// The longest a consent may last: a year, then asked again.
pub const MAX_DAYS: i64 = 365;

/// The last day of a consent given on `today` for `days` (1 to `MAX_DAYS`).
pub fn until(today: NaiveDate, days: i64) -> Result<NaiveDate, Problem> {
    if days < 1 {
        return Err(Problem::NumberTooSmall { min: 1 });
    }
    if days > MAX_DAYS {
        return Err(Problem::NumberTooLarge {
            max: MAX_DAYS as usize,
        });
    }
    today
        .checked_add_signed(chrono::Duration::days(days))
        .ok_or(Problem::InvalidDate)
}

/// The alphabet of setup codes: Crockford's base 32 (no I, L, O, U), so a code read aloud or
/// copied by hand has no look-alikes.
pub const CODE_ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters in a setup code (12 × 5 bits = 60 bits).
pub const CODE_LEN: usize = 12;

/// A setup code from random bytes (one byte per character, its low 5 bits), grouped by four
/// for printing: `7K2M-9QDX-4P0T`.
pub fn setup_code(random: &[u8; CODE_LEN]) -> String {
    let plain: String = random
        .iter()
        .map(|b| CODE_ALPHABET[(b & 31) as usize] as char)
        .collect();
    group(&plain)
}

fn group(plain: &str) -> String {
    plain
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// A setup code as typed: spaces and dashes dropped, upper case, O read as 0, I and L as 1.
/// `None` when it cannot be a code (wrong length or a character outside the alphabet).
pub fn normalize_setup_code(typed: &str) -> Option<String> {
    let plain: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    (plain.chars().count() == CODE_LEN && plain.bytes().all(|b| CODE_ALPHABET.contains(&b)))
        .then(|| group(&plain))
}

/// Digits in a card's sign-in number (the last is a check digit).
pub const NUMBER_LEN: usize = 10;

/// Luhn check digit of `digits` (ASCII digits).
fn luhn_digit(digits: &[u8]) -> u8 {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            let v = u32::from(d - b'0');
            if i % 2 == 0 {
                let w = v * 2;
                if w > 9 {
                    w - 9
                } else {
                    w
                }
            } else {
                v
            }
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

/// A sign-in number from random bytes: nine digits and a check digit (a slip of one digit, or
/// two neighbours swapped, is caught before any sign-in is tried), printed `123 456 7890`.
pub fn sign_in_number(random: &[u8; NUMBER_LEN - 1]) -> String {
    let mut digits: Vec<u8> = random.iter().map(|b| b'0' + b % 10).collect();
    // A leading zero is read badly from a card: never one.
    if digits[0] == b'0' {
        digits[0] = b'1';
    }
    let check = luhn_digit(&digits);
    digits.push(b'0' + check);
    String::from_utf8(digits).unwrap_or_default()
}

/// The number as typed (any spaces or dashes, digits of any script) in its stored form, or
/// `None` when it is not one (wrong length, or the check digit does not match).
pub fn normalize_sign_in_number(typed: &str) -> Option<String> {
    let plain = crate::validation::ascii_digits(typed);
    let digits: String = plain
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let bytes = digits.as_bytes();
    if bytes.len() != NUMBER_LEN || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    (luhn_digit(&bytes[..NUMBER_LEN - 1]) == bytes[NUMBER_LEN - 1] - b'0').then_some(digits)
}

/// The number as printed: `123 456 7890`.
pub fn print_sign_in_number(number: &str) -> String {
    if number.len() != NUMBER_LEN {
        return number.to_string();
    }
    format!("{} {} {}", &number[..3], &number[3..6], &number[6..])
}

/// The duplicate-person rule: the identifier under which a person entered by a helper is
/// looked for in other groups (names + date of birth, as `identifiers` folds them), or `None`
/// when the name has no words to compare.
pub fn person_identifier(member: &Member) -> Option<Identifier> {
    member_identifiers(member).into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn view_is_always_allowed_and_text_round_trips() {
        let p = Permissions::of(&[Permission::Request]);
        assert!(p.allows(Permission::View));
        assert!(!p.allows(Permission::Confirm));
        assert_eq!(p.as_text(), "view request");
        assert_eq!(Permissions::parse(&p.as_text()), Ok(p));
        assert_eq!(
            Permissions::parse("view steal"),
            Err(Problem::UnknownChoice)
        );
    }

    #[test]
    fn revoked_wins_over_expired() {
        assert_eq!(state(Some(5), 10, 20), ConsentState::Revoked);
        assert_eq!(state(None, 10, 20), ConsentState::Expired);
        assert_eq!(state(None, 10, 10), ConsentState::Active);
        assert_eq!(state(Some(15), 30, 10), ConsentState::Active);
    }

    #[test]
    fn until_is_bounded() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert!(until(d, 0).is_err());
        assert!(until(d, MAX_DAYS + 1).is_err());
        assert_eq!(
            until(d, 1),
            Ok(NaiveDate::from_ymd_opt(2026, 12, 2).unwrap())
        );
    }

    proptest! {
        #[test]
        fn permission_sets_round_trip(picks in proptest::collection::vec(0usize..4, 0..6)) {
            let given: Vec<Permission> = picks.iter().map(|i| Permission::ALL[*i]).collect();
            let p = Permissions::of(&given);
            prop_assert_eq!(Permissions::parse(&p.as_text()), Ok(p));
            for g in &given { prop_assert!(p.allows(*g)); }
        }

        #[test]
        fn setup_codes_survive_how_people_type_them(random in any::<[u8; CODE_LEN]>(), lower in any::<bool>()) {
            let code = setup_code(&random);
            prop_assert_eq!(normalize_setup_code(&code), Some(code.clone()));
            let typed = code.replace('-', " ");
            let typed = if lower { typed.to_lowercase() } else { typed };
            prop_assert_eq!(normalize_setup_code(&typed), Some(code.clone()));
            prop_assert_eq!(normalize_setup_code(&code[..code.len() - 1]), None);
        }

        #[test]
        fn sign_in_numbers_catch_one_wrong_digit(random in any::<[u8; NUMBER_LEN - 1]>(), at in 0usize..NUMBER_LEN, delta in 1u8..10) {
            let n = sign_in_number(&random);
            prop_assert_eq!(normalize_sign_in_number(&print_sign_in_number(&n)), Some(n.clone()));
            let mut wrong = n.clone().into_bytes();
            wrong[at] = b'0' + (wrong[at] - b'0' + delta) % 10;
            let wrong = String::from_utf8(wrong).unwrap();
            prop_assert_eq!(normalize_sign_in_number(&wrong), None);
        }

        #[test]
        fn state_is_active_exactly_before_until_without_revocation(until_at in 0i64..1000, now in 0i64..1000) {
            prop_assert_eq!(state(None, until_at, now) == ConsentState::Active, now <= until_at);
        }
    }
}
