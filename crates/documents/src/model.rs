//! The plain data of the two documents. The app fills these from its records; every item the
//! agreement must contain (MINORS-RULES.md, section 3) is an explicit field, and an `Option` is
//! printed as "not yet known" or "to be agreed" rather than left out.

use serde::{Deserialize, Serialize};
use time::{Date, Time, Weekday};

/// A postal address as printed: street and number, postcode, city.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub street: String,
    pub postcode: String,
    pub city: String,
}

/// A person to contact, with an optional job title (e.g. "teamleider").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub role: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// The school (its competent authority, represented by the placement coordinator).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct School {
    pub name: String,
    /// BRIN code, e.g. `27KJ00`.
    pub brin: String,
    pub address: Address,
    pub coordinator: Contact,
}

/// The host organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Host {
    pub name: String,
    /// KvK number (8 digits).
    pub kvk: String,
    pub address: Address,
    /// Who may sign for the organisation (name and function).
    pub representative: Contact,
    /// Where the pupil works, when that is not the organisation's address.
    pub location: Option<Location>,
}

/// A placement location other than the host's address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// E.g. "Buurthuis De Meeuw".
    pub name: Option<String>,
    pub address: Address,
}

/// The pupil. The school is the agreement's [`School`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pupil {
    pub name: String,
    pub date_of_birth: Date,
    pub class: Option<String>,
    /// The school-issued pupil number.
    pub pupil_number: Option<String>,
}

/// The kind of placement, which decides the legal frame (MINORS-RULES.md, section 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlacementKind {
    /// Maatschappelijke stage, individual: unpaid, with a societal purpose.
    MasIndividual,
    /// Maatschappelijke stage with a group of pupils.
    MasGroup,
    /// Snuffel- or beroepsstage at a company (the stage exception for 14 and 15).
    ProfessionalStage,
    /// An assignment carried out by a team of pupils at a meeting point.
    MeetingPointAssignment,
}

impl PlacementKind {
    pub fn is_mas(self) -> bool {
        matches!(self, PlacementKind::MasIndividual | PlacementKind::MasGroup)
    }
}

/// A fixed time on a day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyTime {
    pub weekday: Weekday,
    pub start: Time,
    pub end: Time,
}

/// A dated time slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeSlot {
    pub date: Date,
    pub start: Time,
    pub end: Time,
}

impl TimeSlot {
    /// The slot's length in minutes (0 when the end is not after the start).
    pub fn minutes(&self) -> u32 {
        minutes_between(self.start, self.end)
    }
}

impl WeeklyTime {
    /// The length in minutes (0 when the end is not after the start).
    pub fn minutes(&self) -> u32 {
        minutes_between(self.start, self.end)
    }
}

fn minutes_between(start: Time, end: Time) -> u32 {
    let m = |t: Time| u32::from(t.hour()) * 60 + u32::from(t.minute());
    m(end).saturating_sub(m(start))
}

/// Period and schedule. Hours are whole minutes, so that 2 h 45 min is exact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub start: Date,
    pub end: Date,
    /// Fixed days and times per week, if the placement has them.
    pub weekly: Vec<WeeklyTime>,
    /// The dated time slots, if the placement has them.
    pub slots: Vec<TimeSlot>,
    /// Total hours of the placement, in minutes; `None`: not yet known.
    pub total_minutes: Option<u32>,
    /// Hours per week, in minutes; `None`: not yet known or not weekly.
    pub minutes_per_week: Option<u32>,
    /// Other arrangements about the schedule (free text from the records).
    pub note: Option<String>,
}

impl Schedule {
    /// The minutes of all dated slots, for an app that derives the total from them.
    pub fn slot_minutes(&self) -> u32 {
        self.slots.iter().map(TimeSlot::minutes).sum()
    }
}

/// The work.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tasks {
    /// What the pupil does (may hold several paragraphs, separated by newlines).
    pub description: String,
    /// Level or difficulty, e.g. "instap: geen ervaring nodig".
    pub level: Option<String>,
    /// The statement must say light *non-industrial* work (stages under 14, MaS for 13–15);
    /// otherwise it says light work suited to the pupil's age.
    pub light_non_industrial: bool,
}

/// Supervision. The school's coordinator is the [`School`]'s.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Supervision {
    pub host_supervisor: Contact,
    /// A mentor or teacher who follows the pupil, besides the coordinator.
    pub school_supervisor: Option<Contact>,
    /// The induction programme on the first day.
    pub induction: Option<String>,
    pub school_may_visit: bool,
    /// Who assesses the pupil (name, or name and function).
    pub assessed_by: Option<String>,
    /// Who confirms the hours.
    pub hours_confirmed_by: Option<String>,
}

