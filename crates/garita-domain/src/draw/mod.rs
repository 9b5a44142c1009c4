//! The daily draw: a fair, verifiable, deterministic allocation of the day's
//! appointment places to groups of people.
//!
//! The rules are written down for the public in `docs/draw.md`; this module is
//! the reference implementation, and [`verify`] lets anyone recompute a
//! published draw. Everything here is pure: no I/O, no clock, no randomness
//! other than the 32-byte seed given in the input.
//!
//! In short:
//!
//! 1. Every request gets a weight, [`weight`]: `base + per_day × min(days, cap)`,
//!    times `vulnerability_multiplier` if the request answered the
//!    vulnerability question. Every weight is > 0.
//! 2. Every request gets a random number `U ∈ (0,1)` from
//!    `SHA-256(seed ‖ request id)` and a key `−ln(U) / weight`
//!    (Efraimidis–Spirakis weighted sampling without replacement). The
//!    logarithm is computed by [`det_ln`], which uses only IEEE-754 basic
//!    operations, so every machine gets the same bits.
//! 3. Requests are taken in ascending key (ties by id). Each group is placed
//!    whole in the first slot with room, trying its ports in preference order
//!    and, at a port, days then start times in ascending order; a group that
//!    fits nowhere is not selected, and the draw goes on with the next.
//!
//! That is the rule `weighted`. The input names its [`Rule`]; the other one,
//! `oldest-share-then-random`, gives a share of the places to the oldest
//! registrations (each request's `registration_rank`), then the rest by lot
//! with equal odds. Every rule runs on the same engine and is published in the
//! same record; `rule.rs` says how to add one.
//!
//! The parts: `commitment` (the seed, its commitment — which from
//! `garita-draw-v2` on binds the day — and the published record), `rule` (the
//! rules, their ids and parameters), `ln` (the logarithm every machine computes
//! alike), `allocation` (lots, weights, keys, each rule's passes and placing
//! groups in slots) and `synthetic` (data for benchmarks and demos).
//! This module holds the types and the entry points; [`verify_against`] checks
//! a record against the commitment saved before the draw.

mod allocation;
mod commitment;
mod ln;
mod rule;
mod synthetic;
#[cfg(test)]
mod test_support;

use std::cmp::Ordering;
use std::fmt;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

pub use allocation::weight;
pub use commitment::{
    commitment, committed_version, PublishedDraw, RecordVersion, ALGORITHM, ALGORITHM_V1,
    ALGORITHM_V2, POLICY_DIGEST_V2,
};
pub use ln::det_ln;
pub use rule::{share_places, OldestShare, Rule, RuleId};
pub use synthetic::synthetic_input;

use allocation::{draw_core, Placed};
use commitment::{check_commitment, decode_commitment, parse_seed};

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

/// How heavily waiting and vulnerability count. Loaded by the server from its
/// configuration and published with every draw.
///
/// `weight = (base_weight + per_day_weight × min(days_waited, max_days_counted))
///           × (vulnerability_multiplier if vulnerable else 1)`
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DrawParams {
    /// Weight of a request made today (days_waited = 0). > 0.
    pub base_weight: f64,
    /// Added per day waited, up to `max_days_counted` days. > 0.
    pub per_day_weight: f64,
    /// Days after which waiting no longer adds weight. ≥ 1.
    pub max_days_counted: u32,
    /// Multiplies the weight of a request that answered the vulnerability
    /// question. ≥ 1; 1 turns the factor off.
    pub vulnerability_multiplier: f64,
}

impl Default for DrawParams {
    /// `base 1, +0.1 a day up to 180 days, ×2 if vulnerable`: ten days of
    /// waiting double the odds of a first-day request, and the cap keeps the
    /// largest ratio between two non-vulnerable requests at 19:1.
    fn default() -> Self {
        DrawParams {
            base_weight: 1.0,
            per_day_weight: 0.1,
            max_days_counted: 180,
            vulnerability_multiplier: 2.0,
        }
    }
}

