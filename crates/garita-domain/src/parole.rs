//! Parole processes and their advance travel authorization (ATA): what a programme is (read
//! from TOML, `programmes/*.toml`), what a supporter case row from USCIS must hold, the steps a
//! beneficiary goes through, the adjudicator's decisions, how long an ATA lasts, and the monthly
//! selection — which runs on the daily draw's engine (`crate::draw`), so it is committed,
//! published and verified exactly as the draw is.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use serde::Deserialize;

use crate::accounts::Email;
use crate::draw::{self, DrawError, DrawInput, DrawRequest, PublishedDraw, Rule, SlotOffer};
use crate::text_enum;
use crate::travelers::{is_country, parse_name};
use crate::validation::Problem;

/// The longest parole period a programme may set (the processes granted "up to 2 years").
pub const MAX_PAROLE_MONTHS: u32 = 24;
/// The ATA's validity when a programme does not say (documented for Uniting for Ukraine).
pub const DEFAULT_ATA_VALIDITY_DAYS: u32 = 90;
/// Rows one import may carry when a programme does not say: what a leaked key could add.
pub const DEFAULT_IMPORT_CAP: u32 = 100_000;
/// The age under which a child may travel with a beneficiary.
pub const CHILD_AGE_LIMIT: i32 = 21;

/// Who a row's beneficiary is to the case's principal beneficiary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relationship {
    Principal,
    Spouse,
    CommonLawPartner,
    ChildUnder21,
}
text_enum!(Relationship {
    Principal = "principal",
    Spouse = "spouse",
    CommonLawPartner = "common_law_partner",
    ChildUnder21 = "child_under_21",
});

