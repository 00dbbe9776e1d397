//! `pasal screen POLICY FILE`: screen a talent pool (JSON Lines or CSV).

use super::fail;
use crate::check::screen::{self, Screener, Stop, Summary};
use crate::diagnostics::Lang;
use crate::messages::screen as said;
use std::io::{BufReader, BufWriter, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `pasal screen`.
#[derive(clap::Args)]
pub struct Args {
    /// The policy file
    policy: PathBuf,
    /// Candidates: JSON Lines (`.jsonl`, `.json`, `.ndjson`) or CSV (`.csv`);
    /// `-` reads standard input (JSON Lines unless `--input csv`)
    file: PathBuf,
    #[command(flatten)]
    target: super::screening::Target,
    /// Input format (default: from the file extension; required for any other extension)
    #[arg(long, value_parser = ["jsonl", "csv"])]
    input: Option<String>,
    /// Threads (default: every core)
    #[arg(long)]
    threads: Option<usize>,
    /// Verdict lines only: no summary on stderr
    #[arg(long)]
    quiet: bool,
}

/// The input formats.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Input {
    Jsonl,
    Csv,
}

/// The format of `file`: `--input` when given, else its extension (standard
/// input: JSON Lines). `None` for an extension that says neither.
fn input_format(file: &Path, input: Option<&str>) -> Option<Input> {
    match input {
        Some("csv") => return Some(Input::Csv),
        Some(_) => return Some(Input::Jsonl),
        None => {}
    }
    if file.as_os_str() == "-" {
        return Some(Input::Jsonl);
    }
    let ext = file.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "csv" => Some(Input::Csv),
        "jsonl" | "json" | "ndjson" => Some(Input::Jsonl),
        _ => None,
    }
}

/// Runs `pasal screen`; exit 0 when it could screen every record (whatever the
/// verdicts), 2 when it could not run or could not write every verdict line.
pub fn run(a: Args, lang: Lang) -> ExitCode {
    let name = a.file.display().to_string();
    let Some(format) = input_format(&a.file, a.input.as_deref()) else {
        return fail(said::msg::unknown_format(&name).get(lang));
    };
    let (program, reference) = match super::screening::program(&a.policy, &a.target, lang) {
        Ok(p) => p,
        Err(status) => return status,
    };
    let screener = Screener::new(&program, reference, name.clone());
    let threads = a
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
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
        match format {
            Input::Csv => screen::run_csv(&screener, stdin.lock(), &mut out, threads, &mut tick),
            Input::Jsonl => {
                screen::run_jsonl(&screener, stdin.lock(), &mut out, threads, &mut tick)
            }
        }
    } else {
        let file = match std::fs::File::open(&a.file) {
            Ok(f) => f,
            Err(e) => return fail(crate::messages::cli::msg::cannot_read(&name, e).get(lang)),
        };
        let reader = BufReader::with_capacity(1 << 16, file);
        match format {
            Input::Csv => screen::run_csv(&screener, reader, &mut out, threads, &mut tick),
            Input::Jsonl => screen::run_jsonl(&screener, reader, &mut out, threads, &mut tick),
        }
    };
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    match result {
        Ok(s) => {
            if !a.quiet {
                diagln!("{}", summary(&s, lang));
            }
            ExitCode::SUCCESS
        }
        Err(Stop::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(2),
        Err(stop) => fail(&format!("{name}: {}", stop.message().get(lang))),
    }
}

/// The summary line on stderr.
fn summary(s: &Summary, lang: Lang) -> String {
    said::msg::summary(s.records, s.eligible, s.ineligible, s.unknown, s.malformed).take(lang)
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
