//! Vacancies: saving them with their time slots and school restrictions, and finding them.

use sqlx::FromRow;
use time::{Date, OffsetDateTime, Time};

use crate::db::{Conn, SqlScope, Tx};
use crate::directory::model::locate;
use crate::directory::store::{Params, contains_pattern};
use crate::geo::Point;
use crate::ids::{OrganisationId, SchoolId, UserId, VacancyId};
use crate::placements::model::{Slot, Status, VacancyInput, VacancyStatus};
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

pub async fn vacancy(db: impl Into<Conn<'_>>, id: VacancyId) -> sqlx::Result<Option<Vacancy>> {
    let sql = format!("{} WHERE v.id = $1", vacancy_select());
    with_conn!(db, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)
}

/// The vacancy with its row locked until the transaction ends (PostgreSQL; SQLite's write lock
/// holds already): a change decides on what it read.
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

pub async fn slots(db: impl Into<Conn<'_>>, id: VacancyId) -> sqlx::Result<Vec<Slot>> {
    let rows: Vec<SlotRow> = with_conn!(db, p => sqlx::query_as(
        "SELECT on_date, weekday, starts_at, ends_at FROM vacancy_slots WHERE vacancy_id = $1
         ORDER BY on_date, weekday, starts_at")
        .bind(id).fetch_all(p).await)?;
    Ok(rows.into_iter().map(SlotRow::slot).collect())
}

/// The schools a vacancy is restricted to (empty: open to every school).
pub async fn schools(db: impl Into<Conn<'_>>, id: VacancyId) -> sqlx::Result<Vec<(SchoolId, String)>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT s.id, s.name FROM vacancy_schools vs JOIN schools s ON s.id = vs.school_id WHERE vs.vacancy_id = $1 ORDER BY s.name")
        .bind(id).fetch_all(p).await)
}

fn search_text(v: &VacancyInput, organisation: &str) -> String {
    v.search_text(organisation)
}

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

/// Builds the WHERE clause of a pupil's search and its bind values, shared by count and list.
struct SearchSql {
    wher: String,
    d2: String,
    binds: Vec<Bind>,
}

enum Bind {
    Date(Date),
    Text(String),
    Int(i32),
    Real(f64),
    Id(SchoolId),
    Round(crate::ids::RoundId),
}

fn search_sql(seeker: &Seeker, s: &Search, today: Date) -> SearchSql {
    let mut params = Params::default();
    let mut binds = Vec::new();
    let mut conds = vec!["v.status = 'open'".to_string()];
    // Not over yet, and running on or after the start of her period if she gave one: one bound.
    let e = params.next();
    binds.push(Bind::Date(s.from.map_or(today, |from| from.max(today))));
    conds.push(format!("v.ends_on >= ${e}"));
    // Open to her school: no restriction, or hers among them. `restricted` caches whether
    // vacancy_schools has rows for the vacancy (kept by triggers, migration 0005), so only
    // restricted vacancies cost a look-up.
    let sch = params.next();
    binds.push(Bind::Id(seeker.school));
    conds.push(format!(
        "(NOT v.restricted OR EXISTS (SELECT 1 FROM vacancy_schools vs WHERE vs.vacancy_id = v.id AND vs.school_id = ${sch}))"
    ));
    // Old enough on the day she would begin (the start, or today if it started already): the
    // date she reaches each possible minimum age, picked by the vacancy's minimum.
    match seeker.birth {
        Some(birth) => {
            let t = params.next();
            binds.push(Bind::Date(today));
            let mut case = String::from("(CASE v.min_age");
            for age in 12..=18 {
                let i = params.next();
                binds.push(Bind::Date(birthday(birth, age)));
                case.push_str(&format!(" WHEN {age} THEN ${i}"));
            }
            let i = params.next();
            binds.push(Bind::Date(birthday(birth, 18)));
            case.push_str(&format!(" ELSE ${i} END)"));
            conds.push(format!("{case} <= (CASE WHEN v.starts_on > ${t} THEN v.starts_on ELSE ${t} END)"));
        }
        // Without a date of birth only what is open to the youngest pupils.
        None => conds.push("v.min_age <= 12".into()),
    }
    if let Some(text) = &s.text {
        let i = params.next();
        binds.push(Bind::Text(contains_pattern(text)));
        conds.push(format!("v.search_text LIKE ${i} ESCAPE '\\'"));
    }
    if let Some(c) = &s.category {
        let i = params.next();
        binds.push(Bind::Text(c.clone()));
        conds.push(format!("v.category = ${i}"));
    }
    if let Some(k) = &s.kind {
        let i = params.next();
        binds.push(Bind::Text(k.clone()));
        conds.push(format!("v.kind = ${i}"));
    }
    if let Some(until) = s.until {
        let i = params.next();
        binds.push(Bind::Date(until));
        conds.push(format!("v.starts_on <= ${i}"));
    }
    if let Some(h) = s.max_hours {
        let i = params.next();
        binds.push(Bind::Int(h));
        conds.push(format!("v.expected_hours <= ${i}"));
    }
    if let Some(r) = s.round {
        let i = params.next();
        binds.push(Bind::Round(r));
        conds.push(format!(
            "EXISTS (SELECT 1 FROM round_vacancies rv WHERE rv.vacancy_id = v.id AND rv.round_id = ${i})"
        ));
    }
    // Squared distance on a local flat projection: exact enough within a city, and it sorts the
    // same as the true distance. Square roots are taken in Rust for display.
    let d2 = match seeker.home {
        Some(home) => {
            let (la, lo, k) = (params.next(), params.next(), params.next());
            binds.push(Bind::Real(home.lat));
            binds.push(Bind::Real(home.lon));
            binds.push(Bind::Real(KM_PER_DEGREE * home.lat.to_radians().cos()));
            let d2 = format!(
                "((v.lat - ${la}) * {KM_PER_DEGREE}) * ((v.lat - ${la}) * {KM_PER_DEGREE}) + ((v.lon - ${lo}) * ${k}) * ((v.lon - ${lo}) * ${k})"
            );
            if let Some(km) = s.max_km {
                let i = params.next();
                binds.push(Bind::Real(km * km));
                conds.push(format!("v.lat IS NOT NULL AND {d2} <= ${i}"));
            }
            d2
        }
        None => "NULL".to_string(),
    };
    SearchSql { wher: conds.join(" AND "), d2, binds }
}

