//! Vacancies: finding them (pupils), managing them (organisations, coordinators, the project
//! leader), applying, placing a group, registering group sessions.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, RawForm, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{seeker, today};
use crate::auth::model::Actor;
use crate::auth::policy::{self, Action, Resource};
use crate::directory::model::SECTORS;
use crate::directory::store::{classes, organisations, pupils as pupil_store, schools};
use crate::directory::values::FieldError;
use crate::directory::values::{MAX_LONG, parse_date, required_text};
use crate::ids::{ClassId, OrganisationId, PlacementId, PupilId, SchoolId, VacancyId};
use crate::minors::check::Context;
use crate::minors::papers::{self, SideJob};
use crate::minors::words::{self, Shown};
use crate::placements::model::{self, Kind, Setting, Slot, VacancyForm, VacancyInput, VacancyStatus, parse_time};
use crate::placements::notify::{self, Facts, Party, What};
use crate::placements::store::hours::{self, NewEntry};
use crate::placements::store::placements::{self as store, Filter, Placement, PlacementError};
use crate::placements::store::vacancies::{self, Hit, Manage, Search, Vacancy};
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, PER_PAGE, Pager, list_url, page_param, redirect_with, render, render_status};
use crate::web::{AppState, Routes};

pub fn routes() -> Routes {
    Routes::new()
        .get("/vacancies", list)
        .get("/vacancies/new", new_form)
        .post("/vacancies", create)
        .get("/vacancies/{vacancy}", detail)
        .get("/vacancies/{vacancy}/edit", edit_form)
        .post("/vacancies/{vacancy}", update)
        .post("/vacancies/{vacancy}/status", set_status)
        .post("/vacancies/{vacancy}/apply", apply)
        .get("/vacancies/{vacancy}/group", group_form)
        .post("/vacancies/{vacancy}/group", place_group)
        .post("/vacancies/{vacancy}/sessions", add_session)
}

fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

// ---- lists ---------------------------------------------------------------------------------

#[derive(Deserialize, Default)]
#[serde(default)]
struct ListQuery {
    q: String,
    category: String,
    kind: String,
    km: String,
    from: String,
    until: String,
    hours: String,
    status: String,
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "placements/search.html", blocks = ["results"])]
struct SearchPage {
    ctx: Ctx,
    hits: Vec<Hit>,
    pager: Pager,
    q: ListQuery,
    categories: &'static [&'static str],
    has_home: bool,
    has_birth: bool,
}

#[derive(Template)]
#[template(path = "placements/vacancies.html", blocks = ["results"])]
struct ManagePage {
    ctx: Ctx,
    rows: Vec<Vacancy>,
    pager: Pager,
    q: ListQuery,
    statuses: [VacancyStatus; 4],
    new_link: Option<String>,
}

async fn list(State(app): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    if !policy::can(&actor, Action::View, Resource::Vacancies) {
        return Err(Error::NotFound);
    }
    // A pupil searches what is open to her; staff manage vacancies.
    if let (Some((pupil, _)), false) = (actor.pupil(), actor.is_staff()) {
        let seeker = seeker(&app.db, pupil).await?.ok_or(Error::NotFound)?;
        let search = Search {
            text: non_empty(&q.q),
            category: non_empty(&q.category).filter(|c| SECTORS.contains(&c.as_str())),
            kind: non_empty(&q.kind).filter(|k| Kind::from_code(k).is_some()),
            max_km: q.km.trim().replace(',', ".").parse::<f64>().ok().filter(|k| *k > 0.0 && *k < 500.0),
            from: parse_date(&q.from).ok(),
            until: parse_date(&q.until).ok(),
            max_hours: q.hours.trim().parse().ok().filter(|h: &i32| *h > 0),
            round: None,
        };
        let today = today();
        let base = list_url(
            "/vacancies",
            &[
                ("q", &q.q),
                ("category", &q.category),
                ("kind", &q.kind),
                ("km", &q.km),
                ("from", &q.from),
                ("until", &q.until),
                ("hours", &q.hours),
            ],
        );
        let (pager, hits) = super::search_page(&app.db, &seeker, &search, today, page_param(&q.page), base).await?;
        let page = SearchPage {
            ctx,
            hits,
            pager,
            q,
            categories: SECTORS,
            has_home: seeker.home.is_some(),
            has_birth: seeker.birth.is_some(),
        };
        return if page.ctx.htmx { render(&page.as_results()) } else { render(&page) };
    }
    let scope = policy::vacancy_scope(&actor);
    if scope.is_empty() {
        return Err(Error::NotFound);
    }
    let manage = Manage {
        text: non_empty(&q.q),
        status: non_empty(&q.status).filter(|s| VacancyStatus::from_code(s).is_some()),
        organisation: None,
    };
    let total = vacancies::count_managed(&app.db, &scope, &manage).await?;
    let pager = Pager::new(page_param(&q.page), total, list_url("/vacancies", &[("q", &q.q), ("status", &q.status)]));
    let rows = vacancies::list_managed(&app.db, &scope, &manage, PER_PAGE, pager.offset()).await?;
    let new_link = match actor.organisations().as_slice() {
        [only] => Some(format!("/vacancies/new?organisation={only}")),
        _ if policy::can(&actor, Action::Create, Resource::Vacancies) || actor.is_project_leader() => {
            Some("/organisations".to_string())
        }
        _ => None,
    };
    let page = ManagePage { ctx, rows, pager, q, statuses: VacancyStatus::ALL, new_link };
    if page.ctx.htmx { render(&page.as_results()) } else { render(&page) }
}

