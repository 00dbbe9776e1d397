//! `pasal test [PATH…]`: run the examples written beside each policy.

use super::{emit, fail, fail_in};
use crate::analysis::Options;
use crate::check::examples;
use crate::diagnostics::Lang;
use crate::driver;
use crate::messages::cli as said;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `pasal test`.
#[derive(clap::Args)]
pub struct Args {
    /// Policy files or folders (default: policies/)
    paths: Vec<PathBuf>,
    /// Holiday calendar to count working days on, in the format of
    /// data/holidays.toml (default: the built-in national holidays and cuti bersama)
    #[arg(long, value_name = "FILE")]
    holidays: Option<PathBuf>,
}

/// The examples file of a policy: `X.pasal` → `X.examples.json`.
pub fn examples_path(policy: &Path) -> PathBuf {
    policy.with_extension("examples.json")
}

/// Runs `pasal test`: exit 1 when an expectation fails, 2 on unusable input.
pub fn run(a: Args, lang: Lang) -> ExitCode {
    let calendar = match super::calendar(a.holidays.as_deref(), lang) {
        Ok(c) => c,
        Err(status) => return status,
    };
    let paths = if a.paths.is_empty() {
        vec![PathBuf::from("policies")]
    } else {
        a.paths
    };
    let files: Vec<PathBuf> = match super::policy_files(&paths, lang) {
        Ok(found) => found.into_iter().map(|f| f.path).collect(),
        Err(status) => return status,
    };
    let (mut passed, mut failed, mut ran) = (0usize, 0usize, 0usize);
    let mut out = String::new();
    for f in &files {
        let ex_path = examples_path(f);
        if !ex_path.exists() {
            continue;
        }
        let compiled = driver::compile_path(f, &Options::default());
        let Some(policy) = compiled.policy.filter(|_| !compiled.unusable) else {
            let mut findings = compiled.findings;
            findings.iter_mut().for_each(|f| f.localize(lang));
            super::diag(&crate::report::human::render(&findings, false));
            return fail_in(lang, said::msg::unusable_policy(f.display()));
        };
        let text = match std::fs::read_to_string(&ex_path) {
            Ok(t) => t,
            Err(e) => return fail_in(lang, said::msg::cannot_read(ex_path.display(), e)),
        };
        let file = match examples::load(&text) {
            Ok(x) => x,
            Err(e) => return fail(&format!("{}:{}", ex_path.display(), e.located().get(lang))),
        };
        ran += 1;
        let res = examples::run_on(&policy, &file, &calendar);
        if let Some(e) = res.errors.first() {
            return fail(&format!("{}: {}", ex_path.display(), e.get(lang)));
        }
        out.push_str(said::test::file(ex_path.display(), file.examples.len()).get(lang));
        out.push('\n');
        for o in &res.outcomes {
            if o.passed {
                passed += 1;
            } else {
                failed += 1;
                let found = if o.found.is_empty() {
                    said::test_text::NOT_JUDGED.get(lang).to_string()
                } else {
                    o.found.join(", ")
                };
                out.push_str(said::test::failed(&o.example, &o.key, &o.expected, found).get(lang));
                out.push('\n');
            }
        }
        let all = examples::checkable_categories(&policy);
        let missing_ok: Vec<_> = all.difference(&res.satisfied_categories).cloned().collect();
        let missing_bad: Vec<_> = all.difference(&res.violated_categories).cloned().collect();
        if !missing_ok.is_empty() || !missing_bad.is_empty() {
            out.push_str(
                said::test::coverage(missing_ok.join(", "), missing_bad.join(", ")).get(lang),
            );
            out.push('\n');
        }
    }
    out.push_str(said::test::summary(passed, failed).get(lang));
    out.push('\n');
    if let Err(status) = emit(&out) {
        return status;
    }
    if ran == 0 {
        return fail_in(lang, said::text::NO_EXAMPLES.into());
    }
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
