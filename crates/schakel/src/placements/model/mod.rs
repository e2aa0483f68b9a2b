//! Placement mediation: vacancies, placements and their lifecycle, hours. Types and rules only,
//! no I/O.
//!
//! Lifecycle (DESIGN.md): `proposed → accepted (organisation) → confirmed (school; parental
//! consent when under 16) → active → completed`, or `declined` / `cancelled` with a reason.
//! Accepting is the host's signature on the placement agreement and confirming the school's; a
//! confirmed placement becomes active once the pupil and (under 16) a parent have signed too
//! and the rules for minors allow it (MINORS-RULES.md A3–A6: no placement without a signed
//! agreement).

mod hours;
mod vacancy;

pub use hours::*;
pub use vacancy::*;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::directory::values::age_on;

/// The stage a placement is in. Stored as its code; a value the database holds that is none of
/// these is an error when read, never a default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[serde(rename_all = "lowercase")]
#[sqlx(type_name = "text", rename_all = "lowercase")]
pub enum Status {
    Proposed,
    Accepted,
    Confirmed,
    Active,
    Completed,
    Declined,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Proposed,
        Status::Accepted,
        Status::Confirmed,
        Status::Active,
        Status::Completed,
        Status::Declined,
        Status::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Proposed => "proposed",
            Status::Accepted => "accepted",
            Status::Confirmed => "confirmed",
            Status::Active => "active",
            Status::Completed => "completed",
            Status::Declined => "declined",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Statuses that hold one of the vacancy's places: their number never exceeds its capacity.
    pub const HOLDING_A_PLACE: [Status; 3] = [Status::Confirmed, Status::Active, Status::Completed];

    /// Whether the placement is over (nothing more can happen to it).
    pub fn is_final(self) -> bool {
        matches!(self, Status::Completed | Status::Declined | Status::Cancelled)
    }

    /// Whether hours may be logged against it.
    pub fn takes_hours(self) -> bool {
        self == Status::Active
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// What someone does to a placement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The organisation takes the candidate (and signs the agreement).
    Accept,
    /// The organisation does not take the candidate.
    Decline,
    /// The school agrees (and signs the agreement); `consent_needed` when a parent is asked to
    /// sign too.
    Confirm { consent_needed: bool },
    /// Every signature is in and the rules allow it: the placement starts.
    Activate,
    /// Hours and evaluation are done.
    Complete,
    /// Anyone involved stops it, with a reason; the place is freed.
    Cancel,
}

/// Why a step cannot be taken now. Each has a message key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StepError {
    #[error("the organisation has not accepted this placement")]
    NotAccepted,
    #[error("this placement is not waiting for the organisation")]
    NotProposed,
    #[error("this placement does not wait for signatures")]
    NotConfirmed,
    #[error("this placement is not active")]
    NotActive,
    #[error("this placement is over")]
    Over,
}

impl StepError {
    pub fn key(self) -> &'static str {
        match self {
            StepError::NotAccepted => "placement-err-not-accepted",
            StepError::NotProposed => "placement-err-not-proposed",
            StepError::NotConfirmed => "placement-err-no-consent-pending",
            StepError::NotActive => "placement-err-not-active",
            StepError::Over => "placement-err-over",
        }
    }
}

/// The status after `step`, or why the step is not allowed from `from`.
pub fn next(from: Status, step: Step) -> Result<Status, StepError> {
    use Status::*;
    if from.is_final() {
        return Err(StepError::Over);
    }
    match (from, step) {
        (Proposed, Step::Accept) => Ok(Accepted),
        (Proposed, Step::Decline) => Ok(Declined),
        (_, Step::Accept | Step::Decline) => Err(StepError::NotProposed),
        (Accepted, Step::Confirm { .. }) => Ok(Confirmed),
        (_, Step::Confirm { .. }) => Err(StepError::NotAccepted),
        (Confirmed, Step::Activate) => Ok(Active),
        (_, Step::Activate) => Err(StepError::NotConfirmed),
        (Active, Step::Complete) => Ok(Completed),
        (_, Step::Complete) => Err(StepError::NotActive),
        (_, Step::Cancel) => Ok(Cancelled),
    }
}

/// Where a placement happens, which decides the legal frame (MINORS-RULES.md, section 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    /// Maatschappelijke stage outside school: from 13.
    MasOutside,
    /// Maatschappelijke stage inside school (binnenschoolse stage): from 12.
    MasInside,
    /// Beroeps- or snuffelstage at a company: from 14.
    Internship,
}

