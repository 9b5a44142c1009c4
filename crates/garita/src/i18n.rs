//! Every word a person reads comes from the Fluent catalogs in `locales/<lang>/*.ftl`, built into
//! the binary. A request's language is chosen once (see `http::context`) and carried as a `Tr`.

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// Catalog files of each locale, in the order they are loaded.
macro_rules! catalog {
    ($code:literal) => {
        &[
            include_str!(concat!("../../../locales/", $code, "/common.ftl")),
            include_str!(concat!("../../../locales/", $code, "/accounts.ftl")),
            include_str!(concat!("../../../locales/", $code, "/travelers.ftl")),
            include_str!(concat!("../../../locales/", $code, "/appointments.ftl")),
            include_str!(concat!("../../../locales/", $code, "/wait_times.ftl")),
            include_str!(concat!("../../../locales/", $code, "/policies.ftl")),
            include_str!(concat!("../../../locales/", $code, "/console.ftl")),
            include_str!(concat!("../../../locales/", $code, "/second_factor.ftl")),
            include_str!(concat!("../../../locales/", $code, "/notifications.ftl")),
            include_str!(concat!("../../../locales/", $code, "/help.ftl")),
            include_str!(concat!("../../../locales/", $code, "/my_data.ftl")),
            include_str!(concat!("../../../locales/", $code, "/recovery.ftl")),
            include_str!(concat!("../../../locales/", $code, "/misc.ftl")),
            include_str!(concat!("../../../locales/", $code, "/places.ftl")),
            include_str!(concat!("../../../locales/", $code, "/locations.ftl")),
            include_str!(concat!("../../../locales/", $code, "/lookups.ftl")),
            include_str!(concat!("../../../locales/", $code, "/organisations.ftl")),
            include_str!(concat!("../../../locales/", $code, "/partner.ftl")),
            include_str!(concat!("../../../locales/", $code, "/agriculture.ftl")),
            include_str!(concat!("../../../locales/", $code, "/api_keys.ftl")),
            include_str!(concat!("../../../locales/", $code, "/statistics.ftl")),
            include_str!(concat!(
                "../../../locales/",
                $code,
                "/trusted_travelers.ftl"
            )),
            include_str!(concat!("../../../locales/", $code, "/bus_manifests.ftl")),
            include_str!(concat!("../../../locales/", $code, "/i94.ftl")),
            include_str!(concat!("../../../locales/", $code, "/consents.ftl")),
            include_str!(concat!("../../../locales/", $code, "/rosters.ftl")),
            include_str!(concat!(
                "../../../locales/",
                $code,
                "/travel_authorizations.ftl"
            )),
            include_str!(concat!("../../../locales/", $code, "/errors.ftl")),
        ]
    };
}

/// (code, endonym, direction, sources). English is first and is the fallback.
pub const LOCALES: &[(&str, &str, Direction, &[&str])] = &[
    ("en", "English", Direction::Ltr, catalog!("en")),
    ("es", "Español", Direction::Ltr, catalog!("es")),
    ("ht", "Kreyòl ayisyen", Direction::Ltr, catalog!("ht")),
    (
        "pt-BR",
        "Português (Brasil)",
        Direction::Ltr,
        catalog!("pt-BR"),
    ),
    ("fr", "Français", Direction::Ltr, catalog!("fr")),
    ("ru", "Русский", Direction::Ltr, catalog!("ru")),
    ("uz", "Oʻzbekcha", Direction::Ltr, catalog!("uz")),
    ("tr", "Türkçe", Direction::Ltr, catalog!("tr")),
    ("ar", "العربية", Direction::Rtl, catalog!("ar")),
    ("fa", "فارسی / دری", Direction::Rtl, catalog!("fa")),
    ("ps", "پښتو", Direction::Rtl, catalog!("ps")),
    ("hi", "हिन्दी", Direction::Ltr, catalog!("hi")),
    ("pa", "ਪੰਜਾਬੀ", Direction::Ltr, catalog!("pa")),
    ("zh-CN", "中文（简体）", Direction::Ltr, catalog!("zh-CN")),
    ("am", "አማርኛ", Direction::Ltr, catalog!("am")),
    ("uk", "Українська", Direction::Ltr, catalog!("uk")),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

pub struct Locale {
    pub code: &'static str,
    pub name: &'static str,
    pub direction: Direction,
    bundle: FluentBundle<FluentResource>,
}

pub struct Catalogs {
    locales: Vec<Locale>,
}

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("locale {locale}: {detail}")]
    Invalid {
        locale: &'static str,
        detail: String,
    },
}

