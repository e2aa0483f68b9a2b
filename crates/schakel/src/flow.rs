//! What every workflow shares: how it ends when it does not complete.
//!
//! A flow (`<area>/flow.rs`) is one step a person takes: it opens one write transaction and,
//! inside it, checks the policy and the rules, makes the change, writes the audit events, the
//! notifications and outbox mails and the documents; then it commits. It returns what it did, or
//! a [`Stop`]: the transaction was dropped, so nothing of the step was kept.

use crate::auth::policy::Denied;

/// Why a step did not happen. `R` is the area's own list of refusals, each of which the person
/// can read and act on.
#[derive(Debug, thiserror::Error)]
pub enum Stop<R> {
    /// No such record, or one the actor may not see or act on (we do not say which).
    #[error("not found")]
    NotFound,
    /// The step is not possible now, for a reason the person can read.
    #[error("refused")]
    Refused(R),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    /// Something else failed (a document could not be made, say).
    #[error(transparent)]
    Failed(#[from] anyhow::Error),
}

impl<R> From<Denied> for Stop<R> {
    fn from(_: Denied) -> Self {
        Stop::NotFound
    }
}

impl<R> From<crate::minors::rules::RulesError> for Stop<R> {
    fn from(e: crate::minors::rules::RulesError) -> Self {
        match e {
            crate::minors::rules::RulesError::Db(e) => Stop::Db(e),
            e => Stop::Failed(e.into()),
        }
    }
}

/// A flow's result.
pub type Outcome<T, R> = Result<T, Stop<R>>;

/// Refuses the step with `r`: `return refuse(...)` reads as what happens.
pub fn refuse<T, R>(r: R) -> Outcome<T, R> {
    Err(Stop::Refused(r))
}

/// Runs CPU-heavy work (the matching engine, PDF rendering) on the blocking pool, so the async
/// threads keep serving requests meanwhile.
pub async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
    tokio::task::spawn_blocking(work).await.map_err(|e| anyhow::anyhow!("a blocking task failed: {e}"))
}
