//! The database: one code base over SQLite (embedded, the default) and PostgreSQL (larger
//! deployments). The backend is chosen once, at start-up, from the URL. Queries are written once
//! with `$n` placeholders and run through [`with_conn!`](crate::with_conn), which expands the same
//! code for each typed connection; native column types are used on each backend (sqlx's `Any`
//! driver cannot decode booleans, dates, UUIDs or sums, see RECIPES.md).
//!
//! Store functions take `impl Into<Conn>`: the pool (`&db`) or an open write transaction
//! (`&tx`, from [`Db::begin`]), so a workflow runs several of them in one transaction.

pub mod bulk;
mod conn;
mod scope;

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

use crate::clock::Clock;
pub use conn::{Atomic, Conn, Lease, Leased, PgLease, SqliteLease, Tx};
pub use scope::{SqlScope, push_in};

/// A connection pool of either backend, with the clock the application reads its time from.
#[derive(Clone, Debug)]
pub struct Db {
    pools: Pools,
    clock: Clock,
}

#[derive(Clone, Debug)]
enum Pools {
    Sqlite(SqlitePool),
    Postgres(PgPool),
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
    pub async fn connect(url: &str, clock: Clock) -> anyhow::Result<Db> {
        use anyhow::Context;
        let pools = match Backend::of_url(url) {
            Backend::Postgres => {
                let pool = PgPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect(url)
                    .await
                    .with_context(|| format!("connecting to PostgreSQL at {}", redact(url)))?;
                Pools::Postgres(pool)
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
                Pools::Sqlite(pool)
            }
        };
        let db = Db { pools, clock };
        db.migrate().await?;
        Ok(db)
    }

    pub fn backend(&self) -> Backend {
        match self.pools {
            Pools::Sqlite(_) => Backend::Sqlite,
            Pools::Postgres(_) => Backend::Postgres,
        }
    }

    /// The clock this deployment reads its time from.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Applies the pending migrations of this backend's folder.
    ///
    /// On SQLite they run on a connection of their own with foreign keys off, as SQLite's
    /// procedure for changing a table asks: a migration that rebuilds a table (0006) drops it
    /// while other tables still reference it, which enforced foreign keys refuse. sqlx runs each
    /// SQLite migration inside one transaction, where `PRAGMA foreign_keys` cannot change (0.8
    /// ignores `-- no-transaction` on SQLite), so the connection is opened that way instead; such
    /// a migration checks every reference itself before its transaction commits.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        use anyhow::Context;
        use sqlx::{ConnectOptions, Connection};
        match &self.pools {
            Pools::Sqlite(p) => {
                let options = p.connect_options().as_ref().clone().foreign_keys(false);
                let mut conn = options.connect().await.context("opening the SQLite connection for migrations")?;
                let applied = sqlx::migrate!("./migrations/sqlite").run(&mut conn).await;
                conn.close().await.context("closing the SQLite connection for migrations")?;
                applied
            }
            Pools::Postgres(p) => sqlx::migrate!("./migrations/postgres").run(p).await,
        }
        .context("applying database migrations")
    }

    /// A cheap round trip, for `/healthz`.
    pub async fn ping(&self) -> sqlx::Result<()> {
        crate::with_conn!(self, c => sqlx::query("SELECT 1").execute(&mut *c).await.map(|_| ()))
    }

    pub async fn close(&self) {
        match &self.pools {
            Pools::Sqlite(p) => p.close().await,
            Pools::Postgres(p) => p.close().await,
        }
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
