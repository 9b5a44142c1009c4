//! The test vectors published in `docs/draw-vectors.json` for independent
//! verifiers, checked against the reference implementation.
//!
//! For every request of every vector the file gives, at full precision, the
//! intermediate values of the draw (digest, `m`, `U`, the steps of the
//! logarithm, the weight, the key). This test recomputes them step by step as
//! `docs/draw.md` describes them, using the crate's public [`draw::weight`] and
//! [`draw::det_ln`] for the weight and the logarithm, and compares bit for bit
//! (every number is given both as the shortest decimal Rust prints with `{:?}`
//! and as the hexadecimal bit pattern of the IEEE-754 double).
//!
//! The per-request key function of the draw is not public, so the test also
//! checks that the code takes the requests in exactly the order given by
//! these keys (by running the draw with 0, 1, 2, … places), that `verify`
//! accepts each published draw and that `publish` gives the same results.
//!
//! Vectors exist for both record versions: `garita-draw-v1` (commitment =
//! SHA-256 of the seed) and `garita-draw-v2`, whose commitment binds the day;
//! a v2 vector also gives the commitment's preimage, rebuilt here from
//! `docs/draw.md`'s description.

use std::collections::BTreeSet;
use std::path::PathBuf;

use garita_domain::draw::{
    self, DrawInput, DrawParams, DrawRequest, PublishedDraw, RecordVersion, Rule, SlotOffer,
    VerifyError,
};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

fn vectors_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/draw-vectors.json")
}

fn bits(x: f64) -> String {
    format!("0x{:016X}", x.to_bits())
}

fn dec(x: f64) -> String {
    format!("{x:?}")
}

/// Puts `x` in `o` as `"name"` (shortest decimal) and `"name_bits"` (hex).
fn put(o: &mut Map<String, Value>, name: &str, x: f64) {
    o.insert(name.to_string(), Value::String(dec(x)));
    o.insert(format!("{name}_bits"), Value::String(bits(x)));
}

/// The bytes a `garita-draw-v2` commitment hashes, as `docs/draw.md`
/// describes them: each field as a 4-byte big-endian length, then its bytes.
fn doc_preimage_v2(draw: &PublishedDraw) -> Vec<u8> {
    let seed = hex::decode(&draw.seed).unwrap();
    let date = draw.date.format("%Y-%m-%d").to_string();
    let policy_digest: &[u8] = &[];
    let mut out = Vec::new();
    for field in [
        draw.algorithm.as_bytes(),
        date.as_bytes(),
        policy_digest,
        &seed,
    ] {
        out.extend_from_slice(&u32::try_from(field.len()).unwrap().to_be_bytes());
        out.extend_from_slice(field);
    }
    out
}

/// The commitment rule of each version, as documented, against the code's.
fn check_commitment(name: &str, v: &Value, draw: &PublishedDraw) -> RecordVersion {
    let version = RecordVersion::parse(&draw.algorithm)
        .unwrap_or_else(|| panic!("{name}: unknown algorithm {:?}", draw.algorithm));
    assert_eq!(
        version.commitment(draw.date, &draw.seed).unwrap(),
        draw.commitment,
        "{name}: the code's commitment"
    );
    let preimage = match version {
        RecordVersion::V1 => hex::decode(&draw.seed).unwrap(),
        RecordVersion::V2 | RecordVersion::V3 => {
            let preimage = doc_preimage_v2(draw);
            assert_eq!(
                v["commitment_preimage"].as_str(),
                Some(hex::encode(&preimage).as_str()),
                "{name}: commitment_preimage"
            );
            preimage
        }
    };
    assert_eq!(
        hex::encode(Sha256::digest(&preimage)),
        draw.commitment,
        "{name}: the documented commitment"
    );
    version
}

