//! The placement agreement and the rules for minors on a placement: who has signed, what the
//! rules find at this stage, confirming warnings, dated papers, and starting the placement once
//! everything is in (MINORS-RULES.md A3–A6: no placement becomes active without a signed
//! agreement, and none while a rule blocks it).

use axum::Form;
use axum::extract::{Path, RawForm, State};
use axum::response::Response;
use serde::Deserialize;
use time::OffsetDateTime;

use super::placements::{facts, load};
use super::today;
use crate::auth::model::{Actor, Role};
use crate::auth::policy::Action;
use crate::directory::values::{MAX_LONG, optional_text, parse_date};
use crate::ids::{PlacementId, UserId};
use crate::minors::check::{Context, Findings};
use crate::minors::hosts::CheckKind;
use crate::minors::papers::{self, ConsentKind, Party};
use crate::minors::words::{self, Shown};
use crate::placements::documents;
use crate::placements::model::{self, Status, Step};
use crate::placements::notify::{self, Party as To, What};
use crate::placements::store::hours::Entry;
use crate::placements::store::placements::{self as store, Placement, PlacementError};
use crate::placements::store::vacancies;
use crate::privacy::audit;
use crate::web::context::Ctx;
use crate::web::error::Result;
use crate::web::i18n::Lang;
use crate::web::page::redirect_with;
use crate::web::{AppState, Routes};

pub fn routes() -> Routes {
    Routes::new()
        .post("/placements/{placement}/sign", sign)
        .post("/placements/{placement}/acknowledge", acknowledge)
        .post("/placements/{placement}/papers", record_papers)
}

/// The parties whose signatures a placement needs before it starts: host, school and pupil
/// always, a parent when the pupil is under 16 on the first day (or her age is unknown).
pub fn required(p: &Placement) -> Vec<Party> {
    let mut parties = vec![Party::Host, Party::School, Party::Pupil];
    if model::consent_needed(p.date_of_birth, p.starts_on) {
        parties.push(Party::Parent);
    }
    parties
}

/// One signature line of the agreement panel.
pub struct SignatureLine {
    pub party: &'static str,
    pub name: Option<String>,
    pub at: Option<OffsetDateTime>,
    pub required: bool,
}

/// The rules-and-agreement panel of a placement page.
pub struct RulesView {
    pub findings: Vec<Shown>,
    /// Which set of facts the findings are about: `planned`, `agreement` or `hours`.
    pub stage: &'static str,
    pub host_lacking: Vec<&'static str>,
    pub signatures: Vec<SignatureLine>,
    /// The viewer's own party, when it may sign now.
    pub may_sign: Option<Party>,
    /// Ask the pupil's own consent to Sunday work with her signature (16–17).
    pub pupil_sunday: bool,
    /// The school may record the childcare registration (F1 is among the findings).
    pub childcare: bool,
    /// The school may confirm the open warnings here (after its confirmation).
    pub may_acknowledge: bool,
}

impl RulesView {
    pub fn blocks(&self) -> usize {
        self.findings.iter().filter(|f| f.block).count()
    }

    pub fn open_warnings(&self) -> usize {
        self.findings.iter().filter(|f| !f.block && !f.acknowledged).count()
    }
}

/// The party the actor signs for on this placement, if any.
fn viewer_party(actor: &Actor, p: &Placement) -> Option<Party> {
    if actor.pupil().is_some_and(|(id, _)| id == p.pupil_id) {
        Some(Party::Pupil)
    } else if actor.organisations().contains(&p.organisation_id) {
        Some(Party::Host)
    } else if actor.schools_as(Role::Coordinator).contains(&p.school_id) {
        Some(Party::School)
    } else {
        None
    }
}

/// The findings that fit the placement's stage.
async fn findings(app: &AppState, ctx: &Context, p: &Placement, entries: &[Entry]) -> Result<(Findings, &'static str)> {
    Ok(match p.status() {
        Status::Proposed | Status::Accepted => (ctx.placement_planned(&app.db, p).await?, "planned"),
        Status::Confirmed => (ctx.placement_agreement(&app.db, p).await?, "agreement"),
        Status::Active | Status::Completed => (ctx.placement_hours(&app.db, p, entries, None).await?, "hours"),
        Status::Declined | Status::Cancelled => (Findings::default(), "planned"),
    })
}

