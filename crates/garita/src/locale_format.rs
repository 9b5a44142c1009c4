//! Dates, times, time-zone names and numbers as each language writes them, from CLDR through
//! ICU4X — never a pattern assembled here and never an IANA id ("America/Chicago") on a page.
//! Times are always shown in the port's zone, the one that decides at the border.
//!
//! Two locales need choices ICU4X cannot make alone:
//! - Haitian Creole: ICU4X has no `ht` data (dates fall back to "2025 M03 14", zone names to a
//!   city), so Creole keeps its own reviewed month names and patterns and its zone names below.
//! - Pashto and Persian/Dari: CLDR defaults to the Persian solar calendar and Eastern
//!   Arabic-Indic digits. Garita's days are Gregorian days at a U.S. port, so these locales use
//!   `-u-ca-gregory`, and Latin digits (`-u-nu-latn`) chosen explicitly: the same page shows
//!   pass codes, counts from the catalogs and times in Latin digits, and a date in another
//!   digit system on the same line misleads. Inputs accept both (see
//!   `garita_domain::validation::ascii_digits`).

use std::sync::OnceLock;

use chrono::{DateTime, NaiveDate, NaiveTime, Offset, TimeZone as _, Utc};
use chrono_tz::Tz;
use icu_calendar::Gregorian;
use icu_datetime::fieldsets::{self, zone::GenericLong, Combo};
use icu_datetime::input::{Date, Time};
use icu_datetime::options::TimePrecision;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_decimal::{options::DecimalFormatterOptions, DecimalFormatter};
use icu_locale_core::Locale;
use icu_time::zone::{TimeZone, TimeZoneInfo, UtcOffset, ZoneNameTimestamp};
use icu_time::ZonedDateTime;

use crate::i18n::LOCALES;

/// The ICU locale behind each Garita locale code.
pub fn icu_tag(code: &str) -> &'static str {
    match code {
        // Latin American Spanish: the travelers are in Mexico and come from across the region.
        "es" => "es-419",
        "pt-BR" => "pt-BR",
        "fr" => "fr",
        "ru" => "ru",
        "uk" => "uk",
        "uz" => "uz",
        "tr" => "tr",
        "ar" => "ar",
        "fa" => "fa-u-ca-gregory-nu-latn",
        "ps" => "ps-u-ca-gregory-nu-latn",
        "hi" => "hi",
        "pa" => "pa",
        "zh-CN" => "zh-CN",
        "am" => "am",
        // Haitian numbers are grouped as in French Haiti ("1 234"); dates and zone names in
        // Creole come from `creole` below, never from this locale.
        "ht" => "fr-HT",
        _ => "en",
    }
}

type DateFmt = FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMD>;
type TimeFmt = FixedCalendarDateTimeFormatter<Gregorian, fieldsets::T>;
type DateTimeZoneFmt =
    FixedCalendarDateTimeFormatter<Gregorian, Combo<fieldsets::YMDT, GenericLong>>;
type ZoneFmt = NoCalendarFormatter<GenericLong>;

/// One locale's formatters, built once on first use.
struct Formatters {
    date: Option<DateFmt>,
    time: Option<TimeFmt>,
    date_time: Option<DateTimeZoneFmt>,
    zone: Option<ZoneFmt>,
    number: Option<DecimalFormatter>,
}

impl Formatters {
    fn build(code: &str) -> Formatters {
        let locale: Locale = icu_tag(code)
            .parse()
            .unwrap_or(icu_locale_core::locale!("en"));
        let prefs = || (&locale).into();
        let log = |what: &str, e: &dyn std::fmt::Debug| {
            tracing::error!(code, what, error = ?e, "ICU4X formatter unavailable");
        };
        let keep = |what: &'static str| {
            move |e: icu_datetime::DateTimeFormatterLoadError| {
                log(what, &e);
            }
        };
        Formatters {
            date: DateFmt::try_new(prefs(), fieldsets::YMD::long())
                .map_err(keep("date"))
                .ok(),
            time: TimeFmt::try_new(prefs(), fieldsets::T::hm())
                .map_err(keep("time"))
                .ok(),
            date_time: DateTimeZoneFmt::try_new(
                prefs(),
                fieldsets::YMDT::long()
                    .with_time_precision(TimePrecision::Minute)
                    .with_zone(GenericLong),
            )
            .map_err(keep("date_time"))
            .ok(),
            zone: ZoneFmt::try_new(prefs(), GenericLong)
                .map_err(keep("zone"))
                .ok(),
            number: DecimalFormatter::try_new((&locale).into(), DecimalFormatterOptions::default())
                .map_err(|e| log("number", &e))
                .ok(),
        }
    }
}

const COUNT: usize = LOCALES.len();

