//! Property tests.
//!
//! * **Monotonicity.** Adding a shift never removes a violation of a working-time or age rule:
//!   every (rule, check, period) found before is found after. Shifts are same-day and lie
//!   between 06:00 and 23:00, so merging never moves work across midnight; the pupil's age may
//!   change inside the range (random dates of birth); any options; complete paperwork.
//! * **15 to 16.** For the same schedule, calendar, host and paperwork, a pupil who is 15 on
//!   every shift date and has no blocking violation in a MaS (or a stage), gets as a 16-year-old
//!   only blocking violations from rows whose age range excludes 15 — that is, from the 16–17
//!   rules (E1–E8) — never from a rule that also held at 15.
//! * **Determinism.** The result does not depend on the order of the shifts (under any
//!   options), and it comes sorted.

use std::collections::BTreeSet;

use proptest::prelude::*;

use crate::support::*;

/// Monday 28 September 2026: six weeks with the autumn holiday (week 42) in the middle.
const BASE: Date = date!(2026 - 09 - 28);

fn shift() -> impl Strategy<Value = Shift> {
    (0i64..42, 6 * 60u16..22 * 60, 1u16..=300).prop_map(|(day, start, len)| {
        let end = (start + len).min(23 * 60);
        let t = |m: u16| Time::from_hms((m / 60) as u8, (m % 60) as u8, 0).unwrap();
        Shift::new(BASE + Duration::days(day), t(start), t(end)).unwrap()
    })
}

/// Short daytime shifts (30 minutes to 2 hours, 07:00–19:00): schedules a 15-year-old may well
/// be allowed to work.
fn light_shift() -> impl Strategy<Value = Shift> {
    (0i64..42, 7 * 60u16..17 * 60, 30u16..=120).prop_map(|(day, start, len)| {
        let t = |m: u16| Time::from_hms((m / 60) as u8, (m % 60) as u8, 0).unwrap();
        Shift::new(BASE + Duration::days(day), t(start), t(start + len)).unwrap()
    })
}

fn setting() -> impl Strategy<Value = Setting> {
    prop_oneof![
        Just(Setting::MasOutsideSchool),
        Just(Setting::Internship),
        Just(Setting::MeetingPointAtClient),
        Just(Setting::MeetingPointInSchool),
    ]
}

fn options() -> impl Strategy<Value = Options> {
    (
        any::<[bool; 6]>(),
        prop_oneof![Just(SundayCapReading::AtMostFiveWorked), Just(SundayCapReading::AtLeastFiveFree)],
        prop_oneof![Just(InternshipAt13::Blocked), Just(InternshipAt13::LightWorkOnNonSchoolDays)],
        prop_oneof![Just(MeetingPointInSchool::AsWork), Just(MeetingPointInSchool::AsSchoolActivity)],
        prop_oneof![
            Just(MeetingPointAtClient::Strictest),
            Just(MeetingPointAtClient::AsMas),
            Just(MeetingPointAtClient::AsInternship)
        ],
    )
        .prop_map(|(b, mas_sunday_cap, internship_at_13, meeting_point_in_school, meeting_point_at_client)| {
            Options {
                mas_evening_until_20: b[0],
                mas_sunday_cap,
                age15_holiday_weeks_until_21: b[1],
                internship_at_13,
                meeting_point_in_school,
                meeting_point_at_client,
                parent_signature_16_17: b[2],
                childcare_registration_for_minors: b[3],
                ask_side_job_hours: b[4],
                school_time_in_rest_periods: b[5],
            }
        })
}

type Key = (RuleId, Check, String);

fn keys(v: &[Violation]) -> BTreeSet<Key> {
    v.iter()
        .filter(|x| matches!(x.rule.category(), RuleCategory::WorkingTime | RuleCategory::Age))
        .filter(|x| !matches!(x.measure, Measure::SchoolTimeUnknown))
        .map(|x| {
            let period = match x.period {
                Period::Placement { .. } => "placement".to_owned(),
                p => format!("{:?}", p),
            };
            (x.rule, x.check, period)
        })
        .collect()
}

