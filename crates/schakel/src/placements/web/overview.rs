//! The coordinator's view of a class (who has no placement, who waits on whom, hours against
//! the requirement) with CSV and XLSX exports; the agreement and certificate as PDFs; the
//! notifications page.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::consent::{pdf_error, pdf_response};
use crate::auth::policy::{self, Action, Resource};
use crate::directory::store::classes::{self, Class};
use crate::ids::{ClassId, PlacementId, PupilId};
use crate::placements::documents;
use crate::placements::store::notifications::{self, Notification};
use crate::placements::store::placements::{self as store, PupilProgress};
use crate::privacy::audit;
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::render;

pub fn routes() -> Routes {
    Routes::new()
        .get("/classes/{class}/progress", progress)
        .get("/classes/{class}/progress.csv", progress_csv)
        .get("/classes/{class}/progress.xlsx", progress_xlsx)
        .get("/placements/{placement}/agreement.pdf", agreement)
        .get("/pupils/{pupil}/certificate.pdf", certificate)
        .get("/notifications", notifications_page)
        .post("/notifications/read", read_all)
}

async fn class_for(app: &AppState, ctx: &Ctx, id: ClassId) -> Result<(Class, Vec<PupilProgress>)> {
    let actor = ctx.actor()?;
    let class = classes::class(&app.db, id).await?.ok_or(Error::NotFound)?;
    policy::require(actor, Action::View, Resource::Pupils(class.school_id))?;
    let rows = store::class_progress(&app.db, id).await?;
    audit::record(
        &app.db,
        Some(actor.user_id),
        audit::Event::ClassViewed { school: class.school_id, class: id, rows: rows.len() },
    )
    .await?;
    Ok((class, rows))
}

/// Where a pupil stands, as one message key.
fn stage_key(r: &PupilProgress) -> &'static str {
    if r.approved_minutes >= i64::from(r.required_hours) * 60 {
        "stage-done"
    } else if r.active > 0 {
        "stage-active"
    } else if r.waiting_consent > 0 {
        "stage-waiting-consent"
    } else if r.waiting_school > 0 {
        "stage-waiting-school"
    } else if r.waiting_host > 0 {
        "stage-waiting-host"
    } else if r.completed > 0 {
        "stage-needs-more"
    } else {
        "stage-none"
    }
}

#[derive(Template)]
#[template(path = "placements/progress.html")]
struct ProgressPage {
    ctx: Ctx,
    class: Class,
    rows: Vec<PupilProgress>,
}

impl ProgressPage {
    fn stage(&self, r: &PupilProgress) -> String {
        self.ctx.t(stage_key(r))
    }

    fn without(&self) -> usize {
        self.rows.iter().filter(|r| r.live == 0 && r.approved_minutes < i64::from(r.required_hours) * 60).count()
    }

    fn behind(&self, r: &PupilProgress) -> bool {
        r.approved_minutes < i64::from(r.required_hours) * 60
    }
}

async fn progress(State(app): State<AppState>, ctx: Ctx, Path(id): Path<ClassId>) -> Result<Response> {
    let (class, rows) = class_for(&app, &ctx, id).await?;
    render(&ProgressPage { ctx, class, rows })
}

fn header_row(ctx: &Ctx) -> Vec<String> {
    ["field-number", "field-name", "progress-stage", "progress-approved", "progress-submitted", "field-required_hours"]
        .iter()
        .map(|k| match k.strip_prefix("field-") {
            Some(field) => ctx.field_label(field),
            None => ctx.t(k),
        })
        .collect()
}

fn hours(minutes: i64) -> f64 {
    (minutes as f64 / 60.0 * 100.0).round() / 100.0
}

async fn progress_csv(State(app): State<AppState>, ctx: Ctx, Path(id): Path<ClassId>) -> Result<Response> {
    let (class, rows) = class_for(&app, &ctx, id).await?;
    let mut w = csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    let err = |e: csv::Error| Error::Internal(e.into());
    w.write_record(header_row(&ctx)).map_err(err)?;
    for r in &rows {
        w.write_record([
            r.number.clone(),
            r.name(),
            ctx.t(stage_key(r)),
            hours(r.approved_minutes).to_string(),
            hours(r.submitted_minutes).to_string(),
            r.required_hours.to_string(),
        ])
        .map_err(err)?;
    }
    let mut body = b"\xEF\xBB\xBF".to_vec();
    body.extend(w.into_inner().map_err(|e| Error::Internal(anyhow::anyhow!("writing CSV: {e}")))?);
    Ok(download(body, "text/csv; charset=utf-8", &format!("klas-{}.csv", class.name)))
}

