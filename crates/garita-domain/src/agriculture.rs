//! Agriculture inspections: what a perishable-cargo inspection request must be (the commodity's
//! HS chapter known, its subheading six digits, the conveyance's container number or plate in
//! its format, the desired window ahead and inside the facility's hours), the states a request
//! goes through and who may move it, and the categories and answers of travelers' airport
//! requests with the guidance rules shown before they submit.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDateTime, TimeZone, Utc};

use crate::locations::WeeklyHours;
use crate::validation::Problem;

/// A perishable-cargo inspection request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CargoStatus {
    /// Waiting for a specialist.
    Requested,
    /// A specialist proposed a time; the requester accepts or declines.
    TimeProposed,
    /// A specialist asked for more (answered in the thread).
    InformationRequested,
    /// A time is set and holds a place in its hour.
    Scheduled,
    /// Done: released, held or refused entry.
    Inspected,
    Cancelled,
}
crate::text_enum!(CargoStatus {
    Requested = "requested",
    TimeProposed = "time_proposed",
    InformationRequested = "information_requested",
    Scheduled = "scheduled",
    Inspected = "inspected",
    Cancelled = "cancelled",
});

impl CargoStatus {
    /// Still in a specialist's queue or calendar.
    pub fn is_open(self) -> bool {
        !matches!(self, CargoStatus::Inspected | CargoStatus::Cancelled)
    }
}

/// What the inspection found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    Released,
    Held,
    RefusedEntry,
}
crate::text_enum!(Outcome {
    Released = "released",
    Held = "held",
    RefusedEntry = "refused_entry",
});

/// Who acts on a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The organisation that asked (its people or its API key).
    Requester,
    /// An agriculture specialist of the facility.
    Specialist,
}
crate::text_enum!(Side {
    Requester = "organisation",
    Specialist = "specialist",
});

/// What someone does to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    ProposeTime,
    RequestInformation,
    Accept,
    Decline,
    Schedule,
    Inspect,
    Cancel,
}
crate::text_enum!(Action {
    ProposeTime = "propose_time",
    RequestInformation = "request_information",
    Accept = "accept",
    Decline = "decline",
    Schedule = "schedule",
    Inspect = "inspect",
    Cancel = "cancel",
});

impl Action {
    /// Whether the action takes a place in the hour of the request's time.
    pub fn takes_capacity(self) -> bool {
        matches!(self, Action::Accept | Action::Schedule)
    }
}

/// The state `action` by `side` leads to from `from`, or `None` when it is not allowed:
/// a specialist proposes, asks for more, schedules and records the inspection; the requester
/// accepts or declines a proposed time; the requester cancels before scheduling, either side
/// after.
pub fn transition(from: CargoStatus, action: Action, side: Side) -> Option<CargoStatus> {
    use Action as A;
    use CargoStatus as S;
    let before_scheduling = matches!(
        from,
        S::Requested | S::TimeProposed | S::InformationRequested
    );
    match (side, action) {
        (Side::Specialist, A::ProposeTime) if before_scheduling => Some(S::TimeProposed),
        (Side::Specialist, A::RequestInformation) if before_scheduling => {
            Some(S::InformationRequested)
        }
        (Side::Specialist, A::Schedule) if before_scheduling => Some(S::Scheduled),
        (Side::Specialist, A::Inspect) if from == S::Scheduled => Some(S::Inspected),
        (Side::Requester, A::Accept) if from == S::TimeProposed => Some(S::Scheduled),
        (Side::Requester, A::Decline) if from == S::TimeProposed => Some(S::Requested),
        (Side::Requester, A::Cancel) if before_scheduling || from == S::Scheduled => {
            Some(S::Cancelled)
        }
        (Side::Specialist, A::Cancel) if from == S::Scheduled => Some(S::Cancelled),
        _ => None,
    }
}

/// ISO 6346 letter values: A = 10 upward, skipping multiples of 11.
fn letter_value(c: u8) -> u32 {
    let mut v = 10;
    let mut l = b'A';
    while l < c {
        v += 1;
        if v % 11 == 0 {
            v += 1;
        }
        l += 1;
    }
    v
}

/// The ISO 6346 check digit of the first ten characters (owner code, category, serial).
pub fn container_check_digit(first_ten: &str) -> Option<u32> {
    container_sum_mod_11(first_ten).map(|r| r % 10)
}

