//! A7 (a group placement is valid only if valid for every pupil) and vacancy checks (which
//! ages can never take a set of time slots).

use crate::support::*;

#[test]
fn a7_a_klas_1_group_with_a_twelve_year_old_cannot_go_off_site() {
    let cal = school();
    let w = work(Setting::MasOutsideSchool, vec![at(TUESDAY, "15:30", "17:00")]);
    let members = [
        GroupMember { key: "pupil-b", pupil: aged(13, TUESDAY), papers: papers(TUESDAY), calendar: &cal },
        GroupMember { key: "pupil-a", pupil: aged(12, TUESDAY), papers: papers(TUESDAY), calendar: &cal },
        GroupMember { key: "pupil-c", pupil: aged(14, TUESDAY), papers: Papers::default(), calendar: &cal },
    ];
    let report = Engine::default().check_group(&w, &members);
    assert!(!report.is_valid());
    let keys: Vec<&str> = report.members.iter().map(|m| m.key).collect();
    assert_eq!(keys, ["pupil-a", "pupil-b", "pupil-c"], "sorted by key");
    let blockers = report.blockers();
    let named: Vec<(&str, &Measure)> = blockers.iter().map(|b| (b.key, &b.violation.measure)).collect();
    assert_eq!(
        named,
        [
            ("pupil-a", &Measure::Rules { rules: vec![RuleId::A1] }),
            ("pupil-c", &Measure::Rules { rules: vec![RuleId::A3, RuleId::A4, RuleId::A6] }),
        ]
    );
    let a7 = &blockers[0].violation;
    assert_eq!((a7.rule, a7.severity, a7.age), (RuleId::A7, Severity::Block, 12));
    let message = blockers[0].message("Ayla");
    assert_eq!(message.key, "minors-A7");
    assert_eq!(message.arg("pupil"), Some(&Arg::Text("Ayla".into())));
    assert_eq!(message.arg("rules"), Some(&Arg::Text("A1".into())));
    // Without the blockers the group is valid.
    let ok = Engine::default().check_group(&w, &members[..1]);
    assert!(ok.is_valid() && ok.blockers().is_empty());
}

#[test]
fn a_sunday_evening_in_a_bar_is_closed_to_everyone_under_16() {
    let bar = HostFacts { alcohol_served: true, ..good_host() };
    let w = Work::new(Setting::MasOutsideSchool, vec![at(SUNDAY, "18:00", "21:00")], bar);
    let report = Engine::default().check_vacancy(&w, &SchoolCalendar::region_noord());
    assert_eq!(report.blocked_ages(), [12, 13, 14, 15]);
    assert_eq!(report.open_ages(), [16, 17]);
    assert_eq!(report.blocked_ranges(), [AgeRange::new(12, 15).unwrap()]);
    let at13: Vec<(RuleId, Check)> =
        report.verdict(13).unwrap().violations.iter().filter(|v| v.is_block()).map(|v| (v.rule, v.check)).collect();
    assert_eq!(at13, [(RuleId::B12, Check::Alcohol), (RuleId::B7, Check::LatestEnd)]);
    // 16 and 17 need Sunday confirmed (the region calendar has no lesson times, so the rules
    // that count school time warn that they could not be checked in full).
    let at16 = &report.verdict(16).unwrap().violations;
    no_blocks(at16);
    one(at16, RuleId::E6, Check::SundayWork);
}

#[test]
fn a_vacancy_on_a_school_afternoon_is_too_long_for_13_15_only() {
    let w = work(Setting::MasOutsideSchool, vec![at(TUESDAY, "14:00", "17:00")]);
    let report = Engine::default().check_vacancy(&w, &SchoolCalendar::region_noord());
    assert_eq!(report.blocked_ages(), [12, 13, 14, 15]);
    let at15 = &report.verdict(15).unwrap().violations;
    assert_eq!(one(at15, RuleId::C1, Check::DailyWorkSchoolDay).measure, minutes_over(120, 180));
    // With unknown lesson times 16–17 are not blocked, but E1 and E2 could not be checked in full.
    let at16 = &report.verdict(16).unwrap().violations;
    no_blocks(at16);
    assert_eq!(one(at16, RuleId::E1, Check::DailyTotalWithSchool).measure, Measure::SchoolTimeUnknown);
    // Without shifts there is nothing to check.
    let empty = work(Setting::MasOutsideSchool, vec![]);
    assert!(Engine::default().check_vacancy(&empty, &school()).blocked_ages().is_empty());
}