/// One open request taking part in the draw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrawRequest {
    /// Pseudonymous id (hex). Unique within a draw.
    pub id: String,
    /// Number of people in the group; the group is placed whole or not at all.
    pub size: u32,
    /// Whole days since the group's first request.
    pub days_waited: u32,
    /// The request answered the vulnerability question.
    #[serde(default)]
    pub vulnerable: bool,
    /// Acceptable port ids, best first. A port repeated or without offers
    /// is harmless: it simply gives no (further) place.
    pub preferences: Vec<String>,
    /// The group lost a confirmed place to a capacity cut: it is taken before
    /// every request without priority (among themselves, still by lot).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub priority: bool,
    /// The group's rank by registration among the draw's requests: 1 for the
    /// oldest registration (the server ranks by when the account was made,
    /// ties in the order accounts were made). Published instead of any date,
    /// which would link a pseudonym across days. Given for every request or
    /// for none; required by `oldest-share-then-random`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_rank: Option<u32>,
}

/// Places offered in one time slot: one port, one day, one start time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotOffer {
    pub port: String,
    pub date: NaiveDate,
    pub start: NaiveTime,
    /// Number of people the slot can take.
    pub capacity: u32,
}

/// A group placed in a slot.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Placement {
    pub request: String,
    pub port: String,
    pub date: NaiveDate,
    pub start: NaiveTime,
}

/// Everything the draw depends on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DrawInput {
    /// 32 bytes as 64 hex characters.
    pub seed: String,
    /// How the places are shared out, with its parameters.
    pub rule: Rule,
    pub requests: Vec<DrawRequest>,
    pub offers: Vec<SlotOffer>,
}

/// The result of a draw. Requests without a placement were not selected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrawOutcome {
    /// Sorted by request id (byte order), one per selected request.
    pub placements: Vec<Placement>,
}

impl DrawOutcome {
    /// The placement of a request, if it was selected.
    pub fn placement_of(&self, request_id: &str) -> Option<&Placement> {
        self.placements
            .binary_search_by(|p| p.request.as_str().cmp(request_id))
            .ok()
            .map(|i| &self.placements[i])
    }
}

/// A slot, for error messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotRef {
    pub port: String,
    pub date: NaiveDate,
    pub start: NaiveTime,
}

impl fmt::Display for SlotRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "port {} on {} at {}",
            self.port,
            self.date,
            self.start.format("%H:%M")
        )
    }
}

impl From<&Placement> for SlotRef {
    fn from(p: &Placement) -> Self {
        SlotRef {
            port: p.port.clone(),
            date: p.date,
            start: p.start,
        }
    }
}

impl From<&SlotOffer> for SlotRef {
    fn from(o: &SlotOffer) -> Self {
        SlotRef {
            port: o.port.clone(),
            date: o.date,
            start: o.start,
        }
    }
}

/// Why a draw's input was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DrawError {
    #[error("the seed must be 64 hexadecimal characters (32 bytes)")]
    InvalidSeed,
    #[error("draw parameter {name} {reason}")]
    InvalidParams {
        name: &'static str,
        reason: &'static str,
    },
    #[error("request number {index} has an empty id")]
    EmptyRequestId { index: usize },
    #[error("request {id} appears more than once")]
    DuplicateRequest { id: String },
    #[error("request {id} has group size 0")]
    InvalidSize { id: String },
    #[error("request {id} lists no acceptable port")]
    NoPreferences { id: String },
    #[error("offer number {index} has an empty port id")]
    EmptyPortId { index: usize },
    #[error("more than one offer for {slot}")]
    DuplicateOffer { slot: SlotRef },
    #[error("too many requests or offers (at most 4,294,967,295 of each)")]
    TooLarge,
    #[error("request {id} has no registration_rank (every request has one, or none does; the rule oldest-share-then-random needs them)")]
    MissingRank { id: String },
    #[error(
        "request {id} has registration_rank {rank}; ranks run from 1 to the number of requests"
    )]
    InvalidRank { id: String, rank: u32 },
    #[error("registration_rank {rank} is given to more than one request")]
    DuplicateRank { rank: u32 },
    #[error(
        "the rule {rule} cannot be published as {version}, which knows only the rule weighted"
    )]
    RuleNotInVersion { rule: RuleId, version: &'static str },
}

