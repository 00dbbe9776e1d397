//! Folder walks (`check`, `fmt`, `test`) on hostile folders: symbolic-link
//! loops and links to the same file give each file once, FIFOs and broken
//! links named `*.pasal` are skipped with a note, a folder named `x.pasal` is
//! walked rather than read, and the order is the paths' order.

#![cfg(unix)]
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn pasal(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pasal"))
        .args(args)
        .output()
        .expect("run pasal")
}

fn mkfifo(path: &Path) -> bool {
    Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

/// A folder with one real policy reached by three routes, a loop, a FIFO, a
/// broken link and a folder named `dir.pasal` holding a second policy:
///
/// ```text
/// real/b.pasal          the policy (lint fixture PSL201: two warnings)
/// real/loop -> ../real  a loop
/// real/up -> ..         a loop through the top
/// link-to-b.pasal -> real/b.pasal
/// dir.pasal/c.pasal     a second policy
/// pipe.pasal            a FIFO
/// broken.pasal -> nowhere.pasal
/// ```
fn hostile_folder() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let top = tmp.path().join("top");
    std::fs::create_dir_all(top.join("real")).unwrap();
    std::fs::create_dir_all(top.join("dir.pasal")).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/lints/PSL201.pasal"),
        top.join("real/b.pasal"),
    )
    .unwrap();
    std::fs::copy(
        root().join("tests/fixtures/lints/PSL202.pasal"),
        top.join("dir.pasal/c.pasal"),
    )
    .unwrap();
    symlink("../real", top.join("real/loop")).unwrap();
    symlink("..", top.join("real/up")).unwrap();
    symlink("real/b.pasal", top.join("link-to-b.pasal")).unwrap();
    symlink("nowhere.pasal", top.join("broken.pasal")).unwrap();
    assert!(mkfifo(&top.join("pipe.pasal")), "mkfifo");
    (tmp, top)
}

#[test]
fn check_reads_each_file_once_and_notes_what_it_skips() {
    let (_tmp, top) = hostile_folder();
    let top_s = top.to_str().unwrap();
    let o = pasal(&["check", "--format", "json", top_s]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "warnings only: {stderr}");
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(report["summary"]["files"], 2, "{report}");
    let files: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap().to_string())
        .collect();
    let b = top.join("real/b.pasal").display().to_string();
    let c = top.join("dir.pasal/c.pasal").display().to_string();
    // Every finding of b.pasal once, under its own path (not the link's).
    let alone = pasal(&["check", "--format", "json", &b]);
    let alone: serde_json::Value = serde_json::from_slice(&alone.stdout).expect("json");
    let b_count = alone["findings"].as_array().unwrap().len();
    assert!(b_count > 0);
    assert_eq!(
        files.iter().filter(|f| **f == b).count(),
        b_count,
        "{files:?}"
    );
    assert!(files.iter().all(|f| *f == b || *f == c), "{files:?}");
    // Sorted by path: dir.pasal/ before real/.
    let first_b = files.iter().position(|f| *f == b).unwrap();
    assert!(files.iter().take(first_b).all(|f| *f == c), "{files:?}");
    for note in [
        format!(
            "`{}` is not a regular file",
            top.join("pipe.pasal").display()
        ),
        format!(
            "`{}` is a symbolic link to nothing",
            top.join("broken.pasal").display()
        ),
        "links back to a folder above it".to_string(),
    ] {
        assert!(stderr.contains(&note), "missing note {note:?} in {stderr}");
    }
}

#[test]
fn notes_follow_the_language() {
    let (_tmp, top) = hostile_folder();
    let o = pasal(&["--lang", "id", "check", top.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("bukan berkas biasa"), "{stderr}");
    assert!(!stderr.contains("not a regular file"), "{stderr}");
}

#[test]
fn the_same_folder_twice_is_one_walk() {
    let (_tmp, top) = hostile_folder();
    let top_s = top.to_str().unwrap();
    let real = top.join("real");
    let o = pasal(&["check", "--format", "json", top_s, real.to_str().unwrap()]);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(report["summary"]["files"], 2, "{report}");
}

#[test]
fn a_named_fifo_is_read_as_given() {
    // `pasal check <(…)`: a file named on the command line is read whatever
    // its kind; only folder walks skip FIFOs.
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("named");
    assert!(mkfifo(&fifo));
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let text = std::fs::read(root().join("tests/fixtures/lints/PSL201.pasal")).unwrap();
            std::fs::write(fifo, text).unwrap();
        })
    };
    let o = pasal(&["check", "--format", "json", fifo.to_str().unwrap()]);
    writer.join().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(report["summary"]["files"], 1);
    assert!(
        report["summary"]["warnings"].as_u64().unwrap() > 0,
        "{report}"
    );
}

#[test]
fn fmt_check_walks_the_same_files() {
    let (_tmp, top) = hostile_folder();
    let o = pasal(&["fmt", "--check", top.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    // The lint fixtures are not in the canonical layout: both are listed, once.
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("not a regular file"), "{stderr}");
    assert!(stderr.contains("2 of 2 file(s)"), "{stderr}");
    let listed: Vec<String> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(String::from)
        .collect();
    let expected: Vec<String> = ["dir.pasal/c.pasal", "real/b.pasal"]
        .iter()
        .map(|p| top.join(p).display().to_string())
        .collect();
    assert_eq!(listed, expected);
}

#[test]
fn test_runs_each_examples_file_once_through_a_loop() {
    let tmp = tempfile::tempdir().unwrap();
    let copy = tmp.path().join("policies");
    std::fs::create_dir_all(copy.join("nasional")).unwrap();
    let (files, errors) = pasal::driver::expand_paths(&[root().join("policies")]);
    assert!(errors.is_empty());
    for f in files {
        let rel = f.strip_prefix(root().join("policies")).unwrap();
        std::fs::copy(&f, copy.join(rel)).unwrap();
        let ex = f.with_extension("examples.json");
        if ex.exists() {
            std::fs::copy(&ex, copy.join(rel).with_extension("examples.json")).unwrap();
        }
    }
    symlink("..", copy.join("nasional/up")).unwrap();
    let o = pasal(&["test", copy.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{stdout}");
    let runs = stdout.lines().filter(|l| l.contains("examples)")).count();
    assert_eq!(runs, 4, "{stdout}");
}

#[test]
fn a_missing_path_stops_the_run_in_the_users_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("tidak-ada.pasal");
    let missing = missing.to_str().expect("utf-8 path");
    for (cmd, lang, words) in [
        ("check", "en", "does not exist"),
        ("check", "id", "tidak ada"),
        ("fmt", "id", "tidak ada"),
        ("test", "id", "tidak ada"),
    ] {
        let o = pasal(&[cmd, missing, "--lang", lang]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{cmd} --lang {lang}: {err}");
        assert!(
            err.contains(words) && err.contains(missing),
            "{cmd} --lang {lang}: {err}"
        );
    }
}
