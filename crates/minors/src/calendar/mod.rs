//! School calendars: which days have lessons, and when.
//!
//! The rules distinguish a **school day** (a day with lessons) from a **non-school day**
//! (weekends, holidays, days off), and a **school week** from a **holiday week**. The
//! definitions follow the Nadere regeling kinderarbeid (NRK art. 1:1): a *schoolweek* is a week
//! in which education takes place on one or more days, so a week with a single school day is a
//! school week; a *vakantieweek* is a week without any education. Weeks are ISO weeks, Monday
//! to Sunday.
//!
//! For pupils of 16–17, and for beroeps-/snuffelstages of 14–15, school time counts as working
//! time (D2, E1, E2). That needs the lesson times, so a calendar knows per weekday (and, as an
//! exception, per date) whether there are lessons and from when to when. A school that has not
//! entered its times marks its days [`LessonDay::Unknown`]: they are school days, and the rules
//! that need school time say they could not be checked in full.

mod noord;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Time, Weekday};

use crate::serde_fmt::{hh_mm, iso_date};
use crate::shift::{ClockTime, abs_minutes};

pub use noord::{REGION_NOORD_VERIFIED, region_noord_days_off};

/// An ISO week (Monday to Sunday), identified by its Monday.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoWeek(Date);

impl IsoWeek {
    /// The week that holds `date`.
    pub fn of(date: Date) -> IsoWeek {
        IsoWeek(date - Duration::days(i64::from(date.weekday().number_days_from_monday())))
    }

    pub fn monday(self) -> Date {
        self.0
    }

    pub fn sunday(self) -> Date {
        self.0 + Duration::days(6)
    }

    /// The ISO week-numbering year (the year of the week's Thursday).
    pub fn year(self) -> i32 {
        self.0.to_iso_week_date().0
    }

    /// The ISO week number, 1–53.
    pub fn number(self) -> u8 {
        self.0.iso_week()
    }

    /// The seven days, Monday first.
    pub fn days(self) -> impl Iterator<Item = Date> {
        (0..7).map(move |i| self.0 + Duration::days(i))
    }

    /// The week `n` weeks later (earlier when negative).
    pub fn plus(self, n: i64) -> IsoWeek {
        IsoWeek(self.0 + Duration::weeks(n))
    }
}

impl Serialize for IsoWeek {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{}-W{:02}", self.year(), self.number()))
    }
}

impl<'de> Deserialize<'de> for IsoWeek {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let parsed = s.split_once("-W").and_then(|(y, w)| {
            let (y, w) = (y.parse::<i32>().ok()?, w.parse::<u8>().ok()?);
            Date::from_iso_week_date(y, w, Weekday::Monday).ok()
        });
        parsed.map(IsoWeek).ok_or_else(|| serde::de::Error::custom(format!("not an ISO week like 2026-W48: {s:?}")))
    }
}

/// Why a calendar value could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error("lessons must end after they start")]
    LessonsEndBeforeStart,
    #[error("a day off must not end before it starts")]
    DayOffEndsBeforeStart,
    #[error("a day off needs a name")]
    DayOffWithoutName,
}

/// The span of a school day from the first lesson to the end of the last, breaks included.
/// All of it counts as school time where school time counts as working time (the stricter
/// reading: breaks at school are not free time).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "LessonSpanRepr", into = "LessonSpanRepr")]
pub struct LessonSpan {
    start: ClockTime,
    end: ClockTime,
}

impl LessonSpan {
    pub fn new(start: Time, end: Time) -> Result<LessonSpan, CalendarError> {
        let (start, end) = (ClockTime::from_time(start), ClockTime::from_time(end));
        if end <= start {
            return Err(CalendarError::LessonsEndBeforeStart);
        }
        Ok(LessonSpan { start, end })
    }

    pub fn start(self) -> ClockTime {
        self.start
    }

    pub fn end(self) -> ClockTime {
        self.end
    }

