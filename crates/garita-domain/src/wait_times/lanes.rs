//! The lanes of a port and what an officer may report about each one. A submission (from the
//! form or the API) is parsed here into updates that can be stored, or into every field problem
//! at once. Each lane, group and status has one text form (`as_str`): how it is stored, sent,
//! bound in SQL and named in Fluent keys.

use serde::{Serialize, Serializer};

use crate::validation::{FieldError, Invalid, Problem};

/// More lanes than any land port has; a larger figure is a typing mistake.
pub const MAX_LANES_OPEN: i64 = 100;
/// A wait over a day is not a wait time but a typing mistake.
pub const MAX_DELAY_MINUTES: i64 = 24 * 60;

/// What crosses: cars, people on foot, trucks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    Passenger,
    Pedestrian,
    Commercial,
}
crate::text_enum!(Group {
    Passenger = "passenger",
    Pedestrian = "pedestrian",
    Commercial = "commercial",
});

impl Group {
    pub fn lanes(self) -> impl Iterator<Item = LaneKind> {
        LaneKind::ALL
            .iter()
            .copied()
            .filter(move |l| l.group() == self)
    }
}

/// A lane type of a port: its group and its programme (Ready Lane, SENTRI, FAST).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LaneKind {
    PassengerStandard,
    PassengerReady,
    PassengerSentri,
    PedestrianStandard,
    PedestrianReady,
    CommercialStandard,
    CommercialFast,
}

/// The properties reported for a lane, each a form field and an API property.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Status,
    LanesOpen,
    Delay,
}

// One line per lane: its text form (the one mapping: stored, in the API, in Fluent keys) and its
// group. Field names are `<lane>.<property>` and must be `'static` (they travel in
// `FieldError`), hence `concat!` over the same literal.
macro_rules! lanes {
    ($($variant:ident => $id:literal, $group:ident;)*) => {
        crate::text_enum!(LaneKind { $($variant = $id),* });

        impl LaneKind {
            pub fn group(self) -> Group {
                match self { $(LaneKind::$variant => Group::$group),* }
            }

            /// The name of a field of this lane, the same in forms and in API errors.
            pub fn field(self, field: Field) -> &'static str {
                match (self, field) {
                    $(
                        (LaneKind::$variant, Field::Status) => concat!($id, ".status"),
                        (LaneKind::$variant, Field::LanesOpen) => concat!($id, ".lanes_open"),
                        (LaneKind::$variant, Field::Delay) => concat!($id, ".delay_minutes"),
                    )*
                }
            }
        }
    };
}

lanes! {
    PassengerStandard => "passenger-standard", Passenger;
    PassengerReady => "passenger-ready", Passenger;
    PassengerSentri => "passenger-sentri", Passenger;
    PedestrianStandard => "pedestrian-standard", Pedestrian;
    PedestrianReady => "pedestrian-ready", Pedestrian;
    CommercialStandard => "commercial-standard", Commercial;
    CommercialFast => "commercial-fast", Commercial;
}

/// How a lane is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Open,
    /// Open, but with fewer lanes than usual.
    LanesReduced,
    Closed,
}
crate::text_enum!(Status {
    Open = "open",
    LanesReduced = "lanes-reduced",
    Closed = "closed",
});

// Serialized as their one text form, so JSON can never drift from what is stored.
macro_rules! serialize_as_text {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    )*};
}
serialize_as_text!(Group, LaneKind, Status);

/// One lane's report as submitted: text as typed in the form, or JSON values rendered as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LaneReport {
    pub lane: String,
    pub status: String,
    pub lanes_open: Option<String>,
    pub delay_minutes: Option<String>,
}

/// One lane's report, valid and ready to store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LaneUpdate {
    pub lane: LaneKind,
    pub status: Status,
    pub lanes_open: i64,
    /// None when the lane is closed.
    pub delay_minutes: Option<i64>,
}

/// The field that names the lanes of a submission (for an empty one, an unknown or repeated lane).
pub const LANES_FIELD: &str = "lanes";

