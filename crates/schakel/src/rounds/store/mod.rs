//! SQL of matching rounds: the rounds themselves and their members (here), the pupils' rankings
//! (`choices`), runs, moves and publishing (`results`).
//!
//! Every change of a round happens in a transaction that holds the round's row: `BEGIN
//! IMMEDIATE` on SQLite, `SELECT … FOR UPDATE` (or `FOR SHARE` for rankings, which may run side by
//! side) on PostgreSQL, and checks the round's effective status there. So a ranking saved as the
//! round closes is either in before it closed or refused, and two publishes at once make one set
//! of placements.

pub mod choices;
pub mod results;

use sqlx::{FromRow, QueryBuilder};
use time::{Date, OffsetDateTime};

use crate::db::bulk::{self, Val};
use crate::db::{Backend, Conn, SqlScope, Tx, push_in};
use crate::ids::{ClassId, PupilId, RoundId, SchoolId, UserId, VacancyId};
use crate::rounds::model::{self, Priority, RankError, Status, Step, StepError};
use crate::with_conn;

/// Why a change to a round did not happen.
#[derive(Debug, thiserror::Error)]
pub enum RoundError {
    #[error(transparent)]
    Step(#[from] StepError),
    #[error(transparent)]
    Rank(#[from] RankError),
    /// The vacancy a pupil was to move to has no seat left.
    #[error("no seat left")]
    Full { seats: i64 },
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    #[error(transparent)]
    Rules(#[from] crate::minors::rules::RulesError),
}

/// How a change holds the round's row while it runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hold {
    /// Changes of the round itself (open, close, run, move, publish): one at a time.
    Exclusive,
    /// Rankings, which may be saved side by side, but not while the round changes.
    Shared,
}

/// Reads the round's effective status while holding its row for the rest of the transaction
/// (`FOR UPDATE` or `FOR SHARE` on PostgreSQL; `BEGIN IMMEDIATE` serialises writers on SQLite).
/// So a ranking saved as the round closes is either in before it closed or refused, and two
/// publishes at once make one set of placements.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn hold(tx: &Tx, round: RoundId, hold: Hold) -> Result<Status, RoundError> {
    let lock = match (tx.backend(), hold) {
        (Backend::Sqlite, _) => "",
        (Backend::Postgres, Hold::Exclusive) => "FOR UPDATE",
        (Backend::Postgres, Hold::Shared) => "FOR SHARE",
    };
    let sql = format!("SELECT status, closes_at FROM rounds WHERE id = $1 {lock}");
    let row: Option<(Status, OffsetDateTime)> =
        with_conn!(tx, c => sqlx::query_as(&sql).bind(round).fetch_optional(&mut *c).await)?;
    let (status, closes_at) = row.ok_or(RoundError::NotFound)?;
    Ok(model::effective(status, closes_at, tx.now()))
}

/// A round with its counts.
#[derive(Clone, Debug, FromRow)]
pub struct Round {
    pub id: RoundId,
    pub school_id: Option<SchoolId>,
    pub school_name: Option<String>,
    pub name: String,
    pub choices: i32,
    pub priority: String,
    pub seed: i64,
    pub closes_at: OffsetDateTime,
    /// The status when it was read: an open round past its deadline reads as closed.
    pub status: Status,
    pub mode: Option<String>,
    pub summary: String,
    pub follows: Option<RoundId>,
    pub created_at: OffsetDateTime,
    pub ran_at: Option<OffsetDateTime>,
    pub published_at: Option<OffsetDateTime>,
    pub pupils: i64,
    /// Pupils with at least one choice.
    pub ranked: i64,
    pub vacancies: i64,
}

impl Round {
    pub fn priority(&self) -> Priority {
        Priority::from_code(&self.priority).unwrap_or(Priority::Lottery)
    }

    pub fn mode(&self) -> Option<schakel_match::Mode> {
        self.mode.as_deref().and_then(|m| m.parse().ok())
    }

