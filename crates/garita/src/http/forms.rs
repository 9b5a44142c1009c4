//! Body extractors that turn every malformed body into a typed `Error`: `CsrfForm` for HTML
//! forms (refused unless they echo the CSRF token) and `ApiJson` for the JSON API.

use axum::body::Bytes;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
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
        match axum::Json::<serde_json::Value>::from_request(req, state).await {
            // Every body the API documents is a JSON object; serde would also read a struct
            // from an array (`[null, null]`), which the document does not allow.
            Ok(axum::Json(v)) if v.is_object() => serde_json::from_value(v)
                .map(ApiJson)
                .map_err(|_| Error::BadRequest("malformed-json")),
            Ok(_) => Err(Error::BadRequest("malformed-json")),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(Error::UnsupportedMediaType),
            Err(r) if r.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(Error::PayloadTooLarge),
            Err(_) => Err(Error::BadRequest("malformed-json")),
        }
    }
}

/// A path parameter that does not parse (a malformed date, a number out of range) is a
/// problem+json 400, like a malformed body, never axum's plain-text rejection.
pub struct ApiPath<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiPath<T> {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Error> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(v)| ApiPath(v))
            .map_err(|_| Error::BadRequest("malformed-request"))
    }
}

/// A query string is form-encoded: one that does not parse into `T` (e.g. `?limit=` past
/// `i64::MAX`) is a problem+json 400 `malformed-request`.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Error> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Query(v)| ApiQuery(v))
            .map_err(|_| Error::BadRequest("malformed-request"))
    }
}

/// A JSON integer as JSON Schema counts one: `2040` and `2040.0` are the same number, so a body
/// valid by the OpenAPI document is not refused as malformed for writing the second. A number
/// with a fraction, or beyond ±2^53 where floats stop being exact, is refused.
pub fn whole_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    use serde::de::Error as _;
    let n = serde_json::Number::deserialize(d)?;
    if let Some(i) = n.as_i64() {
        return Ok(i);
    }
    match n.as_f64() {
        Some(f) if f.fract() == 0.0 && f.abs() <= 9_007_199_254_740_992.0 => Ok(f as i64),
        _ => Err(D::Error::custom("not a whole number")),
    }
}

/// [`whole_number`] for an optional field (`null` or absent: `None`).
pub fn optional_whole_number<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<i64>, D::Error> {
    #[derive(Deserialize)]
    struct W(#[serde(deserialize_with = "whole_number")] i64);
    Option::<W>::deserialize(d).map(|w| w.map(|W(n)| n))
}

#[cfg(test)]
mod tests {
    use super::whole_number;

    #[derive(serde::Deserialize)]
    struct N {
        #[serde(deserialize_with = "whole_number")]
        n: i64,
    }

    fn parse(json: &str) -> Option<i64> {
        serde_json::from_str::<N>(json).ok().map(|v| v.n)
    }

    #[test]
    fn whole_numbers_in_either_spelling() {
        assert_eq!(parse(r#"{"n": 2040}"#), Some(2040));
        assert_eq!(parse(r#"{"n": 2040.0}"#), Some(2040));
        assert_eq!(parse(r#"{"n": -36988.0}"#), Some(-36988));
        assert_eq!(parse(r#"{"n": 2040.5}"#), None);
        assert_eq!(parse(r#"{"n": 1e300}"#), None);
        assert_eq!(parse(r#"{"n": "7"}"#), None);
        assert_eq!(parse(r#"{"n": 18446744073709551615}"#), None);
    }
}
