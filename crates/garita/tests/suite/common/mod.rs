//! Test helpers: each test gets its own Garita on a free port with a fresh database: a new
//! SQLite file, or a new PostgreSQL database when `GARITA_TEST_POSTGRES` names a server
//! (e.g. `postgres://postgres@127.0.0.1:5433`).
#![allow(dead_code)]

pub mod smtp;
pub mod stripe_double;

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use garita::clock::Clock;
use garita::config::{MasterKey, Settings};
use garita::startup::spawn;
use garita::state::AppState;
use garita_domain::accounts::{Email, Password};
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::{AccountKind, Grant, Programme, Role, Scope};
use garita_domain::status::OrganisationStatus;
use reqwest::redirect::Policy;
use serde_json::{json, Value};
use sqlx::Connection;

pub struct TestApp {
    pub base: String,
    /// The database URL, for driving the `garita` binary against the same data.
    pub db_url: String,
    pub state: AppState,
    /// The service's clock, frozen at `TEST_START` until a test moves it.
    pub clock: Clock,
    pub api: reqwest::Client,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    file: Option<PathBuf>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(f) = &self.file {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", f.display()));
            }
        }
    }
}

fn unique() -> String {
    garita::storage::vault::random_id()[..16].to_string()
}

pub fn engine() -> &'static str {
    if std::env::var("GARITA_TEST_POSTGRES").is_ok() {
        "postgres"
    } else {
        "sqlite"
    }
}

pub async fn fresh_database() -> (String, Option<PathBuf>) {
    match std::env::var("GARITA_TEST_POSTGRES") {
        Ok(server) => {
            sqlx::any::install_default_drivers();
            let name = format!("garita_test_{}", unique());
            let mut admin = sqlx::AnyConnection::connect(&format!("{server}/postgres"))
                .await
                .expect("GARITA_TEST_POSTGRES server reachable");
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&mut admin)
                .await
                .expect("create test database");
            (format!("{server}/{name}"), None)
        }
        Err(_) => {
            let (url, file) = sqlite_file("test");
            (url, Some(file))
        }
    }
}

/// A new SQLite file's URL and path in the temp directory (whatever engine the suite runs on).
pub fn sqlite_file(what: &str) -> (String, PathBuf) {
    let file = std::env::temp_dir().join(format!("garita-{what}-{}.db", unique()));
    (format!("sqlite://{}", file.display()), file)
}

/// Where every test's clock stands unless it says otherwise: Monday 15 June 2026, 09:00 in
/// the cycle's zone (America/Chicago, CDT): the request window is open and the draw is later
/// today. No test reads the wall clock, so none depends on the hour it runs.
pub const TEST_START: &str = "2026-06-15T09:00:00-05:00";

pub fn test_start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(TEST_START).unwrap().to_utc()
}

pub async fn spawn_app() -> TestApp {
    spawn_with(|_| {}).await
}

pub async fn spawn_with(adjust: impl FnOnce(&mut Settings)) -> TestApp {
    let (url, file) = fresh_database().await;
    let mut settings = Settings::for_local(url.clone(), MasterKey::random());
    // Tests change sessions behind the server's back (expiry); trust only the database.
    settings.session_cache_for = std::time::Duration::ZERO;
    // Tests register many accounts from one address; the throttle has its own test.
    settings.registrations_per_ip_hour = 10_000;
    settings.clock = Clock::frozen(test_start());
    adjust(&mut settings);
    let clock = settings.clock.clone();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let running = spawn(settings, async {
        let _ = rx.await;
    })
    .await
    .expect("app starts");
    TestApp {
        db_url: url,
        base: format!("http://{}", running.addr),
        state: running.state,
        clock,
        api: reqwest::Client::builder()
            .redirect(Policy::none())
            .build()
            .unwrap(),
        shutdown: Some(tx),
        file,
    }
}

pub const PASSWORD: &str = "a long harmless passphrase";

impl TestApp {
    /// Now, by the service's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// A browser: keeps cookies, does not follow redirects (tests check them).
    pub fn browser(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .build()
            .unwrap()
    }

