//! The database: one code base over SQLite (embedded, the default) and PostgreSQL (larger
//! deployments). The backend is chosen once, at start-up, from the URL. Queries are written once
//! with `$n` placeholders and run through [`with_db!`] / [`with_tx!`], which expand the same
//! code for each typed pool; native column types are used on each backend (sqlx's `Any` driver
//! cannot decode booleans, dates, UUIDs or sums, see RECIPES.md).

pub mod bulk;
mod scope;

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

pub use scope::SqlScope;

/// A connection pool of either backend.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs `$body` with `$p` bound to the typed pool of whichever backend is in use.
#[macro_export]
macro_rules! with_db {
    ($db:expr, $p:ident => $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($p) => $body,
            $crate::db::Db::Postgres($p) => $body,
        }
    };
}

/// Runs `$body` inside a write transaction bound to `$tx` and commits it; `?` inside the body
/// returns early and the dropped transaction rolls back. On SQLite the transaction starts with
/// `BEGIN IMMEDIATE`, so two writers never both read and then fail to upgrade their lock.
#[macro_export]
macro_rules! with_tx {
    ($db:expr, $tx:ident => $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite(pool) => {
                let mut $tx = pool.begin_with("BEGIN IMMEDIATE").await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
            $crate::db::Db::Postgres(pool) => {
                let mut $tx = pool.begin().await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
        }
    };
}

/// Which backend a database URL selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

impl Db {
    /// Opens a pool for `url` (`sqlite://path`, a plain file path, or `postgres://…`) and applies
    /// the migrations of that backend.
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        use anyhow::Context;
        let db = match Backend::of_url(url) {
            Backend::Postgres => {
                let pool = PgPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect(url)
                    .await
                    .with_context(|| format!("connecting to PostgreSQL at {}", redact(url)))?;
                Db::Postgres(pool)
            }
            Backend::Sqlite => {
                let path = url.strip_prefix("sqlite://").unwrap_or(url);
                let path = path.split('?').next().unwrap_or(path);
                let options = SqliteConnectOptions::from_str(&format!("sqlite://{path}"))
                    .with_context(|| format!("reading SQLite URL {url}"))?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
                    .pragma("cache_size", "-32000")
                    .pragma("temp_store", "memory");
                let pool = SqlitePoolOptions::new()
                    .max_connections(8)
                    .connect_with(options)
                    .await
                    .with_context(|| format!("opening SQLite database {path}"))?;
                Db::Sqlite(pool)
            }
        };
        db.migrate().await?;
        Ok(db)
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Applies the pending migrations of this backend's folder, then seeds the rule table for
    /// minors when it is empty (the seed lives in the `schakel-minors` crate, not in SQL).
    pub async fn migrate(&self) -> anyhow::Result<()> {
        use anyhow::Context;
        match self {
            Db::Sqlite(p) => sqlx::migrate!("./migrations/sqlite").run(p).await,
            Db::Postgres(p) => sqlx::migrate!("./migrations/postgres").run(p).await,
        }
        .context("applying database migrations")?;
        crate::minors::rules::seed(self).await.context("seeding the rules for minors")
    }

    /// A cheap round trip, for `/healthz`.
    pub async fn ping(&self) -> sqlx::Result<()> {
        with_db!(self, p => sqlx::query("SELECT 1").execute(p).await.map(|_| ()))
    }

    pub async fn close(&self) {
        with_db!(self, p => p.close().await)
    }
}

/// The URL without its password, for messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let userinfo = &url[s + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{}{}@{}", &url[..s + 3], user, &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

/// The current time, truncated to microseconds: both backends store that precision, so a value
/// read back compares equal to the one written.
pub fn now() -> time::OffsetDateTime {
    let t = time::OffsetDateTime::now_utc();
    t.replace_nanosecond(t.nanosecond() / 1000 * 1000).unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redact_hides_the_password_only() {
        assert_eq!(redact("postgres://app:secret@db:5432/x"), "postgres://app@db:5432/x");
        assert_eq!(redact("sqlite://data/schakel.db"), "sqlite://data/schakel.db");
    }

    #[test]
    fn backend_follows_the_url_scheme() {
        assert_eq!(Backend::of_url("postgresql://h/db"), Backend::Postgres);
        assert_eq!(Backend::of_url("data/schakel.db"), Backend::Sqlite);
    }
}
