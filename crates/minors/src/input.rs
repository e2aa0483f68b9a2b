//! What the engine is told about a placement: the pupil, the kind of placement, the work, the
//! host, and the paperwork.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::age::age_on;
use crate::serde_fmt::iso_date;
use crate::shift::Shift;

/// A pupil, as far as the rules need one: the date of birth. Ages are taken on each shift date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pupil {
    #[serde(with = "iso_date")]
    pub date_of_birth: Date,
}

impl Pupil {
    pub fn born_on(date_of_birth: Date) -> Pupil {
        Pupil { date_of_birth }
    }

    /// The pupil's age on `date`.
    pub fn age_on(&self, date: Date) -> u8 {
        age_on(self.date_of_birth, date)
    }
}

/// The kind of placement, which decides the legal regime (MINORS-RULES.md section 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Setting {
    /// Maatschappelijke stage outside school, individual or in a group: *arbeid* under the
    /// Arbeidstijdenwet and the NRK, allowed from 13 as an exception to the child-labour ban.
    MasOutsideSchool,
    /// Maatschappelijke stage inside school (*binnenschoolse stage*): a school activity, not
    /// work. No working-time rules apply.
    MasInsideSchool,
    /// Beroeps- or snuffelstage at a company: the stage exception for 14 and 15 (with a
    /// school–company agreement signed by the parents), the youth rules from 16.
    Internship,
    /// A meeting-point assignment carried out in the school's own company. Whether this is a
    /// school activity is open (Q4); see [`MeetingPointInSchool`](crate::MeetingPointInSchool).
    MeetingPointInSchool,
    /// Meeting-point work at the client's premises: MaS or stage rules depending on its nature
    /// (Q4); see [`MeetingPointAtClient`](crate::MeetingPointAtClient).
    MeetingPointAtClient,
}

/// A category of task that the rules ban or restrict. The host declares which categories the
/// pupil's tasks fall into; an empty declaration means light work with none of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TaskCategory {
    /// Handling cash or money transactions.
    CashHandling,
    /// Lifting more than 10 kg.
    Lifting,
    /// Pushing or pulling more than 20 kg.
    PushingPulling,
    /// Work under stress or time pressure.
    WorkUnderPressure,
    /// Work in one fixed posture.
    FixedPosture,
    /// Work that needs personal protective equipment all the time.
    PermanentPpe,
    /// Work with or near equipment with fire, electrocution, crushing, cutting or fall hazards.
    HazardousEquipment,
    /// Commercial meal delivery in traffic.
    MealDeliveryInTraffic,
    /// Work of an industrial nature or with (industrial) machines.
    IndustrialWork,
    /// Independent production work (more than hand-and-span help).
    IndependentProduction,
    /// Work with dangerous substances.
    DangerousSubstances,
    /// Work under overpressure.
    Overpressure,
    /// Work with high noise levels.
    HighNoise,
    /// Other work with risks that needs expert supervision (*deskundig toezicht*).
    OtherRiskyWork,
}

impl TaskCategory {
    pub const ALL: [TaskCategory; 14] = [
        TaskCategory::CashHandling,
        TaskCategory::Lifting,
        TaskCategory::PushingPulling,
        TaskCategory::WorkUnderPressure,
        TaskCategory::FixedPosture,
        TaskCategory::PermanentPpe,
        TaskCategory::HazardousEquipment,
        TaskCategory::MealDeliveryInTraffic,
        TaskCategory::IndustrialWork,
        TaskCategory::IndependentProduction,
        TaskCategory::DangerousSubstances,
        TaskCategory::Overpressure,
        TaskCategory::HighNoise,
        TaskCategory::OtherRiskyWork,
    ];

    /// The Fluent key of the category's name: `minors-task-cash-handling`.
    pub fn message_key(self) -> &'static str {
        match self {
            TaskCategory::CashHandling => "minors-task-cash-handling",
            TaskCategory::Lifting => "minors-task-lifting",
            TaskCategory::PushingPulling => "minors-task-pushing-pulling",
            TaskCategory::WorkUnderPressure => "minors-task-work-under-pressure",
            TaskCategory::FixedPosture => "minors-task-fixed-posture",
            TaskCategory::PermanentPpe => "minors-task-permanent-ppe",
            TaskCategory::HazardousEquipment => "minors-task-hazardous-equipment",
            TaskCategory::MealDeliveryInTraffic => "minors-task-meal-delivery-in-traffic",
            TaskCategory::IndustrialWork => "minors-task-industrial-work",
            TaskCategory::IndependentProduction => "minors-task-independent-production",
            TaskCategory::DangerousSubstances => "minors-task-dangerous-substances",
            TaskCategory::Overpressure => "minors-task-overpressure",
            TaskCategory::HighNoise => "minors-task-high-noise",
            TaskCategory::OtherRiskyWork => "minors-task-other-risky-work",
        }
    }

    /// The kebab-case name, also the Fluent selector in messages (`$task`).
    pub fn as_str(self) -> &'static str {
        match self {
            TaskCategory::CashHandling => "cash-handling",
            TaskCategory::Lifting => "lifting",
            TaskCategory::PushingPulling => "pushing-pulling",
            TaskCategory::WorkUnderPressure => "work-under-pressure",
            TaskCategory::FixedPosture => "fixed-posture",
            TaskCategory::PermanentPpe => "permanent-ppe",
            TaskCategory::HazardousEquipment => "hazardous-equipment",
            TaskCategory::MealDeliveryInTraffic => "meal-delivery-in-traffic",
            TaskCategory::IndustrialWork => "industrial-work",
            TaskCategory::IndependentProduction => "independent-production",
            TaskCategory::DangerousSubstances => "dangerous-substances",
            TaskCategory::Overpressure => "overpressure",
            TaskCategory::HighNoise => "high-noise",
            TaskCategory::OtherRiskyWork => "other-risky-work",
        }
    }
}

