//! Matching rounds: a coordinator (her school) or the project leader (the network) lets pupils
//! rank chosen vacancies, runs the allocation engine in either mode, adjusts by hand, and
//! publishes the matches as proposed placements; every pupil can read why she got what she got.

pub mod engine;
pub mod explain;
pub mod model;
pub mod notify;
pub mod store;
pub mod web;

use std::time::{Duration, Instant};

use schakel_match::Mode;
use time::Date;

use crate::db::Db;
use crate::rounds::engine::{Comparison, Summary};
use crate::rounds::store::{Round, RoundError};

/// How long the parts of a run took.
#[derive(Clone, Copy, Debug)]
pub struct Timings {
    pub load: Duration,
    pub solve: Duration,
    pub store: Duration,
}

/// Runs `round` in `mode` and stores the result, with both modes' figures for comparison.
pub async fn run(db: &Db, round: &Round, mode: Mode, today: Date) -> Result<(Comparison, Timings), RoundError> {
    let started = Instant::now();
    let data = store::results::load(db, round, today).await?;
    let loaded = Instant::now();
    let other = match mode {
        Mode::Stable => Mode::Optimal,
        Mode::Optimal => Mode::Stable,
    };
    let chosen = engine::run(&data, mode, None, true);
    let alternative = engine::run(&data, other, None, false);
    let choices = usize::try_from(round.choices).unwrap_or(1);
    let (stable, optimal) = match mode {
        Mode::Stable => (&chosen, &alternative),
        Mode::Optimal => (&alternative, &chosen),
    };
    let comparison = Comparison {
        stable: Summary::of(&stable.outcomes, &data, choices),
        optimal: Summary::of(&optimal.outcomes, &data, choices),
        differ: u32::try_from(engine::differences(stable, optimal)).unwrap_or(u32::MAX),
    };
    let solved = Instant::now();
    let summary = serde_json::to_string(&comparison).unwrap_or_default();
    store::results::save_run(db, round.id, &chosen, &summary).await?;
    let timings = Timings { load: loaded - started, solve: solved - loaded, store: solved.elapsed() };
    tracing::info!(
        round = %round.id,
        pupils = data.pupils.len(),
        vacancies = data.vacancies.len(),
        mode = mode.as_str(),
        load_ms = timings.load.as_millis() as u64,
        solve_ms = timings.solve.as_millis() as u64,
        store_ms = timings.store.as_millis() as u64,
        "round run"
    );
    Ok((comparison, timings))
}

/// The comparison stored with the round's last run.
pub fn comparison(round: &Round) -> Option<Comparison> {
    serde_json::from_str(&round.summary).ok()
}