/// A programme, as its TOML file says it.
#[derive(Debug, Clone, PartialEq)]
pub struct Programme {
    pub id: String,
    pub name: String,
    /// ISO 3166-1 alpha-2 codes of the nationalities a principal beneficiary may hold.
    pub nationalities: Vec<String>,
    /// Who may travel with a principal beneficiary (and need not hold an eligible nationality).
    pub companions: Vec<Relationship>,
    /// Invitations per calendar month.
    pub monthly_cap: u32,
    /// How the month's invitations are shared out (the draw's rule).
    pub allocation: Rule,
    pub ata_validity_days: u32,
    pub parole_months: u32,
    pub opens: NaiveDate,
    /// The first day the programme accepts nothing new; `None`: open.
    pub closes: Option<NaiveDate>,
    /// Attestation ids the beneficiary confirms (each one's text is a catalog message).
    pub attestations: Vec<String>,
    /// Rows one import may carry.
    pub import_cap: u32,
    /// When the month's selection runs on the 1st (UTC).
    pub selection_at: NaiveTime,
    /// Whether `serve` runs the selection on the 1st by itself (the demo's is run by hand,
    /// `garita ata select`, after the sample batch is imported).
    pub automatic_selection: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgrammeFile {
    id: String,
    name: String,
    nationalities: Vec<String>,
    #[serde(default)]
    companions: Vec<String>,
    monthly_cap: u32,
    allocation: toml::Table,
    #[serde(default)]
    ata_validity_days: Option<u32>,
    parole_months: u32,
    opens: String,
    #[serde(default)]
    closes: Option<String>,
    #[serde(default)]
    attestations: Vec<String>,
    #[serde(default)]
    import_cap: Option<u32>,
    #[serde(default)]
    selection_at: Option<String>,
    #[serde(default)]
    automatic_selection: Option<bool>,
}

/// A programme file that does not hold together, naming the field.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("programme field {field}: {reason}")]
pub struct ProgrammeError {
    pub field: String,
    pub reason: String,
}

fn bad(field: &str, reason: impl Into<String>) -> ProgrammeError {
    ProgrammeError {
        field: field.to_string(),
        reason: reason.into(),
    }
}

fn slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

impl Programme {
    pub fn parse(text: &str) -> Result<Programme, ProgrammeError> {
        let f: ProgrammeFile = toml::from_str(text).map_err(|e| bad("(file)", e.to_string()))?;
        if !slug(&f.id) {
            return Err(bad("id", "lower-case letters, digits, - or _ (1 to 40)"));
        }
        if f.name.trim().is_empty() {
            return Err(bad("name", "required"));
        }
        if f.nationalities.is_empty() {
            return Err(bad("nationalities", "at least one"));
        }
        let mut nationalities = Vec::new();
        for n in &f.nationalities {
            let code = n.trim().to_ascii_uppercase();
            if !is_country(&code) {
                return Err(bad(
                    "nationalities",
                    format!("{n} is not an ISO country code"),
                ));
            }
            if !nationalities.contains(&code) {
                nationalities.push(code);
            }
        }
        let mut companions = Vec::new();
        for c in &f.companions {
            match Relationship::parse(c) {
                Some(Relationship::Principal) | None => {
                    return Err(bad(
                        "companions",
                        format!("{c}: one of spouse, common_law_partner, child_under_21"),
                    ))
                }
                Some(r) => companions.push(r),
            }
        }
        if f.monthly_cap == 0 {
            return Err(bad("monthly_cap", "at least 1"));
        }
        // The rule's own reader ignores unknown keys; a misspelt one here must not pass.
        if let Some(k) = f.allocation.keys().find(|k| *k != "rule" && *k != "params") {
            return Err(bad("allocation", format!("unknown field {k}")));
        }
        let allocation = Rule::deserialize(toml::Value::Table(f.allocation))
            .map_err(|e| bad("allocation", e.to_string()))?;
        allocation
            .validate()
            .map_err(|e| bad("allocation", e.to_string()))?;
        let ata_validity_days = f.ata_validity_days.unwrap_or(DEFAULT_ATA_VALIDITY_DAYS);
        if !(1..=365).contains(&ata_validity_days) {
            return Err(bad("ata_validity_days", "between 1 and 365"));
        }
        if !(1..=MAX_PAROLE_MONTHS).contains(&f.parole_months) {
            return Err(bad("parole_months", "between 1 and 24"));
        }
        let date = |field: &str, s: &str| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| bad(field, "a date YYYY-MM-DD"))
        };
        let opens = date("opens", &f.opens)?;
        let closes = f.closes.as_deref().map(|c| date("closes", c)).transpose()?;
        if closes.is_some_and(|c| c <= opens) {
            return Err(bad("closes", "after opens"));
        }
        for a in &f.attestations {
            if !slug(a) {
                return Err(bad("attestations", format!("{a}: a short id")));
            }
        }
        let import_cap = f.import_cap.unwrap_or(DEFAULT_IMPORT_CAP);
        if import_cap == 0 {
            return Err(bad("import_cap", "at least 1"));
        }
        let selection_at = match f.selection_at.as_deref() {
            None => NaiveTime::MIN,
            Some(t) => NaiveTime::parse_from_str(t, "%H:%M")
                .map_err(|_| bad("selection_at", "a time HH:MM (UTC)"))?,
        };
        Ok(Programme {
            id: f.id,
            name: f.name,
            nationalities,
            companions,
            monthly_cap: f.monthly_cap,
            allocation,
            ata_validity_days,
            parole_months: f.parole_months,
            opens,
            closes,
            attestations: f.attestations,
            import_cap,
            selection_at,
            automatic_selection: f.automatic_selection.unwrap_or(true),
        })
    }

    /// Whether the programme accepts new cases, steps and decisions on `today`.
    pub fn is_open(&self, today: NaiveDate) -> bool {
        today >= self.opens && self.closes.is_none_or(|c| today < c)
    }
}

// ---------------------------------------------------------------------------
// Case rows
// ---------------------------------------------------------------------------

