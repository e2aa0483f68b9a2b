//! Matching rounds: their states, priority rules, the lottery, the creation form and the
//! ranking a pupil edits. Types and rules only, no I/O.
//!
//! Lifecycle (DESIGN.md): `draft → open → closed → matched → published`. An open round whose
//! deadline has passed counts as closed ([`effective`]); a round runs again as often as the
//! coordinator likes until it is published.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::{OffsetDateTime, Time};

use crate::directory::values::{MAX_SHORT, parse_date, required_text};
use crate::ids::{ClassId, PupilId, RoundId, SchoolId, VacancyId};
use crate::placements::model::parse_time;

/// Where a round is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, sqlx::Type)]
#[sqlx(type_name = "text", rename_all = "lowercase")]
pub enum Status {
    Draft,
    Open,
    Closed,
    Matched,
    Published,
}

impl Status {
    pub const ALL: [Status; 5] = [Status::Draft, Status::Open, Status::Closed, Status::Matched, Status::Published];

    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Open => "open",
            Status::Closed => "closed",
            Status::Matched => "matched",
            Status::Published => "published",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The status as people experience it: an open round closes at its deadline, whether or not
/// anybody closed it by hand.
pub fn effective(stored: Status, closes_at: OffsetDateTime, now: OffsetDateTime) -> Status {
    if stored == Status::Open && now >= closes_at { Status::Closed } else { stored }
}

/// What the coordinator does to a round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Pupils may rank from now on.
    Open,
    /// Stop the ranking before the deadline.
    Close,
    /// Compute (or recompute) the matches.
    Run,
    /// Move a pupil by hand.
    Move,
    /// Make the matches proposed placements and tell the pupils.
    Publish,
}

/// Why a step is not possible now; each has a message key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StepError {
    #[error("the round is not a draft")]
    NotDraft,
    #[error("the round is not open")]
    NotOpen,
    #[error("the round must close before it runs")]
    StillOpen,
    #[error("the round has not run")]
    NotRun,
    #[error("the round is published")]
    Published,
}

impl StepError {
    pub fn flash(self) -> &'static str {
        match self {
            StepError::NotDraft => "flash-round-not-draft",
            StepError::NotOpen => "flash-round-not-open",
            StepError::StillOpen => "flash-round-still-open",
            StepError::NotRun => "flash-round-not-run",
            StepError::Published => "flash-round-published-already",
        }
    }
}

/// The status after `step` from the effective status `from`.
pub fn next(from: Status, step: Step) -> Result<Status, StepError> {
    use Status::*;
    match (from, step) {
        (Published, _) => Err(StepError::Published),
        (Draft, Step::Open) => Ok(Open),
        (_, Step::Open) => Err(StepError::NotDraft),
        (Open, Step::Close) => Ok(Closed),
        (_, Step::Close) => Err(StepError::NotOpen),
        (Closed | Matched, Step::Run) => Ok(Matched),
        (Draft | Open, Step::Run) => Err(StepError::StillOpen),
        (Matched, Step::Move | Step::Publish) => Ok(from),
        (_, Step::Move | Step::Publish) => Err(StepError::NotRun),
    }
}

/// Who goes first at a vacancy that more pupils want than it has places for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Nearest home first (in steps of 100 m); the lottery decides between equals, and pupils
    /// whose address we do not know come last.
    Distance,
    /// The round's lottery alone.
    Lottery,
    /// Pupils of the vacancy's own school first, then the others; the lottery within each. A
    /// vacancy's own school is the school of the round nearest to it.
    OwnSchool,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::Distance, Priority::Lottery, Priority::OwnSchool];

    pub fn code(self) -> &'static str {
        match self {
            Priority::Distance => "distance",
            Priority::Lottery => "lottery",
            Priority::OwnSchool => "own_school",
        }
    }

    pub fn from_code(code: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// A pupil's lottery number in a round: the same for every vacancy of the round (one draw per
/// pupil), fixed by the round's seed and her id, so a run gives the same result every time and
/// does not depend on the order in which records are read. Lower goes first.
pub fn lottery(seed: i64, pupil: PupilId) -> u64 {
    let mut h = Sha256::new();
    h.update(seed.to_le_bytes());
    h.update(pupil.uuid().as_bytes());
    let d = h.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&d[..8]);
    u64::from_be_bytes(first)
}

