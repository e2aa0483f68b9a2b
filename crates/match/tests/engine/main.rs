//! The engine's test suite (one binary): table-driven edge cases and property tests against
//! brute force on tiny instances.

// Test helpers outside #[test] functions fail loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cases;
mod explain;
mod groups;
mod parse;
mod props;
mod support;
