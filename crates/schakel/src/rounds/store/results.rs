//! Running a round: the data a run needs, storing its result, moving a pupil by hand, and
//! publishing the matches as proposed placements. Also the lists the result pages show.

use std::collections::{HashMap, HashSet};

use sqlx::{Database, Encode, FromRow, QueryBuilder, Type};
use time::Date;
use uuid::Uuid;

use super::{Hold, Round, RoundError, hold};
use crate::db::Conn;
use crate::db::bulk::{self, Val};
use crate::directory::model::full_name;
use crate::directory::store::contains_pattern;
use crate::geo::Point;
use crate::ids::{PlacementId, PupilId, RoundId, SchoolId, UserId, VacancyId};
use crate::minors::check::Context;
use crate::minors::rules::RulesError;
use crate::placements::model::{Openness, Status as PlacementStatus, VacancyStatus};
use crate::placements::store::placements::{self, Proposal};
use crate::rounds::engine::{PupilFacts, Reason, RoundData, Run, VacancyFacts};
use crate::rounds::model::{self, Status, Step};
use crate::with_conn;

type PupilRow = (PupilId, SchoolId, Option<Date>, Option<f64>, Option<f64>);
type VacancyRow = (VacancyId, String, Date, Date, i32, i32, Option<f64>, Option<f64>, i64);

fn point(lat: Option<f64>, lon: Option<f64>) -> Option<Point> {
    Some(Point { lat: lat?, lon: lon? })
}

