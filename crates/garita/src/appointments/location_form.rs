//! The location part of a form, as the request page and the confirmation (when the policy
//! re-checks the location) both ask it: a position shared once by the device (or typed), or a
//! town typed and picked from the list of towns Garita ships.

use std::collections::HashMap;

use super::Location;

/// A place picked from the list stands for a town, not a measured fix: this much doubt.
const TYPED_PLACE_ACCURACY_M: f64 = 2_000.0;

/// What the location fields held, what the town search found, and the position they make.
#[derive(Debug, Clone, Default)]
pub(crate) struct LocationForm {
    pub latitude: String,
    pub longitude: String,
    pub accuracy: String,
    /// The town typed for the search without GPS, whether it was searched, what matched
    /// (place id, "Tijuana, Baja California"), and the place picked.
    pub city: String,
    pub searched: bool,
    pub matches: Vec<(usize, String)>,
    pub chosen_place: Option<usize>,
    /// The picked place, shown as "typed, not measured" when the position comes from it.
    pub typed_place: Option<String>,
    /// The position to check (`None`: nothing given).
    pub location: Option<Location>,
}

/// Reads the location fields of a posted form.
pub(crate) fn read(form: &HashMap<String, String>) -> LocationForm {
    let field = |k: &str| {
        form.get(k)
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let (lat, lon, acc) = (field("latitude"), field("longitude"), field("accuracy"));
    // Without GPS: the town typed and, once the list was shown, the one picked.
    let places = garita_domain::places::Places::shipped();
    let city = field("city");
    let picked = field("place")
        .parse::<usize>()
        .ok()
        .and_then(|id| places.get(id));
    // A town typed and sent without pressing "find" (and no position): one match is that
    // town; several, or none, are shown as after "find", so the request is never refused for
    // a town the person did write.
    let typed_only = picked.is_none() && lat.is_empty() && lon.is_empty() && !city.is_empty();
    let only_match = match places.search(&city).as_slice() {
        [one] if typed_only => Some(one.id),
        _ => None,
    };
    let picked = picked.or_else(|| only_match.and_then(|id| places.get(id)));
    let searched = field("find_city") == "yes" || (typed_only && only_match.is_none());
    let matches: Vec<(usize, String)> = if searched {
        places
            .search(&city)
            .into_iter()
            .map(|p| (p.id, p.label()))
            .collect()
    } else {
        Vec::new()
    };
    let chosen_place = match (picked, matches.as_slice()) {
        (Some(p), _) => Some(p.id),
        (None, [(only, _)]) => Some(*only),
        _ => None,
    };
    // A measured or typed position wins over a picked town.
    let from_place = picked.filter(|_| !searched && lat.is_empty() && lon.is_empty());
    let typed_place = from_place.map(|p| p.label());
    // Typed by hand without an accuracy: assume a city block's worth of doubt.
    let accuracy = if acc.is_empty() {
        Some(1000.0)
    } else {
        acc.parse::<f64>().ok()
    };
    let location = if let Some(p) = from_place {
        Some(Location {
            latitude: p.latitude,
            longitude: p.longitude,
            accuracy_m: TYPED_PLACE_ACCURACY_M,
        })
    } else if lat.is_empty() && lon.is_empty() {
        None
    } else {
        match (lat.parse::<f64>(), lon.parse::<f64>(), accuracy) {
            (Ok(latitude), Ok(longitude), Some(accuracy_m)) => Some(Location {
                latitude,
                longitude,
                accuracy_m,
            }),
            _ => Some(Location {
                latitude: f64::NAN,
                longitude: f64::NAN,
                accuracy_m: 0.0,
            }),
        }
    };
    LocationForm {
        latitude: lat,
        longitude: lon,
        accuracy: acc,
        city,
        searched,
        matches,
        chosen_place,
        typed_place,
        location,
    }
}
