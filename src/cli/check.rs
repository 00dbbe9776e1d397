//! `pasal check PATH…`: compile and lint policy files or folders.

use super::{color, emit, FindingsFormat};
use crate::analysis::Options;
use crate::diagnostics::{Finding, Lang};
use crate::{driver, report};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `pasal check`.
#[derive(clap::Args)]
pub struct Args {
    /// Files or folders
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = FindingsFormat::Human)]
    format: FindingsFormat,
    /// Treat warnings as errors for the exit status (`--deny warnings`)
    #[arg(long, value_parser = ["warnings"])]
    deny: Option<String>,
    /// Change a code's severity: CODE=error|warning|info|off (repeatable)
    #[arg(long = "severity", value_name = "CODE=LEVEL")]
    severities: Vec<String>,
    /// Project config file (default: ./pasal.toml when it exists)
    #[arg(long)]
    config: Option<PathBuf>,
}

/// Runs `pasal check`.
pub fn run(a: Args, lang: Lang) -> ExitCode {
    let options = match options(&a.severities, a.config.as_deref()) {
        Ok(o) => o,
        Err(e) => return super::fail(&e),
    };
    check(&a.paths, a.format, a.deny.is_some(), &options, lang)
}

/// Builds options from `--severity` flags and the config file.
pub fn options(severities: &[String], config: Option<&std::path::Path>) -> Result<Options, String> {
    let mut options = Options::default();
    let default = PathBuf::from("pasal.toml");
    let path = match config {
        Some(p) => Some(p.to_path_buf()),
        None => default.exists().then_some(default),
    };
    if let Some(p) = path {
        let text = std::fs::read_to_string(&p)
            .map_err(|e| format!("cannot read config `{}`: {e}", p.display()))?;
        options.severities = crate::analysis::parse_config(&text)
            .map_err(|e| format!("config `{}`: {e}", p.display()))?;
    }
    for s in severities {
        let (code, level) = s
            .split_once('=')
            .ok_or_else(|| format!("`--severity {s}`: write CODE=LEVEL, e.g. PSL602=error"))?;
        let (code, level) = crate::analysis::parse_level(code, level)
            .map_err(|e| format!("`--severity {s}`: {e}"))?;
        options.severities.insert(code, level);
    }
    Ok(options)
}

fn check(
    paths: &[PathBuf],
    format: FindingsFormat,
    deny_warnings: bool,
    options: &Options,
    lang: Lang,
) -> ExitCode {
    let files: Vec<PathBuf> = match super::policy_files(paths, lang) {
        Ok(found) => found.into_iter().map(|f| f.path).collect(),
        Err(status) => return status,
    };
    // Files are compiled batch by batch. Human, GitHub and JSON output is one
    // block per finding, in file order, written as each batch is done (the JSON
    // summary comes after the findings); SARIF keeps the findings to build one
    // log. Memory then stays flat in the number of files, but for SARIF.
    let streaming = format != FindingsFormat::Sarif;
    let batch = if streaming { BATCH } else { files.len().max(1) };
    let mut summary = report::json::Summary {
        files: files.len(),
        ..Default::default()
    };
    let mut kept: Vec<Finding> = Vec::new();
    let mut json = report::json::CheckStream::default();
    if format == FindingsFormat::Json {
        if let Err(status) = emit(json.head()) {
            return status;
        }
    }
    let (mut unusable, mut failed) = (false, false);
    for chunk in files.chunks(batch) {
        let mut findings: Vec<Finding> = Vec::new();
        for c in compile_all(chunk, options) {
            unusable |= c.unusable;
            findings.extend(c.findings);
        }
        findings.iter_mut().for_each(|f| f.localize(lang));
        failed |= findings.iter().any(|f| f.fails(deny_warnings));
        summary.add(&findings);
        let text = match format {
            FindingsFormat::Github => report::github::render(&findings, lang),
            FindingsFormat::Human => report::human::render(&findings, color()),
            FindingsFormat::Json => {
                let mut text = String::new();
                findings.iter().for_each(|f| json.push(&mut text, f));
                text
            }
            FindingsFormat::Sarif => {
                kept.append(&mut findings);
                continue;
            }
        };
        if let Err(status) = emit(&text) {
            return status;
        }
    }
    let text = match format {
        FindingsFormat::Json => json.tail(&summary) + "\n",
        FindingsFormat::Sarif => report::sarif::render(&kept, lang) + "\n",
        FindingsFormat::Github | FindingsFormat::Human => format!(
            "{} file(s) checked: {} error(s), {} warning(s), {} info, {} acknowledged\n",
            summary.files, summary.errors, summary.warnings, summary.infos, summary.acknowledged
        ),
    };
    if let Err(status) = emit(&text) {
        return status;
    }
    exit_for(unusable, failed)
}

/// Files compiled (on all cores) before their findings are written.
const BATCH: usize = 16;

/// What `check` keeps of a compiled file: its findings, not its tree, so that
/// memory grows with the findings of a folder rather than with its policies.
struct Checked {
    findings: Vec<Finding>,
    unusable: bool,
}

/// Compiles every file, on all cores when there are several files; results in
/// the order of `files` (output does not depend on the number of cores).
fn compile_all(files: &[PathBuf], options: &Options) -> Vec<Checked> {
    let compile = |part: &[PathBuf]| -> Vec<Checked> {
        part.iter()
            .map(|f| {
                let c = if crate::import::is_draft(f) {
                    driver::compile_draft(f, options)
                } else {
                    driver::compile_path(f, options)
                };
                Checked {
                    findings: c.findings,
                    unusable: c.unusable,
                }
            })
            .collect()
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let parts = if files.len() < 2 * threads {
        1
    } else {
        threads
    };
    crate::parallel::in_parts(files, parts, compile)
        .into_iter()
        .flatten()
        .collect()
}

/// The exit status of a run.
pub fn exit_for(unusable: bool, failed: bool) -> ExitCode {
    if unusable {
        ExitCode::from(2)
    } else if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
