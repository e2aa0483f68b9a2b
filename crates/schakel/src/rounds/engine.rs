//! A round as the allocation engine sees it: who may take what, each vacancy's priority order
//! over its applicants, and back from the engine's outcome to results per pupil with the
//! reasons in our own terms. Pure: the store loads [`RoundData`], this computes.
//!
//! Determinism: students enter the engine in lottery order and placements in id order, every
//! priority ends in the lottery and then the pupil id, and the lottery is fixed by the round's
//! seed. The same data gives the same result on every run and on both databases.

use std::collections::{HashMap, HashSet};

use schakel_match::{Instance, InstanceInput, Mode, PlacementInput, StudentInput, Why as EngineWhy, solve};
use serde::{Deserialize, Serialize};
use time::Date;

use crate::geo::Point;
use crate::ids::{PupilId, SchoolId, VacancyId};
use crate::placements::model::{NotOpen, Openness};
use crate::rounds::model::{Priority, lottery};

/// A pupil of the round with her ranking.
#[derive(Clone, Debug)]
pub struct PupilFacts {
    pub id: PupilId,
    pub school: SchoolId,
    pub birth: Option<Date>,
    pub home: Option<Point>,
    /// Her choices, best first.
    pub choices: Vec<VacancyId>,
}

/// A vacancy of the round.
#[derive(Clone, Debug)]
pub struct VacancyFacts {
    pub id: VacancyId,
    pub rule: Openness,
    pub capacity: i64,
    /// Places held already (confirmed, active, completed placements).
    pub taken: i64,
    pub at: Option<Point>,
}

impl VacancyFacts {
    /// The places a run may fill.
    pub fn seats(&self) -> i64 {
        (self.capacity - self.taken).max(0)
    }
}

/// Everything a run needs.
#[derive(Clone, Debug)]
pub struct RoundData {
    pub seed: i64,
    pub priority: Priority,
    pub pupils: Vec<PupilFacts>,
    pub vacancies: Vec<VacancyFacts>,
    /// Where the schools of the round's pupils are (for "own school first").
    pub schools: Vec<(SchoolId, Option<Point>)>,
    /// Pupils holding a live placement at a vacancy of the round already.
    pub live: HashSet<(PupilId, VacancyId)>,
    pub today: Date,
}

/// What distinguished the pupils who got a place from her.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum By {
    /// They live nearer.
    Distance,
    /// Her address is unknown; pupils with a known address went first.
    NoHome,
    /// They are at the vacancy's own school.
    OwnSchool,
    /// The lottery.
    Lottery,
}

/// Why she did not get a vacancy she ranked above her result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Why {
    /// Every place went to pupils with a higher priority.
    Full { seats: u32, by: By },
    /// No places were left before the round (all taken by earlier placements).
    NoSeats,
    /// Not open to her (any more): too young, reserved for other schools, or closed.
    NotOpen { why: NotOpen },
    /// She has a placement (or an application) there already.
    AlreadyThere,
    /// Optimal mode: an equally good allocation would have given it to her.
    Tie,
    /// Optimal mode: giving it to her makes the others' choices worse in total.
    RaisesTotalRank,
    /// Optimal mode: giving it to her leaves another pupil without a place.
    FewerPlaced,
}

/// One reason, about one of her choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub vacancy: VacancyId,
    /// Its place in her ranking (1 = first choice).
    pub rank: u32,
    #[serde(flatten)]
    pub why: Why,
}

/// A pupil's result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub pupil: PupilId,
    pub vacancy: Option<VacancyId>,
    pub rank: Option<u32>,
    pub reasons: Vec<Reason>,
}

/// Figures of one run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub pupils: u32,
    pub placed: u32,
    /// Placed pupils by the rank they got: `by_rank[0]` got their first choice.
    pub by_rank: Vec<u32>,
    /// Pupils who ranked nothing.
    pub no_choices: u32,
    pub total_rank: u64,
}

impl Summary {
    pub fn of(outcomes: &[Outcome], data: &RoundData, choices: usize) -> Summary {
        let mut s = Summary { pupils: outcomes.len() as u32, by_rank: vec![0; choices.max(1)], ..Summary::default() };
        for o in outcomes {
            if o.vacancy.is_some() {
                s.placed += 1;
            }
            if let Some(r) = o.rank {
                s.total_rank += u64::from(r);
                if let Some(slot) = s.by_rank.get_mut(r as usize - 1) {
                    *slot += 1;
                }
            }
        }
        s.no_choices = data.pupils.iter().filter(|p| p.choices.is_empty()).count() as u32;
        s
    }

    pub fn unplaced(&self) -> u32 {
        self.pupils - self.placed
    }
}