impl Catalogs {
    pub fn load() -> Result<Catalogs, CatalogError> {
        let mut locales = Vec::new();
        for &(code, name, direction, sources) in LOCALES {
            let langid: unic_langid::LanguageIdentifier =
                code.parse().map_err(|_| CatalogError::Invalid {
                    locale: code,
                    detail: "bad language tag".into(),
                })?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Bidi isolation marks protect right-to-left text around inserted values.
            bundle.set_use_isolating(direction == Direction::Rtl);
            for src in sources {
                let resource = FluentResource::try_new(src.to_string()).map_err(|(_, errs)| {
                    CatalogError::Invalid {
                        locale: code,
                        detail: format!("{errs:?}"),
                    }
                })?;
                bundle
                    .add_resource(resource)
                    .map_err(|errs| CatalogError::Invalid {
                        locale: code,
                        detail: format!("{errs:?}"),
                    })?;
            }
            locales.push(Locale {
                code,
                name,
                direction,
                bundle,
            });
        }
        Ok(Catalogs { locales })
    }

    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    /// Index of a supported locale matching `tag` exactly or by its primary language.
    pub fn find(&self, tag: &str) -> Option<usize> {
        let tag = tag.trim();
        if tag.is_empty() {
            return None;
        }
        let lower = tag.to_ascii_lowercase();
        if let Some(i) = self
            .locales
            .iter()
            .position(|l| l.code.eq_ignore_ascii_case(&lower))
        {
            return Some(i);
        }
        let primary = lower.split(['-', '_']).next().unwrap_or_default();
        self.locales.iter().position(|l| {
            l.code
                .split('-')
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(primary))
        })
    }

    /// Best supported locale for an `Accept-Language` header.
    pub fn negotiate(&self, accept_language: &str) -> Option<usize> {
        let mut ranges: Vec<(f32, usize, &str)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut it = part.split(';');
                let tag = it.next()?.trim();
                let q = it
                    .find_map(|p| {
                        p.trim()
                            .strip_prefix("q=")
                            .and_then(|q| q.parse::<f32>().ok())
                    })
                    .unwrap_or(1.0);
                (q > 0.0 && tag != "*").then_some((q, i, tag))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges.into_iter().find_map(|(_, _, tag)| self.find(tag))
    }

    pub fn message(&self, locale: usize, key: &str, args: Option<&FluentArgs>) -> String {
        for idx in [locale, 0] {
            let Some(l) = self.locales.get(idx) else {
                continue;
            };
            if let Some(pattern) = l.bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = l.bundle.format_pattern(pattern, args, &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
                tracing::warn!(locale = l.code, key, ?errors, "fluent formatting error");
                return text.into_owned();
            }
        }
        tracing::error!(key, "missing fluent message");
        key.to_string()
    }

    pub fn has_message(&self, locale: usize, key: &str) -> bool {
        self.locales
            .get(locale)
            .is_some_and(|l| l.bundle.has_message(key))
    }
}

/// A date, however deeply borrowed (templates pass references of references).
pub trait DateLike {
    fn date(&self) -> chrono::NaiveDate;
}

impl DateLike for chrono::NaiveDate {
    fn date(&self) -> chrono::NaiveDate {
        *self
    }
}

impl<T: DateLike + ?Sized> DateLike for &T {
    fn date(&self) -> chrono::NaiveDate {
        (**self).date()
    }
}

/// The translator handed to handlers and templates.
#[derive(Clone)]
pub struct Tr {
    catalogs: Arc<Catalogs>,
    locale: usize,
}

impl Tr {
    pub fn new(catalogs: Arc<Catalogs>, locale: usize) -> Tr {
        Tr { catalogs, locale }
    }

