//! Fuzz targets: one function for each parser of outside input, run two ways. `tests/suite/fuzz.rs`
//! runs them on stable Rust as bounded, seeded proptest cases (mutations of `fuzz/corpus/` plus
//! random bytes, and a replay of every corpus file) so CI gets one verdict per commit;
//! `fuzz/` runs the same functions under `cargo +nightly fuzz` (libFuzzer) for long local runs.
//!
//! Each target takes any bytes, must never panic, and asserts what the service promises of the
//! parser: the value is accepted and meets its invariants, or it is refused with a typed error
//! that the service answers with a 4xx (never an `Internal` 500) and whose field problems all
//! have a message in the catalogs.
//!
//! The parsers of outside input, and the target that covers each:
//!
//! | input | parser (in `crates/garita/src` unless said) | target |
//! |---|---|---|
//! | photo upload (API `PUT …/photo`, page multipart) | `photos::processing::normalize` | [`photo`] |
//! | JSON bodies: `Registration`, `Credentials` (`accounts`), `TravelerInput` (`travelers::api`), `Submission` (`appointments::requests`, incl. `Location`), `CheckIn`, `Decision`, `CapacityChange` (`port_console::api`, `SlotCapacity` via `http::forms::whole_number`), `WaitTimesUpdate` (`wait_times::api`) | `http::forms::ApiJson`, then the domain's checks (`accounts::Email`/`Password`, `travelers::MemberInput::parse`, `requests::check`, `checkin::normalize_code`/`parse_decision`, `wait_times::parse_reports`) | [`api_json`] |
//! | form bodies (`application/x-www-form-urlencoded`): the appointment request, the wait-time console and the capacity form (`HashMap<String, String>`), member forms (`MemberInput`, flattened in `travelers::pages::MemberFields`), login/registration (`email`, `password`, `next`) | `http::forms::CsrfForm`, then the same checks, and `accounts::pages::safe_next` | [`form`] |
//! | query strings: `audit::api::Window`, `port_console::api::DayQuery`, `wait_times::api::HistoryQuery`, `?next=`; headers `Accept-Language`, `?lang=`, `Idempotency-Key` | `http::forms::ApiQuery`, `i18n::Catalogs::negotiate`/`find`, `idempotency::valid_key` | [`query_and_headers`] |
//! | a published draw record given to `garita verify-draw` | `serde_json` into `garita_domain::draw::PublishedDraw`, `draw::verify`, `draw::verify_against` | [`draw_record`] |
//! | an officer's wait-time report (API body) | `garita_domain::wait_times::parse_reports` | [`wait_times_report`] |
//! | a pass code typed or scanned at the port | `garita_domain::checkin::normalize_code` | [`pass_code`] |
//! | the ports file (`--ports-file`, `data/ports.json`) | `storage::ports::load` (`garita_domain::ports::parse_ports`) | [`ports_file`] |
//! | a device's position (latitude, longitude, accuracy, incl. NaN and ±inf from a form) | `garita_domain::geofence::Geofence::check` | [`geofence`] |
//! | an API key in `Authorization: Bearer` | `http::context::bearer_token`, `garita_domain::api_keys::parse` | [`api_key`] |
//!
//! Two form types are private to their pages (`accounts::pages::{RegisterForm, LoginForm}`,
//! `port_console::pages::{CheckInForm, DecisionForm}`): they are plain defaulted strings, and
//! [`form`] deserializes the same fields into their public API twins. The glue that turns the
//! request form and the wait-time console form into a `Submission` / `LaneReport`s lives in
//! private handler code; [`form`] repeats it (a few lines, marked) so the domain's checks see
//! what the handlers give them. CSV and policy files have no parser yet: add a target with them.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header;
use chrono::NaiveDate;
use garita_domain::accounts::{Email, Password};
use garita_domain::checkin::{normalize_code, parse_decision, MAX_CODE_LEN};
use garita_domain::geofence::{CheckError, Geofence, MAX_ACCURACY_M};
use garita_domain::ports::Port;
use garita_domain::requests::{self as rules, Draft, Position, Readiness, Refusal};
use garita_domain::travelers::MemberInput;
use garita_domain::validation::Invalid;
use garita_domain::wait_times::{parse_reports, LaneKind, LaneReport, Status};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::http::context::{Caller, Ctx};
use crate::http::errors::Error;
use crate::http::forms::{ApiJson, ApiQuery, CsrfForm};
use crate::i18n::{Catalogs, Tr};

