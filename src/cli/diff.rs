//! `pasal diff A B`: what differs between two policies, rule by rule.

use super::{color, emit, Format};
use crate::analysis::Options;
use crate::diagnostics::{Lang, Severity};
use crate::{driver, report};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `pasal diff`.
#[derive(clap::Args)]
pub struct Args {
    /// The first policy (the old one, or your neighbour's)
    a: PathBuf,
    /// The second policy (the new one, or yours)
    b: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Show unchanged rules too
    #[arg(long)]
    all: bool,
    /// Exit with status 1 when the policies differ (default: 0 either way)
    #[arg(long)]
    exit_code: bool,
}

/// Runs `pasal diff`.
pub fn run(a: Args, lang: Lang) -> ExitCode {
    let (ca, cb) = (compile(&a.a, lang), compile(&a.b, lang));
    let (Some(ca), Some(cb)) = (ca, cb) else {
        return ExitCode::from(2);
    };
    let (Some(pa), Some(pb)) = (ca.policy.as_ref(), cb.policy.as_ref()) else {
        return ExitCode::from(2);
    };
    let d = crate::diff::diff(pa, pb);
    let text = match a.format {
        Format::Json => crate::diff::json::render(&d, lang, a.all) + "\n",
        Format::Human => crate::diff::human::render(&d, lang, a.all, color()),
    };
    if let Err(status) = emit(&text) {
        return status;
    }
    if a.exit_code && d.differs() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Compiles one side; `None` (after reporting on stderr) when it cannot be read
/// or parsed. Rules that did not compile are left out of the comparison, with
/// a note.
fn compile(path: &Path, lang: Lang) -> Option<driver::Compiled> {
    let mut c = driver::compile_path(path, &Options::default());
    c.findings.iter_mut().for_each(|f| f.localize(lang));
    if c.unusable || c.policy.is_none() {
        let errors: Vec<_> = c
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .cloned()
            .collect();
        super::diag(&report::human::render(&errors, false));
        return None;
    }
    let malformed = c
        .policy
        .as_ref()
        .map(|p| p.rules.iter().filter(|r| r.malformed).count())
        .unwrap_or(0);
    if malformed > 0 {
        diagln!(
            "{}",
            crate::messages::diff::msg::malformed(malformed, path.display()).get(lang)
        );
    }
    Some(c)
}
