//! Classes: list, detail with its pupils, create, edit, archive.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{ConfirmForm, non_empty, save_failed};
use crate::auth::policy::{self, Action, Resource, SchoolData};
use crate::directory::model::{ClassForm, ClassInput};
use crate::directory::store::classes::{self, Class, ClassFilter};
use crate::directory::store::pupils::{self, Pupil, PupilFilter};
use crate::directory::store::schools;
use crate::directory::values::SchoolYear;
use crate::ids::{ClassId, SchoolId};
use crate::privacy::audit;
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, PER_PAGE, Pager, list_url, page_param, redirect_with, render, render_status};

pub fn routes() -> Routes {
    Routes::new()
        .get("/classes", list)
        .get("/classes/new", new_form)
        .post("/classes", create)
        .get("/classes/{class}", detail)
        .get("/classes/{class}/edit", edit_form)
        .post("/classes/{class}", update)
        .post("/classes/{class}/archive", archive)
        .post("/classes/{class}/restore", restore)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ListQuery {
    q: String,
    school: String,
    year: String,
    archived: String,
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "directory/classes.html", blocks = ["results"])]
struct ListPage {
    ctx: Ctx,
    rows: Vec<Class>,
    pager: Pager,
    q: String,
    school: String,
    year: String,
    archived: bool,
    schools: Vec<(SchoolId, String)>,
    years: Vec<String>,
    new_link: Option<String>,
}

