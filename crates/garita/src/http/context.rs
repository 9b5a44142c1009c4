//! Who is asking and in which language, resolved once per request by the `context` middleware:
//! the session (cookie for pages, bearer token for the API), the language (the account's
//! choice, else a `?lang=` switch remembered in a cookie, else `Accept-Language`), and the CSRF
//! token that forms must echo. The same middleware renders a handler's `Failure` in that
//! language, as problem+json for the API or as a page.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::request::Parts;
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use crate::http::errors::{Error, Failure};
use crate::http::session::{self as sessions, Account, Resolved};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::storage::vault::random_token;

#[derive(Clone)]
pub enum Caller {
    Anonymous,
    Expired,
    Account(Account),
    /// An organisation's system with one of its API keys (API only; see `crate::http::api_key`).
    Key(KeyCaller),
}

/// A request made with an API key: the key, its organisation and what the key may do. Only
/// `roles::OrganisationCaller` accepts it; every other extractor refuses it.
#[derive(Clone, Debug)]
pub struct KeyCaller {
    pub key_id: String,
    /// The key's public part (`gk_live_ab12cd34`), to say which key acted.
    pub prefix: String,
    pub organisation_id: i64,
    pub organisation_kind: garita_domain::organisations::OrganisationKind,
    pub permissions: std::sync::Arc<[garita_domain::api_keys::Permission]>,
}

/// Everything a handler or template needs to know about the request's context.
#[derive(Clone)]
pub struct Ctx {
    pub tr: Tr,
    pub caller: Caller,
    pub csrf_token: String,
    pub client_ip: IpAddr,
    /// Path of the current page, for language links and `next=` after login.
    pub path: String,
    pub secure_cookies: bool,
}

impl Ctx {
    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    pub fn account(&self) -> Option<&Account> {
        match &self.caller {
            Caller::Account(a) => Some(a),
            _ => None,
        }
    }

    pub fn is_traveler(&self) -> bool {
        self.account().is_some_and(|a| a.is_traveler())
    }

    /// Port staff: an officer or an administrator (the console).
    pub fn is_staff(&self) -> bool {
        self.account()
            .is_some_and(|a| a.is_officer() || a.is_admin())
    }

    pub fn is_admin(&self) -> bool {
        self.account().is_some_and(|a| a.is_admin())
    }

    /// Someone acting for an organisation, approved or not yet.
    pub fn in_organisation(&self) -> bool {
        self.account().is_some_and(|a| {
            a.grants
                .iter()
                .chain(a.waiting.iter())
                .any(|g| g.role.within_organisation())
        })
    }

    pub fn is_logged_in(&self) -> bool {
        self.account().is_some()
    }

    /// Links that switch the language of the current page.
    pub fn language_links(&self) -> Vec<(&'static str, &'static str, bool)> {
        self.tr
            .catalogs()
            .locales()
            .iter()
            .enumerate()
            .map(|(i, l)| (l.code, l.name, i == self.tr.index()))
            .collect()
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or_else(|| Error::Internal(anyhow::anyhow!("context middleware not installed")))
    }
}

/// The token of an `Authorization: Bearer <token>` header; the scheme is case-insensitive
/// (RFC 9110 §11.1).
pub fn bearer_token(value: &str) -> Option<&str> {
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

pub fn cookie_name(base: &str, secure: bool) -> String {
    if secure {
        format!("__Host-garita-{base}")
    } else {
        format!("garita-{base}")
    }
}

pub fn set_cookie(
    name: &str,
    value: &str,
    max_age_secs: i64,
    secure: bool,
    same_site: &str,
) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite={same_site}; Max-Age={max_age_secs}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("invalid=1; Max-Age=0"))
}

pub fn cookie<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn query_param<'a>(query: Option<&'a str>, name: &str) -> Option<&'a str> {
    query?
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

