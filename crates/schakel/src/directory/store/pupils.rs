//! Pupils: listing within the actor's scope, the record, and the import's batched upsert.

use std::collections::{HashMap, HashSet};

use sqlx::{Database, Encode, FromRow, QueryBuilder, Type};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::{SaveError, contains_pattern};
use crate::db::{Conn, SqlScope};
use crate::directory::model::{GuardianInput, PupilInput, full_name, locate};
use crate::directory::store::guardians;
use crate::directory::values::{Email, Gender, SchoolYear};
use crate::ids::{ClassId, PupilId, SchoolId};
use crate::with_conn;

#[derive(Clone, Debug, FromRow)]
pub struct Pupil {
    pub id: PupilId,
    pub school_id: SchoolId,
    pub school_name: String,
    pub class_id: Option<ClassId>,
    pub class_name: Option<String>,
    pub number: String,
    pub first_name: String,
    pub infix: String,
    pub last_name: String,
    pub year_of_study: Option<i32>,
    pub date_of_birth: Option<Date>,
    pub gender: Option<String>,
    pub postcode: Option<String>,
    pub email: Option<String>,
    pub required_hours: i32,
    pub archived_at: Option<OffsetDateTime>,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

impl Pupil {
    pub fn name(&self) -> String {
        full_name(&self.first_name, &self.infix, &self.last_name)
    }

    /// Age in whole years on `day`, if the date of birth is known.
    pub fn age_on(&self, day: impl std::borrow::Borrow<Date>) -> Option<i32> {
        self.date_of_birth.map(|d| crate::directory::values::age_on(d, *day.borrow()))
    }

    pub fn gender_key(&self) -> &'static str {
        match self.gender.as_deref().and_then(Gender::from_code) {
            Some(Gender::Female) => "gender-female",
            Some(Gender::Male) => "gender-male",
            Some(Gender::Other) => "gender-other",
            None => "gender-unknown",
        }
    }
}

const PUPIL_SELECT: &str =
    "SELECT p.id, p.school_id, s.name AS school_name, p.class_id, c.name AS class_name, p.number,
        p.first_name, p.infix, p.last_name, p.year_of_study, p.date_of_birth, p.gender, p.postcode, p.email,
        p.required_hours, p.archived_at, p.created_at, p.updated_at
     FROM pupils p JOIN schools s ON s.id = p.school_id LEFT JOIN classes c ON c.id = p.class_id";

#[derive(Clone, Debug, Default)]
pub struct PupilFilter {
    pub text: Option<String>,
    pub school: Option<SchoolId>,
    pub class: Option<ClassId>,
    /// Only pupils without a class.
    pub without_class: bool,
    pub archived: bool,
}

/// Pushes the conditions of a pupil list: the actor's scope, archived or not, and the filter.
fn push_where<'a, DB: Database>(qb: &mut QueryBuilder<'a, DB>, scope: &SqlScope, f: &PupilFilter)
where
    Uuid: Encode<'a, DB> + Type<DB>,
    String: Encode<'a, DB> + Type<DB>,
{
    qb.push(" WHERE ");
    scope.push(qb, "p.school_id");
    qb.push(if f.archived { " AND p.archived_at IS NOT NULL" } else { " AND p.archived_at IS NULL" });
    if let Some(t) = &f.text {
        qb.push(" AND p.search_text LIKE ").push_bind(contains_pattern(t)).push(" ESCAPE '\\'");
    }
    if let Some(s) = f.school {
        qb.push(" AND p.school_id = ").push_bind(s);
    }
    if let Some(c) = f.class {
        qb.push(" AND p.class_id = ").push_bind(c);
    }
    if f.without_class {
        qb.push(" AND p.class_id IS NULL");
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn count_pupils(db: impl Into<Conn<'_>>, scope: &SqlScope, f: &PupilFilter) -> sqlx::Result<i64> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new("SELECT COUNT(*) FROM pupils p");
        push_where(&mut qb, scope, f);
        qb.build_query_scalar().fetch_one(&mut *c).await
    })
}

/// One page of pupils, by class and name. `limit` of `None` lists them all (for exports).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn list_pupils(
    db: impl Into<Conn<'_>>,
    scope: &SqlScope,
    f: &PupilFilter,
    limit: Option<i64>,
    offset: i64,
) -> sqlx::Result<Vec<Pupil>> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new(PUPIL_SELECT);
        push_where(&mut qb, scope, f);
        qb.push(" ORDER BY s.name, c.name, p.last_name, p.first_name, p.id LIMIT ").push_bind(limit.unwrap_or(i64::MAX));
        qb.push(" OFFSET ").push_bind(offset);
        qb.build_query_as().fetch_all(&mut *c).await
    })
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn pupil(db: impl Into<Conn<'_>>, id: PupilId) -> sqlx::Result<Option<Pupil>> {
    let sql = format!("{PUPIL_SELECT} WHERE p.id = $1");
    with_conn!(db, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)
}

