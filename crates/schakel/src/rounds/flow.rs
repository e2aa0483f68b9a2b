//! The workflows of matching rounds: create, open, close, a pupil's ranking, run, a move by
//! hand, publish. Each is one write transaction that holds the round's row (see
//! `store::hold`), checks the policy and the round's status there, and makes its change with the
//! messages it sends; or stops and leaves nothing behind (`crate::flow`).
//!
//! A run is the exception in one respect: reading a whole network's rankings and solving them
//! takes seconds, and a write transaction on SQLite holds the one write lock of the database
//! meanwhile. So a run reads and solves first, and then stores its result in one transaction
//! that holds the round and checks it is still closed (a closed round's rankings do not change).

use std::collections::HashSet;
use std::time::{Duration, Instant};

use schakel_match::Mode;

use crate::auth::model::Actor;
use crate::auth::policy::{self, Action, Resource};
use crate::db::{SqlScope, Tx};
use crate::env::Env;
use crate::flow::{Outcome, Stop, blocking, refuse};
use crate::ids::{PupilId, RoundId, SchoolId, VacancyId};
use crate::minors::check::Context;
use crate::placements::notify::{Arg, Message, Party, tell_message};
use crate::placements::store::vacancies;
use crate::rounds::engine::{self, Comparison, Summary};
use crate::rounds::model::{self, Edit, Problems, RankError, RoundForm, RoundInput, Status, Step, StepError};
use crate::rounds::store::{self, NewRound, Round, RoundError, Selection, choices};

/// Why a round step did not happen.
#[derive(Debug)]
pub enum Refused {
    /// The round's status does not allow it now.
    Step(StepError),
    /// A ranking that cannot be saved: too many choices, a vacancy the round does not offer her,
    /// or a round that closed.
    Rank(RankError),
    /// The vacancy a pupil was to move to has no seat left.
    Full,
    /// The pupil holds a live placement at that vacancy already.
    AlreadyThere,
    /// The vacancy is not one she may take (the run's rule).
    NotOpenToHer,
    /// The form's fields, every problem at once.
    Invalid(Problems),
}

impl From<StepError> for Stop<Refused> {
    fn from(e: StepError) -> Self {
        Stop::Refused(Refused::Step(e))
    }
}

impl From<RoundError> for Stop<Refused> {
    fn from(e: RoundError) -> Self {
        match e {
            RoundError::Step(s) => Stop::Refused(Refused::Step(s)),
            RoundError::Rank(r) => Stop::Refused(Refused::Rank(r)),
            RoundError::Full { .. } => Stop::Refused(Refused::Full),
            RoundError::NotFound => Stop::NotFound,
            RoundError::Db(e) => Stop::Db(e),
            RoundError::Rules(e) => e.into(),
        }
    }
}

/// The round, if the actor may take `action` on it as its coordinator or the project leader.
async fn managed(tx: &Tx, actor: &Actor, id: RoundId, action: Action) -> Outcome<Round, Refused> {
    let r = store::round(tx, id).await?.ok_or(Stop::NotFound)?;
    policy::require(actor, action, Resource::Round(r.school_id))?;
    Ok(r)
}

/// The ids of `raw` that read as ids (the form's own values; anything else is left out).
fn parsed<T: std::str::FromStr>(raw: &[String]) -> Vec<T> {
    raw.iter().filter_map(|s| s.trim().parse().ok()).collect()
}

/// Creates a round (as a draft) for `school`, or for the network, from the form: every
/// problem of the form and of its scope at once.
#[tracing::instrument(skip_all)]
pub async fn create(env: &Env, actor: &Actor, school: Option<SchoolId>, form: &RoundForm) -> Outcome<RoundId, Refused> {
    let tx = env.db.begin().await?;
    policy::require(actor, Action::Create, Resource::Rounds)?;
    policy::require(actor, Action::Create, Resource::Round(school))?;
    if let Ok(f) = form.follows.trim().parse::<RoundId>() {
        managed(&tx, actor, f, Action::View).await?;
    }
    let parsed_input = RoundInput::parse(form, tx.now());
    let mut problems = parsed_input.as_ref().err().cloned().unwrap_or_default();
    let pupils = check_scope(&tx, school, form, &mut problems).await?;
    let input = match parsed_input {
        Ok(input) if problems.is_empty() => input,
        _ => return refuse(Refused::Invalid(problems)),
    };
    let id = RoundId::new();
    let new = NewRound {
        id,
        school,
        name: &input.name,
        choices: input.choices,
        priority: input.priority,
        seed: i64::from(rand::random::<u32>()),
        closes_at: input.closes_at,
        follows: input.follows,
        pupils: &pupils,
        vacancies: &input.vacancies,
        by: Some(actor.user_id),
    };
    store::create(&tx, &new).await?;
    tx.commit().await?;
    Ok(id)
}

