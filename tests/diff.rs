//! `pasal diff`: snapshots of the comparison of two small fixtures made for it
//! (tests/fixtures/diff/) and of two seed regulations numbered differently,
//! the self-comparison of every bundled policy, and the exit statuses.

// Test helpers outside `#[test]` functions may fail loudly too.
#![allow(clippy::expect_used)]

use pasal::analysis::Options;
use pasal::diagnostics::Lang;
use pasal::diff::{self, Change};
use pasal::driver::{self, Compiled};
use pasal::ir::Policy;
use std::path::Path;
use std::process::Command;

const A: &str = "tests/fixtures/diff/a.pasal";
const B: &str = "tests/fixtures/diff/b.pasal";
const PAGAR_ALAM: &str = "policies/kota-pagar-alam-2021-25.pasal";
const TEBO: &str = "policies/kabupaten-tebo-2021-46.pasal";

/// Compiles a file given relative to the repository (cargo runs tests there),
/// so that reports name it relatively.
fn compile(rel: &str) -> Compiled {
    let c = driver::compile_path(Path::new(rel), &Options::default());
    assert!(!c.unusable, "{rel} does not compile");
    c
}

fn policy(c: &Compiled) -> &Policy {
    c.policy.as_ref().expect("a policy")
}

fn human(a: &str, b: &str, lang: Lang, all: bool) -> String {
    let (ca, cb) = (compile(a), compile(b));
    let d = diff::diff(policy(&ca), policy(&cb));
    diff::human::render(&d, lang, all, false)
}

#[test]
fn fixtures_human_id() {
    insta::assert_snapshot!(human(A, B, Lang::Id, false));
}

#[test]
fn fixtures_human_en_all() {
    insta::assert_snapshot!(human(A, B, Lang::En, true));
}

#[test]
fn fixtures_json() {
    let (ca, cb) = (compile(A), compile(B));
    let d = diff::diff(policy(&ca), policy(&cb));
    insta::assert_snapshot!(diff::json::render(&d, Lang::Id, false));
}

#[test]
fn seeds_numbered_differently() {
    insta::assert_snapshot!(human(PAGAR_ALAM, TEBO, Lang::Id, false));
}

#[test]
fn fixtures_match_across_renumbering() {
    let (ca, cb) = (compile(A), compile(B));
    let d = diff::diff(policy(&ca), policy(&cb));
    assert_eq!(d.count(Change::Changed), 2);
    assert_eq!(d.count(Change::Added), 1);
    assert_eq!(d.count(Change::Removed), 1);
    // Every rule that moved to another Pasal is still found.
    assert_eq!(d.count(Change::Unchanged), 9);
    let tenure = d
        .entries
        .iter()
        .find(|e| e.change == Change::Changed && e.key.category == pasal::ir::Category::Eligibility)
        .expect("the tenure requirement changed");
    assert_eq!(
        tenure.a.map(|r| r.citation.as_str()),
        Some("Pasal 2 huruf a")
    );
    assert_eq!(
        tenure.b.map(|r| r.citation.as_str()),
        Some("Pasal 3 ayat (2) huruf c")
    );
    let fields: Vec<_> = d.identity.iter().map(|c| c.field).collect();
    assert_eq!(fields, ["jenis", "daerah", "nomor", "tahun"]);
}

#[test]
fn reversed_comparison_swaps_added_and_removed() {
    for (a, b) in [(A, B), (PAGAR_ALAM, TEBO)] {
        let (ca, cb) = (compile(a), compile(b));
        let fwd = diff::diff(policy(&ca), policy(&cb));
        let back = diff::diff(policy(&cb), policy(&ca));
        assert_eq!(fwd.count(Change::Added), back.count(Change::Removed), "{a}");
        assert_eq!(fwd.count(Change::Removed), back.count(Change::Added), "{a}");
        assert_eq!(
            fwd.count(Change::Changed),
            back.count(Change::Changed),
            "{a}"
        );
    }
}

