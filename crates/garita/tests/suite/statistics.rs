//! Open statistics (`garita::statistics`): the published figures equal what a scenario run
//! through HTTP and the service did (requests, a draw, confirmations, a decline, a check-in, a
//! no-show); small figures are hidden with complements so none can be worked out from totals or
//! from another period's figures; published days are frozen (deleting an account later changes
//! nothing); ranges are bounded; the page, the JSON and the CSV are public.

use crate::common;

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use common::{small_ports, spawn_with, TestApp};
use garita_domain::roles::Role;
use garita_domain::statistics::Metric;
use serde_json::{json, Value};

const TIJUANA: (f64, f64) = (32.5149, -117.0382);

/// A group of `n` (with photos) that asked for `port` from Tijuana: its token.
async fn asking_group(app: &TestApp, n: usize, name: &str, port: &str) -> String {
    let token = app.group(n, name).await;
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(&token),
            &json!({"ports": [port], "location": {"latitude": TIJUANA.0, "longitude": TIJUANA.1, "accuracy_m": 50.0}}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    token
}

async fn offered(app: &TestApp, token: &str) -> String {
    let s: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(token))
        .await
        .json()
        .await
        .unwrap();
    s["appointment"]["id"]
        .as_str()
        .expect("an offer")
        .to_string()
}

#[derive(sqlx::FromRow, Debug, Clone, PartialEq)]
struct CounterRow {
    day: String,
    place: String,
    metric: String,
    dimension: String,
    groups: i64,
    people: i64,
}

