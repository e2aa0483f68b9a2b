//! Organisations and their contacts: list, detail, create, edit, archive.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{ConfirmForm, non_empty, save_failed};
use crate::auth::policy::{self, Action, Resource};
use crate::directory::model::{
    ContactForm, ContactInput, ORG_KINDS, OrganisationForm, OrganisationInput, SECTORS, VettingStatus,
};
use crate::directory::store::organisations::{self, Contact, Organisation, OrganisationFilter};
use crate::ids::{ContactId, OrganisationId};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, PER_PAGE, Pager, list_url, page_param, redirect_with, render, render_status};

pub fn routes() -> Routes {
    Routes::new()
        .get("/organisations", list)
        .get("/organisations/new", new_form)
        .post("/organisations", create)
        .get("/organisations/{organisation}", detail)
        .get("/organisations/{organisation}/edit", edit_form)
        .post("/organisations/{organisation}", update)
        .post("/organisations/{organisation}/archive", archive)
        .post("/organisations/{organisation}/restore", restore)
        .get("/organisations/{organisation}/contacts/new", new_contact_form)
        .post("/organisations/{organisation}/contacts", create_contact)
        .get("/contacts/{contact}/edit", edit_contact_form)
        .post("/contacts/{contact}", update_contact)
        .post("/contacts/{contact}/archive", archive_contact)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ListQuery {
    q: String,
    kind: String,
    sector: String,
    vetting: String,
    archived: String,
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "directory/organisations.html", blocks = ["results"])]
struct ListPage {
    ctx: Ctx,
    rows: Vec<Organisation>,
    pager: Pager,
    q: String,
    kind: String,
    sector: String,
    vetting: String,
    archived: bool,
    kinds: &'static [&'static str],
    sectors: &'static [&'static str],
    vettings: [VettingStatus; 3],
    may_create: bool,
}

async fn list(State(app): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response> {
    let actor = ctx.actor()?;
    policy::require(actor, Action::View, Resource::Organisations)?;
    let scope = policy::organisation_scope(actor);
    let keep = |v: &str, allowed: &[&str]| non_empty(v).filter(|x| allowed.contains(&x.as_str()));
    let filter = OrganisationFilter {
        text: non_empty(&q.q),
        kind: keep(&q.kind, ORG_KINDS),
        sector: keep(&q.sector, SECTORS),
        vetting: VettingStatus::from_code(q.vetting.trim()),
        archived: q.archived == "1",
    };
    let total = organisations::count_organisations(&app.db, &scope, &filter).await?;
    let params = [
        ("q", q.q.as_str()),
        ("kind", &q.kind),
        ("sector", &q.sector),
        ("vetting", &q.vetting),
        ("archived", &q.archived),
    ];
    let pager = Pager::new(page_param(&q.page), total, list_url("/organisations", &params));
    let rows = organisations::list_organisations(&app.db, &scope, &filter, PER_PAGE, pager.offset()).await?;
    let page = ListPage {
        may_create: policy::can(actor, Action::Create, Resource::Organisations),
        ctx,
        rows,
        pager,
        q: q.q,
        kind: q.kind,
        sector: q.sector,
        vetting: q.vetting,
        archived: filter.archived,
        kinds: ORG_KINDS,
        sectors: SECTORS,
        vettings: VettingStatus::ALL,
    };
    if page.ctx.htmx {
        return render(&page.as_results());
    }
    render(&page)
}

async fn load(app: &AppState, ctx: &Ctx, id: OrganisationId, action: Action) -> Result<Organisation> {
    let actor = ctx.actor()?;
    let org = organisations::organisation(&app.db, id).await?.ok_or(Error::NotFound)?;
    policy::require(actor, Action::View, Resource::Organisation(id))?;
    policy::require(actor, action, Resource::Organisation(id))?;
    Ok(org)
}

#[derive(Template)]
#[template(path = "directory/organisation.html")]
struct DetailPage {
    ctx: Ctx,
    org: Organisation,
    contacts: Vec<Contact>,
    may_edit: bool,
    /// The host's checks are open to this actor.
    checks: bool,
    may_archive: bool,
    may_invite: bool,
}

async fn detail(State(app): State<AppState>, ctx: Ctx, Path(id): Path<OrganisationId>) -> Result<Response> {
    let org = load(&app, &ctx, id, Action::View).await?;
    let actor = ctx.actor()?;
    let contacts = organisations::contacts(&app.db, id).await?;
    let page = DetailPage {
        may_edit: policy::can(actor, Action::Edit, Resource::Organisation(id)),
        checks: policy::can(actor, Action::View, Resource::HostChecks(id)),
        may_archive: policy::can(actor, Action::Archive, Resource::Organisation(id)),
        may_invite: policy::can(actor, Action::Create, Resource::Users),
        ctx,
        org,
        contacts,
    };
    render(&page)
}

#[derive(Template)]
#[template(path = "directory/organisation_form.html")]
struct FormPage {
    ctx: Ctx,
    id: Option<OrganisationId>,
    form: OrganisationForm,
    errors: FormErrors,
    may_vet: bool,
    kinds: &'static [&'static str],
    sectors: &'static [&'static str],
    vettings: [VettingStatus; 3],
}

