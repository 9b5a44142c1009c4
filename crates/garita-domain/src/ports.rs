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
}
