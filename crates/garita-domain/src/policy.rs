//! A policy: the rules an agency has decided for the appointment cycle, written as TOML and kept
//! with the date it takes effect (presets in `policies/*.toml`, compared in docs/policies.md).
//! Parsing refuses unknown fields; [`Policy::parse`] then checks every value and names the field
//! that is wrong. The digest is SHA-256 of the canonical text (the parsed policy as JSON, fields
//! in declaration order), so comments and spacing never change it.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

use crate::draw::{DrawParams, Rule};

/// The presets shipped with Garita: (name, TOML text).
pub const PRESETS: [(&str, &str); 4] = [
    ("garita", include_str!("../../../policies/garita.toml")),
    (
        "cbp-2023-05",
        include_str!("../../../policies/cbp-2023-05.toml"),
    ),
    (
        "cbp-2024-03",
        include_str!("../../../policies/cbp-2024-03.toml"),
    ),
    (
        "cbp-2024-08",
        include_str!("../../../policies/cbp-2024-08.toml"),
    ),
];

/// The preset named `name`, if Garita ships one.
pub fn preset(name: &str) -> Option<&'static str> {
    PRESETS.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// The largest group a policy may allow: the holder and ten others (`travelers::MAX_GROUP_SIZE`).
pub const LARGEST_GROUP: u32 = crate::travelers::MAX_GROUP_SIZE as u32;

/// Every rule of the appointment cycle an agency decides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Lowercase letters, digits and hyphens (e.g. "cbp-2024-08").
    pub name: String,
    pub cycle: Cycle,
    pub requests: Requests,
    /// The draw's rule and its parameters (`draw::Rule`: `rule = "weighted"` or
    /// `"oldest-share-then-random"`, `params = { … }`; docs/draw.md).
    #[serde(deserialize_with = "strict_rule")]
    pub allocation: Rule,
    pub region: Region,
}

/// The daily cycle, in one time zone. Days are counted from the draw's own day: the window of
/// the draw of day D opens on D + `window_opens_day` (usually -1 or 0) and closes on
/// D + `window_closes_day`; the draw runs on D at `allocation_at`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cycle {
    #[serde(with = "zone")]
    pub time_zone: Tz,
    /// When requests start to be taken for a draw; absent: at any hour (a request made after a
    /// window closed joins the next draw).
    #[serde(default, with = "opt_hm", skip_serializing_if = "Option::is_none")]
    pub window_opens: Option<NaiveTime>,
    #[serde(default)]
    pub window_opens_day: i32,
    #[serde(with = "hm")]
    pub window_closes: NaiveTime,
    #[serde(default)]
    pub window_closes_day: i32,
    #[serde(with = "hm")]
    pub allocation_at: NaiveTime,
    /// Hours a selected group has to confirm.
    pub confirmation_hours: u32,
    /// Days of slots a draw offers, from the day after the draw.
    pub days_of_slots: u32,
}

/// What a request must be and what follows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requests {
    /// Whether a request not selected stays for the next draw (else the group asks again).
    pub carry_over: bool,
    /// People in a group, the holder included.
    pub max_group_size: u32,
    /// What happens to an open request of a group larger than `max_group_size` (after the limit
    /// was lowered).
    pub larger_open_groups: LargerGroups,
    /// Whether the group gives one U.S. destination address (state, ZIP code, street).
    pub shared_us_address: bool,
    /// Whether confirming asks for the location again (inside the region).
    pub recheck_location_at_confirmation: bool,
    /// Days a group that did not come waits before asking again (0: none).
    pub no_show_wait_days: u32,
    /// Ids of the optional vulnerability questions (each with a message `vulnerability-<id>`).
    pub vulnerability_questions: Vec<String>,
}

/// An open request of a group now larger than the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LargerGroups {
    /// It keeps its place and takes part in draws as it is.
    Keep,
    /// It stays open but takes part in no draw until the group is within the limit.
    Hold,
}

/// Reads the allocation table as `draw::Rule` does (`rule` and `params`), refusing any other
/// key: the rule's own reader takes unknown top-level keys silently.
fn strict_rule<'de, D: Deserializer<'de>>(d: D) -> Result<Rule, D::Error> {
    use serde::de::Error;
    let value = serde_json::Value::deserialize(d)?;
    if let Some(map) = value.as_object() {
        if let Some(k) = map.keys().find(|k| *k != "rule" && *k != "params") {
            return Err(D::Error::custom(format!(
                "unknown field `{k}`, expected `rule` or `params`"
            )));
        }
    }
    serde_json::from_value(value).map_err(D::Error::custom)
}

