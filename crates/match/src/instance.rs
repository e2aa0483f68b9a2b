//! A validated matching instance, with ids interned into dense indices.

use std::sync::OnceLock;

use crate::error::InstanceError;
use crate::input::{GroupInput, InstanceInput, PlacementInput, Source, StudentInput};
use crate::intern::{Interner, Names};
use crate::parse;

/// Marks "no index" in the dense arrays (not ranked, not placed, not in a group).
pub(crate) const NONE: u32 = u32::MAX;

/// A validated matching instance. Ids are interned into dense indices in input order:
/// student `i` is the `i`-th entry of `students`, and so on.
///
/// Build one with [`Instance::from_json`] (instance v1) or [`Instance::new`] (plain structs);
/// both apply the same validation.
#[derive(Debug)]
pub struct Instance {
    students: Names,
    placements: Names,
    groups: Names,
    capacity: Vec<u64>,
    pub(crate) pref_off: Vec<u32>,
    pub(crate) pref_place: Vec<u32>,
    /// Per preference entry: the student's 0-based position in that placement's ranking, or
    /// [`NONE`] when the placement does not rank her.
    pub(crate) pref_prio: Vec<u32>,
    pub(crate) rank_off: Vec<u32>,
    pub(crate) rank_student: Vec<u32>,
    pub(crate) group_off: Vec<u32>,
    pub(crate) group_member: Vec<u32>,
    /// Per student: her group, or [`NONE`].
    pub(crate) student_group: Vec<u32>,
    /// Per group, per entry of its first member's list (aligned with that student's
    /// preference entries): the group's priority at that placement, i.e. the 0-based ranking
    /// position of its lowest-ranked member, or [`NONE`] when some member is not ranked.
    pub(crate) group_prio_off: Vec<u32>,
    pub(crate) group_prio: Vec<u32>,
    /// Aligned with `group_prio`: index (in the group's member list) of the first member the
    /// placement does not rank, or [`NONE`].
    pub(crate) group_missing: Vec<u32>,
    student_order: OnceLock<Vec<u32>>,
    placement_order: OnceLock<Vec<u32>>,
}

fn index_u32(n: usize, what: &'static str) -> Result<u32, InstanceError> {
    u32::try_from(n).ok().filter(|&v| v != NONE).ok_or(InstanceError::TooLarge { what, limit: u64::from(NONE) - 1 })
}

impl Instance {
    /// Parses and validates matching instance v1 JSON.
    ///
    /// Ids are deserialised without copying where the JSON has no escapes, then interned.
    pub fn from_json(bytes: &[u8]) -> Result<Instance, InstanceError> {
        build(&parse::parse(bytes)?)
    }

    /// Validates an instance given as plain Rust structs (same rules as [`Instance::from_json`]).
    pub fn new(input: &InstanceInput) -> Result<Instance, InstanceError> {
        build(input)
    }

    /// The instance as plain structs again (lists exactly as given).
    pub fn to_input(&self) -> InstanceInput {
        let placements = (0..self.placement_count())
            .map(|p| PlacementInput {
                id: self.placement_id(p).to_owned(),
                capacity: i64::try_from(self.capacity[p]).unwrap_or(i64::MAX),
                ranking: self.ranking(p).iter().map(|&s| self.student_id(s as usize).to_owned()).collect(),
            })
            .collect();
        let students = (0..self.student_count())
            .map(|s| StudentInput {
                id: self.student_id(s).to_owned(),
                preferences: self.preferences(s).iter().map(|&p| self.placement_id(p as usize).to_owned()).collect(),
            })
            .collect();
        let groups = (0..self.group_count())
            .map(|g| GroupInput {
                id: self.group_id(g).to_owned(),
                members: self.members(g).iter().map(|&s| self.student_id(s as usize).to_owned()).collect(),
            })
            .collect();
        InstanceInput { placements, students, groups }
    }

    /// Number of students.
    pub fn student_count(&self) -> usize {
        self.students.len()
    }

    /// Number of placements.
    pub fn placement_count(&self) -> usize {
        self.placements.len()
    }

