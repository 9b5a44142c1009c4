//! The provisional I-94 for arrivals by land: what an application must hold (each applicant's
//! names, birth, passport, visa or Border Crossing Card or visa waiver, U.S. address, purpose,
//! petition or SEVIS number when the class needs one), when it may be made (arrival within the
//! next 7 days), what it costs (a dated schedule, integer cents), how long it stays valid (7
//! days from payment; unpaid, 7 days after the expected arrival) and what an officer may
//! decide on it.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use crate::text_enum;
use crate::travelers::{is_country, parse_date_of_birth, parse_name};
use crate::validation::{ascii_digits, bounded_text, Collector, Invalid, Problem};

/// One submission holds 1 to 25 applicants (the I-94 website's group payment).
pub const MAX_APPLICANTS: usize = 25;
/// How far ahead one may apply: the expected arrival is today or within the next 7 days.
pub const DAYS_AHEAD: i64 = 7;
/// A paid application may be presented at any land port for 7 days from payment.
pub const VALID_DAYS_AFTER_PAYMENT: i64 = 7;
/// An unpaid one (to be paid at the port) lapses 7 days after the expected arrival date.
pub const LAPSE_DAYS_AFTER_ARRIVAL: i64 = 7;
/// The longest admit-until date an officer may record, from the day of the decision.
pub const MAX_ADMISSION_DAYS: i64 = 10 * 366;

/// A submission (one payment for all its applicants).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubmissionStatus {
    /// Being filled in on the pages: applicants can still be added.
    Draft,
    /// Submitted; the fee is not paid yet (at the port, or a card payment not confirmed).
    AwaitingPayment,
    /// Paid: valid at any land port until `valid_until`.
    Paid,
    /// Not presented in time (paid or not): no refund.
    Expired,
}
text_enum!(SubmissionStatus {
    Draft = "draft",
    AwaitingPayment = "awaiting_payment",
    Paid = "paid",
    Expired = "expired",
});

/// One applicant's application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApplicantStatus {
    /// Waiting for the officer.
    Pending,
    /// Admitted: the final I-94 with its class and admit-until date.
    Admitted,
    Refused,
    Withdrawn,
    /// The submission expired before a decision.
    Expired,
}
text_enum!(ApplicantStatus {
    Pending = "pending",
    Admitted = "admitted",
    Refused = "refused",
    Withdrawn = "withdrawn",
    Expired = "expired",
});

/// What an officer decides for one applicant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Decision {
    Admitted,
    Refused,
    Withdrawn,
}
text_enum!(Decision {
    Admitted = "admitted",
    Refused = "refused",
    Withdrawn = "withdrawn",
});

impl Decision {
    pub fn status(self) -> ApplicantStatus {
        match self {
            Decision::Admitted => ApplicantStatus::Admitted,
            Decision::Refused => ApplicantStatus::Refused,
            Decision::Withdrawn => ApplicantStatus::Withdrawn,
        }
    }
}

/// The document the applicant travels on besides the passport.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Visa,
    /// Border Crossing Card (B1/B2, DSP-150).
    Bcc,
    VisaWaiver,
}
text_enum!(DocumentKind {
    Visa = "visa",
    Bcc = "bcc",
    VisaWaiver = "visa_waiver",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sex {
    F,
    M,
    X,
}
text_enum!(Sex { F = "F", M = "M", X = "X" });

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    Tourism,
    Business,
    Family,
    Study,
    Work,
    Medical,
    Transit,
    Other,
}
text_enum!(Purpose {
    Tourism = "tourism",
    Business = "business",
    Family = "family",
    Study = "study",
    Work = "work",
    Medical = "medical",
    Transit = "transit",
    Other = "other",
});

/// How a submission is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaymentProvider {
    /// At the port: the officer records the receipt number.
    AtPort,
    /// Card checkout (Stripe Checkout Sessions).
    Stripe,
}
text_enum!(PaymentProvider {
    AtPort = "at_port",
    Stripe = "stripe",
});

/// A payment attempt (a checkout, or the port's receipt).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaymentStatus {
    /// Started; the provider has not confirmed it.
    Open,
    /// Confirmed by the provider: the submission is paid.
    Paid,
    /// The provider said it failed (an asynchronous method that did not go through).
    Failed,
    /// The checkout expired unpaid.
    Expired,
}
text_enum!(PaymentStatus {
    Open = "open",
    Paid = "paid",
    Failed = "failed",
    Expired = "expired",
});

impl PaymentStatus {
    /// Whether `self` may become `next`. A paid payment never changes again (a late
    /// "expired" or "failed" never un-pays), and nothing goes back to open.
    pub fn may_become(self, next: PaymentStatus) -> bool {
        match (self, next) {
            (PaymentStatus::Paid, _) => false,
            (_, PaymentStatus::Open) => false,
            (PaymentStatus::Open, _) => true,
            // A failed or expired attempt that the provider later confirms paid was paid.
            (PaymentStatus::Failed | PaymentStatus::Expired, PaymentStatus::Paid) => true,
            _ => false,
        }
    }
}

/// What a class needs besides the visa.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    Nothing,
    /// A USCIS petition receipt number (3 letters + 10 digits).
    Petition,
    /// A SEVIS number (N + 10 digits).
    Sevis,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisaClass {
    pub code: String,
    pub needs: Needs,
    pub document: DocumentKind,
}

