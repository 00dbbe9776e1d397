//! Output that cannot be written is never a success: every command whose
//! standard output (or `-o FILE`) refuses the bytes — a full disk, `/dev/full`
//! — exits 2 with a message on stderr, and a closed pipe exits 2 quietly.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn seed() -> PathBuf {
    root().join("policies/kota-pagar-alam-2021-25.pasal")
}

/// `/dev/full` when the system has it (Linux): every write fails with ENOSPC.
fn dev_full() -> Option<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .ok()
}

#[test]
fn every_command_writing_to_a_full_stdout_exits_2() {
    if dev_full().is_none() {
        eprintln!("no /dev/full here: skipped");
        return;
    }
    let seed = seed();
    let seed = seed.to_str().expect("path");
    let tebo = root().join("policies/kabupaten-tebo-2021-46.pasal");
    let case = root().join("examples/pagar-alam-kepala-dinas.json");
    let jsonl = root().join("examples/talent-pool.jsonl");
    let csv = root().join("examples/talent-pool.csv");
    let (tebo, case, jsonl, csv) = (
        tebo.to_str().expect("path"),
        case.to_str().expect("path"),
        jsonl.to_str().expect("path"),
        csv.to_str().expect("path"),
    );
    let commands: Vec<Vec<&str>> = vec![
        vec!["check", seed],
        vec!["check", seed, "--format", "json"],
        vec!["check", seed, "--format", "sarif"],
        vec!["check", seed, "--format", "github"],
        vec!["verify", seed, case],
        vec!["verify", seed, case, "--format", "json"],
        vec!["screen", seed, jsonl, "--date", "2024-06-03"],
        vec!["screen", seed, csv, "--date", "2024-06-03"],
        vec!["rules", seed],
        vec!["rules", seed, "--format", "json"],
        vec!["explain"],
        vec!["explain", "PSL401"],
        vec!["schema"],
        vec!["render", seed],
        vec!["render", seed, "--to", "html"],
        vec!["diff", seed, tebo],
        vec!["sql", seed, "--dialect", "postgres"],
        vec!["sql", seed, "--dialect", "mysql", "--create-table"],
        vec!["test", "policies"],
        vec!["completions", "bash"],
        vec!["man"],
        vec!["man", "check"],
        vec!["--help"],
        vec!["--version"],
        vec![
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
        ],
    ];
    for args in &commands {
        let o = Command::new(env!("CARGO_BIN_EXE_pasal"))
            .args(args)
            .current_dir(root())
            .stdout(dev_full().expect("/dev/full"))
            .stderr(Stdio::piped())
            .output()
            .expect("run pasal");
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "pasal {args:?}: {stderr}");
        assert!(
            stderr.contains("No space left on device"),
            "pasal {args:?}: the reason on stderr: {stderr}"
        );
    }
}

#[test]
fn fmt_and_import_writing_to_a_full_stdout_exit_2() {
    if dev_full().is_none() {
        return;
    }
    let o = Command::new(env!("CARGO_BIN_EXE_pasal"))
        .args(["fmt", "-"])
        .stdin(std::fs::File::open(seed()).expect("seed"))
        .stdout(dev_full().expect("/dev/full"))
        .output()
        .expect("run pasal");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("No space left on device"));

    let draft = root().join("tests/fixtures/import/kabupaten-sukamaju-draft.txt");
    for out in [None, Some("/dev/full")] {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_pasal"));
        cmd.arg("import").arg(&draft);
        match out {
            Some(path) => cmd.args(["-o", path]),
            None => cmd.stdout(dev_full().expect("/dev/full")),
        };
        let o = cmd.output().expect("run pasal");
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "import to {out:?}: {stderr}");
        assert!(stderr.contains("No space left on device"), "{stderr}");
    }
}

