//! The development and CI machines' database servers, reached through their
//! command-line clients: PostgreSQL at 127.0.0.1:5432 (trust, database
//! `test`), MariaDB at 127.0.0.1:3306 (root without a password, database `test`).

#![allow(dead_code)]

use std::process::{Command, Stdio};

pub fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// True when the client reaches its server; otherwise says why.
pub fn reachable(name: &str, cmd: &mut Command) -> bool {
    match cmd.stdout(Stdio::null()).stderr(Stdio::piped()).output() {
        Ok(o) if o.status.success() => true,
        Ok(o) => {
            eprintln!(
                "{name} is not reachable: {}",
                String::from_utf8_lossy(&o.stderr).trim()
            );
            false
        }
        Err(e) => {
            eprintln!("{name}'s client cannot be run: {e}");
            false
        }
    }
}

pub fn psql() -> Command {
    let mut c = Command::new("psql");
    c.args([
        "-h",
        "127.0.0.1",
        "-p",
        "5432",
        "-U",
        "postgres",
        "-d",
        "test",
        "-X",
        "-q",
    ])
    .args(["-v", "ON_ERROR_STOP=1"]);
    c
}

pub fn mariadb() -> Command {
    let mut c = Command::new("mariadb");
    c.args([
        "-h",
        "127.0.0.1",
        "-P",
        "3306",
        "-u",
        "root",
        "test",
        "--local-infile=1",
    ]);
    c
}

/// Runs `pasal sql ARGS…` and returns what it printed; panics on failure.
pub fn pasal_sql(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_pasal"))
        .arg("sql")
        .args(args)
        .output()
        .expect("run pasal sql");
    assert!(
        out.status.success(),
        "pasal sql {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}
