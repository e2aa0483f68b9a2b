//! The rule table (every member of staff may read it) and the network's readings of the open
//! questions (the project leader changes them, with the reason recorded).

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use schakel_minors::{
    InternshipAt13, MeetingPointAtClient, MeetingPointInSchool, Options, RuleRow, Scope, Severity, SundayCapReading,
    When,
};
use serde::Deserialize;
use time::Date;

use crate::auth::policy::{self, Action, Resource};
use crate::directory::values::{MAX_LONG, required_text};
use crate::minors::rules::{self, OptionChange};
use crate::minors::words;
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::{Error, Result};
use crate::web::page::{FormErrors, Pairs, field, redirect_with, render_status};

pub fn routes() -> Routes {
    Routes::new().get("/rules", page).post("/rules/options", set_options)
}

/// One line of the rule table as the page shows it.
struct Line {
    rule: &'static str,
    title: String,
    check: String,
    limit: String,
    block: bool,
    certainty: String,
    condition: String,
    sources: String,
}

/// The lines for one scope and age range.
struct Group {
    title: String,
    lines: Vec<Line>,
}

/// One of the options, as a form field.
struct Choice {
    name: &'static str,
    question: &'static str,
    /// (value, label key, selected)
    values: Vec<(&'static str, String, bool)>,
}

#[derive(Template)]
#[template(path = "minors/rules.html")]
struct RulesPage {
    ctx: Ctx,
    may_edit: bool,
    choices: Vec<Choice>,
    relaxed: Vec<String>,
    history: Vec<OptionChange>,
    /// The rule sets by effective date, and which one is shown.
    sets: Vec<(usize, Option<Date>)>,
    shown: usize,
    groups: Vec<Group>,
    rows: usize,
    errors: FormErrors,
    reason: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RulesQuery {
    set: Option<usize>,
}

fn yes_no(on: bool) -> Vec<(&'static str, String, bool)> {
    vec![("yes", "option-yes".into(), on), ("no", "option-no".into(), !on)]
}

fn choices(o: &Options) -> Vec<Choice> {
    vec![
        Choice { name: "mas_evening_until_20", question: "Q1", values: yes_no(o.mas_evening_until_20) },
        Choice {
            name: "mas_sunday_cap",
            question: "Q1",
            values: vec![
                (
                    "at-most-five-worked",
                    "option-sunday-at-most-five".into(),
                    o.mas_sunday_cap == SundayCapReading::AtMostFiveWorked,
                ),
                (
                    "at-least-five-free",
                    "option-sunday-five-free".into(),
                    o.mas_sunday_cap == SundayCapReading::AtLeastFiveFree,
                ),
            ],
        },
        Choice { name: "age15_holiday_weeks_until_21", question: "Q2", values: yes_no(o.age15_holiday_weeks_until_21) },
        Choice {
            name: "internship_at_13",
            question: "Q3",
            values: vec![
                ("blocked", "option-internship-13-blocked".into(), o.internship_at_13 == InternshipAt13::Blocked),
                (
                    "light-work",
                    "option-internship-13-light".into(),
                    o.internship_at_13 == InternshipAt13::LightWorkOnNonSchoolDays,
                ),
            ],
        },
        Choice {
            name: "meeting_point_in_school",
            question: "Q4",
            values: vec![
                ("as-work", "option-mp-school-work".into(), o.meeting_point_in_school == MeetingPointInSchool::AsWork),
                (
                    "as-school-activity",
                    "option-mp-school-activity".into(),
                    o.meeting_point_in_school == MeetingPointInSchool::AsSchoolActivity,
                ),
            ],
        },
        Choice {
            name: "meeting_point_at_client",
            question: "Q4",
            values: vec![
                (
                    "strictest",
                    "option-mp-client-strictest".into(),
                    o.meeting_point_at_client == MeetingPointAtClient::Strictest,
                ),
                ("as-mas", "option-mp-client-mas".into(), o.meeting_point_at_client == MeetingPointAtClient::AsMas),
                (
                    "as-internship",
                    "option-mp-client-internship".into(),
                    o.meeting_point_at_client == MeetingPointAtClient::AsInternship,
                ),
            ],
        },
        Choice { name: "parent_signature_16_17", question: "Q6", values: yes_no(o.parent_signature_16_17) },
        Choice {
            name: "childcare_registration_for_minors",
            question: "Q11",
            values: yes_no(o.childcare_registration_for_minors),
        },
        Choice { name: "ask_side_job_hours", question: "Q12", values: yes_no(o.ask_side_job_hours) },
        Choice { name: "school_time_in_rest_periods", question: "", values: yes_no(o.school_time_in_rest_periods) },
    ]
}

/// Reads the options form; `None` when a field is missing or unknown (no form of ours sends that).
fn read_options(pairs: &[(String, String)]) -> Option<Options> {
    let get = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    let yes = |k: &str| match get(k)? {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    };
    Some(Options {
        mas_evening_until_20: yes("mas_evening_until_20")?,
        mas_sunday_cap: match get("mas_sunday_cap")? {
            "at-most-five-worked" => SundayCapReading::AtMostFiveWorked,
            "at-least-five-free" => SundayCapReading::AtLeastFiveFree,
            _ => return None,
        },
        age15_holiday_weeks_until_21: yes("age15_holiday_weeks_until_21")?,
        internship_at_13: match get("internship_at_13")? {
            "blocked" => InternshipAt13::Blocked,
            "light-work" => InternshipAt13::LightWorkOnNonSchoolDays,
            _ => return None,
        },
        meeting_point_in_school: match get("meeting_point_in_school")? {
            "as-work" => MeetingPointInSchool::AsWork,
            "as-school-activity" => MeetingPointInSchool::AsSchoolActivity,
            _ => return None,
        },
        meeting_point_at_client: match get("meeting_point_at_client")? {
            "strictest" => MeetingPointAtClient::Strictest,
            "as-mas" => MeetingPointAtClient::AsMas,
            "as-internship" => MeetingPointAtClient::AsInternship,
            _ => return None,
        },
        parent_signature_16_17: yes("parent_signature_16_17")?,
        childcare_registration_for_minors: yes("childcare_registration_for_minors")?,
        ask_side_job_hours: yes("ask_side_job_hours")?,
        school_time_in_rest_periods: yes("school_time_in_rest_periods")?,
    })
}

fn scope_key(s: Scope) -> &'static str {
    match s {
        Scope::Mas => "rules-scope-mas",
        Scope::Internship => "rules-scope-internship",
        Scope::AnyWork => "rules-scope-any-work",
    }
}

fn line(ctx: &Ctx, r: &RuleRow) -> Line {
    let condition = match r.when {
        When::Always => String::new(),
        When::If(flag) => ctx.t1("rules-when-if", "option", ctx.t(&format!("option-flag-{}", flag_code(flag)))),
        When::Unless(flag) => ctx.t1("rules-when-unless", "option", ctx.t(&format!("option-flag-{}", flag_code(flag)))),
    };
    Line {
        rule: r.rule.as_str(),
        title: ctx.t(r.rule.title_key()),
        check: ctx.t(r.check.message_key()),
        limit: words::render(ctx.lang, &r.limit.message()),
        block: r.severity == Severity::Block,
        certainty: ctx.t(r.certainty.message_key()),
        condition,
        sources: r.sources.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", "),
    }
}

