//! Words that cannot mislead: every locale says, on the home page, on the appointment (offered
//! or confirmed) and on the passes, that an appointment is not permission to enter the United
//! States and that an officer decides at the port; and every page reaches the language list
//! from its top.

use crate::common;

use common::{spawn_app, TestApp};
use reqwest::Client;

/// The page's text with the entities askama writes turned back into characters.
fn text_of(html: &str) -> String {
    html.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&#x22;", "\"")
        .replace("&amp;", "&")
}

async fn page(b: &Client, url: String) -> (u16, String) {
    let res = b.get(url).send().await.unwrap();
    let status = res.status().as_u16();
    (status, text_of(&res.text().await.unwrap()))
}

/// María of the demo, signed in: her appointment is confirmed, so her passes exist.
async fn maria(app: &TestApp) -> Client {
    let accounts = garita::demo::load(&app.state).await.unwrap();
    let maria = accounts
        .into_iter()
        .find(|a| a.email == "maria@garita.test")
        .unwrap();
    let b = app.browser();
    let csrf = app.form_token(&b, "/login").await;
    let res = b
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", maria.email.as_str()),
            ("password", maria.password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "signed in");
    b
}

#[tokio::test]
async fn every_locale_says_an_appointment_is_not_permission_to_enter_on_home_appointment_and_pass()
{
    let app = spawn_app().await;
    let catalogs = garita::i18n::Catalogs::load().unwrap();
    let b = maria(&app).await;
    let english = catalogs.message(0, "not-permission", None);
    let mut problems = Vec::new();
    for (i, locale) in catalogs.locales().iter().enumerate() {
        let sentence = catalogs.message(i, "not-permission", None);
        if i > 0 && sentence == english {
            problems.push(format!("{}: the sentence is still in English", locale.code));
        }
        for path in ["/", "/appointment", "/appointment/pass"] {
            let (status, html) = page(&b, app.url(&format!("{path}?lang={}", locale.code))).await;
            if status != 200 {
                problems.push(format!("{} {path}: status {status}", locale.code));
            } else if !html.contains(&sentence) {
                problems.push(format!("{} {path}: no «{sentence}»", locale.code));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn the_language_list_is_reachable_from_the_top_of_every_page() {
    let app = spawn_app().await;
    for path in ["/", "/login", "/ports", "/wait-times"] {
        let (status, html) = page(&app.browser(), app.url(path)).await;
        assert_eq!(status, 200, "{path}");
        let jump = html
            .find("href=\"#langs\"")
            .expect("a link to the language list");
        let main = html.find("<main").unwrap();
        assert!(jump < main, "{path}: the link is above the page's content");
        assert!(
            html.contains("id=\"langs\""),
            "{path}: the list it points to"
        );
        assert!(
            html.contains("?lang=es\"") && html.contains("?lang=ps\""),
            "{path}: every language is a plain link (no JavaScript needed)"
        );
    }
}
