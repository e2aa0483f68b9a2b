//! Daily rest (B8, C6, D3, E3), weekly rest (E4) and breaks (B9, C7, D4, E5).

use crate::support::*;

#[test]
fn b8_fourteen_hours_of_rest_within_24_hours() {
    let pupil = aged(13, HOLIDAY_MONDAY);
    let tuesday = HOLIDAY_MONDAY + Duration::days(1);
    // 07:00–09:00 and 15:00–17:00, then 07:00 the next day: exactly 14 hours.
    let ok =
        vec![at(HOLIDAY_MONDAY, "07:00", "09:00"), at(HOLIDAY_MONDAY, "15:00", "17:00"), at(tuesday, "07:00", "09:00")];
    none_of(&mas(pupil, ok), RuleId::B8);
    let late =
        vec![at(HOLIDAY_MONDAY, "07:00", "09:00"), at(HOLIDAY_MONDAY, "15:00", "17:01"), at(tuesday, "07:00", "09:00")];
    let v = mas(pupil, late);
    let b8 = one(&v, RuleId::B8, Check::DailyRest);
    assert_eq!((b8.period, b8.measure), (day(HOLIDAY_MONDAY), Measure::MinutesUnder { limit: 840, actual: 839 }));
}

#[test]
fn c6_twelve_hours_at_15_and_school_time_is_not_work() {
    let pupil = aged(15, HOLIDAY_MONDAY);
    let tuesday = HOLIDAY_MONDAY + Duration::days(1);
    none_of(
        &mas(
            pupil,
            vec![
                at(HOLIDAY_MONDAY, "07:00", "10:00"),
                at(HOLIDAY_MONDAY, "16:00", "19:00"),
                at(tuesday, "07:00", "08:00"),
            ],
        ),
        RuleId::C6,
    );
    let v = mas(
        pupil,
        vec![at(HOLIDAY_MONDAY, "07:00", "10:00"), at(HOLIDAY_MONDAY, "16:00", "19:00"), at(tuesday, "06:59", "08:00")],
    );
    // 06:59 also breaks C5's earliest start; the rest is 11:59.
    assert_eq!(one(&v, RuleId::C6, Check::DailyRest).measure, Measure::MinutesUnder { limit: 720, actual: 719 });
    // School days: lessons do not count for a MaS at 15.
    none_of(&mas(pupil, vec![at(TUESDAY, "17:00", "19:00"), at(WEDNESDAY, "07:00", "08:00")]), RuleId::C6);
}

#[test]
fn e3_twelve_hours_of_rest_with_school_counted() {
    let pupil = aged(16, TUESDAY);
    // Lessons start at 08:30: working until 20:30 leaves exactly 12 hours.
    none_of(&mas(pupil, vec![at(TUESDAY, "18:00", "20:30")]), RuleId::E3);
    let v = mas(pupil, vec![at(TUESDAY, "18:01", "20:31")]);
    let e3 = one(&v, RuleId::E3, Check::DailyRestWithSchool);
    assert_eq!(e3.measure, Measure::MinutesUnder { limit: 720, actual: 719 });
    // Read the other way (school time not in rest periods), only work counts.
    let engine = with_options(Options { school_time_in_rest_periods: false, ..Options::default() });
    none_of(&run(&engine, pupil, &work(Setting::MasOutsideSchool, vec![at(TUESDAY, "18:01", "20:31")])), RuleId::E3);
}

#[test]
fn d3_fourteen_hours_of_rest_with_school_for_a_stage() {
    let pupil = aged(14, TUESDAY);
    // Lessons 08:30–15:00 and a stage hour until 16:30 leave 16 hours: fine.
    none_of(&internship(pupil, vec![at(TUESDAY, "15:30", "16:00")]), RuleId::D3);
    // A Monday stage day 07:00–… in a holiday week, then back at 07:00 on Tuesday.
    let mon = HOLIDAY_MONDAY;
    let tue = mon + Duration::days(1);
    let v = internship(
        aged(14, mon),
        vec![at(mon, "07:00", "10:00"), at(mon, "14:00", "17:01"), at(tue, "07:00", "08:00")],
    );
    assert_eq!(
        one(&v, RuleId::D3, Check::DailyRestWithSchool).measure,
        Measure::MinutesUnder { limit: 840, actual: 839 }
    );
}

#[test]
fn e4_thirty_six_hours_of_weekly_rest_with_school() {
    let pupil = aged(16, TUESDAY);
    // Saturday only: from Saturday 18:00 to Monday 08:30 is 38.5 hours.
    none_of(&mas(pupil, vec![at(SATURDAY, "10:00", "14:00"), at(SATURDAY, "14:30", "18:00")]), RuleId::E4);
    // Saturday and Sunday with school all week: no 36-hour rest anywhere.
    let v = mas(pupil, vec![at(SATURDAY, "10:00", "14:00"), at(SUNDAY, "10:00", "14:00")]);
    let e4 = one(&v, RuleId::E4, Check::WeeklyRestWithSchool);
    assert_eq!(e4.severity, Severity::Block);
    assert!(matches!(e4.measure, Measure::MinutesUnder { limit: 2160, actual } if actual < 2160));
    // The same weekend in the middle of the summer holiday leaves days of rest on both sides.
    let sat = date!(2026 - 07 - 18);
    none_of(
        &mas(aged(16, sat), vec![at(sat, "10:00", "14:00"), at(sat + Duration::days(1), "10:00", "14:00")]),
        RuleId::E4,
    );
}

#[test]
fn breaks_after_four_and_a_half_hours_for_every_age() {
    for (age, setting, rule) in [
        (13, Setting::MasOutsideSchool, RuleId::B9),
        (15, Setting::MasOutsideSchool, RuleId::C7),
        (14, Setting::Internship, RuleId::D4),
        (17, Setting::MasOutsideSchool, RuleId::E5),
    ] {
        let pupil = aged(age, SATURDAY);
        let check = |shifts: Vec<Shift>| run(&Engine::default(), pupil, &work(setting, shifts));
        none_of(&check(vec![at(SATURDAY, "09:00", "13:30")]), rule);
        assert_eq!(
            one(&check(vec![at(SATURDAY, "09:00", "13:31")]), rule, Check::Break).measure,
            minutes_over(270, 271)
        );
        // A pause of 29 minutes is not a break; 30 minutes is.
        let v = check(vec![at(SATURDAY, "09:00", "11:00"), at(SATURDAY, "11:29", "14:00")]);
        assert_eq!(one(&v, rule, Check::Break).measure, minutes_over(270, 271), "{rule}");
        none_of(&check(vec![at(SATURDAY, "09:00", "11:00"), at(SATURDAY, "11:30", "14:00")]), rule);
    }
}
