//! Rule ids (A1…F2 as in MINORS-RULES.md) and their categories.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! rule_ids {
    ($($id:ident),* $(,)?) => {
        /// A rule of MINORS-RULES.md section 1, by its number there.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum RuleId { $($id),* }

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
    A1, A2, A3, A4, A5, A6, A7, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11, B12, B13, C1, C2, C3, C4, C5, C6, C7, C8,
    C9, C10, D1, D2, D3, D4, D5, D6, E1, E2, E3, E4, E5, E6, E7, E8, F1, F2,
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