const VISA_CLASSES_TSV: &str = include_str!("../../../data/i94/visa_classes.tsv");
const FEES_TSV: &str = include_str!("../../../data/i94/fees.tsv");
const MRZ_COUNTRIES_TSV: &str = include_str!("../../../data/i94/mrz_countries.tsv");

fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

/// The classes of `data/i94/visa_classes.tsv` (read once).
pub fn visa_classes() -> &'static [VisaClass] {
    static CLASSES: OnceLock<Vec<VisaClass>> = OnceLock::new();
    CLASSES.get_or_init(|| {
        rows(VISA_CLASSES_TSV)
            .filter_map(|r| {
                Some(VisaClass {
                    code: r.first()?.to_string(),
                    needs: match *r.get(1)? {
                        "petition" => Needs::Petition,
                        "sevis" => Needs::Sevis,
                        _ => Needs::Nothing,
                    },
                    document: DocumentKind::parse(r.get(2)?)?,
                })
            })
            .collect()
    })
}

pub fn visa_class(code: &str) -> Option<&'static VisaClass> {
    let code = code.trim().to_ascii_uppercase();
    visa_classes().iter().find(|c| c.code == code)
}

/// The fee schedule of `data/i94/fees.tsv`: (first day, cents per applicant), by date.
pub fn fee_schedule() -> &'static [(NaiveDate, i64)] {
    static FEES: OnceLock<Vec<(NaiveDate, i64)>> = OnceLock::new();
    FEES.get_or_init(|| {
        let mut v: Vec<(NaiveDate, i64)> = rows(FEES_TSV)
            .filter_map(|r| {
                Some((
                    NaiveDate::parse_from_str(r.first()?, "%Y-%m-%d").ok()?,
                    r.get(1)?.parse().ok()?,
                ))
            })
            .collect();
        v.sort();
        v
    })
}

/// The fee per applicant in force on `day`, in cents (the last row on or before it).
pub fn fee_on(schedule: &[(NaiveDate, i64)], day: NaiveDate) -> Option<i64> {
    schedule
        .iter()
        .take_while(|(from, _)| *from <= day)
        .last()
        .map(|(_, cents)| *cents)
}

/// The whole submission's amount: the fee times the applicants, in cents.
pub fn amount_cents(fee_cents: i64, applicants: usize) -> i64 {
    fee_cents * applicants as i64
}

/// An ICAO alpha-3 code (as a passport's zone writes it) as the alpha-2 code Garita stores.
pub fn alpha2_of(alpha3: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        rows(MRZ_COUNTRIES_TSV)
            .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
            .collect()
    })
    .get(alpha3)
    .copied()
}

/// One applicant as typed into the form or sent as JSON: every field raw.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct ApplicantInput {
    #[serde(default)]
    pub family_name: String,
    #[serde(default)]
    pub given_names: String,
    /// YYYY-MM-DD.
    #[serde(default)]
    pub date_of_birth: String,
    /// F, M or X.
    #[serde(default)]
    pub sex: String,
    /// ISO 3166-1 alpha-2.
    #[serde(default)]
    pub citizenship: String,
    #[serde(default)]
    pub passport_number: String,
    /// ISO 3166-1 alpha-2.
    #[serde(default)]
    pub passport_country: String,
    /// YYYY-MM-DD.
    #[serde(default)]
    pub passport_expiry: String,
    /// visa, bcc or visa_waiver.
    #[serde(default)]
    pub document_kind: String,
    /// The visa's or Border Crossing Card's number (empty for the visa waiver).
    #[serde(default)]
    pub visa_number: String,
    /// The class (B1/B2, F1, WT…): see `data/i94/visa_classes.tsv`.
    #[serde(default)]
    pub visa_class: String,
    /// YYYY-MM-DD (empty for the visa waiver).
    #[serde(default)]
    pub visa_expiry: String,
    /// The U.S. address or destination.
    #[serde(default)]
    pub us_address: String,
    /// tourism, business, family, study, work, medical, transit or other.
    #[serde(default)]
    pub purpose: String,
    /// A USCIS receipt number (3 letters + 10 digits), when the class needs a petition.
    #[serde(default)]
    pub petition_number: String,
    /// N + 10 digits, when the class needs one.
    #[serde(default)]
    pub sevis_number: String,
}

/// A valid applicant: what is sealed and stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Applicant {
    pub family_name: String,
    pub given_names: String,
    pub date_of_birth: NaiveDate,
    pub sex: Sex,
    pub citizenship: String,
    pub passport_number: String,
    pub passport_country: String,
    pub passport_expiry: NaiveDate,
    pub document_kind: DocumentKind,
    pub visa_number: Option<String>,
    pub visa_class: String,
    pub visa_expiry: Option<NaiveDate>,
    pub us_address: String,
    pub purpose: Purpose,
    pub petition_number: Option<String>,
    pub sevis_number: Option<String>,
}

