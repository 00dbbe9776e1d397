//! Checkers: case loading errors, verification, screening.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::check::case::load_case;
use pasal::check::eligibility::{Program, Reference};
use pasal::check::screen::{run_jsonl, Screener};
use pasal::check::verify::{verify, Status};
use pasal::driver;
use pasal::ir::{Level, Mechanism, Policy};
use std::path::Path;

fn policy(name: &str) -> Policy {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let c = driver::compile_path(&root.join("policies").join(name), &Options::default());
    c.policy.expect("policy compiles")
}

fn case_error(json: &str) -> (String, usize, String) {
    let e = load_case(json).expect_err("the case is rejected");
    let first = e.into_iter().next().expect("one error");
    (first.path, first.line, first.message)
}

const BASE: &str = r#"{
  "vacancy": { "level": "jpt_pratama", "mechanism": "seleksi_terbuka" },
  "candidates": [
    { "id": "a", "birth_date": "1970-01-01" }
  ]
}"#;

#[test]
fn base_case_loads() {
    assert!(load_case(BASE).is_ok());
}

#[test]
fn case_errors_name_the_field_and_the_line() {
    let (path, line, msg) =
        case_error(&BASE.replace("\"id\": \"a\"", "\"id\": \"a\", \"umur\": 5"));
    assert_eq!(path, "candidates[0].umur");
    assert_eq!(line, 4);
    assert!(msg.contains("unknown field `umur`"), "{msg}");

    let (path, line, msg) = case_error(&BASE.replace("1970-01-01", "2023-02-30"));
    assert_eq!(path, "candidates[0].birth_date");
    assert_eq!(line, 4);
    assert!(msg.contains("out of range"), "{msg}");

    let (path, _, msg) = case_error(&BASE.replace("\"id\": \"a\"", "\"id\": 7"));
    assert_eq!(path, "candidates[0].id");
    assert!(msg.contains("invalid type"), "{msg}");

    let (path, _, msg) = case_error(&BASE.replace(
        "\"id\": \"a\"",
        "\"id\": \"a\", \"related_experience_years\": -2",
    ));
    assert_eq!(path, "candidates[0].related_experience_years");
    assert!(msg.contains("negative"), "{msg}");

    let ended = BASE.replace(
        "\"id\": \"a\"",
        "\"id\": \"a\", \"positions\": [{\"jenjang\": \"administrator\", \"start\": \"2020-01-01\", \"end\": \"2019-01-01\"}]",
    );
    let (path, _, msg) = case_error(&ended);
    assert_eq!(path, "candidates[0].positions[0].end");
    assert!(msg.contains("before it starts"), "{msg}");

    let panel = BASE.replace("\"candidates\"", "\"panels\": {\"seleksi\": [{\"name\": \"X\", \"category\": \"akademisi\"}]},\n  \"candidates\"");
    let (path, _, msg) = case_error(&panel);
    assert_eq!(path, "panels.seleksi[0]");
    assert!(msg.contains("missing field `origin`"), "{msg}");

    let deadline = BASE.replace("\"candidates\"", "\"announcement\": {\"start\": \"2024-03-10\", \"deadline\": \"2024-03-01\"},\n  \"candidates\"");
    let (path, line, _) = case_error(&deadline);
    assert_eq!(path, "announcement.deadline");
    assert_eq!(line, 3);
}

#[test]
fn verify_judges_the_worked_example() {
    let p = policy("kota-pagar-alam-2021-25.pasal");
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/pagar-alam-kepala-dinas.json"),
    )
    .expect("example");
    let case = load_case(&text).expect("valid case");
    let report = verify(&p, &case).expect("verifies");
    let violated: Vec<_> = report
        .verdicts
        .iter()
        .filter(|v| v.status == Status::Violated)
        .map(|v| (v.rule.as_str(), v.candidate.as_deref()))
        .collect();
    // Calon B turns 57 on the day of appointment (2024-06-03): the age limit of 56 is broken.
    assert!(
        violated.contains(&("Pasal 24 ayat (1) huruf f", Some("196706032000031002"))),
        "{violated:?}"
    );
    let window = report
        .verdicts
        .iter()
        .find(|v| v.rule == "Pasal 24 ayat (2) huruf a angka 3")
        .expect("window judged");
    assert_eq!(
        window.status,
        Status::Satisfied,
        "exactly 15 calendar days: {window:?}"
    );
    let share = report
        .verdicts
        .iter()
        .find(|v| v.message.contains("porsi internal"))
        .expect("share judged");
    assert_eq!(share.status, Status::Satisfied);
    let violated_only = pasal::check::verify::Report {
        verdicts: report
            .verdicts
            .iter()
            .filter(|v| v.status == Status::Violated)
            .cloned()
            .collect(),
        not_applicable: report.not_applicable,
    };
    insta::assert_snapshot!(pasal::report::verdicts::human(
        &p,
        "examples/pagar-alam-kepala-dinas.json",
        &violated_only
    ));
}

