//! `pasal import` on the four seed texts, compared with the hand-written
//! policies: every clause citation present and none extra, and the clause texts
//! identical after whitespace normalisation. The figures are printed and
//! asserted. The importer is not tuned to these texts (see tests/fixtures/import
//! for drafts of other regions).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

#[path = "support/addresses.rs"]
mod addresses;

use pasal::analysis::Options;
use pasal::ir::{IrRule, Policy};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const SEEDS: &[(&str, &str, &str)] = &[
    (
        "000_721fca3ba8784e66.txt",
        "kota-pagar-alam-2021-25.pasal",
        "pa",
    ),
    (
        "001_8c958187e653d321.txt",
        "kabupaten-tebo-2021-46.pasal",
        "tb",
    ),
    (
        "003_d4e940b5fc7b96b1.txt",
        "kota-tasikmalaya-2023-20.pasal",
        "ts",
    ),
    (
        "004_283a2d19f00ba428.txt",
        "kota-tarakan-2023-8.pasal",
        "tr",
    ),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn seeds() -> std::path::PathBuf {
    root().join("../shared/seeds")
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every clause's citation and text, in order.
fn clauses(policy: &Policy) -> Vec<(String, String)> {
    policy
        .clauses
        .iter()
        .map(|c| (c.citation.clone(), normalise(&c.text())))
        .collect()
}

fn compile(name: &str, text: &str) -> Policy {
    let file = pasal::source::SourceFile::new(name, text);
    let compiled = pasal::driver::compile_source(&file, None, &Options::default());
    let errors: Vec<String> = compiled
        .findings
        .iter()
        .filter(|f| {
            f.code.stops()
                || f.code.as_str().starts_with("PSL1")
                    && f.code.as_str() != "PSL101"
                    && f.code.as_str() != "PSL102"
        })
        .map(|f| format!("{} {}", f.code, f.message))
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:?}");
    compiled.policy.expect("compiles")
}

/// A seed text imported, and its hand-written policy, both compiled.
fn imported_and_by_hand(seed: &str, policy: &str) -> (Policy, Policy) {
    let text = std::fs::read_to_string(seeds().join(seed)).expect("seed text");
    let imported = pasal::import::import_text(seed, &text).expect("imports");
    let got = compile(seed, &imported.source);
    let want =
        pasal::driver::compile_path(&root().join("policies").join(policy), &Options::default())
            .policy
            .expect("hand-written policy");
    (got, want)
}

#[test]
fn seeds_import_with_every_clause_and_its_text() {
    let mut report = Vec::new();
    for (seed, policy, _) in SEEDS {
        let (got, want) = imported_and_by_hand(seed, policy);
        let got = clauses(&got);
        let want = clauses(&want);
        let got_map: BTreeMap<&str, &str> =
            got.iter().map(|(c, t)| (c.as_str(), t.as_str())).collect();
        let want_map: BTreeMap<&str, &str> =
            want.iter().map(|(c, t)| (c.as_str(), t.as_str())).collect();
        let missing: Vec<&str> = want_map
            .keys()
            .filter(|c| !got_map.contains_key(*c))
            .copied()
            .collect();
        let extra: Vec<&str> = got_map
            .keys()
            .filter(|c| !want_map.contains_key(*c))
            .copied()
            .collect();
        let same = want_map
            .iter()
            .filter(|(c, t)| got_map.get(*c) == Some(*t))
            .count();
        let differing: Vec<String> = want_map
            .iter()
            .filter(|(c, t)| got_map.get(*c).is_some_and(|g| g != *t))
            .take(5)
            .map(|(c, t)| format!("{c}:\n  want {t}\n  got  {}", got_map.get(c).unwrap_or(&"")))
            .collect();
        let share = same as f64 / want_map.len().max(1) as f64;
        eprintln!(
            "{seed}: {} clauses, {} missing, {} extra, texts identical {same} ({:.1}%)",
            want_map.len(),
            missing.len(),
            extra.len(),
            share * 100.0
        );
        if !missing.is_empty() || !extra.is_empty() || !differing.is_empty() {
            eprintln!(
                "  missing {missing:?}\n  extra {extra:?}\n  {}",
                differing.join("\n  ")
            );
        }
        report.push((seed, missing.len(), extra.len(), share));
    }
    for (seed, missing, extra, share) in report {
        assert_eq!((missing, extra), (0, 0), "{seed}: clause citations");
        assert!(
            share >= 0.99,
            "{seed}: {:.1}% of clause texts identical",
            share * 100.0
        );
    }
}

/// Names an encoder chooses freely (a list's, a term's, a declared fact's, an
/// action's, a panel's, a weight's set and component) are masked: the same
/// kind and parameters is the same rule, whatever its names.
fn masked(v: &mut Value) {
    match v {
        Value::Object(map) => {
            let declared = map.get("fact").and_then(Value::as_str) == Some("declared");
            for (k, x) in map.iter_mut() {
                let free = matches!(
                    k.as_str(),
                    "key" | "name" | "list" | "action" | "component" | "set" | "panel" | "clause"
                ) || (declared && k == "args");
                if free && x.is_string() {
                    *x = Value::String("_".into());
                } else {
                    masked(x);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(masked),
        _ => {}
    }
}

fn signature(r: &IrRule) -> (String, String) {
    let mut p = pasal::diff::describe::params(r);
    masked(&mut p);
    (format!("{:?}", r.category()), p.to_string())
}

/// Rows of the rule inventory whose rules the import recognises with the same
/// kind and parameters as the hand-written policy, at the same clause.
#[test]
fn seeds_import_with_their_rules() {
    let (mut rows, mut recognised) = (0usize, 0usize);
    let mut lines = Vec::new();
    for (seed, policy, key) in SEEDS {
        let (got, want) = imported_and_by_hand(seed, policy);
        let by_clause = |p: &Policy| {
            let mut m: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
            for r in &p.rules {
                m.entry(r.citation.clone())
                    .or_default()
                    .insert(signature(r));
            }
            m
        };
        let (got_rules, want_rules) = (by_clause(&got), by_clause(&want));
        let clauses: BTreeSet<String> = want.clauses.iter().map(|c| c.citation.clone()).collect();
        // An address is recognised when a rule the hand-written policy has there
        // (or deeper) is among the imported rules at the same clause.
        let matches = |addr: &str| {
            want_rules
                .iter()
                .filter(|(c, _)| *c == addr || c.starts_with(&format!("{addr} ")))
                .any(|(c, sigs)| {
                    got_rules
                        .get(c)
                        .is_some_and(|g| sigs.iter().any(|s| g.contains(s)))
                })
        };
        let inventory =
            std::fs::read_to_string(root().join(format!("tests/data/inventory/{key}.tsv")))
                .expect("inventory");
        let (mut n, mut ok) = (0, 0);
        for line in inventory
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let Some((_, address)) = line.split_once('\t') else {
                continue;
            };
            n += 1;
            let missing = addresses::check_row(address, &clauses, &matches);
            if missing.is_empty() {
                ok += 1;
            } else if std::env::var_os("IMPORT_DEBUG").is_some() {
                let all = std::env::var_os("IMPORT_DEBUG").is_some_and(|v| v == "all");
                eprintln!("ROW {line} missing {}", missing.len());
                for m in missing.iter().take(if all { usize::MAX } else { 2 }) {
                    let w = want_rules.get(m.as_str()).map(|s| {
                        s.iter()
                            .map(|x| {
                                x.1.chars()
                                    .take(if all { 4000 } else { 160 })
                                    .collect::<String>()
                            })
                            .collect::<Vec<_>>()
                    });
                    let g = got_rules.get(m.as_str()).map(|s| {
                        s.iter()
                            .map(|x| {
                                x.1.chars()
                                    .take(if all { 4000 } else { 160 })
                                    .collect::<String>()
                            })
                            .collect::<Vec<_>>()
                    });
                    eprintln!("{key} {m}\n   want {w:?}\n   got  {g:?}");
                }
            }
        }
        lines.push(format!(
            "{seed}: {ok} of {n} inventory rows recognised ({:.0}%)",
            100.0 * ok as f64 / n as f64
        ));
        rows += n;
        recognised += ok;
    }
    let share = recognised as f64 / rows as f64;
    for l in &lines {
        eprintln!("{l}");
    }
    eprintln!(
        "all seeds: {recognised} of {rows} rows ({:.0}%)",
        share * 100.0
    );
    // The floor this importer reaches today (72%); the goal is 80%.
    assert!(
        share >= 0.71,
        "{:.0}% of the inventory's rows recognised",
        share * 100.0
    );
}

/// Codes of findings that need only the structure and the text: references,
/// numbering, digits against words, names of another region.
const TEXT_LEVEL: &[&str] = &[
    "PSL101", "PSL102", "PSL201", "PSL301", "PSL302", "PSL303", "PSL305", "PSL306", "PSL701",
    "PSL702",
];

/// `pasal check` on a seed text finds the text-level defects it finds on the
/// hand-written policy, at the same clauses.
#[test]
fn checking_a_seed_text_finds_the_text_level_defects() {
    for (seed, policy, _) in SEEDS {
        let found = |findings: &[pasal::diagnostics::Finding]| -> BTreeSet<(String, String)> {
            findings
                .iter()
                .filter(|f| TEXT_LEVEL.contains(&f.code.as_str()))
                .map(|f| (f.code.to_string(), f.clause.clone().unwrap_or_default()))
                .collect()
        };
        let draft = pasal::driver::compile_draft(&seeds().join(seed), &Options::default());
        let hand =
            pasal::driver::compile_path(&root().join("policies").join(policy), &Options::default());
        let (got, want) = (found(&draft.findings), found(&hand.findings));
        eprintln!(
            "{seed}: {} text-level findings on the hand-written policy, {} on the draft",
            want.len(),
            got.len()
        );
        assert_eq!(
            got.difference(&want).collect::<Vec<_>>(),
            Vec::<&(String, String)>::new(),
            "{seed}: found on the draft only"
        );
        assert_eq!(
            want.difference(&got).collect::<Vec<_>>(),
            Vec::<&(String, String)>::new(),
            "{seed}: found on the hand-written policy only"
        );
        // Every finding on the draft points at a line of the draft itself.
        let text = std::fs::read_to_string(seeds().join(seed)).expect("seed");
        for f in &draft.findings {
            assert_eq!(
                f.file.text, text,
                "{seed}: {} points into the draft",
                f.code
            );
        }
    }
}

/// Drafts of regions we do not have, written for these tests with other
/// numbering habits (`1)` and `a)` lists, running headers and page numbers,
/// a word hyphenated across lines): what import writes, snapshotted.
#[test]
fn drafts_of_other_regions_import() {
    let dir = root().join("tests/fixtures/import");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| pasal::import::is_draft(p))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for path in names {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("draft")
            .to_string();
        let bytes = std::fs::read(&path).expect("read");
        let imported = pasal::import::import_bytes(&name, &bytes).expect("imports");
        compile(&name, &imported.source);
        let formatted = pasal::format::format_text(&name, &imported.source).expect("formats");
        assert_eq!(
            pasal::format::format_text(&name, &formatted)
                .as_deref()
                .ok(),
            Some(formatted.as_str()),
            "{name}: the import is already in fmt layout"
        );
        insta::assert_snapshot!(name.clone(), formatted);
    }
}

#[test]
fn files_that_are_not_drafts_are_refused_with_how_to_convert() {
    for (name, bytes) in [
        ("draft.pdf", &b"%PDF-1.7 ..."[..]),
        ("draft.doc", &b"\xd0\xcf\x11\xe0"[..]),
        ("empty.txt", &b"  \n"[..]),
        ("notes.txt", &b"rapat hari ini membahas jadwal"[..]),
        ("latin1.txt", &b"Pasal 1\n\xe9"[..]),
    ] {
        let e = pasal::import::import_bytes(name, bytes).expect_err("refused");
        assert!(!e.message.en.is_empty() && !e.help.en.is_empty(), "{name}");
        assert!(
            e.message.id.contains(name) && !e.help.id.is_empty(),
            "{name}"
        );
    }
}

/// A Word file as drafters write it: the labels are Word's automatic list
/// numbering (numbering.xml), not typed.
fn docx(paragraphs: &[(&str, Option<(u32, u32)>)]) -> Vec<u8> {
    use std::io::Write;
    let mut body = String::new();
    for (text, num) in paragraphs {
        let ppr = num.map_or(String::new(), |(id, lvl)| {
            format!("<w:pPr><w:numPr><w:ilvl w:val=\"{lvl}\"/><w:numId w:val=\"{id}\"/></w:numPr></w:pPr>")
        });
        body.push_str(&format!(
            "<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"
        ));
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let numbering = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
        <w:abstractNum w:abstractNumId=\"7\">\
          <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"(%1)\"/></w:lvl>\
          <w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2.\"/></w:lvl>\
          <w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3)\"/></w:lvl>\
        </w:abstractNum>\
        <w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/></w:num>\
        <w:num w:numId=\"4\"><w:abstractNumId w:val=\"7\"/></w:num>\
      </w:numbering>";
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("word/document.xml", options).expect("zip");
        zip.write_all(document.as_bytes()).expect("zip");
        zip.start_file("word/numbering.xml", options).expect("zip");
        zip.write_all(numbering.as_bytes()).expect("zip");
        zip.finish().expect("zip");
    }
    out.into_inner()
}

#[test]
fn a_word_file_with_automatic_numbering_imports() {
    let bytes = docx(&[
        ("PERATURAN WALI KOTA CONTOH", None),
        ("NOMOR 3 TAHUN 2026", None),
        ("TENTANG", None),
        ("PENGISIAN JABATAN PIMPINAN TINGGI PRATAMA", None),
        ("DENGAN RAHMAT TUHAN YANG MAHA ESA", None),
        ("BAB I", None),
        ("KETENTUAN UMUM", None),
        ("Pasal 1", None),
        ("Syarat calon meliputi:", Some((3, 0))),
        (
            "berusia paling tinggi 56 (lima puluh enam) tahun pada saat pengangkatan;",
            Some((3, 1)),
        ),
        ("sehat jasmani dan rohani; dan", Some((3, 1))),
        ("memiliki pendidikan:", Some((3, 1))),
        ("paling rendah sarjana;", Some((3, 2))),
        (
            "Calon diumumkan oleh Pansel &amp; Sekretariat.",
            Some((3, 0)),
        ),
        ("Pasal 2", None),
        (
            "Pansel berjumlah ganjil paling sedikit 5 (lima) orang.",
            Some((4, 0)),
        ),
        ("Pansel dibentuk oleh PPK.", Some((4, 0))),
    ]);
    let text = pasal::import::docx::text(&bytes).expect("reads the docx");
    assert!(
        text.contains("(2) Calon diumumkan oleh Pansel & Sekretariat."),
        "{text}"
    );
    assert!(
        text.contains("c. memiliki pendidikan:\n1) paling rendah sarjana;"),
        "{text}"
    );
    let imported = pasal::import::import_bytes("draft.docx", &bytes).expect("imports");
    let policy = compile("draft.docx", &imported.source);
    let citations: Vec<&str> = policy.clauses.iter().map(|c| c.citation.as_str()).collect();
    assert_eq!(
        citations,
        [
            "Pasal 1",
            "Pasal 1 ayat (1)",
            "Pasal 1 ayat (1) huruf a",
            "Pasal 1 ayat (1) huruf b",
            "Pasal 1 ayat (1) huruf c",
            "Pasal 1 ayat (1) huruf c angka 1",
            "Pasal 1 ayat (2)",
            "Pasal 2",
            "Pasal 2 ayat (1)",
            "Pasal 2 ayat (2)",
        ]
    );
    let rules: Vec<String> = policy.rules.iter().map(|r| r.kind.summary()).collect();
    assert!(rules.iter().any(|r| r.contains("usia")), "{rules:?}");
    // Findings on a Word draft point at its paragraph, quoted.
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("draft.docx");
    std::fs::write(&path, &bytes).expect("write");
    let checked = pasal::driver::compile_draft(&path, &Options::default());
    for f in &checked.findings {
        assert_eq!(f.file.text, text, "{} {}", f.code, f.message);
    }
}

#[test]
fn a_corrupt_word_file_is_refused() {
    for bytes in [&b"PK\x03\x04 broken"[..], &b"not a zip"[..]] {
        let e = pasal::import::import_bytes("draft.docx", bytes).expect_err("refused");
        assert!(e.message.en.contains("draft.docx"), "{}", e.message.en);
    }
}

/// Inputs the import fuzz target found (fuzz/README.md): each imports and
/// formats, or is refused with a message.
#[test]
fn fuzz_regressions_import_and_format() {
    let dir = root().join("tests/fixtures/import-regressions");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("regressions")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    for path in paths {
        let bytes = std::fs::read(&path).expect("read");
        for name in ["fuzz.txt", "fuzz.docx"] {
            if let Ok(imported) = pasal::import::import_bytes(name, &bytes) {
                let formatted = pasal::format::format_text(name, &imported.source);
                assert!(formatted.is_ok(), "{}: {formatted:?}", path.display());
            }
        }
    }
}

/// A short draft whose Pasal 2 states the panel's composition with `chapeau`.
fn composition_draft(chapeau: &str) -> String {
    format!(
        "PERATURAN BUPATI SUNGAI RAYA\nNOMOR 4 TAHUN 2026\n\nTENTANG\n\nSELEKSI TERBUKA JABATAN PIMPINAN TINGGI PRATAMA\n\n\
         DENGAN RAHMAT TUHAN YANG MAHA ESA\n\nBUPATI SUNGAI RAYA,\n\nBAB I\nKETENTUAN UMUM\n\nPasal 1\n\n\
         Dalam Peraturan Bupati ini yang dimaksud dengan:\n1. Panitia Seleksi yang selanjutnya disebut Pansel adalah tim yang dibentuk oleh Bupati.\n\n\
         BAB II\nPANITIA SELEKSI\n\nPasal 2\n\n{chapeau}\na. pejabat pimpinan tinggi di lingkungan Pemerintah Kabupaten;\n\
         b. pejabat dari instansi pemerintah lain; dan\nc. akademisi atau profesional.\n"
    )
}

/// A composition the draft states with "dapat" imports as optional elements,
/// so the optional-composition lint (PSL606) fires on the draft itself; the
/// same composition stated as an obligation does not.
#[test]
fn an_optional_panel_composition_in_a_draft_is_reported() {
    let dir = tempfile::tempdir().expect("temp");
    let codes = |chapeau: &str| -> Vec<String> {
        let path = dir.path().join("draft.txt");
        std::fs::write(&path, composition_draft(chapeau)).expect("write");
        let checked = pasal::driver::compile_draft(&path, &Options::default());
        checked
            .findings
            .iter()
            .map(|f| format!("{} {}", f.code, f.clause.clone().unwrap_or_default()))
            .collect()
    };
    let optional = codes("Pansel dapat terdiri atas unsur:");
    assert!(
        optional.iter().any(|c| c == "PSL606 Pasal 2 huruf a"),
        "{optional:?}"
    );
    let required = codes("Pansel terdiri atas unsur:");
    assert!(
        !required.iter().any(|c| c.starts_with("PSL606")),
        "{required:?}"
    );
}
