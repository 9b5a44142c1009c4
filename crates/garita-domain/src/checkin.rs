//! Rules at the port, without I/O: pass codes as people type them, whether a pass may be
//! checked in (and why not), the officer's decisions for each member, and the group's status
//! that follows from them. A person decides identity; nothing here compares faces.

use chrono::NaiveDate;

use crate::text_enum;
use crate::validation::Problem;

/// Pass codes are read aloud and typed: ignore case, spaces and dashes, and read the letters
/// Crockford's base32 never uses as the digits they look like.
pub fn normalize_code(raw: &str) -> String {
    crate::validation::ascii_digits(raw)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

/// Longest normalised code worth looking up; anything longer is not a pass.
pub const MAX_CODE_LEN: usize = 40;

/// What the officer records about a member's identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identity {
    Confirmed,
    NotConfirmed,
    Referred,
}

/// What happened to a member at the port.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Pending,
    ParoledNta,
    ProcessedOther,
    ReferredSecondary,
    Withdrew,
}

/// Where a group stands at the port on its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortStatus {
    Expected,
    Arrived,
    Verified,
    Processed,
    Referred,
    NoShow,
}

text_enum!(Identity { Confirmed = "confirmed", NotConfirmed = "not-confirmed", Referred = "referred" });
text_enum!(Outcome {
    Pending = "pending",
    ParoledNta = "paroled-nta",
    ProcessedOther = "processed-other",
    ReferredSecondary = "referred-secondary",
    Withdrew = "withdrew",
});
text_enum!(PortStatus {
    Expected = "expected",
    Arrived = "arrived",
    Verified = "verified",
    Processed = "processed",
    Referred = "referred",
    NoShow = "no-show",
});

/// Reads an officer's decision: empty is `Required`, anything not offered is `UnknownChoice`.
pub fn parse_decision(
    identity: &str,
    outcome: &str,
) -> Result<(Identity, Outcome), (&'static str, Problem)> {
    fn read<T>(
        field: &'static str,
        raw: &str,
        parsed: Option<T>,
    ) -> Result<T, (&'static str, Problem)> {
        match parsed {
            Some(v) => Ok(v),
            None if raw.trim().is_empty() => Err((field, Problem::Required)),
            None => Err((field, Problem::UnknownChoice)),
        }
    }
    let i = read("identity", identity, Identity::parse(identity))?;
    let o = read("outcome", outcome, Outcome::parse(outcome))?;
    Ok((i, o))
}

/// The group's status once some of its members have decisions: anyone referred refers the
/// group; everyone decided with no outcome pending is processed; everyone's identity
/// confirmed is verified; otherwise the group has arrived.
pub fn group_status(decisions: &[(Identity, Outcome)], members: usize) -> PortStatus {
    let all = decisions.len() >= members && members > 0;
    if decisions
        .iter()
        .any(|(i, o)| *i == Identity::Referred || *o == Outcome::ReferredSecondary)
    {
        PortStatus::Referred
    } else if all && decisions.iter().all(|(_, o)| *o != Outcome::Pending) {
        PortStatus::Processed
    } else if all && decisions.iter().all(|(i, _)| *i == Identity::Confirmed) {
        PortStatus::Verified
    } else {
        PortStatus::Arrived
    }
}

/// Why a pass cannot be checked in. Each has a message `console-refused-<key>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Unknown,
    /// For another port (its name is told to the officer so the family can be sent there).
    OtherPort {
        port_id: String,
    },
    NotConfirmed,
    Cancelled,
    /// For another day at this port.
    OtherDay {
        day: String,
    },
    NoShow,
    AlreadyCheckedIn,
}

impl Refusal {
    pub fn key(&self) -> &'static str {
        match self {
            Refusal::Unknown => "pass-unknown",
            Refusal::OtherPort { .. } => "pass-other-port",
            Refusal::NotConfirmed => "pass-not-confirmed",
            Refusal::Cancelled => "pass-cancelled",
            Refusal::OtherDay { .. } => "pass-other-day",
            Refusal::NoShow => "pass-no-show",
            Refusal::AlreadyCheckedIn => "pass-already-checked-in",
        }
    }
}

/// A pass as stored: its appointment's port, day, status and status at the port.
#[derive(Debug, Clone)]
pub struct PassState<'a> {
    pub port_id: &'a str,
    pub day: &'a str,
    /// The appointment's status: offered, confirmed, or anything else (no longer live).
    pub appointment_status: &'a str,
    /// None until the group is checked in (or marked a no-show).
    pub port_status: Option<&'a str>,
}

