//! A seeded generator of realistic instances, for benchmarks and tests.
//!
//! Shape: pupils and placements at coordinates in a city-sized (or country-sized) area, with
//! clustering around centres; total capacity `capacity_factor` × pupils, spread unevenly;
//! each pupil lists `choices` distinct placements drawn by Zipf-like popularity; each
//! placement ranks exactly the pupils who listed it, nearest first, with distances rounded to
//! 100 m and ties broken by a per-pupil lottery number. Optionally a share of pupils applies in
//! small groups (the members list the same placements as the first member).
//!
//! The output depends only on the parameters (own PRNG, no platform-dependent maths beyond
//! IEEE `f64` basic operations, `ln` and `powf` for weights).

use crate::input::{GroupInput, InstanceInput, PlacementInput, StudentInput};

/// SplitMix64: a small, fast, seedable generator (deterministic on every platform).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }
}

/// Generator parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// Number of pupils.
    pub students: usize,
    /// Number of placements.
    pub placements: usize,
    /// Total capacity as a multiple of the number of pupils.
    pub capacity_factor: f64,
    /// Placements each pupil lists.
    pub choices: usize,
    /// Zipf exponent of placement popularity (0 = uniform).
    pub zipf_exponent: f64,
    /// Width and height of the area in km.
    pub area_km: (f64, f64),
    /// Number of population centres.
    pub centres: usize,
    /// Share of pupils that apply in groups (0.0 for none).
    pub group_share: f64,
    /// Largest group size (at least 2).
    pub max_group: usize,
    /// The seed.
    pub seed: u64,
}

impl Params {
    /// Amsterdam: 30,000 pupils, 3,000 placements, capacity 1.1×, 5 choices.
    pub fn amsterdam(seed: u64) -> Params {
        Params {
            students: 30_000,
            placements: 3_000,
            capacity_factor: 1.1,
            choices: 5,
            zipf_exponent: 0.8,
            area_km: (25.0, 18.0),
            centres: 12,
            group_share: 0.0,
            max_group: 4,
            seed,
        }
    }

    /// The Netherlands: 300,000 pupils, 30,000 placements, same shape.
    pub fn national(seed: u64) -> Params {
        Params {
            students: 300_000,
            placements: 30_000,
            area_km: (200.0, 300.0),
            centres: 60,
            ..Params::amsterdam(seed)
        }
    }
}

struct Area {
    w: f64,
    h: f64,
    centres: Vec<(f64, f64)>,
}

impl Area {
    fn point(&self, rng: &mut Rng) -> (f64, f64) {
        if self.centres.is_empty() || rng.unit() < 0.3 {
            return (rng.unit() * self.w, rng.unit() * self.h);
        }
        let (cx, cy) = self.centres[rng.below(self.centres.len() as u64) as usize];
        // Sum of uniforms: a cheap bell shape of about 2 km spread.
        let dx = (rng.unit() + rng.unit() + rng.unit() - 1.5) * 3.0;
        let dy = (rng.unit() + rng.unit() + rng.unit() - 1.5) * 3.0;
        ((cx + dx).clamp(0.0, self.w), (cy + dy).clamp(0.0, self.h))
    }
}

