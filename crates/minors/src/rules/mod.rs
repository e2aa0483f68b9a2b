//! The rule table: which check applies to which placements and ages, with which limit and
//! severity, on which source, since when.
//!
//! Rules are **data**. A [`RuleBook`] holds [`RuleSet`]s with an effective date; each set is a
//! complete list of [`RuleRow`]s. The engine applies, for each date, the set in force on that
//! date, and within it the rows whose scope and age range fit the pupil on that date and whose
//! [`When`] condition holds under the network's [`Options`](crate::Options). The limits in the
//! rows are the limits the engine enforces: the engine knows *how* to check a [`Check`], the
//! table says *with which figure*. [`RuleBook::builtin`] is the seed: the rules before and since
//! 18 November 2024. The app can store the book (it serialises to JSON), show it, and load an
//! edited one through [`RuleBook::new`], which validates it.

mod builtin;
mod check;
mod ids;
mod sources;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::age::AgeRange;
use crate::options::{OptionFlag, Options};
use crate::serde_fmt::iso_date;

pub use check::{Check, Limit, LimitShape};
pub use ids::{RuleCategory, RuleId, UnknownRuleId};
pub use sources::{SOURCES, Source, SourceRef};

/// How hard a rule is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// A hard legal limit: the platform refuses the slot or the agreement.
    Block,
    /// Needs a recorded human confirmation, or the rule is uncertain.
    Warn,
}

impl Severity {
    /// `minors-severity-block` / `minors-severity-warn`.
    pub fn message_key(self) -> &'static str {
        match self {
            Severity::Block => "minors-severity-block",
            Severity::Warn => "minors-severity-warn",
        }
    }
}

/// How sure the research summary is of a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Certainty {
    Certain,
    Likely,
    Uncertain,
}

impl Certainty {
    /// `minors-certainty-certain`, …
    pub fn message_key(self) -> &'static str {
        match self {
            Certainty::Certain => "minors-certainty-certain",
            Certainty::Likely => "minors-certainty-likely",
            Certainty::Uncertain => "minors-certainty-uncertain",
        }
    }
}

/// Which placements a row applies to. See [`Setting`](crate::Setting) and
/// [`Options`](crate::Options) for how a placement's setting maps onto these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Work under the MaS exception (and the general rules for children).
    Mas,
    /// A beroeps-/snuffelstage at a company.
    Internship,
    /// Any placement that counts as work.
    AnyWork,
}

/// The open questions of MINORS-RULES.md section 6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum OpenQuestion {
    Q1,
    Q2,
    Q3,
    Q4,
    Q5,
    Q6,
    Q7,
    Q8,
    Q9,
    Q10,
    Q11,
    Q12,
}

impl OpenQuestion {
    pub const ALL: [OpenQuestion; 12] = [
        OpenQuestion::Q1,
        OpenQuestion::Q2,
        OpenQuestion::Q3,
        OpenQuestion::Q4,
        OpenQuestion::Q5,
        OpenQuestion::Q6,
        OpenQuestion::Q7,
        OpenQuestion::Q8,
        OpenQuestion::Q9,
        OpenQuestion::Q10,
        OpenQuestion::Q11,
        OpenQuestion::Q12,
    ];

    /// The Fluent key of the question's text: `minors-question-Q1`.
    pub fn message_key(self) -> &'static str {
        match self {
            OpenQuestion::Q1 => "minors-question-Q1",
            OpenQuestion::Q2 => "minors-question-Q2",
            OpenQuestion::Q3 => "minors-question-Q3",
            OpenQuestion::Q4 => "minors-question-Q4",
            OpenQuestion::Q5 => "minors-question-Q5",
            OpenQuestion::Q6 => "minors-question-Q6",
            OpenQuestion::Q7 => "minors-question-Q7",
            OpenQuestion::Q8 => "minors-question-Q8",
            OpenQuestion::Q9 => "minors-question-Q9",
            OpenQuestion::Q10 => "minors-question-Q10",
            OpenQuestion::Q11 => "minors-question-Q11",
            OpenQuestion::Q12 => "minors-question-Q12",
        }
    }
}

/// When a row applies, in terms of the network's options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "option")]
pub enum When {
    #[default]
    Always,
    /// Only when the option is on.
    If(OptionFlag),
    /// Only when the option is off.
    Unless(OptionFlag),
}

