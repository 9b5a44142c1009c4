//! Puts the application together: the router of every feature with its middleware, and
//! `spawn`, which starts it on a port (for `serve`, tests and tools). Only `main.rs` and tests
//! name this module; features depend on `state`, never on `startup`.

use std::net::SocketAddr;

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{middleware, Router};
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::config::Settings;
use crate::http::context::context;
use crate::http::errors::Error;
use crate::http::shed::shed_above;
use crate::state::AppState;
use crate::{
    accounts, appointments, audit, draw, help, my_data, notifications, openapi, pages, passes,
    port_console, ports, travelers, wait_times,
};

pub fn router(state: AppState) -> Router {
    let x_request_id = HeaderName::from_static("x-request-id");
    let mut csp = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
                   form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
        .to_string();
    if state.settings.secure_cookies {
        csp.push_str("; upgrade-insecure-requests");
    }
    let (api, document) =
        openapi::api(state.settings.max_uploads_in_flight, state.catalogs.clone())
            .merge(crate::appointment_validations::api::router())
            .merge(crate::travel_authorizations::api::router())
            .merge(crate::bus_manifests::api::router())
            .merge(crate::agriculture::api::router())
            .merge(crate::i94::api::router())
            .merge(crate::statistics::api::router())
            .merge(crate::trusted_travelers::api::router())
            .merge(crate::consents::api::router())
            .merge(crate::rosters::api::router())
            .split_for_parts();
    let mut app = Router::new()
        .merge(api)
        .merge(openapi::router(document))
        .merge(pages::router())
        .merge(accounts::pages::router())
        .merge(travelers::pages::router())
        .merge(ports::router())
        .merge(crate::locations::pages::router())
        .merge(appointments::pages::router())
        .merge(draw::pages::router())
        .merge(passes::router())
        .merge(wait_times::router())
        .merge(port_console::pages::router())
        .merge(audit::pages::router())
        .merge(crate::policies::pages::router())
        .merge(crate::organisations::pages::router())
        .merge(crate::api_keys::pages::router())
        .merge(notifications::pages::router())
        .merge(help::router())
        .merge(my_data::pages::router())
        .merge(crate::appointment_validations::pages::router())
        .merge(crate::travel_authorizations::pages::router())
        .merge(crate::bus_manifests::pages::router())
        .merge(crate::bus_manifests::console::router())
        .merge(crate::agriculture::pages::router())
        .merge(crate::i94::pages::router())
        .merge(crate::i94::console::router())
        .merge(crate::statistics::pages::router())
        .merge(crate::trusted_travelers::pages::router())
        .merge(crate::consents::pages::router())
        .merge(crate::rosters::pages::router())
        .route("/healthz", get(healthz))
        .fallback(|| async { Error::NotFound })
        .layer(middleware::from_fn_with_state(state.clone(), context))
        .layer(DefaultBodyLimit::max(state.settings.body_limit_bytes))
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&csp).unwrap_or(HeaderValue::from_static("default-src 'self'")),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(self), geolocation=(self), microphone=()"),
        ));
    if state.settings.secure_cookies {
        app = app.layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        ));
    }
    shed_above(
        app.layer(middleware::from_fn(run_to_completion)),
        state.settings.max_in_flight,
        state.catalogs.clone(),
    )
    .layer(PropagateRequestIdLayer::new(x_request_id.clone()))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request| {
            let id = req
                .headers()
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-");
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
        }))
        .layer(SetRequestIdLayer::new(x_request_id, MakeRequestUuid))
        .with_state(state)
}

/// Runs each request to its end in its own task, even if the client goes away: a handler
/// cancelled halfway through a transaction could otherwise hand its database connection back
/// in a state the pool does not know about (seen under load on PostgreSQL as a deadlock
/// followed by "current transaction is aborted" on every later use of that connection).
async fn run_to_completion(req: Request, next: middleware::Next) -> axum::response::Response {
    match tokio::spawn(next.run(req)).await {
        Ok(res) => res,
        Err(e) => Error::Internal(anyhow::anyhow!("request task failed: {e}")).into_response(),
    }
}

async fn healthz(State(app): State<AppState>) -> impl IntoResponse {
    match sqlx::query("SELECT 1").execute(&app.db.read).await {
        Ok(_) => (StatusCode::OK, "ok"),
        Err(e) => {
            tracing::error!(error = ?e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

/// A running instance: its address and state, and the task serving it.
pub struct Running {
    pub addr: SocketAddr,
    pub state: AppState,
    pub task: tokio::task::JoinHandle<std::io::Result<()>>,
}

/// Binds `settings.addr` (port 0 picks a free port) and serves until `shutdown` resolves.
pub async fn spawn(
    settings: Settings,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<Running> {
    let state = AppState::build(settings).await?;
    // Members saved before identifier fingerprints existed get theirs before any lookup.
    crate::lookups::backfill(&state.db, &state.vault, state.clock.timestamp()).await?;
    let listener = tokio::net::TcpListener::bind(state.settings.addr).await?;
    let addr = listener.local_addr()?;
    let mut app = router(state.clone());
    if state.settings.bench_routes {
        // The ceiling: the same binary, listener and runtime, with no middleware at all.
        app = Router::new()
            .route("/bench/hello", get(|| async { "hello" }))
            .merge(app);
    }
    if state.settings.bench_clock {
        app = crate::bench_day::clock_routes(state.clone()).merge(app);
    }
    if state.settings.run_jobs {
        draw::spawn_scheduler(state.clone());
        notifications::outbox::spawn_jobs(state.clone())?;
        crate::retention::spawn_job(state.clone());
        crate::travel_authorizations::spawn_jobs(state.clone());
        crate::i94::spawn_expiry_job(state.clone());
        crate::statistics::refresh::spawn_job(state.clone());
        crate::trusted_travelers::reminders::spawn_job(state.clone());
    }
    let task = tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await
    });
    Ok(Running { addr, state, task })
}
