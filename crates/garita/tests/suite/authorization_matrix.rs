//! The authorization matrix: every route of the service, API and pages, against every caller —
//! anonymous, the traveler who owns the objects in the path (A), another traveler (B), an
//! officer of the appointment's port, an officer of another port, an administrator, an API key,
//! organisations' people, and the later functions' callers (an adjudicator, an airline's, a
//! government agency's and a shelter's member, an agriculture specialist, an enrollment officer, a customs broker's member)
//! — with the one answer each must get. Routes come from the service itself: the API from the OpenAPI
//! document it serves, the pages from the `.route(` calls in its source; a route with no row
//! here, or a row for a route that no longer exists, fails the test. Later functions extend
//! `API` and `PAGES` below, never a list of ad-hoc probes.
//!
//! How the service refuses (as observed and pinned here, so a change shows up):
//! - anonymous: API 401; page GETs redirect to `/login?next=…` (303), page POSTs answer 401.
//! - a signed-in caller of the wrong role: 403.
//! - another traveler's object: 404 (the object is not revealed to exist).
//! - organisations' people: 403 on every traveler's, officer's and administrator's endpoint;
//!   `organisation-not-approved` (403) for a pending organisation's member; another
//!   organisation's member or invitation: 404 for a manager of B.
//! - another port, for an officer: 404 for the console's appointments, passes, photos and
//!   capacity (path, query or form naming the port); 403 for wait-time reports and for undoing a
//!   no-show (as their OpenAPI entries say); a check-in of another port's pass is a 409 naming the
//!   right port (the pass is shown in person).
//! - "allowed" (`O`): any answer other than 401, 403, 404, a redirect to the login page or a
//!   5xx — the request got past authorization (a 409 or 422 on the body counts).
//! - refusals that are not about who asks (a wrong password or code, an unknown link) are
//!   written as exact statuses, with the problem code on the API (`401:bad-credentials`).
//!
//! Set `MATRIX_PRINT=1` (with `-- --nocapture`) to print every answer.

use crate::common;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use chrono::{Duration, NaiveDate};
use common::{png, small_ports, spawn_with, TestApp, PASSWORD};
use garita_domain::accounts::{Email, Password};
use garita_domain::organisations::OrganisationKind;
use garita_domain::roles::Role;
use garita_domain::status::OrganisationStatus;
use serde_json::{json, Value};

/// The callers, in the order of the columns of `API` and `PAGES`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Anonymous,
    TravelerA,
    TravelerB,
    OfficerHere,
    OfficerElsewhere,
    Admin,
    /// A system of an approved organisation with an API key holding `organisation:read`. A
    /// row may leave its answer out: see `key_answer`.
    KeyA,
    /// The manager of organisation A (approved), a member of A, the manager of another
    /// approved organisation (B, a partner agency: it validates appointments and reaches
    /// nothing else), and a member of an organisation still pending approval.
    /// A row may leave their answers out: see `organisation_answer`.
    ManagerA,
    MemberA,
    ManagerB,
    MemberPending,
    /// The callers of the later functions, each a real signed-in person (session on pages,
    /// bearer token on the API): an adjudicator of the parole travel programme, a member of an
    /// approved airline, of an approved government agency and of an approved aid organisation
    /// (a shelter's staff), an agriculture specialist at the cargo facility `location`, and an
    /// enrollment officer at the enrollment center `enrollment_center`. A row may leave their
    /// answers out: see `later_answer`.
    Adjudicator,
    AirlineMember,
    AgencyMember,
    Specialist,
    EnrollmentOfficer,
    ShelterStaff,
    /// A member of an approved customs broker (issue 17): files cargo inspection requests. Its
    /// answer is derived like the airline's when a row leaves it out.
    BrokerMember,
}

/// How many columns a row from before the later callers gives (anonymous … pending member).
const BEFORE_LATER: usize = 11;

const WHO: [Who; 18] = [
    Who::Anonymous,
    Who::TravelerA,
    Who::TravelerB,
    Who::OfficerHere,
    Who::OfficerElsewhere,
    Who::Admin,
    Who::KeyA,
    Who::ManagerA,
    Who::MemberA,
    Who::ManagerB,
    Who::MemberPending,
    Who::Adjudicator,
    Who::AirlineMember,
    Who::AgencyMember,
    Who::Specialist,
    Who::EnrollmentOfficer,
    Who::ShelterStaff,
    Who::BrokerMember,
];

/// What a caller must get: `O` allowed, `L` sign in first, `F` forbidden (403), `H` hidden
/// (404), `R` refused (401 or 403, a key), an exact status (e.g. `409`), or a status with its
/// problem code (`401:bad-credentials`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Want {
    Allowed,
    Login,
    Forbidden,
    Hidden,
    Status(u16),
    /// A status with the problem's `code` (API only): a refusal that is not about who asks.
    Problem(u16, &'static str),
    /// 401 or 403: an API key on a route that needs a signed-in person.
    Refused,
}

/// The API key's answer when a row leaves it out (every row from before keys): on the API,
/// the anonymous caller's, except that where a person must sign in the key is refused (401
/// or 403) — so a key never reaches a traveler's, an officer's or an admin's endpoint; on
/// pages, which never read a bearer token, exactly the anonymous caller's.
fn key_answer(anonymous: Want, is_api: bool) -> Want {
    match anonymous {
        Want::Login if is_api => Want::Refused,
        other => other,
    }
}

/// An organisation's people's answer when a row leaves it out (every row from before them),
/// from the six callers before: the same when all six get the same; allowed where every
/// signed-in person is; otherwise refused (403) where a person must sign in — so an
/// organisation's staff reach no traveler's, officer's or administrator's endpoint.
fn organisation_answer(six: &[Want]) -> Want {
    if six.iter().all(|w| *w == six[0]) {
        six[0]
    } else if six[1..].iter().all(|w| *w == Want::Allowed) {
        Want::Allowed
    } else if six[0] == Want::Login {
        Want::Forbidden
    } else {
        six[0]
    }
}

/// The later callers' answer when a row leaves it out (every row that is not about their
/// functions). The airline's, the government agency's and the shelter's members are members of
/// an approved organisation of another kind than A (a bus line) and B (a partner agency): they
/// get `MemberA`'s answer where it is `ManagerB`'s too (the organisation's kind does not
/// matter), and otherwise the refusal of the one of the two whose kind the route is not for
/// (a bus line's route refuses B's people by kind: so it refuses them). The adjudicator, the
/// specialist and the enrollment officer are signed-in staff who are neither travelers,
/// officers, administrators nor an organisation's people: what every signed-in caller gets
/// when all of them (and `MemberA`) get the same; allowed where an officer, an administrator
/// and `MemberA` all are (any signed-in person); otherwise what an organisation's people get
/// from the six callers (`organisation_answer`: 403 where a person must sign in).
fn later_answer(who: Who, w: &[Want]) -> Want {
    let (six, member, other) = (&w[..6], w[8], w[9]);
    match who {
        Who::AirlineMember | Who::AgencyMember | Who::ShelterStaff | Who::BrokerMember => {
            if member == Want::Allowed {
                other
            } else {
                member
            }
        }
        _ if six[1..].iter().all(|x| *x == member) => member,
        _ if [six[3], six[5], member].iter().all(|x| *x == Want::Allowed) => Want::Allowed,
        _ => organisation_answer(six),
    }
}

/// A row's answers from its spec: one token per caller in `WHO` order — `O`, `L`, `F`, `H`,
/// `R`, a status (`409`) or a status with its problem code (`401:bad-credentials`) — or `.` for
/// the answer derived from the others (`key_answer`, `organisation_answer`, `later_answer`).
/// Callers left out at the end are derived the same way; the first six are always given.
fn wants(spec: &'static str, is_api: bool) -> [Want; WHO.len()] {
    let mut given: Vec<Option<Want>> = spec
        .split_whitespace()
        .map(|t| match t {
            "." => None,
            "O" => Some(Want::Allowed),
            "L" => Some(Want::Login),
            "F" => Some(Want::Forbidden),
            "H" => Some(Want::Hidden),
            "R" => Some(Want::Refused),
            n => Some(match n.split_once(':') {
                Some((status, code)) => Want::Problem(status.parse().expect("a status"), code),
                None => Want::Status(n.parse().expect("a status")),
            }),
        })
        .collect();
    assert!(given.len() <= WHO.len(), "{spec}: too many answers");
    given.resize(WHO.len(), None);
    let six: Vec<Want> = given[..6]
        .iter()
        .map(|g| g.unwrap_or_else(|| panic!("{spec}: the first six answers are given")))
        .collect();
    let mut w = six.clone();
    w.push(given[6].unwrap_or_else(|| key_answer(six[0], is_api)));
    let person = organisation_answer(&six);
    w.extend(given[7..BEFORE_LATER].iter().map(|g| g.unwrap_or(person)));
    for (i, g) in given.iter().enumerate().skip(BEFORE_LATER) {
        let derived = later_answer(WHO[i], &w);
        w.push(g.unwrap_or(derived));
    }
    w.try_into().expect("one answer per caller")
}

/// One route: method, path as the router declares it, how to fill its parameters
/// (`param=fixture`, comma-separated), a body (JSON for the API, `k=v&k=v` for pages, with
/// `{fixture}` placeholders; `@png` is a photo; `?k=v` is a query string instead), the
/// answers per caller (`WHO` order), and when it is walked.
struct Row {
    method: &'static str,
    path: &'static str,
    params: &'static str,
    body: &'static str,
    want: &'static str,
    stage: Stage,
}

/// When a row is walked: rows that change A's group or appointment (and may end the
/// appointment the console rows look at) after all others, and rows that end sessions or
/// accounts last, each caller with a session made for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    Early,
    Late,
    Fresh,
}

const fn r(
    method: &'static str,
    path: &'static str,
    params: &'static str,
    body: &'static str,
    want: &'static str,
) -> Row {
    Row {
        method,
        path,
        params,
        body,
        want,
        stage: Stage::Early,
    }
}

/// A row that changes traveler A's group or appointment: walked after the others.
const fn late(
    method: &'static str,
    path: &'static str,
    params: &'static str,
    body: &'static str,
    want: &'static str,
) -> Row {
    Row {
        method,
        path,
        params,
        body,
        want,
        stage: Stage::Late,
    }
}

