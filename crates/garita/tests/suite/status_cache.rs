//! The status page's in-memory cache (`garita::appointments::status_cache`, issue 22): a warm
//! `GET /appointment` reads no database, and every write that changes the page is seen on the
//! very next read. Each test warms the page, makes one kind of write, and checks that the page
//! then served (from the cache) is the one a cold read gives and that it changed — a writer
//! that forgot to invalidate would serve the old page and fail here.

use crate::common;

use std::time::Duration as StdDuration;

use chrono::Duration;
use common::{member, png, small_ports, TestApp};
use garita_domain::roles::Role;
use serde_json::{json, Value};

const TIJUANA: &str = r#"{"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0}"#;

/// A service with the caches on (the suite's default turns them off: other tests change rows
/// behind the service's back), small ports so draws are quick.
async fn cached() -> TestApp {
    common::spawn_with(|s| {
        small_ports(10)(s);
        s.session_cache_for = StdDuration::from_secs(3600);
        // The clock moves days ahead here: sessions outlast it.
        s.session_idle = StdDuration::from_secs(30 * 86_400);
        s.session_absolute = StdDuration::from_secs(30 * 86_400);
    })
    .await
}

/// The page without its CSRF tokens (new at each request without a CSRF cookie).
fn without_csrf(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(marker) {
        let start = at + marker.len();
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        rest = &rest[rest.find('"').unwrap()..];
    }
    out.push_str(rest);
    out
}

