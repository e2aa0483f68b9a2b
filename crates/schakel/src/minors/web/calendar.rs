//! A school's calendar: lesson times per weekday, the region's holidays, the school's own days
//! off, and importing an iCalendar feed (upload, preview, confirm). The coordinator edits it;
//! the school's staff read it.

use askama::Template;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use time::{Date, Time};

use crate::auth::policy::{self, Action, Resource};
use crate::directory::store::schools;
use crate::directory::values::{MAX_SHORT, parse_date, required_text};
use crate::ids::SchoolId;
use crate::minors::calendar::{self, Calendar, Lessons};
use crate::placements::model::parse_time;
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, Pairs, field, redirect_with, render_status};

pub fn routes() -> Routes {
    Routes::new()
        .get("/schools/{school}/calendar", page)
        .post("/schools/{school}/calendar", save_week)
        .post("/schools/{school}/calendar/days-off", add_day_off)
        .post("/schools/{school}/calendar/days-off/{day}/delete", remove_day_off)
        .post_upload("/schools/{school}/calendar/import", import)
        .post("/schools/{school}/calendar/import/confirm", confirm_import)
}

/// A weekday's row of the lesson-times form.
struct DayRow {
    n: usize,
    /// `unknown`, `none` or `lessons`.
    kind: &'static str,
    from: String,
    to: String,
}

/// An imported event, to confirm as a day off: the checkbox's id, value and label.
struct Event {
    id: String,
    value: String,
    label: String,
}

#[derive(Template)]
#[template(path = "minors/calendar.html")]
struct CalendarPage {
    ctx: Ctx,
    school_id: SchoolId,
    school_name: String,
    may_edit: bool,
    days: Vec<DayRow>,
    region_holidays: bool,
    own: Vec<calendar::OwnDayOff>,
    region: Vec<(Date, Date, String)>,
    errors: FormErrors,
    new_from: String,
    new_to: String,
    new_name: String,
    /// An uploaded feed waiting for confirmation, and what was skipped in it.
    preview: Vec<Event>,
    skipped: Vec<String>,
    import_error: Option<String>,
}

impl CalendarPage {
    /// `Maandag`: the weekday's name, capitalised for a heading.
    fn weekday(&self, n: &usize) -> String {
        let name = self.ctx.tp("weekday-", &n.to_string());
        let mut chars = name.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }
}

fn fmt_time(t: Time) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

fn rows_of(cal: &Calendar) -> Vec<DayRow> {
    cal.week
        .iter()
        .enumerate()
        .map(|(i, l)| match l {
            Lessons::Unknown => DayRow { n: i + 1, kind: "unknown", from: String::new(), to: String::new() },
            Lessons::None => DayRow { n: i + 1, kind: "none", from: String::new(), to: String::new() },
            Lessons::From(a, b) => DayRow { n: i + 1, kind: "lessons", from: fmt_time(*a), to: fmt_time(*b) },
        })
        .collect()
}

/// What the page shows besides the stored calendar.
#[derive(Default)]
struct Extra {
    days: Option<Vec<DayRow>>,
    errors: FormErrors,
    new_day: (String, String, String),
    preview: Vec<Event>,
    skipped: Vec<String>,
    import_error: Option<String>,
}

async fn school_for(app: &AppState, ctx: &Ctx, id: SchoolId, action: Action) -> Result<schools::School> {
    let actor = ctx.actor()?;
    policy::require(actor, Action::View, Resource::SchoolCalendar(id))?;
    policy::require(actor, action, Resource::SchoolCalendar(id))?;
    schools::school(&app.db, id).await?.ok_or(Error::NotFound)
}

