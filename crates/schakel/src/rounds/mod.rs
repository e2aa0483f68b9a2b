//! Matching rounds: a coordinator (her school) or the project leader (the network) lets pupils
//! rank chosen vacancies, runs the allocation engine in either mode, adjusts by hand, and
//! publishes the matches as proposed placements; every pupil can read why she got what she got.

pub mod engine;
pub mod explain;
pub mod flow;
pub mod model;
pub mod notify;
pub mod store;
pub mod web;

use crate::rounds::engine::Comparison;
use crate::rounds::store::Round;

/// The comparison stored with the round's last run.
pub fn comparison(round: &Round) -> Option<Comparison> {
    serde_json::from_str(&round.summary).ok()
}
