//! `pasal fmt [--check] PATH…`: rewrite policy files in the canonical layout.

use super::{color, emit, emit_then};
use crate::diagnostics::Lang;
use crate::format::{self, FormatError};
use crate::messages::cli as said;
use crate::report;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `pasal fmt`.
#[derive(clap::Args)]
pub struct Args {
    /// Files or folders (recursively, `*.pasal`); `-` formats standard input to standard output
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Change nothing: list the files whose layout is not canonical and exit 1 if there are any
    #[arg(long)]
    check: bool,
}

/// Runs `pasal fmt`.
pub fn run(a: Args, lang: Lang) -> ExitCode {
    if a.paths.iter().any(|p| p.as_os_str() == "-") {
        if a.paths.len() > 1 {
            return super::fail_in(lang, said::text::STDIN_AND_PATHS.into());
        }
        return stdin(a.check, lang);
    }
    let found = match super::policy_files(&a.paths, lang) {
        Ok(found) => found,
        Err(status) => return status,
    };
    // A file a folder walk reached through a symbolic link may lie outside the
    // folder that was named: it is neither rewritten nor listed.
    let (linked, files): (Vec<_>, Vec<_>) = found.into_iter().partition(|f| f.through_link);
    for f in &linked {
        let p = f.path.display();
        diagln!("{}", said::msg::through_link(p).get(lang));
    }
    let files: Vec<PathBuf> = files.into_iter().map(|f| f.path).collect();
    let mut unusable = false;
    let mut unformatted = 0usize;
    for path in &files {
        let display = path.display().to_string();
        let bytes = match fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                diagln!("error: {}", said::msg::cannot_read(&display, e).get(lang));
                unusable = true;
                continue;
            }
        };
        let out = match format::format_bytes(&display, &bytes) {
            Ok(out) => out,
            Err(e) => {
                report_error(e, lang);
                unusable = true;
                continue;
            }
        };
        if out.as_bytes() == bytes.as_slice() {
            continue;
        }
        unformatted += 1;
        if !a.check {
            if let Err(e) = rewrite_in_place(path, &bytes, &out) {
                diagln!("error: {}", e.message(&display, lang));
                unusable = true;
                continue;
            }
        }
        // The list is the output (CI reads it): if it cannot be written, stop.
        if let Err(status) = emit(&format!("{display}\n")) {
            return status;
        }
    }
    if a.check && unformatted > 0 {
        diagln!(
            "{unformatted} of {} file(s) not in the canonical layout; `pasal fmt` rewrites them",
            files.len()
        );
    }
    if unusable {
        ExitCode::from(2)
    } else if a.check && unformatted > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `pasal fmt -`: standard input to standard output (with `--check`: only the status).
fn stdin(check: bool, lang: Lang) -> ExitCode {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        return super::fail_in(lang, said::msg::cannot_read_stdin(e));
    }
    match format::format_bytes("<stdin>", &bytes) {
        Ok(out) if check => {
            if out.as_bytes() == bytes.as_slice() {
                ExitCode::SUCCESS
            } else {
                emit_then("<stdin>\n", ExitCode::from(1))
            }
        }
        Ok(out) => emit_then(&out, ExitCode::SUCCESS),
        Err(e) => {
            report_error(e, lang);
            ExitCode::from(2)
        }
    }
}

fn report_error(e: FormatError, lang: Lang) {
    match e {
        FormatError::Invalid(mut findings) => {
            findings.iter_mut().for_each(|f| f.localize(lang));
            super::diag(&report::human::render(&findings, color()));
        }
        FormatError::Unsupported(m) => diagln!("error: {m}"),
        FormatError::Unsafe(m) => diagln!("error: {}", said::msg::fmt_bug(m).get(lang)),
    }
}

/// Why a file was not rewritten. In every case its content is what it was.
#[derive(Debug)]
enum Unwritten {
    /// The file's mode allows no one to write it.
    ReadOnly,
    /// The file changed between reading and rewriting it.
    Changed,
    /// The system refused (permissions, a full disk …).
    Io(std::io::Error),
    /// A write failed and putting the original back failed too.
    Damaged(std::io::Error, std::io::Error),
}

impl Unwritten {
    fn message(&self, file: &str, lang: Lang) -> String {
        match self {
            Unwritten::ReadOnly => said::msg::read_only(file),
            Unwritten::Changed => said::msg::changed_meanwhile(file),
            Unwritten::Io(e) => said::msg::not_rewritten(file, e),
            Unwritten::Damaged(e, again) => said::msg::damaged(file, e, again),
        }
        .take(lang)
    }
}

/// Rewrites a file in place: the same inode, so its owner, group, mode, hard
/// links and (for a file named through a symbolic link) the link itself all
/// stay as they are. A rename of a temporary file would lose the owner (only
/// root may give a file away) and split hard links.
///
/// The file is opened once, checked to still hold `old`, and overwritten from
/// its start without truncating first; only once the new text is written is the
/// length set. When a write fails (a full disk), the original text is written
/// back over the blocks it already had, so no new space is needed to restore it.
fn rewrite_in_place(path: &Path, old: &[u8], new: &str) -> Result<(), Unwritten> {
    use std::io::{Seek, SeekFrom};
    let meta = fs::metadata(path).map_err(Unwritten::Io)?;
    // Root may write any file: the mode is the owner's intent.
    if meta.permissions().readonly() {
        return Err(Unwritten::ReadOnly);
    }
    let mut f = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .map_err(Unwritten::Io)?;
    let mut now = Vec::with_capacity(old.len());
    f.read_to_end(&mut now).map_err(Unwritten::Io)?;
    if now != old {
        return Err(Unwritten::Changed);
    }
    let write = |f: &mut fs::File, bytes: &[u8]| -> std::io::Result<()> {
        f.seek(SeekFrom::Start(0))?;
        f.write_all(bytes)?;
        f.flush()?;
        f.set_len(bytes.len() as u64)?;
        f.sync_all()
    };
    write(&mut f, new.as_bytes()).map_err(|e| match write(&mut f, old) {
        Ok(()) => Unwritten::Io(e),
        Err(again) => Unwritten::Damaged(e, again),
    })
}
