//! Demo data a newcomer can click through: one admin, one officer per port and a few traveler
//! families. Each start with `--demo` sets fresh random passwords and prints them once.

use garita_domain::accounts::{Email, Password};
use garita_domain::roles::{AccountKind, Grant, Role, Scope};
use garita_domain::status::{AppointmentStatus, RequestStatus};
use garita_domain::travelers::MemberInput;
use garita_domain::wait_times::{LaneKind, Status as WaitStatus};
use rand::Rng;

use crate::http::errors::Error;
use crate::state::AppState;

pub struct DemoAccount {
    pub email: String,
    pub password: String,
    /// What the account is, in one word: `traveler`, or the first role it is granted.
    pub role: &'static str,
    pub port: Option<String>,
    /// A confirmed appointment (the next slot that has not begun), for trying the port console.
    pub seated: Option<Seated>,
    /// Staff: the `otpauth://` URI of the second factor set up for them (new at each start).
    pub otpauth: Option<String>,
}

/// María's confirmed appointment: where, when (the port's local day and time) and the pass codes.
pub struct Seated {
    pub port: String,
    pub day: chrono::NaiveDate,
    pub start_time: String,
    pub passes: Vec<String>,
}

fn password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::thread_rng();
    let body: String = (0..16)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect();
    format!("demo-{}-{}", &body[..8], &body[8..])
}

fn member(name: &str, dob: &str, country: &str, lang: &str) -> MemberInput {
    MemberInput {
        full_name: name.into(),
        date_of_birth: dob.into(),
        citizenship: country.into(),
        language: lang.into(),
        ..Default::default()
    }
}

/// Creates the demo accounts if missing and resets their passwords.
pub async fn load(app: &AppState) -> anyhow::Result<Vec<DemoAccount>> {
    let staff = |role: Role, scope: Scope| vec![Grant { role, scope }];
    let mut wanted: Vec<(String, AccountKind, Vec<Grant>, Option<&str>)> = vec![(
        "admin@garita.test".into(),
        AccountKind::Staff,
        staff(Role::Admin, Scope::Platform),
        Some("en"),
    )];
    for p in &app.ports {
        wanted.push((
            format!("officer.{}@garita.test", p.id),
            AccountKind::Staff,
            staff(Role::Officer, Scope::Location(p.id.clone())),
            Some("en"),
        ));
    }
    let families: Vec<(&str, &str, Vec<MemberInput>)> = vec![
        (
            "maria@garita.test",
            "es",
            vec![
                member("María Fernanda López", "1991-04-12", "HN", "es"),
                member("José López", "2015-09-03", "HN", "es"),
                member("Lucía López", "2019-01-22", "HN", "es"),
            ],
        ),
        (
            "jean@garita.test",
            "en",
            vec![
                member("Jean-Baptiste Pierre", "1987-07-30", "HT", "ht"),
                member("Nadège Pierre", "1990-11-05", "HT", "ht"),
            ],
        ),
        (
            "aziz@garita.test",
            "en",
            vec![member("Aziz Karimov", "1995-02-14", "UZ", "uz")],
        ),
    ];
    // One organisation of each kind, each with a manager and a member; one pending.
    for (email, grant) in crate::organisations::demo::organisations(app)
        .await
        .map_err(err)?
    {
        wanted.push((email, AccountKind::Staff, vec![grant], Some("en")));
    }
    wanted.extend(crate::trusted_travelers::demo::accounts());
    wanted.extend(crate::travel_authorizations::demo::accounts(app));
    wanted.extend(crate::i94::demo::accounts());
    wanted.extend(crate::agriculture::demo::accounts());
    wanted.extend(crate::consents::demo::accounts(app).await.map_err(err)?);
    wanted.extend(crate::rosters::demo::accounts(app).await.map_err(err)?);
    for (email, lang, _) in &families {
        wanted.push((
            email.to_string(),
            AccountKind::Traveler,
            Vec::new(),
            Some(lang),
        ));
    }

    let mut out = Vec::new();
    for (email, kind, grants, lang) in wanted {
        let password = password();
        let parsed_email =
            Email::parse(&email).map_err(|p| anyhow::anyhow!("demo e-mail {email}: {p}"))?;
        let parsed_password = Password::parse(&password, |_| false)
            .map_err(|p| anyhow::anyhow!("demo password: {p}"))?;
        let fingerprint = app.vault.fingerprint(parsed_email.as_str());
        let existing: Option<(i64,)> =
            sqlx::query_as("SELECT id FROM accounts WHERE email_fingerprint = $1")
                .bind(&fingerprint)
                .fetch_optional(&app.db.read)
                .await?;
        match existing {
            Some((id,)) => {
                let hash = crate::accounts::passwords::hash(&parsed_password)
                    .await
                    .map_err(err)?;
                sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
                    .bind(hash)
                    .bind(id)
                    .execute(&app.db.write)
                    .await?;
            }
            None => {
                let id = crate::accounts::create_account(
                    app,
                    &parsed_email,
                    &parsed_password,
                    kind,
                    &grants,
                    lang,
                )
                .await
                .map_err(err)?;
                if let Some((_, _, members)) = families.iter().find(|f| f.0 == email) {
                    for (i, m) in members.iter().enumerate() {
                        let t = crate::travelers::add(app, id, m, None, None)
                            .await
                            .map_err(err)?;
                        crate::photos::store(app, id, &t.id, placeholder_photo(i).into(), None)
                            .await
                            .map_err(err)?;
                    }
                }
            }
        }
        let mut seated = None;
        if email == "maria@garita.test" {
            seated = Some(seat_next(app, &parsed_email).await?);
            sent_notifications(app, &parsed_email).await?;
        }
        let otpauth = second_factor(app, &fingerprint, kind).await?;
        let role = match grants.first() {
            Some(g) => g.role.as_str(),
            None => kind.as_str(),
        };
        let port = grants
            .iter()
            .find(|g| g.role == Role::Officer)
            .and_then(|g| g.scope.location())
            .map(str::to_string);
        out.push(DemoAccount {
            email,
            password,
            role,
            port,
            seated,
            otpauth,
        });
    }
    week_of_wait_times(app).await?;
    crate::statistics::demo::seed(app).await.map_err(err)?;
    crate::locations::demo_edit(app).await.map_err(err)?;
    crate::trusted_travelers::demo::seed(app)
        .await
        .map_err(err)?;
    crate::bus_manifests::demo::seed(app).await.map_err(err)?;
    crate::travel_authorizations::demo::seed(app)
        .await
        .map_err(err)?;
    crate::i94::demo::seed(app).await.map_err(err)?;
    crate::agriculture::demo::seed(app).await.map_err(err)?;
    crate::consents::demo::seed(app).await.map_err(err)?;
    crate::rosters::demo::seed(app).await.map_err(err)?;
    Ok(out)
}

