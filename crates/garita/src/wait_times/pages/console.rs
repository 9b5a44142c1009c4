//! The officers' report form (`/console/wait-times`): every lane of the port at once, with its
//! current report; an officer lands on their own port, an administrator chooses one.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use garita_domain::ports::Port;
use garita_domain::wait_times::{parse_reports, Field, Group, LaneKind, LaneReport, Status};
use serde::Deserialize;

use super::list::lane_row;
use super::words::{group_label, lane_label, lane_short, status_label};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::Staff;
use crate::i18n::Tr;
use crate::pages::{render, FormErrors};
use crate::state::AppState;
use crate::wait_times::{latest, port, record, reporting_port};

struct ConsoleLane {
    legend: String,
    current: String,
    stale: bool,
    status_field: &'static str,
    lanes_field: &'static str,
    delay_field: &'static str,
    status: String,
    lanes_open: String,
    delay: String,
}

struct ConsoleGroup {
    title: String,
    lanes: Vec<ConsoleLane>,
}

#[derive(Template)]
#[template(path = "wait_times/console.html")]
struct ConsolePage<'a> {
    ctx: &'a Ctx,
    port: &'a Port,
    groups: Vec<ConsoleGroup>,
    statuses: Vec<(&'static str, String)>,
    errors: FormErrors,
    /// The error summary: (field, message naming the lane and the field), since the same
    /// message can concern several lanes.
    summary: Vec<(String, String)>,
    saved: bool,
}

#[derive(Template)]
#[template(path = "wait_times/console_ports.html")]
struct ConsolePorts<'a> {
    ctx: &'a Ctx,
    ports: &'a [Port],
}

#[derive(Deserialize)]
pub(super) struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

/// "Pedestrians: Ready Lane, wait in minutes: This number cannot be less than 0."
fn summary_line(tr: &Tr, field: &str, message: &str) -> String {
    let Some((lane, property)) = field
        .split_once('.')
        .and_then(|(l, p)| Some((LaneKind::parse(l)?, p)))
    else {
        return message.to_string();
    };
    let property = match property {
        "status" => "wait-times-field-status",
        "lanes_open" => "wait-times-field-lanes-open",
        _ => "wait-times-field-delay",
    };
    tr.with(
        "wait-times-error-in",
        &[
            ("lane", lane_label(tr, lane)),
            ("field", tr.t(property)),
            ("message", message.to_string()),
        ],
    )
}

async fn console_page(
    app: &AppState,
    ctx: &Ctx,
    port: &Port,
    form: &HashMap<String, String>,
    errors: FormErrors,
    saved: bool,
) -> Result<Response> {
    let tr = &ctx.tr;
    let summary = errors
        .general
        .iter()
        .map(|m| (String::new(), m.clone()))
        .chain(
            errors
                .fields
                .iter()
                .map(|(f, m)| (f.clone(), summary_line(tr, f, m))),
        )
        .collect();
    let zone = port.zone();
    let t = app.clock.timestamp();
    let readings = latest(app, Some(&port.id)).await?;
    let value = |field: &str| form.get(field).cloned().unwrap_or_default();
    let groups = Group::ALL
        .iter()
        .map(|g| ConsoleGroup {
            title: group_label(tr, *g),
            lanes: g
                .lanes()
                .map(|lane| {
                    let current = readings.iter().find(|r| r.lane == lane);
                    ConsoleLane {
                        legend: lane_short(tr, lane),
                        current: match current {
                            Some(r) if r.status == Status::Closed => tr.t1(
                                "wait-times-current-closed",
                                "updated",
                                lane_row(ctx, app, r, zone, t).updated,
                            ),
                            Some(r) => {
                                let row = lane_row(ctx, app, r, zone, t);
                                tr.with(
                                    "wait-times-current",
                                    &[
                                        ("status", row.status),
                                        ("lanes", row.lanes_open),
                                        ("wait", row.wait),
                                        ("updated", row.updated),
                                    ],
                                )
                            }
                            None => tr.t("wait-times-current-none"),
                        },
                        stale: current.is_some_and(|r| r.is_stale(app, t)),
                        status_field: lane.field(Field::Status),
                        lanes_field: lane.field(Field::LanesOpen),
                        delay_field: lane.field(Field::Delay),
                        status: value(lane.field(Field::Status)),
                        lanes_open: value(lane.field(Field::LanesOpen)),
                        delay: value(lane.field(Field::Delay)),
                    }
                })
                .collect(),
        })
        .collect();
    let status = if errors.any() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(render(
        status,
        &ConsolePage {
            ctx,
            port,
            groups,
            statuses: Status::ALL
                .iter()
                .map(|s| (s.as_str(), status_label(tr, *s)))
                .collect(),
            errors,
            summary,
            saved,
        },
    ))
}

