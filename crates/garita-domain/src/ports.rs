//! The ports of entry that take appointments, as an agency describes them in `data/ports.json`,
//! and the slot grid each one offers in its own local time.

use chrono::NaiveTime;
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

impl Port {
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

    proptest! {
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