/// The weighted sum (2^i) of the first ten characters, mod 11, before the final mod 10.
fn container_sum_mod_11(first_ten: &str) -> Option<u32> {
    let b = first_ten.as_bytes();
    if b.len() != 10
        || !b[..4].iter().all(u8::is_ascii_uppercase)
        || !b[4..].iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    let sum: u32 = b
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let v = if c.is_ascii_digit() {
                u32::from(c - b'0')
            } else {
                letter_value(c)
            };
            v << i
        })
        .sum();
    Some(sum % 11)
}

/// A container number (`MSCU 123456 5`, any spacing or case): three letters of the owner, the
/// category `U`, `J` or `Z`, six digits and the check digit, which must be right. Returns the
/// eleven characters.
pub fn parse_container(raw: &str) -> Result<String, Problem> {
    let s: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_uppercase();
    if s.is_empty() {
        return Err(Problem::Required);
    }
    let b = s.as_bytes();
    if b.len() != 11 || !matches!(b[3], b'U' | b'J' | b'Z') || !b[10].is_ascii_digit() {
        return Err(Problem::InvalidContainerNumber);
    }
    match container_check_digit(&s[..10]) {
        Some(d) if d == u32::from(b[10] - b'0') => Ok(s),
        _ => Err(Problem::InvalidContainerNumber),
    }
}

/// The U.S. states and territories that issue plates (USPS codes).
pub const US_STATES: [&str; 56] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
];

/// Mexico's states (ISO 3166-2:MX codes without `MX-`), and `FED` for federal (SICT) plates,
/// which most freight trucks carry.
pub const MX_STATES: [&str; 33] = [
    "AGU", "BCN", "BCS", "CAM", "CHP", "CHH", "CMX", "COA", "COL", "DUR", "GUA", "GRO", "HID",
    "JAL", "MEX", "MIC", "MOR", "NAY", "NLE", "OAX", "PUE", "QUE", "ROO", "SLP", "SIN", "SON",
    "TAB", "TAM", "TLA", "VER", "YUC", "ZAC", "FED",
];

/// Canada's provinces and territories.
pub const CA_PROVINCES: [&str; 13] = [
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
];

/// A truck's plate with its issuing country (US, MX, CA) and state: the state must be one of
/// the country's, and the plate letters and digits only (spaces and dashes dropped) of the
/// lengths the country issues — U.S. 2 to 8, Canada 2 to 8, Mexico 5 to 7 (federal freight
/// plates are 7: two digits, two letters, three digits or the like). Only the format is
/// checked, never whether the plate was issued. Returns (country, state, plate).
pub fn parse_plate(
    country: &str,
    state: &str,
    raw: &str,
) -> Result<(String, String, String), Problem> {
    let country = country.trim().to_ascii_uppercase();
    let state = state.trim().to_ascii_uppercase();
    let plate: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_uppercase();
    if plate.is_empty() {
        return Err(Problem::Required);
    }
    let (states, min, max): (&[&str], usize, usize) = match country.as_str() {
        "US" => (&US_STATES, 2, 8),
        "CA" => (&CA_PROVINCES, 2, 8),
        "MX" => (&MX_STATES, 5, 7),
        _ => return Err(Problem::UnknownCountry),
    };
    if !states.contains(&state.as_str()) {
        return Err(Problem::InvalidPlate);
    }
    let alnum = plate.bytes().all(|c| c.is_ascii_alphanumeric());
    let has_digit = plate.bytes().any(|c| c.is_ascii_digit());
    if !alnum || !has_digit || plate.len() < min || plate.len() > max {
        return Err(Problem::InvalidPlate);
    }
    Ok((country, state, plate))
}

/// The HS chapters Garita knows (`data/agriculture/hs_chapters.tsv`): two digits → its
/// description.
#[derive(Debug, Clone, Default)]
pub struct HsChapters(pub BTreeMap<String, String>);