/// The lanes the demo reports on, at every port.
const DEMO_LANES: [LaneKind; 2] = [LaneKind::PedestrianStandard, LaneKind::PassengerStandard];

/// How long a demo lane's wait is at a local hour: long in the morning rush, shorter at
/// midday, short at night, plus some noise — so the week's chart has something to show.
fn demo_delay(lane: LaneKind, local_hour: u32, noise: i64) -> i64 {
    let base = match local_hour {
        5..=9 => 70,
        10..=13 => 45,
        14..=19 => 55,
        _ => 15,
    };
    let lane_factor = if lane == LaneKind::PassengerStandard {
        3
    } else {
        2
    };
    (base * lane_factor / 2 + noise).clamp(0, 1440)
}

/// A week of wait-time reports at every port, one every two hours per lane, so the ports'
/// charts show at once. Only the hours after the last report are added: starting the demo
/// again adds the missing ones, never a second copy.
async fn week_of_wait_times(app: &AppState) -> anyhow::Result<()> {
    let now = app.clock.timestamp();
    let step = 2 * 3600;
    let week_ago = now - 7 * 24 * 3600;
    let mut rng = rand::thread_rng();
    for port in app.ports.iter() {
        let zone = port
            .time_zone
            .parse::<chrono_tz::Tz>()
            .unwrap_or(chrono_tz::UTC);
        let latest: Option<i64> =
            sqlx::query_scalar("SELECT MAX(reported_at) FROM wait_time_reports WHERE port_id = $1")
                .bind(&port.id)
                .fetch_one(&app.db.read)
                .await?;
        // On the two-hour grid, so runs on different days line up.
        let first = latest.map_or(week_ago, |l| l + 1).max(week_ago);
        let mut t = first + (step - first.rem_euclid(step)) % step;
        let mut tx = app.db.begin().await?;
        while t <= now {
            let hour = chrono::DateTime::from_timestamp(t, 0)
                .map(|d| chrono::Timelike::hour(&d.with_timezone(&zone)))
                .unwrap_or(12);
            for lane in DEMO_LANES {
                let delay = demo_delay(lane, hour, rng.gen_range(-10..=10));
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO wait_time_reports (port_id, lane, status, lanes_open, delay_minutes, reported_by, reported_at)
                     VALUES ($1, $2, $3, $4, $5, NULL, $6) RETURNING id",
                )
                .bind(&port.id)
                .bind(lane.as_str())
                .bind(WaitStatus::Open.as_str())
                .bind(if (5..=19).contains(&hour) { 4_i64 } else { 2 })
                .bind(delay)
                .bind(t)
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO wait_time_latest (port_id, lane, report_id) VALUES ($1, $2, $3)
                     ON CONFLICT (port_id, lane) DO UPDATE SET report_id = excluded.report_id",
                )
                .bind(&port.id)
                .bind(lane.as_str())
                .bind(id)
                .execute(&mut *tx)
                .await?;
            }
            t += step;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// Staff must have a second factor: each start sets one up with a fresh secret and returns
/// its `otpauth://` URI (to add to an app, or for the browser tests to compute codes).
async fn second_factor(
    app: &AppState,
    fingerprint: &str,
    kind: AccountKind,
) -> anyhow::Result<Option<String>> {
    if !crate::accounts::second_factor::required(kind) {
        return Ok(None);
    }
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM accounts WHERE email_fingerprint = $1")
        .bind(fingerprint)
        .fetch_one(&app.db.read)
        .await?;
    let secret = crate::accounts::second_factor::enrol_now(app, id)
        .await
        .map_err(err)?;
    let uri = crate::accounts::second_factor::otpauth_uri(app, id, &secret)
        .await
        .map_err(err)?;
    Ok(Some(uri))
}

fn err(e: Error) -> anyhow::Error {
    anyhow::anyhow!("loading demo data: {e}")
}

/// A drawn stand-in for a member's photo (a head and shoulders on a plain background), so demo
/// families can ask for an appointment at once. Real travelers take a live photo.
pub(crate) fn placeholder_photo(variant: usize) -> Vec<u8> {
    let backgrounds = [[214, 228, 240], [236, 222, 206], [220, 236, 218]];
    let skin = [[141, 85, 36], [198, 134, 66], [96, 58, 28]];
    let bg = backgrounds[variant % backgrounds.len()];
    let face = skin[variant % skin.len()];
    let (w, h) = (240u32, 320u32);
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let (fx, fy) = (x as f64 - 120.0, y as f64 - 130.0);
        let head = (fx / 60.0).powi(2) + (fy / 75.0).powi(2) <= 1.0;
        let shoulders = y > 230
            && ((x as f64 - 120.0) / 110.0).powi(2) + ((y as f64 - 330.0) / 100.0).powi(2) <= 1.0;
        if head {
            image::Rgb(face)
        } else if shoulders {
            image::Rgb([60, 60, 90])
        } else {
            image::Rgb(bg)
        }
    });
    let mut out = std::io::Cursor::new(Vec::new());
    // Encoding an in-memory RGB image as PNG cannot fail.
    let _ = img.write_to(&mut out, image::ImageFormat::Png);
    out.into_inner()
}

