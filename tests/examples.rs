//! The examples written beside each seed policy (X.examples.json) pass, and
//! every rule category a case can satisfy or violate has a compliant and a
//! violating example.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::check::examples;
use pasal::driver;
use std::path::Path;

fn run(seed: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("policies");
    let compiled = driver::compile_path(&root.join(format!("{seed}.pasal")), &Options::default());
    let policy = compiled.policy.expect("compiles");
    let text =
        std::fs::read_to_string(root.join(format!("{seed}.examples.json"))).expect("examples file");
    let file = examples::load(&text).expect("valid examples file");
    let res = examples::run(&policy, &file);
    assert!(res.errors.is_empty(), "{:?}", res.errors);
    let failed: Vec<_> = res
        .outcomes
        .iter()
        .filter(|o| !o.passed)
        .map(|o| {
            format!(
                "{}: {} expected {} found {:?}",
                o.example, o.key, o.expected, o.found
            )
        })
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    assert!(
        res.outcomes.len() > 50,
        "{seed}: only {} expectations",
        res.outcomes.len()
    );
    let all = examples::checkable_categories(&policy);
    let no_ok: Vec<_> = all.difference(&res.satisfied_categories).collect();
    let no_bad: Vec<_> = all.difference(&res.violated_categories).collect();
    assert!(
        no_ok.is_empty() && no_bad.is_empty(),
        "{seed}: no compliant example for {no_ok:?}, no violating one for {no_bad:?}"
    );
}

#[test]
fn pagar_alam_examples() {
    run("kota-pagar-alam-2021-25");
}

#[test]
fn tebo_examples() {
    run("kabupaten-tebo-2021-46");
}

#[test]
fn tasikmalaya_examples() {
    run("kota-tasikmalaya-2023-20");
}

#[test]
fn tarakan_examples() {
    run("kota-tarakan-2023-8");
}

/// `pasal test` on a policy that does not compile prints its diagnostics, as
/// `check` does, and stops in the user's language.
#[test]
fn test_on_an_unusable_policy_shows_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("rusak.pasal"),
        "pasal 1 {\n  ayat (1 \"x\"\n}\n",
    )
    .expect("write policy");
    std::fs::write(dir.path().join("rusak.examples.json"), "{\"examples\": []}")
        .expect("write examples");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_pasal"))
        .args(["test", "--lang", "id"])
        .arg(dir.path())
        .output()
        .expect("run pasal");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("PSL001"), "the syntax error is shown: {err}");
    assert!(err.contains("bukan kebijakan yang dapat dipakai"), "{err}");
}
