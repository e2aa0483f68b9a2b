//! Hours and days per week (B3, B4, B5, C3, C4, D2, E2) and holiday weeks per year (B6, C4):
//! a school week against a holiday week, the last allowed minute and the first forbidden one.

use crate::support::*;

/// Tue, Wed, Thu 2 h and a Saturday of 6 h (with a break): 12 h on four days.
fn school_week(extra_minute: bool) -> Vec<Shift> {
    let end = if extra_minute { "15:31" } else { "15:30" };
    vec![
        at(TUESDAY, "15:30", "17:30"),
        at(WEDNESDAY, "15:30", "17:30"),
        at(THURSDAY, "15:30", "17:30"),
        at(SATURDAY, "09:00", "12:00"),
        at(SATURDAY, "12:30", end),
    ]
}

/// Five holiday days, 09:00–13:00 and 13:30 until `end`; the Friday ends `friday_end`.
fn holiday_week(end: &str, friday_end: &str) -> Vec<Shift> {
    (0..5)
        .map(|i| HOLIDAY_MONDAY + Duration::days(i))
        .flat_map(|d| {
            [
                at(d, "09:00", "13:00"),
                at(d, "13:30", if d.weekday() == time::Weekday::Friday { friday_end } else { end }),
            ]
        })
        .collect()
}

#[test]
fn b3_c3_twelve_hours_in_a_school_week() {
    for age in [13, 14, 15] {
        let (rule, check) = if age == 15 {
            (RuleId::C3, Check::WeeklyWorkSchoolWeek)
        } else {
            (RuleId::B3, Check::WeeklyWorkSchoolWeek)
        };
        no_blocks(&mas(aged(age, TUESDAY), school_week(false)));
        let v = mas(aged(age, TUESDAY), school_week(true));
        let found = one(&v, rule, check);
        assert_eq!((found.period, found.measure.clone()), (week_of(TUESDAY), minutes_over(720, 721)), "{age}");
    }
}

#[test]
fn b4_c3_holiday_weeks_allow_35_and_40_hours() {
    // 5 × 7 h = 35 h. The first minute more also breaks the 7 hours of that day (B2).
    no_blocks(&mas(aged(14, HOLIDAY_MONDAY), holiday_week("16:30", "16:30")));
    let v = mas(aged(14, HOLIDAY_MONDAY), holiday_week("16:30", "16:31"));
    assert_eq!(one(&v, RuleId::B4, Check::WeeklyWorkHolidayWeek).measure, minutes_over(2100, 2101));
    none_of(&v, RuleId::B3);
    // 15: 5 × 8 h = 40 h.
    no_blocks(&mas(aged(15, HOLIDAY_MONDAY), holiday_week("17:30", "17:30")));
    let v = mas(aged(15, HOLIDAY_MONDAY), holiday_week("17:30", "17:31"));
    assert_eq!(one(&v, RuleId::C3, Check::WeeklyWorkHolidayWeek).measure, minutes_over(2400, 2401));
    // The school-week figure of 12 h does not apply in a holiday week.
    none_of(&v, RuleId::B3);
}

#[test]
fn a_week_with_one_school_day_is_a_school_week() {
    // The autumn holiday, but Friday 16 October has lessons: the week becomes a school week.
    let mut cal = school();
    cal.set_date(date!(2026 - 10 - 16), lessons("08:30", "12:00"));
    let shifts = vec![
        at(HOLIDAY_MONDAY, "09:00", "13:00"),
        at(HOLIDAY_MONDAY, "13:30", "16:30"),
        at(date!(2026 - 10 - 13), "09:00", "14:01"),
    ];
    let w = work(Setting::MasOutsideSchool, shifts);
    let v = Engine::default().check(&aged(13, HOLIDAY_MONDAY), &w, &papers(HOLIDAY_MONDAY), &cal);
    assert_eq!(one(&v, RuleId::B3, Check::WeeklyWorkSchoolWeek).measure, minutes_over(720, 721));
    let v = Engine::default().check(&aged(13, HOLIDAY_MONDAY), &w, &papers(HOLIDAY_MONDAY), &school());
    none_of(&v, RuleId::B3);
    none_of(&v, RuleId::B4);
}

#[test]
fn b5_c4_five_working_days_a_week() {
    let five: Vec<Shift> = (0..5).map(|i| at(HOLIDAY_MONDAY + Duration::days(i), "10:00", "12:00")).collect();
    let mut six = five.clone();
    six.push(at(date!(2026 - 10 - 17), "10:00", "12:00"));
    for (age, rule) in [(13, RuleId::B5), (15, RuleId::C4)] {
        none_of(&mas(aged(age, HOLIDAY_MONDAY), five.clone()), rule);
        let v = mas(aged(age, HOLIDAY_MONDAY), six.clone());
        assert_eq!(one(&v, rule, Check::WorkDaysPerWeek).measure, Measure::CountOver { limit: 5, actual: 6 });
    }
}

