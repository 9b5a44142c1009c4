//! Places as data: every location Garita knows (land ports, airports, cargo facilities, Trusted
//! Traveler enrollment centers), the functions each serves, and what an agency sets for it —
//! weekly opening hours, inspections an hour, open or closed — with the checks on each value.
//! (`places` is something else: the towns of the geofence.)

use std::collections::HashMap;
use std::fmt;

use crate::text_enum;
use crate::validation::{ascii_digits, Problem};

/// What kind of place a location is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LocationKind {
    LandPort,
    Airport,
    CargoFacility,
    EnrollmentCenter,
}
text_enum!(LocationKind {
    LandPort = "land_port",
    Airport = "airport",
    CargoFacility = "cargo_facility",
    EnrollmentCenter = "enrollment_center",
});

/// What a location does for the people and goods that come to it (later issues build each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Function {
    Appointments,
    ProvisionalI94,
    BusArrivals,
    CargoInspection,
    AirPassengerInspection,
    TrustedTravelerEnrollment,
}
text_enum!(Function {
    Appointments = "appointments",
    ProvisionalI94 = "provisional_i94",
    BusArrivals = "bus_arrivals",
    CargoInspection = "cargo_inspection",
    AirPassengerInspection = "air_passenger_inspection",
    TrustedTravelerEnrollment = "trusted_traveler_enrollment",
});

/// Which border a land location sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Border {
    Mexico,
    Canada,
}
text_enum!(Border { Mexico = "mexico", Canada = "canada" });

/// What an agency sets for a location and an administrator may change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operations {
    /// `None`: hours not stated.
    pub hours: Option<WeeklyHours>,
    /// Inspections (or interviews) an hour; `None`: not stated.
    pub capacity_per_hour: Option<u32>,
    pub is_open: bool,
}

/// One location as the data files define it. `defaults` are the file's operations; once an
/// administrator edits them, the database holds the current ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub id: String,
    pub kind: LocationKind,
    pub name: String,
    /// CBP's 4-digit port code.
    pub port_code: Option<String>,
    /// IATA airport code.
    pub iata_code: Option<String>,
    /// U.S. state or territory (postal abbreviation).
    pub state: String,
    /// Always "US": the U.S. side.
    pub country: &'static str,
    pub border: Option<Border>,
    /// IANA time zone.
    pub time_zone: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub functions: Vec<Function>,
    /// Which data file it came from (its header names the source).
    pub source: &'static str,
    pub note: String,
    pub defaults: Operations,
}

impl Location {
    pub fn serves(&self, f: Function) -> bool {
        self.functions.contains(&f)
    }

    pub fn zone(&self) -> chrono_tz::Tz {
        self.time_zone.parse().unwrap_or(chrono_tz::UTC)
    }
}

/// Every location, in file order, found by id.
#[derive(Debug, Clone, Default)]
pub struct Locations {
    list: Vec<Location>,
    by_id: HashMap<String, usize>,
}

impl Locations {
    /// Refuses two locations with one id.
    pub fn new(list: Vec<Location>) -> Result<Locations, DataError> {
        let mut by_id = HashMap::new();
        for (i, l) in list.iter().enumerate() {
            if by_id.insert(l.id.clone(), i).is_some() {
                return Err(DataError::DuplicateId(l.id.clone()));
            }
        }
        Ok(Locations { list, by_id })
    }

    /// Whether a location with this id exists (e.g. the scope of a grant).
    pub fn contains(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }

    pub fn get(&self, id: &str) -> Option<&Location> {
        self.by_id.get(id).map(|&i| &self.list[i])
    }

    /// The locations that serve `f`.
    pub fn serving(&self, f: Function) -> impl Iterator<Item = &Location> {
        self.list.iter().filter(move |l| l.serves(f))
    }