impl FormPage {
    fn new(
        ctx: Ctx,
        id: Option<OrganisationId>,
        form: OrganisationForm,
        errors: FormErrors,
        may_vet: bool,
    ) -> FormPage {
        FormPage { ctx, id, form, errors, may_vet, kinds: ORG_KINDS, sectors: SECTORS, vettings: VettingStatus::ALL }
    }
}

async fn new_form(ctx: Ctx) -> Result<Response> {
    let actor = ctx.actor()?;
    policy::require(actor, Action::Create, Resource::Organisations)?;
    let may_vet = policy::can(actor, Action::Vet, Resource::Organisations);
    let form =
        OrganisationForm { kind: "company".into(), vetting_status: "pending".into(), ..OrganisationForm::default() };
    render(&FormPage::new(ctx, None, form, FormErrors::default(), may_vet))
}

async fn create(State(app): State<AppState>, ctx: Ctx, Form(form): Form<OrganisationForm>) -> Result<Response> {
    let actor = ctx.actor()?;
    policy::require(actor, Action::Create, Resource::Organisations)?;
    // Only the project leader vets organisations; anyone else's new organisation waits for her.
    let may_vet = policy::can(actor, Action::Vet, Resource::Organisations);
    let result = match OrganisationInput::parse(&form, may_vet, VettingStatus::Pending) {
        Ok(i) => organisations::create_organisation(&app.db, &i).await.map_err(save_failed),
        Err(inv) => Err(Ok(inv.into())),
    };
    match result {
        Ok(id) => Ok(redirect_with(&app, &format!("/organisations/{id}"), "flash-saved")),
        Err(e) => render_status(StatusCode::UNPROCESSABLE_ENTITY, &FormPage::new(ctx, None, form, e?, may_vet)),
    }
}

fn form_of(o: &Organisation) -> OrganisationForm {
    OrganisationForm {
        kvk: o.kvk.clone().unwrap_or_default(),
        name: o.name.clone(),
        kind: o.kind.clone(),
        sector: o.sector.clone(),
        street: o.street.clone(),
        postcode: o.postcode.clone(),
        city: o.city.clone(),
        website: o.website.clone(),
        description: o.description.clone(),
        vetting_status: o.vetting_status.to_string(),
    }
}

async fn edit_form(State(app): State<AppState>, ctx: Ctx, Path(id): Path<OrganisationId>) -> Result<Response> {
    let org = load(&app, &ctx, id, Action::Edit).await?;
    let may_vet = policy::can(ctx.actor()?, Action::Vet, Resource::Organisations);
    render(&FormPage::new(ctx, Some(id), form_of(&org), FormErrors::default(), may_vet))
}