/// The round's vacancies with what decides who may take them and how many places are left.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn vacancy_facts(
    db: impl Into<Conn<'_>>,
    round: RoundId,
    today: Date,
) -> Result<Vec<VacancyFacts>, RulesError> {
    let db: Conn<'_> = db.into();
    let holding =
        PlacementStatus::HOLDING_A_PLACE.iter().map(|s| format!("'{}'", s.code())).collect::<Vec<_>>().join(", ");
    let vacancy_sql = format!(
        "SELECT v.id, v.status, v.starts_on, v.ends_on, v.min_age, v.capacity, v.lat, v.lon,
            (SELECT COUNT(*) FROM placements p WHERE p.vacancy_id = v.id AND p.status IN ({holding})) AS taken
         FROM round_vacancies rv JOIN vacancies v ON v.id = rv.vacancy_id WHERE rv.round_id = $1 ORDER BY v.id"
    );
    let (vacancies, reserved) = with_conn!(db, p => {
        let vacancies: Vec<VacancyRow> = sqlx::query_as(&vacancy_sql).bind(round).fetch_all(&mut *p).await?;
        let reserved: Vec<(VacancyId, SchoolId)> = sqlx::query_as(
            "SELECT vs.vacancy_id, vs.school_id FROM vacancy_schools vs
             JOIN round_vacancies rv ON rv.vacancy_id = vs.vacancy_id WHERE rv.round_id = $1")
            .bind(round).fetch_all(&mut *p).await?;
        Ok::<_, sqlx::Error>((vacancies, reserved))
    })?;
    let mut reserved_for: HashMap<VacancyId, Vec<SchoolId>> = HashMap::new();
    for (v, s) in reserved {
        reserved_for.entry(v).or_default().push(s);
    }
    // The ages the rules for minors never allow, per vacancy (its slots against the region's
    // calendar): a round must not match what no school could confirm.
    let rules = Context::load(db, today).await?;
    let checks = crate::minors::hosts::checks_of_round(db, round, today).await?;
    let none = crate::minors::hosts::Checks::none(today);
    let mut blocked: HashMap<VacancyId, Vec<u8>> = HashMap::new();
    for (v, slots) in crate::placements::store::vacancies::of_round(db, round).await? {
        let report = rules.vacancy_report(&v, &slots, checks.get(&v.organisation_id).unwrap_or(&none));
        blocked.insert(v.id, report.blocked_ages());
    }
    Ok(vacancies
        .into_iter()
        .map(|(id, status, starts_on, ends_on, min_age, capacity, lat, lon, taken)| VacancyFacts {
            id,
            rule: Openness {
                open: status == VacancyStatus::Open.code(),
                starts_on,
                ends_on,
                min_age,
                schools: reserved_for.remove(&id).unwrap_or_default(),
                blocked_ages: blocked.remove(&id).unwrap_or_default(),
            },
            capacity: i64::from(capacity),
            taken,
            at: point(lat, lon),
        })
        .collect())
}

/// The pupils of the round (all, or one) with what decides what they may take, and their
/// rankings.
async fn pupil_facts(db: impl Into<Conn<'_>>, round: RoundId, only: Option<PupilId>) -> sqlx::Result<Vec<PupilFacts>> {
    let filter = if only.is_some() { "AND rp.pupil_id = $2" } else { "" };
    let pupil_sql = format!(
        "SELECT pu.id, pu.school_id, pu.date_of_birth, pu.lat, pu.lon FROM round_pupils rp
         JOIN pupils pu ON pu.id = rp.pupil_id WHERE rp.round_id = $1 AND pu.archived_at IS NULL {filter} ORDER BY pu.id"
    );
    let choice_sql = format!(
        "SELECT rp.pupil_id, rp.vacancy_id FROM round_choices rp WHERE rp.round_id = $1 {filter} ORDER BY rp.pupil_id, rp.rank"
    );
    let (pupils, choices) = with_conn!(db, p => {
        let q = sqlx::query_as::<_, PupilRow>(&pupil_sql).bind(round);
        let pupils = match only { Some(o) => q.bind(o), None => q }.fetch_all(&mut *p).await?;
        let q = sqlx::query_as::<_, (PupilId, VacancyId)>(&choice_sql).bind(round);
        let choices = match only { Some(o) => q.bind(o), None => q }.fetch_all(&mut *p).await?;
        Ok::<_, sqlx::Error>((pupils, choices))
    })?;
    let mut chosen: HashMap<PupilId, Vec<VacancyId>> = HashMap::new();
    for (p, v) in choices {
        chosen.entry(p).or_default().push(v);
    }
    Ok(pupils
        .into_iter()
        .map(|(id, school, birth, lat, lon)| PupilFacts {
            id,
            school,
            birth,
            home: point(lat, lon),
            choices: chosen.remove(&id).unwrap_or_default(),
        })
        .collect())
}

/// Live placements (any stage but declined or cancelled) of the round's pupils (or one of them)
/// at the round's vacancies.
async fn live(
    db: impl Into<Conn<'_>>,
    round: RoundId,
    only: Option<PupilId>,
) -> sqlx::Result<HashSet<(PupilId, VacancyId)>> {
    let filter = if only.is_some() { "AND pl.pupil_id = $2" } else { "" };
    let sql = format!(
        "SELECT pl.pupil_id, pl.vacancy_id FROM placements pl
         JOIN round_pupils rp ON rp.pupil_id = pl.pupil_id AND rp.round_id = $1
         JOIN round_vacancies rv ON rv.vacancy_id = pl.vacancy_id AND rv.round_id = $1
         WHERE pl.status NOT IN ('declined', 'cancelled') {filter}"
    );
    let rows: Vec<(PupilId, VacancyId)> = with_conn!(db, p => {
        let q = sqlx::query_as(&sql).bind(round);
        match only { Some(o) => q.bind(o), None => q }.fetch_all(&mut *p).await
    })?;
    Ok(rows.into_iter().collect())
}

/// Everything a run of `round` needs, read in six queries whatever the round's size.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round.id))]
pub async fn load(db: impl Into<Conn<'_>>, round: &Round, today: Date) -> Result<RoundData, RulesError> {
    let db: Conn<'_> = db.into();
    let schools: Vec<(SchoolId, Option<f64>, Option<f64>)> = with_conn!(db, p => sqlx::query_as(
        "SELECT s.id, s.lat, s.lon FROM schools s
         WHERE s.id IN (SELECT pu.school_id FROM round_pupils rp JOIN pupils pu ON pu.id = rp.pupil_id WHERE rp.round_id = $1)
         ORDER BY s.id")
        .bind(round.id).fetch_all(p).await)?;
    Ok(RoundData {
        seed: round.seed,
        priority: round.priority(),
        pupils: pupil_facts(db, round.id, None).await?,
        vacancies: vacancy_facts(db, round.id, today).await?,
        schools: schools.into_iter().map(|(s, lat, lon)| (s, point(lat, lon))).collect(),
        live: live(db, round.id, None).await?,
        today,
    })
}

/// The vacancies of the round one pupil may be placed at by hand: those she may take (the
/// run's rule) and has no placement at yet.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round, pupil = %pupil))]
pub async fn fitting(
    db: impl Into<Conn<'_>>,
    round: RoundId,
    pupil: PupilId,
    today: Date,
) -> Result<HashSet<VacancyId>, RulesError> {
    let db: Conn<'_> = db.into();
    let Some(p) = pupil_facts(db, round, Some(pupil)).await?.into_iter().next() else {
        return Ok(HashSet::new());
    };
    let held = live(db, round, Some(pupil)).await?;
    Ok(vacancy_facts(db, round, today)
        .await?
        .into_iter()
        .filter(|v| !held.contains(&(pupil, v.id)) && v.rule.for_pupil(p.school, p.birth, today).is_ok())
        .map(|v| v.id)
        .collect())
}

/// Stores a run as the round's result (replacing the previous one and any moves by hand), with
/// `summary` (JSON of both modes' figures), once the round is closed and until it is published.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn save_run(db: impl Into<Conn<'_>>, round: RoundId, run: &Run, summary: &str) -> Result<(), RoundError> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let r = round.uuid();
    let rows: Vec<Vec<Val>> = run
        .outcomes
        .iter()
        .map(|o| {
            vec![
                Val::Id(r),
                Val::Id(o.pupil.uuid()),
                Val::OptId(o.vacancy.map(VacancyId::uuid)),
                Val::Int(o.rank.and_then(|n| i32::try_from(n).ok())),
                Val::Text(serde_json::to_string(&o.reasons).unwrap_or_default()),
            ]
        })
        .collect();
    let atomic = db.atomic().await?;
    model::next(hold(atomic.tx(), round, Hold::Exclusive).await?, Step::Run)?;
    with_conn!(&atomic, c => sqlx::query("DELETE FROM round_results WHERE round_id = $1").bind(round).execute(&mut *c).await.map(|_| ()))?;
    bulk::insert(&atomic, "round_results", &["round_id", "pupil_id", "vacancy_id", "rank", "reasons"], &rows).await?;
    with_conn!(&atomic, c => {
        // Seats per vacancy in statements of a few hundred: `CASE vacancy_id WHEN … THEN …`.
        for chunk in run.seats.chunks(400) {
            let mut qb = QueryBuilder::new("UPDATE round_vacancies SET seats = CASE vacancy_id");
            for (v, n) in chunk {
                qb.push(" WHEN ").push_bind(*v);
                qb.push(" THEN CAST(").push_bind(i32::try_from(*n).unwrap_or(i32::MAX)).push(" AS INTEGER)");
            }
            qb.push(" END WHERE round_id = ").push_bind(round);
            qb.build().execute(&mut *c).await?;
        }
        sqlx::query("UPDATE rounds SET status = $1, mode = $2, summary = $3, ran_at = $4, updated_at = $4 WHERE id = $5")
            .bind(Status::Matched).bind(run.mode.as_str()).bind(summary).bind(t).bind(round)
            .execute(&mut *c).await.map(|_| ())
    })?;
    atomic.finish().await?;
    Ok(())
}

/// Moves a pupil by hand to `to` (or out of any placement), keeping within the seats the run
/// had. `rank` is the place of `to` in her ranking, if she ranked it.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round, pupil = %pupil))]
pub async fn move_pupil(
    db: impl Into<Conn<'_>>,
    round: RoundId,
    pupil: PupilId,
    to: Option<VacancyId>,
    rank: Option<i32>,
) -> Result<(), RoundError> {
    let db: Conn<'_> = db.into();
    let atomic = db.atomic().await?;
    model::next(hold(atomic.tx(), round, Hold::Exclusive).await?, Step::Move)?;
    with_conn!(&atomic, tx => {
        let exists: Option<PupilId> = sqlx::query_scalar("SELECT pupil_id FROM round_results WHERE round_id = $1 AND pupil_id = $2")
            .bind(round).bind(pupil).fetch_optional(&mut *tx).await?;
        if exists.is_none() {
            return Err(RoundError::NotFound);
        }
        if let Some(v) = to {
            let seats: Option<Option<i32>> = sqlx::query_scalar("SELECT seats FROM round_vacancies WHERE round_id = $1 AND vacancy_id = $2")
                .bind(round).bind(v).fetch_optional(&mut *tx).await?;
            let seats = i64::from(seats.ok_or(RoundError::NotFound)?.unwrap_or(0));
            let held: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM round_results WHERE round_id = $1 AND vacancy_id = $2 AND pupil_id <> $3")
                .bind(round).bind(v).bind(pupil).fetch_one(&mut *tx).await?;
            if held >= seats {
                return Err(RoundError::Full { seats });
            }
        }
        sqlx::query("UPDATE round_results SET vacancy_id = $1, rank = $2, moved = TRUE WHERE round_id = $3 AND pupil_id = $4")
            .bind(to).bind(rank).bind(round).bind(pupil).execute(&mut *tx).await.map(|_| ())
    })?;
    atomic.finish().await?;
    Ok(())
}

/// What publishing did.
#[derive(Clone, Debug, Default)]
pub struct Published {
    /// Pupils with the proposed placement made for them.
    pub made: Vec<(PupilId, VacancyId, PlacementId)>,
    /// Pupils skipped: they held a live placement at their match already.
    pub skipped: Vec<(PupilId, VacancyId)>,
    /// Pupils without a match.
    pub unplaced: Vec<PupilId>,
}

/// Publishes a run round: every match becomes a `proposed` placement (through the same insert
/// as applying), all in one transaction with the round's new status, so it happens completely
/// and once. A pupil who holds a live placement at her match already is skipped and her result
/// says so. `ids` gives the ids of the new placements and their history events.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round, by = %by))]
pub async fn publish(
    db: impl Into<Conn<'_>>,
    round: RoundId,
    by: UserId,
    note: &str,
    ids: &mut (dyn FnMut() -> uuid::Uuid + Send),
) -> Result<Published, RoundError> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    model::next(hold(atomic.tx(), round, Hold::Exclusive).await?, Step::Publish)?;
    let rows: Vec<(PupilId, Option<VacancyId>)> = with_conn!(&atomic, c => sqlx::query_as(
        "SELECT pupil_id, vacancy_id FROM round_results WHERE round_id = $1 ORDER BY pupil_id")
        .bind(round).fetch_all(&mut *c).await)?;
    let mut out = Published::default();
    for (pupil, vacancy) in rows {
        let Some(vacancy) = vacancy else {
            out.unplaced.push(pupil);
            continue;
        };
        let placement = PlacementId::from_uuid(ids());
        let proposal = Proposal { id: placement, vacancy, pupil, motivation: "", by: Some(by), note };
        if placements::propose(&atomic, &proposal).await? {
            with_conn!(&atomic, c => sqlx::query("UPDATE round_results SET placement_id = $1 WHERE round_id = $2 AND pupil_id = $3")
                .bind(placement).bind(round).bind(pupil).execute(&mut *c).await.map(|_| ()))?;
            out.made.push((pupil, vacancy, placement));
        } else {
            with_conn!(&atomic, c => sqlx::query("UPDATE round_results SET skipped = TRUE WHERE round_id = $1 AND pupil_id = $2")
                .bind(round).bind(pupil).execute(&mut *c).await.map(|_| ()))?;
            out.skipped.push((pupil, vacancy));
        }
    }
    with_conn!(&atomic, c => sqlx::query(
        "UPDATE rounds SET status = $1, published_at = $2, published_by = $3, updated_at = $2 WHERE id = $4")
        .bind(Status::Published).bind(t).bind(by).bind(round).execute(&mut *c).await.map(|_| ()))?;
    atomic.finish().await?;
    Ok(out)
}

