//! Programme rosters (the Migrant Protection Protocols pattern): an international organisation's
//! list of people enrolled in a programme, checked row by row; the places reserved for them from
//! a port's daily capacity and released to the daily draw at a set time; and their own draw,
//! which is the shared engine (`crate::draw`) run on the reserved places only, so it is
//! committed, published and verified like the daily draw.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveTime};

use crate::draw::{DrawInput, DrawRequest, Rule, SlotOffer};
use crate::travelers::{is_country, parse_date_of_birth, parse_name};
use crate::validation::{ascii_digits, Problem};

/// The longest roster id kept.
pub const ROSTER_ID_MAX: usize = 32;

/// A roster row as read from the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowInput {
    pub roster_id: String,
    pub full_name: String,
    pub date_of_birth: String,
    pub citizenship: String,
}

/// A checked row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterPerson {
    /// Upper case letters, digits and dashes, 4 to 32 of them.
    pub roster_id: String,
    pub full_name: String,
    pub date_of_birth: NaiveDate,
    pub citizenship: String,
}

/// What is wrong with one row: its line (1 = the first row after the header), the field and
/// the problem's code (its message is `error-<code>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub field: &'static str,
    pub code: &'static str,
}

/// A roster id as typed: trimmed, upper case; letters, digits and dashes only.
pub fn parse_roster_id(raw: &str) -> Result<String, Problem> {
    let id = raw.trim().to_ascii_uppercase();
    if id.is_empty() {
        return Err(Problem::Required);
    }
    if id.len() < 4 {
        return Err(Problem::TooShort { min: 4 });
    }
    if id.len() > ROSTER_ID_MAX {
        return Err(Problem::TooLong { max: ROSTER_ID_MAX });
    }
    if !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(Problem::InvalidCharacters);
    }
    Ok(id)
}

impl RowInput {
    /// Checks every field of one row; `today` as for a member's date of birth.
    pub fn parse(&self, line: usize, today: NaiveDate) -> Result<RosterPerson, Vec<RowError>> {
        let mut errors = Vec::new();
        let mut err = |field: &'static str, p: Problem| {
            errors.push(RowError {
                line,
                field,
                code: p.code(),
            })
        };
        let roster_id = parse_roster_id(&self.roster_id)
            .map_err(|p| err("roster_id", p))
            .ok();
        let full_name = parse_name(&self.full_name)
            .map_err(|p| err("full_name", p))
            .ok();
        let date_of_birth = parse_date_of_birth(&ascii_digits(&self.date_of_birth), today)
            .map_err(|p| err("date_of_birth", p))
            .ok();
        let citizenship = self.citizenship.trim().to_ascii_uppercase();
        if !is_country(&citizenship) {
            err("citizenship", Problem::UnknownCountry);
        }
        match (roster_id, full_name, date_of_birth) {
            (Some(roster_id), Some(full_name), Some(date_of_birth)) if errors.is_empty() => {
                Ok(RosterPerson {
                    roster_id,
                    full_name,
                    date_of_birth,
                    citizenship,
                })
            }
            _ => Err(errors),
        }
    }
}

/// Checks a whole file: every row's own problems, and an id given twice with different data
/// (`roster-id-conflict`, on the later row). The same row twice is one person (an import is
/// idempotent). Returns the people (each id once) and every row error.
pub fn check_rows(rows: &[RowInput], today: NaiveDate) -> (Vec<RosterPerson>, Vec<RowError>) {
    let mut people: Vec<RosterPerson> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut errors = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let line = i + 1;
        match row.parse(line, today) {
            Ok(person) => match seen.get(&person.roster_id) {
                Some(&at) if people[at] == person => {}
                Some(_) => errors.push(RowError {
                    line,
                    field: "roster_id",
                    code: "roster-id-conflict",
                }),
                None => {
                    seen.insert(person.roster_id.clone(), people.len());
                    people.push(person);
                }
            },
            Err(mut e) => errors.append(&mut e),
        }
    }
    (people, errors)
}

/// The places of a port's day reserved for a roster: `percent` of the capacity, rounded down,
/// never more than the capacity.
pub fn reserved(capacity: u32, percent: u8) -> u32 {
    let pct = u64::from(percent.min(100));
    ((u64::from(capacity) * pct) / 100) as u32
}

/// What the daily draw may give out of a port's day: before the release time, the capacity
/// less the reservation; from the release time on, everything the roster did not take.
pub fn daily_places(capacity: u32, reserved: u32, taken_by_roster: u32, released: bool) -> u32 {
    let reserved = reserved.min(capacity);
    let taken = taken_by_roster.min(reserved);
    if released {
        capacity - taken
    } else {
        capacity - reserved
    }
}

/// One entrant of a roster's draw: the open request of an account that claimed an enrolled
/// roster person (`id` its pseudonym), the group's size, the days it has waited and the ports
/// it asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entrant {
    pub id: String,
    pub size: u32,
    pub days_waited: u32,
    pub ports: Vec<String>,
}

/// A roster's draw on the shared engine: each entrant a request, the reserved places of each
/// slot still held as its offers, the weighted rule with its defaults. Same seed, same
/// entrants, same places: same result, and `crate::draw::verify` checks a published one.
pub fn draw_input(
    seed_hex: &str,
    entrants: &[Entrant],
    slots: &[(String, NaiveDate, NaiveTime, u32)],
) -> DrawInput {
    DrawInput {
        seed: seed_hex.to_string(),
        rule: Rule::default(),
        requests: entrants
            .iter()
            .map(|e| DrawRequest {
                id: e.id.clone(),
                size: e.size,
                days_waited: e.days_waited,
                vulnerable: false,
                preferences: e.ports.clone(),
                priority: false,
                registration_rank: None,
            })
            .collect(),
        offers: slots
            .iter()
            .filter(|s| s.3 > 0)
            .map(|(port, date, start, places)| SlotOffer {
                port: port.clone(),
                date: *date,
                start: *start,
                capacity: *places,
            })
            .collect(),
    }
}