/// Why a published draw does not check out. Result discrepancies are reported
/// for the smallest request id that has one.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum VerifyError {
    #[error("the draw was made under rules {found:?}; this verifier implements {ALGORITHM:?}, {ALGORITHM_V2:?} and {ALGORITHM_V1:?}")]
    UnknownAlgorithm { found: String },
    #[error("the published input is invalid: {0}")]
    InvalidInput(#[from] DrawError),
    /// Under v2 the commitment covers the day too, so an edited `date` lands here.
    #[error("the commitment does not match the seed and the rules' version (from garita-draw-v2 on, the day too): published {published}, computed {computed}")]
    CommitmentMismatch { published: String, computed: String },
    /// [`verify_against`]: the file's commitment is not the one saved before the draw.
    #[error("the commitment in the file, {published}, differs from the one published before the draw, {expected}")]
    CommitmentChanged { published: String, expected: String },
    #[error("request {request} appears more than once in the results")]
    DuplicateResult { request: String },
    #[error("the results place {request}, which is not among the published requests")]
    UnknownRequest { request: String },
    #[error("request {request} is published at {published} but the rules give {expected}")]
    WrongSlot {
        request: String,
        published: SlotRef,
        expected: SlotRef,
    },
    #[error("request {request} is missing from the results; the rules give {expected}")]
    Missing { request: String, expected: SlotRef },
    #[error("request {request} is published at {published} but the rules do not select it")]
    Extra { request: String, published: SlotRef },
    #[error("the results are not sorted by request id (at position {index})")]
    NotCanonicalOrder { index: usize },
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------

/// Runs the draw.
pub fn run(input: &DrawInput) -> Result<DrawOutcome, DrawError> {
    let seed = parse_seed(&input.seed)?;
    let placed = draw_core(&seed, &input.rule, &input.requests, &input.offers)?;
    Ok(DrawOutcome {
        placements: placed
            .iter()
            .map(|&Placed { request, offer, .. }| {
                let offer = &input.offers[offer as usize];
                Placement {
                    request: input.requests[request as usize].id.clone(),
                    port: offer.port.clone(),
                    date: offer.date,
                    start: offer.start,
                }
            })
            .collect(),
    })
}

/// Runs the draw and assembles what is published for `date`, under the
/// current version ([`ALGORITHM`]).
pub fn publish(date: NaiveDate, input: DrawInput) -> Result<PublishedDraw, DrawError> {
    publish_as(RecordVersion::CURRENT, date, input)
}

/// Runs the draw and assembles what is published for `date` under `version`:
/// the server publishes as v1 (or v2) a draw whose commitment it made under
/// v1 (or v2) — and then only under the rule `weighted`, the only one those
/// versions know.
pub fn publish_as(
    version: RecordVersion,
    date: NaiveDate,
    input: DrawInput,
) -> Result<PublishedDraw, DrawError> {
    version.check_rule(&input.rule)?;
    let outcome = run(&input)?;
    Ok(PublishedDraw {
        algorithm: version.as_str().to_string(),
        date,
        commitment: version.commitment(date, &input.seed)?,
        seed: input.seed,
        rule: input.rule,
        offers: input.offers,
        requests: input.requests,
        results: outcome.placements,
    })
}

/// Checks a published draw: its version is one implemented here, the
/// commitment is that version's commitment to the seed (and, from v2 on, to
/// the day), its rule is one the version knows (v1 and v2: `weighted`), the
/// input is valid, and recomputing the draw under the record's rule gives
/// exactly the published results, in canonical order.
///
/// The seed is public once the draw has run, so whoever edits a file can
/// recompute its commitment too: to know that a file is the draw that was
/// committed to, check it with [`verify_against`] and the commitment saved
/// before the draw.
pub fn verify(published: &PublishedDraw) -> Result<(), VerifyError> {
    let Some(version) = RecordVersion::parse(&published.algorithm) else {
        return Err(VerifyError::UnknownAlgorithm {
            found: published.algorithm.clone(),
        });
    };
    let seed = parse_seed(&published.seed)?;
    check_commitment(version, published.date, &seed, &published.commitment)?;
    version.check_rule(&published.rule)?;
    let requests = &published.requests;
    let offers = &published.offers;
    let expected = draw_core(&seed, &published.rule, requests, offers)?;

    let results = &published.results;
    let mut by_id: Vec<u32> = (0..results.len() as u32).collect();
    by_id.sort_by(|&a, &b| {
        results[a as usize]
            .request
            .cmp(&results[b as usize].request)
    });
    for w in by_id.windows(2) {
        if results[w[0] as usize].request == results[w[1] as usize].request {
            return Err(VerifyError::DuplicateResult {
                request: results[w[0] as usize].request.clone(),
            });
        }
    }

    // Merge the two lists, both sorted by request id.
    let extra = |p: &Placement| -> VerifyError {
        if requests.iter().any(|r| r.id == p.request) {
            VerifyError::Extra {
                request: p.request.clone(),
                published: p.into(),
            }
        } else {
            VerifyError::UnknownRequest {
                request: p.request.clone(),
            }
        }
    };
    let (mut i, mut j) = (0, 0);
    while i < expected.len() || j < by_id.len() {
        let exp = expected
            .get(i)
            .map(|p| (&requests[p.request as usize], &offers[p.offer as usize]));
        let got = by_id.get(j).map(|&k| &results[k as usize]);
        match (exp, got) {
            (Some((r, o)), Some(p)) => match r.id.as_str().cmp(p.request.as_str()) {
                Ordering::Equal => {
                    if p.port != o.port || p.date != o.date || p.start != o.start {
                        return Err(VerifyError::WrongSlot {
                            request: r.id.clone(),
                            published: p.into(),
                            expected: o.into(),
                        });
                    }
                    i += 1;
                    j += 1;
                }
                Ordering::Less => {
                    return Err(VerifyError::Missing {
                        request: r.id.clone(),
                        expected: o.into(),
                    })
                }
                Ordering::Greater => return Err(extra(p)),
            },
            (Some((r, o)), None) => {
                return Err(VerifyError::Missing {
                    request: r.id.clone(),
                    expected: o.into(),
                })
            }
            (None, Some(p)) => return Err(extra(p)),
            (None, None) => unreachable!(),
        }
    }
    for (index, w) in results.windows(2).enumerate() {
        if w[0].request >= w[1].request {
            return Err(VerifyError::NotCanonicalOrder { index: index + 1 });
        }
    }
    Ok(())
}

/// Checks a published draw against `expected_commitment`, the commitment
/// published before the draw and saved then (hex, any case, surrounding white
/// space ignored): the file must carry that same commitment, then [`verify`]
/// must accept it. For a v2 record this also proves its `date`, since the
/// commitment binds the day; a v1 record's date is bound by nothing.
pub fn verify_against(
    published: &PublishedDraw,
    expected_commitment: &str,
) -> Result<(), VerifyError> {
    let expected = decode_commitment(expected_commitment);
    if expected.is_none() || expected != decode_commitment(&published.commitment) {
        return Err(VerifyError::CommitmentChanged {
            published: published.commitment.clone(),
            expected: expected_commitment.to_string(),
        });
    }
    verify(published)
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::*;
    use proptest::prelude::*;

    // ----- verify -----------------------------------------------------------

    fn published() -> PublishedDraw {
        let p = publish(day(0), contended()).unwrap();
        assert!(p.results.len() > 500);
        assert!(p.results.len() < p.requests.len() - 500);
        p
    }

    fn slot_of(o: &SlotOffer) -> SlotRef {
        o.into()
    }

    #[test]
    fn verify_accepts_an_honest_draw() {
        let p = published();
        assert_eq!(verify(&p), Ok(()));
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(verify(&serde_json::from_str(&json).unwrap()), Ok(()));
        let mut upper = p.clone();
        upper.commitment = upper.commitment.to_uppercase();
        assert_eq!(verify(&upper), Ok(()));
    }

    #[test]
    fn verify_rejects_a_changed_port() {
        let mut p = published();
        let k = 10;
        let was = p.results[k].clone();
        p.results[k].port = if was.port == "port-1" {
            "port-2"
        } else {
            "port-1"
        }
        .into();
        assert_eq!(
            verify(&p),
            Err(VerifyError::WrongSlot {
                request: was.request.clone(),
                published: (&p.results[k]).into(),
                expected: (&was).into(),
            })
        );
        // Also a changed time.
        let mut p = published();
        p.results[k].start = at(23, 30);
        assert!(
            matches!(verify(&p), Err(VerifyError::WrongSlot { request, .. }) if request == was.request)
        );
    }

    #[test]
    fn verify_rejects_swapped_requests() {
        let mut p = published();
        let (a, b) = (3, 200);
        assert_ne!(SlotRef::from(&p.results[a]), SlotRef::from(&p.results[b]));
        let (ida, idb) = (p.results[a].request.clone(), p.results[b].request.clone());
        p.results[a].request = idb;
        p.results[b].request = ida.clone();
        // ida sorts first, so it is the first discrepancy.
        assert!(
            matches!(verify(&p), Err(VerifyError::WrongSlot { request, .. }) if request == ida)
        );
    }

    #[test]
    fn verify_rejects_a_removed_placement() {
        let mut p = published();
        let gone = p.results.remove(42);
        assert_eq!(
            verify(&p),
            Err(VerifyError::Missing {
                request: gone.request.clone(),
                expected: (&gone).into(),
            })
        );
    }

    #[test]
    fn verify_rejects_an_added_placement() {
        let mut p = published();
        let outsider = p
            .requests
            .iter()
            .find(|r| p.results.iter().all(|x| x.request != r.id))
            .unwrap()
            .id
            .clone();
        let slot = slot_of(&p.offers[0]);
        let pos = p.results.partition_point(|x| x.request < outsider);
        p.results.insert(
            pos,
            Placement {
                request: outsider.clone(),
                port: slot.port.clone(),
                date: slot.date,
                start: slot.start,
            },
        );
        assert_eq!(
            verify(&p),
            Err(VerifyError::Extra {
                request: outsider,
                published: slot,
            })
        );
        // A placement for nobody.
        let mut p = published();
        let mut ghost = p.results[0].clone();
        ghost.request = "ffffffffffffffffffffffffffffffffff".into();
        p.results.push(ghost);
        assert!(matches!(
            verify(&p),
            Err(VerifyError::UnknownRequest { .. })
        ));
        // The same placement twice.
        let mut p = published();
        let twice = p.results[5].clone();
        p.results.insert(5, twice.clone());
        assert_eq!(
            verify(&p),
            Err(VerifyError::DuplicateResult {
                request: twice.request
            })
        );
    }

    #[test]
    fn verify_rejects_a_seed_that_does_not_match_the_commitment() {
        let mut p = published();
        p.seed = seed_n(999);
        assert!(matches!(
            verify(&p),
            Err(VerifyError::CommitmentMismatch { .. })
        ));
        let mut p = published();
        p.commitment = commitment(p.date, &seed_n(999)).unwrap();
        assert!(matches!(
            verify(&p),
            Err(VerifyError::CommitmentMismatch { .. })
        ));
        let mut p = published();
        p.commitment = "not hex".into();
        assert!(matches!(
            verify(&p),
            Err(VerifyError::CommitmentMismatch { .. })
        ));
        // A new seed with a matching new commitment gives different results.
        let mut p = published();
        p.seed = seed_n(999);
        p.commitment = commitment(p.date, &p.seed).unwrap();
        assert!(verify(&p).is_err());
    }

    /// The defect: a published draw passed off as another day's. From v2 on
    /// the commitment binds the day, so editing `date` breaks it.
    #[test]
    fn verify_refuses_a_draw_whose_date_was_changed() {
        let mut p = publish(day(0), contended()).unwrap();
        assert_eq!(p.algorithm, "garita-draw-v3");
        p.date = day(1);
        assert!(matches!(
            verify(&p),
            Err(VerifyError::CommitmentMismatch { .. })
        ));
    }

    /// Why v2 exists: v1 committed to the seed alone, so a v1 record with its
    /// date edited still verifies (it cannot be caught from the file); the
    /// same edit to a v2 record is refused.
    #[test]
    fn a_v1_record_with_its_date_changed_still_verifies_but_a_v2_one_does_not() {
        let mut v1 = publish_as(RecordVersion::V1, day(0), contended()).unwrap();
        assert_eq!(v1.algorithm, "garita-draw-v1");
        v1.date = day(7);
        assert_eq!(verify(&v1), Ok(()), "v1 does not bind the day");

        let mut v2 = publish_as(RecordVersion::V2, day(0), contended()).unwrap();
        assert_eq!(v2.results, v1.results, "the rules are the same");
        v2.date = day(7);
        assert!(matches!(
            verify(&v2),
            Err(VerifyError::CommitmentMismatch { .. })
        ));
    }

    #[test]
    fn v1_records_still_verify_under_v1_rules() {
        let p = publish_as(RecordVersion::V1, day(0), contended()).unwrap();
        assert_eq!(
            p.commitment,
            RecordVersion::V1.commitment(day(7), &p.seed).unwrap(),
            "v1's commitment is the seed's alone"
        );
        assert_eq!(verify(&p), Ok(()));
        assert_eq!(verify_against(&p, &p.commitment), Ok(()));
        let mut seed_changed = p.clone();
        seed_changed.seed = seed_n(999);
        assert!(matches!(
            verify(&seed_changed),
            Err(VerifyError::CommitmentMismatch { .. })
        ));
        // A v1 record relabelled v2 (or the reverse) no longer matches its commitment.
        let mut relabelled = p.clone();
        relabelled.algorithm = ALGORITHM.into();
        assert!(matches!(
            verify(&relabelled),
            Err(VerifyError::CommitmentMismatch { .. })
        ));
        let mut relabelled = publish(day(0), contended()).unwrap();
        relabelled.algorithm = ALGORITHM_V1.into();
        assert!(matches!(
            verify(&relabelled),
            Err(VerifyError::CommitmentMismatch { .. })
        ));
    }

    #[test]
    fn verify_against_accepts_the_draw_that_was_committed_to() {
        let input = contended();
        let before = commitment(day(0), &input.seed).unwrap();
        let p = publish(day(0), input).unwrap();
        assert_eq!(verify_against(&p, &before), Ok(()));
        assert_eq!(
            verify_against(&p, &format!("  {}\n", before.to_uppercase())),
            Ok(())
        );
    }

    #[test]
    fn verify_against_refuses_a_file_whose_commitment_is_not_the_one_given() {
        let saved = commitment(day(1), &seed_n(1)).unwrap();
        let honest = publish(day(0), contended()).unwrap();
        let changed = |p: &PublishedDraw, expected: &str| {
            Err(VerifyError::CommitmentChanged {
                published: p.commitment.clone(),
                expected: expected.to_string(),
            })
        };
        // Day 0's draw shown as the draw committed to for day 1.
        assert_eq!(verify_against(&honest, &saved), changed(&honest, &saved));

        // The seed is public after the draw: a forger who edits the date can
        // recompute the commitment, and `verify` alone accepts the file. The
        // commitment saved before day 1's draw does not.
        let mut forged = honest.clone();
        forged.date = day(1);
        forged.commitment = commitment(day(1), &forged.seed).unwrap();
        assert_eq!(verify(&forged), Ok(()));
        let saved_for_day_1 = commitment(day(1), &seed_n(1)).unwrap();
        assert_eq!(
            verify_against(&forged, &saved_for_day_1),
            changed(&forged, &saved_for_day_1)
        );
        // Nor does a downgrade to v1, whose commitment anyone can compute.
        let mut downgraded = honest.clone();
        downgraded.algorithm = ALGORITHM_V1.into();
        downgraded.date = day(1);
        downgraded.commitment = RecordVersion::V1.commitment(day(1), &honest.seed).unwrap();
        assert_eq!(verify(&downgraded), Ok(()));
        assert_eq!(
            verify_against(&downgraded, &honest.commitment),
            changed(&downgraded, &honest.commitment)
        );
        // A commitment that is not 32 bytes of hex is never the one given.
        for bad in ["", "not hex", &honest.commitment[..62]] {
            assert_eq!(verify_against(&honest, bad), changed(&honest, bad));
        }
        // The right commitment on a file that does not verify: verify's error.
        let mut tampered = honest.clone();
        tampered.results.remove(0);
        assert!(matches!(
            verify_against(&tampered, &honest.commitment),
            Err(VerifyError::Missing { .. })
        ));
    }

    #[test]
    fn verify_rejects_other_tampering() {
        let mut p = published();
        p.results.swap(0, 1);
        assert_eq!(verify(&p), Err(VerifyError::NotCanonicalOrder { index: 1 }));

        let mut p = published();
        p.algorithm = "garita-draw-v0".into();
        assert!(matches!(
            verify(&p),
            Err(VerifyError::UnknownAlgorithm { .. })
        ));

        let mut p = published();
        p.requests[0].size = 0;
        assert!(matches!(
            verify(&p),
            Err(VerifyError::InvalidInput(DrawError::InvalidSize { .. }))
        ));

        // Someone's days waited inflated after the fact.
        let mut p = published();
        let loser = p
            .requests
            .iter()
            .position(|r| p.results.iter().all(|x| x.request != r.id))
            .unwrap();
        p.requests[loser].days_waited = 10_000;
        p.requests[loser].vulnerable = true;
        assert!(verify(&p).is_err());

        // A slot's capacity changed.
        let mut p = published();
        p.offers[0].capacity += 20;
        assert!(verify(&p).is_err());
    }

    // ----- rules in the record -----------------------------------------------

    /// The contended draw under `oldest-share-then-random`, ranked by days
    /// waited (as `synthetic_input` ranks).
    fn published_oldest_share() -> PublishedDraw {
        let mut input = contended();
        input.rule = oldest_share(0.5);
        let p = publish(day(0), input).unwrap();
        assert!(p.results.len() > 500);
        p
    }

    #[test]
    fn an_oldest_share_record_names_its_rule_and_ranks_and_no_dates() {
        let p = published_oldest_share();
        assert_eq!(p.algorithm, "garita-draw-v3");
        assert_eq!(verify(&p), Ok(()));
        let json: serde_json::Value = serde_json::to_value(&p).unwrap();
        assert_eq!(json["rule"], "oldest-share-then-random");
        assert_eq!(json["params"], serde_json::json!({"share": 0.5}));
        let r = &json["requests"][0];
        assert!(r["registration_rank"].as_u64().unwrap() >= 1);
        let fields: Vec<&String> = r.as_object().unwrap().keys().collect();
        assert!(
            fields
                .iter()
                .all(|f| !f.contains("date") && !f.contains("_on") && !f.contains("_at")),
            "a request carries no date: {fields:?}"
        );
        let back: PublishedDraw = serde_json::from_value(json).unwrap();
        assert_eq!(back, p);
        assert_eq!(verify(&back), Ok(()));
    }

    #[test]
    fn verify_rejects_a_tampered_oldest_share_record() {
        // A moved placement.
        let mut p = published_oldest_share();
        let k = 7;
        let was = p.results[k].clone();
        p.results[k].start = at(23, 30);
        assert!(
            matches!(verify(&p), Err(VerifyError::WrongSlot { request, .. }) if request == was.request)
        );

        // A changed rank: a young unselected group made the oldest.
        let mut p = published_oldest_share();
        let outsider = p
            .requests
            .iter()
            .position(|r| p.results.iter().all(|x| x.request != r.id))
            .unwrap();
        let oldest = p
            .requests
            .iter()
            .position(|r| r.registration_rank == Some(1))
            .unwrap();
        p.requests[oldest].registration_rank = p.requests[outsider].registration_rank;
        p.requests[outsider].registration_rank = Some(1);
        assert!(verify(&p).is_err());
        // A rank given twice.
        let mut p = published_oldest_share();
        p.requests[3].registration_rank = p.requests[4].registration_rank;
        assert!(matches!(
            verify(&p),
            Err(VerifyError::InvalidInput(DrawError::DuplicateRank { .. }))
        ));

        // A changed parameter, and another rule.
        let mut p = published_oldest_share();
        p.rule = oldest_share(0.6);
        assert!(verify(&p).is_err());
        let mut p = published_oldest_share();
        p.rule = Rule::default();
        assert!(verify(&p).is_err());
        // The same through JSON.
        let mut json = serde_json::to_value(published_oldest_share()).unwrap();
        json["params"]["share"] = serde_json::json!(0.25);
        let p: PublishedDraw = serde_json::from_value(json).unwrap();
        assert!(verify(&p).is_err());
    }

    #[test]
    fn v1_and_v2_know_only_weighted() {
        let mut input = contended();
        input.rule = oldest_share(0.5);
        for v in [RecordVersion::V1, RecordVersion::V2] {
            assert_eq!(
                publish_as(v, day(0), input.clone()),
                Err(DrawError::RuleNotInVersion {
                    rule: RuleId::OldestShareThenRandom,
                    version: v.as_str(),
                })
            );
            // A v3 record relabelled, its commitment recomputed: refused for its rule.
            let mut p = published_oldest_share();
            p.algorithm = v.as_str().into();
            p.commitment = v.commitment(p.date, &p.seed).unwrap();
            assert!(matches!(
                verify(&p),
                Err(VerifyError::InvalidInput(
                    DrawError::RuleNotInVersion { .. }
                ))
            ));
        }
    }

    /// Records from before rules had names (no `rule`, weighted `params`)
    /// still read and verify as `weighted`; v1 and v2 records are still
    /// written that way.
    #[test]
    fn records_without_a_rule_verify_as_weighted() {
        for v in [RecordVersion::V1, RecordVersion::V2] {
            let mut input = contended();
            input
                .requests
                .iter_mut()
                .for_each(|r| r.registration_rank = None);
            let p = publish_as(v, day(0), input).unwrap();
            let json = serde_json::to_value(&p).unwrap();
            assert!(json.get("rule").is_none(), "{v:?} names no rule");
            assert!(!json.to_string().contains("registration_rank"));
            let back: PublishedDraw = serde_json::from_value(json).unwrap();
            assert_eq!(back.rule, Rule::default());
            assert_eq!(verify(&back), Ok(()));
        }
        let v3 = serde_json::to_value(publish(day(0), contended()).unwrap()).unwrap();
        assert_eq!(v3["rule"], "weighted");
        // A v3 weighted record's params are the weights, a share is refused.
        let mut bad = v3.clone();
        bad["params"]["share"] = serde_json::json!(0.5);
        assert!(serde_json::from_value::<PublishedDraw>(bad).is_err());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn prop_published_draws_verify(input in arb_input()) {
            let published = publish(day(0), input).unwrap();
            prop_assert_eq!(verify(&published), Ok(()));
            prop_assert_eq!(verify_against(&published, &published.commitment), Ok(()));
            let json = serde_json::to_string(&published).unwrap();
            let back: PublishedDraw = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(verify(&back), Ok(()));
        }

        /// Under either rule: the honest record verifies; a moved placement,
        /// a rank given twice and a changed parameter do not (the last one
        /// exactly when it changes the outcome).
        #[test]
        fn prop_every_rule_verifies_honest_records_and_rejects_tampered_ones(
            input in arb_input_any_rule(),
            pick in any::<prop::sample::Index>(),
        ) {
            let honest = publish(day(0), input.clone()).unwrap();
            prop_assert_eq!(verify(&honest), Ok(()));
            let json = serde_json::to_string(&honest).unwrap();
            prop_assert_eq!(verify(&serde_json::from_str(&json).unwrap()), Ok(()));

            if !honest.results.is_empty() {
                let mut moved = honest.clone();
                let k = pick.index(moved.results.len());
                moved.results[k].start = at(23, 59);
                prop_assert!(matches!(verify(&moved), Err(VerifyError::WrongSlot { .. })), "moved");
            }
            if honest.requests.len() >= 2 {
                let mut twice = honest.clone();
                let k = pick.index(twice.requests.len() - 1);
                twice.requests[k].registration_rank = twice.requests[k + 1].registration_rank;
                prop_assert!(matches!(
                    verify(&twice),
                    Err(VerifyError::InvalidInput(DrawError::DuplicateRank { .. }))
                ), "rank twice");
            }
            let changed = match honest.rule {
                Rule::Weighted(p) => Rule::Weighted(DrawParams { per_day_weight: p.per_day_weight * 2.0, ..p }),
                Rule::OldestShareThenRandom(p) => oldest_share(if p.share == 0.5 { 0.25 } else { 0.5 }),
            };
            let mut tampered = honest.clone();
            tampered.rule = changed;
            let rerun = run(&DrawInput { rule: changed, ..input }).unwrap();
            if rerun.placements == honest.results {
                prop_assert_eq!(verify(&tampered), Ok(()));
            } else {
                prop_assert!(verify(&tampered).is_err());
            }
        }
    }
}
