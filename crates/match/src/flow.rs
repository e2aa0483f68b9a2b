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

use crate::bucket::BucketQueue;
use crate::instance::NONE;

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

/// Working state of one run.
struct Solver<'n> {
    net: &'n Network,
    n: usize,
    /// Seats per placement, clamped to the arcs into it.
    cap: Vec<u32>,
    sol: Solution,
    /// Per student: her slot index, valid while placed.
    slot_pos: Vec<u32>,
    /// Unplaced students that may still get a seat, in input order.
    free: Vec<u32>,
    phase: u32,
    // Dijkstra.
    dist: Vec<u64>,
    stamp: Vec<u32>,
    done: Vec<u32>,
    settled: Vec<u32>,
    queue: BucketQueue,
    // Augmenting sweep.
    vis_s: Vec<u32>,
    dead_p: Vec<u32>,
    on_path: Vec<bool>,
    slot_ptr: Vec<u32>,
    ptr_stamp: Vec<u32>,
    path: Vec<u32>,
    iters: Vec<u32>,
    // Pruning: for each placement, the students with an arc to it.
    in_off: Vec<u32>,
    in_stu: Vec<u32>,
    reach_s: Vec<u32>,
    reach_p: Vec<u32>,
}

pub(crate) fn solve(net: &Network) -> Solution {
    let mut solver = Solver::new(net);
    solver.greedy_start();
    let mut last_free = usize::MAX;
    let mut prune_every = 1u32;
    let mut next_prune = 0u32;
    loop {
        let sol = &solver.sol;
        solver.free.retain(|&s| sol.place[s as usize] == NONE);
        if solver.free.is_empty() {
            break;
        }
        solver.phase += 1;
        // When progress slows down, drop the unplaced students that cannot reach a free seat
        // at any cost. The check costs a search of its own, so it backs off while it finds
        // nobody to drop.
        let slow = solver.free.len().saturating_mul(8) > last_free.saturating_mul(7);
        if slow && solver.phase >= next_prune {
            let before = solver.free.len();
            solver.prune_unreachable();
            if solver.free.is_empty() {
                break;
            }
            let dropped = before - solver.free.len();
            prune_every = if dropped * 100 < before { prune_every.saturating_mul(2) } else { 1 };
            next_prune = solver.phase.saturating_add(prune_every);
        }
        last_free = solver.free.len();
        let Some(dt) = solver.shortest_paths() else {
            break;
        };
        solver.shift_potentials(dt);
        solver.sweep();
    }
    solver.sol.phases = solver.phase;
    solver.sol
}

