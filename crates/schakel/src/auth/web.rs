//! Signing in and out, accepting an invitation, the own account, the language switch.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use crate::auth::flow::{self, Refused};
use crate::auth::model::Actor;
use crate::auth::store::{self, Invitation};
use crate::auth::token;
use crate::flow::Stop;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::{Ctx, LANG_COOKIE, SESSION_COOKIE, safe_return};
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, redirect_with, render, render_status};

pub fn routes() -> Routes {
    Routes::new()
        .get("/login", login_page)
        .post("/login", login)
        .post("/logout", logout)
        .get("/lang/{code}", switch_language)
        .get("/invite/{token}", invitation_page)
        .post("/invite/{token}", accept_invitation)
        .get("/account", account_page)
        .post("/account/password", change_password)
        .merge(crate::auth::users::routes())
}

#[derive(Deserialize, Default)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "auth/login.html")]
struct LoginPage {
    ctx: Ctx,
    email: String,
    next: String,
    error: Option<String>,
}

async fn login_page(ctx: Ctx, Query(q): Query<NextQuery>) -> Result<Response> {
    if ctx.actor.is_some() {
        return Ok(Redirect::to(&safe_return(q.next.as_deref())).into_response());
    }
    let next = safe_return(q.next.as_deref());
    render(&LoginPage { ctx, email: String::new(), next, error: None })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: String,
}

/// The client's address: the socket peer, or the first `X-Forwarded-For` hop behind our proxy.
fn client_address(app: &AppState, peer: SocketAddr, headers: &HeaderMap) -> String {
    if app.config.trust_proxy
        && let Some(first) =
            headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()).and_then(|v| v.split(',').next())
    {
        return first.trim().to_string();
    }
    peer.ip().to_string()
}

async fn login(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    Form(form): Form<LoginForm>,
) -> Result<Response> {
    let next = safe_return(Some(&form.next));
    let refuse = |ctx: Ctx, status: StatusCode, message: String, email: String| {
        render_status(status, &LoginPage { ctx, email, next: next.clone(), error: Some(message) })
    };
    let address = client_address(&app, peer, &headers);
    let session = match flow::sign_in(&app, &form.email, &form.password, &address).await {
        Ok(session) => session,
        Err(Stop::Refused(Refused::Throttled(wait))) => {
            let msg = ctx.t1("login-throttled", "seconds", wait);
            return refuse(ctx, StatusCode::TOO_MANY_REQUESTS, msg, form.email);
        }
        Err(Stop::Refused(_)) => {
            let msg = ctx.t("login-failed");
            return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, msg, form.email);
        }
        Err(e) => return Err(e.into()),
    };
    let mut res = Redirect::to(&next).into_response();
    let cookie = app.cookie(SESSION_COOKIE, session.token, Some(app.config.session.absolute));
    if let Ok(v) = cookie.to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

async fn logout(State(app): State<AppState>, ctx: Ctx) -> Result<Response> {
    if let Some(d) = &ctx.session_digest {
        store::delete_session(&app.db, d).await?;
    }
    let mut res = redirect_with(&app, "/login", "flash-signed-out");
    if let Ok(v) = app.removal(SESSION_COOKIE).to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

async fn switch_language(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Query(q): Query<NextQuery>,
) -> Result<Response> {
    let lang = Lang::from_code(&code).ok_or(Error::NotFound)?;
    if let Some(actor) = &ctx.actor {
        store::set_locale(&app.db, actor.user_id, lang).await?;
    }
    let mut res = Redirect::to(&safe_return(q.next.as_deref())).into_response();
    let cookie = app.cookie(LANG_COOKIE, lang.code().to_string(), Some(time::Duration::days(365)));
    if let Ok(v) = cookie.to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

#[derive(Template)]
#[template(path = "auth/invite.html")]
struct InvitePage {
    ctx: Ctx,
    state: Invitation,
    errors: FormErrors,
}

async fn invitation_page(State(app): State<AppState>, ctx: Ctx, Path(tok): Path<String>) -> Result<Response> {
    let state = store::invitation(&app.db, &token::digest(&tok)).await?;
    let status = if matches!(state, Invitation::Unknown) { StatusCode::NOT_FOUND } else { StatusCode::OK };
    render_status(status, &InvitePage { ctx, state, errors: FormErrors::default() })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    current: String,
    password: String,
    repeat: String,
}

async fn accept_invitation(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(tok): Path<String>,
    Form(form): Form<PasswordForm>,
) -> Result<Response> {
    let digest = token::digest(&tok);
    let session = match flow::accept_invitation(&app, &digest, &form.password, &form.repeat).await {
        Ok(session) => session,
        Err(Stop::Refused(Refused::Invitation(state))) => {
            let status = if matches!(state, Invitation::Unknown) { StatusCode::NOT_FOUND } else { StatusCode::GONE };
            return render_status(status, &InvitePage { ctx, state, errors: FormErrors::default() });
        }
        Err(Stop::Refused(Refused::Invalid(fields))) => {
            let state = store::invitation(&app.db, &digest).await?;
            let mut errors = FormErrors::default();
            for (field, key) in fields {
                errors.add(field, key);
            }
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &InvitePage { ctx, state, errors });
        }
        Err(e) => return Err(e.into()),
    };
    let mut res = redirect_with(&app, "/", "flash-welcome");
    let cookie = app.cookie(SESSION_COOKIE, session.token, Some(app.config.session.absolute));
    if let Ok(v) = cookie.to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

#[derive(Template)]
#[template(path = "auth/account.html")]
struct AccountPage {
    ctx: Ctx,
    grants: Vec<store::GrantView>,
    errors: FormErrors,
}

fn signed_in(ctx: &Ctx) -> Result<Actor> {
    ctx.actor().cloned()
}

async fn account_page(State(app): State<AppState>, ctx: Ctx) -> Result<Response> {
    let actor = signed_in(&ctx)?;
    let grants = store::grant_views(&app.db, actor.user_id).await?;
    render(&AccountPage { ctx, grants, errors: FormErrors::default() })
}

async fn change_password(State(app): State<AppState>, ctx: Ctx, Form(form): Form<PasswordForm>) -> Result<Response> {
    let actor = signed_in(&ctx)?;
    let keep = ctx.session_digest.clone();
    match flow::change_password(&app, &actor, &form.current, &form.password, &form.repeat, keep.as_deref()).await {
        Ok(()) => Ok(redirect_with(&app, "/account", "flash-password-changed")),
        Err(Stop::Refused(Refused::Invalid(fields))) => {
            let mut errors = FormErrors::default();
            for (field, key) in fields {
                errors.add(field, key);
            }
            let grants = store::grant_views(&app.db, actor.user_id).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &AccountPage { ctx, grants, errors })
        }
        Err(e) => Err(e.into()),
    }
}