    pub fn may(&self, step: Step) -> bool {
        model::next(self.status, step).is_ok()
    }
}

const ROUND_SELECT: &str = "SELECT r.id, r.school_id, s.name AS school_name, r.name, r.choices, r.priority, r.seed,
        r.closes_at, r.status, r.mode, r.summary, r.follows, r.created_at, r.ran_at, r.published_at,
        (SELECT COUNT(*) FROM round_pupils rp WHERE rp.round_id = r.id) AS pupils,
        (SELECT COUNT(DISTINCT rc.pupil_id) FROM round_choices rc WHERE rc.round_id = r.id) AS ranked,
        (SELECT COUNT(*) FROM round_vacancies rv WHERE rv.round_id = r.id) AS vacancies
     FROM rounds r LEFT JOIN schools s ON s.id = r.school_id";

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn round(db: impl Into<Conn<'_>>, id: RoundId) -> sqlx::Result<Option<Round>> {
    let db: Conn<'_> = db.into();
    let sql = format!("{ROUND_SELECT} WHERE r.id = $1");
    let r: Option<Round> = with_conn!(db, c => sqlx::query_as(&sql).bind(id).fetch_optional(&mut *c).await)?;
    Ok(r.map(|r| r.at(db.now())))
}

impl Round {
    /// The round with its status as of `now`.
    fn at(mut self, now: OffsetDateTime) -> Round {
        self.status = model::effective(self.status, self.closes_at, now);
        self
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn count(db: impl Into<Conn<'_>>, scope: &SqlScope) -> sqlx::Result<i64> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new("SELECT COUNT(*) FROM rounds r WHERE ");
        scope.push(&mut qb, "r.school_id");
        qb.build_query_scalar().fetch_one(&mut *c).await
    })
}

/// The rounds in scope, the ones that need work first (open, then run but not published).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn list(db: impl Into<Conn<'_>>, scope: &SqlScope, limit: i64, offset: i64) -> sqlx::Result<Vec<Round>> {
    let db: Conn<'_> = db.into();
    let rows: Vec<Round> = with_conn!(db, c => {
        let mut qb = QueryBuilder::new(format!("{ROUND_SELECT} WHERE "));
        scope.push(&mut qb, "r.school_id");
        qb.push(
            "
         ORDER BY (CASE r.status WHEN 'open' THEN 0 WHEN 'closed' THEN 1 WHEN 'matched' THEN 1 WHEN 'draft' THEN 2 ELSE 3 END),
                  r.closes_at DESC, r.id LIMIT ",
        );
        qb.push_bind(limit).push(" OFFSET ").push_bind(offset);
        qb.build_query_as().fetch_all(&mut *c).await
    })?;
    Ok(rows.into_iter().map(|r| r.at(db.now())).collect())
}

/// A round as a pupil sees it in her list: with her own progress.
#[derive(Clone, Debug, FromRow)]
pub struct PupilRound {
    pub id: RoundId,
    pub name: String,
    pub choices: i32,
    pub closes_at: OffsetDateTime,
    /// The status when it was read (see [`Round::status`]).
    pub status: Status,
    /// Her choices so far.
    pub chosen: i64,
    /// Her result, once published.
    pub vacancy_title: Option<String>,
}