/// The state of a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseStatus {
    /// USCIS has not confirmed the supporter's declaration: not in the pool.
    Pending,
    /// Confirmed: in the pool for the monthly selection.
    Confirmed,
    /// Selected and invited: the beneficiary's steps are open.
    Invited,
    /// Every step done: waiting for an adjudicator.
    Submitted,
    Granted,
    Refused,
    /// Granted, then not used before it expired.
    Expired,
}
text_enum!(CaseStatus {
    Pending = "pending",
    Confirmed = "confirmed",
    Invited = "invited",
    Submitted = "submitted",
    Granted = "granted",
    Refused = "refused",
    Expired = "expired",
});

/// Why an imported row is refused (each has a catalog message `ata-row-<id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RowRefusal {
    MissingField,
    CaseNumberInvalid,
    NameInvalid,
    DateImpossible,
    NationalityUnknown,
    NationalityNotEligible,
    EmailInvalid,
    StatusUnknown,
    RelationshipNotAllowed,
    ChildTooOld,
    /// The case number came before in this file or an earlier one, with other data.
    DuplicateDifferent,
    ProgrammeClosed,
    OverImportCap,
}
text_enum!(RowRefusal {
    MissingField = "missing-field",
    CaseNumberInvalid = "case-number-invalid",
    NameInvalid = "name-invalid",
    DateImpossible = "date-impossible",
    NationalityUnknown = "nationality-unknown",
    NationalityNotEligible = "nationality-not-eligible",
    EmailInvalid = "email-invalid",
    StatusUnknown = "status-unknown",
    RelationshipNotAllowed = "relationship-not-allowed",
    ChildTooOld = "child-too-old",
    DuplicateDifferent = "duplicate-different",
    ProgrammeClosed = "programme-closed",
    OverImportCap = "over-import-cap",
});

/// One row as the batch file has it (CSV columns or JSON fields of these names).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct CaseRow {
    #[serde(default)]
    pub case_number: String,
    #[serde(default)]
    pub family_name: String,
    #[serde(default)]
    pub given_names: String,
    #[serde(default)]
    pub date_of_birth: String,
    #[serde(default)]
    pub nationality: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub supporter_name: String,
    #[serde(default)]
    pub case_status: String,
    /// Empty: the principal beneficiary.
    #[serde(default)]
    pub relationship: String,
}

/// The columns of a CSV batch, in order.
pub const CSV_COLUMNS: [&str; 9] = [
    "case_number",
    "family_name",
    "given_names",
    "date_of_birth",
    "nationality",
    "email",
    "supporter_name",
    "case_status",
    "relationship",
];

/// A row that passed: the canonical values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub case_number: String,
    pub family_name: String,
    pub given_names: String,
    pub date_of_birth: NaiveDate,
    pub nationality: String,
    pub email: String,
    pub supporter_name: String,
    /// `Pending` or `Confirmed`: what USCIS said.
    pub status: CaseStatus,
    pub relationship: Relationship,
}

/// A USCIS receipt number: three letters and ten digits (e.g. `IOE0912345678`), spaces and
/// dashes dropped, upper case.
pub fn parse_case_number(raw: &str) -> Result<String, RowRefusal> {
    let n: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_uppercase();
    if n.is_empty() {
        return Err(RowRefusal::MissingField);
    }
    let ok = n.len() == 13
        && n[..3].bytes().all(|b| b.is_ascii_uppercase())
        && n[3..].bytes().all(|b| b.is_ascii_digit());
    if ok {
        Ok(n)
    } else {
        Err(RowRefusal::CaseNumberInvalid)
    }
}

/// Whole years from `born` to `on`.
pub fn age_on(born: NaiveDate, on: NaiveDate) -> i32 {
    let mut years = on.year() - born.year();
    if (on.month(), on.day()) < (born.month(), born.day()) {
        years -= 1;
    }
    years
}

