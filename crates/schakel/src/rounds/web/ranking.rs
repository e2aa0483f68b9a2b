//! The pupil's side of a round: ranking vacancies on her phone while the round is open (rank
//! numbers or up/down buttons, all plain form posts; htmx swaps the list in place), and
//! reading her result with its reasons once the round is published.

use std::collections::HashSet;

use askama::Template;
use axum::extract::{Path, RawForm, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::DetailQuery;
use crate::auth::policy::{self, Action, Resource};
use crate::directory::model::SECTORS;
use crate::flow::Stop;
use crate::ids::{PlacementId, PupilId, RoundId, VacancyId};
use crate::minors::check::Context;
use crate::placements::store::vacancies::{self, Hit, Search};
use crate::rounds::explain::{Explained, explain};
use crate::rounds::flow::{self, Refused};
use crate::rounds::model::{Edit, RankError, Status};
use crate::rounds::store::choices::{self, Choice};
use crate::rounds::store::{self, Round};
use crate::state::AppState;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{Pager, list_url, page_param, redirect_with, render, render_status};

#[derive(Template)]
#[template(path = "rounds/rank.html", blocks = ["ranking"])]
struct RankPage {
    ctx: Ctx,
    r: Round,
    choices: Vec<Choice>,
    hits: Vec<Hit>,
    pager: Pager,
    q: DetailQuery,
    categories: &'static [&'static str],
    /// Why the last change was refused.
    problem: Option<String>,
    /// Whether she may still change her ranking.
    open: bool,
    /// The hits the rules for minors never allow at her age: shown, not offered.
    ruled_out: HashSet<VacancyId>,
}

impl RankPage {
    /// Her rank of a vacancy, if she chose it.
    fn chosen(&self, id: &VacancyId) -> Option<i32> {
        self.choices.iter().find(|c| c.vacancy_id == *id).map(|c| c.rank)
    }

    fn ruled_out(&self, id: &VacancyId) -> bool {
        self.ruled_out.contains(id)
    }

    fn full(&self) -> bool {
        self.choices.len() >= self.max()
    }

    fn max(&self) -> usize {
        usize::try_from(self.r.choices).unwrap_or(1)
    }

    fn numbers(&self) -> std::ops::RangeInclusive<i32> {
        1..=self.choices.len() as i32
    }
}

#[derive(Template)]
#[template(path = "rounds/result.html")]
struct ResultPage {
    ctx: Ctx,
    r: Round,
    choices: Vec<Choice>,
    explained: Option<Explained>,
    placement: Option<PlacementId>,
}

/// The pupil, if she is in the round and may see it (drafts are for the coordinator only).
async fn member(app: &AppState, ctx: &Ctx, r: &Round) -> Result<PupilId> {
    let actor = ctx.actor()?;
    let (pupil, _) = actor.pupil().ok_or(Error::NotFound)?;
    policy::require(actor, Action::View, Resource::RoundEntry(pupil))?;
    if r.status == Status::Draft || !store::is_member(&app.db, r.id, pupil).await? {
        return Err(Error::NotFound);
    }
    Ok(pupil)
}

/// Her page of the round: ranking while it is open, her result once published, a word on what
/// happens next in between. `problem` is a refused change (shown with status 422).
pub(super) async fn page(
    app: &AppState,
    ctx: Ctx,
    r: Round,
    q: DetailQuery,
    problem: Option<String>,
) -> Result<Response> {
    let pupil = member(app, &ctx, &r).await?;
    let choices = choices::of(&app.db, r.id, pupil).await?;
    let status = r.status;
    if status != Status::Open && problem.is_none() {
        let (explained, placement) = if status == Status::Published {
            let row = store::results::result_of(&app.db, r.id, pupil).await?.ok_or(Error::NotFound)?;
            let names = store::results::titles(&app.db, r.id).await?;
            (Some(explain(ctx.lang, &row, &names)), row.placement_id)
        } else {
            (None, None)
        };
        return render(&ResultPage { ctx, r, choices, explained, placement });
    }
    let seeker = vacancies::seeker(&app.db, pupil).await?.ok_or(Error::NotFound)?;
    let search = Search {
        text: Some(q.q.trim().to_string()).filter(|t| !t.is_empty()),
        category: Some(q.category.trim().to_string()).filter(|c| SECTORS.contains(&c.as_str())),
        round: Some(r.id),
        ..Search::default()
    };
    let today = app.clock().today();
    let base = list_url(&format!("/rounds/{}", r.id), &[("q", &q.q), ("category", &q.category)]);
    let requested = page_param(&q.page);
    let (total, hits) =
        vacancies::search_page(&app.db, &seeker, &search, today, requested, crate::web::page::PER_PAGE).await?;
    let pager = Pager::new(requested, total, base);
    let rules = Context::load(&app.db, today).await?;
    let mut ruled_out = HashSet::new();
    for h in &hits {
        if rules.forbids(&app.db, h.id, seeker.birth).await? {
            ruled_out.insert(h.id);
        }
    }
    let code = if problem.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = RankPage {
        open: status == Status::Open,
        ctx,
        r,
        choices,
        hits,
        pager,
        q,
        categories: SECTORS,
        problem,
        ruled_out,
    };
    if page.ctx.htmx { render_status(code, &page.as_ranking()) } else { render_status(code, &page) }
}

/// Saves her ranking: the numbers she chose, then the button she pressed (up, down, remove,
/// add). Refused with a message: more choices than the round allows, a vacancy the round does
/// not offer her, or a round that closed.
pub(super) async fn save(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<RoundId>,
    raw: RawForm,
) -> Result<Response> {
    // The form's rank fields are named by vacancy (`rank_<id>`): read as pairs.
    let pairs: Vec<(String, String)> =
        serde_html_form::from_bytes(&raw.0).map_err(|_| Error::BadRequest("error-refused"))?;
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let q =
        DetailQuery { q: field("q"), category: field("category"), page: Some(field("page")), ..DetailQuery::default() };
    let numbers: Vec<(VacancyId, String)> = pairs
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("rank_").and_then(|id| id.parse().ok()).map(|id| (id, v.clone())))
        .collect();
    let edit = Edit::parse(&field("edit"));
    match flow::rank(&app, ctx.actor()?, id, &numbers, edit).await {
        Ok(()) => {}
        Err(Stop::Refused(Refused::Rank(e))) => {
            let r = store::round(&app.db, id).await?.ok_or(Error::NotFound)?;
            let message = match e {
                RankError::TooMany(n) => ctx.t1(e.key(), "max", n),
                _ => ctx.t(e.key()),
            };
            return page(&app, ctx, r, q, Some(message)).await;
        }
        Err(e) => return Err(e.into()),
    }
    if ctx.htmx {
        let r = store::round(&app.db, id).await?.ok_or(Error::NotFound)?;
        return page(&app, ctx, r, q, None).await;
    }
    let back = list_url(&format!("/rounds/{id}"), &[("q", &q.q), ("category", &q.category)]);
    Ok(redirect_with(&app, &back, "flash-ranking-saved"))
}
