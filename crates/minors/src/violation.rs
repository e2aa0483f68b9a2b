//! What the engine reports: [`Violation`]s, and the messages for them.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::age::AgeRange;
use crate::calendar::IsoWeek;
use crate::input::TaskCategory;
use crate::rules::{Check, RuleId, Severity};
use crate::serde_fmt::iso_date;
use crate::shift::{ClockTime, ShiftKind};

/// The date or dates a violation concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Period {
    /// The placement as a whole, on the shift dates from `first` to `last` where the rule
    /// applied (paperwork, the kind of work, the host).
    Placement {
        #[serde(with = "iso_date")]
        first: Date,
        #[serde(with = "iso_date")]
        last: Date,
    },
    /// One day.
    Day {
        #[serde(with = "iso_date")]
        date: Date,
    },
    /// One ISO week.
    Week { week: IsoWeek },
    /// Consecutive ISO weeks, `first` to `last` included.
    Weeks { first: IsoWeek, last: IsoWeek },
}

impl Period {
    /// The first day of the period.
    pub fn start(&self) -> Date {
        match *self {
            Period::Placement { first, .. } => first,
            Period::Day { date } => date,
            Period::Week { week } => week.monday(),
            Period::Weeks { first, .. } => first.monday(),
        }
    }

    /// The last day of the period.
    pub fn end(&self) -> Date {
        match *self {
            Period::Placement { last, .. } => last,
            Period::Day { date } => date,
            Period::Week { week } => week.sunday(),
            Period::Weeks { last, .. } => last.sunday(),
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Period::Placement { .. } => 0,
            Period::Day { .. } => 1,
            Period::Week { .. } => 2,
            Period::Weeks { .. } => 3,
        }
    }
}

/// What was measured, with the limit and the figure that broke it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "measure")]
pub enum Measure {
    /// The pupil is younger than the minimum age.
    Age { minimum: u8, actual: u8 },
    /// More minutes than allowed (work).
    MinutesOver { limit: u32, actual: u32 },
    /// Fewer minutes than required (rest).
    MinutesUnder { limit: u32, actual: u32 },
    /// Work starts before the earliest allowed time.
    StartsBefore { limit: ClockTime, actual: ClockTime },
    /// Work ends after the latest allowed time (24:00 and up: the next day).
    EndsAfter { limit: ClockTime, actual: ClockTime },
    /// More days or weeks than allowed.
    CountOver { limit: u32, actual: u32 },
    /// More Sundays worked than allowed in a window of `weeks` weeks.
    SundaysOver { limit: u32, actual: u32, weeks: u32 },
    /// A task category that is banned or needs supervision.
    Task { task: TaskCategory },
    /// A signature, consent or declaration is missing.
    Missing,
    /// Signed, but after the date it was needed by.
    Late {
        #[serde(with = "iso_date")]
        required_by: Date,
        #[serde(with = "iso_date")]
        signed: Date,
    },
    /// Something that needs a recorded confirmation happens (Sunday work, an extension used,
    /// hazards on site, alcohol served).
    Occurs,
    /// An exception is claimed (vocational horeca training); it needs confirmation.
    Excepted,
    /// A shift of a banned kind.
    Shift { kind: ShiftKind },
    /// School time counts but the lesson times are not known; checked with work only.
    SchoolTimeUnknown,
    /// The placement is longer than the threshold and the registration or certificate is
    /// missing or dated after the first shift.
    OverThreshold {
        limit_days: u32,
        limit_minutes: u32,
        days: u32,
        minutes: u32,
        #[serde(with = "iso_date::option")]
        registered: Option<Date>,
    },
    /// A group member is blocked by these rules (A7).
    Rules { rules: Vec<RuleId> },
}

impl Measure {
    /// The kebab-case name of the variant: the `$detail` argument of messages.
    pub fn detail(&self) -> &'static str {
        match self {
            Measure::Age { .. } => "age",
            Measure::MinutesOver { .. } => "minutes-over",
            Measure::MinutesUnder { .. } => "minutes-under",
            Measure::StartsBefore { .. } => "starts-before",
            Measure::EndsAfter { .. } => "ends-after",
            Measure::CountOver { .. } => "count-over",
            Measure::SundaysOver { .. } => "sundays-over",
            Measure::Task { .. } => "task",
            Measure::Missing => "missing",
            Measure::Late { .. } => "late",
            Measure::Occurs => "occurs",
            Measure::Excepted => "excepted",
            Measure::Shift { kind: ShiftKind::OnCall } => "on-call",
            Measure::Shift { kind: ShiftKind::Overtime } => "overtime",
            Measure::Shift { kind: ShiftKind::Regular } => "regular",
            Measure::SchoolTimeUnknown => "school-time-unknown",
            Measure::OverThreshold { .. } => "over-threshold",
            Measure::Rules { .. } => "rules",
        }
    }
}

/// One broken rule: which rule and check, how hard, when, for which age, and the figures.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Violation {
    pub rule: RuleId,
    pub check: Check,
    pub severity: Severity,
    pub period: Period,
    /// The age range of the rule row that applied (for example 13–14).
    pub ages: AgeRange,
    /// The pupil's age on the date concerned (for a week or the placement: the youngest age on
    /// a shift date in it where the rule applied).
    pub age: u8,
    pub measure: Measure,
}

impl Violation {
    pub fn is_block(&self) -> bool {
        self.severity == Severity::Block
    }

    /// The message key and arguments, with dates as ISO 8601 (`2026-11-24`).
    pub fn message(&self) -> Message {
        self.message_with(iso)
    }

