//! Organisations that act on the platform, and what each type may do. An organisation acts
//! only once approved (`status::OrganisationStatus`).

use serde::{Deserialize, Serialize};

use crate::text_enum;

/// What an organisation is; what its people may do follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    /// A partner agency (e.g. Mexico's migration institute): validates appointments.
    PartnerAgency,
    /// A customs broker filing for perishable cargo.
    CustomsBroker,
    /// A carrier (trucking) bringing cargo to a port.
    Carrier,
    /// A bus line filing manifests of its arrivals.
    BusLine,
    /// An airline checking travel authorizations.
    Airline,
    /// A shelter, legal-aid group or international organisation acting for migrants with
    /// their consent.
    AidOrganisation,
    /// Another government agency.
    GovernmentAgency,
}
text_enum!(OrganisationKind {
    PartnerAgency = "partner_agency",
    CustomsBroker = "customs_broker",
    Carrier = "carrier",
    BusLine = "bus_line",
    Airline = "airline",
    AidOrganisation = "aid_organisation",
    GovernmentAgency = "government_agency"
});

use crate::status::OrganisationStatus;
use crate::validation::{bounded_text, Collector, Invalid, Problem};

/// The longest legal name kept (long official names of agencies fit).
pub const LEGAL_NAME_MAX: usize = 200;
/// The longest free-text identifier of a kind without a format (a registry number, a tax id).
pub const FREE_IDENTIFIER_MAX: usize = 64;

impl OrganisationKind {
    /// Whether this kind must give an identifier (the kinds whose identifier has a format).
    pub fn identifier_required(self) -> bool {
        matches!(
            self,
            OrganisationKind::CustomsBroker
                | OrganisationKind::Airline
                | OrganisationKind::Carrier
                | OrganisationKind::BusLine
        )
    }
}

/// A legal name as registered: trimmed, 2 to `LEGAL_NAME_MAX` characters, no control
/// characters.
pub fn parse_legal_name(raw: &str) -> Result<String, Problem> {
    bounded_text(raw, 2, LEGAL_NAME_MAX)
}

/// The identifier an organisation of `kind` is known by, in its one stored form.
///
/// - customs broker: the CBP filer code, three letters or digits (`A1B`), upper case;
/// - airline: the IATA airline designator, two letters or digits, not both digits (`AM`,
///   `Y4`, `4O`), upper case;
/// - carrier and bus line: the Standard Carrier Alpha Code (SCAC), 2 to 4 letters (`ABCD`),
///   or the U.S. DOT number, 1 to 8 digits, stored as `USDOT 1234567` (typed with or
///   without the `USDOT`/`DOT` prefix). Both are what CBP's manifests name a carrier by; a
///   bus line or carrier has at least one.
/// - other kinds: optional free text (a registry or tax number), at most
///   `FREE_IDENTIFIER_MAX` characters. Nothing is stored when left empty.
///
/// Spaces and dashes typed inside a code are ignored.
pub fn parse_identifier(kind: OrganisationKind, raw: &str) -> Result<Option<String>, Problem> {
    let typed = crate::validation::ascii_digits(raw.trim());
    if typed.is_empty() {
        return if kind.identifier_required() {
            Err(Problem::Required)
        } else {
            Ok(None)
        };
    }
    let code: String = typed
        .chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .flat_map(char::to_uppercase)
        .collect();
    let alnum = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    match kind {
        OrganisationKind::CustomsBroker => {
            if code.chars().count() == 3 && alnum(&code) {
                Ok(Some(code))
            } else {
                Err(Problem::InvalidFilerCode)
            }
        }
        OrganisationKind::Airline => {
            let both_digits = code.chars().all(|c| c.is_ascii_digit());
            if code.chars().count() == 2 && alnum(&code) && !both_digits {
                Ok(Some(code))
            } else {
                Err(Problem::InvalidAirlineCode)
            }
        }
        OrganisationKind::Carrier | OrganisationKind::BusLine => {
            let n = code.chars().count();
            if (2..=4).contains(&n) && code.chars().all(|c| c.is_ascii_uppercase()) {
                return Ok(Some(code));
            }
            let digits = code
                .strip_prefix("USDOT")
                .or_else(|| code.strip_prefix("DOT"))
                .unwrap_or(&code);
            if (1..=8).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()) {
                Ok(Some(format!("USDOT {digits}")))
            } else {
                Err(Problem::InvalidCarrierCode)
            }
        }
        OrganisationKind::PartnerAgency
        | OrganisationKind::AidOrganisation
        | OrganisationKind::GovernmentAgency => {
            bounded_text(&typed, 1, FREE_IDENTIFIER_MAX).map(Some)
        }
    }
}

