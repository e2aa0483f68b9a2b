//! Classes of a school, per school year.

use sqlx::{Database, Encode, FromRow, QueryBuilder, Type};
use time::OffsetDateTime;
use uuid::Uuid;

use super::{SaveError, contains_pattern};
use crate::db::{Conn, SqlScope};
use crate::directory::model::ClassInput;
use crate::ids::{ClassId, SchoolId};
use crate::with_conn;

#[derive(Clone, Debug, FromRow)]
pub struct Class {
    pub id: ClassId,
    pub school_id: SchoolId,
    pub school_name: String,
    pub name: String,
    pub school_year: String,
    pub year_of_study: Option<i32>,
    pub pupils: i64,
    pub archived_at: Option<OffsetDateTime>,
}

#[derive(Clone, Debug, Default)]
pub struct ClassFilter {
    pub text: Option<String>,
    pub school: Option<SchoolId>,
    pub school_year: Option<String>,
    pub archived: bool,
}

const CLASS_SELECT: &str =
    "SELECT c.id, c.school_id, s.name AS school_name, c.name, c.school_year, c.year_of_study, c.archived_at,
        (SELECT COUNT(*) FROM pupils p WHERE p.class_id = c.id AND p.archived_at IS NULL) AS pupils
     FROM classes c JOIN schools s ON s.id = c.school_id";

/// Pushes the conditions of a class list: the actor's scope, archived or not, and the filter.
fn push_where<'a, DB: Database>(qb: &mut QueryBuilder<'a, DB>, scope: &SqlScope, f: &ClassFilter)
where
    Uuid: Encode<'a, DB> + Type<DB>,
    String: Encode<'a, DB> + Type<DB>,
{
    qb.push(" WHERE ");
    scope.push(qb, "c.school_id");
    qb.push(if f.archived { " AND c.archived_at IS NOT NULL" } else { " AND c.archived_at IS NULL" });
    if let Some(t) = &f.text {
        qb.push(" AND LOWER(c.name) LIKE ").push_bind(contains_pattern(t)).push(" ESCAPE '\\'");
    }
    if let Some(s) = f.school {
        qb.push(" AND c.school_id = ").push_bind(s);
    }
    if let Some(y) = &f.school_year {
        qb.push(" AND c.school_year = ").push_bind(y.clone());
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn count_classes(db: impl Into<Conn<'_>>, scope: &SqlScope, f: &ClassFilter) -> sqlx::Result<i64> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new("SELECT COUNT(*) FROM classes c");
        push_where(&mut qb, scope, f);
        qb.build_query_scalar().fetch_one(&mut *c).await
    })
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn list_classes(
    db: impl Into<Conn<'_>>,
    scope: &SqlScope,
    f: &ClassFilter,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<Class>> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new(CLASS_SELECT);
        push_where(&mut qb, scope, f);
        qb.push(" ORDER BY s.name, c.school_year DESC, c.name LIMIT ").push_bind(limit).push(" OFFSET ").push_bind(offset);
        qb.build_query_as().fetch_all(&mut *c).await
    })
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn class(db: impl Into<Conn<'_>>, id: ClassId) -> sqlx::Result<Option<Class>> {
    let sql = format!("{CLASS_SELECT} WHERE c.id = $1");
    with_conn!(db, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)
}

/// The active classes of a school in a school year, for select boxes.
#[tracing::instrument(level = "debug", skip_all, fields(school = %school))]
pub async fn class_options(db: impl Into<Conn<'_>>, school: SchoolId) -> sqlx::Result<Vec<(ClassId, String)>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT id, name FROM classes WHERE school_id = $1 AND archived_at IS NULL ORDER BY school_year DESC, name")
        .bind(school).fetch_all(p).await)
}

/// The names of a school's classes in a school year (archived ones too), as an import matches
/// a file's class names against them.
#[tracing::instrument(level = "debug", skip_all, fields(school = %school))]
pub async fn names_in_year(db: impl Into<Conn<'_>>, school: SchoolId, year: &str) -> sqlx::Result<Vec<String>> {
    with_conn!(db, p => sqlx::query_scalar("SELECT name FROM classes WHERE school_id = $1 AND school_year = $2")
        .bind(school).bind(year).fetch_all(p).await)
}

#[tracing::instrument(level = "debug", skip_all, fields(school = %school))]
pub async fn create_class(db: impl Into<Conn<'_>>, school: SchoolId, c: &ClassInput) -> Result<ClassId, SaveError> {
    let db: Conn<'_> = db.into();
    let id = ClassId::new();
    let t = db.now();
    with_conn!(db, p => sqlx::query(
        "INSERT INTO classes (id, school_id, name, school_year, year_of_study, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)")
        .bind(id).bind(school).bind(&c.name).bind(c.school_year.to_string()).bind(c.year_of_study).bind(t)
        .execute(p).await.map(|r| r.rows_affected()))
        .map_err(|e| SaveError::from_db(e, "name"))?;
    Ok(id)
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn update_class(db: impl Into<Conn<'_>>, id: ClassId, c: &ClassInput) -> Result<(), SaveError> {
    let db: Conn<'_> = db.into();
    with_conn!(db, p => sqlx::query(
        "UPDATE classes SET name = $1, school_year = $2, year_of_study = $3, updated_at = $4 WHERE id = $5")
        .bind(&c.name).bind(c.school_year.to_string()).bind(c.year_of_study).bind(db.now()).bind(id)
        .execute(p).await.map(|r| r.rows_affected()))
    .map_err(|e| SaveError::from_db(e, "name"))?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn set_class_archived(db: impl Into<Conn<'_>>, id: ClassId, archived: bool) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    with_conn!(db, p => sqlx::query("UPDATE classes SET archived_at = $1, updated_at = $2 WHERE id = $3")
        .bind(archived.then_some(t)).bind(t).bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}
