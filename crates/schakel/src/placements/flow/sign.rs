//! Signing the placement agreement, a parent's consent through the mailed link, the school's
//! confirmation of warnings and its dated papers. Each may be what a placement still waited for,
//! so each ends by starting it when it is ready.

use time::OffsetDateTime;

use crate::auth::model::Actor;
use crate::auth::policy::{self, Action};
use crate::directory::values::{MAX_LONG, MAX_SHORT, optional_text, parse_date, required_text};
use crate::env::Env;
use crate::flow::{Outcome, Stop, refuse};
use crate::i18n::Lang;
use crate::ids::PlacementId;
use crate::minors::check::{self, Context, Findings};
use crate::minors::papers::{self, ConsentKind, Party, WarningKey};
use crate::placements::documents::{self, Missing};
use crate::placements::model::{Status, StepError};
use crate::placements::notify::{Party as To, What};
use crate::placements::store::placements::{self as store, Consent};
use crate::privacy::audit;

use super::{Refused, activate_if_ready, load, tell};

/// What a signature (or another paper) led to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signed {
    /// It was the last thing the placement waited for: it started.
    pub started: bool,
}

/// A party signs for itself: the pupil, the host (when it did not with its acceptance), or the
/// school (when it did not with its confirmation). A pupil of 16 or 17 may consent to Sunday
/// work with her signature (`sunday`).
#[tracing::instrument(skip_all, fields(placement = %id))]
pub async fn sign(env: &Env, actor: &Actor, id: PlacementId, agree: bool, sunday: bool) -> Outcome<Signed, Refused> {
    let tx = env.db.begin().await?;
    let p = load(&tx, actor, id, Action::Sign).await?;
    let Some(party) = policy::signing_party(actor, &p) else { return refuse(Refused::NotYourTurn) };
    let turn = match party {
        Party::Pupil | Party::School => p.status == Status::Confirmed,
        Party::Host => matches!(p.status, Status::Accepted | Status::Confirmed),
        Party::Parent => false,
    };
    if !turn {
        return refuse(Refused::NotYourTurn);
    }
    if !agree {
        return refuse(Refused::Unsigned);
    }
    let by = Some(actor.user_id);
    if !papers::sign(&tx, id, party, by, &actor.name).await? {
        return refuse(Refused::SignedAlready);
    }
    if party == Party::Pupil && sunday {
        papers::give_consent(&tx, id, ConsentKind::PupilSunday, &actor.name).await?;
    }
    audit::record(&tx, by, audit::Event::AgreementSigned { placement: id, school: p.school_id, party: party.code() })
        .await?;
    let started = activate_if_ready(&tx, env, id, by).await?;
    tx.commit().await?;
    Ok(Signed { started })
}

/// The school confirms the open warnings of a confirmed placement (a 16-year-old's parent who
/// does not sign, A5, say) with a note: all the rules raise now, at once.
#[tracing::instrument(skip_all, fields(placement = %id))]
pub async fn acknowledge(
    env: &Env,
    actor: &Actor,
    id: PlacementId,
    chosen: &[WarningKey],
    note: &str,
) -> Outcome<Signed, Refused> {
    let tx = env.db.begin().await?;
    let p = load(&tx, actor, id, Action::Confirm).await?;
    if p.status != Status::Confirmed {
        return refuse(Refused::Step(StepError::NotConfirmed));
    }
    let Ok(note) = optional_text(note, MAX_LONG) else {
        return refuse(Refused::Invalid(vec![("note", "err-too-long")]));
    };
    let found = Context::load(&tx, tx.today()).await?.placement_agreement(&tx, &p).await?;
    let open: Vec<WarningKey> = found.open_warnings().into_iter().map(check::key).collect();
    if open.is_empty() || !open.iter().all(|k| chosen.contains(k)) {
        return refuse(Refused::Warnings(found));
    }
    papers::acknowledge(&tx, id, &open, &note, actor.user_id).await?;
    let rules = open.iter().map(|(r, _, _)| r.as_str()).collect::<Vec<_>>().join(", ");
    let by = Some(actor.user_id);
    audit::record(&tx, by, audit::Event::WarningsConfirmed { placement: id, school: p.school_id, rules }).await?;
    let started = activate_if_ready(&tx, env, id, by).await?;
    tx.commit().await?;
    Ok(Signed { started })
}

