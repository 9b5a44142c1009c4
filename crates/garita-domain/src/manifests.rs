//! Advance bus manifests (CBP's bus APIS, taken in CBP One): a bus line says, before the bus
//! reaches the land port, who is on board — every passenger and the crew — with their travel
//! document. This module is what a manifest must be, whichever way it came in (a form, a CSV
//! file, JSON): one typed `TravelerInput` per person, checked by one pure `parse`; the CSV
//! header and a row's cells; ISO 8601 dates only (`03/04/2026` is refused with a hint, never
//! guessed); duplicates; documents expired on the day of arrival; what changed between two
//! versions of a manifest.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::travelers::{parse_name, refuse_invisible, OLDEST_AGE_YEARS};
use crate::validation::Problem;

/// At most this many people on one manifest (a bus carries about 60; a file of this size is
/// the benchmark's, and the bound keeps a single upload's work bounded).
pub const MAX_TRAVELERS: usize = 10_000;
pub const TRIP_NUMBER_MAX: usize = 20;
pub const CITY_MAX: usize = 100;
pub const PLATE_MAX: usize = 12;
pub const ADDRESS_MAX: usize = 300;
pub const DOCUMENT_NUMBER_MAX: usize = 30;

/// Who a person on board is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TravelerRole {
    Passenger,
    Driver,
    Crew,
}
crate::text_enum!(TravelerRole {
    Passenger = "passenger",
    Driver = "driver",
    Crew = "crew",
});

/// Sex as on the travel document (X where the document says so).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sex {
    F,
    M,
    X,
}
crate::text_enum!(Sex {
    F = "F",
    M = "M",
    X = "X"
});

/// The travel documents CBP's Bus APIS Document Guidance (OFO, v1.0, October 2011) names as the
/// ones bus carriers most often meet, each with one stored text form. The guidance says its list
/// is not exhaustive; a document outside it is refused here so the officer never receives a
/// free-text kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ManifestDocument {
    Passport,
    PassportCard,
    PermanentResidentCard,
    BorderCrossingCard,
    TrustedTravelerCard,
    EnhancedDriversLicense,
    RefugeeTravelDocument,
    ReentryPermit,
    MilitaryId,
    MerchantMarinerDocument,
    /// APIS code F: an approved non-standard identity document used for travel.
    FacilitationDocument,
}
crate::text_enum!(ManifestDocument {
    Passport = "passport",
    PassportCard = "passport-card",
    PermanentResidentCard = "permanent-resident-card",
    BorderCrossingCard = "border-crossing-card",
    TrustedTravelerCard = "trusted-traveler-card",
    EnhancedDriversLicense = "enhanced-drivers-license",
    RefugeeTravelDocument = "refugee-travel-document",
    ReentryPermit = "reentry-permit",
    MilitaryId = "military-id",
    MerchantMarinerDocument = "merchant-mariner-document",
    FacilitationDocument = "facilitation-document",
});

/// CBP's APIS document codes and the kind each stands for (`None`: a code APIS has that is no
/// travel document of its own, the visa). Sources and choices in the file's header.
const APIS_CODES: &str = include_str!("../../../data/bus_manifests/apis_document_codes.tsv");

/// The kind an APIS document code (any case) stands for: `None` if it is no APIS code,
/// `Some(Err)` for the visa (a secondary document only).
pub fn apis_document(code: &str) -> Option<Result<ManifestDocument, ManifestProblem>> {
    APIS_CODES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .find_map(|l| {
            let mut cells = l.split('\t');
            let c = cells.next()?;
            if !c.eq_ignore_ascii_case(code) {
                return None;
            }
            Some(match cells.next()? {
                "-" => Err(ManifestProblem::SecondaryDocument),
                kind => ManifestDocument::parse(kind).ok_or(ManifestProblem::SecondaryDocument),
            })
        })
}

/// A document type cell: Garita's name (`passport`, any case) or CBP's APIS code (`P`).
pub fn document_type(cell: &str) -> Result<ManifestDocument, ManifestProblem> {
    match cell.trim() {
        "" => Err(Problem::Required.into()),
        d => ManifestDocument::parse(&d.to_ascii_lowercase())
            .map(Ok)
            .or_else(|| apis_document(d))
            .unwrap_or(Err(Problem::UnknownDocumentType.into())),
    }
}

