//! Key versions and `garita key rotate`: values sealed under an older key (in the format before
//! key ids and in the new one) open through a keyring, one run re-seals every sealed column
//! under the current key, a second run changes nothing, and the older key can then go.

use crate::common;

use std::collections::BTreeMap;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use chrono::NaiveDate;
use common::{spawn_with, TestApp};
use garita::config::MasterKey;
use garita::storage::rotate::{rotate, SealedColumn, SEALED_COLUMNS};
use garita::storage::vault::{sealed_by, KeyId, Keyring, SealedBy, Unsealable, Vault};
use garita::storage::Db;
use garita_domain::roles::Role;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

/// A vault sealing under `current`, opening `older` too, with the lookups of the deployment's
/// first key `lookup`.
fn vault(current: &MasterKey, older: &[MasterKey], lookup: &MasterKey) -> Vault {
    Vault::with_keyring(Keyring {
        current,
        older,
        lookup,
    })
    .unwrap()
}

/// The format Garita sealed in before key ids (nonce ‖ ciphertext and tag), written here from
/// its definition rather than with the vault, as an existing database holds it.
fn seal_legacy(master: &MasterKey, row_id: &str, plain: &[u8]) -> Vec<u8> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&master.0).unwrap();
    mac.update(b"garita/seal/v1");
    let key: [u8; 32] = mac.finalize().into_bytes().into();
    let mut nonce = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let mut out = nonce.to_vec();
    out.extend(
        Aes256Gcm::new((&key).into())
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: plain,
                    aad: row_id.as_bytes(),
                },
            )
            .unwrap(),
    );
    out
}

/// One stored sealed value: its row, its associated data and its bytes.
#[derive(sqlx::FromRow, Debug, Clone, PartialEq)]
struct Stored {
    key: String,
    aad_basis: String,
    sealed: Vec<u8>,
}

impl Stored {
    fn row_id(&self, c: &SealedColumn) -> String {
        format!("{}{}", c.aad_prefix, self.aad_basis)
    }
}

async fn stored(db: &Db, c: &SealedColumn) -> Vec<Stored> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT CAST({key} AS TEXT) AS key, CAST({aad} AS TEXT) AS aad_basis, {col} AS sealed FROM {table} WHERE {col} IS NOT NULL ORDER BY {key}",
        key = c.key,
        aad = c.aad_column,
        col = c.column,
        table = c.table
    )))
    .fetch_all(&db.read)
    .await
    .unwrap()
}

async fn overwrite(db: &Db, c: &SealedColumn, key: &str, sealed: Vec<u8>) {
    let done = sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE {table} SET {col} = $1 WHERE CAST({key} AS TEXT) = $2",
        table = c.table,
        col = c.column,
        key = c.key
    )))
    .bind(sealed)
    .bind(key.to_string())
    .execute(&db.write)
    .await
    .unwrap();
    assert_eq!(done.rows_affected(), 1);
}

/// Everything sealed, as `vault` opens it: (table, row) → plaintext.
async fn opened(db: &Db, vault: &Vault) -> BTreeMap<(&'static str, String), Vec<u8>> {
    let mut out = BTreeMap::new();
    for c in SEALED_COLUMNS {
        for s in stored(db, c).await {
            let plain = vault
                .open(&s.row_id(c), &s.sealed)
                .unwrap_or_else(|e| panic!("{}.{} row {}: {e}", c.table, c.column, s.key));
            out.insert((c.table, s.key), plain);
        }
    }
    out
}

/// Everything stored, byte for byte.
async fn snapshot(db: &Db) -> Vec<Vec<Stored>> {
    let mut out = Vec::new();
    for c in SEALED_COLUMNS {
        out.push(stored(db, c).await);
    }
    out
}

