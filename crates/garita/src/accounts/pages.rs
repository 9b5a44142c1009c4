//! The register, log-in and log-out pages.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;

use super::{register, Registration};
use crate::http::context::{cookie_name, set_cookie, Ctx};
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::session as sessions;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/register", get(register_form).post(register_submit))
        .route("/login", get(login_form).post(login_submit))
        .route("/logout", post(logout))
        .merge(super::second_factor_pages::router())
        .merge(super::recovery_pages::router())
}

#[derive(Template)]
#[template(path = "accounts/register.html")]
struct RegisterPage<'a> {
    ctx: &'a Ctx,
    email: String,
    errors: FormErrors,
}

impl RegisterPage<'_> {
    /// The hint under the password field, with the policy's own minimum (never written by hand).
    fn password_hint(&self) -> String {
        self.ctx.tr.t1(
            "field-password-hint",
            "min",
            garita_domain::accounts::PASSWORD_MIN_CHARS,
        )
    }
}

async fn register_form(ctx: Ctx) -> Response {
    render(
        StatusCode::OK,
        &RegisterPage {
            ctx: &ctx,
            email: String::new(),
            errors: FormErrors::default(),
        },
    )
}

#[derive(Deserialize)]
struct RegisterForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

async fn register_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<RegisterForm>,
) -> Result<Response> {
    let registration = Registration {
        email: form.email.clone(),
        password: form.password.clone(),
        language: None,
    };
    let again = |errors: FormErrors, status| {
        render(
            status,
            &RegisterPage {
                ctx: &ctx,
                email: form.email.clone(),
                errors,
            },
        )
    };
    match register(&app, &registration, ctx.client_ip, ctx.tr.code()).await {
        Ok(_) => {}
        Err(Error::Invalid(invalid)) => {
            return Ok(again(
                FormErrors::from_invalid(&ctx, &invalid),
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
        Err(e) => return Err(e),
    }
    // The same answer whether or not the address had an account (no sign-in: it would differ).
    Ok(Redirect::to("/register/sent").into_response())
}

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage<'a> {
    ctx: &'a Ctx,
    email: String,
    next: String,
    errors: FormErrors,
}

#[derive(Deserialize)]
struct NextQuery {
    #[serde(default)]
    next: String,
    /// `second-factor`: the step between password and code took too long.
    #[serde(default)]
    expired: String,
}

/// Only a path of this site may follow a login: `/` then characters that no browser reads as
/// the start of another origin. Anything else (`//evil.example`, `/\t/evil.example`, a
/// backslash, a control character or a newline) falls back to the group page.
pub fn safe_next(next: &str) -> String {
    let safe_char = |c: char| c.is_ascii_alphanumeric() || "-._~/?=&%+,;:@!$'()*".contains(c);
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && next.len() <= 512
        && next.chars().all(safe_char)
        && !next.contains("/..");
    if ok {
        next.to_string()
    } else {
        "/group".to_string()
    }
}

/// Where a login without a `next` lands: admins on the administration page, officers on
/// their console, organisation staff on their organisation, travelers on their group.
pub fn landing(account: &crate::http::session::Account) -> &'static str {
    if account.is_traveler() {
        "/group"
    } else if account.is_admin() {
        "/admin/audit"
    } else if account.is_officer() {
        "/console"
    } else if account
        .grants
        .iter()
        .chain(account.waiting.iter())
        .any(|g| g.role.within_organisation())
    {
        "/organisation"
    } else {
        "/"
    }
}

async fn login_form(ctx: Ctx, Query(q): Query<NextQuery>) -> Response {
    render(
        StatusCode::OK,
        &LoginPage {
            ctx: &ctx,
            email: String::new(),
            // No `next`: the landing follows the role once the password is known.
            next: if q.next.is_empty() {
                String::new()
            } else {
                safe_next(&q.next)
            },
            errors: if q.expired == "second-factor" {
                FormErrors::general(ctx.t("second-factor-pending-expired"))
            } else {
                FormErrors::default()
            },
        },
    )
}

#[derive(Deserialize)]
struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

async fn login_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> Result<Response> {
    let mut next = safe_next(&form.next);
    match super::check_password(&app, &form.email, &form.password, ctx.client_ip).await {
        Ok(id) => {
            if form.next.is_empty() {
                let account = super::second_factor::audit_actor(&app, id).await?;
                next = landing(&account).to_string();
            }
            // A session cookie from before this login is ended: a fresh id at every login.
            if let Some(old) = ctx.account() {
                sessions::end(&app, &old.session_hash).await?;
            }
            // A password shorter than today's minimum (made before it) is changed first.
            if super::recovery::too_short(&form.password) {
                next = "/account/password?required=1".to_string();
            }
            // Then the second factor, when the account has one or its role needs one.
            super::second_factor_pages::after_password(&app, &ctx, id, &next).await
        }
        Err(e @ (Error::BadCredentials | Error::TooManyRequests { .. })) => {
            let status = e.status();
            let message = ctx.t(&format!("error-{}", e.code()));
            let mut res = render(
                status,
                &LoginPage {
                    ctx: &ctx,
                    email: form.email.clone(),
                    next,
                    errors: FormErrors::general(message),
                },
            );
            if let Error::TooManyRequests { retry_after_secs } = e {
                res.headers_mut()
                    .insert(header::RETRY_AFTER, retry_after_secs.into());
            }
            Ok(res)
        }
        Err(e) => Err(e),
    }
}

/// `res` with the cookies of a new session (and a fresh CSRF secret).
pub(crate) fn with_session(app: &AppState, ctx: &Ctx, token: &str, mut res: Response) -> Response {
    let name = cookie_name("session", ctx.secure_cookies);
    // The server enforces idle and absolute expiry; the cookie need not outlive the latter.
    let max_age = app.settings.session_absolute.as_secs() as i64;
    let cookie = set_cookie(&name, token, max_age, ctx.secure_cookies, "Lax");
    res.headers_mut().append(header::SET_COOKIE, cookie);
    // A fresh CSRF secret too: a token learned before the login is worth nothing after it.
    let csrf = set_cookie(
        &cookie_name("csrf", ctx.secure_cookies),
        &crate::storage::vault::random_token(),
        60 * 60 * 24 * 365,
        ctx.secure_cookies,
        "Strict",
    );
    res.headers_mut().append(header::SET_COOKIE, csrf);
    // Another account now uses this device: whatever the browser kept for the last one (its
    // offline pass and photos) goes. A session that merely expired clears nothing.
    res.headers_mut().insert(
        header::HeaderName::from_static("clear-site-data"),
        header::HeaderValue::from_static(crate::passes::CLEAR_SITE_DATA),
    );
    res
}

#[derive(Deserialize)]
struct Empty {}

async fn logout(
    State(app): State<AppState>,
    ctx: Ctx,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    if let Some(a) = ctx.account() {
        sessions::end(&app, &a.session_hash).await?;
    }
    let mut res = Redirect::to("/").into_response();
    let name = cookie_name("session", ctx.secure_cookies);
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&name, "", 0, ctx.secure_cookies, "Lax"),
    );
    // Logging out forgets the offline pass and its photos on this device.
    res.headers_mut().insert(
        header::HeaderName::from_static("clear-site-data"),
        header::HeaderValue::from_static(crate::passes::CLEAR_SITE_DATA),
    );
    Ok(res)
}
