//! The kind of work: B11, C9, D6, E8 (tasks and supervision), B12 and C10 (alcohol), E7
//! (on-call duty and overtime).

use std::collections::BTreeSet;

use crate::support::*;

fn host_with(tasks: &[TaskCategory]) -> HostFacts {
    HostFacts { tasks: Some(tasks.iter().copied().collect::<BTreeSet<_>>()), ..good_host() }
}

fn check_host(age: u8, setting: Setting, host: HostFacts) -> Vec<Violation> {
    let w = Work::new(setting, vec![at(SATURDAY, "10:00", "12:00")], host);
    run(&Engine::default(), aged(age, SATURDAY), &w)
}

#[test]
fn banned_tasks_by_age_and_setting() {
    use Setting::{Internship, MasOutsideSchool as Mas};
    use TaskCategory::*;
    // (age, setting, task, rule that blocks it, or None)
    let cases = [
        (13, Mas, CashHandling, Some(RuleId::B11)),
        (14, Mas, IndependentProduction, Some(RuleId::B11)),
        (15, Mas, IndependentProduction, None),
        (15, Mas, Lifting, Some(RuleId::C9)),
        (15, Mas, MealDeliveryInTraffic, Some(RuleId::C9)),
        (14, Internship, IndustrialWork, None),
        (14, Internship, DangerousSubstances, Some(RuleId::D6)),
        (16, Mas, CashHandling, None),
        (16, Mas, HighNoise, Some(RuleId::E8)),
        (17, Internship, Overpressure, Some(RuleId::E8)),
    ];
    for (age, setting, task, rule) in cases {
        let v = check_host(age, setting, host_with(&[task]));
        let blocks: Vec<&Violation> = v.iter().filter(|x| x.check == Check::BannedTasks).collect();
        match rule {
            None => assert!(blocks.is_empty(), "{age} {task:?}: {blocks:#?}"),
            Some(rule) => {
                assert_eq!(blocks.len(), 1, "{age} {task:?}: {v:#?}");
                assert_eq!((blocks[0].rule, &blocks[0].measure), (rule, &Measure::Task { task }));
                assert_eq!(blocks[0].severity, Severity::Block);
                assert_eq!(blocks[0].period, Period::Placement { first: SATURDAY, last: SATURDAY });
            }
        }
    }
}

#[test]
fn undeclared_tasks_block_under_16_and_warn_from_16() {
    let host = HostFacts { tasks: None, ..good_host() };
    assert_eq!(
        one(&check_host(13, Setting::MasOutsideSchool, host.clone()), RuleId::B11, Check::TasksDeclared).severity,
        Severity::Block
    );
    assert_eq!(
        one(&check_host(15, Setting::MasOutsideSchool, host.clone()), RuleId::C9, Check::TasksDeclared).severity,
        Severity::Block
    );
    assert_eq!(
        one(&check_host(14, Setting::Internship, host.clone()), RuleId::D6, Check::TasksDeclared).severity,
        Severity::Warn
    );
    assert_eq!(
        one(&check_host(17, Setting::MasOutsideSchool, host), RuleId::E8, Check::TasksDeclared).severity,
        Severity::Warn
    );
}

#[test]
fn supervision_is_explicit_at_13_14_and_declared_for_a_stage() {
    let host = HostFacts { supervisor_named: false, ..good_host() };
    let v = check_host(13, Setting::MasOutsideSchool, host.clone());
    assert_eq!(one(&v, RuleId::B11, Check::SupervisorNamed).severity, Severity::Block);
    one(&v, RuleId::A6, Check::SupervisorNamed);
    let v = check_host(15, Setting::Internship, host.clone());
    assert_eq!(one(&v, RuleId::D6, Check::SupervisorNamed).severity, Severity::Warn);
    let v = check_host(15, Setting::MasOutsideSchool, host);
    none_of(&v, RuleId::C9);
    one(&v, RuleId::A6, Check::SupervisorNamed);
}

#[test]
fn risky_work_at_16_needs_expert_supervision() {
    let host = host_with(&[TaskCategory::HazardousEquipment]);
    let v = check_host(16, Setting::MasOutsideSchool, host.clone());
    let e8 = one(&v, RuleId::E8, Check::ExpertSupervision);
    assert_eq!((e8.severity, e8.measure), (Severity::Warn, Measure::Task { task: TaskCategory::HazardousEquipment }));
    none_of(&check_host(16, Setting::MasOutsideSchool, HostFacts { expert_supervision: true, ..host }), RuleId::E8);
    // Hazards on site: a warning for every age.
    let hazards = HostFacts { hazardous_tasks: true, ..good_host() };
    assert_eq!(
        one(&check_host(13, Setting::MasOutsideSchool, hazards.clone()), RuleId::B11, Check::HostHazards).measure,
        Measure::Occurs
    );
    one(&check_host(15, Setting::MasOutsideSchool, hazards.clone()), RuleId::C9, Check::HostHazards);
    assert_eq!(
        one(&check_host(17, Setting::MasOutsideSchool, hazards), RuleId::E8, Check::ExpertSupervision).measure,
        Measure::Occurs
    );
}

#[test]
fn b12_c10_no_work_where_alcohol_is_served_under_16() {
    let bar = HostFacts { alcohol_served: true, ..good_host() };
    for (age, rule) in [(13, Some(RuleId::B12)), (14, Some(RuleId::B12)), (15, Some(RuleId::C10)), (16, None)] {
        let v = check_host(age, Setting::MasOutsideSchool, bar.clone());
        match rule {
            Some(rule) => assert_eq!(one(&v, rule, Check::Alcohol).severity, Severity::Block),
            None => no_blocks(&v),
        }
    }
    // A 14-year-old on a stage at a company too.
    one(&check_host(14, Setting::Internship, bar.clone()), RuleId::B12, Check::Alcohol);
    // Vocational horeca training is the exception: a warning to confirm.
    let w = Work {
        horeca_training: true,
        ..Work::new(Setting::Internship, vec![at(SATURDAY, "10:00", "12:00")], bar.clone())
    };
    let v = run(&Engine::default(), aged(15, SATURDAY), &w);
    let c10 = one(&v, RuleId::C10, Check::Alcohol);
    assert_eq!((c10.severity, c10.measure), (Severity::Warn, Measure::Excepted));
    // The ban dates from 18 November 2024.
    let old = date!(2024 - 11 - 16);
    let w = Work::new(Setting::MasOutsideSchool, vec![at(old, "10:00", "12:00")], bar);
    none_of(&run(&Engine::default(), aged(14, old), &w), RuleId::B12);
}

#[test]
fn e7_no_on_call_duty_or_overtime() {
    let shifts = vec![
        at(SATURDAY, "10:00", "12:00").with_kind(ShiftKind::OnCall),
        at(SATURDAY, "13:00", "14:00").with_kind(ShiftKind::Overtime),
    ];
    let v = mas(aged(16, SATURDAY), shifts.clone());
    let e7 = of(&v, RuleId::E7, Check::OnCallOrOvertime);
    let kinds: Vec<&Measure> = e7.iter().map(|x| &x.measure).collect();
    assert_eq!(kinds, [&Measure::Shift { kind: ShiftKind::OnCall }, &Measure::Shift { kind: ShiftKind::Overtime }]);
    // A fortiori for younger pupils.
    assert_eq!(of(&mas(aged(14, SATURDAY), shifts), RuleId::E7, Check::OnCallOrOvertime).len(), 2);
    none_of(&mas(aged(16, SATURDAY), vec![at(SATURDAY, "10:00", "12:00")]), RuleId::E7);
}
