//! SQL of placement mediation.

pub mod hours;
pub mod notifications;
pub mod placements;
pub mod vacancies;
