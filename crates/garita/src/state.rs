//! The application state every handler receives: the database, the vault, settings, catalogs,
//! ports, throttles, the geofence, the session cache and the one clock. Built once at start.

use std::collections::HashSet;
use std::ops::Deref;
use std::sync::Arc;

use garita_domain::ports::Port;

use crate::config::Settings;
use crate::http::throttle::{HashGate, Throttle};
use crate::i18n::Catalogs;
use crate::storage::vault::Vault;
use crate::storage::Db;

pub struct Inner {
    pub db: Db,
    pub vault: Vault,
    pub settings: Settings,
    pub catalogs: Arc<Catalogs>,
    pub ports: Vec<Port>,
    /// Every location of `data/locations/` (what each place is and the functions it serves;
    /// the agency's hours, capacity and status are read from the database).
    pub locations: garita_domain::locations::Locations,
    pub common_passwords: HashSet<String>,
    /// Failed logins per account, and per client address (shelters share one address, so
    /// that limit is looser).
    pub login_account_throttle: Throttle,
    pub login_ip_throttle: Throttle,
    pub registration_throttle: Throttle,
    /// Appointment requests and photo uploads per account.
    pub submission_throttle: Throttle,
    /// Lookups by a sealed identifier (`crate::lookups`): per account, and per target
    /// fingerprint (a person looked up from many accounts).
    pub lookup_account_throttle: Throttle,
    pub lookup_target_throttle: Throttle,
    /// Requests per API key (`crate::http::api_key`), a minute at a time.
    pub api_key_throttle: Throttle,
    /// Password hashes a request may trigger at once (logins, registrations).
    pub hash_gate: HashGate,
    pub geofence: garita_domain::geofence::Geofence,
    /// The policies as last read (`crate::policies`), emptied when one is added.
    pub policies: crate::policies::Cache,
    pub session_cache: crate::http::session::SessionCache,
    /// The status page per account and the wait-times feed, in memory (`crate::hot`).
    pub hot: crate::hot::Hot,
    /// Writes waiting for their batch (`group_commit`).
    pub group_commit: crate::group_commit::Queue,
    /// The one clock: every "now" in the service comes from here.
    pub clock: crate::clock::Clock,
}

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

/// Lookups by a sealed identifier one account may make in an hour (an officer's busy shift).
pub const LOOKUPS_PER_ACCOUNT_HOUR: u32 = 60;
/// Lookups of one identifier in an hour, whoever makes them.
pub const LOOKUPS_PER_TARGET_HOUR: u32 = 10;

const COMMON_PASSWORDS: &str = include_str!("../../../data/common-passwords.txt");

impl AppState {
    /// Connects, migrates and loads everything the service needs.
    pub async fn build(settings: Settings) -> anyhow::Result<AppState> {
        let db = Db::connect(&settings.database_url).await?;
        db.migrate().await?;
        let db = match &settings.read_database_url {
            Some(url) => db.with_public_reads(url).await?,
            None => db,
        };
        let ports = crate::storage::ports::load(&settings.ports_json)?;
        crate::storage::ports::sync(&db, &ports).await?;
        let locations = crate::storage::locations::load()?;
        crate::storage::locations::sync(&db, &locations).await?;
        let catalogs = Arc::new(Catalogs::load()?);
        for q in &settings.vulnerability_questions {
            anyhow::ensure!(
                catalogs.has_message(0, &format!("vulnerability-{q}")),
                "vulnerability question {q:?} has no message vulnerability-{q} in locales/en"
            );
        }
        // Refuse bad draw parameters at start, not at noon.
        garita_domain::draw::run(&garita_domain::draw::DrawInput {
            seed: "0".repeat(64),
            rule: garita_domain::draw::Rule::Weighted(settings.cycle.draw_params),
            requests: Vec::new(),
            offers: Vec::new(),
        })
        .map_err(|e| anyhow::anyhow!("draw parameters: {e}"))?;
        // An empty database starts with the chosen preset, or the policy the settings describe.
        let policy = settings
            .policy
            .clone()
            .unwrap_or_else(|| crate::policies::from_settings(&settings));
        crate::policies::seed(&db, &catalogs, &policy, settings.clock.now()).await?;
        let throttle = settings.login_throttle;
        let vault = Vault::with_keyring(crate::storage::vault::Keyring {
            current: &settings.master_key,
            older: &settings.old_master_keys,
            lookup: settings.lookup_key.as_ref().unwrap_or(&settings.master_key),
        })?;
        // A lookup key that did not make the stored fingerprints would lock everyone out:
        // refuse to start rather than fail at the first login.
        crate::storage::rotate::check_lookup_key(&db, &vault).await?;
        Ok(AppState(Arc::new(Inner {
            vault,
            db,
            catalogs,
            ports,
            locations,
            common_passwords: COMMON_PASSWORDS
                .lines()
                .map(|l| l.trim().to_lowercase())
                .filter(|l| !l.is_empty())
                .collect(),
            login_account_throttle: Throttle::new(throttle.per_account, throttle.window),
            login_ip_throttle: Throttle::new(throttle.per_ip, throttle.window),
            registration_throttle: Throttle::new(
                settings.registrations_per_ip_hour,
                std::time::Duration::from_secs(3600),
            ),
            submission_throttle: Throttle::new(
                settings.submissions_per_hour,
                std::time::Duration::from_secs(3600),
            ),
            lookup_account_throttle: Throttle::new(
                LOOKUPS_PER_ACCOUNT_HOUR,
                std::time::Duration::from_secs(3600),
            ),
            lookup_target_throttle: Throttle::new(
                LOOKUPS_PER_TARGET_HOUR,
                std::time::Duration::from_secs(3600),
            ),
            api_key_throttle: Throttle::new(
                crate::http::api_key::REQUESTS_PER_MINUTE,
                std::time::Duration::from_secs(60),
            ),
            hash_gate: HashGate::new(settings.hashing.in_flight, settings.hashing.queue),
            geofence: garita_domain::geofence::Geofence::mexico(&settings.region_states)?,
            session_cache: crate::http::session::SessionCache::new(settings.session_cache_for),
            hot: crate::hot::Hot::new(settings.session_cache_for),
            policies: Default::default(),
            group_commit: Default::default(),
            clock: settings.clock.clone(),
            settings,
        })))
    }
}
