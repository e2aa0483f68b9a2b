//! A placement's page and its steps: accept or decline (organisation), confirm (school, one by
//! one or in bulk), consent requests, cancel, hours, evaluation and reflection.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, RawForm, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::agreement::RulesView;
use super::today;
use crate::auth::model::Actor;
use crate::auth::policy::{self, Action, Resource};
use crate::auth::token;
use crate::directory::values::{Email, MAX_LONG, parse_date, required_text};
use crate::ids::{PlacementId, UserId};
use crate::minors::check::Context;
use crate::minors::papers::{self, Party, WarningKey};
use crate::minors::words;
use crate::placements::model::{self, HoursStatus, Status, Step};
use crate::placements::notify::{self, Facts, Party as To, What};
use crate::placements::store::hours::{self, Entry, NewEntry};
use crate::placements::store::placements::{self as store, Event, Filter, Placement, PlacementError};
use crate::privacy::audit;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, PER_PAGE, Pager, list_url, page_param, redirect_with, render, render_status};
use crate::web::{AppState, Routes};
use crate::with_db;

pub fn routes() -> Routes {
    Routes::new()
        .get("/placements", list)
        .post("/placements/confirm", confirm_many)
        .get("/placements/{placement}", detail)
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

fn resource(p: &Placement) -> Resource {
    Resource::Placement { pupil: p.pupil_id, school: p.school_id, organisation: p.organisation_id }
}

/// The placement, if the actor may take `action` on it (and see it at all).
pub(super) async fn load(app: &AppState, actor: &Actor, id: PlacementId, action: Action) -> Result<Placement> {
    let p = store::placement(&app.db, id).await?.ok_or(Error::NotFound)?;
    if !policy::can(actor, Action::View, resource(&p)) || !policy::can(actor, action, resource(&p)) {
        return Err(Error::NotFound);
    }
    Ok(p)
}

/// The facts messages about a placement mention.
pub(super) fn facts(p: &Placement) -> Facts<'_> {
    Facts {
        placement: p.id,
        vacancy: &p.vacancy_title,
        organisation: &p.organisation_name,
        pupil_first_name: &p.first_name,
        link: format!("/placements/{}", p.id),
    }
}

fn all_parties(p: &Placement) -> [To; 3] {
    [To::Pupil(p.pupil_id), To::School(p.school_id), To::Host(p.organisation_id)]
}

// ---- lists ---------------------------------------------------------------------------------

#[derive(Deserialize, Default)]
#[serde(default)]
struct ListQuery {
    q: String,
    status: String,
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "placements/placements.html", blocks = ["results"])]
struct ListPage {
    ctx: Ctx,
    rows: Vec<(Placement, String)>,
    pager: Pager,
    q: String,
    status: String,
    statuses: [Status; 7],
    may_confirm: bool,
}

impl ListPage {
    fn any_accepted(&self) -> bool {
        self.rows.iter().any(|(p, _)| p.status() == Status::Accepted)
    }
}

async fn list(State(app): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let scope = policy::placement_scope(&actor);
    if scope.schools.is_empty() && scope.organisations.is_empty() && scope.pupil.is_none() {
        return Err(Error::NotFound);
    }
    let filter = Filter {
        status: Some(q.status.clone()).filter(|s| Status::from_code(s).is_some()),
        text: Some(q.q.trim().to_string()).filter(|t| !t.is_empty()),
        ..Filter::default()
    };
    let total = store::count(&app.db, &scope, &filter).await?;
    let pager = Pager::new(page_param(&q.page), total, list_url("/placements", &[("q", &q.q), ("status", &q.status)]));
    let list = store::list(&app.db, &scope, &filter, PER_PAGE, pager.offset()).await?;
    let rows = list
        .into_iter()
        .map(|p| {
            let name = display_name(&actor, &p);
            (p, name)
        })
        .collect();
    let may_confirm = actor.has_role(crate::auth::model::Role::Coordinator) || actor.is_project_leader();
    let page = ListPage { ctx, rows, pager, q: q.q, status: q.status, statuses: Status::ALL, may_confirm };
    if page.ctx.htmx { render(&page.as_results()) } else { render(&page) }
}

