//! Schools and their meeting points.

use sqlx::{Database, Encode, FromRow, QueryBuilder, Type};
use time::OffsetDateTime;

use super::{SaveError, contains_pattern};
use crate::db::Conn;
use crate::directory::model::{SchoolInput, locate};
use crate::ids::{MeetingPointId, SchoolId};
use crate::with_conn;

#[derive(Clone, Debug, FromRow)]
pub struct School {
    pub id: SchoolId,
    pub brin: String,
    pub name: String,
    pub levels: String,
    pub profiles: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub archived_at: Option<OffsetDateTime>,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

impl School {
    pub fn level_list(&self) -> Vec<&str> {
        self.levels.split(',').filter(|l| !l.is_empty()).collect()
    }
}

#[derive(Clone, Debug, FromRow)]
pub struct SchoolRow {
    pub id: SchoolId,
    pub brin: String,
    pub name: String,
    pub levels: String,
    pub city: String,
    pub pupils: i64,
    pub archived_at: Option<OffsetDateTime>,
}

#[derive(Clone, Debug, Default)]
pub struct SchoolFilter {
    pub text: Option<String>,
    pub level: Option<String>,
    pub archived: bool,
}

/// Pushes the conditions of the school list: archived or not, and the filter.
fn push_where<'a, DB: Database>(qb: &mut QueryBuilder<'a, DB>, f: &SchoolFilter)
where
    String: Encode<'a, DB> + Type<DB>,
{
    qb.push(if f.archived { " WHERE s.archived_at IS NOT NULL" } else { " WHERE s.archived_at IS NULL" });
    if let Some(t) = &f.text {
        let pattern = contains_pattern(t);
        qb.push(" AND (LOWER(s.name) LIKE ").push_bind(pattern.clone()).push(" ESCAPE '\\'");
        qb.push(" OR LOWER(s.brin) LIKE ").push_bind(pattern).push(" ESCAPE '\\')");
    }
    if let Some(l) = &f.level {
        qb.push(" AND (',' || s.levels || ',') LIKE ").push_bind(format!("%,{l},%"));
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn count_schools(db: impl Into<Conn<'_>>, f: &SchoolFilter) -> sqlx::Result<i64> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new("SELECT COUNT(*) FROM schools s");
        push_where(&mut qb, f);
        qb.build_query_scalar().fetch_one(&mut *c).await
    })
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn list_schools(
    db: impl Into<Conn<'_>>,
    f: &SchoolFilter,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<SchoolRow>> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new(
            "SELECT s.id, s.brin, s.name, s.levels, s.city, s.archived_at,
                (SELECT COUNT(*) FROM pupils p WHERE p.school_id = s.id AND p.archived_at IS NULL) AS pupils
             FROM schools s",
        );
        push_where(&mut qb, f);
        qb.push(" ORDER BY s.name, s.id LIMIT ").push_bind(limit).push(" OFFSET ").push_bind(offset);
        qb.build_query_as().fetch_all(&mut *c).await
    })
}

