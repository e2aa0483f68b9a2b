//! Shifts: when a pupil works.
//!
//! A [`Shift`] is one stretch of work on a date, from a vacancy's time slot or from a pupil's
//! hours entry. Several shifts on one day are allowed; the time between them is a break (or
//! rest). A shift may run past midnight ([`Shift::overnight`]) so that such work is reported
//! rather than impossible to enter; minors may not work at night, so the checks flag it.

use std::fmt;

use serde::{Deserialize, Serialize};
use time::{Date, Time};

use crate::serde_fmt::{hh_mm, iso_date};

/// Minutes in a day.
pub(crate) const DAY: u16 = 1440;

/// A clock time as minutes after midnight of a reference date. Values from 24:00 upwards lie on
/// the next day (an overnight shift's end). Shown as `HH:MM`, with `24:00` for midnight at the
/// end of a day and next-day times wrapped (`01:30`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime(u16);

impl ClockTime {
    /// Midnight at the start of the day.
    pub const MIDNIGHT: ClockTime = ClockTime(0);

    /// `hour:minute`, hours 0–47 (24 and up: the next day). `None` when out of range.
    pub const fn hm(hour: u16, minute: u16) -> Option<ClockTime> {
        if minute >= 60 || hour >= 48 { None } else { Some(ClockTime(hour * 60 + minute)) }
    }

    /// A [`Time`] of day (seconds are dropped).
    pub fn from_time(t: Time) -> ClockTime {
        ClockTime(u16::from(t.hour()) * 60 + u16::from(t.minute()))
    }

    /// Minutes after the reference midnight.
    pub const fn minutes(self) -> u16 {
        self.0
    }

    pub(crate) const fn from_minutes(m: u16) -> ClockTime {
        ClockTime(m)
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = self.0;
        if m == DAY {
            return f.write_str("24:00");
        }
        write!(f, "{:02}:{:02}", (m / 60) % 24, m % 60)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{:02}:{:02}", self.0 / 60, self.0 % 60))
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let parsed = s.split_once(':').and_then(|(h, m)| {
            let ok = h.len() == 2 && m.len() == 2;
            ok.then(|| Some((h.parse::<u16>().ok()?, m.parse::<u16>().ok()?))).flatten()
        });
        parsed
            .and_then(|(h, m)| ClockTime::hm(h, m))
            .ok_or_else(|| serde::de::Error::custom(format!("not a clock time HH:MM: {s:?}")))
    }
}

/// What kind of work a shift is. The youth rules ban on-call duty and overtime (E7).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ShiftKind {
    /// Planned work.
    #[default]
    Regular,
    /// Being on call (*consignatie*).
    OnCall,
    /// Work beyond the agreed schedule (*overwerk*).
    Overtime,
}

/// Why a shift could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShiftError {
    #[error("a shift must end after it starts (use an overnight shift for work past midnight)")]
    EndNotAfterStart,
    #[error("an overnight shift must end on the next day no later than its start time")]
    LongerThanADay,
    #[error("shift times are whole minutes")]
    NotWholeMinutes,
}

/// One stretch of work: a date, a start time and an end time (the same day, or the next day for
/// an [overnight](Shift::overnight) shift). Always at least one minute long and at most 24 hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "ShiftRepr", into = "ShiftRepr")]
pub struct Shift {
    date: Date,
    start: u16,
    /// Minutes after midnight of `date`; above 1440 for overnight shifts.
    end: u16,
    kind: ShiftKind,
}

impl Shift {
    /// A shift on `date` from `start` to `end` on the same day.
    pub fn new(date: Date, start: Time, end: Time) -> Result<Shift, ShiftError> {
        let (s, e) = (whole_minutes(start)?, whole_minutes(end)?);
        if e <= s {
            return Err(ShiftError::EndNotAfterStart);
        }
        Ok(Shift { date, start: s, end: e, kind: ShiftKind::Regular })
    }

    /// A shift that starts on `date` at `start` and ends on the next day at `end_next_day`
    /// (`00:00` for "until midnight"). It lasts at most 24 hours.
    pub fn overnight(date: Date, start: Time, end_next_day: Time) -> Result<Shift, ShiftError> {
        let (s, e) = (whole_minutes(start)?, whole_minutes(end_next_day)?);
        if e > s {
            return Err(ShiftError::LongerThanADay);
        }
        Ok(Shift { date, start: s, end: DAY + e, kind: ShiftKind::Regular })
    }

    /// The same shift as another kind of work.
    pub fn with_kind(self, kind: ShiftKind) -> Shift {
        Shift { kind, ..self }
    }

    /// The date the shift starts on.
    pub fn date(&self) -> Date {
        self.date
    }

    /// The start, in minutes after midnight of [`date`](Shift::date).
    pub fn start(&self) -> ClockTime {
        ClockTime(self.start)
    }

