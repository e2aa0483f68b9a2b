//! Helpers: compact instance construction, an independent model of the rules, brute force.

use schakel_match::generator::Rng;
use schakel_match::{GroupInput, Instance, InstanceInput, Mode, Outcome, PlacementInput, StudentInput, solve};

pub type P<'a> = (&'a str, i64, &'a [&'a str]);
pub type S<'a> = (&'a str, &'a [&'a str]);
pub type G<'a> = (&'a str, &'a [&'a str]);

pub fn input(placements: &[P<'_>], students: &[S<'_>], groups: &[G<'_>]) -> InstanceInput {
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    InstanceInput {
        placements: placements
            .iter()
            .map(|&(id, capacity, ranking)| PlacementInput { id: id.into(), capacity, ranking: strings(ranking) })
            .collect(),
        students: students
            .iter()
            .map(|&(id, preferences)| StudentInput { id: id.into(), preferences: strings(preferences) })
            .collect(),
        groups: groups.iter().map(|&(id, members)| GroupInput { id: id.into(), members: strings(members) }).collect(),
    }
}

pub fn inst(placements: &[P<'_>], students: &[S<'_>], groups: &[G<'_>]) -> Instance {
    Instance::new(&input(placements, students, groups)).expect("valid instance")
}

/// The assignment as (student id, placement id) pairs, unassigned as "-".
pub fn pairs(o: &Outcome<'_>) -> Vec<(String, String)> {
    o.assignments().map(|(s, p)| (s.to_string(), p.unwrap_or("-").to_string())).collect()
}

pub fn assigned(o: &Outcome<'_>) -> Vec<Option<usize>> {
    (0..o.instance().student_count()).map(|s| o.placement_of(s)).collect()
}

/// An independent model of the rules, straight from the documentation.
pub struct Model<'a> {
    pub inst: &'a Instance,
    /// Units: (leader, members, is_group).
    pub units: Vec<(usize, Vec<usize>, bool)>,
    pub unit_of: Vec<usize>,
}

impl<'a> Model<'a> {
    pub fn new(inst: &'a Instance) -> Model<'a> {
        let n = inst.student_count();
        let mut units = Vec::new();
        let mut unit_of = vec![usize::MAX; n];
        for s in 0..n {
            let group = inst.group_of(s).map(|g| inst.members(g).to_vec());
            match group {
                Some(m) if m.len() >= 2 => {
                    if m[0] as usize == s {
                        let members: Vec<usize> = m.iter().map(|&x| x as usize).collect();
                        for &x in &members {
                            unit_of[x] = units.len();
                        }
                        units.push((s, members, true));
                    }
                }
                _ => {
                    unit_of[s] = units.len();
                    units.push((s, vec![s], false));
                }
            }
        }
        Model { inst, units, unit_of }
    }

    pub fn list(&self, u: usize) -> &[u32] {
        self.inst.preferences(self.units[u].0)
    }

    pub fn size(&self, u: usize) -> usize {
        self.units[u].1.len()
    }

    /// The unit's priority at p (position of its lowest-ranked member) if acceptable.
    pub fn prio(&self, u: usize, p: usize) -> Option<usize> {
        if !self.list(u).contains(&(p as u32)) {
            return None;
        }
        if self.inst.capacity(p) < self.size(u) as u64 || self.inst.capacity(p) == 0 {
            return None;
        }
        let mut worst = 0;
        for &m in &self.units[u].1 {
            worst = worst.max(self.inst.position(p, m)?);
        }
        Some(worst)
    }

    /// Index of p in the unit's list.
    pub fn index(&self, u: usize, p: usize) -> Option<usize> {
        self.list(u).iter().position(|&x| x as usize == p)
    }

    /// Does unit u (currently at `cur`) strictly prefer p?
    pub fn prefers(&self, u: usize, p: usize, cur: Option<usize>) -> bool {
        match (self.index(u, p), cur) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(i), Some(c)) => self.index(u, c).is_some_and(|j| i < j),
        }
    }

    /// Checks capacity, acceptability, no split and the reported ranks of an outcome; returns
    /// the per-unit placement.
    pub fn check_feasible(&self, o: &Outcome<'_>) -> Vec<Option<usize>> {
        let inst = self.inst;
        let mut load = vec![0u64; inst.placement_count()];
        let mut per_unit = Vec::new();
        for (u, (leader, members, _)) in self.units.iter().enumerate() {
            let p = o.placement_of(*leader);
            for &m in members {
                assert_eq!(o.placement_of(m), p, "group split");
                assert_eq!(o.rank_of(m), p.map(|p| self.index(u, p).unwrap() as u32 + 1));
            }
            if let Some(p) = p {
                assert!(self.prio(u, p).is_some(), "unit {u} at unacceptable {p}");
                load[p] += members.len() as u64;
            }
            per_unit.push(p);
        }
        for (p, &l) in load.iter().enumerate() {
            assert!(l <= inst.capacity(p), "capacity exceeded at {p}");
        }
        per_unit
    }

    pub fn load(&self, per_unit: &[Option<usize>], p: usize) -> u64 {
        per_unit.iter().enumerate().filter(|(_, x)| **x == Some(p)).map(|(u, _)| self.size(u) as u64).sum()
    }

    /// The documented guarantee of stable mode: priorities respected, waste only behind a
    /// group that does not fit.
    pub fn check_respects_priorities(&self, per_unit: &[Option<usize>]) {
        let inst = self.inst;
        for p in 0..inst.placement_count() {
            let held: Vec<usize> = (0..self.units.len()).filter(|&u| per_unit[u] == Some(p)).collect();
            let wanting: Vec<usize> = (0..self.units.len())
                .filter(|&u| self.prio(u, p).is_some() && self.prefers(u, p, per_unit[u]))
                .collect();
            let Some(best) = wanting.iter().copied().min_by_key(|&u| self.prio(u, p)) else {
                continue;
            };
            let best_prio = self.prio(best, p).unwrap();
            for &h in &held {
                assert!(self.prio(h, p).unwrap() < best_prio, "priority violated at placement {p}");
            }
            let free = inst.capacity(p) - self.load(per_unit, p);
            assert!(self.size(best) as u64 > free, "free seats at {p} would fit the best unit that wants them");
        }
    }

    /// Every feasible allocation of the units (None = unassigned), by brute force.
    pub fn all_allocations(&self, fixed: &[Option<Option<usize>>]) -> Vec<Vec<Option<usize>>> {
        let nu = self.units.len();
        let options: Vec<Vec<Option<usize>>> = (0..nu)
            .map(|u| match fixed.get(u).copied().flatten() {
                Some(f) => vec![f],
                None => {
                    let mut v = vec![None];
                    v.extend(self.list(u).iter().map(|&p| p as usize).filter(|&p| self.prio(u, p).is_some()).map(Some));
                    v
                }
            })
            .collect();
        let mut out = Vec::new();
        let mut cur = vec![None; nu];
        let mut load = vec![0u64; self.inst.placement_count()];
        self.rec(0, &options, &mut cur, &mut load, &mut out);
        out
    }

    fn rec(
        &self,
        u: usize,
        options: &[Vec<Option<usize>>],
        cur: &mut Vec<Option<usize>>,
        load: &mut Vec<u64>,
        out: &mut Vec<Vec<Option<usize>>>,
    ) {
        if u == options.len() {
            out.push(cur.clone());
            return;
        }
        for &o in &options[u] {
            if let Some(p) = o {
                let size = self.size(u) as u64;
                if load[p] + size > self.inst.capacity(p) {
                    continue;
                }
                load[p] += size;
                cur[u] = o;
                self.rec(u + 1, options, cur, load, out);
                load[p] -= size;
            } else {
                cur[u] = None;
                self.rec(u + 1, options, cur, load, out);
            }
        }
    }

    /// (students placed, total rank) of an allocation of units.
    pub fn score(&self, a: &[Option<usize>]) -> (usize, u64) {
        let mut placed = 0;
        let mut rank = 0;
        for (u, x) in a.iter().enumerate() {
            if let Some(p) = x {
                placed += self.size(u);
                rank += (self.index(u, *p).unwrap() as u64 + 1) * self.size(u) as u64;
            }
        }
        (placed, rank)
    }

    /// Singles-only stability: no single prefers an acceptable placement that has a free seat
    /// or holds someone with lower priority.
    pub fn is_stable(&self, a: &[Option<usize>]) -> bool {
        for u in 0..self.units.len() {
            for &p in self.list(u) {
                let p = p as usize;
                let Some(pr) = self.prio(u, p) else { continue };
                if !self.prefers(u, p, a[u]) {
                    continue;
                }
                if self.load(a, p) < self.inst.capacity(p) {
                    return false;
                }
                if (0..self.units.len()).any(|v| a[v] == Some(p) && self.prio(v, p).unwrap() > pr) {
                    return false;
                }
            }
        }
        true
    }

    /// Best (placed, -rank) lexicographically: the optimum of optimal mode.
    pub fn best(allocs: &[Vec<Option<usize>>], model: &Model<'_>) -> Option<(usize, u64)> {
        allocs.iter().map(|a| model.score(a)).max_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)))
    }
}

