//! The second factor's pages: the code after the password (`/login/code`), setting a factor up
//! before the first session for staff (`/login/second-factor`) or from the account
//! (`/account/second-factor`), turning it off (travelers), and the administrators' reset.

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;

use super::pages::{safe_next, with_session};
use super::second_factor::{self as factor, Next};
use crate::http::context::{cookie, cookie_name, set_cookie, Ctx};
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::{Admin, SignedIn, Traveler};
use crate::http::session as sessions;
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/login/code", get(code_form).post(code_submit))
        .route(
            "/login/second-factor",
            get(pending_setup).post(pending_setup_submit),
        )
        .route("/account/second-factor", get(account_page))
        .route(
            "/account/second-factor/setup",
            get(setup).post(setup_submit),
        )
        .route("/account/second-factor/disable", post(disable_submit))
        .route("/admin/second-factor", get(admin_form).post(admin_submit))
}

fn pending_cookie(ctx: &Ctx) -> String {
    cookie_name("pending-login", ctx.secure_cookies)
}

/// What follows a right password on the login page: a session, or a pending login that asks
/// for the code (or for a factor to be set up first).
pub async fn after_password(
    app: &AppState,
    ctx: &Ctx,
    account_id: i64,
    next: &str,
) -> Result<Response> {
    let to = match factor::after_password(app, account_id).await? {
        Next::Session => {
            let token = sessions::create(app, account_id).await?;
            return Ok(with_session(
                app,
                ctx,
                &token,
                Redirect::to(next).into_response(),
            ));
        }
        Next::Code => "/login/code",
        Next::Enrolment => "/login/second-factor",
    };
    let token = factor::pending_create(app, account_id, next).await?;
    let mut res = Redirect::to(to).into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(
            &pending_cookie(ctx),
            &token,
            factor::PENDING_SECS,
            ctx.secure_cookies,
            "Lax",
        ),
    );
    Ok(res)
}

/// The pending login this browser holds, or back to the login page.
async fn pending(
    app: &AppState,
    ctx: &Ctx,
    headers: &HeaderMap,
) -> Result<std::result::Result<(String, factor::Pending), Response>> {
    let token = cookie(headers, &pending_cookie(ctx)).unwrap_or_default();
    match factor::pending_peek(app, token).await? {
        Some(p) => Ok(Ok((token.to_string(), p))),
        None => Ok(Err(
            Redirect::to("/login?expired=second-factor").into_response()
        )),
    }
}

/// Ends the pending login and opens the session, on `res`.
async fn finish(
    app: &AppState,
    ctx: &Ctx,
    token: &str,
    res: impl FnOnce(&str) -> Response,
) -> Result<Response> {
    let Some(p) = factor::pending_take(app, token).await? else {
        // Used meanwhile by another request of the same browser: one session only.
        return Ok(Redirect::to("/login?expired=second-factor").into_response());
    };
    let session = sessions::create(app, p.account_id).await?;
    let mut res = with_session(app, ctx, &session, res(&safe_next(&p.next_path)));
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&pending_cookie(ctx), "", 0, ctx.secure_cookies, "Lax"),
    );
    Ok(res)
}

#[derive(Template)]
#[template(path = "accounts/second_factor/code.html")]
struct CodePage<'a> {
    ctx: &'a Ctx,
    errors: FormErrors,
}

#[derive(Deserialize)]
struct CodeForm {
    #[serde(default)]
    code: String,
}

async fn code_form(State(app): State<AppState>, ctx: Ctx, headers: HeaderMap) -> Result<Response> {
    if let Err(back) = pending(&app, &ctx, &headers).await? {
        return Ok(back);
    }
    Ok(render(
        StatusCode::OK,
        &CodePage {
            ctx: &ctx,
            errors: FormErrors::default(),
        },
    ))
}

/// The message of a refusal the form shows again (a wrong code, too many tries).
fn refusal(ctx: &Ctx, e: Error) -> Result<(FormErrors, StatusCode, Option<u64>)> {
    match e {
        Error::SecondFactor(_) | Error::TooManyRequests { .. } | Error::BadCredentials => {
            let wait = match e {
                Error::TooManyRequests { retry_after_secs } => Some(retry_after_secs),
                _ => None,
            };
            let message = ctx.t(&format!("error-{}", e.code()));
            Ok((FormErrors::general(message), e.status(), wait))
        }
        e => Err(e),
    }
}

fn again(page: &impl Template, status: StatusCode, wait: Option<u64>) -> Response {
    let mut res = render(status, page);
    if let Some(wait) = wait {
        res.headers_mut().insert(header::RETRY_AFTER, wait.into());
    }
    res
}

async fn code_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response> {
    let (token, p) = match pending(&app, &ctx, &headers).await? {
        Ok(found) => found,
        Err(back) => return Ok(back),
    };
    if let Err(e) = factor::check_code(&app, p.account_id, &form.code, ctx.client_ip).await {
        let (errors, status, wait) = refusal(&ctx, e)?;
        return Ok(again(&CodePage { ctx: &ctx, errors }, status, wait));
    }
    finish(&app, &ctx, &token, |next| {
        Redirect::to(next).into_response()
    })
    .await
}

#[derive(Template)]
#[template(path = "accounts/second_factor/setup.html")]
struct SetupPage<'a> {
    ctx: &'a Ctx,
    /// Where the form posts: the pending login's or the account's.
    action: &'a str,
    /// Staff setting it up before their first session.
    required: bool,
    secret: String,
    uri: String,
    qr_svg: String,
    errors: FormErrors,
}

