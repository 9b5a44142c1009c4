//! Appointments through HTTP: the request from the eligible region, photos, the daily draw,
//! confirmation, passes, carry-over, lapses, and capacity under concurrency.

use crate::common;

use chrono::{Duration, NaiveDate, Utc};
use common::{jpeg, member, png, spawn_app, spawn_with, TestApp};
use garita::appointments::cycle;
use garita::draw::Outcome;
use serde_json::{json, Value};

const TIJUANA: (f64, f64) = (32.5149, -117.0382);

async fn put_photo(app: &TestApp, token: &str, id: &str, bytes: Vec<u8>) -> reqwest::Response {
    app.api
        .put(app.url(&format!("/api/v1/travelers/{id}/photo")))
        .bearer_auth(token)
        .header("content-type", "image/jpeg")
        .body(bytes)
        .send()
        .await
        .unwrap()
}

async fn request(
    app: &TestApp,
    token: &str,
    ports: &[&str],
    at: (f64, f64),
    accuracy_m: f64,
) -> reqwest::Response {
    app.post_json(
        "/api/v1/appointment-requests",
        Some(token),
        &json!({"ports": ports, "answers": [], "location": {"latitude": at.0, "longitude": at.1, "accuracy_m": accuracy_m}}),
    )
    .await
}

async fn status(app: &TestApp, token: &str) -> Value {
    app.get_json("/api/v1/appointment-requests/current", Some(token))
        .await
        .json()
        .await
        .unwrap()
}

fn next_draw(app: &TestApp) -> NaiveDate {
    cycle::next_draw_day(&app.state.settings.cycle, app.now())
}

async fn draw(app: &TestApp, day: NaiveDate) -> Outcome {
    let after_close = cycle::window_close(&app.state.settings.cycle, day) + Duration::hours(1);
    let now = after_close.max(app.now());
    garita::draw::run(&app.state, day, now, false)
        .await
        .unwrap()
}

/// Slots where `taken` disagrees with the live appointments in them, or exceeds capacity.
async fn capacity_violations(app: &TestApp) -> Vec<(String, String, String, i64, i64, i64)> {
    sqlx::query_as(
        "SELECT s.port_id, s.day, s.start_time, s.capacity, s.taken,
                CAST(COALESCE((SELECT SUM(a.size) FROM appointments a WHERE a.port_id = s.port_id AND a.day = s.day
                      AND a.start_time = s.start_time AND a.status IN ('offered', 'confirmed')), 0) AS BIGINT) AS live
         FROM slots s",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap()
    .into_iter()
    .filter(|r: &(String, String, String, i64, i64, i64)| r.4 != r.5 || r.4 > r.3)
    .collect()
}

/// Ports file with one slot of `places` at each port, so tests control scarcity.
fn scarce(places: u32) -> impl FnOnce(&mut garita::config::Settings) {
    move |s| {
        let mut ports: Vec<Value> = serde_json::from_str(&s.ports_json).unwrap();
        for p in &mut ports {
            p["daily_capacity"] = json!(places);
            p["slots"] = json!({"first": "09:00", "last": "09:00", "minutes": 30});
        }
        s.ports_json = serde_json::to_string(&ports).unwrap();
        s.cycle.days_ahead = 1;
    }
}

/// A published draw never changes: it is built once and served from memory in the encoding the
/// client accepts (the same bytes once decoded), with a validator a cache can revalidate
/// with; its page too. Shown by removing the stored publication after the first read.
#[tokio::test]
async fn a_published_draw_is_built_once_and_served_in_the_encoding_asked() {
    use std::io::Read;
    let app = spawn_app().await;
    let token = app.group(2, "Served").await;
    let res = request(&app, &token, &["el-paso"], TIJUANA, 50.0).await;
    assert_eq!(res.status(), 201);
    let day = next_draw(&app);
    let path = format!("/api/v1/draws/{day}");
    garita::draw::ensure_commitment(&app.state, day)
        .await
        .unwrap();
    let client = reqwest::Client::new();
    let get = |encoding: &'static str, etag: Option<String>| {
        let mut r = client
            .get(app.url(&path))
            .header("accept-encoding", encoding);
        if let Some(e) = etag {
            r = r.header("if-none-match", e);
        }
        r.send()
    };
    let committed = get("identity", None).await.unwrap();
    assert!(
        committed.headers().get("etag").is_none(),
        "a commitment is not kept"
    );
    assert!(committed.text().await.unwrap().contains("committed"));
    assert!(matches!(draw(&app, day).await, Outcome::Ran { .. }));

    let plain = get("identity", None).await.unwrap();
    assert_eq!(plain.status(), 200);
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.headers()["content-type"], "application/json");
    assert_eq!(plain.headers()["cache-control"], "public, max-age=3600");
    assert_eq!(plain.headers()["vary"], "accept-encoding");
    let etag = plain.headers()["etag"].to_str().unwrap().to_string();
    let body = plain.bytes().await.unwrap();
    let published: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(published["results"].as_array().unwrap().len(), 1);
    let p: garita_domain::draw::PublishedDraw = serde_json::from_value(published).unwrap();
    garita_domain::draw::verify(&p).unwrap();

    // The stored record gone, what was built is still served, identically (it never changes).
    sqlx::query("DELETE FROM draw_publications")
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let gz = get("gzip, deflate", None).await.unwrap();
    assert_eq!(gz.headers()["content-encoding"], "gzip");
    assert_eq!(gz.headers()["etag"].to_str().unwrap(), etag);
    let mut decoded = Vec::new();
    flate2::read::GzDecoder::new(&gz.bytes().await.unwrap()[..])
        .read_to_end(&mut decoded)
        .unwrap();
    assert_eq!(decoded, body);
    let br = get("gzip;q=0.5, br", None).await.unwrap();
    assert_eq!(br.headers()["content-encoding"], "br");
    let mut decoded = Vec::new();
    brotli::Decompressor::new(&br.bytes().await.unwrap()[..], 4096)
        .read_to_end(&mut decoded)
        .unwrap();
    assert_eq!(decoded, body);
    let refused_br = get("br;q=0, gzip", None).await.unwrap();
    assert_eq!(refused_br.headers()["content-encoding"], "gzip");

    let held = get("gzip", Some(etag.clone())).await.unwrap();
    assert_eq!(held.status(), 304, "the client's copy is current");
    assert_eq!(held.headers()["etag"].to_str().unwrap(), etag);
    assert!(held.bytes().await.unwrap().is_empty());
    let stale = get("gzip", Some("\"other\"".into())).await.unwrap();
    assert_eq!(stale.status(), 200);

    let page = app
        .browser()
        .get(app.url(&format!("/draws/{day}?lang=en")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains(&p.seed), "the page reads the record kept");
}

