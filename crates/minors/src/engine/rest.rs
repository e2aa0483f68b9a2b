//! Rest periods: the longest uninterrupted free time in a window.
//!
//! "At least R hours of uninterrupted rest per 24 hours" is read as: in the 24 hours (or 7 × 24
//! hours for weekly rest) from **every start of work** — every start after a pause, not only the
//! first of a day — there is a free stretch of at least R hours inside that window. The
//! Arbeidstijdenwet measures the 24 hours from the start of a *dienst*; anchoring at every start
//! is the stricter reading (a second stretch of work on the same day could be a new *dienst*).
//! A sliding window from *any* moment would be impossible to satisfy for any work at all, so it
//! cannot be what the rule means.

use super::timeline::Iv;

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
