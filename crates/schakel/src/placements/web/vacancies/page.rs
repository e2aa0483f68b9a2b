//! A vacancy's page: what it offers, the pupil's application (with what the rules for minors
//! say for her), and for those who manage it its candidates and the ages it can never take.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{load, resource};
use crate::auth::policy::{self, Action};
use crate::directory::values::FieldError;
use crate::flow::Stop;
use crate::i18n::Lang;
use crate::ids::{SchoolId, VacancyId};
use crate::minors::check::Context;
use crate::minors::papers::SideJob;
use crate::minors::words::{self, Shown};
use crate::placements::flow::{self, Application, Refused};
use crate::placements::model::{self, Kind, Slot, Status, VacancyStatus};
use crate::placements::store::placements::{self as store, Filter, Placement};
use crate::placements::store::vacancies::{self, Vacancy};
use crate::state::AppState;
use crate::web::context::Ctx;
use crate::web::error::Result;
use crate::web::page::{FormErrors, redirect_with, render_status};

/// A candidate as the vacancy page shows her: organisations see the first name only until the
/// school confirms.
struct Candidate {
    placement: Placement,
    name: String,
    age: Option<i32>,
}

#[derive(Template)]
#[template(path = "placements/vacancy.html")]
struct DetailPage {
    ctx: Ctx,
    v: Vacancy,
    slots: Vec<Slot>,
    schools: Vec<(SchoolId, String)>,
    may_edit: bool,
    may_apply: bool,
    may_place_group: bool,
    mine: Option<Placement>,
    candidates: Vec<Candidate>,
    next_statuses: &'static [VacancyStatus],
    errors: FormErrors,
    motivation: String,
    side_job: SideJobForm,
    /// For the pupil: what of the rules for minors stops her taking this vacancy.
    refusals: Vec<Shown>,
    /// For those who manage it: the age groups the rules never allow on it, with why.
    age_notes: Vec<AgeNote>,
}

/// Ages that can never take a vacancy, with the rules that say so.
struct AgeNote {
    ages: String,
    reasons: Vec<Shown>,
}

impl DetailPage {
    /// Group sessions can be registered once pupils of the group are active.
    fn sessions_possible(&self) -> bool {
        self.may_edit
            && self.v.kind == Kind::Group.code()
            && self.candidates.iter().any(|c| c.placement.status == Status::Active)
    }
}

pub(super) async fn detail_page(
    app: &AppState,
    ctx: Ctx,
    v: Vacancy,
    errors: FormErrors,
    motivation: String,
) -> Result<Response> {
    detail_page_with(app, ctx, v, errors, motivation, SideJobForm::default(), None).await
}

/// The age groups the rules never allow on a vacancy, each with the reasons of its youngest age.
async fn age_notes(app: &AppState, lang: Lang, v: &Vacancy) -> Result<Vec<AgeNote>> {
    let report = Context::load(&app.db, app.clock().today()).await?.vacancy(&app.db, v).await?;
    let mut notes = Vec::new();
    for range in report.blocked_ranges() {
        // Within a blocked range, ages blocked by the same rules share a note (12: A1; 13–14: B7).
        let rules_of = |a: u8| -> Vec<&'static str> {
            let mut ids: Vec<&'static str> = report
                .verdict(a)
                .map(|v| v.violations.iter().filter(|x| x.is_block()).map(|x| x.rule.as_str()).collect())
                .unwrap_or_default();
            ids.sort();
            ids.dedup();
            ids
        };
        // Ages under the vacancy's own minimum never apply: no note says why they cannot.
        let mut age = range.youngest().max(u8::try_from(v.min_age).unwrap_or(0));
        while age <= range.oldest() {
            let same = rules_of(age);
            let mut last = age;
            while last < range.oldest() && rules_of(last + 1) == same {
                last += 1;
            }
            let reasons = report
                .verdict(age)
                .map(|a| {
                    let items = a
                        .violations
                        .iter()
                        .filter(|x| x.is_block())
                        .map(|x| (words::show(lang, x, false), x.check.as_str()))
                        .collect();
                    words::fold(items)
                })
                .unwrap_or_default();
            let ages = if age == last { age.to_string() } else { format!("{age}–{last}") };
            notes.push(AgeNote { ages, reasons });
            age = last + 1;
        }
    }
    Ok(notes)
}