#[derive(sqlx::FromRow)]
struct DemoAccountRow {
    id: i64,
    member_count: i64,
}

/// Messages already sent to María, so the notifications page and API have something to show.
async fn sent_notifications(app: &AppState, email: &Email) -> anyhow::Result<()> {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM accounts WHERE email_fingerprint = $1")
        .bind(app.vault.fingerprint(email.as_str()))
        .fetch_one(&app.db.read)
        .await?;
    let live = crate::appointments::live_appointment(app, id)
        .await
        .map_err(err)?;
    crate::notifications::demo_history(
        app,
        id,
        live.as_ref().map(|a| a.id.as_str()),
        app.clock.timestamp(),
    )
    .await
    .map_err(err)
}

/// Gives María's family a confirmed appointment at San Ysidro (if it has none) in the next
/// slot that has not begun — today while one is left, otherwise tomorrow's first — so that
/// the demo is valid at whatever hour it starts and an officer can try the console.
async fn seat_next(app: &AppState, email: &Email) -> anyhow::Result<Seated> {
    let fingerprint = app.vault.fingerprint(email.as_str());
    let DemoAccountRow {
        id: account_id,
        member_count: size,
    } = sqlx::query_as("SELECT id, member_count FROM accounts WHERE email_fingerprint = $1")
        .bind(&fingerprint)
        .fetch_one(&app.db.read)
        .await?;
    let now = app.clock.now();
    let port = app
        .ports
        .iter()
        .find(|p| p.id == "san-ysidro")
        .or(app.ports.first())
        .ok_or_else(|| anyhow::anyhow!("no ports"))?;
    if let Some(live) = crate::appointments::live_appointment(app, account_id)
        .await
        .map_err(err)?
    {
        let begins = app
            .ports
            .iter()
            .find(|p| p.id == live.port_id)
            .zip(chrono::NaiveTime::parse_from_str(&live.start_time, "%H:%M").ok())
            .and_then(|(p, start)| p.slot_begins(live.day, start));
        if begins.is_some_and(|b| b > now) {
            return Ok(Seated {
                port: port_name(app, &live.port_id),
                day: live.day,
                start_time: live.start_time,
                passes: live.passes.into_iter().map(|p| p.code).collect(),
            });
        }
        // Seated by an earlier start in a slot that has begun since: seated again, ahead.
        let mut tx = app.db.begin().await?;
        crate::appointments::void_live(&mut tx, account_id, now.timestamp())
            .await
            .map_err(err)?;
        tx.commit().await?;
    }
    let submission = crate::appointments::Submission {
        ports: vec![port.id.clone()],
        answers: Vec::new(),
        location: Some(crate::appointments::Location {
            latitude: 32.5149,
            longitude: -117.0382,
            accuracy_m: 50.0,
        }),
        // Asked for by the CBP presets from March 2024 (one address for the group).
        us_address: Some(crate::appointments::requests::UsAddressInput {
            state: "CA".into(),
            zip: "92101".into(),
            street: "1 Demo Street".into(),
        }),
    };
    // Under a policy whose request window is shut now (CBP's), María asked when it opened.
    let asked_at = match crate::appointments::cycle::upcoming_draw(app, now)
        .await
        .map_err(err)?
    {
        (_, Some(opens)) => opens,
        (_, None) => now,
    };
    let request = crate::appointments::submit(app, account_id, &submission, asked_at)
        .await
        .map_err(err)?;
    let today = crate::port_console::port_today(port, now);
    let local_time = now
        .with_timezone(
            &port
                .time_zone
                .parse::<chrono_tz::Tz>()
                .unwrap_or(chrono_tz::UTC),
        )
        .time();
    let starts = port.slot_starts();
    let (day, start) = match starts.iter().find(|t| **t > local_time) {
        Some(t) => (today, *t),
        None => (
            today + chrono::Duration::days(1),
            *starts
                .first()
                .ok_or_else(|| anyhow::anyhow!("port without slots"))?,
        ),
    };
    crate::draw::ensure_slots(app, today, day)
        .await
        .map_err(err)?;
    let start = start.format("%H:%M").to_string();
    let id = crate::storage::vault::random_id();
    let t = now.timestamp();
    let mut tx = app.db.begin().await?;
    let took = sqlx::query(
        "UPDATE slots SET taken = taken + $1 WHERE port_id = $2 AND day = $3 AND start_time = $4 AND taken + $1 <= capacity",
    )
    .bind(size)
    .bind(&port.id)
    .bind(day.to_string())
    .bind(&start)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    anyhow::ensure!(took == 1, "the demo appointment's slot is full");
    sqlx::query(
        "INSERT INTO appointments (id, request_id, account_id, draw_day, port_id, day, start_time, size, status, confirm_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
    )
    .bind(&id)
    .bind(&request.id)
    .bind(account_id)
    .bind(today.to_string())
    .bind(&port.id)
    .bind(day.to_string())
    .bind(&start)
    .bind(size)
    .bind(AppointmentStatus::Offered.as_str())
    .bind(t + 23 * 3600)
    .bind(t)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE appointment_requests SET status = $1 WHERE id = $2")
        .bind(RequestStatus::Selected.as_str())
        .bind(&request.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    let confirmed = crate::appointments::confirm(app, account_id, &id, now)
        .await
        .map_err(err)?;
    Ok(Seated {
        port: port.name.clone(),
        day,
        start_time: start,
        passes: confirmed.passes.into_iter().map(|p| p.code).collect(),
    })
}

fn port_name(app: &AppState, id: &str) -> String {
    app.ports
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| id.to_string())
}
