//! `pasal completions SHELL`: a completion script generated from the clap
//! definitions, printed to stdout.

use super::{emit_then, Cli};
use crate::diagnostics::Lang;
use clap::CommandFactory;
use clap_complete::Shell;
use std::process::ExitCode;

/// Arguments of `pasal completions`.
#[derive(clap::Args)]
pub struct Args {
    /// The shell: bash, zsh, fish, powershell or elvish
    #[arg(value_enum)]
    shell: Shell,
}

/// Runs `pasal completions`.
pub fn run(a: Args, _lang: Lang) -> ExitCode {
    emit_then(&script(a.shell), ExitCode::SUCCESS)
}

/// The completion script for a shell.
pub fn script(shell: Shell) -> String {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "pasal", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}