    pub fn of_kind(&self, k: LocationKind) -> impl Iterator<Item = &Location> {
        self.list.iter().filter(move |l| l.kind == k)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Location> {
        self.list.iter()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// CBP's port code: exactly 4 ASCII digits (e.g. "2504", "0101").
pub fn parse_port_code(raw: &str) -> Result<String, Problem> {
    let v = raw.trim();
    if v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()) {
        Ok(v.to_string())
    } else {
        Err(Problem::InvalidCharacters)
    }
}

/// An IATA airport code: exactly 3 upper-case ASCII letters (e.g. "ELP").
pub fn parse_iata(raw: &str) -> Result<String, Problem> {
    let v = raw.trim();
    if v.len() == 3 && v.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(v.to_string())
    } else {
        Err(Problem::InvalidCharacters)
    }
}

/// An IANA time-zone id chrono-tz knows (e.g. "America/Chicago").
pub fn parse_time_zone(raw: &str) -> Result<chrono_tz::Tz, Problem> {
    raw.trim()
        .parse::<chrono_tz::Tz>()
        .map_err(|_| Problem::UnknownChoice)
}

pub const MAX_CAPACITY_PER_HOUR: u32 = 10_000;

/// Inspections an hour as typed: a whole number from 1 to 10,000 (digits of any script).
pub fn parse_capacity(raw: &str) -> Result<u32, Problem> {
    let v = ascii_digits(raw.trim());
    if v.is_empty() {
        return Err(Problem::Required);
    }
    if !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::NotANumber);
    }
    match v.parse::<u64>() {
        Ok(0) => Err(Problem::NumberTooSmall { min: 1 }),
        Ok(n) if n <= u64::from(MAX_CAPACITY_PER_HOUR) => Ok(n as u32),
        _ => Err(Problem::NumberTooLarge {
            max: MAX_CAPACITY_PER_HOUR as usize,
        }),
    }
}

/// The days of the week, Monday first, as the hours text writes them.
pub const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Opening hours for each day of the week (Monday first): one range of minutes after
/// midnight, `open < close <= 1440`, or closed. Written as `Mon-Fri 08:00-16:00; Sat
/// 09:00-13:00; Sun closed`, `daily 00:00-24:00`, or `closed`; a day not named is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WeeklyHours(pub [Option<(u16, u16)>; 7]);

/// Why an hours text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("no hours given")]
    Empty,
    #[error("too long")]
    TooLong,
    #[error("not a day of the week (Mon … Sun, or daily)")]
    UnknownDay,
    #[error("not a time range HH:MM-HH:MM (or closed)")]
    BadTime,
    #[error("closes before it opens")]
    ClosesBeforeOpens,
    #[error("a day named twice")]
    DuplicateDay,
}

impl HoursError {
    /// The field problem a form or API shows for it.
    pub fn problem(self) -> Problem {
        match self {
            HoursError::ClosesBeforeOpens => Problem::ClosingBeforeOpening,
            HoursError::Empty => Problem::Required,
            _ => Problem::InvalidHours,
        }
    }
}

const MAX_HOURS_TEXT: usize = 200;

fn day_index(s: &str) -> Option<usize> {
    DAYS.iter().position(|d| d.eq_ignore_ascii_case(s))
}

/// "08:00" → 480; "24:00" → 1440 (only as a closing time, checked by the caller).
fn minutes(s: &str) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !(h.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    match (h, m) {
        (24, 0) => Some(1440),
        (0..=23, 0..=59) => Some(h * 60 + m),
        _ => None,
    }
}

fn days_of(spec: &str) -> Result<Vec<usize>, HoursError> {
    if spec.eq_ignore_ascii_case("daily") {
        return Ok((0..7).collect());
    }
    let mut out = Vec::new();
    for part in spec.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (
                    day_index(a).ok_or(HoursError::UnknownDay)?,
                    day_index(b).ok_or(HoursError::UnknownDay)?,
                );
                if a > b {
                    return Err(HoursError::UnknownDay);
                }
                out.extend(a..=b);
            }
            None => out.push(day_index(part).ok_or(HoursError::UnknownDay)?),
        }
    }
    Ok(out)
}

impl WeeklyHours {
    pub fn parse(raw: &str) -> Result<WeeklyHours, HoursError> {
        let text = raw.trim();
        if text.chars().count() > MAX_HOURS_TEXT {
            return Err(HoursError::TooLong);
        }
        if text.is_empty() {
            return Err(HoursError::Empty);
        }
        if text.eq_ignore_ascii_case("closed") {
            return Ok(WeeklyHours::default());
        }
        let mut days: [Option<(u16, u16)>; 7] = [None; 7];
        let mut named = [false; 7];
        let mut any = false;
        for clause in text.split(';').map(str::trim).filter(|c| !c.is_empty()) {
            any = true;
            let (spec, range) = clause
                .split_once(char::is_whitespace)
                .ok_or(HoursError::BadTime)?;
            let range: String = range.chars().filter(|c| !c.is_whitespace()).collect();
            let hours = if range.eq_ignore_ascii_case("closed") {
                None
            } else {
                let (open, close) = range.split_once('-').ok_or(HoursError::BadTime)?;
                let (open, close) = (
                    minutes(&ascii_digits(open)).ok_or(HoursError::BadTime)?,
                    minutes(&ascii_digits(close)).ok_or(HoursError::BadTime)?,
                );
                if open == 1440 {
                    return Err(HoursError::BadTime);
                }
                if close <= open {
                    return Err(HoursError::ClosesBeforeOpens);
                }
                Some((open, close))
            };
            for d in days_of(spec)? {
                if std::mem::replace(&mut named[d], true) {
                    return Err(HoursError::DuplicateDay);
                }
                days[d] = hours;
            }
        }
        if !any {
            return Err(HoursError::Empty);
        }
        Ok(WeeklyHours(days))
    }