/// The pupil's name as this actor may see it: a host sees the first name only until the school
/// has confirmed.
fn display_name(actor: &Actor, p: &Placement) -> String {
    if policy::sees_full_pupil(actor, p) { p.full_name() } else { p.first_name.clone() }
}

// ---- the placement page --------------------------------------------------------------------

#[derive(Template)]
#[template(path = "placements/placement.html")]
struct DetailPage {
    ctx: Ctx,
    p: Placement,
    name: String,
    /// Whether the viewer may see contact details (school side, or a host after confirmation).
    full: bool,
    age: Option<i32>,
    events: Vec<Event>,
    entries: Vec<Entry>,
    evaluation: Option<(String, time::OffsetDateTime)>,
    reflection: Option<(String, time::OffsetDateTime)>,
    consent: Option<(String, time::OffsetDateTime)>,
    /// The request for consent sent and not yet answered, while the placement waits for it.
    consent_asked: Option<store::ConsentAsked>,
    may_decide: bool,
    may_confirm: bool,
    may_cancel: bool,
    may_log: bool,
    may_assess: bool,
    may_reflect: bool,
    pupil_total_minutes: i64,
    errors: FormErrors,
    form: HoursForm,
    rules: RulesView,
    /// Why the rules refused the hours just entered.
    refusals: Vec<words::Shown>,
}

impl DetailPage {
    /// Whether a parent has signed the agreement (then nobody needs asking any more).
    fn parent_signed(&self) -> bool {
        self.rules.signatures.iter().any(|l| l.party == Party::Parent.code() && l.name.is_some())
    }

    /// Whether confirming will ask a parent for consent (under 16, or age unknown).
    fn consent_expected(&self) -> bool {
        self.p.consent_required || self.age.is_none_or(|a| a < 16)
    }

    /// Entries the pupil may still correct.
    fn correctable(&self) -> bool {
        self.entries.iter().any(|e| matches!(e.status(), HoursStatus::Submitted | HoursStatus::Rejected))
    }

    fn time(&self, t: &time::Time) -> String {
        format!("{:02}:{:02}", t.hour(), t.minute())
    }

    fn waiting(&self) -> usize {
        self.entries.iter().filter(|e| e.status() == HoursStatus::Submitted).count()
    }
}

async fn detail_page(app: &AppState, ctx: Ctx, p: Placement, errors: FormErrors, form: HoursForm) -> Result<Response> {
    detail_page_with(app, ctx, p, errors, form, Vec::new()).await
}

async fn detail_page_with(
    app: &AppState,
    ctx: Ctx,
    p: Placement,
    errors: FormErrors,
    form: HoursForm,
    refusals: Vec<words::Shown>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let res = resource(&p);
    let name = display_name(&actor, &p);
    let full = policy::sees_full_pupil(&actor, &p);
    // The pupil's own steps carry her name as this viewer may see it (a host: first name only).
    let mut events = store::events(&app.db, p.id).await?;
    for e in events.iter_mut().filter(|e| e.by_pupil) {
        e.actor_name = Some(name.clone());
    }
    let entries = hours::entries(&app.db, p.id).await?;
    let evaluation = store::evaluation(&app.db, p.id).await?;
    let reflection = store::reflection(&app.db, p.id).await?;
    let consent = store::consent_given(&app.db, p.id).await?;
    let consent_asked = if p.status() == Status::Confirmed { store::consent_asked(&app.db, p.id).await? } else { None };
    let pupil_total_minutes = store::pupil_approved_minutes(&app.db, p.pupil_id).await?;
    let viewer_is_pupil = actor.pupil().is_some_and(|(id, _)| id == p.pupil_id);
    if !viewer_is_pupil {
        audit::record(
            &app.db,
            Some(actor.user_id),
            audit::Event::PlacementViewed { placement: p.id, school: p.school_id },
        )
        .await?;
    }
    let rules = super::agreement::rules_view(app, &actor, ctx.lang, &p, &entries).await?;
    let status = p.status();
    let page = DetailPage {
        may_decide: policy::can(&actor, Action::Decide, res) && status == Status::Proposed,
        may_confirm: policy::can(&actor, Action::Confirm, res)
            && matches!(status, Status::Accepted | Status::Confirmed),
        may_cancel: policy::can(&actor, Action::Cancel, res) && !status.is_final(),
        may_log: policy::can(&actor, Action::LogHours, res) && status.takes_hours(),
        may_assess: policy::can(&actor, Action::Assess, res) && matches!(status, Status::Active | Status::Completed),
        may_reflect: policy::can(&actor, Action::Reflect, res) && matches!(status, Status::Active | Status::Completed),
        age: p.age(today()),
        ctx,
        name,
        full,
        events,
        entries,
        evaluation,
        reflection,
        consent,
        consent_asked,
        pupil_total_minutes,
        p,
        errors,
        form,
        rules,
        refusals,
    };
    let code = if page.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_status(code, &page)
}

