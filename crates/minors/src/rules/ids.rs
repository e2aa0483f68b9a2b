//! Rule ids (A1…F2 as in MINORS-RULES.md) and their categories.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! rule_ids {
    ($($(#[$doc:meta])* $id:ident),* $(,)?) => {
        /// A rule of MINORS-RULES.md section 1, by its number there. Each variant says what the
        /// rule is, where it comes from (S# as in the research's source list, see
        /// [`SOURCES`](crate::SOURCES)) and how the engine reads it. The figures themselves
        /// live in the rule table ([`RuleBook`](crate::RuleBook)).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum RuleId { $($(#[$doc])* $id),* }

        impl RuleId {
            /// Every rule, in the order of MINORS-RULES.md.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$id),*];

            /// `"A1"`, `"B10"`, …
            pub fn as_str(self) -> &'static str {
                match self { $(RuleId::$id => stringify!($id)),* }
            }

            /// The Fluent key of the violation message: `minors-A1`.
            pub fn message_key(self) -> &'static str {
                match self { $(RuleId::$id => concat!("minors-", stringify!($id))),* }
            }

            /// The Fluent key of the rule's short title: `minors-A1-title`.
            pub fn title_key(self) -> &'static str {
                match self { $(RuleId::$id => concat!("minors-", stringify!($id), "-title")),* }
            }
        }

        impl FromStr for RuleId {
            type Err = UnknownRuleId;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s { $(stringify!($id) => Ok(RuleId::$id),)* _ => Err(UnknownRuleId(s.to_owned())) }
            }
        }
    };
}