const SCHOOL_COLUMNS: &str =
    "id, brin, name, levels, profiles, street, postcode, city, archived_at, created_at, updated_at";

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn school(db: impl Into<Conn<'_>>, id: SchoolId) -> sqlx::Result<Option<School>> {
    let sql = format!("SELECT {SCHOOL_COLUMNS} FROM schools WHERE id = $1");
    with_conn!(db, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn school_by_brin(db: impl Into<Conn<'_>>, brin: &str) -> sqlx::Result<Option<School>> {
    let sql = format!("SELECT {SCHOOL_COLUMNS} FROM schools WHERE brin = $1");
    with_conn!(db, p => sqlx::query_as(&sql).bind(brin.trim().to_ascii_uppercase()).fetch_optional(p).await)
}

/// (id, name) of active schools, for select boxes, optionally limited to some ids.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn school_options(
    db: impl Into<Conn<'_>>,
    only: Option<&[SchoolId]>,
) -> sqlx::Result<Vec<(SchoolId, String)>> {
    let rows: Vec<(SchoolId, String)> = with_conn!(db, p => sqlx::query_as(
        "SELECT id, name FROM schools WHERE archived_at IS NULL ORDER BY name").fetch_all(p).await)?;
    Ok(match only {
        Some(ids) => rows.into_iter().filter(|(id, _)| ids.contains(id)).collect(),
        None => rows,
    })
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn create_school(db: impl Into<Conn<'_>>, s: &SchoolInput) -> Result<SchoolId, SaveError> {
    let db: Conn<'_> = db.into();
    let id = SchoolId::new();
    let t = db.now();
    let at = locate(s.postcode.as_ref());
    with_conn!(db, p => sqlx::query(
        "INSERT INTO schools (id, brin, name, levels, profiles, street, postcode, city, lat, lon, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)")
        .bind(id).bind(s.brin.as_str()).bind(&s.name).bind(s.levels.join(",")).bind(&s.profiles).bind(&s.street)
        .bind(s.postcode.as_ref().map(|p| p.as_str()).unwrap_or("")).bind(&s.city)
        .bind(at.map(|a| a.lat)).bind(at.map(|a| a.lon)).bind(t)
        .execute(p).await.map(|r| r.rows_affected()))
        .map_err(|e| SaveError::from_db(e, "brin"))?;
    Ok(id)
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn update_school(db: impl Into<Conn<'_>>, id: SchoolId, s: &SchoolInput) -> Result<(), SaveError> {
    let db: Conn<'_> = db.into();
    let at = locate(s.postcode.as_ref());
    with_conn!(db, p => sqlx::query(
        "UPDATE schools SET brin = $1, name = $2, levels = $3, profiles = $4, street = $5, postcode = $6, city = $7,
                lat = $8, lon = $9, updated_at = $10 WHERE id = $11")
        .bind(s.brin.as_str()).bind(&s.name).bind(s.levels.join(",")).bind(&s.profiles).bind(&s.street)
        .bind(s.postcode.as_ref().map(|p| p.as_str()).unwrap_or("")).bind(&s.city)
        .bind(at.map(|a| a.lat)).bind(at.map(|a| a.lon)).bind(db.now()).bind(id)
        .execute(p).await.map(|r| r.rows_affected()))
    .map_err(|e| SaveError::from_db(e, "brin"))?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn set_school_archived(db: impl Into<Conn<'_>>, id: SchoolId, archived: bool) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    with_conn!(db, p => sqlx::query("UPDATE schools SET archived_at = $1, updated_at = $2 WHERE id = $3")
        .bind(archived.then_some(t)).bind(t).bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(Clone, Debug, FromRow)]
pub struct MeetingPoint {
    pub id: MeetingPointId,
    pub school_id: SchoolId,
    pub name: String,
    pub school_name: String,
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn meeting_points(db: impl Into<Conn<'_>>, school: Option<SchoolId>) -> sqlx::Result<Vec<MeetingPoint>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT m.id, m.school_id, m.name, s.name AS school_name FROM meeting_points m JOIN schools s ON s.id = m.school_id
         WHERE m.archived_at IS NULL AND ($1 IS NULL OR m.school_id = $1) ORDER BY s.name, m.name")
        .bind(school).fetch_all(p).await)
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn meeting_point(db: impl Into<Conn<'_>>, id: MeetingPointId) -> sqlx::Result<Option<MeetingPoint>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT m.id, m.school_id, m.name, s.name AS school_name FROM meeting_points m JOIN schools s ON s.id = m.school_id
         WHERE m.id = $1")
        .bind(id).fetch_optional(p).await)
}

#[tracing::instrument(level = "debug", skip_all, fields(school = %school))]
pub async fn create_meeting_point(
    db: impl Into<Conn<'_>>,
    school: SchoolId,
    name: &str,
) -> sqlx::Result<MeetingPointId> {
    let db: Conn<'_> = db.into();
    let id = MeetingPointId::new();
    with_conn!(db, p => sqlx::query("INSERT INTO meeting_points (id, school_id, name, created_at) VALUES ($1, $2, $3, $4)")
        .bind(id).bind(school).bind(name).bind(db.now()).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(id)
}

/// Figures of one school for its home pages.
#[derive(Clone, Debug, Default, FromRow)]
pub struct SchoolFigures {
    pub pupils: i64,
    pub classes: i64,
    pub pupils_without_class: i64,
    pub pupils_without_birth_date: i64,
}

#[tracing::instrument(level = "debug", skip_all, fields(school = %school))]
pub async fn school_figures(db: impl Into<Conn<'_>>, school: SchoolId, year: &str) -> sqlx::Result<SchoolFigures> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM pupils WHERE school_id = $1 AND archived_at IS NULL) AS pupils,
                (SELECT COUNT(*) FROM classes WHERE school_id = $1 AND archived_at IS NULL AND school_year = $2) AS classes,
                (SELECT COUNT(*) FROM pupils WHERE school_id = $1 AND archived_at IS NULL AND class_id IS NULL) AS pupils_without_class,
                (SELECT COUNT(*) FROM pupils WHERE school_id = $1 AND archived_at IS NULL AND date_of_birth IS NULL) AS pupils_without_birth_date")
        .bind(school).bind(year).fetch_one(p).await)
}
