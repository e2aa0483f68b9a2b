//! Hours: the pupil logs them, the host reviews them (on the placement page, in bulk, or from
//! the signed link in its e-mail), and a group's sessions credit everyone present. Every entry
//! is checked against the rules for minors over everything she worked with it.

use time::OffsetDateTime;

use crate::auth::model::Actor;
use crate::auth::policy::{self, Action, Resource};
use crate::auth::token;
use crate::db::Tx;
use crate::directory::values::{FieldError, optional_text, parse_date, required_text};
use crate::env::Env;
use crate::flow::{Outcome, Stop, refuse};
use crate::ids::{HoursEntryId, PlacementId, UserId, VacancyId};
use crate::minors::check::{self, Context, Findings};
use crate::placements::model::{self, Kind};
use crate::placements::notify::{Party as To, What};
use crate::placements::store::hours::{self, Entry, NewEntry};
use crate::placements::store::placements::{self as store, Filter, Placement};
use crate::placements::store::vacancies;

use super::{PupilRefusal, Refused, facts, load, resource, tell};

/// How long a review link works.
const LINK_VALID: time::Duration = time::Duration::days(30);

fn link_message(entry: HoursEntryId, expires: i64) -> String {
    format!("hours-review:{entry}:{expires}")
}

/// The signed path that lets the host review `entry` from its e-mail, valid for 30 days from
/// `now` (the mail puts the public URL in front).
pub fn review_path(secret: &[u8], entry: HoursEntryId, now: OffsetDateTime) -> String {
    let expires = (now + LINK_VALID).unix_timestamp();
    let sig = token::sign(secret, &link_message(entry, expires));
    format!("/hours/{entry}/review?exp={expires}&sig={sig}")
}

/// Whether a review link (its `exp` and `sig`) is one we made for `entry` and still works.
pub fn link_valid(secret: &[u8], entry: HoursEntryId, exp: &str, sig: &str, now: OffsetDateTime) -> bool {
    exp.parse::<i64>().is_ok_and(|e| e > now.unix_timestamp() && token::verify(secret, &link_message(entry, e), sig))
}

/// An hours entry as the pupil fills it in.
#[derive(Clone, Debug, Default)]
pub struct HoursInput {
    pub date: String,
    pub start: String,
    pub end: String,
    pub activity: String,
    /// The entry this one corrects.
    pub corrects: Option<HoursEntryId>,
}

/// Checks an hours entry for a placement: the fields, the day (in the period, not ahead) and
/// the length. The field errors are the form's.
fn parse(f: &HoursInput, p: &Placement, today: time::Date) -> Result<NewHours, Vec<(&'static str, &'static str)>> {
    let mut errors = Vec::new();
    let date = check(&mut errors, "date", parse_date(&f.date));
    let start = check(&mut errors, "start", model::parse_time(&f.start));
    let end = check(&mut errors, "end", model::parse_time(&f.end));
    let activity = check(&mut errors, "activity", required_text(&f.activity, 200));
    let (Some(date), Some(start), Some(end), Some(activity)) = (date, start, end, activity) else { return Err(errors) };
    match model::check_hours(date, start, end, (p.starts_on, p.ends_on), today) {
        Ok(minutes) => Ok(NewHours { date, start, end, minutes, activity }),
        Err(e) => {
            let field = match e {
                model::HoursError::EndBeforeStart | model::HoursError::TooLong => "end",
                _ => "date",
            };
            Err(vec![(field, e.key())])
        }
    }
}

/// The value of `r`, or its error recorded under `field`.
fn check<T>(
    errors: &mut Vec<(&'static str, &'static str)>,
    field: &'static str,
    r: Result<T, FieldError>,
) -> Option<T> {
    r.map_err(|e| errors.push((field, e.key()))).ok()
}

struct NewHours {
    date: time::Date,
    start: time::Time,
    end: time::Time,
    minutes: i32,
    activity: String,
}

/// What the rules for minors find new with `shift` added to `p`'s worked hours `entries`: the
/// blocks that were not there before.
async fn new_blocks(
    tx: &Tx,
    rules: &Context,
    p: &Placement,
    entries: &[Entry],
    shift: Option<schakel_minors::Shift>,
) -> Outcome<Findings, Refused> {
    let before = rules.placement_hours(tx, p, entries, None).await?;
    let after = rules.placement_hours(tx, p, entries, shift).await?;
    let known: Vec<_> = before.blocks().map(check::key).collect();
    Ok(Findings {
        violations: after.blocks().filter(|v| !known.contains(&check::key(v))).cloned().collect(),
        ..Findings::default()
    })
}

