//! Our records turned into the rule engine's input, and its findings back.
//!
//! What a check sees depends on the step:
//! * **planned** work (applying, accepting, confirming, placing a group): the vacancy's time
//!   slots from today on, with the paperwork taken as complete and signed today — only what no
//!   paperwork can fix may block, plus the side job as declared;
//! * the **agreement** (activation): the same slots with the real signatures and consents;
//! * **hours**: the hours actually logged (and a new entry), with the real paperwork.

use std::collections::{BTreeSet, HashSet};

use schakel_minors::{
    Agreement, Engine, GroupMember, GroupReport, HostFacts, Papers, Pupil, SchoolCalendar, Setting, Shift,
    TaskCategory, VacancyReport, Violation, Work,
};
use time::{Date, Duration};

use crate::db::Conn;
use crate::ids::{OrganisationId, PlacementId, PupilId, SchoolId, VacancyId};
use crate::minors::hosts::{self, Checks, LocationFlag};
use crate::minors::papers::{self, ConsentKind, Party, SideJob, WarningKey};
use crate::minors::{calendar, rules};
use crate::placements::model::{HoursStatus, Kind, Setting as AppSetting, Slot};
use crate::placements::store::hours::Entry;
use crate::placements::store::placements::Placement;
use crate::placements::store::vacancies::{self, Vacancy};

pub use rules::RulesError;

/// The engine's setting for a vacancy's kind and setting (a meeting-point assignment is one in
/// school or at the client; MINORS-RULES.md Q4).
pub fn setting(kind: &str, setting: &str) -> Setting {
    let assignment = Kind::from_code(kind) == Some(Kind::Assignment);
    match (AppSetting::from_code(setting), assignment) {
        (Some(AppSetting::MasInside), true) => Setting::MeetingPointInSchool,
        (_, true) => Setting::MeetingPointAtClient,
        (Some(AppSetting::MasInside), false) => Setting::MasInsideSchool,
        (Some(AppSetting::Internship), false) => Setting::Internship,
        _ => Setting::MasOutsideSchool,
    }
}

/// Task categories as stored (`cash-handling,lifting`); `None` when not declared.
pub fn parse_tasks(raw: Option<&str>) -> Option<BTreeSet<TaskCategory>> {
    let raw = raw?;
    Some(raw.split(',').filter_map(|t| TaskCategory::ALL.into_iter().find(|c| c.as_str() == t.trim())).collect())
}

/// The host's side of the work: the location flags on record and the vacancy's declarations.
pub fn host_facts(v: &Vacancy, checks: &Checks) -> HostFacts {
    HostFacts {
        alcohol_served: checks.location(LocationFlag::AlcoholServed),
        childcare: checks.location(LocationFlag::Childcare),
        works_with_children: v.works_with_children,
        hazardous_tasks: checks.location(LocationFlag::HazardousTasks),
        supervisor_named: !v.supervisor_name.trim().is_empty(),
        expert_supervision: v.expert_supervision,
        tasks: parse_tasks(v.tasks.as_deref()),
    }
}

/// How far ahead weekly slots are expanded into dates; longer periods are cut off here.
const HORIZON_DAYS: i64 = 400;

/// The vacancy's time slots as shifts on dates from `from` (or its first day, if later) to its
/// last day: dated slots as they are, weekly ones on every matching weekday.
pub fn planned_shifts(v: &Vacancy, slots: &[Slot], from: Date) -> Vec<Shift> {
    let first = v.starts_on.max(from);
    let last = v.ends_on.min(first + Duration::days(HORIZON_DAYS));
    let mut out = Vec::new();
    for s in slots {
        match (s.date, s.weekday) {
            (Some(d), _) if d >= first && d <= v.ends_on => out.extend(Shift::new(d, s.start, s.end).ok()),
            (None, Some(w)) => {
                let mut d = first;
                while d <= last {
                    if d.weekday().number_from_monday() == w {
                        out.extend(Shift::new(d, s.start, s.end).ok());
                    }
                    d += Duration::days(1);
                }
            }
            _ => {}
        }
    }
    out.sort_by_key(|s| (s.date(), s.start()));
    out
}

/// The hours that count as worked: submitted and approved entries (rejected and superseded ones
/// do not), as shifts.
pub fn worked_shifts(entries: &[Entry]) -> Vec<Shift> {
    entries
        .iter()
        .filter(|e| matches!(e.status, HoursStatus::Submitted | HoursStatus::Approved))
        .filter_map(|e| Shift::new(e.on_date, e.starts_at, e.ends_at).ok())
        .collect()
}

/// The engine's findings for one pupil, with the warnings someone confirmed already.
#[derive(Clone, Debug, Default)]
pub struct Findings {
    pub violations: Vec<Violation>,
    pub acknowledged: HashSet<WarningKey>,
    /// The pupil's date of birth is missing, so no age rule can be checked: that blocks every
    /// placement outside school.
    pub birth_unknown: bool,
}

