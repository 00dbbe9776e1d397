//! `pasal import` on the four seed texts, compared with the hand-written
//! policies: every clause citation present and none extra, and the clause texts
//! identical after whitespace normalisation. The figures are printed and
//! asserted. The importer is not tuned to these texts (see tests/fixtures/import
//! for drafts of other regions).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::ir::Policy;
use std::collections::BTreeMap;
use std::path::Path;

const SEEDS: &[(&str, &str)] = &[
    ("000_721fca3ba8784e66.txt", "kota-pagar-alam-2021-25.pasal"),
    ("001_8c958187e653d321.txt", "kabupaten-tebo-2021-46.pasal"),
    ("003_d4e940b5fc7b96b1.txt", "kota-tasikmalaya-2023-20.pasal"),
    ("004_283a2d19f00ba428.txt", "kota-tarakan-2023-8.pasal"),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn seeds() -> std::path::PathBuf {
    root().join("../shared/seeds")
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every clause's citation and text, in order.
fn clauses(policy: &Policy) -> Vec<(String, String)> {
    policy
        .clauses
        .iter()
        .map(|c| (c.citation.clone(), normalise(&c.text())))
        .collect()
}

fn compile(name: &str, text: &str) -> Policy {
    let file = pasal::source::SourceFile::new(name, text);
    let compiled = pasal::driver::compile_source(&file, None, &Options::default());
    let errors: Vec<String> = compiled
        .findings
        .iter()
        .filter(|f| {
            pasal::driver::is_input_error(f.code)
                || f.code.starts_with("PSL1") && f.code != "PSL101" && f.code != "PSL102"
        })
        .map(|f| format!("{} {}", f.code, f.message))
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:?}");
    compiled.policy.expect("compiles")
}

#[test]
fn seeds_import_with_every_clause_and_its_text() {
    let mut report = Vec::new();
    for (seed, policy) in SEEDS {
        let text = std::fs::read_to_string(seeds().join(seed)).expect("seed text");
        let imported = pasal::import::import_text(seed, &text).expect("imports");
        let got = compile(seed, &imported.source);
        let want =
            pasal::driver::compile_path(&root().join("policies").join(policy), &Options::default())
                .policy
                .expect("hand-written policy");
        let got = clauses(&got);
        let want = clauses(&want);
        let got_map: BTreeMap<&str, &str> =
            got.iter().map(|(c, t)| (c.as_str(), t.as_str())).collect();
        let want_map: BTreeMap<&str, &str> =
            want.iter().map(|(c, t)| (c.as_str(), t.as_str())).collect();
        let missing: Vec<&str> = want_map
            .keys()
            .filter(|c| !got_map.contains_key(*c))
            .copied()
            .collect();
        let extra: Vec<&str> = got_map
            .keys()
            .filter(|c| !want_map.contains_key(*c))
            .copied()
            .collect();
        let same = want_map
            .iter()
            .filter(|(c, t)| got_map.get(*c) == Some(*t))
            .count();
        let differing: Vec<String> = want_map
            .iter()
            .filter(|(c, t)| got_map.get(*c).is_some_and(|g| g != *t))
            .take(5)
            .map(|(c, t)| format!("{c}:\n  want {t}\n  got  {}", got_map.get(c).unwrap_or(&"")))
            .collect();
        let share = same as f64 / want_map.len().max(1) as f64;
        eprintln!(
            "{seed}: {} clauses, {} missing, {} extra, texts identical {same} ({:.1}%)",
            want_map.len(),
            missing.len(),
            extra.len(),
            share * 100.0
        );
        if !missing.is_empty() || !extra.is_empty() || !differing.is_empty() {
            eprintln!(
                "  missing {missing:?}\n  extra {extra:?}\n  {}",
                differing.join("\n  ")
            );
        }
        report.push((seed, missing.len(), extra.len(), share));
    }
    for (seed, missing, extra, share) in report {
        assert_eq!((missing, extra), (0, 0), "{seed}: clause citations");
        assert!(
            share >= 0.99,
            "{seed}: {:.1}% of clause texts identical",
            share * 100.0
        );
    }
}