// ---- the vacancy page ----------------------------------------------------------------------

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
            && self.candidates.iter().any(|c| c.placement.status() == model::Status::Active)
    }
}

async fn load(app: &AppState, actor: &Actor, id: VacancyId, action: Action) -> Result<Vacancy> {
    let v = vacancies::vacancy(&app.db, id).await?.ok_or(Error::NotFound)?;
    let res = Resource::Vacancy { organisation: v.organisation_id, open: v.is_open() };
    if !policy::can(actor, Action::View, res) || !policy::can(actor, action, res) {
        return Err(Error::NotFound);
    }
    Ok(v)
}

async fn detail_page(app: &AppState, ctx: Ctx, v: Vacancy, errors: FormErrors, motivation: String) -> Result<Response> {
    detail_page_with(app, ctx, v, errors, motivation, SideJobForm::default(), None).await
}

/// The age groups the rules never allow on a vacancy, each with the reasons of its youngest age.
async fn age_notes(app: &AppState, lang: crate::web::i18n::Lang, v: &Vacancy) -> Result<Vec<AgeNote>> {
    let report = Context::load(&app.db, today()).await?.vacancy(&app.db, v).await?;
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
        let mut age = range.youngest();
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

async fn detail_page_with(
    app: &AppState,
    ctx: Ctx,
    v: Vacancy,
    errors: FormErrors,
    motivation: String,
    side_job: SideJobForm,
    refusals: Option<Vec<Shown>>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let res = Resource::Vacancy { organisation: v.organisation_id, open: v.is_open() };
    let slots = vacancies::slots(&app.db, v.id).await?;
    let schools = vacancies::schools(&app.db, v.id).await?;
    let today = today();
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
        mine = own.into_iter().find(|p| !matches!(p.status(), model::Status::Declined | model::Status::Cancelled));
        if mine.is_none()
            && policy::can(&actor, Action::Apply, res)
            && v.kind != Kind::Group.code()
            && let Some(s) = seeker(&app.db, pupil).await?
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
    if may_edit || actor.is_project_leader() {
        let scope = policy::placement_scope(&actor);
        let list = store::list(&app.db, &scope, &Filter { vacancy: Some(v.id), ..Filter::default() }, 500, 0).await?;
        // Coordinators manage vacancies for organisations, but see only their own pupils here.
        let host_view = !actor.is_project_leader() && actor.organisations().contains(&v.organisation_id);
        for p in list {
            let full = !host_view || policy::host_sees_full_pupil(p.status());
            let name = if full { p.full_name() } else { p.first_name.clone() };
            let age = p.age(today);
            candidates.push(Candidate { placement: p, name, age });
        }
    }
    let age_notes = if may_edit { age_notes(app, ctx.lang, &v).await? } else { Vec::new() };
    let may_place_group = v.kind == Kind::Group.code()
        && policy::can(&actor, Action::Confirm, res)
        && !actor.schools_as(crate::auth::model::Role::Coordinator).is_empty();
    let next_statuses = VacancyStatus::from_code(&v.status).map(VacancyStatus::successors).unwrap_or(&[]);
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

async fn detail(State(app): State<AppState>, ctx: Ctx, Path(id): Path<VacancyId>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let v = load(&app, &actor, id, Action::View).await?;
    detail_page(&app, ctx, v, FormErrors::default(), String::new()).await
}

// ---- the form ------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "placements/vacancy_form.html")]
struct FormPage {
    ctx: Ctx,
    id: Option<VacancyId>,
    organisation_name: String,
    form: VacancyForm,
    errors: FormErrors,
    categories: &'static [&'static str],
    kinds: [Kind; 3],
    settings: [Setting; 3],
    schools: Vec<(SchoolId, String)>,
    task_categories: [schakel_minors::TaskCategory; 14],
}

impl FormPage {
    fn has_task(&self, code: &str) -> bool {
        self.form.tasks.iter().any(|t| t == code)
    }

    fn restricted_to(&self, id: &SchoolId) -> bool {
        self.form.schools.iter().any(|s| *s == id.to_string())
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NewQuery {
    organisation: String,
}

async fn organisation_for(app: &AppState, actor: &Actor, raw: &str) -> Result<organisations::Organisation> {
    let id: OrganisationId = raw.parse().map_err(|_| Error::NotFound)?;
    if !policy::can(actor, Action::Create, Resource::Vacancy { organisation: id, open: false }) {
        return Err(Error::NotFound);
    }
    organisations::organisation(&app.db, id).await?.filter(|o| o.archived_at.is_none()).ok_or(Error::NotFound)
}

fn read_form(raw: &RawForm) -> VacancyForm {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&raw.0).unwrap_or_default();
    let mut form: VacancyForm = serde_urlencoded::from_bytes(&raw.0).unwrap_or_default();
    let repeated = |name: &str| -> Vec<String> {
        pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).filter(|v| !v.is_empty()).collect()
    };
    form.schools = repeated("schools");
    form.tasks = repeated("tasks");
    form
}

async fn form_page(
    app: &AppState,
    ctx: Ctx,
    id: Option<VacancyId>,
    org: String,
    form: VacancyForm,
    errors: FormErrors,
) -> Result<Response> {
    let schools = schools::school_options(&app.db, None).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_status(
        status,
        &FormPage {
            ctx,
            id,
            organisation_name: org,
            form,
            errors,
            categories: SECTORS,
            kinds: Kind::ALL,
            settings: Setting::ALL,
            schools,
            task_categories: schakel_minors::TaskCategory::ALL,
        },
    )
}

async fn new_form(State(app): State<AppState>, ctx: Ctx, Query(q): Query<NewQuery>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let org = organisation_for(&app, &actor, &q.organisation).await?;
    let form = VacancyForm {
        organisation: org.id.to_string(),
        kind: Kind::Individual.code().into(),
        setting: Setting::MasOutside.code().into(),
        category: org.sector.clone(),
        capacity: "1".into(),
        expected_hours: "30".into(),
        street: org.street.clone(),
        postcode: org.postcode.clone(),
        city: org.city.clone(),
        ..VacancyForm::default()
    };
    form_page(&app, ctx, None, org.name, form, FormErrors::default()).await
}

async fn create(State(app): State<AppState>, ctx: Ctx, raw: RawForm) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let form = read_form(&raw);
    let org = organisation_for(&app, &actor, &form.organisation).await?;
    match VacancyInput::parse(&form) {
        Ok(input) => {
            let id = vacancies::create(&app.db, org.id, &org.name, &input, actor.user_id).await?;
            Ok(redirect_with(&app, &format!("/vacancies/{id}"), "flash-vacancy-saved"))
        }
        Err(inv) => form_page(&app, ctx, None, org.name, form, inv.into()).await,
    }
}

