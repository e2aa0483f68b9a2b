//! Placing a group: the school picks pupils of a class for a group vacancy, and the page names
//! who the rules for minors keep out and why. And the host's register of a group's sessions.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::load;
use super::page::{SideJobForm, detail_page, detail_page_with};
use crate::auth::policy::{self, Action};
use crate::directory::store::{classes, pupils as pupil_store};
use crate::flow::Stop;
use crate::ids::{ClassId, PlacementId, PupilId, VacancyId};
use crate::minors::words::{self, Shown};
use crate::placements::flow::{self, GroupInput, GroupRefused, PupilRefusal, Refused, SessionInput};
use crate::placements::model::Kind;
use crate::placements::store::vacancies::Vacancy;
use crate::state::AppState;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, redirect_with, render_status};

#[derive(Template)]
#[template(path = "placements/group.html")]
struct GroupPage {
    ctx: Ctx,
    v: Vacancy,
    classes: Vec<(ClassId, String)>,
    class: String,
    pupils: Vec<crate::directory::store::pupils::Pupil>,
    message: Option<String>,
    /// The pupils ticked in the form sent (all of the class on first view).
    chosen: Vec<PupilId>,
    /// Who blocks the group and why (A7).
    blockers: Vec<Member>,
    /// Warnings per pupil that the school must confirm before placing.
    warnings: Vec<Member>,
    errors: FormErrors,
}

/// A pupil of a group with what the rules find for her.
struct Member {
    id: PupilId,
    name: String,
    /// The rules that block her (`A1, B7`), for grouping pupils blocked alike.
    rules: String,
    findings: Vec<Shown>,
}

/// Pupils who block a group for the same rules, with the first one's reasons as the example.
struct BlockGroup<'a> {
    rules: &'a str,
    names: Vec<&'a str>,
    findings: &'a [Shown],
}

impl GroupPage {
    fn is_chosen(&self, id: &PupilId) -> bool {
        self.chosen.is_empty() || self.chosen.contains(id)
    }

    fn blocks(&self, id: &PupilId) -> bool {
        self.blockers.iter().any(|b| b.id == *id)
    }

