//! The ports of entry that take appointments, as an agency describes them in `data/ports.json`,
//! and the slot grid each one offers in its own local time.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlotGrid {
    /// Local time of the first slot, "HH:MM".
    pub first: String,
    /// Local time of the last slot's start, "HH:MM".
    pub last: String,
    pub minutes: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Port {
    pub id: String,
    pub name: String,
    pub cbp_port_code: String,
    pub state: String,
    pub address: String,
    pub mexican_city: String,
    pub latitude: f64,
    pub longitude: f64,
    pub time_zone: String,
    pub daily_capacity: u32,
    pub slots: SlotGrid,
    /// Where the traveler walks from, in Mexico (absent in files written before it existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mexican_side: Option<MexicanSide>,
}

/// What `source` says when no public source was found: the agency must confirm the value
/// before travelers rely on it (admins see it marked; travelers never see a guessed address).
pub const AGENCY_TO_CONFIRM: &str = "agency to confirm";

/// A value with where it comes from: a URL or document, or [`AGENCY_TO_CONFIRM`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sourced<T> {
    pub value: T,
    pub source: String,
}

impl<T> Sourced<T> {
    /// Whether a source vouches for the value (false while the agency is to confirm it).
    pub fn confirmed(&self) -> bool {
        !self.source.trim().eq_ignore_ascii_case(AGENCY_TO_CONFIRM)
    }
}

/// A point on the map where the traveler should go, with its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingPoint {
    pub latitude: f64,
    pub longitude: f64,
    pub source: String,
}

impl MeetingPoint {
    pub fn confirmed(&self) -> bool {
        !self.source.trim().eq_ignore_ascii_case(AGENCY_TO_CONFIRM)
    }
}

/// The Mexican side of a port: the city and crossing the traveler walks from, the U.S.
/// crossing they walk to, and the meeting point (its address only when a source gives one).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MexicanSide {
    pub city: Sourced<String>,
    pub crossing: Sourced<String>,
    pub us_crossing: Sourced<String>,
    pub meeting_address: Sourced<Option<String>>,
    pub meeting_point: MeetingPoint,
}

impl MexicanSide {
    /// "Tijuana — El Chaparral → San Ysidro PedWest".
    pub fn walk(&self) -> String {
        format!(
            "{} — {} → {}",
            self.city.value, self.crossing.value, self.us_crossing.value
        )
    }

    /// The address travelers may be shown: only one a source gives.
    pub fn address(&self) -> Option<&str> {
        if self.meeting_address.confirmed() {
            self.meeting_address.value.as_deref()
        } else {
            None
        }
    }

    /// Which of the values still wait for the agency ("city", "crossing", ...), for admins.
    pub fn to_confirm(&self) -> Vec<&'static str> {
        [
            ("city", self.city.confirmed()),
            ("crossing", self.crossing.confirmed()),
            ("us_crossing", self.us_crossing.confirmed()),
            ("meeting_address", self.meeting_address.confirmed()),
            ("meeting_point", self.meeting_point.confirmed()),
        ]
        .into_iter()
        .filter(|(_, ok)| !ok)
        .map(|(what, _)| what)
        .collect()
    }

    fn validate(&self) -> Result<(), String> {
        let sources = [
            &self.city.source,
            &self.crossing.source,
            &self.us_crossing.source,
            &self.meeting_address.source,
            &self.meeting_point.source,
        ];
        if sources.iter().any(|s| s.trim().is_empty()) {
            return Err(format!(
                "every Mexican-side value needs a source or \"{AGENCY_TO_CONFIRM}\""
            ));
        }
        if [
            &self.city.value,
            &self.crossing.value,
            &self.us_crossing.value,
        ]
        .iter()
        .any(|v| v.trim().is_empty())
        {
            return Err("Mexican-side names must not be empty".into());
        }
        if self.meeting_address.confirmed()
            && self
                .meeting_address
                .value
                .as_deref()
                .is_none_or(|a| a.trim().is_empty())
        {
            return Err("a sourced meeting address must say the address".into());
        }
        let (lat, lon) = (self.meeting_point.latitude, self.meeting_point.longitude);
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err("meeting point coordinates out of range".into());
        }
        Ok(())
    }
}

