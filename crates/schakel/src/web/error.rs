//! The one error type of the web layer. Each variant documents its status; handlers use `?`.
//! Error pages speak Dutch first and English too, because an error can happen before we know
//! the visitor's language (a broken cookie, a database outage). Database and unexpected errors
//! log their cause chain and show a generic message: never internals, never pupil data.

use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use crate::i18n::Lang;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// 401: the page needs a signed-in user; the context middleware turns this into a redirect to
    /// the sign-in page that comes back here afterwards.
    #[error("not signed in")]
    Unauthenticated,
    /// 404: no such record, or one outside the actor's scope (we do not reveal which).
    #[error("not found")]
    NotFound,
    /// 403: signed in, but the policy does not allow this.
    #[error("forbidden")]
    Forbidden,
    /// 403: the CSRF token was missing or wrong.
    #[error("CSRF token missing or invalid")]
    Csrf,
    /// 429: too many attempts; try again after this many seconds.
    #[error("too many requests")]
    TooManyRequests(i64),
    /// 400: a request no form of ours sends; the message key says what was wrong.
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// 413: the upload is larger than we accept.
    #[error("payload too large")]
    TooLarge,
    /// 500: the database failed.
    #[error("database error")]
    Db(#[from] sqlx::Error),
    /// 500: anything else that should not happen.
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

impl Error {
    pub fn status(&self) -> StatusCode {
        match self {
            Error::Unauthenticated => StatusCode::UNAUTHORIZED,
            Error::NotFound => StatusCode::NOT_FOUND,
            Error::Forbidden | Error::Csrf => StatusCode::FORBIDDEN,
            Error::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            Error::BadRequest(_) => StatusCode::BAD_REQUEST,
            Error::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Error::Db(_) | Error::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message key shown to the user.
    fn key(&self) -> &'static str {
        match self {
            Error::Unauthenticated => "error-unauthenticated",
            Error::NotFound => "error-not-found",
            Error::Forbidden => "error-forbidden",
            Error::Csrf => "error-csrf",
            Error::TooManyRequests(_) => "error-too-many",
            Error::BadRequest(key) => key,
            Error::TooLarge => "error-too-large",
            Error::Db(_) | Error::Internal(_) => "error-internal",
        }
    }
}

/// The policy's refusal answers "not found": it reveals nothing about what exists.
impl From<crate::auth::policy::Denied> for Error {
    fn from(_: crate::auth::policy::Denied) -> Self {
        Error::NotFound
    }
}

/// A flow that stopped. Handlers answer a refusal with the page or notice that explains it; one
/// that reaches `?` unhandled says only that nothing changed.
impl<R: std::fmt::Debug> From<crate::flow::Stop<R>> for Error {
    fn from(s: crate::flow::Stop<R>) -> Self {
        match s {
            crate::flow::Stop::NotFound => Error::NotFound,
            crate::flow::Stop::Refused(r) => {
                tracing::warn!(refusal = ?r, "a refusal without its own page");
                Error::BadRequest("error-refused")
            }
            crate::flow::Stop::Db(e) => Error::Db(e),
            crate::flow::Stop::Failed(e) => Error::Internal(e),
        }
    }
}

impl From<crate::minors::rules::RulesError> for Error {
    fn from(e: crate::minors::rules::RulesError) -> Self {
        match e {
            crate::minors::rules::RulesError::Db(e) => Error::Db(e),
            e => Error::Internal(e.into()),
        }
    }
}

/// Marks a 401 response so the context middleware can redirect it to the sign-in page.
#[derive(Clone, Copy, Debug)]
pub struct NeedsSignIn;

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    status: u16,
    nl_title: String,
    nl_message: String,
    en_title: String,
    en_message: String,
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        match &self {
            Error::Db(e) => tracing::error!(error = %e, "database error"),
            Error::Internal(e) => tracing::error!(error = format!("{e:#}"), "internal error"),
            _ => {}
        }
        let status = self.status();
        let key = self.key();
        let wait = match self {
            Error::TooManyRequests(s) => s.max(1),
            _ => 0,
        };
        let msg = |lang: Lang| {
            if wait > 0 { lang.t_args(key, &[("seconds", wait.into())]) } else { lang.t(key) }
        };
        let page = ErrorPage {
            status: status.as_u16(),
            nl_title: Lang::Nl.t(&format!("status-{}", status.as_u16())),
            nl_message: msg(Lang::Nl),
            en_title: Lang::En.t(&format!("status-{}", status.as_u16())),
            en_message: msg(Lang::En),
        };
        let body = page.render().unwrap_or_else(|_| format!("{} {}", status.as_u16(), page.en_message));
        let mut res = (status, Html(body)).into_response();
        if wait > 0
            && let Ok(v) = HeaderValue::from_str(&wait.to_string())
        {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        if status == StatusCode::UNAUTHORIZED {
            res.extensions_mut().insert(NeedsSignIn);
        }
        res
    }
}
