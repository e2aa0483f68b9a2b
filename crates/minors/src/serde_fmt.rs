//! Stable, human-readable serde formats for dates (`2026-11-24`) and clock times (`19:00`).
//!
//! The `time` crate's own serde representation depends on a feature flag that would change the
//! format for the whole workspace, so this crate names its formats explicitly.

time::serde::format_description!(pub(crate) iso_date, Date, "[year]-[month]-[day]");
time::serde::format_description!(pub(crate) hh_mm, Time, "[hour]:[minute]");
