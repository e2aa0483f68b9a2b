//! The coordinator's side of a round once it exists: the overview with its pupils, running it in
//! either mode, both modes side by side, fill per vacancy, one pupil's result with a move by
//! hand, a what-if with extra places, and publishing.

use std::borrow::Borrow;
use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum_extra::extract::Form;
use schakel_match::Mode;
use serde::Deserialize;

use super::{DetailQuery, managed, refused};
use crate::auth::policy::Action;
use crate::flow::Stop;
use crate::ids::{PupilId, RoundId, VacancyId};
use crate::rounds::engine::{self, Comparison, Reason, Summary};
use crate::rounds::explain::{Explained, explain, short_key};
use crate::rounds::flow::{self, Refused};
use crate::rounds::model::{Status, Step};
use crate::rounds::store::Round;
use crate::rounds::store::choices::{self, Choice};
use crate::rounds::store::results::{self as store, Fill, ResultRow, Show};
use crate::state::AppState;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{PER_PAGE, Pager, list_url, page_param, redirect_with, render};

/// One mode's column in the comparison.
struct Column {
    mode: Mode,
    summary: Summary,
    current: bool,
}

#[derive(Template)]
#[template(path = "rounds/round.html")]
struct OverviewPage {
    ctx: Ctx,
    r: Round,
    status: Status,
    rows: Vec<ResultRow>,
    pager: Pager,
    q: DetailQuery,
    columns: Vec<Column>,
    differ: u32,
    fill: Vec<Fill>,
    unplaced_total: i64,
    moved_total: i64,
}

impl OverviewPage {
    fn ran(&self) -> bool {
        matches!(self.status, Status::Matched | Status::Published)
    }

    /// The current run's figures.
    fn current(&self) -> Option<&Summary> {
        self.columns.iter().find(|c| c.current).map(|c| &c.summary)
    }

    fn placed_now(&self) -> u32 {
        self.current().map(|s| s.placed).unwrap_or(0)
    }

    fn ranks(&self) -> Vec<usize> {
        (1..=usize::try_from(self.r.choices).unwrap_or(1)).collect()
    }

    fn at_rank(&self, s: &Summary, rank: impl Borrow<usize>) -> u32 {
        s.by_rank.get(rank.borrow().saturating_sub(1)).copied().unwrap_or(0)
    }

    fn percent(&self, part: impl Borrow<u32>, whole: impl Borrow<u32>) -> u32 {
        let (part, whole) = (*part.borrow(), *whole.borrow());
        (part * 100).checked_div(whole).unwrap_or(0)
    }

    fn average(&self, s: &Summary) -> String {
        let avg = if s.placed == 0 { 0.0 } else { s.total_rank as f64 / f64::from(s.placed) };
        let text = format!("{avg:.2}");
        if self.ctx.lang == crate::i18n::Lang::Nl { text.replace('.', ",") } else { text }
    }