async fn update(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<OrganisationId>,
    Form(form): Form<OrganisationForm>,
) -> Result<Response> {
    let org = load(&app, &ctx, id, Action::Edit).await?;
    let may_vet = policy::can(ctx.actor()?, Action::Vet, Resource::Organisations);
    let result = match OrganisationInput::parse(&form, may_vet, org.vetting_status) {
        Ok(i) => organisations::update_organisation(&app.db, id, &i).await.map_err(save_failed),
        Err(inv) => Err(Ok(inv.into())),
    };
    match result {
        Ok(()) => Ok(redirect_with(&app, &format!("/organisations/{id}"), "flash-saved")),
        Err(e) => render_status(StatusCode::UNPROCESSABLE_ENTITY, &FormPage::new(ctx, Some(id), form, e?, may_vet)),
    }
}

async fn archive(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<OrganisationId>,
    Form(f): Form<ConfirmForm>,
) -> Result<Response> {
    load(&app, &ctx, id, Action::Archive).await?;
    if !f.confirmed() {
        return Err(Error::BadRequest("error-confirm"));
    }
    organisations::set_organisation_archived(&app.db, id, true).await?;
    Ok(redirect_with(&app, &format!("/organisations/{id}"), "flash-archived"))
}

async fn restore(State(app): State<AppState>, ctx: Ctx, Path(id): Path<OrganisationId>) -> Result<Response> {
    load(&app, &ctx, id, Action::Archive).await?;
    organisations::set_organisation_archived(&app.db, id, false).await?;
    Ok(redirect_with(&app, &format!("/organisations/{id}"), "flash-restored"))
}

#[derive(Template)]
#[template(path = "directory/contact_form.html")]
struct ContactFormPage {
    ctx: Ctx,
    org: Organisation,
    id: Option<ContactId>,
    form: ContactForm,
    errors: FormErrors,
}

async fn new_contact_form(State(app): State<AppState>, ctx: Ctx, Path(id): Path<OrganisationId>) -> Result<Response> {
    let org = load(&app, &ctx, id, Action::Edit).await?;
    render(&ContactFormPage { ctx, org, id: None, form: ContactForm::default(), errors: FormErrors::default() })
}

async fn create_contact(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<OrganisationId>,
    Form(form): Form<ContactForm>,
) -> Result<Response> {
    let org = load(&app, &ctx, id, Action::Edit).await?;
    match ContactInput::parse(&form) {
        Ok(input) => {
            organisations::create_contact(&app.db, id, &input).await?;
            Ok(redirect_with(&app, &format!("/organisations/{id}"), "flash-saved"))
        }
        Err(inv) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ContactFormPage { ctx, org, id: None, form, errors: inv.into() },
        ),
    }
}

async fn load_contact(app: &AppState, ctx: &Ctx, id: ContactId) -> Result<(Contact, Organisation)> {
    let contact =
        organisations::contact(&app.db, id).await?.filter(|c| c.archived_at.is_none()).ok_or(Error::NotFound)?;
    let org = load(app, ctx, contact.organisation_id, Action::Edit).await?;
    Ok((contact, org))
}

async fn edit_contact_form(State(app): State<AppState>, ctx: Ctx, Path(id): Path<ContactId>) -> Result<Response> {
    let (c, org) = load_contact(&app, &ctx, id).await?;
    let form = ContactForm { name: c.name, email: c.email, phone: c.phone, job_title: c.job_title };
    render(&ContactFormPage { ctx, org, id: Some(id), form, errors: FormErrors::default() })
}

async fn update_contact(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<ContactId>,
    Form(form): Form<ContactForm>,
) -> Result<Response> {
    let (_, org) = load_contact(&app, &ctx, id).await?;
    match ContactInput::parse(&form) {
        Ok(input) => {
            organisations::update_contact(&app.db, id, &input).await?;
            Ok(redirect_with(&app, &format!("/organisations/{}", org.id), "flash-saved"))
        }
        Err(inv) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ContactFormPage { ctx, org, id: Some(id), form, errors: inv.into() },
        ),
    }
}

async fn archive_contact(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<ContactId>,
    Form(f): Form<ConfirmForm>,
) -> Result<Response> {
    let (_, org) = load_contact(&app, &ctx, id).await?;
    if !f.confirmed() {
        return Err(Error::BadRequest("error-confirm"));
    }
    organisations::archive_contact(&app.db, id).await?;
    Ok(redirect_with(&app, &format!("/organisations/{}", org.id), "flash-archived"))
}