// ---- what the pages show -------------------------------------------------------------------

/// A pupil's line in the round's result.
#[derive(Clone, Debug, FromRow)]
pub struct ResultRow {
    pub pupil_id: PupilId,
    pub first_name: String,
    pub infix: String,
    pub last_name: String,
    pub class_name: Option<String>,
    pub school_name: String,
    pub choices: i64,
    pub vacancy_id: Option<VacancyId>,
    pub vacancy_title: Option<String>,
    pub organisation_name: Option<String>,
    pub rank: Option<i32>,
    pub reasons: Option<String>,
    pub moved: Option<bool>,
    pub placement_id: Option<PlacementId>,
    pub skipped: Option<bool>,
}

impl ResultRow {
    pub fn name(&self) -> String {
        full_name(&self.first_name, &self.infix, &self.last_name)
    }

    pub fn reasons(&self) -> Vec<Reason> {
        self.reasons.as_deref().and_then(|r| serde_json::from_str(r).ok()).unwrap_or_default()
    }

    pub fn moved(&self) -> bool {
        self.moved.unwrap_or(false)
    }

    pub fn skipped(&self) -> bool {
        self.skipped.unwrap_or(false)
    }
}

/// Which pupils a result list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Show {
    #[default]
    All,
    Unplaced,
    Moved,
}

