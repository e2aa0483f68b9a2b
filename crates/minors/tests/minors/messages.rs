//! The Fluent files: every key the crate can produce exists in Dutch and English, both files
//! define the same keys, and every message renders without errors for every rule row and every
//! kind of finding.

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::Entry;

use crate::support::*;

const NL: &str = include_str!("../../../schakel/i18n/nl/minors.ftl");
const EN: &str = include_str!("../../../schakel/i18n/en/minors.ftl");

fn resource(source: &'static str) -> FluentResource {
    FluentResource::try_new(source.to_owned()).unwrap_or_else(|(_, errors)| panic!("syntax errors: {errors:#?}"))
}

fn keys(source: &'static str) -> BTreeSet<String> {
    resource(source)
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

fn bundle(source: &'static str, lang: &str) -> FluentBundle<FluentResource> {
    let mut b = FluentBundle::new(vec![lang.parse::<unic_langid::LanguageIdentifier>().unwrap()]);
    b.set_use_isolating(false);
    b.add_resource(resource(source)).unwrap();
    b
}

fn render(b: &FluentBundle<FluentResource>, m: &Message) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in &m.args {
        match value {
            Arg::Text(t) => args.set(*name, FluentValue::from(t.clone())),
            Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
        }
    }
    let msg = b.get_message(m.key).unwrap_or_else(|| panic!("no message {}", m.key));
    let mut errors = vec![];
    let text = b.format_pattern(msg.value().unwrap(), Some(&args), &mut errors).into_owned();
    assert!(errors.is_empty(), "{}: {errors:?} in {text:?}", m.key);
    text
}

/// Every key the crate can hand to the app.
fn produced_keys() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for id in RuleId::ALL {
        out.insert(id.message_key().to_owned());
        out.insert(id.title_key().to_owned());
    }
    out.extend(Check::ALL.iter().map(|c| c.message_key().to_owned()));
    out.extend(TaskCategory::ALL.iter().map(|t| t.message_key().to_owned()));
    out.extend(OpenQuestion::ALL.iter().map(|q| q.message_key().to_owned()));
    out.extend([Severity::Block, Severity::Warn].map(|s| s.message_key().to_owned()));
    out.extend([Certainty::Certain, Certainty::Likely, Certainty::Uncertain].map(|c| c.message_key().to_owned()));
    for row in RuleBook::builtin().sets().iter().flat_map(|s| &s.rows) {
        out.insert(row.limit.message().key.to_owned());
    }
    out
}

#[test]
fn every_key_exists_in_both_languages() {
    let (nl, en) = (keys(NL), keys(EN));
    assert_eq!(nl, en, "the Dutch and English files define different keys");
    let missing: Vec<String> = produced_keys().difference(&nl).cloned().collect();
    assert!(missing.is_empty(), "missing in minors.ftl: {missing:?}");
    assert!(nl.iter().all(|k| k.starts_with("minors-")), "every key is prefixed minors-");
}

/// Findings of every kind, to render each rule's message with.
fn measures() -> Vec<Measure> {
    let t = |s| clock(s);
    let mut out = vec![
        Measure::Age { minimum: 13, actual: 12 },
        minutes_over(120, 150),
        Measure::MinutesUnder { limit: 840, actual: 839 },
        Measure::StartsBefore { limit: t("07:00"), actual: t("06:59") },
        Measure::EndsAfter { limit: t("19:00"), actual: t("19:30") },
        Measure::CountOver { limit: 5, actual: 6 },
        Measure::SundaysOver { limit: 5, actual: 6, weeks: 16 },
        Measure::Missing,
        Measure::Late { required_by: TUESDAY, signed: WEDNESDAY },
        Measure::Occurs,
        Measure::Excepted,
        Measure::Shift { kind: ShiftKind::OnCall },
        Measure::Shift { kind: ShiftKind::Overtime },
        Measure::SchoolTimeUnknown,
        Measure::OverThreshold { limit_days: 14, limit_minutes: 3600, days: 15, minutes: 3700, registered: None },
        Measure::Rules { rules: vec![RuleId::A1, RuleId::B1] },
    ];
    out.extend(TaskCategory::ALL.map(|task| Measure::Task { task }));
    out
}

#[test]
fn every_message_renders_for_every_row_and_finding() {
    let bundles = [bundle(NL, "nl"), bundle(EN, "en")];
    let periods = [
        day(TUESDAY),
        week_of(TUESDAY),
        Period::Weeks { first: IsoWeek::of(TUESDAY).plus(-3), last: IsoWeek::of(TUESDAY) },
        Period::Placement { first: TUESDAY, last: SUNDAY },
    ];
    let mut rendered = 0;
    for row in RuleBook::builtin().sets().iter().flat_map(|s| &s.rows) {
        for b in &bundles {
            render(b, &row.limit.message());
            render(b, &Message { key: row.rule.title_key(), args: vec![] });
            render(b, &Message { key: row.check.message_key(), args: vec![] });
        }
        for measure in measures() {
            for period in periods {
                let v = Violation {
                    rule: row.rule,
                    check: row.check,
                    severity: row.severity,
                    period,
                    ages: row.ages,
                    age: 14,
                    measure: measure.clone(),
                };
                for b in &bundles {
                    let text = render(b, &v.message());
                    assert!(!text.contains('{') && !text.trim().is_empty(), "{text}");
                    rendered += 1;
                }
            }
        }
    }
    assert!(rendered > 10_000);
}

#[test]
fn messages_name_the_date_the_limit_and_the_figure() {
    let v = mas(aged(13, TUESDAY), vec![at(TUESDAY, "15:30", "18:00")]);
    let b1 = one(&v, RuleId::B1, Check::DailyWorkSchoolDay);
    let nl = render(&bundle(NL, "nl"), &b1.message());
    assert_eq!(
        nl,
        "Op 2026-11-24, een schooldag, werkt de leerling 2:30 uur. Leerlingen van 13–14 mogen op een schooldag naast de lessen hooguit 2 uur werken."
    );
    let en = render(&bundle(EN, "en"), &b1.message_with(|d| format!("{} {}", d.day(), d.month())));
    assert_eq!(
        en,
        "On 24 November, a school day, the pupil works 2:30 hours. Pupils aged 13–14 may work at most 2 hours on a school day, besides lessons."
    );
    // Task names come through.
    let host = HostFacts { tasks: Some([TaskCategory::CashHandling].into()), ..good_host() };
    let v = run(
        &Engine::default(),
        aged(14, SATURDAY),
        &Work::new(Setting::MasOutsideSchool, vec![at(SATURDAY, "10:00", "12:00")], host),
    );
    let text = render(&bundle(NL, "nl"), &one(&v, RuleId::B11, Check::BannedTasks).message());
    assert!(text.ends_with("met geld of betalingen omgaan."), "{text}");
    // Weeks read as numbers without separators.
    let w = mas(
        aged(13, TUESDAY),
        vec![
            at(SATURDAY, "08:00", "12:00"),
            at(SATURDAY, "12:30", "15:00"),
            at(TUESDAY, "15:00", "17:00"),
            at(WEDNESDAY, "15:00", "17:00"),
            at(THURSDAY, "15:00", "17:00"),
        ],
    );
    let text = render(&bundle(EN, "en"), &one(&w, RuleId::B3, Check::WeeklyWorkSchoolWeek).message());
    assert!(text.starts_with("In week 48 of 2026, a school week, the pupil works 12:30 hours."), "{text}");
}