/// What is wrong with one cell (or field) of a person's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManifestProblem {
    /// One of the shared field problems (`error-<code>` messages).
    Field(Problem),
    /// A date written another way than `YYYY-MM-DD` (`03/04/2026`): refused with a hint,
    /// never guessed, since day and month order differ between the carrier's and CBP's.
    DateNotIso,
    /// The document's expiry is before the day the bus arrives.
    DocumentExpired,
    /// The same document (kind, issuing country, number) as the line `first` (1-based).
    Duplicate { first: usize },
    /// A file's line with another number of cells than its header.
    Width { expected: usize, found: usize },
    /// APIS code V: a visa is only a secondary document (give the passport it is in).
    SecondaryDocument,
}

impl ManifestProblem {
    /// The message key (`bus-manifest-problem-<code>` for this module's own, `error-<code>`
    /// for the shared ones).
    pub fn code(&self) -> &'static str {
        match self {
            ManifestProblem::Field(p) => p.code(),
            ManifestProblem::DateNotIso => "date-not-iso",
            ManifestProblem::DocumentExpired => "document-expired",
            ManifestProblem::Duplicate { .. } => "duplicate-traveler",
            ManifestProblem::Width { .. } => "row-width",
            ManifestProblem::SecondaryDocument => "secondary-document",
        }
    }
}

impl From<Problem> for ManifestProblem {
    fn from(p: Problem) -> Self {
        ManifestProblem::Field(p)
    }
}

/// A problem in one column (its CSV header name, which is also the JSON field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    pub column: &'static str,
    pub problem: ManifestProblem,
}

/// The CSV columns, in the template's order; also the JSON fields of a person.
pub const COLUMNS: [&str; 12] = [
    "role",
    "family_name",
    "given_names",
    "date_of_birth",
    "sex",
    "citizenship",
    "residence_country",
    "document_type",
    "document_number",
    "document_country",
    "document_expiry",
    "us_address",
];

/// One person as typed (form, CSV line or JSON): all text, so every field can be reported.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TravelerInput {
    pub role: String,
    pub family_name: String,
    pub given_names: String,
    pub date_of_birth: String,
    pub sex: String,
    pub citizenship: String,
    pub residence_country: String,
    pub document_type: String,
    pub document_number: String,
    pub document_country: String,
    pub document_expiry: String,
    pub us_address: String,
}

impl TravelerInput {
    /// The cells in `COLUMNS` order.
    pub fn cells(&self) -> [&str; 12] {
        [
            &self.role,
            &self.family_name,
            &self.given_names,
            &self.date_of_birth,
            &self.sex,
            &self.citizenship,
            &self.residence_country,
            &self.document_type,
            &self.document_number,
            &self.document_country,
            &self.document_expiry,
            &self.us_address,
        ]
    }
}

/// A checked person on board. Only `TravelerInput::parse` makes one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Traveler {
    pub role: TravelerRole,
    pub family_name: String,
    pub given_names: String,
    pub date_of_birth: NaiveDate,
    pub sex: Sex,
    pub citizenship: String,
    pub residence_country: String,
    pub document_type: ManifestDocument,
    pub document_number: String,
    pub document_country: String,
    pub document_expiry: Option<NaiveDate>,
    /// Where in the United States a person who neither holds its citizenship nor lives there
    /// is going (required of such passengers).
    pub us_address: Option<String>,
}

impl Traveler {
    /// Back to text, in `COLUMNS` order (the CSV writer's cells, the form's values).
    pub fn to_input(&self) -> TravelerInput {
        TravelerInput {
            role: self.role.as_str().into(),
            family_name: self.family_name.clone(),
            given_names: self.given_names.clone(),
            date_of_birth: self.date_of_birth.to_string(),
            sex: self.sex.as_str().into(),
            citizenship: self.citizenship.clone(),
            residence_country: self.residence_country.clone(),
            document_type: self.document_type.as_str().into(),
            document_number: self.document_number.clone(),
            document_country: self.document_country.clone(),
            document_expiry: self
                .document_expiry
                .map(|d| d.to_string())
                .unwrap_or_default(),
            us_address: self.us_address.clone().unwrap_or_default(),
        }
    }

    /// What makes two lines the same person: the same document.
    pub fn identity_key(&self) -> String {
        format!(
            "{}\u{1F}{}\u{1F}{}",
            self.document_type.as_str(),
            self.document_country,
            self.document_number
        )
    }

    pub fn full_name(&self) -> String {
        format!("{} {}", self.given_names, self.family_name)
    }
}

