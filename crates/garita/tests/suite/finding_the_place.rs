//! Finding the place: the Mexican side of the port (city, crossing, map links) on the offer and
//! the pass, the distance warning when the offered port is far from the request's state, and
//! the town search for a person without GPS (accents and case ignored).

use crate::common;

use common::{csrf_of, member, png, spawn_app, TestApp, PASSWORD};
use serde_json::{json, Value};

/// A traveler with one member (with a photo): (e-mail, token).
async fn traveler_with_member(app: &TestApp) -> (String, String) {
    let (email, token) = app.traveler().await;
    let m: Value = app
        .post_json("/api/v1/travelers", Some(&token), &member("Viajera 0"))
        .await
        .json()
        .await
        .unwrap();
    let res = app
        .api
        .put(app.url(&format!(
            "/api/v1/travelers/{}/photo",
            m["id"].as_str().unwrap()
        )))
        .bearer_auth(&token)
        .body(png(200, 260))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    (email, token)
}

/// Asks for San Ysidro from `(lat, lon)` and is drawn: the appointment id.
async fn offered_from(app: &TestApp, token: &str, lat: f64, lon: f64) -> String {
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(token),
            &json!({"ports": ["san-ysidro"], "location": {"latitude": lat, "longitude": lon, "accuracy_m": 50.0}}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let day = garita::appointments::cycle::next_draw_for_request(&app.state, app.now())
        .await
        .unwrap();
    garita::draw::run(&app.state, day, app.now(), true)
        .await
        .unwrap();
    let current: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(token))
        .await
        .json()
        .await
        .unwrap();
    current["appointment"]["id"]
        .as_str()
        .expect("selected")
        .to_string()
}

async fn signed_in(app: &TestApp, email: &str) -> reqwest::Client {
    let b = app.browser();
    let csrf = app.form_token(&b, "/login").await;
    let res = b
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    b
}

async fn page(b: &reqwest::Client, url: String) -> String {
    b.get(url).send().await.unwrap().text().await.unwrap()
}

#[tokio::test]
async fn an_offer_far_from_the_requests_state_says_how_far_as_an_estimate() {
    let app = spawn_app().await;
    // From Monterrey (Nuevo León) to San Ysidro.
    let (email, token) = traveler_with_member(&app).await;
    offered_from(&app, &token, 25.6866, -100.3161).await;
    let b = signed_in(&app, &email).await;
    let html = page(&b, app.url("/appointment")).await;
    assert!(
        html.contains("This port is far from where you asked from (Nuevo León)"),
        "{html}"
    );
    // The nearest town of Nuevo León is at least 1,500 km away in a straight line.
    let km: u32 = html
        .split("about ")
        .nth(1)
        .and_then(|rest| rest.split(" km").next())
        .map(|n| n.replace(',', "").parse().unwrap())
        .unwrap();
    assert!((1_900..=2_600).contains(&km), "{km}");
    assert!(html.contains("hours by road"));
    assert!(html.contains("This is an estimate"));
    assert!(html.contains("Tijuana — El Chaparral → San Ysidro PedWest"));

    // In Spanish the number is grouped the Spanish way and the words are Spanish.
    let es = page(&b, app.url("/appointment?lang=es")).await;
    assert!(es.contains("Este puerto está lejos"), "{es}");
}

#[tokio::test]
async fn an_offer_near_the_requests_state_says_nothing_about_distance() {
    let app = spawn_app().await;
    let (email, token) = traveler_with_member(&app).await;
    offered_from(&app, &token, 32.5149, -117.0382).await;
    let b = signed_in(&app, &email).await;
    let html = page(&b, app.url("/appointment")).await;
    assert!(html.contains("Tijuana — El Chaparral → San Ysidro PedWest"));
    assert!(!html.contains("This port is far"), "{html}");
}

