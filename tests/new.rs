//! `pasal new`: a draft written next to a copy of the national baselines
//! checks clean (no error, no warning; info allowed) for every kind of
//! regional regulation, its `mengikuti` path is relative to where it is
//! written, and bad flags are refused with exit status 2.

// Helpers shared by the tests fail the test with a message.
#![allow(clippy::expect_used)]

use pasal::analysis::Options;
use pasal::diagnostics::Severity;
use pasal::driver;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary folder holding a copy of policies/nasional.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let nasional = dir.path().join("nasional");
    std::fs::create_dir(&nasional).expect("mkdir");
    for f in ["pp-11-2017.pasal", "uu-5-2014.pasal"] {
        std::fs::copy(root().join("policies/nasional").join(f), nasional.join(f)).expect("copy");
    }
    dir
}

fn pasal(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pasal"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("runs")
}

fn assert_clean(path: &Path) {
    let c = driver::compile_path(path, &Options::default());
    let bad: Vec<String> = c
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .map(|f| {
            let (l, col) = f.line_col();
            format!("{l}:{col} {} {}", f.code, f.message)
        })
        .collect();
    assert!(bad.is_empty(), "{}:\n{}", path.display(), bad.join("\n"));
    assert!(!c.unusable);
    let rules = c.policy.map_or(0, |p| p.rules.len());
    assert!(rules > 30, "only {rules} rules");
}

#[test]
fn every_kind_of_draft_checks_clean() {
    let ws = workspace();
    let cases: &[&[&str]] = &[
        &[
            "--jenis",
            "peraturan_bupati",
            "--daerah",
            "kabupaten Contoh",
            "--provinsi",
            "Jambi",
            "--nomor",
            "7",
            "--tahun",
            "2025",
        ],
        &[
            "--jenis",
            "peraturan_walikota",
            "--daerah",
            "Sungai Contoh",
            "--provinsi",
            "Sumatera Selatan",
            "--nomor",
            "12",
            "--tahun",
            "2023",
            "--tanggal",
            "2023-06-11",
        ],
        &[
            "--jenis",
            "peraturan_gubernur",
            "--daerah",
            "provinsi Jambi",
            "--nomor",
            "1",
            "--tahun",
            "2026",
            "--tentang",
            "PENGISIAN JABATAN PIMPINAN TINGGI PRATAMA",
        ],
    ];
    for (i, flags) in cases.iter().enumerate() {
        let file = format!("draft-{i}.pasal");
        let mut args = vec![
            "new",
            "--baseline",
            "nasional/pp-11-2017.pasal",
            "-o",
            file.as_str(),
        ];
        args.extend_from_slice(flags);
        let o = pasal(ws.path(), &args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let path = ws.path().join(&file);
        assert_clean(&path);
        let check = pasal(ws.path(), &["check", "--deny", "warnings", file.as_str()]);
        assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stdout)
        );
        let text = std::fs::read_to_string(&path).expect("draft");
        assert!(text.contains("mengikuti \"nasional/pp-11-2017.pasal\""));
        // Already in the canonical layout.
        let fmt = pasal(ws.path(), &["fmt", "--check", file.as_str()]);
        assert!(
            fmt.status.success(),
            "{}",
            String::from_utf8_lossy(&fmt.stdout)
        );
    }
}

