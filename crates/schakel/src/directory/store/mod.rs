//! SQL of the directory. Listing functions take the actor's scope (from the policy) and filter
//! in SQL; each list has a `count_*` for its pager and a `list_*` for one page.

pub mod classes;
pub mod guardians;
pub mod imports;
pub mod organisations;
pub mod pupils;
pub mod schools;

use crate::auth::store::{is_unique_violation, like_escape};

/// Why a record could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// A unique value is taken already; names the form field.
    #[error("duplicate value for {0}")]
    Duplicate(&'static str),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

impl SaveError {
    pub(crate) fn from_db(e: sqlx::Error, field: &'static str) -> SaveError {
        if is_unique_violation(&e) { SaveError::Duplicate(field) } else { SaveError::Db(e) }
    }
}

/// A `LIKE` pattern matching `text` anywhere, lower-cased.
pub(crate) fn contains_pattern(text: &str) -> String {
    format!("%{}%", like_escape(&text.trim().to_lowercase()))
}

#[cfg(test)]
mod tests {
    use sqlx::Connection;

    use crate::directory::model::{ImportStatus, VettingStatus};

    #[tokio::test]
    async fn a_status_the_code_does_not_know_is_an_error_when_read() {
        let mut c = sqlx::SqliteConnection::connect("sqlite::memory:").await.expect("a database in memory");
        let known: VettingStatus = sqlx::query_scalar("SELECT 'approved'").fetch_one(&mut c).await.expect("known");
        assert_eq!(known, VettingStatus::Approved);
        let applied: ImportStatus = sqlx::query_scalar("SELECT 'applied'").fetch_one(&mut c).await.expect("known");
        assert_eq!(applied, ImportStatus::Applied);
        assert!(sqlx::query_scalar::<_, VettingStatus>("SELECT 'vetted'").fetch_one(&mut c).await.is_err());
        assert!(sqlx::query_scalar::<_, ImportStatus>("SELECT 'done'").fetch_one(&mut c).await.is_err());
    }
}