fn form_of(v: &Vacancy, slots: &[Slot], schools: &[(SchoolId, String)]) -> VacancyForm {
    let date = |d: time::Date| format!("{:02}-{:02}-{}", d.day(), d.month() as u8, d.year());
    VacancyForm {
        organisation: v.organisation_id.to_string(),
        title: v.title.clone(),
        description: v.description.clone(),
        category: v.category.clone(),
        kind: v.kind.clone(),
        setting: v.setting.clone(),
        capacity: v.capacity.to_string(),
        group_min: v.group_min.map(|n| n.to_string()).unwrap_or_default(),
        group_max: v.group_max.map(|n| n.to_string()).unwrap_or_default(),
        min_age: v.min_age.to_string(),
        expected_hours: v.expected_hours.to_string(),
        starts_on: date(v.starts_on),
        ends_on: date(v.ends_on),
        street: v.street.clone(),
        postcode: v.postcode.clone(),
        city: v.city.clone(),
        supervisor_name: v.supervisor_name.clone(),
        supervisor_email: v.supervisor_email.clone(),
        supervisor_phone: v.supervisor_phone.clone(),
        slots: slots.iter().map(model::slot_line).collect::<Vec<_>>().join("\n"),
        schools: schools.iter().map(|(id, _)| id.to_string()).collect(),
        tasks_declared: if v.tasks.is_some() { "on".into() } else { String::new() },
        tasks: v.tasks.as_deref().unwrap_or("").split(',').filter(|t| !t.is_empty()).map(String::from).collect(),
        works_with_children: if v.works_with_children { "on".into() } else { String::new() },
        expert_supervision: if v.expert_supervision { "on".into() } else { String::new() },
    }
}

