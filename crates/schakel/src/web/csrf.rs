//! CSRF protection for every state-changing request. The token is an HMAC of the session token
//! (signed in) or of a random anonymous cookie (signed out), under the server's secret: nothing
//! to store, and it changes when the user signs in. Forms carry it as the hidden field `_csrf`
//! (first in multipart forms); htmx sends it as the `X-CSRF-Token` header.

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Method, Request, header};
use http_body_util::BodyExt;

use crate::auth::token;

pub const FIELD: &str = "_csrf";
pub const HEADER: &str = "x-csrf-token";

/// Largest body we buffer to look for the token: uploads (pupil import) are the big ones.
pub const MAX_BODY: usize = 16 * 1024 * 1024;

/// The token for a session (`Some(token)`) or an anonymous visitor's cookie.
pub fn token_for(secret: &[u8], seed: &Seed) -> String {
    match seed {
        Seed::Session(t) => token::sign(secret, &format!("session:{t}")),
        Seed::Anonymous(t) => token::sign(secret, &format!("anonymous:{t}")),
    }
}

/// What a CSRF token is bound to.
pub enum Seed {
    Session(String),
    Anonymous(String),
}

pub fn needs_check(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Why a state-changing request was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// The token was missing or wrong.
    Invalid,
    /// The body was larger than [`MAX_BODY`].
    TooLarge,
}

/// Checks the token of a state-changing request. The body is buffered (up to [`MAX_BODY`]) to
/// read the form field and handed on unchanged.
pub async fn check(req: Request<Body>, expected: &str) -> Result<Request<Body>, Refused> {
    if let Some(h) = req.headers().get(HEADER).and_then(|v| v.to_str().ok()) {
        return if constant_eq(h, expected) { Ok(req) } else { Err(Refused::Invalid) };
    }
    let (parts, body) = req.into_parts();
    let bytes = match http_body_util::Limited::new(body, MAX_BODY).collect().await {
        Ok(c) => c.to_bytes(),
        Err(_) => return Err(Refused::TooLarge),
    };
    let found = field_in_body(&parts.headers, &bytes).await;
    match found {
        Some(t) if constant_eq(&t, expected) => Ok(Request::from_parts(parts, Body::from(bytes))),
        _ => Err(Refused::Invalid),
    }
}

async fn field_in_body(headers: &HeaderMap, bytes: &Bytes) -> Option<String> {
    let ct = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    if ct.starts_with("application/x-www-form-urlencoded") {
        serde_html_form::from_bytes::<Vec<(String, String)>>(bytes)
            .ok()?
            .into_iter()
            .find(|(k, _)| k == FIELD)
            .map(|(_, v)| v)
    } else if ct.starts_with("multipart/form-data") {
        let boundary = multer::parse_boundary(ct).ok()?;
        let stream = futures_util::stream::once({
            let b = bytes.clone();
            async move { Ok::<Bytes, std::io::Error>(b) }
        });
        let mut mp = multer::Multipart::new(stream, boundary);
        while let Ok(Some(field)) = mp.next_field().await {
            if field.name() == Some(FIELD) {
                return field.text().await.ok();
            }
        }
        None
    } else {
        None
    }
}

fn constant_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_differ_per_session_and_per_secret() {
        let a = token_for(b"k", &Seed::Session("one".into()));
        assert_ne!(a, token_for(b"k", &Seed::Session("two".into())));
        assert_ne!(a, token_for(b"other", &Seed::Session("one".into())));
        assert_ne!(a, token_for(b"k", &Seed::Anonymous("one".into())));
    }

    #[tokio::test]
    async fn finds_the_token_in_forms_and_multipart() {
        let mut h = HeaderMap::new();
        h.insert(header::CONTENT_TYPE, "application/x-www-form-urlencoded".parse().expect("ct"));
        let body = Bytes::from_static(b"name=x&_csrf=abc");
        assert_eq!(field_in_body(&h, &body).await.as_deref(), Some("abc"));

        h.insert(header::CONTENT_TYPE, "multipart/form-data; boundary=XX".parse().expect("ct"));
        let body = Bytes::from_static(
            b"--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntok\r\n--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx;y\r\n--XX--\r\n",
        );
        assert_eq!(field_in_body(&h, &body).await.as_deref(), Some("tok"));
    }
}