/// The day `birth` turns `age` (29 February counts from 1 March in other years).
fn birthday(birth: Date, age: i32) -> Date {
    let year = birth.year() + age;
    Date::from_calendar_date(year, birth.month(), birth.day())
        .or_else(|_| Date::from_calendar_date(year, time::Month::March, 1))
        .unwrap_or(birth)
}

macro_rules! bind_all {
    ($q:expr, $binds:expr) => {{
        let mut q = $q;
        for b in $binds {
            q = match b {
                Bind::Date(d) => q.bind(*d),
                Bind::Text(t) => q.bind(t.as_str()),
                Bind::Int(i) => q.bind(*i),
                Bind::Real(r) => q.bind(*r),
                Bind::Id(i) => q.bind(*i),
                Bind::Round(r) => q.bind(*r),
            };
        }
        q
    }};
}

pub async fn count_search(db: impl Into<Conn<'_>>, seeker: &Seeker, s: &Search, today: Date) -> sqlx::Result<i64> {
    let q = search_sql(seeker, s, today);
    let sql = format!("SELECT COUNT(*) FROM vacancies v WHERE {}", q.wher);
    with_conn!(db, p => bind_all!(sqlx::query_scalar::<_, i64>(&sql), &q.binds).fetch_one(p).await)
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
pub async fn search_counted(
    db: impl Into<Conn<'_>>,
    seeker: &Seeker,
    s: &Search,
    today: Date,
    limit: i64,
    offset: i64,
) -> sqlx::Result<(i64, Vec<Hit>)> {
    let db: Conn<'_> = db.into();
    let q = search_sql(seeker, s, today);
    let sql = search_page_sql(&q, true);
    let rows: Vec<CountedHit> = with_conn!(db, p => bind_all!(sqlx::query_as::<_, CountedHit>(&sql), &q.binds).bind(limit).bind(offset).fetch_all(p).await)?;
    match rows.first() {
        Some(first) => Ok((first.total, rows.into_iter().map(|r| r.hit).collect())),
        None if offset == 0 => Ok((0, Vec::new())),
        None => Ok((count_search(db, seeker, s, today).await?, Vec::new())),
    }
}

/// The page `requested` (from 1) of a pupil's search, `per_page` long, and how many match in
/// all; asked past the end, the last page. The hits and their count come from one query.
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
pub async fn search(
    db: impl Into<Conn<'_>>,
    seeker: &Seeker,
    s: &Search,
    today: Date,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<Hit>> {
    let q = search_sql(seeker, s, today);
    let sql = search_page_sql(&q, false);
    with_conn!(db, p => bind_all!(sqlx::query_as::<_, Hit>(&sql), &q.binds).bind(limit).bind(offset).fetch_all(p).await)
}

/// The SQL of a search page (binds: the search's, then limit and offset), with `total` (all
/// matches, by a window over the rows before the limit) when `counted`.
fn search_page_sql(q: &SearchSql, counted: bool) -> String {
    let n = q.binds.len();
    let (inner_total, outer_total) = if counted { (", COUNT(*) OVER () AS total", ", h.total") } else { ("", "") };
    // The inner query picks the page from the columns of the `vacancies_search` index alone;
    // the organisation, the other columns and the places taken are looked up for its rows only,
    // not for every vacancy that matches. CROSS JOIN keeps SQLite from reordering the join (on
    // PostgreSQL it is a plain join).
    format!(
        "SELECT v.id, o.name AS organisation_name, v.title, v.category, v.kind, v.setting, v.capacity, v.expected_hours,
                v.starts_on, v.ends_on, v.city,
                (SELECT COUNT(*) FROM placements p WHERE p.vacancy_id = v.id AND p.status IN ({})) AS taken,
                h.d2{outer_total}
         FROM (SELECT v.id, (CASE WHEN v.lat IS NULL THEN 1 ELSE 0 END) AS far, {} AS d2, v.starts_on{inner_total}
               FROM vacancies v
               WHERE {} ORDER BY far, d2, v.starts_on, v.id LIMIT ${} OFFSET ${}) h
         CROSS JOIN vacancies v JOIN organisations o ON o.id = v.organisation_id
         WHERE v.id = h.id
         ORDER BY h.far, h.d2, h.starts_on, h.id",
        holding(),
        q.d2,
        q.wher,
        n + 1,
        n + 2
    )
}

/// Whether a particular vacancy is open to a pupil (the same rules as the search).
pub async fn open_to(db: impl Into<Conn<'_>>, id: VacancyId, seeker: &Seeker, today: Date) -> sqlx::Result<bool> {
    let q = search_sql(seeker, &Search::default(), today);
    let n = q.binds.len();
    let sql = format!("SELECT COUNT(*) FROM vacancies v WHERE {} AND v.id = ${}", q.wher, n + 1);
    let c: i64 =
        with_conn!(db, p => bind_all!(sqlx::query_scalar::<_, i64>(&sql), &q.binds).bind(id).fetch_one(p).await)?;
    Ok(c == 1)
}

/// The list staff manage: vacancies of the organisations in scope, any status.
#[derive(Clone, Debug, Default)]
pub struct Manage {
    pub text: Option<String>,
    pub status: Option<VacancyStatus>,
    pub organisation: Option<OrganisationId>,
}

fn manage_sql(scope: &SqlScope, m: &Manage) -> (String, Vec<Bind>, Vec<uuid::Uuid>) {
    let mut params = Params::default();
    let (scope_sql, ids) = scope.fragment(
        "v.organisation_id",
        params.take(match scope {
            SqlScope::All => 0,
            SqlScope::Only(ids) => ids.len(),
        }),
    );
    let mut conds = vec![scope_sql];
    let mut binds = Vec::new();
    if let Some(t) = &m.text {
        let i = params.next();
        binds.push(Bind::Text(contains_pattern(t)));
        conds.push(format!("v.search_text LIKE ${i} ESCAPE '\\'"));
    }
    match &m.status {
        Some(s) => {
            let i = params.next();
            binds.push(Bind::Text(s.code().to_string()));
            conds.push(format!("v.status = ${i}"));
        }
        None => conds.push("v.status <> 'archived'".into()),
    }
    if let Some(o) = m.organisation {
        let i = params.next();
        binds.push(Bind::Text(o.to_string()));
        // Compared as an id below, bound as text only to keep one Bind list.
        conds.pop();
        binds.pop();
        conds.push(format!("v.organisation_id = ${i}"));
    }
    (conds.join(" AND "), binds, ids)
}

pub async fn count_managed(db: impl Into<Conn<'_>>, scope: &SqlScope, m: &Manage) -> sqlx::Result<i64> {
    let (wher, binds, ids) = manage_sql(scope, m);
    let sql = format!("SELECT COUNT(*) FROM vacancies v WHERE {wher}");
    with_conn!(db, p => {
        let mut q = sqlx::query_scalar::<_, i64>(&sql);
        for id in &ids { q = q.bind(*id); }
        let mut q = bind_all!(q, &binds);
        if let Some(o) = m.organisation { q = q.bind(o); }
        q.fetch_one(&mut *p).await
    })
}

pub async fn list_managed(
    db: impl Into<Conn<'_>>,
    scope: &SqlScope,
    m: &Manage,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<Vacancy>> {
    let (wher, binds, ids) = manage_sql(scope, m);
    let extra = ids.len() + binds.len() + usize::from(m.organisation.is_some());
    let sql = format!(
        "{} WHERE {wher} ORDER BY (CASE v.status WHEN 'open' THEN 0 WHEN 'draft' THEN 1 WHEN 'closed' THEN 2 ELSE 3 END),
            v.starts_on, v.title, v.id LIMIT ${} OFFSET ${}",
        vacancy_select(),
        extra + 1,
        extra + 2
    );
    with_conn!(db, p => {
        let mut q = sqlx::query_as::<_, Vacancy>(&sql);
        for id in &ids { q = q.bind(*id); }
        let mut q = bind_all!(q, &binds);
        if let Some(o) = m.organisation { q = q.bind(o); }
        q.bind(limit).bind(offset).fetch_all(&mut *p).await
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn birthdays_on_leap_days_fall_on_the_first_of_march() {
        assert_eq!(birthday(date!(2012 - 02 - 29), 13), date!(2025 - 03 - 01));
        assert_eq!(birthday(date!(2012 - 02 - 29), 16), date!(2028 - 02 - 29));
        assert_eq!(birthday(date!(2012 - 05 - 10), 14), date!(2026 - 05 - 10));
    }
}