/// The CSRF token of the fuzzed session; [`form`] also tries each body with it in front.
const CSRF: &str = "fuzz-csrf-token-0123456789";

/// A day to judge dates of birth against: fixed, so a verdict never depends on the hour.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 15).expect("a valid date")
}

fn catalogs() -> &'static Arc<Catalogs> {
    static CATALOGS: OnceLock<Arc<Catalogs>> = OnceLock::new();
    CATALOGS.get_or_init(|| Arc::new(Catalogs::load().expect("the built-in catalogs load")))
}

fn geofence_default() -> &'static Geofence {
    static GEOFENCE: OnceLock<Geofence> = OnceLock::new();
    GEOFENCE.get_or_init(Geofence::mexico_default)
}

fn ports() -> &'static [Port] {
    static PORTS: OnceLock<Vec<Port>> = OnceLock::new();
    PORTS.get_or_init(|| {
        crate::storage::ports::load(crate::config::BUILTIN_PORTS).expect("the built-in ports load")
    })
}

fn questions() -> &'static [String] {
    static QUESTIONS: OnceLock<Vec<String>> = OnceLock::new();
    QUESTIONS.get_or_init(|| {
        crate::config::DEFAULT_VULNERABILITY_QUESTIONS
            .iter()
            .map(|q| q.to_string())
            .collect()
    })
}

/// Runs an extractor to completion. The bodies are in memory, so nothing ever waits; one
/// current-thread runtime per thread does.
fn block_on<F: std::future::Future>(f: F) -> F::Output {
    thread_local! {
        static RUNTIME: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a current-thread runtime");
    }
    RUNTIME.with(|rt| rt.block_on(f))
}

fn ctx() -> Ctx {
    Ctx {
        tr: Tr::new(catalogs().clone(), 0),
        caller: Caller::Anonymous,
        csrf_token: CSRF.to_string(),
        client_ip: std::net::IpAddr::from([127, 0, 0, 1]),
        path: "/".to_string(),
        secure_cookies: false,
    }
}

fn request(content_type: &str, body: Vec<u8>) -> Request {
    let mut req = Request::post("/")
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .expect("a request from fixed parts");
    req.extensions_mut().insert(ctx());
    req
}

/// Every field problem has its message (`error-<code>`) in every locale, so the answer to a
/// refused body is always a translated 422.
fn assert_described(invalid: &Invalid) {
    let catalogs = catalogs();
    assert!(!invalid.0.is_empty(), "a refusal names at least one field");
    for e in &invalid.0 {
        let key = format!("error-{}", e.problem.code());
        for locale in 0..catalogs.locales().len() {
            assert!(catalogs.has_message(locale, &key), "{key} has no message");
        }
    }
}

/// What the service answers an error with is a 4xx, never a 500.
fn assert_client_error(e: &Error) {
    assert!(e.status().is_client_error(), "{e:?} is not a 4xx");
    if let Error::Invalid(invalid) = e {
        assert_described(invalid);
    }
}

fn json_body<T: DeserializeOwned>(data: &[u8]) -> Option<T> {
    match block_on(ApiJson::<T>::from_request(
        request("application/json", data.to_vec()),
        &(),
    )) {
        Ok(ApiJson(v)) => Some(v),
        Err(e) => {
            assert!(
                matches!(e, Error::BadRequest("malformed-json")),
                "a JSON body is refused as malformed-json, not {e:?}"
            );
            None
        }
    }
}

fn form_body<T: DeserializeOwned>(data: &[u8]) -> Option<T> {
    let req = request("application/x-www-form-urlencoded", data.to_vec());
    match block_on(CsrfForm::<T>::from_request(req, &())) {
        Ok(CsrfForm(v)) => Some(v),
        Err(e) => {
            assert!(
                matches!(e, Error::BadRequest("malformed-form") | Error::Csrf),
                "a form body is refused as malformed-form or csrf, not {e:?}"
            );
            None
        }
    }
}

