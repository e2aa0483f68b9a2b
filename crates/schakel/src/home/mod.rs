//! Home pages: the public landing page, and for a signed-in person what each of her roles works
//! on first (DESIGN.md, "Pages per role").

pub mod store;
pub mod web;
