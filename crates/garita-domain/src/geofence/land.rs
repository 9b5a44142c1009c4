//! Mexico's land territory (OpenStreetMap, about 10 m resolution; ODbL, © OpenStreetMap
//! contributors — see data/geofence/README.md), indexed so that "is this point on Mexican land, and
//! how far is the nearest shore or border line" takes microseconds: latitude bands for
//! point-in-polygon, a uniform grid of cells over the edges for distances.

use serde::Deserialize;

use super::{seg_dist2, GeofenceError, Proj, M_PER_DEG};

/// Height of a point-in-polygon band, degrees of latitude (~550 m): a band holds a few dozen edges.
const BAND_DEG: f64 = 0.005;
/// Side of a distance cell, degrees (~5 km): a 5 km disk touches at most 3 × 3 or 4 × 4 cells.
const CELL_DEG: f64 = 0.05;

/// Edges stored by index: `start[i]..start[i + 1]` in `items` are the edges of bucket `i`.
#[derive(Debug)]
struct Buckets {
    start: Vec<u32>,
    items: Vec<u32>,
}

impl Buckets {
    /// Builds from (bucket, edge) pairs.
    fn new(n: usize, mut pairs: Vec<(u32, u32)>) -> Buckets {
        pairs.sort_unstable();
        let mut start = vec![0u32; n + 1];
        for &(b, _) in &pairs {
            start[b as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        Buckets {
            start,
            items: pairs.into_iter().map(|(_, e)| e).collect(),
        }
    }

    fn get(&self, i: usize) -> &[u32] {
        &self.items[self.start[i] as usize..self.start[i + 1] as usize]
    }
}

/// The land polygon's edges with their indexes.
#[derive(Debug)]
pub(super) struct Land {
    /// [lon1, lat1, lon2, lat2] for every edge of every exterior ring.
    edges: Vec<[f64; 4]>,
    min_lon: f64,
    min_lat: f64,
    max_lat: f64,
    bands: Buckets,
    n_bands: usize,
    cols: usize,
    rows: usize,
    cells: Buckets,
}

#[derive(Deserialize)]
struct FeatureCollection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    geometry: Geometry,
}

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Vec<[f64; 2]>>),
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
}

impl Land {
    pub(super) fn parse(geojson: &str) -> Result<Land, GeofenceError> {
        let fc: FeatureCollection =
            serde_json::from_str(geojson).map_err(|e| GeofenceError::Data(e.to_string()))?;
        let mut edges = Vec::new();
        for f in fc.features {
            let polygons = match f.geometry {
                Geometry::Polygon(p) => vec![p],
                Geometry::MultiPolygon(ps) => ps,
            };
            // Exterior rings only: the holes are lakes, reservoirs and rivers (Chapala, Cuitzeo,
            // Valle de Bravo…), Mexican territory all the same, and towns on their shores have
            // GeoNames centres in the water.
            for ring in polygons.iter().filter_map(|p| p.first()) {
                if ring.len() < 3 {
                    continue;
                }
                // Closed or not, the last point joins the first.
                for (i, a) in ring.iter().enumerate() {
                    let b = ring[(i + 1) % ring.len()];
                    if *a != b {
                        edges.push([a[0], a[1], b[0], b[1]]);
                    }
                }
            }
        }
        if edges.is_empty() || edges.len() > u32::MAX as usize {
            return Err(GeofenceError::Data("land polygon has no edges".into()));
        }
        let (mut min_lon, mut min_lat) = (f64::INFINITY, f64::INFINITY);
        let (mut max_lon, mut max_lat) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
        for e in &edges {
            if !e.iter().all(|v| v.is_finite()) {
                return Err(GeofenceError::Data("land polygon: non-finite point".into()));
            }
            min_lon = min_lon.min(e[0]).min(e[2]);
            max_lon = max_lon.max(e[0]).max(e[2]);
            min_lat = min_lat.min(e[1]).min(e[3]);
            max_lat = max_lat.max(e[1]).max(e[3]);
        }
        let n_bands = ((max_lat - min_lat) / BAND_DEG).floor() as usize + 1;
        let cols = ((max_lon - min_lon) / CELL_DEG).floor() as usize + 1;
        let rows = ((max_lat - min_lat) / CELL_DEG).floor() as usize + 1;
        let band = |lat: f64| (((lat - min_lat) / BAND_DEG).floor() as usize).min(n_bands - 1);
        let col = |lon: f64| (((lon - min_lon) / CELL_DEG).floor() as usize).min(cols - 1);
        let row = |lat: f64| (((lat - min_lat) / CELL_DEG).floor() as usize).min(rows - 1);
        let mut band_pairs = Vec::new();
        let mut cell_pairs = Vec::new();
        for (i, e) in edges.iter().enumerate() {
            let i = i as u32;
            let (lo, hi) = (e[1].min(e[3]), e[1].max(e[3]));
            for b in band(lo)..=band(hi) {
                band_pairs.push((b as u32, i));
            }
            // The edge's bounding box, in cells: edges are short (tens to hundreds of meters),
            // so this adds few cells that the edge does not actually cross.
            for r in row(lo)..=row(hi) {
                for c in col(e[0].min(e[2]))..=col(e[0].max(e[2])) {
                    cell_pairs.push(((r * cols + c) as u32, i));
                }
            }
        }
        Ok(Land {
            edges,
            min_lon,
            min_lat,
            max_lat,
            bands: Buckets::new(n_bands, band_pairs),
            n_bands,
            cols,
            rows,
            cells: Buckets::new(rows * cols, cell_pairs),
        })
    }

