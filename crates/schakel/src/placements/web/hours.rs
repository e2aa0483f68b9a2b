//! Reviewing hours: per entry on the placement page, or from the link in the e-mail the
//! organisation receives. That link is signed and expires; it opens a page with the entry and
//! the two buttons, so one click approves — and a mail scanner that follows links changes
//! nothing, because opening a link never approves.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use crate::auth::policy::{self, Action, Resource};
use crate::flow::Stop;
use crate::ids::HoursEntryId;
use crate::placements::flow::{self, Refused, Reviewer, link_valid};
use crate::placements::model::HoursStatus;
use crate::placements::store::hours::{self, Entry, Pending};
use crate::placements::store::placements::{self as store, Placement};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{PER_PAGE, Pager, page_param, redirect_with, render, render_status};

/// The host's list of hours to review.
const QUEUE: &str = "/hours";

#[derive(Deserialize, Default)]
#[serde(default)]
struct QueueQuery {
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "placements/hours_queue.html")]
struct QueuePage {
    ctx: Ctx,
    entries: Vec<Pending>,
    pager: Pager,
}

/// Every entry waiting for her review, across her placements, the oldest first.
async fn queue(State(app): State<AppState>, ctx: Ctx, Query(q): Query<QueueQuery>) -> Result<Response> {
    let actor = ctx.actor()?;
    policy::require(actor, Action::Assess, Resource::Placements)?;
    let scope = policy::placement_scope(actor).organisations;
    let total = hours::count_pending(&app.db, &scope).await?;
    let pager = Pager::new(page_param(&q.page), total, QUEUE.to_string());
    let entries = hours::pending(&app.db, &scope, PER_PAGE, pager.offset()).await?;
    render(&QueuePage { ctx, entries, pager })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ChosenForm {
    entries: Vec<String>,
}

/// Approves the entries shown on her list ("approve all shown").
async fn approve_chosen(State(app): State<AppState>, ctx: Ctx, Form(f): Form<ChosenForm>) -> Result<Response> {
    let ids: Vec<HoursEntryId> = f.entries.iter().filter_map(|v| v.parse().ok()).collect();
    let n = flow::approve_entries(&app, ctx.actor()?, &ids).await.map_err(Error::from)?;
    Ok(redirect_with(&app, QUEUE, if n == 0 { "flash-hours-none-approved" } else { "flash-hours-approved-shown" }))
}

pub fn routes() -> Routes {
    Routes::new()
        .get("/hours", queue)
        .post("/hours/approve", approve_chosen)
        .post("/hours/{entry}/approve", approve)
        .post("/hours/{entry}/reject", reject)
        .get("/hours/{entry}/review", review_page)
        .post("/hours/{entry}/review", review_by_link)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ReviewForm {
    comment: String,
    /// `queue`: the review was made on the list of hours to review, and goes back there.
    from: String,
    decision: String,
    exp: String,
    sig: String,
}

async fn load(app: &AppState, id: HoursEntryId) -> Result<(Entry, Placement)> {
    let entry = hours::entry(&app.db, id).await?.ok_or(Error::NotFound)?;
    let p = store::placement(&app.db, entry.placement_id).await?.ok_or(Error::NotFound)?;
    Ok((entry, p))
}

/// A signed-in host reviews an entry on the placement page.
async fn signed_in_review(app: AppState, ctx: Ctx, id: HoursEntryId, approve: bool, f: ReviewForm) -> Result<Response> {
    let comment = f.comment;
    let entry = hours::entry(&app.db, id).await?.ok_or(Error::NotFound)?;
    let back = if f.from == "queue" { QUEUE.to_string() } else { format!("/placements/{}", entry.placement_id) };
    let flash = match flow::review(&app, Reviewer::Actor(ctx.actor()?), id, approve, &comment).await {
        Ok(false) => "flash-hours-reviewed-already",
        Ok(true) if approve => "flash-hours-approved",
        Ok(true) => "flash-hours-rejected",
        Err(Stop::Refused(Refused::Invalid(_))) => "flash-reject-needs-comment",
        Err(e) => return Err(e.into()),
    };
    Ok(redirect_with(&app, &back, flash))
}

async fn approve(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<HoursEntryId>,
    Form(f): Form<ReviewForm>,
) -> Result<Response> {
    signed_in_review(app, ctx, id, true, f).await
}

async fn reject(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<HoursEntryId>,
    Form(f): Form<ReviewForm>,
) -> Result<Response> {
    signed_in_review(app, ctx, id, false, f).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LinkQuery {
    exp: String,
    sig: String,
}

#[derive(Template)]
#[template(path = "placements/review.html")]
struct ReviewPage {
    ctx: Ctx,
    entry: Option<Entry>,
    first_name: String,
    vacancy: String,
    exp: String,
    sig: String,
    /// `valid`, `invalid` (tampered or expired), or `done` (reviewed already).
    state: &'static str,
    error: Option<String>,
}

/// The review page for a link's entry: `state` is `valid`, `done`, or `invalid` (a link that was
/// tampered with or expired: no entry shown).
async fn show(
    app: &AppState,
    ctx: Ctx,
    id: HoursEntryId,
    (exp, sig): (String, String),
    state: &'static str,
    error: Option<String>,
) -> Result<Response> {
    if state == "invalid" {
        let page =
            ReviewPage { ctx, entry: None, first_name: String::new(), vacancy: String::new(), exp, sig, state, error };
        return render_status(StatusCode::FORBIDDEN, &page);
    }
    let (entry, p) = load(app, id).await?;
    // A link to an entry that was reviewed meanwhile says so.
    let state = if state == "valid" && entry.status != HoursStatus::Submitted { "done" } else { state };
    let code = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = ReviewPage {
        ctx,
        entry: Some(entry),
        first_name: p.first_name,
        vacancy: p.vacancy_title,
        exp,
        sig,
        state,
        error,
    };
    render_status(code, &page)
}

/// Opening the link shows the entry and the two buttons; it changes nothing.
async fn review_page(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<HoursEntryId>,
    Query(q): Query<LinkQuery>,
) -> Result<Response> {
    let state = if link_valid(&app.secret, id, &q.exp, &q.sig, app.clock().now()) { "valid" } else { "invalid" };
    show(&app, ctx, id, (q.exp, q.sig), state, None).await
}

async fn review_by_link(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<HoursEntryId>,
    Form(f): Form<ReviewForm>,
) -> Result<Response> {
    let link = (f.exp.clone(), f.sig.clone());
    if !link_valid(&app.secret, id, &f.exp, &f.sig, app.clock().now()) {
        return show(&app, ctx, id, link, "invalid", None).await;
    }
    let by = ctx.actor.as_ref().map(|a| a.user_id);
    let reviewer = Reviewer::Link { exp: &f.exp, sig: &f.sig, by };
    match flow::review(&app, reviewer, id, f.decision == "approve", &f.comment).await {
        Ok(_) => show(&app, ctx, id, link, "done", None).await,
        Err(Stop::Refused(Refused::Invalid(_))) => {
            let error = Some(ctx.t("hours-reject-needs-comment"));
            show(&app, ctx, id, link, "valid", error).await
        }
        Err(e) => Err(e.into()),
    }
}
