//! The directory's steps that write more than one row: a pupil's record with its audit event,
//! her account, and applying an import (in the web and at the command line). Each is one transaction (`crate::flow`).

use crate::auth::model::{Actor, Grant};
use crate::auth::policy::{self, Action, Resource};
use crate::directory::import::Parsed;
use crate::directory::model::{ImportStatus, PupilInput};
use crate::directory::store::pupils::{Applied, ImportRow};
use crate::directory::store::{SaveError, classes, guardians, imports, pupils};
use crate::directory::values::Email;
use crate::env::Env;
use crate::flow::{Outcome, Stop, refuse};
use crate::ids::{ImportBatchId, PupilId, SchoolId, UserId};
use crate::privacy::audit;

/// Why a directory step did not happen.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Fields of the form: field and message key.
    Invalid(Vec<(&'static str, &'static str)>),
    /// The pupil has no e-mail address to invite her at.
    NoEmail,
    /// The import was applied already (a second click).
    DoneAlready,
    /// The file has errors, and skipping the bad rows was not chosen.
    HasErrors,
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
    guardians::replace(&tx, &[(id, &input.guardians)]).await?;
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
    guardians::replace(&tx, &[(id, &input.guardians)]).await?;
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

/// Applies an uploaded import batch (the coordinator's own, for a school she imports into):
/// the pupils created and updated, the batch marked applied and the audit event, all at once,
/// and once: a second click finds it applied. A file with errors imports nothing unless she
/// chose to skip the bad rows.
#[tracing::instrument(skip_all, fields(batch = %id))]
pub async fn import_batch(
    env: &Env,
    actor: &Actor,
    id: ImportBatchId,
    skip_errors: bool,
) -> Outcome<(SchoolId, Applied), Refused> {
    let tx = env.db.begin().await?;
    let batch = imports::batch(&tx, id).await?.ok_or(Stop::NotFound)?;
    policy::require(actor, Action::Import, Resource::Pupils(batch.school_id))?;
    if batch.created_by != actor.user_id {
        return Err(Stop::NotFound);
    }
    let parsed: Parsed = serde_json::from_str(&batch.payload).map_err(|e| Stop::Failed(e.into()))?;
    if batch.status != ImportStatus::Pending || !imports::claim(&tx, id).await? {
        return refuse(Refused::DoneAlready);
    }
    if !parsed.errors.is_empty() && !skip_errors {
        return refuse(Refused::HasErrors);
    }
    let applied = import_in(&tx, Some(actor.user_id), batch.school_id, parsed, |_| {}).await?;
    tx.commit().await?;
    Ok((batch.school_id, applied))
}

/// Imports the good rows of a read file into `school`, for the operator at the command line,
/// with a progress report per row written.
pub async fn import_file(
    env: &Env,
    school: SchoolId,
    parsed: Parsed,
    progress: impl FnMut(usize) + Send,
) -> Outcome<Applied, Refused> {
    let tx = env.db.begin().await?;
    let applied = import_in(&tx, None, school, parsed, progress).await?;
    tx.commit().await?;
    Ok(applied)
}

async fn import_in(
    tx: &crate::db::Tx,
    by: Option<UserId>,
    school: SchoolId,
    parsed: Parsed,
    progress: impl FnMut(usize) + Send,
) -> sqlx::Result<Applied> {
    let rows: Vec<ImportRow> =
        parsed.rows.into_iter().map(|r| ImportRow { pupil: r.pupil, class_name: r.class_name }).collect();
    let applied = pupils::apply_import(tx, school, &rows, parsed.present, progress).await?;
    let event = audit::Event::PupilsImported { school, created: applied.created, updated: applied.updated };
    audit::record(tx, by, event).await?;
    tracing::info!(school = %school, created = applied.created, updated = applied.updated, "pupil import applied");
    Ok(applied)
}
