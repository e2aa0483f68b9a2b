//! The rule table: which check applies to which placements and ages, with which limit and
//! severity, on which source, since when.
//!
//! Rules are **data**. A [`RuleBook`] holds [`RuleSet`]s with an effective date; each set is a
//! complete list of [`RuleRow`]s. The engine applies, for each date, the set in force on that
//! date, and within it the rows whose scope and age range fit the pupil on that date and whose
//! [`When`] condition holds under the network's [`Options`](crate::Options). The limits in the
//! rows are the limits the engine enforces: the engine knows *how* to check a [`Check`], the
//! table says *with which figure*. [`RuleBook::builtin`] is the seed: the rules before and since
//! 18 November 2024. The app can store the book (it serialises to JSON), show it, and load an
//! edited one through [`RuleBook::new`], which validates it.

mod builtin;
mod sources;

use std::collections::{BTreeSet, HashSet};
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::age::AgeRange;
use crate::input::TaskCategory;
use crate::options::{OptionFlag, Options};
use crate::serde_fmt::iso_date;
use crate::shift::ClockTime;
use crate::violation::{Arg, Message, duration};

pub use sources::{SOURCES, Source, SourceRef};

macro_rules! rule_ids {
    ($($id:ident),* $(,)?) => {
        /// A rule of MINORS-RULES.md section 1, by its number there.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum RuleId { $($id),* }

        impl RuleId {
            /// Every rule, in the order of MINORS-RULES.md.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$id),*];

            /// `"A1"`, `"B10"`, …
            pub fn as_str(self) -> &'static str {
                match self { $(RuleId::$id => stringify!($id)),* }
            }

            /// The Fluent key of the violation message: `minors-A1`.
            pub fn message_key(self) -> &'static str {
                match self { $(RuleId::$id => concat!("minors-", stringify!($id))),* }
            }

            /// The Fluent key of the rule's short title: `minors-A1-title`.
            pub fn title_key(self) -> &'static str {
                match self { $(RuleId::$id => concat!("minors-", stringify!($id), "-title")),* }
            }
        }

        impl FromStr for RuleId {
            type Err = UnknownRuleId;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s { $(stringify!($id) => Ok(RuleId::$id),)* _ => Err(UnknownRuleId(s.to_owned())) }
            }
        }
    };
}

rule_ids!(
    A1, A2, A3, A4, A5, A6, A7, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11, B12, B13, C1, C2, C3, C4, C5, C6, C7, C8,
    C9, C10, D1, D2, D3, D4, D5, D6, E1, E2, E3, E4, E5, E6, E7, E8, F1, F2,
);

/// A string that is not a rule id.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule id {0:?}")]
pub struct UnknownRuleId(pub String);

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Broad groups of rules, for filtering (for example: show schedule problems on the planning
/// page and paperwork on the agreement page).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleCategory {
    /// Minimum ages (A1, A2).
    Age,
    /// Agreement, signatures, consents (A3–A6, D1).
    Paperwork,
    /// Group placements (A7).
    Group,
    /// Hours, times, rest, breaks, Sundays, side jobs (B1–B10, B13, C1–C8, D2–D5, E1–E7).
    WorkingTime,
    /// Kind of work, supervision, alcohol (B11, B12, C9, C10, D6, E8).
    KindOfWork,
    /// Sector checks (F1, F2).
    Sector,
}

impl RuleId {
    pub fn category(self) -> RuleCategory {
        use RuleId::*;
        match self {
            A1 | A2 => RuleCategory::Age,
            A3 | A4 | A5 | A6 | D1 => RuleCategory::Paperwork,
            A7 => RuleCategory::Group,
            B11 | B12 | C9 | C10 | D6 | E8 => RuleCategory::KindOfWork,
            F1 | F2 => RuleCategory::Sector,
            _ => RuleCategory::WorkingTime,
        }
    }
}

macro_rules! checks {
    ($($(#[$doc:meta])* $name:ident = $kebab:literal : $shape:ident),* $(,)?) => {
        /// What a rule row checks. The engine knows how to evaluate each check; the row gives the
        /// limit. The kebab-case name ([`Check::as_str`]) is its JSON form and the `$kind`
        /// argument of messages.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Check { $($(#[$doc])* $name),* }

        impl Serialize for Check {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for Check {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                Check::ALL
                    .iter()
                    .copied()
                    .find(|c| c.as_str() == s)
                    .ok_or_else(|| serde::de::Error::custom(format!("unknown check {s:?}")))
            }
        }

        impl Check {
            pub const ALL: &'static [Check] = &[$(Check::$name),*];

            pub fn as_str(self) -> &'static str {
                match self { $(Check::$name => $kebab),* }
            }

            /// The Fluent key of the check's short description: `minors-check-latest-end`.
            pub fn message_key(self) -> &'static str {
                match self { $(Check::$name => concat!("minors-check-", $kebab)),* }
            }

            /// The shape of limit this check takes.
            pub fn limit_shape(self) -> LimitShape {
                match self { $(Check::$name => LimitShape::$shape),* }
            }
        }
    };
}