/// What a person typed to register an organisation (or an administrator to create one).
#[derive(Debug, Clone, Default)]
pub struct OrganisationInput {
    pub legal_name: String,
    pub kind: String,
    pub country: String,
    pub identifier: String,
}

/// An organisation's details once every field is valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrganisation {
    pub legal_name: String,
    pub kind: OrganisationKind,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: String,
    pub identifier: Option<String>,
}

/// Checks every field at once (fields `legal_name`, `kind`, `country`, `identifier`).
pub fn parse(input: &OrganisationInput) -> Result<NewOrganisation, Invalid> {
    let mut c = Collector::default();
    let legal_name = c.check("legal_name", parse_legal_name(&input.legal_name));
    let kind = c.check(
        "kind",
        match input.kind.trim() {
            "" => Err(Problem::Required),
            k => OrganisationKind::parse(k).ok_or(Problem::UnknownChoice),
        },
    );
    let country = c.check("country", crate::travelers::parse_country(&input.country));
    let identifier = match kind {
        Some(kind) => c.check("identifier", parse_identifier(kind, &input.identifier)),
        None => None,
    };
    c.finish()?;
    match (legal_name, kind, country, identifier) {
        (Some(legal_name), Some(kind), Some(country), Some(identifier)) => Ok(NewOrganisation {
            legal_name,
            kind,
            country,
            identifier,
        }),
        _ => Err(Invalid::default()),
    }
}

/// An administrator's decision on an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Lets it act (a pending, suspended or rejected organisation).
    Approve,
    /// Refuses a pending registration.
    Reject,
    /// Stops an approved organisation: its people and keys cannot act until approved again.
    Suspend,
}
text_enum!(Decision {
    Approve = "approve",
    Reject = "reject",
    Suspend = "suspend"
});

