//! What the draw's tests share: small builders, a straightforward
//! re-implementation of the rules, and proptest strategies.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, NaiveTime};
use proptest::prelude::*;
use sha2::{Digest, Sha256};

use super::allocation::{lot, request_key};
use super::commitment::parse_seed;
use super::synthetic::SplitMix64;
use super::*;

pub(super) const SEED: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

pub(super) fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 1 + d).unwrap()
}

pub(super) fn at(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

pub(super) fn req(id: &str, size: u32, days: u32, vulnerable: bool, prefs: &[&str]) -> DrawRequest {
    DrawRequest {
        id: id.to_string(),
        size,
        days_waited: days,
        vulnerable,
        preferences: prefs.iter().map(|p| p.to_string()).collect(),
        priority: false,
        registration_rank: None,
    }
}

/// Gives the requests ranks 1, 2, … in their input order.
pub(super) fn ranked(mut requests: Vec<DrawRequest>) -> Vec<DrawRequest> {
    for (i, r) in requests.iter_mut().enumerate() {
        r.registration_rank = Some(i as u32 + 1);
    }
    requests
}

pub(super) fn oldest_share(share: f64) -> Rule {
    Rule::OldestShareThenRandom(OldestShare { share })
}

pub(super) fn offer(port: &str, d: u32, h: u32, capacity: u32) -> SlotOffer {
    SlotOffer {
        port: port.to_string(),
        date: day(d),
        start: at(h, 0),
        capacity,
    }
}

pub(super) fn input(requests: Vec<DrawRequest>, offers: Vec<SlotOffer>) -> DrawInput {
    DrawInput {
        seed: SEED.to_string(),
        rule: Rule::default(),
        requests,
        offers,
    }
}

/// A different valid seed for each n.
pub(super) fn seed_n(n: u64) -> String {
    hex::encode(Sha256::digest(n.to_be_bytes()))
}

pub(super) fn shuffle<T>(v: &mut [T], seed: u64) {
    let mut rng = SplitMix64(seed);
    for i in (1..v.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        v.swap(i, j);
    }
}

/// Straightforward re-implementation of the rules: linear scans, no
/// segment tree, no early stop, no packed plans.
pub(super) fn reference(input: &DrawInput) -> Vec<Placement> {
    let seeded = Sha256::new_with_prefix(parse_seed(&input.seed).unwrap());
    let by_lot = |key: &dyn Fn(&DrawRequest) -> f64| {
        let mut order: Vec<(f64, &DrawRequest)> =
            input.requests.iter().map(|r| (key(r), r)).collect();
        order.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.id.cmp(&b.1.id)));
        order.into_iter().map(|(_, r)| r).collect::<Vec<_>>()
    };
    let mut remaining: Vec<u32> = input.offers.iter().map(|o| o.capacity).collect();
    let mut out = Vec::new();
    // Places r whole in the first slot with room, preferences in order.
    let mut place = |r: &DrawRequest, remaining: &mut Vec<u32>| -> bool {
        for pref in &r.preferences {
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
                    return true;
                }
            }
        }
        false
    };
    match input.rule {
        Rule::Weighted(params) => {
            for r in by_lot(&|r| request_key(&seeded, &params, r).0) {
                place(r, &mut remaining);
            }
        }
        Rule::OldestShareThenRandom(p) => {
            let order = by_lot(&|r| lot(&seeded, r).0);
            let mut done = HashSet::new();
            for r in order.iter().filter(|r| r.priority) {
                done.insert(r.id.clone());
                place(r, &mut remaining);
            }
            let left: u64 = remaining.iter().map(|&c| c as u64).sum();
            let mut budget = share_places(p.share, left);
            let mut by_rank: Vec<&DrawRequest> = input.requests.iter().collect();
            by_rank.sort_by_key(|r| r.registration_rank.unwrap());
            for r in by_rank {
                if !done.contains(&r.id) && r.size as u64 <= budget && place(r, &mut remaining) {
                    budget -= r.size as u64;
                    done.insert(r.id.clone());
                }
            }
            for r in order {
                if !done.contains(&r.id) {
                    place(r, &mut remaining);
                }
            }
        }
    }
    out.sort_by(|a, b| a.request.cmp(&b.request));
    out
}

/// Remaining capacity per (port, date, start) after the outcome; panics if
/// a placement names a slot that was not offered.
pub(super) fn remaining_after(
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
pub(super) fn contended() -> DrawInput {
    let mut input = synthetic_input(3_000, 7);
    let first = input.offers[0].date;
    input
        .offers
        .retain(|o| o.date == first && o.start < at(11, 0));
    input
}

// "zz" is never offered. With up to 6 preferences, some requests list
// more than 4 offered ports and take the draw's slow path.
pub(super) const PORTS: [&str; 6] = ["a", "b", "c", "d", "e", "zz"];

pub(super) fn arb_params() -> impl Strategy<Value = DrawParams> {
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

/// Either rule, with its parameters.
pub(super) fn arb_rule() -> impl Strategy<Value = Rule> {
    prop_oneof![
        arb_params().prop_map(Rule::Weighted),
        prop::sample::select(vec![0.0, 0.25, 0.5, 0.7, 1.0]).prop_map(oldest_share),
    ]
}

/// Inputs under either rule, with registration ranks in a random order.
pub(super) fn arb_input_any_rule() -> impl Strategy<Value = DrawInput> {
    (arb_input(), arb_rule(), any::<u64>()).prop_map(|(mut input, rule, s)| {
        input.rule = rule;
        let mut ranks: Vec<u32> = (1..=input.requests.len() as u32).collect();
        shuffle(&mut ranks, s);
        for (r, rank) in input.requests.iter_mut().zip(ranks) {
            r.registration_rank = Some(rank);
            // Now and then a group with priority (after a capacity cut).
            r.priority = s % 3 == 0 && rank % 5 == 0;
        }
        input
    })
}

pub(super) fn arb_input() -> impl Strategy<Value = DrawInput> {
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
                    registration_rank: None,
                })
                .collect();
            DrawInput {
                seed: hex::encode(seed),
                rule: Rule::Weighted(params),
                requests,
                offers,
            }
        },
    )
}
