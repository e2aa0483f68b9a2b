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
use crate::directory::values::{MAX_LONG, parse_date, required_text};
use crate::ids::{ClassId, OrganisationId, PlacementId, PupilId, SchoolId, VacancyId};
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
        let total = vacancies::count_search(&app.db, &seeker, &search, today).await?;
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
        let pager = Pager::new(page_param(&q.page), total, base);
        let hits = vacancies::search(&app.db, &seeker, &search, today, PER_PAGE, pager.offset()).await?;
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
    let actor = ctx.actor()?.clone();
    let res = Resource::Vacancy { organisation: v.organisation_id, open: v.is_open() };
    let slots = vacancies::slots(&app.db, v.id).await?;
    let schools = vacancies::schools(&app.db, v.id).await?;
    let today = today();
    let mut mine = None;
    let mut may_apply = false;
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
        if mine.is_none() && policy::can(&actor, Action::Apply, res) && v.kind != Kind::Group.code() {
            may_apply = match seeker(&app.db, pupil).await? {
                Some(s) => vacancies::open_to(&app.db, v.id, &s, today).await?,
                None => false,
            };
        }
    }
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
    let may_place_group = v.kind == Kind::Group.code()
        && policy::can(&actor, Action::Confirm, res)
        && !actor.schools_as(crate::auth::model::Role::Coordinator).is_empty();
    let next_statuses = VacancyStatus::from_code(&v.status).map(VacancyStatus::successors).unwrap_or(&[]);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
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
}

impl FormPage {
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
    form.schools =
        pairs.into_iter().filter(|(k, _)| k == "schools").map(|(_, v)| v).filter(|v| !v.is_empty()).collect();
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
    let motivation = match required_text(&f.motivation, MAX_LONG) {
        Ok(m) => m,
        Err(e) => {
            let mut errors = FormErrors::default();
            errors.add("motivation", e.key());
            return detail_page(&app, ctx, v, errors, f.motivation).await;
        }
    };
    match store::apply(&app.db, id, pupil, &motivation, actor.user_id).await {
        Ok(placement) => {
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

async fn group_page(app: &AppState, ctx: Ctx, v: Vacancy, class: String, message: Option<String>) -> Result<Response> {
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
    let status = if message.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    render_status(status, &GroupPage { ctx, v, classes, class, pupils, message })
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
    group_page(&app, ctx, v, q.class, None).await
}

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
    let class = pairs.iter().find(|(k, _)| k == "class").map(|(_, v)| v.clone()).unwrap_or_default();
    let chosen: Vec<PupilId> =
        pairs.iter().filter(|(k, _)| k == "pupils").filter_map(|(_, v)| v.parse().ok()).collect();
    let fail = |ctx: Ctx, key: &str, v: Vacancy| {
        let msg = ctx.t(key);
        let app = app.clone();
        let class = class.clone();
        async move { group_page(&app, ctx, v, class, Some(msg)).await }
    };
    if chosen.is_empty() {
        return fail(ctx, "group-err-none", v).await;
    }
    // Every pupil must be one of hers, and of age for this vacancy on its first day.
    let mut pupils = Vec::with_capacity(chosen.len());
    for id in &chosen {
        let p = pupil_store::pupil(&app.db, *id).await?.filter(|p| p.school_id == school && p.archived_at.is_none());
        let Some(p) = p else { return Err(Error::NotFound) };
        let old_enough = p.date_of_birth.is_some_and(|b| model::old_enough(b, v.starts_on, today(), v.min_age));
        if !old_enough {
            let msg = ctx.t1("group-err-too-young", "name", p.name());
            return group_page(&app, ctx, v, class, Some(msg)).await;
        }
        pupils.push((p.id, model::consent_needed(p.date_of_birth, v.starts_on)));
    }
    if v.group_min.is_some_and(|min| (pupils.len() as i32) < min) {
        return fail(ctx, "group-err-too-small", v).await;
    }
    match store::place_group(&app.db, id, &pupils, actor.user_id).await {
        Ok(placements) => {
            for placement in placements {
                super::placements::after_confirmation(&app, placement, Some(actor.user_id)).await?;
            }
            Ok(redirect_with(&app, &format!("/vacancies/{id}"), "flash-group-placed"))
        }
        Err(PlacementError::Full) => fail(ctx, "placement-err-full", v).await,
        Err(PlacementError::AlreadyApplied) => fail(ctx, "group-err-already", v).await,
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
    for p in &chosen {
        if let Err(e) = model::check_hours(date, start, end, p.date_of_birth, (v.starts_on, v.ends_on), today()) {
            errors.add("session_date", e.key());
            return detail_page(&app, ctx, v, errors, String::new()).await;
        }
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