    /// Number of groups (as given, including groups of zero or one member).
    pub fn group_count(&self) -> usize {
        self.groups.len()
    }

    /// Id of student `i` (input order). Panics if `i` is out of range.
    pub fn student_id(&self, i: usize) -> &str {
        self.students.get(i)
    }

    /// Id of placement `i` (input order). Panics if `i` is out of range.
    pub fn placement_id(&self, i: usize) -> &str {
        self.placements.get(i)
    }

    /// Id of group `i` (input order). Panics if `i` is out of range.
    pub fn group_id(&self, i: usize) -> &str {
        self.groups.get(i)
    }

    /// Capacity of placement `i` as given.
    pub fn capacity(&self, i: usize) -> u64 {
        self.capacity[i]
    }

    /// Index of the student with this id (binary search over an index built on first use).
    pub fn student_index(&self, id: &str) -> Option<usize> {
        let order = self.student_order.get_or_init(|| self.students.sorted());
        self.students.find(order, id)
    }

    /// Index of the placement with this id (binary search over an index built on first use).
    pub fn placement_index(&self, id: &str) -> Option<usize> {
        let order = self.placement_order.get_or_init(|| self.placements.sorted());
        self.placements.find(order, id)
    }

    /// Student `i`'s preference list as placement indices, best first, exactly as given.
    pub fn preferences(&self, i: usize) -> &[u32] {
        &self.pref_place[self.pref_off[i] as usize..self.pref_off[i + 1] as usize]
    }

    /// Placement `i`'s ranking as student indices, best first, exactly as given.
    pub fn ranking(&self, i: usize) -> &[u32] {
        &self.rank_student[self.rank_off[i] as usize..self.rank_off[i + 1] as usize]
    }

    /// Group `i`'s members as student indices, in the given order.
    pub fn members(&self, i: usize) -> &[u32] {
        &self.group_member[self.group_off[i] as usize..self.group_off[i + 1] as usize]
    }

    /// The group student `i` belongs to, if any.
    pub fn group_of(&self, i: usize) -> Option<usize> {
        let g = self.student_group[i];
        (g != NONE).then_some(g as usize)
    }

    /// 0-based position of student `s` in placement `p`'s ranking (linear scan).
    pub fn position(&self, p: usize, s: usize) -> Option<usize> {
        self.ranking(p).iter().position(|&t| t as usize == s)
    }

    pub(crate) fn pref_range(&self, s: usize) -> std::ops::Range<usize> {
        self.pref_off[s] as usize..self.pref_off[s + 1] as usize
    }

    pub(crate) fn capacities(&self) -> &[u64] {
        &self.capacity
    }
}

