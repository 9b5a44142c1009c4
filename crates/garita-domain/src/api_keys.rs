//! API keys of organisations for their own systems: what a key looks like (a public prefix
//! shown in lists, then 32 random bytes), the permissions a key may carry and which of them
//! each kind of organisation may hold, how long a key lives, and whether it may act now.
//! Randomness and storage are the service's; everything here is a pure function.

use chrono::{DateTime, Duration, Utc};

use crate::organisations::OrganisationKind;
use crate::text_enum;
use crate::validation::{bounded_text, Problem};

/// Every key starts with this, so a bearer token is told apart from a session token before
/// any lookup (session tokens are base64url of 32 bytes and never contain `_live_` at 2..8;
/// they may start with `gk`, so the whole tag is matched).
pub const TAG: &str = "gk_live_";
/// Hex characters of the public part after the tag (4 random bytes).
pub const PUBLIC_LEN: usize = 8;
/// Base64url characters (no padding) of the secret part: 32 random bytes.
pub const SECRET_LEN: usize = 43;
/// The whole key: tag, public part, `_`, secret.
pub const KEY_LEN: usize = TAG.len() + PUBLIC_LEN + 1 + SECRET_LEN;

/// A key as issued. `key` is shown once; `prefix` (e.g. `gk_live_ab12cd34`) is stored and
/// shown in lists so people can tell their keys apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedKey {
    pub key: String,
    pub prefix: String,
}

/// Builds a key from its random parts.
pub fn compose(public: [u8; 4], secret: [u8; 32]) -> IssuedKey {
    let public: String = public.iter().map(|b| format!("{b:02x}")).collect();
    let prefix = format!("{TAG}{public}");
    let key = format!("{prefix}_{}", base64url(&secret));
    IssuedKey { key, prefix }
}

/// Base64url without padding (RFC 4648 §5), written here so the domain needs no codec crate.
fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Whether a bearer token claims to be an API key (it starts with the tag). Such a token is
/// resolved as a key or not at all, never as a session.
pub fn claims_to_be_key(token: &str) -> bool {
    token.starts_with(TAG)
}

/// The public prefix of a well-formed key, or `None`. Never panics, whatever the input.
pub fn parse(token: &str) -> Option<&str> {
    if token.len() != KEY_LEN || !token.is_ascii() {
        return None;
    }
    let rest = token.strip_prefix(TAG)?;
    let (public, secret) = rest.split_once('_')?;
    let public_ok = public.len() == PUBLIC_LEN
        && public
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    let secret_ok = secret.len() == SECRET_LEN
        && secret
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    (public_ok && secret_ok).then(|| &token[..TAG.len() + PUBLIC_LEN])
}

/// What a key may be used for. Each function that a key may call checks one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Permission {
    /// Read the organisation's own record.
    OrganisationRead,
    /// File passenger manifests (bus lines).
    ManifestsWrite,
    /// File cargo (customs brokers and carriers).
    CargoWrite,
    /// Check travel authorizations (airlines).
    AuthorizationsRead,
    /// Validate appointments (partner agencies).
    AppointmentsValidate,
}
text_enum!(Permission {
    OrganisationRead = "organisation:read",
    ManifestsWrite = "manifests:write",
    CargoWrite = "cargo:write",
    AuthorizationsRead = "authorizations:read",
    AppointmentsValidate = "appointments:validate",
});

impl Permission {
    /// The catalog key of its description (`api-keys-permission-organisation-read`, …).
    pub fn message_key(self) -> String {
        format!("api-keys-permission-{}", self.as_str().replace(':', "-"))
    }
}

/// The permissions an organisation of `kind` may hold (its people, and so its keys): reading
/// its own record, and the one function its kind performs.
pub fn allowed_for(kind: OrganisationKind) -> &'static [Permission] {
    use Permission::*;
    match kind {
        OrganisationKind::PartnerAgency => &[OrganisationRead, AppointmentsValidate],
        OrganisationKind::CustomsBroker | OrganisationKind::Carrier => {
            &[OrganisationRead, CargoWrite]
        }
        OrganisationKind::BusLine => &[OrganisationRead, ManifestsWrite],
        OrganisationKind::Airline => &[OrganisationRead, AuthorizationsRead],
        OrganisationKind::AidOrganisation | OrganisationKind::GovernmentAgency => {
            &[OrganisationRead]
        }
    }
}

