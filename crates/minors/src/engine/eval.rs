//! Evaluating one pupil (or one age) against one placement.
//!
//! The checks run in four passes: per day, per week, rest periods and breaks on the timeline,
//! and the placement as a whole. Each pass looks up the rule rows that apply on a date — the
//! set in force on that date, filtered by the regime of the placement's setting, the pupil's
//! age on that date and the options — and evaluates each row's [`Check`](crate::Check) with the row's limit.

use std::collections::BTreeMap;

use time::Date;

use super::collect::Collector;
use super::timeline::{Iv, Timeline, covered, merge};
use crate::age::age_on;
use crate::calendar::{IsoWeek, LessonDay, SchoolCalendar};
use crate::input::{Papers, Setting, Work};
use crate::options::{InternshipAt13, MeetingPointAtClient, MeetingPointInSchool, Options};
use crate::rules::{Limit, RuleBook, RuleRow, Scope};
use crate::violation::{Measure, Period, Violation};

/// Where ages come from: a date of birth, or one age on every date (vacancy checks).
#[derive(Clone, Copy, Debug)]
pub(crate) enum AgeSource {
    Born(Date),
    Fixed(u8),
}

impl AgeSource {
    pub(super) fn on(self, date: Date) -> u8 {
        match self {
            AgeSource::Born(born) => age_on(born, date),
            AgeSource::Fixed(age) => age,
        }
    }
}

/// Everything one evaluation needs.
pub(crate) struct Case<'a> {
    pub book: &'a RuleBook,
    pub options: &'a Options,
    pub age: AgeSource,
    pub work: &'a Work,
    pub papers: &'a Papers,
    pub calendar: &'a SchoolCalendar,
}

/// A row with a stable identity (set index, row index).
#[derive(Clone, Copy)]
pub(super) struct RowRef<'a> {
    pub id: (usize, usize),
    pub row: &'a RuleRow,
}

/// Which regimes a placement falls under on a date.
#[derive(Clone, Copy, Default)]
struct Regimes {
    mas: bool,
    internship: bool,
}

impl Regimes {
    fn admits(self, scope: Scope) -> bool {
        match scope {
            Scope::Mas => self.mas,
            Scope::Internship => self.internship,
            Scope::AnyWork => self.mas || self.internship,
        }
    }
}

impl<'a> Case<'a> {
    /// The regimes of the setting for a pupil of `age` (MINORS-RULES.md section 0, with the
    /// options for Q3 and Q4).
    fn regimes(&self, age: u8) -> Regimes {
        let o = self.options;
        let mas = Regimes { mas: true, internship: false };
        let internship = Regimes {
            mas: age == 13 && o.internship_at_13 == InternshipAt13::LightWorkOnNonSchoolDays,
            internship: true,
        };
        match self.work.setting {
            Setting::MasOutsideSchool => mas,
            Setting::MasInsideSchool => Regimes::default(),
            Setting::Internship => internship,
            Setting::MeetingPointInSchool => match o.meeting_point_in_school {
                MeetingPointInSchool::AsWork => mas,
                MeetingPointInSchool::AsSchoolActivity => Regimes::default(),
            },
            Setting::MeetingPointAtClient => match o.meeting_point_at_client {
                MeetingPointAtClient::Strictest => Regimes { mas: true, internship: true },
                MeetingPointAtClient::AsMas => mas,
                MeetingPointAtClient::AsInternship => internship,
            },
        }
    }

