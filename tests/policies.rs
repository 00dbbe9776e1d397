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

/// The lints of issue 10 were read against the law text on every bundled
/// policy: each of their findings there is a real defect, acknowledged at its
/// clause with the reason (docs/findings.md §5d). A new unacknowledged finding
/// of these codes is a false alarm to fix or a defect to read and acknowledge;
/// a count that drops means a lint stopped seeing a defect it saw.
#[test]
fn cross_clause_lints_report_only_acknowledged_defects_on_the_bundled_policies() {
    use std::collections::BTreeMap;
    const CODES: &[(&str, usize)] = &[
        ("PSL501", 0),
        ("PSL503", 0),
        ("PSL506", 0),
        ("PSL507", 0),
        ("PSL504", 1),
        ("PSL607", 1),
        ("PSL608", 0),
        ("PSL609", 5),
        ("PSL610", 0),
        ("PSL611", 14),
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (files, errors) = driver::expand_paths(&[root.join("policies")]);
    assert!(errors.is_empty(), "{errors:?}");
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut open = Vec::new();
    for f in &files {
        let c = driver::compile_path(f, &Options::default());
        for x in &c.findings {
            let code = x.code.as_str();
            if !CODES.iter().any(|(c, _)| *c == code) {
                continue;
            }
            *seen.entry(code).or_default() += 1;
            if x.acknowledged.is_none() {
                let (l, _) = x.line_col();
                open.push(format!("{}:{l} {code} {}", f.display(), x.message));
            }
        }
    }
    assert!(open.is_empty(), "unacknowledged:\n{}", open.join("\n"));
    for (code, n) in CODES {
        assert_eq!(
            seen.get(code).copied().unwrap_or(0),
            *n,
            "{code} on the bundled policies"
        );
    }
}
