//! The `garita` command: serve, migrate, and the tools around them.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use garita::config::{self, MasterKey, Settings};

#[derive(Parser)]
#[command(
    name = "garita",
    version,
    about = "Fair, verifiable port-of-entry appointments"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web service.
    Serve(ServeArgs),
    /// Apply database migrations and exit.
    Migrate(DbArgs),
    /// Run the draw of one day now (it normally runs on schedule inside `serve`).
    Draw(DrawArgs),
    /// Check a published draw (the JSON of GET /api/v1/draws/{date}): recompute it from its
    /// seed and inputs and say whether the published results follow.
    VerifyDraw {
        /// The published JSON file.
        file: PathBuf,
        /// The commitment you saved before the draw (GET /api/v1/draws/{date} then): the file
        /// must carry exactly it. Without it, a file's own commitment is all there is to check.
        #[arg(long, value_name = "HEX")]
        commitment: Option<String>,
    },
    /// Copy every table from one database to another (e.g. SQLite to PostgreSQL): the
    /// destination is migrated first and must be empty; each table is copied in one
    /// transaction and verified by counts. Keep the same secret key with the copy.
    Copy {
        /// sqlite://FILE or postgres://USER@HOST/DB
        #[arg(long)]
        from: String,
        /// sqlite://FILE or postgres://USER@HOST/DB
        #[arg(long)]
        to: String,
    },
    /// The keys that seal personal data.
    Key {
        #[command(subcommand)]
        what: Key,
    },
    /// The audit trail.
    Audit {
        #[command(subcommand)]
        what: Audit,
    },
    /// Policies: the rules of the cycle, the draw and the region, each from a day on
    /// (docs/policies.md).
    Policy {
        #[command(subcommand)]
        what: PolicyCmd,
    },
    /// Trusted Traveler memberships (SENTRI, NEXUS, Global Entry, FAST).
    Ttp {
        #[command(subcommand)]
        what: TtpCmd,
    },
    /// Advance travel authorization for parole processes: import a signed batch of cases, run
    /// a month's selection.
    Ata {
        #[command(subcommand)]
        what: AtaCmd,
    },
    /// Programme rosters: import an organisation's signed roster file.
    Roster {
        #[command(subcommand)]
        what: RosterCmd,
    },
    /// Payments of provisional I-94s.
    Payments {
        #[command(subcommand)]
        what: PaymentsCmd,
    },
    /// Benchmarks that print figures.
    Bench {
        #[command(subcommand)]
        what: Bench,
    },
}

#[derive(Subcommand)]
enum Key {
    /// Re-seal every sealed value under the current key (--secret-key / --key-file), opening
    /// older ones with --old-secret-keys. In batches, one transaction each; safe to stop and run
    /// again; a second run re-seals nothing. Run it once every server uses the new key.
    Rotate {
        #[command(flatten)]
        settings: SettingsArgs,
        /// Rows per transaction.
        #[arg(long, default_value_t = 500)]
        batch: u32,
    },
}

#[derive(Subcommand)]
enum TtpCmd {
    /// Import memberships from a CSV or TSV file with the header
    /// `programme,passid,date_of_birth,status,expires_on`: created, or updated by PASSID (the
    /// same row again changes nothing). Any bad row: every one printed, nothing imported.
    Import {
        #[command(flatten)]
        settings: SettingsArgs,
        file: PathBuf,
    },
}

#[derive(Subcommand)]
enum PolicyCmd {
    /// Check a policy file (TOML); every problem names its field. Exit status 1 if invalid.
    Check {
        /// The policy file, or the name of a preset (garita, cbp-2023-05, cbp-2024-03,
        /// cbp-2024-08).
        file: String,
    },
    /// Schedule a policy from a day on (its cycle, draw and region apply to that day's draw and
    /// later ones); refused for a day whose draw has run. The running service picks it up.
    Add {
        #[command(flatten)]
        db: DbArgs,
        /// The policy file, or the name of a preset.
        file: String,
        /// The first draw day it applies to, YYYY-MM-DD.
        #[arg(long)]
        from: chrono::NaiveDate,
    },
    /// Print the policy in force for a day's draw (default: today, UTC) and the history.
    Show {
        #[command(flatten)]
        db: DbArgs,
        #[arg(long)]
        date: Option<chrono::NaiveDate>,
    },
}

