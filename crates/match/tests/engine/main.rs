//! The engine's test suite (one binary): table-driven edge cases and property tests against
//! brute force on tiny instances.

mod cases;
mod explain;
mod groups;
mod parse;
mod props;
mod support;
