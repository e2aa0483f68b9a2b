//! The result of a run: per-student accessors and matching result v1 JSON.

use std::io::{self, Write};

use crate::Mode;
use crate::explain::{Explanation, Reason};
use crate::instance::{Instance, NONE};
use crate::json::push_str;
use crate::units::Units;

/// The allocation computed by [`crate::solve`], borrowing the instance's ids.
#[derive(Debug)]
pub struct Outcome<'i> {
    instance: &'i Instance,
    mode: Mode,
    placement: Vec<u32>,
    rank: Vec<u32>,
    explanations: Option<Vec<Explanation<'i>>>,
}

impl<'i> Outcome<'i> {
    /// Spreads the units' results over their members.
    pub(crate) fn new(
        instance: &'i Instance,
        mode: Mode,
        units: &Units,
        held_entry: &[u32],
        reasons: Option<Vec<Vec<Reason<'i>>>>,
    ) -> Outcome<'i> {
        let n = instance.student_count();
        let mut placement = vec![NONE; n];
        let mut rank = vec![0u32; n];
        for u in 0..units.len() {
            let j = held_entry[u];
            if j == NONE {
                continue;
            }
            let leader = units.leader[u] as usize;
            let p = instance.preferences(leader)[j as usize];
            for &m in units.members(instance, u) {
                placement[m as usize] = p;
                rank[m as usize] = j + 1;
            }
        }
        let explanations = reasons.map(|mut reasons| {
            (0..n)
                .map(|s| {
                    let u = units.unit_of[s] as usize;
                    // A group's members share its reasons; a single's are moved, not copied.
                    let own = if units.size[u] == 1 { std::mem::take(&mut reasons[u]) } else { reasons[u].clone() };
                    Explanation {
                        group: instance.group_of(s).map(|g| instance.group_id(g)),
                        placement: (placement[s] != NONE).then(|| instance.placement_id(placement[s] as usize)),
                        rank: (rank[s] != 0).then_some(rank[s]),
                        reasons: own,
                    }
                })
                .collect()
        });
        Outcome { instance, mode, placement, rank, explanations }
    }

    /// The instance this outcome belongs to.
    pub fn instance(&self) -> &'i Instance {
        self.instance
    }

    /// The mode that produced it.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Index of the placement of student `student` (an index, see
    /// [`Instance::student_index`]), or `None` when unassigned.
    pub fn placement_of(&self, student: usize) -> Option<usize> {
        let p = *self.placement.get(student)?;
        (p != NONE).then_some(p as usize)
    }

    /// Id of the placement of student `student`, or `None` when unassigned.
    pub fn placement_id_of(&self, student: usize) -> Option<&'i str> {
        self.placement_of(student).map(|p| self.instance.placement_id(p))
    }

    /// The rank she obtained (1 = first choice of the list that counts for her), or `None`.
    pub fn rank_of(&self, student: usize) -> Option<u32> {
        let r = *self.rank.get(student)?;
        (r != 0).then_some(r)
    }

    /// Her explanation, when the outcome was computed with `explain`.
    pub fn explanation_of(&self, student: usize) -> Option<&Explanation<'i>> {
        self.explanations.as_ref()?.get(student)
    }

    /// Number of students placed.
    pub fn placed_count(&self) -> usize {
        self.placement.iter().filter(|&&p| p != NONE).count()
    }

    /// Sum of the ranks of all placed students.
    pub fn total_rank(&self) -> u64 {
        self.rank.iter().map(|&r| u64::from(r)).sum()
    }

    /// `(student id, placement id or None)` for every student, in input order.
    pub fn assignments(&self) -> impl Iterator<Item = (&'i str, Option<&'i str>)> + '_ {
        (0..self.placement.len()).map(|s| (self.instance.student_id(s), self.placement_id_of(s)))
    }

    /// Matching result v1 as JSON: `assignments` (student id → placement id) and `unassigned`
    /// (student ids), both in the students' input order, and with explanations
    /// `explanations` (student id → [`Explanation`]). Ends with a newline.
    pub fn to_json(&self) -> Vec<u8> {
        let n = self.placement.len();
        let mut out = Vec::with_capacity(32 + n * 20);
        out.extend_from_slice(b"{\"assignments\":{");
        let mut first = true;
        for s in 0..n {
            let p = self.placement[s];
            if p == NONE {
                continue;
            }
            if !first {
                out.push(b',');
            }
            first = false;
            push_str(&mut out, self.instance.student_id(s));
            out.push(b':');
            push_str(&mut out, self.instance.placement_id(p as usize));
        }
        out.extend_from_slice(b"},\"unassigned\":[");
        let mut first = true;
        for s in 0..n {
            if self.placement[s] != NONE {
                continue;
            }
            if !first {
                out.push(b',');
            }
            first = false;
            push_str(&mut out, self.instance.student_id(s));
        }
        out.push(b']');
        if let Some(explanations) = &self.explanations {
            out.extend_from_slice(b",\"explanations\":{");
            for (s, e) in explanations.iter().enumerate() {
                if s > 0 {
                    out.push(b',');
                }
                push_str(&mut out, self.instance.student_id(s));
                out.push(b':');
                if serde_json::to_writer(&mut out, e).is_err() {
                    out.extend_from_slice(b"null");
                }
            }
            out.push(b'}');
        }
        out.extend_from_slice(b"}\n");
        out
    }

    /// Writes [`Outcome::to_json`] to `w`.
    pub fn write_json<W: Write>(&self, mut w: W) -> io::Result<()> {
        w.write_all(&self.to_json())?;
        w.flush()
    }
}
