//! The seed rule book: MINORS-RULES.md section 1 as data.
//!
//! How each row reads its source is documented on the row. Three principles apply throughout:
//! * **Age on each shift date.** A row applies on a date when the pupil's age on that date is
//!   in its range.
//! * **Stricter by default.** Where MINORS-RULES.md marks a rule UNCERTAIN, the default row
//!   holds the stricter figure and a row with the other reading is switched on through
//!   [`Options`](crate::Options) (see [`When`]).
//! * **A fortiori.** What is banned for 16–17 (dangerous substances, overpressure, high noise,
//!   on-call duty, overtime) is treated as banned for younger pupils too; those rows are marked
//!   [`Certainty::Likely`] because the source table only lists them for 16–17.
//!
//! The set before 18 November 2024 is the current set without what that date introduced: the
//! extension to 20:00 on non-school days (B7, C5) with its parental consent (A4), and the ban on
//! under-16s in rooms where alcohol is served (B12, C10).

use std::collections::BTreeSet;

use time::macros::date;

use super::{Certainty, Check, Limit, OpenQuestion, RuleBook, RuleId, RuleRow, RuleSet, Scope, Severity, When};
use crate::age::{AGE_OPEN_END, AgeRange};
use crate::input::TaskCategory;
use crate::options::OptionFlag;
use crate::rules::SourceRef;
use crate::shift::ClockTime;

use Certainty::{Certain, Likely, Uncertain};
use Check as K;
use RuleId::*;
use Scope::{AnyWork, Internship, Mas};
use Severity::{Block, Warn};

/// The date the changed NRK took effect.
pub(crate) const NRK_2024: time::Date = date!(2024 - 11 - 18);

struct R(RuleRow);

fn row(rule: RuleId, check: Check, scope: Scope, (min, max): (u8, u8), limit: Limit, severity: Severity) -> R {
    R(RuleRow {
        rule,
        check,
        scope,
        ages: AgeRange::new(min, max).unwrap_or(AgeRange::ALL),
        limit,
        severity,
        certainty: Certain,
        sources: Vec::new(),
        question: None,
        when: When::Always,
    })
}

impl R {
    fn certainty(mut self, c: Certainty) -> R {
        self.0.certainty = c;
        self
    }
    fn src(mut self, s: &[u16]) -> R {
        self.0.sources = s.iter().map(|n| SourceRef(*n)).collect();
        self
    }
    fn question(mut self, q: OpenQuestion) -> R {
        self.0.question = Some(q);
        self
    }
    fn when(mut self, w: When) -> R {
        self.0.when = w;
        self
    }
}

const ALL: (u8, u8) = (0, AGE_OPEN_END);
const MINORS: (u8, u8) = (0, 17);

fn max_min(minutes: u32) -> Limit {
    Limit::MaxMinutes { minutes }
}
fn min_min(minutes: u32) -> Limit {
    Limit::MinMinutes { minutes }
}
fn clock(h: u16) -> Limit {
    Limit::Clock { time: ClockTime::hm(h, 0).unwrap_or(ClockTime::MIDNIGHT) }
}
fn count(count: u32) -> Limit {
    Limit::MaxCount { count }
}
fn tasks(list: &[TaskCategory]) -> Limit {
    Limit::Tasks { tasks: list.iter().copied().collect::<BTreeSet<_>>() }
}
const BREAK: Limit = Limit::Break { after: 270, pause: 30 };
const H: u32 = 60;

/// Banned for everyone under 18 (E8), and so for younger pupils.
const BANNED_UNDER_18: [TaskCategory; 3] =
    [TaskCategory::DangerousSubstances, TaskCategory::Overpressure, TaskCategory::HighNoise];

/// B11 / C9: light non-industrial work only; the banned list of (S6, S16), plus the bans for
/// 16–17 a fortiori, plus risky work (which for 16–17 needs expert supervision).
fn banned_under_16(auxiliary_only: bool) -> Limit {
    use TaskCategory::*;
    let mut list = vec![
        CashHandling,
        Lifting,
        PushingPulling,
        WorkUnderPressure,
        FixedPosture,
        PermanentPpe,
        HazardousEquipment,
        MealDeliveryInTraffic,
        IndustrialWork,
        OtherRiskyWork,
    ];
    list.extend(BANNED_UNDER_18);
    if auxiliary_only {
        list.push(IndependentProduction);
    }
    tasks(&list)
}

