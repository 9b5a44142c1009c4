//! What an appointment request must hold before it is stored: acceptable ports (known, in
//! order, no repeats), answers to questions that exist, a position that is present, precise and
//! in the eligible region, and a group whose every member has a photo. Also whether a group may
//! ask again given its stored request. Every problem is typed; the server only renders them.

use chrono::NaiveDate;

use crate::geofence::{CheckError, Geofence, StateRef};
use crate::ports::Port;
use crate::status::RequestStatus;
use crate::validation::{FieldError, Invalid, Problem};

/// Where the device says it is (WGS84 degrees, accuracy radius in meters).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    pub latitude: f64,
    pub longitude: f64,
    pub accuracy_m: f64,
}

/// A request as submitted, before any check.
#[derive(Debug, Clone, Copy)]
pub struct Draft<'a> {
    /// Acceptable port ids, most preferred first.
    pub ports: &'a [String],
    /// Ids of the vulnerability questions answered "yes".
    pub answers: &'a [String],
    pub position: Option<Position>,
}

/// The group as it stands: how many members, and how many of them have no photo yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Readiness {
    pub members: i64,
    pub missing_photos: i64,
}

/// A request that passed every check: the state it was made from, and its answers sorted with
/// repeats removed.
#[derive(Debug, Clone, PartialEq)]
pub struct Accepted {
    pub state: StateRef,
    pub answers: Vec<String>,
}

impl Accepted {
    /// Answers only add weight in the draw: any answer makes the group vulnerable.
    pub fn vulnerable(&self) -> bool {
        !self.answers.is_empty()
    }
}

/// Why a request is not accepted.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Refusal {
    /// Every problem with the fields, so a form can show them all at once.
    #[error(transparent)]
    Invalid(Invalid),
    /// The position is valid and precise but outside the region (and nothing else was wrong
    /// with ports or answers); names the excluded state it is in, if any.
    #[error("outside the eligible region")]
    OutsideRegion { excluded_state: Option<String> },
    /// The position is valid and precise but just across the border, in the United States (and
    /// nothing else was wrong with ports or answers): requests are taken from Mexico.
    #[error("in the United States, not in Mexico")]
    InUnitedStates,
}

fn problem(field: &'static str, problem: Problem) -> FieldError {
    FieldError { field, problem }
}

/// Checks a request. Ports and answers are checked first; a position outside the region is
/// reported on its own only when they were fine, else it just adds no state. The group's
/// problems (no members, missing photos) are listed last.
pub fn check(
    draft: &Draft<'_>,
    known_ports: &[Port],
    questions: &[String],
    geofence: &Geofence,
    group: Readiness,
) -> Result<Accepted, Refusal> {
    let mut problems = Vec::new();
    if draft.ports.is_empty() {
        problems.push(problem("ports", Problem::Required));
    }
    for (i, p) in draft.ports.iter().enumerate() {
        if !known_ports.iter().any(|port| &port.id == p) {
            problems.push(problem("ports", Problem::UnknownPort));
        } else if draft.ports[..i].contains(p) {
            problems.push(problem("ports", Problem::DuplicatePort));
        }
    }
    if draft.answers.iter().any(|a| !questions.contains(a)) {
        problems.push(problem("answers", Problem::UnknownQuestion));
    }
    let state = match &draft.position {
        None => {
            problems.push(problem("location", Problem::LocationMissing));
            None
        }
        Some(l) => match geofence.check(l.latitude, l.longitude, l.accuracy_m) {
            Ok(located) => Some(located.state),
            Err(CheckError::InvalidPosition(_)) => {
                problems.push(problem("location", Problem::LocationInvalid));
                None
            }
            Err(CheckError::TooImprecise { .. }) => {
                problems.push(problem("location", Problem::LocationImprecise));
                None
            }
            Err(CheckError::Outside {
                in_excluded_state, ..
            }) => {
                if problems.is_empty() {
                    return Err(Refusal::OutsideRegion {
                        excluded_state: in_excluded_state.map(|s| s.name),
                    });
                }
                None
            }
            Err(CheckError::InUnitedStates { .. }) => {
                if problems.is_empty() {
                    return Err(Refusal::InUnitedStates);
                }
                None
            }
        },
    };
    if group.missing_photos > 0 {
        problems.push(problem("photos", Problem::PhotoMissing));
    }
    if group.members == 0 {
        problems.push(problem("group", Problem::Required));
    }
    if !problems.is_empty() {
        return Err(Refusal::Invalid(Invalid(problems)));
    }
    // No problem listed means the position was checked and accepted.
    let state = state
        .ok_or_else(|| Refusal::Invalid(Invalid::one("location", Problem::LocationMissing)))?;
    let mut answers = draft.answers.to_vec();
    answers.sort();
    answers.dedup();
    Ok(Accepted { state, answers })
}

