//! `pasal import FILE [-o OUT.pasal]`: a draft peraturan (text copied from a
//! PDF, or Markdown) written as a pasal policy in canonical layout.

use super::{emit, fail, fail_in, write_file};
use crate::diagnostics::Lang;
use crate::messages::import as said;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `pasal import`.
#[derive(clap::Args)]
pub struct Args {
    /// The draft: .txt or .md
    file: PathBuf,
    /// Write the policy here instead of to stdout
    #[arg(short, long)]
    output: Option<PathBuf>,
}

/// Runs `pasal import`.
pub fn run(a: Args, lang: Lang) -> ExitCode {
    let display = a.file.display().to_string();
    let bytes = match std::fs::read(&a.file) {
        Ok(b) => b,
        Err(e) => return fail_in(lang, crate::messages::cli::msg::cannot_read(&display, e)),
    };
    let imported = match crate::import::import_bytes(&display, &bytes) {
        Ok(i) => i,
        Err(e) => {
            let help = crate::messages::word::HELP.get(lang);
            diagln!(
                "error: {}\n  {help}: {}",
                e.message.get(lang),
                e.help.get(lang)
            );
            return ExitCode::from(2);
        }
    };
    let text = match crate::format::format_text(&display, &imported.source) {
        Ok(t) => t,
        Err(crate::format::FormatError::Invalid(findings)) => {
            // The importer's own defect: say what, briefly.
            let first: Vec<String> = findings
                .iter()
                .take(3)
                .map(|f| format!("{} {}", f.code, f.message))
                .collect();
            return fail(said::msg::does_not_compile(&display, first.join("; ")).get(lang));
        }
        Err(crate::format::FormatError::Unsupported(e) | crate::format::FormatError::Unsafe(e)) => {
            return fail(said::msg::cannot_format(&display, e).get(lang))
        }
    };
    let written = match &a.output {
        Some(out) => write_file(out, &text, lang),
        None => emit(&text),
    };
    if let Err(status) = written {
        return status;
    }
    let s = imported.summary;
    let unplaced = imported.document.unplaced.len();
    let summary = crate::messages::cli::msg::import_summary(
        &display,
        s.clauses,
        s.rules,
        s.unrecognised,
        unplaced,
    );
    diagln!("{}", summary.get(lang));
    ExitCode::SUCCESS
}
