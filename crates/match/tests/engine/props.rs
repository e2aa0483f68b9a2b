//! Property tests against brute force on tiny instances, and against a plain reference
//! min-cost flow on medium ones.

use proptest::prelude::*;
use schakel_match::{Instance, Mode, solve};

use crate::explain::{verify_optimal, verify_stable};
use crate::support::{Model, assigned, json, tiny};

fn config() -> ProptestConfig {
    ProptestConfig { cases: 300, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    /// Singles: deferred acceptance gives a stable matching that every student weakly prefers
    /// to every stable matching (enumerated by brute force).
    #[test]
    fn stable_is_the_student_optimal_stable_matching(seed in any::<u64>(), ns in 0usize..=6, np in 1usize..=3) {
        let i = Instance::new(&tiny(seed, ns, np, false)).unwrap();
        let o = solve(&i, Mode::Stable, false);
        let m = Model::new(&i);
        let da = m.check_feasible(&o);
        prop_assert!(m.is_stable(&da), "not stable");
        let rank = |u: usize, a: &[Option<usize>]| a[u].map_or(usize::MAX, |p| m.index(u, p).unwrap());
        let mut stable_count = 0;
        for a in m.all_allocations(&[]) {
            if !m.is_stable(&a) {
                continue;
            }
            stable_count += 1;
            for u in 0..m.units.len() {
                prop_assert!(rank(u, &da) <= rank(u, &a), "a stable matching is better for unit {}", u);
            }
        }
        prop_assert!(stable_count >= 1);
    }

    /// Singles: optimal mode reaches the brute-force optimum (most placed, then least rank).
    #[test]
    fn optimal_matches_brute_force(seed in any::<u64>(), ns in 0usize..=6, np in 1usize..=3) {
        let i = Instance::new(&tiny(seed, ns, np, false)).unwrap();
        let o = solve(&i, Mode::Optimal, false);
        let m = Model::new(&i);
        let a = m.check_feasible(&o);
        let best = Model::best(&m.all_allocations(&[]), &m).unwrap();
        prop_assert_eq!(m.score(&a), best);
        prop_assert_eq!((o.placed_count(), o.total_rank()), best);
    }

    /// With groups: the groups-first rule, then optimal singles, and true explanations.
    #[test]
    fn optimal_with_groups_keeps_its_guarantees(seed in any::<u64>(), ns in 0usize..=6, np in 1usize..=3) {
        let i = Instance::new(&tiny(seed, ns, np, true)).unwrap();
        verify_optimal(&i, &solve(&i, Mode::Optimal, true));
    }

    /// Explanations of singles instances, both modes.
    #[test]
    fn explanations_are_true(seed in any::<u64>(), ns in 0usize..=6, np in 1usize..=3) {
        let i = Instance::new(&tiny(seed, ns, np, false)).unwrap();
        verify_stable(&i, &solve(&i, Mode::Stable, true));
        verify_optimal(&i, &solve(&i, Mode::Optimal, true));
    }

    /// Same input, same output; reordering placements or (without groups) students, or
    /// reformatting the JSON, changes nothing that the rules fix.
    #[test]
    fn deterministic_and_independent_of_representation(seed in any::<u64>(), ns in 0usize..=8, np in 1usize..=4, rot in 0usize..8) {
        let input = tiny(seed, ns, np, false);
        let i = Instance::new(&input).unwrap();
        for mode in [Mode::Stable, Mode::Optimal] {
            prop_assert_eq!(json(&i, mode, true), json(&i, mode, true));
        }
        let pretty = serde_json::to_vec_pretty(&input).unwrap();
        let j = Instance::from_json(&pretty).unwrap();
        for mode in [Mode::Stable, Mode::Optimal] {
            prop_assert_eq!(json(&i, mode, true), json(&j, mode, true));
        }
        let mut shuffled = input.clone();
        shuffled.placements.reverse();
        let k = ns.max(1);
        shuffled.students.rotate_left(rot % k);
        let r = Instance::new(&shuffled).unwrap();
        let by_id = |inst: &Instance, mode: Mode| {
            let o = solve(inst, mode, false);
            let mut v: Vec<(String, Option<String>)> = o
                .assignments()
                .map(|(s, p)| (s.to_string(), p.map(str::to_string)))
                .collect();
            v.sort();
            (v, o.placed_count(), o.total_rank())
        };
        // The student-optimal stable matching is unique.
        prop_assert_eq!(by_id(&i, Mode::Stable), by_id(&r, Mode::Stable));
        let (a, b) = (by_id(&i, Mode::Optimal), by_id(&r, Mode::Optimal));
        prop_assert_eq!((a.1, a.2), (b.1, b.2));
    }
}

proptest! {
    // Group configurations that exercise the cutoff rule are rarer: more cases.
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

    /// With groups: capacities, acceptability, no split, and the documented priority rule.
    #[test]
    fn stable_with_groups_keeps_its_guarantees(seed in any::<u64>(), ns in 0usize..=7, np in 1usize..=3) {
        let i = Instance::new(&tiny(seed, ns, np, true)).unwrap();
        let o = solve(&i, Mode::Stable, true);
        let m = Model::new(&i);
        m.check_respects_priorities(&m.check_feasible(&o));
        verify_stable(&i, &o);
    }
}

/// A plain successive-shortest-path min-cost flow (Bellman–Ford, one unit per augmentation),
/// as an independent reference for medium instances.
fn reference_optimum(i: &Instance) -> (usize, u64) {
    let (n, m) = (i.student_count(), i.placement_count());
    let (src, sink) = (n + m, n + m + 1);
    let nodes = n + m + 2;
    // Edges: (to, cap, cost, rev)
    let mut g: Vec<Vec<(usize, i64, i64, usize)>> = vec![Vec::new(); nodes];
    let add = |g: &mut Vec<Vec<(usize, i64, i64, usize)>>, a: usize, b: usize, cap: i64, cost: i64| {
        let (ra, rb) = (g[b].len(), g[a].len());
        g[a].push((b, cap, cost, ra));
        g[b].push((a, 0, -cost, rb));
    };
    for s in 0..n {
        add(&mut g, src, s, 1, 0);
        for (k, &p) in i.preferences(s).iter().enumerate() {
            let p = p as usize;
            if i.capacity(p) > 0 && i.position(p, s).is_some() {
                add(&mut g, s, n + p, 1, k as i64 + 1);
            }
        }
    }
    for p in 0..m {
        add(&mut g, n + p, sink, i.capacity(p).min(n as u64) as i64, 0);
    }
    let (mut flow, mut cost) = (0usize, 0i64);
    loop {
        let mut dist = vec![i64::MAX; nodes];
        let mut prev = vec![(usize::MAX, usize::MAX); nodes];
        dist[src] = 0;
        let mut changed = true;
        while changed {
            changed = false;
            for v in 0..nodes {
                if dist[v] == i64::MAX {
                    continue;
                }
                for (k, &(w, cap, c, _)) in g[v].iter().enumerate() {
                    if cap > 0 && dist[v] + c < dist[w] {
                        dist[w] = dist[v] + c;
                        prev[w] = (v, k);
                        changed = true;
                    }
                }
            }
        }
        if dist[sink] == i64::MAX {
            break;
        }
        let mut v = sink;
        while v != src {
            let (u, k) = prev[v];
            g[u][k].1 -= 1;
            let (w, r) = (g[u][k].0, g[u][k].3);
            g[w][r].1 += 1;
            v = u;
        }
        flow += 1;
        cost += dist[sink];
    }
    (flow, cost as u64)
}

#[test]
fn optimal_matches_a_reference_flow_on_generated_instances() {
    for seed in 0..6 {
        let mut params = schakel_match::generator::Params::amsterdam(seed);
        params.students = 400;
        params.placements = 40;
        params.capacity_factor = [0.6, 0.9, 1.1][seed as usize % 3];
        params.zipf_exponent = [0.8, 1.2][seed as usize % 2];
        let i = Instance::new(&schakel_match::generator::generate(&params)).unwrap();
        let o = solve(&i, Mode::Optimal, false);
        Model::new(&i).check_feasible(&o);
        assert_eq!((o.placed_count(), o.total_rank()), reference_optimum(&i), "seed {seed}");
        // And stable mode is stable there.
        let s = solve(&i, Mode::Stable, false);
        let m = Model::new(&i);
        assert!(m.is_stable(&assigned_units(&m, &assigned(&s))));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    /// Medium generated instances of varied shape: optimal mode equals the reference flow.
    #[test]
    fn optimal_matches_a_reference_flow(seed in any::<u64>(), ns in 20usize..300, np in 2usize..40,
                                        factor in 0.3f64..1.5, zipf in 0.0f64..1.5, choices in 1usize..7) {
        let mut params = schakel_match::generator::Params::amsterdam(seed);
        params.students = ns;
        params.placements = np;
        params.capacity_factor = factor;
        params.zipf_exponent = zipf;
        params.choices = choices;
        let i = Instance::new(&schakel_match::generator::generate(&params)).unwrap();
        let o = solve(&i, Mode::Optimal, false);
        Model::new(&i).check_feasible(&o);
        prop_assert_eq!((o.placed_count(), o.total_rank()), reference_optimum(&i));
    }
}

fn assigned_units(m: &Model<'_>, per_student: &[Option<usize>]) -> Vec<Option<usize>> {
    m.units.iter().map(|(leader, _, _)| per_student[*leader]).collect()
}