checks! {
    /// The pupil is at least the limit's age on the shift date.
    MinimumAge = "minimum-age": Age,
    /// A 13-year-old at a company works on a school day (Q3 relaxed: still blocked).
    SchoolDayAt13 = "school-day-at-13": None,
    /// A 13-year-old at a company on a non-school day (Q3 relaxed: light work, confirm).
    LightWorkAt13 = "light-work-at-13": None,
    /// School and host signed the agreement on or before the first shift date.
    AgreementBeforeStart = "agreement": None,
    /// A parent signed the agreement on or before the first shift date.
    ParentSignature = "parent-signature": None,
    /// The pupil signed the agreement on or before the first shift date.
    PupilSignature = "pupil-signature": None,
    /// The host named a supervisor.
    SupervisorNamed = "supervisor": None,
    /// A parent consented to Sunday work on or before each Sunday worked.
    ParentSundayConsent = "parent-sunday-consent": None,
    /// A parent consented to the extended evening hours on or before each day that uses them.
    ExtendedHoursConsent = "extended-hours-consent": None,
    /// Every member of a group is allowed to take the group placement.
    GroupMember = "group": None,
    /// Work on a school day, lessons not included.
    DailyWorkSchoolDay = "school-day": MaxMinutes,
    /// Work on a non-school day (weekend, holiday, day off).
    DailyWorkFreeDay = "free-day": MaxMinutes,
    /// Work plus school time on a day (the union of both, so lessons missed for work count once).
    DailyTotalWithSchool = "day-with-school": MaxMinutes,
    /// Work in a school week.
    WeeklyWorkSchoolWeek = "school-week": MaxMinutes,
    /// Work in a holiday week.
    WeeklyWorkHolidayWeek = "holiday-week": MaxMinutes,
    /// Work plus school time in a week.
    WeeklyTotalWithSchool = "week-with-school": MaxMinutes,
    /// Work plus school time in four consecutive weeks.
    FourWeeksWithSchool = "four-weeks-with-school": MaxMinutes,
    /// Days with work in a week.
    WorkDaysPerWeek = "days-per-week": MaxCount,
    /// Holiday weeks with work in a year (ISO week-numbering year).
    HolidayWeeksPerYear = "holiday-weeks": MaxCount,
    /// Consecutive holiday weeks with work.
    ConsecutiveHolidayWeeks = "consecutive-holiday-weeks": MaxCount,
    /// No work before this time.
    EarliestStart = "earliest-start": Clock,
    /// No work after this time.
    LatestEnd = "latest-end": Clock,
    /// Work may run to this time on non-school days, with parental consent (18 Nov 2024).
    EveningExtension = "evening-extension": Clock,
    /// Work may run to this time in holiday weeks.
    HolidayEvening = "holiday-evening": Clock,
    /// Uninterrupted rest within 24 hours of each start of work; school time is not work.
    DailyRest = "daily-rest": MinMinutes,
    /// The same, with school time counted as work.
    DailyRestWithSchool = "daily-rest-with-school": MinMinutes,
    /// Uninterrupted rest within 7 × 24 hours of each start of work or school.
    WeeklyRestWithSchool = "weekly-rest-with-school": MinMinutes,
    /// No more than `after` minutes of work without a break of `pause` minutes.
    Break = "break": Break,
    /// Work on a Sunday: needs confirmation that the nature of the work requires it.
    SundayWork = "sunday": None,
    /// Work on a Sunday is not allowed.
    SundayForbidden = "sunday-forbidden": None,
    /// Work on the Saturday before a Sunday worked.
    SaturdayBeforeSunday = "saturday-before-sunday": None,
    /// Sundays worked within a window of consecutive weeks.
    SundaysPerWindow = "sundays": PerWindow,
    /// The pupil's own consent to Sunday work.
    PupilSundayConsent = "pupil-sunday-consent": None,
    /// The host declared the task categories.
    TasksDeclared = "tasks-declared": None,
    /// None of the listed task categories.
    BannedTasks = "banned-tasks": Tasks,
    /// The listed task categories, and hazards at the location, only under expert supervision.
    ExpertSupervision = "expert-supervision": Tasks,
    /// Hazards at the location that the pupil must be kept away from.
    HostHazards = "host-hazards": None,
    /// No work where alcohol is served.
    Alcohol = "alcohol": None,
    /// Side-job hours have been declared (or declared absent).
    SideJobDeclared = "side-job-declared": None,
    /// Placement and side job together stay within the weekly limits.
    SideJobCombined = "side-job-combined": None,
    /// No on-call duty and no overtime.
    OnCallOrOvertime = "on-call-or-overtime": None,
    /// Registration in the Personenregister kinderopvang before the first shift, for placements
    /// longer than the limit.
    ChildcareRegistration = "childcare-registration": Threshold,
    /// A VOG of the pupil's own, for placements with children longer than the limit.
    PupilVog = "pupil-vog": Threshold,
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The shape of a [`Limit`] a [`Check`] expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitShape {
    None,
    Age,
    MaxMinutes,
    MinMinutes,
    Clock,
    MaxCount,
    PerWindow,
    Break,
    Tasks,
    Threshold,
}

/// The figure a rule row enforces.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Limit {
    /// A check without a figure (a signature, a consent, a declaration).
    None,
    /// A minimum age in whole years.
    Age { years: u8 },
    /// At most this many minutes.
    MaxMinutes { minutes: u32 },
    /// At least this many minutes.
    MinMinutes { minutes: u32 },
    /// A clock time.
    Clock { time: ClockTime },
    /// At most this many (days, weeks).
    MaxCount { count: u32 },
    /// At most `count` in every `weeks` consecutive weeks.
    PerWindow { count: u32, weeks: u32 },
    /// At most `after` minutes of work without a break of at least `pause` minutes.
    Break { after: u32, pause: u32 },
    /// These task categories.
    Tasks { tasks: BTreeSet<TaskCategory> },
    /// Applies to placements longer than `days` calendar days (first to last shift) or with
    /// more than `minutes` of work.
    Threshold { days: u32, minutes: u32 },
}

