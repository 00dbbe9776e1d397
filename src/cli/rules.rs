//! `pasal rules POLICY`: every compiled rule with its citation.

use super::{emit_then, Format};
use crate::analysis::Options;
use crate::diagnostics::Lang;
use crate::{driver, report};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `pasal rules`.
#[derive(clap::Args)]
pub struct Args {
    /// The policy file
    policy: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

/// Runs `pasal rules`.
pub fn run(a: Args, lang: Lang) -> ExitCode {
    rules(&a.policy, a.format, lang)
}

fn rules(path: &std::path::Path, format: Format, lang: Lang) -> ExitCode {
    let mut c = driver::compile_path(path, &Options::default());
    c.findings.iter_mut().for_each(|f| f.localize(lang));
    let Some(policy) = c.policy.as_ref().filter(|_| !c.unusable) else {
        super::diag(&report::human::render(&c.findings, false));
        return ExitCode::from(2);
    };
    let text = match format {
        Format::Json => report::json::rules_report(policy, &c.findings) + "\n",
        Format::Human => {
            let mut out = String::new();
            for r in &policy.rules {
                out.push_str(&crate::report::rule_line(r));
                out.push('\n');
            }
            out.push_str(&format!("{} rule(s)\n", policy.rules.len()));
            out
        }
    };
    emit_then(&text, ExitCode::SUCCESS)
}
