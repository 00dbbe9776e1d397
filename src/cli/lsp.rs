//! `pasal lsp`: the language server on stdin/stdout (editors start it).

use crate::diagnostics::Lang;
use std::process::ExitCode;

/// Arguments of `pasal lsp` (none but the global `--lang`, which sets the
/// language of the diagnostics and hovers).
#[derive(clap::Args)]
pub struct Args {
    /// Accepted for editors that pass it; the server always speaks on stdio
    #[arg(long)]
    stdio: bool,
}

/// Runs the language server until the editor sends `exit`.
pub fn run(a: Args, lang: Lang) -> ExitCode {
    let _ = a.stdio;
    ExitCode::from(crate::lsp::run(lang))
}