impl LimitShape {
    /// Kebab-case; the Fluent key of a limit is `minors-limit-` followed by this.
    pub fn as_str(self) -> &'static str {
        match self {
            LimitShape::None => "none",
            LimitShape::Age => "age",
            LimitShape::MaxMinutes => "max-minutes",
            LimitShape::MinMinutes => "min-minutes",
            LimitShape::Clock => "clock",
            LimitShape::MaxCount => "max-count",
            LimitShape::PerWindow => "per-window",
            LimitShape::Break => "break",
            LimitShape::Tasks => "tasks",
            LimitShape::Threshold => "threshold",
        }
    }

    fn message_key(self) -> &'static str {
        match self {
            LimitShape::None => "minors-limit-none",
            LimitShape::Age => "minors-limit-age",
            LimitShape::MaxMinutes => "minors-limit-max-minutes",
            LimitShape::MinMinutes => "minors-limit-min-minutes",
            LimitShape::Clock => "minors-limit-clock",
            LimitShape::MaxCount => "minors-limit-max-count",
            LimitShape::PerWindow => "minors-limit-per-window",
            LimitShape::Break => "minors-limit-break",
            LimitShape::Tasks => "minors-limit-tasks",
            LimitShape::Threshold => "minors-limit-threshold",
        }
    }

    pub const ALL: [LimitShape; 10] = [
        LimitShape::None,
        LimitShape::Age,
        LimitShape::MaxMinutes,
        LimitShape::MinMinutes,
        LimitShape::Clock,
        LimitShape::MaxCount,
        LimitShape::PerWindow,
        LimitShape::Break,
        LimitShape::Tasks,
        LimitShape::Threshold,
    ];
}

