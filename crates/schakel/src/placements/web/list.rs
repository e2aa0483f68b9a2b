//! The placements the actor may see, and the school's confirmation of several at once.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use crate::auth::policy::{self, Action, Resource, SchoolData};
use crate::db::SqlScope;
use crate::directory::store::classes::{self, ClassFilter};
use crate::flow::Stop;
use crate::ids::{ClassId, PlacementId};
use crate::minors::words::{self, Shown};
use crate::placements::flow::{self, Bulk, Refused};
use crate::placements::model::Status;
use crate::placements::store::placements::{self as store, Filter, Placement, Waiting};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, PER_PAGE, Pager, list_url, page_param, redirect_with, render};

pub fn routes() -> Routes {
    Routes::new().get("/placements", list).post("/placements/confirm", confirm_many)
}

/// Above this many classes in her scope (a project leader's network), the class filter is left
/// out: a select of a thousand classes helps nobody, and the search finds a class by name.
const CLASS_OPTIONS_MAX: i64 = 300;

#[derive(Clone, Deserialize, Default)]
#[serde(default)]
struct ListQuery {
    q: String,
    status: String,
    class: String,
    /// `parent` or `late`: the coordinator's queue of consents (see `Waiting`).
    waiting: String,
    /// One of her schools (the home page's panel the queue came from).
    school: String,
    page: Option<String>,
}

impl ListQuery {
    fn url(&self) -> String {
        list_url(
            "/placements",
            &[
                ("q", &self.q),
                ("status", &self.status),
                ("class", &self.class),
                ("waiting", &self.waiting),
                ("school", &self.school),
            ],
        )
    }
}

#[derive(Template)]
#[template(path = "placements/placements.html", blocks = ["results"])]
struct ListPage {
    ctx: Ctx,
    rows: Vec<(Placement, String)>,
    pager: Pager,
    q: String,
    status: String,
    class: String,
    /// The queue the list shows (`parent`, `late`), with a link to the list without it.
    waiting: String,
    school: String,
    without_waiting: String,
    /// The classes she may filter on (label with the school when she has several), or none.
    class_options: Vec<(ClassId, String)>,
    statuses: [Status; 7],
    may_confirm: bool,
    /// Ticked rows kept when the confirmation was sent back.
    chosen: Vec<PlacementId>,
    errors: FormErrors,
}

impl ListPage {
    fn any_accepted(&self) -> bool {
        self.rows.iter().any(|(p, _)| p.status == Status::Accepted)
    }

    fn is_chosen(&self, id: &PlacementId) -> bool {
        self.chosen.contains(id)
    }
}