impl<'n> Solver<'n> {
    fn new(net: &'n Network) -> Solver<'n> {
        let (n, m) = (net.n, net.m);
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
        // Seats never need to exceed the number of arcs into a placement.
        let cap: Vec<u32> = (0..m).map(|p| net.seats[p].min(in_off[p + 1] - in_off[p])).collect();
        let mut slot_off = Vec::with_capacity(m + 1);
        slot_off.push(0u32);
        let mut total = 0u32;
        for &c in &cap {
            total += c;
            slot_off.push(total);
        }
        let nodes = n + m + 1;
        Solver {
            net,
            n,
            cap,
            sol: Solution {
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
            },
            slot_pos: vec![NONE; n],
            free: Vec::new(),
            phase: 0,
            dist: vec![0; nodes],
            stamp: vec![0; nodes],
            done: vec![0; nodes],
            settled: Vec::new(),
            queue: BucketQueue::new(),
            vis_s: vec![0; n],
            dead_p: vec![0; m],
            on_path: vec![false; m],
            slot_ptr: vec![0; m],
            ptr_stamp: vec![0; m],
            path: Vec::new(),
            iters: Vec::new(),
            in_off,
            in_stu,
            reach_s: vec![0; n],
            reach_p: vec![0; m],
        }
    }

    /// Places students at their first-listed placement (cost 1) while seats last. Every placed
    /// student pays the least rank anyone can pay, so the flow is of minimum cost for its
    /// size; potentials π(student) = 0, π(placement) = π(sink) = 1 certify it.
    fn greedy_start(&mut self) {
        let (net, sol) = (self.net, &mut self.sol);
        for s in 0..self.n {
            let (a, b) = (net.adj_off[s] as usize, net.adj_off[s + 1] as usize);
            if a == b {
                continue;
            }
            let p = net.adj_place[a] as usize;
            if net.adj_cost[a] == 1 && sol.load[p] < self.cap[p] {
                let k = sol.slot_off[p] + sol.load[p];
                sol.slot[k as usize] = s as u32;
                self.slot_pos[s] = k;
                sol.load[p] += 1;
                sol.place[s] = p as u32;
                sol.cost[s] = 1;
            } else {
                self.free.push(s as u32);
            }
        }
    }

    /// Drops the unplaced students from which no residual path leads to a free seat (a
    /// backward search from the placements with room). A student without an augmenting path
    /// never gets one later: augmenting elsewhere cannot create one.
    fn prune_unreachable(&mut self) {
        let phase = self.phase;
        let sol = &self.sol;
        let mut stack: Vec<u32> = Vec::new();
        for p in 0..self.cap.len() {
            if sol.load[p] < self.cap[p] {
                self.reach_p[p] = phase;
                stack.push(p as u32);
            }
        }
        while let Some(p) = stack.pop() {
            let p = p as usize;
            for &t in &self.in_stu[self.in_off[p] as usize..self.in_off[p + 1] as usize] {
                let t = t as usize;
                if self.reach_s[t] == phase || sol.place[t] == p as u32 {
                    continue;
                }
                self.reach_s[t] = phase;
                let q = sol.place[t];
                if q != NONE && self.reach_p[q as usize] != phase {
                    self.reach_p[q as usize] = phase;
                    stack.push(q);
                }
            }
        }
        let reach_s = &self.reach_s;
        self.free.retain(|&s| reach_s[s as usize] == phase);
    }

    /// Multi-source Dijkstra on reduced costs from all unplaced students. Settles every node
    /// at distance at most the sink's (all of them may lie on shortest paths; the sweep walks
    /// settled nodes only). Returns the sink's distance, or `None` when it is unreachable.
    fn shortest_paths(&mut self) -> Option<i64> {
        let Solver { net, n, cap, sol, free, phase, dist, stamp, done, settled, queue, .. } = self;
        let (n, phase) = (*n, *phase);
        let sink = n + net.m;
        queue.clear();
        settled.clear();
        for &s in free.iter() {
            stamp[s as usize] = phase;
            dist[s as usize] = 0;
            queue.push(0, s);
        }
        let mut best_t = u64::MAX;
        let mut reached = false;
        while let Some((d, v)) = queue.pop() {
            if d > best_t {
                break;
            }
            let vi = v as usize;
            if done[vi] == phase || d != dist[vi] {
                continue;
            }
            done[vi] = phase;
            if vi == sink {
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
                    if w == sink {
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
                    if p != cur {
                        let rc = i64::from(net.adj_cost[k]) + ps - sol.pi_p[p as usize];
                        relax(n + p as usize, rc, queue);
                    }
                }
            } else {
                let p = vi - n;
                let pp = sol.pi_p[p];
                if sol.load[p] < cap[p] {
                    relax(sink, pp - sol.pi_t, queue);
                }
                for &t in sol.slots(p) {
                    let ti = t as usize;
                    let rc = pp - i64::from(sol.cost[ti]) - sol.pi_s[ti];
                    relax(ti, rc, queue);
                }
            }
        }
        reached.then(|| dist[sink] as i64)
    }

    /// π(v) += d(v) − d(sink) for settled nodes (a uniform shift of −d(sink) elsewhere changes
    /// no reduced cost), so shortest paths become zero-reduced-cost paths.
    fn shift_potentials(&mut self, dt: i64) {
        let n = self.n;
        for &v in &self.settled {
            let vi = v as usize;
            let shift = self.dist[vi] as i64 - dt;
            if vi < n {
                self.sol.pi_s[vi] += shift;
            } else {
                self.sol.pi_p[vi - n] += shift;
            }
        }
        self.sol.pi_src -= dt;
    }

    /// One depth-first sweep from every unplaced student over admissible arcs of the settled
    /// region, augmenting along every path it finds. A student is entered at most once per
    /// phase unless an augmentation moves her; a placement may end several paths while it has
    /// room and is abandoned once it has none and every student in it has been tried (a
    /// per-placement current-slot pointer keeps that scan linear).
    fn sweep(&mut self) {
        let phase = self.phase;
        for fi in 0..self.free.len() {
            let s = self.free[fi] as usize;
            if self.sol.place[s] != NONE || self.vis_s[s] == phase || self.done[s] != phase {
                continue;
            }
            self.vis_s[s] = phase;
            self.path.clear();
            self.iters.clear();
            self.path.push(s as u32);
            self.iters.push(self.net.adj_off[s]);
            while let Some(&top) = self.path.last() {
                let top = top as usize;
                let advanced = if top < self.n {
                    self.step_student(top)
                } else {
                    let p = top - self.n;
                    if self.sol.load[p] < self.cap[p] && self.sol.pi_p[p] == self.sol.pi_t {
                        self.augment();
                        break;
                    }
                    self.step_placement(p)
                };
                if !advanced {
                    self.path.pop();
                    self.iters.pop();
                }
            }
        }
    }

    /// From the student on top of the path, pushes the next admissible, live placement not on
    /// the path. On first entry a look-ahead prefers a placement with room (the path ends
    /// there). Returns false when none is left.
    fn step_student(&mut self, t: usize) -> bool {
        let (net, sol, n, phase) = (self.net, &self.sol, self.n, self.phase);
        let depth = self.path.len() - 1;
        let end = net.adj_off[t + 1];
        let mut k = self.iters[depth];
        let admissible = |a: u32, p: usize| {
            p as u32 != sol.place[t]
                && self.done[n + p] == phase
                && !self.on_path[p]
                && i64::from(net.adj_cost[a as usize]) + sol.pi_s[t] == sol.pi_p[p]
        };
        let mut found = None;
        if k == net.adj_off[t] {
            found = (k..end).find(|&a| {
                let p = net.adj_place[a as usize] as usize;
                sol.load[p] < self.cap[p] && sol.pi_p[p] == sol.pi_t && admissible(a, p)
            });
        }
        if found.is_none() {
            found = (k..end).find(|&a| {
                let p = net.adj_place[a as usize] as usize;
                self.dead_p[p] != phase && admissible(a, p)
            });
        }
        let Some(a) = found else {
            self.iters[depth] = end;
            return false;
        };
        k = a + 1;
        self.iters[depth] = k;
        let p = net.adj_place[a as usize] as usize;
        if self.ptr_stamp[p] != phase {
            self.ptr_stamp[p] = phase;
            self.slot_ptr[p] = 0;
        }
        self.on_path[p] = true;
        self.path.push((n + p) as u32);
        self.iters.push(0);
        true
    }

    /// From the placement on top of the path (which has no room), pushes the next unvisited
    /// student in it with an admissible reverse arc. Marks the placement dead when none is
    /// left and returns false.
    fn step_placement(&mut self, p: usize) -> bool {
        let (sol, phase) = (&self.sol, self.phase);
        let slots = sol.slots(p);
        let mut k = self.slot_ptr[p] as usize;
        let mut found = None;
        while k < slots.len() {
            let t = slots[k] as usize;
            k += 1;
            if self.vis_s[t] != phase
                && self.done[t] == phase
                && sol.pi_p[p] - i64::from(sol.cost[t]) - sol.pi_s[t] == 0
            {
                found = Some(t);
                break;
            }
        }
        self.slot_ptr[p] = k as u32;
        match found {
            Some(t) => {
                self.vis_s[t] = phase;
                self.path.push(t as u32);
                self.iters.push(self.net.adj_off[t]);
                true
            }
            None => {
                self.dead_p[p] = phase;
                self.on_path[p] = false;
                false
            }
        }
    }

    /// Applies the path `s0, p1, t1, p2, …, pk` (pk has room): each student moves to the next
    /// placement on the path, taking the slot of the student she displaces, and pk gains a
    /// seat in use. The moved students may be used again in this phase from their new slots.
    fn augment(&mut self) {
        let (n, path, iters) = (self.n, &self.path, &self.iters);
        let sol = &mut self.sol;
        for i in (0..path.len()).step_by(2) {
            let s = path[i] as usize;
            let p = path[i + 1] as usize - n;
            let arc = iters[i] as usize - 1;
            let slot = match path.get(i + 2) {
                Some(&next) => {
                    // p's current-slot pointer has just passed `next`'s slot: step back so
                    // this phase can go on from s there.
                    self.slot_ptr[p] -= 1;
                    self.slot_pos[next as usize]
                }
                None => {
                    let k = sol.slot_off[p] + sol.load[p];
                    sol.load[p] += 1;
                    k
                }
            };
            sol.slot[slot as usize] = s as u32;
            self.slot_pos[s] = slot;
            sol.place[s] = p as u32;
            sol.cost[s] = self.net.adj_cost[arc];
            self.on_path[p] = false;
            self.vis_s[s] = 0;
        }
    }
}