impl Limit {
    /// The limit for the rule table: key `minors-limit-<shape>` with the arguments `value`
    /// (hours as `2` or `2:30`, times as `19:00`, numbers), `weeks`, `pause` (minutes) and
    /// `days`, always all four.
    pub fn message(&self) -> Message {
        let mut m = Message { key: self.shape().message_key(), args: Vec::new() };
        let number = |n: u32| Arg::Number(i64::from(n));
        let (value, weeks, pause, days) = match self {
            Limit::None => (Arg::Text(String::new()), 0, 0, 0),
            Limit::Age { years } => (Arg::Number(i64::from(*years)), 0, 0, 0),
            Limit::MaxMinutes { minutes } | Limit::MinMinutes { minutes } => (Arg::Text(duration(*minutes)), 0, 0, 0),
            Limit::Clock { time } => (Arg::Text(time.to_string()), 0, 0, 0),
            Limit::MaxCount { count } => (number(*count), 0, 0, 0),
            Limit::PerWindow { count, weeks } => (number(*count), *weeks, 0, 0),
            Limit::Break { after, pause } => (Arg::Text(duration(*after)), 0, *pause, 0),
            Limit::Tasks { tasks } => (number(u32::try_from(tasks.len()).unwrap_or(u32::MAX)), 0, 0, 0),
            Limit::Threshold { days, minutes } => (Arg::Text(duration(*minutes)), 0, 0, *days),
        };
        m.set("value", value);
        m.set("weeks", number(weeks));
        m.set("pause", number(pause));
        m.set("days", number(days));
        m
    }

    pub fn shape(&self) -> LimitShape {
        match self {
            Limit::None => LimitShape::None,
            Limit::Age { .. } => LimitShape::Age,
            Limit::MaxMinutes { .. } => LimitShape::MaxMinutes,
            Limit::MinMinutes { .. } => LimitShape::MinMinutes,
            Limit::Clock { .. } => LimitShape::Clock,
            Limit::MaxCount { .. } => LimitShape::MaxCount,
            Limit::PerWindow { .. } => LimitShape::PerWindow,
            Limit::Break { .. } => LimitShape::Break,
            Limit::Tasks { .. } => LimitShape::Tasks,
            Limit::Threshold { .. } => LimitShape::Threshold,
        }
    }
}

/// How hard a rule is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// A hard legal limit: the platform refuses the slot or the agreement.
    Block,
    /// Needs a recorded human confirmation, or the rule is uncertain.
    Warn,
}

impl Severity {
    /// `minors-severity-block` / `minors-severity-warn`.
    pub fn message_key(self) -> &'static str {
        match self {
            Severity::Block => "minors-severity-block",
            Severity::Warn => "minors-severity-warn",
        }
    }
}

/// How sure the research summary is of a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Certainty {
    Certain,
    Likely,
    Uncertain,
}

impl Certainty {
    /// `minors-certainty-certain`, …
    pub fn message_key(self) -> &'static str {
        match self {
            Certainty::Certain => "minors-certainty-certain",
            Certainty::Likely => "minors-certainty-likely",
            Certainty::Uncertain => "minors-certainty-uncertain",
        }
    }
}

/// Which placements a row applies to. See [`Setting`](crate::Setting) and
/// [`Options`](crate::Options) for how a placement's setting maps onto these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Work under the MaS exception (and the general rules for children).
    Mas,
    /// A beroeps-/snuffelstage at a company.
    Internship,
    /// Any placement that counts as work.
    AnyWork,
}

/// The open questions of MINORS-RULES.md section 6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum OpenQuestion {
    Q1,
    Q2,
    Q3,
    Q4,
    Q5,
    Q6,
    Q7,
    Q8,
    Q9,
    Q10,
    Q11,
    Q12,
}

impl OpenQuestion {
    pub const ALL: [OpenQuestion; 12] = [
        OpenQuestion::Q1,
        OpenQuestion::Q2,
        OpenQuestion::Q3,
        OpenQuestion::Q4,
        OpenQuestion::Q5,
        OpenQuestion::Q6,
        OpenQuestion::Q7,
        OpenQuestion::Q8,
        OpenQuestion::Q9,
        OpenQuestion::Q10,
        OpenQuestion::Q11,
        OpenQuestion::Q12,
    ];

    /// The Fluent key of the question's text: `minors-question-Q1`.
    pub fn message_key(self) -> &'static str {
        match self {
            OpenQuestion::Q1 => "minors-question-Q1",
            OpenQuestion::Q2 => "minors-question-Q2",
            OpenQuestion::Q3 => "minors-question-Q3",
            OpenQuestion::Q4 => "minors-question-Q4",
            OpenQuestion::Q5 => "minors-question-Q5",
            OpenQuestion::Q6 => "minors-question-Q6",
            OpenQuestion::Q7 => "minors-question-Q7",
            OpenQuestion::Q8 => "minors-question-Q8",
            OpenQuestion::Q9 => "minors-question-Q9",
            OpenQuestion::Q10 => "minors-question-Q10",
            OpenQuestion::Q11 => "minors-question-Q11",
            OpenQuestion::Q12 => "minors-question-Q12",
        }
    }
}

