//! Roles as grants, over real HTTP and storage: what a grant must be (its scope of the kind the
//! role takes, and existing), a grant taken away ending access on the next request (the
//! session cache notwithstanding), an officer at two ports acting at both and no third.

use crate::common;

use common::{spawn_app, TestApp, PASSWORD};
use garita_domain::roles::{Grant, Programme, Role, Scope};
use garita_domain::validation::Problem;

/// A staff account with `grants`, signed in with its code: (id, bearer token).
async fn staff_with(app: &TestApp, grants: &[Grant]) -> (i64, String) {
    let (id, email, secret) = app.staff_account(grants).await;
    (id, app.login_with_code(&email, PASSWORD, &secret).await)
}

fn officer_at(port: &str) -> Grant {
    Grant {
        role: Role::Officer,
        scope: Scope::Location(port.to_string()),
    }
}

async fn day_list(app: &TestApp, token: &str, port: &str) -> u16 {
    app.get_json(
        &format!("/api/v1/console/appointments?port={port}"),
        Some(token),
    )
    .await
    .status()
    .as_u16()
}

async fn give(
    app: &TestApp,
    account: i64,
    grant: &Grant,
) -> Result<(), garita::http::errors::Error> {
    let mut tx = app.state.db.begin().await.unwrap();
    garita::grants::give(&mut tx, &app.state, account, grant, None).await?;
    tx.commit().await.unwrap();
    Ok(())
}