async fn detail(State(app): State<AppState>, ctx: Ctx, Path(id): Path<PlacementId>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let p = load(&app, &actor, id, Action::View).await?;
    detail_page(&app, ctx, p, FormErrors::default(), HoursForm::default()).await
}

/// A refused step goes back to the page with its reason as a notice; nothing changed.
fn refused(app: &AppState, id: PlacementId, e: PlacementError) -> Result<Response> {
    match e {
        PlacementError::Db(e) => Err(e.into()),
        PlacementError::NotFound => Err(Error::NotFound),
        e => Ok(redirect_with(app, &format!("/placements/{id}"), flash_of(&e))),
    }
}

fn flash_of(e: &PlacementError) -> &'static str {
    match e {
        PlacementError::Full => "flash-placement-full",
        PlacementError::AlreadyApplied => "flash-applied-already",
        PlacementError::Step(model::StepError::NotAccepted) => "flash-placement-not-accepted",
        PlacementError::Step(model::StepError::NotProposed) => "flash-placement-not-proposed",
        PlacementError::Step(model::StepError::NotConfirmed) => "flash-placement-no-consent",
        PlacementError::Step(model::StepError::NotActive) => "flash-placement-not-active",
        PlacementError::Step(model::StepError::Over) => "flash-placement-over",
        _ => "flash-placement-over",
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ReasonForm {
    reason: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SignedStepForm {
    /// `yes`: the actor signs the agreement with this step.
    sign: String,
}

/// The organisation accepts the candidate and signs the agreement on its behalf.
async fn accept(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<SignedStepForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let p = load(&app, &actor, id, Action::Decide).await?;
    if let Err(e) = model::next(p.status(), Step::Accept) {
        return refused(&app, id, e.into());
    }
    if f.sign != "yes" {
        let mut errors = FormErrors::default();
        errors.add("sign_host", "sign-err-needed");
        return detail_page(&app, ctx, p, errors, HoursForm::default()).await;
    }
    let signer = actor.name.clone();
    if let Err(e) =
        store::take_step(&app.db, id, Step::Accept, Some(actor.user_id), "", Some((Party::Host, &signer))).await
    {
        return refused(&app, id, e);
    }
    audit::record(
        &app.db,
        Some(actor.user_id),
        audit::Event::AgreementSigned { placement: id, school: p.school_id, party: Party::Host.code() },
    )
    .await?;
    notify::tell(
        &app.db,
        &app.config.public_url,
        &[To::School(p.school_id), To::Pupil(p.pupil_id)],
        What::Accepted,
        &facts(&p),
        Some(actor.user_id),
    )
    .await?;
    Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-placement-accepted"))
}

async fn decline(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<ReasonForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let p = load(&app, &actor, id, Action::Decide).await?;
    let Ok(reason) = required_text(&f.reason, MAX_LONG) else {
        return Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-reason-needed"));
    };
    if let Err(e) = store::take_step(&app.db, id, Step::Decline, Some(actor.user_id), &reason, None).await {
        return refused(&app, id, e);
    }
    notify::tell(
        &app.db,
        &app.config.public_url,
        &[To::Pupil(p.pupil_id)],
        What::Declined,
        &facts(&p),
        Some(actor.user_id),
    )
    .await?;
    Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-placement-declined"))
}

/// Whether a consent request can go out at once: the school knows a parent's address.
fn parent_known(p: &Placement) -> bool {
    p.parent_email.as_deref().is_some_and(|e| !e.trim().is_empty())
}

/// Whether a parent signs the agreement: the pupil is under 16 at the start, or 16–17 when the
/// network asks that too.
fn parent_signs(rules: &Context, p: &Placement) -> bool {
    model::parent_asked(p.date_of_birth, p.starts_on, rules.engine.options().parent_signature_16_17)
}

/// Why the school cannot confirm a placement now.
#[derive(Debug)]
enum Refusal {
    /// The host lacks required checks.
    HostChecks,
    /// A rule for minors blocks it.
    Blocked,
    /// Warnings wait for the school's confirmation.
    Warnings,
    Step(PlacementError),
}

impl From<PlacementError> for Refusal {
    fn from(e: PlacementError) -> Self {
        Refusal::Step(e)
    }
}

/// Confirms one placement for the school and signs the agreement on its behalf, after the
/// host's checks and the rules for minors (planned slots; `acknowledged` confirms the warnings
/// the school has seen). A parent is asked to sign when the pupil is under 16, or 16–17 when the
/// network asks that too.
async fn confirm_one(
    app: &AppState,
    rules: &Context,
    actor: &Actor,
    p: &Placement,
    acknowledged: &[WarningKey],
) -> Result<std::result::Result<Status, Refusal>> {
    if !crate::minors::check::host_lacking(&app.db, p.organisation_id, today()).await?.is_empty() {
        return Ok(Err(Refusal::HostChecks));
    }
    let found = rules.placement_planned(&app.db, p).await?;
    if found.is_blocked() {
        return Ok(Err(Refusal::Blocked));
    }
    let open: Vec<WarningKey> = found.open_warnings().into_iter().map(crate::minors::check::key).collect();
    if !open.iter().all(|k| acknowledged.contains(k)) {
        return Ok(Err(Refusal::Warnings));
    }
    let consent_needed = parent_signs(rules, p);
    let signer = actor.name.clone();
    let step = Step::Confirm { consent_needed };
    let status =
        match store::take_step(&app.db, p.id, step, Some(actor.user_id), "", Some((Party::School, &signer))).await {
            Ok(s) => s,
            Err(PlacementError::Db(e)) => return Err(e.into()),
            Err(e) => return Ok(Err(e.into())),
        };
    if !open.is_empty() {
        papers::acknowledge(&app.db, p.id, &open, "", actor.user_id).await?;
        let rules = open.iter().map(|(r, _, _)| r.as_str()).collect::<Vec<_>>().join(", ");
        audit::record(
            &app.db,
            Some(actor.user_id),
            audit::Event::WarningsConfirmed { placement: p.id, school: p.school_id, rules },
        )
        .await?;
    }
    audit::record(
        &app.db,
        Some(actor.user_id),
        audit::Event::AgreementSigned { placement: p.id, school: p.school_id, party: Party::School.code() },
    )
    .await?;
    after_confirmation(app, p.id, Some(actor.user_id)).await?;
    Ok(Ok(status))
}

async fn confirm(State(app): State<AppState>, ctx: Ctx, Path(id): Path<PlacementId>, raw: RawForm) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let p = load(&app, &actor, id, Action::Confirm).await?;
    // A step the lifecycle does not allow is refused as such, before anything else.
    if let Err(e) = model::next(p.status(), Step::Confirm { consent_needed: false }) {
        return refused(&app, id, e.into());
    }
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&raw.0).unwrap_or_default();
    let mut errors = FormErrors::default();
    if !pairs.iter().any(|(k, v)| k == "sign" && v == "yes") {
        errors.add("sign_school", "sign-err-needed");
        return detail_page(&app, ctx, p, errors, HoursForm::default()).await;
    }
    let acknowledged: Vec<WarningKey> =
        pairs.iter().filter(|(k, _)| k == "ack").flat_map(|(_, v)| words::parse_keys(v)).collect();
    let rules = Context::load(&app.db, today()).await?;
    match confirm_one(&app, &rules, &actor, &p, &acknowledged).await? {
        // A parent must sign but nobody could be asked: the coordinator fills in an address below.
        Ok(Status::Confirmed) if parent_signs(&rules, &p) && !parent_known(&p) => {
            Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-placement-confirmed-no-parent"))
        }
        Ok(_) => Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-placement-confirmed-consent")),
        Err(Refusal::Step(e)) => refused(&app, id, e),
        Err(r) => {
            let key = match r {
                Refusal::HostChecks => "confirm-err-host-checks",
                Refusal::Blocked => "confirm-err-blocked",
                _ => "confirm-err-warnings",
            };
            errors.add("rules", key);
            detail_page(&app, ctx, p, errors, HoursForm::default()).await
        }
    }
}