/// Without `--baseline`, a draft follows the national baseline built into the
/// binary: it checks clean in an empty folder, far from this repository.
#[test]
fn a_draft_in_an_empty_folder_follows_the_built_in_baseline() {
    let empty = tempfile::tempdir().expect("temp dir");
    let o = pasal(
        empty.path(),
        &[
            "new",
            "--jenis",
            "peraturan_bupati",
            "--daerah",
            "Contoh",
            "--provinsi",
            "Jambi",
            "--nomor",
            "3",
            "--tahun",
            "2025",
            "-o",
            "d.pasal",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let path = empty.path().join("d.pasal");
    let text = std::fs::read_to_string(&path).expect("draft");
    assert!(
        text.contains("mengikuti \"bawaan:nasional/pp-11-2017.pasal\""),
        "{text}"
    );
    assert_clean(&path);
    let fmt = pasal(empty.path(), &["fmt", "--check", "d.pasal"]);
    assert!(
        fmt.status.success(),
        "{}",
        String::from_utf8_lossy(&fmt.stdout)
    );
    // A built-in name that does not exist is a finding at the `mengikuti`.
    std::fs::write(&path, text.replace("pp-11-2017.pasal", "pp-99.pasal")).expect("write");
    let check = pasal(empty.path(), &["check", "d.pasal"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stdout).contains("no built-in baseline"));
}

#[test]
fn region_names_are_substituted_everywhere() {
    let ws = workspace();
    let o = pasal(
        ws.path(),
        &[
            "new",
            "--jenis",
            "peraturan_walikota",
            "--daerah",
            "Sungai Contoh",
            "--provinsi",
            "Sumatera Selatan",
            "--nomor",
            "12",
            "--tahun",
            "2025",
            "--baseline",
            "nasional/pp-11-2017.pasal",
        ],
    );
    assert!(o.status.success());
    // Lines are wrapped by the canonical layout: compare with blanks folded.
    let text = String::from_utf8_lossy(&o.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for s in [
        "jenis peraturan_walikota",
        "judul \"PERATURAN WALI KOTA SUNGAI CONTOH\"",
        "daerah kota \"Sungai Contoh\"",
        "provinsi \"Sumatera Selatan\"",
        "\"Wali Kota adalah Wali Kota Sungai Contoh.\"",
        "Pemerintah Kota Sungai Contoh",
        "dikoordinasikan dengan Gubernur Sumatera Selatan",
        "Berita Daerah Kota Sungai Contoh",
        "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
        "Peraturan Pemerintah Nomor 17 Tahun 2020",
        "// PP 11/2017 Pasal 107 huruf c angka 1: syarat: pendidikan paling rendah S1/D4",
        "=> syarat pendidikan paling rendah S1|D4",
    ] {
        assert!(text.contains(s), "missing `{s}`");
    }
    for s in ["Bupati", "Kabupaten Sungai", "{{", "//@"] {
        assert!(!text.contains(s), "unexpected `{s}`");
    }
}

#[test]
fn baseline_path_is_relative_to_the_draft() {
    let ws = workspace();
    std::fs::create_dir_all(ws.path().join("drafts/jambi")).expect("mkdir");
    let o = pasal(
        ws.path(),
        &[
            "new",
            "--jenis",
            "peraturan_bupati",
            "--daerah",
            "Contoh",
            "--provinsi",
            "Jambi",
            "--nomor",
            "7",
            "--tahun",
            "2025",
            "--baseline",
            "nasional/pp-11-2017.pasal",
            "-o",
            "drafts/jambi/contoh.pasal",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let path = ws.path().join("drafts/jambi/contoh.pasal");
    let text = std::fs::read_to_string(&path).expect("draft");
    assert!(text.contains("mengikuti \"../../nasional/pp-11-2017.pasal\""));
    assert_clean(&path);
}

#[test]
fn bad_flags_are_refused_with_status_2() {
    let ws = workspace();
    let base = [
        "new",
        "--baseline",
        "nasional/pp-11-2017.pasal",
        "--nomor",
        "7",
        "--tahun",
        "2025",
    ];
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "--jenis",
                "peraturan_bupati",
                "--daerah",
                "kota Contoh",
                "--provinsi",
                "Jambi",
            ],
            "names a kota",
        ),
        (
            &["--jenis", "peraturan_bupati", "--daerah", "Contoh"],
            "--provinsi",
        ),
        (
            &[
                "--jenis",
                "peraturan_bupati",
                "--daerah",
                "Contoh",
                "--provinsi",
                "Jambi",
                "--tanggal",
                "2025-02-30",
            ],
            "--tanggal",
        ),
        (
            &[
                "--jenis",
                "peraturan_gubernur",
                "--daerah",
                "Jambi",
                "--provinsi",
                "Riau",
            ],
            "differs",
        ),
        (
            &["--jenis", "peraturan_desa", "--daerah", "Contoh"],
            "peraturan_desa",
        ),
    ];
    for (flags, message) in cases {
        let mut args = base.to_vec();
        args.extend_from_slice(flags);
        let o = pasal(ws.path(), &args);
        assert_eq!(o.status.code(), Some(2), "{flags:?}");
        assert!(o.stdout.is_empty());
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(message), "{flags:?}: {err}");
    }
    let o = pasal(
        ws.path(),
        &[
            "new",
            "--jenis",
            "peraturan_bupati",
            "--daerah",
            "Contoh",
            "--provinsi",
            "Jambi",
            "--nomor",
            "7",
            "--tahun",
            "2025",
            "--baseline",
            "tidak-ada.pasal",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn an_existing_file_is_not_overwritten_without_force() {
    let ws = workspace();
    let target = ws.path().join("ada.pasal");
    std::fs::write(&target, "// mine\n").expect("write");
    let args = [
        "new",
        "--jenis",
        "peraturan_bupati",
        "--daerah",
        "Contoh",
        "--provinsi",
        "Jambi",
        "--nomor",
        "7",
        "--tahun",
        "2025",
        "--baseline",
        "nasional/pp-11-2017.pasal",
        "-o",
        "ada.pasal",
    ];
    let o = pasal(ws.path(), &args);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&target).expect("read"), "// mine\n");
    let mut forced = args.to_vec();
    forced.push("--force");
    assert!(pasal(ws.path(), &forced).status.success());
    assert_clean(&target);
}

#[test]
fn draft_snapshot() {
    let ws = workspace();
    let o = pasal(
        ws.path(),
        &[
            "new",
            "--jenis",
            "peraturan_bupati",
            "--daerah",
            "kabupaten Contoh",
            "--provinsi",
            "Jambi",
            "--nomor",
            "7",
            "--tahun",
            "2025",
            "--baseline",
            "nasional/pp-11-2017.pasal",
        ],
    );
    assert!(o.status.success());
    insta::assert_snapshot!("perbup_contoh_7_2025", String::from_utf8_lossy(&o.stdout));
}

#[test]
fn every_national_article_the_template_quotes_is_in_the_baseline() {
    let c = driver::compile_path(
        &root().join("policies/nasional/pp-11-2017.pasal"),
        &Options::default(),
    );
    let base = c.policy.expect("baseline compiles");
    let cites: Vec<&str> = pasal::new::TEMPLATE
        .lines()
        .filter_map(|l| l.trim().strip_prefix("//@ "))
        .collect();
    assert!(cites.len() > 30, "{cites:?}");
    for cite in cites {
        assert!(
            base.clauses.iter().any(|c| c.citation == cite.trim()),
            "`{cite}` is not a clause of the bundled PP 11/2017"
        );
    }
}

#[test]
fn a_draft_renders_as_the_peraturan() {
    let ws = workspace();
    let o = pasal(
        ws.path(),
        &[
            "new",
            "--jenis",
            "peraturan_bupati",
            "--daerah",
            "Contoh",
            "--provinsi",
            "Jambi",
            "--nomor",
            "7",
            "--tahun",
            "2025",
            "--baseline",
            "nasional/pp-11-2017.pasal",
            "-o",
            "contoh.pasal",
        ],
    );
    assert!(o.status.success());
    let r = pasal(ws.path(), &["render", "contoh.pasal"]);
    assert!(r.status.success());
    let md = String::from_utf8_lossy(&r.stdout);
    for s in [
        "BUPATI CONTOH\\\nPROVINSI JAMBI",
        "# PERATURAN BUPATI CONTOH NOMOR 7 TAHUN 2025",
        "## BAB I — KETENTUAN UMUM",
        "- f. berusia paling tinggi 56 (lima puluh enam) tahun",
    ] {
        assert!(md.contains(s), "missing `{s}` in\n{md}");
    }
}