#[tokio::test]
async fn request_draw_confirm_and_pass() {
    let app = spawn_app().await;
    let token = app.group(2, "Member").await;
    let res = request(&app, &token, &["el-paso", "san-ysidro"], TIJUANA, 2000.0).await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let s = status(&app, &token).await;
    assert_eq!(s["request"]["status"], "open");
    assert_eq!(s["request"]["region_state"], "MX.BN");
    assert!(s["appointment"].is_null());

    let day = next_draw(&app);
    // The commitment is public before the draw; the seed is not.
    garita::draw::ensure_commitment(&app.state, day)
        .await
        .unwrap();
    let before: Value = app
        .get_json(&format!("/api/v1/draws/{day}"), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(before["status"], "committed");
    assert!(before.get("seed").is_none());

    assert_eq!(
        draw(&app, day).await,
        Outcome::Ran {
            participants: 1,
            selected: 1
        }
    );
    assert_eq!(
        draw(&app, day).await,
        Outcome::AlreadyDone,
        "a second run allocates nothing"
    );
    assert_eq!(app.count("appointments").await, 1);

    let s = status(&app, &token).await;
    let a = &s["appointment"];
    assert_eq!(a["status"], "offered");
    assert_eq!(a["port_id"], "el-paso", "first preference had room");
    assert_eq!(a["size"], 2);
    let first_day = (day + Duration::days(1)).to_string();
    assert_eq!(a["day"], first_day);
    let id = a["id"].as_str().unwrap().to_string();

    let confirmed = app
        .post_json(
            &format!("/api/v1/appointments/{id}/confirm"),
            Some(&token),
            &json!({}),
        )
        .await;
    assert_eq!(confirmed.status(), 200);
    let confirmed: Value = confirmed.json().await.unwrap();
    assert_eq!(confirmed["status"], "confirmed");
    let passes = confirmed["passes"].as_array().unwrap();
    assert_eq!(passes.len(), 2);
    assert_ne!(passes[0]["code"], passes[1]["code"]);
    let again = app
        .post_json(
            &format!("/api/v1/appointments/{id}/confirm"),
            Some(&token),
            &json!({}),
        )
        .await;
    assert_eq!(again.status(), 409);

    // The published draw verifies, and a tampered one does not.
    let published: Value = app
        .get_json(&format!("/api/v1/draws/{day}"), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(published["results"].as_array().unwrap().len(), 1);
    assert!(
        !published.to_string().contains("Member 0"),
        "no personal data published"
    );
    let p: garita_domain::draw::PublishedDraw = serde_json::from_value(published.clone()).unwrap();
    garita_domain::draw::verify(&p).unwrap();
    let mut tampered = published.clone();
    tampered["results"][0]["port"] = json!("san-ysidro");
    let t: garita_domain::draw::PublishedDraw = serde_json::from_value(tampered.clone()).unwrap();
    assert!(garita_domain::draw::verify(&t).is_err());
    // The same through the command anyone can run on the downloaded file.
    let dir = std::env::temp_dir();
    let honest = dir.join(format!("draw-honest-{}.json", std::process::id()));
    let forged = dir.join(format!("draw-forged-{}.json", std::process::id()));
    std::fs::write(&honest, published.to_string()).unwrap();
    std::fs::write(&forged, tampered.to_string()).unwrap();
    let run = |f: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_garita"))
            .args(["verify-draw", f.to_str().unwrap()])
            .output()
            .unwrap()
    };
    let ok = run(&honest);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    // (A line about the policy the record names may come first.)
    assert!(String::from_utf8_lossy(&ok.stdout)
        .lines()
        .any(|l| l.starts_with("OK")));
    let bad = run(&forged);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("FAILED"));
    let _ = (std::fs::remove_file(honest), std::fs::remove_file(forged));
    assert_eq!(capacity_violations(&app).await, vec![]);
}

