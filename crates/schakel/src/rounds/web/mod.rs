//! Pages of matching rounds: the coordinator's (list, create, open, close, run, move, what-if,
//! publish) and the pupil's (rank, read her result).

mod manage;
mod ranking;
mod results;

use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::model::Actor;
use crate::auth::policy::{self, Action, Resource};
use crate::flow::Stop;
use crate::ids::RoundId;
use crate::rounds::flow::Refused;
use crate::rounds::model::StepError;
use crate::rounds::store::{self, Round};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::redirect_with;

pub fn routes() -> Routes {
    Routes::new()
        .get("/rounds", manage::list)
        .get("/rounds/new", manage::new_form)
        .post("/rounds", manage::create)
        .get("/rounds/{round}", detail)
        .post("/rounds/{round}/open", manage::open)
        .post("/rounds/{round}/close", manage::close)
        .post("/rounds/{round}/ranking", ranking::save)
        .post("/rounds/{round}/run", results::run)
        .get("/rounds/{round}/pupils/{pupil}", results::pupil)
        .post("/rounds/{round}/move", results::move_pupil)
        .get("/rounds/{round}/what-if", results::what_if)
        .post("/rounds/{round}/publish", results::publish)
}

/// The round, if the actor may take `action` on it as its coordinator or the project leader.
async fn managed(app: &AppState, actor: &Actor, id: RoundId, action: Action) -> Result<Round> {
    let r = store::round(&app.db, id).await?.ok_or(Error::NotFound)?;
    policy::require(actor, Action::View, Resource::Round(r.school_id))?;
    policy::require(actor, action, Resource::Round(r.school_id))?;
    Ok(r)
}

/// Whether the actor manages this round.
fn manages(actor: &Actor, r: &Round) -> bool {
    policy::can(actor, Action::View, Resource::Round(r.school_id))
}

/// Filters of the round page: the pupils list (coordinator) or the vacancies offered (pupil).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct DetailQuery {
    q: String,
    category: String,
    show: String,
    page: Option<String>,
}

/// The round page: the coordinator's overview and results, or the pupil's ranking or result.
async fn detail(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<RoundId>,
    Query(q): Query<DetailQuery>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let r = store::round(&app.db, id).await?.ok_or(Error::NotFound)?;
    if manages(&actor, &r) {
        return results::overview(&app, ctx, r, q).await;
    }
    ranking::page(&app, ctx, r, q, None).await
}

/// A refused step goes back to the round with its reason as a notice; nothing changed.
fn refused(app: &AppState, id: RoundId, stop: Stop<Refused>) -> Result<Response> {
    let flash = match stop {
        Stop::Refused(Refused::Step(s)) => s.flash(),
        Stop::Refused(Refused::Full) => "flash-round-move-full",
        Stop::Refused(Refused::Rank(_)) => StepError::NotOpen.flash(),
        Stop::Refused(Refused::AlreadyThere) => "flash-round-move-already-there",
        Stop::Refused(Refused::NotOpenToHer) => "flash-round-move-not-open",
        other => return Err(other.into()),
    };
    Ok(redirect_with(app, &format!("/rounds/{id}"), flash))
}
