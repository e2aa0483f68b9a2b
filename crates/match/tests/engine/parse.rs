//! Instance v1 parsing and validation.

use schakel_match::{Instance, InstanceError, InstanceInput, Mode, solve};

use crate::support::{input, json};

fn err(text: &str) -> String {
    match Instance::from_json(text.as_bytes()) {
        Ok(_) => panic!("accepted: {text}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn invalid_instances_are_rejected_with_precise_messages() {
    let cases: &[(&str, &str)] = &[
        (
            r#"{"placements":[{"id":"P1","capacity":1,"ranking":[]}],"students":[{"id":"S1","preferences":["P4","P1","P9"]}]}"#,
            r#"unknown placement "P4" in the preferences of student "S1""#,
        ),
        (
            r#"{"placements":[],"students":[{"id":"S3","preferences":[]},{"id":"S3","preferences":[]}]}"#,
            r#"duplicate student id "S3""#,
        ),
        (
            r#"{"placements":[{"id":"P2","capacity":-1,"ranking":[]}],"students":[]}"#,
            r#"placement "P2" has negative capacity -1"#,
        ),
        (
            r#"{"placements":[{"id":"P1","capacity":1,"ranking":[]},{"id":"P1","capacity":2,"ranking":[]}],"students":[]}"#,
            r#"duplicate placement id "P1""#,
        ),
        (
            r#"{"placements":[{"id":"P1","capacity":1,"ranking":["S9"]}],"students":[{"id":"S1","preferences":[]}]}"#,
            r#"unknown student "S9" in the ranking of placement "P1""#,
        ),
        (
            r#"{"placements":[{"id":"P1","capacity":1,"ranking":["S1","S1"]}],"students":[{"id":"S1","preferences":[]}]}"#,
            r#"student "S1" appears more than once in the ranking of placement "P1""#,
        ),
        (
            r#"{"placements":[{"id":"P1","capacity":1,"ranking":[]}],"students":[{"id":"S1","preferences":["P1","P1"]}]}"#,
            r#"placement "P1" appears more than once in the preferences of student "S1""#,
        ),
        (
            r#"{"placements":[],"students":[{"id":"S1","preferences":[]}],"groups":[{"id":"G1","members":["S1","S2"]}]}"#,
            r#"unknown student "S2" in group "G1""#,
        ),
        (
            r#"{"placements":[],"students":[{"id":"S1","preferences":[]}],"groups":[{"id":"G1","members":["S1","S1"]}]}"#,
            r#"student "S1" appears more than once in group "G1""#,
        ),
        (
            r#"{"placements":[],"students":[{"id":"S1","preferences":[]}],"groups":[{"id":"G1","members":["S1"]},{"id":"G2","members":["S1"]}]}"#,
            r#"student "S1" is a member of both group "G1" and group "G2""#,
        ),
        (
            r#"{"placements":[],"students":[],"groups":[{"id":"G1","members":[]},{"id":"G1","members":[]}]}"#,
            r#"duplicate group id "G1""#,
        ),
        (
            r#"{"placements":[],"students":[{"id":"a\"b","preferences":[]},{"id":"a\"b","preferences":[]}]}"#,
            r#"duplicate student id "a\"b""#,
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(&err(text), expected, "input: {text}");
    }
}

#[test]
fn malformed_json_reports_line_and_column() {
    let text = "{\"placements\": [],\n \"students\": [}";
    let e = Instance::from_json(text.as_bytes()).unwrap_err();
    assert!(matches!(e, InstanceError::Json { .. }));
    assert_eq!(e.line_column(), Some((2, 15)));
    let msg = e.to_string();
    assert!(msg.starts_with("malformed instance JSON: "), "{msg}");
    assert!(msg.contains("line 2 column 15"), "{msg}");
}

#[test]
fn structural_errors_name_the_field() {
    for (text, needle) in [
        (r#"{"students":[]}"#, "missing field `placements`"),
        (r#"{"placements":[],"students":[],"extra":1}"#, "unknown field `extra`"),
        (
            r#"{"placements":[{"id":"P1","capacity":1.5,"ranking":[]}],"students":[]}"#,
            "capacity must be an integer at line 1 column 38",
        ),
        (r#"{"placements":[],"students":[{"id":"S1","prefs":[]}]}"#, "unknown field `prefs`"),
        (r#"{"placements":[],"students":[{"id":7,"preferences":[]}]}"#, "expected an id string"),
        (r#"{"placements":[],"students":[],"students":[]}"#, "duplicate field `students`"),
        (r#"{"placements":[],"students":[{"preferences":[]}]}"#, "missing field `id` in a student"),
        (r#"{"placements":[{"id":"P1","capacity":01,"ranking":[]}],"students":[]}"#, "leading zero"),
        (
            r#"{"placements":[{"id":"P1","capacity":99999999999999999999,"ranking":[]}],"students":[]}"#,
            "capacity out of range",
        ),
        (r#"{"placements":[],"students":[]} x"#, "trailing characters at line 1 column 33"),
        (r#"{"placements":[],"students":[{"id":"a\x","preferences":[]}]}"#, "invalid escape"),
        (r#"{"placements":[],"students":[{"id":"\ud800","preferences":[]}]}"#, "lone leading surrogate"),
        ("{\"placements\":[],\"students\":[{\"id\":\"a\tb\",\"preferences\":[]}]}", "control character in string"),
        (
            r#"{"placements":[],"students":[{"id":"S1","preferences":["P1"}]}"#,
            "expected `,` or `]` at line 1 column 60",
        ),
        (r#"{"placements":[],"students":["#, "unexpected end of input"),
        (r#"[]"#, "expected an object at line 1 column 1"),
    ] {
        let msg = err(text);
        assert!(msg.contains(needle), "{text}: {msg}");
    }
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let text = "\u{feff}{\"placements\":[],\"students\":[{\"id\":\"S1\",\"preferences\":[]}]}";
    let inst = Instance::from_json(text.as_bytes()).unwrap();
    assert_eq!(inst.student_id(0), "S1");
}

#[test]
fn invalid_utf8_is_rejected() {
    let mut text = br#"{"placements":[],"students":[{"id":"S"#.to_vec();
    text.push(0xff);
    text.extend_from_slice(br#"","preferences":[]}]}"#);
    let msg = Instance::from_json(&text).unwrap_err().to_string();
    assert_eq!(msg, "malformed instance JSON: invalid UTF-8 at line 1 column 38");
}

proptest::proptest! {
    /// The hand-written parser reads what serde_json writes (compact or pretty, with escapes,
    /// unicode and whitespace) exactly as the serde-derived input types do.
    #[test]
    fn parser_agrees_with_serde(seed in proptest::prelude::any::<u64>(), ns in 0usize..6, np in 1usize..4, pretty in proptest::prelude::any::<bool>()) {
        let mut input = crate::support::tiny(seed, ns, np, true);
        let odd = ["S\"q\\", "é\u{1}\n", "😀 /", "", "\u{7f}\u{2028}"];
        for (k, s) in input.students.iter_mut().enumerate().take(odd.len()) {
            let new = format!("{}{k}", odd[k]);
            for p in &mut input.placements {
                for r in &mut p.ranking {
                    if *r == s.id { *r = new.clone(); }
                }
            }
            for g in &mut input.groups {
                for m in &mut g.members {
                    if *m == s.id { *m = new.clone(); }
                }
            }
            s.id = new;
        }
        let text = if pretty { serde_json::to_vec_pretty(&input).unwrap() } else { serde_json::to_vec(&input).unwrap() };
        let via_serde: InstanceInput = serde_json::from_slice(&text).unwrap();
        proptest::prop_assert_eq!(&via_serde, &input);
        let parsed = Instance::from_json(&text).unwrap();
        proptest::prop_assert_eq!(parsed.to_input(), input);
    }
}

#[test]
fn valid_edge_inputs_are_accepted() {
    // Empty lists, capacity 0, a placement nobody lists, a ranking naming a student who did not
    // list the placement, groups missing, null, empty, and of one member.
    for text in [
        r#"{"placements":[],"students":[]}"#,
        r#"{"placements":[],"students":[],"groups":null}"#,
        r#"{"placements":[],"students":[],"groups":[]}"#,
        r#"{"placements":[{"id":"P1","capacity":0,"ranking":["S1"]},{"id":"P2","capacity":5,"ranking":[]}],
            "students":[{"id":"S1","preferences":[]},{"id":"S2","preferences":["P1"]}],
            "groups":[{"id":"G1","members":[]},{"id":"G2","members":["S2"]}]}"#,
        r#"{"placements":[{"id":"P1","capacity":9223372036854775807,"ranking":["S1"]}],
            "students":[{"id":"S1","preferences":["P1"]}]}"#,
    ] {
        let inst = Instance::from_json(text.as_bytes()).unwrap_or_else(|e| panic!("{text}: {e}"));
        for mode in [Mode::Stable, Mode::Optimal] {
            let o = solve(&inst, mode, true);
            assert_eq!(o.assignments().count(), inst.student_count());
        }
    }
}

#[test]
fn escaped_and_unicode_ids_round_trip() {
    let text = r#"{"placements":[{"id":"P\u00e9\"1","capacity":1,"ranking":["S\\1"]}],
                  "students":[{"id":"S\\1","preferences":["Pé\"1"]},{"id":"😀","preferences":[]}]}"#;
    let inst = Instance::from_json(text.as_bytes()).unwrap();
    let out = json(&inst, Mode::Stable, false);
    assert_eq!(out, "{\"assignments\":{\"S\\\\1\":\"Pé\\\"1\"},\"unassigned\":[\"😀\"]}\n");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["assignments"]["S\\1"], "Pé\"1");
}

#[test]
fn programmatic_constructor_validates_like_json() {
    let bad = input(&[("P1", -3, &[])], &[], &[]);
    assert_eq!(Instance::new(&bad).unwrap_err().to_string(), r#"placement "P1" has negative capacity -3"#);
    let bad = input(&[("P1", 1, &[])], &[("S1", &["P2"])], &[]);
    assert_eq!(
        Instance::new(&bad).unwrap_err().to_string(),
        r#"unknown placement "P2" in the preferences of student "S1""#
    );
    let good = input(
        &[("P1", 1, &["S2", "S1"]), ("P2", 2, &["S1"])],
        &[("S1", &["P1", "P2"]), ("S2", &["P1"])],
        &[("G1", &["S1"])],
    );
    let a = Instance::new(&good).unwrap();
    let text = serde_json::to_vec(&good).unwrap();
    let b = Instance::from_json(&text).unwrap();
    assert_eq!(a.to_input(), good);
    assert_eq!(b.to_input(), good);
    for mode in [Mode::Stable, Mode::Optimal] {
        assert_eq!(json(&a, mode, true), json(&b, mode, true));
    }
    // InstanceInput reads instance v1 JSON too.
    let back: InstanceInput = serde_json::from_slice(&text).unwrap();
    assert_eq!(back, good);
}

#[test]
fn lookups_by_id() {
    let inst =
        Instance::new(&input(&[("P1", 1, &[]), ("P0", 1, &[])], &[("b", &[]), ("a", &[]), ("c", &[])], &[])).unwrap();
    assert_eq!(inst.student_index("a"), Some(1));
    assert_eq!(inst.student_index("c"), Some(2));
    assert_eq!(inst.student_index("d"), None);
    assert_eq!(inst.placement_index("P0"), Some(1));
    assert_eq!(inst.placement_index("P2"), None);
}

#[test]
fn mode_parses_and_displays() {
    assert_eq!("stable".parse::<Mode>().unwrap(), Mode::Stable);
    assert_eq!("optimal".parse::<Mode>().unwrap(), Mode::Optimal);
    assert_eq!(
        "Stable".parse::<Mode>().unwrap_err().to_string(),
        r#"unknown mode "Stable" (expected "stable" or "optimal")"#
    );
    assert_eq!(Mode::Optimal.to_string(), "optimal");
}
