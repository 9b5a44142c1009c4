//! The states stored rows go through, each with one text form (how it is stored, sent and
//! named in messages). SQL never spells a state: it binds `as_str()`. Every enum here has
//! `ALL`, `TEXTS` (in the order of `ALL`), `as_str` and `parse`.

/// Declares `ALL`, `TEXTS`, `as_str` and `parse` for a field-less enum from its text forms.
#[macro_export]
macro_rules! text_enum {
    ($t:ty { $($v:ident = $s:literal),+ $(,)? }) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$(<$t>::$v),+];
            /// The text forms, in the order of `ALL` (how they are stored and sent).
            pub const TEXTS: &'static [&'static str] = &[$($s),+];
            pub fn as_str(self) -> &'static str {
                match self { $(<$t>::$v => $s),+ }
            }
            pub fn parse(s: &str) -> Option<$t> {
                match s { $($s => Some(<$t>::$v),)+ _ => None }
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// A group's request for an appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestStatus {
    /// Waiting for a draw.
    Open,
    /// An appointment was offered.
    Selected,
    /// Done with: lapsed, cancelled, no-show, or replaced.
    Closed,
}
text_enum!(RequestStatus { Open = "open", Selected = "selected", Closed = "closed" });

/// An appointment offered by a draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppointmentStatus {
    Offered,
    Confirmed,
    Declined,
    Lapsed,
    Cancelled,
    Voided,
}
text_enum!(AppointmentStatus {
    Offered = "offered",
    Confirmed = "confirmed",
    Declined = "declined",
    Lapsed = "lapsed",
    Cancelled = "cancelled",
    Voided = "voided",
});

impl AppointmentStatus {
    /// Offered or confirmed: the appointment holds a place.
    pub const LIVE: [AppointmentStatus; 2] =
        [AppointmentStatus::Offered, AppointmentStatus::Confirmed];

    pub fn is_live(self) -> bool {
        Self::LIVE.contains(&self)
    }
}

/// A day's draw: its commitment published, then run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DrawStatus {
    Committed,
    Done,
}
text_enum!(DrawStatus { Committed = "committed", Done = "done" });

/// What a traveler is told about their request when something happened to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestNotice {
    /// A capacity cut moved the appointment to another slot.
    Moved,
    /// A capacity cut took the place; the request is first in the next draw.
    CapacityCut,
    /// The group did not come; it may ask again after a wait.
    NoShow,
    /// The group declined its offer; the request waits for the next draw, keeping its time.
    Declined,
    /// The group cancelled its confirmed appointment; the request closed.
    Cancelled,
    /// The group changed after selection, which voided the appointment; the request waits
    /// for the next draw, keeping its time.
    Voided,
}
text_enum!(RequestNotice {
    Moved = "moved",
    CapacityCut = "capacity-cut",
    NoShow = "no-show",
    Declined = "declined",
    Cancelled = "cancelled",
    Voided = "voided",
});

/// What a single-use token sent by e-mail is for (`account_tokens.purpose`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenPurpose {
    /// Proves a new account reads its address (24 h).
    VerifyEmail,
    /// Lets a person who forgot the password choose a new one (1 h).
    ResetPassword,
    /// Confirms a new address, sent to that address (24 h).
    ChangeEmail,
}
text_enum!(TokenPurpose {
    VerifyEmail = "verify-email",
    ResetPassword = "reset-password",
    ChangeEmail = "change-email",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_form_round_trips_and_is_unique() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            texts: &[&str],
            as_str: fn(T) -> &'static str,
            parse: fn(&str) -> Option<T>,
        ) {
            assert_eq!(all.len(), texts.len());
            for (v, t) in all.iter().zip(texts) {
                assert_eq!(as_str(*v), *t);
                assert_eq!(parse(t), Some(*v));
            }
            let mut sorted = texts.to_vec();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), texts.len());
            assert_eq!(parse("no-such-state"), None);
        }
        check(
            RequestStatus::ALL,
            RequestStatus::TEXTS,
            RequestStatus::as_str,
            RequestStatus::parse,
        );
        check(
            AppointmentStatus::ALL,
            AppointmentStatus::TEXTS,
            AppointmentStatus::as_str,
            AppointmentStatus::parse,
        );
        check(
            DrawStatus::ALL,
            DrawStatus::TEXTS,
            DrawStatus::as_str,
            DrawStatus::parse,
        );
        check(
            RequestNotice::ALL,
            RequestNotice::TEXTS,
            RequestNotice::as_str,
            RequestNotice::parse,
        );
    }

    #[test]
    fn the_migrations_allow_exactly_these_states() {
        // The CHECK constraints in both migration trees list the same states as the enums.
        for tree in ["sqlite", "postgres"] {
            let sql = std::fs::read_to_string(format!(
                "{}/../garita/migrations/{tree}/0002_appointments.sql",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap();
            for texts in [
                RequestStatus::TEXTS,
                AppointmentStatus::TEXTS,
                DrawStatus::TEXTS,
            ] {
                let listed = texts
                    .iter()
                    .map(|t| format!("'{t}'"))
                    .collect::<Vec<_>>()
                    .join(", ");
                assert!(
                    sql.contains(&format!("status IN ({listed})")),
                    "{tree}: {listed}"
                );
            }
        }
    }

    #[test]
    fn the_token_purposes_are_the_ones_the_migration_allows() {
        for tree in ["sqlite", "postgres"] {
            let sql = std::fs::read_to_string(format!(
                "{}/../garita/migrations/{tree}/0010_account_recovery.sql",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap();
            let listed = TokenPurpose::TEXTS
                .iter()
                .map(|t| format!("'{t}'"))
                .collect::<Vec<_>>()
                .join(", ");
            assert!(sql.contains(&format!("purpose IN ({listed})")), "{tree}");
        }
    }
}

/// Where an organisation stands with the platform: it acts only once approved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrganisationStatus {
    /// Registered, waiting for an administrator.
    Pending,
    Approved,
    /// Approved once, stopped by an administrator: its people and keys cannot act.
    Suspended,
    Rejected,
}
text_enum!(OrganisationStatus {
    Pending = "pending",
    Approved = "approved",
    Suspended = "suspended",
    Rejected = "rejected"
});
