//! Placement mediation: vacancies, placements and their lifecycle, hours. Types and rules only,
//! no I/O.
//!
//! Lifecycle (DESIGN.md): `proposed → accepted (organisation) → confirmed (school; parental
//! consent when under 16) → active → completed`, or `declined` / `cancelled` with a reason.
//! Accepting is the host's signature on the placement agreement and confirming the school's; a
//! confirmed placement becomes active once the pupil and (under 16) a parent have signed too
//! and the rules for minors allow it (MINORS-RULES.md A3–A6: no placement without a signed
//! agreement).

use serde::{Deserialize, Serialize};
use time::{Date, Time};

use crate::directory::values::{FieldError, MAX_LONG, MAX_SHORT, age_on, optional_text, required_text};

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

/// A time slot of a vacancy: on a date, or every week on a weekday (1 = Monday … 7 = Sunday).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub date: Option<Date>,
    pub weekday: Option<u8>,
    pub start: Time,
    pub end: Time,
}

/// Parses `HH:MM` (or `H:MM`, `HH.MM`).
pub fn parse_time(raw: &str) -> Result<Time, FieldError> {
    let s = raw.trim();
    let (h, m) = s.split_once([':', '.']).ok_or(FieldError::Time)?;
    let h: u8 = h.trim().parse().map_err(|_| FieldError::Time)?;
    let m: u8 = m.trim().parse().map_err(|_| FieldError::Time)?;
    if m.to_string().len() > 2 {
        return Err(FieldError::Time);
    }
    Time::from_hms(h, m, 0).map_err(|_| FieldError::Time)
}

/// Minutes from `start` to `end` on one day; `None` when the end is not after the start.
pub fn minutes_between(start: Time, end: Time) -> Option<i32> {
    let m = (end - start).whole_minutes();
    (m > 0).then(|| i32::try_from(m).unwrap_or(i32::MAX))
}

/// The hours of a minute count, for display: `2,5` / `2.5`.
pub fn hours_text(minutes: i64, decimal: char) -> String {
    let whole = minutes / 60;
    let rest = minutes % 60;
    if rest == 0 {
        whole.to_string()
    } else {
        let frac = (rest * 100 / 60) as u32;
        let frac = if frac.is_multiple_of(10) { format!("{}", frac / 10) } else { format!("{frac:02}") };
        format!("{whole}{decimal}{frac}")
    }
}

/// Why an hours entry is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("end before start")]
    EndBeforeStart,
    #[error("in the future")]
    Future,
    #[error("outside the placement's period")]
    OutsidePeriod,
    #[error("longer than a working day")]
    TooLong,
}

impl HoursError {
    pub fn key(self) -> &'static str {
        match self {
            HoursError::EndBeforeStart => "hours-err-end-before-start",
            HoursError::Future => "hours-err-future",
            HoursError::OutsidePeriod => "hours-err-outside-period",
            HoursError::TooLong => "hours-err-too-long",
        }
    }
}

/// Hours a week as people write them (`6`, `6,5`, `6.5`), from half an hour up to `max` hours, in
/// minutes.
pub fn weekly_minutes(raw: &str, max: u32) -> Result<u32, FieldError> {
    let hours: f64 = raw.trim().replace(',', ".").parse().map_err(|_| FieldError::Number)?;
    if !(0.5..=f64::from(max)).contains(&hours) {
        return Err(FieldError::Number);
    }
    Ok((hours * 60.0).round() as u32)
}

/// Checks an hours entry's shape (times, date, period) and returns its length in minutes. The
/// limits for minors (07:00–19:00 under 16, hours per day and week, rest, Sundays) are the rules
/// engine's: see `minors::check`.
pub fn check_hours(date: Date, start: Time, end: Time, period: (Date, Date), today: Date) -> Result<i32, HoursError> {
    let minutes = minutes_between(start, end).ok_or(HoursError::EndBeforeStart)?;
    if date > today {
        return Err(HoursError::Future);
    }
    if date < period.0 || date > period.1 {
        return Err(HoursError::OutsidePeriod);
    }
    if minutes > 12 * 60 {
        return Err(HoursError::TooLong);
    }
    Ok(minutes)
}

/// The status of an hours entry. A correction replaces an entry by a new one and keeps the old
/// one as `superseded`, so the history stays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::Type)]
#[sqlx(type_name = "text", rename_all = "lowercase")]
pub enum HoursStatus {
    Submitted,
    Approved,
    Rejected,
    Superseded,
}

