//! Trusted Traveler Programs (SENTRI, NEXUS, Global Entry, FAST): the membership records an
//! agency imports (programme, PASSID, date of birth, status, expiry — nothing more), what the
//! traveler is told about theirs (days left, the renewal window, what to do next), the
//! enrollment interview's slot grid from a center's hours and capacity, and what an interview's
//! outcome makes of the membership.

use chrono::{Datelike, Months, NaiveDate, Weekday};

use crate::identifiers::Identifier;
use crate::locations::WeeklyHours;
use crate::text_enum;
use crate::travelers::parse_date_of_birth;
use crate::validation::{ascii_digits, Collector, Invalid, Problem};

/// A Trusted Traveler Program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Programme {
    Sentri,
    Nexus,
    GlobalEntry,
    Fast,
}
text_enum!(Programme {
    Sentri = "sentri",
    Nexus = "nexus",
    GlobalEntry = "global_entry",
    Fast = "fast",
});

/// Where a membership stands, as the agency imports it (and as an interview's outcome sets it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MembershipStatus {
    /// The application is being reviewed (background checks).
    PendingReview,
    /// Reviewed and conditionally approved: the person must come to an interview.
    ConditionallyApproved,
    Active,
    Expired,
    Revoked,
    /// The interview ended in a denial.
    Denied,
}
text_enum!(MembershipStatus {
    PendingReview = "pending_review",
    ConditionallyApproved = "conditionally_approved",
    Active = "active",
    Expired = "expired",
    Revoked = "revoked",
    Denied = "denied",
});

/// Where an interview stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InterviewStatus {
    Booked,
    Cancelled,
    Approved,
    Denied,
    NoShow,
}
text_enum!(InterviewStatus {
    Booked = "booked",
    Cancelled = "cancelled",
    Approved = "approved",
    Denied = "denied",
    NoShow = "no_show",
});

/// What an enrollment officer records at the end of an interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    Approved,
    Denied,
    NoShow,
}
text_enum!(Outcome {
    Approved = "approved",
    Denied = "denied",
    NoShow = "no_show",
});

/// How long a membership lasts from its approval (all four programmes: five years).
pub const MEMBERSHIP_YEARS: u32 = 5;

impl Outcome {
    /// The interview's status after this outcome.
    pub fn interview_status(self) -> InterviewStatus {
        match self {
            Outcome::Approved => InterviewStatus::Approved,
            Outcome::Denied => InterviewStatus::Denied,
            Outcome::NoShow => InterviewStatus::NoShow,
        }
    }

    /// The membership after this outcome on interview day `day`: approved is active for
    /// `MEMBERSHIP_YEARS` from that day; denied is denied (its expiry kept); a no-show stays
    /// conditionally approved, to book again.
    pub fn membership_after(
        self,
        day: NaiveDate,
        expires: Option<NaiveDate>,
    ) -> (MembershipStatus, Option<NaiveDate>) {
        match self {
            Outcome::Approved => (
                MembershipStatus::Active,
                day.checked_add_months(Months::new(12 * MEMBERSHIP_YEARS)),
            ),
            Outcome::Denied => (MembershipStatus::Denied, expires),
            Outcome::NoShow => (MembershipStatus::ConditionallyApproved, expires),
        }
    }
}

impl MembershipStatus {
    /// Whether this membership may book an enrollment interview.
    pub fn may_book_interview(self) -> bool {
        self == MembershipStatus::ConditionallyApproved
    }

    /// Whether an expiry date must come with this status.
    pub fn needs_expiry(self) -> bool {
        matches!(self, MembershipStatus::Active | MembershipStatus::Expired)
    }
}

/// One membership as imported, checked. The PASSID is in its canonical 9 digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub programme: Programme,
    pub passid: String,
    pub date_of_birth: NaiveDate,
    pub status: MembershipStatus,
    pub expires_on: Option<NaiveDate>,
}

impl Record {
    /// The PASSID as the identifier it is fingerprinted as.
    pub fn passid_identifier(&self) -> Identifier {
        Identifier::Passid(self.passid.clone())
    }
}

/// A PASSID as typed: 9 digits (any script; spaces and dashes allowed), canonical as ASCII.
pub fn parse_passid(raw: &str) -> Result<String, Problem> {
    if raw.trim().is_empty() {
        return Err(Problem::Required);
    }
    match Identifier::passid(raw) {
        Ok(Identifier::Passid(n)) => Ok(n),
        _ => Err(Problem::InvalidDocumentNumber),
    }
}

