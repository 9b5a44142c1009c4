//! The allocation rules: which rule shares out the places, with its
//! parameters. Every rule runs on the same engine (`allocation`), reads the
//! same input ([`DrawInput`](super::DrawInput)) and is published in the same
//! record ([`PublishedDraw`](super::PublishedDraw)) as `"rule": <id>,
//! "params": {…}`, so anyone can verify it with the same command.
//!
//! # Adding a rule
//!
//! Later functions (parole selections, programme rosters) run their own
//! selections through this engine under their own rule ids:
//!
//! 1. add a variant to [`Rule`] holding its parameters, and a [`RuleId`] with
//!    its stable text id (never reuse or rename one: published records name it);
//! 2. give its parameters a field each in `WireParams` (the published `params`
//!    object) and read them back in `Rule::from_wire`;
//! 3. validate them in [`Rule::validate`] (a [`DrawError::InvalidParams`]
//!    naming the field);
//! 4. say how it places groups in `allocation::draw_core`: a sequence of
//!    passes over one `Board` (the slots and their room), each an order over
//!    the requests (by lot — `allocation::lot`, from the committed seed and
//!    nothing else —, by registration rank, …) and, if need be, a budget of
//!    people; `Board::place` puts each group whole in the first slot with
//!    room at its first port in preference order that has one;
//! 5. write its formula in `docs/draw.md` and property-test it beside the others.
//!
//! [`run`](super::run), [`publish`](super::publish) and [`verify`](super::verify)
//! then dispatch on it; a record under a new rule is refused by older
//! verifiers (unknown rule), never misread.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::allocation::short_decimal;
use super::{DrawError, DrawParams};

/// The stable text ids of the rules, as published in a record's `rule` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleId {
    /// `weighted`: a weighted lottery (waiting time and vulnerability).
    Weighted,
    /// `oldest-share-then-random`: a share of the places to the oldest
    /// registrations, the rest at random with equal odds per group.
    OldestShareThenRandom,
}