impl When {
    pub fn holds(self, options: &Options) -> bool {
        match self {
            When::Always => true,
            When::If(flag) => options.is_on(flag),
            When::Unless(flag) => !options.is_on(flag),
        }
    }
}

/// One line of the rule table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleRow {
    pub rule: RuleId,
    pub check: Check,
    pub scope: Scope,
    pub ages: AgeRange,
    pub limit: Limit,
    pub severity: Severity,
    pub certainty: Certainty,
    /// References into MINORS-RULES.md's source list (see [`SOURCES`]).
    pub sources: Vec<SourceRef>,
    /// The open question this row depends on, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<OpenQuestion>,
    #[serde(default)]
    pub when: When,
}

/// A complete rule table in force from a date until the next set's date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// The first day the set is in force; `None` for "before the next set" (no known start).
    #[serde(with = "iso_date::option")]
    pub effective_from: Option<Date>,
    pub rows: Vec<RuleRow>,
}

/// Why a rule book is not valid.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RuleBookError {
    #[error("a rule book needs at least one rule set")]
    Empty,
    #[error("rule sets must be in order of their effective dates, each date once, an undated set first")]
    SetsOutOfOrder,
    #[error("rule {rule} check {check} needs a limit of shape {expected:?}")]
    WrongLimit { rule: RuleId, check: Check, expected: LimitShape },
    #[error("rule {rule} check {check} appears twice for the same scope, ages and condition")]
    DuplicateRow { rule: RuleId, check: Check },
    #[error("rule {rule} cites unknown source {cited}")]
    UnknownSource { rule: RuleId, cited: SourceRef },
}

/// Rule sets by effective date. Valid by construction (see [`RuleBook::new`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<RuleSet>", into = "Vec<RuleSet>")]
pub struct RuleBook {
    sets: Vec<RuleSet>,
}

impl RuleBook {
    /// Checks that the sets are in date order (an undated set may come first), that every limit
    /// has the shape its check needs, that no row repeats, and that sources exist.
    pub fn new(sets: Vec<RuleSet>) -> Result<RuleBook, RuleBookError> {
        if sets.is_empty() {
            return Err(RuleBookError::Empty);
        }
        let dates: Vec<Option<Date>> = sets.iter().map(|s| s.effective_from).collect();
        if dates
            .windows(2)
            .any(|w| !matches!((w[0], w[1]), (None, Some(_))) && !matches!((w[0], w[1]), (Some(a), Some(b)) if a < b))
        {
            return Err(RuleBookError::SetsOutOfOrder);
        }
        for set in &sets {
            let mut seen = HashSet::new();
            for row in &set.rows {
                let expected = row.check.limit_shape();
                if row.limit.shape() != expected {
                    return Err(RuleBookError::WrongLimit { rule: row.rule, check: row.check, expected });
                }
                if !seen.insert((row.rule, row.check, row.scope, row.ages, row.when)) {
                    return Err(RuleBookError::DuplicateRow { rule: row.rule, check: row.check });
                }
                if let Some(source) = row.sources.iter().find(|s| s.source().is_none()) {
                    return Err(RuleBookError::UnknownSource { rule: row.rule, cited: *source });
                }
            }
        }
        Ok(RuleBook { sets })
    }

    /// The seed: the rules in force before 18 November 2024 and since then.
    pub fn builtin() -> RuleBook {
        builtin::book()
    }

    pub fn sets(&self) -> &[RuleSet] {
        &self.sets
    }

    /// The set in force on `date`: the last one whose effective date is on or before it. Dates
    /// before every dated set get the first set. (Always `Some`: a book is never empty.)
    pub fn set_on(&self, date: Date) -> Option<&RuleSet> {
        self.sets.iter().rev().find(|s| s.effective_from.is_none_or(|d| d <= date)).or(self.sets.first())
    }
}

impl TryFrom<Vec<RuleSet>> for RuleBook {
    type Error = RuleBookError;
    fn try_from(sets: Vec<RuleSet>) -> Result<Self, Self::Error> {
        RuleBook::new(sets)
    }
}

impl From<RuleBook> for Vec<RuleSet> {
    fn from(book: RuleBook) -> Self {
        book.sets
    }
}
