//! The directory's steps that write more than one row: a pupil's record with its audit event,
//! her account, and applying an import. Each is one transaction (`crate::flow`).

use crate::auth::model::{Actor, Grant};
use crate::auth::policy::{self, Action, Resource};
use crate::directory::model::PupilInput;
use crate::directory::store::{SaveError, classes, pupils};
use crate::directory::values::Email;
use crate::env::Env;
use crate::flow::{Outcome, Stop, refuse};
use crate::ids::{PupilId, SchoolId};
use crate::privacy::audit;

/// Why a directory step did not happen.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Fields of the form: field and message key.
    Invalid(Vec<(&'static str, &'static str)>),
    /// The pupil has no e-mail address to invite her at.
    NoEmail,
}

impl From<SaveError> for Stop<Refused> {
    fn from(e: SaveError) -> Self {
        match e {
            SaveError::Duplicate(field) => Stop::Refused(Refused::Invalid(vec![(field, "err-duplicate")])),
            SaveError::Db(e) => Stop::Db(e),
        }
    }
}

/// The class, if one is chosen, must be one of the school's.
async fn check_class(tx: &crate::db::Tx, school: SchoolId, input: &PupilInput) -> Outcome<(), Refused> {
    if let Some(c) = input.class
        && !classes::class_options(tx, school).await?.iter().any(|(id, _)| *id == c)
    {
        return refuse(Refused::Invalid(vec![("class", "err-choice")]));
    }
    Ok(())
}

/// A new pupil at `school`.
#[tracing::instrument(skip_all, fields(school = %school))]
pub async fn create_pupil(env: &Env, actor: &Actor, school: SchoolId, input: &PupilInput) -> Outcome<PupilId, Refused> {
    policy::require(actor, Action::Create, Resource::Pupils(school))?;
    let tx = env.db.begin().await?;
    check_class(&tx, school, input).await?;
    let id = pupils::create_pupil(&tx, school, input).await?;
    audit::record(&tx, Some(actor.user_id), audit::Event::PupilCreated { pupil: id, school }).await?;
    tx.commit().await?;
    Ok(id)
}

/// A pupil's record changed.
#[tracing::instrument(skip_all, fields(pupil = %id))]
pub async fn update_pupil(env: &Env, actor: &Actor, id: PupilId, input: &PupilInput) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    let p = pupils::pupil(&tx, id).await?.ok_or(Stop::NotFound)?;
    policy::require(actor, Action::Edit, Resource::Pupil { school: p.school_id, pupil: id })?;
    check_class(&tx, p.school_id, input).await?;
    pupils::update_pupil(&tx, id, input).await?;
    audit::record(&tx, Some(actor.user_id), audit::Event::PupilUpdated { pupil: id, school: p.school_id }).await?;
    tx.commit().await?;
    Ok(())
}

/// Archives a pupil (she keeps her records; her account stops working) or brings her back.
#[tracing::instrument(skip_all, fields(pupil = %id))]
pub async fn set_pupil_archived(env: &Env, actor: &Actor, id: PupilId, archived: bool) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    let p = pupils::pupil(&tx, id).await?.ok_or(Stop::NotFound)?;
    policy::require(actor, Action::Archive, Resource::Pupil { school: p.school_id, pupil: id })?;
    pupils::set_pupil_archived(&tx, id, archived).await?;
    let event = audit::Event::PupilArchived { pupil: id, school: p.school_id, archived };
    audit::record(&tx, Some(actor.user_id), event).await?;
    tx.commit().await?;
    Ok(())
}

/// Gives a pupil an account: a user with her pupil grant (her existing account if her address
/// has one), and an invitation to her e-mail address.
#[tracing::instrument(skip_all, fields(pupil = %id))]
pub async fn invite_pupil(env: &Env, actor: &Actor, id: PupilId) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    let p = pupils::pupil(&tx, id).await?.ok_or(Stop::NotFound)?;
    policy::require(actor, Action::Edit, Resource::Pupil { school: p.school_id, pupil: id })?;
    let Some(Ok(email)) = p.email.as_deref().map(Email::parse) else { return refuse(Refused::NoEmail) };
    let grant = Grant::Pupil { pupil: id, school: p.school_id };
    crate::auth::flow::grant_in(env, &tx, Some(actor.user_id), &email, &p.name(), actor.locale, grant).await?;
    tx.commit().await?;
    Ok(())
}