/// A policy's text: a file, or a preset's name.
fn policy_text(file: &str) -> anyhow::Result<String> {
    if let Some(text) = garita_domain::policy::preset(file) {
        return Ok(text.to_string());
    }
    std::fs::read_to_string(file).with_context(|| format!("reading policy file {file}"))
}

#[derive(Subcommand)]
enum RosterCmd {
    /// Import an organisation's roster (CSV: roster_id, full_name, date_of_birth, nationality,
    /// programme_status) with its Ed25519 detached signature (base64, hex or 64 raw bytes) by a
    /// key registered for that organisation; prints the row report.
    Import {
        #[command(flatten)]
        settings: Box<SettingsArgs>,
        file: PathBuf,
        sig: PathBuf,
        /// The organisation's id.
        #[arg(long)]
        organisation: i64,
    },
}

#[derive(Subcommand)]
enum AtaCmd {
    /// Import a batch of supporter cases (CSV or JSON) with its Ed25519 detached signature
    /// (base64, hex or 64 raw bytes) by a registered agency key; prints the report.
    Import {
        #[command(flatten)]
        settings: Box<SettingsArgs>,
        file: PathBuf,
        sig: PathBuf,
        /// The programme the cases are for (chnv, u4u, demo).
        #[arg(long, default_value = "demo")]
        programme: String,
        /// The agency (organisation id) the batch comes from: only its keys may sign it
        /// (default: any registered agency's key).
        #[arg(long)]
        agency: Option<i64>,
    },
    /// Run a programme's selection of this month now (it normally runs on the 1st inside
    /// `serve`); prints the invitation links of the cases chosen.
    Select {
        #[command(flatten)]
        settings: Box<SettingsArgs>,
        #[arg(long, default_value = "demo")]
        programme: String,
        /// Any day of the month (default: today, UTC).
        #[arg(long)]
        month: Option<chrono::NaiveDate>,
    },
}

#[derive(Subcommand)]
enum PaymentsCmd {
    /// Ask Stripe for the state of every card checkout still waiting for payment and settle
    /// those paid or expired meanwhile (a confirmation lost in a crash or a missed webhook).
    /// Safe to run at any time and again.
    Reconcile {
        #[command(flatten)]
        settings: SettingsArgs,
        #[command(flatten)]
        stripe: garita::payments::StripeArgs,
    },
}

#[derive(Subcommand)]
enum Audit {
    /// Check that no audit entry was changed, removed or reordered (exit status 1 if so).
    Verify(DbArgs),
}