pub fn parse_programme(raw: &str) -> Result<Programme, Problem> {
    let t = raw.trim().to_ascii_lowercase().replace([' ', '-'], "_");
    if t.is_empty() {
        return Err(Problem::Required);
    }
    Programme::parse(&t).ok_or(Problem::UnknownChoice)
}

pub fn parse_status(raw: &str) -> Result<MembershipStatus, Problem> {
    let t = raw.trim().to_ascii_lowercase().replace([' ', '-'], "_");
    if t.is_empty() {
        return Err(Problem::Required);
    }
    MembershipStatus::parse(&t).ok_or(Problem::UnknownChoice)
}

fn parse_dob(raw: &str, today: NaiveDate) -> Result<NaiveDate, Problem> {
    parse_date_of_birth(&ascii_digits(raw), today)
}

/// An import row: every field checked at once (each problem named by its field). An expiry is
/// required of an active or expired membership and optional otherwise; the date of birth is not
/// in the future (`today`: the latest date on Earth).
pub fn parse_record(
    programme: &str,
    passid: &str,
    date_of_birth: &str,
    status: &str,
    expires_on: &str,
    today: NaiveDate,
) -> Result<Record, Invalid> {
    let mut c = Collector::default();
    let programme = c.check("programme", parse_programme(programme));
    let passid = c.check("passid", parse_passid(passid));
    let date_of_birth = c.check("date_of_birth", parse_dob(date_of_birth, today));
    let status = c.check("status", parse_status(status));
    let expires_raw = ascii_digits(expires_on.trim());
    let expires_on = c.check(
        "expires_on",
        if expires_raw.is_empty() {
            match status {
                Some(s) if s.needs_expiry() => Err(Problem::Required),
                _ => Ok(None),
            }
        } else {
            NaiveDate::parse_from_str(&expires_raw, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| Problem::InvalidDate)
        },
    );
    c.finish()?;
    match (programme, passid, date_of_birth, status, expires_on) {
        (Some(programme), Some(passid), Some(date_of_birth), Some(status), Some(expires_on)) => {
            Ok(Record {
                programme,
                passid,
                date_of_birth,
                status,
                expires_on,
            })
        }
        _ => Err(Invalid::one("passid", Problem::Required)),
    }
}

/// What a traveler linking a membership typed: programme, PASSID and date of birth.
pub fn parse_link(
    programme: &str,
    passid: &str,
    date_of_birth: &str,
    today: NaiveDate,
) -> Result<(Programme, String, NaiveDate), Invalid> {
    let mut c = Collector::default();
    let programme = c.check("programme", parse_programme(programme));
    let passid = c.check("passid", parse_passid(passid));
    let date_of_birth = c.check("date_of_birth", parse_dob(date_of_birth, today));
    c.finish()?;
    match (programme, passid, date_of_birth) {
        (Some(p), Some(n), Some(d)) => Ok((p, n, d)),
        _ => Err(Invalid::one("passid", Problem::Required)),
    }
}

/// Where a membership is in its life, as the traveler is told on `today` (in their zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Renewal {
    /// Days until the expiry date (negative once past).
    pub days_left: i64,
    /// The first day renewal may be asked for.
    pub window_opens: NaiveDate,
    /// Whether the window is open today (opened and not expired).
    pub in_window: bool,
    pub expired: bool,
}

/// The renewal window opens `window_days` before `expires` (CBP: up to a year before).
pub fn renewal(expires: NaiveDate, today: NaiveDate, window_days: u32) -> Renewal {
    let window_opens = expires - chrono::Duration::days(i64::from(window_days));
    let days_left = (expires - today).num_days();
    let expired = today >= expires;
    Renewal {
        days_left,
        window_opens,
        in_window: today >= window_opens && !expired,
        expired,
    }
}

/// What the traveler should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NextStep {
    /// Pending review: nothing to do but wait.
    Wait,
    /// Conditionally approved: book (or come to) the enrollment interview.
    BookInterview,
    /// Active, renewal window not open yet: nothing to do.
    Nothing,
    /// Active in the renewal window: renew on CBP's Trusted Traveler Programs website.
    Renew,
    /// Expired or denied: apply again.
    ApplyAgain,
    /// Revoked: CBP's Trusted Traveler ombudsman (redress).
    ContactCbp,
}
text_enum!(NextStep {
    Wait = "wait",
    BookInterview = "book-interview",
    Nothing = "nothing",
    Renew = "renew",
    ApplyAgain = "apply-again",
    ContactCbp = "contact-cbp",
});