/// A row whose callers each use a session of their own, made for it.
const fn fresh(
    method: &'static str,
    path: &'static str,
    body: &'static str,
    want: &'static str,
) -> Row {
    Row {
        method,
        path,
        params: "",
        body,
        want,
        stage: Stage::Fresh,
    }
}

//                 anon A  B  here elsewhere admin
const PUBLIC: &str = "O O O O O O";
const TRAVELER: &str = "L O O F F F";
const TRAVELER_OWN: &str = "L O H F F F";
const SIGNED_IN: &str = "L O O O O O";
const STAFF_PORT: &str = "L F F O H O";
const ADMIN: &str = "L F F F F O";
//                    anon A  B  here elsewhere admin key  mgr-A mem-A mgr-B pending
/// Any of an approved organisation's people (for their own organisation).
const ORG_STAFF: &str = "L F F F F F R O O O 403:organisation-not-approved";
/// A manager, of their own organisation (a pending organisation's member is no manager).
const ORG_MANAGER_OWN: &str = "L F F F F F R O F O F";
/// A manager of A, on one of A's objects (B's manager does not find it).
const ORG_MANAGER_OF_A: &str = "L F F F F F R O F H F";
/// An approved aid organisation's staff only (issue 20): A is a bus line and B a partner
/// agency, so both are refused by kind; a pending organisation's member by its approval.
const HELPER: &str = "L F F F F F R 403:aid-organisation-only 403:aid-organisation-only 403:aid-organisation-only 403:organisation-not-approved F 403:aid-organisation-only 403:aid-organisation-only F F O";
/// The same on pages (a key is anonymous there).
const HELPER_PAGE: &str = "L F F F F F L 403 403 403 403 F 403 403 F F O";
/// A cargo inspection route: an approved customs broker's or carrier's people or key with
/// `cargo:write` (the broker's member, the last column), or an agriculture specialist — A is
/// a bus line, B a partner agency, A's key holds organisation:read only, and the airline's,
/// agency's and shelter's members are refused by their organisation's kind.
const CARGO: &str = "L F F F F F R F F F 403:organisation-not-approved . . . . . . O";
/// An agriculture specialist (of the place in the path).
const SPECIALIST: &str = "L F F F F F . . . . . F F F O F F";
/// A specialist's route naming a place or request that does not exist (the path keeps `{id}`):
/// the specialist gets past the role and finds nothing.
const SPECIALIST_NOTHING: &str = "L F F F F F . . . . . F F F H F F";
/// A cargo inspection page (pages never read a key: the key's column is the anonymous one).
const CARGO_PAGE: &str = "L F F F F F L F F F F . . . . . . O";
/// One cargo request that does not exist (`{id}` kept): a specialist finds nothing.
/// The broker's member gets past the kind and finds nothing too (another organisation's request
/// is hidden from it: `agriculture::another_organisation_and_another_facility_see_nothing…`).
const CARGO_ONE: &str = "L F F F F F R F F F 403:organisation-not-approved F F F H F F H";
const CARGO_ONE_PAGE: &str = "L F F F F F L F F F F F F F H F F H";
/// Another broker's (D's) real cargo request at the specialist's facility: the broker column's
/// member (C) does not find it (404), the facility's specialist does — organisation isolation.
const CARGO_THEIRS: &str = "L F F F F F R F F F 403:organisation-not-approved F F F O F F H";
const CARGO_THEIRS_PAGE: &str = "L F F F F F L F F F F F F F O F F H";
//                       … pending adjudicator airline agency specialist enrollment shelter broker
/// An adjudicator (of the parole travel programme; `{id}` kept: a case found when it exists).
const ADJUDICATOR: &str = "L F F F F F . . . . . O F F F F F";
/// An enrollment officer (of the enrollment center in the path or of their own).
const ENROLLMENT: &str = "L F F F F F . . . . . F F F F O F";