    pub fn day(&self, index: usize) -> Option<(u16, u16)> {
        self.0.get(index).copied().flatten()
    }

    pub fn is_always_closed(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }
}

fn hhmm(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// The canonical text: consecutive days with the same hours grouped, closed days left out.
impl fmt::Display for WeeklyHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_always_closed() {
            return f.write_str("closed");
        }
        if let Some((o, c)) = self.0[0] {
            if self.0.iter().all(|d| *d == Some((o, c))) {
                return write!(f, "daily {}-{}", hhmm(o), hhmm(c));
            }
        }
        let mut parts = Vec::new();
        let mut i = 0;
        while i < 7 {
            let Some((o, c)) = self.0[i] else {
                i += 1;
                continue;
            };
            let mut j = i;
            while j + 1 < 7 && self.0[j + 1] == Some((o, c)) {
                j += 1;
            }
            let days = if i == j {
                DAYS[i].to_string()
            } else {
                format!("{}-{}", DAYS[i], DAYS[j])
            };
            parts.push(format!("{days} {}-{}", hhmm(o), hhmm(c)));
            i = j + 1;
        }
        f.write_str(&parts.join("; "))
    }
}

/// A data file that cannot be read: the service refuses to start, naming the line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DataError {
    #[error("{file}: no header line")]
    NoHeader { file: &'static str },
    #[error("{file} line {line}: {detail}")]
    Line {
        file: &'static str,
        line: usize,
        detail: String,
    },
    #[error("two locations with id {0}")]
    DuplicateId(String),
}

