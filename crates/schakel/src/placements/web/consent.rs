//! Parental consent, through the signed link mailed to a parent: no account needed. The page
//! shows the placement agreement; consenting is the parent's signature: it records the name, the
//! moment, the separate consents to Sunday work and extended evening hours when the schedule
//! asks them, and the agreement exactly as shown (kept as a PDF). The placement starts once
//! every other signature is in too.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use crate::auth::token;
use crate::flow::Stop;
use crate::placements::documents::{self, Missing};
use crate::placements::flow::{self, ConsentInput, Refused};
use crate::placements::store::placements::{self as store, Consent, Placement};
use crate::placements::store::vacancies;
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, render_status};

pub fn routes() -> Routes {
    Routes::new()
        .get("/consent/{token}", page)
        .post("/consent/{token}", give)
        .get("/consent/{token}/agreement.pdf", agreement)
}

#[derive(Template)]
#[template(path = "placements/consent.html")]
struct ConsentPage {
    ctx: Ctx,
    state: Consent,
    p: Option<Placement>,
    slots: Vec<crate::placements::model::Slot>,
    supervisor: String,
    token: String,
    errors: FormErrors,
    parent_name: String,
    /// Why the agreement cannot be made yet, when it cannot.
    blocked: Option<String>,
    /// The schedule has Sunday work: a parent's separate consent is asked (A4).
    asks_sunday: bool,
    /// The schedule runs past 19:00: a parent's consent to the extended evening hours is asked.
    asks_evening: bool,
}

async fn show(app: &AppState, ctx: Ctx, tok: String, errors: FormErrors, parent_name: String) -> Result<Response> {
    let state = store::consent(&app.db, &token::digest(&tok)).await?;
    let placement_id = match &state {
        Consent::Open { placement, .. } | Consent::Given { placement, .. } => Some(*placement),
        _ => None,
    };
    let p = match placement_id {
        Some(id) => store::placement(&app.db, id).await?,
        None => None,
    };
    let (slots, supervisor, shifts) = match &p {
        Some(p) => {
            let v = vacancies::vacancy(&app.db, p.vacancy_id).await?;
            let slots = vacancies::slots(&app.db, p.vacancy_id).await?;
            let shifts =
                v.as_ref().map(|v| crate::minors::check::planned_shifts(v, &slots, v.starts_on)).unwrap_or_default();
            (slots, v.map(|v| v.supervisor_name).unwrap_or_default(), shifts)
        }
        None => (Vec::new(), String::new(), Vec::new()),
    };
    let asks_sunday = shifts.iter().any(|s| s.date().weekday() == time::Weekday::Sunday);
    let evening = schakel_minors::ClockTime::hm(19, 0).map(|t| t.minutes()).unwrap_or(1140);
    let asks_evening = shifts.iter().any(|s| s.end().minutes() > evening);
    let blocked = p.as_ref().filter(|p| p.date_of_birth.is_none()).map(|_| ctx.t("consent-blocked-birth"));
    let status = match (&state, errors.is_empty()) {
        (Consent::Unknown, _) => StatusCode::NOT_FOUND,
        (Consent::Expired, _) => StatusCode::GONE,
        (_, false) => StatusCode::UNPROCESSABLE_ENTITY,
        _ => StatusCode::OK,
    };
    render_status(
        status,
        &ConsentPage {
            ctx,
            state,
            p,
            slots,
            supervisor,
            token: tok,
            errors,
            parent_name,
            blocked,
            asks_sunday,
            asks_evening,
        },
    )
}

async fn page(State(app): State<AppState>, ctx: Ctx, Path(tok): Path<String>) -> Result<Response> {
    show(&app, ctx, tok, FormErrors::default(), String::new()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ConsentForm {
    name: String,
    agree: String,
    sunday: String,
    evening: String,
}

async fn give(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(tok): Path<String>,
    Form(f): Form<ConsentForm>,
) -> Result<Response> {
    let input =
        ConsentInput { name: &f.name, agree: f.agree == "yes", sunday: f.sunday == "yes", evening: f.evening == "yes" };
    match flow::give_consent(&app, &token::digest(&tok), ctx.lang, input).await {
        Ok(_) => show(&app, ctx, tok, FormErrors::default(), String::new()).await,
        Err(Stop::Refused(Refused::Invalid(fields))) => {
            let mut errors = FormErrors::default();
            for (field, key) in fields {
                errors.add(field, key);
            }
            show(&app, ctx, tok, errors, f.name).await
        }
        // The page says why: the link was used or expired meanwhile, or the agreement cannot be
        // made yet (her date of birth is missing).
        Err(Stop::Refused(_) | Stop::NotFound) => show(&app, ctx, tok, FormErrors::default(), f.name).await,
        Err(e) => Err(e.into()),
    }
}

/// The agreement behind a consent link: as consented, or as it stands while consent is open.
async fn agreement(State(app): State<AppState>, ctx: Ctx, Path(tok): Path<String>) -> Result<Response> {
    let placement = match store::consent(&app.db, &token::digest(&tok)).await? {
        Consent::Open { placement, .. } | Consent::Given { placement, .. } => placement,
        _ => return Err(Error::NotFound),
    };
    let pdf = match store::consented_agreement(&app.db, placement).await? {
        Some(pdf) => pdf,
        None => {
            let p = store::placement(&app.db, placement).await?.ok_or(Error::NotFound)?;
            documents::agreement_pdf(&app.db, &p, ctx.lang, app.clock().today(), None).await.map_err(pdf_error)?
        }
    };
    Ok(pdf_response(pdf, "stageovereenkomst.pdf"))
}

pub(super) fn pdf_error(e: Missing) -> Error {
    match e {
        Missing::BirthDate => Error::BadRequest("document-err-birth"),
        Missing::Db(e) => Error::Db(e),
        Missing::Document(e) => Error::Internal(e.into()),
        Missing::Task(e) => Error::Internal(e),
    }
}

pub(super) fn pdf_response(pdf: Vec<u8>, name: &'static str) -> Response {
    let mut res = pdf.into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{name}\"")) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    res
}