pub async fn rules_view(
    app: &AppState,
    actor: &Actor,
    lang: Lang,
    p: &Placement,
    entries: &[Entry],
) -> Result<RulesView> {
    let ctx = Context::load(&app.db, today()).await?;
    let (found, stage) = findings(app, &ctx, p, entries).await?;
    let host_lacking = if matches!(p.status(), Status::Proposed | Status::Accepted | Status::Confirmed) {
        crate::minors::check::host_lacking(&app.db, p.organisation_id, today())
            .await?
            .into_iter()
            .map(CheckKind::code)
            .collect()
    } else {
        Vec::new()
    };
    let sig = papers::signatures(&app.db, p.id).await?;
    let needed = required(p);
    let signatures = Party::ALL
        .into_iter()
        .filter(|party| {
            needed.contains(party) || (*party == Party::Parent && p.consent_required) || sig.of(*party).is_some()
        })
        .map(|party| {
            let s = sig.of(party);
            SignatureLine {
                party: party.code(),
                name: s.map(|s| s.signer_name.clone()),
                at: s.map(|s| s.signed_at),
                required: needed.contains(&party),
            }
        })
        .collect();
    let own = viewer_party(actor, p);
    let may_sign = own.filter(|party| {
        sig.of(*party).is_none()
            && match party {
                Party::Pupil | Party::School => p.status() == Status::Confirmed,
                Party::Host => matches!(p.status(), Status::Accepted | Status::Confirmed),
                Party::Parent => false,
            }
    });
    let sunday = sunday_work(app, p).await?;
    let pupil_sunday = may_sign == Some(Party::Pupil) && sunday && !model::consent_needed(p.date_of_birth, p.starts_on);
    let school = own == Some(Party::School) || actor.is_project_leader();
    let childcare = school && found.violations.iter().any(|v| v.rule == schakel_minors::RuleId::F1);
    let may_acknowledge = school && p.status() == Status::Confirmed && !found.open_warnings().is_empty();
    Ok(RulesView {
        findings: words::shown(lang, &found),
        stage,
        host_lacking,
        signatures,
        may_sign,
        pupil_sunday,
        childcare,
        may_acknowledge,
    })
}

/// Whether the planned slots include a Sunday.
async fn sunday_work(app: &AppState, p: &Placement) -> sqlx::Result<bool> {
    let Some(v) = vacancies::vacancy(&app.db, p.vacancy_id).await? else { return Ok(false) };
    let slots = vacancies::slots(&app.db, p.vacancy_id).await?;
    Ok(crate::minors::check::planned_shifts(&v, &slots, v.starts_on)
        .iter()
        .any(|s| s.date().weekday() == time::Weekday::Sunday))
}

