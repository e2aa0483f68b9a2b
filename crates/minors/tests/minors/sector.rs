//! F1 (childcare register beyond 2 weeks or 60 hours) and F2 (a pupil's VOG for long
//! placements with children).

use crate::support::*;

/// Weekdays 09:00–13:00 in the summer holiday from Monday 6 July 2026, `days` calendar days
/// long (first to last shift).
fn summer(days: i64) -> Vec<Shift> {
    let first = date!(2026 - 07 - 06);
    let shifts: Vec<Shift> = (0..days)
        .map(|i| first + Duration::days(i))
        .filter(|d| d.weekday().number_days_from_monday() < 5 || *d == first + Duration::days(days - 1))
        .map(|d| at(d, "09:00", "13:00"))
        .collect();
    shifts
}

fn childcare(age: u8, shifts: Vec<Shift>, registered: Option<Date>) -> Vec<Violation> {
    let first = shifts[0].date();
    let w = Work::new(Setting::MasOutsideSchool, shifts, HostFacts { childcare: true, ..good_host() });
    let p = Papers { childcare_registration: registered, ..papers(first) };
    Engine::default().check(&aged(age, first), &w, &p, &school())
}

#[test]
fn f1_two_weeks_and_60_hours_need_no_registration() {
    // 14 days, 11 shifts of 4 h = 44 h: exempt.
    none_of(&childcare(15, summer(14), None), RuleId::F1);
    // 15 days: registration needed before the first day.
    let f1 = one(&childcare(15, summer(15), None), RuleId::F1, Check::ChildcareRegistration);
    assert_eq!(f1.severity, Severity::Block);
    assert!(matches!(f1.measure, Measure::OverThreshold { days: 15, limit_days: 14, registered: None, .. }));
    none_of(&childcare(15, summer(15), Some(date!(2026 - 07 - 06))), RuleId::F1);
    one(&childcare(15, summer(15), Some(date!(2026 - 07 - 07))), RuleId::F1, Check::ChildcareRegistration);
}

#[test]
fn f1_sixty_hours_within_two_weeks() {
    // 15 shifts of 4 h within 14 days = 60 h: exempt; one minute more is not.
    let first = date!(2026 - 07 - 06);
    let mut shifts: Vec<Shift> = (0..14).map(|i| at(first + Duration::days(i), "09:00", "13:00")).collect();
    shifts.push(at(first, "14:00", "18:00"));
    none_of(&childcare(16, shifts.clone(), None), RuleId::F1);
    shifts.push(at(first + Duration::days(13), "14:00", "14:01"));
    let f1 = one(&childcare(16, shifts, None), RuleId::F1, Check::ChildcareRegistration);
    assert!(matches!(f1.measure, Measure::OverThreshold { minutes: 3601, limit_minutes: 3600, .. }));
}

#[test]
fn f1_warns_only_when_the_network_reads_q11_the_other_way() {
    let engine = with_options(Options { childcare_registration_for_minors: false, ..Options::default() });
    let first = date!(2026 - 07 - 06);
    let w = Work::new(Setting::MasOutsideSchool, summer(15), HostFacts { childcare: true, ..good_host() });
    let unregistered = Papers { childcare_registration: None, ..papers(first) };
    let v = engine.check(&aged(15, first), &w, &unregistered, &school());
    assert_eq!(one(&v, RuleId::F1, Check::ChildcareRegistration).severity, Severity::Warn);
}

#[test]
fn f2_long_mas_placements_with_children_suggest_a_pupil_vog() {
    let host = HostFacts { works_with_children: true, ..good_host() };
    let w = Work::new(Setting::MasOutsideSchool, summer(15), host.clone());
    let first = date!(2026 - 07 - 06);
    let v = Engine::default().check(&aged(15, first), &w, &Papers { pupil_vog: None, ..papers(first) }, &school());
    assert_eq!(one(&v, RuleId::F2, Check::PupilVog).severity, Severity::Warn);
    none_of(&Engine::default().check(&aged(15, first), &w, &papers(first), &school()), RuleId::F2);
    let short = Work::new(Setting::MasOutsideSchool, summer(14), host);
    none_of(
        &Engine::default().check(&aged(15, first), &short, &Papers { pupil_vog: None, ..papers(first) }, &school()),
        RuleId::F2,
    );
}