/// The school records the day the pupil was registered in the Personenregister kinderopvang
/// (F1), which a childcare host needs before a longer placement starts.
#[tracing::instrument(skip_all, fields(placement = %id))]
pub async fn record_childcare(
    env: &Env,
    actor: &Actor,
    id: PlacementId,
    registered_on: &str,
) -> Outcome<Signed, Refused> {
    let tx = env.db.begin().await?;
    let p = load(&tx, actor, id, Action::Confirm).await?;
    let field = "childcare_registered_on";
    let Ok(date) = parse_date(registered_on) else { return refuse(Refused::Invalid(vec![(field, "err-date")])) };
    if date > tx.today() {
        return refuse(Refused::Invalid(vec![(field, "err-date-future")]));
    }
    papers::record_dated(&tx, p.id, ConsentKind::ChildcareRegistration, &actor.name, noon(date)).await?;
    let started = activate_if_ready(&tx, env, id, Some(actor.user_id)).await?;
    tx.commit().await?;
    Ok(Signed { started })
}

/// What a parent sends with the consent form.
pub struct ConsentInput<'a> {
    pub name: &'a str,
    pub agree: bool,
    /// Consent to the Sunday work the schedule has (A4).
    pub sunday: bool,
    /// Consent to the extended evening hours the schedule has.
    pub evening: bool,
}

/// A parent consents through the mailed link: that is her signature on the agreement, kept with
/// the agreement exactly as she was shown it (in her language, with her consent on it). A link
/// that is not open (unknown, expired, used) is "not found"; its page says which.
#[tracing::instrument(skip_all)]
pub async fn give_consent(env: &Env, token_digest: &[u8], lang: Lang, c: ConsentInput<'_>) -> Outcome<Signed, Refused> {
    let tx = env.db.begin().await?;
    let Consent::Open { placement, .. } = store::consent(&tx, token_digest).await? else { return Err(Stop::NotFound) };
    let mut invalid = Vec::new();
    let name = required_text(c.name, MAX_SHORT).map_err(|e| invalid.push(("name", e.key()))).ok();
    if !c.agree {
        invalid.push(("agree", "consent-err-agree"));
    }
    let Some(name) = name.filter(|_| invalid.is_empty()) else { return refuse(Refused::Invalid(invalid)) };
    let p = store::placement_for_update(&tx, placement).await?.ok_or(Stop::NotFound)?;
    let today = tx.today();
    let pdf = match documents::agreement_pdf(&tx, &p, lang, today, Some((&name, today))).await {
        Ok(pdf) => pdf,
        Err(Missing::BirthDate) => {
            return refuse(Refused::Blocked(Findings { birth_unknown: true, ..Findings::default() }));
        }
        Err(e) => return Err(e.into()),
    };
    store::give_consent(&tx, token_digest, &name, &pdf).await?;
    if c.sunday {
        papers::give_consent(&tx, p.id, ConsentKind::ParentSunday, &name).await?;
    }
    if c.evening {
        papers::give_consent(&tx, p.id, ConsentKind::ExtendedHours, &name).await?;
    }
    audit::record(&tx, None, audit::Event::AgreementSigned { placement: p.id, school: p.school_id, party: "parent" })
        .await?;
    let everyone = [To::Pupil(p.pupil_id), To::School(p.school_id), To::Host(p.organisation_id)];
    tell(&tx, env, &p, &everyone, What::ConsentGiven, None).await?;
    let started = activate_if_ready(&tx, env, p.id, None).await?;
    tx.commit().await?;
    Ok(Signed { started })
}

/// The moment a dated paper is recorded at, for a day: noon in Amsterdam.
fn noon(date: time::Date) -> OffsetDateTime {
    crate::clock::from_amsterdam(date.with_time(time::macros::time!(12:00)))
}
