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

use std::cmp::Ordering;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Name and version of these rules, published with every draw. A verifier
/// refuses a draw made under rules it does not implement.
pub const ALGORITHM: &str = "garita-draw-v1";

/// Lower and upper bounds for the real-valued parameters (inclusive).
const PARAM_MIN: f64 = 1e-6;
const PARAM_MAX: f64 = 1e6;
/// Real-valued parameters must be written with at most this many significant
/// digits, so that any correct JSON parser reads back exactly the same `f64`.
const PARAM_MAX_DIGITS: usize = 15;

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
    pub params: DrawParams,
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

/// What the server publishes at `GET /api/v1/draws/{date}`: the whole input,
/// the seed (revealed after the draw), the commitment to the seed (published
/// before), and the results. Anyone can check it with [`verify`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublishedDraw {
    /// [`ALGORITHM`] at the time of the draw.
    pub algorithm: String,
    /// The day of the draw.
    pub date: NaiveDate,
    /// Hex SHA-256 of the 32 seed bytes, published before the draw.
    pub commitment: String,
    /// The seed, 64 hex characters.
    pub seed: String,
    pub params: DrawParams,
    pub offers: Vec<SlotOffer>,
    pub requests: Vec<DrawRequest>,
    /// Sorted by request id, as in [`DrawOutcome::placements`].
    pub results: Vec<Placement>,
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
}

