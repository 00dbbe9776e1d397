//! `pasal screen` end to end on generated JSON Lines (read, parse, judge,
//! write), beside its floor: parsing the same lines with serde_json alone.
//! Run: `cargo bench --bench screen`.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pasal::analysis::Options;
use pasal::check::case::Candidate;
use pasal::check::eligibility::{Program, Reference};
use pasal::check::screen::{run_jsonl, Screener};
use pasal::driver;
use pasal::ir::{Level, Mechanism};
use std::hint::black_box;

const RECORDS: usize = 200_000;

/// The floor of the issue: a record that borrows its strings from the line
/// (dates left as text, facts in a map of borrowed names), read by serde_json.
#[allow(dead_code)]
#[derive(serde::Deserialize)]
struct Borrowed<'a> {
    #[serde(borrow)]
    id: std::borrow::Cow<'a, str>,
    #[serde(default, borrow)]
    name: Option<std::borrow::Cow<'a, str>>,
    #[serde(default)]
    birth_date: Option<&'a str>,
    #[serde(default)]
    education: Option<&'a str>,
    #[serde(default)]
    golongan: Option<&'a str>,
    #[serde(default)]
    pns: Option<bool>,
    #[serde(default)]
    sehat: Option<bool>,
    #[serde(default)]
    hukuman_disiplin: Option<bool>,
    #[serde(default)]
    related_experience_years: Option<f64>,
    #[serde(default, borrow)]
    held_years: std::collections::BTreeMap<&'a str, f64>,
    #[serde(default)]
    tenure_years: Option<f64>,
    #[serde(default, borrow)]
    facts: std::collections::BTreeMap<&'a str, bool>,
}

fn generate() -> String {
    let mut s = String::with_capacity(RECORDS * 330);
    for i in 0..RECORDS {
        let year = 1960 + (i % 35);
        let edu = ["S1", "S2", "D3", "D4", "S3"][i % 5];
        s.push_str(&format!(
            "{{\"id\": \"19{year}0101200{i:07}\", \"birth_date\": \"{year}-{:02}-{:02}\", \"education\": \"{edu}\", \"golongan\": \"IV/a\", \"pns\": true, \"sehat\": {}, \"hukuman_disiplin\": false, \"related_experience_years\": {}, \"held_years\": {{\"administrator\": {}}}, \"facts\": {{\"kompetensi_sesuai\": true, \"rekam_jejak_baik\": true, \"pakta_integritas\": true, \"rekomendasi_ppk\": true, \"penetapan_presiden\": false}}}}\n",
            1 + i % 12,
            1 + i % 28,
            i % 11 != 0,
            i % 9,
            i % 4
        ));
    }
    s
}

fn bench(c: &mut Criterion) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("policies");
    let compiled = driver::compile_path(
        &root.join("kota-pagar-alam-2021-25.pasal"),
        &Options::default(),
    );
    let Some(policy) = compiled.policy else {
        return;
    };
    let program = Program::compile(&policy, Level::JptPratama, Mechanism::SeleksiTerbuka);
    let date = NaiveDate::from_ymd_opt(2024, 6, 3).unwrap_or_default();
    let reference = Reference {
        events: pasal::ir::Event::ALL.iter().map(|e| (*e, date)).collect(),
        default: Some(date),
        default_is_earliest: false,
        facts: Default::default(),
    };
    let input = generate();
    let mut group = c.benchmark_group("screen");
    group.sample_size(10);
    group.throughput(Throughput::Elements(RECORDS as u64));
    group.bench_function(
        "floor: serde_json parse into a borrowed record, 1 thread",
        |b| {
            b.iter(|| {
                let mut n = 0usize;
                for line in input.lines() {
                    if let Ok(c) = serde_json::from_str::<Borrowed<'_>>(line) {
                        n += c.id.len();
                    }
                }
                black_box(n)
            })
        },
    );
    group.bench_function("floor: serde_json parse only, 1 thread", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for line in input.lines() {
                if let Ok(c) = serde_json::from_str::<Candidate>(line) {
                    n += c.id.len();
                }
            }
            black_box(n)
        })
    });
    // The output goes to one buffer reused across runs, as a file or pipe
    // would take it (growing a fresh buffer each run would time page faults).
    let mut out = Vec::with_capacity(input.len() * 3);
    for threads in [1, 2] {
        group.bench_function(format!("pasal screen, {threads} thread(s)"), |b| {
            b.iter(|| {
                let s = Screener::new(&program, reference.clone(), "pool.jsonl".into());
                out.clear();
                let summary = run_jsonl(&s, input.as_bytes(), &mut out, threads, &mut |_| {});
                black_box((summary.map(|s| s.records).unwrap_or(0), out.len()))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
