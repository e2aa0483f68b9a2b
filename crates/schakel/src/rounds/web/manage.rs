//! The list of rounds, creating one (also as a second round for the unplaced), opening it for
//! the pupils and closing it by hand.

use std::collections::HashSet;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{managed, refused};
use crate::auth::model::Actor;
use crate::auth::policy::{self, Action, Resource, SchoolData};
use crate::directory::model::SECTORS;
use crate::directory::store::classes::{self, Class, ClassFilter};
use crate::directory::store::schools;
use crate::directory::values::SchoolYear;
use crate::flow::Stop;
use crate::ids::{RoundId, SchoolId};
use crate::rounds::flow::{self, Refused};
use crate::rounds::model::{Priority, Problems, RoundForm, Status};
use crate::rounds::store::{self, PupilRound, Round, VacancyOption};
use crate::state::AppState;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, PER_PAGE, Pager, page_param, redirect_with, render, render_status};

// ---- lists ---------------------------------------------------------------------------------

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct ListQuery {
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "rounds/rounds.html")]
struct ListPage {
    ctx: Ctx,
    rows: Vec<Round>,
    pager: Pager,
    may_create: bool,
}

#[derive(Template)]
#[template(path = "rounds/mine.html")]
struct MinePage {
    ctx: Ctx,
    rounds: Vec<PupilRound>,
}

pub(super) async fn list(State(app): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    policy::require(&actor, Action::View, Resource::Rounds)?;
    let scope = policy::round_scope(&actor);
    if scope.is_empty() {
        // A pupil: the rounds she is in.
        let (pupil, _) = actor.pupil().ok_or(Error::NotFound)?;
        let rounds = store::of_pupil(&app.db, pupil).await?;
        return render(&MinePage { ctx, rounds });
    }
    let total = store::count(&app.db, &scope).await?;
    let pager = Pager::new(page_param(&q.page), total, "/rounds".into());
    let rows = store::list(&app.db, &scope, PER_PAGE, pager.offset()).await?;
    let may_create = policy::can(&actor, Action::Create, Resource::Rounds);
    render(&ListPage { ctx, rows, pager, may_create })
}

// ---- the form ------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "rounds/form.html")]
struct FormPage {
    ctx: Ctx,
    form: RoundForm,
    errors: FormErrors,
    school: Option<SchoolId>,
    /// The project leader chooses a school, or the network.
    leader: bool,
    /// The schools to choose from: every school (the project leader), or those she coordinates.
    schools: Vec<(SchoolId, String)>,
    classes: Vec<Class>,
    vacancies: Vec<VacancyOption>,
    categories: &'static [&'static str],
    follows: Option<Round>,
    priorities: [Priority; 3],
}

impl MinePage {
    fn chosen_text(&self, r: &PupilRound) -> String {
        self.ctx.lang.t_args("round-chosen-of", &[("chosen", r.chosen.into()), ("max", r.choices.into())])
    }
}

impl FormPage {
    fn has(list: &[String], id: &str) -> bool {
        list.iter().any(|x| x == id)
    }

    fn class_checked(&self, c: &Class) -> bool {
        Self::has(&self.form.classes, &c.id.to_string())
    }

    fn year_checked(&self, y: &i32) -> bool {
        Self::has(&self.form.years, &y.to_string())
    }

    fn school_checked(&self, s: &SchoolId) -> bool {
        Self::has(&self.form.schools, &s.to_string())
    }

    fn vacancy_checked(&self, v: &VacancyOption) -> bool {
        Self::has(&self.form.vacancies, &v.id.to_string())
    }

    fn is_school(&self, s: &SchoolId) -> bool {
        self.school == Some(*s)
    }

    fn years(&self) -> [i32; 6] {
        [1, 2, 3, 4, 5, 6]
    }

    /// Chosen vacancies the filter hides: kept as hidden fields.
    fn hidden_vacancies(&self) -> Vec<&String> {
        let shown: HashSet<String> = self.vacancies.iter().map(|v| v.id.to_string()).collect();
        self.form.vacancies.iter().filter(|v| !shown.contains(*v)).collect()
    }