/// What a person's line is checked against.
#[derive(Debug, Clone, Copy)]
pub struct Checks {
    /// The latest date on Earth now (`travelers::latest_date_on_earth`): no one is born after.
    pub today: NaiveDate,
    /// The day the bus arrives: a document must not have expired before it.
    pub arrival_day: NaiveDate,
}

fn looks_like_other_date(s: &str) -> bool {
    // 03/04/2026, 3-4-26, 03.04.2026, 2026/03/04: digits with separators, not ISO.
    let seps = ['/', '.', '-'];
    let parts: Vec<&str> = s.split(|c| seps.contains(&c)).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
}

/// A calendar date as ISO 8601 (`YYYY-MM-DD`) and nothing else.
pub fn parse_iso_date(raw: &str) -> Result<NaiveDate, ManifestProblem> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(Problem::Required.into());
    }
    let b = s.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if shaped {
        return NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Problem::InvalidDate.into());
    }
    if looks_like_other_date(s) {
        Err(ManifestProblem::DateNotIso)
    } else {
        Err(Problem::InvalidDate.into())
    }
}

/// `travelers::is_country` as a set: a manifest checks three countries a line, 10,000 lines a
/// file, and the list is read once.
fn known_country(code: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| crate::travelers::country_codes().collect())
        .contains(code)
}

fn country(raw: &str) -> Result<String, ManifestProblem> {
    let code = raw.trim().to_ascii_uppercase();
    if code.is_empty() {
        Err(Problem::Required.into())
    } else if known_country(&code) {
        Ok(code)
    } else {
        Err(Problem::UnknownCountry.into())
    }
}

fn document_number(raw: &str) -> Result<String, ManifestProblem> {
    let n: String = raw
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    if n.is_empty() {
        return Err(Problem::Required.into());
    }
    if n.chars().count() > DOCUMENT_NUMBER_MAX {
        return Err(Problem::TooLong {
            max: DOCUMENT_NUMBER_MAX,
        }
        .into());
    }
    if !n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(Problem::InvalidDocumentNumber.into());
    }
    Ok(n)
}

/// An address written over several lines (a quoted CSV cell may hold line breaks) as one
/// line, its lines joined by ", ".
fn one_line(raw: &str) -> String {
    raw.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn keep<T>(
    problems: &mut Vec<CellProblem>,
    column: &'static str,
    r: Result<T, ManifestProblem>,
) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(problem) => {
            problems.push(CellProblem { column, problem });
            None
        }
    }
}

fn bounded(raw: &str, max: usize) -> Result<String, ManifestProblem> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(Problem::Required.into());
    }
    if s.chars().count() > max {
        return Err(Problem::TooLong { max }.into());
    }
    refuse_invisible(s)?;
    Ok(s.to_string())
}