// ----- photos ------------------------------------------------------------------------------

/// A photo upload: refused with a photo code, or accepted as a baseline JPEG no larger than
/// the limits, that decodes to the size it claims and carries no EXIF (APP1) or other
/// metadata segment.
///
/// `normalize` turns a decoder panic into `photo-corrupt`; under libFuzzer the panic hook
/// aborts first, so `cargo fuzz` still reports such a panic as a crash.
pub fn photo(data: &[u8]) {
    use crate::photos::processing::{normalize, PhotoLimits};
    let limits = PhotoLimits::default();
    let Ok(photo) = normalize(data, &limits) else {
        return;
    };
    assert!(photo.width.max(photo.height) <= limits.output_max_side);
    assert!(photo.width >= 1 && photo.height >= 1);
    assert!(u64::from(photo.width) * u64::from(photo.height) <= limits.max_pixels);
    let jpeg = &photo.jpeg;
    assert!(jpeg.starts_with(&[0xFF, 0xD8, 0xFF]) && jpeg.ends_with(&[0xFF, 0xD9]));
    // The segments before the scan: only JFIF (APP0), tables and the frame; no APP1..APP15
    // (EXIF, XMP, ICC) and no comment.
    let mut at = 2;
    while at + 4 <= jpeg.len() && jpeg[at] == 0xFF && jpeg[at + 1] != 0xDA {
        let marker = jpeg[at + 1];
        assert!(
            !(0xE1..=0xEF).contains(&marker) && marker != 0xFE,
            "marker {marker:#x} kept"
        );
        at += 2 + usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
    }
    assert!(!jpeg.windows(6).any(|w| w == b"Exif\0\0"));
    let back = image::load_from_memory_with_format(jpeg, image::ImageFormat::Jpeg)
        .expect("the stored photo decodes");
    assert_eq!((back.width(), back.height()), (photo.width, photo.height));
}

// ----- JSON bodies -------------------------------------------------------------------------

/// Every JSON request body of the API: `data` is tried as each request type through
/// `ApiJson` (refused only as `malformed-json`), and what deserializes goes through the checks
/// its handler runs before touching the database.
pub fn api_json(data: &[u8]) {
    if let Some(r) = json_body::<crate::accounts::Registration>(data) {
        credentials(&r.email, &r.password);
        if let Some(language) = &r.language {
            let _ = catalogs().find(language);
        }
    }
    if let Some(c) = json_body::<crate::accounts::api::Credentials>(data) {
        credentials(&c.email, &c.password);
    }
    if let Some(t) = json_body::<crate::travelers::api::TravelerInput>(data) {
        member(MemberInput {
            full_name: t.full_name.unwrap_or_default(),
            date_of_birth: t.date_of_birth.unwrap_or_default(),
            citizenship: t.citizenship.unwrap_or_default(),
            language: t.language.unwrap_or_default(),
            document_type: t.document_type.unwrap_or_default(),
            document_number: t.document_number.unwrap_or_default(),
            contact: t.contact.unwrap_or_default(),
        });
    }
    if let Some(s) = json_body::<crate::appointments::Submission>(data) {
        submission(&s.ports, &s.answers, s.location.map(Position::from));
    }
    if let Some(c) = json_body::<crate::port_console::api::CheckIn>(data) {
        pass_code(c.code.as_bytes());
    }
    if let Some(d) = json_body::<crate::port_console::api::Decision>(data) {
        if let Err((field, problem)) = parse_decision(&d.identity, &d.outcome) {
            assert_described(&Invalid::one(field, problem));
        }
    }
    if let Some(c) = json_body::<crate::port_console::api::CapacityChange>(data) {
        // `whole_number` lets through only integers a JSON Schema validator would.
        for s in &c.slots {
            assert!(s.capacity.unsigned_abs() <= 1 << 53);
            assert_eq!(s.taken, 0, "taken is read only");
        }
    }
    if let Some(w) = json_body::<crate::wait_times::api::WaitTimesUpdate>(data) {
        lane_reports(&api_reports(&w));
    }
}