/// The pupil logs hours (or corrects an entry not yet approved). An entry that would break a
/// rule for minors, with what she worked already, is refused with the reason; the host gets a
/// mail with a link to review it.
#[tracing::instrument(skip_all, fields(placement = %id))]
pub async fn log_hours(env: &Env, actor: &Actor, id: PlacementId, f: &HoursInput) -> Outcome<HoursEntryId, Refused> {
    let tx = env.db.begin().await?;
    let p = load(&tx, actor, id, Action::LogHours).await?;
    if !p.status.takes_hours() {
        return refuse(Refused::Step(model::StepError::NotActive));
    }
    let today = tx.today();
    let h = match parse(f, &p, today) {
        Ok(h) => h,
        Err(fields) => return refuse(Refused::Invalid(fields)),
    };
    // A correction replaces the entry it corrects.
    let kept: Vec<Entry> = hours::entries(&tx, id).await?.into_iter().filter(|e| Some(e.id) != f.corrects).collect();
    let rules = Context::load(&tx, today).await?;
    let shift = schakel_minors::Shift::new(h.date, h.start, h.end).ok();
    let new = new_blocks(&tx, &rules, &p, &kept, shift).await?;
    if !new.violations.is_empty() {
        return refuse(Refused::Blocked(new));
    }
    let entry = NewEntry { date: h.date, start: h.start, end: h.end, minutes: h.minutes, activity: &h.activity };
    let Some(entry_id) = hours::add(&tx, id, &entry, actor.user_id, f.corrects).await? else {
        return refuse(Refused::NotCorrectable);
    };
    let mut facts = facts(&p);
    facts.link = review_path(&env.secret, entry_id, tx.now());
    let to = [To::Host(p.organisation_id)];
    crate::placements::notify::tell(
        &tx,
        &env.config.public_url,
        &to,
        What::HoursSubmitted,
        &facts,
        Some(actor.user_id),
    )
    .await?;
    tx.commit().await?;
    Ok(entry_id)
}

/// Who reviews an entry: a signed-in host, or whoever holds the link from the host's e-mail
/// (signed in or not; a mail scanner only ever opens the page, which changes nothing).
pub enum Reviewer<'a> {
    Actor(&'a Actor),
    Link { exp: &'a str, sig: &'a str, by: Option<UserId> },
}

/// The host approves or rejects an entry (a rejection says why) and the pupil hears of it; an
/// approval may complete the placement. `Ok(false)`: it was reviewed already.
#[tracing::instrument(skip_all, fields(entry = %entry))]
pub async fn review(
    env: &Env,
    reviewer: Reviewer<'_>,
    entry: HoursEntryId,
    approve: bool,
    comment: &str,
) -> Outcome<bool, Refused> {
    let tx = env.db.begin().await?;
    let by = match reviewer {
        Reviewer::Actor(a) => Some(a.user_id),
        Reviewer::Link { exp, sig, by } => {
            if !link_valid(&env.secret, entry, exp, sig, tx.now()) {
                return Err(Stop::NotFound);
            }
            by
        }
    };
    let e = hours::entry(&tx, entry).await?.ok_or(Stop::NotFound)?;
    let p = store::placement_for_update(&tx, e.placement_id).await?.ok_or(Stop::NotFound)?;
    if let Reviewer::Actor(a) = reviewer {
        policy::require(a, Action::Assess, resource(&p))?;
    }
    let comment = optional_text(comment, 500).unwrap_or_default();
    if !approve && comment.is_empty() {
        return refuse(Refused::Invalid(vec![("comment", "hours-reject-needs-comment")]));
    }
    if !hours::review(&tx, entry, approve, &comment, by).await? {
        tx.commit().await?;
        return Ok(false);
    }
    tell(&tx, env, &p, &[To::Pupil(p.pupil_id)], What::HoursReviewed, by).await?;
    tx.commit().await?;
    Ok(true)
}

