//! Checks per week: hours per school and holiday week, hours with school, four-week totals,
//! days per week, holiday weeks per year, and the side job added to all of these.

use std::collections::{BTreeMap, BTreeSet};

use time::Date;

use super::eval::{Eval, RowRef, max_minutes};
use crate::calendar::IsoWeek;
use crate::input::SideJob;
use crate::rules::{Check, Limit, RuleRow};
use crate::violation::{Measure, Period};

impl<'a> Eval<'a, '_> {
    pub(super) fn weeks(&mut self) {
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
    pub(super) fn side_job(
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
}
