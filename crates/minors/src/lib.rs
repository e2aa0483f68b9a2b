//! # schakel-minors: the rules for minors in placements
//!
//! A placement platform must not let a school place a 13-year-old in a bar on a Sunday evening.
//! This crate encodes the Dutch rules for pupils of 12–17 in placements (maatschappelijke
//! stage, beroeps-/snuffelstage, meeting-point assignments), as researched in
//! `shared/MINORS-RULES.md`, and checks a placement against them. It is pure: no files, no
//! network, no clock ("today" never matters; every date comes from the input).
//!
//! * **Inputs** are types that are valid by construction: [`Pupil`] (date of birth),
//!   [`Work`] (the [`Setting`], the [`Shift`]s, the host's [`HostFacts`]), [`Papers`]
//!   (signatures, consents, registrations, [`SideJob`]) and a [`SchoolCalendar`].
//! * **Rules are data**: a [`RuleBook`] of [`RuleSet`]s with an effective date, each a list of
//!   [`RuleRow`]s (rule id, [`Check`], [`Scope`], [`AgeRange`], [`Limit`], [`Severity`],
//!   [`Certainty`], sources, open question). [`RuleBook::builtin`] holds the rules before and
//!   since 18 November 2024. Uncertain rules default to the stricter reading; [`Options`]
//!   switches them.
//! * **Checks** ([`Engine::check`]) return every [`Violation`] with its rule id (A1…F2 as in
//!   MINORS-RULES.md), severity, period, the age range that applied, and the limit and the
//!   figure that broke it. [`Engine::check_vacancy`] tells which ages can never take a set of
//!   time slots; [`Engine::check_group`] checks a group placement for every member (A7).
//! * **Messages**: [`Violation::message`] gives a Fluent key (`minors-B1`) and its arguments;
//!   the texts are in the app's `i18n/{nl,en}/minors.ftl`.
//! * **Calendars**: [`ics::parse`] reads the all-day events of a school's iCalendar feed;
//!   [`SchoolCalendar::region_noord`] holds the region Noord holidays (to be verified).
//!
//! ```
//! use schakel_minors::{Engine, HostFacts, Papers, Pupil, RuleId, SchoolCalendar, Setting, Shift, Work};
//! use time::macros::{date, time};
//!
//! let engine = Engine::default(); // built-in rules, strict options
//! let pupil = Pupil::born_on(date!(2013 - 03 - 01)); // 13 in November 2026
//! let shift = Shift::new(date!(2026 - 11 - 24), time!(15:30), time!(18:00))?; // a Tuesday
//! let work = Work::new(Setting::MasOutsideSchool, vec![shift], HostFacts::default());
//! let violations = engine.check(&pupil, &work, &Papers::default(), &SchoolCalendar::region_noord());
//! let b1 = violations.iter().find(|v| v.rule == RuleId::B1).expect("2.5 hours on a school day");
//! let message = b1.message();
//! assert_eq!(message.key, "minors-B1");
//! # Ok::<(), schakel_minors::ShiftError>(())
//! ```

mod age;
mod calendar;
mod engine;
pub mod ics;
mod input;
mod options;
mod rules;
mod serde_fmt;
mod shift;
mod violation;

pub use age::{AGE_OPEN_END, AgeRange, age_on};
pub use calendar::{
    CalendarError, DayOff, IsoWeek, LessonDay, LessonSpan, REGION_NOORD_VERIFIED, SchoolCalendar, region_noord_days_off,
};
pub use engine::{AgeVerdict, Engine, GroupBlock, GroupMember, GroupReport, MemberReport, VACANCY_AGES, VacancyReport};
pub use input::{Agreement, HostFacts, Papers, Pupil, Setting, SideJob, TaskCategory, Work};
pub use options::{InternshipAt13, MeetingPointAtClient, MeetingPointInSchool, OptionFlag, Options, SundayCapReading};
pub use rules::{
    Certainty, Check, Limit, LimitShape, OpenQuestion, RuleBook, RuleBookError, RuleCategory, RuleId, RuleRow, RuleSet,
    SOURCES, Scope, Severity, Source, SourceRef, UnknownRuleId, When,
};
pub use shift::{ClockTime, Shift, ShiftError, ShiftKind};
pub use violation::{Arg, Measure, Message, Period, Violation};

/// The README's examples are compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