/// Problems with submitted input: (field, message key), every field's at once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Problems(pub Vec<(&'static str, &'static str)>);

impl Problems {
    pub fn add(&mut self, field: &'static str, key: &'static str) {
        if !self.0.iter().any(|(f, _)| *f == field) {
            self.0.push((field, key));
        }
    }

    fn check<T, E: Into<&'static str>>(&mut self, field: &'static str, r: Result<T, E>) -> Option<T> {
        r.map_err(|e| self.add(field, e.into())).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The most choices a round may ask for.
pub const MAX_CHOICES: i32 = 10;

/// The round form as submitted. Lists come from repeated fields.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RoundForm {
    pub name: String,
    pub closes_on: String,
    pub closes_time: String,
    pub choices: String,
    pub priority: String,
    /// The project leader's choice: a school, or empty for the network.
    pub school: String,
    pub classes: Vec<String>,
    pub years: Vec<String>,
    /// A network round's schools (none: every school).
    pub schools: Vec<String>,
    /// Pupils named one by one (a second round for the unplaced).
    pub pupils: Vec<String>,
    pub vacancies: Vec<String>,
    /// The round this one follows up.
    pub follows: String,
    /// The form's filter of the vacancies it lists (not part of the round).
    pub category: String,
    pub q: String,
    /// Set by the button that shows the form again (another school's classes, other
    /// vacancies) without saving.
    pub show: String,
}

/// A valid round, before the scope checks that need the database.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundInput {
    pub name: String,
    /// The deadline in Amsterdam time.
    pub closes_at: OffsetDateTime,
    pub choices: i32,
    pub priority: Priority,
    pub school: Option<SchoolId>,
    pub classes: Vec<ClassId>,
    pub years: Vec<i32>,
    pub schools: Vec<SchoolId>,
    pub pupils: Vec<PupilId>,
    pub vacancies: Vec<VacancyId>,
    pub follows: Option<RoundId>,
}

fn ids<T: std::str::FromStr>(raw: &[String]) -> Result<Vec<T>, &'static str> {
    let mut out: Vec<T> = Vec::with_capacity(raw.len());
    for r in raw.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
        out.push(r.parse().map_err(|_| "err-choice")?);
    }
    Ok(out)
}

impl RoundInput {
    /// Checks everything that needs no database; `now` decides whether the deadline is ahead.
    pub fn parse(f: &RoundForm, now: OffsetDateTime) -> Result<RoundInput, Problems> {
        let mut p = Problems::default();
        let name = p.check("name", required_text(&f.name, MAX_SHORT));
        let date = p.check("closes_on", parse_date(&f.closes_on));
        let time = if f.closes_time.trim().is_empty() {
            Some(Time::from_hms(17, 0, 0).unwrap_or(Time::MIDNIGHT))
        } else {
            p.check("closes_time", parse_time(&f.closes_time))
        };
        let closes_at = match (date, time) {
            (Some(d), Some(t)) => {
                let at = crate::clock::from_amsterdam(d.with_time(t));
                if at <= now {
                    p.add("closes_on", "err-round-deadline-past");
                }
                Some(at)
            }
            _ => None,
        };
        let choices = p.check(
            "choices",
            f.choices.trim().parse::<i32>().ok().filter(|n| (1..=MAX_CHOICES).contains(n)).ok_or("err-round-choices"),
        );
        let priority = p.check("priority", Priority::from_code(f.priority.trim()).ok_or("err-choice"));
        let school = p.check(
            "school",
            match f.school.trim() {
                "" => Ok(None),
                s => s.parse().map(Some).map_err(|_| "err-choice"),
            },
        );
        let classes = p.check("pupils", ids::<ClassId>(&f.classes));
        let years = p.check(
            "pupils",
            ids::<i32>(&f.years)
                .and_then(|y| if y.iter().all(|n| (1..=6).contains(n)) { Ok(y) } else { Err("err-choice") }),
        );
        let schools = p.check("pupils", ids::<SchoolId>(&f.schools));
        let pupils = p.check("pupils", ids::<PupilId>(&f.pupils));
        if let (Some(c), Some(y), Some(pu)) = (&classes, &years, &pupils)
            && c.is_empty()
            && y.is_empty()
            && pu.is_empty()
        {
            p.add("pupils", "err-round-no-pupils-chosen");
        }
        let vacancies = p.check("vacancies", ids::<VacancyId>(&f.vacancies));
        if vacancies.as_ref().is_some_and(Vec::is_empty) {
            p.add("vacancies", "err-round-no-vacancies-chosen");
        }
        let follows = p.check(
            "follows",
            match f.follows.trim() {
                "" => Ok(None),
                s => s.parse().map(Some).map_err(|_| "err-choice"),
            },
        );
        let input = (|| {
            Some(RoundInput {
                name: name?,
                closes_at: closes_at?,
                choices: choices?,
                priority: priority?,
                school: school?,
                classes: classes?,
                years: years?,
                schools: schools?,
                pupils: pupils?,
                vacancies: vacancies?,
                follows: follows?,
            })
        })();
        match input {
            Some(i) if p.is_empty() => Ok(i),
            _ => Err(p),
        }
    }
}