async fn edit_form(State(app): State<AppState>, ctx: Ctx, Path(id): Path<VacancyId>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let v = load(&app, &actor, id, Action::Edit).await?;
    let slots = vacancies::slots(&app.db, id).await?;
    let schools = vacancies::schools(&app.db, id).await?;
    let form = form_of(&v, &slots, &schools);
    form_page(&app, ctx, Some(id), v.organisation_name, form, FormErrors::default()).await
}

async fn update(State(app): State<AppState>, ctx: Ctx, Path(id): Path<VacancyId>, raw: RawForm) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let v = load(&app, &actor, id, Action::Edit).await?;
    let mut form = read_form(&raw);
    form.organisation = v.organisation_id.to_string();
    match VacancyInput::parse(&form) {
        Ok(input) if i64::from(input.capacity) < v.taken => {
            let mut errors = FormErrors::default();
            errors.add("capacity", "err-capacity-below-taken");
            form_page(&app, ctx, Some(id), v.organisation_name, form, errors).await
        }
        Ok(input) => {
            vacancies::update(&app.db, id, &v.organisation_name, &input).await?;
            Ok(redirect_with(&app, &format!("/vacancies/{id}"), "flash-vacancy-saved"))
        }
        Err(inv) => form_page(&app, ctx, Some(id), v.organisation_name, form, inv.into()).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct StatusForm {
    to: String,
}

async fn set_status(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<VacancyId>,
    Form(f): Form<StatusForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let v = load(&app, &actor, id, Action::Edit).await?;
    let from = VacancyStatus::from_code(&v.status).ok_or(Error::NotFound)?;
    let Some(to) = VacancyStatus::from_code(&f.to).filter(|to| from.successors().contains(to)) else {
        return Err(Error::BadRequest("vacancy-err-status"));
    };
    vacancies::set_status(&app.db, id, to).await?;
    let flash = match to {
        // Publishing says so when the rules keep some ages out (the page lists which and why).
        VacancyStatus::Open
            if !Context::load(&app.db, today()).await?.vacancy(&app.db, &v).await?.blocked_ages().is_empty() =>
        {
            "flash-vacancy-opened-ages"
        }
        VacancyStatus::Open => "flash-vacancy-opened",
        VacancyStatus::Closed => "flash-vacancy-closed",
        _ => "flash-archived",
    };
    Ok(redirect_with(&app, &format!("/vacancies/{id}"), flash))
}

// ---- applying ------------------------------------------------------------------------------

#[derive(Deserialize, Default)]
#[serde(default)]
struct ApplyForm {
    motivation: String,
    #[serde(flatten)]
    side_job: SideJobForm,
}

/// The side job a pupil declares when she applies (MINORS-RULES.md B13: its hours add up with
/// the placement's).
#[derive(Clone, Debug, Deserialize, Default)]
#[serde(default)]
struct SideJobForm {
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

async fn apply(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<VacancyId>,
    Form(f): Form<ApplyForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let v = load(&app, &actor, id, Action::Apply).await?;
    let Some((pupil, _)) = actor.pupil() else { return Err(Error::NotFound) };
    // Only what the search offers her may be applied to (age, school restriction, open).
    let open = match seeker(&app.db, pupil).await? {
        Some(s) => vacancies::open_to(&app.db, id, &s, today()).await?,
        None => false,
    };
    if !open || v.kind == Kind::Group.code() {
        return Err(Error::NotFound);
    }
    let mut errors = FormErrors::default();
    let motivation = errors.check("motivation", required_text(&f.motivation, MAX_LONG));
    let side_job = f.side_job.parse(&mut errors);
    let (Some(motivation), Some(side_job), true) = (motivation, side_job, errors.is_empty()) else {
        return detail_page_with(&app, ctx, v, errors, f.motivation, f.side_job, None).await;
    };
    // The rules for minors on the vacancy's slots, for her: what no paperwork can fix stops her.
    let Some(s) = seeker(&app.db, pupil).await? else { return Err(Error::NotFound) };
    let found = Context::load(&app.db, today()).await?.planned(&app.db, &v, s.birth, s.school, side_job).await?;
    if found.is_blocked() {
        let blocks = words::shown(ctx.lang, &found).into_iter().filter(|f| f.block).collect();
        return detail_page_with(&app, ctx, v, errors, f.motivation, f.side_job, Some(blocks)).await;
    }
    match store::apply(&app.db, id, pupil, &motivation, actor.user_id).await {
        Ok(placement) => {
            papers::set_side_job(&app.db, placement, side_job).await?;
            let first = actor.name.split_whitespace().next().unwrap_or("").to_string();
            let facts = Facts {
                placement,
                vacancy: &v.title,
                organisation: &v.organisation_name,
                pupil_first_name: &first,
                link: format!("/placements/{placement}"),
            };
            notify::tell(
                &app.db,
                &app.config.public_url,
                &[Party::Host(v.organisation_id)],
                What::Applied,
                &facts,
                Some(actor.user_id),
            )
            .await?;
            Ok(redirect_with(&app, &format!("/placements/{placement}"), "flash-applied"))
        }
        Err(PlacementError::AlreadyApplied) => {
            Ok(redirect_with(&app, &format!("/vacancies/{id}"), "flash-applied-already"))
        }
        Err(e) => Err(Error::Internal(anyhow::anyhow!("applying: {e}"))),
    }
}

// ---- placing a group -----------------------------------------------------------------------

#[derive(Template)]
#[template(path = "placements/group.html")]
struct GroupPage {
    ctx: Ctx,
    v: Vacancy,
    classes: Vec<(ClassId, String)>,
    class: String,
    pupils: Vec<crate::directory::store::pupils::Pupil>,
    message: Option<String>,
    /// The pupils ticked in the form sent (all of the class on first view).
    chosen: Vec<PupilId>,
    /// Who blocks the group and why (A7).
    blockers: Vec<Member>,
    /// Warnings per pupil that the school must confirm before placing.
    warnings: Vec<Member>,
    errors: FormErrors,
}

/// A pupil of a group with what the rules find for her.
struct Member {
    id: PupilId,
    name: String,
    /// The rules that block her (`A1, B7`), for grouping pupils blocked alike.
    rules: String,
    findings: Vec<Shown>,
}

/// Pupils who block a group for the same rules, with the first one's reasons as the example.
struct BlockGroup<'a> {
    rules: &'a str,
    names: Vec<&'a str>,
    findings: &'a [Shown],
}

impl GroupPage {
    fn is_chosen(&self, id: &PupilId) -> bool {
        self.chosen.is_empty() || self.chosen.contains(id)
    }

    fn blocks(&self, id: &PupilId) -> bool {
        self.blockers.iter().any(|b| b.id == *id)
    }

    /// The blockers grouped by the rules that block them: seventeen first-years under 13 are
    /// one reason with seventeen names, not seventeen reasons.
    fn blocker_groups(&self) -> Vec<BlockGroup<'_>> {
        let mut groups: Vec<BlockGroup<'_>> = Vec::new();
        for b in &self.blockers {
            match groups.iter_mut().find(|g| g.rules == b.rules) {
                Some(g) => g.names.push(&b.name),
                None => groups.push(BlockGroup { rules: &b.rules, names: vec![&b.name], findings: &b.findings }),
            }
        }
        groups
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct GroupQuery {
    class: String,
}

/// The school the coordinator places pupils from (her first one).
fn coordinator_school(actor: &Actor) -> Option<SchoolId> {
    actor.schools_as(crate::auth::model::Role::Coordinator).first().copied()
}

/// What the group page shows besides the class: a refusal, the ticked pupils, blockers and
/// warnings, form errors.
#[derive(Default)]
struct GroupOutcome {
    message: Option<String>,
    chosen: Vec<PupilId>,
    blockers: Vec<Member>,
    warnings: Vec<Member>,
    errors: FormErrors,
}

async fn group_page(app: &AppState, ctx: Ctx, v: Vacancy, class: String, out: GroupOutcome) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let school = coordinator_school(&actor).ok_or(Error::NotFound)?;
    let classes = classes::class_options(&app.db, school).await?;
    let pupils = match class.parse::<ClassId>() {
        Ok(c) if classes.iter().any(|(id, _)| *id == c) => {
            let scope = policy::school_scope(&actor, policy::SchoolData::Pupils);
            let f = crate::directory::store::pupils::PupilFilter { class: Some(c), ..Default::default() };
            pupil_store::list_pupils(&app.db, &scope, &f, None, 0).await?
        }
        _ => Vec::new(),
    };
    let refused =
        out.message.is_some() || !out.blockers.is_empty() || !out.warnings.is_empty() || !out.errors.is_empty();
    let status = if refused { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    render_status(
        status,
        &GroupPage {
            ctx,
            v,
            classes,
            class,
            pupils,
            message: out.message,
            chosen: out.chosen,
            blockers: out.blockers,
            warnings: out.warnings,
            errors: out.errors,
        },
    )
}

async fn group_form(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<VacancyId>,
    Query(q): Query<GroupQuery>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let v = load(&app, &actor, id, Action::Confirm).await?;
    if v.kind != Kind::Group.code() || coordinator_school(&actor).is_none() {
        return Err(Error::NotFound);
    }
    group_page(&app, ctx, v, q.class, GroupOutcome::default()).await
}

/// Places the chosen pupils of her school in a group vacancy, as the school's confirmation and
/// signature. The rules for minors are checked for every pupil: the group is valid only if it is
/// valid for each (A7), and the page names who blocks it and why; warnings must be confirmed.
async fn place_group(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<VacancyId>,
    raw: RawForm,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let v = load(&app, &actor, id, Action::Confirm).await?;
    let school = coordinator_school(&actor).ok_or(Error::NotFound)?;
    if v.kind != Kind::Group.code() {
        return Err(Error::NotFound);
    }
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&raw.0).unwrap_or_default();
    let field = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let class = field("class");
    let chosen: Vec<PupilId> =
        pairs.iter().filter(|(k, _)| k == "pupils").filter_map(|(_, v)| v.parse().ok()).collect();
    let refuse = |ctx: Ctx, v: Vacancy, out: GroupOutcome| {
        let app = app.clone();
        let class = class.clone();
        async move { group_page(&app, ctx, v, class, out).await }
    };
    let message = |ctx: &Ctx, key: &str, chosen: &[PupilId]| GroupOutcome {
        message: Some(ctx.t(key)),
        chosen: chosen.to_vec(),
        ..GroupOutcome::default()
    };
    if chosen.is_empty() {
        let out = message(&ctx, "group-err-none", &chosen);
        return refuse(ctx, v, out).await;
    }
    // Every pupil must be one of hers, with a date of birth, and of age for this vacancy.
    let mut records = Vec::with_capacity(chosen.len());
    for pid in &chosen {
        let p = pupil_store::pupil(&app.db, *pid).await?.filter(|p| p.school_id == school && p.archived_at.is_none());
        let Some(p) = p else { return Err(Error::NotFound) };
        let Some(birth) = p.date_of_birth else {
            let out = GroupOutcome {
                message: Some(ctx.t1("group-err-no-birth", "name", p.name())),
                chosen,
                ..Default::default()
            };
            return refuse(ctx, v, out).await;
        };
        // The vacancy's own minimum age, when the host set one above the law's; the law's own
        // limits are the rules engine's, which says why (below).
        let legal = Setting::from_code(&v.setting).map(Setting::legal_minimum_age).unwrap_or(13);
        if v.min_age > legal && !model::old_enough(birth, v.starts_on, today(), v.min_age) {
            let out = GroupOutcome {
                message: Some(ctx.t1("group-err-too-young", "name", p.name())),
                chosen,
                ..Default::default()
            };
            return refuse(ctx, v, out).await;
        }
        records.push((p, birth));
    }
    if v.group_min.is_some_and(|min| (records.len() as i32) < min) {
        let out = message(&ctx, "group-err-too-small", &chosen);
        return refuse(ctx, v, out).await;
    }
    let rules = Context::load(&app.db, today()).await?;
    let members: Vec<(PupilId, time::Date, SchoolId)> = records.iter().map(|(p, b)| (p.id, *b, p.school_id)).collect();
    let report = rules.group(&app.db, &v, &members).await?;
    let name_of = |id: &PupilId| records.iter().find(|(p, _)| p.id == *id).map(|(p, _)| p.name()).unwrap_or_default();
    if !report.is_valid() {
        let blockers = report
            .blockers()
            .into_iter()
            .map(|b| {
                let name = name_of(&b.key);
                let findings = report
                    .members
                    .iter()
                    .find(|m| m.key == b.key)
                    .map(|m| {
                        let items = m
                            .violations
                            .iter()
                            .filter(|x| x.is_block())
                            .map(|x| (words::show(ctx.lang, x, false), x.check.as_str()))
                            .collect();
                        words::fold(items)
                    })
                    .unwrap_or_default();
                let mut rules: Vec<&str> = findings.iter().map(|f: &Shown| f.rule).collect();
                rules.dedup();
                Member { id: b.key, name, rules: rules.join(", "), findings }
            })
            .collect::<Vec<Member>>();
        // The form comes back with those who block the group unticked, so the school can place
        // the rest in one more step.
        let chosen = chosen.into_iter().filter(|id| !blockers.iter().any(|b| b.id == *id)).collect();
        let out = GroupOutcome { blockers, chosen, ..Default::default() };
        return refuse(ctx, v, out).await;
    }
    let warned: Vec<(PupilId, Vec<&schakel_minors::Violation>)> = report
        .members
        .iter()
        .map(|m| (m.key, m.violations.iter().filter(|x| !x.is_block()).collect::<Vec<_>>()))
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let mut errors = FormErrors::default();
    if field("sign") != "yes" {
        errors.add("sign_school", "sign-err-needed");
    }
    if !warned.is_empty() && field("ack") != "yes" {
        errors.add("ack", "group-err-confirm-warnings");
    }
    if !errors.is_empty() {
        let warnings = warned
            .iter()
            .map(|(id, w)| Member {
                id: *id,
                name: name_of(id),
                rules: String::new(),
                findings: words::fold(w.iter().map(|x| (words::show(ctx.lang, x, false), x.check.as_str())).collect()),
            })
            .collect();
        let out = GroupOutcome { warnings, chosen, errors, ..Default::default() };
        return refuse(ctx, v, out).await;
    }
    let ask_16_17 = rules.engine.options().parent_signature_16_17;
    let pupils: Vec<(PupilId, bool)> =
        records.iter().map(|(p, b)| (p.id, model::parent_asked(Some(*b), v.starts_on, ask_16_17))).collect();
    match store::place_group(&app.db, id, &pupils, actor.user_id, &actor.name).await {
        Ok(placements) => {
            for (placement, (pupil, _)) in placements.iter().zip(&pupils) {
                let keys: Vec<_> = warned
                    .iter()
                    .filter(|(id, _)| id == pupil)
                    .flat_map(|(_, w)| w.iter().map(|x| crate::minors::check::key(x)))
                    .collect();
                if !keys.is_empty() {
                    papers::acknowledge(&app.db, *placement, &keys, "group", actor.user_id).await?;
                }
                crate::privacy::audit::record(
                    &app.db,
                    Some(actor.user_id),
                    crate::privacy::audit::Event::AgreementSigned { placement: *placement, school, party: "school" },
                )
                .await?;
                super::placements::after_confirmation(&app, *placement, Some(actor.user_id)).await?;
            }
            Ok(redirect_with(&app, &format!("/vacancies/{id}"), "flash-group-placed"))
        }
        Err(PlacementError::Full) => {
            let out = message(&ctx, "placement-err-full", &chosen);
            refuse(ctx, v, out).await
        }
        Err(PlacementError::AlreadyApplied) => {
            let out = message(&ctx, "group-err-already", &chosen);
            refuse(ctx, v, out).await
        }
        Err(e) => Err(Error::Internal(anyhow::anyhow!("placing a group: {e}"))),
    }
}

// ---- group sessions ------------------------------------------------------------------------

/// Registers a session of a group vacancy and credits its hours to each placement marked
/// present. The organisation does this (or the project leader), so the hours are approved.
async fn add_session(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<VacancyId>,
    raw: RawForm,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let v = vacancies::vacancy(&app.db, id).await?.ok_or(Error::NotFound)?;
    let host = actor.is_project_leader() || actor.organisations().contains(&v.organisation_id);
    if !host || v.kind != Kind::Group.code() {
        return Err(Error::NotFound);
    }
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&raw.0).unwrap_or_default();
    let get = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let present: Vec<PlacementId> =
        pairs.iter().filter(|(k, _)| k == "present").filter_map(|(_, v)| v.parse().ok()).collect();
    let mut errors = FormErrors::default();
    let date = errors.check("session_date", parse_date(&get("session_date")));
    let start = errors.check("session_start", parse_time(&get("session_start")));
    let end = errors.check("session_end", parse_time(&get("session_end")));
    let activity = errors.check("session_activity", required_text(&get("session_activity"), 200));
    let minutes = match (start, end) {
        (Some(s), Some(e)) => errors.check(
            "session_end",
            model::minutes_between(s, e).ok_or(crate::directory::values::FieldError::EndBeforeStart),
        ),
        _ => None,
    };
    // Only the vacancy's active placements can be credited, and each must respect the daytime
    // limit for pupils under 16.
    let active = store::list(
        &app.db,
        &policy::placement_scope(&actor),
        &Filter { vacancy: Some(id), status: Some("active".into()), ..Filter::default() },
        500,
        0,
    )
    .await?;
    let chosen: Vec<&Placement> = active.iter().filter(|p| present.contains(&p.id)).collect();
    if chosen.is_empty() {
        errors.add("present", "session-err-none-present");
    }
    let (Some(date), Some(start), Some(end), Some(activity), Some(minutes), true) =
        (date, start, end, activity, minutes, errors.is_empty())
    else {
        return detail_page(&app, ctx, v, errors, String::new()).await;
    };
    if let Err(e) = model::check_hours(date, start, end, (v.starts_on, v.ends_on), today()) {
        errors.add("session_date", e.key());
        return detail_page(&app, ctx, v, errors, String::new()).await;
    }
    // The rules for minors, for every pupil present: a session one of them may not work is
    // refused as a whole, naming who and why.
    let rules = Context::load(&app.db, today()).await?;
    let shift = schakel_minors::Shift::new(date, start, end).ok();
    let mut refusals = Vec::new();
    for p in &chosen {
        let entries = hours::entries(&app.db, p.id).await?;
        let before = rules.placement_hours(&app.db, p, &entries, None).await?;
        let after = rules.placement_hours(&app.db, p, &entries, shift).await?;
        let known: Vec<_> = before.blocks().map(crate::minors::check::key).collect();
        let new: Vec<_> = after
            .blocks()
            .filter(|x| !known.contains(&crate::minors::check::key(x)))
            .map(|x| (words::show(ctx.lang, x, false), x.check.as_str()))
            .collect();
        for mut shown in words::fold(new) {
            shown.title = format!("{}: {}", p.full_name(), shown.title);
            refusals.push(shown);
        }
    }
    if !refusals.is_empty() {
        errors.add("session_date", "hours-err-rules");
        return detail_page_with(&app, ctx, v, errors, String::new(), SideJobForm::default(), Some(refusals)).await;
    }
    let ids: Vec<PlacementId> = chosen.iter().map(|p| p.id).collect();
    hours::group_session(
        &app.db,
        id,
        &NewEntry { date, start, end, minutes, activity: &activity },
        &ids,
        actor.user_id,
    )
    .await?;
    Ok(Redirect::to(&format!("/vacancies/{id}")).into_response())
}