/// An officer's own port; an administrator chooses a port.
pub(super) async fn console(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Query(q): Query<SavedQuery>,
) -> Result<Response> {
    match (account.is_admin(), account.port_id.as_deref()) {
        (false, Some(port_id)) => {
            let port = port(&app, port_id)?;
            console_page(
                &app,
                &ctx,
                port,
                &HashMap::new(),
                FormErrors::default(),
                q.saved.is_some(),
            )
            .await
        }
        (true, _) => Ok(render(
            StatusCode::OK,
            &ConsolePorts {
                ctx: &ctx,
                ports: &app.ports,
            },
        )),
        // An officer with no port has nothing to report on.
        _ => Err(Error::Forbidden),
    }
}

pub(super) async fn console_port(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Path(port_id): Path<String>,
    Query(q): Query<SavedQuery>,
) -> Result<Response> {
    let port = reporting_port(&app, account, &port_id)?;
    console_page(
        &app,
        &ctx,
        port,
        &HashMap::new(),
        FormErrors::default(),
        q.saved.is_some(),
    )
    .await
}

/// The lanes the officer filled in. A lane left entirely empty is not reported; one with
/// figures but no status is (and the missing status is pointed out).
fn form_reports(form: &HashMap<String, String>) -> Vec<LaneReport> {
    let get = |field: &str| {
        // Figures typed on an Arabic, Persian or Hindi keyboard read as the same numbers.
        form.get(field)
            .map(|v| garita_domain::validation::ascii_digits(v.trim()))
            .filter(|v| !v.is_empty())
    };
    LaneKind::ALL
        .iter()
        .filter_map(|lane| {
            let status = get(lane.field(Field::Status));
            let lanes_open = get(lane.field(Field::LanesOpen));
            let delay_minutes = get(lane.field(Field::Delay));
            if status.is_none() && lanes_open.is_none() && delay_minutes.is_none() {
                return None;
            }
            Some(LaneReport {
                lane: lane.as_str().to_string(),
                // An absent status is a field problem `parse_reports` names, not a default.
                status: status.unwrap_or_default(),
                lanes_open,
                delay_minutes,
            })
        })
        .collect()
}

pub(super) async fn console_save(
    State(app): State<AppState>,
    Staff(ref account): Staff,
    ctx: Ctx,
    Path(port_id): Path<String>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response> {
    let port = reporting_port(&app, account, &port_id)?;
    let reports = form_reports(&form);
    if reports.is_empty() {
        let errors = FormErrors::general(ctx.t("wait-times-console-nothing"));
        return console_page(&app, &ctx, port, &form, errors, false).await;
    }
    match parse_reports(&reports) {
        Ok(updates) => {
            record(&app, &port.id, account.id, &updates).await?;
            Ok(Redirect::to(&format!("/console/wait-times/{}?saved=1", port.id)).into_response())
        }
        Err(invalid) => {
            let errors = FormErrors::from_invalid(&ctx, &invalid);
            console_page(&app, &ctx, port, &form, errors, false).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lane_left_empty_is_not_reported() {
        let form: HashMap<String, String> = [
            ("csrf_token", "x"),
            ("passenger-standard.status", "open"),
            ("passenger-standard.lanes_open", "4"),
            ("passenger-standard.delay_minutes", "30"),
            ("passenger-ready.status", ""),
            ("passenger-ready.lanes_open", " "),
            ("pedestrian-standard.delay_minutes", "12"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let reports = form_reports(&form);
        assert_eq!(reports.len(), 2);
        assert_eq!(reports[0].lane, "passenger-standard");
        assert_eq!(reports[1].lane, "pedestrian-standard");
        assert_eq!(
            reports[1].status, "",
            "figures without a status are refused later"
        );
    }
}