async fn list(State(app): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response> {
    let actor = ctx.actor()?;
    let scope = policy::school_scope(actor, SchoolData::Classes);
    if scope.is_empty() {
        return Err(Error::NotFound);
    }
    let current = SchoolYear::containing(app.clock().today());
    let year = if q.year.is_empty() { current.to_string() } else { q.year.clone() };
    let filter = ClassFilter {
        text: non_empty(&q.q),
        school: q.school.parse().ok(),
        school_year: (year != "all").then(|| year.clone()),
        archived: q.archived == "1",
    };
    let total = classes::count_classes(&app.db, &scope, &filter).await?;
    let base =
        list_url("/classes", &[("q", &q.q), ("school", &q.school), ("year", &q.year), ("archived", &q.archived)]);
    let pager = Pager::new(page_param(&q.page), total, base);
    let rows = classes::list_classes(&app.db, &scope, &filter, PER_PAGE, pager.offset()).await?;
    let visible: Option<Vec<SchoolId>> = match &scope {
        crate::db::SqlScope::All => None,
        crate::db::SqlScope::Only(ids) => Some(ids.iter().copied().map(SchoolId::from_uuid).collect()),
    };
    let schools = schools::school_options(&app.db, visible.as_deref()).await?;
    // Offer "new class" for the chosen school, or for her only school.
    let target = filter.school.or_else(|| (schools.len() == 1).then(|| schools[0].0));
    let new_link = target
        .filter(|s| policy::can(actor, Action::Create, Resource::Classes(*s)))
        .map(|s| format!("/classes/new?school={s}"));
    let years = (0..3)
        .map(|i| SchoolYear::parse(&format!("{}/{}", current.start_year() - i, current.start_year() - i + 1)))
        .filter_map(|y| y.ok())
        .map(|y| y.to_string())
        .collect();
    let page = ListPage {
        ctx,
        rows,
        pager,
        q: q.q,
        school: q.school,
        year,
        archived: filter.archived,
        schools,
        years,
        new_link,
    };
    if page.ctx.htmx {
        return render(&page.as_results());
    }
    render(&page)
}

async fn load(app: &AppState, ctx: &Ctx, id: ClassId, action: Action) -> Result<Class> {
    let actor = ctx.actor()?;
    let class = classes::class(&app.db, id).await?.ok_or(Error::NotFound)?;
    policy::require(actor, action, Resource::Classes(class.school_id))?;
    Ok(class)
}

#[derive(Template)]
#[template(path = "directory/class.html")]
struct DetailPage {
    ctx: Ctx,
    class: Class,
    /// The pupils, for those who may see them (coordinators, the project leader).
    pupils: Option<Vec<Pupil>>,
    may_edit: bool,
}

async fn detail(State(app): State<AppState>, ctx: Ctx, Path(id): Path<ClassId>) -> Result<Response> {
    let class = load(&app, &ctx, id, Action::View).await?;
    let actor = ctx.actor()?;
    let pupils = if policy::can(actor, Action::View, Resource::Pupils(class.school_id)) {
        let filter = PupilFilter { class: Some(id), ..PupilFilter::default() };
        let scope = policy::school_scope(actor, SchoolData::Pupils);
        let rows = pupils::list_pupils(&app.db, &scope, &filter, None, 0).await?;
        audit::record(
            &app.db,
            Some(actor.user_id),
            audit::Event::ClassViewed { school: class.school_id, class: id, rows: rows.len() },
        )
        .await?;
        Some(rows)
    } else {
        None
    };
    let may_edit = policy::can(actor, Action::Edit, Resource::Classes(class.school_id));
    render(&DetailPage { ctx, class, pupils, may_edit })
}

#[derive(Template)]
#[template(path = "directory/class_form.html")]
struct FormPage {
    ctx: Ctx,
    id: Option<ClassId>,
    school_name: String,
    form: ClassForm,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NewQuery {
    school: String,
}

async fn school_for_create(app: &AppState, ctx: &Ctx, raw: &str) -> Result<schools::School> {
    let actor = ctx.actor()?;
    let id: SchoolId = raw.parse().map_err(|_| Error::NotFound)?;
    policy::require(actor, Action::Create, Resource::Classes(id))?;
    schools::school(&app.db, id).await?.ok_or(Error::NotFound)
}

async fn new_form(State(app): State<AppState>, ctx: Ctx, Query(q): Query<NewQuery>) -> Result<Response> {
    let school = school_for_create(&app, &ctx, &q.school).await?;
    let form = ClassForm {
        school: school.id.to_string(),
        school_year: SchoolYear::containing(app.clock().today()).to_string(),
        ..ClassForm::default()
    };
    render(&FormPage { ctx, id: None, school_name: school.name, form, errors: FormErrors::default() })
}

async fn create(State(app): State<AppState>, ctx: Ctx, Form(form): Form<ClassForm>) -> Result<Response> {
    let school = school_for_create(&app, &ctx, &form.school).await?;
    let invalid = |ctx, form, errors| {
        render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &FormPage { ctx, id: None, school_name: school.name.clone(), form, errors },
        )
    };
    let input = match ClassInput::parse(&form) {
        Ok(i) => i,
        Err(inv) => return invalid(ctx, form, inv.into()),
    };
    match classes::create_class(&app.db, school.id, &input).await {
        Ok(id) => Ok(redirect_with(&app, &format!("/classes/{id}"), "flash-saved")),
        Err(e) => invalid(ctx, form, save_failed(e)?),
    }
}

async fn edit_form(State(app): State<AppState>, ctx: Ctx, Path(id): Path<ClassId>) -> Result<Response> {
    let c = load(&app, &ctx, id, Action::Edit).await?;
    let form = ClassForm {
        school: c.school_id.to_string(),
        name: c.name,
        school_year: c.school_year,
        year_of_study: c.year_of_study.map(|y| y.to_string()).unwrap_or_default(),
    };
    render(&FormPage { ctx, id: Some(id), school_name: c.school_name, form, errors: FormErrors::default() })
}

async fn update(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<ClassId>,
    Form(form): Form<ClassForm>,
) -> Result<Response> {
    let c = load(&app, &ctx, id, Action::Edit).await?;
    let invalid = |ctx, form, errors| {
        render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &FormPage { ctx, id: Some(id), school_name: c.school_name.clone(), form, errors },
        )
    };
    let input = match ClassInput::parse(&form) {
        Ok(i) => i,
        Err(inv) => return invalid(ctx, form, inv.into()),
    };
    match classes::update_class(&app.db, id, &input).await {
        Ok(()) => Ok(redirect_with(&app, &format!("/classes/{id}"), "flash-saved")),
        Err(e) => invalid(ctx, form, save_failed(e)?),
    }
}

async fn archive(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<ClassId>,
    Form(f): Form<ConfirmForm>,
) -> Result<Response> {
    load(&app, &ctx, id, Action::Archive).await?;
    if !f.confirmed() {
        return Err(Error::BadRequest("error-confirm"));
    }
    classes::set_class_archived(&app.db, id, true).await?;
    Ok(redirect_with(&app, &format!("/classes/{id}"), "flash-archived"))
}

async fn restore(State(app): State<AppState>, ctx: Ctx, Path(id): Path<ClassId>) -> Result<Response> {
    load(&app, &ctx, id, Action::Archive).await?;
    classes::set_class_archived(&app.db, id, false).await?;
    Ok(redirect_with(&app, &format!("/classes/{id}"), "flash-restored"))
}
