//! The `pasal` command line: one subcommand per job.

use clap::{Parser, Subcommand, ValueEnum};
use pasal::analysis::Options;
use pasal::diagnostics::{Finding, Lang};
use pasal::driver;
use pasal::report;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "pasal",
    version,
    about = "Compiler and checkers for Indonesian regional regulations on filling JPT Pratama, Administrator and Pengawas posts"
)]
struct Cli {
    /// Language of messages: id (Bahasa Indonesia) or en (English)
    #[arg(long, global = true, value_enum, default_value_t = LangArg::En)]
    lang: LangArg,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum LangArg {
    Id,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Id => Lang::Id,
            LangArg::En => Lang::En,
        }
    }
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
        /// Change a code's severity: CODE=error|warning|info|off (repeatable)
        #[arg(long = "severity", value_name = "CODE=LEVEL")]
        severities: Vec<String>,
        /// Project config file (default: ./pasal.toml when it exists)
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Explain a finding code: what it checks, why it matters, a bad and a good example
    Explain {
        /// The code, e.g. PSL401; without it, list every code
        code: Option<String>,
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
    let lang = Lang::from(cli.lang);
    match cli.command {
        Command::Check {
            paths,
            format,
            deny,
            severities,
            config,
        } => {
            let options = match options(&severities, config.as_deref()) {
                Ok(o) => o,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            };
            check(&paths, format, deny.is_some(), &options, lang)
        }
        Command::Rules { policy, format } => rules(&policy, format, lang),
        Command::Explain { code } => explain(code.as_deref(), lang),
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

fn options(severities: &[String], config: Option<&std::path::Path>) -> Result<Options, String> {
    let mut options = Options::default();
    let default = PathBuf::from("pasal.toml");
    let path = match config {
        Some(p) => Some(p.to_path_buf()),
        None => default.exists().then_some(default),
    };
    if let Some(p) = path {
        let text = std::fs::read_to_string(&p)
            .map_err(|e| format!("cannot read config `{}`: {e}", p.display()))?;
        options.severities = pasal::analysis::parse_config(&text)
            .map_err(|e| format!("config `{}`: {e}", p.display()))?;
    }
    for s in severities {
        let (code, level) = s
            .split_once('=')
            .ok_or_else(|| format!("`--severity {s}`: write CODE=LEVEL, e.g. PSL602=error"))?;
        let level = pasal::analysis::parse_level(code, level)
            .map_err(|e| format!("`--severity {s}`: {e}"))?;
        options.severities.insert(code.to_uppercase(), level);
    }
    Ok(options)
}

fn explain(code: Option<&str>, lang: Lang) -> ExitCode {
    let Some(code) = code else {
        let mut out = String::new();
        for l in pasal::analysis::all_codes() {
            out.push_str(&format!(
                "{}  {:<8} {:<16} {}\n",
                l.code,
                l.severity.as_str(),
                l.family,
                l.name
            ));
        }
        emit(&out);
        return ExitCode::SUCCESS;
    };
    let Some(l) = pasal::analysis::lint(code) else {
        eprintln!("error: unknown code `{code}`; `pasal explain` lists every code");
        return ExitCode::from(2);
    };
    let (what, bad, good, sev) = match lang {
        Lang::Id => (
            "Apa yang diperiksa dan mengapa penting",
            "Contoh buruk",
            "Contoh baik",
            "tingkat bawaan",
        ),
        Lang::En => (
            "What it checks and why it matters",
            "Bad example",
            "Good example",
            "default severity",
        ),
    };
    let (text, other) = match lang {
        Lang::Id => (l.explain_id, l.explain_en),
        Lang::En => (l.explain_en, l.explain_id),
    };
    let other_label = match lang {
        Lang::Id => "In English",
        Lang::En => "Dalam Bahasa Indonesia",
    };
    let indent = |s: &str| {
        s.lines()
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    emit(&format!(
        "{} {} ({}, {sev}: {})\n\n{what}:\n{}\n\n{bad}:\n{}\n\n{good}:\n{}\n\n{other_label}:\n{}\n",
        l.code,
        l.name,
        l.family,
        l.severity.as_str(),
        indent(text),
        indent(l.bad),
        indent(l.good),
        indent(other)
    ));
    ExitCode::SUCCESS
}

fn check(
    paths: &[PathBuf],
    format: Format,
    deny_warnings: bool,
    options: &Options,
    lang: Lang,
) -> ExitCode {
    let (files, errors) = driver::expand_paths(paths);
    if !errors.is_empty() {
        for e in &errors {
            eprintln!("error: {e}");
        }
        return ExitCode::from(2);
    }
    let mut findings: Vec<Finding> = Vec::new();
    let mut unusable = false;
    for f in &files {
        let c = driver::compile_path(f, options);
        unusable |= c.unusable;
        findings.extend(c.findings);
    }
    findings.iter_mut().for_each(|f| f.localize(lang));
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

fn rules(path: &std::path::Path, format: Format, lang: Lang) -> ExitCode {
    let mut c = driver::compile_path(path, &Options::default());
    c.findings.iter_mut().for_each(|f| f.localize(lang));
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
                    r.scope
                        .levels
                        .iter()
                        .map(|l| l.as_str())
                        .collect::<Vec<_>>()
                        .join(","),
                    r.scope
                        .mechanisms
                        .iter()
                        .map(|m| m.as_str())
                        .collect::<Vec<_>>()
                        .join(",")
                );
                out.push_str(&format!(
                    "{:<48} {:<18} [{}] {}\n",
                    r.id,
                    r.category().as_str(),
                    scope,
                    r.kind.summary()
                ));
            }
            out.push_str(&format!("{} rule(s)\n", policy.rules.len()));
            emit(&out);
        }
    }
    ExitCode::SUCCESS
}