/// Links that open a point in the phone's map app, without any third-party script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapLinks {
    /// `geo:lat,lon?q=lat,lon(label)` (RFC 5870), which Android and most map apps open.
    pub geo: String,
    /// OpenStreetMap's page centred on the point, with a marker.
    pub osm: String,
}

/// The map links for a point and its label (the label percent-encoded for the `geo:` query).
pub fn map_links(latitude: f64, longitude: f64, label: &str) -> MapLinks {
    let (lat, lon) = (format!("{latitude:.5}"), format!("{longitude:.5}"));
    let label: String = label
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    MapLinks {
        geo: format!("geo:{lat},{lon}?q={lat},{lon}({label})"),
        osm: format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"),
    }
}

/// Mean Earth radius (IUGG), km.
const EARTH_RADIUS_KM: f64 = 6371.0088;
/// Roads are longer than the straight line: the estimate multiplies by this.
pub const ROAD_FACTOR: f64 = 1.3;
/// The average speed the estimate assumes, km/h.
pub const ROAD_SPEED_KMH: f64 = 60.0;
/// From this many road kilometres on, an offer says how far the port is.
pub const FAR_ROAD_KM: u32 = 300;

/// Great-circle distance between two WGS84 points, km (haversine).
pub fn straight_km(from: (f64, f64), to: (f64, f64)) -> f64 {
    let (la1, lo1) = (from.0.to_radians(), from.1.to_radians());
    let (la2, lo2) = (to.0.to_radians(), to.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// An estimate of a trip by road: straight-line distance × [`ROAD_FACTOR`] at
/// [`ROAD_SPEED_KMH`]. Not a route: it says "far", never which way to go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoadEstimate {
    /// Rounded as people say it: to 10 km under 1,000 km, to 100 km above.
    pub km: u32,
    /// Whole hours, at least 1.
    pub hours: u32,
}

impl RoadEstimate {
    pub fn between(from: (f64, f64), to: (f64, f64)) -> RoadEstimate {
        let road = straight_km(from, to) * ROAD_FACTOR;
        let step = if road < 1000.0 { 10.0 } else { 100.0 };
        RoadEstimate {
            km: ((road / step).round() * step) as u32,
            hours: ((road / ROAD_SPEED_KMH).round() as u32).max(1),
        }
    }

    /// Whether the trip is long enough for an offer to say so.
    pub fn is_far(&self) -> bool {
        self.km >= FAR_ROAD_KM
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PortsError {
    #[error("ports file is not valid JSON: {0}")]
    Json(String),
    #[error("port {port}: {problem}")]
    Invalid { port: String, problem: String },
    #[error("port id {0} appears twice")]
    Duplicate(String),
    #[error("the ports file lists no port")]
    Empty,
}

/// A group moved by a capacity cut needs time to get to its new slot: it may only be moved
/// into a slot that begins at least this long after the cut.
pub const RELOCATION_NOTICE_MINUTES: i64 = 120;

/// How far apart two slots are, in minutes (days count as 24 h): relocation takes the nearest.
pub fn slot_distance(from: (NaiveDate, NaiveTime), to: (NaiveDate, NaiveTime)) -> i64 {
    let a = from.0.and_time(from.1);
    let b = to.0.and_time(to.1);
    (b - a).num_minutes().abs()
}

impl Port {
    /// "Tijuana — El Chaparral → San Ysidro PedWest" (or the Mexican city and the port's
    /// name when the file does not describe the Mexican side).
    pub fn walk(&self) -> String {
        match &self.mexican_side {
            Some(side) => side.walk(),
            None => format!("{} → {}", self.mexican_city, self.name),
        }
    }

    /// The meeting point's address, only when a source gives it.
    pub fn meeting_address(&self) -> Option<&str> {
        self.mexican_side.as_ref().and_then(MexicanSide::address)
    }

    /// Links that open the meeting point (or, without one, the crossing) in a map.
    pub fn map_links(&self) -> MapLinks {
        match &self.mexican_side {
            Some(side) => map_links(
                side.meeting_point.latitude,
                side.meeting_point.longitude,
                &format!("{}, {}", side.crossing.value, side.city.value),
            ),
            None => map_links(self.latitude, self.longitude, &self.name),
        }
    }

    /// What the agency still has to confirm about the Mexican side (all of it when the file
    /// does not describe it).
    pub fn to_confirm(&self) -> Vec<&'static str> {
        match &self.mexican_side {
            Some(side) => side.to_confirm(),
            None => vec![
                "city",
                "crossing",
                "us_crossing",
                "meeting_address",
                "meeting_point",
            ],
        }
    }

    /// The port's time zone (checked when the ports are loaded; UTC if it were unknown).
    pub fn zone(&self) -> chrono_tz::Tz {
        self.time_zone.parse().unwrap_or(chrono_tz::UTC)
    }

    /// The instant a slot begins, or None for a local time that does not exist that day (the
    /// hour skipped when clocks go forward).
    pub fn slot_begins(&self, day: NaiveDate, start: NaiveTime) -> Option<DateTime<Utc>> {
        self.zone()
            .from_local_datetime(&day.and_time(start))
            .earliest()
            .map(|t| t.with_timezone(&Utc))
    }

    /// Whether a confirmed group nobody checked in is a no-show at `now`: its slot has ended
    /// and `grace` has passed since.
    pub fn is_no_show(
        &self,
        day: NaiveDate,
        start: NaiveTime,
        now: DateTime<Utc>,
        grace: Duration,
    ) -> bool {
        self.slot_begins(day, start).is_some_and(|begins| {
            now > begins + Duration::minutes(i64::from(self.slots.minutes)) + grace
        })
    }

    /// Whether a group may be moved into this port's slot at `now`: only a slot that begins
    /// at least `RELOCATION_NOTICE_MINUTES` later, so that no move can turn into a no-show.
    pub fn may_relocate_into(&self, day: NaiveDate, start: NaiveTime, now: DateTime<Utc>) -> bool {
        self.slot_begins(day, start)
            .is_some_and(|begins| begins >= now + Duration::minutes(RELOCATION_NOTICE_MINUTES))
    }
    /// Start times of the day's slots, in the port's local time.
    pub fn slot_starts(&self) -> Vec<NaiveTime> {
        let (Ok(first), Ok(last)) = (
            NaiveTime::parse_from_str(&self.slots.first, "%H:%M"),
            NaiveTime::parse_from_str(&self.slots.last, "%H:%M"),
        ) else {
            return Vec::new();
        };
        let step = chrono::Duration::minutes(i64::from(self.slots.minutes.max(1)));
        let mut out = Vec::new();
        let mut t = first;
        while t <= last {
            out.push(t);
            let (next, wrapped) = t.overflowing_add_signed(step);
            if wrapped != 0 {
                break;
            }
            t = next;
        }
        out
    }

    /// Places per slot when `capacity` is spread over the day: the first slots take the
    /// remainder so the total is exact.
    pub fn slot_capacities(&self, capacity: u32) -> Vec<(NaiveTime, u32)> {
        let starts = self.slot_starts();
        let n = starts.len() as u32;
        if n == 0 {
            return Vec::new();
        }
        starts
            .into_iter()
            .enumerate()
            .map(|(i, t)| (t, capacity / n + u32::from((i as u32) < capacity % n)))
            .collect()
    }

    fn validate(&self, known_zone: &impl Fn(&str) -> bool) -> Result<(), String> {
        let slug_ok = !self.id.is_empty()
            && self.id.len() <= 40
            && self
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !slug_ok {
            return Err("id must be lowercase letters, digits and dashes".into());
        }
        if self.name.trim().is_empty() {
            return Err("name is empty".into());
        }
        if !(-90.0..=90.0).contains(&self.latitude) || !(-180.0..=180.0).contains(&self.longitude) {
            return Err("coordinates out of range".into());
        }
        if let Some(side) = &self.mexican_side {
            side.validate()?;
        }
        if !known_zone(&self.time_zone) {
            return Err(format!("unknown time zone {}", self.time_zone));
        }
        if self.slots.minutes == 0 || self.slots.minutes > 24 * 60 {
            return Err("slot minutes must be between 1 and 1440".into());
        }
        if self.slot_starts().is_empty() {
            return Err("slot grid is empty or its times are not HH:MM".into());
        }
        Ok(())
    }
}

/// Parses and checks the ports file. `known_zone` tells whether an IANA zone name exists (the
/// time-zone database lives at the edge).
pub fn parse_ports(json: &str, known_zone: impl Fn(&str) -> bool) -> Result<Vec<Port>, PortsError> {
    let ports: Vec<Port> =
        serde_json::from_str(json).map_err(|e| PortsError::Json(e.to_string()))?;
    if ports.is_empty() {
        return Err(PortsError::Empty);
    }
    let mut seen = std::collections::HashSet::new();
    for p in &ports {
        p.validate(&known_zone)
            .map_err(|problem| PortsError::Invalid {
                port: p.id.clone(),
                problem,
            })?;
        if !seen.insert(p.id.as_str()) {
            return Err(PortsError::Duplicate(p.id.clone()));
        }
    }
    Ok(ports)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SHIPPED: &str = include_str!("../../../data/ports.json");

    #[test]
    fn shipped_ports_are_the_eight() {
        let ports = parse_ports(SHIPPED, |z| z.starts_with("America/")).unwrap();
        let ids: Vec<&str> = ports.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "san-ysidro",
                "calexico-west",
                "nogales",
                "el-paso",
                "eagle-pass",
                "laredo",
                "hidalgo",
                "brownsville"
            ]
        );
        assert!(ports
            .iter()
            .all(|p| p.latitude > 25.0 && p.latitude < 33.0 && p.longitude < -97.0));
    }

    #[test]
    fn bad_files_are_refused() {
        assert!(matches!(
            parse_ports("{", |_| true),
            Err(PortsError::Json(_))
        ));
        assert_eq!(parse_ports("[]", |_| true), Err(PortsError::Empty));
        let mut ports: Vec<Port> = serde_json::from_str(SHIPPED).unwrap();
        ports[1].id = ports[0].id.clone();
        let twice = serde_json::to_string(&ports).unwrap();
        assert!(matches!(
            parse_ports(&twice, |_| true),
            Err(PortsError::Duplicate(_))
        ));
        assert!(matches!(
            parse_ports(SHIPPED, |_| false),
            Err(PortsError::Invalid { .. })
        ));
    }

    fn san_ysidro() -> Port {
        serde_json::from_str::<Vec<Port>>(SHIPPED)
            .unwrap()
            .remove(0)
    }

    fn t(s: &str) -> NaiveTime {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap()
    }

    #[test]
    fn a_slot_that_has_begun_or_begins_too_soon_takes_no_moved_group() {
        let port = san_ysidro();
        let day: NaiveDate = "2026-06-15".parse().unwrap();
        // 19:53 in San Ysidro (PDT, UTC-7): the day's slots (07:00–16:30) have all begun.
        let evening = "2026-06-16T02:53:00Z".parse::<DateTime<Utc>>().unwrap();
        for start in port.slot_starts() {
            assert!(!port.may_relocate_into(day, start, evening), "{start}");
        }
        let next = day.succ_opt().unwrap();
        assert!(port.may_relocate_into(next, t("07:00"), evening));
        // At 06:00 the 07:00 slot is an hour away: too soon; 08:00 is just far enough.
        let early = "2026-06-15T13:00:00Z".parse::<DateTime<Utc>>().unwrap();
        assert!(!port.may_relocate_into(day, t("07:00"), early));
        assert!(port.may_relocate_into(day, t("08:00"), early));
    }

    #[test]
    fn a_group_is_a_no_show_only_after_its_slot_and_the_grace() {
        let port = san_ysidro();
        let day: NaiveDate = "2026-06-15".parse().unwrap();
        let grace = Duration::minutes(30);
        // The 16:30 slot (PDT) ends at 17:00, i.e. 00:00 UTC the next day; +30 min grace.
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        assert!(!port.is_no_show(day, t("16:30"), at("2026-06-16T00:30:00Z"), grace));
        assert!(port.is_no_show(day, t("16:30"), at("2026-06-16T00:30:01Z"), grace));
        assert!(!port.is_no_show(day, t("16:30"), at("2026-06-15T20:00:00Z"), grace));
    }

    #[test]
    fn the_skipped_hour_has_no_slot_to_move_into() {
        let mut port = san_ysidro();
        port.slots.first = "02:00".into();
        let spring_forward: NaiveDate = "2026-03-08".parse().unwrap();
        assert_eq!(port.slot_begins(spring_forward, t("02:30")), None);
        let before = "2026-03-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap();
        assert!(!port.may_relocate_into(spring_forward, t("02:30"), before));
    }

    proptest! {
        #[test]
        fn slot_distance_is_a_distance(a in 0i64..2000, b in 0i64..2000, c in 0i64..2000) {
            let at = |m: i64| {
                let base: NaiveDate = "2026-01-01".parse().unwrap();
                let dt = base.and_hms_opt(0, 0, 0).unwrap() + Duration::minutes(m * 30);
                (dt.date(), dt.time())
            };
            prop_assert_eq!(slot_distance(at(a), at(a)), 0);
            prop_assert_eq!(slot_distance(at(a), at(b)), slot_distance(at(b), at(a)));
            prop_assert_eq!(slot_distance(at(a), at(b)), (a - b).abs() * 30);
            prop_assert!(slot_distance(at(a), at(c)) <= slot_distance(at(a), at(b)) + slot_distance(at(b), at(c)));
        }

        #[test]
        fn no_moved_group_lands_in_a_slot_already_begun(offset_min in 0i64..(3 * 24 * 60)) {
            let port = san_ysidro();
            let now = "2026-06-15T00:00:00Z".parse::<DateTime<Utc>>().unwrap() + Duration::minutes(offset_min);
            for d in 0..4 {
                let day = "2026-06-14".parse::<NaiveDate>().unwrap() + Duration::days(d);
                for start in port.slot_starts() {
                    if port.may_relocate_into(day, start, now) {
                        let begins = port.slot_begins(day, start).unwrap();
                        prop_assert!(begins - now >= Duration::minutes(RELOCATION_NOTICE_MINUTES));
                    }
                }
            }
        }

        #[test]
        fn slot_capacities_add_up(capacity in 0u32..5000, minutes in 5u32..240) {
            let mut port: Port = serde_json::from_str::<Vec<Port>>(SHIPPED).unwrap().remove(0);
            port.slots.minutes = minutes;
            let slots = port.slot_capacities(capacity);
            prop_assert!(!slots.is_empty());
            prop_assert_eq!(slots.iter().map(|s| s.1).sum::<u32>(), capacity);
            let max = slots.iter().map(|s| s.1).max().unwrap();
            let min = slots.iter().map(|s| s.1).min().unwrap();
            prop_assert!(max - min <= 1);
        }
    }

    #[test]
    fn every_shipped_port_names_its_mexican_side_with_sources() {
        let ports = parse_ports(SHIPPED, |z| z.starts_with("America/")).unwrap();
        for p in &ports {
            let side = p
                .mexican_side
                .as_ref()
                .expect("every shipped port has a Mexican side");
            assert!(side.walk().contains(" — ") && side.walk().contains(" → "));
            // A traveler is never shown an address no source gives.
            if !side.meeting_address.confirmed() {
                assert_eq!(side.address(), None, "{}", p.id);
            }
            // The meeting point is near the port (walking distance, not another city).
            let km = straight_km(
                (p.latitude, p.longitude),
                (side.meeting_point.latitude, side.meeting_point.longitude),
            );
            assert!(km < 3.0, "{}: {km} km", p.id);
        }
        let tijuana = &ports[0].mexican_side.as_ref().unwrap();
        assert_eq!(
            tijuana.walk(),
            "Tijuana — El Chaparral → San Ysidro PedWest"
        );
    }

    #[test]
    fn a_mexican_side_value_without_a_source_is_refused() {
        let mut ports: Vec<Port> = serde_json::from_str(SHIPPED).unwrap();
        ports[0].mexican_side.as_mut().unwrap().crossing.source = " ".into();
        let json = serde_json::to_string(&ports).unwrap();
        assert!(matches!(
            parse_ports(&json, |_| true),
            Err(PortsError::Invalid { .. })
        ));
        // A sourced address must say it.
        let mut ports: Vec<Port> = serde_json::from_str(SHIPPED).unwrap();
        let side = ports[0].mexican_side.as_mut().unwrap();
        side.meeting_address = Sourced {
            value: None,
            source: "https://example.org".into(),
        };
        let json = serde_json::to_string(&ports).unwrap();
        assert!(parse_ports(&json, |_| true).is_err());
        // A file without Mexican sides still loads.
        let mut ports: Vec<Port> = serde_json::from_str(SHIPPED).unwrap();
        ports.iter_mut().for_each(|p| p.mexican_side = None);
        let json = serde_json::to_string(&ports).unwrap();
        assert!(parse_ports(&json, |_| true).is_ok());
    }

    #[test]
    fn what_the_agency_must_confirm_is_listed() {
        let side = san_ysidro().mexican_side.unwrap();
        let mut confirmed = side.clone();
        assert!(side.to_confirm().contains(&"meeting_address"));
        confirmed.meeting_address = Sourced {
            value: Some("Calle 1".into()),
            source: "a letter".into(),
        };
        assert!(!confirmed.to_confirm().contains(&"meeting_address"));
        assert_eq!(confirmed.address(), Some("Calle 1"));
    }

    #[test]
    fn map_links_open_the_point_and_encode_the_label() {
        let links = map_links(32.5428, -117.0328, "El Chaparral (Tijuana)");
        assert_eq!(
            links.geo,
            "geo:32.54280,-117.03280?q=32.54280,-117.03280(El%20Chaparral%20%28Tijuana%29)"
        );
        assert_eq!(
            links.osm,
            "https://www.openstreetmap.org/?mlat=32.54280&mlon=-117.03280#map=17/32.54280/-117.03280"
        );
        assert!(map_links(0.0, 0.0, "Juárez →").geo.is_ascii());
    }

    #[test]
    fn monterrey_to_san_ysidro_is_far() {
        // Monterrey to San Ysidro: about 1,800 km in a straight line.
        let e = RoadEstimate::between((25.6866, -100.3161), (32.5428, -117.0328));
        assert!((2200..=2400).contains(&e.km), "{e:?}");
        assert!((36..=40).contains(&e.hours), "{e:?}");
        assert!(e.is_far());
        // Tijuana to San Ysidro is not.
        assert!(!RoadEstimate::between((32.5149, -117.0382), (32.5428, -117.0328)).is_far());
    }

    fn point() -> impl Strategy<Value = (f64, f64)> {
        (14.0f64..33.0, -118.0f64..-86.0)
    }

    proptest! {
        #[test]
        fn distance_is_symmetric_and_zero_only_at_the_same_point(a in point(), b in point()) {
            let (ab, ba) = (straight_km(a, b), straight_km(b, a));
            prop_assert!((ab - ba).abs() < 1e-6);
            prop_assert!(straight_km(a, a) < 1e-6);
            prop_assert!((0.0..4000.0).contains(&ab));
        }

        #[test]
        fn distance_obeys_the_triangle_inequality(a in point(), b in point(), c in point()) {
            prop_assert!(straight_km(a, c) <= straight_km(a, b) + straight_km(b, c) + 1e-6);
        }

        #[test]
        fn the_estimate_is_road_distance_rounded_and_hours_at_sixty(a in point(), b in point()) {
            let road = straight_km(a, b) * ROAD_FACTOR;
            let e = RoadEstimate::between(a, b);
            let step = if road < 1000.0 { 10.0 } else { 100.0 };
            prop_assert!((f64::from(e.km) - road).abs() <= step / 2.0 + 1e-6);
            prop_assert!(e.hours >= 1);
            prop_assert!((f64::from(e.hours) - (road / ROAD_SPEED_KMH).max(1.0)).abs() <= 0.5 + 1e-6);
            prop_assert_eq!(e.is_far(), e.km >= FAR_ROAD_KM);
        }

        #[test]
        fn farther_never_estimates_shorter(lat in 20.0f64..30.0, lon in -110.0f64..-100.0, d1 in 0.0f64..5.0, d2 in 0.0f64..5.0) {
            let (near, far) = (d1.min(d2), d1.max(d2));
            let a = RoadEstimate::between((lat, lon), (lat, lon + near));
            let b = RoadEstimate::between((lat, lon), (lat, lon + far));
            prop_assert!(a.km <= b.km && a.hours <= b.hours);
        }
    }
}
