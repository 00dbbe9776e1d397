//! Every class of syntax, input and resolution error has a fixture in
//! tests/fixtures/errors/ and a snapshot of the human report. Adding a test is
//! adding a file.

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
    let text = format!(
        "pasal 1 {}{}",
        "{ ayat (1) ".repeat(10_000),
        "}".repeat(10_000)
    );
    let c = driver::compile_bytes("deep.pasal", text.as_bytes(), None, &Options::default());
    assert!(c.unusable);
    assert!(
        c.findings.iter().any(|f| f.code == "PSL007"),
        "{:?}",
        c.findings
    );
}

#[test]
fn enormous_file_is_refused_with_a_message() {
    let text = "pasal 1 \"x\"\n".repeat(50 * 1024 * 1024 / 12);
    let c = driver::compile_bytes("big.pasal", text.as_bytes(), None, &Options::default());
    assert!(c.unusable);
    assert_eq!(c.findings.first().map(|f| f.code), Some("PSL006"));
}

#[test]
fn every_unit_with_an_error_is_reported() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/errors/syntax_every_error_reported.pasal");
    let bytes = std::fs::read(path).unwrap_or_default();
    let c = driver::compile_bytes("x.pasal", &bytes, None, &Options::default());
    let syntax: Vec<_> = c.findings.iter().filter(|f| f.code == "PSL001").collect();
    assert_eq!(syntax.len(), 3, "{syntax:?}");
}
