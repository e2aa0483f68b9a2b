//! Hours: times as people write them, an hours entry's shape and status, and when the hours
//! complete a placement. The limits for minors are the rules engine's (`minors::check`).

use time::{Date, Time};

use crate::directory::values::FieldError;

/// Parses `HH:MM` (or `H:MM`, `HH.MM`).
pub fn parse_time(raw: &str) -> Result<Time, FieldError> {
    let s = raw.trim();
    let (h, m) = s.split_once([':', '.']).ok_or(FieldError::Time)?;
    let h: u8 = h.trim().parse().map_err(|_| FieldError::Time)?;
    let m: u8 = m.trim().parse().map_err(|_| FieldError::Time)?;
    if m.to_string().len() > 2 {
        return Err(FieldError::Time);
    }
    Time::from_hms(h, m, 0).map_err(|_| FieldError::Time)
}

/// Minutes from `start` to `end` on one day; `None` when the end is not after the start.
pub fn minutes_between(start: Time, end: Time) -> Option<i32> {
    let m = (end - start).whole_minutes();
    (m > 0).then(|| i32::try_from(m).unwrap_or(i32::MAX))
}

/// The hours of a minute count, for display: `2,5` / `2.5`.
pub fn hours_text(minutes: i64, decimal: char) -> String {
    let whole = minutes / 60;
    let rest = minutes % 60;
    if rest == 0 {
        whole.to_string()
    } else {
        let frac = (rest * 100 / 60) as u32;
        let frac = if frac.is_multiple_of(10) { format!("{}", frac / 10) } else { format!("{frac:02}") };
        format!("{whole}{decimal}{frac}")
    }
}

/// Why an hours entry is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("end before start")]
    EndBeforeStart,
    #[error("in the future")]
    Future,
    #[error("outside the placement's period")]
    OutsidePeriod,
    #[error("longer than a working day")]
    TooLong,
}

impl HoursError {
    pub fn key(self) -> &'static str {
        match self {
            HoursError::EndBeforeStart => "hours-err-end-before-start",
            HoursError::Future => "hours-err-future",
            HoursError::OutsidePeriod => "hours-err-outside-period",
            HoursError::TooLong => "hours-err-too-long",
        }
    }
}

/// Hours a week as people write them (`6`, `6,5`, `6.5`), from half an hour up to `max` hours, in
/// minutes.
pub fn weekly_minutes(raw: &str, max: u32) -> Result<u32, FieldError> {
    let hours: f64 = raw.trim().replace(',', ".").parse().map_err(|_| FieldError::Number)?;
    if !(0.5..=f64::from(max)).contains(&hours) {
        return Err(FieldError::Number);
    }
    Ok((hours * 60.0).round() as u32)
}

/// Checks an hours entry's shape (times, date, period) and returns its length in minutes. The
/// limits for minors (07:00–19:00 under 16, hours per day and week, rest, Sundays) are the rules
/// engine's: see `minors::check`.
pub fn check_hours(date: Date, start: Time, end: Time, period: (Date, Date), today: Date) -> Result<i32, HoursError> {
    let minutes = minutes_between(start, end).ok_or(HoursError::EndBeforeStart)?;
    if date > today {
        return Err(HoursError::Future);
    }
    if date < period.0 || date > period.1 {
        return Err(HoursError::OutsidePeriod);
    }
    if minutes > 12 * 60 {
        return Err(HoursError::TooLong);
    }
    Ok(minutes)
}

/// The status of an hours entry. A correction replaces an entry by a new one and keeps the old
/// one as `superseded`, so the history stays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::Type)]
#[sqlx(type_name = "text", rename_all = "lowercase")]
pub enum HoursStatus {
    Submitted,
    Approved,
    Rejected,
    Superseded,
}

impl HoursStatus {
    pub fn code(self) -> &'static str {
        match self {
            HoursStatus::Submitted => "submitted",
            HoursStatus::Approved => "approved",
            HoursStatus::Rejected => "rejected",
            HoursStatus::Superseded => "superseded",
        }
    }

    pub fn from_code(code: &str) -> Option<HoursStatus> {
        [HoursStatus::Submitted, HoursStatus::Approved, HoursStatus::Rejected, HoursStatus::Superseded]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

impl std::fmt::Display for HoursStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, time};

    #[test]
    fn weekly_hours_read_with_a_comma_or_a_point() {
        assert_eq!(weekly_minutes("6", 40), Ok(360));
        assert_eq!(weekly_minutes(" 6,5 ", 40), Ok(390));
        assert_eq!(weekly_minutes("6.25", 40), Ok(375));
        assert_eq!(weekly_minutes("0", 40), Err(FieldError::Number));
        assert_eq!(weekly_minutes("41", 40), Err(FieldError::Number));
        assert_eq!(weekly_minutes("zes", 40), Err(FieldError::Number));
    }

    #[test]
    fn hours_entries_lie_in_the_period_and_not_ahead() {
        let period = (date!(2026 - 09 - 01), date!(2027 - 06 - 30));
        let today = date!(2026 - 11 - 22);
        let day = date!(2026 - 11 - 20);
        assert_eq!(check_hours(day, time!(07:00), time!(19:00), period, today), Ok(720));
        assert_eq!(check_hours(day, time!(10:00), time!(10:00), period, today), Err(HoursError::EndBeforeStart));
        assert_eq!(check_hours(day, time!(06:00), time!(18:01), period, today), Err(HoursError::TooLong));
        assert_eq!(
            check_hours(date!(2026 - 11 - 23), time!(10:00), time!(11:00), period, today),
            Err(HoursError::Future)
        );
        assert_eq!(
            check_hours(date!(2026 - 08 - 31), time!(10:00), time!(11:00), period, today),
            Err(HoursError::OutsidePeriod)
        );
    }

    #[test]
    fn hours_read_as_people_write_them() {
        assert_eq!(hours_text(150, ','), "2,5");
        assert_eq!(hours_text(120, ','), "2");
        assert_eq!(hours_text(135, '.'), "2.25");
        assert_eq!(hours_text(100, ','), "1,66");
    }
}
