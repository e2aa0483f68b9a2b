//! What a rule row checks ([`Check`]) and with which figure ([`Limit`]).

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::input::TaskCategory;
use crate::shift::ClockTime;
use crate::violation::{Arg, Message, duration};

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