/// When a row applies, in terms of the network's options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "option")]
pub enum When {
    #[default]
    Always,
    /// Only when the option is on.
    If(OptionFlag),
    /// Only when the option is off.
    Unless(OptionFlag),
}

impl When {
    pub fn holds(self, options: &Options) -> bool {
        match self {
            When::Always => true,
            When::If(flag) => options.is_on(flag),
            When::Unless(flag) => !options.is_on(flag),
        }
    }
}

/// One line of the rule table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleRow {
    pub rule: RuleId,
    pub check: Check,
    pub scope: Scope,
    pub ages: AgeRange,
    pub limit: Limit,
    pub severity: Severity,
    pub certainty: Certainty,
    /// References into MINORS-RULES.md's source list (see [`SOURCES`]).
    pub sources: Vec<SourceRef>,
    /// The open question this row depends on, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<OpenQuestion>,
    #[serde(default)]
    pub when: When,
}

/// A complete rule table in force from a date until the next set's date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// The first day the set is in force; `None` for "before the next set" (no known start).
    #[serde(with = "iso_date::option")]
    pub effective_from: Option<Date>,
    pub rows: Vec<RuleRow>,
}

/// Why a rule book is not valid.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RuleBookError {
    #[error("a rule book needs at least one rule set")]
    Empty,
    #[error("rule sets must be in order of their effective dates, each date once, an undated set first")]
    SetsOutOfOrder,
    #[error("rule {rule} check {check} needs a limit of shape {expected:?}")]
    WrongLimit { rule: RuleId, check: Check, expected: LimitShape },
    #[error("rule {rule} check {check} appears twice for the same scope, ages and condition")]
    DuplicateRow { rule: RuleId, check: Check },
    #[error("rule {rule} cites unknown source {cited}")]
    UnknownSource { rule: RuleId, cited: SourceRef },
}

/// Rule sets by effective date. Valid by construction (see [`RuleBook::new`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<RuleSet>", into = "Vec<RuleSet>")]
pub struct RuleBook {
    sets: Vec<RuleSet>,
}

impl RuleBook {
    /// Checks that the sets are in date order (an undated set may come first), that every limit
    /// has the shape its check needs, that no row repeats, and that sources exist.
    pub fn new(sets: Vec<RuleSet>) -> Result<RuleBook, RuleBookError> {
        if sets.is_empty() {
            return Err(RuleBookError::Empty);
        }
        let dates: Vec<Option<Date>> = sets.iter().map(|s| s.effective_from).collect();
        if dates
            .windows(2)
            .any(|w| !matches!((w[0], w[1]), (None, Some(_))) && !matches!((w[0], w[1]), (Some(a), Some(b)) if a < b))
        {
            return Err(RuleBookError::SetsOutOfOrder);
        }
        for set in &sets {
            let mut seen = HashSet::new();
            for row in &set.rows {
                let expected = row.check.limit_shape();
                if row.limit.shape() != expected {
                    return Err(RuleBookError::WrongLimit { rule: row.rule, check: row.check, expected });
                }
                if !seen.insert((row.rule, row.check, row.scope, row.ages, row.when)) {
                    return Err(RuleBookError::DuplicateRow { rule: row.rule, check: row.check });
                }
                if let Some(source) = row.sources.iter().find(|s| s.source().is_none()) {
                    return Err(RuleBookError::UnknownSource { rule: row.rule, cited: *source });
                }
            }
        }
        Ok(RuleBook { sets })
    }

    /// The seed: the rules in force before 18 November 2024 and since then.
    pub fn builtin() -> RuleBook {
        builtin::book()
    }

    pub fn sets(&self) -> &[RuleSet] {
        &self.sets
    }

    /// The set in force on `date`: the last one whose effective date is on or before it. Dates
    /// before every dated set get the first set. (Always `Some`: a book is never empty.)
    pub fn set_on(&self, date: Date) -> Option<&RuleSet> {
        self.sets.iter().rev().find(|s| s.effective_from.is_none_or(|d| d <= date)).or(self.sets.first())
    }
}

impl TryFrom<Vec<RuleSet>> for RuleBook {
    type Error = RuleBookError;
    fn try_from(sets: Vec<RuleSet>) -> Result<Self, Self::Error> {
        RuleBook::new(sets)
    }
}

impl From<RuleBook> for Vec<RuleSet> {
    fn from(book: RuleBook) -> Self {
        book.sets
    }
}
