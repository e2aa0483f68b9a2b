//! A placement's page: where it stands and what each party can do next, the rules for minors at
//! this stage, the agreement's signatures, hours, evaluation and reflection, and its history.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use time::OffsetDateTime;

use crate::auth::model::Actor;
use crate::auth::policy::{self, Action};
use crate::i18n::Lang;
use crate::ids::PlacementId;
use crate::minors::check::{Context, Findings};
use crate::minors::hosts::CheckKind;
use crate::minors::papers::{self, Party};
use crate::minors::words::{self, Shown};
use crate::placements::flow::{required_signatures, resource};
use crate::placements::model::{self, HoursStatus, Status};
use crate::placements::store::hours::{self, Entry};
use crate::placements::store::placements::{self as store, Event, Placement};
use crate::placements::store::vacancies;
use crate::privacy::audit;
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, render_status};

pub fn routes() -> Routes {
    Routes::new().get("/placements/{placement}", detail)
}

/// The hours form as the pupil typed it.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub(super) struct HoursForm {
    pub date: String,
    pub start: String,
    pub end: String,
    pub activity: String,
    /// The entry this one corrects.
    pub corrects: String,
}

/// The host's evaluation form as she filled it in.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub(super) struct EvaluationForm {
    pub text: String,
    /// `interim` or `final`.
    pub kind: String,
    pub early_reason: String,
    /// `yes`: she completes the placement with this final evaluation.
    pub complete: String,
}

/// What a refused form brings back to the page: the fields' errors, the hours or evaluation
/// form as typed, and the rules' reasons for refusing the hours.
#[derive(Default)]
pub(super) struct Sent {
    pub errors: FormErrors,
    pub hours: HoursForm,
    pub evaluation: Option<EvaluationForm>,
    pub refusals: Vec<Shown>,
}

impl Sent {
    pub fn error(field: &'static str, key: &'static str) -> Sent {
        let mut errors = FormErrors::default();
        errors.add(field, key);
        Sent { errors, ..Sent::default() }
    }
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

#[derive(Template)]
#[template(path = "placements/placement.html")]
struct DetailPage {
    ctx: Ctx,
    p: Placement,
    name: String,
    /// Whether the viewer may see contact details (school side, or a host after confirmation).
    full: bool,
    /// The viewer is the pupil herself: the page is written to her.
    is_pupil: bool,
    age: Option<i32>,
    events: Vec<Event>,
    entries: Vec<Entry>,
    evaluation: Option<store::Evaluation>,
    /// The evaluation form: as she sent it when it was refused, else the interim text kept.
    eval_form: EvaluationForm,
    /// The host may write an interim or the final evaluation (the placement runs).
    may_evaluate: bool,
    /// The final evaluation today would end the placement before its end date.
    ends_early: bool,
    reflection: Option<(String, OffsetDateTime)>,
    consent: Option<(String, OffsetDateTime)>,
    /// The request for consent sent and not yet answered, while the placement waits for it.
    consent_asked: Option<store::ConsentAsked>,
    may_decide: bool,
    may_confirm: bool,
    /// Every place of the vacancy is held by another placement: confirming this one cannot
    /// succeed until one comes free (read for an accepted application only).
    no_place_left: Option<i32>,
    may_cancel: bool,
    may_log: bool,
    may_assess: bool,
    may_reflect: bool,
    pupil_total_minutes: i64,
    errors: FormErrors,
    form: HoursForm,
    rules: RulesView,
    /// Why the rules refused the hours just entered.
    refusals: Vec<Shown>,
}

impl DetailPage {
    /// Whether a parent has signed the agreement (then nobody needs asking any more).
    fn parent_signed(&self) -> bool {
        self.rules.signatures.iter().any(|l| l.party == Party::Parent.code() && l.name.is_some())
    }

    /// Whether confirming will ask a parent for consent (under 16, or age unknown).
    fn consent_expected(&self) -> bool {
        self.p.consent_required || self.age.is_none_or(|a| a < 16)
    }

    /// Entries the pupil may still correct.
    fn correctable(&self) -> bool {
        self.entries.iter().any(|e| matches!(e.status, HoursStatus::Submitted | HoursStatus::Rejected))
    }