    pub async fn post_json(
        &self,
        path: &str,
        token: Option<&str>,
        body: &Value,
    ) -> reqwest::Response {
        let mut req = self.api.post(self.url(path)).json(body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send().await.unwrap()
    }

    pub async fn get_json(&self, path: &str, token: Option<&str>) -> reqwest::Response {
        let mut req = self.api.get(self.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send().await.unwrap()
    }

    /// Registers a traveler through the API and logs in; returns (e-mail, bearer token).
    pub async fn traveler(&self) -> (String, String) {
        let email = format!("t{}@example.org", unique());
        let res = self
            .post_json(
                "/api/v1/accounts",
                None,
                &json!({"email": email, "password": PASSWORD}),
            )
            .await;
        assert_eq!(res.status(), 202, "{}", res.text().await.unwrap());
        self.verify_email(&email).await;
        let token = self.login(&email, PASSWORD).await;
        (email, token)
    }

    /// The link of a message of `kind` (e.g. "verify-email", "password-reset") written to the
    /// outbox for the account that holds `email` (read from its sealed secrets): one whose
    /// token is still unused (the clock is frozen, so times do not order messages).
    pub async fn link_sent(&self, email: &str, kind: &str) -> String {
        #[derive(sqlx::FromRow)]
        struct Sent {
            id: String,
            sealed: Vec<u8>,
        }
        let email = Email::parse(email).unwrap();
        let fingerprint = self.state.vault.fingerprint(email.as_str());
        let sent: Vec<Sent> = sqlx::query_as(
            "SELECT n.id, s.sealed FROM notifications n
             JOIN notification_secrets s ON s.notification_id = n.id
             JOIN accounts a ON a.id = n.account_id
             WHERE a.email_fingerprint = $1 AND n.kind = $2
             ORDER BY n.created_at DESC, n.id DESC",
        )
        .bind(fingerprint)
        .bind(kind)
        .fetch_all(&self.state.db.read)
        .await
        .unwrap();
        let mut links = Vec::new();
        for s in sent {
            let plain = self
                .state
                .vault
                .open(&format!("notification-secrets:{}", s.id), &s.sealed)
                .unwrap();
            let secrets: garita::notifications::Secrets = serde_json::from_slice(&plain).unwrap();
            links.extend(secrets.link);
        }
        for link in &links {
            let hash = garita::storage::vault::sha256_hex(link.rsplit('/').next().unwrap());
            let (unused,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM account_tokens WHERE token_hash = $1 AND used_at IS NULL",
            )
            .bind(hash)
            .fetch_one(&self.state.db.read)
            .await
            .unwrap();
            if unused == 1 {
                return link.clone();
            }
        }
        links
            .into_iter()
            .next()
            .expect("a message with a link was written")
    }

    /// Verifies the address of the account that holds `email` with the link it was sent.
    pub async fn verify_email(&self, email: &str) {
        let link = self.link_sent(email, "verify-email").await;
        let token = link.rsplit('/').next().unwrap();
        let res = self
            .post_json(
                "/api/v1/email-verifications",
                None,
                &json!({"token": token}),
            )
            .await;
        assert_eq!(res.status(), 204, "{}", res.text().await.unwrap());
    }

    pub async fn login(&self, email: &str, password: &str) -> String {
        let res = self
            .post_json(
                "/api/v1/sessions",
                None,
                &json!({"email": email, "password": password}),
            )
            .await;
        assert_eq!(res.status(), 201);
        res.json::<Value>().await.unwrap()["token"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// A staff account holding `grants`, with a second factor set up (as the service requires
    /// of every account but a traveler's), not signed in: (id, e-mail, the factor's secret).
    pub async fn staff_account(&self, grants: &[Grant]) -> (i64, String, Vec<u8>) {
        let email = format!("s{}@example.org", unique());
        let id = garita::accounts::create_account(
            &self.state,
            &Email::parse(&email).unwrap(),
            &Password::parse(PASSWORD, |_| false).unwrap(),
            AccountKind::Staff,
            grants,
            Some("en"),
        )
        .await
        .unwrap();
        let secret = garita::accounts::second_factor::enrol_now(&self.state, id)
            .await
            .unwrap();
        (id, email, secret)
    }

    /// An account of another role, made the way an administrator would, signed in with its
    /// code: its bearer token.
    pub async fn staff(&self, role: Role, port: Option<&str>) -> String {
        let (_, email, secret) = self.staff_account(&grants(role, port)).await;
        self.login_with_code(&email, PASSWORD, &secret).await
    }

    /// A browser signed in through the login page as a new account of `role` (staff set up
    /// their second factor first, as the service requires, and type its code).
    pub async fn staff_browser(
        &self,
        role: Role,
        port: Option<&str>,
        next: &str,
    ) -> reqwest::Client {
        let (_, email, secret) = self.staff_account(&grants(role, port)).await;
        let b = self.browser();
        let csrf = self.form_token(&b, "/login").await;
        let res = b
            .post(self.url("/login"))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("email", email.as_str()),
                ("password", PASSWORD),
                ("next", next),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303);
        let csrf = self.form_token(&b, "/login/code").await;
        let res = b
            .post(self.url("/login/code"))
            .form(&[("csrf_token", csrf.as_str()), ("code", &self.totp(&secret))])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "signed in with the code");
        b
    }

    /// The code an authenticator app holding `secret` shows now, by the service's clock.
    pub fn totp(&self, secret: &[u8]) -> String {
        garita_domain::second_factor::code_at(secret, self.now().timestamp())
    }

    /// Logs in through the API with the current code of `secret`; returns the bearer token.
    pub async fn login_with_code(&self, email: &str, password: &str, secret: &[u8]) -> String {
        let res = self
            .post_json(
                "/api/v1/sessions",
                None,
                &json!({"email": email, "password": password, "code": self.totp(secret)}),
            )
            .await;
        assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
        res.json::<Value>().await.unwrap()["token"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// Adds a member named `name` (born 1990-05-21, `member`) with a photo to the group of
    /// `token`; the member's id.
    pub async fn member_with_photo(&self, token: &str, name: &str) -> String {
        let m: Value = self
            .post_json("/api/v1/travelers", Some(token), &member(name))
            .await
            .json()
            .await
            .unwrap();
        let id = m["id"].as_str().unwrap().to_string();
        let res = self
            .api
            .put(self.url(&format!("/api/v1/travelers/{id}/photo")))
            .bearer_auth(token)
            .body(png(200, 260))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 204);
        id
    }

    /// A new traveler whose group of one (`name`, with a photo) asked, from Tijuana, for an
    /// appointment at `port`: (token, the member's id).
    pub async fn asking(&self, name: &str, port: &str) -> (String, String) {
        let (_, token) = self.traveler().await;
        let id = self.member_with_photo(&token, name).await;
        let res = self
            .post_json(
                "/api/v1/appointment-requests",
                Some(&token),
                &json!({"ports": [port], "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0}}),
            )
            .await;
        assert_eq!(res.status(), 201);
        (token, id)
    }

    /// Confirms the appointment a draw offered `token`'s group: (appointment id, its first
    /// pass code).
    pub async fn confirm_selected(&self, token: &str) -> (String, String) {
        let s: Value = self
            .get_json("/api/v1/appointment-requests/current", Some(token))
            .await
            .json()
            .await
            .unwrap();
        let id = s["appointment"]["id"]
            .as_str()
            .expect("selected")
            .to_string();
        let c: Value = self
            .post_json(
                &format!("/api/v1/appointments/{id}/confirm"),
                Some(token),
                &json!({}),
            )
            .await
            .json()
            .await
            .unwrap();
        (id, c["passes"][0]["code"].as_str().unwrap().to_string())
    }

    /// Runs the draw of the next draw day now, as `garita draw --force` would.
    pub async fn draw_now(&self) {
        let day =
            garita::appointments::cycle::next_draw_day(&self.state.settings.cycle, self.now());
        let _ = garita::draw::run(&self.state, day, self.now(), true)
            .await
            .unwrap();
    }

    /// Today at `port`, in its zone, by the test's clock.
    pub fn port_today(&self, port: &str) -> chrono::NaiveDate {
        let p = self.state.ports.iter().find(|p| p.id == port).unwrap();
        garita::port_console::port_today(p, self.now())
    }

    /// Moves an appointment to `day` (its slots made if missing), as if drawn for it.
    pub async fn move_to(&self, appointment: &str, day: chrono::NaiveDate) {
        garita::draw::ensure_slots(&self.state, day, day)
            .await
            .unwrap();
        sqlx::query("UPDATE appointments SET day = $1 WHERE id = $2")
            .bind(day.to_string())
            .bind(appointment)
            .execute(&self.state.db.write)
            .await
            .unwrap();
    }

    /// An organisation made directly (as an administrator's decision would leave it): its id.
    pub async fn organisation(
        &self,
        legal_name: &str,
        kind: OrganisationKind,
        status: OrganisationStatus,
    ) -> i64 {
        sqlx::query_scalar(
            "INSERT INTO organisations (legal_name, kind, country, status, created_at)
             VALUES ($1, $2, 'MX', $3, $4) RETURNING id",
        )
        .bind(legal_name)
        .bind(kind.as_str())
        .bind(status.as_str())
        .bind(self.now().timestamp())
        .fetch_one(&self.state.db.write)
        .await
        .unwrap()
    }

    /// A traveler whose group has `n` members named "<prefix> 0", "<prefix> 1"…, each with a
    /// photo, so it may ask for an appointment. Returns the bearer token.
    pub async fn group(&self, n: usize, prefix: &str) -> String {
        let (_, token) = self.traveler().await;
        for i in 0..n {
            self.member_with_photo(&token, &format!("{prefix} {i}"))
                .await;
        }
        token
    }

    /// A browser that registered (as rosa@example.org) from `register_path` (e.g.
    /// "/register?lang=es"), verified its address and signed in; with the CSRF token of its
    /// forms (read from a page after the login, which renews the CSRF secret).
    pub async fn signed_up_browser(&self, register_path: &str) -> (reqwest::Client, String) {
        let b = self.browser();
        let html = b
            .get(self.url(register_path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let csrf = csrf_of(&html);
        let res = b
            .post(self.url("/register"))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("email", "rosa@example.org"),
                ("password", PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303);
        assert_eq!(res.headers()["location"], "/register/sent");
        self.verify_email("rosa@example.org").await;
        let csrf = self.form_token(&b, "/login").await;
        let res = b
            .post(self.url("/login"))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("email", "rosa@example.org"),
                ("password", PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303);
        let html = b
            .get(self.url("/group"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        (b, csrf_of(&html))
    }

    /// The CSRF token of the form(s) on the page at `path`, as this browser sees it.
    pub async fn form_token(&self, b: &reqwest::Client, path: &str) -> String {
        let html = b
            .get(self.url(path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        csrf_of(&html)
    }

    pub async fn count(&self, table: &str) -> i64 {
        let (n,): (i64,) =
            sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
                .fetch_one(&self.state.db.read)
                .await
                .unwrap();
        n
    }

    /// An approved aid organisation (a shelter) named `legal_name` and one signed-in staff
    /// member of it, shown to travelers as `display_name`.
    pub async fn aid_staff(&self, legal_name: &str, display_name: &str) -> AidStaff {
        let organisation = self
            .organisation(
                legal_name,
                OrganisationKind::AidOrganisation,
                OrganisationStatus::Approved,
            )
            .await;
        let (id, email, secret) = self
            .staff_account(&grants(
                Role::OrganisationMember,
                Some(&organisation.to_string()),
            ))
            .await;
        let token = self.login_with_code(&email, PASSWORD, &secret).await;
        let res = self
            .api
            .put(self.url("/api/v1/helpers/me/display-name"))
            .bearer_auth(&token)
            .json(&json!({"display_name": display_name}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 204);
        AidStaff {
            organisation,
            id,
            token,
            email,
            secret,
        }
    }

    /// The account a bearer token (or session cookie value) is signed in to.
    pub async fn account_id(&self, token: &str) -> i64 {
        sqlx::query_scalar("SELECT account_id FROM sessions WHERE token_hash = $1")
            .bind(garita::storage::vault::sha256_hex(token))
            .fetch_one(&self.state.db.read)
            .await
            .unwrap()
    }
}

pub fn member(name: &str) -> Value {
    json!({"full_name": name, "date_of_birth": "1990-05-21", "citizenship": "HN", "language": "es"})
}

/// The CSRF token in a page's form.
pub fn csrf_of(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker).expect("page has a CSRF field") + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_string()
}

fn encode(img: image::RgbImage, format: image::ImageFormat) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, format).unwrap();
    out.into_inner()
}

/// A photo as a phone would send it (PNG), with some detail so it is not trivially compressible.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    encode(
        image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        }),
        image::ImageFormat::Png,
    )
}

pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    encode(
        image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 200) as u8, (y % 200) as u8, 60])
        }),
        image::ImageFormat::Jpeg,
    )
}

