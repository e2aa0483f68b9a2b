//! The workflows of placement mediation. Each public function is one step a person takes; it
//! opens one write transaction, does all of the step inside it (the policy check, the rules for
//! minors, the change, signatures and acknowledgements, audit events, notifications and outbox
//! mails, the signed agreement) and commits, or stops and leaves nothing behind (`crate::flow`).
//!
//! Shared here: what a step refuses with, loading a placement under the policy, telling the
//! parties, and the two things steps lead to: a placement starting (when every signature is
//! in) and completing (when its hours and evaluation are).

mod apply;
mod assess;
mod confirm;
mod decide;
mod hours;
mod sign;
mod vacancies;

pub use apply::{Application, apply};
pub use assess::{Verdict, evaluate, reflect};
pub use confirm::{
    Bulk, Confirmed, GroupInput, GroupPlaced, GroupRefused, confirm, confirm_many, place_group, request_consent,
};
pub use decide::{accept, cancel, decline};
pub use hours::{
    HoursInput, Reviewer, SessionInput, approve_all, approve_entries, link_valid, log_hours, register_session, review,
    review_path,
};
pub use sign::{ConsentInput, Signed, acknowledge, give_consent, record_childcare, sign};
pub use vacancies::{StatusSet, create_vacancy, set_vacancy_status, update_vacancy};

use crate::auth::model::Actor;
use crate::auth::policy::{self, Action, Resource};
use crate::db::Tx;
use crate::env::Env;
use crate::flow::{Outcome, Stop};
use crate::i18n::Lang;
use crate::ids::{PlacementId, PupilId, UserId};
use crate::minors::check::{Context, Findings};
use crate::minors::papers::{self, Party};
use crate::placements::documents;
use crate::placements::model::{self, Status, Step, StepError};
use crate::placements::notify::{self, Facts, Party as To, What};
use crate::placements::store::placements::{self as store, Placement, PlacementError};

/// Why a placement step did not happen. Each says what the person can do about it.
#[derive(Debug)]
pub enum Refused {
    /// The lifecycle does not allow the step now (someone else was first, say).
    Step(StepError),
    /// Every place of the vacancy is taken.
    Full,
    /// The pupil holds a live placement at this vacancy already.
    AlreadyApplied,
    /// The step is the actor's signature on the agreement, and she did not tick that she signs.
    Unsigned,
    /// It is not this party's turn to sign.
    NotYourTurn,
    /// This party has signed already.
    SignedAlready,
    /// The host lacks checks (insurance, risk declaration, …) that a confirmation needs.
    HostChecks,
    /// A rule for minors forbids it (or the pupil's date of birth is missing).
    Blocked(Findings),
    /// Warnings of the rules wait for the school's confirmation.
    Warnings(Findings),
    /// Fields of the form that are not right: field and message key.
    Invalid(Vec<(&'static str, &'static str)>),
    /// The entry to correct cannot be corrected any more (it was approved meanwhile).
    NotCorrectable,
    /// The rules for minors refuse it for these pupils (a group's session).
    Pupils(Vec<PupilRefusal>),
}

/// A pupil with what the rules for minors find against her, for a page that names who and why.
#[derive(Clone, Debug)]
pub struct PupilRefusal {
    pub id: PupilId,
    pub name: String,
    pub violations: Vec<schakel_minors::Violation>,
}

impl From<StepError> for Refused {
    fn from(e: StepError) -> Self {
        Refused::Step(e)
    }
}

impl Refused {
    /// The notice a page shows for this refusal.
    pub fn flash(&self) -> &'static str {
        match self {
            Refused::Step(StepError::NotAccepted) => "flash-placement-not-accepted",
            Refused::Step(StepError::NotProposed) => "flash-placement-not-proposed",
            Refused::Step(StepError::NotConfirmed) => "flash-placement-no-consent",
            Refused::Step(StepError::NotActive) => "flash-placement-not-active",
            Refused::Step(StepError::Over) => "flash-placement-over",
            Refused::Full => "flash-placement-full",
            Refused::AlreadyApplied => "flash-applied-already",
            Refused::Unsigned => "flash-sign-agree",
            Refused::NotYourTurn => "flash-sign-not-now",
            Refused::SignedAlready => "flash-signed-already",
            Refused::HostChecks => "confirm-err-host-checks",
            Refused::Blocked(_) => "confirm-err-blocked",
            Refused::Warnings(_) => "confirm-err-warnings",
            Refused::Invalid(_) => "flash-form-invalid",
            Refused::NotCorrectable => "flash-hours-not-correctable",
            Refused::Pupils(_) => "hours-err-rules",
        }
    }
}

/// A step the lifecycle does not allow is refused as such: `model::next(from, step)?`.
impl From<StepError> for Stop<Refused> {
    fn from(e: StepError) -> Self {
        Stop::Refused(Refused::Step(e))
    }
}