fn formatters(code: &str) -> &'static Formatters {
    static CACHE: [OnceLock<Formatters>; COUNT] = [const { OnceLock::new() }; COUNT];
    static FALLBACK: OnceLock<Formatters> = OnceLock::new();
    match LOCALES.iter().position(|l| l.0 == code) {
        Some(i) => CACHE[i].get_or_init(|| Formatters::build(code)),
        None => FALLBACK.get_or_init(|| Formatters::build("en")),
    }
}

fn gregorian(d: NaiveDate) -> Option<Date<Gregorian>> {
    use chrono::Datelike;
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    Date::try_new_gregorian(d.year(), month, day).ok()
}

fn icu_time(t: NaiveTime) -> Option<Time> {
    use chrono::Timelike;
    Time::try_new(
        u8::try_from(t.hour()).ok()?,
        u8::try_from(t.minute()).ok()?,
        0,
        0,
    )
    .ok()
}

/// The zone as ICU4X needs it to name it: id, offset at that instant, and the instant.
fn zone_info(zone: Tz, at: DateTime<Utc>) -> TimeZoneInfo<icu_time::zone::models::AtTime> {
    let offset = zone
        .offset_from_utc_datetime(&at.naive_utc())
        .fix()
        .local_minus_utc();
    TimeZone::from_iana_id(zone.name())
        .with_offset(UtcOffset::try_from_seconds(offset).ok())
        .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(at.timestamp()))
}

/// A day, e.g. "14 de marzo de 2025", "14 mas 2025", "2025年3月14日".
pub fn date(locale: &str, d: NaiveDate) -> String {
    if locale == "ht" {
        return creole::date(d);
    }
    match (formatters(locale).date.as_ref(), gregorian(d)) {
        (Some(f), Some(g)) => f.format(&g).to_string(),
        _ => d.to_string(),
    }
}

/// A wall-clock time already in the port's zone (a slot's start), e.g. "3:09 p.m.", "15:09".
pub fn clock(locale: &str, t: NaiveTime) -> String {
    if locale == "ht" {
        return creole::clock(t);
    }
    match (formatters(locale).time.as_ref(), icu_time(t)) {
        (Some(f), Some(i)) => f.format(&i).to_string(),
        _ => t.format("%H:%M").to_string(),
    }
}

/// The time of an instant in the port's zone, e.g. "3:09 p.m." (es), "15:09" (fr).
pub fn time(locale: &str, at: DateTime<Utc>, port_zone: Tz) -> String {
    clock(locale, at.with_timezone(&port_zone).time())
}

/// Day, time and the zone's name in the port's zone, e.g.
/// "14 de marzo de 2025 a las 3:09 p.m. hora del Pacífico".
pub fn date_time(locale: &str, at: DateTime<Utc>, port_zone: Tz) -> String {
    let local = at.with_timezone(&port_zone);
    if locale == "ht" {
        return creole::date_time(
            local.date_naive(),
            local.time(),
            &zone_name(locale, port_zone, at),
        );
    }
    let input = gregorian(local.date_naive())
        .zip(icu_time(local.time()))
        .map(|(date, time)| ZonedDateTime {
            date,
            time,
            zone: zone_info(port_zone, at),
        });
    match (formatters(locale).date_time.as_ref(), input) {
        (Some(f), Some(i)) => f.format(&i).to_string(),
        _ => format!(
            "{} {}",
            date(locale, local.date_naive()),
            clock(locale, local.time())
        ),
    }
}

/// A slot: its day and start time in the port's zone, with the zone named.
pub fn slot(locale: &str, day: NaiveDate, start: NaiveTime, port_zone: Tz) -> String {
    match port_zone
        .from_local_datetime(&day.and_time(start))
        .earliest()
    {
        Some(local) => date_time(locale, local.with_timezone(&Utc), port_zone),
        None => format!("{} {}", date(locale, day), clock(locale, start)),
    }
}

/// The zone as people say it (CLDR generic long name), e.g. "hora del Pacífico", "lè Pasifik".
pub fn zone_name(locale: &str, zone: Tz, at: DateTime<Utc>) -> String {
    if locale == "ht" {
        let english = zone_name("en", zone, at);
        return creole::zone(&english)
            .map(str::to_string)
            .unwrap_or_else(|| utc_offset(zone, at));
    }
    let name = formatters(locale)
        .zone
        .as_ref()
        .map(|f| f.format(&zone_info(zone, at)).to_string());
    match name {
        // ICU4X never returns the IANA id, but a zone it does not know would come back as
        // "GMT-7"-like text or a city; both are fine to read. Refuse an id all the same.
        Some(n) if !n.contains('/') => n,
        _ => utc_offset(zone, at),
    }
}