/// The natural logarithm exactly as `docs/draw.md` (section "Determinism")
/// describes it, for `x` in (0, 1] normal (all the draw's `U` are). Returns
/// the intermediate values too. Checked bit for bit against `draw::det_ln`.
fn doc_ln(x: f64, steps: &mut Map<String, Value>) -> f64 {
    assert!(x > 0.0 && x.is_finite() && x >= f64::MIN_POSITIVE);
    let b = x.to_bits();
    let mut k = ((b >> 52) & 0x7FF) as i32 - 1023;
    let mut f = f64::from_bits((b & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000);
    let sqrt2 = f64::from_bits(0x3FF6_A09E_667F_3BCD);
    if f > sqrt2 {
        f *= 0.5;
        k += 1;
    }
    let s = (f - 1.0) / (f + 1.0);
    let z = s * s;
    let c = |n: u32| 1.0 / (2 * n + 1) as f64;
    let mut q = c(10);
    for n in (1..=9).rev() {
        q = q * z + c(n);
    }
    let two_s = 2.0 * s;
    let ln_f = two_s + two_s * (z * q);
    let kf = k as f64;
    let ln2_hi = f64::from_bits(0x3FE6_2E42_FEE0_0000);
    let ln2_lo = f64::from_bits(0x3DEA_39EF_3579_3C76);
    let ln_x = kf * ln2_hi + (ln_f + kf * ln2_lo);
    steps.insert("k".into(), json!(k));
    put(steps, "f", f);
    put(steps, "s", s);
    put(steps, "z", z);
    put(steps, "q", q);
    put(steps, "ln_f", ln_f);
    put(steps, "ln_u", ln_x);
    ln_x
}

/// Every documented intermediate value of one request, and its key.
fn compute(seed: &[u8; 32], params: &DrawParams, r: &DrawRequest) -> (f64, Value) {
    let mut o = Map::new();
    o.insert("id".into(), json!(r.id));
    // Rule 2: U from SHA-256(seed bytes ‖ UTF-8 bytes of the id).
    let digest: [u8; 32] = Sha256::new()
        .chain_update(seed)
        .chain_update(r.id.as_bytes())
        .finalize()
        .into();
    o.insert("digest".into(), json!(hex::encode(digest)));
    let x = u64::from_be_bytes(digest[..8].try_into().unwrap());
    o.insert("x".into(), json!(format!("0x{x:016X}")));
    let m = x >> 12;
    o.insert("m".into(), json!(m.to_string()));
    let two_m_plus_1 = 2 * m + 1;
    o.insert("two_m_plus_1".into(), json!(two_m_plus_1.to_string()));
    // 2m + 1 < 2^53 and 2^-53 are exact doubles, so is their product.
    let u = two_m_plus_1 as f64 * (1.0 / 9_007_199_254_740_992.0);
    assert_eq!(u, two_m_plus_1 as f64 / 9_007_199_254_740_992.0);
    put(&mut o, "u", u);
    // Rule 3: the logarithm, step by step as documented, = draw::det_ln.
    let mut steps = Map::new();
    let ln_u = doc_ln(u, &mut steps);
    assert_eq!(
        ln_u.to_bits(),
        draw::det_ln(u).to_bits(),
        "docs/draw.md's logarithm differs from det_ln for U = {u:?} ({})",
        r.id
    );
    o.insert("ln".into(), Value::Object(steps));
    let minus_ln_u = -ln_u;
    put(&mut o, "minus_ln_u", minus_ln_u);
    // Rule 1: the weight, as documented, = draw::weight.
    let days = r.days_waited.min(params.max_days_counted) as f64;
    let w0 = params.base_weight + params.per_day_weight * days;
    let w = if r.vulnerable {
        w0 * params.vulnerability_multiplier
    } else {
        w0
    };
    assert_eq!(
        w.to_bits(),
        draw::weight(params, r).to_bits(),
        "docs/draw.md's weight differs from draw::weight for {}",
        r.id
    );
    put(&mut o, "weight", w);
    // Rule 3: the ordinary key, then the priority mapping.
    let k = minus_ln_u / w;
    put(&mut o, "ordinary_key", k);
    o.insert("priority".into(), json!(r.priority));
    let key = if r.priority {
        (k / (1.0 + k)) * 1e-200
    } else {
        k
    };
    put(&mut o, "key", key);
    (key, Value::Object(o))
}

/// The weighting of a vector's draw (every vector is `weighted`).
fn params(draw: &PublishedDraw) -> DrawParams {
    match draw.rule {
        Rule::Weighted(p) => p,
        other => panic!("a vector under {:?}", other.id()),
    }
}

/// The expected part of a vector, computed from its `draw`.
fn expected(draw: &PublishedDraw) -> (Vec<Value>, Vec<String>) {
    let mut seed = [0u8; 32];
    hex::decode_to_slice(&draw.seed, &mut seed).unwrap();
    let mut keyed = Vec::new();
    let mut values = Vec::new();
    for r in &draw.requests {
        let (key, v) = compute(&seed, &params(draw), r);
        keyed.push((key.to_bits(), r.id.clone()));
        values.push(v);
    }
    // Rule 4: ascending key, ties by id bytes.
    keyed.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| a.1.as_bytes().cmp(b.1.as_bytes()))
    });
    (values, keyed.into_iter().map(|(_, id)| id).collect())
}