/// A change the pupil asks for besides the numbers she chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edit {
    Up(VacancyId),
    Down(VacancyId),
    Remove(VacancyId),
    Add(VacancyId),
}

impl Edit {
    /// Reads a button's value: `up:<id>`, `down:<id>`, `remove:<id>` or `add:<id>`.
    pub fn parse(raw: &str) -> Option<Edit> {
        let (what, id) = raw.split_once(':')?;
        let id: VacancyId = id.parse().ok()?;
        Some(match what {
            "up" => Edit::Up(id),
            "down" => Edit::Down(id),
            "remove" => Edit::Remove(id),
            "add" => Edit::Add(id),
            _ => return None,
        })
    }
}

/// Why a ranking was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RankError {
    /// More choices than the round allows.
    #[error("at most {0} choices")]
    TooMany(usize),
    /// A vacancy that is not in the round, or not open to her.
    #[error("not offered")]
    NotOffered,
    /// A number outside 1..=the number of choices.
    #[error("bad number")]
    BadNumber,
    /// The round is not open (any more).
    #[error("closed")]
    Closed,
}

impl RankError {
    pub fn key(self) -> &'static str {
        match self {
            RankError::TooMany(_) => "rank-err-too-many",
            RankError::NotOffered => "rank-err-not-offered",
            RankError::BadNumber => "rank-err-number",
            RankError::Closed => "rank-err-closed",
        }
    }
}