/// Each traveler: an account event in the outbox (its link sealed), its rendered body, and a
/// phone number for SMS, sealed as `notifications` seals them.
async fn notifications_of_travelers(app: &TestApp) {
    let ids: Vec<(i64,)> = sqlx::query_as("SELECT id FROM accounts WHERE kind = $1")
        .bind("traveler")
        .fetch_all(&app.state.db.read)
        .await
        .unwrap();
    let now = app.now().timestamp();
    for (account,) in ids {
        let mut tx = app.state.db.begin().await.unwrap();
        let id = garita::notifications::enqueue_account_event(
            &mut tx,
            &app.state.vault,
            account,
            garita::notifications::AccountEvent::PasswordReset {
                link: format!("https://garita.example/reset/{account}"),
            },
            now,
        )
        .await
        .unwrap();
        let body = app
            .state
            .vault
            .seal(&format!("notification-body:{id}"), b"{}");
        sqlx::query("INSERT INTO notification_bodies (notification_id, sealed, created_at) VALUES ($1, $2, $3)")
            .bind(&id)
            .bind(body)
            .bind(now)
            .execute(&mut *tx)
            .await
            .unwrap();
        let number = app
            .state
            .vault
            .seal(&format!("sms-number:{account}"), b"+525512345678");
        sqlx::query("INSERT INTO sms_numbers (account_id, sealed, fingerprint, created_at) VALUES ($1, $2, $3, $4)")
            .bind(account)
            .bind(number)
            .bind(format!("fp-{account}"))
            .bind(now)
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
}

/// A service whose master key is `a`, with a row in every sealed column: accounts (two
/// travelers and an administrator), members, photos and two days' draw seeds. The service
/// seals in the new format under `a`; then every other value of each column is rewritten in
/// the format before key ids, as a database from before this change holds it.
async fn data_under(a: &MasterKey) -> TestApp {
    let app = spawn_with(|s| s.master_key = a.clone()).await;
    let rota = app.group(2, "Rota").await;
    let giro = app.group(1, "Giro").await;
    // Changes of e-mail under way: each token holds its new address, sealed.
    for (token, new) in [(&rota, "rota@example.net"), (&giro, "giro@example.net")] {
        let body = serde_json::json!({"password": common::PASSWORD, "new_email": new});
        let res = app
            .post_json("/api/v1/email-changes", Some(token), &body)
            .await;
        assert_eq!(res.status(), 202);
    }
    app.staff(Role::Admin, None).await;
    // Staff hold second factors (sealed): two rows, like every column here.
    app.staff(Role::Officer, Some("san-ysidro")).await;
    for day in ["2026-06-15", "2026-06-16"] {
        let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        garita::draw::ensure_commitment(&app.state, day)
            .await
            .unwrap();
    }
    notifications_of_travelers(&app).await;
    // Each group's request with its U.S. destination address (sealed, as policies seal it when
    // the policy asks for one).
    for token in [&rota, &giro] {
        let body = serde_json::json!({"ports": ["san-ysidro"],
            "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 50.0}});
        let res = app
            .post_json("/api/v1/appointment-requests", Some(token), &body)
            .await;
        assert!(res.status().is_success(), "{}", res.text().await.unwrap());
    }
    let requests: Vec<(String,)> = sqlx::query_as("SELECT id FROM appointment_requests")
        .fetch_all(&app.state.db.read)
        .await
        .unwrap();
    for (id,) in requests {
        let sealed = app
            .state
            .vault
            .seal(&format!("request-destination:{id}"), br#"{"state":"CA"}"#);
        sqlx::query("UPDATE appointment_requests SET destination_sealed = $1 WHERE id = $2")
            .bind(sealed)
            .bind(&id)
            .execute(&app.state.db.write)
            .await
            .unwrap();
    }
    // Each group applies for a provisional I-94 (each applicant sealed as i94 seals it).
    for (n, token) in [&rota, &giro].into_iter().enumerate() {
        let body = common::i94_submission(
            &app,
            vec![common::i94_applicant(
                "Rota",
                "Giro",
                &format!("G7654321{n}"),
            )],
        );
        let res = app
            .post_json("/api/v1/i94-applications", Some(token), &body)
            .await;
        assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    }
    // Two staff invitations, each address sealed as organisations::invitations seals it.
    for (n, address) in ["new.officer@example.org", "new.admin@example.org"]
        .iter()
        .enumerate()
    {
        let fingerprint = app.state.vault.fingerprint(address);
        let sealed = app.state.vault.seal(
            &format!("invitation-email:{fingerprint}"),
            address.as_bytes(),
        );
        sqlx::query(
            "INSERT INTO invitations (role, scope_kind, location_id, email_fingerprint, email_sealed, token_hash, created_at, expires_at)
             VALUES ('officer', 'location', 'san-ysidro', $1, $2, $3, 0, 1)",
        )
        .bind(&fingerprint)
        .bind(sealed)
        .bind(format!("token-{n}"))
        .execute(&app.state.db.write)
        .await
        .unwrap();
    }
    // Two Trusted Traveler memberships, each PASSID sealed as trusted_travelers imports it.
    let records: Vec<_> = ["100000001", "100000002"]
        .iter()
        .map(|p| {
            garita_domain::trusted_travelers::parse_record(
                "sentri",
                p,
                "1990-01-01",
                "pending_review",
                "",
                NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            )
            .unwrap()
        })
        .collect();
    garita::trusted_travelers::imports::import(
        &app.state,
        &records,
        "test",
        None,
        std::net::IpAddr::from([127, 0, 0, 1]),
    )
    .await
    .unwrap();
    // A bus line's manifest of two people, each sealed as bus_manifests seals it.
    let bus_line: i64 = sqlx::query_scalar(
        "INSERT INTO organisations (legal_name, kind, country, status, created_at)
         VALUES ('Autobuses Rota', 'bus_line', 'MX', 'approved', 0) RETURNING id",
    )
    .fetch_one(&app.state.db.write)
    .await
    .unwrap();
    let bus_token = app
        .staff(Role::OrganisationMember, Some(&bus_line.to_string()))
        .await;
    let traveler = |number: &str| {
        serde_json::json!({"role": "passenger", "family_name": "Rota", "given_names": "Ana",
            "date_of_birth": "1990-05-21", "sex": "F", "citizenship": "US", "residence_country": "US",
            "document_type": "passport", "document_number": number, "document_country": "US"})
    };
    let res = app
        .post_json(
            "/api/v1/bus-manifests",
            Some(&bus_token),
            &serde_json::json!({"trip": {"trip_number": "R-1", "origin_city": "Chihuahua",
                "port": "el-paso", "arrival_at": "2026-06-15T14:00", "plate": "R1", "plate_country": "MX"},
                "travelers": [traveler("R1"), traveler("R2")]}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    // Roster people (five, from the demo's signed roster).
    garita::rosters::demo::seed(&app.state).await.unwrap();
    // Agriculture: two cargo requests (contact), each with a message and an attachment, and
    // a traveler's airport request of two items (description, the specialist's note), each
    // sealed as `agriculture` seals it.
    let traveler_account: i64 =
        sqlx::query_scalar("SELECT id FROM accounts WHERE kind = 'traveler' ORDER BY id LIMIT 1")
            .fetch_one(&app.state.db.read)
            .await
            .unwrap();
    let vault = &app.state.vault;
    sqlx::query(
        "INSERT INTO airport_requests (id, account_id, location_id, flight, flight_date, status, created_at)
         VALUES ('air-1', $1, 'airport-iah', 'AM490', '2026-06-15', 'answered', 0)",
    )
    .bind(traveler_account)
    .execute(&app.state.db.write)
    .await
    .unwrap();
    for n in 1..=2i64 {
        let (id, message, item) = (
            format!("cargo-{n}"),
            format!("msg-{n}"),
            format!("item-{n}"),
        );
        sqlx::query(
            "INSERT INTO cargo_requests (id, organisation_id, location_id, status, window_start, window_end,
               hs_chapter, commodity, origin_country, quantity, unit, container_number, entry_number,
               temperature, contact_sealed, created_at, updated_at)
             VALUES ($1, $2, 'cargo-laredo-world-trade-bridge', 'requested', 0, 3600, '08', 'Mangoes', 'MX',
               1, 'kg', 'CSQU3054383', 'E-1', '10 C', $3, 0, 0)",
        )
        .bind(&id)
        .bind(bus_line)
        .bind(vault.seal(&format!("agriculture-contact:{id}"), b"Rosa, +52 867 555 0142"))
        .execute(&app.state.db.write)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO cargo_messages (id, request_id, side, body_sealed, attachment_type, attachment_size,
               attachment_sealed, created_at) VALUES ($1, $2, 'organisation', $3, 'application/pdf', 4, $4, 0)",
        )
        .bind(&message)
        .bind(&id)
        .bind(vault.seal(&format!("agriculture-message:{message}"), b"Certificate attached."))
        .bind(vault.seal(&format!("agriculture-attachment:{message}"), b"%PDF"))
        .execute(&app.state.db.write)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO airport_items (id, request_id, position, category, description_sealed, quantity,
               origin_country, answer, answer_note_sealed) VALUES ($1, 'air-1', $2, 'pet', $3, 1, 'MX', 'allowed', $4)",
        )
        .bind(&item)
        .bind(n)
        .bind(vault.seal(&format!("airport-item:{item}"), b"Dog"))
        .bind(vault.seal(&format!("airport-answer:{item}"), b"Bring the rabies certificate."))
        .execute(&app.state.db.write)
        .await
        .unwrap();
        let photo = format!("photo-{n}");
        sqlx::query(
            "INSERT INTO airport_item_photos (id, item_id, request_id, photo_sealed, size, created_at)
             VALUES ($1, $2, 'air-1', $3, 4, 0)",
        )
        .bind(&photo)
        .bind(&item)
        .bind(vault.seal(&format!("airport-item-photo:{photo}"), b"\xff\xd8\xff\xd9"))
        .execute(&app.state.db.write)
        .await
        .unwrap();
    }
    // Two parole beneficiaries' cases, each part sealed as travel_authorizations seals it.
    let key_id: i64 = sqlx::query_scalar(
        "INSERT INTO ata_agency_keys (label, public_key, created_at) VALUES ('test', 'k', 0) RETURNING id",
    )
    .fetch_one(&app.state.db.write)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO ata_imports (id, programme_id, key_id, file_sha256, rows_total, accepted, unchanged, refused, report, created_at)
         VALUES ('import-1', 'demo', $1, 'x', 2, 2, 0, 0, '', 0)",
    )
    .bind(key_id)
    .execute(&app.state.db.write)
    .await
    .unwrap();
    for n in 1..=2 {
        let id = format!("case-{n}");
        sqlx::query(
            "INSERT INTO ata_cases (id, programme_id, case_number, digest, sealed, nationality, status, import_id,
               biographic_sealed, passport_sealed, dob_fingerprint, photo_sealed, created_at, updated_at)
             VALUES ($1, 'demo', $2, 'd', $3, 'HT', 'submitted', 'import-1', $4, $5, 'f', $6, 0, 0)",
        )
        .bind(&id)
        .bind(format!("IOE09{n}"))
        .bind(vault.seal(&format!("ata-case:{id}"), b"{}"))
        .bind(vault.seal(&format!("ata-biographic:{id}"), b"{}"))
        .bind(vault.seal(&format!("ata-passport:{id}"), b"{}"))
        .bind(vault.seal(&format!("ata-photo:{id}"), b"jpeg"))
        .execute(&app.state.db.write)
        .await
        .unwrap();
    }
    let db = &app.state.db;
    for c in SEALED_COLUMNS {
        let rows = stored(db, c).await;
        assert!(rows.len() >= 2, "{} has {} rows", c.table, rows.len());
        for s in rows.iter().step_by(2) {
            let plain = app.state.vault.open(&s.row_id(c), &s.sealed).unwrap();
            overwrite(db, c, &s.key, seal_legacy(a, &s.row_id(c), &plain)).await;
        }
        let kinds: Vec<SealedBy> = stored(db, c)
            .await
            .iter()
            .map(|s| sealed_by(&s.sealed))
            .collect();
        assert!(kinds.contains(&SealedBy::Legacy), "{}: {kinds:?}", c.table);
        assert!(
            kinds.contains(&SealedBy::Key(KeyId::of(a))),
            "{}: {kinds:?}",
            c.table
        );
    }
    app
}

#[tokio::test]
async fn rotation_reseals_every_sealed_column_under_the_current_key_once() {
    let (a, b) = (MasterKey::random(), MasterKey::random());
    let app = data_under(&a).await;
    let db = &app.state.db;
    let before = opened(db, &Vault::new(&a)).await;
    assert!(before.keys().any(|(t, _)| *t == "draws"));

    // One traveler is already under B (written by a service that had B as its current key).
    let ring = vault(&b, std::slice::from_ref(&a), &a);
    let travelers = &SEALED_COLUMNS[1];
    assert_eq!(travelers.table, "travelers");
    let first = stored(db, travelers).await.remove(0);
    let plain = ring.open(&first.row_id(travelers), &first.sealed).unwrap();
    overwrite(
        db,
        travelers,
        &first.key,
        ring.seal(&first.row_id(travelers), &plain),
    )
    .await;

    // Through the keyring everything opens, whatever its format and key.
    assert_eq!(opened(db, &ring).await, before);

    let report = rotate(db, &ring, 2).await.unwrap();
    assert_eq!(report.key, KeyId::of(&b));
    for (c, r) in SEALED_COLUMNS.iter().zip(&report.columns) {
        let n = stored(db, c).await.len() as u64;
        let already = if c.table == "travelers" { 1 } else { 0 };
        assert_eq!((r.table, r.column), (c.table, c.column));
        assert_eq!(
            (r.resealed, r.current, r.changed_meanwhile),
            (n - already, already, 0),
            "{report}"
        );
        for s in stored(db, c).await {
            assert_eq!(
                sealed_by(&s.sealed),
                SealedBy::Key(KeyId::of(&b)),
                "{} {}",
                c.table,
                s.key
            );
        }
    }

    // A second run changes nothing, byte for byte.
    let after_first = snapshot(db).await;
    let again = rotate(db, &ring, 2).await.unwrap();
    assert_eq!(again.resealed(), 0, "{again}");
    assert_eq!(snapshot(db).await, after_first);

    // A is no longer needed to open anything; the lookups still come from the first key.
    let only_b = vault(&b, &[], &a);
    assert_eq!(opened(db, &only_b).await, before);
    assert!(matches!(
        Vault::new(&a).open("x", &only_b.seal("x", b"y")),
        Err(Unsealable::UnknownKey(k)) if k == KeyId::of(&b)
    ));
    garita::storage::rotate::check_lookup_key(db, &only_b)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_value_under_a_key_not_given_stops_the_rotation_naming_it_and_a_rerun_resumes() {
    let (a, b, c) = (
        MasterKey::random(),
        MasterKey::random(),
        MasterKey::random(),
    );
    let app = data_under(&a).await;
    let db = &app.state.db;
    let at = SEALED_COLUMNS
        .iter()
        .position(|c| c.table == "photos")
        .unwrap();
    let photos = &SEALED_COLUMNS[at];
    let photo = stored(db, photos).await.remove(0);
    let plain = Vault::new(&a)
        .open(&photo.row_id(photos), &photo.sealed)
        .unwrap();
    let under_c = vault(&c, &[], &a).seal(&photo.row_id(photos), &plain);
    overwrite(db, photos, &photo.key, under_c.clone()).await;

    let ring = vault(&b, std::slice::from_ref(&a), &a);
    let id_c = KeyId::of(&c).to_string();
    let err = ring.open(&photo.row_id(photos), &under_c).unwrap_err();
    assert!(err.to_string().contains(&id_c), "{err}");

    let err = format!("{:#}", rotate(db, &ring, 2).await.unwrap_err());
    assert!(err.contains(&id_c), "{err}");
    assert!(err.contains("photos.sealed"), "{err}");
    assert!(err.contains(&photo.key), "{err}");
    // The columns before it were finished; given C as well, a second run picks up from there.
    for s in stored(db, &SEALED_COLUMNS[0]).await {
        assert_eq!(sealed_by(&s.sealed), SealedBy::Key(KeyId::of(&b)));
    }
    let ring = vault(&b, &[a.clone(), c.clone()], &a);
    let report = rotate(db, &ring, 2).await.unwrap();
    assert_eq!(report.columns[0].resealed, 0, "{report}");
    assert!(report.columns[at].resealed > 0, "{report}");
    assert_eq!(
        opened(db, &vault(&b, &[], &a)).await[&("photos", photo.key)],
        plain
    );
}

#[tokio::test]
async fn rotation_refuses_a_lookup_key_that_did_not_make_the_stored_fingerprints() {
    let (a, b) = (MasterKey::random(), MasterKey::random());
    let app = data_under(&a).await;
    let before = snapshot(&app.state.db).await;
    // The secret key file changed to B, and nothing says A made the fingerprints.
    let err = rotate(&app.state.db, &vault(&b, std::slice::from_ref(&a), &b), 10)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("lookup key"), "{err:#}");
    assert_eq!(snapshot(&app.state.db).await, before);
}

#[tokio::test]
async fn every_binary_column_of_the_schema_is_a_sealed_column_the_rotation_knows() {
    let app = spawn_with(|_| {}).await;
    let mut binary: Vec<(String, String)> = Vec::new();
    for t in garita::storage::copy::tables() {
        let sql = if common::engine() == "postgres" {
            format!("SELECT CAST(column_name AS TEXT) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{t}' AND data_type = 'bytea'")
        } else {
            format!("SELECT name FROM pragma_table_info('{t}') WHERE upper(type) = 'BLOB'")
        };
        let columns: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .fetch_all(&app.state.db.read)
            .await
            .unwrap();
        binary.extend(columns.into_iter().map(|(c,)| (t.clone(), c)));
    }
    binary.sort();
    let mut known: Vec<(String, String)> = SEALED_COLUMNS
        .iter()
        .map(|c| (c.table.to_string(), c.column.to_string()))
        .collect();
    known.sort();
    assert_eq!(binary, known);
}

#[tokio::test]
async fn the_key_rotate_command_reseals_once_and_the_service_then_runs_on_the_new_key() {
    let app = common::spawn_app().await;
    app.group(2, "Llave").await;
    let old = hex::encode(app.state.settings.master_key.0);
    let new = hex::encode(garita::config::MasterKey::random().0);
    let dir = std::env::temp_dir().join(format!(
        "garita-key-{}",
        &garita::storage::vault::random_id()[..8]
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let lookup = dir.join("original.key");
    std::fs::write(&lookup, &old).unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec![
            "key",
            "rotate",
            "--database",
            &app.db_url,
            "--secret-key",
            &new,
            "--lookup-key-file",
            lookup.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        std::process::Command::new(env!("CARGO_BIN_EXE_garita"))
            .args(&args)
            .env("GARITA_LOG", "warn")
            .output()
            .unwrap()
    };
    // Without the old key, nothing sealed under it can be opened: refused, naming the key.
    let refused = run(&[]);
    assert!(!refused.status.success());
    let first = run(&["--old-secret-keys", &old]);
    let out = String::from_utf8_lossy(&first.stdout);
    assert!(
        first.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(out.contains("travelers.sealed: 2 re-sealed"), "{out}");
    let again = run(&["--old-secret-keys", &old]);
    let out = String::from_utf8_lossy(&again.stdout);
    assert!(out.contains("re-sealed 0 values"), "{out}");
    // A service on the new key, with the original key for lookups, reads every member.
    let mut settings = garita::config::Settings::for_local(
        app.db_url.clone(),
        garita::config::MasterKey::from_hex(&new).unwrap(),
    );
    settings.lookup_key = Some(garita::config::MasterKey::from_hex(&old).unwrap());
    let state = garita::state::AppState::build(settings).await.unwrap();
    let account: (i64,) = sqlx::query_as("SELECT MIN(id) FROM accounts")
        .fetch_one(&state.db.read)
        .await
        .unwrap();
    let members = garita::travelers::list(&state, account.0).await.unwrap();
    assert_eq!(members.len(), 2);
    assert!(members[0].full_name.starts_with("Llave"));
    let _ = std::fs::remove_dir_all(dir);
}
