//! Checkers: case loading errors, verification, screening.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::check::case::load_case;
use pasal::check::eligibility::{Program, Reference};
use pasal::check::screen::{run_jsonl, Screener};
use pasal::check::verify::{verify, Status};
use pasal::diagnostics::Lang;
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
    (first.path, first.line, first.message.en)
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
    assert_eq!(msg, "2023-02-30 is not a date (YYYY-MM-DD)");
    let (_, _, msg) = case_error(&BASE.replace("1970-01-01", "seen at line 3"));
    assert_eq!(msg, "seen at line 3 is not a date (YYYY-MM-DD)");

    // Dates are written YYYY-MM-DD and nothing else, wherever they are.
    let (path, line, msg) = case_error(&BASE.replace("1970-01-01", "1970-1-1"));
    assert_eq!((path.as_str(), line), ("candidates[0].birth_date", 4));
    assert!(msg.contains("YYYY-MM-DD"), "{msg}");
    let (path, _, msg) = case_error(&BASE.replace(
        "\"candidates\"",
        "\"dates\": {\"pengangkatan\": \"+2024-06-03\"},\n  \"candidates\"",
    ));
    assert_eq!(path, "dates.pengangkatan");
    assert_eq!(msg, "+2024-06-03 is not a date (YYYY-MM-DD)");

    // A key written twice in any object, and text after the document, are refused.
    let twice = BASE.replace("\"id\": \"a\"", "\"id\": \"a\", \"id\": \"b\"");
    let (path, line, msg) = case_error(&twice);
    assert_eq!((path.as_str(), line), ("candidates[0].id", 4));
    assert!(msg.contains("written twice"), "{msg}");
    let facts_twice = BASE.replace(
        "\"candidates\"",
        "\"facts\": {\"x\": true, \"x\": false},\n  \"candidates\"",
    );
    let (path, _, _) = case_error(&facts_twice);
    assert_eq!(path, "facts.x");
    let (path, line, msg) = case_error(&format!("{BASE}\n{{}}\n"));
    assert_eq!((path.as_str(), line), ("(root)", 7));
    assert!(msg.contains("after the end"), "{msg}");

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

    let panel = BASE.replace("\"candidates\"", "\"panels\": {\"seleksi\": [{\"name\": \"X\", \"origin\": \"internal\"}]},\n  \"candidates\"");
    let (path, _, msg) = case_error(&panel);
    assert_eq!(path, "panels.seleksi[0]");
    assert!(msg.contains("missing field `category`"), "{msg}");

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
        &violated_only,
        Lang::Id
    ));
    insta::assert_snapshot!(
        "verify_judges_the_worked_example_en",
        pasal::report::verdicts::human(
            &p,
            "examples/pagar-alam-kepala-dinas.json",
            &violated_only,
            Lang::En
        )
    );
}

/// The worked example, verified.
fn worked_example() -> (Policy, pasal::check::verify::Report) {
    let p = policy("kota-pagar-alam-2021-25.pasal");
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/pagar-alam-kepala-dinas.json"),
    )
    .expect("example");
    let report = verify(&p, &load_case(&text).expect("valid")).expect("verifies");
    (p, report)
}

