//! Explanations: for every student and every placement she listed above her result, why she
//! did not get it, as a structured reason code with the ids involved.

use serde::Serialize;

use crate::instance::{Instance, NONE};
use crate::optimal::OptimalRun;
use crate::stable::StableRun;
use crate::units::Units;

/// Why a student got what she got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation<'i> {
    /// Her group, when she is in one (groups of one included).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<&'i str>,
    /// Her placement, or `None` when unassigned.
    pub placement: Option<&'i str>,
    /// The rank of her placement in the list that counts for her (her own list, or for a group
    /// of two or more the first member's list), counting from 1.
    pub rank: Option<u32>,
    /// One reason for each placement of that list ranked above her result (all of them when
    /// she is unassigned), best first.
    pub reasons: Vec<Reason<'i>>,
}

/// Why a student did not get one placement she ranked above her result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason<'i> {
    /// The placement.
    pub placement: &'i str,
    /// Its rank in her list (1 = first choice).
    pub rank: u32,
    /// The reason, serialised as `"code": "snake_case_name"` plus the variant's fields.
    #[serde(flatten)]
    pub why: Why<'i>,
}

/// Reason codes. Positions are 1-based places in the placement's ranking (1 = highest
/// priority); a group's position is that of its lowest-ranked member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Why<'i> {
    /// Not acceptable: the placement's ranking does not name her.
    NotRanked,
    /// Not acceptable for her group: the placement's ranking does not name this member.
    MemberNotRanked {
        /// The first member (in group order) the placement does not rank.
        member: &'i str,
    },
    /// Not acceptable: the placement has capacity 0.
    NoCapacity,
    /// Not acceptable for her group: the group has more members than the placement has seats.
    GroupTooLarge {
        /// Members in the group.
        size: u32,
        /// The placement's capacity.
        capacity: u64,
    },
    /// Stable mode, single student: every seat is taken by pupils with higher priority.
    Full {
        /// Her position in the placement's ranking.
        position: u32,
        /// The admitted pupil with the lowest priority (the cutoff).
        lowest_admitted: &'i str,
        /// That pupil's position.
        lowest_admitted_position: u32,
    },
    /// Stable mode, group: every admitted pupil has higher priority than the group's
    /// lowest-ranked member, and the seats left are fewer than the group's members.
    NotEnoughSeats {
        /// The group's position (its lowest-ranked member's).
        position: u32,
        /// The group's lowest-ranked member at this placement.
        weakest_member: &'i str,
        /// Members in the group.
        size: u32,
        /// Seats left free.
        free_seats: u64,
        /// The admitted pupil with the lowest priority.
        lowest_admitted: Option<&'i str>,
        /// That pupil's position.
        lowest_admitted_position: Option<u32>,
    },
    /// Stable mode: seats were left, but the placement admits strictly in priority order and
    /// stopped at a group with higher priority than hers that did not fit in them. Every
    /// admitted pupil has higher priority than her.
    StoppedByGroup {
        /// Her position (a group's: its lowest-ranked member's).
        position: u32,
        /// For a group: its lowest-ranked member at this placement.
        #[serde(skip_serializing_if = "Option::is_none")]
        weakest_member: Option<&'i str>,
        /// Seats left free.
        free_seats: u64,
        /// The group that did not fit.
        group: &'i str,
        /// Its members.
        group_size: u32,
        /// Its position.
        group_position: u32,
    },
    /// Optimal mode, single student: all seats went to groups, which are placed first.
    TakenByGroups,
    /// Optimal mode, group: groups earlier in the input (placed first, in order) left fewer
    /// seats than the group has members.
    TakenByEarlierGroups {
        /// Members in the group.
        size: u32,
        /// Seats left when the group's turn came.
        free_seats: u64,
    },
    /// Optimal mode: another allocation exists with as many pupils placed and the same total
    /// rank in which she gets this placement; the engine's deterministic choice is another
    /// one of these equally good allocations.
    Tie,
    /// Optimal mode: every allocation that gives her this placement and places as many
    /// pupils has a higher total rank.
    RaisesTotalRank,
    /// Optimal mode: no allocation that gives her this placement places as many pupils.
    FewerPlaced,
}

