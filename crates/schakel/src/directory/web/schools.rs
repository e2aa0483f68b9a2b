//! Schools: list, detail, create, edit, archive.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{ConfirmForm, non_empty, save_failed};
use crate::auth::policy::{self, Action, Resource};
use crate::directory::model::{LEVELS, SchoolForm, SchoolInput};
use crate::directory::store::schools::{self, School, SchoolFigures, SchoolFilter, SchoolRow};
use crate::directory::values::SchoolYear;
use crate::ids::SchoolId;
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, PER_PAGE, Pager, list_url, page_param, redirect_with, render, render_status};

pub fn routes() -> Routes {
    Routes::new()
        .get("/schools", list)
        .get("/schools/new", new_form)
        .post("/schools", create)
        .get("/schools/{school}", detail)
        .get("/schools/{school}/edit", edit_form)
        .post("/schools/{school}", update)
        .post("/schools/{school}/archive", archive)
        .post("/schools/{school}/restore", restore)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ListQuery {
    q: String,
    level: String,
    archived: String,
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "directory/schools.html", blocks = ["results"])]
struct ListPage {
    ctx: Ctx,
    rows: Vec<SchoolRow>,
    pager: Pager,
    q: String,
    level: String,
    archived: bool,
    levels: &'static [&'static str],
    may_create: bool,
}

async fn list(State(app): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response> {
    let actor = ctx.actor()?;
    policy::require(actor, Action::View, Resource::Schools)?;
    let filter = SchoolFilter {
        text: non_empty(&q.q),
        level: non_empty(&q.level).filter(|l| LEVELS.contains(&l.as_str())),
        archived: q.archived == "1",
    };
    let total = schools::count_schools(&app.db, &filter).await?;
    let base = list_url("/schools", &[("q", &q.q), ("level", &q.level), ("archived", &q.archived)]);
    let pager = Pager::new(page_param(&q.page), total, base);
    let rows = schools::list_schools(&app.db, &filter, PER_PAGE, pager.offset()).await?;
    let may_create = policy::can(actor, Action::Create, Resource::Schools);
    let page =
        ListPage { ctx, rows, pager, q: q.q, level: q.level, archived: filter.archived, levels: LEVELS, may_create };
    if page.ctx.htmx {
        return render(&page.as_results());
    }
    render(&page)
}

#[derive(Template)]
#[template(path = "directory/school.html")]
struct DetailPage {
    ctx: Ctx,
    school: School,
    figures: SchoolFigures,
    meeting_points: Vec<schools::MeetingPoint>,
    may_edit: bool,
    /// The school's calendar is open to this actor.
    calendar: bool,
    may_archive: bool,
    may_see_classes: bool,
    may_see_pupils: bool,
}

async fn load(app: &AppState, ctx: &Ctx, id: SchoolId, action: Action) -> Result<School> {
    let actor = ctx.actor()?;
    let school = schools::school(&app.db, id).await?.ok_or(Error::NotFound)?;
    policy::require(actor, action, Resource::School(id))?;
    Ok(school)
}

async fn detail(State(app): State<AppState>, ctx: Ctx, Path(id): Path<SchoolId>) -> Result<Response> {
    let school = load(&app, &ctx, id, Action::View).await?;
    let actor = ctx.actor()?;
    let figures =
        schools::school_figures(&app.db, id, &SchoolYear::containing(app.clock().today()).to_string()).await?;
    let meeting_points = schools::meeting_points(&app.db, Some(id)).await?;
    let page = DetailPage {
        may_edit: policy::can(actor, Action::Edit, Resource::School(id)),
        calendar: policy::can(actor, Action::View, Resource::SchoolCalendar(id)),
        may_archive: policy::can(actor, Action::Archive, Resource::School(id)),
        may_see_classes: policy::can(actor, Action::View, Resource::Classes(id)),
        may_see_pupils: policy::can(actor, Action::View, Resource::Pupils(id)),
        ctx,
        school,
        figures,
        meeting_points,
    };
    render(&page)
}

#[derive(Template)]
#[template(path = "directory/school_form.html")]
struct FormPage {
    ctx: Ctx,
    id: Option<SchoolId>,
    form: SchoolForm,
    errors: FormErrors,
    levels: &'static [&'static str],
}

impl FormPage {
    fn checked(&self, level: &str) -> bool {
        self.form.levels.iter().any(|l| l == level)
    }
}

async fn new_form(ctx: Ctx) -> Result<Response> {
    let actor = ctx.actor()?;
    policy::require(actor, Action::Create, Resource::Schools)?;
    render(&FormPage { ctx, id: None, form: SchoolForm::default(), errors: FormErrors::default(), levels: LEVELS })
}

async fn create(State(app): State<AppState>, ctx: Ctx, Form(form): Form<SchoolForm>) -> Result<Response> {
    let actor = ctx.actor()?;
    policy::require(actor, Action::Create, Resource::Schools)?;
    let invalid = |ctx, form, errors| {
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &FormPage { ctx, id: None, form, errors, levels: LEVELS })
    };
    let input = match SchoolInput::parse(&form) {
        Ok(i) => i,
        Err(inv) => return invalid(ctx, form, inv.into()),
    };
    match schools::create_school(&app.db, &input).await {
        Ok(id) => Ok(redirect_with(&app, &format!("/schools/{id}"), "flash-saved")),
        Err(e) => invalid(ctx, form, save_failed(e)?),
    }
}

async fn edit_form(State(app): State<AppState>, ctx: Ctx, Path(id): Path<SchoolId>) -> Result<Response> {
    let s = load(&app, &ctx, id, Action::Edit).await?;
    let form = SchoolForm {
        brin: s.brin.clone(),
        name: s.name.clone(),
        levels: s.level_list().into_iter().map(String::from).collect(),
        profiles: s.profiles,
        street: s.street,
        postcode: s.postcode,
        city: s.city,
    };
    render(&FormPage { ctx, id: Some(id), form, errors: FormErrors::default(), levels: LEVELS })
}

async fn update(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<SchoolId>,
    Form(form): Form<SchoolForm>,
) -> Result<Response> {
    load(&app, &ctx, id, Action::Edit).await?;
    let invalid = |ctx, form, errors| {
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &FormPage { ctx, id: Some(id), form, errors, levels: LEVELS })
    };
    let input = match SchoolInput::parse(&form) {
        Ok(i) => i,
        Err(inv) => return invalid(ctx, form, inv.into()),
    };
    match schools::update_school(&app.db, id, &input).await {
        Ok(()) => Ok(redirect_with(&app, &format!("/schools/{id}"), "flash-saved")),
        Err(e) => invalid(ctx, form, save_failed(e)?),
    }
}

async fn archive(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<SchoolId>,
    Form(f): Form<ConfirmForm>,
) -> Result<Response> {
    load(&app, &ctx, id, Action::Archive).await?;
    if !f.confirmed() {
        return Err(Error::BadRequest("error-confirm"));
    }
    schools::set_school_archived(&app.db, id, true).await?;
    Ok(redirect_with(&app, &format!("/schools/{id}"), "flash-archived"))
}

async fn restore(State(app): State<AppState>, ctx: Ctx, Path(id): Path<SchoolId>) -> Result<Response> {
    load(&app, &ctx, id, Action::Archive).await?;
    schools::set_school_archived(&app.db, id, false).await?;
    Ok(redirect_with(&app, &format!("/schools/{id}"), "flash-restored"))
}