/// A run's result: the outcome per pupil (in the order of `RoundData::pupils`), and the seats
/// each vacancy had.
#[derive(Clone, Debug)]
pub struct Run {
    pub mode: Mode,
    pub outcomes: Vec<Outcome>,
    pub seats: Vec<(VacancyId, i64)>,
}

/// A pupil's priority at a vacancy: lower goes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    tier: u8,
    /// Distance in steps of 100 m (`u32::MAX` when unknown).
    steps: u32,
    lottery: u64,
    pupil: PupilId,
}

/// Squared distance in km² between two points on a local flat projection (as the vacancy
/// search sorts), exact enough within a city.
fn km(a: Point, b: Point) -> f64 {
    const KM_PER_DEGREE: f64 = 111.2;
    let dy = (a.lat - b.lat) * KM_PER_DEGREE;
    let dx = (a.lon - b.lon) * KM_PER_DEGREE * a.lat.to_radians().cos();
    (dx * dx + dy * dy).sqrt()
}

/// The school of the round nearest to each vacancy: its "own school".
fn own_schools(data: &RoundData) -> HashMap<VacancyId, SchoolId> {
    let mut out = HashMap::new();
    for v in &data.vacancies {
        let Some(at) = v.at else { continue };
        let nearest = data
            .schools
            .iter()
            .filter_map(|(s, p)| p.map(|p| (km(at, p), *s)))
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        if let Some((_, s)) = nearest {
            out.insert(v.id, s);
        }
    }
    out
}

/// Why a pupil may not take a vacancy she ranked, if she may not.
fn unfit(data: &RoundData, p: &PupilFacts, v: &VacancyFacts) -> Option<Why> {
    if data.live.contains(&(p.id, v.id)) {
        return Some(Why::AlreadyThere);
    }
    v.rule.for_pupil(p.school, p.birth, data.today).err().map(|why| Why::NotOpen { why })
}

