//! The network's choices on the uncertain rules (MINORS-RULES.md section 6).
//!
//! Every option defaults to the **stricter** reading. The app records per network who switched
//! what and why; the engine only needs the values. Where a relaxed reading is chosen, the
//! engine still reports a warning (severity [`Warn`](crate::Severity::Warn)) where the rules
//! say a human must confirm, so nothing that is allowed only under a relaxed reading passes
//! silently.

use serde::{Deserialize, Serialize};

use crate::rules::OpenQuestion;

/// How to read the Sunday cap for 13–14-year-olds in a MaS (Q1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SundayCapReading {
    /// At most 5 Sundays worked in every 16 consecutive weeks (Rijksoverheid's wording for
    /// regular work since 18 Nov 2024). The stricter reading.
    #[default]
    AtMostFiveWorked,
    /// At least 5 free Sundays in every 16 consecutive weeks, so at most 11 worked (the MaS
    /// wording and a secondary source).
    AtLeastFiveFree,
}

/// 13-year-olds in a beroeps-/snuffelstage at a company (Q3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InternshipAt13 {
    /// The stage exception starts at 14: blocked (A2).
    #[default]
    Blocked,
    /// Treated as light non-industrial auxiliary work under the 13–14 rules (B1–B13), on
    /// non-school days only, each day with a warning to confirm (A2); school days stay blocked.
    LightWorkOnNonSchoolDays,
}

/// Meeting-point assignments carried out in the school's own company (Q4).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingPointInSchool {
    /// Treated as work under the MaS rules (from 13, B/C/E limits). The stricter reading.
    #[default]
    AsWork,
    /// A school activity like a binnenschoolse stage: no working-time rules.
    AsSchoolActivity,
}

/// Meeting-point work at the client's premises (Q4).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingPointAtClient {
    /// Both the MaS rules and the stage rules apply, so the strictest of each holds (for
    /// example: from 14, at most 2 hours on a school day, school time counted). The default.
    #[default]
    Strictest,
    /// MaS rules only.
    AsMas,
    /// Stage rules only.
    AsInternship,
}

/// The options a rule row can depend on (see [`When`](crate::When)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OptionFlag {
    /// [`Options::mas_evening_until_20`].
    #[serde(rename = "mas-evening-until-20")]
    MasEveningUntil20,
    /// [`Options::mas_sunday_cap`] is [`SundayCapReading::AtLeastFiveFree`].
    MasSundaysAtLeastFiveFree,
    /// [`Options::age15_holiday_weeks_until_21`].
    #[serde(rename = "age-15-holiday-weeks-until-21")]
    Age15HolidayWeeksUntil21,
    /// [`Options::internship_at_13`] is [`InternshipAt13::LightWorkOnNonSchoolDays`].
    #[serde(rename = "internship-at-13")]
    InternshipAt13,
    /// [`Options::parent_signature_16_17`].
    #[serde(rename = "parent-signature-16-17")]
    ParentSignature16To17,
    /// [`Options::childcare_registration_for_minors`].
    ChildcareRegistrationForMinors,
    /// [`Options::ask_side_job_hours`].
    AskSideJobHours,
}