/// What to do next for a membership with this status (and its renewal, for an active one). An
/// active membership whose expiry has passed is treated as expired.
pub fn next_step(status: MembershipStatus, renewal: Option<Renewal>) -> NextStep {
    match status {
        MembershipStatus::PendingReview => NextStep::Wait,
        MembershipStatus::ConditionallyApproved => NextStep::BookInterview,
        MembershipStatus::Active => match renewal {
            Some(r) if r.expired => NextStep::ApplyAgain,
            Some(r) if r.in_window => NextStep::Renew,
            _ => NextStep::Nothing,
        },
        MembershipStatus::Expired | MembershipStatus::Denied => NextStep::ApplyAgain,
        MembershipStatus::Revoked => NextStep::ContactCbp,
    }
}

/// The status a traveler sees: an active membership past its expiry reads as expired even
/// before the agency's next import says so.
pub fn shown_status(status: MembershipStatus, renewal: Option<Renewal>) -> MembershipStatus {
    match (status, renewal) {
        (MembershipStatus::Active, Some(r)) if r.expired => MembershipStatus::Expired,
        _ => status,
    }
}

/// How long an interview slot is.
pub const SLOT_MINUTES: u16 = 30;

/// One interview slot of a day: when it starts (minutes after local midnight) and how many
/// interviews it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub start: u16,
    pub capacity: u32,
}

impl Slot {
    /// "08:30".
    pub fn start_time(&self) -> String {
        format!("{:02}:{:02}", self.start / 60, self.start % 60)
    }
}

/// The slots of one day at a center: every `SLOT_MINUTES` from opening that ends by closing,
/// each holding `capacity_per_hour` × `SLOT_MINUTES` / 60 interviews (at least one when the
/// center interviews at all). A closed day, or no stated capacity, has none.
pub fn slot_grid(hours: &WeeklyHours, weekday: Weekday, capacity_per_hour: u32) -> Vec<Slot> {
    let Some((open, close)) = hours.day(weekday.num_days_from_monday() as usize) else {
        return Vec::new();
    };
    if capacity_per_hour == 0 {
        return Vec::new();
    }
    let capacity = (capacity_per_hour * u32::from(SLOT_MINUTES) / 60).max(1);
    let mut out = Vec::new();
    let mut start = open;
    while start + SLOT_MINUTES <= close {
        out.push(Slot { start, capacity });
        start += SLOT_MINUTES;
    }
    out
}