/// Starts a confirmed placement when every required signature is in, its host's checks are in
/// order, and the rules find nothing that blocks or waits for confirmation. Keeps the signed
/// agreement and tells everyone. Returns whether it started.
pub async fn activate_if_ready(app: &AppState, id: PlacementId, actor: Option<UserId>) -> Result<bool> {
    let Some(p) = store::placement(&app.db, id).await? else { return Ok(false) };
    if p.status() != Status::Confirmed {
        return Ok(false);
    }
    let sig = papers::signatures(&app.db, id).await?;
    if required(&p).iter().any(|party| sig.of(*party).is_none()) {
        return Ok(false);
    }
    if !crate::minors::check::host_lacking(&app.db, p.organisation_id, today()).await?.is_empty() {
        return Ok(false);
    }
    let ctx = Context::load(&app.db, today()).await?;
    if !ctx.placement_agreement(&app.db, &p).await?.is_clear() {
        return Ok(false);
    }
    match store::take_step(&app.db, id, Step::Activate, actor, "", None).await {
        Ok(_) => {}
        // Started by a signature that arrived at the same moment.
        Err(PlacementError::Step(_)) => return Ok(false),
        Err(e) => return Err(e.into()),
    }
    // The signed agreement is kept in Dutch, the language of the parties' contract.
    match documents::agreement_pdf(&app.db, &p, Lang::Nl, today(), None).await {
        Ok(pdf) => papers::store_agreement(&app.db, id, &pdf).await?,
        Err(documents::Missing::Db(e)) => return Err(e.into()),
        Err(e) => tracing::warn!(placement = %id, error = %e, "signed agreement not kept"),
    }
    notify::tell(
        &app.db,
        &app.config.public_url,
        &[To::Pupil(p.pupil_id), To::Host(p.organisation_id), To::School(p.school_id)],
        What::Activated,
        &facts(&p),
        actor,
    )
    .await?;
    Ok(true)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SignForm {
    agree: String,
    sunday: String,
}

/// A party signs for itself: the pupil, the host (when it did not with its acceptance), or the
/// school (when it did not with its confirmation).
async fn sign(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<SignForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let p = load(&app, &actor, id, Action::Sign).await?;
    let back = format!("/placements/{id}");
    let Some(party) = viewer_party(&actor, &p) else { return Ok(redirect_with(&app, &back, "flash-sign-not-now")) };
    let allowed = match party {
        Party::Pupil | Party::School => p.status() == Status::Confirmed,
        Party::Host => matches!(p.status(), Status::Accepted | Status::Confirmed),
        Party::Parent => false,
    };
    if !allowed {
        return Ok(redirect_with(&app, &back, "flash-sign-not-now"));
    }
    if f.agree != "yes" {
        return Ok(redirect_with(&app, &back, "flash-sign-agree"));
    }
    if !papers::sign(&app.db, id, party, Some(actor.user_id), &actor.name).await? {
        return Ok(redirect_with(&app, &back, "flash-signed-already"));
    }
    if party == Party::Pupil && f.sunday == "yes" {
        papers::give_consent(&app.db, id, ConsentKind::PupilSunday, &actor.name).await?;
    }
    audit::record(
        &app.db,
        Some(actor.user_id),
        audit::Event::AgreementSigned { placement: id, school: p.school_id, party: party.code() },
    )
    .await?;
    let started = activate_if_ready(&app, id, Some(actor.user_id)).await?;
    Ok(redirect_with(&app, &back, if started { "flash-placement-active" } else { "flash-signed" }))
}

/// The school confirms open warnings of a confirmed placement (for example a 16-year-old's
/// parent who does not sign, A5), with a note; the placement starts if nothing else waits.
async fn acknowledge(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    raw: RawForm,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let p = load(&app, &actor, id, Action::Confirm).await?;
    let back = format!("/placements/{id}");
    if p.status() != Status::Confirmed {
        return Ok(redirect_with(&app, &back, "flash-placement-no-consent"));
    }
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&raw.0).unwrap_or_default();
    let note = pairs.iter().find(|(k, _)| k == "note").map(|(_, v)| v.as_str()).unwrap_or("");
    let Ok(note) = optional_text(note, MAX_LONG) else { return Ok(redirect_with(&app, &back, "flash-note-too-long")) };
    let chosen: Vec<_> = pairs.iter().filter(|(k, _)| k == "ack").flat_map(|(_, v)| words::parse_keys(v)).collect();
    let rules = Context::load(&app.db, today()).await?;
    let found = rules.placement_agreement(&app.db, &p).await?;
    // Only warnings the rules raise now can be confirmed, and all of them at once.
    let open: Vec<_> = found.open_warnings().into_iter().map(crate::minors::check::key).collect();
    if open.is_empty() || !open.iter().all(|k| chosen.contains(k)) {
        return Ok(redirect_with(&app, &back, "flash-ack-all"));
    }
    papers::acknowledge(&app.db, id, &open, &note, actor.user_id).await?;
    let ids = open.iter().map(|(r, _, _)| r.as_str()).collect::<Vec<_>>().join(", ");
    audit::record(
        &app.db,
        Some(actor.user_id),
        audit::Event::WarningsConfirmed { placement: id, school: p.school_id, rules: ids },
    )
    .await?;
    let started = activate_if_ready(&app, id, Some(actor.user_id)).await?;
    Ok(redirect_with(&app, &back, if started { "flash-placement-active" } else { "flash-warnings-confirmed" }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PapersForm {
    childcare_registered_on: String,
}

/// The school records the date the pupil was registered in the Personenregister kinderopvang
/// (F1), which a childcare host needs before a longer placement starts.
async fn record_papers(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<PapersForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let p = load(&app, &actor, id, Action::Confirm).await?;
    let back = format!("/placements/{id}");
    let Ok(date) = parse_date(&f.childcare_registered_on) else {
        return Ok(redirect_with(&app, &back, "flash-date-invalid"));
    };
    if date > today() {
        return Ok(redirect_with(&app, &back, "flash-date-future"));
    }
    let at = date.with_hms(12, 0, 0).map(|d| d.assume_utc()).unwrap_or_else(|_| OffsetDateTime::now_utc());
    papers::record_dated(&app.db, id, ConsentKind::ChildcareRegistration, &actor.name, at).await?;
    let started = activate_if_ready(&app, p.id, Some(actor.user_id)).await?;
    Ok(redirect_with(&app, &back, if started { "flash-placement-active" } else { "flash-papers-saved" }))
}