impl Setting {
    pub const ALL: [Setting; 3] = [Setting::MasOutside, Setting::MasInside, Setting::Internship];

    pub fn code(self) -> &'static str {
        match self {
            Setting::MasOutside => "mas_outside",
            Setting::MasInside => "mas_inside",
            Setting::Internship => "internship",
        }
    }

    pub fn from_code(code: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The youngest age the law allows (MINORS-RULES.md rules A1 and A2).
    pub fn legal_minimum_age(self) -> i32 {
        match self {
            Setting::MasInside => 12,
            Setting::MasOutside => 13,
            Setting::Internship => 14,
        }
    }
}

/// Individual places, a group that goes together, or a meeting-point assignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Individual,
    Group,
    Assignment,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Individual, Kind::Group, Kind::Assignment];

    pub fn code(self) -> &'static str {
        match self {
            Kind::Individual => "individual",
            Kind::Group => "group",
            Kind::Assignment => "assignment",
        }
    }

    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// A vacancy's status: `draft → open → closed → archived`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::Type)]
#[serde(rename_all = "lowercase")]
#[sqlx(type_name = "text", rename_all = "lowercase")]
pub enum VacancyStatus {
    Draft,
    Open,
    Closed,
    Archived,
}

impl VacancyStatus {
    pub const ALL: [VacancyStatus; 4] =
        [VacancyStatus::Draft, VacancyStatus::Open, VacancyStatus::Closed, VacancyStatus::Archived];

    pub fn code(self) -> &'static str {
        match self {
            VacancyStatus::Draft => "draft",
            VacancyStatus::Open => "open",
            VacancyStatus::Closed => "closed",
            VacancyStatus::Archived => "archived",
        }
    }

    pub fn from_code(code: &str) -> Option<VacancyStatus> {
        VacancyStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The statuses a vacancy may move to next.
    pub fn successors(self) -> &'static [VacancyStatus] {
        match self {
            VacancyStatus::Draft => &[VacancyStatus::Open, VacancyStatus::Archived],
            VacancyStatus::Open => &[VacancyStatus::Closed],
            VacancyStatus::Closed => &[VacancyStatus::Open, VacancyStatus::Archived],
            VacancyStatus::Archived => &[],
        }
    }
}

impl std::fmt::Display for VacancyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The age that counts for a vacancy: the stated minimum, but never below the legal one.
pub fn effective_minimum_age(setting: Setting, stated: Option<i32>) -> i32 {
    stated.unwrap_or(0).max(setting.legal_minimum_age())
}

/// Whether a pupil born on `birth` is old enough for a vacancy starting on `start` (or today,
/// when it has started already): age is taken on the day she would begin.
pub fn old_enough(birth: Date, start: Date, today: Date, minimum: i32) -> bool {
    age_on(birth, start.max(today)) >= minimum
}

/// Why the vacancy search leaves a vacancy out for a pupil.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotOpen {
    /// Not open any more, or over.
    Closed,
    /// Reserved for other schools.
    OtherSchool,
    /// She is too young on the day she would begin (or her date of birth is unknown and the
    /// vacancy is not open to the youngest pupils).
    TooYoung,
    /// The rules for minors never allow her age there (its hours, days or tasks).
    RulesForMinors,
}

/// What decides whether a vacancy is open to a pupil.
#[derive(Clone, Debug)]
pub struct Openness {
    pub open: bool,
    pub starts_on: Date,
    pub ends_on: Date,
    pub min_age: i32,
    /// The schools it is reserved for; empty: every school.
    pub schools: Vec<crate::ids::SchoolId>,
    /// The ages the rules for minors never allow on its planned slots (`minors::check`).
    pub blocked_ages: Vec<u8>,
}

impl Openness {
    /// Whether a pupil of `school`, born on `birth`, may take it: the rule the vacancy search
    /// writes in SQL (`store::vacancies`), for checking many pairs at once (matching rounds).
    /// The two must agree; the rounds tests compare them.
    pub fn for_pupil(&self, school: crate::ids::SchoolId, birth: Option<Date>, today: Date) -> Result<(), NotOpen> {
        if !self.open || self.ends_on < today {
            return Err(NotOpen::Closed);
        }
        if !self.schools.is_empty() && !self.schools.contains(&school) {
            return Err(NotOpen::OtherSchool);
        }
        let old_enough = match birth {
            // The search maps minimum ages outside 12–18 to 18, as here.
            Some(b) => {
                old_enough(b, self.starts_on, today, if (12..=18).contains(&self.min_age) { self.min_age } else { 18 })
            }
            None => self.min_age <= 12,
        };
        if !old_enough {
            return Err(NotOpen::TooYoung);
        }
        // The age she has on the first day she could work there; the school checks each shift
        // when it confirms, this keeps a round from matching what can never be confirmed.
        let age = birth.map(|b| age_on(b, self.starts_on.max(today)));
        match age.and_then(|a| u8::try_from(a).ok()) {
            Some(a) if self.blocked_ages.contains(&a) => Err(NotOpen::RulesForMinors),
            _ => Ok(()),
        }
    }
}