/// Confirms the chosen placements in one go (a class at a time), signing each for the school;
/// each is checked on its own. Those a rule blocks, whose host lacks checks, or that carry
/// warnings to confirm are left for the placement's own page, and the notice says so.
async fn confirm_many(State(app): State<AppState>, ctx: Ctx, raw: RawForm) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    if !(actor.has_role(crate::auth::model::Role::Coordinator) || actor.is_project_leader()) {
        return Err(Error::NotFound);
    }
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&raw.0).unwrap_or_default();
    let ids: Vec<PlacementId> =
        pairs.iter().filter(|(k, _)| k == "placements").filter_map(|(_, v)| v.parse().ok()).collect();
    if !ids.is_empty() && !pairs.iter().any(|(k, v)| k == "sign" && v == "yes") {
        return Ok(redirect_with(&app, "/placements?status=accepted", "flash-sign-agree"));
    }
    let rules = Context::load(&app.db, today()).await?;
    let mut refused = 0;
    let mut no_parent = 0;
    for id in &ids {
        let allowed = match store::placement(&app.db, *id).await? {
            Some(p) if policy::can(&actor, Action::Confirm, resource(&p)) => Some(p),
            _ => None,
        };
        match allowed {
            Some(p) => match confirm_one(&app, &rules, &actor, &p, &[]).await? {
                Ok(Status::Confirmed) if parent_signs(&rules, &p) && !parent_known(&p) => no_parent += 1,
                Ok(_) => {}
                Err(_) => refused += 1,
            },
            None => refused += 1,
        }
    }
    let flash = if ids.is_empty() {
        "flash-none-chosen"
    } else if refused == 0 && no_parent > 0 {
        "flash-confirmed-no-parent"
    } else if refused == 0 {
        "flash-confirmed-all"
    } else {
        "flash-confirmed-some"
    };
    Ok(redirect_with(&app, "/placements?status=accepted", flash))
}

