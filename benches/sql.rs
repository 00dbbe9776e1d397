//! Records per second: `pasal screen` (in process, one thread) against the
//! generated SQL in PostgreSQL and MariaDB, on the same generated records.
//!
//! `cargo bench --bench sql` (needs the machine's database servers; see
//! tests/support/databases.rs). The database figure is the query alone, over a
//! table already loaded; loading is timed and printed apart.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

#[path = "../tests/support/databases.rs"]
mod databases;
#[path = "../tests/support/pool.rs"]
mod pool;

use pasal::analysis::Options;
use pasal::check::eligibility::{Program, Reference};
use pasal::check::screen::{run_csv, Screener};
use pasal::ir::{Event, Level, Mechanism};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const RECORDS: usize = 1_000_000;
const DATE: &str = "2024-02-29";

fn run(mut client: Command, script: &str) -> std::time::Duration {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("script.sql");
    std::fs::write(&path, script).expect("write script");
    let start = Instant::now();
    let out = client
        .stdin(std::fs::File::open(&path).expect("open"))
        .output()
        .expect("run client");
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let policy = root.join("policies/kota-pagar-alam-2021-25.pasal");
    let compiled = pasal::driver::compile_path(&policy, &Options::default());
    let ir = compiled.policy.expect("the seed compiles");
    let program = Program::compile(&ir, Level::JptPratama, Mechanism::SeleksiTerbuka);
    let on = chrono::NaiveDate::parse_from_str(DATE, "%Y-%m-%d").expect("date");
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("pool.csv");
    pool::generate(&csv, RECORDS, &pool::facts(&program), on, 0x5eed);
    let rate = |d: std::time::Duration| RECORDS as f64 / d.as_secs_f64();

    let reference = Reference {
        events: Event::ALL.iter().map(|e| (*e, on)).collect(),
        default: Some(on),
        default_is_earliest: false,
        facts: Default::default(),
    };
    let screener = Screener::new(&program, reference, "pool.csv".into());
    let start = Instant::now();
    let input = std::io::BufReader::new(std::fs::File::open(&csv).expect("open pool"));
    let summary = run_csv(&screener, input, &mut std::io::sink(), 1, &mut |_| {}).expect("screen");
    let took = start.elapsed();
    assert_eq!(summary.records, RECORDS as u64);
    println!(
        "pasal screen (CSV, 1 thread): {RECORDS} records in {:.2} s = {:.0} records/s",
        took.as_secs_f64(),
        rate(took)
    );

    let policy = policy.to_str().expect("path");
    let csv = csv.to_str().expect("path");
    for (db, dialect) in [("PostgreSQL", "postgres"), ("MariaDB", "mysql")] {
        let (reached, client) = match dialect {
            "postgres" => (
                databases::reachable(db, databases::psql().args(["-c", "SELECT 1"])),
                databases::psql as fn() -> Command,
            ),
            _ => (
                databases::reachable(db, databases::mariadb().args(["-e", "SELECT 1"])),
                databases::mariadb as fn() -> Command,
            ),
        };
        if !reached {
            println!("{db}: not reachable, skipped");
            continue;
        }
        // Unique per process: two runs on one machine must not drop each other's tables.
        let table = format!("pasal_bench_{}", std::process::id());
        let common = ["--dialect", dialect, "--table", &table, "--date", DATE];
        let create = databases::pasal_sql(&[&[policy, "--create-table"][..], &common].concat());
        let load = databases::pasal_sql(&[&[policy, "--load", csv][..], &common].concat());
        let query = databases::pasal_sql(&[&[policy][..], &common].concat());
        let query = query.trim_end().trim_end_matches(';');
        let drop = match dialect {
            "postgres" => format!("DROP TABLE IF EXISTS \"{table}\";\n"),
            _ => format!("DROP TABLE IF EXISTS `{table}`;\n"),
        };
        let loaded = run(client(), &format!("{drop}{create}{load}"));
        let counted =
            format!("SELECT status, COUNT(*) FROM ({query}) AS verdicts GROUP BY status;\n");
        // Best of three, the table warm.
        let best = (0..3)
            .map(|_| run(client(), &counted))
            .min()
            .expect("three runs");
        run(client(), &drop);
        println!(
            "{db}: load {:.2} s; query {RECORDS} records in {:.2} s = {:.0} records/s",
            loaded.as_secs_f64(),
            best.as_secs_f64(),
            rate(best)
        );
    }
}
