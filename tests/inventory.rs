//! For each seed, `pasal rules` has a rule at every clause address of the rule
//! inventory (../shared/seed-rules.md). The addresses are kept as test data in
//! tests/data/inventory/ so the test runs without ../shared.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

#[path = "support/addresses.rs"]
mod addresses;

use addresses::{check_row, expand, parse_address, range_values};
use pasal::analysis::Options;
use pasal::driver;
use std::collections::BTreeSet;
use std::path::Path;

const SEEDS: &[(&str, &str)] = &[
    ("pa", "policies/kota-pagar-alam-2021-25.pasal"),
    ("tb", "policies/kabupaten-tebo-2021-46.pasal"),
    ("ts", "policies/kota-tasikmalaya-2023-20.pasal"),
    ("tr", "policies/kota-tarakan-2023-8.pasal"),
];

fn check_seed(key: &str, path: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let c = driver::compile_path(&root.join(path), &Options::default());
    let policy = match c.policy {
        Some(p) if !c.unusable => p,
        _ => {
            return vec![format!(
                "{path} does not compile: {:?}",
                c.findings.first().map(|f| f.message.clone())
            )]
        }
    };
    let clauses: BTreeSet<String> = policy.clauses.iter().map(|c| c.citation.clone()).collect();
    let cites: Vec<&str> = policy.rules.iter().map(|r| r.citation.as_str()).collect();
    let ruled = |addr: &str| {
        cites
            .iter()
            .any(|c| *c == addr || c.starts_with(&format!("{addr} ")))
    };
    let inventory = std::fs::read_to_string(root.join(format!("tests/data/inventory/{key}.tsv")))
        .unwrap_or_default();
    let mut missing = Vec::new();
    for line in inventory
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let Some((id, address)) = line.split_once('\t') else {
            continue;
        };
        for m in check_row(address, &clauses, &ruled) {
            missing.push(format!("{id} {address}: {m}"));
        }
    }
    missing
}

#[test]
fn address_expansion() {
    let (label, comps) = parse_address("Pasal 25 (Par. 4) ayat (1)–(2) huruf a–c", None);
    assert_eq!(label, "Pasal 25 (Paragraf 4)");
    let all = expand(&label, &comps);
    assert_eq!(all.len(), 6);
    assert_eq!(all[0], "Pasal 25 (Paragraf 4) ayat (1) huruf a");
    assert_eq!(range_values("ayat", "(1), (3)"), vec!["1", "3"]);
}

macro_rules! seed_test {
    ($name:ident, $key:literal) => {
        #[test]
        fn $name() {
            let path = SEEDS
                .iter()
                .find(|(k, _)| *k == $key)
                .map(|(_, p)| *p)
                .unwrap_or("");
            let missing = check_seed($key, path);
            assert!(
                missing.is_empty(),
                "{} inventory addresses without a rule:\n{}",
                missing.len(),
                missing.join("\n")
            );
        }
    };
}

seed_test!(pagar_alam_has_a_rule_at_every_inventory_address, "pa");
seed_test!(tebo_has_a_rule_at_every_inventory_address, "tb");
seed_test!(tasikmalaya_has_a_rule_at_every_inventory_address, "ts");
seed_test!(tarakan_has_a_rule_at_every_inventory_address, "tr");
