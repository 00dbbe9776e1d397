//! `akui CODE "…" dibaca RULE`: a defect of the law acknowledged with the
//! reading it intends. `check` still reports the defect (acknowledged); the
//! compiled rule is the text as printed; `verify` judges by the reading and
//! says so.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::check::case::load_case;
use pasal::check::verify::{verify, Status};
use pasal::driver;
use std::path::Path;

const RULE: &str = "Pasal 28 ayat (3) huruf b";

fn tarakan() -> driver::Compiled {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    driver::compile_path(
        &root.join("policies/kota-tarakan-2023-8.pasal"),
        &Options::default(),
    )
}

fn case(start: &str) -> pasal::check::case::Case {
    load_case(&format!(
        r#"{{"vacancy": {{"level": "jpt_pratama", "eselon": "II.b", "mechanism": "mutasi"}},
        "candidates": [{{"id": "B", "birth_date": "1975-04-10",
          "positions": [{{"title": "sekarang", "jenjang": "jpt_pratama", "start": "{start}"}}]}}],
        "dates": {{"pengangkatan": "2024-06-03", "pelantikan": "2024-06-03"}}}}"#
    ))
    .expect("valid case")
}

#[test]
fn the_defect_is_still_reported_and_the_rule_is_the_text_as_printed() {
    let c = tarakan();
    let f = c
        .findings
        .iter()
        .find(|f| f.code.as_str() == "PSL403")
        .expect("PSL403 reported");
    assert!(f.acknowledged.is_some(), "acknowledged");
    let p = c.policy.expect("compiles");
    let r = p.rules.iter().find(|r| r.id == RULE).expect("the rule");
    assert!(
        r.summary().contains("lebih dari 5 tahun"),
        "{}",
        r.summary()
    );
    let reading = r.read_as.as_ref().expect("a reading");
    assert_eq!(reading.code, "PSL403");
    assert!(!reading.rule.summary().contains("lebih dari"));
}

#[test]
fn verify_judges_by_the_reading_and_says_so() {
    let p = tarakan().policy.expect("compiles");
    let judge = |start: &str| {
        verify(&p, &case(start))
            .expect("verifies")
            .verdicts
            .into_iter()
            .find(|v| v.rule == RULE)
            .expect("judged")
    };
    let three = judge("2021-06-03");
    assert_eq!(three.status, Status::Satisfied, "{}", three.explanation);
    assert!(three.explanation.starts_with("judged by the reading"));
    assert!(three.explanation.contains("PSL403"));
    assert!(three.explanation_id.starts_with("dinilai menurut bacaan"));
    assert_eq!(judge("2019-06-03").status, Status::Satisfied, "exactly 5");
    assert_eq!(judge("2019-06-02").status, Status::Violated, "beyond 5");
    assert_eq!(judge("2023-06-03").status, Status::Violated, "short of 2");
}

#[test]
fn without_a_reading_the_text_as_printed_is_judged() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("policies/kota-tarakan-2023-8.pasal")).unwrap();
    let start = text.find("        dibaca syarat").expect("the reading");
    let end = start + text[start..].find('\n').unwrap() + 1;
    let plain = format!("{}{}", &text[..start], &text[end..]);
    let c = driver::compile_bytes("t.pasal", plain.as_bytes(), None, &Options::default());
    let p = c.policy.expect("compiles");
    let v = verify(&p, &case("2021-06-03"))
        .expect("verifies")
        .verdicts
        .into_iter()
        .find(|v| v.rule == RULE)
        .expect("judged");
    assert_eq!(
        v.status,
        Status::Violated,
        "the printed text allows no tenure"
    );
    assert!(!v.explanation.contains("reading"));
}

#[test]
fn fmt_keeps_the_reading() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("policies/kota-tarakan-2023-8.pasal")).unwrap();
    let out = pasal::format::format_text("t.pasal", &text).expect("formats");
    assert_eq!(out, text, "the bundled policy is in canonical layout");
    assert!(out.contains(
        "dibaca syarat masa_jabatan paling singkat 2 tahun dan masa_jabatan paling lama 5 tahun"
    ));
}

#[test]
fn a_reading_at_a_clause_covers_its_sub_clauses_and_only_the_same_subject() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let c = driver::compile_path(
        &root.join("policies/kabupaten-tebo-2021-46.pasal"),
        &Options::default(),
    );
    assert!(c
        .findings
        .iter()
        .any(|f| f.code.as_str() == "PSL402" && f.acknowledged.is_some()));
    let p = c.policy.expect("compiles");
    let read: Vec<&str> = p
        .rules
        .iter()
        .filter(|r| r.read_as.is_some())
        .map(|r| r.id.as_str())
        .collect();
    // The akui stands at huruf d; of angka 6's size and two shares, only the
    // external share is read.
    assert_eq!(read, ["Pasal 22 ayat (3) huruf d angka 6 #3"]);
}
