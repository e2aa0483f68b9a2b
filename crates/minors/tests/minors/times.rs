//! Start and end times: B7, C5, D3 (07:00–19:00), E3 (06:00–23:00), the 18 November 2024
//! extension to 20:00 (Q1) and 15-year-olds until 21:00 in holiday weeks (Q2).

use crate::support::*;

struct Case {
    name: &'static str,
    age: u8,
    setting: Setting,
    shift: Shift,
    rule: RuleId,
    check: Check,
    /// `Some((limit, actual))` for an expected blocking violation.
    expect: Option<(&'static str, &'static str)>,
}

#[test]
fn windows_at_the_edges() {
    use Setting::{Internship, MasOutsideSchool as Mas};
    let cases = [
        Case {
            name: "B7 07:00",
            age: 13,
            setting: Mas,
            shift: at(SATURDAY, "07:00", "09:00"),
            rule: RuleId::B7,
            check: Check::EarliestStart,
            expect: None,
        },
        Case {
            name: "B7 06:59",
            age: 13,
            setting: Mas,
            shift: at(SATURDAY, "06:59", "09:00"),
            rule: RuleId::B7,
            check: Check::EarliestStart,
            expect: Some(("07:00", "06:59")),
        },
        Case {
            name: "B7 19:00",
            age: 14,
            setting: Mas,
            shift: at(SATURDAY, "17:00", "19:00"),
            rule: RuleId::B7,
            check: Check::LatestEnd,
            expect: None,
        },
        Case {
            name: "B7 19:01",
            age: 14,
            setting: Mas,
            shift: at(SATURDAY, "17:00", "19:01"),
            rule: RuleId::B7,
            check: Check::LatestEnd,
            expect: Some(("19:00", "19:01")),
        },
        Case {
            name: "C5 19:01",
            age: 15,
            setting: Mas,
            shift: at(SATURDAY, "17:00", "19:01"),
            rule: RuleId::C5,
            check: Check::LatestEnd,
            expect: Some(("19:00", "19:01")),
        },
        Case {
            name: "C5 holiday 19:01",
            age: 15,
            setting: Mas,
            shift: at(HOLIDAY_MONDAY, "17:00", "19:01"),
            rule: RuleId::C5,
            check: Check::LatestEnd,
            expect: Some(("19:00", "19:01")),
        },
        Case {
            name: "D3 06:59",
            age: 14,
            setting: Internship,
            shift: at(SATURDAY, "06:59", "09:00"),
            rule: RuleId::D3,
            check: Check::EarliestStart,
            expect: Some(("07:00", "06:59")),
        },
        Case {
            name: "D3 19:01",
            age: 15,
            setting: Internship,
            shift: at(SATURDAY, "17:00", "19:01"),
            rule: RuleId::D3,
            check: Check::LatestEnd,
            expect: Some(("19:00", "19:01")),
        },
        Case {
            name: "E3 06:00",
            age: 16,
            setting: Mas,
            shift: at(SATURDAY, "06:00", "09:00"),
            rule: RuleId::E3,
            check: Check::EarliestStart,
            expect: None,
        },
        Case {
            name: "E3 05:59",
            age: 16,
            setting: Mas,
            shift: at(SATURDAY, "05:59", "09:00"),
            rule: RuleId::E3,
            check: Check::EarliestStart,
            expect: Some(("06:00", "05:59")),
        },
        Case {
            name: "E3 23:00",
            age: 17,
            setting: Internship,
            shift: at(SATURDAY, "19:00", "23:00"),
            rule: RuleId::E3,
            check: Check::LatestEnd,
            expect: None,
        },
        Case {
            name: "E3 23:01",
            age: 17,
            setting: Internship,
            shift: at(SATURDAY, "19:00", "23:01"),
            rule: RuleId::E3,
            check: Check::LatestEnd,
            expect: Some(("23:00", "23:01")),
        },
    ];
    for case in cases {
        let pupil = aged(case.age, case.shift.date());
        let v = run(&Engine::default(), pupil, &work(case.setting, vec![case.shift]));
        let found = of(&v, case.rule, case.check);
        match case.expect {
            None => assert!(found.is_empty(), "{}: {found:#?}", case.name),
            Some((limit, actual)) => {
                assert_eq!(found.len(), 1, "{}: {v:#?}", case.name);
                let m = &found[0].measure;
                let expected = if case.check == Check::EarliestStart {
                    Measure::StartsBefore { limit: clock(limit), actual: clock(actual) }
                } else {
                    Measure::EndsAfter { limit: clock(limit), actual: clock(actual) }
                };
                assert_eq!(*m, expected, "{}", case.name);
                assert_eq!(found[0].severity, Severity::Block, "{}", case.name);
            }
        }
    }
}