#[test]
fn verify_explanations_follow_lang() {
    let (p, report) = worked_example();
    let find = |rule: &str, candidate: Option<&str>| {
        report
            .verdicts
            .iter()
            .find(|v| v.rule == rule && v.candidate.as_deref() == candidate)
            .unwrap_or_else(|| panic!("{rule} judged"))
    };
    // Violated: calon B is 57 on the day of appointment.
    let age = find("Pasal 24 ayat (1) huruf f", Some("196706032000031002"));
    assert_eq!(age.status, Status::Violated);
    assert_eq!(
        age.explanation_in(Lang::En),
        "the candidate does not meet the requirement"
    );
    assert_eq!(
        age.explanation_in(Lang::Id),
        "calon tidak memenuhi persyaratan"
    );
    // Satisfied: the announcement window of exactly 15 calendar days.
    let window = find("Pasal 24 ayat (2) huruf a angka 3", None);
    assert_eq!(window.status, Status::Satisfied);
    assert_eq!(
        window.explanation_in(Lang::En),
        "15 calendar days (allowed: paling singkat 15 hari kalender)"
    );
    assert_eq!(
        window.explanation_in(Lang::Id),
        "15 hari kalender (yang dibolehkan: paling singkat 15 hari kalender)"
    );
    // Unknown: the case does not record `penetapan_pansel`.
    let unknown = report
        .verdicts
        .iter()
        .find(|v| v.clause == "Pasal 21 ayat (2)" && v.status == Status::Unknown)
        .expect("penetapan_pansel judged");
    assert_eq!(
        unknown.explanation_in(Lang::En),
        "`penetapan_pansel` is not recorded"
    );
    assert_eq!(
        unknown.explanation_in(Lang::Id),
        "`penetapan_pansel` tidak tercatat"
    );

    // The renderers choose by `lang` too.
    let name = "examples/pagar-alam-kepala-dinas.json";
    let en = pasal::report::verdicts::human(&p, name, &report, Lang::En);
    assert!(en.contains("✗ violated   Pasal 24 ayat (1) huruf f [candidate 196706032000031002]"));
    assert!(en.contains("             the candidate does not meet the requirement\n"));
    assert!(en.contains("? unknown    Pasal 21 ayat (2)"));
    assert!(en.contains("✓ satisfied  Pasal 24 ayat (2) huruf a angka 3"));
    assert!(en.contains("             facts: "));
    assert!(en.contains(" satisfied, 2 violated, "));
    assert!(
        // (A policy's own fact names, such as `melanggar_sistem_merit`, may be Indonesian.)
        !en.contains("✗ melanggar") && !en.contains("tidak tercatat"),
        "{en}"
    );
    let id = pasal::report::verdicts::human(&p, name, &report, Lang::Id);
    assert!(id.contains("✗ melanggar  Pasal 24 ayat (1) huruf f [calon 196706032000031002]"));
    assert!(id.contains("             calon tidak memenuhi persyaratan\n"));
    assert!(id.contains("? tidak tahu Pasal 21 ayat (2)"));
    assert!(id.contains("             fakta: "));
    assert!(id.contains(" memenuhi, 2 melanggar, "));
    assert!(
        !id.contains("is not recorded") && !id.contains("the candidate"),
        "{id}"
    );

    for (lang, expected) in [
        (Lang::En, "the candidate does not meet the requirement"),
        (Lang::Id, "calon tidak memenuhi persyaratan"),
    ] {
        let doc: serde_json::Value =
            serde_json::from_str(&pasal::report::verdicts::json(&p, name, &report, lang))
                .expect("json");
        let verdict = doc["verdicts"]
            .as_array()
            .expect("verdicts")
            .iter()
            .find(|v| v["status"] == "violated")
            .expect("a violated verdict");
        assert_eq!(verdict["explanation"], expected);
        assert_eq!(verdict["status"], "violated", "status names stay English");
    }

    // Findings carry both languages; `localize` picks one.
    let findings = pasal::report::verdicts::as_findings(&p, &report);
    let first = findings
        .iter()
        .find(|f| f.code.as_str() == "PSL901")
        .expect("a violation");
    assert!(
        first.message.starts_with("violated Pasal 24"),
        "{}",
        first.message
    );
    assert!(first.message.contains("[candidate 196706032000031002]"));
    assert_eq!(
        first.help.as_deref(),
        Some("the candidate does not meet the requirement (facts: umur 57 tahun pada 2024-06-03, tanggal pengangkatan)")
    );
    let mut localized = first.clone();
    localized.localize(Lang::Id);
    assert!(
        localized.message.starts_with("dilanggar Pasal 24"),
        "{}",
        localized.message
    );
    assert!(localized.message.contains("[calon 196706032000031002]"));
    assert_eq!(
        localized.help.as_deref(),
        Some("calon tidak memenuhi persyaratan (fakta: umur 57 tahun pada 2024-06-03, tanggal pengangkatan)")
    );
    assert_eq!(localized.label, "dilanggar");
}

/// True when an explanation holds words of its own, not only quoted names,
/// numbers and punctuation.
fn has_words(explanation: &str) -> bool {
    explanation
        .split('`')
        .step_by(2)
        .any(|outside| outside.chars().any(char::is_alphabetic))
}