    pub fn t(&self, key: &str) -> String {
        self.catalogs.message(self.locale, key, None)
    }

    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.with(key, &[(name, value.to_string())])
    }

    pub fn with(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            // A number only when it reads back the same: a code such as "038229" stays text
            // (as a number it would lose its leading zero).
            match v.parse::<i64>().ok().filter(|n| n.to_string() == *v) {
                Some(n) => fa.set(*k, FluentValue::from(n)),
                None => fa.set(*k, FluentValue::from(v.clone())),
            }
        }
        self.catalogs.message(self.locale, key, Some(&fa))
    }

    pub fn code(&self) -> &'static str {
        self.locale().code
    }

    /// A date written the way this language writes it, from CLDR through ICU4X (Creole from
    /// its reviewed names): see `crate::locale_format`. E.g. "26 de noviembre de 2026".
    pub fn date(&self, d: impl DateLike) -> String {
        crate::locale_format::date(self.code(), d.date())
    }

    pub fn dir(&self) -> &'static str {
        match self.locale().direction {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    pub fn index(&self) -> usize {
        self.locale
    }

    fn locale(&self) -> &Locale {
        &self.catalogs.locales[self.locale.min(self.catalogs.locales.len() - 1)]
    }

    pub fn catalogs(&self) -> &Arc<Catalogs> {
        &self.catalogs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_prefers_quality_then_order() {
        let c = Catalogs::load().unwrap();
        assert_eq!(
            c.negotiate("es-MX,es;q=0.9,en;q=0.8")
                .map(|i| c.locales[i].code),
            Some("es")
        );
        assert_eq!(
            c.negotiate("de;q=0.9, en;q=0.5, es;q=0.7")
                .map(|i| c.locales[i].code),
            Some("es")
        );
        assert_eq!(c.negotiate("xx, *;q=0.1"), None);
        assert_eq!(c.find("ES"), c.find("es-419"));
        let code = |tag: &str| c.negotiate(tag).map(|i| c.locales[i].code);
        assert_eq!(code("pt"), Some("pt-BR"));
        assert_eq!(code("zh-Hans-CN"), Some("zh-CN"));
        assert_eq!(code("fa-AF,ps;q=0.5"), Some("fa"));
        assert_eq!(code("ht-HT"), Some("ht"));
        assert_eq!(code("uk"), Some("uk"));
        assert_eq!(code("uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.5"), Some("uk"));
        assert_eq!(code("de;q=0.9, uk-UA;q=0.8, ru;q=0.7"), Some("uk"));
    }

    #[test]
    fn dates_are_written_in_each_language() {
        let c = Arc::new(Catalogs::load().unwrap());
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let date = |code: &str| Tr::new(c.clone(), c.find(code).unwrap()).date(d);
        assert_eq!(date("en"), "November 26, 2026");
        assert_eq!(date("es"), "26 de noviembre de 2026");
        assert_eq!(date("zh-CN"), "2026年11月26日");
        // Ukrainian writes the month in the genitive: «26 листопада», not «26 листопад».
        assert_eq!(date("uk"), "26 листопада 2026\u{202f}р.");
        for l in c.locales() {
            let text = date(l.code);
            assert!(
                text.contains("26") && text.contains("2026"),
                "{}: {text}",
                l.code
            );
        }
    }

    #[test]
    fn right_to_left_locales_say_so() {
        let c = Arc::new(Catalogs::load().unwrap());
        for (code, dir) in [
            ("ar", "rtl"),
            ("fa", "rtl"),
            ("ps", "rtl"),
            ("es", "ltr"),
            ("uz", "ltr"),
        ] {
            let tr = Tr::new(c.clone(), c.find(code).unwrap());
            assert_eq!(tr.dir(), dir, "{code}");
        }
    }

    #[test]
    fn missing_keys_fall_back_to_english_then_key() {
        let c = Arc::new(Catalogs::load().unwrap());
        let es = Tr::new(c.clone(), c.find("es").unwrap());
        assert_ne!(es.t("app-name"), "app-name");
        assert_eq!(es.t("no-such-key"), "no-such-key");
    }
}
