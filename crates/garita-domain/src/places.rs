//! The places Garita ships — GeoNames' populated places in Mexico (CC BY 4.0, credit GeoNames;
//! `data/geofence/mexico-places.csv`) — so a person without GPS can type their town and pick it
//! (accents and case ignored), and an offer can say how far a port is from the state a
//! request came from (only the state is kept, so the nearest town of that state is used).

use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

const PLACES_CSV: &str = include_str!("../../../data/geofence/mexico-places.csv");

/// The CSV's state labels, each state's HASC code (as the geofence names it) and its name.
const STATES: [(&str, &str, &str); 32] = [
    ("Aguascalientes", "MX.AG", "Aguascalientes"),
    ("Baja California", "MX.BN", "Baja California"),
    ("Baja California Sur", "MX.BS", "Baja California Sur"),
    ("Campeche", "MX.CM", "Campeche"),
    ("Chiapas", "MX.CP", "Chiapas"),
    ("Chihuahua", "MX.CH", "Chihuahua"),
    ("Coahuila", "MX.CA", "Coahuila"),
    ("Colima", "MX.CL", "Colima"),
    ("Durango", "MX.DU", "Durango"),
    ("Guanajuato", "MX.GJ", "Guanajuato"),
    ("Guerrero", "MX.GR", "Guerrero"),
    ("Hidalgo", "MX.HI", "Hidalgo"),
    ("Jalisco", "MX.JA", "Jalisco"),
    ("Mexico", "MX.MX", "México"),
    ("Mexico City", "MX.DF", "Ciudad de México"),
    ("Michoacan", "MX.MC", "Michoacán"),
    ("Morelos", "MX.MR", "Morelos"),
    ("Nayarit", "MX.NA", "Nayarit"),
    ("Nuevo Leon", "MX.NL", "Nuevo León"),
    ("Oaxaca", "MX.OA", "Oaxaca"),
    ("Puebla", "MX.PU", "Puebla"),
    ("Queretaro", "MX.QE", "Querétaro"),
    ("Quintana Roo", "MX.QR", "Quintana Roo"),
    ("San Luis Potosi", "MX.SL", "San Luis Potosí"),
    ("Sinaloa", "MX.SI", "Sinaloa"),
    ("Sonora", "MX.SO", "Sonora"),
    ("Tabasco", "MX.TB", "Tabasco"),
    ("Tamaulipas", "MX.TM", "Tamaulipas"),
    ("Tlaxcala", "MX.TL", "Tlaxcala"),
    ("Veracruz", "MX.VE", "Veracruz"),
    ("Yucatan", "MX.YU", "Yucatán"),
    ("Zacatecas", "MX.ZA", "Zacatecas"),
];

/// One place: its GeoNames name (ASCII, as shipped), its state and its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Its position in the shipped list: what a form sends back when the place is picked.
    pub id: usize,
    pub name: String,
    /// HASC code of the state, e.g. "MX.BN".
    pub state_code: &'static str,
    /// The state's name, e.g. "Nuevo León".
    pub state: &'static str,
    pub latitude: f64,
    pub longitude: f64,
}

impl Place {
    /// "Tijuana, Baja California".
    pub fn label(&self) -> String {
        format!("{}, {}", self.name, self.state)
    }
}

