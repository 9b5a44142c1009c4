//! The traveler reads every time with its zone named as people say it, in their language, and
//! never an IANA id ("America/Chicago"): the status page and its offer, the decline page, the
//! "selected" e-mail. The appointment is at Hidalgo (Central time) and the traveler is in
//! Tijuana (Pacific time): the slot reads in the port's zone, the confirm-by deadline on the
//! page in the traveler's own. Also: numbers typed in other digit systems read as the same.

use crate::common;

use chrono::Duration;
use common::smtp::SmtpServer;
use common::{member, png, spawn_with, TestApp, PASSWORD};
use garita::appointments::cycle;
use garita::notifications::outbox::{self, Senders};
use serde_json::{json, Value};

const TIJUANA: (f64, f64) = (32.5149, -117.0382);

async fn with_mail(smtp: &SmtpServer) -> TestApp {
    let url = smtp.url();
    spawn_with(move |s| {
        s.session_idle = std::time::Duration::from_secs(60 * 86_400);
        s.session_absolute = std::time::Duration::from_secs(60 * 86_400);
        s.notifications.smtp_url = Some(garita::config::Secret(url));
        s.notifications.mail_from = "Garita <avisos@garita.example>".into();
        s.notifications.public_url = "https://garita.example".into();
    })
    .await
}

async fn text(b: &reqwest::Client, url: String) -> String {
    let res = b.get(url).send().await.unwrap();
    assert_eq!(res.status(), 200);
    res.text().await.unwrap()
}

