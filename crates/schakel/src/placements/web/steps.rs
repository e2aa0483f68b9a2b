//! The steps on a placement's page: the host's answer, the school's confirmation and its
//! request for consent, cancelling, hours, evaluation and reflection. Each handler reads the
//! form, runs the flow and shows what came of it.

use axum::extract::{Path, State};
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use super::back_with;
use super::page::{EvaluationForm, HoursForm, Sent, show};
use crate::flow::Stop;
use crate::ids::PlacementId;
use crate::minors::words;
use crate::placements::flow::{self, HoursInput, Refused, Verdict};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, redirect_with};

pub fn routes() -> Routes {
    Routes::new()
        .post("/placements/{placement}/accept", accept)
        .post("/placements/{placement}/decline", decline)
        .post("/placements/{placement}/confirm", confirm)
        .post("/placements/{placement}/consent", request_consent)
        .post("/placements/{placement}/cancel", cancel)
        .post("/placements/{placement}/hours", log_hours)
        .post("/placements/{placement}/hours/approve", approve_all)
        .post("/placements/{placement}/evaluation", evaluate)
        .post("/placements/{placement}/reflection", reflect)
}

fn back(app: &AppState, id: PlacementId, flash: &'static str) -> Result<Response> {
    Ok(redirect_with(app, &format!("/placements/{id}"), flash))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SignedStepForm {
    /// `yes`: the actor signs the agreement with this step.
    sign: String,
    /// The warnings the school confirms (repeated).
    ack: Vec<String>,
}

/// The organisation accepts the candidate and signs the agreement on its behalf.
async fn accept(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<SignedStepForm>,
) -> Result<Response> {
    match flow::accept(&app, ctx.actor()?, id, f.sign == "yes").await {
        Ok(()) => back(&app, id, "flash-placement-accepted"),
        Err(Stop::Refused(Refused::Unsigned)) => show(&app, ctx, id, Sent::error("sign_host", "sign-err-needed")).await,
        Err(stop) => back_with(&app, id, stop),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ReasonForm {
    reason: String,
}

async fn decline(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<ReasonForm>,
) -> Result<Response> {
    match flow::decline(&app, ctx.actor()?, id, &f.reason).await {
        Ok(()) => back(&app, id, "flash-placement-declined"),
        Err(Stop::Refused(Refused::Invalid(_))) => back(&app, id, "flash-reason-needed"),
        Err(stop) => back_with(&app, id, stop),
    }
}

async fn cancel(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<ReasonForm>,
) -> Result<Response> {
    match flow::cancel(&app, ctx.actor()?, id, &f.reason).await {
        Ok(()) => back(&app, id, "flash-placement-cancelled"),
        Err(Stop::Refused(Refused::Invalid(_))) => back(&app, id, "flash-reason-needed"),
        Err(stop) => back_with(&app, id, stop),
    }
}

/// The school confirms, signs for itself, and confirms the warnings it was shown.
async fn confirm(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<SignedStepForm>,
) -> Result<Response> {
    let acknowledged: Vec<_> = f.ack.iter().flat_map(|v| words::parse_keys(v)).collect();
    match flow::confirm(&app, ctx.actor()?, id, f.sign == "yes", &acknowledged).await {
        // A parent must sign but nobody could be asked: the coordinator fills in an address.
        Ok(done) if done.parent_unknown => back(&app, id, "flash-placement-confirmed-no-parent"),
        Ok(_) => back(&app, id, "flash-placement-confirmed-consent"),
        Err(Stop::Refused(Refused::Unsigned)) => {
            show(&app, ctx, id, Sent::error("sign_school", "sign-err-needed")).await
        }
        Err(Stop::Refused(r @ (Refused::HostChecks | Refused::Blocked(_) | Refused::Warnings(_)))) => {
            show(&app, ctx, id, Sent::error("rules", r.flash())).await
        }
        Err(stop) => back_with(&app, id, stop),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ConsentRequestForm {
    parent_email: String,
}

/// The coordinator sends (or sends again) the consent request, recording the parent's address.
async fn request_consent(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<ConsentRequestForm>,
) -> Result<Response> {
    match flow::request_consent(&app, ctx.actor()?, id, &f.parent_email).await {
        Ok(()) => back(&app, id, "flash-consent-sent"),
        Err(Stop::Refused(Refused::Invalid(_))) => back(&app, id, "flash-parent-email-needed"),
        Err(stop) => back_with(&app, id, stop),
    }
}

async fn log_hours(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<HoursForm>,
) -> Result<Response> {
    let input = HoursInput {
        date: f.date.clone(),
        start: f.start.clone(),
        end: f.end.clone(),
        activity: f.activity.clone(),
        corrects: f.corrects.parse().ok(),
    };
    match flow::log_hours(&app, ctx.actor()?, id, &input).await {
        Ok(_) => back(&app, id, "flash-hours-logged"),
        Err(Stop::Refused(Refused::Invalid(fields))) => {
            let mut errors = FormErrors::default();
            for (field, key) in fields {
                errors.add(field, key);
            }
            show(&app, ctx, id, Sent { errors, hours: f, ..Sent::default() }).await
        }
        // What she worked with this entry added breaks a rule: the entry is refused, with why.
        Err(Stop::Refused(Refused::Blocked(found))) => {
            let mut errors = FormErrors::default();
            errors.add("end", "hours-err-rules");
            let lang = ctx.lang;
            let refusals =
                words::fold(found.violations.iter().map(|v| (words::show(lang, v, false), v.check.as_str())).collect());
            show(&app, ctx, id, Sent { errors, hours: f, refusals, ..Sent::default() }).await
        }
        Err(stop) => back_with(&app, id, stop),
    }
}

async fn approve_all(State(app): State<AppState>, ctx: Ctx, Path(id): Path<PlacementId>) -> Result<Response> {
    flow::approve_all(&app, ctx.actor()?, id).await.map_err(Error::from)?;
    back(&app, id, "flash-hours-approved")
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct TextForm {
    text: String,
}

async fn evaluate(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<EvaluationForm>,
) -> Result<Response> {
    let verdict = if f.kind == "final" {
        Verdict::Final { confirmed: f.complete == "yes", early_reason: &f.early_reason }
    } else {
        Verdict::Interim
    };
    match flow::evaluate(&app, ctx.actor()?, id, &f.text, verdict).await {
        Ok(true) => back(&app, id, "flash-evaluated-completed"),
        Ok(false) => back(&app, id, "flash-evaluated"),
        Err(Stop::Refused(Refused::Invalid(fields))) => {
            let mut errors = FormErrors::default();
            for (field, key) in fields {
                errors.add(field, key);
            }
            show(&app, ctx, id, Sent { errors, evaluation: Some(f), ..Sent::default() }).await
        }
        Err(stop) => back_with(&app, id, stop),
    }
}

async fn reflect(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<TextForm>,
) -> Result<Response> {
    match flow::reflect(&app, ctx.actor()?, id, &f.text).await {
        Ok(()) => back(&app, id, "flash-reflected"),
        Err(Stop::Refused(Refused::Invalid(_))) => show(&app, ctx, id, Sent::error("reflection", "err-required")).await,
        Err(stop) => back_with(&app, id, stop),
    }
}
