//! Where a seed's check spends its time: each stage (load, parse, resolve,
//! the whole driver) and each lint alone, median of many runs, in µs.
//! Run: `cargo bench --bench stages`.

use pasal::analysis::{lints, Context, Options};
use pasal::{driver, resolve, syntax};
use std::hint::black_box;
use std::time::Instant;

const SEEDS: &[&str] = &[
    "kota-pagar-alam-2021-25",
    "kabupaten-tebo-2021-46",
    "kota-tasikmalaya-2023-20",
    "kota-tarakan-2023-8",
];

/// The lints of `lints::CHECKS`, in its order.
const LINTS: &[&str] = &[
    "self_reference",
    "reference_kind",
    "backward_range",
    "heading_numbering",
    "pasal_numbering",
    "item_numbering",
    "roman_numeral",
    "label_form",
    "clause_ending",
    "weight_bands",
    "panel_feasibility",
    "empty_interval",
    "contradictory_phrase",
    "conflicting_values",
    "laxer_than_baseline",
    "age_without_date",
    "unqualified_days",
    "share_without_base",
    "undetermined_scope",
    "extension_unbounded",
    "optional_composition",
    "number_words",
    "foreign_region",
    "mengingat_citation",
    "gazette_number",
    "signer_title",
    "terms",
    "control_character",
    "encoding_numbers",
    "unused_acknowledgement",
];

/// Median time of `f` in µs over `runs` runs (after a warm-up run).
fn median(runs: usize, mut f: impl FnMut()) -> f64 {
    f();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times.get(runs / 2).copied().unwrap_or(0.0)
}

fn main() {
    let runs = 200;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("policies");
    assert_eq!(LINTS.len(), lints::CHECKS.len(), "LINTS lists every check");
    let mut per_lint = vec![0.0; LINTS.len()];
    for seed in SEEDS {
        let path = root.join(format!("{seed}.pasal"));
        let bytes = std::fs::read(&path).unwrap_or_default();
        let load = median(runs, || {
            black_box(syntax::load(seed, black_box(&bytes)));
        });
        let (Some(file), _) = syntax::load(seed, &bytes) else {
            continue;
        };
        let parse = median(runs, || {
            black_box(syntax::parse(black_box(&file)));
        });
        let (doc, _) = syntax::parse(&file);
        let resolve = median(runs, || {
            black_box(resolve::resolve(&file, black_box(&doc)));
        });
        let source = median(runs, || {
            black_box(driver::compile_source(
                &file,
                Some(&path),
                &Options::default(),
            ));
        });
        let whole = median(runs, || {
            black_box(driver::compile_bytes(
                seed,
                &bytes,
                Some(&path),
                &Options::default(),
            ));
        });
        let c = driver::compile_source(&file, Some(&path), &Options::default());
        let Some(policy) = c.policy else { continue };
        // The baselines the seeds follow, compiled once as the driver caches them.
        let baselines: Vec<std::sync::Arc<pasal::ir::Policy>> = ["pp-11-2017", "uu-5-2014"]
            .iter()
            .filter_map(|b| {
                let p = root.join(format!("nasional/{b}.pasal"));
                driver::compile_path(&p, &Options::default()).policy
            })
            .map(std::sync::Arc::new)
            .collect();
        let cx = Context {
            policy: &policy,
            baselines: &baselines,
        };
        let mut lint_total = 0.0;
        for (i, check) in lints::CHECKS.iter().enumerate() {
            let t = median(runs, || {
                let mut out = Vec::new();
                check(&cx, &mut out);
                black_box(out);
            });
            lint_total += t;
            if let Some(s) = per_lint.get_mut(i) {
                *s += t;
            }
        }
        println!(
            "{seed}: load {load:.0} µs, parse {parse:.0} µs, resolve {resolve:.0} µs, lints {lint_total:.0} µs, driver from source {source:.0} µs, from bytes {whole:.0} µs"
        );
    }
    let mut ranked: Vec<(usize, f64)> = per_lint.into_iter().enumerate().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    println!("lints, summed over the seeds (µs):");
    for (i, t) in ranked.iter().take(12) {
        let name = LINTS.get(*i).copied().unwrap_or("?");
        println!("  {name:24} {t:6.0}");
    }
}
