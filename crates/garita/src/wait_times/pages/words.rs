//! Lanes, statuses, waits and times in the reader's language.

use chrono::{Datelike, NaiveDate};
use chrono_tz::Tz;
use garita_domain::wait_times::{Group, LaneKind, Status};

use crate::i18n::Tr;

/// "Pedestrians: Ready Lane".
pub(super) fn lane_label(tr: &Tr, lane: LaneKind) -> String {
    tr.with(
        "wait-times-lane-full",
        &[
            ("group", group_label(tr, lane.group())),
            ("lane", lane_short(tr, lane)),
        ],
    )
}

pub(super) fn lane_short(tr: &Tr, lane: LaneKind) -> String {
    tr.t(&format!("wait-times-lane-{}", lane.as_str()))
}

pub(super) fn group_label(tr: &Tr, group: Group) -> String {
    tr.t(&format!("wait-times-group-{}", group.as_str()))
}

pub(super) fn status_label(tr: &Tr, status: Status) -> String {
    tr.t(&format!("wait-times-status-{}", status.as_str()))
}

/// "45 min", "2 h", "2 h 5 min".
pub(super) fn wait_text(tr: &Tr, minutes: i64) -> String {
    if minutes < 60 {
        tr.t1("wait-times-minutes", "minutes", minutes)
    } else if minutes % 60 == 0 {
        tr.t1("wait-times-hours", "hours", minutes / 60)
    } else {
        tr.with(
            "wait-times-hours-minutes",
            &[
                ("hours", (minutes / 60).to_string()),
                ("minutes", (minutes % 60).to_string()),
            ],
        )
    }
}

/// "12 min ago", "5 h ago", "3 days ago".
pub(super) fn ago_text(tr: &Tr, seconds: i64) -> String {
    let s = seconds.max(0);
    if s < 60 {
        tr.t("wait-times-ago-now")
    } else if s < 3600 {
        tr.t1("wait-times-ago-minutes", "count", s / 60)
    } else if s < 48 * 3600 {
        tr.t1("wait-times-ago-hours", "count", s / 3600)
    } else {
        tr.t1("wait-times-ago-days", "count", s / 86_400)
    }
}

/// The time of day at the port, as the reader's language writes it ("2:05 p.m.", "14:05").
pub(super) fn clock(tr: &Tr, at: i64, zone: Tz) -> String {
    chrono::DateTime::from_timestamp(at, 0)
        .map(|t| crate::locale_format::time(tr.code(), t, zone))
        .unwrap_or_default()
}

pub(super) fn weekday_label(tr: &Tr, day: NaiveDate) -> String {
    tr.with(
        "wait-times-weekday",
        &[
            ("weekday", day.weekday().number_from_monday().to_string()),
            ("day", day.day().to_string()),
        ],
    )
}
