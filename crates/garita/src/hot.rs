//! In-memory copies of the hottest reads (issue 22), so that serving them touches no database:
//! the logged-in traveler's status page per account (`appointments::status_cache`) and the
//! public wait-times feed (here, [`FeedCache`]). Each is invalidated by the writes that change
//! it, after they commit, and used for at most `fresh` (the session cache's freshness) so that
//! another Garita process's writes are seen within that time. `fresh` zero turns both off.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::Bytes;

use crate::appointments::status_cache::StatusCache;

pub struct Hot {
    pub status: StatusCache,
    pub feed: FeedCache,
    /// Published draws, which never change (`draw::served`): not subject to `fresh`.
    pub draws: crate::draw::served::ServedDraws,
}

impl Hot {
    pub fn new(fresh: Duration) -> Hot {
        Hot {
            status: StatusCache::new(fresh),
            feed: FeedCache::new(fresh),
            draws: Default::default(),
        }
    }

    /// Sets both caches' freshness (zero: off). `serve --demo` turns them off: the README
    /// tells demo users to run the draw from another terminal and reload at once.
    pub fn set_fresh(&self, fresh: Duration) {
        self.status.set_fresh(fresh);
        self.feed.set_fresh(fresh);
    }
}

/// The wait-times feed's JSON as last built, for the second of the service's clock it was
/// built in (its `generated_at` and each lane's `stale` depend on that second): at most one
/// database read per second and per report, however many read it.
pub struct FeedCache {
    held: Mutex<Option<Built>>,
    generation: AtomicU64,
    fresh_ms: AtomicU64,
}

struct Built {
    generation: u64,
    second: i64,
    at: Instant,
    body: Bytes,
}

/// Taken before reading: what was read under an older generation is not kept.
pub struct FeedTicket(u64);

impl FeedCache {
    pub fn new(fresh: Duration) -> FeedCache {
        FeedCache {
            held: Mutex::new(None),
            generation: AtomicU64::new(0),
            fresh_ms: AtomicU64::new(u64::try_from(fresh.as_millis()).unwrap_or(u64::MAX)),
        }
    }

    fn fresh(&self) -> Duration {
        Duration::from_millis(self.fresh_ms.load(Ordering::Relaxed))
    }

    pub fn set_fresh(&self, fresh: Duration) {
        self.fresh_ms.store(
            u64::try_from(fresh.as_millis()).unwrap_or(u64::MAX),
            Ordering::Relaxed,
        );
        self.changed();
    }

    /// The body built for `second`, if still good.
    pub fn get(&self, second: i64) -> Option<Bytes> {
        let fresh = self.fresh();
        let generation = self.generation.load(Ordering::Acquire);
        let held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        held.as_ref()
            .filter(|b| b.generation == generation && b.second == second && b.at.elapsed() < fresh)
            .map(|b| b.body.clone())
    }

    pub fn ticket(&self) -> FeedTicket {
        FeedTicket(self.generation.load(Ordering::Acquire))
    }

    pub fn put(&self, ticket: FeedTicket, second: i64, body: Bytes) {
        if self.fresh().is_zero() {
            return;
        }
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        if self.generation.load(Ordering::Acquire) != ticket.0 {
            return;
        }
        *held = Some(Built {
            generation: ticket.0,
            second,
            at: Instant::now(),
            body,
        });
    }

    /// A report was recorded (committed): the next read builds afresh.
    pub fn changed(&self) {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        self.generation.fetch_add(1, Ordering::AcqRel);
        *held = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_feed_is_kept_for_its_second_until_a_report() {
        let c = FeedCache::new(Duration::from_secs(60));
        let t = c.ticket();
        c.put(t, 100, Bytes::from_static(b"a"));
        assert_eq!(c.get(100).as_deref(), Some(&b"a"[..]));
        assert!(c.get(101).is_none(), "another second builds afresh");
        let early = c.ticket();
        c.changed();
        assert!(c.get(100).is_none());
        c.put(early, 100, Bytes::from_static(b"old"));
        assert!(c.get(100).is_none(), "read before the report: not kept");
        c.set_fresh(Duration::ZERO);
        c.put(c.ticket(), 100, Bytes::from_static(b"a"));
        assert!(c.get(100).is_none(), "off");
    }
}
