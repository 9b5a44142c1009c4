//! The allocation engine: each request's lot (from the committed seed) and,
//! under `weighted`, its weight and key; the passes of each rule; and the one
//! board every rule places groups on, whole, in the first slot with room.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use sha2::{Digest, Sha256};

use super::det_ln;
use super::rule::{share_places, Rule};
use super::{DrawError, DrawParams, DrawRequest, SlotOffer};

/// Lower and upper bounds for the real-valued parameters (inclusive).
const PARAM_MIN: f64 = 1e-6;
const PARAM_MAX: f64 = 1e6;
/// Real-valued parameters must be written with at most this many significant
/// digits, so that any correct JSON parser reads back exactly the same `f64`.
const PARAM_MAX_DIGITS: usize = 15;

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

/// At most `PARAM_MAX_DIGITS` significant digits in the shortest decimal
/// that reads back as `x`.
pub(super) fn short_decimal(x: f64) -> bool {
    let s = format!("{x:e}");
    let mantissa = s.split('e').next().unwrap_or("");
    mantissa.bytes().filter(u8::is_ascii_digit).count() <= PARAM_MAX_DIGITS
}

pub(super) fn validate_params(p: &DrawParams) -> Result<(), DrawError> {
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
pub(super) fn uniform_from_digest(digest: &[u8]) -> f64 {
    let x = u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
    let m = x >> 12;
    ((2 * m + 1) as f64) * (1.0 / 9_007_199_254_740_992.0)
}

/// The lot of a request: `−ln(U)`, with `U` from `SHA-256(seed ‖ id)`, and
/// the digest. `seeded` is a SHA-256 state that has absorbed the 32 seed
/// bytes. Every rule draws its randomness from here and nowhere else.
pub(super) fn lot(seeded: &Sha256, r: &DrawRequest) -> (f64, [u8; 32]) {
    let digest: [u8; 32] = seeded
        .clone()
        .chain_update(r.id.as_bytes())
        .finalize()
        .into();
    (-det_ln(uniform_from_digest(&digest)), digest)
}

/// The sort key of a request under `weighted`: `−ln(U) / weight`.
pub(super) fn request_key(
    seeded: &Sha256,
    params: &DrawParams,
    r: &DrawRequest,
) -> (f64, [u8; 32]) {
    let (minus_ln_u, digest) = lot(seeded, r);
    let key = minus_ln_u / weight(params, r);
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

/// Which pass of its rule placed a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pass {
    /// `weighted`: the one pass, in ascending weighted key.
    Weighted,
    /// `oldest-share-then-random`: groups with priority, by lot, first.
    Priority,
    /// `oldest-share-then-random`: the oldest registrations, within the share.
    OldestShare,
    /// `oldest-share-then-random`: everyone else, by lot with equal odds.
    Random,
}

/// A group placed: request index, offer index, and the pass that placed it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Placed {
    pub request: u32,
    pub offer: u32,
    /// Read by the tests (which pass placed whom); not published.
    #[cfg_attr(not(test), allow(dead_code))]
    pub pass: Pass,
}

/// The slots on offer and what is left in them: every rule places groups on
/// it the same way (whole, at the first port in the group's preference order
/// with a slot with room, the earliest such slot).
struct Board<'a> {
    port_index: FnvMap<&'a str, u32>,
    ports: Vec<PortSlots>,
    /// The smallest group among the requests.
    min_size: u32,
    /// Ports with a slot that can still take the smallest group.
    alive: usize,
    /// Places left, all slots together.
    room: u64,
    placed: Vec<Placed>,
}

impl<'a> Board<'a> {
    /// Ports as small integers, slots in (date, start) order; refuses an
    /// empty port id and a slot offered twice.
    fn new(offers: &'a [SlotOffer]) -> Result<Self, DrawError> {
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
        let ports: Vec<PortSlots> = port_offers
            .into_iter()
            .map(|list| PortSlots::new(list, |o| offers[o as usize].capacity))
            .collect();
        Ok(Board {
            port_index,
            ports,
            min_size: u32::MAX,
            alive: 0,
            room: offers.iter().map(|o| u64::from(o.capacity)).sum(),
            placed: Vec::new(),
        })
    }