/// The code takes the requests in `order`: with every group made a single
/// person wanting the one slot, c places go to the first c requests.
fn check_code_order(name: &str, draw: &PublishedDraw, order: &[String]) {
    for c in 0..=order.len() {
        let input = DrawInput {
            seed: draw.seed.clone(),
            rule: draw.rule,
            requests: draw
                .requests
                .iter()
                .map(|r| DrawRequest {
                    size: 1,
                    preferences: vec!["only".into()],
                    ..r.clone()
                })
                .collect(),
            offers: vec![SlotOffer {
                port: "only".into(),
                date: draw.date,
                start: chrono::NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
                capacity: c as u32,
            }],
        };
        let got: BTreeSet<String> = draw::run(&input)
            .unwrap()
            .placements
            .into_iter()
            .map(|p| p.request)
            .collect();
        let want: BTreeSet<String> = order[..c].iter().cloned().collect();
        assert_eq!(
            got, want,
            "{name}: with {c} places the code selects other requests than the first {c} in key order {order:?}"
        );
    }
}

#[test]
fn draw_vectors_match_the_code() {
    let path = vectors_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file: Value = serde_json::from_str(&text).unwrap();
    let vectors = file["vectors"].as_array().expect("a \"vectors\" array");
    assert!(vectors.len() >= 2);
    let mut versions = BTreeSet::new();
    for v in vectors {
        let name = v["name"].as_str().expect("a name");
        let draw: PublishedDraw = serde_json::from_value(v["draw"].clone()).unwrap();
        let version = check_commitment(name, v, &draw);
        versions.insert(draw.algorithm.clone());
        let input = DrawInput {
            seed: draw.seed.clone(),
            rule: draw.rule,
            requests: draw.requests.clone(),
            offers: draw.offers.clone(),
        };
        let published = draw::publish_as(version, draw.date, input).unwrap();
        assert_eq!(published, draw, "{name}: publish gives another draw");
        assert_eq!(draw::verify(&draw), Ok(()), "{name}: verify");
        assert_eq!(
            draw::verify_against(&draw, &draw.commitment),
            Ok(()),
            "{name}: verify_against its own commitment"
        );
        // The same record dated a day later: v1 cannot tell, v2 (and v3) can.
        let mut redated = draw.clone();
        redated.date = draw.date.succ_opt().unwrap();
        match version {
            RecordVersion::V1 => assert_eq!(draw::verify(&redated), Ok(()), "{name}"),
            RecordVersion::V2 | RecordVersion::V3 => assert!(
                matches!(
                    draw::verify(&redated),
                    Err(VerifyError::CommitmentMismatch { .. })
                ),
                "{name}: a redated v2 record must fail"
            ),
        }

        let (values, order) = expected(&draw);
        let listed = v["requests"].as_array().expect("a \"requests\" array");
        assert_eq!(listed.len(), values.len(), "{name}: one entry per request");
        for (want, got) in listed.iter().zip(&values) {
            assert_eq!(
                want,
                got,
                "{name}: request {}: the file says\n{}\nthe code gives\n{}",
                got["id"],
                serde_json::to_string_pretty(want).unwrap(),
                serde_json::to_string_pretty(got).unwrap()
            );
        }
        let listed_order: Vec<String> =
            serde_json::from_value(v["order"].clone()).expect("an \"order\" array");
        assert_eq!(listed_order, order, "{name}: order");
        check_code_order(name, &draw, &order);
    }
    assert_eq!(
        versions,
        BTreeSet::from(["garita-draw-v1".to_string(), "garita-draw-v2".to_string()]),
        "vectors for both record versions"
    );
}