#[test]
fn night_work_past_midnight_is_reported_on_both_days() {
    let shift = Shift::overnight(SATURDAY, hm("22:00"), hm("01:00")).unwrap();
    let v = mas(aged(17, SATURDAY), vec![shift]);
    let end = one(&v, RuleId::E3, Check::LatestEnd);
    assert_eq!(
        (end.period, end.measure),
        (day(SATURDAY), Measure::EndsAfter { limit: clock("23:00"), actual: ClockTime::hm(24, 0).unwrap() })
    );
    let start = one(&v, RuleId::E3, Check::EarliestStart);
    assert_eq!(start.period, day(SUNDAY));
}

#[test]
fn q1_the_evening_extension_warns_on_days_without_school_and_needs_consent() {
    let engine = with_options(Options { mas_evening_until_20: true, ..Options::default() });
    let pupil = aged(13, SATURDAY);
    let saturday = work(Setting::MasOutsideSchool, vec![at(SATURDAY, "18:00", "19:30")]);
    // With consent: a warning only.
    let v = run(&engine, pupil, &saturday);
    let warn = one(&v, RuleId::B7, Check::EveningExtension);
    assert_eq!(
        (warn.severity, warn.measure),
        (Severity::Warn, Measure::EndsAfter { limit: clock("19:00"), actual: clock("19:30") })
    );
    no_blocks(&v);
    // Without a parent's consent: A4 blocks.
    let no_consent = Papers { extended_hours_consent: None, ..papers(SATURDAY) };
    let v = engine.check(&pupil, &saturday, &no_consent, &school());
    assert_eq!(one(&v, RuleId::A4, Check::ExtendedHoursConsent).measure, Measure::Missing);
    // 20:01 is beyond the extension: blocked against 20:00.
    let v = run(&engine, pupil, &work(Setting::MasOutsideSchool, vec![at(SATURDAY, "18:00", "20:01")]));
    let block = one(&v, RuleId::B7, Check::LatestEnd);
    assert_eq!(block.measure, Measure::EndsAfter { limit: clock("20:00"), actual: clock("20:01") });
    // On a school day the extension does not apply.
    let v = run(&engine, pupil, &work(Setting::MasOutsideSchool, vec![at(TUESDAY, "18:00", "19:30")]));
    none_of(&of(&v, RuleId::B7, Check::EveningExtension), RuleId::B7);
    assert_eq!(
        one(&v, RuleId::B7, Check::LatestEnd).measure,
        Measure::EndsAfter { limit: clock("19:00"), actual: clock("19:30") }
    );
    // Before 18 November 2024 there was no extension (16 Nov 2024 is a Saturday).
    let old = date!(2024 - 11 - 16);
    let v = run(&engine, aged(13, old), &work(Setting::MasOutsideSchool, vec![at(old, "18:00", "19:30")]));
    one(&v, RuleId::B7, Check::LatestEnd);
    none_of(&of(&v, RuleId::B7, Check::EveningExtension), RuleId::B7);
}

#[test]
fn q2_fifteen_year_olds_until_21_in_holiday_weeks_when_switched_on() {
    let shift = vec![at(HOLIDAY_MONDAY, "18:00", "21:00")];
    let pupil = aged(15, HOLIDAY_MONDAY);
    // Default: 19:00.
    one(&mas(pupil, shift.clone()), RuleId::C5, Check::LatestEnd);
    let engine = with_options(Options { age15_holiday_weeks_until_21: true, ..Options::default() });
    let v = run(&engine, pupil, &work(Setting::MasOutsideSchool, shift));
    assert_eq!(one(&v, RuleId::C5, Check::HolidayEvening).severity, Severity::Warn);
    no_blocks(&v);
    // Not in a school week, even on a Saturday.
    let v = run(&engine, aged(15, SATURDAY), &work(Setting::MasOutsideSchool, vec![at(SATURDAY, "18:00", "21:00")]));
    one(&v, RuleId::C5, Check::LatestEnd);
}
