//! The one error type of the HTTP boundary. Each case has a status, a stable `code` and a Fluent
//! message `error-<code>`. A handler returns it; the `context` middleware, which knows the
//! request's language, renders it as `application/problem+json` (API) or as a page.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use garita_domain::validation::{FieldError, Invalid, Problem};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid input")]
    Invalid(Invalid),
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    #[error("login required")]
    LoginRequired,
    #[error("session expired")]
    SessionExpired,
    #[error("wrong e-mail or password")]
    BadCredentials,
    #[error("not allowed for this role")]
    Forbidden,
    /// Not allowed, for a reason of its own the message explains (403): e.g. the
    /// organisation is not approved yet, or an API key lacks the permission.
    #[error("not permitted: {0}")]
    NotPermitted(&'static str),
    #[error("form token missing or wrong")]
    Csrf,
    #[error("not found")]
    NotFound,
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// Refused for a reason the message explains with arguments (e.g. the pass's port).
    #[error("refused: {0}")]
    Refused(&'static str, Vec<(&'static str, String)>),
    #[error("position outside the eligible region")]
    OutsideRegion { excluded_state: Option<String> },
    /// A precise position just across the border, in the United States.
    #[error("position in the United States, not in Mexico")]
    OutsideMexico,
    #[error("photo refused: {0}")]
    BadPhoto(&'static str),
    /// A part the rules in force require is missing (422, its own code), e.g. the position
    /// when confirming under a policy that re-checks it (`location-missing`).
    #[error("missing: {0}")]
    Missing(&'static str),
    /// The password was right but the second factor is missing or wrong (401, its own code).
    #[error("second factor: {0}")]
    SecondFactor(&'static str),
    #[error("too many requests")]
    TooManyRequests { retry_after_secs: u64 },
    /// Everyone's overload, not the caller's: come back in a moment.
    #[error("overloaded")]
    Overloaded { retry_after_secs: u64 },
    #[error("request body too large")]
    PayloadTooLarge,
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        Error::Internal(anyhow::Error::new(e))
    }
}

/// Failures that can only be defects (encoding our own data, a task that panicked, sealed
/// data that does not open under our key, a draw refused by its own rules) are internal.
macro_rules! internal_from {
    ($($t:ty),+ $(,)?) => {
        $(impl From<$t> for Error {
            fn from(e: $t) -> Self {
                Error::Internal(anyhow::Error::new(e))
            }
        })+
    };
}

internal_from!(
    serde_json::Error,
    std::string::FromUtf8Error,
    tokio::task::JoinError,
    crate::storage::vault::Unsealable,
    garita_domain::draw::DrawError,
);

impl From<Invalid> for Error {
    fn from(e: Invalid) -> Self {
        Error::Invalid(e)
    }
}

impl Error {
    pub fn field(field: &'static str, problem: Problem) -> Error {
        Error::Invalid(Invalid::one(field, problem))
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Error::Invalid(_)
            | Error::OutsideRegion { .. }
            | Error::OutsideMexico
            | Error::BadPhoto(_)
            | Error::Missing(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Error::BadRequest(_) => StatusCode::BAD_REQUEST,
            Error::LoginRequired
            | Error::SessionExpired
            | Error::BadCredentials
            | Error::SecondFactor(_) => StatusCode::UNAUTHORIZED,
            Error::Forbidden | Error::Csrf | Error::NotPermitted(_) => StatusCode::FORBIDDEN,
            Error::NotFound => StatusCode::NOT_FOUND,
            Error::Conflict(_) | Error::Refused(..) => StatusCode::CONFLICT,
            Error::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Error::Overloaded { .. } => StatusCode::SERVICE_UNAVAILABLE,
            Error::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Error::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Error::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "validation",
            Error::BadRequest(code)
            | Error::Conflict(code)
            | Error::BadPhoto(code)
            | Error::Missing(code)
            | Error::SecondFactor(code)
            | Error::NotPermitted(code)
            | Error::Refused(code, _) => code,
            Error::OutsideRegion {
                excluded_state: Some(_),
            } => "outside-region-excluded-state",
            Error::OutsideRegion {
                excluded_state: None,
            } => "outside-region",
            Error::OutsideMexico => "outside-mexico",
            Error::LoginRequired => "login-required",
            Error::SessionExpired => "session-expired",
            Error::BadCredentials => "bad-credentials",
            Error::Forbidden => "forbidden",
            Error::Csrf => "csrf",
            Error::NotFound => "not-found",
            Error::TooManyRequests { .. } => "too-many-requests",
            Error::Overloaded { .. } => "overloaded",
            Error::PayloadTooLarge => "payload-too-large",
            Error::UnsupportedMediaType => "unsupported-media-type",
            Error::Internal(_) => "internal",
        }
    }
}

/// What a failed handler leaves for the `context` middleware to render in the caller's language.
#[derive(Debug, Clone)]
pub struct Failure {
    pub status: StatusCode,
    pub code: &'static str,
    pub fields: Vec<FieldError>,
    pub retry_after_secs: Option<u64>,
    /// Arguments of the detail message.
    pub args: Vec<(&'static str, String)>,
    /// Shown to the person for internal errors so support can find the log line.
    pub reference: Option<String>,
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let reference = match &self {
            Error::Internal(e) => {
                let reference = crate::storage::vault::random_id()[..12].to_string();
                tracing::error!(reference, error = ?e, "internal error");
                Some(reference)
            }
            _ => None,
        };
        let failure = Failure {
            status: self.status(),
            code: self.code(),
            fields: match &self {
                Error::Invalid(Invalid(fields)) => fields.clone(),
                _ => Vec::new(),
            },
            retry_after_secs: match &self {
                Error::TooManyRequests { retry_after_secs }
                | Error::Overloaded { retry_after_secs } => Some(*retry_after_secs),
                _ => None,
            },
            args: match self {
                Error::OutsideRegion {
                    excluded_state: Some(state),
                } => vec![("state", state)],
                Error::Refused(_, args) => args,
                _ => Vec::new(),
            },
            reference,
        };
        let mut res = failure.status.into_response();
        res.extensions_mut().insert(failure);
        res
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