async fn show(app: &AppState, ctx: Ctx, school: schools::School, extra: Extra) -> Result<Response> {
    let cal = calendar::calendar(&app.db, school.id).await?;
    let may_edit = policy::can(ctx.actor()?, Action::Edit, Resource::SchoolCalendar(school.id));
    let today = app.clock().today();
    // The region's holidays from a month ago, so the page shows what is coming.
    let region = schakel_minors::region_noord_days_off()
        .into_iter()
        .filter(|d| d.last() >= today - time::Duration::days(31))
        .map(|d| (d.first(), d.last(), d.name().to_string()))
        .collect();
    let failed = !extra.errors.is_empty() || extra.import_error.is_some();
    let code = if failed { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = CalendarPage {
        school_id: school.id,
        school_name: school.name,
        may_edit,
        days: extra.days.unwrap_or_else(|| rows_of(&cal)),
        region_holidays: cal.region_holidays,
        own: cal.own,
        region,
        errors: extra.errors,
        new_from: extra.new_day.0,
        new_to: extra.new_day.1,
        new_name: extra.new_day.2,
        preview: extra.preview,
        skipped: extra.skipped,
        import_error: extra.import_error,
        ctx,
    };
    render_status(code, &page)
}

async fn page(State(app): State<AppState>, ctx: Ctx, Path(id): Path<SchoolId>) -> Result<Response> {
    let school = school_for(&app, &ctx, id, Action::View).await?;
    show(&app, ctx, school, Extra::default()).await
}

/// Saves the lesson times of the week: per weekday unknown, no lessons, or from–to.
async fn save_week(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<SchoolId>,
    Form(pairs): Form<Pairs>,
) -> Result<Response> {
    let school = school_for(&app, &ctx, id, Action::Edit).await?;
    let mut errors = FormErrors::default();
    let mut week = [Lessons::Unknown; 5];
    let mut rows = Vec::new();
    for (i, slot) in week.iter_mut().enumerate() {
        let n = i + 1;
        let kind = field(&pairs, &format!("kind_{n}"));
        let (from, to) = (field(&pairs, &format!("from_{n}")), field(&pairs, &format!("to_{n}")));
        *slot = match kind.as_str() {
            "none" => Lessons::None,
            "lessons" => {
                let a = errors.check(if n == 1 { "from_1" } else { "lessons" }, parse_time(&from));
                let b = errors.check(if n == 1 { "to_1" } else { "lessons" }, parse_time(&to));
                match (a, b) {
                    (Some(a), Some(b)) if a < b => Lessons::From(a, b),
                    (Some(_), Some(_)) => {
                        errors.add("lessons", "calendar-err-order");
                        Lessons::Unknown
                    }
                    _ => Lessons::Unknown,
                }
            }
            _ => Lessons::Unknown,
        };
        let kind = match kind.as_str() {
            "none" => "none",
            "lessons" => "lessons",
            _ => "unknown",
        };
        rows.push(DayRow { n, kind, from, to });
    }
    if !errors.is_empty() {
        return show(&app, ctx, school, Extra { days: Some(rows), errors, ..Extra::default() }).await;
    }
    calendar::set_week(&app.db, id, &week, field(&pairs, "region_holidays") == "yes").await?;
    Ok(redirect_with(&app, &format!("/schools/{id}/calendar"), "flash-calendar-saved"))
}

/// Adds a day off (or a run of days) of the school's own.
async fn add_day_off(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<SchoolId>,
    Form(pairs): Form<Pairs>,
) -> Result<Response> {
    let school = school_for(&app, &ctx, id, Action::Edit).await?;
    let (from_raw, to_raw, name_raw) =
        (field(&pairs, "first_day"), field(&pairs, "last_day"), field(&pairs, "day_name"));
    let mut errors = FormErrors::default();
    let first = errors.check("first_day", parse_date(&from_raw));
    let last = if to_raw.trim().is_empty() { first } else { errors.check("last_day", parse_date(&to_raw)) };
    let name = errors.check("day_name", required_text(&name_raw, MAX_SHORT));
    if let (Some(a), Some(b)) = (first, last)
        && b < a
    {
        errors.add("last_day", "err-end-before-start");
    }
    let (Some(first), Some(last), Some(name), true) = (first, last, name, errors.is_empty()) else {
        return show(&app, ctx, school, Extra { errors, new_day: (from_raw, to_raw, name_raw), ..Extra::default() })
            .await;
    };
    let by = ctx.actor()?.user_id;
    calendar::add_days_off(&app.db, id, &[(first, last, name)], "manual", by).await?;
    Ok(redirect_with(&app, &format!("/schools/{id}/calendar"), "flash-day-off-added"))
}

/// Removes one of the school's own days off, once confirmed (`confirm=yes`).
async fn remove_day_off(
    State(app): State<AppState>,
    ctx: Ctx,
    Path((id, day)): Path<(SchoolId, uuid::Uuid)>,
    Form(pairs): Form<Pairs>,
) -> Result<Response> {
    school_for(&app, &ctx, id, Action::Edit).await?;
    if field(&pairs, "confirm") != "yes" {
        return Ok(redirect_with(&app, &format!("/schools/{id}/calendar"), "flash-confirm-first"));
    }
    if !calendar::remove_day_off(&app.db, id, day).await? {
        return Err(Error::NotFound);
    }
    Ok(redirect_with(&app, &format!("/schools/{id}/calendar"), "flash-day-off-removed"))
}

/// Reads an uploaded iCalendar feed and shows its all-day events to confirm as days off.
async fn import(State(app): State<AppState>, ctx: Ctx, Path(id): Path<SchoolId>, req: Request) -> Result<Response> {
    // Authorize before reading the body.
    let school = school_for(&app, &ctx, id, Action::Import).await?;
    let mut multipart = Multipart::from_request(req, &app).await.map_err(|_| Error::BadRequest("import-err-upload"))?;
    let mut bytes = Vec::new();
    while let Some(f) = multipart.next_field().await.map_err(|_| Error::BadRequest("import-err-upload"))? {
        if f.name() == Some("file") {
            bytes = f.bytes().await.map_err(|_| Error::TooLarge)?.to_vec();
        }
    }
    if bytes.is_empty() {
        let import_error = Some(ctx.t("calendar-err-no-file"));
        return show(&app, ctx, school, Extra { import_error, ..Extra::default() }).await;
    }
    match schakel_minors::ics::parse_bytes(&bytes) {
        Ok(feed) => {
            let preview: Vec<Event> = feed
                .days_off()
                .into_iter()
                .enumerate()
                .map(|(i, d)| {
                    let dates = if d.last() == d.first() {
                        ctx.date(&d.first())
                    } else {
                        format!("{} – {}", ctx.date(&d.first()), ctx.date(&d.last()))
                    };
                    Event {
                        id: format!("ev-{i}"),
                        value: format!("{}|{}|{}", d.first(), d.last(), d.name()),
                        label: format!("{} · {dates}", d.name()),
                    }
                })
                .collect();
            let skipped = feed
                .skipped
                .iter()
                .map(|s| {
                    let why = match s.reason {
                        schakel_minors::ics::SkipReason::Timed => "calendar-skip-timed",
                        schakel_minors::ics::SkipReason::Cancelled => "calendar-skip-cancelled",
                        _ => "calendar-skip-too-long",
                    };
                    format!("{} ({})", s.summary, ctx.t(why))
                })
                .collect();
            let import_error = preview.is_empty().then(|| ctx.t("calendar-err-no-events"));
            show(&app, ctx, school, Extra { preview, skipped, import_error, ..Extra::default() }).await
        }
        Err(e) => {
            let import_error = Some(ctx.t1("calendar-err-ics", "detail", e.to_string()));
            show(&app, ctx, school, Extra { import_error, ..Extra::default() }).await
        }
    }
}

/// Adds the events the coordinator kept ticked as days off (each sent as `first|last|name`).
async fn confirm_import(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<SchoolId>,
    Form(pairs): Form<Pairs>,
) -> Result<Response> {
    school_for(&app, &ctx, id, Action::Import).await?;
    let mut days = Vec::new();
    for (_, v) in pairs.into_iter().filter(|(k, _)| k == "event") {
        let mut parts = v.splitn(3, '|');
        let (Some(a), Some(b), Some(name)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(Error::BadRequest("calendar-err-event"));
        };
        let (Ok(first), Ok(last), Ok(name)) = (parse_date(a), parse_date(b), required_text(name, MAX_SHORT)) else {
            return Err(Error::BadRequest("calendar-err-event"));
        };
        if last < first {
            return Err(Error::BadRequest("calendar-err-event"));
        }
        days.push((first, last, name));
    }
    if days.is_empty() {
        return Ok(redirect_with(&app, &format!("/schools/{id}/calendar"), "flash-none-chosen"));
    }
    let added = calendar::add_days_off(&app.db, id, &days, "ical", ctx.actor()?.user_id).await?;
    tracing::info!(school = %id, added, "calendar feed imported");
    Ok(redirect_with(&app, &format!("/schools/{id}/calendar"), "flash-calendar-imported"))
}
