//! Who may do what. An account is a traveler's or staff's (`AccountKind`); what staff may do is
//! a set of grants, each a `Role` on a `Scope`: an officer at a place, an adjudicator of a
//! programme, a manager of an organisation, an administrator of the platform. Each role takes
//! exactly one kind of scope (`Role::scope_kind`), so a grant that names the wrong kind of scope
//! cannot be made.

use serde::{Deserialize, Serialize};

use crate::text_enum;
use crate::validation::Problem;

/// Whose account: a traveler's (the holder of a group) or staff's (anyone acting through grants).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountKind {
    Traveler,
    Staff,
}
text_enum!(AccountKind {
    Traveler = "traveler",
    Staff = "staff"
});

/// What a grant allows. Every role but the traveler's is held through a grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A CBP officer at a place (the port console, check-in, I-94 admission, bus arrivals).
    Officer,
    /// A CBP agriculture specialist at a place (inspections).
    AgricultureSpecialist,
    /// An adjudicator of a programme (e.g. parole travel authorizations).
    Adjudicator,
    /// An officer at a Trusted Traveler enrollment center (interviews).
    EnrollmentOfficer,
    /// Manages an organisation: its members, their roles, its API keys.
    OrganisationManager,
    /// Acts for an organisation (what depends on the organisation's type).
    OrganisationMember,
    /// Administers the platform: places, organisations' approval, staff grants, the audit trail.
    Admin,
}
text_enum!(Role {
    Officer = "officer",
    AgricultureSpecialist = "agriculture_specialist",
    Adjudicator = "adjudicator",
    EnrollmentOfficer = "enrollment_officer",
    OrganisationManager = "organisation_manager",
    OrganisationMember = "organisation_member",
    Admin = "admin"
});

/// The kind of thing a grant is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScopeKind {
    Platform,
    Location,
    Programme,
    Organisation,
}
text_enum!(ScopeKind {
    Platform = "platform",
    Location = "location",
    Programme = "programme",
    Organisation = "organisation"
});

/// The programmes a grant can be scoped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Programme {
    /// Appointments at ports of entry (the draw, its policy).
    Appointments,
    /// Parole beneficiaries' advance travel authorizations.
    ParoleTravel,
    /// Provisional I-94s before arriving by land.
    ProvisionalI94,
    /// Trusted Traveler programmes (Global Entry, SENTRI, NEXUS, FAST).
    TrustedTraveler,
}
text_enum!(Programme {
    Appointments = "appointments",
    ParoleTravel = "parole_travel",
    ProvisionalI94 = "provisional_i94",
    TrustedTraveler = "trusted_traveler"
});

/// What a grant is on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    Platform,
    /// A place by its id (a port, an airport, a cargo facility, an enrollment center).
    Location(String),
    Programme(Programme),
    /// An organisation by its id.
    Organisation(i64),
}

impl Scope {
    pub fn kind(&self) -> ScopeKind {
        match self {
            Scope::Platform => ScopeKind::Platform,
            Scope::Location(_) => ScopeKind::Location,
            Scope::Programme(_) => ScopeKind::Programme,
            Scope::Organisation(_) => ScopeKind::Organisation,
        }
    }

    /// The scope as stored: its kind and the one column that names it.
    pub fn from_parts(
        kind: &str,
        location: Option<&str>,
        programme: Option<&str>,
        organisation: Option<i64>,
    ) -> Option<Scope> {
        match (ScopeKind::parse(kind)?, location, programme, organisation) {
            (ScopeKind::Platform, None, None, None) => Some(Scope::Platform),
            (ScopeKind::Location, Some(l), None, None) => Some(Scope::Location(l.to_string())),
            (ScopeKind::Programme, None, Some(p), None) => {
                Programme::parse(p).map(Scope::Programme)
            }
            (ScopeKind::Organisation, None, None, Some(o)) => Some(Scope::Organisation(o)),
            _ => None,
        }
    }

    pub fn location(&self) -> Option<&str> {
        match self {
            Scope::Location(l) => Some(l),
            _ => None,
        }
    }

    pub fn programme(&self) -> Option<Programme> {
        match self {
            Scope::Programme(p) => Some(*p),
            _ => None,
        }
    }

