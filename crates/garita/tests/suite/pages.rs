//! The HTML pages as a browser uses them: forms with CSRF tokens, redirects, cookies, language.

use crate::common;

use common::{csrf_of, spawn_app, PASSWORD};

async fn page(client: &reqwest::Client, url: String) -> (u16, String) {
    let res = client.get(url).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

fn member_form<'a>(csrf: &'a str, name: &'a str, key: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf_token", csrf),
        ("idempotency_key", key),
        ("full_name", name),
        ("date_of_birth", "1988-03-09"),
        ("citizenship", "VE"),
        ("language", "es"),
        ("document_type", ""),
        ("document_number", ""),
        ("contact", ""),
    ]
}

#[tokio::test]
async fn register_add_edit_and_remove_members_through_the_forms() {
    let app = spawn_app().await;
    let b = app.browser();
    let (status, html) = page(&b, app.url("/register")).await;
    assert_eq!(status, 200);
    let csrf = csrf_of(&html);

    let res = b
        .post(app.url("/register"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "rosa@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/register/sent");
    // Registering signs nobody in (the answer is the same for a taken address): the address
    // is verified by its link, then the person signs in.
    app.verify_email("rosa@example.org").await;
    let csrf = csrf_of(&page(&b, app.url("/login")).await.1);
    let res = b
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "rosa@example.org"),
            ("password", PASSWORD),
            ("next", "/group"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/group");
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );

    let (status, html) = page(&b, app.url("/group")).await;
    assert_eq!(status, 200);
    assert!(html.contains("href=\"/group/members/new\""));

    let (_, html) = page(&b, app.url("/group/members/new")).await;
    let csrf = csrf_of(&html);
    for (name, key) in [
        ("Rosa Díaz", "form-key-00000001"),
        ("Pablo Díaz", "form-key-00000002"),
    ] {
        let res = b
            .post(app.url("/group/members"))
            .form(&member_form(&csrf, name, key))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    }
    // A double-click re-sends the same form: still two members.
    let res = b
        .post(app.url("/group/members"))
        .form(&member_form(&csrf, "Pablo Díaz", "form-key-00000002"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);

    let (_, html) = page(&b, app.url("/group")).await;
    assert!(html.contains("Rosa Díaz") && html.contains("Pablo Díaz"));
    assert_eq!(app.count("travelers").await, 2);

    let ids: Vec<String> = html
        .match_indices("/group/members/")
        .filter_map(|(i, _)| html[i + 15..].split('/').next().map(str::to_string))
        .filter(|s| s.len() == 32)
        .collect();
    let pablo = ids.last().unwrap().clone();
    let res = b
        .post(app.url(&format!("/group/members/{pablo}")))
        .form(&member_form(&csrf, "Pablo José Díaz", ""))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let (_, html) = page(&b, app.url("/group")).await;
    assert!(html.contains("Pablo José Díaz"));

    // Removing asks first (nothing removed), then acts on `confirm=yes`.
    let res = b
        .post(app.url(&format!("/group/members/{pablo}/delete")))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(app.count("travelers").await, 2);
    let res = b
        .post(app.url(&format!("/group/members/{pablo}/delete")))
        .form(&[("csrf_token", csrf.as_str()), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let (_, html) = page(&b, app.url("/group")).await;
    assert!(!html.contains("Pablo"));
    assert_eq!(app.count("travelers").await, 1);
}

#[tokio::test]
async fn forms_without_a_valid_csrf_token_change_nothing() {
    let app = spawn_app().await;
    let (b, _) = app.signed_up_browser("/register").await;
    for token in ["", "forged-token"] {
        let res = b
            .post(app.url("/group/members"))
            .form(&member_form(token, "Intruso", ""))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403);
        assert!(res.text().await.unwrap().contains("<h1>"));
    }
    // Registration itself needs the token too.
    let other = app.browser();
    let res = other
        .post(app.url("/register"))
        .form(&[("email", "eve@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(app.count("travelers").await, 0);
    assert_eq!(app.count("accounts").await, 1);
}

#[tokio::test]
async fn form_errors_are_shown_next_to_their_fields_in_spanish() {
    let app = spawn_app().await;
    let b = app.browser();
    let (_, html) = page(&b, app.url("/register?lang=es")).await;
    assert!(html.contains("<html lang=\"es\" dir=\"ltr\">"));
    let csrf = csrf_of(&html);
    let res = b
        .post(app.url("/register"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "rosa"),
            ("password", "corta"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Esto no es un correo electrónico"),
        "language remembered by cookie"
    );
    assert!(html.contains("Use al menos 15 caracteres."));
    assert!(html.contains("aria-describedby=\"password-hint password-error\""));
    assert!(html.contains("id=\"email-error\""));
    assert!(html.contains("class=\"error-summary\""));
    assert!(
        html.contains("Contraseña: Use al menos 15 caracteres."),
        "the summary names the field"
    );
    assert!(html.contains("value=\"rosa\""), "what was typed is kept");
    assert_eq!(app.count("accounts").await, 0);

    // A member form with a future birth date.
    b.post(app.url("/register"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "rosa@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    let csrf = csrf_of(&page(&b, app.url("/login")).await.1);
    b.post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "rosa@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    // Signing in renewed the CSRF secret.
    let (_, html) = page(&b, app.url("/group/members/new")).await;
    let csrf = csrf_of(&html);
    let mut form = member_form(&csrf, "Rosa", "");
    form[3] = ("date_of_birth", "2999-01-01");
    let res = b
        .post(app.url("/group/members"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Esta fecha está en el futuro."));
    assert_eq!(app.count("travelers").await, 0);
}

#[tokio::test]
async fn language_follows_the_switch_then_the_account_then_the_browser() {
    let app = spawn_app().await;
    let b = app.browser();
    let res = b
        .get(app.url("/"))
        .header("accept-language", "es-MX")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-language"], "es");
    assert!(res.text().await.unwrap().contains("Citas en la frontera"));
    let res = b
        .get(app.url("/?lang=en"))
        .header("accept-language", "es-MX")
        .send()
        .await
        .unwrap();
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Appointments at the border"));
    // The switch is remembered.
    let res = b
        .get(app.url("/ports"))
        .header("accept-language", "es-MX")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-language"], "en");

    // A logged-in account's choice is saved with the account.
    let (_, html) = page(&b, app.url("/register?lang=es")).await;
    b.post(app.url("/register"))
        .form(&[
            ("csrf_token", csrf_of(&html).as_str()),
            ("email", "rosa@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    let fresh = app.browser();
    let (_, html) = page(&fresh, app.url("/login")).await;
    fresh
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf_of(&html).as_str()),
            ("email", "rosa@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    let res = fresh
        .get(app.url("/group"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-language"], "es");
}

#[tokio::test]
async fn login_gives_a_fresh_session_and_logout_ends_it() {
    let app = spawn_app().await;
    let b = app.browser();
    assert_eq!(
        b.get(app.url("/group")).send().await.unwrap().headers()["location"],
        "/login?next=/group"
    );
    let (_, html) = page(&b, app.url("/register")).await;
    let csrf = csrf_of(&html);
    b.post(app.url("/register"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "rosa@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        app.count("sessions").await,
        0,
        "registering signs nobody in"
    );
    let (_, html) = page(&b, app.url("/login")).await;
    let csrf = csrf_of(&html);
    b.post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "rosa@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(app.count("sessions").await, 1);
    // Signing in renewed the CSRF secret: forms from now on carry the new token.
    let (_, html) = page(&b, app.url("/login")).await;
    let csrf = csrf_of(&html);

    let res = b
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "rosa@example.org"),
            ("password", "wrong password!"),
            ("next", "/group"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let res = b
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "rosa@example.org"),
            ("password", PASSWORD),
            ("next", "https://evil.example/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/group", "no open redirect");
    assert_eq!(
        app.count("sessions").await,
        1,
        "the old session was replaced, not kept"
    );
    let (_, html) = page(&b, app.url("/group")).await;
    let csrf = csrf_of(&html);

    let res = b
        .post(app.url("/logout"))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(app.count("sessions").await, 0);
    assert_eq!(b.get(app.url("/group")).send().await.unwrap().status(), 303);
}

#[tokio::test]
async fn an_expired_page_session_explains_itself() {
    let app = spawn_app().await;
    let (b, csrf) = app.signed_up_browser("/register?lang=es").await;
    sqlx::query("UPDATE sessions SET created_at = created_at - $1")
        .bind(13 * 3600_i64)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let res = b
        .post(app.url("/group/members"))
        .form(&member_form(&csrf, "Rosa", ""))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let html = res.text().await.unwrap();
    assert!(html.contains("Su sesión terminó"), "{html}");
    assert!(html.contains("href=\"/login\""));
    assert_eq!(app.count("travelers").await, 0);
}

#[tokio::test]
async fn pages_are_small_and_self_contained() {
    let app = spawn_app().await;
    for path in ["/", "/register", "/login", "/ports"] {
        let res = app.api.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 200, "{path}");
        let html = res.text().await.unwrap();
        assert!(html.len() < 15_000, "{path} is {} bytes", html.len());
        assert!(!html.contains("<script"), "{path} needs no JavaScript");
        // Nothing is loaded from another site (links out, such as a map, are fine).
        assert!(
            !html.contains("src=\"http") && !html.contains("url(http"),
            "{path} loads from another site"
        );
        for tag in html.split("<link").skip(1) {
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            assert!(
                !tag.contains("http"),
                "{path} loads from another site: {tag}"
            );
        }
    }
    let css = app
        .api
        .get(app.url("/static/garita.css?v=1"))
        .send()
        .await
        .unwrap();
    assert!(css.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("max-age"));
}

#[tokio::test]
async fn request_confirm_and_open_the_pass_through_the_pages_in_spanish() {
    let app = spawn_app().await;
    let (b, csrf) = app.signed_up_browser("/register?lang=es").await;
    b.post(app.url("/group/members"))
        .form(&member_form(&csrf, "Rosa Díaz", "k-000000001"))
        .send()
        .await
        .unwrap();
    let (_, html) = page(&b, app.url("/group")).await;
    assert!(html.contains("Todavía no tiene foto."));
    let start = html.find("action=\"/group/members/").unwrap() + "action=\"".len();
    let action = &html[start..start + html[start..].find('"').unwrap()];
    assert!(action.ends_with("/photo"));

    // The photo form is multipart and needs its CSRF token like any other.
    let form = reqwest::multipart::Form::new().part(
        "photo",
        reqwest::multipart::Part::bytes(common::png(240, 320))
            .file_name("foto.png")
            .mime_str("image/png")
            .unwrap(),
    );
    assert_eq!(
        b.post(app.url(action))
            .multipart(form)
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf.clone())
        .part(
            "photo",
            reqwest::multipart::Part::bytes(common::png(240, 320))
                .file_name("foto.png")
                .mime_str("image/png")
                .unwrap(),
        );
    assert_eq!(
        b.post(app.url(action))
            .multipart(form)
            .send()
            .await
            .unwrap()
            .status(),
        303
    );
    let (_, html) = page(&b, app.url("/group")).await;
    assert!(!html.contains("Todavía no tiene foto."));

    let (status, html) = page(&b, app.url("/appointment/request")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Usar mi ubicación") && html.contains("/static/locate.js"));
    // From Tapachula: refused, in Spanish, naming the state; nothing stored.
    let outside = [
        ("csrf_token", csrf.as_str()),
        ("port_1", "san-ysidro"),
        ("latitude", "14.9039"),
        ("longitude", "-92.2575"),
        ("accuracy", "30"),
    ];
    let res = b
        .post(app.url("/appointment/request"))
        .form(&outside)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    // Said at the location field, where the person can act on it (and in the summary).
    let at_field = &html[html
        .find("id=\"location-error\"")
        .expect("an error at the location")..];
    assert!(at_field[..at_field.find("</p>").unwrap()].contains("Chiapas"));
    assert_eq!(app.count("appointment_requests").await, 0);
    // A precise fix in downtown El Paso: in the United States, said so at the location.
    let el_paso = [
        ("csrf_token", csrf.as_str()),
        ("port_1", "san-ysidro"),
        ("latitude", "31.7587"),
        ("longitude", "-106.4869"),
        ("accuracy", "30"),
    ];
    let res = b
        .post(app.url("/appointment/request"))
        .form(&el_paso)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    let at_field = &html[html
        .find("id=\"location-error\"")
        .expect("an error at the location")..];
    assert!(
        at_field[..at_field.find("</p>").unwrap()].contains("Estados Unidos"),
        "{html}"
    );
    assert_eq!(app.count("appointment_requests").await, 0);
    let inside = [
        ("csrf_token", csrf.as_str()),
        ("port_1", "san-ysidro"),
        ("port_2", "calexico-west"),
        ("answer_medical", "yes"),
        ("latitude", "32.5149"),
        ("longitude", "-117.0382"),
        ("accuracy", "2000"),
    ];
    let res = b
        .post(app.url("/appointment/request"))
        .form(&inside)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let (_, html) = page(&b, app.url("/appointment")).await;
    assert!(html.contains("Su solicitud está registrada"), "{html}");
    // The draw time in the traveler's own zone (Tijuana's, not the cycle's Chicago), named
    // as people say it and never by its IANA id.
    assert!(
        html.contains("hora del Pacífico") && !html.contains("hora central"),
        "the draw time in the traveler's own zone: {html}"
    );
    assert!(!html.contains("America/"), "no IANA id on the page: {html}");

    let day = garita::appointments::cycle::next_draw_day(&app.state.settings.cycle, app.now());
    garita::draw::run(&app.state, day, app.now(), true)
        .await
        .unwrap();
    let (_, html) = page(&b, app.url("/appointment")).await;
    assert!(html.contains("¡Su grupo salió en el sorteo!"));
    assert!(html.contains("San Ysidro"));
    let start = html.find("action=\"/appointment/").unwrap() + "action=\"".len();
    let confirm = html[start..start + html[start..].find('"').unwrap()].to_string();
    assert!(confirm.ends_with("/confirm"));
    let res = b
        .post(app.url(&confirm))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/appointment/pass");
    let (status, html) = page(&b, app.url("/appointment/pass")).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("<svg") && html.contains("role=\"img\""),
        "QR code inline"
    );
    assert!(html.contains("Rosa Díaz"));
    assert!(html.contains("/photo\""));
    let (_, html) = page(&b, app.url(&format!("/draws/{day}"))).await;
    assert!(html.contains("Semilla"));
}
