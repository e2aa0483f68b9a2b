//! Saving a vacancy (its organisation, or a coordinator on its behalf) and moving it through
//! its statuses.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use super::load;
use crate::auth::model::Actor;
use crate::auth::policy::{self, Action, Resource};
use crate::directory::model::SECTORS;
use crate::directory::store::{organisations, schools};
use crate::flow::Stop;
use crate::ids::{OrganisationId, SchoolId, VacancyId};
use crate::placements::flow::{self, Refused};
use crate::placements::model::{self, Kind, Setting, Slot, VacancyForm, VacancyInput, VacancyStatus};
use crate::placements::store::vacancies::{self, Vacancy};
use crate::state::AppState;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, redirect_with, render_status};

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
pub(super) struct NewQuery {
    organisation: String,
}

async fn organisation_for(app: &AppState, actor: &Actor, raw: &str) -> Result<organisations::Organisation> {
    let id: OrganisationId = raw.parse().map_err(|_| Error::NotFound)?;
    policy::require(actor, Action::Create, Resource::Vacancy { organisation: id, open: false })?;
    organisations::organisation(&app.db, id).await?.filter(|o| o.archived_at.is_none()).ok_or(Error::NotFound)
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

pub(super) async fn new_form(State(app): State<AppState>, ctx: Ctx, Query(q): Query<NewQuery>) -> Result<Response> {
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

pub(super) async fn create(State(app): State<AppState>, ctx: Ctx, Form(form): Form<VacancyForm>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let org = organisation_for(&app, &actor, &form.organisation).await?;
    match VacancyInput::parse(&form) {
        Ok(input) => {
            let id = flow::create_vacancy(&app, &actor, org.id, &input).await?;
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

pub(super) async fn edit_form(State(app): State<AppState>, ctx: Ctx, Path(id): Path<VacancyId>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let v = load(&app, &actor, id, Action::Edit).await?;
    let slots = vacancies::slots(&app.db, id).await?;
    let schools = vacancies::schools(&app.db, id).await?;
    let form = form_of(&v, &slots, &schools);
    form_page(&app, ctx, Some(id), v.organisation_name, form, FormErrors::default()).await
}

pub(super) async fn update(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<VacancyId>,
    Form(mut form): Form<VacancyForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let v = load(&app, &actor, id, Action::Edit).await?;
    form.organisation = v.organisation_id.to_string();
    let input = match VacancyInput::parse(&form) {
        Ok(input) => input,
        Err(inv) => return form_page(&app, ctx, Some(id), v.organisation_name, form, inv.into()).await,
    };
    match flow::update_vacancy(&app, &actor, id, &input).await {
        Ok(()) => Ok(redirect_with(&app, &format!("/vacancies/{id}"), "flash-vacancy-saved")),
        Err(Stop::Refused(Refused::Invalid(fields))) => {
            let mut errors = FormErrors::default();
            for (field, key) in fields {
                errors.add(field, key);
            }
            form_page(&app, ctx, Some(id), v.organisation_name, form, errors).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct StatusForm {
    to: String,
}

pub(super) async fn set_status(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<VacancyId>,
    Form(f): Form<StatusForm>,
) -> Result<Response> {
    let set = match flow::set_vacancy_status(&app, ctx.actor()?, id, &f.to).await {
        Ok(set) => set,
        Err(Stop::Refused(_)) => return Err(Error::BadRequest("vacancy-err-status")),
        Err(e) => return Err(e.into()),
    };
    let flash = match set.to {
        // Publishing says so when the rules keep some ages out (the page lists which and why).
        VacancyStatus::Open if set.ages_blocked => "flash-vacancy-opened-ages",
        VacancyStatus::Open => "flash-vacancy-opened",
        VacancyStatus::Closed => "flash-vacancy-closed",
        _ => "flash-archived",
    };
    Ok(redirect_with(&app, &format!("/vacancies/{id}"), flash))
}
