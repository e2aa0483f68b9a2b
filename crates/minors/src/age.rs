//! Ages and age ranges.
//!
//! The rules speak of a pupil's age **on the date of each shift**, never of the age at the start
//! of a placement or today. [`age_on`] computes it.

use std::fmt;

use serde::{Deserialize, Serialize};
use time::{Date, Month};

/// The age in whole years of someone born on `born` on the date `on` (0 before the birth date).
///
/// Someone born on 29 February becomes a year older on **1 March** in a year without 29
/// February. That is the later of the two possible readings, so the pupil counts as younger for
/// one day longer: the stricter choice for these rules.
pub fn age_on(born: Date, on: Date) -> u8 {
    if on <= born {
        return 0;
    }
    let mut years = on.year() - born.year();
    let birthday_passed = if born.month() == Month::February && born.day() == 29 && !time::util::is_leap_year(on.year())
    {
        (on.month() as u8, on.day()) >= (Month::March as u8, 1)
    } else {
        (on.month() as u8, on.day()) >= (born.month() as u8, born.day())
    };
    if !birthday_passed {
        years -= 1;
    }
    u8::try_from(years.max(0)).unwrap_or(u8::MAX)
}

/// An inclusive range of ages in whole years, such as 13–14. Rules apply to an age range; a
/// violation names the range that applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "AgeRangeRepr", into = "AgeRangeRepr")]
pub struct AgeRange {
    min: u8,
    max: u8,
}

/// The oldest age the rule tables use for "and older".
pub const AGE_OPEN_END: u8 = 99;

impl AgeRange {
    /// Every age (0 to [`AGE_OPEN_END`]).
    pub const ALL: AgeRange = AgeRange { min: 0, max: AGE_OPEN_END };
    /// Minors: 0–17.
    pub const MINORS: AgeRange = AgeRange { min: 0, max: 17 };

    /// The range `min..=max`; `None` when `min > max`.
    pub const fn new(min: u8, max: u8) -> Option<AgeRange> {
        if min > max { None } else { Some(AgeRange { min, max }) }
    }

    /// The range holding the single age `age`.
    pub const fn only(age: u8) -> AgeRange {
        AgeRange { min: age, max: age }
    }

    /// The youngest age in the range.
    pub const fn youngest(self) -> u8 {
        self.min
    }

    /// The oldest age in the range.
    pub const fn oldest(self) -> u8 {
        self.max
    }

    pub const fn contains(self, age: u8) -> bool {
        self.min <= age && age <= self.max
    }
}

/// `13–14`, `15`, `≤ 12`, `≥ 16`, or `all`: language-neutral, for messages and tables.
impl fmt::Display for AgeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.min, self.max) {
            (0, AGE_OPEN_END..) => f.write_str("all"),
            (min, max) if min == max => write!(f, "{min}"),
            (0, max) => write!(f, "≤ {max}"),
            (min, AGE_OPEN_END..) => write!(f, "≥ {min}"),
            (min, max) => write!(f, "{min}–{max}"),
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgeRangeRepr {
    min: u8,
    max: u8,
}

impl TryFrom<AgeRangeRepr> for AgeRange {
    type Error = String;
    fn try_from(r: AgeRangeRepr) -> Result<Self, Self::Error> {
        AgeRange::new(r.min, r.max).ok_or_else(|| format!("age range {}–{} is empty", r.min, r.max))
    }
}

impl From<AgeRange> for AgeRangeRepr {
    fn from(r: AgeRange) -> Self {
        AgeRangeRepr { min: r.min, max: r.max }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn age_changes_on_the_birthday() {
        let born = date!(2012 - 11 - 24);
        assert_eq!(age_on(born, date!(2025 - 11 - 23)), 12);
        assert_eq!(age_on(born, date!(2025 - 11 - 24)), 13);
        assert_eq!(age_on(born, date!(2025 - 11 - 25)), 13);
        assert_eq!(age_on(born, date!(2010 - 01 - 01)), 0);
    }

    #[test]
    fn leap_day_birthdays_count_from_the_first_of_march() {
        let born = date!(2012 - 02 - 29);
        assert_eq!(age_on(born, date!(2025 - 02 - 28)), 12);
        assert_eq!(age_on(born, date!(2025 - 03 - 01)), 13);
        assert_eq!(age_on(born, date!(2028 - 02 - 28)), 15);
        assert_eq!(age_on(born, date!(2028 - 02 - 29)), 16);
    }

    #[test]
    fn ranges_read_well() {
        assert_eq!(AgeRange::new(13, 14).map(|r| r.to_string()).as_deref(), Some("13–14"));
        assert_eq!(AgeRange::only(15).to_string(), "15");
        assert_eq!(AgeRange::new(0, 12).map(|r| r.to_string()).as_deref(), Some("≤ 12"));
        assert_eq!(AgeRange::new(16, 99).map(|r| r.to_string()).as_deref(), Some("≥ 16"));
        assert_eq!(AgeRange::ALL.to_string(), "all");
        assert!(AgeRange::new(15, 14).is_none());
    }
}
