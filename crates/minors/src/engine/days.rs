//! Checks per day: minimum ages, hours per day, start and end times (with the evening
//! extensions), Sundays, on-call duty and overtime.

use std::collections::BTreeSet;

use time::{Date, Duration, Weekday};

use super::eval::{Eval, RowRef, dated};
use super::timeline::DayWork;
use crate::calendar::IsoWeek;
use crate::rules::{Check, Limit, RuleRow};
use crate::shift::{ClockTime, ShiftKind};
use crate::violation::{Measure, Period};

impl<'a> Eval<'a, '_> {
    pub(super) fn days(&mut self) {
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
    pub(super) fn latest_end(
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

    pub(super) fn extension_consent(&mut self, rows: &[RowRef<'a>], date: Date, age: u8) {
        let consent = dated(self.case.papers.extended_hours_consent, date);
        for r in rows.iter().filter(|r| r.row.check == Check::ExtendedHoursConsent) {
            if let Some(m) = consent.clone() {
                self.push(r.row, Period::Day { date }, age, m);
            }
        }
    }
}