fn utc_offset(zone: Tz, at: DateTime<Utc>) -> String {
    let secs = zone
        .offset_from_utc_datetime(&at.naive_utc())
        .fix()
        .local_minus_utc();
    let sign = if secs < 0 { '−' } else { '+' };
    let secs = secs.unsigned_abs();
    match secs % 3600 {
        0 => format!("UTC{sign}{}", secs / 3600),
        m => format!("UTC{sign}{}:{:02}", secs / 3600, m / 60),
    }
}

/// A whole number grouped as the language groups it, e.g. "1,234" (en), "1.234" (es).
pub fn number(locale: &str, n: i64) -> String {
    match formatters(locale).number.as_ref() {
        Some(f) => f.format(&n.into()).to_string(),
        None => n.to_string(),
    }
}

/// Haitian Creole, which ICU4X (CLDR) does not cover: reviewed by the Garita team.
mod creole {
    use chrono::{Datelike, NaiveDate, NaiveTime};

    /// Month names as Haitian Creole writes them (lower case, as in "14 mas 2025"); the same
    /// names glibc's `ht_HT` locale ships and Garita showed before ICU4X.
    pub const MONTHS: [&str; 12] = [
        "janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
        "novanm", "desanm",
    ];

    pub fn date(d: NaiveDate) -> String {
        let month = MONTHS[d.month0() as usize];
        format!("{} {month} {}", d.day(), d.year())
    }

    /// Haiti writes times on the 24-hour clock ("15:09").
    pub fn clock(t: NaiveTime) -> String {
        t.format("%H:%M").to_string()
    }

    pub fn date_time(d: NaiveDate, t: NaiveTime, zone: &str) -> String {
        format!("{}, {} {zone}", date(d), clock(t))
    }

    /// Creole names of the zones Garita's ports and Mexican states use, keyed by CLDR's
    /// English generic name (ICU4X resolves the zone to its metazone).
    pub fn zone(english: &str) -> Option<&'static str> {
        Some(match english {
            "Pacific Time" => "lè Pasifik",
            "Mountain Time" => "lè Montay",
            "Central Time" => "lè Santral",
            "Eastern Time" => "lè Lès",
            "Mexican Pacific Time" => "lè Pasifik meksiken",
            "Atlantic Time" => "lè Atlantik",
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    const LA: Tz = chrono_tz::America::Los_Angeles;
    const CHICAGO: Tz = chrono_tz::America::Chicago;

    #[test]
    fn every_locale_has_all_its_formatters() {
        for l in LOCALES {
            let f = formatters(l.0);
            assert!(
                f.date.is_some()
                    && f.time.is_some()
                    && f.date_time.is_some()
                    && f.zone.is_some()
                    && f.number.is_some(),
                "{}",
                l.0
            );
        }
    }

    #[test]
    fn zones_are_named_as_people_say_them_in_each_language() {
        let t = at("2025-03-14T22:09:00Z");
        assert_eq!(zone_name("en", LA, t), "Pacific Time");
        assert_eq!(zone_name("es", LA, t), "hora del Pacífico");
        assert_eq!(zone_name("es", CHICAGO, t), "hora central");
        assert_eq!(zone_name("ht", LA, t), "lè Pasifik");
        assert_eq!(zone_name("ht", CHICAGO, t), "lè Santral");
        assert_eq!(zone_name("ar", LA, t), "توقيت المحيط الهادي");
        assert_eq!(zone_name("zh-CN", LA, t), "北美太平洋时间");
        assert_eq!(zone_name("am", LA, t), "የፓስፊክ ሰዓት አቆጣጠር");
        assert_eq!(zone_name("ps", LA, t), "پیسفک وخت");
        // CLDR's Ukrainian names read as "by Pacific time": the catalogs' sentences fit them.
        assert_eq!(zone_name("uk", LA, t), "за тихоокеанським часом (PT)");
        assert_eq!(zone_name("uk", CHICAGO, t), "за центральним часом (CT)");
    }

    #[test]
    fn every_zone_garita_shows_has_a_name_in_every_language_and_never_an_iana_id() {
        let zones = [
            "America/Los_Angeles",
            "America/Phoenix",
            "America/Denver",
            "America/Chicago",
            "America/Tijuana",
            "America/Hermosillo",
            "America/Ciudad_Juarez",
            "America/Mazatlan",
            "America/Matamoros",
            "America/Monterrey",
            "America/Cancun",
            "America/Mexico_City",
        ];
        // Summer and winter: the names are generic, the same across daylight saving.
        for t in [at("2025-01-15T18:00:00Z"), at("2025-07-15T18:00:00Z")] {
            for z in zones {
                let tz: Tz = z.parse().unwrap();
                for l in LOCALES {
                    for text in [
                        zone_name(l.0, tz, t),
                        date_time(l.0, t, tz),
                        time(l.0, t, tz),
                    ] {
                        assert!(
                            !text.contains("America/") && !text.contains('_') && !text.is_empty(),
                            "{} {z}: {text}",
                            l.0
                        );
                    }
                    // Creole names every one of these zones in Creole, never by a city.
                    if l.0 == "ht" {
                        assert!(zone_name("ht", tz, t).starts_with("lè "), "{z}");
                    }
                }
            }
        }
    }

    #[test]
    fn dates_are_written_per_language_with_creole_and_pashto_chosen_explicitly() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 14).unwrap();
        assert_eq!(date("en", d), "March 14, 2025");
        assert_eq!(date("es", d), "14 de marzo de 2025");
        assert_eq!(date("ht", d), "14 mas 2025");
        // Gregorian calendar and Latin digits, not the solar year 1403 in ۱۴۰۳.
        assert_eq!(date("ps", d), "14 مارچ 2025");
        assert_eq!(date("fa", d), "14 مارس 2025");
        assert_eq!(date("ar", d), "14 مارس 2025");
        assert_eq!(date("zh-CN", d), "2025年3月14日");
        assert_eq!(date("am", d), "ማርች 14 2025");
        // Ukrainian: the month in the genitive and «р.» (року) after the year.
        assert_eq!(date("uk", d), "14 березня 2025\u{202f}р.");
        for l in LOCALES {
            let text = date(l.0, d);
            assert!(
                text.contains("14") && text.contains("2025"),
                "{}: {text}",
                l.0
            );
            assert!(!text.contains("M03"), "{}: fell back to root: {text}", l.0);
        }
        // Every Creole month is the reviewed one.
        for (m, name) in creole::MONTHS.iter().enumerate() {
            let d = NaiveDate::from_ymd_opt(2025, m as u32 + 1, 1).unwrap();
            assert_eq!(date("ht", d), format!("1 {name} 2025"));
        }
    }

