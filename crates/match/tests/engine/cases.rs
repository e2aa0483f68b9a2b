//! Table-driven edge cases for both modes (singles; groups are in groups.rs).

use schakel_match::{Instance, Mode, solve};

use crate::support::{G, P, S, inst, json, pairs};

struct Case {
    name: &'static str,
    placements: &'static [P<'static>],
    students: &'static [S<'static>],
    groups: &'static [G<'static>],
    /// Expected placement per student in input order ("-" = unassigned).
    stable: &'static [&'static str],
    /// Expected (placed, total rank) in optimal mode, and the assignment when it is unique.
    optimal: (usize, u64, Option<&'static [&'static str]>),
}

const CASES: &[Case] = &[
    Case {
        name: "empty instance",
        placements: &[],
        students: &[],
        groups: &[],
        stable: &[],
        optimal: (0, 0, Some(&[])),
    },
    Case {
        name: "empty preference list and empty ranking",
        placements: &[("P1", 2, &[])],
        students: &[("S1", &[]), ("S2", &["P1"])],
        groups: &[],
        stable: &["-", "-"],
        optimal: (0, 0, Some(&["-", "-"])),
    },
    Case {
        name: "capacity 0 is never acceptable",
        placements: &[("P1", 0, &["S1"]), ("P2", 1, &["S1"])],
        students: &[("S1", &["P1", "P2"])],
        groups: &[],
        stable: &["P2"],
        optimal: (1, 2, Some(&["P2"])),
    },
    Case {
        name: "listing a placement that does not rank her",
        placements: &[("P1", 5, &["S2"]), ("P2", 1, &["S1"])],
        students: &[("S1", &["P1", "P2"]), ("S2", &["P1"])],
        groups: &[],
        stable: &["P2", "P1"],
        // Rank cost counts the unacceptable first entry: S1 pays 2.
        optimal: (2, 3, Some(&["P2", "P1"])),
    },
    Case {
        name: "ranking names a student who did not list the placement",
        placements: &[("P1", 1, &["S1", "S2"]), ("P2", 1, &["S1"])],
        students: &[("S1", &["P2"]), ("S2", &["P1"])],
        groups: &[],
        stable: &["P2", "P1"],
        optimal: (2, 2, Some(&["P2", "P1"])),
    },
    Case {
        name: "placement nobody lists stays empty",
        placements: &[("P1", 3, &["S1"]), ("P2", 1, &["S1"])],
        students: &[("S1", &["P2"])],
        groups: &[],
        stable: &["P2"],
        optimal: (1, 1, Some(&["P2"])),
    },
    Case {
        name: "priority decides a contested seat in stable mode",
        placements: &[("P1", 1, &["S2", "S1"]), ("P2", 1, &["S1", "S2"])],
        students: &[("S1", &["P1", "P2"]), ("S2", &["P1", "P2"])],
        groups: &[],
        stable: &["P2", "P1"],
        // Both allocations cost 3: equally good, either may be returned (deterministically).
        optimal: (2, 3, None),
    },
    Case {
        name: "student-optimal, not placement-optimal",
        // Placements prefer the pupil who does not prefer them; the students' first choices
        // form a stable matching.
        placements: &[("P1", 1, &["S2", "S1"]), ("P2", 1, &["S1", "S2"])],
        students: &[("S1", &["P1", "P2"]), ("S2", &["P2", "P1"])],
        groups: &[],
        stable: &["P1", "P2"],
        optimal: (2, 2, Some(&["P1", "P2"])),
    },
    Case {
        name: "rejection chain",
        placements: &[("P1", 1, &["S3", "S1", "S2"]), ("P2", 1, &["S1", "S2", "S3"]), ("P3", 1, &["S2", "S3", "S1"])],
        students: &[("S1", &["P1", "P2", "P3"]), ("S2", &["P1", "P2", "P3"]), ("S3", &["P1", "P3", "P2"])],
        groups: &[],
        stable: &["P2", "P3", "P1"],
        // Stable costs 6; S1→P1, S2→P2, S3→P3 (or S1, S2 swapped) costs 5.
        optimal: (3, 5, None),
    },
    Case {
        name: "optimal places more pupils than stable",
        // S1 has priority at P1 but can also go to P2; S2 only wants P1.
        placements: &[("P1", 1, &["S1", "S2"]), ("P2", 1, &["S1"])],
        students: &[("S1", &["P1", "P2"]), ("S2", &["P1"])],
        groups: &[],
        stable: &["P1", "-"],
        optimal: (2, 3, Some(&["P2", "P1"])),
    },
    Case {
        name: "optimal lowers total rank below stable",
        // Stable: S2 has priority at P1, S1 falls to her third entry (rank 3, total 4).
        placements: &[("P1", 1, &["S2", "S1"]), ("P2", 1, &["S1", "S2"]), ("P3", 1, &[])],
        students: &[("S1", &["P1", "P3", "P2"]), ("S2", &["P1", "P2"])],
        groups: &[],
        stable: &["P2", "P1"],
        optimal: (2, 3, Some(&["P1", "P2"])),
    },
    Case {
        name: "huge capacity",
        placements: &[("P1", 9_000_000_000, &["S1", "S2"])],
        students: &[("S1", &["P1"]), ("S2", &["P1"])],
        groups: &[],
        stable: &["P1", "P1"],
        optimal: (2, 2, Some(&["P1", "P1"])),
    },
    Case {
        name: "group of one behaves as a single",
        placements: &[("P1", 1, &["S2", "S1"]), ("P2", 1, &["S1"])],
        students: &[("S1", &["P1", "P2"]), ("S2", &["P1"])],
        groups: &[("G1", &["S1"])],
        stable: &["P2", "P1"],
        optimal: (2, 3, Some(&["P2", "P1"])),
    },
];

