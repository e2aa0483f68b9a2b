//! Rules for minors (work in progress).