#[derive(Subcommand)]
enum Bench {
    /// What a query costs through sqlx's Any driver against the engine's own driver.
    Storage {
        #[command(flatten)]
        db: DbArgs,
        #[arg(long, default_value_t = 20_000)]
        queries: usize,
    },
    /// Fill a database with load-test data (see scripts/bench-load.sh).
    Seed {
        #[command(flatten)]
        key: Box<SettingsArgs>,
        #[arg(long, default_value_t = 100_000)]
        travelers: usize,
        #[arg(long, default_value_t = 2_000)]
        sessions: usize,
        /// Where to write the sessions' bearer tokens.
        #[arg(long)]
        tokens_file: PathBuf,
    },
    /// The day replay's data (scripts/bench-day.sh): account holders in groups, the
    /// replayed hour's submitters with photos, the others with open requests.
    SeedDay {
        #[command(flatten)]
        key: Box<SettingsArgs>,
        #[arg(long, default_value_t = 100_000)]
        accounts: usize,
        #[arg(long, default_value_t = 15_400)]
        submitters: usize,
    },
    /// Sign in what a phase of the day replay needs and write its lines (submitters,
    /// holders, offers, check-ins).
    DayList {
        #[command(flatten)]
        key: Box<SettingsArgs>,
        what: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// The monthly parole selection over N confirmed cases with a cap: time and peak memory.
    AtaSelection {
        #[arg(long, default_value_t = 1_000_000)]
        cases: usize,
        #[arg(long, default_value_t = 30_000)]
        cap: u32,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Check and store a bus manifest CSV of N people in a fresh SQLite database (or
    /// --database), ROUNDS times: rows/s and peak memory.
    ManifestCsv {
        #[arg(long, default_value_t = 10_000)]
        people: usize,
        #[arg(long, default_value_t = 3)]
        rounds: usize,
        #[arg(long)]
        database: Option<String>,
    },
    /// Import a signed file of N supporter cases into a fresh SQLite database (or --database):
    /// rows/s and peak memory.
    AtaImport {
        #[arg(long, default_value_t = 100_000)]
        rows: usize,
        #[arg(long)]
        database: Option<String>,
    },
    /// Draw N synthetic requests into 14 days × 8 ports × 1,450 places a day; print wall time
    /// and peak memory, and the time to verify the result.
    Draw {
        #[arg(long, default_value_t = 1_000_000)]
        requests: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The allocation rule: weighted or oldest-share-then-random (default parameters).
        #[arg(long, default_value = "weighted", value_parser = parse_rule_id)]
        rule: garita_domain::draw::RuleId,
    },
}

fn parse_rule_id(text: &str) -> Result<garita_domain::draw::RuleId, String> {
    garita_domain::draw::RuleId::parse(text).ok_or_else(|| {
        let known = garita_domain::draw::RuleId::ALL.map(|r| r.as_str());
        format!("unknown rule {text:?} (known: {})", known.join(", "))
    })
}

#[derive(Args)]
struct DrawArgs {
    #[command(flatten)]
    key: SettingsArgs,
    /// The draw's day, YYYY-MM-DD (in the cycle's time zone).
    #[arg(long)]
    date: chrono::NaiveDate,
    /// Run even though the day's request window has not closed yet.
    #[arg(long)]
    force: bool,
}

/// Every setting of the service that the commands share (database, secret key, ports,
/// region, questions, the draw and its daily cycle, the clock). Defaults live in `config`.
#[derive(Args)]
struct SettingsArgs {
    #[command(flatten)]
    db: DbArgs,
    /// 64 hex characters; otherwise read from (or created in) --key-file.
    #[arg(long, env = "GARITA_SECRET_KEY", hide_env_values = true)]
    secret_key: Option<String>,
    #[arg(long, env = "GARITA_KEY_FILE", default_value = config::DEFAULT_KEY_FILE)]
    key_file: PathBuf,
    /// Keys data may still be sealed under after a change of key (64 hex each, comma-separated):
    /// they only open, until `garita key rotate` has re-sealed everything.
    #[arg(
        long,
        env = "GARITA_OLD_SECRET_KEYS",
        value_delimiter = ',',
        hide_env_values = true
    )]
    old_secret_keys: Vec<String>,
    /// The file of the key the deployment began with, when --key-file / --secret-key is a newer
    /// one: e-mail fingerprints and CSRF tokens are derived from it and never rotate.
    #[arg(long, env = "GARITA_LOOKUP_KEY_FILE")]
    lookup_key_file: Option<PathBuf>,
    /// An agency's own ports file (defaults to the built-in data/ports.json).
    #[arg(long, env = "GARITA_PORTS_FILE")]
    ports_file: Option<PathBuf>,
    /// HASC codes of the states in the eligible region, comma-separated (docs/geofence.md).
    #[arg(long, env = "GARITA_REGION_STATES", value_delimiter = ',')]
    region_states: Option<Vec<String>>,
    /// Vulnerability question ids, comma-separated; each needs a `vulnerability-<id>` message.
    #[arg(long, env = "GARITA_VULNERABILITY_QUESTIONS", value_delimiter = ',')]
    vulnerability_questions: Option<Vec<String>>,
    /// The draw's weighting as JSON (docs/draw.md), e.g. {"per_day_weight": 0.2}.
    #[arg(long, env = "GARITA_DRAW_PARAMS")]
    draw_params: Option<String>,
    /// Time zone of the daily cycle (IANA name).
    #[arg(long, env = "GARITA_CYCLE_TIME_ZONE", default_value = config::DEFAULT_CYCLE_TIME_ZONE)]
    cycle_time_zone: chrono_tz::Tz,
    /// Local time the request window closes (HH:MM).
    #[arg(long, env = "GARITA_WINDOW_CLOSES", default_value = config::DEFAULT_WINDOW_CLOSES)]
    window_closes: chrono::NaiveTime,
    /// Local time the draw runs (HH:MM).
    #[arg(long, env = "GARITA_DRAW_AT", default_value = config::DEFAULT_DRAW_AT)]
    draw_at: chrono::NaiveTime,
    /// Start the service's clock at this instant (RFC 3339) and let it run from there: for
    /// browser tests and demonstrations at a chosen hour. Never set it in production.
    #[arg(long, env = "GARITA_CLOCK_START")]
    clock_start: Option<chrono::DateTime<chrono::FixedOffset>>,
}

impl SettingsArgs {
    fn settings(&self) -> anyhow::Result<Settings> {
        let key = match &self.secret_key {
            Some(hex) => MasterKey::from_hex(hex)?,
            None => MasterKey::load_or_create(&self.key_file)?,
        };
        let mut settings = Settings::for_local(self.db.database_url.clone(), key);
        settings.old_master_keys = self
            .old_secret_keys
            .iter()
            .filter(|k| !k.trim().is_empty())
            .map(|k| MasterKey::from_hex(k).context("GARITA_OLD_SECRET_KEYS"))
            .collect::<anyhow::Result<_>>()?;
        if let Some(path) = &self.lookup_key_file {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading lookup key file {}", path.display()))?;
            settings.lookup_key = Some(MasterKey::from_hex(&text)?);
        }
        settings.ports_json = Settings::read_ports_file(self.ports_file.as_ref())?;
        if let Some(states) = &self.region_states {
            settings.region_states = states.iter().map(|s| s.trim().to_string()).collect();
        }
        if let Some(questions) = &self.vulnerability_questions {
            settings.vulnerability_questions = questions
                .iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
        }
        if let Some(json) = &self.draw_params {
            settings.cycle.draw_params = serde_json::from_str(json)
                .context("GARITA_DRAW_PARAMS is not valid draw parameters")?;
        }
        settings.cycle.time_zone = self.cycle_time_zone;
        settings.cycle.window_closes = self.window_closes;
        settings.cycle.draw_at = self.draw_at;
        if let Some(start) = self.clock_start {
            settings.clock = garita::clock::Clock::starting_at(start.to_utc());
        }
        Ok(settings)
    }
}

#[derive(Args)]
struct DbArgs {
    /// sqlite://FILE (created if missing) or postgres://USER@HOST/DB
    #[arg(
        long = "database",
        env = "GARITA_DATABASE_URL",
        default_value = config::DEFAULT_DATABASE_URL
    )]
    database_url: String,
}

