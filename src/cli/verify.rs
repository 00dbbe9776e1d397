//! `pasal verify POLICY CASE`: judge a selection case.

use super::{emit, fail_in, FindingsFormat};
use crate::analysis::Options;
use crate::check::{case, verify};
use crate::diagnostics::Lang;
use crate::messages::cli as said;
use crate::{driver, report};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `pasal verify`.
#[derive(clap::Args)]
pub struct Args {
    /// The policy file
    policy: PathBuf,
    /// The case file (JSON; docs/case.md)
    case: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value_t = FindingsFormat::Human)]
    format: FindingsFormat,
    /// Holiday calendar to count working days on, in the format of
    /// data/holidays.toml (default: the built-in national holidays and cuti bersama)
    #[arg(long, value_name = "FILE")]
    holidays: Option<PathBuf>,
}

/// Runs `pasal verify`; exit 1 when any rule is violated.
pub fn run(a: Args, lang: Lang) -> ExitCode {
    let calendar = match super::calendar(a.holidays.as_deref(), lang) {
        Ok(c) => c,
        Err(status) => return status,
    };
    let compiled = driver::compile_path(&a.policy, &Options::default());
    let Some(policy) = compiled.policy.filter(|_| !compiled.unusable) else {
        let mut findings = compiled.findings;
        findings.iter_mut().for_each(|f| f.localize(lang));
        super::diag(&report::human::render(&findings, false));
        return fail_in(lang, said::msg::unusable_policy(a.policy.display()));
    };
    let case_name = a.case.display().to_string();
    let text = match std::fs::read_to_string(&a.case) {
        Ok(t) => t,
        Err(e) => return fail_in(lang, said::msg::cannot_read(&case_name, e)),
    };
    let case = match case::load_case(&text) {
        Ok(c) => c,
        Err(errs) => {
            for e in &errs {
                diagln!("error: {case_name}:{}", e.located().get(lang));
            }
            return ExitCode::from(2);
        }
    };
    let result = match verify::verify_on(&policy, &case, &calendar) {
        Ok(r) => r,
        Err(e) => return fail_in(lang, said::msg::at_path(&case_name, &e.path, &e.message)),
    };
    let findings = || {
        let mut findings = report::verdicts::as_findings(&policy, &result);
        findings.iter_mut().for_each(|f| f.localize(lang));
        findings
    };
    let text = match a.format {
        FindingsFormat::Json => report::verdicts::json(&policy, &case_name, &result, lang) + "\n",
        FindingsFormat::Human => report::verdicts::human(&policy, &case_name, &result, lang),
        FindingsFormat::Sarif => report::sarif::render(&findings(), lang) + "\n",
        FindingsFormat::Github => report::github::render(&findings(), lang),
    };
    if let Err(status) = emit(&text) {
        return status;
    }
    if result
        .verdicts
        .iter()
        .any(|v| v.status == verify::Status::Violated)
    {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