fn expect(case: &Case, got: Vec<(String, String)>, want: &[&str]) {
    let want: Vec<(String, String)> =
        case.students.iter().zip(want).map(|(s, p)| (s.0.to_string(), p.to_string())).collect();
    assert_eq!(got, want, "case: {}", case.name);
}

#[test]
fn table_stable() {
    for case in CASES {
        let i = inst(case.placements, case.students, case.groups);
        expect(case, pairs(&solve(&i, Mode::Stable, false)), case.stable);
    }
}

#[test]
fn table_optimal() {
    for case in CASES {
        let i = inst(case.placements, case.students, case.groups);
        let o = solve(&i, Mode::Optimal, false);
        let (placed, rank, unique) = case.optimal;
        assert_eq!((o.placed_count(), o.total_rank()), (placed, rank), "case: {}", case.name);
        if let Some(want) = unique {
            expect(case, pairs(&o), want);
        }
    }
}

#[test]
fn result_json_lists_every_student_once_in_input_order() {
    let i = inst(
        &[("P1", 1, &["S3", "S1"]), ("P2", 1, &["S1"])],
        &[("S3", &["P1"]), ("S1", &["P1", "P2"]), ("S2", &[])],
        &[],
    );
    assert_eq!(
        json(&i, Mode::Stable, false),
        "{\"assignments\":{\"S3\":\"P1\",\"S1\":\"P2\"},\"unassigned\":[\"S2\"]}\n"
    );
    let mut sink = Vec::new();
    solve(&i, Mode::Optimal, false).write_json(&mut sink).unwrap();
    assert_eq!(sink, solve(&i, Mode::Optimal, false).to_json());
}

#[test]
fn accessors_agree_with_json() {
    let i = inst(&[("P1", 1, &["S1", "S2"]), ("P2", 1, &["S2"])], &[("S1", &["P1"]), ("S2", &["P1", "P2"])], &[]);
    let o = solve(&i, Mode::Stable, true);
    let s2 = i.student_index("S2").unwrap();
    assert_eq!(o.placement_of(s2), i.placement_index("P2"));
    assert_eq!(o.placement_id_of(s2), Some("P2"));
    assert_eq!(o.rank_of(s2), Some(2));
    assert_eq!(o.rank_of(99), None);
    let e = o.explanation_of(s2).unwrap();
    assert_eq!((e.placement, e.rank), (Some("P2"), Some(2)));
    assert_eq!(o.mode(), Mode::Stable);
    assert!(solve(&i, Mode::Stable, false).explanation_of(s2).is_none());
}

#[test]
fn generated_instances_are_deterministic() {
    let mut params = schakel_match::generator::Params::amsterdam(3);
    params.students = 3000;
    params.placements = 300;
    params.group_share = 0.05;
    let text = serde_json::to_vec(&schakel_match::generator::generate(&params)).unwrap();
    let a = Instance::from_json(&text).unwrap();
    let b = Instance::from_json(&text).unwrap();
    for mode in [Mode::Stable, Mode::Optimal] {
        assert_eq!(json(&a, mode, true), json(&b, mode, true));
        assert_eq!(json(&a, mode, true), json(&a, mode, true));
    }
}
