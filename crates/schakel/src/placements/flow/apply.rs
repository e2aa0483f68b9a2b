//! A pupil applies to a vacancy.

use crate::auth::model::Actor;
use crate::auth::policy::{self, Action, Resource};
use crate::directory::values::{MAX_LONG, required_text};
use crate::env::Env;
use crate::flow::{Outcome, Stop, refuse};
use crate::ids::{PlacementId, VacancyId};
use crate::minors::check::Context;
use crate::minors::papers::{self, SideJob};
use crate::placements::model::Kind;
use crate::placements::notify::{self, Facts, Party, What};
use crate::placements::store::placements::{self as store, Proposal};
use crate::placements::store::vacancies;

use super::Refused;

/// What she sends: her motivation, and the side job she declares (its hours add up with the
/// placement's, MINORS-RULES.md B13), as read from the form: the side job's own fields may
/// have problems already.
pub struct Application<'a> {
    pub motivation: &'a str,
    pub side_job: Result<SideJob, Vec<(&'static str, &'static str)>>,
}

/// A pupil applies: a `proposed` placement, her declared side job, and a word to the host. Only
/// what the search offers her may be applied to (open, her school, old enough), and nothing the
/// rules for minors forbid on its slots for her; applying twice, even twice at once, is refused.
#[tracing::instrument(skip_all, fields(vacancy = %vacancy))]
pub async fn apply(env: &Env, actor: &Actor, vacancy: VacancyId, a: Application<'_>) -> Outcome<PlacementId, Refused> {
    let tx = env.db.begin().await?;
    let v = vacancies::vacancy(&tx, vacancy).await?.ok_or(Stop::NotFound)?;
    policy::require(actor, Action::Apply, Resource::Vacancy { organisation: v.organisation_id, open: v.is_open() })?;
    let (pupil, _) = actor.pupil().ok_or(Stop::NotFound)?;
    let seeker = vacancies::seeker(&tx, pupil).await?.ok_or(Stop::NotFound)?;
    let today = tx.today();
    if v.kind == Kind::Group.code() || !vacancies::open_to(&tx, vacancy, &seeker, today).await? {
        return Err(Stop::NotFound);
    }
    let motivation = required_text(a.motivation, MAX_LONG);
    let (motivation, side_job) = match (motivation, a.side_job) {
        (Ok(m), Ok(s)) => (m, s),
        (m, s) => {
            let mut fields = m.err().map(|e| vec![("motivation", e.key())]).unwrap_or_default();
            fields.extend(s.err().unwrap_or_default());
            return refuse(Refused::Invalid(fields));
        }
    };
    let found = Context::load(&tx, today).await?.planned(&tx, &v, seeker.birth, seeker.school, side_job).await?;
    if found.is_blocked() {
        return refuse(Refused::Blocked(found));
    }
    let id = PlacementId::new();
    let proposal = Proposal { id, vacancy, pupil, motivation: &motivation, by: Some(actor.user_id), note: "" };
    if !store::propose(&tx, &proposal).await? {
        return refuse(Refused::AlreadyApplied);
    }
    papers::set_side_job(&tx, id, side_job).await?;
    let first = actor.name.split_whitespace().next().unwrap_or("");
    let facts = Facts {
        placement: id,
        vacancy: &v.title,
        organisation: &v.organisation_name,
        pupil_first_name: first,
        link: format!("/placements/{id}"),
    };
    notify::tell(
        &tx,
        &env.config.public_url,
        &[Party::Host(v.organisation_id)],
        What::Applied,
        &facts,
        Some(actor.user_id),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}
