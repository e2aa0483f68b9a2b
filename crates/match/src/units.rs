//! Units: the agents the algorithms move. A unit is a single student, or a group of two or more
//! students that is placed whole. Groups of zero or one member impose nothing: their member (if
//! any) is a single.

use crate::instance::{Instance, NONE};

/// The units of an instance, ordered by their first member's position among the students.
pub(crate) struct Units {
    /// Per unit: the student whose preference list the unit uses (a group's first member).
    pub leader: Vec<u32>,
    /// Per unit: its group, or [`NONE`] for a single.
    pub group: Vec<u32>,
    /// Per unit: number of students.
    pub size: Vec<u32>,
    /// Per student: her unit.
    pub unit_of: Vec<u32>,
    /// Per unit entry (aligned with the leader's preference entries): the unit's priority at
    /// that placement (0-based ranking position of its lowest-ranked member), or [`NONE`] when
    /// the unit is not acceptable there (not ranked, capacity 0, or capacity below its size).
    pub prio: Vec<u32>,
    pub off: Vec<u32>,
}

impl Units {
    pub fn new(inst: &Instance) -> Units {
        let ns = inst.student_count();
        let caps = inst.capacities();
        let mut u = Units {
            leader: Vec::with_capacity(ns),
            group: Vec::with_capacity(ns),
            size: Vec::with_capacity(ns),
            unit_of: vec![NONE; ns],
            prio: Vec::with_capacity(inst.pref_place.len()),
            off: Vec::with_capacity(ns + 1),
        };
        u.off.push(0);
        for s in 0..ns {
            let g = inst.student_group[s];
            let members = if g == NONE { &[][..] } else { inst.members(g as usize) };
            let r = inst.pref_range(s);
            let id = u.leader.len() as u32;
            if members.len() >= 2 {
                if members[0] as usize != s {
                    continue; // placed with its group's unit
                }
                let size = members.len() as u32;
                let gp = &inst.group_prio
                    [inst.group_prio_off[g as usize] as usize..inst.group_prio_off[g as usize + 1] as usize];
                for (k, &p) in inst.pref_place[r].iter().enumerate() {
                    let ok = caps[p as usize] >= u64::from(size);
                    u.prio.push(if ok { gp[k] } else { NONE });
                }
                for &m in members {
                    u.unit_of[m as usize] = id;
                }
                u.group.push(g);
                u.size.push(size);
            } else {
                for k in r {
                    let ok = caps[inst.pref_place[k] as usize] > 0;
                    u.prio.push(if ok { inst.pref_prio[k] } else { NONE });
                }
                u.unit_of[s] = id;
                u.group.push(NONE);
                u.size.push(1);
            }
            u.leader.push(s as u32);
            u.off.push(u.prio.len() as u32);
        }
        u
    }

    pub fn len(&self) -> usize {
        self.leader.len()
    }

    /// The unit's list: (placement, priority-or-NONE) per entry, in the leader's order.
    pub fn entries<'a>(&'a self, inst: &'a Instance, u: usize) -> impl Iterator<Item = (u32, u32)> + 'a {
        let r = self.off[u] as usize..self.off[u + 1] as usize;
        let places = &inst.pref_place[inst.pref_range(self.leader[u] as usize)];
        places.iter().copied().zip(self.prio[r].iter().copied())
    }

    /// The unit's members as student indices.
    pub fn members<'a>(&'a self, inst: &'a Instance, u: usize) -> &'a [u32] {
        let g = self.group[u];
        if g == NONE { std::slice::from_ref(&self.leader[u]) } else { inst.members(g as usize) }
    }
}