impl HoursStatus {
    pub fn code(self) -> &'static str {
        match self {
            HoursStatus::Submitted => "submitted",
            HoursStatus::Approved => "approved",
            HoursStatus::Rejected => "rejected",
            HoursStatus::Superseded => "superseded",
        }
    }

    pub fn from_code(code: &str) -> Option<HoursStatus> {
        [HoursStatus::Submitted, HoursStatus::Approved, HoursStatus::Rejected, HoursStatus::Superseded]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

impl std::fmt::Display for HoursStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Whether a placement is complete: the evaluation is in, and the approved hours reach what was
/// asked — the vacancy's expected hours, or what the pupil still needed for her requirement,
/// whichever is less.
pub fn is_complete(evaluated: bool, approved_here: i64, expected: i64, required_remaining: i64) -> bool {
    evaluated && approved_here >= expected.min(required_remaining.max(0)).max(1)
}

// ---- the vacancy form ----------------------------------------------------------------------

/// The vacancy form as submitted.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct VacancyForm {
    pub organisation: String,
    pub title: String,
    pub description: String,
    pub category: String,
    pub kind: String,
    pub setting: String,
    pub capacity: String,
    pub group_min: String,
    pub group_max: String,
    pub min_age: String,
    pub expected_hours: String,
    pub starts_on: String,
    pub ends_on: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub supervisor_name: String,
    pub supervisor_email: String,
    pub supervisor_phone: String,
    /// One slot per line: `2026-11-24 14:00-16:00` or `wo 14:00-16:00`.
    pub slots: String,
    /// Restricted to these schools (ids, repeated fields).
    pub schools: Vec<String>,
    /// `on` when the organisation declares the pupil's tasks (the categories below, possibly
    /// none); otherwise the tasks count as not declared.
    pub tasks_declared: String,
    /// Task categories (codes, repeated fields).
    pub tasks: Vec<String>,
    pub works_with_children: String,
    pub expert_supervision: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VacancyInput {
    pub title: String,
    pub description: String,
    pub category: String,
    pub kind: Kind,
    pub setting: Setting,
    pub capacity: i32,
    pub group_min: Option<i32>,
    pub group_max: Option<i32>,
    pub min_age: i32,
    pub expected_hours: i32,
    pub starts_on: Date,
    pub ends_on: Date,
    pub street: String,
    pub postcode: Option<crate::directory::values::Postcode>,
    pub city: String,
    pub supervisor_name: String,
    pub supervisor_email: Option<crate::directory::values::Email>,
    pub supervisor_phone: String,
    pub slots: Vec<Slot>,
    pub schools: Vec<crate::ids::SchoolId>,
    /// The declared task categories; `None`: not declared (MINORS-RULES.md B11, C9, D6, E8).
    pub tasks: Option<std::collections::BTreeSet<schakel_minors::TaskCategory>>,
    pub works_with_children: bool,
    pub expert_supervision: bool,
}

impl VacancyInput {
    /// The declared tasks as stored (`lifting,cash-handling`), `None` when not declared.
    pub fn tasks_code(&self) -> Option<String> {
        self.tasks.as_ref().map(|t| t.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(","))
    }
}

const WEEKDAYS_NL: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];
const WEEKDAYS_EN: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Parses one slot line: a date or a weekday, then `HH:MM-HH:MM`.
pub fn parse_slot(line: &str) -> Result<Slot, FieldError> {
    let mut parts = line.split_whitespace();
    let day = parts.next().ok_or(FieldError::Slot)?;
    let times = parts.collect::<Vec<_>>().join("");
    let (a, b) = times.split_once(['-', '–']).ok_or(FieldError::Slot)?;
    let (start, end) = (parse_time(a).map_err(|_| FieldError::Slot)?, parse_time(b).map_err(|_| FieldError::Slot)?);
    if minutes_between(start, end).is_none() {
        return Err(FieldError::Slot);
    }
    let lower = day.to_lowercase();
    let weekday = WEEKDAYS_NL
        .iter()
        .position(|d| lower.starts_with(d))
        .or_else(|| WEEKDAYS_EN.iter().position(|d| lower.starts_with(d)));
    match weekday {
        Some(i) => Ok(Slot { date: None, weekday: Some(i as u8 + 1), start, end }),
        None => {
            let date = crate::directory::values::parse_date(day).map_err(|_| FieldError::Slot)?;
            Ok(Slot { date: Some(date), weekday: None, start, end })
        }
    }
}

