//! Inserting many rows at once: multi-row `INSERT`s in one transaction, for the demo generator.
//! One statement per batch instead of one per row is what makes 30,000 pupils take a second.

use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::db::Db;
use crate::with_tx;

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

/// Inserts `rows` (each with one value per column) into `table`.
pub async fn insert(db: &Db, table: &str, columns: &[&str], rows: &[Vec<Val>]) -> sqlx::Result<()> {
    with_tx!(db, tx => crate::insert_rows!(tx, table, columns, rows));
    Ok(())
}

/// Inserts `rows` into `table` inside the open transaction `$tx`, in multi-row statements
/// (see [`insert`]); `?` returns the first error.
#[macro_export]
macro_rules! insert_rows {
    ($tx:ident, $table:expr, $columns:expr, $rows:expr) => {{
        use $crate::db::bulk::Val;
        let columns: &[&str] = $columns;
        let rows: &[Vec<Val>] = $rows;
        for chunk in rows.chunks($crate::db::bulk::rows_per_statement(columns.len())) {
            let sql = $crate::db::bulk::statement($table, columns, chunk.len());
            let mut q = sqlx::query(&sql);
            for row in chunk {
                for v in row {
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
            }
            q.execute(&mut *$tx).await?;
        }
    }};
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
