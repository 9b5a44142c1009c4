//! The status page's data per account, kept in memory (issue 22): a warm `GET /appointment`
//! reads no database. What the page shows comes from one query (`requests::page`) and, after
//! a declined or cancelled appointment, `offers::last_ended`; both are kept here per account.
//!
//! **Invalidation.** Every write that changes the page ends its entry *after it commits*: the
//! group's own writes (submit, confirm, cancel or decline, members and photos added, changed
//! or removed — also when a helper acts for them, through the same functions) call
//! [`StatusCache::evict`]; writes that change many groups at once (the draw and the roster
//! draw, lapsed offers (per group), no-shows and their undoing, capacity changes, the retention
//! purge) call [`StatusCache::changed_all`], which empties the cache. An officer's check-in and
//! identity decisions write `appointments.port_status` and `member_checks`, which the page does
//! not read: they end nothing (a page that starts showing them must add the call). A read that began before
//! an eviction or a `changed_all` does not store what it read (its [`Ticket`] is older), so a
//! read racing a write can never leave the old page behind.
//!
//! **Time.** Nothing kept depends on the clock: what does (the next draw and its time, the
//! confirm-by deadline in the traveler's zone) is computed on each request from the kept rows
//! and `app.clock`, exactly as a cold read computes it. The one query that reads by time (the
//! finished draws from two days back) is kept from the read's day on and narrowed to the
//! current day's window on each use; an entry read at a later instant than the clock now shows
//! (a test moving the clock back) is not used.
//!
//! **Other processes.** A second Garita process (`garita draw --force` from the command line,
//! another server on the same PostgreSQL) cannot evict this one's entries: an entry is used for
//! at most `fresh` after its read began (the session cache's freshness, 5 s by default; zero
//! turns the cache off, as the test suite does). `serve --demo` turns it off, since the README
//! tells demo users to run the draw from another terminal and reload.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};

use super::requests::Page;
use super::AppointmentView;
use crate::http::errors::Error;
use crate::state::AppState;

/// Accounts kept at most (about 1 KiB each); beyond it, expired entries are dropped first and
/// then everything.
const MAX_ENTRIES: usize = 100_000;

/// What the status page read for one account.
pub struct Entry {
    pub page: Page,
    /// The appointment the request's notice is about, when the notice names one.
    pub ended: Option<AppointmentView>,
    /// The service's clock when the read began.
    pub read_at: DateTime<Utc>,
}

impl Entry {
    /// The finished draws the page's query would return at `now`: those kept, from `now`'s
    /// window on (`cycle::done_from`).
    pub fn done_at(&self, now: DateTime<Utc>) -> Vec<NaiveDate> {
        let from = now.date_naive() - chrono::Duration::days(2);
        self.page
            .done
            .iter()
            .copied()
            .filter(|d| *d >= from)
            .collect()
    }
}

/// One account's place: its entry (none after an eviction), when that entry's read began or
/// the eviction happened, and the number of its last eviction — kept with a later entry too,
/// so a read begun before that eviction never replaces what a later read stored.
struct Slot {
    entry: Option<Arc<Entry>>,
    at: Instant,
    evicted: u64,
}

struct Inner {
    generation: u64,
    evictions: u64,
    slots: HashMap<i64, Slot>,
}

/// Taken before a read; storing what was read needs no eviction of that account and no
/// `changed_all` since.
pub struct Ticket {
    generation: u64,
    evictions: u64,
    began: Instant,
}

pub struct StatusCache {
    inner: Mutex<Inner>,
    fresh_ms: AtomicU64,
}

impl StatusCache {
    pub fn new(fresh: Duration) -> StatusCache {
        StatusCache {
            inner: Mutex::new(Inner {
                generation: 0,
                evictions: 0,
                slots: HashMap::new(),
            }),
            fresh_ms: AtomicU64::new(u64::try_from(fresh.as_millis()).unwrap_or(u64::MAX)),
        }
    }

    fn fresh(&self) -> Duration {
        Duration::from_millis(self.fresh_ms.load(Ordering::Relaxed))
    }

