//! Output formats for CI: SARIF 2.1.0 (validated against the official schema,
//! tests/data/sarif-schema-2.1.0.json) and GitHub workflow commands, on every
//! bundled policy and on a small fixture (tests/fixtures/formats/) whose output
//! is snapshotted; shell completions and the man page.

// Test helpers outside `#[test]` functions fail loudly too (clippy.toml allows
// this inside them only).
#![allow(clippy::expect_used)]

use pasal::analysis::Options;
use pasal::diagnostics::{Finding, Lang, Severity};
use pasal::driver;
use pasal::report::{github, sarif};
use pasal::source::SourceFile;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const FIXTURE: &str = "tests/fixtures/formats/contoh.pasal";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Findings of files, localized, with file names relative to the repository
/// (as a user running `pasal check` from its root sees them).
fn findings(paths: &[PathBuf], lang: Lang) -> Vec<Finding> {
    let mut out = Vec::new();
    for p in paths {
        let c = driver::compile_path(&root().join(p), &Options::default());
        out.extend(c.findings);
    }
    for f in &mut out {
        f.localize(lang);
        let rel = Path::new(&f.file.name)
            .strip_prefix(root())
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| f.file.name.clone());
        f.file = SourceFile::new(rel, f.file.text.clone());
    }
    out
}

fn bundled_policies() -> Vec<PathBuf> {
    let (files, errors) = driver::expand_paths(&[root().join("policies")]);
    assert!(errors.is_empty(), "{errors:?}");
    assert!(files.len() >= 6, "bundled policies: {files:?}");
    files
        .into_iter()
        .map(|f| f.strip_prefix(root()).map(Path::to_path_buf).unwrap_or(f))
        .collect()
}

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("tests/data/sarif-schema-2.1.0.json"))
        .expect("the vendored SARIF schema");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

fn assert_valid(v: &jsonschema::Validator, what: &str, doc: &str) -> Value {
    let instance: Value = serde_json::from_str(doc).expect("SARIF output is JSON");
    let errors: Vec<String> = v
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what}: invalid SARIF:\n{}",
        errors.join("\n")
    );
    instance
}

#[test]
fn sarif_of_every_bundled_policy_is_valid_against_the_schema() {
    let v = validator();
    let policies = bundled_policies();
    for lang in [Lang::En, Lang::Id] {
        for p in &policies {
            let doc = sarif::render(&findings(std::slice::from_ref(p), lang), lang);
            assert_valid(&v, &p.display().to_string(), &doc);
        }
        // All of them in one log, as `pasal check --format sarif policies/` writes.
        let all = findings(&policies, lang);
        assert!(!all.is_empty(), "the seed policies have known defects");
        let doc = sarif::render(&all, lang);
        let log = assert_valid(&v, "policies/", &doc);
        assert_eq!(
            log["runs"][0]["results"].as_array().map(Vec::len),
            Some(all.len())
        );
    }
    let fixture = findings(&[PathBuf::from(FIXTURE)], Lang::En);
    assert_valid(&v, FIXTURE, &sarif::render(&fixture, Lang::En));
}