impl Show {
    pub fn from_code(code: &str) -> Show {
        match code {
            "unplaced" => Show::Unplaced,
            "moved" => Show::Moved,
            _ => Show::All,
        }
    }

    fn condition(self) -> &'static str {
        match self {
            Show::All => "TRUE",
            Show::Unplaced => "rr.vacancy_id IS NULL",
            Show::Moved => "rr.moved = TRUE",
        }
    }
}

const RESULT_FROM: &str =
    "FROM round_pupils rp JOIN pupils pu ON pu.id = rp.pupil_id JOIN schools s ON s.id = pu.school_id
     LEFT JOIN classes c ON c.id = pu.class_id
     LEFT JOIN round_results rr ON rr.round_id = rp.round_id AND rr.pupil_id = rp.pupil_id
     LEFT JOIN vacancies v ON v.id = rr.vacancy_id LEFT JOIN organisations o ON o.id = v.organisation_id";

/// Pushes the conditions of a result list: the round's pupils, those `show` picks, and the
/// search.
fn push_result_where<'a, DB: Database>(qb: &mut QueryBuilder<'a, DB>, round: RoundId, show: Show, text: Option<&str>)
where
    Uuid: Encode<'a, DB> + Type<DB>,
    String: Encode<'a, DB> + Type<DB>,
{
    qb.push(" WHERE rp.round_id = ").push_bind(round).push(" AND ").push(show.condition());
    if let Some(t) = text {
        qb.push(" AND pu.search_text LIKE ").push_bind(contains_pattern(t)).push(" ESCAPE '\\'");
    }
}