pub async fn context(State(app): State<AppState>, mut req: Request, next: Next) -> Response {
    let secure = app.settings.secure_cookies;
    let is_api = req.uri().path().starts_with("/api/");
    let client_ip = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::from([127, 0, 0, 1]));

    // Who: a bearer token on the API, the session cookie on pages. Never both, so a page's
    // cookie cannot be ridden into the API by another site.
    let token = if is_api {
        req.headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(bearer_token)
            .map(str::to_string)
    } else {
        cookie(req.headers(), &cookie_name("session", secure)).map(str::to_string)
    };
    // An API key is resolved on every request (never cached), so a revocation holds from the
    // very next request on every process; a refused key answers here, before any handler.
    let mut key_refused: Option<Failure> = None;
    let caller = match token {
        None => Caller::Anonymous,
        Some(token) if is_api && garita_domain::api_keys::claims_to_be_key(&token) => {
            match crate::http::api_key::resolve(&app, &token).await {
                Ok(crate::http::api_key::Resolved::Active(key)) => Caller::Key(key),
                Ok(crate::http::api_key::Resolved::Unknown) => Caller::Anonymous,
                Ok(crate::http::api_key::Resolved::Refused(failure)) => {
                    key_refused = Some(failure);
                    Caller::Anonymous
                }
                Err(e) => return Error::Internal(e).into_response(),
            }
        }
        Some(token) => match sessions::resolve(&app, &token).await {
            Ok(Resolved::Active(account)) => Caller::Account(account),
            Ok(Resolved::Expired) => Caller::Expired,
            Ok(Resolved::Unknown) => Caller::Anonymous,
            Err(e) => return Error::Internal(e).into_response(),
        },
    };

    // Which language.
    let catalogs = app.catalogs.clone();
    let switch = query_param(req.uri().query(), "lang").and_then(|l| catalogs.find(l));
    let remembered =
        cookie(req.headers(), &cookie_name("lang", secure)).and_then(|l| catalogs.find(l));
    let account_lang = match &caller {
        Caller::Account(a) => a.language.as_deref().and_then(|l| catalogs.find(l)),
        _ => None,
    };
    let negotiated = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| catalogs.negotiate(v));
    // An API client's Accept-Language is an explicit choice per request; a browser's is only
    // a default, below the switch (remembered in a cookie on this device) and the account's.
    // A GET changes nothing stored: the switch lives in the cookie only.
    let locale = if is_api {
        negotiated.or(account_lang).unwrap_or(0)
    } else {
        switch
            .or(remembered)
            .or(account_lang)
            .or(negotiated)
            .unwrap_or(0)
    };
    let tr = Tr::new(catalogs.clone(), locale);

    // CSRF: a random cookie per browser; forms carry a keyed hash of it.
    let csrf_cookie_name = cookie_name("csrf", secure);
    let existing_csrf = cookie(req.headers(), &csrf_cookie_name)
        .filter(|v| v.len() >= 32)
        .map(str::to_string);
    let new_csrf = if existing_csrf.is_none() && !is_api {
        Some(random_token())
    } else {
        None
    };
    let csrf_basis = existing_csrf
        .as_deref()
        .or(new_csrf.as_deref())
        .unwrap_or("");
    let csrf_token = app.vault.csrf_token(csrf_basis);

    let path = req
        .uri()
        .path_and_query()
        .map(|p| p.path().to_string())
        .unwrap_or_else(|| "/".to_string());
    let method = req.method().clone();
    let ctx = Ctx {
        tr,
        caller,
        csrf_token,
        client_ip,
        path,
        secure_cookies: secure,
    };
    req.extensions_mut().insert(ctx.clone());

    let mut res = match key_refused {
        Some(failure) => {
            let mut res = failure.status.into_response();
            res.extensions_mut().insert(failure);
            res
        }
        None => next.run(req).await,
    };

    // Nothing is kept by a cache unless the handler says so: personal data, tokens and pass
    // codes must never sit in a shared or browser cache. Public responses opt in.
    if !res.headers().contains_key(header::CACHE_CONTROL) {
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }

    if is_api && res.extensions().get::<Failure>().is_none() {
        if let Some(error) = plain_rejection(&res) {
            let failure = error.into_response().extensions_mut().remove::<Failure>();
            if let Some(failure) = failure {
                res.extensions_mut().insert(failure);
            }
        }
    }
    if let Some(failure) = res.extensions_mut().remove::<Failure>() {
        res = if is_api {
            problem_json(&ctx, &failure)
        } else {
            failure_page(&ctx, &failure, &method)
        };
    }
    let headers = res.headers_mut();
    if let Some(v) = new_csrf {
        headers.append(
            header::SET_COOKIE,
            set_cookie(&csrf_cookie_name, &v, 60 * 60 * 24 * 365, secure, "Strict"),
        );
    }
    if let Some(chosen) = switch {
        let code = catalogs.locales()[chosen].code;
        headers.append(
            header::SET_COOKIE,
            set_cookie(
                &cookie_name("lang", secure),
                code,
                60 * 60 * 24 * 365,
                secure,
                "Lax",
            ),
        );
    }
    if !is_api {
        headers.insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(ctx.tr.code()),
        );
    }
    res
}

/// axum's own rejections (a body over `DefaultBodyLimit`, a path or query that does not parse
/// in an extractor that is not ours) answer in plain text; on the API they become the same
/// problem+json as every other error. A handler's own answers carry a `Failure` or JSON, so
/// they are never touched.
fn plain_rejection(res: &Response) -> Option<Error> {
    let plain = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain"));
    if !plain {
        return None;
    }
    match res.status() {
        axum::http::StatusCode::PAYLOAD_TOO_LARGE => Some(Error::PayloadTooLarge),
        axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE => Some(Error::UnsupportedMediaType),
        axum::http::StatusCode::BAD_REQUEST | axum::http::StatusCode::UNPROCESSABLE_ENTITY => {
            Some(Error::BadRequest("malformed-form"))
        }
        _ => None,
    }
}

/// A localized sentence for each field problem.
pub fn field_message(tr: &Tr, e: &garita_domain::validation::FieldError) -> String {
    let key = format!("error-{}", e.problem.code());
    match e.problem.limit() {
        Some(limit) => tr.t1(&key, "limit", limit),
        None => tr.t(&key),
    }
}

fn problem_json(ctx: &Ctx, f: &Failure) -> Response {
    crate::http::problem::response(&ctx.tr, f, Some(&ctx.path))
}

fn failure_page(ctx: &Ctx, f: &Failure, method: &Method) -> Response {
    if f.code == "login-required" && method == Method::GET {
        let next = urlencode(&ctx.path);
        return Redirect::to(&format!("/login?next={next}")).into_response();
    }
    let mut res = crate::http::render::error_page(ctx, f);
    if let Some(secs) = f.retry_after_secs {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    res
}

pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
