//! The audit log page, for the project leader.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::policy::{self, Action, Resource};
use crate::ids::SchoolId;
use crate::privacy::audit::{self, ACTIONS};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::Result;
use crate::web::page::{PER_PAGE, Pager, list_url, page_param, render};

pub fn routes() -> Routes {
    Routes::new().get("/audit", audit_page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AuditQuery {
    action: String,
    record: String,
    school: String,
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "privacy/audit.html")]
struct AuditPage {
    ctx: Ctx,
    rows: Vec<audit::Row>,
    pager: Pager,
    action: String,
    record: String,
    actions: &'static [&'static str],
}

async fn audit_page(State(app): State<AppState>, ctx: Ctx, Query(q): Query<AuditQuery>) -> Result<Response> {
    let actor = ctx.actor()?;
    policy::require(actor, Action::View, Resource::AuditLog)?;
    let filter = audit::Filter {
        action: Some(q.action.clone()).filter(|a| ACTIONS.contains(&a.as_str())),
        entity_id: q.record.trim().parse().ok(),
        school: q.school.parse::<SchoolId>().ok(),
    };
    let base = list_url("/audit", &[("action", &q.action), ("record", &q.record), ("school", &q.school)]);
    let total = audit::count(&app.db, &filter).await?;
    let pager = Pager::new(page_param(&q.page), total, base);
    let rows = audit::list(&app.db, &filter, PER_PAGE, pager.offset()).await?;
    render(&AuditPage { ctx, rows, pager, action: q.action, record: q.record, actions: ACTIONS })
}