/// Keeps the address a parent is asked at as her first guardian's (the consent flow asks for
/// it when none is known).
#[tracing::instrument(level = "debug", skip_all, fields(pupil = %pupil))]
pub async fn set_parent_email(db: impl Into<Conn<'_>>, pupil: PupilId, email: &Email) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    with_conn!(db, c => sqlx::query(
        "INSERT INTO guardians (id, pupil_id, position, email, created_at, updated_at) VALUES ($1, $2, 1, $3, $4, $4)
         ON CONFLICT (pupil_id, position) DO UPDATE SET email = excluded.email, updated_at = excluded.updated_at")
        .bind(Uuid::new_v4()).bind(pupil).bind(email.as_str()).bind(t).execute(&mut *c).await.map(|_| ()))
}

/// Creates a pupil at `school`; a pupil number is unique within a school.
#[tracing::instrument(level = "debug", skip_all, fields(school = %school))]
pub async fn create_pupil(db: impl Into<Conn<'_>>, school: SchoolId, input: &PupilInput) -> Result<PupilId, SaveError> {
    let db: Conn<'_> = db.into();
    let id = PupilId::new();
    let t = db.now();
    let at = locate(input.postcode.as_ref());
    with_conn!(db, p => sqlx::query(
        "INSERT INTO pupils (id, school_id, class_id, number, first_name, infix, last_name, search_text, year_of_study,
                             date_of_birth, gender, postcode, lat, lon, email, required_hours, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)")
        .bind(id).bind(school).bind(input.class).bind(&input.number).bind(&input.first_name).bind(&input.infix)
        .bind(&input.last_name).bind(input.search_text()).bind(input.year_of_study).bind(input.date_of_birth)
        .bind(input.gender.map(Gender::code)).bind(input.postcode.as_ref().map(|p| p.as_str()))
        .bind(at.map(|a| a.lat)).bind(at.map(|a| a.lon)).bind(input.email.as_ref().map(|e| e.as_str()))
        .bind(input.required_hours).bind(t)
        .execute(p).await.map(|r| r.rows_affected()))
    .map_err(|e| SaveError::from_db(e, "number"))?;
    Ok(id)
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn update_pupil(db: impl Into<Conn<'_>>, id: PupilId, input: &PupilInput) -> Result<(), SaveError> {
    let db: Conn<'_> = db.into();
    let at = locate(input.postcode.as_ref());
    with_conn!(db, p => sqlx::query(
        "UPDATE pupils SET class_id = $1, number = $2, first_name = $3, infix = $4, last_name = $5, search_text = $6,
                year_of_study = $7, date_of_birth = $8, gender = $9, postcode = $10, lat = $11, lon = $12, email = $13,
                required_hours = $14, updated_at = $15
         WHERE id = $16")
        .bind(input.class).bind(&input.number).bind(&input.first_name).bind(&input.infix).bind(&input.last_name)
        .bind(input.search_text()).bind(input.year_of_study).bind(input.date_of_birth)
        .bind(input.gender.map(Gender::code)).bind(input.postcode.as_ref().map(|p| p.as_str()))
        .bind(at.map(|a| a.lat)).bind(at.map(|a| a.lon)).bind(input.email.as_ref().map(|e| e.as_str()))
        .bind(input.required_hours).bind(db.now()).bind(id)
        .execute(p).await.map(|r| r.rows_affected()))
    .map_err(|e| SaveError::from_db(e, "number"))?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn set_pupil_archived(db: impl Into<Conn<'_>>, id: PupilId, archived: bool) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    with_conn!(db, p => sqlx::query("UPDATE pupils SET archived_at = $1, updated_at = $2 WHERE id = $3")
        .bind(archived.then_some(t)).bind(t).bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The pupil numbers a school already has (archived pupils included: re-importing restores them).
#[tracing::instrument(level = "debug", skip_all, fields(school = %school))]
pub async fn existing_numbers(db: impl Into<Conn<'_>>, school: SchoolId) -> sqlx::Result<HashSet<String>> {
    let rows: Vec<String> = with_conn!(db, p => sqlx::query_scalar("SELECT number FROM pupils WHERE school_id = $1")
        .bind(school).fetch_all(p).await)?;
    Ok(rows.into_iter().collect())
}

/// A row to import: the pupil, and her class by name (created when missing).
#[derive(Clone, Debug)]
pub struct ImportRow {
    pub pupil: PupilInput,
    pub class_name: String,
}

/// Which optional columns the file had: columns it lacked keep their stored values on update.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Present {
    pub year_of_study: bool,
    pub date_of_birth: bool,
    pub gender: bool,
    pub postcode: bool,
    pub email: bool,
    /// Any parent or guardian column: the file's guardians replace the stored ones.
    #[serde(default)]
    pub guardians: bool,
}

/// Counts of an applied import.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    pub created: usize,
    pub updated: usize,
    pub classes_created: usize,
}

/// Rows per INSERT statement (16 parameters each). More is not faster: sqlx's SQLite driver
/// slows down sharply beyond a few thousand parameters per statement (see `db::bulk`).
const BATCH: usize = 120;

/// Writes an import in one transaction: new numbers become pupils, known numbers are updated
/// (and restored if archived); classes named in the file are created for the current school year
/// when missing. `progress` is called after each batch with the number of rows written.
#[tracing::instrument(level = "debug", skip_all, fields(school = %school))]
pub async fn apply_import(
    db: impl Into<Conn<'_>>,
    school: SchoolId,
    rows: &[ImportRow],
    present: Present,
    mut progress: impl FnMut(usize) + Send,
) -> sqlx::Result<Applied> {
    let db: Conn<'_> = db.into();
    let known = existing_numbers(db, school).await?;
    let updated = rows.iter().filter(|r| known.contains(&r.pupil.number)).count();
    let year = SchoolYear::containing(db.today()).to_string();
    let t = db.now();
    let mut applied = Applied { created: rows.len() - updated, updated, classes_created: 0 };

    // Keep only the columns the file had in the update; new pupils get every column.
    let mut set = vec![
        "first_name = excluded.first_name",
        "infix = excluded.infix",
        "last_name = excluded.last_name",
        "search_text = excluded.search_text",
        "class_id = excluded.class_id",
        "archived_at = NULL",
        "updated_at = excluded.updated_at",
    ];
    if present.year_of_study {
        set.push("year_of_study = excluded.year_of_study");
    }
    if present.date_of_birth {
        set.push("date_of_birth = excluded.date_of_birth");
    }
    if present.gender {
        set.push("gender = excluded.gender");
    }
    if present.postcode {
        set.extend(["postcode = excluded.postcode", "lat = excluded.lat", "lon = excluded.lon"]);
    }
    if present.email {
        set.push("email = excluded.email");
    }
    let set = set.join(", ");

    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        // Classes: find or create each name once.
        let existing: Vec<(ClassId, String)> = sqlx::query_as(
            "SELECT id, name FROM classes WHERE school_id = $1 AND school_year = $2")
            .bind(school).bind(&year).fetch_all(&mut *tx).await?;
        let mut classes: HashMap<String, ClassId> = existing.into_iter().map(|(id, n)| (n.to_lowercase(), id)).collect();
        for r in rows {
            let key = r.class_name.to_lowercase();
            if r.class_name.is_empty() || classes.contains_key(&key) {
                continue;
            }
            let id = ClassId::new();
            let yos = r.pupil.year_of_study.or_else(|| r.class_name.chars().next().and_then(|c| c.to_digit(10)).map(|d| d as i32).filter(|d| (1..=6).contains(d)));
            sqlx::query("INSERT INTO classes (id, school_id, name, school_year, year_of_study, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)")
                .bind(id).bind(school).bind(&r.class_name).bind(&year).bind(yos).bind(t).execute(&mut *tx).await?;
            classes.insert(key, id);
            applied.classes_created += 1;
        }
        let mut done = 0;
        for chunk in rows.chunks(BATCH) {
            let mut sql = String::from(
                "INSERT INTO pupils (id, school_id, class_id, number, first_name, infix, last_name, search_text, year_of_study,
                                     date_of_birth, gender, postcode, lat, lon, email, created_at, updated_at) VALUES ");
            let mut n = 0;
            for (i, _) in chunk.iter().enumerate() {
                if i > 0 { sql.push(','); }
                sql.push('(');
                for j in 0..15 {
                    if j > 0 { sql.push(','); }
                    n += 1;
                    sql.push_str(&format!("${n}"));
                }
                sql.push_str(&format!(",${0},${0})", n + 1));
                n += 1;
            }
            sql.push_str(&format!(" ON CONFLICT (school_id, number) DO UPDATE SET {set}"));
            let mut q = sqlx::query(&sql);
            for r in chunk {
                let p = &r.pupil;
                let at = locate(p.postcode.as_ref());
                let class = classes.get(&r.class_name.to_lowercase()).copied();
                q = q.bind(PupilId::new()).bind(school).bind(class).bind(&p.number).bind(&p.first_name).bind(&p.infix)
                    .bind(&p.last_name).bind(p.search_text()).bind(p.year_of_study).bind(p.date_of_birth)
                    .bind(p.gender.map(Gender::code)).bind(p.postcode.as_ref().map(|x| x.as_str()))
                    .bind(at.map(|a| a.lat)).bind(at.map(|a| a.lon)).bind(p.email.as_ref().map(|e| e.as_str()))
                    .bind(t);
            }
            q.execute(&mut *tx).await?;
            done += chunk.len();
            progress(done);
        }
        Ok::<_, sqlx::Error>(())
    })?;
    if present.guardians {
        let ids: HashMap<String, PupilId> = with_conn!(&atomic, c => sqlx::query_as::<_, (String, PupilId)>(
            "SELECT number, id FROM pupils WHERE school_id = $1").bind(school).fetch_all(&mut *c).await)?
        .into_iter()
        .collect();
        let of_rows: Vec<(PupilId, &[GuardianInput])> = rows
            .iter()
            .filter_map(|r| ids.get(&r.pupil.number).map(|id| (*id, r.pupil.guardians.as_slice())))
            .collect();
        guardians::replace(&atomic, &of_rows).await?;
    }
    atomic.finish().await?;
    Ok(applied)
}
