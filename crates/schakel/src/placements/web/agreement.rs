//! Signing the placement agreement, confirming the rules' warnings, and the school's dated
//! papers (MINORS-RULES.md A3–A6: no placement starts without a signed agreement, and none while
//! a rule blocks it). The page says when the placement started with it.

use axum::extract::{Path, State};
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use super::back_with;
use crate::flow::Stop;
use crate::ids::PlacementId;
use crate::minors::words;
use crate::placements::flow::{self, Refused, Signed};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::Result;
use crate::web::page::redirect_with;

pub fn routes() -> Routes {
    Routes::new()
        .post("/placements/{placement}/sign", sign)
        .post("/placements/{placement}/acknowledge", acknowledge)
        .post("/placements/{placement}/papers", record_papers)
}

/// Back to the placement: it started, or `otherwise`.
fn done(app: &AppState, id: PlacementId, s: Signed, otherwise: &'static str) -> Result<Response> {
    let flash = if s.started { "flash-placement-active" } else { otherwise };
    Ok(redirect_with(app, &format!("/placements/{id}"), flash))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SignForm {
    agree: String,
    sunday: String,
}

/// A party signs for itself: the pupil, the host (when it did not with its acceptance), or the
/// school (when it did not with its confirmation).
async fn sign(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<SignForm>,
) -> Result<Response> {
    match flow::sign(&app, ctx.actor()?, id, f.agree == "yes", f.sunday == "yes").await {
        Ok(s) => done(&app, id, s, "flash-signed"),
        Err(stop) => back_with(&app, id, stop),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AcknowledgeForm {
    ack: Vec<String>,
    note: String,
}

/// The school confirms open warnings of a confirmed placement, with a note.
async fn acknowledge(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<AcknowledgeForm>,
) -> Result<Response> {
    let chosen: Vec<_> = f.ack.iter().flat_map(|v| words::parse_keys(v)).collect();
    let back = format!("/placements/{id}");
    match flow::acknowledge(&app, ctx.actor()?, id, &chosen, &f.note).await {
        Ok(s) => done(&app, id, s, "flash-warnings-confirmed"),
        Err(Stop::Refused(Refused::Invalid(_))) => Ok(redirect_with(&app, &back, "flash-note-too-long")),
        Err(Stop::Refused(Refused::Warnings(_))) => Ok(redirect_with(&app, &back, "flash-ack-all")),
        Err(stop) => back_with(&app, id, stop),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PapersForm {
    childcare_registered_on: String,
}

/// The school records the date the pupil was registered in the Personenregister kinderopvang.
async fn record_papers(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<PapersForm>,
) -> Result<Response> {
    let back = format!("/placements/{id}");
    match flow::record_childcare(&app, ctx.actor()?, id, &f.childcare_registered_on).await {
        Ok(s) => done(&app, id, s, "flash-papers-saved"),
        Err(Stop::Refused(Refused::Invalid(fields))) => {
            let future = fields.iter().any(|(_, key)| *key == "err-date-future");
            Ok(redirect_with(&app, &back, if future { "flash-date-future" } else { "flash-date-invalid" }))
        }
        Err(stop) => back_with(&app, id, stop),
    }
}
