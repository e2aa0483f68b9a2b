//! Figures for the home pages.

use sqlx::FromRow;

use crate::db::Db;
use crate::with_db;

/// The network at a glance, for the project leader.
#[derive(Clone, Debug, Default, FromRow)]
pub struct NetworkFigures {
    pub schools: i64,
    pub pupils: i64,
    pub organisations: i64,
    pub organisations_pending: i64,
    pub users: i64,
    pub users_invited: i64,
    pub meeting_points: i64,
}

pub async fn network_figures(db: &Db) -> sqlx::Result<NetworkFigures> {
    with_db!(db, p => sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM schools WHERE archived_at IS NULL) AS schools,
                (SELECT COUNT(*) FROM pupils WHERE archived_at IS NULL) AS pupils,
                (SELECT COUNT(*) FROM organisations WHERE archived_at IS NULL) AS organisations,
                (SELECT COUNT(*) FROM organisations WHERE archived_at IS NULL AND vetting_status = 'pending') AS organisations_pending,
                (SELECT COUNT(*) FROM users WHERE archived_at IS NULL) AS users,
                (SELECT COUNT(*) FROM users WHERE archived_at IS NULL AND password_hash IS NULL) AS users_invited,
                (SELECT COUNT(*) FROM meeting_points WHERE archived_at IS NULL) AS meeting_points")
        .fetch_one(p).await)
}

/// Pupils per class of a school in a school year, for the coordinator's overview.
#[derive(Clone, Debug, FromRow)]
pub struct ClassCount {
    pub id: crate::ids::ClassId,
    pub name: String,
    pub pupils: i64,
}

pub async fn class_counts(db: &Db, school: crate::ids::SchoolId, year: &str) -> sqlx::Result<Vec<ClassCount>> {
    with_db!(db, p => sqlx::query_as(
        "SELECT c.id, c.name, (SELECT COUNT(*) FROM pupils p WHERE p.class_id = c.id AND p.archived_at IS NULL) AS pupils
         FROM classes c WHERE c.school_id = $1 AND c.school_year = $2 AND c.archived_at IS NULL ORDER BY c.name")
        .bind(school).bind(year).fetch_all(p).await)
}
