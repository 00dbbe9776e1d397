//! Cases of the layout and of comment keeping, one construct at a time.

use super::{format_text, same_meaning, FormatError};
use crate::codes::Code;

fn fmt(text: &str) -> String {
    let out = format_text("t.pasal", text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    assert!(same_meaning(text, &out).is_ok());
    assert_eq!(
        format_text("t.pasal", &out).ok().as_deref(),
        Some(out.as_str()),
        "not idempotent"
    );
    out
}

#[test]
fn one_rule_that_fits_goes_beside_the_text() {
    assert_eq!(
        fmt("pasal 1 {\n huruf a \"x;\" {\n syarat pns } }"),
        "pasal 1 {\n  huruf a \"x;\" => syarat pns\n}\n"
    );
}

#[test]
fn a_printed_label_form_is_kept() {
    assert_eq!(
        fmt("pasal 1 { huruf a)  \"x;\" => syarat pns\n angka 2.{ \"y\" } }"),
        "pasal 1 {\n  huruf a) \"x;\" => syarat pns\n  angka 2. {\n    \"y\"\n  }\n}\n"
    );
}

#[test]
fn several_rules_go_one_per_line() {
    assert_eq!(
        fmt("pasal 1 \"x\" => fakta a => syarat a"),
        "pasal 1 \"x\"\n  => fakta a\n  => syarat a\n"
    );
}

#[test]
fn a_clause_with_sub_clauses_keeps_its_rules_in_braces() {
    assert_eq!(
        fmt("pasal 1 { ayat (1) \"x\" { => daftar d lengkap huruf a \"y\" => butir b } }"),
        "pasal 1 {\n  ayat (1) \"x\" {\n    daftar d lengkap\n    huruf a \"y\" => butir b\n  }\n}\n"
    );
}

#[test]
fn parentheses_are_kept_where_the_tree_needs_them() {
    assert_eq!(
        fmt("pasal 1 => syarat ((a atau b) atau c) dan tidak (tidak d) dan (e dan f)"),
        "pasal 1 => syarat ((a atau b) atau c) dan tidak (tidak d) dan (e dan f)\n"
    );
}

#[test]
fn action_parts_take_the_canonical_order() {
    assert_eq!(
        fmt("pasal 1 => wajib laporan sebelum pelantikan kepada kasn oleh ppk"),
        "pasal 1 => wajib laporan oleh ppk kepada kasn sebelum pelantikan\n"
    );
}

#[test]
fn a_range_stays_a_range_and_digits_stay_as_written() {
    assert_eq!(
        fmt("pasal 1 => bobot p m 15 % sampai dengan 20.50 %"),
        "pasal 1 => bobot p m 15% sampai dengan 20.50%\n"
    );
}

#[test]
fn a_clause_scope_goes_before_its_text() {
    assert_eq!(
        fmt("pasal 1 { huruf a \"x\" melalui mutasi }"),
        "pasal 1 {\n  huruf a melalui mutasi \"x\"\n}\n"
    );
}

#[test]
fn an_empty_clause_keeps_its_braces_so_a_reference_cannot_swallow_it() {
    let out = fmt("pasal 1 {\n  rujuk ayat (1)\n  huruf b {}\n}\n");
    assert_eq!(out, "pasal 1 {\n  rujuk ayat (1)\n  huruf b {}\n}\n");
}

#[test]
fn a_basis_citation_before_another_arrow_keeps_braces() {
    let text = "pasal 1 {\n  huruf a \"x\" {\n    syarat a dasar ayat (1)\n    syarat b\n  }\n}\n";
    assert_eq!(fmt(text), text);
}

#[test]
fn long_text_wraps_at_single_spaces_only() {
    let words = "kata ".repeat(30);
    let text = format!("pasal 1 \"{}dua  spasi\"\n", words);
    let out = fmt(&text);
    assert!(out.lines().all(|l| l.chars().count() <= 90), "{out}");
    assert!(out.contains("\n    kata"), "{out}");
    assert!(out.contains("dua  spasi"), "{out}");
}

#[test]
fn comments_stay_beside_before_or_under_their_clause() {
    let text = "\
// kepala berkas

pasal 1 { // pembuka
  // sebelum ayat
  ayat (1) \"x\" // di samping
    // di bawah ayat (1)
  ayat (2) \"y\" {
    syarat a
    // sebelum penutup kurung
  } // setelah kurung
}
// akhir berkas
";
    let out = fmt(text);
    assert_eq!(
        out,
        "\
// kepala berkas

pasal 1 { // pembuka
  // sebelum ayat
  ayat (1) \"x\" // di samping
    // di bawah ayat (1)
  ayat (2) \"y\" {
    syarat a
    // sebelum penutup kurung
  } // setelah kurung
}

// akhir berkas
"
    );
}

#[test]
fn a_comment_inside_a_rule_moves_before_it() {
    assert_eq!(
        fmt("pasal 1 {\n  syarat usia // umur\n    paling tinggi 56 tahun\n}\n"),
        "pasal 1\n  // umur\n  => syarat usia paling tinggi 56 tahun\n"
    );
}

#[test]
fn escapes_and_line_breaks_in_text_are_kept() {
    assert_eq!(
        fmt("pasal 1 \"a \\\"b\\\" c\\\\d\\ne\""),
        "pasal 1 \"a \\\"b\\\" c\\\\d\\ne\"\n"
    );
}

#[test]
fn syntax_errors_are_reported_not_formatted() {
    match format_text("t.pasal", "pasal 1 {\n  syaratx a\n}\n") {
        Err(FormatError::Invalid(f)) => {
            assert_eq!(f.first().map(|f| f.code), Some(Code::SyntaxError))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn blank_lines_between_units_are_one() {
    assert_eq!(
        fmt("bab I \"A\"\n\n\n\npasal 1 \"x\"\npasal 2 \"y\"\n"),
        "bab I \"A\"\n\npasal 1 \"x\"\n\npasal 2 \"y\"\n"
    );
}
