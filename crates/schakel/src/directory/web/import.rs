//! Importing pupils in the browser: upload, a preview with every row's problems, then confirm.
//! The parsed file waits in `import_batches` between preview and confirmation, so nothing is
//! written to the pupils until the coordinator says so.

use askama::Template;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use crate::auth::policy::{self, Action, Resource, SchoolData};
use crate::db::SqlScope;
use crate::directory::flow::{self, Refused};
use crate::directory::import::{self, Parsed};
use crate::directory::model::ImportStatus;
use crate::directory::store::pupils;
use crate::directory::store::{classes, imports, schools};
use crate::directory::values::SchoolYear;
use crate::flow::Stop;
use crate::ids::{ImportBatchId, SchoolId};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{redirect_with, render, render_status};

pub fn routes() -> Routes {
    Routes::new()
        .get("/pupils/import", upload_form)
        .post_upload("/pupils/import", upload)
        .get("/pupils/import/{batch}", preview)
        .post("/pupils/import/{batch}", confirm)
}

#[derive(Template)]
#[template(path = "directory/import_upload.html")]
struct UploadPage {
    ctx: Ctx,
    schools: Vec<(SchoolId, String)>,
    school: String,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct UploadQuery {
    school: String,
}

async fn importable_schools(app: &AppState, ctx: &Ctx) -> Result<Vec<(SchoolId, String)>> {
    let actor = ctx.actor()?;
    let scope = policy::school_scope(actor, SchoolData::Pupils);
    let only: Option<Vec<SchoolId>> = match &scope {
        SqlScope::All => None,
        SqlScope::Only(ids) => Some(ids.iter().copied().map(SchoolId::from_uuid).collect()),
    };
    let options = schools::school_options(&app.db, only.as_deref()).await?;
    let options: Vec<_> =
        options.into_iter().filter(|(id, _)| policy::can(actor, Action::Import, Resource::Pupils(*id))).collect();
    if options.is_empty() {
        return Err(Error::NotFound);
    }
    Ok(options)
}

async fn upload_form(State(app): State<AppState>, ctx: Ctx, Query(q): Query<UploadQuery>) -> Result<Response> {
    let schools = importable_schools(&app, &ctx).await?;
    let school = if schools.len() == 1 { schools[0].0.to_string() } else { q.school };
    render(&UploadPage { ctx, schools, school, error: None })
}

async fn upload(State(app): State<AppState>, ctx: Ctx, req: Request) -> Result<Response> {
    // Authorize before reading the body.
    let options = importable_schools(&app, &ctx).await?;
    let mut multipart = Multipart::from_request(req, &app).await.map_err(|_| Error::BadRequest("import-err-upload"))?;
    let actor = ctx.actor()?.clone();
    let mut school_raw = String::new();
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(field) = multipart.next_field().await.map_err(|_| Error::BadRequest("import-err-upload"))? {
        match field.name() {
            Some("school") => school_raw = field.text().await.map_err(|_| Error::BadRequest("import-err-upload"))?,
            Some("file") => {
                let name = field.file_name().unwrap_or("").to_string();
                let bytes = field.bytes().await.map_err(|_| Error::TooLarge)?;
                file = Some((name, bytes.to_vec()));
            }
            _ => {}
        }
    }
    let refuse = |ctx: Ctx, school: String, key: &str, detail: String| {
        let error = Some(ctx.t1(key, "detail", detail));
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &UploadPage { ctx, schools: options.clone(), school, error })
    };
    let Some(school_id) = school_raw.parse::<SchoolId>().ok().filter(|s| options.iter().any(|(id, _)| id == s)) else {
        return refuse(ctx, school_raw, "import-err-school", String::new());
    };
    let school = schools::school(&app.db, school_id).await?.ok_or(Error::NotFound)?;
    let Some((file_name, bytes)) = file.filter(|(n, b)| !n.is_empty() || !b.is_empty()) else {
        return refuse(ctx, school_raw, "import-err-no-file", String::new());
    };
    let today = app.clock().today();
    let parsed = match import::parse(&bytes, &file_name, &school.brin, today) {
        Ok(p) => p,
        Err(e) => return refuse(ctx, school_raw, e.key(), e.detail()),
    };
    if parsed.total == 0 {
        return refuse(ctx, school_raw, "import-err-empty", String::new());
    }
    let batch = imports::create_batch(&app.db, school_id, actor.user_id, &file_name, &parsed).await?;
    tracing::info!(batch = %batch, rows = parsed.total, errors = parsed.errors.len(), "pupil file uploaded");
    Ok(Redirect::to(&format!("/pupils/import/{batch}")).into_response())
}