pub(super) async fn detail_page_with(
    app: &AppState,
    ctx: Ctx,
    v: Vacancy,
    errors: FormErrors,
    motivation: String,
    side_job: SideJobForm,
    refusals: Option<Vec<Shown>>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let res = resource(&v);
    let slots = vacancies::slots(&app.db, v.id).await?;
    let schools = vacancies::schools(&app.db, v.id).await?;
    let today = app.clock().today();
    let mut mine = None;
    let mut may_apply = false;
    // A refusal handed in answers a form that was sent: the page says why, as a 422.
    let answering_refusal = refusals.is_some();
    let mut refused = refusals;
    if let Some((pupil, _)) = actor.pupil() {
        let own = store::list(
            &app.db,
            &policy::placement_scope(&actor),
            &Filter { vacancy: Some(v.id), pupil: Some(pupil), ..Filter::default() },
            5,
            0,
        )
        .await?;
        mine = own.into_iter().find(|p| !matches!(p.status, Status::Declined | Status::Cancelled));
        if mine.is_none()
            && policy::can(&actor, Action::Apply, res)
            && v.kind != Kind::Group.code()
            && let Some(s) = vacancies::seeker(&app.db, pupil).await?
        {
            may_apply = vacancies::open_to(&app.db, v.id, &s, today).await?;
            // What the rules for minors say before she fills in anything (a side job is asked
            // in the form; here it is taken as none).
            if may_apply && refused.is_none() {
                let rules = Context::load(&app.db, today).await?;
                let found = rules.planned(&app.db, &v, s.birth, s.school, SideJob::None).await?;
                refused = Some(words::shown(ctx.lang, &found).into_iter().filter(|f| f.block).collect());
            }
        }
    }
    let refusals = refused.unwrap_or_default();
    may_apply = may_apply && refusals.is_empty();
    let may_edit = policy::can(&actor, Action::Edit, res);
    let mut candidates = Vec::new();
    if may_edit {
        // Coordinators manage vacancies for organisations, but see only their own pupils here;
        // a host sees each candidate's first name only until her school has confirmed.
        let scope = policy::placement_scope(&actor);
        let list = store::list(&app.db, &scope, &Filter { vacancy: Some(v.id), ..Filter::default() }, 500, 0).await?;
        for p in list {
            let name = if policy::sees_full_pupil(&actor, &p) { p.full_name() } else { p.first_name.clone() };
            let age = p.age(today);
            candidates.push(Candidate { placement: p, name, age });
        }
    }
    let age_notes = if may_edit { age_notes(app, ctx.lang, &v).await? } else { Vec::new() };
    let may_place_group = v.kind == Kind::Group.code()
        && policy::can(&actor, Action::Confirm, res)
        && !policy::placing_schools(&actor).is_empty();
    let next_statuses = v.status.successors();
    let status =
        if errors.is_empty() && !answering_refusal { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_status(
        status,
        &DetailPage {
            ctx,
            v,
            slots,
            schools,
            may_edit,
            may_apply,
            may_place_group,
            mine,
            candidates,
            next_statuses,
            errors,
            motivation,
            side_job,
            refusals,
            age_notes,
        },
    )
}

pub(super) async fn detail(State(app): State<AppState>, ctx: Ctx, Path(id): Path<VacancyId>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let v = load(&app, &actor, id, Action::View).await?;
    detail_page(&app, ctx, v, FormErrors::default(), String::new()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct ApplyForm {
    motivation: String,
    #[serde(flatten)]
    side_job: SideJobForm,
}

/// The side job a pupil declares when she applies (MINORS-RULES.md B13: its hours add up with
/// the placement's).
#[derive(Clone, Debug, Deserialize, Default)]
#[serde(default)]
pub(super) struct SideJobForm {
    /// `none` or `yes`.
    side_job: String,
    side_job_hours: String,
    side_job_days: String,
}

impl SideJobForm {
    fn parse(&self, errors: &mut FormErrors) -> Option<SideJob> {
        match self.side_job.as_str() {
            "none" => Some(SideJob::None),
            "yes" => {
                let hours = errors.check("side_job_hours", model::weekly_minutes(&self.side_job_hours, 40));
                let days: Option<u8> = errors.check(
                    "side_job_days",
                    self.side_job_days
                        .trim()
                        .parse::<u8>()
                        .ok()
                        .filter(|d| (1..=7).contains(d))
                        .ok_or(FieldError::Number),
                );
                Some(SideJob::Declared { minutes_per_week: hours?, days_per_week: days? })
            }
            _ => {
                errors.add("side_job", "side-job-err-choose");
                None
            }
        }
    }
}

pub(super) async fn apply(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<VacancyId>,
    Form(f): Form<ApplyForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let mut side_job_errors = FormErrors::default();
    let side_job = f.side_job.parse(&mut side_job_errors).ok_or_else(|| side_job_errors.all().to_vec());
    let application = Application { motivation: &f.motivation, side_job };
    match flow::apply(&app, &actor, id, application).await {
        Ok(placement) => Ok(redirect_with(&app, &format!("/placements/{placement}"), "flash-applied")),
        Err(Stop::Refused(Refused::AlreadyApplied)) => {
            Ok(redirect_with(&app, &format!("/vacancies/{id}"), "flash-applied-already"))
        }
        Err(Stop::Refused(Refused::Invalid(fields))) => {
            let v = load(&app, &actor, id, Action::Apply).await?;
            let mut errors = FormErrors::default();
            for (field, key) in fields {
                errors.add(field, key);
            }
            detail_page_with(&app, ctx, v, errors, f.motivation, f.side_job, None).await
        }
        // The rules for minors on the vacancy's slots, for her: what no paperwork can fix.
        Err(Stop::Refused(Refused::Blocked(found))) => {
            let v = load(&app, &actor, id, Action::Apply).await?;
            let blocks = words::shown(ctx.lang, &found).into_iter().filter(|f| f.block).collect();
            detail_page_with(&app, ctx, v, FormErrors::default(), f.motivation, f.side_job, Some(blocks)).await
        }
        Err(e) => Err(e.into()),
    }
}
