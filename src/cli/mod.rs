//! The `pasal` command line: one subcommand per job, one module per subcommand.
//! A new subcommand is a module with an `Args` struct and a `run` function, a
//! variant of [`Command`] and a line in [`main`].

/// `eprintln!` through [`diag`]: a line on stderr that never panics.
macro_rules! diagln {
    ($($arg:tt)*) => {
        $crate::cli::diag(&format!("{}\n", format_args!($($arg)*)))
    };
}

mod check;
mod completions;
mod diff;
mod explain;
mod fmt;
mod import;
mod lsp;
mod man;
mod new;
mod render;
pub(crate) mod rules;
pub mod schema;
mod screen;
mod screening;
mod sql;
mod test;
mod verify;

use crate::diagnostics::Lang;
use crate::messages::cli as said;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Parser)]
#[command(
    name = "pasal",
    version,
    about = "Compiler and checkers for Indonesian regional regulations on filling JPT Pratama, Administrator and Pengawas posts"
)]
/// The command line.
pub struct Cli {
    /// Language of messages: id (Bahasa Indonesia) or en (English)
    #[arg(long, global = true, value_enum, default_value_t = LangArg::En)]
    lang: LangArg,
    #[command(subcommand)]
    command: Command,
}

/// `--lang`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LangArg {
    /// Bahasa Indonesia
    Id,
    /// English
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

/// Output formats shared by several subcommands.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum Format {
    /// miette's graphical report
    Human,
    /// JSON (docs/json.md)
    Json,
}

/// Output formats of subcommands that report findings (`check`).
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum FindingsFormat {
    /// miette's graphical report
    Human,
    /// JSON (docs/json.md)
    Json,
    /// SARIF 2.1.0, for code-scanning tools (GitHub code scanning and others)
    Sarif,
    /// GitHub Actions workflow commands: annotations on the offending lines
    Github,
}

#[derive(Subcommand)]
enum Command {
    /// Parse, resolve and lint policy files or folders (recursively)
    Check(check::Args),
    /// What differs between two policies, rule by rule (matched by what they govern)
    Diff(diff::Args),
    /// Explain a finding code: what it checks, why it matters, a bad and a good example
    Explain(explain::Args),
    /// Read a draft peraturan (text copied from a PDF, or Markdown) into a pasal policy
    Import(import::Args),
    /// Write a new region's draft peraturan from the national baseline, identity filled in
    New(new::Args),
    /// Render a policy as the peraturan's text (Markdown or HTML), numbered as the law numbers it
    Render(render::Args),
    /// List every compiled rule of a policy with its clause citation
    Rules(rules::Args),
    /// Judge a selection case against a policy: every rule gets a verdict
    Verify(verify::Args),
    /// Screen candidates (JSON Lines or CSV) against a policy's eligibility rules
    Screen(screen::Args),
    /// Compile a policy's eligibility rules to SQL (PostgreSQL or MySQL/MariaDB) over a candidates table
    Sql(sql::Args),
    /// Run the example cases written beside each policy (X.examples.json)
    Test(test::Args),
    /// Print the JSON Schema of the case format (or of an examples file)
    Schema(schema::Args),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions(completions::Args),
    /// Print the man page (roff) of pasal or of one subcommand
    Man(man::Args),
    /// Rewrite policy files in the canonical layout (`--check`: only list those that differ)
    Fmt(fmt::Args),
    /// Run the language server on stdin/stdout (for editors)
    Lsp(lsp::Args),
}

/// Runs the command line; returns the exit status.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // `--help` and `--version` go to stdout: a failed write is status 2
            // too. (A failure to write a usage error to stderr has nowhere to go.)
            return match e.print() {
                Err(io) if !e.use_stderr() => write_failed(&io),
                _ => ExitCode::from(if e.use_stderr() { 2 } else { 0 }),
            };
        }
    };
    let lang = Lang::from(cli.lang);
    let status = match cli.command {
        Command::Check(a) => check::run(a, lang),
        Command::Diff(a) => diff::run(a, lang),
        Command::Explain(a) => explain::run(a, lang),
        Command::Import(a) => import::run(a, lang),
        Command::New(a) => new::run(a, lang),
        Command::Render(a) => render::run(a, lang),
        Command::Rules(a) => rules::run(a, lang),
        Command::Verify(a) => verify::run(a, lang),
        Command::Screen(a) => screen::run(a, lang),
        Command::Sql(a) => sql::run(a, lang),
        Command::Test(a) => test::run(a, lang),
        Command::Schema(a) => schema::run(a, lang),
        Command::Completions(a) => completions::run(a, lang),
        Command::Man(a) => man::run(a, lang),
        Command::Fmt(a) => fmt::run(a, lang),
        Command::Lsp(a) => lsp::run(a, lang),
    };
    if DIAGNOSTICS_LOST.load(Ordering::Relaxed) {
        ExitCode::from(2)
    } else {
        status
    }
}