/// Whether a parent must consent (sign the agreement): the pupil is under 16 on the first day of
/// the placement (MINORS-RULES.md A4).
pub fn consent_needed(birth: Option<Date>, start: Date) -> bool {
    // Without a date of birth we cannot know; ask, rather than skip a consent the law requires.
    birth.is_none_or(|b| age_on(b, start) < 16)
}

/// Whether a parent is asked to sign: when it is needed, and for 16- and 17-year-olds when the
/// network asks it of them too (A5, the option `parent_signature_16_17`). A missing signature of
/// a 16–17-year-old's parent is a warning someone can confirm, not a block.
pub fn parent_asked(birth: Option<Date>, start: Date, ask_16_17: bool) -> bool {
    consent_needed(birth, start) || (ask_16_17 && birth.is_some_and(|b| age_on(b, start) < 18))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_lifecycle_moves_forward_only() {
        use Status::*;
        assert_eq!(next(Proposed, Step::Accept), Ok(Accepted));
        assert_eq!(next(Proposed, Step::Decline), Ok(Declined));
        assert_eq!(next(Accepted, Step::Confirm { consent_needed: true }), Ok(Confirmed));
        assert_eq!(next(Accepted, Step::Confirm { consent_needed: false }), Ok(Confirmed));
        assert_eq!(next(Confirmed, Step::Activate), Ok(Active));
        assert_eq!(next(Active, Step::Complete), Ok(Completed));
        assert_eq!(next(Accepted, Step::Cancel), Ok(Cancelled));
    }

    #[test]
    fn illegal_steps_say_why() {
        use Status::*;
        assert_eq!(next(Proposed, Step::Confirm { consent_needed: false }), Err(StepError::NotAccepted));
        assert_eq!(next(Active, Step::Activate), Err(StepError::NotConfirmed));
        assert_eq!(next(Accepted, Step::Activate), Err(StepError::NotConfirmed), "no start before the school signs");
        assert_eq!(next(Confirmed, Step::Activate).and_then(|s| next(s, Step::Activate)), Err(StepError::NotConfirmed));
        assert_eq!(next(Declined, Step::Accept), Err(StepError::Over));
        assert_eq!(next(Cancelled, Step::Cancel), Err(StepError::Over));
        assert_eq!(next(Accepted, Step::Accept), Err(StepError::NotProposed));
        assert_eq!(next(Proposed, Step::Complete), Err(StepError::NotActive));
    }

    #[test]
    fn legal_minimum_ages_hold_whatever_a_vacancy_says() {
        assert_eq!(effective_minimum_age(Setting::MasOutside, Some(12)), 13);
        assert_eq!(effective_minimum_age(Setting::Internship, None), 14);
        assert_eq!(effective_minimum_age(Setting::MasInside, None), 12);
        assert_eq!(effective_minimum_age(Setting::MasOutside, Some(16)), 16);
    }

    #[test]
    fn age_is_taken_on_the_first_day() {
        let birth = date!(2013 - 03 - 10);
        let today = date!(2026 - 01 - 05);
        assert!(!old_enough(birth, date!(2026 - 03 - 09), today, 13));
        assert!(old_enough(birth, date!(2026 - 03 - 10), today, 13));
        // A vacancy that started already counts from today.
        assert!(old_enough(birth, date!(2025 - 09 - 01), date!(2026 - 03 - 10), 13));
    }

    #[test]
    fn consent_is_needed_under_16_and_when_the_birth_date_is_unknown() {
        assert!(consent_needed(Some(date!(2011 - 06 - 01)), date!(2027 - 05 - 31)));
        assert!(!consent_needed(Some(date!(2011 - 06 - 01)), date!(2027 - 06 - 01)));
        assert!(consent_needed(None, date!(2027 - 06 - 01)));
    }
}