/// Every verdict's explanation has an Indonesian version, and it differs from
/// the English one unless it is only quoted names.
fn assert_translated(report: &pasal::check::verify::Report, what: &str) {
    for v in &report.verdicts {
        let (en, id) = (v.explanation_in(Lang::En), v.explanation_in(Lang::Id));
        assert!(!en.is_empty(), "{what}: {} has no explanation", v.rule);
        assert!(
            !id.is_empty(),
            "{what}: {} has no Indonesian explanation",
            v.rule
        );
        assert!(
            en != id || !has_words(en),
            "{what}: {} is not translated: {en}",
            v.rule
        );
    }
}

#[test]
fn every_verdict_of_the_worked_example_has_an_indonesian_explanation() {
    let (_, report) = worked_example();
    assert!(report.verdicts.len() > 100);
    assert_translated(&report, "pagar-alam-kepala-dinas.json");
}

#[test]
fn every_verdict_of_the_seed_examples_has_an_indonesian_explanation() {
    // The examples beside the seeds reach many more kinds of explanation
    // (panels, extensions, windows, lists, weights, periods).
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("policies");
    let mut seen = std::collections::BTreeSet::new();
    for seed in [
        "kota-pagar-alam-2021-25",
        "kabupaten-tebo-2021-46",
        "kota-tarakan-2023-8",
        "kota-tasikmalaya-2023-20",
    ] {
        let p = policy(&format!("{seed}.pasal"));
        let text = std::fs::read_to_string(root.join(format!("{seed}.examples.json")))
            .expect("examples file");
        let file = pasal::check::examples::load(&text).expect("valid examples file");
        for ex in &file.examples {
            let Ok(report) = verify(&p, &ex.case) else {
                continue;
            };
            assert_translated(&report, &format!("{seed}: {}", ex.name));
            seen.extend(
                report
                    .verdicts
                    .iter()
                    .map(|v| v.explanation_in(Lang::Id).to_string()),
            );
        }
    }
    assert!(seen.len() > 50, "only {} distinct explanations", seen.len());
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
        default_is_earliest: false,
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
    assert_eq!(
        findings
            .iter()
            .filter(|f| f.code.as_str() == "PSL901")
            .count(),
        2
    );
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

/// `docs/*.schema.json` are what `pasal schema` prints, so that editors and
/// validators that read them enforce what the tool enforces.
#[test]
fn the_schemas_in_docs_are_generated() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (what, file) in [
        ("case", "docs/case.schema.json"),
        ("examples", "docs/examples.schema.json"),
    ] {
        let written = std::fs::read_to_string(root.join(file)).expect("schema file");
        assert!(
            written == pasal::cli::schema::schema(what),
            "{file} differs from `pasal schema {what}`: run `cargo run -- schema {what} > {file}`"
        );
    }
    // Only formats JSON Schema defines, and the ranges the loader enforces.
    let case: serde_json::Value =
        serde_json::from_str(&pasal::cli::schema::schema("case")).expect("JSON");
    let text = case.to_string();
    assert!(!text.contains("\"format\":\"uint32\"") && !text.contains("\"format\":\"double\""));
    let candidate = &case["definitions"]["Candidate"]["properties"];
    assert_eq!(candidate["tenure_years"]["minimum"], 0.0);
    assert_eq!(candidate["birth_date"]["format"], "date");
}