#[test]
fn missing_facts_are_unknown_never_a_pass() {
    let p = policy("kota-pagar-alam-2021-25.pasal");
    let case = load_case(BASE).expect("valid");
    let report = verify(&p, &case).expect("verifies");
    let edu = report
        .verdicts
        .iter()
        .find(|v| v.rule == "Pasal 24 ayat (1) huruf a")
        .expect("education judged");
    assert_eq!(edu.status, Status::Unknown);
    assert!(report
        .verdicts
        .iter()
        .all(|v| v.status != Status::Satisfied
            || !v.facts.iter().any(|f| f.contains("tidak diketahui"))));
}

#[test]
fn screening_keeps_every_record_in_order() {
    let p = policy("kota-pagar-alam-2021-25.pasal");
    let program = Program::compile(&p, Level::JptPratama, Mechanism::SeleksiTerbuka);
    let date = chrono::NaiveDate::from_ymd_opt(2024, 6, 3).expect("date");
    let reference = Reference {
        events: vec![],
        default: Some(date),
        facts: Default::default(),
    };
    let s = Screener::new(&program, reference, "pool.jsonl".into());
    let mut input = String::new();
    let mut records = 0;
    for i in 0..20_000 {
        match i % 7 {
            0 => input.push_str("{not json\n"),
            1 => input.push('\n'),
            2 => input.push_str(&format!("{{\"id\": \"c{i}\", \"birth_date\": \"2023-02-30\"}}\n")),
            _ => input.push_str(&format!("{{\"id\": \"c{i}\", \"birth_date\": \"1970-01-01\", \"education\": \"S1\", \"pns\": true}}\n")),
        }
        if i % 7 != 1 {
            records += 1;
        }
    }
    let mut out = Vec::new();
    let summary = run_jsonl(&s, input.as_bytes(), &mut out, 2, &mut |_| {}).expect("runs");
    let text = String::from_utf8(out).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), records);
    assert_eq!(summary.records as usize, records);
    assert_eq!(
        summary.malformed as usize,
        lines
            .iter()
            .filter(|l| l.contains("\"status\":\"error\""))
            .count()
    );
    let numbers: Vec<u64> = lines
        .iter()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("json line")["line"]
                .as_u64()
                .expect("line")
        })
        .collect();
    assert!(
        numbers.windows(2).all(|w| w[0] < w[1]),
        "output in input order"
    );
    assert!(
        text.contains("\"line\":1,"),
        "malformed record reported with its line number"
    );
}

#[test]
fn verdicts_render_as_sarif_and_github() {
    let p = policy("kota-pagar-alam-2021-25.pasal");
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/pagar-alam-kepala-dinas.json"),
    )
    .expect("example");
    let report = verify(&p, &load_case(&text).expect("valid")).expect("verifies");
    let findings = pasal::report::verdicts::as_findings(&p, &report);
    let not_satisfied = report
        .verdicts
        .iter()
        .filter(|v| v.status != Status::Satisfied)
        .count();
    assert_eq!(findings.len(), not_satisfied);
    assert_eq!(findings.iter().filter(|f| f.code == "PSL901").count(), 2);
    let sarif: serde_json::Value = serde_json::from_str(&pasal::report::sarif::render(
        &findings,
        pasal::diagnostics::Lang::En,
    ))
    .expect("json");
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), findings.len());
    let github = pasal::report::github::render(&findings, pasal::diagnostics::Lang::En);
    assert!(
        github.contains("::error file=") && github.contains("title=PSL901"),
        "{github}"
    );
}
