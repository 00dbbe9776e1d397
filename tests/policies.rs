//! Every bundled policy compiles: it parses, and it has no finding that would
//! be the encoder's mistake (unknown names, type errors, broken identity).
//! Findings about the law's own defects are expected and allowed.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::driver;
use std::path::Path;

/// Codes that mean the policy file is wrong, never the law.
const ENCODING_ERRORS: &[&str] = &[
    "PSL103", "PSL104", "PSL105", "PSL106", "PSL107", "PSL108", "PSL109", "PSL110", "PSL111",
];

#[test]
fn every_bundled_policy_compiles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (files, errors) = driver::expand_paths(&[root.join("policies")]);
    assert!(errors.is_empty(), "{errors:?}");
    assert!(
        files.len() >= 6,
        "expected the four seeds and the national baseline, found {files:?}"
    );
    let mut problems = Vec::new();
    for f in &files {
        let c = driver::compile_path(f, &Options::default());
        if c.unusable {
            problems.push(format!(
                "{}: unusable: {:?}",
                f.display(),
                c.findings.first().map(|x| &x.message)
            ));
        }
        for x in c
            .findings
            .iter()
            .filter(|x| ENCODING_ERRORS.contains(&x.code.as_str()) || x.code.stops())
        {
            let (l, col) = x.line_col();
            problems.push(format!(
                "{}:{l}:{col} {} {}",
                f.display(),
                x.code,
                x.message
            ));
        }
        let rules = c.policy.as_ref().map_or(0, |p| p.rules.len());
        assert!(rules > 0, "{} compiled no rule", f.display());
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn output_is_byte_identical_across_runs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = root.join("policies/kota-pagar-alam-2021-25.pasal");
    let a = driver::compile_path(&path, &Options::default());
    let b = driver::compile_path(&path, &Options::default());
    let render = |c: &driver::Compiled| pasal::report::json::check_report(1, &c.findings);
    assert_eq!(render(&a), render(&b));
}