fn current() -> Vec<RuleRow> {
    let rows = vec![
        // ── 1a. Age gates and paperwork ──────────────────────────────────────────────────────
        // A1: no work outside school under 13; 12-year-olds only in a binnenschoolse MaS.
        row(A1, K::MinimumAge, AnyWork, (0, 12), Limit::Age { years: 13 }, Block).src(&[12, 13, 17]),
        // A2: the stage exception starts at 14. A 13-year-old is blocked unless Q3 is relaxed;
        // then school days stay blocked and other days warn.
        row(A2, K::MinimumAge, Internship, (0, 12), Limit::Age { years: 14 }, Block).src(&[15, 16]),
        row(A2, K::MinimumAge, Internship, (13, 13), Limit::Age { years: 14 }, Block)
            .src(&[15, 16])
            .question(OpenQuestion::Q3)
            .when(When::Unless(OptionFlag::InternshipAt13)),
        row(A2, K::SchoolDayAt13, Internship, (13, 13), Limit::None, Block)
            .src(&[2, 16])
            .certainty(Uncertain)
            .question(OpenQuestion::Q3)
            .when(When::If(OptionFlag::InternshipAt13)),
        row(A2, K::LightWorkAt13, Internship, (13, 13), Limit::None, Warn)
            .src(&[2, 16])
            .certainty(Uncertain)
            .question(OpenQuestion::Q3)
            .when(When::If(OptionFlag::InternshipAt13)),
        // A3: an agreement between school and host before the first shift. Legal for a 14–15
        // stage (that row is D1); school practice for the MaS and for other stages.
        row(A3, K::AgreementBeforeStart, Mas, ALL, Limit::None, Block).certainty(Likely).src(&[35]),
        row(A3, K::AgreementBeforeStart, Internship, (0, 13), Limit::None, Block).certainty(Likely).src(&[15, 35]),
        row(A3, K::AgreementBeforeStart, Internship, (16, AGE_OPEN_END), Limit::None, Block)
            .certainty(Likely)
            .src(&[35]),
        // A4: a parent signs for under-16s (for a 14–15 stage that is D1), consents to Sunday
        // work by 13–15, and to the extended evening hours of 18 Nov 2024.
        row(A4, K::ParentSignature, Mas, (0, 15), Limit::None, Block).src(&[1, 15]),
        row(A4, K::ParentSignature, Internship, (0, 13), Limit::None, Block).src(&[1, 15]),
        row(A4, K::ParentSundayConsent, Mas, (13, 15), Limit::None, Block).src(&[1, 7, 8]),
        row(A4, K::ExtendedHoursConsent, Mas, (13, 15), Limit::None, Block).src(&[7, 8]),
        // A5: a parent's signature for 16–17 is a per-school setting, on by default.
        row(A5, K::ParentSignature, AnyWork, (16, 17), Limit::None, Warn)
            .certainty(Likely)
            .src(&[36, 35])
            .question(OpenQuestion::Q6)
            .when(When::If(OptionFlag::ParentSignature16To17)),
        // A6: insurance may depend on a complete, signed agreement: the pupil's signature and a
        // named supervisor (the other signatures are A3, A4, A5, D1).
        row(A6, K::PupilSignature, AnyWork, ALL, Limit::None, Block).certainty(Likely).src(&[30]),
        row(A6, K::SupervisorNamed, AnyWork, ALL, Limit::None, Block).certainty(Likely).src(&[30, 32]),
        // A7: derived; evaluated by the group check.
        row(A7, K::GroupMember, AnyWork, ALL, Limit::None, Block),
        // ── 1b. 13–14 (MaS; also a 13-year-old at a company when Q3 is relaxed) ────────────────
        row(B1, K::DailyWorkSchoolDay, Mas, (13, 14), max_min(2 * H), Block).src(&[1, 13, 14]),
        row(B2, K::DailyWorkFreeDay, Mas, (13, 14), max_min(7 * H), Block).src(&[1, 2]),
        row(B3, K::WeeklyWorkSchoolWeek, Mas, (13, 14), max_min(12 * H), Block).src(&[1, 2]),
        row(B4, K::WeeklyWorkHolidayWeek, Mas, (13, 14), max_min(35 * H), Block).src(&[1, 2]),
        row(B5, K::WorkDaysPerWeek, Mas, (13, 14), count(5), Block).src(&[1, 2]),
        row(B6, K::HolidayWeeksPerYear, Mas, (13, 14), count(4), Block).src(&[1, 2]),
        row(B6, K::ConsecutiveHolidayWeeks, Mas, (13, 14), count(3), Block).src(&[1, 2]),
        row(B7, K::EarliestStart, Mas, (13, 14), clock(7), Block).src(&[2, 13]),
        row(B7, K::LatestEnd, Mas, (13, 14), clock(19), Block).src(&[2, 13]),
        row(B7, K::EveningExtension, Mas, (13, 14), clock(20), Warn)
            .certainty(Uncertain)
            .src(&[7, 8])
            .question(OpenQuestion::Q1)
            .when(When::If(OptionFlag::MasEveningUntil20)),
        row(B8, K::DailyRest, Mas, (13, 14), min_min(14 * H), Block).src(&[2]),
        row(B9, K::Break, Mas, (13, 14), BREAK, Block).src(&[2]),
        // B10: Sunday only when the nature of the stage requires it (a warning to confirm),
        // with a parent's consent (A4), the Saturday before free, and a cap.
        row(B10, K::SundayWork, Mas, (13, 14), Limit::None, Warn)
            .certainty(Uncertain)
            .src(&[1, 7, 8])
            .question(OpenQuestion::Q1),
        row(B10, K::SaturdayBeforeSunday, Mas, (13, 14), Limit::None, Block).src(&[1]),
        row(B10, K::SundaysPerWindow, Mas, (13, 14), Limit::PerWindow { count: 5, weeks: 16 }, Block)
            .certainty(Uncertain)
            .src(&[1, 7, 8])
            .question(OpenQuestion::Q1)
            .when(When::Unless(OptionFlag::MasSundaysAtLeastFiveFree)),
        row(B10, K::SundaysPerWindow, Mas, (13, 14), Limit::PerWindow { count: 11, weeks: 16 }, Block)
            .certainty(Uncertain)
            .src(&[1, 7, 8])
            .question(OpenQuestion::Q1)
            .when(When::If(OptionFlag::MasSundaysAtLeastFiveFree)),
        // B11: light non-industrial auxiliary work, always under (explicit) supervision.
        row(B11, K::TasksDeclared, Mas, (13, 14), Limit::None, Block).src(&[6, 16]),
        row(B11, K::BannedTasks, Mas, (13, 14), banned_under_16(true), Block).src(&[6, 16]),
        row(B11, K::SupervisorNamed, Mas, (13, 14), Limit::None, Block).src(&[6, 10, 16]),
        row(B11, K::HostHazards, Mas, (13, 14), Limit::None, Warn).certainty(Likely).src(&[6, 16]),
        // B12: under 16, no work in a room where alcohol is served (since 18 Nov 2024). Applies
        // to any work; for the MaS "likely".
        row(B12, K::Alcohol, AnyWork, (13, 14), Limit::None, Block).certainty(Likely).src(&[7, 8]),
        // B13: all work adds up. Listed under 13–14, applied to every minor because the
        // Arbeidstijdenwet adds up work for every age.
        row(B13, K::SideJobDeclared, AnyWork, (13, 17), Limit::None, Warn)
            .certainty(Likely)
            .src(&[1, 13])
            .question(OpenQuestion::Q12)
            .when(When::If(OptionFlag::AskSideJobHours)),
        row(B13, K::SideJobCombined, AnyWork, (13, 17), Limit::None, Warn).src(&[1, 13]),
        // ── 1c. 15 (MaS) ─────────────────────────────────────────────────────────────────────
        row(C1, K::DailyWorkSchoolDay, Mas, (15, 15), max_min(2 * H), Block).src(&[1, 3]),
        row(C2, K::DailyWorkFreeDay, Mas, (15, 15), max_min(8 * H), Block).src(&[1, 3]),
        row(C3, K::WeeklyWorkSchoolWeek, Mas, (15, 15), max_min(12 * H), Block).src(&[1, 3]),
        row(C3, K::WeeklyWorkHolidayWeek, Mas, (15, 15), max_min(40 * H), Block).src(&[1, 3]),
        row(C4, K::WorkDaysPerWeek, Mas, (15, 15), count(5), Block).src(&[1, 3]),
        row(C4, K::HolidayWeeksPerYear, Mas, (15, 15), count(6), Block).src(&[1, 3]),
        row(C4, K::ConsecutiveHolidayWeeks, Mas, (15, 15), count(4), Block).src(&[1, 3]),
        row(C5, K::EarliestStart, Mas, (15, 15), clock(7), Block).src(&[3]),
        row(C5, K::LatestEnd, Mas, (15, 15), clock(19), Block).src(&[3, 14]),
        row(C5, K::EveningExtension, Mas, (15, 15), clock(20), Warn)
            .certainty(Uncertain)
            .src(&[7])
            .question(OpenQuestion::Q1)
            .when(When::If(OptionFlag::MasEveningUntil20)),
        row(C5, K::HolidayEvening, Mas, (15, 15), clock(21), Warn)
            .certainty(Uncertain)
            .src(&[3, 14])
            .question(OpenQuestion::Q2)
            .when(When::If(OptionFlag::Age15HolidayWeeksUntil21)),
        row(C6, K::DailyRest, Mas, (15, 15), min_min(12 * H), Block).src(&[3]),
        row(C7, K::Break, Mas, (15, 15), BREAK, Block).src(&[3, 6]),
        row(C8, K::SundayWork, Mas, (15, 15), Limit::None, Warn).src(&[1, 3]),
        row(C8, K::SaturdayBeforeSunday, Mas, (15, 15), Limit::None, Block).src(&[1, 3]),
        row(C8, K::SundaysPerWindow, Mas, (15, 15), Limit::PerWindow { count: 11, weeks: 16 }, Block).src(&[1, 3]),
        row(C9, K::TasksDeclared, Mas, (15, 15), Limit::None, Block).src(&[6, 16]),
        row(C9, K::BannedTasks, Mas, (15, 15), banned_under_16(false), Block).src(&[6, 16]),
        row(C9, K::HostHazards, Mas, (15, 15), Limit::None, Warn).certainty(Likely).src(&[6, 16]),
        row(C10, K::Alcohol, AnyWork, (15, 15), Limit::None, Block).src(&[7]),
        // ── 1d. Beroeps-/snuffelstage at a company, 14–15 ────────────────────────────────────
        row(D1, K::AgreementBeforeStart, Internship, (14, 15), Limit::None, Block).src(&[15]),
        row(D1, K::ParentSignature, Internship, (14, 15), Limit::None, Block).src(&[15]),
        row(D2, K::DailyTotalWithSchool, Internship, (14, 15), max_min(7 * H), Block).src(&[15]),
        row(D2, K::WeeklyTotalWithSchool, Internship, (14, 15), max_min(35 * H), Block).src(&[15]),
        row(D3, K::EarliestStart, Internship, (14, 15), clock(7), Block).src(&[15]),
        row(D3, K::LatestEnd, Internship, (14, 15), clock(19), Block).src(&[15]),
        row(D3, K::DailyRestWithSchool, Internship, (14, 15), min_min(14 * H), Block).src(&[15]),
        row(D4, K::Break, Internship, (14, 15), BREAK, Block).src(&[15]),
        row(D5, K::SundayForbidden, Internship, (14, 15), Limit::None, Block).src(&[15]),
        row(D6, K::SupervisorNamed, Internship, (14, 15), Limit::None, Warn).src(&[15, 46]),
        row(D6, K::TasksDeclared, Internship, (14, 15), Limit::None, Warn).src(&[15, 46]),
        row(D6, K::BannedTasks, Internship, (14, 15), tasks(&BANNED_UNDER_18), Block).certainty(Likely).src(&[16, 46]),
        // ── 1e. Any placement, 16–17 ─────────────────────────────────────────────────────────
        row(E1, K::DailyTotalWithSchool, AnyWork, (16, 17), max_min(9 * H), Block).src(&[4, 5]),
        row(E2, K::WeeklyTotalWithSchool, AnyWork, (16, 17), max_min(45 * H), Block).src(&[4, 5]),
        row(E2, K::FourWeeksWithSchool, AnyWork, (16, 17), max_min(160 * H), Block).src(&[4, 5]),
        row(E3, K::EarliestStart, AnyWork, (16, 17), clock(6), Block).src(&[4, 5]),
        row(E3, K::LatestEnd, AnyWork, (16, 17), clock(23), Block).src(&[4, 5]),
        row(E3, K::DailyRestWithSchool, AnyWork, (16, 17), min_min(12 * H), Block).src(&[4, 5]),
        row(E4, K::WeeklyRestWithSchool, AnyWork, (16, 17), min_min(36 * H), Block).src(&[4, 5]),
        row(E5, K::Break, AnyWork, (16, 17), BREAK, Block).src(&[4, 5]),
        row(E6, K::SundayWork, AnyWork, (16, 17), Limit::None, Warn).src(&[4, 5]),
        row(E6, K::PupilSundayConsent, AnyWork, (16, 17), Limit::None, Block).src(&[4, 5]),
        row(E6, K::SundaysPerWindow, AnyWork, (16, 17), Limit::PerWindow { count: 39, weeks: 52 }, Block).src(&[4, 5]),
        row(E7, K::OnCallOrOvertime, AnyWork, (16, 17), Limit::None, Block).src(&[5]),
        row(E7, K::OnCallOrOvertime, AnyWork, (13, 15), Limit::None, Block).certainty(Likely).src(&[5]),
        row(E8, K::TasksDeclared, AnyWork, (16, 17), Limit::None, Warn).src(&[16, 46]),
        row(E8, K::BannedTasks, AnyWork, (16, 17), tasks(&BANNED_UNDER_18), Block).src(&[16, 46]),
        row(
            E8,
            K::ExpertSupervision,
            AnyWork,
            (16, 17),
            tasks(&[TaskCategory::HazardousEquipment, TaskCategory::IndustrialWork, TaskCategory::OtherRiskyWork]),
            Warn,
        )
        .src(&[16, 46]),
        // ── 1f. Sectors ──────────────────────────────────────────────────────────────────────
        // F1: registration in the Personenregister kinderopvang unless the placement is at most
        // 2 consecutive weeks and 60 hours. Whether minors need it is Q11.
        row(F1, K::ChildcareRegistration, AnyWork, MINORS, Limit::Threshold { days: 14, minutes: 60 * H }, Block)
            .certainty(Uncertain)
            .src(&[24, 25])
            .question(OpenQuestion::Q11)
            .when(When::If(OptionFlag::ChildcareRegistrationForMinors)),
        row(F1, K::ChildcareRegistration, AnyWork, MINORS, Limit::Threshold { days: 14, minutes: 60 * H }, Warn)
            .certainty(Uncertain)
            .src(&[24, 25])
            .question(OpenQuestion::Q11)
            .when(When::Unless(OptionFlag::ChildcareRegistrationForMinors)),
        // F2: a pupil's own VOG for long MaS placements with children; "long" is read as F1's
        // threshold.
        row(F2, K::PupilVog, Mas, MINORS, Limit::Threshold { days: 14, minutes: 60 * H }, Warn)
            .certainty(Likely)
            .src(&[23]),
    ];
    rows.into_iter().map(|r| r.0).collect()
}

/// Rows that only exist since 18 November 2024.
fn new_in_2024(row: &RuleRow) -> bool {
    matches!(row.check, Check::EveningExtension | Check::ExtendedHoursConsent | Check::Alcohol)
}

pub(super) fn book() -> RuleBook {
    let now = current();
    let before = now.iter().filter(|r| !new_in_2024(r)).cloned().collect();
    let sets =
        vec![RuleSet { effective_from: None, rows: before }, RuleSet { effective_from: Some(NRK_2024), rows: now }];
    // The seed is checked by a test; should it ever fail validation, an empty-row book would be
    // wrong, so fall back to the unchecked sets (validation only guards data from outside).
    RuleBook::new(sets.clone()).unwrap_or(RuleBook { sets })
}
