//! Vacancies: finding them (pupils), managing them (organisations, coordinators, the project
//! leader), applying, placing a group, registering group sessions.

mod form;
mod group;
mod list;
mod page;

use crate::auth::model::Actor;
use crate::auth::policy::{self, Action, Resource};
use crate::ids::VacancyId;
use crate::placements::store::vacancies::{self, Vacancy};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::error::{Error, Result};

pub fn routes() -> Routes {
    Routes::new()
        .get("/vacancies", list::list)
        .get("/vacancies/new", form::new_form)
        .post("/vacancies", form::create)
        .get("/vacancies/{vacancy}", page::detail)
        .get("/vacancies/{vacancy}/edit", form::edit_form)
        .post("/vacancies/{vacancy}", form::update)
        .post("/vacancies/{vacancy}/status", form::set_status)
        .post("/vacancies/{vacancy}/apply", page::apply)
        .get("/vacancies/{vacancy}/group", group::group_form)
        .post("/vacancies/{vacancy}/group", group::place_group)
        .post("/vacancies/{vacancy}/sessions", group::add_session)
}

/// What the policy sees of a vacancy.
fn resource(v: &Vacancy) -> Resource {
    Resource::Vacancy { organisation: v.organisation_id, open: v.is_open() }
}

/// The vacancy, if the actor may see it and take `action` on it.
async fn load(app: &AppState, actor: &Actor, id: VacancyId, action: Action) -> Result<Vacancy> {
    let v = vacancies::vacancy(&app.db, id).await?.ok_or(Error::NotFound)?;
    policy::require(actor, Action::View, resource(&v))?;
    policy::require(actor, action, resource(&v))?;
    Ok(v)
}

fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}
