//! Where a store function runs: on the pool, or inside an open write transaction.
//!
//! Store functions take `db: impl Into<Conn<'_>>`, so a handler passes `&app.db` and a flow
//! passes `&tx`, and the same SQL runs either way. [`with_conn!`](crate::with_conn) hands the
//! body a typed connection of whichever backend is in use.
//!
//! A [`Tx`] is shared by reference (`&tx`) rather than threaded through as `&mut`: its
//! connection sits behind a lock that one statement at a time takes. Statements of one step
//! never overlap, so the lock is never contended; a nested use (a store call inside another's
//! statement) fails at once instead of waiting forever.

use sqlx::pool::PoolConnection;
use sqlx::{PgConnection, Postgres, Sqlite, SqliteConnection, Transaction};
use time::{Date, OffsetDateTime};
use tokio::sync::{Mutex, MutexGuard};

use super::{Backend, Db, Pools};

/// An open write transaction. Nothing it wrote is visible to anyone else until [`Tx::commit`];
/// dropped without a commit, it rolls back. It holds the moment its step happens: everything
/// written in it carries the same time.
pub struct Tx {
    inner: TxInner,
    now: OffsetDateTime,
}

enum TxInner {
    Sqlite(Mutex<Transaction<'static, Sqlite>>),
    Postgres(Mutex<Transaction<'static, Postgres>>),
}

impl Db {
    /// Opens a write transaction. On SQLite it starts with `BEGIN IMMEDIATE`, taking the write
    /// lock at once, so two writers never both read and then fail to upgrade their lock; on
    /// PostgreSQL, statements lock the rows they change (`FOR UPDATE`, see [`Conn::for_update`]).
    pub async fn begin(&self) -> sqlx::Result<Tx> {
        let inner = match &self.pools {
            Pools::Sqlite(pool) => TxInner::Sqlite(Mutex::new(pool.begin_with("BEGIN IMMEDIATE").await?)),
            Pools::Postgres(pool) => TxInner::Postgres(Mutex::new(pool.begin().await?)),
        };
        Ok(Tx { inner, now: self.clock().now() })
    }
}

impl Tx {
    /// Makes everything the transaction did permanent and visible.
    pub async fn commit(self) -> sqlx::Result<()> {
        match self.inner {
            TxInner::Sqlite(m) => m.into_inner().commit().await,
            TxInner::Postgres(m) => m.into_inner().commit().await,
        }
    }

    /// The moment of this transaction's step.
    pub fn now(&self) -> OffsetDateTime {
        self.now
    }

    /// The day of this transaction's step, in Amsterdam.
    pub fn today(&self) -> Date {
        crate::clock::amsterdam(self.now).date()
    }

    pub fn backend(&self) -> Backend {
        match self.inner {
            TxInner::Sqlite(_) => Backend::Sqlite,
            TxInner::Postgres(_) => Backend::Postgres,
        }
    }
}

/// The pool, or an open transaction: what a store function runs on.
#[derive(Clone, Copy)]
pub enum Conn<'a> {
    Pool(&'a Db),
    Tx(&'a Tx),
}

impl<'a> From<&'a Db> for Conn<'a> {
    fn from(db: &'a Db) -> Self {
        Conn::Pool(db)
    }
}

impl<'a> From<&'a Tx> for Conn<'a> {
    fn from(tx: &'a Tx) -> Self {
        Conn::Tx(tx)
    }
}

impl<'a> From<&'a mut Tx> for Conn<'a> {
    fn from(tx: &'a mut Tx) -> Self {
        Conn::Tx(tx)
    }
}

impl<'a> From<&Conn<'a>> for Conn<'a> {
    fn from(c: &Conn<'a>) -> Self {
        *c
    }
}

impl<'a> Conn<'a> {
    pub fn backend(&self) -> Backend {
        match self {
            Conn::Pool(db) => db.backend(),
            Conn::Tx(tx) => tx.backend(),
        }
    }

    /// The moment: the transaction's, or the clock's now.
    pub fn now(&self) -> OffsetDateTime {
        match self {
            Conn::Pool(db) => db.clock().now(),
            Conn::Tx(tx) => tx.now(),
        }
    }

    /// Today in Amsterdam, by the same moment as [`Conn::now`].
    pub fn today(&self) -> Date {
        crate::clock::amsterdam(self.now()).date()
    }

