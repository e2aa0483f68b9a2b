//! The school's confirmation: one placement, a class's in one go, a group placed as a whole,
//! and the request for a parent's consent that follows it.

use schakel_minors::Violation;

use crate::auth::model::Actor;
use crate::auth::policy::{self, Action, Resource};
use crate::auth::token;
use crate::db::Tx;
use crate::directory::store::pupils as pupil_store;
use crate::directory::values::Email;
use crate::env::Env;
use crate::flow::{Outcome, Stop, refuse};
use crate::ids::{PlacementId, PupilId, UserId, VacancyId};
use crate::minors::check::{self, Context};
use crate::minors::papers::{self, Party, WarningKey};
use crate::placements::model::{self, Kind, Setting, Status, Step};
use crate::placements::notify::{self, Party as To, What};
use crate::placements::store::placements::{self as store, Placement};
use crate::placements::store::vacancies;
use crate::privacy::audit;

use super::{PupilRefusal, Refused, activate_if_ready, load, parent_signs, reload, tell};

/// How long a consent link works.
const CONSENT_VALID: time::Duration = time::Duration::days(14);

/// What a confirmation led to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Confirmed {
    /// A parent must sign, but no address is known to ask her: the school fills one in.
    pub parent_unknown: bool,
    /// Every signature was in already: the placement started.
    pub started: bool,
}

/// The school confirms a placement and signs the agreement on its behalf, after the host's
/// checks and the rules for minors on the planned slots. `acknowledged` are the warnings the
/// school read and confirms; every open one must be among them.
#[tracing::instrument(skip_all, fields(placement = %id))]
pub async fn confirm(
    env: &Env,
    actor: &Actor,
    id: PlacementId,
    signed: bool,
    acknowledged: &[WarningKey],
) -> Outcome<Confirmed, Refused> {
    let tx = env.db.begin().await?;
    let p = load(&tx, actor, id, Action::Confirm).await?;
    model::next(p.status, Step::Confirm { consent_needed: false })?;
    if !signed {
        return refuse(Refused::Unsigned);
    }
    let done = confirm_in(&tx, env, actor, &p, acknowledged).await?;
    tx.commit().await?;
    Ok(done)
}

/// What confirming a class at once did, placement by placement.
#[derive(Debug, Default)]
pub struct Bulk {
    pub confirmed: Vec<(PlacementId, Confirmed)>,
    /// Left for the placement's own page, with why: a rule blocks it, its host lacks checks,
    /// warnings wait, every place is taken, or it is no longer waiting.
    pub refused: Vec<(PlacementId, Refused)>,
    /// Not hers to confirm, or gone: nothing is said about these.
    pub unknown: usize,
}

impl Bulk {
    /// Confirmed, but a parent who must sign has no known address.
    pub fn parent_unknown(&self) -> usize {
        self.confirmed.iter().filter(|(_, c)| c.parent_unknown).count()
    }
}

/// Confirms the chosen placements, each in a transaction of its own (each is one school's step
/// on one placement, checked on its own): those that cannot be confirmed as they are stay for
/// their own page, and the others go through.
#[tracing::instrument(skip_all, fields(count = ids.len()))]
pub async fn confirm_many(env: &Env, actor: &Actor, ids: &[PlacementId], signed: bool) -> Outcome<Bulk, Refused> {
    policy::require(actor, Action::Confirm, Resource::Placements)?;
    if !ids.is_empty() && !signed {
        return refuse(Refused::Unsigned);
    }
    let mut bulk = Bulk::default();
    for id in ids {
        match confirm(env, actor, *id, true, &[]).await {
            Ok(done) => bulk.confirmed.push((*id, done)),
            Err(Stop::Refused(why)) => bulk.refused.push((*id, why)),
            Err(Stop::NotFound) => bulk.unknown += 1,
            Err(e) => return Err(e),
        }
    }
    Ok(bulk)
}

/// The confirmation itself, inside the caller's transaction (see [`confirm`]).
async fn confirm_in(
    tx: &Tx,
    env: &Env,
    actor: &Actor,
    p: &Placement,
    acknowledged: &[WarningKey],
) -> Outcome<Confirmed, Refused> {
    let today = tx.today();
    if !check::host_lacking(tx, p.organisation_id, today).await?.is_empty() {
        return refuse(Refused::HostChecks);
    }
    let rules = Context::load(tx, today).await?;
    let found = rules.placement_planned(tx, p).await?;
    if found.is_blocked() {
        return refuse(Refused::Blocked(found));
    }
    let open: Vec<WarningKey> = found.open_warnings().into_iter().map(check::key).collect();
    if !open.iter().all(|k| acknowledged.contains(k)) {
        return refuse(Refused::Warnings(found));
    }
    let consent_needed = parent_signs(&rules, p);
    let by = Some(actor.user_id);
    store::take_step(tx, p.id, Step::Confirm { consent_needed }, by, "").await?;
    papers::sign(tx, p.id, Party::School, by, &actor.name).await?;
    if !open.is_empty() {
        papers::acknowledge(tx, p.id, &open, "", actor.user_id).await?;
        let rules = open.iter().map(|(r, _, _)| r.as_str()).collect::<Vec<_>>().join(", ");
        audit::record(tx, by, audit::Event::WarningsConfirmed { placement: p.id, school: p.school_id, rules }).await?;
    }
    audit::record(tx, by, audit::Event::AgreementSigned { placement: p.id, school: p.school_id, party: "school" })
        .await?;
    let started = after_confirmation(tx, env, p.id, by).await?;
    let parent_unknown = consent_needed && !parent_known(p);
    Ok(Confirmed { parent_unknown, started })
}