    fn follow_up_lead(&self, prior: &Round) -> String {
        self.ctx.lang.t_args(
            "round-follow-up-lead",
            &[("name", prior.name.clone().into()), ("count", self.form.pupils.len().into())],
        )
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct NewQuery {
    school: String,
    follows: String,
}

/// The school a new round is for: the one asked for, if the actor may make rounds there;
/// without a choice the network (the project leader) or the first school she coordinates (her
/// form lets her choose another).
fn school_for(actor: &Actor, raw: &str) -> Result<Option<SchoolId>> {
    let school = match raw.trim() {
        "" if policy::can(actor, Action::Create, Resource::Round(None)) => None,
        "" => Some(*policy::placing_schools(actor).first().ok_or(Error::NotFound)?),
        s => Some(s.parse().map_err(|_| Error::NotFound)?),
    };
    policy::require(actor, Action::Create, Resource::Round(school))?;
    Ok(school)
}

fn non_empty(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|t| !t.is_empty())
}

async fn form_page(
    app: &AppState,
    ctx: Ctx,
    school: Option<SchoolId>,
    form: RoundForm,
    errors: FormErrors,
    follows: Option<Round>,
    check_all: bool,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let leader = policy::can(&actor, Action::Create, Resource::Round(None));
    let schools = if leader {
        schools::school_options(&app.db, None).await?
    } else {
        let mine = policy::placing_schools(&actor);
        schools::school_options(&app.db, None).await?.into_iter().filter(|(id, _)| mine.contains(id)).collect()
    };
    let classes = match school {
        Some(s) => {
            let f = ClassFilter {
                school: Some(s),
                school_year: Some(SchoolYear::containing(app.clock().today()).to_string()),
                ..ClassFilter::default()
            };
            classes::list_classes(&app.db, &policy::school_scope(&actor, SchoolData::Pupils), &f, 500, 0).await?
        }
        None => Vec::new(),
    };
    let category = non_empty(&form.category).filter(|c| SECTORS.contains(c));
    let vacancies = store::vacancy_options(&app.db, school, category, non_empty(&form.q), app.clock().today()).await?;
    let mut form = form;
    if check_all {
        // Ticked: every vacancy with a place left (a full one could only disappoint).
        form.vacancies = vacancies.iter().filter(|v| v.free() > 0).map(|v| v.id.to_string()).collect();
    }
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_status(
        status,
        &FormPage {
            ctx,
            form,
            errors,
            school,
            leader,
            schools,
            classes,
            vacancies,
            categories: SECTORS,
            follows,
            priorities: Priority::ALL,
        },
    )
}

pub(super) async fn new_form(State(app): State<AppState>, ctx: Ctx, Query(q): Query<NewQuery>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    policy::require(&actor, Action::Create, Resource::Rounds)?;
    let in_two_weeks = app.clock().today() + time::Duration::days(14);
    let mut form = RoundForm {
        closes_on: ctx.date_input(&in_two_weeks),
        closes_time: "17:00".into(),
        choices: "3".into(),
        priority: Priority::Distance.code().into(),
        ..RoundForm::default()
    };
    // A second round for the unplaced: their names, the same rules, the vacancies with room left.
    let follows = match q.follows.parse::<RoundId>() {
        Ok(id) => {
            let prior = managed(&app, &actor, id, Action::View).await?;
            if prior.status != Status::Published {
                return Err(Error::NotFound);
            }
            form.name = ctx.t1("round-follow-up-name", "name", &prior.name);
            form.school = prior.school_id.map(|s| s.to_string()).unwrap_or_default();
            form.choices = prior.choices.to_string();
            form.priority = prior.priority.clone();
            form.follows = prior.id.to_string();
            form.pupils = store::results::unplaced(&app.db, prior.id).await?.iter().map(|p| p.to_string()).collect();
            let fill = store::results::fill(&app.db, prior.id).await?;
            form.vacancies = fill.iter().filter(|f| f.free() > 0).map(|f| f.vacancy_id.to_string()).collect();
            Some(prior)
        }
        Err(_) => None,
    };
    let school = school_for(&actor, if follows.is_some() { &form.school } else { &q.school })?;
    form.school = school.map(|s| s.to_string()).unwrap_or_default();
    let check_all = follows.is_none();
    form_page(&app, ctx, school, form, FormErrors::default(), follows, check_all).await
}

fn form_errors(p: Problems) -> FormErrors {
    let mut errors = FormErrors::default();
    for (field, key) in p.0 {
        errors.add(field, key);
    }
    errors
}

pub(super) async fn create(State(app): State<AppState>, ctx: Ctx, Form(mut form): Form<RoundForm>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    policy::require(&actor, Action::Create, Resource::Rounds)?;
    let school = school_for(&actor, &form.school)?;
    form.school = school.map(|s| s.to_string()).unwrap_or_default();
    let follows = match form.follows.trim() {
        "" => None,
        f => Some(managed(&app, &actor, f.parse().map_err(|_| Error::NotFound)?, Action::View).await?),
    };
    // "Show": the form again with another school's classes or other vacancies; nothing saved.
    if !form.show.is_empty() {
        return form_page(&app, ctx, school, form, FormErrors::default(), follows, false).await;
    }
    match flow::create(&app, &actor, school, &form).await {
        Ok(id) => Ok(redirect_with(&app, &format!("/rounds/{id}"), "flash-round-created")),
        Err(Stop::Refused(Refused::Invalid(problems))) => {
            form_page(&app, ctx, school, form, form_errors(problems), follows, false).await
        }
        Err(e) => Err(e.into()),
    }
}

// ---- opening and closing -------------------------------------------------------------------

pub(super) async fn open(State(app): State<AppState>, ctx: Ctx, Path(id): Path<RoundId>) -> Result<Response> {
    match flow::open(&app, ctx.actor()?, id).await {
        Ok(()) => Ok(redirect_with(&app, &format!("/rounds/{id}"), "flash-round-opened")),
        Err(e) => refused(&app, id, e),
    }
}

pub(super) async fn close(State(app): State<AppState>, ctx: Ctx, Path(id): Path<RoundId>) -> Result<Response> {
    match flow::close(&app, ctx.actor()?, id).await {
        Ok(()) => Ok(redirect_with(&app, &format!("/rounds/{id}"), "flash-round-closed")),
        Err(e) => refused(&app, id, e),
    }
}