/// The pupil's new ranking: her current one reordered by the numbers she chose (a choice whose
/// number she changed goes before one that kept that number, so "make this my 1" works without
/// renumbering the rest), then the button she pressed. Numbers of vacancies not in her ranking
/// are ignored.
pub fn reorder(
    current: &[VacancyId],
    numbers: &[(VacancyId, String)],
    edit: Option<Edit>,
    max: usize,
) -> Result<Vec<VacancyId>, RankError> {
    let mut keyed = Vec::with_capacity(current.len());
    for (i, v) in current.iter().enumerate() {
        let old = i + 1;
        let chosen = match numbers.iter().find(|(n, _)| n == v) {
            Some((_, raw)) => raw.trim().parse::<usize>().ok().filter(|n| (1..=current.len()).contains(n)),
            None => Some(old),
        };
        let chosen = chosen.ok_or(RankError::BadNumber)?;
        keyed.push((chosen, usize::from(chosen == old), i, *v));
    }
    keyed.sort();
    let mut list: Vec<VacancyId> = keyed.into_iter().map(|(_, _, _, v)| v).collect();
    match edit {
        Some(Edit::Up(v)) => {
            if let Some(i) = list.iter().position(|x| *x == v).filter(|i| *i > 0) {
                list.swap(i, i - 1);
            }
        }
        Some(Edit::Down(v)) => {
            if let Some(i) = list.iter().position(|x| *x == v).filter(|i| i + 1 < list.len()) {
                list.swap(i, i + 1);
            }
        }
        Some(Edit::Remove(v)) => list.retain(|x| *x != v),
        Some(Edit::Add(v)) if !list.contains(&v) => list.push(v),
        Some(Edit::Add(_)) | None => {}
    }
    if list.len() > max {
        return Err(RankError::TooMany(max));
    }
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn a_round_moves_through_its_states_and_closes_at_its_deadline() {
        use Status::*;
        assert_eq!(next(Draft, Step::Open), Ok(Open));
        assert_eq!(next(Open, Step::Close), Ok(Closed));
        assert_eq!(next(Closed, Step::Run), Ok(Matched));
        assert_eq!(next(Matched, Step::Run), Ok(Matched), "runs again until published");
        assert_eq!(next(Matched, Step::Publish), Ok(Matched));
        assert_eq!(next(Open, Step::Run), Err(StepError::StillOpen));
        assert_eq!(next(Closed, Step::Publish), Err(StepError::NotRun));
        assert_eq!(next(Published, Step::Publish), Err(StepError::Published));
        assert_eq!(next(Published, Step::Run), Err(StepError::Published));
        let deadline = datetime!(2026-12-01 16:00 UTC);
        assert_eq!(effective(Open, deadline, datetime!(2026-12-01 15:59 UTC)), Open);
        assert_eq!(effective(Open, deadline, deadline), Closed);
        assert_eq!(effective(Draft, deadline, datetime!(2027-01-01 0:00 UTC)), Draft);
    }

    #[test]
    fn the_lottery_is_fixed_by_seed_and_pupil() {
        let (a, b) = (PupilId::new(), PupilId::new());
        assert_eq!(lottery(7, a), lottery(7, a));
        assert_ne!(lottery(7, a), lottery(8, a));
        assert_ne!(lottery(7, a), lottery(7, b));
    }

    fn v() -> VacancyId {
        VacancyId::new()
    }

    #[test]
    fn a_changed_number_moves_that_choice_and_the_rest_follow() {
        let (a, b, c) = (v(), v(), v());
        let list = [a, b, c];
        assert_eq!(reorder(&list, &[(c, "1".into())], None, 3), Ok(vec![c, a, b]));
        assert_eq!(reorder(&list, &[(a, "3".into()), (b, "2".into()), (c, "3".into())], None, 3), Ok(vec![b, a, c]));
        assert_eq!(reorder(&list, &[], Some(Edit::Up(b)), 3), Ok(vec![b, a, c]));
        assert_eq!(reorder(&list, &[], Some(Edit::Down(c)), 3), Ok(vec![a, b, c]), "the last stays last");
        assert_eq!(reorder(&list, &[], Some(Edit::Remove(a)), 3), Ok(vec![b, c]));
        let d = v();
        assert_eq!(reorder(&list, &[], Some(Edit::Add(d)), 3), Err(RankError::TooMany(3)));
        assert_eq!(reorder(&list, &[], Some(Edit::Add(d)), 4), Ok(vec![a, b, c, d]));
        assert_eq!(reorder(&list, &[(a, "9".into())], None, 3), Err(RankError::BadNumber));
        assert_eq!(Edit::parse(&format!("add:{d}")), Some(Edit::Add(d)));
        assert_eq!(Edit::parse("jump:1"), None);
    }

    #[test]
    fn the_form_reports_every_problem_at_once() {
        let now = datetime!(2026-11-22 12:00 UTC);
        let f = RoundForm {
            closes_on: "01-11-2026".into(),
            choices: "12".into(),
            priority: "fastest".into(),
            vacancies: vec![],
            ..RoundForm::default()
        };
        let p = RoundInput::parse(&f, now).expect_err("invalid");
        let fields: Vec<&str> = p.0.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["name", "closes_on", "choices", "priority", "pupils", "vacancies"]);
        let ok = RoundForm {
            name: "Ronde 1".into(),
            closes_on: "01-12-2026".into(),
            choices: "3".into(),
            priority: "distance".into(),
            years: vec!["3".into()],
            vacancies: vec![v().to_string()],
            ..RoundForm::default()
        };
        let input = RoundInput::parse(&ok, now).expect("valid");
        assert_eq!(input.closes_at, datetime!(2026-12-01 16:00 UTC), "17:00 in Amsterdam by default");
        assert_eq!(input.years, vec![3]);
    }
}
