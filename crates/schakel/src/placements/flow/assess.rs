//! The host's evaluation and the pupil's reflection.

use crate::auth::model::Actor;
use crate::auth::policy::Action;
use crate::directory::values::{MAX_LONG, optional_text, required_text};
use crate::env::Env;
use crate::flow::{Outcome, refuse};
use crate::ids::PlacementId;
use crate::placements::model::{self, Step};
use crate::placements::notify::{Party as To, What};
use crate::placements::store::placements::{self as store, EvaluationInput};

use super::{Refused, load, tell};

/// Which evaluation the host gives: an interim one while the placement runs, or the final one
/// that completes it.
#[derive(Clone, Copy, Debug)]
pub enum Verdict<'a> {
    Interim,
    /// `confirmed`: she ticked that she completes the placement (no hours are logged after).
    /// `early_reason`: why it ends before its end date; needed only then.
    Final {
        confirmed: bool,
        early_reason: &'a str,
    },
}

/// The host evaluates a running placement; the pupil and her school hear of it. The final
/// evaluation completes the placement: on or after its end date, or before it with a reason.
/// Returns whether the placement completed.
#[tracing::instrument(skip_all, fields(placement = %id))]
pub async fn evaluate(
    env: &Env,
    actor: &Actor,
    id: PlacementId,
    text: &str,
    verdict: Verdict<'_>,
) -> Outcome<bool, Refused> {
    let tx = env.db.begin().await?;
    let p = load(&tx, actor, id, Action::Assess).await?;
    model::next(p.status, Step::Complete)?;
    let mut invalid = Vec::new();
    let text = required_text(text, MAX_LONG).unwrap_or_else(|_| {
        invalid.push(("evaluation", "err-required"));
        String::new()
    });
    let (is_final, early_reason) = match verdict {
        Verdict::Interim => (false, String::new()),
        Verdict::Final { confirmed, early_reason } => {
            let reason = optional_text(early_reason, 500).unwrap_or_default();
            if tx.today() < p.ends_on && reason.is_empty() {
                invalid.push(("early_reason", "evaluation-err-early-reason"));
            }
            if !confirmed {
                invalid.push(("complete", "evaluation-err-confirm"));
            }
            (true, reason)
        }
    };
    if !invalid.is_empty() {
        return refuse(Refused::Invalid(invalid));
    }
    let input = EvaluationInput { text: &text, is_final, early_reason: &early_reason };
    store::set_evaluation(&tx, id, &input, actor.user_id).await?;
    let by = Some(actor.user_id);
    tell(&tx, env, &p, &[To::Pupil(p.pupil_id), To::School(p.school_id)], What::Evaluated, by).await?;
    if is_final {
        store::take_step(&tx, id, Step::Complete, by, &early_reason).await?;
        tell(&tx, env, &p, &[To::Pupil(p.pupil_id), To::School(p.school_id)], What::Completed, by).await?;
    }
    tx.commit().await?;
    Ok(is_final)
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
