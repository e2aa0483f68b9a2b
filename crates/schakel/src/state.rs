//! The state every handler can reach: the workflows' [`Env`], and what only the web needs.

use std::ops::Deref;

use crate::config::Config;
use crate::db::Db;
use crate::env::Env;

#[derive(Clone)]
pub struct AppState {
    pub env: Env,
}

impl AppState {
    pub async fn new(db: Db, config: Config) -> anyhow::Result<AppState> {
        Ok(AppState { env: Env::new(db, config).await? })
    }
}

impl Deref for AppState {
    type Target = Env;

    fn deref(&self) -> &Env {
        &self.env
    }
}