/// The seed of `day`'s roster draw (64 hex characters), derived from the daily draw's seed of
/// the same day: the daily draw's commitment, published before its request window closed,
/// binds it too, and once the daily draw is published anyone can check that the roster draw
/// used this seed and no other.
pub fn roster_seed(day: NaiveDate, daily_seed_hex: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(b"garita-roster-draw-v1\0");
    h.update(day.to_string().as_bytes());
    h.update(b"\0");
    h.update(daily_seed_hex.trim().to_ascii_lowercase().as_bytes());
    hex::encode(h.finalize())
}

/// Whether the reserved places of a slot on `slot_day` are still held from the daily draw of
/// `draw_day`: they are released `release_days_before` days before the slot's day, from that
/// day's draw on.
pub fn held(slot_day: NaiveDate, release_days_before: u32, draw_day: NaiveDate) -> bool {
    release_on(slot_day, release_days_before) > draw_day
}

/// The day from whose draw on a slot's unused reserved places go to the daily draw.
pub fn release_on(slot_day: NaiveDate, release_days_before: u32) -> NaiveDate {
    slot_day - chrono::Duration::days(i64::from(release_days_before))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    fn row(id: &str, name: &str, dob: &str) -> RowInput {
        RowInput {
            roster_id: id.into(),
            full_name: name.into(),
            date_of_birth: dob.into(),
            citizenship: "HN".into(),
        }
    }

    #[test]
    fn a_duplicate_id_with_other_data_is_a_row_error_and_the_same_row_twice_is_one_person() {
        let (people, errors) = check_rows(
            &[
                row("mpp-0001", "Ana López", "1990-01-02"),
                row("MPP-0001", "Ana López", "1990-01-02"),
                row("MPP-0001", "Ana Lopes", "1990-01-02"),
                row("x", "", "2990-01-01"),
            ],
            today(),
        );
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].roster_id, "MPP-0001");
        assert!(errors.contains(&RowError {
            line: 3,
            field: "roster_id",
            code: "roster-id-conflict"
        }));
        let line4: Vec<&str> = errors
            .iter()
            .filter(|e| e.line == 4)
            .map(|e| e.field)
            .collect();
        assert_eq!(line4, ["roster_id", "full_name", "date_of_birth"]);
    }

    #[test]
    fn the_roster_seed_is_bound_to_its_day_and_the_daily_seed_and_places_are_released_on_time() {
        let seed = "ab".repeat(32);
        let a = roster_seed(today(), &seed);
        assert_eq!(a.len(), 64);
        assert_eq!(a, roster_seed(today(), &seed.to_uppercase()));
        assert_ne!(a, roster_seed(today().succ_opt().unwrap(), &seed));
        assert_ne!(a, roster_seed(today(), &"ac".repeat(32)));
        assert_ne!(a, seed);
        // A slot five days ahead, released two days before: held from the draws of the next
        // two days, released from the third on.
        let slot = today() + chrono::Duration::days(5);
        assert!(held(slot, 2, today()));
        assert!(held(slot, 2, today() + chrono::Duration::days(2)));
        assert!(!held(slot, 2, today() + chrono::Duration::days(3)));
        assert!(!held(slot, 0, slot));
    }

    proptest! {
        #[test]
        fn the_reservation_and_the_daily_draw_never_exceed_capacity(
            capacity in 0u32..10_000, percent in 0u8..=120, taken in 0u32..10_000, released in any::<bool>()
        ) {
            let r = reserved(capacity, percent);
            prop_assert!(r <= capacity);
            let taken = taken.min(r);
            let daily = daily_places(capacity, r, taken, released);
            prop_assert!(daily + taken <= capacity);
            if released {
                // Every place the roster did not take goes back to the daily draw.
                prop_assert_eq!(daily + taken, capacity);
            } else {
                prop_assert_eq!(daily + r, capacity);
            }
        }

        #[test]
        fn the_roster_draw_stays_within_the_reserved_places_and_verifies(
            n in 0usize..40, places in proptest::collection::vec(0u32..6, 1..4), seed in any::<[u8; 32]>()
        ) {
            let day = today();
            let slots: Vec<(String, NaiveDate, NaiveTime, u32)> = places
                .iter()
                .enumerate()
                .map(|(i, p)| ("san-ysidro".to_string(), day, NaiveTime::from_hms_opt(9 + i as u32, 0, 0).unwrap(), *p))
                .collect();
            let people: Vec<Entrant> = (0..n)
                .map(|i| Entrant { id: format!("{i:04x}"), size: 1, days_waited: (i % 7) as u32, ports: vec!["san-ysidro".to_string()] })
                .collect();
            let seed_hex: String = seed.iter().map(|b| format!("{b:02x}")).collect();
            let input = draw_input(&seed_hex, &people, &slots);
            let published = crate::draw::publish(day, input).unwrap();
            let total: u32 = places.iter().sum();
            prop_assert_eq!(published.results.len() as u32, total.min(n as u32));
            prop_assert!(crate::draw::verify(&published).is_ok());
            if let Some(first) = published.results.first().cloned() {
                let mut forged = published.clone();
                let other = people.iter().map(|p| p.id.clone()).find(|id| published.results.iter().all(|r| &r.request != id));
                if let Some(other) = other {
                    forged.results[0].request = other;
                    forged.results.sort_by(|a, b| a.request.cmp(&b.request));
                    prop_assert!(crate::draw::verify(&forged).is_err());
                }
                prop_assert!(published.results.contains(&first));
            }
        }
    }
}