    /// Sets how long an entry may be used (zero: the cache is off and emptied).
    pub fn set_fresh(&self, fresh: Duration) {
        self.fresh_ms.store(
            u64::try_from(fresh.as_millis()).unwrap_or(u64::MAX),
            Ordering::Relaxed,
        );
        if fresh.is_zero() {
            self.changed_all();
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The account's entry, if one is fresh and was read no later than `now`.
    pub fn get(&self, account_id: i64, now: DateTime<Utc>) -> Option<Arc<Entry>> {
        let fresh = self.fresh();
        if fresh.is_zero() {
            return None;
        }
        match self.lock().slots.get(&account_id) {
            Some(Slot {
                entry: Some(e), at, ..
            }) if at.elapsed() < fresh && e.read_at <= now => Some(e.clone()),
            _ => None,
        }
    }

    /// Taken before reading what an entry will hold.
    pub fn ticket(&self) -> Ticket {
        let inner = self.lock();
        Ticket {
            generation: inner.generation,
            evictions: inner.evictions,
            began: Instant::now(),
        }
    }

    /// Keeps what was read under `ticket`, unless something changed since it was taken.
    pub fn put(&self, account_id: i64, ticket: Ticket, entry: Entry) -> Arc<Entry> {
        let entry = Arc::new(entry);
        let fresh = self.fresh();
        if fresh.is_zero() {
            return entry;
        }
        let mut inner = self.lock();
        if inner.generation != ticket.generation {
            return entry;
        }
        let evicted = inner.slots.get(&account_id).map_or(0, |s| s.evicted);
        if evicted > ticket.evictions {
            return entry;
        }
        if inner.slots.len() >= MAX_ENTRIES {
            inner.slots.retain(|_, s| s.at.elapsed() < fresh);
            if inner.slots.len() >= MAX_ENTRIES {
                // Everything is fresh: start again rather than grow. Tombstones go too, so
                // reads in flight must not store: a new generation refuses them.
                inner.slots.clear();
                inner.generation += 1;
                return entry;
            }
        }
        inner.slots.insert(
            account_id,
            Slot {
                entry: Some(entry.clone()),
                at: ticket.began,
                evicted,
            },
        );
        entry
    }

    /// The account's page changed (its own write, committed).
    pub fn evict(&self, account_id: i64) {
        if self.fresh().is_zero() {
            return;
        }
        let mut inner = self.lock();
        inner.evictions += 1;
        let n = inner.evictions;
        inner.slots.insert(
            account_id,
            Slot {
                entry: None,
                at: Instant::now(),
                evicted: n,
            },
        );
    }

    /// Pages of many accounts changed (a draw, an officer's action, lapsed offers, a purge):
    /// every entry goes.
    pub fn changed_all(&self) {
        let mut inner = self.lock();
        inner.generation += 1;
        inner.slots.clear();
    }

    /// How many accounts have an entry (tests, and the bounded-size check).
    pub fn len(&self) -> usize {
        self.lock()
            .slots
            .values()
            .filter(|s| s.entry.is_some())
            .count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The status page's data for `account_id` at `now`: from memory when kept, else read (one
/// query, and the ended appointment when the notice names one) and kept.
pub async fn read(
    app: &AppState,
    account_id: i64,
    now: DateTime<Utc>,
) -> Result<Arc<Entry>, Error> {
    let cache = &app.hot.status;
    if let Some(e) = cache.get(account_id, now) {
        return Ok(e);
    }
    let ticket = cache.ticket();
    let page = super::requests::page(app, account_id, now).await?;
    let ended = match page
        .status
        .request
        .as_ref()
        .and_then(|r| r.notice.as_deref())
    {
        Some("declined" | "cancelled" | "voided") => super::last_ended(app, account_id).await?,
        _ => None,
    };
    Ok(cache.put(
        account_id,
        ticket,
        Entry {
            page,
            ended,
            read_at: now,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::appointments::Status;

    fn entry(at: DateTime<Utc>) -> Entry {
        Entry {
            page: Page {
                status: Status {
                    request: None,
                    appointment: None,
                },
                members: 1,
                missing_photos: 0,
                done: vec![],
            },
            ended: None,
            read_at: at,
        }
    }

    fn t0() -> DateTime<Utc> {
        DateTime::from_timestamp(1_781_000_000, 0).unwrap()
    }

    #[test]
    fn a_read_begun_before_an_eviction_stores_nothing() {
        let c = StatusCache::new(Duration::from_secs(60));
        let early = c.ticket();
        c.evict(7);
        c.put(7, early, entry(t0()));
        assert!(c.get(7, t0()).is_none());
        let late = c.ticket();
        c.put(7, late, entry(t0()));
        assert!(c.get(7, t0()).is_some());
        // Another account's eviction does not stop this one's read.
        let t = c.ticket();
        c.evict(8);
        c.put(9, t, entry(t0()));
        assert!(c.get(9, t0()).is_some());
    }

    #[test]
    fn a_read_begun_before_an_eviction_never_replaces_a_later_one() {
        let c = StatusCache::new(Duration::from_secs(60));
        let early = c.ticket();
        c.evict(7);
        let late = c.ticket();
        let mut fresh = entry(t0());
        fresh.page.members = 2;
        c.put(7, late, fresh);
        c.put(7, early, entry(t0()));
        assert_eq!(c.get(7, t0()).unwrap().page.members, 2);
    }

    #[test]
    fn changed_all_empties_and_refuses_reads_begun_before() {
        let c = StatusCache::new(Duration::from_secs(60));
        c.put(1, c.ticket(), entry(t0()));
        let early = c.ticket();
        c.changed_all();
        assert!(c.get(1, t0()).is_none());
        c.put(2, early, entry(t0()));
        assert!(c.get(2, t0()).is_none());
    }

    #[test]
    fn off_when_fresh_is_zero_and_never_used_before_its_read() {
        let c = StatusCache::new(Duration::ZERO);
        c.put(1, c.ticket(), entry(t0()));
        assert!(c.get(1, t0()).is_none());
        c.set_fresh(Duration::from_secs(60));
        c.put(1, c.ticket(), entry(t0()));
        assert!(c.get(1, t0() - chrono::Duration::seconds(1)).is_none());
        assert!(c.get(1, t0()).is_some());
        c.set_fresh(Duration::ZERO);
        assert!(c.get(1, t0()).is_none());
    }

    #[test]
    fn bounded() {
        let c = StatusCache::new(Duration::from_secs(600));
        for id in 0..(MAX_ENTRIES as i64 + 10) {
            c.put(id, c.ticket(), entry(t0()));
        }
        assert!(c.len() <= MAX_ENTRIES);
    }
}
