//! `pasal fmt`: the bundled policies format idempotently without changing
//! their compiled rules; `--check` and rewriting behave as CI and drafters
//! expect; the canonical layout of a small fixture is snapshotted.

// The helpers below are test code too: a failed file operation fails the test.
#![allow(clippy::unwrap_used)]

use pasal::driver;
use pasal::format::{format_text, same_meaning, trivia::Trivia};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh, empty folder for one test (removed when dropped).
fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("pasal-fmt-{name}-"))
        .tempdir()
        .unwrap()
}

fn pasal(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pasal"))
        .args(args)
        .output()
        .unwrap()
}

fn status(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn comments(text: &str) -> Vec<String> {
    Trivia::scan(text)
        .comments
        .into_iter()
        .map(|c| c.text)
        .collect()
}

/// Copies every bundled policy into `dir` (keeping `nasional/`), never
/// touching `policies/` itself.
fn copy_policies(dir: &Path) -> Vec<(PathBuf, PathBuf)> {
    let src = root().join("policies");
    let (files, errors) = driver::expand_paths(std::slice::from_ref(&src));
    assert!(errors.is_empty(), "{errors:?}");
    assert!(files.len() >= 6, "{files:?}");
    files
        .into_iter()
        .map(|f| {
            let to = dir.join(f.strip_prefix(&src).unwrap());
            fs::create_dir_all(to.parent().unwrap()).unwrap();
            fs::copy(&f, &to).unwrap();
            (f, to)
        })
        .collect()
}

#[test]
fn every_bundled_policy_formats_idempotently_and_keeps_its_rules() {
    let tmp = scratch("bundled");
    let dir = tmp.path();
    let pairs = copy_policies(dir);
    let o = pasal(&["fmt", dir.to_str().unwrap()]);
    assert_eq!(status(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    for (original, copy) in &pairs {
        let before = fs::read_to_string(original).unwrap();
        let after = fs::read_to_string(copy).unwrap();
        same_meaning(&before, &after)
            .unwrap_or_else(|d| panic!("{}: meaning changed:\n{d}", original.display()));
        assert_eq!(
            comments(&before),
            comments(&after),
            "{}",
            original.display()
        );
        let again = format_text("again", &after).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            again,
            after,
            "{}: fmt(fmt(x)) != fmt(x)",
            original.display()
        );
        // The same rules, read through the whole pipeline (baselines included).
        let opts = pasal::analysis::Options::default();
        let a = driver::compile_path(original, &opts);
        let b = driver::compile_path(copy, &opts);
        let codes = |c: &driver::Compiled| c.findings.iter().map(|f| f.code).collect::<Vec<_>>();
        assert_eq!(codes(&a), codes(&b), "{}", original.display());
    }
    // Formatted files pass `--check`.
    let o = pasal(&["fmt", "--check", dir.to_str().unwrap()]);
    assert_eq!(status(&o), 0, "{}", stdout(&o));
    assert_eq!(stdout(&o), "");
}

#[test]
fn check_lists_unformatted_files_and_writes_nothing() {
    let tmp = scratch("check");
    let dir = tmp.path();
    let good = dir.join("good.pasal");
    let messy = dir.join("messy.pasal");
    let broken = dir.join("broken.pasal");
    fs::write(&good, "pasal 1 \"Teks.\" => syarat pns\n").unwrap();
    fs::write(&messy, "pasal 1   \"Teks.\"\n    => syarat pns\n").unwrap();
    fs::write(&broken, "pasal 1 {\n  huruf a \"x\" => syarat\n}\n").unwrap();

    let o = pasal(&["fmt", "--check", good.to_str().unwrap()]);
    assert_eq!(status(&o), 0);
    assert_eq!(stdout(&o), "");

    let o = pasal(&[
        "fmt",
        "--check",
        good.to_str().unwrap(),
        messy.to_str().unwrap(),
    ]);
    assert_eq!(status(&o), 1);
    assert_eq!(stdout(&o), format!("{}\n", messy.display()));
    assert_eq!(
        fs::read_to_string(&messy).unwrap(),
        "pasal 1   \"Teks.\"\n    => syarat pns\n",
        "--check must not write"
    );

    // A file with a syntax error: reported, exit 2, nothing changed.
    let o = pasal(&["fmt", "--check", dir.to_str().unwrap()]);
    assert_eq!(status(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("PSL001"));
    let o = pasal(&["fmt", broken.to_str().unwrap()]);
    assert_eq!(status(&o), 2);
    assert_eq!(
        fs::read_to_string(&broken).unwrap(),
        "pasal 1 {\n  huruf a \"x\" => syarat\n}\n"
    );

    // A path that does not exist.
    let o = pasal(&["fmt", "--check", dir.join("nope.pasal").to_str().unwrap()]);
    assert_eq!(status(&o), 2);
}

#[test]
fn fmt_rewrites_in_place_and_leaves_no_temporary_file() {
    let tmp = scratch("rewrite");
    let dir = tmp.path();
    let messy = dir.join("messy.pasal");
    let broken = dir.join("broken.pasal");
    fs::write(&messy, "pasal 1   \"Teks.\"\n    => syarat pns\n").unwrap();
    fs::write(&broken, "pasal 1 \"x\n").unwrap();
    // One file it cannot read does not stop the others; the status says so.
    let o = pasal(&["fmt", dir.to_str().unwrap()]);
    assert_eq!(status(&o), 2);
    assert_eq!(
        fs::read_to_string(&messy).unwrap(),
        "pasal 1 \"Teks.\" => syarat pns\n"
    );
    assert_eq!(fs::read_to_string(&broken).unwrap(), "pasal 1 \"x\n");
    assert_eq!(stdout(&o), format!("{}\n", messy.display()));
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["broken.pasal", "messy.pasal"]);
    // Already formatted: nothing listed, nothing written.
    let o = pasal(&["fmt", messy.to_str().unwrap()]);
    assert_eq!(status(&o), 0);
    assert_eq!(stdout(&o), "");
}

#[test]
fn fmt_removes_bom_and_crlf() {
    let tmp = scratch("encoding");
    let dir = tmp.path();
    let f = dir.join("crlf.pasal");
    fs::write(
        &f,
        "\u{feff}// catatan\r\npasal 1 \"a\r\n  b\" => syarat pns\r\n",
    )
    .unwrap();
    let o = pasal(&["fmt", "--check", f.to_str().unwrap()]);
    assert_eq!(status(&o), 1);
    let o = pasal(&["fmt", f.to_str().unwrap()]);
    assert_eq!(status(&o), 0);
    assert_eq!(
        fs::read_to_string(&f).unwrap(),
        "// catatan\npasal 1 \"a b\" => syarat pns\n"
    );
    let o = pasal(&["check", f.to_str().unwrap()]);
    assert!(!stdout(&o).contains("PSL003") && !stdout(&o).contains("PSL004"));
}

#[test]
fn standard_input_to_standard_output() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pasal"))
        .args(["fmt", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"pasal 1 { huruf a \"x\" { syarat pns } }")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(status(&o), 0);
    assert_eq!(stdout(&o), "pasal 1 {\n  huruf a \"x\" => syarat pns\n}\n");
}

#[test]
fn unknown_identity_field_is_refused() {
    let tmp = scratch("unknown");
    let dir = tmp.path();
    let f = dir.join("u.pasal");
    let text = "peraturan {\n  warna \"merah\" 2024\n}\n";
    fs::write(&f, text).unwrap();
    let o = pasal(&["fmt", f.to_str().unwrap()]);
    assert_eq!(status(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown identity field `warna`"));
    assert_eq!(fs::read_to_string(&f).unwrap(), text);
}

#[test]
fn canonical_layout_of_a_messy_fixture() {
    let path = root().join("tests/fixtures/fmt/messy.pasal");
    let text = fs::read_to_string(&path).unwrap();
    let out = format_text("messy.pasal", &text).unwrap_or_else(|e| panic!("{e:?}"));
    same_meaning(&text, &out).unwrap();
    assert_eq!(format_text("again", &out).unwrap(), out);
    insta::assert_snapshot!(out);
}

/// A messy but valid policy and its canonical layout.
const MESSY: &str = "pasal 1   \"Teks.\"\n    => syarat pns\n";
const CANONICAL: &str = "pasal 1 \"Teks.\" => syarat pns\n";

#[cfg(unix)]
#[test]
fn fmt_keeps_mode_owner_and_hard_links() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let tmp = scratch("metadata");
    let dir = tmp.path();
    let f = dir.join("policy.pasal");
    let other = dir.join("other-name.txt");
    fs::write(&f, MESSY).unwrap();
    fs::set_permissions(&f, fs::Permissions::from_mode(0o640)).unwrap();
    fs::hard_link(&f, &other).unwrap();
    // Give the file away when the test may (as root): fmt must not take it back.
    let given = std::os::unix::fs::chown(&f, Some(4321), Some(4322)).is_ok();
    let before = fs::metadata(&f).unwrap();
    let o = pasal(&["fmt", f.to_str().unwrap()]);
    assert_eq!(status(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let after = fs::metadata(&f).unwrap();
    assert_eq!(fs::read_to_string(&f).unwrap(), CANONICAL);
    assert_eq!(
        after.ino(),
        before.ino(),
        "the same file, not a renamed copy"
    );
    assert_eq!(after.mode() & 0o7777, 0o640);
    assert_eq!(after.nlink(), 2);
    assert_eq!(
        fs::read_to_string(&other).unwrap(),
        CANONICAL,
        "the hard link sees it"
    );
    assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
    if given {
        assert_eq!((after.uid(), after.gid()), (4321, 4322));
    }
}

#[cfg(unix)]
#[test]
fn fmt_refuses_a_read_only_file() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = scratch("readonly");
    let f = tmp.path().join("ro.pasal");
    fs::write(&f, MESSY).unwrap();
    fs::set_permissions(&f, fs::Permissions::from_mode(0o444)).unwrap();
    let o = pasal(&["fmt", f.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(status(&o), 2, "{stderr}");
    assert!(stderr.contains("is read-only: not rewritten"), "{stderr}");
    assert_eq!(stdout(&o), "", "not listed as rewritten");
    assert_eq!(fs::read_to_string(&f).unwrap(), MESSY);
    // Only reading: `--check` is fine with it.
    let o = pasal(&["fmt", "--check", f.to_str().unwrap()]);
    assert_eq!(status(&o), 1);
    // Already canonical: nothing to write, nothing refused.
    fs::set_permissions(&f, fs::Permissions::from_mode(0o644)).unwrap();
    fs::write(&f, CANONICAL).unwrap();
    fs::set_permissions(&f, fs::Permissions::from_mode(0o444)).unwrap();
    assert_eq!(status(&pasal(&["fmt", f.to_str().unwrap()])), 0);
}

#[cfg(unix)]
#[test]
fn fmt_does_not_follow_a_link_out_of_a_walked_folder() {
    let tmp = scratch("symlink");
    let outside = tmp.path().join("outside");
    let walked = tmp.path().join("walked");
    fs::create_dir_all(&outside).unwrap();
    fs::create_dir_all(&walked).unwrap();
    let target = outside.join("target.pasal");
    fs::write(&target, MESSY).unwrap();
    let link = walked.join("link.pasal");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    // A linked folder too: its files are outside the named folder.
    fs::create_dir_all(outside.join("sub")).unwrap();
    let other = outside.join("sub/other.pasal");
    fs::write(&other, MESSY).unwrap();
    std::os::unix::fs::symlink(outside.join("sub"), walked.join("linked-folder")).unwrap();
    let own = walked.join("own.pasal");
    fs::write(&own, MESSY).unwrap();

    let o = pasal(&["fmt", walked.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(status(&o), 0, "{stderr}");
    assert_eq!(
        fs::read_to_string(&target).unwrap(),
        MESSY,
        "outside: untouched"
    );
    assert_eq!(
        fs::read_to_string(&other).unwrap(),
        MESSY,
        "outside: untouched"
    );
    assert_eq!(fs::read_to_string(&own).unwrap(), CANONICAL);
    assert_eq!(stdout(&o), format!("{}\n", own.display()));
    assert!(
        stderr.contains(&format!(
            "`{}` is reached through a symbolic link",
            link.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "`{}` is reached through a symbolic link",
            walked.join("linked-folder/other.pasal").display()
        )),
        "{stderr}"
    );

    // Named on the command line, the link's target is rewritten; the link stays.
    let o = pasal(&["fmt", link.to_str().unwrap()]);
    assert_eq!(status(&o), 0);
    assert_eq!(fs::read_to_string(&target).unwrap(), CANONICAL);
    assert!(fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
}