impl Applicant {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.given_names, self.family_name)
            .trim()
            .to_string()
    }

    pub fn to_input(&self) -> ApplicantInput {
        let date = |d: &Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        ApplicantInput {
            family_name: self.family_name.clone(),
            given_names: self.given_names.clone(),
            date_of_birth: self.date_of_birth.to_string(),
            sex: self.sex.as_str().into(),
            citizenship: self.citizenship.clone(),
            passport_number: self.passport_number.clone(),
            passport_country: self.passport_country.clone(),
            passport_expiry: self.passport_expiry.to_string(),
            document_kind: self.document_kind.as_str().into(),
            visa_number: self.visa_number.clone().unwrap_or_default(),
            visa_class: self.visa_class.clone(),
            visa_expiry: date(&self.visa_expiry),
            us_address: self.us_address.clone(),
            purpose: self.purpose.as_str().into(),
            petition_number: self.petition_number.clone().unwrap_or_default(),
            sevis_number: self.sevis_number.clone().unwrap_or_default(),
        }
    }
}

fn iso_date(raw: &str) -> Result<NaiveDate, Problem> {
    let raw = ascii_digits(raw.trim());
    if raw.is_empty() {
        return Err(Problem::Required);
    }
    NaiveDate::parse_from_str(&raw, "%Y-%m-%d").map_err(|_| Problem::InvalidDate)
}

fn country(raw: &str) -> Result<String, Problem> {
    let code = raw.trim().to_ascii_uppercase();
    if code.is_empty() {
        Err(Problem::Required)
    } else if is_country(&code) {
        Ok(code)
    } else {
        Err(Problem::UnknownCountry)
    }
}

/// A document number as printed: ASCII letters and digits after removing spaces and dashes,
/// 5 to 20 of them.
pub fn document_number(raw: &str) -> Result<String, Problem> {
    let n: String = ascii_digits(raw)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if n.is_empty() {
        return Err(Problem::Required);
    }
    if !n.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(Problem::InvalidDocumentNumber);
    }
    match n.len() {
        0..=4 => Err(Problem::TooShort { min: 5 }),
        5..=20 => Ok(n),
        _ => Err(Problem::TooLong { max: 20 }),
    }
}

