//! A listing scope as SQL: the policy decides *which* schools or organisations an actor may see
//! (see `auth::policy`); this turns that decision into a `WHERE` condition of a query being
//! built, so the filtering happens in the database, never after the fetch.

use sqlx::{Database, Encode, QueryBuilder, Type};
use uuid::Uuid;

/// Rows an actor may list, by the id in one column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SqlScope {
    /// Every row.
    All,
    /// Rows whose column is one of these ids (possibly none).
    Only(Vec<Uuid>),
}

impl SqlScope {
    /// Pushes the condition on `column` onto `qb`: `TRUE`, `FALSE` (no ids), or
    /// `column IN (…)` with the ids bound.
    pub fn push<'a, DB: Database>(&self, qb: &mut QueryBuilder<'a, DB>, column: &str)
    where
        Uuid: Encode<'a, DB> + Type<DB>,
    {
        match self {
            SqlScope::All => {
                qb.push("TRUE");
            }
            SqlScope::Only(ids) if ids.is_empty() => {
                qb.push("FALSE");
            }
            SqlScope::Only(ids) => push_in(qb, column, ids.iter().copied()),
        }
    }

    pub fn allows(&self, id: Uuid) -> bool {
        match self {
            SqlScope::All => true,
            SqlScope::Only(ids) => ids.contains(&id),
        }
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, SqlScope::Only(ids) if ids.is_empty())
    }
}

/// Pushes `column IN (…)` onto `qb` with `values` bound; the caller makes sure there is at
/// least one value (`IN ()` is no SQL).
pub fn push_in<'a, DB: Database, T>(qb: &mut QueryBuilder<'a, DB>, column: &str, values: impl IntoIterator<Item = T>)
where
    T: 'a + Encode<'a, DB> + Type<DB>,
{
    qb.push(column).push(" IN (");
    let mut list = qb.separated(", ");
    for v in values {
        list.push_bind(v);
    }
    qb.push(")");
}

#[cfg(test)]
mod tests {
    use sqlx::{Postgres, Sqlite};

    use super::*;

    fn pg(scope: &SqlScope) -> String {
        let mut qb = QueryBuilder::<Postgres>::new("SELECT 1 WHERE x = ");
        qb.push_bind(7_i32).push(" AND ");
        scope.push(&mut qb, "p.school_id");
        qb.into_sql()
    }

    #[test]
    fn scopes_push_their_condition_with_the_ids_bound() {
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        assert_eq!(pg(&SqlScope::Only(vec![a, b])), "SELECT 1 WHERE x = $1 AND p.school_id IN ($2, $3)");
        assert_eq!(pg(&SqlScope::Only(vec![])), "SELECT 1 WHERE x = $1 AND FALSE");
        assert_eq!(pg(&SqlScope::All), "SELECT 1 WHERE x = $1 AND TRUE");
        let mut qb = QueryBuilder::<Sqlite>::new("SELECT 1 WHERE ");
        SqlScope::Only(vec![a]).push(&mut qb, "o.id");
        assert_eq!(qb.sql(), "SELECT 1 WHERE o.id IN (?)");
    }
}
