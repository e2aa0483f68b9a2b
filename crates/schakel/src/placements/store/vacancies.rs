//! Vacancies: saving them with their time slots and school restrictions, and finding them.

use sqlx::{Database, Encode, FromRow, QueryBuilder, Type};
use time::{Date, OffsetDateTime, Time};
use uuid::Uuid;

use crate::db::{Conn, SqlScope, Tx};
use crate::directory::model::locate;
use crate::directory::store::contains_pattern;
use crate::geo::Point;
use crate::ids::{OrganisationId, SchoolId, UserId, VacancyId};
use crate::placements::model::{Kind, Slot, Status, VacancyInput, VacancyStatus};
use crate::with_conn;

#[derive(Clone, Debug, FromRow)]
pub struct Vacancy {
    pub id: VacancyId,
    pub organisation_id: OrganisationId,
    pub organisation_name: String,
    pub title: String,
    pub description: String,
    pub category: String,
    pub kind: String,
    pub setting: String,
    pub capacity: i32,
    pub group_min: Option<i32>,
    pub group_max: Option<i32>,
    pub min_age: i32,
    pub expected_hours: i32,
    pub starts_on: Date,
    pub ends_on: Date,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub supervisor_name: String,
    pub supervisor_email: String,
    pub supervisor_phone: String,
    pub status: VacancyStatus,
    /// Task categories the pupil's work falls into (`lifting,cash-handling`); `None`: not declared.
    pub tasks: Option<String>,
    pub works_with_children: bool,
    pub expert_supervision: bool,
    /// Places held by confirmed, active and completed placements.
    pub taken: i64,
    /// Candidates waiting for the organisation.
    pub waiting: i64,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

impl Vacancy {
    pub fn is_open(&self) -> bool {
        self.status == VacancyStatus::Open
    }

    pub fn free(&self) -> i64 {
        (i64::from(self.capacity) - self.taken).max(0)
    }

    pub fn location(&self) -> Option<Point> {
        Some(Point { lat: self.lat?, lon: self.lon? })
    }
}

fn holding() -> String {
    Status::HOLDING_A_PLACE.iter().map(|s| format!("'{}'", s.code())).collect::<Vec<_>>().join(", ")
}

fn vacancy_select() -> String {
    format!(
        "SELECT v.id, v.organisation_id, o.name AS organisation_name, v.title, v.description, v.category, v.kind, v.setting,
                v.capacity, v.group_min, v.group_max, v.min_age, v.expected_hours, v.starts_on, v.ends_on, v.street,
                v.postcode, v.city, v.lat, v.lon, v.supervisor_name, v.supervisor_email, v.supervisor_phone, v.status,
                v.tasks, v.works_with_children, v.expert_supervision,
                (SELECT COUNT(*) FROM placements p WHERE p.vacancy_id = v.id AND p.status IN ({})) AS taken,
                (SELECT COUNT(*) FROM placements p WHERE p.vacancy_id = v.id AND p.status = 'proposed') AS waiting,
                v.created_at, v.updated_at
         FROM vacancies v JOIN organisations o ON o.id = v.organisation_id",
        holding()
    )
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn vacancy(db: impl Into<Conn<'_>>, id: VacancyId) -> sqlx::Result<Option<Vacancy>> {
    let sql = format!("{} WHERE v.id = $1", vacancy_select());
    with_conn!(db, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)
}

/// The vacancy with its row locked until the transaction ends (PostgreSQL; SQLite's write lock
/// holds already): a change decides on what it read.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn vacancy_for_update(tx: &Tx, id: VacancyId) -> sqlx::Result<Option<Vacancy>> {
    let lock = match tx.backend() {
        crate::db::Backend::Postgres => "FOR UPDATE OF v",
        crate::db::Backend::Sqlite => "",
    };
    let sql = format!("{} WHERE v.id = $1 {lock}", vacancy_select());
    with_conn!(tx, c => sqlx::query_as(&sql).bind(id).fetch_optional(&mut *c).await)
}

#[derive(FromRow)]
struct SlotRow {
    on_date: Option<Date>,
    weekday: Option<i32>,
    starts_at: Time,
    ends_at: Time,
}

impl SlotRow {
    fn slot(self) -> Slot {
        Slot {
            date: self.on_date,
            weekday: self.weekday.and_then(|w| u8::try_from(w).ok()),
            start: self.starts_at,
            end: self.ends_at,
        }
    }
}

/// The vacancies of a matching round, with their time slots, in three queries whatever the
/// round's size.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn of_round(db: impl Into<Conn<'_>>, round: crate::ids::RoundId) -> sqlx::Result<Vec<(Vacancy, Vec<Slot>)>> {
    const IN_ROUND: &str = "(SELECT vacancy_id FROM round_vacancies WHERE round_id = $1)";
    let sql = format!("{} WHERE v.id IN {IN_ROUND} ORDER BY v.id", vacancy_select());
    let slot_sql = format!(
        "SELECT vacancy_id, on_date, weekday, starts_at, ends_at FROM vacancy_slots WHERE vacancy_id IN {IN_ROUND}
         ORDER BY on_date, weekday, starts_at"
    );
    let (list, slots) = with_conn!(db, p => {
        let list: Vec<Vacancy> = sqlx::query_as(&sql).bind(round).fetch_all(&mut *p).await?;
        let slots: Vec<(VacancyId, SlotRow)> = sqlx::query_as::<_, SlotOf>(&slot_sql).bind(round).fetch_all(&mut *p).await?
            .into_iter().map(|s| (s.vacancy_id, s.row)).collect();
        Ok::<_, sqlx::Error>((list, slots))
    })?;
    let mut by_vacancy: std::collections::HashMap<VacancyId, Vec<Slot>> = std::collections::HashMap::new();
    for (v, row) in slots {
        by_vacancy.entry(v).or_default().push(row.slot());
    }
    Ok(list
        .into_iter()
        .map(|v| {
            let s = by_vacancy.remove(&v.id).unwrap_or_default();
            (v, s)
        })
        .collect())
}

