//! Evaluating one pupil (or one age) against one placement.
//!
//! The checks run in four passes: per day, per week, rest periods and breaks on the timeline,
//! and the placement as a whole. Each pass looks up the rule rows that apply on a date — the
//! set in force on that date, filtered by the regime of the placement's setting, the pupil's
//! age on that date and the options — and evaluates each row's [`Check`] with the row's limit.

use std::collections::{BTreeMap, BTreeSet};

use time::{Date, Duration, Weekday};

use super::collect::Collector;
use super::rest::longest_rest;
use super::timeline::{DayWork, Iv, Timeline, covered, merge};
use crate::age::age_on;
use crate::calendar::{IsoWeek, LessonDay, SchoolCalendar};
use crate::input::{Papers, Setting, SideJob, Work};
use crate::options::{InternshipAt13, MeetingPointAtClient, MeetingPointInSchool, Options};
use crate::rules::{Check, Limit, RuleBook, RuleRow, Scope, Severity};
use crate::shift::{ClockTime, DAY, ShiftKind, date_of};
use crate::violation::{Measure, Period, Violation};

/// Where ages come from: a date of birth, or one age on every date (vacancy checks).
#[derive(Clone, Copy, Debug)]
pub(crate) enum AgeSource {
    Born(Date),
    Fixed(u8),
}