impl Decision {
    /// The status the decision leads to from `current`, or `None` when it does not apply
    /// (approving what is approved, suspending what never acted, rejecting what acts).
    pub fn apply(self, current: OrganisationStatus) -> Option<OrganisationStatus> {
        use OrganisationStatus::*;
        match (self, current) {
            (Decision::Approve, Pending | Suspended | Rejected) => Some(Approved),
            (Decision::Reject, Pending) => Some(Rejected),
            (Decision::Suspend, Approved) => Some(Suspended),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn id(kind: OrganisationKind, raw: &str) -> Result<Option<String>, Problem> {
        parse_identifier(kind, raw)
    }

    #[test]
    fn each_kind_reads_its_identifier() {
        use OrganisationKind::*;
        assert_eq!(id(CustomsBroker, " a1b "), Ok(Some("A1B".into())));
        assert_eq!(id(CustomsBroker, "AB"), Err(Problem::InvalidFilerCode));
        assert_eq!(id(CustomsBroker, "AB-CD"), Err(Problem::InvalidFilerCode));
        assert_eq!(id(CustomsBroker, "A_B"), Err(Problem::InvalidFilerCode));
        assert_eq!(id(CustomsBroker, ""), Err(Problem::Required));
        assert_eq!(id(Airline, "am"), Ok(Some("AM".into())));
        assert_eq!(id(Airline, "Y4"), Ok(Some("Y4".into())));
        assert_eq!(id(Airline, "4O"), Ok(Some("4O".into())));
        assert_eq!(id(Airline, "44"), Err(Problem::InvalidAirlineCode));
        assert_eq!(id(Airline, "AMX"), Err(Problem::InvalidAirlineCode));
        assert_eq!(id(Carrier, "abcd"), Ok(Some("ABCD".into())));
        assert_eq!(id(BusLine, "GLB"), Ok(Some("GLB".into())));
        assert_eq!(
            id(BusLine, "USDOT 1234567"),
            Ok(Some("USDOT 1234567".into()))
        );
        assert_eq!(id(Carrier, "dot-77"), Ok(Some("USDOT 77".into())));
        assert_eq!(id(Carrier, "١٢٣"), Ok(Some("USDOT 123".into())));
        assert_eq!(id(Carrier, "ABCDE"), Err(Problem::InvalidCarrierCode));
        assert_eq!(id(Carrier, "123456789"), Err(Problem::InvalidCarrierCode));
        assert_eq!(id(Carrier, "AB12"), Err(Problem::InvalidCarrierCode));
        assert_eq!(id(AidOrganisation, ""), Ok(None));
        assert_eq!(
            id(PartnerAgency, " INM-2024/7 "),
            Ok(Some("INM-2024/7".into()))
        );
        assert_eq!(
            id(GovernmentAgency, &"x".repeat(65)),
            Err(Problem::TooLong { max: 64 })
        );
        assert_eq!(
            id(GovernmentAgency, "a\u{7}b"),
            Err(Problem::InvalidCharacters)
        );
    }

    #[test]
    fn a_registration_reports_every_field() {
        let bad = parse(&OrganisationInput {
            legal_name: " ".into(),
            kind: "pirate".into(),
            country: "XX".into(),
            identifier: "whatever".into(),
        })
        .unwrap_err();
        let fields: Vec<_> = bad.0.iter().map(|e| (e.field, e.problem.clone())).collect();
        assert_eq!(
            fields,
            vec![
                ("legal_name", Problem::Required),
                ("kind", Problem::UnknownChoice),
                ("country", Problem::UnknownCountry),
            ]
        );
        let ok = parse(&OrganisationInput {
            legal_name: "Agencia Aduanal Ejemplo".into(),
            kind: "customs_broker".into(),
            country: "mx".into(),
            identifier: "x9z".into(),
        })
        .unwrap();
        assert_eq!(ok.country, "MX");
        assert_eq!(ok.identifier.as_deref(), Some("X9Z"));
        assert_eq!(ok.kind, OrganisationKind::CustomsBroker);
    }

    #[test]
    fn decisions_move_only_from_where_they_apply() {
        use OrganisationStatus::*;
        assert_eq!(Decision::Approve.apply(Pending), Some(Approved));
        assert_eq!(Decision::Approve.apply(Suspended), Some(Approved));
        assert_eq!(Decision::Approve.apply(Approved), None);
        assert_eq!(Decision::Reject.apply(Pending), Some(Rejected));
        assert_eq!(Decision::Reject.apply(Approved), None);
        assert_eq!(Decision::Suspend.apply(Approved), Some(Suspended));
        assert_eq!(Decision::Suspend.apply(Pending), None);
    }

    fn any_kind() -> impl Strategy<Value = OrganisationKind> {
        proptest::sample::select(OrganisationKind::ALL.to_vec())
    }

    proptest! {
        /// Whatever is typed, a stored identifier reads back as itself (it is canonical) and
        /// a kind with a format stores only that format.
        #[test]
        fn stored_identifiers_are_canonical(kind in any_kind(), raw in "\\PC{0,12}") {
            if let Ok(Some(stored)) = parse_identifier(kind, &raw) {
                prop_assert_eq!(parse_identifier(kind, &stored), Ok(Some(stored.clone())));
                match kind {
                    OrganisationKind::CustomsBroker => prop_assert_eq!(stored.len(), 3),
                    OrganisationKind::Airline => {
                        prop_assert_eq!(stored.len(), 2);
                        prop_assert!(!stored.chars().all(|c| c.is_ascii_digit()));
                    }
                    OrganisationKind::Carrier | OrganisationKind::BusLine => prop_assert!(
                        stored.starts_with("USDOT ") || (2..=4).contains(&stored.len())
                    ),
                    _ => prop_assert!(stored.chars().count() <= FREE_IDENTIFIER_MAX),
                }
            }
        }

        /// Any filer code of three letters or digits is accepted, whatever its case.
        #[test]
        fn any_filer_code_is_accepted(code in "[a-zA-Z0-9]{3}") {
            prop_assert_eq!(
                parse_identifier(OrganisationKind::CustomsBroker, &code),
                Ok(Some(code.to_uppercase()))
            );
        }

        #[test]
        fn kinds_round_trip_through_text(kind in any_kind()) {
            prop_assert_eq!(OrganisationKind::parse(kind.as_str()), Some(kind));
        }
    }
}