/// What the host declares about the work and the location where the pupil works.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HostFacts {
    /// Alcohol is or can be served in a room where the pupil works. A kitchen or storeroom
    /// without customer contact does not count (B12, C10).
    pub alcohol_served: bool,
    /// The host is a childcare organisation (*kinderopvang*: daycare, BSO, gastouder) (F1).
    pub childcare: bool,
    /// The pupil's tasks involve working with children (F2).
    pub works_with_children: bool,
    /// The location has hazardous tasks or equipment, even if not assigned to the pupil.
    pub hazardous_tasks: bool,
    /// A named supervisor (stagebegeleider) is recorded for the pupil.
    pub supervisor_named: bool,
    /// Expert supervision (*deskundig toezicht*) is provided for risky work (E8).
    pub expert_supervision: bool,
    /// The task categories of the pupil's work; `None` while the host has not declared them.
    pub tasks: Option<BTreeSet<TaskCategory>>,
}

/// The signatures on the placement agreement (*stageovereenkomst*), each with its date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Agreement {
    #[serde(with = "iso_date::option")]
    pub school_signed: Option<Date>,
    #[serde(with = "iso_date::option")]
    pub host_signed: Option<Date>,
    #[serde(with = "iso_date::option")]
    pub pupil_signed: Option<Date>,
    #[serde(with = "iso_date::option")]
    pub parent_signed: Option<Date>,
}

impl Agreement {
    /// The date the agreement between school and host came into being: the later of their two
    /// signatures.
    pub fn concluded(&self) -> Option<Date> {
        Some(self.school_signed?.max(self.host_signed?))
    }

    /// An agreement signed by everyone on `date`.
    pub fn signed_by_all(date: Date) -> Agreement {
        Agreement {
            school_signed: Some(date),
            host_signed: Some(date),
            pupil_signed: Some(date),
            parent_signed: Some(date),
        }
    }
}

/// Side-job (*bijbaan*) hours, which add up with the placement's hours (B13).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum SideJob {
    /// Nobody has said whether the pupil has a side job.
    #[default]
    Undeclared,
    /// Declared: no side job.
    None,
    /// Declared: a side job of about this many minutes on this many days in every week.
    Declared { minutes_per_week: u32, days_per_week: u8 },
}

/// The paperwork of one pupil's placement: signatures, consents, registrations, side job.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Papers {
    pub agreement: Agreement,
    /// A parent's consent to Sunday work (13–15), dated.
    #[serde(with = "iso_date::option")]
    pub parent_sunday_consent: Option<Date>,
    /// The pupil's own consent to Sunday work (16–17), dated.
    #[serde(with = "iso_date::option")]
    pub pupil_sunday_consent: Option<Date>,
    /// A parent's demonstrable consent to the extended evening hours of 18 November 2024.
    #[serde(with = "iso_date::option")]
    pub extended_hours_consent: Option<Date>,
    /// The date the pupil was registered in the Personenregister kinderopvang and linked to
    /// the host (F1).
    #[serde(with = "iso_date::option")]
    pub childcare_registration: Option<Date>,
    /// The date of the pupil's own certificate of conduct (VOG), if any (F2).
    #[serde(with = "iso_date::option")]
    pub pupil_vog: Option<Date>,
    pub side_job: SideJob,
}

impl Papers {
    /// Paperwork that is complete and dated `date`: every signature and consent given, the
    /// registrations done, no side job. Used to check a vacancy, where only what no paperwork
    /// can fix should remain.
    pub fn complete(date: Date) -> Papers {
        Papers {
            agreement: Agreement::signed_by_all(date),
            parent_sunday_consent: Some(date),
            pupil_sunday_consent: Some(date),
            extended_hours_consent: Some(date),
            childcare_registration: Some(date),
            pupil_vog: Some(date),
            side_job: SideJob::None,
        }
    }
}

/// The work of a placement, shared by every pupil who takes it: the setting, the shifts, the
/// host's declarations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Work {
    pub setting: Setting,
    pub shifts: Vec<Shift>,
    #[serde(default)]
    pub host: HostFacts,
    /// The work is part of formal vocational training in hospitality (Alcoholwet art. 24(5)),
    /// the exception to the alcohol rule for under-16s (B12, C10). It turns the block into a
    /// warning that needs confirmation.
    #[serde(default)]
    pub horeca_training: bool,
}

impl Work {
    pub fn new(setting: Setting, shifts: Vec<Shift>, host: HostFacts) -> Work {
        Work { setting, shifts, host, horeca_training: false }
    }
}
