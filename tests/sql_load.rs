//! `pasal sql --load`: the header of the CSV decides the columns loaded; a
//! header the table cannot take (an unknown column, a column twice) is
//! refused with its line, exit 2, and no statement is printed. (No database
//! is needed: tests/sql.rs runs the statements.)

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn load(header: &str, dialect: &str) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("pool.csv");
    std::fs::write(&csv, format!("{header}\n1,1980-01-01,S2\n")).unwrap();
    Command::new(env!("CARGO_BIN_EXE_pasal"))
        .arg("sql")
        .arg(root().join("policies/kota-pagar-alam-2021-25.pasal"))
        .args(["--dialect", dialect, "--load"])
        .arg(&csv)
        .output()
        .unwrap()
}

#[test]
fn a_column_named_twice_is_refused_with_the_line() {
    for dialect in ["postgres", "mysql"] {
        let o = load("id,birth_date,id", dialect);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{dialect}: {stderr}");
        assert!(
            stderr.contains("line 1: the header names `id` twice, as column 1 and column 3"),
            "{dialect}: {stderr}"
        );
        assert!(o.stdout.is_empty(), "{dialect}: no statement");
    }
}

#[test]
fn an_unknown_column_is_refused_with_the_line() {
    let o = load("id,umur", "postgres");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("line 1: column 2 of the header, `umur`"),
        "{stderr}"
    );
}

#[test]
fn a_good_header_gives_one_statement() {
    let o = load("id,birth_date,education", "postgres");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.starts_with("\\copy \"candidates\" (\"id\", \"birth_date\", \"education\") FROM "),
        "{text}"
    );
    assert_eq!(text.lines().count(), 1, "{text}");
}
