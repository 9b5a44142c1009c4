//! Staff acting on a traveler's group: each act checks the consent (in the database) for what
//! it needs, then calls the very function the traveler's own page calls — so a delegated
//! request is the same request, in the same draw, with the same odds — and records the act as
//! the staff member's. A member a helper adds is checked against the duplicate-person rule.

use std::net::IpAddr;

use axum::body::Bytes;
use garita_domain::consents::Permission;
use garita_domain::travelers::MemberInput;
use serde::Serialize;
use utoipa::ToSchema;

use super::{Action, Helper};
use crate::appointments::{AppointmentView, RequestView, Status, Submission};
use crate::http::errors::Error;
use crate::state::AppState;
use crate::travelers::Traveler;

/// A traveler's group as their helper sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GroupView {
    pub account_id: i64,
    pub members: Vec<Traveler>,
    pub status: Status,
    /// What the consent allows.
    pub permissions: Vec<String>,
    /// When the consent ends (seconds since the epoch).
    pub consent_until: i64,
    /// The programme-roster place the group claimed, if any.
    pub roster: Option<crate::rosters::Claimed>,
}

/// Sees the group, its request and appointment (consent: `view`). Recorded.
pub async fn view(
    app: &AppState,
    helper: &Helper,
    traveler: i64,
    ip: IpAddr,
) -> Result<GroupView, Error> {
    let access = helper.check(app, traveler, Permission::View).await?;
    let members = crate::travelers::list(app, traveler).await?;
    let status = crate::appointments::current(app, traveler, app.clock.now()).await?;
    let roster = crate::rosters::claimed_by(app, traveler).await?;
    helper
        .record(app, traveler, Action::ViewedGroup, ip)
        .await?;
    Ok(GroupView {
        account_id: traveler,
        members,
        status,
        permissions: access
            .permissions
            .list()
            .iter()
            .map(|p| p.as_str().to_string())
            .collect(),
        consent_until: access.until_at,
        roster,
    })
}

/// Adds a member (consent: `manage_group`); refused when the person is in another group.
pub async fn add_member(
    app: &AppState,
    helper: &Helper,
    traveler: i64,
    input: &MemberInput,
    ip: IpAddr,
) -> Result<Traveler, Error> {
    helper.check(app, traveler, Permission::ManageGroup).await?;
    let member = input.parse(crate::travelers::today(app))?;
    super::refuse_duplicate_person(app, Some(traveler), &member).await?;
    let act = helper.act(traveler, Action::AddedMember, ip);
    crate::travelers::add(app, traveler, input, None, Some(&act)).await
}

/// Removes a member (consent: `manage_group`).
pub async fn remove_member(
    app: &AppState,
    helper: &Helper,
    traveler: i64,
    member_id: &str,
    ip: IpAddr,
) -> Result<(), Error> {
    helper.check(app, traveler, Permission::ManageGroup).await?;
    let act = helper.act(traveler, Action::RemovedMember, ip);
    crate::travelers::remove(app, traveler, member_id, Some(&act)).await
}

/// Stores a member's photo (consent: `manage_group`).
pub async fn add_photo(
    app: &AppState,
    helper: &Helper,
    traveler: i64,
    member_id: &str,
    photo: Bytes,
    ip: IpAddr,
) -> Result<(), Error> {
    helper.check(app, traveler, Permission::ManageGroup).await?;
    let act = helper.act(traveler, Action::AddedPhoto, ip);
    crate::photos::store(app, traveler, member_id, photo, Some(&act)).await
}

/// Asks for an appointment for the group (consent: `request`): the traveler's own `submit`,
/// with the position where the family is.
pub async fn request(
    app: &AppState,
    helper: &Helper,
    traveler: i64,
    submission: &Submission,
    ip: IpAddr,
) -> Result<RequestView, Error> {
    helper.check(app, traveler, Permission::Request).await?;
    let act = Box::new(helper.act(traveler, Action::Requested, ip));
    crate::appointments::submit_also(app, traveler, submission, app.clock.now(), act).await
}

/// Confirms an offered appointment (consent: `confirm`). Under a policy that re-checks the
/// position at confirmation, it must be given, as the traveler must give it.
pub async fn confirm(
    app: &AppState,
    helper: &Helper,
    traveler: i64,
    appointment: &str,
    location: Option<crate::appointments::Location>,
    ip: IpAddr,
) -> Result<AppointmentView, Error> {
    helper.check(app, traveler, Permission::Confirm).await?;
    if let Some(policy) = crate::policies::recheck_policy(app, traveler, appointment).await? {
        crate::policies::recheck_location(app, traveler, &policy.policy, location.map(Into::into))
            .await?;
    }
    let act = Box::new(helper.act(traveler, Action::Confirmed, ip));
    crate::appointments::confirm_also(app, traveler, appointment, app.clock.now(), Some(act)).await
}

/// Declines an offered appointment (consent: `confirm`). A confirmed appointment is not
/// cancelled by a helper: only the traveler gives up a confirmed appointment.
pub async fn decline(
    app: &AppState,
    helper: &Helper,
    traveler: i64,
    appointment: &str,
    ip: IpAddr,
) -> Result<AppointmentView, Error> {
    helper.check(app, traveler, Permission::Confirm).await?;
    let (_, loss) = crate::appointments::loss_of(app, traveler, appointment).await?;
    if loss != crate::appointments::Loss::Decline {
        return Err(Error::Conflict("helper-cannot-cancel"));
    }
    let act = helper.act(traveler, Action::Declined, ip);
    crate::appointments::cancel_also(app, traveler, appointment, app.clock.now(), Some(&act)).await
}

/// Claims a programme-roster place for the traveler's group with the person's roster id and
/// date of birth (consent: `manage_group`): the traveler's own claim (same checks, same
/// "not found" for a wrong pair or a place another account holds), throttled per account and
/// per staff member, audited as the staff member's and listed to the traveler in the claim's
/// transaction.
pub async fn claim_roster(
    app: &AppState,
    helper: &Helper,
    traveler: i64,
    input: &crate::rosters::ClaimInput,
    ip: IpAddr,
) -> Result<crate::rosters::Claimed, Error> {
    helper.check(app, traveler, Permission::ManageGroup).await?;
    crate::rosters::claim_for(
        app,
        traveler,
        crate::rosters::Claimant::Helper(helper),
        input,
        ip,
    )
    .await
}
