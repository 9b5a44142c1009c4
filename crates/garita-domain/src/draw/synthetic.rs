//! Deterministic synthetic draws, for benchmarks, demos and tests.

use chrono::{NaiveDate, NaiveTime};

use super::{DrawInput, DrawRequest, Rule, SlotOffer};

/// Deterministic synthetic data for benchmarks and demos: `requests` requests
/// for 8 ports × 14 days × 29 half-hour slots (06:00–20:00) of 50 places,
/// i.e. 1,450 places a day per port. Group sizes 1–6 (mean ≈ 2.5), 1–3
/// preferred ports (some ports more popular than others), 0–60 days waited,
/// about 10 % vulnerable; registration ranks follow the days waited (longest
/// first, ties by id), as accounts are made before the first request. The
/// rule is `weighted` with its defaults. Same arguments, same data.
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
            registration_rank: None,
        });
    }
    let mut by_age: Vec<u32> = (0..reqs.len() as u32).collect();
    by_age.sort_unstable_by(|&a, &b| {
        let (a, b) = (&reqs[a as usize], &reqs[b as usize]);
        b.days_waited
            .cmp(&a.days_waited)
            .then_with(|| a.id.cmp(&b.id))
    });
    for (rank, &i) in by_age.iter().enumerate() {
        reqs[i as usize].registration_rank = Some(rank as u32 + 1);
    }
    DrawInput {
        seed: hex::encode(seed_bytes),
        rule: Rule::default(),
        requests: reqs,
        offers,
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, deterministic.
pub(super) struct SplitMix64(pub(super) u64);

impl SplitMix64 {
    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform-enough integer in `0..n` (multiply-shift; n > 0).
    pub(super) fn below(&mut self, n: u64) -> u64 {
        ((self.next() as u128 * n as u128) >> 64) as u64
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::day;
    use super::super::*;
    use super::*;

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
            commitment: commitment(day(0), &input.seed).unwrap(),
            seed: input.seed,
            rule: input.rule,
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
}