/// The rounds a pupil is in (drafts are not shown to pupils), the open ones first.
#[tracing::instrument(level = "debug", skip_all, fields(pupil = %pupil))]
pub async fn of_pupil(db: impl Into<Conn<'_>>, pupil: PupilId) -> sqlx::Result<Vec<PupilRound>> {
    let db: Conn<'_> = db.into();
    let rows: Vec<PupilRound> = with_conn!(db, p => sqlx::query_as(
        "SELECT r.id, r.name, r.choices, r.closes_at, r.status,
            (SELECT COUNT(*) FROM round_choices rc WHERE rc.round_id = r.id AND rc.pupil_id = rp.pupil_id) AS chosen,
            (CASE WHEN r.status = 'published' THEN v.title END) AS vacancy_title
         FROM round_pupils rp JOIN rounds r ON r.id = rp.round_id
         LEFT JOIN round_results rr ON rr.round_id = rp.round_id AND rr.pupil_id = rp.pupil_id
         LEFT JOIN vacancies v ON v.id = rr.vacancy_id
         WHERE rp.pupil_id = $1 AND r.status <> 'draft'
         ORDER BY (CASE r.status WHEN 'open' THEN 0 ELSE 1 END), r.closes_at DESC, r.id")
        .bind(pupil).fetch_all(p).await)?;
    let now = db.now();
    Ok(rows
        .into_iter()
        .map(|mut r| {
            r.status = model::effective(r.status, r.closes_at, now);
            r
        })
        .collect())
}

/// Whether a pupil is in a round.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round, pupil = %pupil))]
pub async fn is_member(db: impl Into<Conn<'_>>, round: RoundId, pupil: PupilId) -> sqlx::Result<bool> {
    let n: i64 = with_conn!(db, p => sqlx::query_scalar(
        "SELECT COUNT(*) FROM round_pupils WHERE round_id = $1 AND pupil_id = $2")
        .bind(round).bind(pupil).fetch_one(p).await)?;
    Ok(n > 0)
}

/// A new round with its pupils and vacancies, as a draft.
pub struct NewRound<'a> {
    pub id: RoundId,
    pub school: Option<SchoolId>,
    pub name: &'a str,
    pub choices: i32,
    pub priority: Priority,
    pub seed: i64,
    pub closes_at: OffsetDateTime,
    pub follows: Option<RoundId>,
    pub pupils: &'a [PupilId],
    pub vacancies: &'a [VacancyId],
    pub by: Option<UserId>,
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn create(db: impl Into<Conn<'_>>, r: &NewRound<'_>) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let round = r.id.uuid();
    let vacancy_rows: Vec<Vec<Val>> = r.vacancies.iter().map(|v| vec![Val::Id(round), Val::Id(v.uuid())]).collect();
    let pupil_rows: Vec<Vec<Val>> = r.pupils.iter().map(|p| vec![Val::Id(round), Val::Id(p.uuid())]).collect();
    let atomic = db.atomic().await?;
    with_conn!(&atomic, c => sqlx::query(
        "INSERT INTO rounds (id, school_id, name, choices, priority, seed, closes_at, status, follows, created_by,
            created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)")
        .bind(r.id).bind(r.school).bind(r.name).bind(r.choices).bind(r.priority.code()).bind(r.seed)
        .bind(r.closes_at).bind(Status::Draft).bind(r.follows).bind(r.by).bind(t)
        .execute(&mut *c).await.map(|_| ()))?;
    bulk::insert(&atomic, "round_vacancies", &["round_id", "vacancy_id"], &vacancy_rows).await?;
    bulk::insert(&atomic, "round_pupils", &["round_id", "pupil_id"], &pupil_rows).await?;
    atomic.finish().await?;
    Ok(())
}

/// Opens a draft for ranking, or closes an open round before its deadline.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn step(db: impl Into<Conn<'_>>, round: RoundId, step: Step) -> Result<Status, RoundError> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    let status = hold(atomic.tx(), round, Hold::Exclusive).await?;
    let to = model::next(status, step)?;
    with_conn!(&atomic, c => sqlx::query(
        "UPDATE rounds SET status = $1, updated_at = $2, closes_at = CASE WHEN $3 THEN $2 ELSE closes_at END WHERE id = $4")
        .bind(to).bind(t).bind(step == Step::Close).bind(round)
        .execute(&mut *c).await.map(|_| ()))?;
    atomic.finish().await?;
    Ok(to)
}

// ---- choosing pupils and vacancies ---------------------------------------------------------

/// What the round's pupils are chosen from: the schools in scope, and within them classes, years
/// of study and pupils named one by one.
#[derive(Clone, Debug)]
pub struct Selection {
    pub schools: SqlScope,
    pub classes: Vec<ClassId>,
    pub years: Vec<i32>,
    pub pupils: Vec<PupilId>,
}