/// Where requests are taken from: the included states and/or every place north of a latitude,
/// minus the excluded states; groups of the listed nationalities from anywhere in Mexico.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// HASC codes ("MX.BN") of the states included whole.
    #[serde(default)]
    pub states: Vec<String>,
    /// Places at or north of this latitude (degrees) are included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub north_of_latitude: Option<f64>,
    /// HASC codes of states excluded even when north of the latitude.
    #[serde(default)]
    pub excluded_states: Vec<String>,
    #[serde(default)]
    pub nationality_exceptions: Vec<NationalityException>,
}

/// Groups of these citizenships may ask from anywhere in Mexico.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalityException {
    /// ISO 3166-1 alpha-2 codes ("MX").
    pub citizenships: Vec<String>,
    /// Whose citizenship counts: the group's holder, or every member.
    pub applies_to: WhoCounts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WhoCounts {
    Holder,
    AllMembers,
}

/// The rule of the region that refused a position.
#[derive(Debug, Clone, PartialEq)]
pub enum RegionRule {
    /// The position is in a state the policy excludes (HASC code).
    ExcludedState(String),
    /// The position is south of the policy's latitude line.
    SouthOfLatitude(f64),
    /// The position is in a state the policy does not include (HASC code).
    StateNotIncluded(String),
}

impl RegionRule {
    /// The message code the service shows (`error-region-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            RegionRule::ExcludedState(_) => "region-excluded-state",
            RegionRule::SouthOfLatitude(_) => "region-south-of-latitude",
            RegionRule::StateNotIncluded(_) => "region-state-not-included",
        }
    }
}

/// Meters per degree of latitude (mean Earth radius).
const M_PER_DEG_LAT: f64 = 111_195.0;

impl Region {
    /// The states a geofence must include to accept every position this region may admit
    /// (sorted): the included states, and every state when a latitude line is set, minus the
    /// excluded ones. [`Region::admits`] then decides on the accepted state and position.
    pub fn fence_states(&self) -> Vec<String> {
        let mut codes: Vec<String> = if self.north_of_latitude.is_some() {
            all_state_codes().map(str::to_string).collect()
        } else {
            self.states.iter().map(|s| s.to_ascii_uppercase()).collect()
        };
        codes.retain(|c| !self.excluded(c));
        codes.sort();
        codes.dedup();
        codes
    }

    fn excluded(&self, code: &str) -> bool {
        self.excluded_states
            .iter()
            .any(|e| e.eq_ignore_ascii_case(code))
    }

    /// Whether a position in Mexico, in state `state`, at `latitude` with an accuracy radius of
    /// `accuracy_m`, is in the region. The accuracy counts in the traveler's favour: a circle
    /// that reaches the latitude line is north of it.
    pub fn admits(&self, state: &str, latitude: f64, accuracy_m: f64) -> Result<(), RegionRule> {
        if self.excluded(state) {
            return Err(RegionRule::ExcludedState(state.to_string()));
        }
        if self.states.iter().any(|s| s.eq_ignore_ascii_case(state)) {
            return Ok(());
        }
        match self.north_of_latitude {
            Some(line) if latitude + accuracy_m.max(0.0) / M_PER_DEG_LAT >= line => Ok(()),
            Some(line) => Err(RegionRule::SouthOfLatitude(line)),
            None => Err(RegionRule::StateNotIncluded(state.to_string())),
        }
    }

    /// Whether a group whose holder has citizenship `holder` and whose members (holder
    /// included) have `members` may ask from anywhere in Mexico.
    pub fn exception_applies(&self, holder: &str, members: &[&str]) -> bool {
        self.nationality_exceptions.iter().any(|e| {
            let listed = |c: &str| e.citizenships.iter().any(|x| x.eq_ignore_ascii_case(c));
            match e.applies_to {
                WhoCounts::Holder => listed(holder),
                WhoCounts::AllMembers => !members.is_empty() && members.iter().all(|m| listed(m)),
            }
        })
    }
}

/// The 32 state codes the geofence knows (HASC).
pub fn all_state_codes() -> impl Iterator<Item = &'static str> {
    crate::geofence::DEFAULT_INCLUDED
        .iter()
        .chain(crate::geofence::DEFAULT_EXCLUDED.iter())
        .copied()
}