/// "08:30" → minutes after midnight, for a slot time sent back by a form.
pub fn parse_start_time(raw: &str) -> Option<u16> {
    let (h, m) = raw.trim().split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Whether `day` is a day of `hours`'s grid at `start` (a booking names a slot that exists).
pub fn is_slot(hours: &WeeklyHours, capacity_per_hour: u32, day: NaiveDate, start: u16) -> bool {
    slot_grid(hours, day.weekday(), capacity_per_hour)
        .iter()
        .any(|s| s.start == start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_row_with_every_field_right_is_a_record_in_canonical_form() {
        let r = parse_record(
            "SENTRI",
            "123 456-789",
            "1990-05-21",
            "active",
            "2030-01-31",
            day("2026-12-01"),
        )
        .unwrap();
        assert_eq!(r.programme, Programme::Sentri);
        assert_eq!(r.passid, "123456789");
        assert_eq!(r.status, MembershipStatus::Active);
        assert_eq!(r.expires_on, Some(day("2030-01-31")));
    }

    #[test]
    fn bad_rows_name_each_wrong_field() {
        let e = parse_record(
            "tsa",
            "12345678",
            "2099-01-01",
            "gold",
            "",
            day("2026-12-01"),
        )
        .unwrap_err();
        let fields: Vec<_> = e.0.iter().map(|f| (f.field, f.problem.code())).collect();
        assert!(fields.contains(&("programme", "unknown-choice")));
        assert!(fields.contains(&("passid", Problem::InvalidDocumentNumber.code())));
        assert!(fields.contains(&("date_of_birth", "date-in-future")));
        assert!(fields.contains(&("status", "unknown-choice")));
        let e = parse_record(
            "nexus",
            "123456789",
            "1990-01-01",
            "active",
            "",
            day("2026-12-01"),
        )
        .unwrap_err();
        assert_eq!(e.0[0].field, "expires_on");
        assert!(parse_record(
            "global entry",
            "123456789",
            "1990-01-01",
            "pending review",
            "",
            day("2026-12-01")
        )
        .is_ok());
    }

    #[test]
    fn the_renewal_window_opens_the_configured_days_before_expiry() {
        let exp = day("2027-01-30");
        let before = renewal(exp, day("2026-12-01"), 30);
        assert!(!before.in_window);
        assert_eq!(before.days_left, 60);
        let inside = renewal(exp, day("2026-12-31"), 60);
        assert!(inside.in_window);
        assert_eq!(inside.window_opens, day("2026-12-01"));
        assert_eq!(
            next_step(MembershipStatus::Active, Some(inside)),
            NextStep::Renew
        );
        let after = renewal(exp, exp, 60);
        assert!(after.expired && !after.in_window);
        assert_eq!(
            shown_status(MembershipStatus::Active, Some(after)),
            MembershipStatus::Expired
        );
    }

    #[test]
    fn each_status_has_its_next_step() {
        use MembershipStatus::*;
        assert_eq!(next_step(PendingReview, None), NextStep::Wait);
        assert_eq!(
            next_step(ConditionallyApproved, None),
            NextStep::BookInterview
        );
        assert_eq!(next_step(Revoked, None), NextStep::ContactCbp);
        assert_eq!(next_step(Denied, None), NextStep::ApplyAgain);
        assert_eq!(next_step(Expired, None), NextStep::ApplyAgain);
    }

    #[test]
    fn outcomes_set_the_membership() {
        let d = day("2026-12-01");
        assert_eq!(
            Outcome::Approved.membership_after(d, None),
            (MembershipStatus::Active, Some(day("2031-12-01")))
        );
        assert_eq!(
            Outcome::NoShow.membership_after(d, None).0,
            MembershipStatus::ConditionallyApproved
        );
        assert_eq!(
            Outcome::Denied.membership_after(d, None).0,
            MembershipStatus::Denied
        );
    }

    #[test]
    fn otay_mesa_weekdays_have_sixteen_slots_of_three() {
        let h = WeeklyHours::parse("Mon-Fri 08:00-16:00").unwrap();
        let g = slot_grid(&h, Weekday::Tue, 6);
        assert_eq!(g.len(), 16);
        assert!(g.iter().all(|s| s.capacity == 3));
        assert_eq!(g[0].start_time(), "08:00");
        assert_eq!(g[15].start_time(), "15:30");
        assert!(slot_grid(&h, Weekday::Sat, 6).is_empty());
        assert!(slot_grid(&h, Weekday::Mon, 0).is_empty());
    }

    proptest! {
        #[test]
        fn the_grid_stays_within_hours_and_capacity(
            open in 0u16..1400, len in 1u16..600, cap in 0u32..10_000, wd in 0usize..7
        ) {
            let close = (open + len).min(1440);
            let mut days = [None; 7];
            days[wd] = Some((open, close));
            let h = WeeklyHours(days);
            let weekday = Weekday::try_from(wd as u8).unwrap();
            let g = slot_grid(&h, weekday, cap);
            for s in &g {
                prop_assert!(s.start >= open && s.start + SLOT_MINUTES <= close);
                prop_assert!(s.capacity >= 1);
                // Two slots make an hour: never more than the hour's capacity (but one).
                prop_assert!(s.capacity * 2 <= cap.max(1) + 1);
                prop_assert!(is_slot(&h, cap, NaiveDate::from_isoywd_opt(2026, 10, weekday).unwrap(), s.start));
                prop_assert_eq!(parse_start_time(&s.start_time()), Some(s.start));
            }
            prop_assert_eq!(g.len(), if cap == 0 { 0 } else { ((close - open) / SLOT_MINUTES) as usize });
        }

        #[test]
        fn parsing_rows_never_panics(a in "\\PC{0,20}", b in "\\PC{0,20}", c in "\\PC{0,20}", d in "\\PC{0,20}", e in "\\PC{0,20}") {
            let _ = parse_record(&a, &b, &c, &d, &e, NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        }

        #[test]
        fn any_nine_digits_are_a_passid_and_other_lengths_are_not(n in 0u64..10_000_000_000) {
            let s = n.to_string();
            prop_assert_eq!(parse_passid(&s).is_ok(), s.len() == 9);
        }

        #[test]
        fn the_window_is_open_exactly_between_its_opening_and_expiry(offset in -800i64..800, window in 0u32..400) {
            let exp = NaiveDate::from_ymd_opt(2028, 3, 1).unwrap();
            let today = exp + chrono::Duration::days(offset);
            let r = renewal(exp, today, window);
            prop_assert_eq!(r.days_left, -offset);
            prop_assert_eq!(r.in_window, offset < 0 && -offset <= i64::from(window));
        }
    }
}