/// Set when a message could not be written to stderr: the run then exits 2,
/// whatever it found, since what it had to say was lost.
static DIAGNOSTICS_LOST: AtomicBool = AtomicBool::new(false);

/// Writes `text` to stderr as it is (the caller ends it with a newline) and
/// flushes. Every message on stderr goes through here, never `eprintln!`
/// (which panics when stderr refuses the bytes): a failed write (a full disk,
/// `/dev/full`, a closed pipe) is remembered and [`main`] exits 2.
pub fn diag(text: &str) {
    let mut err = std::io::stderr().lock();
    if err
        .write_all(text.as_bytes())
        .and_then(|()| err.flush())
        .is_err()
    {
        DIAGNOSTICS_LOST.store(true, Ordering::Relaxed);
    }
}

/// True when stdout is a terminal that wants colour.
pub fn color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Writes to stdout and flushes. When stdout does not take it all (disk full,
/// `/dev/full`, a closed pipe), `Err` holds the exit status to return: 2. The
/// caller returns it at once, so no command exits 0 with its output lost.
pub fn emit(s: &str) -> Result<(), ExitCode> {
    let mut out = std::io::stdout().lock();
    out.write_all(s.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| write_failed(&e))
}

/// Writes `s` to stdout ([`emit`]) and returns `status`, or 2 when the write fails.
pub fn emit_then(s: &str, status: ExitCode) -> ExitCode {
    match emit(s) {
        Ok(()) => status,
        Err(failed) => failed,
    }
}

/// The exit status of a failed write to stdout: 2. A closed pipe (`pasal … |
/// head -1`: the reader has all it wanted) exits quietly; any other failure says
/// why on stderr.
pub fn write_failed(e: &std::io::Error) -> ExitCode {
    if e.kind() != std::io::ErrorKind::BrokenPipe {
        diag(&format!("error: cannot write to standard output: {e}\n"));
    }
    ExitCode::from(2)
}

/// Writes `-o FILE` whole: created or truncated, written, and for a regular file
/// synced, so that a full disk is reported here rather than lost when the file
/// is closed. `Err` is the exit status (2), after the message on stderr.
pub fn write_file(path: &std::path::Path, text: &str, lang: Lang) -> Result<(), ExitCode> {
    let result = std::fs::File::create(path).and_then(|mut f| {
        f.write_all(text.as_bytes())?;
        f.flush()?;
        if f.metadata()?.is_file() {
            f.sync_all()?;
        }
        Ok(())
    });
    result.map_err(|e| fail_in(lang, said::msg::cannot_write(path.display(), e)))
}

/// The policy files `paths` name ([`crate::walk::walk`]), with a note on
/// stderr for each entry left out. `Err` is exit status 2, after a message for
/// each path that does not exist or folder that cannot be read.
pub fn policy_files(
    paths: &[std::path::PathBuf],
    lang: Lang,
) -> Result<Vec<crate::walk::Found>, ExitCode> {
    let walked = crate::walk::walk(paths);
    for s in &walked.skipped {
        diagln!("{}", s.message(lang));
    }
    if walked.errors.is_empty() {
        Ok(walked.files)
    } else {
        for e in &walked.errors {
            diagln!("error: {}", e.message(lang));
        }
        Err(ExitCode::from(2))
    }
}

/// The holiday calendar a command counts working days on: the file given
/// with `--holidays`, or the built-in one. A file that cannot be read or
/// parsed stops the command (exit 2) with its line.
pub fn calendar(
    path: Option<&std::path::Path>,
    lang: Lang,
) -> Result<std::borrow::Cow<'static, crate::check::calendar::Calendar>, ExitCode> {
    use crate::check::calendar::Calendar;
    let Some(path) = path else {
        return Ok(std::borrow::Cow::Borrowed(Calendar::built_in()));
    };
    let name = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| fail_in(lang, said::msg::cannot_read(&name, e)))?;
    Calendar::parse(&text)
        .map(std::borrow::Cow::Owned)
        .map_err(|e| fail(&format!("{name}:{}: {}", e.line, e.message.get(lang))))
}

/// [`fail`] with the message in the user's language.
pub fn fail_in(lang: Lang, message: crate::messages::Message) -> ExitCode {
    fail(message.get(lang))
}

/// Exit status 2 with a message on stderr: the tool could not do its job.
pub fn fail(message: &str) -> ExitCode {
    diag(&format!("error: {message}\n"));
    ExitCode::from(2)
}