/// What is wrong with a policy: the field (a dotted path, e.g. `cycle.window_closes`) and a
/// problem with a stable code (the message `policy-problem-<code>`).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct PolicyError {
    pub field: String,
    pub problem: PolicyProblem,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PolicyProblem {
    /// Not TOML, an unknown field, a missing field or a value of the wrong type.
    #[error("{0}")]
    Syntax(String),
    #[error("the request window closes before it opens")]
    WindowClosesBeforeOpening,
    #[error("the request window is longer than 24 hours")]
    WindowTooLong,
    #[error("the draw runs before the request window closes")]
    AllocationBeforeClose,
    #[error("must be between {min} and {max}")]
    OutOfRange { min: String, max: String },
    #[error("unknown state code {0:?} (expected a HASC code such as \"MX.BN\")")]
    UnknownState(String),
    #[error("unknown country code {0:?} (expected ISO 3166-1 alpha-2, e.g. \"MX\")")]
    UnknownCountry(String),
    #[error("no place is in the region")]
    EmptyRegion,
    #[error("{0:?} is not a valid id (lowercase letters, digits and hyphens)")]
    InvalidId(String),
    #[error("{0:?} is listed twice")]
    Repeated(String),
}

impl PolicyProblem {
    pub fn code(&self) -> &'static str {
        match self {
            PolicyProblem::Syntax(_) => "syntax",
            PolicyProblem::WindowClosesBeforeOpening => "window-order",
            PolicyProblem::WindowTooLong => "window-too-long",
            PolicyProblem::AllocationBeforeClose => "allocation-before-close",
            PolicyProblem::OutOfRange { .. } => "out-of-range",
            PolicyProblem::UnknownState(_) => "unknown-state",
            PolicyProblem::UnknownCountry(_) => "unknown-country",
            PolicyProblem::EmptyRegion => "empty-region",
            PolicyProblem::InvalidId(_) => "invalid-id",
            PolicyProblem::Repeated(_) => "repeated",
        }
    }
}

fn err(field: &str, problem: PolicyProblem) -> PolicyError {
    PolicyError {
        field: field.to_string(),
        problem,
    }
}

fn range<T: PartialOrd + std::fmt::Display>(
    field: &str,
    value: T,
    min: T,
    max: T,
) -> Result<(), PolicyError> {
    if value >= min && value <= max {
        Ok(())
    } else {
        Err(err(
            field,
            PolicyProblem::OutOfRange {
                min: min.to_string(),
                max: max.to_string(),
            },
        ))
    }
}

fn valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

impl Policy {
    /// Parses and checks a policy's text; the error names the field.
    pub fn parse(text: &str) -> Result<Policy, PolicyError> {
        let policy: Policy = toml::from_str(text).map_err(|e| syntax_error(text, &e))?;
        policy.validate()?;
        Ok(policy)
    }

