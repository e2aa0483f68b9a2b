//! The engine: applies a [`RuleBook`] under the network's [`Options`] to a placement.

mod collect;
mod days;
mod eval;
mod placement;
mod rest;
mod timeline;
mod weeks;

use serde::Serialize;

use crate::age::AgeRange;
use crate::calendar::SchoolCalendar;
use crate::input::{Papers, Pupil, Work};
use crate::options::Options;
use crate::rules::{Check, RuleBook, RuleId, Severity};
use crate::violation::{Measure, Message, Period, Violation};

use eval::{AgeSource, Case};

/// The ages a vacancy is checked for.
pub const VACANCY_AGES: std::ops::RangeInclusive<u8> = 12..=17;

/// A rule book with the network's options: everything the checks need besides the placement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Engine {
    rules: RuleBook,
    options: Options,
}

impl Default for Engine {
    /// The built-in rules under the strict default options.
    fn default() -> Self {
        Engine::new(RuleBook::builtin(), Options::default())
    }
}

impl Engine {
    pub fn new(rules: RuleBook, options: Options) -> Engine {
        Engine { rules, options }
    }

    pub fn rules(&self) -> &RuleBook {
        &self.rules
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Every violation of one pupil's placement, in a fixed order: placement-wide findings
    /// (paperwork, kind of work) first, then by date, then by rule. Ages are taken on each shift
    /// date. A placement without shifts has nothing to check and gives no violations.
    pub fn check(&self, pupil: &Pupil, work: &Work, papers: &Papers, calendar: &SchoolCalendar) -> Vec<Violation> {
        Case {
            book: &self.rules,
            options: &self.options,
            age: AgeSource::Born(pupil.date_of_birth),
            work,
            papers,
            calendar,
        }
        .evaluate()
    }

    /// A vacancy's time slots without a particular pupil: for each age from 12 to 17 (constant
    /// over all slots), what no paperwork could fix. Paperwork is taken as complete (every
    /// signature and consent given on time, registrations done, no side job), so what remains
    /// comes from the schedule, the setting and the host. `calendar` is the calendar to judge
    /// school days by, for example [`SchoolCalendar::region_noord`]; with unknown lesson times,
    /// the rules that count school time are checked on work alone.
    pub fn check_vacancy(&self, work: &Work, calendar: &SchoolCalendar) -> VacancyReport {
        let first = work.shifts.iter().map(|s| s.date()).min();
        let papers = first.map(Papers::complete).unwrap_or_default();
        let ages = VACANCY_AGES
            .map(|age| {
                let case = Case {
                    book: &self.rules,
                    options: &self.options,
                    age: AgeSource::Fixed(age),
                    work,
                    papers: &papers,
                    calendar,
                };
                AgeVerdict { age, violations: case.evaluate() }
            })
            .collect();
        VacancyReport { ages }
    }

    /// A group placement: every member checked on the same work with their own date of birth,
    /// paperwork and calendar. The group is valid only if no member has a blocking violation
    /// (A7); [`GroupReport::blockers`] names who blocks it and why.
    pub fn check_group<K: Clone + Ord>(&self, work: &Work, members: &[GroupMember<'_, K>]) -> GroupReport<K> {
        let mut members: Vec<MemberReport<K>> = members
            .iter()
            .map(|m| MemberReport { key: m.key.clone(), violations: self.check(&m.pupil, work, &m.papers, m.calendar) })
            .collect();
        members.sort_by(|a, b| a.key.cmp(&b.key));
        let first = work.shifts.iter().map(|s| s.date()).min();
        let last = work.shifts.iter().map(|s| s.date()).max();
        GroupReport { members, period: first.zip(last).map(|(first, last)| Period::Placement { first, last }) }
    }
}

/// The verdict on a vacancy for pupils of one age.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgeVerdict {
    pub age: u8,
    pub violations: Vec<Violation>,
}

impl AgeVerdict {
    /// No pupil of this age can take the vacancy as it stands.
    pub fn is_blocked(&self) -> bool {
        self.violations.iter().any(Violation::is_block)
    }
}

/// A vacancy checked for each age from 12 to 17.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VacancyReport {
    pub ages: Vec<AgeVerdict>,
}

impl VacancyReport {
    /// The ages that can never take the vacancy (some rule blocks it whatever the paperwork).
    pub fn blocked_ages(&self) -> Vec<u8> {
        self.ages.iter().filter(|a| a.is_blocked()).map(|a| a.age).collect()
    }

    /// The ages that can take it, perhaps with warnings to confirm.
    pub fn open_ages(&self) -> Vec<u8> {
        self.ages.iter().filter(|a| !a.is_blocked()).map(|a| a.age).collect()
    }

    /// The blocked ages as ranges of consecutive ages, for a notice such as "not for 12–15".
    pub fn blocked_ranges(&self) -> Vec<AgeRange> {
        let mut out: Vec<AgeRange> = Vec::new();
        for age in self.blocked_ages() {
            match out.last_mut() {
                Some(last) if last.oldest() + 1 == age => *last = AgeRange::new(last.youngest(), age).unwrap_or(*last),
                _ => out.push(AgeRange::only(age)),
            }
        }
        out
    }

    pub fn verdict(&self, age: u8) -> Option<&AgeVerdict> {
        self.ages.iter().find(|a| a.age == age)
    }
}

/// A member of a group placement.
#[derive(Clone, Debug)]
pub struct GroupMember<'a, K> {
    /// The app's key for the pupil (an id); results are sorted by it.
    pub key: K,
    pub pupil: Pupil,
    pub papers: Papers,
    pub calendar: &'a SchoolCalendar,
}

/// One member's violations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MemberReport<K> {
    pub key: K,
    pub violations: Vec<Violation>,
}

/// A member who blocks the group, with the A7 violation that says so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GroupBlock<K> {
    pub key: K,
    /// Rule A7; its measure lists the rules that block this member.
    pub violation: Violation,
}

impl<K> GroupBlock<K> {
    /// The A7 message with the member's name or label as `$pupil`.
    pub fn message(&self, pupil: &str) -> Message {
        let mut m = self.violation.message();
        m.set("pupil", crate::Arg::Text(pupil.to_owned()));
        m
    }
}

/// A group placement checked for every member (A7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GroupReport<K> {
    /// Sorted by key.
    pub members: Vec<MemberReport<K>>,
    period: Option<Period>,
}

impl<K: Clone> GroupReport<K> {
    /// Valid only if valid for every member: no member has a blocking violation.
    pub fn is_valid(&self) -> bool {
        self.members.iter().all(|m| !m.violations.iter().any(Violation::is_block))
    }

    /// The members who block the group, each with an A7 violation naming the rules.
    pub fn blockers(&self) -> Vec<GroupBlock<K>> {
        let Some(period) = self.period else { return Vec::new() };
        self.members
            .iter()
            .filter_map(|m| {
                let blocks: Vec<&Violation> = m.violations.iter().filter(|v| v.is_block()).collect();
                let youngest = blocks.iter().map(|v| v.age).min()?;
                let mut rules: Vec<RuleId> = blocks.iter().map(|v| v.rule).collect();
                rules.sort();
                rules.dedup();
                Some(GroupBlock {
                    key: m.key.clone(),
                    violation: Violation {
                        rule: RuleId::A7,
                        check: Check::GroupMember,
                        severity: Severity::Block,
                        period,
                        ages: AgeRange::ALL,
                        age: youngest,
                        measure: Measure::Rules { rules },
                    },
                })
            })
            .collect()
    }
}