/// What a case does not record is unknown, never "none" or "false": the
/// channels of an announcement, a panel member's origin, whether a position
/// was related to the vacancy. A name is not needed at all.
#[test]
fn unrecorded_channels_origins_and_relatedness_are_unknown() {
    let p = policy("kota-pagar-alam-2021-25.pasal");
    let status = |case: &str, rule: &str| {
        let case = load_case(case).expect("valid");
        let report = verify(&p, &case).expect("verifies");
        report
            .verdicts
            .iter()
            .find(|v| v.rule == rule)
            .map(|v| v.status)
            .unwrap_or_else(|| panic!("{rule} judged"))
    };
    let announced = |channels: &str| {
        BASE.replace(
            "\"candidates\"",
            &format!("\"announcement\": {{\"start\": \"2024-03-01\", \"deadline\": \"2024-03-16\"{channels}}},\n  \"candidates\""),
        )
    };
    let sijapti = "Pasal 24 ayat (2) huruf a angka 2";
    assert_eq!(status(&announced(""), sijapti), Status::Unknown);
    assert_eq!(
        status(&announced(", \"channels\": []"), sijapti),
        Status::Violated
    );
    assert_eq!(
        status(&announced(", \"channels\": [\"sijapti\"]"), sijapti),
        Status::Satisfied
    );

    // A panel of 5 where 2 are internal, 2 external and one of unknown origin:
    // 40% to 60% internal against "paling banyak 45%" is unknown; with the
    // fifth known to be external it is 40%, satisfied.
    let share = "Pasal 23 ayat (3) huruf c angka 4 huruf f #2";
    let panel = |fifth: &str| {
        let m = |origin: &str| format!("{{\"category\": \"akademisi\"{origin}}}");
        let members = [
            m(", \"origin\": \"internal\", \"name\": \"A\""),
            m(", \"origin\": \"internal\""),
            m(", \"origin\": \"eksternal\""),
            m(", \"origin\": \"eksternal\""),
            m(fifth),
        ]
        .join(", ");
        BASE.replace(
            "\"candidates\"",
            &format!("\"panels\": {{\"seleksi\": [{members}]}},\n  \"candidates\""),
        )
    };
    assert_eq!(status(&panel(""), share), Status::Unknown);
    assert_eq!(
        status(&panel(", \"origin\": \"eksternal\""), share),
        Status::Satisfied
    );
    assert_eq!(
        status(&panel(", \"origin\": \"internal\""), share),
        Status::Violated
    );

    // Experience: 3 related years and 3 years of a post whose relatedness is not
    // stated are 3 to 6 years against "paling sedikit 5 tahun": unknown; stated
    // unrelated, violated; 6 related years without the second post, satisfied.
    let experience = "Pasal 24 ayat (1) huruf c";
    let positions = |second: &str| {
        BASE.replace(
            "\"birth_date\": \"1970-01-01\"",
            &format!(
                "\"birth_date\": \"1970-01-01\", \"positions\": [\
                 {{\"jenjang\": \"administrator\", \"start\": \"2015-01-01\", \"end\": \"2017-12-31\", \"related\": true}}, \
                 {{\"jenjang\": \"administrator\", \"start\": \"2018-01-01\", \"end\": \"2020-12-31\"{second}}}]"
            ),
        )
    };
    assert_eq!(status(&positions(""), experience), Status::Unknown);
    assert_eq!(
        status(&positions(", \"related\": false"), experience),
        Status::Violated
    );
    assert_eq!(
        status(&positions(", \"related\": true"), experience),
        Status::Satisfied
    );
}