/// Why a group may not submit again now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Resubmission {
    /// An appointment was offered: the request cannot change under it.
    #[error("an appointment was offered")]
    Selected,
    /// The group did not come; it may ask again from `until`.
    #[error("no-show: wait until {until}")]
    NoShowWait { until: NaiveDate },
}

/// Whether a group with a stored request in `status`, blocked after a no-show until
/// `blocked_until`, may submit again on `today` (local day of the cycle).
pub fn may_resubmit(
    status: RequestStatus,
    blocked_until: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(), Resubmission> {
    if status == RequestStatus::Selected {
        return Err(Resubmission::Selected);
    }
    match blocked_until {
        Some(until) if until > today => Err(Resubmission::NoShowWait { until }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    const TIJUANA: Position = Position {
        latitude: 32.5149,
        longitude: -117.0382,
        accuracy_m: 2000.0,
    };
    /// Mérida, Yucatán: in Mexico, in an excluded state.
    const MERIDA: Position = Position {
        latitude: 20.9674,
        longitude: -89.5926,
        accuracy_m: 100.0,
    };

    fn ports() -> &'static [Port] {
        static PORTS: OnceLock<Vec<Port>> = OnceLock::new();
        PORTS.get_or_init(|| {
            let json = include_str!("../../../data/ports.json");
            crate::ports::parse_ports(json, |_| true).unwrap()
        })
    }

    fn fence() -> &'static Geofence {
        static FENCE: OnceLock<Geofence> = OnceLock::new();
        FENCE.get_or_init(Geofence::mexico_default)
    }

    fn questions() -> Vec<String> {
        vec!["medical".into(), "elderly".into()]
    }

    fn ready(members: i64) -> Readiness {
        Readiness {
            members,
            missing_photos: 0,
        }
    }

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    fn codes(r: Result<Accepted, Refusal>) -> Vec<(&'static str, &'static str)> {
        match r {
            Err(Refusal::Invalid(Invalid(errors))) => errors
                .into_iter()
                .map(|e| (e.field, e.problem.code()))
                .collect(),
            other => panic!("expected field problems, got {other:?}"),
        }
    }

    fn port_ids() -> Vec<String> {
        ports().iter().map(|p| p.id.clone()).collect()
    }

    #[test]
    fn a_complete_request_from_the_region_is_accepted_with_its_state() {
        let ids = port_ids();
        let answers = s(&["medical", "elderly", "medical"]);
        let accepted = check(
            &Draft {
                ports: &ids[..2],
                answers: &answers,
                position: Some(TIJUANA),
            },
            ports(),
            &questions(),
            fence(),
            ready(2),
        )
        .unwrap();
        assert_eq!(accepted.state.code, "MX.BN");
        assert_eq!(accepted.answers, s(&["elderly", "medical"]));
        assert!(accepted.vulnerable());
    }

    #[test]
    fn every_problem_is_listed_at_once_in_order() {
        let ids = port_ids();
        let chosen = vec![ids[0].clone(), "atlantis".into(), ids[0].clone()];
        let answers = s(&["unknown-question"]);
        let r = check(
            &Draft {
                ports: &chosen,
                answers: &answers,
                position: None,
            },
            ports(),
            &questions(),
            fence(),
            Readiness {
                members: 0,
                missing_photos: 1,
            },
        );
        assert_eq!(
            codes(r),
            vec![
                ("ports", "unknown-port"),
                ("ports", "duplicate-port"),
                ("answers", "unknown-question"),
                ("location", "location-missing"),
                ("photos", "photo-missing"),
                ("group", "required"),
            ]
        );
    }

    #[test]
    fn a_position_must_be_valid_and_precise() {
        let ids = port_ids();
        for (position, code) in [
            (
                Position {
                    latitude: f64::NAN,
                    ..TIJUANA
                },
                "location-invalid",
            ),
            (
                Position {
                    accuracy_m: 60_000.0,
                    ..TIJUANA
                },
                "location-imprecise",
            ),
        ] {
            let r = check(
                &Draft {
                    ports: &ids[..1],
                    answers: &[],
                    position: Some(position),
                },
                ports(),
                &questions(),
                fence(),
                ready(1),
            );
            assert_eq!(codes(r), vec![("location", code)]);
        }
    }

    #[test]
    fn a_precise_fix_in_the_united_states_is_its_own_refusal() {
        let ids = port_ids();
        let el_paso = Position {
            latitude: 31.7587,
            longitude: -106.4869,
            accuracy_m: 30.0,
        };
        let r = check(
            &Draft {
                ports: &ids[..1],
                answers: &[],
                position: Some(el_paso),
            },
            ports(),
            &questions(),
            fence(),
            ready(1),
        );
        assert_eq!(r, Err(Refusal::InUnitedStates));
    }

    #[test]
    fn outside_the_region_is_its_own_refusal_unless_other_fields_are_wrong() {
        let ids = port_ids();
        let r = check(
            &Draft {
                ports: &ids[..1],
                answers: &[],
                position: Some(MERIDA),
            },
            ports(),
            &questions(),
            fence(),
            // Even with no photos: the region is said first.
            Readiness {
                members: 1,
                missing_photos: 1,
            },
        );
        assert_eq!(
            r,
            Err(Refusal::OutsideRegion {
                excluded_state: Some("Yucatán".into())
            })
        );
        let r = check(
            &Draft {
                ports: &[],
                answers: &[],
                position: Some(MERIDA),
            },
            ports(),
            &questions(),
            fence(),
            ready(1),
        );
        assert_eq!(codes(r), vec![("ports", "required")]);
    }

    #[test]
    fn a_selected_request_or_a_no_show_wait_stops_a_new_submission() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let tomorrow = today.succ_opt().unwrap();
        assert_eq!(
            may_resubmit(RequestStatus::Selected, None, today),
            Err(Resubmission::Selected)
        );
        assert_eq!(
            may_resubmit(RequestStatus::Closed, Some(tomorrow), today),
            Err(Resubmission::NoShowWait { until: tomorrow })
        );
        assert_eq!(
            may_resubmit(RequestStatus::Closed, Some(today), today),
            Ok(())
        );
        assert_eq!(may_resubmit(RequestStatus::Open, None, today), Ok(()));
    }

    proptest! {
        #[test]
        fn accepted_ports_are_known_and_never_repeated(
            picks in proptest::collection::vec(0usize..10, 0..6),
        ) {
            let ids = port_ids();
            // Indices past the list stand for unknown ports.
            let chosen: Vec<String> = picks
                .iter()
                .map(|&i| ids.get(i).cloned().unwrap_or_else(|| format!("unknown-{i}")))
                .collect();
            let r = check(
                &Draft { ports: &chosen, answers: &[], position: Some(TIJUANA) },
                ports(),
                &questions(),
                fence(),
                ready(1),
            );
            let all_known = chosen.iter().all(|p| ids.contains(p));
            let mut unique = chosen.clone();
            unique.sort();
            unique.dedup();
            let acceptable = !chosen.is_empty() && all_known && unique.len() == chosen.len();
            prop_assert_eq!(r.is_ok(), acceptable);
        }

        #[test]
        fn accepted_answers_are_sorted_known_and_unique(
            picks in proptest::collection::vec(0usize..2, 0..5),
        ) {
            let ids = port_ids();
            let qs = questions();
            let answers: Vec<String> = picks.iter().map(|&i| qs[i].clone()).collect();
            let accepted = check(
                &Draft { ports: &ids[..1], answers: &answers, position: Some(TIJUANA) },
                ports(),
                &qs,
                fence(),
                ready(1),
            )
            .unwrap();
            prop_assert!(accepted.answers.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(accepted.answers.iter().all(|a| answers.contains(a)));
            prop_assert_eq!(accepted.vulnerable(), !answers.is_empty());
        }

        #[test]
        fn a_no_show_wait_ends_on_its_day(offset in -30i64..30) {
            let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
            let until = today + chrono::Duration::days(offset);
            let r = may_resubmit(RequestStatus::Closed, Some(until), today);
            prop_assert_eq!(r.is_ok(), until <= today);
        }
    }
}