#[derive(Template)]
#[template(path = "directory/import_preview.html")]
struct PreviewPage {
    ctx: Ctx,
    batch: imports::Batch,
    parsed: Parsed,
    school_name: String,
    new_count: usize,
    update_count: usize,
    /// Classes named in the file that the school does not have this school year: the import
    /// creates them.
    new_classes: Vec<String>,
    sample: Vec<import::GoodRow>,
}

impl PreviewPage {
    fn column_label(&self, e: &import::RowError) -> String {
        e.column.map(|c| c.header().to_string()).unwrap_or_default()
    }
}

/// A batch the actor may see: her own upload, for a school she may import into.
async fn load_batch(app: &AppState, ctx: &Ctx, id: ImportBatchId) -> Result<(imports::Batch, Parsed)> {
    let actor = ctx.actor()?;
    let batch = imports::batch(&app.db, id).await?.ok_or(Error::NotFound)?;
    if batch.created_by != actor.user_id || !policy::can(actor, Action::Import, Resource::Pupils(batch.school_id)) {
        return Err(Error::NotFound);
    }
    let parsed: Parsed = serde_json::from_str(&batch.payload).map_err(|e| Error::Internal(e.into()))?;
    Ok((batch, parsed))
}

async fn preview(State(app): State<AppState>, ctx: Ctx, Path(id): Path<ImportBatchId>) -> Result<Response> {
    let (batch, parsed) = load_batch(&app, &ctx, id).await?;
    let school = schools::school(&app.db, batch.school_id).await?.ok_or(Error::NotFound)?;
    let known = pupils::existing_numbers(&app.db, batch.school_id).await?;
    let update_count = parsed.rows.iter().filter(|r| known.contains(&r.pupil.number)).count();
    let new_count = parsed.rows.len() - update_count;
    let year = SchoolYear::containing(app.clock().today()).to_string();
    let mut seen: Vec<String> =
        classes::names_in_year(&app.db, batch.school_id, &year).await?.iter().map(|n| n.to_lowercase()).collect();
    let mut new_classes = Vec::new();
    for r in &parsed.rows {
        let key = r.class_name.to_lowercase();
        if !r.class_name.is_empty() && !seen.contains(&key) {
            seen.push(key);
            new_classes.push(r.class_name.clone());
        }
    }
    let sample = parsed.rows.iter().take(10).cloned().collect();
    let school_name = school.name;
    render(&PreviewPage { ctx, batch, parsed, school_name, new_count, update_count, new_classes, sample })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ConfirmForm {
    skip_errors: String,
}

async fn confirm(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<ImportBatchId>,
    Form(f): Form<ConfirmForm>,
) -> Result<Response> {
    let back = format!("/pupils/import/{id}");
    match flow::import_batch(&app, ctx.actor()?, id, f.skip_errors == "yes").await {
        Ok((school, _)) => Ok(redirect_with(&app, &format!("/pupils?school={school}"), "flash-imported")),
        Err(Stop::Refused(Refused::DoneAlready)) => Ok(redirect_with(&app, &back, "flash-import-done-already")),
        // A file with errors imports nothing unless the coordinator chose to skip the bad rows.
        Err(Stop::Refused(Refused::HasErrors)) => Ok(redirect_with(&app, &back, "flash-import-has-errors")),
        Err(e) => Err(e.into()),
    }
}