#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    key: SettingsArgs,
    #[arg(long, env = "GARITA_ADDR", default_value = config::DEFAULT_ADDR)]
    addr: SocketAddr,
    /// Load demo accounts (passwords printed once at start).
    #[arg(long)]
    demo: bool,
    /// The preset an empty database starts with (garita, cbp-2023-05, cbp-2024-03, cbp-2024-08).
    /// Not together with the flags it replaces (region, questions, draw parameters, cycle
    /// times): those describe the generated `garita` policy. A database with policies keeps
    /// them; `garita policy add` schedules another.
    #[arg(long, env = "GARITA_POLICY", conflicts_with_all = ["region_states", "vulnerability_questions", "draw_params", "cycle_time_zone", "window_closes", "draw_at"])]
    policy: Option<String>,
    /// New accounts allowed per client address per hour.
    #[arg(long, env = "GARITA_REGISTRATIONS_PER_IP_HOUR", default_value_t = config::DEFAULT_REGISTRATIONS_PER_IP_HOUR)]
    registrations_per_ip_hour: u32,
    /// Requests handled at once; above it the server answers 503 with Retry-After.
    #[arg(long, env = "GARITA_MAX_IN_FLIGHT", default_value_t = config::DEFAULT_MAX_IN_FLIGHT)]
    max_in_flight: usize,
    /// Appointment requests and photo uploads per account per hour.
    #[arg(long, env = "GARITA_SUBMISSIONS_PER_HOUR", default_value_t = config::DEFAULT_SUBMISSIONS_PER_HOUR)]
    submissions_per_hour: u32,
    /// Days before a Trusted Traveler membership expires that renewal opens (and its member is reminded).
    #[arg(long, env = "GARITA_TTP_RENEWAL_WINDOW_DAYS", default_value_t = config::DEFAULT_TTP_RENEWAL_WINDOW_DAYS)]
    ttp_renewal_window_days: u32,
    /// Open statistics hide figures about fewer people than this (with complements).
    #[arg(long, env = "GARITA_STATS_THRESHOLD", default_value_t = garita_domain::statistics::DEFAULT_THRESHOLD)]
    stats_threshold: u64,
    /// Also serve GET /bench/hello outside all middleware: the machine's ceiling in benchmarks.
    #[arg(long, hide = true)]
    bench_routes: bool,
    /// Let this machine move the clock (POST /bench/clock?at=RFC3339): the day replay
    /// (scripts/bench-day.sh) only. Never in production.
    #[arg(long, hide = true)]
    bench_clock: bool,
    /// Serve public reads (wait times, draws, statistics) from this database: a streaming
    /// standby of --database (may lag; never written).
    #[arg(long, env = "GARITA_READ_DATABASE_URL")]
    read_database: Option<String>,
    /// Force Secure cookies on or off (default: on unless serving on loopback).
    #[arg(long, env = "GARITA_SECURE_COOKIES")]
    secure_cookies: Option<bool>,
    #[command(flatten)]
    notify: Box<NotifyArgs>,
    #[command(flatten)]
    stripe: garita::payments::StripeArgs,
}

