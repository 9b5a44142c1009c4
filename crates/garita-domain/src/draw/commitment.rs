//! The draw's contract with the public: the seed, the commitment to it
//! (published before the draw) and the record published after it, which
//! anyone can check with [`verify`](super::verify) — and, against a
//! commitment saved before the draw, with [`verify_against`](super::verify_against).
//!
//! Three versions of the record exist. `garita-draw-v1` committed to the seed
//! alone, so nothing tied a record to its day. `garita-draw-v2` commits to the
//! version, the day, a policy digest (reserved, empty for now) and the seed.
//! Both know one allocation rule, `weighted`, and their records do not name
//! it. `garita-draw-v3` commits like v2 (under its own name) and its record
//! names its rule (`"rule"`) and the rule's `params`. Records published under
//! an older version still verify under its commitment rule.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::rule::WireParams;
use super::{DrawError, DrawRequest, Placement, Rule, RuleId, SlotOffer, VerifyError};

/// Name and version of the rules new draws are published under. A verifier
/// refuses a draw made under rules it does not implement.
pub const ALGORITHM: &str = "garita-draw-v3";

/// The second version: the commitment binds the day; the rule is `weighted`,
/// not named in the record.
pub const ALGORITHM_V2: &str = "garita-draw-v2";

/// The first version: its commitment is SHA-256 of the seed alone, which does
/// not bind the day. Kept so that records published under it still verify.
pub const ALGORITHM_V1: &str = "garita-draw-v1";

/// The policy digest inside a `garita-draw-v2` commitment: empty (zero bytes).
/// Reserved for the digest of the published draw policy (the policy issue);
/// a later version will publish that digest in the record and commit to it here.
pub const POLICY_DIGEST_V2: &[u8] = &[];

/// The versions of the published record, each with its commitment rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordVersion {
    /// `garita-draw-v1`: commitment = SHA-256(seed bytes).
    V1,
    /// `garita-draw-v2`: commitment = SHA-256 of the length-prefixed version,
    /// day, policy digest and seed (see `docs/draw.md`).
    V2,
    /// `garita-draw-v3`: committed as v2 (with its own name in the preimage);
    /// the record names its allocation rule.
    V3,
}

impl RecordVersion {
    /// The version new draws are published under.
    pub const CURRENT: RecordVersion = RecordVersion::V3;
    /// Every version this verifier implements, newest first.
    pub const ALL: [RecordVersion; 3] = [RecordVersion::V3, RecordVersion::V2, RecordVersion::V1];

    /// The `algorithm` field of a record of this version.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordVersion::V1 => ALGORITHM_V1,
            RecordVersion::V2 => ALGORITHM_V2,
            RecordVersion::V3 => ALGORITHM,
        }
    }

    /// Refuses a rule this version cannot carry: v1 and v2 know only `weighted`.
    pub fn check_rule(self, rule: &Rule) -> Result<(), DrawError> {
        match (self, rule) {
            (RecordVersion::V3, _) | (_, Rule::Weighted(_)) => Ok(()),
            (version, rule) => Err(DrawError::RuleNotInVersion {
                rule: rule.id(),
                version: version.as_str(),
            }),
        }
    }

    /// The version an `algorithm` field names (exact, case-sensitive).
    pub fn parse(algorithm: &str) -> Option<RecordVersion> {
        RecordVersion::ALL
            .into_iter()
            .find(|v| v.as_str() == algorithm)
    }

    /// Hex (lowercase) commitment, under this version, to `seed_hex` for the
    /// draw of `date`. V1 ignores `date`.
    pub fn commitment(self, date: NaiveDate, seed_hex: &str) -> Result<String, DrawError> {
        Ok(hex::encode(self.digest(date, &parse_seed(seed_hex)?)))
    }

    /// The SHA-256 this version commits to.
    fn digest(self, date: NaiveDate, seed: &[u8; 32]) -> [u8; 32] {
        match self {
            RecordVersion::V1 => Sha256::digest(seed).into(),
            RecordVersion::V2 | RecordVersion::V3 => {
                Sha256::digest(preimage(self, date, POLICY_DIGEST_V2, seed)).into()
            }
        }
    }
}

/// The bytes a `garita-draw-v2` (or `-v3`) commitment hashes: four fields,
/// each written as its length in bytes (4 bytes, big-endian) followed by its
/// bytes — the version's name (`"garita-draw-v2"`), the day as `YYYY-MM-DD`,
/// the policy digest, the 32 seed bytes. Lengths make the encoding
/// unambiguous whatever a field holds.
fn preimage(
    version: RecordVersion,
    date: NaiveDate,
    policy_digest: &[u8],
    seed: &[u8; 32],
) -> Vec<u8> {
    let day = date.format("%Y-%m-%d").to_string();
    let fields: [&[u8]; 4] = [
        version.as_str().as_bytes(),
        day.as_bytes(),
        policy_digest,
        seed,
    ];
    let mut out = Vec::with_capacity(16 + fields.iter().map(|f| f.len()).sum::<usize>());
    for field in fields {
        // Every field is far below 4 GiB: the version and day are constants'
        // size, the digest at most a hash, the seed 32 bytes.
        out.extend_from_slice(&(field.len() as u32).to_be_bytes());
        out.extend_from_slice(field);
    }
    out
}