/// One short shift on the Tuesday of each given week (Mondays in 2026).
fn in_weeks(mondays: &[Date]) -> Vec<Shift> {
    mondays.iter().map(|m| at(*m + Duration::days(1), "10:00", "12:00")).collect()
}

#[test]
fn b6_c4_holiday_weeks_per_year_and_in_a_row() {
    let spring = date!(2026 - 02 - 23);
    let may = date!(2026 - 04 - 27);
    let summer: Vec<Date> = (0..6).map(|i| date!(2026 - 07 - 06) + Duration::weeks(i)).collect();
    let autumn = HOLIDAY_MONDAY;
    let pupil13 = Pupil::born_on(date!(2013 - 01 - 01));
    // Four holiday weeks, at most three in a row: allowed at 13.
    none_of(&mas(pupil13, in_weeks(&[spring, may, summer[0], summer[1]])), RuleId::B6);
    // Three in a row, then a fourth: the fourth in a row is too many, and the fifth of the year.
    let v = mas(pupil13, in_weeks(&[spring, may, summer[0], summer[1], summer[2]]));
    let year = one(&v, RuleId::B6, Check::HolidayWeeksPerYear);
    assert_eq!((year.period, year.measure.clone()), (week_of(summer[2]), Measure::CountOver { limit: 4, actual: 5 }));
    none_of(&of(&v, RuleId::B6, Check::ConsecutiveHolidayWeeks), RuleId::B6);
    let v = mas(pupil13, in_weeks(&summer[0..4]));
    let row = one(&v, RuleId::B6, Check::ConsecutiveHolidayWeeks);
    assert_eq!((row.period, row.measure.clone()), (week_of(summer[3]), Measure::CountOver { limit: 3, actual: 4 }));
    // At 15: six a year, four in a row.
    let pupil15 = Pupil::born_on(date!(2011 - 01 - 01));
    let mut weeks = vec![spring, may];
    weeks.extend(&summer[0..4]);
    none_of(&mas(pupil15, in_weeks(&weeks)), RuleId::C4);
    weeks.push(autumn);
    let v = mas(pupil15, in_weeks(&weeks));
    assert_eq!(one(&v, RuleId::C4, Check::HolidayWeeksPerYear).measure, Measure::CountOver { limit: 6, actual: 7 });
    let v = mas(pupil15, in_weeks(&summer[0..5]));
    assert_eq!(one(&v, RuleId::C4, Check::ConsecutiveHolidayWeeks).measure, Measure::CountOver { limit: 4, actual: 5 });
}

#[test]
fn d2_35_hours_a_week_with_school_for_a_stage() {
    // Lessons Mon–Fri 6.5 h = 32.5 h; a 2.5 h Saturday makes 35 h.
    let monday = date!(2026 - 11 - 23);
    none_of(&internship(aged(14, monday), vec![at(SATURDAY, "09:00", "11:30")]), RuleId::D2);
    let v = internship(aged(14, monday), vec![at(SATURDAY, "09:00", "11:31")]);
    let d2 = one(&v, RuleId::D2, Check::WeeklyTotalWithSchool);
    assert_eq!((d2.period, d2.measure.clone()), (week_of(SATURDAY), minutes_over(2100, 2101)));
}

#[test]
fn e2_45_hours_a_week_and_160_in_four_weeks() {
    // 32.5 h of lessons plus 12.5 h of work = 45 h.
    let monday = date!(2026 - 11 - 23);
    let week = |sat_end: &str| {
        vec![
            at(monday, "15:30", "18:00"),
            at(TUESDAY, "15:30", "18:00"),
            at(WEDNESDAY, "15:30", "18:00"),
            at(SATURDAY, "09:00", "13:00"),
            at(SATURDAY, "13:30", sat_end),
        ]
    };
    none_of(&mas(aged(16, monday), week("14:30")), RuleId::E2);
    let v = mas(aged(16, monday), week("14:31"));
    assert_eq!(one(&v, RuleId::E2, Check::WeeklyTotalWithSchool).measure, minutes_over(2700, 2701));
    // Four school weeks of 40 h each (32.5 h lessons + 7.5 h work) make 160 h; one minute more breaks it.
    let mut shifts = Vec::new();
    for w in 0..4 {
        let sat = date!(2026 - 11 - 07) + Duration::weeks(w);
        shifts.push(at(sat, "09:00", "13:00"));
        shifts.push(at(sat, "13:30", "17:00"));
    }
    let pupil = aged(16, date!(2026 - 11 - 02));
    none_of(&mas(pupil, shifts.clone()), RuleId::E2);
    shifts.push(at(SATURDAY, "17:00", "17:01"));
    let v = mas(pupil, shifts);
    let e2 = one(&v, RuleId::E2, Check::FourWeeksWithSchool);
    assert_eq!(e2.measure, minutes_over(9600, 9601));
    assert_eq!(e2.period, Period::Weeks { first: IsoWeek::of(date!(2026 - 11 - 02)), last: IsoWeek::of(SATURDAY) });
}