/// Why a published draw does not check out. Result discrepancies are reported
/// for the smallest request id that has one.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum VerifyError {
    #[error("the draw was made under rules {found:?}; this verifier implements {ALGORITHM:?}")]
    UnknownAlgorithm { found: String },
    #[error("the published input is invalid: {0}")]
    InvalidInput(#[from] DrawError),
    #[error("the seed does not match the commitment: published {published}, SHA-256 of the seed is {computed}")]
    CommitmentMismatch { published: String, computed: String },
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
// Public functions
// ---------------------------------------------------------------------------

/// The weight of a request: `(base + per_day × min(days, cap)) × multiplier`
/// where the multiplier applies only to vulnerable requests. Only IEEE-754
/// basic operations, in this order, so the result is the same everywhere.
pub fn weight(params: &DrawParams, r: &DrawRequest) -> f64 {
    let days = r.days_waited.min(params.max_days_counted) as f64;
    let w = params.base_weight + params.per_day_weight * days;
    if r.vulnerable {
        w * params.vulnerability_multiplier
    } else {
        w
    }
}

/// Hex SHA-256 of the 32 seed bytes (lowercase).
pub fn commitment(seed_hex: &str) -> Result<String, DrawError> {
    let seed = parse_seed(seed_hex)?;
    Ok(hex::encode(Sha256::digest(seed)))
}

/// Runs the draw.
pub fn run(input: &DrawInput) -> Result<DrawOutcome, DrawError> {
    let seed = parse_seed(&input.seed)?;
    let placed = draw_core(&seed, &input.params, &input.requests, &input.offers)?;
    Ok(DrawOutcome {
        placements: placed
            .iter()
            .map(|&(r, o)| {
                let offer = &input.offers[o as usize];
                Placement {
                    request: input.requests[r as usize].id.clone(),
                    port: offer.port.clone(),
                    date: offer.date,
                    start: offer.start,
                }
            })
            .collect(),
    })
}

/// Runs the draw and assembles what is published for `date`.
pub fn publish(date: NaiveDate, input: DrawInput) -> Result<PublishedDraw, DrawError> {
    let outcome = run(&input)?;
    Ok(PublishedDraw {
        algorithm: ALGORITHM.to_string(),
        date,
        commitment: commitment(&input.seed)?,
        seed: input.seed,
        params: input.params,
        offers: input.offers,
        requests: input.requests,
        results: outcome.placements,
    })
}

/// Checks a published draw: the rules are the ones implemented here, the seed
/// matches the commitment, the input is valid, and recomputing the draw gives
/// exactly the published results, in canonical order.
pub fn verify(published: &PublishedDraw) -> Result<(), VerifyError> {
    if published.algorithm != ALGORITHM {
        return Err(VerifyError::UnknownAlgorithm {
            found: published.algorithm.clone(),
        });
    }
    let seed = parse_seed(&published.seed)?;
    let computed = hex::encode(Sha256::digest(seed));
    let matches = hex::decode(published.commitment.trim())
        .map(|c| c == hex::decode(&computed).expect("own hex"))
        .unwrap_or(false);
    if !matches {
        return Err(VerifyError::CommitmentMismatch {
            published: published.commitment.clone(),
            computed,
        });
    }
    let requests = &published.requests;
    let offers = &published.offers;
    let expected = draw_core(&seed, &published.params, requests, offers)?;

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
            .map(|&(r, o)| (&requests[r as usize], &offers[o as usize]));
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

/// Natural logarithm computed with IEEE-754 basic operations (+, −, ×, ÷) and
/// exact bit manipulation only, so that it gives the same bits on every
/// machine (unlike `f64::ln`, which comes from the platform's libm).
///
/// `x = 2^k · f` with `f ∈ (√2/2, √2]`; `ln f = 2·atanh(s)`, `s = (f−1)/(f+1)`,
/// summed as `2s + 2s·z·(1/3 + z/5 + … + z^9/21)`, `z = s²`, `|s| ≤ 0.1716`;
/// then `ln x = k·ln2_hi + (ln f + k·ln2_lo)`. Within 2 ulp of the true value.
/// `x = 0` gives −∞, `+∞` gives +∞, negative or NaN gives NaN.
pub fn det_ln(x: f64) -> f64 {
    // ln 2 split so that k · LN2_HI is exact for |k| < 2^21 (fdlibm's split).
    const LN2_HI: f64 = f64::from_bits(0x3FE6_2E42_FEE0_0000);
    const LN2_LO: f64 = f64::from_bits(0x3DEA_39EF_3579_3C76);
    const TWO54: f64 = 18_014_398_509_481_984.0;
    const SQRT2: f64 = std::f64::consts::SQRT_2;
    // 1/(2n+1) for n = 1..=10, correctly rounded (compile-time IEEE division).
    const C: [f64; 10] = [
        1.0 / 3.0,
        1.0 / 5.0,
        1.0 / 7.0,
        1.0 / 9.0,
        1.0 / 11.0,
        1.0 / 13.0,
        1.0 / 15.0,
        1.0 / 17.0,
        1.0 / 19.0,
        1.0 / 21.0,
    ];

    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x == f64::INFINITY {
        return f64::INFINITY;
    }
    let mut bits = x.to_bits();
    let mut k: i32 = 0;
    if bits < (1u64 << 52) {
        // Subnormal: scale into the normal range (exact).
        bits = (x * TWO54).to_bits();
        k = -54;
    }
    k += ((bits >> 52) & 0x7FF) as i32 - 1023;
    let mut f = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | (1023u64 << 52)); // [1, 2)
    if f > SQRT2 {
        f *= 0.5; // exact
        k += 1;
    }
    let s = (f - 1.0) / (f + 1.0); // f − 1 is exact (Sterbenz)
    let z = s * s;
    let mut q = C[9];
    for &c in C[..9].iter().rev() {
        q = q * z + c;
    }
    let two_s = 2.0 * s; // exact
    let ln_f = two_s + two_s * (z * q);
    let kf = k as f64;
    kf * LN2_HI + (ln_f + kf * LN2_LO)
}

/// Deterministic synthetic data for benchmarks and demos: `requests` requests
/// for 8 ports × 14 days × 29 half-hour slots (06:00–20:00) of 50 places,
/// i.e. 1,450 places a day per port. Group sizes 1–6 (mean ≈ 2.5), 1–3
/// preferred ports (some ports more popular than others), 0–60 days waited,
/// about 10 % vulnerable. Same arguments, same data.
pub fn synthetic_input(requests: usize, seed: u64) -> DrawInput {
    const PORTS: usize = 8;
    const DAYS: i64 = 14;
    const SLOTS: u32 = 29;
    const PER_SLOT: u32 = 50;
    // Relative popularity of the ports.
    const POPULARITY: [u64; PORTS] = [8, 6, 5, 4, 3, 2, 1, 1];
    // Cumulative per-mille for sizes 1..=6: 30 %, 27 %, 20 %, 11 %, 7 %, 5 %.
    const SIZE_CUMULATIVE: [u64; 6] = [300, 570, 770, 880, 950, 1000];

    let mut rng = SplitMix64(seed);
    let mut seed_bytes = [0u8; 32];
    for chunk in seed_bytes.chunks_mut(8) {
        chunk.copy_from_slice(&rng.next().to_be_bytes());
    }
    let ports: Vec<String> = (1..=PORTS).map(|i| format!("port-{i}")).collect();
    let first_day = NaiveDate::from_ymd_opt(2025, 3, 3).expect("valid date");
    let first_time = NaiveTime::from_hms_opt(6, 0, 0).expect("valid time");
    let mut offers = Vec::with_capacity(PORTS * DAYS as usize * SLOTS as usize);
    for port in &ports {
        for d in 0..DAYS {
            for s in 0..SLOTS {
                offers.push(SlotOffer {
                    port: port.clone(),
                    date: first_day + chrono::Duration::days(d),
                    start: first_time + chrono::Duration::minutes(30 * s as i64),
                    capacity: PER_SLOT,
                });
            }
        }
    }
    let total_popularity: u64 = POPULARITY.iter().sum();
    let mut reqs = Vec::with_capacity(requests);
    for i in 0..requests {
        let roll = rng.below(1000);
        let size = SIZE_CUMULATIVE.iter().position(|&c| roll < c).unwrap() as u32 + 1;
        let wanted = match rng.below(100) {
            0..=39 => 1,
            40..=74 => 2,
            _ => 3,
        };
        let mut chosen: Vec<usize> = Vec::with_capacity(wanted);
        while chosen.len() < wanted {
            let mut t = rng.below(total_popularity);
            let mut p = 0;
            while t >= POPULARITY[p] {
                t -= POPULARITY[p];
                p += 1;
            }
            if !chosen.contains(&p) {
                chosen.push(p);
            }
        }
        reqs.push(DrawRequest {
            // Random-looking but unique (the low half is the index).
            id: format!("{:016x}{:016x}", rng.next(), i as u64),
            size,
            days_waited: rng.below(61) as u32,
            vulnerable: rng.below(10) == 0,
            preferences: chosen.iter().map(|&p| ports[p].clone()).collect(),
            priority: false,
        });
    }
    DrawInput {
        seed: hex::encode(seed_bytes),
        params: DrawParams::default(),
        requests: reqs,
        offers,
    }
}

// ---------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------

fn parse_seed(seed_hex: &str) -> Result<[u8; 32], DrawError> {
    let mut seed = [0u8; 32];
    if seed_hex.len() != 64 {
        return Err(DrawError::InvalidSeed);
    }
    hex::decode_to_slice(seed_hex, &mut seed).map_err(|_| DrawError::InvalidSeed)?;
    Ok(seed)
}

/// At most `PARAM_MAX_DIGITS` significant digits in the shortest decimal
/// that reads back as `x`.
fn short_decimal(x: f64) -> bool {
    let s = format!("{x:e}");
    let mantissa = s.split('e').next().unwrap_or("");
    mantissa.bytes().filter(u8::is_ascii_digit).count() <= PARAM_MAX_DIGITS
}

fn validate_params(p: &DrawParams) -> Result<(), DrawError> {
    let real = |name: &'static str, x: f64, min: f64| -> Result<(), DrawError> {
        let reason = if !x.is_finite() {
            "must be a finite number"
        } else if x < min {
            if min == 1.0 {
                "must be at least 1"
            } else {
                "must be at least 0.000001"
            }
        } else if x > PARAM_MAX {
            "must be at most 1000000"
        } else if !short_decimal(x) {
            "must be written with at most 15 significant digits"
        } else {
            return Ok(());
        };
        Err(DrawError::InvalidParams { name, reason })
    };
    real("base_weight", p.base_weight, PARAM_MIN)?;
    real("per_day_weight", p.per_day_weight, PARAM_MIN)?;
    real("vulnerability_multiplier", p.vulnerability_multiplier, 1.0)?;
    if p.max_days_counted == 0 {
        return Err(DrawError::InvalidParams {
            name: "max_days_counted",
            reason: "must be at least 1",
        });
    }
    // Every counted day must raise the weight, even after rounding: one day's
    // weight must be many times the spacing of doubles (2^-52 relative) near
    // the largest weight.
    let top = p.base_weight + p.per_day_weight * p.max_days_counted as f64;
    if p.per_day_weight * 281_474_976_710_656.0 <= top * p.vulnerability_multiplier {
        return Err(DrawError::InvalidParams {
            name: "per_day_weight",
            reason: "is too small for every counted day to raise the weight",
        });
    }
    Ok(())
}

/// `U ∈ (0,1)` from the first 8 digest bytes: the top 52 bits `m` of the
/// big-endian integer give `U = (2m + 1) / 2^53`, exactly representable.
fn uniform_from_digest(digest: &[u8]) -> f64 {
    let x = u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
    let m = x >> 12;
    ((2 * m + 1) as f64) * (1.0 / 9_007_199_254_740_992.0)
}

/// The sort key of a request: `−ln(U) / weight`. `seeded` is a SHA-256 state
/// that has absorbed the 32 seed bytes.
fn request_key(seeded: &Sha256, params: &DrawParams, r: &DrawRequest) -> (f64, [u8; 32]) {
    let digest: [u8; 32] = seeded
        .clone()
        .chain_update(r.id.as_bytes())
        .finalize()
        .into();
    let u = uniform_from_digest(&digest);
    let key = -det_ln(u) / weight(params, r);
    // Priority keys land below 1e-200, under every ordinary key (which is at
    // least about 1e-38 for the largest allowed weight), in the same order.
    let key = if r.priority {
        key / (1.0 + key) * 1e-200
    } else {
        key
    };
    (key, digest)
}