    /// Every check beyond the types, in the order of the fields.
    pub fn validate(&self) -> Result<(), PolicyError> {
        if !valid_id(&self.name) {
            return Err(err("name", PolicyProblem::InvalidId(self.name.clone())));
        }
        let c = &self.cycle;
        range("cycle.window_closes_day", c.window_closes_day, -1, 0)?;
        if let Some(opens) = c.window_opens {
            range("cycle.window_opens_day", c.window_opens_day, -2, 0)?;
            let open = minutes(c.window_opens_day, opens);
            let close = minutes(c.window_closes_day, c.window_closes);
            if close <= open {
                return Err(err(
                    "cycle.window_closes",
                    PolicyProblem::WindowClosesBeforeOpening,
                ));
            }
            if close - open > 24 * 60 {
                return Err(err("cycle.window_opens", PolicyProblem::WindowTooLong));
            }
        }
        if minutes(0, c.allocation_at) <= minutes(c.window_closes_day, c.window_closes) {
            return Err(err(
                "cycle.allocation_at",
                PolicyProblem::AllocationBeforeClose,
            ));
        }
        range("cycle.confirmation_hours", c.confirmation_hours, 1, 168)?;
        range("cycle.days_of_slots", c.days_of_slots, 1, 60)?;

        let r = &self.requests;
        range(
            "requests.max_group_size",
            r.max_group_size,
            1,
            LARGEST_GROUP,
        )?;
        range("requests.no_show_wait_days", r.no_show_wait_days, 0, 365)?;
        for (i, q) in r.vulnerability_questions.iter().enumerate() {
            if !valid_id(q) {
                return Err(err(
                    "requests.vulnerability_questions",
                    PolicyProblem::InvalidId(q.clone()),
                ));
            }
            if r.vulnerability_questions[..i].contains(q) {
                return Err(err(
                    "requests.vulnerability_questions",
                    PolicyProblem::Repeated(q.clone()),
                ));
            }
        }

        if let Err(e) = self.allocation.validate() {
            return Err(match e {
                crate::draw::DrawError::InvalidParams { name, reason } => err(
                    &format!("allocation.params.{name}"),
                    if name == "share" && reason.contains("between") {
                        PolicyProblem::OutOfRange {
                            min: "0".into(),
                            max: "1".into(),
                        }
                    } else {
                        PolicyProblem::Syntax(reason.to_string())
                    },
                ),
                other => err("allocation", PolicyProblem::Syntax(other.to_string())),
            });
        }

        let g = &self.region;
        let known = |c: &str| all_state_codes().any(|k| k.eq_ignore_ascii_case(c));
        for (field, list) in [
            ("region.states", &g.states),
            ("region.excluded_states", &g.excluded_states),
        ] {
            for code in list {
                if !known(code) {
                    return Err(err(field, PolicyProblem::UnknownState(code.clone())));
                }
            }
        }
        if let Some(line) = g.north_of_latitude {
            // Mexico lies between about 14.5° and 32.7° north.
            if !line.is_finite() || !(14.0..=33.0).contains(&line) {
                return Err(err(
                    "region.north_of_latitude",
                    PolicyProblem::OutOfRange {
                        min: "14".into(),
                        max: "33".into(),
                    },
                ));
            }
        }
        if g.fence_states().is_empty() {
            return Err(err("region.states", PolicyProblem::EmptyRegion));
        }
        for e in &g.nationality_exceptions {
            for c in &e.citizenships {
                if crate::travelers::parse_country(c).is_err() {
                    return Err(err(
                        "region.nationality_exceptions.citizenships",
                        PolicyProblem::UnknownCountry(c.clone()),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The canonical text: the policy as JSON, fields in declaration order. Two texts that
    /// differ only in comments, spacing or key order have the same canonical text.
    pub fn canonical(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The policy as TOML (without notes).
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }

    /// Hex SHA-256 of [`Policy::canonical`].
    pub fn digest(&self) -> String {
        hex::encode(Sha256::digest(self.canonical().as_bytes()))
    }

    /// The policy Garita's settings described before policies existed: Garita's default cycle
    /// and rules with the given times, region, questions and weighting (`serve` without
    /// `--policy` on an empty database).
    pub fn from_settings(s: &Settings) -> Policy {
        Policy {
            name: "garita".into(),
            cycle: Cycle {
                time_zone: s.time_zone,
                window_opens: None,
                window_opens_day: 0,
                window_closes: s.window_closes,
                window_closes_day: 0,
                allocation_at: s.draw_at,
                confirmation_hours: s.confirm_hours,
                days_of_slots: s.days_of_slots,
            },
            requests: Requests {
                carry_over: true,
                max_group_size: LARGEST_GROUP,
                larger_open_groups: LargerGroups::Keep,
                shared_us_address: false,
                recheck_location_at_confirmation: false,
                no_show_wait_days: s.no_show_wait_days,
                vulnerability_questions: s.questions.clone(),
            },
            allocation: Rule::Weighted(s.draw_params),
            region: Region {
                states: s.region_states.clone(),
                north_of_latitude: None,
                excluded_states: Vec::new(),
                nationality_exceptions: Vec::new(),
            },
        }
    }
}

/// The pre-policy settings [`Policy::from_settings`] turns into a policy.
#[derive(Debug, Clone)]
pub struct Settings {
    pub time_zone: Tz,
    pub window_closes: NaiveTime,
    pub draw_at: NaiveTime,
    pub confirm_hours: u32,
    pub days_of_slots: u32,
    pub no_show_wait_days: u32,
    pub questions: Vec<String>,
    pub draw_params: DrawParams,
    pub region_states: Vec<String>,
}

fn minutes(day: i32, t: NaiveTime) -> i64 {
    use chrono::Timelike;
    i64::from(day) * 24 * 60 + i64::from(t.hour() * 60 + t.minute())
}

/// A TOML error as a [`PolicyError`]: the field is the key at the error's place, under the
/// table it is in.
fn syntax_error(text: &str, e: &toml::de::Error) -> PolicyError {
    let message = e.message().trim().to_string();
    let field = e
        .span()
        .map(|span| field_at(text, span.start))
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| {
            // A missing field is reported for its table: name the field from the message.
            message
                .split('`')
                .nth(1)
                .map(str::to_string)
                .unwrap_or_else(|| "policy".to_string())
        });
    err(&field, PolicyProblem::Syntax(message))
}

/// The dotted path of the key written at byte `at` (or of the table, at a header).
fn field_at(text: &str, at: usize) -> String {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or("").trim();
    let header = |l: &str| {
        l.trim()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .trim_start_matches('[')
            .trim()
            .to_string()
    };
    if line.starts_with('[') {
        return header(line);
    }
    let key = line
        .split('=')
        .next()
        .unwrap_or("")
        .trim()
        .trim_matches('"')
        .to_string();
    let table = before[..line_start]
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('['))
        .map(header);
    match table {
        Some(t) if !key.is_empty() => format!("{t}.{key}"),
        Some(t) => t,
        None => key,
    }
}

/// Serde for a local time written "HH:MM".
mod hm {
    use super::*;
    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.format("%H:%M").to_string())
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let s = String::deserialize(d)?;
        parse(&s).map_err(serde::de::Error::custom)
    }
    pub fn parse(s: &str) -> Result<NaiveTime, String> {
        NaiveTime::parse_from_str(s, "%H:%M")
            .map_err(|_| format!("{s:?} is not a time of day written HH:MM"))
    }
}

mod opt_hm {
    use super::*;
    pub fn serialize<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => hm::serialize(t, s),
            None => s.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        let s = String::deserialize(d)?;
        hm::parse(&s).map(Some).map_err(serde::de::Error::custom)
    }
}

/// Serde for an IANA time zone name.
mod zone {
    use super::*;
    pub fn serialize<S: Serializer>(z: &Tz, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(z.name())
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Tz, D::Error> {
        let s = String::deserialize(d)?;
        s.parse()
            .map_err(|_| serde::de::Error::custom(format!("unknown time zone {s:?}")))
    }
}

// ---------------------------------------------------------------------------
// The cycle's instants
// ---------------------------------------------------------------------------

/// When a draw's request window is open, relative to `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// Open: a request made now joins this draw.
    Open,
    /// Not open yet: it opens at this instant.
    NotYet(DateTime<Utc>),
    /// Closed.
    Closed,
}

impl Cycle {
    /// The instant `time` on `day` in the cycle's zone (as `cycle::DailyCycle` resolves
    /// daylight-saving gaps and repeats).
    fn at(&self, day: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
        crate::cycle::DailyCycle {
            time_zone: self.time_zone,
            window_closes: time,
            draw_at: time,
        }
        .window_close(day)
    }

