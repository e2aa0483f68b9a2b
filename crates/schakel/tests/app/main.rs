//! The integration suite: one binary, the real application over real databases. Every test
//! runs on SQLite, and on PostgreSQL when `TEST_PG_ADMIN_URL` is set (the test command sets it);
//! in CI (`CI` set) a missing `TEST_PG_ADMIN_URL` fails the PostgreSQL tests instead of skipping them.

// Test code states its expectations with `expect` and `panic!`: a failure should stop the test.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod atomic;
mod auth;
mod authz;
mod demo;
mod directory;
mod fixtures;
mod helpers;
mod import;
mod matching;
mod mediation;
mod minors;
mod pages;
mod rounds;
mod schema;
mod web;