fn credentials(email: &str, password: &str) {
    match Email::parse(email) {
        Ok(e) => {
            assert!(e.as_str().contains('@'));
            assert_eq!(
                Email::parse(e.as_str()).as_ref().ok(),
                Some(&e),
                "idempotent"
            );
        }
        Err(p) => assert_described(&Invalid::one("email", p)),
    }
    if let Err(p) = Password::parse(password, |_| false) {
        assert_described(&Invalid::one("password", p));
    }
}

fn member(input: MemberInput) {
    match input.parse(today()) {
        Ok(m) => {
            // What is stored reads back as the same member.
            let again = m
                .to_input()
                .parse(today())
                .expect("a stored member re-parses");
            assert_eq!(again, m);
        }
        Err(invalid) => assert_described(&invalid),
    }
}

fn submission(ports_asked: &[String], answers: &[String], position: Option<Position>) {
    let draft = Draft {
        ports: ports_asked,
        answers,
        position,
    };
    let group = Readiness {
        members: 1,
        missing_photos: 0,
    };
    match rules::check(&draft, ports(), questions(), geofence_default(), group) {
        Ok(accepted) => {
            let p = position.expect("accepted with a position");
            assert!(p.latitude.is_finite() && p.longitude.is_finite());
            assert!(p.accuracy_m.is_finite() && (0.0..=MAX_ACCURACY_M).contains(&p.accuracy_m));
            assert!(!ports_asked.is_empty());
            assert!(accepted.answers.iter().all(|a| questions().contains(a)));
            assert!(accepted.state.code.starts_with("MX."));
        }
        Err(Refusal::Invalid(invalid)) => assert_described(&invalid),
        Err(Refusal::OutsideRegion { .. } | Refusal::InUnitedStates) => {
            let p = position.expect("placed with a position");
            assert!(p.latitude.is_finite() && p.longitude.is_finite());
        }
    }
}

/// `wait_times::api::as_text`: a JSON value as the text it was written as.
fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

fn api_reports(w: &crate::wait_times::api::WaitTimesUpdate) -> Vec<LaneReport> {
    w.lanes
        .iter()
        .map(|l| LaneReport {
            lane: l.lane.clone(),
            status: l.status.clone(),
            lanes_open: as_text(&l.lanes_open),
            delay_minutes: as_text(&l.delay_minutes),
        })
        .collect()
}

fn lane_reports(reports: &[LaneReport]) {
    use garita_domain::wait_times::lanes::{MAX_DELAY_MINUTES, MAX_LANES_OPEN};
    match parse_reports(reports) {
        Ok(updates) => {
            assert_eq!(updates.len(), reports.len(), "every lane is kept");
            for (i, u) in updates.iter().enumerate() {
                assert!(
                    !updates[..i].iter().any(|v| v.lane == u.lane),
                    "repeated lane"
                );
                match u.status {
                    Status::Closed => {
                        assert_eq!((u.lanes_open, u.delay_minutes), (0, None));
                    }
                    Status::Open | Status::LanesReduced => {
                        assert!((1..=MAX_LANES_OPEN).contains(&u.lanes_open));
                        let d = u.delay_minutes.expect("an open lane has a wait");
                        assert!((0..=MAX_DELAY_MINUTES).contains(&d));
                    }
                }
            }
        }
        Err(invalid) => assert_described(&invalid),
    }
}

/// An officer's wait-time report as the API takes it (`WaitTimesUpdate`), through
/// `parse_reports`: every accepted lane is within its bounds, every refusal is described.
pub fn wait_times_report(data: &[u8]) {
    if let Some(w) = json_body::<crate::wait_times::api::WaitTimesUpdate>(data) {
        lane_reports(&api_reports(&w));
    }
}

// ----- forms -------------------------------------------------------------------------------

