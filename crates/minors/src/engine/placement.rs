//! Checks over the placement as a whole: paperwork, the kind of work and the host, sector
//! registrations, and the warning when lesson times were needed but unknown.

use std::collections::{BTreeMap, BTreeSet};

use time::Date;

use super::eval::{Eval, RowRef, dated, violation};
use super::timeline::covered;
use crate::input::SideJob;
use crate::rules::{Check, Limit, Severity};
use crate::violation::{Measure, Period};

impl<'a> Eval<'a, '_> {
    pub(super) fn placement(&mut self) {
        let mut union: BTreeMap<(usize, usize), (RowRef<'a>, Date, Date, u8)> = BTreeMap::new();
        let dates: Vec<Date> = self.timeline.days.keys().copied().collect();
        for date in dates {
            let age = self.case.age.on(date);
            for r in self.rows_on(date) {
                let e = union.entry(r.id).or_insert((r, date, date, age));
                e.2 = date;
                e.3 = e.3.min(age);
            }
        }
        let at_start: BTreeSet<(usize, usize)> = self.rows_on(self.first).iter().map(|r| r.id).collect();
        let whole = Period::Placement { first: self.first, last: self.last };
        let minutes = covered(&self.timeline.work);
        let days = u32::try_from((self.last - self.first).whole_days() + 1).unwrap_or(u32::MAX);
        let host = &self.case.work.host;
        let papers = self.case.papers;
        for (r, first, last, age) in union.into_values() {
            let row = r.row;
            let period = Period::Placement { first, last };
            let start_age = self.case.age.on(self.first);
            match (row.check, &row.limit) {
                (Check::AgreementBeforeStart | Check::ParentSignature | Check::PupilSignature, _) => {
                    if !at_start.contains(&r.id) {
                        continue;
                    }
                    let given = match row.check {
                        Check::AgreementBeforeStart => papers.agreement.concluded(),
                        Check::ParentSignature => papers.agreement.parent_signed,
                        _ => papers.agreement.pupil_signed,
                    };
                    if let Some(m) = dated(given, self.first) {
                        self.push(row, whole, start_age, m);
                    }
                }
                (Check::SupervisorNamed, _) if !host.supervisor_named => {
                    self.push(row, period, age, Measure::Missing);
                }
                (Check::TasksDeclared, _) if host.tasks.is_none() => {
                    self.push(row, period, age, Measure::Missing);
                }
                (Check::BannedTasks, Limit::Tasks { tasks }) => {
                    for task in host.tasks.iter().flatten().filter(|t| tasks.contains(t)) {
                        self.push(row, period, age, Measure::Task { task: *task });
                    }
                }
                (Check::ExpertSupervision, Limit::Tasks { tasks }) if !host.expert_supervision => {
                    for task in host.tasks.iter().flatten().filter(|t| tasks.contains(t)) {
                        self.push(row, period, age, Measure::Task { task: *task });
                    }
                    if host.hazardous_tasks {
                        self.push(row, period, age, Measure::Occurs);
                    }
                }
                (Check::HostHazards, _) if host.hazardous_tasks => {
                    self.push(row, period, age, Measure::Occurs);
                }
                (Check::Alcohol, _) if host.alcohol_served => {
                    if self.case.work.horeca_training {
                        let mut v = violation(row, period, age, Measure::Excepted);
                        v.severity = Severity::Warn;
                        self.out.push(v);
                    } else {
                        self.push(row, period, age, Measure::Occurs);
                    }
                }
                (Check::SideJobDeclared, _) if papers.side_job == SideJob::Undeclared => {
                    self.push(row, period, age, Measure::Missing);
                }
                (Check::ChildcareRegistration, Limit::Threshold { days: limit_days, minutes: limit_minutes })
                    if host.childcare =>
                {
                    let over = days > *limit_days || minutes > *limit_minutes;
                    if over && dated(papers.childcare_registration, self.first).is_some() {
                        let m = Measure::OverThreshold {
                            limit_days: *limit_days,
                            limit_minutes: *limit_minutes,
                            days,
                            minutes,
                            registered: papers.childcare_registration,
                        };
                        self.push(row, whole, start_age, m);
                    }
                }
                (Check::PupilVog, Limit::Threshold { days: limit_days, minutes: limit_minutes })
                    if host.works_with_children && !host.childcare =>
                {
                    let over = days > *limit_days || minutes > *limit_minutes;
                    if over && papers.pupil_vog.is_none() {
                        let m = Measure::OverThreshold {
                            limit_days: *limit_days,
                            limit_minutes: *limit_minutes,
                            days,
                            minutes,
                            registered: None,
                        };
                        self.push(row, whole, start_age, m);
                    }
                }
                _ => {}
            }
        }
    }

    /// One warning per rule that counts school time on days whose lesson times are unknown.
    pub(super) fn unknown_school_time(&mut self) {
        let flagged: Vec<(RowRef<'a>, Date, Date, u8)> = self.unknown.values().copied().collect();
        for (r, first, last, age) in flagged {
            let mut v = violation(r.row, Period::Placement { first, last }, age, Measure::SchoolTimeUnknown);
            v.severity = Severity::Warn;
            self.out.push(v);
        }
    }
}
