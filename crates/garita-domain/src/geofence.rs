//! Geofence: is a device position (WGS84 degrees + accuracy radius in meters) in the eligible region?
//! Two questions, two data sets. *In Mexico?* The disk of radius accuracy + [`LAND_SLACK_M`] (30 m)
//! must meet Mexico's land territory (OpenStreetMap, ~10 m; [`land`] indexes it). A precise fix
//! just across the US border is refused as [`CheckError::InUnitedStates`]. *Which state?* Ray
//! casting over Natural Earth admin-1 state polygons (coarse, ~1 km), then the nearest included
//! state within accuracy + [`SLACK_M`] (2 km), else the nearest state. Distances: point-to-edge in
//! an equirectangular projection centred on the point (error well under 1% at these distances).
//! No antimeridian handling (irrelevant for Mexico). See docs/geofence.md.

mod land;

use serde::{Deserialize, Serialize};
use thiserror::Error;

const STATES_GEOJSON: &str = include_str!("../../../data/geofence/mexico-states.geojson");
/// Mexico's land territory, OpenStreetMap (ODbL, © OpenStreetMap contributors).
const LAND_GEOJSON: &str = include_str!("../../../data/geofence/mexico-land-osm.geojson");

/// Positions with an accuracy radius above this (meters) are refused as too imprecise: the
/// traveler is asked for a better fix or to write their position. At 5 km a fix on the US side
/// of El Paso, Laredo or San Ysidro may still reach Mexico; a larger circle would say nothing.
pub const MAX_ACCURACY_M: f64 = 5_000.0;

/// Slack (meters) added to the accuracy radius when testing against Mexico's land territory: the
/// OpenStreetMap outline is good to about 10 m, so tens of meters are enough.
pub const LAND_SLACK_M: f64 = 30.0;

/// Slack (meters) added to the accuracy radius when choosing the state, to absorb the coarseness
/// of the state polygons: some GeoNames town centres on the coast or the US border lie up to
/// ~1.2 km outside them. It no longer decides whether a position is in Mexico.
pub const SLACK_M: f64 = 2_000.0;

/// A position refused as not in Mexico is said to be in the United States when it lies north of
/// the border and within this distance (meters) of Mexico; farther away the refusal is the
/// general "outside the eligible region".
pub const BORDER_BAND_M: f64 = 10_000.0;

/// Distances this small (meters) count as touching, so a point exactly on a boundary is inside
/// even with zero accuracy and zero slack (shared vertices differ in the last bits of the data).
const TOUCH_EPS_M: f64 = 0.001;

/// Outside-refusals report the nearest included state only if it is within this distance (meters).
pub const NEAREST_REPORT_MAX_M: f64 = 500_000.0;

/// States excluded from the default region (HASC codes): Chiapas, Tabasco, Campeche, Yucatán,
/// Quintana Roo, Oaxaca, Guerrero.
pub const DEFAULT_EXCLUDED: [&str; 7] = [
    "MX.CP", "MX.TB", "MX.CM", "MX.YU", "MX.QR", "MX.OA", "MX.GR",
];

/// States included in the default region (HASC codes): every state not in [`DEFAULT_EXCLUDED`].
pub const DEFAULT_INCLUDED: [&str; 25] = [
    "MX.AG", "MX.BN", "MX.BS", "MX.CA", "MX.CH", "MX.CL", "MX.DF", "MX.DU", "MX.GJ", "MX.HI",
    "MX.JA", "MX.MC", "MX.MR", "MX.MX", "MX.NA", "MX.NL", "MX.PU", "MX.QE", "MX.SI", "MX.SL",
    "MX.SO", "MX.TL", "MX.TM", "MX.VE", "MX.ZA",
];

/// Whether a position not in Mexico lies on the US side of the border rather than at sea: north of
/// a coarse line drawn inside Mexico, south of the border everywhere and north of the Mexican
/// waters of the Pacific (off Tijuana), the Gulf of California and the Gulf of Mexico. Positions on
/// Mexican land never get here, so the line may cut through Mexico freely.
fn north_of_the_border(lat: f64, lon: f64) -> bool {
    // (longitude where the piece starts, latitude there, latitude where the next piece starts)
    const LINE: [(f64, f64, f64); 7] = [
        (-118.5, 32.53, 32.53), // Pacific, US waters off Imperial Beach and San Diego
        (-117.123, 32.35, 32.35), // Tijuana to Mexicali (border 32.53–32.72)
        (-114.85, 32.2, 31.25), // Colorado River to Nogales (border 32.49–31.33; gulf ≤ 31.9)
        (-111.07, 31.25, 31.25), // Nogales to Puerto Palomas (border 31.33–31.78)
        (-106.53, 25.8, 25.8),  // the Rio Grande, El Paso to Brownsville (down to 25.84)
        (-97.15, 25.97, 25.97), // Gulf of Mexico, US waters north of the boundary
        (-93.0, f64::NAN, f64::NAN),
    ];
    LINE.windows(2).any(|w| {
        let ((lon0, lat0, lat1), (lon1, ..)) = (w[0], w[1]);
        (lon0..lon1).contains(&lon) && lat > lat0 + (lat1 - lat0) * (lon - lon0) / (lon1 - lon0)
    })
}

/// Mean Earth radius (IUGG), meters.
const EARTH_RADIUS_M: f64 = 6_371_008.8;
/// Meters per degree of latitude (and of longitude at the equator).
const M_PER_DEG: f64 = EARTH_RADIUS_M * std::f64::consts::PI / 180.0;

/// Errors building a [`Geofence`].
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum GeofenceError {
    /// A configured state code is not one of the 32 HASC codes (see [`Geofence::states`]).
    #[error("unknown state code {0:?} (expected a HASC code such as \"MX.BN\")")]
    UnknownStateCode(String),
    /// No state included: every position would be refused.
    #[error("no state included in the geofence")]
    EmptyRegion,
    /// The embedded boundary data could not be read.
    #[error("invalid embedded geofence data: {0}")]
    Data(String),
}

/// A state, as reported to callers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StateRef {
    /// HASC code, e.g. "MX.BN".
    pub code: String,
    /// Display name, e.g. "Baja California".
    pub name: String,
}