/// The host approves every entry waiting on a placement; returns how many.
#[tracing::instrument(skip_all, fields(placement = %id))]
pub async fn approve_all(env: &Env, actor: &Actor, id: PlacementId) -> Outcome<u64, Refused> {
    let tx = env.db.begin().await?;
    let p = load(&tx, actor, id, Action::Assess).await?;
    let n = hours::approve_all(&tx, id, actor.user_id).await?;
    if n > 0 {
        let by = Some(actor.user_id);
        tell(&tx, env, &p, &[To::Pupil(p.pupil_id)], What::HoursReviewed, by).await?;
    }
    tx.commit().await?;
    Ok(n)
}

/// The host approves the entries she chose from her list of hours to review, each on its own
/// (an entry reviewed meanwhile, or not hers, is left as it is); returns how many she approved.
#[tracing::instrument(skip_all, fields(count = entries.len()))]
pub async fn approve_entries(env: &Env, actor: &Actor, entries: &[HoursEntryId]) -> Outcome<usize, Refused> {
    policy::require(actor, Action::Assess, Resource::Placements)?;
    let mut approved = 0;
    for entry in entries {
        match review(env, Reviewer::Actor(actor), *entry, true, "").await {
            Ok(done) => approved += usize::from(done),
            Err(Stop::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(approved)
}

/// A session of a group vacancy as the host fills it in.
#[derive(Clone, Debug, Default)]
pub struct SessionInput {
    pub date: String,
    pub start: String,
    pub end: String,
    pub activity: String,
    pub present: Vec<PlacementId>,
}

/// The host registers a session of a group vacancy: its hours, approved, for each active
/// placement marked present. A session one of them may not work is refused as a whole, naming
/// who and why.
#[tracing::instrument(skip_all, fields(vacancy = %vacancy))]
pub async fn register_session(env: &Env, actor: &Actor, vacancy: VacancyId, f: &SessionInput) -> Outcome<(), Refused> {
    let tx = env.db.begin().await?;
    let v = vacancies::vacancy(&tx, vacancy).await?.ok_or(Stop::NotFound)?;
    policy::require(actor, Action::Assess, Resource::Vacancy { organisation: v.organisation_id, open: v.is_open() })?;
    if v.kind != Kind::Group.code() {
        return Err(Stop::NotFound);
    }
    let mut errors = Vec::new();
    let date = check(&mut errors, "session_date", parse_date(&f.date));
    let start = check(&mut errors, "session_start", model::parse_time(&f.start));
    let end = check(&mut errors, "session_end", model::parse_time(&f.end));
    let activity = check(&mut errors, "session_activity", required_text(&f.activity, 200));
    let minutes = match (start, end) {
        (Some(s), Some(e)) => {
            check(&mut errors, "session_end", model::minutes_between(s, e).ok_or(FieldError::EndBeforeStart))
        }
        _ => None,
    };
    // Only the vacancy's active placements can be credited.
    let active = store::list(
        &tx,
        &policy::placement_scope(actor),
        &Filter { vacancy: Some(vacancy), status: Some(model::Status::Active), ..Filter::default() },
        500,
        0,
    )
    .await?;
    let chosen: Vec<&Placement> = active.iter().filter(|p| f.present.contains(&p.id)).collect();
    if chosen.is_empty() {
        errors.push(("present", "session-err-none-present"));
    }
    let (Some(date), Some(start), Some(end), Some(activity), Some(minutes), true) =
        (date, start, end, activity, minutes, errors.is_empty())
    else {
        return refuse(Refused::Invalid(errors));
    };
    let today = tx.today();
    if let Err(e) = model::check_hours(date, start, end, (v.starts_on, v.ends_on), today) {
        return refuse(Refused::Invalid(vec![("session_date", e.key())]));
    }
    let rules = Context::load(&tx, today).await?;
    let shift = schakel_minors::Shift::new(date, start, end).ok();
    let mut blocked = Vec::new();
    for p in &chosen {
        let entries = hours::entries(&tx, p.id).await?;
        let new = new_blocks(&tx, &rules, p, &entries, shift).await?;
        if !new.violations.is_empty() {
            blocked.push(PupilRefusal { id: p.pupil_id, name: p.full_name(), violations: new.violations });
        }
    }
    if !blocked.is_empty() {
        return refuse(Refused::Pupils(blocked));
    }
    let ids: Vec<PlacementId> = chosen.iter().map(|p| p.id).collect();
    let entry = NewEntry { date, start, end, minutes, activity: &activity };
    hours::group_session(&tx, vacancy, &entry, &ids, actor.user_id).await?;
    tx.commit().await?;
    Ok(())
}