#[derive(FromRow)]
struct SlotOf {
    vacancy_id: VacancyId,
    #[sqlx(flatten)]
    row: SlotRow,
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn slots(db: impl Into<Conn<'_>>, id: VacancyId) -> sqlx::Result<Vec<Slot>> {
    let rows: Vec<SlotRow> = with_conn!(db, p => sqlx::query_as(
        "SELECT on_date, weekday, starts_at, ends_at FROM vacancy_slots WHERE vacancy_id = $1
         ORDER BY on_date, weekday, starts_at")
        .bind(id).fetch_all(p).await)?;
    Ok(rows.into_iter().map(SlotRow::slot).collect())
}

/// The schools a vacancy is restricted to (empty: open to every school).
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn schools(db: impl Into<Conn<'_>>, id: VacancyId) -> sqlx::Result<Vec<(SchoolId, String)>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT s.id, s.name FROM vacancy_schools vs JOIN schools s ON s.id = vs.school_id WHERE vs.vacancy_id = $1 ORDER BY s.name")
        .bind(id).fetch_all(p).await)
}

fn search_text(v: &VacancyInput, organisation: &str) -> String {
    v.search_text(organisation)
}

#[tracing::instrument(level = "debug", skip_all, fields(organisation = %organisation, by = %by))]
pub async fn create(
    db: impl Into<Conn<'_>>,
    organisation: OrganisationId,
    org_name: &str,
    v: &VacancyInput,
    by: UserId,
) -> sqlx::Result<VacancyId> {
    let db: Conn<'_> = db.into();
    let id = VacancyId::new();
    let t = db.now();
    let at = locate(v.postcode.as_ref());
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        sqlx::query(
            "INSERT INTO vacancies (id, organisation_id, title, description, category, kind, setting, capacity, group_min,
                group_max, min_age, expected_hours, starts_on, ends_on, street, postcode, city, lat, lon, supervisor_name,
                supervisor_email, supervisor_phone, status, search_text, created_by, created_at, updated_at, tasks,
                works_with_children, expert_supervision)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
                'draft', $23, $24, $25, $25, $26, $27, $28)")
            .bind(id).bind(organisation).bind(&v.title).bind(&v.description).bind(&v.category).bind(v.kind.code())
            .bind(v.setting.code()).bind(v.capacity).bind(v.group_min).bind(v.group_max).bind(v.min_age)
            .bind(v.expected_hours).bind(v.starts_on).bind(v.ends_on).bind(&v.street)
            .bind(v.postcode.as_ref().map(|p| p.as_str()).unwrap_or("")).bind(&v.city).bind(at.map(|a| a.lat))
            .bind(at.map(|a| a.lon)).bind(&v.supervisor_name)
            .bind(v.supervisor_email.as_ref().map(|e| e.as_str()).unwrap_or("")).bind(&v.supervisor_phone)
            .bind(search_text(v, org_name)).bind(by).bind(t).bind(v.tasks_code()).bind(v.works_with_children)
            .bind(v.expert_supervision)
            .execute(&mut *tx).await?;
        for s in &v.slots {
            sqlx::query("INSERT INTO vacancy_slots (id, vacancy_id, on_date, weekday, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(uuid::Uuid::now_v7()).bind(id).bind(s.date).bind(s.weekday.map(i32::from)).bind(s.start).bind(s.end)
                .execute(&mut *tx).await?;
        }
        for school in &v.schools {
            sqlx::query("INSERT INTO vacancy_schools (vacancy_id, school_id) VALUES ($1, $2)")
                .bind(id).bind(*school).execute(&mut *tx).await?;
        }
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(id)
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn update(db: impl Into<Conn<'_>>, id: VacancyId, org_name: &str, v: &VacancyInput) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let at = locate(v.postcode.as_ref());
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        sqlx::query(
            "UPDATE vacancies SET title = $1, description = $2, category = $3, kind = $4, setting = $5, capacity = $6,
                group_min = $7, group_max = $8, min_age = $9, expected_hours = $10, starts_on = $11, ends_on = $12,
                street = $13, postcode = $14, city = $15, lat = $16, lon = $17, supervisor_name = $18,
                supervisor_email = $19, supervisor_phone = $20, search_text = $21, updated_at = $22, tasks = $24,
                works_with_children = $25, expert_supervision = $26
             WHERE id = $23")
            .bind(&v.title).bind(&v.description).bind(&v.category).bind(v.kind.code()).bind(v.setting.code())
            .bind(v.capacity).bind(v.group_min).bind(v.group_max).bind(v.min_age).bind(v.expected_hours)
            .bind(v.starts_on).bind(v.ends_on).bind(&v.street).bind(v.postcode.as_ref().map(|p| p.as_str()).unwrap_or(""))
            .bind(&v.city).bind(at.map(|a| a.lat)).bind(at.map(|a| a.lon)).bind(&v.supervisor_name)
            .bind(v.supervisor_email.as_ref().map(|e| e.as_str()).unwrap_or("")).bind(&v.supervisor_phone)
            .bind(search_text(v, org_name)).bind(db.now()).bind(id).bind(v.tasks_code()).bind(v.works_with_children)
            .bind(v.expert_supervision)
            .execute(&mut *tx).await?;
        sqlx::query("DELETE FROM vacancy_slots WHERE vacancy_id = $1").bind(id).execute(&mut *tx).await?;
        for s in &v.slots {
            sqlx::query("INSERT INTO vacancy_slots (id, vacancy_id, on_date, weekday, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(uuid::Uuid::now_v7()).bind(id).bind(s.date).bind(s.weekday.map(i32::from)).bind(s.start).bind(s.end)
                .execute(&mut *tx).await?;
        }
        sqlx::query("DELETE FROM vacancy_schools WHERE vacancy_id = $1").bind(id).execute(&mut *tx).await?;
        for school in &v.schools {
            sqlx::query("INSERT INTO vacancy_schools (vacancy_id, school_id) VALUES ($1, $2)")
                .bind(id).bind(*school).execute(&mut *tx).await?;
        }
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn set_status(db: impl Into<Conn<'_>>, id: VacancyId, status: VacancyStatus) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    with_conn!(db, p => sqlx::query("UPDATE vacancies SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(status).bind(db.now()).bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// A pupil looking for a place: what decides which vacancies are open to her.
#[derive(Clone, Debug)]
pub struct Seeker {
    pub school: SchoolId,
    pub birth: Option<Date>,
    pub home: Option<Point>,
}

/// A pupil's school, date of birth and home coordinates.
type SeekerRow = (SchoolId, Option<Date>, Option<f64>, Option<f64>);

/// What decides which vacancies are open to a pupil: her school, age and home.
#[tracing::instrument(level = "debug", skip_all, fields(pupil = %pupil))]
pub async fn seeker(db: impl Into<Conn<'_>>, pupil: crate::ids::PupilId) -> sqlx::Result<Option<Seeker>> {
    let row: Option<SeekerRow> = with_conn!(db, c => sqlx::query_as(
        "SELECT school_id, date_of_birth, lat, lon FROM pupils WHERE id = $1 AND archived_at IS NULL")
        .bind(pupil).fetch_optional(&mut *c).await)?;
    Ok(row.map(|(school, birth, lat, lon)| Seeker {
        school,
        birth,
        home: lat.zip(lon).map(|(lat, lon)| Point { lat, lon }),
    }))
}

/// The search of a pupil (or of staff looking as one).
#[derive(Clone, Debug, Default)]
pub struct Search {
    pub text: Option<String>,
    pub category: Option<String>,
    pub kind: Option<String>,
    pub max_km: Option<f64>,
    pub from: Option<Date>,
    pub until: Option<Date>,
    pub max_hours: Option<i32>,
    /// Only the vacancies of this matching round.
    pub round: Option<crate::ids::RoundId>,
}

/// A search hit with its distance from home.
#[derive(Clone, Debug, FromRow)]
pub struct Hit {
    pub id: VacancyId,
    pub organisation_name: String,
    pub title: String,
    pub category: String,
    pub kind: String,
    pub setting: String,
    pub capacity: i32,
    pub expected_hours: i32,
    pub starts_on: Date,
    pub ends_on: Date,
    pub city: String,
    pub taken: i64,
    /// Squared distance in km², for sorting; `None` without coordinates.
    pub d2: Option<f64>,
}

impl Hit {
    pub fn km(&self) -> Option<f64> {
        self.d2.map(f64::sqrt)
    }

    pub fn free(&self) -> i64 {
        (i64::from(self.capacity) - self.taken).max(0)
    }
}

/// Kilometres per degree of latitude; a degree of longitude is this times cos(latitude).
const KM_PER_DEGREE: f64 = 111.2;

/// Pushes the conditions that make a vacancy open to `seeker` on `today` and match her search
/// `s`: shared by the count, the page and [`open_to`].
fn push_search_where<'a, DB: Database>(qb: &mut QueryBuilder<'a, DB>, seeker: &Seeker, s: &Search, today: Date)
where
    Date: Encode<'a, DB> + Type<DB>,
    Uuid: Encode<'a, DB> + Type<DB>,
    String: Encode<'a, DB> + Type<DB>,
    i32: Encode<'a, DB> + Type<DB>,
    f64: Encode<'a, DB> + Type<DB>,
{
    qb.push(" WHERE v.status = 'open'");
    // Not over yet, and running on or after the start of her period if she gave one: one bound.
    qb.push(" AND v.ends_on >= ").push_bind(s.from.map_or(today, |from| from.max(today)));
    // Open to her school: no restriction, or hers among them. `restricted` caches whether
    // vacancy_schools has rows for the vacancy (kept by triggers, migration 0005), so only
    // restricted vacancies cost a look-up.
    qb.push(" AND (NOT v.restricted OR EXISTS (SELECT 1 FROM vacancy_schools vs WHERE vs.vacancy_id = v.id AND vs.school_id = ");
    qb.push_bind(seeker.school).push("))");
    // Old enough on the day she would begin (the start, or today if it started already): the
    // date she reaches each possible minimum age, picked by the vacancy's minimum.
    match seeker.birth {
        Some(birth) => {
            qb.push(" AND (CASE v.min_age");
            for age in 12..=18 {
                qb.push(" WHEN ").push(age).push(" THEN ").push_bind(birthday(birth, age));
            }
            qb.push(" ELSE ").push_bind(birthday(birth, 18)).push(" END)");
            qb.push(" <= (CASE WHEN v.starts_on > ").push_bind(today);
            qb.push(" THEN v.starts_on ELSE ").push_bind(today).push(" END)");
        }
        // Without a date of birth only what is open to the youngest pupils.
        None => {
            qb.push(" AND v.min_age <= 12");
        }
    }
    if let Some(text) = &s.text {
        qb.push(" AND v.search_text LIKE ").push_bind(contains_pattern(text)).push(" ESCAPE '\\'");
    }
    if let Some(c) = &s.category {
        qb.push(" AND v.category = ").push_bind(c.clone());
    }
    if let Some(k) = &s.kind {
        qb.push(" AND v.kind = ").push_bind(k.clone());
    }
    if let Some(until) = s.until {
        qb.push(" AND v.starts_on <= ").push_bind(until);
    }
    if let Some(h) = s.max_hours {
        qb.push(" AND v.expected_hours <= ").push_bind(h);
    }
    if let Some(r) = s.round {
        qb.push(" AND EXISTS (SELECT 1 FROM round_vacancies rv WHERE rv.vacancy_id = v.id AND rv.round_id = ");
        qb.push_bind(r).push(")");
    }
    if let (Some(home), Some(km)) = (seeker.home, s.max_km) {
        qb.push(" AND v.lat IS NOT NULL AND ");
        push_d2(qb, Some(home));
        qb.push(" <= ").push_bind(km * km);
    }
}

/// Pushes the squared distance of a vacancy from `home` (`NULL` without a home), on a local
/// flat projection: exact enough within a city, and it sorts the same as the true distance.
/// Square roots are taken in Rust for display.
fn push_d2<'a, DB: Database>(qb: &mut QueryBuilder<'a, DB>, home: Option<Point>)
where
    f64: Encode<'a, DB> + Type<DB>,
{
    let Some(home) = home else {
        qb.push("NULL");
        return;
    };
    let k = KM_PER_DEGREE * home.lat.to_radians().cos();
    qb.push("((v.lat - ").push_bind(home.lat).push(") * ").push(KM_PER_DEGREE).push(")");
    qb.push(" * ((v.lat - ").push_bind(home.lat).push(") * ").push(KM_PER_DEGREE).push(")");
    qb.push(" + ((v.lon - ").push_bind(home.lon).push(") * ").push_bind(k).push(")");
    qb.push(" * ((v.lon - ").push_bind(home.lon).push(") * ").push_bind(k).push(")");
}

/// The day `birth` turns `age` (29 February counts from 1 March in other years).
fn birthday(birth: Date, age: i32) -> Date {
    let year = birth.year() + age;
    Date::from_calendar_date(year, birth.month(), birth.day())
        .or_else(|_| Date::from_calendar_date(year, time::Month::March, 1))
        .unwrap_or(birth)
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn count_search(db: impl Into<Conn<'_>>, seeker: &Seeker, s: &Search, today: Date) -> sqlx::Result<i64> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new("SELECT COUNT(*) FROM vacancies v");
        push_search_where(&mut qb, seeker, s, today);
        qb.build_query_scalar().fetch_one(&mut *c).await
    })
}

/// A hit with the number of all hits, counted in the same pass.
#[derive(FromRow)]
struct CountedHit {
    #[sqlx(flatten)]
    hit: Hit,
    total: i64,
}

/// One page of the vacancies open to a pupil and how many there are in all: one pass over the
/// matching vacancies instead of two (a count, then the page), which halves the database's work
/// per search. A page past the end has no row to carry the count, so it is counted apart.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn search_counted(
    db: impl Into<Conn<'_>>,
    seeker: &Seeker,
    s: &Search,
    today: Date,
    limit: i64,
    offset: i64,
) -> sqlx::Result<(i64, Vec<Hit>)> {
    let db: Conn<'_> = db.into();
    let rows: Vec<CountedHit> = with_conn!(db, c => {
        let mut qb = QueryBuilder::new("");
        push_search_page(&mut qb, seeker, s, today, true, limit, offset);
        qb.build_query_as().fetch_all(&mut *c).await
    })?;
    match rows.first() {
        Some(first) => Ok((first.total, rows.into_iter().map(|r| r.hit).collect())),
        None if offset == 0 => Ok((0, Vec::new())),
        None => Ok((count_search(db, seeker, s, today).await?, Vec::new())),
    }
}

/// The page `requested` (from 1) of a pupil's search, `per_page` long, and how many match in
/// all; asked past the end, the last page. The hits and their count come from one query.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn search_page(
    db: impl Into<Conn<'_>>,
    seeker: &Seeker,
    s: &Search,
    today: Date,
    requested: Option<i64>,
    per_page: i64,
) -> sqlx::Result<(i64, Vec<Hit>)> {
    let db: Conn<'_> = db.into();
    let page = requested.unwrap_or(1).max(1);
    let offset = (page - 1).saturating_mul(per_page);
    let (total, hits) = search_counted(db, seeker, s, today, per_page, offset).await?;
    let last = ((total + per_page - 1) / per_page).max(1);
    if page <= last {
        return Ok((total, hits));
    }
    Ok((total, search(db, seeker, s, today, per_page, (last - 1) * per_page).await?))
}

/// One page of the vacancies open to a pupil, nearest first (then by start date).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn search(
    db: impl Into<Conn<'_>>,
    seeker: &Seeker,
    s: &Search,
    today: Date,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<Hit>> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new("");
        push_search_page(&mut qb, seeker, s, today, false, limit, offset);
        qb.build_query_as().fetch_all(&mut *c).await
    })
}