fn unacceptable<'i>(inst: &'i Instance, units: &Units, u: usize, j: usize, p: usize) -> Why<'i> {
    let cap = inst.capacity(p);
    if cap == 0 {
        return Why::NoCapacity;
    }
    if units.group[u] == NONE {
        return Why::NotRanked;
    }
    let size = units.size[u];
    if cap < u64::from(size) {
        return Why::GroupTooLarge { size, capacity: cap };
    }
    // Entry j of the group's list (its first member's) is placement p.
    let g = units.group[u] as usize;
    let k = inst.group_missing[inst.group_prio_off[g] as usize + j];
    match units.members(inst, u).get(k as usize) {
        Some(&m) => Why::MemberNotRanked { member: inst.student_id(m as usize) },
        None => Why::NotRanked,
    }
}

fn member_at(inst: &Instance, p: usize, pos: u32) -> &str {
    inst.student_id(inst.ranking(p)[pos as usize] as usize)
}

/// Reasons for unit `u` in stable mode.
pub(crate) fn stable_reasons<'i>(inst: &'i Instance, units: &Units, run: &StableRun, u: usize) -> Vec<Reason<'i>> {
    let held = run.held_entry[u];
    let size = units.size[u];
    let is_group = units.group[u] != NONE;
    let mut out = Vec::new();
    for (j, (p, pr)) in units.entries(inst, u).enumerate() {
        if j as u32 >= held {
            break;
        }
        let p = p as usize;
        let why = if pr == NONE {
            unacceptable(inst, units, u, j, p)
        } else {
            let free = inst.capacity(p) - run.load[p];
            let lowest = run.lowest_admitted(p);
            let lowest_id = lowest.map(|(lp, _)| member_at(inst, p, lp));
            let cutoff_unit = run.cutoff_unit[p];
            let weakest = is_group.then(|| member_at(inst, p, pr));
            if free >= u64::from(size) && cutoff_unit != NONE {
                let f = cutoff_unit as usize;
                let g = units.group[f];
                let group =
                    if g == NONE { inst.student_id(units.leader[f] as usize) } else { inst.group_id(g as usize) };
                Why::StoppedByGroup {
                    position: pr + 1,
                    weakest_member: weakest,
                    free_seats: free,
                    group,
                    group_size: units.size[f],
                    group_position: run.cutoff[p] + 1,
                }
            } else if let (false, Some(lowest_admitted), Some((lp, _))) = (is_group, lowest_id, lowest) {
                Why::Full { position: pr + 1, lowest_admitted, lowest_admitted_position: lp + 1 }
            } else {
                Why::NotEnoughSeats {
                    position: pr + 1,
                    weakest_member: weakest.unwrap_or_else(|| member_at(inst, p, pr)),
                    size,
                    free_seats: free,
                    lowest_admitted: lowest_id,
                    lowest_admitted_position: lowest.map(|(lp, _)| lp + 1),
                }
            }
        };
        out.push(Reason { placement: inst.placement_id(p), rank: j as u32 + 1, why });
    }
    out
}

/// Reasons for every unit in optimal mode.
pub(crate) fn optimal_reasons<'i>(inst: &'i Instance, units: &Units, run: &OptimalRun) -> Vec<Vec<Reason<'i>>> {
    let comps = run.components();
    let n = inst.student_count();
    let mut remaining: Vec<u64> = inst.capacities().to_vec();
    let mut all = Vec::with_capacity(units.len());
    for u in 0..units.len() {
        let held = run.held_entry[u];
        let size = units.size[u];
        let is_group = units.group[u] != NONE;
        let s = units.leader[u] as usize;
        let mut out = Vec::new();
        for (j, (p, pr)) in units.entries(inst, u).enumerate() {
            let p = p as usize;
            if is_group {
                // Replay of the groups-first pass to report the seats left at the group's turn.
                if j as u32 == held {
                    remaining[p] -= u64::from(size);
                    break;
                }
            } else if j as u32 >= held {
                break;
            }
            let why = if pr == NONE {
                unacceptable(inst, units, u, j, p)
            } else if is_group {
                Why::TakenByEarlierGroups { size, free_seats: remaining[p] }
            } else if run.remaining[p] == 0 {
                Why::TakenByGroups
            } else {
                let rc = run.reduced_cost(s, p, j as u32 + 1);
                if rc == 0 && comps.zero[s] == comps.zero[n + p] {
                    Why::Tie
                } else if comps.all[s] == comps.all[n + p] {
                    Why::RaisesTotalRank
                } else {
                    Why::FewerPlaced
                }
            };
            out.push(Reason { placement: inst.placement_id(p), rank: j as u32 + 1, why });
        }
        all.push(out);
    }
    all
}