fn slug_ok(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// Reads one data file: tab-separated, `#` lines are its note, the first other line names the
/// columns. Airports (`kind` Airport) take their id from the IATA code (`airport-elp`). Every
/// value is checked: ids are slugs, land ports and land cargo have a 4-digit port code,
/// airports and air cargo an IATA code, zones are IANA ids, hours and capacity as an admin
/// would have to write them.
pub fn parse_file(
    kind: LocationKind,
    file: &'static str,
    text: &str,
) -> Result<Vec<Location>, DataError> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
    let (_, header) = lines.next().ok_or(DataError::NoHeader { file })?;
    let columns: Vec<&str> = header.split('\t').collect();
    let mut out = Vec::new();
    for (n, line) in lines {
        let bad = |detail: String| DataError::Line {
            file,
            line: n + 1,
            detail,
        };
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != columns.len() {
            return Err(bad(format!(
                "{} cells for {} columns",
                cells.len(),
                columns.len()
            )));
        }
        let get = |name: &str| -> Option<&str> {
            columns
                .iter()
                .position(|c| *c == name)
                .map(|i| cells[i].trim())
                .filter(|v| !v.is_empty())
        };
        let iata_code = get("iata_code")
            .map(|v| parse_iata(v).map_err(|_| bad(format!("IATA code {v:?}"))))
            .transpose()?;
        let port_code = get("port_code")
            .map(|v| parse_port_code(v).map_err(|_| bad(format!("port code {v:?}"))))
            .transpose()?;
        let id = match (kind, &iata_code) {
            (LocationKind::Airport, Some(iata)) => format!("airport-{}", iata.to_lowercase()),
            _ => get("id").unwrap_or_default().to_string(),
        };
        if !slug_ok(&id) {
            return Err(bad(format!("id {id:?} is not a slug")));
        }
        let needs_code = match kind {
            LocationKind::LandPort => port_code.is_none(),
            LocationKind::Airport => iata_code.is_none(),
            LocationKind::CargoFacility => port_code.is_none() && iata_code.is_none(),
            LocationKind::EnrollmentCenter => false,
        };
        if needs_code {
            return Err(bad("missing its port code or IATA code".into()));
        }
        let name = get("name")
            .ok_or_else(|| bad("no name".into()))?
            .to_string();
        let state = get("state")
            .ok_or_else(|| bad("no state".into()))?
            .to_string();
        let time_zone = get("time_zone").unwrap_or_default();
        parse_time_zone(time_zone).map_err(|_| bad(format!("time zone {time_zone:?}")))?;
        let coordinate = |name: &str, limit: f64| -> Result<Option<f64>, DataError> {
            get(name)
                .map(|v| match v.parse::<f64>() {
                    Ok(x) if x.is_finite() && x.abs() <= limit => Ok(x),
                    _ => Err(bad(format!("{name} {v:?}"))),
                })
                .transpose()
        };
        let latitude = coordinate("latitude", 90.0)?;
        let longitude = coordinate("longitude", 180.0)?;
        let border = get("border")
            .map(|v| Border::parse(v).ok_or_else(|| bad(format!("border {v:?}"))))
            .transpose()?;
        let functions = match get("functions") {
            Some(list) => list
                .split(',')
                .map(|f| Function::parse(f.trim()).ok_or_else(|| bad(format!("function {f:?}"))))
                .collect::<Result<Vec<_>, _>>()?,
            None if kind == LocationKind::Airport => vec![Function::AirPassengerInspection],
            None => return Err(bad("no functions".into())),
        };
        let hours = get("hours")
            .map(|v| WeeklyHours::parse(v).map_err(|e| bad(format!("hours {v:?}: {e}"))))
            .transpose()?;
        let capacity_per_hour = get("capacity_per_hour")
            .map(|v| parse_capacity(v).map_err(|_| bad(format!("capacity_per_hour {v:?}"))))
            .transpose()?;
        out.push(Location {
            id,
            kind,
            name,
            port_code,
            iata_code,
            state,
            country: "US",
            border,
            time_zone: time_zone.to_string(),
            latitude,
            longitude,
            functions,
            source: file,
            note: get("note").unwrap_or_default().to_string(),
            defaults: Operations {
                hours,
                capacity_per_hour,
                is_open: true,
            },
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn hours_read_ranges_lists_and_closed_days() {
        let h = WeeklyHours::parse("Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed").unwrap();
        assert_eq!(h.day(0), Some((480, 960)));
        assert_eq!(h.day(4), Some((480, 960)));
        assert_eq!(h.day(5), Some((540, 780)));
        assert_eq!(h.day(6), None);
        assert_eq!(h.to_string(), "Mon-Fri 08:00-16:00; Sat 09:00-13:00");
        let h = WeeklyHours::parse("sat,sun 10:00 - 14:00").unwrap();
        assert_eq!(h.to_string(), "Sat-Sun 10:00-14:00");
        assert_eq!(
            WeeklyHours::parse("daily 00:00-24:00").unwrap().to_string(),
            "daily 00:00-24:00"
        );
        assert!(WeeklyHours::parse("closed").unwrap().is_always_closed());
        // Digits typed on an Arabic keyboard read the same.
        assert_eq!(
            WeeklyHours::parse("Mon ٠٨:٠٠-١٦:٠٠").unwrap().day(0),
            Some((480, 960))
        );
    }

    #[test]
    fn hours_refuse_what_an_agency_could_not_mean() {
        use HoursError::*;
        for (text, why) in [
            ("", Empty),
            (" ; ", Empty),
            ("Mon 17:00-08:00", ClosesBeforeOpens),
            ("Mon 08:00-08:00", ClosesBeforeOpens),
            ("Mon 24:00-24:00", BadTime),
            ("Mon 08:00-24:30", BadTime),
            ("Mon 8:00-16:00", BadTime),
            ("Mon 08:60-16:00", BadTime),
            ("Monday 08:00-16:00", UnknownDay),
            ("Fri-Mon 08:00-16:00", UnknownDay),
            ("Mon-Fri 08:00-16:00; Fri 09:00-10:00", DuplicateDay),
            ("Mon", BadTime),
            ("Mon 08:00", BadTime),
        ] {
            assert_eq!(WeeklyHours::parse(text), Err(why), "{text:?}");
        }
        assert_eq!(
            WeeklyHours::parse(&"Mon 08:00-16:00;".repeat(20)),
            Err(TooLong)
        );
        assert_eq!(ClosesBeforeOpens.problem().code(), "closing-before-opening");
        assert_eq!(BadTime.problem().code(), "invalid-hours");
    }

    #[test]
    fn codes_zones_and_capacity_are_checked() {
        assert_eq!(parse_port_code("2504"), Ok("2504".into()));
        assert_eq!(parse_port_code(" 0101 "), Ok("0101".into()));
        for bad in ["250", "25045", "25a4", "", "٢٥٠٤"] {
            assert!(parse_port_code(bad).is_err(), "{bad:?}");
        }
        assert_eq!(parse_iata("ELP"), Ok("ELP".into()));
        for bad in ["elp", "EL", "ELPS", "E1P"] {
            assert!(parse_iata(bad).is_err(), "{bad:?}");
        }
        assert!(parse_time_zone("America/Phoenix").is_ok());
        assert!(parse_time_zone("Mars/Olympus").is_err());
        assert_eq!(parse_capacity("1"), Ok(1));
        assert_eq!(parse_capacity("١٠٠٠٠"), Ok(10_000));
        assert_eq!(parse_capacity("0"), Err(Problem::NumberTooSmall { min: 1 }));
        assert_eq!(
            parse_capacity("10001"),
            Err(Problem::NumberTooLarge { max: 10_000 })
        );
        assert_eq!(
            parse_capacity("99999999999999999999999"),
            Err(Problem::NumberTooLarge { max: 10_000 })
        );
        assert_eq!(parse_capacity("-3"), Err(Problem::NotANumber));
        assert_eq!(parse_capacity(" "), Err(Problem::Required));
    }

    #[test]
    fn a_data_file_line_that_breaks_a_rule_is_named() {
        let head = "# note\nid\tname\tport_code\tstate\ttime_zone\tfunctions\n";
        let ok = format!("{head}x-port\tX\t2504\tCA\tAmerica/Los_Angeles\tbus_arrivals\n");
        let l = parse_file(LocationKind::LandPort, "t.tsv", &ok).unwrap();
        assert_eq!(l[0].port_code.as_deref(), Some("2504"));
        assert!(l[0].serves(Function::BusArrivals));
        for bad in [
            "x-port\tX\t254\tCA\tAmerica/Los_Angeles\tbus_arrivals",
            "x-port\tX\t\tCA\tAmerica/Los_Angeles\tbus_arrivals",
            "X Port\tX\t2504\tCA\tAmerica/Los_Angeles\tbus_arrivals",
            "x-port\tX\t2504\tCA\tPacific\tbus_arrivals",
            "x-port\tX\t2504\tCA\tAmerica/Los_Angeles\tbuses",
            "x-port\tX\t2504\tCA",
        ] {
            let text = format!("{head}{bad}\n");
            assert!(
                matches!(
                    parse_file(LocationKind::LandPort, "t.tsv", &text),
                    Err(DataError::Line { line: 3, .. })
                ),
                "{bad:?}"
            );
        }
        let twice = parse_file(
            LocationKind::LandPort,
            "t.tsv",
            &format!("{ok}{}", &ok[head.len()..]),
        )
        .unwrap();
        assert_eq!(
            Locations::new(twice).err(),
            Some(DataError::DuplicateId("x-port".into()))
        );
    }

    fn day() -> impl Strategy<Value = Option<(u16, u16)>> {
        prop_oneof![
            Just(None),
            (0u16..1440)
                .prop_flat_map(|open| (Just(open), open + 1..=1440))
                .prop_map(Some),
        ]
    }

    proptest! {
        #[test]
        fn parsing_hours_never_panics(s in "\\PC{0,80}") {
            let _ = WeeklyHours::parse(&s);
        }

        #[test]
        fn parsing_hour_like_text_never_panics(
            s in "((Mon|Tue|Sat|Sun|daily|Fri-Mon|Mon-Fri|x)( |,)?([0-9]{1,2}:[0-9]{2}-[0-9]{1,2}:[0-9]{2}|closed)?; ?){0,5}"
        ) {
            if let Ok(h) = WeeklyHours::parse(&s) {
                prop_assert_eq!(WeeklyHours::parse(&h.to_string()), Ok(h));
            }
        }

        #[test]
        fn hours_round_trip_through_their_text(days in proptest::array::uniform7(day())) {
            let h = WeeklyHours(days);
            let text = h.to_string();
            prop_assert_eq!(WeeklyHours::parse(&text), Ok(h), "{}", text);
        }
    }
}
