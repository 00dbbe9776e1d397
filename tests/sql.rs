//! `pasal sql` against real databases: the same generated talent pool is
//! screened by `pasal screen` and, through the generated SQL, by PostgreSQL and
//! MariaDB; every record must get the same status and the same first rule.
//!
//! The servers are the development and CI machines' own (PostgreSQL at
//! 127.0.0.1:5432, trust, database `test`; MariaDB at 127.0.0.1:3306, root
//! without a password, database `test`), reached through their command-line
//! clients. When a server cannot be reached the test says so, and fails under
//! `CI=true`: a missing server is never a green run.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

#[path = "support/databases.rs"]
mod databases;
#[path = "support/pool.rs"]
mod pool;

use databases::{ci, mariadb, pasal_sql, psql, reachable};
use pasal::analysis::Options;
use pasal::check::eligibility::Program;
use pasal::ir::{Level, Mechanism};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Records per seed.
const RECORDS: usize = 100_000;

/// Each seed with a screening date chosen to sit on a calendar edge.
const SEEDS: &[(&str, &str, &str)] = &[
    ("pa", "kota-pagar-alam-2021-25.pasal", "2024-02-29"),
    ("tb", "kabupaten-tebo-2021-46.pasal", "2023-03-01"),
    ("ts", "kota-tasikmalaya-2023-20.pasal", "2024-12-31"),
    ("tr", "kota-tarakan-2023-8.pasal", "2025-02-28"),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn pasal() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pasal"))
}

/// One record's verdict: status, first rule, and per rule `t`, `f` or `?`.
type Verdict = (String, String, String);

/// `pasal screen`'s verdict per record, in input order; `rules` are the
/// program's rule ids, in order.
fn screen(policy: &Path, pool: &Path, date: &str, rules: &[String]) -> Vec<Verdict> {
    let out = pasal()
        .arg("screen")
        .arg(policy)
        .arg(pool)
        .args(["--date", date, "--quiet"])
        .output()
        .expect("run pasal screen");
    assert!(
        out.status.success() || out.status.code() == Some(1),
        "pasal screen failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON verdict");
            let text = |k: &str| v[k].as_str().unwrap_or("").to_string();
            let listed = |k: &str, id: &str| {
                v[k].as_array()
                    .is_some_and(|a| a.iter().any(|r| r["rule"].as_str() == Some(id)))
            };
            let each: String = rules
                .iter()
                .map(|id| match (listed("violated", id), listed("unknown", id)) {
                    (true, _) => 'f',
                    (_, true) => '?',
                    _ => 't',
                })
                .collect();
            (text("status"), text("rule"), each)
        })
        .collect()
}