/// A random tiny instance: up to `ns` students and `np` placements, capacities 0..=2 (rarely
/// 3), random preference lists and rankings (subsets in random order), optionally groups.
pub fn tiny(seed: u64, ns: usize, np: usize, groups: bool) -> InstanceInput {
    let mut rng = Rng::new(seed);
    let sid = |i: usize| format!("S{i}");
    let pid = |i: usize| format!("P{i}");
    let subset = |rng: &mut Rng, n: usize, keep: u64| -> Vec<usize> {
        let mut v: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            let j = rng.below(i as u64 + 1) as usize;
            v.swap(i, j);
        }
        v.retain(|_| rng.below(100) < keep);
        v
    };
    let placements = (0..np)
        .map(|p| PlacementInput {
            id: pid(p),
            capacity: match rng.below(10) {
                0 => 0,
                1..=4 => 1,
                5..=8 => 2,
                _ => 3,
            } as i64,
            ranking: subset(&mut rng, ns, 85).into_iter().map(sid).collect(),
        })
        .collect();
    let students = (0..ns)
        .map(|s| StudentInput { id: sid(s), preferences: subset(&mut rng, np, 75).into_iter().map(pid).collect() })
        .collect();
    let mut gs = Vec::new();
    if groups {
        let order = subset(&mut rng, ns, 100);
        let mut i = 0;
        while i < order.len() {
            let size = 1 + rng.below(3) as usize;
            if rng.below(2) == 0 && i + size <= order.len() {
                gs.push(GroupInput {
                    id: format!("G{}", gs.len()),
                    members: order[i..i + size].iter().map(|&s| sid(s)).collect(),
                });
            }
            i += size;
        }
    }
    InstanceInput { placements, students, groups: gs }
}

pub fn json(inst: &Instance, mode: Mode, explain: bool) -> String {
    String::from_utf8(solve(inst, mode, explain).to_json()).unwrap()
}