/// Store errors as a step's outcome: a lifecycle or capacity refusal, or a failure.
impl From<PlacementError> for Stop<Refused> {
    fn from(e: PlacementError) -> Self {
        match e {
            PlacementError::Step(s) => Stop::Refused(Refused::Step(s)),
            PlacementError::Full => Stop::Refused(Refused::Full),
            PlacementError::AlreadyApplied => Stop::Refused(Refused::AlreadyApplied),
            PlacementError::NotFound => Stop::NotFound,
            PlacementError::Db(e) => Stop::Db(e),
        }
    }
}

impl From<documents::Missing> for Stop<Refused> {
    fn from(e: documents::Missing) -> Self {
        match e {
            documents::Missing::Db(e) => Stop::Db(e),
            // An agreement cannot be made without her date of birth; the rules refuse that
            // placement already, so reaching this is a fault, not a refusal.
            e => Stop::Failed(anyhow::anyhow!("the placement agreement: {e}")),
        }
    }
}

/// What the policy sees of a placement.
pub fn resource(p: &Placement) -> Resource {
    Resource::Placement { pupil: p.pupil_id, school: p.school_id, organisation: p.organisation_id }
}

/// The placement under a lock, if the actor may take `action` on it.
async fn load(tx: &Tx, actor: &Actor, id: PlacementId, action: Action) -> Outcome<Placement, Refused> {
    let p = store::placement_for_update(tx, id).await?.ok_or(Stop::NotFound)?;
    policy::require(actor, action, resource(&p))?;
    Ok(p)
}

/// The placement as this transaction has it now (after a step changed it).
async fn reload(tx: &Tx, id: PlacementId) -> Outcome<Placement, Refused> {
    store::placement(tx, id).await?.ok_or(Stop::NotFound)
}

/// The facts messages about a placement mention.
pub fn facts(p: &Placement) -> Facts<'_> {
    Facts {
        placement: p.id,
        vacancy: &p.vacancy_title,
        organisation: &p.organisation_name,
        pupil_first_name: &p.first_name,
        link: format!("/placements/{}", p.id),
    }
}

/// Tells `parties` about `what` happened to `p`, skipping the one who did it.
async fn tell(tx: &Tx, env: &Env, p: &Placement, parties: &[To], what: What, by: Option<UserId>) -> sqlx::Result<()> {
    notify::tell(tx, &env.config.public_url, parties, what, &facts(p), by).await
}

/// The parties whose signatures a placement needs before it starts: host, school and pupil
/// always, a parent when the pupil is under 16 on the first day (or her age is unknown).
pub fn required_signatures(p: &Placement) -> Vec<Party> {
    let mut parties = vec![Party::Host, Party::School, Party::Pupil];
    if model::consent_needed(p.date_of_birth, p.starts_on) {
        parties.push(Party::Parent);
    }
    parties
}

/// Whether a parent is asked to sign this placement: under 16, or 16–17 when the network asks
/// that too (the option `parent_signature_16_17`).
pub fn parent_signs(rules: &Context, p: &Placement) -> bool {
    model::parent_asked(p.date_of_birth, p.starts_on, rules.engine.options().parent_signature_16_17)
}

/// Starts a confirmed placement, inside the step's transaction, when every required signature
/// is in, its host's checks are in order, and the rules find nothing that blocks or waits for
/// confirmation. Keeps the signed agreement (in Dutch, the language of the parties' contract)
/// and tells everyone. Returns whether it started. If the agreement cannot be made, the step
/// fails as a whole: no placement starts without its signed agreement.
async fn activate_if_ready(tx: &Tx, env: &Env, id: PlacementId, by: Option<UserId>) -> Outcome<bool, Refused> {
    let p = reload(tx, id).await?;
    if p.status != Status::Confirmed {
        return Ok(false);
    }
    let sig = papers::signatures(tx, id).await?;
    if required_signatures(&p).iter().any(|party| sig.of(*party).is_none()) {
        return Ok(false);
    }
    let today = tx.today();
    if !crate::minors::check::host_lacking(tx, p.organisation_id, today).await?.is_empty() {
        return Ok(false);
    }
    let rules = Context::load(tx, today).await?;
    if !rules.placement_agreement(tx, &p).await?.is_clear() {
        return Ok(false);
    }
    store::take_step(tx, id, Step::Activate, by, "").await?;
    let pdf = documents::agreement_pdf(tx, &p, Lang::Nl, today, None).await?;
    papers::store_agreement(tx, id, &pdf).await?;
    tell(
        tx,
        env,
        &p,
        &[To::Pupil(p.pupil_id), To::Host(p.organisation_id), To::School(p.school_id)],
        What::Activated,
        by,
    )
    .await?;
    Ok(true)
}
