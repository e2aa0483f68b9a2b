//! Settings and regimes (MINORS-RULES.md section 0) and the Q4 options for meeting points.

use crate::support::*;

#[test]
fn inside_school_there_are_no_working_time_rules() {
    let long = vec![at(TUESDAY, "08:00", "18:00")];
    clean(&run(&Engine::default(), aged(12, TUESDAY), &work(Setting::MasInsideSchool, long)));
}

#[test]
fn a_meeting_point_in_school_is_work_unless_the_network_says_otherwise() {
    let shifts = vec![at(TUESDAY, "15:30", "18:00")];
    let v = run(&Engine::default(), aged(12, TUESDAY), &work(Setting::MeetingPointInSchool, shifts.clone()));
    one(&v, RuleId::A1, Check::MinimumAge);
    let v = run(&Engine::default(), aged(13, TUESDAY), &work(Setting::MeetingPointInSchool, shifts.clone()));
    one(&v, RuleId::B1, Check::DailyWorkSchoolDay);
    let engine =
        with_options(Options { meeting_point_in_school: MeetingPointInSchool::AsSchoolActivity, ..Options::default() });
    clean(&run(&engine, aged(12, TUESDAY), &work(Setting::MeetingPointInSchool, shifts)));
}

#[test]
fn at_the_clients_premises_both_regimes_apply_by_default() {
    // 14, a school day: 2.5 h breaks B1 (MaS) and, with 6.5 h of lessons, D2 (stage).
    let shifts = vec![at(TUESDAY, "15:30", "18:00")];
    let v = run(&Engine::default(), aged(14, TUESDAY), &work(Setting::MeetingPointAtClient, shifts.clone()));
    one(&v, RuleId::B1, Check::DailyWorkSchoolDay);
    one(&v, RuleId::D2, Check::DailyTotalWithSchool);
    // 13: the stage gate (A2) blocks.
    one(
        &run(&Engine::default(), aged(13, TUESDAY), &work(Setting::MeetingPointAtClient, shifts.clone())),
        RuleId::A2,
        Check::MinimumAge,
    );
    let as_mas = with_options(Options { meeting_point_at_client: MeetingPointAtClient::AsMas, ..Options::default() });
    let v = run(&as_mas, aged(14, TUESDAY), &work(Setting::MeetingPointAtClient, shifts.clone()));
    none_of(&v, RuleId::D2);
    one(&v, RuleId::B1, Check::DailyWorkSchoolDay);
    let as_stage =
        with_options(Options { meeting_point_at_client: MeetingPointAtClient::AsInternship, ..Options::default() });
    let v = run(&as_stage, aged(14, TUESDAY), &work(Setting::MeetingPointAtClient, shifts));
    none_of(&v, RuleId::B1);
    one(&v, RuleId::D2, Check::DailyTotalWithSchool);
}

#[test]
fn adults_only_need_the_paperwork() {
    let v =
        run(&Engine::default(), aged(18, SUNDAY), &work(Setting::MasOutsideSchool, vec![at(SUNDAY, "05:00", "23:30")]));
    clean(&v);
}

#[test]
fn options_report_which_questions_they_relax() {
    assert!(Options::default().relaxed_questions().is_empty());
    let o = Options {
        mas_evening_until_20: true,
        internship_at_13: InternshipAt13::LightWorkOnNonSchoolDays,
        ..Options::default()
    };
    assert_eq!(o.relaxed_questions(), [OpenQuestion::Q1, OpenQuestion::Q3]);
    let json = serde_json::to_string(&o).unwrap();
    assert_eq!(serde_json::from_str::<Options>(&json).unwrap(), o);
    // Stored options from an older version miss fields: they read as the strict defaults.
    assert_eq!(serde_json::from_str::<Options>("{}").unwrap(), Options::default());
}
