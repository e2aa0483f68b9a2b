//! The rule table as data: the seed, its effective dates, validation, JSON, and that the
//! engine enforces the figures in the table.

use std::collections::BTreeSet;

use crate::support::*;

fn current() -> RuleSet {
    RuleBook::builtin().sets().last().unwrap().clone()
}

#[test]
fn the_seed_is_valid_and_covers_every_rule() {
    let book = RuleBook::builtin();
    assert_eq!(RuleBook::new(book.sets().to_vec()), Ok(book.clone()));
    let covered: BTreeSet<RuleId> = current().rows.iter().map(|r| r.rule).collect();
    let all: BTreeSet<RuleId> = RuleId::ALL.iter().copied().collect();
    assert_eq!(covered, all);
    for row in book.sets().iter().flat_map(|s| &s.rows) {
        assert!(row.rule == RuleId::A7 || !row.sources.is_empty(), "{} {} cites no source", row.rule, row.check);
        assert!(row.sources.iter().all(|s| s.source().is_some()));
        if row.when != When::Always || row.certainty == Certainty::Uncertain {
            assert!(
                row.question.is_some(),
                "{} {} depends on an option or is uncertain but names no question",
                row.rule,
                row.check
            );
        }
    }
}

#[test]
fn the_rules_changed_on_18_november_2024() {
    let book = RuleBook::builtin();
    let [before, since] = book.sets() else { panic!("two sets") };
    assert_eq!((before.effective_from, since.effective_from), (None, Some(date!(2024 - 11 - 18))));
    let key = |r: &RuleRow| (r.rule, r.check, r.ages, r.when);
    let old: BTreeSet<_> = before.rows.iter().map(key).collect();
    let new: Vec<(RuleId, Check)> =
        since.rows.iter().filter(|r| !old.contains(&key(r))).map(|r| (r.rule, r.check)).collect();
    assert_eq!(
        new,
        [
            (RuleId::A4, Check::ExtendedHoursConsent),
            (RuleId::B7, Check::EveningExtension),
            (RuleId::B12, Check::Alcohol),
            (RuleId::C5, Check::EveningExtension),
            (RuleId::C10, Check::Alcohol),
        ]
    );
    assert!(std::ptr::eq(book.set_on(date!(2024 - 11 - 17)).unwrap(), &book.sets()[0]));
    assert!(std::ptr::eq(book.set_on(date!(2024 - 11 - 18)).unwrap(), &book.sets()[1]));
}

#[test]
fn the_table_round_trips_through_json_and_lists_well() {
    let book = RuleBook::builtin();
    let json = serde_json::to_string_pretty(&book).unwrap();
    assert_eq!(serde_json::from_str::<RuleBook>(&json).unwrap(), book);
    let b1 = current().rows.into_iter().find(|r| r.rule == RuleId::B1).unwrap();
    let row = serde_json::to_value(&b1).unwrap();
    assert_eq!(
        row,
        serde_json::json!({
            "rule": "B1", "check": "school-day", "scope": "mas", "ages": {"min": 13, "max": 14},
            "limit": {"kind": "max-minutes", "minutes": 120}, "severity": "block", "certainty": "certain",
            "sources": ["S1", "S13", "S14"], "when": {"kind": "always"}
        })
    );
    assert_eq!(b1.limit.message().key, "minors-limit-max-minutes");
    assert_eq!(b1.limit.message().arg("value"), Some(&Arg::Text("2".into())));
}

#[test]
fn invalid_tables_are_refused() {
    let mut rows = current().rows;
    rows[0].limit = Limit::MaxMinutes { minutes: 1 };
    let wrong = RuleBook::new(vec![RuleSet { effective_from: None, rows: rows.clone() }]);
    assert!(matches!(wrong, Err(RuleBookError::WrongLimit { rule: RuleId::A1, .. })));
    let dup = vec![current().rows[1].clone(), current().rows[1].clone()];
    assert!(matches!(
        RuleBook::new(vec![RuleSet { effective_from: None, rows: dup }]),
        Err(RuleBookError::DuplicateRow { .. })
    ));
    let later = RuleSet { effective_from: Some(date!(2025 - 01 - 01)), rows: vec![] };
    let earlier = RuleSet { effective_from: Some(date!(2024 - 01 - 01)), rows: vec![] };
    assert_eq!(RuleBook::new(vec![later, earlier]), Err(RuleBookError::SetsOutOfOrder));
    assert_eq!(RuleBook::new(vec![]), Err(RuleBookError::Empty));
    let mut cited = current();
    cited.rows[0].sources.push(SourceRef(999));
    assert!(matches!(RuleBook::new(vec![cited]), Err(RuleBookError::UnknownSource { .. })));
    let json = r#"[{"effective_from": null, "rows": [{"rule": "B1", "check": "school-day", "scope": "mas",
        "ages": {"min": 13, "max": 14}, "limit": {"kind": "clock", "time": "19:00"}, "severity": "block",
        "certainty": "certain", "sources": []}]}]"#;
    assert!(serde_json::from_str::<RuleBook>(json).is_err());
}

#[test]
fn the_engine_enforces_the_figures_in_the_table() {
    let mut sets = RuleBook::builtin().sets().to_vec();
    for row in sets.iter_mut().flat_map(|s| s.rows.iter_mut()) {
        if row.rule == RuleId::B1 {
            row.limit = Limit::MaxMinutes { minutes: 150 };
        }
    }
    let engine = Engine::new(RuleBook::new(sets).unwrap(), Options::default());
    let w = work(Setting::MasOutsideSchool, vec![at(TUESDAY, "15:30", "18:00")]);
    none_of(&run(&engine, aged(13, TUESDAY), &w), RuleId::B1);
    one(&run(&Engine::default(), aged(13, TUESDAY), &w), RuleId::B1, Check::DailyWorkSchoolDay);
}

#[test]
fn rule_ids_parse_and_have_categories() {
    for id in RuleId::ALL {
        assert_eq!(id.as_str().parse::<RuleId>(), Ok(*id));
    }
    assert!("B14".parse::<RuleId>().is_err());
    assert_eq!(RuleId::B7.category(), RuleCategory::WorkingTime);
    assert_eq!(RuleId::D1.category(), RuleCategory::Paperwork);
    assert_eq!(RuleId::E8.category(), RuleCategory::KindOfWork);
}

#[test]
fn options_in_rows_serialise_readably() {
    let row = current().rows.into_iter().find(|r| r.check == Check::EveningExtension).unwrap();
    assert_eq!(
        serde_json::to_value(row.when).unwrap(),
        serde_json::json!({"kind": "if", "option": "mas-evening-until-20"})
    );
}
