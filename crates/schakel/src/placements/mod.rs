//! Placement mediation: vacancies, applications, the placement lifecycle to certificate.

pub mod documents;
pub mod flow;
pub mod model;
pub mod notify;
pub mod store;
pub mod web;
