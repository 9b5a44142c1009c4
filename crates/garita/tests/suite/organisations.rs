//! Organisations over real HTTP and storage: a broker registers and waits, an administrator
//! approves, its manager invites, the invitee accepts by the link and acts; invitations
//! refused when expired, used, opened by another address or by a traveler, and accepted once
//! when two accepts race; a removed member's access ends on the next request; the last
//! manager stays; identifiers checked per kind; a staff invitation on an unknown place writes
//! nothing.

use crate::common;

use common::{csrf_of, spawn_app, TestApp, PASSWORD};
use garita_domain::accounts::{Email, Password};
use garita_domain::roles::{AccountKind, Grant, Role, Scope};
use serde_json::{json, Value};

fn unique(prefix: &str) -> String {
    format!(
        "{prefix}{}@example.org",
        &garita::storage::vault::random_id()[..10]
    )
}

async fn account_id(app: &TestApp, email: &str) -> i64 {
    let fp = app
        .state
        .vault
        .fingerprint(Email::parse(email).unwrap().as_str());
    sqlx::query_scalar("SELECT id FROM accounts WHERE email_fingerprint = $1")
        .bind(fp)
        .fetch_one(&app.state.db.read)
        .await
        .unwrap()
}

/// Signs a staff account in through the API, setting up its second factor first.
async fn sign_in(app: &TestApp, email: &str) -> String {
    let id = account_id(app, email).await;
    let secret = garita::accounts::second_factor::enrol_now(&app.state, id)
        .await
        .unwrap();
    app.login_with_code(email, PASSWORD, &secret).await
}

/// A staff account with `grants` (made as an administrator would), signed in.
async fn staff_with(app: &TestApp, grants: &[Grant]) -> (String, String) {
    let email = unique("s");
    garita::accounts::create_account(
        &app.state,
        &Email::parse(&email).unwrap(),
        &Password::parse(PASSWORD, |_| false).unwrap(),
        AccountKind::Staff,
        grants,
        Some("en"),
    )
    .await
    .unwrap();
    let token = sign_in(app, &email).await;
    (email, token)
}

fn on(role: Role, organisation: i64) -> Grant {
    Grant {
        role,
        scope: Scope::Organisation(organisation),
    }
}

