//! Exact min-cost maximum flow for unit-demand students over capacitated placements.
//!
//! Network: source → student (capacity 1) → placement (capacity 1, cost = rank) → sink
//! (capacity = seats). The result places the most students and, among all such allocations,
//! has the least total rank.
//!
//! Method: primal–dual (successive shortest paths in phases). Node potentials keep every
//! residual arc's reduced cost non-negative. Each phase runs one multi-source Dijkstra from all
//! unplaced students with a bucket queue (reduced costs are small integers), settling every node
//! up to the sink's distance, and shifts the potentials so that every shortest path consists of
//! zero-reduced-cost ("admissible") arcs. It then augments along many admissible paths of the
//! settled region in one depth-first sweep from all unplaced students (Hopcroft–Karp style): a
//! node that fails is abandoned for the phase, a placement may end several paths while it has
//! room and keeps a current-slot pointer, a look-ahead takes a direct arc to a placement with
//! room first, and the students an augmentation moves may be used again from their new slots.
//! Paths the sweep misses are found by the next phase (at distance 0). Augmenting along
//! admissible paths keeps reduced costs non-negative, so each flow value reached is of minimum
//! cost; the loop ends when no unplaced student can reach free capacity, i.e. at maximum flow.
//!
//! The start is a greedy assignment of students to their first-listed placement while seats
//! last. It is of minimum cost for its size because every placed student pays the least rank
//! any student can pay (1), which the initial potentials certify.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::instance::NONE;

/// Monotone priority queue: buckets for small keys, a binary heap beyond.
struct BucketQueue {
    buckets: Vec<Vec<u32>>,
    cur: usize,
    in_buckets: usize,
    far: BinaryHeap<Reverse<(u64, u32)>>,
}

const BUCKETS: usize = 1 << 12;

impl BucketQueue {
    fn new() -> Self {
        BucketQueue {
            buckets: (0..BUCKETS).map(|_| Vec::new()).collect(),
            cur: 0,
            in_buckets: 0,
            far: BinaryHeap::new(),
        }
    }

    fn clear(&mut self) {
        if self.in_buckets > 0 {
            for b in &mut self.buckets[self.cur..] {
                b.clear();
            }
        }
        self.cur = 0;
        self.in_buckets = 0;
        self.far.clear();
    }

    fn push(&mut self, d: u64, v: u32) {
        if (d as usize) < BUCKETS && d as usize >= self.cur {
            self.buckets[d as usize].push(v);
            self.in_buckets += 1;
        } else {
            self.far.push(Reverse((d, v)));
        }
    }

    fn pop(&mut self) -> Option<(u64, u32)> {
        while self.in_buckets > 0 {
            if let Some(v) = self.buckets[self.cur].pop() {
                self.in_buckets -= 1;
                return Some((self.cur as u64, v));
            }
            self.cur += 1;
        }
        self.cur = BUCKETS;
        self.far.pop().map(|Reverse(x)| x)
    }
}

/// Input to the solver: per student a list of (placement, cost) arcs, per placement seats.
pub(crate) struct Network {
    pub n: usize,
    pub m: usize,
    pub adj_off: Vec<u32>,
    pub adj_place: Vec<u32>,
    pub adj_cost: Vec<u32>,
    pub seats: Vec<u32>,
}

/// An optimal flow with the potentials that certify it.
pub(crate) struct Solution {
    /// Per student: placement or [`NONE`].
    pub place: Vec<u32>,
    /// Per student: cost of her arc in use.
    pub cost: Vec<u32>,
    pub load: Vec<u32>,
    pub slot_off: Vec<u32>,
    pub slot: Vec<u32>,
    pub pi_s: Vec<i64>,
    pub pi_p: Vec<i64>,
    pub pi_t: i64,
    pub pi_src: i64,
    pub phases: u32,
}

impl Solution {
    pub fn slots(&self, p: usize) -> &[u32] {
        let a = self.slot_off[p] as usize;
        &self.slot[a..a + self.load[p] as usize]
    }
}