impl AgeSource {
    fn on(self, date: Date) -> u8 {
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
struct RowRef<'a> {
    id: (usize, usize),
    row: &'a RuleRow,
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

struct Eval<'a, 'c> {
    case: &'c Case<'a>,
    timeline: Timeline,
    /// The first and last date with work.
    first: Date,
    last: Date,
    cache: BTreeMap<Date, Vec<RowRef<'a>>>,
    out: Collector,
    /// Rows that needed lesson times on days where they are unknown: first and last such date,
    /// youngest age.
    unknown: BTreeMap<(usize, usize), (RowRef<'a>, Date, Date, u8)>,
}

fn violation(row: &RuleRow, period: Period, age: u8, measure: Measure) -> Violation {
    Violation { rule: row.rule, check: row.check, severity: row.severity, period, ages: row.ages, age, measure }
}

/// A signature or consent needed by `needed_by`: missing, late, or fine.
fn dated(given: Option<Date>, needed_by: Date) -> Option<Measure> {
    match given {
        None => Some(Measure::Missing),
        Some(signed) if signed > needed_by => Some(Measure::Late { required_by: needed_by, signed }),
        Some(_) => None,
    }
}

fn max_minutes(limit: &Limit) -> Option<u32> {
    match limit {
        Limit::MaxMinutes { minutes } => Some(*minutes),
        _ => None,
    }
}

impl<'a> Eval<'a, '_> {
    fn rows_on(&mut self, date: Date) -> Vec<RowRef<'a>> {
        if let Some(rows) = self.cache.get(&date) {
            return rows.clone();
        }
        let rows = self.case.rows_for(date);
        self.cache.insert(date, rows.clone());
        rows
    }

    fn push(&mut self, row: &RuleRow, period: Period, age: u8, measure: Measure) {
        self.out.push(violation(row, period, age, measure));
    }

    /// Notes that a row needed lesson times on days where they are unknown (reported once per
    /// row, over the placement's dates).
    fn flag_unknown(&mut self, r: RowRef<'a>, first: Date, last: Date, age: u8) {
        let (first, last) = (first.clamp(self.first, self.last), last.clamp(self.first, self.last));
        let e = self.unknown.entry(r.id).or_insert((r, first, last, age));
        e.1 = e.1.min(first);
        e.2 = e.2.max(last);
        e.3 = e.3.min(age);
    }

    /// Work plus school time on `date`, counting time that is both once.
    fn total_with_school(&mut self, date: Date, r: RowRef<'a>, age: u8) -> u32 {
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

    fn week_total_with_school(&mut self, week: IsoWeek, r: RowRef<'a>, age: u8) -> u32 {
        week.days().map(|d| self.total_with_school(d, r, age)).sum()
    }

    // ── Per day ──────────────────────────────────────────────────────────────────────────────

    fn days(&mut self) {
        let days: Vec<(Date, DayWork)> = self.timeline.days.iter().map(|(d, w)| (*d, w.clone())).collect();
        let sundays: BTreeSet<Date> = days.iter().map(|(d, _)| *d).filter(|d| d.weekday() == Weekday::Sunday).collect();
        for (date, day) in days {
            let rows = self.rows_on(date);
            let age = self.case.age.on(date);
            let school_day = self.case.calendar.is_school_day(date);
            let holiday_week = !self.case.calendar.is_school_week(IsoWeek::of(date));
            let sunday = date.weekday() == Weekday::Sunday;
            let minutes = day.minutes();
            let period = Period::Day { date };
            for &r in &rows {
                let row = r.row;
                match (row.check, &row.limit) {
                    (Check::MinimumAge, Limit::Age { years }) if age < *years => {
                        self.push(row, period, age, Measure::Age { minimum: *years, actual: age });
                    }
                    (Check::SchoolDayAt13, _) if school_day => self.push(row, period, age, Measure::Occurs),
                    (Check::LightWorkAt13, _) if !school_day => self.push(row, period, age, Measure::Occurs),
                    (Check::DailyWorkSchoolDay, Limit::MaxMinutes { minutes: limit })
                        if school_day && minutes > *limit =>
                    {
                        self.push(row, period, age, Measure::MinutesOver { limit: *limit, actual: minutes });
                    }
                    (Check::DailyWorkFreeDay, Limit::MaxMinutes { minutes: limit })
                        if !school_day && minutes > *limit =>
                    {
                        self.push(row, period, age, Measure::MinutesOver { limit: *limit, actual: minutes });
                    }
                    (Check::DailyTotalWithSchool, Limit::MaxMinutes { minutes: limit }) => {
                        let total = self.total_with_school(date, r, age);
                        if total > *limit {
                            self.push(row, period, age, Measure::MinutesOver { limit: *limit, actual: total });
                        }
                    }
                    (Check::EarliestStart, Limit::Clock { time }) if day.first_start() < time.minutes() => {
                        let actual = ClockTime::from_minutes(day.first_start());
                        self.push(row, period, age, Measure::StartsBefore { limit: *time, actual });
                    }
                    (Check::LatestEnd, Limit::Clock { time }) => {
                        self.latest_end(row, *time, &rows, date, age, day.last_end(), school_day, holiday_week);
                    }
                    (Check::SundayWork | Check::SundayForbidden, _) if sunday => {
                        self.push(row, period, age, Measure::Occurs);
                    }
                    (Check::SaturdayBeforeSunday, _) if sunday => {
                        let saturday = date - Duration::days(1);
                        if self.timeline.days.contains_key(&saturday) {
                            self.push(row, period, age, Measure::Occurs);
                        }
                    }
                    (Check::SundaysPerWindow, Limit::PerWindow { count, weeks }) if sunday => {
                        let last = IsoWeek::of(date);
                        let first = last.plus(-(i64::from(*weeks) - 1));
                        let worked = sundays.range(first.monday()..=date).count();
                        let actual = u32::try_from(worked).unwrap_or(u32::MAX);
                        if actual > *count {
                            let m = Measure::SundaysOver { limit: *count, actual, weeks: *weeks };
                            self.push(row, Period::Weeks { first, last }, age, m);
                        }
                    }
                    (Check::ParentSundayConsent, _) if sunday => {
                        if let Some(m) = dated(self.case.papers.parent_sunday_consent, date) {
                            self.push(row, period, age, m);
                        }
                    }
                    (Check::PupilSundayConsent, _) if sunday => {
                        if let Some(m) = dated(self.case.papers.pupil_sunday_consent, date) {
                            self.push(row, period, age, m);
                        }
                    }
                    (Check::OnCallOrOvertime, _) => {
                        let kinds: BTreeSet<ShiftKind> = self
                            .case
                            .work
                            .shifts
                            .iter()
                            .filter(|s| s.date() == date && s.kind() != ShiftKind::Regular)
                            .map(|s| s.kind())
                            .collect();
                        for kind in kinds {
                            self.push(row, period, age, Measure::Shift { kind });
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    /// The latest end with its extensions (B7, C5; D3 and E3 have none). An extension of the
    /// same rule applies on non-school days ([`Check::EveningExtension`], with a parent's
    /// consent) or in holiday weeks ([`Check::HolidayEvening`]). Work in an extension is a
    /// warning; work beyond the widest one is blocked with that one as the limit.
    #[allow(clippy::too_many_arguments)]
    fn latest_end(
        &mut self,
        base_row: &RuleRow,
        base: ClockTime,
        rows: &[RowRef<'a>],
        date: Date,
        age: u8,
        end: u16,
        school_day: bool,
        holiday_week: bool,
    ) {
        if end <= base.minutes() {
            return;
        }
        let limit_of = |r: &RuleRow| match r.limit {
            Limit::Clock { time } => time,
            _ => base,
        };
        let extensions: Vec<&RuleRow> = rows
            .iter()
            .map(|r| r.row)
            .filter(|r| {
                r.rule == base_row.rule
                    && ((r.check == Check::EveningExtension && !school_day)
                        || (r.check == Check::HolidayEvening && holiday_week))
            })
            .collect();
        let covering = extensions
            .iter()
            .filter(|r| end <= limit_of(r).minutes())
            .min_by_key(|r| (r.check == Check::EveningExtension, limit_of(r)))
            .copied();
        let widest = extensions.iter().max_by_key(|r| limit_of(r)).copied();
        let period = Period::Day { date };
        let actual = ClockTime::from_minutes(end);
        let used = covering.or(widest);
        if let Some(ext) = used {
            self.push(ext, period, age, Measure::EndsAfter { limit: base, actual });
            if ext.check == Check::EveningExtension {
                self.extension_consent(rows, date, age);
            }
        }
        if covering.is_none() {
            let limit = used.map(limit_of).unwrap_or(base);
            self.push(base_row, period, age, Measure::EndsAfter { limit, actual });
        }
    }

    fn extension_consent(&mut self, rows: &[RowRef<'a>], date: Date, age: u8) {
        let consent = dated(self.case.papers.extended_hours_consent, date);
        for r in rows.iter().filter(|r| r.row.check == Check::ExtendedHoursConsent) {
            if let Some(m) = consent.clone() {
                self.push(r.row, Period::Day { date }, age, m);
            }
        }
    }

    // ── Per week ─────────────────────────────────────────────────────────────────────────────

    fn weeks(&mut self) {
        struct WeekWork<'a> {
            minutes: u32,
            days: u32,
            rows: BTreeMap<(usize, usize), (RowRef<'a>, u8)>,
        }
        let mut weeks: BTreeMap<IsoWeek, WeekWork<'a>> = BTreeMap::new();
        let dates: Vec<(Date, u32)> = self.timeline.days.iter().map(|(d, w)| (*d, w.minutes())).collect();
        for (date, minutes) in dates {
            let rows = self.rows_on(date);
            let age = self.case.age.on(date);
            let w = weeks.entry(IsoWeek::of(date)).or_insert_with(|| WeekWork {
                minutes: 0,
                days: 0,
                rows: BTreeMap::new(),
            });
            w.minutes += minutes;
            w.days += 1;
            for r in rows {
                let e = w.rows.entry(r.id).or_insert((r, age));
                e.1 = e.1.min(age);
            }
        }
        let holiday_weeks: BTreeSet<IsoWeek> =
            weeks.keys().copied().filter(|w| !self.case.calendar.is_school_week(*w)).collect();
        for (week, w) in &weeks {
            let week = *week;
            let school_week = !holiday_weeks.contains(&week);
            let period = Period::Week { week };
            for (r, age) in w.rows.values().copied() {
                let row = r.row;
                match (row.check, &row.limit) {
                    (Check::WeeklyWorkSchoolWeek, Limit::MaxMinutes { minutes: limit })
                        if school_week && w.minutes > *limit =>
                    {
                        self.push(row, period, age, Measure::MinutesOver { limit: *limit, actual: w.minutes });
                    }
                    (Check::WeeklyWorkHolidayWeek, Limit::MaxMinutes { minutes: limit })
                        if !school_week && w.minutes > *limit =>
                    {
                        self.push(row, period, age, Measure::MinutesOver { limit: *limit, actual: w.minutes });
                    }
                    (Check::WeeklyTotalWithSchool, Limit::MaxMinutes { minutes: limit }) => {
                        let total = self.week_total_with_school(week, r, age);
                        if total > *limit {
                            self.push(row, period, age, Measure::MinutesOver { limit: *limit, actual: total });
                        }
                    }
                    (Check::FourWeeksWithSchool, Limit::MaxMinutes { minutes: limit }) => {
                        let total: u32 = (0..4).map(|k| self.week_total_with_school(week.plus(-k), r, age)).sum();
                        if total > *limit {
                            let p = Period::Weeks { first: week.plus(-3), last: week };
                            self.push(row, p, age, Measure::MinutesOver { limit: *limit, actual: total });
                        }
                    }
                    (Check::WorkDaysPerWeek, Limit::MaxCount { count }) if w.days > *count => {
                        self.push(row, period, age, Measure::CountOver { limit: *count, actual: w.days });
                    }
                    (Check::HolidayWeeksPerYear, Limit::MaxCount { count }) if !school_week => {
                        let n = holiday_weeks.range(..=week).filter(|h| h.year() == week.year()).count();
                        let actual = u32::try_from(n).unwrap_or(u32::MAX);
                        if actual > *count {
                            self.push(row, period, age, Measure::CountOver { limit: *count, actual });
                        }
                    }
                    (Check::ConsecutiveHolidayWeeks, Limit::MaxCount { count }) if !school_week => {
                        let actual = (0i64..).take_while(|k| holiday_weeks.contains(&week.plus(-k))).count();
                        let actual = u32::try_from(actual).unwrap_or(u32::MAX);
                        if actual > *count {
                            self.push(row, period, age, Measure::CountOver { limit: *count, actual });
                        }
                    }
                    (Check::SideJobCombined, _) => {
                        let others: Vec<RowRef<'a>> = w.rows.values().map(|(o, _)| *o).collect();
                        self.side_job(row, &others, week, w.minutes, w.days, school_week, age);
                    }
                    _ => {}
                }
            }
        }
    }

    /// B13: the week's work plus the declared side job against each weekly limit that applies.
    #[allow(clippy::too_many_arguments)]
    fn side_job(
        &mut self,
        b13: &RuleRow,
        rows: &[RowRef<'a>],
        week: IsoWeek,
        minutes: u32,
        days: u32,
        school_week: bool,
        age: u8,
    ) {
        let SideJob::Declared { minutes_per_week, days_per_week } = self.case.papers.side_job else { return };
        let period = Period::Week { week };
        for &r in rows {
            let o = r.row;
            let total = match o.check {
                Check::WeeklyWorkSchoolWeek if school_week => Some(minutes),
                Check::WeeklyWorkHolidayWeek if !school_week => Some(minutes),
                Check::WeeklyTotalWithSchool => Some(self.week_total_with_school(week, r, age)),
                _ => None,
            };
            if let (Some(total), Some(limit)) = (total, max_minutes(&o.limit)) {
                let actual = total + minutes_per_week;
                if actual > limit {
                    self.push(b13, period, age, Measure::MinutesOver { limit, actual });
                }
            }
            if let (Check::WorkDaysPerWeek, Limit::MaxCount { count }) = (o.check, &o.limit) {
                let actual = (days + u32::from(days_per_week)).min(7);
                if actual > *count {
                    self.push(b13, period, age, Measure::CountOver { limit: *count, actual });
                }
            }
        }
    }

    // ── Rest and breaks ──────────────────────────────────────────────────────────────────────

    fn rest(&mut self) {
        let work = self.timeline.work.clone();
        let with_school = if self.case.options.school_time_in_rest_periods {
            let mut ivs = work.clone();
            let mut d = self.first - Duration::days(8);
            while d <= self.last + Duration::days(8) {
                ivs.extend(self.case.calendar.lesson_interval(d));
                d += Duration::days(1);
            }
            merge(ivs)
        } else {
            work.clone()
        };
        let day = i64::from(DAY);
        let passes = [
            (Check::DailyRest, day, &work),
            (Check::DailyRestWithSchool, day, &with_school),
            (Check::WeeklyRestWithSchool, 7 * day, &with_school),
        ];
        for (check, window, occupied) in passes {
            for &(start, _) in occupied {
                if !self.timeline.works_within(start, start + window) {
                    continue;
                }
                let date = date_of(start);
                let rows: Vec<RowRef<'a>> = self.rows_on(date).into_iter().filter(|r| r.row.check == check).collect();
                if rows.is_empty() {
                    continue;
                }
                let longest = u32::try_from(longest_rest(occupied, start, window)).unwrap_or(u32::MAX);
                let age = self.case.age.on(date);
                for r in rows {
                    if let Limit::MinMinutes { minutes: limit } = r.row.limit
                        && longest < limit
                    {
                        let period = if check == Check::WeeklyRestWithSchool {
                            Period::Week { week: IsoWeek::of(date) }
                        } else {
                            Period::Day { date }
                        };
                        self.push(r.row, period, age, Measure::MinutesUnder { limit, actual: longest });
                    }
                }
            }
        }
    }

    /// Breaks: a stretch is work with gaps shorter than the pause between; it may hold at most
    /// `after` minutes of work. (Read strictly: not just "some break when the day has more than
    /// 4.5 hours", but no more than 4.5 hours of work without one.)
    fn breaks(&mut self) {
        let dates: Vec<Date> = self.timeline.days.keys().copied().collect();
        let mut pauses = BTreeSet::new();
        for date in dates {
            for r in self.rows_on(date) {
                if let Limit::Break { pause, .. } = r.row.limit {
                    pauses.insert(pause);
                }
            }
        }
        for pause in pauses {
            let mut stretches: Vec<(i64, u32)> = Vec::new();
            let mut last_end: Option<i64> = None;
            for &(s, e) in &self.timeline.work {
                let minutes = u32::try_from(e - s).unwrap_or(u32::MAX);
                match (last_end, stretches.last_mut()) {
                    (Some(prev), Some(current)) if s - prev < i64::from(pause) => current.1 += minutes,
                    _ => stretches.push((s, minutes)),
                }
                last_end = Some(e);
            }
            for (start, minutes) in stretches {
                let date = date_of(start);
                let age = self.case.age.on(date);
                for r in self.rows_on(date) {
                    if let Limit::Break { after, pause: p } = r.row.limit
                        && p == pause
                        && minutes > after
                    {
                        self.push(
                            r.row,
                            Period::Day { date },
                            age,
                            Measure::MinutesOver { limit: after, actual: minutes },
                        );
                    }
                }
            }
        }
    }

    // ── The placement as a whole ─────────────────────────────────────────────────────────────

    fn placement(&mut self) {
        let mut union: BTreeMap<(usize, usize), (RowRef<'a>, Date, Date, u8)> = BTreeMap::new();
        let dates: Vec<Date> = self.timeline.days.keys().copied().collect();
        for date in dates {
            let age = self.case.age.on(date);
            for r in self.rows_on(date) {
                let e = union.entry(r.id).or_insert((r, date, date, age));
                e.2 = date;
                e.3 = e.3.min(age);
            }
        }
        let at_start: BTreeSet<(usize, usize)> = self.rows_on(self.first).iter().map(|r| r.id).collect();
        let whole = Period::Placement { first: self.first, last: self.last };
        let minutes = covered(&self.timeline.work);
        let days = u32::try_from((self.last - self.first).whole_days() + 1).unwrap_or(u32::MAX);
        let host = &self.case.work.host;
        let papers = self.case.papers;
        for (r, first, last, age) in union.into_values() {
            let row = r.row;
            let period = Period::Placement { first, last };
            let start_age = self.case.age.on(self.first);
            match (row.check, &row.limit) {
                (Check::AgreementBeforeStart | Check::ParentSignature | Check::PupilSignature, _) => {
                    if !at_start.contains(&r.id) {
                        continue;
                    }
                    let given = match row.check {
                        Check::AgreementBeforeStart => papers.agreement.concluded(),
                        Check::ParentSignature => papers.agreement.parent_signed,
                        _ => papers.agreement.pupil_signed,
                    };
                    if let Some(m) = dated(given, self.first) {
                        self.push(row, whole, start_age, m);
                    }
                }
                (Check::SupervisorNamed, _) if !host.supervisor_named => {
                    self.push(row, period, age, Measure::Missing);
                }
                (Check::TasksDeclared, _) if host.tasks.is_none() => {
                    self.push(row, period, age, Measure::Missing);
                }
                (Check::BannedTasks, Limit::Tasks { tasks }) => {
                    for task in host.tasks.iter().flatten().filter(|t| tasks.contains(t)) {
                        self.push(row, period, age, Measure::Task { task: *task });
                    }
                }
                (Check::ExpertSupervision, Limit::Tasks { tasks }) if !host.expert_supervision => {
                    for task in host.tasks.iter().flatten().filter(|t| tasks.contains(t)) {
                        self.push(row, period, age, Measure::Task { task: *task });
                    }
                    if host.hazardous_tasks {
                        self.push(row, period, age, Measure::Occurs);
                    }
                }
                (Check::HostHazards, _) if host.hazardous_tasks => {
                    self.push(row, period, age, Measure::Occurs);
                }
                (Check::Alcohol, _) if host.alcohol_served => {
                    if self.case.work.horeca_training {
                        let mut v = violation(row, period, age, Measure::Excepted);
                        v.severity = Severity::Warn;
                        self.out.push(v);
                    } else {
                        self.push(row, period, age, Measure::Occurs);
                    }
                }
                (Check::SideJobDeclared, _) if papers.side_job == SideJob::Undeclared => {
                    self.push(row, period, age, Measure::Missing);
                }
                (Check::ChildcareRegistration, Limit::Threshold { days: limit_days, minutes: limit_minutes })
                    if host.childcare =>
                {
                    let over = days > *limit_days || minutes > *limit_minutes;
                    if over && dated(papers.childcare_registration, self.first).is_some() {
                        let m = Measure::OverThreshold {
                            limit_days: *limit_days,
                            limit_minutes: *limit_minutes,
                            days,
                            minutes,
                            registered: papers.childcare_registration,
                        };
                        self.push(row, whole, start_age, m);
                    }
                }
                (Check::PupilVog, Limit::Threshold { days: limit_days, minutes: limit_minutes })
                    if host.works_with_children && !host.childcare =>
                {
                    let over = days > *limit_days || minutes > *limit_minutes;
                    if over && papers.pupil_vog.is_none() {
                        let m = Measure::OverThreshold {
                            limit_days: *limit_days,
                            limit_minutes: *limit_minutes,
                            days,
                            minutes,
                            registered: None,
                        };
                        self.push(row, whole, start_age, m);
                    }
                }
                _ => {}
            }
        }
    }

    /// One warning per rule that counts school time on days whose lesson times are unknown.
    fn unknown_school_time(&mut self) {
        let flagged: Vec<(RowRef<'a>, Date, Date, u8)> = self.unknown.values().copied().collect();
        for (r, first, last, age) in flagged {
            let mut v = violation(r.row, Period::Placement { first, last }, age, Measure::SchoolTimeUnknown);
            v.severity = Severity::Warn;
            self.out.push(v);
        }
    }
}
