//! CSRF protection for every state-changing request. The token is an HMAC of the session token
//! (signed in) or of a random anonymous cookie (signed out), under the server's secret: nothing
//! to store, and it changes when the user signs in. Forms carry it as the hidden field `_csrf`
//! (first in multipart forms); htmx sends it as the `X-CSRF-Token` header.
//!
//! Finding the field never buffers more than an ordinary form may hold ([`FORM_LIMIT`]): a
//! urlencoded form is read whole within that limit, a multipart body only up to its `_csrf`
//! field, and the rest of an upload streams on to the handler, which applies its route's limit.

use std::pin::Pin;
use std::task::{Context, Poll};

use axum::body::{Body, BodyDataStream, Bytes};
use axum::http::{HeaderMap, Method, Request, header};
use futures_util::{Stream, StreamExt};
use http_body_util::BodyExt;

use crate::auth::token;
use crate::web::routes::FORM_LIMIT;

pub const FIELD: &str = "_csrf";
pub const HEADER: &str = "x-csrf-token";

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
    /// A form body was larger than [`FORM_LIMIT`].
    TooLarge,
}

/// Checks the token of a state-changing request and hands the request on with its body intact.
/// The header wins when present; otherwise the body's `_csrf` field is read without buffering
/// more than [`FORM_LIMIT`] (see the module's documentation).
pub async fn check(req: Request<Body>, expected: &str) -> Result<Request<Body>, Refused> {
    let kind = FormKind::of(req.headers());
    // No route takes a urlencoded body over the form limit: refuse one that says it is larger at once.
    if matches!(kind, Some(FormKind::Urlencoded)) && content_length(req.headers()).is_some_and(|n| n > FORM_LIMIT) {
        return Err(Refused::TooLarge);
    }
    if let Some(h) = req.headers().get(HEADER).and_then(|v| v.to_str().ok()) {
        return if constant_eq(h, expected) { Ok(req) } else { Err(Refused::Invalid) };
    }
    let (parts, body) = req.into_parts();
    let (found, body) = match kind {
        Some(FormKind::Urlencoded) => {
            let bytes = match http_body_util::Limited::new(body, FORM_LIMIT).collect().await {
                Ok(c) => c.to_bytes(),
                Err(_) => return Err(Refused::TooLarge),
            };
            (field_in_form(&bytes), Body::from(bytes))
        }
        Some(FormKind::Multipart(boundary)) => field_in_multipart(body, boundary).await,
        None => return Err(Refused::Invalid),
    };
    match found {
        Some(t) if constant_eq(&t, expected) => Ok(Request::from_parts(parts, body)),
        _ => Err(Refused::Invalid),
    }
}

/// The two kinds of body a form of ours sends.
enum FormKind {
    Urlencoded,
    Multipart(String),
}

impl FormKind {
    fn of(headers: &HeaderMap) -> Option<FormKind> {
        let ct = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
        if ct.starts_with("application/x-www-form-urlencoded") {
            Some(FormKind::Urlencoded)
        } else if ct.starts_with("multipart/form-data") {
            multer::parse_boundary(ct).ok().map(FormKind::Multipart)
        } else {
            None
        }
    }
}

fn content_length(headers: &HeaderMap) -> Option<usize> {
    headers.get(header::CONTENT_LENGTH)?.to_str().ok()?.parse().ok()
}

fn field_in_form(bytes: &Bytes) -> Option<String> {
    serde_html_form::from_bytes::<Vec<(String, String)>>(bytes)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == FIELD)
        .map(|(_, v)| v)
}

/// Reads a multipart body up to the end of its `_csrf` field (at most [`FORM_LIMIT`] bytes),
/// and returns the token with a body that replays the chunks read and then streams the rest.
async fn field_in_multipart(body: Body, boundary: String) -> (Option<String>, Body) {
    let mut rest = body.into_data_stream();
    let mut read: Vec<Bytes> = Vec::new();
    let token = {
        let tap = Tap { body: &mut rest, read: &mut read, len: 0, paused: false };
        let mut multipart = multer::Multipart::new(tap, boundary);
        loop {
            match multipart.next_field().await {
                Ok(Some(field)) if field.name() == Some(FIELD) => break field.text().await.ok(),
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => break None,
            }
        }
    };
    let replay = futures_util::stream::iter(read.into_iter().map(Ok::<_, axum::Error>));
    (token, Body::from_stream(replay.chain(rest)))
}

