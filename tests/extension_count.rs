//! The number of extensions made as a quantity a condition compares
//! (`perpanjangan(pengumuman) paling sedikit 2`, "setelah 2 kali diperpanjang"):
//! lowered to the IR, printed back by fmt and render, judged by verify at its
//! boundary, and refused where it cannot stand.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::check::case::load_case;
use pasal::check::verify::{verify, Status};
use pasal::driver;
use pasal::ir::{Cond, FactKey};

const POLICY: &str = r#"peraturan {
  jenis peraturan_bupati
  judul "Uji"
  daerah kabupaten "Uji"
  provinsi "Uji"
  nomor 1
  tahun 2024
  tentang "Uji"
}

pasal 1 untuk jpt_pratama melalui seleksi_terbuka {
  ayat (1) "Setelah 2 (dua) kali diperpanjang namun pelamar hanya berjumlah 3 (tiga)
      orang, KASN dapat memberikan rekomendasi untuk dilakukan proses seleksi."
    => dapat rekomendasi oleh kasn jika perpanjangan(pengumuman) paling sedikit 2 dan pelamar tepat 3
  ayat (2) "Setelah seleksi diperpanjang 1 (satu) kali, PPK wajib melapor kepada KASN."
    => wajib laporan oleh ppk kepada kasn jika perpanjangan(seleksi) paling sedikit 1
}
"#;

fn compile(text: &str) -> driver::Compiled {
    driver::compile_bytes("t.pasal", text.as_bytes(), None, &Options::default())
}

#[test]
fn the_count_is_a_condition_in_the_ir_and_prints_back() {
    let c = compile(POLICY);
    assert!(!c.unusable, "{:?}", c.findings);
    let p = c.policy.unwrap();
    let Some(Cond::And { all }) = &p.rules[0].condition else {
        panic!("a conjunction: {:?}", p.rules[0].condition);
    };
    let Cond::Compare { fact, interval, .. } = &all[0] else {
        panic!("a comparison");
    };
    assert_eq!(fact, &FactKey::Extensions("pengumuman".into()));
    assert_eq!(interval.words(), "paling sedikit 2");
    assert_eq!(
        p.rules[0].condition.as_ref().unwrap().words(),
        "perpanjangan(pengumuman) paling sedikit 2 dan pelamar tepat 3"
    );
    let out = pasal::format::format_text("t.pasal", POLICY).expect("formats");
    assert!(out.contains(
        "dapat rekomendasi oleh kasn jika perpanjangan(pengumuman) paling sedikit 2 dan pelamar tepat 3"
    ));
    assert_eq!(pasal::format::format_text("t.pasal", &out).unwrap(), out);
    let note = pasal::render::rule_note(&p.rules[0]);
    assert!(
        note.contains("perpanjangan(pengumuman) paling sedikit 2"),
        "{note}"
    );
}

fn status(rule: usize, case: &str) -> Option<Status> {
    let p = compile(POLICY).policy.unwrap();
    let case = load_case(case).unwrap();
    let id = p.rules[rule].id.clone();
    verify(&p, &case)
        .unwrap()
        .verdicts
        .into_iter()
        .find(|v| v.rule == id)
        .map(|v| v.status)
}

fn announced(extensions: usize, applicants: u32) -> String {
    let ext: Vec<String> = (0..extensions)
        .map(|i| {
            format!(
                r#"{{"new_deadline": "2024-03-{}", "applicants": 3}}"#,
                23 + 7 * i
            )
        })
        .collect();
    format!(
        r#"{{"vacancy": {{"level": "jpt_pratama", "mechanism": "seleksi_terbuka"}},
        "announcement": {{"start": "2024-03-01", "deadline": "2024-03-16", "extensions": [{}]}},
        "applicants": {applicants},
        "actions": [{{"action": "rekomendasi", "by": "kasn", "date": "2024-04-10"}}]}}"#,
        ext.join(",")
    )
}

