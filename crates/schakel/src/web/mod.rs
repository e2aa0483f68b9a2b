//! The web layer's parts: the route registry, the request context and CSRF, errors, page
//! helpers and assets. It knows no area; `crate::app` puts the areas' routes together.

pub mod assets;
pub mod context;
pub mod csrf;
pub mod drain;
pub mod error;
pub mod layout;
pub mod page;
pub mod routes;

pub use routes::Routes;
