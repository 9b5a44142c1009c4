//! `serve --bench-clock` (the day replay, scripts/bench-day.sh): `POST /bench/clock` moves the
//! running server's clock; without the flag the route does not exist.

use crate::common;

#[tokio::test]
async fn the_clock_door_exists_only_with_the_flag_and_moves_the_one_clock() {
    let plain = common::spawn_app().await;
    let res = plain
        .api
        .post(plain.url("/bench/clock?at=2026-06-16T12:00:05-05:00"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404, "not mounted without --bench-clock");

    let app = common::spawn_with(|s| s.bench_clock = true).await;
    let target = chrono::DateTime::parse_from_rfc3339("2026-06-16T12:00:05-05:00").unwrap();
    assert_ne!(app.now(), target.to_utc());
    let res = app
        .api
        .post(app.url("/bench/clock?at=2026-06-16T12%3A00%3A05-05%3A00"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(app.now(), target.to_utc(), "the service's clock moved");
    let shown = app.api.get(app.url("/bench/clock")).send().await.unwrap();
    let shown = chrono::DateTime::parse_from_rfc3339(&shown.text().await.unwrap()).unwrap();
    assert_eq!(shown, target);
}
