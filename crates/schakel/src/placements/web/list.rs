//! The placements the actor may see, and the school's confirmation of several at once.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use crate::auth::policy::{self, Action, Resource};
use crate::flow::Stop;
use crate::ids::PlacementId;
use crate::placements::flow;
use crate::placements::model::Status;
use crate::placements::store::placements::{self as store, Filter, Placement};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{PER_PAGE, Pager, list_url, page_param, redirect_with, render};

pub fn routes() -> Routes {
    Routes::new().get("/placements", list).post("/placements/confirm", confirm_many)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ListQuery {
    q: String,
    status: String,
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "placements/placements.html", blocks = ["results"])]
struct ListPage {
    ctx: Ctx,
    rows: Vec<(Placement, String)>,
    pager: Pager,
    q: String,
    status: String,
    statuses: [Status; 7],
    may_confirm: bool,
}

impl ListPage {
    fn any_accepted(&self) -> bool {
        self.rows.iter().any(|(p, _)| p.status == Status::Accepted)
    }
}

async fn list(State(app): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response> {
    let actor = ctx.actor()?;
    policy::require(actor, Action::View, Resource::Placements)?;
    let scope = policy::placement_scope(actor);
    let filter = Filter {
        status: Status::from_code(&q.status),
        text: Some(q.q.trim().to_string()).filter(|t| !t.is_empty()),
        ..Filter::default()
    };
    let total = store::count(&app.db, &scope, &filter).await?;
    let pager = Pager::new(page_param(&q.page), total, list_url("/placements", &[("q", &q.q), ("status", &q.status)]));
    let rows = store::list(&app.db, &scope, &filter, PER_PAGE, pager.offset())
        .await?
        .into_iter()
        .map(|p| {
            // A host sees the first name only until the school has confirmed.
            let name = if policy::sees_full_pupil(actor, &p) { p.full_name() } else { p.first_name.clone() };
            (p, name)
        })
        .collect();
    let may_confirm = policy::can(actor, Action::Confirm, Resource::Placements);
    let page = ListPage { ctx, rows, pager, q: q.q, status: q.status, statuses: Status::ALL, may_confirm };
    if page.ctx.htmx { render(&page.as_results()) } else { render(&page) }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ConfirmManyForm {
    placements: Vec<String>,
    /// `yes`: the coordinator signs the agreements for her school.
    sign: String,
}

/// Confirms the chosen placements in one go (a class at a time), signing each for the school.
/// Those a rule blocks, whose host lacks checks, or that carry warnings to confirm are left for
/// the placement's own page, and the notice says so.
async fn confirm_many(State(app): State<AppState>, ctx: Ctx, Form(f): Form<ConfirmManyForm>) -> Result<Response> {
    let actor = ctx.actor()?;
    let ids: Vec<PlacementId> = f.placements.iter().filter_map(|v| v.parse().ok()).collect();
    let back = "/placements?status=accepted";
    let bulk = match flow::confirm_many(&app, actor, &ids, f.sign == "yes").await {
        Ok(bulk) => bulk,
        Err(Stop::Refused(_)) => return Ok(redirect_with(&app, back, "flash-sign-agree")),
        Err(e) => return Err(Error::from(e)),
    };
    let flash = if ids.is_empty() {
        "flash-none-chosen"
    } else if bulk.refused.is_empty() && bulk.parent_unknown > 0 {
        "flash-confirmed-no-parent"
    } else if bulk.refused.is_empty() {
        "flash-confirmed-all"
    } else {
        "flash-confirmed-some"
    };
    Ok(redirect_with(&app, back, flash))
}