/// Checks what needs the database: the classes, pupils and schools are in the round's scope,
/// the vacancies are open to it; gives the pupils the round will hold.
async fn check_scope(
    tx: &Tx,
    school: Option<SchoolId>,
    form: &RoundForm,
    problems: &mut Problems,
) -> Outcome<Vec<PupilId>, Refused> {
    let network: Vec<SchoolId> = parsed(&form.schools);
    let scope = match school {
        Some(s) => SqlScope::Only(vec![s.uuid()]),
        None if network.is_empty() => SqlScope::All,
        None => SqlScope::Only(network.iter().map(|s| s.uuid()).collect()),
    };
    let network_ids: Vec<uuid::Uuid> = network.iter().map(|s| s.uuid()).collect();
    if school.is_none()
        && store::count_in_scope(tx, "schools", "id", &SqlScope::All, &network_ids).await? != network_ids.len()
    {
        problems.add("pupils", "err-choice");
    }
    for (table, raw) in [("classes", &form.classes), ("pupils", &form.pupils)] {
        let ids: Vec<uuid::Uuid> = parsed(raw);
        if store::count_in_scope(tx, table, "school_id", &scope, &ids).await? != ids.len() {
            problems.add("pupils", "err-round-pupils-scope");
        }
    }
    let open: HashSet<VacancyId> =
        store::vacancy_options(tx, school, None, None, tx.today()).await?.into_iter().map(|v| v.id).collect();
    if parsed::<VacancyId>(&form.vacancies).iter().any(|v| !open.contains(v)) {
        problems.add("vacancies", "err-round-vacancies-scope");
    }
    let selection = Selection {
        schools: scope,
        classes: parsed(&form.classes),
        years: parsed(&form.years),
        pupils: parsed(&form.pupils),
    };
    let pupils = store::select_pupils(tx, &selection).await?;
    if pupils.is_empty() {
        problems.add("pupils", "err-round-no-pupils");
    }
    Ok(pupils)
}

/// Opens a draft for ranking; every pupil of the round hears she can choose now.
#[tracing::instrument(skip_all, fields(round = %id))]
pub async fn open(env: &Env, actor: &Actor, id: RoundId) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    let r = managed(&tx, actor, id, Action::Edit).await?;
    store::step(&tx, id, Step::Open).await?;
    let deadline = crate::clock::amsterdam(r.closes_at);
    let args = [
        ("round", Arg::from(r.name.as_str())),
        ("choices", Arg::from(r.choices)),
        (
            "deadline",
            Arg::Text(format!(
                "{:02}-{:02}-{} {:02}:{:02}",
                deadline.day(),
                deadline.month() as u8,
                deadline.year(),
                deadline.hour(),
                deadline.minute()
            )),
        ),
    ];
    let link = format!("/rounds/{id}");
    let message = Message { key: "round-opened", args: &args, placement: None, link: &link };
    let parties: Vec<Party> = store::results::members(&tx, id).await?.into_iter().map(Party::Pupil).collect();
    tell_message(&tx, &env.config.public_url, &parties, &message, Some(actor.user_id)).await?;
    tx.commit().await?;
    Ok(())
}

/// Closes an open round before its deadline.
#[tracing::instrument(skip_all, fields(round = %id))]
pub async fn close(env: &Env, actor: &Actor, id: RoundId) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    managed(&tx, actor, id, Action::Edit).await?;
    store::step(&tx, id, Step::Close).await?;
    tx.commit().await?;
    Ok(())
}

/// Replaces a pupil's ranking: the numbers she chose, then the button she pressed (up, down,
/// remove, add). What she adds must be a vacancy of this round that the search offers her and
/// the rules for minors allow at her age.
#[tracing::instrument(skip_all, fields(round = %id))]
pub async fn rank(
    env: &Env,
    actor: &Actor,
    id: RoundId,
    numbers: &[(VacancyId, String)],
    edit: Option<Edit>,
) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    let (pupil, _) = actor.pupil().ok_or(Stop::NotFound)?;
    policy::require(actor, Action::Rank, Resource::RoundEntry(pupil))?;
    let r = store::round(&tx, id).await?.ok_or(Stop::NotFound)?;
    if r.status == Status::Draft || !store::is_member(&tx, id, pupil).await? {
        return Err(Stop::NotFound);
    }
    if r.status != Status::Open {
        return refuse(Refused::Rank(RankError::Closed));
    }
    let current: Vec<VacancyId> = choices::of(&tx, id, pupil).await?.iter().map(|c| c.vacancy_id).collect();
    let max = usize::try_from(r.choices).unwrap_or(1);
    let list = model::reorder(&current, numbers, edit, max).map_err(|e| Stop::Refused(Refused::Rank(e)))?;
    let added: Vec<VacancyId> = list.iter().filter(|v| !current.contains(v)).copied().collect();
    if !added.is_empty() {
        let in_round: HashSet<VacancyId> = store::vacancy_ids(&tx, id).await?.into_iter().collect();
        let seeker = vacancies::seeker(&tx, pupil).await?.ok_or(Stop::NotFound)?;
        let today = tx.today();
        let rules = Context::load(&tx, today).await?;
        for v in added {
            if !in_round.contains(&v)
                || !vacancies::open_to(&tx, v, &seeker, today).await?
                || rules.forbids(&tx, v, seeker.birth).await?
            {
                return refuse(Refused::Rank(RankError::NotOffered));
            }
        }
    }
    choices::save(&tx, id, pupil, &list).await?;
    tx.commit().await?;
    Ok(())
}

