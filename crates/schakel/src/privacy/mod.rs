//! Privacy: the audit trail of access to and changes of pupil data and of accounts.

pub mod audit;
pub mod web;
