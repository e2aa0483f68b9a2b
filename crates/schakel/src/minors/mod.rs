//! Rules for minors in the app: the stored rule table and options, school calendars, host
//! checks, a placement's paperwork, and the checks that run the `schakel-minors` engine over
//! our records at each step of a placement (MINORS-RULES.md).

pub mod calendar;
pub mod check;
pub mod hosts;
pub mod papers;
pub mod rules;
pub mod web;
pub mod words;
