//! Times and names as people read them, over real HTTP: zones named in the reader's language
//! (never an IANA id), times in the port's zone, country names from CLDR or the reviewed Creole
//! list, and numbers typed in Persian or Arabic-Indic digits.

use crate::common;

use common::{csrf_of, spawn_app, TestApp};
use garita_domain::roles::Role;
use serde_json::json;

async fn text(client: &reqwest::Client, url: String) -> String {
    let res = client.get(url).send().await.unwrap();
    assert_eq!(res.status(), 200);
    res.text().await.unwrap()
}

async fn report(app: &TestApp, port: &str, delay: i64) {
    let token = app.staff(Role::Officer, Some(port)).await;
    let res = app
        .post_json(
            &format!("/api/v1/ports/{port}/wait-times"),
            Some(&token),
            &json!({"lanes": [{"lane": "pedestrian-standard", "status": "open",
                               "lanes_open": 2, "delay_minutes": delay}]}),
        )
        .await;
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn wait_time_pages_name_the_ports_zone_in_spanish_and_creole_and_its_time() {
    let app = spawn_app().await;
    // 20:05 UTC in January: 12:05 in San Ysidro (Pacific, UTC−8), 14:05 in Laredo (Central).
    app.clock.set(
        chrono::DateTime::parse_from_rfc3339("2027-01-12T20:05:00Z")
            .unwrap()
            .to_utc(),
    );
    report(&app, "san-ysidro", 25).await;
    report(&app, "laredo", 40).await;
    let b = app.browser();

    let es = text(&b, app.url("/wait-times/san-ysidro?lang=es")).await;
    assert!(
        es.contains("Las horas son las locales del puerto (hora del Pacífico)."),
        "{es}"
    );
    assert!(
        es.contains("a las 12:05\u{202f}p.m."),
        "the port's time: {es}"
    );
    let ht = text(&b, app.url("/wait-times/san-ysidro?lang=ht")).await;
    assert!(
        ht.contains("Lè yo se lè lokal pò antre a (lè Pasifik)."),
        "{ht}"
    );
    assert!(ht.contains(", a 12:05"), "{ht}");
    let laredo = text(&b, app.url("/wait-times/laredo?lang=es")).await;
    assert!(laredo.contains("(hora central)"), "{laredo}");
    assert!(laredo.contains("a las 2:05\u{202f}p.m."), "{laredo}");

    let list = text(&b, app.url("/wait-times?lang=es")).await;
    assert!(list.contains("a las 12:05\u{202f}p.m."), "{list}");
    assert!(list.contains("a las 2:05\u{202f}p.m."), "{list}");

    for page in [es, ht, laredo, list] {
        assert!(!page.contains("America/"), "no IANA id on a page: {page}");
    }
}

#[tokio::test]
async fn the_ports_page_names_every_zone_in_the_readers_language() {
    let app = spawn_app().await;
    let b = app.browser();
    let es = text(&b, app.url("/ports?lang=es")).await;
    assert!(es.contains("Zona horaria: hora del Pacífico"), "{es}");
    assert!(es.contains("Zona horaria: hora central"), "{es}");
    let ht = text(&b, app.url("/ports?lang=ht")).await;
    assert!(ht.contains("Zòn lè: lè Pasifik"), "{ht}");
    assert!(ht.contains("Zòn lè: lè Santral"), "{ht}");
    assert!(ht.contains("Zòn lè: lè Montay"), "{ht}");
    for lang in ["en", "es", "ht", "ar", "ps", "zh-CN", "am", "uk"] {
        let html = text(&b, app.url(&format!("/ports?lang={lang}"))).await;
        assert!(!html.contains("America/"), "{lang}: {html}");
    }
}

#[tokio::test]
async fn the_citizenship_list_is_in_cldr_names_or_reviewed_creole() {
    let app = spawn_app().await;
    let (b, _) = app.signed_up_browser("/register?lang=ht").await;
    let ht = text(&b, app.url("/group/members/new?lang=ht")).await;
    assert!(ht.contains(">Ayiti</option>"), "{ht}");
    assert!(ht.contains(">Etazini</option>"));
    assert!(ht.contains(">Meksik</option>"));
    assert!(!ht.contains(">Haïti<") && !ht.contains(">Mexique<"));
    let es = text(&b, app.url("/group/members/new?lang=es")).await;
    assert!(es.contains(">Haití</option>"), "{es}");
    // In Spanish order: Egipto, El Salvador, Emiratos Árabes Unidos, Eritrea, …, Estados Unidos.
    let at = |name: &str| es.find(&format!(">{name}</option>")).unwrap();
    assert!(at("Egipto") < at("El Salvador"));
    assert!(at("Emiratos Árabes Unidos") < at("Estados Unidos"));
}

#[tokio::test]
async fn an_officer_may_type_figures_in_persian_or_arabic_indic_digits() {
    let app = spawn_app().await;
    let b = app
        .staff_browser(Role::Officer, Some("san-ysidro"), "/console")
        .await;
    let html = text(&b, app.url("/console/wait-times")).await;
    let csrf = csrf_of(&html);
    let res = b
        .post(app.url("/console/wait-times/san-ysidro"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("passenger-standard.status", "open"),
            ("passenger-standard.lanes_open", "۶"),
            ("passenger-standard.delay_minutes", "٣٥"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let feed: serde_json::Value = app
        .get_json("/api/v1/wait-times", None)
        .await
        .json()
        .await
        .unwrap();
    let port = feed["ports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["port_id"] == "san-ysidro")
        .unwrap();
    let lane = port["lanes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lane"] == "passenger-standard")
        .unwrap();
    assert_eq!(lane["lanes_open"], 6);
    assert_eq!(lane["delay_minutes"], 35);
}

#[tokio::test]
async fn the_published_draw_is_dated_in_the_readers_language() {
    let app = spawn_app().await;
    let day = garita::appointments::cycle::next_draw_for_request(&app.state, app.now())
        .await
        .unwrap();
    garita::draw::run(&app.state, day, app.now(), true)
        .await
        .unwrap();
    let b = app.browser();
    let path = |lang: &str| app.url(&format!("/draws/{day}?lang={lang}"));
    let es = text(&b, path("es")).await;
    let ht = text(&b, path("ht")).await;
    let zh = text(&b, path("zh-CN")).await;
    use chrono::Datelike;
    let months_es = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    let months_ht = [
        "janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
        "novanm", "desanm",
    ];
    let m = day.month0() as usize;
    assert!(
        es.contains(&format!(
            "Sorteo del {} de {} de {}",
            day.day(),
            months_es[m],
            day.year()
        )),
        "{es}"
    );
    assert!(
        ht.contains(&format!(
            "Tiraj {} {} {}",
            day.day(),
            months_ht[m],
            day.year()
        )),
        "{ht}"
    );
    assert!(
        zh.contains(&format!("{}年{}月{}日", day.year(), day.month(), day.day())),
        "{zh}"
    );
}
