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
    let mut value = serde_json::to_value(&s).unwrap_or_default();
    standard_formats_only(&mut value);
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

/// Formats JSON Schema defines (`date`, …); schemars also writes Rust's
/// number types (`uint32`, `double`), which validators do not know and which
/// say nothing the `type` and `minimum` do not.
const STANDARD_FORMATS: &[&str] = &[
    "date",
    "date-time",
    "time",
    "duration",
    "email",
    "uri",
    "uri-reference",
    "uuid",
    "regex",
];

fn standard_formats_only(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            if map
                .get("format")
                .and_then(|f| f.as_str())
                .is_some_and(|f| !STANDARD_FORMATS.contains(&f))
            {
                map.remove("format");
            }
            map.values_mut().for_each(standard_formats_only);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(standard_formats_only),
        _ => {}
    }
}

/// Runs `pasal schema`.
pub fn run(a: Args, _lang: Lang) -> ExitCode {
    emit_then(&schema(&a.what), ExitCode::SUCCESS)
}