/// Parses a submission of one or more lanes; every problem of every lane is reported at once.
/// A closed lane has no lanes open and no wait: numbers sent with it are checked but not kept.
pub fn parse_reports(reports: &[LaneReport]) -> Result<Vec<LaneUpdate>, Invalid> {
    let mut problems = Vec::new();
    let mut push = |field: &'static str, problem: Problem| {
        if !problems
            .iter()
            .any(|e: &FieldError| e.field == field && e.problem == problem)
        {
            problems.push(FieldError { field, problem });
        }
    };
    if reports.is_empty() {
        push(LANES_FIELD, Problem::Required);
    }
    let mut seen = Vec::new();
    let mut updates = Vec::new();
    for report in reports {
        let Some(lane) = LaneKind::parse(report.lane.trim()) else {
            push(LANES_FIELD, Problem::UnknownLane);
            continue;
        };
        if seen.contains(&lane) {
            push(LANES_FIELD, Problem::DuplicateLane);
            continue;
        }
        seen.push(lane);
        let status = match report.status.trim() {
            "" => Err(Problem::Required),
            s => Status::parse(s).ok_or(Problem::UnknownStatus),
        };
        let lanes_open = whole_number(report.lanes_open.as_deref(), 0, MAX_LANES_OPEN);
        let delay = whole_number(report.delay_minutes.as_deref(), 0, MAX_DELAY_MINUTES);
        let running = !matches!(status, Ok(Status::Closed));
        // A lane that is open needs both figures, and at least one lane open.
        let lanes_open = match lanes_open {
            Ok(None) if running => Err(Problem::Required),
            Ok(Some(0)) if running => Err(Problem::NumberTooSmall { min: 1 }),
            other => other,
        };
        let delay = match delay {
            Ok(None) if running => Err(Problem::Required),
            other => other,
        };
        let mut ok = true;
        for (field, problem) in [
            (Field::Status, status.as_ref().err()),
            (Field::LanesOpen, lanes_open.as_ref().err()),
            (Field::Delay, delay.as_ref().err()),
        ] {
            if let Some(problem) = problem {
                push(lane.field(field), problem.clone());
                ok = false;
            }
        }
        if let (true, Ok(status), Ok(lanes_open), Ok(delay)) = (ok, status, lanes_open, delay) {
            updates.push(match status {
                Status::Closed => LaneUpdate {
                    lane,
                    status,
                    lanes_open: 0,
                    delay_minutes: None,
                },
                _ => LaneUpdate {
                    lane,
                    status,
                    lanes_open: lanes_open.unwrap_or(0),
                    delay_minutes: delay,
                },
            });
        }
    }
    if problems.is_empty() {
        Ok(updates)
    } else {
        Err(Invalid(problems))
    }
}

