//! Groups: placed together or not at all, in both modes, with the documented rules.

use schakel_match::{Mode, Why, solve};

use crate::support::{Model, inst, pairs};

fn placements(o: &schakel_match::Outcome<'_>) -> Vec<String> {
    pairs(o).into_iter().map(|(_, p)| p).collect()
}

#[test]
fn group_is_placed_together_with_the_first_members_list_and_rank() {
    // S2's own list is ignored: the group uses S1's.
    let i = inst(
        &[("P1", 1, &["S1", "S2"]), ("P2", 2, &["S1", "S2"]), ("P3", 2, &["S2"])],
        &[("S1", &["P1", "P2"]), ("S2", &["P3"])],
        &[("G1", &["S1", "S2"])],
    );
    for mode in [Mode::Stable, Mode::Optimal] {
        let o = solve(&i, mode, false);
        assert_eq!(placements(&o), ["P2", "P2"], "{mode}");
        assert_eq!((o.rank_of(0), o.rank_of(1)), (Some(2), Some(2)));
        assert_eq!(o.total_rank(), 4);
    }
}

#[test]
fn group_larger_than_every_capacity_stays_unassigned() {
    let i = inst(
        &[("P1", 2, &["S1", "S2", "S3", "S4"])],
        &[("S1", &["P1"]), ("S2", &["P1"]), ("S3", &["P1"]), ("S4", &["P1"])],
        &[("G1", &["S1", "S2", "S3"])],
    );
    for mode in [Mode::Stable, Mode::Optimal] {
        let o = solve(&i, mode, true);
        assert_eq!(placements(&o), ["-", "-", "-", "P1"], "{mode}");
        let e = o.explanation_of(1).unwrap();
        assert_eq!(e.group, Some("G1"));
        assert_eq!(e.reasons[0].why, Why::GroupTooLarge { size: 3, capacity: 2 });
    }
}

#[test]
fn group_needs_every_member_ranked() {
    let i = inst(
        &[("P1", 5, &["S1"]), ("P2", 5, &["S2", "S1"])],
        &[("S1", &["P1", "P2"]), ("S2", &[])],
        &[("G1", &["S1", "S2"])],
    );
    for mode in [Mode::Stable, Mode::Optimal] {
        let o = solve(&i, mode, true);
        assert_eq!(placements(&o), ["P2", "P2"], "{mode}");
        assert_eq!(o.explanation_of(0).unwrap().reasons[0].why, Why::MemberNotRanked { member: "S2" });
    }
}

#[test]
fn stable_group_priority_is_its_lowest_ranked_member() {
    // P1 ranks S1 first but S2 last: the group (S1, S2) comes after the single S3.
    let i = inst(
        &[("P1", 2, &["S1", "S3", "S2"]), ("P2", 2, &["S1", "S2"])],
        &[("S1", &["P1", "P2"]), ("S2", &[]), ("S3", &["P1"])],
        &[("G1", &["S1", "S2"])],
    );
    let o = solve(&i, Mode::Stable, true);
    assert_eq!(placements(&o), ["P2", "P2", "P1"]);
    assert_eq!(
        o.explanation_of(1).unwrap().reasons[0].why,
        Why::NotEnoughSeats {
            position: 3,
            weakest_member: "S2",
            size: 2,
            free_seats: 1,
            lowest_admitted: Some("S3"),
            lowest_admitted_position: Some(2),
        }
    );
    Model::new(&i).check_respects_priorities(&Model::new(&i).check_feasible(&o));
}

#[test]
fn stable_admits_in_priority_order_and_stops_at_a_group_that_does_not_fit() {
    // The group G1 (S1..S3) is admitted at P1 first, then S4 (higher priority) arrives and the
    // group no longer fits: it moves on, two seats stay free, and S5 (lower priority than the
    // group) is turned away rather than passing it.
    let i = inst(
        &[("P1", 3, &["S4", "S1", "S2", "S3", "S5"]), ("P2", 3, &["S1", "S2", "S3"])],
        &[("S1", &["P1", "P2"]), ("S2", &[]), ("S3", &[]), ("S4", &["P1"]), ("S5", &["P1"])],
        &[("G1", &["S1", "S2", "S3"])],
    );
    let o = solve(&i, Mode::Stable, true);
    assert_eq!(placements(&o), ["P2", "P2", "P2", "P1", "-"]);
    assert_eq!(
        o.explanation_of(4).unwrap().reasons[0].why,
        Why::StoppedByGroup {
            position: 5,
            weakest_member: None,
            free_seats: 2,
            group: "G1",
            group_size: 3,
            group_position: 4,
        }
    );
    let m = Model::new(&i);
    m.check_respects_priorities(&m.check_feasible(&o));
}

#[test]
fn optimal_places_groups_first_in_input_order() {
    let i = inst(
        &[("P1", 3, &["S1", "S2", "S3", "S4", "S5"]), ("P2", 2, &["S3", "S4"])],
        &[("S5", &["P1"]), ("S1", &["P1"]), ("S2", &[]), ("S3", &["P1", "P2"]), ("S4", &[])],
        &[("G2", &["S3", "S4"]), ("G1", &["S1", "S2"])],
    );
    let o = solve(&i, Mode::Optimal, true);
    // G1's first member comes first among the students, so G1 picks first; S5 is single and
    // gets the seat left.
    assert_eq!(placements(&o), ["P1", "P1", "P1", "P2", "P2"]);
    assert_eq!(o.explanation_of(3).unwrap().reasons[0].why, Why::TakenByEarlierGroups { size: 2, free_seats: 1 });
}

#[test]
fn optimal_singles_lose_seats_taken_by_groups() {
    let i = inst(
        &[("P1", 2, &["S3", "S1", "S2"])],
        &[("S1", &["P1"]), ("S2", &[]), ("S3", &["P1"])],
        &[("G1", &["S1", "S2"])],
    );
    let o = solve(&i, Mode::Optimal, true);
    assert_eq!(placements(&o), ["P1", "P1", "-"]);
    assert_eq!(o.explanation_of(2).unwrap().reasons[0].why, Why::TakenByGroups);
    // Stable mode follows priority instead: S3 first, the group no longer fits.
    let o = solve(&i, Mode::Stable, false);
    assert_eq!(placements(&o), ["-", "-", "P1"]);
}
