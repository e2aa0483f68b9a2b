//! The host's answer to a candidate, and stopping a placement.

use crate::auth::model::Actor;
use crate::auth::policy::Action;
use crate::directory::values::{MAX_LONG, required_text};
use crate::env::Env;
use crate::flow::{Outcome, refuse};
use crate::ids::PlacementId;
use crate::minors::papers::{self, Party};
use crate::placements::model::{self, Step};
use crate::placements::notify::{Party as To, What};
use crate::placements::store::placements as store;
use crate::privacy::audit;

use super::{Refused, load, tell};

/// The organisation accepts the candidate, and signs the agreement on its behalf with it.
#[tracing::instrument(skip_all, fields(placement = %id))]
pub async fn accept(env: &Env, actor: &Actor, id: PlacementId, signed: bool) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    let p = load(&tx, actor, id, Action::Decide).await?;
    model::next(p.status, Step::Accept)?;
    if !signed {
        return refuse(Refused::Unsigned);
    }
    let by = Some(actor.user_id);
    store::take_step(&tx, id, Step::Accept, by, "").await?;
    papers::sign(&tx, id, Party::Host, by, &actor.name).await?;
    audit::record(
        &tx,
        by,
        audit::Event::AgreementSigned { placement: id, school: p.school_id, party: Party::Host.code() },
    )
    .await?;
    tell(&tx, env, &p, &[To::School(p.school_id), To::Pupil(p.pupil_id)], What::Accepted, by).await?;
    tx.commit().await?;
    Ok(())
}

/// The organisation does not take the candidate, and says why.
#[tracing::instrument(skip_all, fields(placement = %id))]
pub async fn decline(env: &Env, actor: &Actor, id: PlacementId, reason: &str) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    let p = load(&tx, actor, id, Action::Decide).await?;
    let Ok(reason) = required_text(reason, MAX_LONG) else {
        return refuse(Refused::Invalid(vec![("reason", "err-required")]));
    };
    let by = Some(actor.user_id);
    store::take_step(&tx, id, Step::Decline, by, &reason).await?;
    tell(&tx, env, &p, &[To::Pupil(p.pupil_id)], What::Declined, by).await?;
    tx.commit().await?;
    Ok(())
}

/// Anyone involved stops the placement, with a reason; its place is free again.
#[tracing::instrument(skip_all, fields(placement = %id))]
pub async fn cancel(env: &Env, actor: &Actor, id: PlacementId, reason: &str) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    let p = load(&tx, actor, id, Action::Cancel).await?;
    let Ok(reason) = required_text(reason, MAX_LONG) else {
        return refuse(Refused::Invalid(vec![("reason", "err-required")]));
    };
    let by = Some(actor.user_id);
    store::take_step(&tx, id, Step::Cancel, by, &reason).await?;
    let everyone = [To::Pupil(p.pupil_id), To::School(p.school_id), To::Host(p.organisation_id)];
    tell(&tx, env, &p, &everyone, What::Cancelled, by).await?;
    tx.commit().await?;
    Ok(())
}