/// The order in which requests are taken: ascending key (compared as the
/// bits of positive doubles, which order like the numbers), ties by id in
/// byte order. The ids are fetched only on a tie.
#[inline]
fn draw_order<'a>(
    key_a: u64,
    key_b: u64,
    ids: impl FnOnce() -> (&'a String, &'a String),
) -> Ordering {
    key_a.cmp(&key_b).then_with(|| {
        let (a, b) = ids();
        a.as_bytes().cmp(b.as_bytes())
    })
}

/// FNV-1a, for the small maps of port ids (not exposed to untrusted sizes).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01B3);
        }
    }
}

type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The slots of one port in (date, start) order, with a max segment tree over
/// their remaining capacity: "first slot with room for s" and "take s from
/// slot i" are both O(log slots).
struct PortSlots {
    /// Offer indices in (date, start) order.
    offers: Vec<u32>,
    /// Number of leaves (a power of two ≥ offers.len()).
    leaves: usize,
    /// `tree[1]` is the root; leaves at `leaves..2·leaves`; node i has
    /// children 2i, 2i+1 and holds the larger of their values.
    tree: Vec<u32>,
}

impl PortSlots {
    fn new(offers: Vec<u32>, capacity: impl Fn(u32) -> u32) -> Self {
        let leaves = offers.len().next_power_of_two().max(1);
        let mut tree = vec![0u32; 2 * leaves];
        for (i, &o) in offers.iter().enumerate() {
            tree[leaves + i] = capacity(o);
        }
        for i in (1..leaves).rev() {
            tree[i] = tree[2 * i].max(tree[2 * i + 1]);
        }
        PortSlots {
            offers,
            leaves,
            tree,
        }
    }

    #[inline]
    fn most_room(&self) -> u32 {
        self.tree[1]
    }

    /// Position of the first slot with room ≥ `need`.
    #[inline]
    fn first_fit(&self, need: u32) -> Option<usize> {
        if self.tree[1] < need {
            return None;
        }
        let mut i = 1;
        while i < self.leaves {
            i *= 2;
            if self.tree[i] < need {
                i += 1;
            }
        }
        Some(i - self.leaves)
    }

    #[inline]
    fn take(&mut self, pos: usize, amount: u32) {
        let mut i = pos + self.leaves;
        self.tree[i] -= amount;
        while i > 1 {
            i /= 2;
            self.tree[i] = self.tree[2 * i].max(self.tree[2 * i + 1]);
        }
    }
}

/// A request in the draw order: its key, its plan, its index.
#[derive(Clone, Copy)]
struct Entry {
    key: u64,
    plan: u64,
    index: u32,
}

// A plan packs what placing a request needs, so that the hot loop reads
// nothing but the (sequential) entries: the group size in the low 16 bits,
// then up to 4 port codes of 12 bits (port index + 1, 0 = no more), in
// preference order, without ports that have no offers and without repeats.
// A request that does not fit (size ≥ 2^16, more than 4 ports, port index
// ≥ 4095) gets plan 0 and is placed from the request itself.
const PLAN_SIZE_BITS: u32 = 16;
const PLAN_SIZE_MASK: u64 = (1 << PLAN_SIZE_BITS) - 1;
const PLAN_PORT_BITS: u32 = 12;
const PLAN_PORT_MASK: u64 = (1 << PLAN_PORT_BITS) - 1;
const PLAN_PORTS: u32 = (64 - PLAN_SIZE_BITS) / PLAN_PORT_BITS;

fn plan(r: &DrawRequest, port_index: &FnvMap<&str, u32>) -> u64 {
    if r.size as u64 > PLAN_SIZE_MASK {
        return 0;
    }
    let mut plan = r.size as u64;
    let mut n = 0;
    for pref in &r.preferences {
        let Some(&p) = port_index.get(pref.as_str()) else {
            continue;
        };
        let code = p as u64 + 1;
        if code > PLAN_PORT_MASK {
            return 0;
        }
        let shift = |k: u32| PLAN_SIZE_BITS + PLAN_PORT_BITS * k;
        if (0..n).any(|k| (plan >> shift(k)) & PLAN_PORT_MASK == code) {
            continue;
        }
        if n == PLAN_PORTS {
            return 0;
        }
        plan |= code << shift(n);
        n += 1;
    }
    plan
}

