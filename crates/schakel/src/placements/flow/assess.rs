//! The host's evaluation and the pupil's reflection.

use crate::auth::model::Actor;
use crate::auth::policy::Action;
use crate::directory::values::{MAX_LONG, required_text};
use crate::env::Env;
use crate::flow::{Outcome, refuse};
use crate::ids::PlacementId;
use crate::placements::notify::{Party as To, What};
use crate::placements::store::placements as store;

use super::{Refused, complete_if_done, load, tell};

/// The host evaluates the placement; the pupil and her school hear of it, and the placement
/// completes when its hours are in too.
#[tracing::instrument(skip_all, fields(placement = %id))]
pub async fn evaluate(env: &Env, actor: &Actor, id: PlacementId, text: &str) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    let p = load(&tx, actor, id, Action::Assess).await?;
    let Ok(text) = required_text(text, MAX_LONG) else {
        return refuse(Refused::Invalid(vec![("evaluation", "err-required")]));
    };
    store::set_evaluation(&tx, id, &text, actor.user_id).await?;
    let by = Some(actor.user_id);
    tell(&tx, env, &p, &[To::Pupil(p.pupil_id), To::School(p.school_id)], What::Evaluated, by).await?;
    complete_if_done(&tx, env, id, by).await?;
    tx.commit().await?;
    Ok(())
}

/// The pupil writes (or rewrites) her reflection.
#[tracing::instrument(skip_all, fields(placement = %id))]
pub async fn reflect(env: &Env, actor: &Actor, id: PlacementId, text: &str) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    load(&tx, actor, id, Action::Reflect).await?;
    let Ok(text) = required_text(text, MAX_LONG) else {
        return refuse(Refused::Invalid(vec![("reflection", "err-required")]));
    };
    store::set_reflection(&tx, id, &text).await?;
    tx.commit().await?;
    Ok(())
}