async fn progress_xlsx(State(app): State<AppState>, ctx: Ctx, Path(id): Path<ClassId>) -> Result<Response> {
    let (class, rows) = class_for(&app, &ctx, id).await?;
    let xerr = |e: rust_xlsxwriter::XlsxError| Error::Internal(anyhow::anyhow!("writing XLSX: {e}"));
    let mut book = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet
        .set_name(format!("{} {}", ctx.field_label("class"), class.name).chars().take(31).collect::<String>())
        .map_err(xerr)?;
    for (c, h) in header_row(&ctx).iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, &bold).map_err(xerr)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &r.number).map_err(xerr)?;
        sheet.write_string(row, 1, r.name()).map_err(xerr)?;
        sheet.write_string(row, 2, ctx.t(stage_key(r))).map_err(xerr)?;
        sheet.write_number(row, 3, hours(r.approved_minutes)).map_err(xerr)?;
        sheet.write_number(row, 4, hours(r.submitted_minutes)).map_err(xerr)?;
        sheet.write_number(row, 5, f64::from(r.required_hours)).map_err(xerr)?;
    }
    sheet.set_column_width(1, 28).map_err(xerr)?;
    sheet.set_column_width(2, 30).map_err(xerr)?;
    let body = book.save_to_buffer().map_err(xerr)?;
    Ok(download(
        body,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &format!("klas-{}.xlsx", class.name),
    ))
}

fn download(body: Vec<u8>, content_type: &'static str, name: &str) -> Response {
    let mut res = body.into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    let safe: String = name.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')).collect();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{safe}\"")) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// The agreement of a placement, for the pupil, the school, the host and the project leader:
/// as consented when a parent consented, else as it stands.
async fn agreement(State(app): State<AppState>, ctx: Ctx, Path(id): Path<PlacementId>) -> Result<Response> {
    let actor = ctx.actor()?;
    let p = store::placement(&app.db, id).await?.ok_or(Error::NotFound)?;
    policy::require(
        actor,
        Action::View,
        Resource::Placement { pupil: p.pupil_id, school: p.school_id, organisation: p.organisation_id },
    )?;
    // The agreement names the pupil in full: a host gets it once the school has confirmed.
    if !policy::sees_full_pupil(actor, &p) {
        return Err(Error::NotFound);
    }
    // The signed copy kept at activation, else the copy a parent consented to, else as it stands.
    let kept = match crate::minors::papers::stored_agreement(&app.db, id).await? {
        Some(pdf) => Some(pdf),
        None => store::consented_agreement(&app.db, id).await?,
    };
    let pdf = match kept {
        Some(pdf) => pdf,
        None => documents::agreement_pdf(&app.db, &p, ctx.lang, app.clock().today(), None).await.map_err(pdf_error)?,
    };
    Ok(pdf_response(pdf, "stageovereenkomst.pdf"))
}

/// A pupil's certificate, for herself and her school.
async fn certificate(State(app): State<AppState>, ctx: Ctx, Path(pupil): Path<PupilId>) -> Result<Response> {
    let actor = ctx.actor()?;
    let record = crate::directory::store::pupils::pupil(&app.db, pupil).await?.ok_or(Error::NotFound)?;
    policy::require(actor, Action::View, Resource::Pupil { school: record.school_id, pupil })?;
    let code = crate::auth::token::sign(&app.secret, &format!("certificate:{pupil}"))[..10].to_uppercase();
    let pdf =
        documents::certificate_pdf(&app.db, pupil, ctx.lang, app.clock().today(), &code).await.map_err(pdf_error)?;
    Ok(pdf_response(pdf, "certificaat.pdf"))
}

#[derive(Template)]
#[template(path = "placements/notifications.html")]
struct NotificationsPage {
    ctx: Ctx,
    items: Vec<Notification>,
}

async fn notifications_page(State(app): State<AppState>, ctx: Ctx) -> Result<Response> {
    let actor = ctx.actor()?;
    let items = notifications::recent(&app.db, actor.user_id, 100).await?;
    render(&NotificationsPage { ctx, items })
}

async fn read_all(State(app): State<AppState>, ctx: Ctx) -> Result<Response> {
    let actor = ctx.actor()?;
    notifications::mark_read(&app.db, actor.user_id).await?;
    Ok(Redirect::to("/notifications").into_response())
}