async fn counters(app: &TestApp) -> Vec<CounterRow> {
    sqlx::query_as(
        "SELECT day, place, metric, dimension, groups, people FROM stats_counters
         ORDER BY day, place, metric, dimension",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap()
}

async fn stats(app: &TestApp, query: &str) -> Value {
    let res = app.get_json(&format!("/api/v1/stats?{query}"), None).await;
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

/// (groups, people, hidden) of one published figure.
type Value3 = (Option<i64>, Option<i64>, bool);
/// (place, metric, dimension) → its figure, for one day.
type Figures = BTreeMap<(String, String, String), Value3>;

fn figures_of(doc: &Value, date: &str) -> Figures {
    doc["figures"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["date"] == date)
        .map(|f| {
            (
                (
                    f["place"].as_str().unwrap().to_string(),
                    f["metric"].as_str().unwrap().to_string(),
                    f["dimension"].as_str().unwrap().to_string(),
                ),
                (
                    f["groups"].as_i64(),
                    f["people"].as_i64(),
                    f["hidden"].as_bool().unwrap(),
                ),
            )
        })
        .collect()
}

/// What an attacker learns from one day's published figures of a metric: every port whose
/// people can be worked out as the total minus the published others (one equation, one
/// unknown), or published outright.
fn recoverable_ports(f: &Figures, metric: &str) -> Vec<String> {
    let cells: Vec<(&String, &Value3)> = f
        .iter()
        .filter(|((p, m, d), _)| m == metric && !p.is_empty() && d.is_empty())
        .map(|((p, _, _), v)| (p, v))
        .collect();
    let total = f
        .get(&(String::new(), metric.to_string(), String::new()))
        .unwrap();
    let hidden: Vec<&String> = cells.iter().filter(|(_, v)| v.2).map(|(p, _)| *p).collect();
    if !total.2 && hidden.len() == 1 {
        hidden.iter().map(|p| p.to_string()).collect()
    } else {
        vec![]
    }
}

/// The scenario: at San Ysidro groups of 6, 5 and 1, at El Paso a group of 2, all asking on the
/// test's day; a draw selects them all; 6, 5 and 2 confirm, 1 declines; the 6 are checked in;
/// the 5 do not come. Every count below is what happened.
#[tokio::test]
async fn published_figures_equal_what_the_scenario_did_and_small_ones_cannot_be_worked_out() {
    let app = spawn_with(small_ports(10)).await;
    let day = app.port_today("san-ysidro");
    let six = asking_group(&app, 6, "Six", "san-ysidro").await;
    let five = asking_group(&app, 5, "Five", "san-ysidro").await;
    let one = asking_group(&app, 1, "One", "san-ysidro").await;
    let two = asking_group(&app, 2, "Two", "el-paso").await;
    app.draw_now().await;
    let appointments: i64 = app.count("appointments").await;
    assert_eq!(appointments, 4, "capacity lets the draw select every group");
    let (six_id, six_code) = app.confirm_selected(&six).await;
    let (five_id, _) = app.confirm_selected(&five).await;
    app.confirm_selected(&two).await;
    let one_id = offered(&app, &one).await;
    let declined = app
        .post_json(
            &format!("/api/v1/appointments/{one_id}/cancel"),
            Some(&one),
            &json!({"confirm": true}),
        )
        .await;
    assert_eq!(declined.status(), 200);
    // The six come today and are checked in by the port's officer.
    app.move_to(&six_id, day).await;
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let res = app
        .post_json(
            "/api/v1/console/check-ins",
            Some(&officer),
            &json!({"code": six_code}),
        )
        .await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    // The officer reports the pedestrian lane three times and adds two places in two days.
    for minutes in [30, 50, 20] {
        let res = app
            .post_json(
                "/api/v1/ports/san-ysidro/wait-times",
                Some(&officer),
                &json!({"lanes": [{"lane": "pedestrian-standard", "status": "open", "lanes_open": 2, "delay_minutes": minutes}]}),
            )
            .await;
        assert!(res.status().is_success(), "{}", res.text().await.unwrap());
    }
    let res = app
        .api
        .put(app.url(&format!(
            "/api/v1/ports/san-ysidro/capacity/{}",
            day + Duration::days(2)
        )))
        .bearer_auth(&officer)
        .json(&json!({"slots": [{"start": "09:00", "capacity": 12}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    // The five were due at 09:00 today; by the evening they are a no-show.
    app.move_to(&five_id, day).await;
    sqlx::query("UPDATE appointments SET start_time = '09:00' WHERE id = $1")
        .bind(&five_id)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    app.clock.advance(Duration::hours(12));
    assert_eq!(app.port_today("san-ysidro"), day, "still the same day");
    assert!(
        garita::port_console::mark_no_shows(&app.state, app.now())
            .await
            .unwrap()
            >= 1
    );

    // The counters hold exactly the scenario.
    let d = day.to_string();
    let c = |place: &str, metric: Metric, dimension: &str, groups: i64, people: i64| CounterRow {
        day: d.clone(),
        place: place.into(),
        metric: metric.as_str().into(),
        dimension: dimension.into(),
        groups,
        people,
    };
    let mut want = vec![
        c("", Metric::RequestsByState, "MX.BN", 4, 14),
        c("el-paso", Metric::Confirmed, "", 1, 2),
        c("el-paso", Metric::Requests, "", 1, 2),
        c("el-paso", Metric::Selected, "", 1, 2),
        c("san-ysidro", Metric::Cancellations, "", 1, 1),
        c("san-ysidro", Metric::CheckedIn, "", 1, 6),
        c("san-ysidro", Metric::Confirmed, "", 2, 11),
        c("san-ysidro", Metric::NoShows, "", 1, 5),
        c("san-ysidro", Metric::Requests, "", 3, 12),
        c("san-ysidro", Metric::Selected, "", 3, 12),
        c("san-ysidro", Metric::CapacityChanges, "", 1, 2),
        c(
            "san-ysidro",
            Metric::WaitMinutes,
            "pedestrian-standard:20",
            1,
            0,
        ),
        c(
            "san-ysidro",
            Metric::WaitMinutes,
            "pedestrian-standard:30",
            1,
            0,
        ),
        c(
            "san-ysidro",
            Metric::WaitMinutes,
            "pedestrian-standard:50",
            1,
            0,
        ),
    ];
    want.sort_by(|a, b| {
        (&a.day, &a.place, &a.metric, &a.dimension).cmp(&(
            &b.day,
            &b.place,
            &b.metric,
            &b.dimension,
        ))
    });
    assert_eq!(counters(&app).await, want);

    // Nothing is published before the day closes; then the job publishes it.
    let none = garita::statistics::refresh::refresh(&app.state, app.now())
        .await
        .unwrap();
    assert_eq!(none.days, 0, "the test's day is not over");
    app.clock.advance(Duration::hours(8));
    let opened = app.state.vault.opened();
    let r = garita::statistics::refresh::refresh(&app.state, app.now())
        .await
        .unwrap();
    assert_eq!(r.days, 1);
    let doc = stats(&app, &format!("from={d}&to={d}")).await;
    assert_eq!(doc["licence"], "CC BY 4.0");
    assert_eq!(doc["threshold"], 10);
    let page = app.api.get(app.url("/stats")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert_eq!(
        app.state.vault.opened(),
        opened,
        "publishing and reading statistics opens nothing sealed"
    );
    let f = figures_of(&doc, &d);
    let total = |metric: Metric| f[&(String::new(), metric.as_str().to_string(), String::new())];
    // Totals over the ports equal the scenario where they are about 10 people or more.
    assert_eq!(total(Metric::Requests), (Some(4), Some(14), false));
    assert_eq!(total(Metric::Selected), (Some(4), Some(14), false));
    assert_eq!(total(Metric::Confirmed), (Some(3), Some(13), false));
    // Not about people, never hidden: the day's places, their changes, the median wait.
    let at = |place: &str, metric: Metric, dimension: &str| {
        f[&(
            place.to_string(),
            metric.as_str().to_string(),
            dimension.to_string(),
        )]
    };
    assert_eq!(
        at("san-ysidro", Metric::Capacity, ""),
        (Some(1), Some(10), false)
    );
    assert_eq!(
        at("san-ysidro", Metric::CapacityChanges, ""),
        (Some(1), Some(2), false)
    );
    assert_eq!(
        at("san-ysidro", Metric::WaitMedian, "pedestrian-standard"),
        (Some(3), Some(30), false)
    );
    // Fewer than 10 people: hidden, values withheld.
    assert_eq!(total(Metric::CheckedIn), (None, None, true));
    assert_eq!(total(Metric::NoShows), (None, None, true));
    assert_eq!(total(Metric::Cancellations), (None, None, true));
    // Built to leak: El Paso's 2 would be the total minus San Ysidro's 12; both are hidden.
    for metric in [Metric::Requests, Metric::Selected, Metric::Confirmed] {
        let key = |p: &str| (p.to_string(), metric.as_str().to_string(), String::new());
        assert!(f[&key("el-paso")].2, "{metric}: the small cell is hidden");
        assert!(
            f[&key("san-ysidro")].2,
            "{metric}: its complement is hidden"
        );
        assert_eq!(
            f[&key("nogales")],
            (Some(0), Some(0), false),
            "zeros are shown"
        );
        assert!(recoverable_ports(&f, metric.as_str()).is_empty());
    }
    // No figure published anywhere is a small count.
    for ((place, metric, _), (_, people, hidden)) in &f {
        if Metric::parse(metric).is_some_and(|m| Metric::PEOPLE_DAILY.contains(&m)) {
            assert!(
                *hidden || people.is_some_and(|p| p == 0 || p >= 10),
                "{place} {metric} {people:?}"
            );
        }
    }

    // Frozen: deleting an account (the six's) and refreshing again rewrites nothing.
    let before = doc["figures"].clone();
    sqlx::query(
        "DELETE FROM accounts WHERE id = (SELECT account_id FROM appointments WHERE id = $1)",
    )
    .bind(&six_id)
    .execute(&app.state.db.write)
    .await
    .unwrap();
    app.clock.advance(Duration::days(2));
    garita::statistics::refresh::refresh(&app.state, app.now())
        .await
        .unwrap();
    let again = stats(&app, &format!("from={d}&to={d}")).await;
    assert_eq!(again["figures"], before);
    assert_eq!(
        counters(&app).await.len(),
        want.len(),
        "counters keep the events"
    );

    // The CSV has the same figures, one line each, through the escaping writer.
    let res = app
        .get_json(&format!("/api/v1/stats?from={d}&to={d}&format=csv"), None)
        .await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    assert!(res.headers()["cache-control"]
        .to_str()
        .unwrap()
        .starts_with("public"));
    let csv = res.text().await.unwrap();
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0],
        "period,date,place,metric,dimension,groups,people,hidden"
    );
    assert_eq!(lines.len() - 1, before.as_array().unwrap().len());
    assert!(lines.contains(&format!("day,{d},,requests,,4,14,false").as_str()));
    assert!(lines.contains(&format!("day,{d},el-paso,requests,,,,true").as_str()));
}

/// A week of counted requests where one day is too small: the day's total is hidden, and the
/// week's requests by state (which add up to the same people) must not give it back.
#[tokio::test]
async fn another_weeks_figures_cannot_give_back_a_hidden_day() {
    let app = spawn_with(small_ports(10)).await;
    let monday: NaiveDate = "2026-06-08".parse().unwrap();
    let mut tx = app.state.db.begin().await.unwrap();
    let mut by_state = BTreeMap::new();
    for d in 0..7 {
        let day = monday + Duration::days(d);
        let people = if d == 3 { 4 } else { 40 + d };
        garita::statistics::count(&mut tx, day, "san-ysidro", Metric::Requests, "", 1, people)
            .await
            .unwrap();
        // Every request came from Baja California except 30 from Sonora on Monday.
        let sonora = if d == 0 { 30 } else { 0 };
        for (state, n) in [("MX.BN", people - sonora), ("MX.SO", sonora)] {
            if n > 0 {
                garita::statistics::count(&mut tx, day, "", Metric::RequestsByState, state, 1, n)
                    .await
                    .unwrap();
                *by_state.entry(state).or_insert(0) += n;
            }
        }
    }
    tx.commit().await.unwrap();
    let r = garita::statistics::refresh::refresh(&app.state, app.now())
        .await
        .unwrap();
    assert_eq!((r.days, r.weeks), (7, 1));
    let doc = stats(&app, "from=2026-06-08&to=2026-06-14").await;
    let figures = doc["figures"].as_array().unwrap();
    let day_total = |d: &str| {
        figures
            .iter()
            .find(|f| f["date"] == d && f["metric"] == "requests" && f["place"] == "")
            .unwrap()
            .clone()
    };
    assert_eq!(day_total("2026-06-11")["hidden"], true);
    assert_eq!(day_total("2026-06-10")["people"], 42);
    let states: Vec<&Value> = figures
        .iter()
        .filter(|f| f["metric"] == "requests-by-state")
        .collect();
    assert_eq!(states.len(), 2);
    assert!(states
        .iter()
        .all(|s| s["period"] == "week" && s["date"] == "2026-06-08"));
    // Built to leak: with both states shown, their sum minus the six shown days is the hidden
    // day. At least one state is hidden, so the sum is unknown.
    let shown_days: i64 = (0..7)
        .map(|d| (monday + Duration::days(d)).to_string())
        .filter_map(|d| day_total(&d)["people"].as_i64())
        .sum();
    let hidden_states = states.iter().filter(|s| s["hidden"] == true).count();
    assert!(hidden_states >= 1, "{states:?}");
    let shown_states: i64 = states.iter().filter_map(|s| s["people"].as_i64()).sum();
    let total: i64 = by_state.values().sum();
    assert_ne!(
        shown_states - shown_days,
        4,
        "the hidden day cannot be worked out"
    );
    assert!(shown_states < total);
}

#[tokio::test]
async fn ranges_are_bounded_and_dates_must_be_dates() {
    let app = spawn_with(small_ports(10)).await;
    let problem = |res: reqwest::Response| async move {
        let status = res.status().as_u16();
        let body: Value = res.json().await.unwrap();
        (
            status,
            body["code"].as_str().unwrap_or_default().to_string(),
        )
    };
    let ten_years = app
        .get_json("/api/v1/stats?from=2016-01-01&to=2026-01-01", None)
        .await;
    assert_eq!(
        problem(ten_years).await,
        (422, "stats-range-too-long".into())
    );
    let reversed = app
        .get_json("/api/v1/stats?from=2026-05-02&to=2026-05-01", None)
        .await;
    assert_eq!(
        problem(reversed).await,
        (422, "stats-range-reversed".into())
    );
    let not_a_date = app.get_json("/api/v1/stats?from=yesterday", None).await;
    assert_eq!(not_a_date.status(), 422);
    let widest = app
        .get_json("/api/v1/stats?from=2026-01-01&to=2026-04-02", None)
        .await;
    assert_eq!(widest.status(), 200, "92 days are allowed");
    let one_more = app
        .get_json("/api/v1/stats?from=2026-01-01&to=2026-04-03", None)
        .await;
    assert_eq!(one_more.status(), 422);
    // By default the last 31 days up to the last closed one.
    let doc = stats(&app, "").await;
    assert_eq!(doc["to"], "2026-06-14");
    assert_eq!(doc["from"], "2026-05-15");
    // The page refuses the same way.
    let page = app
        .api
        .get(app.url("/stats?from=2016-01-01&to=2026-01-01"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 400);
}

#[tokio::test]
async fn the_page_shows_a_month_of_charts_with_tables_in_spanish_without_signing_in() {
    let app = spawn_with(small_ports(10)).await;
    garita::statistics::demo::seed(&app.state).await.unwrap();
    let res = app.api.get(app.url("/stats?lang=es")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("Estadísticas abiertas"));
    assert!(html.contains("creativecommons.org/licenses/by/4.0"));
    assert_eq!(html.matches("<svg viewBox=\"0 0 640 220\"").count(), 6);
    assert_eq!(
        html.matches("<table").count(),
        7,
        "a table beside each chart, and the states"
    );
    // A month of bars in each chart, and the CSV link for the same days.
    let bars = html.matches("<rect ").count();
    assert_eq!(bars, 6 * 31);
    assert!(html.contains("/api/v1/stats?from="));
    assert!(html.contains("format=csv"));
    // The small port's thin days are hidden somewhere in the month.
    let before = stats(&app, "").await;
    assert!(before["figures"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["hidden"] == true && f["place"] == "brownsville"));
    // Seeding again changes nothing published.
    garita::statistics::demo::seed(&app.state).await.unwrap();
    assert_eq!(stats(&app, "").await, before);
}

/// The threshold is a setting (`--stats-threshold`): the same day published under 3 hides El
/// Paso's 2 people (and a complement), under 2 shows them.
#[tokio::test]
async fn the_threshold_is_a_setting() {
    for (threshold, el_paso_hidden) in [(3, true), (2, false)] {
        let app = spawn_with(|s| {
            small_ports(10)(s);
            s.stats_threshold = threshold;
        })
        .await;
        let day: NaiveDate = "2026-06-14".parse().unwrap();
        let mut tx = app.state.db.begin().await.unwrap();
        for (port, people) in [("el-paso", 2), ("san-ysidro", 40), ("laredo", 25)] {
            garita::statistics::count(&mut tx, day, port, Metric::Selected, "", 1, people)
                .await
                .unwrap();
        }
        tx.commit().await.unwrap();
        garita::statistics::refresh::refresh(&app.state, app.now())
            .await
            .unwrap();
        let doc = stats(&app, "from=2026-06-14&to=2026-06-14").await;
        assert_eq!(doc["threshold"], threshold);
        let f = figures_of(&doc, "2026-06-14");
        let key = |p: &str| (p.to_string(), "selected".to_string(), String::new());
        assert_eq!(
            f[&key("el-paso")].2,
            el_paso_hidden,
            "threshold {threshold}"
        );
        // Hidden with a complement (the smaller other port), the total still shown.
        assert_eq!(f[&key("laredo")].2, el_paso_hidden);
        assert_eq!(f[&key("san-ysidro")], (Some(1), Some(40), false));
        assert_eq!(f[&key("")], (Some(3), Some(67), false));
        assert!(recoverable_ports(&f, "selected").is_empty());
    }
}

/// The I-94 function counts its admissions in the statistics, in the decision's transaction:
/// two admitted and one refused at San Ysidro move `i94-issued` there, on the port's day, by
/// exactly two (a refusal issues no I-94).
#[tokio::test]
async fn an_i94_admission_is_counted_once_per_person_admitted_at_its_port() {
    let app = common::spawn_app().await;
    let (_, traveler) = app.traveler().await;
    let officer = app.staff(Role::Officer, Some("san-ysidro")).await;
    let people = vec![
        common::i94_applicant("Ríos Vega", "Marta", "G20000001"),
        common::i94_applicant("Ríos Vega", "Pablo", "G20000002"),
        common::i94_applicant("Ríos Vega", "Inés", "G20000003"),
    ];
    let res = app
        .post_json(
            "/api/v1/i94-applications",
            Some(&traveler),
            &common::i94_submission(&app, people),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let s: Value = res.json().await.unwrap();
    let id = s["id"].as_str().unwrap();
    let applicants: Vec<String> = s["applicants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    let res = app
        .post_json(
            &format!("/api/v1/console/i94/{id}/payment"),
            Some(&officer),
            &json!({"receipt_number": "R-2026-0901"}),
        )
        .await;
    assert_eq!(res.status(), 204);
    let issued = |rows: &[CounterRow]| -> Vec<(String, String, i64, i64)> {
        rows.iter()
            .filter(|r| r.metric == Metric::I94Issued.as_str())
            .map(|r| (r.day.clone(), r.place.clone(), r.groups, r.people))
            .collect()
    };
    assert!(issued(&counters(&app).await).is_empty(), "nothing yet");

    let until = (app.port_today("san-ysidro") + Duration::days(90)).to_string();
    for (a, decision) in applicants.iter().zip(["admitted", "refused", "admitted"]) {
        let body = if decision == "admitted" {
            json!({"decision": "admitted", "class_of_admission": "B2", "admit_until": until, "fingerprints_taken": true})
        } else {
            json!({"decision": "refused"})
        };
        let res = app
            .post_json(
                &format!("/api/v1/console/i94/applicants/{a}/decision"),
                Some(&officer),
                &body,
            )
            .await;
        assert_eq!(res.status(), 204, "{}", res.text().await.unwrap());
    }
    // Deciding again is refused and counts nothing more.
    let res = app
        .post_json(
            &format!("/api/v1/console/i94/applicants/{}/decision", applicants[0]),
            Some(&officer),
            &json!({"decision": "refused"}),
        )
        .await;
    assert_eq!(res.status(), 409);
    assert_eq!(
        issued(&counters(&app).await),
        vec![(
            app.port_today("san-ysidro").to_string(),
            "san-ysidro".to_string(),
            2,
            2
        )]
    );
}

/// The schema's `format` is a plain string: given empty it is the JSON default (as
/// documented), and a range the schema cannot forbid is a 422, never a 400.
#[tokio::test]
async fn an_empty_format_is_json_and_a_long_range_is_422() {
    let app = spawn_with(small_ports(10)).await;
    let empty = app.get_json("/api/v1/stats?format=", None).await;
    assert_eq!(empty.status(), 200);
    assert!(empty.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    let long = app
        .get_json("/api/v1/stats?from=2000-01-01&format=", None)
        .await;
    assert_eq!(long.status(), 422);
    let empty_to = app.get_json("/api/v1/stats?to=", None).await;
    assert_eq!(empty_to.status(), 422, "an empty date is not a date");
}