/// E-mail and SMS. Without --smtp-url (or the SMS account), notifications are still written
/// to the outbox and marked unsendable, with a log line.
#[derive(Args)]
struct NotifyArgs {
    /// smtp://[user:password@]host[:port] (STARTTLS required unless loopback or --smtp-plain)
    /// or smtps://…
    #[arg(long, env = "GARITA_SMTP_URL", hide_env_values = true)]
    smtp_url: Option<String>,
    /// Allow SMTP without TLS to a host that is not this machine.
    #[arg(long, env = "GARITA_SMTP_PLAIN")]
    smtp_plain: bool,
    #[arg(long, env = "GARITA_MAIL_FROM", default_value = config::DEFAULT_MAIL_FROM)]
    mail_from: String,
    /// The site's public address, for "sign in to see" and the SMS status callback.
    #[arg(long, env = "GARITA_PUBLIC_URL", default_value = config::DEFAULT_PUBLIC_URL)]
    public_url: String,
    /// Days a sent message's sealed body is kept.
    #[arg(long, env = "GARITA_KEEP_NOTIFICATION_DAYS", default_value_t = config::DEFAULT_KEEP_BODIES_DAYS)]
    keep_notification_days: i64,
    /// Seconds between runs of the outbox job (sending, reminders). Default 30.
    #[arg(long, env = "GARITA_OUTBOX_EVERY_SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    outbox_every_secs: u64,
    /// The address people write to for help with this service (shown on /contact).
    #[arg(long, env = "GARITA_CONTACT_EMAIL")]
    contact_email: Option<String>,
    /// Twilio's API (or a service speaking it).
    #[arg(
        long,
        env = "GARITA_SMS_BASE_URL",
        default_value = "https://api.twilio.com"
    )]
    sms_base_url: String,
    #[arg(long, env = "GARITA_SMS_ACCOUNT_SID")]
    sms_account_sid: Option<String>,
    #[arg(long, env = "GARITA_SMS_AUTH_TOKEN", hide_env_values = true)]
    sms_auth_token: Option<String>,
    #[arg(long, env = "GARITA_SMS_FROM")]
    sms_from: Option<String>,
    #[arg(long, env = "GARITA_SMS_MESSAGING_SERVICE_SID")]
    sms_messaging_service_sid: Option<String>,
    /// SMS a day per account and per destination number (SMS-pumping fraud).
    #[arg(long, env = "GARITA_SMS_PER_ACCOUNT_DAY", default_value_t = 5)]
    sms_per_account_day: i64,
    #[arg(long, env = "GARITA_SMS_PER_NUMBER_DAY", default_value_t = 5)]
    sms_per_number_day: i64,
}

impl NotifyArgs {
    fn apply(self, n: &mut config::Notifications) {
        n.smtp_url = self.smtp_url.filter(|u| !u.is_empty()).map(config::Secret);
        n.smtp_plain = self.smtp_plain;
        n.mail_from = self.mail_from;
        n.public_url = self.public_url;
        n.keep_bodies_days = self.keep_notification_days;
        n.every = std::time::Duration::from_secs(self.outbox_every_secs);
        n.contact_email = self.contact_email.filter(|e| !e.trim().is_empty());
        n.sms_per_account_day = self.sms_per_account_day;
        n.sms_per_number_day = self.sms_per_number_day;
        if let (Some(sid), Some(token)) = (self.sms_account_sid, self.sms_auth_token) {
            n.sms = Some(config::Sms {
                base_url: self.sms_base_url,
                account_sid: sid,
                auth_token: config::Secret(token),
                from: self.sms_from,
                messaging_service_sid: self.sms_messaging_service_sid,
            });
        }
    }
}

fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_env("GARITA_LOG").unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    if std::env::var("GARITA_LOG_FORMAT").as_deref() == Ok("json") {
        tracing_subscriber::fmt()
            .with_env_filter(filter)
            .json()
            .init();
    } else {
        tracing_subscriber::fmt().with_env_filter(filter).init();
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down: finishing requests in flight");
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    init_tracing();
    let cli = Cli::parse();
    match cli.command {
        Command::Migrate(db) => {
            let db = garita::storage::Db::connect(&db.database_url).await?;
            db.migrate().await?;
            println!("migrations applied");
        }
        Command::Serve(args) => {
            let mut settings = args.key.settings()?;
            settings.addr = args.addr;
            settings.secure_cookies = args.secure_cookies.unwrap_or(!args.addr.ip().is_loopback());
            settings.run_jobs = true;
            settings.registrations_per_ip_hour = args.registrations_per_ip_hour;
            settings.max_in_flight = args.max_in_flight;
            settings.submissions_per_hour = args.submissions_per_hour;
            settings.ttp_renewal_window_days = args.ttp_renewal_window_days;
            settings.stats_threshold = args.stats_threshold;
            settings.bench_routes = args.bench_routes;
            settings.bench_clock = args.bench_clock;
            settings.read_database_url = args.read_database.filter(|u| !u.is_empty());
            if args.bench_clock && args.key.clock_start.is_none() {
                // A clock that can be moved, starting at the real time.
                settings.clock =
                    garita::clock::Clock::starting_at(garita::clock::Clock::system().now());
            }
            if let Some(name) = &args.policy {
                settings.policy = Some(
                    garita_domain::policy::preset(name)
                        .ok_or_else(|| anyhow::anyhow!("--policy {name:?}: no such preset (garita, cbp-2023-05, cbp-2024-03, cbp-2024-08)"))?
                        .to_string(),
                );
            }
            (*args.notify).apply(&mut settings.notifications);
            settings.payments = args.stripe.settings(&settings.notifications.public_url);
            settings.notifications.print_mail =
                args.demo && settings.notifications.smtp_url.is_none();
            let running = garita::startup::spawn(settings, shutdown_signal()).await?;
            if args.demo {
                // Demo users run `garita draw --force` from another terminal and reload.
                running.state.hot.set_fresh(std::time::Duration::ZERO);
                let accounts = garita::demo::load(&running.state).await?;
                println!("\nDemo accounts (passwords are new at each start with --demo):");
                for a in accounts {
                    let port = a.port.map(|p| format!(" ({p})")).unwrap_or_default();
                    let otpauth = a.otpauth.map(|u| format!(" {u}")).unwrap_or_default();
                    println!(
                        "  {:<20} {:<40} {}{}{}",
                        a.role, a.email, a.password, otpauth, port
                    );
                    if let Some(s) = &a.seated {
                        println!(
                            "            confirmed appointment {} {} at {}; pass codes: {}",
                            s.day,
                            s.start_time,
                            s.port,
                            s.passes.join(", ")
                        );
                    }
                }
                println!();
                for line in garita::travel_authorizations::demo::printed() {
                    println!("{line}");
                }
                for line in garita::trusted_travelers::demo::printed() {
                    println!("{line}");
                }
                for line in garita::i94::demo::printed() {
                    println!("{line}");
                }
                for line in garita::consents::demo::printed() {
                    println!("{line}");
                }
                for line in garita::rosters::demo::printed() {
                    println!("{line}");
                }
                println!("\nRun a draw now:  garita draw --force --date <YYYY-MM-DD>   (same --database)");
                println!();
            }
            println!("Garita is serving on http://{}", running.addr);
            running.task.await??;
            running.state.db.close().await;
        }
        Command::Draw(args) => {
            let state = garita::state::AppState::build(args.key.settings()?).await?;
            match garita::draw::run(&state, args.date, state.clock.now(), args.force).await {
                Ok(garita::draw::Outcome::Ran {
                    participants,
                    selected,
                }) => {
                    println!(
                        "draw of {}: {participants} requests, {selected} groups selected",
                        args.date
                    )
                }
                Ok(garita::draw::Outcome::AlreadyDone) => {
                    println!("draw of {} had already run; nothing changed", args.date)
                }
                Err(e) => anyhow::bail!("draw of {} failed: {e}", args.date),
            }
            state.db.close().await;
        }
        Command::VerifyDraw { file, commitment } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let published: garita_domain::draw::PublishedDraw = serde_json::from_str(&text)
                .with_context(|| format!("{} is not a published draw", file.display()))?;
            let checked = match commitment.as_deref() {
                Some(hex) => garita_domain::draw::verify_against(&published, hex),
                None => garita_domain::draw::verify(&published),
            };
            // The policy the record names (if any) must be the one its rule came from.
            let record: serde_json::Value = serde_json::from_str(&text)?;
            match garita::policies::check_stamp(&record, &published.rule) {
                Ok(Some(stamp)) => println!(
                    "policy {} (from {}, digest {}): its text matches its digest and names this draw's rule",
                    stamp.name, stamp.effective_from, stamp.digest
                ),
                Ok(None) => {}
                Err(e) => {
                    eprintln!("FAILED: the draw of {}: {e}", published.date);
                    std::process::exit(1);
                }
            }
            if published.algorithm == garita_domain::draw::ALGORITHM_V1 {
                eprintln!("note: a {} record does not bind its date; check it against the commitment saved before the draw (--commitment)", garita_domain::draw::ALGORITHM_V1);
            }
            match checked {
                Ok(()) => println!(
                    "OK: the draw of {} follows from its seed and inputs under the rule {} ({} requests, {} placements; commitment {} matches)",
                    published.date,
                    published.rule.id(),
                    published.requests.len(),
                    published.results.len(),
                    published.commitment
                ),
                Err(e) => {
                    eprintln!("FAILED: the draw of {} does not follow from its inputs: {e}", published.date);
                    std::process::exit(1);
                }
            }
        }
        Command::Policy {
            what: PolicyCmd::Check { file },
        } => {
            let text = policy_text(&file)?;
            let catalogs = garita::i18n::Catalogs::load()?;
            match garita::policies::check(&text, &catalogs) {
                Ok(p) => println!("OK: policy {} (digest {})", p.name, p.digest()),
                Err(e) => {
                    eprintln!("INVALID: {}: {}", e.field, e.problem);
                    std::process::exit(1);
                }
            }
        }
        Command::Policy {
            what: PolicyCmd::Add { db, file, from },
        } => {
            let text = policy_text(&file)?;
            let catalogs = garita::i18n::Catalogs::load()?;
            let db = garita::storage::Db::connect(&db.database_url).await?;
            db.migrate().await?;
            let now = garita::clock::Clock::system().now();
            match garita::policies::add(&db, &catalogs, &text, from, None, None, now).await {
                Ok(p) => println!(
                    "scheduled policy {} (id {}, digest {}) from the draw of {}",
                    p.name, p.id, p.digest, p.effective_from
                ),
                Err(e) => {
                    eprintln!("REFUSED: {e}");
                    std::process::exit(1);
                }
            }
            db.close().await;
        }
        Command::Policy {
            what: PolicyCmd::Show { db, date },
        } => {
            let db = garita::storage::Db::connect(&db.database_url).await?;
            db.migrate().await?;
            let history = garita::policies::read_history(&db)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let day = date.unwrap_or_else(|| garita::clock::Clock::system().now().date_naive());
            let p = garita::policies::in_force(&history, day);
            println!("history (draw day from which each applies):");
            for h in history.iter() {
                let used = h
                    .first_used_by_draw
                    .map(|d| format!("used from the draw of {d}"))
                    .unwrap_or_else(|| "not used yet".into());
                println!(
                    "  {}  {:<14} {}  {used}",
                    h.effective_from, h.name, h.digest
                );
            }
            println!(
                "\nin force for the draw of {day}: {} (from {}, digest {})\n",
                p.name, p.effective_from, p.digest
            );
            print!("{}", p.text);
            db.close().await;
        }
        Command::Ttp {
            what: TtpCmd::Import { settings, file },
        } => {
            let state = garita::state::AppState::build(settings.settings()?).await?;
            let report = garita::trusted_travelers::imports::import_file(&state, &file).await;
            state.db.close().await;
            let report = report?;
            println!(
                "imported {}: {} created, {} updated, {} unchanged",
                file.display(),
                report.created,
                report.updated,
                report.unchanged
            );
        }
        Command::Copy { from, to } => {
            let source = garita::storage::Db::connect(&from).await?;
            let dest = garita::storage::Db::connect(&to).await?;
            let copied = garita::storage::copy::copy(&source, &dest).await?;
            for (table, rows) in &copied.tables {
                println!("  {table:<24} {rows} rows");
            }
            println!("copied {} tables; every count matches", copied.tables.len());
            source.close().await;
            dest.close().await;
        }
        Command::Key {
            what: Key::Rotate { settings, batch },
        } => {
            let state = garita::state::AppState::build(settings.settings()?).await?;
            let report = garita::storage::rotate::rotate(&state.db, &state.vault, batch).await?;
            print!("{report}");
            println!(
                "re-sealed {} values; {} changed meanwhile (run again to finish them)",
                report.resealed(),
                report.changed_meanwhile()
            );
            state.db.close().await;
        }
        Command::Payments {
            what: PaymentsCmd::Reconcile { settings, stripe },
        } => {
            let mut settings = settings.settings()?;
            settings.payments = stripe.settings("");
            if settings.payments.stripe.is_none() {
                anyhow::bail!("card payments are not configured: give --stripe-secret-key and --stripe-webhook-secret");
            }
            let state = garita::state::AppState::build(settings).await?;
            let done = garita::payments::stripe::reconcile(&state)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            println!(
                "asked Stripe about {} open checkouts: {} paid, {} expired",
                done.asked, done.paid, done.expired
            );
            state.db.close().await;
        }
        Command::Audit {
            what: Audit::Verify(db),
        } => {
            let db = garita::storage::Db::connect(&db.database_url).await?;
            match garita::audit::verify(&db).await? {
                garita::audit::Verdict::Intact { entries } => {
                    println!("OK: the audit trail is intact ({entries} entries)")
                }
                garita::audit::Verdict::Broken { seq, reason } => {
                    eprintln!("FAILED: audit entry {seq}: {reason}");
                    std::process::exit(1);
                }
            }
        }
        Command::Bench {
            what: Bench::Storage { db, queries },
        } => garita::bench::storage(&db.database_url, queries).await?,
        Command::Bench {
            what: Bench::AtaSelection { cases, cap, seed },
        } => garita::travel_authorizations::bench::selection(cases, cap, seed)?,
        Command::Bench {
            what:
                Bench::ManifestCsv {
                    people,
                    rounds,
                    database,
                },
        } => garita::bench::manifest_csv(people, rounds, database).await?,
        Command::Bench {
            what: Bench::AtaImport { rows, database },
        } => garita::travel_authorizations::bench::import(rows, database).await?,
        Command::Ata {
            what:
                AtaCmd::Import {
                    settings,
                    file,
                    sig,
                    programme,
                    agency,
                },
        } => {
            let state = garita::state::AppState::build(settings.settings()?).await?;
            let result =
                garita::travel_authorizations::cli::import(&state, &programme, &file, &sig, agency)
                    .await;
            state.db.close().await;
            result?;
        }
        Command::Roster {
            what:
                RosterCmd::Import {
                    settings,
                    file,
                    sig,
                    organisation,
                },
        } => {
            let state = garita::state::AppState::build(settings.settings()?).await?;
            let result = garita::rosters::cli::import(&state, organisation, &file, &sig).await;
            state.db.close().await;
            result?;
        }
        Command::Ata {
            what:
                AtaCmd::Select {
                    settings,
                    programme,
                    month,
                },
        } => {
            let state = garita::state::AppState::build(settings.settings()?).await?;
            let result =
                garita::travel_authorizations::cli::select(&state, &programme, month).await;
            state.db.close().await;
            result?;
        }
        Command::Bench {
            what:
                Bench::Draw {
                    requests,
                    seed,
                    rule,
                },
        } => garita::bench::draw(requests, seed, rule)?,
        Command::Bench {
            what:
                Bench::Seed {
                    key,
                    travelers,
                    sessions,
                    tokens_file,
                },
        } => {
            let state = garita::state::AppState::build(key.settings()?).await?;
            garita::bench::seed(&state, travelers, sessions, &tokens_file).await?;
            state.db.close().await;
        }
        Command::Bench {
            what:
                Bench::SeedDay {
                    key,
                    accounts,
                    submitters,
                },
        } => {
            let state = garita::state::AppState::build(key.settings()?).await?;
            garita::bench_day::seed(&state, accounts, submitters).await?;
            state.db.close().await;
        }
        Command::Bench {
            what: Bench::DayList { key, what, out },
        } => {
            let state = garita::state::AppState::build(key.settings()?).await?;
            garita::bench_day::list(&state, &what, &out).await?;
            state.db.close().await;
        }
    }
    Ok(())
}
