//! The pages of getting back in: "check your e-mail", the links sent by e-mail (each opens a
//! page with a button: a GET changes nothing, since mail scanners prefetch links), asking for
//! a reset, and changing one's password or address.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use garita_domain::status::TokenPurpose;
use serde::Deserialize;

use super::recovery::{self, LINK_INVALID};
use crate::http::context::Ctx;
use crate::http::errors::{Error, Result};
use crate::http::forms::CsrfForm;
use crate::http::roles::{SignedIn, Traveler};
use crate::pages::{render, FormErrors};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/register/sent", get(registered))
        .route("/account/verify", get(verify_needed))
        .route("/account/verify/resend", post(resend))
        .route(
            "/account/verify/{token}",
            get(verify_form).post(verify_submit),
        )
        .route(
            "/account/reset",
            get(reset_request_form).post(reset_request_submit),
        )
        .route("/account/reset/sent", get(reset_sent))
        .route("/account/reset/{token}", get(reset_form).post(reset_submit))
        .route(
            "/account/password",
            get(password_form).post(password_submit),
        )
        .route("/account/email", get(email_form).post(email_submit))
        .route(
            "/account/email/confirm/{token}",
            get(email_confirm_form).post(email_confirm_submit),
        )
}

/// A page that says one thing, with an optional link onwards.
#[derive(Template)]
#[template(path = "accounts/recovery/message.html")]
struct MessagePage<'a> {
    ctx: &'a Ctx,
    title: String,
    text: String,
    link: Option<(&'static str, String)>,
}

fn message(
    ctx: &Ctx,
    status: StatusCode,
    key: &str,
    link: Option<(&'static str, &str)>,
) -> Response {
    render(
        status,
        &MessagePage {
            ctx,
            title: ctx.t(&format!("{key}-title")),
            text: ctx.t(&format!("{key}-text")),
            link: link.map(|(href, label)| (href, ctx.t(label))),
        },
    )
}

fn link_invalid(ctx: &Ctx) -> Response {
    message(
        ctx,
        StatusCode::GONE,
        "recovery-link-invalid",
        Some(("/account/reset", "recovery-reset-ask-again")),
    )
}

/// A link's page: a button that does what the link is for.
#[derive(Template)]
#[template(path = "accounts/recovery/confirm.html")]
struct ConfirmPage<'a> {
    ctx: &'a Ctx,
    title: String,
    text: String,
    action: String,
    button: String,
}

async fn registered(ctx: Ctx) -> Response {
    message(
        &ctx,
        StatusCode::OK,
        "recovery-check-email",
        Some(("/login", "recovery-to-login")),
    )
}

#[derive(Template)]
#[template(path = "accounts/recovery/verify_needed.html")]
struct VerifyNeededPage<'a> {
    ctx: &'a Ctx,
    verified: bool,
    needed: bool,
    sent: bool,
}

#[derive(Deserialize)]
struct VerifyQuery {
    #[serde(default)]
    needed: Option<String>,
    #[serde(default)]
    sent: Option<String>,
}

async fn verify_needed(
    State(app): State<AppState>,
    ctx: Ctx,
    Traveler(account): Traveler,
    Query(q): Query<VerifyQuery>,
) -> Result<Response> {
    let verified = recovery::is_verified(&app, account.id).await?;
    Ok(render(
        StatusCode::OK,
        &VerifyNeededPage {
            ctx: &ctx,
            verified,
            needed: q.needed.is_some(),
            sent: q.sent.is_some(),
        },
    ))
}

#[derive(Deserialize)]
struct Empty {}

async fn resend(
    State(app): State<AppState>,
    Traveler(account): Traveler,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    recovery::resend_verification(&app, account.id).await?;
    Ok(Redirect::to("/account/verify?sent=1").into_response())
}

