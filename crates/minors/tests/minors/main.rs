//! The rule engine's test suite (one binary): a table-driven test per rule at its edges, the
//! rule table, the messages in both languages, the iCalendar reader, and property tests.

// Test helpers outside #[test] functions fail loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod age_gates;
mod calendar_ics;
mod days;
mod group_vacancy;
mod kind_of_work;
mod messages;
mod paperwork;
mod properties;
mod rest_breaks;
mod rule_table;
mod sector;
mod settings;
mod sundays;
mod support;
mod times;
mod weeks;