impl TravelerInput {
    /// Checks every field and reports every problem of the line at once.
    pub fn parse(&self, checks: Checks) -> Result<Traveler, Vec<CellProblem>> {
        let mut problems = Vec::new();
        let role = keep(
            &mut problems,
            "role",
            match self.role.trim() {
                "" => Err(Problem::Required.into()),
                r => TravelerRole::parse(&r.to_ascii_lowercase())
                    .ok_or(Problem::UnknownChoice.into()),
            },
        );
        let family_name = keep(
            &mut problems,
            "family_name",
            parse_name(&self.family_name).map_err(Into::into),
        );
        let given_names = keep(
            &mut problems,
            "given_names",
            parse_name(&self.given_names).map_err(Into::into),
        );
        let date_of_birth = keep(
            &mut problems,
            "date_of_birth",
            parse_iso_date(&self.date_of_birth).and_then(|d| {
                if d > checks.today {
                    Err(Problem::DateInFuture.into())
                } else if checks.today.year() - d.year() > OLDEST_AGE_YEARS {
                    Err(Problem::DateTooOld.into())
                } else {
                    Ok(d)
                }
            }),
        );
        let sex = keep(
            &mut problems,
            "sex",
            match self.sex.trim() {
                "" => Err(Problem::Required.into()),
                s => Sex::parse(&s.to_ascii_uppercase()).ok_or(Problem::UnknownChoice.into()),
            },
        );
        let citizenship = keep(&mut problems, "citizenship", country(&self.citizenship));
        let residence_country = keep(
            &mut problems,
            "residence_country",
            country(&self.residence_country),
        );
        let document_type = keep(
            &mut problems,
            "document_type",
            document_type(&self.document_type),
        );
        let document_number = keep(
            &mut problems,
            "document_number",
            document_number(&self.document_number),
        );
        let document_country = keep(
            &mut problems,
            "document_country",
            country(&self.document_country),
        );
        // Some documents (a permanent resident card of the old kind) carry no expiry.
        let document_expiry = keep(
            &mut problems,
            "document_expiry",
            if self.document_expiry.trim().is_empty() {
                Ok(None)
            } else {
                parse_iso_date(&self.document_expiry).and_then(|d| {
                    if d < checks.arrival_day {
                        Err(ManifestProblem::DocumentExpired)
                    } else {
                        Ok(Some(d))
                    }
                })
            },
        );
        let needs_address = role == Some(TravelerRole::Passenger)
            && citizenship.as_deref().is_some_and(|c| c != "US")
            && residence_country.as_deref().is_some_and(|c| c != "US");
        let us_address = keep(
            &mut problems,
            "us_address",
            if self.us_address.trim().is_empty() {
                if needs_address {
                    Err(Problem::Required.into())
                } else {
                    Ok(None)
                }
            } else {
                bounded(&one_line(&self.us_address), ADDRESS_MAX).map(Some)
            },
        );
        match (
            role,
            family_name,
            given_names,
            date_of_birth,
            sex,
            citizenship,
            residence_country,
            document_type,
            document_number,
            document_country,
            document_expiry,
            us_address,
        ) {
            (
                Some(role),
                Some(family_name),
                Some(given_names),
                Some(date_of_birth),
                Some(sex),
                Some(citizenship),
                Some(residence_country),
                Some(document_type),
                Some(document_number),
                Some(document_country),
                Some(document_expiry),
                Some(us_address),
            ) if problems.is_empty() => Ok(Traveler {
                role,
                family_name,
                given_names,
                date_of_birth,
                sex,
                citizenship,
                residence_country,
                document_type,
                document_number,
                document_country,
                document_expiry,
                us_address,
            }),
            _ => Err(problems),
        }
    }
}

/// What is wrong with a file's header line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderProblem {
    /// No header at all (an empty file).
    Empty,
    /// A column the template has is missing.
    Missing(&'static str),
    /// A column the template does not have (misspelt, or another format's).
    Unknown(String),
    /// A column named twice.
    Repeated(&'static str),
}

impl HeaderProblem {
    pub fn code(&self) -> &'static str {
        match self {
            HeaderProblem::Empty => "header-empty",
            HeaderProblem::Missing(_) => "header-missing",
            HeaderProblem::Unknown(_) => "header-unknown",
            HeaderProblem::Repeated(_) => "header-repeated",
        }
    }

    /// The column the message names.
    pub fn column(&self) -> &str {
        match self {
            HeaderProblem::Empty => "",
            HeaderProblem::Missing(c) | HeaderProblem::Repeated(c) => c,
            HeaderProblem::Unknown(c) => c,
        }
    }
}

/// Where each of `COLUMNS` is in a file's lines: columns may come in any order, names are
/// compared trimmed and without regard to case; every column must be there once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    positions: [usize; 12],
    width: usize,
}

impl Header {
    pub fn parse(cells: &[&str]) -> Result<Header, HeaderProblem> {
        if cells.iter().all(|c| c.trim().is_empty()) {
            return Err(HeaderProblem::Empty);
        }
        let mut positions = [usize::MAX; 12];
        for (i, cell) in cells.iter().enumerate() {
            let name = cell.trim().to_ascii_lowercase();
            let Some(k) = COLUMNS.iter().position(|c| *c == name) else {
                return Err(HeaderProblem::Unknown(
                    cell.trim().chars().take(40).collect(),
                ));
            };
            if positions[k] != usize::MAX {
                return Err(HeaderProblem::Repeated(COLUMNS[k]));
            }
            positions[k] = i;
        }
        if let Some(k) = positions.iter().position(|p| *p == usize::MAX) {
            return Err(HeaderProblem::Missing(COLUMNS[k]));
        }
        Ok(Header {
            positions,
            width: cells.len(),
        })
    }

    /// A line's cells as a person (a missing cell reads as empty).
    pub fn input(&self, cells: &[&str]) -> TravelerInput {
        let at = |k: usize| {
            cells
                .get(self.positions[k])
                .map(|s| s.to_string())
                .unwrap_or_default()
        };
        TravelerInput {
            role: at(0),
            family_name: at(1),
            given_names: at(2),
            date_of_birth: at(3),
            sex: at(4),
            citizenship: at(5),
            residence_country: at(6),
            document_type: at(7),
            document_number: at(8),
            document_country: at(9),
            document_expiry: at(10),
            us_address: at(11),
        }
    }