impl HsChapters {
    /// Reads the file: `#` comments, then `chapter<TAB>description` lines.
    pub fn parse(text: &str) -> Result<HsChapters, String> {
        let mut map = BTreeMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(code), Some(name)) = (cols.next(), cols.next()) else {
                return Err(format!("line {}: two columns expected", n + 1));
            };
            if code.len() != 2 || !code.bytes().all(|c| c.is_ascii_digit()) {
                return Err(format!(
                    "line {}: chapter {code:?} is not two digits",
                    n + 1
                ));
            }
            if map
                .insert(code.to_string(), name.trim().to_string())
                .is_some()
            {
                return Err(format!("line {}: chapter {code} twice", n + 1));
            }
        }
        Ok(HsChapters(map))
    }

    pub fn contains(&self, chapter: &str) -> bool {
        self.0.contains_key(chapter)
    }

    /// The chapter (two digits, known) and, if given, the subheading: six digits beginning
    /// with the chapter (dots and spaces dropped, `0805.10` is `080510`), format only.
    pub fn check(
        &self,
        chapter: &str,
        subheading: &str,
    ) -> Result<(String, Option<String>), Problem> {
        let chapter = chapter.trim();
        if chapter.is_empty() {
            return Err(Problem::Required);
        }
        if !self.contains(chapter) {
            return Err(Problem::UnknownHsChapter);
        }
        let sub: String = subheading
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '.')
            .collect();
        if sub.is_empty() {
            return Ok((chapter.to_string(), None));
        }
        if sub.len() != 6 || !sub.bytes().all(|c| c.is_ascii_digit()) || !sub.starts_with(chapter) {
            return Err(Problem::InvalidHsSubheading);
        }
        Ok((chapter.to_string(), Some(sub)))
    }
}

/// A local date and time as a form's `datetime-local` gives it (`2026-12-02T09:30`, seconds
/// allowed), read in `zone`. A time that does not exist there (a spring-forward gap) is
/// refused; an ambiguous one (fall-back) takes the earlier.
pub fn parse_local(raw: &str, zone: chrono_tz::Tz) -> Result<DateTime<Utc>, Problem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Problem::Required);
    }
    let naive = NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(raw, "%Y-%m-%d %H:%M"))
        .map_err(|_| Problem::InvalidDate)?;
    zone.from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or(Problem::InvalidDate)
}

/// Whether `[start, end]` lies within one day's opening hours of the facility (in its zone).
pub fn within_hours(
    hours: &WeeklyHours,
    zone: chrono_tz::Tz,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> bool {
    let (s, e) = (start.with_timezone(&zone), end.with_timezone(&zone));
    let ends_at_midnight =
        e.time() == chrono::NaiveTime::MIN && s.date_naive().succ_opt() == Some(e.date_naive());
    if s.date_naive() != e.date_naive() && !ends_at_midnight {
        return false;
    }
    let Some((open, close)) = hours.day(s.weekday().num_days_from_monday() as usize) else {
        return false;
    };
    let minute = |t: chrono::DateTime<chrono_tz::Tz>| {
        use chrono::Timelike;
        (t.hour() * 60 + t.minute()) as u16
    };
    let from = minute(s);
    // An end at midnight is the day's 24:00.
    let to = if e.date_naive() != s.date_naive() {
        1440
    } else {
        minute(e)
    };
    from >= open && to <= close && from <= to
}

/// A window's start and end.
pub type Window = (DateTime<Utc>, DateTime<Utc>);

/// A desired window: both ends in the facility's zone, the start not past, the end after the
/// start, the whole window inside one day's opening hours.
pub fn check_window(
    hours: &WeeklyHours,
    zone: chrono_tz::Tz,
    now: DateTime<Utc>,
    start: &str,
    end: &str,
) -> Result<Window, (&'static str, Problem)> {
    let s = parse_local(start, zone).map_err(|p| ("window_start", p))?;
    let e = parse_local(end, zone).map_err(|p| ("window_end", p))?;
    if s <= now {
        return Err(("window_start", Problem::TimeInPast));
    }
    if e <= s {
        return Err(("window_end", Problem::ClosingBeforeOpening));
    }
    if !within_hours(hours, zone, s, e) {
        return Err(("window_start", Problem::OutsideHours));
    }
    Ok((s, e))
}

/// A time a specialist proposes or sets: not past, inside the facility's hours.
pub fn check_time(
    hours: &WeeklyHours,
    zone: chrono_tz::Tz,
    now: DateTime<Utc>,
    raw: &str,
) -> Result<DateTime<Utc>, Problem> {
    let t = parse_local(raw, zone)?;
    if t <= now {
        return Err(Problem::TimeInPast);
    }
    if !within_hours(hours, zone, t, t) {
        return Err(Problem::OutsideHours);
    }
    Ok(t)
}

/// The hour (its first second, UTC) a time's inspection counts against. U.S. zones are whole
/// hours from UTC, so the zone's hour and UTC's hour begin at the same instant.
pub fn hour_of(t: DateTime<Utc>) -> i64 {
    t.timestamp().div_euclid(3600) * 3600
}

/// What a traveler carries, as the airport request asks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemCategory {
    BiologicalMaterials,
    FarmVisit,
    FruitVegetables,
    MeatDairy,
    SeedsPlants,
    Pet,
    ServiceAnimal,
    Bird,
    HuntingTrophy,
}
crate::text_enum!(ItemCategory {
    BiologicalMaterials = "biological_materials",
    FarmVisit = "farm_visit",
    FruitVegetables = "fruit_vegetables",
    MeatDairy = "meat_dairy",
    SeedsPlants = "seeds_plants",
    Pet = "pet",
    ServiceAnimal = "service_animal",
    Bird = "bird",
    HuntingTrophy = "hunting_trophy",
});

