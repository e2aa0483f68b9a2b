//! Sundays: B10 and C8 (MaS: confirm the need, a parent's consent (A4), the Saturday before
//! free, a cap per 16 weeks), D5 (no Sundays in a 14–15 stage), E6 (16–17).

use crate::support::*;

/// `n` consecutive Sundays from 4 October 2026 (avoiding Saturdays).
fn sundays(n: i64) -> Vec<Shift> {
    (0..n).map(|i| at(date!(2026 - 10 - 04) + Duration::weeks(i), "10:00", "12:00")).collect()
}

#[test]
fn b10_sunday_work_warns_and_needs_a_parent_and_a_free_saturday() {
    let pupil = aged(13, SUNDAY);
    let v = mas(pupil, vec![at(SUNDAY, "10:00", "12:00")]);
    assert_eq!(one(&v, RuleId::B10, Check::SundayWork).severity, Severity::Warn);
    no_blocks(&v);
    // Without a parent's consent.
    let w = work(Setting::MasOutsideSchool, vec![at(SUNDAY, "10:00", "12:00")]);
    let v = Engine::default().check(&pupil, &w, &Papers { parent_sunday_consent: None, ..papers(SUNDAY) }, &school());
    assert_eq!(one(&v, RuleId::A4, Check::ParentSundayConsent).measure, Measure::Missing);
    // Consent given after the Sunday is late.
    let late = Papers { parent_sunday_consent: Some(NEXT_MONDAY), ..papers(SUNDAY) };
    let v = Engine::default().check(&pupil, &w, &late, &school());
    assert_eq!(
        one(&v, RuleId::A4, Check::ParentSundayConsent).measure,
        Measure::Late { required_by: SUNDAY, signed: NEXT_MONDAY }
    );
    // Working the Saturday before.
    let v = mas(pupil, vec![at(SATURDAY, "10:00", "12:00"), at(SUNDAY, "10:00", "12:00")]);
    let sat = one(&v, RuleId::B10, Check::SaturdayBeforeSunday);
    assert_eq!((sat.severity, sat.period), (Severity::Block, day(SUNDAY)));
}

#[test]
fn b10_strict_cap_is_five_sundays_in_16_weeks() {
    let pupil = aged(14, date!(2026 - 10 - 04));
    none_of(&of(&mas(pupil, sundays(5)), RuleId::B10, Check::SundaysPerWindow), RuleId::B10);
    let v = mas(pupil, sundays(6));
    let cap = one(&v, RuleId::B10, Check::SundaysPerWindow);
    let sixth = date!(2026 - 10 - 04) + Duration::weeks(5);
    assert_eq!(cap.measure, Measure::SundaysOver { limit: 5, actual: 6, weeks: 16 });
    assert_eq!(cap.period, Period::Weeks { first: IsoWeek::of(sixth).plus(-15), last: IsoWeek::of(sixth) });
    // The other reading of Q1: at least 5 free, so 11 worked.
    let engine = with_options(Options { mas_sunday_cap: SundayCapReading::AtLeastFiveFree, ..Options::default() });
    let w = |n| work(Setting::MasOutsideSchool, sundays(n));
    none_of(&of(&run(&engine, pupil, &w(11)), RuleId::B10, Check::SundaysPerWindow), RuleId::B10);
    one(&run(&engine, pupil, &w(12)), RuleId::B10, Check::SundaysPerWindow);
}

#[test]
fn c8_fifteen_year_olds_keep_five_of_16_sundays_free() {
    let pupil = aged(15, date!(2026 - 10 - 04));
    let v = mas(pupil, sundays(11));
    none_of(&of(&v, RuleId::C8, Check::SundaysPerWindow), RuleId::C8);
    assert_eq!(of(&v, RuleId::C8, Check::SundayWork).len(), 11);
    let v = mas(pupil, sundays(12));
    assert_eq!(
        one(&v, RuleId::C8, Check::SundaysPerWindow).measure,
        Measure::SundaysOver { limit: 11, actual: 12, weeks: 16 }
    );
    // Sundays more than 16 weeks apart do not count together: 12 Sundays with a gap.
    let mut spread = sundays(6);
    spread.extend((0..6).map(|i| at(date!(2027 - 02 - 07) + Duration::weeks(i), "10:00", "12:00")));
    none_of(&of(&mas(aged(15, date!(2026 - 10 - 04)), spread), RuleId::C8, Check::SundaysPerWindow), RuleId::C8);
}

#[test]
fn d5_no_sundays_in_a_stage_of_14_and_15() {
    let v = internship(aged(14, SUNDAY), vec![at(SUNDAY, "10:00", "12:00")]);
    assert_eq!(one(&v, RuleId::D5, Check::SundayForbidden).severity, Severity::Block);
    none_of(&internship(aged(14, SATURDAY), vec![at(SATURDAY, "10:00", "12:00")]), RuleId::D5);
}

#[test]
fn e6_sixteen_and_seventeen_need_their_own_consent_and_13_free_sundays() {
    let pupil = aged(16, SUNDAY);
    let w = work(Setting::MasOutsideSchool, vec![at(SUNDAY, "10:00", "12:00")]);
    let v = Engine::default().check(&pupil, &w, &papers(SUNDAY), &school());
    assert_eq!(one(&v, RuleId::E6, Check::SundayWork).severity, Severity::Warn);
    no_blocks(&v);
    let v = Engine::default().check(&pupil, &w, &Papers { pupil_sunday_consent: None, ..papers(SUNDAY) }, &school());
    assert_eq!(one(&v, RuleId::E6, Check::PupilSundayConsent).measure, Measure::Missing);
    none_of(&v, RuleId::A4);
    // 39 Sundays in 52 weeks are allowed, 40 are not.
    let run_n = |n| {
        let shifts = (0..n).map(|i| at(date!(2026 - 01 - 04) + Duration::weeks(i), "10:00", "12:00")).collect();
        mas(Pupil::born_on(date!(2009 - 12 - 01)), shifts)
    };
    none_of(&of(&run_n(39), RuleId::E6, Check::SundaysPerWindow), RuleId::E6);
    assert_eq!(
        one(&run_n(40), RuleId::E6, Check::SundaysPerWindow).measure,
        Measure::SundaysOver { limit: 39, actual: 40, weeks: 52 }
    );
}
