//! `pasal render POLICY --to md|html [-o FILE] [--annotate]`: the peraturan as
//! Indonesian text, numbered as the law numbers it.

use super::{emit, write_file};
use crate::analysis::Options;
use crate::diagnostics::Lang;
use crate::render::{self, Document};
use crate::{driver, report};
use clap::ValueEnum;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `pasal render`.
#[derive(clap::Args)]
pub struct Args {
    /// The policy file
    policy: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value_t = To::Md)]
    to: To,
    /// Write to this file instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
    /// Show each clause's compiled rules as notes (for reviewers; not part of the law's text)
    #[arg(long)]
    annotate: bool,
}

/// Output formats of `pasal render`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum To {
    /// Markdown (CommonMark)
    Md,
    /// A self-contained HTML page
    Html,
}

/// Runs `pasal render`.
pub fn run(a: Args, lang: Lang) -> ExitCode {
    let mut c = driver::compile_path(&a.policy, &Options::default());
    c.findings.iter_mut().for_each(|f| f.localize(lang));
    // A file that could not be read or parsed whole would render with parts
    // missing: refuse it. Findings about the law itself do not stop a rendering.
    let Some(policy) = c.policy.as_ref().filter(|_| !c.unusable) else {
        super::diag(&report::human::render(&c.findings, false));
        return ExitCode::from(2);
    };
    let doc = Document::from_policy(
        policy,
        render::Options {
            annotate: a.annotate,
        },
    );
    let text = match a.to {
        To::Md => render::markdown::render(&doc),
        To::Html => render::html::render(&doc),
    };
    let written = match &a.output {
        Some(path) => write_file(path, &text, lang),
        None => emit(&text),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(status) => status,
    }
}