/// A specialist's answer to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemAnswer {
    Allowed,
    InspectionAtArrival,
    NeedsPermit,
    Prohibited,
}
crate::text_enum!(ItemAnswer {
    Allowed = "allowed",
    InspectionAtArrival = "inspection_at_arrival",
    NeedsPermit = "needs_permit",
    Prohibited = "prohibited",
});

/// An airport request: submitted, then answered once every item has its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AirportStatus {
    Submitted,
    Answered,
}
crate::text_enum!(AirportStatus {
    Submitted = "submitted",
    Answered = "answered",
});

/// One line of `data/agriculture/guidance.tsv`: a category, the message key of its plain
/// words (in the catalogs), and the public page it comes from — `None` for a line not yet
/// sourced, which is never shown as advice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuidanceRule {
    pub category: ItemCategory,
    pub key: String,
    pub source: Option<String>,
}

/// Reads the guidance file: `category<TAB>key<TAB>source` (the source a public
/// `https://www.cbp.gov/…` or `https://www.aphis.usda.gov/…` page, or `UNSOURCED`).
pub fn parse_guidance(text: &str) -> Result<Vec<GuidanceRule>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [category, key, source] = cols[..] else {
            return Err(format!("line {}: three columns expected", n + 1));
        };
        let category = ItemCategory::parse(category)
            .ok_or_else(|| format!("line {}: unknown category {category:?}", n + 1))?;
        if key.is_empty() || !key.bytes().all(|c| c.is_ascii_lowercase() || c == b'-') {
            return Err(format!("line {}: key {key:?}", n + 1));
        }
        let source = match source.trim() {
            "UNSOURCED" => None,
            s if s.starts_with("https://www.cbp.gov/")
                || s.starts_with("https://www.aphis.usda.gov/") =>
            {
                Some(s.to_string())
            }
            s => {
                return Err(format!(
                    "line {}: source {s:?} is not a CBP or APHIS page",
                    n + 1
                ))
            }
        };
        out.push(GuidanceRule {
            category,
            key: key.to_string(),
            source,
        });
    }
    Ok(out)
}

/// The advice for these categories: only sourced lines, each category's in file order, each
/// line once, categories in the order given.
pub fn guidance_for<'a>(
    rules: &'a [GuidanceRule],
    categories: &[ItemCategory],
) -> Vec<&'a GuidanceRule> {
    let mut out: Vec<&GuidanceRule> = Vec::new();
    for c in categories {
        for r in rules
            .iter()
            .filter(|r| r.category == *c && r.source.is_some())
        {
            if !out.iter().any(|o| std::ptr::eq(*o, r)) {
                out.push(r);
            }
        }
    }
    out
}