    fn start(&mut self, min_size: u32) {
        self.min_size = min_size;
        self.alive = self
            .ports
            .iter()
            .filter(|p| p.most_room() >= min_size)
            .count();
    }

    /// No slot anywhere can take even the smallest group.
    #[inline]
    fn full(&self) -> bool {
        self.alive == 0
    }

    /// Tries to place a group of `size` at port `p`.
    #[inline]
    fn place_at(&mut self, p: usize, size: u32, request: u32, pass: Pass) -> bool {
        let port = &mut self.ports[p];
        match port.first_fit(size) {
            Some(pos) => {
                port.take(pos, size);
                if port.most_room() < self.min_size {
                    self.alive -= 1;
                }
                self.room -= u64::from(size);
                self.placed.push(Placed {
                    request,
                    offer: port.offers[pos],
                    pass,
                });
                true
            }
            None => false,
        }
    }

    /// Places the group of `e` whole in the first slot with room at its
    /// ports, in its order of preference. False if it fits nowhere.
    #[inline]
    fn place(&mut self, e: &Entry, requests: &[DrawRequest], pass: Pass) -> bool {
        let size = (e.plan & PLAN_SIZE_MASK) as u32;
        if size != 0 {
            // Fast path: everything needed is in the entry.
            let mut codes = e.plan >> PLAN_SIZE_BITS;
            while codes != 0 {
                let p = (codes & PLAN_PORT_MASK) as usize - 1;
                codes >>= PLAN_PORT_BITS;
                if self.place_at(p, size, e.index, pass) {
                    return true;
                }
            }
            false
        } else {
            let r = &requests[e.index as usize];
            for pref in &r.preferences {
                if let Some(&p) = self.port_index.get(pref.as_str()) {
                    if self.place_at(p as usize, r.size, e.index, pass) {
                        return true;
                    }
                }
            }
            false
        }
    }
}