/// An included state near a refused position.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Nearby {
    pub state: StateRef,
    /// Approximate distance from the position to the state's boundary, meters.
    pub distance_m: f64,
}

/// An accepted position.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Located {
    /// The included state the position is in, or the nearest one reached by its accuracy circle.
    pub state: StateRef,
    /// True if the point itself lies inside the state's polygon.
    pub within_polygon: bool,
    /// Distance from the point to the state's polygon, meters (0 when `within_polygon`).
    pub distance_m: f64,
}

/// Why a position was not accepted.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum CheckError {
    /// Coordinates not finite or out of range, or accuracy negative / not finite.
    #[error("invalid position: {0}")]
    InvalidPosition(&'static str),
    /// The accuracy radius exceeds [`MAX_ACCURACY_M`]; ask for a better fix.
    #[error("position too imprecise: accuracy {accuracy_m} m exceeds {max_m} m")]
    TooImprecise { accuracy_m: f64, max_m: f64 },
    /// The accuracy circle (plus [`LAND_SLACK_M`]) does not reach Mexico's land, and the point
    /// lies north of the border within [`BORDER_BAND_M`] of it: the device is in the United States.
    #[error("position in the United States, {distance_m:.0} m from Mexico")]
    InUnitedStates {
        /// Distance from the point to Mexico's land territory, meters.
        distance_m: f64,
    },
    /// Neither the point nor its accuracy circle reaches an included state (or Mexico's land).
    #[error("position outside the eligible region{}", outside_detail(.in_excluded_state, .nearest_included))]
    Outside {
        /// The excluded Mexican state the point lies in, if any.
        in_excluded_state: Option<StateRef>,
        /// The nearest included state, if within [`NEAREST_REPORT_MAX_M`].
        nearest_included: Option<Nearby>,
    },
}

fn outside_detail(excluded: &Option<StateRef>, nearest: &Option<Nearby>) -> String {
    let mut s = String::new();
    if let Some(e) = excluded {
        s.push_str(&format!(" (in {}, which is not included)", e.name));
    }
    if let Some(n) = nearest {
        s.push_str(&format!(
            " (nearest included state: {}, ~{:.0} km)",
            n.state.name,
            n.distance_m / 1000.0
        ));
    }
    s
}

/// A state as listed by [`Geofence::states`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StateEntry<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub included: bool,
}

#[derive(Debug, Clone, Copy)]
struct BBox {
    min_lon: f64,
    min_lat: f64,
    max_lon: f64,
    max_lat: f64,
}

impl BBox {
    const EMPTY: BBox = BBox {
        min_lon: f64::INFINITY,
        min_lat: f64::INFINITY,
        max_lon: f64::NEG_INFINITY,
        max_lat: f64::NEG_INFINITY,
    };

    fn add(&mut self, p: [f64; 2]) {
        self.min_lon = self.min_lon.min(p[0]);
        self.max_lon = self.max_lon.max(p[0]);
        self.min_lat = self.min_lat.min(p[1]);
        self.max_lat = self.max_lat.max(p[1]);
    }

    fn union(&mut self, o: &BBox) {
        self.min_lon = self.min_lon.min(o.min_lon);
        self.max_lon = self.max_lon.max(o.max_lon);
        self.min_lat = self.min_lat.min(o.min_lat);
        self.max_lat = self.max_lat.max(o.max_lat);
    }

    fn contains(&self, lon: f64, lat: f64) -> bool {
        lon >= self.min_lon && lon <= self.max_lon && lat >= self.min_lat && lat <= self.max_lat
    }

    /// Lower bound of the projected distance (meters) from the projection origin to this box.
    fn min_dist_m(&self, p: &Proj) -> f64 {
        let dx = (self.min_lon - p.lon0).max(p.lon0 - self.max_lon).max(0.0) * p.kx;
        let dy = (self.min_lat - p.lat0).max(p.lat0 - self.max_lat).max(0.0) * M_PER_DEG;
        dx.hypot(dy)
    }
}

/// Equirectangular projection centred on the query point: meters east/north of it.
struct Proj {
    lon0: f64,
    lat0: f64,
    kx: f64,
}

impl Proj {
    fn new(lat0: f64, lon0: f64) -> Self {
        Proj {
            lon0,
            lat0,
            kx: lat0.to_radians().cos().max(0.0) * M_PER_DEG,
        }
    }

    fn xy(&self, p: [f64; 2]) -> (f64, f64) {
        ((p[0] - self.lon0) * self.kx, (p[1] - self.lat0) * M_PER_DEG)
    }
}

#[derive(Debug)]
struct Ring {
    pts: Vec<[f64; 2]>,
    bbox: BBox,
}

impl Ring {
    /// Squared projected distance from the origin to the ring's nearest edge.
    fn dist2(&self, p: &Proj) -> f64 {
        let mut best = f64::INFINITY;
        let mut prev = match self.pts.first() {
            Some(&q) => p.xy(q),
            None => return best,
        };
        for &q in &self.pts[1..] {
            let cur = p.xy(q);
            best = best.min(seg_dist2(prev, cur));
            prev = cur;
        }
        best
    }
}