#[test]
fn a_policy_compared_with_itself_is_empty() {
    let (files, errors) = driver::expand_paths(&[
        Path::new(env!("CARGO_MANIFEST_DIR")).join("policies"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diff"),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    assert!(files.len() >= 6);
    for f in files {
        let c = driver::compile_path(&f, &Options::default());
        let p = policy(&c);
        let d = diff::diff(p, p);
        assert!(!d.differs(), "{} differs from itself", f.display());
        assert!(d.entries.iter().all(|e| e.change == Change::Unchanged));
        let json: serde_json::Value =
            serde_json::from_str(&diff::json::render(&d, Lang::En, false)).expect("JSON");
        assert_eq!(json["entries"], serde_json::json!([]));
        assert_eq!(json["summary"]["differ"], serde_json::json!(false));
    }
}

#[test]
fn output_is_deterministic() {
    let first = human(PAGAR_ALAM, TEBO, Lang::En, true);
    for _ in 0..3 {
        assert_eq!(human(PAGAR_ALAM, TEBO, Lang::En, true), first);
    }
}

fn pasal(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pasal"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("run pasal");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn exit_status() {
    // Differences are not an error unless asked for.
    assert_eq!(pasal(&["diff", A, B]).0, 0);
    assert_eq!(pasal(&["diff", A, B, "--exit-code"]).0, 1);
    assert_eq!(pasal(&["diff", A, A, "--exit-code"]).0, 0);
    let (code, out, _) = pasal(&["diff", A, B, "--format", "json", "--all"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON on stdout");
    assert_eq!(json["summary"]["unchanged"], serde_json::json!(9));
    // Unreadable or unparsable input: status 2 and a message naming the file.
    let (code, out, err) = pasal(&["diff", "tests/fixtures/diff/missing.pasal", B]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("missing.pasal"), "{err}");
    let broken = "tests/fixtures/errors/syntax_unclosed_brace.pasal";
    let (code, _, err) = pasal(&["diff", A, broken]);
    assert_eq!(code, 2);
    assert!(err.contains("PSL001") && err.contains(broken), "{err}");
}

/// A small policy with the given body (Pasal units), compiled from memory.
fn inline(name: &str, body: &str) -> Compiled {
    let text = format!(
        "peraturan {{\n  jenis peraturan_bupati\n  daerah kabupaten \"Uji\"\n  provinsi \"Jambi\"\n  nomor 1\n  tahun 2024\n  tentang \"UJI\"\n}}\nbab I \"UMUM\" untuk jpt_pratama melalui seleksi_terbuka\n{body}"
    );
    let c = driver::compile_bytes(name, text.as_bytes(), None, &Options::default());
    assert!(!c.unusable, "{name}: {:?}", c.findings);
    c
}

#[test]
fn a_renamed_fact_in_the_same_clause_is_paired_by_text() {
    let a = inline(
        "a",
        "pasal 1 \"Dalam hal jabatan digabung, Pejabat Pembina Kepegawaian menetapkan pejabat yang paling sesuai.\"\n  => fakta jpt_digabung\n",
    );
    let b = inline(
        "b",
        "pasal 4 \"Dalam hal jabatan digabung, Pejabat Pembina Kepegawaian menetapkan pejabat yang paling sesuai.\"\n  => fakta jabatan_digabung\n",
    );
    let d = diff::diff(policy(&a), policy(&b));
    assert_eq!(d.entries.len(), 1);
    let e = &d.entries[0];
    assert_eq!(e.change, Change::Changed);
    assert_eq!(e.matched_by, Some(diff::matching::MatchedBy::Text));
    assert_eq!(
        diff::text::message(e, &d, Lang::Id),
        "seleksi terbuka: fakta jpt_digabung → fakta jabatan_digabung, Pasal 1 → Pasal 4"
    );
}

#[test]
fn rules_of_one_key_pair_with_the_clause_that_still_says_it() {
    // Two announcements in A, one in B: the one through SIJAPTI is gone, the
    // other changed its channel in a clause that reads the same.
    let a = inline(
        "a",
        "pasal 1 {\n  ayat (1) \"Pengumuman dilakukan melalui media cetak nasional.\" => wajib pengumuman melalui media_cetak_nasional\n  ayat (2) \"Lowongan juga diumumkan dalam Sistem Informasi JPT (SIJAPTI) KASN.\" => wajib pengumuman melalui sijapti\n}\n",
    );
    let b = inline(
        "b",
        "pasal 2 \"Pengumuman dilakukan melalui media elektronik.\" => wajib pengumuman melalui media_elektronik\n",
    );
    let d = diff::diff(policy(&a), policy(&b));
    let changed: Vec<_> = d
        .entries
        .iter()
        .filter(|e| e.change == Change::Changed)
        .collect();
    assert_eq!(changed.len(), 1);
    assert_eq!(
        changed[0].a.map(|r| r.citation.as_str()),
        Some("Pasal 1 ayat (1)")
    );
    let removed: Vec<_> = d
        .entries
        .iter()
        .filter(|e| e.change == Change::Removed)
        .filter_map(|e| e.a.map(|r| r.citation.as_str()))
        .collect();
    assert_eq!(removed, ["Pasal 1 ayat (2)"]);
}