    /// How many cells a line must have.
    pub fn width(&self) -> usize {
        self.width
    }
}

/// Finds lines that repeat an earlier one's document: for each, the 1-based line it repeats.
/// Streaming: feed lines in order with `see`.
#[derive(Debug, Default)]
pub struct Duplicates {
    first: HashMap<String, usize>,
}

impl Duplicates {
    /// `Some(first line)` if `traveler` repeats an earlier line's document.
    pub fn see(&mut self, line: usize, traveler: &Traveler) -> Option<usize> {
        match self.first.entry(traveler.identity_key()) {
            std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(line);
                None
            }
        }
    }
}

/// The trip, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TripInput {
    pub trip_number: String,
    pub origin_city: String,
    /// The land port of arrival (a place id, e.g. `el-paso`).
    pub port: String,
    /// `2026-12-02T14:30:00-07:00` (with its offset) or `2026-12-02T14:30` (the port's time).
    pub arrival_at: String,
    pub plate: String,
    pub plate_country: String,
}

/// When the bus arrives: an instant, or a wall-clock time the port's zone turns into one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    At(DateTime<Utc>),
    PortTime(NaiveDateTime),
}

/// A checked trip (the port not yet known to exist; the service checks that).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trip {
    pub trip_number: String,
    pub origin_city: String,
    pub port: String,
    pub arrival: Arrival,
    pub plate: String,
    pub plate_country: String,
}

/// An arrival time in ISO 8601: with an offset, or local to the port (minutes, seconds optional).
pub fn parse_arrival(raw: &str) -> Result<Arrival, ManifestProblem> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(Problem::Required.into());
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(Arrival::At(t.with_timezone(&Utc)));
    }
    for f in ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            return Ok(Arrival::PortTime(t));
        }
    }
    let date_part = s.split([' ', 'T']).next().unwrap_or_default();
    if looks_like_other_date(date_part) && parse_iso_date(date_part).is_err() {
        Err(ManifestProblem::DateNotIso)
    } else {
        Err(Problem::InvalidDate.into())
    }
}

fn code_like(raw: &str, max: usize) -> Result<String, ManifestProblem> {
    let s: String = raw.trim().to_uppercase();
    if s.is_empty() {
        return Err(Problem::Required.into());
    }
    if s.chars().count() > max {
        return Err(Problem::TooLong { max }.into());
    }
    if !s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ' ')
    {
        return Err(Problem::InvalidCharacters.into());
    }
    Ok(s)
}

impl TripInput {
    pub fn parse(&self) -> Result<Trip, Vec<CellProblem>> {
        let mut problems = Vec::new();
        let mut take = |column: &'static str, r: Result<String, ManifestProblem>| match r {
            Ok(v) => v,
            Err(problem) => {
                problems.push(CellProblem { column, problem });
                String::new()
            }
        };
        let trip_number = take("trip_number", code_like(&self.trip_number, TRIP_NUMBER_MAX));
        let origin_city = take("origin_city", bounded(&self.origin_city, CITY_MAX));
        let port = take(
            "port",
            match self.port.trim() {
                "" => Err(Problem::Required.into()),
                p => Ok(p.to_string()),
            },
        );
        let plate = take("plate", code_like(&self.plate, PLATE_MAX));
        let plate_country = take("plate_country", country(&self.plate_country));
        let arrival = match parse_arrival(&self.arrival_at) {
            Ok(a) => Some(a),
            Err(problem) => {
                problems.push(CellProblem {
                    column: "arrival_at",
                    problem,
                });
                None
            }
        };
        match arrival {
            Some(arrival) if problems.is_empty() => Ok(Trip {
                trip_number,
                origin_city,
                port,
                arrival,
                plate,
                plate_country,
            }),
            _ => Err(problems),
        }
    }
}

