//! Every class of syntax, input and resolution error has a fixture in
//! tests/fixtures/errors/ and a snapshot of the human report, in English and
//! in Indonesian. Adding a test is adding a file.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::driver;
use std::path::Path;

fn render(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_default();
    let name = format!(
        "errors/{}",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("?")
    );
    let c = driver::compile_bytes(&name, &bytes, None, &Options::default());
    let mut out = pasal::report::human::render(&c.findings, false);
    out.push_str(&format!("unusable input: {}\n", c.unusable));
    // The same findings in Indonesian (`--lang id`).
    let mut id = c.findings;
    id.iter_mut()
        .for_each(|f| f.localize(pasal::diagnostics::Lang::Id));
    out.push_str("\n--- lang id ---\n");
    out.push_str(&pasal::report::human::render(&id, false));
    out
}

#[test]
fn error_fixtures() {
    insta::glob!("fixtures/errors/*.pasal", |path| {
        insta::assert_snapshot!(render(path));
    });
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let braces = format!(
        "pasal 1 {}{}",
        "{ ayat (1) ".repeat(10_000),
        "}".repeat(10_000)
    );
    let parentheses = format!(
        "pasal 1 => syarat {}pns{}",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    for text in [braces, parentheses] {
        let c = driver::compile_bytes("deep.pasal", text.as_bytes(), None, &Options::default());
        assert!(c.unusable);
        assert!(
            c.findings.iter().any(|f| f.code.as_str() == "PSL007"),
            "{:?}",
            c.findings
        );
    }
    // A few parentheses are fine.
    let text = "pasal 1 => syarat ((((pns))))\n";
    let c = driver::compile_bytes("ok.pasal", text.as_bytes(), None, &Options::default());
    assert!(
        !c.findings.iter().any(|f| f.code.as_str() == "PSL007"),
        "{:?}",
        c.findings
    );
}

#[test]
fn enormous_file_is_refused_with_a_message() {
    let text = "pasal 1 \"x\"\n".repeat(50 * 1024 * 1024 / 12);
    let c = driver::compile_bytes("big.pasal", text.as_bytes(), None, &Options::default());
    assert!(c.unusable);
    assert_eq!(c.findings.first().map(|f| f.code.as_str()), Some("PSL006"));
}

#[test]
fn every_unit_with_an_error_is_reported() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/errors/syntax_every_error_reported.pasal");
    let bytes = std::fs::read(path).unwrap_or_default();
    let c = driver::compile_bytes("x.pasal", &bytes, None, &Options::default());
    let syntax: Vec<_> = c
        .findings
        .iter()
        .filter(|f| f.code.as_str() == "PSL001")
        .collect();
    assert_eq!(syntax.len(), 3, "{syntax:?}");
}

/// True when a message is nothing but a quoted name (the same in any language).
fn only_a_quoted_name(message: &str) -> bool {
    let m = message.trim();
    m.len() >= 2 && m.starts_with('`') && m.ends_with('`') && m.matches('`').count() == 2
}

/// Asserts that every finding has Indonesian text of its own after
/// localizing, for the message and for the help.
fn assert_all_translated(what: &str, findings: &[pasal::diagnostics::Finding]) {
    assert!(!findings.is_empty(), "{what}: no findings");
    for f in findings {
        let mut id = f.clone();
        id.localize(pasal::diagnostics::Lang::Id);
        if !only_a_quoted_name(&f.message) {
            assert_ne!(
                id.message, f.message,
                "{what}: {} message left in English",
                f.code
            );
        }
        if let Some(help) = &f.help {
            assert_ne!(
                id.help.as_deref(),
                Some(help.as_str()),
                "{what}: {} help left in English",
                f.code
            );
        }
        let labels = std::iter::once((&f.label, f.label_id))
            .chain(f.related.iter().map(|r| (&r.label, r.label_id)));
        for (label, id) in labels.filter(|(l, _)| !l.is_empty() && !l.starts_with('`')) {
            assert!(
                id.is_some_and(|id| !id.is_empty()),
                "{what}: {} label `{label}` has no Indonesian",
                f.code
            );
        }
    }
}

#[test]
fn every_error_fixture_finding_has_indonesian_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/errors");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "pasal"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 10, "{paths:?}");
    for path in paths {
        let bytes = std::fs::read(&path).unwrap();
        let c = driver::compile_bytes("x.pasal", &bytes, None, &Options::default());
        assert_all_translated(&path.display().to_string(), &c.findings);
    }
}

#[test]
fn input_and_driver_errors_have_indonesian_text() {
    let missing = driver::compile_path(Path::new("no/such/file.pasal"), &Options::default());
    assert_all_translated("missing file", &missing.findings);
    let deep = format!("pasal 1 {}{}", "{ ayat (1) ".repeat(100), "}".repeat(100));
    let c = driver::compile_bytes("deep.pasal", deep.as_bytes(), None, &Options::default());
    assert_all_translated("deep nesting", &c.findings);
    let big = vec![b'a'; pasal::syntax::MAX_FILE_BYTES + 1];
    let c = driver::compile_bytes("big.pasal", &big, None, &Options::default());
    assert_all_translated("big file", &c.findings);
}

#[test]
fn indonesian_text_keeps_the_users_input() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/errors/syntax_unknown_keyword.pasal");
    let bytes = std::fs::read(path).unwrap();
    let c = driver::compile_bytes("x.pasal", &bytes, None, &Options::default());
    let f = c
        .findings
        .iter()
        .find(|f| f.code.as_str() == "PSL001")
        .unwrap();
    let mut id = f.clone();
    id.localize(pasal::diagnostics::Lang::Id);
    for quoted in f.message.split('`').skip(1).step_by(2) {
        assert!(
            id.message.contains(quoted),
            "{} / {}",
            f.message,
            id.message
        );
    }
}

#[test]
fn keywords_are_whole_words() {
    // A name may begin with a keyword.
    let ok = "pasal 1 {\n  => fakta tidak_pernah_dihukum\n  => fakta tidakhadir\n  => syarat tidak_pernah_dihukum dan tidak tidakhadir\n}\n";
    let c = driver::compile_bytes("ok.pasal", ok.as_bytes(), None, &Options::default());
    assert!(
        !c.findings.iter().any(|f| f.code.as_str() == "PSL001"),
        "{:?}",
        c.findings
    );
    assert_eq!(c.policy.map(|p| p.rules.len()), Some(3));
    // A keyword run into the next word is not read as two words.
    for bad in [
        "pasal 1 => syaratumur\n",
        "pasal 1 => syarat usia palingtinggi 56 tahun\n",
        "pasal 1 => syarat usia paling tinggi 56 tahunpada pengangkatan\n",
    ] {
        let c = driver::compile_bytes("bad.pasal", bad.as_bytes(), None, &Options::default());
        assert!(
            c.findings.iter().any(|f| f.code.as_str() == "PSL001"),
            "{bad}: {:?}",
            c.findings
        );
    }
}