    pub fn minutes(self) -> u32 {
        u32::from(self.end.minutes() - self.start.minutes())
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonSpanRepr {
    #[serde(with = "hh_mm")]
    start: Time,
    #[serde(with = "hh_mm")]
    end: Time,
}

impl TryFrom<LessonSpanRepr> for LessonSpan {
    type Error = CalendarError;
    fn try_from(r: LessonSpanRepr) -> Result<Self, Self::Error> {
        LessonSpan::new(r.start, r.end)
    }
}

impl From<LessonSpan> for LessonSpanRepr {
    fn from(s: LessonSpan) -> Self {
        let t = |c: ClockTime| {
            Time::from_hms((c.minutes() / 60) as u8, (c.minutes() % 60) as u8, 0).unwrap_or(Time::MIDNIGHT)
        };
        LessonSpanRepr { start: t(s.start), end: t(s.end) }
    }
}

/// Whether a day has lessons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum LessonDay {
    /// No education: not a school day.
    NoLessons,
    /// A school day whose lesson times are not known.
    Unknown,
    /// A school day with lessons in this span.
    Lessons(LessonSpan),
}

impl LessonDay {
    pub fn is_school_day(self) -> bool {
        !matches!(self, LessonDay::NoLessons)
    }
}

/// A named range of days without lessons: a holiday, a study day, a public holiday.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "DayOffRepr", into = "DayOffRepr")]
pub struct DayOff {
    name: String,
    first: Date,
    last: Date,
}

impl DayOff {
    /// Days off from `first` to `last`, both included.
    pub fn new(name: impl Into<String>, first: Date, last: Date) -> Result<DayOff, CalendarError> {
        let name = name.into();
        if name.trim().is_empty() {
            return Err(CalendarError::DayOffWithoutName);
        }
        if last < first {
            return Err(CalendarError::DayOffEndsBeforeStart);
        }
        Ok(DayOff { name, first, last })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn first(&self) -> Date {
        self.first
    }

    pub fn last(&self) -> Date {
        self.last
    }

    pub fn contains(&self, date: Date) -> bool {
        self.first <= date && date <= self.last
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DayOffRepr {
    name: String,
    #[serde(with = "iso_date")]
    first: Date,
    #[serde(with = "iso_date")]
    last: Date,
}

impl TryFrom<DayOffRepr> for DayOff {
    type Error = CalendarError;
    fn try_from(r: DayOffRepr) -> Result<Self, Self::Error> {
        DayOff::new(r.name, r.first, r.last)
    }
}

impl From<DayOff> for DayOffRepr {
    fn from(d: DayOff) -> Self {
        DayOffRepr { name: d.name, first: d.first, last: d.last }
    }
}

/// A school's calendar: lesson times per weekday, days off, and exceptions per date.
///
/// What a date is, in order of precedence:
/// 1. an exception set with [`set_date`](SchoolCalendar::set_date) (for example a pupil's
///    stage week without lessons, or a Saturday with lessons);
/// 2. no lessons when a [`DayOff`] covers it;
/// 3. no lessons on Saturday and Sunday;
/// 4. otherwise the weekday's entry of the timetable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolCalendar {
    /// Monday to Friday.
    timetable: [LessonDay; 5],
    #[serde(default)]
    days_off: Vec<DayOff>,
    #[serde(default, with = "overrides")]
    exceptions: BTreeMap<Date, LessonDay>,
}

impl SchoolCalendar {
    /// A calendar with this timetable (Monday to Friday) and no days off.
    pub fn new(timetable: [LessonDay; 5]) -> SchoolCalendar {
        SchoolCalendar { timetable, days_off: Vec::new(), exceptions: BTreeMap::new() }
    }

    /// A calendar with lessons every weekday at unknown times and no days off. Every weekday is a
    /// school day, which is the stricter assumption for the rules that differ between school
    /// days and other days.
    pub fn unknown_times() -> SchoolCalendar {
        SchoolCalendar::new([LessonDay::Unknown; 5])
    }

    /// The holidays of region Noord (Amsterdam) for 2025/2026 and 2026/2027 on weekdays with
    /// unknown lesson times. See [`region_noord_days_off`] for what is known about the dates.
    pub fn region_noord() -> SchoolCalendar {
        SchoolCalendar::unknown_times().with_days_off(region_noord_days_off())
    }

    /// The same calendar with these days off added.
    pub fn with_days_off(mut self, days_off: impl IntoIterator<Item = DayOff>) -> SchoolCalendar {
        self.days_off.extend(days_off);
        self.days_off.sort_by(|a, b| (a.first, a.last, &a.name).cmp(&(b.first, b.last, &b.name)));
        self.days_off.dedup();
        self
    }

    /// Sets what `date` is, overriding days off and the timetable.
    pub fn set_date(&mut self, date: Date, day: LessonDay) {
        self.exceptions.insert(date, day);
    }

    pub fn timetable(&self) -> &[LessonDay; 5] {
        &self.timetable
    }

    pub fn days_off(&self) -> &[DayOff] {
        &self.days_off
    }

    /// Whether and when `date` has lessons.
    pub fn lessons_on(&self, date: Date) -> LessonDay {
        if let Some(day) = self.exceptions.get(&date) {
            return *day;
        }
        if self.days_off.iter().any(|d| d.contains(date)) {
            return LessonDay::NoLessons;
        }
        match date.weekday() {
            Weekday::Saturday | Weekday::Sunday => LessonDay::NoLessons,
            w => self.timetable[usize::from(w.number_days_from_monday())],
        }
    }

    /// A day with education.
    pub fn is_school_day(&self, date: Date) -> bool {
        self.lessons_on(date).is_school_day()
    }

    /// A week with education on at least one day (NRK art. 1:1 *schoolweek*); otherwise a
    /// holiday week (*vakantieweek*).
    pub fn is_school_week(&self, week: IsoWeek) -> bool {
        week.days().any(|d| self.is_school_day(d))
    }

    /// The lesson span of `date` as absolute minutes, when known.
    pub(crate) fn lesson_interval(&self, date: Date) -> Option<(i64, i64)> {
        match self.lessons_on(date) {
            LessonDay::Lessons(span) => {
                let base = abs_minutes(date);
                Some((base + i64::from(span.start.minutes()), base + i64::from(span.end.minutes())))
            }
            _ => None,
        }
    }
}

mod overrides {
    //! Exceptions as a JSON object keyed by ISO date.
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use time::Date;

    use super::LessonDay;

    pub fn serialize<S: Serializer>(map: &BTreeMap<Date, LessonDay>, s: S) -> Result<S::Ok, S::Error> {
        let keyed: BTreeMap<String, LessonDay> =
            map.iter().map(|(d, l)| (format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day()), *l)).collect();
        keyed.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<Date, LessonDay>, D::Error> {
        let keyed = BTreeMap::<String, LessonDay>::deserialize(d)?;
        let format = time::macros::format_description!("[year]-[month]-[day]");
        keyed
            .into_iter()
            .map(|(k, v)| Date::parse(&k, &format).map(|d| (d, v)).map_err(serde::de::Error::custom))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, time};

    fn lessons() -> Result<LessonDay, CalendarError> {
        Ok(LessonDay::Lessons(LessonSpan::new(time!(08:30), time!(15:30))?))
    }

    #[test]
    fn a_single_school_day_makes_a_school_week() -> Result<(), CalendarError> {
        let cal = SchoolCalendar::new([lessons()?; 5]).with_days_off([DayOff::new(
            "Herfstvakantie",
            date!(2026 - 10 - 10),
            date!(2026 - 10 - 18),
        )?]);
        assert!(!cal.is_school_week(IsoWeek::of(date!(2026 - 10 - 14))));
        let mut cal = cal;
        cal.set_date(date!(2026 - 10 - 16), lessons()?);
        assert!(cal.is_school_week(IsoWeek::of(date!(2026 - 10 - 14))));
        assert!(cal.is_school_day(date!(2026 - 10 - 16)));
        assert!(!cal.is_school_day(date!(2026 - 10 - 15)));
        assert!(!cal.is_school_day(date!(2026 - 10 - 24)), "Saturday");
        Ok(())
    }

    #[test]
    fn iso_weeks_have_numbers() -> Result<(), serde_json::Error> {
        let w = IsoWeek::of(date!(2026 - 11 - 24));
        assert_eq!((w.year(), w.number(), w.monday()), (2026, 48, date!(2026 - 11 - 23)));
        assert_eq!(IsoWeek::of(date!(2027 - 01 - 01)).year(), 2026, "1 Jan 2027 is a Friday of week 53");
        assert_eq!(serde_json::to_string(&w)?, "\"2026-W48\"");
        assert_eq!(serde_json::from_str::<IsoWeek>("\"2026-W48\"")?, w);
        Ok(())
    }

    #[test]
    fn calendars_round_trip_through_json() -> Result<(), Box<dyn std::error::Error>> {
        let mut cal = SchoolCalendar::region_noord();
        cal.set_date(date!(2026 - 03 - 10), lessons()?);
        let json = serde_json::to_string(&cal)?;
        assert_eq!(serde_json::from_str::<SchoolCalendar>(&json)?, cal);
        Ok(())
    }
}
