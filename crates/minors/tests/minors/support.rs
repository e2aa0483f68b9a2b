//! Helpers: dates, shifts, a school calendar with known lesson times, and checks that read as
//! sentences.

pub use schakel_minors::*;
pub use time::macros::date;
pub use time::{Date, Duration, Time};

/// `"16:30"`.
pub fn hm(s: &str) -> Time {
    let (h, m) = s.split_once(':').unwrap();
    Time::from_hms(h.parse().unwrap(), m.parse().unwrap(), 0).unwrap()
}

/// A same-day shift.
pub fn at(date: Date, from: &str, to: &str) -> Shift {
    Shift::new(date, hm(from), hm(to)).unwrap()
}

/// A pupil who turned `age` a month before `on` (so keeps that age for eleven months).
pub fn aged(age: u8, on: Date) -> Pupil {
    let born = on.replace_year(on.year() - i32::from(age)).unwrap() - Duration::days(30);
    Pupil::born_on(born)
}

/// The test dates. 2026-11-24 is a Tuesday in school week 48.
pub const TUESDAY: Date = date!(2026 - 11 - 24);
pub const WEDNESDAY: Date = date!(2026 - 11 - 25);
pub const THURSDAY: Date = date!(2026 - 11 - 26);
pub const SATURDAY: Date = date!(2026 - 11 - 28);
pub const SUNDAY: Date = date!(2026 - 11 - 29);
pub const NEXT_MONDAY: Date = date!(2026 - 11 - 30);
/// Monday of the autumn holiday week (week 42, 12–18 October 2026).
pub const HOLIDAY_MONDAY: Date = date!(2026 - 10 - 12);

pub fn lessons(from: &str, to: &str) -> LessonDay {
    LessonDay::Lessons(LessonSpan::new(hm(from), hm(to)).unwrap())
}

/// Lessons 08:30–15:00 on weekdays (6.5 hours) and the holidays of region Noord, written out
/// here so the tests do not depend on the crate's data set.
pub fn school() -> SchoolCalendar {
    let holidays = [
        ("Voorjaarsvakantie", date!(2026 - 02 - 21), date!(2026 - 03 - 01)),
        ("Meivakantie", date!(2026 - 04 - 25), date!(2026 - 05 - 03)),
        ("Zomervakantie", date!(2026 - 07 - 04), date!(2026 - 08 - 16)),
        ("Herfstvakantie", date!(2026 - 10 - 10), date!(2026 - 10 - 18)),
        ("Kerstvakantie", date!(2026 - 12 - 19), date!(2027 - 01 - 03)),
    ];
    SchoolCalendar::new([lessons("08:30", "15:00"); 5])
        .with_days_off(holidays.map(|(n, f, l)| DayOff::new(n, f, l).unwrap()))
}

/// A host that declared light work with none of the listed tasks and named a supervisor.
pub fn good_host() -> HostFacts {
    HostFacts { supervisor_named: true, tasks: Some(Default::default()), ..HostFacts::default() }
}

/// Paperwork complete on `date`.
pub fn papers(date: Date) -> Papers {
    Papers::complete(date)
}

pub fn work(setting: Setting, shifts: Vec<Shift>) -> Work {
    Work::new(setting, shifts, good_host())
}

/// A MaS outside school with complete paperwork, checked with the strict defaults.
pub fn mas(pupil: Pupil, shifts: Vec<Shift>) -> Vec<Violation> {
    run(&Engine::default(), pupil, &work(Setting::MasOutsideSchool, shifts))
}

/// A beroeps-/snuffelstage with complete paperwork, checked with the strict defaults.
pub fn internship(pupil: Pupil, shifts: Vec<Shift>) -> Vec<Violation> {
    run(&Engine::default(), pupil, &work(Setting::Internship, shifts))
}

/// `work` with complete paperwork dated on its first shift, on [`school`].
pub fn run(engine: &Engine, pupil: Pupil, work: &Work) -> Vec<Violation> {
    let first = work.shifts.iter().map(|s| s.date()).min().unwrap_or(TUESDAY);
    engine.check(&pupil, work, &papers(first), &school())
}

pub fn with_options(options: Options) -> Engine {
    Engine::new(RuleBook::builtin(), options)
}

/// The violations of one rule and check.
pub fn of(v: &[Violation], rule: RuleId, check: Check) -> Vec<Violation> {
    v.iter().filter(|x| x.rule == rule && x.check == check).cloned().collect()
}

/// Exactly one violation of this rule and check.
#[track_caller]
pub fn one(v: &[Violation], rule: RuleId, check: Check) -> Violation {
    let found = of(v, rule, check);
    assert_eq!(found.len(), 1, "expected one {rule} {check} in {v:#?}");
    found.into_iter().next().unwrap()
}

/// No violation of this rule at all.
#[track_caller]
pub fn none_of(v: &[Violation], rule: RuleId) {
    let found: Vec<_> = v.iter().filter(|x| x.rule == rule).collect();
    assert!(found.is_empty(), "expected no {rule}, got {found:#?}");
}

/// No violations at all.
#[track_caller]
pub fn clean(v: &[Violation]) {
    assert!(v.is_empty(), "expected no violations, got {v:#?}");
}

/// No blocking violations.
#[track_caller]
pub fn no_blocks(v: &[Violation]) {
    let blocks: Vec<_> = v.iter().filter(|x| x.is_block()).collect();
    assert!(blocks.is_empty(), "expected no blocks, got {blocks:#?}");
}

pub fn minutes_over(limit: u32, actual: u32) -> Measure {
    Measure::MinutesOver { limit, actual }
}

pub fn clock(s: &str) -> ClockTime {
    ClockTime::from_time(hm(s))
}

pub fn day(date: Date) -> Period {
    Period::Day { date }
}

pub fn week_of(date: Date) -> Period {
    Period::Week { week: IsoWeek::of(date) }
}