/// A violation's key: what a confirmation refers to.
pub fn key(v: &Violation) -> WarningKey {
    (v.rule.as_str().to_string(), v.check.as_str().to_string(), v.period.start())
}

impl Findings {
    pub fn blocks(&self) -> impl Iterator<Item = &Violation> {
        self.violations.iter().filter(|v| v.is_block())
    }

    pub fn is_blocked(&self) -> bool {
        self.birth_unknown || self.blocks().next().is_some()
    }

    /// Warnings nobody has confirmed yet.
    pub fn open_warnings(&self) -> Vec<&Violation> {
        self.violations.iter().filter(|v| !v.is_block() && !self.acknowledged.contains(&key(v))).collect()
    }

    /// Nothing blocks and every warning is confirmed.
    pub fn is_clear(&self) -> bool {
        !self.is_blocked() && self.open_warnings().is_empty()
    }
}

/// Everything one pupil's check needs that does not depend on the step.
pub struct Context {
    pub engine: Engine,
    pub today: Date,
}

impl Context {
    pub async fn load(db: impl Into<Conn<'_>>, today: Date) -> Result<Context, RulesError> {
        Ok(Context { engine: rules::engine(db).await?, today })
    }

    /// A vacancy's slots checked for every age from 12 to 17 against the region's calendar: the
    /// ages that can never take it, whatever the paperwork.
    pub async fn vacancy(&self, db: impl Into<Conn<'_>>, v: &Vacancy) -> Result<VacancyReport, RulesError> {
        let db: Conn<'_> = db.into();
        let slots = vacancies::slots(db, v.id).await?;
        let checks = hosts::checks(db, v.organisation_id, self.today).await?;
        Ok(self.vacancy_report(v, &slots, &checks))
    }

    /// [`Context::vacancy`] from parts already loaded (many vacancies at once).
    pub fn vacancy_report(&self, v: &Vacancy, slots: &[Slot], checks: &Checks) -> VacancyReport {
        let work = Work::new(setting(&v.kind, &v.setting), planned_shifts(v, slots, self.today), host_facts(v, checks));
        self.engine.check_vacancy(&work, &SchoolCalendar::region_noord())
    }

    /// Whether some rule blocks a pupil born on `birth` from `vacancy` whatever the paperwork,
    /// at the age she has on the first day she could begin (as `vacancy` reports ages).
    pub async fn forbids(
        &self,
        db: impl Into<Conn<'_>>,
        vacancy: VacancyId,
        birth: Option<Date>,
    ) -> Result<bool, RulesError> {
        let db: Conn<'_> = db.into();
        let (Some(birth), Some(v)) = (birth, vacancies::vacancy(db, vacancy).await?) else { return Ok(false) };
        let age = crate::directory::values::age_on(birth, v.starts_on.max(self.today));
        let blocked = self.vacancy(db, &v).await?.blocked_ages();
        Ok(u8::try_from(age).is_ok_and(|a| blocked.contains(&a)))
    }

    /// A pupil on a vacancy's planned slots, paperwork taken as complete.
    pub async fn planned(
        &self,
        db: impl Into<Conn<'_>>,
        v: &Vacancy,
        pupil: Option<Date>,
        school: SchoolId,
        side_job: SideJob,
    ) -> Result<Findings, RulesError> {
        let db: Conn<'_> = db.into();
        let work = self.planned_work(db, v).await?;
        let calendar = calendar::calendar(db, school).await?.for_rules();
        let papers = Papers { side_job: side_job.for_rules(), ..Papers::complete(self.today) };
        Ok(self.run(pupil, &work, &papers, &calendar, &v.setting))
    }

    async fn planned_work(&self, db: impl Into<Conn<'_>>, v: &Vacancy) -> Result<Work, RulesError> {
        let db: Conn<'_> = db.into();
        let slots = vacancies::slots(db, v.id).await?;
        let checks = hosts::checks(db, v.organisation_id, self.today).await?;
        Ok(Work::new(setting(&v.kind, &v.setting), planned_shifts(v, &slots, self.today), host_facts(v, &checks)))
    }

    /// A placement before its school confirms it: planned slots, paperwork taken as complete,
    /// with the warnings confirmed so far.
    pub async fn placement_planned(&self, db: impl Into<Conn<'_>>, p: &Placement) -> Result<Findings, RulesError> {
        let db: Conn<'_> = db.into();
        let v = vacancies::vacancy(db, p.vacancy_id).await?.ok_or(sqlx::Error::RowNotFound)?;
        let side_job = papers::side_job(db, p.id).await?;
        let mut f = self.planned(db, &v, p.date_of_birth, p.school_id, side_job).await?;
        f.acknowledged = papers::acknowledged(db, p.id).await?;
        Ok(f)
    }

