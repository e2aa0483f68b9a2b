//! A vacancy's life: saved by its organisation (or a coordinator on its behalf), opened,
//! closed and archived.

use crate::auth::model::Actor;
use crate::auth::policy::{self, Action, Resource};
use crate::directory::store::organisations;
use crate::env::Env;
use crate::flow::{Outcome, Stop, refuse};
use crate::ids::{OrganisationId, VacancyId};
use crate::minors::check::Context;
use crate::placements::model::{VacancyInput, VacancyStatus};
use crate::placements::store::vacancies;

use super::Refused;

/// Saves a new vacancy of `organisation`, as a draft.
#[tracing::instrument(skip_all, fields(organisation = %organisation))]
pub async fn create_vacancy(
    env: &Env,
    actor: &Actor,
    organisation: OrganisationId,
    input: &VacancyInput,
) -> Outcome<VacancyId, Refused> {
    let tx = env.db.begin().await?;
    policy::require(actor, Action::Create, Resource::Vacancy { organisation, open: false })?;
    let org = organisations::organisation(&tx, organisation).await?.filter(|o| o.archived_at.is_none());
    let org = org.ok_or(Stop::NotFound)?;
    let id = vacancies::create(&tx, org.id, &org.name, input, actor.user_id).await?;
    tx.commit().await?;
    Ok(id)
}

/// Saves a vacancy's changes; its capacity never drops below the places it has given.
#[tracing::instrument(skip_all, fields(vacancy = %id))]
pub async fn update_vacancy(env: &Env, actor: &Actor, id: VacancyId, input: &VacancyInput) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    let v = vacancies::vacancy_for_update(&tx, id).await?.ok_or(Stop::NotFound)?;
    policy::require(actor, Action::Edit, Resource::Vacancy { organisation: v.organisation_id, open: v.is_open() })?;
    if i64::from(input.capacity) < v.taken {
        return refuse(Refused::Invalid(vec![("capacity", "err-capacity-below-taken")]));
    }
    vacancies::update(&tx, id, &v.organisation_name, input).await?;
    tx.commit().await?;
    Ok(())
}

/// What opening a vacancy found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatusSet {
    pub to: VacancyStatus,
    /// Opened, while the rules for minors keep some ages out (its page lists which and why).
    pub ages_blocked: bool,
}

/// Moves a vacancy to its next status (`draft → open → closed → archived`, or back to open).
#[tracing::instrument(skip_all, fields(vacancy = %id))]
pub async fn set_vacancy_status(env: &Env, actor: &Actor, id: VacancyId, to: &str) -> Outcome<StatusSet, Refused> {
    let tx = env.db.begin().await?;
    let v = vacancies::vacancy_for_update(&tx, id).await?.ok_or(Stop::NotFound)?;
    policy::require(actor, Action::Edit, Resource::Vacancy { organisation: v.organisation_id, open: v.is_open() })?;
    let Some(to) = VacancyStatus::from_code(to).filter(|to| v.status.successors().contains(to)) else {
        return refuse(Refused::Invalid(vec![("to", "vacancy-err-status")]));
    };
    vacancies::set_status(&tx, id, to).await?;
    let ages_blocked = to == VacancyStatus::Open
        && !Context::load(&tx, tx.today()).await?.vacancy(&tx, &v).await?.blocked_ages().is_empty();
    tx.commit().await?;
    Ok(StatusSet { to, ages_blocked })
}