#[test]
fn setelah_two_extensions_holds_from_the_second_on() {
    assert_eq!(status(0, &announced(2, 3)), Some(Status::Satisfied));
    assert_eq!(status(0, &announced(1, 3)), Some(Status::Violated));
    assert_eq!(status(0, &announced(0, 3)), Some(Status::Violated));
    assert_eq!(status(0, &announced(2, 4)), Some(Status::Violated));
    // No announcement recorded: the extensions made are not known.
    let none = r#"{"vacancy": {"level": "jpt_pratama", "mechanism": "seleksi_terbuka"},
        "applicants": 3, "actions": [{"action": "rekomendasi", "by": "kasn"}]}"#;
    assert_eq!(status(0, none), Some(Status::Unknown));
    // Not used: a permission is not judged.
    let unused = announced(2, 3).replace("rekomendasi", "lain");
    assert_eq!(status(0, &unused), None);
}

#[test]
fn other_extensions_are_the_case_count() {
    let case = |n: &str| {
        format!(
            r#"{{"vacancy": {{"level": "jpt_pratama", "mechanism": "seleksi_terbuka"}},
            {n} "actions": [], "actions_complete": true}}"#
        )
    };
    // The obligation applies once the selection was extended.
    assert_eq!(
        status(1, &case(r#""counts": {"perpanjangan_seleksi": 1},"#)),
        Some(Status::Violated)
    );
    assert_eq!(
        status(1, &case(r#""counts": {"perpanjangan_seleksi": 0},"#)),
        None,
        "not applicable"
    );
    assert_eq!(status(1, &case("")), Some(Status::Unknown));
}

#[test]
fn the_count_needs_a_subject_and_a_comparison() {
    for (bad, expect) in [
        ("jika perpanjangan(pengumuman)", "needs a comparison"),
        (
            "jika perpanjangan paling sedikit 2",
            "counts the extensions of one thing",
        ),
        (
            "jika perpanjangan(pengumuman|seleksi) paling sedikit 2",
            "counts the extensions of one thing",
        ),
    ] {
        let text = POLICY.replace("jika perpanjangan(seleksi) paling sedikit 1", bad);
        let c = compile(&text);
        let messages: Vec<String> = c.findings.iter().map(|f| f.message.clone()).collect();
        assert!(
            messages.iter().any(|m| m.contains(expect)),
            "{bad}: {messages:?}"
        );
    }
}

#[test]
fn each_extension_sees_the_extensions_made_before_it() {
    // "The first extension may be made; a further one only while at most 2 applied."
    let text = POLICY.replace(
        "  ayat (2)",
        "  ayat (3) \"Perpanjangan.\"\n    => dapat perpanjangan pengumuman paling banyak 2 kali jika perpanjangan(pengumuman) tepat 0 atau pelamar paling banyak 2\n  ayat (2)",
    );
    let p = compile(&text).policy.unwrap();
    let rule = p
        .rules
        .iter()
        .find(|r| r.citation == "Pasal 1 ayat (3)")
        .unwrap()
        .id
        .clone();
    let judge = |second: u32| {
        let case = load_case(&format!(
            r#"{{"vacancy": {{"level": "jpt_pratama", "mechanism": "seleksi_terbuka"}},
            "announcement": {{"start": "2024-03-01", "deadline": "2024-03-16", "extensions": [
              {{"new_deadline": "2024-03-23", "applicants": 3}},
              {{"new_deadline": "2024-03-30", "applicants": {second}}}]}}}}"#
        ))
        .unwrap();
        let v = verify(&p, &case)
            .unwrap()
            .verdicts
            .into_iter()
            .find(|v| v.rule == rule)
            .unwrap();
        (v.status, v.explanation)
    };
    // The first, with 3 applicants, had none before it: allowed.
    let (s, why) = judge(2);
    assert_eq!(s, Status::Satisfied, "{why}");
    // The second, with 3 applicants and one extension before it: not allowed.
    let (s, why) = judge(3);
    assert_eq!(s, Status::Violated, "{why}");
    assert!(why.contains("extension 2"), "{why}");
}
