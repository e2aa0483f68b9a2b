//! Id storage and interning: ids of one kind back to back in one string, and an
//! open-addressing table from id to dense index.

use std::hash::Hasher;

use crate::error::InstanceError;

/// Ids of one kind, stored back to back in one string.
#[derive(Debug, Default, Clone)]
pub(crate) struct Names {
    text: String,
    end: Vec<u32>,
}

impl Names {
    pub(crate) fn with_capacity(n: usize) -> Self {
        Names { text: String::with_capacity(n * 8), end: Vec::with_capacity(n) }
    }

    pub(crate) fn push(&mut self, id: &str) -> Result<(), InstanceError> {
        self.text.push_str(id);
        let end = u32::try_from(self.text.len())
            .map_err(|_| InstanceError::TooLarge { what: "bytes of ids", limit: u64::from(u32::MAX) })?;
        self.end.push(end);
        Ok(())
    }

    pub(crate) fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.end[i - 1] as usize };
        self.text.get(start..self.end[i] as usize).unwrap_or("")
    }

    pub(crate) fn len(&self) -> usize {
        self.end.len()
    }

    /// Indices sorted by id, for lookups by binary search.
    pub(crate) fn sorted(&self) -> Vec<u32> {
        let mut order: Vec<u32> = (0..self.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| self.get(a as usize).cmp(self.get(b as usize)));
        order
    }

    pub(crate) fn find(&self, order: &[u32], id: &str) -> Option<usize> {
        order.binary_search_by(|&i| self.get(i as usize).cmp(id)).ok().map(|k| order[k] as usize)
    }
}

/// Open-addressing table from id to index. Slots hold `(hash >> 32) << 32 | (index + 1)`;
/// keys are compared against the compact [`Names`] arena, so lookups touch two small arrays
/// instead of the (large) input.
pub(crate) struct Interner {
    mask: usize,
    slots: Vec<u64>,
}

fn hash_id(id: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(id.as_bytes());
    // FxHasher's low bits are weak for short keys: mix before using them as a slot index.
    let x = h.finish();
    (x ^ (x >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9)
}

impl Interner {
    /// A table for at most `n` ids (it does not grow; load stays at or below one half).
    pub(crate) fn new(n: usize) -> Interner {
        let size = (n * 2).max(8).next_power_of_two();
        Interner { mask: size - 1, slots: vec![0; size] }
    }

    /// Inserts `names[index]`; returns false when the id is already present.
    pub(crate) fn insert(&mut self, names: &Names, index: u32) -> bool {
        let id = names.get(index as usize);
        let h = hash_id(id);
        let tag = h & !0xFFFF_FFFF;
        let mut i = (h as usize) & self.mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                self.slots[i] = tag | u64::from(index + 1);
                return true;
            }
            if slot & !0xFFFF_FFFF == tag && names.get((slot as u32 - 1) as usize) == id {
                return false;
            }
            i = (i + 1) & self.mask;
        }
    }

    pub(crate) fn get(&self, names: &Names, id: &str) -> Option<u32> {
        let h = hash_id(id);
        let tag = h & !0xFFFF_FFFF;
        let mut i = (h as usize) & self.mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return None;
            }
            if slot & !0xFFFF_FFFF == tag {
                let index = slot as u32 - 1;
                if names.get(index as usize) == id {
                    return Some(index);
                }
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Interner, Names};

    #[test]
    fn interner_finds_every_id_and_rejects_duplicates() {
        let mut names = Names::with_capacity(0);
        let mut table = Interner::new(1003);
        let ids: Vec<String> = (0..1000).map(|i| format!("S{i}")).chain(["".into(), "é".into()]).collect();
        for (i, id) in ids.iter().enumerate() {
            names.push(id).unwrap();
            assert!(table.insert(&names, i as u32), "{id}");
        }
        names.push("S7").unwrap();
        assert!(!table.insert(&names, ids.len() as u32), "duplicate accepted");
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(table.get(&names, id), Some(i as u32));
            assert_eq!(names.get(i), id);
        }
        assert_eq!(table.get(&names, "S1000"), None);
        assert_eq!(table.get(&names, "s1"), None);
    }
}