/// What the server publishes at `GET /api/v1/draws/{date}`: the whole input,
/// the seed (revealed after the draw), the commitment to the seed (published
/// before), and the results. Anyone can check it with [`verify`](super::verify).
///
/// As JSON the rule is two fields, `"rule": <id>` and `"params": {…}` (the
/// rule's parameters); a record without `rule` (every v1 and v2 record
/// published before rules had names) is `weighted`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "PublishedWire", into = "PublishedWire")]
pub struct PublishedDraw {
    /// The record's version ([`RecordVersion::as_str`]): [`ALGORITHM`] for
    /// new draws, [`ALGORITHM_V2`] or [`ALGORITHM_V1`] for draws committed
    /// under those versions.
    pub algorithm: String,
    /// The day of the draw. Bound by the commitment from `garita-draw-v2` on.
    pub date: NaiveDate,
    /// Hex SHA-256 published before the draw: of the seed (v1), or of the
    /// version, day, policy digest and seed (v2).
    pub commitment: String,
    /// The seed, 64 hex characters.
    pub seed: String,
    /// The allocation rule and its parameters.
    pub rule: Rule,
    pub offers: Vec<SlotOffer>,
    pub requests: Vec<DrawRequest>,
    /// Sorted by request id, as in [`DrawOutcome::placements`](super::DrawOutcome::placements).
    pub results: Vec<Placement>,
}

/// [`PublishedDraw`] as written. Unknown fields are ignored, except inside
/// `params`.
#[derive(Serialize, Deserialize)]
struct PublishedWire {
    algorithm: String,
    date: NaiveDate,
    commitment: String,
    seed: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rule: Option<String>,
    params: WireParams,
    offers: Vec<SlotOffer>,
    requests: Vec<DrawRequest>,
    results: Vec<Placement>,
}

impl TryFrom<PublishedWire> for PublishedDraw {
    type Error = String;
    fn try_from(w: PublishedWire) -> Result<Self, String> {
        Ok(PublishedDraw {
            rule: Rule::from_wire(w.rule.as_deref(), w.params)?,
            algorithm: w.algorithm,
            date: w.date,
            commitment: w.commitment,
            seed: w.seed,
            offers: w.offers,
            requests: w.requests,
            results: w.results,
        })
    }
}

impl From<PublishedDraw> for PublishedWire {
    fn from(p: PublishedDraw) -> Self {
        // v1 and v2 records are `weighted` and, as before rules had names,
        // do not name it: what older verifiers read stays the same.
        let named = RecordVersion::parse(&p.algorithm)
            .is_none_or(|v| v == RecordVersion::V3 || p.rule.id() != RuleId::Weighted);
        PublishedWire {
            rule: named.then(|| p.rule.id().as_str().to_string()),
            params: p.rule.wire_params(),
            algorithm: p.algorithm,
            date: p.date,
            commitment: p.commitment,
            seed: p.seed,
            offers: p.offers,
            requests: p.requests,
            results: p.results,
        }
    }
}

/// Hex commitment (lowercase) to `seed_hex` for the draw of `date`, under the
/// version new draws are published with ([`RecordVersion::CURRENT`]).
pub fn commitment(date: NaiveDate, seed_hex: &str) -> Result<String, DrawError> {
    RecordVersion::CURRENT.commitment(date, seed_hex)
}

/// The version whose commitment to `seed_hex` for `date` is `commitment`
/// (hex, any case), if any: lets a server that committed under v1 before an
/// upgrade publish that draw as v1, keeping the promise it made.
pub fn committed_version(
    date: NaiveDate,
    seed_hex: &str,
    commitment: &str,
) -> Option<RecordVersion> {
    let seed = parse_seed(seed_hex).ok()?;
    let published = decode_commitment(commitment)?;
    RecordVersion::ALL
        .into_iter()
        .find(|v| v.digest(date, &seed) == published)
}

/// The seed's 32 bytes from its 64 hex characters.
pub(super) fn parse_seed(seed_hex: &str) -> Result<[u8; 32], DrawError> {
    let mut seed = [0u8; 32];
    if seed_hex.len() != 64 {
        return Err(DrawError::InvalidSeed);
    }
    hex::decode_to_slice(seed_hex, &mut seed).map_err(|_| DrawError::InvalidSeed)?;
    Ok(seed)
}

