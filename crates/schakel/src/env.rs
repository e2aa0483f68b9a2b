//! What workflows run against: the database (which carries the clock), the configuration and
//! the server's secret. The web's state wraps it; the command line and the demo generator build
//! it directly, so they take the same steps through the same flows.

use std::sync::Arc;

use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;

#[derive(Clone)]
pub struct Env {
    pub db: Db,
    pub config: Arc<Config>,
    /// The key for CSRF tokens and signed links; kept in the database so restarts keep them valid.
    pub secret: Arc<Vec<u8>>,
}

impl Env {
    pub async fn new(db: Db, config: Config) -> anyhow::Result<Env> {
        let secret = crate::auth::store_secret(&db).await?;
        Ok(Env { db, config: Arc::new(config), secret: Arc::new(secret) })
    }

    pub fn clock(&self) -> &Clock {
        self.db.clock()
    }
}