/// Checks a row against its programme on `today`: every problem, in column order.
pub fn parse_case(
    programme: &Programme,
    row: &CaseRow,
    today: NaiveDate,
) -> Result<Case, Vec<RowRefusal>> {
    let mut problems = Vec::new();
    if !programme.is_open(today) {
        return Err(vec![RowRefusal::ProgrammeClosed]);
    }
    let case_number = parse_case_number(&row.case_number)
        .map_err(|e| problems.push(e))
        .ok();
    let name = |raw: &str, problems: &mut Vec<RowRefusal>| match parse_name(raw) {
        Ok(n) => Some(n),
        Err(Problem::Required) => {
            problems.push(RowRefusal::MissingField);
            None
        }
        Err(_) => {
            problems.push(RowRefusal::NameInvalid);
            None
        }
    };
    let family_name = name(&row.family_name, &mut problems);
    let given_names = name(&row.given_names, &mut problems);
    let date_of_birth = match row.date_of_birth.trim() {
        "" => {
            problems.push(RowRefusal::MissingField);
            None
        }
        raw => match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
            Ok(d) if d <= today && age_on(d, today) <= 120 => Some(d),
            _ => {
                problems.push(RowRefusal::DateImpossible);
                None
            }
        },
    };
    let relationship = match row.relationship.trim() {
        "" => Some(Relationship::Principal),
        r => match Relationship::parse(r) {
            Some(r) if r == Relationship::Principal || programme.companions.contains(&r) => Some(r),
            _ => {
                problems.push(RowRefusal::RelationshipNotAllowed);
                None
            }
        },
    };
    let nationality = match row.nationality.trim().to_ascii_uppercase() {
        n if n.is_empty() => {
            problems.push(RowRefusal::MissingField);
            None
        }
        n if !is_country(&n) => {
            problems.push(RowRefusal::NationalityUnknown);
            None
        }
        // Companions travel with the principal, whatever their own nationality.
        n if relationship == Some(Relationship::Principal)
            && !programme.nationalities.contains(&n) =>
        {
            problems.push(RowRefusal::NationalityNotEligible);
            None
        }
        n => Some(n),
    };
    if relationship == Some(Relationship::ChildUnder21)
        && date_of_birth.is_some_and(|d| age_on(d, today) >= CHILD_AGE_LIMIT)
    {
        problems.push(RowRefusal::ChildTooOld);
    }
    let email = match Email::parse(&row.email) {
        Ok(e) => Some(e.as_str().to_string()),
        Err(Problem::Required) => {
            problems.push(RowRefusal::MissingField);
            None
        }
        Err(_) => {
            problems.push(RowRefusal::EmailInvalid);
            None
        }
    };
    let supporter_name = name(&row.supporter_name, &mut problems);
    let status = match CaseStatus::parse(row.case_status.trim()) {
        Some(s @ (CaseStatus::Pending | CaseStatus::Confirmed)) => Some(s),
        _ => {
            problems.push(RowRefusal::StatusUnknown);
            None
        }
    };
    match (
        case_number,
        family_name,
        given_names,
        date_of_birth,
        nationality,
        email,
        supporter_name,
        status,
        relationship,
    ) {
        (Some(cn), Some(f), Some(g), Some(d), Some(n), Some(e), Some(s), Some(st), Some(r))
            if problems.is_empty() =>
        {
            Ok(Case {
                case_number: cn,
                family_name: f,
                given_names: g,
                date_of_birth: d,
                nationality: n,
                email: e,
                supporter_name: s,
                status: st,
                relationship: r,
            })
        }
        _ => Err(problems),
    }
}

impl Case {
    /// The text a re-import is compared by: the same case number with the same text is the
    /// same row (nothing changes); with other text it is refused as a duplicate. USCIS's status
    /// is left out: a pending case confirmed later is the same case, now in the pool.
    pub fn digest_text(&self) -> String {
        [
            self.case_number.as_str(),
            &self.family_name,
            &self.given_names,
            &self.date_of_birth.to_string(),
            &self.nationality,
            &self.email,
            &self.supporter_name,
            self.relationship.as_str(),
        ]
        .join("\u{1F}")
    }
}

// ---------------------------------------------------------------------------
// The beneficiary's steps
// ---------------------------------------------------------------------------