/// Every form body, through `CsrfForm` as sent and again with the session's token in front:
/// refused only as `malformed-form` or `csrf`; what deserializes goes through the checks its
/// handler runs.
pub fn form(data: &[u8]) {
    let with_token = [format!("csrf_token={CSRF}&").as_bytes(), data].concat();
    for body in [data, &with_token[..]] {
        if let Some(f) = form_body::<HashMap<String, String>>(body) {
            request_form(&f);
            wait_times_form(&f);
            capacity_form(&f);
        }
        if let Some(m) = form_body::<MemberInput>(body) {
            member(m);
        }
        if let Some(c) = form_body::<crate::accounts::api::Credentials>(body) {
            credentials(&c.email, &c.password);
        }
        if let Some(f) = form_body::<HashMap<String, String>>(body) {
            if let Some(next) = f.get("next") {
                let safe = crate::accounts::pages::safe_next(next);
                assert!(safe.starts_with('/') && !safe.starts_with("//"));
                assert!(!safe.contains('\\') && !safe.chars().any(char::is_control));
            }
            if let Some(code) = f.get("code") {
                pass_code(code.as_bytes());
            }
            let get = |k: &str| f.get(k).map(String::as_str).unwrap_or("");
            if let Err((field, problem)) = parse_decision(get("identity"), get("outcome")) {
                assert_described(&Invalid::one(field, problem));
            }
        }
    }
}