/// A whole number within `min..=max`, or None when nothing was written.
fn whole_number(raw: Option<&str>, min: i64, max: i64) -> Result<Option<i64>, Problem> {
    let Some(raw) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let too_small = Problem::NumberTooSmall {
        min: usize::try_from(min).unwrap_or(0),
    };
    let too_large = Problem::NumberTooLarge {
        max: usize::try_from(max).unwrap_or(usize::MAX),
    };
    let n: i64 = match raw.parse() {
        Ok(n) => n,
        // Digits too many for an i64 are still a number, just an absurd one.
        Err(_) => {
            let (negative, digits) = match raw.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, raw.strip_prefix('+').unwrap_or(raw)),
            };
            if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(if negative { too_small } else { too_large });
            }
            return Err(Problem::NotANumber);
        }
    };
    if n < min {
        Err(too_small)
    } else if n > max {
        Err(too_large)
    } else {
        Ok(Some(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn report(lane: &str, status: &str, lanes: &str, delay: &str) -> LaneReport {
        let some = |s: &str| Some(s.to_string()).filter(|s| !s.is_empty());
        LaneReport {
            lane: lane.into(),
            status: status.into(),
            lanes_open: some(lanes),
            delay_minutes: some(delay),
        }
    }

    fn problems(reports: &[LaneReport]) -> Vec<(&'static str, &'static str)> {
        match parse_reports(reports) {
            Ok(_) => Vec::new(),
            Err(Invalid(errors)) => errors.iter().map(|e| (e.field, e.problem.code())).collect(),
        }
    }

    #[test]
    fn lane_ids_and_fields_are_distinct_and_round_trip() {
        for lane in LaneKind::ALL.iter().copied() {
            assert_eq!(LaneKind::parse(lane.as_str()), Some(lane));
            assert!(lane.as_str().starts_with(lane.group().as_str()));
            assert_eq!(
                lane.field(Field::Delay),
                format!("{}.delay_minutes", lane.as_str())
            );
            // The serialized name is the text form.
            assert_eq!(
                serde_json::to_value(lane).unwrap(),
                serde_json::json!(lane.as_str())
            );
        }
        let total: usize = Group::ALL.iter().map(|g| g.lanes().count()).sum();
        assert_eq!(total, LaneKind::ALL.len());
        for s in Status::ALL.iter().copied() {
            assert_eq!(Status::parse(s.as_str()), Some(s));
            assert_eq!(
                serde_json::to_value(s).unwrap(),
                serde_json::json!(s.as_str())
            );
        }
        for g in Group::ALL.iter().copied() {
            assert_eq!(
                serde_json::to_value(g).unwrap(),
                serde_json::json!(g.as_str())
            );
        }
        let mut fields: Vec<&str> = LaneKind::ALL
            .iter()
            .flat_map(|l| [Field::Status, Field::LanesOpen, Field::Delay].map(|f| l.field(f)))
            .collect();
        fields.sort_unstable();
        fields.dedup();
        assert_eq!(fields.len(), 3 * LaneKind::ALL.len());
    }

    #[test]
    fn the_migrations_allow_exactly_these_lanes_and_statuses() {
        // The CHECK constraints of both migration trees list the same text forms as the enums.
        for tree in ["sqlite", "postgres"] {
            let path = format!(
                "{}/../garita/migrations/{tree}/0003_wait_times.sql",
                env!("CARGO_MANIFEST_DIR")
            );
            let sql = std::fs::read_to_string(&path).unwrap();
            let listed = |column: &str| -> Vec<String> {
                let start = sql
                    .find(&format!("CHECK ({column} IN ("))
                    .unwrap_or_else(|| panic!("{path}: no CHECK on {column}"));
                let rest = &sql[start..];
                let list = &rest[rest.find("IN (").unwrap() + 4..rest.find(')').unwrap()];
                list.split(',')
                    .map(|s| s.trim().trim_matches('\'').to_string())
                    .collect()
            };
            assert_eq!(listed("lane"), LaneKind::TEXTS, "{path}");
            assert_eq!(listed("status"), Status::TEXTS, "{path}");
        }
    }

    #[test]
    fn a_good_report_parses_and_a_closed_lane_keeps_no_figures() {
        let updates = parse_reports(&[
            report("passenger-standard", "open", "12", "45"),
            report("pedestrian-ready", "lanes-reduced", " 1 ", "0"),
            report("commercial-fast", "closed", "3", ""),
        ])
        .unwrap();
        assert_eq!(
            updates,
            vec![
                LaneUpdate {
                    lane: LaneKind::PassengerStandard,
                    status: Status::Open,
                    lanes_open: 12,
                    delay_minutes: Some(45)
                },
                LaneUpdate {
                    lane: LaneKind::PedestrianReady,
                    status: Status::LanesReduced,
                    lanes_open: 1,
                    delay_minutes: Some(0)
                },
                LaneUpdate {
                    lane: LaneKind::CommercialFast,
                    status: Status::Closed,
                    lanes_open: 0,
                    delay_minutes: None
                },
            ]
        );
    }

    #[test]
    fn bad_values_are_each_named() {
        assert_eq!(problems(&[]), [("lanes", "required")]);
        assert_eq!(
            problems(&[report("passenger-standard", "open", "-1", "-5")]),
            [
                ("passenger-standard.lanes_open", "number-too-small"),
                ("passenger-standard.delay_minutes", "number-too-small")
            ]
        );
        assert_eq!(
            problems(&[report("passenger-sentri", "open", "101", "1441")]),
            [
                ("passenger-sentri.lanes_open", "number-too-large"),
                ("passenger-sentri.delay_minutes", "number-too-large")
            ]
        );
        assert_eq!(
            problems(&[report(
                "passenger-sentri",
                "open",
                "99999999999999999999999",
                "2.5"
            )]),
            [
                ("passenger-sentri.lanes_open", "number-too-large"),
                ("passenger-sentri.delay_minutes", "not-a-number")
            ]
        );
        assert_eq!(
            problems(&[report("bicycles", "open", "1", "1")]),
            [("lanes", "unknown-lane")]
        );
        assert_eq!(
            problems(&[report("pedestrian-standard", "jammed", "1", "1")]),
            [("pedestrian-standard.status", "unknown-status")]
        );
        assert_eq!(
            problems(&[report("pedestrian-standard", "", "", "")]),
            [
                ("pedestrian-standard.status", "required"),
                ("pedestrian-standard.lanes_open", "required"),
                ("pedestrian-standard.delay_minutes", "required")
            ]
        );
        assert_eq!(
            problems(&[report("pedestrian-standard", "open", "0", "10")]),
            [("pedestrian-standard.lanes_open", "number-too-small")]
        );
        assert_eq!(
            problems(&[
                report("commercial-standard", "open", "1", "10"),
                report("commercial-standard", "open", "1", "10")
            ]),
            [("lanes", "duplicate-lane")]
        );
        // Closed needs no figures, but figures sent must still make sense.
        assert_eq!(
            problems(&[report("commercial-standard", "closed", "-3", "")]),
            [("commercial-standard.lanes_open", "number-too-small")]
        );
    }

    #[test]
    fn one_bad_lane_fails_the_whole_submission() {
        assert!(parse_reports(&[
            report("passenger-standard", "open", "3", "20"),
            report("passenger-ready", "open", "3", "-20"),
        ])
        .is_err());
    }

    #[test]
    fn limits_are_inclusive() {
        assert_eq!(whole_number(Some("100"), 0, 100), Ok(Some(100)));
        assert_eq!(whole_number(Some("0"), 0, 100), Ok(Some(0)));
        assert_eq!(whole_number(Some("+7"), 0, 100), Ok(Some(7)));
        assert_eq!(whole_number(Some("  "), 0, 100), Ok(None));
        assert_eq!(whole_number(Some("1e3"), 0, 100), Err(Problem::NotANumber));
        assert_eq!(whole_number(Some("-"), 0, 100), Err(Problem::NotANumber));
    }

    fn lane() -> impl Strategy<Value = LaneKind> {
        proptest::sample::select(LaneKind::ALL)
    }

    fn status() -> impl Strategy<Value = Status> {
        proptest::sample::select(Status::ALL)
    }

    /// A valid report of `lane`, and the update it must become.
    fn valid(lane: LaneKind) -> impl Strategy<Value = (LaneReport, LaneUpdate)> {
        (
            status(),
            1..=MAX_LANES_OPEN,
            0..=MAX_DELAY_MINUTES,
            any::<bool>(),
        )
            .prop_map(move |(status, lanes_open, delay, padded)| {
                let text = |n: i64| {
                    if padded {
                        format!(" {n} ")
                    } else {
                        n.to_string()
                    }
                };
                let report = LaneReport {
                    lane: lane.as_str().to_string(),
                    status: status.as_str().to_string(),
                    lanes_open: Some(text(lanes_open)),
                    delay_minutes: Some(text(delay)),
                };
                let update = match status {
                    Status::Closed => LaneUpdate {
                        lane,
                        status,
                        lanes_open: 0,
                        delay_minutes: None,
                    },
                    _ => LaneUpdate {
                        lane,
                        status,
                        lanes_open,
                        delay_minutes: Some(delay),
                    },
                };
                (report, update)
            })
    }

    proptest! {
        #[test]
        fn valid_reports_of_distinct_lanes_parse_to_their_updates(
            lanes in proptest::sample::subsequence(LaneKind::ALL.to_vec(), 1..=LaneKind::ALL.len())
                .prop_shuffle()
                .prop_flat_map(|lanes| lanes.into_iter().map(valid).collect::<Vec<_>>())
        ) {
            let (reports, expected): (Vec<_>, Vec<_>) = lanes.into_iter().unzip();
            prop_assert_eq!(parse_reports(&reports), Ok(expected));
        }

        #[test]
        fn any_submission_parses_or_names_only_known_fields(
            reports in proptest::collection::vec(
                (
                    prop_oneof![lane().prop_map(|l| l.as_str().to_string()), ".{0,12}"],
                    prop_oneof![status().prop_map(|s| s.as_str().to_string()), ".{0,8}"],
                    proptest::option::of(prop_oneof!["-?[0-9]{1,25}", ".{0,6}"]),
                    proptest::option::of(prop_oneof!["-?[0-9]{1,25}", ".{0,6}"]),
                )
                    .prop_map(|(lane, status, lanes_open, delay_minutes)| LaneReport {
                        lane,
                        status,
                        lanes_open,
                        delay_minutes,
                    }),
                0..6,
            )
        ) {
            match parse_reports(&reports) {
                Ok(updates) => {
                    prop_assert_eq!(updates.len(), reports.len());
                    for u in updates {
                        prop_assert!((0..=MAX_LANES_OPEN).contains(&u.lanes_open));
                        match u.status {
                            Status::Closed => {
                                prop_assert_eq!((u.lanes_open, u.delay_minutes), (0, None));
                            }
                            _ => {
                                prop_assert!(u.lanes_open >= 1);
                                prop_assert!(u
                                    .delay_minutes
                                    .is_some_and(|d| (0..=MAX_DELAY_MINUTES).contains(&d)));
                            }
                        }
                    }
                }
                Err(Invalid(errors)) => {
                    prop_assert!(!errors.is_empty());
                    for e in &errors {
                        let known = e.field == LANES_FIELD
                            || LaneKind::ALL.iter().any(|l| {
                                [Field::Status, Field::LanesOpen, Field::Delay]
                                    .iter()
                                    .any(|f| l.field(*f) == e.field)
                            });
                        prop_assert!(known, "unknown field {}", e.field);
                    }
                }
            }
        }

        #[test]
        fn whole_numbers_in_range_read_back_and_others_are_named(n in any::<i64>()) {
            let got = whole_number(Some(&n.to_string()), 0, MAX_DELAY_MINUTES);
            let expected = if n < 0 {
                Err(Problem::NumberTooSmall { min: 0 })
            } else if n > MAX_DELAY_MINUTES {
                Err(Problem::NumberTooLarge { max: MAX_DELAY_MINUTES as usize })
            } else {
                Ok(Some(n))
            };
            prop_assert_eq!(got, expected);
        }
    }
}
