//! Gathers violations: one per rule, check, period and kind of finding, keeping the worst
//! figure (several stretches without a break on one day give one violation with the longest).

use std::collections::BTreeMap;

use crate::rules::{Check, RuleId};
use crate::violation::{Measure, Period, Violation};

type Key = (RuleId, Check, (u8, time::Date, time::Date), String);

#[derive(Default)]
pub(super) struct Collector {
    found: BTreeMap<Key, Violation>,
}

impl Collector {
    pub(super) fn push(&mut self, v: Violation) {
        let key = (v.rule, v.check, period_key(&v.period), identity(&v.measure));
        match self.found.get_mut(&key) {
            Some(old) => {
                if worse(&v.measure, &old.measure) {
                    *old = v;
                }
            }
            None => {
                self.found.insert(key, v);
            }
        }
    }

    pub(super) fn finish(self) -> Vec<Violation> {
        let mut out: Vec<Violation> = self.found.into_values().collect();
        out.sort();
        out
    }
}

fn period_key(p: &Period) -> (u8, time::Date, time::Date) {
    let rank = match p {
        Period::Placement { .. } => 0,
        Period::Day { .. } => 1,
        Period::Week { .. } => 2,
        Period::Weeks { .. } => 3,
    };
    (rank, p.start(), p.end())
}

/// What makes two findings different findings rather than two figures for one.
fn identity(m: &Measure) -> String {
    match m {
        Measure::Task { task } => format!("task:{}", task.as_str()),
        other => other.detail().to_owned(),
    }
}

fn worse(new: &Measure, old: &Measure) -> bool {
    use Measure::*;
    match (new, old) {
        (MinutesOver { actual: a, .. }, MinutesOver { actual: b, .. }) => a > b,
        (MinutesUnder { actual: a, .. }, MinutesUnder { actual: b, .. }) => a < b,
        (StartsBefore { actual: a, .. }, StartsBefore { actual: b, .. }) => a < b,
        (EndsAfter { actual: a, .. }, EndsAfter { actual: b, .. }) => a > b,
        (CountOver { actual: a, .. }, CountOver { actual: b, .. }) => a > b,
        (SundaysOver { actual: a, .. }, SundaysOver { actual: b, .. }) => a > b,
        _ => false,
    }
}
