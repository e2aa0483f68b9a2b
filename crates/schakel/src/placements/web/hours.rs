//! Reviewing hours: per entry on the placement page, or from the link in the e-mail the
//! organisation receives. That link is signed and expires; it opens a page with the entry and
//! the two buttons, so one click approves — and a mail scanner that follows links changes
//! nothing, because opening a link never approves.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::auth::policy::{self, Action, Resource};
use crate::auth::token;
use crate::directory::values::optional_text;
use crate::ids::HoursEntryId;
use crate::placements::model::HoursStatus;
use crate::placements::notify::{self, Facts, Party, What};
use crate::placements::store::hours::{self, Entry};
use crate::placements::store::placements::{self as store, Placement};
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{redirect_with, render_status};
use crate::web::{AppState, Routes};

pub fn routes() -> Routes {
    Routes::new()
        .post("/hours/{entry}/approve", approve)
        .post("/hours/{entry}/reject", reject)
        .get("/hours/{entry}/review", review_page)
        .post("/hours/{entry}/review", review_by_link)
}

/// How long a review link works.
const LINK_VALID: time::Duration = time::Duration::days(30);

fn message(entry: HoursEntryId, expires: i64) -> String {
    format!("hours-review:{entry}:{expires}")
}

/// The path of a signed review link for an entry (the mail puts the public URL in front).
pub(super) fn review_link(app: &AppState, entry: HoursEntryId) -> String {
    review_path(&app.secret, entry)
}

/// The signed review path for `entry` under the server's `secret`.
pub fn review_path(secret: &[u8], entry: HoursEntryId) -> String {
    let expires = (time::OffsetDateTime::now_utc() + LINK_VALID).unix_timestamp();
    let sig = token::sign(secret, &message(entry, expires));
    format!("/hours/{entry}/review?exp={expires}&sig={sig}")
}

fn link_valid(app: &AppState, entry: HoursEntryId, exp: &str, sig: &str) -> bool {
    exp.parse::<i64>().is_ok_and(|e| {
        e > time::OffsetDateTime::now_utc().unix_timestamp() && token::verify(&app.secret, &message(entry, e), sig)
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ReviewForm {
    comment: String,
    decision: String,
    exp: String,
    sig: String,
}

/// Reviews an entry and tells the pupil; completes the placement when this was what it needed.
async fn decide(
    app: &AppState,
    entry: &Entry,
    p: &Placement,
    approve: bool,
    comment: &str,
    by: Option<crate::ids::UserId>,
) -> Result<bool> {
    let done = hours::review(&app.db, entry.id, approve, comment, by).await?;
    if done {
        let facts = Facts {
            placement: p.id,
            vacancy: &p.vacancy_title,
            organisation: &p.organisation_name,
            pupil_first_name: &p.first_name,
            link: format!("/placements/{}", p.id),
        };
        notify::tell(&app.db, &app.config.public_url, &[Party::Pupil(p.pupil_id)], What::HoursReviewed, &facts, by)
            .await?;
        if approve {
            super::placements::complete_if_done(app, p.id, by).await?;
        }
    }
    Ok(done)
}

async fn load(app: &AppState, id: HoursEntryId) -> Result<(Entry, Placement)> {
    let entry = hours::entry(&app.db, id).await?.ok_or(Error::NotFound)?;
    let p = store::placement(&app.db, entry.placement_id).await?.ok_or(Error::NotFound)?;
    Ok((entry, p))
}

async fn signed_in_review(
    app: AppState,
    ctx: Ctx,
    id: HoursEntryId,
    approve: bool,
    comment: String,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let (entry, p) = load(&app, id).await?;
    let res = Resource::Placement { pupil: p.pupil_id, school: p.school_id, organisation: p.organisation_id };
    if !policy::can(&actor, Action::Assess, res) {
        return Err(Error::NotFound);
    }
    let comment = optional_text(&comment, 500).unwrap_or_default();
    if !approve && comment.is_empty() {
        return Ok(redirect_with(&app, &format!("/placements/{}", p.id), "flash-reject-needs-comment"));
    }
    let done = decide(&app, &entry, &p, approve, &comment, Some(actor.user_id)).await?;
    let flash = match (done, approve) {
        (false, _) => "flash-hours-reviewed-already",
        (true, true) => "flash-hours-approved",
        (true, false) => "flash-hours-rejected",
    };
    Ok(redirect_with(&app, &format!("/placements/{}", p.id), flash))
}

async fn approve(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<HoursEntryId>,
    Form(f): Form<ReviewForm>,
) -> Result<Response> {
    signed_in_review(app, ctx, id, true, f.comment).await
}

async fn reject(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<HoursEntryId>,
    Form(f): Form<ReviewForm>,
) -> Result<Response> {
    signed_in_review(app, ctx, id, false, f.comment).await
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

impl ReviewPage {
    fn time(&self, t: &time::Time) -> String {
        format!("{:02}:{:02}", t.hour(), t.minute())
    }
}

async fn review_page(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<HoursEntryId>,
    Query(q): Query<LinkQuery>,
) -> Result<Response> {
    if !link_valid(&app, id, &q.exp, &q.sig) {
        return render_status(
            StatusCode::FORBIDDEN,
            &ReviewPage {
                ctx,
                entry: None,
                first_name: String::new(),
                vacancy: String::new(),
                exp: q.exp,
                sig: q.sig,
                state: "invalid",
                error: None,
            },
        );
    }
    let (entry, p) = load(&app, id).await?;
    let state = if entry.status() == HoursStatus::Submitted { "valid" } else { "done" };
    render_status(
        StatusCode::OK,
        &ReviewPage {
            ctx,
            first_name: p.first_name,
            vacancy: p.vacancy_title,
            entry: Some(entry),
            exp: q.exp,
            sig: q.sig,
            state,
            error: None,
        },
    )
}

async fn review_by_link(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<HoursEntryId>,
    Form(f): Form<ReviewForm>,
) -> Result<Response> {
    if !link_valid(&app, id, &f.exp, &f.sig) {
        return render_status(
            StatusCode::FORBIDDEN,
            &ReviewPage {
                ctx,
                entry: None,
                first_name: String::new(),
                vacancy: String::new(),
                exp: f.exp,
                sig: f.sig,
                state: "invalid",
                error: None,
            },
        );
    }
    let (entry, p) = load(&app, id).await?;
    let approve = f.decision == "approve";
    let comment = optional_text(&f.comment, 500).unwrap_or_default();
    if !approve && comment.is_empty() {
        let error = Some(ctx.t("hours-reject-needs-comment"));
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ReviewPage {
                ctx,
                first_name: p.first_name,
                vacancy: p.vacancy_title,
                entry: Some(entry),
                exp: f.exp,
                sig: f.sig,
                state: "valid",
                error,
            },
        );
    }
    let by = ctx.actor.as_ref().map(|a| a.user_id);
    decide(&app, &entry, &p, approve, &comment, by).await?;
    let (entry, _) = load(&app, id).await?;
    render_status(
        StatusCode::OK,
        &ReviewPage {
            ctx,
            first_name: p.first_name,
            vacancy: p.vacancy_title,
            entry: Some(entry),
            exp: f.exp,
            sig: f.sig,
            state: "done",
            error: None,
        },
    )
}