fn compact(raw: &str) -> String {
    ascii_digits(raw)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// A SEVIS number: `N` followed by 10 digits.
pub fn parse_sevis(raw: &str) -> Result<String, Problem> {
    let s = compact(raw);
    if s.is_empty() {
        return Err(Problem::Required);
    }
    let ok = s.len() == 11 && s.starts_with('N') && s[1..].bytes().all(|b| b.is_ascii_digit());
    if ok {
        Ok(s)
    } else {
        Err(Problem::InvalidSevis)
    }
}

/// A USCIS receipt number: three letters (the service center: EAC, WAC, LIN, SRC, IOE…)
/// followed by 10 digits.
pub fn parse_receipt_number(raw: &str) -> Result<String, Problem> {
    let s = compact(raw);
    if s.is_empty() {
        return Err(Problem::Required);
    }
    let ok = s.len() == 13
        && s[..3].bytes().all(|b| b.is_ascii_uppercase())
        && s[3..].bytes().all(|b| b.is_ascii_digit());
    if ok {
        Ok(s)
    } else {
        Err(Problem::InvalidReceiptNumber)
    }
}

/// The expected arrival date: `today` (the port's date) up to `DAYS_AHEAD` days later.
pub fn parse_arrival(raw: &str, today: NaiveDate) -> Result<NaiveDate, Problem> {
    let day = iso_date(raw)?;
    if day < today {
        Err(Problem::ArrivalInPast)
    } else if day > today + Duration::days(DAYS_AHEAD) {
        Err(Problem::ArrivalTooFar)
    } else {
        Ok(day)
    }
}

/// Checks one applicant against the expected `arrival`. `today` is the latest date on Earth
/// (for the date of birth). Every field's problem is reported at once.
pub fn parse_applicant(
    input: &ApplicantInput,
    arrival: NaiveDate,
    today: NaiveDate,
) -> Result<Applicant, Invalid> {
    let mut c = Collector::default();
    let family_name = c.check("family_name", parse_name(&input.family_name));
    let given_names = c.check(
        "given_names",
        match input.given_names.trim() {
            // Some passports hold one name only.
            "" => Ok(String::new()),
            g => parse_name(g),
        },
    );
    let date_of_birth = c.check(
        "date_of_birth",
        parse_date_of_birth(&ascii_digits(&input.date_of_birth), today),
    );
    let sex = c.check(
        "sex",
        match input.sex.trim() {
            "" => Err(Problem::Required),
            s => Sex::parse(&s.to_ascii_uppercase()).ok_or(Problem::UnknownChoice),
        },
    );
    let citizenship = c.check("citizenship", country(&input.citizenship));
    let passport_number = c.check("passport_number", document_number(&input.passport_number));
    let passport_country = c.check("passport_country", country(&input.passport_country));
    let passport_expiry = c.check(
        "passport_expiry",
        iso_date(&input.passport_expiry).and_then(|d| {
            if d <= arrival {
                Err(Problem::PassportExpiresBeforeArrival)
            } else {
                Ok(d)
            }
        }),
    );
    let kind = c.check(
        "document_kind",
        match input.document_kind.trim() {
            "" => Err(Problem::Required),
            k => DocumentKind::parse(k).ok_or(Problem::UnknownChoice),
        },
    );
    let class = c.check(
        "visa_class",
        match input.visa_class.trim() {
            "" if kind == Some(DocumentKind::VisaWaiver) => {
                visa_class("WT").ok_or(Problem::UnknownVisaClass)
            }
            "" => Err(Problem::Required),
            code => match visa_class(code) {
                Some(class) if kind.is_none_or(|k| class.document == k) => Ok(class),
                _ => Err(Problem::UnknownVisaClass),
            },
        },
    );
    let needs_visa = kind.is_some_and(|k| k != DocumentKind::VisaWaiver);
    let visa_number = c.check(
        "visa_number",
        if needs_visa {
            document_number(&input.visa_number).map(Some)
        } else {
            Ok(None)
        },
    );
    let visa_expiry = c.check(
        "visa_expiry",
        if needs_visa {
            iso_date(&input.visa_expiry).and_then(|d| {
                if d < arrival {
                    Err(Problem::DocumentExpired)
                } else {
                    Ok(Some(d))
                }
            })
        } else {
            Ok(None)
        },
    );
    let us_address = c.check("us_address", bounded_text(&input.us_address, 3, 300));
    let purpose = c.check(
        "purpose",
        match input.purpose.trim() {
            "" => Err(Problem::Required),
            p => Purpose::parse(p).ok_or(Problem::UnknownChoice),
        },
    );
    let needs = class.map(|c| c.needs).unwrap_or(Needs::Nothing);
    let petition_number = c.check(
        "petition_number",
        match (needs, input.petition_number.trim()) {
            (Needs::Petition, raw) => parse_receipt_number(raw).map(Some),
            (_, "") => Ok(None),
            (_, raw) => parse_receipt_number(raw).map(Some),
        },
    );
    let sevis_number = c.check(
        "sevis_number",
        match (needs, input.sevis_number.trim()) {
            (Needs::Sevis, raw) => parse_sevis(raw).map(Some),
            (_, "") => Ok(None),
            (_, raw) => parse_sevis(raw).map(Some),
        },
    );
    c.finish()?;
    match (
        family_name,
        given_names,
        date_of_birth,
        sex,
        citizenship,
        passport_number,
        passport_country,
        passport_expiry,
        kind,
        class,
        visa_number,
        visa_expiry,
        us_address,
        purpose,
        petition_number,
        sevis_number,
    ) {
        (
            Some(family_name),
            Some(given_names),
            Some(date_of_birth),
            Some(sex),
            Some(citizenship),
            Some(passport_number),
            Some(passport_country),
            Some(passport_expiry),
            Some(document_kind),
            Some(class),
            Some(visa_number),
            Some(visa_expiry),
            Some(us_address),
            Some(purpose),
            Some(petition_number),
            Some(sevis_number),
        ) => Ok(Applicant {
            family_name,
            given_names,
            date_of_birth,
            sex,
            citizenship,
            passport_number,
            passport_country,
            passport_expiry,
            document_kind,
            visa_number,
            visa_class: class.code.clone(),
            visa_expiry,
            us_address,
            purpose,
            petition_number,
            sevis_number,
        }),
        _ => Err(Invalid::one("family_name", Problem::Required)),
    }
}

/// A whole submission as the API sends it: every applicant checked, each problem named by
/// its applicant's place in the list.
pub fn parse_applicants(
    inputs: &[ApplicantInput],
    arrival: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<Applicant>, Invalid> {
    if inputs.is_empty() {
        return Err(Invalid::one("applicants", Problem::Required));
    }
    if inputs.len() > MAX_APPLICANTS {
        return Err(Invalid::one(
            "applicants",
            Problem::NumberTooLarge {
                max: MAX_APPLICANTS,
            },
        ));
    }
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        match parse_applicant(input, arrival, today) {
            Ok(a) => out.push(a),
            Err(invalid) => errors.extend(crate::validation::in_list("applicants", i, invalid)),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(Invalid(errors))
    }
}

/// When a submission stops being valid: paid, 7 days after payment; unpaid, at the end of the
/// 7th day after the expected arrival (UTC).
pub fn valid_until(arrival: NaiveDate, paid_at: Option<DateTime<Utc>>) -> DateTime<Utc> {
    match paid_at {
        Some(paid) => paid + Duration::days(VALID_DAYS_AFTER_PAYMENT),
        None => (arrival + Duration::days(LAPSE_DAYS_AFTER_ARRIVAL + 1))
            .and_time(NaiveTime::MIN)
            .and_utc(),
    }
}

/// Whether a submission in `status` has expired at `now`.
pub fn has_expired(
    status: SubmissionStatus,
    arrival: NaiveDate,
    paid_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    matches!(
        status,
        SubmissionStatus::Draft | SubmissionStatus::AwaitingPayment | SubmissionStatus::Paid
    ) && now >= valid_until(arrival, paid_at)
}

/// Whether a provider's confirmation of a payment pays its submission: one awaiting payment,
/// and — since a fee paid is never refunded and a paid application must not be lost — one that
/// expired unpaid while the card payment was being confirmed (it returns to paid, valid for 7
/// days from the confirmation, its applicants waiting for the officer again). A submission
/// paid before (even if it expired since) is not paid a second time.
pub fn payment_pays(status: SubmissionStatus, paid_before: bool) -> bool {
    match status {
        SubmissionStatus::AwaitingPayment | SubmissionStatus::Expired => !paid_before,
        SubmissionStatus::Draft | SubmissionStatus::Paid => false,
    }
}

/// Which applications a land port's officers see in the I-94 tab: every application (the
/// default: a provisional I-94 is valid at any land port, the expected port is informative),
/// or only those whose expected port is theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Visibility {
    #[default]
    AnyLandPort,
    OwnPort,
}
text_enum!(Visibility {
    AnyLandPort = "any_land_port",
    OwnPort = "own_port",
});

impl Visibility {
    /// Whether officers at `officer_port` with this setting see an application expected at
    /// `expected_port`.
    pub fn sees(self, officer_port: &str, expected_port: &str) -> bool {
        match self {
            Visibility::AnyLandPort => true,
            Visibility::OwnPort => officer_port == expected_port,
        }
    }
}

/// Fills an application form's passport fields from the passport's machine-readable zone (the
/// two TD3 lines, typed or pasted; every check digit verified): the number, issuing country
/// and expiry, the names, date of birth and sex, and the citizenship (the zone's nationality).
/// On an error nothing in the form changes. `today` places the zone's two-digit years.
pub fn fill_from_mrz(
    form: &mut ApplicantInput,
    raw: &str,
    today: NaiveDate,
) -> Result<(), Problem> {
    let z = crate::mrz::parse_td3(raw, today)?;
    let issuing = alpha2_of(&z.issuing_state).ok_or(Problem::UnknownCountry)?;
    let nationality = alpha2_of(&z.nationality);
    form.passport_number = z.number;
    form.passport_country = issuing.to_string();
    form.passport_expiry = z.expiry.to_string();
    form.family_name = z.family_name;
    form.given_names = z.given_names;
    form.date_of_birth = z.date_of_birth.to_string();
    form.sex = z.sex.map_or_else(|| "X".to_string(), |c| c.to_string());
    if let Some(n) = nationality {
        form.citizenship = n.to_string();
    }
    Ok(())
}

/// Why an officer may not decide on an applicant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionRefusal {
    /// Not paid yet: record the payment first.
    Unpaid,
    /// The submission expired.
    Expired,
    /// Already decided.
    AlreadyDecided,
}