/// Writes a slot back as the form shows it.
pub fn slot_line(s: &Slot) -> String {
    let day = match (s.date, s.weekday) {
        (Some(d), _) => format!("{:02}-{:02}-{}", d.day(), d.month() as u8, d.year()),
        (None, Some(w)) => WEEKDAYS_NL.get(usize::from(w).saturating_sub(1)).copied().unwrap_or("ma").to_string(),
        (None, None) => String::new(),
    };
    format!("{day} {:02}:{:02}-{:02}:{:02}", s.start.hour(), s.start.minute(), s.end.hour(), s.end.minute())
}

fn number(raw: &str, range: std::ops::RangeInclusive<i32>) -> Result<i32, FieldError> {
    raw.trim().parse::<i32>().ok().filter(|n| range.contains(n)).ok_or(FieldError::Number)
}

fn optional_number(raw: &str, range: std::ops::RangeInclusive<i32>) -> Result<Option<i32>, FieldError> {
    if raw.trim().is_empty() { Ok(None) } else { number(raw, range).map(Some) }
}

impl VacancyInput {
    pub fn parse(f: &VacancyForm) -> Result<VacancyInput, crate::directory::model::Invalid> {
        use crate::directory::model::Invalid;
        use crate::directory::values::{Email, Postcode, parse_date};
        let mut inv = Invalid::default();
        let title = inv.check("title", required_text(&f.title, MAX_SHORT));
        let description = inv.check("description", required_text(&f.description, MAX_LONG));
        let category = inv.check("category", {
            let c = f.category.trim();
            if crate::directory::model::SECTORS.contains(&c) { Ok(c.to_string()) } else { Err(FieldError::Choice) }
        });
        let kind = inv.check("kind", Kind::from_code(f.kind.trim()).ok_or(FieldError::Choice));
        let setting = inv.check("setting", Setting::from_code(f.setting.trim()).ok_or(FieldError::Choice));
        let capacity = inv.check("capacity", number(&f.capacity, 1..=500));
        let group_min = inv.check("group_min", optional_number(&f.group_min, 1..=200));
        let group_max = inv.check("group_max", optional_number(&f.group_max, 1..=200));
        let min_age = inv.check("min_age", optional_number(&f.min_age, 10..=18));
        let expected_hours = inv.check("expected_hours", number(&f.expected_hours, 1..=400));
        let starts_on = inv.check("starts_on", parse_date(&f.starts_on));
        let ends_on = inv.check("ends_on", parse_date(&f.ends_on));
        let street = inv.check("street", optional_text(&f.street, MAX_SHORT));
        let postcode = inv.check(
            "postcode",
            if f.postcode.trim().is_empty() { Ok(None) } else { Postcode::parse(&f.postcode).map(Some) },
        );
        let city = inv.check("city", optional_text(&f.city, MAX_SHORT));
        let supervisor_name = inv.check("supervisor_name", required_text(&f.supervisor_name, MAX_SHORT));
        let supervisor_email = inv.check(
            "supervisor_email",
            if f.supervisor_email.trim().is_empty() { Ok(None) } else { Email::parse(&f.supervisor_email).map(Some) },
        );
        let supervisor_phone = inv.check("supervisor_phone", optional_text(&f.supervisor_phone, 30));
        let slots = inv.check(
            "slots",
            f.slots.lines().map(str::trim).filter(|l| !l.is_empty()).map(parse_slot).collect::<Result<Vec<_>, _>>(),
        );
        let schools = inv.check(
            "schools",
            f.schools
                .iter()
                .filter(|s| !s.trim().is_empty())
                .map(|s| s.trim().parse::<crate::ids::SchoolId>().map_err(|_| FieldError::Choice))
                .collect(),
        );
        let tasks = inv.check(
            "tasks",
            f.tasks
                .iter()
                .filter(|t| !t.trim().is_empty())
                .map(|t| {
                    schakel_minors::TaskCategory::ALL
                        .into_iter()
                        .find(|c| c.as_str() == t.trim())
                        .ok_or(FieldError::Choice)
                })
                .collect::<Result<std::collections::BTreeSet<_>, _>>(),
        );
        // Rules across fields.
        if let (Some(s), Some(e)) = (starts_on, ends_on)
            && e < s
        {
            inv.0.push(("ends_on", FieldError::EndBeforeStart));
        }
        if let (Some(Some(a)), Some(Some(b))) = (group_min, group_max)
            && b < a
        {
            inv.0.push(("group_max", FieldError::Number));
        }
        if let (Some(Some(max)), Some(cap)) = (group_max, capacity)
            && max > cap
        {
            inv.0.push(("group_max", FieldError::GroupAboveCapacity));
        }
        if let (Some(slots), Some(s), Some(e)) = (&slots, starts_on, ends_on)
            && slots.iter().any(|sl| sl.date.is_some_and(|d| d < s || d > e))
        {
            inv.0.push(("slots", FieldError::SlotOutsidePeriod));
        }
        let v = (|| {
            let setting = setting?;
            Some(VacancyInput {
                title: title?,
                description: description?,
                category: category?,
                kind: kind?,
                setting,
                capacity: capacity?,
                group_min: group_min?,
                group_max: group_max?,
                min_age: effective_minimum_age(setting, min_age?),
                expected_hours: expected_hours?,
                starts_on: starts_on?,
                ends_on: ends_on?,
                street: street?,
                postcode: postcode?,
                city: city?,
                supervisor_name: supervisor_name?,
                supervisor_email: supervisor_email?,
                supervisor_phone: supervisor_phone?,
                slots: slots?,
                schools: schools?,
                tasks: if f.tasks_declared == "on" { Some(tasks?) } else { None },
                works_with_children: f.works_with_children == "on",
                expert_supervision: f.expert_supervision == "on",
            })
        })();
        match v {
            Some(v) if inv.0.is_empty() => Ok(v),
            _ => Err(inv),
        }
    }

