//! Sliding-window counters that slow down guessing and flooding: so many hits per key (an
//! account, an IP address) per window, then 429 with `Retry-After`. In memory: one Garita
//! process per database; several processes would each count their own share.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Throttle {
    limit: usize,
    window: Duration,
    hits: Mutex<HashMap<String, VecDeque<Instant>>>,
}

/// Above this many keys, expired ones are swept so memory stays bounded.
const SWEEP_ABOVE: usize = 50_000;

impl Throttle {
    pub fn new(limit: u32, window: Duration) -> Throttle {
        Throttle {
            limit: limit.max(1) as usize,
            window,
            hits: Mutex::new(HashMap::new()),
        }
    }

    /// `Err(seconds to wait)` when the key has used its allowance.
    pub fn check(&self, key: &str) -> Result<(), u64> {
        let now = Instant::now();
        let mut hits = self.hits.lock().unwrap_or_else(|p| p.into_inner());
        let Some(q) = hits.get_mut(key) else {
            return Ok(());
        };
        while q
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            q.pop_front();
        }
        if q.len() >= self.limit {
            let oldest = q.front().copied().unwrap_or(now);
            let wait = self.window.saturating_sub(now.duration_since(oldest));
            return Err(wait.as_secs().max(1));
        }
        Ok(())
    }

    pub fn hit(&self, key: &str) {
        let now = Instant::now();
        let mut hits = self.hits.lock().unwrap_or_else(|p| p.into_inner());
        if hits.len() > SWEEP_ABOVE {
            let window = self.window;
            hits.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) < window));
        }
        let q = hits.entry(key.to_string()).or_default();
        q.push_back(now);
        while q.len() > self.limit {
            q.pop_front();
        }
    }

    pub fn clear(&self, key: &str) {
        self.hits
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_limit_and_per_key() {
        let t = Throttle::new(3, Duration::from_secs(60));
        for _ in 0..3 {
            assert!(t.check("a").is_ok());
            t.hit("a");
        }
        let wait = t.check("a").unwrap_err();
        assert!((1..=60).contains(&wait));
        assert!(t.check("b").is_ok());
        t.clear("a");
        assert!(t.check("a").is_ok());
    }

    #[test]
    fn window_expires() {
        let t = Throttle::new(1, Duration::from_millis(20));
        t.hit("a");
        assert!(t.check("a").is_err());
        std::thread::sleep(Duration::from_millis(30));
        assert!(t.check("a").is_ok());
    }
}