pub(crate) fn solve(net: &Network) -> Solution {
    let (n, m) = (net.n, net.m);
    // Seats never need to exceed the number of arcs into a placement.
    let mut indeg = vec![0u32; m];
    for &p in &net.adj_place {
        indeg[p as usize] += 1;
    }
    let cap: Vec<u32> = net.seats.iter().zip(&indeg).map(|(&s, &d)| s.min(d)).collect();
    drop(indeg);
    let mut slot_off = Vec::with_capacity(m + 1);
    slot_off.push(0u32);
    let mut total = 0u32;
    for &c in &cap {
        total += c;
        slot_off.push(total);
    }
    let mut sol = Solution {
        place: vec![NONE; n],
        cost: vec![0; n],
        load: vec![0; m],
        slot_off,
        slot: vec![NONE; total as usize],
        pi_s: vec![0; n],
        pi_p: vec![1; m],
        pi_t: 1,
        pi_src: 0,
        phases: 0,
    };
    let mut slot_pos = vec![NONE; n];

    // Greedy start: first-listed placements (cost 1) while seats last.
    let mut free: Vec<u32> = Vec::new();
    for s in 0..n {
        let (a, b) = (net.adj_off[s] as usize, net.adj_off[s + 1] as usize);
        if a == b {
            continue;
        }
        let p = net.adj_place[a] as usize;
        if net.adj_cost[a] == 1 && sol.load[p] < cap[p] {
            let k = sol.slot_off[p] + sol.load[p];
            sol.slot[k as usize] = s as u32;
            slot_pos[s] = k;
            sol.load[p] += 1;
            sol.place[s] = p as u32;
            sol.cost[s] = 1;
        } else {
            free.push(s as u32);
        }
    }

    let nodes = n + m + 1;
    let t_node = (n + m) as u32;
    let mut dist = vec![0u64; nodes];
    let mut stamp = vec![0u32; nodes];
    let mut done = vec![0u32; nodes];
    let mut settled: Vec<u32> = Vec::new();
    let mut queue = BucketQueue::new();
    let mut vis_s = vec![0u32; n];
    let mut dead_p = vec![0u32; m];
    let mut on_path = vec![false; m];
    let mut slot_ptr = vec![0u32; m];
    let mut ptr_stamp = vec![0u32; m];
    let mut path: Vec<u32> = Vec::new();
    let mut iters: Vec<u32> = Vec::new();
    let mut phase = 0u32;

    // Transpose of the arcs: for each placement, the students with an arc to it.
    let mut in_off = vec![0u32; m + 1];
    for &p in &net.adj_place {
        in_off[p as usize + 1] += 1;
    }
    for p in 0..m {
        in_off[p + 1] += in_off[p];
    }
    let mut in_stu = vec![0u32; net.adj_place.len()];
    let mut fill = in_off.clone();
    for s in 0..n {
        for k in net.adj_off[s] as usize..net.adj_off[s + 1] as usize {
            let p = net.adj_place[k] as usize;
            in_stu[fill[p] as usize] = s as u32;
            fill[p] += 1;
        }
    }
    drop(fill);
    let mut reach_s = vec![0u32; n];
    let mut reach_p = vec![0u32; m];
    let mut bfs: Vec<u32> = Vec::new();
    let mut last_free = usize::MAX;
    let mut prune_every = 1u32;
    let mut next_prune = 0u32;

    loop {
        free.retain(|&s| sol.place[s as usize] == NONE);
        if free.is_empty() {
            break;
        }
        phase += 1;
        // When progress slows down, drop the unplaced students that cannot reach a free seat
        // at any cost: a student without an augmenting path never gets one later (augmenting
        // elsewhere cannot create one), and such students only widen every later search. The
        // check costs a search of its own, so it backs off while it finds nobody to drop.
        if free.len().saturating_mul(8) > last_free.saturating_mul(7) && phase >= next_prune {
            let before = free.len();
            bfs.clear();
            for p in 0..m {
                if sol.load[p] < cap[p] {
                    reach_p[p] = phase;
                    bfs.push(p as u32);
                }
            }
            while let Some(p) = bfs.pop() {
                let p = p as usize;
                for &t in &in_stu[in_off[p] as usize..in_off[p + 1] as usize] {
                    let t = t as usize;
                    if reach_s[t] == phase || sol.place[t] == p as u32 {
                        continue;
                    }
                    reach_s[t] = phase;
                    let q = sol.place[t];
                    if q != NONE && reach_p[q as usize] != phase {
                        reach_p[q as usize] = phase;
                        bfs.push(q);
                    }
                }
            }
            free.retain(|&s| reach_s[s as usize] == phase);
            if free.is_empty() {
                break;
            }
            prune_every = if (before - free.len()) * 100 < before { prune_every * 2 } else { 1 };
            next_prune = phase + prune_every;
        }
        last_free = free.len();
        // --- Dijkstra on reduced costs from all unplaced students.
        queue.clear();
        settled.clear();
        for &s in &free {
            stamp[s as usize] = phase;
            dist[s as usize] = 0;
            queue.push(0, s);
        }
        let mut best_t = u64::MAX;
        let mut reached = false;
        // Settle every node at distance at most the sink's: all of them may lie on shortest
        // paths, and the augmentation below only walks settled nodes.
        while let Some((d, v)) = queue.pop() {
            if d > best_t {
                break;
            }
            let vi = v as usize;
            if done[vi] == phase || d != dist[vi] {
                continue;
            }
            done[vi] = phase;
            if v == t_node {
                reached = true;
                continue;
            }
            settled.push(v);
            let mut relax = |w: usize, rc: i64, queue: &mut BucketQueue| {
                debug_assert!(rc >= 0, "negative reduced cost {rc}");
                let nd = d + rc.max(0) as u64;
                if nd > best_t {
                    return;
                }
                if stamp[w] != phase || nd < dist[w] {
                    stamp[w] = phase;
                    dist[w] = nd;
                    if w == t_node as usize {
                        best_t = nd;
                    }
                    queue.push(nd, w as u32);
                }
            };
            if vi < n {
                let ps = sol.pi_s[vi];
                let cur = sol.place[vi];
                for k in net.adj_off[vi] as usize..net.adj_off[vi + 1] as usize {
                    let p = net.adj_place[k];
                    if p == cur {
                        continue;
                    }
                    let rc = i64::from(net.adj_cost[k]) + ps - sol.pi_p[p as usize];
                    relax(n + p as usize, rc, &mut queue);
                }
            } else {
                let p = vi - n;
                let pp = sol.pi_p[p];
                if sol.load[p] < cap[p] {
                    relax(t_node as usize, pp - sol.pi_t, &mut queue);
                }
                let a = sol.slot_off[p] as usize;
                for &t in &sol.slot[a..a + sol.load[p] as usize] {
                    let ti = t as usize;
                    let rc = pp - i64::from(sol.cost[ti]) - sol.pi_s[ti];
                    relax(ti, rc, &mut queue);
                }
            }
        }
        if !reached {
            break;
        }
        let dt = dist[t_node as usize] as i64;
        for &v in &settled {
            let vi = v as usize;
            let shift = dist[vi] as i64 - dt;
            if vi < n {
                sol.pi_s[vi] += shift;
            } else {
                sol.pi_p[vi - n] += shift;
            }
        }
        sol.pi_src -= dt;

        // --- Augment along admissible paths. Only nodes settled by this phase's Dijkstra can
        // lie on an admissible path to the sink. A student is entered at most once per phase
        // unless an augmentation moves her; a placement may end several paths while it has
        // room and is abandoned once it has none and every student in it has been tried (a
        // per-placement current-slot pointer keeps that scan linear).
        for fi in 0..free.len() {
            let s = free[fi] as usize;
            if sol.place[s] != NONE || vis_s[s] == phase || done[s] != phase {
                continue;
            }
            vis_s[s] = phase;
            path.clear();
            iters.clear();
            path.push(s as u32);
            iters.push(net.adj_off[s]);
            while let Some(&top) = path.last() {
                let depth = path.len() - 1;
                let ti = top as usize;
                if ti < n {
                    // Student: next admissible arc to a live placement not on the path.
                    let end = net.adj_off[ti + 1];
                    let mut k = iters[depth];
                    let mut found = NONE;
                    if k == net.adj_off[ti] {
                        // Look-ahead on first entry: an admissible arc straight to a
                        // placement with room ends the path here.
                        for a in k..end {
                            let p = net.adj_place[a as usize] as usize;
                            if p as u32 != sol.place[ti]
                                && sol.load[p] < cap[p]
                                && sol.pi_p[p] == sol.pi_t
                                && done[n + p] == phase
                                && !on_path[p]
                                && i64::from(net.adj_cost[a as usize]) + sol.pi_s[ti] == sol.pi_p[p]
                            {
                                found = p as u32;
                                k = a + 1;
                                break;
                            }
                        }
                    }
                    while found == NONE && k < end {
                        let p = net.adj_place[k as usize] as usize;
                        k += 1;
                        if p as u32 == sol.place[ti] || dead_p[p] == phase || on_path[p] || done[n + p] != phase {
                            continue;
                        }
                        let rc = i64::from(net.adj_cost[k as usize - 1]) + sol.pi_s[ti] - sol.pi_p[p];
                        if rc == 0 {
                            found = p as u32;
                            break;
                        }
                    }
                    iters[depth] = k;
                    if found == NONE {
                        path.pop();
                        iters.pop();
                    } else {
                        let p = found as usize;
                        if ptr_stamp[p] != phase {
                            ptr_stamp[p] = phase;
                            slot_ptr[p] = 0;
                        }
                        on_path[p] = true;
                        path.push(n as u32 + found);
                        iters.push(0);
                    }
                } else {
                    let p = ti - n;
                    if sol.load[p] < cap[p] && sol.pi_p[p] == sol.pi_t {
                        augment(&mut sol, net, &path, &iters, &mut slot_pos, n);
                        // The moved students sit in new slots: let this phase use them
                        // again from there.
                        for (i, &v) in path.iter().enumerate() {
                            let v = v as usize;
                            if v >= n {
                                on_path[v - n] = false;
                                if i + 1 < path.len() {
                                    slot_ptr[v - n] -= 1;
                                }
                            } else {
                                vis_s[v] = 0;
                            }
                        }
                        break;
                    }
                    let load = sol.load[p];
                    let a = sol.slot_off[p] as usize;
                    let mut k = slot_ptr[p];
                    let mut found = NONE;
                    while k < load {
                        let t = sol.slot[a + k as usize];
                        k += 1;
                        let tu = t as usize;
                        if vis_s[tu] == phase || done[tu] != phase {
                            continue;
                        }
                        if sol.pi_p[p] - i64::from(sol.cost[tu]) - sol.pi_s[tu] == 0 {
                            found = t;
                            break;
                        }
                    }
                    slot_ptr[p] = k;
                    if found == NONE {
                        dead_p[p] = phase;
                        on_path[p] = false;
                        path.pop();
                        iters.pop();
                    } else {
                        vis_s[found as usize] = phase;
                        path.push(found);
                        iters.push(net.adj_off[found as usize]);
                    }
                }
            }
        }
    }
    sol.phases = phase;
    sol
}