impl DecisionRefusal {
    pub fn code(self) -> &'static str {
        match self {
            DecisionRefusal::Unpaid => "i94-unpaid",
            DecisionRefusal::Expired => "i94-expired",
            DecisionRefusal::AlreadyDecided => "i94-already-decided",
        }
    }
}

/// Whether an officer may record a decision now.
pub fn may_decide(
    submission: SubmissionStatus,
    applicant: ApplicantStatus,
    arrival: NaiveDate,
    paid_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(), DecisionRefusal> {
    if submission == SubmissionStatus::Expired
        || applicant == ApplicantStatus::Expired
        || has_expired(submission, arrival, paid_at, now)
    {
        return Err(DecisionRefusal::Expired);
    }
    if submission != SubmissionStatus::Paid {
        return Err(DecisionRefusal::Unpaid);
    }
    if applicant != ApplicantStatus::Pending {
        return Err(DecisionRefusal::AlreadyDecided);
    }
    Ok(())
}

/// An admission's class and admit-until date as the officer types them: a class from the
/// list, a date after `today` and at most `MAX_ADMISSION_DAYS` later.
pub fn parse_admission(
    class: &str,
    admit_until: &str,
    today: NaiveDate,
) -> Result<(String, NaiveDate), Invalid> {
    let mut c = Collector::default();
    let class = c.check(
        "class_of_admission",
        match class.trim() {
            "" => Err(Problem::Required),
            code => visa_class(code)
                .map(|v| v.code.clone())
                .ok_or(Problem::UnknownVisaClass),
        },
    );
    let until = c.check(
        "admit_until",
        iso_date(admit_until).and_then(|d| {
            if d <= today {
                Err(Problem::DateNotAfterToday)
            } else if d > today + Duration::days(MAX_ADMISSION_DAYS) {
                Err(Problem::DateTooFar)
            } else {
                Ok(d)
            }
        }),
    );
    c.finish()?;
    match (class, until) {
        (Some(c), Some(u)) => Ok((c, u)),
        _ => Err(Invalid::one("admit_until", Problem::Required)),
    }
}

/// Days left to stay: 0 on the admit-until day itself, negative after.
pub fn days_left(admit_until: NaiveDate, today: NaiveDate) -> i64 {
    (admit_until - today).num_days()
}

/// Whether an I-94 number has the form CBP gives (11 characters: 9 digits, a letter, a
/// digit).
pub fn is_i94_number(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 11
        && b[..9].iter().all(u8::is_ascii_digit)
        && b[9].is_ascii_uppercase()
        && b[10].is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn arrival() -> NaiveDate {
        d("2026-12-03")
    }

    fn today() -> NaiveDate {
        d("2026-12-01")
    }

    pub fn good() -> ApplicantInput {
        ApplicantInput {
            family_name: "Pérez".into(),
            given_names: "María José".into(),
            date_of_birth: "1990-05-21".into(),
            sex: "F".into(),
            citizenship: "MX".into(),
            passport_number: "G 1234-5678".into(),
            passport_country: "mx".into(),
            passport_expiry: "2030-01-01".into(),
            document_kind: "bcc".into(),
            visa_number: "BCC123456".into(),
            visa_class: "B1/B2-BCC".into(),
            visa_expiry: "2031-01-01".into(),
            us_address: "100 Main St, San Diego CA".into(),
            purpose: "tourism".into(),
            petition_number: String::new(),
            sevis_number: String::new(),
        }
    }

    fn problem(input: &ApplicantInput, field: &str) -> Option<Problem> {
        match parse_applicant(input, arrival(), today()) {
            Ok(_) => None,
            Err(Invalid(f)) => f.into_iter().find(|e| e.field == field).map(|e| e.problem),
        }
    }

    #[test]
    fn a_good_applicant_is_kept_in_canonical_form() {
        let a = parse_applicant(&good(), arrival(), today()).unwrap();
        assert_eq!(a.passport_number, "G12345678");
        assert_eq!(a.passport_country, "MX");
        assert_eq!(a.document_kind, DocumentKind::Bcc);
        assert_eq!(a.visa_class, "B1/B2-BCC");
        assert_eq!(a.full_name(), "María José Pérez");
        // What is stored reads back as the same applicant.
        assert_eq!(parse_applicant(&a.to_input(), arrival(), today()), Ok(a));
    }

    #[test]
    fn each_field_is_refused_with_its_reason() {
        type Case = (fn(&mut ApplicantInput), &'static str, Problem);
        let cases: Vec<Case> = vec![
            (|i| i.family_name.clear(), "family_name", Problem::Required),
            (
                |i| i.family_name = "A\u{202E}B".into(),
                "family_name",
                Problem::InvalidCharacters,
            ),
            (
                |i| i.date_of_birth = "1990-13-01".into(),
                "date_of_birth",
                Problem::InvalidDate,
            ),
            (
                |i| i.date_of_birth = "2027-01-01".into(),
                "date_of_birth",
                Problem::DateInFuture,
            ),
            (|i| i.sex = "Q".into(), "sex", Problem::UnknownChoice),
            (
                |i| i.citizenship = "ZZ".into(),
                "citizenship",
                Problem::UnknownCountry,
            ),
            (
                |i| i.passport_number = "G1".into(),
                "passport_number",
                Problem::TooShort { min: 5 },
            ),
            (
                |i| i.passport_number = "G12345678/".into(),
                "passport_number",
                Problem::InvalidDocumentNumber,
            ),
            (
                |i| i.passport_country.clear(),
                "passport_country",
                Problem::Required,
            ),
            (
                |i| i.passport_expiry = "2026-12-03".into(),
                "passport_expiry",
                Problem::PassportExpiresBeforeArrival,
            ),
            (
                |i| i.document_kind = "green".into(),
                "document_kind",
                Problem::UnknownChoice,
            ),
            (
                |i| i.visa_class = "Z9".into(),
                "visa_class",
                Problem::UnknownVisaClass,
            ),
            // A visa-waiver class with a Border Crossing Card is not a class of that document.
            (
                |i| i.visa_class = "WT".into(),
                "visa_class",
                Problem::UnknownVisaClass,
            ),
            (|i| i.visa_number.clear(), "visa_number", Problem::Required),
            (
                |i| i.visa_expiry = "2026-12-02".into(),
                "visa_expiry",
                Problem::DocumentExpired,
            ),
            (
                |i| i.us_address = " ".into(),
                "us_address",
                Problem::Required,
            ),
            (
                |i| i.purpose = "spying".into(),
                "purpose",
                Problem::UnknownChoice,
            ),
            (
                |i| i.petition_number = "EAC12".into(),
                "petition_number",
                Problem::InvalidReceiptNumber,
            ),
            (
                |i| i.sevis_number = "N12345".into(),
                "sevis_number",
                Problem::InvalidSevis,
            ),
        ];
        for (change, field, want) in cases {
            let mut input = good();
            change(&mut input);
            assert_eq!(problem(&input, field), Some(want), "{field}");
        }
    }

    #[test]
    fn petition_and_sevis_are_required_by_the_classes_that_need_them() {
        let mut h = good();
        h.document_kind = "visa".into();
        h.visa_class = "H1B".into();
        assert_eq!(problem(&h, "petition_number"), Some(Problem::Required));
        h.petition_number = "eac-1234567890".into();
        let a = parse_applicant(&h, arrival(), today()).unwrap();
        assert_eq!(a.petition_number.as_deref(), Some("EAC1234567890"));

        let mut f = good();
        f.document_kind = "visa".into();
        f.visa_class = "f1".into();
        assert_eq!(problem(&f, "sevis_number"), Some(Problem::Required));
        f.sevis_number = "N0012345678".into();
        assert!(parse_applicant(&f, arrival(), today()).is_ok());
    }

    #[test]
    fn visa_waiver_needs_no_visa_and_defaults_to_wt() {
        let mut w = good();
        w.document_kind = "visa_waiver".into();
        w.visa_class.clear();
        w.visa_number.clear();
        w.visa_expiry.clear();
        let a = parse_applicant(&w, arrival(), today()).unwrap();
        assert_eq!(a.visa_class, "WT");
        assert_eq!(a.visa_number, None);
    }

    #[test]
    fn arrival_is_today_up_to_seven_days_ahead() {
        assert_eq!(parse_arrival("2026-12-01", today()), Ok(today()));
        assert_eq!(parse_arrival("2026-12-08", today()), Ok(d("2026-12-08")));
        assert_eq!(
            parse_arrival("2026-12-09", today()),
            Err(Problem::ArrivalTooFar)
        );
        assert_eq!(
            parse_arrival("2026-11-30", today()),
            Err(Problem::ArrivalInPast)
        );
        assert_eq!(parse_arrival("", today()), Err(Problem::Required));
    }

    #[test]
    fn a_list_names_each_problem_by_its_applicant() {
        let mut bad = good();
        bad.sex = "Q".into();
        let err = parse_applicants(&[good(), bad], arrival(), today()).unwrap_err();
        assert_eq!(err.0[0].field, "applicants[1].sex");
        assert!(parse_applicants(&[], arrival(), today()).is_err());
        let many = vec![good(); MAX_APPLICANTS + 1];
        assert!(parse_applicants(&many, arrival(), today()).is_err());
        assert_eq!(
            parse_applicants(&vec![good(); MAX_APPLICANTS], arrival(), today())
                .unwrap()
                .len(),
            MAX_APPLICANTS
        );
    }

    #[test]
    fn the_fee_changes_on_30_september_2025() {
        let s = fee_schedule();
        assert_eq!(fee_on(s, d("2025-09-29")), Some(600));
        assert_eq!(fee_on(s, d("2025-09-30")), Some(3000));
        assert_eq!(fee_on(s, d("2026-12-01")), Some(3000));
        assert_eq!(amount_cents(3000, 3), 9000);
    }

    #[test]
    fn validity_is_seven_days_from_payment_or_after_arrival() {
        let paid = d("2026-12-01").and_hms_opt(15, 0, 0).unwrap().and_utc();
        assert_eq!(valid_until(arrival(), Some(paid)), paid + Duration::days(7));
        let lapse = valid_until(arrival(), None);
        assert_eq!(lapse, d("2026-12-11").and_time(NaiveTime::MIN).and_utc());
        assert!(!has_expired(
            SubmissionStatus::AwaitingPayment,
            arrival(),
            None,
            lapse - Duration::seconds(1)
        ));
        assert!(has_expired(
            SubmissionStatus::AwaitingPayment,
            arrival(),
            None,
            lapse
        ));
        assert!(!has_expired(
            SubmissionStatus::Expired,
            arrival(),
            None,
            lapse
        ));
    }

    #[test]
    fn officers_decide_only_on_paid_live_pending_applicants() {
        let now = d("2026-12-02").and_hms_opt(12, 0, 0).unwrap().and_utc();
        let paid = Some(now - Duration::days(1));
        let ok = may_decide(
            SubmissionStatus::Paid,
            ApplicantStatus::Pending,
            arrival(),
            paid,
            now,
        );
        assert_eq!(ok, Ok(()));
        assert_eq!(
            may_decide(
                SubmissionStatus::AwaitingPayment,
                ApplicantStatus::Pending,
                arrival(),
                None,
                now
            ),
            Err(DecisionRefusal::Unpaid)
        );
        assert_eq!(
            may_decide(
                SubmissionStatus::Paid,
                ApplicantStatus::Pending,
                arrival(),
                paid,
                now + Duration::days(7)
            ),
            Err(DecisionRefusal::Expired)
        );
        assert_eq!(
            may_decide(
                SubmissionStatus::Paid,
                ApplicantStatus::Admitted,
                arrival(),
                paid,
                now
            ),
            Err(DecisionRefusal::AlreadyDecided)
        );
    }

    #[test]
    fn a_paid_payment_never_changes_and_nothing_reopens() {
        for next in PaymentStatus::ALL {
            assert!(!PaymentStatus::Paid.may_become(*next));
            assert!(!next.may_become(PaymentStatus::Open));
        }
        assert!(PaymentStatus::Open.may_become(PaymentStatus::Paid));
        assert!(PaymentStatus::Expired.may_become(PaymentStatus::Paid));
        assert!(!PaymentStatus::Expired.may_become(PaymentStatus::Failed));
    }

    #[test]
    fn a_payment_pays_a_waiting_or_an_expired_unpaid_submission_once() {
        assert!(payment_pays(SubmissionStatus::AwaitingPayment, false));
        // Expired while the card payment was being confirmed: the fee is not lost.
        assert!(payment_pays(SubmissionStatus::Expired, false));
        // Paid once already (and maybe expired since): never paid a second time.
        assert!(!payment_pays(SubmissionStatus::Expired, true));
        assert!(!payment_pays(SubmissionStatus::Paid, true));
        assert!(!payment_pays(SubmissionStatus::Draft, false));
    }

    #[test]
    fn own_port_officers_see_only_their_ports_applications() {
        assert_eq!(Visibility::default(), Visibility::AnyLandPort);
        assert!(Visibility::AnyLandPort.sees("el-paso", "san-ysidro"));
        assert!(Visibility::OwnPort.sees("san-ysidro", "san-ysidro"));
        assert!(!Visibility::OwnPort.sees("el-paso", "san-ysidro"));
    }

    fn zone(number: &str, issuing: &str, nationality: &str, sex: Option<char>) -> String {
        crate::mrz::compose_td3(&crate::mrz::Td3 {
            document_type: "P".into(),
            issuing_state: issuing.into(),
            family_name: "GARCIA LOPEZ".into(),
            given_names: "MARIA JOSE".into(),
            number: number.into(),
            nationality: nationality.into(),
            date_of_birth: d("1985-03-14"),
            sex,
            expiry: d("2031-07-09"),
            personal_number: String::new(),
        })
    }

    #[test]
    fn the_zone_fills_the_passport_names_birth_sex_and_citizenship() {
        let mut form = ApplicantInput {
            us_address: "San Diego, CA".into(),
            ..ApplicantInput::default()
        };
        fill_from_mrz(
            &mut form,
            &zone("G12345678", "MEX", "MEX", Some('F')),
            today(),
        )
        .unwrap();
        assert_eq!(form.passport_number, "G12345678");
        assert_eq!(form.passport_country, "MX");
        assert_eq!(form.passport_expiry, "2031-07-09");
        assert_eq!(form.family_name, "GARCIA LOPEZ");
        assert_eq!(form.given_names, "MARIA JOSE");
        assert_eq!(form.date_of_birth, "1985-03-14");
        assert_eq!(form.sex, "F");
        assert_eq!(form.citizenship, "MX");
        assert_eq!(form.us_address, "San Diego, CA", "the rest is kept");
        fill_from_mrz(&mut form, &zone("G12345678", "MEX", "MEX", None), today()).unwrap();
        assert_eq!(form.sex, "X");
    }

    #[test]
    fn a_wrong_check_digit_or_unknown_country_changes_nothing() {
        let good = zone("G12345678", "MEX", "MEX", Some('M'));
        // The number's check digit (line 2, 10th character) off by one.
        let mut chars: Vec<char> = good.chars().collect();
        let at = good.find('\n').unwrap() + 1 + 9;
        let digit = chars[at].to_digit(10).unwrap();
        chars[at] = char::from_digit((digit + 1) % 10, 10).unwrap();
        let bad: String = chars.into_iter().collect();
        let mut form = ApplicantInput::default();
        assert_eq!(
            fill_from_mrz(&mut form, &bad, today()),
            Err(Problem::MrzCheckDigit)
        );
        assert_eq!(form, ApplicantInput::default());
        assert_eq!(
            fill_from_mrz(
                &mut form,
                &zone("G12345678", "ZZZ", "MEX", Some('M')),
                today()
            ),
            Err(Problem::UnknownCountry)
        );
        assert_eq!(
            fill_from_mrz(&mut form, "", today()),
            Err(Problem::Required)
        );
        assert_eq!(form, ApplicantInput::default());
    }

    #[test]
    fn admission_needs_a_known_class_and_a_later_date() {
        assert_eq!(
            parse_admission("b2", "2027-06-01", today()),
            Ok(("B2".to_string(), d("2027-06-01")))
        );
        assert!(parse_admission("B2", "2026-12-01", today()).is_err());
        assert!(parse_admission("ZZ", "2027-06-01", today()).is_err());
        assert!(parse_admission("B2", "2045-01-01", today()).is_err());
        assert_eq!(days_left(d("2026-12-11"), today()), 10);
    }

    #[test]
    fn mrz_countries_map_to_alpha_2() {
        assert_eq!(alpha2_of("MEX"), Some("MX"));
        assert_eq!(alpha2_of("D"), Some("DE"));
        assert_eq!(alpha2_of("XXX"), None);
        for (a3, a2) in [("USA", "US"), ("HTI", "HT"), ("UKR", "UA")] {
            assert_eq!(alpha2_of(a3), Some(a2));
        }
    }

    proptest! {
        /// SEVIS numbers: exactly N + 10 digits, whatever the spacing and case.
        #[test]
        fn sevis_accepts_n_and_ten_digits(n in 0u64..10_000_000_000, sp in prop::bool::ANY) {
            let typed = if sp { format!("n {n:010}") } else { format!("N{n:010}") };
            prop_assert_eq!(parse_sevis(&typed), Ok(format!("N{n:010}")));
        }

        #[test]
        fn sevis_refuses_other_lengths(n in 0u64..1_000_000_000) {
            prop_assert_eq!(parse_sevis(&format!("N{n}")), Err(Problem::InvalidSevis));
        }

        #[test]
        fn receipt_numbers_are_three_letters_and_ten_digits(p in "[A-Z]{3}", n in 0u64..10_000_000_000) {
            let r = format!("{p}{n:010}");
            prop_assert_eq!(parse_receipt_number(&r.to_lowercase()), Ok(r));
        }

        /// An arrival date is accepted exactly from today to 7 days ahead.
        #[test]
        fn arrival_window(offset in -30i64..30) {
            let day = today() + Duration::days(offset);
            let ok = parse_arrival(&day.to_string(), today()).is_ok();
            prop_assert_eq!(ok, (0..=DAYS_AHEAD).contains(&offset));
        }

        /// A passport accepted always expires after the arrival.
        #[test]
        fn passport_expiry_is_after_arrival(offset in -400i64..400) {
            let mut i = good();
            i.passport_expiry = (arrival() + Duration::days(offset)).to_string();
            let r = parse_applicant(&i, arrival(), today());
            prop_assert_eq!(r.is_ok(), offset > 0);
        }

        /// The fee in force never decreases with the date and is never fractional cents.
        #[test]
        fn fee_is_whole_cents_for_any_day(days in 0i64..20_000) {
            let day = d("2000-01-01") + Duration::days(days);
            let fee = fee_on(fee_schedule(), day).unwrap();
            let later = fee_on(fee_schedule(), day + Duration::days(1)).unwrap();
            prop_assert!(fee > 0 && later >= fee);
        }

        #[test]
        fn parse_applicant_never_panics(f in "\\PC{0,30}", n in "\\PC{0,30}", dt in "\\PC{0,12}") {
            let mut i = good();
            i.family_name = f;
            i.passport_number = n;
            i.passport_expiry = dt.clone();
            i.date_of_birth = dt;
            let _ = parse_applicant(&i, arrival(), today());
        }
    }
}
