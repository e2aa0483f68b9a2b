//! Stable mode: student-proposing deferred acceptance over units, where each placement admits
//! strictly in its priority order (see the crate docs for the rule and its guarantees).

use crate::instance::{Instance, NONE};
use crate::units::Units;

/// Max-heaps of `(priority << 32) | unit` keys, one per placement, stored back to back.
struct Heaps {
    off: Vec<u32>,
    len: Vec<u32>,
    data: Vec<u64>,
}

impl Heaps {
    fn new(room: &[u32]) -> Heaps {
        let mut off = Vec::with_capacity(room.len() + 1);
        let mut total = 0u32;
        off.push(0);
        for &r in room {
            total += r;
            off.push(total);
        }
        Heaps { off, len: vec![0; room.len()], data: vec![0; total as usize] }
    }

    fn push(&mut self, p: usize, key: u64) {
        let base = self.off[p] as usize;
        let heap = &mut self.data[base..self.off[p + 1] as usize];
        let mut i = self.len[p] as usize;
        self.len[p] += 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if heap[parent] >= key {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = key;
    }

    fn pop(&mut self, p: usize) -> Option<u64> {
        let n = self.len[p] as usize;
        if n == 0 {
            return None;
        }
        let base = self.off[p] as usize;
        let heap = &mut self.data[base..base + n];
        let top = heap[0];
        let last = heap[n - 1];
        let n = n - 1;
        self.len[p] = n as u32;
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            if l >= n {
                break;
            }
            let c = if l + 1 < n && heap[l + 1] > heap[l] { l + 1 } else { l };
            if heap[c] <= last {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        if n > 0 {
            heap[i] = last;
        }
        Some(top)
    }

    fn peek(&self, p: usize) -> Option<u64> {
        (self.len[p] > 0).then(|| self.data[self.off[p] as usize])
    }
}

/// The end state of deferred acceptance.
pub(crate) struct StableRun {
    /// Per unit: index (within its list) of the entry it holds, or [`NONE`].
    pub held_entry: Vec<u32>,
    /// Per placement: seats in use.
    pub load: Vec<u64>,
    /// Per placement: the unit whose turning-away set the placement's final cutoff (the
    /// highest-priority unit it turned down), or [`NONE`].
    pub cutoff_unit: Vec<u32>,
    /// Per placement: that unit's priority there, or [`NONE`].
    pub cutoff: Vec<u32>,
    heaps: Heaps,
}

impl StableRun {
    /// The lowest-priority unit held at `p`, with its priority.
    pub fn lowest_admitted(&self, p: usize) -> Option<(u32, u32)> {
        self.heaps.peek(p).map(|k| ((k >> 32) as u32, k as u32))
    }
}

pub(crate) fn run(inst: &Instance, units: &Units) -> StableRun {
    let np = inst.placement_count();
    let caps = inst.capacities();
    // Room per heap: at most capacity + 1 units at once, and never more than the units that
    // find the placement acceptable.
    let mut acceptable = vec![0u32; np];
    for u in 0..units.len() {
        for (p, pr) in units.entries(inst, u) {
            if pr != NONE {
                acceptable[p as usize] += 1;
            }
        }
    }
    let room: Vec<u32> =
        acceptable.iter().zip(caps).map(|(&a, &c)| u64::from(a).min(c.saturating_add(1)) as u32).collect();
    let mut heaps = Heaps::new(&room);
    drop(room);
    drop(acceptable);

    let nu = units.len();
    let mut next = vec![0u32; nu];
    let mut held_entry = vec![NONE; nu];
    let mut cutoff = vec![NONE; np];
    let mut cutoff_unit = vec![NONE; np];
    let mut load = vec![0u64; np];
    let mut stack: Vec<u32> = Vec::new();

    for first in 0..nu as u32 {
        stack.push(first);
        while let Some(u) = stack.pop() {
            let ui = u as usize;
            let lo = units.off[ui] as usize;
            let prio = &units.prio[lo..units.off[ui + 1] as usize];
            let places = &inst.pref_place[inst.pref_range(units.leader[ui] as usize)];
            let size = u64::from(units.size[ui]);
            let mut j = next[ui] as usize;
            let mut got = NONE;
            while j < prio.len() {
                let pr = prio[j];
                let p = places[j] as usize;
                j += 1;
                if pr >= cutoff[p] {
                    continue; // not acceptable (NONE) or behind the cutoff
                }
                heaps.push(p, (u64::from(pr) << 32) | u64::from(u));
                load[p] += size;
                if load[p] <= caps[p] {
                    got = (j - 1) as u32;
                    break;
                }
                // Over capacity: turn units away from the lowest priority up until the rest
                // fits. The last one turned away becomes the cutoff: from now on the
                // placement turns away everyone at or below its priority.
                let mut rejected_self = false;
                let mut last = 0u64;
                while load[p] > caps[p] {
                    let Some(k) = heaps.pop(p) else { break };
                    let w = k as u32;
                    load[p] -= u64::from(units.size[w as usize]);
                    last = k;
                    if w == u {
                        rejected_self = true;
                    } else {
                        held_entry[w as usize] = NONE;
                        stack.push(w);
                    }
                }
                cutoff[p] = (last >> 32) as u32;
                cutoff_unit[p] = last as u32;
                if !rejected_self {
                    got = (j - 1) as u32;
                    break;
                }
            }
            next[ui] = j as u32;
            held_entry[ui] = got;
        }
    }
    StableRun { held_entry, load, cutoff_unit, cutoff, heaps }
}

#[cfg(test)]
mod tests {
    use super::Heaps;

    #[test]
    fn heap_pops_in_descending_order() {
        let mut h = Heaps::new(&[0, 7]);
        for k in [5u64, 1, 9, 3, 7, 2, 8] {
            h.push(1, k);
        }
        assert_eq!(h.peek(1), Some(9));
        let mut out = Vec::new();
        while let Some(k) = h.pop(1) {
            out.push(k);
        }
        assert_eq!(out, vec![9, 8, 7, 5, 3, 2, 1]);
        assert_eq!(h.pop(0), None);
    }
}