/// How long the parts of a run took.
#[derive(Clone, Copy, Debug)]
pub struct Timings {
    pub load: Duration,
    pub solve: Duration,
    pub store: Duration,
}

/// Runs a closed round in `mode` (on the blocking pool) and stores the result, with both modes'
/// figures for comparison.
#[tracing::instrument(skip_all, fields(round = %id))]
pub async fn run(env: &Env, actor: &Actor, id: RoundId, mode: Mode) -> Outcome<(Comparison, Timings), Refused> {
    let r = store::round(&env.db, id).await?.ok_or(Stop::NotFound)?;
    policy::require(actor, Action::Match, Resource::Round(r.school_id))?;
    model::next(r.status, Step::Run)?;
    let started = Instant::now();
    let data = store::results::load(&env.db, &r, env.clock().today()).await?;
    let loaded = Instant::now();
    let choices = usize::try_from(r.choices).unwrap_or(1);
    let (chosen, comparison, data) = blocking(move || {
        let other = match mode {
            Mode::Stable => Mode::Optimal,
            Mode::Optimal => Mode::Stable,
        };
        let chosen = engine::run(&data, mode, None, true);
        let alternative = engine::run(&data, other, None, false);
        let (stable, optimal) = match mode {
            Mode::Stable => (&chosen, &alternative),
            Mode::Optimal => (&alternative, &chosen),
        };
        let comparison = Comparison {
            stable: Summary::of(&stable.outcomes, &data, choices),
            optimal: Summary::of(&optimal.outcomes, &data, choices),
            differ: u32::try_from(engine::differences(stable, optimal)).unwrap_or(u32::MAX),
        };
        (chosen, comparison, data)
    })
    .await?;
    let solved = Instant::now();
    let summary = serde_json::to_string(&comparison).unwrap_or_default();
    let tx = env.db.begin().await?;
    store::results::save_run(&tx, id, &chosen, &summary).await?;
    tx.commit().await?;
    let timings = Timings { load: loaded - started, solve: solved - loaded, store: solved.elapsed() };
    tracing::info!(
        round = %id,
        pupils = data.pupils.len(),
        vacancies = data.vacancies.len(),
        mode = mode.as_str(),
        load_ms = timings.load.as_millis() as u64,
        solve_ms = timings.solve.as_millis() as u64,
        store_ms = timings.store.as_millis() as u64,
        "round run"
    );
    Ok((comparison, timings))
}

/// Moves a pupil by hand, to a vacancy of the round she may take that has a seat left (within
/// the seats the run had), or out of any.
#[tracing::instrument(skip_all, fields(round = %id))]
pub async fn move_pupil(
    env: &Env,
    actor: &Actor,
    id: RoundId,
    pupil: PupilId,
    to: Option<VacancyId>,
) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    managed(&tx, actor, id, Action::Match).await?;
    let choices = choices::of(&tx, id, pupil).await?;
    if let Some(v) = to {
        if store::results::has_live(&tx, pupil, v).await? {
            return refuse(Refused::AlreadyThere);
        }
        // The run's rule: open to her (school, age, still open) and allowed by the rules for
        // minors.
        if !store::results::fitting(&tx, id, pupil, tx.today()).await?.contains(&v) {
            return refuse(Refused::NotOpenToHer);
        }
    }
    let rank = to.and_then(|v| choices.iter().find(|c| c.vacancy_id == v)).map(|c| c.rank);
    store::results::move_pupil(&tx, id, pupil, to, rank).await?;
    tx.commit().await?;
    Ok(())
}

/// Publishes the round: a proposed placement for every match, all at once and once (the round's
/// row is held); every pupil hears her result and every organisation its new candidates, in
/// the same transaction. `note` is the placements' history line; `ids` gives the new
/// placements' ids (fresh ones, or the demo generator's).
#[tracing::instrument(skip_all, fields(round = %id))]
pub async fn publish(
    env: &Env,
    actor: &Actor,
    id: RoundId,
    note: &str,
    ids: &mut (dyn FnMut() -> uuid::Uuid + Send),
) -> Outcome<store::results::Published, Refused> {
    let tx = env.db.begin().await?;
    let r = managed(&tx, actor, id, Action::Publish).await?;
    let published = store::results::publish(&tx, id, actor.user_id, note, ids).await?;
    crate::rounds::notify::published(&tx, &env.config.public_url, &r, Some(actor.user_id)).await?;
    tx.commit().await?;
    Ok(published)
}
