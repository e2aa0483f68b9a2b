//! Optimal mode: groups first (in unit order, each to the best placement of its list that
//! still has room for all of it), then the exact min-cost maximum allocation of the single
//! students to the seats that remain.

use crate::flow::{self, Network, Solution};
use crate::instance::{Instance, NONE};
use crate::units::Units;

pub(crate) struct OptimalRun {
    /// Per unit: index (within its list) of its placement, or [`NONE`].
    pub held_entry: Vec<u32>,
    /// Per placement: seats left for singles after the groups.
    pub remaining: Vec<u64>,
    pub net: Network,
    pub sol: Solution,
}

pub(crate) fn run(inst: &Instance, units: &Units) -> OptimalRun {
    let np = inst.placement_count();
    let mut remaining: Vec<u64> = inst.capacities().to_vec();
    let mut held_entry = vec![NONE; units.len()];
    for u in 0..units.len() {
        if units.group[u] == NONE {
            continue;
        }
        let size = u64::from(units.size[u]);
        for (j, (p, pr)) in units.entries(inst, u).enumerate() {
            if pr != NONE && remaining[p as usize] >= size {
                remaining[p as usize] -= size;
                held_entry[u] = j as u32;
                break;
            }
        }
    }

    // The singles' network: arcs to acceptable placements with seats left, cost = rank.
    let ns = inst.student_count();
    let mut adj_off = Vec::with_capacity(ns + 1);
    let mut adj_place = Vec::with_capacity(inst.pref_place.len());
    let mut adj_cost = Vec::with_capacity(inst.pref_place.len());
    adj_off.push(0u32);
    for s in 0..ns {
        let u = units.unit_of[s] as usize;
        if units.group[u] == NONE {
            let lo = units.off[u] as usize;
            for (j, k) in inst.pref_range(s).enumerate() {
                let p = inst.pref_place[k];
                if units.prio[lo + j] != NONE && remaining[p as usize] > 0 {
                    adj_place.push(p);
                    adj_cost.push(j as u32 + 1);
                }
            }
        }
        adj_off.push(adj_place.len() as u32);
    }
    let seats = remaining.iter().map(|&r| r.min(u64::from(u32::MAX)) as u32).collect();
    let net = Network { n: ns, m: np, adj_off, adj_place, adj_cost, seats };
    let sol = flow::solve(&net);
    for u in 0..units.len() {
        if units.group[u] == NONE {
            let s = units.leader[u] as usize;
            let p = sol.place[s];
            if p != NONE {
                held_entry[u] = sol.cost[s] - 1;
            }
        }
    }
    OptimalRun { held_entry, remaining, net, sol }
}

/// Strongly connected components of the final residual network, once with every residual arc
/// and once with the zero-reduced-cost arcs only. A single student `s` can be moved to
/// placement `p` in some maximum allocation iff `s` and `p` share a component of the first
/// graph (a residual cycle through the arc `s → p`), and in some optimal allocation iff the arc
/// has reduced cost 0 and they share a component of the second (a zero-cost cycle).
pub(crate) struct Components {
    pub all: Vec<u32>,
    pub zero: Vec<u32>,
}

impl OptimalRun {
    /// Reduced cost of the arc `s → p` with cost `c` under the final potentials.
    pub fn reduced_cost(&self, s: usize, p: usize, c: u32) -> i64 {
        i64::from(c) + self.sol.pi_s[s] - self.sol.pi_p[p]
    }

    pub fn components(&self) -> Components {
        Components { all: self.scc(false), zero: self.scc(true) }
    }

    /// Node numbering: students `0..n`, placements `n..n+m`, sink `n+m`, source `n+m+1`.
    fn successor(&self, v: usize, k: &mut usize, zero: bool) -> Option<usize> {
        let (net, sol) = (&self.net, &self.sol);
        let (n, m) = (net.n, net.m);
        let (sink, source) = (n + m, n + m + 1);
        if v < n {
            let cur = sol.place[v];
            // k == 0: the arc back to the source (placed students only).
            if *k == 0 {
                *k = 1;
                if cur != NONE && (!zero || sol.pi_s[v] == sol.pi_src) {
                    return Some(source);
                }
            }
            let (a, b) = (net.adj_off[v] as usize, net.adj_off[v + 1] as usize);
            while a + *k - 1 < b {
                let arc = a + *k - 1;
                *k += 1;
                let p = net.adj_place[arc];
                if p == cur {
                    continue;
                }
                if !zero || self.reduced_cost(v, p as usize, net.adj_cost[arc]) == 0 {
                    return Some(n + p as usize);
                }
            }
            None
        } else if v < sink {
            let p = v - n;
            let slots = sol.slots(p);
            while *k < slots.len() {
                let t = slots[*k] as usize;
                *k += 1;
                if !zero || sol.pi_p[p] - i64::from(sol.cost[t]) - sol.pi_s[t] == 0 {
                    return Some(t);
                }
            }
            if *k == slots.len() {
                *k += 1;
                // Seats beyond the arcs into a placement can never be used (flow::solve clamps
                // them), so room means a slot below that clamp is free.
                let room = sol.load[p] < sol.slot_off[p + 1] - sol.slot_off[p];
                if room && (!zero || sol.pi_p[p] == sol.pi_t) {
                    return Some(sink);
                }
            }
            None
        } else if v == sink {
            while *k < m {
                let p = *k;
                *k += 1;
                if sol.load[p] > 0 && (!zero || sol.pi_t == sol.pi_p[p]) {
                    return Some(n + p);
                }
            }
            None
        } else {
            while *k < n {
                let s = *k;
                *k += 1;
                let has_arcs = net.adj_off[s] < net.adj_off[s + 1];
                if has_arcs && sol.place[s] == NONE && (!zero || sol.pi_s[s] == sol.pi_src) {
                    return Some(s);
                }
            }
            None
        }
    }

    /// Tarjan's algorithm, iterative. Returns the component id of every node.
    fn scc(&self, zero: bool) -> Vec<u32> {
        let nodes = self.net.n + self.net.m + 2;
        let mut index = vec![NONE; nodes];
        let mut low = vec![0u32; nodes];
        let mut comp = vec![NONE; nodes];
        let mut on_stack = vec![false; nodes];
        let mut stack: Vec<u32> = Vec::new();
        let mut calls: Vec<(u32, usize)> = Vec::new();
        let mut next_index = 0u32;
        let mut next_comp = 0u32;
        for root in 0..nodes {
            if index[root] != NONE {
                continue;
            }
            calls.push((root as u32, 0));
            index[root] = next_index;
            low[root] = next_index;
            next_index += 1;
            stack.push(root as u32);
            on_stack[root] = true;
            while let Some(&mut (v, ref mut k)) = calls.last_mut() {
                let v = v as usize;
                if let Some(w) = self.successor(v, k, zero) {
                    if index[w] == NONE {
                        index[w] = next_index;
                        low[w] = next_index;
                        next_index += 1;
                        stack.push(w as u32);
                        on_stack[w] = true;
                        calls.push((w as u32, 0));
                    } else if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                    continue;
                }
                calls.pop();
                if let Some(&(parent, _)) = calls.last() {
                    let parent = parent as usize;
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    while let Some(w) = stack.pop() {
                        on_stack[w as usize] = false;
                        comp[w as usize] = next_comp;
                        if w as usize == v {
                            break;
                        }
                    }
                    next_comp += 1;
                }
            }
        }
        comp
    }
}