/// A flight number as printed: the airline's two-character designator (not both digits) or
/// three letters, then 1 to 4 digits and an optional letter (`AM 490`, `ua1234`).
pub fn parse_flight(raw: &str) -> Result<String, Problem> {
    let s: String = raw
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if s.is_empty() {
        return Err(Problem::Required);
    }
    let b = s.as_bytes();
    let designator = if b.len() > 3 && b[..3].iter().all(u8::is_ascii_uppercase) {
        3
    } else {
        2
    };
    if b.len() < designator + 1 {
        return Err(Problem::InvalidCharacters);
    }
    let (d, rest) = b.split_at(designator);
    let d_ok = d.iter().all(u8::is_ascii_alphanumeric) && !d.iter().all(u8::is_ascii_digit);
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    let tail = &rest[digits..];
    let ok = d_ok
        && (1..=4).contains(&digits)
        && (tail.is_empty() || (tail.len() == 1 && tail[0].is_ascii_uppercase()));
    if ok {
        Ok(s)
    } else {
        Err(Problem::InvalidCharacters)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn hours() -> WeeklyHours {
        WeeklyHours::parse("Mon-Fri 08:00-24:00; Sat 08:00-16:00").unwrap()
    }

    #[test]
    fn known_container_numbers_check() {
        // ISO 6346's own example and two boxes in service.
        assert_eq!(parse_container("CSQU 305438 3"), Ok("CSQU3054383".into()));
        assert_eq!(parse_container("msku1234565").unwrap(), "MSKU1234565");
        assert_eq!(
            parse_container("CSQU3054384"),
            Err(Problem::InvalidContainerNumber)
        );
        assert_eq!(
            parse_container("CSQX3054383"),
            Err(Problem::InvalidContainerNumber)
        );
        assert_eq!(parse_container(""), Err(Problem::Required));
    }

    proptest! {
        #[test]
        fn exactly_one_check_digit_is_accepted(owner in "[A-Z]{3}", cat in "[UJZ]", serial in "[0-9]{6}") {
            let ten = format!("{owner}{cat}{serial}");
            let right = container_check_digit(&ten).unwrap();
            for d in 0..10u32 {
                let accepted = parse_container(&format!("{ten}{d}")).is_ok();
                prop_assert_eq!(accepted, d == right);
            }
        }

        #[test]
        fn container_parse_never_panics(s in "\\PC{0,20}") {
            let _ = parse_container(&s);
        }

        #[test]
        fn a_changed_serial_digit_is_caught(owner in "[A-Z]{3}", serial in "[0-9]{6}", at in 0usize..6, by in 1u8..10) {
            let ten = format!("{owner}U{serial}");
            let mut b = ten.clone().into_bytes();
            b[4 + at] = b'0' + (b[4 + at] - b'0' + by) % 10;
            let changed = String::from_utf8(b).unwrap();
            // The weights 2^i are never 0 mod 11 and a digit moves by less than 11: one
            // wrong digit always changes the sum mod 11 (the final mod 10 may still fold
            // 10 onto 0, ISO 6346's known blind spot).
            prop_assert_ne!(container_sum_mod_11(&ten), container_sum_mod_11(&changed));
        }

        #[test]
        fn plate_parse_never_panics(c in "[A-Z]{2}", s in "[A-Z]{2,3}", p in "\\PC{0,12}") {
            let _ = parse_plate(&c, &s, &p);
        }

        #[test]
        fn subheadings_are_six_digits_of_their_chapter(sub in "[0-9]{0,8}") {
            let chapters = HsChapters::parse("08\tFruit\n07\tVegetables\n").unwrap();
            let ok = chapters.check("08", &sub).is_ok();
            prop_assert_eq!(ok, sub.is_empty() || (sub.len() == 6 && sub.starts_with("08")));
        }

        #[test]
        fn every_transition_lands_on_a_status_and_closed_ones_stay_closed(
            from in prop::sample::select(CargoStatus::ALL.to_vec()),
            action in prop::sample::select(Action::ALL.to_vec()),
            requester in any::<bool>(),
        ) {
            let side = if requester { Side::Requester } else { Side::Specialist };
            let to = transition(from, action, side);
            if !from.is_open() {
                prop_assert_eq!(to, None);
            }
            if to == Some(CargoStatus::Scheduled) {
                prop_assert!(action.takes_capacity());
            }
        }
    }

    #[test]
    fn plates_by_country_and_state() {
        assert!(parse_plate("US", "TX", "R12-3456").is_ok());
        assert!(parse_plate("MX", "FED", "12 AB 3C4").is_ok());
        assert_eq!(
            parse_plate("MX", "TX", "12AB3C4"),
            Err(Problem::InvalidPlate)
        );
        assert_eq!(
            parse_plate("US", "ZZ", "ABC123"),
            Err(Problem::InvalidPlate)
        );
        assert_eq!(
            parse_plate("US", "TX", "ABCDEFGHJ1"),
            Err(Problem::InvalidPlate)
        );
        assert_eq!(
            parse_plate("US", "TX", "ABC!12"),
            Err(Problem::InvalidPlate)
        );
        assert_eq!(
            parse_plate("FR", "TX", "AB123"),
            Err(Problem::UnknownCountry)
        );
    }

    #[test]
    fn who_moves_a_request_where() {
        use Action as A;
        use CargoStatus as S;
        let s = Side::Specialist;
        let r = Side::Requester;
        assert_eq!(
            transition(S::Requested, A::RequestInformation, s),
            Some(S::InformationRequested)
        );
        assert_eq!(
            transition(S::InformationRequested, A::ProposeTime, s),
            Some(S::TimeProposed)
        );
        assert_eq!(
            transition(S::TimeProposed, A::Accept, r),
            Some(S::Scheduled)
        );
        assert_eq!(transition(S::TimeProposed, A::Accept, s), None);
        assert_eq!(
            transition(S::TimeProposed, A::Decline, r),
            Some(S::Requested)
        );
        assert_eq!(transition(S::Scheduled, A::Inspect, s), Some(S::Inspected));
        assert_eq!(transition(S::Scheduled, A::Inspect, r), None);
        assert_eq!(transition(S::Requested, A::Cancel, r), Some(S::Cancelled));
        assert_eq!(transition(S::Requested, A::Cancel, s), None);
        assert_eq!(transition(S::Scheduled, A::Cancel, s), Some(S::Cancelled));
        assert_eq!(transition(S::Inspected, A::Cancel, r), None);
    }

    #[test]
    fn windows_ahead_and_inside_the_hours() {
        let z = chrono_tz::America::Chicago;
        // Tuesday 1 December 2026, 09:00 Central.
        let now = parse_local("2026-12-01T09:00", z).unwrap();
        assert!(check_window(&hours(), z, now, "2026-12-01T10:00", "2026-12-01T12:00").is_ok());
        assert!(check_window(&hours(), z, now, "2026-12-01T22:00", "2026-12-02T00:00").is_ok());
        assert_eq!(
            check_window(&hours(), z, now, "2026-12-01T08:30", "2026-12-01T10:00"),
            Err(("window_start", Problem::TimeInPast))
        );
        assert_eq!(
            check_window(&hours(), z, now, "2026-12-05T15:00", "2026-12-05T17:00"),
            Err(("window_start", Problem::OutsideHours))
        );
        // Sunday: closed.
        assert_eq!(
            check_window(&hours(), z, now, "2026-12-06T10:00", "2026-12-06T11:00"),
            Err(("window_start", Problem::OutsideHours))
        );
        assert_eq!(
            check_window(&hours(), z, now, "2026-12-01T12:00", "2026-12-01T11:00"),
            Err(("window_end", Problem::ClosingBeforeOpening))
        );
        assert!(check_time(&hours(), z, now, "2026-12-02T07:00").is_err());
        assert!(check_time(&hours(), z, now, "2026-12-02T08:00").is_ok());
    }

    #[test]
    fn only_sourced_guidance_is_advice() {
        let rules = parse_guidance(
            "# c\tk\ts\npet\tpet-dog-rabies\thttps://www.cbp.gov/travel/x\npet\tpet-guess\tUNSOURCED\nfruit_vegetables\tfruit-declare\thttps://www.aphis.usda.gov/y\n",
        )
        .unwrap();
        let shown = guidance_for(
            &rules,
            &[
                ItemCategory::Pet,
                ItemCategory::FruitVegetables,
                ItemCategory::Pet,
            ],
        );
        let keys: Vec<&str> = shown.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["pet-dog-rabies", "fruit-declare"]);
        assert!(parse_guidance("pet\tx\thttps://example.com/\n").is_err());
    }

    #[test]
    fn flight_numbers() {
        assert_eq!(parse_flight("am 490").unwrap(), "AM490");
        assert!(parse_flight("UA1234").is_ok());
        assert!(parse_flight("12345").is_err());
        assert!(parse_flight("UA").is_err());
    }
}
