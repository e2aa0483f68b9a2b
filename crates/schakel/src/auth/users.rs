//! User accounts and their grants, for the project leader: list, invite, edit, grant and revoke
//! roles, send a new invitation, archive.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use crate::auth::flow::{self, Manager, Refused};
use crate::auth::model::{Grant, Role, ScopeKind};
use crate::auth::policy::{self, Action, Resource};
use crate::auth::store::{self, GrantView, User, UserFilter};
use crate::directory::store::organisations;
use crate::directory::store::schools::{self, MeetingPoint};
use crate::directory::values::{Email, MAX_SHORT, required_text};
use crate::flow::Stop;
use crate::i18n::Lang;
use crate::ids::{GrantId, OrganisationId, SchoolId, UserId};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, PER_PAGE, Pager, list_url, page_param, redirect_with, render, render_status};

pub fn routes() -> Routes {
    Routes::new()
        .get("/users", list)
        .get("/users/new", new_form)
        .post("/users", create)
        .get("/users/{user}", detail)
        .post("/users/{user}", update)
        .post("/users/{user}/grants", add_grant)
        .post("/users/{user}/grants/{grant}/revoke", revoke_grant)
        .post("/users/{user}/invite", reinvite)
        .post("/users/{user}/archive", archive)
        .post("/users/{user}/restore", restore)
}

fn may_manage(ctx: &Ctx, action: Action) -> Result<UserId> {
    let actor = ctx.actor()?;
    policy::require(actor, action, Resource::Users)?;
    Ok(actor.user_id)
}

/// Roles the user pages grant; pupil accounts are made from the pupil's own page.
const GRANTABLE: [Role; 6] = [
    Role::ProjectLeader,
    Role::Coordinator,
    Role::Director,
    Role::Teacher,
    Role::OrgContact,
    Role::MeetingPointManager,
];

#[derive(Deserialize, Default)]
#[serde(default)]
struct ListQuery {
    q: String,
    role: String,
    school: String,
    archived: String,
    page: Option<String>,
}

struct UserRow {
    user: User,
    grants: Vec<GrantView>,
}

#[derive(Template)]
#[template(path = "auth/users.html", blocks = ["results"])]
struct ListPage {
    ctx: Ctx,
    rows: Vec<UserRow>,
    pager: Pager,
    q: String,
    role: String,
    school: String,
    archived: bool,
    roles: Vec<Role>,
    schools: Vec<(SchoolId, String)>,
}

