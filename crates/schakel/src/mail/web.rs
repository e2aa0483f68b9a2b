//! The outbox page: every e-mail the product has sent, for the project leader (and for
//! following links by hand in the demo).

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::policy::{self, Action, Resource};
use crate::mail::{self, Message};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::Result;
use crate::web::page::{PER_PAGE, Pager, list_url, page_param, render};

pub fn routes() -> Routes {
    Routes::new().get("/outbox", outbox_page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct OutboxQuery {
    to: String,
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "mail/outbox.html")]
struct OutboxPage {
    ctx: Ctx,
    messages: Vec<Message>,
    pager: Pager,
    to: String,
}

async fn outbox_page(State(app): State<AppState>, ctx: Ctx, Query(q): Query<OutboxQuery>) -> Result<Response> {
    let actor = ctx.actor()?;
    policy::require(actor, Action::View, Resource::Outbox)?;
    let to = q.to.trim().to_string();
    let filter = Some(to.as_str()).filter(|s| !s.is_empty());
    let total = mail::count(&app.db, filter).await?;
    let pager = Pager::new(page_param(&q.page), total, list_url("/outbox", &[("to", &to)]));
    let messages = mail::list(&app.db, filter, PER_PAGE, pager.offset()).await?;
    render(&OutboxPage { ctx, messages, pager, to })
}