/// Squared distance from the origin to segment a-b.
fn seg_dist2(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (-(a.0 * dx + a.1 * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (x, y) = (a.0 + t * dx, a.1 + t * dy);
    x * x + y * y
}

#[derive(Debug)]
struct Polygon {
    /// Exterior ring first, then holes; containment is even-odd over all rings.
    rings: Vec<Ring>,
    bbox: BBox,
}

impl Polygon {
    fn contains(&self, lon: f64, lat: f64) -> bool {
        if !self.bbox.contains(lon, lat) {
            return false;
        }
        let mut inside = false;
        for ring in &self.rings {
            let pts = &ring.pts;
            let n = pts.len();
            if n < 3 {
                continue;
            }
            let mut j = n - 1;
            for i in 0..n {
                let (xi, yi) = (pts[i][0], pts[i][1]);
                let (xj, yj) = (pts[j][0], pts[j][1]);
                if (yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi {
                    inside = !inside;
                }
                j = i;
            }
        }
        inside
    }
}

#[derive(Debug)]
struct State {
    code: String,
    name: String,
    included: bool,
    polygons: Vec<Polygon>,
    bbox: BBox,
}

impl State {
    fn contains(&self, lon: f64, lat: f64) -> bool {
        self.bbox.contains(lon, lat) && self.polygons.iter().any(|p| p.contains(lon, lat))
    }

    /// Projected distance (m) from the origin to the state's boundary, or infinity if above `limit`.
    fn dist_within(&self, p: &Proj, limit: f64) -> f64 {
        let mut best2 = limit * limit;
        let mut found = f64::INFINITY;
        for ring in self.polygons.iter().flat_map(|poly| &poly.rings) {
            let lb = ring.bbox.min_dist_m(p);
            if lb * lb > best2 {
                continue;
            }
            let d2 = ring.dist2(p);
            if d2 <= best2 {
                best2 = d2;
                found = d2.sqrt();
            }
        }
        found
    }

    fn as_ref(&self) -> StateRef {
        StateRef {
            code: self.code.clone(),
            name: self.name.clone(),
        }
    }
}

/// The eligible region: the 32 Mexican states, each marked included or not.
#[derive(Debug)]
pub struct Geofence {
    states: Vec<State>,
    land: land::Land,
    slack_m: f64,
}

#[derive(Deserialize)]
struct FeatureCollection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: Properties,
    geometry: Geometry,
}

#[derive(Deserialize)]
struct Properties {
    code_hasc: Option<String>,
    name: Option<String>,
}

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Vec<[f64; 2]>>),
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
}

fn build_polygon(rings: Vec<Vec<[f64; 2]>>) -> Polygon {
    let mut bbox = BBox::EMPTY;
    let rings = rings
        .into_iter()
        .filter(|r| r.len() >= 3)
        .map(|mut pts| {
            if pts.first() != pts.last() {
                if let Some(&first) = pts.first() {
                    pts.push(first);
                }
            }
            let mut rb = BBox::EMPTY;
            pts.iter().for_each(|&q| rb.add(q));
            bbox.union(&rb);
            Ring { pts, bbox: rb }
        })
        .collect();
    Polygon { rings, bbox }
}

fn parse_states(geojson: &str) -> Result<Vec<State>, GeofenceError> {
    let fc: FeatureCollection =
        serde_json::from_str(geojson).map_err(|e| GeofenceError::Data(e.to_string()))?;
    let mut states = Vec::new();
    for f in fc.features {
        // Skip the unnamed "minor island" feature (code "-99").
        let (Some(code), Some(name)) = (f.properties.code_hasc, f.properties.name) else {
            continue;
        };
        if !code.starts_with("MX.") {
            continue;
        }
        // This Natural Earth version predates the 2016 rename of the Distrito Federal.
        let name = if code == "MX.DF" {
            "Ciudad de México".to_owned()
        } else {
            name
        };
        let polygons: Vec<Polygon> = match f.geometry {
            Geometry::Polygon(p) => vec![build_polygon(p)],
            Geometry::MultiPolygon(ps) => ps.into_iter().map(build_polygon).collect(),
        };
        let mut bbox = BBox::EMPTY;
        polygons.iter().for_each(|p| bbox.union(&p.bbox));
        if !bbox.min_lon.is_finite() {
            return Err(GeofenceError::Data(format!("state {code} has no geometry")));
        }
        states.push(State {
            code,
            name,
            included: false,
            polygons,
            bbox,
        });
    }
    if states.len() != 32 {
        return Err(GeofenceError::Data(format!(
            "expected 32 states, found {}",
            states.len()
        )));
    }
    states.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(states)
}

impl Geofence {
    /// The default region ([`DEFAULT_INCLUDED`]) from the embedded data.
    pub fn mexico_default() -> Geofence {
        Self::mexico(&DEFAULT_INCLUDED)
            .expect("embedded geofence data and default state codes are valid (tested)")
    }

    /// The region made of the given states, identified by HASC code ("MX.BN"; matched
    /// case-insensitively, surrounding whitespace ignored). Unknown codes and an empty list are
    /// rejected. Parses the embedded GeoJSON (~2 MB): call once at start-up.
    pub fn mexico(included_codes: &[impl AsRef<str>]) -> Result<Geofence, GeofenceError> {
        let mut states = parse_states(STATES_GEOJSON)?;
        for code in included_codes {
            let code = code.as_ref();
            let wanted = code.trim();
            let state = states
                .iter_mut()
                .find(|s| s.code.eq_ignore_ascii_case(wanted))
                .ok_or_else(|| GeofenceError::UnknownStateCode(code.to_owned()))?;
            state.included = true;
        }
        if !states.iter().any(|s| s.included) {
            return Err(GeofenceError::EmptyRegion);
        }
        Ok(Geofence {
            states,
            land: land::Land::parse(LAND_GEOJSON)?,
            slack_m: SLACK_M,
        })
    }

    /// All 32 states, sorted by code, with whether each is included.
    pub fn states(&self) -> impl Iterator<Item = StateEntry<'_>> + '_ {
        self.states.iter().map(|s| StateEntry {
            code: &s.code,
            name: &s.name,
            included: s.included,
        })
    }

    /// Decide whether a position (latitude, longitude in WGS84 degrees; accuracy radius in meters)
    /// is in the region. It is in Mexico if its accuracy circle plus [`LAND_SLACK_M`] meets
    /// Mexico's land; it is then accepted if the point lies in an included state, or its circle
    /// plus [`SLACK_M`] reaches one, or it lies in no state polygon and the nearest state is
    /// included.
    pub fn check(&self, lat: f64, lon: f64, accuracy_m: f64) -> Result<Located, CheckError> {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            return Err(CheckError::InvalidPosition(
                "latitude must be within -90..=90",
            ));
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            return Err(CheckError::InvalidPosition(
                "longitude must be within -180..=180",
            ));
        }
        if !accuracy_m.is_finite() || accuracy_m < 0.0 {
            return Err(CheckError::InvalidPosition(
                "accuracy must be a non-negative number",
            ));
        }
        if accuracy_m > MAX_ACCURACY_M {
            return Err(CheckError::TooImprecise {
                accuracy_m,
                max_m: MAX_ACCURACY_M,
            });
        }
        let proj = Proj::new(lat, lon);