rule_ids!(
    /// No work outside school under 13 (S12, S13, S17). A 12-year-old can only do a MaS inside
    /// school (a school activity). Checked on every shift date.
    A1,
    /// A beroeps-/snuffelstage at a company from 14 (S15, S16): the stage exception of the NRK
    /// is for 14 and 15. A 13-year-old is blocked unless Q3 is read leniently (then light
    /// auxiliary work on non-school days only, with a warning).
    A2,
    /// An agreement between school and host exists before the first shift (S15, S35): legal
    /// for a 14–15 stage (reported as D1 there), school practice otherwise. Read as: both
    /// signatures dated on or before the first shift date.
    A3,
    /// A parent signs for under-16s, and consents to Sunday work (13–15) and to the extended
    /// evening hours of 18 Nov 2024 (S1, S7, S8, S15). Each consent is dated and must be given
    /// on or before the day it is needed.
    A4,
    /// A parent's signature for 16–17: not legally required (BW 7:612) but usual; a per-school
    /// setting, on by default, and a warning (S35, S36).
    A5,
    /// Insurance may depend on a complete, signed agreement (S30). Read as: the pupil signed,
    /// and a supervisor is named (the other signatures are A3, A4, A5, D1).
    A6,
    /// A group placement is valid only if it is valid for every pupil in it (derived from A1
    /// and the B–E rules). See [`GroupReport`](crate::GroupReport).
    A7,
    /// 13–14: at most 2 hours of work on a school day, besides lessons (S1, S13, S14).
    B1,
    /// 13–14: at most 7 hours on a day without school (weekend, holiday, day off) (S1, S2).
    B2,
    /// 13–14: at most 12 hours in a school week (an ISO week with at least one day of
    /// education, NRK art. 1:1) (S1, S2).
    B3,
    /// 13–14: at most 35 hours in a holiday week (a week without education) (S1, S2).
    B4,
    /// 13–14: at most 5 days with work per week (S1, S2).
    B5,
    /// 13–14: at most 4 holiday weeks with work per year, at most 3 in a row (S1, S2). "Year"
    /// is read as the ISO week-year; each holiday week counts the ones before it.
    B6,
    /// 13–14: no work before 07:00 or after 19:00 (S2, S13). The 20:00 extension of 18 Nov
    /// 2024 on non-school days is uncertain for the MaS (Q1): off by default; when on, a
    /// warning and a parent's consent (A4).
    B7,
    /// 13–14: at least 14 hours of uninterrupted rest per 24 hours (S2), measured within 24
    /// hours from every start of work. The night window itself is B7.
    B8,
    /// 13–14: a break of at least 30 minutes when working more than 4.5 hours (S2). Read as:
    /// no more than 4.5 hours of work without such a break.
    B9,
    /// 13–14 MaS: Sundays only when the nature of the stage requires it (a warning), with a
    /// parent's consent (A4), the Saturday before free, and a cap: at most 5 Sundays worked in
    /// any 16 weeks (the stricter reading of Q1; the other reading allows 11) (S1, S7, S8).
    B10,
    /// 13–14: only light non-industrial auxiliary work, always under explicit supervision;
    /// banned task categories per (S6, S16). Checked against the host's declaration.
    B11,
    /// Under 16: no work in a room where alcohol is or can be served, since 18 Nov 2024
    /// (S7, S8); formal horeca training is the exception (a warning).
    B12,
    /// All work adds up, MaS and side job (S1, S13): declared side-job hours and days are added
    /// to each weekly limit (a warning), and an undeclared side job is a warning (Q12).
    /// Applied to every minor, since the Arbeidstijdenwet adds up all work.
    B13,
    /// 15: at most 2 hours on a school day (S1, S3).
    C1,
    /// 15: at most 8 hours on a day without school (S1, S3).
    C2,
    /// 15: at most 12 hours in a school week, 40 in a holiday week (S1, S3).
    C3,
    /// 15: at most 5 days a week; at most 6 holiday weeks a year, 4 in a row (S1, S3).
    C4,
    /// 15: 07:00–19:00. Later in holiday weeks (21:00, Q2) or on non-school days (20:00, Q1)
    /// only when switched on, with a warning (S3, S7, S14).
    C5,
    /// 15: at least 12 hours of uninterrupted rest per 24 hours (S3).
    C6,
    /// 15: a break of at least 30 minutes when working more than 4.5 hours (S3, S6).
    C7,
    /// 15: Sundays as B10, with at least 5 free Sundays in 16 weeks (at most 11 worked)
    /// (S1, S3).
    C8,
    /// 15: light non-industrial work, independently allowed; the banned list of B11 (S6, S16).
    C9,
    /// 15: no work where alcohol is served, as B12 (S7).
    C10,
    /// 14–15 stage: a school–company agreement signed by a parent before the first day (S15).
    D1,
    /// 14–15 stage: at most 7 hours a day and 35 a week, school time included (S15). Work and
    /// lessons count as their union, so lessons missed for the stage count once.
    D2,
    /// 14–15 stage: 07:00–19:00 and at least 14 hours of rest, school time counted as work
    /// (S15).
    D3,
    /// 14–15 stage: a break of at least 30 minutes when working more than 4.5 hours (S15).
    D4,
    /// 14–15 stage: no Sunday work (S15).
    D5,
    /// 14–15 stage: light work, also industrial, only under supervision (a warning until the
    /// host declares it) (S15, S46); what E8 bans is banned here too.
    D6,
    /// 16–17: at most 9 hours per shift, school time included (S4, S5); per calendar day,
    /// since a minor's shift cannot run through the night.
    E1,
    /// 16–17: at most 45 hours a week and 160 in four weeks, school time included (S4, S5).
    E2,
    /// 16–17: no work between 23:00 and 06:00; at least 12 hours of rest per 24 hours, school
    /// time counted as work (S4, S5).
    E3,
    /// 16–17: at least 36 hours of uninterrupted rest in every 7 × 24 hours, school time
    /// counted as work (S4, S5).
    E4,
    /// 16–17: a break of at least 30 minutes when working more than 4.5 hours (the split into
    /// 2 × 15 minutes under a collective arrangement is not modelled) (S4, S5).
    E5,
    /// 16–17: Sundays only when the work requires it, it is in the agreement, the works council
    /// or staff agree (a warning) and the young person consents (blocks without); at least 13
    /// free Sundays in 52 weeks (S4, S5).
    E6,
    /// 16–17: no night shifts (see E3), no on-call duty, no overtime (S5); applied to younger
    /// pupils too.
    E7,
    /// 16–17: no dangerous substances, overpressure or high noise; other risky work only under
    /// expert supervision (S16, S46).
    E8,
    /// Childcare hosts: registration in the Personenregister kinderopvang before the first
    /// shift, unless the placement is at most 2 consecutive weeks and 60 hours (S24, S25).
    /// Whether minors need it is Q11 (a block by default, a warning otherwise).
    F1,
    /// Other MaS with children: a pupil's own VOG for long placements (a warning) (S23); "long"
    /// is read as F1's threshold.
    F2,
);

/// A string that is not a rule id.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule id {0:?}")]
pub struct UnknownRuleId(pub String);

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Broad groups of rules, for filtering (for example: show schedule problems on the planning
/// page and paperwork on the agreement page).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleCategory {
    /// Minimum ages (A1, A2).
    Age,
    /// Agreement, signatures, consents (A3–A6, D1).
    Paperwork,
    /// Group placements (A7).
    Group,
    /// Hours, times, rest, breaks, Sundays, side jobs (B1–B10, B13, C1–C8, D2–D5, E1–E7).
    WorkingTime,
    /// Kind of work, supervision, alcohol (B11, B12, C9, C10, D6, E8).
    KindOfWork,
    /// Sector checks (F1, F2).
    Sector,
}

impl RuleId {
    pub fn category(self) -> RuleCategory {
        use RuleId::*;
        match self {
            A1 | A2 => RuleCategory::Age,
            A3 | A4 | A5 | A6 | D1 => RuleCategory::Paperwork,
            A7 => RuleCategory::Group,
            B11 | B12 | C9 | C10 | D6 | E8 => RuleCategory::KindOfWork,
            F1 | F2 => RuleCategory::Sector,
            _ => RuleCategory::WorkingTime,
        }
    }
}
