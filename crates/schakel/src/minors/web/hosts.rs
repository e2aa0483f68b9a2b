//! Host checks: a host's own page (its contact records them, coordinators read them) and the
//! project leader's overview of which hosts lack what.

use std::collections::BTreeSet;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;
use time::Date;

use crate::auth::policy::{self, Action, Resource};
use crate::db::SqlScope;
use crate::directory::store::organisations;
use crate::directory::values::{MAX_SHORT, optional_text, parse_date};
use crate::ids::OrganisationId;
use crate::minors::hosts::{self, CheckKind, Checks, Lacking, LocationFlag, NewRecord, Record};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{
    FormErrors, PER_PAGE, Pager, Pairs, field, list_url, page_param, redirect_with, render, render_status,
};

pub fn routes() -> Routes {
    Routes::new()
        .get("/organisations/{organisation}/checks", page)
        .post("/organisations/{organisation}/checks", record)
        .get("/hosts/checks", overview)
}

/// The form to record a check, as typed.
#[derive(Clone, Debug, Default)]
struct CheckForm {
    kind: String,
    reference: String,
    valid_from: String,
    expires_on: String,
    flags: Vec<String>,
}

#[derive(Template)]
#[template(path = "minors/host_checks.html")]
struct ChecksPage {
    ctx: Ctx,
    org_id: OrganisationId,
    org_name: String,
    checks: Checks,
    history: Vec<Record>,
    may_record: bool,
    kinds: [CheckKind; 5],
    flags: [LocationFlag; 3],
    form: CheckForm,
    errors: FormErrors,
}

impl ChecksPage {
    fn flag_on(&self, f: &LocationFlag) -> bool {
        self.form.flags.iter().any(|x| x == f.code())
    }

    fn flags_text(&self, r: &Record) -> String {
        let on: Vec<String> = r.flags().iter().map(|f| self.ctx.tp("location-flag-", f.code())).collect();
        if on.is_empty() { self.ctx.t("location-flags-none") } else { on.join(", ") }
    }
}

async fn org_for(app: &AppState, ctx: &Ctx, id: OrganisationId, action: Action) -> Result<organisations::Organisation> {
    let actor = ctx.actor()?;
    policy::require(actor, Action::View, Resource::HostChecks(id))?;
    policy::require(actor, action, Resource::HostChecks(id))?;
    organisations::organisation(&app.db, id).await?.ok_or(Error::NotFound)
}

async fn show(
    app: &AppState,
    ctx: Ctx,
    org: organisations::Organisation,
    form: CheckForm,
    errors: FormErrors,
) -> Result<Response> {
    let today = app.clock().today();
    let history = hosts::records(&app.db, org.id).await?;
    let checks = hosts::checks(&app.db, org.id, today).await?;
    let may_record = policy::can(ctx.actor()?, Action::Create, Resource::HostChecks(org.id));
    let code = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = ChecksPage {
        org_id: org.id,
        org_name: org.name,
        checks,
        history,
        may_record,
        kinds: CheckKind::ALL,
        flags: LocationFlag::ALL,
        form,
        errors,
        ctx,
    };
    render_status(code, &page)
}

async fn page(State(app): State<AppState>, ctx: Ctx, Path(id): Path<OrganisationId>) -> Result<Response> {
    let org = org_for(&app, &ctx, id, Action::View).await?;
    let form = CheckForm { valid_from: ctx.date_input(&app.clock().today()), ..CheckForm::default() };
    show(&app, ctx, org, form, FormErrors::default()).await
}

/// Records a check: its kind, a reference (policy number, document, supervisor's name), from
/// when it holds and when it expires, and for the location the flags.
async fn record(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<OrganisationId>,
    Form(pairs): Form<Pairs>,
) -> Result<Response> {
    let org = org_for(&app, &ctx, id, Action::Create).await?;
    let get = |k: &str| field(&pairs, k);
    let form = CheckForm {
        kind: get("check_kind"),
        reference: get("reference"),
        valid_from: get("valid_from"),
        expires_on: get("expires_on"),
        flags: pairs.iter().filter(|(k, _)| k == "flags").map(|(_, v)| v.clone()).collect(),
    };
    let mut errors = FormErrors::default();
    let kind = errors
        .check("check_kind", CheckKind::from_code(&form.kind).ok_or(crate::directory::values::FieldError::Choice));
    let reference = errors.check("reference", optional_text(&form.reference, MAX_SHORT));
    let valid_from = errors.check("valid_from", parse_date(&form.valid_from));
    let expires_on: Option<Option<Date>> = if form.expires_on.trim().is_empty() {
        Some(None)
    } else {
        errors.check("expires_on", parse_date(&form.expires_on)).map(Some)
    };
    let flags: BTreeSet<LocationFlag> = form.flags.iter().filter_map(|f| LocationFlag::from_code(f)).collect();
    if kind == Some(CheckKind::Supervisor) && reference.as_deref().is_some_and(str::is_empty) {
        errors.add("reference", "host-err-supervisor-name");
    }
    if kind.is_some_and(|k| k.default_months().is_some()) && expires_on == Some(None) {
        errors.add("expires_on", "host-err-expiry-needed");
    }
    if let (Some(a), Some(Some(b))) = (valid_from, expires_on)
        && b < a
    {
        errors.add("expires_on", "err-end-before-start");
    }
    let (Some(kind), Some(reference), Some(valid_from), Some(expires_on), true) =
        (kind, reference, valid_from, expires_on, errors.is_empty())
    else {
        return show(&app, ctx, org, form, errors).await;
    };
    let flags = if kind == CheckKind::Location { flags } else { BTreeSet::new() };
    let new = NewRecord { kind, reference: &reference, flags: &flags, valid_from, expires_on };
    hosts::record(&app.db, id, &new, Some(ctx.actor()?.user_id)).await?;
    Ok(redirect_with(&app, &format!("/organisations/{id}/checks"), "flash-host-check-saved"))
}

#[derive(Template)]
#[template(path = "minors/host_overview.html", blocks = ["results"])]
struct OverviewPage {
    ctx: Ctx,
    rows: Vec<Lacking>,
    pager: Pager,
    all: bool,
    lacking_total: usize,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct OverviewQuery {
    all: String,
    page: Option<String>,
}

/// Which hosts lack which checks: hosts with placements waiting for the school come first.
async fn overview(State(app): State<AppState>, ctx: Ctx, Query(q): Query<OverviewQuery>) -> Result<Response> {
    policy::require(ctx.actor()?, Action::View, Resource::HostOverview)?;
    let all = q.all == "yes";
    let hosts = hosts::lacking(&app.db, &SqlScope::All, app.clock().today(), all).await?;
    let lacking_total = if all { hosts.iter().filter(|h| !h.lacking.is_empty()).count() } else { hosts.len() };
    let pager = Pager::new(page_param(&q.page), hosts.len() as i64, list_url("/hosts/checks", &[("all", &q.all)]));
    let rows = hosts.into_iter().skip(pager.offset() as usize).take(PER_PAGE as usize).collect();
    let page = OverviewPage { ctx, rows, pager, all, lacking_total };
    if page.ctx.htmx { render(&page.as_results()) } else { render(&page) }
}