async fn verify_form(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response> {
    let action = format!("/account/verify/{token}");
    confirm_link(
        &app,
        &ctx,
        &token,
        TokenPurpose::VerifyEmail,
        "recovery-verify",
        action,
    )
    .await
}

/// The page a link from an e-mail opens: a button that acts (opening it changes nothing, as
/// mail scanners open links), or "this link no longer works". Its words are the messages
/// `<messages>-title`, `-text` and `-submit`.
async fn confirm_link(
    app: &AppState,
    ctx: &Ctx,
    token: &str,
    purpose: TokenPurpose,
    messages: &str,
    action: String,
) -> Result<Response> {
    if recovery::peek(app, token, purpose).await?.is_none() {
        return Ok(link_invalid(ctx));
    }
    Ok(render(
        StatusCode::OK,
        &ConfirmPage {
            ctx,
            title: ctx.t(&format!("{messages}-title")),
            text: ctx.t(&format!("{messages}-text")),
            action,
            button: ctx.t(&format!("{messages}-submit")),
        },
    ))
}

async fn verify_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    match recovery::verify_email(&app, &token, ctx.client_ip).await {
        Ok(_) => Ok(message(
            &ctx,
            StatusCode::OK,
            "recovery-verified",
            Some(("/group", "recovery-to-group")),
        )),
        Err(Error::Conflict(LINK_INVALID)) => Ok(link_invalid(&ctx)),
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "accounts/recovery/reset_request.html")]
struct ResetRequestPage<'a> {
    ctx: &'a Ctx,
    email: String,
    errors: FormErrors,
}

async fn reset_request_form(ctx: Ctx) -> Response {
    render(
        StatusCode::OK,
        &ResetRequestPage {
            ctx: &ctx,
            email: String::new(),
            errors: FormErrors::default(),
        },
    )
}

#[derive(Deserialize)]
struct EmailForm {
    #[serde(default)]
    email: String,
}

async fn reset_request_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<EmailForm>,
) -> Result<Response> {
    match recovery::request_reset(&app, &form.email, ctx.client_ip).await {
        Ok(_) => Ok(Redirect::to("/account/reset/sent").into_response()),
        Err(Error::Invalid(invalid)) => Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ResetRequestPage {
                ctx: &ctx,
                email: form.email.clone(),
                errors: FormErrors::from_invalid(&ctx, &invalid),
            },
        )),
        Err(e) => Err(e),
    }
}

async fn reset_sent(ctx: Ctx) -> Response {
    message(
        &ctx,
        StatusCode::OK,
        "recovery-reset-sent",
        Some(("/login", "recovery-to-login")),
    )
}

#[derive(Template)]
#[template(path = "accounts/recovery/password.html")]
struct PasswordPage<'a> {
    ctx: &'a Ctx,
    /// The form's target: the reset link's page, or the account's.
    action: String,
    /// Whether the current password is asked (a change, not a reset).
    current: bool,
    /// Shown when the sign-in found a password shorter than today's minimum.
    required: bool,
    done: bool,
    errors: FormErrors,
}

impl PasswordPage<'_> {
    fn password_hint(&self) -> String {
        self.ctx.tr.t1(
            "field-password-hint",
            "min",
            garita_domain::accounts::PASSWORD_MIN_CHARS,
        )
    }
}

async fn reset_form(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response> {
    if recovery::peek(&app, &token, TokenPurpose::ResetPassword)
        .await?
        .is_none()
    {
        return Ok(link_invalid(&ctx));
    }
    Ok(render(
        StatusCode::OK,
        &PasswordPage {
            ctx: &ctx,
            action: format!("/account/reset/{token}"),
            current: false,
            required: false,
            done: false,
            errors: FormErrors::default(),
        },
    ))
}

#[derive(Deserialize)]
struct NewPasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

async fn reset_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<NewPasswordForm>,
) -> Result<Response> {
    match recovery::reset_password(&app, &token, &form.new_password, ctx.client_ip).await {
        Ok(_) => Ok(message(
            &ctx,
            StatusCode::OK,
            "recovery-reset-done",
            Some(("/login", "recovery-to-login")),
        )),
        Err(Error::Conflict(LINK_INVALID)) => Ok(link_invalid(&ctx)),
        Err(Error::Invalid(invalid)) => Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &PasswordPage {
                ctx: &ctx,
                action: format!("/account/reset/{token}"),
                current: false,
                required: false,
                done: false,
                errors: FormErrors::from_invalid(&ctx, &invalid),
            },
        )),
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
struct PasswordQuery {
    #[serde(default)]
    required: Option<String>,
    #[serde(default)]
    done: Option<String>,
}

