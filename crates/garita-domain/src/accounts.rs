//! Who may hold an account and how they prove it: e-mail addresses, the password policy
//! (NIST SP 800-63B: length, a blocklist, no composition rules) and the roles.

use crate::validation::Problem;

/// NIST SP 800-63B-4 asks for at least 15 characters when a password is the only factor.
/// Passwords set before the minimum rose still sign in (login checks only the hash).
pub const PASSWORD_MIN_CHARS: usize = 15;
/// Generous so pass-phrases fit; bounded so hashing cost stays bounded.
pub const PASSWORD_MAX_CHARS: usize = 128;
pub const EMAIL_MAX_CHARS: usize = 254;

/// A syntactically plausible e-mail address, trimmed and lower-cased so the same mailbox
/// cannot register twice with different capitalisation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, Problem> {
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err(Problem::Required);
        }
        if value.chars().count() > EMAIL_MAX_CHARS {
            return Err(Problem::TooLong {
                max: EMAIL_MAX_CHARS,
            });
        }
        let Some((local, domain)) = value.rsplit_once('@') else {
            return Err(Problem::InvalidEmail);
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .split('.')
                .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'));
        let bad_char = |c: char| {
            c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | ',' | ';' | '\\')
        };
        if local.is_empty() || local.contains('@') || !domain_ok || value.chars().any(bad_char) {
            return Err(Problem::InvalidEmail);
        }
        // Invisible and direction-changing characters make two addresses look alike.
        if crate::travelers::refuse_invisible(&value).is_err() {
            return Err(Problem::InvalidEmail);
        }
        Ok(Email(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password that meets the policy. It never leaves this type except to be hashed.
pub struct Password(String);

impl Password {
    /// `is_common` answers whether a lower-cased candidate is on the blocklist.
    pub fn parse(raw: &str, is_common: impl Fn(&str) -> bool) -> Result<Password, Problem> {
        let len = raw.chars().count();
        if len == 0 {
            return Err(Problem::Required);
        }
        if len < PASSWORD_MIN_CHARS {
            return Err(Problem::TooShort {
                min: PASSWORD_MIN_CHARS,
            });
        }
        if len > PASSWORD_MAX_CHARS {
            return Err(Problem::TooLong {
                max: PASSWORD_MAX_CHARS,
            });
        }
        let lowered = raw.to_lowercase();
        if is_common(&lowered) || is_repetition(&lowered) {
            return Err(Problem::CommonPassword);
        }
        Ok(Password(raw.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(..)")
    }
}

/// "aaaaaaaaaaaa" or "abcabcabcabc": a short unit repeated is as weak as the unit.
fn is_repetition(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    (1..=chars.len() / 3).any(|unit| {
        chars.len().is_multiple_of(unit) && chars.chunks(unit).all(|c| c == &chars[..unit])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn never(_: &str) -> bool {
        false
    }

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse("  Ana@Example.ORG ").unwrap().as_str(),
            "ana@example.org"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.org",
            "ana@example",
            "ana@@example.org",
            "a b@example.org",
            "ana@.example.org",
            "ana@example..org",
            "ana\u{200b}@example.org",
            "ana@exam\u{202e}ple.org",
            "\u{3164}@example.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn password_policy() {
        assert_eq!(
            Password::parse("short", never).unwrap_err(),
            Problem::TooShort { min: 15 }
        );
        // 14 characters are one too few; 15 pass.
        assert_eq!(
            Password::parse("correct horse ", never).unwrap_err(),
            Problem::TooShort { min: 15 }
        );
        assert!(Password::parse("correct horse b", never).is_ok());
        // Any Unicode counts by characters, not bytes: 15 Cyrillic letters pass.
        assert!(Password::parse("пароль-лошадь-к", never).is_ok());
        assert_eq!(
            Password::parse("Password1234567", |p| p == "password1234567").unwrap_err(),
            Problem::CommonPassword
        );
        assert_eq!(
            Password::parse("abcabcabcabcabc", never).unwrap_err(),
            Problem::CommonPassword
        );
        assert!(Password::parse(&"x".repeat(129), never).is_err());
        assert!(Password::parse(&"xy1".repeat(21), never).is_err());
        assert!(Password::parse(&format!("{}z", "xy1".repeat(21)), never).is_ok());
    }

    proptest! {
        #[test]
        fn password_length_rule(s in "\\PC{0,140}") {
            let n = s.chars().count();
            let r = Password::parse(&s, never);
            if !(PASSWORD_MIN_CHARS..=PASSWORD_MAX_CHARS).contains(&n) {
                prop_assert!(r.is_err());
            } else if !is_repetition(&s.to_lowercase()) {
                prop_assert!(r.is_ok());
            }
        }

        #[test]
        fn parsed_email_is_normalised(local in "[a-zA-Z0-9._%+-]{1,20}", host in "[a-zA-Z0-9]{1,10}", tld in "[a-zA-Z]{2,6}") {
            let raw = format!(" {local}@{host}.{tld} ");
            let e = Email::parse(&raw).unwrap();
            prop_assert_eq!(e.as_str(), raw.trim().to_lowercase());
            prop_assert_eq!(Email::parse(e.as_str()).unwrap(), e);
        }
    }
}
