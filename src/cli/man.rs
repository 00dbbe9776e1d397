//! `pasal man [SUBCOMMAND]`: the man page (roff) generated from the clap
//! definitions, printed to stdout: of `pasal` itself, or of one subcommand
//! (`pasal-check(1)` and so on).

use super::{emit_then, fail, Cli};
use crate::diagnostics::Lang;
use clap::CommandFactory;
use std::process::ExitCode;

/// Arguments of `pasal man`.
#[derive(clap::Args)]
pub struct Args {
    /// A subcommand (e.g. check); without it, the page of pasal itself
    subcommand: Option<String>,
}

/// Runs `pasal man`.
pub fn run(a: Args, _lang: Lang) -> ExitCode {
    match page(a.subcommand.as_deref()) {
        Ok(text) => emit_then(&text, ExitCode::SUCCESS),
        Err(e) => fail(&e),
    }
}

/// The man page of `pasal` or of one of its subcommands.
pub fn page(subcommand: Option<&str>) -> Result<String, String> {
    let mut cmd = Cli::command();
    cmd.build();
    let cmd = match subcommand {
        None => cmd,
        Some(name) => {
            let names: Vec<&str> = cmd
                .get_subcommands()
                .map(|s| s.get_name())
                .filter(|n| *n != "help")
                .collect();
            match cmd
                .get_subcommands()
                .find(|s| s.get_name() == name && name != "help")
            {
                Some(s) => s.clone().version(env!("CARGO_PKG_VERSION")),
                None => {
                    return Err(format!(
                        "unknown subcommand `{name}`; one of: {}",
                        names.join(", ")
                    ))
                }
            }
        }
    };
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut out)
        .map_err(|e| format!("cannot render the man page: {e}"))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}