/// Lower case, accents and other marks removed, spaces collapsed: "  TIJUÁNA " → "tijuana".
pub fn fold(text: &str) -> String {
    let lower = text.to_lowercase();
    let stripped: String = lower
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    stripped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The shipped places, parsed once.
#[derive(Debug)]
pub struct Places {
    places: Vec<Place>,
    folded: Vec<String>,
}

/// How many matches a search returns at most.
pub const MAX_MATCHES: usize = 20;

impl Places {
    /// The places compiled into the binary (checked by a test).
    pub fn shipped() -> &'static Places {
        static PLACES: OnceLock<Places> = OnceLock::new();
        PLACES.get_or_init(|| Places::parse(PLACES_CSV).expect("the shipped places parse (tested)"))
    }

    /// Parses `lat,lon,name,state` lines after a header.
    pub fn parse(csv: &str) -> Result<Places, String> {
        let mut places = Vec::new();
        for (n, line) in csv.lines().enumerate().skip(1) {
            if line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split(',').collect();
            let [lat, lon, name, state] = cols[..] else {
                return Err(format!("line {}: expected 4 columns", n + 1));
            };
            let (Ok(latitude), Ok(longitude)) = (lat.parse::<f64>(), lon.parse::<f64>()) else {
                return Err(format!("line {}: bad coordinates", n + 1));
            };
            let Some(&(_, state_code, state)) = STATES.iter().find(|s| s.0 == state) else {
                return Err(format!("line {}: unknown state {state}", n + 1));
            };
            places.push(Place {
                id: places.len(),
                name: name.trim().to_owned(),
                state_code,
                state,
                latitude,
                longitude,
            });
        }
        let folded = places.iter().map(|p| fold(&p.name)).collect();
        Ok(Places { places, folded })
    }

    pub fn get(&self, id: usize) -> Option<&Place> {
        self.places.get(id)
    }

    /// Places whose name matches what was typed, ignoring accents and case: exact names
    /// first, then names that begin with it, then names that contain it; at most
    /// [`MAX_MATCHES`]. Fewer than two letters find nothing.
    pub fn search(&self, typed: &str) -> Vec<&Place> {
        let q = fold(typed);
        if q.chars().count() < 2 {
            return Vec::new();
        }
        let mut found: Vec<(u8, &Place)> = self
            .places
            .iter()
            .zip(&self.folded)
            .filter_map(|(p, f)| {
                let rank = if *f == q {
                    0
                } else if f.starts_with(&q) {
                    1
                } else if f.contains(&q) {
                    2
                } else {
                    return None;
                };
                Some((rank, p))
            })
            .collect();
        found.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| a.1.name.cmp(&b.1.name))
                .then_with(|| a.1.state.cmp(b.1.state))
        });
        found
            .into_iter()
            .take(MAX_MATCHES)
            .map(|(_, p)| p)
            .collect()
    }

    /// The state's name for a HASC code ("MX.NL" → "Nuevo León").
    pub fn state_name(code: &str) -> Option<&'static str> {
        STATES
            .iter()
            .find(|s| s.1.eq_ignore_ascii_case(code))
            .map(|s| s.2)
    }

    /// The town of a state nearest a point (e.g. a port), with its distance in km: a request
    /// keeps only its state, so this is the nearest the request can have come from.
    pub fn nearest_in_state(&self, state_code: &str, to: (f64, f64)) -> Option<(&Place, f64)> {
        self.places
            .iter()
            .filter(|p| p.state_code.eq_ignore_ascii_case(state_code))
            .map(|p| (p, crate::ports::straight_km((p.latitude, p.longitude), to)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_shipped_places_parse_with_every_state() {
        let places = Places::shipped();
        assert!(places.places.len() > 4900);
        for (_, code, _) in STATES {
            assert!(places.places.iter().any(|p| p.state_code == code), "{code}");
        }
    }

    #[test]
    fn tijuana_is_found_however_it_is_typed() {
        for typed in ["tijuana", "TIJUANA", "Tijuána", "  tijuana ", "Tíjuana"] {
            let found = Places::shipped().search(typed);
            assert_eq!(found[0].label(), "Tijuana, Baja California", "{typed}");
        }
        // Accented names typed with or without accents find the unaccented GeoNames names.
        let juarez = Places::shipped().search("Ciudad Juárez");
        assert_eq!(juarez[0].label(), "Ciudad Juarez, Chihuahua");
        assert!(Places::shipped().search("t").is_empty());
        assert!(Places::shipped().search("zzzqqq").is_empty());
    }

    #[test]
    fn the_nearest_town_of_a_state_is_in_that_state() {
        let san_ysidro = (32.5428, -117.0328);
        let (p, km) = Places::shipped()
            .nearest_in_state("MX.BN", san_ysidro)
            .unwrap();
        assert_eq!(p.state_code, "MX.BN");
        assert!(km < 15.0, "{} {km}", p.name);
        let (p, km) = Places::shipped()
            .nearest_in_state("MX.NL", san_ysidro)
            .unwrap();
        assert_eq!(p.state, "Nuevo León");
        assert!(km > 1000.0);
        assert!(Places::shipped()
            .nearest_in_state("MX.XX", san_ysidro)
            .is_none());
    }

    #[test]
    fn folding_removes_marks_and_case() {
        assert_eq!(fold("Nuevo LEÓN"), "nuevo leon");
        assert_eq!(fold("Peñón  de los Baños"), "penon de los banos");
        assert_eq!(fold("São Paulo-Ü"), "sao paulo u");
    }

    proptest! {
        #[test]
        fn fold_is_idempotent_and_ignores_case(s in "[a-zA-ZáéíóúñÁÉÍÓÚÑü ,.-]{0,30}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once.clone());
            prop_assert_eq!(fold(&s.to_uppercase()), fold(&s.to_lowercase()));
        }

        #[test]
        fn every_match_contains_the_folded_query(q in "[a-zA-Záéíóúñ ]{2,8}") {
            let folded = fold(&q);
            for p in Places::shipped().search(&q) {
                prop_assert!(fold(&p.name).contains(&folded));
            }
        }
    }
}