/// An exception (`kecuali`) the case does not mention is judged as the
/// ordinary case, and the explanation says so; stating the fact decides.
#[test]
fn an_unstated_exception_is_judged_as_the_ordinary_case_and_said() {
    let p = policy("kota-pagar-alam-2021-25.pasal");
    let case = |facts: &str| {
        load_case(&format!(
            r#"{{"vacancy": {{"level": "jpt_pratama", "mechanism": "seleksi_terbuka"}},
            "candidates": [{{"id": "a", "birth_date": "1967-06-03"}}],
            "dates": {{"pengangkatan": "2024-06-03"}}{facts}}}"#
        ))
        .expect("valid")
    };
    let age = |facts: &str| {
        let report = verify(&p, &case(facts)).expect("verifies");
        report
            .verdicts
            .into_iter()
            .find(|v| v.rule == "Pasal 24 ayat (1) huruf f")
    };
    let unstated = age("").expect("judged");
    assert_eq!(unstated.status, Status::Violated);
    assert!(
        unstated
            .explanation
            .contains("assumes the exception does not apply"),
        "{}",
        unstated.explanation
    );
    assert!(unstated
        .explanation_id
        .contains("menganggap pengecualiannya tidak berlaku"));
    let ordinary = age(r#", "facts": {"penetapan_presiden": false}"#).expect("judged");
    assert_eq!(ordinary.status, Status::Violated);
    assert!(!ordinary.explanation.contains("assumes"));
    assert!(
        age(r#", "facts": {"penetapan_presiden": true}"#).is_none(),
        "the exception applies"
    );
}

#[test]
fn an_array_where_an_object_is_expected_is_refused_with_its_path_and_line() {
    // serde reads `[…]` holding a struct's fields in order as that struct:
    // without this check, a vacancy written as a list would be judged as if
    // it had been written with its names.
    let vacancy = BASE.replace(
        "{ \"level\": \"jpt_pratama\", \"mechanism\": \"seleksi_terbuka\" }",
        "[\"Kepala Dinas\", \"kepala_dinas\", \"jpt_pratama\", \"II.b\", \"seleksi_terbuka\", \"pensiun\", 1]",
    );
    assert_ne!(vacancy, BASE);
    let (path, line, msg) = case_error(&vacancy);
    assert_eq!(path, "vacancy", "{msg}");
    assert!((2..=3).contains(&line), "line {line}");
    assert!(
        msg.contains("an object `{ … }` is expected here, not an array"),
        "{msg}"
    );
    // An array that does not fit the fields gets the same message (not
    // serde's "invalid length 2, expected struct Vacancy with 7 elements").
    let (path, _, msg) = case_error(&BASE.replace(
        "{ \"level\": \"jpt_pratama\", \"mechanism\": \"seleksi_terbuka\" }",
        "[\"a\", \"b\"]",
    ));
    assert_eq!(path, "vacancy");
    assert!(msg.contains("not an array"), "{msg}");
    // A candidate (an object inside an array) written as an array.
    let candidate = BASE.replace(
        "{ \"id\": \"a\", \"birth_date\": \"1970-01-01\" }",
        "[\"a\", \"1970-01-01\"]",
    );
    assert_ne!(candidate, BASE);
    let (path, line, _) = case_error(&candidate);
    assert_eq!(path, "candidates[0]");
    assert!((4..=5).contains(&line), "line {line}");
    // The whole case as an array.
    let (path, _, msg) = case_error("[{}]");
    assert_eq!(path, "(root)");
    assert!(msg.contains("not an array"), "{msg}");
    // Arrays where arrays belong are fine.
    assert!(load_case(BASE).is_ok());
}

#[test]
fn verify_refuses_a_case_with_an_array_for_an_object() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("examples/pagar-alam-kepala-dinas.json")).unwrap();
    let mut case: serde_json::Value = serde_json::from_str(&text).unwrap();
    // The vacancy's fields in their declared order, without their names.
    let fields = [
        "name",
        "post",
        "level",
        "eselon",
        "mechanism",
        "reason",
        "count",
    ];
    let values = fields.iter().map(|f| case["vacancy"][*f].clone()).collect();
    case["vacancy"] = serde_json::Value::Array(values);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.json");
    std::fs::write(&path, serde_json::to_string_pretty(&case).unwrap()).unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_pasal"))
        .arg("verify")
        .arg(root.join("policies/kota-pagar-alam-2021-25.pasal"))
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("`vacancy`: an object"), "{stderr}");
    assert!(o.stdout.is_empty(), "no verdicts on a case read wrongly");
}

/// Runs the binary; its exit status, standard output and standard error.
fn run_pasal(args: &[&std::ffi::OsStr]) -> (Option<i32>, String, String) {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_pasal"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn verify_lang_id_on_the_command_line_explains_in_indonesian() {
    let (_, report) = worked_example();
    let run = |lang: &str| {
        let (code, out, err) = run_pasal(&[
            "verify".as_ref(),
            "policies/kota-pagar-alam-2021-25.pasal".as_ref(),
            "examples/pagar-alam-kepala-dinas.json".as_ref(),
            "--format".as_ref(),
            "json".as_ref(),
            "--lang".as_ref(),
            lang.as_ref(),
        ]);
        assert_eq!(code, Some(1), "the worked example violates a rule: {err}");
        serde_json::from_str::<serde_json::Value>(&out).unwrap()["verdicts"]
            .as_array()
            .unwrap()
            .clone()
    };
    let (en, id) = (run("en"), run("id"));
    assert_eq!(en.len(), report.verdicts.len());
    assert_eq!(id.len(), report.verdicts.len());
    for ((e, i), v) in en.iter().zip(&id).zip(&report.verdicts) {
        assert_eq!(e["rule"], i["rule"]);
        assert_eq!(e["status"], i["status"]);
        let (e, i) = (
            e["explanation"].as_str().unwrap(),
            i["explanation"].as_str().unwrap(),
        );
        assert_eq!(e, v.explanation_in(Lang::En));
        assert_eq!(i, v.explanation_in(Lang::Id));
        assert!(e != i || !has_words(e), "{}: not translated: {e}", v.rule);
    }
    // The human report too: Indonesian sentences, no English ones.
    let (_, human, _) = run_pasal(&[
        "verify".as_ref(),
        "policies/kota-pagar-alam-2021-25.pasal".as_ref(),
        "examples/pagar-alam-kepala-dinas.json".as_ref(),
        "--lang".as_ref(),
        "id".as_ref(),
    ]);
    assert!(
        human.contains("calon tidak memenuhi persyaratan"),
        "{human}"
    );
    assert!(human.contains("butir yang ada tidak tercatat"), "{human}");
    for english in ["the candidate", "is not recorded", "cannot tell"] {
        assert!(!human.contains(english), "`{english}` in: {human}");
    }
}