    /// The message key and arguments, with dates formatted by `date` (for example the app's
    /// `Lang::date`).
    pub fn message_with(&self, date: impl Fn(Date) -> String) -> Message {
        let (start, end) = (self.period.start(), self.period.end());
        let week = IsoWeek::of(start);
        let mut m = Message { key: self.rule.message_key(), args: Vec::new() };
        m.text("kind", self.check.as_str());
        m.text("detail", self.measure.detail());
        m.text("date", date(start));
        m.text("from", date(start));
        m.text("to", date(end));
        m.number("week", i64::from(week.number()));
        m.number("year", i64::from(week.year()));
        m.number("age", i64::from(self.age));
        m.text("bracket", self.ages.to_string());
        let (limit, actual) = match &self.measure {
            Measure::Age { minimum, actual } => (Arg::Number(i64::from(*minimum)), Arg::Number(i64::from(*actual))),
            Measure::MinutesOver { limit, actual } | Measure::MinutesUnder { limit, actual } => {
                (Arg::Text(duration(*limit)), Arg::Text(duration(*actual)))
            }
            Measure::StartsBefore { limit, actual } | Measure::EndsAfter { limit, actual } => {
                (Arg::Text(limit.to_string()), Arg::Text(actual.to_string()))
            }
            Measure::CountOver { limit, actual } | Measure::SundaysOver { limit, actual, .. } => {
                (Arg::Number(i64::from(*limit)), Arg::Number(i64::from(*actual)))
            }
            Measure::OverThreshold { limit_minutes, minutes, .. } => {
                (Arg::Text(duration(*limit_minutes)), Arg::Text(duration(*minutes)))
            }
            _ => (Arg::Text(String::new()), Arg::Text(String::new())),
        };
        m.args.push(("limit", limit));
        m.args.push(("actual", actual));
        let weeks = match self.measure {
            Measure::SundaysOver { weeks, .. } => weeks,
            _ => 0,
        };
        m.number("weeks", i64::from(weeks));
        let (days, limit_days) = match self.measure {
            Measure::OverThreshold { days, limit_days, .. } => (days, limit_days),
            _ => (0, 0),
        };
        m.number("days", i64::from(days));
        m.number("limit_days", i64::from(limit_days));
        let task = match self.measure {
            Measure::Task { task } => task.as_str(),
            _ => "",
        };
        m.text("task", task);
        let signed = match self.measure {
            Measure::Late { signed, .. } => date(signed),
            Measure::OverThreshold { registered: Some(d), .. } => date(d),
            _ => String::new(),
        };
        m.text("signed", signed);
        let rules = match &self.measure {
            Measure::Rules { rules } => rules.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", "),
            _ => String::new(),
        };
        m.text("rules", rules);
        m.text("pupil", "");
        m
    }

    fn sort_key(&self) -> (u8, Date, Date, RuleId, Check, &Measure, Severity, AgeRange, u8) {
        (
            self.period.rank(),
            self.period.start(),
            self.period.end(),
            self.rule,
            self.check,
            &self.measure,
            self.severity,
            self.ages,
            self.age,
        )
    }
}

/// Violations sort by period (the placement as a whole first, then by date), then by rule.
impl Ord for Violation {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl PartialOrd for Violation {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A Fluent message to look up: the key and its arguments.
///
/// Every message gets the same arguments, so a message never meets a missing argument:
///
/// | argument | type | value |
/// |---|---|---|
/// | `kind` | text | the [`Check`], kebab-case (`latest-end`) |
/// | `detail` | text | the [`Measure`] variant, kebab-case (`ends-after`, `missing`, `late`) |
/// | `date`, `from`, `to` | text | the period's first day, first day, last day |
/// | `week`, `year` | number | ISO week and week-year of the period's first day |
/// | `age` | number | the pupil's age |
/// | `bracket` | text | the rule's age range (`13–14`) |
/// | `limit`, `actual` | text or number | durations as `2` or `2:30` (hours), clock times as `19:00`, ages and counts as numbers; empty text when not applicable |
/// | `weeks` | number | the window of a Sunday cap, else 0 |
/// | `days`, `limit_days` | number | placement length and threshold in days (F1, F2), else 0 |
/// | `task` | text | a [`TaskCategory`] (`cash-handling`), else empty |
/// | `signed` | text | the late signature's or registration's date, else empty |
/// | `rules` | text | rule ids blocking a group member (`A1, B1`), else empty |
/// | `pupil` | text | empty; see [`GroupBlock::message`](crate::GroupBlock::message) |
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    fn text(&mut self, name: &'static str, value: impl Into<String>) {
        self.args.push((name, Arg::Text(value.into())));
    }

    fn number(&mut self, name: &'static str, value: i64) {
        self.args.push((name, Arg::Number(value)));
    }

    /// Replaces (or adds) an argument.
    pub fn set(&mut self, name: &'static str, value: Arg) {
        match self.args.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.args.push((name, value)),
        }
    }

    /// The value of an argument.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// A message argument: text or a number (numbers allow plural selection in Fluent).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    Text(String),
    Number(i64),
}

/// `2` for whole hours, `2:30` otherwise.
pub(crate) fn duration(minutes: u32) -> String {
    if minutes.is_multiple_of(60) {
        format!("{}", minutes / 60)
    } else {
        format!("{}:{:02}", minutes / 60, minutes % 60)
    }
}

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_hours() {
        assert_eq!(duration(120), "2");
        assert_eq!(duration(150), "2:30");
        assert_eq!(duration(45), "0:45");
        assert_eq!(duration(13 * 60 + 5), "13:05");
    }
}
