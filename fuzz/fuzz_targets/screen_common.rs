//! A screener over the bundled Pagar Alam policy, built once per process.
use pasal::analysis::Options;
use pasal::check::eligibility::{Program, Reference};
use pasal::ir::{Level, Mechanism};
use std::sync::OnceLock;

const POLICY: &str = include_str!("../../policies/kota-pagar-alam-2021-25.pasal");

/// The program every screening target judges with.
pub fn program() -> &'static Program {
    static PROGRAM: OnceLock<Program> = OnceLock::new();
    PROGRAM.get_or_init(|| {
        let compiled =
            pasal::driver::compile_bytes("pa.pasal", POLICY.as_bytes(), None, &Options::default());
        let policy = compiled.policy.expect("the bundled policy compiles");
        Program::compile(&policy, Level::JptPratama, Mechanism::SeleksiTerbuka)
    })
}

/// Reference dates: one fixed screening date.
pub fn reference() -> Reference {
    let date = chrono::NaiveDate::from_ymd_opt(2024, 1, 31);
    Reference {
        events: Vec::new(),
        default: date,
        default_is_earliest: false,
        facts: Default::default(),
    }
}
