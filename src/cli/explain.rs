//! `pasal explain [CODE]`: what a code checks, why, and examples.

use super::emit_then;
use crate::diagnostics::Lang;
use std::process::ExitCode;

/// Arguments of `pasal explain`.
#[derive(clap::Args)]
pub struct Args {
    /// The code, e.g. PSL401; without it, list every code
    code: Option<String>,
}

/// Runs `pasal explain`.
pub fn run(a: Args, lang: Lang) -> ExitCode {
    explain(a.code.as_deref(), lang)
}

fn explain(code: Option<&str>, lang: Lang) -> ExitCode {
    let Some(code) = code else {
        let mut out = String::new();
        for l in crate::analysis::all_codes() {
            out.push_str(&format!(
                "{}  {:<8} {:<16} {}\n",
                l.code,
                l.code.severity().as_str(),
                l.code.family(),
                l.code.name()
            ));
        }
        return emit_then(&out, ExitCode::SUCCESS);
    };
    let Some(l) = crate::analysis::lint(code) else {
        return super::fail_in(lang, crate::messages::cli::msg::unknown_code(code));
    };
    use crate::messages::report::text;
    let (what, bad, good, sev, other_label) = (
        text::WHAT_IT_CHECKS.get(lang),
        text::BAD_EXAMPLE.get(lang),
        text::GOOD_EXAMPLE.get(lang),
        text::DEFAULT_SEVERITY.get(lang),
        text::OTHER_LANGUAGE.get(lang),
    );
    let (text, other) = match lang {
        Lang::Id => (l.explain.id, l.explain.en),
        Lang::En => (l.explain.en, l.explain.id),
    };
    let indent = |s: &str| {
        s.lines()
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let page = format!(
        "{} {} ({}, {sev}: {})\n\n{what}:\n{}\n\n{bad}:\n{}\n\n{good}:\n{}\n\n{other_label}:\n{}\n",
        l.code,
        l.code.name(),
        l.code.family(),
        l.code.severity().as_str(),
        indent(text),
        indent(l.bad),
        indent(l.good),
        indent(other)
    );
    emit_then(&page, ExitCode::SUCCESS)
}