impl RuleId {
    pub const ALL: [RuleId; 2] = [RuleId::Weighted, RuleId::OldestShareThenRandom];

    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::Weighted => "weighted",
            RuleId::OldestShareThenRandom => "oldest-share-then-random",
        }
    }

    /// The rule a text id names (exact, case-sensitive).
    pub fn parse(text: &str) -> Option<RuleId> {
        RuleId::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The parameters of `oldest-share-then-random`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OldestShare {
    /// The fraction of the places (counted in people) that go to the oldest
    /// registrations, in [0, 1]. CBP never published its split; a CBP
    /// official said half and half (May 2023), hence the default 0.5.
    pub share: f64,
}

impl Default for OldestShare {
    fn default() -> Self {
        OldestShare { share: 0.5 }
    }
}

/// How the places are shared out. Serialized as `{"rule": <id>, "params": {…}}`
/// (a missing `rule` reads as `weighted`, as in records published before rules
/// had names).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RuleWire", into = "RuleWire")]
pub enum Rule {
    /// Today's weighted lottery.
    Weighted(DrawParams),
    /// A share to the oldest registrations, then the rest at random.
    OldestShareThenRandom(OldestShare),
}

impl Default for Rule {
    fn default() -> Self {
        Rule::Weighted(DrawParams::default())
    }
}

impl Rule {
    pub fn id(&self) -> RuleId {
        match self {
            Rule::Weighted(_) => RuleId::Weighted,
            Rule::OldestShareThenRandom(_) => RuleId::OldestShareThenRandom,
        }
    }

    /// Checks the parameters: the first problem, naming its field.
    pub fn validate(&self) -> Result<(), DrawError> {
        match self {
            Rule::Weighted(p) => super::allocation::validate_params(p),
            Rule::OldestShareThenRandom(p) => {
                let reason = if !p.share.is_finite() {
                    "must be a finite number"
                } else if !(0.0..=1.0).contains(&p.share) {
                    "must be between 0 and 1"
                } else if !short_decimal(p.share) {
                    "must be written with at most 15 significant digits"
                } else {
                    return Ok(());
                };
                Err(DrawError::InvalidParams {
                    name: "share",
                    reason,
                })
            }
        }
    }

    /// Whether the rule needs every request's `registration_rank`.
    pub fn needs_registration_rank(&self) -> bool {
        matches!(self, Rule::OldestShareThenRandom(_))
    }

    /// The rule from a record's `rule` (absent: `weighted`) and `params`.
    pub(super) fn from_wire(rule: Option<&str>, params: WireParams) -> Result<Rule, String> {
        let id = match rule {
            None => RuleId::Weighted,
            Some(text) => RuleId::parse(text).ok_or_else(|| {
                format!(
                    "unknown rule {text:?}: this verifier implements {}",
                    RuleId::ALL.map(RuleId::as_str).join(", ")
                )
            })?,
        };
        let foreign = |name: &str| format!("{name} is not a parameter of the rule {id}");
        match id {
            RuleId::Weighted => {
                if params.share.is_some() {
                    return Err(foreign("share"));
                }
                let d = DrawParams::default();
                Ok(Rule::Weighted(DrawParams {
                    base_weight: params.base_weight.unwrap_or(d.base_weight),
                    per_day_weight: params.per_day_weight.unwrap_or(d.per_day_weight),
                    max_days_counted: params.max_days_counted.unwrap_or(d.max_days_counted),
                    vulnerability_multiplier: params
                        .vulnerability_multiplier
                        .unwrap_or(d.vulnerability_multiplier),
                }))
            }
            RuleId::OldestShareThenRandom => {
                for (name, given) in [
                    ("base_weight", params.base_weight.is_some()),
                    ("per_day_weight", params.per_day_weight.is_some()),
                    ("max_days_counted", params.max_days_counted.is_some()),
                    (
                        "vulnerability_multiplier",
                        params.vulnerability_multiplier.is_some(),
                    ),
                ] {
                    if given {
                        return Err(foreign(name));
                    }
                }
                Ok(Rule::OldestShareThenRandom(OldestShare {
                    share: params.share.unwrap_or(OldestShare::default().share),
                }))
            }
        }
    }

    /// The published `params` object of the rule.
    pub(super) fn wire_params(&self) -> WireParams {
        match *self {
            Rule::Weighted(p) => WireParams {
                base_weight: Some(p.base_weight),
                per_day_weight: Some(p.per_day_weight),
                max_days_counted: Some(p.max_days_counted),
                vulnerability_multiplier: Some(p.vulnerability_multiplier),
                share: None,
            },
            Rule::OldestShareThenRandom(p) => WireParams {
                share: Some(p.share),
                ..WireParams::default()
            },
        }
    }
}

/// A `params` object as written: every rule's fields, all optional, nothing
/// else (an unknown field is refused). Which fields a rule takes is checked
/// when the rule is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_weight: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_day_weight: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_days_counted: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vulnerability_multiplier: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
}

/// A rule on its own, as JSON: `{"rule": "weighted", "params": {…}}`.
#[derive(Serialize, Deserialize)]
struct RuleWire {
    #[serde(default)]
    rule: Option<String>,
    #[serde(default)]
    params: WireParams,
}

impl TryFrom<RuleWire> for Rule {
    type Error = String;
    fn try_from(w: RuleWire) -> Result<Rule, String> {
        Rule::from_wire(w.rule.as_deref(), w.params)
    }
}

impl From<Rule> for RuleWire {
    fn from(r: Rule) -> RuleWire {
        RuleWire {
            rule: Some(r.id().as_str().to_string()),
            params: r.wire_params(),
        }
    }
}