/// Runs the round in `mode`, with `extra` places at one vacancy for a what-if; with `explain`,
/// every pupil gets her reasons.
pub fn run(data: &RoundData, mode: Mode, extra: Option<(VacancyId, i64)>, explain: bool) -> Run {
    let own = own_schools(data);
    let lots: HashMap<PupilId, u64> = data.pupils.iter().map(|p| (p.id, lottery(data.seed, p.id))).collect();
    let key = |p: &PupilFacts, v: &VacancyFacts| -> Key {
        let lot = lots.get(&p.id).copied().unwrap_or(u64::MAX);
        let (tier, steps) = match data.priority {
            Priority::Lottery => (0, 0),
            Priority::OwnSchool => (u8::from(own.get(&v.id) != Some(&p.school)), 0),
            Priority::Distance => match (p.home, v.at) {
                (Some(h), Some(a)) => (0, (km(h, a) * 10.0).round().min(f64::from(u32::MAX - 1)) as u32),
                _ => (0, u32::MAX),
            },
        };
        Key { tier, steps, lottery: lot, pupil: p.id }
    };

    // Students in lottery order, placements in id order: nothing depends on how rows were read.
    let mut pupils: Vec<&PupilFacts> = data.pupils.iter().collect();
    pupils.sort_by_key(|p| (lots.get(&p.id).copied(), p.id));
    let mut vacancies: Vec<&VacancyFacts> = data.vacancies.iter().collect();
    vacancies.sort_by_key(|v| v.id);
    let by_id: HashMap<VacancyId, &VacancyFacts> = vacancies.iter().map(|v| (v.id, *v)).collect();

    let mut applicants: HashMap<VacancyId, Vec<(Key, &PupilFacts)>> = HashMap::new();
    let mut why_not: HashMap<(PupilId, VacancyId), Why> = HashMap::new();
    let mut students = Vec::with_capacity(pupils.len());
    for p in &pupils {
        let mut prefs = Vec::with_capacity(p.choices.len());
        for c in &p.choices {
            let Some(v) = by_id.get(c) else { continue };
            prefs.push(c.to_string());
            match unfit(data, p, v) {
                Some(w) => {
                    why_not.insert((p.id, v.id), w);
                }
                None => applicants.entry(v.id).or_default().push((key(p, v), p)),
            }
        }
        students.push(StudentInput { id: p.id.to_string(), preferences: prefs });
    }
    let mut seats = Vec::with_capacity(vacancies.len());
    let mut placements = Vec::with_capacity(vacancies.len());
    for v in &vacancies {
        let plus = extra.filter(|(e, _)| *e == v.id).map(|(_, n)| n).unwrap_or(0);
        let cap = v.seats() + plus.max(0);
        seats.push((v.id, cap));
        let mut ranked = applicants.remove(&v.id).unwrap_or_default();
        ranked.sort_by_key(|(k, _)| *k);
        placements.push(PlacementInput {
            id: v.id.to_string(),
            capacity: cap,
            ranking: ranked.iter().map(|(_, p)| p.id.to_string()).collect(),
        });
    }
    let input = InstanceInput { placements, students, groups: Vec::new() };
    // Ids are unique uuids and every listed placement exists, so the instance is valid; an
    // invalid one would be a bug here, and gives a run that places nobody rather than a panic.
    let outcomes = match Instance::new(&input) {
        Ok(instance) => {
            let outcome = solve(&instance, mode, explain);
            let mut by_pupil: HashMap<PupilId, Outcome> = HashMap::with_capacity(pupils.len());
            for (i, p) in pupils.iter().enumerate() {
                let vacancy = outcome.placement_id_of(i).and_then(|id| id.parse().ok());
                let reasons = outcome
                    .explanation_of(i)
                    .map(|e| {
                        e.reasons
                            .iter()
                            .filter_map(|r| {
                                let v: VacancyId = r.placement.parse().ok()?;
                                let why = translate(&r.why, p, v, &why_not, &by_id, &key, &pupils, &instance);
                                Some(Reason { vacancy: v, rank: r.rank, why })
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                by_pupil.insert(p.id, Outcome { pupil: p.id, vacancy, rank: outcome.rank_of(i), reasons });
            }
            data.pupils
                .iter()
                .map(|p| {
                    by_pupil.remove(&p.id).unwrap_or(Outcome {
                        pupil: p.id,
                        vacancy: None,
                        rank: None,
                        reasons: Vec::new(),
                    })
                })
                .collect()
        }
        Err(e) => {
            tracing::error!(error = %e, "a round made an invalid matching instance");
            data.pupils
                .iter()
                .map(|p| Outcome { pupil: p.id, vacancy: None, rank: None, reasons: Vec::new() })
                .collect()
        }
    };
    Run { mode, outcomes, seats }
}

/// The engine's reason in our terms.
#[allow(clippy::too_many_arguments)]
fn translate(
    why: &EngineWhy<'_>,
    p: &PupilFacts,
    v: VacancyId,
    why_not: &HashMap<(PupilId, VacancyId), Why>,
    by_id: &HashMap<VacancyId, &VacancyFacts>,
    key: &dyn Fn(&PupilFacts, &VacancyFacts) -> Key,
    pupils: &[&PupilFacts],
    instance: &Instance,
) -> Why {
    match why {
        EngineWhy::NotRanked => why_not.get(&(p.id, v)).copied().unwrap_or(Why::NoSeats),
        EngineWhy::NoCapacity => Why::NoSeats,
        EngineWhy::Full { lowest_admitted, .. } => {
            let Some(vac) = by_id.get(&v) else { return Why::NoSeats };
            let seats = u32::try_from(vac.seats()).unwrap_or(u32::MAX);
            let mine = key(p, vac);
            let theirs =
                instance.student_index(lowest_admitted).and_then(|i| pupils.get(i)).map(|other| key(other, vac));
            let by = match theirs {
                Some(t) if t.tier < mine.tier => By::OwnSchool,
                Some(t) if t.steps < mine.steps && mine.steps == u32::MAX => By::NoHome,
                Some(t) if t.steps < mine.steps => By::Distance,
                _ => By::Lottery,
            };
            Why::Full { seats, by }
        }
        EngineWhy::Tie => Why::Tie,
        EngineWhy::RaisesTotalRank => Why::RaisesTotalRank,
        EngineWhy::FewerPlaced => Why::FewerPlaced,
        // Group reasons cannot occur: rounds place pupils one by one.
        _ => Why::FewerPlaced,
    }
}

/// Both modes' figures side by side, and how many pupils they place differently.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub stable: Summary,
    pub optimal: Summary,
    pub differ: u32,
}

/// Pupils whose placement differs between two runs of the same data.
pub fn differences(a: &Run, b: &Run) -> usize {
    a.outcomes.iter().zip(&b.outcomes).filter(|(x, y)| x.vacancy != y.vacancy).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn vacancy(capacity: i64, at: Option<Point>) -> VacancyFacts {
        VacancyFacts {
            id: VacancyId::new(),
            rule: Openness {
                open: true,
                starts_on: date!(2026 - 09 - 01),
                ends_on: date!(2027 - 06 - 30),
                min_age: 13,
                schools: vec![],
                blocked_ages: vec![],
            },
            capacity,
            taken: 0,
            at,
        }
    }

    fn pupil(school: SchoolId, home: Option<Point>, choices: &[VacancyId]) -> PupilFacts {
        PupilFacts { id: PupilId::new(), school, birth: Some(date!(2012 - 01 - 01)), home, choices: choices.to_vec() }
    }

    fn data(priority: Priority, pupils: Vec<PupilFacts>, vacancies: Vec<VacancyFacts>) -> RoundData {
        RoundData {
            seed: 42,
            priority,
            pupils,
            vacancies,
            schools: vec![],
            live: HashSet::new(),
            today: date!(2026 - 11 - 22),
        }
    }

    const NEAR: Point = Point { lat: 52.37, lon: 4.90 };
    const FAR: Point = Point { lat: 52.30, lon: 4.95 };

    #[test]
    fn nearest_first_and_the_one_further_away_is_told_why() {
        let s = SchoolId::new();
        let v = vacancy(1, Some(NEAR));
        let w = vacancy(1, Some(FAR));
        let near = pupil(s, Some(NEAR), &[v.id]);
        let far = pupil(s, Some(FAR), &[v.id, w.id]);
        let d = data(Priority::Distance, vec![far.clone(), near.clone()], vec![v.clone(), w.clone()]);
        for mode in [Mode::Stable, Mode::Optimal] {
            let r = run(&d, mode, None, true);
            assert_eq!(r.outcomes[1].vacancy, Some(v.id), "{mode}");
            assert_eq!(r.outcomes[0].vacancy, Some(w.id), "{mode}");
            assert_eq!(r.outcomes[0].rank, Some(2));
        }
        let stable = run(&d, Mode::Stable, None, true);
        assert_eq!(
            stable.outcomes[0].reasons,
            vec![Reason { vacancy: v.id, rank: 1, why: Why::Full { seats: 1, by: By::Distance } }]
        );
    }

    #[test]
    fn a_vacancy_she_may_not_take_is_explained_and_a_what_if_adds_places() {
        let s = SchoolId::new();
        let mut old = vacancy(1, None);
        old.rule.min_age = 16;
        let v = vacancy(1, None);
        let a = pupil(s, None, &[old.id, v.id]);
        let b = pupil(s, None, &[v.id]);
        let d = data(Priority::Lottery, vec![a.clone(), b.clone()], vec![old.clone(), v.clone()]);
        let r = run(&d, Mode::Stable, None, true);
        assert_eq!(r.outcomes.iter().filter(|o| o.vacancy.is_some()).count(), 1);
        let a_out = &r.outcomes[0];
        assert_eq!(a_out.reasons[0].why, Why::NotOpen { why: NotOpen::TooYoung });
        let more = run(&d, Mode::Stable, Some((v.id, 1)), true);
        assert_eq!(more.outcomes.iter().filter(|o| o.vacancy.is_some()).count(), 2);
        assert_eq!(differences(&r, &more), 1);
    }

    #[test]
    fn runs_are_the_same_whatever_the_order_of_the_records() {
        let s = SchoolId::new();
        let vs: Vec<VacancyFacts> = (0..4).map(|_| vacancy(2, None)).collect();
        let ids: Vec<VacancyId> = vs.iter().map(|v| v.id).collect();
        let ps: Vec<PupilFacts> = (0..12).map(|i| pupil(s, None, &[ids[i % 4], ids[(i + 1) % 4]])).collect();
        let d = data(Priority::Lottery, ps.clone(), vs.clone());
        let mut reversed = data(Priority::Lottery, ps.into_iter().rev().collect(), vs.into_iter().rev().collect());
        reversed.seed = d.seed;
        for mode in [Mode::Stable, Mode::Optimal] {
            let a = run(&d, mode, None, true);
            let b = run(&reversed, mode, None, true);
            for o in &a.outcomes {
                let other = b.outcomes.iter().find(|x| x.pupil == o.pupil).expect("same pupils");
                assert_eq!(o, other, "{mode}");
            }
        }
    }

    #[test]
    fn own_school_pupils_go_first_at_the_nearest_schools_vacancies() {
        let (home, away) = (SchoolId::new(), SchoolId::new());
        let v = vacancy(1, Some(NEAR));
        let theirs = pupil(home, None, &[v.id]);
        let other = pupil(away, None, &[v.id]);
        let mut d = data(Priority::OwnSchool, vec![other.clone(), theirs.clone()], vec![v.clone()]);
        d.schools = vec![(home, Some(NEAR)), (away, Some(FAR))];
        let r = run(&d, Mode::Stable, None, true);
        assert_eq!(r.outcomes[1].vacancy, Some(v.id));
        assert_eq!(r.outcomes[0].reasons[0].why, Why::Full { seats: 1, by: By::OwnSchool });
    }
}
