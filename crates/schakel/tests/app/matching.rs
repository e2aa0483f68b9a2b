//! `schakel match`: the allocation engine behind the command line, as a real process.

use std::process::Command;

fn schakel() -> Command {
    Command::new(env!("CARGO_BIN_EXE_schakel"))
}

#[test]
fn match_reads_an_instance_and_writes_the_result() {
    let dir = tempfile::tempdir().expect("dir");
    let input = dir.path().join("ronde.json");
    let output = dir.path().join("uitslag.json");
    std::fs::write(
        &input,
        r#"{"placements": [{"id": "P1", "capacity": 1, "ranking": ["S2", "S1"]}, {"id": "P2", "capacity": 1, "ranking": ["S1"]}],
            "students": [{"id": "S1", "preferences": ["P1", "P2"]}, {"id": "S2", "preferences": ["P1"]}]}"#,
    )
    .expect("write");
    for mode in ["stable", "optimal"] {
        let status = schakel()
            .args(["match", "--mode", mode, "--input"])
            .arg(&input)
            .arg("--output")
            .arg(&output)
            .arg("--explain")
            .status()
            .expect("run");
        assert!(status.success(), "{mode}");
        let result: serde_json::Value = serde_json::from_slice(&std::fs::read(&output).expect("output")).expect("json");
        assert_eq!(result["assignments"]["S2"], "P1", "{mode}: S2 has priority at P1");
        assert_eq!(result["assignments"]["S1"], "P2", "{mode}");
        assert!(result.get("explanations").is_some(), "{mode}: --explain adds reasons");
    }
}

#[test]
fn bad_input_names_the_problem_exits_with_2_and_leaves_no_file() {
    let dir = tempfile::tempdir().expect("dir");
    let output = dir.path().join("uitslag.json");
    let cases = [
        (r#"{"placements": [{"id": "P1", "capacity": -1, "ranking": []}], "students": []}"#, "negative capacity"),
        (r#"{"placements": [], "students": [{"id": "S1", "preferences": ["P9"]}]}"#, "P9"),
        (
            r#"{"placements": [], "students": [{"id": "S1", "preferences": []}, {"id": "S1", "preferences": []}]}"#,
            "duplicate",
        ),
        (r#"{"placements": [], "students": [}"#, "line"),
    ];
    for (json, expected) in cases {
        let input = dir.path().join("ronde.json");
        std::fs::write(&input, json).expect("write");
        let out = schakel()
            .args(["match", "--mode", "stable", "--input"])
            .arg(&input)
            .arg("--output")
            .arg(&output)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{json}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(expected), "{json}: {stderr}");
        assert!(!output.exists(), "no output file after bad input");
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1, "no temporary file left either");
    }
    let missing = schakel()
        .args(["match", "--mode", "optimal", "--input", "/nonexistent.json", "--output"])
        .arg(&output)
        .output()
        .expect("run");
    assert_eq!(missing.status.code(), Some(2));
}