/// After the school's confirmation: the pupil is asked to sign, a parent gets the consent link
/// when one is asked, and the placement starts if every signature happens to be in.
pub(super) async fn after_confirmation(app: &AppState, id: PlacementId, actor: Option<UserId>) -> Result<()> {
    let p = store::placement(&app.db, id).await?.ok_or(Error::NotFound)?;
    if p.status() != Status::Confirmed {
        return Ok(());
    }
    notify::tell(
        &app.db,
        &app.config.public_url,
        &[To::Pupil(p.pupil_id), To::Host(p.organisation_id)],
        What::Confirmed,
        &facts(&p),
        actor,
    )
    .await?;
    if p.consent_required
        && let Some(parent) = p.parent_email.as_deref().filter(|e| !e.is_empty())
    {
        send_consent(app, &p, parent).await?;
    }
    super::agreement::activate_if_ready(app, id, actor).await?;
    Ok(())
}

/// How long a consent link works.
const CONSENT_VALID: time::Duration = time::Duration::days(14);

async fn send_consent(app: &AppState, p: &Placement, parent: &str) -> sqlx::Result<()> {
    let tok = token::random_token();
    store::create_consent(&app.db, p.id, &token::digest(&tok), parent, CONSENT_VALID).await?;
    let link = format!("{}/consent/{tok}", app.config.public_url);
    notify::mail_outside(
        &app.db,
        parent,
        "mail-consent",
        &[
            ("pupil", p.first_name.clone()),
            ("vacancy", p.vacancy_title.clone()),
            ("organisation", p.organisation_name.clone()),
            ("school", p.school_name.clone()),
            ("link", link),
            ("days", CONSENT_VALID.whole_days().to_string()),
        ],
    )
    .await?;
    notify::tell(&app.db, &app.config.public_url, &[To::School(p.school_id)], What::ConsentAsked, &facts(p), None).await
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
    let actor = ctx.actor()?.clone();
    let p = load(&app, &actor, id, Action::Confirm).await?;
    if p.status() != Status::Confirmed {
        return Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-placement-no-consent"));
    }
    let Ok(email) = Email::parse(&f.parent_email) else {
        return Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-parent-email-needed"));
    };
    with_db!(&app.db, pool => sqlx::query("UPDATE pupils SET parent_email = $1, updated_at = $2 WHERE id = $3")
        .bind(email.as_str()).bind(crate::db::now()).bind(p.pupil_id).execute(pool).await.map(|r| r.rows_affected()))?;
    send_consent(&app, &p, email.as_str()).await?;
    Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-consent-sent"))
}