const API: &[Row] = &[
    r("PUT", "/api/v1/account/password", "", "{}", SIGNED_IN),
    r("GET", "/api/v1/account/second-factor", "", "", SIGNED_IN),
    r("POST", "/api/v1/account/second-factor", "", "{}", SIGNED_IN),
    r(
        "POST",
        "/api/v1/account/second-factor/confirm",
        "",
        "{}", "L 401:second-factor-code-wrong 401:second-factor-code-wrong O O O R O O O O"),
    r(
        "POST",
        "/api/v1/account/second-factor/disable",
        "",
        "{}", "L 404:not-found 404:not-found F F F"),
    r("POST", "/api/v1/accounts", "", "{}", PUBLIC),
    r(
        "DELETE",
        "/api/v1/accounts/{id}/second-factor",
        "id=staff_id",
        "",
        ADMIN,
    ),
    r("POST", "/api/v1/appointment-requests", "", "{}", TRAVELER),
    // Appointment validation: a partner agency's people only (B); A is a bus line; A's key
    // lacks appointments:validate. Lifting a code's lock: the pass's port's officer, an admin.
    r("POST", "/api/v1/appointment-validations", "", r#"{"code": "{code}", "date_of_birth": "1990-05-21"}"#, "L F F F F F R 403:partner-agency-only 403:partner-agency-only O 403:organisation-not-approved"),
    r("POST", "/api/v1/appointment-validations/unlock", "", r#"{"code": "{code}"}"#, STAFF_PORT),
    // Advance travel authorization (issue 16). No column is an adjudicator, a government
    // agency or an airline (tests/suite/travel_authorizations.rs lets them in): here everyone
    // else is kept out. Paths without a fixture keep `{id}` literally: nothing is found.
    r("GET", "/api/v1/ata/programmes", "", "", PUBLIC),
    r("GET", "/api/v1/ata/selections", "", "", PUBLIC),
    r("GET", "/api/v1/ata/selections/{programme}/{month}", "", "", "H H H H H H"),
    r("POST", "/api/v1/ata/agency-keys", "", "{}", ADMIN),
    r("POST", "/api/v1/ata/case-imports", "", "?programme=demo", "L F F F F F R 403:ata-agency-only 403:ata-agency-only 403:ata-agency-only 403:organisation-not-approved F 403:ata-agency-only O F F 403:ata-agency-only"),
    r("GET", "/api/v1/ata/case-imports/{id}", "", "", "L H H H H H R H H H H"),
    r("GET", "/api/v1/ata/case", "", "", "L H H F F F"),
    r("GET", "/api/v1/ata/queue", "", "", ADJUDICATOR),
    r("GET", "/api/v1/ata/cases/{id}", "", "", "L F F F F F . . . . . H F F F F F"),
    r("POST", "/api/v1/ata/cases/{id}/decision", "", "{}", ADJUDICATOR),
    r("POST", "/api/v1/ata/checks", "", "{}", "L F F F F F R 403:ata-airline-only 403:ata-airline-only 403:ata-airline-only 403:organisation-not-approved F O 403:ata-airline-only F F 403:ata-airline-only"),
    // Provisional I-94: travelers' own submissions; officers at any land port (both columns'
    // ports are land ports; an admin is no officer); the webhook refuses an unsigned event
    // (400) before it looks whether Stripe is configured.
    r("GET", "/api/v1/i94-applications", "", "", TRAVELER),
    r("POST", "/api/v1/i94-applications", "", "{}", TRAVELER),
    r("GET", "/api/v1/i94-applications/{id}", "id=i94", "", TRAVELER_OWN),
    r("POST", "/api/v1/i94-applications/{id}/payment", "id=i94", r#"{"provider": "at_port"}"#, TRAVELER_OWN),
    r("POST", "/api/v1/console/i94/search", "", r#"{"application_number": "{i94_number}"}"#, "L F F O O F"),
    r("POST", "/api/v1/console/i94/{id}/payment", "id=i94", "{}", "L F F O O F"),
    r("POST", "/api/v1/console/i94/applicants/{id}/decision", "id=i94_applicant", "{}", "L F F O O F"),
    r("GET", "/api/v1/admin/i94/ports", "", "", ADMIN),
    r("PUT", "/api/v1/admin/i94/ports/{port_id}", "port_id=port", "{}", ADMIN),
    r("POST", "/api/v1/payments/stripe/webhook", "", "{}", "400 400 400 400 400 400"),
    // Bus manifests: a bus line's people (A is one) and keys with manifests:write (A's key has
    // organisation:read only); B, a partner agency, is no bus line. The port's side (the
    // manifest, each person's outcome) is the trip's port's officers' and admins': the carrier
    // gets counts only and never reaches it (F).
    r("GET", "/api/v1/bus-manifests", "", "", "L F F F F F R O O 403:bus-line-only 403:organisation-not-approved"),
    r("POST", "/api/v1/bus-manifests", "", "{}", "L F F F F F R O O 403:bus-line-only 403:organisation-not-approved"),
    r("GET", "/api/v1/bus-manifests/{id}", "id=bus_trip", "", "L F F F F F R O O 403:bus-line-only 403:organisation-not-approved"),
    r("PUT", "/api/v1/bus-manifests/{id}", "id=bus_trip", "{}", "L F F F F F R O O 403:bus-line-only 403:organisation-not-approved"),
    r("GET", "/api/v1/bus-manifests/{id}/versions", "id=bus_trip", "", "L F F F F F R O O 403:bus-line-only 403:organisation-not-approved"),
    r("GET", "/api/v1/console/buses", "", "?port={port}", STAFF_PORT),
    r("GET", "/api/v1/console/buses/{id}", "id=bus_trip", "", STAFF_PORT),
    r("POST", "/api/v1/console/buses/{id}/travelers", "id=bus_trip", "{}", STAFF_PORT),
    r("POST", "/api/v1/console/buses/{id}/travelers/{person}", "id=bus_trip,person=bus_person", r#"{"state": "not-on-board"}"#, STAFF_PORT),
    late("POST", "/api/v1/console/buses/{id}/close", "id=bus_trip", "{}", STAFF_PORT),
    // Agriculture inspections. Cargo requests: an organisation's people or key with
    // cargo:write (a customs broker or carrier; A is a bus line, B a partner agency: both
    // refused), or a specialist; one organisation's request is hidden from another's
    // (tests/suite/agriculture.rs, another_organisation_and_another_facility_see_nothing…).
    r("POST", "/api/v1/cargo-inspections", "", "{}", CARGO),
    r("GET", "/api/v1/cargo-inspections", "", "", CARGO),
    r("GET", "/api/v1/cargo-inspections/{id}", "id=cargo", "", CARGO_THEIRS),
    r("POST", "/api/v1/cargo-inspections/{id}/actions", "", "{}", CARGO_ONE),
    r("GET", "/api/v1/cargo-inspections/{id}/messages", "", "", CARGO_ONE),
    r("POST", "/api/v1/cargo-inspections/{id}/messages", "", "{}", CARGO_ONE),
    r("POST", "/api/v1/cargo-inspections/{id}/attachments", "", "{}", CARGO_ONE),
    r("GET", "/api/v1/cargo-inspections/{id}/messages/{message_id}/attachment", "", "", CARGO_ONE),
    r("POST", "/api/v1/cargo-inspections/{id}/assignment", "", "{}", SPECIALIST),
    r("GET", "/api/v1/agriculture/facilities/{id}/day", "id=location", "", SPECIALIST),
    r("GET", "/api/v1/agriculture/facilities/{id}/queue", "id=location", "", SPECIALIST),
    r("GET", "/api/v1/agriculture/airports/{id}/requests", "", "", SPECIALIST_NOTHING),
    r("GET", "/api/v1/airport-inspections/guidance", "", "", PUBLIC),
    r("POST", "/api/v1/airport-inspections", "", "{}", TRAVELER),
    r("GET", "/api/v1/airport-inspections", "", "", TRAVELER),
    r("GET", "/api/v1/airport-inspections/{id}", "", "", "L H H F F F"),
    r("POST", "/api/v1/airport-inspections/{id}/answers", "", "{}", SPECIALIST_NOTHING),
    r("POST", "/api/v1/airport-inspections/{id}/items/{item_id}/photos", "", "{}", TRAVELER),
    // Anyone signed in reaches it; only the owner and the airport's specialists find a photo.
    r(
        "GET",
        "/api/v1/airport-inspections/{id}/items/{item_id}/photos/{photo_id}",
        "",
        "",
        "L H H H H H R H H H H",
    ),
    r(
        "GET",
        "/api/v1/appointment-requests/current",
        "",
        "",
        TRAVELER,
    ),
    late(
        "POST",
        "/api/v1/appointments/{id}/cancel",
        "id=appointment",
        r#"{"confirm": false}"#,
        TRAVELER_OWN,
    ),
    r(
        "POST",
        "/api/v1/appointments/{id}/confirm",
        "id=appointment",
        "{}",
        TRAVELER_OWN,
    ),
    r("GET", "/api/v1/audit", "", "", ADMIN),
    r("GET", "/api/v1/audit/export", "", "", ADMIN),
    // Staff name the port in the query or form (an officer may name only their own).
    r("GET", "/api/v1/console/appointments", "", "?port={port}", STAFF_PORT),
    r(
        "POST",
        "/api/v1/console/appointments/{id}/members/{code}",
        "id=appointment,code=code",
        r#"{"identity": "confirmed", "outcome": "pending"}"#,
        STAFF_PORT,
    ),
    r(
        "POST",
        "/api/v1/console/appointments/{id}/undo-no-show",
        "id=appointment",
        r#"{"reason": "arrived late, seen by the supervisor"}"#, "L F F O F O"),
    r(
        "POST",
        "/api/v1/console/check-ins",
        "",
        r#"{"code": "{code}"}"#,
        "L F F O 409 O",
    ),
    r(
        "GET",
        "/api/v1/console/passes/{code}/photo",
        "code=code",
        "",
        STAFF_PORT,
    ),
    r("GET", "/api/v1/draws/{date}", "date=draw_day", "", PUBLIC),
    r("POST", "/api/v1/email-changes", "", "{}", SIGNED_IN),
    r("POST", "/api/v1/email-changes/complete", "", "{}", PUBLIC),
    r("POST", "/api/v1/email-verifications", "", "{}", PUBLIC),
    r(
        "POST",
        "/api/v1/email-verifications/resend",
        "",
        "", TRAVELER),
    r("POST", "/api/v1/me/reauthentication", "", "{}", TRAVELER),
    r("GET", "/api/v1/me/data", "", "", TRAVELER),
    r("GET", "/api/v1/notifications", "", "", TRAVELER),
    r("GET", "/api/v1/notifications/channels", "", "", TRAVELER),
    r("PUT", "/api/v1/notifications/channels", "", "{}", TRAVELER),
    r(
        "POST",
        "/api/v1/notifications/sms-number",
        "",
        "{}",
        TRAVELER,
    ),
    r(
        "POST",
        "/api/v1/notifications/sms-number/verify",
        "",
        "{}",
        TRAVELER,
    ),
    // API keys: managers manage their organisation's (another's key is not found); a key with
    // organisation:read calls whoami.
    r("GET", "/api/v1/organisation/api-keys", "", "", ORG_MANAGER_OWN),
    r("POST", "/api/v1/organisation/api-keys", "", r#"{"name": "x", "permissions": ["organisation:read"]}"#, ORG_MANAGER_OWN),
    r("DELETE", "/api/v1/organisation/api-keys/{id}", "id=api_key_spare", "", ORG_MANAGER_OF_A),
    r("GET", "/api/v1/organisation/whoami", "", "", "L F F F F F O O O O 403:organisation-not-approved"),
    // Helping organisations (issue 20): only an approved aid organisation's staff, and for a
    // traveler only with that traveler's consent (another organisation's staff: 404, tested in
    // consents::). A is a bus line and B a partner agency, so their people are refused by kind.
    r("POST", "/api/v1/helpers/families", "", "{}", HELPER),
    r("GET", "/api/v1/helpers/caseload", "", "", HELPER),
    r("PUT", "/api/v1/helpers/me/display-name", "", "{}", HELPER),
    r("GET", "/api/v1/helpers/travelers/{account_id}", "", "", HELPER),
    r("POST", "/api/v1/helpers/travelers/{account_id}/card", "", "", HELPER),
    r("POST", "/api/v1/helpers/travelers/{account_id}/members", "", "{}", HELPER),
    r("PUT", "/api/v1/helpers/travelers/{account_id}/members/{member_id}/photo", "", "@png", HELPER),
    r("POST", "/api/v1/helpers/travelers/{account_id}/appointment-requests", "", "{}", HELPER),
    r("POST", "/api/v1/helpers/travelers/{account_id}/appointments/{id}/confirm", "", "{}", HELPER),
    r("POST", "/api/v1/helpers/travelers/{account_id}/appointments/{id}/decline", "", "", HELPER),
    r("POST", "/api/v1/helpers/travelers/{account_id}/roster-claim", "", "{}", HELPER),
    r("GET", "/api/v1/consents", "", "", TRAVELER),
    r("POST", "/api/v1/consents", "", "{}", TRAVELER),
    r("GET", "/api/v1/consents/organisations", "", "", TRAVELER),
    r("POST", "/api/v1/consents/{id}/revoke", "", "", "L H H F F F"),
    r("POST", "/api/v1/card/first-sign-in", "", "{}", PUBLIC),
    r("POST", "/api/v1/card/sign-in", "", "{}", "401:bad-credentials 401:bad-credentials 401:bad-credentials 401:bad-credentials 401:bad-credentials 401:bad-credentials"),
    // Programme rosters (issue 20): an administrator registers keys; an approved international
    // or partner organisation's staff import and check (A, a bus line, is refused by kind; B,
    // a partner agency, gets past: 422 without a signature or a date of birth); a traveler claims.
    r("POST", "/api/v1/rosters/keys", "", "{}", ADMIN),
    r("POST", "/api/v1/rosters/imports", "", "", "L F F F F F R 403:roster-organisation-kind 403:roster-organisation-kind O 403:organisation-not-approved F 403:roster-organisation-kind 403:roster-organisation-kind F F O"),
    r("POST", "/api/v1/rosters/checks", "", "{}", "L F F F F F R 403:roster-organisation-kind 403:roster-organisation-kind O 403:organisation-not-approved F 403:roster-organisation-kind 403:roster-organisation-kind F F O"),
    r("POST", "/api/v1/rosters/claims", "", "{}", TRAVELER),
    r("PUT", "/api/v1/rosters/quotas/{port}", "port=port", r#"{"percent": 0, "release_days_before": 1}"#, ADMIN),
    r("GET", "/api/v1/rosters/quotas", "", "", ADMIN),
    // No port reserves places in the matrix's app, so no roster draw ran: 404 for anyone.
    r("GET", "/api/v1/rosters/draws/{date}", "date=draw_day", "", "H H H H H H"),
    // Organisations: registration is public; deciding and creating are an admin's; an
    // organisation's people see it, its managers manage its people and invitations.
    r("POST", "/api/v1/organisations", "", "{}", PUBLIC),
    r("GET", "/api/v1/admin/organisations", "", "", ADMIN),
    r("POST", "/api/v1/admin/organisations", "", "{}", ADMIN),
    r("POST", "/api/v1/admin/organisations/{id}/decision", "id=org", r#"{"decision": "approve"}"#, ADMIN),
    r("GET", "/api/v1/organisation", "", "", ORG_STAFF),
    r("GET", "/api/v1/organisation/members", "", "", ORG_STAFF),
    r("PATCH", "/api/v1/organisation/members/{account_id}", "account_id=org_member", r#"{"role": "organisation_member"}"#, ORG_MANAGER_OF_A),
    r("DELETE", "/api/v1/organisation/members/{account_id}", "account_id=org_spare", "", ORG_MANAGER_OF_A),
    r("GET", "/api/v1/organisation/invitations", "", "", ORG_MANAGER_OWN),
    r("POST", "/api/v1/organisation/invitations", "", "{}", ORG_MANAGER_OWN),
    r("DELETE", "/api/v1/organisation/invitations/{id}", "id=invitation", "", ORG_MANAGER_OF_A),
    r("GET", "/api/v1/admin/staff", "", "", ADMIN),
    r("POST", "/api/v1/admin/staff/invitations", "", "{}", ADMIN),
    r("DELETE", "/api/v1/admin/staff/{account_id}/grants", "account_id=staff_spare", r#"{"role": "officer", "location": "el-paso"}"#, ADMIN),
    r("POST", "/api/v1/password-resets", "", "{}", PUBLIC),
    // Policies: the record is public; scheduling is an admin's (an empty text is refused
    // after the role check).
    r("GET", "/api/v1/policies", "", "", PUBLIC),
    r("GET", "/api/v1/policies/current", "", "", PUBLIC),
    r("POST", "/api/v1/policies", "", r#"{"text": "", "effective_from": "2099-01-01"}"#, ADMIN),
    r("POST", "/api/v1/password-resets/complete", "", "{}", PUBLIC),
    r("GET", "/api/v1/locations", "", "", PUBLIC),
    r("GET", "/api/v1/locations/{id}", "id=location", "", PUBLIC),
    r(
        "PATCH",
        "/api/v1/locations/{id}",
        "id=location",
        r#"{"is_open": true}"#,
        ADMIN,
    ),
    r("GET", "/api/v1/ports", "", "", PUBLIC),
    r(
        "GET",
        "/api/v1/ports/{port_id}/capacity/{date}",
        "port_id=port,date=port_day",
        "",
        STAFF_PORT,
    ),
    r("PUT", "/api/v1/ports/{port_id}/capacity/{date}", "port_id=port,date=port_day", r#"{"slots": []}"#, STAFF_PORT),
    // A lookup by name and date of birth: the officer of that port only (not an admin).
    r("POST", "/api/v1/ports/{port_id}/lookups", "port_id=port", r#"{"full_name": "Ana Lima", "date_of_birth": "1990-05-21"}"#, "L F F O H F"),
    r(
        "GET",
        "/api/v1/ports/{port_id}/wait-times",
        "port_id=port",
        "",
        PUBLIC,
    ),
    r(
        "POST",
        "/api/v1/ports/{port_id}/wait-times",
        "port_id=port",
        "{}", "L F F O F O"),
    r(
        "GET",
        "/api/v1/ports/{port_id}/wait-times/history",
        "port_id=port",
        "",
        PUBLIC,
    ),
    r("POST", "/api/v1/sessions", "", "{}", "401:bad-credentials 401:bad-credentials 401:bad-credentials 401:bad-credentials 401:bad-credentials 401:bad-credentials"),
    r("GET", "/api/v1/travelers", "", "", TRAVELER),
    late("POST", "/api/v1/travelers", "", "{}", TRAVELER),
    r(
        "GET",
        "/api/v1/travelers/{id}",
        "id=member",
        "",
        TRAVELER_OWN,
    ),
    late(
        "PATCH",
        "/api/v1/travelers/{id}",
        "id=member",
        "{}",
        TRAVELER_OWN,
    ),
    late(
        "DELETE",
        "/api/v1/travelers/{id}",
        "id=spare_api",
        "",
        TRAVELER_OWN,
    ),
    r(
        "GET",
        "/api/v1/travelers/{id}/photo",
        "id=member",
        "",
        TRAVELER_OWN,
    ),
    late(
        "PUT",
        "/api/v1/travelers/{id}/photo",
        "id=member",
        "@png",
        TRAVELER_OWN,
    ),
    r("GET", "/api/v1/wait-times", "", "", PUBLIC),
    r("GET", "/api/v1/stats", "", "", PUBLIC),
    // Trusted Traveler: a government agency's member imports (no column is one: A is a bus
    // line, B a partner agency); travelers link, see and book; an enrollment officer decides.
    r("PUT", "/api/v1/trusted-travelers/memberships", "", "{}", "L F F F F F R 403:ttp-agency-only 403:ttp-agency-only 403:ttp-agency-only 403:organisation-not-approved F 403:ttp-agency-only O F F 403:ttp-agency-only"),
    r("GET", "/api/v1/trusted-travelers/memberships", "", "", TRAVELER),
    r("POST", "/api/v1/trusted-travelers/links", "", "{}", TRAVELER),
    r("GET", "/api/v1/trusted-travelers/enrollment-centers/{id}/slots", "id=enrollment_center", "", TRAVELER),
    r("POST", "/api/v1/trusted-travelers/interviews", "", "{}", "L H H F F F"),
    r("DELETE", "/api/v1/trusted-travelers/interviews/{id}", "", "", "L H H F F F"),
    r("GET", "/api/v1/trusted-travelers/desk", "", "", ENROLLMENT),
    r("POST", "/api/v1/trusted-travelers/interviews/{id}/outcome", "", "{}", ENROLLMENT),
    fresh("DELETE", "/api/v1/sessions/current", "", SIGNED_IN),
    fresh("DELETE", "/api/v1/me", "{}", TRAVELER),
];

const PAGES: &[Row] = &[
    r("GET", "/", "", "", PUBLIC),
    r("GET", "/healthz", "", "", PUBLIC),
    r("GET", "/api/docs", "", "", PUBLIC),
    r("GET", "/api/v1/openapi.json", "", "", PUBLIC),
    r("GET", "/static/garita.css", "", "", PUBLIC),
    r("GET", "/static/locate.js", "", "", PUBLIC),
    r("GET", "/static/pass.js", "", "", PUBLIC),
    r("GET", "/static/icon.svg", "", "", PUBLIC),
    r("GET", "/static/photo.js", "", "", PUBLIC),
    r("GET", "/sw.js", "", "", PUBLIC),
    r("GET", "/manifest.webmanifest", "", "", PUBLIC),
    r("GET", "/help", "", "", PUBLIC),
    r("GET", "/privacy", "", "", PUBLIC),
    r("GET", "/contact", "", "", PUBLIC),
    r("GET", "/ports", "", "", PUBLIC),
    r("GET", "/locations", "", "", PUBLIC),
    r("GET", "/locations/{id}", "id=location", "", PUBLIC),
    r("GET", "/admin/locations/{id}", "id=location", "", ADMIN),
    r(
        "POST",
        "/admin/locations/{id}",
        "id=location",
        "hours=Mon-Fri 08:00-16:00&is_open=open",
        ADMIN,
    ),
    r("GET", "/wait-times", "", "", PUBLIC),
    r("GET", "/stats", "", "", PUBLIC),
    r("GET", "/wait-times/{port_id}", "port_id=port", "", PUBLIC),
    r("GET", "/draws", "", "", PUBLIC),
    r("GET", "/draws/{date}", "date=draw_day", "", PUBLIC),
    r("GET", "/register", "", "", PUBLIC),
    r("POST", "/register", "", "", PUBLIC),
    r("GET", "/register/sent", "", "", PUBLIC),
    r("GET", "/login", "", "", PUBLIC),
    r("POST", "/login", "", "", "401 401 401 401 401 401"),
    r("GET", "/login/code", "", "", "L L L L L L"),
    r("POST", "/login/code", "", "", "L L L L L L"),
    r("GET", "/login/second-factor", "", "", "L L L L L L"),
    r("POST", "/login/second-factor", "", "", "L L L L L L"),
    r("GET", "/account/verify", "", "", TRAVELER),
    r("POST", "/account/verify/resend", "", "", TRAVELER),
    r("GET", "/account/verify/{token}", "token=bogus", "", PUBLIC),
    r("POST", "/account/verify/{token}", "token=bogus", "", PUBLIC),
    r("GET", "/account/reset", "", "", PUBLIC),
    r("POST", "/account/reset", "", "", PUBLIC),
    r("GET", "/account/reset/sent", "", "", PUBLIC),
    r("GET", "/account/reset/{token}", "token=bogus", "", PUBLIC),
    r("POST", "/account/reset/{token}", "token=bogus", "", PUBLIC),
    r("GET", "/account/password", "", "", SIGNED_IN),
    r("POST", "/account/password", "", "", SIGNED_IN),
    r("GET", "/account/email", "", "", SIGNED_IN),
    r("POST", "/account/email", "", "", SIGNED_IN),
    r(
        "GET",
        "/account/email/confirm/{token}",
        "token=bogus",
        "",
        PUBLIC,
    ),
    r(
        "POST",
        "/account/email/confirm/{token}",
        "token=bogus",
        "",
        PUBLIC,
    ),
    r("GET", "/account/second-factor", "", "", SIGNED_IN),
    r("GET", "/account/second-factor/setup", "", "", SIGNED_IN),
    r(
        "POST",
        "/account/second-factor/setup",
        "",
        "code=000000",
        "L 401 401 O O O L O O O O",
    ),
    r(
        "POST",
        "/account/second-factor/disable",
        "",
        "",
        "L O O F F F",
    ),
    r("GET", "/admin/second-factor", "", "", ADMIN),
    r(
        "POST",
        "/admin/second-factor",
        "",
        "email=throwaway-officer-2@example.org",
        ADMIN,
    ),
    r("GET", "/admin/audit", "", "", ADMIN),
    r("GET", "/admin/policies", "", "", ADMIN),
    r(
        "POST",
        "/admin/policies",
        "",
        "text=x&effective_from=2099-01-01",
        ADMIN,
    ),
    r("GET", "/policies", "", "", PUBLIC),
    r("GET", "/group", "", "", TRAVELER),
    late("POST", "/group/members", "", "", TRAVELER),
    r("GET", "/group/members/new", "", "", TRAVELER),
    late(
        "POST",
        "/group/members/{id}",
        "id=member",
        "full_name=Ana Edited",
        TRAVELER_OWN,
    ),
    r(
        "GET",
        "/group/members/{id}/edit",
        "id=member",
        "",
        TRAVELER_OWN,
    ),
    r(
        "GET",
        "/group/members/{id}/delete",
        "id=spare_page",
        "",
        TRAVELER_OWN,
    ),
    late(
        "POST",
        "/group/members/{id}/delete",
        "id=spare_page",
        "",
        TRAVELER_OWN,
    ),
    r(
        "GET",
        "/group/members/{id}/photo",
        "id=member",
        "",
        TRAVELER_OWN,
    ),
    late(
        "POST",
        "/group/members/{id}/photo",
        "id=member",
        "@png",
        TRAVELER_OWN,
    ),
    late(
        "POST",
        "/group/members/{id}/photo/confirm",
        "id=member",
        "confirm=yes&staged=none",
        TRAVELER_OWN,
    ),
    r("GET", "/appointment", "", "", TRAVELER),
    r(
        "GET",
        "/cargo/inspections",
        "",
        "",
        "L F F F F F L F F F F F F F O F F O",
    ),
    r("GET", "/cargo/inspections/new", "", "", CARGO_PAGE),
    r("POST", "/cargo/inspections/new", "", "", CARGO_PAGE),
    r(
        "GET",
        "/cargo/inspections/{id}",
        "id=cargo",
        "",
        CARGO_THEIRS_PAGE,
    ),
    r(
        "POST",
        "/cargo/inspections/{id}/action",
        "",
        "",
        CARGO_ONE_PAGE,
    ),
    r(
        "POST",
        "/cargo/inspections/{id}/messages",
        "",
        "",
        "L F F F F F L F F F F F F F O F F O",
    ),
    r(
        "GET",
        "/cargo/inspections/{id}/messages/{message_id}/attachment",
        "",
        "",
        CARGO_ONE_PAGE,
    ),
    r("POST", "/cargo/inspections/{id}/assign", "", "", SPECIALIST),
    r("GET", "/agriculture", "", "", SPECIALIST),
    r(
        "GET",
        "/agriculture/facilities/{id}",
        "id=location",
        "",
        SPECIALIST,
    ),
    r(
        "GET",
        "/agriculture/airports/{id}",
        "",
        "",
        SPECIALIST_NOTHING,
    ),
    r(
        "POST",
        "/agriculture/airport/{id}/answers",
        "",
        "",
        SPECIALIST_NOTHING,
    ),
    r("GET", "/agriculture/airport", "", "", TRAVELER),
    r("POST", "/agriculture/airport", "", "", TRAVELER),
    r(
        "GET",
        "/agriculture/airport/{id}",
        "",
        "",
        "L H H F F F . . . . . F F F H F F",
    ),
    r(
        "POST",
        "/agriculture/airport/{id}/items/{item_id}/photos",
        "",
        "",
        TRAVELER,
    ),
    r(
        "GET",
        "/agriculture/airport/{id}/items/{item_id}/photos/{photo_id}",
        "",
        "",
        "L H H H H H L H H H H",
    ),
    r("GET", "/partner/validate", "", "", "L F F F F F L F F O F"),
    r("GET", "/ata", "", "", PUBLIC),
    r(
        "GET",
        "/ata/invitations/{token}",
        "",
        "",
        "409 409 409 409 409 409",
    ),
    r("POST", "/ata/invitations/{token}", "", "", "L O O F F F"),
    r("GET", "/ata/case", "", "", TRAVELER),
    r("POST", "/ata/case/biographic", "", "", "L H H F F F"),
    r("POST", "/ata/case/passport", "", "", "L H H F F F"),
    r("POST", "/ata/case/attestations", "", "", "L H H F F F"),
    r("POST", "/ata/case/photo", "", "", TRAVELER),
    r("GET", "/ata/adjudication", "", "", ADJUDICATOR),
    r(
        "GET",
        "/ata/adjudication/{id}",
        "",
        "",
        "L F F F F F . . . . . H F F F F F",
    ),
    r("POST", "/ata/adjudication/{id}", "", "", ADJUDICATOR),
    r(
        "GET",
        "/ata/check",
        "",
        "",
        "L F F F F F L 403 403 403 403 F O 403 F F 403",
    ),
    r(
        "POST",
        "/ata/check",
        "",
        "",
        "L F F F F F L 403 403 403 403 F O 403 F F 403",
    ),
    r(
        "POST",
        "/partner/validate",
        "",
        "code={code}&date_of_birth=1990-05-21",
        "L F F F F F L F F O F",
    ),
    // Programme rosters (issue 20): the check for an approved international or partner
    // organisation's staff (A, a bus line: 403 by kind; B, a partner agency: allowed); the
    // claim for a traveler.
    r(
        "GET",
        "/rosters/check",
        "",
        "",
        "L F F F F F L F F O F F F F F F O",
    ),
    r(
        "POST",
        "/rosters/check",
        "",
        "",
        "L F F F F F L F F O F F F F F F O",
    ),
    r("GET", "/rosters/claim", "", "", TRAVELER),
    r("POST", "/rosters/claim", "", "", TRAVELER),
    r("GET", "/admin/rosters/quotas", "", "", ADMIN),
    r("POST", "/admin/rosters/quotas", "", "percent=", ADMIN),
    // No roster draw ran in the matrix's app: 404 for anyone.
    r(
        "GET",
        "/rosters/draws/{date}",
        "date=draw_day",
        "",
        "H H H H H H",
    ),
    r("GET", "/helpers", "", "", HELPER_PAGE),
    r("POST", "/helpers/name", "", "display_name=Ana", HELPER_PAGE),
    r("GET", "/helpers/families/new", "", "", HELPER_PAGE),
    r("POST", "/helpers/families", "", "", HELPER_PAGE),
    r(
        "GET",
        "/helpers/travelers/{account_id}",
        "",
        "",
        HELPER_PAGE,
    ),
    r(
        "POST",
        "/helpers/travelers/{account_id}/card",
        "",
        "",
        HELPER_PAGE,
    ),
    r(
        "POST",
        "/helpers/travelers/{account_id}/members",
        "",
        "",
        HELPER_PAGE,
    ),
    r(
        "POST",
        "/helpers/travelers/{account_id}/members/{member_id}/photo",
        "",
        "",
        HELPER_PAGE,
    ),
    r(
        "POST",
        "/helpers/travelers/{account_id}/request",
        "",
        "",
        HELPER_PAGE,
    ),
    r(
        "POST",
        "/helpers/travelers/{account_id}/appointments/{id}/confirm",
        "",
        "",
        HELPER_PAGE,
    ),
    r(
        "GET",
        "/helpers/travelers/{account_id}/roster",
        "",
        "",
        HELPER_PAGE,
    ),
    r(
        "POST",
        "/helpers/travelers/{account_id}/roster",
        "",
        "",
        HELPER_PAGE,
    ),
    r("GET", "/consents", "", "", TRAVELER),
    r("POST", "/consents", "", "", TRAVELER),
    r("POST", "/consents/{id}/revoke", "", "", "L H H F F F"),
    r("GET", "/card", "", "", PUBLIC),
    r("POST", "/card/first", "", "", PUBLIC),
    r("POST", "/card/sign-in", "", "", "401 401 401 401 401 401"),
    r("GET", "/appointment/request", "", "", TRAVELER),
    late("POST", "/appointment/request", "", "", TRAVELER),
    late(
        "POST",
        "/appointment/{id}/confirm",
        "id=appointment",
        "",
        TRAVELER_OWN,
    ),
    r(
        "GET",
        "/appointment/{id}/cancel",
        "id=appointment",
        "",
        TRAVELER_OWN,
    ),
    late(
        "POST",
        "/appointment/{id}/cancel",
        "id=appointment",
        "",
        TRAVELER_OWN,
    ),
    r("GET", "/appointment/pass", "", "", TRAVELER_OWN),
    r("POST", "/appointment/pass/forget", "", "", TRAVELER),
    r("POST", "/appointment/pass/keep", "", "", TRAVELER),
    r("GET", "/appointment/pass/validity", "", "", TRAVELER),
    r("GET", "/notifications", "", "", TRAVELER),
    r("POST", "/notifications/channels", "", "", TRAVELER),
    r("POST", "/notifications/sms-number", "", "", TRAVELER),
    r("POST", "/notifications/sms-number/verify", "", "", TRAVELER),
    r(
        "POST",
        "/webhooks/sms/status",
        "",
        "",
        "404 404 404 404 404 404",
    ),
    r("GET", "/my-data", "", "", TRAVELER),
    r(
        "POST",
        "/my-data/reauthenticate",
        "",
        "password=a long harmless passphrase",
        TRAVELER,
    ),
    r("GET", "/my-data/export.json", "", "", TRAVELER),
    r("GET", "/my-data/delete", "", "", TRAVELER),
    r("GET", "/my-data/deleted", "", "", PUBLIC),
    r("GET", "/console", "", "?port={port}", STAFF_PORT),
    r(
        "POST",
        "/console/check-in",
        "",
        "code={code}",
        "L F F O 409 O",
    ),
    r(
        "GET",
        "/console/appointments/{id}",
        "id=appointment",
        "",
        STAFF_PORT,
    ),
    r(
        "POST",
        "/console/appointments/{id}/members/{code}",
        "id=appointment,code=code",
        "identity=confirmed&outcome=pending",
        STAFF_PORT,
    ),
    r(
        "POST",
        "/console/appointments/{id}/undo-no-show",
        "id=appointment",
        "reason=arrived late",
        "L F F O F O",
    ),
    r(
        "GET",
        "/console/passes/{code}/photo",
        "code=code",
        "",
        STAFF_PORT,
    ),
    r("GET", "/console/capacity", "", "?port={port}", STAFF_PORT),
    r(
        "POST",
        "/console/capacity",
        "",
        "port={port}&date={port_day}",
        STAFF_PORT,
    ),
    // Each officer looks up at their own port; admins may not.
    r("GET", "/console/lookup", "", "", "L F F O O F"),
    // Provisional I-94: the traveler's pages (A's submission, already submitted) and the
    // officers' I-94 tab at any land port.
    r("GET", "/i94", "", "", TRAVELER),
    r("POST", "/i94", "", "port_id=&arrival_date=", TRAVELER),
    r("GET", "/i94/{id}", "id=i94", "", TRAVELER_OWN),
    r(
        "POST",
        "/i94/{id}/applicants",
        "id=i94",
        "family_name=",
        TRAVELER_OWN,
    ),
    r(
        "POST",
        "/i94/{id}/applicants/{applicant}/remove",
        "id=i94,applicant=i94_applicant",
        "",
        TRAVELER_OWN,
    ),
    r("POST", "/i94/{id}/submit", "id=i94", "", TRAVELER_OWN),
    r("POST", "/i94/{id}/pay", "id=i94", "", TRAVELER_OWN),
    r(
        "POST",
        "/i94/{id}/passport-zone",
        "id=i94",
        "mrz=",
        TRAVELER_OWN,
    ),
    r("GET", "/admin/i94/ports", "", "", ADMIN),
    r(
        "POST",
        "/admin/i94/ports/{port_id}",
        "port_id=port",
        "visibility=",
        ADMIN,
    ),
    r("GET", "/console/i94", "", "", "L F F O O F"),
    r(
        "POST",
        "/console/i94",
        "",
        "application_number={i94_number}",
        "L F F O O F",
    ),
    r("GET", "/console/i94/{id}", "id=i94", "", "L F F O O F"),
    r(
        "POST",
        "/console/i94/{id}/payment",
        "id=i94",
        "receipt_number=",
        "L F F O O F",
    ),
    r(
        "POST",
        "/console/i94/applicants/{id}/decision",
        "id=i94_applicant",
        "decision=",
        "L F F O O F",
    ),
    r(
        "POST",
        "/console/i94/applicants/{id}/passport",
        "id=i94_applicant",
        "mrz=",
        "L F F O O F",
    ),
    // Bus manifests: the carrier's pages (A's people; B is no bus line), the port's pages.
    r("GET", "/bus-manifests", "", "", "L F F F F F L O O F F"),
    r(
        "GET",
        "/bus-manifests/template.csv",
        "",
        "",
        "L F F F F F L O O F F",
    ),
    r("GET", "/bus-manifests/new", "", "", "L F F F F F L O O F F"),
    r(
        "POST",
        "/bus-manifests/new",
        "",
        "trip_number=M-2",
        "L F F F F F L O O F F",
    ),
    r(
        "GET",
        "/bus-manifests/upload",
        "",
        "",
        "L F F F F F L O O F F",
    ),
    r(
        "POST",
        "/bus-manifests/upload",
        "",
        "trip_number=M-2",
        "L F F F F F L O O F F",
    ),
    r(
        "GET",
        "/bus-manifests/{id}",
        "id=bus_trip",
        "",
        "L F F F F F L O O F F",
    ),
    r("GET", "/console/buses", "", "?port={port}", STAFF_PORT),
    r("GET", "/console/buses/{id}", "id=bus_trip", "", STAFF_PORT),
    r(
        "GET",
        "/console/buses/{id}/export.csv",
        "id=bus_trip",
        "",
        STAFF_PORT,
    ),
    r(
        "POST",
        "/console/buses/{id}/travelers",
        "id=bus_trip",
        "outcome=admitted",
        STAFF_PORT,
    ),
    r(
        "POST",
        "/console/buses/{id}/travelers/{person}",
        "id=bus_trip,person=bus_person",
        "state=not-on-board",
        STAFF_PORT,
    ),
    late(
        "POST",
        "/console/buses/{id}/close",
        "id=bus_trip",
        "",
        STAFF_PORT,
    ),
    r(
        "POST",
        "/console/lookup",
        "",
        "full_name=Ana Lima&date_of_birth=1990-05-21",
        "L F F O O F",
    ),
    r("GET", "/console/wait-times", "", "", "L F F O O O"),
    r(
        "GET",
        "/console/wait-times/{port_id}",
        "port_id=port",
        "",
        "L F F O F O",
    ),
    r(
        "POST",
        "/console/wait-times/{port_id}",
        "port_id=port",
        "",
        "L F F O F O",
    ),
    r(
        "GET",
        "/organisation/api-keys",
        "",
        "",
        "L F F F F F L O F O F",
    ),
    r(
        "POST",
        "/organisation/api-keys",
        "",
        "name=x&permissions=organisation:read",
        "L F F F F F L O F O F",
    ),
    r(
        "GET",
        "/organisation/api-keys/{id}/revoke",
        "id=api_key_spare_page",
        "",
        "L F F F F F L O F H F",
    ),
    r(
        "POST",
        "/organisation/api-keys/{id}/revoke",
        "id=api_key_spare_page",
        "confirm=yes",
        "L F F F F F L O F H F",
    ),
    // Organisations: a pending organisation's page says it waits (allowed, not refused).
    r("GET", "/organisations/register", "", "", PUBLIC),
    r("POST", "/organisations/register", "", "", PUBLIC),
    r("GET", "/organisation", "", "", "L F F F F F L O O O O"),
    r(
        "POST",
        "/organisation/invitations",
        "",
        "",
        "L F F F F F L O F O F",
    ),
    r(
        "POST",
        "/organisation/invitations/{id}/revoke",
        "id=invitation_page",
        "",
        "L F F F F F L O F H F",
    ),
    r(
        "POST",
        "/organisation/members/{account_id}/role",
        "account_id=org_member",
        "role=member",
        "L F F F F F L O F H F",
    ),
    r(
        "POST",
        "/organisation/members/{account_id}/remove",
        "account_id=org_spare_page",
        "",
        "L F F F F F L O F H F",
    ),
    // An unknown invitation link is refused alike for everyone.
    r(
        "GET",
        "/invitations/{token}",
        "token=bogus",
        "",
        "409 409 409 409 409 409",
    ),
    r(
        "POST",
        "/invitations/{token}",
        "token=bogus",
        "",
        "409 409 409 409 409 409",
    ),
    r("GET", "/admin/organisations", "", "", ADMIN),
    r("POST", "/admin/organisations", "", "", ADMIN),
    r(
        "POST",
        "/admin/organisations/{id}/decision",
        "id=org",
        "decision=approve",
        ADMIN,
    ),
    r("GET", "/admin/staff", "", "", ADMIN),
    r("POST", "/admin/staff", "", "", ADMIN),
    r(
        "POST",
        "/admin/staff/{account_id}/grants/remove",
        "account_id=staff_spare_2",
        "role=officer&location=el-paso",
        ADMIN,
    ),
    r("GET", "/trusted-traveler", "", "", TRAVELER),
    r("POST", "/trusted-traveler/link", "", "", TRAVELER),
    r(
        "GET",
        "/trusted-traveler/{id}/interview",
        "",
        "",
        "L H H F F F",
    ),
    r(
        "POST",
        "/trusted-traveler/{id}/interview",
        "",
        "",
        "L H H F F F",
    ),
    r(
        "POST",
        "/trusted-traveler/interviews/{id}/cancel",
        "",
        "",
        "L H H F F F",
    ),
    r("GET", "/enrollment/interviews", "", "", ENROLLMENT),
    r(
        "POST",
        "/enrollment/interviews/{id}/outcome",
        "",
        "",
        ENROLLMENT,
    ),
    fresh("POST", "/logout", "", PUBLIC),
    fresh("POST", "/my-data/delete", "", TRAVELER),
];

/// Routes in the source that are not served by default (`--bench-routes`, `--bench-clock` only).
const NOT_SERVED: &[&str] = &["/bench/hello", "/bench/clock"];

/// The port of traveler A's appointment, and another.
const PORT: &str = "el-paso";
const OTHER_PORT: &str = "san-ysidro";

/// The objects the paths name, all traveler A's: a member, throwaway members for the deletes
/// (made before the request: a member added after selection voids the appointment),
/// an appointment at `PORT` today with its passes; plus an officer account whose second
/// factor the admin may reset.
async fn fixtures(app: &TestApp, a: &str) -> HashMap<&'static str, String> {
    let mut f = HashMap::new();
    let traveler_a = a.to_string();
    let members: Value = app
        .get_json("/api/v1/travelers", Some(a))
        .await
        .json()
        .await
        .unwrap();
    let id_of = |i: usize| members["travelers"][i]["id"].as_str().unwrap().to_string();
    f.insert("member", id_of(0));
    f.insert("spare_api", id_of(2));
    f.insert("spare_page", id_of(3));
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(a),
            &json!({"ports": [PORT], "location": {"latitude": 31.7200, "longitude": -106.4600, "accuracy_m": 50.0}}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let draw_day = garita::appointments::cycle::next_draw_day(&app.state.settings.cycle, app.now());
    let _ = garita::draw::run(&app.state, draw_day, app.now(), true)
        .await
        .unwrap();
    f.insert("draw_day", draw_day.to_string());
    let s: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(a))
        .await
        .json()
        .await
        .unwrap();
    let id = s["appointment"]["id"].as_str().expect("drawn").to_string();
    let c: Value = app
        .post_json(
            &format!("/api/v1/appointments/{id}/confirm"),
            Some(a),
            &json!({}),
        )
        .await
        .json()
        .await
        .unwrap();
    f.insert("code", c["passes"][0]["code"].as_str().unwrap().to_string());
    // The appointment is today at its port, so the console shows it.
    let port = app.state.ports.iter().find(|p| p.id == PORT).unwrap();
    let today: NaiveDate = garita::port_console::port_today(port, app.now());
    garita::draw::ensure_slots(&app.state, today, today + Duration::days(1))
        .await
        .unwrap();
    sqlx::query("UPDATE appointments SET day = $1 WHERE id = $2")
        .bind(today.to_string())
        .bind(&id)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    f.insert("appointment", id);
    f.insert("port", PORT.to_string());
    f.insert("port_day", (today + Duration::days(1)).to_string());
    // Officers whose second factor the admin resets, one through the API, one through the page.
    for (key, address) in [
        ("staff_id", "throwaway-officer@example.org"),
        ("staff_id_2", "throwaway-officer-2@example.org"),
    ] {
        let email = Email::parse(address).unwrap();
        let p = Password::parse(PASSWORD, |_| false).unwrap();
        let staff = garita::accounts::create_account(
            &app.state,
            &email,
            &p,
            garita_domain::roles::AccountKind::Staff,
            &common::grants(Role::Officer, Some(PORT)),
            Some("en"),
        )
        .await
        .unwrap();
        garita::accounts::second_factor::enrol_now(&app.state, staff)
            .await
            .unwrap();
        f.insert(key, staff.to_string());
    }
    f.insert("bogus", "not-a-real-token".to_string());
    // Organisation A, approved, with a manager and an API key holding `organisation:read`.
    let organisation = app
        .organisation(
            "Autobuses A",
            OrganisationKind::BusLine,
            OrganisationStatus::Approved,
        )
        .await;
    let manager = app
        .staff(Role::OrganisationManager, Some(&organisation.to_string()))
        .await;
    let made: Value = app
        .post_json(
            "/api/v1/organisation/api-keys",
            Some(&manager),
            &json!({"name": "A's system", "permissions": ["organisation:read"]}),
        )
        .await
        .json()
        .await
        .unwrap();
    f.insert("api_key", made["key"].as_str().unwrap().to_string());
    f.insert(
        "api_key_id",
        made["api_key"]["id"].as_str().unwrap().to_string(),
    );
    // A bus trip of A (a bus line) arriving at PORT, with one person on board.
    let trip: Value = app
        .post_json(
            "/api/v1/bus-manifests",
            Some(&manager),
            &json!({"trip": {"trip_number": "M-1", "origin_city": "Chihuahua", "port": PORT,
                "arrival_at": (app.now() + Duration::hours(2)).to_rfc3339(), "plate": "M1", "plate_country": "MX"},
                "travelers": [{"role": "driver", "family_name": "Matrix", "given_names": "Ana",
                "date_of_birth": "1980-01-01", "sex": "F", "citizenship": "MX", "residence_country": "MX",
                "document_type": "passport", "document_number": "M1", "document_country": "MX"}]}),
        )
        .await
        .json()
        .await
        .unwrap();
    let bus_trip = trip["id"].as_str().expect("a bus trip").to_string();
    let bus_person: String =
        sqlx::query_scalar("SELECT id FROM bus_manifest_travelers WHERE trip_id = $1")
            .bind(&bus_trip)
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    f.insert("bus_trip", bus_trip);
    f.insert("bus_person", bus_person);
    // Keys A's manager revokes in the rows (the one above must keep working for KeyA).
    for key in ["api_key_spare", "api_key_spare_page"] {
        let spare: Value = app
            .post_json(
                "/api/v1/organisation/api-keys",
                Some(&manager),
                &json!({"name": key, "permissions": ["organisation:read"]}),
            )
            .await
            .json()
            .await
            .unwrap();
        f.insert(key, spare["api_key"]["id"].as_str().unwrap().to_string());
    }
    f.insert("location", SPECIALIST_AT.to_string());
    f.insert("enrollment_center", ENROLLMENT_AT.to_string());
    // Organisations B (approved) and P (pending); in A, people the managers' rows act on
    // (a member whose role is set to what it is, throwaways to remove) and invitations to
    // withdraw; CBP officers whose grant an administrator takes away.
    let mut ids = vec![organisation.to_string()];
    for (name, status) in [
        ("Instituto B", OrganisationStatus::Approved),
        ("Agencia P", OrganisationStatus::Pending),
    ] {
        let id = app
            .organisation(name, OrganisationKind::PartnerAgency, status)
            .await;
        ids.push(id.to_string());
    }
    // The later callers' organisations, approved: an airline, a government agency, a shelter.
    for (name, kind) in [
        ("Aerolínea M", OrganisationKind::Airline),
        ("Agencia G", OrganisationKind::GovernmentAgency),
        ("Albergue S", OrganisationKind::AidOrganisation),
        ("Agencia Aduanal C", OrganisationKind::CustomsBroker),
    ] {
        let id = app
            .organisation(name, kind, OrganisationStatus::Approved)
            .await;
        ids.push(id.to_string());
    }
    f.insert("org", ids[0].clone());
    let _ = ORGANISATIONS.set(ids.try_into().unwrap());
    // A cargo request of another customs broker (D) at the specialist's facility, for next
    // Tuesday 10:00–12:00 there: the broker column's member (C) must not find it, the
    // facility's specialist must.
    {
        let other = app
            .organisation(
                "Agencia Aduanal D",
                OrganisationKind::CustomsBroker,
                OrganisationStatus::Approved,
            )
            .await;
        let member = app
            .staff(Role::OrganisationMember, Some(&other.to_string()))
            .await;
        let zone = chrono_tz::America::Chicago;
        let mut day = app.state.clock.now().with_timezone(&zone).date_naive() + Duration::days(1);
        while chrono::Datelike::weekday(&day) != chrono::Weekday::Tue {
            day += Duration::days(1);
        }
        let body = json!({
            "location_id": SPECIALIST_AT,
            "window_start": format!("{day}T10:00"),
            "window_end": format!("{day}T12:00"),
            "hs_chapter": "08",
            "hs_subheading": "0804.50",
            "commodity": "Fresh mangoes",
            "origin_country": "MX",
            "quantity": "20000",
            "unit": "kg",
            "container_number": "CSQU 305438 3",
            "entry_number": "B7R-0012345-6",
            "temperature": "10 to 13 °C",
            "contact": "Rosa Treviño, +52 867 555 0142"
        });
        let res = app
            .post_json("/api/v1/cargo-inspections", Some(&member), &body)
            .await;
        let status = res.status();
        let v: Value = res.json().await.unwrap();
        assert_eq!(status, 201, "another broker's cargo request: {v}");
        f.insert("cargo", v["id"].as_str().unwrap().to_string());
    }
    let staff_of = |address: &'static str, role: Role, place: Option<String>| async move {
        let e = Email::parse(address).unwrap();
        let p = Password::parse(PASSWORD, |_| false).unwrap();
        garita::accounts::create_account(
            &app.state,
            &e,
            &p,
            garita_domain::roles::AccountKind::Staff,
            &common::grants(role, place.as_deref()),
            Some("en"),
        )
        .await
        .unwrap()
    };
    let a = organisation.to_string();
    for (key, address) in [
        ("org_member", "member-a@example.org"),
        ("org_spare", "spare-a@example.org"),
        ("org_spare_page", "spare-a-2@example.org"),
    ] {
        let id = staff_of(address, Role::OrganisationMember, Some(a.clone())).await;
        f.insert(key, id.to_string());
    }
    let inviter = staff_of(
        "inviter-a@example.org",
        Role::OrganisationManager,
        Some(a.clone()),
    )
    .await;
    let inviter = garita::http::session::account(&app.state, inviter, "staff", None, String::new())
        .await
        .unwrap();
    for (key, address) in [
        ("invitation", "invited-a@example.org"),
        ("invitation_page", "invited-a-2@example.org"),
    ] {
        let mut tx = app.state.db.begin().await.unwrap();
        let grant = common::grants(Role::OrganisationMember, Some(&a)).remove(0);
        let id = garita::organisations::invitations::invite(
            &mut tx,
            &app.state,
            &inviter,
            &grant,
            &Email::parse(address).unwrap(),
            [127, 0, 0, 1].into(),
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        f.insert(key, id.to_string());
    }
    for (key, address) in [
        ("staff_spare", "spare-officer@example.org"),
        ("staff_spare_2", "spare-officer-2@example.org"),
    ] {
        let id = staff_of(address, Role::Officer, Some(PORT.to_string())).await;
        f.insert(key, id.to_string());
    }
    // A's provisional I-94, submitted (waiting for payment).
    let res = app
        .post_json(
            "/api/v1/i94-applications",
            Some(&traveler_a),
            &common::i94_submission(app, vec![common::i94_applicant("Lima", "Ana", "G80000001")]),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let s: Value = res.json().await.unwrap();
    f.insert("i94", s["id"].as_str().unwrap().to_string());
    f.insert(
        "i94_applicant",
        s["applicants"][0]["id"].as_str().unwrap().to_string(),
    );
    f.insert(
        "i94_number",
        s["applicants"][0]["application_number"]
            .as_str()
            .unwrap()
            .to_string(),
    );
    f
}

fn fill(text: &str, params: &str, f: &HashMap<&'static str, String>) -> String {
    let mut out = text.to_string();
    for pair in params.split(',').filter(|p| !p.is_empty()) {
        let (param, fixture) = pair.split_once('=').unwrap();
        out = out.replace(&format!("{{{param}}}"), &f[fixture]);
    }
    for (k, v) in f {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// Organisations A (approved, the API key's), B (approved) and P (pending), then the later
/// callers' airline, government agency and shelter (approved), by id: set once by `fixtures`,
/// read by `role_of`.
static ORGANISATIONS: std::sync::OnceLock<[String; 7]> = std::sync::OnceLock::new();

/// Where the specialist and the enrollment officer work (the fixtures `location` and
/// `enrollment_center`).
const SPECIALIST_AT: &str = "cargo-pharr";
const ENROLLMENT_AT: &str = "enrollment-otay-mesa";

fn organisation(i: usize) -> &'static str {
    &ORGANISATIONS
        .get()
        .expect("fixtures made the organisations")[i]
}

/// The staff role and place of a column (travelers and anonymous callers have none).
fn role_of(who: Who) -> (Role, Option<&'static str>) {
    match who {
        Who::OfficerHere => (Role::Officer, Some(PORT)),
        Who::OfficerElsewhere => (Role::Officer, Some(OTHER_PORT)),
        Who::Admin => (Role::Admin, None),
        Who::ManagerA => (Role::OrganisationManager, Some(organisation(0))),
        Who::MemberA => (Role::OrganisationMember, Some(organisation(0))),
        Who::ManagerB => (Role::OrganisationManager, Some(organisation(1))),
        Who::MemberPending => (Role::OrganisationMember, Some(organisation(2))),
        Who::Adjudicator => (Role::Adjudicator, None),
        Who::AirlineMember => (Role::OrganisationMember, Some(organisation(3))),
        Who::AgencyMember => (Role::OrganisationMember, Some(organisation(4))),
        Who::ShelterStaff => (Role::OrganisationMember, Some(organisation(5))),
        Who::BrokerMember => (Role::OrganisationMember, Some(organisation(6))),
        Who::Specialist => (Role::AgricultureSpecialist, Some(SPECIALIST_AT)),
        Who::EnrollmentOfficer => (Role::EnrollmentOfficer, Some(ENROLLMENT_AT)),
        Who::Anonymous | Who::TravelerA | Who::TravelerB | Who::KeyA => {
            unreachable!("{who:?} is not staff")
        }
    }
}

/// A browser signed in through the login page as the traveler `email`, with its CSRF token.
async fn traveler_browser(app: &TestApp, email: &str) -> reqwest::Client {
    let b = app.browser();
    let csrf = app.form_token(&b, "/login").await;
    let res = b
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    b
}

/// A signed-in browser (or an anonymous one, for `Who::Anonymous`) and its CSRF token.
async fn browser_of(app: &TestApp, who: Who, email: Option<&str>) -> (reqwest::Client, String) {
    let b = match who {
        Who::Anonymous | Who::KeyA => app.browser(),
        Who::TravelerA | Who::TravelerB => {
            let email = match email {
                Some(e) => e.to_string(),
                None => app.traveler().await.0,
            };
            traveler_browser(app, &email).await
        }
        _ => {
            let (role, port) = role_of(who);
            app.staff_browser(role, port, "/").await
        }
    };
    let page = if matches!(who, Who::Anonymous | Who::KeyA) {
        "/login"
    } else {
        "/account/password"
    };
    let csrf = app.form_token(&b, page).await;
    (b, csrf)
}

async fn token_of(app: &TestApp, who: Who) -> Option<String> {
    match who {
        Who::Anonymous => None,
        Who::TravelerA | Who::TravelerB => Some(app.traveler().await.1),
        _ => {
            let (role, port) = role_of(who);
            Some(app.staff(role, port).await)
        }
    }
}

/// The bearer token a page request carries: the API key's, which pages must ignore.
fn page_bearer<'a>(who: Who, f: &'a HashMap<&'static str, String>) -> Option<&'a str> {
    (who == Who::KeyA).then(|| f["api_key"].as_str())
}

/// Did `status` (and `location`) give the caller what it must get?
fn answers(want: Want, status: u16, location: &str, code: &str) -> bool {
    let to_login = (300..400).contains(&status) && location.starts_with("/login");
    match want {
        Want::Allowed => !matches!(status, 401 | 403 | 404) && status < 500 && !to_login,
        Want::Login => status == 401 || to_login,
        Want::Forbidden => status == 403,
        Want::Hidden => status == 404,
        Want::Status(s) => status == s,
        Want::Problem(s, c) => status == s && code == c,
        Want::Refused => matches!(status, 401 | 403),
    }
}

async fn send(
    b: &reqwest::Client,
    app: &TestApp,
    row: &Row,
    f: &HashMap<&'static str, String>,
    bearer: Option<&str>,
    csrf: Option<&str>,
) -> (u16, String, String) {
    let mut url = app.url(&fill(row.path, row.params, f));
    let mut body = fill(row.body, row.params, f);
    if body.starts_with('?') {
        url.push_str(&body);
        body.clear();
    }
    let method = reqwest::Method::from_bytes(row.method.as_bytes()).unwrap();
    let mut req = b.request(method, url);
    if let Some(t) = bearer {
        req = req.bearer_auth(t);
    }
    if let (Some(csrf), "@png") = (csrf, body.as_str()) {
        let form = reqwest::multipart::Form::new()
            .text("csrf_token", csrf.to_string())
            .part(
                "photo",
                reqwest::multipart::Part::bytes(png(200, 260))
                    .file_name("photo.png")
                    .mime_str("image/png")
                    .unwrap(),
            );
        req = req.multipart(form);
    } else if let Some(csrf) = csrf {
        if row.method != "GET" {
            let mut form: Vec<(String, String)> = body
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let (k, v) = p.split_once('=').unwrap();
                    (k.to_string(), v.to_string())
                })
                .collect();
            form.push(("csrf_token".into(), csrf.to_string()));
            req = req.form(&form);
        }
    } else if body == "@png" {
        req = req.body(png(200, 260));
    } else if !body.is_empty() {
        req = req.header("content-type", "application/json").body(body);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let location = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let text = res.text().await.unwrap_or_default();
    let code = serde_json::from_str::<Value>(&text)
        .ok()
        .and_then(|v| v["code"].as_str().map(str::to_string))
        .unwrap_or(location);
    (status, code, text)
}

/// The (method, path) of every operation the served OpenAPI document describes.
async fn documented(app: &TestApp) -> BTreeSet<(String, String)> {
    let doc: Value = app
        .get_json("/api/v1/openapi.json", None)
        .await
        .json()
        .await
        .unwrap();
    let mut out = BTreeSet::new();
    for (path, ops) in doc["paths"].as_object().unwrap() {
        for method in ops.as_object().unwrap().keys() {
            if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                out.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    out
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The (method, path) of every `.route(` in the service's source (the page routes: API
/// routes are declared with `routes!`, and come from the document). A path given by a
/// constant is looked up by the constant's name.
fn routed_in_source() -> BTreeSet<(String, String)> {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 20, "found the sources");
    let texts: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let constant = |name: &str| -> String {
        let decl = format!("const {name}: &str = \"");
        let text = texts
            .iter()
            .find(|t| t.contains(&decl))
            .unwrap_or_else(|| panic!("route path constant {name} not found"));
        let start = text.find(&decl).unwrap() + decl.len();
        text[start..start + text[start..].find('"').unwrap()].to_string()
    };
    let mut out = BTreeSet::new();
    for text in &texts {
        let calls: Vec<usize> = text.match_indices(".route(").map(|(i, _)| i).collect();
        for (n, &at) in calls.iter().enumerate() {
            let rest = text[at + ".route(".len()..].trim_start();
            let (path, after) = if let Some(lit) = rest.strip_prefix('"') {
                let end = lit.find('"').unwrap();
                (lit[..end].to_string(), &lit[end + 1..])
            } else {
                let end = rest.find(',').unwrap();
                let name = rest[..end].rsplit("::").next().unwrap().trim();
                (constant(name), &rest[end..])
            };
            // The handlers of this call: up to the next `.route(` or the end of the function.
            let mut segment = after;
            if let Some(&next) = calls.get(n + 1) {
                let consumed = text.len() - after.len();
                if next > consumed {
                    segment = &text[consumed..next];
                }
            }
            if let Some(end) = segment.find("\n}") {
                segment = &segment[..end];
            }
            let mut methods = BTreeSet::new();
            for m in ["get", "post", "put", "patch", "delete"] {
                for (i, _) in segment.match_indices(&format!("{m}(")) {
                    let before = segment[..i].chars().last().unwrap_or(' ');
                    if !before.is_alphanumeric() && before != '_' {
                        methods.insert(m.to_uppercase());
                    }
                }
            }
            assert!(!methods.is_empty(), "no method found for route {path}");
            for m in methods {
                out.insert((m, path.clone()));
            }
        }
    }
    out.retain(|(_, p)| !NOT_SERVED.contains(&p.as_str()));
    out
}

fn declared(rows: &[Row]) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for row in rows {
        assert!(
            out.insert((row.method.to_string(), row.path.to_string())),
            "two rows for {} {}",
            row.method,
            row.path
        );
        wants(row.want, true);
    }
    out
}

fn differences(
    what: &str,
    served: &BTreeSet<(String, String)>,
    rows: &BTreeSet<(String, String)>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (m, p) in served.difference(rows) {
        out.push(format!(
            "{what} route {m} {p} has no row in the matrix: add one"
        ));
    }
    for (m, p) in rows.difference(served) {
        out.push(format!("{what} row {m} {p} names no route the service has"));
    }
    out
}

#[test]
fn every_page_route_in_the_source_has_a_row() {
    let problems = differences("page", &routed_in_source(), &declared(PAGES));
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

struct Mismatch {
    method: &'static str,
    path: &'static str,
    who: Who,
    want: Want,
    got: u16,
    detail: String,
}

#[tokio::test]
async fn every_route_answers_every_caller_as_the_matrix_says() {
    let started = std::time::Instant::now();
    let app = spawn_with(small_ports(10)).await;

    let problems = differences("API", &documented(&app).await, &declared(API));
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));

    // Traveler A owns everything the paths name; B is another traveler with a group of its own.
    let (a_email, a) = app.traveler().await;
    for name in ["Ana 0", "Ana 1", "Spare 2", "Spare 3"] {
        let m: Value = app
            .post_json("/api/v1/travelers", Some(&a), &common::member(name))
            .await
            .json()
            .await
            .unwrap();
        let res = app
            .api
            .put(app.url(&format!(
                "/api/v1/travelers/{}/photo",
                m["id"].as_str().unwrap()
            )))
            .bearer_auth(&a)
            .body(png(200, 260))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 204);
    }
    let f = fixtures(&app, &a).await;
    let b = app.group(1, "Bea").await;
    let mut tokens: BTreeMap<usize, Option<String>> = BTreeMap::new();
    for (i, who) in WHO.iter().enumerate() {
        let token = match who {
            Who::TravelerA => Some(a.clone()),
            Who::TravelerB => Some(b.clone()),
            Who::KeyA => Some(f["api_key"].clone()),
            w => token_of(&app, *w).await,
        };
        tokens.insert(i, token);
    }

    // A browser per caller for the pages (A's signs in as A).
    let mut browsers = Vec::new();
    for who in WHO {
        let email = (who == Who::TravelerA).then_some(a_email.as_str());
        browsers.push(browser_of(&app, who, email).await);
    }

    // Every row by stage; within a row, the callers that must be refused go first, so an
    // allowed change never hides a refusal.
    let mut rows: Vec<(bool, &Row)> = API
        .iter()
        .map(|r| (true, r))
        .chain(PAGES.iter().map(|r| (false, r)))
        .collect();
    rows.sort_by_key(|(_, r)| r.stage);
    let mut mismatches = Vec::new();
    for (is_api, row) in rows {
        let want = wants(row.want, is_api);
        let mut order: Vec<usize> = (0..WHO.len()).collect();
        order.sort_by_key(|&i| want[i] == Want::Allowed);
        for i in order {
            let fresh = row.stage == Stage::Fresh;
            let (got, code, text) = if is_api {
                let token = if fresh && WHO[i] != Who::KeyA {
                    token_of(&app, WHO[i]).await
                } else {
                    tokens[&i].clone()
                };
                send(&app.api, &app, row, &f, token.as_deref(), None).await
            } else if fresh {
                let (b, csrf) = browser_of(&app, WHO[i], None).await;
                send(&b, &app, row, &f, page_bearer(WHO[i], &f), Some(&csrf)).await
            } else {
                let (b, csrf) = &browsers[i];
                send(b, &app, row, &f, page_bearer(WHO[i], &f), Some(csrf)).await
            };
            if std::env::var("MATRIX_PRINT").is_ok() {
                eprintln!(
                    "{:<7} {:<52} {:<17} {} {}",
                    row.method,
                    row.path,
                    format!("{:?}", WHO[i]),
                    got,
                    code
                );
            }
            let location = if is_api { "" } else { code.as_str() };
            if !answers(want[i], got, location, &code) {
                mismatches.push(Mismatch {
                    method: row.method,
                    path: row.path,
                    who: WHO[i],
                    want: want[i],
                    got,
                    detail: if code.is_empty() {
                        text.chars().take(120).collect()
                    } else {
                        code
                    },
                });
            }
        }
    }

    let mut table = String::new();
    for m in &mismatches {
        table.push_str(&format!(
            "{:<7} {:<52} {:<17} want {:<12} got {} {}\n",
            m.method,
            m.path,
            format!("{:?}", m.who),
            format!("{:?}", m.want),
            m.got,
            m.detail.replace('\n', " ")
        ));
    }
    assert!(
        mismatches.is_empty(),
        "{} unexpected answers:\n{table}",
        mismatches.len()
    );
    eprintln!("matrix walked in {:?}", started.elapsed());
}