    /// What a `SELECT` appends to lock the rows it reads until the transaction ends: `FOR UPDATE`
    /// on PostgreSQL; nothing on SQLite, where `BEGIN IMMEDIATE` holds the write lock already.
    pub fn for_update(&self) -> &'static str {
        match self.backend() {
            Backend::Postgres => "FOR UPDATE",
            Backend::Sqlite => "",
        }
    }

    /// A transaction for statements that belong together: the caller's, or (on the pool) a new
    /// one that [`Atomic::finish`] commits. A store function that writes several rows runs them
    /// in this, so it is all-or-nothing alone and part of the step inside a flow's transaction.
    pub async fn atomic(self) -> sqlx::Result<Atomic<'a>> {
        Ok(match self {
            Conn::Pool(db) => Atomic::Own(db.begin().await?),
            Conn::Tx(tx) => Atomic::Joined(tx),
        })
    }

    /// A typed connection for one statement (or a few): a pooled one, or the transaction's.
    pub async fn lease(self) -> sqlx::Result<Lease<'a>> {
        Ok(match self {
            Conn::Pool(Db { pools: Pools::Sqlite(pool), .. }) => {
                Lease::Sqlite(SqliteLease::Pooled(pool.acquire().await?))
            }
            Conn::Pool(Db { pools: Pools::Postgres(pool), .. }) => {
                Lease::Postgres(PgLease::Pooled(pool.acquire().await?))
            }
            Conn::Tx(Tx { inner: TxInner::Sqlite(m), .. }) => {
                Lease::Sqlite(SqliteLease::Tx(m.try_lock().map_err(busy)?))
            }
            Conn::Tx(Tx { inner: TxInner::Postgres(m), .. }) => {
                Lease::Postgres(PgLease::Tx(m.try_lock().map_err(busy)?))
            }
        })
    }
}

/// See [`Conn::atomic`].
pub enum Atomic<'a> {
    Own(Tx),
    Joined(&'a Tx),
}

impl Atomic<'_> {
    pub fn tx(&self) -> &Tx {
        match self {
            Atomic::Own(tx) => tx,
            Atomic::Joined(tx) => tx,
        }
    }

    /// Commits a transaction of its own; a joined one commits with its flow.
    pub async fn finish(self) -> sqlx::Result<()> {
        match self {
            Atomic::Own(tx) => tx.commit().await,
            Atomic::Joined(_) => Ok(()),
        }
    }
}

impl<'a> From<&'a Atomic<'_>> for Conn<'a> {
    fn from(a: &'a Atomic<'_>) -> Self {
        Conn::Tx(a.tx())
    }
}

fn busy(_: tokio::sync::TryLockError) -> sqlx::Error {
    sqlx::Error::Protocol("the transaction is in use by another statement (a store call nested in another)".into())
}

/// A connection held for the statements of one store call.
pub enum Lease<'a> {
    Sqlite(SqliteLease<'a>),
    Postgres(PgLease<'a>),
}

pub enum SqliteLease<'a> {
    Pooled(PoolConnection<Sqlite>),
    Tx(MutexGuard<'a, Transaction<'static, Sqlite>>),
}

pub enum PgLease<'a> {
    Pooled(PoolConnection<Postgres>),
    Tx(MutexGuard<'a, Transaction<'static, Postgres>>),
}

/// The typed connection inside a [`Lease`].
pub enum Leased<'c> {
    Sqlite(&'c mut SqliteConnection),
    Postgres(&'c mut PgConnection),
}

impl Lease<'_> {
    pub fn get(&mut self) -> Leased<'_> {
        match self {
            Lease::Sqlite(SqliteLease::Pooled(c)) => Leased::Sqlite(c),
            Lease::Sqlite(SqliteLease::Tx(t)) => Leased::Sqlite(t),
            Lease::Postgres(PgLease::Pooled(c)) => Leased::Postgres(c),
            Lease::Postgres(PgLease::Tx(t)) => Leased::Postgres(t),
        }
    }
}

/// Runs `$body` with `$c` bound to a typed connection (`&mut SqliteConnection` or
/// `&mut PgConnection`) of whatever `$db` is: a `&Db`, a `&Tx` or a [`Conn`]. The body is written
/// once and compiled for each backend; it evaluates to a `Result` whose error type takes a
/// `sqlx::Error` (acquiring the connection can fail too). Pass `&mut *$c` to each statement.
#[macro_export]
macro_rules! with_conn {
    ($db:expr, $c:ident => $body:expr) => {
        match $crate::db::Conn::lease(::core::convert::Into::into($db)).await {
            Err(e) => Err(e.into()),
            Ok(mut lease) => match lease.get() {
                $crate::db::Leased::Sqlite($c) => $body,
                $crate::db::Leased::Postgres($c) => $body,
            },
        }
    };
}
