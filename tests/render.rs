//! `pasal render`: snapshots of a small fixture (Markdown, HTML, annotated) and
//! of one seed; and, over every bundled policy, a check that every clause
//! text and heading of the source appears in the rendering in the source's
//! order with the law's numbering — computed here independently from the
//! syntax tree, not from the IR the renderer reads.

// Helpers shared by the tests fail the test with a message.
#![allow(clippy::expect_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::ast::{ClauseKind, HeadingKind, Item, Unit};
use pasal::render::{self, Document};
use pasal::{driver, syntax};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn document(path: &Path, annotate: bool) -> Document {
    let c = driver::compile_path(path, &Options::default());
    assert!(!c.unusable, "{}: {:?}", path.display(), c.findings);
    let policy = c.policy.expect("compiled");
    Document::from_policy(&policy, render::Options { annotate })
}

fn md(path: &Path) -> String {
    render::markdown::render(&document(path, false))
}

fn html(path: &Path) -> String {
    render::html::render(&document(path, false))
}

#[test]
fn fixture_markdown() {
    let path = root().join("tests/fixtures/render/kecil.pasal");
    insta::assert_snapshot!("kecil_md", md(&path));
}

#[test]
fn fixture_html() {
    let path = root().join("tests/fixtures/render/kecil.pasal");
    insta::assert_snapshot!("kecil_html", html(&path));
}

#[test]
fn fixture_markdown_annotated() {
    let path = root().join("tests/fixtures/render/kecil.pasal");
    insta::assert_snapshot!(
        "kecil_annotated_md",
        render::markdown::render(&document(&path, true))
    );
}

#[test]
fn seed_markdown() {
    let path = root().join("policies/kota-tasikmalaya-2023-20.pasal");
    insta::assert_snapshot!("kota_tasikmalaya_2023_20_md", md(&path));
}

/// The law's marker of a clause: "(1)"; "a." and "1." in the first two levels
/// of rincian; "a)" and "1)" below an angka (UU 12/2011 Lampiran II no. 87).
/// The label as printed: the form the policy records (`huruf a)`), else
/// Lampiran II's sequence (`a)` and `1)` below an angka).
fn marker(c: &pasal::ast::Clause, angka_above: usize) -> String {
    let number = &c.number.value;
    match c.kind {
        ClauseKind::Pasal => format!("Pasal {number}"),
        ClauseKind::Ayat => format!("({number})"),
        _ if c.form == Some(pasal::ast::LabelForm::Paren) => format!("{number})"),
        _ if c.form == Some(pasal::ast::LabelForm::Dot) => format!("{number}."),
        _ if angka_above > 0 => format!("{number})"),
        _ => format!("{number}."),
    }
}

fn clause_tokens(c: &pasal::ast::Clause, angka_above: usize, out: &mut Vec<String>) {
    let m = marker(c, angka_above);
    match (&c.text, c.kind) {
        (Some(t), ClauseKind::Pasal) => {
            out.push(m);
            out.push(t.value.clone());
        }
        (Some(t), _) => out.push(format!("{m} {}", t.value)),
        (None, _) => out.push(m),
    }
    let below = angka_above + usize::from(c.kind == ClauseKind::Angka);
    for item in &c.items {
        match item {
            Item::Text(t) => out.push(t.value.clone()),
            Item::Clause(sub) => clause_tokens(sub, below, out),
            _ => {}
        }
    }
}

