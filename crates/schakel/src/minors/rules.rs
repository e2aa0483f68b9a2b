//! The rule table and the network's readings of the open questions, as stored data.
//!
//! The rule sets live in `minor_rule_sets` (one complete set per effective date, as
//! schakel-minors' JSON), seeded with the built-in sets when the table is empty. The options
//! live in `minor_option_changes`: every change keeps the whole options with who and why, the
//! latest row is in force. [`engine`] builds the engine from both for each check, so a change
//! applies at once on every server of a deployment.

use schakel_minors::{Engine, Options, RuleBook, RuleSet};
use sqlx::FromRow;
use time::{Date, OffsetDateTime};

use crate::db::Conn;
use crate::ids::UserId;
use crate::with_conn;

/// Why the stored rules cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("stored rule set is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("stored rule book is not valid: {0}")]
    Book(#[from] schakel_minors::RuleBookError),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Stores the built-in rule sets when none are stored yet (a new database).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn seed(db: impl Into<Conn<'_>>) -> Result<(), RulesError> {
    let db: Conn<'_> = db.into();
    let book = RuleBook::builtin();
    let mut rows = Vec::new();
    for set in book.sets() {
        rows.push((set.effective_from, serde_json::to_string(&set.rows)?));
    }
    let t = db.now();
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM minor_rule_sets").fetch_one(&mut *tx).await?;
        if n == 0 {
            for (from, json) in &rows {
                sqlx::query("INSERT INTO minor_rule_sets (id, effective_from, rule_rows, note, created_at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(uuid::Uuid::now_v7()).bind(*from).bind(json).bind("MINORS-RULES.md").bind(t)
                    .execute(&mut *tx).await?;
            }
        }
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(())
}

#[derive(FromRow)]
struct SetRow {
    effective_from: Option<Date>,
    rule_rows: String,
}

/// The stored rule book.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn book(db: impl Into<Conn<'_>>) -> Result<RuleBook, RulesError> {
    let rows: Vec<SetRow> = with_conn!(db, p => sqlx::query_as(
        "SELECT effective_from, rule_rows FROM minor_rule_sets ORDER BY effective_from IS NOT NULL, effective_from")
        .fetch_all(p).await)?;
    let mut sets = Vec::with_capacity(rows.len());
    for r in rows {
        sets.push(RuleSet { effective_from: r.effective_from, rows: serde_json::from_str(&r.rule_rows)? });
    }
    Ok(RuleBook::new(sets)?)
}

/// The options in force: the latest change, or the strict defaults.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn options(db: impl Into<Conn<'_>>) -> Result<Options, RulesError> {
    let json: Option<String> = with_conn!(db, p => sqlx::query_scalar(
        "SELECT options FROM minor_option_changes ORDER BY changed_at DESC, id DESC LIMIT 1").fetch_optional(p).await)?;
    Ok(match json {
        Some(j) => serde_json::from_str(&j)?,
        None => Options::default(),
    })
}

/// The engine with the stored rules and options.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn engine(db: impl Into<Conn<'_>>) -> Result<Engine, RulesError> {
    let db: Conn<'_> = db.into();
    Ok(Engine::new(book(db).await?, options(db).await?))
}

/// One change of the options.
#[derive(Clone, Debug)]
pub struct OptionChange {
    pub options: Options,
    pub reason: String,
    pub by: Option<String>,
    pub at: OffsetDateTime,
}

#[derive(FromRow)]
struct ChangeRow {
    options: String,
    reason: String,
    by_name: Option<String>,
    changed_at: OffsetDateTime,
}

/// Every change of the options, newest first.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn history(db: impl Into<Conn<'_>>) -> Result<Vec<OptionChange>, RulesError> {
    let rows: Vec<ChangeRow> = with_conn!(db, p => sqlx::query_as(
        "SELECT c.options, c.reason, u.name AS by_name, c.changed_at FROM minor_option_changes c
         LEFT JOIN users u ON u.id = c.changed_by ORDER BY c.changed_at DESC, c.id DESC").fetch_all(p).await)?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        out.push(OptionChange {
            options: serde_json::from_str(&r.options)?,
            reason: r.reason,
            by: r.by_name,
            at: r.changed_at,
        });
    }
    Ok(out)
}

/// Records new options with the reason for the change.
#[tracing::instrument(level = "debug", skip_all, fields(by = %by))]
pub async fn set_options(
    db: impl Into<Conn<'_>>,
    options: &Options,
    reason: &str,
    by: UserId,
) -> Result<(), RulesError> {
    let db: Conn<'_> = db.into();
    let json = serde_json::to_string(options)?;
    with_conn!(db, p => sqlx::query(
        "INSERT INTO minor_option_changes (id, options, reason, changed_by, changed_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(uuid::Uuid::now_v7()).bind(json).bind(reason).bind(by).bind(db.now()).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}
