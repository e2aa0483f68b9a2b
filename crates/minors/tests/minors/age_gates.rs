//! A1 and A2: minimum ages, taken on each shift date (the day before and the day of a birthday).

use crate::support::*;

/// Born 24 November 2013: 12 on 23 November 2026, 13 on the 24th.
const BORN_2013: Date = date!(2013 - 11 - 24);

#[test]
fn a1_work_outside_school_starts_at_13_on_the_birthday() {
    let pupil = Pupil::born_on(BORN_2013);
    let monday = date!(2026 - 11 - 23);
    let v = mas(pupil, vec![at(monday, "16:00", "17:00"), at(TUESDAY, "16:00", "17:00")]);
    let a1 = one(&v, RuleId::A1, Check::MinimumAge);
    assert_eq!(a1.period, day(monday), "the day before the birthday");
    assert_eq!(a1.measure, Measure::Age { minimum: 13, actual: 12 });
    assert_eq!(a1.severity, Severity::Block);
    assert_eq!(a1.ages.to_string(), "≤ 12");
    // On the birthday itself the 13–14 rules apply instead.
    assert!(v.iter().all(|x| x.rule != RuleId::A1 || x.period == day(monday)));
    no_blocks(&mas(pupil, vec![at(TUESDAY, "16:00", "17:00")]));
}

#[test]
fn a1_a_twelve_year_old_only_works_inside_school() {
    let pupil = aged(12, TUESDAY);
    let shifts = vec![at(TUESDAY, "16:00", "17:00")];
    one(&mas(pupil, shifts.clone()), RuleId::A1, Check::MinimumAge);
    clean(&run(&Engine::default(), pupil, &work(Setting::MasInsideSchool, shifts)));
}

#[test]
fn a2_a_company_placement_starts_at_14() {
    let born = date!(2012 - 11 - 24);
    let monday = date!(2026 - 11 - 23);
    let v = internship(Pupil::born_on(born), vec![at(monday, "09:00", "12:00"), at(TUESDAY, "09:00", "12:00")]);
    let a2 = one(&v, RuleId::A2, Check::MinimumAge);
    assert_eq!((a2.period, a2.measure), (day(monday), Measure::Age { minimum: 14, actual: 13 }));
    // A 12-year-old is below both gates.
    let v = internship(aged(12, TUESDAY), vec![at(TUESDAY, "09:00", "12:00")]);
    one(&v, RuleId::A1, Check::MinimumAge);
    one(&v, RuleId::A2, Check::MinimumAge);
}

#[test]
fn a2_relaxed_q3_allows_light_work_at_13_on_days_without_school_only() {
    let engine =
        with_options(Options { internship_at_13: InternshipAt13::LightWorkOnNonSchoolDays, ..Options::default() });
    let pupil = aged(13, TUESDAY);
    // A school day stays blocked.
    let v = run(&engine, pupil, &work(Setting::Internship, vec![at(TUESDAY, "15:30", "17:00")]));
    assert_eq!(one(&v, RuleId::A2, Check::SchoolDayAt13).severity, Severity::Block);
    none_of(&of(&v, RuleId::A2, Check::MinimumAge), RuleId::A2);
    // A Saturday warns and the 13–14 rules apply: more than 7 hours is B2.
    let saturday = vec![at(SATURDAY, "09:00", "13:00"), at(SATURDAY, "13:30", "16:31")];
    let v = run(&engine, pupil, &work(Setting::Internship, saturday));
    assert_eq!(one(&v, RuleId::A2, Check::LightWorkAt13).severity, Severity::Warn);
    assert_eq!(one(&v, RuleId::B2, Check::DailyWorkFreeDay).measure, minutes_over(420, 421));
    none_of(&v, RuleId::D2);
    // The strict default blocks both.
    one(&internship(pupil, vec![at(SATURDAY, "09:00", "12:00")]), RuleId::A2, Check::MinimumAge);
}

#[test]
fn ages_are_taken_per_shift_date_across_a_placement() {
    // Turns 16 on 26 November 2026: the Tuesday falls under C (15), the Thursday under E (16).
    let pupil = Pupil::born_on(date!(2010 - 11 - 26));
    let v = mas(pupil, vec![at(TUESDAY, "15:30", "18:00"), at(THURSDAY, "15:30", "18:00")]);
    let c1 = one(&v, RuleId::C1, Check::DailyWorkSchoolDay);
    assert_eq!((c1.period, c1.age), (day(TUESDAY), 15));
    // 6.5 h lessons + 2.5 h work = 9 h: within E1 on Thursday.
    none_of(&v, RuleId::E1);
    no_blocks(&v.iter().filter(|x| x.period == day(THURSDAY)).cloned().collect::<Vec<_>>());
}