/// One slot a day (09:00) of `places` at every port, two days ahead: a small, fast setup for
/// suites that draw and check in (`spawn_with(small_ports(10))`).
pub fn small_ports(places: u32) -> impl FnOnce(&mut Settings) {
    move |s| {
        let mut ports: Vec<Value> = serde_json::from_str(&s.ports_json).unwrap();
        for p in &mut ports {
            p["daily_capacity"] = json!(places);
            p["slots"] = json!({"first": "09:00", "last": "09:00", "minutes": 30});
        }
        s.ports_json = serde_json::to_string(&ports).unwrap();
        s.cycle.days_ahead = 2;
    }
}

/// The grant a test's staff account of `role` holds: at `place` for roles on a place (a port,
/// an airport…), on the platform for an admin, on the programme named by `place` (parole
/// travel by default) for an adjudicator, on the organisation whose id is `place`.
pub fn grants(role: Role, place: Option<&str>) -> Vec<Grant> {
    use garita_domain::roles::ScopeKind;
    let scope = match role.scope_kind() {
        ScopeKind::Platform => Scope::Platform,
        ScopeKind::Location => Scope::Location(place.expect("a place for this role").to_string()),
        ScopeKind::Programme => Scope::Programme(
            place
                .map(|p| Programme::parse(p).expect("a programme"))
                .unwrap_or(Programme::ParoleTravel),
        ),
        ScopeKind::Organisation => {
            Scope::Organisation(place.expect("an organisation id").parse().expect("an id"))
        }
    };
    vec![Grant { role, scope }]
}

