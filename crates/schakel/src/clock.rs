//! Time: the clock the application reads, and Amsterdam's local time.
//!
//! Nothing reads the wall clock directly. The database handle carries a [`Clock`] (the system's
//! in production, a fixed one in tests), every transaction takes its moment from it once, and
//! everything a step writes carries that moment. Tests set the date instead of backdating rows.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use time::{Date, OffsetDateTime, PrimitiveDateTime, UtcOffset};

/// Where the application gets the time from.
#[derive(Clone, Debug, Default)]
pub struct Clock(Source);

#[derive(Clone, Debug, Default)]
enum Source {
    #[default]
    System,
    /// Microseconds since the Unix epoch; shared, so a test moves the time of a running app.
    Fixed(Arc<AtomicI64>),
}

impl Clock {
    /// The system's clock.
    pub fn system() -> Clock {
        Clock(Source::System)
    }

    /// A clock that stands still at `at` until it is set or moved.
    pub fn fixed(at: OffsetDateTime) -> Clock {
        Clock(Source::Fixed(Arc::new(AtomicI64::new(micros(at)))))
    }

    /// A fixed clock at noon (Amsterdam) of `day`.
    pub fn at_noon(day: Date) -> Clock {
        Clock::fixed(from_amsterdam(PrimitiveDateTime::new(
            day,
            time::Time::from_hms(12, 0, 0).unwrap_or(time::Time::MIDNIGHT),
        )))
    }

    /// The current moment, to the microsecond: both databases keep that precision, so a value
    /// read back compares equal to the one written.
    pub fn now(&self) -> OffsetDateTime {
        match &self.0 {
            Source::System => truncate(OffsetDateTime::now_utc()),
            Source::Fixed(at) => from_micros(at.load(Ordering::SeqCst)),
        }
    }

    /// Today's date in Amsterdam.
    pub fn today(&self) -> Date {
        amsterdam(self.now()).date()
    }

    /// Sets a fixed clock to `at`; the system clock cannot be set and ignores this.
    pub fn set(&self, at: OffsetDateTime) {
        if let Source::Fixed(t) = &self.0 {
            t.store(micros(at), Ordering::SeqCst);
        }
    }

    /// Moves a fixed clock by `by`.
    pub fn advance(&self, by: time::Duration) {
        self.set(self.now() + by);
    }
}

fn truncate(t: OffsetDateTime) -> OffsetDateTime {
    t.replace_nanosecond(t.nanosecond() / 1000 * 1000).unwrap_or(t)
}

fn micros(t: OffsetDateTime) -> i64 {
    i64::try_from(t.unix_timestamp_nanos() / 1000).unwrap_or(i64::MAX)
}

fn from_micros(m: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(m) * 1000).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// Amsterdam's time zone, from jiff's bundled database (the same on every machine, whatever its
/// system files hold).
fn zone() -> &'static jiff::tz::TimeZone {
    static ZONE: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
    ZONE.get_or_init(|| jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or(jiff::tz::TimeZone::UTC))
}

/// `t` in Amsterdam's local time.
pub fn amsterdam(t: OffsetDateTime) -> OffsetDateTime {
    let seconds =
        jiff::Timestamp::from_second(t.unix_timestamp()).map(|ts| zone().to_offset(ts).seconds()).unwrap_or(0);
    t.to_offset(UtcOffset::from_whole_seconds(seconds).unwrap_or(UtcOffset::UTC))
}

/// The moment a wall-clock time in Amsterdam denotes: in the hour the clocks go back, the first
/// of the two; in the hour they skip, the time an hour later.
pub fn from_amsterdam(local: PrimitiveDateTime) -> OffsetDateTime {
    let civil = jiff::civil::DateTime::new(
        i16::try_from(local.year()).unwrap_or(1970),
        local.month() as i8,
        i8::try_from(local.day()).unwrap_or(1),
        i8::try_from(local.hour()).unwrap_or(0),
        i8::try_from(local.minute()).unwrap_or(0),
        i8::try_from(local.second()).unwrap_or(0),
        0,
    );
    let moment = civil.and_then(|c| zone().to_ambiguous_timestamp(c).compatible());
    match moment.map(|ts| (ts.as_second(), zone().to_offset(ts).seconds())) {
        Ok((unix, offset)) => OffsetDateTime::from_unix_timestamp(unix)
            .map(|t| t.to_offset(UtcOffset::from_whole_seconds(offset).unwrap_or(UtcOffset::UTC)))
            .unwrap_or_else(|_| local.assume_utc()),
        Err(_) => local.assume_utc(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn amsterdam_time_follows_summer_time() {
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(amsterdam(datetime!(2026-03-29 00:59 UTC)).offset().whole_hours(), 1);
        assert_eq!(amsterdam(datetime!(2026-03-29 01:00 UTC)).offset().whole_hours(), 2);
        assert_eq!(amsterdam(datetime!(2026-10-25 00:59 UTC)).offset().whole_hours(), 2);
        assert_eq!(amsterdam(datetime!(2026-10-25 01:00 UTC)).offset().whole_hours(), 1);
        assert_eq!(amsterdam(datetime!(2026-11-22 23:30 UTC)).date(), date!(2026 - 11 - 23));
    }

    #[test]
    fn amsterdam_wall_clock_times_become_moments() {
        assert_eq!(from_amsterdam(datetime!(2026-12-01 17:00)), datetime!(2026-12-01 16:00 UTC));
        assert_eq!(from_amsterdam(datetime!(2026-07-01 17:00)), datetime!(2026-07-01 15:00 UTC));
        // 02:30 on 25 October 2026 happens twice: the first one counts.
        assert_eq!(from_amsterdam(datetime!(2026-10-25 02:30)), datetime!(2026-10-25 00:30 UTC));
        // 02:30 on 29 March 2026 never happens: an hour later.
        assert_eq!(from_amsterdam(datetime!(2026-03-29 02:30)), datetime!(2026-03-29 01:30 UTC));
    }

    #[test]
    fn a_fixed_clock_stands_still_until_moved() {
        let c = Clock::fixed(datetime!(2026-12-07 10:00 UTC));
        assert_eq!(c.now(), datetime!(2026-12-07 10:00 UTC));
        assert_eq!(c.today(), date!(2026 - 12 - 07));
        let shared = c.clone();
        shared.advance(time::Duration::days(1));
        assert_eq!(c.today(), date!(2026 - 12 - 08), "clones share the time");
        assert_eq!(Clock::at_noon(date!(2026 - 07 - 01)).now(), datetime!(2026-07-01 10:00 UTC));
    }

    #[test]
    fn the_system_clock_keeps_microseconds() {
        assert_eq!(Clock::system().now().nanosecond() % 1000, 0);
    }
}
