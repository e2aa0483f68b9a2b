//! Hours per day: B1, B2, C1, C2 (work only), D2 and E1 (school time included). Each case: the
//! last allowed minute and the first forbidden one.

use crate::support::*;

struct Case {
    name: &'static str,
    age: u8,
    setting: Setting,
    shifts: Vec<Shift>,
    rule: RuleId,
    check: Check,
    /// `None`: no violation of the rule; `Some((limit, actual))`: that violation.
    expect: Option<(u32, u32)>,
}

fn cases() -> Vec<Case> {
    use Setting::{Internship, MasOutsideSchool as Mas};
    let sat = SATURDAY;
    let hol = HOLIDAY_MONDAY;
    vec![
        // B1: 2 h on a school day, lessons not counted.
        Case {
            name: "B1 2:00",
            age: 13,
            setting: Mas,
            shifts: vec![at(TUESDAY, "15:30", "17:30")],
            rule: RuleId::B1,
            check: Check::DailyWorkSchoolDay,
            expect: None,
        },
        Case {
            name: "B1 2:01",
            age: 14,
            setting: Mas,
            shifts: vec![at(TUESDAY, "15:30", "17:31")],
            rule: RuleId::B1,
            check: Check::DailyWorkSchoolDay,
            expect: Some((120, 121)),
        },
        Case {
            name: "B1 split",
            age: 14,
            setting: Mas,
            shifts: vec![at(TUESDAY, "07:00", "08:00"), at(TUESDAY, "16:00", "17:01")],
            rule: RuleId::B1,
            check: Check::DailyWorkSchoolDay,
            expect: Some((120, 121)),
        },
        // The same hours in a holiday week are a free day: B2 (7 h) instead.
        Case {
            name: "B1 holiday",
            age: 13,
            setting: Mas,
            shifts: vec![at(hol, "15:30", "17:31")],
            rule: RuleId::B1,
            check: Check::DailyWorkSchoolDay,
            expect: None,
        },
        // B2: 7 h on a day without school.
        Case {
            name: "B2 7:00",
            age: 13,
            setting: Mas,
            shifts: vec![at(sat, "09:00", "13:00"), at(sat, "13:30", "16:30")],
            rule: RuleId::B2,
            check: Check::DailyWorkFreeDay,
            expect: None,
        },
        Case {
            name: "B2 7:01",
            age: 14,
            setting: Mas,
            shifts: vec![at(sat, "09:00", "13:00"), at(sat, "13:30", "16:31")],
            rule: RuleId::B2,
            check: Check::DailyWorkFreeDay,
            expect: Some((420, 421)),
        },
        Case {
            name: "B2 holiday 7:01",
            age: 14,
            setting: Mas,
            shifts: vec![at(hol, "09:00", "13:00"), at(hol, "13:30", "16:31")],
            rule: RuleId::B2,
            check: Check::DailyWorkFreeDay,
            expect: Some((420, 421)),
        },
        // C1 / C2: 2 h and 8 h at 15.
        Case {
            name: "C1 2:00",
            age: 15,
            setting: Mas,
            shifts: vec![at(TUESDAY, "15:30", "17:30")],
            rule: RuleId::C1,
            check: Check::DailyWorkSchoolDay,
            expect: None,
        },
        Case {
            name: "C1 2:01",
            age: 15,
            setting: Mas,
            shifts: vec![at(TUESDAY, "15:30", "17:31")],
            rule: RuleId::C1,
            check: Check::DailyWorkSchoolDay,
            expect: Some((120, 121)),
        },
        Case {
            name: "C2 8:00",
            age: 15,
            setting: Mas,
            shifts: vec![at(sat, "09:00", "13:00"), at(sat, "13:30", "17:30")],
            rule: RuleId::C2,
            check: Check::DailyWorkFreeDay,
            expect: None,
        },
        Case {
            name: "C2 8:01",
            age: 15,
            setting: Mas,
            shifts: vec![at(sat, "09:00", "13:00"), at(sat, "13:30", "17:31")],
            rule: RuleId::C2,
            check: Check::DailyWorkFreeDay,
            expect: Some((480, 481)),
        },
        // D2: 7 h a day with school (6.5 h lessons + 30 min = 7 h).
        Case {
            name: "D2 7:00",
            age: 14,
            setting: Internship,
            shifts: vec![at(TUESDAY, "15:00", "15:30")],
            rule: RuleId::D2,
            check: Check::DailyTotalWithSchool,
            expect: None,
        },
        Case {
            name: "D2 7:01",
            age: 15,
            setting: Internship,
            shifts: vec![at(TUESDAY, "15:00", "15:31")],
            rule: RuleId::D2,
            check: Check::DailyTotalWithSchool,
            expect: Some((420, 421)),
        },
        // A stage day instead of lessons counts once (work and lessons overlap).
        Case {
            name: "D2 stage day",
            age: 14,
            setting: Internship,
            shifts: vec![at(TUESDAY, "08:30", "12:30"), at(TUESDAY, "13:00", "15:30")],
            rule: RuleId::D2,
            check: Check::DailyTotalWithSchool,
            expect: None,
        },
        Case {
            name: "D2 holiday 7:01",
            age: 14,
            setting: Internship,
            shifts: vec![at(hol, "09:00", "13:00"), at(hol, "13:30", "16:31")],
            rule: RuleId::D2,
            check: Check::DailyTotalWithSchool,
            expect: Some((420, 421)),
        },
        // E1: 9 h with school (6.5 h + 2.5 h).
        Case {
            name: "E1 9:00",
            age: 16,
            setting: Mas,
            shifts: vec![at(TUESDAY, "15:30", "18:00")],
            rule: RuleId::E1,
            check: Check::DailyTotalWithSchool,
            expect: None,
        },
        Case {
            name: "E1 9:01",
            age: 17,
            setting: Mas,
            shifts: vec![at(TUESDAY, "15:30", "18:01")],
            rule: RuleId::E1,
            check: Check::DailyTotalWithSchool,
            expect: Some((540, 541)),
        },
        Case {
            name: "E1 free day 9:01",
            age: 17,
            setting: Internship,
            shifts: vec![at(sat, "08:00", "12:30"), at(sat, "13:00", "17:31")],
            rule: RuleId::E1,
            check: Check::DailyTotalWithSchool,
            expect: Some((540, 541)),
        },
    ]
}

