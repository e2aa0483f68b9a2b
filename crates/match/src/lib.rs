//! # schakel-match: the allocation engine of Schakel
//!
//! Matches pupils (students) to placements from the pupils' preference lists and the
//! placements' priority rankings. Pure Rust, deterministic, no I/O: JSON comes in as bytes and
//! goes out as bytes. The crate's `README.md` has the full description, the explanation codes
//! and benchmark figures.
//!
//! ```
//! use schakel_match::{Instance, Mode, solve};
//!
//! let json = br#"{"placements": [{"id": "P1", "capacity": 1, "ranking": ["S2", "S1"]}],
//!                 "students":   [{"id": "S1", "preferences": ["P1"]},
//!                                {"id": "S2", "preferences": ["P1"]}]}"#;
//! let instance = Instance::from_json(json)?;
//! let outcome = solve(&instance, Mode::Stable, false);
//! assert_eq!(outcome.to_json(), b"{\"assignments\":{\"S2\":\"P1\"},\"unassigned\":[\"S1\"]}\n");
//! # Ok::<(), schakel_match::InstanceError>(())
//! ```
//!
//! ## Input rules (instance v1)
//!
//! A pair (student, placement) is *acceptable* exactly when the student lists the placement,
//! the placement ranks the student, and its capacity is above 0. A student's *rank* for a
//! placement is its position in her original list, counting from 1, also when an earlier entry
//! was not acceptable.
//!
//! Valid: empty lists, capacity 0, placements nobody lists, rankings that name existing
//! students who did not list the placement (such entries are ignored), groups of zero or one
//! member (they constrain nothing). Errors ([`InstanceError`]): unknown ids (an id in a ranking,
//! preference list or group that is not a student or placement of the instance), duplicate ids
//! (per kind; group ids are their own namespace), negative capacities, the same placement twice
//! in one preference list, the same student twice in one ranking or group, a student in two
//! groups, unknown, missing or duplicate fields, and malformed JSON (reported with line and
//! column). The reading of "rankings that name students who
//! never applied" is therefore: such a student must exist among `students`; she simply did not
//! list this placement.
//!
//! ## Units and groups
//!
//! The algorithms move *units*: a student who is in no group (or in a group of one), or a group
//! of two or more students. A group uses its first member's preference list for all its members
//! (the other members' own lists are ignored) and is acceptable at a placement when that list
//! names it, the placement ranks **every** member, and the capacity is at least the group's
//! size. A group's *priority* at a placement is the ranking position of its lowest-ranked
//! member. Units are processed in the order of their first member among `students`.
//! Every member of a placed group gets the same rank: the placement's position in the group's
//! list.
//!
//! ## Stable mode ([`Mode::Stable`])
//!
//! Unit-proposing deferred acceptance. Each unit proposes down its list. A placement holds the
//! units it has accepted so far and admits **strictly in its priority order**: when an arrival
//! makes it exceed its capacity it turns away units from the lowest priority upwards until the
//! rest fits, and from then on it turns away every unit whose priority is not above the last
//! unit it turned away (its *cutoff*, which only rises). Turned-away units propose to their next
//! choice.
//!
//! Guarantees (each checked by the tests):
//! * Without groups the result is the student-optimal stable matching (no blocking pair, and
//!   every student weakly prefers it to every other stable matching); being unique, it does
//!   not depend on the order of students or placements in the input.
//! * With groups: capacities hold, every student is at an acceptable placement, no group is
//!   split, and the allocation *respects priorities*: for every placement `p`, let `W` be the
//!   units that find `p` acceptable and prefer it to what they got; then (1) every unit admitted
//!   at `p` has higher priority than every unit in `W`, and (2) the unit of `W` with the highest
//!   priority has more members than `p` has free seats. So nobody is ever passed over for a
//!   pupil with lower priority, and seats stay free only when the best-placed unit that wants
//!   them is a group that does not fit.
//! * Termination after at most one proposal per unit and list entry; deterministic.
//!
//! With groups a matching that is stable in the stronger sense (no unit that fits into the free
//! seats plus the seats of lower-priority units) need not exist; the rule above trades a few
//! free seats for never violating priorities.
//!
//! ## Optimal mode ([`Mode::Optimal`])
//!
//! Without groups: the most students placed and, among those allocations, the least total
//! rank — exactly, by a min-cost maximum flow (primal–dual: bucket-queue Dijkstra on reduced
//! costs, then many augmenting paths per phase over zero-reduced-cost arcs). Among equally good
//! allocations the result is fixed by the input order but not specified further; a pupil who
//! could have had a better placement in an equally good allocation is told so (`tie`).
//!
//! With groups (an unsplittable flow problem, NP-hard in general), groups are placed first, in
//! unit order, each at the best placement of its list that still has room for all its members
//! (a serial dictatorship over groups); then the single students are allocated exactly
//! optimally (most placed, then least total rank) to the seats that remain. Guarantees:
//! capacities, acceptability, no split, determinism, and exactly those two statements.
//!
//! ## Explanations
//!
//! With `explain`, every student gets an [`Explanation`]: her placement and rank and, for each
//! placement of her list above it (all of them when unassigned), a [`Reason`] with a [`Why`]
//! code and the ids involved. In optimal mode the codes `tie`, `raises_total_rank` and
//! `fewer_placed` are exact statements about all allocations of maximum size (given the
//! groups' placements), decided with strongly connected components of the residual network.

// The algorithms walk several parallel arrays by index; iterator chains would hide that.
#![allow(clippy::needless_range_loop)]

mod bucket;
mod error;
mod explain;
mod flow;
pub mod generator;
mod input;
mod instance;
mod intern;
mod json;
mod optimal;
mod outcome;
mod parse;
mod stable;
mod units;

use std::fmt;
use std::str::FromStr;

pub use error::InstanceError;
pub use explain::{Explanation, Reason, Why};
pub use input::{GroupInput, InstanceInput, PlacementInput, StudentInput};
pub use instance::Instance;
pub use outcome::Outcome;

/// The matching mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Student-proposing deferred acceptance: the student-optimal stable matching.
    Stable,
    /// The most students placed, then the least total rank (exact).
    Optimal,
}

impl Mode {
    /// The mode's name as accepted by [`FromStr`]: `stable` or `optimal`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Stable => "stable",
            Mode::Optimal => "optimal",
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An unknown mode name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown mode {0:?} (expected \"stable\" or \"optimal\")")]
pub struct ParseModeError(pub String);

impl FromStr for Mode {
    type Err = ParseModeError;

    fn from_str(s: &str) -> Result<Mode, ParseModeError> {
        match s {
            "stable" => Ok(Mode::Stable),
            "optimal" => Ok(Mode::Optimal),
            _ => Err(ParseModeError(s.to_owned())),
        }
    }
}

/// Computes the allocation. With `explain`, every student also gets an [`Explanation`].
pub fn solve(instance: &Instance, mode: Mode, explain: bool) -> Outcome<'_> {
    let units = units::Units::new(instance);
    match mode {
        Mode::Stable => {
            let run = stable::run(instance, &units);
            let reasons =
                explain.then(|| (0..units.len()).map(|u| explain::stable_reasons(instance, &units, &run, u)).collect());
            Outcome::new(instance, mode, &units, &run.held_entry, reasons)
        }
        Mode::Optimal => {
            let run = optimal::run(instance, &units);
            let reasons = explain.then(|| explain::optimal_reasons(instance, &units, &run));
            Outcome::new(instance, mode, &units, &run.held_entry, reasons)
        }
    }
}