#[test]
fn case_file_errors_follow_lang() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed = root.join("policies/kota-pagar-alam-2021-25.pasal");
    let dir = tempfile::tempdir().unwrap();
    // (what is changed in BASE, the English error, the Indonesian one)
    let cases = [
        (
            BASE.replace("1970-01-01", "2023-02-30"),
            "`candidates[0].birth_date`: 2023-02-30 is not a date (YYYY-MM-DD)",
            "`candidates[0].birth_date`: 2023-02-30 bukan tanggal (YYYY-MM-DD)",
        ),
        (
            BASE.replace("\"id\": \"a\"", "\"id\": \"a\", \"id\": \"b\""),
            "the key `id` is written twice",
            "kunci `id` ditulis dua kali",
        ),
        (
            BASE.replace(
                "\"id\": \"a\"",
                "\"id\": \"a\", \"golongan\": \"V/a\", \"tenure_years\": -1",
            ),
            "unknown golongan `V/a`; golongan run from I/a to IV/e",
            "golongan `V/a` tidak dikenal; golongan berkisar dari I/a sampai IV/e",
        ),
        (
            // The choices are each quoted (they once lost their outer quotes).
            BASE.replace("\"id\": \"a\"", "\"id\": \"a\", \"education\": \"S9\""),
            "unknown education level `S9`; use `SD`, `SMP`,",
            "jenjang pendidikan `S9` tidak dikenal; gunakan `SD`, `SMP`,",
        ),
        (
            BASE.replace("\"id\": \"a\"", "\"id\": \"a\", \"tenure_years\": -1"),
            "`candidates[0].tenure_years`: a duration cannot be negative",
            "`candidates[0].tenure_years`: jangka waktu tidak boleh negatif",
        ),
        (
            BASE.replace("jpt_pratama", "jpt_utama_sekali"),
            "`vacancy.level`: unknown level `jpt_utama_sekali`",
            "`vacancy.level`: tingkat jabatan `jpt_utama_sekali` tidak dikenal",
        ),
        (
            BASE.replace("\"id\": \"a\"", "\"id\": \"a\", \"umur\": 5"),
            "unknown field `umur`",
            // serde_json's own words stay English, inside an Indonesian sentence.
            "JSON tidak sesuai: unknown field `umur`",
        ),
    ];
    for (n, (text, en, id)) in cases.iter().enumerate() {
        let path = dir.path().join(format!("case{n}.json"));
        std::fs::write(&path, text).unwrap();
        for (lang, expected, other) in [("en", en, id), ("id", id, en)] {
            let (code, out, err) = run_pasal(&[
                "verify".as_ref(),
                seed.as_os_str(),
                path.as_os_str(),
                "--lang".as_ref(),
                lang.as_ref(),
            ]);
            assert_eq!(code, Some(2), "{lang} {n}: {err}");
            assert!(out.is_empty(), "{lang} {n}: no verdicts on a bad case");
            assert!(err.contains(*expected), "{lang} {n}: {err}");
            if !expected.contains(*other) {
                assert!(!err.contains(*other), "{lang} {n}: {err}");
            }
        }
    }
}

