//! Benchmarks that print figures (`garita bench ...`); the figures go to BENCHMARKS.md.

use std::time::Instant;

use garita_domain::draw;

/// Peak resident memory of this process so far (Linux: VmHWM), in MiB.
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

pub fn draw(requests: usize, seed: u64) -> anyhow::Result<()> {
    let t = Instant::now();
    let input = draw::synthetic_input(requests, seed);
    let places: u64 = input.offers.iter().map(|o| u64::from(o.capacity)).sum();
    let people: u64 = input.requests.iter().map(|r| u64::from(r.size)).sum();
    println!(
        "input: {} requests ({} people, mean group {:.2}), {} slots, {} places; built in {:.2} s",
        input.requests.len(),
        people,
        people as f64 / input.requests.len().max(1) as f64,
        input.offers.len(),
        places,
        t.elapsed().as_secs_f64()
    );
    let before = peak_rss_mib().unwrap_or(0.0);
    let t = Instant::now();
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default();
    let published = draw::publish(date, input)?;
    let ran = t.elapsed().as_secs_f64();
    let after_run = peak_rss_mib().unwrap_or(0.0);
    let t = Instant::now();
    draw::verify(&published)?;
    let verified = t.elapsed().as_secs_f64();
    println!(
        "draw:   {ran:.3} s wall (one thread), {} groups placed",
        published.results.len()
    );
    println!("verify: {verified:.3} s wall");
    println!(
        "memory: peak RSS {after_run:.0} MiB (input alone {before:.0} MiB), after verify {:.0} MiB",
        peak_rss_mib().unwrap_or(0.0)
    );
    Ok(())
}
