//! Sliding-window counters that slow down guessing and flooding: so many hits per key (an
//! account, an IP address) per window, then 429 with `Retry-After`. In memory: one Garita
//! process per database; several processes would each count their own share. And the
//! `HashGate`, a bound on password hashes in flight per key and overall.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::http::errors::Error;

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

    /// Takes one hit of the key's allowance, or says how many seconds to wait. The check and
    /// the record happen under one lock, so requests that arrive together cannot all pass a
    /// check made before any of them is recorded. Give the hit back (`give_back`) when what it
    /// paid for turns out not to count.
    pub fn try_take(&self, key: &str) -> Result<(), u64> {
        let now = Instant::now();
        let mut hits = self.hits.lock().unwrap_or_else(|p| p.into_inner());
        if hits.len() > SWEEP_ABOVE {
            let window = self.window;
            hits.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) < window));
        }
        let q = hits.entry(key.to_string()).or_default();
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
        q.push_back(now);
        Ok(())
    }

    /// Returns the key's latest hit: the attempt it paid for did not count (a login that
    /// succeeded, a request refused before any work was done).
    pub fn give_back(&self, key: &str) {
        let mut hits = self.hits.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(q) = hits.get_mut(key) {
            q.pop_back();
            if q.is_empty() {
                hits.remove(key);
            }
        }
    }

    pub fn clear(&self, key: &str) {
        self.hits
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(key);
    }
}

/// Password hashes (Argon2: 19 MiB and tens of milliseconds each) allowed at once. Without a
/// bound, a burst of logins runs one hash per blocking thread (up to 512) and the memory with
/// them. A hash is admitted when neither of its keys (the account, the client address) has
/// its own share in flight, then waits for one of `in_flight` places behind at most `queue`
/// others; beyond that it is refused at once, so one address cannot make everyone wait.
pub struct HashGate {
    places: Arc<Semaphore>,
    queue: usize,
    waiting: Arc<AtomicUsize>,
    keys: Arc<Mutex<HashMap<String, usize>>>,
    stats: Arc<HashStats>,
}

/// What the gate has let through: every hash evaluated, and the most ever running at once.
#[derive(Default)]
pub struct HashStats {
    evaluated: AtomicU64,
    running: AtomicUsize,
    peak: AtomicUsize,
}

/// A place for one hash, held until the hash has finished (move it into the blocking task).
pub struct HashPermit {
    _place: OwnedSemaphorePermit,
    _keys: KeysHeld,
    stats: Arc<HashStats>,
}

/// The per-key shares a permit holds, released when it is dropped (also if the request is
/// abandoned while it waits for a place).
struct KeysHeld {
    keys: Vec<String>,
    held: Arc<Mutex<HashMap<String, usize>>>,
}

impl Drop for KeysHeld {
    fn drop(&mut self) {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        for k in &self.keys {
            if let Some(n) = held.get_mut(k) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    held.remove(k);
                }
            }
        }
    }
}

/// One more caller waiting for a place, counted off again however the wait ends.
struct Waiting(Arc<AtomicUsize>);

impl Drop for Waiting {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl HashGate {
    pub fn new(in_flight: usize, queue: usize) -> HashGate {
        HashGate {
            places: Arc::new(Semaphore::new(in_flight.max(1))),
            queue,
            waiting: Arc::new(AtomicUsize::new(0)),
            keys: Arc::new(Mutex::new(HashMap::new())),
            stats: Arc::new(HashStats::default()),
        }
    }

