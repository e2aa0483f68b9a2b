//! Explanations: every reason's claim is checked against the outcome (stable mode) or against
//! brute force over all allocations (optimal mode).

use schakel_match::{Instance, Mode, Outcome, Why, solve};

use crate::support::{Model, inst};

/// Stable mode: every claim of every reason holds in the final allocation.
pub fn verify_stable(i: &Instance, o: &Outcome<'_>) {
    let m = Model::new(i);
    let per_unit = m.check_feasible(o);
    for s in 0..i.student_count() {
        let e = o.explanation_of(s).expect("explanations on");
        assert_eq!(e.placement, o.placement_id_of(s));
        assert_eq!(e.rank, o.rank_of(s));
        assert_eq!(e.group, i.group_of(s).map(|g| i.group_id(g)));
        let u = m.unit_of[s];
        let list = m.list(u);
        let upto = o.rank_of(s).map_or(list.len(), |r| r as usize - 1);
        assert_eq!(e.reasons.len(), upto, "one reason per entry above the result");
        let size = m.size(u) as u64;
        for (j, r) in e.reasons.iter().enumerate() {
            let p = list[j] as usize;
            assert_eq!(r.placement, i.placement_id(p));
            assert_eq!(r.rank as usize, j + 1);
            let cap = i.capacity(p);
            let load = m.load(&per_unit, p);
            let held: Vec<usize> = (0..m.units.len()).filter(|&v| per_unit[v] == Some(p)).collect();
            let lowest = held.iter().map(|&v| m.prio(v, p).unwrap()).max();
            let check_admitted = |position: u32, lowest_id: Option<&str>, lowest_pos: Option<u32>| {
                assert!(held.iter().all(|&v| m.prio(v, p).unwrap() + 1 < position as usize));
                assert_eq!(lowest_pos, lowest.map(|x| x as u32 + 1));
                assert_eq!(lowest_id, lowest.map(|x| i.student_id(i.ranking(p)[x] as usize)));
            };
            match r.why {
                Why::NoCapacity => assert_eq!(cap, 0),
                Why::NotRanked => {
                    assert!(!m.units[u].2 && cap > 0);
                    assert_eq!(i.position(p, s), None);
                }
                Why::GroupTooLarge { size: gs, capacity } => {
                    assert!(m.units[u].2 && cap > 0 && cap < size);
                    assert_eq!((u64::from(gs), capacity), (size, cap));
                }
                Why::MemberNotRanked { member } => {
                    let mi = i.student_index(member).unwrap();
                    assert!(m.units[u].1.contains(&mi) && cap >= size);
                    assert_eq!(i.position(p, mi), None);
                }
                Why::Full { position, lowest_admitted, lowest_admitted_position } => {
                    assert!(!m.units[u].2);
                    assert_eq!(m.prio(u, p), Some(position as usize - 1));
                    assert_eq!(load, cap);
                    check_admitted(position, Some(lowest_admitted), Some(lowest_admitted_position));
                }
                Why::NotEnoughSeats {
                    position,
                    weakest_member,
                    size: gs,
                    free_seats,
                    lowest_admitted,
                    lowest_admitted_position,
                } => {
                    assert!(m.units[u].2);
                    assert_eq!(m.prio(u, p), Some(position as usize - 1));
                    assert_eq!(i.position(p, i.student_index(weakest_member).unwrap()), Some(position as usize - 1));
                    assert_eq!((u64::from(gs), free_seats), (size, cap - load));
                    assert!(free_seats < size);
                    check_admitted(position, lowest_admitted, lowest_admitted_position);
                }
                Why::StoppedByGroup { position, weakest_member, free_seats, group, group_size, group_position } => {
                    assert_eq!(m.prio(u, p), Some(position as usize - 1));
                    assert_eq!(weakest_member.is_some(), m.units[u].2);
                    assert_eq!(free_seats, cap - load);
                    assert!(free_seats >= size);
                    let g = (0..i.group_count()).find(|&g| i.group_id(g) == group).unwrap();
                    let gu = m.unit_of[i.members(g)[0] as usize];
                    assert_eq!(m.size(gu), group_size as usize);
                    assert!(u64::from(group_size) > free_seats);
                    assert_eq!(m.prio(gu, p), Some(group_position as usize - 1));
                    assert!(group_position < position);
                    assert!(m.prefers(gu, p, per_unit[gu]), "the blocking group wants p");
                    let lowest_pos = lowest.map(|x| x as u32 + 1);
                    assert!(lowest_pos.is_none_or(|l| l < position));
                }
                ref other => panic!("not a stable-mode reason: {other:?}"),
            }
        }
    }
}