/// An approved organisation made by an administrator, with a signed-in manager: (id,
/// manager's e-mail, manager's token).
async fn approved(app: &TestApp, admin: &str, name: &str) -> (i64, String, String) {
    let res = app
        .post_json(
            "/api/v1/admin/organisations",
            Some(admin),
            &json!({"legal_name": name, "kind": "carrier", "country": "MX", "identifier": "TFNR",
                    "manager_email": unique("first")}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let id = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let (email, token) = staff_with(app, &[on(Role::OrganisationManager, id)]).await;
    (id, email, token)
}

/// The link of the newest invitation mailed to `email` (read from the outbox's sealed
/// secrets: the address it goes to, or the account of that address).
async fn invitation_link(app: &TestApp, email: &str) -> String {
    #[derive(sqlx::FromRow)]
    struct Sent {
        id: String,
        /// None: sent to an address no account holds.
        account_id: Option<i64>,
        sealed: Vec<u8>,
    }
    let holder = {
        let fp = app
            .state
            .vault
            .fingerprint(Email::parse(email).unwrap().as_str());
        sqlx::query_scalar::<_, i64>("SELECT id FROM accounts WHERE email_fingerprint = $1")
            .bind(fp)
            .fetch_optional(&app.state.db.read)
            .await
            .unwrap()
    };
    let sent: Vec<Sent> = sqlx::query_as(
        "SELECT n.id, n.account_id, s.sealed FROM notifications n
         JOIN notification_secrets s ON s.notification_id = n.id
         WHERE n.kind IN ('invitation', 'staff-invitation') ORDER BY n.created_at DESC, n.id DESC",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap();
    let mut found = Vec::new();
    for s in sent {
        let plain = app
            .state
            .vault
            .open(&format!("notification-secrets:{}", s.id), &s.sealed)
            .unwrap();
        let secrets: garita::notifications::Secrets = serde_json::from_slice(&plain).unwrap();
        // To an address without an account, no account's message; to an account, its own.
        if (secrets.to.as_deref() == Some(email) && s.account_id.is_none())
            || (secrets.to.is_none() && s.account_id.is_some() && s.account_id == holder)
        {
            found.push(secrets.link.unwrap());
        }
    }
    found.pop().expect("an invitation was mailed")
}

fn token_of(link: &str) -> &str {
    link.rsplit('/').next().unwrap()
}

async fn invite(app: &TestApp, manager: &str, email: &str, role: &str) -> String {
    let res = app
        .post_json(
            "/api/v1/organisation/invitations",
            Some(manager),
            &json!({"email": email, "role": role}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    token_of(&invitation_link(app, email).await).to_string()
}

/// Accepts by the link as a newcomer, choosing a password: the status of the POST.
async fn accept_as_newcomer(app: &TestApp, token: &str) -> (u16, String) {
    let b = app.browser();
    let page = b
        .get(app.url(&format!("/invitations/{token}")))
        .send()
        .await
        .unwrap();
    let status = page.status().as_u16();
    let html = page.text().await.unwrap();
    if status != 200 {
        return (status, html);
    }
    let res = b
        .post(app.url(&format!("/invitations/{token}")))
        .form(&[
            ("csrf_token", csrf_of(&html).as_str()),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap_or_default())
}

async fn problem(res: reqwest::Response) -> (u16, String) {
    let status = res.status().as_u16();
    let body: Value = res.json().await.unwrap_or(Value::Null);
    (
        status,
        body["code"].as_str().unwrap_or_default().to_string(),
    )
}

async fn count_where(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(&app.state.db.read)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_broker_registers_waits_is_approved_invites_and_its_member_acts() {
    let app = spawn_app().await;
    let manager_email = unique("broker");
    let res = app
        .post_json(
            "/api/v1/organisations",
            None,
            &json!({"legal_name": "Agencia Aduanal Ejemplo", "kind": "customs_broker", "country": "MX",
                    "identifier": "a1b", "email": manager_email, "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 202, "{}", res.text().await.unwrap());
    app.verify_email(&manager_email).await;
    let manager = sign_in(&app, &manager_email).await;

    // Pending: its manager is told so, and can change nothing.
    let res = app.get_json("/api/v1/organisation", Some(&manager)).await;
    assert_eq!(
        problem(res).await,
        (403, "organisation-not-approved".into())
    );
    let res = app
        .post_json(
            "/api/v1/organisation/invitations",
            Some(&manager),
            &json!({"email": unique("m"), "role": "member"}),
        )
        .await;
    assert_eq!(
        problem(res).await,
        (403, "organisation-not-approved".into())
    );
    assert_eq!(app.count("invitations").await, 0);
    // An administrator approves it; its manager is mailed the decision.
    let admin = app.staff(Role::Admin, None).await;
    let queue: Value = app
        .get_json("/api/v1/admin/organisations?status=pending", Some(&admin))
        .await
        .json()
        .await
        .unwrap();
    let org = &queue["organisations"][0];
    assert_eq!(org["legal_name"], "Agencia Aduanal Ejemplo");
    assert_eq!(org["identifier"], "A1B");
    let id = org["id"].as_i64().unwrap();
    let res = app
        .post_json(
            &format!("/api/v1/admin/organisations/{id}/decision"),
            Some(&admin),
            &json!({"decision": "approve"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["status"], "approved");
    let told = count_where(
        &app,
        &format!(
            "SELECT COUNT(*) FROM notifications WHERE kind = 'organisation-approved' AND account_id = {}",
            account_id(&app, &manager_email).await
        ),
    )
    .await;
    assert_eq!(told, 1);
    // Approving again does not apply.
    let res = app
        .post_json(
            &format!("/api/v1/admin/organisations/{id}/decision"),
            Some(&admin),
            &json!({"decision": "approve"}),
        )
        .await;
    assert_eq!(
        problem(res).await,
        (409, "organisation-decision-not-applicable".into())
    );

    // The manager invites; the invitee accepts by the link and acts as a member.
    let own: Value = app
        .get_json("/api/v1/organisation", Some(&manager))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(own["manager"], true);
    let member_email = unique("member");
    let token = invite(&app, &manager, &member_email, "member").await;
    assert_eq!(accept_as_newcomer(&app, &token).await.0, 303);
    let member = sign_in(&app, &member_email).await;
    let people: Value = app
        .get_json("/api/v1/organisation/members", Some(&member))
        .await
        .json()
        .await
        .unwrap();
    let roles: Vec<(&str, &str)> = people["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["email"].as_str().unwrap(), p["role"].as_str().unwrap()))
        .collect();
    assert!(roles.contains(&(manager_email.as_str(), "organisation_manager")));
    assert!(roles.contains(&(member_email.as_str(), "organisation_member")));
    // A member does not manage.
    let res = app
        .get_json("/api/v1/organisation/invitations", Some(&member))
        .await;
    assert_eq!(res.status(), 403);

    // Suspended: its people are refused again, from their next request.
    let res = app
        .post_json(
            &format!("/api/v1/admin/organisations/{id}/decision"),
            Some(&admin),
            &json!({"decision": "suspend"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let res = app
        .get_json("/api/v1/organisation/members", Some(&member))
        .await;
    assert_eq!(
        problem(res).await,
        (403, "organisation-not-approved".into())
    );
}

#[tokio::test]
async fn the_pending_organisations_page_says_waiting_and_the_approved_one_lists_its_people() {
    let app = spawn_app().await;
    let admin = app.staff(Role::Admin, None).await;
    let (id, manager_email, _) = approved(&app, &admin, "Transportes Uno").await;
    sqlx::query("UPDATE organisations SET status = 'pending' WHERE id = $1")
        .bind(id)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let secret = garita::accounts::second_factor::enrol_now(
        &app.state,
        account_id(&app, &manager_email).await,
    )
    .await
    .unwrap();
    let b = app.browser();
    let csrf = app.form_token(&b, "/login").await;
    b.post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", &manager_email),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    let csrf = app.form_token(&b, "/login/code").await;
    let res = b
        .post(app.url("/login/code"))
        .form(&[("csrf_token", csrf.as_str()), ("code", &app.totp(&secret))])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let tr = garita::i18n::Tr::new(app.state.catalogs.clone(), 0);
    let page = b.get(app.url("/organisation")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains(&tr.t("organisation-waiting")), "{html}");
    sqlx::query("UPDATE organisations SET status = 'approved' WHERE id = $1")
        .bind(id)
        .execute(&app.state.db.write)
        .await
        .unwrap();
    let html = b
        .get(app.url("/organisation"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains(&tr.t("organisation-waiting")));
    assert!(html.contains(&manager_email));
    assert!(html.contains("/organisation/api-keys"));
}

#[tokio::test]
async fn invitations_refuse_another_address_a_traveler_expiry_and_reuse_changing_nothing() {
    let app = spawn_app().await;
    let admin = app.staff(Role::Admin, None).await;
    let (id, _, manager) = approved(&app, &admin, "Transportes Dos").await;
    let tr = garita::i18n::Tr::new(app.state.catalogs.clone(), 0);

    // Opened by someone signed in with another address: refused, without naming it.
    let invited = unique("invited");
    let token = invite(&app, &manager, &invited, "member").await;
    let expiring = invite(&app, &manager, &unique("late"), "member").await;
    let other = app
        .staff_browser(Role::Officer, Some("san-ysidro"), "/")
        .await;
    let page = other
        .get(app.url(&format!("/invitations/{token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 409);
    let html = page.text().await.unwrap();
    assert!(html.contains(&tr.t("error-invitation-other-address-title")));
    assert!(
        !html.contains(&invited),
        "the invited address is not revealed"
    );
    let csrf = app.form_token(&other, "/account/password").await;
    let res = other
        .post(app.url(&format!("/invitations/{token}")))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    let grants_on = format!("SELECT COUNT(*) FROM grants WHERE organisation_id = {id}");
    assert_eq!(count_where(&app, &grants_on).await, 1, "only the manager");

    // Used once: a second use is refused.
    let invited = unique("again");
    let token = invite(&app, &manager, &invited, "member").await;
    assert_eq!(accept_as_newcomer(&app, &token).await.0, 303);
    let (status, html) = accept_as_newcomer(&app, &token).await;
    assert_eq!(status, 409);
    assert!(html.contains(&tr.t("error-invitation-used-title")));
    assert_eq!(count_where(&app, &grants_on).await, 2);

    // A traveler's address: the traveler cannot take a staff grant.
    let (traveler_email, _) = app.traveler().await;
    let token = invite(&app, &manager, &traveler_email, "member").await;
    let b = app.browser();
    let csrf = app.form_token(&b, "/login").await;
    b.post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", &traveler_email),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    let page = b
        .get(app.url(&format!("/invitations/{token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 409);
    assert!(page
        .text()
        .await
        .unwrap()
        .contains(&tr.t("error-invitation-traveler-account-title")));
    assert_eq!(count_where(&app, &grants_on).await, 2);

    // Withdrawn by the manager: the link no longer works.
    let invited = unique("withdrawn");
    let token = invite(&app, &manager, &invited, "manager").await;
    let list: Value = app
        .get_json("/api/v1/organisation/invitations", Some(&manager))
        .await
        .json()
        .await
        .unwrap();
    let pending = list["invitations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["email"] == invited.as_str())
        .unwrap();
    assert_eq!(pending["status"], "pending");
    let res = app
        .api
        .delete(app.url(&format!(
            "/api/v1/organisation/invitations/{}",
            pending["id"]
        )))
        .bearer_auth(&manager)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    assert_eq!(accept_as_newcomer(&app, &token).await.0, 409);

    // Expired after 7 days: refused, no account made.
    let accounts = app.count("accounts").await;
    app.clock
        .advance(chrono::Duration::days(7) + chrono::Duration::seconds(1));
    let (status, html) = accept_as_newcomer(&app, &expiring).await;
    assert_eq!(status, 409);
    assert!(html.contains(&tr.t("error-invitation-expired-title")));
    assert_eq!(app.count("accounts").await, accounts);
}

#[tokio::test]
async fn of_two_accepts_at_once_one_wins() {
    let app = spawn_app().await;
    let admin = app.staff(Role::Admin, None).await;
    let (id, _, manager) = approved(&app, &admin, "Transportes Tres").await;
    // An existing staff account (no grant yet) accepts twice at the same time.
    let (email, _) = staff_with(&app, &[]).await;
    let token = invite(&app, &manager, &email, "member").await;
    let account_id = account_id(&app, &email).await;
    let account =
        garita::http::session::account(&app.state, account_id, "staff", None, String::new())
            .await
            .unwrap();
    let ip: std::net::IpAddr = [127, 0, 0, 1].into();
    let (a, b) = tokio::join!(
        garita::organisations::invitations::accept(&app.state, &account, &token, ip),
        garita::organisations::invitations::accept(&app.state, &account, &token, ip),
    );
    assert_eq!(
        [a.is_ok(), b.is_ok()].iter().filter(|ok| **ok).count(),
        1,
        "exactly one accept wins"
    );
    let loser = a.err().or(b.err()).unwrap();
    assert_eq!(loser.code(), "invitation-used");
    let grants = format!(
        "SELECT COUNT(*) FROM grants WHERE organisation_id = {id} AND account_id = {account_id}"
    );
    assert_eq!(count_where(&app, &grants).await, 1);

    // Two newcomers' accepts of one link at once: one account, one grant.
    let newcomer = unique("racer");
    let token = invite(&app, &manager, &newcomer, "member").await;
    let (x, y) = tokio::join!(
        garita::organisations::invitations::accept_with_new_account(
            &app.state, &token, PASSWORD, "en", ip
        ),
        garita::organisations::invitations::accept_with_new_account(
            &app.state, &token, PASSWORD, "en", ip
        ),
    );
    assert_eq!([x.is_ok(), y.is_ok()].iter().filter(|ok| **ok).count(), 1);
    let all = format!("SELECT COUNT(*) FROM grants WHERE organisation_id = {id}");
    assert_eq!(count_where(&app, &all).await, 3);
}

#[tokio::test]
async fn a_removed_member_loses_access_at_once_and_the_last_manager_stays() {
    let app = spawn_app().await;
    let admin = app.staff(Role::Admin, None).await;
    let (id, manager_email, manager) = approved(&app, &admin, "Transportes Cuatro").await;
    let (_, other_manager) = {
        let (other, _, m) = approved(&app, &admin, "Transportes Cinco").await;
        (other, m)
    };
    let (member_email, member) = staff_with(&app, &[on(Role::OrganisationMember, id)]).await;
    let member_id = account_id(&app, &member_email).await;
    let manager_id = account_id(&app, &manager_email).await;
    assert_eq!(
        app.get_json("/api/v1/organisation/members", Some(&member))
            .await
            .status(),
        200
    );

    // Another organisation's manager cannot touch this one's people.
    let delete = |token: String, who: i64| {
        let app = &app;
        async move {
            app.api
                .delete(app.url(&format!("/api/v1/organisation/members/{who}")))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(delete(other_manager.clone(), member_id).await.status(), 404);

    // The last manager can neither leave nor step down.
    assert_eq!(
        problem(delete(manager.clone(), manager_id).await).await,
        (409, "organisation-last-manager".into())
    );
    let res = app
        .api
        .patch(app.url(&format!("/api/v1/organisation/members/{manager_id}")))
        .bearer_auth(&manager)
        .json(&json!({"role": "organisation_member"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        problem(res).await,
        (409, "organisation-last-manager".into())
    );

    // Promoted, then removed: the member's next request is refused, the grant gone.
    let res = app
        .api
        .patch(app.url(&format!("/api/v1/organisation/members/{member_id}")))
        .bearer_auth(&manager)
        .json(&json!({"role": "organisation_manager"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    assert_eq!(
        app.get_json("/api/v1/organisation/invitations", Some(&member))
            .await
            .status(),
        200,
        "a manager now"
    );
    assert_eq!(delete(manager.clone(), member_id).await.status(), 204);
    let res = app
        .get_json("/api/v1/organisation/members", Some(&member))
        .await;
    assert_eq!(res.status(), 401, "no grant left: signed out");
    let left = format!("SELECT COUNT(*) FROM grants WHERE account_id = {member_id}");
    assert_eq!(count_where(&app, &left).await, 0);
    assert_eq!(
        count_where(
            &app,
            &format!("SELECT COUNT(*) FROM sessions WHERE account_id = {member_id}")
        )
        .await,
        0
    );
}

#[tokio::test]
async fn identifiers_are_checked_by_the_format_of_each_kind() {
    let app = spawn_app().await;
    for (kind, identifier, code) in [
        ("customs_broker", "AB", Some("invalid-filer-code")),
        ("customs_broker", "", Some("required")),
        ("airline", "44", Some("invalid-airline-code")),
        ("airline", "AMX", Some("invalid-airline-code")),
        ("carrier", "ABCDE", Some("invalid-carrier-code")),
        ("bus_line", "123456789", Some("invalid-carrier-code")),
        ("airline", "y4", None),
        ("bus_line", "dot 1234567", None),
        ("aid_organisation", "", None),
    ] {
        let res = app
            .post_json(
                "/api/v1/organisations",
                None,
                &json!({"legal_name": "Ejemplo", "kind": kind, "country": "MX", "identifier": identifier,
                        "email": unique("id"), "password": PASSWORD}),
            )
            .await;
        match code {
            Some(code) => {
                assert_eq!(res.status(), 422, "{kind} {identifier}");
                let body: Value = res.json().await.unwrap();
                assert_eq!(body["errors"][0]["field"], "identifier");
                assert_eq!(body["errors"][0]["code"], code, "{kind} {identifier}");
            }
            None => assert_eq!(res.status(), 202, "{kind} {identifier}"),
        }
    }
    assert_eq!(app.count("organisations").await, 3, "only the valid ones");
    let stored: Vec<String> = sqlx::query_scalar(
        "SELECT identifier FROM organisations WHERE identifier IS NOT NULL ORDER BY id",
    )
    .fetch_all(&app.state.db.read)
    .await
    .unwrap();
    assert_eq!(stored, vec!["Y4".to_string(), "USDOT 1234567".into()]);
    // An unknown country, kind and an empty name are reported together.
    let res = app
        .post_json(
            "/api/v1/organisations",
            None,
            &json!({"legal_name": "", "kind": "pirates", "country": "ZZ", "email": "x", "password": "short"}),
        )
        .await;
    let body: Value = res.json().await.unwrap();
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        ["legal_name", "kind", "country", "email", "password"]
    );
}

#[tokio::test]
async fn registering_with_an_address_that_has_an_account_answers_the_same_and_makes_nothing() {
    let app = spawn_app().await;
    let (email, _) = app.traveler().await;
    let res = app
        .post_json(
            "/api/v1/organisations",
            None,
            &json!({"legal_name": "Ejemplo", "kind": "airline", "country": "MX", "identifier": "AM",
                    "email": email, "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 202);
    assert_eq!(app.count("organisations").await, 0);
    let told = count_where(
        &app,
        &format!(
            "SELECT COUNT(*) FROM notifications WHERE kind = 'registration-existing' AND account_id = {}",
            account_id(&app, &email).await
        ),
    )
    .await;
    assert_eq!(told, 1);
}

#[tokio::test]
async fn a_staff_invitation_on_an_unknown_place_writes_nothing_and_a_known_one_gives_the_grant() {
    let app = spawn_app().await;
    let admin = app.staff(Role::Admin, None).await;
    let (invitations, notifications) = (
        app.count("invitations").await,
        app.count("notifications").await,
    );
    let email = unique("officer");
    let res = app
        .post_json(
            "/api/v1/admin/staff/invitations",
            Some(&admin),
            &json!({"email": email, "role": "officer", "location": "atlantis"}),
        )
        .await;
    assert_eq!(res.status(), 422);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["errors"][0]["field"], "scope");
    assert_eq!(body["errors"][0]["code"], "unknown-scope");
    assert_eq!(app.count("invitations").await, invitations);
    assert_eq!(app.count("notifications").await, notifications);
    // An organisation's role is not given here.
    let res = app
        .post_json(
            "/api/v1/admin/staff/invitations",
            Some(&admin),
            &json!({"email": email, "role": "organisation_member", "organisation": 1}),
        )
        .await;
    assert_eq!(res.status(), 422);
    // `1.0` is the same integer to JSON Schema (schemathesis sends it): the same answer, not a
    // 400 for malformed JSON.
    let res = app
        .post_json(
            "/api/v1/admin/staff/invitations",
            Some(&admin),
            &json!({"email": email, "role": "organisation_member", "organisation": 1.0}),
        )
        .await;
    assert_eq!(res.status(), 422);
    let res = app
        .post_json(
            "/api/v1/admin/staff/invitations",
            Some(&admin),
            &json!({"email": email, "role": "organisation_member", "organisation": 1.5}),
        )
        .await;
    assert_eq!(res.status(), 400);

    let res = app
        .post_json(
            "/api/v1/admin/staff/invitations",
            Some(&admin),
            &json!({"email": email, "role": "officer", "location": "san-ysidro"}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let token = token_of(&invitation_link(&app, &email).await).to_string();
    assert_eq!(accept_as_newcomer(&app, &token).await.0, 303);
    let officer = sign_in(&app, &email).await;
    assert_eq!(
        app.get_json(
            "/api/v1/console/appointments?port=san-ysidro",
            Some(&officer)
        )
        .await
        .status(),
        200
    );
    let staff: Value = app
        .get_json("/api/v1/admin/staff", Some(&admin))
        .await
        .json()
        .await
        .unwrap();
    let line = staff["staff"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["email"] == email.as_str())
        .expect("listed");
    assert_eq!(line["grants"][0]["role"], "officer");
    assert_eq!(line["grants"][0]["location"], "san-ysidro");
    let id = line["account_id"].as_i64().unwrap();
    let res = app
        .api
        .delete(app.url(&format!("/api/v1/admin/staff/{id}/grants")))
        .bearer_auth(&admin)
        .json(&json!({"role": "officer", "location": "san-ysidro"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    assert_eq!(
        app.get_json(
            "/api/v1/console/appointments?port=san-ysidro",
            Some(&officer)
        )
        .await
        .status(),
        401,
        "no grant left: signed out"
    );
}

/// A bus line's people find their manifests from the organisation page; a partner agency's
/// people see no such link.
#[tokio::test]
async fn the_organisation_page_links_a_bus_line_to_its_manifests_and_nobody_else() {
    use garita_domain::organisations::OrganisationKind;
    use garita_domain::status::OrganisationStatus;
    let app = spawn_app().await;
    let tr = garita::i18n::Tr::new(app.state.catalogs.clone(), 0);
    let label = tr.t("bus-manifest-organisation-link");
    let bus = app
        .organisation(
            "Autobuses del Norte",
            OrganisationKind::BusLine,
            OrganisationStatus::Approved,
        )
        .await;
    let agency = app
        .organisation(
            "Instituto de Migración",
            OrganisationKind::PartnerAgency,
            OrganisationStatus::Approved,
        )
        .await;
    for (org, linked) in [(bus, true), (agency, false)] {
        let b = app
            .staff_browser(
                Role::OrganisationMember,
                Some(&org.to_string()),
                "/organisation",
            )
            .await;
        let page = b.get(app.url("/organisation")).send().await.unwrap();
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert_eq!(
            html.contains("href=\"/bus-manifests\""),
            linked,
            "organisation {org}: {html}"
        );
        assert_eq!(html.contains(&label), linked);
    }
}
