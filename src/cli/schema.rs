//! `pasal schema [case|examples]`: the JSON Schema of the case format,
//! generated from the Rust types.

use super::emit_then;
use crate::diagnostics::Lang;
use std::process::ExitCode;

/// Arguments of `pasal schema`.
#[derive(clap::Args)]
pub struct Args {
    /// Which document: a selection case, or an examples file
    #[arg(value_parser = ["case", "examples"], default_value = "case")]
    what: String,
}

/// The schema text.
pub fn schema(what: &str) -> String {
    let s = if what == "examples" {
        schemars::schema_for!(crate::check::examples::ExampleFile)
    } else {
        schemars::schema_for!(crate::check::case::Case)
    };
    serde_json::to_string_pretty(&s).unwrap_or_default() + "\n"
}

/// Runs `pasal schema`.
pub fn run(a: Args, _lang: Lang) -> ExitCode {
    emit_then(&schema(&a.what), ExitCode::SUCCESS)
}
