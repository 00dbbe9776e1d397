//! One fixture per lint code in tests/fixtures/lints/CODE.pasal, compiled with
//! the full pipeline; the findings of that code are snapshotted, in English
//! and in Indonesian. Every lint has
//! a fixture, and every fixture triggers its lint.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::codes::Code;
use pasal::driver;
use std::path::Path;

fn findings_of(path: &Path, code: &str) -> String {
    let c = driver::compile_path(path, &Options::default());
    let rel = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path);
    let mut mine: Vec<_> = c
        .findings
        .into_iter()
        .filter(|f| f.code.as_str() == code)
        .collect();
    for f in &mut mine {
        // Report paths relative to the repository so snapshots do not depend on the checkout.
        let text = f.file.text.clone();
        f.file = pasal::source::SourceFile::new(rel.display().to_string(), text);
    }
    let mut out = pasal::report::human::render(&mine, false);
    // The same findings in Indonesian (`--lang id`).
    mine.iter_mut()
        .for_each(|f| f.localize(pasal::diagnostics::Lang::Id));
    out.push_str("\n--- lang id ---\n");
    out.push_str(&pasal::report::human::render(&mine, false));
    out
}

#[test]
fn lint_fixtures() {
    insta::glob!("fixtures/lints/PSL*.pasal", |path| {
        let code = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let out = findings_of(path, code);
        assert!(
            !out.trim().is_empty(),
            "fixture {code} does not trigger {code}"
        );
        insta::assert_snapshot!(out);
    });
}

#[test]
fn every_lint_has_a_fixture_and_an_explanation() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lints");
    for lint in pasal::analysis::lints::DOCS {
        assert!(
            dir.join(format!("{}.pasal", lint.code)).exists(),
            "no fixture for {}",
            lint.code
        );
    }
    for l in pasal::analysis::all_codes() {
        assert!(
            !l.explain.en.is_empty() && !l.explain.id.is_empty(),
            "{} lacks an explanation",
            l.code
        );
        assert!(
            !l.bad.is_empty()
                || l.code == Code::EmptyFile
                || l.code.severity() == pasal::diagnostics::Severity::Info,
            "{} lacks a bad example",
            l.code
        );
    }
}

#[test]
fn every_code_has_exactly_one_explanation_and_the_table_is_in_code_order() {
    let docs: Vec<Code> = pasal::codes::COMPILER
        .iter()
        .chain(pasal::analysis::lints::DOCS.iter().copied())
        .map(|l| l.code)
        .collect();
    for c in Code::ALL {
        let n = docs.iter().filter(|d| *d == c).count();
        assert_eq!(n, 1, "{c} has {n} explanations");
        assert_eq!(Code::parse(&c.as_str().to_lowercase()), Some(*c));
        assert!(c
            .name()
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch == '-' || ch.is_ascii_digit()));
    }
    assert_eq!(docs.len(), Code::ALL.len());
    let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(codes, sorted, "codes are unique and listed in order");
    let names: std::collections::BTreeSet<&str> = Code::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(names.len(), Code::ALL.len(), "names are unique");
    // Lints are raised by the analysis stage; the rest before it.
    for l in pasal::analysis::lints::DOCS {
        assert_eq!(l.code.stage(), pasal::codes::Stage::Analysis, "{}", l.code);
    }
}

#[test]
fn indonesian_messages_differ_from_english() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lints/PSL401.pasal");
    let c = driver::compile_path(&path, &Options::default());
    let mut f = c
        .findings
        .into_iter()
        .find(|f| f.code.as_str() == "PSL401")
        .expect("PSL401 fires");
    let en = f.message.clone();
    f.localize(pasal::diagnostics::Lang::Id);
    assert_ne!(en, f.message);
    assert!(f.message.contains("bobot"), "{}", f.message);
}

#[test]
fn every_lint_label_has_indonesian() {
    for l in pasal::analysis::lints::DOCS {
        assert!(
            !l.label.en.is_empty() && !l.label.id.is_empty(),
            "{}: label `{}` lacks a language",
            l.code,
            l.label.en
        );
    }
    for t in pasal::messages::label::ALL {
        assert!(!t.en.is_empty() && !t.id.is_empty(), "{t:?}");
    }
    // And every label a lint fixture's findings show, primary or related, is
    // either a phrase with its Indonesian or words quoted from the policy.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lints");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let c = driver::compile_path(&path, &Options::default());
        for f in &c.findings {
            let labels = std::iter::once((&f.label, f.label_id))
                .chain(f.related.iter().map(|r| (&r.label, r.label_id)));
            for (label, id) in labels.filter(|(l, _)| !l.is_empty() && !l.starts_with('`')) {
                assert!(
                    id.is_some(),
                    "{}: {} label `{label}` has no Indonesian",
                    path.display(),
                    f.code
                );
            }
        }
    }
}

#[test]
fn severity_overrides_and_acknowledgements() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lints/PSL801.pasal");
    let c = driver::compile_path(&path, &Options::default());
    let ack: Vec<_> = c
        .findings
        .iter()
        .filter(|f| f.code.as_str() == "PSL701")
        .collect();
    assert_eq!(ack.len(), 1);
    assert!(ack[0].acknowledged.is_some() && !ack[0].fails(true));
    let mut options = Options::default();
    options
        .severities
        .insert(pasal::codes::Code::UnusedAcknowledgement, None);
    let c = driver::compile_path(&path, &options);
    assert!(c.findings.iter().all(|f| f.code.as_str() != "PSL801"));
}