#[test]
fn daily_hours_at_the_edges() {
    for case in cases() {
        let v =
            run(&Engine::default(), aged(case.age, case.shifts[0].date()), &work(case.setting, case.shifts.clone()));
        let found = of(&v, case.rule, case.check);
        match case.expect {
            None => assert!(found.is_empty(), "{}: expected no {}, got {found:#?}", case.name, case.rule),
            Some((limit, actual)) => {
                assert_eq!(found.len(), 1, "{}: {v:#?}", case.name);
                let date = case.shifts[0].date();
                assert_eq!(found[0].period, day(date), "{}", case.name);
                assert_eq!(found[0].measure, minutes_over(limit, actual), "{}", case.name);
                assert_eq!(found[0].severity, Severity::Block, "{}", case.name);
                assert_eq!(found[0].age, case.age, "{}", case.name);
            }
        }
    }
}

#[test]
fn unknown_lesson_times_give_one_warning_and_a_check_on_work_alone() {
    let mut cal = SchoolCalendar::unknown_times();
    cal.set_date(THURSDAY, lessons("08:30", "15:00"));
    let pupil = aged(16, TUESDAY);
    let w = work(Setting::MasOutsideSchool, vec![at(TUESDAY, "15:30", "18:01"), at(WEDNESDAY, "15:30", "18:00")]);
    let v = Engine::default().check(&pupil, &w, &papers(TUESDAY), &cal);
    let e1 = one(&v, RuleId::E1, Check::DailyTotalWithSchool);
    assert_eq!(e1.measure, Measure::SchoolTimeUnknown);
    assert_eq!(e1.severity, Severity::Warn);
    assert_eq!(e1.period, Period::Placement { first: TUESDAY, last: WEDNESDAY });
    let e2 = one(&v, RuleId::E2, Check::WeeklyTotalWithSchool);
    assert_eq!(e2.measure, Measure::SchoolTimeUnknown);
}