#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn count_results(
    db: impl Into<Conn<'_>>,
    round: RoundId,
    show: Show,
    text: Option<&str>,
) -> sqlx::Result<i64> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new(format!("SELECT COUNT(*) {RESULT_FROM}"));
        push_result_where(&mut qb, round, show, text);
        qb.build_query_scalar().fetch_one(&mut *c).await
    })
}

const RESULT_SELECT: &str = "SELECT rp.pupil_id, pu.first_name, pu.infix, pu.last_name, c.name AS class_name,
        s.name AS school_name,
        (SELECT COUNT(*) FROM round_choices rc WHERE rc.round_id = rp.round_id AND rc.pupil_id = rp.pupil_id) AS choices,
        rr.vacancy_id, v.title AS vacancy_title, o.name AS organisation_name, rr.rank, rr.reasons, rr.moved,
        rr.placement_id, rr.skipped";

/// One page of the round's pupils with their results, by class and name.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn results(
    db: impl Into<Conn<'_>>,
    round: RoundId,
    show: Show,
    text: Option<&str>,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<ResultRow>> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new(format!("{RESULT_SELECT} {RESULT_FROM}"));
        push_result_where(&mut qb, round, show, text);
        qb.push(" ORDER BY s.name, c.name, pu.last_name, pu.first_name, pu.id LIMIT ").push_bind(limit);
        qb.push(" OFFSET ").push_bind(offset);
        qb.build_query_as().fetch_all(&mut *c).await
    })
}

/// One pupil's line in the round (also before any run).
#[tracing::instrument(level = "debug", skip_all, fields(round = %round, pupil = %pupil))]
pub async fn result_of(db: impl Into<Conn<'_>>, round: RoundId, pupil: PupilId) -> sqlx::Result<Option<ResultRow>> {
    let sql = format!("{RESULT_SELECT} {RESULT_FROM} WHERE rp.round_id = $1 AND rp.pupil_id = $2");
    with_conn!(db, p => sqlx::query_as(&sql).bind(round).bind(pupil).fetch_optional(p).await)
}

/// A vacancy of the round with its demand and fill.
#[derive(Clone, Debug, FromRow)]
pub struct Fill {
    pub vacancy_id: VacancyId,
    pub title: String,
    pub organisation_name: String,
    pub capacity: i32,
    /// The places the last run could fill.
    pub seats: Option<i32>,
    pub matched: i64,
    pub first_choice: i64,
    pub wanted: i64,
}

impl Fill {
    pub fn free(&self) -> i64 {
        (i64::from(self.seats.unwrap_or(0)) - self.matched).max(0)
    }
}

