//! Schakel: the shared infrastructure of a city-wide school–work network. This library holds
//! everything; `main.rs` is a thin command line over it, and the tests import it directly.

pub mod app;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod directory;
pub mod env;
pub mod flow;
pub mod geo;
pub mod home;
pub mod i18n;
pub mod ids;
pub mod mail;
pub mod minors;
pub mod placements;
pub mod privacy;
pub mod rounds;
pub mod state;
pub mod web;

pub use app::serve;
pub use state::AppState;