/// The network's readings of the uncertain rules. `Options::default()` is the strict reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Q1: the 18 Nov 2024 extension to 20:00 on non-school days (and in holidays) reaches the
    /// MaS, for 13–14 (B7) and 15 (C5). Each day that uses it gets a warning and needs a
    /// parent's consent (A4). Default `false`: 19:00.
    pub mas_evening_until_20: bool,
    /// Q1: the Sunday cap for 13–14 in a MaS (B10). Default: at most 5 worked in 16 weeks.
    pub mas_sunday_cap: SundayCapReading,
    /// Q2: 15-year-olds in a MaS may work until 21:00 in holiday weeks, as in regular work
    /// (C5), with a warning. Default `false`: 19:00.
    pub age15_holiday_weeks_until_21: bool,
    /// Q3: 13-year-olds in a beroeps-/snuffelstage. Default: blocked.
    pub internship_at_13: InternshipAt13,
    /// Q4: meeting-point assignments in the school's company. Default: work.
    pub meeting_point_in_school: MeetingPointInSchool,
    /// Q4: meeting-point work at the client's premises. Default: both regimes.
    pub meeting_point_at_client: MeetingPointAtClient,
    /// Q6 / A5: ask a parent's signature for 16–17-year-olds too (a per-school setting). Default
    /// `true`: a warning when it is missing.
    pub parent_signature_16_17: bool,
    /// Q11: minors at a childcare host beyond 2 weeks or 60 hours must be registered in the
    /// Personenregister kinderopvang (F1 blocks). When `false`, F1 only warns. Default `true`.
    pub childcare_registration_for_minors: bool,
    /// Q12: ask pupils or parents to declare side-job hours; warn while undeclared (B13).
    /// Default `true`.
    pub ask_side_job_hours: bool,
    /// Not in section 6, but open: school time counts as working time for 16–17 (and for a
    /// 14–15 stage); does it also count when measuring rest periods (D3, E3, E4)? Default
    /// `true`, the stricter reading: a 16-year-old who works until 22:00 with school at 08:30
    /// gets only 10.5 hours of rest. Needs known lesson times to have an effect.
    pub school_time_in_rest_periods: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            mas_evening_until_20: false,
            mas_sunday_cap: SundayCapReading::AtMostFiveWorked,
            age15_holiday_weeks_until_21: false,
            internship_at_13: InternshipAt13::Blocked,
            meeting_point_in_school: MeetingPointInSchool::AsWork,
            meeting_point_at_client: MeetingPointAtClient::Strictest,
            parent_signature_16_17: true,
            childcare_registration_for_minors: true,
            ask_side_job_hours: true,
            school_time_in_rest_periods: true,
        }
    }
}

impl Options {
    /// Whether a flag that rule rows can depend on is on.
    pub fn is_on(&self, flag: OptionFlag) -> bool {
        match flag {
            OptionFlag::MasEveningUntil20 => self.mas_evening_until_20,
            OptionFlag::MasSundaysAtLeastFiveFree => self.mas_sunday_cap == SundayCapReading::AtLeastFiveFree,
            OptionFlag::Age15HolidayWeeksUntil21 => self.age15_holiday_weeks_until_21,
            OptionFlag::InternshipAt13 => self.internship_at_13 == InternshipAt13::LightWorkOnNonSchoolDays,
            OptionFlag::ParentSignature16To17 => self.parent_signature_16_17,
            OptionFlag::ChildcareRegistrationForMinors => self.childcare_registration_for_minors,
            OptionFlag::AskSideJobHours => self.ask_side_job_hours,
        }
    }

    /// The open questions on which these options differ from the default (strict) reading, for
    /// showing "this network reads Q1 and Q3 leniently".
    pub fn relaxed_questions(&self) -> Vec<OpenQuestion> {
        let strict = Options::default();
        let mut out = Vec::new();
        let mut note = |differs: bool, q: OpenQuestion| {
            if differs && !out.contains(&q) {
                out.push(q);
            }
        };
        note(self.mas_evening_until_20 != strict.mas_evening_until_20, OpenQuestion::Q1);
        note(self.mas_sunday_cap != strict.mas_sunday_cap, OpenQuestion::Q1);
        note(self.age15_holiday_weeks_until_21 != strict.age15_holiday_weeks_until_21, OpenQuestion::Q2);
        note(self.internship_at_13 != strict.internship_at_13, OpenQuestion::Q3);
        note(self.meeting_point_in_school != strict.meeting_point_in_school, OpenQuestion::Q4);
        note(self.meeting_point_at_client != strict.meeting_point_at_client, OpenQuestion::Q4);
        note(self.parent_signature_16_17 != strict.parent_signature_16_17, OpenQuestion::Q6);
        note(self.childcare_registration_for_minors != strict.childcare_registration_for_minors, OpenQuestion::Q11);
        note(self.ask_side_job_hours != strict.ask_side_job_hours, OpenQuestion::Q12);
        out.sort();
        out
    }
}