/// Optimal mode: groups match the documented serial dictatorship, singles are optimal given
/// the groups, and every reason's claim is true of all allocations (brute force).
pub fn verify_optimal(i: &Instance, o: &Outcome<'_>) {
    let m = Model::new(i);
    let per_unit = m.check_feasible(o);
    // Groups first, in unit order.
    let mut remaining: Vec<u64> = (0..i.placement_count()).map(|p| i.capacity(p)).collect();
    let mut fixed = vec![None; m.units.len()];
    let mut group_free = vec![Vec::new(); m.units.len()];
    for u in 0..m.units.len() {
        if !m.units[u].2 {
            continue;
        }
        let size = m.size(u) as u64;
        let mut got = None;
        for &p in m.list(u) {
            let p = p as usize;
            group_free[u].push(remaining[p]);
            if m.prio(u, p).is_some() && remaining[p] >= size {
                remaining[p] -= size;
                got = Some(p);
                break;
            }
        }
        assert_eq!(per_unit[u], got, "groups-first rule");
        fixed[u] = Some(got);
    }
    let allocs = m.all_allocations(&fixed);
    let best = Model::best(&allocs, &m).unwrap();
    assert_eq!(m.score(&per_unit), best, "singles optimal given the groups");

    let explain = o.explanation_of(0).is_some();
    if !explain {
        return;
    }
    for s in 0..i.student_count() {
        let e = o.explanation_of(s).unwrap();
        assert_eq!((e.placement, e.rank), (o.placement_id_of(s), o.rank_of(s)));
        let u = m.unit_of[s];
        let list = m.list(u);
        let upto = o.rank_of(s).map_or(list.len(), |r| r as usize - 1);
        assert_eq!(e.reasons.len(), upto);
        for (j, r) in e.reasons.iter().enumerate() {
            let p = list[j] as usize;
            assert_eq!((r.placement, r.rank as usize), (i.placement_id(p), j + 1));
            let cap = i.capacity(p);
            let acceptable = m.prio(u, p).is_some();
            match r.why {
                Why::NoCapacity => assert_eq!(cap, 0),
                Why::NotRanked => assert!(!m.units[u].2 && cap > 0 && !acceptable),
                Why::GroupTooLarge { .. } | Why::MemberNotRanked { .. } => {
                    assert!(m.units[u].2 && !acceptable)
                }
                Why::TakenByEarlierGroups { size, free_seats } => {
                    assert!(m.units[u].2 && acceptable);
                    assert_eq!(size as usize, m.size(u));
                    assert_eq!(free_seats, group_free[u][j]);
                    assert!(free_seats < u64::from(size));
                }
                Why::TakenByGroups => {
                    assert!(!m.units[u].2 && acceptable && remaining[p] == 0);
                }
                Why::Tie | Why::RaisesTotalRank | Why::FewerPlaced => {
                    assert!(!m.units[u].2 && acceptable && remaining[p] > 0);
                    let forced: Vec<_> = allocs.iter().filter(|a| a[u] == Some(p)).cloned().collect();
                    let f = Model::best(&forced, &m);
                    let expected = match f {
                        Some(f) if f == best => Why::Tie,
                        Some(f) if f.0 == best.0 => Why::RaisesTotalRank,
                        _ => Why::FewerPlaced,
                    };
                    assert_eq!(r.why, expected, "student {s} placement {p}");
                }
                ref other => panic!("not an optimal-mode reason: {other:?}"),
            }
        }
    }
}

#[test]
fn stable_reasons_table() {
    let i = inst(
        &[("P0", 0, &["S1"]), ("P1", 1, &["S2", "S1"]), ("P2", 1, &["S2"]), ("P3", 1, &["S1"])],
        &[("S1", &["P0", "P1", "P2", "P3"]), ("S2", &["P1"])],
        &[],
    );
    let o = solve(&i, Mode::Stable, true);
    let e = o.explanation_of(0).unwrap();
    assert_eq!((e.placement, e.rank), (Some("P3"), Some(4)));
    let whys: Vec<_> = e.reasons.iter().map(|r| r.why.clone()).collect();
    assert_eq!(
        whys,
        [
            Why::NoCapacity,
            Why::Full { position: 2, lowest_admitted: "S2", lowest_admitted_position: 1 },
            Why::NotRanked,
        ]
    );
    let text = String::from_utf8(o.to_json()).unwrap();
    assert!(text.contains(r#""explanations":{"S1":{"placement":"P3","rank":4,"reasons":[{"placement":"P0","rank":1,"code":"no_capacity"},{"placement":"P1","rank":2,"code":"full","position":2,"lowest_admitted":"S2","lowest_admitted_position":1},{"placement":"P2","rank":3,"code":"not_ranked"}]},"S2":{"placement":"P1","rank":1,"reasons":[]}}"#), "{text}");
    verify_stable(&i, &o);
}

#[test]
fn optimal_reasons_table() {
    // S2 has no alternative to P1, so P1 for S1 would leave S2 unplaced. S3 and S4 are
    // interchangeable. P5 for S5 would push S6 to her third entry.
    let i = inst(
        &[
            ("P1", 1, &["S1", "S2"]),
            ("P2", 1, &["S1"]),
            ("P3", 1, &["S3", "S4"]),
            ("P4", 1, &["S3", "S4"]),
            ("P5", 1, &["S5", "S6"]),
            ("P6", 1, &["S5", "S6"]),
        ],
        &[
            ("S1", &["P1", "P2"]),
            ("S2", &["P1"]),
            ("S3", &["P3", "P4"]),
            ("S4", &["P3", "P4"]),
            ("S5", &["P5", "P6"]),
            ("S6", &["P5", "P2", "P6"]),
        ],
        &[],
    );
    let o = solve(&i, Mode::Optimal, true);
    assert_eq!((o.placed_count(), o.total_rank()), (6, 9));
    let reasons: Vec<Vec<(&str, Why<'_>)>> = (0..6)
        .map(|s| o.explanation_of(s).unwrap().reasons.iter().map(|r| (r.placement, r.why.clone())).collect())
        .collect();
    // Whichever of S3 and S4 did not get P3 is told it was a tie.
    let (tie_s3, tie_s4) = if o.placement_id_of(2) == Some("P3") {
        (vec![], vec![("P3", Why::Tie)])
    } else {
        (vec![("P3", Why::Tie)], vec![])
    };
    assert_eq!(
        reasons,
        vec![vec![("P1", Why::FewerPlaced)], vec![], tie_s3, tie_s4, vec![("P5", Why::RaisesTotalRank)], vec![],]
    );
    verify_optimal(&i, &o);
}
