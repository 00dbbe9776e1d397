//! The pasal compiler in the browser: wasm-bindgen exports that the static
//! page (`www/app.js`) calls with a file's bytes. Every export takes what the
//! page read in memory and returns a JSON string; nothing reads a file, starts
//! a thread or touches the network. Baselines a policy follows are the ones
//! built into the compiler (`driver::Baselines::BuiltIn`).

mod place;
mod text;

use pasal::analysis::{self, Options};
use pasal::check::{case, verify as verifier};
use pasal::diagnostics::Lang;
use pasal::driver::{self, Baselines, Compiled};
use pasal::report;
use serde::Serialize;
use std::path::Path;
use wasm_bindgen::prelude::wasm_bindgen;

/// `id` or `en` (anything else is English, the CLI's default).
fn lang_of(lang: &str) -> Lang {
    if lang.eq_ignore_ascii_case("id") {
        Lang::Id
    } else {
        Lang::En
    }
}

/// Whether `name` is read as a draft (`.txt`, `.md`, `.docx`, …) rather than
/// as a policy: the rule of `pasal check`.
fn is_draft(name: &str) -> bool {
    pasal::import::is_draft(Path::new(name))
}

/// Compiles a file as `pasal check NAME` would, findings in `lang`.
fn compile(name: &str, bytes: &[u8], lang: Lang) -> Compiled {
    let options = Options::default();
    let mut c = if is_draft(name) {
        driver::compile_draft_bytes(name, bytes, Baselines::BuiltIn, &options)
    } else {
        driver::compile_bytes_in(name, bytes, Baselines::BuiltIn, &options)
    };
    c.findings.iter_mut().for_each(|f| f.localize(lang));
    c
}

fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The findings of one file: the document `pasal check --format json NAME`
/// prints (a draft is imported in memory first, as `check` does).
#[wasm_bindgen]
pub fn check(name: &str, bytes: &[u8], lang: &str) -> String {
    let c = compile(name, bytes, lang_of(lang));
    report::json::check_report(1, &c.findings)
}

/// The peraturan as an HTML fragment, each finding at its clause (a button
/// with `data-finding`, the finding's index in [`check`]'s list), as JSON:
/// `{ "draft", "usable", "title", "html", "unplaced": [indices] }`.
#[wasm_bindgen]
pub fn render_html(name: &str, bytes: &[u8], lang: &str) -> String {
    let c = compile(name, bytes, lang_of(lang));
    let (title, html, unplaced) = match c.policy.as_ref().filter(|_| !c.unusable) {
        Some(policy) => {
            let doc = pasal::render::Document::from_policy(policy, Default::default());
            let (html, unplaced) = place::lay_out(policy, &doc, &c.findings);
            (doc.head.full_title(), html, unplaced)
        }
        None => (String::new(), String::new(), (0..c.findings.len()).collect()),
    };
    #[derive(Serialize)]
    struct Out {
        draft: bool,
        usable: bool,
        title: String,
        html: String,
        unplaced: Vec<usize>,
    }
    to_json(&Out {
        draft: is_draft(name),
        usable: !c.unusable,
        title,
        html,
        unplaced,
    })
}

/// Every compiled rule: the document `pasal rules --format json` prints, or
/// `{"error": …}` when the file is not a usable policy.
#[wasm_bindgen]
pub fn rules(name: &str, bytes: &[u8], lang: &str) -> String {
    let c = compile(name, bytes, lang_of(lang));
    match c.policy.as_ref().filter(|_| !c.unusable) {
        Some(policy) => report::json::rules_report(policy, &c.findings),
        None => error_json(&[unusable_message(lang_of(lang))]),
    }
}

fn unusable_message(lang: Lang) -> String {
    text::TEXTS
        .iter()
        .find(|(k, _)| *k == "unusable")
        .map(|(_, t)| t.get(lang).to_string())
        .unwrap_or_default()
}

fn error_json(errors: &[String]) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        error: &'a [String],
    }
    to_json(&Out { error: errors })
}

/// A finding code's explanation (`pasal explain CODE`) as JSON: `code`,
/// `name`, `family`, `severity`, `explain` (in `lang`), `other` (in the other
/// language), `bad`, `good`; `{"error": …}` for an unknown code.
#[wasm_bindgen]
pub fn explain(code: &str, lang: &str) -> String {
    let lang = lang_of(lang);
    let Some(l) = analysis::lint(code) else {
        return error_json(&[format!("unknown code `{code}`")]);
    };
    let other = match lang {
        Lang::En => Lang::Id,
        Lang::Id => Lang::En,
    };
    #[derive(Serialize)]
    struct Out<'a> {
        code: &'a str,
        name: &'a str,
        family: &'a str,
        severity: &'a str,
        explain: &'a str,
        other: &'a str,
        bad: &'a str,
        good: &'a str,
    }
    to_json(&Out {
        code: l.code.as_str(),
        name: l.code.name(),
        family: l.code.family(),
        severity: l.code.severity().as_str(),
        explain: l.explain.get(lang),
        other: l.explain.get(other),
        bad: l.bad,
        good: l.good,
    })
}

/// Every finding code (`pasal explain` without a code) as a JSON array of
/// `{code, name, family, severity}`.
#[wasm_bindgen]
pub fn codes() -> String {
    #[derive(Serialize)]
    struct Row<'a> {
        code: &'a str,
        name: &'a str,
        family: &'a str,
        severity: &'a str,
    }
    let rows: Vec<Row<'_>> = analysis::all_codes()
        .map(|l| Row {
            code: l.code.as_str(),
            name: l.code.name(),
            family: l.code.family(),
            severity: l.code.severity().as_str(),
        })
        .collect();
    to_json(&rows)
}

/// Judges a case (JSON, as `pasal verify` reads it) against the policy in
/// `bytes`: the document `pasal verify --format json` prints, or
/// `{"error": [messages]}` when the policy or the case cannot be used.
#[wasm_bindgen]
pub fn verify(name: &str, bytes: &[u8], case_json: &str, lang: &str) -> String {
    let lang = lang_of(lang);
    let c = compile(name, bytes, lang);
    let Some(policy) = c.policy.as_ref().filter(|_| !c.unusable) else {
        return error_json(&[unusable_message(lang)]);
    };
    let case = match case::load_case(case_json) {
        Ok(case) => case,
        Err(errs) => {
            return error_json(&errs.iter().map(|e| format!("case:{e}")).collect::<Vec<_>>())
        }
    };
    match verifier::verify(policy, &case) {
        Ok(result) => report::verdicts::json(policy, "case.json", &result, lang),
        Err(e) => error_json(&[format!("case: `{}`: {}", e.path, e.message)]),
    }
}

/// The page's own words in `lang`, as a JSON object by key.
#[wasm_bindgen]
pub fn ui_text(lang: &str) -> String {
    let lang = lang_of(lang);
    let map: serde_json::Map<String, serde_json::Value> = text::TEXTS
        .iter()
        .map(|(k, t)| (k.to_string(), serde_json::Value::from(t.get(lang))))
        .collect();
    to_json(&map)
}
