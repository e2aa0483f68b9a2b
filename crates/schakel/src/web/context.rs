//! The request context: who is signed in, in which language, with which CSRF token. One
//! middleware resolves it for every request, checks CSRF on state-changing requests, and turns
//! "needs sign-in" answers into a redirect to the sign-in page.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

use crate::auth::model::Actor;
use crate::auth::{store as auth_store, token};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::csrf::{self, Refused, Seed};
use crate::web::drain;
use crate::web::error::{Error, NeedsSignIn};

pub const SESSION_COOKIE: &str = "schakel_session";
pub const ANON_COOKIE: &str = "schakel_visitor";
pub const LANG_COOKIE: &str = "schakel_lang";
pub const FLASH_COOKIE: &str = "schakel_flash";

/// Everything a handler and a page need to know about the request.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub lang: Lang,
    pub actor: Option<Actor>,
    pub csrf: String,
    /// Path and query of the request, for the language switch and the return after sign-in.
    pub path: String,
    /// Whether htmx sent the request and wants a fragment, not a page. False when htmx restores
    /// its history from the server: it then asks for the whole page.
    pub htmx: bool,
    /// The message key of a one-time notice from the previous request ("saved").
    pub flash: Option<String>,
    /// The session token's digest, when signed in.
    pub session_digest: Option<Vec<u8>>,
    /// Today in Amsterdam, by the application's clock (ages on pages are taken on this day).
    pub today: time::Date,
}

impl Ctx {
    /// The signed-in actor, or a redirect to the sign-in page.
    pub fn actor(&self) -> Result<&Actor, Error> {
        self.actor.as_ref().ok_or(Error::Unauthenticated)
    }

    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or_else(|| Error::Internal(anyhow::anyhow!("request context missing: is the middleware installed?")))
    }
}

/// The middleware: resolve the session, pick the language, check CSRF, run the handler.
pub async fn resolve(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let jar = CookieJar::from_headers(req.headers());
    let path = req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
    let htmx = req.headers().contains_key("hx-request") && !req.headers().contains_key("hx-history-restore-request");

    let session_token = jar.get(SESSION_COOKIE).map(|c| c.value().to_string());
    let mut actor = None;
    let mut digest = None;
    if let Some(t) = &session_token {
        let d = token::digest(t);
        match auth_store::session_actor(&app.db, &d, app.config.session).await {
            Ok(found) => {
                if found.is_some() {
                    digest = Some(d);
                }
                actor = found;
            }
            Err(e) => return Error::Db(e).into_response(),
        }
    }
    if let Some(a) = &actor {
        // The request's span (see `crate::app`) names who asked, by id only.
        tracing::Span::current().record("user_id", tracing::field::display(a.user_id));
    }

    let mut new_anon = None;
    let seed = match (&actor, &session_token) {
        (Some(_), Some(t)) => Seed::Session(t.clone()),
        _ => match jar.get(ANON_COOKIE) {
            Some(c) if c.value().len() == 43 => Seed::Anonymous(c.value().to_string()),
            _ => {
                let t = token::random_token();
                new_anon = Some(t.clone());
                Seed::Anonymous(t)
            }
        },
    };
    let csrf_token = csrf::token_for(&app.secret, &seed);

    let lang = jar
        .get(LANG_COOKIE)
        .and_then(|c| Lang::from_code(c.value()))
        .or(actor.as_ref().map(|a| a.locale))
        .unwrap_or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(Lang::from_accept_language)
                .unwrap_or_default()
        });
    let flash = jar.get(FLASH_COOKIE).map(|c| c.value().to_string()).filter(|k| k.starts_with("flash-"));

    let mut req = req;
    // What the check and the handler leave unread of a body is read and discarded once they have
    // answered, so the client gets to read the answer (see `drain`).
    let mut body_rest = None;
    if csrf::needs_check(req.method()) {
        let (tracked, rest) = drain::track(req);
        body_rest = Some(rest.clone());
        req = match csrf::check(tracked, &csrf_token).await {
            Ok(r) => r,
            Err(refused) => {
                rest.discard();
                let error = if refused == Refused::TooLarge { Error::TooLarge } else { Error::Csrf };
                return with_cookies(error.into_response(), &app, new_anon, false, false);
            }
        };
    }

    let stale_session = session_token.is_some() && actor.is_none();
    let had_flash = flash.is_some();
    req.extensions_mut().insert(Ctx {
        lang,
        actor,
        csrf: csrf_token,
        path: path.clone(),
        htmx,
        flash,
        session_digest: digest,
        today: app.clock().today(),
    });
    let mut res = next.run(req).await;
    if let Some(rest) = body_rest {
        rest.discard();
    }

    if res.status() == StatusCode::UNAUTHORIZED && res.extensions().get::<NeedsSignIn>().is_some() {
        let target = format!("/login?next={}", urlencode(&path));
        res = if htmx {
            let mut r = StatusCode::NO_CONTENT.into_response();
            if let Ok(v) = HeaderValue::from_str(&target) {
                r.headers_mut().insert("hx-redirect", v);
            }
            r
        } else {
            Redirect::to(&target).into_response()
        };
    }
    // A flash is shown once: clear it unless this response sets a new one (a redirect).
    let clear_flash = had_flash
        && !res
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .any(|v| v.to_str().is_ok_and(|s| s.starts_with(FLASH_COOKIE)));
    with_cookies(res, &app, new_anon, stale_session, clear_flash)
}

fn with_cookies(
    mut res: Response,
    app: &AppState,
    anon: Option<String>,
    clear_session: bool,
    clear_flash: bool,
) -> Response {
    let mut cookies = Vec::new();
    if let Some(t) = anon {
        cookies.push(app.cookie(ANON_COOKIE, t, None));
    }
    if clear_session {
        cookies.push(app.removal(SESSION_COOKIE));
    }
    if clear_flash {
        cookies.push(app.removal(FLASH_COOKIE));
    }
    for c in cookies {
        if let Ok(v) = HeaderValue::from_str(&c.to_string()) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res
}

impl AppState {
    /// A cookie with our flags: HttpOnly, SameSite=Lax, Secure when served over https.
    pub fn cookie(&self, name: &'static str, value: String, max_age: Option<time::Duration>) -> Cookie<'static> {
        let mut c = Cookie::build((name, value))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(self.config.secure_cookies());
        if let Some(age) = max_age {
            c = c.max_age(age);
        }
        c.build()
    }

    pub fn removal(&self, name: &'static str) -> Cookie<'static> {
        self.cookie(name, String::new(), Some(time::Duration::ZERO))
    }
}

/// Percent-encodes a value for a query string.
pub fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A same-site path to return to after signing in or switching language; anything else (an
/// absolute URL, `//evil.example`) becomes the home page, so the parameter cannot redirect away.
pub fn safe_return(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\") => n.to_string(),
        _ => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn returns_stay_on_this_site() {
        assert_eq!(safe_return(Some("/pupils?page=2")), "/pupils?page=2");
        assert_eq!(safe_return(Some("//evil.example/")), "/");
        assert_eq!(safe_return(Some("https://evil.example/")), "/");
        assert_eq!(safe_return(Some("/\\evil.example")), "/");
        assert_eq!(safe_return(None), "/");
    }

    #[test]
    fn urlencode_keeps_paths_readable() {
        assert_eq!(urlencode("/pupils?q=de vries&page=2"), "/pupils%3Fq%3Dde%20vries%26page%3D2");
    }
}