/// Every vacancy of the round: the most wanted first.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn fill(db: impl Into<Conn<'_>>, round: RoundId) -> sqlx::Result<Vec<Fill>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT v.id AS vacancy_id, v.title, o.name AS organisation_name, v.capacity, rv.seats,
            (SELECT COUNT(*) FROM round_results rr WHERE rr.round_id = rv.round_id AND rr.vacancy_id = rv.vacancy_id) AS matched,
            (SELECT COUNT(*) FROM round_choices rc WHERE rc.round_id = rv.round_id AND rc.vacancy_id = rv.vacancy_id AND rc.rank = 1) AS first_choice,
            (SELECT COUNT(*) FROM round_choices rc WHERE rc.round_id = rv.round_id AND rc.vacancy_id = rv.vacancy_id) AS wanted
         FROM round_vacancies rv JOIN vacancies v ON v.id = rv.vacancy_id JOIN organisations o ON o.id = v.organisation_id
         WHERE rv.round_id = $1 ORDER BY first_choice DESC, wanted DESC, v.title, v.id")
        .bind(round).fetch_all(p).await)
}

/// A vacancy of the round by name, for explanations and messages.
#[derive(Clone, Debug, FromRow)]
pub struct Named {
    pub id: VacancyId,
    pub title: String,
    pub organisation_name: String,
    pub organisation_id: crate::ids::OrganisationId,
}

/// The round's vacancies by id.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn titles(db: impl Into<Conn<'_>>, round: RoundId) -> sqlx::Result<HashMap<VacancyId, Named>> {
    let rows: Vec<Named> = with_conn!(db, p => sqlx::query_as(
        "SELECT v.id, v.title, o.name AS organisation_name, v.organisation_id FROM round_vacancies rv
         JOIN vacancies v ON v.id = rv.vacancy_id JOIN organisations o ON o.id = v.organisation_id WHERE rv.round_id = $1")
        .bind(round).fetch_all(p).await)?;
    Ok(rows.into_iter().map(|n| (n.id, n)).collect())
}

/// A pupil's result in short: (pupil, vacancy, rank, skipped).
pub type Outcome = (PupilId, Option<VacancyId>, Option<i32>, bool);

/// Every pupil's result in short.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn outcomes(db: impl Into<Conn<'_>>, round: RoundId) -> sqlx::Result<Vec<Outcome>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT pupil_id, vacancy_id, rank, skipped FROM round_results WHERE round_id = $1 ORDER BY pupil_id")
        .bind(round).fetch_all(p).await)
}

/// The round's active pupils.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn members(db: impl Into<Conn<'_>>, round: RoundId) -> sqlx::Result<Vec<PupilId>> {
    with_conn!(db, p => sqlx::query_scalar(
        "SELECT rp.pupil_id FROM round_pupils rp JOIN pupils pu ON pu.id = rp.pupil_id
         WHERE rp.round_id = $1 AND pu.archived_at IS NULL ORDER BY rp.pupil_id")
        .bind(round).fetch_all(p).await)
}

/// Whether a pupil holds a live placement (any stage but declined or cancelled) at a vacancy.
#[tracing::instrument(level = "debug", skip_all, fields(pupil = %pupil, vacancy = %vacancy))]
pub async fn has_live(db: impl Into<Conn<'_>>, pupil: PupilId, vacancy: VacancyId) -> sqlx::Result<bool> {
    let n: i64 = with_conn!(db, p => sqlx::query_scalar(
        "SELECT COUNT(*) FROM placements WHERE pupil_id = $1 AND vacancy_id = $2 AND status NOT IN ('declined', 'cancelled')")
        .bind(pupil).bind(vacancy).fetch_one(p).await)?;
    Ok(n > 0)
}

/// The pupils without a match, for a follow-up round (a pupil skipped at publishing keeps the
/// application she had at her match, so she is not among them).
#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn unplaced(db: impl Into<Conn<'_>>, round: RoundId) -> sqlx::Result<Vec<PupilId>> {
    with_conn!(db, p => sqlx::query_scalar(
        "SELECT rp.pupil_id FROM round_pupils rp JOIN pupils pu ON pu.id = rp.pupil_id
         LEFT JOIN round_results rr ON rr.round_id = rp.round_id AND rr.pupil_id = rp.pupil_id
         WHERE rp.round_id = $1 AND pu.archived_at IS NULL AND rr.vacancy_id IS NULL
         ORDER BY rp.pupil_id")
        .bind(round).fetch_all(p).await)
}