fn field_problem(e: garita::http::errors::Error) -> (&'static str, Problem) {
    match e {
        garita::http::errors::Error::Invalid(i) => (i.0[0].field, i.0[0].problem.clone()),
        other => panic!("expected a field error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_grant_needs_the_scope_its_role_takes_and_that_scope_must_exist() {
    let app = spawn_app().await;
    let (id, _) = staff_with(&app, &[officer_at("san-ysidro")]).await;
    let before = app.count("grants").await;

    // An officer on a programme, an admin on a place: the wrong kind of scope.
    let wrong = Grant {
        role: Role::Officer,
        scope: Scope::Programme(Programme::ParoleTravel),
    };
    assert_eq!(
        field_problem(give(&app, id, &wrong).await.unwrap_err()),
        ("scope", Problem::GrantScopeMismatch)
    );
    // A place that does not exist, an organisation that does not exist.
    assert_eq!(
        field_problem(give(&app, id, &officer_at("atlantis")).await.unwrap_err()),
        ("scope", Problem::UnknownScope)
    );
    let ghost = Grant {
        role: Role::OrganisationMember,
        scope: Scope::Organisation(987_654),
    };
    assert_eq!(
        field_problem(give(&app, id, &ghost).await.unwrap_err()),
        ("scope", Problem::UnknownScope)
    );
    // A traveler's account takes no grant.
    let (traveler_email, _) = app.traveler().await;
    let fp = app.state.vault.fingerprint(&traveler_email);
    let traveler_id: i64 =
        sqlx::query_scalar("SELECT id FROM accounts WHERE email_fingerprint = $1")
            .bind(fp)
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    assert_eq!(
        field_problem(
            give(&app, traveler_id, &officer_at("nogales"))
                .await
                .unwrap_err()
        ),
        ("account", Problem::UnknownChoice)
    );
    assert_eq!(app.count("grants").await, before, "nothing was written");

    // The same grant twice is one grant.
    give(&app, id, &officer_at("nogales")).await.unwrap();
    give(&app, id, &officer_at("nogales")).await.unwrap();
    assert_eq!(app.count("grants").await, before + 1);
}

#[tokio::test]
async fn an_officer_at_two_ports_acts_at_both_and_at_no_third() {
    let app = spawn_app().await;
    let (_, token) = staff_with(&app, &[officer_at("san-ysidro"), officer_at("nogales")]).await;
    assert_eq!(day_list(&app, &token, "san-ysidro").await, 200);
    assert_eq!(day_list(&app, &token, "nogales").await, 200);
    assert_eq!(day_list(&app, &token, "el-paso").await, 404);
    // Without naming a port, the first port granted.
    let res = app
        .get_json("/api/v1/console/appointments", Some(&token))
        .await;
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn a_grant_taken_away_ends_access_on_the_next_request() {
    let app = spawn_app().await;
    let (id, token) = staff_with(&app, &[officer_at("san-ysidro"), officer_at("nogales")]).await;
    // Warm the session cache with both grants.
    assert_eq!(day_list(&app, &token, "nogales").await, 200);

    let mut tx = app.state.db.begin().await.unwrap();
    let held = garita::grants::take(&mut tx, &app.state, id, &officer_at("nogales"))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(held);
    garita::grants::forget_cached(&app.state, id);
    assert_eq!(
        day_list(&app, &token, "nogales").await,
        404,
        "the port is gone"
    );
    assert_eq!(
        day_list(&app, &token, "san-ysidro").await,
        200,
        "the other stays"
    );

    let mut tx = app.state.db.begin().await.unwrap();
    garita::grants::take(&mut tx, &app.state, id, &officer_at("san-ysidro"))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    garita::grants::forget_cached(&app.state, id);
    assert_eq!(
        day_list(&app, &token, "san-ysidro").await,
        403,
        "no grant left"
    );
    // Taking what is not held says so.
    let mut tx = app.state.db.begin().await.unwrap();
    assert!(
        !garita::grants::take(&mut tx, &app.state, id, &officer_at("san-ysidro"))
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn officers_and_admins_from_before_grants_keep_what_they_could_do() {
    // The demo's and the tests' officers are made through grants now; the migration turned
    // each earlier officer's port and each admin into a grant. Both answer as before.
    let app = spawn_app().await;
    let officer = app.staff(Role::Officer, Some("laredo")).await;
    let admin = app.staff(Role::Admin, None).await;
    assert_eq!(day_list(&app, &officer, "laredo").await, 200);
    assert_eq!(day_list(&app, &officer, "hidalgo").await, 404);
    assert_eq!(day_list(&app, &admin, "hidalgo").await, 200);
    let (_, traveler) = app.traveler().await;
    assert_eq!(day_list(&app, &traveler, "laredo").await, 403);
}

#[tokio::test]
async fn the_migration_turns_ports_and_admins_into_grants_and_keeps_every_row() {
    let (url, file) = common::fresh_database().await;
    let db = garita::storage::Db::connect(&url).await.unwrap();
    db.migrate_to(10).await.unwrap();
    sqlx::query("INSERT INTO ports (id, name, time_zone, latitude, longitude, daily_capacity, definition) VALUES ('p1', 'P', 'America/Chicago', 0, 0, 10, '{}')")
        .execute(&db.write)
        .await
        .unwrap();
    for (id, role, port) in [
        (1_i64, "traveler", None),
        (2, "officer", Some("p1")),
        (3, "admin", None),
    ] {
        sqlx::query("INSERT INTO accounts (id, email_fingerprint, email_sealed, password_hash, role, port_id, created_at) VALUES ($1, $2, $3, 'x', $4, $5, 100)")
            .bind(id)
            .bind(format!("fp{id}"))
            .bind(vec![0u8; 4])
            .bind(role)
            .bind(port)
            .execute(&db.write)
            .await
            .unwrap();
        sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at) VALUES ($1, $2, 1, 1)")
            .bind(format!("t{id}"))
            .bind(id)
            .execute(&db.write)
            .await
            .unwrap();
    }
    sqlx::query("INSERT INTO travelers (id, account_id, is_holder, sealed, created_at, updated_at) VALUES ('m1', 1, 1, $1, 1, 1)")
        .bind(vec![0u8; 4])
        .execute(&db.write)
        .await
        .unwrap();

    db.migrate().await.unwrap();

    #[derive(sqlx::FromRow, Debug, PartialEq)]
    struct Row {
        account_id: i64,
        role: String,
        scope_kind: String,
        location_id: Option<String>,
    }
    let grants: Vec<Row> = sqlx::query_as(
        "SELECT account_id, role, scope_kind, location_id FROM grants ORDER BY account_id",
    )
    .fetch_all(&db.read)
    .await
    .unwrap();
    assert_eq!(
        grants,
        vec![
            Row {
                account_id: 2,
                role: "officer".into(),
                scope_kind: "location".into(),
                location_id: Some("p1".into())
            },
            Row {
                account_id: 3,
                role: "admin".into(),
                scope_kind: "platform".into(),
                location_id: None
            },
        ]
    );
    let kinds: Vec<String> = sqlx::query_scalar("SELECT kind FROM accounts ORDER BY id")
        .fetch_all(&db.read)
        .await
        .unwrap();
    assert_eq!(kinds, ["traveler", "staff", "staff"]);
    // Rebuilding the table cascaded nothing: every session and member is still there.
    let count = |t: &'static str| {
        let db = &db;
        async move {
            sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {t}")))
                .fetch_one(&db.read)
                .await
                .unwrap()
        }
    };
    assert_eq!(count("sessions").await, 3);
    assert_eq!(count("travelers").await, 1);
    // And the references still hold: a session of no account is refused, deleting an account
    // still takes its rows with it.
    assert!(sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at) VALUES ('t9', 99, 1, 1)")
        .execute(&db.write)
        .await
        .is_err());
    sqlx::query("DELETE FROM accounts WHERE id = 1")
        .execute(&db.write)
        .await
        .unwrap();
    assert_eq!(count("travelers").await, 0);
    assert_eq!(count("sessions").await, 2);
    // A kind other than traveler or staff is refused.
    assert!(
        sqlx::query("UPDATE accounts SET kind = 'officer' WHERE id = 2")
            .execute(&db.write)
            .await
            .is_err()
    );
    db.close().await;
    if let Some(f) = file {
        let _ = std::fs::remove_file(f);
    }
}
