//! The documents end to end: build them from realistic Dutch data with the real translation
//! files, read the text back out of the PDF, and check what a reader would check.
//!
//! Set `SCHAKEL_DOCS_OUT=<dir>` to also write the PDFs there (to look at them).

// Test helpers outside `#[test]` functions fail loudly, like the tests themselves.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod agreement;
mod certificate;
mod fixtures;
mod keys;
mod pdf;
mod texts;