/// `appointments::pages::request_submit`'s reading of the form (repeated here: it is private
/// handler code): three port choices, the answers ticked, and a position typed or filled in by
/// the page, where `NaN` and `inf` parse as floats.
fn request_form(form: &HashMap<String, String>) {
    let field = |k: &str| {
        form.get(k)
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let chosen: Vec<String> = (1..=3)
        .map(|i| field(&format!("port_{i}")))
        .filter(|p| !p.is_empty())
        .collect();
    let answers: Vec<String> = questions()
        .iter()
        .filter(|q| form.contains_key(&format!("answer_{q}")))
        .cloned()
        .collect();
    let (lat, lon, acc) = (field("latitude"), field("longitude"), field("accuracy"));
    let accuracy = if acc.is_empty() {
        Some(1000.0)
    } else {
        acc.parse::<f64>().ok()
    };
    let position = if lat.is_empty() && lon.is_empty() {
        None
    } else {
        match (lat.parse::<f64>(), lon.parse::<f64>(), accuracy) {
            (Ok(latitude), Ok(longitude), Some(accuracy_m)) => Some(Position {
                latitude,
                longitude,
                accuracy_m,
            }),
            _ => Some(Position {
                latitude: f64::NAN,
                longitude: f64::NAN,
                accuracy_m: 0.0,
            }),
        }
    };
    submission(&chosen, &answers, position);
}

/// `wait_times::pages::console::form_reports` (repeated here: it is private handler code).
fn wait_times_form(form: &HashMap<String, String>) {
    use garita_domain::wait_times::lanes::Field;
    let get = |field: &str| {
        form.get(field)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let reports: Vec<LaneReport> = LaneKind::ALL
        .iter()
        .filter_map(|lane| {
            let status = get(lane.field(Field::Status));
            let lanes_open = get(lane.field(Field::LanesOpen));
            let delay_minutes = get(lane.field(Field::Delay));
            if status.is_none() && lanes_open.is_none() && delay_minutes.is_none() {
                return None;
            }
            Some(LaneReport {
                lane: lane.as_str().to_string(),
                status: status.unwrap_or_default(),
                lanes_open,
                delay_minutes,
            })
        })
        .collect();
    if !reports.is_empty() {
        lane_reports(&reports);
    }
}

/// `port_console::pages::capacity_submit`: the date and each `cap_<HH:MM>` figure.
fn capacity_form(form: &HashMap<String, String>) {
    let _date: Option<NaiveDate> = form.get("date").and_then(|d| d.parse().ok());
    for (k, v) in form {
        if let Some(start) = k.strip_prefix("cap_") {
            let _ = chrono::NaiveTime::parse_from_str(start, "%H:%M");
            if let Ok(capacity) = v.trim().parse::<i64>() {
                let _ = capacity >= 0;
            }
        }
    }
}

// ----- query strings and headers -----------------------------------------------------------

/// Query strings through `ApiQuery` (refused only as `malformed-request`) into each query type,
/// and the same text as the headers the context reads: `Accept-Language`, `?lang=`,
/// `Idempotency-Key`.
pub fn query_and_headers(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let catalogs = catalogs();
    if let Some(i) = catalogs.negotiate(&text) {
        assert!(i < catalogs.locales().len());
    }
    if let Some(i) = catalogs.find(&text) {
        assert!(i < catalogs.locales().len());
    }
    if crate::idempotency::valid_key(&text) {
        assert!((8..=100).contains(&text.len()));
    }
    let Ok(uri) = format!("/?{text}").parse::<axum::http::Uri>() else {
        return; // Not a request line hyper would hand to a handler.
    };
    fn query<T: DeserializeOwned>(uri: &axum::http::Uri) -> Option<T> {
        let req = Request::get(uri.clone())
            .body(Body::empty())
            .expect("a request from a parsed URI");
        let (mut parts, _) = req.into_parts();
        match block_on(ApiQuery::<T>::from_request_parts(&mut parts, &())) {
            Ok(ApiQuery(v)) => Some(v),
            Err(e) => {
                assert!(matches!(e, Error::BadRequest("malformed-request")), "{e:?}");
                assert_client_error(&e);
                None
            }
        }
    }
    let _ = query::<crate::audit::api::Window>(&uri);
    let _ = query::<crate::port_console::api::DayQuery>(&uri);
    if let Some(h) = query::<crate::wait_times::api::HistoryQuery>(&uri) {
        if let Some(days) = h.days {
            let _ = days.parse::<i64>();
        }
    }
    if let Some(q) = query::<HashMap<String, String>>(&uri) {
        if let Some(next) = q.get("next") {
            let safe = crate::accounts::pages::safe_next(next);
            assert!(safe.starts_with('/') && !safe.starts_with("//"));
        }
        if let Some(lang) = q.get("lang") {
            let _ = catalogs.find(lang);
        }
    }
}

// ----- the draw record ---------------------------------------------------------------------

/// A file given to `garita verify-draw`: read as text and parsed as a `PublishedDraw`, then
/// verified. A record that verifies has results in canonical order, each one a published
/// request; it verifies against its own commitment too, and again after a round trip
/// through JSON.
pub fn draw_record(data: &[u8]) {
    use garita_domain::draw::{verify, verify_against, PublishedDraw};
    let Ok(text) = std::str::from_utf8(data) else {
        return; // `read_to_string` refuses it before parsing.
    };
    let Ok(published) = serde_json::from_str::<PublishedDraw>(text) else {
        return;
    };
    let verdict = verify(&published);
    if verdict.is_ok() {
        assert!(published.results.len() <= published.requests.len());
        for w in published.results.windows(2) {
            assert!(w[0].request < w[1].request, "canonical order");
        }
        for p in &published.results {
            assert!(published.requests.iter().any(|r| r.id == p.request));
        }
        assert_eq!(verify_against(&published, &published.commitment), Ok(()));
    }
    if let Ok(json) = serde_json::to_string(&published) {
        if let Ok(again) = serde_json::from_str::<PublishedDraw>(&json) {
            assert_eq!(
                verify(&again).is_ok(),
                verdict.is_ok(),
                "same verdict after a round trip"
            );
        }
    }
}

// ----- pass codes --------------------------------------------------------------------------

/// A pass code as typed: `normalize_code` is idempotent and leaves no space, dash, lowercase
/// letter, nor the letters Crockford's base32 reads as digits (O, I, L).
pub fn pass_code(data: &[u8]) {
    let raw = String::from_utf8_lossy(data);
    let code = normalize_code(&raw);
    assert_eq!(normalize_code(&code), code, "idempotent");
    assert!(!code
        .chars()
        .any(|c| c.is_whitespace() || c == '-' || c.is_ascii_lowercase()));
    assert!(!code.contains(['O', 'I', 'L']));
    // Too long to be a pass is refused before any lookup; counting never panics.
    let _ = code.len() > MAX_CODE_LEN;
}

// ----- the ports file ----------------------------------------------------------------------

/// The ports file as the service loads it: refused, or a non-empty list of distinct, valid
/// ports whose slot grid, zone and capacities can all be worked out.
pub fn ports_file(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(ports) = crate::storage::ports::load(text) else {
        return;
    };
    assert!(!ports.is_empty());
    let day = today();
    for (i, p) in ports.iter().enumerate() {
        assert!(!ports[..i].iter().any(|q| q.id == p.id), "duplicate id");
        assert_eq!(
            p.zone().name(),
            p.time_zone
                .parse::<chrono_tz::Tz>()
                .map(|z| z.name())
                .unwrap_or("UTC")
        );
        let starts = p.slot_starts();
        assert!(!starts.is_empty());
        assert!(starts.windows(2).all(|w| w[0] < w[1]), "slots in order");
        let capacities = p.slot_capacities(p.daily_capacity);
        let total: u64 = capacities.iter().map(|&(_, c)| u64::from(c)).sum();
        assert_eq!(
            total,
            u64::from(p.daily_capacity),
            "capacity spread exactly"
        );
        for &start in starts.iter().take(3) {
            let _ = p.slot_begins(day, start);
        }
    }
}

// ----- positions ---------------------------------------------------------------------------

/// A position from a request, as 24 raw bytes (three `f64`, so NaN and the infinities come up
/// often) or as text `latitude,longitude[,accuracy]`. Out-of-range and non-finite values are
/// `InvalidPosition`; a located position is finite, in range and precise enough.
pub fn geofence(data: &[u8]) {
    let (lat, lon, acc) = if data.len() == 24 {
        let f = |i: usize| f64::from_le_bytes(data[i * 8..i * 8 + 8].try_into().expect("8 bytes"));
        (f(0), f(1), f(2))
    } else {
        let text = String::from_utf8_lossy(data);
        let mut it = text.split(',').map(|s| s.trim().parse::<f64>());
        match (it.next(), it.next(), it.next()) {
            (Some(Ok(a)), Some(Ok(b)), c) => (a, b, c.and_then(Result::ok).unwrap_or(1000.0)),
            _ => return,
        }
    };
    let valid = lat.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && lon.is_finite()
        && (-180.0..=180.0).contains(&lon)
        && acc.is_finite()
        && acc >= 0.0;
    match geofence_default().check(lat, lon, acc) {
        Ok(located) => {
            assert!(valid && acc <= MAX_ACCURACY_M);
            assert!(located.distance_m.is_finite() && located.distance_m >= 0.0);
            assert!(located.state.code.starts_with("MX."));
        }
        Err(CheckError::InvalidPosition(_)) => assert!(!valid),
        Err(CheckError::TooImprecise { .. }) => assert!(valid && acc > MAX_ACCURACY_M),
        Err(_) => assert!(valid),
    }
}

// ----- API keys -----------------------------------------------------------------------------

/// An `Authorization` header that may carry an API key: `bearer_token` then
/// `garita_domain::api_keys::parse` never panic; a key is accepted only in its exact shape
/// (tag, 8 hex, `_`, 43 base64url), and its prefix is its own beginning. Any 36 bytes make a
/// key that parses back to its prefix.
pub fn api_key(data: &[u8]) {
    use garita_domain::api_keys::{self as keys, KEY_LEN, TAG};
    let header = String::from_utf8_lossy(data);
    for token in [
        Some(header.as_ref()),
        crate::http::context::bearer_token(&header),
    ]
    .into_iter()
    .flatten()
    {
        if let Some(prefix) = keys::parse(token) {
            assert_eq!(token.len(), KEY_LEN);
            assert!(token.starts_with(prefix) && prefix.starts_with(TAG));
            assert!(keys::claims_to_be_key(token));
        }
    }
    if data.len() >= 36 {
        let mut public = [0u8; 4];
        let mut secret = [0u8; 32];
        public.copy_from_slice(&data[..4]);
        secret.copy_from_slice(&data[4..36]);
        let issued = keys::compose(public, secret);
        assert_eq!(keys::parse(&issued.key), Some(issued.prefix.as_str()));
    }
}

/// A fuzz target: any bytes in, a panic when an invariant fails.
pub type Target = fn(&[u8]);

/// Every target by name.
pub const TARGETS: &[(&str, Target)] = &[
    ("photo", photo),
    ("api_json", api_json),
    ("form", form),
    ("query_and_headers", query_and_headers),
    ("draw_record", draw_record),
    ("wait_times_report", wait_times_report),
    ("pass_code", pass_code),
    ("ports_file", ports_file),
    ("geofence", geofence),
    ("api_key", api_key),
];
