//! The compiled eligibility program's fast path (conditions as bit-set
//! clauses) gives the same verdicts as walking each condition, for any
//! condition, guard and set of known and unknown facts.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::check::case::Candidate;
use pasal::check::eligibility::{Program, Reference};
use pasal::driver;
use pasal::ir::{Level, Mechanism};
use proptest::prelude::*;
use proptest::sample::select;

const FACTS: &[&str] = &["a", "b", "c", "d", "e"];

/// A condition in the language's syntax.
fn condition() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        select(FACTS).prop_map(str::to_string),
        select(FACTS).prop_map(|f| format!("tidak {f}")),
        // A comparison, so that comparisons and facts share the bit sets.
        Just("usia paling tinggi 56 tahun pada pengangkatan".to_string()),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 2..4)
                .prop_map(|v| format!("({})", v.join(" dan "))),
            prop::collection::vec(inner.clone(), 2..4)
                .prop_map(|v| format!("({})", v.join(" atau "))),
            inner.prop_map(|c| format!("tidak ({c})")),
        ]
    })
}

/// A `jika`/`kecuali` condition: sometimes one on the selection, not the
/// candidate, which no bit set decides (such rules walk their condition,
/// beside rules judged from the bit sets).
fn guard() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => condition(),
        1 => Just("jabatan_lowong adalah sekretaris_daerah".to_string()),
    ]
}

fn rule() -> impl Strategy<Value = String> {
    (
        condition(),
        proptest::option::of(guard()),
        proptest::option::of(guard()),
    )
        .prop_map(|(c, jika, kecuali)| {
            let mut r = format!("syarat {c}");
            if let Some(j) = jika {
                r.push_str(&format!(" jika {j}"));
            }
            if let Some(k) = kecuali {
                r.push_str(&format!(" kecuali {k}"));
            }
            r
        })
}

fn facts() -> impl Strategy<Value = Vec<Option<bool>>> {
    prop::collection::vec(proptest::option::of(any::<bool>()), FACTS.len())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]
    #[test]
    fn fast_path_matches_walking_the_condition(
        rules in prop::collection::vec(rule(), 1..6),
        values in facts(),
        birth in proptest::option::of(1960i32..1975),
    ) {
        let mut text = String::from("pasal 1 untuk jpt_pratama melalui seleksi_terbuka {\n");
        text.push_str("  => jabatan sekretaris_daerah eselon II.a\n");
        for f in FACTS {
            text.push_str(&format!("  => fakta {f}\n"));
        }
        for r in &rules {
            text.push_str(&format!("  => {r}\n"));
        }
        text.push_str("}\n");
        let compiled = driver::compile_bytes("p.pasal", text.as_bytes(), None, &Options::default());
        let policy = compiled.policy.expect("compiles");
        prop_assert!(!compiled.unusable, "{text}\n{:?}", compiled.findings);
        let program = Program::compile(&policy, Level::JptPratama, Mechanism::SeleksiTerbuka);
        prop_assert_eq!(program.rules.len(), rules.len(), "{}", text);

        let mut candidate = Candidate::default();
        for (f, v) in FACTS.iter().zip(&values) {
            if let Some(v) = v {
                candidate.facts.insert(f.to_string(), *v);
            }
        }
        candidate.birth_date = birth.and_then(|y| chrono::NaiveDate::from_ymd_opt(y, 6, 3));
        let date = chrono::NaiveDate::from_ymd_opt(2024, 6, 3).unwrap();
        let reference = Reference {
            events: pasal::ir::Event::ALL.iter().map(|e| (*e, date)).collect(),
            default: Some(date),
            default_is_earliest: false,
            facts: Default::default(),
        };
        let prepared = program.prepare(&candidate, &reference);
        let mut fast = Vec::new();
        program.run(&prepared, &mut fast);
        let walked: Vec<_> = program.rules.iter().map(|r| program.eval(r, &prepared)).collect();
        prop_assert_eq!(fast, walked, "{}\nfacts {:?} birth {:?}", text, values, birth);
    }
}