/// Whether a consent request can go out at once: the school knows a parent's address.
fn parent_known(p: &Placement) -> bool {
    p.parent_email.as_deref().is_some_and(|e| !e.trim().is_empty())
}

/// After the school's confirmation: the pupil and the host hear of it, a parent gets the consent
/// link when one is asked and known, and the placement starts if every signature is in already.
async fn after_confirmation(tx: &Tx, env: &Env, id: PlacementId, by: Option<UserId>) -> Outcome<bool, Refused> {
    let p = reload(tx, id).await?;
    tell(tx, env, &p, &[To::Pupil(p.pupil_id), To::Host(p.organisation_id)], What::Confirmed, by).await?;
    if p.consent_required
        && let Some(parent) = p.parent_email.as_deref().filter(|e| !e.trim().is_empty())
    {
        send_consent(tx, env, &p, parent).await?;
    }
    activate_if_ready(tx, env, id, by).await
}

/// Mails a parent the signed link to consent (earlier links stop working) and tells the school
/// it went out.
async fn send_consent(tx: &Tx, env: &Env, p: &Placement, parent: &str) -> sqlx::Result<()> {
    let tok = token::random_token();
    store::create_consent(tx, p.id, &token::digest(&tok), parent, CONSENT_VALID).await?;
    let link = format!("{}/consent/{tok}", env.config.public_url);
    notify::mail_outside(
        tx,
        parent,
        "mail-consent",
        &[
            ("pupil", p.first_name.clone()),
            ("vacancy", p.vacancy_title.clone()),
            ("organisation", p.organisation_name.clone()),
            ("school", p.school_name.clone()),
            ("link", link),
            ("days", CONSENT_VALID.whole_days().to_string()),
        ],
    )
    .await?;
    tell(tx, env, p, &[To::School(p.school_id)], What::ConsentAsked, None).await
}

/// The coordinator sends (or sends again) the request for consent to a parent's address, and
/// keeps the address with the pupil.
#[tracing::instrument(skip_all, fields(placement = %id))]
pub async fn request_consent(env: &Env, actor: &Actor, id: PlacementId, parent_email: &str) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    let p = load(&tx, actor, id, Action::Confirm).await?;
    if p.status != Status::Confirmed {
        return refuse(Refused::Step(model::StepError::NotConfirmed));
    }
    let Ok(email) = Email::parse(parent_email) else {
        return refuse(Refused::Invalid(vec![("parent_email", "err-email")]));
    };
    pupil_store::set_parent_email(&tx, p.pupil_id, &email).await?;
    send_consent(&tx, env, &p, email.as_str()).await?;
    tx.commit().await?;
    Ok(())
}

/// What the school sends to place a group: the pupils she ticked, her signature, and whether she
/// confirms the warnings the rules raise for them.
pub struct GroupInput {
    pub pupils: Vec<PupilId>,
    pub signed: bool,
    pub acknowledged: bool,
}

/// Why a group was not placed.
#[derive(Debug)]
pub enum GroupRefused {
    /// Nobody was ticked.
    NoneChosen,
    /// A pupil's date of birth is missing, so the rules cannot be checked (her name).
    NoBirth(String),
    /// A pupil is younger than the host asks (her name).
    TooYoung(String),
    /// Fewer pupils than the group needs.
    TooSmall,
    /// The rules forbid the work for these pupils; a group is valid only if valid for each (A7).
    Blocked(Vec<PupilRefusal>),
    /// Warnings the school must confirm, or her signature, are missing.
    Unconfirmed { warnings: Vec<PupilRefusal>, unsigned: bool, unacknowledged: bool },
    /// The vacancy has too few places left.
    Full,
    /// One of the pupils holds a live placement there already.
    AlreadyPlaced,
}

/// What placing a group made.
pub struct GroupPlaced {
    pub placements: Vec<PlacementId>,
}