#[test]
fn writing_dash_o_to_a_full_device_exits_2() {
    if dev_full().is_none() {
        return;
    }
    let seed = seed();
    let runs: Vec<Vec<&str>> = vec![
        vec!["render", seed.to_str().expect("path"), "-o", "/dev/full"],
        vec![
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
            "--force",
            "-o",
            "/dev/full",
        ],
    ];
    for args in &runs {
        let o = Command::new(env!("CARGO_BIN_EXE_pasal"))
            .args(args)
            .current_dir(root())
            .output()
            .expect("run pasal");
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "pasal {args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write `/dev/full`"),
            "pasal {args:?}: {stderr}"
        );
    }
}

#[test]
fn a_closed_pipe_exits_2_quietly() {
    // More verdict lines than a pipe holds; the reader takes one line and goes.
    let dir = tempfile::tempdir().expect("temp dir");
    let pool = dir.path().join("pool.jsonl");
    let record =
        std::fs::read_to_string(root().join("examples/talent-pool.jsonl")).expect("example pool");
    std::fs::write(&pool, record.repeat(5_000)).expect("pool");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pasal"))
        .arg("screen")
        .arg(seed())
        .arg(&pool)
        .args(["--date", "2024-06-03"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pasal");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).expect("a first verdict");
    drop(stdout);
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(2), "not a success: output was lost");
    assert!(
        o.stderr.is_empty(),
        "quietly: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Every command that has something to say on stderr (an error, a summary, a
/// policy's diagnostics) and finds stderr full exits 2, never panics (101) and
/// never reports a success whose messages were lost; with stdout full as well.
#[test]
fn every_command_writing_to_a_full_stderr_exits_2_without_panic() {
    if dev_full().is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let unformatted = dir.path().join("unformatted.pasal");
    let seed_text = std::fs::read_to_string(seed()).expect("seed");
    std::fs::write(&unformatted, seed_text.replace("\n\n", "\n\n\n")).expect("copy");
    let seed = seed();
    let seed = seed.to_str().expect("path");
    let bad = root().join("tests/fixtures/errors/syntax_unclosed_brace.pasal");
    let bad = bad.to_str().expect("path");
    let case = root().join("examples/pagar-alam-kepala-dinas.json");
    let case = case.to_str().expect("path");
    let jsonl = root().join("examples/talent-pool.jsonl");
    let jsonl = jsonl.to_str().expect("path");
    let draft = root().join("tests/fixtures/import/kabupaten-sukamaju-draft.txt");
    let draft = draft.to_str().expect("path");
    let unformatted = unformatted.to_str().expect("path");
    let missing = dir.path().join("missing.pasal");
    let missing = missing.to_str().expect("path");
    let commands: Vec<Vec<&str>> = vec![
        vec!["check", missing],
        vec!["check", bad, "--severity", "nonsense"],
        vec!["explain", "PSL999"],
        vec!["verify", bad, case],
        vec!["verify", seed, missing],
        vec!["rules", bad],
        vec!["render", bad],
        vec!["diff", bad, seed],
        vec!["screen", seed, jsonl, "--date", "2024-06-03"],
        vec!["screen", seed, missing, "--date", "2024-06-03"],
        vec!["sql", bad, "--dialect", "postgres"],
        vec!["test", missing],
        vec!["fmt", "--check", unformatted],
        vec!["fmt", bad],
        vec!["import", draft],
        vec!["nonsense-command"],
    ];
    for args in &commands {
        for full_stdout in [false, true] {
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_pasal"));
            cmd.args(args)
                .current_dir(root())
                .stderr(dev_full().expect("/dev/full"));
            if full_stdout {
                cmd.stdout(dev_full().expect("/dev/full"));
            } else {
                cmd.stdout(Stdio::null());
            }
            let o = cmd.output().expect("run pasal");
            assert_eq!(
                o.status.code(),
                Some(2),
                "pasal {args:?} with stderr full (stdout full: {full_stdout})"
            );
        }
    }
}
