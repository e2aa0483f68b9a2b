//! Outgoing e-mail. Every message is written to the outbox table first; in the demo and in tests
//! that is where they stay, and the project leader reads them on the outbox page. (Delivery over
//! SMTP is a separate worker reading the same table; it is configured per deployment.)

pub mod web;

use sqlx::FromRow;
use time::OffsetDateTime;

use crate::db::Conn;
use crate::ids::MailId;
use crate::with_conn;

/// Queues a message.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn send(db: impl Into<Conn<'_>>, recipient: &str, subject: &str, body: &str) -> sqlx::Result<MailId> {
    let db: Conn<'_> = db.into();
    let id = MailId::new();
    with_conn!(db, p => sqlx::query("INSERT INTO outbox (id, recipient, subject, body, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id).bind(recipient).bind(subject).bind(body).bind(db.now()).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(id)
}

#[derive(Clone, Debug, FromRow)]
pub struct Message {
    pub id: MailId,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: OffsetDateTime,
}

fn recipient_pattern(recipient: Option<&str>) -> Option<String> {
    recipient.map(|r| format!("%{}%", crate::auth::store::like_escape(&r.to_lowercase())))
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn count(db: impl Into<Conn<'_>>, recipient: Option<&str>) -> sqlx::Result<i64> {
    let pattern = recipient_pattern(recipient);
    with_conn!(db, p => match &pattern {
        Some(pat) => sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE LOWER(recipient) LIKE $1 ESCAPE '\\'").bind(pat).fetch_one(p).await,
        None => sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(p).await,
    })
}

/// Newest first.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn list(
    db: impl Into<Conn<'_>>,
    recipient: Option<&str>,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<Message>> {
    let pattern = recipient_pattern(recipient);
    with_conn!(db, p => match &pattern {
        Some(pat) => sqlx::query_as(
            "SELECT id, recipient, subject, body, created_at FROM outbox WHERE LOWER(recipient) LIKE $1 ESCAPE '\\'
             ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3")
            .bind(pat).bind(limit).bind(offset).fetch_all(p).await,
        None => sqlx::query_as(
            "SELECT id, recipient, subject, body, created_at FROM outbox ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2")
            .bind(limit).bind(offset).fetch_all(p).await,
    })
}