fn check(pupil: Pupil, setting: Setting, shifts: Vec<Shift>) -> Vec<Violation> {
    check_with(&Engine::default(), pupil, setting, shifts)
}

fn check_with(engine: &Engine, pupil: Pupil, setting: Setting, shifts: Vec<Shift>) -> Vec<Violation> {
    engine.check(&pupil, &work(setting, shifts), &papers(BASE), &school())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, max_global_rejects: 1_000_000, ..ProptestConfig::default() })]

    #[test]
    fn adding_work_never_removes_a_violation(
        shifts in prop::collection::vec(shift(), 0..14),
        extra in shift(),
        setting in setting(),
        born_days in 12 * 365i64..18 * 365,
        options in options(),
    ) {
        let engine = with_options(options);
        let pupil = Pupil::born_on(BASE - Duration::days(born_days));
        let before = keys(&check_with(&engine, pupil, setting, shifts.clone()));
        let mut more = shifts;
        more.push(extra);
        let after = keys(&check_with(&engine, pupil, setting, more));
        let lost: Vec<&Key> = before.difference(&after).collect();
        prop_assert!(lost.is_empty(), "lost {:?}", lost);
    }

    #[test]
    fn valid_at_15_stays_valid_at_16_unless_a_16_17_rule_forbids_it(
        shifts in prop::collection::vec(light_shift(), 1..6),
        stage in any::<bool>(),
    ) {
        let setting = if stage { Setting::Internship } else { Setting::MasOutsideSchool };
        let at15 = check(Pupil::born_on(date!(2011 - 01 - 01)), setting, shifts.clone());
        prop_assume!(!at15.iter().any(Violation::is_block));
        let at16 = check(Pupil::born_on(date!(2010 - 01 - 01)), setting, shifts);
        for v in at16.iter().filter(|v| v.is_block()) {
            prop_assert!(!v.ages.contains(15), "{} {} also held at 15: {:?}", v.rule, v.check, v);
        }
    }

    #[test]
    fn the_order_of_shifts_does_not_matter(
        shifts in prop::collection::vec(shift(), 0..14),
        setting in setting(),
        age in 12u8..18,
        seed in any::<u64>(),
        options in options(),
    ) {
        let engine = with_options(options);
        let pupil = aged(age, BASE);
        let first = check_with(&engine, pupil, setting, shifts.clone());
        let mut shuffled = shifts;
        // A deterministic shuffle from the seed.
        let n = shuffled.len();
        for i in (1..n).rev() {
            let j = (seed.rotate_left(i as u32) % (i as u64 + 1)) as usize;
            shuffled.swap(i, j);
        }
        prop_assert_eq!(&first, &check_with(&engine, pupil, setting, shuffled));
        let mut sorted = first.clone();
        sorted.sort();
        prop_assert_eq!(first, sorted);
    }
}

/// The property above is not vacuous: a weekend that is fine at 15 (Sundays only warn) breaks
/// the weekly rest of a 16-year-old, whose school time counts as work (E4).
#[test]
fn a_weekend_allowed_at_15_is_blocked_at_16_by_a_16_17_rule() {
    let weekend = vec![at(SATURDAY, "10:00", "12:00"), at(SUNDAY, "10:00", "12:00")];
    let engine = Engine::default();
    let w = work(Setting::MasOutsideSchool, weekend);
    let at15 = engine.check(&Pupil::born_on(date!(2011 - 01 - 01)), &w, &papers(SATURDAY), &school());
    // At 15 the Saturday before a Sunday must be free (C8): that blocks.
    one(&at15, RuleId::C8, Check::SaturdayBeforeSunday);
    let sunday_only = work(Setting::MasOutsideSchool, vec![at(SUNDAY, "10:00", "12:00")]);
    let at15 = engine.check(&Pupil::born_on(date!(2011 - 01 - 01)), &sunday_only, &papers(SATURDAY), &school());
    no_blocks(&at15);
    let at16 = engine.check(&Pupil::born_on(date!(2010 - 01 - 01)), &w, &papers(SATURDAY), &school());
    let blocks: Vec<RuleId> = at16.iter().filter(|v| v.is_block()).map(|v| v.rule).collect();
    assert_eq!(blocks, [RuleId::E4]);
}