/// A signed-in browser reading `lang`, whose one-member group asked for Hidalgo from Tijuana
/// and was drawn; returns the browser and the appointment (from the API).
async fn offered(app: &TestApp, lang: &str) -> (reqwest::Client, Value) {
    let (b, _) = app
        .signed_up_browser(&format!("/register?lang={lang}"))
        .await;
    sqlx::query("UPDATE accounts SET language = $1 WHERE kind = $2")
        .bind(lang)
        .bind("traveler")
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let token = app.login("rosa@example.org", PASSWORD).await;
    let m: Value = app
        .post_json("/api/v1/travelers", Some(&token), &member("Rosa 0"))
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
    let res = app
        .post_json(
            "/api/v1/appointment-requests",
            Some(&token),
            &json!({"ports": ["hidalgo"], "answers": [],
                    "location": {"latitude": TIJUANA.0, "longitude": TIJUANA.1, "accuracy_m": 10.0}}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    sqlx::query("DELETE FROM notifications")
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let c = &app.state.settings.cycle;
    let day = cycle::next_draw_day(c, app.now());
    let at = cycle::window_close(c, day) + Duration::hours(1);
    app.clock.set(at.max(app.now()));
    garita::draw::run(&app.state, day, app.now(), false)
        .await
        .unwrap();
    let s: Value = app
        .get_json("/api/v1/appointment-requests/current", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(s["appointment"]["status"], "offered", "{s}");
    (b, s["appointment"].clone())
}

/// (language, the port's zone, the traveler's zone) as each language says them.
const CASES: [(&str, &str, &str); 3] = [
    ("es", "hora central", "hora del Pacífico"),
    ("ht", "lè Santral", "lè Pasifik"),
    (
        "uk",
        "за центральним часом (CT)",
        "за тихоокеанським часом (PT)",
    ),
];

#[tokio::test]
async fn the_offer_its_decline_page_and_the_selected_email_name_the_zone_in_words() {
    for (lang, port_zone, own_zone) in CASES {
        let smtp = SmtpServer::start().await;
        let app = with_mail(&smtp).await;
        let (b, a) = offered(&app, lang).await;
        let start =
            chrono::NaiveTime::parse_from_str(a["start_time"].as_str().unwrap(), "%H:%M").unwrap();
        let day: chrono::NaiveDate = a["day"].as_str().unwrap().parse().unwrap();
        let zone: chrono_tz::Tz = a["time_zone"].as_str().unwrap().parse().unwrap();
        let slot = garita::locale_format::slot(lang, day, start, zone);
        assert!(slot.contains(port_zone), "{lang}: {slot}");

        // The status page with its offer: the slot in the port's zone, the deadline in the
        // traveler's own, both named in words.
        let html = text(&b, app.url(&format!("/appointment?lang={lang}"))).await;
        assert!(html.contains(&slot), "{lang}: slot {slot} not in {html}");
        let confirm_by = chrono::DateTime::parse_from_rfc3339(a["confirm_by"].as_str().unwrap())
            .unwrap()
            .to_utc();
        let deadline =
            garita::locale_format::date_time(lang, confirm_by, chrono_tz::America::Tijuana);
        assert!(deadline.contains(own_zone), "{lang}: {deadline}");
        assert!(
            html.contains(&deadline),
            "{lang}: deadline {deadline} not in {html}"
        );
        assert!(!html.contains("America/"), "{lang}: IANA id in {html}");

        // Declining asks first, saying what is lost: the time with its zone.
        let id = a["id"].as_str().unwrap();
        let html = text(
            &b,
            app.url(&format!("/appointment/{id}/cancel?lang={lang}")),
        )
        .await;
        assert!(
            html.contains(&garita::locale_format::clock(lang, start)) && html.contains(port_zone),
            "{lang}: {html}"
        );
        assert!(!html.contains("America/"), "{lang}: IANA id in {html}");

        // The e-mail, in the account's language: start time and deadline in the port's zone.
        let senders = Senders::from_settings(&app.state).unwrap();
        let report = outbox::deliver_due(&app.state, &senders, app.now())
            .await
            .unwrap();
        assert_eq!(report.sent, 1);
        let mails = smtp.messages();
        let body = &mails[0].body;
        let port_deadline = garita::locale_format::date_time(lang, confirm_by, zone);
        assert!(
            body.contains(&port_deadline),
            "{lang}: {port_deadline} not in {body}"
        );
        assert!(
            body.contains(&garita::locale_format::clock(lang, start)),
            "{lang}: {body}"
        );
        assert!(body.contains(port_zone), "{lang}: {body}");
        assert!(!body.contains("America/"), "{lang}: IANA id in {body}");
    }
}

#[tokio::test]
async fn a_date_of_birth_typed_in_persian_or_arabic_indic_digits_is_the_same_date() {
    let app = spawn_with(|_| {}).await;
    let (b, csrf) = app.signed_up_browser("/register?lang=fa").await;
    let res = b
        .post(app.url("/group/members"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("full_name", "Rosa"),
            ("date_of_birth", "۱۹۹۰-۰۵-۲۱"),
            ("citizenship", "HN"),
            ("language", "es"),
            ("is_holder", "1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let token = app.login("rosa@example.org", PASSWORD).await;
    let added = app
        .post_json(
            "/api/v1/travelers",
            Some(&token),
            &json!({"full_name": "Ana", "date_of_birth": "١٩٨٥-١١-٠٣",
                    "citizenship": "HN", "language": "es"}),
        )
        .await;
    assert_eq!(added.status(), 201, "{}", added.text().await.unwrap());
    let list: Value = app
        .get_json("/api/v1/travelers", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    let born: Vec<&str> = list["travelers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["date_of_birth"].as_str().unwrap())
        .collect();
    assert_eq!(born, ["1990-05-21", "1985-11-03"], "{list}");
}

/// A provider that accepts every message, as Twilio's Messages API answers, and keeps bodies.
async fn sms_provider() -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use axum::routing::post;
    let bodies = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let kept = bodies.clone();
    let router = axum::Router::new().route(
        "/2010-04-01/Accounts/{account}/{file}",
        post(move |body: String| {
            let kept = kept.clone();
            async move {
                let form: Vec<(String, String)> = serde_urlencoded::from_str(&body).unwrap();
                let text = form.into_iter().find(|(k, _)| k == "Body").unwrap().1;
                let mut all = kept.lock().unwrap();
                all.push(text);
                (
                    axum::http::StatusCode::CREATED,
                    axum::Json(json!({"sid": format!("SM{:032x}", all.len()), "status": "queued"})),
                )
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    (format!("http://{addr}"), bodies)
}

#[tokio::test]
async fn a_phone_number_and_its_code_typed_in_persian_digits_verify_the_number() {
    let (base, bodies) = sms_provider().await;
    let app = spawn_with(move |s| {
        s.notifications.public_url = "https://garita.example".into();
        s.notifications.sms = Some(garita::config::Sms {
            base_url: base,
            account_sid: "AC0123456789abcdef0123456789abcdef".into(),
            auth_token: garita::config::Secret("token".into()),
            from: Some("+15005550006".into()),
            messaging_service_sid: None,
        });
    })
    .await;
    let (b, csrf) = app.signed_up_browser("/register?lang=fa").await;
    let persian = |ascii: &str| -> String {
        ascii
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0x06F0 + d).unwrap(),
                None => c,
            })
            .collect()
    };
    let res = b
        .post(app.url("/notifications/sms-number"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("number", &persian("+52 55 1234 5678")),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let senders = Senders::from_settings(&app.state).unwrap();
    outbox::deliver_due(&app.state, &senders, app.now())
        .await
        .unwrap();
    let body = bodies
        .lock()
        .unwrap()
        .last()
        .cloned()
        .expect("the code went out");
    let code = body
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .unwrap_or_else(|| panic!("a six-digit code in {body}"))
        .to_string();
    let res = b
        .post(app.url("/notifications/sms-number/verify"))
        .form(&[("csrf_token", csrf.as_str()), ("code", &persian(&code))])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let tr = garita::i18n::Tr::new(
        app.state.catalogs.clone(),
        app.state.catalogs.find("fa").unwrap(),
    );
    let html = text(&b, app.url("/notifications?lang=fa")).await;
    assert!(html.contains(&tr.t("notifications-sms-verified")), "{html}");
}

#[test]
fn a_code_with_a_leading_zero_is_sent_whole_in_every_language() {
    let catalogs = std::sync::Arc::new(garita::i18n::Catalogs::load().unwrap());
    for (i, l) in garita::i18n::LOCALES.iter().enumerate() {
        let tr = garita::i18n::Tr::new(catalogs.clone(), i);
        let body = tr.with("notification-sms-code-body", &[("code", "038229".into())]);
        assert!(body.contains("038229"), "{}: {body}", l.0);
    }
}

#[tokio::test]
async fn links_in_right_to_left_emails_go_out_without_bidi_marks_glued_to_them() {
    let smtp = SmtpServer::start().await;
    let app = with_mail(&smtp).await;
    let _ = app.signed_up_browser("/register?lang=ar").await;
    sqlx::query("UPDATE accounts SET language = $1 WHERE kind = $2")
        .bind("ar")
        .bind("traveler")
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let senders = Senders::from_settings(&app.state).unwrap();
    outbox::deliver_due(&app.state, &senders, app.now())
        .await
        .unwrap();
    let mails = smtp.messages();
    let m = mails
        .iter()
        .find(|m| m.body.contains("/account/verify/"))
        .expect("the verification e-mail");
    // Arabic text around it, and each link whole up to the end of its line.
    assert!(m.body.contains("افتح"), "{}", m.body);
    for line in m.body.lines().filter(|l| l.contains("https://")) {
        let link = &line[line.find("https://").unwrap()..];
        assert!(
            !link.contains('\u{2069}') && !link.contains('\u{2068}'),
            "{line:?}"
        );
    }
}