/// A commitment's 32 bytes: hex in either case, surrounding white space
/// ignored. Anything else is no commitment.
pub(super) fn decode_commitment(text: &str) -> Option<[u8; 32]> {
    let mut bytes = [0u8; 32];
    hex::decode_to_slice(text.trim(), &mut bytes).ok()?;
    Some(bytes)
}

/// Checks that `published` (hex, any case, surrounding spaces ignored) is the
/// commitment, under `version`, to `seed` for the draw of `date`.
pub(super) fn check_commitment(
    version: RecordVersion,
    date: NaiveDate,
    seed: &[u8; 32],
    published: &str,
) -> Result<(), VerifyError> {
    let computed = version.digest(date, seed);
    if decode_commitment(published) != Some(computed) {
        return Err(VerifyError::CommitmentMismatch {
            published: published.to_string(),
            computed: hex::encode(computed),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{day, SEED};
    use super::*;

    #[test]
    fn v1_commitment_is_sha256_of_seed_bytes() {
        // SHA-256 of the 32 bytes 00 01 .. 1f, whatever the day.
        for d in [day(0), day(9)] {
            assert_eq!(
                RecordVersion::V1.commitment(d, SEED).unwrap(),
                "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd"
            );
        }
        assert_eq!(
            RecordVersion::V1.commitment(day(0), &SEED.to_uppercase()),
            RecordVersion::V1.commitment(day(0), SEED)
        );
    }

    #[test]
    fn v2_commitment_hashes_the_length_prefixed_version_day_policy_and_seed() {
        let seed = parse_seed(SEED).unwrap();
        let mut bytes = Vec::new();
        bytes.extend_from_slice(b"\x00\x00\x00\x0egarita-draw-v2");
        bytes.extend_from_slice(b"\x00\x00\x00\x0a2025-06-01");
        bytes.extend_from_slice(b"\x00\x00\x00\x00");
        bytes.extend_from_slice(b"\x00\x00\x00\x20");
        bytes.extend_from_slice(&seed);
        assert_eq!(bytes.len(), 72);
        assert_eq!(
            preimage(RecordVersion::V2, day(0), POLICY_DIGEST_V2, &seed),
            bytes
        );
        let want = hex::encode(Sha256::digest(&bytes));
        assert_eq!(RecordVersion::V2.commitment(day(0), SEED).unwrap(), want);
        // Pinned, as in docs/draw.md's worked example (and computed apart in Python).
        assert_eq!(
            want,
            "f588b1dd34e59b84db09fa1f6a478c88e8b6536178e7d5de3570069cbe11d656"
        );
        // Another day, another commitment; and never v1's.
        assert_ne!(commitment(day(1), SEED), commitment(day(0), SEED));
        assert_ne!(
            commitment(day(0), SEED),
            RecordVersion::V1.commitment(day(0), SEED)
        );
    }

    #[test]
    fn v3_commitment_is_v2s_under_its_own_name() {
        let seed = parse_seed(SEED).unwrap();
        let mut bytes = Vec::new();
        bytes.extend_from_slice(b"\x00\x00\x00\x0egarita-draw-v3");
        bytes.extend_from_slice(b"\x00\x00\x00\x0a2025-06-01");
        bytes.extend_from_slice(b"\x00\x00\x00\x00");
        bytes.extend_from_slice(b"\x00\x00\x00\x20");
        bytes.extend_from_slice(&seed);
        assert_eq!(bytes.len(), 72);
        assert_eq!(
            preimage(RecordVersion::V3, day(0), POLICY_DIGEST_V2, &seed),
            bytes
        );
        assert_eq!(
            commitment(day(0), SEED).unwrap(),
            hex::encode(Sha256::digest(&bytes)),
            "new draws commit under v3"
        );
        assert_ne!(
            commitment(day(0), SEED),
            RecordVersion::V2.commitment(day(0), SEED)
        );
    }

    #[test]
    fn versions_read_back_and_commitments_name_their_version() {
        for v in RecordVersion::ALL {
            assert_eq!(RecordVersion::parse(v.as_str()), Some(v));
            let c = v.commitment(day(3), SEED).unwrap();
            assert_eq!(committed_version(day(3), SEED, &c), Some(v));
            assert_eq!(
                committed_version(day(3), SEED, &format!(" {} ", c.to_uppercase())),
                Some(v)
            );
        }
        assert_eq!(RecordVersion::parse("GARITA-DRAW-V2"), None);
        assert_eq!(RecordVersion::parse("garita-draw-v0"), None);
        let v2_other_day = commitment(day(4), SEED).unwrap();
        assert_eq!(committed_version(day(3), SEED, &v2_other_day), None);
        assert_eq!(committed_version(day(3), SEED, "not hex"), None);
    }
}