#[test]
fn example_errors_of_pasal_test_follow_lang() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("p.pasal");
    std::fs::copy(root.join("policies/kota-pagar-alam-2021-25.pasal"), &policy).unwrap();
    let examples = dir.path().join("p.examples.json");
    let bad_level = BASE.replace("jpt_pratama", "jpt_lain");
    std::fs::write(
        &examples,
        format!(r#"{{"examples": [{{"name": "n", "case": {bad_level}, "expect": {{}}}}]}}"#),
    )
    .unwrap();
    let (code, _, err) = run_pasal(&[
        "test".as_ref(),
        policy.as_os_str(),
        "--lang".as_ref(),
        "id".as_ref(),
    ]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("n: `vacancy.level`: tingkat jabatan `jpt_lain` tidak dikenal"),
        "{err}"
    );
    let (code, _, err) = run_pasal(&["test".as_ref(), policy.as_os_str()]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("n: `vacancy.level`: unknown level `jpt_lain`"),
        "{err}"
    );
    // A failed expectation and the totals, in each language.
    std::fs::write(
        &examples,
        format!(r#"{{"examples": [{{"name": "n", "case": {BASE}, "expect": {{"Pasal 7": "violated"}}}}]}}"#),
    )
    .unwrap();
    let (code, out, err) = run_pasal(&["test".as_ref(), policy.as_os_str()]);
    assert_eq!(code, Some(1), "{err}");
    assert!(out.contains("(1 examples)\n  FAIL n: Pasal 7 expected violated, found satisfied\n  coverage: no compliant example for ["), "{out}");
    assert!(out.ends_with("\n0 passed, 1 failed\n"), "{out}");
    let (code, out, err) = run_pasal(&[
        "test".as_ref(),
        policy.as_os_str(),
        "--lang".as_ref(),
        "id".as_ref(),
    ]);
    assert_eq!(code, Some(1), "{err}");
    assert!(out.contains("(1 contoh)\n  GAGAL n: Pasal 7 diharapkan violated, ditemukan satisfied\n  cakupan: tidak ada contoh yang patuh untuk ["), "{out}");
    assert!(out.ends_with("\n0 lulus, 1 gagal\n"), "{out}");
    // An examples file that is not one: located, in the language asked for.
    std::fs::write(&examples, r#"{"examples": [], "examples": []}"#).unwrap();
    let (code, _, err) = run_pasal(&[
        "test".as_ref(),
        policy.as_os_str(),
        "--lang".as_ref(),
        "id".as_ref(),
    ]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains(":1:"), "{err}");
    assert!(err.contains("kunci `examples` ditulis dua kali"), "{err}");
}

#[test]
fn impossible_case_values_are_refused_with_their_path() {
    // No vacancy at all.
    let (path, _, msg) = case_error(&BASE.replace(
        "\"mechanism\": \"seleksi_terbuka\" }",
        "\"mechanism\": \"seleksi_terbuka\", \"count\": 0 }",
    ));
    assert_eq!(path, "vacancy.count");
    assert!(msg.contains("at least 1 vacancy"), "{msg}");
    // One id for two candidates.
    let (path, line, msg) = case_error(&BASE.replace(
        "{ \"id\": \"a\", \"birth_date\": \"1970-01-01\" }",
        "{ \"id\": \"a\" },\n    { \"id\": \"a\" }",
    ));
    assert_eq!((path.as_str(), line), ("candidates[1].id", 5));
    assert!(msg.contains("listed twice"), "{msg}");
    // A list naming nobody of the case.
    let (path, _, msg) = case_error(&BASE.replace(
        "\"candidates\"",
        "\"shortlist\": [\"a\", \"b\"],\n  \"candidates\"",
    ));
    assert_eq!(path, "shortlist[1]");
    assert!(msg.contains("`b` is not the id of a candidate"), "{msg}");
    // A weight outside 0–100%.
    let (path, _, msg) = case_error(&BASE.replace(
        "\"candidates\"",
        "\"weights\": { \"penilaian\": { \"wawancara\": 250 } },\n  \"candidates\"",
    ));
    assert_eq!(path, "weights.penilaian.wawancara");
    assert!(msg.contains("250% is not between"), "{msg}");
    // A byte order mark before the JSON is not an error.
    assert!(load_case(&format!("\u{feff}{BASE}")).is_ok());
}