/// Applies an augmenting path `s0, p1, t1, p2, …, pk`: each student moves to the next placement
/// on the path and the last placement gains a seat in use.
fn augment(sol: &mut Solution, net: &Network, path: &[u32], iters: &[u32], slot_pos: &mut [u32], n: usize) {
    let mut i = 0;
    while i + 1 < path.len() {
        let s = path[i] as usize;
        let p = path[i + 1] as usize - n;
        let arc = iters[i] as usize - 1;
        let slot = if i + 2 < path.len() {
            slot_pos[path[i + 2] as usize]
        } else {
            let k = sol.slot_off[p] + sol.load[p];
            sol.load[p] += 1;
            k
        };
        sol.slot[slot as usize] = s as u32;
        slot_pos[s] = slot;
        sol.place[s] = p as u32;
        sol.cost[s] = net.adj_cost[arc];
        i += 2;
    }
}

#[cfg(test)]
mod tests {
    use super::BucketQueue;

    #[test]
    fn bucket_queue_is_monotone_across_near_and_far_keys() {
        let mut q = BucketQueue::new();
        for (d, v) in [(5u64, 1u32), (0, 2), (1 << 20, 3), (5, 4), (4095, 5), (4096, 6)] {
            q.push(d, v);
        }
        let mut keys = Vec::new();
        while let Some((d, _)) = q.pop() {
            keys.push(d);
        }
        assert_eq!(keys, vec![0, 5, 5, 4095, 4096, 1 << 20]);
    }
}