    pub fn search_text(&self, organisation: &str) -> String {
        crate::directory::model::search_text(&[&self.title, organisation, &self.city, &self.category])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, time};

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

    #[test]
    fn weekly_hours_read_with_a_comma_or_a_point() {
        assert_eq!(weekly_minutes("6", 40), Ok(360));
        assert_eq!(weekly_minutes(" 6,5 ", 40), Ok(390));
        assert_eq!(weekly_minutes("6.25", 40), Ok(375));
        assert_eq!(weekly_minutes("0", 40), Err(FieldError::Number));
        assert_eq!(weekly_minutes("41", 40), Err(FieldError::Number));
        assert_eq!(weekly_minutes("zes", 40), Err(FieldError::Number));
    }

    #[test]
    fn hours_entries_lie_in_the_period_and_not_ahead() {
        let period = (date!(2026 - 09 - 01), date!(2027 - 06 - 30));
        let today = date!(2026 - 11 - 22);
        let day = date!(2026 - 11 - 20);
        assert_eq!(check_hours(day, time!(07:00), time!(19:00), period, today), Ok(720));
        assert_eq!(check_hours(day, time!(10:00), time!(10:00), period, today), Err(HoursError::EndBeforeStart));
        assert_eq!(check_hours(day, time!(06:00), time!(18:01), period, today), Err(HoursError::TooLong));
        assert_eq!(
            check_hours(date!(2026 - 11 - 23), time!(10:00), time!(11:00), period, today),
            Err(HoursError::Future)
        );
        assert_eq!(
            check_hours(date!(2026 - 08 - 31), time!(10:00), time!(11:00), period, today),
            Err(HoursError::OutsidePeriod)
        );
    }

    #[test]
    fn slots_are_read_in_dutch_and_english() {
        let s = parse_slot("wo 14:00-16:30").expect("weekday");
        assert_eq!((s.weekday, s.start, s.end), (Some(3), time!(14:00), time!(16:30)));
        let d = parse_slot("24-11-2026 9:00 – 12:00").expect("date");
        assert_eq!(d.date, Some(date!(2026 - 11 - 24)));
        assert_eq!(parse_slot("Saturday 10.00-12.00").map(|s| s.weekday), Ok(Some(6)));
        assert_eq!(parse_slot("wo 16:00-14:00"), Err(FieldError::Slot));
        assert_eq!(parse_slot("soms"), Err(FieldError::Slot));
        assert_eq!(slot_line(&s), "wo 14:00-16:30");
    }

    #[test]
    fn hours_read_as_people_write_them() {
        assert_eq!(hours_text(150, ','), "2,5");
        assert_eq!(hours_text(120, ','), "2");
        assert_eq!(hours_text(135, '.'), "2.25");
        assert_eq!(hours_text(100, ','), "1,66");
    }

    #[test]
    fn completion_needs_the_evaluation_and_the_hours() {
        assert!(!is_complete(false, 1800, 1800, 1800));
        assert!(!is_complete(true, 1200, 1800, 1800));
        assert!(is_complete(true, 1800, 1800, 1800));
        // She needed only 10 more hours of her 30: 10 approved hours complete it.
        assert!(is_complete(true, 600, 1800, 600));
    }
}
