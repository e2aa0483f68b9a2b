//! Paperwork: A3 (agreement before the first shift), A4 and A5 (a parent's signature), A6 (the
//! pupil's signature, a named supervisor), D1 (the stage agreement of 14–15).

use crate::support::*;

fn with_papers(age: u8, setting: Setting, papers: Papers) -> Vec<Violation> {
    let w = work(setting, vec![at(SATURDAY, "10:00", "12:00"), at(date!(2026 - 12 - 05), "10:00", "12:00")]);
    Engine::default().check(&aged(age, SATURDAY), &w, &papers, &school())
}

fn signed(date: Date) -> Agreement {
    Agreement::signed_by_all(date)
}

#[test]
fn a3_the_agreement_is_signed_by_school_and_host_on_or_before_the_first_shift() {
    let on_time = Papers { agreement: signed(SATURDAY), ..papers(SATURDAY) };
    none_of(&with_papers(13, Setting::MasOutsideSchool, on_time), RuleId::A3);
    let missing = Papers { agreement: Agreement { host_signed: None, ..signed(SATURDAY) }, ..papers(SATURDAY) };
    let a3 = one(&with_papers(13, Setting::MasOutsideSchool, missing), RuleId::A3, Check::AgreementBeforeStart);
    assert_eq!(
        (a3.measure, a3.period),
        (Measure::Missing, Period::Placement { first: SATURDAY, last: date!(2026 - 12 - 05) })
    );
    let late = Papers { agreement: Agreement { school_signed: Some(SUNDAY), ..signed(SATURDAY) }, ..papers(SATURDAY) };
    let a3 = one(&with_papers(17, Setting::Internship, late), RuleId::A3, Check::AgreementBeforeStart);
    assert_eq!(a3.measure, Measure::Late { required_by: SATURDAY, signed: SUNDAY });
    // Not for a placement inside school.
    clean(&with_papers(13, Setting::MasInsideSchool, Papers::default()));
}

#[test]
fn a4_a5_a_parent_signs_under_16_and_by_school_policy_at_16_17() {
    let no_parent = Papers { agreement: Agreement { parent_signed: None, ..signed(SATURDAY) }, ..papers(SATURDAY) };
    let a4 = one(&with_papers(15, Setting::MasOutsideSchool, no_parent.clone()), RuleId::A4, Check::ParentSignature);
    assert_eq!((a4.severity, a4.measure), (Severity::Block, Measure::Missing));
    let v = with_papers(16, Setting::MasOutsideSchool, no_parent.clone());
    none_of(&v, RuleId::A4);
    assert_eq!(one(&v, RuleId::A5, Check::ParentSignature).severity, Severity::Warn);
    // A school that does not ask it.
    let engine = with_options(Options { parent_signature_16_17: false, ..Options::default() });
    let w = work(Setting::MasOutsideSchool, vec![at(SATURDAY, "10:00", "12:00")]);
    none_of(&engine.check(&aged(16, SATURDAY), &w, &no_parent, &school()), RuleId::A5);
    // The age at the first shift decides: 15 then, 16 later, still needs the parent (A4).
    let pupil = Pupil::born_on(date!(2010 - 12 - 01));
    let w = work(
        Setting::MasOutsideSchool,
        vec![at(SATURDAY, "10:00", "12:00"), at(date!(2026 - 12 - 05), "10:00", "12:00")],
    );
    let v = Engine::default().check(&pupil, &w, &no_parent, &school());
    one(&v, RuleId::A4, Check::ParentSignature);
    none_of(&v, RuleId::A5);
}

#[test]
fn a6_the_pupil_signs_too() {
    let no_pupil = Papers { agreement: Agreement { pupil_signed: None, ..signed(SATURDAY) }, ..papers(SATURDAY) };
    let a6 = one(&with_papers(18, Setting::MasOutsideSchool, no_pupil), RuleId::A6, Check::PupilSignature);
    assert_eq!(a6.severity, Severity::Block);
}

#[test]
fn d1_a_stage_at_14_15_needs_the_agreement_signed_by_a_parent() {
    let none = Papers { agreement: Agreement::default(), ..papers(SATURDAY) };
    let v = with_papers(14, Setting::Internship, none);
    one(&v, RuleId::D1, Check::AgreementBeforeStart);
    one(&v, RuleId::D1, Check::ParentSignature);
    one(&v, RuleId::A6, Check::PupilSignature);
    // D1 replaces A3 and A4 here, so one missing signature gives one message.
    none_of(&v, RuleId::A3);
    none_of(&v, RuleId::A4);
    let late_parent = Papers {
        agreement: Agreement { parent_signed: Some(date!(2026 - 12 - 01)), ..signed(SATURDAY) },
        ..papers(SATURDAY)
    };
    let d1 = one(&with_papers(15, Setting::Internship, late_parent), RuleId::D1, Check::ParentSignature);
    assert_eq!(d1.measure, Measure::Late { required_by: SATURDAY, signed: date!(2026 - 12 - 01) });
}