/// `floor(share × capacity)`, exactly, with `share` taken as the decimal it
/// is written as (the shortest decimal that reads back as the same double, at
/// most 15 significant digits: `0.3` is three tenths, not the double just
/// below): no rounding, the same on every machine. `share` must be valid
/// (finite, in [0, 1]).
pub fn share_places(share: f64, capacity: u64) -> u64 {
    // `{:e}` is the shortest round-trip decimal, e.g. "5e-1", "3.3e-1", "1e0", "0e0".
    let text = format!("{share:e}");
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let fraction_digits = mantissa.split_once('.').map_or(0, |(_, f)| f.len()) as i64;
    let digits: u128 = mantissa
        .bytes()
        .filter(u8::is_ascii_digit)
        .fold(0u128, |n, d| {
            n.saturating_mul(10).saturating_add(u128::from(d - b'0'))
        });
    // share = digits × 10^power, digits < 10^15 < 2^50.
    let power = exponent - fraction_digits;
    let whole = digits.saturating_mul(u128::from(capacity));
    let exact = if power >= 0 {
        whole.saturating_mul(10u128.saturating_pow(power.min(38) as u32))
    } else if -power > 38 {
        0 // digits × capacity < 2^114 < 10^35
    } else {
        whole / 10u128.pow((-power) as u32)
    };
    // share ≤ 1, so the result is at most `capacity`.
    exact.min(u128::from(capacity)) as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rule_ids_are_stable_and_read_back() {
        assert_eq!(RuleId::Weighted.as_str(), "weighted");
        assert_eq!(
            RuleId::OldestShareThenRandom.as_str(),
            "oldest-share-then-random"
        );
        for id in RuleId::ALL {
            assert_eq!(RuleId::parse(id.as_str()), Some(id));
        }
        assert_eq!(RuleId::parse("Weighted"), None);
    }

    #[test]
    fn rules_roundtrip_json_and_a_missing_rule_is_weighted() {
        for rule in [
            Rule::default(),
            Rule::Weighted(DrawParams {
                per_day_weight: 0.25,
                ..DrawParams::default()
            }),
            Rule::OldestShareThenRandom(OldestShare { share: 0.3 }),
        ] {
            let json = serde_json::to_string(&rule).unwrap();
            assert_eq!(serde_json::from_str::<Rule>(&json).unwrap(), rule, "{json}");
        }
        assert_eq!(
            serde_json::to_value(Rule::OldestShareThenRandom(OldestShare::default())).unwrap(),
            serde_json::json!({"rule": "oldest-share-then-random", "params": {"share": 0.5}})
        );
        let old: Rule = serde_json::from_str(r#"{"params": {"per_day_weight": 0.2}}"#).unwrap();
        assert_eq!(
            old,
            Rule::Weighted(DrawParams {
                per_day_weight: 0.2,
                ..DrawParams::default()
            })
        );
        let default_share: Rule =
            serde_json::from_str(r#"{"rule": "oldest-share-then-random"}"#).unwrap();
        assert_eq!(
            default_share,
            Rule::OldestShareThenRandom(OldestShare { share: 0.5 })
        );
    }

    #[test]
    fn a_rule_refuses_another_rules_parameters_and_unknown_ones() {
        for bad in [
            r#"{"rule": "weighted", "params": {"share": 0.5}}"#,
            r#"{"rule": "oldest-share-then-random", "params": {"per_day_weight": 0.1}}"#,
            r#"{"rule": "oldest-share-then-random", "params": {"shares": 0.1}}"#,
            r#"{"rule": "first-come", "params": {}}"#,
        ] {
            assert!(serde_json::from_str::<Rule>(bad).is_err(), "{bad}");
        }
        let e = serde_json::from_str::<Rule>(r#"{"rule": "first-come"}"#).unwrap_err();
        assert!(e.to_string().contains("unknown rule"), "{e}");
    }

    #[test]
    fn share_is_validated_naming_the_field() {
        for share in [-0.1, 1.5, f64::NAN, f64::INFINITY, 1.0 / 3.0] {
            assert!(
                matches!(
                    Rule::OldestShareThenRandom(OldestShare { share }).validate(),
                    Err(DrawError::InvalidParams { name: "share", .. })
                ),
                "{share}"
            );
        }
        for share in [0.0, 0.5, 1.0, 0.333] {
            Rule::OldestShareThenRandom(OldestShare { share })
                .validate()
                .unwrap();
        }
    }

    #[test]
    fn share_places_is_the_floor_of_the_written_decimal() {
        assert_eq!(share_places(0.5, 1_450), 725);
        assert_eq!(share_places(0.5, 7), 3);
        assert_eq!(
            share_places(0.3, 10),
            3,
            "three tenths, not the double below"
        );
        assert_eq!(
            share_places(0.29, 100),
            29,
            "0.29 × 100 is 28.999… in doubles"
        );
        assert_eq!(share_places(0.0, 1_000), 0);
        assert_eq!(share_places(1.0, 1_000), 1_000);
        assert_eq!(share_places(1e-300, u64::MAX), 0);
        assert_eq!(
            share_places(0.999999999999999, 1_000_000_000_000_000),
            999_999_999_999_999
        );
        assert_eq!(share_places(1.0, u64::MAX), u64::MAX);
    }

    proptest! {
        #[test]
        fn prop_share_places_agrees_with_integer_arithmetic(permille in 0u64..=1000, capacity in 0u64..10_000_000) {
            let share = permille as f64 / 1000.0;
            prop_assert_eq!(share_places(share, capacity), permille * capacity / 1000);
        }
    }
}