/// Every piece of the law's text, in file order, as the rendering must show it.
fn expected_tokens(path: &Path) -> Vec<String> {
    let bytes = std::fs::read(path).expect("readable");
    let (file, _) = syntax::load(&path.display().to_string(), &bytes);
    let (doc, _) = syntax::parse(&file.expect("loaded"));
    let mut out = Vec::new();
    for unit in &doc.units {
        match unit {
            Unit::Menimbang(items, _) | Unit::Mengingat(items, _) => {
                for i in items {
                    out.push(format!("{}. {}", i.number.value, i.text.value));
                }
            }
            Unit::Memutuskan(t) => out.push(format!("Menetapkan : {}", t.value)),
            Unit::Heading(h) => {
                let n = h.number.as_ref().map(|n| n.value.clone());
                out.push(match (h.kind, n) {
                    (HeadingKind::Bagian, Some(n)) => {
                        let mut cs = n.chars();
                        let cap: String = cs
                            .next()
                            .map(|f| f.to_uppercase().chain(cs).collect())
                            .unwrap_or_default();
                        format!("Bagian {cap}")
                    }
                    (k, Some(n)) => format!("{} {n}", k.word()),
                    (k, None) => k.word().to_string(),
                });
                out.push(h.title.value.clone());
            }
            Unit::Pasal(c) => clause_tokens(c, 0, &mut out),
            Unit::Penutup(ts, _) => out.extend(ts.iter().map(|t| t.value.clone())),
            Unit::Identity(_) => {}
        }
    }
    out
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Markdown without its escapes.
fn md_plain(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('\n') | None => out.push(' '),
                Some(n) => out.push(n),
            }
        } else {
            out.push(c);
        }
    }
    collapse(&out)
}

/// HTML without its tags and entities.
fn html_plain(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    collapse(&html_escape::decode_html_entities(&out))
}

fn assert_in_order(name: &str, rendered: &str, tokens: &[String]) {
    let mut at = 0;
    for t in tokens {
        let t = collapse(t);
        match rendered.get(at..).and_then(|rest| rest.find(&t)) {
            Some(i) => at += i + t.len(),
            None => panic!(
                "{name}: `{t}` is missing or out of order; rendering from there: {}",
                rendered
                    .get(at..)
                    .unwrap_or("")
                    .chars()
                    .take(300)
                    .collect::<String>()
            ),
        }
    }
}

#[test]
fn every_bundled_policy_renders_every_text_in_order_with_its_numbering() {
    let (files, errors) = driver::expand_paths(&[root().join("policies")]);
    assert!(errors.is_empty(), "{errors:?}");
    assert!(files.len() >= 6, "{files:?}");
    for f in &files {
        let tokens = expected_tokens(f);
        assert!(
            tokens.len() > 20,
            "{}: {} tokens",
            f.display(),
            tokens.len()
        );
        let name = f.display().to_string();
        assert_in_order(&name, &md_plain(&md(f)), &tokens);
        assert_in_order(&name, &html_plain(&html(f)), &tokens);
    }
}

#[test]
fn nested_rincian_are_numbered_as_the_law_numbers_them() {
    let path = root().join("tests/fixtures/render/kecil.pasal");
    let m = md_plain(&md(&path));
    assert!(
        m.contains("- a. berpendidikan")
            && m.contains("- 1. ijazah;")
            && m.contains("- a) sehat;")
            && m.contains("- 1) tes urine; dan"),
        "{m}"
    );
}

#[test]
fn heading_block_and_closing_are_rendered() {
    let path = root().join("policies/kota-pagar-alam-2021-25.pasal");
    let m = md_plain(&md(&path));
    for part in [
        "WALIKOTA PAGAR ALAM PROVINSI SUMATERA SELATAN # PERATURAN WALIKOTA PAGAR ALAM NOMOR 25 TAHUN 2021 TENTANG",
        "DENGAN RAHMAT TUHAN YANG MAHA ESA WALIKOTA PAGAR ALAM, Menimbang : - a. bahwa",
        "Mengingat : - 1. Undang-Undang Nomor 8 Tahun 2001",
        "MEMUTUSKAN: Menetapkan : PERATURAN WALIKOTA TENTANG",
        "## BAB I — KETENTUAN UMUM ### Pasal 1",
        "Ditetapkan di Pagar Alam pada tanggal 11 Juni 2021 WALIKOTA PAGAR ALAM, ALPIAN MASKONI",
        "Diundangkan di Kota Pagar Alam pada tanggal 11 Juni 2021 SEKRETARIS DAERAH KOTA PAGAR ALAM, SAMSUL BAHRI BURLIAN",
        "BERITA DAERAH KOTA PAGAR ALAM TAHUN 2021 NOMOR 25",
    ] {
        assert!(m.contains(part), "missing `{part}`");
    }
}