#[tokio::test]
async fn the_pass_shows_the_mexican_side_and_links_to_the_map_app() {
    let app = spawn_app().await;
    let (email, token) = traveler_with_member(&app).await;
    let appointment = offered_from(&app, &token, 32.5149, -117.0382).await;
    let res = app
        .post_json(
            &format!("/api/v1/appointments/{appointment}/confirm"),
            Some(&token),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let b = signed_in(&app, &email).await;
    let html = page(&b, app.url("/appointment/pass")).await;
    assert!(
        html.contains("Tijuana — El Chaparral → San Ysidro PedWest"),
        "{html}"
    );
    let port = app
        .state
        .ports
        .iter()
        .find(|p| p.id == "san-ysidro")
        .unwrap();
    let links = port.map_links();
    assert!(links.geo.starts_with("geo:32."));
    assert!(html.contains(&format!("href=\"{}\"", links.geo)), "{html}");
    assert!(html.contains("https://www.openstreetmap.org/?mlat="));
    // No address a source does not give; no map script.
    assert!(port.meeting_address().is_none());
    assert!(!html.contains("Meeting point:"));
    assert!(!html.contains("leaflet") && !html.contains("maps.googleapis"));
    // Travelers never see the agency's to-do markers.
    assert!(!html.contains("agency to confirm"));
}

#[tokio::test]
async fn admins_see_what_the_agency_must_confirm_and_the_public_does_not() {
    let app = spawn_app().await;
    let public = page(&app.browser(), app.url("/ports")).await;
    assert!(public.contains("Tijuana — El Chaparral → San Ysidro PedWest"));
    assert!(!public.contains("agency to confirm"));
    let admin_browser = app
        .staff_browser(garita_domain::roles::Role::Admin, None, "/ports")
        .await;
    let admin = page(&admin_browser, app.url("/ports")).await;
    assert!(
        admin.contains("Meeting point address: agency to confirm"),
        "{admin}"
    );
}

#[tokio::test]
async fn a_town_typed_without_gps_is_found_however_it_is_written_and_gives_the_position() {
    let app = spawn_app().await;
    let (email, _) = traveler_with_member(&app).await;
    let b = signed_in(&app, &email).await;
    let csrf = csrf_of(&page(&b, app.url("/appointment/request")).await);
    let mut tijuana_id = String::new();
    for typed in ["tijuana", "TIJUANA", "Tijuána"] {
        let res = b
            .post(app.url("/appointment/request"))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("port_1", "san-ysidro"),
                ("city", typed),
                ("find_city", "yes"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let html = res.text().await.unwrap();
        let at = html
            .find("Tijuana, Baja California")
            .unwrap_or_else(|| panic!("{typed}: {html}"));
        let radio = &html[..at];
        let id = radio
            .rsplit("name=\"place\" value=\"")
            .next()
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        tijuana_id = id.to_string();
        // Nothing was submitted by a search.
        assert_eq!(app.count("appointment_requests").await, 0);
    }
    let res = b
        .post(app.url("/appointment/request"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("port_1", "san-ysidro"),
            ("city", "Tijuana"),
            ("place", tijuana_id.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let state: String = sqlx::query_scalar("SELECT region_state FROM appointment_requests")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(state, "MX.BN");
}

/// A family types its town and presses "send" without "find": one match is that town (the
/// request goes in); a name several towns share shows the list instead of a refusal.
#[tokio::test]
async fn a_town_typed_and_sent_without_find_is_used_or_listed_never_refused() {
    let app = spawn_app().await;
    let (email, _) = traveler_with_member(&app).await;
    let b = signed_in(&app, &email).await;
    let csrf = csrf_of(&page(&b, app.url("/appointment/request")).await);
    let send = |city: &'static str| {
        b.post(app.url("/appointment/request"))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("port_1", "san-ysidro"),
                ("city", city),
            ])
            .send()
    };
    // Found by several names' worth of towns, or none: the list (or "nothing found"), 200,
    // nothing stored, and no "we need your location" refusal.
    let html = send("xq").await.unwrap().text().await.unwrap();
    assert!(!html.contains("id=\"location-error\""), "{html}");
    assert_eq!(app.count("appointment_requests").await, 0);
    let res = send("Tijuana").await.unwrap();
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let state: String = sqlx::query_scalar("SELECT region_state FROM appointment_requests")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(state, "MX.BN");
}

#[tokio::test]
async fn a_town_that_is_not_shipped_finds_nothing_and_the_locate_button_waits_for_javascript() {
    let app = spawn_app().await;
    let (email, _) = traveler_with_member(&app).await;
    let b = signed_in(&app, &email).await;
    let form = page(&b, app.url("/appointment/request")).await;
    assert!(
        form.contains("id=\"locate\" class=\"secondary\" hidden"),
        "{form}"
    );
    assert!(form.contains("GeoNames"));
    let csrf = csrf_of(&form);
    let html = b
        .post(app.url("/appointment/request"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("city", "Zzyzx Springs"),
            ("find_city", "yes"),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("No town found with that name"), "{html}");
}