/// The beneficiary's steps, in the order the pages offer them (each may be done in any order
/// and is saved on its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Biographic,
    Passport,
    Attestations,
    Photo,
}
text_enum!(Step {
    Biographic = "biographic",
    Passport = "passport",
    Attestations = "attestations",
    Photo = "photo",
});

/// The biographic data as the beneficiary confirms it, compared with the case. A difference is
/// never refused: it is recorded for the adjudicator, by field.
pub fn biographic_mismatches(
    case: (&str, &str, NaiveDate),
    typed: (&str, &str, NaiveDate),
) -> Vec<&'static str> {
    let fold = |s: &str| crate::identifiers::fold_name(s);
    let mut out = Vec::new();
    if fold(case.0) != fold(typed.0) {
        out.push("family_name");
    }
    if fold(case.1) != fold(typed.1) {
        out.push("given_names");
    }
    if case.2 != typed.2 {
        out.push("date_of_birth");
    }
    out
}

/// A passport as the beneficiary types it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passport {
    pub number: String,
    pub country: String,
    pub expires: NaiveDate,
}

/// Why a passport is refused (field, problem).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PassportProblem {
    Field(&'static str, Problem),
    /// It expires before an ATA granted today would.
    ExpiresTooSoon,
}

/// Checks a passport: a number (5–20 letters and digits once spaces and dashes go), an issuing
/// country, and an expiry on or after the last day an ATA granted today could be used.
pub fn parse_passport(
    programme: &Programme,
    number: &str,
    country: &str,
    expires: &str,
    today: NaiveDate,
) -> Result<Passport, PassportProblem> {
    let number = crate::identifiers::normalize_number(number);
    if number.is_empty() {
        return Err(PassportProblem::Field("passport_number", Problem::Required));
    }
    if !(5..=20).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(PassportProblem::Field(
            "passport_number",
            Problem::InvalidDocumentNumber,
        ));
    }
    let country = crate::travelers::parse_country(country)
        .map_err(|p| PassportProblem::Field("passport_country", p))?;
    let expires = match expires.trim() {
        "" => {
            return Err(PassportProblem::Field(
                "passport_expires",
                Problem::Required,
            ))
        }
        e => NaiveDate::parse_from_str(e, "%Y-%m-%d")
            .map_err(|_| PassportProblem::Field("passport_expires", Problem::InvalidDate))?,
    };
    if expires < ata_valid_until(programme, today, None) {
        return Err(PassportProblem::ExpiresTooSoon);
    }
    Ok(Passport {
        number,
        country,
        expires,
    })
}

// ---------------------------------------------------------------------------
// Decisions
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Decision {
    Grant,
    Refuse,
}
text_enum!(Decision {
    Grant = "grant",
    Refuse = "refuse",
});

/// Why an ATA is refused, from a list (each has plain words in the catalogs,
/// `ata-reason-<id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RefusalReason {
    IdentityNotConfirmed,
    PassportNotValid,
    SecurityVetting,
    SupporterNotConfirmed,
    NotEligible,
}
text_enum!(RefusalReason {
    IdentityNotConfirmed = "identity-not-confirmed",
    PassportNotValid = "passport-not-valid",
    SecurityVetting = "security-vetting",
    SupporterNotConfirmed = "supporter-not-confirmed",
    NotEligible = "not-eligible",
});

/// The last day an ATA granted on `granted_on` may be used: its validity, and never past the
/// passport's expiry.
pub fn ata_valid_until(
    programme: &Programme,
    granted_on: NaiveDate,
    passport_expires: Option<NaiveDate>,
) -> NaiveDate {
    let until = granted_on + Duration::days(i64::from(programme.ata_validity_days));
    passport_expires.map_or(until, |p| until.min(p))
}

