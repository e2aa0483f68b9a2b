//! The vacancy list: a pupil's search of what is open to her, or the vacancies staff manage.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::non_empty;
use crate::auth::policy::{self, Action, Resource};
use crate::directory::model::SECTORS;
use crate::directory::values::parse_date;
use crate::placements::model::{Kind, VacancyStatus};
use crate::placements::store::vacancies::{self, Hit, Manage, Search, Vacancy};
use crate::state::AppState;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{PER_PAGE, Pager, list_url, page_param, render};

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct ListQuery {
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
    kinds: [Kind; 3],
    categories: &'static [&'static str],
    new_link: Option<String>,
}

pub(super) async fn list(State(app): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    policy::require(&actor, Action::View, Resource::Vacancies)?;
    // A pupil searches what is open to her; staff manage vacancies.
    if let (Some((pupil, _)), false) = (actor.pupil(), actor.is_staff()) {
        let seeker = vacancies::seeker(&app.db, pupil).await?.ok_or(Error::NotFound)?;
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
        let today = app.clock().today();
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
        let requested = page_param(&q.page);
        let (total, hits) = vacancies::search_page(&app.db, &seeker, &search, today, requested, PER_PAGE).await?;
        let pager = Pager::new(requested, total, base);
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
        status: VacancyStatus::from_code(&q.status),
        organisation: None,
        kind: Kind::from_code(q.kind.trim()),
        category: non_empty(&q.category).filter(|c| SECTORS.contains(&c.as_str())),
    };
    let total = vacancies::count_managed(&app.db, &scope, &manage).await?;
    let base =
        list_url("/vacancies", &[("q", &q.q), ("status", &q.status), ("kind", &q.kind), ("category", &q.category)]);
    let pager = Pager::new(page_param(&q.page), total, base);
    let rows = vacancies::list_managed(&app.db, &scope, &manage, PER_PAGE, pager.offset()).await?;
    let new_link = match actor.organisations().as_slice() {
        [only] => Some(format!("/vacancies/new?organisation={only}")),
        _ if policy::can(&actor, Action::Create, Resource::Vacancies) => Some("/organisations".to_string()),
        _ => None,
    };
    let page = ManagePage {
        ctx,
        rows,
        pager,
        q,
        statuses: VacancyStatus::ALL,
        kinds: Kind::ALL,
        categories: SECTORS,
        new_link,
    };
    if page.ctx.htmx { render(&page.as_results()) } else { render(&page) }
}