/// What changed from one version of a manifest to the next, people matched by their document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diff {
    /// Positions in the new version of people not in the old.
    pub added: Vec<usize>,
    /// Positions in the old version of people not in the new.
    pub removed: Vec<usize>,
    /// (old position, new position, the columns that differ) of people in both.
    pub changed: Vec<(usize, usize, Vec<&'static str>)>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

pub fn diff(old: &[Traveler], new: &[Traveler]) -> Diff {
    let mut by_key: HashMap<String, std::collections::VecDeque<usize>> = HashMap::new();
    for (i, t) in old.iter().enumerate() {
        by_key.entry(t.identity_key()).or_default().push_back(i);
    }
    let mut matched = vec![false; old.len()];
    let mut out = Diff::default();
    for (j, t) in new.iter().enumerate() {
        match by_key
            .get_mut(&t.identity_key())
            .and_then(|q| q.pop_front())
        {
            Some(i) => {
                matched[i] = true;
                let (a, b) = (old[i].to_input(), t.to_input());
                let columns: Vec<&'static str> = COLUMNS
                    .iter()
                    .zip(a.cells().iter().zip(b.cells().iter()))
                    .filter(|(_, (x, y))| x != y)
                    .map(|(c, _)| *c)
                    .collect();
                if !columns.is_empty() {
                    out.changed.push((i, j, columns));
                }
            }
            _ => out.added.push(j),
        }
    }
    out.removed = matched
        .iter()
        .enumerate()
        .filter(|(_, m)| !**m)
        .map(|(i, _)| i)
        .collect();
    out
}

/// A person's state at the port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PassengerState {
    /// On the manifest, not yet seen.
    Expected,
    /// Seen and decided (with an outcome).
    Processed,
    /// On the manifest but not on the bus.
    NotOnBoard,
}
crate::text_enum!(PassengerState {
    Expected = "expected",
    Processed = "processed",
    NotOnBoard = "not-on-board",
});

/// A trip's state at the port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TripStatus {
    Expected,
    Arrived,
    Processed,
}
crate::text_enum!(TripStatus {
    Expected = "expected",
    Arrived = "arrived",
    Processed = "processed",
});

/// The officer's outcome for a processed person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PassengerOutcome {
    Admitted,
    Secondary,
    Refused,
}
crate::text_enum!(PassengerOutcome {
    Admitted = "admitted",
    Secondary = "secondary",
    Refused = "refused",
});

/// A trip's counts, the only thing its carrier sees of the port's work.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// People on the current manifest.
    pub manifested: usize,
    /// Of them, seen at the port (processed).
    pub arrived: usize,
    /// Of them, not on board.
    pub missing: usize,
    /// People the officer added who were not on the manifest.
    pub added: usize,
}

impl Counts {
    /// From each person's state and whether the officer added them.
    pub fn of(people: impl IntoIterator<Item = (PassengerState, bool)>) -> Counts {
        let mut c = Counts::default();
        for (state, added) in people {
            if added {
                c.added += 1;
            } else {
                c.manifested += 1;
                match state {
                    PassengerState::Processed => c.arrived += 1,
                    PassengerState::NotOnBoard => c.missing += 1,
                    PassengerState::Expected => {}
                }
            }
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn checks() -> Checks {
        Checks {
            today: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            arrival_day: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
        }
    }

    fn good() -> TravelerInput {
        TravelerInput {
            role: "passenger".into(),
            family_name: "López".into(),
            given_names: "María Fernanda".into(),
            date_of_birth: "1991-04-12".into(),
            sex: "F".into(),
            citizenship: "MX".into(),
            residence_country: "MX".into(),
            document_type: "passport".into(),
            document_number: "G1234 5678".into(),
            document_country: "MX".into(),
            document_expiry: "2030-01-31".into(),
            us_address: "100 N Stanton St, El Paso, TX 79901".into(),
        }
    }

    fn problems_of(input: &TravelerInput) -> Vec<(&'static str, &'static str)> {
        match input.parse(checks()) {
            Ok(_) => Vec::new(),
            Err(ps) => ps.iter().map(|p| (p.column, p.problem.code())).collect(),
        }
    }

    #[test]
    fn a_good_line_parses_with_its_number_canonical() {
        let t = good().parse(checks()).unwrap();
        assert_eq!(t.document_number, "G12345678");
        assert_eq!(t.document_type, ManifestDocument::Passport);
    }

    /// The good line with one cell (named by its column) replaced.
    fn with(column: &str, value: &str) -> TravelerInput {
        let good = good();
        let mut cells = good.cells();
        cells[COLUMNS.iter().position(|c| *c == column).unwrap()] = value;
        Header::parse(&COLUMNS).unwrap().input(&cells)
    }

    #[test]
    fn each_field_is_refused_with_its_own_reason() {
        for (column, value, code) in [
            ("role", "pilot", "unknown-choice"),
            ("family_name", " ", "required"),
            ("given_names", "A\u{200B}", "invalid-characters"),
            ("date_of_birth", "03/04/1990", "date-not-iso"),
            ("date_of_birth", "1990-02-30", "invalid-date"),
            ("date_of_birth", "2027-01-01", "date-in-future"),
            ("sex", "Q", "unknown-choice"),
            ("citizenship", "ZZ", "unknown-country"),
            ("residence_country", "", "required"),
            ("document_type", "library-card", "unknown-document-type"),
            ("document_type", "L", "unknown-document-type"),
            ("document_type", "V", "secondary-document"),
            ("document_number", "AB#12", "invalid-document-number"),
            ("document_country", "mexico", "unknown-country"),
            ("document_expiry", "2026-12-01", "document-expired"),
            ("document_expiry", "1.12.2030", "date-not-iso"),
            ("us_address", "", "required"),
        ] {
            assert_eq!(
                problems_of(&with(column, value)),
                vec![(column, code)],
                "{column} = {value:?}"
            );
        }
    }

    #[test]
    fn cbp_apis_document_codes_are_taken_as_garitas_kinds() {
        use ManifestDocument::*;
        for (code, kind) in [
            ("P", Passport),
            ("p", Passport),
            ("C", PermanentResidentCard),
            ("A", PermanentResidentCard),
            ("M", MilitaryId),
            ("T", ReentryPermit),
            ("IN", TrustedTravelerCard),
            ("is", TrustedTravelerCard),
            ("F", FacilitationDocument),
            ("Passport-Card", PassportCard),
        ] {
            let t = with("document_type", code).parse(checks()).unwrap();
            assert_eq!(t.document_type, kind, "{code}");
        }
        // Every line of the data file names a kind Garita has (or `-`, the visa).
        for line in APIS_CODES.lines().filter(|l| !l.starts_with('#')) {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), 3, "{line}");
            assert!(
                cells[1] == "-" || ManifestDocument::parse(cells[1]).is_some(),
                "{line}"
            );
            assert!(apis_document(cells[0]).is_some(), "{line}");
        }
    }

