//! Builds the whole application from `Settings`: the database (migrated), the catalogs, the
//! ports, the router with its middleware. `spawn` starts it on a port for tests and tools.

use std::collections::HashSet;
use std::net::SocketAddr;
use std::ops::Deref;
use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{middleware, Router};
use garita_domain::ports::Port;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::accounts::throttle::Throttle;
use crate::config::Settings;
use crate::http::context::context;
use crate::http::errors::Error;
use crate::i18n::Catalogs;
use crate::storage::vault::Vault;
use crate::storage::Db;
use crate::{
    accounts, appointments, audit, draw, openapi, pages, passes, photos, port_console, ports,
    travelers, wait_times,
};

pub struct Inner {
    pub db: Db,
    pub vault: Vault,
    pub settings: Settings,
    pub catalogs: Arc<Catalogs>,
    pub ports: Vec<Port>,
    pub common_passwords: HashSet<String>,
    /// Failed logins per account, and per client address (shelters share one address, so
    /// that limit is looser).
    pub login_account_throttle: Throttle,
    pub login_ip_throttle: Throttle,
    pub registration_throttle: Throttle,
    /// Appointment requests and photo uploads per account.
    pub submission_throttle: Throttle,
    pub geofence: garita_domain::geofence::Geofence,
    pub session_cache: crate::accounts::sessions::SessionCache,
    /// The one clock: every "now" in the service comes from here.
    pub clock: crate::clock::Clock,
}

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

const COMMON_PASSWORDS: &str = include_str!("../../../data/common-passwords.txt");

impl AppState {
    /// Connects, migrates and loads everything the service needs.
    pub async fn build(settings: Settings) -> anyhow::Result<AppState> {
        let db = Db::connect(&settings.database_url).await?;
        db.migrate().await?;
        let ports = ports::load(&settings.ports_json)?;
        ports::sync(&db, &ports).await?;
        let catalogs = Arc::new(Catalogs::load()?);
        for q in &settings.vulnerability_questions {
            anyhow::ensure!(
                catalogs.has_message(0, &format!("vulnerability-{q}")),
                "vulnerability question {q:?} has no message vulnerability-{q} in locales/en"
            );
        }
        // Refuse bad draw parameters at start, not at noon.
        garita_domain::draw::run(&garita_domain::draw::DrawInput {
            seed: "0".repeat(64),
            params: settings.cycle.draw_params,
            requests: Vec::new(),
            offers: Vec::new(),
        })
        .map_err(|e| anyhow::anyhow!("draw parameters: {e}"))?;
        let throttle = settings.login_throttle;
        Ok(AppState(Arc::new(Inner {
            vault: Vault::new(&settings.master_key),
            db,
            catalogs,
            ports,
            common_passwords: COMMON_PASSWORDS
                .lines()
                .map(|l| l.trim().to_lowercase())
                .filter(|l| !l.is_empty())
                .collect(),
            login_account_throttle: Throttle::new(throttle.per_account, throttle.window),
            login_ip_throttle: Throttle::new(throttle.per_ip, throttle.window),
            registration_throttle: Throttle::new(
                settings.registrations_per_ip_hour,
                std::time::Duration::from_secs(3600),
            ),
            submission_throttle: Throttle::new(
                settings.submissions_per_hour,
                std::time::Duration::from_secs(3600),
            ),
            geofence: garita_domain::geofence::Geofence::mexico(&settings.region_states)?,
            session_cache: crate::accounts::sessions::SessionCache::new(settings.session_cache_for),
            clock: settings.clock.clone(),
            settings,
        })))
    }
}

pub fn router(state: AppState) -> Router {
    let x_request_id = HeaderName::from_static("x-request-id");
    let mut csp = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
                   form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
        .to_string();
    if state.settings.secure_cookies {
        csp.push_str("; upgrade-insecure-requests");
    }
    let mut app = Router::new()
        .merge(pages::router())
        .merge(accounts::pages::router())
        .merge(accounts::api::router())
        .merge(travelers::pages::router())
        .merge(travelers::api::router())
        .merge(ports::router())
        .merge(appointments::pages::router())
        .merge(appointments::api::router())
        .merge(draw::api::router())
        .merge(passes::router())
        .merge(photos::router(
            state.settings.max_uploads_in_flight,
            state.catalogs.clone(),
        ))
        .merge(wait_times::router())
        .merge(port_console::pages::router())
        .merge(port_console::api::router())
        .merge(audit::pages::router())
        .merge(openapi::router())
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

/// Bounds the requests in flight across every route (one shared semaphore); beyond it the
/// server sheds load at once with `overloaded` rather than queueing without bound, and
/// recovers as soon as requests finish.
pub fn shed_above<S: Clone + Send + Sync + 'static>(
    router: Router<S>,
    max: usize,
    catalogs: Arc<Catalogs>,
) -> Router<S> {
    router.layer(
        tower::ServiceBuilder::new()
            .layer(axum::error_handling::HandleErrorLayer::new(
                move |headers: axum::http::HeaderMap, _: tower::BoxError| {
                    std::future::ready(overloaded(
                        &catalogs,
                        headers
                            .get(header::ACCEPT_LANGUAGE)
                            .and_then(|v| v.to_str().ok()),
                    ))
                },
            ))
            .load_shed()
            .layer(tower::limit::GlobalConcurrencyLimitLayer::new(max)),
    )
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

/// What an overloaded server answers at once, instead of queueing without bound: 503 with
/// `Retry-After`, as problem+json in the caller's language.
pub fn overloaded(catalogs: &Catalogs, accept_language: Option<&str>) -> axum::response::Response {
    let locale = accept_language
        .and_then(|a| catalogs.negotiate(a))
        .unwrap_or(0);
    let body = serde_json::json!({
        "type": "urn:garita:problem:overloaded",
        "title": catalogs.message(locale, "error-overloaded-title", None),
        "status": 503,
        "code": "overloaded",
        "detail": catalogs.message(locale, "error-overloaded", None),
    });
    let mut res = (StatusCode::SERVICE_UNAVAILABLE, body.to_string()).into_response();
    res.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    res
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
    let listener = tokio::net::TcpListener::bind(state.settings.addr).await?;
    let addr = listener.local_addr()?;
    let mut app = router(state.clone());
    if state.settings.bench_routes {
        // The ceiling: the same binary, listener and runtime, with no middleware at all.
        app = Router::new()
            .route("/bench/hello", get(|| async { "hello" }))
            .merge(app);
    }
    if state.settings.run_jobs {
        draw::spawn_scheduler(state.clone());
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
