//! `pasal fmt [--check] PATH…`: rewrite policy files in the canonical layout.

use super::{color, emit, emit_then};
use crate::diagnostics::Lang;
use crate::format::{self, FormatError};
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
            return super::fail("`-` (standard input) cannot be mixed with paths");
        }
        return stdin(a.check, lang);
    }
    let files: Vec<PathBuf> = match super::policy_files(&a.paths, lang) {
        Ok(found) => found.into_iter().map(|f| f.path).collect(),
        Err(status) => return status,
    };
    let mut unusable = false;
    let mut unformatted = 0usize;
    for path in &files {
        let display = path.display().to_string();
        let bytes = match fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                diagln!("error: cannot read `{display}`: {e}");
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
            if let Err(e) = write_atomic(path, &out) {
                diagln!("error: cannot write `{display}`: {e}; the file is unchanged");
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
        return super::fail(&format!("cannot read standard input: {e}"));
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
        FormatError::Unsafe(m) => diagln!(
            "error: {m}\nnothing was written; this is a bug in `pasal fmt`, please report it with the file"
        ),
    }
}

/// Replaces a file's content atomically: a temporary file in the same folder,
/// then a rename over the original (whose permissions it keeps). A symlink is
/// followed, so the link stays a link.
fn write_atomic(path: &Path, text: &str) -> std::io::Result<()> {
    let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.fmt-tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        if let Ok(meta) = fs::metadata(&target) {
            fs::set_permissions(&tmp, meta.permissions())?;
        }
        fs::rename(&tmp, &target)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}