/// One provisional I-94 applicant's JSON, every field valid for an arrival within the week.
pub fn i94_applicant(family: &str, given: &str, passport: &str) -> Value {
    json!({
        "family_name": family, "given_names": given, "date_of_birth": "1988-02-29", "sex": "F",
        "citizenship": "MX", "passport_number": passport, "passport_country": "MX",
        "passport_expiry": "2035-01-31", "document_kind": "bcc", "visa_number": format!("BCC{passport}"),
        "visa_class": "B1/B2-BCC", "visa_expiry": "2036-01-31",
        "us_address": "100 Main St, San Diego, CA", "purpose": "tourism"
    })
}

/// A provisional I-94 submission's JSON: `applicants` arriving today at San Ysidro.
pub fn i94_submission(app: &TestApp, applicants: Vec<Value>) -> Value {
    json!({"port_id": "san-ysidro", "arrival_date": app.port_today("san-ysidro").to_string(),
           "applicants": applicants})
}

/// A shelter's staff member as [`TestApp::aid_staff`] made them, with what signs them in again.
pub struct AidStaff {
    pub organisation: i64,
    pub id: i64,
    pub token: String,
    pub email: String,
    pub secret: Vec<u8>,
}

/// Waits until the `garita` process `child` serving on `port` answers `/healthz` (checked
/// every 50 ms) and returns it; kills it and fails the test after `within`.
pub async fn healthy(
    mut child: std::process::Child,
    port: u16,
    within: std::time::Duration,
) -> std::process::Child {
    let client = reqwest::Client::new();
    let deadline = std::time::Instant::now() + within;
    while std::time::Instant::now() < deadline {
        if let Ok(r) = client
            .get(format!("http://127.0.0.1:{port}/healthz"))
            .send()
            .await
        {
            if r.status() == 200 {
                return child;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("garita did not become healthy");
}
