//! A listing scope as SQL: the policy decides *which* schools or organisations an actor may see
//! (see `auth::policy`); this turns that decision into a `WHERE` fragment with numbered
//! placeholders, so the filtering happens in the database, never after the fetch.

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
    /// The fragment for `column`, with placeholders numbered from `first` (e.g. `$3, $4`), and
    /// the ids to bind in that order.
    pub fn fragment(&self, column: &str, first: usize) -> (String, Vec<Uuid>) {
        match self {
            SqlScope::All => ("TRUE".to_string(), Vec::new()),
            SqlScope::Only(ids) if ids.is_empty() => ("FALSE".to_string(), Vec::new()),
            SqlScope::Only(ids) => {
                let marks: Vec<String> = (0..ids.len()).map(|i| format!("${}", first + i)).collect();
                (format!("{column} IN ({})", marks.join(", ")), ids.clone())
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_number_their_placeholders() {
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        let (sql, binds) = SqlScope::Only(vec![a, b]).fragment("p.school_id", 3);
        assert_eq!(sql, "p.school_id IN ($3, $4)");
        assert_eq!(binds, vec![a, b]);
        assert_eq!(SqlScope::Only(vec![]).fragment("x", 1).0, "FALSE");
        assert_eq!(SqlScope::All.fragment("x", 1).0, "TRUE");
    }
}
