//! Uploaded pupil files waiting for confirmation.

use sqlx::FromRow;
use time::OffsetDateTime;

use crate::db::Conn;
use crate::directory::import::Parsed;
use crate::directory::model::ImportStatus;
use crate::ids::{ImportBatchId, SchoolId, UserId};
use crate::with_conn;

#[derive(Clone, Debug, FromRow)]
pub struct Batch {
    pub id: ImportBatchId,
    pub school_id: SchoolId,
    pub created_by: UserId,
    pub file_name: String,
    pub payload: String,
    pub status: ImportStatus,
    pub created_at: OffsetDateTime,
}

#[tracing::instrument(level = "debug", skip_all, fields(school = %school, by = %by))]
pub async fn create_batch(
    db: impl Into<Conn<'_>>,
    school: SchoolId,
    by: UserId,
    file_name: &str,
    parsed: &Parsed,
) -> anyhow::Result<ImportBatchId> {
    let db: Conn<'_> = db.into();
    let id = ImportBatchId::new();
    let payload = serde_json::to_string(parsed)?;
    let name: String = file_name.chars().take(200).collect();
    with_conn!(db, p => sqlx::query(
        "INSERT INTO import_batches (id, school_id, created_by, file_name, payload, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(id).bind(school).bind(by).bind(name).bind(payload).bind(db.now()).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(id)
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn batch(db: impl Into<Conn<'_>>, id: ImportBatchId) -> sqlx::Result<Option<Batch>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT id, school_id, created_by, file_name, payload, status, created_at FROM import_batches WHERE id = $1")
        .bind(id).fetch_optional(p).await)
}

/// Marks a pending batch as being applied; false if it was not pending (applied already).
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn claim(db: impl Into<Conn<'_>>, id: ImportBatchId) -> sqlx::Result<bool> {
    let db: Conn<'_> = db.into();
    let r = with_conn!(db, p => sqlx::query(
        "UPDATE import_batches SET status = 'applied', applied_at = $1 WHERE id = $2 AND status = 'pending'")
        .bind(db.now()).bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(r == 1)
}