    #[test]
    fn a_document_valid_on_the_day_of_arrival_is_not_expired() {
        let mut i = good();
        i.document_expiry = "2026-12-02".into();
        assert!(i.parse(checks()).is_ok());
    }

    #[test]
    fn us_citizens_residents_and_crew_need_no_us_address() {
        for change in [
            |i: &mut TravelerInput| i.citizenship = "US".into(),
            |i: &mut TravelerInput| i.residence_country = "US".into(),
            |i: &mut TravelerInput| i.role = "driver".into(),
        ] {
            let mut i = good();
            i.us_address = String::new();
            change(&mut i);
            assert!(i.parse(checks()).is_ok());
        }
    }

    #[test]
    fn an_address_over_several_lines_becomes_one() {
        let mut i = good();
        i.us_address = "12 Oregon St\r\nApt 4\n El Paso".into();
        let t = i.parse(checks()).unwrap();
        assert_eq!(
            t.us_address.as_deref(),
            Some("12 Oregon St, Apt 4, El Paso")
        );
    }

    #[test]
    fn the_country_set_is_the_travelers_list() {
        for c in ["MX", "US", "HT", "ZZ", "mx", "", "MEX"] {
            assert_eq!(known_country(c), crate::travelers::is_country(c), "{c}");
        }
    }

    #[test]
    fn header_in_any_order_and_case_but_every_column_once() {
        let mut cols: Vec<&str> = COLUMNS.to_vec();
        cols.reverse();
        let h = Header::parse(&cols).unwrap();
        let mut cells: Vec<String> = good().cells().iter().map(|s| s.to_string()).collect();
        cells.reverse();
        let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
        assert_eq!(h.input(&refs), good());
        assert_eq!(
            Header::parse(&COLUMNS[..11]),
            Err(HeaderProblem::Missing("us_address"))
        );
        let mut extra = COLUMNS.to_vec();
        extra.push("Seat");
        assert_eq!(
            Header::parse(&extra),
            Err(HeaderProblem::Unknown("Seat".into()))
        );
        let mut twice = COLUMNS.to_vec();
        twice[11] = "ROLE";
        assert_eq!(Header::parse(&twice), Err(HeaderProblem::Repeated("role")));
        assert_eq!(Header::parse(&[""]), Err(HeaderProblem::Empty));
    }

    #[test]
    fn duplicates_name_the_first_line() {
        let t = good().parse(checks()).unwrap();
        let mut d = Duplicates::default();
        assert_eq!(d.see(2, &t), None);
        let mut other = t.clone();
        other.given_names = "Someone Else".into();
        assert_eq!(d.see(5, &other), Some(2));
    }