async fn list(State(app): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response> {
    may_manage(&ctx, Action::View)?;
    let filter = UserFilter {
        text: Some(q.q.trim().to_lowercase()).filter(|t| !t.is_empty()),
        role: Role::from_code(&q.role),
        school: q.school.parse().ok(),
        archived: q.archived == "1",
    };
    let base = list_url("/users", &[("q", &q.q), ("role", &q.role), ("school", &q.school), ("archived", &q.archived)]);
    let total = store::count_users(&app.db, &filter).await?;
    let pager = Pager::new(page_param(&q.page), total, base);
    let users = store::list_users(&app.db, &filter, PER_PAGE, pager.offset()).await?;
    let mut rows = Vec::with_capacity(users.len());
    for user in users {
        let grants = store::grant_views(&app.db, user.id).await?;
        rows.push(UserRow { user, grants });
    }
    let schools = schools::school_options(&app.db, None).await?;
    let page = ListPage {
        ctx,
        rows,
        pager,
        q: q.q,
        role: q.role,
        school: q.school,
        archived: filter.archived,
        roles: Role::ALL.to_vec(),
        schools,
    };
    if page.ctx.htmx {
        return render(&page.as_results());
    }
    render(&page)
}

/// The form of a new user, or of a grant for an existing one.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
struct UserForm {
    name: String,
    email: String,
    locale: String,
    role: String,
    school: String,
    meeting_point: String,
    organisation: String,
}

/// Choices for the grant fields.
struct GrantChoices {
    roles: Vec<Role>,
    schools: Vec<(SchoolId, String)>,
    meeting_points: Vec<MeetingPoint>,
    /// The organisation a contact grant is for, when the form came from its page.
    organisation: Option<(OrganisationId, String)>,
}

async fn grant_choices(app: &AppState, organisation: &str) -> Result<GrantChoices> {
    let organisation = match organisation.parse::<OrganisationId>() {
        Ok(id) => organisations::organisation(&app.db, id).await?.map(|o| (o.id, o.name)),
        Err(_) => None,
    };
    Ok(GrantChoices {
        roles: GRANTABLE.to_vec(),
        schools: schools::school_options(&app.db, None).await?,
        meeting_points: schools::meeting_points(&app.db, None).await?,
        organisation,
    })
}

/// The grant a form describes, checked against what exists.
async fn parse_grant(app: &AppState, f: &UserForm, errors: &mut FormErrors) -> Result<Option<Grant>> {
    let Some(role) = Role::from_code(&f.role).filter(|r| GRANTABLE.contains(r)) else {
        errors.add("role", "err-choice");
        return Ok(None);
    };
    let grant = match role.scope_kind() {
        ScopeKind::Network => Some(Grant::ProjectLeader),
        ScopeKind::School => {
            let school = match f.school.parse::<SchoolId>() {
                Ok(id) => schools::school(&app.db, id).await?.map(|s| s.id),
                Err(_) => None,
            };
            match school {
                Some(s) => Some(match role {
                    Role::Coordinator => Grant::Coordinator(s),
                    Role::Director => Grant::Director(s),
                    _ => Grant::Teacher(s),
                }),
                None => {
                    errors.add("school", "err-grant-school");
                    None
                }
            }
        }
        ScopeKind::Organisation => {
            let org = match f.organisation.parse::<OrganisationId>() {
                Ok(id) => organisations::organisation(&app.db, id).await?.map(|o| o.id),
                Err(_) => None,
            };
            match org {
                Some(o) => Some(Grant::OrgContact(o)),
                None => {
                    errors.add("organisation", "err-grant-organisation");
                    None
                }
            }
        }
        ScopeKind::MeetingPoint => {
            let mp = match f.meeting_point.parse() {
                Ok(id) => schools::meeting_point(&app.db, id).await?,
                Err(_) => None,
            };
            match mp {
                Some(m) => Some(Grant::MeetingPointManager { meeting_point: m.id, school: m.school_id }),
                None => {
                    errors.add("meeting_point", "err-grant-meeting-point");
                    None
                }
            }
        }
        ScopeKind::Pupil => None,
    };
    Ok(grant)
}

#[derive(Template)]
#[template(path = "auth/user_new.html")]
struct NewPage {
    ctx: Ctx,
    form: UserForm,
    errors: FormErrors,
    choices: GrantChoices,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NewQuery {
    organisation: String,
    name: String,
    email: String,
}

async fn new_form(State(app): State<AppState>, ctx: Ctx, Query(q): Query<NewQuery>) -> Result<Response> {
    may_manage(&ctx, Action::Create)?;
    let choices = grant_choices(&app, &q.organisation).await?;
    let role = if choices.organisation.is_some() { Role::OrgContact } else { Role::Coordinator };
    let form = UserForm {
        name: q.name,
        email: q.email,
        locale: "nl".into(),
        role: role.code().into(),
        organisation: q.organisation,
        ..UserForm::default()
    };
    render(&NewPage { ctx, form, errors: FormErrors::default(), choices })
}

async fn create(State(app): State<AppState>, ctx: Ctx, Form(form): Form<UserForm>) -> Result<Response> {
    may_manage(&ctx, Action::Create)?;
    let mut errors = FormErrors::default();
    let name = errors.check("name", required_text(&form.name, MAX_SHORT));
    let email = errors.check("email", Email::parse(&form.email));
    let locale = Lang::from_code(&form.locale).unwrap_or_default();
    let grant = parse_grant(&app, &form, &mut errors).await?;
    let (Some(name), Some(email), Some(grant), true) = (name, email, grant, errors.is_empty()) else {
        let choices = grant_choices(&app, &form.organisation).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &NewPage { ctx, form, errors, choices });
    };
    // An address that has an account already gets the grant on that account: one person, one
    // account, however many roles.
    let granted = flow::grant_access(&app, Manager::Actor(ctx.actor()?), &email, &name, locale, grant).await?;
    let flash = if granted.fresh { "flash-invited" } else { "flash-grant-added-existing" };
    Ok(redirect_with(&app, &format!("/users/{}", granted.user), flash))
}

#[derive(Template)]
#[template(path = "auth/user.html")]
struct DetailPage {
    ctx: Ctx,
    user: User,
    grants: Vec<GrantView>,
    form: UserForm,
    grant_form: UserForm,
    errors: FormErrors,
    grant_errors: FormErrors,
    choices: GrantChoices,
    is_self: bool,
}

async fn detail_page(
    app: &AppState,
    ctx: Ctx,
    id: UserId,
    form: Option<UserForm>,
    errors: FormErrors,
    grant_form: Option<UserForm>,
    grant_errors: FormErrors,
) -> Result<Response> {
    let user = store::user(&app.db, id).await?.ok_or(Error::NotFound)?;
    let grants = store::grant_views(&app.db, id).await?;
    let choices = grant_choices(app, grant_form.as_ref().map(|g| g.organisation.as_str()).unwrap_or("")).await?;
    let status =
        if errors.is_empty() && grant_errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let form = form.unwrap_or_else(|| UserForm {
        name: user.name.clone(),
        email: user.email.clone(),
        locale: user.locale.clone(),
        ..UserForm::default()
    });
    let grant_form =
        grant_form.unwrap_or_else(|| UserForm { role: Role::Teacher.code().into(), ..UserForm::default() });
    let is_self = ctx.actor.as_ref().is_some_and(|a| a.user_id == id);
    render_status(status, &DetailPage { ctx, user, grants, form, grant_form, errors, grant_errors, choices, is_self })
}

async fn detail(State(app): State<AppState>, ctx: Ctx, Path(id): Path<UserId>) -> Result<Response> {
    may_manage(&ctx, Action::View)?;
    detail_page(&app, ctx, id, None, FormErrors::default(), None, FormErrors::default()).await
}

async fn update(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<UserId>,
    Form(form): Form<UserForm>,
) -> Result<Response> {
    may_manage(&ctx, Action::Edit)?;
    let mut errors = FormErrors::default();
    let name = errors.check("name", required_text(&form.name, MAX_SHORT));
    let email = errors.check("email", Email::parse(&form.email));
    let locale = Lang::from_code(&form.locale).unwrap_or_default();
    if let (Some(name), Some(email)) = (name, email) {
        match flow::update_user(&app, ctx.actor()?, id, &email, &name, locale).await {
            Ok(()) => return Ok(redirect_with(&app, &format!("/users/{id}"), "flash-saved")),
            Err(Stop::Refused(Refused::Invalid(fields))) => {
                for (field, key) in fields {
                    errors.add(field, key);
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
    detail_page(&app, ctx, id, Some(form), errors, None, FormErrors::default()).await
}

async fn add_grant(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<UserId>,
    Form(form): Form<UserForm>,
) -> Result<Response> {
    may_manage(&ctx, Action::Edit)?;
    store::user(&app.db, id).await?.ok_or(Error::NotFound)?;
    let mut errors = FormErrors::default();
    match parse_grant(&app, &form, &mut errors).await? {
        Some(grant) => {
            flow::add_grant(&app, ctx.actor()?, id, grant).await?;
            Ok(redirect_with(&app, &format!("/users/{id}"), "flash-grant-added"))
        }
        None => detail_page(&app, ctx, id, None, FormErrors::default(), Some(form), errors).await,
    }
}

async fn revoke_grant(
    State(app): State<AppState>,
    ctx: Ctx,
    Path((id, grant)): Path<(UserId, GrantId)>,
) -> Result<Response> {
    match flow::revoke_grant(&app, ctx.actor()?, id, grant).await {
        Ok(()) => Ok(redirect_with(&app, &format!("/users/{id}"), "flash-grant-revoked")),
        Err(Stop::Refused(Refused::OwnLastLeaderGrant)) => {
            Ok(redirect_with(&app, &format!("/users/{id}"), "flash-keep-own-leader-grant"))
        }
        Err(e) => Err(e.into()),
    }
}

async fn reinvite(State(app): State<AppState>, ctx: Ctx, Path(id): Path<UserId>) -> Result<Response> {
    match flow::reinvite(&app, ctx.actor()?, id).await {
        Ok(()) => Ok(redirect_with(&app, &format!("/users/{id}"), "flash-invited")),
        Err(Stop::Refused(Refused::Archived)) => Err(Error::BadRequest("error-archived")),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ConfirmForm {
    confirm: String,
}

async fn archive(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<UserId>,
    Form(f): Form<ConfirmForm>,
) -> Result<Response> {
    may_manage(&ctx, Action::Archive)?;
    if f.confirm != "yes" {
        return Err(Error::BadRequest("error-confirm"));
    }
    match flow::set_archived(&app, ctx.actor()?, id, true).await {
        Ok(()) => Ok(redirect_with(&app, &format!("/users/{id}"), "flash-archived")),
        Err(Stop::Refused(Refused::ArchivingSelf)) => {
            Ok(redirect_with(&app, &format!("/users/{id}"), "flash-cannot-archive-self"))
        }
        Err(e) => Err(e.into()),
    }
}

async fn restore(State(app): State<AppState>, ctx: Ctx, Path(id): Path<UserId>) -> Result<Response> {
    flow::set_archived(&app, ctx.actor()?, id, false).await?;
    Ok(redirect_with(&app, &format!("/users/{id}"), "flash-restored"))
}