/// Hands a body to multer one chunk at a time and keeps what it read. multer reads whatever a
/// stream has ready before it parses, so without a pause after each chunk it would read on past
/// the field it was asked for, as far as the client has sent.
struct Tap<'a> {
    body: &'a mut BodyDataStream,
    read: &'a mut Vec<Bytes>,
    len: usize,
    paused: bool,
}

impl Stream for Tap<'_> {
    type Item = Result<Bytes, axum::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.paused {
            // Let multer parse what it has; it polls again only when it needs more.
            this.paused = false;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        match Pin::new(&mut *this.body).poll_next(cx) {
            Poll::Ready(Some(Ok(chunk))) => {
                this.len += chunk.len();
                if this.len > FORM_LIMIT {
                    return Poll::Ready(Some(Err(axum::Error::new("no CSRF field within the form limit"))));
                }
                this.read.push(chunk.clone());
                this.paused = true;
                Poll::Ready(Some(Ok(chunk)))
            }
            other => other,
        }
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

    fn form_headers(ct: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::CONTENT_TYPE, ct.parse().expect("ct"));
        h
    }

    fn post(ct: &str, body: Body) -> Request<Body> {
        let mut req = Request::post("/x").body(body).expect("request");
        *req.headers_mut() = form_headers(ct);
        req
    }

    #[test]
    fn finds_the_token_in_a_form() {
        assert_eq!(field_in_form(&Bytes::from_static(b"name=x&_csrf=abc")).as_deref(), Some("abc"));
        assert_eq!(field_in_form(&Bytes::from_static(b"name=x")), None);
    }

    #[tokio::test]
    async fn a_form_over_the_limit_is_refused_as_too_large() {
        let body = format!("_csrf=tok&big={}", "x".repeat(FORM_LIMIT));
        let res = check(post("application/x-www-form-urlencoded", Body::from(body)), "tok").await;
        assert_eq!(res.err(), Some(Refused::TooLarge));
        let res = check(post("application/x-www-form-urlencoded", Body::from("_csrf=tok&a=b")), "tok").await;
        let body = res.expect("accepted").into_body().collect().await.expect("body").to_bytes();
        assert_eq!(body, Bytes::from_static(b"_csrf=tok&a=b"), "handed on unchanged");
    }

    /// The upload after the token is not read by the check, and reaches the handler intact.
    #[tokio::test]
    async fn a_multipart_body_is_read_only_up_to_its_token() {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};

        let head = "--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntok\r\n--XX\r\n\
                    Content-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n";
        let mut chunks = vec![Bytes::from(head)];
        chunks.extend((0..100).map(|i| Bytes::from(format!("{i:08};row\n").repeat(1000))));
        chunks.push(Bytes::from_static(b"\r\n--XX--\r\n"));
        let whole: Vec<u8> = chunks.iter().flat_map(|c| c.to_vec()).collect();
        let polled = Arc::new(AtomicUsize::new(0));
        let counter = polled.clone();
        let stream = futures_util::stream::iter(chunks).map(move |c| {
            counter.fetch_add(1, Ordering::SeqCst);
            Ok::<_, std::io::Error>(c)
        });
        let req = post("multipart/form-data; boundary=XX", Body::from_stream(stream));
        let req = check(req, "tok").await.expect("accepted");
        assert!(polled.load(Ordering::SeqCst) <= 2, "read {} chunks", polled.load(Ordering::SeqCst));
        let body = req.into_body().collect().await.expect("body").to_bytes();
        assert_eq!(body.len(), whole.len());
        assert!(body == whole, "the body reaches the handler unchanged");

        let wrong = post("multipart/form-data; boundary=XX", Body::from(whole.clone()));
        assert_eq!(check(wrong, "other").await.err(), Some(Refused::Invalid));
    }

    #[tokio::test]
    async fn a_multipart_token_after_the_form_limit_is_not_looked_for() {
        let big = "x".repeat(FORM_LIMIT + 1);
        let body = format!(
            "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n{big}\r\n--XX\r\n\
             Content-Disposition: form-data; name=\"_csrf\"\r\n\r\ntok\r\n--XX--\r\n"
        );
        let req = post("multipart/form-data; boundary=XX", Body::from(body));
        assert_eq!(check(req, "tok").await.err(), Some(Refused::Invalid));
    }
}