    /// The rows that apply on `date`.
    fn rows_for(&self, date: Date) -> Vec<RowRef<'a>> {
        let age = self.age.on(date);
        let regimes = self.regimes(age);
        if !regimes.mas && !regimes.internship {
            return Vec::new();
        }
        let sets = self.book.sets();
        let index = sets.iter().rposition(|s| s.effective_from.is_none_or(|d| d <= date)).unwrap_or(0);
        let Some(set) = sets.get(index) else { return Vec::new() };
        set.rows
            .iter()
            .enumerate()
            .filter(|(_, r)| regimes.admits(r.scope) && r.ages.contains(age) && r.when.holds(self.options))
            .map(|(i, row)| RowRef { id: (index, i), row })
            .collect()
    }

    /// All violations, sorted.
    pub(crate) fn evaluate(&self) -> Vec<Violation> {
        let Some(first) = self.work.shifts.iter().map(|s| s.date()).min() else { return Vec::new() };
        let timeline = Timeline::new(&self.work.shifts);
        let last = timeline.days.keys().next_back().copied().unwrap_or(first);
        let mut ev = Eval {
            case: self,
            timeline,
            first,
            last,
            cache: BTreeMap::new(),
            out: Collector::default(),
            unknown: BTreeMap::new(),
        };
        ev.days();
        ev.weeks();
        ev.rest();
        ev.breaks();
        ev.placement();
        ev.unknown_school_time();
        ev.out.finish()
    }
}

pub(super) struct Eval<'a, 'c> {
    pub case: &'c Case<'a>,
    pub timeline: Timeline,
    /// The first and last date with work.
    pub first: Date,
    pub last: Date,
    cache: BTreeMap<Date, Vec<RowRef<'a>>>,
    pub out: Collector,
    /// Rows that needed lesson times on days where they are unknown: first and last such date,
    /// youngest age.
    pub unknown: BTreeMap<(usize, usize), (RowRef<'a>, Date, Date, u8)>,
}

pub(super) fn violation(row: &RuleRow, period: Period, age: u8, measure: Measure) -> Violation {
    Violation { rule: row.rule, check: row.check, severity: row.severity, period, ages: row.ages, age, measure }
}

/// A signature or consent needed by `needed_by`: missing, late, or fine.
pub(super) fn dated(given: Option<Date>, needed_by: Date) -> Option<Measure> {
    match given {
        None => Some(Measure::Missing),
        Some(signed) if signed > needed_by => Some(Measure::Late { required_by: needed_by, signed }),
        Some(_) => None,
    }
}

pub(super) fn max_minutes(limit: &Limit) -> Option<u32> {
    match limit {
        Limit::MaxMinutes { minutes } => Some(*minutes),
        _ => None,
    }
}

impl<'a> Eval<'a, '_> {
    pub(super) fn rows_on(&mut self, date: Date) -> Vec<RowRef<'a>> {
        if let Some(rows) = self.cache.get(&date) {
            return rows.clone();
        }
        let rows = self.case.rows_for(date);
        self.cache.insert(date, rows.clone());
        rows
    }

    pub(super) fn push(&mut self, row: &RuleRow, period: Period, age: u8, measure: Measure) {
        self.out.push(violation(row, period, age, measure));
    }

    /// Notes that a row needed lesson times on days where they are unknown (reported once per
    /// row, over the placement's dates).
    pub(super) fn flag_unknown(&mut self, r: RowRef<'a>, first: Date, last: Date, age: u8) {
        let (first, last) = (first.clamp(self.first, self.last), last.clamp(self.first, self.last));
        let e = self.unknown.entry(r.id).or_insert((r, first, last, age));
        e.1 = e.1.min(first);
        e.2 = e.2.max(last);
        e.3 = e.3.min(age);
    }

    /// Work plus school time on `date`, counting time that is both once.
    pub(super) fn total_with_school(&mut self, date: Date, r: RowRef<'a>, age: u8) -> u32 {
        let mut ivs: Vec<Iv> = self
            .timeline
            .days
            .get(&date)
            .map(|d| d.segments.iter().map(|&(s, e)| (i64::from(s), i64::from(e))).collect())
            .unwrap_or_default();
        match self.case.calendar.lessons_on(date) {
            LessonDay::Lessons(span) => ivs.push((i64::from(span.start().minutes()), i64::from(span.end().minutes()))),
            LessonDay::Unknown => self.flag_unknown(r, date, date, age),
            LessonDay::NoLessons => {}
        }
        covered(&merge(ivs))
    }

    pub(super) fn week_total_with_school(&mut self, week: IsoWeek, r: RowRef<'a>, age: u8) -> u32 {
        week.days().map(|d| self.total_with_school(d, r, age)).sum()
    }
}