/// Whether a pass may be checked in at `port_id` on the port's `today`, and if not, why. The
/// reasons are checked in the order an officer needs them: which port, whether the
/// appointment still stands, which day, and whether it was already used.
pub fn check_in_verdict(
    pass: &PassState<'_>,
    port_id: &str,
    today: NaiveDate,
) -> Result<(), Refusal> {
    if pass.port_id != port_id {
        return Err(Refusal::OtherPort {
            port_id: pass.port_id.to_string(),
        });
    }
    match pass.appointment_status {
        "confirmed" => {}
        "offered" => return Err(Refusal::NotConfirmed),
        _ => return Err(Refusal::Cancelled),
    }
    if pass.day != today.to_string() {
        return Err(Refusal::OtherDay {
            day: pass.day.to_string(),
        });
    }
    match pass.port_status.map(PortStatus::parse) {
        None => Ok(()),
        Some(Some(PortStatus::NoShow)) => Err(Refusal::NoShow),
        Some(_) => Err(Refusal::AlreadyCheckedIn),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn pass<'a>(
        port: &'a str,
        d: &'a str,
        status: &'a str,
        at_port: Option<&'a str>,
    ) -> PassState<'a> {
        PassState {
            port_id: port,
            day: d,
            appointment_status: status,
            port_status: at_port,
        }
    }

    #[test]
    fn codes_typed_in_other_digits_are_the_same_code() {
        assert_eq!(normalize_code("7k3m-۹qxz"), "7K3M9QXZ");
        assert_eq!(normalize_code("٧K3M ٩QXZ"), "7K3M9QXZ");
        assert_eq!(normalize_code("७K3M९QXZ"), "7K3M9QXZ");
    }

    #[test]
    fn a_confirmed_pass_for_this_port_and_day_checks_in() {
        let p = pass("laredo", "2026-06-15", "confirmed", None);
        assert_eq!(check_in_verdict(&p, "laredo", day("2026-06-15")), Ok(()));
    }

    #[test]
    fn each_refusal_names_its_reason() {
        let today = day("2026-06-15");
        let cases = [
            (
                pass("hidalgo", "2026-06-15", "confirmed", None),
                Refusal::OtherPort {
                    port_id: "hidalgo".into(),
                },
            ),
            (
                pass("laredo", "2026-06-15", "offered", None),
                Refusal::NotConfirmed,
            ),
            (
                pass("laredo", "2026-06-15", "cancelled", None),
                Refusal::Cancelled,
            ),
            (
                pass("laredo", "2026-06-15", "lapsed", None),
                Refusal::Cancelled,
            ),
            (
                pass("laredo", "2026-06-16", "confirmed", None),
                Refusal::OtherDay {
                    day: "2026-06-16".into(),
                },
            ),
            (
                pass("laredo", "2026-06-15", "confirmed", Some("no-show")),
                Refusal::NoShow,
            ),
            (
                pass("laredo", "2026-06-15", "confirmed", Some("arrived")),
                Refusal::AlreadyCheckedIn,
            ),
            (
                pass("laredo", "2026-06-15", "confirmed", Some("processed")),
                Refusal::AlreadyCheckedIn,
            ),
        ];
        for (p, want) in cases {
            assert_eq!(check_in_verdict(&p, "laredo", today), Err(want));
        }
    }

    #[test]
    fn decisions_are_read_strictly() {
        assert_eq!(
            parse_decision("confirmed", "pending"),
            Ok((Identity::Confirmed, Outcome::Pending))
        );
        assert_eq!(
            parse_decision("", "pending"),
            Err(("identity", Problem::Required))
        );
        assert_eq!(
            parse_decision("maybe", "pending"),
            Err(("identity", Problem::UnknownChoice))
        );
        assert_eq!(
            parse_decision("confirmed", " "),
            Err(("outcome", Problem::Required))
        );
        assert_eq!(
            parse_decision("confirmed", "deported"),
            Err(("outcome", Problem::UnknownChoice))
        );
    }

    #[test]
    fn the_group_moves_on_as_members_are_decided() {
        use Identity as I;
        use Outcome as O;
        assert_eq!(group_status(&[], 2), PortStatus::Arrived);
        assert_eq!(
            group_status(&[(I::Confirmed, O::Pending)], 2),
            PortStatus::Arrived
        );
        assert_eq!(
            group_status(&[(I::Confirmed, O::Pending); 2], 2),
            PortStatus::Verified
        );
        assert_eq!(
            group_status(
                &[
                    (I::Confirmed, O::ParoledNta),
                    (I::NotConfirmed, O::Withdrew)
                ],
                2
            ),
            PortStatus::Processed
        );
        assert_eq!(
            group_status(&[(I::Referred, O::Pending)], 3),
            PortStatus::Referred
        );
        assert_eq!(
            group_status(&[(I::Confirmed, O::ReferredSecondary)], 3),
            PortStatus::Referred
        );
    }

    fn identity() -> impl Strategy<Value = Identity> {
        proptest::sample::select(Identity::ALL.to_vec())
    }
    fn outcome() -> impl Strategy<Value = Outcome> {
        proptest::sample::select(Outcome::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn text_forms_round_trip(i in identity(), o in outcome()) {
            prop_assert_eq!(Identity::parse(i.as_str()), Some(i));
            prop_assert_eq!(Outcome::parse(o.as_str()), Some(o));
        }

        #[test]
        fn normalising_is_idempotent_and_ignores_case_spaces_and_dashes(raw in "[A-Za-z0-9 -]{0,30}") {
            let once = normalize_code(&raw);
            prop_assert_eq!(normalize_code(&once), once.clone());
            prop_assert_eq!(normalize_code(&raw.to_lowercase()), once.clone());
            let spaced: String = raw.chars().flat_map(|c| [c, ' ', '-']).collect();
            prop_assert_eq!(normalize_code(&spaced), once.clone());
            prop_assert!(!once.contains(['O', 'I', 'L', ' ', '-']));
        }

        #[test]
        fn group_status_rules_hold(ds in proptest::collection::vec((identity(), outcome()), 0..6), extra in 0usize..3) {
            let members = ds.len() + extra;
            let s = group_status(&ds, members);
            let referred = ds.iter().any(|(i, o)| *i == Identity::Referred || *o == Outcome::ReferredSecondary);
            // Anyone referred refers the group, whatever else is decided.
            prop_assert_eq!(s == PortStatus::Referred, referred);
            // Nobody is processed or verified while a member is undecided.
            if extra > 0 {
                prop_assert!(matches!(s, PortStatus::Arrived | PortStatus::Referred));
            }
            // Processed only when no outcome is pending.
            if s == PortStatus::Processed {
                prop_assert!(ds.iter().all(|(_, o)| *o != Outcome::Pending));
            }
            prop_assert!(s != PortStatus::Expected && s != PortStatus::NoShow);
        }
    }
}