/// `GET /appointment` as the traveler signed in with `token` sees it.
async fn page(app: &TestApp, token: &str) -> String {
    let res = app
        .api
        .get(app.url("/appointment"))
        .header("cookie", format!("garita-session={token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    without_csrf(&res.text().await.unwrap())
}

/// Reads the page twice so the second is served warm; the page.
async fn warm(app: &TestApp, token: &str) -> String {
    let first = page(app, token).await;
    let again = page(app, token).await;
    assert_eq!(first, again);
    assert!(
        !app.state.hot.status.is_empty(),
        "the page was kept in memory"
    );
    again
}

/// The page as served now (warm, if nothing evicted it) must be the one a cold read gives,
/// and differ from `before`. Returns it.
async fn changed_from(app: &TestApp, token: &str, before: &str, what: &str) -> String {
    let served = page(app, token).await;
    app.state.hot.status.changed_all();
    let cold = page(app, token).await;
    assert_eq!(served, cold, "after {what}: the page served is stale");
    assert_ne!(cold, before, "after {what}: the page should have changed");
    cold
}

async fn request(app: &TestApp, token: &str) {
    let location: Value = serde_json::from_str(TIJUANA).unwrap();
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(token),
            &json!({"ports": ["san-ysidro"], "location": location}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
}

/// The live appointment of `token`'s group: (id, status, port, day, start).
async fn live(app: &TestApp, token: &str) -> (String, String, String, String, String) {
    let s: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(token))
        .await
        .json()
        .await
        .unwrap();
    let a = &s["appointment"];
    let text = |k: &str| {
        a[k].as_str()
            .unwrap_or_else(|| panic!("{k} in {s}"))
            .to_string()
    };
    (
        text("id"),
        text("status"),
        text("port_id"),
        text("day"),
        text("start_time"),
    )
}

/// A traveler whose group of one asked for San Ysidro and was offered a place by the draw.
async fn offered(app: &TestApp) -> String {
    let token = app.group(1, "Rosa").await;
    request(app, &token).await;
    app.draw_now().await;
    assert_eq!(live(app, &token).await.1, "offered");
    token
}

#[tokio::test]
async fn a_warm_page_is_served_from_memory_until_invalidated() {
    let app = cached().await;
    let token = app.group(1, "Rosa").await;
    let before = warm(&app, &token).await;
    // A change behind the service's back (as another process would make) is not seen warm...
    let account = app.account_id(&token).await;
    sqlx::query(
        "DELETE FROM photos WHERE traveler_id IN (SELECT id FROM travelers WHERE account_id = $1)",
    )
    .bind(account)
    .execute(&app.state.db.write)
    .await
    .unwrap();
    assert_eq!(page(&app, &token).await, before, "served from memory");
    // ...until the entry goes.
    app.state.hot.status.evict(account);
    assert_ne!(page(&app, &token).await, before);
}

#[tokio::test]
async fn the_groups_own_writes_show_at_once() {
    let app = cached().await;
    let (_, token) = app.traveler().await;
    // Members: added, its photo, another added and removed.
    let before = warm(&app, &token).await;
    let m: Value = app
        .post_json("/api/v1/travelers", Some(&token), &member("Rosa Díaz"))
        .await
        .json()
        .await
        .unwrap();
    let id = m["id"].as_str().unwrap().to_string();
    let before = changed_from(&app, &token, &before, "a member added").await;
    let res = app
        .api
        .put(app.url(&format!("/api/v1/travelers/{id}/photo")))
        .bearer_auth(&token)
        .body(png(200, 260))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    let before = changed_from(&app, &token, &before, "a photo added").await;
    let other: Value = app
        .post_json("/api/v1/travelers", Some(&token), &member("Pedro Díaz"))
        .await
        .json()
        .await
        .unwrap();
    let before = changed_from(&app, &token, &before, "a second member").await;
    let res = app
        .api
        .delete(app.url(&format!(
            "/api/v1/travelers/{}",
            other["id"].as_str().unwrap()
        )))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.status());
    let before = changed_from(&app, &token, &before, "a member removed").await;
    // The request.
    request(&app, &token).await;
    let before = changed_from(&app, &token, &before, "the request").await;
    // Offered by the draw (its own test below), then confirmed...
    app.draw_now().await;
    let before = changed_from(&app, &token, &before, "the draw").await;
    let (appointment, ..) = live(&app, &token).await;
    let res = app
        .post_json(
            &format!("/api/v1/appointments/{appointment}/confirm"),
            Some(&token),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let before = changed_from(&app, &token, &before, "confirming").await;
    // ...and cancelled.
    let res = app
        .post_json(
            &format!("/api/v1/appointments/{appointment}/cancel"),
            Some(&token),
            &json!({"confirm": true}),
        )
        .await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    changed_from(&app, &token, &before, "cancelling").await;
}

#[tokio::test]
async fn declining_through_the_page_shows_at_once() {
    let app = cached().await;
    let token = offered(&app).await;
    let before = warm(&app, &token).await;
    let (appointment, ..) = live(&app, &token).await;
    let b = app.browser();
    let res = b
        .post(app.url(&format!("/appointment/{appointment}/cancel")))
        .header("cookie", format!("garita-session={token}"))
        .send()
        .await
        .unwrap();
    // Without a CSRF token the form is refused and nothing changes.
    assert!(res.status().is_client_error(), "{}", res.status());
    assert_eq!(page(&app, &token).await, before);
    let res = app
        .post_json(
            &format!("/api/v1/appointments/{appointment}/cancel"),
            Some(&token),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let after = changed_from(&app, &token, &before, "declining").await;
    assert!(after.contains("notice"), "the decline is named");
}

#[tokio::test]
async fn the_draw_shows_at_once() {
    let app = cached().await;
    let token = app.group(1, "Rosa").await;
    request(&app, &token).await;
    let before = warm(&app, &token).await;
    app.draw_now().await;
    changed_from(&app, &token, &before, "the draw").await;
}

#[tokio::test]
async fn a_helpers_act_for_the_group_shows_at_once() {
    let app = cached().await;
    let common::AidStaff {
        organisation: org,
        token: staff,
        ..
    } = app.aid_staff("Casa del Migrante", "Ana").await;
    let token = app.group(1, "Lucía").await;
    let res = app
        .post_json(
            "/api/v1/consents",
            Some(&token),
            &json!({"organisation_id": org, "permissions": [], "days": null}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let group = format!("/api/v1/helpers/travelers/{}", app.account_id(&token).await);

    let before = warm(&app, &token).await;
    let res = app
        .post_json(
            &format!("{group}/members"),
            Some(&staff),
            &member("Pedro Ruiz"),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let before = changed_from(&app, &token, &before, "a helper adding a member").await;
    let location: Value = serde_json::from_str(TIJUANA).unwrap();
    // The new member has no photo yet: the helper's request is refused, the page unchanged.
    let res = app
        .post_json(
            &format!("{group}/appointment-requests"),
            Some(&staff),
            &json!({"ports": ["san-ysidro"], "location": location}),
        )
        .await;
    assert!(res.status().is_client_error(), "{}", res.status());
    assert_eq!(page(&app, &token).await, before);
}

#[tokio::test]
async fn the_clock_passing_the_window_changes_the_draw_shown() {
    let app = cached().await;
    let token = app.group(1, "Rosa").await;
    request(&app, &token).await;
    let before = warm(&app, &token).await;
    // 09:00 → 11:30 in the cycle's zone: today's window has closed, a request now joins
    // tomorrow's draw; nothing was written.
    app.clock.advance(Duration::minutes(150));
    changed_from(&app, &token, &before, "the window closing").await;
}

#[tokio::test]
async fn an_offer_lapsing_at_its_deadline_shows_at_once() {
    let app = cached().await;
    let token = offered(&app).await;
    let before = warm(&app, &token).await;
    // Past the confirm-by deadline the page still shows the offer until the scheduler's
    // next tick lapses it: that tick's write must end the entry.
    app.clock.advance(Duration::days(2));
    assert_eq!(
        garita::appointments::expire_offers(&app.state, app.now())
            .await
            .unwrap(),
        1
    );
    changed_from(&app, &token, &before, "the offer lapsing").await;
}

#[tokio::test]
async fn the_schedulers_tick_shows_at_once() {
    let app = cached().await;
    let token = app.group(1, "Rosa").await;
    request(&app, &token).await;
    let before = warm(&app, &token).await;
    // Past today's draw time the scheduler runs the draw itself.
    app.clock.advance(Duration::hours(4));
    garita::draw::tick(&app.state, app.now()).await.unwrap();
    let after = changed_from(&app, &token, &before, "the scheduled draw").await;
    assert_eq!(live(&app, &token).await.1, "offered", "{after}");
}

#[tokio::test]
async fn an_officers_capacity_cut_shows_at_once() {
    let app = cached().await;
    let token = offered(&app).await;
    let (_, _, port, day, start) = live(&app, &token).await;
    let before = warm(&app, &token).await;
    let officer = app.staff(Role::Officer, Some(&port)).await;
    let res = app
        .api
        .put(app.url(&format!("/api/v1/ports/{port}/capacity/{day}")))
        .bearer_auth(&officer)
        .json(&json!({"slots": [{"start": start, "capacity": 0}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    changed_from(&app, &token, &before, "a capacity cut").await;
}

#[tokio::test]
async fn a_no_show_marked_by_the_scheduler_shows_at_once() {
    let app = cached().await;
    let token = offered(&app).await;
    let (appointment, ..) = live(&app, &token).await;
    let res = app
        .post_json(
            &format!("/api/v1/appointments/{appointment}/confirm"),
            Some(&token),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let before = warm(&app, &token).await;
    // The day after the appointment: the group never came.
    app.clock.advance(Duration::days(5));
    assert_eq!(
        garita::port_console::mark_no_shows(&app.state, app.now())
            .await
            .unwrap(),
        1
    );
    changed_from(&app, &token, &before, "a no-show").await;
}

async fn feed(app: &TestApp) -> String {
    let res = app.get_json("/api/v1/wait-times", None).await;
    assert_eq!(res.status(), 200);
    res.text().await.unwrap()
}

#[tokio::test]
async fn the_wait_times_feed_shows_a_report_at_once() {
    let app = cached().await;
    let before = feed(&app).await;
    assert_eq!(feed(&app).await, before, "the same second, the same feed");
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let res = app
        .post_json(
            "/api/v1/ports/san-ysidro/wait-times",
            Some(&officer),
            &json!({"lanes": [{"lane": "passenger-standard", "status": "open", "lanes_open": 12, "delay_minutes": 25}]}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let served = feed(&app).await;
    app.state.hot.feed.changed();
    assert_eq!(served, feed(&app).await, "the feed served is stale");
    assert_ne!(served, before);
    // The clock's next second builds afresh (`generated_at`, `stale`).
    app.clock.advance(Duration::seconds(1));
    assert_ne!(feed(&app).await, served);
}