async fn password_form(ctx: Ctx, _: SignedIn, Query(q): Query<PasswordQuery>) -> Response {
    render(
        StatusCode::OK,
        &PasswordPage {
            ctx: &ctx,
            action: "/account/password".into(),
            current: true,
            required: q.required.is_some(),
            done: q.done.is_some(),
            errors: FormErrors::default(),
        },
    )
}

/// The form again with what was wrong (a wrong current password is told beside its field).
fn form_refusal(ctx: &Ctx, e: Error, field: &str) -> std::result::Result<FormErrors, Error> {
    match e {
        Error::Invalid(invalid) => Ok(FormErrors::from_invalid(ctx, &invalid)),
        Error::BadCredentials => {
            let message = ctx.t("recovery-wrong-password");
            Ok(FormErrors {
                fields: vec![(field.to_string(), message.clone())],
                summary: vec![(field.to_string(), message)],
                general: None,
            })
        }
        e => Err(e),
    }
}

async fn password_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    SignedIn(account): SignedIn,
    CsrfForm(form): CsrfForm<NewPasswordForm>,
) -> Result<Response> {
    let changed = recovery::change_password(
        &app,
        &account,
        &form.current_password,
        &form.new_password,
        ctx.client_ip,
    )
    .await;
    match changed {
        Ok(()) => Ok(Redirect::to("/account/password?done=1").into_response()),
        Err(e) => {
            let errors = form_refusal(&ctx, e, "current_password")?;
            Ok(render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &PasswordPage {
                    ctx: &ctx,
                    action: "/account/password".into(),
                    current: true,
                    required: false,
                    done: false,
                    errors,
                },
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "accounts/recovery/email.html")]
struct EmailPage<'a> {
    ctx: &'a Ctx,
    new_email: String,
    sent: bool,
    errors: FormErrors,
}

#[derive(Deserialize)]
struct SentQuery {
    #[serde(default)]
    sent: Option<String>,
}

async fn email_form(ctx: Ctx, _: SignedIn, Query(q): Query<SentQuery>) -> Response {
    render(
        StatusCode::OK,
        &EmailPage {
            ctx: &ctx,
            new_email: String::new(),
            sent: q.sent.is_some(),
            errors: FormErrors::default(),
        },
    )
}

#[derive(Deserialize)]
struct EmailChangeForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    new_email: String,
}

async fn email_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    SignedIn(account): SignedIn,
    CsrfForm(form): CsrfForm<EmailChangeForm>,
) -> Result<Response> {
    match recovery::request_email_change(
        &app,
        &account,
        &form.password,
        &form.new_email,
        ctx.client_ip,
    )
    .await
    {
        Ok(()) => Ok(Redirect::to("/account/email?sent=1").into_response()),
        Err(e) => {
            let errors = form_refusal(&ctx, e, "password")?;
            Ok(render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &EmailPage {
                    ctx: &ctx,
                    new_email: form.new_email.clone(),
                    sent: false,
                    errors,
                },
            ))
        }
    }
}

async fn email_confirm_form(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response> {
    let action = format!("/account/email/confirm/{token}");
    let messages = "recovery-email-confirm";
    confirm_link(
        &app,
        &ctx,
        &token,
        TokenPurpose::ChangeEmail,
        messages,
        action,
    )
    .await
}

async fn email_confirm_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response> {
    match recovery::confirm_email_change(&app, &token, ctx.client_ip).await {
        Ok(_) => Ok(message(
            &ctx,
            StatusCode::OK,
            "recovery-email-changed",
            Some(("/", "recovery-to-home")),
        )),
        Err(Error::Conflict(LINK_INVALID)) => Ok(link_invalid(&ctx)),
        Err(e) => Err(e),
    }
}