    /// Whether the point is on land: even-odd ray casting towards the east over the edges of
    /// its latitude band only (every edge that crosses the point's parallel is in that band).
    pub(super) fn contains(&self, lon: f64, lat: f64) -> bool {
        if !(self.min_lat..=self.max_lat).contains(&lat) {
            return false;
        }
        let b = (((lat - self.min_lat) / BAND_DEG).floor() as usize).min(self.n_bands - 1);
        let mut inside = false;
        for &i in self.bands.get(b) {
            let [xi, yi, xj, yj] = self.edges[i as usize];
            if (yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi {
                inside = !inside;
            }
        }
        inside
    }

    /// Distance (meters) from the projection's origin to the nearest edge, if not above `limit`.
    pub(super) fn edge_within(&self, p: &Proj, limit: f64) -> Option<f64> {
        let dlat = limit / M_PER_DEG;
        // Near the poles a meter is many degrees of longitude: take every column.
        let dlon = if p.kx > 1.0 {
            limit / p.kx
        } else {
            f64::INFINITY
        };
        let (lat_lo, lat_hi) = (p.lat0 - dlat, p.lat0 + dlat);
        let (lon_lo, lon_hi) = (p.lon0 - dlon, p.lon0 + dlon);
        let max_lon = self.min_lon + self.cols as f64 * CELL_DEG;
        let max_lat = self.min_lat + self.rows as f64 * CELL_DEG;
        if lat_hi < self.min_lat || lat_lo > max_lat || lon_hi < self.min_lon || lon_lo > max_lon {
            return None;
        }
        let idx = |v: f64, min: f64, n: usize| {
            (((v - min) / CELL_DEG).floor().max(0.0) as usize).min(n - 1)
        };
        let (r0, r1) = (
            idx(lat_lo, self.min_lat, self.rows),
            idx(lat_hi, self.min_lat, self.rows),
        );
        let (c0, c1) = (
            idx(lon_lo, self.min_lon, self.cols),
            idx(lon_hi, self.min_lon, self.cols),
        );
        let mut best2 = limit * limit;
        let mut found = None;
        for r in r0..=r1 {
            for c in c0..=c1 {
                for &i in self.cells.get(r * self.cols + c) {
                    let [x1, y1, x2, y2] = self.edges[i as usize];
                    let d2 = seg_dist2(p.xy([x1, y1]), p.xy([x2, y2]));
                    if d2 <= best2 {
                        best2 = d2;
                        found = Some(d2.sqrt());
                    }
                }
            }
        }
        found
    }

    /// Distance (meters) from the point to Mexican land (0 on land), if not above `limit`.
    pub(super) fn distance_within(&self, p: &Proj, limit: f64) -> Option<f64> {
        if self.contains(p.lon0, p.lat0) {
            return Some(0.0);
        }
        self.edge_within(p, limit)
    }
}