    /// A placement's agreement as signed so far, on its remaining planned slots.
    pub async fn placement_agreement(&self, db: impl Into<Conn<'_>>, p: &Placement) -> Result<Findings, RulesError> {
        let db: Conn<'_> = db.into();
        let v = vacancies::vacancy(db, p.vacancy_id).await?.ok_or(sqlx::Error::RowNotFound)?;
        let work = self.planned_work(db, &v).await?;
        self.with_papers(db, p, &work).await
    }

    /// A placement's logged hours plus `extra` (a new entry), with the real paperwork.
    pub async fn placement_hours(
        &self,
        db: impl Into<Conn<'_>>,
        p: &Placement,
        entries: &[Entry],
        extra: Option<Shift>,
    ) -> Result<Findings, RulesError> {
        let db: Conn<'_> = db.into();
        let v = vacancies::vacancy(db, p.vacancy_id).await?.ok_or(sqlx::Error::RowNotFound)?;
        let checks = hosts::checks(db, v.organisation_id, self.today).await?;
        let mut shifts = worked_shifts(entries);
        shifts.extend(extra);
        let work = Work::new(setting(&v.kind, &v.setting), shifts, host_facts(&v, &checks));
        self.with_papers(db, p, &work).await
    }

    async fn with_papers(&self, db: impl Into<Conn<'_>>, p: &Placement, work: &Work) -> Result<Findings, RulesError> {
        let db: Conn<'_> = db.into();
        let papers = self.papers(db, p.id).await?;
        let calendar = calendar::calendar(db, p.school_id).await?.for_rules();
        let mut f = self.run(p.date_of_birth, work, &papers, &calendar, &p.setting);
        f.acknowledged = papers::acknowledged(db, p.id).await?;
        Ok(f)
    }

    /// The paperwork on record.
    pub async fn papers(&self, db: impl Into<Conn<'_>>, placement: PlacementId) -> Result<Papers, RulesError> {
        let db: Conn<'_> = db.into();
        let sig = papers::signatures(db, placement).await?;
        let consents = papers::consents(db, placement).await?;
        let given = |k: ConsentKind| {
            consents.iter().find(|c| c.kind == k.code()).map(|c| crate::clock::amsterdam(c.given_at).date())
        };
        Ok(Papers {
            agreement: Agreement {
                school_signed: sig.date(Party::School),
                host_signed: sig.date(Party::Host),
                pupil_signed: sig.date(Party::Pupil),
                parent_signed: sig.date(Party::Parent),
            },
            parent_sunday_consent: given(ConsentKind::ParentSunday),
            pupil_sunday_consent: given(ConsentKind::PupilSunday),
            extended_hours_consent: given(ConsentKind::ExtendedHours),
            childcare_registration: given(ConsentKind::ChildcareRegistration),
            pupil_vog: None,
            side_job: papers::side_job(db, placement).await?.for_rules(),
        })
    }

    fn run(
        &self,
        birth: Option<Date>,
        work: &Work,
        papers: &Papers,
        calendar: &SchoolCalendar,
        app_setting: &str,
    ) -> Findings {
        match birth {
            Some(b) => Findings {
                violations: self.engine.check(&Pupil::born_on(b), work, papers, calendar),
                ..Findings::default()
            },
            None => Findings {
                birth_unknown: AppSetting::from_code(app_setting) != Some(AppSetting::MasInside),
                ..Findings::default()
            },
        }
    }

    /// A group of pupils on a vacancy's planned slots, paperwork taken as complete (A7).
    pub async fn group(
        &self,
        db: impl Into<Conn<'_>>,
        v: &Vacancy,
        pupils: &[(PupilId, Date, SchoolId)],
    ) -> Result<GroupReport<PupilId>, RulesError> {
        let db: Conn<'_> = db.into();
        let work = self.planned_work(db, v).await?;
        let mut calendars: Vec<(SchoolId, SchoolCalendar)> = Vec::new();
        for (_, _, school) in pupils {
            if !calendars.iter().any(|(s, _)| s == school) {
                calendars.push((*school, calendar::calendar(db, *school).await?.for_rules()));
            }
        }
        let papers = Papers::complete(self.today);
        let members: Vec<GroupMember<'_, PupilId>> = pupils
            .iter()
            .filter_map(|(id, birth, school)| {
                let calendar = calendars.iter().find(|(s, _)| s == school).map(|(_, c)| c)?;
                Some(GroupMember { key: *id, pupil: Pupil::born_on(*birth), papers: papers.clone(), calendar })
            })
            .collect();
        Ok(self.engine.check_group(&work, &members))
    }
}

/// The host checks that stop a confirmation: missing or expired ones.
pub async fn host_lacking(
    db: impl Into<Conn<'_>>,
    org: OrganisationId,
    today: Date,
) -> sqlx::Result<Vec<hosts::CheckKind>> {
    Ok(hosts::checks(db, org, today).await?.lacking())
}
