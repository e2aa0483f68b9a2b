//! Inserting many rows at once: multi-row `INSERT`s in one transaction, for the demo generator.
//! One statement per batch instead of one per row is what makes 30,000 pupils take a second.

use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::db::{Conn, Tx};
use crate::with_conn;

/// A value of any column type we write in bulk.
#[derive(Clone, Debug)]
pub enum Val {
    Id(Uuid),
    OptId(Option<Uuid>),
    Text(String),
    OptText(Option<String>),
    Int(Option<i32>),
    Real(Option<f64>),
    Date(Option<Date>),
    Time(Option<OffsetDateTime>),
    /// A time of day.
    Clock(time::Time),
    Bool(bool),
    Blob(Vec<u8>),
}

/// Parameters per statement. Both backends allow far more (SQLite 32,766, PostgreSQL 65,535),
/// but sqlx's SQLite driver slows down sharply with statement size: the full demo network took
/// 17.4 s with 16,000 parameters per statement and 2.4 s with 2,000.
const MAX_PARAMS: usize = 2_000;

/// Inserts `rows` (each with one value per column) into `table`, in multi-row statements: inside
/// the caller's transaction, or (given the pool) in one of its own, so either all rows are in or
/// none.
pub async fn insert<'a>(db: impl Into<Conn<'a>>, table: &str, columns: &[&str], rows: &[Vec<Val>]) -> sqlx::Result<()> {
    match db.into() {
        Conn::Pool(db) => {
            let tx = db.begin().await?;
            insert_chunks(&tx, table, columns, rows).await?;
            tx.commit().await
        }
        Conn::Tx(tx) => insert_chunks(tx, table, columns, rows).await,
    }
}

async fn insert_chunks(tx: &Tx, table: &str, columns: &[&str], rows: &[Vec<Val>]) -> sqlx::Result<()> {
    for chunk in rows.chunks(rows_per_statement(columns.len())) {
        let sql = statement(table, columns, chunk.len());
        with_conn!(tx, c => {
            let mut q = sqlx::query(&sql);
            for v in chunk.iter().flatten() {
                q = match v {
                    Val::Id(x) => q.bind(*x),
                    Val::OptId(x) => q.bind(*x),
                    Val::Text(x) => q.bind(x.as_str()),
                    Val::OptText(x) => q.bind(x.as_deref()),
                    Val::Int(x) => q.bind(*x),
                    Val::Real(x) => q.bind(*x),
                    Val::Date(x) => q.bind(*x),
                    Val::Time(x) => q.bind(*x),
                    Val::Clock(x) => q.bind(*x),
                    Val::Bool(x) => q.bind(*x),
                    Val::Blob(x) => q.bind(x.as_slice()),
                };
            }
            q.execute(&mut *c).await.map(|_| ())
        })?;
    }
    Ok(())
}

/// How many rows of `columns` columns go into one statement.
pub fn rows_per_statement(columns: usize) -> usize {
    (MAX_PARAMS / columns.max(1)).max(1)
}

/// `INSERT INTO table (columns) VALUES ($1,…),(…)` for `rows` rows.
pub fn statement(table: &str, columns: &[&str], rows: usize) -> String {
    let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
    let mut n = 0;
    for r in 0..rows {
        if r > 0 {
            sql.push(',');
        }
        sql.push('(');
        for c in 0..columns.len() {
            if c > 0 {
                sql.push(',');
            }
            n += 1;
            sql.push('$');
            sql.push_str(&n.to_string());
        }
        sql.push(')');
    }
    sql
}

#[cfg(test)]
mod tests {
    #[test]
    fn statements_number_every_value() {
        assert_eq!(super::statement("t", &["a", "b"], 2), "INSERT INTO t (a, b) VALUES ($1,$2),($3,$4)");
    }
}
