//! The list of rounds, creating one (also as a second round for the unplaced), opening it for
//! the pupils and closing it by hand.

use std::collections::HashSet;

use askama::Template;
use axum::extract::{Path, Query, RawForm, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::{managed, refused, repeated};
use crate::auth::model::{Actor, Role};
use crate::auth::policy::{self, Action, Resource, SchoolData};
use crate::db::SqlScope;
use crate::directory::model::SECTORS;
use crate::directory::store::classes::{self, Class, ClassFilter};
use crate::directory::store::schools;
use crate::directory::values::SchoolYear;
use crate::ids::{RoundId, SchoolId, VacancyId};
use crate::placements::notify::{Arg, Message, Party, tell_message};
use crate::placements::web::today;
use crate::rounds::model::{Priority, Problems, RoundForm, RoundInput, Status, Step};
use crate::rounds::store::{self, NewRound, PupilRound, Round, Selection, VacancyOption};
use crate::web::AppState;
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
    if !policy::can(&actor, Action::View, Resource::Rounds) {
        return Err(Error::NotFound);
    }
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

/// The school a new round is for: the one asked for, if the actor may make rounds there; for a
/// coordinator without a choice her (first) school, for the project leader the network.
fn school_for(actor: &Actor, raw: &str) -> Result<Option<SchoolId>> {
    let school = match raw.trim() {
        "" if actor.is_project_leader() => None,
        "" => Some(*actor.schools_as(Role::Coordinator).first().ok_or(Error::NotFound)?),
        s => Some(s.parse().map_err(|_| Error::NotFound)?),
    };
    if policy::can(actor, Action::Create, Resource::Round(school)) { Ok(school) } else { Err(Error::NotFound) }
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
    let leader = actor.is_project_leader();
    let schools = if leader { schools::school_options(&app.db, None).await? } else { Vec::new() };
    let classes = match school {
        Some(s) => {
            let f = ClassFilter {
                school: Some(s),
                school_year: Some(SchoolYear::current().to_string()),
                ..ClassFilter::default()
            };
            classes::list_classes(&app.db, &policy::school_scope(&actor, SchoolData::Pupils), &f, 500, 0).await?
        }
        None => Vec::new(),
    };
    let category = non_empty(&form.category).filter(|c| SECTORS.contains(c));
    let vacancies = store::vacancy_options(&app.db, school, category, non_empty(&form.q), today()).await?;
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
    if !policy::can(&actor, Action::Create, Resource::Rounds) {
        return Err(Error::NotFound);
    }
    let in_two_weeks = today() + time::Duration::days(14);
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
            if prior.status() != Status::Published {
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

fn read_form(raw: &RawForm) -> RoundForm {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&raw.0).unwrap_or_default();
    let mut form: RoundForm = serde_urlencoded::from_bytes(&raw.0).unwrap_or_default();
    form.classes = repeated(&pairs, "classes");
    form.years = repeated(&pairs, "years");
    form.schools = repeated(&pairs, "schools");
    form.pupils = repeated(&pairs, "pupils");
    form.vacancies = repeated(&pairs, "vacancies");
    form
}

fn raw_has(raw: &RawForm, name: &str) -> bool {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&raw.0).unwrap_or_default();
    pairs.iter().any(|(k, _)| k == name)
}

fn form_errors(p: Problems) -> FormErrors {
    let mut errors = FormErrors::default();
    for (field, key) in p.0 {
        errors.add(field, key);
    }
    errors
}

fn parsed<T: std::str::FromStr>(raw: &[String]) -> Vec<T> {
    raw.iter().filter_map(|s| s.trim().parse().ok()).collect()
}

/// Checks what needs the database: the classes, pupils and schools are in the round's scope,
/// the vacancies are open to it; gives the pupils the round will hold.
async fn check_scope(
    app: &AppState,
    school: Option<SchoolId>,
    form: &RoundForm,
    problems: &mut Problems,
) -> Result<Vec<crate::ids::PupilId>> {
    let network: Vec<SchoolId> = parsed(&form.schools);
    let scope = match school {
        Some(s) => SqlScope::Only(vec![s.uuid()]),
        None if network.is_empty() => SqlScope::All,
        None => SqlScope::Only(network.iter().map(|s| s.uuid()).collect()),
    };
    let network_ids: Vec<uuid::Uuid> = network.iter().map(|s| s.uuid()).collect();
    if school.is_none()
        && store::count_in_scope(&app.db, "schools", "id", &SqlScope::All, &network_ids).await? != network_ids.len()
    {
        problems.add("pupils", "err-choice");
    }
    for (table, raw) in [("classes", &form.classes), ("pupils", &form.pupils)] {
        let ids: Vec<uuid::Uuid> = parsed(raw);
        if store::count_in_scope(&app.db, table, "school_id", &scope, &ids).await? != ids.len() {
            problems.add("pupils", "err-round-pupils-scope");
        }
    }
    let open: HashSet<VacancyId> =
        store::vacancy_options(&app.db, school, None, None, today()).await?.into_iter().map(|v| v.id).collect();
    if parsed::<VacancyId>(&form.vacancies).iter().any(|v| !open.contains(v)) {
        problems.add("vacancies", "err-round-vacancies-scope");
    }
    let selection = Selection {
        schools: scope,
        classes: parsed(&form.classes),
        years: parsed(&form.years),
        pupils: parsed(&form.pupils),
    };
    let pupils = store::select_pupils(&app.db, &selection).await?;
    if pupils.is_empty() {
        problems.add("pupils", "err-round-no-pupils");
    }
    Ok(pupils)
}

pub(super) async fn create(State(app): State<AppState>, ctx: Ctx, raw: RawForm) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    if !policy::can(&actor, Action::Create, Resource::Rounds) {
        return Err(Error::NotFound);
    }
    let mut form = read_form(&raw);
    let school = school_for(&actor, &form.school)?;
    form.school = school.map(|s| s.to_string()).unwrap_or_default();
    let follows = match form.follows.trim() {
        "" => None,
        f => Some(managed(&app, &actor, f.parse().map_err(|_| Error::NotFound)?, Action::View).await?),
    };
    // "Show": the form again with another school's classes or other vacancies; nothing saved.
    if raw_has(&raw, "show") {
        return form_page(&app, ctx, school, form, FormErrors::default(), follows, false).await;
    }
    let parsed_input = RoundInput::parse(&form, crate::db::now());
    let mut problems = parsed_input.as_ref().err().cloned().unwrap_or_default();
    let pupils = check_scope(&app, school, &form, &mut problems).await?;
    let input = match parsed_input {
        Ok(input) if problems.is_empty() => input,
        _ => {
            let errors = form_errors(problems);
            return form_page(&app, ctx, school, form, errors, follows, false).await;
        }
    };
    let id = RoundId::new();
    store::create(
        &app.db,
        &NewRound {
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
        },
    )
    .await?;
    Ok(redirect_with(&app, &format!("/rounds/{id}"), "flash-round-created"))
}

// ---- opening and closing -------------------------------------------------------------------

pub(super) async fn open(State(app): State<AppState>, ctx: Ctx, Path(id): Path<RoundId>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let r = managed(&app, &actor, id, Action::Edit).await?;
    if let Err(e) = store::step(&app.db, id, Step::Open).await {
        return refused(&app, id, e);
    }
    // Every pupil of the round hears she can choose now.
    let deadline = crate::web::i18n::amsterdam(r.closes_at);
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
    let members = store::results::members(&app.db, id).await?;
    let parties: Vec<Party> = members.into_iter().map(Party::Pupil).collect();
    tell_message(&app.db, &app.config.public_url, &parties, &message, Some(actor.user_id)).await?;
    Ok(redirect_with(&app, &format!("/rounds/{id}"), "flash-round-opened"))
}

pub(super) async fn close(State(app): State<AppState>, ctx: Ctx, Path(id): Path<RoundId>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    managed(&app, &actor, id, Action::Edit).await?;
    match store::step(&app.db, id, Step::Close).await {
        Ok(_) => Ok(redirect_with(&app, &format!("/rounds/{id}"), "flash-round-closed")),
        Err(e) => refused(&app, id, e),
    }
}