/// The draw itself. Returns (request index, offer index) pairs sorted by
/// request id.
fn draw_core(
    seed: &[u8; 32],
    params: &DrawParams,
    requests: &[DrawRequest],
    offers: &[SlotOffer],
) -> Result<Vec<(u32, u32)>, DrawError> {
    validate_params(params)?;
    if requests.len() > u32::MAX as usize || offers.len() > u32::MAX as usize {
        return Err(DrawError::TooLarge);
    }

    // Ports: small integers, slots in (date, start) order.
    let mut port_index: FnvMap<&str, u32> = FnvMap::default();
    let mut port_offers: Vec<Vec<u32>> = Vec::new();
    for (i, o) in offers.iter().enumerate() {
        if o.port.is_empty() {
            return Err(DrawError::EmptyPortId { index: i });
        }
        let p = *port_index.entry(o.port.as_str()).or_insert_with(|| {
            port_offers.push(Vec::new());
            (port_offers.len() - 1) as u32
        });
        port_offers[p as usize].push(i as u32);
    }
    let slot_order = |&a: &u32, &b: &u32| {
        let (a, b) = (&offers[a as usize], &offers[b as usize]);
        (a.date, a.start).cmp(&(b.date, b.start))
    };
    for list in &mut port_offers {
        list.sort_unstable_by(slot_order);
    }
    // Report a duplicate offer the same way whatever the input order.
    let mut names: Vec<(&str, u32)> = port_index.iter().map(|(&k, &v)| (k, v)).collect();
    names.sort_unstable();
    for &(_, p) in &names {
        for w in port_offers[p as usize].windows(2) {
            if slot_order(&w[0], &w[1]) == Ordering::Equal {
                return Err(DrawError::DuplicateOffer {
                    slot: (&offers[w[0] as usize]).into(),
                });
            }
        }
    }
    let mut ports: Vec<PortSlots> = port_offers
        .into_iter()
        .map(|list| PortSlots::new(list, |o| offers[o as usize].capacity))
        .collect();

    // Keys and plans, in one sequential pass over the requests. `ids` holds
    // (digest bits, index) to find duplicate ids: equal ids, equal digests.
    let seeded = Sha256::new_with_prefix(seed);
    let mut order: Vec<Entry> = Vec::with_capacity(requests.len());
    let mut ids: Vec<(u64, u32)> = Vec::with_capacity(requests.len());
    let mut min_size = u32::MAX;
    for (i, r) in requests.iter().enumerate() {
        if r.id.is_empty() {
            return Err(DrawError::EmptyRequestId { index: i });
        }
        if r.size == 0 {
            return Err(DrawError::InvalidSize { id: r.id.clone() });
        }
        if r.preferences.is_empty() {
            return Err(DrawError::NoPreferences { id: r.id.clone() });
        }
        min_size = min_size.min(r.size);
        let (key, digest) = request_key(&seeded, params, r);
        order.push(Entry {
            key: key.to_bits(),
            plan: plan(r, &port_index),
            index: i as u32,
        });
        ids.push((
            u64::from_be_bytes(digest[8..16].try_into().expect("8 bytes")),
            i as u32,
        ));
    }
    ids.sort_unstable();
    let mut duplicate: Option<&str> = None;
    let mut start = 0;
    while start < ids.len() {
        let mut end = start + 1;
        while end < ids.len() && ids[end].0 == ids[start].0 {
            end += 1;
        }
        for a in start..end {
            for b in a + 1..end {
                let id = requests[ids[a].1 as usize].id.as_str();
                if id == requests[ids[b].1 as usize].id && duplicate.is_none_or(|d| id < d) {
                    duplicate = Some(id);
                }
            }
        }
        start = end;
    }
    if let Some(id) = duplicate {
        return Err(DrawError::DuplicateRequest { id: id.to_string() });
    }
    drop(ids);

    order.sort_unstable_by(|a, b| {
        draw_order(a.key, b.key, || {
            (
                &requests[a.index as usize].id,
                &requests[b.index as usize].id,
            )
        })
    });

    // Greedy placement in key order.
    let mut alive = ports.iter().filter(|p| p.most_room() >= min_size).count();
    let mut placed: Vec<(u32, u32)> = Vec::new();
    // Tries to place a group of `size` at port `p`.
    let mut place_at = |p: usize, size: u32, ri: u32, alive: &mut usize| -> bool {
        let port = &mut ports[p];
        match port.first_fit(size) {
            Some(pos) => {
                port.take(pos, size);
                if port.most_room() < min_size {
                    *alive -= 1;
                }
                placed.push((ri, port.offers[pos]));
                true
            }
            None => false,
        }
    };
    for e in &order {
        if alive == 0 {
            break; // no slot anywhere can take even the smallest group
        }
        let size = (e.plan & PLAN_SIZE_MASK) as u32;
        if size != 0 {
            // Fast path: everything needed is in the entry.
            let mut codes = e.plan >> PLAN_SIZE_BITS;
            while codes != 0 {
                let p = (codes & PLAN_PORT_MASK) as usize - 1;
                codes >>= PLAN_PORT_BITS;
                if place_at(p, size, e.index, &mut alive) {
                    break;
                }
            }
        } else {
            let r = &requests[e.index as usize];
            for pref in &r.preferences {
                if let Some(&p) = port_index.get(pref.as_str()) {
                    if place_at(p as usize, r.size, e.index, &mut alive) {
                        break;
                    }
                }
            }
        }
    }
    placed.sort_unstable_by(|a, b| requests[a.0 as usize].id.cmp(&requests[b.0 as usize].id));
    Ok(placed)
}

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, deterministic.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform-enough integer in `0..n` (multiply-shift; n > 0).
    fn below(&mut self, n: u64) -> u64 {
        ((self.next() as u128 * n as u128) >> 64) as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{HashMap, HashSet};

    // ----- helpers ---------------------------------------------------------

    const SEED: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, 1 + d).unwrap()
    }

    fn at(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn req(id: &str, size: u32, days: u32, vulnerable: bool, prefs: &[&str]) -> DrawRequest {
        DrawRequest {
            id: id.to_string(),
            size,
            days_waited: days,
            vulnerable,
            preferences: prefs.iter().map(|p| p.to_string()).collect(),
            priority: false,
        }
    }

    fn offer(port: &str, d: u32, h: u32, capacity: u32) -> SlotOffer {
        SlotOffer {
            port: port.to_string(),
            date: day(d),
            start: at(h, 0),
            capacity,
        }
    }

    fn input(requests: Vec<DrawRequest>, offers: Vec<SlotOffer>) -> DrawInput {
        DrawInput {
            seed: SEED.to_string(),
            params: DrawParams::default(),
            requests,
            offers,
        }
    }

    /// A different valid seed for each n.
    fn seed_n(n: u64) -> String {
        hex::encode(Sha256::digest(n.to_be_bytes()))
    }

    fn ulps(a: f64, b: f64) -> u64 {
        assert_eq!(a.is_sign_negative(), b.is_sign_negative(), "{a} vs {b}");
        a.to_bits().abs_diff(b.to_bits())
    }

    fn shuffle<T>(v: &mut [T], seed: u64) {
        let mut rng = SplitMix64(seed);
        for i in (1..v.len()).rev() {
            let j = rng.below(i as u64 + 1) as usize;
            v.swap(i, j);
        }
    }

    /// Straightforward re-implementation of the rules: linear scans, no
    /// segment tree, no early stop.
    fn reference(input: &DrawInput) -> Vec<Placement> {
        let seeded = Sha256::new_with_prefix(parse_seed(&input.seed).unwrap());
        let mut order: Vec<(f64, &DrawRequest)> = input
            .requests
            .iter()
            .map(|r| (request_key(&seeded, &input.params, r).0, r))
            .collect();
        order.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.id.cmp(&b.1.id)));
        let mut remaining: Vec<u32> = input.offers.iter().map(|o| o.capacity).collect();
        let mut out = Vec::new();
        for (_, r) in order {
            'prefs: for pref in &r.preferences {
                let mut slots: Vec<usize> = (0..input.offers.len())
                    .filter(|&i| input.offers[i].port == *pref)
                    .collect();
                slots.sort_by_key(|&i| (input.offers[i].date, input.offers[i].start));
                for i in slots {
                    if remaining[i] >= r.size {
                        remaining[i] -= r.size;
                        let o = &input.offers[i];
                        out.push(Placement {
                            request: r.id.clone(),
                            port: o.port.clone(),
                            date: o.date,
                            start: o.start,
                        });
                        break 'prefs;
                    }
                }
            }
        }
        out.sort_by(|a, b| a.request.cmp(&b.request));
        out
    }

    /// Remaining capacity per (port, date, start) after the outcome; panics if
    /// a placement names a slot that was not offered.
    fn remaining_after(
        input: &DrawInput,
        outcome: &DrawOutcome,
    ) -> HashMap<(String, NaiveDate, NaiveTime), i64> {
        let size: HashMap<&str, u32> = input
            .requests
            .iter()
            .map(|r| (r.id.as_str(), r.size))
            .collect();
        let mut rem: HashMap<(String, NaiveDate, NaiveTime), i64> = input
            .offers
            .iter()
            .map(|o| ((o.port.clone(), o.date, o.start), o.capacity as i64))
            .collect();
        for p in &outcome.placements {
            let slot = rem
                .get_mut(&(p.port.clone(), p.date, p.start))
                .expect("placement in an offered slot");
            *slot -= size[p.request.as_str()] as i64;
        }
        rem
    }

    /// A contended draw: ~7,500 people for 4,000 places.
    fn contended() -> DrawInput {
        let mut input = synthetic_input(3_000, 7);
        let first = input.offers[0].date;
        input
            .offers
            .retain(|o| o.date == first && o.start < at(11, 0));
        input
    }

    // ----- deterministic ln ------------------------------------------------

    #[test]
    fn ln_known_values() {
        use std::f64::consts::{E, LN_10, LN_2};
        assert_eq!(det_ln(1.0).to_bits(), 0.0f64.to_bits());
        assert!(ulps(det_ln(2.0), LN_2) <= 1);
        assert!(ulps(det_ln(0.5), -LN_2) <= 1);
        assert!(ulps(det_ln(E), 1.0) <= 1);
        assert!(ulps(det_ln(10.0), LN_10) <= 1);
        assert!(ulps(det_ln(1024.0), 10.0 * LN_2) <= 1);
        // ln(2^-53) = -53 ln 2 = -36.7368005696771...
        assert!(ulps(det_ln(2f64.powi(-53)), -36.736_800_569_677_1) <= 2);
        // Near 1: ln(1 + 2^-30) = 2^-30 - 2^-61 + ...
        let x = 1.0 + 2f64.powi(-30);
        assert!(ulps(det_ln(x), 2f64.powi(-30) - 2f64.powi(-61)) <= 1);
        // ln(1 - 2^-53) = -2^-53 - 2^-107 - ...
        assert!(ulps(det_ln(1.0 - 2f64.powi(-53)), -(2f64.powi(-53))) <= 1);
        assert!(ulps(det_ln(0.1), -LN_10) <= 1);
    }

    #[test]
    fn ln_special_values() {
        assert_eq!(det_ln(0.0), f64::NEG_INFINITY);
        assert_eq!(det_ln(f64::INFINITY), f64::INFINITY);
        assert!(det_ln(-1.0).is_nan());
        assert!(det_ln(f64::NAN).is_nan());
        for x in [f64::MIN_POSITIVE, 5e-324, 1e-310, f64::MAX] {
            assert!(ulps(det_ln(x), x.ln()) <= 2, "x = {x:e}");
        }
    }

    #[test]
    fn ln_close_to_libm_everywhere() {
        let mut rng = SplitMix64(42);
        let mut worst = 0;
        for i in 0..200_000 {
            let x = match i % 3 {
                // The draw's own inputs: U = (2m + 1) / 2^53.
                0 => uniform_from_digest(&rng.next().to_be_bytes()),
                // Any positive double.
                1 => f64::from_bits(rng.below(0x7FF0_0000_0000_0000)),
                // Close to 1, where cancellation would show.
                _ => 1.0 + (rng.below(1 << 40) as f64 - (1u64 << 39) as f64) * 1e-15,
            };
            if x == 1.0 {
                continue;
            }
            worst = worst.max(ulps(det_ln(x), x.ln()));
        }
        assert!(worst <= 2, "worst difference {worst} ulp");
    }

    /// Pinned bits: these must never change, or published draws could no
    /// longer be verified.
    #[test]
    fn ln_golden_bits() {
        for (x, bits) in [
            (0.3f64, 0xBFF3_4378_FCBD_A721u64),
            (0.75, 0xBFD2_6962_1134_DB92),
            (1e-12, 0xC03B_A18A_998F_FFA0),
            (0.999_999_9, 0xBE7A_D7F2_B104_9B9F),
        ] {
            assert_eq!(det_ln(x).to_bits(), bits, "ln({x}) = {:e}", det_ln(x));
        }
    }

    // ----- parameters and weights -----------------------------------------

    #[test]
    fn default_params_are_valid_and_roundtrip_json() {
        let p = DrawParams::default();
        validate_params(&p).unwrap();
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<DrawParams>(&json).unwrap(), p);
        // Missing fields take defaults; unknown ones are refused.
        let partial: DrawParams = serde_json::from_str(r#"{"per_day_weight":0.05}"#).unwrap();
        assert_eq!(partial.per_day_weight, 0.05);
        assert_eq!(partial.base_weight, p.base_weight);
        assert!(serde_json::from_str::<DrawParams>(r#"{"per_day":1}"#).is_err());
    }

    #[test]
    fn invalid_params_are_refused() {
        let d = DrawParams::default();
        let bad = [
            DrawParams {
                base_weight: 0.0,
                ..d
            },
            DrawParams {
                base_weight: -1.0,
                ..d
            },
            DrawParams {
                base_weight: f64::NAN,
                ..d
            },
            DrawParams {
                base_weight: f64::INFINITY,
                ..d
            },
            DrawParams {
                base_weight: 2e6,
                ..d
            },
            DrawParams {
                per_day_weight: 0.0,
                ..d
            },
            DrawParams {
                per_day_weight: 1.0 / 3.0,
                ..d
            },
            DrawParams {
                vulnerability_multiplier: 0.5,
                ..d
            },
            DrawParams {
                vulnerability_multiplier: f64::NAN,
                ..d
            },
            DrawParams {
                max_days_counted: 0,
                ..d
            },
            DrawParams {
                base_weight: 1e6,
                per_day_weight: 1e-6,
                max_days_counted: 10,
                vulnerability_multiplier: 1e6,
            },
        ];
        for p in bad {
            let mut i = input(
                vec![req("a", 1, 0, false, &["x"])],
                vec![offer("x", 0, 8, 1)],
            );
            i.params = p;
            assert!(
                matches!(run(&i), Err(DrawError::InvalidParams { .. })),
                "{p:?} accepted"
            );
        }
        let ok = DrawParams {
            base_weight: 0.5,
            per_day_weight: 0.033_333_333_333_333,
            max_days_counted: 365,
            vulnerability_multiplier: 1.0,
        };
        validate_params(&ok).unwrap();
    }

    #[test]
    fn weight_formula() {
        let p = DrawParams::default();
        let w = |days, vulnerable| weight(&p, &req("a", 1, days, vulnerable, &["x"]));
        assert_eq!(w(0, false), 1.0);
        assert_eq!(w(10, false), 2.0);
        assert_eq!(w(180, false), 1.0 + 0.1 * 180.0);
        assert_eq!(w(181, false), w(180, false));
        assert_eq!(w(5_000, false), w(180, false));
        assert_eq!(w(10, true), 4.0);
        for d in 0..p.max_days_counted {
            assert!(w(d + 1, false) > w(d, false), "day {d}");
            assert!(w(d, true) > w(d, false));
            assert!(w(d, false) > 0.0);
        }
    }

    // ----- validation ------------------------------------------------------

    #[test]
    fn invalid_inputs_are_refused() {
        let good = || {
            input(
                vec![req("a", 1, 0, false, &["x"]), req("b", 2, 3, true, &["x"])],
                vec![offer("x", 0, 8, 5), offer("x", 0, 9, 5)],
            )
        };
        assert!(run(&good()).is_ok());

        for seed in [
            "",
            &SEED[..63],
            &format!("{SEED}00"),
            &SEED.replace('0', "g"),
        ] {
            let mut i = good();
            i.seed = seed.to_string();
            assert_eq!(run(&i), Err(DrawError::InvalidSeed));
            assert_eq!(commitment(seed), Err(DrawError::InvalidSeed));
        }
        let mut i = good();
        i.requests[1].size = 0;
        assert_eq!(run(&i), Err(DrawError::InvalidSize { id: "b".into() }));
        let mut i = good();
        i.requests[1].id = "a".into();
        assert_eq!(run(&i), Err(DrawError::DuplicateRequest { id: "a".into() }));
        let mut i = good();
        i.requests[0].id.clear();
        assert_eq!(run(&i), Err(DrawError::EmptyRequestId { index: 0 }));
        let mut i = good();
        i.requests[0].preferences.clear();
        assert_eq!(run(&i), Err(DrawError::NoPreferences { id: "a".into() }));
        let mut i = good();
        i.offers[1].start = i.offers[0].start;
        assert!(matches!(run(&i), Err(DrawError::DuplicateOffer { .. })));
        let mut i = good();
        i.offers[1].port.clear();
        assert_eq!(run(&i), Err(DrawError::EmptyPortId { index: 1 }));
    }

    #[test]
    fn duplicate_ids_found_among_many() {
        let mut i = synthetic_input(5_000, 3);
        i.requests[4_321].id = i.requests[17].id.clone();
        i.requests[4_321].days_waited = i.requests[17].days_waited + 7;
        assert_eq!(
            run(&i),
            Err(DrawError::DuplicateRequest {
                id: i.requests[17].id.clone()
            })
        );
    }

    // ----- the rules on small examples -------------------------------------

    #[test]
    fn groups_are_never_split() {
        // 6 places in two slots of 3 cannot take a group of 4.
        let i = input(
            vec![req("g", 4, 60, true, &["x", "y"])],
            vec![
                offer("x", 0, 8, 3),
                offer("x", 0, 9, 3),
                offer("y", 1, 8, 2),
            ],
        );
        assert!(run(&i).unwrap().placements.is_empty());
    }

    #[test]
    fn best_port_then_earliest_day_then_earliest_time() {
        // Offers deliberately out of order.
        let offers = vec![
            offer("x", 0, 7, 10),
            offer("y", 2, 9, 10),
            offer("y", 1, 10, 10),
            offer("y", 1, 9, 1),
            offer("y", 2, 7, 10),
        ];
        let i = input(vec![req("a", 2, 0, false, &["y", "x"])], offers);
        let out = run(&i).unwrap();
        assert_eq!(
            out.placements,
            vec![Placement {
                request: "a".into(),
                port: "y".into(),
                date: day(1),
                start: at(10, 0),
            }]
        );
        assert_eq!(out.placement_of("a").unwrap().port, "y");
        assert!(out.placement_of("b").is_none());
    }

    #[test]
    fn a_group_that_does_not_fit_does_not_block_smaller_ones() {
        let requests: Vec<DrawRequest> = (0..20)
            .map(|k| {
                req(
                    &format!("r{k:02}"),
                    if k % 2 == 0 { 5 } else { 1 },
                    k,
                    false,
                    &["z", "x"],
                )
            })
            .collect();
        let i = input(requests, vec![offer("x", 0, 8, 4)]);
        let out = run(&i).unwrap();
        let rem = remaining_after(&i, &out);
        assert_eq!(rem[&("x".to_string(), day(0), at(8, 0))], 0);
        assert_eq!(out.placements.len(), 4);
    }

    #[test]
    fn large_groups_and_long_preference_lists() {
        // Sizes ≥ 2^16 and more than 4 offered ports take the slow path.
        let requests = vec![
            req("big1", 70_000, 9, false, &["x"]),
            req("big2", 40_000, 8, false, &["x"]),
            req("big3", 30_000, 0, false, &["x"]),
            req("long", 2, 0, false, &["p", "q", "r", "s", "t", "x"]),
        ];
        let offers = vec![
            offer("x", 0, 8, 100_000),
            offer("p", 0, 8, 1),
            offer("q", 0, 8, 1),
            offer("r", 0, 8, 1),
            offer("s", 0, 8, 1),
            offer("t", 0, 8, 1),
        ];
        let i = input(requests, offers);
        let out = run(&i).unwrap();
        assert_eq!(out.placements, reference(&i));
        assert_eq!(out.placement_of("long").unwrap().port, "x");
        assert!(out.placement_of("big1").is_some());
        // big2 can never fit beside big1, big3 can.
        assert!(out.placement_of("big2").is_none() || out.placement_of("big1").is_none());
        let rem = remaining_after(&i, &out);
        assert!(rem.values().all(|&v| v >= 0));
    }

    #[test]
    fn everyone_placed_when_there_is_room() {
        let mut i = synthetic_input(2_000, 5);
        i.requests.iter_mut().for_each(|r| r.size = 1);
        let out = run(&i).unwrap();
        assert_eq!(out.placements.len(), 2_000);
        // Nobody gets a later-ranked port while their first choice had room.
        for p in &out.placements {
            let r = i.requests.iter().find(|r| r.id == p.request).unwrap();
            assert_eq!(p.port, r.preferences[0]);
        }
    }

    #[test]
    fn ties_are_broken_by_id_not_input_position() {
        let (a, b) = ("0abc".to_string(), "0abd".to_string());
        let k = 0.5f64.to_bits();
        assert_eq!(draw_order(k, k, || (&a, &b)), Ordering::Less);
        assert_eq!(draw_order(k, k, || (&b, &a)), Ordering::Greater);
        assert_eq!(draw_order(k, k, || (&a, &a)), Ordering::Equal);
        // The key decides first, whatever the ids; bits order like numbers.
        let smaller = 0.25f64.to_bits();
        assert_eq!(draw_order(smaller, k, || (&b, &a)), Ordering::Less);
        assert_eq!(
            draw_order(k, 3.0f64.to_bits(), || unreachable!()),
            Ordering::Less
        );
    }

    #[test]
    fn key_derivation_golden() {
        // U from SHA-256(seed ‖ id); pinned so the rules cannot drift. The
        // same numbers are worked through in docs/draw.md.
        let seeded = Sha256::new_with_prefix(parse_seed(SEED).unwrap());
        let r = req("a1b2c3", 2, 30, false, &["x"]);
        let (key, digest) = request_key(&seeded, &DrawParams::default(), &r);
        let u = uniform_from_digest(&digest);
        assert_eq!(
            (hex::encode(digest), u.to_bits(), key.to_bits()),
            (
                "16d56b50ee5892c4028566a63c6c9fc854a89f5d31080be7ed6d3cc02b79a7f1".to_string(),
                4_591_091_527_046_813_848, // U = 0.08919401861052945
                4_603_617_687_508_855_898, // key = 0.6042353243950729
            ),
            "u = {u:e}, key = {key:e}"
        );
    }

    #[test]
    fn golden_draw() {
        let requests = vec![
            req("0a", 2, 0, false, &["x", "y"]),
            req("1b", 1, 45, false, &["y"]),
            req("2c", 3, 10, true, &["x"]),
            req("3d", 1, 3, false, &["x", "y"]),
            req("4e", 2, 90, false, &["y", "x"]),
            req("5f", 4, 12, false, &["x"]),
        ];
        let offers = vec![
            offer("x", 0, 8, 4),
            offer("y", 0, 9, 3),
            offer("y", 1, 8, 2),
        ];
        let out = run(&input(requests, offers)).unwrap();
        let got: Vec<String> = out
            .placements
            .iter()
            .map(|p| {
                format!(
                    "{} {} {} {}",
                    p.request,
                    p.port,
                    p.date,
                    p.start.format("%H:%M")
                )
            })
            .collect();
        // Keys: 2c 0.0803, 4e 0.0844, 3d 0.1007, 1b 0.1487, 5f 0.2491, 0a 1.2098.
        // 5f (4 people) finds no slot with room for 4; 0a spills to y, day 2.
        assert_eq!(
            got,
            vec![
                "0a y 2025-06-02 08:00",
                "1b y 2025-06-01 09:00",
                "2c x 2025-06-01 08:00",
                "3d x 2025-06-01 08:00",
                "4e y 2025-06-01 09:00",
            ]
        );
    }

    // ----- properties ------------------------------------------------------

    // "zz" is never offered. With up to 6 preferences, some requests list
    // more than 4 offered ports and take the draw's slow path.
    const PORTS: [&str; 6] = ["a", "b", "c", "d", "e", "zz"];

    fn arb_params() -> impl Strategy<Value = DrawParams> {
        (
            prop::sample::select(vec![0.5, 1.0, 3.0]),
            prop::sample::select(vec![0.01, 0.1, 1.0]),
            1u32..100,
            prop::sample::select(vec![1.0, 2.0, 5.0]),
        )
            .prop_map(|(b, d, c, v)| DrawParams {
                base_weight: b,
                per_day_weight: d,
                max_days_counted: c,
                vulnerability_multiplier: v,
            })
    }

    fn arb_input() -> impl Strategy<Value = DrawInput> {
        let offers = prop::collection::vec((0usize..5, 0u32..3, 6u32..9, 0u32..8), 0..30);
        let requests = prop::collection::vec(
            (
                1u32..5,
                0u32..120,
                any::<bool>(),
                prop::collection::vec(0usize..6, 1..7),
            ),
            0..40,
        );
        (any::<[u8; 32]>(), arb_params(), offers, requests).prop_map(
            |(seed, params, offers, requests)| {
                let mut seen = HashSet::new();
                let offers = offers
                    .into_iter()
                    .filter(|&(p, d, h, _)| seen.insert((p, d, h)))
                    .map(|(p, d, h, c)| offer(PORTS[p], d, h, c))
                    .collect();
                let requests = requests
                    .into_iter()
                    .enumerate()
                    .map(|(i, (size, days, vulnerable, prefs))| DrawRequest {
                        id: format!("{:x}", i * 7919 + 4096),
                        size,
                        days_waited: days,
                        vulnerable,
                        preferences: prefs.iter().map(|&p| PORTS[p].to_string()).collect(),
                        priority: false,
                    })
                    .collect();
                DrawInput {
                    seed: hex::encode(seed),
                    params,
                    requests,
                    offers,
                }
            },
        )
    }

    /// (preference rank, date, start) of a placement: smaller is better.
    fn rank(r: &DrawRequest, p: &Placement) -> (usize, NaiveDate, NaiveTime) {
        let i = r.preferences.iter().position(|x| *x == p.port).unwrap();
        (i, p.date, p.start)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn prop_no_slot_over_capacity_and_groups_whole(input in arb_input()) {
            let out = run(&input).unwrap();
            // Each request at most once, and only known requests.
            let mut ids = HashSet::new();
            for p in &out.placements {
                prop_assert!(ids.insert(p.request.clone()), "{} placed twice", p.request);
                prop_assert!(input.requests.iter().any(|r| r.id == p.request));
            }
            // Each placement takes the whole group from one offered slot.
            for (slot, left) in remaining_after(&input, &out) {
                prop_assert!(left >= 0, "{slot:?} over capacity by {}", -left);
            }
        }

        #[test]
        fn prop_only_accepted_ports(input in arb_input()) {
            let out = run(&input).unwrap();
            for p in &out.placements {
                let r = input.requests.iter().find(|r| r.id == p.request).unwrap();
                prop_assert!(r.preferences.contains(&p.port));
            }
        }

        #[test]
        fn prop_canonical_order(input in arb_input()) {
            let out = run(&input).unwrap();
            prop_assert!(out.placements.windows(2).all(|w| w[0].request < w[1].request));
        }

        #[test]
        fn prop_deterministic(input in arb_input()) {
            let a = run(&input).unwrap();
            let b = run(&input.clone()).unwrap();
            prop_assert_eq!(a, b);
        }

        #[test]
        fn prop_input_order_does_not_matter(input in arb_input(), s1 in any::<u64>(), s2 in any::<u64>()) {
            let a = run(&input).unwrap();
            let mut shuffled = input.clone();
            shuffle(&mut shuffled.requests, s1);
            shuffle(&mut shuffled.offers, s2);
            prop_assert_eq!(a, run(&shuffled).unwrap());
        }

        #[test]
        fn prop_left_out_only_when_no_room(input in arb_input()) {
            let out = run(&input).unwrap();
            let rem = remaining_after(&input, &out);
            for r in &input.requests {
                if out.placement_of(&r.id).is_none() {
                    for ((port, date, start), left) in &rem {
                        if r.preferences.contains(port) {
                            prop_assert!(
                                *left < r.size as i64,
                                "{} (size {}) left out but {port} {date} {start} has {left} places",
                                r.id, r.size
                            );
                        }
                    }
                }
            }
        }

        #[test]
        fn prop_matches_reference_greedy(input in arb_input()) {
            prop_assert_eq!(run(&input).unwrap().placements, reference(&input));
        }

        #[test]
        fn prop_more_weight_never_hurts(input in arb_input(), pick in any::<prop::sample::Index>(), extra in 1u32..100, vuln in any::<bool>()) {
            prop_assume!(!input.requests.is_empty());
            let j = pick.index(input.requests.len());
            let before = run(&input).unwrap();
            let mut better = input.clone();
            better.requests[j].days_waited += extra;
            better.requests[j].vulnerable |= vuln;
            prop_assert!(weight(&better.params, &better.requests[j]) >= weight(&input.params, &input.requests[j]));
            let after = run(&better).unwrap();
            let r = &input.requests[j];
            if let Some(p) = before.placement_of(&r.id) {
                let q = after.placement_of(&r.id);
                prop_assert!(q.is_some(), "{} lost its place with more weight", r.id);
                prop_assert!(rank(r, q.unwrap()) <= rank(r, p), "{} got a worse place", r.id);
            }
        }

        #[test]
        fn prop_published_draws_verify(input in arb_input()) {
            let published = publish(day(0), input).unwrap();
            prop_assert_eq!(verify(&published), Ok(()));
            let json = serde_json::to_string(&published).unwrap();
            let back: PublishedDraw = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(verify(&back), Ok(()));
        }
    }

    // ----- statistics over many seeds --------------------------------------

    /// 40 single people for 10 places: "hi" waited 60 days, "lo" is otherwise
    /// identical but waited 0, "vu" is "lo" plus vulnerable; the others
    /// waited 10 days.
    #[test]
    fn more_weight_wins_more_often_and_nobody_is_certain_to_lose() {
        let mut requests = vec![
            req("hi", 1, 60, false, &["x"]),
            req("lo", 1, 0, false, &["x"]),
            req("vu", 1, 0, true, &["x"]),
        ];
        for k in 0..37 {
            requests.push(req(&format!("o{k:02}"), 1, 10, false, &["x"]));
        }
        let mut i = input(requests, vec![offer("x", 0, 8, 10)]);
        let (mut hi, mut lo, mut vu) = (0, 0, 0);
        const DRAWS: u64 = 2_000;
        for n in 0..DRAWS {
            i.seed = seed_n(n);
            let out = run(&i).unwrap();
            assert_eq!(out.placements.len(), 10);
            hi += out.placement_of("hi").is_some() as u32;
            lo += out.placement_of("lo").is_some() as u32;
            vu += out.placement_of("vu").is_some() as u32;
        }
        // Expected (Poisson approximation): hi ≈ 62 %, vu ≈ 24 %, lo ≈ 13 %.
        assert!(hi >= lo + 600, "hi {hi}, lo {lo}");
        assert!(vu >= lo + 100, "vu {vu}, lo {lo}");
        assert!(
            lo >= 150,
            "a first-day request won only {lo} of {DRAWS} draws"
        );
        assert!(
            hi < DRAWS as u32 - 200,
            "hi won {hi} of {DRAWS}: close to certain"
        );
    }

    /// With equal weights, the draw is a fair lottery: every one of 10
    /// identical requests wins about 3 of 10 places.
    #[test]
    fn equal_weights_equal_odds() {
        let requests = (0..10)
            .map(|k| req(&format!("p{k}"), 1, 5, false, &["x"]))
            .collect();
        let mut i = input(requests, vec![offer("x", 0, 8, 3)]);
        let mut wins = [0u32; 10];
        for n in 0..2_000 {
            i.seed = seed_n(n);
            for p in run(&i).unwrap().placements {
                wins[p.request[1..].parse::<usize>().unwrap()] += 1;
            }
        }
        // Expected 600 each, sd ≈ 20.5.
        for (k, w) in wins.iter().enumerate() {
            assert!((520..=680).contains(w), "p{k} won {w} of 2000");
        }
    }

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
        p.commitment = commitment(&seed_n(999)).unwrap();
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
        p.commitment = commitment(&p.seed).unwrap();
        assert!(verify(&p).is_err());
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

    #[test]
    fn commitment_is_sha256_of_seed_bytes() {
        // SHA-256 of the 32 bytes 00 01 .. 1f.
        assert_eq!(
            commitment(SEED).unwrap(),
            "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd"
        );
        assert_eq!(commitment(&SEED.to_uppercase()), commitment(SEED));
    }

    #[test]
    fn synthetic_input_is_deterministic_and_shaped() {
        let a = synthetic_input(20_000, 9);
        assert_eq!(a, synthetic_input(20_000, 9));
        assert_ne!(a.seed, synthetic_input(20_000, 10).seed);
        assert_eq!(a.offers.len(), 8 * 14 * 29);
        let per_port_day: u32 = a
            .offers
            .iter()
            .filter(|o| o.port == "port-1" && o.date == a.offers[0].date)
            .map(|o| o.capacity)
            .sum();
        assert_eq!(per_port_day, 1_450);
        let mean = a.requests.iter().map(|r| r.size as f64).sum::<f64>() / 20_000.0;
        assert!((2.4..2.65).contains(&mean), "mean size {mean}");
        assert!(a.requests.iter().all(|r| (1..=6).contains(&r.size)
            && (1..=3).contains(&r.preferences.len())
            && r.days_waited <= 60));
        run(&a).unwrap();
    }

    // ----- benchmark -------------------------------------------------------

    fn peak_rss_mib() -> f64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        status
            .lines()
            .find(|l| l.starts_with("VmHWM:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    }

    /// `cargo test --release -- --ignored --nocapture bench_one_million`
    #[test]
    #[ignore]
    fn bench_one_million() {
        use std::time::Instant;
        let t = Instant::now();
        let input = synthetic_input(1_000_000, 1);
        let people: u64 = input.requests.iter().map(|r| r.size as u64).sum();
        let places: u64 = input.offers.iter().map(|o| o.capacity as u64).sum();
        println!(
            "synthetic_input: {:?}, {} requests ({people} people), {places} places; peak RSS {:.0} MiB",
            t.elapsed(),
            input.requests.len(),
            peak_rss_mib()
        );
        let t = Instant::now();
        let out = run(&input).unwrap();
        let run_time = t.elapsed();
        println!(
            "run: {run_time:?}, {} groups placed; peak RSS {:.0} MiB",
            out.placements.len(),
            peak_rss_mib()
        );
        let published = PublishedDraw {
            algorithm: ALGORITHM.to_string(),
            date: day(0),
            commitment: commitment(&input.seed).unwrap(),
            seed: input.seed,
            params: input.params,
            offers: input.offers,
            requests: input.requests,
            results: out.placements,
        };
        let t = Instant::now();
        verify(&published).unwrap();
        println!(
            "verify: {:?}; peak RSS {:.0} MiB",
            t.elapsed(),
            peak_rss_mib()
        );
    }

    #[test]
    fn priority_groups_are_placed_before_everyone_else() {
        for n in 0..200u32 {
            let mut lucky = req("aaaa", 1, 0, false, &["a"]);
            lucky.priority = true;
            let input = DrawInput {
                seed: format!("{:064x}", u64::from(n) * 7_919 + 1),
                params: DrawParams::default(),
                requests: vec![
                    req("bbbb", 1, 180, true, &["a"]),
                    req("cccc", 1, 90, true, &["a"]),
                    lucky,
                ],
                offers: vec![SlotOffer {
                    port: "a".into(),
                    date: NaiveDate::from_ymd_opt(2026, 1, 2).unwrap(),
                    start: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                    capacity: 1,
                }],
            };
            let out = run(&input).unwrap();
            assert_eq!(out.placements.len(), 1);
            assert_eq!(out.placements[0].request, "aaaa", "seed {n}");
        }
    }
}