#[test]
fn html_is_a_page_in_indonesian_with_escaped_text() {
    let path = root().join("tests/fixtures/render/kecil.pasal");
    let h = html(&path);
    assert!(h.starts_with("<!DOCTYPE html>\n<html lang=\"id\">"));
    assert!(h.contains("<meta charset=\"utf-8\">"));
    assert!(!h.contains("<b>") && !h.contains("<script") && !h.contains("src="));
    assert!(h.contains("PNS &lt;b&gt;*sesuai*&lt;/b&gt; &amp; [tautan](x)"));
    for tag in ["ol", "li", "section", "div", "p"] {
        assert_eq!(
            h.matches(&format!("<{tag}>")).count() + h.matches(&format!("<{tag} ")).count(),
            h.matches(&format!("</{tag}>")).count(),
            "unbalanced <{tag}>"
        );
    }
}

#[test]
fn markdown_escapes_the_laws_text() {
    let path = root().join("tests/fixtures/render/kecil.pasal");
    let m = md(&path);
    assert!(m.contains("PNS \\<b\\>\\*sesuai\\*\\</b\\> \\& \\[tautan\\](x) \\_miring\\_."));
}

#[test]
fn rendering_is_byte_identical_across_runs() {
    let path = root().join("policies/kabupaten-tebo-2021-46.pasal");
    assert_eq!(md(&path), md(&path));
    assert_eq!(html(&path), html(&path));
}

#[test]
fn every_error_fixture_that_compiles_renders_without_panicking() {
    let dir = root().join("tests/fixtures/errors");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        let c = driver::compile_path(&p, &Options::default());
        if let Some(policy) = c.policy {
            let doc = Document::from_policy(&policy, render::Options { annotate: true });
            let _ = render::markdown::render(&doc);
            let _ = render::html::render(&doc);
        }
    }
}

fn pasal() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pasal"))
}

#[test]
fn cli_writes_the_file_named_by_o() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("kecil.html");
    let status = pasal()
        .args(["render", "--to", "html", "-o"])
        .arg(&out)
        .arg(root().join("tests/fixtures/render/kecil.pasal"))
        .status()
        .expect("runs");
    assert!(status.success());
    let written = std::fs::read_to_string(&out).expect("written");
    assert_eq!(
        written,
        html(&root().join("tests/fixtures/render/kecil.pasal"))
    );
}

#[test]
fn cli_refuses_unreadable_and_unparsable_input_with_status_2() {
    let o = pasal()
        .args(["render", "tidak/ada.pasal"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("PSL000"));
    let o = pasal()
        .arg("render")
        .arg(root().join("tests/fixtures/errors/syntax_every_error_reported.pasal"))
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let o = pasal()
        .args(["render", "--to", "pdf", "x.pasal"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn control_characters_are_not_copied_into_a_rendering() {
    // The PSL710 fixture holds a NUL, escape sequences, a DEL and a form feed.
    let fixture = root().join("tests/fixtures/lints/PSL710.pasal");
    let source = std::fs::read_to_string(&fixture).expect("fixture");
    assert!(source.contains('\0') && source.contains('\u{1b}'));
    for (to, annotate) in [("md", false), ("html", false), ("md", true)] {
        let mut cmd = pasal();
        cmd.args(["render", "--to", to]).arg(&fixture);
        if annotate {
            cmd.arg("--annotate");
        }
        let o = cmd.output().expect("runs");
        // A finding of the law (PSL710) does not stop a rendering.
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let text = String::from_utf8(o.stdout).expect("UTF-8");
        let bad: Vec<char> = text
            .chars()
            .filter(|c| c.is_control() && *c != '\n' && *c != '\t')
            .collect();
        assert!(bad.is_empty(), "{to}: {bad:?}");
        // The text around them is kept.
        assert!(text.contains("jasmanidan rohani"), "{to}: {text}");
        assert!(text.contains("lima belas) hari kalender"), "{to}: {text}");
    }
}
