//! The programmes Garita knows: the presets in `programmes/*.toml`, compiled in and parsed
//! once. A programme that does not parse is a defect of the build (a domain test reads them).

use std::sync::OnceLock;

use garita_domain::parole::Programme;

const FILES: &[(&str, &str)] = &[
    ("chnv", include_str!("../../../../programmes/chnv.toml")),
    ("u4u", include_str!("../../../../programmes/u4u.toml")),
    ("demo", include_str!("../../../../programmes/demo.toml")),
];

/// Every programme, in the order above.
pub fn all() -> &'static [Programme] {
    static ALL: OnceLock<Vec<Programme>> = OnceLock::new();
    ALL.get_or_init(|| {
        FILES
            .iter()
            .filter_map(|(name, text)| match Programme::parse(text) {
                Ok(p) => Some(p),
                Err(e) => {
                    tracing::error!(programme = name, error = %e, "programme file refused");
                    None
                }
            })
            .collect()
    })
}

/// A programme by id.
pub fn get(id: &str) -> Option<&'static Programme> {
    all().iter().find(|p| p.id == id)
}