    pub fn organisation(&self) -> Option<i64> {
        match self {
            Scope::Organisation(o) => Some(*o),
            _ => None,
        }
    }
}

impl Role {
    /// The one kind of scope this role is granted on.
    pub fn scope_kind(self) -> ScopeKind {
        match self {
            Role::Officer | Role::AgricultureSpecialist | Role::EnrollmentOfficer => {
                ScopeKind::Location
            }
            Role::Adjudicator => ScopeKind::Programme,
            Role::OrganisationManager | Role::OrganisationMember => ScopeKind::Organisation,
            Role::Admin => ScopeKind::Platform,
        }
    }

    /// Roles an organisation's manager may give within the organisation.
    pub fn within_organisation(self) -> bool {
        matches!(self, Role::OrganisationManager | Role::OrganisationMember)
    }
}

/// A role on a scope.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Grant {
    pub role: Role,
    pub scope: Scope,
}

impl Grant {
    /// A grant, if the scope is of the kind the role takes (`grant-scope-mismatch` otherwise).
    pub fn new(role: Role, scope: Scope) -> Result<Grant, Problem> {
        if role.scope_kind() != scope.kind() {
            return Err(Problem::GrantScopeMismatch);
        }
        Ok(Grant { role, scope })
    }
}

/// The text form of a role's name as shown to people: `role-<id>` in the catalogs.
pub fn role_message_key(role: Role) -> String {
    format!("role-{}", role.as_str().replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn any_role() -> impl Strategy<Value = Role> {
        proptest::sample::select(Role::ALL.to_vec())
    }

    fn any_scope() -> impl Strategy<Value = Scope> {
        prop_oneof![
            Just(Scope::Platform),
            "[a-z-]{1,12}".prop_map(Scope::Location),
            proptest::sample::select(Programme::ALL.to_vec()).prop_map(Scope::Programme),
            (1i64..1000).prop_map(Scope::Organisation),
        ]
    }

    #[test]
    fn each_role_takes_its_scope() {
        assert!(Grant::new(Role::Officer, Scope::Location("san-ysidro".into())).is_ok());
        assert!(Grant::new(Role::Admin, Scope::Platform).is_ok());
        assert!(Grant::new(Role::Adjudicator, Scope::Programme(Programme::ParoleTravel)).is_ok());
        assert!(Grant::new(Role::OrganisationMember, Scope::Organisation(3)).is_ok());
        let wrong = Grant::new(Role::Officer, Scope::Platform).unwrap_err();
        assert_eq!(wrong, Problem::GrantScopeMismatch);
        assert!(Grant::new(Role::Admin, Scope::Organisation(1)).is_err());
        assert!(Grant::new(Role::OrganisationManager, Scope::Location("x".into())).is_err());
    }

    #[test]
    fn stored_scopes_need_exactly_their_column() {
        assert_eq!(
            Scope::from_parts("location", Some("nogales"), None, None),
            Some(Scope::Location("nogales".into()))
        );
        assert_eq!(Scope::from_parts("location", None, None, None), None);
        assert_eq!(Scope::from_parts("platform", Some("x"), None, None), None);
        assert_eq!(
            Scope::from_parts("programme", None, Some("nope"), None),
            None
        );
        assert_eq!(
            Scope::from_parts("organisation", None, None, Some(4)),
            Some(Scope::Organisation(4))
        );
        assert_eq!(Scope::from_parts("galaxy", None, None, None), None);
    }

    proptest! {
        #[test]
        fn a_grant_exists_only_when_kinds_agree(role in any_role(), scope in any_scope()) {
            let agrees = role.scope_kind() == scope.kind();
            prop_assert_eq!(Grant::new(role, scope.clone()).is_ok(), agrees);
        }

        #[test]
        fn scopes_round_trip_through_their_stored_parts(scope in any_scope()) {
            let programme = scope.programme().map(|p| p.as_str());
            let back = Scope::from_parts(scope.kind().as_str(), scope.location(), programme, scope.organisation());
            prop_assert_eq!(back, Some(scope));
        }

        #[test]
        fn roles_round_trip_through_text(role in any_role()) {
            prop_assert_eq!(Role::parse(role.as_str()), Some(role));
        }
    }
}
