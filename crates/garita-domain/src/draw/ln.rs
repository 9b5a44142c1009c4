//! The natural logarithm the draw's keys use, computed the same to the bit on
//! every machine.

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

#[cfg(test)]
mod tests {
    use super::super::allocation::uniform_from_digest;
    use super::super::synthetic::SplitMix64;
    use super::*;

    fn ulps(a: f64, b: f64) -> u64 {
        assert_eq!(a.is_sign_negative(), b.is_sign_negative(), "{a} vs {b}");
        a.to_bits().abs_diff(b.to_bits())
    }

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
}
