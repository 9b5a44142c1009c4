//! Settings, read once at start: built-in defaults, then command-line flags and `GARITA_*`
//! environment variables (clap reads both). Secrets are wrapped so they never print.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use rand::RngCore;

/// 32 bytes from which every key Garita uses is derived (sealing personal data, fingerprints,
/// CSRF tokens, pseudonyms). Losing it makes sealed data unreadable: back it up.
#[derive(Clone)]
pub struct MasterKey(pub [u8; 32]);

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey(..)")
    }
}

impl MasterKey {
    pub fn random() -> MasterKey {
        let mut k = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut k);
        MasterKey(k)
    }

    pub fn from_hex(s: &str) -> anyhow::Result<MasterKey> {
        let bytes =
            hex::decode(s.trim()).context("the secret key must be 64 hexadecimal characters")?;
        let key: [u8; 32] = bytes.try_into().map_err(|_| {
            anyhow::anyhow!("the secret key must be 64 hexadecimal characters (32 bytes)")
        })?;
        Ok(MasterKey(key))
    }

    /// Reads the key file, or creates it (mode 0600) with a fresh random key.
    pub fn load_or_create(path: &Path) -> anyhow::Result<MasterKey> {
        match std::fs::read_to_string(path) {
            Ok(text) => MasterKey::from_hex(&text)
                .with_context(|| format!("reading key file {}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let key = MasterKey::random();
                write_private(path, &hex::encode(key.0))
                    .with_context(|| format!("creating key file {}", path.display()))?;
                tracing::warn!(path = %path.display(), "created a new secret key file; back it up: sealed personal data cannot be read without it");
                Ok(key)
            }
            Err(e) => Err(e).with_context(|| format!("reading key file {}", path.display())),
        }
    }
}

fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(contents.as_bytes())
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub addr: SocketAddr,
    pub database_url: String,
    pub master_key: MasterKey,
    /// Keys sealed values may still be under (after a change of key, until `garita key rotate`
    /// has re-sealed them): they only open.
    pub old_master_keys: Vec<MasterKey>,
    /// The key e-mail fingerprints, CSRF tokens and pseudonyms are derived from: the key the
    /// deployment began with (`None`: the master key). It does not rotate.
    pub lookup_key: Option<MasterKey>,
    /// Cookies carry `Secure` and the `__Host-` prefix. Off only when serving plain HTTP on
    /// loopback, where browsers would otherwise drop them.
    pub secure_cookies: bool,
    pub session_idle: Duration,
    pub session_absolute: Duration,
    /// How long a resolved session is trusted from memory (0: always ask the database).
    pub session_cache_for: Duration,
    /// The ports definition (JSON). Defaults to the `data/ports.json` built into the binary.
    pub ports_json: String,
    pub body_limit_bytes: usize,
    pub login_throttle: ThrottleSettings,
    /// New accounts allowed from one client address per hour.
    pub registrations_per_ip_hour: u32,
    pub cycle: Cycle,
    /// HASC codes of the Mexican states in the eligible region (see docs/geofence.md).
    pub region_states: Vec<String>,
    /// Ids of the optional vulnerability questions; each has a Fluent message
    /// `vulnerability-<id>`. Answers only add weight in the draw.
    pub vulnerability_questions: Vec<String>,
    /// Appointment requests (and photo uploads) one account may submit per hour.
    pub submissions_per_hour: u32,
    /// A port's wait time older than this is shown as out of date, not as current.
    pub wait_times_stale_after: Duration,
    /// After a slot ends, how long before an appointment nobody checked in is a no-show.
    pub no_show_grace: Duration,
    /// Days a group that did not come must wait before asking again.
    pub no_show_wait_days: i64,
    /// Days a bus manifest is kept after the trip's arrival, then deleted by the purge job.
    pub bus_manifest_keep_days: i64,
    /// Requests handled at once; above this the server answers 503 with Retry-After.
    pub max_in_flight: usize,
    /// Photo uploads handled at once (they are slow and large; they must not starve the rest).
    pub max_uploads_in_flight: usize,
    /// Password hashes (19 MiB each) a request may trigger at once: per key and overall.
    pub hashing: HashSettings,
    /// Serve `/bench/hello` outside all middleware (benchmarks only).
    pub bench_routes: bool,
    /// Accept `POST /bench/clock` from this machine to move the clock (`serve --bench-clock`,
    /// the day replay only: `scripts/bench-day.sh`). Never on in production.
    pub bench_clock: bool,
    /// Where public reads (wait times, draws, statistics) go: a standby's URL
    /// (`--read-database`); `None`: the primary.
    pub read_database_url: Option<String>,
    /// Run the draw and expire unconfirmed offers on schedule (off in tests that drive it).
    pub run_jobs: bool,
    /// The one clock the service reads (the system clock unless a test or `--clock-start` set it).
    pub clock: crate::clock::Clock,
    /// E-mail and SMS (off unless configured; the outbox is written either way).
    pub notifications: Notifications,
    /// The policy (TOML) an empty database starts with: `serve --policy NAME`'s preset. `None`:
    /// the policy the settings above describe (`policies::from_settings`). A database that
    /// has policies keeps them (`garita policy add` schedules a new one).
    pub policy: Option<String>,
    /// Days before a Trusted Traveler membership expires that its renewal window opens (and
    /// the member is reminded).
    pub ttp_renewal_window_days: u32,
    /// Open statistics hide a figure about fewer people than this (and complements).
    pub stats_threshold: u64,
    /// Paying for provisional I-94s: card checkout (Stripe) when configured.
    pub payments: crate::payments::Settings,
}