/// Validates the records and interns them. Checks run in a fixed order (placements, students,
/// preferences, rankings, groups), each in input order, so the reported error is deterministic.
pub(crate) fn build<X: Source>(src: &X) -> Result<Instance, InstanceError> {
    let np = src.placement_count();
    let ns = src.student_count();
    let ng = src.group_count();
    index_u32(np, "placements")?;
    index_u32(ns, "students")?;
    index_u32(ng, "groups")?;

    let mut pnames = Names::with_capacity(np);
    let mut pmap = Interner::new(np);
    let mut capacity = Vec::with_capacity(np);
    for i in 0..np {
        let id = src.text(src.placement_id(i));
        pnames.push(id)?;
        if !pmap.insert(&pnames, i as u32) {
            return Err(InstanceError::DuplicatePlacement(id.to_owned()));
        }
        let c = src.capacity(i);
        if c < 0 {
            return Err(InstanceError::NegativeCapacity { placement: id.to_owned(), capacity: c });
        }
        capacity.push(c as u64);
    }

    let mut snames = Names::with_capacity(ns);
    let mut smap = Interner::new(ns);
    for i in 0..ns {
        let id = src.text(src.student_id(i));
        snames.push(id)?;
        if !smap.insert(&snames, i as u32) {
            return Err(InstanceError::DuplicateStudent(id.to_owned()));
        }
    }

    // Preferences.
    let total_prefs: usize = (0..ns).map(|i| src.preferences(i).len()).sum();
    index_u32(total_prefs, "preference entries")?;
    let mut pref_off = Vec::with_capacity(ns + 1);
    let mut pref_place = Vec::with_capacity(total_prefs);
    pref_off.push(0u32);
    let mut seen_p = vec![NONE; np];
    for si in 0..ns {
        for id in src.preferences(si) {
            let id = src.text(id);
            let Some(p) = pmap.get(&pnames, id) else {
                return Err(InstanceError::UnknownPlacementInPreferences {
                    student: snames.get(si).to_owned(),
                    placement: id.to_owned(),
                });
            };
            if seen_p[p as usize] == si as u32 {
                return Err(InstanceError::RepeatedPreference {
                    student: snames.get(si).to_owned(),
                    placement: id.to_owned(),
                });
            }
            seen_p[p as usize] = si as u32;
            pref_place.push(p);
        }
        pref_off.push(pref_place.len() as u32);
    }
    drop(seen_p);

    // Rankings.
    let total_ranks: usize = (0..np).map(|i| src.ranking(i).len()).sum();
    index_u32(total_ranks, "ranking entries")?;
    let mut rank_off = Vec::with_capacity(np + 1);
    let mut rank_student = Vec::with_capacity(total_ranks);
    rank_off.push(0u32);
    let mut seen_s = vec![NONE; ns];
    for pi in 0..np {
        for id in src.ranking(pi) {
            let id = src.text(id);
            let Some(s) = smap.get(&snames, id) else {
                return Err(InstanceError::UnknownStudentInRanking {
                    placement: pnames.get(pi).to_owned(),
                    student: id.to_owned(),
                });
            };
            if seen_s[s as usize] == pi as u32 {
                return Err(InstanceError::RepeatedRanking {
                    placement: pnames.get(pi).to_owned(),
                    student: id.to_owned(),
                });
            }
            seen_s[s as usize] = pi as u32;
            rank_student.push(s);
        }
        rank_off.push(rank_student.len() as u32);
    }
    drop(seen_s);

    // Groups.
    let mut gnames = Names::with_capacity(ng);
    let mut gmap = Interner::new(ng);
    let total_members: usize = (0..ng).map(|i| src.members(i).len()).sum();
    index_u32(total_members, "group members")?;
    let mut group_off = Vec::with_capacity(ng + 1);
    let mut group_member = Vec::with_capacity(total_members);
    group_off.push(0u32);
    let mut student_group = vec![NONE; ns];
    for gi in 0..ng {
        let gid = src.text(src.group_id(gi));
        gnames.push(gid)?;
        if !gmap.insert(&gnames, gi as u32) {
            return Err(InstanceError::DuplicateGroup(gid.to_owned()));
        }
        for id in src.members(gi) {
            let id = src.text(id);
            let Some(s) = smap.get(&snames, id) else {
                return Err(InstanceError::UnknownStudentInGroup { group: gid.to_owned(), student: id.to_owned() });
            };
            let prev = student_group[s as usize];
            if prev == gi as u32 {
                return Err(InstanceError::RepeatedMember { group: gid.to_owned(), student: id.to_owned() });
            }
            if prev != NONE {
                return Err(InstanceError::StudentInTwoGroups {
                    student: id.to_owned(),
                    first: gnames.get(prev as usize).to_owned(),
                    second: gid.to_owned(),
                });
            }
            student_group[s as usize] = gi as u32;
            group_member.push(s);
        }
        group_off.push(group_member.len() as u32);
    }

    let mut inst = Instance {
        students: snames,
        placements: pnames,
        groups: gnames,
        capacity,
        pref_off,
        pref_place,
        pref_prio: Vec::new(),
        rank_off,
        rank_student,
        group_off,
        group_member,
        student_group,
        group_prio_off: Vec::new(),
        group_prio: Vec::new(),
        group_missing: Vec::new(),
        student_order: OnceLock::new(),
        placement_order: OnceLock::new(),
    };
    compute_priorities(&mut inst);
    Ok(inst)
}