/// Generates an instance. Ids are `S1…` and `P1…`, groups `G1…`.
pub fn generate(params: &Params) -> InstanceInput {
    let mut rng = Rng::new(params.seed);
    let (w, h) = params.area_km;
    let area = Area { w, h, centres: (0..params.centres).map(|_| (rng.unit() * w, rng.unit() * h)).collect() };
    let np = params.placements;
    let ns = params.students;

    // Placements: location and capacity.
    let ploc: Vec<(f64, f64)> = (0..np).map(|_| area.point(&mut rng)).collect();
    let weights: Vec<f64> = (0..np).map(|_| 1.0 - (1.0 - rng.unit()).ln() * 4.0).collect();
    let wsum: f64 = weights.iter().sum();
    let target = (params.capacity_factor * ns as f64).round() as i64;
    let mut caps: Vec<i64> = weights.iter().map(|&x| (x / wsum * target as f64).floor() as i64).collect();
    let mut short = target - caps.iter().sum::<i64>();
    let mut i = 0;
    while short > 0 && np > 0 {
        caps[i % np] += 1;
        short -= 1;
        i += 1;
    }

    // Popularity: a random order of the placements with Zipf weights.
    let mut order: Vec<usize> = (0..np).collect();
    for i in (1..np).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        order.swap(i, j);
    }
    let mut cumulative = Vec::with_capacity(np);
    let mut acc = 0.0;
    for r in 0..np {
        acc += 1.0 / ((r + 1) as f64).powf(params.zipf_exponent);
        cumulative.push(acc);
    }

    // Pupils: location, lottery number, choices; groups copy their first member's choices.
    let choices = params.choices.min(np);
    let mut sloc = Vec::with_capacity(ns);
    let mut lottery = Vec::with_capacity(ns);
    let mut prefs: Vec<Vec<u32>> = Vec::with_capacity(ns);
    let mut groups: Vec<GroupInput> = Vec::new();
    let max_group = params.max_group.max(2);
    let mean_size = (2 + max_group) as f64 / 2.0;
    let mut s = 0;
    while s < ns {
        let size = if params.group_share > 0.0 && rng.unit() < params.group_share / mean_size {
            (2 + rng.below((max_group - 1) as u64) as usize).min(ns - s)
        } else {
            1
        };
        let home = area.point(&mut rng);
        let mut list: Vec<u32> = Vec::with_capacity(choices);
        while list.len() < choices {
            let x = rng.unit() * acc;
            let r = cumulative.partition_point(|&c| c <= x).min(np - 1);
            let p = order[r] as u32;
            if !list.contains(&p) {
                list.push(p);
            }
        }
        for k in 0..size {
            let jitter = if k == 0 { 0.0 } else { 0.3 };
            sloc.push((home.0 + (rng.unit() - 0.5) * jitter, home.1 + (rng.unit() - 0.5) * jitter));
            lottery.push(rng.next_u64());
            prefs.push(list.clone());
        }
        if size >= 2 {
            groups.push(GroupInput {
                id: format!("G{}", groups.len() + 1),
                members: (s..s + size).map(|m| format!("S{}", m + 1)).collect(),
            });
        }
        s += size;
    }

    // Rankings: the applicants of each placement, nearest first (100 m steps), then lottery.
    let mut applicants: Vec<Vec<(u64, u64, u32)>> = vec![Vec::new(); np];
    for (st, list) in prefs.iter().enumerate() {
        for &p in list {
            let (px, py) = ploc[p as usize];
            let (sx, sy) = sloc[st];
            let d = ((px - sx).powi(2) + (py - sy).powi(2)).sqrt();
            let bucket = (d * 10.0).round() as u64;
            applicants[p as usize].push((bucket, lottery[st], st as u32));
        }
    }
    let placements = applicants
        .into_iter()
        .enumerate()
        .map(|(p, mut a)| {
            a.sort_unstable();
            PlacementInput {
                id: format!("P{}", p + 1),
                capacity: caps[p],
                ranking: a.iter().map(|&(_, _, st)| format!("S{}", st + 1)).collect(),
            }
        })
        .collect();
    let students = prefs
        .into_iter()
        .enumerate()
        .map(|(st, list)| StudentInput {
            id: format!("S{}", st + 1),
            preferences: list.iter().map(|&p| format!("P{}", p + 1)).collect(),
        })
        .collect();
    InstanceInput { placements, students, groups }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_instance_and_shape_holds() {
        let mut p = Params::amsterdam(7);
        p.students = 500;
        p.placements = 50;
        p.group_share = 0.1;
        let a = generate(&p);
        let b = generate(&p);
        assert_eq!(a, b);
        let c = generate(&Params { seed: 8, ..p.clone() });
        assert_ne!(a, c);
        let total: i64 = a.placements.iter().map(|x| x.capacity).sum();
        assert_eq!(total, 550);
        assert!(a.students.iter().all(|s| s.preferences.len() == 5));
        let listed: usize = a.students.iter().map(|s| s.preferences.len()).sum();
        let ranked: usize = a.placements.iter().map(|x| x.ranking.len()).sum();
        assert_eq!(listed, ranked);
        assert!(!a.groups.is_empty());
        assert!(crate::Instance::new(&a).is_ok());
    }
}