    /// Admits one hash for these keys, each with the most it may have in flight. Refused at
    /// once: 429 with `Retry-After: 1` when a key has its share in flight (the caller's own
    /// burst), 503 `overloaded` when the queue for a place is full (everyone's overload).
    pub async fn admit(&self, keys: &[(&str, usize)]) -> Result<HashPermit, Error> {
        let busy = || Error::TooManyRequests {
            retry_after_secs: 1,
        };
        let held = {
            let mut held = self.keys.lock().unwrap_or_else(|p| p.into_inner());
            if keys
                .iter()
                .any(|(k, most)| held.get(*k).copied().unwrap_or(0) >= (*most).max(1))
            {
                return Err(busy());
            }
            for (k, _) in keys {
                *held.entry(k.to_string()).or_default() += 1;
            }
            KeysHeld {
                keys: keys.iter().map(|(k, _)| k.to_string()).collect(),
                held: self.keys.clone(),
            }
        };
        let place =
            match self.places.clone().try_acquire_owned() {
                Ok(place) => place,
                Err(_) => {
                    let waiting = Waiting(self.waiting.clone());
                    if self.waiting.fetch_add(1, Ordering::SeqCst) >= self.queue {
                        return Err(Error::Overloaded {
                            retry_after_secs: 1,
                        });
                    }
                    let place =
                        self.places.clone().acquire_owned().await.map_err(|e| {
                            Error::Internal(anyhow::anyhow!("hash gate closed: {e}"))
                        })?;
                    drop(waiting);
                    place
                }
            };
        Ok(HashPermit {
            _place: place,
            _keys: held,
            stats: self.stats.clone(),
        })
    }

    /// Hashes evaluated through this gate since start.
    pub fn evaluated(&self) -> u64 {
        self.stats.evaluated.load(Ordering::SeqCst)
    }

    /// The most hashes that were ever running at once.
    pub fn peak(&self) -> usize {
        self.stats.peak.load(Ordering::SeqCst)
    }
}

impl HashPermit {
    /// Runs the hash under this permit, counting it (call it on the blocking thread).
    pub fn run<T>(self, hash: impl FnOnce() -> T) -> T {
        let now = self.stats.running.fetch_add(1, Ordering::SeqCst) + 1;
        self.stats.peak.fetch_max(now, Ordering::SeqCst);
        self.stats.evaluated.fetch_add(1, Ordering::SeqCst);
        let out = hash();
        self.stats.running.fetch_sub(1, Ordering::SeqCst);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_limit_and_per_key() {
        let t = Throttle::new(3, Duration::from_secs(60));
        for _ in 0..3 {
            assert!(t.try_take("a").is_ok());
        }
        let wait = t.try_take("a").unwrap_err();
        assert!((1..=60).contains(&wait));
        assert!(t.try_take("b").is_ok());
        t.clear("a");
        assert!(t.try_take("a").is_ok());
    }

    #[test]
    fn window_expires() {
        let t = Throttle::new(1, Duration::from_millis(20));
        assert!(t.try_take("a").is_ok());
        assert!(t.try_take("a").is_err());
        std::thread::sleep(Duration::from_millis(30));
        assert!(t.try_take("a").is_ok());
    }

    #[test]
    fn try_take_checks_and_records_in_one_step_and_gives_back() {
        let t = Throttle::new(2, Duration::from_secs(60));
        assert!(t.try_take("a").is_ok());
        assert!(t.try_take("a").is_ok());
        assert!(t.try_take("a").is_err());
        t.give_back("a");
        assert!(t.try_take("a").is_ok());
        assert!(t.try_take("b").is_ok());
    }

    #[test]
    fn try_take_cannot_be_raced() {
        let t = std::sync::Arc::new(Throttle::new(5, Duration::from_secs(60)));
        let taken: usize = (0..16)
            .map(|_| {
                let t = t.clone();
                std::thread::spawn(move || (0..50).filter(|_| t.try_take("a").is_ok()).count())
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|h| h.join().unwrap())
            .sum();
        assert_eq!(taken, 5);
    }

    #[tokio::test]
    async fn the_gate_holds_a_share_per_key_and_a_short_queue() {
        let gate = HashGate::new(1, 1);
        let first = gate.admit(&[("a", 1)]).await.unwrap();
        assert!(
            gate.admit(&[("a", 1)]).await.is_err(),
            "a's share is in flight"
        );
        // b queues behind the one place; c finds the queue full and is refused at once.
        let gate = std::sync::Arc::new(gate);
        let waiting = tokio::spawn({
            let gate = gate.clone();
            async move { gate.admit(&[("b", 1)]).await.map(|_| ()) }
        });
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(gate.admit(&[("c", 1)]).await.is_err(), "the queue is full");
        drop(first);
        assert!(waiting.await.unwrap().is_ok());
        let again = gate.admit(&[("a", 1)]).await.unwrap();
        assert_eq!(again.run(|| 7), 7);
        assert_eq!((gate.evaluated(), gate.peak()), (1, 1));
    }
}