/// The active pupils a selection names, in id order.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn select_pupils(db: impl Into<Conn<'_>>, s: &Selection) -> sqlx::Result<Vec<PupilId>> {
    if s.classes.is_empty() && s.pupils.is_empty() && s.years.is_empty() {
        return Ok(Vec::new());
    }
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new("SELECT p.id FROM pupils p WHERE ");
        s.schools.push(&mut qb, "p.school_id");
        qb.push(" AND p.archived_at IS NULL AND (");
        let mut or = "";
        if !s.classes.is_empty() {
            push_in(&mut qb, "p.class_id", s.classes.iter().copied());
            or = " OR ";
        }
        if !s.pupils.is_empty() {
            push_in(qb.push(or), "p.id", s.pupils.iter().copied());
            or = " OR ";
        }
        if !s.years.is_empty() {
            push_in(qb.push(or), "p.year_of_study", s.years.iter().copied());
        }
        qb.push(") ORDER BY p.id");
        qb.build_query_scalar().fetch_all(&mut *c).await
    })
}

/// How many of `ids` exist in `table` with `column` in the scope: the form's ids are all
/// allowed when this equals their number.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn count_in_scope(
    db: impl Into<Conn<'_>>,
    table: &'static str,
    column: &'static str,
    scope: &SqlScope,
    ids: &[uuid::Uuid],
) -> sqlx::Result<usize> {
    if ids.is_empty() {
        return Ok(0);
    }
    let n: i64 = with_conn!(db, c => {
        let mut qb = QueryBuilder::new(format!("SELECT COUNT(*) FROM {table} WHERE "));
        scope.push(&mut qb, column);
        push_in(qb.push(" AND "), "id", ids.iter().copied());
        qb.build_query_scalar().fetch_one(&mut *c).await
    })?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// A vacancy the round form offers.
#[derive(Clone, Debug, FromRow)]
pub struct VacancyOption {
    pub id: VacancyId,
    pub title: String,
    pub organisation_name: String,
    pub category: String,
    pub city: String,
    pub capacity: i32,
    pub min_age: i32,
    pub starts_on: Date,
    pub ends_on: Date,
    /// Places held already.
    pub taken: i64,
}

impl VacancyOption {
    pub fn free(&self) -> i64 {
        (i64::from(self.capacity) - self.taken).max(0)
    }
}

/// The vacancies a round for `school` (or the network) may include: open, not over, for
/// individual pupils (a group is placed by its school as a whole), and, for a school, open to
/// it. With `category` or `text`, only those.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn vacancy_options(
    db: impl Into<Conn<'_>>,
    school: Option<SchoolId>,
    category: Option<&str>,
    text: Option<&str>,
    today: Date,
) -> sqlx::Result<Vec<VacancyOption>> {
    let mut conds = vec![
        "v.status = 'open'".to_string(),
        "v.kind <> 'group'".to_string(),
        "v.ends_on >= $1".to_string(),
        "($2 IS NULL OR NOT EXISTS (SELECT 1 FROM vacancy_schools vs WHERE vs.vacancy_id = v.id)
          OR EXISTS (SELECT 1 FROM vacancy_schools vs WHERE vs.vacancy_id = v.id AND vs.school_id = $2))"
            .to_string(),
    ];
    conds.push("($3 IS NULL OR v.category = $3)".into());
    conds.push("($4 IS NULL OR v.search_text LIKE $4 ESCAPE '\\')".into());
    let sql = format!(
        "SELECT v.id, v.title, o.name AS organisation_name, v.category, v.city, v.capacity, v.min_age, v.starts_on,
            v.ends_on,
            (SELECT COUNT(*) FROM placements p WHERE p.vacancy_id = v.id AND p.status IN ('confirmed', 'active', 'completed')) AS taken
         FROM vacancies v JOIN organisations o ON o.id = v.organisation_id
         WHERE {} ORDER BY v.title, o.name, v.id",
        conds.join(" AND ")
    );
    let pattern = text.map(crate::directory::store::contains_pattern);
    with_conn!(db, p => sqlx::query_as(&sql).bind(today).bind(school).bind(category).bind(pattern)
        .fetch_all(p).await)
}

/// The vacancies of a round, for the follow-up round's form.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn vacancy_ids(db: impl Into<Conn<'_>>, round: RoundId) -> sqlx::Result<Vec<VacancyId>> {
    with_conn!(db, p => sqlx::query_scalar("SELECT vacancy_id FROM round_vacancies WHERE round_id = $1 ORDER BY vacancy_id")
        .bind(round).fetch_all(p).await)
}
