//! Pupils: the list (scoped to the actor's schools), export, the record, create, edit, archive,
//! and inviting a pupil to sign in.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{ConfirmForm, non_empty};
use crate::auth::policy::{self, Action, Resource, SchoolData};
use crate::auth::store as auth_store;
use crate::db::SqlScope;
use crate::directory::flow::{self, Refused};
use crate::directory::model::{PupilForm, PupilInput};
use crate::directory::store::classes;
use crate::directory::store::guardians::{self, Guardian};
use crate::directory::store::pupils::{self, Pupil, PupilFilter};
use crate::directory::store::schools;
use crate::directory::values::{Email, Relation};
use crate::flow::Stop;
use crate::ids::{ClassId, PupilId, SchoolId};
use crate::privacy::audit;
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, PER_PAGE, Pager, list_url, page_param, redirect_with, render, render_status};

pub fn routes() -> Routes {
    Routes::new()
        .get("/pupils", list)
        .get("/pupils/export.csv", export)
        .get("/pupils/new", new_form)
        .post("/pupils", create)
        .get("/pupils/{pupil}", detail)
        .get("/pupils/{pupil}/edit", edit_form)
        .post("/pupils/{pupil}", update)
        .post("/pupils/{pupil}/archive", archive)
        .post("/pupils/{pupil}/restore", restore)
        .post("/pupils/{pupil}/invite", invite)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ListQuery {
    q: String,
    school: String,
    class: String,
    archived: String,
    page: Option<String>,
}

impl ListQuery {
    fn filter(&self) -> PupilFilter {
        PupilFilter {
            text: non_empty(&self.q),
            school: self.school.parse().ok(),
            class: self.class.parse().ok(),
            without_class: self.class == "none",
            archived: self.archived == "1",
        }
    }
}

/// Schools in a scope, or `None` for all.
fn scope_schools(scope: &SqlScope) -> Option<Vec<SchoolId>> {
    match scope {
        SqlScope::All => None,
        SqlScope::Only(ids) => Some(ids.iter().copied().map(SchoolId::from_uuid).collect()),
    }
}

#[derive(Template)]
#[template(path = "directory/pupils.html", blocks = ["results"])]
struct ListPage {
    ctx: Ctx,
    rows: Vec<Pupil>,
    pager: Pager,
    q: String,
    school: String,
    class: String,
    archived: bool,
    schools: Vec<(SchoolId, String)>,
    classes: Vec<(ClassId, String)>,
    /// The school new pupils and imports go to: the chosen one, or her only one.
    target_school: Option<SchoolId>,
    export_link: String,
}

async fn list(State(app): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response> {
    let actor = ctx.actor()?;
    let scope = policy::school_scope(actor, SchoolData::Pupils);
    if scope.is_empty() {
        return Err(Error::NotFound);
    }
    let filter = q.filter();
    let total = pupils::count_pupils(&app.db, &scope, &filter).await?;
    let params = [("q", q.q.as_str()), ("school", &q.school), ("class", &q.class), ("archived", &q.archived)];
    let pager = Pager::new(page_param(&q.page), total, list_url("/pupils", &params));
    let rows = pupils::list_pupils(&app.db, &scope, &filter, Some(PER_PAGE), pager.offset()).await?;
    audit::record(
        &app.db,
        Some(actor.user_id),
        audit::Event::PupilListViewed { school: filter.school, rows: rows.len() },
    )
    .await?;
    let schools = schools::school_options(&app.db, scope_schools(&scope).as_deref()).await?;
    let target_school =
        filter.school.filter(|s| scope.allows(s.uuid())).or_else(|| (schools.len() == 1).then(|| schools[0].0));
    let classes = match target_school {
        Some(s) => classes::class_options(&app.db, s).await?,
        None => Vec::new(),
    };
    let export_link = list_url("/pupils/export.csv", &params);
    let page = ListPage {
        ctx,
        rows,
        pager,
        q: q.q,
        school: q.school,
        class: q.class,
        archived: filter.archived,
        schools,
        classes,
        target_school,
        export_link,
    };
    if page.ctx.htmx {
        return render(&page.as_results());
    }
    render(&page)
}

/// All pupils matching the list's filters, as CSV in the import's own column names (so an export
/// can be corrected and imported again).
async fn export(State(app): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response> {
    let actor = ctx.actor()?;
    let scope = policy::school_scope(actor, SchoolData::Pupils);
    if scope.is_empty() {
        return Err(Error::NotFound);
    }
    let filter = q.filter();
    let rows = pupils::list_pupils(&app.db, &scope, &filter, None, 0).await?;
    let mut w = csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    let csv_err = |e: csv::Error| Error::Internal(e.into());
    w.write_record([
        "leerlingnummer",
        "roepnaam",
        "tussenvoegsel",
        "achternaam",
        "klas",
        "leerjaar",
        "geboortedatum",
        "geslacht",
        "postcode",
        "e-mail",
        "school",
    ])
    .map_err(csv_err)?;
    for p in &rows {
        let dob =
            p.date_of_birth.map(|d| format!("{:02}-{:02}-{}", d.day(), d.month() as u8, d.year())).unwrap_or_default();
        let gender = match p.gender.as_deref() {
            Some("f") => "V",
            Some("m") => "M",
            Some("x") => "X",
            _ => "",
        };
        w.write_record([
            p.number.as_str(),
            &p.first_name,
            &p.infix,
            &p.last_name,
            p.class_name.as_deref().unwrap_or(""),
            &p.year_of_study.map(|y| y.to_string()).unwrap_or_default(),
            &dob,
            gender,
            p.postcode.as_deref().unwrap_or(""),
            p.email.as_deref().unwrap_or(""),
            &p.school_name,
        ])
        .map_err(csv_err)?;
    }
    let mut body = b"\xEF\xBB\xBF".to_vec(); // a BOM, so Excel reads the accents right
    body.extend(w.into_inner().map_err(|e| Error::Internal(anyhow::anyhow!("writing CSV: {e}")))?);
    audit::record(
        &app.db,
        Some(actor.user_id),
        audit::Event::PupilsExported { school: filter.school, rows: rows.len() },
    )
    .await?;
    let mut res = body.into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    res.headers_mut()
        .insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"leerlingen.csv\""));
    Ok(res)
}

async fn load(app: &AppState, ctx: &Ctx, id: PupilId, action: Action) -> Result<Pupil> {
    let actor = ctx.actor()?;
    let pupil = pupils::pupil(&app.db, id).await?.ok_or(Error::NotFound)?;
    policy::require(actor, action, Resource::Pupil { school: pupil.school_id, pupil: id })?;
    Ok(pupil)
}

#[derive(Template)]
#[template(path = "directory/pupil.html")]
struct DetailPage {
    ctx: Ctx,
    pupil: Pupil,
    guardians: Vec<Guardian>,
    may_edit: bool,
    account: Option<auth_store::User>,
}

async fn detail(State(app): State<AppState>, ctx: Ctx, Path(id): Path<PupilId>) -> Result<Response> {
    let pupil = load(&app, &ctx, id, Action::View).await?;
    let actor = ctx.actor()?;
    audit::record(&app.db, Some(actor.user_id), audit::Event::PupilViewed { pupil: id, school: pupil.school_id })
        .await?;
    let may_edit = policy::can(actor, Action::Edit, Resource::Pupil { school: pupil.school_id, pupil: id });
    let account = match pupil.email.as_deref().map(Email::parse) {
        Some(Ok(e)) if may_edit => auth_store::user_by_email(&app.db, &e).await?,
        _ => None,
    };
    let guardians = guardians::of_pupil(&app.db, id).await?;
    render(&DetailPage { ctx, pupil, guardians, may_edit, account })
}

#[derive(Template)]
#[template(path = "directory/pupil_form.html")]
struct FormPage {
    ctx: Ctx,
    id: Option<PupilId>,
    school_name: String,
    classes: Vec<(ClassId, String)>,
    form: PupilForm,
    errors: FormErrors,
}

impl FormPage {
    fn relations(&self) -> [Relation; 6] {
        Relation::ALL
    }
}

#[derive(Template)]
#[template(path = "directory/pick_school.html")]
struct PickSchoolPage {
    ctx: Ctx,
    action: &'static str,
    title_key: &'static str,
    schools: Vec<(SchoolId, String)>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NewQuery {
    school: String,
}

/// The school a new pupil goes to, if the actor may add pupils there.
async fn school_for_create(app: &AppState, ctx: &Ctx, raw: &str) -> Result<schools::School> {
    let actor = ctx.actor()?;
    let id: SchoolId = raw.parse().map_err(|_| Error::NotFound)?;
    policy::require(actor, Action::Create, Resource::Pupils(id))?;
    schools::school(&app.db, id).await?.ok_or(Error::NotFound)
}

async fn new_form(State(app): State<AppState>, ctx: Ctx, Query(q): Query<NewQuery>) -> Result<Response> {
    let actor = ctx.actor()?;
    if q.school.is_empty() {
        let scope = policy::school_scope(actor, SchoolData::Pupils);
        if scope.is_empty() {
            return Err(Error::NotFound);
        }
        let options = schools::school_options(&app.db, scope_schools(&scope).as_deref()).await?;
        if let [(only, _)] = options.as_slice() {
            return Ok(axum::response::Redirect::to(&format!("/pupils/new?school={only}")).into_response());
        }
        return render(&PickSchoolPage { ctx, action: "/pupils/new", title_key: "pupil-new", schools: options });
    }
    let school = school_for_create(&app, &ctx, &q.school).await?;
    let classes = classes::class_options(&app.db, school.id).await?;
    let form = PupilForm { school: school.id.to_string(), ..PupilForm::default() };
    render(&FormPage { ctx, id: None, school_name: school.name, classes, form, errors: FormErrors::default() })
}

async fn create(State(app): State<AppState>, ctx: Ctx, Form(form): Form<PupilForm>) -> Result<Response> {
    let school = school_for_create(&app, &ctx, &form.school).await?;
    let result = match PupilInput::parse(&form, app.clock().today()) {
        Ok(input) => flow::create_pupil(&app, ctx.actor()?, school.id, &input).await.map_err(refused),
        Err(inv) => Err(Ok(inv.into())),
    };
    match result {
        Ok(id) => Ok(redirect_with(&app, &format!("/pupils/{id}"), "flash-saved")),
        Err(e) => {
            let errors = e?;
            let classes = classes::class_options(&app.db, school.id).await?;
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &FormPage { ctx, id: None, school_name: school.name, classes, form, errors },
            )
        }
    }
}

/// A refused save as the form's errors; anything else stays an error.
fn refused(stop: Stop<Refused>) -> std::result::Result<FormErrors, Error> {
    match stop {
        Stop::Refused(Refused::Invalid(fields)) => {
            let mut errors = FormErrors::default();
            for (field, key) in fields {
                errors.add(field, key);
            }
            Ok(errors)
        }
        other => Err(other.into()),
    }
}

fn form_of(p: &Pupil, guardians: &[Guardian]) -> PupilForm {
    let g = |pos: i32| guardians.iter().find(|g| g.position == pos);
    let text = |pos: i32, f: fn(&Guardian) -> String| g(pos).map(f).unwrap_or_default();
    PupilForm {
        g1_name: text(1, |g| g.name.clone()),
        g1_relation: text(1, |g| g.relation.clone()),
        g1_email: text(1, |g| g.email.clone().unwrap_or_default()),
        g1_phone: text(1, |g| g.phone.clone()),
        g2_name: text(2, |g| g.name.clone()),
        g2_relation: text(2, |g| g.relation.clone()),
        g2_email: text(2, |g| g.email.clone().unwrap_or_default()),
        g2_phone: text(2, |g| g.phone.clone()),
        school: p.school_id.to_string(),
        number: p.number.clone(),
        first_name: p.first_name.clone(),
        infix: p.infix.clone(),
        last_name: p.last_name.clone(),
        class: p.class_id.map(|c| c.to_string()).unwrap_or_default(),
        year_of_study: p.year_of_study.map(|y| y.to_string()).unwrap_or_default(),
        date_of_birth: p
            .date_of_birth
            .map(|d| format!("{:02}-{:02}-{}", d.day(), d.month() as u8, d.year()))
            .unwrap_or_default(),
        gender: match p.gender.as_deref() {
            Some("f") => "V".into(),
            Some("m") => "M".into(),
            Some("x") => "X".into(),
            _ => String::new(),
        },
        postcode: p.postcode.clone().unwrap_or_default(),
        email: p.email.clone().unwrap_or_default(),
        required_hours: p.required_hours.to_string(),
    }
}

async fn edit_form(State(app): State<AppState>, ctx: Ctx, Path(id): Path<PupilId>) -> Result<Response> {
    let p = load(&app, &ctx, id, Action::Edit).await?;
    let classes = classes::class_options(&app.db, p.school_id).await?;
    let form = form_of(&p, &guardians::of_pupil(&app.db, id).await?);
    render(&FormPage { ctx, id: Some(id), school_name: p.school_name, classes, form, errors: FormErrors::default() })
}

async fn update(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PupilId>,
    Form(mut form): Form<PupilForm>,
) -> Result<Response> {
    let p = load(&app, &ctx, id, Action::Edit).await?;
    form.school = p.school_id.to_string();
    let result = match PupilInput::parse(&form, app.clock().today()) {
        Ok(input) => flow::update_pupil(&app, ctx.actor()?, id, &input).await.map_err(refused),
        Err(inv) => Err(Ok(inv.into())),
    };
    match result {
        Ok(()) => Ok(redirect_with(&app, &format!("/pupils/{id}"), "flash-saved")),
        Err(e) => {
            let errors = e?;
            let classes = classes::class_options(&app.db, p.school_id).await?;
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &FormPage { ctx, id: Some(id), school_name: p.school_name, classes, form, errors },
            )
        }
    }
}