async fn cancel(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<ReasonForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let p = load(&app, &actor, id, Action::Cancel).await?;
    let Ok(reason) = required_text(&f.reason, MAX_LONG) else {
        return Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-reason-needed"));
    };
    if let Err(e) = store::take_step(&app.db, id, Step::Cancel, Some(actor.user_id), &reason, None).await {
        return refused(&app, id, e);
    }
    notify::tell(&app.db, &app.config.public_url, &all_parties(&p), What::Cancelled, &facts(&p), Some(actor.user_id))
        .await?;
    Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-placement-cancelled"))
}

// ---- hours, evaluation, reflection ---------------------------------------------------------

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct HoursForm {
    pub date: String,
    pub start: String,
    pub end: String,
    pub activity: String,
    /// The entry this one corrects.
    pub corrects: String,
}

/// Checks an hours form for a placement; on success the entry to store.
pub(super) fn parse_hours(
    f: &HoursForm,
    p: &Placement,
    errors: &mut FormErrors,
) -> Option<(time::Date, time::Time, time::Time, i32, String)> {
    let date = errors.check("date", parse_date(&f.date));
    let start = errors.check("start", model::parse_time(&f.start));
    let end = errors.check("end", model::parse_time(&f.end));
    let activity = errors.check("activity", required_text(&f.activity, 200));
    let (date, start, end, activity) = (date?, start?, end?, activity?);
    match model::check_hours(date, start, end, (p.starts_on, p.ends_on), today()) {
        Ok(minutes) => Some((date, start, end, minutes, activity)),
        Err(e) => {
            let field = match e {
                model::HoursError::EndBeforeStart | model::HoursError::TooLong => "end",
                _ => "date",
            };
            errors.add(field, e.key());
            None
        }
    }
}

async fn log_hours(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<HoursForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let p = load(&app, &actor, id, Action::LogHours).await?;
    if !p.status().takes_hours() {
        return Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-placement-not-active"));
    }
    let mut errors = FormErrors::default();
    let Some((date, start, end, minutes, activity)) = parse_hours(&f, &p, &mut errors) else {
        return detail_page(&app, ctx, p, errors, f).await;
    };
    let corrects = f.corrects.parse().ok();
    // The rules for minors over everything she worked with this entry added (a correction
    // replaces the entry it corrects): a new block refuses the entry, with the reason.
    let kept: Vec<Entry> = hours::entries(&app.db, id).await?.into_iter().filter(|e| Some(e.id) != corrects).collect();
    let rules = Context::load(&app.db, today()).await?;
    let before = rules.placement_hours(&app.db, &p, &kept, None).await?;
    let shift = schakel_minors::Shift::new(date, start, end).ok();
    let after = rules.placement_hours(&app.db, &p, &kept, shift).await?;
    let known: Vec<WarningKey> = before.blocks().map(crate::minors::check::key).collect();
    let new_blocks: Vec<words::Shown> = words::fold(
        after
            .blocks()
            .filter(|v| !known.contains(&crate::minors::check::key(v)))
            .map(|v| (words::show(ctx.lang, v, false), v.check.as_str()))
            .collect(),
    );
    if !new_blocks.is_empty() {
        errors.add("end", "hours-err-rules");
        return detail_page_with(&app, ctx, p, errors, f, new_blocks).await;
    }
    let entry = NewEntry { date, start, end, minutes, activity: &activity };
    let Some(entry_id) = hours::add(&app.db, id, &entry, actor.user_id, corrects).await? else {
        return Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-hours-not-correctable"));
    };
    let mut facts = facts(&p);
    facts.link = super::hours::review_link(&app, entry_id);
    notify::tell(
        &app.db,
        &app.config.public_url,
        &[To::Host(p.organisation_id)],
        What::HoursSubmitted,
        &facts,
        Some(actor.user_id),
    )
    .await?;
    Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-hours-logged"))
}