    /// The end, in minutes after midnight of [`date`](Shift::date) (24:00 and up: the next day).
    pub fn end(&self) -> ClockTime {
        ClockTime(self.end)
    }

    pub fn kind(&self) -> ShiftKind {
        self.kind
    }

    /// Whether the shift runs past midnight.
    pub fn is_overnight(&self) -> bool {
        self.end > DAY
    }

    /// Length in minutes.
    pub fn minutes(&self) -> u32 {
        u32::from(self.end - self.start)
    }

    /// Start and end as absolute minutes (see [`abs_minutes`]).
    pub(crate) fn span(&self) -> (i64, i64) {
        let base = abs_minutes(self.date);
        (base + i64::from(self.start), base + i64::from(self.end))
    }
}

/// Minutes from a fixed epoch to midnight at the start of `date`.
pub(crate) fn abs_minutes(date: Date) -> i64 {
    i64::from(date.to_julian_day()) * i64::from(DAY)
}

/// The date holding the absolute minute `m` (see [`abs_minutes`]).
pub(crate) fn date_of(m: i64) -> Date {
    let day = m.div_euclid(i64::from(DAY));
    i32::try_from(day).ok().and_then(|d| Date::from_julian_day(d).ok()).unwrap_or(Date::MIN)
}

fn whole_minutes(t: Time) -> Result<u16, ShiftError> {
    if t.second() != 0 || t.nanosecond() != 0 {
        return Err(ShiftError::NotWholeMinutes);
    }
    Ok(u16::from(t.hour()) * 60 + u16::from(t.minute()))
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShiftRepr {
    #[serde(with = "iso_date")]
    date: Date,
    #[serde(with = "hh_mm")]
    start: Time,
    #[serde(with = "hh_mm")]
    end: Time,
    /// The end lies on the next day.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    overnight: bool,
    #[serde(default, skip_serializing_if = "is_regular")]
    kind: ShiftKind,
}

fn is_regular(k: &ShiftKind) -> bool {
    *k == ShiftKind::Regular
}

impl TryFrom<ShiftRepr> for Shift {
    type Error = ShiftError;
    fn try_from(r: ShiftRepr) -> Result<Self, Self::Error> {
        let shift =
            if r.overnight { Shift::overnight(r.date, r.start, r.end)? } else { Shift::new(r.date, r.start, r.end)? };
        Ok(shift.with_kind(r.kind))
    }
}

impl From<Shift> for ShiftRepr {
    fn from(s: Shift) -> Self {
        let time = |m: u16| Time::from_hms(((m % DAY) / 60) as u8, (m % 60) as u8, 0).unwrap_or(Time::MIDNIGHT);
        ShiftRepr { date: s.date, start: time(s.start), end: time(s.end), overnight: s.end > DAY, kind: s.kind }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, time};

    #[test]
    fn shifts_are_valid_by_construction() {
        let d = date!(2026 - 11 - 24);
        assert!(Shift::new(d, time!(16:00), time!(18:00)).is_ok());
        assert_eq!(Shift::new(d, time!(16:00), time!(16:00)), Err(ShiftError::EndNotAfterStart));
        assert_eq!(Shift::new(d, time!(22:00), time!(02:00)), Err(ShiftError::EndNotAfterStart));
        assert_eq!(Shift::new(d, time!(16:00:30), time!(18:00)), Err(ShiftError::NotWholeMinutes));
        let night = Shift::overnight(d, time!(22:00), time!(02:00));
        assert_eq!(night.map(|s| s.minutes()), Ok(240));
        assert_eq!(Shift::overnight(d, time!(22:00), time!(00:00)).map(|s| s.end().to_string()), Ok("24:00".into()));
        assert_eq!(Shift::overnight(d, time!(22:00), time!(23:00)), Err(ShiftError::LongerThanADay));
    }

    #[test]
    fn shifts_round_trip_through_json() -> Result<(), serde_json::Error> {
        let json = r#"{"date":"2026-11-24","start":"22:00","end":"01:30","overnight":true,"kind":"on-call"}"#;
        let shift: Shift = serde_json::from_str(json)?;
        assert_eq!(shift.minutes(), 210);
        assert_eq!(shift.kind(), ShiftKind::OnCall);
        assert_eq!(serde_json::to_string(&shift)?, json);
        assert!(serde_json::from_str::<Shift>(r#"{"date":"2026-11-24","start":"18:00","end":"16:00"}"#).is_err());
        Ok(())
    }

    #[test]
    fn clock_times_show_as_hours_and_minutes() {
        assert_eq!(ClockTime::hm(7, 5).map(|c| c.to_string()).as_deref(), Some("07:05"));
        assert_eq!(ClockTime::hm(25, 30).map(|c| c.to_string()).as_deref(), Some("01:30"));
        assert!(ClockTime::hm(10, 60).is_none());
    }
}
