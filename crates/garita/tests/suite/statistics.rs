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
        // Every holder is Honduran (`common::member`).
        c("", Metric::RequestsByNationality, "HN", 4, 14),
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
    // Six charts of people, and the median waits of the two lanes the demo reported at the
    // first port with reports (every port has some: the first).
    assert_eq!(html.matches("<svg viewBox=\"0 0 640 220\"").count(), 8);
    assert!(html.contains("data-chart=\"wait-pedestrian-standard\""));
    assert!(html.contains("data-chart=\"wait-passenger-standard\""));
    let first = &app.state.ports[0];
    assert!(
        html.contains(&format!(
            "Espera mediana en {}: Peatones: Normal",
            first.name
        )),
        "{html}"
    );
    assert!(html.contains(&format!("<option value=\"{}\" selected>", first.id)));
    assert_eq!(
        html.matches("<table").count(),
        10,
        "a table beside each chart, and the states and nationalities"
    );
    // A month of bars in each chart, and the CSV link for the same days.
    let bars = html.matches("<rect ").count();
    assert_eq!(bars, 8 * 31);
    // Nationalities by their Spanish names (CLDR), not their codes.
    let table = &html[html.find("id=\"stats-nationalities-table\"").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    for name in ["Venezuela", "Haití", "Cuba", "Honduras", "México"] {
        assert!(table.contains(name), "{name} in {table}");
    }
    assert!(!table.contains(">VE<"));
    // Another port's waits on asking; the medians drawn are the published ones.
    let el_paso = app
        .api
        .get(app.url("/stats?lang=es&port=el-paso"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(el_paso.contains("<option value=\"el-paso\" selected>"));
    let name = &app
        .state
        .ports
        .iter()
        .find(|p| p.id == "el-paso")
        .unwrap()
        .name;
    assert!(el_paso.contains(&format!("Espera mediana en {name}")));
    let doc = stats(&app, "").await;
    let last = doc["to"].as_str().unwrap();
    let median = doc["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["metric"] == "wait-median"
                && f["place"] == "el-paso"
                && f["dimension"] == "pedestrian-standard"
                && f["date"] == last
        })
        .unwrap()["people"]
        .as_i64()
        .unwrap();
    let section = &el_paso[el_paso
        .find("id=\"stats-wait-pedestrian-standard-caption\"")
        .unwrap()..];
    let last_row = section[..section.find("</tbody>").unwrap()]
        .rsplit("<tr")
        .next()
        .unwrap();
    assert!(
        last_row.contains(&format!("{median} min")),
        "the last day's median {median}: {last_row}"
    );
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

/// Makes the holder of `token`'s group a citizen of `country` (the other members stay
/// Honduran, as `common::member` makes them).
async fn holder_is(app: &TestApp, token: &str, country: &str) {
    let list: Value = app
        .get_json("/api/v1/travelers", Some(token))
        .await
        .json()
        .await
        .unwrap();
    let holder = list["travelers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["is_holder"] == true)
        .unwrap();
    let mut input = common::member(holder["full_name"].as_str().unwrap());
    input["citizenship"] = json!(country);
    let res = app
        .api
        .patch(app.url(&format!(
            "/api/v1/travelers/{}",
            holder["id"].as_str().unwrap()
        )))
        .bearer_auth(token)
        .json(&input)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
}

/// Requests are counted by the nationality of the group's holder — not of its other members —
/// in the submission's transaction, opening the holder's record once (and nothing when the
/// figures are published or read); a resubmission counts again, as a request does.
#[tokio::test]
async fn requests_are_counted_by_the_holders_nationality_opening_only_the_holder_once() {
    let app = spawn_with(small_ports(10)).await;
    let mut groups = Vec::new();
    for (n, name, country) in [(3, "Vera", "VE"), (2, "Hugo", "HT"), (4, "Vidal", "VE")] {
        let token = app.group(n, name).await;
        holder_is(&app, &token, country).await;
        groups.push(token);
    }
    for token in &groups {
        let opened = app.state.vault.opened();
        let res = app
            .post_json(
                "/api/v1/appointment-requests",
                Some(token),
                &json!({"ports": ["san-ysidro"], "location": {"latitude": TIJUANA.0, "longitude": TIJUANA.1, "accuracy_m": 50.0}}),
            )
            .await;
        assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
        assert_eq!(
            app.state.vault.opened() - opened,
            1,
            "a submission opens the holder's record, once"
        );
    }
    let by_nationality: Vec<(String, i64, i64)> = counters(&app)
        .await
        .into_iter()
        .filter(|r| r.metric == Metric::RequestsByNationality.as_str())
        .map(|r| {
            assert_eq!(r.place, "", "no port: the week's table is over all ports");
            (r.dimension, r.groups, r.people)
        })
        .collect();
    assert_eq!(
        by_nationality,
        vec![("HT".to_string(), 1, 2), ("VE".to_string(), 2, 7)]
    );
    // A refused submission (a port that does not exist) counts nothing.
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(&groups[1]),
            &json!({"ports": ["nowhere"], "location": {"latitude": TIJUANA.0, "longitude": TIJUANA.1, "accuracy_m": 50.0}}),
        )
        .await;
    assert!(res.status().is_client_error());
    let after: i64 = counters(&app)
        .await
        .iter()
        .filter(|r| r.metric == Metric::RequestsByNationality.as_str())
        .map(|r| r.people)
        .sum();
    assert_eq!(after, 9);
}

/// Whether an attacker can work out a hidden figure of the week: both tables (states,
/// nationalities) add up to the same sum of days. With every day shown, a table with exactly one
/// hidden cell gives it away; with a day hidden, a table with no hidden cell gives the week's
/// total, hence the hidden day, and then a table with one hidden cell gives that cell too.
fn week_leaks(day_hidden: usize, tables: &[Vec<bool>]) -> bool {
    let hidden = |t: &Vec<bool>| t.iter().filter(|h| **h).count();
    let non_empty: Vec<&Vec<bool>> = tables.iter().filter(|t| !t.is_empty()).collect();
    let total_known = day_hidden == 0 || non_empty.iter().any(|t| hidden(t) == 0);
    let a_day_recovered = day_hidden == 1 && total_known;
    a_day_recovered || (total_known && non_empty.iter().any(|t| hidden(t) == 1))
}

/// A week built to leak through the new table: every day is shown but one (4 people), the
/// states are all large, and Haiti's holders are 3. Published, neither Haiti's 3, nor the hidden
/// day, nor any other hidden cell can be worked out from the states and nationalities set
/// against the days and against each other.
#[tokio::test]
async fn the_weeks_nationalities_give_back_neither_a_small_one_nor_a_hidden_day() {
    let app = spawn_with(small_ports(10)).await;
    let monday: NaiveDate = "2026-06-08".parse().unwrap();
    let mut tx = app.state.db.begin().await.unwrap();
    let mut truth: BTreeMap<(String, String), i64> = BTreeMap::new();
    for d in 0..7 {
        let day = monday + Duration::days(d);
        let people = if d == 3 { 4 } else { 40 + d };
        garita::statistics::count(&mut tx, day, "san-ysidro", Metric::Requests, "", 1, people)
            .await
            .unwrap();
        let haiti = if d == 0 { 3 } else { 0 };
        let cuba = if d == 1 { 25 } else { 0 };
        let splits = [
            (
                Metric::RequestsByState,
                "MX.BN",
                people - 20 * i64::from(d == 0),
            ),
            (Metric::RequestsByState, "MX.SO", 20 * i64::from(d == 0)),
            (Metric::RequestsByNationality, "HT", haiti),
            (Metric::RequestsByNationality, "CU", cuba),
            (Metric::RequestsByNationality, "VE", people - haiti - cuba),
        ];
        for (metric, key, n) in splits {
            if n > 0 {
                garita::statistics::count(&mut tx, day, "", metric, key, 1, n)
                    .await
                    .unwrap();
                *truth
                    .entry((metric.as_str().to_string(), key.to_string()))
                    .or_insert(0) += n;
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
    let days_hidden = figures
        .iter()
        .filter(|f| f["metric"] == "requests" && f["place"] == "" && f["hidden"] == true)
        .count();
    assert_eq!(days_hidden, 1, "Thursday's 4 are hidden");
    let table = |metric: &str| -> Vec<&Value> {
        figures.iter().filter(|f| f["metric"] == metric).collect()
    };
    let nationalities = table("requests-by-nationality");
    let states = table("requests-by-state");
    assert_eq!(nationalities.len(), 3);
    assert!(nationalities
        .iter()
        .all(|f| f["period"] == "week" && f["date"] == "2026-06-08" && f["place"] == ""));
    let haiti = nationalities
        .iter()
        .find(|f| f["dimension"] == "HT")
        .unwrap();
    assert_eq!(haiti["hidden"], true);
    assert!(haiti["people"].is_null() && haiti["groups"].is_null());
    // What is shown is the truth.
    for f in nationalities.iter().chain(&states) {
        if let Some(p) = f["people"].as_i64() {
            let key = (
                f["metric"].as_str().unwrap().to_string(),
                f["dimension"].as_str().unwrap().to_string(),
            );
            assert_eq!(p, truth[&key], "{f}");
        }
    }
    let hidden_of = |t: &[&Value]| -> Vec<bool> { t.iter().map(|f| f["hidden"] == true).collect() };
    assert!(
        !week_leaks(
            days_hidden,
            &[hidden_of(&states), hidden_of(&nationalities)]
        ),
        "states {states:?} nationalities {nationalities:?}"
    );
    // The checker itself finds the leak it is for: primary suppression alone (only Haiti
    // hidden) with the hidden day gives both back.
    let primary: Vec<bool> = nationalities
        .iter()
        .map(|f| f["dimension"] == "HT")
        .collect();
    assert!(week_leaks(
        days_hidden,
        &[vec![false; states.len()], primary]
    ));
}

/// A travel authorization happens at no place: counted under the explicit "no place" key with
/// its programme as the dimension, published per programme with the day's total over all (the
/// total's empty place is never a counter's), and a counter given an empty place is kept apart
/// from the total the same way.
#[tokio::test]
async fn travel_authorizations_are_counted_at_no_place_by_programme_apart_from_the_total() {
    use garita_domain::statistics::NO_PLACE;
    let app = spawn_with(small_ports(10)).await;
    let day: NaiveDate = "2026-06-12".parse().unwrap();
    let mut tx = app.state.db.begin().await.unwrap();
    for (place, programme, n) in [
        (NO_PLACE, "parole-travel", 30),
        ("", "family-reunification", 12),
    ] {
        garita::statistics::count(
            &mut tx,
            day,
            place,
            Metric::TravelAuthorizations,
            programme,
            n,
            n,
        )
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    assert!(
        counters(&app).await.iter().all(|r| r.place == NO_PLACE),
        "no counter of a daily figure has the total's empty place"
    );
    garita::statistics::refresh::refresh(&app.state, app.now())
        .await
        .unwrap();
    let doc = stats(&app, "from=2026-06-12&to=2026-06-12").await;
    let f = figures_of(&doc, "2026-06-12");
    let key = |p: &str, d: &str| {
        (
            p.to_string(),
            "travel-authorizations".to_string(),
            d.to_string(),
        )
    };
    assert_eq!(
        f[&key(NO_PLACE, "parole-travel")],
        (Some(30), Some(30), false)
    );
    assert_eq!(
        f[&key(NO_PLACE, "family-reunification")],
        (Some(12), Some(12), false)
    );
    assert_eq!(
        f[&key("", "")],
        (Some(42), Some(42), false),
        "the day's total"
    );
    assert_eq!(
        f.keys().filter(|k| k.1 == "travel-authorizations").count(),
        3,
        "the programmes and the total, nothing else"
    );
}

/// Migration 0032 moves a travel authorization counted the old way (its programme as the place)
/// to the "no place" key, programme as the dimension, on the engine under test.
#[tokio::test]
async fn migration_0032_moves_old_travel_authorization_counters_to_no_place() {
    let app = spawn_with(small_ports(10)).await;
    let day: NaiveDate = "2026-06-12".parse().unwrap();
    let mut tx = app.state.db.begin().await.unwrap();
    garita::statistics::count(
        &mut tx,
        day,
        "parole-travel",
        Metric::TravelAuthorizations,
        "",
        1,
        1,
    )
    .await
    .unwrap();
    garita::statistics::count(&mut tx, day, "san-ysidro", Metric::Requests, "", 1, 3)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let sql = match app.state.db.engine {
        garita::storage::Engine::Postgres => {
            include_str!("../../migrations/postgres/0032_statistics_no_place.sql")
        }
        garita::storage::Engine::Sqlite => {
            include_str!("../../migrations/sqlite/0032_statistics_no_place.sql")
        }
    };
    sqlx::raw_sql(sql)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let rows: Vec<(String, String, String)> = counters(&app)
        .await
        .into_iter()
        .map(|r| (r.place, r.metric, r.dimension))
        .collect();
    assert_eq!(
        rows,
        vec![
            (
                "-".into(),
                "travel-authorizations".into(),
                "parole-travel".into()
            ),
            ("san-ysidro".into(), "requests".into(), "".into()),
        ]
    );
}

/// The bus-manifest function counts a trip when the port closes it, in the closing
/// transaction: one trip at its port on the port's day (nobody came through: no one was
/// processed); closing again is refused and counts nothing more.
#[tokio::test]
async fn a_closed_bus_trip_is_counted_once_at_its_port() {
    use garita_domain::organisations::OrganisationKind;
    use garita_domain::status::OrganisationStatus;
    let app = spawn_with(small_ports(10)).await;
    let line = app
        .organisation(
            "Autobuses E",
            OrganisationKind::BusLine,
            OrganisationStatus::Approved,
        )
        .await;
    let manager = app
        .staff(Role::OrganisationManager, Some(&line.to_string()))
        .await;
    let res = app
        .post_json(
            "/api/v1/bus-manifests",
            Some(&manager),
            &json!({"trip": {"trip_number": "E-1", "origin_city": "Chihuahua", "port": "el-paso",
                "arrival_at": (app.now() + Duration::hours(2)).to_rfc3339(), "plate": "E1", "plate_country": "MX"},
                "travelers": [{"role": "driver", "family_name": "Estadística", "given_names": "Eva",
                "date_of_birth": "1980-01-01", "sex": "F", "citizenship": "MX", "residence_country": "MX",
                "document_type": "passport", "document_number": "E1", "document_country": "MX"}]}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let trip: Value = res.json().await.unwrap();
    let id = trip["id"].as_str().unwrap();
    let officer = app.staff(Role::Officer, Some("el-paso")).await;
    let trips = |rows: Vec<CounterRow>| -> Vec<(String, String, i64, i64)> {
        rows.into_iter()
            .filter(|r| r.metric == Metric::BusTrips.as_str())
            .map(|r| (r.day, r.place, r.groups, r.people))
            .collect()
    };
    assert!(
        trips(counters(&app).await).is_empty(),
        "nothing before the close"
    );
    for expected in [200, 409] {
        let res = app
            .post_json(
                &format!("/api/v1/console/buses/{id}/close"),
                Some(&officer),
                &json!({}),
            )
            .await;
        assert_eq!(res.status(), expected, "{}", res.text().await.unwrap());
    }
    assert_eq!(
        trips(counters(&app).await),
        vec![(
            app.port_today("el-paso").to_string(),
            "el-paso".to_string(),
            1,
            0
        )]
    );
}