async fn approve_all(State(app): State<AppState>, ctx: Ctx, Path(id): Path<PlacementId>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let p = load(&app, &actor, id, Action::Assess).await?;
    let n = hours::approve_all(&app.db, id, actor.user_id).await?;
    if n > 0 {
        notify::tell(
            &app.db,
            &app.config.public_url,
            &[To::Pupil(p.pupil_id)],
            What::HoursReviewed,
            &facts(&p),
            Some(actor.user_id),
        )
        .await?;
        complete_if_done(&app, id, Some(actor.user_id)).await?;
    }
    Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-hours-approved"))
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
    Form(f): Form<TextForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let p = load(&app, &actor, id, Action::Assess).await?;
    let Ok(text) = required_text(&f.text, MAX_LONG) else {
        let mut errors = FormErrors::default();
        errors.add("evaluation", "err-required");
        return detail_page(&app, ctx, p, errors, HoursForm::default()).await;
    };
    store::set_evaluation(&app.db, id, &text, actor.user_id).await?;
    notify::tell(
        &app.db,
        &app.config.public_url,
        &[To::Pupil(p.pupil_id), To::School(p.school_id)],
        What::Evaluated,
        &facts(&p),
        Some(actor.user_id),
    )
    .await?;
    complete_if_done(&app, id, Some(actor.user_id)).await?;
    Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-evaluated"))
}

async fn reflect(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<PlacementId>,
    Form(f): Form<TextForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let p = load(&app, &actor, id, Action::Reflect).await?;
    let Ok(text) = required_text(&f.text, MAX_LONG) else {
        let mut errors = FormErrors::default();
        errors.add("reflection", "err-required");
        return detail_page(&app, ctx, p, errors, HoursForm::default()).await;
    };
    store::set_reflection(&app.db, id, &text).await?;
    Ok(redirect_with(&app, &format!("/placements/{id}"), "flash-reflected"))
}

/// Completes an active placement once its evaluation is in and its approved hours reach what
/// was asked (see `model::is_complete`).
pub(super) async fn complete_if_done(app: &AppState, id: PlacementId, actor: Option<UserId>) -> sqlx::Result<()> {
    let Some(p) = store::placement(&app.db, id).await? else { return Ok(()) };
    if p.status() != Status::Active {
        return Ok(());
    }
    let evaluated = store::evaluation(&app.db, id).await?.is_some();
    let total = store::pupil_approved_minutes(&app.db, p.pupil_id).await?;
    let elsewhere = total - p.approved_minutes;
    let remaining = i64::from(p.required_hours) * 60 - elsewhere;
    if model::is_complete(evaluated, p.approved_minutes, i64::from(p.expected_hours) * 60, remaining) {
        match store::take_step(&app.db, id, Step::Complete, actor, "", None).await {
            Ok(_) => {
                notify::tell(
                    &app.db,
                    &app.config.public_url,
                    &[To::Pupil(p.pupil_id), To::School(p.school_id)],
                    What::Completed,
                    &facts(&p),
                    actor,
                )
                .await?;
            }
            Err(PlacementError::Db(e)) => return Err(e),
            Err(_) => {}
        }
    }
    Ok(())
}