    pub fn local_day(&self, now: DateTime<Utc>) -> NaiveDate {
        now.with_timezone(&self.time_zone).date_naive()
    }

    /// When the request window of `day`'s draw closes.
    pub fn window_close(&self, day: NaiveDate) -> DateTime<Utc> {
        self.at(
            day + Duration::days(i64::from(self.window_closes_day)),
            self.window_closes,
        )
    }

    /// When the request window of `day`'s draw opens (`None`: it is open until it closes).
    pub fn window_open(&self, day: NaiveDate) -> Option<DateTime<Utc>> {
        self.window_opens
            .map(|t| self.at(day + Duration::days(i64::from(self.window_opens_day)), t))
    }

    /// When `day`'s draw runs.
    pub fn draw_time(&self, day: NaiveDate) -> DateTime<Utc> {
        self.at(day, self.allocation_at)
    }

    /// Whether a request made at `now` would join `day`'s draw.
    pub fn window(&self, day: NaiveDate, now: DateTime<Utc>) -> Window {
        if now >= self.window_close(day) {
            return Window::Closed;
        }
        match self.window_open(day) {
            Some(open) if now < open => Window::NotYet(open),
            _ => Window::Open,
        }
    }
}

/// The draw a request made at `now` joins, when each day's draw follows the cycle of the policy
/// in force for that day (`cycle_of`) and the draws of `done` have already run: the earliest day
/// whose window is open. `Err` carries the draw whose window opens next and when (if one opens
/// within a week).
pub fn next_draw<'a>(
    now: DateTime<Utc>,
    done: &[NaiveDate],
    cycle_of: impl Fn(NaiveDate) -> &'a Cycle,
) -> Result<NaiveDate, Option<(NaiveDate, DateTime<Utc>)>> {
    let start = now.date_naive() - Duration::days(2);
    let mut opens: Option<(NaiveDate, DateTime<Utc>)> = None;
    for offset in 0..10 {
        let day = start + Duration::days(offset);
        if done.contains(&day) {
            continue;
        }
        match cycle_of(day).window(day, now) {
            Window::Open => return Ok(day),
            Window::NotYet(at) if opens.is_none_or(|(_, o)| at < o) => opens = Some((day, at)),
            Window::NotYet(_) => {}
            Window::Closed => {}
        }
    }
    Err(opens)
}

