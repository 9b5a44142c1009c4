//! Body extractors that turn every malformed body into a typed `Error`: `CsrfForm` for HTML
//! forms (refused unless they echo the CSRF token) and `ApiJson` for the JSON API.

use axum::body::Bytes;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::http::context::Ctx;
use crate::http::errors::Error;

pub struct CsrfForm<T>(pub T);

#[derive(Deserialize)]
struct TokenField {
    #[serde(default)]
    csrf_token: String,
}

/// Constant-time comparison of two tokens.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for CsrfForm<T> {
    type Rejection = Error;

    async fn from_request(req: Request, state: &S) -> Result<Self, Error> {
        let ctx =
            req.extensions().get::<Ctx>().cloned().ok_or_else(|| {
                Error::Internal(anyhow::anyhow!("context middleware not installed"))
            })?;
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(Error::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                Error::PayloadTooLarge
            } else {
                Error::BadRequest("malformed-form")
            }
        })?;
        let token: TokenField = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| Error::BadRequest("malformed-form"))?;
        if !same(&token.csrf_token, &ctx.csrf_token) {
            return Err(Error::Csrf);
        }
        let value = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| Error::BadRequest("malformed-form"))?;
        Ok(CsrfForm(value))
    }
}

pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = Error;

    async fn from_request(req: Request, state: &S) -> Result<Self, Error> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(Error::UnsupportedMediaType),
            Err(r) if r.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(Error::PayloadTooLarge),
            Err(_) => Err(Error::BadRequest("malformed-json")),
        }
    }
}