async fn setup_page(
    app: &AppState,
    ctx: &Ctx,
    account_id: i64,
    action: &str,
    required: bool,
    refused: Option<(FormErrors, StatusCode, Option<u64>)>,
) -> Result<Response> {
    let (errors, status, wait) = refused.unwrap_or((FormErrors::default(), StatusCode::OK, None));
    let secret = factor::begin_enrolment(app, account_id).await?;
    let uri = factor::otpauth_uri(app, account_id, &secret).await?;
    let page = SetupPage {
        ctx,
        action,
        required,
        // In groups of four, as apps accept it typed: it wraps on a small screen.
        secret: garita_domain::second_factor::base32_encode(&secret)
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" "),
        qr_svg: crate::passes::qr::qr_svg(&uri, &ctx.t("second-factor-qr-label")),
        uri,
        errors,
    };
    Ok(again(&page, status, wait))
}

#[derive(Template)]
#[template(path = "accounts/second_factor/recovery_codes.html")]
struct RecoveryPage<'a> {
    ctx: &'a Ctx,
    codes: Vec<String>,
    next: String,
}

async fn pending_setup(
    State(app): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
) -> Result<Response> {
    let p = match pending(&app, &ctx, &headers).await? {
        Ok((_, p)) => p,
        Err(back) => return Ok(back),
    };
    let action = "/login/second-factor";
    setup_page(&app, &ctx, p.account_id, action, true, None).await
}

async fn pending_setup_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response> {
    let (token, p) = match pending(&app, &ctx, &headers).await? {
        Ok(found) => found,
        Err(back) => return Ok(back),
    };
    let actor = factor::audit_actor(&app, p.account_id).await?;
    let codes = match factor::confirm_enrolment(&app, &actor, &form.code, ctx.client_ip).await {
        Ok(codes) => codes,
        Err(e) => {
            let action = "/login/second-factor";
            return setup_page(
                &app,
                &ctx,
                p.account_id,
                action,
                true,
                Some(refusal(&ctx, e)?),
            )
            .await;
        }
    };
    finish(&app, &ctx, &token, |next| {
        render(
            StatusCode::OK,
            &RecoveryPage {
                ctx: &ctx,
                codes,
                next: next.to_string(),
            },
        )
    })
    .await
}

#[derive(Template)]
#[template(path = "accounts/second_factor/account.html")]
struct AccountPage<'a> {
    ctx: &'a Ctx,
    status: factor::Status,
    errors: FormErrors,
}

async fn account_page(
    State(app): State<AppState>,
    SignedIn(a): SignedIn,
    ctx: Ctx,
) -> Result<Response> {
    let status = factor::status(&app, a.id).await?;
    Ok(render(
        StatusCode::OK,
        &AccountPage {
            ctx: &ctx,
            status,
            errors: FormErrors::default(),
        },
    ))
}

async fn setup(State(app): State<AppState>, SignedIn(a): SignedIn, ctx: Ctx) -> Result<Response> {
    if factor::status(&app, a.id).await?.enrolled {
        return Ok(Redirect::to("/account/second-factor").into_response());
    }
    let action = "/account/second-factor/setup";
    setup_page(&app, &ctx, a.id, action, false, None).await
}

async fn setup_submit(
    State(app): State<AppState>,
    SignedIn(a): SignedIn,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response> {
    match factor::confirm_enrolment(&app, &a, &form.code, ctx.client_ip).await {
        Ok(codes) => Ok(render(
            StatusCode::OK,
            &RecoveryPage {
                ctx: &ctx,
                codes,
                next: "/account/second-factor".into(),
            },
        )),
        Err(Error::Conflict(_)) => Ok(Redirect::to("/account/second-factor").into_response()),
        Err(e) => {
            let action = "/account/second-factor/setup";
            setup_page(&app, &ctx, a.id, action, false, Some(refusal(&ctx, e)?)).await
        }
    }
}

#[derive(Deserialize)]
struct DisableForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: String,
}

async fn disable_submit(
    State(app): State<AppState>,
    Traveler(a): Traveler,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<DisableForm>,
) -> Result<Response> {
    match factor::disable(&app, &a, &form.password, &form.code, ctx.client_ip).await {
        Ok(()) | Err(Error::NotFound) => Ok(Redirect::to("/account/second-factor").into_response()),
        Err(e) => {
            let (errors, status, wait) = refusal(&ctx, e)?;
            let page = AccountPage {
                ctx: &ctx,
                status: factor::status(&app, a.id).await?,
                errors,
            };
            Ok(again(&page, status, wait))
        }
    }
}

#[derive(Template)]
#[template(path = "accounts/second_factor/admin.html")]
struct AdminPage<'a> {
    ctx: &'a Ctx,
    email: String,
    done: bool,
    errors: FormErrors,
}

async fn admin_form(Admin(_): Admin, ctx: Ctx) -> Response {
    render(
        StatusCode::OK,
        &AdminPage {
            ctx: &ctx,
            email: String::new(),
            done: false,
            errors: FormErrors::default(),
        },
    )
}

#[derive(Deserialize)]
struct AdminForm {
    #[serde(default)]
    email: String,
}

async fn admin_submit(
    State(app): State<AppState>,
    Admin(admin): Admin,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<AdminForm>,
) -> Result<Response> {
    let found = match factor::account_by_email(&app, &form.email).await? {
        Some(id) => factor::reset(&app, &admin, id, ctx.client_ip).await,
        None => Err(Error::NotFound),
    };
    let (done, errors, status) = match found {
        Ok(()) => (true, FormErrors::default(), StatusCode::OK),
        Err(Error::NotFound) => (
            false,
            FormErrors::general(ctx.t("second-factor-admin-none")),
            StatusCode::NOT_FOUND,
        ),
        Err(e) => return Err(e),
    };
    Ok(render(
        status,
        &AdminPage {
            ctx: &ctx,
            email: if done { String::new() } else { form.email },
            done,
            errors,
        },
    ))
}