/// Fills `pref_prio` and `group_prio` in time linear in the input size: the rankings are
/// transposed (per student: which placements rank her, at which position) and matched against
/// the preference lists through a per-placement scratch mark.
fn compute_priorities(inst: &mut Instance) {
    let ns = inst.student_count();
    let np = inst.placement_count();
    // Transpose of the rankings: for each student, (placement, position) pairs.
    let mut rb_off = vec![0u32; ns + 1];
    for &s in &inst.rank_student {
        rb_off[s as usize + 1] += 1;
    }
    for i in 0..ns {
        rb_off[i + 1] += rb_off[i];
    }
    let mut fill = rb_off.clone();
    let mut rb = vec![(0u32, 0u32); inst.rank_student.len()];
    for p in 0..np {
        let (a, b) = (inst.rank_off[p] as usize, inst.rank_off[p + 1] as usize);
        for (pos, &s) in inst.rank_student[a..b].iter().enumerate() {
            let slot = &mut fill[s as usize];
            rb[*slot as usize] = (p as u32, pos as u32);
            *slot += 1;
        }
    }
    drop(fill);

    // mark[p] = 1 + local index of p in the current student's list, 0 when absent.
    let mut mark = vec![0u32; np];
    let mut pref_prio = vec![NONE; inst.pref_place.len()];
    for s in 0..ns {
        let r = inst.pref_range(s);
        if r.is_empty() {
            continue;
        }
        for (j, &p) in inst.pref_place[r.clone()].iter().enumerate() {
            mark[p as usize] = j as u32 + 1;
        }
        for &(p, pos) in &rb[rb_off[s] as usize..rb_off[s + 1] as usize] {
            let m = mark[p as usize];
            if m != 0 {
                pref_prio[r.start + m as usize - 1] = pos;
            }
        }
        for &p in &inst.pref_place[r] {
            mark[p as usize] = 0;
        }
    }
    inst.pref_prio = pref_prio;

    // Groups: the priority of a group at a placement of its (first member's) list is the
    // position of its lowest-ranked member; NONE when any member is not ranked there.
    let ng = inst.group_count();
    let mut group_prio_off = Vec::with_capacity(ng + 1);
    group_prio_off.push(0u32);
    let mut group_prio = Vec::new();
    let mut group_missing = Vec::new();
    let mut count = Vec::new();
    for g in 0..ng {
        let members = inst.members(g);
        if let Some(&leader) = members.first() {
            let r = inst.pref_range(leader as usize);
            let base = group_prio.len();
            group_prio.extend(std::iter::repeat_n(0u32, r.len()));
            count.clear();
            count.resize(r.len(), 0u32);
            for (j, &p) in inst.pref_place[r.clone()].iter().enumerate() {
                mark[p as usize] = j as u32 + 1;
            }
            group_missing.extend(std::iter::repeat_n(NONE, r.len()));
            for (mi, &m) in members.iter().enumerate() {
                for &(p, pos) in &rb[rb_off[m as usize] as usize..rb_off[m as usize + 1] as usize] {
                    let k = mark[p as usize];
                    if k != 0 {
                        let j = k as usize - 1;
                        count[j] += 1;
                        let slot = &mut group_prio[base + j];
                        *slot = (*slot).max(pos);
                    }
                }
                // Entries this member did not raise the count of: she is not ranked there.
                for (j, &c) in count.iter().enumerate() {
                    if c as usize != mi + 1 && group_missing[base + j] == NONE {
                        group_missing[base + j] = mi as u32;
                    }
                }
            }
            for (j, &c) in count.iter().enumerate() {
                if c as usize != members.len() {
                    group_prio[base + j] = NONE;
                }
            }
            for &p in &inst.pref_place[r] {
                mark[p as usize] = 0;
            }
        }
        group_prio_off.push(group_prio.len() as u32);
    }
    inst.group_prio_off = group_prio_off;
    inst.group_prio = group_prio;
    inst.group_missing = group_missing;
}
