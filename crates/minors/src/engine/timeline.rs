//! Work on a timeline: merged intervals in absolute minutes, and per calendar day.

use std::collections::BTreeMap;

use time::Date;

use crate::shift::{DAY, Shift, abs_minutes, date_of};

/// A half-open interval `[start, end)` in absolute minutes.
pub(super) type Iv = (i64, i64);

/// Sorts and merges overlapping or touching intervals.
pub(super) fn merge(mut ivs: Vec<Iv>) -> Vec<Iv> {
    ivs.sort_unstable();
    let mut out: Vec<Iv> = Vec::with_capacity(ivs.len());
    for (s, e) in ivs {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Minutes covered by merged, sorted intervals.
pub(super) fn covered(ivs: &[Iv]) -> u32 {
    let total: i64 = ivs.iter().map(|(s, e)| e - s).sum();
    u32::try_from(total.max(0)).unwrap_or(u32::MAX)
}

/// Work on one calendar day: merged segments in minutes after that day's midnight (an
/// overnight shift is split at midnight).
#[derive(Clone, Debug, Default)]
pub(super) struct DayWork {
    pub segments: Vec<(u16, u16)>,
}

impl DayWork {
    pub fn minutes(&self) -> u32 {
        self.segments.iter().map(|(s, e)| u32::from(e - s)).sum()
    }

    pub fn first_start(&self) -> u16 {
        self.segments.first().map(|s| s.0).unwrap_or(0)
    }

    pub fn last_end(&self) -> u16 {
        self.segments.last().map(|s| s.1).unwrap_or(0)
    }
}

/// The work of a placement: merged intervals and the days they touch.
pub(super) struct Timeline {
    pub work: Vec<Iv>,
    pub days: BTreeMap<Date, DayWork>,
}

impl Timeline {
    pub fn new(shifts: &[Shift]) -> Timeline {
        let work = merge(shifts.iter().map(Shift::span).collect());
        let mut days: BTreeMap<Date, DayWork> = BTreeMap::new();
        for &(s, e) in &work {
            let mut at = s;
            while at < e {
                let date = date_of(at);
                let midnight = abs_minutes(date);
                let until = e.min(midnight + i64::from(DAY));
                let seg = (clip(at - midnight), clip(until - midnight));
                days.entry(date).or_default().segments.push(seg);
                at = until;
            }
        }
        Timeline { work, days }
    }

    /// Whether any work overlaps `[start, end)`.
    pub fn works_within(&self, start: i64, end: i64) -> bool {
        let i = self.work.partition_point(|iv| iv.1 <= start);
        self.work.get(i).is_some_and(|iv| iv.0 < end)
    }
}

fn clip(m: i64) -> u16 {
    u16::try_from(m.clamp(0, i64::from(DAY))).unwrap_or(DAY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, time};

    #[test]
    fn overnight_work_is_split_at_midnight() -> Result<(), crate::ShiftError> {
        let shifts = [
            Shift::overnight(date!(2026 - 11 - 24), time!(22:00), time!(02:00))?,
            Shift::new(date!(2026 - 11 - 24), time!(21:00), time!(22:30))?,
        ];
        let t = Timeline::new(&shifts);
        assert_eq!(t.work.len(), 1);
        assert_eq!(t.days[&date!(2026 - 11 - 24)].segments, vec![(21 * 60, 1440)]);
        assert_eq!(t.days[&date!(2026 - 11 - 25)].segments, vec![(0, 120)]);
        Ok(())
    }
}
