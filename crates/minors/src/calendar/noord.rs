//! School holidays of region Noord, which holds Amsterdam.
//!
//! **To be verified.** These dates were compiled from memory of the Ministry of Education's
//! published holiday dates (*schoolvakanties*, rijksoverheid.nl) and cross-checked against the
//! published calendars of several schools in region Noord (for example a secondary school in
//! Zaandam for 2025/2026); they were **not** read from the official publication itself. Before
//! the app relies on them, compare them with the official overview on rijksoverheid.nl
//! (topic *Schoolvakanties*, overview per school year).
//!
//! Confidence:
//! * 2025/2026: autumn, Christmas, spring and summer holidays agree across the sources
//!   consulted (high confidence). The May holiday is the fixed national week around King's Day;
//!   many schools add a second week of their own.
//! * 2026/2027: fewer sources (medium confidence), in particular the autumn holiday
//!   (10–18 October 2026) and the summer holiday (10 July–22 August 2027).
//!
//! The public holidays on which schools close (Easter Monday, Ascension Day, Whit Monday) are
//! fixed by the calendar and listed where they fall outside a holiday. Good Friday and
//! 5 May (outside lustrum years) are left out: not every school is closed, and counting a day as
//! a school day is the stricter assumption. Each school adds its own study days and its own
//! extra holiday days.

use time::Date;
use time::macros::date;

use super::DayOff;

/// Whether the dates below have been checked against the official publication. The app can
/// show a notice while this is `false`.
pub const REGION_NOORD_VERIFIED: bool = false;

const NOORD: [(&str, Date, Date); 16] = [
    // 2025/2026
    ("Herfstvakantie", date!(2025 - 10 - 18), date!(2025 - 10 - 26)),
    ("Kerstvakantie", date!(2025 - 12 - 20), date!(2026 - 01 - 04)),
    ("Voorjaarsvakantie", date!(2026 - 02 - 21), date!(2026 - 03 - 01)),
    ("Tweede Paasdag", date!(2026 - 04 - 06), date!(2026 - 04 - 06)),
    ("Meivakantie", date!(2026 - 04 - 25), date!(2026 - 05 - 03)),
    ("Hemelvaartsdag", date!(2026 - 05 - 14), date!(2026 - 05 - 14)),
    ("Tweede Pinksterdag", date!(2026 - 05 - 25), date!(2026 - 05 - 25)),
    ("Zomervakantie", date!(2026 - 07 - 04), date!(2026 - 08 - 16)),
    // 2026/2027
    ("Herfstvakantie", date!(2026 - 10 - 10), date!(2026 - 10 - 18)),
    ("Kerstvakantie", date!(2026 - 12 - 19), date!(2027 - 01 - 03)),
    ("Voorjaarsvakantie", date!(2027 - 02 - 20), date!(2027 - 02 - 28)),
    ("Tweede Paasdag", date!(2027 - 03 - 29), date!(2027 - 03 - 29)),
    ("Meivakantie", date!(2027 - 04 - 24), date!(2027 - 05 - 02)),
    ("Hemelvaartsdag", date!(2027 - 05 - 06), date!(2027 - 05 - 06)),
    ("Tweede Pinksterdag", date!(2027 - 05 - 17), date!(2027 - 05 - 17)),
    ("Zomervakantie", date!(2027 - 07 - 10), date!(2027 - 08 - 22)),
];

/// The holidays and public holidays of region Noord for school years 2025/2026 and 2026/2027
/// (**to be verified**, see the module documentation).
pub fn region_noord_days_off() -> Vec<DayOff> {
    NOORD.iter().filter_map(|(name, first, last)| DayOff::new(*name, *first, *last).ok()).collect()
}

#[cfg(test)]
mod tests {
    use time::Weekday;

    use super::*;

    #[test]
    fn every_entry_is_valid_and_holidays_run_saturday_to_sunday() {
        assert_eq!(region_noord_days_off().len(), NOORD.len());
        for (name, first, last) in NOORD {
            if first != last {
                assert_eq!(first.weekday(), Weekday::Saturday, "{name} {first}");
                assert_eq!(last.weekday(), Weekday::Sunday, "{name} {last}");
            } else {
                assert_ne!(first.weekday(), Weekday::Saturday, "{name}");
            }
        }
    }

    #[test]
    fn public_holidays_fall_where_easter_puts_them() {
        // Easter Sunday: 5 April 2026, 28 March 2027.
        let easter = [date!(2026 - 04 - 05), date!(2027 - 03 - 28)];
        for e in easter {
            let find = |name: &str| NOORD.iter().find(|(n, f, _)| *n == name && f.year() == e.year()).map(|x| x.1);
            assert_eq!(find("Tweede Paasdag"), Some(e + time::Duration::days(1)));
            assert_eq!(find("Hemelvaartsdag"), Some(e + time::Duration::days(39)));
            assert_eq!(find("Tweede Pinksterdag"), Some(e + time::Duration::days(50)));
        }
    }
}