/// Checks the requests and computes, in one sequential pass, each one's
/// entry (its sort key under `key`, its plan, its index, in input order) and
/// the smallest group size; refuses an empty id, a size of 0, no preferences
/// and a repeated id (the smallest one).
fn entries(
    seed: &[u8; 32],
    requests: &[DrawRequest],
    port_index: &FnvMap<&str, u32>,
    key: impl Fn(&Sha256, &DrawRequest) -> (f64, [u8; 32]),
) -> Result<(Vec<Entry>, u32), DrawError> {
    // `ids` holds (digest bits, index) to find duplicate ids: equal ids,
    // equal digests.
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
        let (k, digest) = key(&seeded, r);
        order.push(Entry {
            key: k.to_bits(),
            plan: plan(r, port_index),
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
    Ok((order, min_size))
}

/// The requests' indices by registration rank (position `k` holds the
/// request of rank `k + 1`), if ranks are given. Ranks are all given or all
/// absent, and then run from 1 to the number of requests, each once; `needed`
/// refuses them absent. Reported: the first request (in input order) without
/// a rank or with one out of range, else the smallest rank given twice.
fn ranks(requests: &[DrawRequest], needed: bool) -> Result<Option<Vec<u32>>, DrawError> {
    let given = requests
        .first()
        .is_some_and(|r| r.registration_rank.is_some());
    if !given {
        if let Some(r) = requests
            .iter()
            .find(|r| needed || r.registration_rank.is_some())
        {
            let r = if needed { r } else { &requests[0] };
            return Err(DrawError::MissingRank { id: r.id.clone() });
        }
        return Ok(None);
    }
    let n = requests.len();
    let mut by_rank = vec![u32::MAX; n];
    let mut twice: Option<u32> = None;
    for (i, r) in requests.iter().enumerate() {
        let Some(rank) = r.registration_rank else {
            return Err(DrawError::MissingRank { id: r.id.clone() });
        };
        if rank == 0 || rank as usize > n {
            return Err(DrawError::InvalidRank {
                id: r.id.clone(),
                rank,
            });
        }
        let slot = &mut by_rank[rank as usize - 1];
        if *slot != u32::MAX {
            twice = Some(twice.map_or(rank, |t| t.min(rank)));
        }
        *slot = i as u32;
    }
    if let Some(rank) = twice {
        return Err(DrawError::DuplicateRank { rank });
    }
    Ok(Some(by_rank))
}

/// The ascending key order, ties by id in byte order.
fn sort_by_key(order: &mut [Entry], requests: &[DrawRequest]) {
    order.sort_unstable_by(|a, b| {
        draw_order(a.key, b.key, || {
            (
                &requests[a.index as usize].id,
                &requests[b.index as usize].id,
            )
        })
    });
}

/// The draw itself, under `rule`: checks everything, then runs the rule's
/// passes on one board. Returns the placements sorted by request id.
pub(super) fn draw_core(
    seed: &[u8; 32],
    rule: &Rule,
    requests: &[DrawRequest],
    offers: &[SlotOffer],
) -> Result<Vec<Placed>, DrawError> {
    rule.validate()?;
    if requests.len() > u32::MAX as usize || offers.len() > u32::MAX as usize {
        return Err(DrawError::TooLarge);
    }
    let mut board = Board::new(offers)?;
    match rule {
        // The lot −ln U / weight, priority mapped below every other key.
        Rule::Weighted(params) => {
            let (mut order, min_size) = entries(seed, requests, &board.port_index, |s, r| {
                request_key(s, params, r)
            })?;
            ranks(requests, false)?;
            sort_by_key(&mut order, requests);
            board.start(min_size);
            for e in &order {
                if board.full() {
                    break;
                }
                board.place(e, requests, Pass::Weighted);
            }
        }
        Rule::OldestShareThenRandom(p) => {
            let (mut order, min_size) = entries(seed, requests, &board.port_index, lot)?;
            let by_rank = ranks(requests, true)?.unwrap_or_default();
            board.start(min_size);
            let mut done = vec![false; requests.len()];
            // 0. Groups with priority, by lot among themselves.
            let mut first: Vec<Entry> = order
                .iter()
                .filter(|e| requests[e.index as usize].priority)
                .copied()
                .collect();
            sort_by_key(&mut first, requests);
            for e in &first {
                done[e.index as usize] = true;
                if !board.full() {
                    board.place(e, requests, Pass::Priority);
                }
            }
            // 1. The oldest registrations, up to the share of what is left.
            let mut budget = share_places(p.share, board.room);
            for &i in &by_rank {
                if board.full() || budget < u64::from(board.min_size) {
                    break;
                }
                let size = u64::from(requests[i as usize].size);
                if done[i as usize] || size > budget {
                    continue;
                }
                if board.place(&order[i as usize], requests, Pass::OldestShare) {
                    budget -= size;
                    done[i as usize] = true;
                }
            }
            // 2. Everyone else, by lot: the order of −ln U, equal odds per group.
            sort_by_key(&mut order, requests);
            for e in &order {
                if board.full() {
                    break;
                }
                if !done[e.index as usize] {
                    board.place(e, requests, Pass::Random);
                }
            }
        }
    }
    let mut placed = board.placed;
    placed.sort_unstable_by(|a, b| {
        requests[a.request as usize]
            .id
            .cmp(&requests[b.request as usize].id)
    });
    Ok(placed)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::*;
    use super::*;
    use chrono::{NaiveDate, NaiveTime};
    use proptest::prelude::*;
    use std::collections::HashSet;

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
            i.rule = Rule::Weighted(p);
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
            for v in RecordVersion::ALL {
                assert_eq!(v.commitment(day(0), seed), Err(DrawError::InvalidSeed));
            }
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
            let Rule::Weighted(params) = input.rule else { unreachable!() };
            prop_assert!(weight(&params, &better.requests[j]) >= weight(&params, &input.requests[j]));
            let after = run(&better).unwrap();
            let r = &input.requests[j];
            if let Some(p) = before.placement_of(&r.id) {
                let q = after.placement_of(&r.id);
                prop_assert!(q.is_some(), "{} lost its place with more weight", r.id);
                prop_assert!(rank(r, q.unwrap()) <= rank(r, p), "{} got a worse place", r.id);
            }
        }

    }

    // ----- oldest-share-then-random ------------------------------------------

    /// Who was placed by which pass, by request id.
    fn passes(input: &DrawInput) -> HashMap<String, Pass> {
        draw_core(
            &parse_seed(&input.seed).unwrap(),
            &input.rule,
            &input.requests,
            &input.offers,
        )
        .unwrap()
        .into_iter()
        .map(|p| (input.requests[p.request as usize].id.clone(), p.pass))
        .collect()
    }

    fn size_of(input: &DrawInput, id: &str) -> u32 {
        input.requests.iter().find(|r| r.id == id).unwrap().size
    }

    #[test]
    fn oldest_share_takes_the_oldest_that_fit_then_draws_the_rest() {
        // 8 places, share 0.5: 4 people go to the oldest registrations.
        // "old" (3) fits; "older2" (2) would pass the share and is skipped;
        // "third" (1) fits the last place of the share; the rest by lot.
        let requests = ranked(vec![
            req("old", 3, 0, false, &["x"]),
            req("older2", 2, 0, false, &["x", "y"]),
            req("third", 1, 0, false, &["y"]),
            req("young", 1, 0, false, &["y"]),
        ]);
        let mut i = input(requests, vec![offer("x", 0, 8, 4), offer("y", 0, 8, 4)]);
        i.rule = oldest_share(0.5);
        let by = passes(&i);
        assert_eq!(by["old"], Pass::OldestShare);
        assert_eq!(by["third"], Pass::OldestShare);
        assert_eq!(by["older2"], Pass::Random, "room is left for it, by lot");
        assert_eq!(by["young"], Pass::Random);
        let out = run(&i).unwrap();
        assert_eq!(out.placements, reference(&i));
        assert_eq!(out.placement_of("old").unwrap().port, "x");
        assert_eq!(
            out.placement_of("older2").unwrap().port,
            "y",
            "x has 1 place left"
        );

        // Share 1: everything by age; share 0: everything by lot.
        i.rule = oldest_share(1.0);
        let by = passes(&i);
        assert!(by.values().all(|&p| p == Pass::OldestShare), "{by:?}");
        i.rule = oldest_share(0.0);
        assert!(passes(&i).values().all(|&p| p == Pass::Random));
    }

    #[test]
    fn oldest_share_ignores_waiting_time_vulnerability_and_group_size_in_the_lot() {
        // Ten identical singles, 3 places, no share: each wins about 3 in 10;
        // a longer wait or the vulnerability answer changes nothing.
        let mut requests: Vec<DrawRequest> = (0..10)
            .map(|k| req(&format!("p{k}"), 1, 5, false, &["x"]))
            .collect();
        requests[0].days_waited = 180;
        requests[1].vulnerable = true;
        let mut i = input(ranked(requests), vec![offer("x", 0, 8, 3)]);
        i.rule = oldest_share(0.0);
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

    #[test]
    fn oldest_share_places_priority_groups_first_and_shares_what_is_left() {
        let mut requests = ranked(vec![
            req("a-old", 2, 0, false, &["x"]),
            req("b", 2, 0, false, &["x"]),
            req("c-cut", 4, 0, false, &["x"]),
        ]);
        requests[2].priority = true;
        let mut i = input(requests, vec![offer("x", 0, 8, 8)]);
        i.rule = oldest_share(0.5);
        let by = passes(&i);
        assert_eq!(by["c-cut"], Pass::Priority);
        // 4 places left after it, share 2: the oldest takes them.
        assert_eq!(by["a-old"], Pass::OldestShare);
        assert_eq!(by["b"], Pass::Random);
    }

    #[test]
    fn oldest_share_needs_every_rank_once() {
        let two = || {
            let mut i = input(
                ranked(vec![
                    req("a", 1, 0, false, &["x"]),
                    req("b", 1, 0, false, &["x"]),
                ]),
                vec![offer("x", 0, 8, 2)],
            );
            i.rule = oldest_share(0.5);
            i
        };
        assert!(run(&two()).is_ok());
        let mut i = two();
        i.requests[1].registration_rank = None;
        assert_eq!(run(&i), Err(DrawError::MissingRank { id: "b".into() }));
        let mut i = two();
        i.requests
            .iter_mut()
            .for_each(|r| r.registration_rank = None);
        assert_eq!(run(&i), Err(DrawError::MissingRank { id: "a".into() }));
        // Weighted does without ranks, but not with some missing.
        i.rule = Rule::default();
        assert!(run(&i).is_ok());
        i.requests[1].registration_rank = Some(1);
        assert_eq!(run(&i), Err(DrawError::MissingRank { id: "a".into() }));
        for rule in [oldest_share(0.5), Rule::default()] {
            let mut i = two();
            i.rule = rule;
            i.requests[1].registration_rank = Some(1);
            assert_eq!(run(&i), Err(DrawError::DuplicateRank { rank: 1 }));
            i.requests[1].registration_rank = Some(3);
            assert_eq!(
                run(&i),
                Err(DrawError::InvalidRank {
                    id: "b".into(),
                    rank: 3
                })
            );
            i.requests[1].registration_rank = Some(0);
            assert!(matches!(run(&i), Err(DrawError::InvalidRank { .. })));
        }
        let mut i = two();
        i.rule = oldest_share(1.5);
        assert!(matches!(
            run(&i),
            Err(DrawError::InvalidParams { name: "share", .. })
        ));
    }

    #[test]
    fn oldest_share_golden_synthetic() {
        // Pinned so the rule cannot drift: a contended synthetic draw.
        let mut i = synthetic_input(3_000, 7);
        let first = i.offers[0].date;
        i.offers.retain(|o| o.date == first && o.start < at(11, 0));
        i.rule = oldest_share(0.5);
        let by = passes(&i);
        let places: u64 = i.offers.iter().map(|o| o.capacity as u64).sum();
        let share: u64 = by
            .iter()
            .filter(|(_, &p)| p == Pass::OldestShare)
            .map(|(id, _)| size_of(&i, id) as u64)
            .sum();
        assert_eq!(places, 4_000);
        assert!(share <= 2_000 && share > 1_990, "{share}");
        let out = run(&i).unwrap();
        assert_eq!(out.placements, reference(&i));
        let digest = hex::encode(Sha256::digest(serde_json::to_vec(&out.placements).unwrap()));
        assert_eq!(out.placements.len(), GOLDEN_OLDEST_SHARE.0);
        assert_eq!(digest, GOLDEN_OLDEST_SHARE.1);
    }

    const GOLDEN_OLDEST_SHARE: (usize, &str) = (
        1500,
        "e93f13ad3432676b046215e2b3e064b71ac25f83e94d8a63d8fb2475c415904d",
    );

    /// For each request, in rank order: did it fit at its turn in the
    /// oldest-share pass (budget and room as they were then)? Replays the
    /// placements of the priority and share passes.
    fn fits_at_its_turn(
        input: &DrawInput,
        by: &HashMap<String, Pass>,
        share: f64,
    ) -> Vec<(u32, bool, bool)> {
        let out = run(input).unwrap();
        let mut room: HashMap<(String, NaiveDate, NaiveTime), i64> = input
            .offers
            .iter()
            .map(|o| ((o.port.clone(), o.date, o.start), o.capacity as i64))
            .collect();
        let take = |room: &mut HashMap<_, i64>, id: &str| {
            let p = out.placement_of(id).unwrap();
            *room.get_mut(&(p.port.clone(), p.date, p.start)).unwrap() -= size_of(input, id) as i64;
        };
        for (id, _) in by.iter().filter(|(_, &p)| p == Pass::Priority) {
            take(&mut room, id);
        }
        let left: i64 = room.values().sum();
        let mut budget = share_places(share, left as u64) as i64;
        let mut by_rank: Vec<&DrawRequest> = input.requests.iter().collect();
        by_rank.sort_by_key(|r| r.registration_rank);
        let mut seen = Vec::new();
        for r in by_rank {
            if r.priority {
                continue;
            }
            let fits = r.size as i64 <= budget
                && room.iter().any(|((port, _, _), &left)| {
                    r.preferences.contains(port) && left >= r.size as i64
                });
            let in_share = by.get(&r.id) == Some(&Pass::OldestShare);
            if in_share {
                take(&mut room, &r.id);
                budget -= r.size as i64;
            }
            seen.push((r.registration_rank.unwrap(), fits, in_share));
        }
        seen
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn prop_every_rule_keeps_capacity_and_groups_whole(input in arb_input_any_rule()) {
            let out = run(&input).unwrap();
            let mut ids = HashSet::new();
            for p in &out.placements {
                prop_assert!(ids.insert(p.request.clone()), "{} placed twice", p.request);
                let r = input.requests.iter().find(|r| r.id == p.request).unwrap();
                prop_assert!(r.preferences.contains(&p.port));
            }
            // Each placement takes the whole group from one offered slot.
            for (slot, left) in remaining_after(&input, &out) {
                prop_assert!(left >= 0, "{slot:?} over capacity by {}", -left);
            }
            prop_assert!(out.placements.windows(2).all(|w| w[0].request < w[1].request));
        }

        #[test]
        fn prop_every_rule_is_deterministic_and_order_independent(input in arb_input_any_rule(), s1 in any::<u64>(), s2 in any::<u64>()) {
            let a = run(&input).unwrap();
            prop_assert_eq!(&a, &run(&input.clone()).unwrap());
            let mut shuffled = input.clone();
            shuffle(&mut shuffled.requests, s1);
            shuffle(&mut shuffled.offers, s2);
            prop_assert_eq!(a, run(&shuffled).unwrap());
        }

        #[test]
        fn prop_every_rule_matches_its_reference(input in arb_input_any_rule()) {
            prop_assert_eq!(run(&input).unwrap().placements, reference(&input));
        }

        #[test]
        fn prop_every_rule_leaves_out_only_when_no_room(input in arb_input_any_rule()) {
            let out = run(&input).unwrap();
            let rem = remaining_after(&input, &out);
            for r in &input.requests {
                if out.placement_of(&r.id).is_none() {
                    for ((port, _, _), left) in &rem {
                        prop_assert!(!r.preferences.contains(port) || *left < r.size as i64);
                    }
                }
            }
        }

        #[test]
        fn prop_oldest_share_never_exceeds_the_share(input in arb_input_any_rule()) {
            let Rule::OldestShareThenRandom(p) = input.rule else { return Ok(()) };
            let by = passes(&input);
            let out = run(&input).unwrap();
            let total: u64 = input.offers.iter().map(|o| o.capacity as u64).sum();
            let priority: u64 = by.iter().filter(|(_, &p)| p == Pass::Priority).map(|(id, _)| size_of(&input, id) as u64).sum();
            let share: u64 = by.iter().filter(|(_, &p)| p == Pass::OldestShare).map(|(id, _)| size_of(&input, id) as u64).sum();
            prop_assert!(share <= share_places(p.share, total - priority), "{share} people in the share of {}", total - priority);
            prop_assert_eq!(by.len(), out.placements.len());
            for (id, pass) in &by {
                let r = input.requests.iter().find(|r| &r.id == id).unwrap();
                prop_assert_eq!(*pass == Pass::Priority, r.priority);
            }
        }

        #[test]
        fn prop_oldest_share_no_younger_ahead_of_an_older_that_fits(input in arb_input_any_rule()) {
            let Rule::OldestShareThenRandom(p) = input.rule else { return Ok(()) };
            let by = passes(&input);
            let turns = fits_at_its_turn(&input, &by, p.share);
            // At its turn, a group is in the share exactly when it fits then:
            // so no younger registration is placed ahead of an older that fits.
            for &(rank, fits, in_share) in &turns {
                prop_assert_eq!(fits, in_share, "rank {}", rank);
            }
            let youngest_in = turns.iter().filter(|t| t.2).map(|t| t.0).max();
            for &(rank, fits, in_share) in &turns {
                if let Some(y) = youngest_in {
                    prop_assert!(in_share || !fits || rank > y);
                }
            }
        }

        #[test]
        fn prop_oldest_share_ignores_waiting_and_vulnerability(input in arb_input_any_rule(), extra in 1u32..100) {
            prop_assume!(matches!(input.rule, Rule::OldestShareThenRandom(_)));
            let mut other = input.clone();
            for r in &mut other.requests {
                r.days_waited += extra;
                r.vulnerable = !r.vulnerable;
            }
            prop_assert_eq!(run(&input).unwrap(), run(&other).unwrap());
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

    #[test]
    fn priority_groups_are_placed_before_everyone_else() {
        for n in 0..200u32 {
            let mut lucky = req("aaaa", 1, 0, false, &["a"]);
            lucky.priority = true;
            let input = DrawInput {
                seed: format!("{:064x}", u64::from(n) * 7_919 + 1),
                rule: Rule::default(),
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