/// What a decision leads to, or `None` if the case is not waiting for one.
pub fn decide(status: CaseStatus, decision: Decision) -> Option<CaseStatus> {
    match (status, decision) {
        (CaseStatus::Submitted, Decision::Grant) => Some(CaseStatus::Granted),
        (CaseStatus::Submitted, Decision::Refuse) => Some(CaseStatus::Refused),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// The monthly selection
// ---------------------------------------------------------------------------

/// A confirmed case in the pool: its pseudonymous id and its rank by confirmation (1 = the
/// oldest).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolCase {
    pub id: String,
    pub rank: u32,
    /// Whole days since the case was confirmed (counts under the `weighted` rule).
    pub days_waited: u32,
}

/// The first day of the month `day` is in: the selection's date in its record.
pub fn month_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The draw's input for a month's selection: each case a group of one that accepts the one
/// "slot" of the month, which holds the programme's cap.
pub fn selection_input(
    programme: &Programme,
    month: NaiveDate,
    seed: String,
    pool: Vec<PoolCase>,
) -> DrawInput {
    let place = format!("programme:{}", programme.id);
    DrawInput {
        seed,
        rule: programme.allocation,
        requests: pool
            .into_iter()
            .map(|c| DrawRequest {
                id: c.id,
                size: 1,
                days_waited: c.days_waited,
                vulnerable: false,
                preferences: vec![place.clone()],
                priority: false,
                registration_rank: Some(c.rank),
            })
            .collect(),
        offers: vec![SlotOffer {
            port: place,
            date: month_of(month),
            start: NaiveTime::MIN,
            capacity: programme.monthly_cap,
        }],
    }
}

/// Runs the month's selection and assembles its public record (commitment, seed, pool,
/// results), checkable with `draw::verify` like any draw.
pub fn select(
    programme: &Programme,
    month: NaiveDate,
    seed: String,
    pool: Vec<PoolCase>,
) -> Result<PublishedDraw, DrawError> {
    let month = month_of(month);
    draw::publish(month, selection_input(programme, month, seed, pool))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draw::{share_places, verify, OldestShare};
    use proptest::prelude::*;

    const DEMO: &str = r#"
id = "demo"
name = "Demo"
nationalities = ["CU", "HT", "NI", "VE"]
companions = ["spouse", "common_law_partner", "child_under_21"]
monthly_cap = 10
ata_validity_days = 90
parole_months = 24
opens = "2023-01-06"
attestations = ["vaccinations", "truthful"]
[allocation]
rule = "oldest-share-then-random"
params = { share = 0.5 }
"#;

    fn demo() -> Programme {
        Programme::parse(DEMO).unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn row() -> CaseRow {
        CaseRow {
            case_number: "IOE-0912345678".into(),
            family_name: "Joseph".into(),
            given_names: "Marie".into(),
            date_of_birth: "1990-04-02".into(),
            nationality: "ht".into(),
            email: "Marie@Example.org".into(),
            supporter_name: "Jean Joseph".into(),
            case_status: "confirmed".into(),
            relationship: String::new(),
        }
    }

    #[test]
    fn presets_parse() {
        for f in ["chnv", "u4u", "demo"] {
            let text = std::fs::read_to_string(format!(
                "{}/../../programmes/{f}.toml",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap();
            let p = Programme::parse(&text).unwrap_or_else(|e| panic!("{f}: {e}"));
            assert_eq!(p.id, f);
        }
    }

    #[test]
    fn chnv_closes_on_25_march_2025() {
        let text = std::fs::read_to_string(format!(
            "{}/../../programmes/chnv.toml",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let p = Programme::parse(&text).unwrap();
        assert!(p.is_open(day("2025-03-24")));
        assert!(!p.is_open(day("2025-03-25")));
        assert_eq!(p.monthly_cap, 30_000);
        assert_eq!(
            p.allocation,
            Rule::OldestShareThenRandom(OldestShare { share: 0.5 })
        );
    }

    #[test]
    fn a_programme_file_names_its_wrong_field() {
        let e = Programme::parse(&DEMO.replace("[\"CU\"", "[\"XX\"")).unwrap_err();
        assert_eq!(e.field, "nationalities");
        let e = Programme::parse(&DEMO.replace("parole_months = 24", "parole_months = 25"))
            .unwrap_err();
        assert_eq!(e.field, "parole_months");
        let e = Programme::parse(&DEMO.replace("monthly_cap = 10", "monthly_cap = 0")).unwrap_err();
        assert_eq!(e.field, "monthly_cap");
        let e = Programme::parse(&DEMO.replace("\"spouse\"", "\"cousin\"")).unwrap_err();
        assert_eq!(e.field, "companions");
        let e = Programme::parse(&format!("extra = 1\n{DEMO}")).unwrap_err();
        assert_eq!(e.field, "(file)");
        let e = Programme::parse(&format!("{DEMO}\nshares = 1")).unwrap_err();
        assert_eq!(e.field, "allocation");
    }

    #[test]
    fn a_good_row_is_canonical() {
        let c = parse_case(&demo(), &row(), day("2024-01-01")).unwrap();
        assert_eq!(c.case_number, "IOE0912345678");
        assert_eq!(c.nationality, "HT");
        assert_eq!(c.email, "marie@example.org");
        assert_eq!(c.relationship, Relationship::Principal);
        assert_eq!(c.status, CaseStatus::Confirmed);
    }

    #[test]
    fn each_bad_row_is_refused_with_its_reason() {
        let p = demo();
        let today = day("2024-01-01");
        let refused = |f: &dyn Fn(&mut CaseRow)| {
            let mut r = row();
            f(&mut r);
            parse_case(&p, &r, today).unwrap_err()
        };
        assert_eq!(
            refused(&|r| r.nationality = "ZZ".into()),
            [RowRefusal::NationalityUnknown]
        );
        assert_eq!(
            refused(&|r| r.nationality = "MX".into()),
            [RowRefusal::NationalityNotEligible]
        );
        assert_eq!(
            refused(&|r| r.date_of_birth = "1990-02-30".into()),
            [RowRefusal::DateImpossible]
        );
        assert_eq!(
            refused(&|r| r.date_of_birth = "2030-01-01".into()),
            [RowRefusal::DateImpossible]
        );
        assert_eq!(
            refused(&|r| r.case_number = "12".into()),
            [RowRefusal::CaseNumberInvalid]
        );
        assert_eq!(
            refused(&|r| r.email = "nope".into()),
            [RowRefusal::EmailInvalid]
        );
        assert_eq!(
            refused(&|r| r.case_status = "approved".into()),
            [RowRefusal::StatusUnknown]
        );
        assert_eq!(
            refused(&|r| {
                r.relationship = "child_under_21".into();
            }),
            [RowRefusal::ChildTooOld]
        );
        assert_eq!(
            refused(&|r| r.family_name = String::new()),
            [RowRefusal::MissingField]
        );
        // A companion need not hold an eligible nationality.
        let mut spouse = row();
        spouse.relationship = "spouse".into();
        spouse.nationality = "MX".into();
        assert!(parse_case(&p, &spouse, today).is_ok());
        // A closed programme accepts nothing.
        let mut closed = p.clone();
        closed.closes = Some(day("2023-12-31"));
        assert_eq!(
            parse_case(&closed, &row(), today).unwrap_err(),
            [RowRefusal::ProgrammeClosed]
        );
    }

    #[test]
    fn a_biographic_difference_is_named_not_refused() {
        let d = day("1990-04-02");
        assert!(biographic_mismatches(("Joseph", "Marie", d), ("JOSEPH", "marie", d)).is_empty());
        assert_eq!(
            biographic_mismatches(
                ("Joseph", "Marie", d),
                ("Josef", "Marie", day("1990-04-03"))
            ),
            ["family_name", "date_of_birth"]
        );
    }

    #[test]
    fn a_passport_must_outlast_the_ata() {
        let p = demo();
        let today = day("2024-01-01");
        assert!(parse_passport(&p, "ab 123-456", "ht", "2030-01-01", today).is_ok());
        assert_eq!(
            parse_passport(&p, "AB123456", "HT", "2024-02-01", today),
            Err(PassportProblem::ExpiresTooSoon)
        );
        assert_eq!(
            parse_passport(&p, "A1", "HT", "2030-01-01", today),
            Err(PassportProblem::Field(
                "passport_number",
                Problem::InvalidDocumentNumber
            ))
        );
    }

    #[test]
    fn an_ata_never_outlives_the_passport() {
        let p = demo();
        let g = day("2024-01-01");
        assert_eq!(ata_valid_until(&p, g, None), day("2024-03-31"));
        assert_eq!(
            ata_valid_until(&p, g, Some(day("2024-02-01"))),
            day("2024-02-01")
        );
        assert_eq!(
            decide(CaseStatus::Submitted, Decision::Grant),
            Some(CaseStatus::Granted)
        );
        assert_eq!(decide(CaseStatus::Invited, Decision::Grant), None);
        assert_eq!(decide(CaseStatus::Granted, Decision::Refuse), None);
    }

    fn pool(n: u32) -> Vec<PoolCase> {
        (1..=n)
            .map(|i| PoolCase {
                id: format!("{:08x}", i.wrapping_mul(2_654_435_761)),
                rank: i,
                days_waited: 0,
            })
            .collect()
    }

    fn seed(s: u64) -> String {
        format!("{:064x}", s)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn the_selection_never_exceeds_the_cap_and_splits_as_configured(
            n in 0u32..400, cap in 1u32..120, share in 0u32..=10, s in any::<u64>()
        ) {
            let mut p = demo();
            p.monthly_cap = cap;
            p.allocation = Rule::OldestShareThenRandom(OldestShare { share: f64::from(share) / 10.0 });
            let record = select(&p, day("2024-05-17"), seed(s), pool(n)).unwrap();
            prop_assert_eq!(record.date, day("2024-05-01"));
            prop_assert_eq!(record.results.len() as u32, n.min(cap));
            // The oldest share: every case ranked within it is selected.
            let oldest = share_places(f64::from(share) / 10.0, u64::from(cap)) as u32;
            let ids: std::collections::HashSet<&str> =
                record.results.iter().map(|r| r.request.as_str()).collect();
            for c in pool(n).iter().filter(|c| c.rank <= oldest) {
                prop_assert!(ids.contains(c.id.as_str()));
            }
            // Deterministic and verifiable.
            let again = select(&p, day("2024-05-17"), seed(s), pool(n)).unwrap();
            prop_assert_eq!(&again, &record);
            prop_assert!(verify(&record).is_ok());
        }

        #[test]
        fn tampering_with_a_selection_is_caught(n in 20u32..200, s in any::<u64>(), k in any::<prop::sample::Index>()) {
            let mut p = demo();
            p.monthly_cap = 10;
            let record = select(&p, day("2024-05-01"), seed(s), pool(n)).unwrap();
            // Drop a selected case.
            let mut dropped = record.clone();
            dropped.results.remove(k.index(dropped.results.len()));
            prop_assert!(verify(&dropped).is_err());
            // Put an unselected case in a selected one's place.
            let selected: std::collections::HashSet<String> =
                record.results.iter().map(|r| r.request.clone()).collect();
            let outsider = record.requests.iter().find(|r| !selected.contains(&r.id)).unwrap().id.clone();
            let mut swapped = record.clone();
            let i = k.index(swapped.results.len());
            swapped.results[i].request = outsider;
            swapped.results.sort_by(|a, b| a.request.cmp(&b.request));
            prop_assert!(verify(&swapped).is_err());
            // Another seed under the same commitment.
            let mut reseeded = record.clone();
            reseeded.seed = seed(s.wrapping_add(1));
            prop_assert!(verify(&reseeded).is_err());
            // A raised cap.
            let mut raised = record;
            raised.offers[0].capacity += 1;
            prop_assert!(verify(&raised).is_err());
        }
    }
}