    /// The blockers grouped by the rules that block them: seventeen first-years under 13 are
    /// one reason with seventeen names, not seventeen reasons.
    fn blocker_groups(&self) -> Vec<BlockGroup<'_>> {
        let mut groups: Vec<BlockGroup<'_>> = Vec::new();
        for b in &self.blockers {
            match groups.iter_mut().find(|g| g.rules == b.rules) {
                Some(g) => g.names.push(&b.name),
                None => groups.push(BlockGroup { rules: &b.rules, names: vec![&b.name], findings: &b.findings }),
            }
        }
        groups
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct GroupQuery {
    class: String,
}

/// What the group page shows besides the class: a refusal, the ticked pupils, blockers and
/// warnings, form errors.
#[derive(Default)]
struct GroupOutcome {
    message: Option<String>,
    chosen: Vec<PupilId>,
    blockers: Vec<Member>,
    warnings: Vec<Member>,
    errors: FormErrors,
}

/// A pupil the rules find against, as the page shows her: her findings folded, and the rules
/// that block her (`A1, B7`) to group pupils blocked alike.
fn member(lang: crate::i18n::Lang, r: &PupilRefusal) -> Member {
    let findings = words::fold(r.violations.iter().map(|x| (words::show(lang, x, false), x.check.as_str())).collect());
    let mut rules: Vec<&str> = findings.iter().filter(|f: &&Shown| f.block).map(|f| f.rule).collect();
    rules.dedup();
    Member { id: r.id, name: r.name.clone(), rules: rules.join(", "), findings }
}

async fn group_page(app: &AppState, ctx: Ctx, v: Vacancy, class: String, out: GroupOutcome) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let schools = policy::placing_schools(&actor);
    if schools.is_empty() {
        return Err(Error::NotFound);
    }
    // The classes of every school she places pupils of, named with their school when she
    // coordinates more than one.
    let mut options = Vec::new();
    for school in &schools {
        let prefix = match schools.len() {
            1 => String::new(),
            _ => crate::directory::store::schools::school(&app.db, *school)
                .await?
                .map(|s| format!("{} · ", s.name))
                .unwrap_or_default(),
        };
        for (id, name) in classes::class_options(&app.db, *school).await? {
            options.push((id, format!("{prefix}{name}")));
        }
    }
    let pupils = match class.parse::<ClassId>() {
        Ok(c) if options.iter().any(|(id, _)| *id == c) => {
            let scope = policy::school_scope(&actor, policy::SchoolData::Pupils);
            let f = crate::directory::store::pupils::PupilFilter { class: Some(c), ..Default::default() };
            pupil_store::list_pupils(&app.db, &scope, &f, None, 0).await?
        }
        _ => Vec::new(),
    };
    let refused =
        out.message.is_some() || !out.blockers.is_empty() || !out.warnings.is_empty() || !out.errors.is_empty();
    let status = if refused { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    render_status(
        status,
        &GroupPage {
            ctx,
            v,
            classes: options,
            class,
            pupils,
            message: out.message,
            chosen: out.chosen,
            blockers: out.blockers,
            warnings: out.warnings,
            errors: out.errors,
        },
    )
}

pub(super) async fn group_form(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<VacancyId>,
    Query(q): Query<GroupQuery>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let v = load(&app, &actor, id, Action::Confirm).await?;
    if v.kind != Kind::Group.code() {
        return Err(Error::NotFound);
    }
    group_page(&app, ctx, v, q.class, GroupOutcome::default()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct GroupForm {
    class: String,
    pupils: Vec<String>,
    sign: String,
    ack: String,
}

/// Places the chosen pupils in a group vacancy, as the school's confirmation and signature. The
/// group is valid only if it is valid for each pupil (A7): the page names who blocks it and why,
/// with those unticked so the school can place the rest in one more step; warnings must be
/// confirmed.
pub(super) async fn place_group(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<VacancyId>,
    Form(f): Form<GroupForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let chosen: Vec<PupilId> = f.pupils.iter().filter_map(|v| v.parse().ok()).collect();
    let input = GroupInput { pupils: chosen.clone(), signed: f.sign == "yes", acknowledged: f.ack == "yes" };
    let refusal = match flow::place_group(&app, &actor, id, input).await {
        Ok(_) => return Ok(redirect_with(&app, &format!("/vacancies/{id}"), "flash-group-placed")),
        Err(Stop::Refused(r)) => r,
        Err(e) => return Err(e.into()),
    };
    let v = load(&app, &actor, id, Action::Confirm).await?;
    let lang = ctx.lang;
    let message =
        |key: &str| GroupOutcome { message: Some(ctx.t(key)), chosen: chosen.clone(), ..GroupOutcome::default() };
    let out = match refusal {
        GroupRefused::NoneChosen => message("group-err-none"),
        GroupRefused::TooSmall => message("group-err-too-small"),
        GroupRefused::Full => message("placement-err-full"),
        GroupRefused::AlreadyPlaced => message("group-err-already"),
        GroupRefused::NoBirth(name) => GroupOutcome {
            message: Some(ctx.t1("group-err-no-birth", "name", name)),
            chosen: chosen.clone(),
            ..GroupOutcome::default()
        },
        GroupRefused::TooYoung(name) => GroupOutcome {
            message: Some(ctx.t1("group-err-too-young", "name", name)),
            chosen: chosen.clone(),
            ..GroupOutcome::default()
        },
        GroupRefused::Blocked(who) => {
            let blockers: Vec<Member> = who.iter().map(|r| member(lang, r)).collect();
            let chosen = chosen.iter().copied().filter(|id| !blockers.iter().any(|b| b.id == *id)).collect();
            GroupOutcome { blockers, chosen, ..GroupOutcome::default() }
        }
        GroupRefused::Unconfirmed { warnings, unsigned, unacknowledged } => {
            let mut errors = FormErrors::default();
            if unsigned {
                errors.add("sign_school", "sign-err-needed");
            }
            if unacknowledged {
                errors.add("ack", "group-err-confirm-warnings");
            }
            let warnings = warnings.iter().map(|r| Member { rules: String::new(), ..member(lang, r) }).collect();
            GroupOutcome { warnings, chosen: chosen.clone(), errors, ..GroupOutcome::default() }
        }
    };
    group_page(&app, ctx, v, f.class, out).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct SessionForm {
    session_date: String,
    session_start: String,
    session_end: String,
    session_activity: String,
    present: Vec<String>,
}

/// The host registers a session of a group vacancy; its hours go, approved, to each placement
/// marked present.
pub(super) async fn add_session(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(id): Path<VacancyId>,
    Form(f): Form<SessionForm>,
) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    let input = SessionInput {
        date: f.session_date,
        start: f.session_start,
        end: f.session_end,
        activity: f.session_activity,
        present: f.present.iter().filter_map(|v| v.parse::<PlacementId>().ok()).collect(),
    };
    let refusal = match flow::register_session(&app, &actor, id, &input).await {
        Ok(()) => return Ok(Redirect::to(&format!("/vacancies/{id}")).into_response()),
        Err(Stop::Refused(r)) => r,
        Err(e) => return Err(e.into()),
    };
    let v = load(&app, &actor, id, Action::View).await?;
    let mut errors = FormErrors::default();
    match refusal {
        Refused::Invalid(fields) => {
            for (field, key) in fields {
                errors.add(field, key);
            }
            detail_page(&app, ctx, v, errors, String::new()).await
        }
        // A session one of them may not work is refused as a whole, naming who and why.
        Refused::Pupils(who) => {
            errors.add("session_date", "hours-err-rules");
            let lang = ctx.lang;
            let mut refusals = Vec::new();
            for r in &who {
                let items = r.violations.iter().map(|x| (words::show(lang, x, false), x.check.as_str())).collect();
                for mut shown in words::fold(items) {
                    shown.title = format!("{}: {}", r.name, shown.title);
                    refusals.push(shown);
                }
            }
            detail_page_with(&app, ctx, v, errors, String::new(), SideJobForm::default(), Some(refusals)).await
        }
        other => Err(Stop::Refused(other).into()),
    }
}
