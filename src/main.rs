//! The `pasal` command line: one subcommand per job.

use clap::{Parser, Subcommand, ValueEnum};
use pasal::analysis::Options;
use pasal::diagnostics::Finding;
use pasal::driver;
use pasal::report;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "pasal", version, about = "Compiler and checkers for Indonesian regional regulations on filling JPT Pratama, Administrator and Pengawas posts")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Parse, resolve and lint policy files or folders (recursively)
    Check {
        /// Files or folders
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Treat warnings as errors for the exit status (`--deny warnings`)
        #[arg(long, value_parser = ["warnings"])]
        deny: Option<String>,
    },
    /// List every compiled rule of a policy with its clause citation
    Rules {
        /// The policy file
        policy: PathBuf,
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Command::Check { paths, format, deny } => check(&paths, format, deny.is_some()),
        Command::Rules { policy, format } => rules(&policy, format),
    }
}

fn color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn emit(s: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(s.as_bytes());
    let _ = out.flush();
}

fn check(paths: &[PathBuf], format: Format, deny_warnings: bool) -> ExitCode {
    let (files, errors) = driver::expand_paths(paths);
    if !errors.is_empty() {
        for e in &errors {
            eprintln!("error: {e}");
        }
        return ExitCode::from(2);
    }
    let options = Options::default();
    let mut findings: Vec<Finding> = Vec::new();
    let mut unusable = false;
    for f in &files {
        let c = driver::compile_path(f, &options);
        unusable |= c.unusable;
        findings.extend(c.findings);
    }
    match format {
        Format::Json => emit(&(report::json::check_report(files.len(), &findings) + "\n")),
        Format::Human => {
            emit(&report::human::render(&findings, color()));
            let s = report::json::Summary::of(files.len(), &findings);
            emit(&format!(
                "{} file(s) checked: {} error(s), {} warning(s), {} info, {} acknowledged\n",
                s.files, s.errors, s.warnings, s.infos, s.acknowledged
            ));
        }
    }
    exit_for(unusable, findings.iter().any(|f| f.fails(deny_warnings)))
}

fn exit_for(unusable: bool, failed: bool) -> ExitCode {
    if unusable {
        ExitCode::from(2)
    } else if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn rules(path: &PathBuf, format: Format) -> ExitCode {
    let c = driver::compile_path(path, &Options::default());
    let Some(policy) = c.policy.as_ref().filter(|_| !c.unusable) else {
        eprint!("{}", report::human::render(&c.findings, false));
        return ExitCode::from(2);
    };
    match format {
        Format::Json => emit(&(report::json::rules_report(policy, &c.findings) + "\n")),
        Format::Human => {
            let mut out = String::new();
            for r in &policy.rules {
                let scope = format!(
                    "{} / {}",
                    r.scope.levels.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(","),
                    r.scope.mechanisms.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(",")
                );
                out.push_str(&format!("{:<48} {:<18} [{}] {}\n", r.id, r.category().as_str(), scope, r.kind.summary()));
            }
            out.push_str(&format!("{} rule(s)\n", policy.rules.len()));
            emit(&out);
        }
    }
    ExitCode::SUCCESS
}