    fn waiting(&self) -> usize {
        self.entries.iter().filter(|e| e.status == HoursStatus::Submitted).count()
    }
}

async fn detail(State(app): State<AppState>, ctx: Ctx, Path(id): Path<PlacementId>) -> Result<Response> {
    show(&app, ctx, id, Sent::default()).await
}

/// The placement page, with what a refused form sent back (a 422 then).
pub(super) async fn show(app: &AppState, ctx: Ctx, id: PlacementId, sent: Sent) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let p = store::placement(&app.db, id).await?.ok_or(Error::NotFound)?;
    let res = resource(&p);
    policy::require(&actor, Action::View, res)?;
    let full = policy::sees_full_pupil(&actor, &p);
    let name = if full { p.full_name() } else { p.first_name.clone() };
    // The pupil's own steps carry her name as this viewer may see it (a host: first name only).
    let mut events = store::events(&app.db, p.id).await?;
    for e in events.iter_mut().filter(|e| e.by_pupil) {
        e.actor_name = Some(name.clone());
    }
    let entries = hours::entries(&app.db, p.id).await?;
    let consent_asked = if p.status == Status::Confirmed { store::consent_asked(&app.db, p.id).await? } else { None };
    if actor.pupil().is_none_or(|(pupil, _)| pupil != p.pupil_id) {
        let event = audit::Event::PlacementViewed { placement: p.id, school: p.school_id };
        audit::record(&app.db, Some(actor.user_id), event).await?;
    }
    let rules = rules_view(app, &actor, ctx.lang, &p, &entries).await?;
    let status = p.status;
    let may = |action| policy::can(&actor, action, res);
    let no_place_left = if may(Action::Confirm) && status == Status::Accepted {
        vacancies::vacancy(&app.db, p.vacancy_id).await?.filter(|v| v.free() == 0).map(|v| v.capacity)
    } else {
        None
    };
    let evaluation = store::evaluation(&app.db, p.id).await?;
    let is_pupil = actor.pupil().is_some_and(|(pupil, _)| pupil == p.pupil_id);
    let page = DetailPage {
        is_pupil,
        no_place_left,
        may_decide: may(Action::Decide) && status == Status::Proposed,
        may_confirm: may(Action::Confirm) && matches!(status, Status::Accepted | Status::Confirmed),
        may_cancel: may(Action::Cancel) && !status.is_final(),
        may_log: may(Action::LogHours) && status.takes_hours(),
        may_assess: may(Action::Assess) && matches!(status, Status::Active | Status::Completed),
        may_reflect: may(Action::Reflect) && matches!(status, Status::Active | Status::Completed),
        age: p.age(app.clock().today()),
        eval_form: match sent.evaluation {
            Some(f) => f,
            None => EvaluationForm {
                text: evaluation.as_ref().map(|e| e.assessment.clone()).unwrap_or_default(),
                kind: "interim".into(),
                ..EvaluationForm::default()
            },
        },
        evaluation,
        may_evaluate: may(Action::Assess) && status == Status::Active,
        ends_early: app.clock().today() < p.ends_on,
        reflection: store::reflection(&app.db, p.id).await?,
        consent: store::consent_given(&app.db, p.id).await?,
        pupil_total_minutes: store::pupil_approved_minutes(&app.db, p.pupil_id).await?,
        ctx,
        name,
        full,
        events,
        entries,
        consent_asked,
        p,
        errors: sent.errors,
        form: sent.hours,
        rules,
        refusals: sent.refusals,
    };
    let code = if page.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_status(code, &page)
}

/// The findings that fit the placement's stage.
async fn findings(
    app: &AppState,
    rules: &Context,
    p: &Placement,
    entries: &[Entry],
) -> Result<(Findings, &'static str)> {
    Ok(match p.status {
        Status::Proposed | Status::Accepted => (rules.placement_planned(&app.db, p).await?, "planned"),
        Status::Confirmed => (rules.placement_agreement(&app.db, p).await?, "agreement"),
        Status::Active | Status::Completed => (rules.placement_hours(&app.db, p, entries, None).await?, "hours"),
        Status::Declined | Status::Cancelled => (Findings::default(), "planned"),
    })
}

async fn rules_view(app: &AppState, actor: &Actor, lang: Lang, p: &Placement, entries: &[Entry]) -> Result<RulesView> {
    let today = app.clock().today();
    let rules = Context::load(&app.db, today).await?;
    let (found, stage) = findings(app, &rules, p, entries).await?;
    let host_lacking = if matches!(p.status, Status::Proposed | Status::Accepted | Status::Confirmed) {
        crate::minors::check::host_lacking(&app.db, p.organisation_id, today)
            .await?
            .into_iter()
            .map(CheckKind::code)
            .collect()
    } else {
        Vec::new()
    };
    let sig = papers::signatures(&app.db, p.id).await?;
    let needed = required_signatures(p);
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
    let own = policy::signing_party(actor, p);
    let may_sign = own.filter(|party| {
        sig.of(*party).is_none()
            && match party {
                Party::Pupil | Party::School => p.status == Status::Confirmed,
                Party::Host => matches!(p.status, Status::Accepted | Status::Confirmed),
                Party::Parent => false,
            }
    });
    let sunday = sunday_work(app, p).await?;
    let pupil_sunday = may_sign == Some(Party::Pupil) && sunday && !model::consent_needed(p.date_of_birth, p.starts_on);
    let school = policy::can(actor, Action::Confirm, resource(p));
    let childcare = school && found.violations.iter().any(|v| v.rule == schakel_minors::RuleId::F1);
    let may_acknowledge = school && p.status == Status::Confirmed && !found.open_warnings().is_empty();
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
