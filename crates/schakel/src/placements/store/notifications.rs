//! In-app notifications: what each person should look at next.

use sqlx::FromRow;
use time::OffsetDateTime;

use crate::db::Conn;
use crate::ids::{NotificationId, PlacementId, UserId};
use crate::with_conn;

#[derive(Clone, Debug, FromRow)]
pub struct Notification {
    pub id: NotificationId,
    pub message: String,
    pub link: String,
    pub created_at: OffsetDateTime,
    pub read_at: Option<OffsetDateTime>,
}

#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub async fn add(
    db: impl Into<Conn<'_>>,
    user: UserId,
    placement: Option<PlacementId>,
    message: &str,
    link: &str,
) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    with_conn!(db, p => sqlx::query(
        "INSERT INTO notifications (id, user_id, placement_id, message, link, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(NotificationId::new()).bind(user).bind(placement).bind(message).bind(link).bind(db.now())
        .execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub async fn recent(db: impl Into<Conn<'_>>, user: UserId, limit: i64) -> sqlx::Result<Vec<Notification>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT id, message, link, created_at, read_at FROM notifications WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2")
        .bind(user).bind(limit).fetch_all(p).await)
}

#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub async fn unread(db: impl Into<Conn<'_>>, user: UserId) -> sqlx::Result<i64> {
    with_conn!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL")
        .bind(user).fetch_one(p).await)
}

#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub async fn mark_read(db: impl Into<Conn<'_>>, user: UserId) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    with_conn!(db, p => sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
        .bind(db.now()).bind(user).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The active users holding a grant: the people to tell about a placement.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn users_with(
    db: impl Into<Conn<'_>>,
    role: &str,
    column: &str,
    id: uuid::Uuid,
) -> sqlx::Result<Vec<(UserId, String, String, String)>> {
    // `column` comes from our own code (school_id, organisation_id, pupil_id), never from input.
    let sql = format!(
        "SELECT u.id, u.email, u.name, u.locale FROM users u JOIN grants g ON g.user_id = u.id
         WHERE g.role = $1 AND g.{column} = $2 AND u.archived_at IS NULL ORDER BY u.name"
    );
    with_conn!(db, p => sqlx::query_as(&sql).bind(role).bind(id).fetch_all(p).await)
}
