//! Compiling one seed policy: parse → IR, and the full check (with lints).
//! Run: `cargo bench --bench compile`.

use criterion::{criterion_group, criterion_main, Criterion};
use pasal::analysis::Options;
use pasal::{driver, resolve, source::SourceFile, syntax};
use std::hint::black_box;

const SEEDS: &[&str] = &[
    "kota-pagar-alam-2021-25",
    "kabupaten-tebo-2021-46",
    "kota-tasikmalaya-2023-20",
    "kota-tarakan-2023-8",
];

fn bench(c: &mut Criterion) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("policies");
    for seed in SEEDS {
        let path = root.join(format!("{seed}.pasal"));
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let file = SourceFile::new(seed.to_string(), text);
        c.bench_function(&format!("parse/{seed}"), |b| {
            b.iter(|| black_box(syntax::parse(black_box(&file))))
        });
        c.bench_function(&format!("parse_to_ir/{seed}"), |b| {
            b.iter(|| {
                let (doc, _) = syntax::parse(black_box(&file));
                black_box(resolve::resolve(&file, &doc))
            })
        });
        c.bench_function(&format!("check_with_lints/{seed}"), |b| {
            b.iter(|| {
                black_box(driver::compile_source(
                    black_box(&file),
                    Some(&path),
                    &Options::default(),
                ))
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