    #[test]
    fn times_are_shown_in_the_ports_zone_whatever_the_reader() {
        // 22:09 UTC is 15:09 in Los Angeles (daylight time) and 17:09 in Chicago.
        let t = at("2025-03-14T22:09:00Z");
        assert_eq!(time("es", t, LA), "3:09\u{202f}p.m.");
        assert_eq!(time("es", t, CHICAGO), "5:09\u{202f}p.m.");
        assert_eq!(time("fr", t, LA), "15:09");
        assert_eq!(time("en", t, LA), "3:09\u{202f}PM");
        assert_eq!(time("ht", t, LA), "15:09");
        assert_eq!(time("ps", t, LA), "15:09");
        assert_eq!(time("uk", t, LA), "15:09");
        assert_eq!(
            date_time("uk", t, LA),
            "14 березня 2025\u{202f}р. о 15:09 за тихоокеанським часом (PT)"
        );
        assert_eq!(
            date_time("es", t, LA),
            "14 de marzo de 2025 a las 3:09\u{202f}p.m. hora del Pacífico"
        );
        assert_eq!(date_time("ht", t, LA), "14 mas 2025, 15:09 lè Pasifik");
        let zh = date_time("zh-CN", t, LA);
        assert!(
            zh.contains("2025年3月14日") && zh.contains("北美太平洋时间"),
            "{zh}"
        );
        // The day is the port's day: 03:00 UTC on the 15th is still the 14th in Los Angeles.
        assert!(date_time("es", at("2025-03-15T03:00:00Z"), LA).starts_with("14 de marzo"));
    }

    #[test]
    fn slots_read_in_the_ports_zone() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 14).unwrap();
        let start = NaiveTime::from_hms_opt(9, 30, 0).unwrap();
        assert_eq!(
            slot("es", d, start, CHICAGO),
            "14 de marzo de 2025 a las 9:30\u{202f}a.m. hora central"
        );
        assert_eq!(
            slot("ht", d, start, CHICAGO),
            "14 mas 2025, 09:30 lè Santral"
        );
    }

    #[test]
    fn numbers_are_grouped_per_language() {
        assert_eq!(number("en", 1234567), "1,234,567");
        assert_eq!(number("es", 12345), "12,345");
        assert_eq!(number("hi", 1234567), "12,34,567");
        assert_eq!(number("ps", 1234), "1.234");
        assert_eq!(number("ar", 1234), "1,234");
        assert_eq!(number("uk", 1234567), "1\u{a0}234\u{a0}567");
        for l in LOCALES {
            let text = number(l.0, 7);
            assert_eq!(text, "7", "{}: single digits stay Latin", l.0);
        }
    }
}
