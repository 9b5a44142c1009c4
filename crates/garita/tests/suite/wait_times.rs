//! Border wait times over real HTTP: officers' reports (API and form), who may report, the public
//! page and feed, the 7-day chart and the usual wait from stored history, stale marking.

use crate::common;

use chrono::TimeZone;
use common::{csrf_of, spawn_app, TestApp};
use garita_domain::roles::Role;
use serde_json::{json, Value};

fn lane(lane: &str, status: &str, lanes_open: Value, delay: Value) -> Value {
    json!({"lane": lane, "status": status, "lanes_open": lanes_open, "delay_minutes": delay})
}

fn report_path(port: &str) -> String {
    format!("/api/v1/ports/{port}/wait-times")
}

async fn page(client: &reqwest::Client, url: String) -> (u16, String) {
    let res = client.get(url).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

/// A browser logged in as a new officer of `port`.
async fn officer_browser(app: &TestApp, port: &str) -> reqwest::Client {
    app.staff_browser(Role::Officer, Some(port), "/console")
        .await
}

async fn insert_report(app: &TestApp, port: &str, lane: &str, delay: Option<i64>, at: i64) {
    let status = if delay.is_some() { "open" } else { "closed" };
    sqlx::query(
        "INSERT INTO wait_time_reports (port_id, lane, status, lanes_open, delay_minutes, reported_by, reported_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(port)
    .bind(lane)
    .bind(status)
    .bind(if delay.is_some() { 2_i64 } else { 0 })
    .bind(delay)
    .bind(None::<i64>)
    .bind(at)
    .execute(&app.state.db.write)
    .await
    .unwrap();
}

fn feed_port<'a>(feed: &'a Value, port: &str) -> &'a Value {
    feed["ports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["port_id"] == port)
        .unwrap()
}

fn feed_lane<'a>(feed: &'a Value, port: &str, lane: &str) -> &'a Value {
    feed_port(feed, port)["lanes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lane"] == lane)
        .unwrap_or_else(|| panic!("{port} {lane} in {feed}"))
}