/// Pushes the query of a search page: `limit` hits from `offset`, with `total` (all matches, by
/// a window over the rows before the limit) when `counted`.
fn push_search_page<'a, DB: Database>(
    qb: &mut QueryBuilder<'a, DB>,
    seeker: &Seeker,
    s: &Search,
    today: Date,
    counted: bool,
    limit: i64,
    offset: i64,
) where
    Date: Encode<'a, DB> + Type<DB>,
    Uuid: Encode<'a, DB> + Type<DB>,
    String: Encode<'a, DB> + Type<DB>,
    i32: Encode<'a, DB> + Type<DB>,
    i64: Encode<'a, DB> + Type<DB>,
    f64: Encode<'a, DB> + Type<DB>,
{
    let (inner_total, outer_total) = if counted { (", COUNT(*) OVER () AS total", ", h.total") } else { ("", "") };
    // The inner query picks the page from the columns of the `vacancies_search` index alone;
    // the organisation, the other columns and the places taken are looked up for its rows only,
    // not for every vacancy that matches. CROSS JOIN keeps SQLite from reordering the join (on
    // PostgreSQL it is a plain join).
    qb.push(format!(
        "SELECT v.id, o.name AS organisation_name, v.title, v.category, v.kind, v.setting, v.capacity, v.expected_hours,
                v.starts_on, v.ends_on, v.city,
                (SELECT COUNT(*) FROM placements p WHERE p.vacancy_id = v.id AND p.status IN ({})) AS taken,
                h.d2{outer_total}
         FROM (SELECT v.id, (CASE WHEN v.lat IS NULL THEN 1 ELSE 0 END) AS far, ",
        holding()
    ));
    push_d2(qb, seeker.home);
    qb.push(format!(
        " AS d2, v.starts_on{inner_total}
               FROM vacancies v
              "
    ));
    push_search_where(qb, seeker, s, today);
    qb.push(" ORDER BY far, d2, v.starts_on, v.id LIMIT ").push_bind(limit).push(" OFFSET ").push_bind(offset);
    qb.push(
        ") h
         CROSS JOIN vacancies v JOIN organisations o ON o.id = v.organisation_id
         WHERE v.id = h.id
         ORDER BY h.far, h.d2, h.starts_on, h.id",
    );
}

/// Whether a particular vacancy is open to a pupil (the same rules as the search).
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn open_to(db: impl Into<Conn<'_>>, id: VacancyId, seeker: &Seeker, today: Date) -> sqlx::Result<bool> {
    let n: i64 = with_conn!(db, c => {
        let mut qb = QueryBuilder::new("SELECT COUNT(*) FROM vacancies v");
        push_search_where(&mut qb, seeker, &Search::default(), today);
        qb.push(" AND v.id = ").push_bind(id);
        qb.build_query_scalar().fetch_one(&mut *c).await
    })?;
    Ok(n == 1)
}

/// The list staff manage: vacancies of the organisations in scope, any status.
#[derive(Clone, Debug, Default)]
pub struct Manage {
    pub text: Option<String>,
    pub status: Option<VacancyStatus>,
    pub organisation: Option<OrganisationId>,
    pub kind: Option<Kind>,
    /// A sector code (`SECTORS`).
    pub category: Option<String>,
}

/// Pushes the conditions of the list staff manage: the organisations in scope and the filter.
fn push_manage_where<'a, DB: Database>(qb: &mut QueryBuilder<'a, DB>, scope: &SqlScope, m: &Manage)
where
    Uuid: Encode<'a, DB> + Type<DB>,
    String: Encode<'a, DB> + Type<DB>,
    &'a str: Encode<'a, DB> + Type<DB>,
{
    qb.push(" WHERE ");
    scope.push(qb, "v.organisation_id");
    if let Some(t) = &m.text {
        qb.push(" AND v.search_text LIKE ").push_bind(contains_pattern(t)).push(" ESCAPE '\\'");
    }
    if let Some(o) = m.organisation {
        qb.push(" AND v.organisation_id = ").push_bind(o);
    }
    if let Some(k) = m.kind {
        qb.push(" AND v.kind = ").push_bind(k.code());
    }
    if let Some(c) = &m.category {
        qb.push(" AND v.category = ").push_bind(c.clone());
    }
    // Archived vacancies only when asked for.
    match m.status {
        Some(s) => qb.push(" AND v.status = ").push_bind(s.code()),
        None => qb.push(" AND v.status <> 'archived'"),
    };
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn count_managed(db: impl Into<Conn<'_>>, scope: &SqlScope, m: &Manage) -> sqlx::Result<i64> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new("SELECT COUNT(*) FROM vacancies v");
        push_manage_where(&mut qb, scope, m);
        qb.build_query_scalar().fetch_one(&mut *c).await
    })
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn list_managed(
    db: impl Into<Conn<'_>>,
    scope: &SqlScope,
    m: &Manage,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<Vacancy>> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new(vacancy_select());
        push_manage_where(&mut qb, scope, m);
        qb.push(
            " ORDER BY (CASE v.status WHEN 'open' THEN 0 WHEN 'draft' THEN 1 WHEN 'closed' THEN 2 ELSE 3 END),
            v.starts_on, v.title, v.id LIMIT ",
        );
        qb.push_bind(limit).push(" OFFSET ").push_bind(offset);
        qb.build_query_as().fetch_all(&mut *c).await
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_search_page_is_picked_in_an_inner_query_then_joined() {
        let seeker = Seeker {
            school: SchoolId::new(),
            birth: Some(date!(2011 - 02 - 28)),
            home: Some(Point { lat: 52.37, lon: 4.89 }),
        };
        let s = Search { text: Some("bakker".into()), max_km: Some(5.0), ..Search::default() };
        let mut qb = QueryBuilder::<sqlx::Postgres>::new("");
        push_search_page(&mut qb, &seeker, &s, date!(2026 - 01 - 01), true, 10, 20);
        let sql = qb.sql();
        assert!(sql.contains("FROM (SELECT v.id, (CASE WHEN v.lat IS NULL THEN 1 ELSE 0 END) AS far, ((v.lat - $1)"));
        // The distance is bound twice (selected and compared); the limit and offset come last.
        assert!(sql.contains("v.lat IS NOT NULL AND ((v.lat - $20) * 111.2)"), "{sql}");
        assert!(sql.contains("ORDER BY far, d2, v.starts_on, v.id LIMIT $27 OFFSET $28) h"), "{sql}");
        assert!(sql.contains("CROSS JOIN vacancies v JOIN organisations o ON o.id = v.organisation_id"));
        assert!(sql.ends_with("ORDER BY h.far, h.d2, h.starts_on, h.id"));
    }

    #[test]
    fn birthdays_on_leap_days_fall_on_the_first_of_march() {
        assert_eq!(birthday(date!(2012 - 02 - 29), 13), date!(2025 - 03 - 01));
        assert_eq!(birthday(date!(2012 - 02 - 29), 16), date!(2028 - 02 - 29));
        assert_eq!(birthday(date!(2012 - 05 - 10), 14), date!(2026 - 05 - 10));
    }
}