        // 1. In Mexico: the circle meets Mexico's land (OpenStreetMap, ~10 m).
        let land_reach = accuracy_m + LAND_SLACK_M;
        if self.land.distance_within(&proj, land_reach).is_none() {
            if north_of_the_border(lat, lon) {
                if let Some(distance_m) = self.land.edge_within(&proj, BORDER_BAND_M) {
                    return Err(CheckError::InUnitedStates { distance_m });
                }
            }
            return Err(self.outside(lat, lon, &proj));
        }

        // 2. Which state: inside an included state's polygon.
        if let Some(s) = self
            .states
            .iter()
            .find(|s| s.included && s.contains(lon, lat))
        {
            return Ok(Located {
                state: s.as_ref(),
                within_polygon: true,
                distance_m: 0.0,
            });
        }
        // 3. Nearest included state within reach.
        let reach = accuracy_m + self.slack_m + TOUCH_EPS_M;
        if let Some((s, d)) = self.nearest_included(&proj, reach) {
            return Ok(Located {
                state: s.as_ref(),
                within_polygon: false,
                distance_m: d,
            });
        }
        // 4. On Mexican land but in no state polygon (a coast or island the coarse polygons
        // miss): the nearest state, if it is included.
        if !self.states.iter().any(|s| s.contains(lon, lat)) {
            if let Some((s, d)) = self.nearest(&proj, NEAREST_REPORT_MAX_M, |_| true) {
                if s.included {
                    return Ok(Located {
                        state: s.as_ref(),
                        within_polygon: false,
                        distance_m: d,
                    });
                }
            }
        }
        Err(self.outside(lat, lon, &proj))
    }

    /// The general refusal: the excluded state the point is in, and the nearest included state.
    fn outside(&self, lat: f64, lon: f64, proj: &Proj) -> CheckError {
        let in_excluded_state = self
            .states
            .iter()
            .find(|s| !s.included && s.contains(lon, lat))
            .map(State::as_ref);
        let nearest_included = self
            .nearest_included(proj, NEAREST_REPORT_MAX_M)
            .map(|(s, d)| Nearby {
                state: s.as_ref(),
                distance_m: d,
            });
        CheckError::Outside {
            in_excluded_state,
            nearest_included,
        }
    }

    /// The included state whose boundary is nearest the projection origin, if within `limit` m.
    fn nearest_included(&self, proj: &Proj, limit: f64) -> Option<(&State, f64)> {
        self.nearest(proj, limit, |s| s.included)
    }

    /// The state (among those `wanted`) whose boundary is nearest the projection origin, if
    /// within `limit` m.
    fn nearest(
        &self,
        proj: &Proj,
        limit: f64,
        wanted: impl Fn(&State) -> bool,
    ) -> Option<(&State, f64)> {
        let mut best: Option<(&State, f64)> = None;
        let mut limit = limit;
        for s in self.states.iter().filter(|s| wanted(s)) {
            if s.bbox.min_dist_m(proj) > limit {
                continue;
            }
            let d = s.dist_within(proj, limit);
            if d <= limit {
                limit = d;
                best = Some((s, d));
            }
        }
        best
    }
}

/// A state's outline: its exterior rings, each a closed list of `[longitude, latitude]`.
pub type Outline = Vec<Vec<[f64; 2]>>;

/// Each state's outline simplified for a small map: (HASC code, exterior rings as
/// `[longitude, latitude]`), Douglas–Peucker with `tolerance` degrees; rings left with fewer
/// than 4 points (small islands) are dropped. Parses the embedded data: call once.
pub fn simplified_outlines(tolerance: f64) -> Result<Vec<(String, Outline)>, GeofenceError> {
    let states = parse_states(STATES_GEOJSON)?;
    Ok(states
        .into_iter()
        .map(|s| {
            let rings = s
                .polygons
                .iter()
                .filter_map(|p| p.rings.first())
                .map(|r| simplify(&r.pts, tolerance))
                .filter(|r| r.len() >= 4)
                .collect();
            (s.code, rings)
        })
        .collect())
}