/// An age range as people say it: `13–14 jaar`, `tot en met 15 jaar`, `alle leeftijden`.
fn ages_text(ctx: &Ctx, ages: schakel_minors::AgeRange) -> String {
    let (young, old) = (ages.youngest(), ages.oldest());
    match (young, old >= schakel_minors::AGE_OPEN_END) {
        (0, true) => ctx.t("rules-ages-all"),
        (_, true) => ctx.t1("rules-ages-from", "age", young),
        (0, false) => ctx.t1("rules-ages-upto", "age", old),
        _ if young == old => ctx.t1("rules-ages", "ages", young),
        _ => ctx.t1("rules-ages", "ages", format!("{young}–{old}")),
    }
}

fn flag_code(flag: schakel_minors::OptionFlag) -> String {
    serde_json::to_value(flag).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
}

async fn show(app: &AppState, ctx: Ctx, set: Option<usize>, errors: FormErrors, reason: String) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    policy::require(&actor, Action::View, Resource::MinorsRules)?;
    let book = rules::book(&app.db).await?;
    let options = rules::options(&app.db).await?;
    let today = app.clock().today();
    let sets: Vec<(usize, Option<Date>)> = book.sets().iter().enumerate().map(|(i, s)| (i, s.effective_from)).collect();
    let current = book.sets().iter().rposition(|s| s.effective_from.is_none_or(|d| d <= today)).unwrap_or(0);
    let shown = set.filter(|i| *i < sets.len()).unwrap_or(current);
    let mut groups: Vec<Group> = Vec::new();
    let mut rows: Vec<&RuleRow> = book.sets().get(shown).map(|s| s.rows.iter().collect()).unwrap_or_default();
    rows.sort_by_key(|r| (r.scope, r.ages.youngest(), r.ages.oldest(), r.rule));
    for r in &rows {
        let title = format!("{} · {}", ctx.t(scope_key(r.scope)), ages_text(&ctx, r.ages));
        match groups.last_mut() {
            Some(g) if g.title == title => g.lines.push(line(&ctx, r)),
            _ => groups.push(Group { title, lines: vec![line(&ctx, r)] }),
        }
    }
    let code = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = RulesPage {
        may_edit: policy::can(&actor, Action::Edit, Resource::MinorsRules),
        choices: choices(&options),
        relaxed: options.relaxed_questions().iter().map(|q| format!("{q:?}")).collect(),
        history: rules::history(&app.db).await?,
        sets,
        shown,
        rows: rows.len(),
        groups,
        errors,
        reason,
        ctx,
    };
    render_status(code, &page)
}

async fn page(State(app): State<AppState>, ctx: Ctx, Query(q): Query<RulesQuery>) -> Result<Response> {
    show(&app, ctx, q.set, FormErrors::default(), String::new()).await
}

/// The project leader changes the readings of the open questions; the reason is required and
/// kept with the change.
async fn set_options(State(app): State<AppState>, ctx: Ctx, Form(pairs): Form<Pairs>) -> Result<Response> {
    let actor = ctx.actor()?.clone();
    policy::require(&actor, Action::Edit, Resource::MinorsRules)?;
    let reason_raw = field(&pairs, "reason");
    let Some(new) = read_options(&pairs) else { return Err(Error::BadRequest("rules-err-options")) };
    let mut errors = FormErrors::default();
    let reason = errors.check("reason", required_text(&reason_raw, MAX_LONG));
    let Some(reason) = reason else { return show(&app, ctx, None, errors, reason_raw).await };
    if new == rules::options(&app.db).await? {
        errors.add("reason", "rules-err-unchanged");
        return show(&app, ctx, None, errors, reason_raw).await;
    }
    rules::set_options(&app.db, &new, &reason, actor.user_id).await?;
    Ok(redirect_with(&app, "/rules", "flash-rules-options-saved"))
}
