//! Pages of the rules for minors: the rule table and options, school calendars, host checks.

mod calendar;
mod hosts;
mod rules;

use crate::web::Routes;

pub fn routes() -> Routes {
    Routes::new().merge(rules::routes()).merge(calendar::routes()).merge(hosts::routes())
}