async fn archive(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PupilId>,
    Form(f): Form<ConfirmForm>,
) -> Result<Response> {
    load(&app, &ctx, id, Action::Archive).await?;
    if !f.confirmed() {
        return Err(Error::BadRequest("error-confirm"));
    }
    flow::set_pupil_archived(&app, ctx.actor()?, id, true).await?;
    Ok(redirect_with(&app, &format!("/pupils/{id}"), "flash-archived"))
}

async fn restore(State(app): State<AppState>, ctx: Ctx, Path(id): Path<PupilId>) -> Result<Response> {
    flow::set_pupil_archived(&app, ctx.actor()?, id, false).await?;
    Ok(redirect_with(&app, &format!("/pupils/{id}"), "flash-restored"))
}

/// Gives a pupil an account: a user with a pupil grant, and an invitation to her e-mail address.
async fn invite(State(app): State<AppState>, ctx: Ctx, Path(id): Path<PupilId>) -> Result<Response> {
    match flow::invite_pupil(&app, ctx.actor()?, id).await {
        Ok(()) => Ok(redirect_with(&app, &format!("/pupils/{id}"), "flash-invited")),
        Err(Stop::Refused(Refused::NoEmail)) => {
            Ok(redirect_with(&app, &format!("/pupils/{id}"), "flash-pupil-needs-email"))
        }
        Err(e) => Err(e.into()),
    }
}
