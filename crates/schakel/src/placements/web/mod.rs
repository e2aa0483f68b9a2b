//! Pages of placement mediation. Handlers extract the request, call a flow
//! (`placements::flow`) or read through the store, and render; they never open a transaction.

mod agreement;
mod consent;
pub mod hours;
mod list;
mod overview;
mod page;
mod steps;
mod vacancies;

use axum::response::Response;

use crate::flow::Stop;
use crate::ids::PlacementId;
use crate::placements::flow::Refused;
use crate::state::AppState;
use crate::web::Routes;
use crate::web::error::{Error, Result};
use crate::web::page::redirect_with;

pub fn routes() -> Routes {
    Routes::new()
        .merge(vacancies::routes())
        .merge(list::routes())
        .merge(page::routes())
        .merge(steps::routes())
        .merge(agreement::routes())
        .merge(hours::routes())
        .merge(consent::routes())
        .merge(overview::routes())
}

/// A step that did not happen goes back to the placement with its reason as a notice; nothing
/// changed. Failures and "not found" are errors.
fn back_with(app: &AppState, id: PlacementId, stop: Stop<Refused>) -> Result<Response> {
    match stop {
        Stop::Refused(r) => Ok(redirect_with(app, &format!("/placements/{id}"), r.flash())),
        other => Err(Error::from(other)),
    }
}
