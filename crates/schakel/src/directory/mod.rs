//! The directory: schools, classes, pupils, organisations with contacts; pupil import.

pub mod cli;
pub mod flow;
pub mod import;
pub mod model;
pub mod store;
pub mod values;
pub mod web;