#[tokio::test]
async fn not_selected_carries_over_and_is_selected_next_day() {
    let app = spawn_with(scarce(1)).await;
    let first = app.group(1, "Member").await;
    let second = app.group(1, "Member").await;
    for t in [&first, &second] {
        assert_eq!(
            request(&app, t, &["nogales"], TIJUANA, 100.0)
                .await
                .status(),
            201
        );
    }
    let day = next_draw(&app);
    assert_eq!(
        draw(&app, day).await,
        Outcome::Ran {
            participants: 2,
            selected: 1
        }
    );
    let (a, b) = (status(&app, &first).await, status(&app, &second).await);
    let (winner, loser) = if a["appointment"].is_null() {
        (&second, &first)
    } else {
        (&first, &second)
    };
    let lost = status(&app, loser).await;
    assert_eq!(lost["request"]["status"], "open");
    assert_eq!(lost["request"]["not_selected_in"], day.to_string());
    assert!(lost["appointment"].is_null());
    let _ = b;
    // The winner confirms within the 23 hours (the next draw comes a day later).
    let id = status(&app, winner).await["appointment"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let res = app
        .post_json(
            &format!("/api/v1/appointments/{id}/confirm"),
            Some(winner),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);

    // Nobody comes back at a set minute: the next day's draw includes the waiting request,
    // which now finds the new day's place.
    assert_eq!(
        draw(&app, day + Duration::days(1)).await,
        Outcome::Ran {
            participants: 1,
            selected: 1
        }
    );
    let won = status(&app, loser).await;
    assert_eq!(won["appointment"]["status"], "offered");
    assert_eq!(
        won["appointment"]["day"],
        (day + Duration::days(2)).to_string()
    );
    assert_eq!(
        status(&app, winner).await["appointment"]["day"],
        (day + Duration::days(1)).to_string()
    );
    assert_eq!(capacity_violations(&app).await, vec![]);
}

#[tokio::test]
async fn lapsed_places_return_to_the_next_draw() {
    let app = spawn_with(|s| {
        scarce(1)(s);
        s.cycle.days_ahead = 2;
        // The clock moves a day ahead below; the travelers stay signed in meanwhile.
        s.session_idle = std::time::Duration::from_secs(7 * 86_400);
        s.session_absolute = s.session_idle;
    })
    .await;
    let first = app.group(1, "Member").await;
    let second = app.group(1, "Member").await;
    for t in [&first, &second] {
        request(&app, t, &["laredo"], TIJUANA, 100.0).await;
    }
    let day = next_draw(&app);
    // Only one place in reach of both draws: day+2. Day+1 and day+3 are closed.
    for closed in [day + Duration::days(1), day + Duration::days(3)] {
        sqlx::query("INSERT INTO slots (port_id, day, start_time, capacity, taken) VALUES ('laredo', $1, '09:00', 0, 0)")
            .bind(closed.to_string())
            .execute(&app.state.db.write)
            .await
            .unwrap();
    }
    assert_eq!(
        draw(&app, day).await,
        Outcome::Ran {
            participants: 2,
            selected: 1
        }
    );
    let (winner, loser) = if status(&app, &first).await["appointment"].is_null() {
        (second, first)
    } else {
        (first, second)
    };
    let offer = status(&app, &winner).await["appointment"].clone();
    assert_eq!(offer["day"], (day + Duration::days(2)).to_string());
    // The offer is not confirmed in time: it lapses and the place is free again.
    let confirm_by: chrono::DateTime<Utc> = offer["confirm_by"].as_str().unwrap().parse().unwrap();
    app.clock.set(confirm_by - Duration::seconds(1));
    assert_eq!(
        garita::appointments::expire_offers(&app.state, app.now())
            .await
            .unwrap(),
        0,
        "still time to confirm"
    );
    app.clock.set(confirm_by + Duration::seconds(1));
    assert_eq!(
        garita::appointments::expire_offers(&app.state, app.now())
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        garita::appointments::expire_offers(&app.state, app.now())
            .await
            .unwrap(),
        0,
        "safe to run twice"
    );
    let res = app
        .post_json(
            &format!(
                "/api/v1/appointments/{}/confirm",
                offer["id"].as_str().unwrap()
            ),
            Some(&winner),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 409);
    assert_eq!(status(&app, &winner).await["request"]["status"], "closed");
    assert_eq!(capacity_violations(&app).await, vec![]);
    // The next draw gives the returned place to the one still waiting.
    assert_eq!(
        draw(&app, day + Duration::days(1)).await,
        Outcome::Ran {
            participants: 1,
            selected: 1
        }
    );
    let got = status(&app, &loser).await;
    assert_eq!(got["appointment"]["status"], "offered");
    assert_eq!(
        got["appointment"]["day"],
        (day + Duration::days(2)).to_string()
    );
    // A confirmed appointment cancelled later also gives its place back.
    let id = got["appointment"]["id"].as_str().unwrap().to_string();
    app.post_json(
        &format!("/api/v1/appointments/{id}/confirm"),
        Some(&loser),
        &json!({}),
    )
    .await;
    let cancelled: Value = app
        .post_json(
            &format!("/api/v1/appointments/{id}/cancel"),
            Some(&loser),
            &json!({"confirm": true}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(cancelled["status"], "cancelled");
    let (taken,): (i64,) = sqlx::query_as("SELECT CAST(SUM(taken) AS BIGINT) FROM slots")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(taken, 0);
    assert_eq!(capacity_violations(&app).await, vec![]);
}

#[tokio::test]
async fn changing_the_group_after_selection_voids_the_passes() {
    let app = spawn_app().await;
    let token = app.group(2, "Member").await;
    request(&app, &token, &["hidalgo"], TIJUANA, 10.0).await;
    draw(&app, next_draw(&app)).await;
    let id = status(&app, &token).await["appointment"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.post_json(
        &format!("/api/v1/appointments/{id}/confirm"),
        Some(&token),
        &json!({}),
    )
    .await;
    assert_eq!(app.count("passes").await, 2);
    let list: Value = app
        .get_json("/api/v1/travelers", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    let member_id = list["travelers"][1]["id"].as_str().unwrap();
    // Saving identical details is not a change.
    let same = app
        .api
        .patch(app.url(&format!("/api/v1/travelers/{member_id}")))
        .bearer_auth(&token)
        .json(&json!({"full_name": "Member 1"}))
        .send()
        .await
        .unwrap();
    assert_eq!(same.status(), 200);
    assert_eq!(
        status(&app, &token).await["appointment"]["status"],
        "confirmed"
    );
    let changed = app
        .api
        .patch(app.url(&format!("/api/v1/travelers/{member_id}")))
        .bearer_auth(&token)
        .json(&json!({"full_name": "Someone Else"}))
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 200);
    let s = status(&app, &token).await;
    assert!(s["appointment"].is_null(), "the selection is void");
    assert_eq!(
        s["request"]["status"], "open",
        "the request waits for the next draw"
    );
    let (voided,): (String,) = sqlx::query_as("SELECT status FROM appointments")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(voided, "voided", "its passes no longer admit anyone");
    assert_eq!(capacity_violations(&app).await, vec![]);
}

#[tokio::test]
async fn the_region_is_checked_and_nothing_is_stored_outside_it() {
    let app = spawn_app().await;
    let token = app.group(1, "Member").await;
    let problem = |res: reqwest::Response| async move {
        let status = res.status().as_u16();
        (status, res.json::<Value>().await.unwrap())
    };
    // Tapachula, Chiapas: outside, named.
    let (s, p) = problem(
        app.api
            .post(app.url("/api/v1/appointment-requests"))
            .bearer_auth(&token)
            .header("accept-language", "es")
            .json(&json!({"ports": ["san-ysidro"], "location": {"latitude": 14.9039, "longitude": -92.2575, "accuracy_m": 2000.0}}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 422);
    assert_eq!(p["code"], "outside-region-excluded-state");
    assert!(p["detail"].as_str().unwrap().contains("Chiapas"), "{p}");
    assert!(p["detail"]
        .as_str()
        .unwrap()
        .contains("norte o el centro de México"));
    // San Diego: outside Mexico.
    let (s, p) =
        problem(request(&app, &token, &["san-ysidro"], (32.7157, -117.1611), 50.0).await).await;
    assert_eq!((s, p["code"].as_str().unwrap()), (422, "outside-region"));
    // 60 km accuracy: too imprecise, said so.
    let (s, p) = problem(request(&app, &token, &["san-ysidro"], TIJUANA, 60_000.0).await).await;
    assert_eq!(s, 422);
    assert_eq!(p["errors"][0]["code"], "location-imprecise");
    // No position at all.
    let (_, p) = problem(
        app.post_json(
            "/api/v1/appointment-requests",
            Some(&token),
            &json!({"ports": ["san-ysidro"]}),
        )
        .await,
    )
    .await;
    assert_eq!(p["errors"][0]["code"], "location-missing");
    // Unknown and repeated ports.
    let (_, p) = problem(
        request(
            &app,
            &token,
            &["atlantis", "nogales", "nogales"],
            TIJUANA,
            10.0,
        )
        .await,
    )
    .await;
    let codes: Vec<&str> = p["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["unknown-port", "duplicate-port"]);
    assert_eq!(app.count("appointment_requests").await, 0);

    // Ciudad Juárez with 2 km accuracy is inside; only the state is kept.
    assert_eq!(
        request(&app, &token, &["el-paso"], (31.6904, -106.4245), 2000.0)
            .await
            .status(),
        201
    );
    let (state, ports): (String, String) =
        sqlx::query_as("SELECT region_state, ports FROM appointment_requests")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(state, "MX.CH");
    assert!(!ports.contains("31.69"));
    // Submitting again replaces the request: still one.
    assert_eq!(
        request(&app, &token, &["laredo", "el-paso"], TIJUANA, 10.0)
            .await
            .status(),
        201
    );
    assert_eq!(app.count("appointment_requests").await, 1);
    assert_eq!(
        status(&app, &token).await["request"]["ports"],
        json!(["laredo", "el-paso"])
    );
}

#[tokio::test]
async fn a_request_needs_every_members_photo_and_bad_photos_are_refused() {
    let app = spawn_app().await;
    let (_, token) = app.traveler().await;
    let m: Value = app
        .post_json("/api/v1/travelers", Some(&token), &member("Ana"))
        .await
        .json()
        .await
        .unwrap();
    let id = m["id"].as_str().unwrap();
    let res = request(&app, &token, &["nogales"], TIJUANA, 10.0).await;
    assert_eq!(res.status(), 422);
    let p: Value = res.json().await.unwrap();
    assert_eq!(p["errors"][0]["code"], "photo-missing");

    let valid = jpeg(400, 300);
    let mut truncated = valid.clone();
    truncated.truncate(valid.len() / 2);
    // A PNG header claiming 10,000 × 10,000 pixels (100 megapixels).
    let mut huge = png(10, 10);
    huge[16..20].copy_from_slice(&10_000u32.to_be_bytes());
    huge[20..24].copy_from_slice(&10_000u32.to_be_bytes());
    let crc = {
        let mut c: u32 = 0xffff_ffff;
        for b in &huge[12..29] {
            c ^= u32::from(*b);
            for _ in 0..8 {
                c = if c & 1 == 1 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
        }
        !c
    };
    huge[29..33].copy_from_slice(&crc.to_be_bytes());
    for (bytes, code) in [
        (
            b"this is not a picture, only text named photo.jpg".to_vec(),
            "photo-not-an-image",
        ),
        (huge, "photo-too-many-pixels"),
        (truncated, "photo-corrupt"),
        (Vec::new(), "photo-empty"),
    ] {
        let res = put_photo(&app, &token, id, bytes).await;
        assert_eq!(res.status(), 422, "{code}");
        let p: Value = res.json().await.unwrap();
        assert_eq!(p["code"], code);
        assert!(!p["detail"].as_str().unwrap().is_empty());
    }
    assert_eq!(app.count("photos").await, 0, "nothing stored");
    assert_eq!(put_photo(&app, &token, id, valid).await.status(), 204);
    let back = app
        .api
        .get(app.url(&format!("/api/v1/travelers/{id}/photo")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(back.headers()["content-type"], "image/jpeg");
    let (_, stranger) = app.traveler().await;
    let theirs = app
        .api
        .get(app.url(&format!("/api/v1/travelers/{id}/photo")))
        .bearer_auth(&stranger)
        .send()
        .await
        .unwrap();
    assert_eq!(theirs.status(), 404);
    assert_eq!(
        put_photo(&app, &stranger, id, jpeg(300, 300))
            .await
            .status(),
        404
    );
    assert_eq!(
        request(&app, &token, &["nogales"], TIJUANA, 10.0)
            .await
            .status(),
        201
    );
}

#[tokio::test]
async fn capacity_holds_under_parallel_confirmations_cancellations_moves_and_draws() {
    let app = spawn_with(|s| {
        scarce(12)(s);
        s.cycle.days_ahead = 3;
    })
    .await;
    let mut tokens = Vec::new();
    for i in 0..48 {
        let t = app.group(1 + i % 3, "Member").await;
        assert_eq!(
            request(&app, &t, &["brownsville", "hidalgo"], TIJUANA, 10.0)
                .await
                .status(),
            201
        );
        tokens.push(t);
    }
    let day = next_draw(&app);
    draw(&app, day).await;
    // Every group offered a place confirms and cancels, several times, all at once (hundreds
    // of requests on the last places), while the next day's draw takes whatever is freed and
    // an officer cuts capacity, moving groups between slots.
    let mut tasks = Vec::new();
    let mut offered = Vec::new();
    for t in &tokens {
        let s = status(&app, t).await;
        if let Some(id) = s["appointment"]["id"].as_str() {
            offered.push(id.to_string());
            for action in [
                "confirm", "cancel", "confirm", "confirm", "cancel", "confirm",
            ] {
                let api = app.api.clone();
                let url = app.url(&format!("/api/v1/appointments/{id}/{action}"));
                let (t, id) = (t.clone(), id.to_string());
                tasks.push(tokio::spawn(async move {
                    let code = api
                        .post(url)
                        .bearer_auth(t)
                        // `confirm` is what cancelling a confirmed appointment needs.
                        .json(&json!({"confirm": true}))
                        .send()
                        .await
                        .unwrap()
                        .status()
                        .as_u16();
                    (id, action, code)
                }));
            }
        }
    }
    assert!(tasks.len() >= 100, "{} requests", tasks.len());
    let state = app.state.clone();
    let next = day + Duration::days(1);
    let drawing = tokio::spawn(async move {
        garita::draw::run(&state, next, state.clock.now() + Duration::days(3), true).await
    });
    let officer = app
        .staff(garita_domain::roles::Role::Officer, Some("brownsville"))
        .await;
    let cut_url = app.url(&format!(
        "/api/v1/ports/brownsville/capacity/{}",
        day + Duration::days(1)
    ));
    let cutting = {
        let api = app.api.clone();
        tokio::spawn(async move {
            api.put(cut_url)
                .bearer_auth(officer)
                .json(&json!({"slots": [{"start": "09:00", "capacity": 4}]}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        })
    };
    let mut cancelled_ok = std::collections::HashSet::new();
    for t in tasks {
        let (id, action, code) = t.await.unwrap();
        assert!(code == 200 || code == 409, "unexpected {code}");
        if action == "cancel" && code == 200 {
            cancelled_ok.insert(id);
        }
    }
    let _ = drawing.await.unwrap();
    assert_eq!(cutting.await.unwrap(), 200);
    assert_eq!(capacity_violations(&app).await, vec![]);
    // Every acknowledged cancellation is reflected: nothing cancelled comes back to life.
    for id in &offered {
        let (state,): (String,) = sqlx::query_as("SELECT status FROM appointments WHERE id = $1")
            .bind(id)
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
        if cancelled_ok.contains(id) {
            assert!(
                state == "declined" || state == "cancelled",
                "{id} acknowledged cancelled but is {state}"
            );
        }
    }
    let (over,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM slots WHERE taken > capacity")
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(over, 0);
}

#[tokio::test]
async fn simultaneous_submissions_of_one_group_make_one_request() {
    let app = spawn_app().await;
    let token = app.group(1, "Member").await;
    let mut tasks = Vec::new();
    for i in 0..10 {
        let api = app.api.clone();
        let url = app.url("/api/v1/appointment-requests");
        let token = token.clone();
        let port = if i % 2 == 0 { "nogales" } else { "laredo" };
        tasks.push(tokio::spawn(async move {
            api.post(url)
                .bearer_auth(token)
                .json(&json!({"ports": [port], "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 10.0}}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 201);
    }
    assert_eq!(app.count("appointment_requests").await, 1);
}

/// Submits one group's request and then spoils one stored column of it with SQL, as a bad
/// migration or a hand edit might; returns the request's id.
async fn request_with_spoiled(app: &TestApp, column: &str, value: &str) -> String {
    let token = app.group(1, "Member").await;
    let res = request(app, &token, &["el-paso"], TIJUANA, 2000.0).await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let id = status(app, &token).await["request"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let sql = match column {
        "ports" => "UPDATE appointment_requests SET ports = $1 WHERE id = $2",
        "first_requested_on" => {
            "UPDATE appointment_requests SET first_requested_on = $1 WHERE id = $2"
        }
        other => panic!("no such column in this test: {other}"),
    };
    sqlx::query(sql)
        .bind(value)
        .bind(&id)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    id
}

/// The draw must refuse to run, naming the request, and allocate nothing.
async fn assert_draw_refuses_naming(app: &TestApp, id: &str, what: &str) {
    let day = next_draw(app);
    let after_close = cycle::window_close(&app.state.settings.cycle, day) + Duration::hours(1);
    let err = garita::draw::run(&app.state, day, after_close.max(app.now()), false)
        .await
        .expect_err("a request with unreadable stored data stops the draw");
    let message = err.to_string();
    assert!(message.contains(id), "names the request: {message}");
    assert!(message.contains(what), "says what is unreadable: {message}");
    assert_eq!(app.count("appointments").await, 0);
    assert_eq!(app.count("draw_publications").await, 0);
    let (status,): (String,) = sqlx::query_as("SELECT status FROM draws WHERE day = $1")
        .bind(day.to_string())
        .fetch_one(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(status, "committed", "the draw is not marked as run");
}

#[tokio::test]
async fn the_draw_refuses_a_request_whose_ports_cannot_be_read() {
    // Before: it entered the draw with no preferences at all.
    let app = spawn_app().await;
    let id = request_with_spoiled(&app, "ports", "el-paso, not json").await;
    assert_draw_refuses_naming(&app, &id, "ports").await;
}

#[tokio::test]
async fn the_draw_refuses_a_request_whose_first_request_date_cannot_be_read() {
    // Before: it counted as the draw's own day, zero days waited.
    let app = spawn_app().await;
    let id = request_with_spoiled(&app, "first_requested_on", "last spring").await;
    assert_draw_refuses_naming(&app, &id, "first_requested_on").await;
}

/// A group with an open request, the draw's commitment fetched (and saved) as the public sees
/// it before the draw, then the draw run and its record fetched.
async fn committed_then_drawn(app: &TestApp) -> (NaiveDate, String, Value) {
    let token = app.group(1, "Member").await;
    let res = request(app, &token, &["el-paso"], TIJUANA, 2000.0).await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let day = next_draw(app);
    garita::draw::ensure_commitment(&app.state, day)
        .await
        .unwrap();
    let before: Value = app
        .get_json(&format!("/api/v1/draws/{day}"), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(before["status"], "committed");
    let saved = before["commitment"].as_str().unwrap().to_string();
    assert!(matches!(
        draw(app, day).await,
        Outcome::Ran { selected: 1, .. }
    ));
    let published: Value = app
        .get_json(&format!("/api/v1/draws/{day}"), None)
        .await
        .json()
        .await
        .unwrap();
    (day, saved, published)
}

#[tokio::test]
async fn a_real_draw_is_published_as_v3_and_its_date_cannot_be_changed() {
    // Before: the record was garita-draw-v1, whose commitment is the seed's alone, and a copy
    // with another date verified. From v3 on the record names its allocation rule.
    use garita_domain::draw::{verify, verify_against, PublishedDraw, VerifyError};
    let app = spawn_app().await;
    let (day, saved, published) = committed_then_drawn(&app).await;
    assert_eq!(published["algorithm"], "garita-draw-v3");
    assert_eq!(published["rule"], "weighted");
    let p: PublishedDraw = serde_json::from_value(published.clone()).unwrap();
    assert_eq!(p.date, day);
    assert_eq!(
        p.commitment, saved,
        "the commitment published before the draw"
    );
    assert_eq!(verify(&p), Ok(()));
    assert_eq!(verify_against(&p, &saved), Ok(()));

    // Passed off as the next day's draw.
    let mut redated = published.clone();
    redated["date"] = json!((day + Duration::days(1)).to_string());
    let redated: PublishedDraw = serde_json::from_value(redated).unwrap();
    assert!(matches!(
        verify(&redated),
        Err(VerifyError::CommitmentMismatch { .. })
    ));
    // With its commitment recomputed from the (now public) seed, only the commitment saved
    // before the draw tells.
    let mut recommitted = redated.clone();
    recommitted.commitment = garita_domain::draw::commitment(redated.date, &p.seed).unwrap();
    assert_eq!(verify(&recommitted), Ok(()));
    assert!(matches!(
        verify_against(&recommitted, &saved),
        Err(VerifyError::CommitmentChanged { .. })
    ));
}

#[tokio::test]
async fn a_draw_committed_under_v1_before_the_upgrade_is_published_and_verifies_as_v1() {
    // A commitment published before v2 existed is a promise: the draw keeps it.
    use garita_domain::draw::{verify, verify_against, PublishedDraw, RecordVersion};
    use garita_domain::status::DrawStatus;
    let app = spawn_app().await;
    let day = next_draw(&app);
    let seed = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    let v1 = RecordVersion::V1.commitment(day, seed).unwrap();
    sqlx::query(
        "INSERT INTO draws (day, commitment, seed_sealed, status, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(day.to_string())
    .bind(&v1)
    .bind(
        app.state
            .vault
            .seal(&format!("draw-seed:{day}"), seed.as_bytes()),
    )
    .bind(DrawStatus::Committed.as_str())
    .bind(app.now().timestamp())
    .execute(&app.state.db.write)
    .await
    .unwrap();
    let (drawn_day, saved, published) = committed_then_drawn(&app).await;
    assert_eq!((drawn_day, saved.as_str()), (day, v1.as_str()));
    assert_eq!(published["algorithm"], "garita-draw-v1");
    let p: PublishedDraw = serde_json::from_value(published).unwrap();
    assert_eq!(p.seed, seed);
    assert_eq!(verify(&p), Ok(()));
    assert_eq!(verify_against(&p, &v1), Ok(()));
}

/// `garita verify-draw` checks a record of each allocation rule, and refuses each tampered
/// (a moved placement; under oldest-share-then-random also a changed rank and a changed share).
#[test]
fn verify_draw_checks_a_record_of_each_rule() {
    use garita_domain::draw::{publish, synthetic_input, OldestShare, Rule};
    let date = chrono::NaiveDate::from_ymd_opt(2025, 3, 2).unwrap();
    let dir = std::env::temp_dir();
    let run = |name: &str, record: &Value| {
        let f = dir.join(format!("draw-{name}-{}.json", std::process::id()));
        std::fs::write(&f, record.to_string()).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_garita"))
            .args(["verify-draw", f.to_str().unwrap()])
            .output()
            .unwrap();
        let _ = std::fs::remove_file(&f);
        out
    };
    for rule in [
        Rule::default(),
        Rule::OldestShareThenRandom(OldestShare::default()),
    ] {
        let mut input = synthetic_input(2_000, 3);
        // One morning's slots only (2,400 places for about 5,000 people): not everyone is placed.
        let first = input.offers[0].date;
        let nine = chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap();
        input.offers.retain(|o| o.date == first && o.start < nine);
        input.rule = rule;
        let record = serde_json::to_value(publish(date, input).unwrap()).unwrap();
        let id = rule.id().as_str();
        assert_eq!(record["rule"], id);
        let ok = run(id, &record);
        let stdout = String::from_utf8_lossy(&ok.stdout);
        assert!(
            ok.status.success() && stdout.starts_with("OK") && stdout.contains(id),
            "{id}: {stdout} {}",
            String::from_utf8_lossy(&ok.stderr)
        );

        let mut moved = record.clone();
        moved["results"][3]["start"] = json!("23:55:00");
        let mut tampered = vec![moved];
        if rule != Rule::default() {
            // The youngest registration made the oldest, and the oldest the youngest.
            let mut ranks = record.clone();
            let requests = ranks["requests"].as_array_mut().unwrap();
            let n = requests.len() as u64;
            for r in requests.iter_mut() {
                let rank = r["registration_rank"].as_u64().unwrap();
                if rank == 1 || rank == n {
                    r["registration_rank"] = json!(n + 1 - rank);
                }
            }
            tampered.push(ranks);
            let mut share = record.clone();
            share["params"]["share"] = json!(0.75);
            tampered.push(share);
        }
        for (k, bad) in tampered.iter().enumerate() {
            let out = run(&format!("{id}-tampered-{k}"), bad);
            assert!(!out.status.success(), "{id}: tampered record {k} accepted");
            assert!(String::from_utf8_lossy(&out.stderr).contains("FAILED"));
        }
    }
}

#[tokio::test]
async fn a_precise_fix_just_across_the_border_is_refused_as_in_the_united_states() {
    let app = spawn_app().await;
    let token = app.group(1, "Member").await;
    // Downtown El Paso at 30 m: was accepted as Chihuahua.
    let res = request(&app, &token, &["el-paso"], (31.7587, -106.4869), 30.0).await;
    assert_eq!(res.status().as_u16(), 422);
    let p: Value = res.json().await.unwrap();
    assert_eq!(p["code"], "outside-mexico", "{p}");
    assert!(
        p["detail"].as_str().unwrap().contains("United States"),
        "{p}"
    );
    // Ciudad Juárez, a few hundred meters south of the line, at 30 m: accepted.
    let res = request(&app, &token, &["el-paso"], (31.7420, -106.4850), 30.0).await;
    assert!(res.status().is_success(), "{}", res.text().await.unwrap());
}
