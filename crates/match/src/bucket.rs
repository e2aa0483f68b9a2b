//! A monotone priority queue for Dijkstra with small integer keys (Dial's buckets).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Monotone priority queue: buckets for small keys, a binary heap beyond.
pub(crate) struct BucketQueue {
    buckets: Vec<Vec<u32>>,
    cur: usize,
    in_buckets: usize,
    far: BinaryHeap<Reverse<(u64, u32)>>,
}

const BUCKETS: usize = 1 << 12;

impl BucketQueue {
    pub(crate) fn new() -> Self {
        BucketQueue {
            buckets: (0..BUCKETS).map(|_| Vec::new()).collect(),
            cur: 0,
            in_buckets: 0,
            far: BinaryHeap::new(),
        }
    }

    pub(crate) fn clear(&mut self) {
        if self.in_buckets > 0 {
            for b in &mut self.buckets[self.cur..] {
                b.clear();
            }
        }
        self.cur = 0;
        self.in_buckets = 0;
        self.far.clear();
    }

    pub(crate) fn push(&mut self, d: u64, v: u32) {
        if (d as usize) < BUCKETS && d as usize >= self.cur {
            self.buckets[d as usize].push(v);
            self.in_buckets += 1;
        } else {
            self.far.push(Reverse((d, v)));
        }
    }

    pub(crate) fn pop(&mut self) -> Option<(u64, u32)> {
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