/// The permissions asked for a new key, checked against the organisation's kind: at least
/// one, each known and allowed; returned sorted and without repeats.
pub fn choose(kind: OrganisationKind, asked: &[&str]) -> Result<Vec<Permission>, Problem> {
    let mut out = Vec::new();
    for text in asked {
        let p = Permission::parse(text.trim()).ok_or(Problem::UnknownChoice)?;
        if !allowed_for(kind).contains(&p) {
            return Err(Problem::UnknownChoice);
        }
        out.push(p);
    }
    out.sort();
    out.dedup();
    if out.is_empty() {
        return Err(Problem::Required);
    }
    Ok(out)
}

/// Permissions as stored: their text forms, space-separated.
pub fn to_text(permissions: &[Permission]) -> String {
    permissions
        .iter()
        .map(|p| p.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Permissions as stored, read back; `None` if any is unknown (a defect, never a default).
pub fn from_text(text: &str) -> Option<Vec<Permission>> {
    text.split_whitespace().map(Permission::parse).collect()
}

/// The longest a key may live, and how long when nothing is said.
pub const MAX_DAYS: i64 = 365;
pub const DEFAULT_DAYS: i64 = 90;
/// The choices the page offers (the API takes any number of days up to `MAX_DAYS`).
pub const DAY_CHOICES: [i64; 4] = [30, 90, 180, 365];

/// When a key made at `now` to live `days` (default 90) stops working.
pub fn expires_at(now: DateTime<Utc>, days: Option<i64>) -> Result<DateTime<Utc>, Problem> {
    let days = days.unwrap_or(DEFAULT_DAYS);
    if days < 1 {
        return Err(Problem::NumberTooSmall { min: 1 });
    }
    if days > MAX_DAYS {
        return Err(Problem::NumberTooLarge {
            max: MAX_DAYS as usize,
        });
    }
    Ok(now + Duration::days(days))
}

/// A key's name: what its owners call it (e.g. "Dispatch system").
pub fn name(raw: &str) -> Result<String, Problem> {
    bounded_text(raw, 1, 80)
}

/// Where a key stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyState {
    Active,
    Expired,
    Revoked,
}

/// A revoked key is revoked whatever its expiry (and whatever the clock says of the time it
/// was revoked); otherwise it works until `expires_at` (exclusive), seconds since the epoch.
pub fn state(now: i64, expires_at: i64, revoked_at: Option<i64>) -> KeyState {
    match revoked_at {
        Some(_) => KeyState::Revoked,
        _ if now >= expires_at => KeyState::Expired,
        _ => KeyState::Active,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn at(ts: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(ts, 0).expect("in range")
    }

    #[test]
    fn a_key_is_its_prefix_and_a_secret_and_parses_back() {
        let k = compose([0xab, 0x12, 0xcd, 0x34], [7; 32]);
        assert_eq!(k.prefix, "gk_live_ab12cd34");
        assert_eq!(k.key.len(), KEY_LEN);
        assert!(k.key.starts_with("gk_live_ab12cd34_"));
        assert_eq!(parse(&k.key), Some("gk_live_ab12cd34"));
        assert!(claims_to_be_key(&k.key));
    }

    #[test]
    fn base64url_matches_the_rfc_vectors() {
        // RFC 4648 §10, without padding.
        assert_eq!(base64url(b"f"), "Zg");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(b"foo"), "Zm9v");
        assert_eq!(base64url(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn malformed_keys_are_refused() {
        let good = compose([1, 2, 3, 4], [9; 32]).key;
        for bad in [
            "",
            "gk_live_",
            &good[..good.len() - 1],
            &format!("{good}x"),
            &good.replace("gk_live_", "gk_test_"),
            &good.replacen("01020304", "0102030G", 1),
            &good.replacen("01020304", "0102030A", 1),
            &format!("{}é{}", &good[..20], &good[22..]),
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn each_kind_holds_reading_and_its_own_function_only() {
        use OrganisationKind::*;
        for kind in OrganisationKind::ALL {
            assert!(allowed_for(*kind).contains(&Permission::OrganisationRead));
        }
        assert!(!allowed_for(CustomsBroker).contains(&Permission::AuthorizationsRead));
        assert!(allowed_for(Airline).contains(&Permission::AuthorizationsRead));
        assert!(allowed_for(BusLine).contains(&Permission::ManifestsWrite));
        assert!(allowed_for(Carrier).contains(&Permission::CargoWrite));
        assert!(allowed_for(PartnerAgency).contains(&Permission::AppointmentsValidate));
        assert_eq!(
            choose(CustomsBroker, &["authorizations:read"]),
            Err(Problem::UnknownChoice)
        );
        assert_eq!(choose(CustomsBroker, &[]), Err(Problem::Required));
        assert_eq!(
            choose(CustomsBroker, &["nope"]),
            Err(Problem::UnknownChoice)
        );
        assert_eq!(
            choose(
                CustomsBroker,
                &["cargo:write", "organisation:read", "cargo:write"]
            ),
            Ok(vec![Permission::OrganisationRead, Permission::CargoWrite])
        );
    }

    #[test]
    fn expiry_defaults_to_ninety_days_and_stops_at_a_year() {
        let now = at(1_800_000_000);
        assert_eq!(expires_at(now, None), Ok(now + Duration::days(90)));
        assert_eq!(expires_at(now, Some(365)), Ok(now + Duration::days(365)));
        assert_eq!(
            expires_at(now, Some(366)),
            Err(Problem::NumberTooLarge { max: 365 })
        );
        assert_eq!(
            expires_at(now, Some(0)),
            Err(Problem::NumberTooSmall { min: 1 })
        );
    }

    #[test]
    fn revocation_wins_over_expiry() {
        assert_eq!(state(10, 20, None), KeyState::Active);
        assert_eq!(state(20, 20, None), KeyState::Expired);
        assert_eq!(state(10, 20, Some(5)), KeyState::Revoked);
        assert_eq!(state(30, 20, Some(5)), KeyState::Revoked);
    }

    proptest! {
        #[test]
        fn parse_never_panics_and_accepts_only_the_shape(s in ".{0,80}") {
            if let Some(prefix) = parse(&s) {
                prop_assert_eq!(s.len(), KEY_LEN);
                prop_assert!(s.starts_with(prefix));
                prop_assert_eq!(prefix.len(), TAG.len() + PUBLIC_LEN);
            }
        }

        #[test]
        fn every_composed_key_parses_to_its_prefix(public: [u8; 4], secret: [u8; 32]) {
            let k = compose(public, secret);
            prop_assert_eq!(parse(&k.key), Some(k.prefix.as_str()));
        }

        #[test]
        fn permissions_survive_storage(mask in 0u8..32) {
            let chosen: Vec<Permission> = Permission::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, p)| *p)
                .collect();
            prop_assert_eq!(from_text(&to_text(&chosen)), Some(chosen));
        }

        #[test]
        fn a_chosen_permission_is_always_allowed_for_the_kind(
            kind in 0usize..7,
            picks in proptest::collection::vec(0usize..5, 0..6),
        ) {
            let kind = OrganisationKind::ALL[kind];
            let asked: Vec<&str> = picks.iter().map(|i| Permission::ALL[*i].as_str()).collect();
            match choose(kind, &asked) {
                Ok(chosen) => {
                    prop_assert!(!chosen.is_empty());
                    prop_assert!(chosen.iter().all(|p| allowed_for(kind).contains(p)));
                    prop_assert!(chosen.windows(2).all(|w| w[0] < w[1]));
                }
                Err(_) => prop_assert!(
                    asked.is_empty()
                        || asked.iter().any(|a| !allowed_for(kind)
                            .contains(&Permission::parse(a).expect("known")))
                ),
            }
        }

        #[test]
        fn expiry_is_within_a_year(now in 0i64..4_000_000_000, days in proptest::option::of(-10i64..400)) {
            let now = at(now);
            match expires_at(now, days) {
                Ok(end) => {
                    prop_assert!(end > now);
                    prop_assert!(end <= now + Duration::days(MAX_DAYS));
                }
                Err(_) => prop_assert!(days.is_some_and(|d| !(1..=MAX_DAYS).contains(&d))),
            }
        }

        #[test]
        fn a_key_is_never_active_after_expiry_or_revocation(
            now in 0i64..1000, exp in 0i64..1000, rev in proptest::option::of(0i64..1000),
        ) {
            let s = state(now, exp, rev);
            if s == KeyState::Active {
                prop_assert!(now < exp);
                prop_assert!(rev.is_none());
            }
        }
    }
}
