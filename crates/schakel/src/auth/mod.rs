//! Accounts, sessions, role grants and the policy.

pub mod flow;
pub mod invite;
pub mod model;
pub mod password;
pub mod policy;
pub mod store;
pub mod throttle;
pub mod token;
pub mod users;
pub mod web;

use rand::RngCore;

use crate::db::Conn;
use crate::with_conn;

/// The server's secret key (for CSRF tokens and signed links), created on first start and kept
/// in the database: every app server of a deployment shares it, and restarts keep it.
pub async fn store_secret(db: impl Into<Conn<'_>>) -> anyhow::Result<Vec<u8>> {
    let db: Conn<'_> = db.into();
    let mut fresh = vec![0u8; 32];
    rand::rng().fill_bytes(&mut fresh);
    with_conn!(db, p => sqlx::query("INSERT INTO settings (key, value) VALUES ('secret', $1) ON CONFLICT (key) DO NOTHING")
        .bind(&fresh).execute(p).await.map(|r| r.rows_affected()))?;
    let secret: Vec<u8> = with_conn!(db, p => sqlx::query_scalar("SELECT value FROM settings WHERE key = 'secret'")
        .fetch_one(p).await)?;
    Ok(secret)
}