/// The daily cycle, in one time zone: requests are taken until `window_closes`, the draw runs
/// at `draw_at`, and the selected have `confirm_hours` to confirm.
#[derive(Debug, Clone)]
pub struct Cycle {
    pub time_zone: chrono_tz::Tz,
    pub window_closes: chrono::NaiveTime,
    pub draw_at: chrono::NaiveTime,
    pub confirm_hours: i64,
    pub days_ahead: i64,
    pub draw_params: garita_domain::draw::DrawParams,
}

impl Default for Cycle {
    fn default() -> Self {
        let time = |s: &str| chrono::NaiveTime::parse_from_str(s, "%H:%M").unwrap_or_default();
        Cycle {
            time_zone: DEFAULT_CYCLE_TIME_ZONE
                .parse()
                .unwrap_or(chrono_tz::America::Chicago),
            window_closes: time(DEFAULT_WINDOW_CLOSES),
            draw_at: time(DEFAULT_DRAW_AT),
            confirm_hours: 23,
            days_ahead: 14,
            draw_params: Default::default(),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct ThrottleSettings {
    pub per_account: u32,
    pub per_ip: u32,
    pub window: Duration,
}

/// Bounds on Argon2 work a login or a registration triggers. A hash needs a place among
/// `in_flight` (about the number of cores: more only queue for the CPU while holding their
/// memory) and waits behind at most `queue` others; one account and one client address may
/// each have only a share of them in flight. Beyond that the request is refused at once.
#[derive(Debug, Clone, Copy)]
pub struct HashSettings {
    pub in_flight: usize,
    pub queue: usize,
    pub per_account: usize,
    /// Looser than per account: a shelter's people share one address.
    pub per_address: usize,
}

impl HashSettings {
    /// Sized from this machine's cores.
    pub fn for_this_machine() -> HashSettings {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        HashSettings {
            in_flight: cores,
            queue: 2 * cores,
            // Two, not one: a double-clicked login must not be refused.
            per_account: 2,
            per_address: 2,
        }
    }
}

// Defaults, written once: `Settings::for_local` and the command line (`main.rs`) both use them.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://garita.db";
pub const DEFAULT_KEY_FILE: &str = "garita.key";
pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_CYCLE_TIME_ZONE: &str = "America/Chicago";
pub const DEFAULT_WINDOW_CLOSES: &str = "11:00";
pub const DEFAULT_DRAW_AT: &str = "12:00";
pub const DEFAULT_REGISTRATIONS_PER_IP_HOUR: u32 = 30;
pub const DEFAULT_MAX_IN_FLIGHT: usize = 1024;
pub const DEFAULT_SUBMISSIONS_PER_HOUR: u32 = 20;

pub const DEFAULT_VULNERABILITY_QUESTIONS: &[&str] = &[
    "medical",
    "pregnant",
    "disability",
    "threat",
    "unaccompanied-child",
    "elderly",
];

/// CBP lets members renew up to a year before their membership expires.
pub const DEFAULT_TTP_RENEWAL_WINDOW_DAYS: u32 = 365;

pub const BUILTIN_PORTS: &str = include_str!("../../../data/ports.json");

impl Settings {
    /// Defaults suitable for a developer's machine and for tests; `serve` overrides from flags.
    pub fn for_local(database_url: impl Into<String>, master_key: MasterKey) -> Settings {
        Settings {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            database_url: database_url.into(),
            master_key,
            old_master_keys: Vec::new(),
            lookup_key: None,
            secure_cookies: false,
            session_idle: Duration::from_secs(2 * 3600),
            session_absolute: Duration::from_secs(12 * 3600),
            session_cache_for: Duration::from_secs(5),
            ports_json: BUILTIN_PORTS.to_string(),
            body_limit_bytes: 64 * 1024,
            login_throttle: ThrottleSettings {
                per_account: 5,
                per_ip: 30,
                window: Duration::from_secs(15 * 60),
            },
            registrations_per_ip_hour: DEFAULT_REGISTRATIONS_PER_IP_HOUR,
            cycle: Cycle::default(),
            region_states: garita_domain::geofence::DEFAULT_INCLUDED
                .iter()
                .map(|s| s.to_string())
                .collect(),
            vulnerability_questions: DEFAULT_VULNERABILITY_QUESTIONS
                .iter()
                .map(|s| s.to_string())
                .collect(),
            submissions_per_hour: DEFAULT_SUBMISSIONS_PER_HOUR,
            wait_times_stale_after: Duration::from_secs(2 * 3600),
            no_show_grace: Duration::from_secs(30 * 60),
            no_show_wait_days: 30,
            bus_manifest_keep_days: 30,
            max_in_flight: DEFAULT_MAX_IN_FLIGHT,
            max_uploads_in_flight: 8,
            hashing: HashSettings::for_this_machine(),
            bench_routes: false,
            bench_clock: false,
            read_database_url: None,
            run_jobs: false,
            clock: crate::clock::Clock::system(),
            notifications: Notifications::default(),
            policy: None,
            ttp_renewal_window_days: DEFAULT_TTP_RENEWAL_WINDOW_DAYS,
            stats_threshold: garita_domain::statistics::DEFAULT_THRESHOLD,
            payments: crate::payments::Settings::default(),
        }
    }

    pub fn read_ports_file(path: Option<&PathBuf>) -> anyhow::Result<String> {
        match path {
            Some(p) => std::fs::read_to_string(p)
                .with_context(|| format!("reading ports file {}", p.display())),
            None => Ok(BUILTIN_PORTS.to_string()),
        }
    }
}

/// A secret setting (a password, a token): never printed.
#[derive(Clone, Default)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

/// How travelers are told (see `notifications`). Without `smtp_url` or `sms`, rows are still
/// written to the outbox and marked as not sendable.
#[derive(Debug, Clone)]
pub struct Notifications {
    /// smtp://[user:password@]host[:port] (STARTTLS required unless the host is loopback or
    /// `smtp_plain` is set) or smtps://… (TLS from the start).
    pub smtp_url: Option<Secret>,
    pub smtp_plain: bool,
    pub mail_from: String,
    /// The site's address, for "sign in to see" and links in messages.
    pub public_url: String,
    /// Days a sent message's sealed body is kept.
    pub keep_bodies_days: i64,
    /// No SMTP server, and the demo: e-mails are written to the terminal instead (so a newcomer
    /// can open the verification link). Never set outside `serve --demo`.
    pub print_mail: bool,
    /// Where people reach those who run this Garita (shown on the contact page).
    pub contact_email: Option<String>,
    pub sms: Option<Sms>,
    /// SMS a day to one account, and to one number (SMS-pumping fraud).
    pub sms_per_account_day: i64,
    pub sms_per_number_day: i64,
    /// How often the outbox job runs.
    pub every: Duration,
}

/// Twilio's Messages API (or a service speaking it at `base_url`).
#[derive(Debug, Clone)]
pub struct Sms {
    pub base_url: String,
    pub account_sid: String,
    pub auth_token: Secret,
    /// A sender number, or else a Messaging Service SID.
    pub from: Option<String>,
    pub messaging_service_sid: Option<String>,
}

impl Default for Notifications {
    fn default() -> Self {
        Notifications {
            smtp_url: None,
            smtp_plain: false,
            mail_from: DEFAULT_MAIL_FROM.to_string(),
            public_url: DEFAULT_PUBLIC_URL.to_string(),
            keep_bodies_days: DEFAULT_KEEP_BODIES_DAYS,
            contact_email: None,
            print_mail: false,
            sms: None,
            sms_per_account_day: 5,
            sms_per_number_day: 5,
            every: Duration::from_secs(30),
        }
    }
}

pub const DEFAULT_MAIL_FROM: &str = "Garita <no-reply@garita.invalid>";
pub const DEFAULT_PUBLIC_URL: &str = "http://127.0.0.1:8080";
pub const DEFAULT_KEEP_BODIES_DAYS: i64 = 30;