/// The school places pupils of her schools in a group vacancy as a whole: her placing is her
/// confirmation and signature for each. The rules for minors are checked for every pupil; the
/// warnings she confirms are recorded per placement; then each placement goes on as any
/// confirmed one (the pupil signs, a parent is asked).
#[tracing::instrument(skip_all, fields(vacancy = %vacancy, pupils = input.pupils.len()))]
pub async fn place_group(
    env: &Env,
    actor: &Actor,
    vacancy: VacancyId,
    input: GroupInput,
) -> Outcome<GroupPlaced, GroupRefused> {
    let tx = env.db.begin().await?;
    let v = vacancies::vacancy(&tx, vacancy).await?.ok_or(Stop::NotFound)?;
    policy::require(actor, Action::Confirm, Resource::Vacancy { organisation: v.organisation_id, open: v.is_open() })?;
    if v.kind != Kind::Group.code() {
        return Err(Stop::NotFound);
    }
    if input.pupils.is_empty() {
        return refuse(GroupRefused::NoneChosen);
    }
    let today = tx.today();
    // Every pupil must be of a school whose pupils she places, with a date of birth, and of the
    // age the host asks; the law's own ages are the rules engine's, which says why (below).
    let mut records = Vec::with_capacity(input.pupils.len());
    for id in &input.pupils {
        let p = pupil_store::pupil(&tx, *id).await?.filter(|p| p.archived_at.is_none()).ok_or(Stop::NotFound)?;
        policy::require(actor, Action::Confirm, Resource::Pupils(p.school_id))?;
        let Some(birth) = p.date_of_birth else { return refuse(GroupRefused::NoBirth(p.name())) };
        let legal = Setting::from_code(&v.setting).map(Setting::legal_minimum_age).unwrap_or(13);
        if v.min_age > legal && !model::old_enough(birth, v.starts_on, today, v.min_age) {
            return refuse(GroupRefused::TooYoung(p.name()));
        }
        records.push((p, birth));
    }
    if v.group_min.is_some_and(|min| (records.len() as i32) < min) {
        return refuse(GroupRefused::TooSmall);
    }
    let rules = Context::load(&tx, today).await?;
    let members: Vec<(PupilId, time::Date, crate::ids::SchoolId)> =
        records.iter().map(|(p, b)| (p.id, *b, p.school_id)).collect();
    let report = rules.group(&tx, &v, &members).await?;
    let name_of = |id: &PupilId| records.iter().find(|(p, _)| p.id == *id).map(|(p, _)| p.name()).unwrap_or_default();
    let of_member = |keep: fn(&Violation) -> bool| -> Vec<PupilRefusal> {
        report
            .members
            .iter()
            .map(|m| PupilRefusal {
                id: m.key,
                name: name_of(&m.key),
                violations: m.violations.iter().filter(|x| keep(x)).cloned().collect(),
            })
            .filter(|m| !m.violations.is_empty())
            .collect()
    };
    if !report.is_valid() {
        return refuse(GroupRefused::Blocked(of_member(Violation::is_block)));
    }
    let warned = of_member(|x| !x.is_block());
    let unacknowledged = !warned.is_empty() && !input.acknowledged;
    if !input.signed || unacknowledged {
        return refuse(GroupRefused::Unconfirmed { warnings: warned, unsigned: !input.signed, unacknowledged });
    }
    let ask_16_17 = rules.engine.options().parent_signature_16_17;
    let pupils: Vec<(PupilId, bool)> =
        records.iter().map(|(p, b)| (p.id, model::parent_asked(Some(*b), v.starts_on, ask_16_17))).collect();
    let placed = match store::place_group(&tx, vacancy, &pupils, actor.user_id, &actor.name).await {
        Ok(ids) => ids,
        Err(store::PlacementError::Full) => return refuse(GroupRefused::Full),
        Err(store::PlacementError::AlreadyApplied) => return refuse(GroupRefused::AlreadyPlaced),
        Err(store::PlacementError::Db(e)) => return Err(Stop::Db(e)),
        Err(e) => return Err(Stop::Failed(anyhow::anyhow!("placing a group: {e}"))),
    };
    let by = Some(actor.user_id);
    for (placement, (pupil, _)) in placed.iter().zip(&pupils) {
        let keys: Vec<WarningKey> =
            warned.iter().filter(|w| w.id == *pupil).flat_map(|w| w.violations.iter().map(check::key)).collect();
        if !keys.is_empty() {
            papers::acknowledge(&tx, *placement, &keys, "group", actor.user_id).await?;
        }
        let school = records.iter().find(|(p, _)| p.id == *pupil).map(|(p, _)| p.school_id).ok_or(Stop::NotFound)?;
        audit::record(&tx, by, audit::Event::AgreementSigned { placement: *placement, school, party: "school" })
            .await?;
        match after_confirmation(&tx, env, *placement, by).await {
            Ok(_) => {}
            Err(Stop::Refused(r)) => return Err(Stop::Failed(anyhow::anyhow!("after placing a group: {r:?}"))),
            Err(Stop::NotFound) => return Err(Stop::NotFound),
            Err(Stop::Db(e)) => return Err(Stop::Db(e)),
            Err(Stop::Failed(e)) => return Err(Stop::Failed(e)),
        }
    }
    tx.commit().await?;
    Ok(GroupPlaced { placements: placed })
}
