//! Login throttling: the rule, without I/O. Failed sign-ins are counted per key (an account, an
//! account from one address, an address); past a threshold each further failure blocks the key
//! for twice as long as the one before, up to a cap. The caps are short for the account keys, so
//! an attacker slows down enormously while the real user, at worst, waits a minute.

use time::{Duration, OffsetDateTime};

/// What a key is counted for, with its limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One account from one address: the real user mistyping, or a guesser.
    AccountAddress,
    /// One account from anywhere: a distributed guess at one account.
    Account,
    /// One address, any account: credential stuffing. Schools sit behind one NAT address, so the
    /// threshold is high.
    Address,
}

impl Kind {
    fn free_failures(self) -> i32 {
        match self {
            Kind::AccountAddress => 5,
            Kind::Account => 20,
            Kind::Address => 100,
        }
    }

    fn cap(self) -> Duration {
        match self {
            Kind::AccountAddress => Duration::minutes(15),
            Kind::Account => Duration::minutes(1),
            Kind::Address => Duration::minutes(15),
        }
    }

    pub fn key(self, email: &str, address: &str) -> String {
        match self {
            Kind::AccountAddress => format!("aa:{email}|{address}"),
            Kind::Account => format!("a:{email}"),
            Kind::Address => format!("ip:{address}"),
        }
    }
}

/// Failures are forgotten this long after the first one of a series.
pub const WINDOW: Duration = Duration::hours(1);

/// The state of one key after a failure at `now`: the new failure count, the start of the series
/// and the end of the block (if any).
pub fn after_failure(
    kind: Kind,
    failures: i32,
    first_failure: OffsetDateTime,
    now: OffsetDateTime,
) -> (i32, OffsetDateTime, Option<OffsetDateTime>) {
    let (failures, first) = if now - first_failure > WINDOW { (1, now) } else { (failures + 1, first_failure) };
    let over = failures - kind.free_failures();
    let blocked = (over > 0).then(|| {
        let secs = 1i64.checked_shl(u32::try_from(over - 1).unwrap_or(30).min(30)).unwrap_or(i64::MAX);
        now + Duration::seconds(secs).min(kind.cap())
    });
    (failures, first, blocked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn the_first_failures_are_free_then_the_wait_doubles_up_to_the_cap() {
        let t0 = datetime!(2026-11-22 10:00 UTC);
        let mut state = (0, t0);
        let mut waits = Vec::new();
        for _ in 0..20 {
            let (n, first, blocked) = after_failure(Kind::AccountAddress, state.0, state.1, t0);
            waits.push(blocked.map(|b| (b - t0).whole_seconds()).unwrap_or(0));
            state = (n, first);
        }
        assert_eq!(&waits[..8], &[0, 0, 0, 0, 0, 1, 2, 4]);
        assert_eq!(*waits.last().unwrap_or(&0), 15 * 60);
    }

    #[test]
    fn an_account_is_never_blocked_for_more_than_a_minute_from_anywhere() {
        let t0 = datetime!(2026-11-22 10:00 UTC);
        let (_, _, blocked) = after_failure(Kind::Account, 1000, t0, t0);
        assert_eq!(blocked, Some(t0 + Duration::minutes(1)));
    }

    #[test]
    fn failures_are_forgotten_after_the_window() {
        let t0 = datetime!(2026-11-22 10:00 UTC);
        let later = t0 + WINDOW + Duration::seconds(1);
        assert_eq!(after_failure(Kind::AccountAddress, 50, t0, later), (1, later, None));
    }
}
