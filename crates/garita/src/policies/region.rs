//! The region of a policy said as rules (included states, the latitude line, excluded states,
//! nationality exceptions) and drawn as a small map from the states' simplified outlines
//! (computed once, at first use), for the request page and the public `/policies` page.

use std::fmt::Write as _;
use std::sync::OnceLock;

use garita_domain::places::Places;
use garita_domain::policy::{Policy, WhoCounts};

use crate::http::context::Ctx;

/// The USPS codes of the states, DC and the territories with their names. ICU4X's compiled
/// data has no subdivision names (CLDR's are not in `icu_experimental` 0.7), so a state shows
/// as its code and its own name, which is also how it is written on an address.
pub const US_STATE_NAMES: [(&str, &str); 56] = [
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("DC", "District of Columbia"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
    ("AS", "American Samoa"),
    ("GU", "Guam"),
    ("MP", "Northern Mariana Islands"),
    ("PR", "Puerto Rico"),
    ("VI", "U.S. Virgin Islands"),
];

/// The map's frame: longitudes and latitudes it shows, and pixels per degree.
const WEST: f64 = -118.5;
const NORTH: f64 = 33.0;
const SCALE: f64 = 12.0;
const WIDTH: f64 = 32.0 * SCALE;
const HEIGHT: f64 = 19.0 * SCALE;

/// Each state's simplified outline as an SVG path (computed once).
fn paths() -> &'static [(String, String)] {
    static PATHS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    PATHS.get_or_init(|| {
        let outlines = garita_domain::geofence::simplified_outlines(0.12).unwrap_or_default();
        outlines
            .into_iter()
            .map(|(code, rings)| {
                let mut d = String::new();
                for ring in rings {
                    for (i, [lon, lat]) in ring.iter().enumerate() {
                        let (x, y) = ((lon - WEST) * SCALE, (NORTH - lat) * SCALE);
                        let _ = write!(d, "{}{:.0} {:.0}", if i == 0 { "M" } else { " " }, x, y);
                    }
                    d.push('Z');
                }
                (code, d)
            })
            .collect()
    })
}

/// The region as the page shows it.
pub struct RegionView {
    /// One sentence per rule, in the reader's language.
    pub rules: Vec<String>,
    /// The map (an `<svg>`), eligible states filled and the latitude line drawn.
    pub map: String,
}

impl RegionView {
    /// The region of `policy`, its map described by the list with id `region-rules`.
    pub fn of(ctx: &Ctx, policy: &Policy) -> RegionView {
        Self::described_by(ctx, policy, "region-rules")
    }

    /// The same, the map described by the list with id `list_id`.
    pub fn described_by(ctx: &Ctx, policy: &Policy, list_id: &str) -> RegionView {
        let r = &policy.region;
        let names = |codes: &[String]| -> String {
            let mut n: Vec<&str> = codes
                .iter()
                .map(|c| Places::state_name(&c.to_ascii_uppercase()).unwrap_or(c.as_str()))
                .collect();
            n.sort_unstable();
            n.join(", ")
        };
        let mut rules = Vec::new();
        if !r.states.is_empty() {
            rules.push(
                ctx.tr
                    .t1("policies-region-included", "states", names(&r.states)),
            );
        }
        if let Some(line) = r.north_of_latitude {
            rules.push(
                ctx.tr
                    .t1("policies-region-north-of", "latitude", line.to_string()),
            );
        }
        if !r.excluded_states.is_empty() {
            rules.push(ctx.tr.t1(
                "policies-region-excluded",
                "states",
                names(&r.excluded_states),
            ));
        }
        for e in &r.nationality_exceptions {
            let countries: Vec<&str> = e
                .citizenships
                .iter()
                .map(|c| crate::travelers::countries::name(c, ctx.tr.code()))
                .collect();
            let key = match e.applies_to {
                WhoCounts::Holder => "policies-region-exception-holder",
                WhoCounts::AllMembers => "policies-region-exception-all",
            };
            rules.push(ctx.tr.t1(key, "countries", countries.join(", ")));
        }
        let eligible = r.fence_states();
        let mut map = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"region-map\" viewBox=\"0 0 {WIDTH:.0} {HEIGHT:.0}\" role=\"img\" aria-label=\"{}\" aria-describedby=\"{list_id}\">",
            askama_escape(&ctx.t("policies-region-map-label"))
        );
        for (code, d) in paths() {
            let whole = r.states.iter().any(|s| s.eq_ignore_ascii_case(code));
            // Presentation attributes, not a style sheet: the map needs no CSS to read.
            let (class, fill) =
                if whole || (r.north_of_latitude.is_none() && eligible.contains(code)) {
                    ("in", "#1f6f43")
                } else if eligible.contains(code) {
                    ("part", "#9fd0ae")
                } else {
                    ("out", "#e4e4e4")
                };
            let _ = write!(
                map,
                "<path class=\"{class}\" fill=\"{fill}\" stroke=\"#fff\" stroke-width=\"0.6\" d=\"{d}\"/>"
            );
        }
        if let Some(line) = r.north_of_latitude {
            let y = (NORTH - line) * SCALE;
            let _ = write!(
                map,
                "<line class=\"latitude\" stroke=\"#b3261e\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" x1=\"0\" x2=\"{WIDTH:.0}\" y1=\"{y:.0}\" y2=\"{y:.0}\"/>"
            );
        }
        map.push_str("</svg>");
        RegionView { rules, map }
    }
}

fn askama_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_map_of_every_state_stays_small() {
        let bytes: usize = paths().iter().map(|(_, d)| d.len() + 90).sum();
        assert_eq!(paths().len(), 32);
        assert!(bytes < 15_000, "{bytes} bytes");
    }
}
