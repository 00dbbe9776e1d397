//! One candidate's verdict, with the list of violated rules and their
//! clauses, against each seed policy; beside it the floor: a hand-written
//! closure over seven eligibility checks.
//! Run: `cargo bench --bench verdict`.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use pasal::analysis::Options;
use pasal::check::case::Candidate;
use pasal::check::eligibility::{Program, Reference, Tri};
use pasal::driver;
use pasal::ir::{Level, Mechanism};
use std::hint::black_box;

fn candidate() -> Candidate {
    let json = r#"{"id": "198001012005011001", "birth_date": "1967-06-03", "education": "S1", "golongan": "IV/a",
        "pns": true, "sehat": true, "hukuman_disiplin": false, "related_experience_years": 6,
        "held_years": {"administrator": 3}, "tenure_years": 2,
        "facts": {"kompetensi_sesuai": true, "rekam_jejak_baik": true, "pakta_integritas": true, "rekomendasi_ppk": true}}"#;
    serde_json::from_str(json).unwrap_or_default()
}

fn bench(c: &mut Criterion) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("policies");
    let date = NaiveDate::from_ymd_opt(2024, 6, 3).unwrap_or_default();
    let cand = candidate();
    for seed in [
        "kota-pagar-alam-2021-25",
        "kabupaten-tebo-2021-46",
        "kota-tasikmalaya-2023-20",
        "kota-tarakan-2023-8",
    ] {
        let compiled =
            driver::compile_path(&root.join(format!("{seed}.pasal")), &Options::default());
        let Some(policy) = compiled.policy else {
            continue;
        };
        let program = Program::compile(&policy, Level::JptPratama, Mechanism::SeleksiTerbuka);
        let reference = Reference {
            events: pasal::ir::Event::ALL.iter().map(|e| (*e, date)).collect(),
            default: Some(date),
            default_is_earliest: false,
            facts: Default::default(),
        };
        let prepared = program.prepare(&cand, &reference);
        let limits = program.limits();
        let mut verdicts = Vec::with_capacity(program.rules.len());
        let mut violated: Vec<(&str, &str)> = Vec::with_capacity(program.rules.len());
        c.bench_function(
            &format!("verdict/{seed} ({} rules)", program.rules.len()),
            |b| {
                b.iter(|| {
                    program.run(black_box(&prepared), &mut verdicts);
                    violated.clear();
                    for (r, t) in program.rules.iter().zip(&verdicts) {
                        if *t == Tri::False {
                            violated.push((r.id.as_str(), r.clause.as_str()));
                        }
                    }
                    black_box(violated.len())
                })
            },
        );
        c.bench_function(&format!("prepare_and_verdict/{seed}"), |b| {
            b.iter(|| {
                let p = program.prepare_with(black_box(&cand), &reference, &limits);
                program.run(&p, &mut verdicts);
                black_box(verdicts.iter().filter(|t| **t == Tri::False).count())
            })
        });
    }
    // The floor: seven checks written by hand over already-prepared numbers.
    struct Facts {
        age: u32,
        edu: u8,
        exp_days: f64,
        held_days: f64,
        pns: bool,
        sehat: bool,
        disiplin: bool,
    }
    let f = Facts {
        age: 57,
        edu: 6,
        exp_days: 2191.0,
        held_days: 1096.0,
        pns: true,
        sehat: true,
        disiplin: false,
    };
    type Check = (&'static str, fn(&Facts) -> bool);
    let checks: [Check; 7] = [
        ("Pasal 24 ayat (1) huruf a", |f| f.edu >= 6),
        ("Pasal 24 ayat (1) huruf c", |f| f.exp_days >= 1827.0),
        ("Pasal 24 ayat (1) huruf d", |f| f.held_days >= 731.0),
        ("Pasal 24 ayat (1) huruf f", |f| f.age <= 56),
        ("Pasal 24 ayat (1) huruf g", |f| f.sehat),
        ("Pasal 21 ayat (1)", |f| f.pns),
        ("Pasal 10 huruf d", |f| !f.disiplin),
    ];
    let mut violated: Vec<&str> = Vec::with_capacity(7);
    c.bench_function("verdict/floor (hand-written closure, 7 checks)", |b| {
        b.iter(|| {
            violated.clear();
            for (clause, check) in &checks {
                if !check(black_box(&f)) {
                    violated.push(clause);
                }
            }
            black_box(violated.len())
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