/// Safety at work.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Safety {
    /// Specific dangers of this work.
    pub risks: Option<String>,
    /// The measures the host takes against them.
    pub measures: Option<String>,
    /// When the host informed the parents (pupils under 16).
    pub parents_informed_on: Option<Date>,
}

/// An insurance policy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub insurer: String,
    pub number: Option<String>,
}

/// Insurance and liability. `None`: the policy is not yet known.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Insurance {
    pub school_accident: Option<Policy>,
    pub school_liability: Option<Policy>,
    pub host_liability: Option<Policy>,
    /// Whether the Amsterdamse Vrijwilligers Verzekering covers this placement (a MaS for or
    /// in Amsterdam; the app decides).
    pub avv: bool,
}

/// The personal data a host may receive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonalData {
    Name,
    DateOfBirth,
    ContactDetails,
    ParentContact,
    SchoolAndClass,
    /// Health information the host must know (an allergy, a medicine), with consent.
    HealthNotes,
}

/// Conduct, confidentiality and privacy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conduct {
    /// The host's house rules, or where to find them.
    pub house_rules: Option<String>,
    /// What the host receives about the pupil.
    pub personal_data: Vec<PersonalData>,
}

/// A consent that is recorded separately.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Consent {
    /// The schedule does not need it.
    NotNeeded,
    /// Asked for, no answer yet.
    Requested,
    Given {
        by: String,
        on: Date,
    },
    Refused {
        by: String,
        on: Date,
    },
}

/// The consents, each its own field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consents {
    /// Demonstrable written consent of a parent or guardian to the placement.
    pub parental: Consent,
    /// Work on Sundays.
    pub sunday_work: Consent,
    /// Work in the extended evening hours.
    pub extended_evening_hours: Consent,
}

/// One party's signature.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Signature {
    /// Not signed yet: the PDF shows lines to sign on, with the name printed when known.
    Pending { name: Option<String> },
    /// Signed (in the app or on paper, as recorded).
    Signed { by: String, on: Date },
}

/// The signatures. `parent: None`: no parent's signature is needed for this placement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signatures {
    pub pupil: Signature,
    pub parent: Option<Signature>,
    pub school: Signature,
    pub host: Signature,
}

/// The placement agreement (stageovereenkomst) of one placement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    /// The agreement's reference, printed on every page.
    pub reference: String,
    /// The date the document is drawn up (printed under the title).
    pub drawn_up_on: Date,
    /// The vacancy's title, e.g. "Voorlezen aan kleuters".
    pub title: String,
    pub kind: PlacementKind,
    pub school: School,
    pub host: Host,
    pub pupil: Pupil,
    /// The parent or guardian; `None`: not yet known.
    pub parent: Option<Contact>,
    pub schedule: Schedule,
    pub tasks: Tasks,
    pub supervision: Supervision,
    pub safety: Safety,
    pub insurance: Insurance,
    pub conduct: Conduct,
    /// Extra arrangements about reporting absence (e.g. "bel vóór 8.30 uur").
    pub absence_note: Option<String>,
    pub consents: Consents,
    pub signatures: Signatures,
}

/// One completed placement on a certificate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompletedPlacement {
    pub organisation: String,
    pub title: String,
    pub kind: PlacementKind,
    pub start: Date,
    pub end: Date,
    /// Hours approved by the organisation, in minutes.
    pub approved_minutes: u32,
}

/// The certificate a pupil downloads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    pub pupil_name: String,
    pub school_name: String,
    /// E.g. `2026/2027`.
    pub school_year: String,
    pub placements: Vec<CompletedPlacement>,
    /// The hours the school requires, in minutes; `None`: no requirement.
    pub required_minutes: Option<u32>,
    pub issued_on: Date,
    pub coordinator_name: String,
    /// A short code that lets a reader check the certificate in the app.
    pub verification_code: String,
    /// Where to check it, e.g. `schakel.example.nl/controle`.
    pub verification_url: Option<String>,
}

impl Certificate {
    /// The approved hours of all placements, in minutes.
    pub fn total_approved_minutes(&self) -> u32 {
        self.placements.iter().map(|p| p.approved_minutes).sum()
    }
}

/// Age in whole years on `day`.
pub(crate) fn age_on(date_of_birth: Date, day: Date) -> i32 {
    let years = day.year() - date_of_birth.year();
    if (day.month() as u8, day.day()) < (date_of_birth.month() as u8, date_of_birth.day()) { years - 1 } else { years }
}