#[test]
fn the_schema_rejects_a_broken_log() {
    // The validation above means something only if the schema has teeth.
    let v = validator();
    let mut log: Value = serde_json::from_str(&sarif::render(
        &findings(&[PathBuf::from(FIXTURE)], Lang::En),
        Lang::En,
    ))
    .expect("JSON");
    log["runs"][0]["results"][0]["level"] = Value::from("fatal");
    log["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        Value::from(0);
    let errors = v.iter_errors(&log).count();
    assert!(errors >= 2, "{errors} error(s)");
}

#[test]
fn sarif_lists_every_code_as_a_rule_and_indexes_results_into_it() {
    let doc = sarif::render(&findings(&[PathBuf::from(FIXTURE)], Lang::En), Lang::En);
    let log: Value = serde_json::from_str(&doc).expect("JSON");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    let codes: Vec<&str> = pasal::analysis::all_codes()
        .map(|l| l.code.as_str())
        .collect();
    assert_eq!(ids, codes);
    for (r, l) in rules.iter().zip(pasal::analysis::all_codes()) {
        assert_eq!(r["name"], l.code.name());
        assert_eq!(r["fullDescription"]["text"], l.explain.en);
        assert!(r["shortDescription"]["text"]
            .as_str()
            .is_some_and(|s| !s.is_empty() && l.explain.en.starts_with(s)));
        let help = r["help"]["text"].as_str().expect("help text");
        assert!(help.contains(l.explain.en), "{}", l.code);
        assert_eq!(
            r["defaultConfiguration"]["level"],
            sarif::level(l.code.severity()),
            "{}",
            l.code
        );
    }
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 4);
    for res in results {
        let i = res["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[i]["id"], res["ruleId"]);
        assert_eq!(
            res["properties"]["clause"],
            res["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
        );
    }
    // One acknowledged finding, suppressed in source with its reason.
    let suppressed: Vec<&Value> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 1);
    assert_eq!(suppressed[0]["suppressions"][0]["kind"], "inSource");
    assert_eq!(
        suppressed[0]["suppressions"][0]["justification"],
        "naskah asli memuat angka dan huruf berbeda; dilaporkan ke Bagian Hukum"
    );
}

#[test]
fn sarif_rule_texts_follow_the_language() {
    let doc = sarif::render(&[], Lang::Id);
    let log: Value = serde_json::from_str(&doc).expect("JSON");
    assert_eq!(log["runs"][0]["language"], "id");
    let rule = &log["runs"][0]["tool"]["driver"]["rules"][0];
    let l = pasal::analysis::all_codes().next().expect("a code");
    assert_eq!(rule["fullDescription"]["text"], l.explain.id);
}

#[test]
fn a_code_outside_the_catalogue_gets_a_bare_rule() {
    // A later command (e.g. `verify`) may report codes of its own.
    let file = SourceFile::new("kasus.toml", "tanggal = 2024-01-01\n");
    let f = Finding::new(
        pasal::codes::Code::RuleViolated,
        &file,
        pasal::source::Span::new(0, 7),
        pasal::messages::Message::quoted("x"),
    );
    let catalogue: Vec<_> = pasal::analysis::all_codes().take(2).collect();
    let doc = sarif::render_with(&[f], &catalogue, Lang::En);
    let log: Value = serde_json::from_str(&doc).expect("JSON");
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    assert_eq!(rules.len(), 3);
    assert_eq!(rules[2]["id"], "PSL901");
    assert_eq!(log["runs"][0]["results"][0]["ruleIndex"], 2);
    assert_valid(&validator(), "bare rule", &doc);
}

/// The SARIF of the fixture as the renderer writes it, with a catalogue of
/// only the rules the results use (the whole catalogue is checked above) and
/// the version redacted, so the snapshot stays readable and stable.
#[test]
fn sarif_snapshot() {
    let findings = findings(&[PathBuf::from(FIXTURE)], Lang::En);
    let catalogue: Vec<_> = pasal::analysis::all_codes()
        .filter(|l| findings.iter().any(|f| f.code == l.code))
        .collect();
    let doc = sarif::render_with(&findings, &catalogue, Lang::En);
    let version = format!("\"{}\"", env!("CARGO_PKG_VERSION"));
    insta::assert_snapshot!(doc.replace(&version, "\"[version]\""));
}

#[test]
fn github_snapshot() {
    let out = github::render(&findings(&[PathBuf::from(FIXTURE)], Lang::En), Lang::En);
    insta::assert_snapshot!(out);
}

#[test]
fn github_commands_are_one_line_each_with_escaped_properties() {
    let file = SourceFile::new("dir,a/b:c.pasal", "pasal 1 \"x\"\n");
    let mut f = Finding::new(
        pasal::codes::Code::UnresolvedReference,
        &file,
        pasal::source::Span::new(0, 5),
        pasal::messages::Message::quoted("100% sure,\nreally: yes"),
    )
    .clause("Pasal 1")
    .help(pasal::messages::Message::quoted("fix it"));
    f.severity = Severity::Warning;
    let out = github::render(&[f], Lang::En);
    assert_eq!(
        out,
        "::warning file=dir%2Ca/b%3Ac.pasal,line=1,col=1,endLine=1,endColumn=6,title=PSL102::\
         100%25 sure,%0Areally: yes (Pasal 1)%0Ahelp: fix it\n"
    );
}

fn pasal(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pasal"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("pasal runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_formats_on_the_command_line() {
    let dir = "tests/fixtures/formats/";
    let (code, out, _) = pasal(&["check", "--format", "github", dir]);
    assert_eq!(code, 1, "one unacknowledged error");
    assert_eq!(out.lines().filter(|l| l.starts_with("::error ")).count(), 1);
    assert_eq!(
        out.lines().filter(|l| l.starts_with("::warning ")).count(),
        1
    );
    assert_eq!(
        out.lines().filter(|l| l.starts_with("::notice ")).count(),
        2
    );
    assert!(out.contains("title=PSL701 (acknowledged)::"), "{out}");
    assert!(out.ends_with("1 file(s) checked: 1 error(s), 1 warning(s), 1 info, 1 acknowledged\n"));

    let (code, out, _) = pasal(&["check", "--format", "sarif", dir]);
    assert_eq!(code, 1);
    assert_valid(&validator(), "check --format sarif", &out);

    let (code, out, _) = pasal(&["--lang", "id", "check", "--format", "github", dir]);
    assert_eq!(code, 1);
    assert!(out.contains("title=PSL701 (diakui)::"), "{out}");
}

#[test]
fn deny_warnings_is_unchanged_by_the_format() {
    // The fixture's PSL102 is the only error; turned off, only a warning is left.
    for format in ["human", "json", "sarif", "github"] {
        let base = ["check", "--format", format, "--severity", "PSL102=off"];
        let (code, _, err) = pasal(&[&base[..], &["tests/fixtures/formats/"]].concat());
        assert_eq!(code, 0, "{format}: {err}");
        let (code, _, err) = pasal(
            &[
                &base[..],
                &["--deny", "warnings", "tests/fixtures/formats/"],
            ]
            .concat(),
        );
        assert_eq!(code, 1, "{format}: {err}");
    }
}

#[test]
fn completions_for_every_shell_mention_check() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let (code, out, err) = pasal(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        assert!(out.contains("check"), "{shell} completion lacks `check`");
        if matches!(shell, "bash" | "zsh" | "fish") {
            // These three complete option values too.
            assert!(
                out.contains("sarif"),
                "{shell} completion lacks the formats"
            );
        }
    }
    let (code, _, err) = pasal(&["completions", "cmd"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn man_pages_mention_check() {
    let (code, out, err) = pasal(&["man"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(".ie") || out.contains(".TH"),
        "not roff: {out}"
    );
    assert!(out.contains("check"));
    let (code, out, err) = pasal(&["man", "check"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("pasal\\-check") && out.contains("sarif"),
        "{out}"
    );
    let (code, _, err) = pasal(&["man", "nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown subcommand `nope`"), "{err}");
}

#[test]
fn sarif_and_github_output_is_byte_identical_across_runs() {
    for format in ["sarif", "github"] {
        let (code_a, a, _) = pasal(&["check", "--format", format, "policies/"]);
        let (code_b, b, _) = pasal(&["check", "--format", format, "policies/"]);
        assert_eq!(code_a, code_b);
        assert!(a.lines().count() > 1, "the seed policies have findings");
        assert_eq!(a, b, "{format}");
    }
}

#[test]
fn sarif_of_verify_is_valid_against_the_schema() {
    let v = validator();
    let (code, out, err) = pasal(&[
        "verify",
        "policies/kota-pagar-alam-2021-25.pasal",
        "examples/pagar-alam-kepala-dinas.json",
        "--format",
        "sarif",
    ]);
    assert_eq!(code, 1, "the worked example violates the age limit: {err}");
    let doc = assert_valid(&v, "verify sarif", &out);
    let results = doc["runs"][0]["results"].as_array().expect("results");
    assert!(results.iter().any(|r| r["ruleId"] == "PSL901"));
}

#[test]
fn a_folder_is_reported_in_file_order_however_many_cores_compile_it() {
    // Enough files that `check` compiles them on several threads.
    let dir = std::env::temp_dir().join(format!("pasal-many-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("nasional")).unwrap();
    for base in ["pp-11-2017.pasal", "uu-5-2014.pasal"] {
        std::fs::copy(
            root().join("policies/nasional").join(base),
            dir.join("nasional").join(base),
        )
        .unwrap();
    }
    let seeds: Vec<PathBuf> = bundled_policies()
        .into_iter()
        .filter(|p| !p.to_string_lossy().contains("nasional"))
        .collect();
    for i in 0..12 {
        let seed = &seeds[i % seeds.len()];
        std::fs::copy(seed, dir.join(format!("p{i:02}.pasal"))).unwrap();
    }
    let folder = dir.to_string_lossy().to_string();
    let (code, whole, _) = pasal(&["check", "--format", "json", &folder]);
    assert_eq!(code, 0, "{whole}");
    // The same files one at a time, in the order the folder walk gives them.
    let v: Value = serde_json::from_str(&whole).unwrap();
    let mut one_by_one = Vec::new();
    let mut files: Vec<_> = [dir.clone(), dir.join("nasional")]
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "pasal"))
        .collect();
    files.sort();
    for f in &files {
        let (_, out, _) = pasal(&["check", "--format", "json", &f.to_string_lossy()]);
        let one: Value = serde_json::from_str(&out).unwrap();
        one_by_one.extend(one["findings"].as_array().unwrap().iter().cloned());
    }
    let together = v["findings"].as_array().unwrap();
    let files_of = |fs: &[Value]| {
        let mut names: Vec<String> = fs.iter().map(|f| f["file"].to_string()).collect();
        names.dedup();
        names
    };
    assert!(files_of(together).len() >= 12, "{:?}", files_of(together));
    assert_eq!(files_of(together), files_of(&one_by_one));
    assert_eq!(together.len(), one_by_one.len());
    let _ = std::fs::remove_dir_all(&dir);
}

/// `pasal rules` shows when a rule applies and its exception, not only what it
/// requires: a reader checks the encoding against the clause from this line.
#[test]
fn rules_show_conditions_and_exceptions() {
    let (code, out, _) = pasal(&["rules", "policies/kota-pagar-alam-2021-25.pasal"]);
    assert_eq!(code, 0);
    let age = out
        .lines()
        .find(|l| l.starts_with("Pasal 24 ayat (1) huruf f "))
        .expect("the age rule is listed");
    assert!(
        age.ends_with(
            "syarat: usia paling tinggi 56 tahun pada pengangkatan kecuali penetapan_presiden"
        ),
        "{age}"
    );
    assert!(
        out.lines().any(|l| l.contains(" jika ")),
        "some rule has a condition"
    );
}

/// `partialFingerprints` tell apart two findings on one line and survive an
/// edit that moves them, so that code scanning tracks each alert.
#[test]
fn sarif_fingerprints_are_distinct_per_finding_and_stable_across_lines() {
    let text = "pasal 1 \"Dilaporkan kepada BKN dan SK ditetapkan.\"\n";
    let fingerprints = |text: &str| -> Vec<String> {
        let file = SourceFile::new("a.pasal", text);
        let at = |w: &str| {
            let i = text.find(w).expect("word");
            pasal::source::Span::new(i, i + w.len())
        };
        let fs = vec![
            Finding::new(
                pasal::codes::Code::UndefinedAbbreviation,
                &file,
                at("BKN"),
                pasal::messages::Message::quoted("`BKN`"),
            ),
            Finding::new(
                pasal::codes::Code::UndefinedAbbreviation,
                &file,
                at("SK"),
                pasal::messages::Message::quoted("`SK`"),
            ),
            Finding::new(
                pasal::codes::Code::UndefinedAbbreviation,
                &file,
                at("SK"),
                pasal::messages::Message::quoted("`SK`"),
            ),
        ];
        let log: Value = serde_json::from_str(&sarif::render(&fs, Lang::En)).expect("JSON");
        log["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| {
                r["partialFingerprints"][sarif::FINGERPRINT]
                    .as_str()
                    .expect("fp")
                    .to_string()
            })
            .collect()
    };
    let first = fingerprints(text);
    let mut unique = first.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 3, "{first:?}");
    assert_eq!(fingerprints(&format!("// a comment above\n{text}")), first);
}

#[test]
fn a_folder_larger_than_a_batch_is_reported_whole_and_in_file_order() {
    // `check` compiles and writes a folder 64 files at a time: 70 files cross
    // a batch boundary. Each file has its own finding (its own wrong digits).
    let dir = std::env::temp_dir().join(format!("pasal-batch-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..70 {
        let text = format!(
            "peraturan {{\n  jenis peraturan_walikota\n}}\npasal 1 \"Paling lama {} (satu) hari.\"\n",
            i + 2
        );
        std::fs::write(dir.join(format!("p{i:02}.pasal")), text).unwrap();
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for format in ["human", "github", "json"] {
        let (_, whole, _) = pasal(&["check", "--format", format, &dir.to_string_lossy()]);
        let mut one_by_one = String::new();
        for f in &files {
            let (_, out, _) = pasal(&["check", "--format", format, &f.to_string_lossy()]);
            match format {
                // Each run ends with its summary line; the folder's has one.
                "json" => {
                    let one: Value = serde_json::from_str(&out).unwrap();
                    for f in one["findings"].as_array().unwrap() {
                        one_by_one.push_str(&f.to_string());
                    }
                }
                _ => one_by_one.push_str(out.rsplit_once("1 file(s)").unwrap().0),
            }
        }
        match format {
            "json" => {
                let v: Value = serde_json::from_str(&whole).unwrap();
                let all = v["findings"].as_array().unwrap();
                assert!(all.len() >= 70, "{}", all.len());
                let joined: String = all.iter().map(|f| f.to_string()).collect();
                assert_eq!(joined, one_by_one, "json");
                assert_eq!(v["summary"]["files"], 70);
            }
            _ => {
                let (body, summary) = whole.rsplit_once("70 file(s)").unwrap();
                assert_eq!(body, one_by_one, "{format}");
                assert!(summary.starts_with(" checked"), "{summary}");
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn docs_codes_md_is_the_catalogue() {
    let path = root().join(pasal::report::codes_doc::PATH);
    let page = pasal::report::codes_doc::markdown();
    if std::env::var_os("PASAL_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &page).expect("write docs/codes.md");
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == page,
        "docs/codes.md is out of date: run `PASAL_UPDATE_DOCS=1 cargo test --test formats`"
    );
}

#[test]
fn sarif_links_rules_to_their_docs_only_under_a_stated_repository() {
    let (_, out, _) = pasal(&[
        "check",
        "--format",
        "sarif",
        "tests/fixtures/lints/PSL710.pasal",
    ]);
    let log: Value = serde_json::from_str(&out).expect("SARIF is JSON");
    let driver = &log["runs"][0]["tool"]["driver"];
    let repository = env!("CARGO_PKG_REPOSITORY");
    let rules = driver["rules"].as_array().expect("rules");
    if repository.is_empty() {
        // No address to make an absolute URI from: none is made up.
        assert!(driver.get("informationUri").is_none(), "{driver}");
        assert!(rules.iter().all(|r| r.get("helpUri").is_none()));
    } else {
        assert_eq!(driver["informationUri"], repository);
        for r in rules {
            let id = r["id"].as_str().expect("id").to_lowercase();
            let uri = r["helpUri"].as_str().expect("helpUri");
            assert!(uri.ends_with(&format!("docs/codes.md#{id}")), "{uri}");
        }
    }
}
