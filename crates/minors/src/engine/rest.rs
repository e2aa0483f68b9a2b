//! Rest periods: the longest uninterrupted free time in a window.
//!
//! "At least R hours of uninterrupted rest per 24 hours" is read as: in the 24 hours (or 7 × 24
//! hours for weekly rest) from **every start of work** — every start after a pause, not only the
//! first of a day — there is a free stretch of at least R hours inside that window. The
//! Arbeidstijdenwet measures the 24 hours from the start of a *dienst*; anchoring at every start
//! is the stricter reading (a second stretch of work on the same day could be a new *dienst*).
//! A sliding window from *any* moment would be impossible to satisfy for any work at all, so it
//! cannot be what the rule means.

use std::collections::BTreeSet;

use time::{Date, Duration};

use super::eval::{Eval, RowRef};
use super::timeline::{Iv, merge};
use crate::calendar::IsoWeek;
use crate::rules::{Check, Limit};
use crate::shift::{DAY, date_of};
use crate::violation::{Measure, Period};

/// The longest free stretch inside `[start, start + window)` between the sorted, merged
/// `occupied` intervals.
pub(super) fn longest_rest(occupied: &[Iv], start: i64, window: i64) -> i64 {
    let end = start + window;
    let mut cursor = start;
    let mut best = 0;
    let first = occupied.partition_point(|iv| iv.1 <= start);
    for &(s, e) in occupied.get(first..).unwrap_or(&[]) {
        if s >= end {
            break;
        }
        if s > cursor {
            best = best.max(s - cursor);
        }
        cursor = cursor.max(e);
    }
    if end > cursor {
        best = best.max(end - cursor);
    }
    best
}

impl<'a> Eval<'a, '_> {
    pub(super) fn rest(&mut self) {
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
    pub(super) fn breaks(&mut self) {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = 60;

    #[test]
    fn rest_is_measured_inside_the_window() {
        // Work 07:00–17:00 and again at 07:00 the next day: 14 hours free.
        let occ = [(7 * H, 17 * H), (31 * H, 33 * H)];
        assert_eq!(longest_rest(&occ, 7 * H, 24 * H), 14 * H);
        // Work until 17:30: 13.5 hours.
        let occ = [(7 * H, 17 * H + 30), (31 * H, 33 * H)];
        assert_eq!(longest_rest(&occ, 7 * H, 24 * H), 13 * H + 30);
        // A split day 07–09 and 16–18: the longest free stretch is 18:00–07:00.
        let occ = [(7 * H, 9 * H), (16 * H, 18 * H), (31 * H, 33 * H)];
        assert_eq!(longest_rest(&occ, 7 * H, 24 * H), 13 * H);
        // Nothing after: the window's tail is free.
        assert_eq!(longest_rest(&[(7 * H, 9 * H)], 7 * H, 24 * H), 22 * H);
    }
}