/// Douglas–Peucker over a closed ring (the first and last points kept).
fn simplify(pts: &[[f64; 2]], tolerance: f64) -> Vec<[f64; 2]> {
    if pts.len() < 3 {
        return pts.to_vec();
    }
    let mut keep = vec![false; pts.len()];
    keep[0] = true;
    keep[pts.len() - 1] = true;
    // A closed ring's ends coincide: split it at its farthest point from the start first.
    let d0 = |i: usize| (pts[i][0] - pts[0][0]).hypot(pts[i][1] - pts[0][1]);
    let far = (1..pts.len() - 1)
        .max_by(|&a, &b| d0(a).total_cmp(&d0(b)))
        .unwrap_or(1);
    keep[far] = true;
    let mut stack = vec![(0, far), (far, pts.len() - 1)];
    while let Some((a, b)) = stack.pop() {
        if b <= a + 1 {
            continue;
        }
        let (ax, ay) = (pts[a][0], pts[a][1]);
        let (dx, dy) = (pts[b][0] - ax, pts[b][1] - ay);
        let len = dx.hypot(dy);
        let dist = |p: [f64; 2]| {
            if len == 0.0 {
                (p[0] - ax).hypot(p[1] - ay)
            } else {
                ((p[0] - ax) * dy - (p[1] - ay) * dx).abs() / len
            }
        };
        let (i, d) = (a + 1..b)
            .map(|i| (i, dist(pts[i])))
            .max_by(|x, y| x.1.total_cmp(&y.1))
            .unwrap_or((a, 0.0));
        if d > tolerance {
            keep[i] = true;
            stack.push((a, i));
            stack.push((i, b));
        }
    }
    pts.iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

#[cfg(test)]
mod outline_tests {
    use super::*;

    #[test]
    fn simplified_outlines_keep_every_state_and_far_fewer_points() {
        let outlines = simplified_outlines(0.15).unwrap();
        assert_eq!(outlines.len(), 32);
        let points: usize = outlines
            .iter()
            .flat_map(|(_, rings)| rings.iter().map(Vec::len))
            .sum();
        assert!(outlines.iter().all(|(_, rings)| !rings.is_empty()));
        assert!(points < 2_500, "{points} points");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    const PLACES_CSV: &str = include_str!("../../../data/geofence/mexico-places.csv");

    /// Places labelled with an included state in the GeoNames CSV that actually lie well inside an
    /// excluded state (GeoNames admin-1 error; the town is in Oaxaca), with that state's code.
    const MISLABELLED: [(&str, &str); 1] = [("Huautla de Jimenez", "MX.OA")];

    fn fence() -> &'static Geofence {
        static G: OnceLock<Geofence> = OnceLock::new();
        G.get_or_init(Geofence::mexico_default)
    }

    fn accepted_in(lat: f64, lon: f64, acc: f64) -> String {
        match fence().check(lat, lon, acc) {
            Ok(l) => l.state.code,
            Err(e) => panic!("{lat},{lon} ±{acc} m refused: {e}"),
        }
    }

    fn fold(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                'á' => 'a',
                'é' => 'e',
                'í' => 'i',
                'ó' => 'o',
                'ú' => 'u',
                c => c,
            })
            .collect::<String>()
            .to_lowercase()
    }

    struct Place {
        lat: f64,
        lon: f64,
        name: String,
        code: String,
    }

    /// Every place in the CSV, with the CSV's state name mapped to its HASC code.
    fn places() -> Vec<Place> {
        let g = fence();
        let mut lines = PLACES_CSV.lines();
        assert_eq!(lines.next(), Some("lat,lon,name,state"));
        lines
            .map(|line| {
                let f: Vec<&str> = line.split(',').collect();
                assert_eq!(f.len(), 4, "bad line {line}");
                let code = if f[3] == "Mexico City" {
                    "MX.DF"
                } else {
                    g.states()
                        .find(|s| fold(s.name) == fold(f[3]))
                        .unwrap_or_else(|| panic!("unknown state {}", f[3]))
                        .code
                };
                Place {
                    lat: f[0].parse().unwrap(),
                    lon: f[1].parse().unwrap(),
                    name: f[2].to_owned(),
                    code: code.to_owned(),
                }
            })
            .collect()
    }

    /// Whether Mexico's land is within `m` meters of the point.
    fn on_land_within(lat: f64, lon: f64, m: f64) -> bool {
        fence()
            .land
            .distance_within(&Proj::new(lat, lon), m)
            .is_some()
    }

    fn haversine_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
        let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
        let dp = p2 - p1;
        let dl = (lon2 - lon1).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_M * a.sqrt().asin()
    }

    #[test]
    fn embedded_data_has_the_32_states() {
        let g = fence();
        let states: Vec<_> = g.states().collect();
        assert_eq!(states.len(), 32);
        let mut codes: Vec<_> = states.iter().map(|s| s.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), 32, "codes are unique and sorted");
        for s in &states {
            let expected = DEFAULT_INCLUDED.contains(&s.code);
            assert_eq!(s.included, expected, "{}", s.code);
            assert_eq!(DEFAULT_EXCLUDED.contains(&s.code), !expected, "{}", s.code);
        }
        let name = |c: &str| g.states().find(|s| s.code == c).unwrap().name;
        assert_eq!(name("MX.DF"), "Ciudad de México");
        assert_eq!(name("MX.BN"), "Baja California");
        assert_eq!(name("MX.NL"), "Nuevo León");
        assert_eq!(name("MX.CP"), "Chiapas");
    }

    #[test]
    fn construction_validates_codes() {
        assert_eq!(
            Geofence::mexico(&["MX.BN", "MX.XX"]).unwrap_err(),
            GeofenceError::UnknownStateCode("MX.XX".into())
        );
        assert_eq!(
            Geofence::mexico(&["Baja California"]).unwrap_err(),
            GeofenceError::UnknownStateCode("Baja California".into())
        );
        let empty: [&str; 0] = [];
        assert_eq!(
            Geofence::mexico(&empty).unwrap_err(),
            GeofenceError::EmptyRegion
        );
        let g = Geofence::mexico(&[" mx.bn ".to_string()]).unwrap();
        let inc: Vec<_> = g.states().filter(|s| s.included).map(|s| s.code).collect();
        assert_eq!(inc, ["MX.BN"]);
        // Custom region: Monterrey is now outside, and the reason names Nuevo León.
        let err = g.check(25.6866, -100.3161, 100.0).unwrap_err();
        match err {
            CheckError::Outside {
                in_excluded_state: Some(s),
                nearest_included: None,
            } => assert_eq!(s.code, "MX.NL"),
            e => panic!("unexpected {e:?}"),
        }
    }

    #[test]
    fn tijuana_inside() {
        assert_eq!(accepted_in(32.5149, -117.0382, 2000.0), "MX.BN");
        let l = fence().check(32.5149, -117.0382, 0.0).unwrap();
        assert_eq!(l.state.code, "MX.BN");
        assert_eq!(l.state.name, "Baja California");
        assert!(l.within_polygon);
        assert_eq!(l.distance_m, 0.0);
    }

    #[test]
    fn juarez_monterrey_mexico_city_inside() {
        assert_eq!(accepted_in(31.6904, -106.4245, 2000.0), "MX.CH");
        assert_eq!(accepted_in(31.6904, -106.4245, 0.0), "MX.CH");
        assert_eq!(accepted_in(25.6866, -100.3161, 0.0), "MX.NL");
        assert_eq!(accepted_in(25.6866, -100.3161, 2000.0), "MX.NL");
        assert_eq!(accepted_in(19.4326, -99.1332, 0.0), "MX.DF");
        assert_eq!(accepted_in(19.4326, -99.1332, 2000.0), "MX.DF");
    }

    #[test]
    fn tapachula_outside_in_excluded_state() {
        for acc in [0.0, 2000.0, MAX_ACCURACY_M] {
            match fence().check(14.9039, -92.2575, acc) {
                Err(CheckError::Outside {
                    in_excluded_state: Some(s),
                    ..
                }) => {
                    assert_eq!(s.code, "MX.CP");
                    assert_eq!(s.name, "Chiapas");
                }
                r => panic!("unexpected {r:?}"),
            }
        }
    }

    #[test]
    fn san_diego_outside_near_baja_california() {
        match fence().check(32.7157, -117.1611, 2000.0) {
            Err(CheckError::Outside {
                in_excluded_state: None,
                nearest_included: Some(n),
            }) => {
                assert_eq!(n.state.code, "MX.BN");
                assert!((15_000.0..30_000.0).contains(&n.distance_m), "{n:?}");
            }
            r => panic!("unexpected {r:?}"),
        }
        // 25 km accuracy is now too imprecise (it used to reach Tijuana).
        assert!(matches!(
            fence().check(32.7157, -117.1611, 25_000.0),
            Err(CheckError::TooImprecise { .. })
        ));
    }

    #[test]
    fn point_on_shared_border_vertex_inside_even_without_slack() {
        // A vertex of both the Sonora and the Chihuahua polygon (the two copies in the data differ
        // by ~1e-14 degrees).
        let (lat, lon) = (28.48882986150886, -108.60261613642555);
        let mut g = Geofence::mexico_default();
        let proj = Proj::new(lat, lon);
        for code in ["MX.SO", "MX.CH"] {
            let s = g.states.iter().find(|s| s.code == code).unwrap();
            assert!(s.dist_within(&proj, 1.0) < 1e-6, "{code}");
        }
        g.slack_m = 0.0;
        let l = g.check(lat, lon, 0.0).unwrap();
        assert!(["MX.SO", "MX.CH"].contains(&l.state.code.as_str()), "{l:?}");
        // Same with only one of the two states included.
        for code in ["MX.SO", "MX.CH"] {
            let mut g = Geofence::mexico(&[code]).unwrap();
            g.slack_m = 0.0;
            assert_eq!(g.check(lat, lon, 0.0).unwrap().state.code, code);
        }
    }

    #[test]
    fn accuracy_cap() {
        let too = fence().check(32.5149, -117.0382, 60_000.0).unwrap_err();
        assert_eq!(
            too,
            CheckError::TooImprecise {
                accuracy_m: 60_000.0,
                max_m: MAX_ACCURACY_M
            }
        );
        assert!(fence().check(32.5149, -117.0382, MAX_ACCURACY_M).is_ok());
        // Too imprecise is reported even far from Mexico.
        assert!(matches!(
            fence().check(48.85, 2.35, 60_000.0),
            Err(CheckError::TooImprecise { .. })
        ));
    }

    #[test]
    fn invalid_positions() {
        let g = fence();
        for (lat, lon, acc) in [
            (f64::NAN, -100.0, 10.0),
            (25.0, f64::NAN, 10.0),
            (25.0, -100.0, f64::NAN),
            (f64::INFINITY, -100.0, 10.0),
            (25.0, f64::NEG_INFINITY, 10.0),
            (25.0, -100.0, f64::INFINITY),
            (90.5, -100.0, 10.0),
            (-91.0, -100.0, 10.0),
            (25.0, 180.1, 10.0),
            (25.0, -181.0, 10.0),
            (25.0, -100.0, -1.0),
        ] {
            assert!(
                matches!(g.check(lat, lon, acc), Err(CheckError::InvalidPosition(_))),
                "{lat},{lon},{acc}"
            );
        }
        // Extremes are valid input (and simply outside).
        for (lat, lon) in [(90.0, 180.0), (-90.0, -180.0), (0.0, 0.0)] {
            assert!(matches!(
                g.check(lat, lon, 0.0),
                Err(CheckError::Outside {
                    in_excluded_state: None,
                    nearest_included: None
                })
            ));
        }
    }

    #[test]
    fn excluded_state_point_reaching_included_state_is_inside() {
        // Huautla de Jiménez, Oaxaca, ~12 km from the Puebla polygon.
        let (lat, lon) = (18.1315, -96.84088);
        match fence().check(lat, lon, 0.0) {
            Err(CheckError::Outside {
                in_excluded_state: Some(s),
                nearest_included: Some(n),
            }) => {
                assert_eq!(s.code, "MX.OA");
                assert_eq!(n.state.code, "MX.PU");
                assert!((10_000.0..14_000.0).contains(&n.distance_m), "{n:?}");
            }
            r => panic!("unexpected {r:?}"),
        }
        // Reached with the 2 km slack by a 5 km circle from a point ~7 km from Puebla.
        let (lat, lon) = (18.1315, -96.93);
        let l = fence().check(lat, lon, MAX_ACCURACY_M).unwrap();
        assert_eq!(l.state.code, "MX.PU");
        assert!(!l.within_polygon);
        assert!(l.distance_m <= MAX_ACCURACY_M + SLACK_M, "{l:?}");
        assert!(fence().check(lat, lon, 0.0).is_err());
    }

    /// The Tijuana incident: no town of an included state may be refused with 2 km accuracy.
    #[test]
    fn every_place_in_an_included_state_is_accepted_with_2km() {
        let g = fence();
        let ps = places();
        assert_eq!(ps.len(), 4950);
        let mut refused = Vec::new();
        let mut checked = 0;
        for p in ps
            .iter()
            .filter(|p| DEFAULT_INCLUDED.contains(&p.code.as_str()))
        {
            checked += 1;
            match g.check(p.lat, p.lon, 2000.0) {
                Ok(l) => assert!(l.distance_m <= 2000.0 + SLACK_M + TOUCH_EPS_M),
                Err(CheckError::Outside {
                    in_excluded_state: Some(s),
                    ..
                }) if MISLABELLED.contains(&(p.name.as_str(), s.code.as_str())) => {
                    refused.push(p.name.clone())
                }
                Err(e) => panic!("{} ({}) {},{} refused: {e}", p.name, p.code, p.lat, p.lon),
            }
        }
        assert!(checked > 3500, "{checked}");
        let expected: Vec<_> = MISLABELLED.iter().map(|m| m.0.to_owned()).collect();
        assert_eq!(refused, expected);
    }

    /// GeoNames centres of included-state towns that lie 30–250 m into the sea or a coastal lagoon.
    const IN_THE_WATER: [&str; 3] = ["Moralillo", "Heroica Alvarado", "Tapeixtles"];

    /// Places with zero accuracy: all accepted (on the state polygons thanks to the 2 km slack —
    /// the worst is El Huitusi, Sinaloa, ~1.2 km outside them), except [`IN_THE_WATER`].
    #[test]
    fn every_place_in_an_included_state_is_accepted_with_0m() {
        let g = fence();
        for p in places()
            .iter()
            .filter(|p| DEFAULT_INCLUDED.contains(&p.code.as_str()))
            .filter(|p| !MISLABELLED.iter().any(|m| m.0 == p.name))
        {
            // Labels near internal borders are sometimes off by a few km (GeoNames); only the
            // included/excluded decision matters here.
            if let Err(e) = g.check(p.lat, p.lon, 0.0) {
                // Coastal towns whose GeoNames centre lies in the sea or a lagoon, more than
                // 30 m from the OpenStreetMap shore: refused at 0 m, accepted at 250 m.
                if IN_THE_WATER.contains(&p.name.as_str()) {
                    assert!(g.check(p.lat, p.lon, 250.0).is_ok(), "{}", p.name);
                    continue;
                }
                let in_excl = matches!(
                    &e,
                    CheckError::Outside {
                        in_excluded_state: Some(_),
                        ..
                    }
                );
                // Towns labelled Puebla that lie in the Oaxaca polygon within reach of 2 km + slack
                // are the only ones allowed to be refused at 0 m.
                assert!(
                    in_excl && p.code == "MX.PU",
                    "{} ({}) refused: {e}",
                    p.name,
                    p.code
                );
            }
        }
    }

    /// Places in excluded states that are far (by the places data itself) from any included town
    /// are refused, and the refusal names their state.
    #[test]
    fn places_in_excluded_states_far_from_the_region_are_refused() {
        let g = fence();
        let ps = places();
        let included: Vec<&Place> = ps
            .iter()
            .filter(|p| DEFAULT_INCLUDED.contains(&p.code.as_str()))
            .collect();
        let mut far = 0;
        for p in ps
            .iter()
            .filter(|p| DEFAULT_EXCLUDED.contains(&p.code.as_str()))
        {
            let nearest = included
                .iter()
                .map(|q| haversine_m(p.lat, p.lon, q.lat, q.lon))
                .fold(f64::INFINITY, f64::min);
            if nearest < 50_000.0 {
                continue;
            }
            far += 1;
            match g.check(p.lat, p.lon, 2000.0) {
                Err(CheckError::Outside {
                    in_excluded_state: Some(s),
                    ..
                }) => assert!(DEFAULT_EXCLUDED.contains(&s.code.as_str()), "{}", p.name),
                Err(CheckError::Outside {
                    in_excluded_state: None,
                    ..
                }) => {} // offshore of an excluded state
                r => panic!("{} ({}) not refused: {r:?}", p.name, p.code),
            }
        }
        assert!(far > 500, "{far}");
    }

    #[test]
    #[ignore = "timing figures; run with --ignored --nocapture"]
    fn timing() {
        use std::time::Instant;
        let t = Instant::now();
        let g = Geofence::mexico_default();
        println!("construction: {:?}", t.elapsed());
        let cases = [
            ("Tijuana 2km", 32.5149, -117.0382, 2000.0),
            ("Mexico City 0m", 19.4326, -99.1332, 0.0),
            ("Tapachula (refused)", 14.9039, -92.2575, 2000.0),
            ("San Diego (refused)", 32.7157, -117.1611, 2000.0),
            ("Paris (refused)", 48.85, 2.35, 10.0),
            ("El Paso 30m (refused, US)", 31.7587, -106.4869, 30.0),
            ("Ciudad Juarez 30m", 31.7420, -106.4850, 30.0),
        ];
        for (name, lat, lon, acc) in cases {
            let n = 2000;
            let t = Instant::now();
            for _ in 0..n {
                std::hint::black_box(g.check(
                    std::hint::black_box(lat),
                    std::hint::black_box(lon),
                    acc,
                ))
                .ok();
            }
            println!("check {name}: {:?}", t.elapsed() / n);
            match g.check(lat, lon, acc) {
                Ok(l) => println!("  -> {l:?}"),
                Err(e) => println!("  -> {e}"),
            }
        }
        let ps = places();
        let t = Instant::now();
        for p in &ps {
            std::hint::black_box(g.check(p.lat, p.lon, 2000.0)).ok();
        }
        println!(
            "check, mean over {} places: {:?}",
            ps.len(),
            t.elapsed() / ps.len() as u32
        );
    }

    /// Precise fixes a few hundred meters south of the line, in each border city.
    const MEXICAN_SIDE: [(&str, f64, f64, &str); 7] = [
        ("Tijuana (Zona Centro)", 32.5380, -117.0300, "MX.BN"),
        ("Tijuana (README point)", 32.5149, -117.0382, "MX.BN"),
        ("Ciudad Juárez (Centro)", 31.7420, -106.4850, "MX.CH"),
        ("Nuevo Laredo (Centro)", 27.4935, -99.5070, "MX.TM"),
        ("Reynosa (Centro)", 26.0922, -98.2779, "MX.TM"),
        (
            "Matamoros (near the Gateway bridge)",
            25.8920,
            -97.5020,
            "MX.TM",
        ),
        ("Piedras Negras (Centro)", 28.7000, -100.5200, "MX.CA"),
    ];

    /// Precise fixes on the US side, 0.3–1.3 km from the line.
    const US_SIDE: [(&str, f64, f64); 6] = [
        ("El Paso (downtown)", 31.7587, -106.4869),
        ("San Ysidro", 32.5530, -117.0430),
        ("Laredo TX (downtown)", 27.5080, -99.5060),
        ("Hidalgo TX (McAllen)", 26.1003, -98.2630),
        ("Brownsville TX (downtown)", 25.9017, -97.4975),
        ("Eagle Pass TX", 28.7091, -100.4995),
    ];

    #[test]
    fn precise_fixes_just_south_of_the_line_are_accepted_with_their_state() {
        for (name, lat, lon, code) in MEXICAN_SIDE {
            for acc in [0.0, 30.0, 100.0] {
                match fence().check(lat, lon, acc) {
                    Ok(l) => assert_eq!(l.state.code, code, "{name}"),
                    Err(e) => panic!("{name} ±{acc} m refused: {e}"),
                }
            }
        }
    }

    /// The defect: downtown El Paso at 30 m was accepted as Chihuahua (2 km slack on the coarse
    /// Natural Earth border).
    #[test]
    fn precise_fixes_in_the_united_states_are_refused_as_such() {
        for (name, lat, lon) in US_SIDE {
            for acc in [0.0, 30.0, 200.0] {
                match fence().check(lat, lon, acc) {
                    Err(CheckError::InUnitedStates { distance_m }) => {
                        assert!(
                            (200.0..2_000.0).contains(&distance_m),
                            "{name} {distance_m}"
                        )
                    }
                    r => panic!("{name} ±{acc} m: {r:?}"),
                }
            }
        }
        // Far from the border the refusal stays the general one.
        assert!(matches!(
            fence().check(32.7157, -117.1611, 30.0),
            Err(CheckError::Outside { .. })
        ));
        // At sea off Mexico (Gulf of California, Pacific off Tijuana, Gulf off Matamoros): not
        // the United States.
        for (lat, lon) in [(31.3, -114.3), (32.45, -117.3), (25.85, -97.0)] {
            assert!(
                matches!(
                    fence().check(lat, lon, 30.0),
                    Err(CheckError::Outside { .. })
                ),
                "{lat},{lon}"
            );
        }
    }

    #[test]
    fn a_circle_that_reaches_across_the_line_is_in_mexico() {
        // Downtown El Paso is ~1 km from the line: a 2 km circle reaches Ciudad Juárez.
        assert_eq!(accepted_in(31.7587, -106.4869, 2000.0), "MX.CH");
        // ... but a 5 km circle is the most we take.
        assert!(matches!(
            fence().check(31.7587, -106.4869, MAX_ACCURACY_M + 1.0),
            Err(CheckError::TooImprecise { .. })
        ));
    }

    /// `cargo test -p garita-domain --release geofence_check_timing -- --ignored --nocapture`
    #[test]
    #[ignore = "timing figures; run with --ignored --nocapture"]
    fn geofence_check_timing() {
        use std::time::Instant;
        let t = Instant::now();
        let g = Geofence::mexico_default();
        println!("construction: {:?}", t.elapsed());
        // Positions along the border (both sides), inland, at sea and far away, 0–5 km accuracy.
        let mut cases: Vec<(f64, f64, f64)> = Vec::new();
        for (_, lat, lon, _) in MEXICAN_SIDE {
            cases.push((lat, lon, 30.0));
        }
        for (_, lat, lon) in US_SIDE {
            cases.push((lat, lon, 30.0));
        }
        cases.extend([
            (19.4326, -99.1332, 0.0),
            (25.6866, -100.3161, 2000.0),
            (14.9039, -92.2575, 2000.0),
            (31.3, -114.3, 30.0),
            (32.7157, -117.1611, 5000.0),
            (48.85, 2.35, 10.0),
        ]);
        let n = 10_000;
        let mut times = Vec::with_capacity(n);
        for i in 0..n {
            let (lat, lon, acc) = cases[i % cases.len()];
            let t = Instant::now();
            std::hint::black_box(g.check(
                std::hint::black_box(lat),
                std::hint::black_box(lon),
                std::hint::black_box(acc),
            ))
            .ok();
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "check: median {:?}, p99 {:?}, max {:?} over {n} checks ({} positions)",
            times[n / 2],
            times[n * 99 / 100],
            times[n - 1],
            cases.len()
        );
    }

    proptest! {
        #[test]
        fn never_panics(lat in any::<f64>(), lon in any::<f64>(), acc in any::<f64>()) {
            let r = fence().check(lat, lon, acc);
            let valid = lat.is_finite() && lon.is_finite() && acc.is_finite()
                && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) && acc >= 0.0;
            prop_assert_eq!(matches!(r, Err(CheckError::InvalidPosition(_))), !valid);
        }

        #[test]
        fn never_panics_near_mexico(lat in 10.0f64..36.0, lon in -122.0f64..-84.0, acc in -10.0f64..60_000.0) {
            match fence().check(lat, lon, acc) {
                Ok(l) => {
                    prop_assert!(DEFAULT_INCLUDED.contains(&l.state.code.as_str()));
                    // Farther only on Mexican land that no coarse state polygon covers.
                    prop_assert!(l.distance_m <= acc + SLACK_M + TOUCH_EPS_M
                        || !fence().states.iter().any(|s| s.contains(lon, lat)));
                    prop_assert_eq!(l.within_polygon, l.distance_m == 0.0);
                    prop_assert!(on_land_within(lat, lon, acc + LAND_SLACK_M));
                }
                Err(CheckError::InvalidPosition(_)) => prop_assert!(acc < 0.0),
                Err(CheckError::TooImprecise { .. }) => prop_assert!(acc > MAX_ACCURACY_M),
                Err(CheckError::InUnitedStates { distance_m }) => {
                    prop_assert!(north_of_the_border(lat, lon));
                    prop_assert!(distance_m > acc + LAND_SLACK_M && distance_m <= BORDER_BAND_M);
                }
                Err(CheckError::Outside { in_excluded_state, .. }) => {
                    if let Some(s) = in_excluded_state {
                        prop_assert!(DEFAULT_EXCLUDED.contains(&s.code.as_str()));
                    }
                }
            }
        }

        #[test]
        fn more_accuracy_radius_never_refuses_an_accepted_position(
            lat in 12.0f64..34.0, lon in -120.0f64..-85.0,
            a in 0.0f64..MAX_ACCURACY_M, b in 0.0f64..MAX_ACCURACY_M,
        ) {
            let (small, large) = (a.min(b), a.max(b));
            if fence().check(lat, lon, small).is_ok() {
                prop_assert!(fence().check(lat, lon, large).is_ok());
            }
        }

        /// Near the US border, where the land polygon decides.
        #[test]
        fn more_accuracy_never_refuses_an_accepted_position_near_the_border(
            lat in 25.8f64..32.8, lon in -117.2f64..-97.0,
            a in 0.0f64..MAX_ACCURACY_M, b in 0.0f64..MAX_ACCURACY_M,
        ) {
            let (small, large) = (a.min(b), a.max(b));
            if fence().check(lat, lon, small).is_ok() {
                prop_assert!(fence().check(lat, lon, large).is_ok());
            }
        }

        #[test]
        fn accepted_positions_stay_accepted_nearby(
            lat in 14.0f64..33.0, lon in -118.0f64..-86.0,
            dlat in -0.01f64..0.01, dlon in -0.01f64..0.01,
        ) {
            // Moving by < ~1.6 km is covered by growing the accuracy by 2 km.
            if fence().check(lat, lon, 1000.0).is_ok() {
                prop_assert!(fence().check(lat + dlat, lon + dlon, 3000.0).is_ok());
            }
        }
    }
}
