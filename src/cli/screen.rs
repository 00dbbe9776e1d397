//! `pasal screen POLICY FILE`: screen a talent pool (JSON Lines or CSV).

use super::fail;
use crate::check::screen::{self, Screener};
use crate::diagnostics::Lang;
use std::io::{BufReader, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `pasal screen`.
#[derive(clap::Args)]
pub struct Args {
    /// The policy file
    policy: PathBuf,
    /// Candidates: JSON Lines (`.jsonl`) or CSV (`.csv`); `-` reads JSON Lines from stdin
    file: PathBuf,
    #[command(flatten)]
    target: super::screening::Target,
    /// Input format (default: from the file extension)
    #[arg(long, value_parser = ["jsonl", "csv"])]
    input: Option<String>,
    /// Threads (default: every core)
    #[arg(long)]
    threads: Option<usize>,
    /// Verdict lines only: no summary on stderr
    #[arg(long)]
    quiet: bool,
}

/// Runs `pasal screen`; exit 0 when it could screen every record (whatever the
/// verdicts), 2 when it could not run.
pub fn run(a: Args, _lang: Lang) -> ExitCode {
    let (program, reference) = match super::screening::program(&a.policy, &a.target) {
        Ok(p) => p,
        Err(status) => return status,
    };
    let name = a.file.display().to_string();
    let screener = Screener::new(&program, reference, name.clone());
    let threads = a
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let csv = a.input.as_deref() == Some("csv")
        || (a.input.is_none() && a.file.extension().is_some_and(|e| e == "csv"));
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let bar = progress_bar(&a.file);
    let mut tick = |n: u64| {
        if let Some(b) = &bar {
            b.inc(n);
        }
    };
    let result = if a.file.as_os_str() == "-" {
        let stdin = std::io::stdin();
        screen::run_jsonl(&screener, stdin.lock(), &mut out, threads, &mut tick)
            .map_err(|e| e.to_string())
    } else {
        let file = match std::fs::File::open(&a.file) {
            Ok(f) => f,
            Err(e) => return fail(&format!("cannot read `{name}`: {e}")),
        };
        let reader = BufReader::with_capacity(1 << 16, file);
        if csv {
            screen::run_csv(&screener, reader, &mut out, threads, &mut tick)
        } else {
            screen::run_jsonl(&screener, reader, &mut out, threads, &mut tick)
                .map_err(|e| e.to_string())
        }
    };
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let _ = out.flush();
    match result {
        Ok(s) => {
            if !a.quiet {
                eprintln!(
                    "{} record(s): {} eligible, {} ineligible, {} unknown, {} malformed",
                    s.records, s.eligible, s.ineligible, s.unknown, s.malformed
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&format!("{name}: {e}")),
    }
}

/// A progress bar on stderr when it is a terminal and the input is a file.
fn progress_bar(path: &std::path::Path) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let len = std::fs::metadata(path).ok()?.len();
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {per_sec} {eta}")
            .ok()?,
    );
    Some(bar)
}