async fn list(State(app): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response> {
    list_page(&app, ctx, q, Vec::new(), FormErrors::default()).await
}

async fn list_page(
    app: &AppState,
    ctx: Ctx,
    q: ListQuery,
    chosen: Vec<PlacementId>,
    errors: FormErrors,
) -> Result<Response> {
    let actor = ctx.actor()?;
    policy::require(actor, Action::View, Resource::Placements)?;
    let scope = policy::placement_scope(actor);
    let filter = Filter {
        status: Status::from_code(&q.status),
        text: Some(q.q.trim().to_string()).filter(|t| !t.is_empty()),
        class: q.class.parse().ok(),
        waiting: Waiting::from_param(&q.waiting, app.clock().now()),
        school: q.school.parse().ok(),
        ..Filter::default()
    };
    let total = store::count(&app.db, &scope, &filter).await?;
    let pager = Pager::new(page_param(&q.page), total, q.url());
    let rows = store::list(&app.db, &scope, &filter, PER_PAGE, pager.offset())
        .await?
        .into_iter()
        .map(|p| {
            // A host sees the first name only until the school has confirmed.
            let name = if policy::sees_full_pupil(actor, &p) { p.full_name() } else { p.first_name.clone() };
            (p, name)
        })
        .collect();
    let class_options = class_options(app, &ctx).await?;
    let may_confirm = policy::can(actor, Action::Confirm, Resource::Placements);
    let without_waiting = ListQuery { waiting: String::new(), school: String::new(), page: None, ..q.clone() }.url();
    let page = ListPage {
        ctx,
        rows,
        pager,
        // Only a queue the list knows is named (a made-up value filters nothing).
        waiting: if filter.waiting.is_some() { q.waiting.clone() } else { String::new() },
        school: q.school.clone(),
        without_waiting,
        q: q.q,
        status: q.status,
        class: q.class,
        class_options,
        statuses: Status::ALL,
        may_confirm,
        chosen,
        errors,
    };
    if page.ctx.htmx && page.errors.is_empty() { render(&page.as_results()) } else { render(&page) }
}

/// The classes of her schools, for the class filter: none for someone without schools, or with
/// the whole network in view.
async fn class_options(app: &AppState, ctx: &Ctx) -> Result<Vec<(ClassId, String)>> {
    let scope = policy::school_scope(ctx.actor()?, SchoolData::Classes);
    let schools = match &scope {
        SqlScope::Only(ids) if !ids.is_empty() => ids.len(),
        _ => return Ok(Vec::new()),
    };
    let found = classes::list_classes(&app.db, &scope, &ClassFilter::default(), CLASS_OPTIONS_MAX, 0).await?;
    Ok(found
        .into_iter()
        .map(|c| {
            let label = if schools > 1 { format!("{} · {}", c.name, c.school_name) } else { c.name };
            (c.id, label)
        })
        .collect())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ConfirmManyForm {
    placements: Vec<String>,
    /// `yes`: the coordinator signs the agreements for her school.
    sign: String,
    // The list she came from, to show again if something is missing.
    q: String,
    status: String,
    class: String,
    waiting: String,
    school: String,
    page: Option<String>,
}

/// One placement in the summary of a bulk confirmation.
struct Line {
    id: PlacementId,
    name: String,
    vacancy: String,
    class_name: Option<String>,
    /// Why it was not confirmed, in words (empty for a confirmed one).
    why: String,
    /// What the rules for minors found against it (blocks or warnings to confirm).
    found: Vec<Shown>,
    /// Confirmed, but no parent address is known to ask for consent.
    parent_unknown: bool,
}

impl Line {
    fn findings(&self) -> &[Shown] {
        &self.found
    }
}

#[derive(Template)]
#[template(path = "placements/confirmed.html")]
struct SummaryPage {
    ctx: Ctx,
    confirmed: Vec<Line>,
    /// Warnings of the rules wait: she confirms them on the placement's own page.
    warnings: Vec<Line>,
    refused: Vec<Line>,
    unknown: usize,
    back: String,
}

impl SummaryPage {
    fn parent_unknown(&self) -> usize {
        self.confirmed.iter().filter(|l| l.parent_unknown).count()
    }
}

/// Confirms the chosen placements in one go (a class at a time), signing each for the school,
/// and shows what happened to each: confirmed, waiting for warnings to be confirmed on its own
/// page, or refused and why.
async fn confirm_many(State(app): State<AppState>, ctx: Ctx, Form(f): Form<ConfirmManyForm>) -> Result<Response> {
    let actor = ctx.actor()?;
    let ids: Vec<PlacementId> = f.placements.iter().filter_map(|v| v.parse().ok()).collect();
    let from =
        ListQuery { q: f.q, status: f.status, class: f.class, waiting: f.waiting, school: f.school, page: f.page };
    let bulk = match flow::confirm_many(&app, actor, &ids, f.sign == "yes").await {
        Ok(_) if ids.is_empty() => return Ok(redirect_with(&app, &from.url(), "flash-none-chosen")),
        Ok(bulk) => bulk,
        // Nothing happened: the same list again, her ticks kept, the signature box marked.
        Err(Stop::Refused(Refused::Unsigned)) => {
            let mut errors = FormErrors::default();
            errors.add("sign", "sign-err-needed");
            return list_page(&app, ctx, from, ids, errors).await;
        }
        Err(e) => return Err(Error::from(e)),
    };
    let page = summary(&app, ctx, &ids, bulk, from.url()).await?;
    render(&page)
}

async fn summary(app: &AppState, ctx: Ctx, ids: &[PlacementId], bulk: Bulk, back: String) -> Result<SummaryPage> {
    let actor = ctx.actor()?;
    let filter = Filter { ids: Some(ids.to_vec()), ..Filter::default() };
    let rows = store::list(&app.db, &policy::placement_scope(actor), &filter, ids.len() as i64, 0).await?;
    let lang = ctx.lang;
    let line = |id: PlacementId| {
        let p = rows.iter().find(|p| p.id == id)?;
        Some(Line {
            id,
            name: p.full_name(),
            vacancy: p.vacancy_title.clone(),
            class_name: p.class_name.clone(),
            why: String::new(),
            found: Vec::new(),
            parent_unknown: false,
        })
    };
    let mut page =
        SummaryPage { ctx, confirmed: vec![], warnings: vec![], refused: vec![], unknown: bulk.unknown, back };
    for (id, done) in &bulk.confirmed {
        if let Some(mut l) = line(*id) {
            l.parent_unknown = done.parent_unknown;
            page.confirmed.push(l);
        }
    }
    for (id, why) in &bulk.refused {
        let Some(mut l) = line(*id) else { continue };
        l.why = lang.t(match why {
            Refused::Blocked(_) => "bulk-why-blocked",
            Refused::HostChecks => "bulk-why-host-checks",
            Refused::Full => "bulk-why-full",
            Refused::Step(_) => "bulk-why-not-waiting",
            other => other.flash(),
        });
        match why {
            Refused::Warnings(found) => {
                l.found = words::shown(lang, found).into_iter().filter(|s| !s.block && !s.acknowledged).collect();
                page.warnings.push(l);
            }
            Refused::Blocked(found) => {
                l.found = words::shown(lang, found).into_iter().filter(|s| s.block).collect();
                page.refused.push(l);
            }
            _ => page.refused.push(l),
        }
    }
    Ok(page)
}