#[tokio::test]
async fn an_officers_report_shows_on_the_public_feed_and_pages() {
    let app = spawn_app().await;
    let token = app.staff(Role::Officer, Some("san-ysidro")).await;
    let res = app
        .post_json(
            &report_path("san-ysidro"),
            Some(&token),
            &json!({"lanes": [
                lane("passenger-standard", "open", json!(12), json!(25)),
                lane("pedestrian-ready", "lanes-reduced", json!(1), json!(95)),
                lane("commercial-fast", "closed", Value::Null, Value::Null),
            ]}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["port_id"], "san-ysidro");
    assert_eq!(body["lanes"].as_array().unwrap().len(), 3);
    assert_eq!(app.count("wait_time_reports").await, 3);

    // A later report of one lane replaces it in the feed; both stay in the history.
    let res = app
        .post_json(
            &report_path("san-ysidro"),
            Some(&token),
            &json!({"lanes": [lane("passenger-standard", "open", json!(10), json!(40))]}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(app.count("wait_time_reports").await, 4);

    let res = app.get_json("/api/v1/wait-times", None).await;
    assert_eq!(res.status(), 200);
    let feed: Value = res.json().await.unwrap();
    assert_eq!(feed["stale_after_seconds"], 7200);
    assert_eq!(feed["ports"].as_array().unwrap().len(), 8);
    let car = feed_lane(&feed, "san-ysidro", "passenger-standard");
    assert_eq!(car["group"], "passenger");
    assert_eq!(car["status"], "open");
    assert_eq!(car["lanes_open"], 10);
    assert_eq!(car["delay_minutes"], 40);
    assert_eq!(car["stale"], false);
    let updated = chrono::DateTime::parse_from_rfc3339(car["updated_at"].as_str().unwrap())
        .expect("updated_at is RFC 3339");
    assert!((app.now().timestamp() - updated.timestamp()).abs() < 60);
    let trucks = feed_lane(&feed, "san-ysidro", "commercial-fast");
    assert_eq!(trucks["status"], "closed");
    assert_eq!(trucks["lanes_open"], 0);
    assert_eq!(trucks["delay_minutes"], Value::Null);
    assert_eq!(
        feed_port(&feed, "laredo")["lanes"],
        json!([]),
        "ports without reports have no lanes"
    );

    let b = app.browser();
    let (status, html) = page(&b, app.url("/wait-times")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Passenger vehicles: Standard"), "{html}");
    assert!(html.contains("\">40 min</td>"));
    assert!(html.contains("\">1 h 35 min</td>"));
    assert!(html.contains("\">Fewer lanes open</td>"));
    assert!(html.contains("Updated just now"));
    assert!(!html.contains("may be out of date"));
    assert!(html.contains("href=\"/wait-times/san-ysidro\""));
    assert!(html.len() < 20_000, "the page stays small: {}", html.len());

    let (status, html) = page(&b, app.url("/wait-times/san-ysidro?lang=es")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Vehículos de pasajeros: Normal"));
    assert!(html.contains("Actualizado hace un momento"));
    assert_eq!(page(&b, app.url("/wait-times/atlantis")).await.0, 404);
}

async fn problem(res: reqwest::Response) -> (u16, Value) {
    let status = res.status().as_u16();
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    (status, res.json().await.unwrap())
}

#[tokio::test]
async fn bad_values_are_refused_with_422_and_nothing_is_written() {
    let app = spawn_app().await;
    let token = app.staff(Role::Officer, Some("san-ysidro")).await;
    let good = lane("passenger-standard", "open", json!(3), json!(20));
    let cases = [
        (
            lane("passenger-ready", "open", json!(2), json!(-5)),
            ("passenger-ready.delay_minutes", "number-too-small"),
        ),
        (
            lane("passenger-ready", "open", json!(-1), json!(5)),
            ("passenger-ready.lanes_open", "number-too-small"),
        ),
        (
            lane("passenger-ready", "open", json!(2), json!(24 * 60 + 1)),
            ("passenger-ready.delay_minutes", "number-too-large"),
        ),
        (
            lane("passenger-ready", "open", json!(101), json!(5)),
            ("passenger-ready.lanes_open", "number-too-large"),
        ),
        (
            lane("passenger-ready", "open", json!(2), json!("a while")),
            ("passenger-ready.delay_minutes", "not-a-number"),
        ),
        (
            lane("passenger-ready", "open", json!(2), json!(7.5)),
            ("passenger-ready.delay_minutes", "not-a-number"),
        ),
        (
            lane("passenger-ready", "open", json!(2), Value::Null),
            ("passenger-ready.delay_minutes", "required"),
        ),
        (
            lane("passenger-ready", "gridlocked", json!(2), json!(5)),
            ("passenger-ready.status", "unknown-status"),
        ),
        (
            lane("bicycles", "open", json!(2), json!(5)),
            ("lanes", "unknown-lane"),
        ),
        (good.clone(), ("lanes", "duplicate-lane")),
    ];
    for (bad, (field, code)) in cases {
        let res = app
            .post_json(
                &report_path("san-ysidro"),
                Some(&token),
                &json!({"lanes": [good.clone(), bad.clone()]}),
            )
            .await;
        let (status, body) = problem(res).await;
        assert_eq!(status, 422, "{bad} → {body}");
        assert_eq!(body["code"], "validation");
        let errors = body["errors"].as_array().unwrap();
        assert!(
            errors
                .iter()
                .any(|e| e["field"] == field && e["code"] == code),
            "{bad} → {body}"
        );
        for e in errors {
            let detail = e["detail"].as_str().unwrap();
            assert!(!detail.starts_with("error-"), "a message for {e}");
        }
    }
    let (status, body) = problem(
        app.post_json(
            &report_path("san-ysidro"),
            Some(&token),
            &json!({"lanes": []}),
        )
        .await,
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["field"], "lanes");

    // In the caller's language.
    let res = app
        .api
        .post(app.url(&report_path("san-ysidro")))
        .bearer_auth(&token)
        .header("accept-language", "es-MX")
        .json(&json!({"lanes": [lane("pedestrian-standard", "open", json!(2), json!(-1))]}))
        .send()
        .await
        .unwrap();
    let (status, body) = problem(res).await;
    assert_eq!(status, 422);
    assert_eq!(
        body["errors"][0]["detail"],
        "Este número no puede ser menor que 0."
    );

    assert_eq!(app.count("wait_time_reports").await, 0, "nothing written");
    assert_eq!(app.count("wait_time_latest").await, 0);
}

#[tokio::test]
async fn only_the_ports_officers_and_administrators_may_report() {
    let app = spawn_app().await;
    let body = json!({"lanes": [lane("pedestrian-standard", "open", json!(4), json!(30))]});
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let (_, traveler) = app.traveler().await;
    let admin = app.staff(Role::Admin, None).await;

    let (status, p) = problem(
        app.post_json(&report_path("laredo"), Some(&officer), &body)
            .await,
    )
    .await;
    assert_eq!((status, p["code"].as_str()), (403, Some("forbidden")));
    let (status, _) = problem(
        app.post_json(&report_path("san-ysidro"), Some(&traveler), &body)
            .await,
    )
    .await;
    assert_eq!(status, 403);
    let (status, _) = problem(app.post_json(&report_path("san-ysidro"), None, &body).await).await;
    assert_eq!(status, 401);
    let (status, _) = problem(
        app.post_json(&report_path("atlantis"), Some(&admin), &body)
            .await,
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(app.count("wait_time_reports").await, 0);

    let res = app
        .post_json(&report_path("laredo"), Some(&admin), &body)
        .await;
    assert_eq!(res.status(), 200, "an administrator reports for any port");
    let res = app
        .post_json(&report_path("san-ysidro"), Some(&officer), &body)
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(app.count("wait_time_reports").await, 2);

    // The pages: the officer's form posts to their own port only.
    let b = officer_browser(&app, "san-ysidro").await;
    let (status, html) = page(&b, app.url("/console/wait-times")).await;
    assert_eq!(status, 200);
    let csrf = csrf_of(&html);
    let res = b
        .post(app.url("/console/wait-times/laredo"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("pedestrian-standard.status", "open"),
            ("pedestrian-standard.lanes_open", "2"),
            ("pedestrian-standard.delay_minutes", "5"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(page(&b, app.url("/console/wait-times/laredo")).await.0, 403);

    // Anonymous visitors are sent to log in; travelers are refused.
    let anonymous = app.browser();
    let res = anonymous
        .get(app.url("/console/wait-times"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert!(res.headers()["location"]
        .to_str()
        .unwrap()
        .starts_with("/login"));
    assert_eq!(app.count("wait_time_reports").await, 2);
}

#[tokio::test]
async fn the_officers_form_saves_every_lane_at_once_or_explains_each_problem() {
    let app = spawn_app().await;
    let b = officer_browser(&app, "san-ysidro").await;
    let (status, html) = page(&b, app.url("/console/wait-times")).await;
    assert_eq!(status, 200);
    assert!(html.contains("action=\"/console/wait-times/san-ysidro\""));
    assert!(html.contains("<label for=\"passenger-sentri.delay_minutes\">"));
    let csrf = csrf_of(&html);

    // One bad lane among good ones: nothing saved, the problem tied to its field.
    let res = b
        .post(app.url("/console/wait-times/san-ysidro"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("passenger-standard.status", "open"),
            ("passenger-standard.lanes_open", "6"),
            ("passenger-standard.delay_minutes", "35"),
            ("passenger-ready.status", "open"),
            ("passenger-ready.lanes_open", "2"),
            ("passenger-ready.delay_minutes", "-5"),
            ("pedestrian-standard.status", ""),
            ("pedestrian-standard.lanes_open", ""),
            ("pedestrian-standard.delay_minutes", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("This number cannot be less than 0."),
        "{html}"
    );
    assert!(html.contains(
        "<a href=\"#passenger-ready.delay_minutes\">Passenger vehicles: Ready Lane, Wait in minutes: This number cannot be less than 0.</a>"
    ), "the summary names the lane");
    assert!(html.contains(
        "id=\"passenger-ready.delay_minutes\" name=\"passenger-ready.delay_minutes\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" value=\"-5\" aria-invalid=\"true\" aria-describedby=\"hint-delay passenger-ready.delay_minutes-error\""
    ), "{html}");
    assert!(html.contains("value=\"35\""), "what was typed is kept");
    assert_eq!(app.count("wait_time_reports").await, 0);

    // Nothing filled in.
    let res = b
        .post(app.url("/console/wait-times/san-ysidro"))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Fill in at least one lane"));

    // Without the form's token.
    let res = b
        .post(app.url("/console/wait-times/san-ysidro"))
        .form(&[("passenger-standard.status", "closed")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(app.count("wait_time_reports").await, 0);

    let res = b
        .post(app.url("/console/wait-times/san-ysidro"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("passenger-standard.status", "open"),
            ("passenger-standard.lanes_open", "6"),
            ("passenger-standard.delay_minutes", "35"),
            ("passenger-ready.status", "closed"),
            ("passenger-ready.lanes_open", ""),
            ("passenger-ready.delay_minutes", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let location = res.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(location, "/console/wait-times/san-ysidro?saved=1");
    assert_eq!(app.count("wait_time_reports").await, 2);
    let (status, html) = page(&b, app.url(&location)).await;
    assert_eq!(status, 200);
    assert!(html.contains("role=\"status\""));
    assert!(html.contains("Last report: Open, 6 lanes open, wait 35 min."));

    let (_, html) = page(&app.browser(), app.url("/wait-times")).await;
    assert!(html.contains("\">35 min</td>"));
    assert!(html.contains("\">Closed</td>"));
}

/// The instant of `hour`:00 local time, `days_back` days before today, at a port.
fn local_at(app: &TestApp, zone: chrono_tz::Tz, days_back: u64, hour: u32) -> i64 {
    let today = app.now().with_timezone(&zone).date_naive();
    let day = today
        .checked_sub_days(chrono::Days::new(days_back))
        .unwrap();
    zone.from_local_datetime(&day.and_hms_opt(hour, 0, 0).unwrap())
        .earliest()
        .unwrap()
        .timestamp()
}

/// The (x, y) points of the chart line of `lane`.
fn line_points(html: &str, lane: &str) -> Vec<(f64, f64)> {
    let start = html
        .find(&format!("data-lane=\"{lane}\""))
        .unwrap_or_else(|| panic!("a line for {lane}"));
    let rest = &html[start..];
    let d_start = rest.find(" d=\"").unwrap() + 4;
    let d = &rest[d_start..d_start + rest[d_start..].find('"').unwrap()];
    d.split(' ')
        .map(|seg| {
            let (x, y) = seg[1..].split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

#[tokio::test]
async fn the_port_page_charts_stored_history_and_the_usual_wait_at_this_hour() {
    let app = spawn_app().await;
    // Nogales is in Arizona: no daylight saving time, so "the same hour" is always 24 h apart.
    let zone: chrono_tz::Tz = "America/Phoenix".parse().unwrap();
    // The clock stands still, so the page and this test agree on what "this hour" is.
    let now = app.now().timestamp();
    let day = 86_400;

    // Cars, same local hour on earlier days: 10, 50, 20, 40 (and 30 reported now, below).
    for (k, delay) in [(1, 10), (2, 50), (3, 20), (5, 40)] {
        insert_report(
            &app,
            "nogales",
            "passenger-standard",
            Some(delay),
            now - k * day,
        )
        .await;
    }
    // Not this hour, not in the last 28 days, or closed: left out of "usually".
    insert_report(
        &app,
        "nogales",
        "passenger-standard",
        Some(600),
        now - 4 * day - 2 * 3600,
    )
    .await;
    insert_report(
        &app,
        "nogales",
        "passenger-standard",
        Some(900),
        now - 30 * day,
    )
    .await;
    insert_report(&app, "nogales", "passenger-standard", None, now - 6 * day).await;
    // Pedestrians, two days ago at 12:00, 13:00 and 14:00 port time.
    for (hour, delay) in [(12, 60), (13, 95), (14, 45)] {
        insert_report(
            &app,
            "nogales",
            "pedestrian-standard",
            Some(delay),
            local_at(&app, zone, 2, hour),
        )
        .await;
    }
    let token = app.staff(Role::Officer, Some("nogales")).await;
    let res = app
        .post_json(
            &report_path("nogales"),
            Some(&token),
            &json!({"lanes": [
                lane("passenger-standard", "open", json!(4), json!(30)),
                lane("pedestrian-standard", "open", json!(2), json!(15)),
            ]}),
        )
        .await;
    assert_eq!(res.status(), 200);

    let (status, html) = page(&app.browser(), app.url("/wait-times/nogales")).await;
    assert_eq!(status, 200);
    // Median of 10, 20, 30, 40, 50 at this hour.
    assert!(html.contains("\">30 min (5 reports)</td>"), "{html}");
    assert!(html.contains("is the median of the waits reported for that lane"));

    // Accessible chart: an image with a title, a description and a table of the same figures.
    assert!(html.contains(
        "role=\"img\" aria-labelledby=\"chart-pedestrian-title\" aria-describedby=\"chart-pedestrian-desc\""
    ));
    assert!(html.contains(
        "<title id=\"chart-pedestrian-title\">Pedestrians: wait over the last 7 days</title>"
    ));
    assert!(html.contains("Highest: 1 h 35 min (Standard,"), "{html}");
    assert!(html.contains("<caption id=\"caption-pedestrian\">"));
    assert!(
        html.contains("\">60 (95)</td>"),
        "that day's median and highest"
    );
    assert!(html.contains("<th scope=\"row\">"));

    // The pedestrian line: 12:00, 13:00, 14:00 two days ago, then now (15 min), scaled to a
    // 0–120 minute axis over 7 local days.
    let top = 22.0;
    let bottom = 172.0;
    let y = |minutes: f64| bottom - (bottom - top) * minutes / 120.0;
    let points = line_points(&html, "pedestrian-standard");
    let history: Vec<_> = points.iter().take(3).collect();
    assert_eq!(history.len(), 3, "{points:?}");
    for ((_, py), minutes) in history.iter().zip([60.0, 95.0, 45.0]) {
        assert!((py - y(minutes)).abs() <= 0.06, "{py} vs {}", y(minutes));
    }
    let hour_width = (352.0 - 36.0) / (7.0 * 24.0);
    assert!((history[1].0 - history[0].0 - hour_width).abs() < 0.11);
    assert!((history[2].0 - history[1].0 - hour_width).abs() < 0.11);
    assert!(html.contains(">120</text>"), "the axis tops at 120 minutes");
    // The cars' axis must reach the 600-minute report.
    assert!(html.contains(">720</text>"));
    assert!(html.contains("data-lane=\"passenger-standard\" data-points=\""));
    assert!(
        html.contains("No reports in the last 7 days."),
        "commercial lanes"
    );
}

#[tokio::test]
async fn old_reports_are_marked_stale_never_current() {
    let app = spawn_app().await;
    let token = app.staff(Role::Officer, Some("el-paso")).await;
    let res = app
        .post_json(
            &report_path("el-paso"),
            Some(&token),
            &json!({"lanes": [
                lane("passenger-standard", "open", json!(8), json!(50)),
                lane("pedestrian-standard", "open", json!(3), json!(10)),
            ]}),
        )
        .await;
    assert_eq!(res.status(), 200);
    sqlx::query(
        "UPDATE wait_time_reports SET reported_at = reported_at - 5 * 3600 - 120 WHERE lane = 'passenger-standard'",
    )
    .execute(&app.state.db.write)
    .await
    .unwrap();

    let feed: Value = app
        .get_json("/api/v1/wait-times", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        feed_lane(&feed, "el-paso", "passenger-standard")["stale"],
        true
    );
    assert_eq!(
        feed_lane(&feed, "el-paso", "pedestrian-standard")["stale"],
        false
    );
    let port: Value = app
        .get_json("/api/v1/ports/el-paso/wait-times", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(port["lanes"][0]["stale"], true);

    let b = app.browser();
    for path in ["/wait-times", "/wait-times/el-paso"] {
        let (_, html) = page(&b, app.url(path)).await;
        assert!(
            html.contains(
                "<tr class=\"wt-stale\"><th scope=\"row\">Passenger vehicles: Standard</th>"
            ),
            "{html}"
        );
        assert!(html.contains("Last updated 5 h ago, at"));
        assert!(html.contains("— may be out of date"));
        assert_eq!(
            html.matches("may be out of date").count(),
            1,
            "the fresh lane is not"
        );
    }
    let (_, html) = page(&b, app.url("/wait-times?lang=es")).await;
    assert!(html.contains("Última actualización hace 5 h"));
    assert!(html.contains("puede no estar al día"));
}

#[tokio::test]
async fn the_history_feed_and_the_api_description() {
    let app = spawn_app().await;
    let now = app.now().timestamp();
    insert_report(
        &app,
        "hidalgo",
        "commercial-standard",
        Some(70),
        now - 3 * 86_400,
    )
    .await;
    insert_report(&app, "hidalgo", "commercial-standard", None, now - 3600).await;
    insert_report(
        &app,
        "hidalgo",
        "commercial-standard",
        Some(5),
        now - 10 * 86_400,
    )
    .await;

    let res = app
        .get_json("/api/v1/ports/hidalgo/wait-times/history?days=7", None)
        .await;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    let reports = body["reports"].as_array().unwrap();
    assert_eq!(reports.len(), 2, "{body}");
    assert_eq!(reports[0]["delay_minutes"], 70);
    assert_eq!(reports[1]["status"], "closed");
    let body: Value = app
        .get_json("/api/v1/ports/hidalgo/wait-times/history?days=28", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(body["reports"].as_array().unwrap().len(), 3);
    for bad in ["0", "29", "week", ""] {
        let (status, body) = problem(
            app.get_json(
                &format!("/api/v1/ports/hidalgo/wait-times/history?days={bad}"),
                None,
            )
            .await,
        )
        .await;
        assert_eq!(status, 422);
        assert_eq!(body["errors"][0]["field"], "days");
    }
    assert_eq!(
        app.get_json("/api/v1/ports/atlantis/wait-times/history", None)
            .await
            .status(),
        404
    );

    let doc: Value = app
        .get_json("/api/v1/openapi.json", None)
        .await
        .json()
        .await
        .unwrap();
    for path in [
        "/api/v1/wait-times",
        "/api/v1/ports/{port_id}/wait-times",
        "/api/v1/ports/{port_id}/wait-times/history",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} in {doc}");
    }
    assert!(doc["paths"]["/api/v1/ports/{port_id}/wait-times"]["post"].is_object());
    assert!(doc["components"]["schemas"]["LaneKind"].is_object());
}

#[tokio::test]
async fn a_stored_report_that_cannot_be_read_fails_loudly_never_silently() {
    // A time beyond any calendar passes the table's constraints but cannot be shown: the feed,
    // the history and the port page refuse with a 500 (the log names the row) rather than
    // showing 1970 or leaving the lane out.
    let app = spawn_app().await;
    let officer = app.staff(Role::Officer, Some("nogales")).await;
    let body = json!({"lanes": [lane("pedestrian-standard", "open", json!(2), json!(15))]});
    let res = app
        .post_json(&report_path("nogales"), Some(&officer), &body)
        .await;
    assert_eq!(res.status(), 200);
    sqlx::query("UPDATE wait_time_reports SET reported_at = $1 WHERE port_id = $2")
        .bind(i64::MAX)
        .bind("nogales")
        .execute(&app.state.db.write)
        .await
        .unwrap();

    for path in [
        "/api/v1/wait-times",
        "/api/v1/ports/nogales/wait-times",
        "/api/v1/ports/nogales/wait-times/history",
    ] {
        let (status, p) = problem(app.get_json(path, None).await).await;
        assert_eq!(
            (status, p["code"].as_str()),
            (500, Some("internal")),
            "{path}"
        );
    }
    let (status, _) = page(&app.browser(), app.url("/wait-times/nogales")).await;
    assert_eq!(status, 500);
    // Another port's figures are not affected.
    let res = app.get_json("/api/v1/ports/laredo/wait-times", None).await;
    assert_eq!(res.status(), 200);
}