    /// For an unplaced pupil: her choices in one line, "1: vol · 2: te jong".
    fn why_short(&self, row: &ResultRow) -> String {
        row.reasons()
            .iter()
            .map(|r: &Reason| format!("{}: {}", r.rank, self.ctx.t(short_key(&r.why))))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    fn mode_key(&self, m: &Mode) -> String {
        format!("round-mode-{}", m.as_str())
    }
}

pub(super) async fn overview(app: &AppState, ctx: Ctx, r: Round, q: DetailQuery) -> Result<Response> {
    let status = r.status;
    let show = Show::from_code(&q.show);
    let text = Some(q.q.trim()).filter(|t| !t.is_empty());
    let total = store::count_results(&app.db, r.id, show, text).await?;
    let base = list_url(&format!("/rounds/{}", r.id), &[("q", &q.q), ("show", &q.show)]);
    let pager = Pager::new(page_param(&q.page), total, base);
    let rows = store::results(&app.db, r.id, show, text, PER_PAGE, pager.offset()).await?;
    let ran = matches!(status, Status::Matched | Status::Published);
    let (columns, differ) = match (ran, crate::rounds::comparison(&r), r.mode()) {
        (true, Some(Comparison { stable, optimal, differ }), Some(mode)) => (
            vec![
                Column { mode: Mode::Stable, summary: stable, current: mode == Mode::Stable },
                Column { mode: Mode::Optimal, summary: optimal, current: mode == Mode::Optimal },
            ],
            differ,
        ),
        _ => (Vec::new(), 0),
    };
    let fill = if ran { store::fill(&app.db, r.id).await? } else { Vec::new() };
    let unplaced_total = if ran { store::count_results(&app.db, r.id, Show::Unplaced, None).await? } else { 0 };
    let moved_total = if ran { store::count_results(&app.db, r.id, Show::Moved, None).await? } else { 0 };
    render(&OverviewPage { ctx, r, status, rows, pager, q, columns, differ, fill, unplaced_total, moved_total })
}

// ---- running -------------------------------------------------------------------------------

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct RunForm {
    mode: String,
}

pub(super) async fn run(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<RoundId>,
    Form(f): Form<RunForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    managed(&app, &actor, id, Action::Match).await?;
    let Ok(mode) = f.mode.parse::<Mode>() else {
        return Ok(redirect_with(&app, &format!("/rounds/{id}"), "flash-round-choose-mode"));
    };
    match flow::run(&app, &actor, id, mode).await {
        Ok(_) => Ok(redirect_with(&app, &format!("/rounds/{id}"), "flash-round-run")),
        Err(e) => refused(&app, id, e),
    }
}

// ---- one pupil -----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "rounds/pupil.html")]
struct PupilPage {
    ctx: Ctx,
    r: Round,
    row: ResultRow,
    choices: Vec<Choice>,
    explained: Option<Explained>,
    /// Where she may be moved: the round's vacancies with their fill.
    targets: Vec<Fill>,
    may_move: bool,
}

impl PupilPage {
    fn is_current(&self, v: &VacancyId) -> bool {
        self.row.vacancy_id == Some(*v)
    }
}

pub(super) async fn pupil(
    State(app): State<AppState>,
    ctx: Ctx,
    Path((id, pupil)): Path<(RoundId, PupilId)>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let r = managed(&app, &actor, id, Action::View).await?;
    let row = store::result_of(&app.db, id, pupil).await?.ok_or(Error::NotFound)?;
    let choices = choices::of(&app.db, id, pupil).await?;
    let ran = matches!(r.status, Status::Matched | Status::Published);
    let explained = if ran {
        let names = store::titles(&app.db, id).await?;
        Some(explain(ctx.lang, &row, &names))
    } else {
        None
    };
    // Where she could go: vacancies she may take, with a seat left (or hers now).
    let targets = if ran {
        let fitting = store::fitting(&app.db, id, pupil, app.clock().today()).await?;
        store::fill(&app.db, id)
            .await?
            .into_iter()
            .filter(|f| row.vacancy_id == Some(f.vacancy_id) || (fitting.contains(&f.vacancy_id) && f.free() > 0))
            .collect()
    } else {
        Vec::new()
    };
    let may_move = r.may(Step::Move);
    render(&PupilPage { ctx, r, row, choices, explained, targets, may_move })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct MoveForm {
    pupil: String,
    vacancy: String,
}

/// Moves a pupil by hand: to a vacancy of the round she may take that has a seat left, or out.
pub(super) async fn move_pupil(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<RoundId>,
    Form(f): Form<MoveForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    managed(&app, &actor, id, Action::Match).await?;
    let Ok(pupil) = f.pupil.parse::<PupilId>() else {
        return Ok(redirect_with(&app, &format!("/rounds/{id}"), "flash-round-move-choose"));
    };
    let back = format!("/rounds/{id}/pupils/{pupil}");
    let to = match f.vacancy.trim() {
        "" | "none" => None,
        v => Some(v.parse::<VacancyId>().map_err(|_| Error::NotFound)?),
    };
    let flash = match flow::move_pupil(&app, &actor, id, pupil, to).await {
        Ok(()) => "flash-round-moved",
        Err(Stop::Refused(Refused::Full)) => "flash-round-move-full",
        Err(Stop::Refused(Refused::AlreadyThere)) => "flash-round-move-already-there",
        Err(Stop::Refused(Refused::NotOpenToHer)) => "flash-round-move-not-open",
        Err(e) => return refused(&app, id, e),
    };
    Ok(redirect_with(&app, &back, flash))
}

// ---- what-if -------------------------------------------------------------------------------

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct WhatIfQuery {
    vacancy: String,
    extra: String,
}

/// A pupil whose result the what-if changes.
struct Change {
    pupil: PupilId,
    name: String,
    from: Option<String>,
    to: Option<String>,
}

#[derive(Template)]
#[template(path = "rounds/what_if.html")]
struct WhatIfPage {
    ctx: Ctx,
    r: Round,
    vacancy: String,
    extra: i64,
    before: Summary,
    after: Summary,
    changes: Vec<Change>,
    moved: i64,
}

impl WhatIfPage {
    fn lead(&self) -> String {
        self.ctx
            .lang
            .t_args("round-what-if-lead", &[("vacancy", self.vacancy.clone().into()), ("extra", self.extra.into())])
    }

    fn first(&self, s: &Summary) -> u32 {
        s.by_rank.first().copied().unwrap_or(0)
    }
}

/// Runs the round again in its mode with extra places at one vacancy and shows what would
/// change against the same run without them. Nothing is stored.
pub(super) async fn what_if(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<RoundId>,
    Query(q): Query<WhatIfQuery>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let r = managed(&app, &actor, id, Action::Match).await?;
    let (Some(mode), true) = (r.mode(), matches!(r.status, Status::Matched | Status::Published)) else {
        return Ok(redirect_with(&app, &format!("/rounds/{id}"), "flash-round-not-run"));
    };
    let names = store::titles(&app.db, id).await?;
    let (Ok(vacancy), Some(extra)) =
        (q.vacancy.parse::<VacancyId>(), q.extra.trim().parse::<i64>().ok().filter(|n| (1..=50).contains(n)))
    else {
        return Ok(redirect_with(&app, &format!("/rounds/{id}"), "flash-round-what-if-choose"));
    };
    let named = names.get(&vacancy).ok_or(Error::NotFound)?;
    let data = store::load(&app.db, &r, app.clock().today()).await?;
    let choices = usize::try_from(r.choices).unwrap_or(1);
    // Two runs of the engine: on the blocking pool, so the server keeps answering meanwhile.
    let (before, after, summaries) = crate::flow::blocking(move || {
        let before = engine::run(&data, mode, None, false);
        let after = engine::run(&data, mode, Some((vacancy, extra)), false);
        let summaries = (Summary::of(&before.outcomes, &data, choices), Summary::of(&after.outcomes, &data, choices));
        (before, after, summaries)
    })
    .await?;
    let title = |v: Option<VacancyId>| v.and_then(|v| names.get(&v)).map(|n| n.title.clone());
    let changed: Vec<(PupilId, Option<VacancyId>, Option<VacancyId>)> = before
        .outcomes
        .iter()
        .zip(&after.outcomes)
        .filter(|(a, b)| a.vacancy != b.vacancy)
        .map(|(a, b)| (a.pupil, a.vacancy, b.vacancy))
        .collect();
    let mut pupil_names: HashMap<PupilId, String> = HashMap::new();
    for (p, _, _) in changed.iter().take(200) {
        if let Some(row) = store::result_of(&app.db, id, *p).await? {
            pupil_names.insert(*p, row.name());
        }
    }
    let changes = changed
        .into_iter()
        .take(200)
        .map(|(pupil, from, to)| Change {
            pupil,
            name: pupil_names.remove(&pupil).unwrap_or_default(),
            from: title(from),
            to: title(to),
        })
        .collect();
    let moved = store::count_results(&app.db, id, Show::Moved, None).await?;
    render(&WhatIfPage {
        ctx,
        vacancy: named.title.clone(),
        extra,
        before: summaries.0,
        after: summaries.1,
        changes,
        moved,
        r,
    })
}

// ---- publishing ----------------------------------------------------------------------------

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct PublishForm {
    confirm: String,
}

/// Publishes the round: proposed placements for every match, all or nothing and once; then
/// every pupil hears her result and every organisation its new candidates.
pub(super) async fn publish(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<RoundId>,
    Form(f): Form<PublishForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let r = managed(&app, &actor, id, Action::Publish).await?;
    if f.confirm != "yes" {
        return Ok(redirect_with(&app, &format!("/rounds/{id}"), "flash-round-confirm-publish"));
    }
    let note = ctx.t1("round-placement-note", "round", &r.name);
    match flow::publish(&app, &actor, id, &note, &mut uuid::Uuid::now_v7).await {
        Ok(_) => Ok(redirect_with(&app, &format!("/rounds/{id}"), "flash-round-published")),
        Err(e) => refused(&app, id, e),
    }
}
