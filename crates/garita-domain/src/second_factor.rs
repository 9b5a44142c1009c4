//! The second factor: time-based one-time codes (TOTP, RFC 6238: HMAC-SHA1, 30 s steps,
//! 6 digits, one step either side for clocks that drift), the step a code matched (so the
//! service accepts each code once by refusing any step not after the last one used), recovery
//! codes as typed by a person, and the `otpauth://` URI an authenticator app scans.

use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Seconds a code lasts (RFC 6238's default, the one every authenticator app uses).
pub const STEP_SECS: i64 = 30;
/// Digits of a code.
pub const DIGITS: u32 = 6;
/// Steps either side of now that are still accepted (a phone's clock a little off).
pub const WINDOW: i64 = 1;
/// Bytes of a secret: 160 bits, the HMAC-SHA1 block RFC 4226 recommends.
pub const SECRET_BYTES: usize = 20;
/// Recovery codes given at enrolment, each usable once.
pub const RECOVERY_CODES: usize = 10;
/// Characters of a recovery code (from a 31-letter alphabet: 59 bits).
pub const RECOVERY_CODE_CHARS: usize = 12;
/// Letters and digits of recovery codes: no 0/o, 1/l/i, so nothing can be misread.
const RECOVERY_ALPHABET: &[u8; 31] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// HOTP (RFC 4226 §5.3): the `digits`-digit code for `counter`.
pub fn hotp(secret: &[u8], counter: u64, digits: u32) -> u32 {
    let mut mac = <Hmac<Sha1> as Mac>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(&counter.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let offset = (h[19] & 0x0f) as usize;
    let bin = u32::from_be_bytes([
        h[offset] & 0x7f,
        h[offset + 1],
        h[offset + 2],
        h[offset + 3],
    ]);
    bin % 10u32.pow(digits)
}

/// The time step of a Unix time (RFC 6238 §4.2, T0 = 0). Times before 1970 are step 0.
pub fn step_at(unix_secs: i64) -> i64 {
    unix_secs.max(0) / STEP_SECS
}

/// The 6-digit code of `step`, zero-padded as an app shows it.
pub fn code_for_step(secret: &[u8], step: i64) -> String {
    format!(
        "{:0width$}",
        hotp(secret, step.max(0) as u64, DIGITS),
        width = DIGITS as usize
    )
}

/// The code an authenticator app shows at `unix_secs`.
pub fn code_at(secret: &[u8], unix_secs: i64) -> String {
    code_for_step(secret, step_at(unix_secs))
}

/// A code as typed: digits, with spaces (apps show "123 456") or dashes ignored; `None` when
/// it cannot be a code.
pub fn normalize_code(typed: &str) -> Option<String> {
    // Digits as the phone's keyboard types them (Persian, Arabic-Indic, Devanagari, …) are
    // the same digits.
    let digits: String = crate::validation::ascii_digits(typed)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    (digits.len() == DIGITS as usize && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some(digits)
}

/// The step `typed` is the code of, within one step of `unix_secs`'s and after `last_used`
/// (a step already used, or an earlier one, never matches again). Compares in constant time.
pub fn matching_step(
    secret: &[u8],
    typed: &str,
    unix_secs: i64,
    last_used: Option<i64>,
) -> Option<i64> {
    let typed = normalize_code(typed)?;
    let now = step_at(unix_secs);
    let mut found = None;
    for step in (now - WINDOW).max(0)..=now + WINDOW {
        let expected = code_for_step(secret, step);
        let same = expected
            .bytes()
            .zip(typed.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
        if same && last_used.is_none_or(|l| step > l) && found.is_none() {
            found = Some(step);
        }
    }
    found
}

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// RFC 4648 base32 without padding (what `otpauth://` URIs carry).
pub fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(BASE32[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(BASE32[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// RFC 4648 base32, case-insensitive, padding and spaces ignored; `None` for any other letter.
pub fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.chars().filter(|c| *c != '=' && !c.is_whitespace()) {
        let up = c.to_ascii_uppercase() as u8;
        let v = BASE32.iter().position(|x| *x == up)? as u32;
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
        buffer &= (1 << bits) - 1;
    }
    Some(out)
}

/// A recovery code made from random bytes (one byte a letter), shown as `xxxx-xxxx-xxxx`.
pub fn recovery_code(random: &[u8; RECOVERY_CODE_CHARS]) -> String {
    let letters: Vec<char> = random
        .iter()
        .map(|b| RECOVERY_ALPHABET[usize::from(*b) % RECOVERY_ALPHABET.len()] as char)
        .collect();
    letters
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// A recovery code as typed, in the one form it is stored in: lower case, spaces and dashes
/// ignored; `None` when it cannot be one.
pub fn normalize_recovery_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (code.chars().count() == RECOVERY_CODE_CHARS
        && code.bytes().all(|b| RECOVERY_ALPHABET.contains(&b)))
    .then_some(code)
}

/// Percent-encodes all but RFC 3986's unreserved characters.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The key URI an authenticator app scans (Google Authenticator's `otpauth://` format):
/// issuer Garita, the account's `label` (its e-mail), the secret in base32.
pub fn otpauth_uri(label: &str, secret: &[u8]) -> String {
    format!(
        "otpauth://totp/Garita:{}?secret={}&issuer=Garita&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
        percent_encode(label),
        base32_encode(secret)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// RFC 6238 Appendix B's SHA-1 seed and RFC 4226 Appendix D's secret.
    const SEED: &[u8] = b"12345678901234567890";

    #[test]
    fn hotp_matches_rfc_4226_appendix_d() {
        let expected = [
            755224, 287082, 359152, 969429, 338314, 254676, 287922, 162583, 399871, 520489,
        ];
        for (counter, want) in expected.iter().enumerate() {
            assert_eq!(hotp(SEED, counter as u64, 6), *want, "counter {counter}");
        }
    }

    #[test]
    fn totp_matches_rfc_6238_appendix_b_for_sha1() {
        let vectors = [
            (59, "94287082"),
            (1111111109, "07081804"),
            (1111111111, "14050471"),
            (1234567890, "89005924"),
            (2000000000, "69279037"),
            (20000000000, "65353130"),
        ];
        for (t, want) in vectors {
            let got = format!("{:08}", hotp(SEED, step_at(t) as u64, 8));
            assert_eq!(got, want, "T = {t}");
            // Six digits are the last six of the eight (mod 10^6).
            assert_eq!(code_at(SEED, t), want[2..], "T = {t}");
        }
    }

    #[test]
    fn a_code_is_accepted_one_step_either_side_and_not_beyond() {
        let t = 1_700_000_000;
        let now = step_at(t);
        for (offset, accepted) in [(-2, false), (-1, true), (0, true), (1, true), (2, false)] {
            let code = code_for_step(SEED, now + offset);
            let matched = matching_step(SEED, &code, t, None);
            // Another step of the window may share the code by chance; only ours counts here.
            if accepted {
                assert!(matched.is_some(), "offset {offset}");
            } else if let Some(s) = matched {
                assert_ne!(s, now + offset, "offset {offset}");
            }
        }
    }

    #[test]
    fn a_code_used_once_is_refused_afterwards() {
        let t = 1_700_000_000;
        let code = code_at(SEED, t);
        let step = matching_step(SEED, &code, t, None).unwrap();
        assert_eq!(step, step_at(t));
        assert_eq!(matching_step(SEED, &code, t, Some(step)), None);
        assert_eq!(matching_step(SEED, &code, t + 20, Some(step)), None);
        // The next step's code is still good.
        let next = code_at(SEED, t + STEP_SECS);
        assert_eq!(
            matching_step(SEED, &next, t + STEP_SECS, Some(step)),
            Some(step + 1)
        );
    }

    #[test]
    fn codes_are_typed_with_spaces_or_not_at_all() {
        assert_eq!(normalize_code(" 123 456 ").as_deref(), Some("123456"));
        assert_eq!(normalize_code("123-456").as_deref(), Some("123456"));
        assert_eq!(normalize_code("12345"), None);
        assert_eq!(normalize_code("12345a"), None);
        assert_eq!(normalize_code("１２３４５６").as_deref(), Some("123456"));
        assert_eq!(normalize_code("۱۲۳ ۴۵۶").as_deref(), Some("123456"));
        assert_eq!(normalize_code("١٢٣٤٥x"), None);
    }

    #[test]
    fn base32_matches_rfc_4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ] {
            assert_eq!(base32_encode(plain.as_bytes()), encoded);
            assert_eq!(base32_decode(encoded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base32_decode("mzxw6===").unwrap(), b"foo");
        assert_eq!(base32_decode("MZ1W"), None);
    }

    #[test]
    fn the_uri_carries_issuer_label_and_secret_percent_encoded() {
        let uri = otpauth_uri("ana maría+1@example.org", SEED);
        assert_eq!(
            uri,
            "otpauth://totp/Garita:ana%20mar%C3%ADa%2B1%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Garita&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn recovery_codes_are_read_back_whatever_the_case_spaces_or_dashes() {
        let code = recovery_code(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 200]);
        assert_eq!(code.len(), 14);
        assert_eq!(code.matches('-').count(), 2);
        let plain = code.replace('-', "");
        assert_eq!(normalize_recovery_code(&code).unwrap(), plain);
        assert_eq!(
            normalize_recovery_code(&format!(" {} ", code.to_uppercase().replace('-', " ")))
                .unwrap(),
            plain
        );
        assert_eq!(normalize_recovery_code("abcd-efgh-jk"), None);
        assert_eq!(normalize_recovery_code("abcd-efgh-jk0l"), None);
    }

    proptest! {
        #[test]
        fn base32_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let encoded = base32_encode(&bytes);
            prop_assert_eq!(base32_decode(&encoded).unwrap(), bytes.clone());
            prop_assert_eq!(base32_decode(&encoded.to_lowercase()).unwrap(), bytes);
        }

        #[test]
        fn the_current_code_always_matches_its_own_step(
            secret in proptest::collection::vec(any::<u8>(), 10..40),
            t in 0i64..4_000_000_000,
        ) {
            let code = code_at(&secret, t);
            prop_assert_eq!(code.len(), 6);
            let step = matching_step(&secret, &code, t, None).unwrap();
            prop_assert!((step - step_at(t)).abs() <= WINDOW);
            // Never again once its step, or a later one, is recorded as used.
            prop_assert_eq!(matching_step(&secret, &code, t, Some(step_at(t) + WINDOW)), None);
        }

        #[test]
        fn recovery_codes_normalise_to_twelve_letters_of_the_alphabet(
            random in proptest::array::uniform12(any::<u8>()),
        ) {
            let code = recovery_code(&random);
            let n = normalize_recovery_code(&code).unwrap();
            prop_assert_eq!(n.len(), RECOVERY_CODE_CHARS);
            prop_assert_eq!(normalize_recovery_code(&code.to_uppercase()), Some(n.clone()));
            prop_assert_eq!(normalize_code(&code), None);
        }

        #[test]
        fn a_wrong_code_never_matches_when_no_step_of_the_window_has_it(
            secret in proptest::collection::vec(any::<u8>(), 10..40),
            t in 0i64..4_000_000_000,
            typed in 0u32..1_000_000,
        ) {
            let typed = format!("{typed:06}");
            let now = step_at(t);
            let in_window = (now - 1..=now + 1).any(|s| code_for_step(&secret, s) == typed);
            prop_assert_eq!(matching_step(&secret, &typed, t, None).is_some(), in_window);
        }
    }
}