    #[test]
    fn arrival_with_offset_or_in_port_time_and_never_guessed() {
        assert_eq!(
            parse_arrival("2026-12-02T14:30:00-07:00"),
            Ok(Arrival::At(
                DateTime::parse_from_rfc3339("2026-12-02T21:30:00Z")
                    .unwrap()
                    .with_timezone(&Utc)
            ))
        );
        assert!(matches!(
            parse_arrival("2026-12-02T14:30"),
            Ok(Arrival::PortTime(_))
        ));
        assert_eq!(
            parse_arrival("03/04/2026 14:30"),
            Err(ManifestProblem::DateNotIso)
        );
    }

    #[test]
    fn diff_names_added_removed_and_changed_columns() {
        let a = good().parse(checks()).unwrap();
        let mut b_in = good();
        b_in.document_number = "X1".into();
        let b = b_in.parse(checks()).unwrap();
        let mut a2 = a.clone();
        a2.us_address = Some("1 Main St, El Paso, TX".into());
        let d = diff(&[a.clone(), b.clone()], &[a2, good_other()]);
        assert_eq!(d.changed, vec![(0, 0, vec!["us_address"])]);
        assert_eq!(d.removed, vec![1]);
        assert_eq!(d.added, vec![1]);
    }

    fn good_other() -> Traveler {
        let mut i = good();
        i.document_number = "Z9".into();
        i.parse(checks()).unwrap()
    }

    #[test]
    fn counts_keep_added_people_apart() {
        let c = Counts::of([
            (PassengerState::Processed, false),
            (PassengerState::NotOnBoard, false),
            (PassengerState::Expected, false),
            (PassengerState::Processed, true),
        ]);
        assert_eq!(
            c,
            Counts {
                manifested: 3,
                arrived: 1,
                missing: 1,
                added: 1
            }
        );
    }

    fn traveler() -> impl Strategy<Value = Traveler> {
        (
            "[A-Z][a-z]{1,12}",
            "[A-Z][a-z]{1,12}( [A-Z][a-z]{1,8})?",
            0u32..20_000,
            0usize..3,
            0usize..10,
            "[A-Z0-9]{1,12}",
            proptest::option::of(0u32..4000),
        )
            .prop_map(|(family, given, dob, sex, doc, number, expiry)| {
                let base = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
                Traveler {
                    role: TravelerRole::Passenger,
                    family_name: family,
                    given_names: given,
                    date_of_birth: base + chrono::Duration::days(dob.into()),
                    sex: Sex::ALL[sex],
                    citizenship: "MX".into(),
                    residence_country: "MX".into(),
                    document_type: ManifestDocument::ALL[doc],
                    document_number: number,
                    document_country: "MX".into(),
                    document_expiry: expiry.map(|e| {
                        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
                            + chrono::Duration::days(e.into())
                    }),
                    us_address: Some("100 N Stanton St, El Paso, TX".into()),
                }
            })
    }

    proptest! {
        #[test]
        fn a_checked_person_reads_back_as_itself(t in traveler()) {
            prop_assert_eq!(t.to_input().parse(checks()), Ok(t));
        }

        #[test]
        fn a_day_month_year_date_is_never_guessed(d in 1u32..=31, m in 1u32..=12, y in 1900u32..2100, sep in "[/.-]") {
            let s = format!("{d:02}{sep}{m:02}{sep}{y}");
            prop_assert_eq!(parse_iso_date(&s), Err(ManifestProblem::DateNotIso));
        }

        #[test]
        fn any_text_in_any_cell_is_reported_never_a_panic(cells in proptest::collection::vec(".{0,40}", 12)) {
            let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
            let h = Header::parse(&COLUMNS).unwrap();
            let _ = h.input(&refs).parse(checks());
            let _ = Header::parse(&refs);
            let _ = parse_arrival(&cells[0]);
        }

        #[test]
        fn a_manifest_has_no_difference_with_itself_and_counts_balance(
            a in proptest::collection::vec(traveler(), 0..8),
            b in proptest::collection::vec(traveler(), 0..8),
        ) {
            prop_assert!(diff(&a, &a).added.len() + diff(&a, &a).removed.len() == 0);
            let d = diff(&a, &b);
            prop_assert_eq!(b.len() as i64 - a.len() as i64, d.added.len() as i64 - d.removed.len() as i64);
        }
    }
}
