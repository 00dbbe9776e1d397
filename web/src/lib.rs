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
        None => (
            String::new(),
            String::new(),
            (0..c.findings.len()).collect(),
        ),
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
            return error_json(
                &errs
                    .iter()
                    .map(|e| format!("case:{}", e.located().get(lang)))
                    .collect::<Vec<_>>(),
            )
        }
    };
    match verifier::verify(policy, &case) {
        Ok(result) => report::verdicts::json(policy, "case.json", &result, lang),
        Err(e) => error_json(&[format!("case: `{}`: {}", e.path, e.message.get(lang))]),
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == ext))
            .collect();
        v.sort();
        assert!(!v.is_empty(), "{dir}");
        v
    }

    /// The page's findings are `check`'s, byte for byte, with the built-in
    /// baselines standing in for the files a seed follows.
    #[test]
    fn check_in_memory_is_check_on_disk() {
        for (dir, ext) in [
            ("policies", "pasal"),
            ("policies/nasional", "pasal"),
            ("tests/fixtures/import", "txt"),
        ] {
            for path in files(dir, ext) {
                let name = path.display().to_string();
                let bytes = std::fs::read(&path).unwrap();
                let on_disk = if ext == "txt" {
                    driver::compile_draft(&path, &Options::default())
                } else {
                    driver::compile_path(&path, &Options::default())
                };
                for lang in ["en", "id"] {
                    let mut f = on_disk.findings.clone();
                    f.iter_mut().for_each(|x| x.localize(lang_of(lang)));
                    assert_eq!(
                        check(&name, &bytes, lang),
                        report::json::check_report(1, &f),
                        "{name} {lang}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_finding_is_placed_once() {
        for path in files("policies", "pasal") {
            let name = path.display().to_string();
            let bytes = std::fs::read(&path).unwrap();
            let n = driver::compile_path(&path, &Options::default())
                .findings
                .len();
            let page: serde_json::Value =
                serde_json::from_str(&render_html(&name, &bytes, "en")).unwrap();
            let html = page["html"].as_str().unwrap();
            let unplaced: Vec<usize> = page["unplaced"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_u64().unwrap() as usize)
                .collect();
            for i in 0..n {
                let marks = html.matches(&format!("data-finding=\"{i}\"")).count();
                let above = usize::from(unplaced.contains(&i));
                assert_eq!(marks + above, 1, "{name}: finding {i}");
            }
            assert!(unplaced.len() < n, "{name}: most findings are in the text");
            assert!(!html.contains("<script"), "{name}");
        }
    }

    #[test]
    fn a_followed_baseline_that_is_not_built_in_is_reported() {
        let text = "peraturan {\n  jenis peraturan_walikota\n  mengikuti \"lain/perda.pasal\"\n}\npasal 1 \"Teks.\"\n";
        let doc: serde_json::Value =
            serde_json::from_str(&check("x.pasal", text.as_bytes(), "en")).unwrap();
        let codes: Vec<&str> = doc["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap())
            .collect();
        assert!(codes.contains(&"PSL107"), "{codes:?}");
        assert!(doc.to_string().contains("no built-in baseline"), "{doc}");
    }

    #[test]
    fn verify_is_verify() {
        let policy = root().join("policies/kota-pagar-alam-2021-25.pasal");
        let case =
            std::fs::read_to_string(root().join("examples/pagar-alam-kepala-dinas.json")).unwrap();
        let bytes = std::fs::read(&policy).unwrap();
        let doc: serde_json::Value =
            serde_json::from_str(&verify("p.pasal", &bytes, &case, "en")).unwrap();
        assert_eq!(doc["summary"]["violated"], 2, "{doc}");
        let bad: serde_json::Value =
            serde_json::from_str(&verify("p.pasal", &bytes, "{\"vacancy\": 1,}", "en")).unwrap();
        assert!(
            bad["error"][0].as_str().unwrap().starts_with("case:1:"),
            "{bad}"
        );
        let not_policy: serde_json::Value =
            serde_json::from_str(&verify("p.pasal", b"\xff\xfe", &case, "id")).unwrap();
        assert!(not_policy["error"][0].as_str().unwrap().contains("Berkas"));
    }

    #[test]
    fn explain_and_codes() {
        let x: serde_json::Value = serde_json::from_str(&explain("PSL102", "id")).unwrap();
        let lint = analysis::lint("PSL102").unwrap();
        assert_eq!(x["explain"], lint.explain.id);
        assert_eq!(x["other"], lint.explain.en);
        let unknown: serde_json::Value = serde_json::from_str(&explain("PSL999x", "en")).unwrap();
        assert!(unknown["error"].is_array());
        let all: Vec<serde_json::Value> = serde_json::from_str(&codes()).unwrap();
        assert_eq!(all.len(), analysis::all_codes().count());
    }

    #[test]
    fn both_languages_have_every_key() {
        let en: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&ui_text("en")).unwrap();
        let id: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&ui_text("id")).unwrap();
        assert_eq!(en.len(), text::TEXTS.len());
        assert_eq!(en.keys().collect::<Vec<_>>(), id.keys().collect::<Vec<_>>());
        assert_ne!(en["privacy"], id["privacy"]);
    }
}