/// A U.S. destination address, shared by the whole group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsAddress {
    /// Two-letter USPS code of a state, the District of Columbia or a territory.
    pub state: String,
    /// Five digits.
    pub zip: String,
    pub street: String,
}

/// USPS codes of the states, DC and the territories.
pub const US_STATES: [&str; 56] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI",
];

impl UsAddress {
    /// A checked address (state upper-cased, spaces trimmed), or the problems by field.
    pub fn parse(
        state: &str,
        zip: &str,
        street: &str,
    ) -> Result<UsAddress, crate::validation::Invalid> {
        use crate::validation::{Collector, Problem};
        let mut c = Collector::default();
        let state = state.trim().to_ascii_uppercase();
        let state = c.check(
            "us_address.state",
            if state.is_empty() {
                Err(Problem::Required)
            } else if US_STATES.contains(&state.as_str()) {
                Ok(state)
            } else {
                Err(Problem::UnknownChoice)
            },
        );
        let zip = zip.trim();
        let zip = c.check(
            "us_address.zip",
            if zip.is_empty() {
                Err(Problem::Required)
            } else if zip.len() == 5 && zip.bytes().all(|b| b.is_ascii_digit()) {
                Ok(zip.to_string())
            } else {
                Err(Problem::InvalidCharacters)
            },
        );
        let street = c.check(
            "us_address.street",
            crate::validation::bounded_text(street, 1, 200),
        );
        c.finish()?;
        match (state, zip, street) {
            (Some(state), Some(zip), Some(street)) => Ok(UsAddress { state, zip, street }),
            _ => Err(crate::validation::Invalid::one(
                "us_address",
                Problem::Required,
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn garita() -> Policy {
        Policy::parse(preset("garita").unwrap()).unwrap()
    }

    fn field_of(text: &str) -> String {
        Policy::parse(text).unwrap_err().field
    }

    #[test]
    fn every_preset_parses_and_is_named_as_its_file() {
        for (name, text) in PRESETS {
            let p = Policy::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(p.name, name);
            assert_eq!(p.digest().len(), 64);
        }
    }

    #[test]
    fn the_presets_say_what_the_record_says() {
        let p = |n| Policy::parse(preset(n).unwrap()).unwrap();
        let (may23, mar24, aug24, garita) = (
            p("cbp-2023-05"),
            p("cbp-2024-03"),
            p("cbp-2024-08"),
            p("garita"),
        );
        for cbp in [&may23, &mar24, &aug24] {
            assert!(!cbp.requests.carry_over);
            assert_eq!(cbp.requests.no_show_wait_days, 0);
            assert!(cbp.requests.recheck_location_at_confirmation);
            assert_eq!(cbp.cycle.confirmation_hours, 23);
            assert_eq!(
                cbp.allocation,
                Rule::OldestShareThenRandom(crate::draw::OldestShare { share: 0.5 })
            );
            assert_eq!(cbp.region.north_of_latitude, Some(19.0));
        }
        assert!(!may23.requests.shared_us_address);
        assert!(mar24.requests.shared_us_address && aug24.requests.shared_us_address);
        // 12:00–23:59 Eastern, allocation 12:00 Eastern the next day.
        let day = date("2024-03-05");
        assert_eq!(
            mar24.cycle.window_open(day),
            Some(utc("2024-03-04T17:00:00Z"))
        );
        assert_eq!(mar24.cycle.window_close(day), utc("2024-03-05T04:59:00Z"));
        assert_eq!(mar24.cycle.draw_time(day), utc("2024-03-05T17:00:00Z"));
        // 23 hours of window in May 2023.
        let w = may23.cycle.window_close(day) - may23.cycle.window_open(day).unwrap();
        assert_eq!(w, Duration::hours(23));
        // Chiapas and Tabasco: out in March, in from August; Mexicans from anywhere.
        for s in ["MX.CP", "MX.TB"] {
            assert!(mar24.region.admits(s, 16.0, 0.0).is_err());
            assert!(aug24.region.admits(s, 16.0, 0.0).is_ok());
        }
        assert!(aug24.region.exception_applies("MX", &["MX", "HT"]));
        assert!(!aug24.region.exception_applies("HT", &["HT"]));
        assert!(!mar24.region.exception_applies("MX", &["MX"]));
        assert!(garita.requests.carry_over);
        assert_eq!(garita.requests.no_show_wait_days, 30);
        assert_eq!(garita.allocation.id().as_str(), "weighted");
    }

    #[test]
    fn the_nineteenth_parallel_taken_literally_puts_the_southeast_inside() {
        let aug24 = Policy::parse(preset("cbp-2024-08").unwrap()).unwrap();
        // Mexico City 19.43, Mérida 20.97, Cancún 21.16, Campeche 19.85: inside.
        for (state, lat) in [
            ("MX.DF", 19.43),
            ("MX.YU", 20.97),
            ("MX.QR", 21.16),
            ("MX.CM", 19.85),
        ] {
            assert_eq!(aug24.region.admits(state, lat, 100.0), Ok(()), "{state}");
        }
        // Oaxaca city 17.06, Acapulco 16.85: outside.
        assert_eq!(
            aug24.region.admits("MX.OA", 17.06, 100.0),
            Err(RegionRule::SouthOfLatitude(19.0))
        );
        // A circle reaching the line counts as north of it.
        assert!(aug24.region.admits("MX.PU", 18.99, 2_000.0).is_ok());
        assert!(aug24.region.admits("MX.PU", 18.99, 100.0).is_err());
    }

    #[test]
    fn the_garita_preset_is_todays_settings() {
        let s = Settings {
            time_zone: chrono_tz::America::Chicago,
            window_closes: NaiveTime::from_hms_opt(11, 0, 0).unwrap(),
            draw_at: NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
            confirm_hours: 23,
            days_of_slots: 14,
            no_show_wait_days: 30,
            questions: [
                "medical",
                "pregnant",
                "disability",
                "threat",
                "unaccompanied-child",
                "elderly",
            ]
            .map(String::from)
            .to_vec(),
            draw_params: DrawParams::default(),
            region_states: crate::geofence::DEFAULT_INCLUDED.map(String::from).to_vec(),
        };
        let generated = Policy::from_settings(&s);
        assert_eq!(generated.digest(), garita().digest());
        // Written out and read back, it is the same policy.
        assert_eq!(Policy::parse(&generated.to_toml()).unwrap(), generated);
    }

    #[test]
    fn bad_values_are_refused_naming_the_field() {
        let g = preset("garita").unwrap();
        let cases = [
            (
                g.replace("[cycle]", "[cycle]\nsurprise = 1"),
                "cycle.surprise",
            ),
            (
                g.replace("carry_over = true", "carry_over = \"yes\""),
                "requests.carry_over",
            ),
            (
                g.replace("window_closes = \"11:00\"", "window_closes = \"25:00\""),
                "cycle.window_closes",
            ),
            (
                g.replace("allocation_at = \"12:00\"", "allocation_at = \"10:00\""),
                "cycle.allocation_at",
            ),
            (g.replace("\"MX.AG\"", "\"MX.XX\""), "region.states"),
            (
                g.replace(
                    "time_zone = \"America/Chicago\"",
                    "time_zone = \"Mars/Olympus\"",
                ),
                "cycle.time_zone",
            ),
            (
                g.replace("max_group_size = 11", "max_group_size = 12"),
                "requests.max_group_size",
            ),
            (
                g.replace("base_weight = 1.0", "base_weight = -1.0"),
                "allocation.params.base_weight",
            ),
        ];
        for (text, field) in cases {
            assert_ne!(text, g, "{field}: the case changed nothing");
            assert_eq!(field_of(&text), field);
        }
        let cbp = preset("cbp-2024-03").unwrap();
        let share = cbp.replace("share = 0.5", "share = 1.5");
        assert_ne!(share, cbp);
        let e = Policy::parse(&share).unwrap_err();
        assert_eq!(e.field, "allocation.params.share");
        assert_eq!(e.problem.code(), "out-of-range");
        let window = cbp.replace("window_opens = \"12:00\"", "window_opens = \"23:59\"");
        assert_ne!(window, cbp);
        let e = Policy::parse(&window).unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.problem.code()),
            ("cycle.window_closes", "window-order")
        );
        let unknown = cbp.replace("\"MX.CP\"", "\"MX.ZZ\"");
        assert_eq!(field_of(&unknown), "region.excluded_states");
    }

    #[test]
    fn comments_spacing_and_key_order_do_not_change_the_digest() {
        let g = preset("garita").unwrap();
        let reordered = format!(
            "# a note\n{}",
            g.replace("carry_over = true\n", "")
                .replace("[requests]", "[requests]\n  carry_over   =   true")
        );
        assert_eq!(
            Policy::parse(&reordered).unwrap().digest(),
            garita().digest()
        );
        let changed = g.replace("no_show_wait_days = 30", "no_show_wait_days = 29");
        assert_ne!(Policy::parse(&changed).unwrap().digest(), garita().digest());
    }

    #[test]
    fn a_us_address_needs_a_state_a_zip_and_a_street() {
        let a = UsAddress::parse(" tx ", "78701", "100 Congress Ave").unwrap();
        assert_eq!(a.state, "TX");
        let e = UsAddress::parse("XX", "7870", " ").unwrap_err();
        let fields: Vec<_> = e.0.iter().map(|f| f.field).collect();
        assert_eq!(
            fields,
            ["us_address.state", "us_address.zip", "us_address.street"]
        );
    }

    #[test]
    fn a_request_outside_cbps_window_joins_no_draw_and_learns_when_it_opens() {
        let p = Policy::parse(preset("cbp-2024-03").unwrap()).unwrap();
        let c = &p.cycle;
        // 09:00 Eastern on 5 March: the window of the 6th opens at 12:00.
        let now = utc("2024-03-05T14:00:00Z");
        assert_eq!(
            next_draw(now, &[], |_| c),
            Err(Some((date("2024-03-06"), utc("2024-03-05T17:00:00Z"))))
        );
        // 13:00 Eastern: the draw of the next day.
        let now = utc("2024-03-05T18:00:00Z");
        assert_eq!(next_draw(now, &[], |_| c), Ok(date("2024-03-06")));
        // Garita's window is always open: after 11:00 Central, tomorrow's draw.
        let g = garita();
        let now = utc("2026-11-25T17:00:00Z");
        assert_eq!(next_draw(now, &[], |_| &g.cycle), Ok(date("2026-11-26")));
        assert_eq!(
            next_draw(now, &[date("2026-11-26")], |_| &g.cycle),
            Ok(date("2026-11-27"))
        );
    }

    fn instant() -> impl Strategy<Value = DateTime<Utc>> {
        (1_735_689_600i64..1_861_920_000).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap())
    }

    proptest! {
        #[test]
        fn every_preset_window_closes_before_its_draw_and_a_joined_draw_is_open(now in instant()) {
            for (_, text) in PRESETS {
                let p = Policy::parse(text).unwrap();
                let c = &p.cycle;
                if let Ok(day) = next_draw(now, &[], |_| c) {
                    prop_assert!(now < c.window_close(day));
                    prop_assert!(c.window_open(day).is_none_or(|o| o <= now));
                    prop_assert!(c.window_close(day) < c.draw_time(day));
                } else {
                    // Only a policy with an opening time leaves a request out of every window.
                    prop_assert!(c.window_opens.is_some());
                }
            }
        }

        #[test]
        fn the_region_never_admits_an_excluded_state(
            lat in 14.0f64..33.0,
            acc in 0.0f64..5000.0,
            pick in 0usize..32,
        ) {
            let state = all_state_codes().nth(pick).unwrap();
            for (_, text) in PRESETS {
                let p = Policy::parse(text).unwrap();
                let r = &p.region;
                let admitted = r.admits(state, lat, acc).is_ok();
                if r.excluded_states.iter().any(|e| e == state) {
                    prop_assert!(!admitted);
                }
                if r.states.iter().any(|s| s == state) {
                    prop_assert!(admitted);
                }
                // Whatever is admitted is among the states the fence must include.
                if admitted {
                    prop_assert!(r.fence_states().iter().any(|s| s == state));
                }
            }
        }

        #[test]
        fn a_random_share_is_accepted_exactly_within_zero_and_one(hundredths in -200i32..300) {
            let share = f64::from(hundredths) / 100.0;
            let text = preset("cbp-2024-08").unwrap()
                .replace("share = 0.5", &format!("share = {share:?}"));
            let parsed = Policy::parse(&text);
            prop_assert_eq!(parsed.is_ok(), (0.0..=1.0).contains(&share));
        }

        #[test]
        fn parsing_any_text_never_panics(text in ".{0,200}") {
            let _ = Policy::parse(&text);
        }
    }
}