/// Runs a script; returns its tab-separated rows.
fn run_script(mut cmd: Command, script: &Path, what: &str) -> Vec<Vec<String>> {
    let out = cmd
        .stdin(std::fs::File::open(script).expect("open script"))
        .output()
        .expect("run the client");
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

/// Compares the database's rows with screening, by id (records without an
/// id are compared by their count of `error` rows).
fn compare(
    db: &str,
    seed: &str,
    ids: &[String],
    screened: &[Verdict],
    rows: &[Vec<String>],
    null: &str,
) {
    assert_eq!(rows.len(), ids.len(), "{db} {seed}: records in = rows out");
    let mut by_id: BTreeMap<&str, (&str, &str, String)> = BTreeMap::new();
    let mut anonymous = 0;
    for r in rows {
        let (id, status, rule) = (r[0].as_str(), r[1].as_str(), r[2].as_str());
        let rule = if rule == null { "" } else { rule };
        // Rule columns: PostgreSQL prints t/f, MariaDB 1/0; NULL is unknown.
        let each: String = r[4..]
            .iter()
            .map(|v| match v.as_str() {
                "t" | "1" => 't',
                "f" | "0" => 'f',
                _ => '?',
            })
            .collect();
        if id == null || id.is_empty() {
            assert_eq!(status, "error", "{db} {seed}: a record without id");
            anonymous += 1;
        } else {
            by_id.insert(id, (status, rule, each));
        }
    }
    let mut mismatches = Vec::new();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (id, (status, rule, each)) in ids.iter().zip(screened) {
        *counts.entry(status.as_str()).or_default() += 1;
        if id.is_empty() {
            anonymous -= 1;
            continue;
        }
        let Some((got_status, got_rule, got_each)) = by_id.get(id.as_str()) else {
            mismatches.push(format!("{id}: screen {status}, missing in {db}"));
            continue;
        };
        let want_rule = if status == "error" { "" } else { rule.as_str() };
        // An invalid record has no rule verdicts in screening.
        let same_rules = status == "error" || each == got_each;
        if (*got_status, *got_rule) != (status.as_str(), want_rule) || !same_rules {
            mismatches.push(format!(
                "{id}: screen {status} {rule:?} {each}, {db} {got_status} {got_rule:?} {got_each}"
            ));
        }
    }
    assert_eq!(anonymous, 0, "{db} {seed}: records without an id");
    eprintln!("{db} {seed}: {} records, {counts:?}", ids.len());
    assert!(
        mismatches.is_empty(),
        "{db} {seed}: {} records differ from pasal screen, e.g.\n{}",
        mismatches.len(),
        mismatches
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn sql_gives_the_verdicts_of_screen_in_postgres_and_mariadb() {
    let pg = reachable("PostgreSQL", psql().args(["-c", "SELECT 1"]));
    let my = reachable("MariaDB", mariadb().args(["-e", "SELECT 1"]));
    if !(pg && my) {
        assert!(!ci(), "CI=true: the database servers must be reachable");
        eprintln!("skipped: a database server is not reachable (not in CI)");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    for (i, (seed, file, date)) in SEEDS.iter().enumerate() {
        let policy = root().join("policies").join(file);
        let compiled = pasal::driver::compile_path(&policy, &Options::default());
        let ir = compiled.policy.expect("the seed compiles");
        let program = Program::compile(&ir, Level::JptPratama, Mechanism::SeleksiTerbuka);
        let on = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("date");
        let pool: PathBuf = dir.path().join(format!("{seed}.csv"));
        let ids = pool::generate(
            &pool,
            RECORDS,
            &pool::facts(&program),
            on,
            0x5eed_0000 + i as u64,
        );
        let rules: Vec<String> = program.rules.iter().map(|r| r.id.clone()).collect();
        let screened = screen(&policy, &pool, date, &rules);
        assert_eq!(
            screened.len(),
            ids.len(),
            "{seed}: records in = verdicts out"
        );
        // Unique per process: two runs on one machine must not drop each other's tables.
        let table = format!("pasal_sql_{seed}_{}", std::process::id());
        let policy_arg = policy.to_str().expect("path");
        let pool_arg = pool.to_str().expect("path");
        for (db, dialect) in [("PostgreSQL", "postgres"), ("MariaDB", "mysql")] {
            let common = ["--dialect", dialect, "--table", &table, "--date", date];
            let create = pasal_sql(&[&[policy_arg, "--create-table"][..], &common].concat());
            let load = pasal_sql(&[&[policy_arg, "--load", pool_arg][..], &common].concat());
            let query = pasal_sql(&[&[policy_arg][..], &common].concat());
            let drop = match dialect {
                "postgres" => format!("DROP TABLE IF EXISTS \"{table}\";\n"),
                _ => format!("DROP TABLE IF EXISTS `{table}`;\n"),
            };
            let script = dir.path().join(format!("{seed}-{dialect}.sql"));
            std::fs::write(&script, format!("{drop}{create}{load}{query}{drop}"))
                .expect("write script");
            let (client, null) = match dialect {
                "postgres" => {
                    let mut c = psql();
                    c.args(["-A", "-t", "-F", "\t"]);
                    (c, "")
                }
                _ => {
                    let mut c = mariadb();
                    c.args(["-N", "-B"]);
                    (c, "NULL")
                }
            };
            let rows = run_script(client, &script, &format!("{db} {seed}"));
            compare(db, seed, &ids, &screened, &rows, null);
        }
    }
}

#[test]
fn identifiers_and_literals_are_quoted_by_the_printer() {
    let policy = root().join("policies/kota-pagar-alam-2021-25.pasal");
    let policy = policy.to_str().expect("path");
    let pg = pasal_sql(&[
        policy,
        "--dialect",
        "postgres",
        "--date",
        "2024-01-31",
        "--table",
        "pool\"x",
        "--column",
        "birth_date=tgl \"lahir\"",
    ]);
    assert!(pg.contains("\"pool\"\"x\""), "{pg}");
    assert!(pg.contains("\"tgl \"\"lahir\"\"\""), "{pg}");
    let my = pasal_sql(&[
        policy,
        "--dialect",
        "mysql",
        "--table",
        "db.pool`x",
        "--create-table",
    ]);
    assert!(my.starts_with("CREATE TABLE `db`.`pool``x`"), "{my}");
}

#[test]
fn bad_arguments_exit_2_with_a_message() {
    let policy = root().join("policies/kota-pagar-alam-2021-25.pasal");
    for args in [
        vec!["--dialect", "postgres", "--column", "birth_date"],
        vec!["--dialect", "postgres", "--date", "2023-02-30"],
        vec!["--dialect", "postgres", "--level", "eselon_ix"],
        vec!["--dialect", "postgres", "--table", "a..b"],
    ] {
        let out = pasal()
            .arg("sql")
            .arg(&policy)
            .args(&args)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).starts_with("error: "),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
