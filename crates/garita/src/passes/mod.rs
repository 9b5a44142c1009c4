//! The appointment pass: one per member of a confirmed group, with a QR code that carries only
//! the pass's random code, the member's name and photo, and where and when to go. Printable.

pub mod qr;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use garita_domain::ports::Port;
use garita_domain::status::AppointmentStatus;

use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::roles;
use crate::pages::render;
use crate::state::AppState;
use crate::travelers::Traveler;

pub fn router() -> Router<AppState> {
    Router::new().route("/appointment/pass", get(page))
}

pub struct MemberPass {
    pub code: String,
    pub qr_svg: String,
    pub member: Traveler,
}

#[derive(Template)]
#[template(path = "passes/pass.html")]
struct PassPage<'a> {
    ctx: &'a Ctx,
    port: &'a Port,
    day: chrono::NaiveDate,
    start_time: String,
    passes: Vec<MemberPass>,
}

async fn page(State(app): State<AppState>, ctx: Ctx, account: roles::Traveler) -> Result<Response> {
    let appointment = crate::appointments::live_appointment(&app, account.id)
        .await?
        .filter(|a| a.status == AppointmentStatus::Confirmed.as_str())
        .ok_or(Error::NotFound)?;
    let port = app
        .ports
        .iter()
        .find(|p| p.id == appointment.port_id)
        .ok_or(Error::NotFound)?;
    let members = crate::travelers::list(&app, account.id).await?;
    let mut passes = Vec::new();
    for pass in &appointment.passes {
        if let Some(member) = members.iter().find(|m| m.id == pass.traveler_id) {
            passes.push(MemberPass {
                qr_svg: qr::qr_svg(
                    &pass.code,
                    &ctx.tr.t1("pass-qr-label", "name", &member.full_name),
                ),
                code: pass.code.clone(),
                member: member.clone(),
            });
        }
    }
    Ok(render(
        StatusCode::OK,
        &PassPage {
            ctx: &ctx,
            port,
            day: appointment.day,
            start_time: appointment.start_time.clone(),
            passes,
        },
    ))
}
